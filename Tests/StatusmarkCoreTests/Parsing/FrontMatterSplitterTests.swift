import Testing
@testable import StatusmarkCore

/// Where the front matter ends: a fence is `---` and nothing after it but spaces and tabs, and YAML's document
/// end `...` may stand in for the closing fence, with white space around it.
@Suite struct FrontMatterSplitterTests {
    func splitting(_ text: String) -> FrontMatterSplitter.Split? {
        try? FrontMatterSplitter().split(SourceFile(path: "incidents/a.md", text: text)).get()
    }

    @Test func fencesMayEndInSpacesAndTabs() throws {
        let split = try #require(splitting("--- \t\ntitle: A\n---\t \n## Resolved — 07:59\n"))
        #expect(split.yaml == "title: A\n")
        #expect(split.yamlStartLine == 2)
        #expect(split.body == "## Resolved — 07:59\n")
        #expect(split.bodyStartLine == 4)
    }

    @Test func aFenceIsThreeDashesAndNothingElse() {
        #expect(FrontMatterSplitter.isFence("---"))
        #expect(FrontMatterSplitter.isFence("---  \t"))
        #expect(!FrontMatterSplitter.isFence("--"))
        #expect(!FrontMatterSplitter.isFence("--- x"))
        #expect(!FrontMatterSplitter.isFence("----"))
        #expect(!FrontMatterSplitter.isFence(" ---"))
        // A combining mark joins the last dash, or the blank after the dashes, into another character.
        #expect(!FrontMatterSplitter.isFence("---\u{301}"))
        #expect(!FrontMatterSplitter.isFence("--- \u{301}"))
        #expect(!FrontMatterSplitter.isFence("---\u{A0}"))
    }

    @Test func theDocumentEndClosesTheFrontMatter() throws {
        let split = try #require(splitting("---\ntitle: v2.1... rollout\n \u{A0}...\u{3000}\nBody\n"))
        #expect(split.yaml == "title: v2.1... rollout\n")
        #expect(split.body == "Body\n")
        #expect(split.bodyStartLine == 4)
        #expect(FrontMatterSplitter.isDocumentEnd("..."))
        #expect(!FrontMatterSplitter.isDocumentEnd("...."))
        #expect(!FrontMatterSplitter.isDocumentEnd(". . ."))
        #expect(!FrontMatterSplitter.isDocumentEnd("title: ..."))
    }

    @Test func withoutAClosingLineTheFrontMatterIsUnclosed() {
        #expect(splitting("---\ntitle: A\n--- x\n....\n") == nil)
    }
}

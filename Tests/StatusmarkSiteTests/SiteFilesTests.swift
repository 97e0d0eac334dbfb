import StatusmarkCore
import Testing
@testable import StatusmarkSite

/// The preview's files found by binary search: the same answers as a dictionary of them.
@Suite struct SiteFilesTests {
    @Test func findsEachPathAndNothingBetweenBeforeOrAfterThem() {
        let files = SiteFiles(["b/index.html", "a.json", "b/c/index.html", "é/index.html"].map {
            RenderedFile(path: $0, text: $0)
        })
        #expect(files.paths == ["a.json", "b/c/index.html", "b/index.html", "é/index.html"])
        for path in files.paths { #expect(files[path] == Array(path.utf8)) }
        for missing in ["", "a", "a.jsonx", "b", "b/", "b/c", "e/index.html", "z"] { #expect(files[missing] == nil) }
        // The same character written decomposed is the same path, as for a dictionary's key.
        #expect(files["e\u{301}/index.html"] == Array("é/index.html".utf8))
        #expect(files.containsPath(startingWith: "b/c/"))
        #expect(!files.containsPath(startingWith: "c/"))
    }

    @Test func keepsTheLastFileOfAPathGivenTwice() {
        let files = SiteFiles([RenderedFile(path: "a", text: "first"), RenderedFile(path: "a", text: "second")])
        #expect(files.count == 1)
        #expect(files["a"] == Array("second".utf8))
    }

    @Test func agreesWithADictionaryOverRandomPaths() {
        var random = SeededGenerator(seed: 11)
        let alphabet = Array("ab/.-é0")
        func path() -> String {
            String((0..<Int.random(in: 0...6, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
        }
        for _ in 0..<200 {
            let made = (0..<Int.random(in: 0...30, using: &random)).map { _ in RenderedFile(path: path(), text: path()) }
            var byPath: [String: [UInt8]] = [:]
            for file in made { byPath[file.path] = file.bytes }
            let files = SiteFiles(made)
            #expect(files.count == byPath.count)
            for _ in 0..<30 {
                let asked = path()
                #expect(files[asked] == byPath[asked], "\(asked)")
            }
            for (path, bytes) in byPath { #expect(files[path] == bytes) }
        }
    }
}

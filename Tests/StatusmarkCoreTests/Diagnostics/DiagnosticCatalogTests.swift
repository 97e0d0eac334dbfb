import Foundation
import StatusmarkTestSupport
import Testing
@testable import StatusmarkCore

@Suite struct DiagnosticCatalogTests {
    static let page = (try? String(
        contentsOf: RepositoryPaths.root.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)) ?? ""

    @Test(arguments: DiagnosticCode.all)
    func everyCodeIsDocumented(code: DiagnosticCode) {
        #expect(Self.page.contains("### `\(code.rawValue)`"))
    }

    @Test func codesAreUniqueDottedAndKebabCase() {
        let raw = DiagnosticCode.all.map(\.rawValue)
        #expect(Set(raw).count == raw.count)
        for code in raw {
            let parts = code.split(separator: ".")
            #expect(parts.count == 2, "\(code)")
            #expect(code.allSatisfy { $0.isLowercase || $0 == "." || $0 == "-" || $0.isNumber }, "\(code)")
        }
    }
}

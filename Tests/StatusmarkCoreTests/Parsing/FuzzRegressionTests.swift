import Foundation
import StatusmarkFuzzChecks
import StatusmarkTestSupport
import Testing

/// Every input a fuzz target ever crashed on (Tests/Fixtures/fuzz/<target>/), and every seed it starts from,
/// passes the same checks as the fuzzer runs: a regression traps here, in `make test`.
@Suite struct FuzzRegressionTests {
    static func files(in folder: String, named suffix: String) -> [String] {
        let root = RepositoryPaths.root
        let base = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(suffix) }.map { "\(folder)/\($0)" }.sorted()
    }

    static let incidentInputs = files(in: "Tests/Fixtures/fuzz/incident", named: "")
        + files(in: "incidents", named: ".md") + files(in: "Tests/Fixtures/check", named: ".md")
    static let configurationInputs = files(in: "Tests/Fixtures/fuzz/configuration", named: "")
        + files(in: "Tests/Fixtures", named: "statusmark.yml") + ["statusmark.yml"]

    static let templateInputs = files(in: "Tests/Fixtures/fuzz/template", named: "")
        + files(in: "site-template/templates", named: ".mustache")

    @Test func theCrashInputsAreKept() {
        #expect(Self.incidentInputs.contains("Tests/Fixtures/fuzz/incident/bare-carriage-returns.md"))
        #expect(Self.incidentInputs.contains("Tests/Fixtures/fuzz/incident/timeline-nested-sixty-thousand-deep.md"))
        #expect(Self.configurationInputs.count >= 5)
    }

    @Test(arguments: incidentInputs)
    func incidentInputPassesTheFuzzChecks(path: String) throws {
        IncidentFuzzCheck.check([UInt8](try Data(contentsOf: RepositoryPaths.root.appendingPathComponent(path))))
    }

    @Test(arguments: templateInputs)
    func templateInputPassesTheFuzzChecks(path: String) throws {
        TemplateFuzzCheck.check([UInt8](try Data(contentsOf: RepositoryPaths.root.appendingPathComponent(path))))
    }

    @Test(arguments: configurationInputs)
    func configurationInputPassesTheFuzzChecks(path: String) throws {
        ConfigurationFuzzCheck.check([UInt8](try Data(contentsOf: RepositoryPaths.root.appendingPathComponent(path))))
    }
}

import Foundation
import StatusmarkTestSupport
import Testing

/// `statusmark serve`'s options: a host it cannot listen on is a one-line usage error.
@Suite struct ServeCommandTests {
    @Test(arguments: ["evil\"host", "a b", "x-", "host..name", "", "exa_mple"])
    func aHostThatIsNeitherAnAddressNorANameIsAUsageError(host: String) async throws {
        let outcome = try await CommandRunner().run(["serve", "--host", host])
        #expect(outcome.exitCode == 64)
        #expect(outcome.error.hasPrefix(
            "Error: --host must be an IP address or a host name, such as 127.0.0.1 or localhost; found '\(host)'\n"))
    }
}

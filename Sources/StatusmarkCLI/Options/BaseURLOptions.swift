public import ArgumentParser
import StatusmarkCore

/// `--base-url`, for `build` and for `check`, which checks what that build would write.
public struct BaseURLOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The site's absolute URL, replacing base_url in statusmark.yml.", valueName: "url"))
    public var baseURL: String?

    public init() {}

    public func validate() throws {
        if let baseURL, let problem = BaseURLRule.problem(with: baseURL) {
            throw ValidationError("--base-url cannot be used: \(problem)")
        }
    }
}

public import ArgumentParser

/// When to colour diagnostics: `auto` colours on a terminal unless `NO_COLOR` is set.
public enum ColorMode: String, ExpressibleByArgument, CaseIterable, Sendable {
    case auto
    case always
    case never

    /// Whether to colour output on a console.
    func isEnabled(on console: Console) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: console.errorSupportsColor && console.environment["NO_COLOR"] == nil
        }
    }
}

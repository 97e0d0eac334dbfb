internal import Foundation

/// The process's table of key names: each name a template or a shape uses gets a small integer once, so that a
/// compiled template finds a value by array index instead of by string.
///
/// Names are only ever added (a theme has a few hundred); reading a key's number happens when a template is
/// compiled or a shape is made, never while rendering.
public enum TemplateKeys {
    private final class Table: @unchecked Sendable {
        let lock = NSLock()
        var numbers: [String: Int] = [:]
        var names: [String] = []
    }

    private static let table = Table()

    /// The number of a key name, given it the first time it is asked for.
    public static func number(of name: String) -> Int {
        table.lock.lock()
        defer { table.lock.unlock() }
        if let number = table.numbers[name] { return number }
        let number = table.names.count
        table.numbers[name] = number
        table.names.append(name)
        return number
    }

    /// The name of a key number.
    public static func name(of number: Int) -> String {
        table.lock.lock()
        defer { table.lock.unlock() }
        return table.names[number]
    }
}

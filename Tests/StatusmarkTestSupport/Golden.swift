public import Foundation
public import Testing

/// Compares text with a golden file. With `STATUSMARK_RECORD=1` in the environment, or when the file does not
/// exist, it writes the file instead and records an issue ("Recorded new baseline"), so a recording run never
/// passes silently.
public enum Golden {
    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment["STATUSMARK_RECORD"] == "1"
    }

    public static func assert(
        _ actual: String, matches file: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let expected = try? String(contentsOf: file, encoding: .utf8)
        if isRecording || expected == nil {
            do {
                try FileManager.default.createDirectory(
                    at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: file, atomically: true, encoding: .utf8)
                Issue.record("Recorded new baseline at \(file.path)", sourceLocation: sourceLocation)
            } catch {
                Issue.record("Cannot record \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected, expected != actual else { return }
        Issue.record(
            "\(file.lastPathComponent) differs (rerun with STATUSMARK_RECORD=1 to update):\n\(lineDiff(expected, actual))",
            sourceLocation: sourceLocation)
    }

    /// The first lines that differ, marked `-` (expected) and `+` (actual).
    static func lineDiff(_ expected: String, _ actual: String) -> String {
        let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var output: [String] = []
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? String(left[index]) : nil
            let b = index < right.count ? String(right[index]) : nil
            guard a != b else { continue }
            if let a { output.append("line \(index + 1) - \(a)") }
            if let b { output.append("line \(index + 1) + \(b)") }
            if output.count >= 12 { break }
        }
        return output.joined(separator: "\n")
    }
}

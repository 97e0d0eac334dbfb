public import Foundation

/// Reads a site's statusmark.yml and every `.md` file under incidents/ (sub-folders included).
///
/// This is the only stage that reads files. Hidden files and editors' backup files (`.#x.md`, `x.md~`) are
/// skipped. A file that is not UTF-8 becomes a diagnostic at its first bad byte.
public struct ProjectLoader: Sendable {
    /// The folder of incident files, relative to the site folder.
    public static let incidentsFolder = "incidents"

    public init() {}

    /// - Parameters:
    ///   - paths: The incident files' paths, sorted, when the caller knows the folder's listing; `nil` lists it.
    ///   - known: Incident files taken as they are instead of being read (``KnownFiles``).
    public func load(
        root: URL, paths givenPaths: [String]? = nil, known: KnownFiles = .byPath([:])
    ) throws -> ProjectSources {
        var diagnostics: [Diagnostic] = []
        var undecodable: [SourceFile] = []
        let realRoot = SourcePath.resolve(root.path) ?? root.path
        let configurationPath = ProjectLocator.configurationFileName
        let configurationData: Data
        do {
            let path = try SourcePath.checked(root.appendingPathComponent(configurationPath).path, insideRoot: realRoot).get()
            configurationData = try Data(contentsOf: URL(fileURLWithPath: path, isDirectory: false))
        } catch let refusal as SourcePath.Refusal {
            throw StatusmarkError.unreadable(path: configurationPath, reason: "it \(refusal.reason)")
        } catch {
            throw StatusmarkError.unreadable(path: configurationPath, reason: error.localizedDescription)
        }
        let configuration = decode(configurationData, path: configurationPath, diagnostics: &diagnostics, undecodable: &undecodable)
            ?? SourceFile(path: configurationPath, text: "")
        var incidents: [SourceFile] = []
        var resolved: [String: String] = [:]
        let paths: [String]
        if let givenPaths {
            paths = givenPaths
        } else {
            let listing = try incidentFiles(root: root, realRoot: realRoot)
            paths = listing.paths
            resolved = listing.resolved
            diagnostics += listing.diagnostics
        }
        // Which files to take as last read and which to read, in path order; then those are read on every core,
        // and what each gave is put back in path order, so the sources do not depend on how they were shared out.
        let taken: [SourceFile?]
        switch known {
        case .atPaths(let files):
            precondition(givenPaths != nil && files.count == paths.count, "known files stand at the given paths' places")
            taken = files
        case .byPath(let files):
            taken = files.isEmpty ? Array(repeating: nil, count: paths.count) : paths.map { files[$0] }
        }
        var toRead: [Int] = []
        for index in taken.indices where taken[index] == nil { toRead.append(index) }
        let links = resolved
        let listed = givenPaths == nil
        let read = Self.concurrentlyMap(toRead) { index in
            readIncident(paths[index], root: root, realRoot: realRoot, resolved: links[paths[index]], listed: listed)
        }
        var outcomes = ArraySlice(read)
        incidents.reserveCapacity(paths.count)
        for index in paths.indices {
            if let file = taken[index] {
                incidents.append(file)
                continue
            }
            guard let outcome = outcomes.popFirst() else { break }
            if let file = outcome.file { incidents.append(file) }
            diagnostics += outcome.diagnostics
            undecodable += outcome.undecodable
        }
        return ProjectSources(
            root: root, configuration: configuration, incidents: incidents, diagnostics: diagnostics,
            undecodable: undecodable, incidentPaths: paths)
    }

    /// What reading one incident file gave: its text, or the diagnostics that say why not.
    struct ReadOutcome: Sendable {
        var file: SourceFile?
        var diagnostics: [Diagnostic] = []
        var undecodable: [SourceFile] = []
    }

    /// Reads one incident file. A file listed just now was checked as it was listed; one the caller names is
    /// checked here.
    func readIncident(_ path: String, root: URL, realRoot: String, resolved real: String?, listed: Bool) -> ReadOutcome {
        var outcome = ReadOutcome()
        do {
            // (`isDirectory: false` spares `URL` a `stat` of each of the ten thousand files.)
            let url =
                if let real {
                    URL(fileURLWithPath: real, isDirectory: false)
                } else if listed {
                    root.appendingPathComponent(path, isDirectory: false)
                } else {
                    URL(
                        fileURLWithPath: try SourcePath.checked(root.appendingPathComponent(path).path, insideRoot: realRoot).get(),
                        isDirectory: false)
                }
            let data = try Data(contentsOf: url)
            outcome.file = decode(data, path: path, diagnostics: &outcome.diagnostics, undecodable: &outcome.undecodable)
        } catch let refusal as SourcePath.Refusal {
            outcome.diagnostics.append(Self.diagnostic(refusal, path: path))
        } catch {
            outcome.diagnostics.append(
                .error(
                    .fileUnreadable, "cannot read the file: \(error.localizedDescription)", at: SourceLocation(path: path)))
        }
        return outcome
    }

    /// The elements transformed in order, in batches of 32 on every core: reading files is waiting on the system
    /// as much as computing, and this stage is not async.
    static func concurrentlyMap<T: Sendable>(_ elements: [Int], _ transform: @Sendable (Int) -> T) -> [T] {
        let batch = 32
        let batches = (elements.count + batch - 1) / batch
        guard batches > 1 else { return elements.map(transform) }
        let results = ResultSlots<T>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: batches) { number in
            for position in (number * batch)..<min(elements.count, (number + 1) * batch) {
                results.set(position, transform(elements[position]))
            }
        }
        return results.values
    }

    /// Paths of the incident files relative to the site folder, sorted.
    func incidentPaths(root: URL) throws -> [String] {
        try incidentFiles(root: root, realRoot: SourcePath.resolve(root.path) ?? root.path).paths
    }

    /// The incident files relative to the site folder, sorted; the real paths of those reached through links;
    /// and an error for each link that is not followed (``SourcePath``'s rule).
    func incidentFiles(
        root: URL, realRoot: String
    ) throws -> (paths: [String], resolved: [String: String], diagnostics: [Diagnostic]) {
        let folder = root.appendingPathComponent(Self.incidentsFolder)
        var isDirectory: ObjCBool = false
        // A link as incidents/ is the walker's to judge, broken or not.
        guard SourcePath.isLink(folder.path)
            || FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue
        else { return ([], [:], []) }
        let walker = SourceTreeWalker(root: realRoot) { $0.hasPrefix(".") }
        guard let listing = walker.walk(folder.path) else {
            throw StatusmarkError.unreadable(path: Self.incidentsFolder, reason: "the folder cannot be listed")
        }
        var paths: [String] = []
        var resolved: [String: String] = [:]
        for file in listing.files where file.name.lowercased().hasSuffix(".md") && !file.name.hasPrefix("#") {
            let path = "\(Self.incidentsFolder)/\(file.relative)"
            paths.append(path)
            if let real = file.resolved { resolved[path] = real }
        }
        let diagnostics = listing.problems.map { problem in
            Self.diagnostic(
                problem.refusal,
                path: problem.relative.isEmpty ? Self.incidentsFolder : "\(Self.incidentsFolder)/\(problem.relative)")
        }
        return (paths.sorted(), resolved, diagnostics)
    }

    static func diagnostic(_ refusal: SourcePath.Refusal, path: String) -> Diagnostic {
        let code: DiagnosticCode = if case .outsideSite = refusal { .fileLinkOutsideSite } else { .fileLinkBroken }
        return .error(code, "\(DisplayText.path(path)) \(refusal.reason)", at: SourceLocation(path: path),
            notes: [Diagnostic.Note(refusal.help)])
    }

    /// The file's text, or `nil` with a diagnostic at the first byte that is not UTF-8.
    func decode(
        _ data: Data, path: String, diagnostics: inout [Diagnostic], undecodable: inout [SourceFile]
    ) -> SourceFile? {
        let bytes = [UInt8](data)
        if let text = String(validating: bytes, as: UTF8.self) { return SourceFile(path: path, text: text) }
        if let bad = UTF8Validator.firstInvalidByte(in: bytes) {
            // Lines end as LineCursor ends them: at \n, at \r\n, and at a bare \r.
            let endings = bytes[..<bad].indices.filter { bytes[$0] == 0x0A || (bytes[$0] == 0x0D && bytes[$0 + 1] != 0x0A) }
            let lineStart = endings.last.map { $0 + 1 } ?? 0
            let line = endings.count + 1
            let column = bytes[lineStart..<bad].count { $0 & 0xC0 != 0x80 } + 1
            let hex = String(bytes[bad], radix: 16, uppercase: true)
            diagnostics.append(
                .error(
                    .fileNotUTF8, "the file is not UTF-8: byte 0x\(hex) cannot start or continue a character",
                    at: SourceLocation(path: path, line: line, column: column),
                    notes: [Diagnostic.Note("save the file as UTF-8 (it may be in Latin-1 or Windows-1252)")]))
            undecodable.append(SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self)))
            return nil
        }
        return SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self))
    }
}

/// One slot per result, each written once by whichever thread made it.
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ position: Int, _ value: T) {
        lock.withLock { slots[position] = value }
    }

    var values: [T] { lock.withLock { slots.map { $0! } } }
}

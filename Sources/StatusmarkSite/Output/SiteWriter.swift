import CSystemShims
public import Foundation
import StatusmarkCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Publishes a built site into an output folder all at once.
///
/// The files are written to a temporary folder beside the output folder, which is then swapped in: with one
/// atomic exchange where the system has one (Linux's `renameat2`, macOS's `renamex_np`), else with two renames.
/// A build that fails or is interrupted before the swap leaves the previous output exactly as it was. A marker
/// file tells a folder this writer made from one it did not; such a folder is replaced only when forced.
public struct SiteWriter: Sendable {
    /// The marker file inside every folder this writer publishes.
    public static let markerName = ".statusmark-output"
    static let markerText = "This folder is written by 'statusmark build' and replaced whole on every build.\n"

    public let output: URL
    public let force: Bool

    public init(output: URL, force: Bool = false) {
        self.output = output.standardizedFileURL
        self.force = force
    }
}

extension SiteWriter {
    /// Writes the files and swaps them in as the new output folder.
    /// - Throws: ``StatusmarkError/outputNotOwned(path:)`` or ``StatusmarkError/outputUnwritable(path:reason:)``;
    ///   in both cases the previous output is untouched.
    ///
    /// - Parameter lock: The output folder's lock, when the caller took it already (a build takes it before it
    ///   starts, so two builds take turns from the first file read); without it, the write takes it.
    nonisolated(nonsending) public func write(_ files: [RenderedFile], holding lock: OutputLock? = nil) async throws {
        let held: OutputLock
        if let lock { held = lock } else { held = try await OutputLock.acquire(output) }
        defer { withExtendedLifetime(held) {} }
        let staging = try stage(holding: held)
        try await publish(files, in: staging)
    }

    /// Makes an empty staging folder for a build to write into as it renders, after checking that the output
    /// folder may be replaced and removing what killed builds left.
    /// - Parameter lock: The output folder's lock, held until the folder is published or discarded.
    /// - Throws: ``StatusmarkError/outputNotOwned(path:)`` or ``StatusmarkError/outputUnwritable(path:reason:)``.
    public func stage(holding lock: OutputLock) throws -> StagingFolder {
        try checkOwnership()
        removeLeftovers(holding: lock)
        let staging = stagingFolder
        do {
            try? FileManager.default.removeItem(at: staging)
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw StatusmarkError.outputUnwritable(path: staging.path, reason: error.localizedDescription)
        }
        return StagingFolder(url: staging)
    }

    /// Adds the files to what the staging folder holds and swaps it in as the new output folder; when a file
    /// written into it earlier or now failed, removes it instead and throws.
    /// - Throws: ``StatusmarkError/outputUnwritable(path:reason:)``; the previous output is untouched.
    ///
    /// The files are written from every core, in batches of neighbouring paths that share their folders.
    nonisolated(nonsending) public func publish(_ files: [RenderedFile], in staging: StagingFolder) async throws {
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        do {
            if let failure = staging.firstFailure { throw failure }
            if let unsafe = files.first(where: { !RenderedFile.isSafe($0.path) }) {
                throw StatusmarkError.outputUnwritable(path: unsafe.path, reason: "the path leaves the output folder")
            }
            let written = await files.concurrentMap(batch: 64, state: { staging.makeWriter() }) { writer, file in
                staging.write(file, with: &writer)
            }
            if written.contains(false), let failure = staging.firstFailure { throw failure }
            var marker = staging.makeWriter()
            try marker.write(Array(Self.markerText.utf8), at: Self.markerName)
            try swapIn(staging.url, parent: parent, name: name)
        } catch let failure as FileTreeWriter.Failure {
            discard(staging)
            throw StatusmarkError.outputUnwritable(path: failure.path, reason: failure.reason)
        } catch {
            discard(staging)
            if let error = error as? StatusmarkError { throw error }
            throw StatusmarkError.outputUnwritable(path: output.path, reason: error.localizedDescription)
        }
    }

    /// Removes a staging folder that is not to be published.
    public func discard(_ staging: StagingFolder) {
        try? FileManager.default.removeItem(at: staging.url)
    }

    /// Whether a folder may be replaced: missing, empty, written by this writer, or forced.
    func checkOwnership() throws {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw StatusmarkError.outputUnwritable(path: output.path, reason: "it is a file, not a folder")
        }
        if force { return }
        let contents = (try? fileManager.contentsOfDirectory(atPath: output.path)) ?? []
        if contents.isEmpty || contents.contains(Self.markerName) { return }
        throw StatusmarkError.outputNotOwned(path: output.path)
    }
}

private extension SiteWriter {
    func swapIn(_ staging: URL, parent: URL, name: String) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else {
            try fileManager.moveItem(at: staging, to: output)
            return
        }
        if statusmark_exchange_paths(staging.path, output.path) == 0 {
            // The staging path now holds the previous output.
            try? fileManager.removeItem(at: staging)
            return
        }
        let retired = retiredFolder
        try? fileManager.removeItem(at: retired)
        try fileManager.moveItem(at: output, to: retired)
        do {
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            try? fileManager.moveItem(at: retired, to: output)
            throw error
        }
        try? fileManager.removeItem(at: retired)
    }
}

extension SiteWriter {
    /// The folder this process stages the new output in, beside the output folder.
    public var stagingFolder: URL {
        output.deletingLastPathComponent().appendingPathComponent(
            ".\(output.lastPathComponent).statusmark-staging-\(getpid())")
    }

    /// The folder the previous output is moved to when the system cannot swap two folders at once.
    public var retiredFolder: URL {
        output.deletingLastPathComponent().appendingPathComponent(
            ".\(output.lastPathComponent).statusmark-retired-\(getpid())")
    }

    /// Removes the staging and retired folders that killed builds left beside the output folder.
    ///
    /// Only while holding the output's lock, and only a folder whose owner is provably gone: every build stages
    /// under the lock, so while this one holds it no other is writing; and a folder named for a process that
    /// is still running (a build of an older Statusmark, which took no lock) is left alone.
    public func removeLeftovers(holding lock: OutputLock) {
        precondition(lock.output == output, "the lock is another output folder's")
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        guard let entries = try? fileManager.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries {
            let owner = [".\(name).statusmark-staging-", ".\(name).statusmark-retired-"].lazy
                .compactMap { entry.hasPrefix($0) ? Int32(entry.dropFirst($0.count)) : nil }.first
            guard let owner, owner == getpid() || !ProcessProbe.isRunning(owner) else { continue }
            try? fileManager.removeItem(at: parent.appendingPathComponent(entry))
        }
    }
}

public import Foundation
import Synchronization

/// The folder a build writes its files into as they are made, beside the output folder, until ``SiteWriter``
/// swaps it in whole or discards it. Writers on every core may add files at once; a file that cannot be written
/// is remembered, and the folder is then never published.
public final class StagingFolder: Sendable {
    public let url: URL
    private let failures = Mutex<[FileTreeWriter.Failure]>([])

    init(url: URL) {
        self.url = url
    }

    /// A writer of new files into the folder, for one task.
    package func makeWriter() -> FileTreeWriter { FileTreeWriter(root: url.path) }

    /// Writes a file with a task's writer; a failure is kept for ``SiteWriter/publish(_:in:)`` to report.
    /// - Returns: Whether the file was written.
    @discardableResult
    package func write(_ file: RenderedFile, with writer: inout FileTreeWriter) -> Bool {
        do throws(FileTreeWriter.Failure) {
            try writer.write(file.bytes, at: file.path)
            return true
        } catch {
            failures.withLock { $0.append(error) }
            return false
        }
    }

    /// The first file that could not be written, if any.
    package var firstFailure: FileTreeWriter.Failure? { failures.withLock { $0.first } }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the owner of a leftover is gone: the staging folders of builds and the temporary files of `update`
/// carry their writer's pid, and are removed only once no process has it.
package enum ProcessProbe {
    /// Whether a process with this pid exists (one that is not ours to signal still exists).
    package static func isRunning(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}

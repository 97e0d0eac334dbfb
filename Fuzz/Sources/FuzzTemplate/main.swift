import CLibFuzzer
import StatusmarkFuzzChecks

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// libFuzzer calls this with each input; `TemplateFuzzCheck` traps when a property fails.
var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
var count = CommandLine.argc
exit(
    LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        TemplateFuzzCheck.check(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    })

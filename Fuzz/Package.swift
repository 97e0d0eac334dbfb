// swift-tools-version: 6.0
// The fuzz targets, kept out of Statusmark's own package so that `swift build` and `swift test` never link them:
// each needs libFuzzer, which `make fuzz` brings in with `-sanitize=fuzzer` (see README, Developing).
import PackageDescription

let package = Package(
    name: "StatusmarkFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Statusmark", path: "..")],
    targets: [
        .target(name: "CLibFuzzer"),
        .executableTarget(
            name: "fuzz-incident",
            dependencies: ["CLibFuzzer", .product(name: "StatusmarkFuzzChecks", package: "Statusmark")],
            path: "Sources/FuzzIncident"),
        .executableTarget(
            name: "fuzz-configuration",
            dependencies: ["CLibFuzzer", .product(name: "StatusmarkFuzzChecks", package: "Statusmark")],
            path: "Sources/FuzzConfiguration"),
        .executableTarget(
            name: "fuzz-template",
            dependencies: ["CLibFuzzer", .product(name: "StatusmarkFuzzChecks", package: "Statusmark")],
            path: "Sources/FuzzTemplate"),
    ],
    swiftLanguageModes: [.v6]
)

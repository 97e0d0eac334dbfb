// swift-tools-version: 6.0
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Statusmark",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "statusmark", targets: ["statusmark"]),
        // For the fuzz targets in Fuzz/, a package of their own that only `make fuzz` builds (with
        // -sanitize=fuzzer): the model, parsers and diagnostics, the template engine, and the checks each fuzz
        // input must pass.
        .library(name: "StatusmarkCore", targets: ["StatusmarkCore"]),
        .library(name: "StatusmarkFuzzChecks", targets: ["StatusmarkFuzzChecks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        // Only the tests use swift-mustache: the oracle StatusmarkMustache's output is compared with.
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        // Hummingbird's own dependencies, named so the preview server can use their types directly.
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        // `notify`'s webhooks: an HTTP/1.1 and HTTP/2 client over NIO with TLS (BoringSSL, linked in), so the
        // release binary stays self-contained.
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(
            name: "StatusmarkCore",
            dependencies: ["CCmark", "CPrefetch", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        .target(name: "CSystemShims"),
        // The processor's prefetch instruction, which Swift does not expose (see MemoryHint).
        .target(name: "CPrefetch"),
        // SMTP for `notify`: one transfer through libcurl, which it loads with dlopen (in the C library since glibc
        // 2.34) when an email is sent, so that the binary needs libcurl only on a machine that sends email. Builds
        // against its header (libcurl4-openssl-dev).
        .target(name: "CCurlShim"),
        // Statusmark's Mustache engine: templates compiled to nodes over a typed value tree. It depends on
        // nothing else of Statusmark.
        .target(name: "StatusmarkMustache", swiftSettings: swiftSettings),
        .target(
            name: "StatusmarkFuzzChecks", dependencies: ["StatusmarkCore", "StatusmarkMustache"],
            swiftSettings: swiftSettings),
        .executableTarget(name: "ThemeEmbedder", swiftSettings: swiftSettings),
        .executableTarget(name: "VersionStamper", swiftSettings: swiftSettings),
        .plugin(
            name: "VersionStampPlugin",
            capability: .buildTool(),
            dependencies: ["VersionStamper"]
        ),
        // The release number and commit of this build, in a module of their own so that a new commit recompiles
        // two short files, not the modules that name the version.
        .target(name: "StatusmarkVersion", swiftSettings: swiftSettings, plugins: ["VersionStampPlugin"]),
        .plugin(
            name: "ThemeEmbedderPlugin",
            capability: .buildTool(),
            dependencies: ["ThemeEmbedder"]
        ),
        .target(
            name: "StatusmarkSite",
            dependencies: [
                "StatusmarkCore",
                "StatusmarkMustache",
                "StatusmarkVersion",
                "CSystemShims",
            ],
            swiftSettings: swiftSettings,
            plugins: ["ThemeEmbedderPlugin"]
        ),
        .target(
            name: "StatusmarkServer",
            dependencies: [
                "StatusmarkCore",
                "StatusmarkSite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StatusmarkNotify",
            dependencies: [
                "StatusmarkCore",
                "StatusmarkSite",
                "CCurlShim",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StatusmarkCLI",
            dependencies: [
                "StatusmarkCore",
                "StatusmarkSite",
                "StatusmarkServer",
                "StatusmarkNotify",
                "StatusmarkVersion",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "statusmark",
            dependencies: ["StatusmarkCLI"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StatusmarkTestSupport",
            dependencies: ["StatusmarkCore"],
            path: "Tests/StatusmarkTestSupport",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "MustacheOracle",
            dependencies: ["StatusmarkMustache", .product(name: "Mustache", package: "swift-mustache")],
            path: "Tests/MustacheOracle",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StatusmarkMustacheTests",
            dependencies: ["StatusmarkMustache", "MustacheOracle"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StatusmarkCoreTests",
            dependencies: ["StatusmarkCore", "StatusmarkFuzzChecks", "StatusmarkTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StatusmarkSiteTests",
            dependencies: ["StatusmarkSite", "StatusmarkCore", "StatusmarkTestSupport", "StatusmarkMustache", "MustacheOracle"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StatusmarkCLITests",
            dependencies: ["StatusmarkCLI", "StatusmarkCore", "StatusmarkSite", "StatusmarkTestSupport", "StatusmarkVersion"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StatusmarkNotifyTests",
            dependencies: ["StatusmarkNotify", "StatusmarkCore", "StatusmarkSite", "StatusmarkTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StatusmarkServerTests",
            dependencies: ["StatusmarkServer", "StatusmarkCore", "StatusmarkSite", "StatusmarkTestSupport"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)

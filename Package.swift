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
        .executable(name: "statusmark", targets: ["statusmark"])
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(
            name: "StatusmarkCore",
            dependencies: ["CCmark", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        .target(name: "CSystemShims"),
        .executableTarget(name: "ThemeEmbedder", swiftSettings: swiftSettings),
        .plugin(
            name: "ThemeEmbedderPlugin",
            capability: .buildTool(),
            dependencies: ["ThemeEmbedder"]
        ),
        .target(
            name: "StatusmarkSite",
            dependencies: [
                "StatusmarkCore",
                "CSystemShims",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: swiftSettings,
            plugins: ["ThemeEmbedderPlugin"]
        ),
        .target(
            name: "StatusmarkCLI",
            dependencies: [
                "StatusmarkCore",
                "StatusmarkSite",
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
        .testTarget(
            name: "StatusmarkCoreTests",
            dependencies: ["StatusmarkCore", "StatusmarkTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StatusmarkSiteTests",
            dependencies: ["StatusmarkSite", "StatusmarkCore", "StatusmarkTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StatusmarkCLITests",
            dependencies: ["StatusmarkCLI", "StatusmarkCore", "StatusmarkSite", "StatusmarkTestSupport"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version: 6.0
import PackageDescription

/// The text layer's hot loops use unsafe buffers whose accesses are checked statically; dynamic exclusivity
/// checks on them cost a fifth of the tokenizer's time in release builds.
let fastBuffers: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
    name: "Dyad",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dyad", targets: ["dyad"]),
        .library(name: "DyadCore", targets: ["DyadCore"]),
        .library(name: "DyadText", targets: ["DyadText"]),
        .library(name: "DyadSyntax", targets: ["DyadSyntax"]),
        .library(name: "DyadLexicon", targets: ["DyadLexicon"]),
        .library(name: "DyadCoding", targets: ["DyadCoding"]),
        .library(name: "DyadRelations", targets: ["DyadRelations"]),
        .library(name: "DyadStore", targets: ["DyadStore"]),
        .library(name: "DyadServer", targets: ["DyadServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .target(name: "DyadCore"),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "DyadText", dependencies: ["DyadCore", "CZlib"], swiftSettings: fastBuffers),
        // What Swift cannot express (see its header): a cache prefetch hint, and row sums in AVX2 chosen at run time.
        .target(name: "CDyadPrefetch"),
        .target(name: "DyadSyntax", dependencies: ["DyadCore", "DyadText", "CDyadPrefetch"], resources: [.copy("Resources/en-news")],
                swiftSettings: fastBuffers),
        .target(name: "DyadLexicon", dependencies: ["DyadCore"], resources: [.copy("Resources/lexicon")],
                swiftSettings: fastBuffers),
        .target(name: "DyadCoding", dependencies: ["DyadCore", "DyadText", "DyadSyntax", "DyadLexicon"]),
        .target(name: "DyadRelations", dependencies: ["DyadCore"]),
        .target(name: "DyadStore", dependencies: [
            "DyadCore", "DyadText", "DyadSyntax", "DyadLexicon", "DyadCoding", "DyadRelations",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "DyadServer", dependencies: [
            "DyadCore", "DyadText", "DyadSyntax", "DyadLexicon", "DyadCoding", "DyadRelations", "DyadStore",
            .product(name: "Hummingbird", package: "hummingbird"),
        ], resources: [.copy("Resources/openapi.json"), .copy("Resources/demo")]),
        .executableTarget(
            name: "dyad",
            dependencies: [
                "DyadCore", "DyadText", "DyadSyntax", "DyadLexicon", "DyadCoding", "DyadRelations", "DyadStore",
                "DyadServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "dyad-bench", dependencies: ["DyadCore", "DyadText", "DyadSyntax", "DyadLexicon", "DyadCoding",
                                                             "DyadRelations", "DyadStore"],
                          path: "Benchmarks/dyad-bench"),
        .testTarget(name: "DyadCoreTests", dependencies: ["DyadCore"]),
        .testTarget(name: "DyadTextTests", dependencies: ["DyadCore", "DyadText"], exclude: ["Fixtures"]),
        .testTarget(name: "DyadSyntaxTests", dependencies: ["DyadCore", "DyadText", "DyadSyntax"]),
        .testTarget(name: "DyadLexiconTests", dependencies: ["DyadCore", "DyadLexicon"]),
        .testTarget(name: "DyadCodingTests", dependencies: ["DyadCore", "DyadText", "DyadSyntax", "DyadLexicon", "DyadCoding"]),
        .testTarget(name: "DyadRelationsTests", dependencies: ["DyadCore", "DyadRelations"]),
        // Test helpers shared by the test targets (a scratch folder per test).
        .target(name: "DyadTestSupport", path: "Tests/DyadTestSupport"),
        .testTarget(name: "DyadStoreTests", dependencies: ["DyadCore", "DyadText", "DyadCoding", "DyadRelations", "DyadStore",
                                                           "DyadTestSupport"]),
        .testTarget(name: "DyadServerTests", dependencies: [
            "DyadCore", "DyadStore", "DyadRelations", "DyadServer", "DyadTestSupport",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        .testTarget(name: "DyadCLITests", dependencies: ["dyad"]),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version: 6.0
// `tapestry serve`: the live workshop server, a package of its own beside tapestry's so that its
// web server (Hummingbird, SwiftNIO) and store (GRDB) are neither fetched nor built by
// `make demo` and `make test` (`make serve` builds it; `make test-serve` tests it).
import PackageDescription

let package = Package(
    name: "tapestry-serve",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tapestry-serve", targets: ["tapestry-serve"]),
    ],
    dependencies: [
        // tapestry itself: the instrument, the scoring, the comparison model and its HTML page.
        .package(name: "tapestry", path: ".."),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // The server: store, routes, pages. A library so that the tests drive it in process.
        .target(
            name: "TapestryServe",
            dependencies: [
                .product(name: "TapestryScoring", package: "tapestry"),
                .product(name: "TapestryImport", package: "tapestry"),
                .product(name: "TapestryReport", package: "tapestry"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            // GRDB's string-interpolation types must not leak into files that do not import it.
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        .executableTarget(
            name: "tapestry-serve",
            dependencies: ["TapestryServe", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "TapestryServeTests",
            dependencies: [
                "TapestryServe",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "TapestryScoring", package: "tapestry"),
                .product(name: "TapestryReport", package: "tapestry"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

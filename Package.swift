// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "tapestry",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tapestry", targets: ["tapestry"]),
        .library(name: "TapestryScoring", targets: ["TapestryScoring"]),
        .library(name: "TapestryImport", targets: ["TapestryImport"]),
        .library(name: "TapestryReport", targets: ["TapestryReport"]),
        .executable(name: "tapestry-serve", targets: ["tapestry-serve"]),
    ],
    // `tapestry serve`, the live workshop server, is built only with this trait (`make serve`:
    // `swift build --traits Serve --scratch-path .build-serve`): its web server and store take
    // minutes to build, which people who never serve should not wait for. Without the trait its
    // dependencies are neither fetched nor built.
    traits: [.trait(name: "Serve", description: "The live workshop server (Hummingbird, GRDB).")],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Only for reading back the workbooks we write ourselves (WorkbookCheck); untrusted
        // .xlsx input is read by TapestryImport's own zip reader, which trusts no header.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // Only for the benchmark that compares it with our tokenizer.
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        // The coalition's network of connections (components, degrees); betweenness is our own.
        .package(url: "https://github.com/davecom/SwiftGraph", from: "4.0.0"),
        // The workshop server (trait `Serve` only): HTTP, the SQLite store, typed HTTP fields.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // The files of Templates/, compiled in so the binary needs no path to find them.
        .target(name: "TapestryTemplates"),
        // Pure scoring: the instrument, responses and every statistic. No file formats;
        // the only I/O is loading an instrument (YAML).
        .target(
            name: "TapestryScoring",
            dependencies: ["TapestryTemplates", .product(name: "Yams", package: "Yams"),
                           .product(name: "SwiftGraph", package: "SwiftGraph")]
        ),
        // Bytes to responses: dialects, platforms, columns, answers, findings.
        .target(
            name: "TapestryImport",
            dependencies: [
                "TapestryScoring",
                "TapestryTemplates",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                "CInflate",
            ]
        ),
        // zlib, which inflates the parts of .xlsx workbooks (named apart from ZIPFoundation's own
        // CZlib module, which the report library's read-back check brings in). TapestryImport's Workbook/ reads the
        // zip archive itself, so that no hostile archive reaches code that trusts its headers).
        .systemLibrary(name: "CInflate", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Debian's libxlsxwriter-dev, wrapped by one file of TapestryReport.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // One renderer per output format, over scored results only: it does not depend on
        // TapestryImport (what is read, and how, is the command line's to show: `inspect`).
        .target(
            name: "TapestryReport",
            dependencies: [
                "CXlsxWriter",
                "TapestryScoring",
                "TapestryTemplates",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Rainbow", package: "Rainbow"),
                // Only to read a written workbook back (WorkbookCheck).
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The command line: thin subcommands over the libraries.
        .executableTarget(
            name: "tapestry",
            dependencies: [
                "TapestryScoring",
                "TapestryImport",
                "TapestryReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The live workshop server: store, routes, pages (trait `Serve`; empty without it). A
        // library, so that its tests drive it in process.
        .target(
            name: "TapestryServe",
            dependencies: [
                "TapestryScoring",
                "TapestryImport",
                "TapestryReport",
                .product(name: "Hummingbird", package: "hummingbird", condition: .when(traits: ["Serve"])),
                .product(name: "GRDB", package: "GRDB.swift", condition: .when(traits: ["Serve"])),
                .product(name: "Crypto", package: "swift-crypto", condition: .when(traits: ["Serve"])),
                .product(name: "HTTPTypes", package: "swift-http-types", condition: .when(traits: ["Serve"])),
            ],
            // GRDB's string-interpolation types must not leak into files that do not import it.
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        // `tapestry serve` hands over to this binary (without the trait it says how to build it).
        .executableTarget(
            name: "tapestry-serve",
            dependencies: [
                .target(name: "TapestryServe", condition: .when(traits: ["Serve"])),
                .product(name: "ArgumentParser", package: "swift-argument-parser", condition: .when(traits: ["Serve"])),
            ]
        ),
        // Writes Sources/TapestryTemplates/EmbeddedFiles.swift from Templates/
        // (`make templates`); a test fails when that file is out of date.
        .executableTarget(name: "embed-templates"),
        // Throughput and memory of scoring and import, against baselines measured in the
        // same run (`make benchmark`, release build).
        .executableTarget(
            name: "tapestry-benchmarks",
            dependencies: ["TapestryScoring", "TapestryImport", .product(name: "SwiftCSV", package: "SwiftCSV")],
            path: "Benchmarks",
            // `make bench`'s Python scripts (the baselines and the driver) are not Swift sources.
            exclude: ["baseline", "bench.py"]
        ),
        // The readers of untrusted bytes as libFuzzer targets (`make fuzz`), and the driver that
        // runs them under libFuzzer or replays files through them.
        .target(name: "TapestryFuzzTargets", dependencies: ["TapestryImport", "TapestryReport"], path: "Tests/Fuzz/Targets"),
        .executableTarget(name: "tapestry-fuzz", dependencies: ["TapestryFuzzTargets"], path: "Tests/Fuzz/Driver"),
        // Helpers shared by the test targets (running the Python read-back checkers).
        .target(name: "TapestryTestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "TapestryScoringTests", dependencies: ["TapestryScoring", "TapestryTemplates", "TapestryTestSupport"]),
        .testTarget(name: "TapestryImportTests", dependencies: ["TapestryImport", "CInflate", "TapestryTestSupport"]),
        // The report tests import their fixtures' answers through TapestryImport, as a user's would be.
        .testTarget(name: "TapestryReportTests", dependencies: ["TapestryReport", "TapestryImport", "TapestryTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "TapestryCLITests", dependencies: ["tapestry", "TapestryTestSupport", "TapestryFuzzTargets"]),
        // The server's HTTP, security and store tests (trait `Serve`; `make test-serve`).
        .testTarget(
            name: "TapestryServeTests",
            dependencies: [
                "TapestryScoring",
                "TapestryReport",
                .target(name: "TapestryServe", condition: .when(traits: ["Serve"])),
                .product(name: "HummingbirdTesting", package: "hummingbird", condition: .when(traits: ["Serve"])),
                .product(name: "HTTPTypes", package: "swift-http-types", condition: .when(traits: ["Serve"])),
                .product(name: "GRDB", package: "GRDB.swift", condition: .when(traits: ["Serve"])),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

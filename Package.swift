// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "tapestry",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tapestry", targets: ["tapestry"]),
        .library(name: "TapestryScoring", targets: ["TapestryScoring"]),
        .library(name: "TapestryImport", targets: ["TapestryImport"]),
        .library(name: "TapestryReport", targets: ["TapestryReport"]),
    ],
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
    ],
    swiftLanguageModes: [.v6]
)

import Foundation
import TapestryFuzzTargets

// Built two ways. `make fuzz` builds it with `--sanitize=fuzzer -Xswiftc -DFUZZING`: then
// libFuzzer owns `main` and calls `LLVMFuzzerTestOneInput` with the target named by
// TAPESTRY_FUZZ_TARGET. An ordinary build replays files through a target instead:
// `tapestry-fuzz TARGET FILE|FOLDER…`, which is how a crash is reproduced in a debugger.

#if FUZZING
/// The target libFuzzer drives in this process.
private let fuzzTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["TAPESTRY_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        fatalError("set TAPESTRY_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return target
}()

/// libFuzzer's entry point: one input, any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    fuzzTarget.run(Data(bytes: bytes, count: count))
    return 0
}
#else
/// Replays inputs through one target.
@main
enum FuzzDriver {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: tapestry-fuzz \(names) FILE|FOLDER…\n".utf8))
            exit(64)
        }
        var count = 0
        for path in arguments.dropFirst() {
            for file in files(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                target.run(data)
                count += 1
            }
        }
        print("\(name): replayed \(count) input(s) without a crash")
    }

    /// The file at `path`, or the files in the folder at `path`, sorted.
    static func files(at path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [] }
        guard isFolder.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { path + "/" + $0 }
    }
}
#endif

import Dispatch
import Foundation

/// Runs work on the parts of a file on every core, a few parts at a time, and hands each
/// part's result on in file order: results in flight are at most a few parts' worth, whatever
/// the size of the file.
enum PartRunner {
    /// Parts run at once for each core: two, so that a core that finishes early finds work.
    static let partsPerCore = 2

    /// Calls `work` on every part (in parallel) and `merge` on each result, in the parts' order.
    static func run<Part: Sendable, Result>(_ parts: [Part], work: @Sendable (Part) -> Result,
                                            merge: (Result) throws -> Void) rethrows {
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount) * partsPerCore
        var next = 0
        while next < parts.count {
            let wave = Array(parts[next..<min(parts.count, next + width)])
            next += wave.count
            if wave.count == 1 {
                try merge(work(wave[0]))
                continue
            }
            let results = Results<Result>(count: wave.count)
            DispatchQueue.concurrentPerform(iterations: wave.count) { index in
                results.set(index, work(wave[index]))
            }
            for result in results.taken() { try merge(result) }
        }
    }

    /// The results of one wave of parts, each written once by the thread that made it.
    private final class Results<Value>: @unchecked Sendable {
        private var values: [Value?]
        private let lock = NSLock()

        init(count: Int) {
            values = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ value: Value) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }

        /// Every result, in order (after every part has run).
        func taken() -> [Value] {
            lock.lock()
            defer { lock.unlock() }
            return values.map { $0! }
        }
    }
}

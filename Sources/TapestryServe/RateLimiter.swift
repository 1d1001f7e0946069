// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import Foundation

/// At most `limit` requests per `window` seconds for each key (a participant's token, a
/// facilitator's address): enough for a person, too few for a script hammering the server.
actor RateLimiter {
    private let limit: Int
    private let window: TimeInterval
    private var counts: [String: (start: Date, count: Int)] = [:]

    init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// Counts one request of `key`; false when `key` is over its limit for this window.
    func allow(_ key: String, now: Date = Date()) -> Bool {
        if counts.count > 100_000 { counts = counts.filter { now.timeIntervalSince($0.value.start) < window } }
        var entry = counts[key] ?? (now, 0)
        if now.timeIntervalSince(entry.start) >= window { entry = (now, 0) }
        entry.count += 1
        counts[key] = entry
        return entry.count <= limit
    }
}
#endif

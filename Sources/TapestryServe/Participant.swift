// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
/// One browser in one workshop: its table, the answers it is working on, and whether (and
/// what) it has sent. Known only by a hash of its random token, never by a name.
struct Participant: Sendable, Equatable {
    /// The row id.
    var id: Int64
    /// The chosen table's position, nil until chosen.
    var table: Int?
    /// The answers so far, by item id (saved screen by screen).
    var draft: [String: Int]
    /// The answers sent, nil until the first submit.
    var submitted: [String: Int]?
}
#endif

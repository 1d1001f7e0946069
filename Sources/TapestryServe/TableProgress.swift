// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
/// How far one table is: who has started and who has sent their answers.
public struct TableProgress: Sendable, Equatable {
    /// The table's name.
    public var name: String
    /// Browsers that chose this table.
    public var started: Int
    /// Of those, the ones whose answers are in.
    public var submitted: Int
}
#endif

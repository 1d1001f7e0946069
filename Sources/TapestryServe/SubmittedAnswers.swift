// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
/// One participant's sent answers, as the export and the room view read them.
public struct SubmittedAnswers: Sendable, Equatable {
    /// The position of the participant's table in ``Workshop/tables``.
    public var table: Int
    /// The answers by item id; an item left blank is absent.
    public var answers: [String: Int]
}
#endif

// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import Foundation

/// One workshop as stored: its tables, its join code, whether it is closed.
public struct Workshop: Sendable, Equatable {
    /// The random id in the facilitator's addresses (`/workshops/ID`).
    public var id: String
    /// The short code participants type (`/join/CODE`).
    public var code: String
    /// The title the facilitator gave.
    public var title: String
    /// The tables, in the order given; a participant's table is its position here.
    public var tables: [String]
    /// Tables with fewer answers than this are not shown in the room view.
    public var minimumGroupSize: Int
    /// When the facilitator closed it; nil while answers may still come in or change.
    public var closedAt: Date?

    /// Whether answers may no longer come in or change.
    public var isClosed: Bool { closedAt != nil }
}
#endif

// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import HTTPTypes

/// A request the server turns down: its status and the plain sentence the page shows.
/// Nothing is stored for a refused request (every check runs before the store is written).
struct Refusal: Error, Sendable {
    var status: HTTPResponse.Status
    var message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    static let noSecret = Refusal(.forbidden,
        "This page is for the workshop's facilitator. Open the facilitator address that `tapestry serve` printed when the workshop was made.")
    static let badForm = Refusal(.forbidden,
        "This form has expired or did not come from this server. Go back, reload the page and send it again.")
    static let tooMany = Refusal(.tooManyRequests, "Too many requests from this browser. Wait a minute, then try again.")
    static let closed = Refusal(.conflict, "This workshop is closed: answers can no longer be sent or changed.")
}
#endif

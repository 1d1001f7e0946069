// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import Foundation
import HTTPTypes
import Hummingbird
import TapestryScoring

/// The workshop web server: its settings, the store, the instrument, and the routes of the
/// participants' and the facilitator's pages.
public struct WorkshopServer: Sendable {
    /// The largest form body accepted (a full questionnaire is about 1 KB).
    public static let maximumBody = 16 * 1024
    /// The cookie that holds a browser's random participant token.
    static let participantCookie = "tapestry_participant"
    /// The cookie that holds the facilitator key.
    static let facilitatorCookie = "tapestry_facilitator"

    /// The store.
    public let store: WorkshopStore
    /// The instrument participants answer.
    public let instrument: Instrument
    /// The address participants are told to open (scheme, host and port), for the join line.
    public let publicAddress: String
    /// The default smallest table shown, for the new-workshop form.
    public let minimumGroupSize: Int
    /// The version the room view's footer names.
    public let toolVersion: String
    /// Where the server tells the facilitator's terminal what it made (join code, secret).
    let announce: @Sendable (String) -> Void
    /// The key that makes CSRF tokens; kept in the store.
    let formKey: String
    /// The key that lets a browser create workshops; kept in the store, printed at start.
    public let facilitatorKey: String
    let participantLimit: RateLimiter
    let facilitatorLimit: RateLimiter

    /// A server over `store`. `postsPerMinute` bounds each browser's form posts.
    public init(store: WorkshopStore, instrument: Instrument, publicAddress: String, minimumGroupSize: Int,
                toolVersion: String, postsPerMinute: Int = 60, announce: @escaping @Sendable (String) -> Void) throws {
        self.store = store
        self.instrument = instrument
        self.publicAddress = publicAddress
        self.minimumGroupSize = minimumGroupSize
        self.toolVersion = toolVersion
        self.announce = announce
        formKey = try store.setting("form-key") { Secrets.token(bytes: 32) }
        facilitatorKey = try store.setting("facilitator-key") { Secrets.token(bytes: 16) }
        participantLimit = RateLimiter(limit: postsPerMinute, window: 60)
        facilitatorLimit = RateLimiter(limit: postsPerMinute, window: 60)
    }

    /// The address that gives a browser the facilitator key.
    public var facilitatorAddress: String { "\(publicAddress)/facilitator?key=\(facilitatorKey)" }

    /// The routes, behind the security headers.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: SecurityHeaders())
        router.get("/static/tapestry.css") { _, _ in Self.css(StyleSheet.main) }
        router.get("/static/room.css") { _, _ in Self.css(StyleSheet.room) }
        addParticipantRoutes(to: router)
        addFacilitatorRoutes(to: router)
        return router
    }

    /// The application on `host`:`port`.
    public func application(host: String, port: Int, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "tapestry"),
                    onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) })
    }

    private static func css(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=300"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    // MARK: Shared checks

    /// The form of a POST, at most ``maximumBody`` bytes (413 above), URL-encoded.
    static func form(_ request: Request) async throws -> FormBody {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maximumBody { throw tooLarge }
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: maximumBody) } catch { throw tooLarge }
        guard let contentType = request.headers[.contentType], contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") else {
            throw Refusal(.unsupportedMediaType, "This server takes forms only (application/x-www-form-urlencoded).")
        }
        return FormBody(String(buffer: buffer))
    }

    static let tooLarge = Refusal(.contentTooLarge, "This form is larger than any questionnaire (at most \(maximumBody / 1024) KB); nothing was stored.")

    /// Whether `form` carries `expected` as its CSRF token; throws 403 otherwise.
    static func checkCSRF(_ form: FormBody, _ expected: String) throws {
        guard let sent = form["csrf"], Secrets.equal(sent, expected) else { throw Refusal.badForm }
    }
}
#endif

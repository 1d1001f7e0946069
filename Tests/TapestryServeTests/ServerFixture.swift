// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import Foundation
import Hummingbird
import HummingbirdTesting
import TapestryScoring
@testable import TapestryServe

/// A server over a store in a fresh temporary folder, with helpers that act as a browser.
struct ServerFixture {
    let folder: URL
    let server: WorkshopServer
    let instrument: Instrument

    init(postsPerMinute: Int = 600) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapestry-serve-\(UUID().uuidString)")
        instrument = try Instrument.partnershipHealth()
        let store = try WorkshopStore(projectFolder: folder.path)
        server = try WorkshopServer(store: store, instrument: instrument, publicAddress: "http://127.0.0.1:8080",
                                    minimumGroupSize: 5, toolVersion: "test", postsPerMinute: postsPerMinute, announce: { _ in })
    }

    /// Runs `body` against the server's routes in process.
    func test<Value: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await Application(router: server.router()).test(.router, body)
    }

    /// A workshop made directly in the store, with its secret.
    func workshop(tables: [String] = ["Table 1", "Table 2"], minimum: Int = 1, title: String = "Check-in") async throws -> (Workshop, String) {
        let secret = Secrets.token()
        let workshop = try await server.store.createWorkshop(title: title, tables: tables, minimumGroupSize: minimum,
                                                             secretHash: Secrets.hash(secret))
        return (workshop, secret)
    }

    /// A new participant token seated at `table`.
    func seat(_ workshop: Workshop, table: Int) async throws -> String {
        let token = Secrets.token()
        _ = try await server.store.chooseTable(workshop: workshop.id, tokenHash: Secrets.hash(token), table: table)
        return token
    }

    /// The headers of a participant's form post.
    static func formHeaders(cookie: String) -> HTTPFields {
        [.contentType: "application/x-www-form-urlencoded", .cookie: cookie]
    }

    /// A form body from `fields`, percent-encoded.
    static func body(_ fields: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let text = fields.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
            .joined(separator: "&")
        return ByteBuffer(string: text)
    }

    /// Every item answered with `value`.
    func allAnswers(_ value: Int) -> [(String, String)] {
        instrument.items.map { ($0.id, String(value)) }
    }
}
#endif

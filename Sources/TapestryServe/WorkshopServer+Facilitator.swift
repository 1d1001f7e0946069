// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import Foundation
import Hummingbird
import TapestryScoring

/// The facilitator's routes: the key, new workshops, a workshop's progress, closing it, the
/// room view and the answers' CSV. Each needs the facilitator key or the workshop's secret.
extension WorkshopServer {
    func addFacilitatorRoutes(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in
            guard hasKey(request) else { return Pages.html(FacilitatorPages.landing) }
            return Pages.html(FacilitatorPages.home(workshops: try await store.workshops(), csrf: createCSRF,
                                                    minimumGroupSize: minimumGroupSize))
        }
        router.get("/facilitator") { request, _ in
            guard let key = request.uri.queryParameters.get("key"), Secrets.equal(key, facilitatorKey) else {
                try await throttleFailure()
                throw Refusal.noSecret
            }
            var response = Pages.redirect("/")
            response.setCookie(Self.cookie(Self.facilitatorCookie, key))
            return response
        }
        router.post("/workshops") { request, _ in
            guard hasKey(request) else { try await throttleFailure(); throw Refusal.noSecret }
            guard await facilitatorLimit.allow("create") else { throw Refusal.tooMany }
            let form = try await Self.form(request)
            try Self.checkCSRF(form, createCSRF)
            let (title, tables, minimum) = try Self.newWorkshop(form)
            let secret = Secrets.token()
            let workshop = try await store.createWorkshop(title: title, tables: tables, minimumGroupSize: minimum,
                                                          secretHash: Secrets.hash(secret))
            announce("""
                Workshop “\(title)” is open.
                  Participants join at: \(publicAddress)/join/\(workshop.code)   (code \(workshop.code))
                  Facilitator page:     \(publicAddress)/workshops/\(workshop.id)?secret=\(secret)
                  Keep the facilitator address to yourself: it opens the answers.
                """)
            var response = Pages.redirect("/workshops/\(workshop.id)")
            response.setCookie(Self.cookie(Self.secretCookie(workshop.id), secret, path: "/workshops/\(workshop.id)"))
            return response
        }
        router.get("/workshops/:id") { request, context in
            let workshop = try await self.facilitatorWorkshop(request, context)
            if request.uri.queryParameters.get("secret") != nil {
                // The secret arrived in the address: keep it in a cookie, and drop it from the address bar.
                var response = Pages.redirect("/workshops/\(workshop.id)")
                let secret: String = request.uri.queryParameters.get("secret").map { String($0) } ?? ""
                response.setCookie(Self.cookie(Self.secretCookie(workshop.id), secret,
                                               path: "/workshops/\(workshop.id)"))
                return response
            }
            return Pages.html(FacilitatorPages.workshop(workshop, progress: try await store.progress(of: workshop),
                                                        joinAddress: "\(publicAddress)/join/\(workshop.code)", localOnly: isLocalOnly,
                                                        csrf: workshopCSRF(workshop)))
        }
        router.post("/workshops/:id/close") { request, context in
            let workshop = try await self.facilitatorWorkshop(request, context)
            guard await facilitatorLimit.allow(workshop.id) else { throw Refusal.tooMany }
            let form = try await Self.form(request)
            try Self.checkCSRF(form, workshopCSRF(workshop))
            try await store.close(workshop: workshop.id)
            announce("Workshop “\(workshop.title)” is closed.")
            return Pages.redirect("/workshops/\(workshop.id)")
        }
        router.get("/workshops/:id/room") { request, context in
            let workshop = try await self.facilitatorWorkshop(request, context)
            let answers = try await store.submitted(workshop: workshop.id)
            guard !answers.isEmpty else { return Pages.html(FacilitatorPages.roomWaiting(workshop)) }
            let model = try RoomView.model(workshop, answers: answers, instrument: instrument, toolVersion: toolVersion)
            let page = try RoomView.page(model, workshop: workshop, refresh: workshop.isClosed ? nil : 10)
            var response = Pages.html(page.html)
            response.headers[.contentSecurityPolicy] = SecurityHeaders<BasicRequestContext>.policy(styles: "'self' \(page.styleHash)")
            return response
        }
        router.get("/workshops/:id/answers.csv") { request, context in
            let workshop = try await self.facilitatorWorkshop(request, context)
            let text = AnswersCSV.render(workshop, answers: try await store.submitted(workshop: workshop.id), instrument: instrument)
            return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8",
                                                   .contentDisposition: "attachment; filename=\"answers-\(workshop.code).csv\""],
                            body: .init(byteBuffer: ByteBuffer(string: text)))
        }
    }

    /// Whether the address participants are given is this computer's own (loopback).
    var isLocalOnly: Bool {
        ["//127.", "//localhost", "//[::1]"].contains { publicAddress.contains($0) }
    }

    /// The cookie that holds workshop `id`'s facilitator secret.
    static func secretCookie(_ id: String) -> String { "tapestry_w_\(id)" }

    /// The CSRF token of the new-workshop form.
    var createCSRF: String { Secrets.mac("create", key: formKey + facilitatorKey) }

    /// The CSRF token of a workshop's facilitator forms.
    func workshopCSRF(_ workshop: Workshop) -> String { Secrets.mac("workshop:\(workshop.id)", key: formKey) }

    private func hasKey(_ request: Request) -> Bool {
        request.cookies[Self.facilitatorCookie].map { Secrets.equal($0.value, facilitatorKey) } ?? false
    }

    /// A failed key or secret: counted, so that guessing is slowed to the rate limit (429).
    private func throttleFailure() async throws {
        guard await facilitatorLimit.allow("failed secret") else { throw Refusal.tooMany }
    }

    /// The workshop of the address, when the request carries its secret (cookie, or `?secret=`
    /// on the workshop page): 404 for no such workshop, 403 without the secret.
    private func facilitatorWorkshop(_ request: Request, _ context: BasicRequestContext) async throws -> Workshop {
        guard let id = context.parameters.get("id"), id.count <= 32, let workshop = try await store.workshop(id: id),
              let hash = try await store.secretHash(workshop: id) else {
            throw Refusal(.notFound, "There is no workshop at this address.")
        }
        let query: String? = request.uri.queryParameters.get("secret").map { String($0) }
        let sent = query ?? request.cookies[Self.secretCookie(id)]?.value
        guard let sent, Secrets.equal(Secrets.hash(sent), hash) else {
            try await throttleFailure()
            throw Refusal.noSecret
        }
        return workshop
    }

    /// The new-workshop form checked: a title, 1 to 50 distinct tables that follow
    /// ``TableName``'s rule, a smallest table shown from 1 to 100 (422 otherwise).
    static func newWorkshop(_ form: FormBody) throws -> (String, [String], Int) {
        let title = (form["title"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty, title.count <= 120 else {
            throw Refusal(.unprocessableContent, "A workshop needs a title of at most 120 characters; nothing was stored.")
        }
        let tables = (form["tables"] ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard (1...50).contains(tables.count) else {
            throw Refusal(.unprocessableContent, "Give between 1 and 50 tables, one per line; nothing was stored.")
        }
        for name in tables {
            if let problem = TableName.problem(name) { throw Refusal(.unprocessableContent, problem + " Nothing was stored.") }
        }
        guard Set(tables.map { $0.lowercased() }).count == tables.count else {
            throw Refusal(.unprocessableContent, "Two tables have the same name; nothing was stored.")
        }
        guard let minimum = Int(form["minimumGroupSize"] ?? ""), (1...100).contains(minimum) else {
            throw Refusal(.unprocessableContent, "The smallest table shown must be a number from 1 to 100; nothing was stored.")
        }
        return (title, tables, minimum)
    }
}
#endif

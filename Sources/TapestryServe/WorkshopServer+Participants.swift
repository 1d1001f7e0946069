// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import Foundation
import Hummingbird
import TapestryScoring

/// The participants' routes: `/join/CODE` → table → one area per screen → review → sent.
extension WorkshopServer {
    func addParticipantRoutes(to router: Router<BasicRequestContext>) {
        router.get("/join/:code") { request, context in
            let workshop = try await self.workshop(context)
            let (token, isNew) = Self.participantToken(request)
            let participant = try await store.participant(workshop: workshop.id, tokenHash: Secrets.hash(token))
            var response = Pages.html(Pages.join(workshop, chosen: participant?.table, csrf: csrf(workshop, token)))
            if isNew { response.setCookie(Self.cookie(Self.participantCookie, token)) }
            return response
        }
        router.post("/join/:code/table") { request, context in
            let workshop = try await self.workshop(context)
            let (token, form) = try await participantForm(request, workshop)
            guard let text = form["table"], let table = Int(text), workshop.tables.indices.contains(table) else {
                throw Refusal(.unprocessableContent, "Choose one of this workshop's tables; nothing was stored.")
            }
            guard try await store.chooseTable(workshop: workshop.id, tokenHash: Secrets.hash(token), table: table) else { throw Refusal.closed }
            return Pages.redirect("/join/\(workshop.code)/step/1")
        }
        router.get("/join/:code/step/:step") { request, context in
            let workshop = try await self.workshop(context)
            let step = try self.step(context)
            guard let (token, participant, _) = try await seated(request, workshop) else { return Pages.redirect("/join/\(workshop.code)") }
            return Pages.html(Pages.step(workshop, instrument: instrument, step: step, draft: participant.draft, csrf: csrf(workshop, token)))
        }
        router.post("/join/:code/step/:step") { request, context in
            let workshop = try await self.workshop(context)
            let step = try self.step(context)
            let (token, form) = try await participantForm(request, workshop)
            let answers = try self.answers(form)
            guard try await store.save(workshop: workshop.id, tokenHash: Secrets.hash(token), answers: answers, submit: false) else {
                if workshop.isClosed { throw Refusal.closed }
                return Pages.redirect("/join/\(workshop.code)")
            }
            let count = instrument.dimensions.count
            if form["go"] == "back" { return Pages.redirect("/join/\(workshop.code)/step/\(max(1, step - 1))") }
            return Pages.redirect(step < count ? "/join/\(workshop.code)/step/\(step + 1)" : "/join/\(workshop.code)/review")
        }
        router.get("/join/:code/review") { request, context in
            let workshop = try await self.workshop(context)
            guard let (token, participant, table) = try await seated(request, workshop) else { return Pages.redirect("/join/\(workshop.code)") }
            return Pages.html(Pages.review(workshop, instrument: instrument, table: table, participant: participant, csrf: csrf(workshop, token)))
        }
        // Sends the answers: the draft, with any answers the form carries, becomes the sent set,
        // replacing an earlier one. The browser is told only after the store has committed.
        router.post("/join/:code/submit") { request, context in
            let workshop = try await self.workshop(context)
            let (token, form) = try await participantForm(request, workshop)
            let answers = try self.answers(form)
            guard try await store.save(workshop: workshop.id, tokenHash: Secrets.hash(token), answers: answers, submit: true) else {
                if workshop.isClosed { throw Refusal.closed }
                throw Refusal(.conflict, "Choose your table first (open the join address again); nothing was stored.")
            }
            return Pages.redirect("/join/\(workshop.code)/sent")
        }
        router.get("/join/:code/sent") { request, context in
            let workshop = try await self.workshop(context)
            guard let (_, participant, table) = try await seated(request, workshop), participant.submitted != nil else {
                return Pages.redirect("/join/\(workshop.code)")
            }
            return Pages.html(Pages.sent(workshop, table: table))
        }
    }

    /// The workshop named by the address's join code; 404 when there is none.
    func workshop(_ context: BasicRequestContext) async throws -> Workshop {
        guard let code = context.parameters.get("code"), code.count <= 12,
              let workshop = try await store.workshop(code: code) else {
            throw Refusal(.notFound, "There is no workshop with this code. Check the code with your facilitator.")
        }
        return workshop
    }

    private func step(_ context: BasicRequestContext) throws -> Int {
        guard let step = context.parameters.get("step").flatMap(Int.init), (1...instrument.dimensions.count).contains(step) else {
            throw Refusal(.notFound, "There is no such part of the questionnaire.")
        }
        return step
    }

    /// The participant's CSRF token for `workshop`.
    func csrf(_ workshop: Workshop, _ token: String) -> String {
        Secrets.mac("participant:\(workshop.id):\(token)", key: formKey)
    }

    /// The browser's token, or a new one (true) when it has none yet.
    static func participantToken(_ request: Request) -> (String, Bool) {
        if let value = request.cookies[participantCookie]?.value, value.count == 32, value.allSatisfy(\.isHexDigit) {
            return (value, false)
        }
        return (Secrets.token(), true)
    }

    /// A cookie for this server only: not readable by script, not sent from other sites.
    static func cookie(_ name: String, _ value: String, path: String = "/") -> Cookie {
        Cookie(name: name, value: value, maxAge: 7 * 24 * 3600, path: path, httpOnly: true, sameSite: .lax)
    }

    /// A participant's POST: their token (403 without one), within the rate limit (429), with a
    /// valid CSRF token (403), to an open workshop (409).
    private func participantForm(_ request: Request, _ workshop: Workshop) async throws -> (String, FormBody) {
        guard let token = request.cookies[Self.participantCookie]?.value else { throw Refusal.badForm }
        guard await participantLimit.allow(token) else { throw Refusal.tooMany }
        let form = try await Self.form(request)
        try Self.checkCSRF(form, csrf(workshop, token))
        if workshop.isClosed { throw Refusal.closed }
        return (token, form)
    }

    /// The browser's participant, when it has chosen a table, with that table's name.
    private func seated(_ request: Request, _ workshop: Workshop) async throws -> (String, Participant, String)? {
        guard let token = request.cookies[Self.participantCookie]?.value,
              let participant = try await store.participant(workshop: workshop.id, tokenHash: Secrets.hash(token)),
              let table = participant.table, workshop.tables.indices.contains(table) else { return nil }
        return (token, participant, workshop.tables[table])
    }

    /// The answers a form carries, each checked against the instrument: an unknown statement
    /// or a value off the scale refuses the whole form (422), so nothing of it is stored.
    func answers(_ form: FormBody) throws -> [String: Int?] {
        let scale = instrument.scale
        var answers: [String: Int?] = [:]
        for (name, value) in form.fields where name != "csrf" && name != "go" {
            guard instrument.itemIndex(of: name) != nil else {
                throw Refusal(.unprocessableContent, "“\(name.prefix(40))” is not a statement of this questionnaire; nothing was stored.")
            }
            if value.isEmpty { answers[name] = .some(nil); continue }
            guard let number = Int(value), (scale.min...scale.max).contains(number) else {
                throw Refusal(.unprocessableContent,
                              "“\(value.prefix(20))” is not an answer to \(name): answers go from \(scale.min) to \(scale.max); nothing was stored.")
            }
            answers[name] = number
        }
        return answers
    }
}
#endif

// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import TapestryServe

/// Each security rule of issue 15, over HTTP: its status, and nothing stored.
@Suite struct SecurityTests {
    @Test func facilitatorPagesNeedTheSecret() async throws {
        let fixture = try ServerFixture()
        let (workshop, secret) = try await fixture.workshop()
        let token = try await fixture.seat(workshop, table: 0)
        _ = try await fixture.server.store.save(workshop: workshop.id, tokenHash: Secrets.hash(token), answers: ["EQ1": 4], submit: true)
        try await fixture.test { client in
            for path in ["", "/room", "/answers.csv"] {
                try await client.execute(uri: "/workshops/\(workshop.id)\(path)", method: .get) { response in
                    #expect(response.status == .forbidden, "\(path)")
                    #expect(!String(buffer: response.body).contains("EQ1"))
                }
                try await client.execute(uri: "/workshops/\(workshop.id)\(path)", method: .get,
                                         headers: [.cookie: "tapestry_w_\(workshop.id)=\(Secrets.token())"]) { response in
                    #expect(response.status == .forbidden, "wrong secret \(path)")
                }
            }
            // Closing without the secret changes nothing.
            let body = ServerFixture.body([("csrf", fixture.server.workshopCSRF(workshop))])
            try await client.execute(uri: "/workshops/\(workshop.id)/close", method: .post,
                                     headers: [.contentType: "application/x-www-form-urlencoded"], body: body) { response in
                #expect(response.status == .forbidden)
            }
            // With the secret, the CSV is there.
            try await client.execute(uri: "/workshops/\(workshop.id)/answers.csv", method: .get,
                                     headers: [.cookie: "tapestry_w_\(workshop.id)=\(secret)"]) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).hasPrefix("respondent,group,EQ1,"))
            }
        }
        #expect(try await fixture.server.store.workshop(id: workshop.id)?.isClosed == false)
    }

    @Test func creatingAWorkshopNeedsTheFacilitatorKey() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let body = ServerFixture.body([("csrf", fixture.server.createCSRF), ("title", "T"), ("tables", "A\nB"), ("minimumGroupSize", "1")])
            try await client.execute(uri: "/workshops", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: body) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/facilitator?key=\(Secrets.token())", method: .get) { response in
                #expect(response.status == .forbidden)
                #expect(response.headers[.setCookie] == nil)
            }
        }
        #expect(try await fixture.server.store.workshops().isEmpty)
    }

    @Test func participantFormsNeedTheirCSRFToken() async throws {
        let fixture = try ServerFixture()
        let (workshop, _) = try await fixture.workshop()
        let token = try await fixture.seat(workshop, table: 0)
        let cookie = "tapestry_participant=\(token)"
        try await fixture.test { client in
            for fields in [fixture.allAnswers(4), [("csrf", "0")] + fixture.allAnswers(4),
                           [("csrf", fixture.server.csrf(workshop, Secrets.token()))] + fixture.allAnswers(4)] {
                try await client.execute(uri: "/join/\(workshop.code)/submit", method: .post,
                                         headers: ServerFixture.formHeaders(cookie: cookie), body: ServerFixture.body(fields)) { response in
                    #expect(response.status == .forbidden)
                }
            }
            // No token cookie at all.
            try await client.execute(uri: "/join/\(workshop.code)/table", method: .post,
                                     headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ServerFixture.body([("table", "1")])) { response in
                #expect(response.status == .forbidden)
            }
        }
        #expect(try await fixture.server.store.submitted(workshop: workshop.id).isEmpty)
        #expect(try await fixture.server.store.participant(workshop: workshop.id, tokenHash: Secrets.hash(token))?.draft == [:])
    }

    @Test(arguments: [("EQ1", "6", "is not an answer to EQ1"), ("EQ1", "0", "from 1 to 5"), ("EQ1", "3.5", "is not an answer"),
                      ("EQ1", "<b>", "is not an answer"), ("XX9", "3", "is not a statement"), ("<script>", "1", "is not a statement")])
    func answersAreCheckedAgainstTheInstrument(item: String, value: String, says: String) async throws {
        let fixture = try ServerFixture()
        let (workshop, _) = try await fixture.workshop()
        let token = try await fixture.seat(workshop, table: 1)
        let fields = [("csrf", fixture.server.csrf(workshop, token))] + fixture.allAnswers(4) + [(item, value)]
        for path in ["submit", "step/1"] {
            try await fixture.test { client in
                try await client.execute(uri: "/join/\(workshop.code)/\(path)", method: .post,
                                         headers: ServerFixture.formHeaders(cookie: "tapestry_participant=\(token)"),
                                         body: ServerFixture.body(fields)) { response in
                    #expect(response.status == .unprocessableContent)
                    let page = String(buffer: response.body)
                    #expect(page.contains(says) && page.contains("nothing was stored"))
                    #expect(!page.contains("<script>"))
                }
            }
        }
        #expect(try await fixture.server.store.submitted(workshop: workshop.id).isEmpty)
        #expect(try await fixture.server.store.participant(workshop: workshop.id, tokenHash: Secrets.hash(token))?.draft == [:])
    }

    @Test func oversizedBodiesAreRefused() async throws {
        let fixture = try ServerFixture()
        let (workshop, _) = try await fixture.workshop()
        let token = try await fixture.seat(workshop, table: 0)
        let fields = [("csrf", fixture.server.csrf(workshop, token))] + fixture.allAnswers(4)
            + [("EQ1", String(repeating: "4", count: WorkshopServer.maximumBody))]
        try await fixture.test { client in
            try await client.execute(uri: "/join/\(workshop.code)/submit", method: .post,
                                     headers: ServerFixture.formHeaders(cookie: "tapestry_participant=\(token)"),
                                     body: ServerFixture.body(fields)) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
        #expect(try await fixture.server.store.submitted(workshop: workshop.id).isEmpty)
    }

    @Test func aTableNameWithMarkupIsRefusedAndATitleIsEscaped() async throws {
        let fixture = try ServerFixture()
        let key = "tapestry_facilitator=\(fixture.server.facilitatorKey)"
        try await fixture.test { client in
            for tables in ["Table 1\n<script>alert(1)</script>", "=HYPERLINK(\"x\")", "A\na"] {
                let body = ServerFixture.body([("csrf", fixture.server.createCSRF), ("title", "T"), ("tables", tables), ("minimumGroupSize", "1")])
                try await client.execute(uri: "/workshops", method: .post, headers: ServerFixture.formHeaders(cookie: key), body: body) { response in
                    #expect(response.status == .unprocessableContent, "\(tables)")
                    #expect(!String(buffer: response.body).contains("<script>"))
                }
            }
            #expect(try await fixture.server.store.workshops().isEmpty)
            // A title with markup is kept as typed and shown escaped.
            let body = ServerFixture.body([("csrf", fixture.server.createCSRF), ("title", "<script>alert(1)</script> & co"),
                                           ("tables", "O'Brien's table\nTable 2"), ("minimumGroupSize", "1")])
            try await client.execute(uri: "/workshops", method: .post, headers: ServerFixture.formHeaders(cookie: key), body: body) { response in
                #expect(response.status == .seeOther)
            }
            let workshop = try #require(try await fixture.server.store.workshops().first)
            try await client.execute(uri: "/join/\(workshop.code)", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
                #expect(page.contains("O&#39;Brien&#39;s table"))
                #expect(!page.contains("<script>"))
            }
        }
    }

    @Test func postsAreRateLimitedPerBrowser() async throws {
        let fixture = try ServerFixture(postsPerMinute: 5)
        let (workshop, _) = try await fixture.workshop()
        let token = try await fixture.seat(workshop, table: 0)
        let fields = [("csrf", fixture.server.csrf(workshop, token)), ("EQ1", "3")]
        var statuses: [HTTPResponse.Status] = []
        for _ in 0..<7 {
            statuses.append(try await fixture.test { client in
                try await client.execute(uri: "/join/\(workshop.code)/step/1", method: .post,
                                         headers: ServerFixture.formHeaders(cookie: "tapestry_participant=\(token)"),
                                         body: ServerFixture.body(fields)) { $0.status }
            })
        }
        #expect(statuses == Array(repeating: .seeOther, count: 5) + [.tooManyRequests, .tooManyRequests])
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        let fixture = try ServerFixture()
        let (workshop, secret) = try await fixture.workshop()
        let token = try await fixture.seat(workshop, table: 0)
        _ = try await fixture.server.store.save(workshop: workshop.id, tokenHash: Secrets.hash(token), answers: ["EQ1": 4, "EQ2": 2], submit: true)
        try await fixture.test { client in
            for (path, cookie) in [("/", ""), ("/join/\(workshop.code)", ""), ("/nowhere", ""),
                                   ("/workshops/\(workshop.id)/room", "tapestry_w_\(workshop.id)=\(secret)")] {
                try await client.execute(uri: path, method: .get, headers: cookie.isEmpty ? [:] : [.cookie: cookie]) { response in
                    let policy = try #require(response.headers[.contentSecurityPolicy])
                    #expect(policy.contains("default-src 'self'") && policy.contains("script-src 'none'") && policy.contains("frame-ancestors 'none'"))
                    #expect(!policy.contains("unsafe-inline"))
                    #expect(response.headers[.init("X-Frame-Options")!] == "DENY")
                    #expect(response.headers[.xContentTypeOptions] == "nosniff")
                    #expect(response.headers[.init("Referrer-Policy")!] == "no-referrer")
                    let page = String(buffer: response.body)
                    #expect(!page.contains("<script"))
                    if path.hasSuffix("/room") {
                        // The comparison page's one style element is allowed by its hash, nothing else inline.
                        let style = try #require(page.range(of: "<style>").flatMap { open in
                            page.range(of: "</style>").map { String(page[open.upperBound..<$0.lowerBound]) } })
                        #expect(policy.contains(Secrets.cspHash(style)))
                        #expect(page.contains("Comparing groups by table"))
                    }
                }
            }
        }
    }
}
#endif

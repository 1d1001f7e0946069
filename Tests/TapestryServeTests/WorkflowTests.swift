// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TapestryReport
import TapestryScoring
import Testing
@testable import TapestryServe

/// A participant's way through the forms, what is stored, and what the export and the room
/// view make of it.
@Suite struct WorkflowTests {
    @Test func aParticipantAnswersAreaByAreaThenSubmitsOnce() async throws {
        let fixture = try ServerFixture()
        let (workshop, _) = try await fixture.workshop()
        try await fixture.test { client in
            // Joining gives the browser a token and the choice of table.
            let (cookie, page) = try await client.execute(uri: "/join/\(workshop.code.lowercased())", method: .get) { response in
                (try #require(response.headers[.setCookie]?.split(separator: ";").first.map(String.init)), String(buffer: response.body))
            }
            #expect(page.contains("<legend>Which table are you at?</legend>"))
            let token = String(cookie.dropFirst("tapestry_participant=".count))
            let csrf = fixture.server.csrf(workshop, token)
            #expect(page.contains("value=\"\(csrf)\""))
            let headers = ServerFixture.formHeaders(cookie: cookie)
            try await client.execute(uri: "/join/\(workshop.code)/table", method: .post, headers: headers,
                                     body: ServerFixture.body([("csrf", csrf), ("table", "1")])) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/join/\(workshop.code)/step/1")
            }
            // Each area's screen saves its answers and moves on; the last goes to the review.
            let count = fixture.instrument.dimensions.count
            for (index, dimension) in fixture.instrument.dimensions.enumerated() {
                try await client.execute(uri: "/join/\(workshop.code)/step/\(index + 1)", method: .get, headers: [.cookie: cookie]) { response in
                    let page = String(buffer: response.body)
                    #expect(page.contains("Part \(index + 1) of \(count)"))
                    #expect(page.components(separatedBy: "<fieldset class=\"statement\">").count == dimension.items.count + 1, "\(page.prefix(600))")
                }
                let fields = [("csrf", csrf), ("go", "next")] + dimension.items.enumerated().map { ($1.id, $0 == 0 ? "" : String(1 + index % 5)) }
                try await client.execute(uri: "/join/\(workshop.code)/step/\(index + 1)", method: .post, headers: headers,
                                         body: ServerFixture.body(fields)) { response in
                    #expect(response.headers[.location] == (index + 1 < count ? "/join/\(workshop.code)/step/\(index + 2)" : "/join/\(workshop.code)/review"))
                }
            }
            try await client.execute(uri: "/join/\(workshop.code)/review", method: .get, headers: [.cookie: cookie]) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("Table: <strong>Table 2</strong>"))
                #expect(page.contains("\(count) statements have no answer"))
            }
            #expect(try await fixture.server.store.submitted(workshop: workshop.id).isEmpty)
            // Sent twice (a double click): stored once.
            for _ in 0..<2 {
                try await client.execute(uri: "/join/\(workshop.code)/submit", method: .post, headers: headers,
                                         body: ServerFixture.body([("csrf", csrf)])) { response in
                    #expect(response.headers[.location] == "/join/\(workshop.code)/sent")
                }
            }
            var sent = try await fixture.server.store.submitted(workshop: workshop.id)
            #expect(sent.count == 1)
            #expect(sent.first?.table == 1)
            #expect(sent.first?.answers.count == fixture.instrument.items.count - count)
            #expect(sent.first?.answers["EQ2"] == 1 && sent.first?.answers["ST2"] == 1 + 10 % 5)
            // A changed answer sent again replaces the earlier one.
            try await client.execute(uri: "/join/\(workshop.code)/submit", method: .post, headers: headers,
                                     body: ServerFixture.body([("csrf", csrf), ("EQ2", "5"), ("EQ3", "")])) { _ in }
            sent = try await fixture.server.store.submitted(workshop: workshop.id)
            #expect(sent.count == 1 && sent.first?.answers["EQ2"] == 5 && sent.first?.answers["EQ3"] == nil)
            // Once closed, nothing more comes in or changes.
            try await fixture.server.store.close(workshop: workshop.id)
            try await client.execute(uri: "/join/\(workshop.code)/submit", method: .post, headers: headers,
                                     body: ServerFixture.body([("csrf", csrf), ("EQ2", "1")])) { response in
                #expect(response.status == .conflict)
            }
            #expect(try await fixture.server.store.submitted(workshop: workshop.id).first?.answers["EQ2"] == 5)
        }
    }

    @Test func theFacilitatorOpensAWorkshopAndTheTerminalGetsTheSecret() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapestry-serve-\(UUID().uuidString)")
        let said = Said()
        let server = try WorkshopServer(store: try WorkshopStore(projectFolder: folder.path), instrument: try Instrument.partnershipHealth(),
                                        publicAddress: "http://127.0.0.1:9", minimumGroupSize: 5, toolVersion: "test",
                                        announce: { said.append($0) })
        try await Application(router: server.router()).test(.router) { client in
            let key = try await client.execute(uri: "/facilitator?key=\(server.facilitatorKey)", method: .get) { response in
                #expect(response.status == .seeOther)
                return try #require(response.headers[.setCookie]?.split(separator: ";").first.map(String.init))
            }
            try await client.execute(uri: "/", method: .get, headers: [.cookie: key]) { response in
                #expect(String(buffer: response.body).contains("<form method=\"post\" action=\"/workshops\">"))
            }
            let body = ServerFixture.body([("csrf", server.createCSRF), ("title", "May check-in"),
                                           ("tables", " Table A \r\n\r\nTable B\r\n"), ("minimumGroupSize", "3")])
            let secretCookie = try await client.execute(uri: "/workshops", method: .post, headers: ServerFixture.formHeaders(cookie: key), body: body) { response in
                #expect(response.status == .seeOther)
                return try #require(response.headers[.setCookie]?.split(separator: ";").first.map(String.init))
            }
            let workshop = try #require(try await server.store.workshops().first)
            #expect(workshop.tables == ["Table A", "Table B"] && workshop.minimumGroupSize == 3 && workshop.title == "May check-in")
            let printed = said.text
            #expect(printed.contains("http://127.0.0.1:9/join/\(workshop.code)"))
            let secret = String(secretCookie.split(separator: "=", maxSplits: 1)[1])
            #expect(printed.contains("/workshops/\(workshop.id)?secret=\(secret)"))
            try await client.execute(uri: "/workshops/\(workshop.id)", method: .get, headers: [.cookie: secretCookie]) { response in
                let page = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(page.contains(workshop.code) && page.contains("<td>Table B</td><td class=\"n\">0</td><td class=\"n\">0</td>"))
            }
            try await client.execute(uri: "/workshops/\(workshop.id)/close", method: .post, headers: ServerFixture.formHeaders(cookie: secretCookie),
                                     body: ServerFixture.body([("csrf", server.workshopCSRF(workshop))])) { response in
                #expect(response.status == .seeOther)
            }
            #expect(try await server.store.workshop(id: workshop.id)?.isClosed == true)
        }
    }

    @Test func theExportIsTheCanonicalCSVAndTheRoomViewScoresTheSameAnswers() async throws {
        let fixture = try ServerFixture()
        let (workshop, _) = try await fixture.workshop(tables: ["North, east", "South"], minimum: 1)
        let plans: [(Int, [String: Int])] = [(1, ["EQ1": 5, "EQ2": 4]), (0, ["EQ1": 2]), (1, ["EQ1": 3, "EQ2": 2, "DR1": 1]), (0, [:])]
        for (table, answers) in plans {
            let token = try await fixture.seat(workshop, table: table)
            _ = try await fixture.server.store.save(workshop: workshop.id, tokenHash: Secrets.hash(token), answers: answers, submit: true)
        }
        let sent = try await fixture.server.store.submitted(workshop: workshop.id)
        let csv = AnswersCSV.render(workshop, answers: sent, instrument: fixture.instrument)
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
        let blanks = fixture.instrument.items.count
        #expect(lines[0] == "respondent,group," + fixture.instrument.items.map(\.id).joined(separator: ","))
        #expect(lines[1] == "r1,\"North, east\",2" + String(repeating: ",", count: blanks - 1))
        #expect(lines[2] == "r2,\"North, east\"" + String(repeating: ",", count: blanks))
        #expect(lines[3].hasPrefix("r3,South,5,4,"))
        #expect(lines.count == 6 && lines[5] == "")
        // The room view scores the same sets: three respondents, the blank one set aside.
        let model = try RoomView.model(workshop, answers: sent, instrument: fixture.instrument, toolVersion: "t")
        let round = try #require(model.round)
        #expect(round.respondents == 3)
        #expect(round.rows.rejected == 1)
        #expect(model.shown.map(\.name) == ["North, east", "South"])
        // By hand: Equality needs 2 of its 4 statements; South's two score (5+4)/2 and (3+2)/2,
        // so 3.5; North's one answered a single statement, so no score; the room: 3.5.
        let equality = try #require(model.rows.first { $0.area.id == "equality" })
        #expect(equality.groups.map(\.mean) == [nil, 3.5])
        #expect(equality.room.mean == 3.5)
    }

    @Test func theStoreIsWrittenAheadWithItsMigrationsRecorded() async throws {
        let fixture = try ServerFixture()
        let path = fixture.folder.appendingPathComponent(WorkshopStore.relativePath).path
        let queue = try DatabaseQueue(path: path)
        let mode = try await queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        let migrations = try await queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(mode == "wal")
        #expect(migrations == ["1-workshops"])
    }
}
#endif

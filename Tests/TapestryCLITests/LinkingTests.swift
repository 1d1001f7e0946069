import Foundation
import TapestryTestSupport
import Testing

/// Rounds given in one run are linked member by member without a key file: by an e-mail
/// column (the canonical `respondent` column holding addresses, Google Forms' "Email
/// Address"), a member id, or `--link-by`; every output says how many members were linked or
/// why none were, and none holds an address or anything made from one (issue 10, item 8).
@Suite struct LinkingTests {
    /// Equality's statements, as Google Forms heads its grid columns with them.
    static let statements = [
        "Every member's voice carries weight here, whatever the size of their organisation.",
        "Members respect each other's mission, independence and limits.",
        "I can disagree openly in this coalition without it being held against me.",
        "A few large members decide things and the rest of us follow.",
    ]
    static let labels = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]

    /// Eight members in both rounds. Their equality scores spread widely (1 to 4) and rise by
    /// about one point each: clear when each member is compared with themselves, not when the
    /// rounds are compared as two groups.
    static let members = (1...8).map { "member\($0)@coalition.example" }
    static let before = [1, 4, 2, 3, 1, 4, 2, 3]
    static let after = [2, 5, 3, 3, 2, 5, 3, 4]

    /// The equality answers for a member score `v` (EQ4 is worded the other way).
    static func equality(_ v: Int) -> [Int] { [v, v, v, 6 - v] }

    /// A canonical round: `respondent` (the identifiers), equality, and transparency for the
    /// members `transparency` lists. One extra respondent per round answers only that round.
    static func canonical(_ identifiers: [String], scores: [Int], transparency: Set<Int> = [], extra: String) -> String {
        var csv = "respondent,EQ1,EQ2,EQ3,EQ4,TR1,TR2,TR3,TR4\n"
        for (index, identifier) in identifiers.enumerated() {
            let tr = transparency.contains(index) ? "3,3,4,3" : ",,,"
            csv += "\(identifier),\(equality(scores[index]).map(String.init).joined(separator: ",")),\(tr)\n"
        }
        return csv + "\(extra),3,3,3,3,,,,\n"
    }

    /// A Google Forms export (downloaded from its sheet): a timestamp, "Email Address", the
    /// organisation, then the grid's columns, answers as labels.
    static func googleForms(_ addresses: [String], scores: [Int], month: Int) -> String {
        var csv = "Timestamp,Email Address,What kind of organisation do you represent?,"
            + statements.map { "\"How much do you agree with each statement? [\($0)]\"" }.joined(separator: ",") + "\r\n"
        for (index, address) in addresses.enumerated() {
            csv += "\(month)/\(index + 1)/2026 10:0\(index % 10):00,\(address),Nonprofit,"
                + equality(scores[index]).map { labels[$0 - 1] }.joined(separator: ",") + "\r\n"
        }
        return csv
    }

    static func write(_ files: [String: String]) throws -> URL {
        let folder = try TapestryBinary.temporaryFolder()
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    static func json(_ arguments: [String], in folder: URL) throws -> [String: Any] {
        let result = try TapestryBinary.run(["assess"] + arguments + ["--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        return try jsonObject(result.stdout)
    }

    static func change(_ json: [String: Any], _ dimension: String) throws -> [String: Any] {
        try #require((json["changes"] as? [[String: Any]])?.first { $0["dimension"] as? String == dimension })
    }

    static func links(_ json: [String: Any]) throws -> [[String: Any]] {
        try #require(json["links"] as? [[String: Any]])
    }

    /// Every text output of a run with `--output` (JSON, Markdown, charts, the workbook's XML
    /// unzipped) and what it printed.
    static func outputs(_ arguments: [String], in folder: URL) throws -> [String] {
        let out = folder.appendingPathComponent("out-\(UUID().uuidString)")
        let result = try TapestryBinary.run(["assess"] + arguments + ["--output", out.path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        var texts = [result.stdout, result.stderr]
        let walker = try #require(FileManager.default.enumerator(atPath: out.path))
        while let name = walker.nextObject() as? String {
            let url = out.appendingPathComponent(name)
            var directory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &directory), !directory.boolValue else { continue }
            if name.hasSuffix(".xlsx") {
                let unzip = "import zipfile, sys\nz = zipfile.ZipFile(sys.argv[1])\nfor n in z.namelist(): print(z.read(n).decode('utf-8', 'replace'))"
                let xml = try Python.run(["-c", unzip, url.path])
                #expect(xml.status == 0, "\(xml.output)")
                #expect(xml.output.contains("Linked members"), "the workbook's Trend sheet lists the links")
                texts.append(xml.output)
            } else {
                texts.append(String(decoding: try Data(contentsOf: url), as: UTF8.self))
            }
        }
        let terminal = try TapestryBinary.run(["assess"] + arguments, in: folder)
        #expect(terminal.status == 0, "\(terminal.stderr)")
        return texts + [terminal.stdout, terminal.stderr]
    }

    /// HMAC-SHA256 of each identifier (trimmed, lower case) under `key`, by Python: in hex, and
    /// its first 11 bytes in base64url (the link key).
    static func hashes(_ identifiers: [String], key: String) throws -> [String] {
        let script = """
            import base64, hmac, hashlib, sys
            for i in sys.argv[2:]:
                digest = hmac.new(sys.argv[1].encode(), i.strip().lower().encode(), hashlib.sha256).digest()
                print(digest.hex())
                print(base64.urlsafe_b64encode(digest[:11]).decode().rstrip("="))
            """
        let result = try Python.run(["-c", script, key] + identifiers)
        #expect(result.status == 0, "\(result.output)")
        return result.output.split(separator: "\n").map(String.init)
    }

    /// The first run of 20 or more hex digits with a letter among them, what a hash looks like
    /// (plain numbers are digits only), if `text` has one.
    static func hashLike(_ text: String) -> String? {
        var run = ""
        var letter = false
        for character in text.unicodeScalars.map(Character.init) + [" "] {
            if character.isHexDigit && !character.isUppercase {
                run.append(character)
                letter = letter || character.isLetter
            } else {
                if run.count >= 20 && letter { return run }
                run = ""
                letter = false
            }
        }
        return nil
    }

    static func expectNothingPersonal(_ texts: [String], identifiers: [String], hashes: [String],
                                      sourceLocation: SourceLocation = #_sourceLocation) {
        for text in texts {
            for identifier in identifiers {
                let local = String(identifier.split(separator: "@")[0]).lowercased()
                #expect(!text.lowercased().contains(local + "@"), "an address leaked", sourceLocation: sourceLocation)
            }
            #expect(!text.contains("coalition.example"), "a domain leaked", sourceLocation: sourceLocation)
            for hash in hashes {
                #expect(!text.contains(hash.prefix(12)), "a hash leaked", sourceLocation: sourceLocation)
            }
            #expect(hashLike(text) == nil, "something like a hash: \(hashLike(text) ?? "")", sourceLocation: sourceLocation)
        }
    }

    @Test func emailRespondentsPairTheRoundsAndNeverReachAnOutput() throws {
        // The second round writes one address in capitals: addresses are compared without case.
        var second = Self.members
        second[0] = second[0].uppercased()
        let folder = try Self.write([
            "q1.csv": Self.canonical(Self.members, scores: Self.before, transparency: [0, 1, 2, 3], extra: "only.first@coalition.example"),
            "q2.csv": Self.canonical(second, scores: Self.after, transparency: [0, 1, 2, 3, 4], extra: "only.second@coalition.example"),
            "link.key": "a coordinator's secret\n",
            "q1-unlinked.csv": Self.canonical(Array(repeating: "", count: 8), scores: Self.before, extra: ""),
            "q2-unlinked.csv": Self.canonical(Array(repeating: "", count: 8), scores: Self.after, extra: ""),
        ])
        let json = try Self.json(["q1.csv", "q2.csv"], in: folder)
        let equality = try Self.change(json, "equality")
        #expect(equality["paired"] as? Bool == true)
        #expect(equality["pairs"] as? Int == 8)
        #expect(equality["direction"] as? String == "improved")
        // Four linked members have a transparency score in both rounds: fewer than 5, unpaired.
        let transparency = try Self.change(json, "transparency")
        #expect(transparency["paired"] as? Bool == false && transparency["pairs"] as? Int == 0)
        let health = try Self.change(json, "healthIndex")
        #expect(health["paired"] as? Bool == true && health["pairs"] as? Int == 8)
        let link = try #require(try Self.links(json).first)
        #expect(link["from"] as? String == "q1" && link["to"] as? String == "q2")
        #expect(link["linked"] as? Int == 8)
        #expect(link["columns"] as? [String] == ["respondent"])
        #expect(link["identified"] as? [String: Int] == ["from": 9, "to": 9])
        #expect(link["reason"] is NSNull)
        #expect((link["note"] as? String)?.hasPrefix("8 members linked by \"respondent\"") == true)

        // Compared as two groups, the same rise is not clear: the pairing is what finds it.
        let unpaired = try Self.json(["q1-unlinked.csv", "q2-unlinked.csv"], in: folder)
        #expect(try Self.change(unpaired, "equality")["direction"] as? String == "unclear")

        let all = Self.members + second + ["only.first@coalition.example", "only.second@coalition.example"]
        let keyed = try Self.hashes(all, key: "a coordinator's secret")
        let texts = try Self.outputs(["q1.csv", "q2.csv"], in: folder)
            + Self.outputs(["q1.csv", "q2.csv", "--link-key-file", "link.key"], in: folder)
        #expect(texts.contains { $0.contains("8 members linked by \"respondent\"") })
        Self.expectNothingPersonal(texts, identifiers: all, hashes: keyed)
    }

    /// The key is new at every run, and the keys' order with it: the numbers must not move.
    @Test func theSameRoundsGiveTheSameNumbersAtEveryRun() throws {
        let arguments = ["assess"] + RoundsTests.rounds + ["--format", "json"]
        let first = try TapestryBinary.run(arguments)
        #expect(first.status == 0)
        for _ in 0..<3 {
            #expect(try TapestryBinary.run(arguments).stdout == first.stdout)
        }
    }

    @Test func googleFormsEmailAddressLinksTheRounds() throws {
        let folder = try Self.write([
            "march.csv": Self.googleForms(Self.members + ["late@coalition.example"], scores: Self.before + [3], month: 3),
            "june.csv": Self.googleForms(Self.members.reversed() + ["new@coalition.example"],
                                         scores: Self.after.reversed() + [2], month: 6),
        ])
        let json = try Self.json(["march.csv", "june.csv"], in: folder)
        let equality = try Self.change(json, "equality")
        #expect(equality["paired"] as? Bool == true && equality["pairs"] as? Int == 8)
        #expect(equality["direction"] as? String == "improved")
        let link = try #require(try Self.links(json).first)
        #expect(link["linked"] as? Int == 8 && link["columns"] as? [String] == ["Email Address"])
        // The column is still personal: dropped from everything but the link.
        let inspection = try jsonObject(try TapestryBinary.run(["inspect", "march.csv", "--format", "json"], in: folder).stdout)
        let roles = (inspection["columns"] as? [[String: Any]] ?? []).map { "\($0["header"] ?? ""): \($0["role"] ?? "")" }
        #expect(roles.contains("Email Address: personal"))
        let texts = try Self.outputs(["march.csv", "june.csv"], in: folder)
        #expect(texts.contains { $0.contains("Email Address (read only to link members between rounds") })
        Self.expectNothingPersonal(texts, identifiers: Self.members + ["late@coalition.example", "new@coalition.example"], hashes: [])
    }

    /// Qualtrics-shaped rounds: a response id, new at every submission, and the member number
    /// the coordinator put in the contact list.
    static func memberNumbers(_ scores: [Int], prefix: String) -> String {
        var csv = "ResponseId,Member no.,EQ1,EQ2,EQ3,EQ4\n"
        for (index, score) in scores.enumerated() {
            csv += "R_\(prefix)\(index)x7Yq,N-\(100 + index),\(equality(score).map(String.init).joined(separator: ","))\n"
        }
        return csv
    }

    @Test func linkByNamesAMemberIdColumn() throws {
        let folder = try Self.write(["q1.csv": Self.memberNumbers(Self.before, prefix: "a"),
                                     "q2.csv": Self.memberNumbers(Self.after, prefix: "b")])
        // A response id links nothing, and the reports say so.
        let plain = try Self.json(["q1.csv", "q2.csv"], in: folder)
        #expect(try Self.change(plain, "equality")["paired"] as? Bool == false)
        let none = try #require(try Self.links(plain).first)
        #expect(none["linked"] as? Int == 0 && none["reason"] as? String == "noIdentifyingColumn")
        let note = try #require(none["note"] as? String)
        #expect(note.contains("\"ResponseId\" is new at every submission") && note.contains("--link-by"))
        let summary = try TapestryBinary.run(["assess", "q1.csv", "q2.csv"], in: folder).stdout
        #expect(summary.contains("Each area from q1 to q2\n  No member linked"))

        for name in ["Member no.", "member_no"] {
            let linked = try Self.json(["q1.csv", "q2.csv", "--link-by", name], in: folder)
            let equality = try Self.change(linked, "equality")
            #expect(equality["paired"] as? Bool == true && equality["pairs"] as? Int == 8)
            #expect(try Self.links(linked).first?["columns"] as? [String] == ["Member no."])
            // Used to link, the column is no longer reported as ignored.
            let findings = linked["findings"] as? [[String: Any]] ?? []
            #expect(!findings.contains { $0["column"] as? String == "Member no." })
        }
        #expect((plain["findings"] as? [[String: Any]] ?? []).contains { $0["column"] as? String == "Member no." })
        let missing = try TapestryBinary.run(["assess", "q1.csv", "q2.csv", "--link-by", "Member id"], in: folder)
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("q1.csv: --link-by Member id: there is no such column"))
        #expect(missing.stderr.contains("`Member no.`"))
    }

    @Test func whyNoMemberWasLinked() throws {
        let canonicalIDs = (1...8).map { "M0\($0)" }
        let folder = try Self.write([
            "emails.csv": Self.canonical(Self.members, scores: Self.before, extra: "x@coalition.example"),
            "ids.csv": Self.canonical(canonicalIDs, scores: Self.after, extra: "M99"),
            "others.csv": Self.canonical((1...8).map { "someone\($0)@elsewhere.example" }, scores: Self.after, extra: "y@elsewhere.example"),
            "anonymous.csv": "ID,Start time,Completion time,Email,Name,EQ1,EQ2,EQ3,EQ4\n"
                + (1...6).map { "\($0),1/15/24 10:20:01,1/15/24 10:23:45,anonymous,,4,3,4,2\n" }.joined(),
        ])
        let cases: [([String], String, String)] = [
            (["emails.csv", "ids.csv"], "differentColumns",
             "round emails identifies members by e-mail addresses (\"respondent\") and round ids by member ids (\"respondent\")"),
            (["emails.csv", "others.csv"], "noMemberInBoth", "no member identified by \"respondent\" answered both rounds"),
            (["emails.csv", "anonymous.csv"], "emptyColumn", "\"Email\" is empty in round anonymous"),
        ]
        for (files, reason, words) in cases {
            let json = try Self.json(files, in: folder)
            let link = try #require(try Self.links(json).first)
            #expect(link["linked"] as? Int == 0, "\(files)")
            #expect(link["reason"] as? String == reason, "\(files)")
            #expect((link["note"] as? String)?.contains(words) == true, "\(files): \(link["note"] ?? "")")
            #expect(try Self.change(json, "equality")["paired"] as? Bool == false)
        }
    }

    @Test func fourLinkedMembersAreTooFewToPair() throws {
        let folder = try Self.write([
            "q1.csv": Self.canonical(Array(Self.members.prefix(5)), scores: Array(Self.before.prefix(5)), extra: "a@coalition.example"),
            "q2.csv": Self.canonical(Array(Self.members.prefix(4)) + ["b@coalition.example"], scores: Array(Self.after.prefix(5)),
                                     extra: "c@coalition.example"),
            "q3.csv": Self.canonical(Array(Self.members.prefix(5)), scores: Array(Self.after.prefix(5)), extra: "d@coalition.example"),
        ])
        let json = try Self.json(["q1.csv", "q2.csv", "q3.csv"], in: folder)
        let links = try Self.links(json)
        #expect(links.compactMap { $0["linked"] as? Int } == [4, 4])
        #expect((links[0]["note"] as? String)?.contains("4 members linked by \"respondent\", fewer than 5") == true)
        let equality = (json["changes"] as? [[String: Any]] ?? []).filter { $0["dimension"] as? String == "equality" }
        #expect(equality.map { $0["paired"] as? Bool } == [false, false])
        // Five linked: paired (the first and the third round, given alone).
        let edge = try Self.json(["q1.csv", "q3.csv"], in: folder)
        #expect(try Self.change(edge, "equality")["pairs"] as? Int == 5)
    }

    /// `assess --project` and `portfolio` make their request in the same place: a project of
    /// two Google Forms rounds is linked by its e-mail column in both, and `link-by:` works there.
    @Test func projectsAndPortfoliosLinkTheSameWay() throws {
        let folder = try Self.write([
            "march.csv": Self.googleForms(Self.members, scores: Self.before, month: 3),
            "june.csv": Self.googleForms(Self.members, scores: Self.after, month: 6),
            "q1.csv": Self.memberNumbers(Self.before, prefix: "a"),
            "q2.csv": Self.memberNumbers(Self.after, prefix: "b"),
        ])
        let forms = folder.appendingPathComponent("forms")
        let numbers = folder.appendingPathComponent("numbers")
        for (project, files, extra) in [(forms, ["march.csv", "june.csv"], ""), (numbers, ["q1.csv", "q2.csv"], "link-by: Member no.\n")] {
            try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
            for file in files { try FileManager.default.copyItem(at: folder.appendingPathComponent(file), to: project.appendingPathComponent(file)) }
            try ("coalition: \(project.lastPathComponent)\n" + extra + "rounds:\n"
                + files.map { "  - file: \($0)\n" }.joined()).write(to: project.appendingPathComponent("tapestry.yaml"), atomically: true, encoding: .utf8)
            let json = try Self.json(["--project", project.path], in: folder)
            let health = try Self.change(json, "healthIndex")
            #expect(health["paired"] as? Bool == true && health["pairs"] as? Int == 8, "\(project.lastPathComponent)")
            #expect(health["direction"] as? String == "improved")
            #expect(try Self.links(json).first?["linked"] as? Int == 8)
        }
        let out = folder.appendingPathComponent("portfolio")
        let portfolio = try TapestryBinary.run(["portfolio", forms.path, numbers.path, "--output", out.path], in: folder)
        #expect(portfolio.status == 0, "\(portfolio.stderr)")
        // Unpaired, the health index's rise would be "no clear change".
        let rows = portfolio.stdout.split(separator: "\n").filter { $0.hasPrefix("| forms") || $0.hasPrefix("| numbers") }
        #expect(rows.count == 2 && rows.allSatisfy { $0.contains("improved") }, "\(portfolio.stdout)")
    }
}

import Foundation
import Testing
@testable import TapestryImport
import TapestryScoring

/// Values that look personal never reach a report: groups named like a person, an e-mail
/// address, an IP address or a phone number get neutral labels, and findings quote only
/// short cell text that does not look personal.
@Suite struct PersonalValueTests {
    static let instrument = CanonicalCSVReaderTests.instrument

    /// People's names, in the forms a respondent might type them.
    static let names = [
        "Bob Q. Jones", "Bob Q Jones", "Maria Garcia", "María García", "Jean-Pierre Dubois", "Anna Schmidt",
        "Mohammed Ali Khan", "Henry Leakname", "henry leakname", "BOB JONES", "Jones, Bob", "Priya Sharma",
        "Kim J. Park", "Siobhan O'Neill", "Hans-Peter Müller", "Sofía Hernández López", "Kwame Mensah",
        "Fatima Zahra", "Alice Member", "João Silva",
    ]

    /// Group names a coalition uses, which must keep their names.
    static let groups = [
        "Community groups", "Local Government", "Funders", "Table 3", "Faith Organisations", "Youth Network",
        "Health Services", "Housing Associations", "Board Members", "North Team", "Table A", "Small Charities",
        "Member organisations", "Steering Committee", "Faith Groups", "Local Authorities", "Arts Council",
        "Voluntary sector", "Grace Church", "N. Ireland", "W. Midlands", "Zone B East", "Anna's table",
        "Mark and Will", "Victoria Park Residents", "(not stated)", "Schools", "Police", "NHS Trust", "Sport England",
        "Disabled People's Organisations", "Tenants", "Table Mountain", "Youth", "Group 1",
    ]

    @Test(arguments: names)
    func namesAreRecognised(name: String) {
        #expect(PersonNameScreen.looksLikeName(name))
    }

    @Test(arguments: groups)
    func groupNamesAreNot(group: String) {
        #expect(!PersonNameScreen.looksLikeName(group))
    }

    @Test func theListIsShipped() {
        #expect(PersonNameScreen.givenNames.count > 300)
        #expect(PersonNameScreen.givenNames.contains("jose") && PersonNameScreen.givenNames.contains("bob"))
        #expect(PersonNameScreen.notNames.contains("faith") && !PersonNameScreen.givenNames.contains("faith"))
    }

    static func read(_ files: [String], groupBy: String? = "group") throws -> (rounds: [RoundResult], findings: [Finding]) {
        var builder = AssessmentBuilder(instrument: instrument, keepingResponses: true)
        var labels = GroupLabels()
        var findings: [Finding] = []
        let reader = ExportReader(instrument: instrument, options: ImportOptions(groupBy: groupBy))
        for (index, text) in files.enumerated() {
            let file = try SurveyFile(data: Data(text.utf8), path: "f\(index).csv", instrument: instrument)
            findings += try reader.read(file, defaultRound: "r\(index)", into: &builder, groupLabels: &labels).findings
        }
        return (builder.results(options: ScoringOptions(minimumGroupSize: 1)), findings)
    }

    @Test func personalGroupNamesGetNeutralLabelsInOrderOfFirstAppearance() throws {
        let text = """
            respondent,group,Q1,Q2
            a,alice.member@corp.example,4,4
            b,Funders,3,3
            c,192.168.77.12,2,2
            d,+44 20 7946 0018,5,5
            e,Bob Q. Jones,1,1
            f,alice.member@corp.example,4,4
            g,,3,3

            """
        let (rounds, findings) = try Self.read([text])
        #expect(rounds[0].groups.map(\.name) == ["(not stated)", "Funders", "Group 1", "Group 2", "Group 3", "Group 4"])
        #expect(rounds[0].groups.first { $0.name == "Group 1" }?.n == 2)
        #expect(rounds[0].responses.compactMap(\.group) == ["Group 1", "Funders", "Group 2", "Group 3", "Group 4", "Group 1", "(not stated)"])
        let renamed = findings.filter { $0.message.contains("look like personal data") }
        #expect(renamed.count == 1)
        #expect(renamed.first?.message.hasPrefix("4 group names look like personal data") == true)
        #expect(renamed.first?.column == "group" && renamed.first?.line == 2)
        for finding in findings {
            for value in ["alice", "192.168", "7946", "Jones"] { #expect(!finding.message.contains(value)) }
        }
    }

    @Test func labelsAreStableAcrossFilesOfARun() throws {
        let first = "respondent,group,Q1,Q2\na,Bob Q. Jones,4,4\nb,Funders,3,3\n"
        let second = "respondent,group,Q1,Q2\nc,Maria Garcia,4,4\nd,Bob Q. Jones,3,3\n"
        let (rounds, findings) = try Self.read([first, second])
        #expect(rounds[0].groups.map(\.name) == ["Funders", "Group 1"])
        #expect(rounds[1].groups.map(\.name) == ["Group 1", "Group 2"])
        #expect(findings.filter { $0.message.contains("like personal data") }.map(\.file) == ["f0.csv", "f1.csv"])
    }

    @Test func aNeutralLabelMakesRoomForARealGroupOfItsName() throws {
        // A workshop names its tables "Group 1", "Group 2"; one row names a person instead.
        let text = "respondent,group,Q1,Q2\na,Bob Q. Jones,4,4\nb,Group 1,3,3\nc,Group 2,2,2\nd,Bob Q. Jones,5,5\n"
        let (rounds, _) = try Self.read([text])
        let groups = rounds[0].groups
        #expect(groups.map(\.name) == ["Group 1", "Group 2", "Group 3"])
        #expect(groups.map(\.n) == [1, 1, 2])
        #expect(rounds[0].responses.compactMap(\.group) == ["Group 3", "Group 1", "Group 2", "Group 3"])
    }

    @Test func ordinaryGroupsGiveNoFinding() throws {
        let (_, findings) = try Self.read(["respondent,group,Q1,Q2\na,Faith Organisations,4,4\nb,Table 3,3,3\n"])
        #expect(!findings.contains { $0.message.contains("like personal data") })
    }

    @Test func findingsQuoteOnlyShortValuesThatDoNotLookPersonal() {
        #expect(ExportReader.quoted("maybe") == "\"maybe\"")
        #expect(ExportReader.quoted(" Stronlgy agree ") == "\"Stronlgy agree\"")
        #expect(ExportReader.quoted(String(repeating: "x", count: 24)) == "\"" + String(repeating: "x", count: 24) + "\"")
        #expect(ExportReader.quoted(String(repeating: "x", count: 25)) == "a long value (not shown)")
        #expect(ExportReader.quoted(String(repeating: "é", count: 25)) == "a long value (not shown)")
        #expect(ExportReader.quoted(String(repeating: "y", count: 5_000_000)) == "a long value (not shown)")
        for personal in ["Henry Leakname", "ann@example.org", "203.0.113.9", "+44 20 7946 0958", "2079460958", "Jones, Bob"] {
            #expect(ExportReader.quoted(personal) == "a value that looks like personal data (not shown)", "\(personal)")
        }
    }

    @Test func aNameInAnAnswerCellIsNotQuoted() throws {
        let text = "respondent,Q1,Q2\na,Henry Leakname,4\nb,I think this partnership works well for us,4\nc,maybe,4\nd,02079460018,4\ne,12,4\n"
        let (_, findings) = try Self.read([text], groupBy: nil)
        let messages = findings.map(\.message)
        #expect(messages.contains { $0.hasPrefix("a value that looks like personal data (not shown) is not an answer") })
        #expect(messages.contains { $0.hasPrefix("a long value (not shown) is not an answer") })
        #expect(messages.contains { $0.hasPrefix("\"maybe\" is not an answer") })
        #expect(messages.contains { $0.hasPrefix("a value that looks like personal data (not shown) is outside the scale") })
        #expect(messages.contains { $0.hasPrefix("12 is outside the scale") })
        for message in messages {
            for value in ["Henry", "Leakname", "partnership works", "2079460018"] { #expect(!message.contains(value)) }
        }
    }

    @Test func atMostMaximumGroupsDistinctGroupValues() throws {
        func file(groups: Int) -> String {
            "respondent,group,Q1,Q2\n" + (0..<groups).map { "r\($0),g\($0),3,3\n" }.joined() + "x,,4,4\n"
        }
        let limit = GroupLabels.maximumGroups
        let (rounds, _) = try Self.read([file(groups: limit)])
        #expect(rounds[0].groups.count == limit + 1)           // and "(not stated)"
        #expect(throws: ImportError.tooManyGroups(file: "f0.csv", line: limit + 2, column: "group", limit: limit)) {
            try Self.read([file(groups: limit + 1)])
        }
        // Across the files of a run.
        let half = "respondent,group,Q1,Q2\n" + (0..<limit / 2 + 1).map { "r\($0),a\($0),3,3\n" }.joined()
        let other = half.replacingOccurrences(of: ",a", with: ",b")
        #expect(throws: ImportError.self) { try Self.read([half, other]) }
    }
}

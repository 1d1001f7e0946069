import Foundation
import TapestryImport
import TapestryScoring
import Testing

/// What reading connection answers says to the coordinator: names not on the member list
/// (quoted only when they cannot be personal), misspelt members read as the closest one,
/// personal-looking values dropped and counted, and a member list that does not fit.
@Suite struct ConnectionFindingsTests {
    /// A canonical file with `rows` of (organisation, works_with, should_join).
    static func assess(_ rows: [(String, String, String)], members: [Member] = ConnectionShapes.members,
                       organisationColumn: Bool = true) throws -> Assessment {
        let items = ConnectionShapes.items.map(\.id)
        var lines = [["respondent"] + (organisationColumn ? ["organisation"] : []) + items + ["works_with", "should_join"]]
        for (index, row) in rows.enumerated() {
            lines.append(["R\(index)"] + (organisationColumn ? [row.0] : []) + ExportShapes.numbers(index) + [row.1, row.2])
        }
        let path = try ExportShapes.write(ConnectionShapes.csv(lines), named: "answers.csv")
        var request = AssessmentRequest(inputs: [.init(path: path, round: "round")])
        request.importing.members = members
        request.scoring = ScoringOptions(minimumGroupSize: 1)
        return try Assessor.assess(request, instrument: ConnectionShapes.instrument)
    }

    static func findings(_ assessment: Assessment, containing text: String) -> [Finding] {
        assessment.findings.filter { $0.message.contains(text) }
    }

    @Test func anUnmatchedMemberNameIsAWarningAtItsCell() throws {
        let assessment = try Self.assess([
            ("Riverside Food Bank", "Hope Kitchen; Riverside Food Network", ""),
            ("Hope Kitchen", "Riverside Food Network; Jane Plantedperson", ""),
        ])
        let unmatched = Self.findings(assessment, containing: "is not on the member list")
        #expect(unmatched.count == 2)
        let network = try #require(unmatched.first)
        #expect(network.severity == .warning)
        #expect(network.line == 2)
        #expect(network.column == "works_with")
        #expect(network.message.hasPrefix("\"Riverside Food Network\" (2 times) is not on the member list"))
        // A person's name is not quoted.
        let person = unmatched[1]
        #expect(person.line == 3)
        #expect(!person.message.contains("Plantedperson"))
        #expect(person.message.contains("not shown"))
        // The known tie is kept.
        #expect(assessment.rounds[0].network?.ties == 1)
    }

    @Test func aMisspeltMemberIsReadAsTheOneClosestAndSaidSo() throws {
        let assessment = try Self.assess([("Riverside Food Bank", "Hope Kitchn; Eastside Tenant Union", ""),
                                          ("Hope Kitchen", "riverside food bank", "")])
        let near = Self.findings(assessment, containing: "was read as the member")
        #expect(near.count == 2)
        #expect(near.first?.message.hasPrefix("\"Hope Kitchn\" was read as the member \"Hope Kitchen\"") == true)
        #expect(near.last?.message.hasPrefix("\"Eastside Tenant Union\" was read as the member \"Eastside Tenants Union\"") == true)
        #expect(near.allSatisfy { $0.severity == .info })
        let network = try #require(assessment.rounds[0].network)
        #expect(network.nodes[0].outDegree == 2)
        #expect(network.ties == 3)
        // Case alone is no misspelling: nothing said about "riverside food bank".
        #expect(!assessment.findings.contains { $0.message.contains("riverside food bank") })
    }

    @Test func personalLookingNamesAreDroppedAndCountedInOneFinding() throws {
        let assessment = try Self.assess([
            ("Riverside Food Bank", "Hope Kitchen; ann.planted@example.org", "Farmers Market; +44 20 7946 0555"),
            ("bob.planted@example.org", "Hope Kitchen", ""),
            ("Hope Kitchen", "0161 496 0123", "Farmers Market"),
        ])
        let personal = Self.findings(assessment, containing: "look like personal data")
        #expect(personal.count == 1)
        #expect(personal.first?.message.hasPrefix("4 answers look like personal data") == true)
        #expect(personal.first?.line == 2)
        for finding in assessment.findings {
            for value in ["planted", "7946", "0161"] { #expect(!finding.message.contains(value)) }
        }
        let network = try #require(assessment.rounds[0].network)
        // The second row's organisation was dropped (its tie with it), and the third row's only
        // name: two organisations responded, with one tie.
        #expect(network.responding == 2)
        #expect(network.ties == 1)
        #expect(network.suggestions == [NetworkSuggestion(name: "Farmers Market", mentions: 2)])
        #expect(!network.nodes.contains { $0.name.contains("planted") })
    }

    @Test func aPersonsNameIsNeitherASuggestionNorAnOrganisationOnTheMap() throws {
        // Suggestions and unlisted organisations reach every report: a person's name there is
        // personal data, so it is dropped and counted like an e-mail address.
        let assessment = try Self.assess([
            ("Riverside Food Bank", "Hope Kitchen", "Maria Plantedperson; Farmers Market"),
            ("Jane Plantedperson", "Hope Kitchen", "Farmers Market"),
            ("Hope Kitchen", "Riverside Food Bank", "Dr. Ann Plantedperson"),
        ])
        let personal = Self.findings(assessment, containing: "look like personal data")
        #expect(personal.first?.message.hasPrefix("3 answers look like personal data (an e-mail address, a phone number or a person's name)") == true)
        let network = try #require(assessment.rounds[0].network)
        #expect(network.suggestions == [NetworkSuggestion(name: "Farmers Market", mentions: 1)])
        #expect(!network.nodes.contains { $0.name.contains("Plantedperson") })
        for finding in assessment.findings { #expect(!finding.message.contains("Plantedperson")) }
    }

    @Test func aMemberListThatDoesNotMatchTheResponsesIsSaid() throws {
        let assessment = try Self.assess([("Northside Youth Club", "Hope Kitchen", ""), ("City Library", "", ""),
                                          ("Westfield Tenants", "Riverside Food Bank", ""), ("Hope Kitchen", "", "")])
        let mismatch = Self.findings(assessment, containing: "the member list does not seem to match")
        #expect(mismatch.count == 1)
        #expect(mismatch.first?.severity == .warning)
        #expect(mismatch.first?.message.contains("(3 of 4)") == true)
        // Organisations not on the list are nodes of their own, after the members.
        let network = try #require(assessment.rounds[0].network)
        #expect(network.members == ConnectionShapes.members.count + 3)
        #expect(network.nodes.suffix(3).map(\.name) == ["City Library", "Northside Youth Club", "Westfield Tenants"])
        #expect(network.nodes.suffix(3).allSatisfy { !$0.isMember && $0.responded })
    }

    @Test func withoutAnOrganisationColumnTheMapCannotBeDrawnAndItIsSaid() throws {
        let assessment = try Self.assess([("", "Hope Kitchen", ""), ("", "Riverside Food Bank", "")], organisationColumn: false)
        #expect(Self.findings(assessment, containing: "no column says which organisation").count == 1)
        // No organisation responded, so there is no map.
        #expect(assessment.rounds[0].network == nil)
    }

    @Test func withoutAMemberListItIsSaidAndNoMapIsDrawn() throws {
        let assessment = try Self.assess([("Hope Kitchen", "Riverside Food Bank", "")], members: [])
        #expect(Self.findings(assessment, containing: "no member list was given").count == 1)
        #expect(assessment.rounds[0].network == nil)
        // An organisation column alone, without a name given, asks for nothing.
        let quiet = try Self.assess([("Hope Kitchen", "", "")], members: [])
        #expect(Self.findings(quiet, containing: "member list").isEmpty)
    }

    @Test func fewerOrganisationsThanTheMinimumGroupHideTheMapUnlessAsked() throws {
        let path = try ExportShapes.write(ConnectionShapes.canonical(), named: "canonical.csv")
        var request = AssessmentRequest(inputs: [.init(path: path, round: "round")])
        request.importing.members = ConnectionShapes.members
        // Six organisations responded.
        request.scoring = ScoringOptions(minimumGroupSize: 7)
        #expect(try Assessor.assess(request, instrument: ConnectionShapes.instrument).rounds[0].network == nil)
        request.scoring = ScoringOptions(minimumGroupSize: 6)
        #expect(try Assessor.assess(request, instrument: ConnectionShapes.instrument).rounds[0].network?.responding == 6)
        request.scoring = ScoringOptions(minimumGroupSize: 7, showNetwork: true)
        #expect(try Assessor.assess(request, instrument: ConnectionShapes.instrument).rounds[0].network?.responding == 6)
    }

    @Test func choiceCodesWithoutTheirNamesAskForAMapping() throws {
        let assessment = try Self.assess([("Riverside Food Bank", "1,4", ""), ("Hope Kitchen", "SQ002", "")])
        let codes = Self.findings(assessment, containing: "looks like a choice's code")
        #expect(codes.map(\.message.first) == ["\"", "\"", "\""])
        #expect(codes.first?.message.contains("`choices: { works_with: { \"1\": Riverside Food Bank } }`") == true)
        #expect(codes.last?.message.hasPrefix("\"SQ002\"") == true)
    }
}

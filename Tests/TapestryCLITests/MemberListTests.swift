import Foundation
import TapestryImport
import TapestryScoring
import Testing
@testable import tapestry

/// The member list: `--members FILE` over the project's `members:` (a list, `{ name, type }`
/// pairs, or a CSV's path), `--organisation-column` and `--show-network` over the project's,
/// and a list that cannot be used exits 64 with its line.
@Suite struct MemberListTests {
    static func project(_ extra: String) throws -> URL {
        let folder = try TapestryBinary.temporaryFolder()
        try "name,type\nFlag Member,ngo\n".write(to: folder.appendingPathComponent("flag.csv"), atomically: true, encoding: .utf8)
        try "organisation;type\nCsv Member;faith\n\nOther Member;\n".write(to: folder.appendingPathComponent("listed.csv"), atomically: true, encoding: .utf8)
        try ("rounds:\n  - file: q1.csv\n" + extra).write(to: folder.appendingPathComponent("tapestry.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aFlagWinsOverTheProjectWhichWinsOverNone() throws {
        let folder = try Self.project("""
            members:
              - Plain Member
              - { name: Typed Member, type: faith }
            organisation-column: Project org
            show-network: true

            """)
        let project = try ProjectFile.load(folder.path)
        let fromProject = try RunSettings(project: project, environment: [:])
        #expect(fromProject.request.importing.members == [Member(name: "Plain Member"), Member(name: "Typed Member", type: "faith")])
        #expect(fromProject.request.importing.organisationColumn == "Project org")
        #expect(fromProject.request.scoring.showNetwork)
        var choices = RunChoices()
        choices.members = folder.appendingPathComponent("flag.csv").path
        choices.organisationColumn = "Flag org"
        let fromFlags = try RunSettings(project: project, choices: choices, environment: [:])
        #expect(fromFlags.request.importing.members == [Member(name: "Flag Member", type: "ngo")])
        #expect(fromFlags.request.importing.organisationColumn == "Flag org")
        let none = try RunSettings(project: ProjectFile.load(try Self.project("").path), environment: [:])
        #expect(none.request.importing.members.isEmpty)
        #expect(!none.request.scoring.showNetwork)
    }

    @Test func aProjectMayNameACSVOfMembers() throws {
        let folder = try Self.project("members: listed.csv\n")
        let settings = try RunSettings(project: ProjectFile.load(folder.path), environment: [:])
        // `organisation` heads the names; `;` delimits; a blank line and a blank type are nothing.
        #expect(settings.request.importing.members == [Member(name: "Csv Member", type: "faith"), Member(name: "Other Member")])
    }

    @Test(arguments: [
        ("name,type\nFood Bank,ngo\nfood  bank.,ngo\n", ":3: the member list: the same organisation is listed twice (first on line 2)"),
        ("name\nchair@foodbank.example\n", ":2: the member list: a name looks like an e-mail address or a phone number"),
        ("group,type\nFood Bank,ngo\n", ":1: the member list: no `name` column"),
        ("name,type\n,ngo\n", ":2: the member list: a member has no name"),
    ])
    func aListThatCannotBeUsedExits64(text: String, message: String) throws {
        let folder = try TapestryBinary.temporaryFolder()
        let members = folder.appendingPathComponent("members.csv")
        try text.write(to: members, atomically: true, encoding: .utf8)
        let result = try TapestryBinary.run(["assess", "samples/riverside/responses.csv", "--members", members.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains(members.path + message), "\(result.stderr)")
    }

    @Test func aProjectListThatCannotBeUsedExits64WithItsLine() throws {
        let folder = try Self.project("members:\n  - Food Bank\n  - { type: ngo }\n")
        let result = try TapestryBinary.run(["assess", "--project", folder.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("tapestry.yaml:5: the member list: each member is a name, or `name:` with an optional `type:`."),
                "\(result.stderr)")
    }

    @Test func showNetworkShowsTheMapOfFewOrganisations() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let members = folder.appendingPathComponent("members.csv")
        try "name\nFood Bank\nHope Kitchen\n".write(to: members, atomically: true, encoding: .utf8)
        let header = try TapestryBinary.run(["template", "csv"]).stdout.split(separator: "\n")[0]
        let items = header.split(separator: ",").count - 5
        let answers = (0..<items).map { _ in "4" }.joined(separator: ",")
        let input = folder.appendingPathComponent("answers.csv")
        try "\(header)\nr1,,Food Bank,\(answers),Hope Kitchen,\nr2,,Hope Kitchen,\(answers),Food Bank,\n"
            .write(to: input, atomically: true, encoding: .utf8)
        let hidden = try TapestryBinary.run(["assess", input.path, "--members", members.path, "--format", "json"])
        #expect(hidden.status == 0, "\(hidden.stderr)")
        #expect(hidden.stdout.contains("\"network\": null"))
        let shown = try TapestryBinary.run(["assess", input.path, "--members", members.path, "--format", "json", "--show-network"])
        #expect(shown.stdout.contains("\"reciprocity\": 1"), "\(shown.stdout)")
    }
}

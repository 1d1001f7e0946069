import ArgumentParser
import Foundation
import TapestryImport

/// How to read exports: shared by `assess`, `compare` and `inspect`.
struct ImportFlags: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A mapping file (YAML) for headings and answer labels tapestry cannot work out (`inspect` shows what to add).",
        valueName: "file"))
    var map: String?

    @Flag(name: .long, help: "Score partial and test responses too (by default they are counted and set aside).")
    var includePartial = false

    @Option(name: .long, help: ArgumentHelp(
        "A file holding a secret key, so that members get the same keyed hash in every run (or set \(SettingsFiles.linkKeyVariable)); without one, a key made for the run links its rounds. Keep it out of the reports' folder.",
        valueName: "file"))
    var linkKeyFile: String?

    @Option(name: .long, help: ArgumentHelp(
        "The coalition's member list: a CSV with a `name` column and an optional `type` column, for the map of connections (over a project's `members:`).",
        valueName: "file"))
    var members: String?

    @Option(name: .long, help: ArgumentHelp(
        "The heading of the column that says which organisation each respondent speaks for (default: a column named `organisation`).",
        valueName: "heading"))
    var organisationColumn: String?

    @Flag(name: .long, help: "Show the map of connections even when fewer organisations responded than --min-group-size.")
    var showNetwork = false

    /// The flags as choices over a project's settings.
    var choices: RunChoices {
        var choices = RunChoices()
        choices.map = map
        choices.includePartial = includePartial
        choices.linkKeyFile = linkKeyFile
        choices.members = members
        choices.organisationColumn = organisationColumn
        choices.showNetwork = showNetwork ? true : nil
        return choices
    }
}

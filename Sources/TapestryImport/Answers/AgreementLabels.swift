import TapestryScoring
import TapestryTemplates
import Yams

/// The agreement labels of `Templates/labels/agreement-5.yaml`: other languages' words for
/// each point of a 5-point agreement scale, and for "don't know".
struct AgreementLabels: Sendable {
    static let templatePath = "labels/agreement-5.yaml"

    var points: [Int: [String]] = [:]
    var missing: [String] = []

    /// The table as shipped; empty if the template is missing or broken (a test checks it is not).
    static let shipped: AgreementLabels = {
        guard let yaml = TemplateFiles.contents(of: templatePath),
              let root = try? SettingsYAML.compose(yaml)?.mapping else { return AgreementLabels() }
        var table = AgreementLabels()
        for (key, value) in root["points"]?.mapping ?? [:] {
            if let point = SettingsYAML.integer(key) { table.points[point] = value.sequence?.compactMap(\.string) ?? [] }
        }
        table.missing = root["missing"]?.sequence?.compactMap(\.string) ?? []
        return table
    }()
}

import TapestryScoring

/// The blank canonical CSV (`tapestry template csv`): `respondent,group,` then one column per
/// item id, in instrument order; with connection questions, `organisation` (the respondent's
/// own) after `group`, and one column per question id at the end, whose cells list names
/// separated by `;`.
public enum CanonicalCSVTemplate {
    /// The header line, ending with a newline.
    public static func render(_ instrument: Instrument) -> String {
        let organisation = instrument.connections.isEmpty ? [] : ["organisation"]
        return (["respondent", "group"] + organisation + instrument.items.map(\.id) + instrument.connections.map(\.id))
            .joined(separator: ",") + "\n"
    }
}

import TapestryScoring

/// The blank canonical CSV (`tapestry template csv`): `respondent,group,` then one column per
/// item id, in instrument order.
public enum CanonicalCSVTemplate {
    /// The header line, ending with a newline.
    public static func render(_ instrument: Instrument) -> String {
        (["respondent", "group"] + instrument.items.map(\.id)).joined(separator: ",") + "\n"
    }
}

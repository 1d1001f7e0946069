import TapestryScoring

/// Finds the instrument item a column holds: by item id; by the mapping file; by the item's
/// text once case, spacing, punctuation and HTML are normalised (in the whole heading, the
/// part in brackets, or after ` - `); or, only when exactly one item comes close, by a text
/// within a few edits (a typo fixed in the survey) or the start of a cut label (`...`).
public struct ItemMatcher: Sendable {
    private let ids: [String: Int]
    private let texts: [(normalized: String, item: Int)]
    /// Each text's length in characters and its scalars, for the edit distance.
    private let measured: [(length: Int, scalars: [Unicode.Scalar])]
    private let textIndex: [String: Int]
    private let mapped: [String: Int]

    /// The longest heading (in characters) compared with the items by edit distance, 1,000:
    /// no statement is a page long, and the comparison costs the length times 8 % of it,
    /// which for a heading of a megabyte would never end.
    static let nearMatchLength = 1_000

    /// Prepares a matcher; `mapping` is header → item id from a mapping file (already checked).
    public init(instrument: Instrument, mapping: [String: String] = [:]) {
        var ids: [String: Int] = [:]
        var textIndex: [String: Int] = [:]
        var texts: [(String, Int)] = []
        for (index, item) in instrument.items.enumerated() {
            ids[TextFolding.fold(item.id)] = index
            let normalized = TextFolding.normalizeStatement(item.text)
            textIndex[normalized] = index
            texts.append((normalized, index))
        }
        self.ids = ids
        self.texts = texts
        measured = texts.map { ($0.0.count, Array($0.0.unicodeScalars)) }
        self.textIndex = textIndex
        var mapped: [String: Int] = [:]
        for (header, id) in mapping {
            if let index = ids[TextFolding.fold(id)] { mapped[TextFolding.fold(header)] = index }
        }
        self.mapped = mapped
    }

    /// The item this column holds, if any.
    public func match(_ header: ColumnHeader) -> ItemMatch? {
        for name in header.names {
            if let item = mapped[TextFolding.fold(name)] { return ItemMatch(item: item, kind: .exact) }
        }
        for name in [header.name, header.importId].compactMap({ $0 }) {
            if let item = ids[TextFolding.fold(name)] { return ItemMatch(item: item, kind: .exact) }
        }
        let candidates = header.statementCandidates.map(TextFolding.normalizeStatement).filter { !$0.isEmpty }
        for candidate in candidates {
            if let item = textIndex[candidate] { return ItemMatch(item: item, kind: .exact) }
        }
        for candidate in candidates {
            if let match = nearMatch(candidate) { return match }
        }
        return nil
    }

    /// A text within max(2, 8 %) edits of exactly one item (and clearly further from any
    /// other), or a label cut with `...` that starts exactly one item's text.
    private func nearMatch(_ candidate: String) -> ItemMatch? {
        guard candidate.count >= 12 else { return nil }
        if candidate.hasSuffix("...") || candidate.hasSuffix("…") {
            let stem = String(candidate.dropLast(candidate.hasSuffix("…") ? 1 : 3)).trimmed
            let starts = texts.filter { $0.normalized.hasPrefix(stem) }
            if stem.count >= 12, starts.count == 1 { return ItemMatch(item: starts[0].item, kind: .near(text: candidate)) }
            return nil
        }
        guard candidate.count <= Self.nearMatchLength else { return nil }
        let limit = max(2, candidate.count * 8 / 100)
        var best: (item: Int, distance: Int)?
        var secondDistance = Int.max
        let candidateChars = Array(candidate.unicodeScalars)
        let length = candidate.count
        for ((_, item), (textLength, textChars)) in zip(texts, measured) where abs(textLength - length) <= limit {
            guard let distance = EditDistance.bounded(candidateChars, textChars, limit: limit) else { continue }
            if best == nil || distance < best!.distance {
                secondDistance = best?.distance ?? Int.max
                best = (item, distance)
            } else {
                secondDistance = min(secondDistance, distance)
            }
        }
        guard let best, secondDistance > best.distance + 1 else { return nil }
        return ItemMatch(item: best.item, kind: .near(text: candidate))
    }
}

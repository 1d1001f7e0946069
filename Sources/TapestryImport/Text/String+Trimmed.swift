import Foundation

extension String {
    /// The text without leading and trailing white space and line breaks (Foundation's
    /// `.whitespacesAndNewlines`).
    /// Most cells have nothing to trim; checking the ends first avoids any work for them. The
    /// others are trimmed scalar by scalar from each end, looking only at what is removed:
    /// Foundation's `trimmingCharacters` copied the whole text through UTF-16 first (a third
    /// of the time a long `round` cell took, read again on every row).
    var trimmed: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        let plain: (UInt8) -> Bool = { $0 > 0x20 && $0 < 0x7F }
        if plain(first) && plain(last) { return self }
        let scalars = unicodeScalars
        let space = CharacterSet.whitespacesAndNewlines
        guard let start = scalars.firstIndex(where: { !space.contains($0) }),
              let end = scalars.lastIndex(where: { !space.contains($0) }) else { return "" }
        if start == scalars.startIndex && scalars.index(after: end) == scalars.endIndex { return self }
        return String(scalars[start...end])
    }
}

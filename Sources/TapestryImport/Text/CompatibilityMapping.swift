import Foundation

/// Unicode's compatibility mappings (the "K" of NFKC) for single characters: ligatures (ﬀ →
/// ff), full-width forms (Ａ → A), superscripts (² → 2), the no-break space and the like.
///
/// The table is made once, at first use (under 0.1 s), by asking Foundation for the NFKC of
/// each character below U+30000 whose NFKC case folding differs from it (about 6,500; 4,900
/// map to something else). Foundation's NFKC of a whole text is not used: it takes time that
/// grows with the square of the characters it expands (11 s for a megabyte of ligatures).
/// Canonical equivalence (NFC: composed and decomposed accents) needs no table: Swift
/// compares strings by it.
enum CompatibilityMapping {
    /// Each character that NFKC replaces, by code point, and what it becomes.
    static let table: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        for value in UInt32(0xA0)..<0x30000 {
            guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenNFKCCaseFolded else { continue }
            let mapped = Array(String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars)
            if mapped != [scalar] { table[value] = mapped }
        }
        return table
    }()
}

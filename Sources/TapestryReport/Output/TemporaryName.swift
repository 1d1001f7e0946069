/// The names of the writers' temporaries: `.<name>.tapestry-<random>` beside the output
/// `<name>` (a folder for a report set, a file for a single output). The random part makes a
/// name that cannot be guessed in advance, so no link can be planted at it; the fixed part
/// lets a later run find what a killed run left behind.
enum TemporaryName {
    /// The length of the random part: 10 characters of 36, about 52 bits.
    static let suffixLength = 10
    /// How many random names are tried before giving up (each taken one is a collision of
    /// 52 random bits, or a name planted by someone guessing).
    static let attempts = 100
    /// The most bytes of the output's name kept in the temporary's name, so that the whole
    /// stays under the 255 bytes a file name may have.
    static let maximumNameBytes = 100

    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")

    /// The fixed part of the temporaries of the output `name`.
    static func prefix(for name: String) -> String {
        var kept = ""
        var bytes = 0
        for character in name {
            bytes += character.utf8.count
            if bytes > maximumNameBytes { break }
            kept.append(character)
        }
        return "." + kept + ".tapestry-"
    }

    /// A fresh random part.
    static func suffix() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<suffixLength).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// Whether `entry` is a temporary of the output `name`.
    static func isTemporary(_ entry: String, of name: String) -> Bool {
        let prefix = prefix(for: name)
        guard entry.hasPrefix(prefix) else { return false }
        let rest = entry.dropFirst(prefix.count)
        return rest.count == suffixLength && rest.allSatisfy { alphabet.contains($0) }
    }
}

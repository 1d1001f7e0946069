/// Folds text for matching labels and headers: lower case, every run of white space
/// (including non-breaking spaces) turned into one space, and trimmed.
enum TextFolding {
    static func fold(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}

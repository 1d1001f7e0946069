/// Escapes text from an instrument or the input for Markdown, so that it shows as written
/// and cannot add markup, links or HTML.
enum MarkdownText {
    /// Text on one line of running Markdown: line breaks become spaces, and characters with a
    /// meaning in Markdown or HTML are escaped.
    static func inline(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\n", "\r", "\r\n": result.append(" ")
            case "\\", "`", "*", "_", "[", "]", "#", "|", "!", "~":
                result.append("\\")
                result.append(character)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Text inside a table cell: as ``inline(_:)`` (which already escapes `|`).
    static func cell(_ text: String) -> String { inline(text) }
}

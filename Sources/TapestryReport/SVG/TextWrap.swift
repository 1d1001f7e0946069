/// Breaks a label into lines that fit a width in a chart, at spaces (a word longer than a
/// line is cut into pieces), so that a label is shown whole rather than cut short. SVG text
/// does not wrap by itself, and the fonts a viewer has are unknown, so the width of a
/// character is estimated generously for Helvetica, Arial and their look-alikes.
enum TextWrap {
    /// The width of an average character as a share of the font size: 0.52 (Helvetica's
    /// lower-case letters average about 0.5; capitals and digits run wider).
    static let characterWidth = 0.52

    /// How many characters fit `width` at `size`.
    static func characters(width: Double, size: Double) -> Int {
        max(8, Int(width / (size * characterWidth)))
    }

    /// `text` in lines of at most `characters(width:size:)` characters.
    static func lines(_ text: String, width: Double, size: Double) -> [String] {
        let room = characters(width: width, size: size)
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: { $0 == " " || $0.isNewline }).map(String.init) {
            var word = word
            while word.count > room {
                if !line.isEmpty { lines.append(line); line = "" }
                lines.append(String(word.prefix(room)))
                word = String(word.dropFirst(room))
            }
            if line.isEmpty {
                line = word
            } else if line.count + 1 + word.count <= room {
                line += " " + word
            } else {
                lines.append(line)
                line = word
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}

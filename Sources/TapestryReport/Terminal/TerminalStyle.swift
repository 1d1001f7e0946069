import Rainbow
import TapestryScoring

/// Colours for the terminal summary, applied only when colour is on.
package struct TerminalStyle: Sendable {
    let colored: Bool

    func band(_ text: String, _ band: Band?) -> String {
        guard colored, let band else { return text }
        switch band {
        case .strength: return text.green
        case .borderline: return text.yellow
        case .concern: return text.red
        }
    }

    func heading(_ text: String) -> String { colored ? text.bold : text }
    func dim(_ text: String) -> String { colored ? text.dim : text }
    func warning(_ text: String) -> String { colored ? text.yellow : text }

    /// Removes control characters (escape sequences, line breaks) from text that came from
    /// the input, so that a group name cannot move the cursor or break a line. (Package access:
    /// `tapestry inspect`'s text cleans headings with it too.)
    package static func clean(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control ? " " : Character(scalar)
        })
    }
}

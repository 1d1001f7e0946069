import Foundation

extension String {
    /// The text without leading and trailing white space and line breaks.
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

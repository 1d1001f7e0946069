extension String {
    /// The text with its lines joined by single spaces: the terminal summary wraps its
    /// sentences and findings to the width, so a phrase may run over two lines.
    var unwrapped: String {
        replacingOccurrences(of: #"[ \t]*\n[ \t]*"#, with: " ", options: .regularExpression)
    }
}

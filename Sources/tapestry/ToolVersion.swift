/// The version `tapestry --version` prints; kept in step with CHANGELOG.md.
enum ToolVersion {
    static let current = "0.1.0"
}

// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
/// The rule for a table's name, which becomes a group in the answers' CSV and in every report:
/// 1 to 40 letters, digits, spaces and `. , ' & ( ) / # _ -`, not starting with a character a
/// spreadsheet would read as a formula (`= + - @`).
enum TableName {
    static let maximumLength = 40

    /// Why `name` cannot name a table, or nil when it can.
    static func problem(_ name: String) -> String? {
        if name.isEmpty { return "A table needs a name." }
        if name.count > maximumLength { return "“\(name.prefix(maximumLength))…” is too long for a table name (at most \(maximumLength) characters)." }
        if let first = name.first, "=+-@".contains(first) {
            return "A table name cannot start with \(first) (spreadsheets would read it as a formula)."
        }
        let allowed = " .,'&()/#_-"
        if let bad = name.first(where: { !($0.isLetter || $0.isNumber || allowed.contains($0)) }) {
            return "A table name can hold letters, digits, spaces and . , ' & ( ) / # _ - only, not “\(bad)”."
        }
        return nil
    }
}
#endif

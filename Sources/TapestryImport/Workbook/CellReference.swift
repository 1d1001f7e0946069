/// A cell reference (`B12`, `xfd1048576`): letters for the column, then digits for the row.
enum CellReference: Equatable {
    /// The 0-based column.
    case column(Int)
    /// The column lies beyond the limit (however many letters it has).
    case beyondLimit
    /// Not letters then digits.
    case invalid

    /// Reads `reference`, counting columns only up to `maxColumns`, so no reference can
    /// overflow, whatever its length.
    init(_ reference: String, maxColumns: Int) {
        var column = 0, letters = 0, digits = 0
        for byte in reference.utf8 {
            let upper = byte & 0xDF  // a–z as A–Z
            if upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") {
                guard digits == 0 else { self = .invalid; return }
                letters += 1
                if column <= maxColumns { column = column * 26 + Int(upper) - 64 }
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                guard letters > 0 else { self = .invalid; return }
                digits += 1
            } else {
                self = .invalid
                return
            }
        }
        guard letters > 0, digits > 0 else { self = .invalid; return }
        self = column > maxColumns ? .beyondLimit : .column(column - 1)
    }

    /// The letters of a 0-based column (0 → `A`, 16,383 → `XFD`).
    static func letters(_ column: Int) -> String {
        var name = "", rest = max(0, column)
        while true {
            name = String(UnicodeScalar(UInt8(65 + rest % 26))) + name
            rest = rest / 26 - 1
            if rest < 0 { return name }
        }
    }
}

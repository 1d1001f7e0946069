/// Excel's serial dates as text, for tests.
public enum SheetParserProbe {
    /// The serial as `yyyy-MM-dd HH:mm:ss` (or as a number, outside Excel's dates).
    public static func date(_ serial: Double) -> String { ExcelSerialDate.text(serial) ?? String(serial) }
}

import Foundation

/// One file of a report set: its name in the report folder (`charts/trend.svg`) and either its
/// bytes or a function that writes it at a path it is given (libxlsxwriter writes only to a
/// path), so that a large workbook goes straight into the set's temporary folder.
public struct ReportFile {
    /// How the file's contents come.
    enum Source {
        /// The bytes.
        case data(Data)
        /// A function that creates the file at the path it is given (which does not exist yet).
        case writer((String) throws -> Void)
    }

    /// The file's path inside the report folder, `/`-separated.
    public let name: String
    let source: Source

    /// A file with these bytes.
    public init(_ name: String, contents: Data) {
        self.name = name
        source = .data(contents)
    }

    /// A file that `write` creates at the path it is given (in the set's private temporary
    /// folder, where nothing else is).
    public init(_ name: String, writtenBy write: @escaping (String) throws -> Void) {
        self.name = name
        source = .writer(write)
    }
}

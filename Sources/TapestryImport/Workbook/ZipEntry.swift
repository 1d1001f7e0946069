/// One part of a zip archive, as its central directory describes it and its local header
/// places it: every offset and size here has been checked to lie inside the archive.
struct ZipEntry: Sendable, Equatable {
    /// How the bytes are stored.
    enum Method: Sendable, Equatable {
        case stored
        case deflated
    }

    /// The path inside the archive (`xl/worksheets/sheet1.xml`).
    let name: String
    let method: Method
    /// The CRC-32 of the inflated bytes.
    let crc32: UInt32
    /// Where the compressed bytes start, from the start of the archive.
    let dataOffset: Int
    /// How many compressed bytes there are.
    let compressedSize: Int
    /// The inflated size the archive declares (only a hint: the reader counts for itself).
    let declaredSize: Int
}

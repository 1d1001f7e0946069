/// A single-byte code page: ASCII below 0x80, and a table above. Decodes straight into
/// UTF-8 bytes, one pass and one output array, however large the file.
struct CodePage: Sendable {
    /// Each high byte's character as UTF-8; nil where the code page defines none.
    private let high: [[UInt8]?]
    /// Each high byte's character's shape beside ASCII letters, for telling code pages apart.
    let shapes: [CharacterShape]

    private init(_ scalars: [Unicode.Scalar?]) {
        high = scalars.map { scalar in scalar.map { Array(String($0).utf8) } }
        shapes = scalars.map { $0.map(CharacterShape.init) ?? .other }
    }

    /// The shape of the character of high byte `byte` (0x80 or above).
    func shape(_ byte: UInt8) -> CharacterShape {
        shapes[Int(byte) - 0x80]
    }

    /// Mac OS Roman, the code page of old Mac Excel. Written out here because Foundation's
    /// `.macOSRoman` decoding on Linux maps these bytes wrongly (0x8E, "é", comes out as "±");
    /// the table was generated from Python's `mac_roman` codec.
    static let macRoman = CodePage(macRomanHigh)

    /// Windows-1252, what Excel's "CSV" writes on Windows: Latin-1, with punctuation and a few
    /// letters at 0x80–0x9F, where five bytes stay undefined (as in Foundation's decoder). The
    /// table was generated from Python's `cp1252` codec.
    static let windows1252 = CodePage(windows1252High)

    /// `bytes` as UTF-8, or nil when one of them has no character in this code page. The
    /// result is sized exactly first, so it is never copied to grow.
    func utf8(_ bytes: [UInt8]) -> [UInt8]? {
        let high = self.high
        return bytes.withUnsafeBufferPointer { buffer -> [UInt8]? in
            var size = buffer.count
            var index = Self.nextHighByte(buffer, from: 0)
            while index < buffer.count {
                guard let encoded = high[Int(buffer[index]) - 0x80] else { return nil }
                size += encoded.count - 1
                index = Self.nextHighByte(buffer, from: index + 1)
            }
            var result: [UInt8] = []
            result.reserveCapacity(size)
            var runStart = 0
            index = Self.nextHighByte(buffer, from: 0)
            while index < buffer.count {
                result.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                result.append(contentsOf: high[Int(buffer[index]) - 0x80]!)
                runStart = index + 1
                index = Self.nextHighByte(buffer, from: runStart)
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart...]))
            return result
        }
    }

    /// The index of the first byte from `start` that is 0x80 or above (or the end), looking
    /// at eight ASCII bytes at a time.
    static func nextHighByte(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= buffer.count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
        }
        while index < buffer.count, buffer[index] < 0x80 { index += 1 }
        return index
    }

    private static let macRomanHigh: [Unicode.Scalar?] = [
        "\u{00C4}", "\u{00C5}", "\u{00C7}", "\u{00C9}", "\u{00D1}", "\u{00D6}", "\u{00DC}", "\u{00E1}",
        "\u{00E0}", "\u{00E2}", "\u{00E4}", "\u{00E3}", "\u{00E5}", "\u{00E7}", "\u{00E9}", "\u{00E8}",
        "\u{00EA}", "\u{00EB}", "\u{00ED}", "\u{00EC}", "\u{00EE}", "\u{00EF}", "\u{00F1}", "\u{00F3}",
        "\u{00F2}", "\u{00F4}", "\u{00F6}", "\u{00F5}", "\u{00FA}", "\u{00F9}", "\u{00FB}", "\u{00FC}",
        "\u{2020}", "\u{00B0}", "\u{00A2}", "\u{00A3}", "\u{00A7}", "\u{2022}", "\u{00B6}", "\u{00DF}",
        "\u{00AE}", "\u{00A9}", "\u{2122}", "\u{00B4}", "\u{00A8}", "\u{2260}", "\u{00C6}", "\u{00D8}",
        "\u{221E}", "\u{00B1}", "\u{2264}", "\u{2265}", "\u{00A5}", "\u{00B5}", "\u{2202}", "\u{2211}",
        "\u{220F}", "\u{03C0}", "\u{222B}", "\u{00AA}", "\u{00BA}", "\u{03A9}", "\u{00E6}", "\u{00F8}",
        "\u{00BF}", "\u{00A1}", "\u{00AC}", "\u{221A}", "\u{0192}", "\u{2248}", "\u{2206}", "\u{00AB}",
        "\u{00BB}", "\u{2026}", "\u{00A0}", "\u{00C0}", "\u{00C3}", "\u{00D5}", "\u{0152}", "\u{0153}",
        "\u{2013}", "\u{2014}", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00F7}", "\u{25CA}",
        "\u{00FF}", "\u{0178}", "\u{2044}", "\u{20AC}", "\u{2039}", "\u{203A}", "\u{FB01}", "\u{FB02}",
        "\u{2021}", "\u{00B7}", "\u{201A}", "\u{201E}", "\u{2030}", "\u{00C2}", "\u{00CA}", "\u{00C1}",
        "\u{00CB}", "\u{00C8}", "\u{00CD}", "\u{00CE}", "\u{00CF}", "\u{00CC}", "\u{00D3}", "\u{00D4}",
        "\u{F8FF}", "\u{00D2}", "\u{00DA}", "\u{00DB}", "\u{00D9}", "\u{0131}", "\u{02C6}", "\u{02DC}",
        "\u{00AF}", "\u{02D8}", "\u{02D9}", "\u{02DA}", "\u{00B8}", "\u{02DD}", "\u{02DB}", "\u{02C7}",
    ]

    private static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
        "\u{00A0}", "\u{00A1}", "\u{00A2}", "\u{00A3}", "\u{00A4}", "\u{00A5}", "\u{00A6}", "\u{00A7}",
        "\u{00A8}", "\u{00A9}", "\u{00AA}", "\u{00AB}", "\u{00AC}", "\u{00AD}", "\u{00AE}", "\u{00AF}",
        "\u{00B0}", "\u{00B1}", "\u{00B2}", "\u{00B3}", "\u{00B4}", "\u{00B5}", "\u{00B6}", "\u{00B7}",
        "\u{00B8}", "\u{00B9}", "\u{00BA}", "\u{00BB}", "\u{00BC}", "\u{00BD}", "\u{00BE}", "\u{00BF}",
        "\u{00C0}", "\u{00C1}", "\u{00C2}", "\u{00C3}", "\u{00C4}", "\u{00C5}", "\u{00C6}", "\u{00C7}",
        "\u{00C8}", "\u{00C9}", "\u{00CA}", "\u{00CB}", "\u{00CC}", "\u{00CD}", "\u{00CE}", "\u{00CF}",
        "\u{00D0}", "\u{00D1}", "\u{00D2}", "\u{00D3}", "\u{00D4}", "\u{00D5}", "\u{00D6}", "\u{00D7}",
        "\u{00D8}", "\u{00D9}", "\u{00DA}", "\u{00DB}", "\u{00DC}", "\u{00DD}", "\u{00DE}", "\u{00DF}",
        "\u{00E0}", "\u{00E1}", "\u{00E2}", "\u{00E3}", "\u{00E4}", "\u{00E5}", "\u{00E6}", "\u{00E7}",
        "\u{00E8}", "\u{00E9}", "\u{00EA}", "\u{00EB}", "\u{00EC}", "\u{00ED}", "\u{00EE}", "\u{00EF}",
        "\u{00F0}", "\u{00F1}", "\u{00F2}", "\u{00F3}", "\u{00F4}", "\u{00F5}", "\u{00F6}", "\u{00F7}",
        "\u{00F8}", "\u{00F9}", "\u{00FA}", "\u{00FB}", "\u{00FC}", "\u{00FD}", "\u{00FE}", "\u{00FF}",
    ]
}

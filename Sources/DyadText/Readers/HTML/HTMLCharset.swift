/// The character set a page declares (`<meta charset>` or `http-equiv` Content-Type), and decoding of the one
/// legacy family we support: Windows-1252, which browsers also use for pages labelled ISO-8859-1 or ASCII.
enum HTMLCharset {
    /// How far into the page the declaration is looked for (HTML requires it in the first 1024 bytes; be generous).
    private static let searchLimit = 16 << 10

    /// The declared charset, lowercased, or `nil` when the page declares none.
    static func declared(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let end = min(bytes.count, searchLimit)
        var from = 0
        while let found = ByteScan.findIgnoringCase("charset", in: bytes, from: from, end: end) {
            var index = found + 7
            from = index
            while index < end, ByteScan.isSpace(bytes[index]) { index += 1 }
            guard index < end, bytes[index] == ByteScan.equals else { continue }
            index += 1
            while index < end, ByteScan.isSpace(bytes[index]) || bytes[index] == ByteScan.doubleQuote
                || bytes[index] == ByteScan.singleQuote { index += 1 }
            let start = index
            while index < end, isLabelByte(bytes[index]) { index += 1 }
            guard index > start else { continue }
            return ByteScan.string(bytes, start..<index).lowercased()
        }
        return nil
    }

    /// Whether a charset label names Windows-1252 or a subset browsers decode as it.
    static func isWindows1252(_ label: String) -> Bool {
        ["windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1",
         "us-ascii", "ascii", "ansi_x3.4-1968"].contains(label)
    }

    /// Windows-1252 bytes as UTF-8 (the five bytes the code page leaves undefined become U+FFFD).
    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
            } else if byte < 0xA0 {
                let scalar = MarkupEntities.windows1252[Int(byte - 0x80)]
                MarkupEntities.appendUTF8(scalar == 0 ? 0xFFFD : scalar, to: &output)
            } else {
                MarkupEntities.appendUTF8(UInt32(byte), to: &output)
            }
        }
        return output
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        ByteScan.isLetter(byte) || ByteScan.isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }
}

/// One meaningful line of a peer dictionary: comments removed, kept as UTF-8 bytes so readers scan it quickly.
///
/// Offsets into ``bytes`` are the byte offsets of the original line (comments are cut at the end or blanked with
/// spaces), so a column computed from an offset points into the line the user has.
struct PeerLine: Sendable {
    /// The 1-based line number in the file.
    let number: Int
    /// The line without comments and trailing blanks; leading blanks kept so columns stay right.
    let bytes: [UInt8]
    /// For `####### NAME #######` and `=== NAME ===` lines: the heading; `nil` for ordinary lines.
    let heading: String?

    /// Offset of the first byte that is not a blank (space or tab); the line is never blank.
    var start: Int { bytes.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? bytes.count }

    /// The 1-based column (in Unicode scalars) of the byte at `offset`.
    func column(_ offset: Int) -> Int {
        var column = 1
        for index in 0..<min(offset, bytes.count) where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// The text of `range`.
    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// `range` without blanks at either end.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, PeerLine.isBlank(bytes[lower]) { lower += 1 }
        while upper > lower, PeerLine.isBlank(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// Offset of the first `byte` at or after `from` and before `end`, or `nil`.
    func firstIndex(of byte: UInt8, from: Int, end: Int? = nil) -> Int? {
        var index = from
        let limit = end ?? bytes.count
        while index < limit {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    /// `text` without blanks (spaces, tabs) at either end.
    static func trimmingBlanks(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(scalars[first...last])
    }

    /// Whether `byte` is a space or a tab.
    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}

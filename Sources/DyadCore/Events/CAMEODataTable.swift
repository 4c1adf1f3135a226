/// One line of an embedded `|`-separated data table: its line number, its text and its trimmed fields.
struct CAMEODataRow: Sendable {
    /// 1-based line number in the table text.
    let line: Int
    /// The whole line, for diagnostics.
    let text: String
    /// The fields with surrounding blanks removed.
    let fields: [String]
    /// 1-based column (in Unicode scalars) where each field's value starts.
    let columns: [Int]

    /// A diagnostic pointing at one field of this row.
    func error(_ message: String, field: Int, in file: String, hint: String? = nil) -> Diagnostic {
        let column = columns.indices.contains(field) ? columns[field] : 1
        return Diagnostic(
            .error, at: SourceLocation(file: file, line: line, column: column), message, hint: hint, excerpt: text)
    }
}

/// Splits the text of one of our data tables into rows; blank lines and lines starting with `#` are skipped.
enum CAMEODataTable {
    /// The rows of `text`, each split at `|`.
    static func rows(of text: String) -> [CAMEODataRow] {
        var rows: [CAMEODataRow] = []
        var lineNumber = 0
        // Cut at "\n" bytes, without breaking the text into characters (the tables are read at every start); a text
        // with a "\r" is cut at characters as before ("\r\n" is one character, so such a text is not cut there).
        let lines = text.utf8.contains(UInt8(ascii: "\r")) ? text.split(separator: "\n", omittingEmptySubsequences: false)
            : text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
        for line in lines {
            lineNumber += 1
            if let row = asciiRow(line, number: lineNumber) {
                if !row.fields.isEmpty { rows.append(row) }
                continue
            }
            let scalars = Array(line.unicodeScalars)
            guard let first = scalars.firstIndex(where: { !isBlank($0) }), scalars[first] != "#" else { continue }
            var fields: [String] = []
            var columns: [Int] = []
            var start = 0
            for end in 0...scalars.count where end == scalars.count || scalars[end] == "|" {
                var low = start
                var high = end
                while low < high, isBlank(scalars[low]) { low += 1 }
                while high > low, isBlank(scalars[high - 1]) { high -= 1 }
                var field = String.UnicodeScalarView()
                field.append(contentsOf: scalars[low..<high])
                fields.append(String(field))
                columns.append(low + 1)
                start = end + 1
            }
            rows.append(CAMEODataRow(line: lineNumber, text: String(line), fields: fields, columns: columns))
        }
        return rows
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\r" }

    /// `rows(of:)`'s reading of one ASCII line, from its bytes (a scalar each): the row, a row with no fields for a
    /// line it skips, or nil when the line is not ASCII.
    private static func asciiRow(_ line: Substring, number: Int) -> CAMEODataRow? {
        var copy = line
        return copy.withUTF8 { bytes -> CAMEODataRow? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") }
            guard let first = bytes.firstIndex(where: { !isBlank($0) }), bytes[first] != UInt8(ascii: "#") else {
                return CAMEODataRow(line: number, text: "", fields: [], columns: [])
            }
            var fields: [String] = []
            var columns: [Int] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "|") {
                var low = start
                var high = end
                while low < high, isBlank(bytes[low]) { low += 1 }
                while high > low, isBlank(bytes[high - 1]) { high -= 1 }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]), as: UTF8.self))
                columns.append(low + 1)
                start = end + 1
            }
            return CAMEODataRow(line: number, text: String(line), fields: fields, columns: columns)
        }
    }
}

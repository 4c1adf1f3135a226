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
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
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
}

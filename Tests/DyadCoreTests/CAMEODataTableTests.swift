@testable import DyadCore
import Testing

@Suite("CAMEO data tables")
struct CAMEODataTableTests {
    /// `CAMEODataTable.rows(of:)` as it read every line, scalar by scalar, before ASCII lines were read by their bytes.
    static func scalarRows(of text: String) -> [(line: Int, text: String, fields: [String], columns: [Int])] {
        func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\r" }
        var rows: [(Int, String, [String], [Int])] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            guard let first = scalars.firstIndex(where: { !isBlank($0) }), scalars[first] != "#" else { continue }
            var fields: [String] = [], columns: [Int] = [], start = 0
            for end in 0...scalars.count where end == scalars.count || scalars[end] == "|" {
                var low = start, high = end
                while low < high, isBlank(scalars[low]) { low += 1 }
                while high > low, isBlank(scalars[high - 1]) { high -= 1 }
                var field = String.UnicodeScalarView()
                field.append(contentsOf: scalars[low..<high])
                fields.append(String(field))
                columns.append(low + 1)
                start = end + 1
            }
            rows.append((number + 1, String(line), fields, columns))
        }
        return rows
    }

    static func same(_ text: String) -> Bool {
        let rows = CAMEODataTable.rows(of: text), reference = scalarRows(of: text)
        return rows.count == reference.count && zip(rows, reference).allSatisfy {
            $0.line == $1.line && $0.text == $1.text && $0.fields == $1.fields && $0.columns == $1.columns
        }
    }

    @Test("rows read by their bytes are the rows read scalar by scalar: the embedded tables and seeded random lines")
    func bytesAndScalars() {
        #expect(Self.same(cameoOntologyData))
        #expect(Self.same(cameoActorVocabularyData))
        var state: UInt64 = 5
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let pieces = ["a", "B", "|", " ", "\t", "\r", "#", "\n", "é", "e\u{301}", "\r\n", "1"]
        for _ in 0..<5_000 {
            let text = (0..<next(24)).map { _ in pieces[next(pieces.count)] }.joined()
            #expect(Self.same(text), "\(text.debugDescription)")
        }
    }
}

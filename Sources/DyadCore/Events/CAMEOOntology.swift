/// The CAMEO 1.1b3 event ontology as Dyad ships it: every code, in code order.
///
/// The facts come from Dyad's own table (`CAMEOOntologyData.swift`), read once when first used.
public enum CAMEOOntology {
    /// The edition of CAMEO the table follows.
    public static let version = "CAMEO 1.1b3"

    /// Every event code (2-, 3- and 4-digit), in code order: "01", "010", "011", …, "2042".
    public static let allCodes: [EventCode] = CAMEOEventTable.standard.entries.indices.map(EventCode.init(index:))

    /// The 20 root codes "01" … "20".
    public static let roots: [EventCode] = allCodes.filter(\.isRoot)

    /// The code written as `text` (exactly, with its leading zero), or `nil` when CAMEO has no such code.
    public static func code(_ text: some StringProtocol) -> EventCode? {
        CAMEOEventTable.standard.indexByCode[String(text)].map(EventCode.init(index:))
    }
}

/// The parsed event table: one entry per code, with links to parent and children.
struct CAMEOEventTable: Sendable {
    /// One CAMEO event code and its facts.
    struct Entry: Sendable {
        let code: String
        let name: String
        let gdeltName: String?
        let goldstein: Double
        let goldsteinIsInherited: Bool
        let plover: PLOVERMapping?
        var parent: Int?
        var children: [Int] = []
    }

    /// All entries, in code order.
    let entries: [Entry]
    /// Position of each code in `entries`.
    let indexByCode: [String: Int]

    /// The table built into Dyad. It is checked by the tests; a broken table stops the program at first use.
    static let standard: CAMEOEventTable = {
        let (table, diagnostics) = parse(cameoOntologyData, file: "CAMEOOntologyData.swift")
        precondition(
            diagnostics.isEmpty,
            "Dyad's CAMEO event table is broken:\n" + diagnostics.map(\.description).joined(separator: "\n"))
        return table
    }()

    private static let columnCount = 9

    /// Reads a table in the layout of `CAMEOOntologyData.swift`; rows with errors are left out and reported.
    static func parse(_ text: String, file: String) -> (table: CAMEOEventTable, diagnostics: [Diagnostic]) {
        var entries: [Entry] = []
        var indexByCode: [String: Int] = [:]
        var diagnostics: [Diagnostic] = []
        var inheritedRows: [(index: Int, row: CAMEODataRow)] = []

        for row in CAMEODataTable.rows(of: text) {
            guard row.fields.count == columnCount else {
                diagnostics.append(row.error(
                    "expected \(columnCount) fields separated by '|', found \(row.fields.count)", field: 0, in: file,
                    hint: "write: code | goldstein | from | plover | basis | mode | contexts | name | gdelt name"))
                continue
            }
            guard let entry = entry(from: row, file: file, diagnostics: &diagnostics) else { continue }
            if indexByCode[entry.code] != nil {
                diagnostics.append(row.error("code \(entry.code) appears twice", field: 0, in: file,
                                             hint: "keep one line per code"))
                continue
            }
            if let last = entries.last, last.code >= entry.code {
                diagnostics.append(row.error("code \(entry.code) comes after \(last.code)", field: 0, in: file,
                                             hint: "keep the lines in code order"))
            }
            indexByCode[entry.code] = entries.count
            if entry.goldsteinIsInherited { inheritedRows.append((entries.count, row)) }
            entries.append(entry)
        }

        linkParents(&entries, indexByCode: indexByCode, file: file, diagnostics: &diagnostics)
        for (index, row) in inheritedRows {
            guard let parent = entries[index].parent else { continue }
            if entries[parent].goldstein != entries[index].goldstein {
                diagnostics.append(row.error(
                    "inherited Goldstein value \(entries[index].goldstein) is not the parent's "
                        + "(\(entries[parent].code): \(entries[parent].goldstein))",
                    field: 1, in: file, hint: "copy the parent's value"))
            }
        }
        return (CAMEOEventTable(entries: entries, indexByCode: indexByCode), diagnostics)
    }

    /// Reads the fields of one row, reporting the first bad field.
    private static func entry(from row: CAMEODataRow, file: String, diagnostics: inout [Diagnostic]) -> Entry? {
        let field = row.fields
        let code = field[0]
        guard (2...4).contains(code.utf8.count), code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            diagnostics.append(row.error("'\(code)' is not a code of 2 to 4 digits", field: 0, in: file))
            return nil
        }
        guard let root = Int(code.prefix(2)), (1...20).contains(root) else {
            diagnostics.append(row.error("root \(code.prefix(2)) of \(code) is not 01...20", field: 0, in: file))
            return nil
        }
        guard let goldstein = Double(field[1]), (-10.0...10.0).contains(goldstein) else {
            diagnostics.append(row.error("Goldstein value '\(field[1])' is not a number from -10 to 10",
                                         field: 1, in: file))
            return nil
        }
        guard field[2] == "gdelt" || field[2] == "parent" else {
            diagnostics.append(row.error("'from' must be gdelt or parent, not '\(field[2])'", field: 2, in: file))
            return nil
        }
        if field[2] == "parent", code.utf8.count == 2 {
            diagnostics.append(row.error("root \(code) has no parent to inherit from", field: 2, in: file))
            return nil
        }
        var plover: PLOVERMapping?
        if field[3] != "dropped" {
            guard let type = PLOVEREventType(rawValue: field[3]) else {
                diagnostics.append(row.error("'\(field[3])' is not a PLOVER 2.0 event type", field: 3, in: file,
                                             hint: "use one of \(PLOVEREventType.allCases.map(\.rawValue).joined(separator: ", ")) or dropped"))
                return nil
            }
            guard field[4] == "2021" || field[4] == "inferred" else {
                diagnostics.append(row.error("basis must be 2021 or inferred, not '\(field[4])'", field: 4, in: file))
                return nil
            }
            let contexts = field[6] == "-" ? [] : field[6].split(separator: ";").map(String.init)
            plover = PLOVERMapping(eventType: type, mode: field[5] == "-" ? nil : field[5], contexts: contexts,
                                   isInferred: field[4] == "inferred")
        } else if field[4] != "-" || field[5] != "-" || field[6] != "-" {
            diagnostics.append(row.error("a dropped code has no basis, mode or contexts", field: 4, in: file,
                                         hint: "write '-' in those columns"))
            return nil
        }
        guard !field[7].isEmpty else {
            diagnostics.append(row.error("code \(code) has no name", field: 7, in: file))
            return nil
        }
        let gdeltName: String? = switch field[8] {
        case "-": nil
        case "=": field[7]
        default: field[8]
        }
        return Entry(code: code, name: field[7], gdeltName: gdeltName, goldstein: goldstein,
                     goldsteinIsInherited: field[2] == "parent", plover: plover)
    }

    /// Sets parent and children; every 3- and 4-digit code needs its parent in the table.
    private static func linkParents(
        _ entries: inout [Entry], indexByCode: [String: Int], file: String, diagnostics: inout [Diagnostic]
    ) {
        for index in entries.indices where entries[index].code.utf8.count > 2 {
            let code = entries[index].code
            let parentCode = String(code.dropLast())
            guard let parent = indexByCode[parentCode] else {
                diagnostics.append(Diagnostic(
                    .error, at: SourceLocation(file: file), "code \(code) has no parent \(parentCode) in the table",
                    hint: "add \(parentCode) or remove \(code)"))
                continue
            }
            entries[index].parent = parent
            entries[parent].children.append(index)
        }
    }
}

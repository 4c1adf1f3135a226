/// The 3-letter codes Dyad reads in CAMEO actor codes: countries, former states, old spellings, regions,
/// international types, identity groups, organisations, and the role codes of ``ActorRole``.
///
/// The facts come from Dyad's own table (`CAMEOActorVocabularyData.swift`), read once when first used.
public enum CAMEOActorVocabulary {
    /// Every current and former country, in code order.
    public static let countries: [Country] = CAMEOActorTable.standard.entries.values
        .compactMap { ActorCodeComponent(entry: $0).country }
        .sorted { $0.code < $1.code }

    /// Old CAMEO spellings and the codes that replace them, e.g. "ROM" → "ROU", "TMP" → "TLS", "USR" → "SUN".
    public static let aliases: [String: String] = CAMEOActorTable.standard.aliases

    /// The country written as `code` (old spellings accepted: "ROM" gives Romania, "ROU"); `nil` if not a country.
    public static func country(_ code: some StringProtocol) -> Country? {
        component(String(code), leading: true)?.country
    }

    /// What the 3-letter `chunk` stands for, old spellings replaced; `nil` when Dyad does not know it.
    ///
    /// With `leading` true, chunks that may only follow another chunk (organisations, religious sub-codes)
    /// give `nil`.
    public static func component(_ chunk: String, leading: Bool) -> ActorCodeComponent? {
        if let role = ActorRole(rawValue: chunk) {
            return ActorCodeComponent(code: chunk, kind: .role, name: role.name)
        }
        let table = CAMEOActorTable.standard
        let code = table.aliases[chunk] ?? chunk
        guard let entry = table.entries[code], !(leading && entry.isNeverLeading) else { return nil }
        return ActorCodeComponent(entry: entry, writtenAs: chunk)
    }

    /// Every chunk Dyad knows (roles included, old spellings not), for suggestions.
    static let allChunks: [String] = (Array(CAMEOActorTable.standard.entries.keys) + ActorRole.allCases.map(\.rawValue))
        .sorted()
}

extension ActorCodeComponent {
    /// The component for a table entry.
    init(entry: CAMEOActorTable.Entry, writtenAs: String? = nil) {
        self.init(code: entry.code, writtenAs: writtenAs, kind: entry.kind, name: entry.name)
    }
}

/// The parsed actor vocabulary.
struct CAMEOActorTable: Sendable {
    /// One 3-letter code and what it stands for.
    struct Entry: Sendable {
        let code: String
        let kind: ActorCodeComponent.Kind
        /// True for chunks that only follow another chunk (organisations, religious sub-codes).
        let isNeverLeading: Bool
        let name: String
    }

    /// Entries by code.
    let entries: [String: Entry]
    /// Old spelling → current code.
    let aliases: [String: String]

    /// The table built into Dyad. It is checked by the tests; a broken table stops the program at first use.
    static let standard: CAMEOActorTable = {
        let (table, diagnostics) = parse(cameoActorVocabularyData, file: "CAMEOActorVocabularyData.swift")
        precondition(
            diagnostics.isEmpty,
            "Dyad's CAMEO actor vocabulary is broken:\n" + diagnostics.map(\.description).joined(separator: "\n"))
        return table
    }()

    private static let kinds: [String: ActorCodeComponent.Kind] = [
        "country": .country, "former-country": .formerCountry, "region": .region, "international": .international,
        "group": .group, "organization": .organization,
    ]

    /// Reads a table in the layout of `CAMEOActorVocabularyData.swift`; bad rows are left out and reported.
    static func parse(_ text: String, file: String) -> (table: CAMEOActorTable, diagnostics: [Diagnostic]) {
        var entries: [String: Entry] = [:]
        var aliases: [String: String] = [:]
        var aliasRows: [String: CAMEODataRow] = [:]
        var diagnostics: [Diagnostic] = []
        for row in CAMEODataTable.rows(of: text) {
            let field = row.fields
            guard field.count == 5 else {
                diagnostics.append(row.error(
                    "expected 5 fields separated by '|', found \(field.count)", field: 0, in: file,
                    hint: "write: code | kind | position | name | note"))
                continue
            }
            let code = field[0]
            guard code.utf8.count == 3, code.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else {
                diagnostics.append(row.error("'\(code)' is not 3 capital letters", field: 0, in: file))
                continue
            }
            guard entries[code] == nil, aliases[code] == nil, ActorRole(rawValue: code) == nil else {
                diagnostics.append(row.error("code \(code) is defined twice", field: 0, in: file,
                                             hint: "a chunk must have one meaning; roles are defined in ActorRole"))
                continue
            }
            guard field[2] == "any" || field[2] == "later" else {
                diagnostics.append(row.error("position must be any or later, not '\(field[2])'", field: 2, in: file))
                continue
            }
            guard !field[3].isEmpty else {
                diagnostics.append(row.error("code \(code) has no name", field: 3, in: file))
                continue
            }
            if field[1] == "alias" {
                aliases[code] = field[3]
                aliasRows[code] = row
                continue
            }
            guard let kind = kinds[field[1]] else {
                diagnostics.append(row.error(
                    "unknown kind '\(field[1])'", field: 1, in: file,
                    hint: "use alias or one of " + kinds.keys.sorted().joined(separator: ", ")))
                continue
            }
            entries[code] = Entry(code: code, kind: kind, isNeverLeading: field[2] == "later", name: field[3])
        }
        for (alias, target) in aliases.sorted(by: { $0.key < $1.key }) where entries[target] == nil {
            diagnostics.append(aliasRows[alias]!.error(
                "alias \(alias) stands for \(target), which the table does not define", field: 3, in: file))
        }
        return (CAMEOActorTable(entries: entries, aliases: aliases), diagnostics)
    }
}

import DyadCore
import DyadRelations

/// Writes stored events in the layouts of GDELT 2.0: the events table (61 tab-separated columns, one row per
/// deduplicated event) and the mentions table (16 columns, one row per report). Geography, tone and translation
/// columns stay empty (Dyad does not compute them yet); ids are Dyad's hex event ids, not GDELT's integers. GDELT
/// files have no header row; `header` adds one with the codebook's column names.
public struct GDELTWriter: Sendable {
    /// The two tables.
    public enum Table: String, Sendable, CaseIterable {
        case events = "gdelt-events"
        case mentions = "gdelt-mentions"
    }

    public let table: Table

    /// Creates the writer.
    public init(table: Table) { self.table = table }

    /// The codebook's column names.
    public var columns: [String] {
        switch table {
        case .events:
            let actor = { (n: Int) in
                ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                 "Type1Code", "Type2Code", "Type3Code"].map { "Actor\(n)\($0)" }
            }
            let geo = { (prefix: String) in
                ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"].map { "\(prefix)Geo_\($0)" }
            }
            return ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"] + actor(1) + actor(2)
                + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                   "NumMentions", "NumSources", "NumArticles", "AvgTone"]
                + geo("Actor1") + geo("Actor2") + geo("Action") + ["DATEADDED", "SOURCEURL"]
        case .mentions:
            return ["GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
                    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
                    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras"]
        }
    }

    /// The rows of one event and its reports (ordered as the store gives them; the first is the representative).
    public func rows(_ event: RelationEvent, mentions: [StoredMention]) -> [[String]] {
        switch table {
        case .events: return mentions.first.map { [eventRow(event, first: $0, all: mentions)] } ?? []
        case .mentions: return mentions.map { mentionRow(event, $0) }
        }
    }

    func eventRow(_ event: RelationEvent, first: StoredMention, all: [StoredMention]) -> [String] {
        let date = event.date
        let day = date.map(Self.compact) ?? ""
        let fraction = date.map { d -> String in
            let dayOfYear = d.ordinal - CalendarDate(year: d.year, month: 1, day: 1)!.ordinal + 1
            return String(format4(Double(d.year) + Double(dayOfYear) / 365.0))
        } ?? ""
        let code = try? EventCode(event.cameo)
        let cameo = event.cameo
        return [event.id, day, date.map { String(Self.compact($0).prefix(6)) } ?? "", date.map { String($0.year) } ?? "",
                fraction] + actorColumns(event.source, name: first.record.source.name)
            + (event.target.map { actorColumns($0, name: first.record.target?.name ?? "") } ?? Array(repeating: "", count: 10))
            + [first.record.sentence == 0 ? "1" : "0", cameo, String(cameo.prefix(3)), String(cameo.prefix(2)),
               code.map { String($0.gdeltQuadClass.rawValue) } ?? String(event.quadClass),
               code.map { String($0.goldstein) } ?? String(event.goldstein), String(all.count),
               String(Set(all.map { $0.outlet ?? $0.documentID }).count), String(Set(all.map(\.documentHash)).count), ""]
            + Array(repeating: "", count: 24)
            + [first.published.map { Self.compact($0) + "000000" } ?? "", first.url ?? first.documentID]
    }

    func mentionRow(_ event: RelationEvent, _ mention: StoredMention) -> [String] {
        let confidence = switch mention.record.modality {
        case "asserted": "100"
        case "reported": "50"
        default: "30"
        }
        return [event.id, event.date.map { Self.compact($0) + "000000" } ?? "",
                mention.published.map { Self.compact($0) + "000000" } ?? "", "1", mention.outlet ?? "",
                mention.url ?? mention.documentID, String(mention.record.sentence + 1),
                String(mention.record.source.span.start), mention.record.target.map { String($0.span.start) } ?? "-1",
                String(mention.record.actionStart), "1", confidence, String(mention.documentLength), "", "",
                "<RULE>\(mention.record.rule)</RULE><MODALITY>\(mention.record.modality)</MODALITY>"]
    }

    /// Religion codes of CAMEO's group chunks; other group chunks are ethnic.
    static let religions: Set<String> = ["ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ",
                                         "HIN", "HSD", "ITR", "JAN", "JEW", "JHW", "LDS", "MOS", "MRN", "NRM", "PAG",
                                         "PRO", "SFI", "SHI", "SHN", "SIK", "SUN", "TAO", "UDX", "ZRO"]

    /// Code, name, country, known group, ethnic, two religions and three types of one actor.
    func actorColumns(_ code: String, name: String) -> [String] {
        guard let parsed = try? ActorCode(code) else { return [code, name] + Array(repeating: "", count: 8) }
        let components = parsed.components
        let country = components.first { $0.kind == .country || $0.kind == .formerCountry }?.code ?? ""
        let known = components.first { $0.kind == .organization }?.code ?? ""
        let groups = components.filter { $0.kind == .group }.map(\.code)
        let religions = groups.filter(Self.religions.contains)
        let ethnic = groups.first { !Self.religions.contains($0) } ?? ""
        let types = (components.filter { $0.kind == .role || $0.kind == .international }.map(\.code) + ["", "", ""]).prefix(3)
        return [code, name, country, known, ethnic, religions.first ?? "", religions.dropFirst().first ?? ""] + types
    }

    static func compact(_ date: CalendarDate) -> String { String(date.description.filter { $0 != "-" }) }

    func format4(_ value: Double) -> String {
        let scaled = (value * 10000).rounded() / 10000
        return String(scaled)
    }
}

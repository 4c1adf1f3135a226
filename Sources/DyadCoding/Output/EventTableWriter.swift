import Foundation
import DyadCore
import DyadLexicon
import DyadText

/// Writes coded events as tables other tools already read: `csv` (Dyad's fields, RFC 4180), and tab-separated
/// `icews` (ICEWS Dataverse columns), `phoenix` (Phoenix columns) and `plover` (POLECAT columns) with every
/// column Dyad can know filled and the others empty. Each table starts with its header row.
public struct EventTableWriter: Sendable {
    /// The table layouts.
    public enum Layout: String, Sendable, CaseIterable {
        case csv, icews, phoenix, plover
    }

    /// The layout written.
    public let layout: Layout
    /// The version stamped on events.
    public let version: String
    /// The lexicon, for sector names of agents and names of countries.
    public let lexicon: Lexicon

    /// Creates the writer.
    public init(layout: Layout, version: String, lexicon: Lexicon) {
        self.layout = layout
        self.version = version
        self.lexicon = lexicon
    }

    /// The header row's columns.
    public var columns: [String] {
        switch layout {
        case .csv:
            ["id", "version", "doc_id", "sentence", "date", "date_precision", "source_code", "source_name",
             "source_text", "target_code", "target_name", "target_text", "cameo", "cameo_name", "quad_class",
             "goldstein", "plover_event", "plover_mode", "modality", "speaker_code", "text", "rule"]
        case .icews:
            ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
             "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number",
             "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude"]
        case .phoenix:
            ["EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole",
             "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole",
             "TargetActorAttribute", "EventCode", "EventRootCode", "PentaClass", "GoldsteinScore", "Issues", "Lat",
             "Lon", "LocationName", "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources"]
        case .plover:
            ["Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts", "Actor Name",
             "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title", "Actor Name Raw",
             "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
             "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename",
             "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename",
             "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations",
             "Language", "Version"]
        }
    }

    /// Appends the header row.
    public func writeHeader(to output: OutputBuffer) {
        output.append(text: row(columns))
    }

    /// Appends one row per event of `document`.
    public func write(_ events: [CodedEvent], of document: AnnotatedDocument, to output: OutputBuffer) {
        for event in events { write(EventRow(event, of: document), to: output) }
    }

    /// Appends the row of one event.
    public func write(_ event: EventRow, to output: OutputBuffer) {
        output.append(text: row(values(event)))
    }

    /// The row's values for one event, in column order.
    func values(_ event: EventRow) -> [String] {
        let id = event.id
        let date = event.date
        let code = event.code
        let source = event.source, target = event.target
        switch layout {
        case .csv:
            return [id, version, event.documentID, String(event.sentence), date?.iso ?? "",
                    date?.precision.rawValue ?? "", source.code.code, source.name, source.text, target?.code.code ?? "",
                    target?.name ?? "", target?.text ?? "", code.code, code.name, String(code.quadClass.rawValue),
                    String(code.goldstein), code.plover?.eventType.rawValue ?? "", code.plover?.mode ?? "",
                    event.modality.rawValue, event.speaker?.code ?? "", event.sentenceText, event.rule]
        case .icews:
            return [id, date.map { $0.day.description } ?? "", source.name, sectors(source).icews, countryName(source),
                    code.name, code.code, String(code.goldstein), target?.name ?? "", target.map { sectors($0).icews } ?? "",
                    target.map(countryName) ?? "", event.documentID, String(event.sentence + 1),
                    event.outlet ?? "", "", "", "", "", "", ""]
        case .phoenix:
            let day = date?.day
            return [id, day.map { String(format: "%04d%02d%02d", $0.year, $0.month, $0.day) } ?? "",
                    day.map { String($0.year) } ?? "", day.map { String($0.month) } ?? "", day.map { String($0.day) } ?? "",
                    source.code.code] + parts(source.code) + [target?.code.code ?? ""]
                + (target.map { parts($0.code) } ?? ["", "", ""])
                + [code.code, String(code.code.prefix(2)), String(pentaClass(code)), String(code.goldstein), "", "", "",
                   "", "", "", "\(event.documentID)_\(event.sentence)", event.url ?? "", event.outlet ?? ""]
        case .plover:
            let actorSector = sectors(source).plover, recipientSector = target.map { sectors($0).plover } ?? ""
            return [id, date.map { $0.day.description } ?? "", code.plover?.eventType.rawValue ?? "",
                    code.plover?.mode ?? "", String(code.goldstein), String(code.quadClass.rawValue),
                    code.plover?.contexts.joined(separator: ";") ?? "", source.name, country(source), "", actorSector,
                    actorSector, "", source.text, "", target?.name ?? "", target.map(country) ?? "", "", recipientSector,
                    recipientSector, "", target?.text ?? "", "", "", "", "", "", "", "", "", "", "", "",
                    event.outlet ?? "", event.published?.description ?? "", "", "", "", "en", version]
        }
    }

    /// Phoenix's PentaClass: 0 statements and appeals (01–02), then the four quad classes.
    public func pentaClass(_ code: EventCode) -> Int { code.rootNumber <= 2 ? 0 : code.quadClass.rawValue }

    /// A code cut into Phoenix's entity, role and attribute columns ("RUSGOVMIL" → RUS, GOV, MIL).
    public func parts(_ code: ActorCode) -> [String] {
        let chunks = code.components.map(\.code)
        return [chunks.first ?? "", chunks.count > 1 ? chunks[1] : "", chunks.dropFirst(2).joined()]
    }

    /// The ISO code of an actor's country, if its principal is one.
    public func country(_ mention: EventRow.Actor) -> String {
        guard let first = mention.code.components.first, first.kind == .country || first.kind == .formerCountry
        else { return "" }
        return first.code
    }

    /// The English name of an actor's country.
    public func countryName(_ mention: EventRow.Actor) -> String {
        let code = country(mention)
        return code.isEmpty ? "" : (lexicon.entry(id: "country/\(code)")?.name ?? code)
    }

    /// ICEWS sector names and the PLOVER sector of the agent behind a mention, when it came from one; otherwise the
    /// mention's CAMEO role.
    public func sectors(_ mention: EventRow.Actor) -> (icews: String, plover: String) {
        if let entry = lexicon.entry(id: mention.entry), entry.kind == .agent {
            return (entry.icewsSectors.joined(separator: ","), entry.ploverSector?.rawValue ?? "")
        }
        let role = mention.code.components.dropFirst().first { $0.kind == .role }?.code ?? ""
        return ("", role)
    }

    /// One row: comma-separated with RFC 4180 quoting for csv, tab-separated (tabs and line breaks replaced by
    /// spaces) for the others.
    public func row(_ values: [String]) -> String {
        if layout == .csv {
            return values.map { value in
                value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
            }.joined(separator: ",") + "\n"
        }
        return values.map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ") }.joined(separator: "\t") + "\n"
    }
}

import ArgumentParser
import DyadCoding
import DyadCore
import DyadLexicon
import DyadRelations
import DyadStore
import DyadText
import Foundation

/// `dyad events`: stored events, filtered, in every layout `dyad code` writes and GDELT's two tables.
struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List stored events with their evidence, filtered; or export the whole store.",
        discussion: """
            Each event is written with the sentence of its first report (earliest publication, then document id) \
            and, in jsonl, `mentions` (reports) and `documents` (articles). --all-mentions writes every report. \
            Formats: jsonl (as `dyad code`), csv, icews, phoenix, plover, and GDELT 2.0's gdelt-events and \
            gdelt-mentions tables (no header row, as GDELT's files; --header adds one). Without filters this \
            exports the whole store.
            """)

    @OptionGroup var store: StoreArguments

    @Option(help: ArgumentHelp("Either side's code starts with this (PRK, RUSGOV).", valueName: "code")) var actor: String?
    @Option(help: ArgumentHelp("Events between two actors, e.g. PRK,RUS (both directions unless --directed).",
                               valueName: "A,B")) var dyad: String?
    @Flag(help: "With --dyad, only events from the first actor to the second.") var directed = false
    @Option(help: ArgumentHelp("CAMEO code or prefix (05 for the root, 057).", valueName: "code")) var code: String?
    @Option(help: ArgumentHelp("First day (YYYY-MM-DD).", valueName: "date")) var since: String?
    @Option(help: ArgumentHelp("Last day (YYYY-MM-DD).", valueName: "date")) var until: String?
    @Option(help: ArgumentHelp("Words in a reporting sentence (case-insensitive).", valueName: "text")) var text: String?
    @Option(help: ArgumentHelp("At most this many events.", valueName: "N")) var limit: Int?
    @Option(help: ArgumentHelp("jsonl, csv, icews, phoenix, plover, gdelt-events, gdelt-mentions.", valueName: "format"))
    var format: String = "jsonl"
    @Flag(help: "Write every report of each event, not only the first.") var allMentions = false
    @Flag(help: "Start GDELT tables with a header row.") var header = false

    static let formats = ["jsonl", "csv", "icews", "phoenix", "plover", "gdelt-events", "gdelt-mentions"]

    func validate() throws {
        guard Self.formats.contains(format) else {
            throw ValidationError("--format '\(format)' is not one of: \(Self.formats.joined(separator: ", "))")
        }
        _ = try query()
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
    }

    func query() throws -> EventQuery {
        var pair: (ActorSelector, ActorSelector)?
        if let dyad {
            let parts = dyad.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw ValidationError("--dyad '\(dyad)' must be two codes with a comma: PRK,RUS") }
            pair = (try AnalyticsParsing.actor(String(parts[0]), "--dyad"), try AnalyticsParsing.actor(String(parts[1]), "--dyad"))
        }
        if let code, code.isEmpty || !code.allSatisfy(\.isNumber) {
            throw ValidationError("--code '\(code)' is not a CAMEO code or prefix (digits, e.g. 05 or 057)")
        }
        return EventQuery(actor: try actor.map { try AnalyticsParsing.actor($0) }, dyad: pair, directed: directed,
                          code: code, window: try AnalyticsParsing.window(since: since, until: until), text: text,
                          limit: limit)
    }

    func run() throws {
        let database = try store.openExisting()
        let events = try database.events(try query()).events
        let output = OutputBuffer(capacity: 1 << 20)
        let stdout = StandardOutput()
        if let gdelt = GDELTWriter.Table(rawValue: format) {
            let writer = GDELTWriter(table: gdelt)
            if header { output.append(text: writer.columns.joined(separator: "\t") + "\n") }
            try forEachChunk(events, database) { event, mentions in
                for row in writer.rows(event, mentions: mentions) {
                    output.append(text: row.map(Self.cell).joined(separator: "\t") + "\n")
                }
                if output.count >= 1 << 20 { stdout.flush(output) }
            }
            stdout.flush(output)
            return
        }
        let version = "dyad \(DyadVersion.current)"
        var table: EventTableWriter?
        if let layout = EventTableWriter.Layout(rawValue: format) {
            let lexicon = layout == .csv ? Lexicon(entries: []) : try Lexicon.bundled()
            table = EventTableWriter(layout: layout, version: version, lexicon: lexicon)
            table?.writeHeader(to: output)
        }
        try forEachChunk(events, database) { event, mentions in
            let documents = Set(mentions.map(\.documentHash)).count
            for mention in allMentions ? mentions : Array(mentions.prefix(1)) {
                guard let row = mention.row(event: event, mentions: mentions.count, documents: documents) else { continue }
                if let table {
                    table.write(row, to: output)
                } else {
                    EventWriter(version: mention.version).write(row, to: output)
                }
            }
            if output.count >= 1 << 20 { stdout.flush(output) }
        }
        stdout.flush(output)
    }

    /// Fetches the reports of `events` a thousand at a time and hands each event with its reports to `body`.
    func forEachChunk(_ events: [RelationEvent], _ database: SQLiteEventStore,
                      _ body: (RelationEvent, [StoredMention]) throws -> Void) throws {
        for start in stride(from: 0, to: events.count, by: 1000) {
            let chunk = events[start..<min(start + 1000, events.count)]
            let mentions = Dictionary(grouping: try database.mentions(of: chunk.map(\.id)), by: \.eventID)
            for event in chunk { try body(event, mentions[event.id] ?? []) }
        }
    }

    static func cell(_ value: String) -> String {
        String(value.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}

import ArgumentParser
import DyadCore
import DyadRelations
import DyadStore
import Foundation

/// `dyad relations ACTOR`: the actor's partners, ranked.
struct Relations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank an actor's partners by events, with cooperation, conflict and mean Goldstein value.",
        discussion: """
            ACTOR is a code prefix: PRK covers PRKGOV and PRKMIL. Events in either direction count; events inside \
            the actor (PRKGOV against PRKOPP) and events without a target do not. Partners are summed at the \
            principal level (the country, or the organisation code such as IGOUNO) unless --level full. Trace a \
            figure to its events and sentences with `dyad events --dyad ACTOR,PARTNER`.
            """)

    @Argument(help: "The actor's code or code prefix (PRK, RUSGOV, IGOUNO).")
    var actor: String

    @OptionGroup var store: StoreArguments

    @Option(help: ArgumentHelp("First day counted (YYYY-MM-DD).", valueName: "date")) var since: String?
    @Option(help: ArgumentHelp("Last day counted (YYYY-MM-DD).", valueName: "date")) var until: String?

    @Option(help: ArgumentHelp("principal (countries and organisations) or full (whole codes).", valueName: "level"))
    var level: String = "principal"

    @Option(help: ArgumentHelp("table, json or csv.", valueName: "format")) var format: String = "table"

    @Option(help: ArgumentHelp("Show at most this many partners (table only).", valueName: "N")) var top: Int?

    func validate() throws {
        guard PartnerLevel(rawValue: level) != nil else { throw ValidationError("--level '\(level)' is not principal or full") }
        guard ["table", "json", "csv"].contains(format) else {
            throw ValidationError("--format '\(format)' is not one of: table, json, csv")
        }
        _ = try AnalyticsParsing.window(since: since, until: until)
        _ = try AnalyticsParsing.actor(actor)
    }

    func run() throws {
        let selector = try AnalyticsParsing.actor(actor)
        let window = try AnalyticsParsing.window(since: since, until: until)
        let database = try store.openExisting()
        let partners = try database.partners(of: selector, level: PartnerLevel(rawValue: level)!, window: window)
        print(Self.render(partners, actor: selector.prefix, format: format, top: top), terminator: "")
    }

    static func render(_ partners: [PartnerSummary], actor: String, format: String, top: Int? = nil) -> String {
        switch format {
        case "json":
            return RelationsJSON.partners(partners, actor: actor) + "\n"
        case "csv":
            var out = "partner,events,cooperation,conflict,goldstein_mean,verbal_cooperation,material_cooperation,"
                + "verbal_conflict,material_conflict,outgoing,incoming,mentions,first,last\n"
            for p in partners {
                out += [p.partner, "\(p.events)", "\(p.cooperation)", "\(p.conflict)", JSON.number(p.goldsteinMean),
                        "\(p.quadClasses[0])", "\(p.quadClasses[1])", "\(p.quadClasses[2])", "\(p.quadClasses[3])",
                        "\(p.outgoing)", "\(p.incoming)", "\(p.mentions)", p.first?.description ?? "",
                        p.last?.description ?? ""].joined(separator: ",") + "\n"
            }
            return out
        default:
            let shown = top.map { Array(partners.prefix($0)) } ?? partners
            var rows = [["partner", "events", "coop", "conflict", "goldstein", "out", "in", "first", "last"]]
            rows += shown.map { p in
                [p.partner, "\(p.events)", "\(p.cooperation)", "\(p.conflict)", AnalyticsParsing.decimal(p.goldsteinMean),
                 "\(p.outgoing)", "\(p.incoming)", p.first?.description ?? "", p.last?.description ?? ""]
            }
            let note = partners.isEmpty ? "no events of \(actor) with a partner are stored\n"
                : "partners of \(actor) (either direction; coop = quad classes 1+2, conflict = 3+4)\n"
            return note + Table.render(rows)
        }
    }
}

/// Plain-text tables and JSON scalars for the analytics commands.
enum Table {
    static func render(_ rows: [[String]]) -> String {
        guard let header = rows.first else { return "" }
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == 0 ? cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[i] - cell.count) + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}

typealias JSON = RelationsJSON

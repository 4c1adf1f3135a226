import ArgumentParser
import DyadCore
import DyadRelations
import DyadStore
import Foundation

/// `dyad dyad A B`: the time series of two actors' relations, with its shifts.
struct DyadSeriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "Print the time series of two actors' relations (and draw it as SVG), with the shifts in it.",
        discussion: """
            A and B are code prefixes. Each period gives the events between them (both directions unless \
            --directed) per quad class, cooperation (1+2), conflict (3+4), Goldstein sum and mean, and A's share: \
            the dyad's events over all of A's events in the period. Periods with fewer events than --thin are flagged \
            as thin evidence. Shifts: a period whose --metric departs from the mean of the preceding --baseline \
            usable periods by at least --z standard deviations (z = (value - mean) / max(sd, floor)), listed with \
            the events that drove them.
            """)

    @Argument(help: "The first actor (code prefix).") var a: String
    @Argument(help: "The second actor (code prefix).") var b: String

    @OptionGroup var store: StoreArguments

    @Option(help: ArgumentHelp("day, week, month or year.", valueName: "period")) var by: String = "month"
    @Flag(help: "Only events from A to B.") var directed = false
    @Option(help: ArgumentHelp("First day counted (YYYY-MM-DD).", valueName: "date")) var since: String?
    @Option(help: ArgumentHelp("Last day counted (YYYY-MM-DD).", valueName: "date")) var until: String?
    @Option(help: ArgumentHelp("Periods with fewer events are flagged thin.", valueName: "N")) var thin: Int = 3
    @Option(help: ArgumentHelp("table, json or csv.", valueName: "format")) var format: String = "table"
    @Option(help: ArgumentHelp("Also draw the series to this SVG file.", valueName: "FILE.svg")) var plot: String?
    @Option(help: ArgumentHelp("Shift metric: goldstein, events or cooperation.", valueName: "metric"))
    var metric: String = "goldstein"
    @Option(help: ArgumentHelp("Preceding periods in a shift's baseline.", valueName: "N")) var baseline: Int = 6
    @Option(help: ArgumentHelp("|z| at which a period is a shift.", valueName: "z")) var z: Double = 2.0

    func validate() throws {
        guard Granularity(rawValue: by) != nil else { throw ValidationError("--by '\(by)' is not day, week, month or year") }
        guard ShiftMetric(rawValue: metric) != nil else {
            throw ValidationError("--metric '\(metric)' is not goldstein, events or cooperation")
        }
        guard ["table", "json", "csv"].contains(format) else {
            throw ValidationError("--format '\(format)' is not one of: table, json, csv")
        }
        guard thin >= 0, baseline >= 1, z > 0 else { throw ValidationError("--thin must be ≥ 0, --baseline ≥ 1, --z > 0") }
        _ = try AnalyticsParsing.window(since: since, until: until)
        _ = try AnalyticsParsing.actor(a, "A")
        _ = try AnalyticsParsing.actor(b, "B")
    }

    func run() throws {
        let first = try AnalyticsParsing.actor(a, "A"), second = try AnalyticsParsing.actor(b, "B")
        let options = SeriesOptions(granularity: Granularity(rawValue: by)!, directed: directed, thinBelow: thin,
                                    window: try AnalyticsParsing.window(since: since, until: until))
        let database = try store.openExisting()
        let (series, events) = try database.series(first, second, options: options)
        let shifts = ShiftDetector.detect(series, events: events, a: first, b: second, series: options,
                                          shifts: ShiftOptions(metric: ShiftMetric(rawValue: metric)!, window: baseline,
                                                               threshold: z))
        let title = "\(first.prefix)–\(second.prefix) by \(by)\(directed ? " (\(first.prefix) → \(second.prefix))" : "")"
        if let plot {
            do {
                try SeriesChart().svg(series.points, title: title, shifts: shifts)
                    .write(toFile: plot, atomically: true, encoding: .utf8)
            } catch {
                StandardError().write("dyad: cannot write the chart to \(plot): \(error.localizedDescription)")
                throw ExitCode(1)
            }
        }
        print(render(series, shifts: shifts, title: title), terminator: "")
    }

    func render(_ series: DyadSeriesResult, shifts: [Shift], title: String) -> String {
        let points = series.points
        switch format {
        case "json":
            return RelationsJSON.series(series, a: a.uppercased(), b: b.uppercased(), by: Granularity(rawValue: by)!,
                                        directed: directed, shifts: shifts) + "\n"
        case "csv":
            var out = "period,start,events,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,"
                + "cooperation,conflict,goldstein_sum,goldstein_mean,actor_volume,share,thin\n"
            for p in points {
                out += [p.period, p.start.description, "\(p.events)", "\(p.quadClasses[0])", "\(p.quadClasses[1])",
                        "\(p.quadClasses[2])", "\(p.quadClasses[3])", "\(p.cooperation)", "\(p.conflict)",
                        JSON.number(p.goldsteinSum), p.goldsteinMean.map(JSON.number) ?? "", "\(p.actorVolume)",
                        p.share.map(JSON.number) ?? "", "\(p.thin)"].joined(separator: ",") + "\n"
            }
            return out
        default:
            var rows = [["period", "events", "q1", "q2", "q3", "q4", "coop", "conflict", "goldstein", "share", ""]]
            rows += points.map { p in
                [p.period, "\(p.events)", "\(p.quadClasses[0])", "\(p.quadClasses[1])", "\(p.quadClasses[2])",
                 "\(p.quadClasses[3])", "\(p.cooperation)", "\(p.conflict)",
                 p.goldsteinMean.map(AnalyticsParsing.decimal) ?? "-",
                 p.share.map { AnalyticsParsing.decimal($0 * 100) + "%" } ?? "-", p.thin ? "thin" : ""]
            }
            var out = title + "\n" + (points.isEmpty ? "no events between them are stored\n" : Table.render(rows))
            if series.unplaced > 0 {
                out += "\(series.unplaced) event(s) with a date too coarse for a \(by) (or none) are not in the series\n"
            }
            out += shifts.isEmpty ? "no shifts (|z| ≥ \(AnalyticsParsing.decimal(z)) on \(metric) against \(baseline) periods)\n"
                : "shifts (\(metric), z against the \(baseline) preceding periods):\n"
            for s in shifts {
                out += "  \(s.period) \(s.direction): \(AnalyticsParsing.decimal(s.value)) against "
                    + "\(AnalyticsParsing.decimal(s.baselineMean)) ± \(AnalyticsParsing.decimal(s.baselineDeviation)) "
                    + "(z = \(AnalyticsParsing.decimal(s.z))); events: \(s.drivers.map(\.id).joined(separator: " "))\n"
            }
            return out
        }
    }
}

import ArgumentParser
import DyadCore
import DyadRelations
import DyadStore
import Foundation

/// The options of every command that touches the event store.
struct StoreArguments: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The SQLite database of events (created when absent).",
                                                        valueName: "PATH"))
    var database: String = "dyad.sqlite"

    @Option(name: .customLong("window"), help: ArgumentHelp(
        "Reports of the same source, target and code within this many days are one event (fixed windows; 1 = same day). "
            + "A database keeps the window it was built with.", valueName: "DAYS"))
    var window: Int = 1

    /// Opens the store (at `path` instead of `--db` when given); a database that cannot be opened is exit 2 with
    /// its message.
    func open(path: String? = nil) throws -> SQLiteEventStore {
        do {
            return try SQLiteEventStore(path: path ?? database, deduplication: try DeduplicationPolicy(days: window))
        } catch {
            StandardError().write("dyad: \(error)")
            throw ExitCode(2)
        }
    }

    /// Opens an existing store for reading; a missing file is an error rather than a new empty database.
    func openExisting() throws -> SQLiteEventStore {
        guard FileManager.default.fileExists(atPath: database) else {
            StandardError().write("dyad: no event database at \(database)\n"
                + "    hint: run `dyad ingest FILE...` first, or give the database with --db PATH")
            throw ExitCode(2)
        }
        return try open()
    }
}

/// Date and actor options shared by the analytics commands.
enum AnalyticsParsing {
    static func date(_ text: String?, _ option: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(iso: text) else {
            throw ValidationError("\(option) '\(text)' is not a date; write it as YYYY-MM-DD (e.g. 2024-06-19)")
        }
        return date
    }

    static func window(since: String?, until: String?) throws -> DateWindow {
        let window = DateWindow(since: try date(since, "--since"), until: try date(until, "--until"))
        if let since = window.since, let until = window.until, since > until {
            throw ValidationError("--since \(since) is after --until \(until)")
        }
        return window
    }

    static func actor(_ text: String, _ what: String = "actor") throws -> ActorSelector {
        do { return try ActorSelector(text) } catch { throw ValidationError("\(what): \(error)") }
    }

    /// A number as tables print it: at most two decimals.
    static func decimal(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

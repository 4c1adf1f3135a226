import ArgumentParser
import DyadCore
import DyadLexicon
import DyadSyntax
import Foundation

/// The options of the commands that resolve actors and code events: models, lexicon, peer dictionaries.
struct CodingArguments: ParsableArguments {
    @Option(name: .customLong("model"), help: ArgumentHelp("Folder of language models to use instead of the shipped ones.",
                                                           valueName: "DIR"))
    var model: String?

    @Option(name: .customLong("lexicon"), help: ArgumentHelp(
        "Lexicon files or folders (.lex) to use instead of Dyad's own; repeat to combine.", valueName: "PATH"))
    var lexicon: [String] = []

    @Option(name: .customLong("dictionaries"), help: ArgumentHelp(
        "A folder of TABARI/PETRARCH actor and agent dictionaries to use on top of Dyad's lexicon.", valueName: "DIR"))
    var dictionaries: String?

    /// The models and the lexicon (peer dictionaries on top, or instead when `dictionariesOnly`); a file that cannot
    /// be read is exit 2 with its message, lexicon errors one line on standard error.
    /// `jobs` threads parse the lexicon's files (the command's `--jobs`).
    func load(dictionariesOnly: Bool = false, jobs: Int = 1) throws -> (models: LanguageModels, lexicon: Lexicon) {
        let errors = StandardError()
        // The models load on another thread while the lexicon loads here: each takes a few tenths of a second, and
        // every command that codes waits for both before its first document.
        let models = ModelsLoading(self)
        let loaded: Lexicon
        do {
            loaded = try lexicon(only: dictionariesOnly, jobs: jobs)
        } catch {
            errors.write("dyad: \(error)")
            throw ExitCode(2)
        }
        let broken = loaded.diagnostics.filter { $0.severity == .error }.count
        if broken > 0 {
            let files = (lexicon + (dictionaries.map { [$0] } ?? [])).joined(separator: " ")
            errors.write("dyad: the lexicon has \(broken) error(s); the entries or lines concerned were skipped\n"
                + "    hint: run `dyad lexicon check\(files.isEmpty ? "" : " " + files)` to see them")
        }
        return (try models.wait(), loaded)
    }

    /// The language models: `--model DIR`, or the shipped ones; one that cannot be read is exit 2 with its message.
    func loadModels() throws -> LanguageModels {
        do {
            return try model.map { try LanguageModels(folder: $0) } ?? LanguageModels.bundled()
        } catch {
            StandardError().write("dyad: \(error)")
            throw ExitCode(2)
        }
    }

    /// Dyad's lexicon (or the .lex files named), with peer dictionaries on top or instead.
    private func lexicon(only: Bool, jobs: Int) throws -> Lexicon {
        func own() throws -> Lexicon {
            lexicon.isEmpty ? try Lexicon.bundled(jobs: jobs)
                : try Lexicon.load(contentsOf: lexicon.map { URL(fileURLWithPath: $0) }, jobs: jobs)
        }
        guard let dictionaries else {
            if only { throw ValidationError("--dictionaries-only needs --dictionaries DIR") }
            return try own()
        }
        let peer = try Lexicon.peerDictionaries(in: URL(fileURLWithPath: dictionaries))
        return only ? peer : try own().merged(with: peer)
    }

    /// Today's date in UTC, for documents without a publication date.
    static func today() -> CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// `CodingArguments.loadModels()` running on a thread of its own.
private final class ModelsLoading: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the loading thread before `done` is signalled, read after.
    private var result: Result<LanguageModels, any Error>?

    init(_ arguments: CodingArguments) {
        Thread.detachNewThread { [self] in
            result = Result { try arguments.loadModels() }
            done.signal()
        }
    }

    /// The models, or the error loading them threw, once they are loaded.
    func wait() throws -> LanguageModels {
        done.wait()
        return try result!.get()
    }
}

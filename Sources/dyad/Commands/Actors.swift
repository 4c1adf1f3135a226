import ArgumentParser
import DyadCoding
import DyadCore
import DyadLexicon
import DyadSyntax
import DyadText
import Foundation

/// `dyad actors`: the actor mentions of documents, one JSON line each, with the code and why.
struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the actors of documents and their CAMEO codes, one JSON line per mention.",
        discussion: """
            Each line is {"doc_id","sentence","start","end","text","code","name","entry","rule"}: offsets in \
            Unicode scalars into the document text; `entry` is the lexicon entry that gave the code \
            (kind/id, e.g. person/vladimir-putin); `rule` says why (dated role, agent composition, coreference, ...). \
            Dated roles are taken on each document's publication date (--date for documents without one, else today).
            """)

    @OptionGroup var reader: ReaderArguments

    @Option(name: .customLong("model"), help: ArgumentHelp("Folder of language models to use instead of the shipped ones.",
                                                           valueName: "DIR"))
    var model: String?

    @Option(name: .customLong("lexicon"), help: ArgumentHelp(
        "Lexicon files or folders (.lex) to use instead of Dyad's own; repeat to combine.", valueName: "PATH"))
    var lexicon: [String] = []

    @Option(name: .customLong("dictionaries"), help: ArgumentHelp(
        "A folder of TABARI/PETRARCH actor and agent dictionaries to use on top of Dyad's lexicon.", valueName: "DIR"))
    var dictionaries: String?

    @Flag(help: "With --dictionaries, use only those dictionaries, not Dyad's lexicon.")
    var dictionariesOnly = false

    func run() throws {
        let errors = StandardError()
        let models: LanguageModels
        let loaded: Lexicon
        do {
            models = try model.map { try LanguageModels(folder: $0) } ?? LanguageModels.bundled()
            loaded = try Self.lexicon(own: lexicon, dictionaries: dictionaries, only: dictionariesOnly)
        } catch {
            errors.write("dyad: \(error)")
            throw ExitCode(2)
        }
        Self.reportLexiconErrors(loaded, own: lexicon, dictionaries: dictionaries, to: errors)
        let resolver = ActorResolver(lexicon: loaded)
        let today = Self.today()
        let pipeline = try Pipeline(Pipeline.segmentation().stages + [SyntaxStage(models: models)])
        let writer = ActorMentionWriter()
        let status = try DocumentRun(reader).run(pipeline: pipeline) { document, output in
            let mentions = resolver.mentions(in: document, on: document.document.date ?? today)
            writer.write(mentions, of: document.document, to: output)
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// Dyad's lexicon (or the .lex files named), with peer dictionaries on top or instead.
    static func lexicon(own paths: [String], dictionaries: String?, only: Bool) throws -> Lexicon {
        guard let dictionaries else {
            if only { throw ValidationError("--dictionaries-only needs --dictionaries DIR") }
            return paths.isEmpty ? try Lexicon.bundled() : try Lexicon.load(contentsOf: paths.map { URL(fileURLWithPath: $0) })
        }
        let peer = try Lexicon.peerDictionaries(in: URL(fileURLWithPath: dictionaries))
        if only { return peer }
        let own = paths.isEmpty ? try Lexicon.bundled() : try Lexicon.load(contentsOf: paths.map { URL(fileURLWithPath: $0) })
        return own.merged(with: peer)
    }

    /// One line on standard error when the lexicon had errors, with the command that shows them.
    static func reportLexiconErrors(_ lexicon: Lexicon, own: [String], dictionaries: String?, to errors: StandardError) {
        let broken = lexicon.diagnostics.filter { $0.severity == .error }.count
        guard broken > 0 else { return }
        let files = (own + (dictionaries.map { [$0] } ?? [])).joined(separator: " ")
        errors.write("dyad: the lexicon has \(broken) error(s); the entries or lines concerned were skipped\n"
            + "    hint: run `dyad lexicon check\(files.isEmpty ? "" : " " + files)` to see them")
    }

    /// Today's date in UTC.
    static func today() -> CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

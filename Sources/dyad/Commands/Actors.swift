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
        let broken = loaded.diagnostics.filter { $0.severity == .error }
        if !broken.isEmpty {
            errors.write("dyad: \(broken.count) lexicon entr\(broken.count == 1 ? "y was" : "ies were") skipped; run `dyad lexicon check` for details")
        }
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

    /// Today's date in UTC.
    static func today() -> CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

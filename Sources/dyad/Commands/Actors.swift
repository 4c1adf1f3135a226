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

    @OptionGroup var coding: CodingArguments

    @Flag(help: "With --dictionaries, use only those dictionaries, not Dyad's lexicon.")
    var dictionariesOnly = false

    func run() throws {
        let (models, loaded) = try coding.load(dictionariesOnly: dictionariesOnly)
        let resolver = ActorResolver(lexicon: loaded)
        let today = CodingArguments.today()
        let pipeline = try Pipeline(Pipeline.segmentation().stages + [SyntaxStage(models: models)])
        let writer = ActorMentionWriter()
        let status = try DocumentRun(reader).run(pipeline: pipeline) { document, output in
            let mentions = resolver.mentions(in: document, on: document.document.date ?? today)
            writer.write(mentions, of: document.document, to: output)
        }
        if status != 0 { throw ExitCode(status) }
    }
}

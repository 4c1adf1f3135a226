import ArgumentParser
import DyadSyntax
import DyadText

/// `dyad parse`: CoNLL-U with every column the language layer fills.
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tag, lemmatize, parse and find the entities of documents, written as CoNLL-U.",
        discussion: """
            Writes what `dyad tokenize` writes, with LEMMA, UPOS (Universal), XPOS (Penn Treebank), HEAD and DEPREL \
            (spaCy's English label set) filled, and the entity tag of each token in MISC as `NER=B-GPE`, `NER=I-GPE` \
            or `NER=O` (the 18 OntoNotes types). The models shipped with Dyad are used unless --model names a \
            folder with `tagger.bin`, `lemmatizer.tsv`, `parser.bin` and `entities.bin` (see MODEL_CARD.md beside \
            the shipped models for how to train them).
            """)

    @OptionGroup var reader: ReaderArguments

    @Option(name: .customLong("model"), help: ArgumentHelp("Folder of language models to use instead of the shipped ones.",
                                                           valueName: "DIR"))
    var model: String?

    func run() throws {
        let models: LanguageModels
        do {
            models = try model.map { try LanguageModels(folder: $0) } ?? LanguageModels.bundled()
        } catch {
            StandardError().write("dyad: \(error)")
            throw ExitCode(2)
        }
        let pipeline = try Pipeline(Pipeline.segmentation().stages + [SyntaxStage(models: models)])
        let writer = CoNLLUWriter()
        let status = try DocumentRun(reader).run(pipeline: pipeline) { document, output in writer.write(document, to: output) }
        if status != 0 { throw ExitCode(status) }
    }
}

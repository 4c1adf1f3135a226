import ArgumentParser
import DyadText

/// `dyad tokenize`: CoNLL-U with tokens and sentences.
struct Tokenize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split documents into sentences and tokens, written as CoNLL-U.",
        discussion: """
            Writes `# newdoc id = <doc id>` before each document and, for each sentence, `# sent_id = <doc id>-<n>` \
            (n from 1) and `# text = <sentence>` (line breaks as spaces), then one line per token: ID, FORM exactly \
            as in the text, `_` in the columns later stages fill, and MISC `TokenRange=<start>:<end>` in Unicode \
            scalars relative to the document text (with `|SpaceAfter=No` when no whitespace follows the token).
            """)

    @OptionGroup var reader: ReaderArguments

    func run() throws {
        let writer = CoNLLUWriter()
        let status = try DocumentRun(reader).run { document, output in writer.write(document, to: output) }
        if status != 0 { throw ExitCode(status) }
    }
}

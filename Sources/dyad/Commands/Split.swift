import ArgumentParser
import DyadText

/// `dyad split`: one JSON line per sentence.
struct Split: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split documents into sentences.",
        discussion: """
            Writes one JSON object per sentence: {"doc_id","sentence","start","end","text"}. `sentence` counts \
            from 0 within its document; `start` and `end` are offsets in Unicode scalars (code points, as Python \
            counts) into the document text.
            """)

    @OptionGroup var reader: ReaderArguments

    func run() throws {
        let writer = SentenceJSONWriter()
        let status = try DocumentRun(reader).run { document, output in writer.write(document, to: output) }
        if status != 0 { throw ExitCode(status) }
    }
}

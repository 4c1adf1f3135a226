import ArgumentParser
import DyadCoding
import DyadCore
import DyadLexicon
import DyadSyntax
import DyadText
import Foundation

/// `dyad code`: CAMEO events of documents, one JSON line each.
struct Code: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Code the events of documents (CAMEO, Goldstein, quad class, PLOVER), one JSON line per event.",
        discussion: """
            Each line has id, version, doc_id, sentence, date, date_precision, date_text, source and target \
            ({code,name,text,start,end}), cameo (with its leading zero), cameo_name, quad_class, goldstein, plover \
            ({event,mode}), modality (asserted, intended, reported), attribution, location, text (the sentence) and \
            rule (the verb entry and pattern that fired, with its file and line). An event's date is the date \
            expression nearest its verb ("on Tuesday", "March 27", "in June 2024", "last month"), resolved against \
            the publication date, or the publication date itself. The event coder is young: only Dyad's own verb \
            patterns are used so far.
            """)

    @OptionGroup var reader: ReaderArguments

    @OptionGroup var coding: CodingArguments

    @Option(help: ArgumentHelp("Output layout: jsonl (default), csv, or the tab-separated icews, phoenix, plover tables.",
                               valueName: "format"))
    var format: String = "jsonl"

    @Option(help: ArgumentHelp("Documents coded in parallel on this many threads; output stays in input order.",
                               valueName: "N"))
    var jobs: Int = 1

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
        guard format == "jsonl" || EventTableWriter.Layout(rawValue: format) != nil else {
            throw ValidationError("--format '\(format)' is not one of: jsonl, csv, icews, phoenix, plover")
        }
    }

    func run() throws {
        let (models, loaded) = try coding.load()
        let coder = EventCoder(lexicon: loaded, resolver: ActorResolver(lexicon: loaded))
        let today = CodingArguments.today()
        let pipeline = try Pipeline(Pipeline.segmentation().stages + [SyntaxStage(models: models)])
        let version = "dyad \(DyadVersion.current); lexicon \(loaded.verbs.count) verbs; models en-news"
        let writer = EventWriter(version: version)
        let table = EventTableWriter.Layout(rawValue: format).map { EventTableWriter(layout: $0, version: version, lexicon: loaded) }
        var headerWritten = false
        let status = try DocumentRun(reader).run(pipeline: pipeline, jobs: jobs, analyse: { document in
            coder.events(in: document, on: document.document.date ?? today)
        }) { document, events, output in
            if let table {
                if !headerWritten {
                    table.writeHeader(to: output)
                    headerWritten = true
                }
                table.write(events, of: document, to: output)
            } else {
                writer.write(events, of: document, to: output)
            }
        }
        if status != 0 { throw ExitCode(status) }
    }
}

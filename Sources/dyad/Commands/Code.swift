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
            the publication date, or the publication date itself. With --dictionaries DIR holding a TABARI or \
            PETRARCH verbs file, that folder's verbs, actors, agents and discards code the events instead of Dyad's \
            lexicon (the peer coder, on Dyad's parse): each line then has id, version, doc_id, sentence, date, \
            source and target ({code}, the peer's codes), cameo, cameo_name, quad_class and goldstein when the code \
            is CAMEO, text and rule.

            Sentences with no word the coder codes (no verb of the lexicon, by lemma or form, and none of the words \
            its intent, refusal, demand, threat, verdict and deployment rules start from) are tagged and have their \
            entities found, but are not parsed, unless their actors can be referred to by a later sentence that is: \
            the events are those of a full parse, byte for byte, in less time. --parse-all parses every sentence; \
            --stats (or the progress bar) reports at the end how many sentences reached the parser. The peer coder \
            (--dictionaries) parses every sentence.
            """)

    @OptionGroup var reader: ReaderArguments

    @OptionGroup var coding: CodingArguments

    @Option(help: ArgumentHelp("Output layout: jsonl (default), csv, or the tab-separated icews, phoenix, plover tables.",
                               valueName: "format"))
    var format: String = "jsonl"

    @Option(help: ArgumentHelp("Documents coded in parallel on this many threads; output stays in input order.",
                               valueName: "N"))
    var jobs: Int = 1

    @OptionGroup var targets: TargetArguments

    @Flag(help: "Parse every sentence, also those that cannot yield an event (slower; the events are the same).")
    var parseAll = false

    @Flag(help: "At the end, write to standard error how many sentences reached the parser.")
    var stats = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
        guard format == "jsonl" || EventTableWriter.Layout(rawValue: format) != nil else {
            throw ValidationError("--format '\(format)' is not one of: jsonl, csv, icews, phoenix, plover")
        }
    }

    func run() throws {
        if let folder = coding.dictionaries {
            // Only a folder with a verbs file is read here; one with actors and agents alone goes to the lexicon.
            let peer: PeerRules.Folder?
            do {
                let url = URL(fileURLWithPath: folder)
                peer = try PeerDictionary.dictionaryFiles(in: url).contains { $0.kind == .verbs } ? PeerRules.load(folder: url) : nil
            } catch {
                StandardError().write("dyad: \(error)")
                throw ExitCode(2)
            }
            if let peer, let rules = peer.rules {
                try runPeer(rules, folder: peer)
                return
            }
        }
        let (models, loaded) = try coding.load(jobs: jobs)
        let coder = EventCoder(lexicon: loaded, resolver: ActorResolver(lexicon: loaded), guessesTargets: targets.guessesTargets,
                               requiresDyad: targets.requiresDyad)
        let today = CodingArguments.today()
        let selector = parseAll ? nil : EventParseSelector(coder: coder)
        let pipeline = try Pipeline(Pipeline.segmentation().stages + [SyntaxStage(models: models, selector: selector)])
        let version = "dyad \(DyadVersion.current); lexicon \(loaded.verbs.count) verbs; models en-news\(targets.versionNote)"
        let writer = EventWriter(version: version)
        let table = EventTableWriter.Layout(rawValue: format).map { EventTableWriter(layout: $0, version: version, lexicon: loaded) }
        var headerWritten = false
        var share = ParsedShare()
        let status = try DocumentRun(reader).run(pipeline: pipeline, jobs: jobs, analyse: { document in
            coder.events(in: document, on: document.document.date ?? today)
        }) { document, events, output in
            share.count(document)
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
        if stats || (!reader.noProgress && isatty(STDERR_FILENO) == 1) {
            StandardError().write("dyad: \(share)")
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// `--dictionaries DIR` with a verbs file: the peer coder, with that folder's dictionaries only.
    private func runPeer(_ rules: PeerRules, folder: PeerRules.Folder) throws {
        let errors = StandardError()
        guard format == "jsonl" else {
            errors.write("dyad: --format \(format) is not available with peer verb dictionaries\n    hint: leave out --format (JSON Lines)")
            throw ExitCode(2)
        }
        if !folder.diagnostics.isEmpty {
            errors.write("dyad: the peer dictionaries have \(folder.diagnostics.count) bad line(s), skipped\n    hint: run `dyad lexicon check \(coding.dictionaries ?? "")` to see them")
        }
        if folder.files[.actors] == nil {
            errors.write("dyad: \(coding.dictionaries ?? ""): no actors dictionary in the folder, so no event can have actors\n    hint: add the .actors file(s) the verbs were written for")
        }
        let models = try coding.loadModels()
        let coder = PeerCoder(rules: rules)
        let today = CodingArguments.today()
        let pipeline = try Pipeline(Pipeline.segmentation().stages + [SyntaxStage(models: models)])
        let verbs = (folder.files[.verbs] ?? []).map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
        let writer = PeerEventWriter(version: "dyad \(DyadVersion.current); peer verbs \(verbs); models en-news")
        let status = try DocumentRun(reader).run(pipeline: pipeline, jobs: jobs, analyse: { document in
            coder.code(document, on: document.document.date ?? today).events
        }) { document, events, output in
            writer.write(events, of: document, to: output)
        }
        if status != 0 { throw ExitCode(status) }
    }
}

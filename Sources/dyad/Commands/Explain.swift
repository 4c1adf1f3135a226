import ArgumentParser
import DyadCoding
import DyadCore
import DyadLexicon
import DyadSyntax
import DyadText
import Foundation

/// `dyad explain "a sentence"`: everything the coder saw and decided.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how a sentence is coded: its parse, its actors and why, each verb's patterns tried and chosen.",
        discussion: """
            For each verb with patterns: the slots read (voice, source, object, prepositions, particle, governed \
            verb), the patterns whose cues held, the one chosen and its events, or why the verb gave none (negated, \
            hypothetical, part of a chain, no actor where the pattern needs one).
            """)

    @Argument(help: ArgumentHelp("The text to explain (one or a few sentences).", valueName: "text"))
    var text: String

    @Option(help: ArgumentHelp("Publication date for dated roles and relative dates (YYYY-MM-DD); default today.",
                               valueName: "date"))
    var date: String?

    @OptionGroup var targets: TargetArguments

    func run() throws {
        let errors = StandardError()
        var published = CodingArguments.today()
        if let date {
            guard let parsed = CalendarDate(iso: date) else {
                throw ValidationError("--date '\(date)' is not a valid date: write it as YYYY-MM-DD")
            }
            published = parsed
        }
        let lexicon: Lexicon
        let models: LanguageModels
        do {
            lexicon = try Lexicon.bundled()
            models = try LanguageModels.bundled()
        } catch {
            errors.write("dyad: \(error)")
            throw ExitCode(2)
        }
        let resolver = ActorResolver(lexicon: lexicon)
        // Every event, one-sided ones too: those the default drops are listed, and said to be dropped.
        let coder = EventCoder(lexicon: lexicon, resolver: resolver, guessesTargets: targets.guessesTargets, requiresDyad: false)
        let pipeline = try Pipeline(Pipeline.segmentation().stages + [SyntaxStage(models: models)])
        let (document, _) = pipeline.run(Document(id: "explain", date: published, text: text))
        let mentions = resolver.mentions(in: document, on: published)
        var out = ParseTable.text(of: document)
        out += "Actors:\n"
        for mention in mentions {
            out += "  [\(mention.sentence)] \(mention.text) → \(mention.code.code) (\(mention.name)); \(mention.rule); \(mention.entry)\n"
        }
        if mentions.isEmpty { out += "  none\n" }
        out += "Verbs:\n"
        let traces = coder.explain(document, mentions: mentions)
        for trace in traces {
            out += "  \(trace.verb) (\(trace.lemma), token \(trace.token)); entries: \(trace.entries.joined(separator: ", "))\n"
            if !trace.slots.isEmpty {
                out += "    read: " + trace.slots.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: "; ") + "\n"
            }
            for held in trace.held { out += "    held: \(held)\n" }
            if let chosen = trace.chosen { out += "    chosen: \(chosen)\n" }
            if let skipped = trace.skipped { out += "    no event: \(skipped)\n" }
            for event in trace.events {
                out += "    event: \(event.source.code.code) \(event.code.code) (\(event.code.name)) \(event.target?.code.code ?? "-"), \(event.modality.rawValue)\n"
            }
        }
        if traces.isEmpty { out += "  no verb of the sentence has patterns in the lexicon\n" }
        out += "Events (after the sentence-level rules):\n"
        let events = coder.events(in: document, mentions: mentions, published: published)
        for event in events {
            let dropped = event.target == nil && targets.requiresDyad ? "dropped, no target (--one-sided keeps it): " : ""
            out += "  \(dropped)\(event.source.code.code) \(event.code.code) \(event.target?.code.code ?? "-") on \(event.date?.iso ?? "?"), \(event.modality.rawValue); \(event.rule)\n"
        }
        if events.isEmpty { out += "  none\n" }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

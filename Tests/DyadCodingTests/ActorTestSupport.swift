import DyadCoding
import DyadCore
import DyadLexicon
import DyadSyntax
import DyadText

/// Shared, loaded once: the shipped models and lexicon, and a way to run `dyad actors` on a string.
enum ActorTestSupport {
    static let models = try! LanguageModels.bundled()
    static let lexicon = try! Lexicon.bundled()
    static let resolver = ActorResolver(lexicon: lexicon)
    static let pipeline = try! Pipeline(Pipeline.segmentation().stages + [SyntaxStage(models: models)])

    /// The mentions of `text` published on `date` (YYYY-MM-DD), resolved with `resolver`.
    static func mentions(_ text: String, on date: String, resolver: ActorResolver = resolver) -> [ActorMention] {
        let day = CalendarDate(iso: date)!
        let (document, _) = pipeline.run(Document(id: "test", date: day, text: text))
        return resolver.mentions(in: document, on: day)
    }

    /// The code of the mention whose text is `text` (or that contains it), if any.
    static func code(of text: String, in mentions: [ActorMention]) -> String? {
        (mentions.first { $0.text == text } ?? mentions.first { $0.text.contains(text) })?.code.code
    }

    /// An event coder with the shipped actors and the verb entries of `verbs` (a test's own small verb lexicon). It
    /// keeps one-sided events unless told otherwise: the rule suites check that a rule leaves an act without a
    /// target ("CHN 163 -") as much as that it finds one, and the default coder would hide the first.
    static func coder(verbs: String, named name: String, guessesTargets: Bool = true,
                      requiresDyad: Bool = false) -> EventCoder {
        let combined = Lexicon(entries: lexicon.entries).merged(with: Lexicon(files: [(name, verbs)]))
        return EventCoder(lexicon: combined, resolver: resolver, guessesTargets: guessesTargets, requiresDyad: requiresDyad)
    }

    /// The events `coder` finds in `text` (published 2024-06-20), as "SOURCE CODE TARGET" ("-" for no target).
    static func triples(_ text: String, coder: EventCoder) -> [String] {
        let day = CalendarDate(iso: "2024-06-20")!
        let (document, _) = pipeline.run(Document(id: "t", date: day, text: text))
        return coder.events(in: document, on: day).map { "\($0.source.code.code) \($0.code.code) \($0.target?.code.code ?? "-")" }
    }
}

import DyadCoding
import DyadCore
import DyadSyntax
import DyadText
import Testing

/// `dyad code`'s parse selection: sentences that cannot yield an event are tagged but not parsed, and the events are
/// those of a full parse.
@Suite("Parse selection")
struct ParseSelectionTests {
    static let coder = EventCoder(lexicon: ActorTestSupport.lexicon, resolver: ActorTestSupport.resolver)
    static let selector = EventParseSelector(coder: coder)
    static let selecting = try! Pipeline(Pipeline.segmentation().stages
        + [SyntaxStage(models: ActorTestSupport.models, selector: selector)])
    static let day = CalendarDate(iso: "2024-06-20")!

    /// `text` analysed with the selector and with a full parse.
    static func analyses(_ text: String) -> (selected: AnnotatedDocument, full: AnnotatedDocument) {
        let document = Document(id: "t", date: day, text: text)
        return (selecting.run(document).document, ActorTestSupport.pipeline.run(document).document)
    }

    /// The events as the JSON lines `dyad code` writes.
    static func lines(_ document: AnnotatedDocument) -> String {
        let writer = EventWriter(version: "test")
        let buffer = OutputBuffer(capacity: 1 << 16)
        writer.write(coder.events(in: document, on: day), of: document, to: buffer)
        return String(decoding: buffer.array, as: UTF8.self)
    }

    @Test("a sentence with no lexicon verb is not parsed: head -1, label _, listed as unparsed; it codes nothing")
    func noVerb() {
        let (selected, full) = Self.analyses("The weather in the region was mild and sunny for most of the week.")
        #expect(!Self.selector.mayCodeEvents(selected.sentences[0], in: selected))
        #expect(selected.unparsedSentences == [0])
        #expect(!selected.isParsed(sentence: 0))
        #expect(selected.heads.allSatisfy { $0 == -1 })
        #expect(selected.deprels.allSatisfy { $0 == "_" })
        // Tags, lemmas and entities are those of the full analysis.
        #expect(selected.xpos == full.xpos && selected.lemmas == full.lemmas && selected.entityTags == full.entityTags)
        #expect(full.unparsedSentences.isEmpty && full.isParsed(sentence: 0))
        #expect(Self.coder.events(in: selected, on: Self.day).isEmpty)
        #expect(ActorTestSupport.resolver.mentions(in: selected, on: Self.day).isEmpty)
    }

    @Test("a sentence with a lexicon verb is parsed, as the full pipeline parses it, and codes its event")
    func lexiconVerb() {
        let (selected, full) = Self.analyses("Russia condemned the attack on Ukraine on Tuesday.")
        #expect(Self.selector.mayCodeEvents(selected.sentences[0], in: selected))
        #expect(selected.unparsedSentences.isEmpty)
        #expect(selected.heads == full.heads && selected.deprels == full.deprels)
        #expect(!Self.coder.events(in: selected, on: Self.day).isEmpty)
        #expect(Self.lines(selected) == Self.lines(full))
    }

    @Test("which sentences reach the parser: triggers, and actor sentences before the last trigger; not the rest")
    func share() {
        let text = """
            Net sales were 5.6 mln dlrs in the quarter. President Vladimir Putin was in Moscow. \
            He condemned the attack on Ukraine. The weather was mild. Shares were flat in late trading.
            """
        let (selected, full) = Self.analyses(text)
        #expect(selected.sentences.count == 5)
        // 0: nothing that names or refers to an actor, before the trigger; 1: names Putin, whom "he" refers to;
        // 2: the trigger; 3 and 4 after it ("share" is a lexicon verb, but the sentence names no actor).
        #expect(selected.unparsedSentences == [0, 3, 4])
        let parsed = selected.sentences.indices.filter { selected.isParsed(sentence: $0) }.count
        #expect(parsed == 2)
        #expect(Self.lines(selected) == Self.lines(full))
        #expect(Self.lines(selected).contains("\"cameo\":\"1"), "\(Self.lines(selected))")
    }

    @Test("odd input does not crash and codes what a full parse codes", arguments: [
        "",
        " \n\t ",
        String(repeating: "word ", count: 4_000),
        String(repeating: "Russia condemned ", count: 2_000) + "Ukraine.",
        "Путин осудил нападение. 習近平は北京で会談した。 Erdoğan criticised Israel. 🙂🙂 ,,, ...",
        "Mr. Müller, the Zürich-based envoy, said Ukraine's forces had shelled the town of Kupiansk. It was quiet.",
    ])
    func oddInput(_ text: String) {
        let (selected, full) = Self.analyses(text)
        #expect(Self.lines(selected) == Self.lines(full))
        #expect(selected.heads.count == selected.tokens.count && selected.deprels.count == selected.tokens.count)
    }

    @Test("the words of the rules outside the verb patterns make a sentence a trigger")
    func ruleWords() {
        for text in ["Iran is ready to talk.", "Tehran refused.", "China must act.", "Beijing cautioned.",
                     "Seoul vowed to retaliate.", "Kyiv dismissed it as a farce.", "The army ruled it out.",
                     "Russian paratroopers began arriving in Kazakhstan."] {
            let (selected, _) = Self.analyses(text)
            #expect(selected.unparsedSentences.isEmpty, "\(text)")
        }
    }
}

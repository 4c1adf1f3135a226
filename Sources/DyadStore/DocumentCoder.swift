import DyadCoding
import DyadCore
import DyadLexicon
import DyadSyntax
import DyadText

/// Codes documents for the store: the language pipeline, the actor resolver and the event coder, used alike by
/// `dyad ingest` and by the server's `POST /documents`.
public struct DocumentCoder: Sendable {
    /// Segmentation and the language models.
    public let pipeline: Pipeline
    let coder: EventCoder
    /// The version stamped on what it codes.
    public let version: String
    let today: CalendarDate

    /// Creates the coder from loaded models and lexicon; `today` dates documents without a publication date;
    /// `guessesTargets` and `requiresDyad` as ``EventCoder``'s.
    public init(models: LanguageModels, lexicon: Lexicon, version: String, today: CalendarDate,
                guessesTargets: Bool = true, requiresDyad: Bool = true) throws {
        // Every sentence is parsed (no `EventParseSelector`, unlike `dyad code`): the store keeps the actor mentions
        // of every sentence, and mentions are read from the parse.
        pipeline = try Pipeline(Pipeline.segmentation().stages + [SyntaxStage(models: models)])
        // One resolver, the coder's: compiling the lexicon's matcher twice would double the start-up work.
        coder = EventCoder(lexicon: lexicon, resolver: ActorResolver(lexicon: lexicon), guessesTargets: guessesTargets,
                           requiresDyad: requiresDyad)
        self.version = version
        self.today = today
    }

    /// The shipped models and lexicon.
    public static func bundled(version: String, today: CalendarDate) throws -> DocumentCoder {
        try DocumentCoder(models: try LanguageModels.bundled(), lexicon: try Lexicon.bundled(), version: version,
                          today: today)
    }

    /// The actors and events of a document the pipeline has analysed.
    func analyse(_ analysed: AnnotatedDocument) -> (actors: [ActorMention], events: [CodedEvent]) {
        let date = analysed.document.date ?? today
        let actors = coder.resolver.mentions(in: analysed, on: date)
        return (actors, coder.events(in: analysed, mentions: actors, published: date))
    }

    /// The record to store for a document the pipeline has analysed.
    public func record(of analysed: AnnotatedDocument) -> CodedDocument {
        let (actors, events) = analyse(analysed)
        return CodedDocument(analysed: analysed, actors: actors, events: events, version: version)
    }

    /// A document analysed and coded: the record to store and its events as output rows.
    public func code(_ document: Document) -> (record: CodedDocument, rows: [EventRow]) {
        let analysed = pipeline.run(document).document
        let (actors, events) = analyse(analysed)
        return (CodedDocument(analysed: analysed, actors: actors, events: events, version: version),
                events.map { EventRow($0, of: analysed) })
    }
}

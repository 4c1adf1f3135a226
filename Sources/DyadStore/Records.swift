import DyadCore
import DyadRelations

/// A coded document ready to be stored: its metadata and text, sentences, actor mentions and event mentions.
public struct CodedDocument: Sendable, Hashable {
    /// The article.
    public var document: Document
    /// SHA-256 of its text: the same text is never stored twice.
    public var hash: String
    /// Each sentence's characters (Unicode scalars), in order.
    public var sentences: [Span]
    /// The actors found.
    public var actors: [ActorMentionRecord]
    /// The events found, each as one mention.
    public var events: [EventMentionRecord]
    /// The coder, lexicon and model versions that produced them.
    public var version: String

    /// Creates a record; `hash` defaults to the SHA-256 of the text.
    public init(document: Document, hash: String? = nil, sentences: [Span], actors: [ActorMentionRecord],
                events: [EventMentionRecord], version: String) {
        self.document = document
        self.hash = hash ?? CodedDocument.contentHash(of: document.text)
        self.sentences = sentences
        self.actors = actors
        self.events = events
        self.version = version
    }

    /// The content hash of a text.
    public static func contentHash(of text: String) -> String { SHA256.hex(text.utf8) }
}

/// An actor found in a stored sentence.
public struct ActorMentionRecord: Sendable, Hashable, Codable {
    public var sentence: Int
    public var span: Span
    public var text: String
    public var code: String
    public var name: String
    /// The lexicon entry ("country/PRK").
    public var entry: String
    /// Why the resolver chose the code.
    public var rule: String

    /// Creates a mention.
    public init(sentence: Int, span: Span, text: String, code: String, name: String, entry: String, rule: String) {
        self.sentence = sentence
        self.span = span
        self.text = text
        self.code = code
        self.name = name
        self.entry = entry
        self.rule = rule
    }
}

/// One side of an event as a sentence named it.
public struct ActorEvidence: Sendable, Hashable, Codable {
    public var code: String
    public var name: String
    public var text: String
    public var span: Span
    public var entry: String

    /// Creates the evidence.
    public init(code: String, name: String, text: String, span: Span, entry: String) {
        self.code = code
        self.name = name
        self.text = text
        self.span = span
        self.entry = entry
    }
}

/// One sentence's report of an event: the deduplication key's parts and the evidence.
public struct EventMentionRecord: Sendable, Hashable, Codable {
    /// The sentence's index in its document.
    public var sentence: Int
    /// The event's date (first day of its period) and precision; `nil` when unknown.
    public var date: CalendarDate?
    public var precision: DatePrecision
    /// The date expression's characters, when the date came from the text.
    public var dateSpan: Span?
    public var source: ActorEvidence
    public var target: ActorEvidence?
    /// The CAMEO code ("057").
    public var cameo: String
    /// Where the verb or noun carrying the event starts (Unicode scalars from the document's start).
    public var actionStart: Int
    /// `asserted`, `intended` or `reported`.
    public var modality: String
    /// Who said it, for reported speech.
    public var speakerCode: String?, speakerText: String?
    /// The pattern that fired.
    public var rule: String

    /// Creates a mention.
    public init(sentence: Int, date: CalendarDate?, precision: DatePrecision, dateSpan: Span?, source: ActorEvidence,
                target: ActorEvidence?, cameo: String, actionStart: Int, modality: String, speakerCode: String? = nil,
                speakerText: String? = nil, rule: String) {
        self.sentence = sentence
        self.date = date
        self.precision = precision
        self.dateSpan = dateSpan
        self.source = source
        self.target = target
        self.cameo = cameo
        self.actionStart = actionStart
        self.modality = modality
        self.speakerCode = speakerCode
        self.speakerText = speakerText
        self.rule = rule
    }
}

/// A stored document as read back (for re-coding and evidence).
public struct StoredDocument: Sendable, Hashable {
    public var document: Document
    public var hash: String
    public var version: String
}

/// One stored report of an event, with the document and sentence it is in.
public struct StoredMention: Sendable, Hashable {
    /// The deduplicated event it belongs to.
    public var eventID: String
    /// The document's content hash, id, outlet, address and publication date.
    public var documentHash: String, documentID: String
    public var outlet: String?, url: String?, published: CalendarDate?
    /// The document's length in characters.
    public var documentLength: Int
    /// The sentence's text, and where it starts in the document (Unicode scalars).
    public var sentenceText: String, sentenceStart: Int
    /// The coder version that produced it.
    public var version: String
    /// What the sentence said.
    public var record: EventMentionRecord

    /// The order every store lists reports in: by event, then publication date (undated last), document id and
    /// sentence; the first of an event is its representative report.
    public static func reportOrder(_ a: StoredMention, _ b: StoredMention) -> Bool {
        if a.eventID != b.eventID { return a.eventID < b.eventID }
        let pa = a.published?.ordinal ?? Int.max, pb = b.published?.ordinal ?? Int.max
        if pa != pb { return pa < pb }
        if a.documentID != b.documentID { return a.documentID < b.documentID }
        return a.record.sentence < b.record.sentence
    }
}

/// What a batch did.
public struct BatchOutcome: Sendable, Hashable {
    /// Documents stored (ids).
    public var stored: [String] = []
    /// Documents skipped because their text was stored before: (id, id it was stored under).
    public var duplicates: [Duplicate] = []
    /// Documents that could not be stored: (id, why); the rest of the batch is kept.
    public var failed: [Failure] = []
    /// Event mentions written, and events that were new.
    public var mentions = 0, newEvents = 0

    public struct Duplicate: Sendable, Hashable {
        public var id: String, storedAs: String

        public init(id: String, storedAs: String) {
            self.id = id
            self.storedAs = storedAs
        }
    }

    public struct Failure: Sendable, Hashable {
        public var id: String, message: String

        public init(id: String, message: String) {
            self.id = id
            self.message = message
        }
    }

    public init() {}
}

/// How much a store holds.
public struct StoreCounts: Sendable, Hashable, Codable {
    public var documents: Int
    public var sentences: Int
    public var actorMentions: Int
    public var events: Int
    public var eventMentions: Int

    public init(documents: Int, sentences: Int, actorMentions: Int, events: Int, eventMentions: Int) {
        self.documents = documents
        self.sentences = sentences
        self.actorMentions = actorMentions
        self.events = events
        self.eventMentions = eventMentions
    }
}

/// Points inside an ingest transaction where a test may stop the process, to prove that an interrupted batch leaves
/// the database as it was before the batch.
public enum IngestPoint: String, Sendable, CaseIterable {
    /// After the batch's first document row.
    case document
    /// After the first document's events.
    case events
    /// After every row of the batch, just before the commit.
    case commit
}

/// A store that cannot do what was asked.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    public let hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String { hint.map { "\(message) (\($0))" } ?? message }
}

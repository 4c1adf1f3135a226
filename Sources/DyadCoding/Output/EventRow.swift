import DyadCore
import DyadText

/// One event with everything an output line needs, whether it comes straight from the coder (`dyad code`) or from
/// the store (`dyad events`): the writers of every layout take rows, so both paths print the same fields.
public struct EventRow: Sendable {
    /// One side of the event.
    public struct Actor: Sendable {
        /// The code.
        public var code: ActorCode
        /// Its name in English.
        public var name: String
        /// The words in the text.
        public var text: String
        /// The words' characters in the document (Unicode scalars).
        public var span: Span
        /// The lexicon entry it came from ("country/PRK"), for sectors.
        public var entry: String

        /// Creates an actor.
        public init(code: ActorCode, name: String, text: String, span: Span, entry: String) {
            self.code = code
            self.name = name
            self.text = text
            self.span = span
            self.entry = entry
        }

        /// The actor of a coder's mention.
        public init(_ mention: ActorMention) {
            self.init(code: mention.code, name: mention.name, text: mention.text, span: mention.span, entry: mention.entry)
        }
    }

    /// The event's id.
    public var id: String
    /// The document it was read in.
    public var documentID: String
    /// The document's outlet, address and publication date.
    public var outlet: String?, url: String?, published: CalendarDate?
    /// The sentence's index and text.
    public var sentence: Int, sentenceText: String
    /// When it happened.
    public var date: EventDate?
    /// Who did it, and to whom.
    public var source: Actor, target: Actor?
    /// What was done.
    public var code: EventCode
    /// How the sentence presents it.
    public var modality: CodedEvent.Modality
    /// Who said it, for reported speech.
    public var speaker: (code: String, text: String)?
    /// The pattern that fired.
    public var rule: String
    /// For stored events: how many sentences, in how many documents, reported it.
    public var mentions: Int?, documents: Int?

    /// Creates a row from its parts.
    public init(id: String, documentID: String, outlet: String?, url: String?, published: CalendarDate?, sentence: Int,
                sentenceText: String, date: EventDate?, source: Actor, target: Actor?, code: EventCode,
                modality: CodedEvent.Modality, speaker: (code: String, text: String)?, rule: String,
                mentions: Int? = nil, documents: Int? = nil) {
        self.id = id
        self.documentID = documentID
        self.outlet = outlet
        self.url = url
        self.published = published
        self.sentence = sentence
        self.sentenceText = sentenceText
        self.date = date
        self.source = source
        self.target = target
        self.code = code
        self.modality = modality
        self.speaker = speaker
        self.rule = rule
        self.mentions = mentions
        self.documents = documents
    }

    /// The row of a coded event of `document`; its id is ``EventRow/identifier(document:event:)``.
    public init(_ event: CodedEvent, of document: AnnotatedDocument) {
        let meta = document.document
        self.init(id: Self.identifier(document: meta.id, event: event), documentID: meta.id, outlet: meta.source,
                  url: meta.url, published: meta.date, sentence: event.sentence,
                  sentenceText: String(document.text(of: document.sentences[event.sentence])), date: event.date,
                  source: Actor(event.source), target: event.target.map(Actor.init), code: event.code,
                  modality: event.modality, speaker: event.speaker.map { ($0.code.code, $0.text) }, rule: event.rule)
    }

    /// A stable id: FNV-1a of the document id, sentence, actors, code and trigger token, in hex.
    public static func identifier(document: String, event: CodedEvent) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let key = "\(document)|\(event.sentence)|\(event.source.code.code)@\(event.source.span.start)|"
            + "\(event.target.map { "\($0.code.code)@\($0.span.start)" } ?? "-")|\(event.code.code)|\(event.trigger)"
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

import DyadCoding
import DyadCore
import DyadRelations

extension CodedDocument {
    /// The record of a document the coder has read: its sentences, actor mentions and events.
    public init(analysed document: AnnotatedDocument, actors: [ActorMention], events: [CodedEvent], version: String) {
        self.init(document: document.document, sentences: document.sentences.map(\.span),
                  actors: actors.map { mention in
                      ActorMentionRecord(sentence: mention.sentence, span: mention.span, text: mention.text,
                                         code: mention.code.code, name: mention.name, entry: mention.entry,
                                         rule: mention.rule)
                  },
                  events: events.map { EventMentionRecord($0, in: document) }, version: version)
    }
}

extension EventMentionRecord {
    /// The stored form of one coded event.
    public init(_ event: CodedEvent, in document: AnnotatedDocument) {
        let trigger = document.tokens.indices.contains(event.trigger) ? document.tokens[event.trigger].start : 0
        self.init(sentence: event.sentence, date: event.date?.day, precision: event.date?.precision ?? .day,
                  dateSpan: event.date?.span,
                  source: ActorEvidence(event.source), target: event.target.map(ActorEvidence.init),
                  cameo: event.code.code, actionStart: trigger, modality: event.modality.rawValue,
                  speakerCode: event.speaker?.code.code, speakerText: event.speaker?.text, rule: event.rule)
    }
}

extension ActorEvidence {
    /// The evidence of a coder's mention.
    public init(_ mention: ActorMention) {
        self.init(code: mention.code.code, name: mention.name, text: mention.text, span: mention.span,
                  entry: mention.entry)
    }
}

extension StoredMention {
    /// The output row of this report, for the writers of `dyad code`, with the event's id and counts.
    public func row(event: RelationEvent, mentions: Int?, documents: Int?) -> EventRow? {
        guard let code = try? EventCode(event.cameo), let sourceCode = try? ActorCode(record.source.code) else { return nil }
        func actor(_ evidence: ActorEvidence, _ code: ActorCode) -> EventRow.Actor {
            EventRow.Actor(code: code, name: evidence.name, text: evidence.text, span: evidence.span, entry: evidence.entry)
        }
        let target = record.target.flatMap { evidence in (try? ActorCode(evidence.code)).map { actor(evidence, $0) } }
        return EventRow(id: event.id, documentID: documentID, outlet: outlet, url: url, published: published,
                        sentence: record.sentence, sentenceText: sentenceText,
                        date: event.date.map { EventDate(day: $0, precision: event.precision, span: record.dateSpan) },
                        source: actor(record.source, sourceCode), target: target, code: code,
                        modality: CodedEvent.Modality(rawValue: record.modality) ?? .asserted,
                        speaker: record.speakerCode.map { ($0, record.speakerText ?? "") }, rule: record.rule,
                        mentions: mentions, documents: documents)
    }
}

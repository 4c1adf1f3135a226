import DyadCore

/// An event found in a sentence: who did what to whom, with the evidence.
public struct CodedEvent: Sendable, Hashable {
    /// How the sentence presents the event.
    public enum Modality: String, Sendable, Hashable, Codable {
        /// The text states it happened.
        case asserted
        /// Future, plans, promises ("will visit", "plans to").
        case intended
        /// Someone else's claim that it happened ("X said Y attacked Z").
        case reported
    }

    /// The sentence's index in the document.
    public let sentence: Int
    /// The source actor.
    public let source: ActorMention
    /// The target actor; `nil` for events without one.
    public let target: ActorMention?
    /// The CAMEO event code.
    public let code: EventCode
    /// The token of the verb (or noun) that carries the event.
    public let trigger: Int
    /// How the sentence presents it.
    public let modality: Modality
    /// Who said it, when the event is reported speech.
    public let speaker: ActorMention?
    /// The pattern that fired: `verb/sign` and the pattern as written, with its file and line.
    public let rule: String
    /// When it happened: the date expression nearest the verb, else the publication date; `nil` when neither exists.
    public var date: EventDate?
}

extension CodedEvent {
    /// Whether the event is an act of force: an assault, a fight or mass violence (roots 18–20).
    var isActOfForce: Bool { (18...20).contains(code.rootNumber) }

    /// The same event aimed at `target` (coded `code`, when given), its rule telling why: what the sentence-level
    /// rules make of an event once they know what it reacts to.
    func retargeted(to target: ActorMention?, code: EventCode? = nil, because note: String? = nil) -> CodedEvent {
        CodedEvent(sentence: sentence, source: source, target: target, code: code ?? self.code, trigger: trigger,
                   modality: modality, speaker: speaker, rule: note.map { rule + "; " + $0 } ?? rule, date: date)
    }

    /// The same event done by `source`.
    func resourced(to source: ActorMention) -> CodedEvent {
        CodedEvent(sentence: sentence, source: source, target: target, code: code, trigger: trigger, modality: modality,
                   speaker: speaker, rule: rule, date: date)
    }
}

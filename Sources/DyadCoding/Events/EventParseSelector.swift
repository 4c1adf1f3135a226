import DyadCore
import DyadSyntax

/// The sentences `dyad code` must parse for its events to be exactly those of a document parsed whole.
///
/// An event needs a word the coder codes — a token whose lemma or form is one of the coder's ``EventTriggers`` —
/// and a source among the sentence's own actor mentions, so a sentence that cannot name an actor (see
/// ``ActorResolver/mayNameActors(in:sentence:)``: no lexicon phrase, no PERSON or ORG entity, no proper noun, no
/// pronoun or other word a reference starts from) codes nothing, whatever its parse. A sentence is parsed when it
/// may name an actor and either has a trigger or comes before the document's last sentence that has both: then what
/// later sentences refer to ("the country", "he", a surname) is what a full parse gives. Every other sentence is
/// tagged, lemmatized and has its entities found, which is all the date reader and the document's focus country
/// read. Conservative by construction: when a rule might read a sentence's parse, the sentence is parsed.
public struct EventParseSelector: ParseSelector {
    let triggers: EventTriggers
    let resolver: ActorResolver

    /// The selector for `coder`'s verb lexicon, rules and actor resolver.
    public init(coder: EventCoder) {
        triggers = EventTriggers(index: coder.index)
        resolver = coder.resolver
    }

    public func sentencesToParse(in document: AnnotatedDocument) -> [Bool] {
        let count = document.sentences.count
        guard document.lemmas.count == document.tokens.count, document.xpos.count == document.tokens.count else {
            return [Bool](repeating: true, count: count)
        }
        let triggered = document.sentences.map { triggers.triggers($0, in: document) }
        // Whether each sentence may name an actor, worked out when first needed (nil: not yet).
        var naming = [Bool?](repeating: nil, count: count)
        func mayName(_ index: Int) -> Bool {
            if let known = naming[index] { return known }
            let answer = resolver.mayNameActors(in: document, sentence: index)
            naming[index] = answer
            return answer
        }
        guard let last = triggered.indices.last(where: { triggered[$0] && mayName($0) }) else {
            return [Bool](repeating: false, count: count)
        }
        var flags = [Bool](repeating: false, count: count)
        for index in 0...last { flags[index] = mayName(index) }
        return flags
    }

    /// Whether `sentence` of `document` has a word that can make the coder code an event.
    public func mayCodeEvents(_ sentence: Sentence, in document: AnnotatedDocument) -> Bool {
        triggers.triggers(sentence, in: document)
    }
}

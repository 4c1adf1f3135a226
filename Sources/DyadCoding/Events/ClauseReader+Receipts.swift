import DyadCore
import DyadLexicon

/// Deliveries told from the receiving end: "Taiwan has taken delivery of its first batch of American HIMARS rocket
/// launchers", "Lebanon's army took delivery of 20 armoured vehicles donated by Qatar", "Ukraine received the first
/// Patriot systems from Germany". The giver sends what the receiver gets: the code is the one the lexicon's "send"
/// gives the goods (072 arms, 073 relief, 071 money), from the giver to the receiver.
extension ClauseReader {
    /// Verbs of receiving goods.
    static let receivingVerbs: Set<String> = ["receive", "take", "get", "obtain", "accept"]
    /// Participles on the goods that name their giver with "by" ("donated by Qatar", "supplied by Germany").
    static let givingParticiples: Set<String> = ["donate", "supply", "provide", "send", "give", "deliver", "promise",
                                                 "pledge", "ship", "gift", "sell"]

    /// Each delivery a receiving verb reports, coded as the giver's act toward the subject.
    func receiptEvents(coded: [CodedEvent], sending: [VerbEntry]?) -> [CodedEvent] {
        guard let sending, !sending.isEmpty else { return [] }
        let triggers = Set(coded.map(\.trigger))
        var found: [CodedEvent] = []
        for verb in sentence.tokens where Self.receivingVerbs.contains(lemma(verb)) && isVerb(verb) && !triggers.contains(verb) {
            guard kids(verb, ["nsubjpass", "auxpass"]).isEmpty, let raw = directObject(of: verb) else { continue }
            // "took delivery of X": the goods are the delivery's.
            var goods = raw
            if lemma(verb) == "take" {
                guard ["delivery", "receipt"].contains(lemma(raw)), let inner = phraseObjects(of: raw, ["of"]).first else { continue }
                goods = inner
            }
            goods = throughQuantity(goods)
            // A delivery only announced or planned ("will take delivery of F-16s next year") has not happened.
            guard skipReason(of: verb) == nil, !isHypothetical(verb), !isFuture(verb), !isAnnounced(verb),
                  let receiver = subject(of: verb) else { continue }
            // The giver: "from X", "donated by X", else the goods' own country ("American HIMARS").
            let from = phraseObjects(of: verb, ["from"]).first
            let agent = kids(goods, ["acl"]).filter { Self.givingParticiples.contains(lemma($0)) }
                .flatMap { kids($0, ["agent"]) }.flatMap { kids($0, ["pobj"]) }.first
            let receivers = sourceActors(at: receiver, verb: verb)
            guard !receivers.isEmpty else { continue }
            // Or the goods' nationality ("took delivery of American HIMARS", "started receiving Russian nuclear weapons").
            let made = mentions(at: goods).filter { !["it", "its", "their"].contains(form($0.head).lowercasedIfNeeded()) }
            let givers = ([from, agent].compactMap { $0 }.flatMap { mentionsOnOrOwning($0) } + made)
                .filter { giver in !receivers.contains { $0.code.principal == giver.code.principal } }
            guard let giver = givers.first else { continue }
            // What sending the goods codes, by the lexicon's "send" patterns on them.
            let reading = Reading(passive: false, object: goods, source: nil, prepositions: [], particle: nil, governed: nil,
                                  chainTarget: nil, recipient: nil)
            guard let code = candidates(for: reading, entries: sending)
                .first(where: { $0.pattern.code.rootNumber == 7 })?.pattern.code else { continue }
            let (reported, speaker) = attribution(of: verb)
            for target in receivers {
                found.append(CodedEvent(sentence: index, source: giver, target: target, code: code, trigger: verb,
                                        modality: reported ? .reported : .asserted, speaker: speaker,
                                        rule: "receipt: '\(form(verb)) … \(form(goods))' is \(giver.name) sending it (\(code.code))",
                                        date: nil))
            }
        }
        return found
    }
}

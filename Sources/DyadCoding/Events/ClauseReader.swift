import DyadCore
import DyadLexicon

/// Reads one sentence's dependency tree around a verb: its subject, object, prepositions, particle, governed verb,
/// voice, negation and modality, and the actor mentions on those tokens.
///
/// A class, immutable once made: the rules hand the reader on to one another and into their closures dozens of times
/// per sentence, and a struct holding the document's arrays was copied whole (a retain per array) each time.
final class ClauseReader: Sendable {
    let document: AnnotatedDocument
    let sentence: Sentence
    let index: Int
    let mentions: [ActorMention]
    /// Children of each token of the sentence, in order, by the token's place in the sentence (an array, not a
    /// dictionary: `kids` is asked for them thousands of times per document, and hashing each token showed in
    /// profiles).
    private let childLists: [[Int]]
    /// The sentence's lemmas, lower-cased once (the rules ask for them again and again).
    let lemmas: [String]

    init(document: AnnotatedDocument, sentence: Sentence, index: Int, mentions: [ActorMention]) {
        self.document = document
        self.sentence = sentence
        self.index = index
        self.mentions = mentions
        var childLists = [[Int]](repeating: [], count: sentence.tokens.count)
        for token in sentence.tokens where sentence.tokens.contains(document.heads[token]) {
            childLists[document.heads[token] - sentence.tokens.lowerBound].append(token)
        }
        self.childLists = childLists
        lemmas = sentence.tokens.map { token in
            let lemma = document.lemmas[token].lowercasedIfNeeded()
            // "bases" is a base in news ("struck U.S. bases"), not a basis, as the treebank the lemmatizer learned
            // from has it.
            return lemma == "basis" && document.text(of: document.tokens[token]).lowercasedIfNeeded() == "bases" ? "base" : lemma
        }
    }

    static let speechVerbs: Set<String> = ["say", "tell", "claim", "report", "announce", "state", "add", "allege",
                                           "insist", "confirm", "accuse", "warn", "write", "note", "declare",
                                           "reiterate", "stress", "emphasize", "emphasise", "conclude", "argue"]
    static let hedges: Set<String> = ["could", "might", "may", "would", "should"]
    static let intentions: Set<String> = scheduled.union([
        "plan", "intend", "pledge", "promise", "vow", "aim", "seek", "hope", "prepare", "agree", "offer", "decide", "commit",
        "ready", "willing", "prepared", "undertake", "try", "attempt", "want", "move"])
    /// Predicates of what is scheduled (also intentions), whose passive subject does what they govern: "Xi is set to
    /// visit Vietnam", "is scheduled to meet", "is due to sign".
    static let scheduled: Set<String> = ["set", "schedule", "slate", "poise", "due"]
    /// A finite "that" clause the parser hung on `verb` as an adverbial clause, when the verb has no complement of
    /// its own ("demanded on Wednesday that Russia explain", "said on Tuesday that its forces had …").
    func thatClause(of verb: Int) -> Int? {
        guard verb >= 0, kids(verb, ["ccomp", "xcomp"]).isEmpty else { return nil }
        return kids(verb, ["advcl"]).first { clause in
            clause > verb && kids(clause, ["mark"]).contains { lemma($0) == "that" } && !kids(clause, ["nsubj", "nsubjpass"]).isEmpty
        }
    }

    /// A name the parser hung between a verb and the verb coordinated with it as a conjunct of the first: the
    /// second verb's subject.
    /// "Biden and Xi held talks on Monday, their first in-person meeting as leaders, and agreed that …": the parser
    /// made the apposition ("meeting", with the "and" hung on it) the second verb's subject. A noun that names no actor,
    /// set off by a comma and followed by "and" right before the verb, stands for the earlier clause; that clause's
    /// subject is this verb's.
    func misreadAppositionSubject(_ noun: Int, of verb: Int, depth: Int) -> Int? {
        guard depth < 4, noun < verb, actors(at: noun).isEmpty, kids(noun, ["conj"]).isEmpty,
              kids(noun, ["cc"]).contains(where: { $0 > noun && $0 < verb && lemma($0) == "and" }),
              let start = sentence.tokens.lowerBound < noun ? subtreeStart(of: noun) : nil,
              start > sentence.tokens.lowerBound, form(start - 1) == "," else { return nil }
        // The nearest finite verb before the apposition with a subject that names an actor.
        for earlier in stride(from: start - 2, through: sentence.tokens.lowerBound, by: -1)
        where isVerb(earlier) && isFinite(earlier) {
            if let named = subject(of: earlier, depth: depth + 1), !actors(at: named).isEmpty { return named }
        }
        return nil
    }

    /// The first token of the phrase `token` heads, determiners and modifiers included.
    func subtreeStart(of token: Int) -> Int {
        var start = token
        for kid in kids(token, ["det", "poss", "amod", "compound", "nummod", "nmod", "advmod", "quantmod"]) where kid < start {
            start = min(start, subtreeStart(of: kid))
        }
        return start
    }

    func misreadSubject(ofConjunct verb: Int) -> Int? {
        // A common noun too, when it names an actor: "…, and Beijing's embassy in London denounced".
        if let noun = kids(head(verb), ["conj"]).first(where: { noun in
            noun < verb && noun > head(verb) && document.xpos[noun].hasPrefix("NN") && !mentions(at: noun).isEmpty
        }) { return noun }
        // Or the name just before the verb, made a conjunct of a verb in between ("…, accusing its staff of
        // espionage, and Beijing demanded", "Beijing" a conjunct of "accusing").
        let before = verb - 1
        // A common noun too: "…, becoming the latest country to do so, and Israel's foreign ministry criticised".
        guard before > head(verb), deprel(before) == "conj", document.xpos[before].hasPrefix("NN"),
              !mentions(at: before).isEmpty, head(before) > head(verb) else { return nil }
        return before
    }

    /// Intentions that are commitments, and refusals, whose infinitive is their content even after a phrase
    /// ("refused on Sunday to back a declaration"; "moved in to clear the camp" is a movement with a purpose, not an
    /// intention).
    static let commitments: Set<String> = ["agree", "pledge", "promise", "vow", "offer", "decide", "plan", "commit",
                                           "refuse", "decline"]
    /// Participles that describe how someone came equipped ("armed with machetes"), which the parser can take for a
    /// main verb.
    static let equippedVerbs: Set<String> = ["arm", "equip", "clad", "dress", "wield"]
    /// Verbs that make their object do what their infinitive says ("prompted Russia to threaten retaliation").
    static let causatives: Set<String> = ["prompt", "force", "compel", "drive", "cause", "spur", "provoke",
                                          "oblige", "trigger"]
    static let hypotheticals: Set<String> = ["expect", "likely", "possible", "unlikely", "consider", "if", "whether"]
    /// Verbs whose complement has not (yet) happened: "allowed inspectors to visit", "let aid trucks enter" only
    /// permit the act. Not what is joined to them by "and" ("let the deal expire and resumed strikes").
    static let permissives: Set<String> = ["allow", "permit", "let"]
    /// Verbs whose governed verb is their content, not an act of its own: "demanded that Moscow release",
    /// "agreed to restore", "refused to receive" — the governing verb's pattern codes the whole chain.
    /// Verbs whose object and its name or status make a small clause ("declared Guterres persona non grata").
    static let smallClauseVerbs: Set<String> = ["declare", "name", "call", "brand", "label", "designate", "deem", "consider",
                                           "proclaim", "dub"]
    static let chainHeads: Set<String> = ["agree", "pledge", "promise", "vow", "plan", "offer", "threaten", "refuse",
                                          "decline", "demand", "urge", "ask", "call", "want", "seek", "hope", "intend",
                                          "aim", "try", "attempt", "propose", "suggest", "insist", "press", "push",
                                          "encourage", "invite", "order", "request", "appeal", "warn", "decide",
                                          "expect", "fail", "prepare", "consider", "reject", "deny", "chant", "give"]

    func form(_ token: Int) -> String { String(document.text(of: document.tokens[token])) }
    /// The token's lemma, lower-cased (see ``lemmas``).
    func lemma(_ token: Int) -> String {
        sentence.tokens.contains(token) ? lemmas[token - sentence.tokens.lowerBound] : document.lemmas[token].lowercasedIfNeeded()
    }
    /// The token's relation to its head; "" for no token (-1, the head of a root), so that a rule that walks past
    /// the root reads nothing instead of trapping.
    func deprel(_ token: Int) -> String { token >= 0 ? document.deprels[token] : "" }
    /// The token's head; -1 for a root and for no token.
    func head(_ token: Int) -> Int { token >= 0 ? document.heads[token] : -1 }
    func isVerb(_ token: Int) -> Bool { document.xpos[token].hasPrefix("VB") && deprel(token) != "aux" && deprel(token) != "auxpass" }
    /// The children of `token` in the sentence, in order; none for a token outside it.
    func children(of token: Int) -> [Int] {
        sentence.tokens.contains(token) ? childLists[token - sentence.tokens.lowerBound] : []
    }
    func kids(_ token: Int, _ relations: [String]) -> [Int] {
        children(of: token).filter { relations.contains(deprel($0)) }
    }
    /// The objects of the token's phrases with one of `prepositions`, in order: "a call with Xi" → ["Xi"].
    func phraseObjects(of token: Int, _ prepositions: Set<String>) -> [Int] {
        kids(token, ["prep"]).filter { prepositions.contains(lemma($0)) }.flatMap { kids($0, ["pobj"]) }
    }

    /// Whether `noun` is followed by a speech verb with no subject of its own ("…, Olaf Scholz said on Tuesday"):
    /// the verb's speaker, which the parser hung on the noun before.
    func isTrailingSpeaker(_ noun: Int) -> Bool {
        let next = noun + 1
        guard next < sentence.tokens.upperBound, document.xpos[next].hasPrefix("VB"),
              Self.speechVerbs.contains(lemma(next)) else { return false }
        return kids(next, ["nsubj"]).isEmpty
    }

    // MARK: Actors on tokens

    /// The mentions on `token`: the one headed there, or one covering it (several for "the two countries").
    func mentions(at token: Int) -> [ActorMention] {
        let headed = mentions.filter { $0.head == token }
        if !headed.isEmpty { return headed }
        return mentions.filter { $0.tokens.contains(token) }
    }

    /// The mentions on `token` and on the tokens coordinated with it ("Russia and China").
    func actors(at token: Int?) -> [ActorMention] {
        guard let token else { return [] }
        var found = mentions(at: token)
        // "the Saudi-led coalition", "a Moscow-led force": a force led by a country acts for it.
        if found.isEmpty {
            for leading in kids(token, ["amod", "compound"]) where lemma(leading) == "lead" || form(leading).hasSuffix("-led") {
                found += mentions(at: leading)
                    + kids(leading, ["npadvmod", "nsubj", "compound", "amod", "nmod"]).flatMap { mentions(at: $0) }
            }
        }
        // "The head of the World Health Organization", "the leader of Hamas": an office holder the lexicon does not
        // name acts for the body the office is of.
        if found.isEmpty, Self.officeNouns.contains(lemma(token)) {
            found = phraseObjects(of: token, ["of"]).flatMap { mentions(at: $0) }
        }
        // Coordinated actors; a list the parser read as appositions counts when it names other countries.
        let principals = Set(found.compactMap { $0.code.components.first?.code })
        // Not the speaker of a trailing "…, Olaf Scholz said", which the parser may hang on the last noun.
        var queue = kids(token, ["conj"]) + kids(token, ["appos"]).filter { appositive in
            mentions(at: appositive).contains { !principals.contains($0.code.components.first?.code ?? "") }
                && !isTrailingSpeaker(appositive)
        }
        // "EU leaders and Turkey sealed a deal": the parser may make the second of two subjects joined by "and" a
        // subject of the verb of its own.
        if deprel(token) == "nsubj", head(token) > token, kids(token, ["conj"]).isEmpty,
           kids(token, ["cc"]).contains(where: { ["and", "&"].contains(lemma($0)) }) {
            queue += kids(head(token), ["nsubj"]).filter { $0 > token && $0 < head(token) }
        }
        var visited: Set<Int> = [token]
        while let next = queue.popLast() {
            guard visited.insert(next).inserted else { continue }
            found += mentions(at: next)
            queue += kids(next, ["conj"])
        }
        var seen = Set<String>()
        return found.filter { seen.insert("\($0.span.start):\($0.code.code)").inserted }
    }

    /// Prepositions that open an adjunct or complement whose gerund has the governing verb's subject ("after
    /// seizing", "resorted to throwing"); not "of" or "from", whose gerund is the object's ("accused Qatar of
    /// supporting", "barred them from entering").
    static let adjunctPrepositions: Set<String> = ["after", "before", "by", "while", "upon", "on", "without", "through",
                                                   "since", "despite", "when", "in", "to"]

    /// Verbs that report or demand what their "that" clause says.
    static let reportingHeads: Set<String> = ["say", "tell", "announce", "demand", "urge", "insist", "claim", "state",
                                              "declare", "warn", "allege", "argue", "add", "ask", "call"]

    /// Participles of speech that a reporter adds to what it reports ("..., calling it ...", "..., accusing ...").
    static let speechParticiples: Set<String> = ["call", "describe", "say", "accuse", "warn", "urge", "demand", "brand",
                                                 "label", "denounce", "add", "note", "cite", "insist", "argue", "blame"]

    /// Whether `verb` is an infinitive on the noun a copula gives its subject ("became the last NATO member to
    /// approve").
    func isInfinitiveOnCopulaNoun(_ verb: Int) -> Bool {
        let noun = head(verb)
        guard noun >= 0, document.xpos[verb] == "VB", kids(verb, ["aux"]).contains(where: { lemma($0) == "to" }),
              deprel(noun) == "attr", head(noun) >= 0 else { return false }
        return ["be", "become", "remain"].contains(lemma(head(noun)))
    }

    /// The subject of `verb`, inherited from the verb it is coordinated with or governed by when it has none.
    func subject(of verb: Int, depth: Int = 0) -> Int? {
        if let misread = misreadAdverbialSubject(of: verb) { return isHazard(misread) ? nil : misread }
        // "Wildfires tore through ..., killing 120", "a train collided ..., killing 57": no one acts in a mishap,
        // so neither it nor what its participles tell has a source.
        if isMishap(verb) { return nil }
        if let denier = misreadDenier(of: verb) ?? misreadModifierSubject(of: verb) { return denier }
        var subjects = kids(verb, ["nsubj", "csubj"])
        // "Modi and Sharif agreed that their national security advisers would hold talks": the agents of what the
        // parties agreed are theirs, so the parties are its source.
        if deprel(verb) == "ccomp", head(verb) >= 0, Self.commitments.contains(lemma(head(verb))), depth < 4,
           let own = subjects.first, kids(own, ["poss"]).contains(where: { ["their", "its"].contains(lemma($0)) }),
           let parties = subject(of: head(verb), depth: depth + 1), !kids(parties, ["conj"]).isEmpty {
            return parties
        }
        if subjects.isEmpty, Self.scheduled.contains(lemma(verb)), !kids(verb, ["xcomp"]).isEmpty {
            subjects = kids(verb, ["nsubjpass"])
        }
        // A subordinate clause the parser made the root has its own subject after its "after": "…, the air force
        // said, hours after Trump promised".
        let mark = kids(verb, ["mark"]).last { Self.subordinators.contains(lemma($0)) }
        // "Turkish warships had three times locked their radar": a count of times is how often, not who; the parser
        // made the auxiliary the main verb and the count the subject of the verb it governs.
        if let count = subjects.first, lemma(count) == "time", !kids(count, ["nummod", "amod", "det"]).isEmpty,
           deprel(verb) == "ccomp", head(verb) >= 0, ["have", "be"].contains(lemma(head(verb))), depth < 4 {
            return subject(of: head(verb), depth: depth + 1)
        }
        if let subject = mark.flatMap({ mark in subjects.first { $0 > mark } }) ?? subjects.first {
            if isHazard(subject) { return nil }
            if let earlier = misreadAppositionSubject(subject, of: verb, depth: depth) { return earlier }
            // "supporters who took to the streets": a relative pronoun stands for the noun the clause is on.
            if deprel(verb) == "relcl", ["WP", "WDT"].contains(document.xpos[subject]), head(verb) >= 0 { return head(verb) }
            return subject
        }
        // A parse that hangs the subject on the verb as a modifier ("that the US cancel plans", "a claim Ukraine's
        // military rejected" with "Ukraine's" on "rejected"): an actor before it.
        // Not on an attributive participle: "the UN-recognised government", "a Russian-backed force" are no acts
        // of the UN or of Russia in the sentence.
        if deprel(verb) != "amod", let misread = kids(verb, ["compound", "npadvmod", "nmod", "poss"]).first(where: { $0 < verb && !mentions(at: $0).isEmpty }) {
            return misread
        }
        guard depth < 4, head(verb) >= 0 else { return nil }
        // "Israeli warplanes struck Doha, and Qatar, Saudi Arabia and the UAE condemned the raid": the parser may
        // make the second clause's subject a conjunct of the first verb; a name between the two verbs is the
        // second's subject.
        // Also a finite verb the parser made an adverbial clause: "because she had performed in Crimea, and Moscow
        // called the ban cynical", "Moscow" a conjunct of "performed".
        // Or a complement clause: "citing what the White House called genocide, and China vowed to take
        // countermeasures", "China" a conjunct of "citing" and "vowed" its complement.
        if deprel(verb) == "conj" || (["advcl", "ccomp"].contains(deprel(verb)) && isFinite(verb)),
           let misread = misreadSubject(ofConjunct: verb) { return misread }
        // "…, with Venezuela, Cuba and Norway acting as guarantors": an absolute phrase the parser split, its noun made
        // the object of "with" on the verb and its participle an adverbial clause; the noun right before is the subject.
        if deprel(verb) == "advcl", document.xpos[verb] == "VBG", head(verb) >= 0, verb > 0,
           let with = kids(head(verb), ["prep"]).first(where: { lemma($0) == "with" && $0 < verb }),
           let noun = kids(with, ["pobj"]).first,
           verb - 1 == noun || kids(noun, ["conj"]).contains(where: { $0 == verb - 1 || kids($0, ["conj"]).contains(verb - 1) }) {
            return noun
        }
        // "blocked a U.S. draft … calling for a new election", the participle hung on the verb with no comma before it:
        // the draft's words (below).
        if deprel(verb) == "advcl", document.xpos[verb] == "VBG", verb > 0, form(verb - 1) != ",",
           Self.rejectionVerbs.contains(lemma(head(verb))),
           kids(head(verb), ["dobj"]).contains(where: { Self.draftNouns.contains(lemma($0)) }) {
            return nil
        }
        switch deprel(verb) {
        // A finite verb in an adverbial clause has a subject of its own, which the parser missed ("demanded ... after
        // a canopy collapsed, killing 14 people", "after" read as a preposition): not the main clause's.
        // Unless the verb it hangs on is a participle the parser took for the main verb: "Tribal fighters armed with
        // guns and machetes massacred at least 26 people".
        case "advcl" where isFinite(verb):
            let governor = head(verb)
            guard Self.equippedVerbs.contains(lemma(governor)), governor < verb,
                  kids(governor, ["prep"]).contains(where: { lemma($0) == "with" }) else { return nil }
            return subject(of: governor, depth: depth + 1)
        // "prompting Israel to summon the ambassador", "forced Japan to recall its envoy": whom a verb makes act
        // does the act; unless the making is itself only an aim ("in a bid to force Paris to revoke"), when no one
        // has done it.
        case "xcomp" where Self.causatives.contains(lemma(head(verb))):
            guard let made = kids(head(verb), ["dobj"]).first(where: { $0 < verb }) else {
                return subject(of: head(verb), depth: depth + 1)
            }
            return document.xpos[head(verb)] == "VB" ? nil : made
        // "demanded that Moscow release the reporter, calling the charges ridiculous": a participle of speech after
        // a comma at the end of a reported clause is the reporter's, whatever the parser hung it on.
        // Only after a reporting verb that opens the sentence ("…, a charge Rabat rejected" reads the other way).
        // Also when the reported clause is itself inside one ("France said that Turkish warships had locked their
        // radar on a frigate, calling the incident aggressive").
        case "advcl" where document.xpos[verb] == "VBG" && Self.speechParticiples.contains(lemma(verb)) && verb > 0
            && form(verb - 1) == "," && reportingHead(above: head(verb)) != nil:
            return reportingHead(above: head(verb)).flatMap { subject(of: $0, depth: depth + 1) }
        // "Israel declared Antonio Guterres persona non grata … and barred him": a past verb coordinated with a present
        // one in the small clause of a naming verb (the tagger read "persona" as a verb) goes with the naming verb.
        case "conj" where document.xpos[verb] == "VBD" && ["VBP", "VBZ"].contains(document.xpos[head(verb)])
            && deprel(head(verb)) == "ccomp" && head(head(verb)) >= 0 && document.xpos[head(head(verb))] == "VBD"
            && Self.smallClauseVerbs.contains(lemma(head(head(verb)))):
            return subject(of: head(head(verb)), depth: depth + 1)
        // "is willing to withdraw": the subject of the copula that "willing" completes
        case "conj", "xcomp", "advcl", "acomp": return subject(of: head(verb), depth: depth + 1)
        // "Hungary became the last NATO member to approve Sweden's accession": an infinitive on the noun a copula
        // gives its subject is that subject's act.
        // Unless that subject names no actor ("He is the first U.S. official to visit Japan"): then the noun does.
        case "acl" where isInfinitiveOnCopulaNoun(verb), "relcl" where isInfinitiveOnCopulaNoun(verb):
            if let named = subject(of: head(head(verb)), depth: depth + 1), !actors(at: named).isEmpty { return named }
            return head(verb)
        // "blocked a U.S. draft calling for a new election": what a text that was voted down asks is asked by no one.
        case "acl" where document.xpos[verb] == "VBG" && Self.draftNouns.contains(lemma(head(verb)))
            && head(head(verb)) >= 0 && Self.rejectionVerbs.contains(lemma(head(head(verb)))):
            return nil
        // "issued a statement demanding ...": the statement's words are its issuer's
        case "acl" where document.xpos[verb] == "VBG" && Self.statementNouns.contains(lemma(head(verb)))
            && ["dobj", "nsubjpass"].contains(deprel(head(verb))) && head(head(verb)) >= 0:
            let issuing = head(head(verb))
            return deprel(head(verb)) == "dobj" ? subject(of: issuing, depth: depth + 1)
                : kids(issuing, ["agent"]).first.flatMap { kids($0, ["pobj"]).first }
        // "a blogger arrested over posts": the noun a past participle modifies is what was done to, not who did it
        // (with a "by" agent the reading is a passive; without one there is no source). Unless no verb governs
        // that noun: then the participle is the main verb, misread, and the root noun its subject ("French youths
        // rioted in Nanterre", "Supporters of the defeated candidate rioted in Maputo").
        // A verb that has no passive is a misread main verb wherever it stands ("Thousands of Iraqi Kurds
        // demonstrated in Kirkuk").
        case "acl" where document.xpos[verb] == "VBN" && Self.intransitiveVerbs.contains(lemma(verb)): return head(verb)
        // "Armed bandits riding motorcycles massacred 200 villagers …, officials said": a past participle with a
        // direct object of its own is no passive (unless its verb takes two objects: "refugees granted asylum"), so
        // it is the main verb misread, and the noun it hangs on (or the noun a participle before it describes) its
        // subject, even when a later reporting verb took that noun.
        case "acl" where document.xpos[verb] == "VBN" && isMisreadActiveParticiple(verb):
            let noun = head(verb)
            if deprel(noun) == "dobj", head(noun) >= 0, document.xpos[head(noun)] == "VBG", deprel(head(noun)) == "acl" {
                return head(head(noun))
            }
            return noun
        case "acl" where document.xpos[verb] == "VBN":
            var noun = head(verb)
            for _ in 0..<6 where head(noun) >= 0 {
                if document.xpos[head(noun)].hasPrefix("VB") { return nil }
                noun = head(noun)
            }
            return document.xpos[noun].hasPrefix("VB") ? nil : noun
        case "relcl", "acl": return head(verb)
        // "seized the city after shelling it", "violated the truce by firing on": a gerund in a verb's adjunct
        // has that verb's subject
        case "pcomp" where document.xpos[verb] == "VBG":
            let preposition = head(verb)
            guard deprel(preposition) == "prep", Self.adjunctPrepositions.contains(form(preposition).lowercasedIfNeeded()),
                  head(preposition) >= 0, document.xpos[head(preposition)].hasPrefix("VB")
            else { return nil }
            return subject(of: head(preposition), depth: depth + 1)
        default: return nil
        }
    }

    /// Whether the verb tells the toll of the act it follows: a participle of killing set after it ("..., killing
    /// four Ugandan peacekeepers"). Not of wounding: "opened fire on his convoy, wounding the former prime minister"
    /// is the assault that names its victim.
    func isToll(_ verb: Int) -> Bool {
        deprel(verb) == "advcl" && document.xpos[verb] == "VBG" && head(verb) >= 0 && lemma(verb) == "kill"
    }

    /// Whether the verb is a participle of killing after a comma ("…, killing 12 people") on a clause or noun whose
    /// subject names no actor, or only actors the parser coordinated with it ("A truck ploughed into crowds …, and
    /// police said", "police" a conjunct of "truck").
    func isTollOfNoOne(_ verb: Int) -> Bool {
        guard ["advcl", "acl"].contains(deprel(verb)), document.xpos[verb] == "VBG", lemma(verb) == "kill",
              verb > 0, form(verb - 1) == ",", let doer = subject(of: verb), document.xpos[doer] != "PRP" else { return false }
        let conjuncts = Set(kids(doer, ["conj"]))
        return sourceActors(at: doer, verb: verb).allSatisfy { conjuncts.contains($0.head) }
    }

    /// Whether a denial's target is its accuser: named outside the clause or phrase the denial denies (the owner of
    /// "Ireland's accusation", not the city of "denied that its forces had struck Kremenchuk").
    func isAccuser(_ target: ActorMention?, of denial: Int) -> Bool {
        guard var token = target?.head else { return false }
        for _ in 0..<32 where token != denial {
            if Self.clauseRelations.contains(deprel(token)) { return false }
            guard head(token) >= 0 else { return true }
            token = head(token)
        }
        return true
    }

    /// Relations that open a clause or phrase of its own under a verb or noun: what a denial denies.
    static let clauseRelations: Set<String> = ["ccomp", "xcomp", "pcomp", "advcl", "acl", "relcl"]
}

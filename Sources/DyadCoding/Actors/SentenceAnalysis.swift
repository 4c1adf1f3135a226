import DyadCore
import DyadLexicon

/// A piece of evidence for an actor in one sentence: a lexicon phrase, an entity the lexicon does not know, or a
/// reference to something earlier in the document.
struct Clue {
    enum Source {
        /// A lexicon phrase and the entry it belongs to.
        case lexicon(LexiconMatcher.Hit)
        /// An entity span (PERSON, ORG, ...) with no lexicon phrase in it.
        case entity(String)
        /// "the country", "its": the latest country of the document.
        case countryReference
        /// "the two countries", "both sides".
        case pairReference
        /// "he", "she", "his", "her".
        case personPronoun
        /// A name alone that an earlier person mention used ("Yoon" after "Yoon Suk Yeol").
        case surnameReference
        /// "it", "them" as an object: the latest state or organisation ("cut ties with Qatar, accusing it").
        case thingPronoun
        /// "the bloc", "the alliance": the latest international organisation of the document.
        case blocReference
        /// "the group", "the militant group", "the movement": the armed group or movement named last, in this
        /// sentence or the two before.
        case groupReference
    }

    let tokens: Range<Int>
    let source: Source
    /// The noun-phrase head the clue belongs to, set by ``SentenceAnalysis/resolve(context:)``.
    var head = -1
}

/// The work on one sentence: collect clues, group them by noun phrase, compose a code per phrase.
struct SentenceAnalysis {
    let document: AnnotatedDocument
    let sentence: Sentence
    let index: Int
    let date: CalendarDate
    let lexicon: Lexicon
    var clues: [Clue] = []

    init(document: AnnotatedDocument, sentence: Sentence, index: Int, date: CalendarDate, lexicon: Lexicon) {
        self.document = document
        self.sentence = sentence
        self.index = index
        self.date = date
        self.lexicon = lexicon
    }

    // MARK: Reading the document

    func form(_ token: Int) -> Substring { document.text(of: document.tokens[token]) }
    func xpos(_ token: Int) -> String { token < document.xpos.count ? document.xpos[token] : "" }
    func deprel(_ token: Int) -> String { token < document.deprels.count ? document.deprels[token] : "" }
    func head(_ token: Int) -> Int { token < document.heads.count ? document.heads[token] : -1 }
    func lemma(_ token: Int) -> String {
        token < document.lemmas.count ? document.lemmas[token] : form(token).lowercasedIfNeeded()
    }
    func isNoun(_ token: Int) -> Bool { xpos(token).hasPrefix("NN") }
    func isCapitalised(_ token: Int) -> Bool { form(token).first.map { $0.isUppercase || $0.isNumber } ?? false }

    // MARK: Clues

    /// Keeps the lexicon matches that can be actors here.
    mutating func collect(matches: [LexiconMatcher.Match]) {
        let base = sentence.tokens.lowerBound
        let matched = Set(matches.flatMap { ($0.tokens.lowerBound + base)..<($0.tokens.upperBound + base) })
        for match in matches {
            let tokens = (match.tokens.lowerBound + base)..<(match.tokens.upperBound + base)
            // "pro-Russian", "anti-NATO": a phrase glued to a hyphen names a stance, not an actor.
            if let prefix = word(gluedBefore: tokens.lowerBound),
               ["pro", "anti", "non", "ex", "post", "pre", "neo", "pan"].contains(form(prefix).lowercasedIfNeeded()) { continue }
            // "the Central American country", "Latin American leaders": a region's adjective, not the United States'.
            if tokens.lowerBound > sentence.tokens.lowerBound,
               ["central", "latin", "south", "north"].contains(form(tokens.lowerBound - 1).lowercasedIfNeeded()),
               isCapitalised(tokens.lowerBound - 1), form(tokens.lowerBound).lowercasedIfNeeded().hasPrefix("american") { continue }
            let feature = isPartOfFeatureName(tokens)
            let placeName = isNamedPlace(tokens)
            // "Nazanin Zaghari-Ratcliffe": a name glued by a hyphen to another capitalised word, after a given name,
            // is part of a double name, not the person the lexicon knows by that name alone; not "the Trump-Kim
            // summit" (no given name before) nor "the Putin-Erdogan talks" (a name the lexicon knows).
            func doubled(_ glued: Int?, givenName: Int) -> Bool {
                guard let glued, isCapitalised(glued), !matched.contains(glued), sentence.tokens.contains(givenName) else { return false }
                return isCapitalised(givenName) && xpos(givenName) == "NNP" && !matched.contains(givenName)
            }
            let before = word(gluedBefore: tokens.lowerBound)
            let doubleName = doubled(before, givenName: (before ?? 0) - 1)
                || doubled(word(gluedAfter: tokens.upperBound - 1), givenName: tokens.lowerBound - 1)
            for hit in match.hits {
                let entry = lexicon.entries[hit.entry]
                // "the town of Djibo" is a town, not Niger's former junta leader Salou Djibo.
                if entry.kind == .person, placeName || doubleName { continue }
                // "Burhan Wani": a short name followed by another word of the same person's name is someone's given
                // name, not the Sudanese general known as Burhan.
                if entry.kind == .person, hit.field == .short, tokens.upperBound < sentence.tokens.upperBound,
                   !matched.contains(tokens.upperBound), xpos(tokens.upperBound) == "NNP", isCapitalised(tokens.upperBound),
                   document.entityTags.count == document.tokens.count,
                   document.entityTags[tokens.upperBound] == "I-PERSON" { continue }
                // A city or region in a feature's name stays a place in its country ("the Dnipro River").
                if entry.kind == .country, feature, ![.place, .capital, .seat].contains(hit.field) { continue }
                // "Senator Leila de Lima", "Luiz Inacio Lula da Silva": a place after a name particle that follows a
                // given name (a person's, by the entity recogniser: not "Banco de Lima") is a surname, not the place.
                if entry.kind == .country, [.place, .capital, .seat].contains(hit.field), tokens.lowerBound - 2 >= sentence.tokens.lowerBound,
                   Self.nameParticles.contains(String(form(tokens.lowerBound - 1))), isCapitalised(tokens.lowerBound - 2),
                   xpos(tokens.lowerBound - 2) == "NNP", document.entityTags.count == document.tokens.count,
                   document.entityTags[tokens.lowerBound - 2].hasSuffix("PERSON") { continue }
                if entry.kind == .agent {
                    // A noun, or an adjective form standing as one ("the military said").
                    let last = tokens.upperBound - 1
                    guard isNoun(last) || (xpos(last) == "JJ" && deprel(last) != "amod") else { continue }
                } else {
                    guard tokens.contains(where: isCapitalised) else { continue }
                }
                clues.append(Clue(tokens: tokens, source: .lexicon(hit)))
            }
        }
    }

    /// Lower-case particles of family names ("de Lima", "da Silva", "van der Bellen").
    static let nameParticles: Set<String> = ["de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "du"]

    /// The word joined to `token` by a hyphen before it, with no space on either side ("pro" in "pro-Russian").
    func word(gluedBefore token: Int) -> Int? {
        let hyphen = token - 1, word = token - 2
        guard word >= sentence.tokens.lowerBound, form(hyphen) == "-", !document.tokens[hyphen].spaceAfter,
              !document.tokens[word].spaceAfter else { return nil }
        return word
    }

    /// The word joined to `token` by a hyphen after it, with no space on either side.
    func word(gluedAfter token: Int) -> Int? {
        let hyphen = token + 1, word = token + 2
        guard word < sentence.tokens.upperBound, form(hyphen) == "-", !document.tokens[token].spaceAfter,
              !document.tokens[hyphen].spaceAfter else { return nil }
        return word
    }

    /// Words that make a country's phrase beside them the name of a sea, strait or other feature of geography.
    private static let featureWords: Set<String> = ["Sea", "Ocean", "Gulf", "Strait", "Straits", "Bay", "Peninsula",
                                                    "River", "Basin", "Channel"]

    /// Whether `tokens` are part of the name of a place that is no one country: "South China Sea", "Indian Ocean",
    /// "Taiwan Strait", "Gulf of Mexico", "Sea of Japan", "Korean Peninsula". Such a name is where something
    /// happened, not an actor; taken as the country, it made "pirates in the Indian Ocean" Indian.
    func isPartOfFeatureName(_ tokens: Range<Int>) -> Bool {
        if tokens.upperBound < sentence.tokens.upperBound, Self.featureWords.contains(String(form(tokens.upperBound))) {
            return true
        }
        return wordBeforeOf(tokens).map { Self.featureWords.contains(String($0)) } ?? false
    }

    /// The word of "X of <tokens>" ("Gulf" in "Gulf of Mexico", "town" in "the town of Djibo"), if the tokens follow
    /// one.
    private func wordBeforeOf(_ tokens: Range<Int>) -> Substring? {
        let start = tokens.lowerBound
        guard start >= sentence.tokens.lowerBound + 2, form(start - 1) == "of" else { return nil }
        return form(start - 2)
    }

    /// Nouns that name a kind of place before "of" and its name.
    private static let placeNouns: Set<String> = ["town", "city", "village", "province", "region", "district", "county",
                                                  "port", "island", "state", "municipality", "governorate", "commune"]

    /// Whether `tokens` follow "the town of", "the city of", ...: the name of a place.
    func isNamedPlace(_ tokens: Range<Int>) -> Bool {
        wordBeforeOf(tokens).map { Self.placeNouns.contains($0.lowercasedIfNeeded()) } ?? false
    }

    /// Adds PERSON and ORG entities that no lexicon phrase covers.
    mutating func collectEntities() {
        guard document.entityTags.count == document.tokens.count else { return }
        var token = sentence.tokens.lowerBound
        while token < sentence.tokens.upperBound {
            let tag = document.entityTags[token]
            guard tag.hasPrefix("B-") else { token += 1; continue }
            let type = String(tag.dropFirst(2))
            var end = token + 1
            while end < sentence.tokens.upperBound, document.entityTags[end] == "I-" + type { end += 1 }
            let span = token..<end
            // An entity the lexicon knows is left to the lexicon; one that only contains a place or a country
            // ("Tokyo Electric Power", "Niger Delta Avengers") is a name of its own.
            // The tokens of the country phrases in the entity ("U.S." and "State Department" in "U.S. State
            // Department").
            let countryTokens = Set(clues.filter { clue in
                guard case .lexicon(let hit) = clue.source, clue.tokens.overlaps(span) else { return false }
                return lexicon.entries[hit.entry].kind == .country
            }.flatMap(\.tokens))
            let known = clues.contains { clue in
                guard case .lexicon(let hit) = clue.source, clue.tokens.overlaps(span) else { return false }
                switch lexicon.entries[hit.entry].kind {
                case .agent: return false
                case .country:
                    // Known unless the entity has capitalised words of its own beside the country's phrases.
                    return !span.contains { token in
                        !countryTokens.contains(token) && isCapitalised(token) && form(token).lowercasedIfNeeded() != "the"
                    }
                default: return true
                }
            }
            if type == "PERSON" || type == "ORG", !known {
                clues.append(Clue(tokens: span, source: .entity(type)))
            }
            token = end
        }
    }

    /// Nouns for an accusation, on which the parser may hang the name of the one who answers it ("a charge Moscow").
    static let chargeNouns: Set<String> = ["charge", "accusation", "allegation", "claim", "assertion"]

    /// Plural nouns that, after "both" or "the two", stand for the two countries just named ("the two leaders signed");
    /// so does "the pair".
    static let pairWords: Set<String> = ["countries", "sides", "nations", "neighbours", "neighbors", "leaders", "koreas",
                                         "presidents", "governments", "delegations", "armies", "militaries", "allies",
                                         "rivals", "capitals", "states", "ministers"]

    /// Adds references to earlier actors: "the country", "its", "the two countries", "both sides", "he", "she".
    mutating func collectReferences(context: DocumentContext) {
        // Each form lower-cased once, not again as the word before the next two tokens.
        let words = sentence.tokens.map { form($0).lowercasedIfNeeded() }
        for (position, token) in sentence.tokens.enumerated() {
            let word = words[position]
            let previous = position > 0 ? words[position - 1] : ""
            let twoBefore = position > 1 ? words[position - 2] : ""
            // The cheap tests first: the words before, then the word's set; the lemma only for "country"/"nation".
            if ((previous == "both" || (previous == "two" && twoBefore == "the")) && Self.pairWords.contains(word))
                || (word == "pair" && previous == "the") {
                let start = previous == "both" ? token - 1 : token - 2
                clues.append(Clue(tokens: start..<(token + 1), source: .pairReference))
            } else if previous == "their", Self.pairWords.contains(word), !Self.otherPartyWords.contains(word),
                      hasCoordinatedActors(before: token - 1) {
                // "Abe and Xi held talks …, and their governments signed a currency swap deal": the two named.
                clues.append(Clue(tokens: (token - 1)..<(token + 1), source: .pairReference))
            } else if ["country", "nation"].contains(word), self.lemma(token).lowercasedIfNeeded() == word,
                      ["the", "this", "his", "her", "our"].contains(previous) {
                clues.append(Clue(tokens: token..<(token + 1), source: .countryReference))
            } else if Self.blocWords.contains(word) || Self.bodyWords.contains(word),
                      ["the", "this", "nation", "member", "regional", "global", "nuclear", "un"].contains(previous) {
                // "the bloc", "the 27-nation bloc", "the regional bloc", "the alliance": the latest international
                // organisation named, earlier in this sentence too (resolved when the phrase is composed).
                clues.append(Clue(tokens: token..<(token + 1), source: .blocReference))
            } else if Self.groupWords.contains(word), previous == "the" || (twoBefore == "the" && Self.groupKinds.contains(previous)) {
                // "…, a senior commander of the Islamic Jihad militant group, and the group fired more than 100
                // rockets at Israel": the group named last (resolved when the phrase is composed).
                clues.append(Clue(tokens: token..<(token + 1), source: .groupReference))
            } else if word == "its", deprel(token) == "poss",
                      // In a document's first sentence only on a subject that is an agent, whose "its" is the actor
                      // named before it:
                      // "Iran admitted that its military had shot down the Ukrainian airliner".
                      context.lastOther != nil || (["nsubj", "nsubjpass"].contains(deprel(head(token)))
                          && clues.contains { $0.tokens.contains(head(token)) && isKind($0, .agent) }) {
                clues.append(Clue(tokens: token..<(token + 1), source: .countryReference))
            } else if ["it", "them"].contains(word), ["dobj", "pobj", "nsubjpass"].contains(deprel(token)) {
                clues.append(Clue(tokens: token..<(token + 1), source: .thingPronoun))
            } else if ["he", "she", "his", "her", "him"].contains(word), xpos(token).hasPrefix("PRP") {
                clues.append(Clue(tokens: token..<(token + 1), source: .personPronoun))
            } else if xpos(token).hasPrefix("NNP"), isCapitalised(token), context.surnames[word] != nil,
                      !clues.contains(where: { $0.tokens.contains(token) }) {
                clues.append(Clue(tokens: token..<(token + 1), source: .surnameReference))
            }
        }
    }

    /// Plural nouns for other parties than the pair itself: "their allies" are neither of the two.
    static let otherPartyWords: Set<String> = ["allies", "rivals", "neighbours", "neighbors"]

    /// Whether two states or people of states joined by "and" (or "or") come before `end` in the sentence ("Shinzo
    /// Abe and Xi Jinping"), the pair a later "their governments" stands for; not groups such as students or police.
    func hasCoordinatedActors(before end: Int) -> Bool {
        func isState(_ token: Int) -> Bool {
            clues.contains { clue in clue.tokens.contains(token) && (isKind(clue, .country) || isKind(clue, .person)) }
        }
        return (sentence.tokens.lowerBound..<end).contains { token in
            deprel(token) == "conj" && head(token) >= sentence.tokens.lowerBound && head(token) < token
                && coordinated(head(token), token) && isState(token) && isState(head(token))
        }
    }

    /// Whether ``collectReferences(context:)`` could add a clue here under some parse and context: a word one of
    /// its references starts from ("its", "it", "them", a personal pronoun, "country", "nation", "pair", a plural
    /// after "both" or "the two"), or a proper noun (a surname used before). Kept a superset of what it reads.
    func mayRefer() -> Bool {
        sentence.tokens.contains { token in
            let word = form(token).lowercasedIfNeeded()
            return Self.referenceWords.contains(word) || Self.pairWords.contains(word) || xpos(token).hasPrefix("NNP")
        }
    }

    /// The words ``collectReferences(context:)`` starts a reference from, besides ``pairWords``.
    static let referenceWords: Set<String> = Set(["its", "it", "them", "he", "she", "his", "her", "him", "country",
                                                  "nation", "pair"]).union(blocWords).union(groupWords).union(bodyWords)

    /// Nouns by which news refers back to an international organisation it has named.
    static let blocWords: Set<String> = ["bloc", "alliance"]
    /// Nouns by which news refers back to an international body it has just named ("accusing the agency of
    /// mismanaging the crisis" after the World Health Organization).
    static let bodyWords: Set<String> = ["agency", "organisation", "organization", "watchdog", "fund", "body"]
    /// Nouns by which news refers back to an armed group or movement it has named.
    static let groupWords: Set<String> = ["group", "movement", "militia"]
    /// Words between "the" and a group noun that keep it a reference ("the militant group").
    static let groupKinds: Set<String> = ["militant", "armed", "rebel", "islamist", "jihadist", "insurgent", "militia",
                                          "palestinian", "separatist", "extremist"]

    /// The country a clue names, for the document's focus: a country, a person's country, a national body's.
    func country(of clue: Clue) -> String? {
        guard case .lexicon(let hit) = clue.source else { return nil }
        let entry = lexicon.entries[hit.entry]
        switch entry.kind {
        case .agent: return nil
        case .person: return entry.countries.first
        case .country: return entry.code.code
        case .organisation, .group:
            // A transnational militant group (Islamic State, al Qaeda) is of no one country: its branches take the
            // country where the sentence places them.
            if entry.code.code.hasPrefix("IMG"), entry.countries.count != 1 { return nil }
            guard let first = entry.code.components.first, first.kind == .country else { return entry.countries.first }
            return first.code
        }
    }

    // MARK: Noun phrases

    /// Whether "and"/"or" stands between two tokens (a misparsed coordination must not join two actors).
    func coordinated(_ a: Int, _ b: Int) -> Bool {
        guard abs(a - b) > 1 else { return false }
        let range = (min(a, b) + 1)..<max(a, b)
        return range.contains { ["and", "or", "&"].contains(form($0).lowercasedIfNeeded()) }
    }

    /// Whether a lexicon clue names `token` as a country's adjective or demonym.
    func isCountryAdjective(_ token: Int) -> Bool {
        clues.contains { clue in
            guard clue.tokens.contains(token), case .lexicon(let hit) = clue.source else { return false }
            return lexicon.entries[hit.entry].kind == .country && [.adjective, .demonym].contains(hit.field)
        }
    }

    /// The thing a country flags, registers, owns or operates, when `token` names the country that way: "a
    /// Bangladesh-flagged bulk carrier", "a Japanese-operated cargo ship" (the noun's token).
    func ownedThing(_ token: Int) -> Int? {
        let participle = head(token)
        guard participle >= sentence.tokens.lowerBound, participle < sentence.tokens.upperBound,
              ["flag", "register", "own", "operate"].contains(lemma(participle).lowercasedIfNeeded()),
              ["amod", "compound"].contains(deprel(participle)), isNoun(head(participle)) else { return nil }
        return head(participle)
    }

    /// The token of `tokens` whose head lies outside them (the rightmost such).
    func syntacticHead(of tokens: Range<Int>) -> Int {
        var result = tokens.upperBound - 1
        for token in tokens {
            let parent = head(token)
            if parent < tokens.lowerBound || parent >= tokens.upperBound { result = token }
        }
        return result
    }

    /// The head of the noun phrase a clue is part of: up through compounds, adjectives, appositions and, except
    /// for people, possessors.
    func phraseHead(of clue: Clue) -> Int {
        var token = syntacticHead(of: clue.tokens)
        var isPerson = false
        if case .lexicon(let hit) = clue.source { isPerson = lexicon.entries[hit.entry].kind == .person }
        if case .entity(let type) = clue.source { isPerson = type == "PERSON" }
        if case .personPronoun = clue.source { isPerson = true }
        if case .surnameReference = clue.source { isPerson = true }
        if case .pairReference = clue.source { return token }
        if case .thingPronoun = clue.source { return token }
        if case .blocReference = clue.source { return token }
        if case .groupReference = clue.source { return token }
        // A country adjective coordinated with another ("Armenian and Azerbaijani forces") belongs to the noun the
        // first one modifies.
        // So does a country name coordinated with a country adjective that modifies a noun ("Philippine and U.S.
        // troops").
        var isCountryModifier = false
        if case .lexicon(let hit) = clue.source, lexicon.entries[hit.entry].kind == .country {
            let parent = head(token)
            let inside = parent >= sentence.tokens.lowerBound && parent < sentence.tokens.upperBound
            if [.adjective, .demonym].contains(hit.field) {
                isCountryModifier = true
                // Up the whole list: "American, Japanese and Canadian warships" (each adjective a conjunct of the one
                // before).
                var steps = 0
                while deprel(token) == "conj", steps < 8 {
                    let up = head(token)
                    guard up >= sentence.tokens.lowerBound, up < sentence.tokens.upperBound,
                          !isNoun(up) || xpos(up).hasPrefix("NNP") else { break }
                    token = up
                    steps += 1
                }
            } else if deprel(token) == "conj", inside, xpos(parent) == "JJ", ["amod", "compound"].contains(deprel(parent)),
                      isCountryAdjective(parent) {
                isCountryModifier = true
                token = parent
            }
        }
        if case .lexicon(let hit) = clue.source, lexicon.entries[hit.entry].kind == .country,
           let owned = ownedThing(token) {
            token = owned
            isCountryModifier = true
        }
        var steps = 0
        while steps < 8 {
            steps += 1
            let relation = deprel(token)
            let parent = head(token)
            guard parent >= sentence.tokens.lowerBound, parent < sentence.tokens.upperBound,
                  isNoun(parent) || (xpos(parent) == "JJ" && deprel(parent) != "amod")
            else { break }
            // A proper name in apposition to another proper name is the next item of a list ("Saudi Arabia, the United
            // Arab Emirates, Bahrain and Egypt"), not a description of it.
            let listed = relation == "appos" && xpos(parent).hasPrefix("NNP") && xpos(token).hasPrefix("NNP")
                // Nor is a phrase with an owner of its own after a country's name: "… to Russia, South Korea's spy
                // agency said" is the agency of South Korea, misread as Russia's apposition.
                || (relation == "appos" && sentence.tokens.contains { head($0) == token && deprel($0) == "poss" }
                    && clues.contains { isKind($0, .country) && syntacticHead(of: $0.tokens) == parent })
                // Nor is a name the parser hung on "a charge" before its verb ("…, a charge Moscow dismissed"): the
                // name is the subject of the denial, not a description of the charge.
                || (relation == "appos" && xpos(token).hasPrefix("NNP") && Self.chargeNouns.contains(lemma(parent)))
            let climbs = (["compound", "amod", "nmod", "appos", "nn"].contains(relation) && !listed)
                || (relation == "poss" && !isPerson)
            guard climbs, isCountryModifier || !coordinated(token, parent) else { break }
            token = parent
        }
        return token
    }
}

import DyadCore
import DyadLexicon

/// Turns lexicon matches, the dependency parse and entities of a document into actor mentions with codes.
///
/// Each noun phrase gives at most one mention (two for "the two countries"). Its code comes, in this order of
/// strength, from a person's dated role on the document date, an organisation or group, an agent (role noun)
/// combined with the country the phrase names, a country, a seat of government, or an entity the lexicon does not
/// know combined with a country. Within the document, later surnames, "the ministry", "the country's",
/// "the two countries" and personal pronouns are resolved against what came before. `rule` says which of these
/// applied; `entry` names the lexicon entry.
public struct ActorResolver: Sendable {
    /// The lexicon and its compiled phrases.
    public let matcher: LexiconMatcher

    /// Compiles `lexicon` for resolution.
    public init(lexicon: Lexicon) {
        self.matcher = LexiconMatcher(lexicon: lexicon)
    }

    /// The actor mentions of an analysed document (tags, parse and entities filled), dated roles taken on `date`.
    public func mentions(in document: AnnotatedDocument, on date: CalendarDate) -> [ActorMention] {
        // Without a complete analysis (tags, lemmas, heads, labels for every token) there is nothing safe to read.
        guard AnalysisCheck.isComplete(document) else { return [] }
        var analyses = document.sentences.enumerated().map { index, sentence in
            var analysis = SentenceAnalysis(document: document, sentence: sentence, index: index, date: date,
                                            lexicon: matcher.lexicon)
            analysis.collect(matches: matcher.matches(in: sentence.tokens.map { document.text(of: document.tokens[$0]) }))
            analysis.collectEntities()
            return analysis
        }
        var context = DocumentContext()
        context.focus = focusCountry(of: analyses)
        var mentions: [ActorMention] = []
        for index in analyses.indices {
            // A sentence left unparsed names no actors: noun phrases are read from the parse. Its clues still count
            // for the focus above, which reads tags and lexicon phrases only (the one clue the parse filters, an
            // adjective agent, names no country).
            guard document.isParsed(sentence: index) else { continue }
            context.sentenceCountries = []
            analyses[index].collectReferences(context: context)
            let found = analyses[index].resolve(context: &context)
            var countries: [String] = []
            for mention in found where mention.rule != "coreference: the two countries" {
                if let principal = mention.code.components.first, principal.kind == .country,
                   !countries.contains(principal.code) { countries.append(principal.code) }
            }
            if countries.count >= 2 { context.pair = Array(countries.prefix(2)) }
            mentions += found
        }
        return mentions
    }

    /// Whether resolving sentence `index` of `document` could give a mention or change what later sentences refer
    /// to. False only when the sentence has no lexicon phrase that can be an actor, no PERSON or ORG entity, and no
    /// word a reference starts from (see ``SentenceAnalysis/mayRefer()``); its resolution is then empty
    /// and leaves the document's context as it was, whatever its parse. `document` need not be parsed: without a
    /// parse, the one clue the parse can remove (an adjective agent, "the military said") is kept.
    func mayNameActors(in document: AnnotatedDocument, sentence index: Int) -> Bool {
        let sentence = document.sentences[index]
        // Collecting clues reads no date; the date only matters to composing them.
        guard let date = document.document.date ?? CalendarDate(year: 2000, month: 1, day: 1) else { return true }
        var analysis = SentenceAnalysis(document: document, sentence: sentence, index: index, date: date,
                                        lexicon: matcher.lexicon)
        // The cheap tests first: a proper noun or a reference word, then a PERSON or ORG entity; the lexicon last.
        if analysis.mayRefer() { return true }
        if document.entityTags.count == document.tokens.count,
           sentence.tokens.contains(where: { ["B-PERSON", "B-ORG"].contains(document.entityTags[$0]) }) { return true }
        analysis.collect(matches: matcher.matches(in: sentence.tokens.map { document.text(of: document.tokens[$0]) }))
        analysis.collectEntities()
        return !analysis.clues.isEmpty
    }

    /// The country the document is most about: the principal named most often by its lexicon phrases (countries,
    /// people's countries, national organisations other than news agencies), the first named on a tie. Agents with no
    /// country of their own ("police said") belong to it when their sentence names no single country.
    func focusCountry(of analyses: [SentenceAnalysis]) -> String? {
        var counts: [String: (count: Int, first: Int)] = [:]
        var order = 0
        for analysis in analyses {
            // Not a news organisation's: "(Reuters)" in a dateline says where the agency is, not the story.
            for country in analysis.clues.filter({ !isMedia($0) }).compactMap({ analysis.country(of: $0) }) {
                counts[country, default: (0, order)].count += 1
                order += 1
            }
        }
        return counts.max { a, b in a.value.count < b.value.count || (a.value.count == b.value.count && a.value.first > b.value.first) }?.key
    }

    /// Whether `clue` is a lexicon phrase of a news organisation (Reuters, AFP, Xinhua).
    private func isMedia(_ clue: Clue) -> Bool {
        guard case .lexicon(let hit) = clue.source else { return false }
        let entry = matcher.lexicon.entries[hit.entry]
        return entry.kind == .organisation && entry.code.roles.contains(.media)
    }
}

/// What earlier sentences of the document said, for coreference.
struct DocumentContext {
    /// Principal country codes in order of their latest mention, latest last.
    var countries: [String] = []
    /// Person surnames (folded) → the code and entry last resolved for them.
    var surnames: [String: (code: ActorCode, name: String, entry: String)] = [:]
    /// The last person mention.
    var lastPerson: (code: ActorCode, name: String, entry: String, sentence: Int)?
    /// The persons mentioned before the last one, latest last (a few), for an object pronoun that cannot be its
    /// verb's subject ("the Iranian president phoned him": not himself).
    var earlierPersons: [(code: ActorCode, name: String, entry: String, sentence: Int)] = []
    /// The last mention that was not a person (a state, an organisation, a group).
    var lastOther: (code: ActorCode, name: String, entry: String, sentence: Int)?
    /// The last international organisation mentioned ("the bloc" after "the European Union").
    var lastOrganisation: (code: ActorCode, name: String, entry: String, sentence: Int)?
    /// The last armed group or movement named ("the group" after "the Islamic Jihad militant group").
    var lastGroup: (code: ActorCode, name: String, entry: String, sentence: Int)?
    /// Agent entry index → the code of its last mention ("the ministry" after "the Foreign Ministry").
    var agents: [Int: (code: ActorCode, name: String, entry: String)] = [:]
    /// Lexicon entries already mentioned.
    var mentioned: Set<Int> = []
    /// The country the whole document is most about, if it names any.
    var focus: String?
    /// The first two countries of the latest sentence that named two or more ("the two countries").
    var pair: [String] = []
    /// The last agent mention by its head word ("ministry" after "the Unification Ministry").
    var agentHeads: [String: (code: ActorCode, name: String, entry: String)] = [:]

    /// The countries named so far in the current sentence, in order.
    var sentenceCountries: [String] = []

    /// Records a country as the latest mentioned.
    mutating func noteCountry(_ code: String) {
        countries.removeAll { $0 == code }
        countries.append(code)
        if !sentenceCountries.contains(code) { sentenceCountries.append(code) }
    }
}

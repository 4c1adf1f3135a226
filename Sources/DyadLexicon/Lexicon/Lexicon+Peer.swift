import DyadCore
import Foundation

extension Lexicon {
    /// A lexicon made from TABARI/PETRARCH actor and agent dictionaries, so that actor resolution can use the
    /// dictionaries researchers already have (`--dictionaries DIR`).
    ///
    /// An actor entry whose only code is an undated country code becomes a country; one with dated codes becomes a
    /// person whose roles are those periods (its undated code applies outside them); any other becomes an
    /// organisation. Agents keep their role code. Phrases keep the peers' matching: capitals do not make acronyms,
    /// and a last word without `_` is a stem. Entry keys are `file:line`, so `entry` in the output cites the line.
    public init(peerActors: [PeerActorDictionary], peerAgents: [PeerAgentDictionary], diagnostics: [Diagnostic] = []) {
        var entries: [LexiconEntry] = []
        for dictionary in peerActors {
            for entry in dictionary.entries {
                if let converted = Self.entry(from: entry) { entries.append(converted) }
            }
        }
        for dictionary in peerAgents {
            for entry in dictionary.entries {
                guard let code = entry.actorCode, code.components.allSatisfy({ $0.kind == .role }) else { continue }
                let phrases = dictionary.expandedPhrases(of: entry).map {
                    LexiconPhrase($0, field: .alias, line: entry.location.line ?? 0,
                                  matching: .peer(stem: !entry.phrase.isStopped))
                }
                entries.append(LexiconEntry(
                    kind: .agent, key: Self.key(entry.location), name: entry.phrase.normalized.lowercased(), code: code,
                    phrases: phrases, location: entry.location))
            }
        }
        self.init(entries: entries, diagnostics: diagnostics)
    }

    /// Reads every actor and agent dictionary in `folder` (other kinds are left out), with their diagnostics.
    public static func peerDictionaries(in folder: URL) throws(PeerDictionaryError) -> Lexicon {
        var actors: [PeerActorDictionary] = []
        var agents: [PeerAgentDictionary] = []
        var diagnostics: [Diagnostic] = []
        for file in try PeerDictionary.loadEach(in: folder, kinds: [.actors, .agents]) {
            diagnostics += file.result.diagnostics
            switch file.result.value {
            case .actors(let dictionary): actors.append(dictionary)
            case .agents(let dictionary): agents.append(dictionary)
            default: break
            }
        }
        return Lexicon(peerActors: actors, peerAgents: agents, diagnostics: diagnostics)
    }

    private static func key(_ location: SourceLocation) -> String {
        "\((location.file as NSString).lastPathComponent):\(location.line ?? 0)"
    }

    private static func entry(from entry: PeerActorDictionary.Entry) -> LexiconEntry? {
        let codes = entry.codes.filter { !$0.isNull && $0.actorCode != nil }
        guard let first = codes.first?.actorCode else { return nil }
        let phrases = entry.phrases.map {
            LexiconPhrase($0.words.map(\.text).joined(separator: " "), field: .alias,
                          line: entry.location.line ?? 0, matching: .peer(stem: !$0.isStopped))
        }
        let undated = codes.filter { $0.restriction == nil }.compactMap(\.actorCode)
        let roles = codes.compactMap { code -> DatedRole? in
            guard let restriction = code.restriction, let actor = code.actorCode else { return nil }
            return DatedRole(period: period(of: restriction), code: actor, title: code.code.text, offices: [],
                             line: code.location.line ?? 0)
        }
        let principal = first.components.first
        let country = principal.flatMap { $0.kind == .country || $0.kind == .formerCountry ? $0.code : nil }
        let name = entry.phrase.words.map { $0.text.capitalized }.joined(separator: " ")
        let key = key(entry.location)
        // A country, possibly with dated codes (Bosnia: YUGBIH before 1992-03-05, BIH after).
        let allCountries = codes.allSatisfy { code in
            guard let actor = code.actorCode else { return false }
            return actor.components.allSatisfy { $0.kind == .country || $0.kind == .formerCountry }
        }
        if allCountries, let code = undated.first ?? roles.last?.code ?? Optional(first) {
            return LexiconEntry(kind: .country, key: key, name: name, code: code, phrases: phrases, roles: roles,
                                location: entry.location)
        }
        if !roles.isEmpty {
            guard let code = undated.first ?? country.flatMap({ try? ActorCode($0) }) ?? roles.first?.code else {
                return nil
            }
            return LexiconEntry(kind: .person, key: key, name: name, code: code, phrases: phrases, roles: roles,
                                countries: country.map { [$0] } ?? [], location: entry.location)
        }
        return LexiconEntry(kind: .organisation, key: key, name: name, code: undated.first ?? first, phrases: phrases,
                            countries: country.map { [$0] } ?? [], location: entry.location)
    }

    /// A peer date restriction as a period (`FROM-UNTIL` includes UNTIL; a period ends the day after).
    private static func period(of restriction: PeerDateRestriction) -> LexiconPeriod {
        switch restriction {
        case .before(let date): LexiconPeriod(start: nil, end: LexiconDate(date.date))
        case .after(let date): LexiconPeriod(start: LexiconDate(date.date), end: nil)
        case .between(let first, let last):
            // An end before the start (a typo in the peer file) keeps only the start; the last day of 9999 is open.
            last.date < first.date ? LexiconPeriod(start: LexiconDate(first.date), end: nil)
                : LexiconPeriod(start: LexiconDate(first.date), end: last.date.nextDay.map(LexiconDate.init))
        }
    }
}

extension CalendarDate {
    /// The following day, `nil` after 31 December 9999.
    var nextDay: CalendarDate? {
        if day < CalendarDate.daysIn(month: month, year: year) { return CalendarDate(year: year, month: month, day: day + 1) }
        if month < 12 { return CalendarDate(year: year, month: month + 1, day: 1) }
        return CalendarDate(year: year + 1, month: 1, day: 1)
    }
}

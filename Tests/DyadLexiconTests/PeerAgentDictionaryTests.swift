import DyadCore
import Testing

@testable import DyadLexicon

@Suite("Peer dictionaries: TABARI/PETRARCH .agents")
struct PeerAgentDictionaryTests {
    static let sample = """
        <!-- PETRARCH VALIDATION SUITE AGENTS DICTIONARY -->
        !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
        !MINST! = MINISTER, MINISTERS , MINISTRY, MINISTRIES

        PARLIAMENTARY_OPPOSITION {} [~OPP] #jap 11 Oct 2002
        ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV] # mj 05 Jan 2006
        CONGRESS!PERSON! [~LEG] # pas 14.04.22: check for substitution marker
        !MINST!_OF_SILLY_WALKS [~GOV]
        HUMAN_RIGHTS_BODY  [NGO~] # BNL 07 Dec 2001
        POLICE {} [ ~COP] # JON 2/8/95
        PARLIAMENT_   [  ~LEG] ;SLS 25 Mar 2008
        SECURITY SERVICE [~GOV]
        PARTY [~PTY]
        """

    @Test("~ suffix and prefix codes, plurals in {...}, substitution sets")
    func sample() throws {
        let result = PeerAgentDictionary.parse(Self.sample, file: "sample.agents")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let dictionary = result.value
        #expect(dictionary.substitutionSets.map(\.name) == ["PERSON", "MINST"])
        #expect(dictionary.substitutionSets[1].members == ["MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"])
        #expect(dictionary.substitutionSets[0].location == SourceLocation(file: "sample.agents", line: 2, column: 1))

        let entries = dictionary.entries
        #expect(entries.count == 9)
        #expect(entries[0].plural == .none)
        #expect(entries[0].code == "OPP")
        #expect(entries[0].placement == .suffix)
        #expect(entries[1].plural == .irregular(PeerPhrase("ATTORNEYS_GENERAL")!))
        #expect(entries[2].substitutionMarkers == ["PERSON"])
        #expect(entries[4].code == "NGO")
        #expect(entries[4].placement == .prefix)
        #expect(entries[4].writtenCode == "NGO~")
        #expect(entries[4].actorCode?.code == "NGO")
        #expect(entries[5].code == "COP")
        #expect(entries[6].phrase.isStopped)
        #expect(entries[6].location == SourceLocation(file: "sample.agents", line: 11, column: 1))
        #expect(entries[7].phrase.words.map(\.separator) == [.blank, .end])
        #expect(entries[8].plural == .regular)
    }

    @Test("expanded phrases follow PETRARCH: markers substituted without plurals, otherwise regular plurals")
    func expansion() throws {
        let dictionary = PeerAgentDictionary.parse(Self.sample).value
        let entries = dictionary.entries
        #expect(dictionary.expandedPhrases(of: entries[2]) == [
            "CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN", "CONGRESSWOMEN", "CONGRESSPERSON",
        ])
        #expect(dictionary.expandedPhrases(of: entries[3]).first == "MINISTER OF SILLY WALKS")
        #expect(dictionary.expandedPhrases(of: entries[0]) == ["PARLIAMENTARY OPPOSITION"])
        #expect(dictionary.expandedPhrases(of: entries[1]) == ["ATTORNEY GENERAL", "ATTORNEYS GENERAL"])
        #expect(dictionary.expandedPhrases(of: entries[8]) == ["PARTY", "PARTIES"])
        #expect(dictionary.expandedPhrases(of: entries[6]) == ["PARLIAMENT", "PARLIAMENTS"])
    }

    @Test("bad agent lines are reported and skipped, good ones around them kept")
    func malformed() throws {
        let result = PeerAgentDictionary.parse("""
            !PERSON! = MAN, MEN
            FARMER [~AGR]
            DEPARMENT_OF_ENVIRONMENT [~ENV}
            ISLAMIC_EXTREMIST
            WARLORD [MIL]
            DAIRY!COWHAND! [~AGR]
            BOSS [~BUS] [~GOV]
            !BROKEN = A, B
            HERDS!PERSON! [~AGR]
            """, file: "bad.agents")
        #expect(result.value.entries.map(\.phrase.text) == ["FARMER", "HERDS!PERSON!"])
        #expect(result.errors.map(\.location.line) == [3, 4, 5, 6, 7, 8])
        #expect(result.errors[0].message.contains("'[' is not closed in '[~ENV}'"))
        #expect(result.errors[0].location.column == 26)
        #expect(result.errors[2].message.contains("has no '~'"))
        #expect(result.errors[3].message.contains("'!COWHAND!' is not defined"))
    }
}

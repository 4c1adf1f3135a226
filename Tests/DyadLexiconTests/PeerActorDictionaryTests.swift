import DyadCore
import Testing

@testable import DyadLexicon

private func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: day)!
}

@Suite("Peer dictionaries: TABARI/PETRARCH .actors")
struct PeerActorDictionaryTests {
    @Test("six-digit years pivot at 30: 00-30 are 20YY, 31-99 are 19YY; eight digits are taken as written")
    func centuryPivot() throws {
        #expect(PeerDate("000507")?.date == day(2000, 5, 7))
        #expect(PeerDate("300101")?.date == day(2030, 1, 1))
        #expect(PeerDate("310101")?.date == day(1931, 1, 1))
        #expect(PeerDate("991231")?.date == day(1999, 12, 31))
        #expect(PeerDate("19270101")?.date == day(1927, 1, 1))
        #expect(PeerDate("20400229")?.date == day(2040, 2, 29))
        #expect(PeerDate("000229")?.date == day(2000, 2, 29))
        #expect(PeerDate("990229") == nil)  // 1999 is not a leap year
        #expect(PeerDate("9008223") == nil)
        #expect(PeerDate("1920030320") == nil)
        #expect(PeerDate("00O507") == nil)
        #expect(PeerDate("000507")?.text == "000507")
    }

    @Test("dated codes: <, > and ranges, in both date forms, with blanks inside the brackets")
    func datedCodes() throws {
        let result = PeerActorDictionary.parse("""
            VLADIMIR_PUTIN_ [RUSGOV 000507-080507] [RUSELI >20080507]
            YASSER_ARAFAT_  # pas 27 Apr 03
            +ABU_AMMAR
            \t[PSE < 950601]
            \t[PSEGOV 19950601 - 19990815]
            \t[PSEREB > 990816]
            SOVIET_UNION
            \t[SUN <911226]
            \t[RUS]
            """, file: "sample.actors")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let entries = result.value.entries
        #expect(entries.map(\.phrase.text) == ["VLADIMIR_PUTIN_", "YASSER_ARAFAT_", "SOVIET_UNION"])
        let putin = entries[0]
        #expect(putin.codes.map(\.code.text) == ["RUSGOV", "RUSELI"])
        #expect(putin.codes[0].restriction == .between(PeerDate("000507")!, PeerDate("080507")!))
        #expect(putin.codes[0].actorCode?.code == "RUSGOV")
        #expect(putin.codes[1].restriction == .after(PeerDate("20080507")!))
        #expect(putin.codes[1].location == SourceLocation(file: "sample.actors", line: 1, column: 40))
        #expect(putin.codes(on: day(2004, 1, 1)).map(\.code.text) == ["RUSGOV"])
        #expect(putin.codes(on: day(2012, 1, 1)).map(\.code.text) == ["RUSELI"])
        #expect(putin.codes(on: day(1990, 1, 1)).isEmpty)

        let arafat = entries[1]
        #expect(arafat.synonyms.map(\.phrase.text) == ["ABU_AMMAR"])
        #expect(arafat.synonyms[0].location.line == 3)
        #expect(arafat.codes.map(\.description) == ["[PSE <950601]", "[PSEGOV 19950601-19990815]", "[PSEREB >990816]"])
        #expect(arafat.codes(on: day(1997, 3, 1)).map(\.code.text) == ["PSEGOV"])

        let soviet = entries[2]
        #expect(soviet.codes(on: day(1975, 1, 1)).map(\.code.text) == ["SUN"])
        #expect(soviet.codes(on: day(1995, 1, 1)).map(\.code.text) == ["RUS"])
        #expect(soviet.location == SourceLocation(file: "sample.actors", line: 7, column: 1))
    }

    @Test("phrases: '_' joins words, blanks separate them, a trailing '_' stops stemming")
    func phrases() throws {
        let phrase = try #require(PeerPhrase("SAMOA,_AMERICAN_"))
        #expect(phrase.words.map(\.text) == ["SAMOA,", "AMERICAN"])
        #expect(phrase.words.map(\.separator) == [.underscore, .underscore])
        #expect(phrase.isStopped)
        let spaced = try #require(PeerPhrase("GROUP OF  77"))
        #expect(spaced.words.map(\.separator) == [.blank, .blank, .end])
        #expect(!spaced.isStopped)
        #expect(spaced.normalized == "GROUP OF 77")
        #expect(PeerPhrase("_ _") == nil)
    }

    @Test("codes kept as written; codes Dyad cannot read get a warning, TABARI's ---, ### and +++ do not")
    func codesAsWritten() throws {
        let result = PeerActorDictionary.parse("""
            ALBRIGHT  [USAGOV 991201-010114] [---] ;ems 02 Feb 2001
            NASGUL  [###]
            THE_SHIRE  [FRO/BIL/SAM]
            PALESTINIAN [pse]
            ROMANIA  [ROM] #jw   10/18/91
            """)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.warnings.map(\.location.line) == [3, 4])
        #expect(result.warnings[0].location.column == 16)  // the "/"
        #expect(result.warnings[0].message.hasPrefix("peer code 'FRO/BIL/SAM' kept as written"))
        #expect(result.warnings[1].message.contains("lowercase"))
        let codes = result.value.entries.flatMap(\.codes)
        #expect(codes.map(\.code.text) == ["USAGOV", "---", "###", "FRO/BIL/SAM", "pse", "ROM"])
        #expect(codes.map { $0.actorCode?.code } == ["USAGOV", nil, nil, nil, nil, "ROU"])
        #expect(codes[1].isNull)
    }

    @Test("a bad date skips its code, not the entry; a malformed line is skipped and the lines around it kept")
    func malformedLines() throws {
        let result = PeerActorDictionary.parse("""
            ARMENIA_ [ARM]
            LEVON_TER-PETROSYAN_
            \t[ARMUNR 9008223-911221]
            \t[ARMGOV 911016-980203]
            BROKEN_ [ABC] trailing words
            \t[XYZ]
            ESTONIA_ [EST 990230-000101] [EST]
            NO_CODE_HERE
            LATVIA_ [LVA]
            """, file: "bad.actors")
        #expect(result.value.entries.map(\.phrase.text) == ["ARMENIA_", "LEVON_TER-PETROSYAN_", "ESTONIA_", "LATVIA_"])
        #expect(result.value.entries[1].codes.map(\.code.text) == ["ARMGOV"])
        #expect(result.value.entries[2].codes.map(\.description) == ["[EST]"])
        let errors = result.errors
        #expect(errors.count == 4, "\(errors)")
        #expect(errors.map(\.location.line) == [3, 5, 7, 8])
        #expect(errors[0].message.contains("'9008223' in '9008223-911221' is not a date"))
        #expect(errors[0].location.column == 10)
        #expect(errors[0].excerpt == "\t[ARMUNR 9008223-911221]")
        #expect(errors[1].message.contains("unexpected 'trailing words' after the code"))
        #expect(errors[1].location.column == 15)
        #expect(errors[2].message.contains("'990230' in '990230-000101' is not a day that exists"))
        #expect(errors[3].message.contains("'NO_CODE_HERE' has no code"))
        #expect(errors.allSatisfy { $0.hint != nil })
    }

    @Test("comments (#, ;, <!-- -->), TABARI word lists and ~~FINISH")
    func tabariConventions() throws {
        let result = PeerActorDictionary.parse("""
            <!-- PETRARCH VALIDATION SUITE ACTOR DICTIONARY -->
            <!--
            # a comment over
            # several lines -->
            <NOUN>
            BEES   ;pas 26 Feb 2002
            FORCES_  ;JW   10/18/91
            </NOUN>
            <ADJECTIVE>
            AWFUL
            </ADJECTIVE>
            ENT  [### <890101] [NGO]
            ######   The United Nations  #######
            UN_ [IGOUNO]
            ~~FINISH 16:47 CDT Thu 05 May 2005
            NOT_READ [XXX]
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.value.wordClasses.map(\.name) == ["NOUN", "ADJECTIVE"])
        #expect(result.value.wordClasses[0].members.map(\.phrase.text) == ["BEES", "FORCES_"])
        #expect(result.value.entries.map(\.phrase.text) == ["ENT", "UN_"])
        #expect(result.value.entries[0].codes.map(\.description) == ["[### <890101]", "[NGO]"])
        #expect(result.value.phraseCount == 2)
    }

    @Test("stray synonyms and codes are reported once; an unclosed word list is closed with a warning")
    func strayLines() throws {
        let result = PeerActorDictionary.parse("""
            +ORPHAN
            [ABC]
            <NOUN>
            SHEEP
            """)
        #expect(result.value.entries.isEmpty)
        #expect(result.errors.map(\.location.line) == [1, 2])
        #expect(result.warnings.map(\.message) == ["<NOUN> is never closed"])
        #expect(result.value.wordClasses.first?.members.count == 1)
    }
}

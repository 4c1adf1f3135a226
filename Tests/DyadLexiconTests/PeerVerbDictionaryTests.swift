import DyadCore
import Testing

@testable import DyadLexicon

private typealias Kind = PeerVerbPattern.Token.Kind

@Suite("Peer dictionaries: TABARI and PETRARCH verbs")
struct PeerVerbDictionaryTests {
    /// PETRARCH 2 style, after CAMEO.2.0.txt. Line numbers matter to the tests below.
    static let petrarch = """
        ####### SYNONYM SETS #######
        &CURRENCY
        +DOLLAR
        +CASH_
        &AUXVERB1_
        +WAS
        +WERE
        &FIGHT
        +BATTLE
        ####### VERB PATTERNS #######
        ---  ACCELERATE   [---]  ---
        ACCELERATE
        HURRY {HURRIES HURRYING HURRIED }
        +CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF}
        WIRE_+TAP
        CLARIFY {CLARIFIES CLARIFIED CLARIFYING} [040]
        - * (TO)                                              [042:043]     # RUSH
        - * {ARMS SHIPMENT}                                   [072]         # EXPEDITE
        - &CURRENCY * (TO +) (FROM $)                         [071]
        - % &AUXVERB1 * ^ (AT HEARING)                        [:173]
        - * &FIGHT_CRIM                                       [1124]        # BRAND
        - * POLICE (TO BORDER                                 [153]
        - NO CODE HERE *
        - * DEPLOYMENT                                        [154]
        ---  DISGRACE   [110]---  ---
        DISGRACE
        ######## TRANSFORMATIONS ##########
        ~ a (a b ATTACK) SAY = a b 015
        """

    @Test("PETRARCH: synsets, blocks, verb forms, compound verbs, patterns, [a:b] codes, transformations")
    func petrarchDictionary() throws {
        let result = PeerVerbDictionary.parse(Self.petrarch, file: "CAMEO.sample.txt")
        let dictionary = result.value
        #expect(dictionary.synsets.map(\.name) == ["CURRENCY", "AUXVERB1", "FIGHT"])
        #expect(dictionary.synsets.map(\.formsPlurals) == [true, false, true])
        #expect(dictionary.synsets[0].members.map(\.text) == ["DOLLAR", "CASH_"])
        #expect(dictionary.synsets[0].members.map(\.isStopped) == [false, true])
        #expect(dictionary.synsets[0].section == "SYNONYM SETS")

        #expect(dictionary.blocks.map(\.name) == ["ACCELERATE", "DISGRACE"])
        #expect(dictionary.blocks.map { $0.code?.text } == ["---", "110"])
        #expect(dictionary.blocks[0].code?.isNull == true)
        #expect(dictionary.blocks[0].section == "VERB PATTERNS")
        let verbs = dictionary.blocks[0].verbs
        #expect(verbs.map(\.text) == ["ACCELERATE", "HURRY", "+CORDON_OFF", "WIRE_+TAP", "CLARIFY"])
        #expect(verbs[0].forms == nil)
        #expect(verbs[1].forms == ["HURRIES", "HURRYING", "HURRIED"])
        #expect(verbs[2].words == ["CORDON", "OFF"])
        #expect(verbs[2].inflectedWord == 0)
        #expect(verbs[3].inflectedWord == 1)
        #expect(verbs[4].code?.activeEvent?.code == "040")
        #expect(dictionary.verbCount == 6)

        let patterns = dictionary.blocks[0].patterns
        #expect(patterns.map(\.text) == [
            "* (TO)", "* {ARMS SHIPMENT}", "&CURRENCY * (TO +) (FROM $)", "% &AUXVERB1 * ^ (AT HEARING)",
            "* &FIGHT_CRIM", "* DEPLOYMENT",
        ])
        #expect(patterns[0].code.active == "042")
        #expect(patterns[0].code.passive == "043")
        #expect(patterns[0].tokens.map(\.kind) == [
            .verb, .openPrepositionalPhrase, .word("TO"), .closePrepositionalPhrase,
        ])
        #expect(patterns[1].afterVerb.map(\.kind) == [.openGroup, .word("ARMS"), .word("SHIPMENT"), .closeGroup])
        #expect(patterns[2].tokens.map(\.kind) == [
            .synset("CURRENCY", isDefined: true), .verb, .openPrepositionalPhrase, .word("TO"), .target,
            .closePrepositionalPhrase, .openPrepositionalPhrase, .word("FROM"), .source, .closePrepositionalPhrase,
        ])
        #expect(patterns[2].tokens[0].column == 3)
        #expect(patterns[3].beforeVerb.map(\.kind) == [.compound, .synset("AUXVERB1", isDefined: true)])
        #expect(patterns[3].afterVerb.first?.kind == .skip)
        #expect(patterns[3].code.active == nil)
        #expect(patterns[3].code.passiveEvent?.code == "173")
        #expect(patterns[4].synsetNames == ["FIGHT_CRIM"])
        #expect(patterns[4].tokens[1].kind == .synset("FIGHT_CRIM", isDefined: false))
        #expect(patterns[0].location == SourceLocation(file: "CAMEO.sample.txt", line: 17, column: 1))

        #expect(dictionary.transformations.count == 1)
        #expect(dictionary.transformations[0].pattern == "a (a b ATTACK) SAY")
        #expect(dictionary.transformations[0].result == "a b 015")
        #expect(dictionary.transformations[0].location.line == 28)
    }

    @Test("an undefined synset is a warning at its file:line:column; malformed patterns are errors and skipped")
    func petrarchDiagnostics() throws {
        let result = PeerVerbDictionary.parse(Self.petrarch, file: "CAMEO.sample.txt")
        let warning = try #require(result.warnings.first)
        #expect(result.warnings.count == 1)
        #expect(warning.location == SourceLocation(file: "CAMEO.sample.txt", line: 21, column: 5))
        #expect(warning.message == "synset '&FIGHT_CRIM' is not defined; the pattern is kept")
        #expect(warning.hint?.contains("'&FIGHT' is defined") == true)
        #expect(warning.description.contains("CAMEO.sample.txt:21:5: warning: synset '&FIGHT_CRIM' is not defined"))
        #expect(result.errors.map(\.location.line) == [22, 23])
        #expect(result.errors[0].message.contains("'(' is never closed"))
        #expect(result.errors[0].location.column == 12)
        #expect(result.errors[1].message.contains("pattern has no code"))
    }

    /// TABARI style, after TABARI.Demo.verbs and CAMEO.091003.master.verbs.
    static let tabari = """
        <SYNSETS>
        &TIETYPES
        +MILITARY
        +ECONOMIC
        </SYNSETS>
        <TIME>
        LAST_WEEK [-7]
        - * AND A WEEK [+8]
        </TIME>
        ABANDON  [345] ;pas 15 Jul 2003
        - * NEW_&TIETYPES_RELATIONS [903]; -PAS 12.01.12
        - + IN_ $ { WAS | WERE } *  [181] ;sls 21 Sep 2007
        ACT_ [100]
        { ACTING_ ACTXD_ ACTUALITY  }
        - *_AND_KILLED BY_ $  [1823]
        - * REAL~_PLEASANT  [024]
        - * COMMIT * AID  [033]
        - FORCE TO_ *  [100!]
        ARREST AND_CHARGE  [173] ;MleH 22 Jul 2009
        - + { WAS | WERE ] * BY_ $ AIRSTRIKE  [195]
        """

    @Test("TABARI: one block per verb, forms on the next line, <SYNSETS> and <TIME>, alternatives, _ and ~")
    func tabariDictionary() throws {
        let result = PeerVerbDictionary.parse(Self.tabari, file: "Demo.verbs")
        let dictionary = result.value
        #expect(dictionary.synsets.map(\.name) == ["TIETYPES"])
        #expect(dictionary.synsets[0].section == "SYNSETS")
        #expect(dictionary.blocks.map(\.name) == ["LAST_WEEK", "ABANDON", "ACT_", "ARREST AND_CHARGE"])
        #expect(dictionary.blocks.map(\.section) == ["TIME", nil, nil, nil])
        #expect(dictionary.blocks[0].code?.text == "-7")
        #expect(dictionary.blocks[0].patterns.first?.code.text == "+8")
        #expect(dictionary.blocks[2].verbs.first?.forms == ["ACTING_", "ACTXD_", "ACTUALITY"])
        #expect(dictionary.blocks[3].verbs.first?.words == ["ARREST", "AND", "CHARGE"])

        let abandon = dictionary.blocks[1].patterns
        // TABARI reads NEW_&TIETYPES_RELATIONS as NEW, &TIETYPES, RELATIONS, all joined: no warning.
        #expect(abandon[0].tokens.map(\.kind) == [
            .verb, .word("NEW"), .synset("TIETYPES", isDefined: true), .word("RELATIONS"),
        ])
        #expect(abandon[0].tokens.map(\.joinedToPrevious) == [false, false, true, true])
        #expect(abandon[0].tokens[1].isStopped)
        #expect(abandon[1].tokens.map(\.kind) == [
            .target, .word("IN"), .source, .openGroup, .word("WAS"), .alternative, .word("WERE"), .closeGroup, .verb,
        ])
        #expect(abandon[1].tokens[1].isStopped)

        let act = dictionary.blocks[2].patterns
        #expect(act.map(\.text) == ["*_AND_KILLED BY_ $", "* REAL~_PLEASANT", "FORCE TO_ *"])
        #expect(act[0].tokens.map(\.joinedToPrevious) == [false, true, true, false, false])
        #expect(act[0].tokens[0].isStopped)
        #expect(act[1].tokens[1].isStem)
        #expect(act[1].tokens[2].joinedToPrevious)
        #expect(act[2].code.active == "100!")
        #expect(act[2].code.activeEvent == nil)

        // WEIS-era and TABARI-only codes are kept as written, with a warning; <TIME> shifts such as [-7] are not codes.
        #expect(result.warnings.map(\.location.line) == [10, 11, 18])
        #expect(result.warnings.allSatisfy { $0.message.contains("kept as written") })
        #expect(result.warnings[2].message.hasPrefix("peer code '100!'"))
        #expect(result.warnings[2].location.column == 20)  // the "!"
        #expect(result.errors.map(\.location.line) == [17, 20])
        #expect(result.errors[0].message == "pattern has 2 verb markers '*', not one; line skipped")
        #expect(result.errors[1].message == "unexpected ']' in the pattern; line skipped")
        #expect(result.errors[1].location.column == 18)
    }

    @Test("=== NAME === sections; a synset may be defined after the pattern that uses it")
    func sectionsAndLateSynsets() throws {
        let result = PeerVerbDictionary.parse("""
            === VERBS ===
            --- ASK [090] ---
            ASK
            - * FOR &LATER [172]
            === SYNSETS ===
            &LATER
            +EMBARGO
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.value.blocks.first?.section == "VERBS")
        #expect(result.value.synsets.first?.section == "SYNSETS")
        #expect(result.value.blocks.first?.patterns.first?.tokens.last?.kind == .synset("LATER", isDefined: true))
        #expect(result.value.synset(named: "LATER")?.members.map(\.text) == ["EMBARGO"])
    }

    @Test("verb codes: active, passive, null and discard")
    func verbCodes() throws {
        let pair = try #require(PeerVerbCode("042:043"))
        #expect(pair.activeEvent?.code == "042")
        #expect(pair.passiveEvent?.code == "043")
        #expect(pair.description == "[042:043]")
        #expect(PeerVerbCode("---")?.isNull == true)
        #expect(PeerVerbCode("###")?.isDiscard == true)
        #expect(PeerVerbCode(":173")?.active == nil)
        #expect(PeerVerbCode("") == nil)
        #expect(PeerVerbCode(":") == nil)
        #expect(PeerVerbCode("1:2:3") == nil)
    }
}

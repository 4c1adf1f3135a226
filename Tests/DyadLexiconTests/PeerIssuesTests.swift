import DyadCore
import Testing

@testable import DyadLexicon

@Suite("Peer dictionaries: PETRARCH issues")
struct PeerIssuesTests {
    @Test("sections, codes, n:/v: expansions, '+' variants and ~/~~ exclusions")
    func sample() throws {
        let result = PeerIssues.parse("""
            # Phoenix Open Event Data Issues
            <ISSUE CATEGORY="EDUCATION" TYPE="ALL">
            n:teacher [TEACHERS]
            pre+n:school [EARLY_CHILDHOOD_EDUCATION]
            ethnic v:purge [ID_ATROCITY]
            ~a head start
            ~~Armenian genocide  # not coding historical cases
            </ISSUE>
            <ISSUE CATEGORY="KIDNAP" TYPE="COUNTEVENT">
            n:hostage n:party [KIDNAP]
            </ISSUE>
            """, file: "sample.issues")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let issues = result.value
        #expect(issues.sections.map(\.category) == ["EDUCATION", "KIDNAP"])
        #expect(issues.sections.map(\.type) == ["ALL", "COUNTEVENT"])
        #expect(issues.sections[0].location == SourceLocation(file: "sample.issues", line: 2, column: 1))
        #expect(issues.codes.map(\.text) == ["TEACHERS", "EARLY_CHILDHOOD_EDUCATION", "ID_ATROCITY", "KIDNAP"])

        let entries = issues.entries
        #expect(entries.map(\.section) == [0, 0, 0, 0, 0, 1])
        #expect(entries[0].words.map(\.inflection) == [.noun])
        #expect(entries[0].expandedForms == ["TEACHER", "TEACHERS"])
        #expect(entries[1].words[0].hasHyphenVariants)
        #expect(Set(entries[1].expandedForms) == ["PRE SCHOOL", "PRE SCHOOLS", "PRE-SCHOOL", "PRE-SCHOOLS"])
        #expect(entries[2].expandedForms == ["ETHNIC PURGE", "ETHNIC PURGES", "ETHNIC PURGED", "ETHNIC PURGING"])
        #expect(entries[3].kind == .sentenceExclusion)
        #expect(entries[3].text == "a head start")
        #expect(entries[4].kind == .storyExclusion)
        #expect(entries[5].expandedForms.count == 4)
    }

    @Test("bad issue lines are reported and skipped, good ones kept")
    func malformed() throws {
        let result = PeerIssues.parse("""
            <ISSUE CATEGORY="ENERGY" TYPE="ALL">
            oil [OIL]
            european central bank
            v:block m:site [INTERNET_CENSORSHIP]
            aqim [NAMED_TERROR_GROUP] [NAMED_TERROR_GROUP]
            liberation tigers of tamil eelam [NAMED_TERROR_GROUP]*******
            </ISSUE>
            </ISSUE>
            <ISSUE TYPE="ALL"
            gasoline [OIL]
            """)
        #expect(result.value.entries.map(\.text) == ["oil", "gasoline"])
        #expect(result.errors.map(\.location.line) == [3, 4, 5, 6, 8, 9])
        #expect(result.errors[1].message.contains("unknown expansion 'm:'"))
        #expect(result.errors[1].location.column == 9)
        #expect(result.errors[3].location.column == 54)
    }
}

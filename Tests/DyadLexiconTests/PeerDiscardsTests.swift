import DyadCore
import Testing

@testable import DyadLexicon

@Suite("Peer dictionaries: discards")
struct PeerDiscardsTests {
    @Test("'+' discards the story, no '+' the sentence; codes kept; case kept as written")
    func sample() throws {
        let result = PeerDiscards.parse("""
            # Story-level discards are indicated with a '+'.
            MONTHS LATER
            +World Golf Championships   # pas 26-Feb-2014
            + ESPN2
            AFRICAN NATIONS CUP   # ab 13 Jun 2005 ;AB 13 JUN 2005
            BASEBALL_
            DAVIS_CUP  [###] ;JW   10/17/91
            AVIAN INFLUENZA   # CTA 27 Jul 2009\t and MleH 09 Aug 2009
            """, file: "sample.discards")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let entries = result.value.entries
        #expect(entries.map(\.phrase.text) == [
            "MONTHS LATER", "World Golf Championships", "ESPN2", "AFRICAN NATIONS CUP", "BASEBALL_", "DAVIS_CUP",
            "AVIAN INFLUENZA",
        ])
        #expect(entries.map(\.scope) == [.sentence, .story, .story, .sentence, .sentence, .sentence, .sentence])
        #expect(entries[4].phrase.isStopped)
        #expect(entries[5].code == "###")
        #expect(entries[1].location == SourceLocation(file: "sample.discards", line: 3, column: 1))
    }

    @Test("tab-separated rows (a spreadsheet saved as discards) are rejected, and the file is flagged")
    func spreadsheet() throws {
        var text = "BASEBALL\n"
        for row in 1...12 { text += "\t\(row)\t1995\t#VALUE!\t99\t99\t9999\t0\tAGO\tLunda Sul province\n" }
        text += "Reuters 01/08/2007 (LBA0000020070108e318000ci)\t\ttb\nCRICKET\n"
        let result = PeerDiscards.parse(text, file: "discards.txt")
        #expect(result.value.entries.map(\.phrase.text) == ["BASEBALL", "CRICKET"])
        #expect(result.errors.count == 13)
        #expect(result.errors.allSatisfy { $0.message.contains("tab-separated") })
        let fileLevel = try #require(result.warnings.last)
        #expect(fileLevel.location.line == nil)
        #expect(fileLevel.message == "13 of 15 lines were rejected; this does not look like a discards file")
    }
}

import DyadCore
import Foundation
import Testing

@testable import DyadLexicon

@Suite("Peer dictionaries: bytes, lines and kinds")
struct PeerSourceTextTests {
    @Test("invalid UTF-8 is replaced by U+FFFD with one warning per line; the line is still read")
    func invalidUTF8() throws {
        var bytes = Array("CAFE_ [FRA]\nCOTE_D".utf8)
        bytes += [0x92]  // Windows-1252 apostrophe
        bytes += Array("IVOIRE_ [CIV]\nJOS".utf8) + [0xC9, 0xC9] + Array("_ [ESP]\n".utf8)
        let result = PeerActorDictionary.parse(bytes: bytes, file: "latin1.actors")
        #expect(result.value.entries.map(\.phrase.text) == ["CAFE_", "COTE_D\u{FFFD}IVOIRE_", "JOS\u{FFFD}\u{FFFD}_"])
        #expect(result.errors.isEmpty)
        #expect(result.warnings.count == 2)
        #expect(result.warnings[0].location == SourceLocation(file: "latin1.actors", line: 2, column: 7))
        #expect(result.warnings[0].message == "byte 0x92 is not UTF-8; replaced by U+FFFD")
        #expect(result.warnings[1].message == "byte 0xC9 is not UTF-8; replaced by U+FFFD (and 1 more on this line)")
        #expect(result.warnings[1].location.column == 4)
    }

    @Test("CRLF, lone CR, a byte-order mark and control characters")
    func lineEndings() throws {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes += Array("ALPHA [USA]\r\nBETA [RUS]\rGAMMA [CHN]\r\nJAN_STRAS".utf8) + [0x1A] + Array("KY [CZE]".utf8)
        let result = PeerActorDictionary.parse(bytes: bytes, file: "crlf.actors")
        #expect(result.value.entries.map(\.phrase.text) == ["ALPHA", "BETA", "GAMMA", "JAN_STRASKY"])
        #expect(result.value.entries.map(\.location.line) == [1, 2, 3, 4])
        #expect(result.warnings.map(\.message) == ["control character U+001A removed"])
        #expect(result.warnings.first?.location.column == 10)
    }

    @Test("an empty file (or one with only comments) reads as an empty dictionary without diagnostics")
    func emptyFiles() throws {
        for text in ["", "\n\n", "# only a comment\n<!-- and another -->\n"] {
            let bytes = Array(text.utf8)
            for kind in PeerDictionaryKind.allCases {
                let result = PeerDictionary.parse(bytes: bytes, file: "empty", as: kind)
                #expect(result.diagnostics.isEmpty, "\(kind): \(result.diagnostics)")
                #expect(result.value.entryCount == 0)
                #expect(result.value.kind == kind)
            }
        }
    }

    @Test("an unclosed <!-- comment swallows the rest of the file, with a warning")
    func unclosedComment() throws {
        let result = PeerDiscards.parse("BASEBALL\n<!-- start\nCRICKET\n")
        #expect(result.value.entries.map(\.phrase.text) == ["BASEBALL"])
        #expect(result.warnings.map(\.location.line) == [2])
    }

    @Test("the kind is guessed from the name, then from the contents")
    func kinds() throws {
        #expect(PeerDictionaryKind.detect(name: "Phoenix.Countries.actors.txt") == .actors)
        #expect(PeerDictionaryKind.detect(name: "TABARI.Demo.actors") == .actors)
        #expect(PeerDictionaryKind.detect(name: "Validate.agents") == .agents)
        #expect(PeerDictionaryKind.detect(name: "PETR.Validate.agents.txt") == .agents)
        #expect(PeerDictionaryKind.detect(name: "discards.txt") == .discards)
        #expect(PeerDictionaryKind.detect(name: "Phoenix.IssueCoding.txt") == .issues)
        #expect(PeerDictionaryKind.detect(name: "CAMEO.2.0.txt") == .verbs)
        #expect(PeerDictionaryKind.detect(name: "CAMEO.091003.master.verbs") == .verbs)
        #expect(PeerDictionaryKind.detect(name: "CAMEO.09b5.options") == nil)
        #expect(PeerDictionaryKind.detect(contents: Array(PeerVerbDictionaryTests.petrarch.utf8)) == .verbs)
        #expect(PeerDictionaryKind.detect(contents: Array(PeerAgentDictionaryTests.sample.utf8)) == .agents)
        let actors = "GOLLUM\n+SMEAGOL\n\t[HOB <950601]\nUSA [USA]\n+AMERICA\nRUSSIA [RUS 000101-101010]\n"
        #expect(PeerDictionaryKind.detect(contents: Array(actors.utf8)) == .actors)
        #expect(PeerDictionaryKind.detect(contents: Array("<ISSUE CATEGORY=\"X\">\noil [OIL]\n".utf8)) == .issues)
        #expect(PeerDictionaryKind.detect(contents: Array("[\n{\"id\": 1}\n]\n".utf8)) == nil)
    }

    @Test("a missing file throws an error that names it; a folder is refused")
    func unreadable() throws {
        let missing = URL(fileURLWithPath: "/nonexistent/Phoenix.agents.txt")
        #expect(throws: PeerDictionaryError.self) { try PeerAgentDictionary.load(contentsOf: missing) }
        do {
            _ = try PeerDictionary.load(contentsOf: missing)
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("/nonexistent/Phoenix.agents.txt"))
        }
        let folder = URL(fileURLWithPath: NSTemporaryDirectory())
        #expect(throws: PeerDictionaryError.self) { try PeerDiscards.load(contentsOf: folder) }
    }
}

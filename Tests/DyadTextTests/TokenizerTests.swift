import DyadCore
import DyadText
import Foundation
import Testing

@Suite("Tokenizer")
struct TokenizerTests {
    let tokenizer = Tokenizer()

    func forms(_ text: String) -> [String] { Segmented(text).tokens }

    @Test("spaCy conventions on hard tokens", arguments: [
        ("Russia's army", ["Russia", "'s", "army"]),
        ("Russia’s army", ["Russia", "’s", "army"]),
        ("don't stop", ["do", "n't", "stop"]),
        ("They can’t and won't.", ["They", "ca", "n’t", "and", "wo", "n't", "."]),
        ("172,500 square meters", ["172,500", "square", "meters"]),
        ("a 1.5% rise", ["a", "1.5", "%", "rise"]),
        ("a 24-year-old", ["a", "24", "-", "year", "-", "old"]),
        ("U.S.-led forces", ["U.S.-led", "forces"]),
        ("in the U.S. The", ["in", "the", "U.S.", "The"]),
        ("Lt. Gen. Smith.", ["Lt", ".", "Gen.", "Smith", "."]),
        ("$1.5bn and US$10", ["$", "1.5bn", "and", "US$", "10"]),
        ("850m long", ["850", "m", "long"]),
        ("at 10am, 5p.m.", ["at", "10", "am", ",", "5", "p.m."]),
        ("see https://www.un.org/en/about.", ["see", "https://www.un.org/en/about", "."]),
        ("mail press@mofa.go.kr today", ["mail", "press@mofa.go.kr", "today"]),
        ("“Hello,” he said.", ["“", "Hello", ",", "”", "he", "said", "."]),
        ("Hello...World", ["Hello", "...", "World"]),
        ("What?!", ["What", "?", "!"]),
        ("COVID-19 and F-16s", ["COVID-19", "and", "F-16s"]),
        ("the $500m.", ["the", "$", "500", "m."]),
        ("(D-Calif.) voted", ["(", "D", "-", "Calif.", ")", "voted"]),
        ("#MeToo @UN 😀😀", ["#", "MeToo", "@UN", "😀", "😀"]),
        ("word—word -- x", ["word", "—", "word", "--", "x"]),
        ("Kim Jong-un", ["Kim", "Jong", "-", "un"]),
    ])
    func conventions(text: String, expected: [String]) {
        #expect(forms(text) == expected)
    }

    @Test("Whitespace is never a token; offsets count Unicode scalars")
    func offsets() {
        let text = "Erdoğan\r\n met  “Zelenskyy” 🙂 today"
        let tokens = tokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        for token in tokens {
            var piece = ""
            piece.unicodeScalars.append(contentsOf: scalars[token.start..<token.end])
            #expect(!piece.isEmpty && !piece.unicodeScalars.contains { $0.properties.isWhitespace })
            #expect(String(text.utf8Slice(token.utf8Start..<token.utf8End)) == piece)
        }
        #expect(tokens.map(\.start) == [0, 10, 15, 16, 25, 27, 29])
    }

    @Test("A long run of one-character pieces takes linear time", .timeLimit(.minutes(1)))
    func longPunctuationRun() {
        for piece in ["*", "#", "—", "😀", "!"] {
            let text = String(repeating: piece, count: 200_000)
            #expect(tokenizer.tokenize(text).count == 200_000)
        }
    }

    @Test("explain names the rule behind each token")
    func explain() {
        let explained = tokenizer.explain("(Russia's)")
        #expect(explained.map(\.text) == ["(", "Russia", "'s", ")"])
        #expect(explained.map(\.rule) == [.prefix, .token, .suffix, .suffix])
        #expect(tokenizer.explain("don't").map(\.rule) == [.special, .special])
        #expect(tokenizer.explain("www.un.org").map(\.rule) == [.url])
    }

    @Test("Odd input does not crash and keeps every character", arguments: [
        "", " ", "\n\n", "....", "''''", "😀", "\u{200B}", "a\u{0301}", "\u{FFFD}\u{FFFD}", "<<<>>>", "-", "US$",
        "$", "'s", "n't", "e.g.", "100%%%", "((((((", "http://", "@@@@", "a@b", ".com", "x.y.z", "\u{E000}",
        String(repeating: "ab-", count: 2000), String(repeating: "😀", count: 500),
    ])
    func oddInput(text: String) {
        let tokens = tokenizer.tokenize(text)
        let covered = tokens.reduce(0) { $0 + $1.end - $1.start }
        let nonSpace = text.unicodeScalars.filter { !$0.properties.isWhitespace || $0 == "\u{200B}" }.count
        #expect(covered == nonSpace)
    }

    @Test("Agreement with spaCy on our news sentences is at least 99.5% of non-punctuation tokens")
    func agreementWithSpaCy() throws {
        let url = TestPaths.fixtures.appendingPathComponent("tokens/news-tokens.jsonl")
        let data = try Data(contentsOf: url)
        var total = 0, agreed = 0
        for line in data.split(separator: UInt8(ascii: "\n")) {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            let text = try #require(record["text"] as? String)
            let gold = try #require(record["tokens"] as? [[Int]])
            let ours = Set(tokenizer.tokenize(text).map { [$0.start, $0.end] })
            for token in gold where token[2] == 0 {
                total += 1
                if ours.contains([token[0], token[1]]) { agreed += 1 }
            }
        }
        #expect(total > 10_000)
        let rate = Double(agreed) / Double(total)
        #expect(rate >= 0.995, "agreement \(rate) on \(total) tokens")
    }
}

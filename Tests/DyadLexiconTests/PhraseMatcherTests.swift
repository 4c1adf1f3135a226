import DyadLexicon
import Testing

@Suite("Phrase matcher")
struct PhraseMatcherTests {
    static func words(_ text: String) -> [Substring] { text.split(separator: " ") }

    static let matcher: PhraseMatcher = {
        var builder = PhraseMatcher.Builder()
        builder.add("North Korea", payload: 1)
        builder.add("North Korean", payload: 2)
        builder.add("Kim Jong-un", payload: 3)
        builder.add("UN", payload: 4)
        builder.add("U.S.", payload: 5)
        builder.add("Erdoğan", payload: 6)
        builder.add("al-Shabaab", payload: 7)
        builder.add("the Kremlin", payload: 8)
        builder.add("MINIST", payload: 9, stem: true)
        builder.add("Korea", payload: 10)
        return builder.build()
    }()

    func found(_ text: String) -> [[Int32]] { Self.matcher.matches(in: Self.words(text)).map(\.payloads) }

    @Test("the longest phrase wins and never splits a longer name")
    func longest() {
        #expect(found("North Korean leader Kim Jong Un met the UN envoy") == [[2], [3], [4]])
        #expect(found("North Korea and South Korea") == [[1], [10]])
    }

    @Test("acronyms match only in capitals; dots, case and diacritics are ignored otherwise")
    func caseRules() {
        #expect(found("let us go") == [])
        #expect(found("the U.S. and US forces") == [[5], [5]])
        #expect(found("Erdogan and ERDOĞAN") == [[6], [6]])
    }

    @Test("hyphens and spaces are alike; a leading 'the' is dropped from phrases; stems match word starts")
    func hyphensAndStems() {
        #expect(found("al Shabaab and al-Shabaab and al - Shabaab") == [[7], [7], [7]])
        #expect(found("the Kremlin said") == [[8]])
        #expect(found("the ministry and ministers") == [[9], [9]])
    }

    @Test("matches cover whole tokens and report token ranges")
    func ranges() {
        let matches = Self.matcher.matches(in: Self.words("said North Korea today"))
        #expect(matches.map(\.tokens) == [1..<3])
    }
}

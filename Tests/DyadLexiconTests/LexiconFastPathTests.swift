import DyadCore
@testable import DyadLexicon
import Testing

/// The byte-level readings that make loading the lexicon cheap, each checked against the general reading it replaces
/// on seeded random inputs over the characters that matter.
@Suite("Lexicon fast paths")
struct LexiconFastPathTests {
    /// A small deterministic generator (SplitMix64), so that a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }

        mutating func text(from alphabet: [String], upTo length: Int) -> String {
            (0..<next(length + 1)).map { _ in alphabet[next(alphabet.count)] }.joined()
        }
    }

    @Test("ASCII phrases are cut into the words, keys and folded text of the general reading")
    func asciiPhrases() {
        var random = Generator(state: 4)
        let alphabet = ["a", "s", "T", "h", "e", "S", ".", " ", "-", "'", ",", ";", ":", "_", "\t", "1", "the ", "'s"]
        for _ in 0..<20_000 {
            let phrase = random.text(from: alphabet, upTo: 9)
            var copy = phrase
            let words = copy.withUTF8 { bytes in
                WordKey.asciiWordRanges(bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
            }
            #expect(words == WordKey.words(ofPhrase: phrase), "\(phrase.debugDescription)")
            let folded = WordKey.words(ofPhrase: phrase).map { String(decoding: WordKey.folded($0), as: UTF8.self) }
            #expect(WordKey.foldedPhrase(phrase) == folded.joined(separator: " "), "\(phrase.debugDescription)")
        }
    }

    @Test("a phrase added by its bytes matches where the same phrase added by its words does")
    func matcherKeys() {
        var random = Generator(state: 7)
        let alphabet = ["a", "b", "A", "B", ".", " ", "-", "'s", ",", "the "]
        var byText = PhraseMatcher.Builder(), byWords = PhraseMatcher.Builder()
        var phrases: [String] = []
        for payload in 0..<400 {
            let phrase = random.text(from: alphabet, upTo: 6)
            phrases.append(phrase)
            let letters = phrase.filter(\.isLetter).count
            let acronym = letters > 0 && letters <= 5 && WordKey.isCapitalised(phrase)
            let added = byText.add(phrase, payload: Int32(payload))
            #expect(added == byWords.add(words: WordKey.words(ofPhrase: phrase), payload: Int32(payload),
                                         capitalsOnly: acronym), "\(phrase.debugDescription)")
        }
        let text = byText.build(), words = byWords.build()
        #expect(text.phraseCount == words.phraseCount)
        for _ in 0..<2_000 {
            let tokens = (0..<random.next(8)).map { _ in Substring(["a", "b", "A", "B", "ab", "AB", "a.b", "'s", "-", "a-b"][random.next(10)]) }
            #expect(text.matches(in: tokens) == words.matches(in: tokens), "\(tokens)")
        }
    }

    /// `LexiconDate.init?(_:)` as it read every date before the digits-only reading: the first day and the number
    /// of parts (the precision).
    static func generalDate(_ text: String) -> (firstDay: CalendarDate, parts: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]),
              parts.dropFirst().allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }) else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : 1
        let day = parts.count > 2 ? Int(parts[2]) : 1
        guard let month, let day, let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return (date, parts.count)
    }

    @Test("dates read from their digits are the dates of the general reading, precision included")
    func dates() {
        var random = Generator(state: 11)
        let alphabet = ["0", "1", "2", "9", "3", "-", "+", " ", "a"]
        var samples = ["2012", "2012-05", "2012-05-07", "2012-02-30", "2012-13", "0000", "+201", "2012-+5", "2012-05-",
                       "-2012", "2012--05", "20120-05", "2012-5", "1999-12-31"]
        for _ in 0..<20_000 { samples.append(random.text(from: alphabet, upTo: 11)) }
        for text in samples {
            let read = LexiconDate(text), general = Self.generalDate(text)
            #expect((read == nil) == (general == nil), "\(text.debugDescription)")
            if let read, let general {
                #expect(read.firstDay == general.firstDay, "\(text.debugDescription)")
                #expect(read.precision == [LexiconDate.Precision.year, .month, .day][general.parts - 1],
                        "\(text.debugDescription)")
            }
        }
    }
}

import DyadCore
import DyadText
import Foundation
import Testing

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    @Test("Hard cases", arguments: [
        ("Gen. Smith met Mr. Jones in the U.S. capital. They talked.",
         ["Gen. Smith met Mr. Jones in the U.S. capital.", "They talked."]),
        ("The talks took place in the U.S. The result was mixed.",
         ["The talks took place in the U.S.", "The result was mixed."]),
        ("He said: \"It is over.\" The talks resumed.", ["He said: \"It is over.\"", "The talks resumed."]),
        ("\"We will not back down,\" he said. \"Never.\"", ["\"We will not back down,\" he said.", "\"Never.\""]),
        ("\"Is it over?\" he asked. Nobody replied.", ["\"Is it over?\" he asked.", "Nobody replied."]),
        ("George W. Bush met F. W. de Klerk at 3.30 p.m. on Jan. 5. It rained.",
         ["George W. Bush met F. W. de Klerk at 3.30 p.m. on Jan. 5.", "It rained."]),
        ("Russia and North Korea sign defence pact\nMOSCOW, June 19 (Reuters) - The two countries signed a treaty.",
         ["Russia and North Korea sign defence pact", "MOSCOW, June 19 (Reuters) -", "The two countries signed a treaty."]),
        ("Prices rose... Then they fell.", ["Prices rose...", "Then they fell."]),
        ("No. 2 in the ranking, it fell. See www.un.org. Then stop.",
         ["No. 2 in the ranking, it fell.", "See www.un.org.", "Then stop."]),
        ("First paragraph without a stop\n\nSecond one", ["First paragraph without a stop", "Second one"]),
        // An abbreviation that opens a sentence does not end it, whatever word follows.
        ("U.S. Marines landed in Haiti. U.S. officials said so. He moved to the U.S. Officials agreed.",
         ["U.S. Marines landed in Haiti.", "U.S. officials said so.", "He moved to the U.S.", "Officials agreed."]),
    ])
    func hardCases(text: String, expected: [String]) {
        #expect(Segmented(text).sentences == expected)
    }

    @Test("Hard-wrapped lines are joined; short lines still end sentences")
    func hardWrapped() {
        let text = """
            Ceasefire talks resume in Doha
            The delegations met on Tuesday for the first time since the
            collapse of the previous round, officials from both sides said
            late on Tuesday, adding that the mediators had proposed a new
            timetable for the release of detainees.
            """
        #expect(Segmented(text).sentences.count == 2)
    }

    @Test("explain gives the reason for every boundary")
    func explain() {
        let text = "Talks resume\nThe envoys met.\n\n\"Good,\" he said. Fine 😀\" Then"
        let tokens = Tokenizer().tokenize(text)
        let explained = SentenceSplitter().explain(text, tokens: tokens)
        #expect(explained.map(\.reason) == [.textStart, .lineBreak, .paragraphBreak, .punctuation, .closingQuote])
        let long = Array(repeating: "word", count: 1500).joined(separator: " ")
        #expect(SentenceSplitter().explain(long, tokens: Tokenizer().tokenize(long)).map(\.reason) == [.textStart, .cut])
    }

    @Test("A wire dateline at the start of a paragraph is a sentence of its own", arguments: [
        ("BAGHDAD (Reuters) - Iraq's prime minister welcomed the Turkish president.",
         ["BAGHDAD (Reuters) -", "Iraq's prime minister welcomed the Turkish president."]),
        ("PORT-AU-PRINCE (Reuters) - Armed gangs stormed a prison.", ["PORT-AU-PRINCE (Reuters) -", "Armed gangs stormed a prison."]),
        ("KINSHASA, Congo (AP) — Attackers overran a village.", ["KINSHASA, Congo (AP) —", "Attackers overran a village."]),
        ("WASHINGTON — The Senate voted.", ["WASHINGTON —", "The Senate voted."]),
        ("(Reuters) - Oil prices rose.", ["(Reuters) -", "Oil prices rose."]),
        ("TORONTO, Canada -- A second team set a launch date.", ["TORONTO, Canada --", "A second team set a launch date."]),
        ("Canadian Press - KINSHASA, Congo (AP) - Attackers overran a village.",
         ["Canadian Press - KINSHASA, Congo (AP) -", "Attackers overran a village."]),
        ("SPACE.com - TORONTO, Canada -- A second team set a launch date.",
         ["SPACE.com - TORONTO, Canada --", "A second team set a launch date."]),
        // With the day, or the day and the year.
        ("DAMASCUS, April 1 (Reuters) - Israeli warplanes bombed a building.",
         ["DAMASCUS, April 1 (Reuters) -", "Israeli warplanes bombed a building."]),
        ("SEOUL, March 28, 2025 (Yonhap) — The two Koreas met.", ["SEOUL, March 28, 2025 (Yonhap) —", "The two Koreas met."]),
        ("NEW DELHI, Feb. 26 (Reuters) - Indian jets struck a camp.", ["NEW DELHI, Feb. 26 (Reuters) -", "Indian jets struck a camp."]),
        // Not a dateline: words in mixed case without an agency, a lower-case continuation, a dash inside a sentence.
        ("Washington - the capital - was quiet.", ["Washington - the capital - was quiet."]),
        ("The talks in NEW YORK - a city of talks - ended.", ["The talks in NEW YORK - a city of talks - ended."]),
        ("NATO (the alliance) - which met today - agreed.", ["NATO (the alliance) - which met today - agreed."]),
        ("G7 2025 - The summit opened.", ["G7 2025 - The summit opened."]),
    ])
    func dateline(text: String, expected: [String]) {
        let tokens = Tokenizer().tokenize(text)
        let explained = SentenceSplitter().explain(text, tokens: tokens)
        #expect(explained.map { String($0.sentence) } == expected)
        if expected.count == 2 { #expect(explained.map(\.reason) == [.textStart, .dateline]) }
    }

    @Test("A sentence longer than 1,000 tokens is cut, and said so")
    func longSentence() {
        let text = Array(repeating: "word", count: 2500).joined(separator: " ")
        let (document, diagnostics) = Pipeline.segmentation().run(Document(id: "long", text: text))
        #expect(document.sentences.map { $0.tokens.count } == [1000, 1000, 500])
        #expect(document.sentences.filter(\.wasCut).count == 2)
        #expect(diagnostics.count == 1 && diagnostics[0].severity == .warning)
    }

    @Test("Boundary F1 on our news set is at least 0.98")
    func boundaryF1() throws {
        let url = TestPaths.fixtures.appendingPathComponent("sentences/news-boundaries.jsonl")
        let evaluation = SentenceBoundaryEvaluation()
        var total = SentenceBoundaryEvaluation.Score()
        for line in try Data(contentsOf: url).split(separator: UInt8(ascii: "\n")) {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            let text = try #require(record["text"] as? String)
            let sentences = try #require(record["sentences"] as? [String])
            #expect(SentenceBoundaryEvaluation.goldBoundaries(text: text, sentences: sentences) != nil)
            total.add(evaluation.score(text: text, gold: sentences))
        }
        #expect(total.gold >= 300)
        #expect(total.f1 >= 0.98, "F1 \(total.f1): precision \(total.precision), recall \(total.recall)")
    }
}

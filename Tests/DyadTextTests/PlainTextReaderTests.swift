import DyadCore
import DyadText
import Foundation
import Testing

@Suite("Plain text reader and page furniture")
struct PlainTextReaderTests {
    @Test("Id from the file name, date from --date or a leading dateline")
    func datelines() {
        let dated = read("PYONGYANG, June 19, 2024 (Reuters) - Kim welcomed Putin.", as: "dir/visit.txt")
        #expect(dated.documents.first?.id == "visit")
        #expect(dated.documents.first?.date == CalendarDate(year: 2024, month: 6, day: 19))
        #expect(read("MOSCOW, 19 June 2024 — Talks.", as: "a.txt").documents.first?.date
                == CalendarDate(year: 2024, month: 6, day: 19))
        #expect(read("2025-03-28\nSeoul said.", as: "a.txt").documents.first?.date
                == CalendarDate(year: 2025, month: 3, day: 28))
        #expect(read("No dateline here.", as: "a.txt").documents.first?.date == nil)
        let forced = read("June 19, 2024 - x", as: "a.txt",
                          options: ReaderOptions(defaultDate: CalendarDate(year: 2025, month: 1, day: 2)))
        #expect(forced.documents.first?.date == CalendarDate(year: 2025, month: 1, day: 2))
    }

    @Test("A dateline date that does not exist is a warning, not a crash")
    func impossibleDate() {
        let result = read("SEOUL, Feb 30, 2024 (Yonhap) -- Something happened.", as: "a.txt")
        #expect(result.documents.count == 1 && result.documents[0].date == nil)
        #expect(result.diagnostics.map(\.severity) == [.warning])
    }

    @Test("Widgets, image credits and a trailing Source line are not text")
    func furniture() {
        let text = """
            The ministry said talks would resume.
            Photo: Reuters
            Share this article
            The envoy arrived on Monday.
            Source: https://example.org/news/1
            Comment (0)
            """
        let document = read(text, as: "a.txt").documents[0]
        // Furniture is blanked with spaces: the text keeps its length, so offsets still point into the input.
        #expect(document.text.unicodeScalars.count == text.unicodeScalars.count)
        #expect(document.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty } == ["The ministry said talks would resume.", "The envoy arrived on Monday."])
        #expect(Segmented(document.text).sentences == ["The ministry said talks would resume.", "The envoy arrived on Monday."])
        #expect(document.source == "https://example.org/news/1")
    }

    @Test("A stray control byte is read as a space with a warning; the document is kept")
    func strayControl() {
        let result = read(bytes: Array("Talks resumed.\u{0B}The envoy left.\u{1A}".utf8), as: "a.txt")
        #expect(result.documents.first?.text == "Talks resumed. The envoy left. ")
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(Segmented(result.documents[0].text).sentences == ["Talks resumed.", "The envoy left."])
    }

    @Test("An over-long line and a file of only furniture are skipped with errors")
    func skipped() {
        let long = read(String(repeating: "x", count: 2000), as: "a.txt", options: ReaderOptions(maxLineBytes: 1000))
        #expect(long.documents.isEmpty && long.skippedSomething)
        let blank = read("Comment (0)\n\n", as: "a.txt")
        #expect(blank.documents.isEmpty && blank.skippedSomething)
    }

    @Test("The seed splits into its sentences without the source line and the comment widget",
          .enabled(if: TestPaths.hasShared, "skipped: ../shared is not present beside the clone"))
    func seed() throws {
        let path = TestPaths.shared("seed/000_d8b2d741d231887d.txt")
        let result = DocumentLoader().load(InputSource(path: path))
        #expect(result.diagnostics.isEmpty)
        let document = try #require(result.documents.first)
        #expect(document.id == "000_d8b2d741d231887d")
        #expect(document.source?.hasPrefix("https://baoquocte.vn/") == true)
        #expect(!document.text.contains("Comment (0)") && !document.text.contains("Source: https"))
        let sentences = Segmented(document.text).sentences
        #expect(sentences.count == 15, "\(sentences)")
        #expect(sentences[1] == "North Korean leader Kim Jong Un (right) welcomes Russian President Vladimir Putin to North Korea in June 2024.")
        #expect(sentences[11] == "“The construction of the bridge has not yet begun.")
        #expect(sentences.first == "On March 27, the South Korean Unification Ministry assessed that North Korea seems to be making moves to improve relations with China, but strengthening relations with Moscow remains Pyongyang's top priority.")
        #expect(sentences.contains("The bridge structure was completed in 2014, but its opening was delayed, first by North Korea delaying the paving of the road and then by border controls related to the Covid-19 pandemic."))
        #expect(sentences.last == "The bridge project was agreed upon during President Vladimir Putin's visit to North Korea in 2024, when the two countries signed a Comprehensive Strategic Partnership Agreement.")
    }
}

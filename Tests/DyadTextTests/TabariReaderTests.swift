import DyadCore
import Foundation
import Testing
@testable import DyadText

@Suite("TabariReader")
struct TabariReaderTests {
    private func records(
        _ text: String, options: ReaderOptions = ReaderOptions()
    ) -> (records: [TabariRecord], diagnostics: [Diagnostic]) {
        records(bytes: Array(text.utf8), options: options)
    }

    private func records(
        bytes: [UInt8], options: ReaderOptions = ReaderOptions()
    ) -> (records: [TabariRecord], diagnostics: [Diagnostic]) {
        TabariReader().records(InputBytes(name: "eval/demo.text", stem: "demo", bytes: bytes), options: options)
    }

    private func errors(_ diagnostics: [Diagnostic]) -> [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    private func codes(_ events: [TabariRecord.Event]) -> [String] {
        events.map { "\($0.source)/\($0.target)/\($0.event)" }
    }

    private static let demo = """

        ####################################
        #   SAMPLE RECORDS
        ####################################

        950114 REU-0001-01
        Rohan will reopen its embassy in Gondor next month, the
        ministry said on a wet Tuesday.
        /*\\n---------------------------
        \\n[Simple coding]
        \\n{ ARN / GON / 064 } 950114
        \\n{  ~HOB /  GON / 075A } (PRAISE)   WELCOMED */

        950101*INTRO
        An introduction with a comment in mid line/* a note */ and text after it.
        /*\\n{---} {}*/

        20150607 Y4-01   CEP20240101000001
        Fornost signed./*
        \\n-{ARN / GON / 064 } not yet implemented
        \\n{###} \\n{+++}
        \\n{ OPTION: SET: TIME SHIFT = TRUE }
        */
        """

    @Test("headers, joined text, comments left out and the expectations they hold")
    func demoRecords() throws {
        let (records, diagnostics) = records(Self.demo)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        try #require(records.count == 3)
        let first = records[0]
        #expect(first.document.id == "REU-0001-01")
        #expect(first.document.date == CalendarDate(year: 1995, month: 1, day: 14))
        #expect(first.document.text
                == "Rohan will reopen its embassy in Gondor next month, the ministry said on a wet Tuesday.")
        #expect(first.document.origin == "eval/demo.text:6")
        #expect(first.line == 6)
        #expect(codes(first.expectedEvents) == ["ARN/GON/064", "~HOB/GON/075A"])
        #expect(first.comments.count == 1)
        #expect(first.comments[0].hasPrefix("\\n---"))
        #expect(!first.expectsNoEvents && !first.skipsValidation && !first.expectsDiscard)

        let second = records[1]
        #expect(second.document.id == "INTRO")
        #expect(second.document.text == "An introduction with a comment in mid line and text after it.")
        #expect(second.expectsNoEvents)
        #expect(second.expectedEvents.isEmpty)
        #expect(second.comments == [" a note ", "\\n{---} {}"])

        let third = records[2]
        #expect(third.document.id == "Y4-01 CEP20240101000001")
        #expect(third.document.date == CalendarDate(year: 2015, month: 6, day: 7))
        #expect(third.document.text == "Fornost signed.")
        #expect(third.expectedEvents.isEmpty)
        #expect(codes(third.disabledEvents) == ["ARN/GON/064"])
        #expect(third.expectsDiscard && third.skipsValidation)
        #expect(third.options == ["SET: TIME SHIFT = TRUE"])
        #expect(third.optionLocations == [SourceLocation(file: "eval/demo.text", line: 22, column: 13)])

        let documents = TabariReader().read(
            InputBytes(name: "eval/demo.text", stem: "demo", bytes: Array(Self.demo.utf8)), options: ReaderOptions())
        #expect(documents.documents.map(\.id) == ["REU-0001-01", "INTRO", "Y4-01 CEP20240101000001"])
    }

    @Test("two-digit years pivot at 30: 00–29 are 20xx, 30–99 are 19xx")
    func centuryPivot() {
        let (records, _) = records("291231 A\nText.\n\n300101 B\nText.\n\n000229 C\nLeap day.\n")
        #expect(records.map(\.document.date) == [
            CalendarDate(year: 2029, month: 12, day: 31), CalendarDate(year: 1930, month: 1, day: 1),
            CalendarDate(year: 2000, month: 2, day: 29),
        ])
        #expect(TabariReader.year(fromTwoDigits: 29) == 2029 && TabariReader.year(fromTwoDigits: 30) == 1930)
    }

    @Test("a bad header is an error at its line; the record is skipped and the rest kept")
    func badHeaders() throws {
        let text = """
            950101 OK-1
            Text one.

            950230 BAD-DATE
            There is no February 30th.
            /* { ARN / GON / 064 } */

            Text with no header at all.

            950101X NO-SPACE
            Glued.

            9501011234 TOO-LONG
            Ten digits.

            950102 OK-2
            Text two.
            """
        let (records, diagnostics) = records(text)
        #expect(records.map(\.document.id) == ["OK-1", "OK-2"])
        let errors = errors(diagnostics)
        #expect(errors.map(\.location.description) == [
            "eval/demo.text:4:1", "eval/demo.text:8:1", "eval/demo.text:10:7", "eval/demo.text:13:1",
        ])
        #expect(errors[0].message.contains("950230 is not a real day"))
        #expect(errors[0].excerpt == "950230 BAD-DATE")
        #expect(errors[1].message.contains("does not start with a date"))
    }

    @Test("odd but readable headers are warnings: extra date digit, repeated date, no id")
    func oddHeaders() {
        let (records, diagnostics) = records("9501201  A-1\nText.\n\n950101  950101  A-2\nText.\n\n950103\nText.\n")
        #expect(records.map(\.document.id) == ["A-1", "A-2", "demo-7"])
        #expect(records.first?.document.date == CalendarDate(year: 1995, month: 1, day: 20))
        #expect(diagnostics.count == 3 && diagnostics.allSatisfy { $0.severity == .warning })
        #expect(diagnostics.first?.location.description == "eval/demo.text:1:7")
    }

    @Test("comments closed twice, left open, or with an open brace are read with warnings")
    func commentRepairs() throws {
        let text = """
            950104 TWICE
            Mordor welcomed ties.
            /* \\n{ FOR / GON / 044 } */
            \\n{ GON / FOR / 045 } */

            950104 OPEN
            Fornost and Gondor welcomed ties.
            /* \\n{ FOR / GON / 044 }   /*

            950104 BRACE
            Gondor attacked.
            /* \\n{ OPTION: SET: MINIMUM WORDS = 5  */

            950104 STRAY
            Arnor */ signed.
            """
        let (records, diagnostics) = records(text)
        try #require(records.count == 4)
        #expect(codes(records[0].expectedEvents) == ["FOR/GON/044", "GON/FOR/045"])
        #expect(records[0].document.text == "Mordor welcomed ties.")
        #expect(codes(records[1].expectedEvents) == ["FOR/GON/044"])
        #expect(records[1].document.text == "Fornost and Gondor welcomed ties.")
        #expect(records[2].options == ["SET: MINIMUM WORDS = 5"])
        #expect(records[3].document.text == "Arnor signed.")
        #expect(diagnostics.count == 4 && diagnostics.allSatisfy { $0.severity == .warning })
        #expect(diagnostics.map { $0.location.line ?? 0 } == [4, 8, 12, 15])
    }

    @Test("invalid UTF-8 in one record skips it; control characters are spaces; binary junk is an error")
    func badBytes() throws {
        var bytes = Array("950101 A\nFirst.\n\n950101 B\nCaf".utf8)
        bytes.append(0xE9)
        bytes += Array(" text.\n\n950101 C\nTable:\u{1A}\u{1A}Gondor\u{1A}3\n\n950101 D\nLast.\n".utf8)
        let (records, diagnostics) = records(bytes: bytes)
        #expect(records.map(\.document.id) == ["A", "C", "D"])
        #expect(records[1].document.text == "Table: Gondor 3")
        let error = try #require(errors(diagnostics).first)
        #expect(errors(diagnostics).count == 1)
        #expect(error.location.description == "eval/demo.text:5:4")
        #expect(diagnostics.filter { $0.severity == .warning }.count == 1)

        let junk = self.records(bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0xFF, 0xFE])
        #expect(junk.records.isEmpty && !errors(junk.diagnostics).isEmpty)
    }

    @Test("empty input, a truncated last record, and a record without text")
    func emptyTruncatedTextless() {
        let empty = records(bytes: [])
        #expect(empty.records.isEmpty && empty.diagnostics.map(\.severity) == [.warning])
        let blank = records("\n\n   \n# only comments\n")
        #expect(blank.records.isEmpty && errors(blank.diagnostics).isEmpty)

        let truncated = records("950101 A\nFirst.\n\n950101 B\nCut off mid-sentence /* { ARN / GO")
        #expect(truncated.records.map(\.document.text) == ["First.", "Cut off mid-sentence"])
        #expect(truncated.records.last?.expectedEvents.isEmpty == true)
        #expect(errors(truncated.diagnostics).isEmpty)

        let textless = records("950101 A\n/* { ARN / GON / 064 } */\n\n950101 B\nText.\n")
        #expect(textless.records.map(\.document.id) == ["B"])
        #expect(errors(textless.diagnostics).first?.message.contains("no text") == true)
    }

    @Test("limits: an over-long line skips its record")
    func limits() {
        let text = "950101 A\n" + String(repeating: "word ", count: 30) + "\n\n950101 B\nShort.\n"
        let (records, diagnostics) = records(text, options: ReaderOptions(maxLineBytes: 100))
        #expect(records.map(\.document.id) == ["B"])
        #expect(errors(diagnostics).first?.location.line == 2)
    }

    @Test("every prefix of a file, and seeded random edits of it, read without crashing")
    func robustness() {
        let bytes = Array(Self.demo.utf8)
        var generator = SeededGenerator(seed: 13)
        let inputs = (0...bytes.count).map { Array(bytes[..<$0]) } + (0..<400).map { _ in mutated(bytes, using: &generator) }
        for input in inputs {
            let (records, diagnostics) = records(bytes: input)
            #expect(records.allSatisfy { !$0.document.text.isEmpty && !$0.document.id.isEmpty && $0.line >= 1 })
            #expect(diagnostics.allSatisfy { ($0.location.line ?? 1) >= 1 && ($0.location.column ?? 1) >= 1 })
        }
    }

    // MARK: - The shared TABARI files

    /// `../shared/eval` beside the package root (Tests/DyadTextTests/ThisFile.swift → ../../../shared).
    private static let sharedEval = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/eval")

    private static var sharedPresent: Bool {
        FileManager.default.fileExists(atPath: sharedEval.appendingPathComponent("tabari").path)
    }

    // Skipped, with this message, where the shared evaluation files are not checked out next to the package.
    @Test("the shared TABARI files read completely",
          .enabled(if: sharedPresent, "skipped: ../shared not present"),
          arguments: ["tabari/Validate.text", "tabari/TABARI.Demo.text"])
    func sharedFile(_ path: String) throws {
        let url = Self.sharedEval.appendingPathComponent(path)
        let bytes = [UInt8](try Data(contentsOf: url))
        // Independent count: lines that start with six or more digits and then a space, tab or '*'.
        let headers = String(decoding: bytes, as: UTF8.self).split(separator: "\n").filter { line in
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            guard digits.count >= 6, let next = line.dropFirst(digits.count).first else { return false }
            return next == " " || next == "\t" || next == "*"
        }
        let (records, diagnostics) = TabariReader().records(
            InputBytes(name: url.path, stem: "tabari", bytes: bytes), options: ReaderOptions())
        #expect(!headers.isEmpty)
        #expect(records.count == headers.count)
        #expect(errors(diagnostics).isEmpty, "\(errors(diagnostics))")
        #expect(records.allSatisfy { !$0.document.text.isEmpty && !$0.document.id.isEmpty })
        #expect(records.allSatisfy { !$0.document.text.contains("/*") && !$0.document.text.contains("*/") })
        #expect(records.allSatisfy { !$0.document.text.contains("{ ") })
        print("\(path): \(records.count) records, \(diagnostics.count) warnings")
        if path.hasSuffix("Validate.text") {
            #expect(records.count == 481)
            let demo = try #require(records.first { $0.document.id == "DEMO-04" })
            #expect(codes(demo.expectedEvents) == ["DAG/GON/032", "GON/DAG/033"])
            #expect(records.first?.skipsValidation == true)
            #expect(records.contains { $0.options == ["SET: YYYY = TRUE"] })
            #expect(records.contains { $0.expectsDiscard })
        } else {
            #expect(records.count == 46)
            #expect(records.first?.document.id == "INTRO")
        }
    }
}

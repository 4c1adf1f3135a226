import DyadCore
import Foundation
import Testing
@testable import DyadText

@Suite("PetrarchXMLReader")
struct PetrarchReaderTests {
    private func records(
        _ xml: String, options: ReaderOptions = ReaderOptions()
    ) -> (records: [PetrarchRecord], diagnostics: [Diagnostic]) {
        records(bytes: Array(xml.utf8), options: options)
    }

    private func records(
        bytes: [UInt8], options: ReaderOptions = ReaderOptions()
    ) -> (records: [PetrarchRecord], diagnostics: [Diagnostic]) {
        PetrarchXMLReader().records(InputBytes(name: "eval/unit.xml", stem: "unit", bytes: bytes), options: options)
    }

    private func errors(_ diagnostics: [Diagnostic]) -> [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    private static let validation = """
        <Validation>
        <!-- header comment with <Sentence date="1" id="in-comment"> inside is not a record -->
        <Environment>
            <Verbfile>verbs.txt</Verbfile>
            <Include>valid DEMO</Include>
            <Config option="stop_on_error" value="True"></Config>
        </Environment>
        <Sentences>
        <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
        <!-- a comment -->
        <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
        <EventCoding sourcecode='"ROAD TOLL"' targetcode="OSG" eventcode="223"></EventCoding>
        <Text>
        Arnor &amp; Gondor &lt;allies&gt; said &quot;yes&quot; &apos;twice&apos; &#8217;&#x2019;
           on Saturday.
        </Text>
        <Parse>
        (ROOT (S (NP (NNP Arnor))
          (VP (VBD said)) (. .)))
        </Parse>
        </Sentence>

        <Config option="require_dyad" value="false"></Config>

        <Sentence date = "20080801" id ="ERROR-01"  category="ERROR" sentence = "True" source = "AFP">
        <EventCoding error="dateline"></EventCoding>
        <Text>CEBU CITY: -- Officials met.</Text>
        </Sentence>
        <Sentence date="19950104" id="FINAL" sentence="true">
        <EventCoding noevents = "True"> </EventCoding>
        <Text>All done.</Text>
        </Sentence>
        </Sentences>
        </Validation>
        """

    @Test("records, their expectations, config in force and environment")
    func validationFile() throws {
        let (records, diagnostics) = records(Self.validation)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        try #require(records.count == 3)
        let first = records[0]
        #expect(first.document.id == "DEMO-00")
        #expect(first.document.date == CalendarDate(year: 1995, month: 1, day: 1))
        #expect(first.document.text == "Arnor & Gondor <allies> said \"yes\" 'twice' ’’ on Saturday.")
        #expect(first.document.origin == "eval/unit.xml:9")
        #expect(first.line == 9)
        #expect(first.expectedCodings.count == 2)
        #expect(first.expectedCodings[0] == ("ARN", "GON", "064"))
        #expect(first.expectedCodings[1] == ("\"ROAD TOLL\"", "OSG", "223"))
        #expect(!first.noEvents && first.expectedError == nil && !first.skip)
        #expect(first.parse == "\n(ROOT (S (NP (NNP Arnor))\n  (VP (VBD said)) (. .)))\n")
        #expect(first.attributes == ["date": "19950101", "id": "DEMO-00", "category": "DEMO", "sentence": "true"])
        #expect(first.config == ["stop_on_error": "True"])
        #expect(first.environment == ["Verbfile": "verbs.txt", "Include": "valid DEMO"])

        let second = records[1]
        #expect(second.document.id == "ERROR-01")
        #expect(second.document.source == "AFP")
        #expect(second.expectedError == "dateline")
        #expect(second.expectedCodings.isEmpty)
        #expect(second.config == ["stop_on_error": "True", "require_dyad": "false"])
        #expect(second.attributes["sentence"] == "True")
        #expect(records[2].noEvents)
        #expect(records[2].parse == nil)

        let result = PetrarchXMLReader().read(
            InputBytes(name: "eval/unit.xml", stem: "unit", bytes: Array(Self.validation.utf8)), options: ReaderOptions())
        #expect(result.documents.map(\.id) == ["DEMO-00", "ERROR-01", "FINAL"])
    }

    /// Three records around a broken middle one: the outer two must survive.
    private func around(_ middle: String) -> String {
        """
        <Sentences>
        <Sentence date="19950101" id="A"><Text>First.</Text></Sentence>
        \(middle)
        <Sentence date="19950102" id="C"><Text>Third.</Text></Sentence>
        </Sentences>
        """
    }

    private func expectMiddleSkipped(
        _ middle: String, line: Int, column: Int, message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let (records, diagnostics) = records(around(middle))
        #expect(records.map(\.document.id) == ["A", "C"], sourceLocation: sourceLocation)
        let errors = errors(diagnostics)
        #expect(errors.count == 1, "\(diagnostics)", sourceLocation: sourceLocation)
        guard let error = errors.first else { return }
        #expect(error.location.description == "eval/unit.xml:\(line):\(column)", sourceLocation: sourceLocation)
        #expect(error.message.contains(message), "\(error.message)", sourceLocation: sourceLocation)
        #expect(error.excerpt != nil, sourceLocation: sourceLocation)
    }

    @Test("malformed records are errors at file:line:column, and their neighbours are read")
    func malformedRecords() {
        expectMiddleSkipped("<Sentence date=\"19950101\" id=\"B\">\n<Text>Never closed.\n</Sentence>",
                            line: 5, column: 1, message: "<Text> opened at line 4 is closed by </Sentence>")
        expectMiddleSkipped("<Sentence date=\"19950101\" id=\"B\">\n<Parse>(S (NN x))</Parse>\n</Sentence>",
                            line: 3, column: 1, message: "has no <Text>")
        expectMiddleSkipped("<Sentence date=\"19950101 id=\"B\"><Text>Bad quotes.</Text></Sentence>",
                            line: 3, column: 30, message: "bad attribute quoting")
        expectMiddleSkipped("<Sentence date=19950101 id=\"B\"><Text>Unquoted.</Text></Sentence>",
                            line: 3, column: 16, message: "not quoted")
        expectMiddleSkipped("<Sentence date=\"20240230\" id=\"B\"><Text>No such day.</Text></Sentence>",
                            line: 3, column: 17, message: "date '20240230' is not a real day")
        expectMiddleSkipped("<Sentence date=\"1995-1-1\" id=\"B\"><Text>Bad form.</Text></Sentence>",
                            line: 3, column: 17, message: "not in YYYYMMDD form")
        expectMiddleSkipped("<Sentence date=\"19950101\" id=\"B\"><Text>a <b>bold</b> word</Text></Sentence>",
                            line: 3, column: 42, message: "unexpected <b> inside <Text>")
        expectMiddleSkipped("<Sentence date=\"19950101\" id=\"B\"><Text>Unclosed element.</Text>",
                            line: 3, column: 1, message: "<Sentence> is not closed before the next <Sentence>")
        expectMiddleSkipped("<Sentence date=\"19950101\" id=\"B\"><!-- never closed <Text>x</Text></Sentence>",
                            line: 3, column: 34, message: "comment is not closed")
        expectMiddleSkipped("<Sentence date=\"19950101\" id=\"B\"><Text>Mismatch.</Text></Sentenze>",
                            line: 3, column: 56, message: "unexpected </Sentenze>")
    }

    @Test("invalid UTF-8 inside one record skips that record only")
    func invalidUTF8() throws {
        var bytes = Array("<Sentences>\n<Sentence date=\"19950101\" id=\"A\"><Text>First.</Text></Sentence>\n".utf8)
        bytes += Array("<Sentence date=\"19950101\" id=\"B\"><Text>caf".utf8)
        bytes.append(0xE9)
        bytes += Array("</Text></Sentence>\n<Sentence date=\"19950102\" id=\"C\"><Text>Third.</Text></Sentence>".utf8)
        let (records, diagnostics) = records(bytes: bytes)
        #expect(records.map(\.document.id) == ["A", "C"])
        let error = try #require(errors(diagnostics).first)
        #expect(errors(diagnostics).count == 1)
        #expect(error.location.description == "eval/unit.xml:3:43")
        #expect(error.message.contains("UTF-8"))
    }

    @Test("binary junk and empty input give no records")
    func junkAndEmpty() {
        let junk = records(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0xFF, 0xD8])
        #expect(junk.records.isEmpty)
        #expect(!errors(junk.diagnostics).isEmpty)
        let empty = records(bytes: [])
        #expect(empty.records.isEmpty)
        #expect(empty.diagnostics.map(\.severity) == [.warning])
        let notPetrarch = records("<html><body><p>Hello</p></body></html>")
        #expect(notPetrarch.records.isEmpty)
        #expect(errors(notPetrarch.diagnostics).first?.message.contains("no <Sentence> records") == true)
    }

    @Test("a truncated file keeps the complete records")
    func truncated() throws {
        let xml = """
            <Sentences>
            <Sentence date="19950101" id="A"><Text>First.</Text></Sentence>
            <Sentence date="19950102" id="B"><Text>Cut off in the mid
            """
        let (records, diagnostics) = records(xml)
        #expect(records.map(\.document.id) == ["A"])
        let error = try #require(errors(diagnostics).first)
        #expect(error.location.line == 3)
        #expect(error.message.contains("end of the file"))
    }

    @Test("an empty <Text> beside a parse is rebuilt from the parse, with a warning")
    func textFromParse() throws {
        let xml = """
            <Sentence date="20150609" id="T1"><Text>
            </Text><Parse>(ROOT (S (NP (NNP Gondor) (POS 's) (NNS forces)) (VP (VBD did) (RB n't) (VP (VB clash)))
            (, ,) (NP (NNS officials)) (VP (VBD said) (-LRB- -LRB-) (NP (NNP AFP)) (-RRB- -RRB-)) (. .)))</Parse></Sentence>
            <Sentence date="20150609" id="T2"><Text> </Text></Sentence>
            """
        let (records, diagnostics) = records(xml)
        #expect(records.map(\.document.text) == ["Gondor's forces didn't clash, officials said (AFP)."])
        #expect(diagnostics.map(\.severity) == [.warning, .error])
    }

    @Test("a # before an element comments it out; unknown elements and stray text are warnings")
    func commentedOutAndUnknown() throws {
        let xml = """
            <Sentence date="20000423" id="C-28" valid="false">
            <EventCoding sourcecode="HOB" targetcode="GON" eventcode="023"></EventCoding>
            #<EventCoding sourcecode="HOB" targetcode="ARN" eventcode="023"></EventCoding>
            <Skip></Skip>
            <Mystery a="b"><x/></Mystery>
            <Text>Frodo said so.</Text>
            stray words
            </Sentence>
            """
        let (records, diagnostics) = records(xml)
        let record = try #require(records.first)
        #expect(record.expectedCodings.count == 1)
        #expect(record.expectedCodings.first?.target == "GON")
        #expect(record.skip)
        #expect(record.attributes["valid"] == "false")
        #expect(diagnostics.count == 3 && diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test("missing id and date are warnings; the default date is used")
    func missingIDAndDate() throws {
        let (records, diagnostics) = records(
            "\n<Sentence sentence=\"true\"><Text>No id.</Text></Sentence>",
            options: ReaderOptions(defaultDate: CalendarDate(year: 2001, month: 2, day: 3)))
        let record = try #require(records.first)
        #expect(record.document.id == "unit-2")
        #expect(record.document.date == CalendarDate(year: 2001, month: 2, day: 3))
        #expect(diagnostics.count == 2 && diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test("a commented-out record is reported, not read; limits skip oversized records")
    func commentedRecordAndLimits() {
        let commented = records(around("<!-- <Sentence date=\"19950101\" id=\"B\"><Text>x</Text></Sentence> -->"))
        #expect(commented.records.map(\.document.id) == ["A", "C"])
        #expect(commented.diagnostics.map(\.severity) == [.warning])
        let big = records(around("<Sentence date=\"19950101\" id=\"B\"><Text>"
                                 + String(repeating: "word ", count: 40) + "</Text></Sentence>"),
                          options: ReaderOptions(maxLineBytes: 150))
        #expect(big.records.map(\.document.id) == ["A", "C"])
        #expect(errors(big.diagnostics).first?.message.contains("longer than 150 bytes") == true)
    }

    @Test("every prefix of a file, and seeded random edits of it, read without crashing")
    func robustness() {
        let bytes = Array(Self.validation.utf8)
        var generator = SeededGenerator(seed: 11)
        let inputs = (0...bytes.count).map { Array(bytes[..<$0]) } + (0..<400).map { _ in mutated(bytes, using: &generator) }
        for input in inputs {
            let (records, diagnostics) = records(bytes: input)
            #expect(records.count <= 4)
            #expect(records.allSatisfy { !$0.document.text.isEmpty && !$0.document.id.isEmpty && $0.line >= 1 })
            #expect(diagnostics.allSatisfy { ($0.location.line ?? 1) >= 1 && ($0.location.column ?? 1) >= 1 })
        }
    }

    // MARK: - The shared PETRARCH files

    /// `../shared/eval` beside the package root (Tests/DyadTextTests/ThisFile.swift → ../../../shared).
    private static let sharedEval = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/eval")

    private static var sharedPresent: Bool {
        FileManager.default.fileExists(atPath: sharedEval.appendingPathComponent("petrarch2").path)
    }

    // Skipped, with this message, where the shared evaluation files are not checked out next to the package.
    @Test("the shared PETRARCH files read completely",
          .enabled(if: sharedPresent, "skipped: ../shared not present"),
          arguments: ["petrarch2/PETR.UnitTest.records.xml", "petrarch1/PETR.UnitTest.records.xml",
                      "petrarch2/GigaWord.sample.PETR.xml"])
    func sharedFile(_ path: String) throws {
        let url = Self.sharedEval.appendingPathComponent(path)
        let bytes = [UInt8](try Data(contentsOf: url))
        let text = String(decoding: bytes, as: UTF8.self)
        // Independent count: the `<Sentence ` tags and the ids written in them.
        let tags = text.components(separatedBy: "<Sentence ").dropFirst()
        let ids = tags.map { tag -> String in
            let head = tag.prefix { $0 != ">" }
            let afterID = head.components(separatedBy: " id").dropFirst().first { $0.drop { $0 == " " }.hasPrefix("=") }
            return afterID.map { String($0.split(separator: "\"", omittingEmptySubsequences: false)[1]) } ?? "?"
        }
        let (records, diagnostics) = PetrarchXMLReader().records(
            InputBytes(name: url.path, stem: "unit", bytes: bytes), options: ReaderOptions())
        #expect(!tags.isEmpty)
        #expect(records.count == tags.count)
        #expect(records.map(\.document.id) == ids)
        #expect(errors(diagnostics).isEmpty, "\(errors(diagnostics))")
        #expect(records.allSatisfy { !$0.document.text.isEmpty && $0.document.date != nil })
        #expect(records.allSatisfy { $0.parse?.contains("(") == true })
        print("\(path): \(records.count) records, \(diagnostics.count) warnings")
        if path.hasPrefix("petrarch2/PETR") {
            #expect(records.count == 284)
            #expect(records.first?.expectedCodings.first ?? ("", "", "") == ("ARN", "GON", "064"))
            #expect(records.first?.environment["Verbfile"] == "PETR.Validate.verbs.txt")
            #expect(records.last?.noEvents == true)
            #expect(records.filter { $0.expectedError != nil }.count == 7)
        }
    }
}

import DyadCoding
import DyadCore
import Foundation
import Testing

/// TABARI option lines that are malformed or no TABARI command: reported as file:line:column with a hint, skipped,
/// and the other options and records kept.
@Suite("TABARI option lines that cannot be applied are diagnosed")
struct PeerTabariOptionDiagnosticsTests {
    /// `lines` applied in order to TABARI's defaults as lines 1, 2, … of `t.options`, with the diagnostics.
    static func applied(_ lines: String...) -> (options: PeerCoder.Options, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var options = PeerCoder.Options.tabari
        for (index, line) in lines.enumerated() {
            options = options.applying(tabariLine: line, at: SourceLocation(file: "t.options", line: index + 1),
                                       diagnostics: &diagnostics)
        }
        return (options, diagnostics)
    }

    @Test("a SET value that is no whole number is an error at its column with an example, and changes nothing")
    func malformedNumber() throws {
        let (options, diagnostics) = Self.applied("SET: MINIMUM WORDS = 5", "SET: MINIMUM WORDS = eight")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: "t.options", line: 2, column: 22))
        #expect(diagnostic.message == "MINIMUM WORDS takes a whole number, not 'eight'; option skipped")
        #expect(diagnostic.hint?.contains("SET: MINIMUM WORDS = 8") == true)
        #expect(diagnostic.description.contains("t.options:2:22: error:"))
        #expect(diagnostic.description.contains("SET: MINIMUM WORDS = eight\n" + String(repeating: " ", count: 4 + 21) + "^"))
        #expect(options.minimumWords == 5)
        #expect(Self.applied("SET: MINIMUM WORDS = -3").diagnostics.count == 1)
        #expect(Self.applied("SET: MINIMUM WORDS =").diagnostics.first?.message.contains("no value after '='") == true)
    }

    @Test("a switch that is neither TRUE nor FALSE is an error and keeps the switch as it was")
    func malformedSwitch() throws {
        let (options, diagnostics) = Self.applied("SET: CONVERT AGENT = TRUE", "SET: CONVERT AGENT = maybe")
        #expect(diagnostics.map(\.message) == ["CONVERT AGENT takes TRUE or FALSE, not 'maybe'; option skipped"])
        #expect(diagnostics.first?.location.column == 22)
        #expect(options.convertAgents)
        #expect(Self.applied("SET: TIME SHIFT = sometimes").diagnostics.count == 1)
    }

    @Test("an unknown SET name is an error that lists the settings and suggests the nearest")
    func unknownSetting() throws {
        let (options, diagnostics) = Self.applied("SET: NOSUCH = 3")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message == "'NOSUCH' is not a TABARI setting; option skipped")
        #expect(diagnostic.location.column == 6)
        #expect(diagnostic.hint?.contains("MINIMUM WORDS") == true)
        #expect(options == .tabari)
        let typo = Self.applied("SET: MINIMUM WORD = 4").diagnostics.first
        #expect(typo?.hint?.hasPrefix("did you mean MINIMUM WORDS?") == true)
        #expect(Self.applied("SET: CODE BY PARAGRAPH").diagnostics.first?.hint?.contains("SET: CODE BY CLAUSE") == true)
        #expect(Self.applied("SET: MINIMUM WORDS 4").diagnostics.first?.message == "SET: MINIMUM WORDS 4 has no '= value'; option skipped")
    }

    @Test("an unknown command or a line with no colon is an error; the next lines still apply")
    func unknownCommand() throws {
        let (options, diagnostics) = Self.applied("SETT: MINIMUM WORDS = 4", "MINIMUM WORDS = 4", "SET: MINIMUM WORDS = 3")
        #expect(diagnostics.count == 2)
        #expect(diagnostics.first?.message == "'SETT' is not a TABARI option command; option skipped")
        #expect(diagnostics.first?.hint?.hasPrefix("did you mean SET?") == true)
        #expect(diagnostics.first?.location == SourceLocation(file: "t.options", line: 1, column: 1))
        #expect(diagnostics.last?.message == "'MINIMUM WORDS = 4' has no ':' after its command; option skipped")
        #expect(diagnostics.last?.location.line == 2)
        #expect(options.minimumWords == 3)
    }

    @Test("an unclosed or stray bracket in DEFAULT: is an error at the bracket and keeps the defaults as they were")
    func bracketTypo() throws {
        let (options, diagnostics) = Self.applied("DEFAULT: SOURCE [DEFSRC] PRIOR", "DEFAULT: SOURCE [ABC PRIOR")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message == "'[' is not closed; option skipped")
        #expect(diagnostic.location.column == 17)
        #expect(diagnostic.hint?.contains("DEFAULT: SOURCE [DEFSRC] PRIOR") == true)
        #expect(options.defaults.source == "DEFSRC" && options.defaults.sourcePrior)
        #expect(Self.applied("DEFAULT: SOURCE ABC] PRIOR").diagnostics.first?.message == "SOURCE has no [CODE] after it; option skipped")
        #expect(Self.applied("DEFAULT: TARGET [] AFTER").diagnostics.first?.message == "'[]' holds no code; option skipped")
        #expect(Self.applied("DEFAULT: SOURCE [S] LATER").diagnostics.first?.location.column == 21)
        // Written without blanks, the brackets still read.
        #expect(Self.applied("DEFAULT: SOURCE[S] PRIOR").diagnostics.isEmpty)
    }

    @Test("FORWARD: without a template, COMMA: with a bad limit, and an empty line are errors")
    func otherCommands() {
        #expect(Self.applied("FORWARD:").diagnostics.first?.message == "FORWARD: has no template; option skipped")
        #expect(Self.applied("FORWARD: ^^*****NNN*SSS LATER").diagnostics.count == 1)
        #expect(Self.applied("COMMA: MIN = 4 MAXX = 6").diagnostics.first?.hint?.hasPrefix("did you mean MAX?") == true)
        #expect(Self.applied("COMMA: MIN = four").diagnostics.first?.message
                == "COMMA: MIN takes a whole number, not 'four'; option skipped")
        #expect(Self.applied("   ").diagnostics.count == 1)
    }

    @Test("commands TABARI defines but Dyad does not implement are accepted and change nothing")
    func unimplementedCommands() {
        let (options, diagnostics) = Self.applied(
            "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN", "OUTPUT: ACTOR MATCH ID", "LABEL: 010=YIELD",
            "SET: LABEL = TRUE", "SET: CHECK DOMINANT=FALSE", "SET: TIME SHIFT = TRUE", "FORWARD: ^********^*** OFF")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(options == .tabari)
    }

    @Test("good lines read as before, and the silent variant skips a bad line")
    func goodLines() {
        let (options, diagnostics) = Self.applied(
            "set: minimum words = 4", "SET: CODE ALL", "COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8",
            "DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", "FORWARD: ^^*****NNN*SSS DOC")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(options.minimumWords == 4 && options.codeBy == .all)
        #expect(options.commaClauses == PeerCoder.CommaClauses(inner: 4...6, end: 3...6, start: 3...8))
        #expect(options.defaults.target == "DEFTAR" && options.defaults.targetAfter)
        #expect(options.forward == PeerCoder.ForwardTemplate("^^*****NNN*SSS"))
        #expect(PeerCoder.Options.tabari.applying(tabariLine: "SET: MINIMUM WORDS = eight") == .tabari)
    }
}

/// The same, through a TABARI validation suite: its `.options` file and its `{ OPTION: … }` directives.
@Suite("TABARI validation reports bad option lines and keeps scoring", .serialized)
struct PeerTabariValidationOptionsTests {
    static let text = """
        950101 OPT-01
        Veloria condemned Mardonia on Monday after a long and bitter quarrel.
        /* { VEL / MAR / 122 }
        \\n{ OPTION: SET: MINIMUM WORDS = eight }
        \\n{ OPTION: SET: CONVERT AGENT = TRUE } */

        950102 OPT-02
        Soldiers condemned Mardonia on Monday after a long and bitter quarrel.
        /* { ~MIL / MAR / 122 } */

        """

    /// A scratch folder with a TABARI project naming `options` (when given, with that text when not nil).
    static func suite(options: String?, name: String = "t.options") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-tabari-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = [
            "t.project": "Test project\n<actorsfile> t.actors\n<verbsfile> t.verbs\n<agentsfile> t.agents\n<optionsfile> \(name)\n<textfile> t.text\n",
            "t.actors": "VELORIA [VEL]\nMARDONIA_ [MAR]\n", "t.agents": "SOLDIER [~MIL]\n", "t.verbs": "CONDEM  [122]\n",
            "t.text": text,
        ]
        for (file, content) in files { try Data(content.utf8).write(to: folder.appendingPathComponent(file)) }
        if let options { try Data(options.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    @Test("a bad directive is reported at its line and column in the validation file; later ones still apply")
    func directive() throws {
        let folder = try Self.suite(options: "// options\nSET: MINIMUM WORDS = 5\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.text").path
        let validation = try PeerValidation(path: path)
        let reported = validation.diagnostics.filter { $0.message.hasSuffix("option skipped") }
        #expect(reported.count == 1, "\(validation.diagnostics)")
        #expect(reported.first?.location == SourceLocation(file: path, line: 4, column: 34))
        #expect(reported.first?.excerpt == #"\n{ OPTION: SET: MINIMUM WORDS = eight }"#)
        #expect(validation.cases.map(\.id) == ["OPT-01", "OPT-02"])
        #expect(validation.cases.allSatisfy { $0.options.minimumWords == 5 && $0.options.convertAgents })
    }

    @Test("a bad line of the .options file is reported at its line; the file's other lines apply")
    func optionsFile() throws {
        let folder = try Self.suite(options: "SET: MINIMUM WORDS = 5\nDEFAULT: SOURCE [ABC PRIOR\nSET: CODE ALL\n~~~~~\nnot read\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let validation = try PeerValidation(path: folder.appendingPathComponent("t.text").path)
        let reported = validation.diagnostics.filter { $0.location.file.hasSuffix("t.options") }
        #expect(reported.map(\.message) == ["'[' is not closed; option skipped"], "\(validation.diagnostics)")
        #expect(reported.first?.location.line == 2 && reported.first?.location.column == 17)
        let options = try #require(validation.cases.first?.options)
        #expect(options.minimumWords == 5 && options.codeBy == .all && options.defaults == PeerCoder.Defaults())
    }

    @Test("an options file the project names but that cannot be read is an error naming it and the fix")
    func unreadableOptionsFile() throws {
        let folder = try Self.suite(options: nil, name: "missing.options")
        defer { try? FileManager.default.removeItem(at: folder) }
        do throws(PeerValidation.LoadError) {
            _ = try PeerValidation(path: folder.appendingPathComponent("t.text").path)
            Issue.record("a missing options file was not reported")
        } catch {
            #expect(error.file.hasSuffix("missing.options"))
            #expect(error.message.contains("t.project") && error.message.contains("does not exist"), "\(error)")
            #expect(error.hint.contains("delete that line"))
        }
        // A project without an <optionsfile> line codes with TABARI's defaults.
        let project = folder.appendingPathComponent("t.project")
        let text = try String(contentsOf: project, encoding: .utf8).replacingOccurrences(of: "<optionsfile> missing.options\n", with: "")
        try Data(text.utf8).write(to: project)
        let validation = try PeerValidation(path: folder.appendingPathComponent("t.text").path)
        #expect(validation.cases.count == 2)
    }

    @Test("TABARI's own options files and Validate.text directives give no diagnostics (skips without ../shared)")
    func shippedFiles() throws {
        let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
        let validate = shared.appendingPathComponent("eval/tabari/Validate.text")
        guard FileManager.default.fileExists(atPath: validate.path) else {
            print("note: skipping TABARI's own options files: \(shared.path) is absent (it is not part of a clone)")
            return
        }
        let validation = try PeerValidation(path: validate.path)
        #expect(!validation.diagnostics.contains { $0.message.hasSuffix("option skipped") }, "\(validation.diagnostics)")
        for file in ["eval/tabari/TABARI.Demo.options", "dictionaries/tabari/CAMEO.09b5.options"] {
            // CAMEO.09b5.options is Latin-1: read as validation reads it.
            let text = String(decoding: try Data(contentsOf: shared.appendingPathComponent(file)), as: UTF8.self)
            var diagnostics: [Diagnostic] = []
            for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
                let content = line.trimmingCharacters(in: .whitespaces)
                if content.hasPrefix("~~~~~") { break }
                guard !content.isEmpty, !content.hasPrefix("//") else { continue }
                _ = PeerCoder.Options.tabari.applying(tabariLine: String(line), at: SourceLocation(file: file, line: index + 1),
                                                      diagnostics: &diagnostics)
            }
            #expect(diagnostics.isEmpty, "\(diagnostics)")
        }
    }
}

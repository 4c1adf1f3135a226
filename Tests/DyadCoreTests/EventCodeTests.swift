import Foundation
import Testing

@testable import DyadCore

/// The shared reference folder beside the project (`../shared`), which tests may read when it is present.
private let sharedReference = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/reference")

private func code(_ text: String) throws -> EventCode { try EventCode(text) }

@Suite("CAMEO ontology")
struct CAMEOOntologyTests {
    @Test("the embedded table parses without diagnostics")
    func tableParses() {
        let (table, diagnostics) = CAMEOEventTable.parse(cameoOntologyData, file: "CAMEOOntologyData.swift")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(table.entries.count == 316)
    }

    @Test("all 20 roots are present, in order")
    func roots() {
        let expected = (1...20).map { $0 < 10 ? "0\($0)" : "\($0)" }
        #expect(CAMEOOntology.roots.map(\.code) == expected)
        #expect(CAMEOOntology.roots.allSatisfy { $0.isRoot && $0.level == 1 && $0.root == $0 })
    }

    @Test("316 codes: 20 roots, 149 three-digit, 147 four-digit")
    func counts() {
        let codes = CAMEOOntology.allCodes
        #expect(codes.count == 316)
        #expect(codes.filter { $0.level == 1 }.count == 20)
        #expect(codes.filter { $0.level == 2 }.count == 149)
        #expect(codes.filter { $0.level == 3 }.count == 147)
        #expect(Set(codes.map(\.code)).count == 316)
        #expect(codes == codes.sorted())
    }

    @Test("every code hangs under its parent and its root")
    func hierarchy() throws {
        for code in CAMEOOntology.allCodes where !code.isRoot {
            let parent = try #require(code.parent)
            #expect(parent.code == String(code.code.dropLast()))
            #expect(parent.children.contains(code))
            #expect(code.root.code == String(code.code.prefix(2)))
            #expect(parent.contains(code) && !code.contains(parent))
        }
        #expect(try code("05").children.map(\.code) == ["050", "051", "052", "053", "054", "055", "056", "057"])
        #expect(try code("057").children.isEmpty)
    }

    @Test("quad class by root", arguments: 1...20)
    func quadClass(root: Int) throws {
        let expected: QuadClass = switch root {
        case 1...5: .verbalCooperation
        case 6...8: .materialCooperation
        case 9...13: .verbalConflict
        default: .materialConflict
        }
        let rootCode = try code(root < 10 ? "0\(root)" : "\(root)")
        for member in CAMEOOntology.allCodes where member.root == rootCode {
            #expect(member.quadClass == expected, "\(member.code)")
        }
    }

    @Test("GDELT's quad classes differ for INVESTIGATE (09) and PROTEST (14) only")
    func gdeltQuadClass() throws {
        let differing = CAMEOOntology.roots.filter { $0.quadClass != $0.gdeltQuadClass }.map(\.code)
        #expect(differing == ["09", "14"])
        #expect(try code("091").gdeltQuadClass == .materialCooperation)
        #expect(try code("1411").gdeltQuadClass == .verbalConflict)
    }
}

@Suite("Goldstein values")
struct GoldsteinTests {
    @Test("spot checks against GDELT's CAMEO.goldsteinscale.txt", arguments: [
        ("057", 8.0), ("190", -10.0), ("011", -0.1), ("016", -2.0), ("0233", 3.4), ("043", 2.8), ("0874", 10.0),
        ("1056", -5.0), ("106", -5.0), ("145", -7.5), ("196", -9.5), ("01", 0.0), ("20", -10.0),
    ])
    func spotChecks(text: String, value: Double) throws {
        let event = try code(text)
        #expect(event.goldstein == value)
        #expect(!event.goldsteinIsInherited)
    }

    @Test("the cyber and drone codes GDELT lacks inherit their parent's value, marked")
    func inherited() throws {
        let inherited = CAMEOOntology.allCodes.filter(\.goldsteinIsInherited).map(\.code)
        #expect(inherited == ["155", "176", "1834", "1951", "1952"])
        for text in inherited {
            let event = try code(text)
            #expect(event.goldstein == event.parent?.goldstein)
            #expect(event.gdeltName == nil)
        }
        #expect(try code("155").goldstein == -7.2)
        #expect(try code("176").goldstein == -7.0)
        #expect(try code("1951").goldstein == -10.0)
    }

    @Test("every GDELT value matches the shared GDELT table",
          .enabled(if: FileManager.default.fileExists(
              atPath: sharedReference.appendingPathComponent("cameo/CAMEO.goldsteinscale.txt").path)))
    func wholeTable() throws {
        let text = try String(
            contentsOf: sharedReference.appendingPathComponent("cameo/CAMEO.goldsteinscale.txt"), encoding: .utf8)
        var checked = 0
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: "\t")
            let event = try code(String(fields[0]))
            #expect(event.goldstein == Double(fields[1]), "\(fields[0])")
            #expect(!event.goldsteinIsInherited)
            checked += 1
        }
        #expect(checked == 311)
    }
}

@Suite("names and known defects")
struct EventNameTests {
    @Test("1056 and 106 are separate codes, as the manual has them")
    func mergedGDELTLine() throws {
        let demandDeescalation = try code("1056")
        let demandMeeting = try code("106")
        #expect(demandDeescalation != demandMeeting)
        #expect(demandDeescalation.name == "Demand de-escalation of military engagement")
        #expect(demandDeescalation.gdeltName == "Demand de-escalation of military engagement")
        #expect(demandDeescalation.parent?.code == "105")
        #expect(demandMeeting.name == "Demand meeting, negotiation")
        #expect(demandMeeting.gdeltName == "Demand withdrawal")
        #expect(demandMeeting.parent?.code == "10")
    }

    @Test("044 reads 'third', with no mojibake")
    func mojibake() throws {
        let meet = try code("044")
        #expect(meet.name == #"Meet at a "third" location"#)
        #expect(meet.gdeltName == meet.name)
        #expect(CAMEOOntology.allCodes.allSatisfy { !$0.name.contains("Ò") && !($0.gdeltName ?? "").contains("Ò") })
    }

    @Test("manual names, with GDELT's kept where they differ")
    func names() throws {
        #expect(try code("057").name == "Sign formal agreement")
        #expect(try code("04").name == "CONSULT")
        #expect(try code("183").name == "Conduct suicide, car, or other non-military bombing, not specified below")
        #expect(try code("1312").name == "Threaten with sanctions, boycott, embargo")
        #expect(try code("125").name == "Reject proposal to meet, discuss, or negotiate")
        #expect(try code("1832").gdeltName == "Carry out car bombing")
        #expect(try code("1834").name == "Carry out location bombing")
        #expect(try code("1952").name == "Employ remotely piloted aerial munitions")
        #expect(try code("057").description == "057 (Sign formal agreement)")
    }
}

@Suite("PLOVER mapping")
struct PLOVERMappingTests {
    @Test("roots follow the PLOVER 2.0 manual's cue-category table")
    func roots() throws {
        let expected: [String: PLOVEREventType?] = [
            "01": nil, "02": nil, "03": .agree, "04": .consult, "05": .support, "06": .cooperate, "07": .aid,
            "08": .concede, "09": .accuse, "10": .request, "11": .accuse, "12": .reject, "13": .threaten,
            "14": .protest, "15": .mobilize, "16": .sanction, "17": .coerce, "18": .assault, "19": .assault,
            "20": .assault,
        ]
        for root in CAMEOOntology.roots {
            #expect(root.plover?.eventType == expected[root.code]!, "\(root.code)")
        }
    }

    @Test("statements and appeals (01, 02) are dropped in PLOVER")
    func dropped() {
        for event in CAMEOOntology.allCodes {
            #expect((event.plover == nil) == (event.rootNumber <= 2), "\(event.code)")
        }
    }

    @Test("spot checks against the 2021 CAMEO→PLOVER table")
    func spotChecks() throws {
        #expect(try code("057").plover == PLOVERMapping(eventType: .support, contexts: ["diplomatic"]))
        #expect(try code("042").plover == PLOVERMapping(eventType: .consult, mode: "visit"))
        #expect(try code("0841").plover == PLOVERMapping(eventType: .retreat, mode: "release", contexts: ["legal"]))
        #expect(try code("0813").plover?.eventType == .retreat)
        #expect(try code("1011").plover == PLOVERMapping(eventType: .request, mode: "assist", contexts: ["economic"]))
        #expect(try code("094").plover?.contexts == ["military", "legal"])
        #expect(try code("1721").plover?.eventType == .coerce)
        #expect(try code("1711").plover?.eventType == .coerce)
        #expect(try code("191").plover?.eventType == .coerce)
        #expect(try code("193").plover == PLOVERMapping(eventType: .assault, mode: "firearms", contexts: ["military"]))
        #expect(try code("2041").plover?.mode == "unconventional")
        #expect(try code("057").plover?.description == "SUPPORT [diplomatic]")
    }

    @Test("defects of the 2021 table are repaired")
    func repairedDefects() throws {
        let repression = try #require(try code("175").plover)
        #expect(repression.mode == nil)
        #expect(repression.contexts == ["pro_autocracy", "military"])
        #expect(try code("085").plover?.mode == nil)
        // The 2.0 manual: "international (political or economic) sanctions are coded as 'discontinue'" (SANCTION).
        #expect(try code("163").plover == PLOVERMapping(eventType: .sanction, mode: "discontinue", contexts: ["diplomatic"],
                                                        isInferred: true))
        // "seize" is a COERCE mode only, so destroying property (1712, "seize" in the table) is COERCE.
        #expect(try code("1712").plover == PLOVERMapping(eventType: .coerce, mode: "seize", contexts: ["human_security"],
                                                         isInferred: true))
    }

    @Test("codes the 2021 table lacks, or that the 2.0 manual maps otherwise (resignations, sanctions), are marked inferred")
    func inferred() throws {
        let inferred = CAMEOOntology.allCodes.filter { $0.plover?.isInferred == true }.map(\.code)
        #expect(inferred == ["08", "0831", "155", "163", "1712", "176", "1834", "1951", "1952"])
        #expect(try code("0831").plover == PLOVERMapping(eventType: .retreat, mode: "resign",
                                                         contexts: ["political_institutions"], isInferred: true))
        #expect(try code("176").plover == PLOVERMapping(eventType: .coerce, mode: "cyber", contexts: ["cyber"],
                                                        isInferred: true))
        #expect(try code("1952").plover?.mode == "drone")
        #expect(try code("1951").plover?.mode == "aerial")
    }

    @Test("old PLOVER labels translate as the 2.0 manual does")
    func legacyLabels() {
        #expect(PLOVEREventType(label: "DEMAND") == .request)
        #expect(PLOVEREventType(label: "DISAPPROVE") == .accuse)
        #expect(PLOVEREventType(label: "INVESTIGATE") == .accuse)
        #expect(PLOVEREventType(label: "FIGHT") == .assault)
        #expect(PLOVEREventType(label: "assault") == .assault)
        #expect(PLOVEREventType(label: "CRIME") == nil)
        #expect(PLOVEREventType.allCases.count == 16)
    }
}

@Suite("EventCode values")
struct EventCodeValueTests {
    @Test("unknown codes throw an error naming the value")
    func unknown() {
        #expect {
            _ = try EventCode("345")
        } throws: { error in
            guard let error = error as? EventCodeError else { return false }
            return error.value == "345" && error.message.contains("'345'") && !error.suggestions.isEmpty
        }
    }

    @Test("errors say why and suggest the nearest codes", arguments: [
        ("57", "057"), ("0579", "057"), ("174K", "174"), ("1824", "182"), ("211", "0211"), ("0057", "057"),
    ])
    func suggestions(text: String, suggested: String) {
        do {
            _ = try EventCode(text)
            Issue.record("\(text) should not parse")
        } catch {
            #expect(error.suggestions.contains(suggested), "\(text): \(error.suggestions)")
            #expect(error.description.contains("'\(text)'"))
            #expect(error.suggestions.count <= 3)
        }
    }

    @Test("malformed codes: empty, letters, too long, padded")
    func malformed() {
        #expect(throws: EventCodeError.self) { try EventCode("") }
        #expect(throws: EventCodeError.self) { try EventCode(" 057") }
        #expect(throws: EventCodeError.self) { try EventCode("12345") }
        do {
            _ = try EventCode("174K")
        } catch {
            #expect(error.position == 4)
            #expect(error.message.contains("'K'"))
        }
    }

    @Test("codes encode as their string and decode strictly")
    func codable() throws {
        let codes = [try code("057"), try code("0211")]
        let data = try JSONEncoder().encode(codes)
        #expect(String(decoding: data, as: UTF8.self) == #"["057","0211"]"#)
        #expect(try JSONDecoder().decode([EventCode].self, from: data) == codes)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([EventCode].self, from: Data(#"["57"]"#.utf8)) }
    }

    @Test("lookup without throwing")
    func lookup() {
        #expect(CAMEOOntology.code("057")?.name == "Sign formal agreement")
        #expect(CAMEOOntology.code("57") == nil)
    }
}

@Suite("PeerCode as event code")
struct PeerEventCodeTests {
    @Test("peer codes are kept as written", arguments: ["GON", "345", "174K", "057"])
    func keptAsWritten(text: String) throws {
        let peer = PeerCode(text)
        #expect(peer.text == text)
        #expect(peer.description == text)
        let data = try JSONEncoder().encode(peer)
        #expect(try JSONDecoder().decode(PeerCode.self, from: data) == peer)
    }

    @Test("a peer code that is not a CAMEO event code gives a warning, not an error", arguments: ["GON", "345", "174K"])
    func warning(text: String) throws {
        let reading = PeerCode(text).interpretedAsEventCode(at: SourceLocation(file: "suite.txt", line: 3, column: 10))
        #expect(reading.value == nil)
        #expect(reading.peerCode.text == text)
        let warning = try #require(reading.warning)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("'\(text)'"))
        #expect(warning.location.line == 3)
    }

    @Test("the warning points at the offending character")
    func column() throws {
        let reading = PeerCode("174K").interpretedAsEventCode(at: SourceLocation(file: "suite.txt", line: 1, column: 10))
        #expect(reading.warning?.location.column == 13)
        #expect(reading.warning?.hint?.contains("174") == true)
    }

    @Test("a valid peer code reads as an event code without a warning")
    func valid() {
        let reading = ("057" as PeerCode).interpretedAsEventCode(at: SourceLocation(file: "suite.txt"))
        #expect(reading.value?.code == "057")
        #expect(reading.warning == nil)
    }
}

@Suite("table diagnostics")
struct CAMEOTableDiagnosticTests {
    @Test("a broken table is reported like a compiler, every bad line")
    func diagnostics() {
        let text = """
            # code | goldstein | from | plover | basis | mode | contexts | name | gdelt name
            01  | 0.0 | gdelt  | dropped | - | - | - | MAKE PUBLIC STATEMENT | =
            010 | 0.0 | gdelt  | AGREEX  | 2021 | - | - | Make statement | =
            011 | 99  | gdelt  | dropped | - | - | - | Decline comment | =
            0123 | 1.0 | parent | dropped | - | - | - | Orphan | -
            """
        let (table, diagnostics) = CAMEOEventTable.parse(text, file: "t.tsv")
        #expect(table.entries.map(\.code) == ["01", "0123"])
        #expect(diagnostics.count == 3)
        #expect(diagnostics[0].location.line == 3)
        #expect(diagnostics[0].location.column == 22)
        #expect(diagnostics[0].message.contains("AGREEX"))
        #expect(diagnostics[1].message.contains("99"))
        #expect(diagnostics[2].message.contains("0123"))
    }
}

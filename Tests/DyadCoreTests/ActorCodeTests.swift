import Foundation
import Testing

@testable import DyadCore

private func actor(_ text: String) throws -> ActorCode { try ActorCode(text) }

@Suite("CAMEO actor vocabulary")
struct CAMEOActorVocabularyTests {
    @Test("the embedded vocabulary parses without diagnostics")
    func tableParses() {
        let (table, diagnostics) = CAMEOActorTable.parse(cameoActorVocabularyData, file: "CAMEOActorVocabularyData.swift")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(table.entries.count == 437)
        #expect(table.aliases.count == 8)
    }

    @Test("countries: the 249 ISO 3166-1 codes plus Kosovo, and 10 former states")
    func countries() {
        let countries = CAMEOActorVocabulary.countries
        #expect(countries.filter { !$0.isFormer }.count == 250)
        #expect(countries.filter(\.isFormer).map(\.code) == [
            "ANT", "CSK", "DDR", "FRY", "GMW", "SCG", "SUN", "YMD", "YMN", "YUG",
        ])
        #expect(CAMEOActorVocabulary.country("PRK")?.name == "Korea (Democratic People's Republic of)")
        #expect(CAMEOActorVocabulary.country("GOV") == nil)
    }

    @Test("old CAMEO spellings read as their current form", arguments: [
        ("ROM", "ROU"), ("TMP", "TLS"), ("USR", "SUN"), ("MTN", "MNE"), ("IMY", "IMN"), ("CZA", "CSK"),
        ("GME", "DDR"), ("YMS", "YMD"),
    ])
    func aliases(old: String, current: String) throws {
        #expect(CAMEOActorVocabulary.aliases[old] == current)
        #expect(CAMEOActorVocabulary.country(old)?.code == current)
        let code = try actor(old + "GOV")
        #expect(code.code == current + "GOV")
        #expect(code.wasRespelled)
        #expect(code.principal.writtenAs == old)
        #expect(code == (try actor(current + "GOV")))
    }

    @Test("role codes, international types and their tiers")
    func roles() {
        let brief = "GOV MIL REB OPP COP JUD LEG PTY BUS MED CVL REF EDU HLH LAB ELI SPY UAF CRM AGR INS SEP DEV HRI ENV MOD RAD"
        for text in brief.split(separator: " ") {
            #expect(ActorRole(rawValue: String(text)) != nil, "\(text)")
        }
        #expect(ActorRole.government.tier == .primary)
        #expect(ActorRole.party.tier == .party)
        #expect(ActorRole.media.tier == .secondary)
        #expect(ActorRole.radical.tier == .tertiary)
        for text in ["IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS"] {
            #expect(CAMEOActorVocabulary.component(text, leading: true)?.kind == .international, "\(text)")
        }
    }
}

@Suite("ActorCode parsing")
struct ActorCodeParsingTests {
    @Test("country and role codes")
    func countryCodes() throws {
        let russia = try actor("RUSGOV")
        #expect(russia.code == "RUSGOV")
        #expect(russia.principal.code == "RUS")
        #expect(russia.country?.name == "Russian Federation")
        #expect(russia.roles == [.government])
        #expect(russia.description == "RUSGOV (Russian Federation: government)")

        let northKorea = try actor("PRKMIL")
        #expect(northKorea.country?.code == "PRK")
        #expect(northKorea.roles == [.military])

        let usa = try actor("USAGOVMIL")
        #expect(usa.roles == [.government, .military])
        #expect(try actor("USA").contains(usa))
        #expect(!usa.contains(try actor("USA")))
    }

    @Test("organisation codes as the Phoenix dictionaries write them")
    func organisations() throws {
        let iaea = try actor("IGOUNOIAE")
        #expect(iaea.components.map(\.kind) == [.international, .organization, .organization])
        #expect(iaea.country == nil)
        #expect(iaea.roles.isEmpty)
        #expect(iaea.description == "IGOUNOIAE (inter-governmental organisation: United Nations, International Atomic Energy Agency)")

        let eu = try actor("IGOEUREEC")
        #expect(eu.components.map(\.kind) == [.international, .region, .organization])
        #expect(eu.components.last?.name == "European Union")

        #expect(try actor("IGOWSTNAT").components.last?.name == "NATO")
        #expect(try actor("NGOHLHIRC").roles == [.health])
        #expect(try actor("MNCUSAHLH").components.map(\.kind) == [.international, .country, .role])
        #expect(try actor("IGOUNOREFHCR").roles == [.refugees])
    }

    @Test("principals other than countries", arguments: ["AFR", "MEA", "KUR", "MOSRAD", "MED", "UIS", "SUNGOV", "KSVGOV"])
    func otherPrincipals(text: String) throws {
        #expect(try actor(text).code == text)
    }

    @Test("codes encode as their current spelling and decode strictly")
    func codable() throws {
        let codes = [try actor("ROMGOV"), try actor("IGOUNO")]
        let data = try JSONEncoder().encode(codes)
        #expect(String(decoding: data, as: UTF8.self) == #"["ROUGOV","IGOUNO"]"#)
        #expect(try JSONDecoder().decode([ActorCode].self, from: data) == codes)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([ActorCode].self, from: Data(#"["GON"]"#.utf8)) }
    }
}

@Suite("ActorCode errors")
struct ActorCodeErrorTests {
    private func failure(_ text: String) -> ActorCodeError? {
        do {
            _ = try ActorCode(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("an unknown chunk is named, with its characters and a fix")
    func unknownChunk() throws {
        let error = try #require(failure("RUSXYZ"))
        #expect(error.chunk == "XYZ")
        #expect(error.position == 4)
        #expect(error.message.contains("'RUSXYZ'") && error.message.contains("'XYZ'") && error.message.contains("4-6"))
        #expect(error.hint.contains("RUS XYZ"))
    }

    @Test("a misspelt role suggests the role")
    func suggestion() throws {
        let error = try #require(failure("RUSGVO"))
        #expect(error.suggestions.first == "GOV")
        #expect(error.hint.contains("did you mean GOV"))
    }

    @Test("fictional actors of the peer suites are unknown at character 1")
    func fictional() throws {
        let error = try #require(failure("GON"))
        #expect(error.position == 1)
        #expect(error.chunk == "GON")
    }

    @Test("an organisation cannot come first")
    func organisationFirst() throws {
        let error = try #require(failure("UNO"))
        #expect(error.message.contains("cannot come first"))
        #expect(error.hint.contains("IGOUNO"))
    }

    @Test("malformed codes say what is wrong and where")
    func malformed() throws {
        let lowercase = try #require(failure("rusGOV"))
        #expect(lowercase.position == 1)
        #expect(lowercase.hint.contains("RUSGOV"))
        let space = try #require(failure("RUS GOV"))
        #expect(space.position == 4)
        let short = try #require(failure("RUSGO"))
        #expect(short.position == 4)
        #expect(short.chunk == "GO")
        let empty = try #require(failure(""))
        #expect(empty.position == nil)
        #expect(empty.description.contains("empty"))
    }
}

@Suite("PeerCode as actor code")
struct PeerActorCodeTests {
    @Test("a fictional peer actor stays as written and gives a warning pointing at the chunk")
    func fictional() throws {
        let peer: PeerCode = "USAGON"
        let reading = peer.interpretedAsActorCode(at: SourceLocation(file: "actors.txt", line: 7, column: 5))
        #expect(reading.value == nil)
        #expect(reading.peerCode.text == "USAGON")
        let warning = try #require(reading.warning)
        #expect(warning.severity == .warning)
        #expect(warning.location.column == 8)
        #expect(warning.message.contains("'GON'"))
    }

    @Test("a known peer actor reads as an ActorCode", arguments: ["RUSGOV", "ROMGOV", "IGOUNOIAE"])
    func known(text: String) {
        let reading = PeerCode(text).interpretedAsActorCode(at: SourceLocation(file: "actors.txt"))
        #expect(reading.value != nil)
        #expect(reading.warning == nil)
        #expect(reading.peerCode.text == text)
    }
}

@Suite("Phoenix dictionaries")
struct PhoenixDictionaryTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/dictionaries/petrarch2")

    @Test("nearly every code in the Phoenix actor dictionaries parses",
          .enabled(if: FileManager.default.fileExists(atPath: folder.path)))
    func phoenixCodes() throws {
        var codes = Set<String>()
        for name in ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"] {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .isoLatin1)
            var rest = Substring(text)
            while let open = rest.firstIndex(of: "[") {
                rest = rest[rest.index(after: open)...]
                let code = rest.prefix { $0.isASCII && $0.isUppercase }
                if !code.isEmpty { codes.insert(String(code)) }
            }
        }
        let failing = codes.filter { (try? ActorCode($0)) == nil }
        #expect(codes.count > 3000)
        #expect(failing.count < 50, "\(failing.sorted())")
    }
}

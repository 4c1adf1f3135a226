import DyadCore
import Foundation
import Testing

@testable import DyadLexicon

/// Loads every peer dictionary in the shared data folder (`../shared` next to the repository) when it is there.
@Suite("Peer dictionaries: the shared TABARI/PETRARCH files")
struct PeerSharedDictionariesTests {
    /// `/work/main/Tests/DyadLexiconTests/This.swift` → `/work/shared`.
    static let shared = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static let folders = [
        "dictionaries/petrarch2", "dictionaries/tabari", "eval/petrarch1", "eval/petrarch2", "eval/tabari",
        "eval/plover-gsr",
    ]

    /// Every dictionary file in the shared folders, by file name within its folder ("petrarch2/CAMEO.2.0.txt").
    static func loadAll() async throws -> [String: PeerLoadResult<PeerDictionary>]? {
        guard FileManager.default.fileExists(atPath: shared.path) else {
            print("note: \(shared.path) is absent; the shared-dictionary checks were skipped")
            return nil
        }
        var results: [String: PeerLoadResult<PeerDictionary>] = [:]
        for folder in folders {
            let url = shared.appendingPathComponent(folder)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            for file in try await PeerDictionary.loadAll(in: url) {
                let key = url.lastPathComponent + "/" + file.url.lastPathComponent
                results[folder.hasPrefix("eval") ? "eval-" + key : key] = file.result
            }
        }
        return results
    }

    @Test("every shared dictionary loads, with plausible counts and the known bad entries reported")
    func sharedDictionaries() async throws {
        guard let results = try await Self.loadAll() else { return }
        for (name, result) in results.sorted(by: { $0.key < $1.key }) {
            let errors = result.errors.count
            let warnings = result.warnings.count
            print("\(name): \(result.value.kind.rawValue), \(result.value.entryCount) entries, "
                  + "\(errors) errors, \(warnings) warnings")
        }
        #expect(results.count == 20, "\(results.keys.sorted())")

        let countries = try #require(asActors(results["petrarch2/Phoenix.Countries.actors.txt"]))
        #expect(countries.entries.count > 10_000)
        #expect(countries.codeCount > 25_000)
        #expect(countries.phraseCount > countries.entries.count)
        let afghanistan = try #require(countries.entries.first { $0.phrase.text == "AFGHANISTAN_" })
        #expect(afghanistan.synonyms.count > 40)
        #expect(afghanistan.codes.map(\.code.text) == ["AFG"])
        let zahir = try #require(countries.entries.first { $0.phrase.text == "MOHAMMAD_ZAHIR_SHAH_" })
        #expect(zahir.codes.map(\.description) == ["[AFGELI 320101-331108]", "[AFGGOV 331108-730717]",
                                                    "[AFGELI 730717-070723]"])
        #expect(zahir.codes(on: CalendarDate(year: 1950, month: 1, day: 1)!).map(\.code.text) == ["AFGGOV"])
        #expect(zahir.codes(on: CalendarDate(year: 2007, month: 7, day: 1)!).map(\.code.text) == ["AFGELI"])
        #expect(try #require(asActors(results["petrarch2/Phoenix.International.actors.txt"])).entries.count > 1_000)
        #expect(try #require(asActors(results["petrarch2/Phoenix.MilNonState.actors.txt"])).entries.count > 300)

        let agents = try #require(asAgents(results["petrarch2/Phoenix.agents.txt"]))
        #expect(agents.entries.count > 1_000)
        #expect(agents.substitutionSets.map(\.name) == ["PERSON", "MINIST"])

        let cameo2 = try #require(asVerbs(results["petrarch2/CAMEO.2.0.txt"]))
        #expect(cameo2.patternCount > 4_000)
        #expect(cameo2.blocks.count > 350)
        #expect(cameo2.synsets.count >= 38)
        #expect(cameo2.transformations.count > 5)
        let fight = try #require(results["petrarch2/CAMEO.2.0.txt"]?.diagnostics.first {
            $0.message.contains("'&FIGHT_CRIM' is not defined")
        })
        #expect(fight.severity == .warning)
        #expect(fight.location.line == 2406)
        #expect(fight.location.column == 5)

        let tabariVerbs = try #require(asVerbs(results["tabari/CAMEO.091003.master.verbs"]))
        #expect(tabariVerbs.patternCount > 15_000)
        #expect(tabariVerbs.blocks.count > 1_000)

        let issues = try #require(asIssues(results["petrarch2/Phoenix.IssueCoding.txt"]))
        #expect(issues.entries.count > 2_500)
        #expect(issues.sections.count > 40)
        #expect(try #require(asDiscards(results["petrarch2/Phoenix.discards.txt"])).entries.count > 500)

        // The TABARI "discards.txt" in the shared folder is a spreadsheet export: nothing in it is a discard.
        let tabariDiscards = try #require(results["tabari/discards.txt"])
        #expect(asDiscards(tabariDiscards)?.entries.isEmpty == true)
        #expect(tabariDiscards.diagnostics.contains { $0.location.line == nil && $0.message.contains("does not look") })
    }

    private func asActors(_ result: PeerLoadResult<PeerDictionary>?) -> PeerActorDictionary? {
        if case .actors(let value) = result?.value { value } else { nil }
    }

    private func asAgents(_ result: PeerLoadResult<PeerDictionary>?) -> PeerAgentDictionary? {
        if case .agents(let value) = result?.value { value } else { nil }
    }

    private func asVerbs(_ result: PeerLoadResult<PeerDictionary>?) -> PeerVerbDictionary? {
        if case .verbs(let value) = result?.value { value } else { nil }
    }

    private func asIssues(_ result: PeerLoadResult<PeerDictionary>?) -> PeerIssues? {
        if case .issues(let value) = result?.value { value } else { nil }
    }

    private func asDiscards(_ result: PeerLoadResult<PeerDictionary>?) -> PeerDiscards? {
        if case .discards(let value) = result?.value { value } else { nil }
    }
}

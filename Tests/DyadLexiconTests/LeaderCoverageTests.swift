import DyadCore
import DyadLexicon
import Testing

/// The shipped people lexicon names a head of state or government for every member state on each date checked, so
/// that news naming a leader without a title ("Hichilema met Ruto") finds the country. Many smaller states had none
/// until the fifth sitting of 2026-11-30, and a bare name had fallen back on the document's country.
@Suite("Lexicon: a head of state or government for every state")
struct LeaderCoverageTests {
    /// Country entries that are no member state with a government of their own in the news — territories,
    /// dependencies, former states — or whose heads change too often to list (San Marino's captains regent).
    static let exempt: Set<String> = [
        "ABW", "AIA", "ALA", "ASM", "ATA", "ATF", "BES", "BLM", "BMU", "BVT", "CCK", "COK", "CUW", "CXR", "CYM", "ESH",
        "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM", "HMD", "IMN", "IOT", "JEY", "MAC", "MAF", "MNP", "MSR",
        "MTQ", "MYT", "NCL", "NFK", "NIU", "PCN", "PRI", "PYF", "REU", "SGS", "SHN", "SJM", "SMR", "SPM", "SXM", "TCA",
        "TKL", "UMI", "VGB", "VIR", "WLF",
        "ANT", "CSK", "DDR", "FRY", "GMW", "SCG", "SUN", "YMD", "YMN", "YUG",
    ]

    @Test("every member state has a head of state or government on 1 July of 2016, 2019, 2022 and 2025")
    func everyStateHasALeader() throws {
        let lexicon = try Lexicon.bundled()
        let states = lexicon.entries(of: .country).map(\.code.code).filter { !Self.exempt.contains($0) }
        #expect(states.count > 180, "only \(states.count) states checked")
        for year in [2016, 2019, 2022, 2025] {
            let day = try #require(CalendarDate(iso: "\(year)-07-01"))
            let missing = states.filter { state in
                lexicon.holders(of: .headOfState, country: state, on: day).isEmpty
                    && lexicon.holders(of: .headOfGovernment, country: state, on: day).isEmpty
            }
            #expect(missing.isEmpty, "no head of state or government on \(year)-07-01 for \(missing.joined(separator: ", "))")
        }
    }
}

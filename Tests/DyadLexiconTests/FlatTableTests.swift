import DyadCore
@testable import DyadLexicon
import Testing

/// `FlatTable.values(of:)`, which the phrase matcher uses to look a sentence's words up together, against the
/// subscript it replaces.
@Suite("Flat table: batch lookups")
struct FlatTableTests {
    @Test("values(of:) gives the subscript's answer for every key: stored, absent, colliding, zero and nil, on seeded tables")
    func batchEqualsSubscript() {
        var generator = SeededGenerator(seed: 3)
        for size in [0, 1, 7, 100, 3_000] {
            var table = FlatTable()
            // Keys in a narrow range of slots as well as spread ones, so that probes run past their first slot.
            var stored: [UInt64] = []
            for index in 0..<size {
                let key = index % 3 == 0 ? UInt64(index % 40) : generator.next()
                table.set(key, Int32(index))
                stored.append(key)
            }
            let queries: [UInt64?] = (0..<500).map { round in
                switch round % 5 {
                case 0: return nil
                case 1: return generator.next()
                case 2: return UInt64(round % 60)
                default: return stored.isEmpty ? 0 : stored[Int(generator.next() % UInt64(stored.count))]
                }
            }
            let expected = queries.map { $0.flatMap { table[$0] } }
            #expect(table.values(of: queries) == expected, "size \(size)")
        }
    }
}

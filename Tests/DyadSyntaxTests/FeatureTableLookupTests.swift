@testable import DyadSyntax
import DyadCore
import Testing

/// The AVX2 lookups (`dyad_accumulate`, `dyad_accumulate_groups` in CDyadPrefetch) against the Swift code they
/// replace when the processor has AVX2: the same sums to the last bit, on seeded random tables and features.
@Suite("Feature tables: the AVX2 lookups give the Swift lookups' sums")
struct FeatureTableLookupTests {
    /// Scores that do not start at zero, as a decision's do after its per-token part.
    static func start(_ width: Int) -> [Float] {
        (0..<FeatureTable.scoreCapacity(width)).map { Float($0 % 7) * 0.37 - 1 }
    }

    /// `table.accumulate` of `sample` on `start(width)`, as bit patterns.
    static func sums(_ table: FeatureTable, _ sample: [UInt64]) -> [UInt32] {
        var scores = start(table.width)
        sample.withUnsafeBufferPointer { sample in
            scores.withUnsafeMutableBufferPointer { table.accumulate(sample, into: $0.baseAddress!) }
        }
        return scores.map(\.bitPattern)
    }

    /// `table.accumulateGroups` of `sample` in groups of `groupSize`, each group's scores starting at `start(width)`.
    static func groupSums(_ table: FeatureTable, _ sample: [UInt64], groupSize: Int) -> [UInt32] {
        let groups = sample.count / groupSize
        var scores = Array((0..<groups).map { _ in start(table.width) }.joined())
        var scratch = [UInt64](repeating: 0, count: sample.count)
        sample.withUnsafeBufferPointer { sample in
            scores.withUnsafeMutableBufferPointer { scores in
                scratch.withUnsafeMutableBufferPointer {
                    table.accumulateGroups(sample, groupSize: groupSize, into: scores.baseAddress!, scratch: $0.baseAddress!)
                }
            }
        }
        return scores.map(\.bitPattern)
    }

    @Test("Random tables at 8 and 16 bits, weights in the slots or in rows, known and unknown features")
    func randomTables() {
        for (width, bits) in [(4, 8), (3, 8), (4, 16), (5, 8), (13, 16), (45, 8), (50, 16)] {
            let (model, hashes) = FeatureTableTests.trained(width: width, features: 700, seed: UInt64(31 * width + bits))
            let table = model.table(bits: bits), baseline = table.portable()
            var generator = SeededGenerator(seed: UInt64(width * 7 + bits))
            for round in 0..<60 {
                // About a third of the features unknown to the table, as in the models' decisions.
                let sample = (0..<(round % 50)).map { _ in
                    generator.next() % 3 == 0 ? generator.next() : hashes[Int(generator.next() % UInt64(hashes.count))]
                }
                #expect(Self.sums(table, sample) == Self.sums(baseline, sample), "width \(width), \(bits) bits, round \(round)")
                let groupSize = 1 + round % 9
                #expect(Self.groupSums(table, sample, groupSize: groupSize)
                        == Self.groupSums(baseline, sample, groupSize: groupSize), "groups, width \(width), round \(round)")
            }
        }
    }

    @Test("Crowded buckets: keys found past a full home bucket and round the end, tags shared or zero")
    func crowdedTables() {
        var generator = SeededGenerator(seed: 77)
        for (width, bits) in [(4, 8), (6, 8), (9, 16)] {
            // Forty keys in eight buckets' worth of high halves, so that buckets fill and spill; some tags zero,
            // some shared by keys of other buckets.
            let keys = (0..<40).map { index -> UInt64 in
                let high = UInt64(0xFFFF_FFFF - generator.next() % 4) << 32
                let tag = index % 7 == 0 ? 0 : UInt64(index % 11) << 8
                return high | tag | UInt64(index)
            }
            let rows = (0..<(keys.count * width)).map { _ in Int16(Int(generator.next() % 255) - 127) }
            let exponents = keys.map { _ in Int8(Int(generator.next() % 9) - 4) }
            let table = FeatureTable(width: width, keys: keys, exponents: exponents, rows: rows, bits: bits)
            let baseline = table.portable()
            let known = keys.map(FeatureTableTests.hash(ofKey:))
            for round in 0..<80 {
                let sample = (0..<(1 + round % 30)).map { _ -> UInt64 in
                    switch generator.next() % 4 {
                    case 0: return generator.next()
                    case 1: return FeatureTableTests.hash(ofKey: UInt64(0xFFFF_FFFF - generator.next() % 8) << 32
                                                          | (generator.next() % 13) << 8)
                    default: return known[Int(generator.next() % UInt64(known.count))]
                    }
                }
                #expect(Self.sums(table, sample) == Self.sums(baseline, sample), "width \(width), round \(round)")
                #expect(Self.groupSums(table, sample, groupSize: 3) == Self.groupSums(baseline, sample, groupSize: 3))
            }
        }
    }

    @Test("Features found ahead and added later in their order give accumulate's sums, with AVX2 and without")
    func foundThenAdded() {
        for (width, bits) in [(4, 8), (13, 16), (37, 8)] {
            let (model, hashes) = FeatureTableTests.trained(width: width, features: 500, seed: UInt64(width + 3 * bits))
            let table = model.table(bits: bits)
            var generator = SeededGenerator(seed: UInt64(width * 11))
            for round in 0..<40 {
                let sample = (0..<(round % 30)).map { _ in
                    generator.next() % 3 == 0 ? generator.next() : hashes[Int(generator.next() % UInt64(hashes.count))]
                }
                let expected = Self.sums(table.portable(), sample)
                for variant in [table, table.portable()] {
                    // Found in two parts (as a model finds its fixed features ahead), then added in one.
                    let cut = sample.count / 3
                    var found = [UInt64](repeating: 0, count: sample.count)
                    var scores = Self.start(width)
                    sample.withUnsafeBufferPointer { sample in
                        found.withUnsafeMutableBufferPointer { found in
                            variant.find(UnsafeBufferPointer(rebasing: sample[cut...]), into: found.baseAddress! + cut)
                            variant.find(UnsafeBufferPointer(rebasing: sample[..<cut]), into: found.baseAddress!)
                            variant.prefetchRows(UnsafeBufferPointer(found))
                            scores.withUnsafeMutableBufferPointer {
                                variant.add(found: found.baseAddress!, count: sample.count, into: $0.baseAddress!)
                            }
                        }
                    }
                    #expect(scores.map(\.bitPattern) == expected, "width \(width), \(bits) bits, round \(round)")
                }
            }
        }
    }
}

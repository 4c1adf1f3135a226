@testable import DyadSyntax
import DyadCore
import Testing

@Suite("Feature tables: sparse perceptron training and the quantised run-time table")
struct FeatureTableTests {
    /// A perceptron with random updates over many features, and the averages it should produce.
    static func trained(width: Int, features: Int, seed: UInt64) -> (SparsePerceptron, [UInt64]) {
        var model = SparsePerceptron(width: width)
        var generator = SeededGenerator(seed: seed)
        let hashes = (0..<features).map { _ in generator.next() }
        for _ in 0..<5_000 {
            let chosen = (0..<8).map { _ in hashes[Int(generator.next() % UInt64(features))] }
            let truth = Int(generator.next() % UInt64(width))
            let guess = Int(generator.next() % UInt64(width))
            model.update(chosen, truth: truth, guess: guess)
            model.tick()
        }
        return (model, hashes)
    }

    @Test("Every trained feature is found with its averaged weights; unknown features add nothing")
    func lookups() {
        for width in [4, 13, 45] {
            let (model, hashes) = Self.trained(width: width, features: 3_000, seed: UInt64(width))
            let table = model.table()
            var scoresFromTable = [Float](repeating: 0, count: FeatureTable.scoreCapacity(width))
            var scoresFromModel = [Float](repeating: 0, count: width)
            for hash in hashes {
                guard let expected = model.averagedWeights(of: hash) else { continue }
                let found = table.weights(of: hash)
                #expect(found != nil, "feature \(hash) missing from the table")
                for (a, b) in zip(found ?? [], expected) { #expect(abs(a - b) <= max(abs(b), 1) * 1e-3) }
            }
            let sample = Array(hashes.prefix(40)) + [1, 2, 3]
            for k in scoresFromTable.indices { scoresFromTable[k] = 0 }
            sample.withUnsafeBufferPointer { buffer in
                scoresFromTable.withUnsafeMutableBufferPointer { table.accumulate(buffer, into: $0.baseAddress!) }
            }
            for hash in sample { if let w = model.averagedWeights(of: hash) { for k in 0..<width { scoresFromModel[k] += w[k] } } }
            for k in 0..<width { #expect(abs(scoresFromTable[k] - scoresFromModel[k]) <= 1e-2 * max(1, abs(scoresFromModel[k]))) }
            for k in width..<scoresFromTable.count { #expect(scoresFromTable[k] == 0) }
        }
    }

    @Test("An empty table and an 8-bit table score like their source; a file round trip keeps every row")
    func emptyAndNarrow() throws {
        let empty = SparsePerceptron(width: 5).table()
        var scores = [Float](repeating: 0, count: FeatureTable.scoreCapacity(5))
        [UInt64(1), 2, 3].withUnsafeBufferPointer { hashes in
            scores.withUnsafeMutableBufferPointer { empty.accumulate(hashes, into: $0.baseAddress!) }
        }
        #expect(scores.allSatisfy { $0 == 0 })
        let (model, hashes) = Self.trained(width: 13, features: 500, seed: 5)
        let narrow = model.table(bits: 8)
        #expect(narrow.bits == 8)
        for hash in hashes {
            guard let expected = model.averagedWeights(of: hash), let found = narrow.weights(of: hash) else { continue }
            let largest = expected.map(abs).max() ?? 0
            for (a, b) in zip(found, expected) { #expect(abs(a - b) <= largest / 127 + 1e-6) }
        }
        // Four classes at 8 bits keep their weights in the slots: the same sums as the rows would give.
        let (small, smallHashes) = Self.trained(width: 4, features: 400, seed: 9)
        let inline = small.table(bits: 8)
        var fromTable = [Float](repeating: 0, count: 8)
        let sample = Array(smallHashes.prefix(30))
        sample.withUnsafeBufferPointer { hashes in
            fromTable.withUnsafeMutableBufferPointer { inline.accumulate(hashes, into: $0.baseAddress!) }
        }
        var expected = [Float](repeating: 0, count: 4)
        for hash in sample { if let w = inline.weights(of: hash) { for k in 0..<4 { expected[k] += w[k] } } }
        for k in 0..<4 { #expect(abs(fromTable[k] - expected[k]) <= 1e-3 * max(1, abs(expected[k]))) }
        var writer = ModelWriter(magic: "TESTTABL", version: 1)
        writer.append(narrow)
        let reread = try writer.bytes.withUnsafeBytes { bytes in
            var reader = try ModelReader(bytes, file: "t", magic: "TESTTABL", version: 1, kind: "test")
            let table = try reader.readTable(width: 13)
            try reader.finish()
            return table
        }
        #expect(reread.count == narrow.count && reread.bits == 8)
        for hash in hashes { #expect(reread.weights(of: hash) == narrow.weights(of: hash)) }
    }

    @Test("Tables read from a file keep every weight at 16 bits and in the slots of small 8-bit rows; keys out of order or repeated are an error")
    func fileTables() throws {
        let (model, hashes) = Self.trained(width: 7, features: 300, seed: 11)
        let (small, smallHashes) = Self.trained(width: 3, features: 200, seed: 12)
        let wide = model.table(bits: 16), inline = small.table(bits: 8)
        var writer = ModelWriter(magic: "TESTTABL", version: 1)
        writer.append(wide)
        writer.append(inline)
        let (rereadWide, rereadInline) = try writer.bytes.withUnsafeBytes { bytes in
            var reader = try ModelReader(bytes, file: "t", magic: "TESTTABL", version: 1, kind: "test")
            let tables = (try reader.readTable(width: 7), try reader.readTable(width: 3))
            try reader.finish()
            return tables
        }
        for hash in hashes { #expect(rereadWide.weights(of: hash) == wide.weights(of: hash)) }
        for hash in smallHashes { #expect(rereadInline.weights(of: hash) == inline.weights(of: hash)) }
        // Sums read from the slots of the re-read table equal the written table's.
        let sample = Array(smallHashes.prefix(40))
        var before = [Float](repeating: 0, count: 8), after = [Float](repeating: 0, count: 8)
        sample.withUnsafeBufferPointer { hashes in
            before.withUnsafeMutableBufferPointer { inline.accumulate(hashes, into: $0.baseAddress!) }
            after.withUnsafeMutableBufferPointer { rereadInline.accumulate(hashes, into: $0.baseAddress!) }
        }
        #expect(before == after)

        // A table of width 2 at 16 bits whose keys go down, then one whose keys repeat.
        for keys: [UInt64] in [[9, 4], [6, 6]] {
            var bad = ModelWriter(magic: "TESTTABL", version: 1)
            bad.append(UInt32(2))
            bad.append(UInt32(16))
            bad.append(UInt32(keys.count))
            var bytes = bad.bytes
            for key in keys {
                withUnsafeBytes(of: key.littleEndian) { bytes += $0 }
                bytes += [127, 1, 0, 2, 0]   // exponent 0, weights 1 and 2
            }
            try bytes.withUnsafeBytes { bytes in
                var badReader = try ModelReader(bytes, file: "bad.model", magic: "TESTTABL", version: 1, kind: "test")
                #expect(throws: ModelFormatError.self) { try badReader.readTable(width: 2) }
            }
        }
    }

    /// The feature hash whose table key is `key` (`FeatureTable.key` multiplies by an odd constant: invert it).
    static func hash(ofKey key: UInt64) -> UInt64 {
        let a: UInt64 = 0x9E37_79B9_7F4A_7C15
        var inverse = a
        for _ in 0..<6 { inverse = inverse &* (2 &- a &* inverse) }
        return key &* inverse
    }

    @Test("Keys crowding one bucket are all found past it, wrapping round the end; absent keys are not")
    func crowdedBucket() {
        // Ten keys whose high half puts them in the table's last bucket (of four), so that two of them overflow
        // and wrap to the first; their tags (bits 8–31) differ.
        let keys = (1...10).map { UInt64(0xFFFF_FFFF) << 32 | UInt64($0) << 8 }
        let table = FeatureTable(width: 3, keys: keys, exponents: Array(repeating: 0, count: 10),
                                 rows: (1...10).flatMap { [Int16($0), 0, -Int16($0)] })
        #expect(table.buckets == 4)
        #expect(table.count == 10)
        for (index, key) in keys.enumerated() {
            #expect(table.weights(of: Self.hash(ofKey: key)) == [Float(index + 1), 0, -Float(index + 1)])
        }
        #expect(table.weights(of: Self.hash(ofKey: UInt64(0xFFFF_FFFF) << 32 | 99 << 8)) == nil)
        #expect(table.weights(of: Self.hash(ofKey: UInt64(1) << 32 | 1 << 8)) == nil)
    }

    @Test("A key with the bucket and tag of one before it is not added: the first keeps its weights, and files list it once")
    func sameTag() throws {
        // The same high half and the same bits 8–31: only the low byte differs, which the slots do not keep.
        let keys: [UInt64] = [0x1234_5678_9ABC_DE01, 0x1234_5678_9ABC_DE02, 0x0000_0001_0000_0100]
        let table = FeatureTable(width: 2, keys: keys, exponents: [0, 0, 1], rows: [1, 2, 3, 4, 5, 6])
        #expect(table.count == 2)
        #expect(table.weights(of: Self.hash(ofKey: keys[0])) == [1, 2])
        #expect(table.weights(of: Self.hash(ofKey: keys[2])) == [10, 12])
        var listed: [UInt64] = []
        table.forEachRowInOrder { key, _, _ in listed.append(key) }
        #expect(listed == [keys[2], keys[0]])
    }

    @Test("Rows added with AVX2 give the baseline code's sums to the last bit, at 8 and 16 bits, for every width")
    func avx2MatchesBaseline() {
        if !FeatureTable(width: 1, keys: [], exponents: [], rows: []).usesAVX2 {
            print("FeatureTableTests: this processor has no AVX2; the baseline code is compared with itself")
        }
        for (width, bits) in [(5, 8), (13, 8), (13, 16), (37, 8), (45, 8), (50, 16), (70, 8)] {
            let (model, hashes) = Self.trained(width: width, features: 600, seed: UInt64(width * bits))
            let table = model.table(bits: bits), baseline = table.portable()
            var generator = SeededGenerator(seed: UInt64(width))
            for round in 0..<50 {
                let sample = (0..<(1 + round % 45)).map { _ in hashes[Int(generator.next() % UInt64(hashes.count))] }
                // Scores that do not start at zero, as a decision's do after its per-token part.
                let start = (0..<FeatureTable.scoreCapacity(width)).map { Float($0 % 7) * 0.37 - 1 }
                var fast = start, slow = start
                sample.withUnsafeBufferPointer { sample in
                    fast.withUnsafeMutableBufferPointer { table.accumulate(sample, into: $0.baseAddress!) }
                    slow.withUnsafeMutableBufferPointer { baseline.accumulate(sample, into: $0.baseAddress!) }
                }
                #expect(fast.map(\.bitPattern) == slow.map(\.bitPattern), "width \(width), \(bits) bits, round \(round)")
            }
        }
    }

    @Test("Scoring many decisions at once gives each the sums scoring it alone gives")
    func groups() {
        for (width, bits) in [(4, 8), (13, 8), (13, 16)] {
            let (model, hashes) = Self.trained(width: width, features: 800, seed: UInt64(width + bits))
            let table = model.table(bits: bits)
            let groupSize = 7, groups = 9
            let sample = (0..<(groupSize * groups)).map { $0 % 5 == 0 ? UInt64($0) : hashes[$0 * 11 % hashes.count] }
            let stride = FeatureTable.scoreCapacity(width)
            var together = [Float](repeating: 0, count: groups * stride)
            var scratch = [UInt64](repeating: 0, count: sample.count)
            sample.withUnsafeBufferPointer { sample in
                together.withUnsafeMutableBufferPointer { scores in
                    scratch.withUnsafeMutableBufferPointer {
                        table.accumulateGroups(sample, groupSize: groupSize, into: scores.baseAddress!, scratch: $0.baseAddress!)
                    }
                }
            }
            for group in 0..<groups {
                var alone = [Float](repeating: 0, count: stride)
                Array(sample[(group * groupSize)..<((group + 1) * groupSize)]).withUnsafeBufferPointer { hashes in
                    alone.withUnsafeMutableBufferPointer { table.accumulate(hashes, into: $0.baseAddress!) }
                }
                #expect(Array(together[(group * stride)..<((group + 1) * stride)]) == alone, "width \(width), group \(group)")
            }
        }
    }
}

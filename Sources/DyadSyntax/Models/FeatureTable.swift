import CDyadPrefetch

/// The weights of a trained linear classifier, keyed by feature hash: a hash table holding only the features that
/// survived training, each with one weight per class quantised to 8 or 16 bits and a power-of-two scale of its own.
/// Dropping features whose weights all round to zero keeps the model small.
///
/// Sendable although it holds pointers: they point into `memory`, which the table owns, and nothing writes there
/// once the table is built.
///
/// A lookup reads one 64-byte bucket of eight slots, then the feature's row; rows are padded to a multiple of 8
/// classes and added eight classes at a time. The bucket is read without a branch on what it holds: the models are
/// tens of megabytes read at random, so nearly every lookup waits for memory, and a mispredicted branch on a slot's
/// contents would make the lookups after it wait in turn instead of overlapping. Slots are 8 bytes (a 24-bit tag of
/// the key, not the key) so that the tables take a third of the memory, and of the cache, that 16-byte slots with
/// whole keys took: keys are told apart by their bucket and their tag, about 40 bits of the key, and a build that
/// meets two keys with the same bucket and tag keeps the first (none did in the shipped models).
public struct FeatureTable: @unchecked Sendable {
    /// Weights per feature (the number of classes).
    public let width: Int
    /// Width rounded up to a multiple of 8: the row stride, and the room a score buffer needs.
    let stride: Int
    /// The buckets, 16 words each: eight heads, then eight bodies. A head is the key's tag (bits 8–31 of the key) and
    /// the biased exponent of the row's scale (bits 0–7, never 0 in a used slot), or 0 when the slot is empty. A body
    /// is the row number, or for 8-bit tables of at most four classes the weights themselves. Slots fill in order
    /// (so a bucket whose last head is 0 is not full); a key lives in its home bucket or, when that was full, in the
    /// first free slot after it. At most three in eight slots are used (at half, one home bucket in twenty was full).
    /// 64-byte aligned, in `memory`.
    let slots: UnsafePointer<UInt32>
    /// Number of buckets.
    let buckets: Int
    /// Quantised weights, `count × stride`, row-major, padding zero, one byte each at 8 bits and two at 16 (so that
    /// an 8-bit table also takes half the memory and cache); in `memory`. Empty when the weights ride in the slots.
    let rows: UnsafeRawPointer
    /// Precision of the weights: 16, or 8 when every weight is within ±127 steps of its row's scale (files then store
    /// one byte per weight; wide tables lose nothing measurable at 8 bits, the parser's move table does).
    public let bits: Int
    /// The block holding slots and rows (large pages where the system offers them).
    let memory: TableMemory
    /// Number of features.
    public let count: Int
    /// The keys held, in the order they were added: the slots keep only a tag of each, and files list whole keys.
    let keys: [UInt64]
    /// Whether lookups and sums run in the AVX2 code (`dyad_accumulate`, `dyad_add_rows_i8`), when the processor has
    /// it: the same sums in far fewer instructions than the build's baseline (SSE2), which compares a bucket's tags in
    /// two halves and widens bytes to floats in several steps. (About 5 % of `dyad code`'s time on 2,000 Reuters
    /// records.)
    private(set) var usesAVX2: Bool

    /// Largest number of rows (24-bit row numbers).
    static let maximumRows = 1 << 24
    /// The bits of a head that hold the key's tag.
    static let tagMask: UInt32 = 0xFFFF_FF00

    /// The room a score buffer for a table of `width` classes needs.
    static func scoreCapacity(_ width: Int) -> Int { (width + 7) & ~7 }

    /// Builds the table from parallel arrays: distinct keys (`key(_:)` of the feature hashes), scale exponents, and
    /// `width` weights per feature (`rows` flat).
    init(width: Int, keys: [UInt64], exponents: [Int8], rows flat: [Int16], bits: Int = 16) {
        precondition(exponents.count == keys.count && flat.count == keys.count * width, "table arrays of different lengths")
        self = flat.withUnsafeBufferPointer { flat in
            FeatureTable(width: width, count: keys.count, bits: bits, key: { keys[$0] },
                         exponent: { Int(exponents[$0]) }) { index, row in
                let source = flat.baseAddress! + index * width
                if bits == 8 {
                    let narrow = row.assumingMemoryBound(to: Int8.self)
                    for k in 0..<width { narrow[k] = Int8(clamping: source[k]) }
                } else {
                    row.assumingMemoryBound(to: Int16.self).update(from: source, count: width)
                }
            }
        }
    }

    /// Builds the table from `count` features given one at a time: the key of feature `index` (distinct keys, as
    /// `key(_:)` makes them), its scale exponent, and a writer of its `width` weights (`bits` wide, the first `width`
    /// of a zeroed row) into the table's memory. Readers of model files write rows straight from the file's bytes.
    init(width: Int, count: Int, bits: Int, key: (Int) -> UInt64, exponent: (Int) -> Int,
         writeRow: (Int, UnsafeMutableRawPointer) -> Void) {
        precondition(bits == 8 || bits == 16, "8 or 16 bits")
        precondition(count < Self.maximumRows, "too many features for one table")
        self.bits = bits
        self.width = width
        let inSlots = Self.weightsInSlots(width: width, bits: bits)
        let buckets = max(1, (count + 2) / 3)
        // Written straight into the final block (room for every key; repeated keys leave the end unused).
        let stride = Self.scoreCapacity(width), rowBytes = stride * bits / 8
        let (offsets, total) = TableMemory.layout([buckets * 64, inSlots ? 0 : count * rowBytes])
        let memory = TableMemory(size: total)
        let slotWords = memory.base.advanced(by: offsets[0]).bindMemory(to: UInt32.self, capacity: 16 * buckets)
        let rowBase = memory.base.advanced(by: offsets[1])
        var kept: [UInt64] = []
        kept.reserveCapacity(count)
        var small: UInt64 = 0
        for index in 0..<count {
            let key = key(index)
            guard let slot = Self.freeSlot(for: key, in: slotWords, buckets: buckets) else { continue }
            let biased = UInt32(UInt8(truncatingIfNeeded: max(-126, min(127, exponent(index))) + 127))
            let body: UInt32
            if inSlots {
                // The weights ride in the slot, so that scoring needs no access to a row.
                small = 0
                withUnsafeMutableBytes(of: &small) { writeRow(index, $0.baseAddress!) }
                body = UInt32(truncatingIfNeeded: small)
            } else {
                writeRow(index, rowBase + kept.count * rowBytes)
                body = UInt32(kept.count)
            }
            slotWords[Self.head(slot)] = UInt32(truncatingIfNeeded: key) & Self.tagMask | biased
            slotWords[Self.head(slot) + 8] = body
            kept.append(key)
        }
        self.stride = stride
        self.memory = memory
        self.slots = UnsafePointer(slotWords)
        self.buckets = buckets
        self.rows = UnsafeRawPointer(rowBase)
        self.count = kept.count
        self.keys = kept
        self.usesAVX2 = dyad_has_avx2() != 0
    }

    /// The same table adding rows with the build's baseline instructions only (for tests that compare the two).
    func portable() -> FeatureTable {
        var copy = self
        copy.usesAVX2 = false
        return copy
    }

    /// Where slot number `slot` (bucket `slot / 8`, place `slot % 8`) has its head; its body is 8 words on.
    @inline(__always)
    private static func head(_ slot: Int) -> Int { (slot >> 3) << 4 | slot & 7 }

    /// Where a key goes while a table is built: the first free slot of its home bucket or, when that is full, of the
    /// buckets after it; nil when a slot on the way holds its tag already (the same key given twice, or a key
    /// indistinguishable from one before it).
    private static func freeSlot(for key: UInt64, in slots: UnsafeMutablePointer<UInt32>, buckets: Int) -> Int? {
        let tag = UInt32(truncatingIfNeeded: key) & tagMask
        var slot = bucket(key, buckets: buckets) * 8
        while slots[head(slot)] != 0 {
            if slots[head(slot)] & tagMask == tag { return nil }
            slot = (slot &+ 1) % (buckets * 8)
        }
        return slot
    }

    /// A feature hash as a table key: mixed, never 0.
    @inline(__always)
    static func key(_ hash: UInt64) -> UInt64 {
        let mixed = hash &* 0x9E37_79B9_7F4A_7C15
        return mixed == 0 ? 1 : mixed
    }

    /// The home bucket of a key in a table of `buckets` buckets: its high 32 bits scaled to the bucket count.
    @inline(__always)
    static func bucket(_ key: UInt64, buckets: Int) -> Int {
        Int(truncatingIfNeeded: ((key >> 32) &* UInt64(truncatingIfNeeded: buckets)) >> 32)
    }

    /// Whether the weights ride in the slots: 8-bit tables of at most four classes.
    private static func weightsInSlots(width: Int, bits: Int) -> Bool { bits == 8 && width <= 4 }

    /// The packed scale and row of a key, or 0 when the model does not know it: the biased exponent in bits 24–31
    /// (never 0 in a hit), and the row number in bits 0–23 or, when the weights ride in the slots, the weights in bits
    /// 32–63.
    ///
    /// The home bucket is read whole and chosen from without branching; only a full home bucket without the key
    /// (about one in eighty at three-eighths load) goes on to the next buckets.
    @inline(__always)
    func find(_ key: UInt64) -> UInt64 {
        let home = UnsafeRawPointer(slots + 16 * Self.bucket(key, buckets: buckets))
        // Heads and bodies as vectors, chosen from with lane arithmetic: written with scalar selects, the compiler
        // turns them back into branches on the loaded words, and with vector comparisons of masked lanes (SIMDMask) it
        // builds the mask one lane at a time through memory.
        let heads = home.load(as: SIMD8<UInt32>.self)
        let bodies = home.load(fromByteOffset: 32, as: SIMD8<UInt32>.self)
        // Each lane's tag minus the key's: below 2^24, so its negation has the top bit set unless they are equal.
        let difference = (heads ^ SIMD8(repeating: UInt32(truncatingIfNeeded: key))) &>> 8
        let hits = ((SIMD8<UInt32>() &- difference) &>> 31) &- 1   // all ones where the tags are equal, else 0
        let head = Self.or(heads & hits)
        if head == 0 && heads[7] != 0 { return overflow(key) }
        return pack(head: head, body: Self.or(bodies & hits))
    }

    /// The eight lanes or-ed together.
    @inline(__always)
    private static func or(_ lanes: SIMD8<UInt32>) -> UInt32 {
        let four = lanes.lowHalf | lanes.highHalf
        let two = four.lowHalf | four.highHalf
        return two[0] | two[1]
    }

    /// A slot's head and body as `find` returns them (0 for an empty or missing slot).
    @inline(__always)
    private func pack(head: UInt32, body: UInt32) -> UInt64 {
        guard head != 0 else { return 0 }
        let exponent = UInt64(head & 0xFF) << 24
        return weightsInSlots ? exponent | UInt64(body) << 32 : exponent | UInt64(body)
    }

    /// `find` past a full home bucket.
    private func overflow(_ key: UInt64) -> UInt64 {
        let tag = UInt32(truncatingIfNeeded: key) & Self.tagMask
        var slot = (Self.bucket(key, buckets: buckets) * 8 + 8) % (buckets * 8)
        while true {
            let head = slots[Self.head(slot)]
            if head == 0 { return 0 }
            if head & Self.tagMask == tag { return pack(head: head, body: slots[Self.head(slot) + 8]) }
            slot = (slot &+ 1) % (buckets * 8)
        }
    }
    /// Adds the weights of each feature in `hashes` to `scores`, which has room for `scoreCapacity(width)` floats
    /// (the padding classes receive zeros).
    ///
    /// In two passes, so that the memory accesses of one pass do not wait for each other and the processor can
    /// have many cache misses in flight at once: buckets, then rows.
    ///
    /// `scratch` has room for `hashes.count` words. (Not a `withUnsafeTemporaryAllocation`: nested inside another
    /// one, in a loop, Swift 6.3.1's optimiser let the two overlap and the parser lost a point of accuracy.)
    @inline(__always)
    func accumulate(_ hashes: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>,
                    scratch found: UnsafeMutablePointer<UInt64>) {
        if usesAVX2 {
            dyad_accumulate(cTable, hashes.baseAddress, hashes.count, scores, found)
            return
        }
        // Every bucket requested first, so that the misses overlap; then read.
        prefetch(hashes)
        var hits = 0
        for hash in hashes {
            let packed = find(Self.key(hash))
            found[hits] = packed
            hits &+= packed != 0 ? 1 : 0
        }
        guard hits > 0 else { return }
        // The rows likewise.
        for index in 0..<hits { prefetchRow(of: found[index]) }
        add(found, hits, into: scores)
    }

    /// Adds the rows of the `hits` packed slots in `found` to the scores at `vectors`, eight classes at a time.
    @inline(__always)
    private static func addRows<Weight: FixedWidthInteger & SIMDScalar>(
        _ weights: UnsafeRawPointer, as _: Weight.Type, _ found: UnsafeMutablePointer<UInt64>, _ hits: Int, _ stride: Int,
        _ vectors: UnsafeMutableRawPointer
    ) {
        for chunk in Swift.stride(from: 0, to: stride, by: 8) {
            var sum = vectors.loadUnaligned(fromByteOffset: chunk * 4, as: SIMD8<Float>.self)
            for index in 0..<hits {
                let packed = found[index]
                let scale = Float(bitPattern: UInt32(truncatingIfNeeded: (packed >> 24) & 0xFF) << 23)
                let row = Int(truncatingIfNeeded: packed & 0xFF_FFFF) &* stride &+ chunk
                let values = weights.loadUnaligned(fromByteOffset: row &* MemoryLayout<Weight>.size, as: SIMD8<Weight>.self)
                sum += SIMD8<Float>(SIMD8<Int32>(truncatingIfNeeded: values)) * scale
            }
            vectors.storeBytes(of: sum, toByteOffset: chunk * 4, as: SIMD8<Float>.self)
        }
    }

    /// `accumulate` for many decisions at once: `hashes` holds `groupSize` hashes per decision, and the weights of
    /// decision `g` are added to the `scoreCapacity(width)` floats at `scores + g × scoreCapacity(width)`. Every
    /// bucket of every decision is requested first, then every row, so that all their misses overlap: for the
    /// features that do not depend on earlier decisions (a word's neighbours, say), looked up for a whole sentence.
    /// `scratch` has room for `hashes.count` words.
    func accumulateGroups(_ hashes: UnsafeBufferPointer<UInt64>, groupSize: Int, into scores: UnsafeMutablePointer<Float>,
                          scratch found: UnsafeMutablePointer<UInt64>) {
        guard groupSize > 0 else { return }
        if usesAVX2 {
            dyad_accumulate_groups(cTable, hashes.baseAddress, hashes.count, groupSize, scores, found)
            return
        }
        find(hashes, into: found)
        for group in 0..<(hashes.count / groupSize) {
            // This decision's hits, moved to the front of its stretch of `found`.
            let segment = found + group * groupSize
            var hits = 0
            for index in 0..<groupSize {
                let packed = segment[index]
                segment[hits] = packed
                hits &+= packed != 0 ? 1 : 0
            }
            add(segment, hits, into: scores + group * stride)
        }
    }

    /// The table as the C lookups read it.
    @inline(__always)
    var cTable: dyad_table {
        dyad_table(slots: slots, buckets: buckets, rows: rows, stride: stride, bits: bits,
                   weights_in_slots: weightsInSlots ? 1 : 0)
    }

    /// Adds the weights of `hits` packed slots to `scores`.
    @inline(__always)
    func add(_ found: UnsafeMutablePointer<UInt64>, _ hits: Int, into scores: UnsafeMutablePointer<Float>) {
        guard hits > 0 else { return }
        if weightsInSlots {
            var sums = SIMD4<Float>(scores[0], scores[1], scores[2], scores[3])
            for index in 0..<hits {
                let packed = found[index]
                let scale = Float(bitPattern: UInt32(truncatingIfNeeded: (packed >> 24) & 0xFF) << 23)
                let values = unsafeBitCast(UInt32(truncatingIfNeeded: packed >> 32), to: SIMD4<Int8>.self)
                sums += SIMD4<Float>(SIMD4<Int32>(truncatingIfNeeded: values)) * scale
            }
            for k in 0..<4 { scores[k] = sums[k] }
            return
        }
        if usesAVX2 {
            if bits == 8 {
                dyad_add_rows_i8(rows.assumingMemoryBound(to: Int8.self), found, hits, stride, scores)
            } else {
                dyad_add_rows_i16(rows.assumingMemoryBound(to: Int16.self), found, hits, stride, scores)
            }
            return
        }
        let vectors = UnsafeMutableRawPointer(scores)
        if bits == 8 {
            Self.addRows(rows, as: Int8.self, found, hits, stride, vectors)
        } else {
            Self.addRows(rows, as: Int16.self, found, hits, stride, vectors)
        }
    }

    /// Whether the weights ride in the slots (8-bit tables of at most four classes), so that scoring reads no row.
    private var weightsInSlots: Bool { Self.weightsInSlots(width: width, bits: bits) }

    /// Requests the row of a packed slot from memory without waiting for it: its first and last byte, since a row
    /// may cross a cache line. Nothing for a table whose weights ride in the slots.
    @inline(__always)
    func prefetchRow(of packed: UInt64) {
        guard !weightsInSlots else { return }
        let rowBytes = stride * bits / 8
        let start = rows + Int(truncatingIfNeeded: packed & 0xFF_FFFF) &* rowBytes
        dyad_prefetch(start)
        dyad_prefetch(start + (rowBytes - 1))
    }

    /// Requests the buckets of `hashes` from memory without waiting for them: a caller that knows the lookups of
    /// several decisions ahead lets all their misses overlap.
    @inline(__always)
    func prefetch(_ hashes: UnsafeBufferPointer<UInt64>) {
        for hash in hashes { dyad_prefetch(slots + 16 * Self.bucket(Self.key(hash), buckets: buckets)) }
    }

    /// `accumulate` with a scratch buffer of its own (allocated per call: for tests and explanations).
    func accumulate(_ hashes: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        var scratch = [UInt64](repeating: 0, count: hashes.count)
        scratch.withUnsafeMutableBufferPointer { accumulate(hashes, into: scores, scratch: $0.baseAddress!) }
    }

    /// The same table at `bits` precision, each row re-quantised to its own power-of-two scale, without the rows
    /// whose largest weight is below `minimumWeight` (pruning by magnitude).
    func requantized(bits: Int, minimumWeight: Float = 0) -> FeatureTable {
        let limit: Float = bits == 8 ? 127 : 32767
        var keys: [UInt64] = [], exponents: [Int8] = [], rows: [Int16] = []
        forEachRowInOrder { key, exponent, row in
            let scale = Float(sign: .plus, exponent: exponent, significand: 1)
            let values = row.map { Float($0) * scale }
            let largest = values.map(abs).max() ?? 0
            guard largest > 0, largest >= minimumWeight else { return }
            let newExponent = max(-126, min(127, Int((largest / limit).exponent) + 1))
            let newScale = Float(sign: .plus, exponent: newExponent, significand: 1)
            let quantised = values.map { Int16(max(-limit, min(limit, ($0 / newScale).rounded()))) }
            guard quantised.contains(where: { $0 != 0 }) else { return }
            keys.append(key)
            exponents.append(Int8(newExponent))
            rows += quantised
        }
        return FeatureTable(width: width, keys: keys, exponents: exponents, rows: rows, bits: bits)
    }

    /// The dequantised weights of one feature (nil when unknown), for explanations and tests.
    public func weights(of hash: UInt64) -> [Float]? {
        let packed = find(Self.key(hash))
        guard packed != 0 else { return nil }
        let scale = Float(bitPattern: UInt32(truncatingIfNeeded: (packed >> 24) & 0xFF) << 23)
        return row(packed).map { Float($0) * scale }
    }

    /// The quantised weights of a packed slot.
    private func row(_ packed: UInt64) -> [Int16] {
        if weightsInSlots {
            return (0..<width).map { Int16(Int8(truncatingIfNeeded: packed >> (32 + 8 * $0))) }
        }
        let start = Int(packed & 0xFF_FFFF) * stride
        return (0..<width).map {
            bits == 8 ? Int16(rows.load(fromByteOffset: start + $0, as: Int8.self))
                : rows.load(fromByteOffset: 2 * (start + $0), as: Int16.self)
        }
    }

    /// The rows in key order, for a deterministic file: key, exponent, and the row's `width` weights.
    func forEachRowInOrder(_ body: (UInt64, Int, [Int16]) -> Void) {
        for key in keys.sorted() {
            let packed = find(key)
            body(key, Int((packed >> 24) & 0xFF) - 127, row(packed))
        }
    }
}

import CDyadPrefetch

/// The weights of a trained linear classifier, keyed by feature hash: an open-addressing table holding only the
/// features that survived training, each with one weight per class quantised to 16 bits and a power-of-two scale
/// of its own. Features are told apart by their full 64-bit key (a 32-bit fingerprint let about one token in fifty
/// pick up the weights of a feature it did not have); dropping features whose weights all round to zero keeps the
/// model small.
///
/// Sendable although it holds pointers: they point into `memory`, which the table owns, and nothing writes there
/// once the table is built.
///
/// A lookup reads one 64-byte bucket of four 16-byte slots (key, then scale and row number packed together), then
/// the row itself; rows are padded to a multiple of 8 classes and added eight classes at a time. The bucket is read
/// without a branch on what it holds: the models are tens of megabytes read at random, so nearly every lookup waits
/// for memory, and a mispredicted branch on a slot's contents would make the lookups after it wait in turn instead
/// of overlapping.
public struct FeatureTable: @unchecked Sendable {
    /// Weights per feature (the number of classes).
    public let width: Int
    /// Width rounded up to a multiple of 8: the row stride, and the room a score buffer needs.
    let stride: Int
    /// Two words per slot: the key (0 when empty), then the biased exponent of the row's scale (bits 24–31) and the
    /// row (bits 0–23), and for 8-bit tables of at most four classes the weights themselves (bits 32–63). Slots come
    /// in buckets of four, filled in order (so a bucket whose last key is 0 is not full); a key lives in its home
    /// bucket or, when that was full, in the next bucket with room. The capacity is a power of two, at most half
    /// full. `2 × capacity` words in `memory`, 64-byte aligned.
    let slots: UnsafePointer<UInt64>
    let capacity: Int
    /// Quantised weights, `count × stride`, row-major, padding zero, one byte each at 8 bits and two at 16 (so that
    /// an 8-bit table also takes half the memory and cache); in `memory`.
    let rows: UnsafeRawPointer
    /// Precision of the weights: 16, or 8 when every weight is within ±127 steps of its row's scale (files then store
    /// one byte per weight; wide tables lose nothing measurable at 8 bits, the parser's move table does).
    public let bits: Int
    /// The block holding slots and rows (large pages where the system offers them).
    let memory: TableMemory
    /// Number of features.
    public let count: Int

    /// Largest number of rows (24-bit row numbers).
    static let maximumRows = 1 << 24

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
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        // Written straight into the final block (room for every key; repeated keys leave the end unused).
        let stride = Self.scoreCapacity(width), rowBytes = stride * bits / 8
        let (offsets, total) = TableMemory.layout([2 * capacity * 8, count * rowBytes])
        let memory = TableMemory(size: total)
        let slotWords = memory.base.advanced(by: offsets[0]).bindMemory(to: UInt64.self, capacity: 2 * capacity)
        let rowBase = memory.base.advanced(by: offsets[1])
        var rowCount = 0
        for index in 0..<count {
            let key = key(index)
            guard case .free(let slot) = Self.place(key, in: slotWords, capacity: capacity) else { continue }
            let biased = UInt64(UInt8(truncatingIfNeeded: max(-126, min(127, exponent(index))) + 127))
            var packed = biased << 24 | UInt64(rowCount)
            let row = rowBase + rowCount * rowBytes
            writeRow(index, row)
            if bits == 8 && width <= 4 {
                // Small 8-bit rows also ride in the slot's high half, so that scoring needs no access to the row.
                let bytes = row.assumingMemoryBound(to: UInt8.self)
                for k in 0..<width { packed |= UInt64(bytes[k]) << (32 + 8 * k) }
            }
            slotWords[2 * slot] = key
            slotWords[2 * slot + 1] = packed
            rowCount += 1
        }
        self.stride = stride
        self.memory = memory
        self.slots = UnsafePointer(slotWords)
        self.capacity = capacity
        self.rows = UnsafeRawPointer(rowBase)
        self.count = rowCount
    }

    /// Where a key goes while a table is built: the slot holding it already, or the first free slot of its home
    /// bucket or, when that is full, of the buckets after it.
    private enum Place { case present, free(Int) }
    private static func place(_ key: UInt64, in slots: UnsafeMutablePointer<UInt64>, capacity: Int) -> Place {
        var slot = bucket(key, capacity: capacity) * 4
        while slots[2 * slot] != 0 {
            if slots[2 * slot] == key { return .present }
            slot = (slot &+ 1) & (capacity - 1)
        }
        return .free(slot)
    }

    /// A feature hash as a table key: mixed, never 0 (0 marks empty slots).
    @inline(__always)
    static func key(_ hash: UInt64) -> UInt64 {
        let mixed = hash &* 0x9E37_79B9_7F4A_7C15
        return mixed == 0 ? 1 : mixed
    }

    /// The first slot probed for a key (its high bits).
    @inline(__always)
    static func slot(_ key: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: key >> 32) & mask }

    /// The home bucket of a key (its high bits) in a table of `capacity` slots.
    @inline(__always)
    static func bucket(_ key: UInt64, capacity: Int) -> Int { Int(truncatingIfNeeded: key >> 32) & (capacity / 4 - 1) }

    /// The packed scale and row of a key, or 0 when the model does not know it (a packed word is never 0: the
    /// biased exponent is at least 1).
    ///
    /// The home bucket is read whole and chosen from without branching; only a full home bucket without the key
    /// (rare at half load) goes on to the next buckets.
    @inline(__always)
    private static func find(_ key: UInt64, in slots: UnsafePointer<UInt64>, capacity: Int) -> UInt64 {
        let home = slots + 8 * bucket(key, capacity: capacity)
        // The whole bucket as one vector, compared at once: written with scalar selects, the compiler turns them back
        // into branches on the loaded keys.
        let bucket = UnsafeRawPointer(home).load(as: SIMD8<UInt64>.self)
        let values = bucket.oddHalf.replacing(with: 0, where: bucket.evenHalf .!= SIMD4(repeating: key))
        let packed = (values[0] | values[1]) | (values[2] | values[3])
        if packed == 0 && bucket[6] != 0 { return overflow(key, in: slots, capacity: capacity) }
        return packed
    }

    /// `find` past a full home bucket.
    private static func overflow(_ key: UInt64, in slots: UnsafePointer<UInt64>, capacity: Int) -> UInt64 {
        var slot = (bucket(key, capacity: capacity) * 4 + 4) & (capacity - 1)
        while true {
            let found = slots[2 * slot]
            if found == key { return slots[2 * slot + 1] }
            if found == 0 { return 0 }
            slot = (slot &+ 1) & (capacity - 1)
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
        // Every bucket requested first, so that the misses overlap; then read.
        prefetch(hashes)
        var hits = 0
        for hash in hashes {
            let packed = Self.find(Self.key(hash), in: slots, capacity: capacity)
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
        prefetch(hashes)
        for (index, hash) in hashes.enumerated() {
            let packed = Self.find(Self.key(hash), in: slots, capacity: capacity)
            found[index] = packed
            if packed != 0 { prefetchRow(of: packed) }
        }
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

    /// Adds the weights of `hits` packed slots to `scores`.
    @inline(__always)
    private func add(_ found: UnsafeMutablePointer<UInt64>, _ hits: Int, into scores: UnsafeMutablePointer<Float>) {
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
        let vectors = UnsafeMutableRawPointer(scores)
        if bits == 8 {
            Self.addRows(rows, as: Int8.self, found, hits, stride, vectors)
        } else {
            Self.addRows(rows, as: Int16.self, found, hits, stride, vectors)
        }
    }

    /// Whether the weights ride in the slots (8-bit tables of at most four classes), so that scoring reads no row.
    private var weightsInSlots: Bool { bits == 8 && width <= 4 }

    /// Requests the row of a packed slot from memory without waiting for it: its first and last byte, since a row
    /// may cross a cache line. Nothing for a table whose weights ride in the slots.
    @inline(__always)
    private func prefetchRow(of packed: UInt64) {
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
        for hash in hashes { dyad_prefetch(slots + 8 * Self.bucket(Self.key(hash), capacity: capacity)) }
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
        let packed = Self.find(Self.key(hash), in: slots, capacity: capacity)
        guard packed != 0 else { return nil }
        let scale = Float(bitPattern: UInt32(truncatingIfNeeded: (packed >> 24) & 0xFF) << 23)
        let row = Int(packed & 0xFF_FFFF)
        return (0..<width).map { Float(value(row * stride + $0)) * scale }
    }

    /// The quantised weight at a position of the row-major array.
    private func value(_ index: Int) -> Int16 {
        bits == 8 ? Int16(rows.load(fromByteOffset: index, as: Int8.self))
            : rows.load(fromByteOffset: 2 * index, as: Int16.self)
    }

    /// The rows in key order, for a deterministic file: key, exponent, and the row's `width` weights.
    func forEachRowInOrder(_ body: (UInt64, Int, [Int16]) -> Void) {
        let occupied = (0..<capacity).filter { slots[2 * $0] != 0 }.sorted { slots[2 * $0] < slots[2 * $1] }
        for slot in occupied {
            let packed = slots[2 * slot + 1]
            let row = Int(packed & 0xFF_FFFF)
            body(slots[2 * slot], Int((packed >> 24) & 0xFF) - 127, (0..<width).map { value(row * stride + $0) })
        }
    }
}

/// The weights of a trained linear classifier, keyed by feature hash: an open-addressing table holding only the
/// features that survived training, each with one weight per class quantised to 16 bits and a power-of-two scale
/// of its own. Features are told apart by their full 64-bit key (a 32-bit fingerprint let about one token in fifty
/// pick up the weights of a feature it did not have); dropping features whose weights all round to zero keeps the
/// model small.
///
/// A lookup reads a small Bloom filter, then one 16-byte slot (key, then scale and row number packed together),
/// then the row itself; rows are padded to a multiple of 8 classes and added eight classes at a time.
public struct FeatureTable: Sendable {
    /// Weights per feature (the number of classes).
    public let width: Int
    /// Width rounded up to a multiple of 8: the row stride, and the room a score buffer needs.
    let stride: Int
    /// Two words per slot: the key (0 when empty), then the biased exponent of the row's scale (bits 24–31) and the
    /// row (bits 0–23), and for 8-bit tables of at most four classes the weights themselves (bits 32–63). The capacity is a power of two, at most about two thirds full.
    let slots: [UInt64]
    /// Quantised weights, `count × stride`, row-major, padding zero: 16-bit ones in `wide`, 8-bit ones in `narrow`
    /// (the other array is empty), so that an 8-bit table also takes half the memory and cache.
    let wide: [Int16]
    let narrow: [Int8]
    /// Precision of the weights: 16, or 8 when every weight is within ±127 steps of its row's scale (files then store
    /// one byte per weight; wide tables lose nothing measurable at 8 bits, the parser's move table does).
    public let bits: Int
    /// A blocked Bloom filter over the keys, about 8 bits per feature, small enough to stay in cache: most
    /// features of new text are unknown to the model, and the filter turns them away without touching the slots.
    let filter: [UInt64]
    /// Number of features.
    public let count: Int

    /// Largest number of rows (24-bit row numbers).
    static let maximumRows = 1 << 24

    /// The room a score buffer for a table of `width` classes needs.
    static func scoreCapacity(_ width: Int) -> Int { (width + 7) & ~7 }

    /// Builds the table from parallel arrays: distinct keys (`key(_:)` of the feature hashes), scale exponents, and
    /// `width` weights per feature (`rows` flat).
    init(width: Int, keys: [UInt64], exponents: [Int8], rows flat: [Int16], bits: Int = 16) {
        precondition(bits == 8 || bits == 16, "8 or 16 bits")
        self.bits = bits
        precondition(keys.count < Self.maximumRows, "too many features for one table")
        precondition(exponents.count == keys.count && flat.count == keys.count * width, "table arrays of different lengths")
        self.width = width
        stride = Self.scoreCapacity(width)
        var capacity = 16
        while capacity * 2 < keys.count * 3 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: 2 * capacity)
        var weights = [Int16](repeating: 0, count: keys.count * stride)
        var rows = 0
        let mask = capacity - 1
        for (index, key) in keys.enumerated() {
            var slot = Self.slot(key, mask: mask)
            var repeated = false
            while slots[2 * slot] != 0 {
                if slots[2 * slot] == key { repeated = true; break }
                slot = (slot &+ 1) & mask
            }
            if repeated { continue }
            let biased = UInt64(UInt8(truncatingIfNeeded: max(-126, min(127, Int(exponents[index]))) + 127))
            slots[2 * slot] = key
            slots[2 * slot + 1] = biased << 24 | UInt64(rows)
            for k in 0..<width { weights[rows * stride + k] = flat[index * width + k] }
            if bits == 8 && width <= 4 {
                // Small 8-bit rows also ride in the slot's high half, so that scoring needs no access to the row.
                for k in 0..<width { slots[2 * slot + 1] |= UInt64(UInt8(bitPattern: Int8(clamping: flat[index * width + k]))) << (32 + 8 * k) }
            }
            rows += 1
        }
        weights.removeLast((keys.count - rows) * stride)
        var filterWords = 1
        while filterWords * 8 < rows { filterWords <<= 1 }
        var filter = [UInt64](repeating: 0, count: filterWords)
        for slot in 0..<capacity where slots[2 * slot] != 0 {
            let (word, bits) = Self.filterBits(slots[2 * slot], mask: filterWords - 1)
            filter[word] |= bits
        }
        self.slots = slots
        wide = bits == 16 ? weights : []
        narrow = bits == 8 ? weights.map { Int8(clamping: $0) } : []
        self.filter = filter
        self.count = rows
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

    /// The filter word of a key and the two bits it sets there.
    @inline(__always)
    static func filterBits(_ key: UInt64, mask: Int) -> (word: Int, bits: UInt64) {
        let mixed = (key ^ (key >> 29)) &* 0xD6E8_FEB8_6659_FD93
        let word = Int(truncatingIfNeeded: mixed >> 40) & mask
        return (word, 1 << (mixed & 63) | 1 << ((mixed >> 6) & 63))
    }

    /// The packed scale and row of a key, or nil when the model does not know it.
    @inline(__always)
    private static func find(_ key: UInt64, in slots: UnsafeBufferPointer<UInt64>) -> UInt64? {
        let mask = slots.count / 2 - 1
        var slot = slot(key, mask: mask)
        while true {
            let found = slots[2 * slot]
            if found == key { return slots[2 * slot + 1] }
            if found == 0 { return nil }
            slot = (slot &+ 1) & mask
        }
    }

    /// Adds the weights of each feature in `hashes` to `scores`, which has room for `scoreCapacity(width)` floats
    /// (the padding classes receive zeros).
    ///
    /// In three passes, so that the memory accesses of one pass do not wait for each other and the processor can
    /// have many cache misses in flight at once: filter words, then slots, then rows.
    ///
    /// `scratch` has room for `hashes.count` words. (Not a `withUnsafeTemporaryAllocation`: nested inside another
    /// one, in a loop, Swift 6.3.1's optimiser let the two overlap and the parser lost a point of accuracy.)
    @inline(__always)
    func accumulate(_ hashes: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>,
                    scratch found: UnsafeMutablePointer<UInt64>) {
        let stride = self.stride
        var candidates = 0
        filter.withUnsafeBufferPointer { filter in
            let mask = filter.count - 1
            for hash in hashes {
                let key = Self.key(hash)
                let (word, bits) = Self.filterBits(key, mask: mask)
                found[candidates] = key
                candidates &+= filter[word] & bits == bits ? 1 : 0
            }
        }
        var hits = 0
        slots.withUnsafeBufferPointer { slots in
            for index in 0..<candidates {
                if let packed = Self.find(found[index], in: slots) {
                    found[hits] = packed
                    hits &+= 1
                }
            }
        }
        guard hits > 0 else { return }
        if bits == 8 && width <= 4 {
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
            narrow.withUnsafeBytes { Self.addRows($0.baseAddress!, as: Int8.self, found, hits, stride, vectors) }
        } else {
            wide.withUnsafeBytes { Self.addRows($0.baseAddress!, as: Int16.self, found, hits, stride, vectors) }
        }
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
        guard let packed = slots.withUnsafeBufferPointer({ Self.find(Self.key(hash), in: $0) }) else { return nil }
        let scale = Float(bitPattern: UInt32(truncatingIfNeeded: (packed >> 24) & 0xFF) << 23)
        let row = Int(packed & 0xFF_FFFF)
        return (0..<width).map { Float(value(row * stride + $0)) * scale }
    }

    /// The quantised weight at a position of the row-major array.
    private func value(_ index: Int) -> Int16 { bits == 8 ? Int16(narrow[index]) : wide[index] }

    /// The rows in key order, for a deterministic file: key, exponent, and the row's `width` weights.
    func forEachRowInOrder(_ body: (UInt64, Int, [Int16]) -> Void) {
        let occupied = (0..<(slots.count / 2)).filter { slots[2 * $0] != 0 }.sorted { slots[2 * $0] < slots[2 * $1] }
        for slot in occupied {
            let packed = slots[2 * slot + 1]
            let row = Int(packed & 0xFF_FFFF)
            body(slots[2 * slot], Int((packed >> 24) & 0xFF) - 127, (0..<width).map { value(row * stride + $0) })
        }
    }
}

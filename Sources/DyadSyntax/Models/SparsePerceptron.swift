/// An averaged perceptron under training, keyed by exact feature hashes (a growing open-addressing table), with
/// Daumé's averaging trick: besides each weight `w` it keeps `u`, the sum of `step × change`, so that the average
/// over all steps is `w − u / step` without touching every weight at every step.
struct SparsePerceptron {
    /// Classes (weights per feature).
    let width: Int
    private var keys: [UInt64]
    private var rows: [Int32]
    private(set) var weights: [Float] = []
    private var changes: [Double] = []
    /// Updates each feature took part in.
    private var updates: [Int32] = []
    private var count = 0
    /// Counts updates for averaging; starts at 1.
    private var step: Double = 1

    init(width: Int) {
        self.width = width
        keys = Array(repeating: 0, count: 1 << 16)
        rows = Array(repeating: 0, count: 1 << 16)
    }

    /// Number of features seen in updates.
    var featureCount: Int { count }

    @inline(__always)
    private func find(_ key: UInt64) -> (slot: Int, found: Bool) {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key >> 32) & mask
        while true {
            let present = keys[slot]
            if present == key { return (slot, true) }
            if present == 0 { return (slot, false) }
            slot = (slot &+ 1) & mask
        }
    }

    /// The row of a feature, or nil if no update has touched it.
    @inline(__always)
    func row(of hash: UInt64) -> Int? {
        let (slot, found) = find(FeatureTable.key(hash))
        return found ? Int(rows[slot]) : nil
    }

    private mutating func rowCreating(_ hash: UInt64) -> Int {
        let key = FeatureTable.key(hash)
        let (slot, found) = find(key)
        if found { return Int(rows[slot]) }
        if (count + 1) * 2 > keys.count {
            grow()
            return rowCreating(hash)
        }
        keys[slot] = key
        rows[slot] = Int32(count)
        count += 1
        weights += repeatElement(0, count: width)
        changes += repeatElement(0, count: width)
        updates.append(0)
        return count - 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldRows = rows
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        rows = Array(repeating: 0, count: oldKeys.count * 2)
        for (slot, key) in oldKeys.enumerated() where key != 0 {
            let (free, _) = find(key)
            keys[free] = key
            rows[free] = oldRows[slot]
        }
    }

    /// Adds the current weights of `hashes` to `scores` (`width` elements, zeroed by the caller).
    func score(_ hashes: [UInt64], into scores: inout [Float]) {
        for hash in hashes {
            guard let row = row(of: hash) else { continue }
            let base = row * width
            for k in 0..<width { scores[k] += weights[base + k] }
        }
    }

    /// The averaged weights of one feature (nil when no update touched it), as `table()` would keep them.
    func averagedWeights(of hash: UInt64) -> [Float]? {
        guard let row = row(of: hash) else { return nil }
        return (0..<width).map { Float(Double(weights[row * width + $0]) - changes[row * width + $0] / step) }
    }

    /// One training example done (call once per prediction, updated or not).
    mutating func tick() { step += 1 }

    /// Moves every feature of `hashes` towards `truth` and away from `guess`.
    mutating func update(_ hashes: [UInt64], truth: Int, guess: Int) {
        guard truth != guess else { return }
        for hash in hashes {
            let row = rowCreating(hash)
            updates[row] &+= 1
            let base = row * width
            weights[base + truth] += 1
            changes[base + truth] += step
            weights[base + guess] -= 1
            changes[base + guess] -= step
        }
    }

    /// The averaged weights, quantised per feature; features whose largest averaged weight is below `threshold`
    /// or that took part in fewer than `minimumUpdates` updates are dropped. `bits` is 16, or 8 for a file half
    /// the size.
    func table(threshold: Float = 0, minimumUpdates: Int = 1, bits: Int = 16) -> FeatureTable {
        let limit: Float = bits == 8 ? 127 : 32767
        var kept: [(key: UInt64, exponent: Int8, row: [Int16])] = []
        var averaged = [Float](repeating: 0, count: width)
        for slot in keys.indices where keys[slot] != 0 {
            guard updates[Int(rows[slot])] >= minimumUpdates else { continue }
            let base = Int(rows[slot]) * width
            var largest: Float = 0
            for k in 0..<width {
                averaged[k] = Float(Double(weights[base + k]) - changes[base + k] / step)
                largest = max(largest, abs(averaged[k]))
            }
            guard largest > threshold, largest > 1e-30 else { continue }
            // The smallest power of two that keeps every weight within ±limit steps.
            let exponent = max(-126, min(127, Int((largest / limit).exponent) + 1))
            let scale = Float(sign: .plus, exponent: exponent, significand: 1)
            let quantised = averaged.map { Int16(max(-limit, min(limit, ($0 / scale).rounded()))) }
            guard quantised.contains(where: { $0 != 0 }) else { continue }
            kept.append((keys[slot], Int8(exponent), quantised))
        }
        kept.sort { $0.key < $1.key }
        return FeatureTable(width: width, keys: kept.map(\.key), exponents: kept.map(\.exponent),
                            rows: kept.flatMap(\.row), bits: bits)
    }
}

import CDyadPrefetch

/// Scoring in two steps, for a model that knows some of a decision's features before it can score the decision:
/// `find` looks features up (and requests their rows) whenever they are known, `add(found:count:into:)` adds the
/// rows of a decision's features in template order once the rest are found. The sums are `accumulate`'s over the
/// same features in the same order, to the last bit: only the memory accesses move earlier.
extension FeatureTable {
    /// Writes the packed slot of each feature in `hashes` to `found`, in order (0 for a feature the table does not
    /// know), requesting every bucket first and then the rows of the hits.
    func find(_ hashes: UnsafeBufferPointer<UInt64>, into found: UnsafeMutablePointer<UInt64>) {
        if usesAVX2 {
            dyad_find(cTable, hashes.baseAddress, hashes.count, found)
            return
        }
        prefetch(hashes)
        for (index, hash) in hashes.enumerated() {
            let packed = find(Self.key(hash))
            found[index] = packed
            if packed != 0 { prefetchRow(of: packed) }
        }
    }

    /// Requests the rows of the packed slots in `found` (zeros skipped) from memory, without waiting for them.
    @inline(__always)
    func prefetchRows(_ found: UnsafeBufferPointer<UInt64>) {
        for packed in found where packed != 0 { prefetchRow(of: packed) }
    }

    /// Adds the rows of the nonzero packed slots among the first `count` of `found` (as `find` writes them) to
    /// `scores`, in their order; moves them to the front of `found` on the way.
    func add(found: UnsafeMutablePointer<UInt64>, count: Int, into scores: UnsafeMutablePointer<Float>) {
        if usesAVX2 {
            dyad_add_found(cTable, found, count, scores)
            return
        }
        var hits = 0
        for index in 0..<count {
            let packed = found[index]
            found[hits] = packed
            hits &+= packed != 0 ? 1 : 0
        }
        add(found, hits, into: scores)
    }
}

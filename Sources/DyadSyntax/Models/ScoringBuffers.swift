/// The buffers a model needs to score its decisions with a `FeatureTable`: the feature hashes of one decision, the
/// table's scratch space and the class scores. Plain arrays, allocated once per sentence, not temporary allocations
/// (see `FeatureTable.accumulate`).
struct ScoringBuffers {
    private var hashes: [UInt64]
    private var scratch: [UInt64]
    private var scores: [Float]
    private let width: Int

    /// Buffers for `features` hashes per decision and a table of `width` classes.
    init(features: Int, width: Int) {
        hashes = Array(repeating: 0, count: features)
        scratch = hashes
        self.width = width
        scores = Array(repeating: 0, count: max(FeatureTable.scoreCapacity(width), width))
    }

    /// Lets `write` fill the hashes, scores them with `table` on top of `initial` scores (`scoreCapacity(width)` of
    /// them; zeros when nil), and returns what `choose` makes of the scores.
    @inline(__always)
    mutating func decide<Result>(
        with table: FeatureTable, initial: UnsafePointer<Float>? = nil,
        write: (UnsafeMutablePointer<UInt64>) -> Void, choose: (UnsafePointer<Float>) -> Result
    ) -> Result {
        hashes.withUnsafeMutableBufferPointer { hashes in
            write(hashes.baseAddress!)
            return scratch.withUnsafeMutableBufferPointer { scratch in
                scores.withUnsafeMutableBufferPointer { scores in
                    if let initial {
                        for k in scores.indices { scores[k] = initial[k] }
                    } else {
                        for k in scores.indices { scores[k] = 0 }
                    }
                    table.accumulate(UnsafeBufferPointer(hashes), into: scores.baseAddress!, scratch: scratch.baseAddress!)
                    return choose(scores.baseAddress!)
                }
            }
        }
    }
}

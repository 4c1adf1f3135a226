import DyadCore

/// Greedy arc-eager dependency parser: an averaged-perceptron move classifier and a separate label classifier
/// over hashed features, predicting the head and label of every token from words and part-of-speech tags.
public struct TransitionParser: Sendable {
    /// Dependency labels the model knows.
    public let labels: [String]
    let buckets: Int
    /// Move weights: buckets × 4.
    let moveWeights: [Float]
    /// Label weights: buckets × labels.count (features include the move's direction).
    let labelWeights: [Float]

    /// Parses one sentence: 1-based heads (0 for the root) and labels.
    public func parse(forms: [String], tags: [String]) -> (heads: [Int], labels: [String]) {
        guard !forms.isEmpty else { return ([], []) }
        let features = ParserFeatures(forms: forms, tags: tags)
        var state = ParserState(count: forms.count)
        var hashes: [UInt64] = []
        hashes.reserveCapacity(40)
        let mask = UInt64(buckets - 1)
        while !state.isFinal || !state.stack.isEmpty {
            if state.isFinal { state.apply(.reduce, label: -1); if state.stack.isEmpty { break }; continue }
            hashes.removeAll(keepingCapacity: true)
            features.forEachFeature(of: state) { hashes.append($0) }
            let move = Self.bestMove(hashes, mask: mask, weights: moveWeights, state: state)
            var label = -1
            if move == .left || move == .right {
                label = Self.bestLabel(hashes, mask: mask, weights: labelWeights, count: labels.count, right: move == .right)
            }
            state.apply(move, label: label)
        }
        // Tokens left without a head hang from the first root.
        let roots = state.heads.indices.filter { state.heads[$0] < 0 }
        let root = roots.first ?? 0
        let rootLabel = labels.firstIndex(of: "ROOT") ?? 0
        var heads = state.heads.map { $0 + 1 }
        var labelIndices = state.labels
        for index in roots {
            heads[index] = index == root ? 0 : root + 1
            labelIndices[index] = index == root ? rootLabel : max(0, labelIndices[index])
        }
        return (heads, labelIndices.map { labels[max(0, $0)] })
    }

    static func bestMove(_ hashes: [UInt64], mask: UInt64, weights: [Float], state: ParserState) -> ParserState.Move {
        var scores: (Float, Float, Float, Float) = (0, 0, 0, 0)
        for hash in hashes {
            let row = Int(hash & mask) &* 4
            scores.0 += weights[row]; scores.1 += weights[row + 1]; scores.2 += weights[row + 2]; scores.3 += weights[row + 3]
        }
        let values = [scores.0, scores.1, scores.2, scores.3]
        var best: ParserState.Move = .shift
        var bestScore = -Float.infinity
        for move in ParserState.Move.allCases where state.isLegal(move) && values[move.rawValue] > bestScore {
            best = move
            bestScore = values[move.rawValue]
        }
        return best
    }

    static func labelRow(_ hash: UInt64, right: Bool, mask: UInt64) -> Int {
        Int((hash ^ (right ? 0x5151_5151 : 0)) &* 0x9E37_79B9_7F4A_7C15 >> 7 & mask)
    }

    static func bestLabel(_ hashes: [UInt64], mask: UInt64, weights: [Float], count: Int, right: Bool) -> Int {
        var scores = [Float](repeating: 0, count: count)
        for hash in hashes {
            let row = labelRow(hash, right: right, mask: mask) &* count
            for k in 0..<count { scores[k] += weights[row + k] }
        }
        var best = 0
        for k in 1..<count where scores[k] > scores[best] { best = k }
        return best
    }
}

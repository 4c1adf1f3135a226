import DyadCore

/// Greedy arc-eager dependency parser: an averaged-perceptron classifier over hashed features chooses among shift,
/// reduce, left arc and right arc, and a second one labels each arc built, predicting the head and label of every
/// token from words and part-of-speech tags. Its output is always a tree.
public struct TransitionParser: Sendable {
    /// Dependency labels the model knows.
    public let labels: [String]
    /// Move weights: shift, reduce, left arc, right arc.
    let moves: FeatureTable
    /// Label weights, one class per label, for the arc a left or right move builds.
    let arcLabels: FeatureTable

    init(labels: [String], moves: FeatureTable, arcLabels: FeatureTable) {
        precondition(moves.width == 4 && arcLabels.width == labels.count, "the tables do not fit the labels")
        self.labels = labels
        self.moves = moves
        self.arcLabels = arcLabels
    }

    /// The best-scoring legal move.
    @inline(__always)
    static func bestMove(_ scores: UnsafePointer<Float>, state: ParserState) -> ParserState.Move {
        var best = ParserState.Move.shift
        var bestScore = -Float.infinity
        for move in ParserState.Move.allCases where state.isLegal(move) && scores[move.rawValue] > bestScore {
            best = move
            bestScore = scores[move.rawValue]
        }
        return best
    }

    /// The head and dependent of the arc `move` builds.
    @inline(__always)
    static func arc(of move: ParserState.Move, in state: ParserState) -> (head: Int, dependent: Int) {
        move == .left ? (state.next, state.stack.last!) : (state.stack.last!, state.next)
    }

    /// The index of the largest of `count` scores.
    @inline(__always)
    static func argmax(_ scores: UnsafePointer<Float>, count: Int) -> Int {
        guard count > 1 else { return 0 }
        var best = 0, bestScore = scores[0]
        // Selects, not branches: which class wins is as hard to predict as the comparisons are many.
        for k in 1..<max(1, count) {
            let better = scores[k] > bestScore
            best = better ? k : best
            bestScore = better ? scores[k] : bestScore
        }
        return best
    }

    /// The move scores of the templates that read one token only (`ParserFeatures.bufferTemplates` with each token
    /// first in the buffer, `stackTemplates` with it on top of the stack), looked up once per token rather than in
    /// every state, all requested from memory at once.
    func positionalScores(_ features: ParserFeatures, count: Int) -> (buffer: [SIMD4<Float>], stack: [SIMD4<Float>]) {
        let hashes = features.positionalHashes()
        func scores(_ hashes: [UInt64], groupSize: Int) -> [SIMD4<Float>] {
            let stride = FeatureTable.scoreCapacity(moves.width)
            var scores = [Float](repeating: 0, count: count * stride)
            var scratch = [UInt64](repeating: 0, count: hashes.count)
            hashes.withUnsafeBufferPointer { hashes in
                scores.withUnsafeMutableBufferPointer { scores in
                    scratch.withUnsafeMutableBufferPointer { scratch in
                        moves.accumulateGroups(hashes, groupSize: groupSize, into: scores.baseAddress!,
                                               scratch: scratch.baseAddress!)
                    }
                }
            }
            return (0..<count).map { SIMD4(scores[$0 * stride], scores[$0 * stride + 1], scores[$0 * stride + 2],
                                           scores[$0 * stride + 3]) }
        }
        return (scores(hashes.buffer, groupSize: ParserFeatures.bufferTemplates.count),
                scores(hashes.stack, groupSize: ParserFeatures.stackTemplates.count))
    }

    /// Parses one sentence: 1-based heads (0 for the root) and labels.
    public func parse(forms: [String], tags: [String]) -> (heads: [Int], labels: [String]) {
        guard !forms.isEmpty else { return ([], []) }
        precondition(forms.count == tags.count, "one tag per word")
        let features = ParserFeatures(forms: forms, tags: tags)
        var state = ParserState(count: forms.count)
        let labelCount = labels.count
        let (bufferScores, stackScores) = positionalScores(features, count: forms.count)
        let stateTemplates = ParserFeatures.stateTemplates
        // Allocated buffers, not temporary allocations (see `FeatureTable.accumulate`), and no closures around the
        // loop: a state captured by one is boxed, and copied whole (seven arrays retained) on its way to a function.
        let buffer = UnsafeMutablePointer<UInt64>.allocate(capacity: 4 * ParserFeatures.count)
        buffer.initialize(repeating: 0, count: 4 * ParserFeatures.count)
        let scoreCapacity = FeatureTable.scoreCapacity(max(8, labelCount))
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: scoreCapacity)
        scores.initialize(repeating: 0, count: scoreCapacity)
        defer {
            buffer.deallocate()
            scores.deallocate()
        }
        let hashes = buffer
        let arcHashes = buffer + ParserFeatures.count
        let stateHashes = UnsafeMutableBufferPointer(start: buffer + 2 * ParserFeatures.count, count: stateTemplates.count)
        let scratch = buffer + 3 * ParserFeatures.count
        let allHashes = UnsafeBufferPointer(start: hashes, count: ParserFeatures.count)
        let allArcHashes = UnsafeBufferPointer(start: arcHashes, count: ParserFeatures.count)
        // Whether `hashes` holds the features of `state` already.
        var written = false
        while !state.isFinal {
            // With an empty stack only a shift is possible: no need to score.
            guard let top = state.stack.last else {
                state.apply(.shift, label: -1)
                continue
            }
            if !written { features.write(state, to: hashes) }
            written = false
            for (k, template) in stateTemplates.enumerated() { stateHashes[k] = hashes[template] }
            let positional = bufferScores[state.next] + stackScores[top]
            for k in 0..<4 { scores[k] = positional[k] }
            for k in 4..<8 { scores[k] = 0 }
            moves.accumulate(UnsafeBufferPointer(stateHashes), into: scores, scratch: scratch)
            let move = Self.bestMove(scores, state: state)
            guard move == .left || move == .right else {
                state.apply(move, label: -1)
                continue
            }
            ParserFeatures.labelFeatures(allHashes, right: move == .right, to: arcHashes)
            arcLabels.prefetch(allArcHashes)
            // The arc is built before its label is chosen, so that the next state's move features (all but the few
            // that read this label, rewritten below) are requested from memory while the label is scored.
            let dependent = move == .left ? top : state.next
            state.apply(move, label: -1)
            if !state.isFinal && !state.stack.isEmpty {
                features.write(state, to: hashes)
                for (k, template) in stateTemplates.enumerated() { stateHashes[k] = hashes[template] }
                moves.prefetch(UnsafeBufferPointer(stateHashes))
                written = true
            }
            for k in 0..<FeatureTable.scoreCapacity(labelCount) { scores[k] = 0 }
            arcLabels.accumulate(allArcHashes, into: scores, scratch: scratch)
            state.label(dependent, Self.argmax(scores, count: labelCount))
            if written { features.writeLabels(state, to: hashes) }
        }
        return result(of: state)
    }

    /// The heads and labels of a final state: 1-based heads (0 for the root) and labels. Tokens left without a head
    /// hang from the first of them, which becomes the root.
    func result(of state: ParserState) -> (heads: [Int], labels: [String]) {
        let roots = state.heads.indices.filter { state.heads[$0] < 0 }
        let root = roots.first ?? 0
        let rootLabel = labels.firstIndex(of: "ROOT") ?? 0
        let depLabel = labels.firstIndex(of: "dep") ?? rootLabel
        var heads = state.heads.map { $0 + 1 }
        var labelIndices = state.labels
        for index in roots {
            heads[index] = index == root ? 0 : root + 1
            labelIndices[index] = index == root ? rootLabel : depLabel
        }
        return (heads, labelIndices.map { labels[max(0, $0)] })
    }
}

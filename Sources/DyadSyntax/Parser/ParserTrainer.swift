import DyadCore

/// Trains a `TransitionParser` with the static arc-eager oracle on projective trees: averaged perceptrons for moves
/// and for the labels of arcs, in a seeded shuffled order, so that the same data gives the same model.
/// Non-projective sentences are skipped.
public struct ParserTrainer: Sendable {
    /// Passes over the training data.
    public var iterations: Int
    /// Seed of the shuffle.
    public var seed: UInt64
    /// Features whose largest averaged weight is at most this are dropped from the saved model (smaller, faster).
    public var pruneThreshold: Float
    /// Features that took part in fewer updates than this are dropped from the saved model.
    public var minimumUpdates: Int

    /// Creates a trainer with these settings.
    public init(iterations: Int = 5, seed: UInt64 = 1, pruneThreshold: Float = 0, minimumUpdates: Int = 1) {
        self.iterations = iterations
        self.seed = seed
        self.pruneThreshold = pruneThreshold
        self.minimumUpdates = minimumUpdates
    }

    /// Trains on the heads and labels of `sentences`, with their XPOS tags as features; `tags`, when given, replaces
    /// them (for training on a tagger's predictions, as the parser sees at run time).
    public func train(_ sentences: [AnnotatedSentence], tags: [[String]]? = nil,
                      progress: (Int, Double) -> Void = { _, _ in }) -> TransitionParser {
        var labelIndex: [String: Int] = [:]
        var labels: [String] = []
        for sentence in sentences {
            for label in sentence.deprels where labelIndex[label] == nil {
                labelIndex[label] = labels.count
                labels.append(label)
            }
        }
        let labelCount = max(labels.count, 1)
        if labels.isEmpty { labels = ["ROOT"] }
        let usable = sentences.indices.filter { Self.isProjective(sentences[$0].heads) }
        var moves = SparsePerceptron(width: 4)
        var arcLabels = SparsePerceptron(width: labelCount)
        var order = usable
        var generator = SeededGenerator(seed: seed)
        var hashes = [UInt64](repeating: 0, count: ParserFeatures.count)
        var arcHashes = [UInt64](repeating: 0, count: ParserFeatures.count)
        var scores = [Float](repeating: 0, count: max(4, labelCount))
        for iteration in 1...max(1, iterations) {
            order.shuffle(using: &generator)
            var correct = 0, total = 0
            for s in order {
                let sentence = sentences[s]
                let gold = sentence.heads.map { $0 - 1 }
                let goldLabels = sentence.deprels.map { labelIndex[$0]! }
                let features = ParserFeatures(forms: sentence.forms, tags: tags?[s] ?? sentence.xpos)
                var state = ParserState(count: sentence.count)
                while !state.isFinal {
                    hashes.withUnsafeMutableBufferPointer { features.write(state, to: $0.baseAddress!) }
                    for k in 0..<4 { scores[k] = 0 }
                    moves.score(hashes, into: &scores)
                    let guess = scores.withUnsafeBufferPointer { TransitionParser.bestMove($0.baseAddress!, state: state) }
                    let move = state.oracle(gold: gold)
                    moves.update(hashes, truth: move.rawValue, guess: guess.rawValue)
                    moves.tick()
                    if guess == move { correct += 1 }
                    total += 1
                    var label = -1
                    if move == .left || move == .right {
                        label = goldLabels[TransitionParser.arc(of: move, in: state).dependent]
                        hashes.withUnsafeBufferPointer { hashes in
                            arcHashes.withUnsafeMutableBufferPointer {
                                ParserFeatures.labelFeatures(hashes, right: move == .right, to: $0.baseAddress!)
                            }
                        }
                        for k in 0..<labelCount { scores[k] = 0 }
                        arcLabels.score(arcHashes, into: &scores)
                        let predicted = scores.withUnsafeBufferPointer { TransitionParser.argmax($0.baseAddress!, count: labelCount) }
                        arcLabels.update(arcHashes, truth: label, guess: predicted)
                        arcLabels.tick()
                    }
                    state.apply(move, label: label)
                }
            }
            progress(iteration, Double(correct) / Double(max(total, 1)))
        }
        return TransitionParser(labels: labels, moves: moves.table(threshold: pruneThreshold, minimumUpdates: minimumUpdates),
                                arcLabels: arcLabels.table(threshold: pruneThreshold, minimumUpdates: minimumUpdates, bits: 8))
    }

    /// Whether a tree (1-based heads, 0 = root) has no crossing arcs.
    static func isProjective(_ heads: [Int]) -> Bool {
        let arcs = heads.enumerated().map { (min($0.offset + 1, $0.element), max($0.offset + 1, $0.element)) }
        for (a, b) in arcs {
            for (c, d) in arcs where (a < c && c < b && b < d) || (c < a && a < d && d < b) { return false }
        }
        return true
    }
}

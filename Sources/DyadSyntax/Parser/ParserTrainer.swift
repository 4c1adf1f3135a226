import DyadCore

/// Trains a `TransitionParser` with the static arc-eager oracle on projective trees: averaged perceptrons for moves
/// and labels, seeded shuffling, so that the same data gives the same model. Non-projective sentences are skipped.
public struct ParserTrainer: Sendable {
    /// Passes over the training data.
    public var iterations: Int
    /// Hash buckets of each classifier (a power of two).
    public var buckets: Int
    /// Seed of the shuffle and of exploration.
    public var seed: UInt64
    /// Train with the dynamic oracle: from the second pass, follow the model's own (possibly wrong) moves and learn
    /// the best move from there, so that the parser learns to recover from its mistakes. Off by default: with 8
    /// passes on the silver corpora it scored UAS 91.18 % against the static oracle's 91.72 % (BENCHMARKS.md).
    public var dynamicOracle: Bool

    /// Creates a trainer with these settings.
    public init(iterations: Int = 5, buckets: Int = 1 << 18, seed: UInt64 = 1, dynamicOracle: Bool = false) {
        self.iterations = iterations
        self.buckets = buckets
        self.seed = seed
        self.dynamicOracle = dynamicOracle
    }

    /// Trains on the heads and labels of `sentences`, with their XPOS tags as features.
    public func train(_ sentences: [AnnotatedSentence], progress: (Int, Double) -> Void = { _, _ in }) -> TransitionParser {
        var labelIndex: [String: Int] = [:]
        var labels: [String] = []
        for sentence in sentences {
            for label in sentence.deprels where labelIndex[label] == nil {
                labelIndex[label] = labels.count
                labels.append(label)
            }
        }
        let usable = sentences.filter { Self.isProjective($0.heads) }
        let labelCount = max(labels.count, 1)
        var moves = Perceptron(count: buckets * 4)
        var labelModel = Perceptron(count: buckets * labelCount)
        let mask = UInt64(buckets - 1)
        var order = Array(usable.indices)
        var generator = SeededGenerator(seed: seed)
        var hashes: [UInt64] = []
        func moveScore(_ move: ParserState.Move, _ hashes: [UInt64]) -> Float {
            hashes.reduce(Float(0)) { $0 + moves.weights[Int($1 & mask) &* 4 + move.rawValue] }
        }
        for iteration in 1...max(1, iterations) {
            order.shuffle(using: &generator)
            var correct = 0, total = 0
            for s in order {
                let sentence = usable[s]
                let gold = sentence.heads.map { $0 - 1 }
                let goldLabels = sentence.deprels.map { labelIndex[$0]! }
                let features = ParserFeatures(forms: sentence.forms, tags: sentence.xpos)
                var state = ParserState(count: sentence.count)
                while !state.isFinal {
                    hashes.removeAll(keepingCapacity: true)
                    features.forEachFeature(of: state) { hashes.append($0) }
                    let guess = TransitionParser.bestMove(hashes, mask: mask, weights: moves.weights, state: state)
                    // The move to learn: the static oracle's, or with the dynamic oracle the best-scoring zero-cost one.
                    var truth = state.oracle(gold: gold)
                    var follow = truth
                    if dynamicOracle {
                        let costs = ParserState.Move.allCases.map { state.cost(of: $0, gold: gold) }
                        let zero = ParserState.Move.allCases.filter { costs[$0.rawValue] == 0 }
                        if costs[guess.rawValue] == 0 {
                            truth = guess
                        } else if let best = zero.max(by: { moveScore($0, hashes) < moveScore($1, hashes) }) {
                            truth = best
                        }
                        if !state.isLegal(truth) { truth = guess }
                        // Explore: from the second pass, follow the model's move most of the time.
                        follow = iteration > 1 && generator.next() % 10 < 9 ? guess : truth
                    }
                    moves.tick()
                    if guess != truth {
                        for hash in hashes {
                            let row = Int(hash & mask) &* 4
                            moves.update(row + truth.rawValue, by: 1)
                            moves.update(row + guess.rawValue, by: -1)
                        }
                    } else {
                        correct += 1
                    }
                    total += 1
                    var label = -1
                    if follow == .left || follow == .right {
                        let dependent = follow == .left ? state.stack.last! : state.next
                        let head = follow == .left ? state.next : state.stack.last!
                        label = goldLabels[dependent]
                        let right = follow == .right
                        let predicted = TransitionParser.bestLabel(hashes, mask: mask, weights: labelModel.weights,
                                                                   count: labelCount, right: right)
                        labelModel.tick()
                        // Labels are learned on gold arcs only.
                        if gold[dependent] == head && predicted != label {
                            for hash in hashes {
                                let row = TransitionParser.labelRow(hash, right: right, mask: mask) &* labelCount
                                labelModel.update(row + label, by: 1)
                                labelModel.update(row + predicted, by: -1)
                            }
                        }
                        if gold[dependent] != head { label = predicted }
                    }
                    state.apply(follow, label: label)
                }
            }
            progress(iteration, Double(correct) / Double(max(total, 1)))
        }
        return TransitionParser(labels: labels, buckets: buckets, moveWeights: moves.averaged(),
                                labelWeights: labelModel.averaged())
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

/// An averaged perceptron's weights with lazy averaging.
struct Perceptron {
    var weights: [Float]
    private var totals: [Double]
    private var stamps: [Int]
    private var step = 0

    init(count: Int) {
        weights = Array(repeating: 0, count: count)
        totals = Array(repeating: 0, count: count)
        stamps = Array(repeating: 0, count: count)
    }

    mutating func tick() { step += 1 }

    mutating func update(_ index: Int, by delta: Float) {
        totals[index] += Double(step - stamps[index]) * Double(weights[index])
        stamps[index] = step
        weights[index] += delta
    }

    func averaged() -> [Float] {
        weights.indices.map { index in
            Float((totals[index] + Double(step - stamps[index]) * Double(weights[index])) / Double(max(step, 1)))
        }
    }
}

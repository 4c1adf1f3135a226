import DyadCore

/// Trains a `TransitionParser` with the static arc-eager oracle on projective trees: averaged perceptrons for moves
/// and labels, seeded shuffling, so that the same data gives the same model. Non-projective sentences are skipped.
public struct ParserTrainer: Sendable {
    /// Passes over the training data.
    public var iterations: Int
    /// Hash buckets of each classifier (a power of two).
    public var buckets: Int
    /// Seed of the shuffle.
    public var seed: UInt64

    /// Creates a trainer with these settings.
    public init(iterations: Int = 5, buckets: Int = 1 << 18, seed: UInt64 = 1) {
        self.iterations = iterations
        self.buckets = buckets
        self.seed = seed
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
                    let truth = state.oracle(gold: gold)
                    let guess = TransitionParser.bestMove(hashes, mask: mask, weights: moves.weights, state: state)
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
                    if truth == .left || truth == .right {
                        let dependent = truth == .left ? state.stack.last! : state.next
                        label = goldLabels[dependent]
                        let right = truth == .right
                        let predicted = TransitionParser.bestLabel(hashes, mask: mask, weights: labelModel.weights,
                                                                   count: labelCount, right: right)
                        labelModel.tick()
                        if predicted != label {
                            for hash in hashes {
                                let row = TransitionParser.labelRow(hash, right: right, mask: mask) &* labelCount
                                labelModel.update(row + label, by: 1)
                                labelModel.update(row + predicted, by: -1)
                            }
                        }
                    }
                    state.apply(truth, label: label)
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

import DyadCore

/// Trains a `PerceptronTagger` on annotated sentences: averaged perceptron, several passes over the data in a
/// seeded shuffled order, so that the same data and settings give the same model.
public struct TaggerTrainer: Sendable {
    /// Passes over the training data.
    public var iterations: Int
    /// Hash buckets of the model (a power of two): more buckets, fewer collisions, a larger model.
    public var buckets: Int
    /// Seed of the shuffle.
    public var seed: UInt64

    /// Creates a trainer with these settings.
    public init(iterations: Int = 5, buckets: Int = 1 << 17, seed: UInt64 = 1) {
        self.iterations = iterations
        self.buckets = buckets
        self.seed = seed
    }

    /// Trains on `sentences`; `progress` is called after each pass with its training accuracy.
    public func train(_ sentences: [AnnotatedSentence], progress: (Int, Double) -> Void = { _, _ in }) -> PerceptronTagger {
        // Labels in order of first appearance, so the model is deterministic.
        var labelIndex: [String: Int] = [:]
        var labels: [(xpos: String, upos: String)] = []
        let gold: [[Int]] = sentences.map { sentence in
            zip(sentence.xpos, sentence.upos).map { xpos, upos in
                let key = xpos + " " + upos
                if let index = labelIndex[key] { return index }
                labelIndex[key] = labels.count
                labels.append((xpos, upos))
                return labels.count - 1
            }
        }
        let labelCount = labels.count
        var weights = [Float](repeating: 0, count: buckets * labelCount)
        var totals = [Double](repeating: 0, count: buckets * labelCount)
        var stamps = [Int](repeating: 0, count: buckets * labelCount)
        var step = 0
        let mask = UInt64(buckets - 1)
        var order = Array(sentences.indices)
        var generator = SeededGenerator(seed: seed)
        var rows = [Int](repeating: 0, count: TaggerFeatures.count)
        for iteration in 1...max(1, iterations) {
            order.shuffle(using: &generator)
            var correct = 0, total = 0
            for s in order {
                let sentence = sentences[s]
                let features = TaggerFeatures(forms: sentence.forms)
                var predicted: [Int] = []
                predicted.reserveCapacity(sentence.count)
                for i in 0..<sentence.count {
                    // Condition on the gold history's predictions, as at run time (previous predictions).
                    let previous = i >= 1 ? predicted[i - 1] : -2
                    let beforePrevious = i >= 2 ? predicted[i - 2] : -2
                    var n = 0
                    features.forEachFeature(of: i, previous: previous, beforePrevious: beforePrevious) { hash in
                        rows[n] = Int(hash & mask) &* labelCount
                        n += 1
                    }
                    var best = 0
                    var bestScore = -Float.infinity
                    for k in 0..<labelCount {
                        var score: Float = 0
                        for row in rows { score += weights[row + k] }
                        if score > bestScore { bestScore = score; best = k }
                    }
                    step += 1
                    let truth = gold[s][i]
                    if best != truth {
                        for row in rows {
                            for (k, delta) in [(truth, Float(1)), (best, Float(-1))] {
                                let index = row + k
                                totals[index] += Double(step - stamps[index]) * Double(weights[index])
                                stamps[index] = step
                                weights[index] += delta
                            }
                        }
                    } else {
                        correct += 1
                    }
                    total += 1
                    predicted.append(best)
                }
            }
            progress(iteration, Double(correct) / Double(max(total, 1)))
        }
        // Average: each weight's mean over every step.
        for index in weights.indices {
            totals[index] += Double(step - stamps[index]) * Double(weights[index])
            weights[index] = Float(totals[index] / Double(max(step, 1)))
        }
        return PerceptronTagger(labels: labels, buckets: buckets, weights: weights)
    }
}

import DyadCore

/// Trains a `PerceptronTagger` on annotated sentences: averaged perceptron, several passes over the data in a
/// seeded shuffled order, so that the same data and settings give the same model.
public struct TaggerTrainer: Sendable {
    /// Passes over the training data.
    public var iterations: Int
    /// Seed of the shuffle.
    public var seed: UInt64
    /// Features that took part in fewer updates than this are dropped from the saved model (smaller, faster).
    public var minimumUpdates: Int

    /// Creates a trainer with these settings.
    public init(iterations: Int = 5, seed: UInt64 = 1, minimumUpdates: Int = 1) {
        self.iterations = iterations
        self.seed = seed
        self.minimumUpdates = minimumUpdates
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
        var model = SparsePerceptron(width: max(1, labels.count))
        var order = Array(sentences.indices)
        var generator = SeededGenerator(seed: seed)
        var hashes = [UInt64](repeating: 0, count: TaggerFeatures.count)
        var scores = [Float](repeating: 0, count: model.width)
        for iteration in 1...max(1, iterations) {
            order.shuffle(using: &generator)
            var correct = 0, total = 0
            for s in order {
                let sentence = sentences[s]
                let features = TaggerFeatures(forms: sentence.forms)
                var predicted: [Int] = []
                predicted.reserveCapacity(sentence.count)
                for i in 0..<sentence.count {
                    // The history is the model's own previous predictions, as at run time.
                    hashes.withUnsafeMutableBufferPointer {
                        features.write(i, previous: i >= 1 ? predicted[i - 1] : -2,
                                       beforePrevious: i >= 2 ? predicted[i - 2] : -2, to: $0.baseAddress!)
                    }
                    for k in scores.indices { scores[k] = 0 }
                    model.score(hashes, into: &scores)
                    var best = 0
                    for k in scores.indices.dropFirst() where scores[k] > scores[best] { best = k }
                    let truth = gold[s][i]
                    model.update(hashes, truth: truth, guess: best)
                    model.tick()
                    if best == truth { correct += 1 }
                    total += 1
                    predicted.append(best)
                }
            }
            progress(iteration, Double(correct) / Double(max(total, 1)))
        }
        return PerceptronTagger(labels: labels, table: model.table(minimumUpdates: minimumUpdates, bits: 8))
            .withDictionary(from: sentences)
    }
}

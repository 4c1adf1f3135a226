import DyadCore

/// Part-of-speech tagger: an averaged perceptron over hashed features, predicting Penn Treebank tags (XPOS) together
/// with Universal POS tags (UPOS), left to right, each decision seeing the two previous ones.
public struct PerceptronTagger: Sendable {
    /// The tags the model predicts, each an XPOS with the UPOS it goes with ("VBD VERB", "VBD AUX").
    public let labels: [(xpos: String, upos: String)]
    /// Number of hash buckets (a power of two).
    let buckets: Int
    /// Weights, `buckets × labels.count`, bucket-major.
    let weights: [Float]

    init(labels: [(xpos: String, upos: String)], buckets: Int, weights: [Float]) {
        precondition(buckets > 0 && buckets & (buckets - 1) == 0, "buckets must be a power of two")
        precondition(weights.count == buckets * labels.count, "weights do not fit buckets × labels")
        self.labels = labels
        self.buckets = buckets
        self.weights = weights
    }

    /// The label index of each word of a sentence.
    public func tag(_ forms: [String]) -> [Int] {
        guard !labels.isEmpty else { return [] }
        let features = TaggerFeatures(forms: forms)
        var result: [Int] = []
        result.reserveCapacity(forms.count)
        var scores = [Float](repeating: 0, count: labels.count)
        let mask = UInt64(buckets - 1)
        let labelCount = labels.count
        weights.withUnsafeBufferPointer { weights in
            for i in forms.indices {
                for k in scores.indices { scores[k] = 0 }
                let previous = i >= 1 ? result[i - 1] : -2
                let beforePrevious = i >= 2 ? result[i - 2] : -2
                features.forEachFeature(of: i, previous: previous, beforePrevious: beforePrevious) { hash in
                    let row = Int(hash & mask) &* labelCount
                    for k in 0..<labelCount { scores[k] += weights[row &+ k] }
                }
                var best = 0
                for k in 1..<labelCount where scores[k] > scores[best] { best = k }
                result.append(best)
            }
        }
        return result
    }

    /// Tags a sentence, returning XPOS and UPOS per word (nothing when the model has no labels).
    public func tags(_ forms: [String]) -> [(xpos: String, upos: String)] {
        tag(forms).map { labels[$0] }
    }
}

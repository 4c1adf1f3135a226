import DyadCore

/// Part-of-speech tagger: an averaged perceptron over hashed features, predicting Penn Treebank tags (XPOS) together
/// with Universal POS tags (UPOS), left to right, each decision seeing the two previous ones.
public struct PerceptronTagger: Sendable {
    /// The tags the model predicts, each an XPOS with the UPOS it goes with ("VBD VERB", "VBD AUX").
    public let labels: [(xpos: String, upos: String)]
    /// Weights, one class per label.
    let table: FeatureTable

    init(labels: [(xpos: String, upos: String)], table: FeatureTable) {
        precondition(table.width == labels.count, "the table does not fit the labels")
        self.labels = labels
        self.table = table
    }

    /// The label index of each word of a sentence.
    public func tag(_ forms: [String]) -> [Int] {
        guard !labels.isEmpty, !forms.isEmpty else { return [] }
        let features = TaggerFeatures(forms: forms)
        var result = [Int](repeating: 0, count: forms.count)
        let labelCount = labels.count
        var buffers = ScoringBuffers(features: TaggerFeatures.count, width: labelCount)
        for i in forms.indices {
            result[i] = buffers.decide(with: table) { hashes in
                features.write(i, previous: i >= 1 ? result[i - 1] : -2, beforePrevious: i >= 2 ? result[i - 2] : -2,
                               to: hashes)
            } choose: { scores in
                var best = 0
                for k in 1..<labelCount where scores[k] > scores[best] { best = k }
                return best
            }
        }
        return result
    }

    /// Tags a sentence, returning XPOS and UPOS per word (nothing when the model has no labels).
    public func tags(_ forms: [String]) -> [(xpos: String, upos: String)] {
        tag(forms).map { labels[$0] }
    }
}

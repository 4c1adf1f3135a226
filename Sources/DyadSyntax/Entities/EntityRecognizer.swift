/// Named-entity recognizer for the 18 OntoNotes types (`PERSON`, `NORP`, `FAC`, `ORG`, `GPE`, `LOC`, `PRODUCT`,
/// `EVENT`, `WORK_OF_ART`, `LAW`, `LANGUAGE`, `DATE`, `TIME`, `PERCENT`, `MONEY`, `QUANTITY`, `ORDINAL`,
/// `CARDINAL`): an averaged perceptron labels the tokens left to right (BILUO or BIO), each decision seeing the
/// previous two, and only labels that continue a well-formed sequence are considered, so every span is valid.
public struct EntityRecognizer: Sendable {
    /// The labels and the rules joining them into spans.
    let labels: EntityLabels
    /// The words known by name; others are seen through their shape.
    let vocabulary: WordSet
    /// Forms that (almost) never begin an entity: after `O` they are `O` without scoring, which skips most
    /// function words and punctuation.
    let plain: WordSet
    /// One weight per label for each feature.
    let weights: FeatureTable

    init(labels: EntityLabels, vocabulary: WordSet, plain: WordSet, weights: FeatureTable) {
        precondition(weights.width == labels.count, "the table does not fit the labels")
        precondition(labels.names.first == "O", "the first label must be O")
        self.labels = labels
        self.vocabulary = vocabulary
        self.plain = plain
        self.weights = weights
    }

    /// The entity types the model knows.
    public var types: [String] { labels.types }

    /// The labels the model chooses among (`O`, `B-GPE`, `I-GPE`, ...).
    public var labelNames: [String] { labels.names }

    /// The entities of one sentence, in order, not overlapping; `tags` are its part-of-speech tags (XPOS), one per
    /// word.
    public func entities(forms: [String], tags: [String]) -> [EntitySpan] {
        labels.spans(of: labelIndices(forms: forms, tags: tags))
    }

    /// One BIO tag per word (`B-GPE`, `I-GPE`, `O`), for CoNLL-U output and evaluation.
    public func bioTags(forms: [String], tags: [String]) -> [String] {
        EntityLabels.bio(entities(forms: forms, tags: tags), count: forms.count)
    }

    /// The label of each word, in the model's scheme.
    func labelIndices(forms: [String], tags: [String]) -> [Int] {
        guard !forms.isEmpty else { return [] }
        precondition(forms.count == tags.count, "one tag per word")
        let features = EntityFeatures(forms: forms, tags: tags, vocabulary: vocabulary, plain: plain)
        var result = [Int](repeating: 0, count: forms.count)
        let labelCount = labels.count
        var buffers = ScoringBuffers(features: EntityFeatures.count, width: max(weights.width, labelCount))
        labels.transitions.withUnsafeBufferPointer { transitions in
            var previous = -1, beforePrevious = -1, length = 0
            for i in forms.indices {
                if features.isPlain(i) && labels.isOutside(previous) {
                    // result[i] is already O.
                    length = 0
                    beforePrevious = previous
                    previous = 0
                    continue
                }
                let best = buffers.decide(with: weights) { hashes in
                    features.write(i, previous: previous, beforePrevious: beforePrevious, length: length, to: hashes)
                } choose: { scores in
                    let allowed = transitions.baseAddress!
                        + labels.transitionOffset(after: previous, isLast: i == forms.count - 1)
                    return Self.best(scores, allowed: allowed, count: labelCount)
                }
                result[i] = best
                length = labels.continues(best) ? length + 1 : 0
                beforePrevious = previous
                previous = best
            }
        }
        return result
    }

    /// The best-scoring of `count` labels whose flag in `allowed` is set (the best of all if none is).
    @inline(__always)
    static func best(_ scores: UnsafePointer<Float>, allowed: UnsafePointer<Bool>, count: Int) -> Int {
        var best = -1
        var bestScore = -Float.infinity
        for k in 0..<count where allowed[k] && scores[k] > bestScore {
            best = k
            bestScore = scores[k]
        }
        if best >= 0 { return best }
        best = 0
        for k in 1..<max(1, count) where scores[k] > scores[best] { best = k }
        return best
    }
}

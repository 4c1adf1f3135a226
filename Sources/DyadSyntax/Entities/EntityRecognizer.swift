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
    ///
    /// The features that do not read earlier decisions are looked up for the whole sentence at once (their misses
    /// overlap), for the words that are scored whatever comes before them (those not in `plain`); a decision then
    /// looks up only the features that read the decisions before it, while the rows of the others are on their way,
    /// and adds all of them in template order (the sums of looking all of them up at once, to the last bit).
    func labelIndices(forms: [String], tags: [String]) -> [Int] {
        guard !forms.isEmpty else { return [] }
        precondition(forms.count == tags.count, "one tag per word")
        let prepared = prepare(forms: forms, tags: tags)
        let features = prepared.features, start = prepared.start
        var staticFound = prepared.staticFound
        var result = [Int](repeating: 0, count: forms.count)
        let labelCount = labels.count
        let staticCount = EntityFeatures.staticTemplates.count, dynamicCount = EntityFeatures.dynamicTemplates.count
        var found = [UInt64](repeating: 0, count: EntityFeatures.count + staticCount + dynamicCount)
        var scores = [Float](repeating: 0, count: FeatureTable.scoreCapacity(max(weights.width, labelCount)))
        labels.transitions.withUnsafeBufferPointer { transitions in
            staticFound.withUnsafeMutableBufferPointer { staticFound in
                found.withUnsafeMutableBufferPointer { found in
                    scores.withUnsafeMutableBufferPointer { scores in
                        // `found` holds a decision's slots in template order (0–16, 17–22, 23–24), then the static
                        // slots of a word not looked up ahead, then the dynamic hashes.
                        let decision = found.baseAddress!, spare = decision + EntityFeatures.count
                        let dynamic = UnsafeMutableBufferPointer(start: spare + staticCount, count: dynamicCount)
                        var previous = -1, beforePrevious = -1, length = 0
                        for i in forms.indices {
                            if features.isPlain(i) && labels.isOutside(previous) {
                                // result[i] is already O.
                                length = 0
                                beforePrevious = previous
                                previous = 0
                                continue
                            }
                            let fixed: UnsafeMutablePointer<UInt64>
                            if start[i] >= 0 {
                                fixed = staticFound.baseAddress! + start[i]
                                weights.prefetchRows(UnsafeBufferPointer(start: fixed, count: staticCount))
                            } else {
                                fixed = spare
                                features.writeStatic(i, to: decision)
                                weights.find(UnsafeBufferPointer(start: decision, count: staticCount), into: fixed)
                            }
                            EntityFeatures.placeStatic(fixed, into: decision)
                            features.writeDynamic(i, previous: previous, beforePrevious: beforePrevious, length: length,
                                                  to: dynamic.baseAddress!)
                            weights.find(UnsafeBufferPointer(dynamic), into: decision + 17)
                            for k in scores.indices { scores[k] = 0 }
                            weights.add(found: decision, count: EntityFeatures.count, into: scores.baseAddress!)
                            let allowed = transitions.baseAddress!
                                + labels.transitionOffset(after: previous, isLast: i == forms.count - 1)
                            let best = Self.best(scores.baseAddress!, allowed: allowed, count: labelCount)
                            result[i] = best
                            length = labels.continues(best) ? length + 1 : 0
                            beforePrevious = previous
                            previous = best
                        }
                    }
                }
            }
        }
        return result
    }

    /// What the decisions of a sentence (not empty) start from: its features; per word, where its static features'
    /// slots start in `staticFound` (-1: not looked up ahead, a word in `plain`); and those slots, looked up for the
    /// whole sentence at once (their rows not requested yet).
    func prepare(forms: [String], tags: [String]) -> (features: EntityFeatures, start: [Int], staticFound: [UInt64]) {
        let features = EntityFeatures(forms: forms, tags: tags, vocabulary: vocabulary, plain: plain)
        let staticCount = EntityFeatures.staticTemplates.count
        var start = [Int](repeating: -1, count: forms.count)
        var ahead = 0
        for i in forms.indices where !features.isPlain(i) {
            start[i] = ahead * staticCount
            ahead += 1
        }
        var staticHashes = [UInt64](repeating: 0, count: max(1, ahead) * staticCount)
        var staticFound = staticHashes
        staticHashes.withUnsafeMutableBufferPointer { hashes in
            for i in forms.indices where start[i] >= 0 { features.writeStatic(i, to: hashes.baseAddress! + start[i]) }
            staticFound.withUnsafeMutableBufferPointer { staticFound in
                weights.find(UnsafeBufferPointer(rebasing: hashes[0..<(ahead * staticCount)]), into: staticFound.baseAddress!)
            }
        }
        return (features, start, staticFound)
    }

    /// The best-scoring of `count` labels whose flag in `allowed` is set (the best of all if none is).
    @inline(__always)
    static func best(_ scores: UnsafePointer<Float>, allowed: UnsafePointer<Bool>, count: Int) -> Int {
        var best = -1
        var bestScore = -Float.infinity
        // Selects, not branches (as in `TransitionParser.argmax`).
        for k in 0..<count {
            let better = allowed[k] && scores[k] > bestScore
            best = better ? k : best
            bestScore = better ? scores[k] : bestScore
        }
        if best >= 0 { return best }
        return TransitionParser.argmax(scores, count: count)
    }
}

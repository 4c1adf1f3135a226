/// Labelling several sentences in step, as the parser parses them (`TransitionParser.parse(sentences:)`): a
/// decision's features that read the labels before it are requested, then looked up (their rows requested), then
/// added, and the other lanes take a step in between. Every word has the same features summed in the same order as
/// `labelIndices(forms:tags:)` gives it (a test compares the two).
extension EntityRecognizer {
    /// Sentences labelled at once.
    static let lanes = 8

    /// One BIO tag per word of every sentence (words and their XPOS tags), as `bioTags(forms:tags:)` gives them.
    public func bioTags(sentences: [(forms: [String], tags: [String])]) -> [[String]] {
        zip(sentences, labelIndices(sentences: sentences)).map { sentence, indices in
            EntityLabels.bio(labels.spans(of: indices), count: sentence.forms.count)
        }
    }

    /// The label of each word of every sentence, as `labelIndices(forms:tags:)` gives them.
    func labelIndices(sentences: [(forms: [String], tags: [String])]) -> [[Int]] {
        var results = [[Int]](repeating: [], count: sentences.count)
        let width = FeatureTable.scoreCapacity(max(weights.width, labels.count))
        let perLane = EntityFeatures.count + EntityFeatures.staticTemplates.count + EntityFeatures.dynamicTemplates.count
        let buffers = LaneBuffers(lanes: Self.lanes, wordsPerLane: perLane, floatsPerLane: width)
        defer { buffers.deallocate() }
        Lockstep.run(sentences, lanes: Self.lanes, skip: { $0.forms.isEmpty }, start: { index, slot in
            let sentence = sentences[index]
            precondition(sentence.forms.count == sentence.tags.count, "one tag per word")
            return Lane(sentence: index, slot: slot, prepared: prepare(forms: sentence.forms, tags: sentence.tags),
                        count: sentence.forms.count, words: buffers.words(slot), scores: buffers.floats(slot), recognizer: self)
        }, slot: \.slot, step: { lane in
            lane.step(self)
            return lane.phase == .done
        }, finish: { lane in results[lane.sentence] = lane.result })
        return results
    }

    /// One sentence being labelled: the loop of `labelIndices(forms:tags:)` cut where it waits for memory.
    struct Lane {
        enum Phase: Equatable {
            /// Looks up the dynamic features of word `word`, whose buckets were requested; requests their rows.
            case find
            /// Adds the word's features and labels it.
            case add
            /// Every word is labelled.
            case done
        }

        let sentence: Int
        /// The lane whose buffers it uses.
        let slot: Int
        let features: EntityFeatures
        let start: [Int]
        let staticFound: [UInt64]
        private(set) var result: [Int]
        private(set) var phase = Phase.find
        private var word = 0, previous = -1, beforePrevious = -1, length = 0
        /// A decision's slots in template order (0–16, 17–22, 23–24), then the static slots of a word not looked up
        /// ahead, then the dynamic hashes.
        private let decision, spare, dynamic: UnsafeMutablePointer<UInt64>
        private let scores: UnsafeMutablePointer<Float>

        init(sentence: Int, slot: Int, prepared: (features: EntityFeatures, start: [Int], staticFound: [UInt64]),
             count: Int, words: UnsafeMutablePointer<UInt64>, scores: UnsafeMutablePointer<Float>,
             recognizer: EntityRecognizer) {
            self.sentence = sentence
            self.slot = slot
            (features, start, staticFound) = prepared
            result = [Int](repeating: 0, count: count)
            decision = words
            spare = words + EntityFeatures.count
            dynamic = spare + EntityFeatures.staticTemplates.count
            self.scores = scores
            advance(recognizer)
        }

        /// Labels `O` the plain words after an `O` up to the next word that is scored, gathers its static slots,
        /// writes its dynamic features and requests their buckets; or ends.
        private mutating func advance(_ recognizer: EntityRecognizer) {
            let labels = recognizer.labels, weights = recognizer.weights
            while word < result.count && features.isPlain(word) && labels.isOutside(previous) {
                // result[word] is already O.
                length = 0
                beforePrevious = previous
                previous = 0
                word += 1
            }
            guard word < result.count else {
                phase = .done
                return
            }
            let staticCount = EntityFeatures.staticTemplates.count
            // The word's static slots, copied from the sentence-wide lookup or looked up now.
            let fixed = spare
            if start[word] >= 0 {
                staticFound.withUnsafeBufferPointer { found in
                    for k in 0..<staticCount { fixed[k] = found[start[word] + k] }
                }
                weights.prefetchRows(UnsafeBufferPointer(start: fixed, count: staticCount))
            } else {
                features.writeStatic(word, to: decision)
                weights.find(UnsafeBufferPointer(start: decision, count: staticCount), into: fixed)
            }
            EntityFeatures.placeStatic(fixed, into: decision)
            let dynamicCount = EntityFeatures.dynamicTemplates.count
            features.writeDynamic(word, previous: previous, beforePrevious: beforePrevious, length: length, to: dynamic)
            weights.prefetch(UnsafeBufferPointer(start: dynamic, count: dynamicCount))
            phase = .find
        }

        /// One step of the labelling.
        mutating func step(_ recognizer: EntityRecognizer) {
            switch phase {
            case .find:
                recognizer.weights.find(UnsafeBufferPointer(start: dynamic, count: EntityFeatures.dynamicTemplates.count),
                                        into: decision + 17)
                phase = .add
            case .add:
                let labels = recognizer.labels
                let capacity = FeatureTable.scoreCapacity(max(recognizer.weights.width, labels.count))
                for k in 0..<capacity { scores[k] = 0 }
                recognizer.weights.add(found: decision, count: EntityFeatures.count, into: scores)
                let best = labels.transitions.withUnsafeBufferPointer { transitions in
                    EntityRecognizer.best(scores, allowed: transitions.baseAddress!
                        + labels.transitionOffset(after: previous, isLast: word == result.count - 1), count: labels.count)
                }
                result[word] = best
                length = labels.continues(best) ? length + 1 : 0
                beforePrevious = previous
                previous = best
                word += 1
                advance(recognizer)
            case .done:
                return
            }
        }
    }
}

/// Tagging several sentences in step, as the parser parses them (`TransitionParser.parse(sentences:)`): a word's
/// features that read the tags before it cannot be looked up before those tags are chosen, so each lane requests its
/// next word's buckets, then its rows, and the other lanes take a step while they arrive. Every word has the same
/// features summed in the same order as `tag(_:properNouns:)` gives it (a test compares the two).
extension PerceptronTagger {
    /// Sentences tagged at once.
    static let lanes = 8

    /// The label index of each word of every sentence, as `tag(_:properNouns:)` gives them for each.
    public func tag(sentences: [(forms: [String], properNouns: [Int])]) -> [[Int]] {
        var results = [[Int]](repeating: [], count: sentences.count)
        guard !labels.isEmpty else { return results }
        let width = FeatureTable.scoreCapacity(labels.count), dynamic = TaggerFeatures.dynamicTemplates.count
        let buffers = LaneBuffers(lanes: Self.lanes, wordsPerLane: 2 * dynamic, floatsPerLane: width)
        defer { buffers.deallocate() }
        Lockstep.run(sentences, lanes: Self.lanes, skip: { $0.forms.isEmpty }, start: { index, slot in
            let sentence = sentences[index]
            return Lane(sentence: index, slot: slot, prepared: prepare(sentence.forms, properNouns: sentence.properNouns),
                        count: sentence.forms.count, hashes: buffers.words(slot), found: buffers.words(slot) + dynamic,
                        scores: buffers.floats(slot), tagger: self)
        }, slot: \.slot, step: { lane in
            lane.step(self)
            return lane.phase == .done
        }, finish: { lane in results[lane.sentence] = lane.result })
        return results
    }

    /// One sentence being tagged: the loop of `tag(_:properNouns:)` cut where it waits for memory.
    struct Lane {
        enum Phase: Equatable {
            /// Looks up the dynamic features of word `word`, whose buckets were requested; requests their rows.
            case find
            /// Adds them to the word's static scores and tags it.
            case add
            /// Every word is tagged.
            case done
        }

        let sentence: Int
        /// The lane whose buffers it uses.
        let slot: Int
        let features: TaggerFeatures
        let known: [Int?]
        let staticScores: [Float]
        private(set) var result: [Int]
        private(set) var phase = Phase.find
        /// The word being tagged, and its place among the scored words.
        private var word = 0, scored = 0
        private let hashes, found: UnsafeMutablePointer<UInt64>
        private let scores: UnsafeMutablePointer<Float>

        init(sentence: Int, slot: Int, prepared: (features: TaggerFeatures, known: [Int?], staticScores: [Float]),
             count: Int, hashes: UnsafeMutablePointer<UInt64>, found: UnsafeMutablePointer<UInt64>,
             scores: UnsafeMutablePointer<Float>, tagger: PerceptronTagger) {
            self.sentence = sentence
            self.slot = slot
            (features, known, staticScores) = prepared
            result = [Int](repeating: 0, count: count)
            self.hashes = hashes
            self.found = found
            self.scores = scores
            advance(tagger)
        }

        /// Tags the words that need no scoring up to the next that does, writes its dynamic features and requests
        /// their buckets; or ends.
        private mutating func advance(_ tagger: PerceptronTagger) {
            while word < result.count, let label = known[word] {
                result[word] = label
                word += 1
            }
            guard word < result.count else {
                phase = .done
                return
            }
            features.writeDynamic(word, previous: word >= 1 ? result[word - 1] : -2,
                                  beforePrevious: word >= 2 ? result[word - 2] : -2, to: hashes)
            tagger.table.prefetch(UnsafeBufferPointer(start: hashes, count: TaggerFeatures.dynamicTemplates.count))
            phase = .find
        }

        /// One step of the tagging.
        mutating func step(_ tagger: PerceptronTagger) {
            let dynamic = TaggerFeatures.dynamicTemplates.count
            switch phase {
            case .find:
                tagger.table.find(UnsafeBufferPointer(start: hashes, count: dynamic), into: found)
                phase = .add
            case .add:
                let width = FeatureTable.scoreCapacity(tagger.labels.count)
                staticScores.withUnsafeBufferPointer { initial in
                    for k in 0..<width { scores[k] = initial[scored * width + k] }
                }
                tagger.table.add(found: found, count: dynamic, into: scores)
                result[word] = TransitionParser.argmax(scores, count: tagger.labels.count)
                scored += 1
                word += 1
                advance(tagger)
            case .done:
                return
            }
        }
    }
}

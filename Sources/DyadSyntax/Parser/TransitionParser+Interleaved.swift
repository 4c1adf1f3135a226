/// Parsing several sentences in step, so that one sentence's table lookups wait for memory while the others compute.
///
/// The parser's time goes mostly to waiting for its tables' buckets and rows, tens of megabytes read at random: one
/// sentence's next lookups depend on its last decision, so its cache misses cannot start early. Sentences are
/// independent, though. Each of a few lanes parses one sentence, a step at a time: a step requests from memory what
/// the lane's next step will read, and the other lanes' steps run before that step does. Every sentence sees the same
/// features, summed in the same order, as `parse(forms:tags:)` gives it: the same parse, to the last bit of every
/// score (a test compares the two).
extension TransitionParser {
    /// Sentences parsed at once: enough for one lane's misses to arrive while the others take a step.
    static let lanes = 8

    /// Parses every sentence (words and their tags, one tag per word), as `parse(forms:tags:)` parses each.
    public func parse(sentences: [(forms: [String], tags: [String])]) -> [(heads: [Int], labels: [String])] {
        var results = [(heads: [Int], labels: [String])](repeating: ([], []), count: sentences.count)
        let memory = LaneMemory(lanes: Self.lanes, labels: labels.count)
        defer { memory.deallocate() }
        Lockstep.run(sentences, lanes: Self.lanes, skip: { $0.forms.isEmpty }, start: { index, slot in
            let sentence = sentences[index]
            precondition(sentence.forms.count == sentence.tags.count, "one tag per word")
            return Lane(sentence: index, forms: sentence.forms, tags: sentence.tags, parser: self, memory: memory.lane(slot))
        }, slot: \.slot, step: { lane in
            lane.step(self)
            return lane.phase == .done
        }, finish: { lane in results[lane.sentence] = result(of: lane.state) })
        return results
    }

    /// The buffers of all lanes, in one block: per lane, its features, the label features, the move features of
    /// the state, the lookups' scratch, the label features' slots, and its scores.
    struct LaneMemory {
        let buffers: LaneBuffers
        static let wordsPerLane = 5 * ParserFeatures.count

        init(lanes: Int, labels: Int) {
            buffers = LaneBuffers(lanes: lanes, wordsPerLane: Self.wordsPerLane,
                                  floatsPerLane: FeatureTable.scoreCapacity(max(8, labels)))
        }

        func deallocate() { buffers.deallocate() }

        /// Lane `index`'s buffers: hashes, label hashes, state hashes, scratch, found slots; scores.
        func lane(_ index: Int) -> (slot: Int, words: UnsafeMutablePointer<UInt64>, scores: UnsafeMutablePointer<Float>) {
            (index, buffers.words(index), buffers.floats(index))
        }
    }

    /// One sentence being parsed: the loop of `parse(forms:tags:)` cut where it waits for memory.
    struct Lane {
        /// What the next step does.
        enum Phase: Equatable {
            /// Scores the moves of the state, whose move features were requested.
            case scoreMove
            /// Looks up the features of the label of the arc just built, which were requested; requests their rows.
            case findLabel
            /// Adds the rows of the label's features and labels the arc.
            case addLabel
            /// The state is final.
            case done
        }

        let sentence: Int
        /// The lane whose buffers it uses.
        let slot: Int
        let features: ParserFeatures
        var state: ParserState
        let bufferScores: [SIMD4<Float>], stackScores: [SIMD4<Float>]
        private(set) var phase = Phase.scoreMove
        /// The dependent of the arc being labelled.
        private var dependent = 0
        private let hashes, arcHashes, scratch, found: UnsafeMutablePointer<UInt64>
        private let stateHashes: UnsafeMutableBufferPointer<UInt64>
        private let scores: UnsafeMutablePointer<Float>

        init(sentence: Int, forms: [String], tags: [String], parser: TransitionParser,
             memory: (slot: Int, words: UnsafeMutablePointer<UInt64>, scores: UnsafeMutablePointer<Float>)) {
            self.sentence = sentence
            slot = memory.slot
            features = ParserFeatures(forms: forms, tags: tags)
            state = ParserState(count: forms.count)
            (bufferScores, stackScores) = parser.positionalScores(features, count: forms.count)
            let count = ParserFeatures.count
            hashes = memory.words
            arcHashes = memory.words + count
            stateHashes = UnsafeMutableBufferPointer(start: memory.words + 2 * count,
                                                     count: ParserFeatures.stateTemplates.count)
            scratch = memory.words + 3 * count
            found = memory.words + 4 * count
            scores = memory.scores
            prepareMove(parser)
        }

        /// Takes the state to its next decision (shifting while the stack is empty), writes its features and
        /// requests the buckets of its move features; or ends the parse.
        private mutating func prepareMove(_ parser: TransitionParser) {
            while !state.isFinal && state.stack.isEmpty { state.apply(.shift, label: -1) }
            guard !state.isFinal else {
                phase = .done
                return
            }
            features.write(state, to: hashes)
            for (k, template) in ParserFeatures.stateTemplates.enumerated() { stateHashes[k] = hashes[template] }
            parser.moves.prefetch(UnsafeBufferPointer(stateHashes))
            phase = .scoreMove
        }

        /// One step of the parse.
        mutating func step(_ parser: TransitionParser) {
            switch phase {
            case .scoreMove:
                guard let top = state.stack.last else { return prepareMove(parser) }
                let positional = bufferScores[state.next] + stackScores[top]
                for k in 0..<4 { scores[k] = positional[k] }
                for k in 4..<8 { scores[k] = 0 }
                parser.moves.accumulate(UnsafeBufferPointer(stateHashes), into: scores, scratch: scratch)
                let move = TransitionParser.bestMove(scores, state: state)
                guard move == .left || move == .right else {
                    state.apply(move, label: -1)
                    return prepareMove(parser)
                }
                let all = UnsafeBufferPointer(start: hashes, count: ParserFeatures.count)
                ParserFeatures.labelFeatures(all, right: move == .right, to: arcHashes)
                parser.arcLabels.prefetch(UnsafeBufferPointer(start: arcHashes, count: ParserFeatures.count))
                dependent = move == .left ? top : state.next
                state.apply(move, label: -1)
                phase = .findLabel
            case .findLabel:
                parser.arcLabels.find(UnsafeBufferPointer(start: arcHashes, count: ParserFeatures.count), into: found)
                phase = .addLabel
            case .addLabel:
                let labelCount = parser.labels.count
                for k in 0..<FeatureTable.scoreCapacity(labelCount) { scores[k] = 0 }
                parser.arcLabels.add(found: found, count: ParserFeatures.count, into: scores)
                state.label(dependent, TransitionParser.argmax(scores, count: labelCount))
                prepareMove(parser)
            case .done:
                return
            }
        }
    }
}

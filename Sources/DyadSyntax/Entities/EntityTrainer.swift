import DyadCore

/// Trains an `EntityRecognizer` on sentences with BIO entity tags: an averaged perceptron, decoding greedily with
/// its own previous decisions as it will at run time, several passes in a seeded shuffled order, so that the same
/// data and settings give the same model.
public struct EntityTrainer: Sendable {
    /// Passes over the training data.
    public var iterations: Int
    /// Seed of the shuffle.
    public var seed: UInt64
    /// Features whose largest averaged weight is at most this are dropped from the saved model (smaller, faster).
    public var pruneThreshold: Float
    /// Features updated fewer times than this in training are dropped from the saved model.
    public var minimumUpdates: Int
    /// Whether to label with BILUO (begin, inside, last, unit, outside) rather than BIO: more labels, usually
    /// better boundaries.
    public var biluo: Bool
    /// Words seen fewer times than this are known to the model only by their shape.
    public var minimumWordCount: Int
    /// A form seen at least this often after `O`, beginning an entity there at most `plainRate` of the time, is
    /// labelled `O` after `O` without scoring (a fast path for function words and punctuation).
    public var minimumPlainCount: Int
    /// See `minimumPlainCount`.
    public var plainRate: Double

    /// Creates a trainer with these settings.
    public init(iterations: Int = 8, seed: UInt64 = 1, pruneThreshold: Float = 0, minimumUpdates: Int = 1,
                biluo: Bool = false, minimumWordCount: Int = 3, minimumPlainCount: Int = 10, plainRate: Double = 0.002) {
        self.iterations = iterations
        self.seed = seed
        self.pruneThreshold = pruneThreshold
        self.minimumUpdates = minimumUpdates
        self.biluo = biluo
        self.minimumWordCount = minimumWordCount
        self.minimumPlainCount = minimumPlainCount
        self.plainRate = plainRate
    }

    /// Trains on the entity tags of `sentences`, with their XPOS tags as features; `tags`, when given, replaces
    /// them (for training on a tagger's predictions, as the recognizer sees at run time). `progress` is called
    /// after each pass with its label accuracy.
    public func train(_ sentences: [AnnotatedSentence], tags: [[String]]? = nil,
                      progress: (Int, Double) -> Void = { _, _ in }) -> EntityRecognizer {
        precondition(tags == nil || tags!.count == sentences.count, "one tag sequence per sentence")
        let spans = sentences.map { EntityLabels.spans(bio: $0.entities) }
        var types: [String] = []
        var seen: Set<String> = []
        for span in spans.joined() where seen.insert(span.type).inserted { types.append(span.type) }
        // The names are well formed by construction.
        let labels = try! EntityLabels(names: EntityLabels.names(types: types, biluo: biluo))
        let vocabulary = vocabulary(of: sentences)
        let gold = zip(spans, sentences).map { labels.labels(of: $0, count: $1.count) }
        let plain = plainForms(of: sentences, gold: gold)
        var perceptron = SparsePerceptron(width: labels.count)
        var order = Array(sentences.indices)
        var generator = SeededGenerator(seed: seed)
        var hashes = [UInt64](repeating: 0, count: EntityFeatures.count)
        var scores = [Float](repeating: 0, count: labels.count)
        for iteration in 1...max(1, iterations) {
            order.shuffle(using: &generator)
            var correct = 0, total = 0
            for s in order {
                let sentence = sentences[s]
                let features = EntityFeatures(forms: sentence.forms, tags: tags?[s] ?? sentence.xpos,
                                              vocabulary: vocabulary, plain: plain)
                var previous = -1, beforePrevious = -1, length = 0
                for i in 0..<sentence.count {
                    if features.isPlain(i) && labels.isOutside(previous) {
                        if gold[s][i] == 0 { correct += 1 }
                        total += 1
                        length = 0
                        beforePrevious = previous
                        previous = 0
                        continue
                    }
                    hashes.withUnsafeMutableBufferPointer {
                        features.write(i, previous: previous, beforePrevious: beforePrevious, length: length,
                                       to: $0.baseAddress!)
                    }
                    for k in scores.indices { scores[k] = 0 }
                    perceptron.score(hashes, into: &scores)
                    let isLast = i == sentence.count - 1
                    let offset = labels.transitionOffset(after: previous, isLast: isLast)
                    let guess = scores.withUnsafeBufferPointer { scores in
                        labels.transitions.withUnsafeBufferPointer {
                            EntityRecognizer.best(scores.baseAddress!, allowed: $0.baseAddress! + offset,
                                                  count: labels.count)
                        }
                    }
                    let truth = gold[s][i]
                    // After a wrong decision the true label may be unreachable; there is nothing to learn then.
                    if labels.allows(truth, after: previous, isLast: isLast) {
                        perceptron.update(hashes, truth: truth, guess: guess)
                    }
                    perceptron.tick()
                    if guess == truth { correct += 1 }
                    total += 1
                    length = labels.continues(guess) ? length + 1 : 0
                    beforePrevious = previous
                    previous = guess
                }
            }
            progress(iteration, Double(correct) / Double(max(total, 1)))
        }
        return EntityRecognizer(labels: labels, vocabulary: vocabulary, plain: plain,
                                weights: perceptron.table(threshold: pruneThreshold, minimumUpdates: minimumUpdates, bits: 8))
    }

    /// The words seen at least `minimumWordCount` times.
    private func vocabulary(of sentences: [AnnotatedSentence]) -> WordSet {
        var counts: [UInt64: Int] = [:]
        for sentence in sentences {
            for form in sentence.forms { counts[TokenHashes(form).word, default: 0] += 1 }
        }
        return WordSet(words: counts.lazy.filter { $0.value >= minimumWordCount }.map(\.key))
    }

    /// Forms seen at least `minimumPlainCount` times after `O` (or first), beginning an entity there at most
    /// `plainRate` of the time.
    private func plainForms(of sentences: [AnnotatedSentence], gold: [[Int]]) -> WordSet {
        var afterOutside: [UInt64: (seen: Int, begins: Int)] = [:]
        for (sentence, labelled) in zip(sentences, gold) {
            for (i, form) in sentence.forms.enumerated() where i == 0 || labelled[i - 1] == 0 {
                let hash = TokenHashes(form).form
                afterOutside[hash, default: (0, 0)].seen += 1
                if labelled[i] != 0 { afterOutside[hash, default: (0, 0)].begins += 1 }
            }
        }
        return WordSet(words: afterOutside.lazy
            .filter { $0.value.seen >= minimumPlainCount && Double($0.value.begins) <= plainRate * Double($0.value.seen) }
            .map(\.key))
    }
}

import DyadCore

/// Part-of-speech tagger: an averaged perceptron over hashed features, predicting Penn Treebank tags (XPOS) together
/// with Universal POS tags (UPOS), left to right, each decision seeing the two previous ones.
public struct PerceptronTagger: Sendable {
    /// The tags the model predicts, each an XPOS with the UPOS it goes with ("VBD VERB", "VBD AUX").
    public let labels: [(xpos: String, upos: String)]
    /// Weights, one class per label.
    let table: FeatureTable
    /// Words that are frequent and (nearly) always carry one label in the training data ("the", "said", ","), with
    /// that label: they are tagged without scoring.
    public let dictionary: [String: Int]
    /// The dictionary's words, hashed (one group, "w"), and their labels in the index's order.
    private let dictionaryIndex: TextIndex, dictionaryLabels: [Int], dictionaryGroup: Int?

    init(labels: [(xpos: String, upos: String)], table: FeatureTable, dictionary: [String: Int] = [:]) {
        precondition(table.width == labels.count, "the table does not fit the labels")
        precondition(dictionary.values.allSatisfy { labels.indices.contains($0) }, "a dictionary label out of range")
        self.labels = labels
        self.table = table
        self.dictionary = dictionary
        let entries = Array(dictionary)
        dictionaryIndex = TextIndex(keys: entries.map { "w " + $0.key })
        dictionaryLabels = entries.map(\.value)
        dictionaryGroup = dictionaryIndex.number(of: "w")
    }

    /// The dictionary's label for each word, if it has one: every word's slot is requested from memory before any
    /// is read, so that their cache misses overlap.
    func dictionaryLabels(of forms: [String]) -> [Int?] {
        guard let group = dictionaryGroup else { return forms.map { _ in nil } }
        let keys = forms.map { form in
            var form = form
            return form.withUTF8 { dictionaryIndex.key(group: group, $0[...]) }
        }
        for key in keys { dictionaryIndex.prefetch(key: key) }
        return zip(forms, keys).map { form, key in
            var form = form
            return form.withUTF8 { bytes in
                dictionaryIndex.find(group: group, bytes[...], key: key).map { dictionaryLabels[$0] }
            }
        }
    }

    /// The same tagger with a tag dictionary learned from `sentences`: words seen at least `minimumCount` times whose
    /// most frequent label covers at least `purity` of their occurrences (labels the model does not know are ignored).
    public func withDictionary(from sentences: [AnnotatedSentence], minimumCount: Int = 20, purity: Double = 0.997)
        -> PerceptronTagger {
        var index: [String: Int] = [:]
        for (k, label) in labels.enumerated() { index[label.xpos + " " + label.upos] = k }
        var counts: [String: [Int: Int]] = [:]
        for sentence in sentences {
            for k in 0..<sentence.count {
                guard let label = index[sentence.xpos[k] + " " + sentence.upos[k]] else { continue }
                counts[sentence.forms[k], default: [:]][label, default: 0] += 1
            }
        }
        var dictionary: [String: Int] = [:]
        for (form, labelCounts) in counts {
            let total = labelCounts.values.reduce(0, +)
            guard total >= minimumCount, let best = labelCounts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                  Double(best.value) >= purity * Double(total) else { continue }
            dictionary[form] = best.key
        }
        return PerceptronTagger(labels: labels, table: table, dictionary: dictionary)
    }

    /// The label index of each word of a sentence; the words at `properNouns` are tagged `NNP`/`PROPN` without
    /// scoring (when the model knows that label), and the words after them read that tag.
    public func tag(_ forms: [String], properNouns: [Int] = []) -> [Int] {
        guard !labels.isEmpty, !forms.isEmpty else { return [] }
        let prepared = prepare(forms, properNouns: properNouns)
        let features = prepared.features, known = prepared.known
        var result = [Int](repeating: 0, count: forms.count)
        let labelCount = labels.count, stride = FeatureTable.scoreCapacity(labelCount)
        var buffers = ScoringBuffers(features: TaggerFeatures.dynamicTemplates.count, width: labelCount)
        var slot = 0
        prepared.staticScores.withUnsafeBufferPointer { staticScores in
            for i in forms.indices {
                if let label = known[i] {
                    result[i] = label
                    continue
                }
                result[i] = buffers.decide(with: table, initial: staticScores.baseAddress! + slot * stride) { hashes in
                    features.writeDynamic(i, previous: i >= 1 ? result[i - 1] : -2, beforePrevious: i >= 2 ? result[i - 2] : -2,
                                          to: hashes)
                } choose: { scores in
                    TransitionParser.argmax(scores, count: labelCount)
                }
                slot += 1
            }
        }
        return result
    }

    /// What the decisions of a sentence (not empty) start from: its features, the labels of the words tagged
    /// without scoring (the dictionary's, and `NNP` at `properNouns`), and for each other word, in order, the scores
    /// of its features that do not read earlier tags (`scoreCapacity(labels.count)` each), looked up for the whole
    /// sentence at once so that their misses overlap.
    func prepare(_ forms: [String], properNouns: [Int]) -> (features: TaggerFeatures, known: [Int?], staticScores: [Float]) {
        let features = TaggerFeatures(forms: forms)
        var known = dictionaryLabels(of: forms)
        var scored = forms.indices.filter { known[$0] == nil }
        if !properNouns.isEmpty, let proper = labels.firstIndex(where: { $0.xpos == "NNP" && $0.upos == "PROPN" }) {
            for i in properNouns where forms.indices.contains(i) && known[i] == nil { known[i] = proper }
            scored.removeAll { known[$0] != nil }
        }
        let stride = FeatureTable.scoreCapacity(labels.count)
        let staticCount = TaggerFeatures.staticTemplates.count
        var staticScores = [Float](repeating: 0, count: scored.count * stride)
        var staticHashes = [UInt64](repeating: 0, count: scored.count * staticCount)
        var scratch = staticHashes
        staticHashes.withUnsafeMutableBufferPointer { hashes in
            for (slot, i) in scored.enumerated() { features.writeStatic(i, to: hashes.baseAddress! + slot * staticCount) }
            scratch.withUnsafeMutableBufferPointer { scratch in
                staticScores.withUnsafeMutableBufferPointer { scores in
                    table.accumulateGroups(UnsafeBufferPointer(hashes), groupSize: staticCount, into: scores.baseAddress!,
                                           scratch: scratch.baseAddress!)
                }
            }
        }
        return (features, known, staticScores)
    }

    /// Tags a sentence, returning XPOS and UPOS per word (nothing when the model has no labels); `properNouns` as
    /// in `tag(_:properNouns:)`.
    public func tags(_ forms: [String], properNouns: [Int] = []) -> [(xpos: String, upos: String)] {
        tag(forms, properNouns: properNouns).map { labels[$0] }
    }
}

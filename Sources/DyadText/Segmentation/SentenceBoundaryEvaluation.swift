import DyadCore

/// Scores the sentence splitter against gold sentences: boundaries are the start offsets of every sentence but the
/// first of its document, and but a lead after its wire dateline.
public struct SentenceBoundaryEvaluation: Sendable {
    /// Counts for precision, recall and F1, with the offsets that were wrong.
    public struct Score: Sendable {
        /// Number of gold boundaries.
        public var gold = 0
        /// Number of boundaries the splitter put.
        public var found = 0
        /// Number of the splitter's boundaries that are gold boundaries too.
        public var correct = 0
        /// Gold boundaries the splitter missed (scalar offsets).
        public var falseNegatives: [Int] = []
        /// Boundaries the splitter put where the gold has none.
        public var falsePositives: [Int] = []

        /// An empty score: every count zero, no offsets.
        public init() {}

        /// Share of the splitter's boundaries that are correct; 1 when it put none.
        public var precision: Double { found == 0 ? 1 : Double(correct) / Double(found) }
        /// Share of the gold boundaries the splitter found; 1 when there are none.
        public var recall: Double { gold == 0 ? 1 : Double(correct) / Double(gold) }
        /// Harmonic mean of precision and recall; 0 when both are 0.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        /// Adds another document's counts (offsets are not kept).
        public mutating func add(_ other: Score) {
            gold += other.gold
            found += other.found
            correct += other.correct
        }
    }

    private let pipeline: Pipeline

    /// Creates an evaluation that runs `pipeline` (tokenizer, then sentence splitter, by default).
    public init(pipeline: Pipeline = .segmentation()) { self.pipeline = pipeline }

    /// Gold boundary offsets: each gold sentence is found in `text` after the previous one.
    public static func goldBoundaries(text: String, sentences: [String]) -> [Int]? {
        let scalars = Array(text.unicodeScalars)
        var boundaries: [Int] = []
        var position = 0
        for (index, sentence) in sentences.enumerated() {
            let needle = Array(sentence.unicodeScalars)
            guard let start = find(needle, in: scalars, from: position) else { return nil }
            if index > 0 { boundaries.append(start) }
            position = start + needle.count
        }
        return boundaries
    }

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        var start = from
        while start + needle.count <= haystack.count {
            if haystack[start] == needle[0] && Array(haystack[start..<start + needle.count]) == needle { return start }
            start += 1
        }
        return nil
    }

    /// Scores one document.
    public func score(text: String, gold sentences: [String]) -> Score {
        var score = Score()
        let gold = Set(Self.goldBoundaries(text: text, sentences: sentences) ?? [])
        let analysed = pipeline.run(Document(id: "gold", text: text)).document
        // A dateline split off its lead ("DAMASCUS, April 1 (Reuters) -") is no sentence boundary of the text: the
        // splitter parts them only so that the parser does not read the place as the lead's subject.
        let reasons = SentenceSplitter().split(text, tokens: Tokenizer().tokenize(text)).reasons
        let starts = analysed.sentences.map(\.span.start)
        let kept = reasons.count == starts.count ? zip(starts, reasons).filter { $0.1 != .dateline }.map(\.0) : starts
        let found = Set(kept.filter { $0 != starts.first })
        score.gold = gold.count
        score.found = found.count
        score.correct = gold.intersection(found).count
        score.falseNegatives = gold.subtracting(found).sorted()
        score.falsePositives = found.subtracting(gold).sorted()
        return score
    }
}

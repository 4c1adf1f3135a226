/// A named entity found in a sentence: a run of tokens and its OntoNotes type (`PERSON`, `GPE`, `DATE`, ...).
public struct EntitySpan: Sendable, Hashable {
    /// Index of the first token.
    public let start: Int
    /// Index just past the last token (exclusive), so `end - start` is the number of tokens.
    public let end: Int
    /// The entity type, as in the training data (`GPE`, `ORG`, ...).
    public let type: String

    /// Creates a span of tokens `start..<end`.
    public init(start: Int, end: Int, type: String) {
        self.start = start
        self.end = end
        self.type = type
    }
}

extension EntitySpan {
    /// The spans of a BIO tag sequence (`B-GPE`, `I-GPE`, `O`, as in CoNLL-U `NER=`), read leniently: an `I-` tag
    /// that does not continue an entity of its type starts one.
    public static func spans(bio tags: [String]) -> [EntitySpan] { EntityLabels.spans(bio: tags) }

    /// The BIO tags of non-overlapping `spans` over `count` tokens.
    public static func bio(_ spans: [EntitySpan], count: Int) -> [String] { EntityLabels.bio(spans, count: count) }
}

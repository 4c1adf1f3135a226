/// One sentence with gold (or silver) annotations, as read from CoNLL-U: the training and evaluation unit of the
/// language layer.
public struct AnnotatedSentence: Sendable, Hashable {
    /// Word forms, exactly as in the text.
    public var forms: [String]
    /// Lemmas (`_` when unknown).
    public var lemmas: [String]
    /// Universal part-of-speech tags.
    public var upos: [String]
    /// Penn Treebank tags.
    public var xpos: [String]
    /// Heads, 1-based token indices; 0 for the root.
    public var heads: [Int]
    /// Dependency labels.
    public var deprels: [String]
    /// Entity tags in BIO form (`B-GPE`, `I-GPE`, `O`), from the MISC `NER=` field; `O` when absent.
    public var entities: [String]

    /// Creates a sentence; all arrays must have the same length.
    public init(forms: [String], lemmas: [String], upos: [String], xpos: [String], heads: [Int], deprels: [String],
                entities: [String]) {
        precondition([lemmas.count, upos.count, xpos.count, heads.count, deprels.count, entities.count]
            .allSatisfy { $0 == forms.count }, "annotation arrays of different lengths")
        self.forms = forms
        self.lemmas = lemmas
        self.upos = upos
        self.xpos = xpos
        self.heads = heads
        self.deprels = deprels
        self.entities = entities
    }

    /// Number of tokens.
    public var count: Int { forms.count }
}

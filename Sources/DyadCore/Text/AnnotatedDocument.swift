/// A document together with what the pipeline stages have found in it.
///
/// The document owns the text; tokens and sentences are index views into it (like spaCy's `Doc`). Later stages add
/// their annotations as parallel arrays indexed by token.
public struct AnnotatedDocument: Sendable {
    /// The document that owns the text.
    public var document: Document
    /// Tokens in text order; never whitespace.
    public var tokens: [Token]
    /// Sentences in text order, each a contiguous run of `tokens`.
    public var sentences: [Sentence]
    /// Penn Treebank part-of-speech tag of each token (empty until a tagger has run).
    public var xpos: [String] = []
    /// Universal part-of-speech tag of each token (empty until a tagger has run).
    public var upos: [String] = []
    /// Lemma of each token (empty until a lemmatizer has run).
    public var lemmas: [String] = []
    /// Head of each token as an index into `tokens`, -1 for the root of its sentence (empty until parsed).
    public var heads: [Int] = []
    /// Dependency label of each token's arc to its head, `ROOT` for a root (empty until parsed).
    public var deprels: [String] = []
    /// Entity tag of each token in BIO form (`B-GPE`, `I-GPE`, `O`; empty until entities are recognised).
    public var entityTags: [String] = []
    /// Indices into `sentences` of the sentences the parser was not run on, when a stage left out those that cannot
    /// matter to what reads the document (`dyad code` skips sentences that cannot yield an event). Their tokens have
    /// tags, lemmas and entity tags, but head -1 and label `_`: no parse, and none pretended. Empty when every
    /// sentence was parsed.
    public var unparsedSentences: Set<Int> = []

    /// Wraps `document` with the tokens and sentences found so far (none by default, for the stages to fill in).
    public init(document: Document, tokens: [Token] = [], sentences: [Sentence] = []) {
        self.document = document
        self.tokens = tokens
        self.sentences = sentences
    }

    /// Whether the sentence at `index` in `sentences` was parsed (its heads and labels are the parser's).
    public func isParsed(sentence index: Int) -> Bool {
        unparsedSentences.isEmpty || !unparsedSentences.contains(index)
    }

    /// The text of one token, sliced from the document's UTF-8 bytes.
    public func text(of token: Token) -> Substring {
        document.text.utf8Slice(token.utf8Start..<token.utf8End)
    }

    /// The text of one sentence, sliced from the document's UTF-8 bytes.
    public func text(of sentence: Sentence) -> Substring {
        document.text.utf8Slice(sentence.utf8Range)
    }
}

extension String {
    /// The substring covering the given UTF-8 byte offsets, which must fall on scalar boundaries.
    public func utf8Slice(_ range: Range<Int>) -> Substring {
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        return self[lower..<upper]
    }
}

/// One sentence of a document: a run of tokens and the text it covers.
public struct Sentence: Sendable, Hashable {
    /// Indices into the analysed document's token array.
    public var tokens: Range<Int>
    /// Scalar offsets of the sentence text (first token start to last token end).
    public var span: Span
    /// UTF-8 byte offsets of the same text.
    public var utf8Range: Range<Int>
    /// Set when the splitter had to cut an over-long sentence; the cut is not a real boundary.
    public var wasCut: Bool

    /// Creates a sentence from its token indices and the scalar and UTF-8 offsets of its text.
    public init(tokens: Range<Int>, span: Span, utf8Range: Range<Int>, wasCut: Bool = false) {
        self.tokens = tokens
        self.span = span
        self.utf8Range = utf8Range
        self.wasCut = wasCut
    }
}

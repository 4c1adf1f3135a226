/// One token: a view into its document's text, never a copy of it.
///
/// `span` is in Unicode scalars (the unit of every offset Dyad prints); `utf8Start`/`utf8End` locate the same
/// characters in the text's UTF-8 bytes so that stages can slice the text without recounting.
public struct Token: Sendable, Hashable {
    /// Scalar offsets into the document text.
    public var span: Span
    /// Byte offset of the token's first UTF-8 byte in the document text.
    public var utf8Start: Int
    /// Byte offset one past the token's last UTF-8 byte.
    public var utf8End: Int
    /// Whether whitespace follows the token in the text.
    public var spaceAfter: Bool

    /// Creates a token from its scalar span, its UTF-8 byte offsets and whether whitespace follows it.
    public init(span: Span, utf8Start: Int, utf8End: Int, spaceAfter: Bool) {
        self.span = span
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.spaceAfter = spaceAfter
    }

    /// Scalar offset of the first character.
    public var start: Int { span.start }
    /// Scalar offset one past the last character.
    public var end: Int { span.end }
}

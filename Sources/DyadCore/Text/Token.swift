/// One token: a view into its document's text, never a copy of it.
///
/// `span` is in Unicode scalars (the unit of every offset Dyad prints); `utf8Start`/`utf8End` locate the same
/// characters in the text's UTF-8 bytes so that stages can slice the text without recounting. Offsets are stored
/// as 32-bit values (documents are limited to 2 GiB), which halves the memory that token arrays stream through.
public struct Token: Sendable, Hashable {
    @usableFromInline var storedStart: UInt32
    @usableFromInline var storedEnd: UInt32
    @usableFromInline var storedUTF8Start: UInt32
    @usableFromInline var storedUTF8End: UInt32
    /// Whether whitespace follows the token in the text.
    public var spaceAfter: Bool

    /// Creates a token from its scalar span, its UTF-8 byte offsets and whether whitespace follows it.
    @inlinable
    public init(span: Span, utf8Start: Int, utf8End: Int, spaceAfter: Bool) {
        precondition(utf8End <= Int(UInt32.max), "documents longer than 4 GiB are not supported")
        storedStart = UInt32(truncatingIfNeeded: span.start)
        storedEnd = UInt32(truncatingIfNeeded: span.end)
        storedUTF8Start = UInt32(truncatingIfNeeded: utf8Start)
        storedUTF8End = UInt32(truncatingIfNeeded: utf8End)
        self.spaceAfter = spaceAfter
    }

    /// Scalar offsets into the document text.
    @inlinable
    public var span: Span {
        get { Span(start: start, end: end) }
        set {
            storedStart = UInt32(truncatingIfNeeded: newValue.start)
            storedEnd = UInt32(truncatingIfNeeded: newValue.end)
        }
    }
    /// Byte offset of the token's first UTF-8 byte in the document text.
    @inlinable
    public var utf8Start: Int {
        get { Int(storedUTF8Start) }
        set { storedUTF8Start = UInt32(truncatingIfNeeded: newValue) }
    }
    /// Byte offset one past the token's last UTF-8 byte.
    @inlinable
    public var utf8End: Int {
        get { Int(storedUTF8End) }
        set { storedUTF8End = UInt32(truncatingIfNeeded: newValue) }
    }
    /// Scalar offset of the first character.
    @inlinable
    public var start: Int { Int(storedStart) }
    /// Scalar offset one past the last character.
    @inlinable
    public var end: Int { Int(storedEnd) }
}

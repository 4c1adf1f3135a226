/// A half-open range of Unicode scalar offsets into a document's text.
///
/// Offsets count Unicode scalars (code points) from the start of the document text, as Python strings and spaCy do:
/// `"\r\n"` is two, `"é"` (U+00E9) is one, an emoji is one.
public struct Span: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Offset of the first scalar in the span.
    public var start: Int
    /// Offset one past the last scalar in the span.
    public var end: Int

    /// Creates a span; `start` must not exceed `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "Span start \(start) is after its end \(end)")
        self.start = start
        self.end = end
    }

    /// Number of scalars covered.
    public var count: Int { end - start }

    /// Whether the span covers no scalar.
    public var isEmpty: Bool { start == end }

    /// Whether `other` lies wholly inside this span.
    public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }

    /// The span as a half-open range, e.g. `4..<9`.
    public var description: String { "\(start)..<\(end)" }
}

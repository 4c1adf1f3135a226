/// One news report: its text and what is known of where and when it was published.
public struct Document: Sendable, Hashable, Codable {
    /// Identifier, unique within an input (file name without extension, or the record's id).
    public var id: String
    /// Publication date, when the input gives one; `nil` is not an error.
    public var date: CalendarDate?
    /// Outlet or source line ("Reuters", or the URL of a trailing "Source:" line).
    public var source: String?
    /// Address of the article, when known.
    public var url: String?
    /// Headline, when the input keeps it apart from the text.
    public var title: String?
    /// The article text; every offset Dyad prints counts Unicode scalars from its start.
    public var text: String
    /// Where the document came from, for diagnostics ("reports/a.txt", "feed.jsonl:12").
    public var origin: String?

    /// Creates a document; only `id` and `text` are required, everything else is unknown by default.
    public init(
        id: String, date: CalendarDate? = nil, source: String? = nil, url: String? = nil,
        title: String? = nil, text: String, origin: String? = nil
    ) {
        self.id = id
        self.date = date
        self.source = source
        self.url = url
        self.title = title
        self.text = text
        self.origin = origin
    }
}

import DyadCore

/// One `<Sentence>` of a PETRARCH validation or batch file: the sentence as a document, and what the file says the
/// coder should make of it.
public struct PetrarchRecord: DocumentRecord {
    /// One expected event, its peer codes exactly as the file writes them (`"ARN"`, `"\"ROAD TOLL\""`, `"064"`).
    public typealias Coding = (source: String, target: String, event: String)

    /// The sentence: id and date from its attributes, the `<Text>` with hard-wrapped lines joined, the `source`
    /// attribute as source, `file:line` as origin.
    public var document: Document
    /// The `<EventCoding sourcecode= targetcode= eventcode=>` elements, in file order.
    public var expectedCodings: [Coding]
    /// Holds `<EventCoding noevents="True">`: the sentence should code no event.
    public var noEvents: Bool
    /// Holds `<EventCoding error="…">`: the error the coder should report (`dateline`, `bad_input_parse`, …).
    public var expectedError: String?
    /// Holds a `<Skip>` element (PETRARCH 1 files): validation leaves the record out.
    public var skip: Bool
    /// The `<Parse>` tree (Penn Treebank) as written, entity references decoded.
    public var parse: String?
    /// Every attribute of the `<Sentence>` tag (`date`, `id`, `category`, `sentence`, `valid`, `source`, …).
    public var attributes: [String: String]
    /// The `<Config option= value=>` settings in force for this record: the last value of each option set before it.
    public var config: [String: String]
    /// The file's `<Environment>` settings (`Verbfile`, `Actorfile`, `Include`, `Pause`, …), element name to text.
    public var environment: [String: String]
    /// 1-based line of the `<Sentence` tag.
    public var line: Int

    /// Creates a record.
    public init(
        document: Document, expectedCodings: [Coding] = [], noEvents: Bool = false, expectedError: String? = nil,
        skip: Bool = false, parse: String? = nil, attributes: [String: String] = [:], config: [String: String] = [:],
        environment: [String: String] = [:], line: Int
    ) {
        self.document = document
        self.expectedCodings = expectedCodings
        self.noEvents = noEvents
        self.expectedError = expectedError
        self.skip = skip
        self.parse = parse
        self.attributes = attributes
        self.config = config
        self.environment = environment
        self.line = line
    }
}

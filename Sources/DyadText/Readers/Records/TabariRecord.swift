import DyadCore

/// One record of a TABARI text file: the story as a document, and what its `/* … */` comments say the coder should
/// make of it (the validation-suite conventions).
public struct TabariRecord: DocumentRecord {
    /// One expected event, its codes exactly as the comment writes them (`"ARN"`, `"~HOB"`, `"075A"`).
    public typealias Event = (source: String, target: String, event: String)

    /// The story: id and date from the header line, the text lines joined with single spaces, comments left out,
    /// `file:line` as origin.
    public var document: Document
    /// `{ SOURCE / TARGET / EVENT }` in the comments, in order (anything after the `}` is a note and left out).
    public var expectedEvents: [Event]
    /// `-{ SOURCE / TARGET / EVENT }`: expectations switched off by a leading minus.
    public var disabledEvents: [Event]
    /// `{---}`: the record should code no event.
    public var expectsNoEvents: Bool
    /// `{###}`: the record should be discarded (a discard phrase or code applies).
    public var expectsDiscard: Bool
    /// `{+++}`: validation does not check this record (it needs other settings, or documents a crash).
    public var skipsValidation: Bool
    /// `{ OPTION: … }` directives, the text after `OPTION:` ("SET: TIME SHIFT = FALSE"), to apply from this
    /// record on.
    public var options: [String]
    /// Where each of `options` starts in the file (`file:line:column`), in the same order; empty for a record
    /// made in code.
    public var optionLocations: [SourceLocation]
    /// The comments as written, without `/*` and `*/`, lines joined with newlines (TABARI's `\n` marks kept).
    public var comments: [String]
    /// 1-based line of the header.
    public var line: Int

    /// Creates a record.
    public init(
        document: Document, expectedEvents: [Event] = [], disabledEvents: [Event] = [], expectsNoEvents: Bool = false,
        expectsDiscard: Bool = false, skipsValidation: Bool = false, options: [String] = [],
        optionLocations: [SourceLocation] = [], comments: [String] = [], line: Int
    ) {
        self.document = document
        self.expectedEvents = expectedEvents
        self.disabledEvents = disabledEvents
        self.expectsNoEvents = expectsNoEvents
        self.expectsDiscard = expectsDiscard
        self.skipsValidation = skipsValidation
        self.options = options
        self.optionLocations = optionLocations
        self.comments = comments
        self.line = line
    }
}

import DyadCore

/// Options every reader honours, read once at the edge (CLI flags) and passed down.
public struct ReaderOptions: Sendable, Hashable {
    /// Publication date for documents whose input gives none (`--date`).
    public var defaultDate: CalendarDate?
    /// Longest single line accepted, in bytes; longer lines are reported and their record skipped.
    public var maxLineBytes: Int
    /// Largest single record (document) accepted, in bytes.
    public var maxRecordBytes: Int

    /// Creates options; by default there is no default date, lines may have 10 MiB and records 32 MiB.
    public init(defaultDate: CalendarDate? = nil, maxLineBytes: Int = 10 << 20, maxRecordBytes: Int = 32 << 20) {
        self.defaultDate = defaultDate
        self.maxLineBytes = maxLineBytes
        self.maxRecordBytes = maxRecordBytes
    }
}

/// One input as bytes: a file's contents (already un-gzipped, byte-order mark removed, UTF-16 transcoded to UTF-8).
///
/// The bytes are not yet checked as UTF-8: record readers check each record so one bad record does not cost the
/// good ones around it.
public struct InputBytes: Sendable {
    /// Path or `-` for standard input, used in diagnostics.
    public var name: String
    /// Default document id: the file name without its extensions.
    public var stem: String
    /// The content, UTF-8 expected.
    public var bytes: [UInt8]

    /// Wraps the bytes of one input with its name for diagnostics and its default document id.
    public init(name: String, stem: String, bytes: [UInt8]) {
        self.name = name
        self.stem = stem
        self.bytes = bytes
    }
}

/// What a reader produced from one input: the good documents and a diagnostic for everything skipped or changed.
public struct ReadResult: Sendable {
    /// The documents read, in input order; skipped records are not among them.
    public var documents: [Document]
    /// An error for each record or input skipped, and warnings and notes for what was kept but changed or suspect.
    public var diagnostics: [Diagnostic]

    /// Creates a result from documents and diagnostics, both empty by default.
    public init(documents: [Document] = [], diagnostics: [Diagnostic] = []) {
        self.documents = documents
        self.diagnostics = diagnostics
    }

    /// Whether any input was skipped (an error diagnostic was issued).
    public var skippedSomething: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Turns the bytes of one input into documents. Readers never throw and never crash on bad input: a bad record
/// becomes an error diagnostic naming the file and line, and the records around it are kept.
public protocol DocumentReader: Sendable {
    /// Reads every document in `input`.
    func read(_ input: InputBytes, options: ReaderOptions) -> ReadResult
}

import DyadCore

/// A record that carries a document and what a validation file says about it.
public protocol DocumentRecord: Sendable {
    /// The record's text as a document.
    var document: Document { get }
}

/// A reader of validation and batch files whose records carry more than their document (expected codings, parses,
/// options): `records` gives all of it, `read` just the documents.
public protocol RecordFileReader: DocumentReader {
    /// The kind of record the files hold.
    associatedtype Record: DocumentRecord

    /// Every record of `input` with the file's expectations, and a diagnostic for each one skipped.
    func records(_ input: InputBytes, options: ReaderOptions) -> (records: [Record], diagnostics: [Diagnostic])
}

extension RecordFileReader {
    /// Reads every record as a document.
    public func read(_ input: InputBytes, options: ReaderOptions) -> ReadResult {
        let (records, diagnostics) = records(input, options: options)
        return ReadResult(documents: records.map(\.document), diagnostics: diagnostics)
    }
}

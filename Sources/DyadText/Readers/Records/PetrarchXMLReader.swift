import DyadCore

/// Reads PETRARCH validation and batch files: one document per `<Sentence date="YYYYMMDD" id="…">` with its `<Text>`.
///
/// The reader is tolerant where PETRARCH's files vary (attribute quotes of either kind, spaces around `=`, comments
/// anywhere, `<Config>` between records) and strict where the data would be wrong: a record with malformed markup,
/// no `<Text>`, or a date that is not a real day is skipped with an error at its `file:line:column`, and reading
/// resumes at the next `<Sentence`.
public struct PetrarchXMLReader: RecordFileReader {
    /// Creates the reader.
    public init() {}


    /// Reads every `<Sentence>` with what the file expects of it (codings, parse, config), for validation runs.
    public func records(
        _ input: InputBytes, options: ReaderOptions
    ) -> (records: [PetrarchRecord], diagnostics: [Diagnostic]) {
        input.bytes.withUnsafeBufferPointer { buffer in
            var parser = PetrarchFileParser(buffer, input: input, options: options)
            parser.run()
            return (parser.records, parser.diagnostics)
        }
    }
}

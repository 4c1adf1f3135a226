import DyadCore

/// Reads TABARI text records: a header line `YYMMDD ID`, then the story's hard-wrapped lines, up to a blank line.
///
/// Format, as TABARI's own files use it:
/// - The header is the date, then spaces, tabs or `*`, then the id (`950114 REU-0001-01`, `950101*INTRO`). Any
///   further fields stay in the id (`FBIS-001-001 CEP20240101000001`). The date is `YYMMDD` or `YYYYMMDD`; with six
///   digits the century pivot is 00–29 → 20xx, 30–99 → 19xx. A seven- or nine-digit date is read as its first six
///   or eight digits, with a warning (TABARI reads the date field by width). A date that is not a real day is an
///   error and the record is skipped.
/// - Text lines are joined with single spaces; TABARI's literal `\n` line marks are spaces too.
/// - `/* … */` comments (anywhere, over several lines) are not text. In them, `{ SRC / TGT / EVT }` is an expected
///   event, `-{ … }` a switched-off one, `{---}` "no events", `{###}` "discarded", `{+++}` "not checked", and
///   `{ OPTION: … }` a settings directive; see `TabariRecord`.
/// - Lines starting with `#` between records are comments.
/// - A blank line always ends a record: a comment still open there is closed, with a warning.
public struct TabariReader: RecordFileReader {
    /// Creates the reader.
    public init() {}


    /// Reads every record with the expectations its comments state, for validation runs.
    public func records(
        _ input: InputBytes, options: ReaderOptions
    ) -> (records: [TabariRecord], diagnostics: [Diagnostic]) {
        input.bytes.withUnsafeBufferPointer { buffer in
            var parser = TabariParser(buffer, input: input, options: options)
            parser.run()
            return (parser.records, parser.diagnostics)
        }
    }

    /// The year of a two-digit TABARI year: 00–29 are 2000–2029, 30–99 are 1930–1999.
    public static func year(fromTwoDigits yy: Int) -> Int { yy < 30 ? 2000 + yy : 1900 + yy }
}

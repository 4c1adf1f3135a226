import ArgumentParser
import DyadCore
import DyadText

/// The reader options every command that reads documents takes.
struct ReaderArguments: ParsableArguments {
    @Argument(help: ArgumentHelp("Files or directories to read (directories recursively; .gz is decompressed); - or nothing for standard input.",
                                 valueName: "input"))
    var inputs: [String] = []

    @Option(help: ArgumentHelp("Publication date for documents whose input gives none (YYYY-MM-DD).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("Read every input as this format instead of deciding by file extension and content: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "format"))
    var inputFormat: String?

    @Option(help: ArgumentHelp("Longest line accepted, in bytes; a record with a longer line is skipped.", valueName: "bytes"))
    var maxLineBytes: Int = 10 << 20

    @Flag(help: "Never draw a progress bar on standard error.")
    var noProgress = false

    /// Parsed options, checked once here at the edge.
    func readerOptions() throws -> ReaderOptions {
        var defaultDate: CalendarDate?
        if let date {
            guard let parsed = CalendarDate(iso: date) else {
                throw ValidationError("--date '\(date)' is not a valid date: write it as YYYY-MM-DD (and check that the day exists)")
            }
            defaultDate = parsed
        }
        guard maxLineBytes > 0 else { throw ValidationError("--max-line-bytes must be positive") }
        return ReaderOptions(defaultDate: defaultDate, maxLineBytes: maxLineBytes,
                             maxRecordBytes: max(32 << 20, maxLineBytes))
    }

    /// The forced input format, if any.
    func format() throws -> InputFormat? {
        guard let inputFormat else { return nil }
        guard let format = InputFormat(rawValue: inputFormat.lowercased()) else {
            throw ValidationError("--input-format '\(inputFormat)' is not one of: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return format
    }

    func validate() throws {
        _ = try readerOptions()
        _ = try format()
    }
}

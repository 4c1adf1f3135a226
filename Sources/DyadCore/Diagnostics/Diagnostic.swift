/// A place in an input file: 1-based line and column (column counts Unicode scalars), both optional.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file as shown to the user: a path, a name such as `<stdin>`, or a document's origin.
    public var file: String
    /// The 1-based line, or `nil` when the message is about the whole file.
    public var line: Int?
    /// The 1-based column in Unicode scalars, or `nil` when unknown; printed only when the line is known too.
    public var column: Int?

    /// Creates a location; leave out `line` and `column` when they are unknown.
    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, leaving out what is unknown.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let line = column, self.line != nil { text += ":\(line)" }
        return text
    }
}

/// A message about input, in the form of a compiler diagnostic: where, what went wrong, and how to fix it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious the diagnostic is.
    public enum Severity: String, Sendable, Hashable {
        /// Input was skipped or could not be used.
        case error
        /// Input was used, but something in it is suspect or was changed.
        case warning
        /// For information only.
        case note
    }

    /// How serious the problem is.
    public var severity: Severity
    /// Where the problem is: the file, with line and column when known.
    public var location: SourceLocation
    /// What went wrong, in one sentence.
    public var message: String
    /// How to fix it, when there is something to say.
    public var hint: String?
    /// The offending input line, shown under the message with a caret at the column.
    public var excerpt: String?

    /// Creates a diagnostic saying `message` about `location`, with an optional hint and offending input line.
    public init(
        _ severity: Severity, at location: SourceLocation, _ message: String, hint: String? = nil,
        excerpt: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.excerpt = excerpt
    }

    /// `file:line:col: error: message`, then the line and a caret, then the hint.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let excerpt {
            let shown = excerpt.count > 160 ? String(excerpt.prefix(160)) + "…" : excerpt
            text += "\n    \(shown)"
            if let column = location.column, column >= 1, column <= 161 {
                text += "\n    " + String(repeating: " ", count: column - 1) + "^"
            }
        }
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }
}

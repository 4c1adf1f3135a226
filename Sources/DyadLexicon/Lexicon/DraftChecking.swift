import DyadCore

/// What the checkers of lexicon entries share: the draft being checked and its diagnostics, an error marking the
/// entry as failed.
protocol DraftChecking {
    /// The entry being checked.
    var draft: Draft { get }
    /// Errors and warnings so far.
    var diagnostics: [Diagnostic] { get set }
    /// Whether an error was reported (the entry is skipped).
    var failed: Bool { get set }
}

extension DraftChecking {
    /// Reports a problem on `field`, at `column` or the value's first column.
    mutating func report(_ severity: Diagnostic.Severity, _ field: Field, at column: Int? = nil,
                         _ message: String, hint: String?) {
        report(severity, line: field.line, column: column ?? field.column, text: String(draft.source[field.text]), message,
               hint: hint)
    }

    /// Reports a problem at `line`:`column` of the draft's file, with the line as excerpt.
    mutating func report(_ severity: Diagnostic.Severity, line: Int, column: Int, text: String,
                         _ message: String, hint: String?) {
        if severity == .error { failed = true }
        diagnostics.append(Diagnostic(severity, at: SourceLocation(file: draft.file, line: line, column: column),
                                      message, hint: hint, excerpt: text))
    }

    /// The items of every `key` line, warning about empty ones between separators.
    mutating func nonEmptyItems(_ key: String) -> [String] {
        var out: [String] = []
        for field in draft.all(key) {
            for item in field.items {
                if item.text.isEmpty {
                    report(.warning, field, at: item.column, "empty value between '|' separators", hint: "remove the extra '|'")
                } else {
                    out.append(item.text)
                }
            }
        }
        return out
    }
}

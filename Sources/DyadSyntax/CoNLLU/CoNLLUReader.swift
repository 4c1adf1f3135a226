import DyadCore

/// Reads CoNLL-U (as `dyad tokenize`/`dyad parse` and `tools/silver.py` write it) into annotated sentences.
/// Comment lines are skipped; multi-word token lines (`1-2`) and empty nodes (`1.1`) are skipped too. A malformed
/// line is reported with its line number and its sentence skipped; the sentences around it are kept.
public struct CoNLLUReader: Sendable {
    /// Creates the reader.
    public init() {}

    /// The sentences of `text`, and a diagnostic for every sentence skipped.
    public func sentences(in text: String, file: String) -> (sentences: [AnnotatedSentence], diagnostics: [Diagnostic]) {
        var sentences: [AnnotatedSentence] = []
        var diagnostics: [Diagnostic] = []
        var rows: [[Substring]] = []
        var broken: Diagnostic?
        var lineNumber = 0
        func finish() {
            defer { rows.removeAll(keepingCapacity: true); broken = nil }
            if let broken { diagnostics.append(broken); return }
            guard !rows.isEmpty else { return }
            var heads: [Int] = []
            for row in rows {
                guard let head = Int(row[6]), head >= 0, head <= rows.count else {
                    diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: lineNumber),
                                                  "head '\(row[6])' is not a token of the sentence; sentence skipped"))
                    return
                }
                heads.append(head)
            }
            sentences.append(AnnotatedSentence(
                forms: rows.map { String($0[1]) }, lemmas: rows.map { String($0[2]) }, upos: rows.map { String($0[3]) },
                xpos: rows.map { String($0[4]) }, heads: heads, deprels: rows.map { String($0[7]) },
                entities: rows.map { entity(in: $0[9]) }))
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty || line == "\r" {
                finish()
                continue
            }
            if line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                if broken == nil {
                    broken = Diagnostic(.error, at: SourceLocation(file: file, line: lineNumber),
                                        "expected 10 tab-separated columns, found \(columns.count); sentence skipped",
                                        hint: "CoNLL-U token lines are ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC")
                }
                continue
            }
            if columns[0].contains("-") || columns[0].contains(".") { continue }
            guard Int(columns[0]) == rows.count + 1 else {
                if broken == nil {
                    broken = Diagnostic(.error, at: SourceLocation(file: file, line: lineNumber),
                                        "token id '\(columns[0])' out of sequence; sentence skipped")
                }
                continue
            }
            rows.append(columns)
        }
        finish()
        return (sentences, diagnostics)
    }

    /// The `NER=` value of a MISC column, `O` when absent.
    private func entity(in misc: Substring) -> String {
        for field in misc.split(separator: "|") where field.hasPrefix("NER=") { return String(field.dropFirst(4)) }
        return "O"
    }
}

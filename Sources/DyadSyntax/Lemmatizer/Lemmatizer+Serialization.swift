/// The lemmatizer's file format (`lemmatizer.tsv`), readable and correctable by hand: a header line
/// `# dyad lemmatizer 1 max-ending=N`, then one line per rule (`rule<TAB>UPOS<TAB>ending<TAB>strip<TAB>add`) or
/// exception (`exception<TAB>UPOS<TAB>form<TAB>lemma`).
extension Lemmatizer {
    /// The model as text.
    public func serialized() -> String {
        var lines = ["# dyad lemmatizer 1 max-ending=\(maxEnding)"]
        for (key, rule) in rules.sorted(by: { $0.key < $1.key }) {
            let (upos, ending) = Self.split(key)
            lines.append("rule\t\(upos)\t\(ending)\t\(rule.strip)\t\(rule.add)")
        }
        for (key, lemma) in exceptions.sorted(by: { $0.key < $1.key }) {
            let (upos, form) = Self.split(key)
            lines.append("exception\t\(upos)\t\(form)\t\(lemma)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func split(_ key: String) -> (String, String) {
        let space = key.firstIndex(of: " ")!
        return (String(key[..<space]), String(key[key.index(after: space)...]))
    }

    /// Reads a model written by `serialized()`; a malformed line is an error naming its line number.
    public init(serialized text: String, file: String = "<memory>") throws(ModelFormatError) {
        var rules: [String: Rule] = [:]
        var exceptions: [String: String] = [:]
        var maxEnding = -1
        for (number, line) in Self.lines(of: text).enumerated() {
            if line.isEmpty { continue }
            if line.hasPrefix("# dyad lemmatizer 1 max-ending="), let value = Int(line.split(separator: "=").last!) {
                maxEnding = value
                continue
            }
            // Cut at tab bytes: a tab is a character of its own, so this is the cut at tab characters, without
            // breaking the line into characters (the lemmatizer's thousands of lines are read at every start).
            let fields = line.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                .map { String(Substring($0)) }
            switch (fields.first, fields.count) {
            case ("rule", 5): rules[fields[1] + " " + fields[2]] = Rule(strip: fields[3], add: fields[4])
            case ("exception", 4): exceptions[fields[1] + " " + fields[2]] = fields[3]
            default:
                throw ModelFormatError(file: "\(file):\(number + 1)",
                                       message: "expected a rule (5 tab-separated fields) or an exception (4), found '\(line)'")
            }
        }
        guard maxEnding >= 0 else {
            throw ModelFormatError(file: file, message: "missing the header line '# dyad lemmatizer 1 max-ending=N'")
        }
        self.init(exceptions: exceptions, rules: rules, maxEnding: maxEnding)
    }

    /// The lines of `text`, cut at "\n" bytes; a text with a "\r" is cut at "\n" characters, as it always was ("\r\n"
    /// is one character, so such a text is not cut there).
    private static func lines(of text: String) -> [Substring] {
        guard !text.utf8.contains(UInt8(ascii: "\r")) else {
            return text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        return text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }
}

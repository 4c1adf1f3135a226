import Foundation

/// One TABARI option line (`SET: MINIMUM WORDS = 8`, `DEFAULT: OFF`, …) read and checked: its words with their
/// columns, and the options it gives. TABARI's option commands are case-insensitive; `=`, `[` and `]` are words of
/// their own, so `SET: CHECK DOMINANT=FALSE` and `SOURCE[DEFSRC]` read as written.
struct TabariOptionLine {
    /// What is wrong with a line, where (1-based column in the line, in Unicode scalars) and how to fix it.
    struct Problem: Error, Equatable {
        var column: Int
        var message: String
        var hint: String
    }

    /// A word of the line: as written, upper-cased, and its 1-based column.
    struct Word {
        var text: String
        var key: String
        var column: Int
    }

    /// The commands Dyad applies.
    static let implemented = ["SET", "DEFAULT", "FORWARD", "COMMA"]
    /// Commands TABARI defines that change nothing in Dyad (its complexity filter, output fields, code labels): read
    /// and left alone.
    static let ignored = ["COMPLEX", "OUTPUT", "LABEL"]
    /// `SET:` names TABARI defines as TRUE/FALSE switches that change nothing in Dyad (usage lists, output, date
    /// forms, FBIS headers, …).
    static let ignoredSwitches = ["ACTOR USAGE", "AGENT USAGE", "ALLCAPS", "CHECK DOMINANT", "DUP WARNING", "FBIS",
                                  "LABEL", "SKIP RECORDS", "TIME SHIFT", "VERB USAGE", "YYYY"]
    static let commandList = "SET, DEFAULT, FORWARD, COMMA (applied) and COMPLEX, OUTPUT, LABEL (read, no effect)"

    /// The command's words (before the colon) and the argument's (after it).
    private let command: [Word]
    private let argument: [Word]
    /// The column of the colon.
    private let colon: Int

    /// Reads `line` into words; a line without a command is a problem.
    init(_ line: String) throws(Problem) {
        let scalars = Array(line.unicodeScalars)
        let words = Self.words(in: scalars)
        guard let first = words.first else {
            throw Problem(column: 1, message: "the option line is empty",
                          hint: "write a command such as SET: MINIMUM WORDS = 8, or delete the line")
        }
        guard let colon = scalars.firstIndex(of: ":") else {
            throw Problem(column: first.column, message: "'\(line.trimmed)' has no ':' after its command",
                          hint: "write COMMAND: ARGUMENT, e.g. SET: MINIMUM WORDS = 8; the commands are \(Self.commandList)")
        }
        self.colon = colon + 1
        command = words.filter { $0.column <= colon }
        argument = words.filter { $0.column > colon + 1 }
        guard !command.isEmpty else {
            throw Problem(column: colon + 1, message: "no command before ':'",
                          hint: "write COMMAND: ARGUMENT; the commands are \(Self.commandList)")
        }
    }

    /// The command, upper-cased, its words joined by single blanks.
    var name: String { command.map(\.key).joined(separator: " ") }

    /// `options` with this line applied.
    func applied(to options: PeerCoder.Options) throws(Problem) -> PeerCoder.Options {
        var options = options
        switch name {
        case "SET": try set(&options)
        case "DEFAULT": options.defaults = try defaults()
        case "COMMA": options.commaClauses = try commaClauses(options.commaClauses)
        case "FORWARD": options.forward = try forward()
        case _ where Self.ignored.contains(name): break
        default:
            let known = Self.implemented + Self.ignored
            throw Problem(column: command[0].column, message: "'\(name)' is not a TABARI option command",
                          hint: Self.suggestion(for: name, among: known) + "the commands are \(Self.commandList)")
        }
        return options
    }

    // MARK: SET

    private func set(_ options: inout PeerCoder.Options) throws(Problem) {
        let example = "e.g. SET: MINIMUM WORDS = 8"
        guard let first = argument.first else {
            throw problem(after: colon, "SET: names no setting", hint: "write SET: NAME = VALUE, \(example)")
        }
        if first.key == "CODE" {
            guard let codeBy = PeerCoder.CodeBy(setting: argument.map(\.key).joined(separator: " ")) else {
                throw Problem(column: first.column, message: "'SET: \(text(argument))' is not a CODE setting",
                              hint: "write SET: CODE BY CLAUSE, SET: CODE BY SENTENCE or SET: CODE ALL")
            }
            options.codeBy = codeBy
            return
        }
        guard let equals = argument.firstIndex(where: { $0.key == "=" }) else {
            throw Problem(column: first.column, message: "SET: \(text(argument)) has no '= value'",
                          hint: "write SET: NAME = VALUE, \(example)")
        }
        let name = argument[..<equals].map(\.key).joined(separator: " ")
        guard !name.isEmpty else {
            throw Problem(column: argument[equals].column, message: "no setting name before '='",
                          hint: "write SET: NAME = VALUE, \(example)")
        }
        let value = Array(argument[(equals + 1)...])
        guard let valueWord = value.first else {
            throw problem(after: argument[equals].column, "SET: \(name) has no value after '='",
                          hint: name == "MINIMUM WORDS" ? "write \(example)" : "write SET: \(name) = VALUE")
        }
        switch name {
        case "MINIMUM WORDS":
            guard value.count == 1, let number = Int(valueWord.key), number >= 0 else {
                throw Problem(column: valueWord.column,
                              message: "MINIMUM WORDS takes a whole number, not '\(text(value))'", hint: "write \(example)")
            }
            options.minimumWords = number
        case "CONVERT AGENT": options.convertAgents = try flag(name, value)
        case _ where Self.ignoredSwitches.contains(name): _ = try flag(name, value)
        default:
            let known = ["MINIMUM WORDS", "CONVERT AGENT", "CODE BY CLAUSE", "CODE BY SENTENCE", "CODE ALL"] + Self.ignoredSwitches
            throw Problem(column: argument[0].column, message: "'\(name)' is not a TABARI setting",
                          hint: Self.suggestion(for: name, among: known)
                            + "the settings are \(known.joined(separator: ", "))")
        }
    }

    /// A `TRUE`/`FALSE` value.
    private func flag(_ name: String, _ value: [Word]) throws(Problem) -> Bool {
        guard value.count == 1, value[0].key == "TRUE" || value[0].key == "FALSE" else {
            throw Problem(column: value[0].column, message: "\(name) takes TRUE or FALSE, not '\(text(value))'",
                          hint: "write SET: \(name) = TRUE or SET: \(name) = FALSE")
        }
        return value[0].key == "TRUE"
    }

    // MARK: DEFAULT

    /// `SOURCE [S] PRIOR TARGET [T] AFTER` (each part optional), or `OFF`.
    private func defaults() throws(Problem) -> PeerCoder.Defaults {
        let hint = "write DEFAULT: SOURCE [CODE] PRIOR TARGET [CODE] AFTER (each part optional), or DEFAULT: OFF"
        var defaults = PeerCoder.Defaults()
        guard !argument.isEmpty else { throw problem(after: colon, "DEFAULT: names neither SOURCE, TARGET nor OFF", hint: hint) }
        if argument.count == 1, argument[0].key == "OFF" { return defaults }
        var index = 0
        while index < argument.count {
            let word = argument[index]
            switch word.key {
            case "SOURCE", "TARGET":
                let (code, next) = try bracketedCode(after: index)
                if word.key == "SOURCE" { defaults.source = code } else { defaults.target = code }
                index = next
                continue
            case "PRIOR": defaults.sourcePrior = true
            case "AFTER": defaults.targetAfter = true
            case "]":
                throw Problem(column: word.column, message: "']' closes no '['",
                              hint: "write the code as [CODE] after SOURCE or TARGET, e.g. DEFAULT: SOURCE [DEFSRC] PRIOR")
            case "[":
                throw Problem(column: word.column, message: "a bracketed code must follow SOURCE or TARGET", hint: hint)
            case "OFF":
                throw Problem(column: word.column, message: "OFF stands alone", hint: "write DEFAULT: OFF on a line of its own")
            default:
                throw Problem(column: word.column, message: "'\(word.text)' is not part of a DEFAULT: command", hint: hint)
            }
            index += 1
        }
        return defaults
    }

    /// The `[CODE]` after the SOURCE or TARGET at `index`, and the index after its `]`.
    private func bracketedCode(after index: Int) throws(Problem) -> (String, Int) {
        let slot = argument[index]
        let example = "e.g. DEFAULT: \(slot.key) [\(slot.key == "SOURCE" ? "DEFSRC] PRIOR" : "DEFTAR] AFTER")"
        guard index + 1 < argument.count, argument[index + 1].key == "[" else {
            throw problem(after: slot.column + slot.text.unicodeScalars.count - 1, "\(slot.key) has no [CODE] after it",
                          hint: "write the code in brackets, \(example)")
        }
        let open = argument[index + 1]
        guard let close = argument[(index + 2)...].firstIndex(where: { $0.key == "]" || $0.key == "[" }),
              argument[close].key == "]" else {
            throw Problem(column: open.column, message: "'[' is not closed",
                          hint: "close the code with ']', \(example)")
        }
        let code = argument[(index + 2)..<close]
        guard code.count == 1 else {
            throw Problem(column: open.column, message: code.isEmpty ? "'[]' holds no code" : "'[\(text(code))]' is not one code",
                          hint: "write one code without blanks, \(example)")
        }
        return (code[code.startIndex].key, close + 1)
    }

    // MARK: COMMA and FORWARD

    /// `MIN = 4 MAX = 6 EMIN = 3 …` applied to `clauses` (TABARI's defaults when off), or nil for `OFF`.
    private func commaClauses(_ clauses: PeerCoder.CommaClauses?) throws(Problem) -> PeerCoder.CommaClauses? {
        let names = ["MIN", "MAX", "EMIN", "EMAX", "BMIN", "BMAX"]
        let hint = "write COMMA: MIN = 2 MAX = 10 (between commas), EMIN, EMAX (after the last), BMIN, BMAX (before the "
            + "first), or COMMA: OFF"
        guard !argument.isEmpty else { throw problem(after: colon, "COMMA: sets no limit", hint: hint) }
        if argument.count == 1, argument[0].key == "OFF" { return nil }
        var values: [String: Int] = [:]
        var index = 0
        while index < argument.count {
            let name = argument[index]
            guard names.contains(name.key) else {
                throw Problem(column: name.column, message: "'\(name.text)' is not a COMMA: limit",
                              hint: Self.suggestion(for: name.key, among: names) + hint)
            }
            guard index + 1 < argument.count, argument[index + 1].key == "=" else {
                throw problem(after: name.column + name.text.unicodeScalars.count - 1, "COMMA: \(name.key) has no '= number'",
                              hint: "write e.g. COMMA: \(name.key) = 4")
            }
            guard index + 2 < argument.count, let number = Int(argument[index + 2].key), number >= 0 else {
                let value = index + 2 < argument.count ? argument[index + 2] : argument[index + 1]
                throw Problem(column: value.column, message: "COMMA: \(name.key) takes a whole number"
                                + (value.key == "=" ? "" : ", not '\(value.text)'"), hint: "write e.g. COMMA: \(name.key) = 4")
            }
            values[name.key] = number
            index += 3
        }
        return (clauses ?? .tabari).applying(values)
    }

    /// `TEMPLATE [DOC] [OFF]`: the template, or nil for `OFF`.
    private func forward() throws(Problem) -> PeerCoder.ForwardTemplate? {
        let hint = "write FORWARD: ^^*****NNN*SSS (N marks the story, S the sentence, aligned with the end of the record "
            + "id), or FORWARD: OFF"
        guard let template = argument.first, template.key != "DOC" else {
            throw problem(after: colon, "FORWARD: has no template", hint: hint)
        }
        for word in argument.dropFirst() where word.key != "DOC" && word.key != "OFF" {
            throw Problem(column: word.column, message: "'\(word.text)' is not part of a FORWARD: command",
                          hint: "after the template only DOC and OFF may follow; " + hint)
        }
        if argument.contains(where: { $0.key == "OFF" }) { return nil }
        guard template.key.contains("S") else {
            throw Problem(column: template.column, message: "the FORWARD: template '\(template.text)' marks no sentence with S",
                          hint: hint)
        }
        return PeerCoder.ForwardTemplate(template.key)
    }

    // MARK: Helpers

    /// A problem where something is missing: at the column after `column`.
    private func problem(after column: Int, _ message: String, hint: String) -> Problem {
        Problem(column: column + 1, message: message, hint: hint)
    }

    /// Words as written, joined by single blanks.
    private func text(_ words: some Collection<Word>) -> String { words.map(\.text).joined(separator: " ") }

    /// "did you mean X? " when a candidate is at most two edits from `word`, else "".
    static func suggestion(for word: String, among candidates: [String]) -> String {
        let scored = candidates.map { ($0, editDistance(Array(word), Array($0))) }.filter { $0.1 <= 2 }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return "" }
        return "did you mean \(best.0)? "
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var row = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var previous = row[0]
            row[0] = i + 1
            for (j, y) in b.enumerated() {
                let current = row[j + 1]
                row[j + 1] = min(row[j + 1] + 1, row[j] + 1, previous + (x == y ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }

    /// The blank-separated words of a line, `=`, `[` and `]` each a word of its own; a colon ends a word and is none.
    private static func words(in scalars: [Unicode.Scalar]) -> [Word] {
        var words: [Word] = []
        var start: Int?
        func close(at end: Int) {
            guard let begin = start else { return }
            let text = String(String.UnicodeScalarView(scalars[begin..<end]))
            words.append(Word(text: text, key: text.uppercased(), column: begin + 1))
            start = nil
        }
        for (index, scalar) in scalars.enumerated() {
            if scalar.properties.isWhitespace || scalar == ":" {
                close(at: index)
            } else if scalar == "=" || scalar == "[" || scalar == "]" {
                close(at: index)
                words.append(Word(text: String(scalar), key: String(scalar), column: index + 1))
            } else if start == nil {
                start = index
            }
        }
        close(at: scalars.count)
        return words
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
}

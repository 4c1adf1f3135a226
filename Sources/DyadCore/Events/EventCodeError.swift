/// The error thrown when a string is not a CAMEO event code: it names the value, says why, and suggests codes.
public struct EventCodeError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Reason: Sendable, Hashable {
        case empty
        case notADigit(position: Int, character: Character)
        case wrongLength(Int)
        case unknown
    }

    /// The rejected text, as given.
    public let value: String
    /// The nearest valid codes, best first (at most three); may be empty.
    public let suggestions: [String]
    private let reason: Reason

    /// Builds the error for `value`, which is not in the ontology.
    init(rejecting value: String) {
        self.value = value
        let scalars = Array(value)
        if value.isEmpty {
            reason = .empty
        } else if let position = scalars.firstIndex(where: { !$0.isASCII || !$0.isNumber }) {
            reason = .notADigit(position: position + 1, character: scalars[position])
        } else if !(2...4).contains(scalars.count) {
            reason = .wrongLength(scalars.count)
        } else {
            reason = .unknown
        }
        suggestions = EventCodeError.nearestCodes(to: value)
    }

    /// What is wrong, naming the value.
    public var message: String {
        switch reason {
        case .empty:
            return "an empty string is not a CAMEO event code"
        case .notADigit(let position, let character):
            return "'\(value)' is not a CAMEO event code: character \(position) ('\(character)') is not a digit"
        case .wrongLength(let count):
            return "'\(value)' is not a CAMEO event code: it has \(count) digits, CAMEO codes have 2 to 4"
        case .unknown:
            return "'\(value)' is not a CAMEO event code: \(CAMEOOntology.version) has no such code"
        }
    }

    /// How to fix it: the nearest valid codes, and the rule about leading zeros.
    public var hint: String {
        var text = "CAMEO event codes are 2 to 4 digits with the leading zero kept (\"057\", not \"57\")"
        if !suggestions.isEmpty {
            text = "did you mean " + suggestions.joined(separator: ", ") + "? " + text
        }
        return text
    }

    /// The 1-based character of ``value`` where the problem is, when one character is at fault.
    public var position: Int? {
        if case .notADigit(let position, _) = reason { return position }
        return nil
    }

    /// Message and hint in one line.
    public var description: String { "\(message); \(hint)" }

    /// Up to three valid codes close to `value`: with a leading zero added, its digits alone, its longest valid
    /// prefix, then codes one edit away (sharing the longest prefix first).
    static func nearestCodes(to value: String) -> [String] {
        let table = CAMEOEventTable.standard
        let digits = String(value.filter { $0.isASCII && $0.isNumber })
        var found: [String] = []
        func add(_ code: String) {
            if table.indexByCode[code] != nil, !found.contains(code), code != value { found.append(code) }
        }
        add("0" + digits)
        add(digits)
        var prefix = digits
        while prefix.count > 2, table.indexByCode[prefix] == nil { prefix.removeLast() }
        if prefix != digits { add(prefix) }
        if !digits.isEmpty {
            let near = table.entries.map(\.code)
                .filter { editDistance($0, digits) == 1 }
                .sorted { (-commonPrefix($0, digits), $0) < (-commonPrefix($1, digits), $1) }
            near.forEach(add)
        }
        return Array(found.prefix(3))
    }

    private static func commonPrefix(_ a: String, _ b: String) -> Int {
        zip(a, b).prefix { $0 == $1 }.count
    }

    /// Levenshtein distance, enough for strings of a few characters.
    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i]
            for j in 1...b.count {
                current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}

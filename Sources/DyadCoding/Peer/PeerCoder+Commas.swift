import Foundation

extension PeerCoder {
    /// TABARI's `COMMA:` command: comma-delimited stretches of a text whose word count falls in their range are
    /// left out before coding (asides such as ", a senior official said on Saturday."). An empty range (TABARI's
    /// `BMIN = 255 BMAX = 0`) never matches.
    public struct CommaClauses: Sendable, Equatable {
        /// Between two commas (`MIN`, `MAX`).
        public var inner: ClosedRange<Int>?
        /// From the last comma to the end (`EMIN`, `EMAX`).
        public var end: ClosedRange<Int>?
        /// From the start to the first comma (`BMIN`, `BMAX`).
        public var start: ClosedRange<Int>?

        /// TABARI's defaults: inner and final clauses of 2 to 10 words, no initial one.
        public static var tabari: CommaClauses { CommaClauses(inner: 2...10, end: 2...10, start: nil) }

        /// Limits as given.
        public init(inner: ClosedRange<Int>?, end: ClosedRange<Int>?, start: ClosedRange<Int>?) {
            self.inner = inner
            self.end = end
            self.start = start
        }

        /// `MIN = 4 MAX = 6 EMIN = 3 …` (values by upper-case name) applied to these limits; a name not given keeps
        /// its bound.
        func applying(_ values: [String: Int]) -> CommaClauses {
            func range(_ low: String, _ high: String, _ old: ClosedRange<Int>?) -> ClosedRange<Int>? {
                guard values[low] != nil || values[high] != nil else { return old }
                let lower = values[low] ?? old?.lowerBound ?? 0, upper = values[high] ?? old?.upperBound ?? 0
                return lower <= upper ? lower...upper : nil
            }
            return CommaClauses(inner: range("MIN", "MAX", inner), end: range("EMIN", "EMAX", end),
                                start: range("BMIN", "BMAX", start))
        }

        /// `text` without the comma-delimited stretches these limits take out. A comma counts when a blank follows
        /// it ("1,000" is one word); a final stretch left out keeps the text's closing punctuation. An inner or
        /// final stretch goes only once a word that `isVerb` accepts has come before it: the clause that carries
        /// the sentence's verb ("Arnor's minister, in remarks on Monday, urged Eriador …") stays.
        public func removing(from text: String, isVerb: (Substring) -> Bool = { _ in true }) -> String {
            let pieces = Self.pieces(of: text)
            guard pieces.count > 1 else { return text }
            var result = ""
            var previousKept = false
            var verbSeen = false
            for (index, piece) in pieces.enumerated() {
                let limits = index == 0 ? start : index == pieces.count - 1 ? end : inner
                let removed = (index == 0 || verbSeen) && limits?.contains(Self.words(in: piece)) ?? false
                verbSeen = verbSeen || piece.split(whereSeparator: \.isWhitespace).contains(where: isVerb)
                // A clause left out takes its commas with it: "A, B, C" without B is "A C".
                if !removed { result += (previousKept ? "," : "") + piece }
                previousKept = !removed
            }
            guard result.count < text.count else { return text }
            result = result.trimmingCharacters(in: .whitespaces)
            let closing = text.trimmingCharacters(in: .whitespacesAndNewlines).last.map { ".!?".contains($0) } ?? false
            if closing, let last = text.trimmingCharacters(in: .whitespacesAndNewlines).last,
               !result.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(String(last)) {
                result = result.trimmingCharacters(in: .whitespacesAndNewlines) + String(last)
            }
            return result
        }

        /// The text split at commas followed by a blank.
        private static func pieces(of text: String) -> [Substring] {
            var pieces: [Substring] = []
            var start = text.startIndex
            var index = text.startIndex
            while index < text.endIndex {
                let next = text.index(after: index)
                if text[index] == ",", next == text.endIndex || text[next].isWhitespace {
                    pieces.append(text[start..<index])
                    start = next
                }
                index = next
            }
            pieces.append(text[start...])
            return pieces
        }

        /// Blank-separated words with a letter or digit.
        private static func words(in piece: Substring) -> Int {
            piece.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        }
    }
}

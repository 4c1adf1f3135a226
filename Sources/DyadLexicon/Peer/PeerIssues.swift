import DyadCore

/// A PETRARCH issues file: phrases that tag a sentence with an issue code, grouped in `<ISSUE>` sections.
///
/// ```
/// <ISSUE CATEGORY="EDUCATION" TYPE="ALL">
/// n:teacher [TEACHERS]           # n: noun forms (TEACHER, TEACHERS); v: verb forms (-S, -ED, -ING)
/// pre+k [EARLY_CHILDHOOD_EDUCATION]   # '+': "PRE K" and "PRE-K"
/// ~financial literacy            # ~: if found, no issue from this sentence; ~~: from this story
/// </ISSUE>
/// ```
public struct PeerIssues: PeerDictionaryReadable, Sendable, Hashable {
    /// An `<ISSUE CATEGORY="..." TYPE="...">` section.
    public struct Section: Sendable, Hashable {
        /// The `CATEGORY` attribute; empty when missing.
        public let category: String
        /// The `TYPE` attribute (`ALL`, `COUNTEVENT`), when present.
        public let type: String?
        /// Every attribute, in order, as written.
        public let attributes: [Attribute]
        /// Where the opening tag is.
        public let location: SourceLocation
    }

    /// A `NAME="VALUE"` attribute of a section tag.
    public struct Attribute: Sendable, Hashable {
        /// The name, e.g. `CATEGORY`.
        public let name: String
        /// The value without its quotes.
        public let value: String
    }

    /// How a word expands into forms.
    public enum Inflection: Sendable, Hashable {
        /// As written.
        case none
        /// `n:`: singular and regular plural.
        case noun
        /// `v:`: the regular verb forms.
        case verb
    }

    /// One word of an issue phrase.
    public struct Word: Sendable, Hashable {
        /// The word as written, prefixes and `+` included.
        public let text: String
        /// Its `n:` or `v:` expansion.
        public let inflection: Inflection
        /// True when it has `+`: written both with a blank and with a hyphen there.
        public let hasHyphenVariants: Bool
    }

    /// What an entry does.
    public enum Kind: Sendable, Hashable {
        /// `phrase [CODE]`: tags the sentence with the code.
        case issue(PeerCode)
        /// `~phrase`: when found, the sentence gets no issues.
        case sentenceExclusion
        /// `~~phrase`: when found, the story gets no issues.
        case storyExclusion
    }

    /// One phrase line.
    public struct Entry: Sendable, Hashable {
        /// The phrase as written, without `~` and code.
        public let text: String
        /// Its words.
        public let words: [Word]
        /// Issue or exclusion.
        public let kind: Kind
        /// Index in ``PeerIssues/sections`` of the enclosing section; `nil` outside any.
        public let section: Int?
        /// Where the line's text starts.
        public let location: SourceLocation

        /// The phrase's forms after `+`, `n:` and `v:` expansion, upper-cased, as PETRARCH matches them.
        public var expandedForms: [String] { PeerIssues.expand(text.uppercased()) }
    }

    /// The sections, in file order.
    public var sections: [Section]
    /// The phrases, in file order.
    public var entries: [Entry]

    /// Creates an issues dictionary.
    public init(sections: [Section] = [], entries: [Entry] = []) {
        self.sections = sections
        self.entries = entries
    }

    /// The distinct issue codes, in order of first use.
    public var codes: [PeerCode] {
        var seen = Set<PeerCode>()
        return entries.compactMap { entry in
            guard case .issue(let code) = entry.kind, seen.insert(code).inserted else { return nil }
            return code
        }
    }

    /// Reads an issues file; see ``PeerDictionaryReadable``.
    public static func parse(bytes: [UInt8], file: String) -> PeerLoadResult<PeerIssues> {
        var reader = PeerIssueReader(context: PeerReadContext(bytes: bytes, file: file))
        return reader.read()
    }

    /// PETRARCH's expansion (`read_issue_list`): each `+` gives a blank and a hyphen form; `N:WORD` gives WORD and its
    /// plural (`-IES` after `Y`, else `-S`); `V:WORD` gives WORD, `-S`, `-ED` (`-D` after `E`) and `-ING`.
    static func expand(_ text: String) -> [String] {
        var forms = [text]
        var changed = true
        var rounds = 0
        while changed, rounds < 64 {
            changed = false
            rounds += 1
            var index = 0
            while index < forms.count {
                let form = forms[index]
                if let plus = form.firstIndex(of: "+") {
                    forms[index] = form.peerReplacing(plus...plus, with: " ")
                    forms.insert(form.peerReplacing(plus...plus, with: "-"), at: index + 1)
                    changed = true
                } else if let marker = form.peerRange(of: "N:") {
                    let before = String(form[..<marker.lowerBound])
                    let (word, after) = splitWord(form[marker.upperBound...])
                    forms[index] = before + word + after
                    let plural = word.hasSuffix("Y") ? word.dropLast() + "IES" : word + "S"
                    forms.insert(before + plural + after, at: index + 1)
                    changed = true
                } else if let marker = form.peerRange(of: "V:") {
                    let before = String(form[..<marker.lowerBound])
                    let (word, after) = splitWord(form[marker.upperBound...])
                    forms[index] = before + word + after
                    let past = word.hasSuffix("E") ? word + "D" : word + "ED"
                    let gerund = word.hasSuffix("E") ? word.dropLast() + "ING" : word + "ING"
                    forms.insert(contentsOf: [before + word + "S" + after, before + past + after,
                                              before + gerund + after], at: index + 1)
                    changed = true
                }
                index += 1
            }
        }
        return forms
    }

    private static func splitWord(_ text: Substring) -> (String, String) {
        let end = text.firstIndex(of: " ") ?? text.endIndex
        return (String(text[..<end]), String(text[end...]))
    }
}

extension String {
    fileprivate func peerReplacing(_ range: ClosedRange<String.Index>, with replacement: String) -> String {
        String(self[..<range.lowerBound]) + replacement + String(self[index(after: range.upperBound)...])
    }

    fileprivate func peerRange(of needle: String) -> Range<String.Index>? {
        var start = startIndex
        while start < endIndex {
            if self[start...].hasPrefix(needle) { return start..<index(start, offsetBy: needle.count) }
            start = index(after: start)
        }
        return nil
    }
}

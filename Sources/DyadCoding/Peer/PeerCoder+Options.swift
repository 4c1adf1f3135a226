import DyadCore
import DyadLexicon
import Foundation

extension PeerCoder {
    /// TABARI's coding options (its `.options` file and the `{ OPTION: … }` directives of a validation file); the
    /// defaults change nothing, so PETRARCH coding ignores them.
    public struct Options: Sendable, Equatable {
        /// `SET: MINIMUM WORDS = n`: a document of fewer words (blank-separated) codes nothing.
        public var minimumWords = 0
        /// `SET: CONVERT AGENT = TRUE`: an agent without an actor is coded `~AGT` rather than `---AGT`.
        public var convertAgents = false
        /// `DEFAULT: SOURCE [S] PRIOR TARGET [T] AFTER`: codes for a missing source or target.
        public var defaults = Defaults()
        /// `FORWARD: template`: how a record id names its story and sentence, so that a pronoun subject can take
        /// the first actor of the story's previous sentence; nil when off.
        public var forward: ForwardTemplate?
        /// `COMMA:`: which comma-delimited clauses are left out before coding (see ``PeerCoder/CommaClauses``);
        /// nil when off.
        public var commaClauses: CommaClauses?
        /// `SET: CODE BY CLAUSE`, `SET: CODE BY SENTENCE`, `SET: CODE ALL`: how many events a sentence gives, its
        /// verbs read left to right; nil (PETRARCH) codes every verb not governed by one that coded.
        public var codeBy: CodeBy?

        /// Options that change nothing.
        public init() {}

        /// TABARI's own defaults: eight words at least, comma-delimited asides of 2 to 10 words left out.
        public static var tabari: Options {
            var options = Options()
            options.minimumWords = 8
            options.commaClauses = .tabari
            options.codeBy = .clause
            return options
        }
    }

    /// TABARI's `DEFAULT:` command.
    public struct Defaults: Sendable, Equatable {
        /// The code for a missing source, and whether it is used when no actor comes before the verb (`PRIOR`);
        /// without `PRIOR` the first actor after the verb is the source.
        public var source: String?
        public var sourcePrior = false
        /// The code for a missing target, and whether it is used when no actor comes after the verb (`AFTER`);
        /// without `AFTER` the second actor of a compound source is the target.
        public var target: String?
        public var targetAfter = false

        /// No defaults.
        public init() {}

        /// Whether any default is set.
        public var isActive: Bool { source != nil || target != nil }
    }

    /// A TABARI `FORWARD:` template such as `^^*****NNN*SSS`, aligned with the end of a record id: the `N`
    /// characters give the story, the `S` characters the sentence within it.
    public struct ForwardTemplate: Sendable, Equatable {
        public let pattern: String

        /// The template as written in the option.
        public init(_ pattern: String) { self.pattern = pattern }

        /// The story and sentence number an id names, or nil when its sentence is no number. The template is
        /// aligned with the end of the id; where it reaches before the id's start (`^^` in a shorter id) it is
        /// read as blank, and what the id has before the template is part of the story.
        public func place(of id: String) -> (story: String, sentence: Int)? {
            let template = Array(pattern), characters = Array(id)
            let shift = characters.count - template.count
            var story = String(characters.prefix(max(0, shift))), sentence = ""
            for (offset, mark) in template.enumerated() where mark == "N" || mark == "S" {
                guard characters.indices.contains(offset + shift) else { return nil }
                if mark == "N" { story.append(characters[offset + shift]) } else { sentence.append(characters[offset + shift]) }
            }
            guard let number = Int(sentence) else { return nil }
            return (story, number)
        }

        /// Whether `id` is the sentence after `previous` in the same story.
        public func continues(_ id: String, after previous: String) -> Bool {
            guard let current = place(of: id), let before = place(of: previous) else { return false }
            return current.story == before.story && current.sentence == before.sentence + 1
        }
    }
}

extension PeerCoder.Options {
    /// These options with one TABARI option line applied (`SET: MINIMUM WORDS = 4`, `DEFAULT: OFF`,
    /// `FORWARD: ^^*****NNN*SSS OFF`, …). Commands TABARI defines but Dyad does not implement (`LABEL:`,
    /// `OUTPUT:`, `COMPLEX:`, switches such as `SET: TIME SHIFT = TRUE`) change nothing; so does a line that is
    /// malformed or no TABARI command, silently: ``applying(tabariLine:at:excerpt:diagnostics:)`` says what is
    /// wrong with it.
    public func applying(tabariLine line: String) -> PeerCoder.Options {
        (try? TabariOptionLine(line).applied(to: self)) ?? self
    }

    /// These options with one TABARI option line applied, as ``applying(tabariLine:)``; a line that is malformed
    /// (`SET: MINIMUM WORDS = eight`, `DEFAULT: SOURCE [ABC PRIOR`) or no TABARI command changes nothing and adds
    /// an error to `diagnostics` saying what is wrong and how to fix it, skipping the line.
    ///
    /// - Parameters:
    ///   - location: where `line` starts: its file and line, and its column when it starts inside a longer line
    ///     (a `{ OPTION: … }` directive); the diagnostic's column is that of the problem.
    ///   - excerpt: the input line that holds `line`, shown under the message; `line` itself when nil.
    public func applying(
        tabariLine line: String, at location: SourceLocation, excerpt: String? = nil, diagnostics: inout [Diagnostic]
    ) -> PeerCoder.Options {
        do {
            return try TabariOptionLine(line).applied(to: self)
        } catch {
            var place = location
            place.column = (location.column ?? 1) + error.column - 1
            diagnostics.append(Diagnostic(.error, at: place, error.message + "; option skipped", hint: error.hint,
                                          excerpt: excerpt ?? line))
            return self
        }
    }
}

extension PeerCoder {
    /// `document` as TABARI reads it with these options, or nil when TABARI skips it (fewer words than
    /// `minimumWords`, counted before anything is left out): without the comma-delimited clauses `COMMA:` leaves
    /// out. (Applied to the text before the language layer parses it.)
    public func prepared(_ document: Document) -> Document? {
        guard words(in: document.text) >= options.minimumWords else { return nil }
        guard let commas = options.commaClauses else { return document }
        var prepared = document
        prepared.text = commas.removing(from: document.text, isVerb: isVerbWord)
        return prepared
    }
}

import DyadCore
import Foundation
import DyadLexicon

/// TABARI's conventions that its options switch on (see ``PeerCoder/Options``): minimum words, default actors,
/// agent conversion and the forwarding of a story's actor to a later sentence's pronoun.
extension PeerCoder {
    /// Words of `text` as TABARI counts them: blank-separated stretches with a letter or digit.
    func words(in text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                inWord = false
            } else if !inWord, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// Whether a word of the text (punctuation around it ignored) is a verb of the dictionaries, in any of its
    /// forms (for TABARI, also as a stem: RESTOR takes "restored").
    func isVerbWord(_ word: Substring) -> Bool {
        let form = word.uppercased().trimmingCharacters(in: .punctuationCharacters)
        if rules.verbs[form] != nil { return true }
        guard rules.stemVerbs, form.count > 3 else { return false }
        return (3..<form.count).contains { length in
            (rules.verbs[String(form.prefix(length))] ?? []).contains { !$0.text.hasSuffix("_") }
        }
    }

    /// The first actor named in `document`, its bare code (no agents, the first of a `A/B` code): what TABARI
    /// forwards to the pronouns of the story's next sentence.
    public func firstActor(in document: AnnotatedDocument, on date: CalendarDate) -> String? {
        for sentence in document.sentences where !sentence.tokens.isEmpty {
            let reader = PeerSentence(document: document, sentence: sentence, rules: rules, date: date)
            if let first = reader.actors.first(where: { $0.code != "---" }) {
                return first.code.split(separator: "/").first.map(String.init)
            }
        }
        return nil
    }

    /// Whether a personal pronoun stands before `verb` with no actor before it ("He has also asked Gondor …").
    func hasPronounSubject(before verb: Int, in sentence: PeerSentence) -> Bool {
        let pronouns: Set<String> = ["HE", "SHE", "IT", "THEY"]
        guard let pronoun = (0..<verb).first(where: { pronouns.contains(sentence.words.words[$0]) }) else { return false }
        return !sentence.actors.contains { $0.range.lowerBound < pronoun }
    }

    /// Sources and targets with TABARI's `DEFAULT:` codes filling a gap. A missing source is the default one with
    /// `PRIOR`, else the first target; a missing target is the default one with `AFTER`, else the second member of
    /// a compound source (or the default when there is none).
    func withDefaults(sources: [String], targets: [String]) -> (sources: [String], targets: [String]) {
        let defaults = options.defaults
        guard defaults.isActive else { return (sources, targets) }
        var sources = sources, targets = targets
        if sources.isEmpty {
            if defaults.sourcePrior, let source = defaults.source {
                sources = [source]
            } else if !targets.isEmpty {
                sources = [targets.removeFirst()]
            } else if let source = defaults.source {
                sources = [source]
            }
        }
        if targets.isEmpty, !sources.isEmpty {
            if !defaults.targetAfter, sources.count > 1 {
                targets = Array(sources.dropFirst())
                sources = [sources[0]]
            } else if let target = defaults.target {
                targets = [target]
            }
        }
        return (sources, targets)
    }

    /// An actor code as the options write it: with `CONVERT AGENT`, an agent without an actor (`---MIL`) is `~MIL`.
    func converted(_ code: String) -> String {
        guard options.convertAgents, code.count > 3, code.hasPrefix("---") else { return code }
        return "~" + code.dropFirst(3)
    }
}

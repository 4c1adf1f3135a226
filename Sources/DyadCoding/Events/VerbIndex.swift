import DyadLexicon

/// The verb entries of a lexicon by lemma, and the regular inflections of those lemmas, for finding a token's entries.
///
/// Apart from ``EventCoder`` so that the rules that look entries up take this small value, not the whole coder (with
/// its lexicon and actor resolver), into their closures.
struct VerbIndex: Sendable {
    /// Verb lemma → the entries whose patterns apply to it.
    let verbs: [String: [VerbEntry]]
    /// Regular inflected form → lemma, for verbs the lemmatizer gets wrong ("staging" → "stag").
    let forms: [String: String]

    /// Indexes the verb entries of `lexicon`.
    init(lexicon: Lexicon) {
        var verbs: [String: [VerbEntry]] = [:]
        for entry in lexicon.verbs {
            for lemma in entry.lemmas { verbs[lemma, default: []].append(entry) }
        }
        self.verbs = verbs
        var forms: [String: String] = [:]
        for lemma in verbs.keys.sorted() {
            for form in VerbForms.inflections(of: lemma) where verbs[form] == nil && forms[form] == nil { forms[form] = lemma }
        }
        self.forms = forms
    }

    /// The verb entries for a token: by its lemma, else by its form as a regular inflection of a known lemma.
    func entries(for token: Int, in clause: ClauseReader) -> [VerbEntry]? {
        verbs[clause.lemma(token)] ?? forms[clause.form(token).lowercasedIfNeeded()].flatMap { verbs[$0] }
    }
}

import DyadCore

/// The actor and country codes one file has already had read, so that each is checked against the CAMEO vocabulary
/// once: a few hundred codes ("USAGOV", "RUS") recur on thousands of role, code and country lines, and reading one
/// cost about a twentieth of loading the lexicon.
///
/// Only codes that read without error are kept, and only ASCII text is looked up (two strings Swift deems equal are
/// then the same bytes), so every code gives the answer, or the error, that reading it afresh gives.
struct CodeCache {
    private var codes: [String: ActorCode] = [:]
    private var countries: [String: Bool] = [:]

    /// `ActorCode(text)`.
    mutating func actorCode(_ text: String) throws(ActorCodeError) -> ActorCode {
        guard Self.isASCII(text) else { return try ActorCode(text) }
        if let code = codes[text] { return code }
        let code = try ActorCode(text)
        codes[text] = code
        return code
    }

    /// Whether `text` is a three-letter country code (`CAMEOActorVocabulary.country(text)`, old spellings included).
    mutating func isCountry(_ text: String) -> Bool {
        let read = { CAMEOActorVocabulary.country(text) != nil && text.count == 3 }
        guard Self.isASCII(text) else { return read() }
        if let known = countries[text] { return known }
        let known = read()
        countries[text] = known
        return known
    }

    private static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }
}

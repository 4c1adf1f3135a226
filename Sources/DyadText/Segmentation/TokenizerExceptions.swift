/// Special cases of the English tokenizer: whole chunks that are kept as written or split at fixed places
/// ("don't" → "do" "n't", "Mr." kept whole, "10am" → "10" "am").
///
/// The categories follow the conventions of spaCy's English tokenizer, so that Dyad's tokens line up with the
/// tokens its language models are trained on; the lists themselves are ours.
struct TokenizerExceptions: Sendable {
    /// Each special case as its pieces, in scalars.
    private(set) var table: [String: [Int]] = [:]

    /// Builds the default English table.
    init() {
        addContractions()
        addAbbreviations()
        addTimes()
        addSymbols()
        // Words that look like apostrophe-less contractions but are ordinary words ("its", "well", "shed").
        for word in ["ill", "its", "hell", "shell", "shed", "were", "well", "whore"] {
            table[word] = nil
            table[Self.titleCased(word)] = nil
        }
        // Every apostrophe form is also written with the typographic apostrophe.
        for (key, pieces) in table where key.contains("'") {
            table[String(key.map { $0 == "'" ? "\u{2019}" : $0 })] = pieces
        }
    }

    /// The pieces of `text` when it is a special case.
    func pieces(of text: String) -> [Int]? { table[text] }

    private mutating func add(_ parts: [String]) {
        table[parts.joined()] = parts.map { $0.unicodeScalars.count }
    }

    /// Adds the case in lower case and title case ("don't", "Don't").
    private mutating func addCased(_ parts: [String]) {
        add(parts)
        var titled = parts
        titled[0] = Self.titleCased(parts[0])
        add(titled)
    }

    static func titleCased(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    private mutating func addContractions() {
        // Pronoun + clitic, with and without the apostrophe ("I'm", "Im").
        let clitics: [(pronouns: [String], clitic: String)] = [
            (["i"], "m"), (["i"], "ma"),
            (["i", "you", "he", "she", "it", "we", "they"], "ll"),
            (["i", "you", "he", "she", "it", "we", "they"], "ll've"),
            (["i", "you", "he", "she", "it", "we", "they"], "d"),
            (["i", "you", "he", "she", "it", "we", "they"], "d've"),
            (["i", "you", "we", "they"], "ve"),
            (["you", "we", "they"], "re"),
            (["he", "she", "it"], "s"),
        ]
        for (pronouns, clitic) in clitics {
            for pronoun in pronouns {
                let subject = pronoun == "i" ? "i" : pronoun
                addClitic(subject, clitic)
            }
        }
        // Question words, "there", demonstratives.
        let singular = ["who", "what", "when", "where", "why", "how", "there", "that", "this"]
        let plural = ["these", "those"]
        for word in singular + plural {
            if !plural.contains(word) { addClitic(word, "s") }
            for clitic in ["ll", "ll've", "d", "d've"] { addClitic(word, clitic) }
            if !["that", "this"].contains(word) {
                addClitic(word, "re")
                addClitic(word, "ve")
            }
        }
        addCased(["how", "'d", "'y"])
        // Verb + n't ("isn't" → "is" "n't"; "can't" → "ca" "n't"; "won't" → "wo" "n't").
        let negatable = ["ca", "could", "do", "does", "did", "had", "may", "might", "must", "need", "ought", "sha",
                         "should", "wo", "would"]
        for verb in negatable {
            addCased([verb, "n't"])
            addCased([verb, "nt"])
            addCased([verb, "n't", "'ve"])
            addCased([verb, "nt", "ve"])
        }
        for verb in ["ai", "are", "is", "was", "were", "have", "has", "dare"] {
            addCased([verb, "n't"])
            addCased([verb, "nt"])
        }
        for verb in ["could", "might", "must", "should", "would"] {
            addCased([verb, "'ve"])
            addCased([verb, "ve"])
        }
        addCased(["not", "'ve"])
        addCased(["not", "ve"])
        addCased(["can", "not"])
        addCased(["gon", "na"])
        addCased(["got", "ta"])
        addCased(["let", "'s"])
        addCased(["c'm", "on"])
        addCased(["y'", "all"])
        for whole in ["doin", "goin", "havin", "lovin", "nothin", "nuthin", "somethin", "ol"] {
            addCased([whole])
            addCased([whole + "'"])
        }
        for whole in ["ma'am", "o'clock", "'em", "'nuff", "nuff", "em", "ll", "'s", "'S", "'d", "'ll", "'re",
                      "'cause", "'Cause", "'cos", "'Cos", "'coz", "'Coz", "'cuz", "'Cuz", "'bout"] {
            add([whole])
        }
        add(["Ma'am"])
        add(["O'clock"])
    }

    /// "he's" → "he" "'s"; "hes" → "he" "s" (lower and title case).
    private mutating func addClitic(_ word: String, _ clitic: String) {
        let parts = clitic.split(separator: "'", omittingEmptySubsequences: true).map(String.init)
        // With apostrophes: every piece of the clitic keeps its apostrophe ("'d", "'ve").
        addCased([word] + parts.map { "'" + $0 })
        // Without apostrophes: the same pieces, bare ("Idve" → "I" "d" "ve").
        addCased([word] + parts)
    }

    private mutating func addAbbreviations() {
        let months = ["Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec."]
        let states = ["Ak.", "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ia.", "Id.",
                      "Ill.", "Ind.", "Kan.", "Kans.", "Ky.", "La.", "Mass.", "Md.", "Mich.", "Minn.", "Miss.", "Mo.",
                      "Mont.", "N.C.", "N.D.", "N.H.", "N.J.", "N.M.", "N.Y.", "Neb.", "Nebr.", "Nev.", "Okla.", "Ore.",
                      "Pa.", "S.C.", "Tenn.", "Va.", "Wash.", "Wis.", "D.C."]
        let titles = ["Adm.", "Dr.", "Gen.", "Gov.", "Messrs.", "Mr.", "Mrs.", "Ms.", "Prof.", "Rep.", "Rev.", "Sen.",
                      "St.", "Mt.", "Jr.", "Ph.D."]
        let business = ["Bros.", "co.", "Co.", "Corp.", "Inc.", "Ltd."]
        let latin = ["e.g.", "E.g.", "E.G.", "i.e.", "I.e.", "I.E.", "vs.", "v.s.", "a.m.", "p.m."]
        for abbreviation in months + states + titles + business + latin { add([abbreviation]) }
        // Single lower-case letters with a period ("a." in lists); capitals stay whole by the affix rules anyway.
        for letter in "abcdefghijklmnopqrstuvwxyzäöü" { add([String(letter) + "."]) }
    }

    private mutating func addTimes() {
        for hour in 1...12 {
            for suffix in ["a.m.", "am", "p.m.", "pm"] { add([String(hour), suffix]) }
        }
    }

    private mutating func addSymbols() {
        for symbol in ["C++", "''", "\\\")", "<space>", "\\n", "\\t", "and/or"] { add([symbol]) }
        for unit in ["C", "F", "K", "c", "f", "k"] { add(["°", unit, "."]) }
        let emoticons = """
            :) :-) :)) :-)) :))) :-))) (: (-: =) (= :] :-] [: [-: [= =] :o) (o: :} :-} 8) 8-) (-8 ;) ;-) (; (-; :( \
            :-( :(( :-(( :((( :-((( ): )-: =( >:( :') :'-) :'( :'-( :/ :-/ =/ =| :| :-| ]= =[ :1 :P :-P :p :-p :O \
            :-O :o :-o :0 :-0 :() >:o :* :-* :3 :-3 =3 :> :-> :X :-X :x :-x :D :-D ;D ;-D =D xD XD xDD XDD 8D 8-D \
            ^_^ ^__^ ^___^ >.< >.> <.< ._. ;_; -_- -__- v.v V.V v_v V_V o_o o_O O_o O_O 0_o o_0 0_0 o.O O.o O.O o.o \
            0.0 o.0 0.o @_@ <3 <33 <333 </3 (^_^) (-_-) (._.) (>_<) (*_*) (¬_¬) ಠ_ಠ ಠ︵ಠ (ಠ_ಠ) ¯\\(ツ)/¯ ><(((*>
            """
        for emoticon in emoticons.split(whereSeparator: { $0 == " " || $0 == "\n" }) { add([String(emoticon)]) }
    }
}

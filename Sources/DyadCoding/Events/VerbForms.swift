/// The regular inflections of a verb lemma ("stage": stages, staged, staging), so that a verb the lemmatizer got
/// wrong ("staging" → "stag") still finds its patterns by its form. Both the plain and the doubled-consonant forms
/// are produced ("quiz": quizzed; "stonewall": stonewalled); only forms are generated, never patterns.
enum VerbForms {
    static func inflections(of lemma: String) -> [String] {
        guard !lemma.contains(" "), lemma.count >= 2 else { return [] }
        var forms: Set<String> = []
        let last = lemma.last!
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        // third person
        if lemma.hasSuffix("y"), let before = lemma.dropLast().last, !vowels.contains(before) {
            forms.insert(String(lemma.dropLast()) + "ies")
        } else if ["s", "x", "z", "h", "o"].contains(last) {
            forms.insert(lemma + "es")
        } else {
            forms.insert(lemma + "s")
        }
        // past and participles
        if last == "e" {
            forms.insert(lemma + "d")
            forms.insert(String(lemma.dropLast()) + "ing")
        } else if lemma.hasSuffix("y"), let before = lemma.dropLast().last, !vowels.contains(before) {
            forms.insert(String(lemma.dropLast()) + "ied")
            forms.insert(lemma + "ing")
        } else {
            forms.insert(lemma + "ed")
            forms.insert(lemma + "ing")
            if !vowels.contains(last), !["w", "x", "y"].contains(last) {
                forms.insert(lemma + String(last) + "ed")
                forms.insert(lemma + String(last) + "ing")
            }
        }
        return forms.sorted()
    }
}

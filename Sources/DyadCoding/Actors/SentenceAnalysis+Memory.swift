import DyadCore

/// What a sentence's mentions leave for the references of later ones: the countries, the last person and their
/// name's parts, the last state or body, the last international organisation and the last armed group.
extension SentenceAnalysis {
    /// Records `mention` in `context` for the references that follow it.
    func remember(_ mention: ActorMention, context: inout DocumentContext) {
        if let principal = mention.code.components.first, principal.kind == .country {
            context.noteCountry(principal.code)
        }
        // A title that names one person ("King Hassan of Morocco", "the Iranian president") is "he" or "she" later.
        let isTitle = mention.entry.hasPrefix("agent/") && mention.head >= 0 && mention.head < document.tokens.count
            && ["NN", "NNP"].contains(xpos(mention.head))
            && (Self.personTitles.contains(lemma(mention.head).lowercasedIfNeeded()) || xpos(mention.head) == "NNP"
                && mention.tokens.contains { Self.personTitles.contains(lemma($0).lowercasedIfNeeded()) })
        let isPerson = mention.isPerson
            || mention.rule == "coreference: surname" || isTitle
        if isPerson {
            if let last = context.lastPerson, last.entry != mention.entry || last.code != mention.code {
                context.earlierPersons.append(last)
                if context.earlierPersons.count > 4 { context.earlierPersons.removeFirst() }
            }
            context.lastPerson = (mention.code, mention.name, mention.entry, index)
            // Every part of the name may come back alone: "Putin", "Yoon", "Odinga".
            let given = Set(["mr", "mrs", "ms", "dr", "president", "minister", "prime", "general", "king"])
            for part in mention.name.split(whereSeparator: { $0 == " " || $0 == "-" }) where part.count > 2 && !isTitle {
                let key = part.lowercasedIfNeeded()
                if !given.contains(key) { context.surnames[key] = (mention.code, mention.name, mention.entry) }
            }
        } else {
            context.lastOther = (mention.code, mention.name, mention.entry, index)
            // Only an organisation named, not one a reference stood for again.
            if mention.code.principal.code.hasPrefix("IGO"), mention.entry.hasPrefix("organisation/") {
                context.lastOrganisation = (mention.code, mention.name, mention.entry, index)
            }
            if mention.entry.hasPrefix("group/") { context.lastGroup = (mention.code, mention.name, mention.entry, index) }
        }
    }
}

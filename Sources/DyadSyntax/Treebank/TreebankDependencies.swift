import DyadCore

/// A constituency tree turned into labelled dependencies of the kind Dyad's parser writes (spaCy's English labels),
/// so that a parse supplied with the input — a PETRARCH record's `<Parse>`, made by CoreNLP — can stand in for
/// Dyad's own. Heads follow simplified Collins head rules, with auxiliaries, "to" and the copula's verb phrase handed
/// to the main verb as Stanford's basic dependencies do; labels are read off the configuration (a noun phrase before
/// the verb phrase is `nsubj`, the first after the verb `dobj`, a "by" phrase in a passive `agent`, …).
public struct TreebankDependencies: Sendable {
    /// Words and tags of the leaves, bracket tokens (`-LRB-`) written as the characters they stand for.
    public let words: [String]
    public let tags: [String]
    /// 0-based head of each word, -1 for the root.
    public let heads: [Int]
    public let labels: [String]

    /// Converts `tree`.
    public init(tree: TreebankTree) {
        let leaves = tree.leaves
        let brackets = ["-LRB-": "(", "-RRB-": ")", "-LCB-": "{", "-RCB-": "}", "-LSB-": "[", "-RSB-": "]"]
        words = leaves.map { brackets[$0.word] ?? $0.word }
        tags = leaves.map(\.tag)
        var builder = Builder(words: words.map { $0.lowercased() }, tags: tags)
        var next = 0
        let root = builder.visit(tree, next: &next)
        if let root { builder.labels[root.head] = "ROOT" }
        heads = builder.heads
        labels = builder.labels
    }

    /// What a converted phrase tells its parent.
    struct Info {
        var head: Int
        var label: String
        var passive = false
        /// First word of the phrase (lower case), for "by" phrases and subordinators.
        var first: String
        /// The phrase ends with a possessive "'s".
        var possessive = false
        /// Leaf tag, for leaves.
        var tag: String?
    }

    struct Builder {
        var heads: [Int]
        var labels: [String]
        let words: [String]
        let tags: [String]

        init(words: [String], tags: [String]) {
            heads = Array(repeating: -1, count: words.count)
            labels = Array(repeating: "dep", count: words.count)
            self.words = words
            self.tags = tags
        }

        static let auxiliaries: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "'m",
                                               "has", "have", "had", "having", "do", "does", "did", "will", "would",
                                               "shall", "should", "can", "could", "may", "might", "must", "to", "'ll", "'d",
                                               "wo", "ca"]
        static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "'m",
                                           "get", "got", "gets", "getting"]
        static let subordinators: Set<String> = ["after", "before", "because", "while", "when", "if", "although", "though",
                                                 "since", "until", "unless", "as", "once", "whereas", "whether"]
        static let punctuation: Set<String> = [".", ",", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP", "$", "#"]

        mutating func visit(_ node: TreebankTree, next: inout Int) -> Info? {
            switch node {
            case .leaf(let tag, _):
                let index = next
                next += 1
                return Info(head: index, label: tag, first: words[index], tag: tag)
            case .phrase(let label, let children):
                var infos: [Info] = []
                for child in children { if let info = visit(child, next: &next) { infos.append(info) } }
                guard !infos.isEmpty else { return nil }
                return attach(label: label, infos)
            }
        }

        static func isNounTag(_ tag: String) -> Bool {
            tag.hasPrefix("NN") || tag == "PRP" || tag == "CD" || tag == "QP" || tag == "NX" || tag == "NML"
        }

        func headIndex(_ label: String, _ infos: [Info]) -> Int {
            func first(_ test: (Info) -> Bool) -> Int? { infos.firstIndex(where: test) }
            func last(_ test: (Info) -> Bool) -> Int? { infos.lastIndex(where: test) }
            let content = first { !Self.punctuation.contains($0.tag ?? "") } ?? 0
            switch label {
            case "ROOT": return content
            case "S", "SQ", "SINV", "SBARQ":
                return first { $0.label == "VP" } ?? first { $0.label.hasPrefix("S") } ?? first { $0.label == "ADJP" || $0.label == "NP" } ?? content
            case "VP":
                return first { ($0.tag ?? "").hasPrefix("VB") || $0.tag == "MD" || $0.tag == "TO" } ?? first { $0.label == "VP" } ?? content
            case "NP", "NML", "NX", "WHNP":
                // A flat coordination ("Mordor , Rohan , Fornost and Bree"): the first conjunct heads it.
                if infos.contains(where: { $0.tag == "CC" }),
                   let firstNoun = first({ Self.isNounTag($0.tag ?? "") || $0.label == "NP" }),
                   infos.indices.contains(where: { $0 > firstNoun && infos[$0].tag == "CC" }) { return firstNoun }
                if let lastInfo = infos.last, !Self.isNounTag(lastInfo.tag ?? lastInfo.label) || lastInfo.tag == nil,
                   let phrase = first({ $0.label == "NP" || $0.label == "NML" }) { return phrase }
                return last { Self.isNounTag($0.tag ?? "") } ?? last { $0.tag != nil && !Self.punctuation.contains($0.tag!) } ?? content
            case "PP", "WHPP": return first { ["IN", "TO", "RP", "VBG", "VBN"].contains($0.tag ?? "") } ?? content
            case "SBAR": return first { $0.label.hasPrefix("S") } ?? content
            case "ADJP", "WHADJP": return last { ($0.tag ?? "").hasPrefix("JJ") } ?? content
            case "ADVP", "WHADVP": return last { ($0.tag ?? "").hasPrefix("RB") } ?? content
            case "QP": return last { $0.tag == "CD" } ?? content
            default: return content
            }
        }

        mutating func attach(label: String, _ infos: [Info]) -> Info {
            var head = headIndex(label, infos)
            var passive = false
            var auxiliaries: [Int] = []
            // Auxiliaries, modals, "to": the verb phrase they govern is the head.
            if label == "VP", let tag = infos[head].tag, tag.hasPrefix("VB") || tag == "MD" || tag == "TO",
               Self.auxiliaries.contains(infos[head].first),
               let inner = infos.indices.first(where: { $0 > head && infos[$0].label == "VP" }) {
                auxiliaries.append(head)
                // "was attacked": a form of "be" (or "get") over a past participle.
                passive = infos[inner].passive || (Self.beForms.contains(infos[head].first) && tags[infos[inner].head] == "VBN")
                head = inner
            } else if label == "VP" {
                passive = infos[head].passive
            } else if label.hasPrefix("S") {
                passive = infos[head].passive
            }
            let headInfo = infos[head]
            let coordinated = infos.contains { $0.tag == "CC" }
            var objects = 0
            let nounPhrasesAfter = infos.indices.filter { $0 > head && infos[$0].label == "NP" }.count
            for (index, info) in infos.enumerated() where index != head {
                heads[info.head] = headInfo.head
                labels[info.head] = relation(of: info, at: index, in: label, head: head, infos: infos, passive: passive,
                                             auxiliary: auxiliaries.contains(index), coordinated: coordinated,
                                             objects: &objects, nounPhrasesAfter: nounPhrasesAfter)
            }
            var result = Info(head: headInfo.head, label: label, passive: passive, first: infos[0].first)
            result.possessive = infos.last?.tag == "POS"
            return result
        }

        func relation(of info: Info, at index: Int, in label: String, head: Int, infos: [Info], passive: Bool,
                      auxiliary: Bool, coordinated: Bool, objects: inout Int, nounPhrasesAfter: Int) -> String {
            let tag = info.tag ?? ""
            if Self.punctuation.contains(tag) { return "punct" }
            if tag == "CC" { return "cc" }
            if auxiliary { return passive && Self.beForms.contains(info.first) ? "auxpass" : "aux" }
            let before = index < head
            if coordinated, !before, sameKind(info, infos[head]) { return "conj" }
            switch label {
            case "S", "SQ", "SINV", "SBARQ", "ROOT":
                if info.label == "NP" && before { return passive ? "nsubjpass" : "nsubj" }
                if info.label == "SBAR" { return "advcl" }
                if info.label == "PP" { return "prep" }
                if info.label == "ADVP" || tag.hasPrefix("RB") { return "advmod" }
                if info.label.hasPrefix("S") { return before ? "advcl" : "ccomp" }
                return "dep"
            case "VP":
                if tag == "MD" || tag == "TO" { return "aux" }
                if ["not", "n't", "never"].contains(info.first) && (tag.hasPrefix("RB") || info.label == "ADVP") { return "neg" }
                if info.label == "ADVP" || tag.hasPrefix("RB") { return "advmod" }
                if info.label == "NP" && !before {
                    objects += 1
                    return nounPhrasesAfter >= 2 && objects == 1 ? "dative" : "dobj"
                }
                if info.label == "NP" { return "nsubj" }
                // "by" after a past participle: the passive's agent (the "be" that makes it passive sits higher up).
                if info.label == "PP" { return info.first == "by" && (passive || tags[infos[head].head] == "VBN") ? "agent" : "prep" }
                if info.label == "PRT" || tag == "RP" { return "prt" }
                if info.label == "SBAR" { return Self.subordinators.contains(info.first) ? "advcl" : "ccomp" }
                if info.label.hasPrefix("S") { return info.first == "to" ? "xcomp" : "ccomp" }
                if info.label == "ADJP" || tag.hasPrefix("JJ") { return "acomp" }
                if info.label == "VP" { return "xcomp" }
                return "dep"
            case "NP", "NML", "NX", "WHNP":
                if ["DT", "PDT", "WDT"].contains(tag) { return "det" }
                if tag == "PRP$" || tag == "WP$" || info.possessive { return "poss" }
                if tag == "POS" { return "case" }
                if tag == "CD" || info.label == "QP" { return "nummod" }
                if tag.hasPrefix("JJ") || info.label == "ADJP" || ((tag == "VBN" || tag == "VBG") && before) { return "amod" }
                if before && (tag.hasPrefix("NN") || info.label == "NP" || info.label == "NML") { return "compound" }
                if info.label == "PP" { return "prep" }
                if info.label == "SBAR" { return "relcl" }
                if info.label == "VP" || info.label.hasPrefix("S") { return "acl" }
                if info.label == "NP" || info.label == "PRN" { return "appos" }
                if info.label == "ADVP" || tag.hasPrefix("RB") { return "advmod" }
                return "dep"
            case "PP", "WHPP":
                if info.label == "NP" || tag.hasPrefix("NN") || tag == "PRP" { return "pobj" }
                if info.label.hasPrefix("S") || info.label == "VP" { return "pcomp" }
                if tag.hasPrefix("RB") || info.label == "ADVP" { return "advmod" }
                return "dep"
            case "SBAR":
                return tag == "IN" || info.label.hasPrefix("WH") || tag.hasPrefix("W") ? "mark" : "dep"
            case "ADJP", "ADVP":
                if tag.hasPrefix("RB") || info.label == "ADVP" { return "advmod" }
                if info.label == "PP" { return "prep" }
                return "dep"
            default:
                return "dep"
            }
        }

        /// Whether two sisters are alike enough to be coordinated (noun with noun, verb phrase with verb phrase, …).
        func sameKind(_ a: Info, _ b: Info) -> Bool {
            func kind(_ info: Info) -> String {
                let value = info.tag ?? info.label
                if value.hasPrefix("NN") || value == "NP" || value == "PRP" { return "N" }
                if value.hasPrefix("VB") || value == "VP" { return "V" }
                if value.hasPrefix("JJ") || value == "ADJP" { return "A" }
                if value.hasPrefix("S") { return "S" }
                return value
            }
            return kind(a) == kind(b)
        }
    }
}

extension TreebankDependencies {
    /// The Universal POS tag a Penn Treebank tag usually stands for.
    static func upos(of tag: String) -> String {
        switch tag {
        case "NN", "NNS": "NOUN"
        case "NNP", "NNPS": "PROPN"
        case "MD": "AUX"
        case "JJ", "JJR", "JJS": "ADJ"
        case "RB", "RBR", "RBS", "WRB": "ADV"
        case "IN", "RP": "ADP"
        case "DT", "PDT", "WDT": "DET"
        case "PRP", "PRP$", "WP", "WP$", "EX": "PRON"
        case "CD": "NUM"
        case "CC": "CCONJ"
        case "TO", "POS": "PART"
        case "UH": "INTJ"
        case "SYM", "$", "#": "SYM"
        default: tag.hasPrefix("VB") ? "VERB" : (tag.first.map { $0.isLetter } == true ? "X" : "PUNCT")
        }
    }

    /// `document` as the tree reads it: its text becomes the tree's words joined by blanks (one token each, one
    /// sentence), with the tree's tags, heads and labels, lemmas from `lemmatizer`, and no entities.
    public func annotated(_ document: Document, lemmatizer: Lemmatizer) -> AnnotatedDocument {
        var text = ""
        var tokens: [Token] = []
        var scalar = 0, byte = 0
        for (index, word) in words.enumerated() {
            if index > 0 {
                text += " "
                scalar += 1
                byte += 1
            }
            let scalars = word.unicodeScalars.count, bytes = word.utf8.count
            tokens.append(Token(span: Span(start: scalar, end: scalar + scalars), utf8Start: byte, utf8End: byte + bytes,
                                spaceAfter: index + 1 < words.count))
            text += word
            scalar += scalars
            byte += bytes
        }
        var copy = document
        copy.text = text
        let sentence = Sentence(tokens: 0..<tokens.count, span: Span(start: 0, end: scalar), utf8Range: 0..<byte)
        var annotated = AnnotatedDocument(document: copy, tokens: tokens, sentences: tokens.isEmpty ? [] : [sentence])
        annotated.xpos = tags
        annotated.upos = tags.map(Self.upos)
        annotated.lemmas = zip(words, annotated.upos).map { lemmatizer.lemma(of: $0, upos: $1).lemma }
        annotated.heads = heads
        annotated.deprels = labels
        annotated.entityTags = Array(repeating: "O", count: words.count)
        return annotated
    }
}

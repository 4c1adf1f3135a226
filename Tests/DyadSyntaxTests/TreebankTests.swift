import DyadCore
import DyadSyntax
import Testing

@Suite("Penn Treebank trees as dependencies")
struct TreebankTests {
    /// word → (head word or "ROOT", label)
    static func arcs(_ bracketed: String) throws -> [String: (String, String)] {
        let tree = try #require(TreebankTree(bracketed: bracketed))
        let dependencies = TreebankDependencies(tree: tree)
        var arcs: [String: (String, String)] = [:]
        for (index, word) in dependencies.words.enumerated() {
            let head = dependencies.heads[index]
            arcs[word] = (head < 0 ? "ROOT" : dependencies.words[head], dependencies.labels[index])
        }
        return arcs
    }

    @Test("a passive with its by-agent: nsubjpass, auxpass, agent, pobj")
    func passive() throws {
        let arcs = try Self.arcs("(ROOT (S (NP (NNP Eriador)) (VP (VBD was) (VP (VBN opposed) (PP (IN by) (NP (NNP Osgiliath))))) (. .)))")
        #expect(arcs["opposed"]! == ("ROOT", "ROOT"))
        #expect(arcs["Eriador"]! == ("opposed", "nsubjpass"))
        #expect(arcs["was"]! == ("opposed", "auxpass"))
        #expect(arcs["by"]! == ("opposed", "agent"))
        #expect(arcs["Osgiliath"]! == ("by", "pobj"))
        #expect(arcs["."]! == ("opposed", "punct"))
    }

    @Test("auxiliaries and 'to' hand the head to the main verb; objects, prepositions, possessives")
    func verbChain() throws {
        let arcs = try Self.arcs("""
            (ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (VP (IN about) (S (VP (TO to) (VP (VB restore)
              (NP (NP (NNP Gondor) (POS 's)) (JJ full) (NNS ties)) (PP (IN with) (NP (DT the) (NN Shire)))))))) (. .)))
            """)
        // "is" over a verb phrase is an auxiliary: the phrase it governs ("about to restore") heads the clause.
        #expect(arcs["Arnor"]! == ("about", "nsubj"))
        #expect(arcs["is"]! == ("about", "aux"))
        #expect(arcs["restore"]! == ("about", "xcomp"))
        #expect(arcs["to"]! == ("restore", "aux"))
        #expect(arcs["ties"]! == ("restore", "dobj"))
        #expect(arcs["Gondor"]! == ("ties", "poss"))
        #expect(arcs["'s"]! == ("Gondor", "case"))
        #expect(arcs["full"]! == ("ties", "amod"))
        #expect(arcs["with"]! == ("restore", "prep"))
        #expect(arcs["Shire"]! == ("with", "pobj"))
        #expect(arcs["the"]! == ("Shire", "det"))
    }

    @Test("coordination: the first conjunct heads a list, the others are conj, 'and' is cc")
    func coordination() throws {
        let arcs = try Self.arcs("(ROOT (S (NP (NNP Mordor) (, ,) (NNP Rohan) (CC and) (NNP Bree)) (VP (VBD welcomed) (NP (NNS talks))) (. .)))")
        #expect(arcs["Mordor"]! == ("welcomed", "nsubj"))
        #expect(arcs["Rohan"]! == ("Mordor", "conj"))
        #expect(arcs["Bree"]! == ("Mordor", "conj"))
        #expect(arcs["and"]! == ("Mordor", "cc"))
        #expect(arcs["talks"]! == ("welcomed", "dobj"))
    }

    @Test("malformed trees are refused; a tree becomes a one-sentence document of its words")
    func malformedAndDocument() throws {
        #expect(TreebankTree(bracketed: "(S (NP (NNP Arnor))") == nil)
        #expect(TreebankTree(bracketed: "(S (NP (NNP Arnor))))") == nil)
        #expect(TreebankTree(bracketed: "(S (NP (NNP)))") == nil)
        #expect(TreebankTree(bracketed: "") == nil)
        let tree = try #require(TreebankTree(bracketed: "(ROOT (S (NP (NNP Arnor)) (VP (VBD wept) (-LRB- -LRB-) (NN sic) (-RRB- -RRB-))))"))
        let models = try LanguageModels.bundled()
        let document = TreebankDependencies(tree: tree).annotated(Document(id: "t", text: "ignored"), lemmatizer: models.lemmatizer)
        #expect(document.document.text == "Arnor wept ( sic )")
        #expect(document.tokens.map { String(document.text(of: $0)) } == ["Arnor", "wept", "(", "sic", ")"])
        #expect(document.sentences.count == 1)
        #expect(document.lemmas[1] == "weep")
        #expect(document.upos[0] == "PROPN")
    }
}

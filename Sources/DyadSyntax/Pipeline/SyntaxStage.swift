import DyadCore
import DyadText

/// The language layer as a pipeline stage: tags, lemmatizes, parses and finds the entities of every sentence of a
/// segmented document, filling `xpos`, `upos`, `lemmas`, `heads`, `deprels` and `entityTags`.
///
/// With a ``ParseSelector``, every sentence is still tagged, lemmatized and has its entities found, but only the
/// sentences the selector picks are parsed; the others are listed in `unparsedSentences`, their tokens with head -1
/// and label `_`.
public struct SyntaxStage: Stage {
    /// The models used.
    public let models: LanguageModels
    /// Which sentences to parse; nil parses all.
    public let selector: (any ParseSelector)?

    /// A stage with these models, parsing the sentences `selector` picks (all without one).
    public init(models: LanguageModels, selector: (any ParseSelector)? = nil) {
        self.models = models
        self.selector = selector
    }

    public var name: String { "syntax" }
    public var requires: Set<Annotation> { [.tokens, .sentences] }
    public var produces: Set<Annotation> { [.tags, .lemmas, .dependencies, .entities] }

    public func apply(to document: inout AnnotatedDocument) -> [Diagnostic] {
        let count = document.tokens.count
        // Arrays of their own: copies of one would each be copied again at their first write.
        var xpos = [String](repeating: "_", count: count), upos = [String](repeating: "_", count: count)
        var lemmas = [String](repeating: "_", count: count), deprels = [String](repeating: "_", count: count)
        var entityTags = [String](repeating: "O", count: count)
        var heads = [Int](repeating: -1, count: count)
        var analysed: [(sentence: Int, forms: [String], analysis: LanguageModels.Analysis)] = []
        analysed.reserveCapacity(document.sentences.count)
        let sentences = document.sentences.indices.filter { !document.sentences[$0].tokens.isEmpty }
        let allForms = sentences.map { index in
            document.sentences[index].tokens.map { String(document.text(of: document.tokens[$0])) }
        }
        // Analysed together (`LanguageModels.analyseWithoutParsing(sentences:)`), each as on its own.
        let analyses = models.analyseWithoutParsing(sentences: allForms)
        for (index, (forms, analysis)) in zip(sentences, zip(allForms, analyses)) {
            let sentence = document.sentences[index]
            for (offset, token) in sentence.tokens.enumerated() {
                xpos[token] = analysis.xpos[offset]
                upos[token] = analysis.upos[offset]
                lemmas[token] = analysis.lemmas[offset]
                entityTags[token] = analysis.entityTags[offset]
            }
            analysed.append((index, forms, analysis))
        }
        document.xpos = xpos
        document.upos = upos
        document.lemmas = lemmas
        document.heads = heads
        document.deprels = deprels
        document.entityTags = entityTags
        var chosen: [Bool]?
        if let selector {
            document.unparsedSentences = Set(analysed.map(\.sentence))
            let flags = selector.sentencesToParse(in: document)
            // A selector that answers for another number of sentences is ignored: everything is parsed.
            chosen = flags.count == document.sentences.count ? flags : nil
        }
        // The document lets go of the unparsed heads and labels, so that filling them in does not copy them.
        document.heads = []
        document.deprels = []
        var unparsed = Set<Int>()
        var toParse: [(sentence: Int, forms: [String], tags: [String])] = []
        for (index, forms, analysis) in analysed {
            guard chosen?[index] ?? true else {
                unparsed.insert(index)
                continue
            }
            toParse.append((index, forms, analysis.xpos))
        }
        // The sentences are parsed together (`TransitionParser.parse(sentences:)`), each as on its own.
        let parses = models.parser.parse(sentences: toParse.map { ($0.forms, $0.tags) })
        for (sentence, parsed) in zip(toParse, parses) {
            let first = document.sentences[sentence.sentence].tokens.lowerBound
            for (offset, head) in parsed.heads.enumerated() {
                heads[first + offset] = head == 0 ? -1 : first + head - 1
                deprels[first + offset] = parsed.labels[offset]
            }
        }
        document.heads = heads
        document.deprels = deprels
        document.unparsedSentences = unparsed
        return []
    }
}

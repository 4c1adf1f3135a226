import DyadCore
import DyadText

/// The language layer as a pipeline stage: tags, lemmatizes, parses and finds the entities of every sentence of a
/// segmented document, filling `xpos`, `upos`, `lemmas`, `heads`, `deprels` and `entityTags`.
public struct SyntaxStage: Stage {
    /// The models used.
    public let models: LanguageModels

    /// A stage with these models.
    public init(models: LanguageModels) { self.models = models }

    public var name: String { "syntax" }
    public var requires: Set<Annotation> { [.tokens, .sentences] }
    public var produces: Set<Annotation> { [.tags, .lemmas, .dependencies, .entities] }

    public func apply(to document: inout AnnotatedDocument) -> [Diagnostic] {
        let count = document.tokens.count
        var xpos = [String](repeating: "_", count: count), upos = xpos, lemmas = xpos, deprels = xpos
        var entityTags = [String](repeating: "O", count: count)
        var heads = [Int](repeating: -1, count: count)
        for sentence in document.sentences where !sentence.tokens.isEmpty {
            let forms = sentence.tokens.map { String(document.text(of: document.tokens[$0])) }
            let analysis = models.analyse(forms)
            let first = sentence.tokens.lowerBound
            for (offset, index) in sentence.tokens.enumerated() {
                xpos[index] = analysis.xpos[offset]
                upos[index] = analysis.upos[offset]
                lemmas[index] = analysis.lemmas[offset]
                heads[index] = analysis.heads[offset] == 0 ? -1 : first + analysis.heads[offset] - 1
                deprels[index] = analysis.deprels[offset]
                entityTags[index] = analysis.entityTags[offset]
            }
        }
        document.xpos = xpos
        document.upos = upos
        document.lemmas = lemmas
        document.heads = heads
        document.deprels = deprels
        document.entityTags = entityTags
        return []
    }
}

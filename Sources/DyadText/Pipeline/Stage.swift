import DyadCore

/// A kind of annotation a stage can require or produce.
public enum Annotation: String, Sendable, Hashable, CaseIterable {
    case tokens, sentences, tags, lemmas, dependencies, entities
}

/// One step of analysis: a pure function of the document so far, declaring what it needs and what it adds.
public protocol Stage: Sendable {
    /// Name used in diagnostics and `explain`.
    var name: String { get }
    /// Annotations that must exist before this stage runs.
    var requires: Set<Annotation> { get }
    /// Annotations this stage adds.
    var produces: Set<Annotation> { get }
    /// Adds this stage's annotations to `document`, returning diagnostics (warnings, notes) about it.
    func apply(to document: inout AnnotatedDocument) -> [Diagnostic]
}

/// An ordered list of stages whose requirements were checked when it was built, not mid-run.
public struct Pipeline: Sendable {
    /// A pipeline whose stages do not fit together.
    public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    public let stages: [any Stage]

    /// Builds the pipeline, checking that every stage's requirements are produced by an earlier stage.
    public init(_ stages: [any Stage]) throws(ConfigurationError) {
        var available: Set<Annotation> = []
        for stage in stages {
            let missing = stage.requires.subtracting(available)
            if !missing.isEmpty {
                let names = missing.map(\.rawValue).sorted().joined(separator: ", ")
                throw ConfigurationError(description: "stage '\(stage.name)' needs \(names), which no earlier stage "
                    + "produces; add the stage that produces it before '\(stage.name)'")
            }
            available.formUnion(stage.produces)
        }
        self.stages = stages
    }

    /// The standard text pipeline: tokenizer, then sentence splitter.
    public static func segmentation(
        tokenizer: Tokenizer = Tokenizer(), splitter: SentenceSplitter = SentenceSplitter()
    ) -> Pipeline {
        // Tokenization produces what sentence splitting requires, so this cannot fail.
        try! Pipeline([TokenizationStage(tokenizer: tokenizer), SentenceSplittingStage(splitter: splitter)])
    }

    /// Runs every stage over `document`.
    public func run(_ document: Document) -> (document: AnnotatedDocument, diagnostics: [Diagnostic]) {
        var annotated = AnnotatedDocument(document: document)
        var diagnostics: [Diagnostic] = []
        for stage in stages { diagnostics += stage.apply(to: &annotated) }
        return (annotated, diagnostics)
    }
}

/// Splits the document text into tokens.
public struct TokenizationStage: Stage {
    public let tokenizer: Tokenizer
    public var name: String { "tokenizer" }
    public var requires: Set<Annotation> { [] }
    public var produces: Set<Annotation> { [.tokens] }

    public init(tokenizer: Tokenizer = Tokenizer()) { self.tokenizer = tokenizer }

    public func apply(to document: inout AnnotatedDocument) -> [Diagnostic] {
        document.tokens = tokenizer.tokenize(document.document.text)
        return []
    }
}

/// Groups tokens into sentences, warning about sentences it had to cut.
public struct SentenceSplittingStage: Stage {
    public let splitter: SentenceSplitter
    public var name: String { "sentence splitter" }
    public var requires: Set<Annotation> { [.tokens] }
    public var produces: Set<Annotation> { [.sentences] }

    public init(splitter: SentenceSplitter = SentenceSplitter()) { self.splitter = splitter }

    public func apply(to document: inout AnnotatedDocument) -> [Diagnostic] {
        let result = splitter.split(document.document.text, tokens: document.tokens)
        document.sentences = result.sentences
        guard result.cuts > 0 else { return [] }
        let origin = document.document.origin ?? document.document.id
        return [Diagnostic(.warning, at: SourceLocation(file: origin),
                           "document '\(document.document.id)': \(result.cuts) sentence cut(s) made because a "
                           + "sentence ran past \(splitter.configuration.maxTokens) tokens",
                           hint: "the text probably lacks punctuation; the cuts are not real sentence ends")]
    }
}

import DyadCore

/// A kind of annotation a stage can require or produce.
public enum Annotation: String, Sendable, Hashable, CaseIterable {
    /// Tokens (`AnnotatedDocument.tokens`), produced by ``TokenizationStage``.
    case tokens
    /// Sentences (`AnnotatedDocument.sentences`), produced by ``SentenceSplittingStage``.
    case sentences
    /// Part-of-speech tags; reserved for a later stage, none produces them yet.
    case tags
    /// Lemmas; reserved for a later stage, none produces them yet.
    case lemmas
    /// Dependency relations; reserved for a later stage, none produces them yet.
    case dependencies
    /// Named entities; reserved for a later stage, none produces them yet.
    case entities
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
        /// Which stage needs which annotations that no earlier stage produces, and how to fix the order.
        public var description: String
    }

    /// The stages, in the order they run.
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
    /// The tokenizer this stage runs.
    public let tokenizer: Tokenizer
    /// The stage's name in diagnostics: "tokenizer".
    public var name: String { "tokenizer" }
    /// Nothing: the tokenizer works on the document text alone.
    public var requires: Set<Annotation> { [] }
    /// ``Annotation/tokens``.
    public var produces: Set<Annotation> { [.tokens] }

    /// Creates the stage around `tokenizer` (the default English tokenizer unless given).
    public init(tokenizer: Tokenizer = Tokenizer()) { self.tokenizer = tokenizer }

    /// Replaces the document's tokens with the tokens of its text; reports no diagnostics.
    public func apply(to document: inout AnnotatedDocument) -> [Diagnostic] {
        document.tokens = tokenizer.tokenize(document.document.text)
        return []
    }
}

/// Groups tokens into sentences, warning about sentences it had to cut.
public struct SentenceSplittingStage: Stage {
    /// The splitter this stage runs.
    public let splitter: SentenceSplitter
    /// The stage's name in diagnostics: "sentence splitter".
    public var name: String { "sentence splitter" }
    /// ``Annotation/tokens``, which the splitter groups into sentences.
    public var requires: Set<Annotation> { [.tokens] }
    /// ``Annotation/sentences``.
    public var produces: Set<Annotation> { [.sentences] }

    /// Creates the stage around `splitter` (the default splitter unless given).
    public init(splitter: SentenceSplitter = SentenceSplitter()) { self.splitter = splitter }

    /// Replaces the document's sentences; warns once, at the document's origin, when over-long sentences were cut.
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

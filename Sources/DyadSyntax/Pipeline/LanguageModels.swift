import Foundation

/// The trained models of the language layer, loaded together from one folder: `tagger.bin`, `lemmatizer.tsv`,
/// `parser.bin` and `entities.bin` (file formats in each model's `serialized()`), described by its `MODEL_CARD.md`.
public struct LanguageModels: Sendable {
    /// Part-of-speech tagger.
    public var tagger: PerceptronTagger
    /// Lemmatizer.
    public var lemmatizer: Lemmatizer
    /// Dependency parser.
    public var parser: TransitionParser
    /// Entity recognizer.
    public var entities: EntityRecognizer
    /// Where the models were read from.
    public var folder: String

    /// The file names of a model folder.
    public static let fileNames = ["tagger.bin", "lemmatizer.tsv", "parser.bin", "entities.bin"]

    /// Loads the models in `folder`; a missing or damaged file is an error naming it.
    public init(folder: String) throws(ModelFormatError) {
        self.folder = folder
        func bytes(_ name: String) throws(ModelFormatError) -> (path: String, bytes: [UInt8]) {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ModelFormatError(file: path, message: "cannot read the model file (missing or unreadable)")
            }
            return (path, [UInt8](data))
        }
        let tagger = try bytes("tagger.bin")
        self.tagger = try PerceptronTagger(serialized: tagger.bytes, file: tagger.path)
        let lemmatizer = try bytes("lemmatizer.tsv")
        self.lemmatizer = try Lemmatizer(serialized: String(decoding: lemmatizer.bytes, as: UTF8.self), file: lemmatizer.path)
        let parser = try bytes("parser.bin")
        self.parser = try TransitionParser(serialized: parser.bytes, file: parser.path)
        let entities = try bytes("entities.bin")
        self.entities = try EntityRecognizer(serialized: entities.bytes, file: entities.path)
    }

    /// The models shipped with Dyad (English news), from the package's resources.
    public static func bundled() throws(ModelFormatError) -> LanguageModels {
        guard let url = Bundle.module.url(forResource: "en-news", withExtension: nil) else {
            throw ModelFormatError(file: "en-news", message: "the bundled models are missing from this build",
                                   hint: "rebuild Dyad from a complete clone, or pass --model DIR")
        }
        return try LanguageModels(folder: url.path)
    }

    /// Everything the language layer says about one sentence.
    public struct Analysis: Sendable, Hashable {
        public var xpos: [String], upos: [String], lemmas: [String]
        /// 1-based heads, 0 for the root.
        public var heads: [Int]
        public var deprels: [String]
        /// BIO entity tags.
        public var entityTags: [String]
    }

    /// Tags, lemmatizes, parses and finds the entities of one sentence given as word forms.
    public func analyse(_ forms: [String]) -> Analysis {
        var analysis = analyseWithoutParsing(forms)
        parse(forms, into: &analysis)
        return analysis
    }

    /// Tags, lemmatizes and finds the entities of one sentence, leaving out the parser (the entity recognizer reads
    /// forms and tags only): `heads` and `deprels` are empty until ``parse(_:into:)`` fills them.
    public func analyseWithoutParsing(_ forms: [String]) -> Analysis {
        let tags = tagger.tags(forms, properNouns: HyphenatedNames.syllables(in: forms))
        let xpos = tags.map(\.xpos)
        let upos = tags.map(\.upos)
        let lemmas = zip(forms, upos).map { lemmatizer.lemma(of: $0, upos: $1).lemma }
        let entityTags = entities.bioTags(forms: forms, tags: xpos)
        return Analysis(xpos: xpos, upos: upos, lemmas: lemmas, heads: [], deprels: [], entityTags: entityTags)
    }

    /// Parses the sentence `forms` whose tags `analysis` holds (from ``analyseWithoutParsing(_:)``), filling its
    /// `heads` and `deprels`.
    public func parse(_ forms: [String], into analysis: inout Analysis) {
        let parse = parser.parse(forms: forms, tags: analysis.xpos)
        analysis.heads = parse.heads
        analysis.deprels = parse.labels
    }
}

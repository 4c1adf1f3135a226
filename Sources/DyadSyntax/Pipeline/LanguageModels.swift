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
        /// Reads the file `name` with `read`, its bytes mapped in place for the call only.
        func load<Model>(_ name: String, _ read: (UnsafeRawBufferPointer, String) throws(ModelFormatError) -> Model)
            throws(ModelFormatError) -> Model {
            let path = (folder as NSString).appendingPathComponent(name)
            let loaded = MappedFile.withBytes(atPath: path) { bytes in
                Result { () throws(ModelFormatError) in try read(bytes, path) }
            }
            guard let loaded else {
                throw ModelFormatError(file: path, message: "cannot read the model file (missing or unreadable)")
            }
            return try loaded.get()
        }
        tagger = try load("tagger.bin") { bytes, path throws(ModelFormatError) in
            try PerceptronTagger(reading: bytes, file: path)
        }
        lemmatizer = try load("lemmatizer.tsv") { bytes, path throws(ModelFormatError) in
            try Lemmatizer(serialized: String(decoding: bytes, as: UTF8.self), file: path)
        }
        parser = try load("parser.bin") { bytes, path throws(ModelFormatError) in
            try TransitionParser(reading: bytes, file: path)
        }
        entities = try load("entities.bin") { bytes, path throws(ModelFormatError) in
            try EntityRecognizer(reading: bytes, file: path)
        }
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

    /// `analyseWithoutParsing(_:)` for every sentence, the same analyses: the sentences are tagged together
    /// (`PerceptronTagger.tag(sentences:)`) and their entities found together (`EntityRecognizer.bioTags(sentences:)`),
    /// each as on its own.
    public func analyseWithoutParsing(sentences: [[String]]) -> [Analysis] {
        let tagged = tagger.tag(sentences: sentences.map { ($0, HyphenatedNames.syllables(in: $0)) })
        let xpos = tagged.map { $0.map { tagger.labels[$0].xpos } }
        let entityTags = entities.bioTags(sentences: Array(zip(sentences, xpos)))
        return sentences.indices.map { k in
            let upos = tagged[k].map { tagger.labels[$0].upos }
            let lemmas = zip(sentences[k], upos).map { lemmatizer.lemma(of: $0, upos: $1).lemma }
            return Analysis(xpos: xpos[k], upos: upos, lemmas: lemmas, heads: [], deprels: [], entityTags: entityTags[k])
        }
    }

    /// Parses the sentence `forms` whose tags `analysis` holds (from ``analyseWithoutParsing(_:)``), filling its
    /// `heads` and `deprels`.
    public func parse(_ forms: [String], into analysis: inout Analysis) {
        let parse = parser.parse(forms: forms, tags: analysis.xpos)
        analysis.heads = parse.heads
        analysis.deprels = parse.labels
    }
}

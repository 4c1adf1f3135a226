import DyadCoding
import DyadCore
import DyadLexicon
import DyadSyntax
import DyadText
import Foundation

/// `dyad-bench speed MODELDIR CORPUS.jsonl [--limit N] [--runs N]`: throughput of the language layer on a corpus.
/// Documents are read, tokenized and split first (untimed); then each run times, over every sentence, taking the
/// word forms out of the text, tagging, lemmatizing, parsing and entity recognition, and reports each stage's share and the median tokens/s. Model load time and peak memory too.
func speed(_ arguments: [String]) {
    let files = fileArguments(arguments)
    guard files.count == 2 else { fail("usage: dyad-bench speed MODELDIR CORPUS.jsonl [--limit N] [--runs N]") }
    let clock = ContinuousClock()
    func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
    let start = clock.now
    let models: LanguageModels
    do { models = try LanguageModels(folder: files[0]) } catch { fail("\(error)") }
    let load = clock.now - start
    let result = DocumentLoader().load(InputSource(path: files[1]))
    let limit = option("--limit", in: arguments) ?? Int.max
    let tokenizer = Tokenizer(), splitter = SentenceSplitter()
    var documents: [AnnotatedDocument] = []
    for document in result.documents.prefix(limit) {
        let tokens = tokenizer.tokenize(document.text)
        let sentences = splitter.split(document.text, tokens: tokens).sentences
        documents.append(AnnotatedDocument(document: document, tokens: tokens, sentences: sentences))
    }
    let tokenCount = documents.reduce(0) { $0 + $1.tokens.count }
    print("models loaded in \(String(format: "%.3f", seconds(load))) s; \(documents.count) documents, \(tokenCount) tokens")
    // The models' parts as locals: a closure naming `models` would copy the whole struct (a few dozen retains) per
    // sentence, which `LanguageModels.analyse` does not do.
    let tagger = models.tagger, lemmatizer = models.lemmatizer, parser = models.parser, recognizer = models.entities
    var totals: [Double] = []
    var stageTimes = [Double](repeating: 0, count: 4)
    for _ in 0..<(option("--runs", in: arguments) ?? 5) {
        var checksum = 0
        var stage = [Duration](repeating: .zero, count: 4)
        let runStart = clock.now
        for document in documents {
            for sentence in document.sentences {
                var t = clock.now
                let forms = sentence.tokens.map { String(document.text(of: document.tokens[$0])) }
                let tags = tagger.tags(forms)
                let lemmas = zip(forms, tags).map { lemmatizer.lemma(of: $0, upos: $1.upos).lemma }
                var now = clock.now
                stage[0] += now - t
                t = now
                let parse = parser.parse(forms: forms, tags: tags.map(\.xpos))
                now = clock.now
                stage[1] += now - t
                t = now
                let entities = recognizer.bioTags(forms: forms, tags: tags.map(\.xpos))
                now = clock.now
                stage[2] += now - t
                checksum &+= parse.heads.reduce(0, &+) &+ lemmas.count &+ entities.count
            }
        }
        totals.append(seconds(clock.now - runStart))
        for k in 0..<3 { stageTimes[k] += seconds(stage[k]) }
        if checksum == 42 { print("") }
    }
    let median = totals.sorted()[totals.count / 2]
    let total = stageTimes.reduce(0, +)
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print(String(format: "tag+lemma %.0f%%, parse %.0f%%, entities %.0f%% of the time", 100 * stageTimes[0] / total,
                 100 * stageTimes[1] / total, 100 * stageTimes[2] / total))
    print(String(format: "median of %d runs: %.3f s, %.0f tokens/s; peak memory %d MB", totals.count, median,
                 Double(tokenCount) / median, usage.ru_maxrss / 1024))
    let lexicon: Lexicon
    do { lexicon = try Lexicon.bundled() } catch { fail("\(error)") }
    let selector = EventParseSelector(coder: EventCoder(lexicon: lexicon, resolver: ActorResolver(lexicon: lexicon)))
    let stage = SyntaxStage(models: models, selector: selector)
    var sentences = 0, parsed = 0
    let selectedStart = clock.now
    for var document in documents {
        _ = stage.apply(to: &document)
        let nonEmpty = document.sentences.indices.filter { !document.sentences[$0].tokens.isEmpty }
        sentences += nonEmpty.count
        parsed += nonEmpty.filter { document.isParsed(sentence: $0) }.count
    }
    let selected = seconds(clock.now - selectedStart)
    print(String(format: "with the coder's parse selection: %d of %d sentences (%.1f%%) reach the parser; one run %.3f s, %.0f tokens/s",
                 parsed, sentences, sentences == 0 ? 100 : 100 * Double(parsed) / Double(sentences), selected,
                 Double(tokenCount) / selected))
}

// dyad-bench: accuracy measurements that need the shared corpora or a reference produced by spaCy.
//
//   dyad-bench tokens REFERENCE.jsonl CORPUS.jsonl [--show N]
//       Agreement of Dyad's tokenizer with spaCy's on the non-punctuation tokens of every document.
//       REFERENCE comes from `tools/spacy_tokens.py` (records {"id","tokens":[[start,end,is_punct],...]});
//       CORPUS is the JSON Lines file it was made from (the raw "text" members are tokenized).
//   dyad-bench sentences GOLD.jsonl [--show N]
//   dyad-bench tagger TRAIN.conllu[+MORE.conllu] TEST.conllu... [--iterations N] [--limit N] [--save DIR]
//       Trains the tagger and lemmatizer on silver CoNLL-U (tools/silver.py) and scores them on held-out slices.
//   dyad-bench parser TRAIN.conllu[+MORE.conllu] TEST.conllu... [--iterations N] [--limit N] [--predicted-tags]
//                     [--folds N] [--prune-milli N] [--save DIR]
//       Trains the dependency parser and scores UAS/LAS on held-out slices (silver tags, or Dyad's own tagger's).
//   dyad-bench entities TRAIN.conllu[+MORE.conllu] TEST.conllu... [--iterations N] [--limit N] [--folds N]
//                       [--prune-milli N] [--min-updates N] [--min-count N] [--plain-permille N] [--biluo] [--save DIR]
//                       [--model FILE]
//       Trains the entity recognizer and scores span precision, recall and F1 (overall and per type) on held-out
//       slices, with XPOS from Dyad's own tagger; --folds N trains on jackknifed tags (default: silver tags);
//       --model FILE scores a saved model instead of training one.
//   dyad-bench stages FILE
//       Time of each stage of `dyad tokenize` on one file.
//       Sentence-boundary precision, recall and F1 against records {"id","text","sentences":[...]}.
import DyadCore
import DyadSyntax
import DyadText
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("dyad-bench: \(message)\n".utf8))
    exit(2)
}

func jsonLines(_ path: String) -> [[String: Any]] {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    var records: [[String: Any]] = []
    for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            fail("\(path): a line is not a JSON object")
        }
        records.append(object)
    }
    return records
}

func option(_ name: String, in arguments: [String]) -> Int? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return Int(arguments[index + 1])
}

func scalarSlice(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars[max(0, start)..<min(end, scalars.count)])
    return text
}

func tokens(_ arguments: [String]) {
    guard arguments.count >= 2 else { fail("usage: dyad-bench tokens REFERENCE.jsonl CORPUS.jsonl [--show N]") }
    let show = option("--show", in: arguments) ?? 20
    let reference = jsonLines(arguments[0])
    var texts: [String: String] = [:]
    for record in jsonLines(arguments[1]) {
        if let id = record["id"] as? String, let text = record["text"] as? String { texts[id] = text }
    }
    let tokenizer = Tokenizer()
    var total = 0, agreed = 0, allTotal = 0, allAgreed = 0, shown = 0, documents = 0
    var missed: [String: Int] = [:]
    for record in reference {
        guard let id = record["id"] as? String, let text = texts[id],
              let gold = record["tokens"] as? [[Int]] else { continue }
        documents += 1
        let ours = Set(tokenizer.tokenize(text).map { [$0.start, $0.end] })
        let scalars = Array(text.unicodeScalars)
        for token in gold {
            let hit = ours.contains([token[0], token[1]])
            allTotal += 1
            if hit { allAgreed += 1 }
            guard token[2] == 0 else { continue }
            total += 1
            if hit { agreed += 1; continue }
            let form = scalarSlice(scalars, token[0], token[1])
            missed[form, default: 0] += 1
            if shown < show {
                shown += 1
                let context = scalarSlice(scalars, token[0] - 30, token[1] + 30).replacingOccurrences(of: "\n", with: " ")
                let oursNear = tokenizer.tokenize(scalarSlice(scalars, token[0] - 10, token[1] + 10))
                    .map { scalarSlice(Array(scalarSlice(scalars, token[0] - 10, token[1] + 10).unicodeScalars), $0.start, $0.end) }
                print("miss \(id): spaCy '\(form)' in «\(context)» ours near: \(oursNear)")
            }
        }
    }
    let top = missed.sorted { $0.value > $1.value }.prefix(15).map { "\($0.key)×\($0.value)" }
    print("most missed: \(top.joined(separator: ", "))")
    print(String(format: "documents %d; non-punctuation tokens %d, agreed %d = %.3f%%; all tokens %d, agreed %.3f%%",
                 documents, total, agreed, 100 * Double(agreed) / Double(max(total, 1)), allTotal,
                 100 * Double(allAgreed) / Double(max(allTotal, 1))))
}

func sentences(_ arguments: [String]) {
    guard let path = arguments.first else { fail("usage: dyad-bench sentences GOLD.jsonl [--show N]") }
    let show = option("--show", in: arguments) ?? 20
    let evaluation = SentenceBoundaryEvaluation()
    var shown = 0
    var totals = SentenceBoundaryEvaluation.Score()
    for record in jsonLines(path) {
        guard let id = record["id"] as? String, let text = record["text"] as? String,
              let gold = record["sentences"] as? [String] else { fail("\(path): record without id/text/sentences") }
        let score = evaluation.score(text: text, gold: gold)
        totals.add(score)
        for miss in score.falseNegatives + score.falsePositives where shown < show {
            shown += 1
            let kind = score.falseNegatives.contains(miss) ? "missed boundary" : "false boundary"
            let scalars = Array(text.unicodeScalars)
            print("\(kind) in \(id) at \(miss): «\(scalarSlice(scalars, miss - 40, miss))|\(scalarSlice(scalars, miss, miss + 30))»"
                .replacingOccurrences(of: "\n", with: "⏎"))
        }
    }
    print(String(format: "boundaries: gold %d, found %d, correct %d; precision %.4f recall %.4f F1 %.4f",
                 totals.gold, totals.found, totals.correct, totals.precision, totals.recall, totals.f1))
}


/// Time spent in each stage of `dyad tokenize` on one file, in one process (for finding the slow stage).
func stages(_ arguments: [String]) {
    guard let path = arguments.first else { fail("usage: dyad-bench stages FILE") }
    let clock = ContinuousClock()
    var start = clock.now
    let result = DocumentLoader().load(InputSource(path: path))
    let read = clock.now - start
    let tokenizer = Tokenizer(), splitter = SentenceSplitter()
    start = clock.now
    var tokenized: [AnnotatedDocument] = []
    for document in result.documents {
        tokenized.append(AnnotatedDocument(document: document, tokens: tokenizer.tokenize(document.text)))
    }
    let tokenize = clock.now - start
    start = clock.now
    for index in tokenized.indices {
        tokenized[index].sentences = splitter.split(tokenized[index].document.text, tokens: tokenized[index].tokens).sentences
    }
    let split = clock.now - start
    start = clock.now
    let buffer = OutputBuffer(capacity: 1 << 20)
    var bytes = 0
    for document in tokenized {
        CoNLLUWriter().write(document, to: buffer)
        bytes += buffer.count
        buffer.removeAll()
    }
    let write = clock.now - start
    let megabytes = Double(result.documents.reduce(0) { $0 + $1.text.utf8.count }) / 1e6
    print("documents \(result.documents.count), text \(String(format: "%.1f", megabytes)) MB, CoNLL-U \(bytes / 1_000_000) MB")
    print("read+parse \(read)  tokenize \(tokenize)  split \(split)  write \(write)")
}

/// With `--save DIR` among the arguments, writes each model file into DIR (created if needed).
func save(_ files: [String: [UInt8]], _ arguments: [String]) throws {
    guard let index = arguments.firstIndex(of: "--save"), index + 1 < arguments.count else { return }
    let folder = URL(fileURLWithPath: arguments[index + 1])
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, bytes) in files.sorted(by: { $0.key < $1.key }) { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
    print("saved \(files.keys.sorted().joined(separator: ", ")) to \(folder.path)")
}

/// The file arguments of a command: everything that is not an option, skipping each option's value (`flags` take
/// none).
func fileArguments(_ arguments: [String], flags: Set<String> = []) -> [String] {
    var files: [String] = []
    var index = 0
    while index < arguments.count {
        if flags.contains(arguments[index]) { index += 1; continue }
        if arguments[index].hasPrefix("--") { index += 2; continue }
        files.append(arguments[index])
        index += 1
    }
    return files
}

/// Sentences of one or more CoNLL-U files joined with `+`, at most `limit` of them; skipped sentences are counted.
func loadSentences(_ paths: String, limit: Int?) -> [AnnotatedSentence] {
    var sentences: [AnnotatedSentence] = []
    for path in paths.split(separator: "+").map(String.init) {
        guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
        let (read, diagnostics) = CoNLLUReader().sentences(in: String(decoding: data, as: UTF8.self), file: path)
        if !diagnostics.isEmpty { print("\(path): \(diagnostics.count) sentence(s) skipped, first: \(diagnostics[0])") }
        sentences += read
    }
    if let limit, sentences.count > limit { sentences = Array(sentences.prefix(limit)) }
    return sentences
}

/// Trains the part-of-speech tagger and the lemmatizer on silver CoNLL-U (several files are concatenated with
/// `+`: `a.conllu+b.conllu`) and reports their agreement with the silver annotations of each held-out file.
func trainTagger(_ arguments: [String]) {
    let files = fileArguments(arguments)
    guard files.count >= 2 else {
        fail("usage: dyad-bench tagger TRAIN.conllu[+MORE.conllu] TEST.conllu [TEST2.conllu ...] [--iterations N] [--limit N] [--save DIR]")
    }
    let train = loadSentences(files[0], limit: option("--limit", in: arguments))
    let trainer = TaggerTrainer(iterations: option("--iterations", in: arguments) ?? 5,
                                minimumUpdates: option("--min-updates", in: arguments) ?? 1)
    let clock = ContinuousClock()
    var start = clock.now
    let trainedTagger = trainer.train(train) { iteration, accuracy in
        print(String(format: "pass %d: training accuracy %.4f", iteration, accuracy))
    }
    print("tagger trained on \(train.count) sentences, \(train.reduce(0) { $0 + $1.count }) tokens in \(clock.now - start)")
    start = clock.now
    var lemmatizer = LemmatizerTrainer().train(train)
    print("lemmatizer trained in \(clock.now - start): \(lemmatizer.ruleCount) rules, \(lemmatizer.exceptionCount) exceptions")
    // Evaluate the models as saved: the tagger's weights are quantised on disk.
    var tagger = trainedTagger
    do {
        let taggerBytes = tagger.serialized()
        let lemmatizerText = lemmatizer.serialized()
        start = clock.now
        tagger = try PerceptronTagger(serialized: taggerBytes)
        lemmatizer = try Lemmatizer(serialized: lemmatizerText)
        print("models: tagger \(taggerBytes.count / 1024) KiB, lemmatizer \(lemmatizerText.utf8.count / 1024) KiB; "
              + "loaded in \(clock.now - start)")
        try save(["tagger.bin": taggerBytes, "lemmatizer.tsv": Array(lemmatizerText.utf8)], arguments)
    } catch {
        fail("\(error)")
    }
    for path in files.dropFirst() {
        let test = loadSentences(path, limit: nil)
        var xpos = 0, upos = 0, lemmas = 0, total = 0
        start = clock.now
        let predictions = test.map { tagger.tags($0.forms) }
        let elapsed = clock.now - start
        for (sentence, predicted) in zip(test, predictions) {
            for (k, tags) in predicted.enumerated() {
                if tags.xpos == sentence.xpos[k] { xpos += 1 }
                if tags.upos == sentence.upos[k] { upos += 1 }
                if lemmatizer.lemma(of: sentence.forms[k], upos: tags.upos).lemma == sentence.lemmas[k] { lemmas += 1 }
                total += 1
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(path + String(format: ": %d tokens; XPOS %.4f, UPOS %.4f, lemma (predicted UPOS) %.4f; tagging %.0f tokens/s",
                            total, Double(xpos) / Double(total), Double(upos) / Double(total),
                            Double(lemmas) / Double(total), Double(total) / seconds))
    }
}

/// XPOS of every training sentence as a tagger that never saw it predicts them: `folds` taggers, each trained on
/// all but one fold.
func jackknifedTags(_ sentences: [AnnotatedSentence], folds: Int) -> [[String]] {
    var tags = [[String]](repeating: [], count: sentences.count)
    for fold in 0..<max(2, folds) {
        let training = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
        let tagger = TaggerTrainer(iterations: 5).train(training)
        for index in sentences.indices where index % folds == fold { tags[index] = tagger.tags(sentences[index].forms).map(\.xpos) }
    }
    return tags
}

/// Trains the dependency parser on silver CoNLL-U and reports UAS and LAS on held-out slices (silver XPOS as input).
func trainParser(_ arguments: [String]) {
    let files = fileArguments(arguments, flags: ["--predicted-tags"])
    guard files.count >= 2 else { fail("usage: dyad-bench parser TRAIN.conllu[+MORE] TEST.conllu... [--iterations N] [--limit N] [--predicted-tags] [--folds N] [--prune-milli N] [--save DIR]") }
    let train = loadSentences(files[0], limit: option("--limit", in: arguments))
    let clock = ContinuousClock()
    var start = clock.now
    var tagger: PerceptronTagger?
    var trainTags: [[String]]?
    if arguments.contains("--predicted-tags") {
        // Jackknifed tags for training (each tenth tagged by a tagger trained on the other nine), a tagger trained on
        // everything for the test sentences: the parser learns from tags as good as it will get.
        start = clock.now
        tagger = TaggerTrainer(iterations: 5).train(train)
        trainTags = jackknifedTags(train, folds: option("--folds", in: arguments) ?? 10)
        print("taggers trained in \(clock.now - start); training and test parses use predicted tags")
        start = clock.now
    }
    var parser = ParserTrainer(iterations: option("--iterations", in: arguments) ?? 5,
                               seed: UInt64(option("--seed", in: arguments) ?? 1),
                               pruneThreshold: Float(option("--prune-milli", in: arguments) ?? 0) / 1000,
                               minimumUpdates: option("--min-updates", in: arguments) ?? 1)
        .train(train, tags: trainTags) { iteration, accuracy in
        print(String(format: "pass %d: move accuracy %.4f", iteration, accuracy))
    }
    print("parser trained on \(train.count) sentences in \(clock.now - start)")
    do {
        let bytes = parser.serialized()
        start = clock.now
        parser = try TransitionParser(serialized: bytes)
        print("model: \(bytes.count / 1024) KiB, loaded in \(clock.now - start)")
        try save(["parser.bin": bytes], arguments)
    } catch {
        fail("\(error)")
    }
    for path in files.dropFirst() {
        let test = loadSentences(path, limit: nil)
        var attached = 0, labelled = 0, total = 0, attachedNoPunct = 0, totalNoPunct = 0
        let tags = test.map { sentence in tagger.map { $0.tags(sentence.forms).map(\.xpos) } ?? sentence.xpos }
        start = clock.now
        let parses = zip(test, tags).map { parser.parse(forms: $0.forms, tags: $1) }
        let elapsed = clock.now - start
        for (sentence, parse) in zip(test, parses) {
            for k in 0..<sentence.count {
                let headRight = parse.heads[k] == sentence.heads[k]
                if headRight { attached += 1 }
                if headRight && parse.labels[k] == sentence.deprels[k] { labelled += 1 }
                total += 1
                if sentence.upos[k] != "PUNCT" {
                    totalNoPunct += 1
                    if headRight { attachedNoPunct += 1 }
                }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(path + String(format: ": %d tokens; UAS %.4f, LAS %.4f (UAS without punctuation %.4f); %.0f tokens/s",
                            total, Double(attached) / Double(total), Double(labelled) / Double(total),
                            Double(attachedNoPunct) / Double(max(totalNoPunct, 1)), Double(total) / seconds))
    }
}

/// Trains the entity recognizer on silver CoNLL-U and reports span precision, recall and F1 on held-out slices, the
/// test sentences tagged by a tagger trained on the same data.
func trainEntities(_ arguments: [String]) {
    let files = fileArguments(arguments, flags: ["--biluo"])
    guard files.count >= 2 else {
        fail("usage: dyad-bench entities TRAIN.conllu[+MORE] TEST.conllu... [--iterations N] [--limit N] [--folds N] [--prune-milli N] [--min-updates N] [--min-count N] [--plain-permille N] [--biluo] [--save DIR] [--model FILE]")
    }
    let train = loadSentences(files[0], limit: option("--limit", in: arguments))
    let clock = ContinuousClock()
    var start = clock.now
    let tagger = TaggerTrainer(iterations: 5).train(train)
    var trainTags: [[String]]?
    if let folds = option("--folds", in: arguments), folds >= 2 { trainTags = jackknifedTags(train, folds: folds) }
    print("taggers trained in \(clock.now - start); training uses \(trainTags == nil ? "silver" : "jackknifed") tags")
    start = clock.now
    let trainer = EntityTrainer(iterations: option("--iterations", in: arguments) ?? 8,
                                pruneThreshold: Float(option("--prune-milli", in: arguments) ?? 0) / 1000,
                                minimumUpdates: option("--min-updates", in: arguments) ?? 1,
                                biluo: arguments.contains("--biluo"),
                                minimumWordCount: option("--min-count", in: arguments) ?? 3,
                                plainRate: Double(option("--plain-permille", in: arguments) ?? 2) / 1000)
    var recognizer: EntityRecognizer
    if let index = arguments.firstIndex(of: "--model"), index + 1 < arguments.count {
        // Evaluate a saved model instead of training one.
        guard let data = FileManager.default.contents(atPath: arguments[index + 1]) else { fail("cannot read \(arguments[index + 1])") }
        do { recognizer = try EntityRecognizer(serialized: Array(data), file: arguments[index + 1]) } catch { fail("\(error)") }
    } else {
        recognizer = trainer.train(train, tags: trainTags) { iteration, accuracy in
            print(String(format: "pass %d: label accuracy %.4f", iteration, accuracy))
        }
        print("entity recognizer trained on \(train.count) sentences, \(train.reduce(0) { $0 + $1.count }) tokens in \(clock.now - start)")
    }
    do {
        let bytes = recognizer.serialized()
        start = clock.now
        recognizer = try EntityRecognizer(serialized: bytes)
        print(String(format: "model: %.2f MB (%d bytes), ", Double(bytes.count) / 1e6, bytes.count) + "loaded in \(clock.now - start)")
        try save(["entities.bin": bytes], arguments)
    } catch {
        fail("\(error)")
    }
    func f1(_ correct: Int, _ found: Int, _ gold: Int) -> (Double, Double, Double) {
        let precision = Double(correct) / Double(max(found, 1)), recall = Double(correct) / Double(max(gold, 1))
        return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0)
    }
    for path in files.dropFirst() {
        let test = loadSentences(path, limit: nil)
        let tags = test.map { tagger.tags($0.forms).map(\.xpos) }
        // One pass to warm the caches (and fault in the model's pages), then the mean of three timed passes.
        var found = zip(test, tags).map { recognizer.entities(forms: $0.forms, tags: $1) }
        start = clock.now
        for _ in 0..<3 { found = zip(test, tags).map { recognizer.entities(forms: $0.forms, tags: $1) } }
        let elapsed = (clock.now - start) / 3
        var correct: [String: Int] = [:], predicted: [String: Int] = [:], gold: [String: Int] = [:]
        var tokens = 0
        for (sentence, spans) in zip(test, found) {
            tokens += sentence.count
            let truth = Set(EntitySpan.spans(bio: sentence.entities))
            for span in truth { gold[span.type, default: 0] += 1 }
            for span in spans {
                predicted[span.type, default: 0] += 1
                if truth.contains(span) { correct[span.type, default: 0] += 1 }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let sum = { (counts: [String: Int]) in counts.values.reduce(0, +) }
        let (p, r, f) = f1(sum(correct), sum(predicted), sum(gold))
        print(path + String(format: ": %d tokens, %d entities; precision %.4f recall %.4f F1 %.4f; %.0f tokens/s",
                            tokens, sum(gold), p, r, f, Double(tokens) / seconds))
        for type in Set(gold.keys).union(predicted.keys).sorted(by: { gold[$0, default: 0] > gold[$1, default: 0] }) {
            let (p, r, f) = f1(correct[type, default: 0], predicted[type, default: 0], gold[type, default: 0])
            print("    " + type.padding(toLength: 12, withPad: " ", startingAt: 0)
                  + String(format: " gold %6d  P %.3f  R %.3f  F1 %.3f", gold[type, default: 0], p, r, f))
        }
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "tokens": tokens(Array(arguments.dropFirst()))
case "sentences": sentences(Array(arguments.dropFirst()))
case "stages": stages(Array(arguments.dropFirst()))
case "tagger": trainTagger(Array(arguments.dropFirst()))
case "parser": trainParser(Array(arguments.dropFirst()))
case "speed": speed(Array(arguments.dropFirst()))
case "score": score(Array(arguments.dropFirst()))
case "tag-dictionary":
    // dyad-bench tag-dictionary IN.bin TRAIN.conllu[+MORE] OUT.bin [--min-count N] [--purity-permille N]: the tagger
    // with a tag dictionary learned from the training data (the perceptron untouched).
    guard arguments.count >= 4, let data = FileManager.default.contents(atPath: arguments[1]) else {
        fail("usage: dyad-bench tag-dictionary IN.bin TRAIN.conllu OUT.bin [--min-count N] [--purity-permille N]")
    }
    do {
        let tagger = try PerceptronTagger(serialized: [UInt8](data), file: arguments[1])
            .withDictionary(from: loadSentences(arguments[2], limit: nil), minimumCount: option("--min-count", in: arguments) ?? 20,
                            purity: Double(option("--purity-permille", in: arguments) ?? 997) / 1000)
        print("tag dictionary: \(tagger.dictionary.count) words")
        try Data(tagger.serialized()).write(to: URL(fileURLWithPath: arguments[3]))
    } catch { fail("\(error)") }
case "compact-parser":
    // dyad-bench compact-parser IN OUT [--min-weight-milli N]: a parser model with its label weights re-quantised to
    // 8 bits and the features whose largest weight is below N/1000 dropped.
    guard arguments.count >= 3, let data = FileManager.default.contents(atPath: arguments[1]) else {
        fail("usage: dyad-bench compact-parser IN.bin OUT.bin [--min-weight-milli N] [--move-bits 8|16]")
    }
    do {
        let minimum = Float(option("--min-weight-milli", in: arguments) ?? 0) / 1000
        let parser = try TransitionParser(serialized: [UInt8](data), file: arguments[1])
            .compacted(minimumWeight: minimum, moveBits: option("--move-bits", in: arguments) ?? 16)
        print("features: \(parser.featureCounts.moves) move, \(parser.featureCounts.labels) label")
        try Data(parser.serialized()).write(to: URL(fileURLWithPath: arguments[2]))
    } catch { fail("\(error)") }
case "entities": trainEntities(Array(arguments.dropFirst()))
case "actors": actors(Array(arguments.dropFirst()))
case "match": match(Array(arguments.dropFirst()))
case "events": events(Array(arguments.dropFirst()))
case "examples": examples(Array(arguments.dropFirst()))
case "relations": relationsBenchmark(Array(arguments.dropFirst()))
default: fail("usage: dyad-bench tokens|sentences|stages ...")
}

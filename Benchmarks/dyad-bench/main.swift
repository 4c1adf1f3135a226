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
//                     [--dynamic-oracle]
//       Trains the dependency parser and scores UAS/LAS on held-out slices (silver tags, or Dyad's own tagger's).
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
    let trainer = TaggerTrainer(iterations: option("--iterations", in: arguments) ?? 5)
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
        if let index = arguments.firstIndex(of: "--save"), index + 1 < arguments.count {
            let folder = URL(fileURLWithPath: arguments[index + 1])
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(taggerBytes).write(to: folder.appendingPathComponent("tagger.bin"))
            try Data(lemmatizerText.utf8).write(to: folder.appendingPathComponent("lemmatizer.tsv"))
            print("saved to \(folder.path)")
        }
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

/// Trains the dependency parser on silver CoNLL-U and reports UAS and LAS on held-out slices (silver XPOS as input).
func trainParser(_ arguments: [String]) {
    let files = fileArguments(arguments, flags: ["--predicted-tags", "--dynamic-oracle"])
    guard files.count >= 2 else { fail("usage: dyad-bench parser TRAIN.conllu[+MORE] TEST.conllu... [--iterations N] [--limit N] [--predicted-tags] [--dynamic-oracle]") }
    let train = loadSentences(files[0], limit: option("--limit", in: arguments))
    let clock = ContinuousClock()
    var start = clock.now
    let parser = ParserTrainer(iterations: option("--iterations", in: arguments) ?? 5,
                               dynamicOracle: arguments.contains("--dynamic-oracle")).train(train) { iteration, accuracy in
        print(String(format: "pass %d: move accuracy %.4f", iteration, accuracy))
    }
    print("parser trained on \(train.count) sentences in \(clock.now - start)")
    // With --predicted-tags, the test sentences are parsed with Dyad's own tagger's XPOS, as in use.
    var tagger: PerceptronTagger?
    if arguments.contains("--predicted-tags") {
        start = clock.now
        tagger = TaggerTrainer(iterations: 5).train(train)
        print("tagger trained in \(clock.now - start); test parses use its tags")
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

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "tokens": tokens(Array(arguments.dropFirst()))
case "sentences": sentences(Array(arguments.dropFirst()))
case "stages": stages(Array(arguments.dropFirst()))
case "tagger": trainTagger(Array(arguments.dropFirst()))
case "parser": trainParser(Array(arguments.dropFirst()))
default: fail("usage: dyad-bench tokens|sentences|stages ...")
}

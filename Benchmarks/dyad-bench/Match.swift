// dyad-bench match DICTIONARY_DIR CORPUS.jsonl [--limit N] [--runs N]
//     Phrase-matcher speed: loads every actor and agent dictionary in DICTIONARY_DIR (the Phoenix dictionaries in
//     ../shared/dictionaries/petrarch2) as `dyad actors --dictionaries` does, compiles them, tokenizes the corpus
//     with Dyad's tokenizer (not timed) and times matching alone, per sentence, median of the runs. Also reports
//     the cold load + compile time, and the same for Dyad's own lexicon.
import DyadCore
import DyadLexicon
import DyadText
import Foundation

func match(_ arguments: [String]) {
    guard arguments.count >= 2 else { fail("usage: dyad-bench match DICTIONARY_DIR CORPUS.jsonl [--limit N] [--runs N]") }
    let limit = option("--limit", in: arguments) ?? 2_000
    let runs = option("--runs", in: arguments) ?? 5
    let clock = ContinuousClock()
    var start = clock.now
    let peer: Lexicon
    do { peer = try Lexicon.peerDictionaries(in: URL(fileURLWithPath: arguments[0])) } catch { fail("\(error)") }
    let peerMatcher = LexiconMatcher(lexicon: peer)
    let peerLoad = clock.now - start
    start = clock.now
    let own: Lexicon
    do { own = try Lexicon.bundled() } catch { fail("\(error)") }
    let ownMatcher = LexiconMatcher(lexicon: own)
    let ownLoad = clock.now - start
    print("Phoenix actors+agents: \(peer.entries.count) entries, \(peerMatcher.phraseCount) phrases, load+compile \(peerLoad)")
    print("Dyad lexicon: \(own.entries.count) entries, \(ownMatcher.phraseCount) phrases, load+compile \(ownLoad)")

    var sentences: [[Substring]] = []
    var tokenCount = 0
    let tokenizer = Tokenizer(), splitter = SentenceSplitter()
    for record in jsonLines(arguments[1]).prefix(limit) {
        guard let text = record["text"] as? String, record["tabular"] as? Bool != true else { continue }
        let tokens = tokenizer.tokenize(text)
        let document = AnnotatedDocument(document: Document(id: "", text: text), tokens: tokens)
        for sentence in splitter.split(text, tokens: tokens).sentences {
            let words = sentence.tokens.map { document.text(of: tokens[$0]) }
            tokenCount += words.count
            sentences.append(words)
        }
    }
    for (name, matcher) in [("Phoenix", peerMatcher), ("Dyad", ownMatcher)] {
        var times: [Double] = []
        var found = 0
        for _ in 0..<runs {
            found = 0
            let begin = clock.now
            for words in sentences { found += matcher.matches(in: words).count }
            let elapsed = clock.now - begin
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        let median = times.sorted()[times.count / 2]
        print(String(format: "%@: %d tokens in %d sentences, %d matches, median %.3f s = %.0f tokens/s", name,
                     tokenCount, sentences.count, found, median, Double(tokenCount) / median))
    }
}

import DyadCore
import DyadSyntax
import Foundation

/// `dyad-bench score MODELDIR TEST.conllu...`: the models of a folder, as `dyad parse` runs them (each on the
/// previous one's output: the parser and the entity recognizer get the tagger's tags), against silver CoNLL-U.
/// Prints XPOS, UPOS, lemma, UAS, LAS (with and without punctuation) and entity precision, recall and F1 (exact
/// spans and types) per file.
func score(_ arguments: [String]) {
    let files = fileArguments(arguments)
    guard files.count >= 2 else { fail("usage: dyad-bench score MODELDIR TEST.conllu...") }
    let models: LanguageModels
    do { models = try LanguageModels(folder: files[0]) } catch { fail("\(error)") }
    for path in files.dropFirst() {
        let test = loadSentences(path, limit: nil)
        var total = 0, xpos = 0, upos = 0, lemmas = 0, uas = 0, las = 0, noPunct = 0, uasNoPunct = 0
        var found = 0, gold = 0, correct = 0
        for sentence in test {
            let analysis = models.analyse(sentence.forms)
            for k in 0..<sentence.count {
                total += 1
                if analysis.xpos[k] == sentence.xpos[k] { xpos += 1 }
                if analysis.upos[k] == sentence.upos[k] { upos += 1 }
                if analysis.lemmas[k] == sentence.lemmas[k] { lemmas += 1 }
                let head = analysis.heads[k] == sentence.heads[k]
                if head { uas += 1 }
                if head && analysis.deprels[k] == sentence.deprels[k] { las += 1 }
                if sentence.upos[k] != "PUNCT" { noPunct += 1; if head { uasNoPunct += 1 } }
            }
            let predicted = Set(EntitySpan.spans(bio: analysis.entityTags))
            let truth = Set(EntitySpan.spans(bio: sentence.entities))
            found += predicted.count
            gold += truth.count
            correct += predicted.intersection(truth).count
        }
        func percent(_ count: Int, _ of: Int) -> String { String(format: "%.2f %%", 100 * Double(count) / Double(max(of, 1))) }
        let precision = Double(correct) / Double(max(found, 1)), recall = Double(correct) / Double(max(gold, 1))
        print("\(path): \(total) tokens; XPOS \(percent(xpos, total)), UPOS \(percent(upos, total)), "
              + "lemma \(percent(lemmas, total)), UAS \(percent(uas, total)) (\(percent(uasNoPunct, noPunct)) without "
              + "punctuation), LAS \(percent(las, total)); entities P "
              + String(format: "%.4f R %.4f F1 %.4f", precision, recall, 2 * precision * recall / max(precision + recall, 1e-9))
              + " (\(gold) gold)")
    }
}

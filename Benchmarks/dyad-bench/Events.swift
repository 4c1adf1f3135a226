// dyad-bench events TEST.jsonl [--lexicon PATH]... [--show N]
//     Event F1 on hand-coded sentences (Benchmarks/data/event-sentences.jsonl): events are compared as
//     (source principal, target principal, CAMEO root) sets per line — the level the issue asks for — and also at the
//     full code. Prints precision, recall and F1 (micro), per-root counts, and the misses and false alarms.
import DyadCoding
import DyadCore
import DyadLexicon
import DyadSyntax
import DyadText
import Foundation

func events(_ arguments: [String]) {
    guard let path = arguments.first else { fail("usage: dyad-bench events TEST.jsonl [--lexicon PATH]... [--show N]") }
    let show = option("--show", in: arguments) ?? 60
    let (lexicon, pipeline) = codingSetup(arguments)
    let coder = EventCoder(lexicon: lexicon, resolver: ActorResolver(lexicon: lexicon))
    var truePositives = 0, falsePositives = 0, falseNegatives = 0
    var exactTrue = 0
    var perRoot: [String: (gold: Int, found: Int, right: Int)] = [:]
    var report: [String] = []
    var noEventLines = 0, noEventClean = 0
    for record in jsonLines(path) {
        guard let id = record["id"] as? String, let text = record["text"] as? String,
              let gold = record["events"] as? [[String: Any]] else { fail("\(path): a record lacks id/text/events") }
        let date = (record["date"] as? String).flatMap { CalendarDate(iso: $0) } ?? CalendarDate(year: 2026, month: 1, day: 1)!
        let (analysed, _) = pipeline.run(Document(id: id, date: date, text: text))
        let found = coder.events(in: analysed, on: date)
        func key(_ source: String, _ target: String?, _ code: String) -> String {
            "\(principal(source)) \(target.map(principal) ?? "-") \(code.prefix(2))"
        }
        let goldKeys = Set(gold.map { key($0["source"] as? String ?? "?", $0["target"] as? String, $0["code"] as? String ?? "??") })
        let goldExact = Set(gold.map { "\(principal($0["source"] as? String ?? "?")) \(($0["target"] as? String).map(principal) ?? "-") \($0["code"] as? String ?? "")" })
        let foundKeys = Set(found.map { key($0.source.code.code, $0.target?.code.code, $0.code.code) })
        let foundExact = Set(found.map { "\(principal($0.source.code.code)) \($0.target.map { principal($0.code.code) } ?? "-") \($0.code.code)" })
        truePositives += goldKeys.intersection(foundKeys).count
        exactTrue += goldExact.intersection(foundExact).count
        falsePositives += foundKeys.subtracting(goldKeys).count
        falseNegatives += goldKeys.subtracting(foundKeys).count
        if gold.isEmpty {
            noEventLines += 1
            if found.isEmpty { noEventClean += 1 }
        }
        for item in goldKeys { perRoot[String(item.suffix(2)), default: (0, 0, 0)].gold += 1 }
        for item in foundKeys { perRoot[String(item.suffix(2)), default: (0, 0, 0)].found += 1 }
        for item in goldKeys.intersection(foundKeys) { perRoot[String(item.suffix(2)), default: (0, 0, 0)].right += 1 }
        for item in goldKeys.subtracting(foundKeys) { report.append("\(id) MISSED \(item)   | \(text.prefix(110))") }
        for item in foundKeys.subtracting(goldKeys) {
            let rule = found.first { key($0.source.code.code, $0.target?.code.code, $0.code.code) == item }?.rule ?? ""
            report.append("\(id) EXTRA  \(item)   | \(rule.prefix(70))")
        }
    }
    let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
    let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
    let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    print(String(format: "(source, target, root): P %.3f  R %.3f  F1 %.3f   (%d right, %d extra, %d missed)",
                 precision, recall, f1, truePositives, falsePositives, falseNegatives))
    print("full code right: \(exactTrue); lines without events coded clean: \(noEventClean)/\(noEventLines)")
    print("root  gold found right")
    for (root, counts) in perRoot.sorted(by: { $0.key < $1.key }) {
        print("  \(root)  \(counts.gold)  \(counts.found)  \(counts.right)")
    }
    for line in report.prefix(show) { print(line) }
}

// dyad-bench examples [--lexicon PATH]...
//     Runs every `example:` sentence of the verb lexicon through the coder and counts those that yield their code.
func examples(_ arguments: [String]) {
    let (lexicon, pipeline) = codingSetup(arguments)
    let coder = EventCoder(lexicon: lexicon, resolver: ActorResolver(lexicon: lexicon))
    let show = option("--show", in: arguments) ?? 40
    var total = 0, right = 0, covered = Set<String>(), failures: [String] = []
    let date = CalendarDate(year: 2024, month: 6, day: 20)!
    for verb in lexicon.verbs {
        for example in verb.examples {
            total += 1
            let (analysed, _) = pipeline.run(Document(id: verb.key, date: date, text: example.text))
            let codes = coder.events(in: analysed, on: date).map(\.code.code)
            if codes.contains(example.code.code) {
                right += 1
                covered.insert(example.code.code)
            } else {
                failures.append("\(verb.location.file):\(example.line): \(example.code.code) -> \(codes)  \(example.text)")
            }
        }
    }
    print("examples coded to their code: \(right)/\(total); codes covered by a passing example: \(covered.count)")
    for line in failures.prefix(show) { print(line) }
}

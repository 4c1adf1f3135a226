// dyad-bench actors TEST.jsonl [--lexicon PATH]... [--dictionaries DIR [--dictionaries-only]] [--show N]
//     Actor-code accuracy of `dyad actors` on hand-coded mentions (Benchmarks/data/actor-mentions.jsonl): each gold
//     mention is matched to the predicted mention that overlaps it most; "country level" compares the principal
//     (the country, or IGO/NGO with its organisation chunk), "with roles" the principal and the first role chunk
//     after it (PSEREB for PSEREBHMS: the codes CAMEO users aggregate on), "exact" the whole code. A gold mention with no
//     overlapping prediction counts as wrong at both levels. Predictions overlapping no gold mention are reported
//     as extra (gold files mark every actor, so these are false positives or gold omissions).
import DyadCoding
import DyadCore
import DyadLexicon
import DyadSyntax
import DyadText
import Foundation

func principal(_ code: String) -> String {
    guard let parsed = try? ActorCode(code), let first = parsed.components.first else { return String(code.prefix(3)) }
    if first.kind == .country || first.kind == .formerCountry || parsed.components.count == 1 { return first.code }
    return parsed.components.prefix(2).map(\.code).joined()
}

/// The principal and the first chunk after it ("PSEREB" for "PSEREBHMS", "IGOUNO" for "IGOUNOPKO").
func principalAndRole(_ code: String) -> String {
    let base = principal(code)
    guard code.hasPrefix(base), code.count >= base.count + 3 else { return code }
    return String(code.prefix(base.count + 3))
}

/// The lexicon (`--lexicon PATH`... or the shipped one, with `--dictionaries DIR` on top or, with
/// `--dictionaries-only`, instead) and the full analysis pipeline with the shipped models; fails when they cannot load.
func codingSetup(_ arguments: [String]) -> (lexicon: Lexicon, pipeline: Pipeline) {
    var paths: [URL] = []
    for (index, argument) in arguments.enumerated() where argument == "--lexicon" && index + 1 < arguments.count {
        paths.append(URL(fileURLWithPath: arguments[index + 1]))
    }
    do {
        var lexicon = paths.isEmpty ? try Lexicon.bundled() : try Lexicon.load(contentsOf: paths)
        if let index = arguments.firstIndex(of: "--dictionaries"), index + 1 < arguments.count {
            let peer = try Lexicon.peerDictionaries(in: URL(fileURLWithPath: arguments[index + 1]))
            lexicon = arguments.contains("--dictionaries-only") ? peer : lexicon.merged(with: peer)
        }
        let models = try LanguageModels.bundled()
        return (lexicon, try Pipeline(Pipeline.segmentation().stages + [SyntaxStage(models: models)]))
    } catch { fail("\(error)") }
}

func actors(_ arguments: [String]) {
    guard let path = arguments.first else { fail("usage: dyad-bench actors TEST.jsonl [--lexicon PATH]... [--show N]") }
    let show = option("--show", in: arguments) ?? 40
    let (lexicon, pipeline) = codingSetup(arguments)
    let resolver = ActorResolver(lexicon: lexicon)
    var gold = 0, found = 0, countryRight = 0, roleRight = 0, exactRight = 0, predicted = 0, extra = 0
    var errors: [String] = []
    var byRule: [String: (Int, Int)] = [:]
    let started = Date()
    for record in jsonLines(path) {
        guard let id = record["id"] as? String, let text = record["text"] as? String,
              let mentions = record["mentions"] as? [[String: Any]] else { fail("\(path): a record lacks id/text/mentions") }
        let date = (record["date"] as? String).flatMap { CalendarDate(iso: $0) }
        let (analysed, _) = pipeline.run(Document(id: id, date: date, text: text))
        let ours = resolver.mentions(in: analysed, on: date ?? CalendarDate(year: 2026, month: 1, day: 1)!)
        predicted += ours.count
        var used = Set<Int>()
        for mention in mentions {
            guard let start = mention["start"] as? Int, let end = mention["end"] as? Int,
                  let code = mention["code"] as? String else { continue }
            gold += 1
            let overlapping = ours.enumerated().filter { $0.element.span.start < end && start < $0.element.span.end }
            let best = overlapping.max { a, b in
                min(a.element.span.end, end) - max(a.element.span.start, start)
                    < min(b.element.span.end, end) - max(b.element.span.start, start)
            }
            let goldText = mention["text"] as? String ?? ""
            guard let best else {
                errors.append("\(id) MISSED  \(goldText) [\(code)]")
                continue
            }
            used.insert(best.offset)
            found += 1
            let exact = best.element.code.code == code
            if exact { exactRight += 1 }
            let ok = principalAndRole(best.element.code.code) == principalAndRole(code)
            let countryOK = principal(best.element.code.code) == principal(code)
            if countryOK { countryRight += 1 }
            if ok { roleRight += 1 }
            let rule = best.element.rule.components(separatedBy: ":").first ?? best.element.rule
            byRule[rule, default: (0, 0)].0 += 1
            if ok { byRule[rule, default: (0, 0)].1 += 1 }
            if !ok {
                errors.append("\(id) \(countryOK ? "ROLE  " : "WRONG ") \(goldText) [\(code)] -> \(best.element.text) [\(best.element.code.code)] (\(best.element.rule))")
            }
        }
        for (index, mention) in ours.enumerated() where !used.contains(index) {
            extra += 1
            errors.append("\(id) EXTRA   \(mention.text) [\(mention.code.code)] (\(mention.rule))")
        }
    }
    let seconds = Date().timeIntervalSince(started)
    func percent(_ part: Int, _ whole: Int) -> String { String(format: "%.1f%%", whole == 0 ? 0 : 100.0 * Double(part) / Double(whole)) }
    print("gold mentions \(gold), found \(found) (\(percent(found, gold)))")
    print("country level: \(countryRight)/\(gold) = \(percent(countryRight, gold))")
    print("with roles:    \(roleRight)/\(gold) = \(percent(roleRight, gold))")
    print("exact code:    \(exactRight)/\(gold) = \(percent(exactRight, gold))")
    print("predicted \(predicted), overlapping no gold mention: \(extra)")
    print("by rule (found, right):")
    for (rule, counts) in byRule.sorted(by: { $0.value.0 > $1.value.0 }) {
        print("  \(rule): \(counts.0), \(counts.1)")
    }
    print(String(format: "%.1f s", seconds))
    for line in errors.prefix(show) { print(line) }
}

import ArgumentParser
import DyadCoding
import DyadCore
import DyadSyntax
import DyadText
import Foundation

/// `dyad eval FILE.xml` / `Validate.text`: a PETRARCH or TABARI validation suite coded with its own dictionaries by
/// the peer coder.
enum PeerEval {
    static func run(file: String, only: Set<String>, trace: Bool, suppliedParse: Bool, errors: StandardError) throws {
        let validation: PeerValidation
        let models: LanguageModels
        do {
            validation = try PeerValidation(path: file)
            models = try LanguageModels.bundled()
        } catch {
            errors.write("dyad: \(error)")
            throw ExitCode(2)
        }
        _ = errors.report(validation.diagnostics)
        let pipeline = try Pipeline(Pipeline.segmentation().stages + [SyntaxStage(models: models)])
        var table: [String: (total: Int, passed: Int)] = [:]
        var order: [String] = []
        var passed = 0, failed = 0
        var unreadParses: [String] = []
        var output = ""
        for record in validation.cases where only.isEmpty || only.contains(record.id) {
            var analysed: AnnotatedDocument?
            let outcome = validation.run(record) { document in
                if suppliedParse {
                    // A record whose parse cannot be read codes nothing, as PETRARCH reports bad_input_parse.
                    let tree = record.parse.flatMap { TreebankTree(bracketed: $0) }
                    if tree == nil { unreadParses.append(record.id) }
                    analysed = tree.map { TreebankDependencies(tree: $0).annotated(document, lemmatizer: models.lemmatizer) }
                        ?? AnnotatedDocument(document: document)
                    return analysed!
                }
                analysed = pipeline.run(document).0
                return analysed!
            }
            if table[outcome.category] == nil { order.append(outcome.category) }
            table[outcome.category, default: (0, 0)].total += 1
            if outcome.passed {
                passed += 1
                table[outcome.category, default: (0, 0)].passed += 1
                continue
            }
            failed += 1
            func list(_ events: [String]) -> String { events.isEmpty ? "no event" : events.joined(separator: " ") }
            output += "FAIL \(outcome.id) (\(outcome.origin)): expected \(list(outcome.expected)), produced \(list(outcome.produced))\n"
            output += "    \(outcome.text.split(whereSeparator: \.isNewline).joined(separator: " "))\n"
            for rule in outcome.rules { output += "    rule \(rule)\n" }
            if trace, let document = analysed { output += ParseTable.text(of: document, indent: "    ") }
        }
        output += "\ncategory     records  passed\n"
        for category in order {
            let counts = table[category]!
            output += category.padding(toLength: 12, withPad: " ", startingAt: 0) + String(format: " %7d  %6d\n", counts.total, counts.passed)
        }
        if !unreadParses.isEmpty {
            output += "\(unreadParses.count) record(s) without a readable <Parse> coded nothing: \(unreadParses.joined(separator: " "))\n"
        }
        output += "\(passed) passed, \(failed) failed\n"
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

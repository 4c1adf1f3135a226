import ArgumentParser
import DyadCoding
import DyadCore
import DyadLexicon
import DyadSyntax
import DyadText
import Foundation

/// `dyad eval FILE`: score the coder on a gold file.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the event coder on a gold file; the last line is 'N passed, M failed'.",
        discussion: """
            Reads the PLOVER gold-standard records (../shared/eval/plover-gsr/PLOVER_GSR_CAMEO.txt, a JSON array) and \
            compares the PLOVER category of each sentence's first main-clause PLOVER event (CAMEO 01 and 02 are \
            dropped in PLOVER), coded with Dyad's own lexicon, with the gold one (DEMAND read as REQUEST, DISAPPROVE and INVESTIGATE as ACCUSE, FIGHT as ASSAULT). \
            The gold is a category alone, so events without a target count here, as with `dyad code --one-sided`. \
            A PETRARCH validation file (.xml, such as PETR.UnitTest.records.xml) is coded with the dictionaries its \
            <Environment> names and the peer coder, on Dyad's own parse; TABARI's Validate.text likewise with the \
            .project file beside it. Each selected record passes when its events equal the expected ones. Prints every failure with expected and produced, then a table per category.
            """)

    @Argument(help: ArgumentHelp("The gold file.", valueName: "file"))
    var file: String

    @Option(name: .customLong("record"), help: ArgumentHelp("Only the records with this id (PETRARCH files; repeatable).", valueName: "id"))
    var records: [String] = []

    @Flag(name: .customLong("trace"), help: "With each failure, print the parse the peer coder read (PETRARCH files).")
    var trace = false

    @Flag(name: .customLong("parse"), help: "Use each PETRARCH record's own <Parse> (converted to dependencies) instead of Dyad's parse of its <Text>.")
    var suppliedParse = false

    func run() throws {
        let errors = StandardError()
        if suppliedParse && !file.hasSuffix(".xml") {
            errors.write("dyad: --parse reads the <Parse> of PETRARCH validation records; \(file) is not a PETRARCH .xml file\n    hint: leave out --parse")
            throw ExitCode(2)
        }
        if file.hasSuffix(".xml") || file.hasSuffix(".text") {
            try PeerEval.run(file: file, only: Set(records), trace: trace, suppliedParse: suppliedParse, errors: errors)
            return
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            errors.write("dyad: \(file): cannot read the file\n    hint: check the path")
            throw ExitCode(2)
        }
        let records: [PLOVERGoldEvaluation.Record]
        let skipped: Int
        let lexicon: Lexicon
        let models: LanguageModels
        do {
            (records, skipped) = try PLOVERGoldEvaluation.records(from: data)
            lexicon = try Lexicon.bundled()
            models = try LanguageModels.bundled()
        } catch {
            errors.write("dyad: \(file): \(error)")
            throw ExitCode(2)
        }
        // The GSR's gold is a category alone (a PLOVER event needs no recipient), so one-sided events are kept.
        let coder = EventCoder(lexicon: lexicon, resolver: ActorResolver(lexicon: lexicon), requiresDyad: false)
        let pipeline = try Pipeline(Pipeline.segmentation().stages + [SyntaxStage(models: models)])
        var table: [PLOVEREventType: (total: Int, passed: Int)] = [:]
        var passed = 0, failed = 0
        var output = ""
        for record in records {
            let date = record.date ?? CalendarDate(year: 2000, month: 1, day: 1)!
            let (document, _) = pipeline.run(Document(id: record.id, date: date, text: record.text))
            let events = coder.events(in: document, on: date)
            let main = PLOVERGoldEvaluation.mainEvent(of: events, in: document)
            let produced = main?.code.plover?.eventType
            table[record.gold, default: (0, 0)].total += 1
            if produced == record.gold {
                passed += 1
                table[record.gold, default: (0, 0)].passed += 1
            } else {
                failed += 1
                let detail = main.map { "\($0.code.code) \($0.source.code.code)→\($0.target?.code.code ?? "-")" } ?? "no event"
                output += "FAIL \(record.id): expected \(record.gold.rawValue) (\(record.label)), produced \(produced?.rawValue ?? "nothing") [\(detail)]\n    \(record.text)\n"
            }
        }
        output += "\ncategory       gold  passed\n"
        for (category, counts) in table.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            output += category.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)
                + String(format: " %4d  %4d\n", counts.total, counts.passed)
        }
        if skipped > 0 {
            output += "\(skipped) record(s) without text or with a label PLOVER does not know were not scored\n"
        }
        output += "\(passed) passed, \(failed) failed\n"
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

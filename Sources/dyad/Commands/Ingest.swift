import ArgumentParser
import DyadCore
import DyadStore
import DyadText
import Foundation

/// `dyad ingest`: code documents and keep them, their sentences, actors and events, in the store.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Code documents and store them with their events in the database (idempotent).",
        discussion: """
            Documents are coded as by `dyad code` and stored in batches, one transaction each: a document whose text \
            is already stored is skipped, so ingesting the same articles again adds nothing, and a process stopped \
            inside a batch leaves the database as it was before that batch. Reports of one event (same source, \
            target and code, same date window) in several articles become one event with several mentions. \
            --recode codes the stored documents again (after a lexicon or model change, or to apply or drop \
            --no-guessed-targets, which documents already stored do not get otherwise) and replaces their events.
            """)

    @OptionGroup var reader: ReaderArguments
    @OptionGroup var coding: CodingArguments

    @OptionGroup var targets: TargetArguments
    @OptionGroup var store: StoreArguments

    @Option(help: ArgumentHelp("Documents per transaction.", valueName: "N"))
    var batch: Int = 64

    @Option(help: ArgumentHelp("Documents coded in parallel on this many threads.", valueName: "N"))
    var jobs: Int = 1

    @Flag(help: "Code every stored document again with the current lexicon and models, replacing its events.")
    var recode = false

    func validate() throws {
        guard batch >= 1 else { throw ValidationError("--batch must be 1 or more") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
        if recode && !reader.inputs.isEmpty {
            throw ValidationError("--recode re-codes what is stored; give no input files with it")
        }
    }

    func run() throws {
        let database = try store.open()
        Self.installTestHook(on: database)
        let (models, lexicon) = try coding.load(jobs: jobs)
        let coder = try DocumentCoder(models: models, lexicon: lexicon,
                                      version: "dyad \(DyadVersion.current); lexicon \(lexicon.verbs.count) verbs; models en-news"
                                        + targets.versionNote,
                                      today: CodingArguments.today(), guessesTargets: targets.guessesTargets, requiresDyad: targets.requiresDyad)
        let pipeline = coder.pipeline
        let code: @Sendable (AnnotatedDocument) -> CodedDocument = { coder.record(of: $0) }
        let errors = StandardError()
        if recode {
            try recodeStored(database, pipeline: pipeline, code: code, errors: errors)
            return
        }
        var totals = BatchOutcome()
        var pending: [CodedDocument] = []
        func flush() throws {
            guard !pending.isEmpty else { return }
            let outcome = try database.store(pending)
            pending.removeAll(keepingCapacity: true)
            for failure in outcome.failed {
                errors.write("dyad: document '\(failure.id)' was not stored: \(failure.message)")
            }
            totals.stored += outcome.stored
            totals.duplicates += outcome.duplicates
            totals.failed += outcome.failed
            totals.mentions += outcome.mentions
            totals.newEvents += outcome.newEvents
        }
        // A document whose text is stored already is not coded again (the store would skip it anyway).
        let stored: @Sendable (Document) -> String? = { document in
            (try? database.storedID(hash: CodedDocument.contentHash(of: document.text))) ?? nil
        }
        var status = try DocumentRun(reader).run(pipeline: pipeline, jobs: jobs, skip: stored, onSkip: { document, earlier in
            totals.duplicates.append(.init(id: document.id, storedAs: earlier))
        }, analyse: code) { _, record, _ in
            pending.append(record)
            if pending.count >= batch { try flush() }
        }
        try flush()
        let counts = try database.counts()
        errors.write("dyad: stored \(totals.stored.count) document(s) with \(totals.mentions) event mention(s), "
            + "\(totals.newEvents) new event(s); \(totals.duplicates.count) already stored, \(totals.failed.count) failed. "
            + "\(database.path) holds \(counts.documents) documents, \(counts.events) events, \(counts.eventMentions) mentions")
        if !totals.failed.isEmpty { status = max(status, 1) }
        if status != 0 { throw ExitCode(status) }
    }

    /// Codes every stored document again, a batch per transaction.
    func recodeStored(_ database: SQLiteEventStore, pipeline: Pipeline, code: @escaping @Sendable (AnnotatedDocument) -> CodedDocument,
                errors: StandardError) throws {
        var offset = 0
        var done = 0
        while true {
            let stored = try database.documents(offset: offset, limit: batch)
            if stored.isEmpty { break }
            offset += stored.count
            let records = ParallelMap.map(stored, jobs: jobs) { stored in
                var record = code(pipeline.run(stored.document).document)
                record.hash = stored.hash
                return record
            }
            try database.replaceCoding(records)
            done += records.count
        }
        let counts = try database.counts()
        errors.write("dyad: re-coded \(done) document(s); \(database.path) holds \(counts.events) events, "
            + "\(counts.eventMentions) mentions")
    }

    /// For the crash-safety test only: `DYAD_TEST_KILL_AT=POINT:BATCH` (POINT one of document, events, commit) kills
    /// the process with SIGKILL at that point of that batch, inside its open transaction.
    static func installTestHook(on database: SQLiteEventStore) {
        guard let spec = ProcessInfo.processInfo.environment["DYAD_TEST_KILL_AT"] else { return }
        let parts = spec.split(separator: ":")
        guard parts.count == 2, let point = IngestPoint(rawValue: String(parts[0])), let number = Int(parts[1]) else { return }
        database.hook = { at, batch in
            if at == point && batch == number { kill(getpid(), SIGKILL) }
        }
    }
}

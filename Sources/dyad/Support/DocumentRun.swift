import DyadCore
import DyadText
import Foundation

/// The loop shared by commands that read documents: collect inputs, read each, analyse each document, write the
/// result to standard output, report diagnostics on standard error, and decide the exit status.
struct DocumentRun {
    let arguments: ReaderArguments

    init(_ arguments: ReaderArguments) { self.arguments = arguments }

    /// Runs `pipeline` and then `write` on every document; returns the exit status (0, or 1 when some input was
    /// skipped).
    func run(pipeline: Pipeline = .segmentation(), _ write: (AnnotatedDocument, OutputBuffer) -> Void) throws -> Int32 {
        try run(pipeline: pipeline, jobs: 1, analyse: { _ in () }) { document, _, buffer in write(document, buffer) }
    }
}

extension DocumentRun {
    /// Like ``run(pipeline:_:)``, with the analysis and `analyse` of each document on `jobs` threads, in batches;
    /// the results are written, and diagnostics reported, in input order.
    /// Documents for which `skip` returns a reason are neither analysed nor written; `onSkip` hears of each.
    func run<Result: Sendable>(pipeline: Pipeline, jobs: Int,
                               skip: (@Sendable (Document) -> String?)? = nil, onSkip: (Document, String) -> Void = { _, _ in },
                               analyse: @escaping @Sendable (AnnotatedDocument) -> Result,
                               write: (AnnotatedDocument, Result, OutputBuffer) throws -> Void) throws -> Int32 {
        let format = try arguments.format()
        let loader = DocumentLoader(options: try arguments.readerOptions())
        let paths = arguments.inputs.isEmpty ? ["-"] : arguments.inputs
        let (inputs, collectionDiagnostics) = InputCollector(format: format).collect(paths)
        let errors = StandardError()
        var skipped = errors.report(collectionDiagnostics)
        let output = StandardOutput()
        var progress = Progress(inputs: inputs, enabled: !arguments.noProgress)
        let buffer = OutputBuffer(capacity: 2 << 20)
        let batchSize = max(1, jobs) * 64
        var firstOrigin: [String: String] = [:]
        for input in inputs {
            let result = loader.load(input)
            if !result.diagnostics.isEmpty { progress.clear() }
            skipped += errors.report(result.diagnostics)
            for start in stride(from: 0, to: result.documents.count, by: batchSize) {
                let batch = Array(result.documents[start..<min(start + batchSize, result.documents.count)])
                let done = ParallelMap.map(batch, jobs: jobs) { document -> (AnnotatedDocument, [Diagnostic], Result?, String?) in
                    if let reason = skip?(document) { return (AnnotatedDocument(document: document), [], nil, reason) }
                    let (analysed, diagnostics) = pipeline.run(document)
                    return (analysed, diagnostics, analyse(analysed), nil)
                }
                for (analysed, diagnostics, outcome, reason) in done {
                    guard let value = outcome else {
                        onSkip(analysed.document, reason ?? "")
                        progress.advance(document: analysed.document.text.utf8.count, of: input)
                        continue
                    }
                    let origin = analysed.document.origin ?? input.path
                    if let earlier = firstOrigin.updateValue(firstOrigin[analysed.document.id] ?? origin,
                                                             forKey: analysed.document.id) {
                        progress.clear()
                        errors.write(Diagnostic(.warning, at: SourceLocation(file: origin),
                                                "document id '\(analysed.document.id)' was already used by \(earlier); "
                                                    + "output lines of both carry the same id",
                                                hint: "rename one of the files or records").description)
                    }
                    if !diagnostics.isEmpty { progress.clear() }
                    skipped += errors.report(diagnostics)
                    try write(analysed, value, buffer)
                    if buffer.count >= 1 << 20 { output.flush(buffer) }
                    progress.advance(document: analysed.document.text.utf8.count, of: input)
                }
            }
            progress.advance(past: input)
        }
        output.flush(buffer)
        progress.finish()
        if skipped > 0 {
            errors.write("dyad: \(skipped) input(s) or record(s) skipped; see the messages above")
            return 1
        }
        return 0
    }
}

/// Buffered writes to standard output.
struct StandardOutput {
    func flush(_ buffer: OutputBuffer) {
        guard buffer.count > 0 else { return }
        do {
            let pointer = buffer.bytes
            var offset = 0
            while offset < pointer.count {
                let written = Foundation.write(STDOUT_FILENO, pointer.baseAddress! + offset, pointer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 {
                    // The reader went away (`dyad ... | head`): stop quietly, as Unix filters do.
                    if errno == EPIPE { Foundation.exit(0) }
                    break
                }
                offset += written
            }
        }
        buffer.removeAll()
    }
}

/// Diagnostics on standard error.
struct StandardError {
    /// Prints the diagnostics; returns how many were errors (skipped input).
    func report(_ diagnostics: [Diagnostic]) -> Int {
        var errors = 0
        for diagnostic in diagnostics {
            write(diagnostic.description)
            if diagnostic.severity == .error { errors += 1 }
        }
        return errors
    }

    func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

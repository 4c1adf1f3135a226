import DyadCore

/// What every peer reader shares: the file, its meaningful lines, and the diagnostics collected so far.
struct PeerReadContext: Sendable {
    /// The decoded file.
    let source: PeerSourceText
    /// The lines left once comments and blank lines are gone.
    let lines: [PeerLine]
    /// Everything reported so far, in the order it was found.
    private var collected: [Diagnostic]
    /// Lines the reader skipped with an error.
    private(set) var rejectedLines = 0
    private var lastRejectedLine = 0
    /// Codes already read as actor codes: a few thousand distinct codes recur tens of thousands of times.
    private var actorCodes: [String: ActorCode?] = [:]
    /// The same for event codes.
    private var eventCodes: [String: EventCode?] = [:]

    /// Decodes `bytes` and finds the meaningful lines.
    init(bytes: [UInt8], file: String) {
        source = PeerSourceText(bytes: bytes, file: file)
        let (lines, lineDiagnostics) = source.meaningfulLines()
        self.lines = lines
        collected = source.diagnostics + lineDiagnostics
    }

    /// The diagnostics in line order (several on one line in the order found), file-level ones last.
    var diagnostics: [Diagnostic] {
        collected.enumerated().sorted { first, second in
            let (a, b) = (first.element.location.line ?? .max, second.element.location.line ?? .max)
            return a != b ? a < b : first.offset < second.offset
        }.map(\.element)
    }

    /// The file as shown in diagnostics.
    var file: String { source.file }

    /// `text` read as a CAMEO actor code, or `nil` when it is not one Dyad knows; remembered for the next time.
    mutating func actorCode(_ text: String) -> ActorCode? {
        if let known = actorCodes[text] { return known }
        let code = try? ActorCode(text)
        actorCodes[text] = code
        return code
    }

    /// `text` read as a CAMEO event code (digits only), or `nil`; remembered for the next time.
    mutating func eventCode(_ text: String) -> EventCode? {
        if let known = eventCodes[text] { return known }
        let code = PeerVerbCode.event(text)
        eventCodes[text] = code
        return code
    }

    /// Adds a diagnostic made elsewhere (a ``PeerCode`` interpretation warning).
    mutating func append(_ diagnostic: Diagnostic) {
        collected.append(diagnostic)
    }

    /// Warns, pointing at `offset`, when `code` is neither a CAMEO actor code Dyad knows nor a TABARI special code
    /// (`---`, `###`, `+++`); the code is kept as written either way.
    mutating func checkActorCode(_ code: String, _ actorCode: ActorCode?, in line: PeerLine, at offset: Int) {
        guard actorCode == nil, !PeerReadContext.specialCodes.contains(code) else { return }
        let interpretation = PeerCode(code).interpretedAsActorCode(
            at: location(line, offset), excerpt: source.text(ofLine: line.number))
        if let warning = interpretation.warning { collected.append(warning) }
    }

    /// Warns, pointing at `offset`, when `code` is neither a CAMEO event code nor a TABARI special code.
    mutating func checkEventCode(_ code: PeerCode?, _ eventCode: EventCode?, in line: PeerLine, at offset: Int) {
        guard let code, eventCode == nil, !PeerReadContext.specialCodes.contains(code.text) else { return }
        let interpretation = code.interpretedAsEventCode(
            at: location(line, offset), excerpt: source.text(ofLine: line.number))
        if let warning = interpretation.warning { collected.append(warning) }
    }

    /// TABARI/PETRARCH codes with a meaning of their own: no event or actor (`---`), discard (`###`), `+++`.
    static let specialCodes: Set<String> = ["---", "###", "+++"]

    /// Where the byte at `offset` of `line` is.
    func location(_ line: PeerLine, _ offset: Int? = nil) -> SourceLocation {
        SourceLocation(file: source.file, line: line.number, column: offset.map(line.column) ?? line.column(line.start))
    }

    /// Reports that (part of) `line` was skipped; the line counts as rejected.
    mutating func error(_ line: PeerLine, at offset: Int? = nil, _ message: String, hint: String? = nil) {
        collected.append(Diagnostic(
            .error, at: location(line, offset), message, hint: hint, excerpt: source.text(ofLine: line.number)))
        if lastRejectedLine != line.number {
            rejectedLines += 1
            lastRejectedLine = line.number
        }
    }

    /// Reports that `line` was used but is suspect or was changed.
    mutating func warning(_ line: PeerLine, at offset: Int? = nil, _ message: String, hint: String? = nil) {
        collected.append(Diagnostic(
            .warning, at: location(line, offset), message, hint: hint, excerpt: source.text(ofLine: line.number)))
    }

    /// Reports a problem about the file as a whole, or about a line without a column.
    mutating func report(_ severity: Diagnostic.Severity, line: Int? = nil, _ message: String, hint: String? = nil) {
        collected.append(Diagnostic(
            severity, at: SourceLocation(file: source.file, line: line), message, hint: hint,
            excerpt: line.map(source.text(ofLine:))))
    }

    /// Adds a file-level warning when most lines were rejected: the file is probably not of the kind it was read as.
    mutating func checkMostlyRejected(as kind: String) {
        guard rejectedLines >= 10, rejectedLines * 2 > lines.count else { return }
        report(.warning,
               "\(rejectedLines) of \(lines.count) lines were rejected; this does not look like a \(kind) file",
               hint: "check that the file is what its name says (it may be a spreadsheet export or another format)")
    }
}

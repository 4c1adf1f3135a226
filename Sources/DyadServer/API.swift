import DyadCoding
import DyadCore
import DyadRelations
import DyadStore
import DyadText
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// How the server behaves.
public struct ServerSettings: Sendable {
    /// The bearer token writes need; `nil` disables writes (they answer 403).
    public var token: String?
    /// The largest request body accepted (413 beyond).
    public var maxBodyBytes: Int
    /// Write requests accepted per minute (429 beyond).
    public var writesPerMinute: Int

    /// Creates the settings.
    public init(token: String? = nil, maxBodyBytes: Int = 1 << 20, writesPerMinute: Int = 60) {
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.maxBodyBytes = maxBodyBytes
        self.writesPerMinute = writesPerMinute
    }
}

/// The HTTP API and dashboard of `dyad serve`.
public struct DyadServer: Sendable {
    /// Every route, as the OpenAPI document names it (a test checks the two agree).
    public static let routes: [(method: String, path: String)] = [
        ("GET", "/healthz"), ("GET", "/openapi.json"), ("POST", "/documents"), ("GET", "/events"),
        ("GET", "/events/{id}"), ("GET", "/actors/{code}/partners"), ("GET", "/dyads/{a}/{b}/series"),
        ("GET", "/shifts"),
    ]

    let store: StoreService
    let coder: CoderSlot
    let settings: ServerSettings
    let limiter: RateLimiter
    /// Set while the demo corpus is being ingested.
    let status: ServerStatus

    /// Creates the server's handlers.
    public init(store: StoreService, coder: CoderSlot, settings: ServerSettings, status: ServerStatus = ServerStatus()) {
        self.store = store
        self.coder = coder
        self.settings = settings
        self.limiter = RateLimiter(perMinute: settings.writesPerMinute)
        self.status = status
    }

    /// The router with every route, the error middleware and the dashboard.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: ErrorMiddleware())
        router.get("/healthz") { _, _ in try health() }
        router.get("/openapi.json") { _, _ in try openAPI() }
        router.post("/documents") { request, _ in try await post(request) }
        router.get("/events") { request, _ in try events(request) }
        router.get("/events/:id") { _, context in try event(context.parameters.require("id")) }
        router.get("/actors/:code/partners") { request, context in try partners(context.parameters.require("code"), request) }
        router.get("/dyads/:a/:b/series") { request, context in
            try series(context.parameters.require("a"), context.parameters.require("b"), request)
        }
        router.get("/shifts") { request, _ in try shifts(request) }
        let dashboard = Dashboard(store: store, status: status)
        router.get("/") { request, _ in try dashboard.home(request) }
        router.get("/dyad") { request, _ in try dashboard.dyad(request) }
        return router
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text + "\n")))
    }

    func health() throws -> Response {
        let counts = try store.read { try $0.counts() }
        let coding = coder.coding
        return Self.json("{\"status\":\"ok\",\"coder\":\(coding == nil ? "\"loading\"" : "\"ready\""),"
            + "\"ingesting\":\(status.ingesting),\"documents\":\(counts.documents),"
            + "\"events\":\(counts.events),\"mentions\":\(counts.eventMentions),"
            + "\"version\":\(coding.map { JSONText.string($0.version) } ?? "null")}")
    }

    /// The OpenAPI 3.1 document served at `/openapi.json`.
    public static func openAPIDocument() throws -> Data {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
              let data = try? Data(contentsOf: url) else {
            throw APIError(.internalServerError, "the OpenAPI document is missing from the build")
        }
        return data
    }

    func openAPI() throws -> Response {
        let data = try Self.openAPIDocument()
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    // MARK: writes

    func authorize(_ request: Request) throws {
        guard let token = settings.token else {
            throw APIError(.forbidden, "writes are disabled on this server; start it with --token TOKEN "
                + "(or the DYAD_TOKEN environment variable) and send 'Authorization: Bearer TOKEN'")
        }
        let given = request.headers[.authorization] ?? ""
        guard given.hasPrefix("Bearer "), Self.same(String(given.dropFirst(7)), token) else {
            throw APIError(.unauthorized, given.isEmpty ? "this write needs 'Authorization: Bearer TOKEN'"
                                                        : "the bearer token is not this server's",
                           headers: [.wwwAuthenticate: "Bearer"])
        }
    }

    /// Compares without stopping at the first difference.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = x.count ^ y.count
        for i in 0..<min(x.count, y.count) { difference |= Int(x[i] ^ y[i]) }
        return difference == 0
    }

    func post(_ request: Request) async throws -> Response {
        try authorize(request)
        if let wait = limiter.take() {
            throw APIError(.tooManyRequests, "too many writes; try again in \(wait) s",
                           headers: [.retryAfter: String(wait)])
        }
        let tooLarge = APIError(.contentTooLarge, "the body is larger than the \(settings.maxBodyBytes) bytes this server "
            + "accepts; send fewer articles per request (or start the server with a larger --max-body-bytes)")
        if let length = request.headers[.contentLength].flatMap(Int.init), length > settings.maxBodyBytes { throw tooLarge }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: settings.maxBodyBytes)
        } catch is NIOTooManyBytesError {
            throw tooLarge
        }
        let documents = try ArticleParser.parse(Array(buffer: body))
        guard let coding = coder.coding else {
            throw APIError(.serviceUnavailable, "the coder's models and lexicon are still loading; retry in a few seconds",
                           headers: [.retryAfter: "2"])
        }
        let coded = documents.map(coding.code)
        let outcome = try store.with { try $0.store(coded.map(\.record)) }
        if let failure = outcome.failed.first {
            throw APIError(.unprocessableContent, "document '\(failure.id)' could not be stored: \(failure.message)")
        }
        let duplicates = Dictionary(outcome.duplicates.map { ($0.id, $0.storedAs) }, uniquingKeysWith: { a, _ in a })
        let stored = Set(outcome.stored)
        let items = documents.map { document in
            "{\"id\":\(JSONText.string(document.id)),\"stored\":\(stored.contains(document.id)),"
                + "\"duplicate_of\":\(duplicates[document.id].map(JSONText.string) ?? "null")}"
        }
        let writer = EventWriter(version: coding.version)
        let events = coded.flatMap(\.rows).map { row in Self.line(writer, row) }
        return Self.json("{\"documents\":[\(items.joined(separator: ","))],\"events\":[\(events.joined(separator: ","))]}",
                         status: stored.isEmpty ? .ok : .created)
    }

    static func line(_ writer: EventWriter, _ row: EventRow) -> String {
        let buffer = OutputBuffer(capacity: 4096)
        writer.write(row, to: buffer)
        var text = String(decoding: buffer.bytes, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    // MARK: reads

    func events(_ request: Request) throws -> Response {
        let parameters = request.uri.queryParameters
        var query = try Self.query(parameters)
        let limit = parameters.get("limit", as: Int.self) ?? 50
        guard (1...1000).contains(limit) else { throw APIError(.badRequest, "limit must be 1 to 1000") }
        query.limit = limit
        query.after = parameters.get("cursor")
        let (page, mentions) = try store.read { store -> (EventPage, [String: [StoredMention]]) in
            let page = try store.events(query)
            return (page, Dictionary(grouping: try store.mentions(of: page.events.map(\.id)), by: \.eventID))
        }
        let lines = page.events.compactMap { event -> String? in
            let reports = mentions[event.id] ?? []
            guard let first = reports.first,
                  let row = first.row(event: event, mentions: reports.count,
                                      documents: Set(reports.map(\.documentHash)).count) else { return nil }
            return Self.line(EventWriter(version: first.version), row)
        }
        return Self.json("{\"events\":[\(lines.joined(separator: ","))],\"next\":\(page.next.map(JSONText.string) ?? "null")}")
    }

    static func selector(_ text: String, _ name: String) throws -> ActorSelector {
        do { return try ActorSelector(text) } catch { throw APIError(.badRequest, "\(name): \(error)") }
    }

    static func date(_ text: String?, _ name: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(iso: text) else { throw APIError(.badRequest, "\(name) '\(text)' is not a date; write YYYY-MM-DD") }
        return date
    }

    static func window(_ parameters: Parameters) throws -> DateWindow {
        DateWindow(since: try date(parameters.get("since"), "since"), until: try date(parameters.get("until"), "until"))
    }

    static func query(_ parameters: Parameters) throws -> EventQuery {
        var query = EventQuery(window: try window(parameters))
        if let actor = parameters.get("actor") { query.actor = try Self.selector(actor, "actor") }
        if let dyad = parameters.get("dyad") {
            let parts = dyad.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw APIError(.badRequest, "dyad '\(dyad)' must be two codes with a comma: PRK,RUS") }
            query.dyad = (try Self.selector(String(parts[0]), "dyad"), try Self.selector(String(parts[1]), "dyad"))
        }
        query.directed = parameters.get("directed") == "true"
        if let code = parameters.get("code") {
            guard !code.isEmpty, code.allSatisfy(\.isNumber) else {
                throw APIError(.badRequest, "code '\(code)' is not a CAMEO code or prefix (digits, e.g. 05 or 057)")
            }
            query.code = code
        }
        query.text = parameters.get("text").flatMap { $0.isEmpty ? nil : $0 }
        return query
    }

    func event(_ id: String) throws -> Response {
        let (found, reports) = try store.read { store in (try store.event(id: id), try store.mentions(of: [id])) }
        guard let found, let first = reports.first,
              let row = first.row(event: found, mentions: reports.count, documents: Set(reports.map(\.documentHash)).count)
        else { throw APIError(.notFound, "no event with id '\(id)' is stored") }
        let evidence = reports.map { mention in
            let record = mention.record
            func side(_ actor: ActorEvidence?) -> String {
                guard let actor else { return "null" }
                return "{\"code\":\(JSONText.string(actor.code)),\"name\":\(JSONText.string(actor.name)),"
                    + "\"text\":\(JSONText.string(actor.text)),\"start\":\(actor.span.start),\"end\":\(actor.span.end)}"
            }
            return "{\"doc_id\":\(JSONText.string(mention.documentID)),\"outlet\":\(mention.outlet.map(JSONText.string) ?? "null"),"
                + "\"url\":\(mention.url.map(JSONText.string) ?? "null"),"
                + "\"published\":\(mention.published.map { JSONText.string($0.description) } ?? "null"),"
                + "\"sentence\":\(record.sentence),\"sentence_start\":\(mention.sentenceStart),"
                + "\"text\":\(JSONText.string(mention.sentenceText)),\"source\":\(side(record.source)),"
                + "\"target\":\(side(record.target)),\"modality\":\(JSONText.string(record.modality)),"
                + "\"speaker\":\(record.speakerCode.map(JSONText.string) ?? "null"),"
                + "\"date_text\":\(record.dateSpan.map { "{\"start\":\($0.start),\"end\":\($0.end)}" } ?? "null"),"
                + "\"rule\":\(JSONText.string(record.rule)),\"version\":\(JSONText.string(mention.version))}"
        }
        return Self.json("{\"event\":\(Self.line(EventWriter(version: first.version), row)),"
            + "\"mentions\":[\(evidence.joined(separator: ","))]}")
    }

    func partners(_ code: String, _ request: Request) throws -> Response {
        let parameters = request.uri.queryParameters
        let selector = try Self.selector(code, "actor")
        let level = PartnerLevel(rawValue: parameters.get("level") ?? "principal")
        guard let level else { throw APIError(.badRequest, "level must be principal or full") }
        let window = try Self.window(parameters)
        let ranking = try store.read { try $0.partners(of: selector, level: level, window: window) }
        return Self.json(RelationsJSON.partners(ranking, actor: selector.prefix))
    }

    static func seriesOptions(_ parameters: Parameters) throws -> (SeriesOptions, ShiftOptions) {
        guard let by = Granularity(rawValue: parameters.get("by") ?? "month") else {
            throw APIError(.badRequest, "by must be day, week, month or year")
        }
        guard let metric = ShiftMetric(rawValue: parameters.get("metric") ?? "goldstein") else {
            throw APIError(.badRequest, "metric must be goldstein, events or cooperation")
        }
        let thin = parameters.get("thin", as: Int.self) ?? 3
        return (SeriesOptions(granularity: by, directed: parameters.get("directed") == "true", thinBelow: max(0, thin),
                              window: try window(parameters)),
                ShiftOptions(metric: metric, window: parameters.get("baseline", as: Int.self) ?? 6,
                             threshold: parameters.get("z", as: Double.self) ?? 2))
    }

    func series(_ a: String, _ b: String, _ request: Request) throws -> Response {
        let first = try Self.selector(a, "a"), second = try Self.selector(b, "b")
        let (options, shiftOptions) = try Self.seriesOptions(request.uri.queryParameters)
        let (result, events) = try store.read { try $0.series(first, second, options: options) }
        let shifts = ShiftDetector.detect(result, events: events, a: first, b: second, series: options, shifts: shiftOptions)
        return Self.json(RelationsJSON.series(result, a: first.prefix, b: second.prefix, by: options.granularity,
                                              directed: options.directed, shifts: shifts))
    }

    /// Shifts of an actor's dyads with its top partners (default: the most reported actor and its 5 top partners).
    func shifts(_ request: Request) throws -> Response {
        let parameters = request.uri.queryParameters
        let (options, shiftOptions) = try Self.seriesOptions(parameters)
        let count = min(max(parameters.get("partners", as: Int.self) ?? 5, 1), 50)
        let found = try store.read { store -> (String, [String]) in
            let actor = try parameters.get("actor").map { try Self.selector($0, "actor").prefix }
                ?? store.topActors(limit: 1).first?.actor ?? ""
            guard !actor.isEmpty else { return ("", []) }
            let selector = try Self.selector(actor, "actor")
            let partners = try store.partners(of: selector, level: .principal, window: options.window).prefix(count)
            let events = try store.allEvents(EventQuery(actor: selector))
            var lines: [String] = []
            for partner in partners {
                let other = try Self.selector(partner.partner, "partner")
                let result = DyadSeries.compute(events, a: selector, b: other, options: options)
                for shift in ShiftDetector.detect(result, events: events, a: selector, b: other, series: options,
                                                  shifts: shiftOptions) {
                    lines.append(RelationsJSON.shift(shift, a: selector.prefix, b: other.prefix))
                }
            }
            return (actor, lines)
        }
        return Self.json("{\"actor\":\(found.0.isEmpty ? "null" : JSONText.string(found.0)),"
            + "\"shifts\":[\(found.1.joined(separator: ","))]}")
    }
}

/// What the server is doing besides answering (the demo's ingest).
public final class ServerStatus: @unchecked Sendable {
    private var flag = false
    private let lock = NSLock()

    public init() {}

    /// Whether articles are being ingested in the background.
    public var ingesting: Bool {
        get { lock.withLock { flag } }
        set { lock.withLock { flag = newValue } }
    }
}

import DyadCore
import DyadRelations
import DyadServer
import DyadStore
import DyadTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The coder is loaded once for every test (models and lexicon take a few seconds in a debug build), on a thread of
/// its own with a large stack: a debug build's loading runs deep, and the first test to ask is on a cooperative thread,
/// whose stack it overran (a crash with a corrupted stack), as `dyad serve` avoids by loading on a thread of its own.
enum Shared {
    static let coding: Result<DocumentCoder, any Error> = {
        final class Box: @unchecked Sendable { var result: Result<DocumentCoder, any Error>? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.result = Result { try DocumentCoder.bundled(version: "test", today: CalendarDate(year: 2026, month: 11, day: 29)!) }
            done.signal()
        }
        thread.stackSize = 64 << 20
        thread.start()
        done.wait()
        return box.result!
    }()
}

/// A server over a fresh SQLite store holding the demo articles.
struct Fixture {
    let store: SQLiteEventStore
    let service: StoreService
    let app: Application<RouterResponder<BasicRequestContext>>

    init(token: String? = nil, maxBodyBytes: Int = 64 << 10, writesPerMinute: Int = 60, demo: Bool = true) throws {
        let path = ScratchFolder.path("dyad-server-\(UUID().uuidString).sqlite")
        store = try SQLiteEventStore(path: path)
        service = StoreService(store)
        let coding = try Shared.coding.get()
        if demo { _ = try DemoCorpus.ingest(into: service, coding: coding) }
        let server = DyadServer(store: service, coder: CoderSlot(coding),
                                settings: ServerSettings(token: token, maxBodyBytes: maxBodyBytes, writesPerMinute: writesPerMinute))
        app = Application(router: server.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    func counts() throws -> StoreCounts { try store.counts() }
}

func json(_ response: TestResponse) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
}

func message(_ response: TestResponse) throws -> String {
    ((try json(response))["error"] as? [String: Any])?["message"] as? String ?? ""
}

func body(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }

@Suite("HTTP API", .serialized, .scratchFolder)
struct ServerTests {
    @Test("the OpenAPI document lists exactly the routes the server has, and each answers")
    func openAPI() async throws {
        let document = try #require(try JSONSerialization.jsonObject(with: DyadServer.openAPIDocument()) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
        let routed = Set(DyadServer.routes.map { "\($0.method) \($0.path)" })
        #expect(documented == routed)
        let fixture = try Fixture()
        try await fixture.app.test(.router) { client in
            for route in DyadServer.routes where route.method == "GET" {
                let uri = route.path.replacingOccurrences(of: "{id}", with: "0000000000000000")
                    .replacingOccurrences(of: "{code}", with: "PRK").replacingOccurrences(of: "{a}", with: "PRK")
                    .replacingOccurrences(of: "{b}", with: "RUS")
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == (route.path == "/events/{id}" ? .notFound : .ok), "\(uri)")
                    #expect(response.headers[.contentType]?.hasPrefix("application/json") == true, "\(uri)")
                }
            }
        }
    }

    @Test("writes without a configured token are 403 and say how to enable them; nothing changes")
    func writesDisabled() async throws {
        let fixture = try Fixture(token: nil)
        let before = try fixture.counts()
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/documents", method: .post, headers: [.authorization: "Bearer x"],
                                     body: body(#"{"text": "Russia praised North Korea."}"#)) { response in
                #expect(response.status == .forbidden)
                let text = try message(response)
                #expect(text.contains("--token"))
            }
        }
        #expect(try fixture.counts() == before)
    }

    @Test("with a token: missing or wrong is 401, oversized 413, malformed 400 with a message; none changes the store")
    func badWrites() async throws {
        let fixture = try Fixture(token: "s3cret", maxBodyBytes: 4096)
        let before = try fixture.counts()
        try await fixture.app.test(.router) { client in
            let article = body(#"{"text": "Russia praised North Korea for its support on Monday.", "date": "2026-11-23"}"#)
            try await client.execute(uri: "/documents", method: .post, body: article) { response in
                #expect(response.status == .unauthorized && response.headers[.wwwAuthenticate] == "Bearer")
            }
            try await client.execute(uri: "/documents", method: .post, headers: [.authorization: "Bearer wrong"],
                                     body: article) { response in
                #expect(response.status == .unauthorized)
            }
            let big = body(#"{"text": ""# + String(repeating: "Russia praised North Korea. ", count: 400) + #""}"#)
            try await client.execute(uri: "/documents", method: .post, headers: [.authorization: "Bearer s3cret"],
                                     body: big) { response in
                #expect(response.status == .contentTooLarge)
                let text = try message(response)
                #expect(text.contains("--max-body-bytes"))
            }
            var invalid = ByteBuffer(string: #"{"text": "Russia praised "#)
            invalid.writeBytes([0xFF, 0xFE])
            invalid.writeString(#" North Korea."}"#)
            try await client.execute(uri: "/documents", method: .post, headers: [.authorization: "Bearer s3cret"],
                                     body: invalid) { response in
                let text = try message(response)
                #expect(response.status == .badRequest && text.contains("UTF-8"), "\(text)")
            }
            for (bad, expected) in [(#"{"txt": "x"}"#, "no \"text\""), ("{not json", "not a JSON article"),
                                    (#"{"text": "x", "date": "2024-02-30"}"#, "not a date"), ("   ", "empty"),
                                    (#"["a"]"#, "not an object")] {
                try await client.execute(uri: "/documents", method: .post, headers: [.authorization: "Bearer s3cret"],
                                         body: body(bad)) { response in
                    #expect(response.status == .badRequest, "\(bad)")
                    let text = try message(response)
                    #expect(text.contains(expected), "\(bad): \(text)")
                }
            }
        }
        #expect(try fixture.counts() == before)
    }

    @Test("a posted article is coded, stored and returned with its events; posting it again stores nothing")
    func post() async throws {
        let fixture = try Fixture(token: "s3cret", demo: false)
        try await fixture.app.test(.router) { client in
            let article = body(#"{"id": "t1", "text": "Russia praised North Korea for its support on Monday.", "date": "2026-11-23"}"#)
            try await client.execute(uri: "/documents", method: .post, headers: [.authorization: "Bearer s3cret"],
                                     body: article) { response in
                #expect(response.status == .created)
                let reply = try json(response)
                let events = try #require(reply["events"] as? [[String: Any]])
                #expect(events.count == 1 && events[0]["cameo"] as? String == "051")
                #expect(events[0]["date"] as? String == "2026-11-23")
            }
            try await client.execute(uri: "/documents", method: .post, headers: [.authorization: "Bearer s3cret"],
                                     body: article) { response in
                #expect(response.status == .ok)
                let documents = try #require((try json(response))["documents"] as? [[String: Any]])
                #expect(documents.first?["stored"] as? Bool == false && documents.first?["duplicate_of"] as? String == "t1")
            }
            let lines = #"{"id": "t2", "date": "2026-11-24", "text": "China criticized North Korea over trade."}"# + "\n"
                + #"{"id": "t3", "date": "2026-11-25", "text": "North Korea accused South Korea of provocations."}"# + "\n"
            try await client.execute(uri: "/documents", method: .post, headers: [.authorization: "Bearer s3cret"],
                                     body: body(lines)) { response in
                #expect(response.status == .created)
                let reply = try json(response)
                #expect((reply["documents"] as? [Any])?.count == 2)
            }
        }
        #expect(try fixture.counts().documents == 3)
    }

    @Test("writes beyond the rate limit are 429 with Retry-After")
    func rateLimit() async throws {
        let fixture = try Fixture(token: "s3cret", writesPerMinute: 2, demo: false)
        try await fixture.app.test(.router) { client in
            var statuses: [HTTPResponse.Status] = []
            for n in 0..<3 {
                try await client.execute(uri: "/documents", method: .post, headers: [.authorization: "Bearer s3cret"],
                                         body: body(#"{"text": "Russia praised North Korea, \#(n)."}"#)) { response in
                    statuses.append(response.status)
                    if response.status == .tooManyRequests { #expect(response.headers[.retryAfter] != nil) }
                }
            }
            #expect(statuses.last == .tooManyRequests && !statuses.dropLast().contains(.tooManyRequests))
        }
    }

    @Test("events page with a cursor; one event carries its mentions, evidence and rule")
    func events() async throws {
        let fixture = try Fixture()
        let total = try fixture.counts().events
        try await fixture.app.test(.router) { client in
            var cursor: String? = nil
            var seen: [String] = []
            repeat {
                let uri = "/events?limit=25" + (cursor.map { "&cursor=\($0)" } ?? "")
                try await client.execute(uri: uri, method: .get) { response in
                    let page = try json(response)
                    seen += (page["events"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                    cursor = page["next"] as? String
                }
            } while cursor != nil
            #expect(seen.count == total && Set(seen).count == total)
            try await client.execute(uri: "/events?dyad=PRK,RUS&code=057", method: .get) { response in
                let events = try #require((try json(response))["events"] as? [[String: Any]])
                #expect(!events.isEmpty)
                let id = try #require(events.first?["id"] as? String)
                try await client.execute(uri: "/events/\(id)", method: .get) { detail in
                    let reply = try json(detail)
                    let mentions = try #require(reply["mentions"] as? [[String: Any]])
                    #expect(!mentions.isEmpty && (mentions[0]["rule"] as? String)?.contains("verb/") == true)
                    #expect((mentions[0]["text"] as? String)?.isEmpty == false)
                }
            }
            try await client.execute(uri: "/events?since=2024-13-01", method: .get) { response in
                let text = try message(response)
                #expect(response.status == .badRequest && text.contains("YYYY-MM-DD"))
            }
            try await client.execute(uri: "/events/ffffffffffffffff", method: .get) { response in
                let text = try message(response)
                #expect(response.status == .notFound && text.contains("ffffffffffffffff"))
            }
        }
    }

    @Test("partners, series and shifts answer as the relations commands do; North Korea's first partner is Russia")
    func relations() async throws {
        let fixture = try Fixture()
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/actors/PRK/partners", method: .get) { response in
                let partners = try #require((try json(response))["partners"] as? [[String: Any]])
                #expect(partners.first?["partner"] as? String == "RUS")
                let russia = partners[0]["cooperation"] as? Int ?? 0
                let china = partners.first { $0["partner"] as? String == "CHN" }?["cooperation"] as? Int ?? 0
                #expect(russia > china && china > 0)
            }
            try await client.execute(uri: "/dyads/PRK/RUS/series?by=year", method: .get) { response in
                let reply = try json(response)
                let series = try #require(reply["series"] as? [[String: Any]])
                let shifts = reply["shifts"] as? [Any]
                #expect(series.count >= 3 && shifts != nil)
            }
            try await client.execute(uri: "/dyads/PRK/RUS/series?by=fortnight", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/shifts?actor=PRK&metric=events", method: .get) { response in
                let reply = try json(response)
                #expect(reply["actor"] as? String == "PRK")
            }
        }
    }

    @Test("the dashboard shows the partner chart, a timeline and evidence, with article text escaped")
    func dashboard() async throws {
        let fixture = try Fixture(token: "s3cret")
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(page.contains("<svg class=\"partners\"") && page.contains("polyline class=\"cooperation\""))
                #expect(page.contains("Partners of PRK"))
            }
            let hostile = #"{"id": "x1", "date": "2026-10-05", "text": "Russia praised North Korea <script>alert(1)</script> on Monday."}"#
            try await client.execute(uri: "/documents", method: .post, headers: [.authorization: "Bearer s3cret"],
                                     body: body(hostile)) { response in
                #expect(response.status == .created)
            }
            try await client.execute(uri: "/dyad?a=PRK&b=RUS&by=month&period=2026-10", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(!page.contains("<script>alert(1)"))
                #expect(page.contains("<mark class=source>") && page.contains("<mark class=target>"))
            }
        }
    }

    @Test("over a real socket")
    func live() async throws {
        let fixture = try Fixture(demo: false)
        try await fixture.app.test(.live) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                let reply = try json(response)
                #expect(response.status == .ok && reply["status"] as? String == "ok")
            }
            try await client.execute(uri: "/nowhere", method: .get) { response in
                #expect(response.status == .notFound && response.headers[.contentType]?.hasPrefix("application/json") == true)
            }
        }
    }
}

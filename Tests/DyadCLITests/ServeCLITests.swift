import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// Debian's headless Chromium, when installed (`.ci/run` installs it).
let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite("dyad serve", .serialized)
struct ServeCLITests {
    /// Starts `dyad serve` with `arguments`, waits for its "serving" line, and returns the process, its port and
    /// what it has written to standard error so far.
    func start(_ arguments: [String]) throws -> (Process, Int, Pipe) {
        let process = Process()
        process.executableURL = DyadProcess.binary
        process.arguments = ["serve", "--port", "0"] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var seen = ""
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let data = errors.fileHandleForReading.availableData
            if data.isEmpty { break }
            seen += String(decoding: data, as: UTF8.self)
            if let range = seen.range(of: #"serving http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                let port = Int(seen[range].split(separator: ":").last!.dropLast()) ?? 0
                return (process, port, errors)
            }
        }
        process.terminate()
        Issue.record("dyad serve did not start: \(seen)")
        throw CancellationError()
    }

    func get(_ port: Int, _ path: String) async throws -> (Int, Data) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }

    @Test("--demo answers /healthz within 10 seconds and serves the demo's dyads; SIGINT stops it cleanly")
    func demo() async throws {
        let started = Date()
        let (process, port, errors) = try start(["--demo"])
        defer { if process.isRunning { process.terminate() } }
        let (status, _) = try await get(port, "/healthz")
        #expect(status == 200)
        #expect(Date().timeIntervalSince(started) < 10)
        var documents = 0
        for _ in 0..<120 where documents == 0 {
            let (_, body) = try await get(port, "/healthz")
            let health = try JSONSerialization.jsonObject(with: body) as? [String: Any]
            if health?["ingesting"] as? Bool == false { documents = health?["documents"] as? Int ?? 0 }
            if documents == 0 { try await Task.sleep(nanoseconds: 250_000_000) }
        }
        #expect(documents == 40)
        let (_, partners) = try await get(port, "/actors/PRK/partners")
        #expect(String(decoding: partners, as: UTF8.self).contains(#"{"actor":"PRK","partners":[{"partner":"RUS""#))
        process.interrupt()
        process.waitUntilExit()
        let tail = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(tail)")
        #expect(tail.contains("closed"))
    }

    @Test("a served database is closed cleanly on SIGTERM: its write-ahead log is checkpointed")
    func shutdown() async throws {
        let scratch = try Scratch([:])
        defer { scratch.remove() }
        try FileManager.default.createDirectory(at: scratch.url, withIntermediateDirectories: true)
        let db = scratch.path("served.sqlite")
        let (process, port, errors) = try start(["--db", db, "--token", "t"])
        defer { if process.isRunning { process.terminate() } }
        let (status, _) = try await get(port, "/events?limit=5")
        #expect(status == 200)
        process.terminate()
        process.waitUntilExit()
        let tail = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0 && tail.contains("\(db) closed"), "\(tail)")
        let wal = (try? FileManager.default.attributesOfItem(atPath: db + "-wal")[.size] as? Int) ?? 0
        #expect(wal == 0)
    }

    /// Waits until the demo articles are ingested; returns how many documents are stored.
    func waitForDemo(_ port: Int) async throws -> Int {
        for _ in 0..<240 {
            let (_, body) = try await get(port, "/healthz")
            let health = try JSONSerialization.jsonObject(with: body) as? [String: Any]
            if health?["ingesting"] as? Bool == false { return health?["documents"] as? Int ?? 0 }
            try await Task.sleep(nanoseconds: 250_000_000)
        }
        return 0
    }

    @Test("a browser: headless Chromium renders the demo dashboard with the partner chart and evidence sentences",
          .enabled(if: chromium != nil, "needs Debian's chromium (apt-get install chromium; .ci/run installs it)"))
    func browser() async throws {
        let (process, port, _) = try start(["--demo"])
        defer { process.interrupt() }
        #expect(try await waitForDemo(port) == 40)
        let scratch = try Scratch([:])
        defer { scratch.remove() }
        try FileManager.default.createDirectory(at: scratch.url, withIntermediateDirectories: true)
        let browser = Process()
        browser.executableURL = URL(fileURLWithPath: chromium!)
        browser.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(scratch.path("profile"))",
                             "--window-size=1100,1800", "--screenshot=\(scratch.path("dashboard.png"))",
                             "http://127.0.0.1:\(port)/"]
        browser.standardOutput = FileHandle.nullDevice
        browser.standardError = FileHandle.nullDevice
        try browser.run()
        browser.waitUntilExit()
        let png = try Data(contentsOf: URL(fileURLWithPath: scratch.path("dashboard.png")))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000)
        let dump = Process()
        dump.executableURL = URL(fileURLWithPath: chromium!)
        dump.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(scratch.path("profile2"))",
                          "--dump-dom", "http://127.0.0.1:\(port)/"]
        let out = Pipe()
        dump.standardOutput = out
        dump.standardError = FileHandle.nullDevice
        try dump.run()
        let dom = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        dump.waitUntilExit()
        #expect(dom.contains("<svg class=\"partners\""), "the partner chart is on the page")
        #expect(dom.contains("Partners of PRK"))
        let evidence = dom.components(separatedBy: "<blockquote class=\"evidence\">").dropFirst()
        #expect(!evidence.isEmpty, "an evidence sentence is on the page")
        #expect(evidence.first?.contains("<mark class=\"source\">") == true)
    }
}


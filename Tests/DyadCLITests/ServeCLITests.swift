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
        // A server this run starts stops when the run does, killed or not.
        process.environment = ProcessInfo.processInfo.environment
            .merging(["DYAD_PARENT_PID": String(ProcessInfo.processInfo.processIdentifier)]) { $1 }
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

    /// A blocking GET over a plain socket (HTTP/1.0), for timing on the calling thread: an awaited request may wait
    /// for a thread of the test process's pool, which other tests keep busy.
    func blockingGet(_ port: Int, _ path: String) -> (status: Int, body: String) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return (0, "") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return (0, "") }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        var response: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            response += chunk[0..<count]
            // Stop at the end of the body even if the server keeps the connection open.
            let text = String(decoding: response, as: UTF8.self)
            if let split = text.range(of: "\r\n\r\n"),
               let line = text[..<split.lowerBound].split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
               let length = Int(line.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? ""),
               text.utf8.count - text[..<split.upperBound].utf8.count >= length {
                break
            }
        }
        let text = String(decoding: response, as: UTF8.self)
        let status = Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0
        return (status, text.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n"))
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
        let (status, _) = blockingGet(port, "/healthz")
        let elapsed = Date().timeIntervalSince(started)
        #expect(status == 200)
        #expect(elapsed < 10, "/healthz answered \(elapsed) s after the process started")
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

    @Test("with DYAD_PARENT_PID the server stops once the process that started it has exited, closing its database")
    func exitsWithParent() throws {
        let scratch = try Scratch([:])
        defer { scratch.remove() }
        try FileManager.default.createDirectory(at: scratch.url, withIntermediateDirectories: true)
        let db = scratch.path("orphan.sqlite"), log = scratch.path("serve.log")
        // A shell starts the server in the background, prints its pid and exits at once: the server is orphaned.
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "DYAD_PARENT_PID=$$ \"$0\" serve --port 0 --db \"$1\" 2>\"$2\" >/dev/null & echo $!",
                           DyadProcess.binary.path, db, log]
        let out = Pipe()
        shell.standardOutput = out
        try shell.run()
        shell.waitUntilExit()
        let pid = try #require(Int32(String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        let deadline = Date().addingTimeInterval(30)
        while kill(pid, 0) == 0, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        let running = kill(pid, 0) == 0
        if running { kill(pid, SIGKILL) }
        #expect(!running, "the orphaned server is still running after 30 s")
        let tail = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(tail.contains("\(db) closed"), "\(tail)")
    }

    @Test("a DYAD_PARENT_PID that is no process id is a usage error, before any database is opened")
    func badParent() throws {
        let scratch = try Scratch([:])
        defer { scratch.remove() }
        let outcome = try DyadProcess.run(["serve", "--port", "0", "--db", scratch.path("never.sqlite")],
                                          environment: ["DYAD_PARENT_PID": "abc"])
        #expect(outcome.status == 2 && outcome.stderr.contains("DYAD_PARENT_PID='abc' is not a process id"), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("never.sqlite")))
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


import ArgumentParser
import DyadCore
import DyadServer
import DyadStore
import Foundation
import Hummingbird

/// `dyad serve`: the HTTP API and the dashboard.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the HTTP API and the dashboard over the event store.",
        discussion: """
            Reads are open; writes (POST /documents) need a bearer token given with --token or the DYAD_TOKEN \
            environment variable, and answer 403 when the server has none. --demo ingests Dyad's demo articles \
            (North Korea with Russia and China, and other dyads, 2022-2026) into a temporary database and serves \
            it. SIGINT or SIGTERM stops the server after the requests in flight, and closes the database. With \
            DYAD_PARENT_PID set to the pid of the process that starts it, the server stops the same way once that \
            process has exited (for supervisors and test runners; leave it unset to outlive the shell, as with nohup).
            """)

    @Option(help: ArgumentHelp("Address to listen on.", valueName: "host")) var host: String = "127.0.0.1"
    @Option(help: ArgumentHelp("Port to listen on (0 picks a free one).", valueName: "port")) var port: Int = 8080
    @OptionGroup var store: StoreArguments
    @Option(help: ArgumentHelp("Bearer token for writes (default: $DYAD_TOKEN; none disables writes).", valueName: "token"))
    var token: String?
    @Flag(help: "Serve the demo articles from a temporary database (ignores --db).") var demo = false
    @Option(help: ArgumentHelp("Largest request body accepted, in bytes.", valueName: "N")) var maxBodyBytes: Int = 1 << 20
    @Option(help: ArgumentHelp("Write requests accepted per minute.", valueName: "N")) var writesPerMinute: Int = 60

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard maxBodyBytes >= 1024 else { throw ValidationError("--max-body-bytes must be at least 1024") }
        guard writesPerMinute >= 1 else { throw ValidationError("--writes-per-minute must be 1 or more") }
    }

    func run() async throws {
        let errors = StandardError()
        var parent: Int32?
        if let value = ProcessInfo.processInfo.environment["DYAD_PARENT_PID"] {
            guard let pid = Int32(value), pid > 1 else {
                errors.write("dyad: DYAD_PARENT_PID='\(value)' is not a process id\n    hint: set it to the pid of the process that starts the server, or unset it")
                throw ExitCode(2)
            }
            // A wrapper in between ("timeout 8h dyad serve") would make the server stop at once; a parent that has
            // already exited stops it as soon as it serves.
            guard getppid() == pid || !Self.isRunning(pid) else {
                errors.write("dyad: DYAD_PARENT_PID=\(pid) is not this server's parent (\(getppid()))\n    hint: set it in the process that starts dyad serve directly, or unset it")
                throw ExitCode(2)
            }
            parent = pid
        }
        var path = store.database
        var temporary: URL?
        if demo {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-demo-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            temporary = folder
            path = folder.appendingPathComponent("demo.sqlite").path
        }
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
        let database = try store.open(path: path)
        let version = "dyad \(DyadVersion.current); models en-news"
        let today = CodingArguments.today()
        let coder = CoderSlot()
        let service = StoreService(database)
        let status = ServerStatus()
        let settings = ServerSettings(token: token ?? ProcessInfo.processInfo.environment["DYAD_TOKEN"],
                                      maxBodyBytes: maxBodyBytes, writesPerMinute: writesPerMinute)
        let server = DyadServer(store: service, coder: coder, settings: settings, status: status)
        if demo { status.ingesting = true }
        let demo = self.demo
        let host = self.host
        let watched = parent
        let app = Application(
            router: server.router(),
            configuration: .init(address: .hostname(host, port: port), serverName: "dyad"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                errors.write("dyad: serving http://\(host):\(port)/ (API description at /openapi.json); "
                    + (settings.token == nil ? "writes disabled (no --token)" : "writes need the bearer token"))
                // Watched once the server runs, so that its SIGTERM takes the graceful path.
                if let parent = watched { Self.stop(whenParentExits: parent) }
                // The models and lexicon load after the server answers (writes get 503 until then), on a thread of
                // their own so that the concurrency pool stays free for requests.
                Thread.detachNewThread {
                    let coding: DocumentCoder
                    do {
                        coding = try DocumentCoder.bundled(version: version, today: today)
                        coder.coding = coding
                    } catch {
                        errors.write("dyad: the coder cannot load, so writes will fail: \(error)")
                        status.ingesting = false
                        return
                    }
                    guard demo else { return }
                    do {
                        let count = try DemoCorpus.ingest(into: service, coding: coding)
                        errors.write("dyad: demo: \(count) articles ingested")
                    } catch {
                        errors.write("dyad: demo: \(error)")
                    }
                    status.ingesting = false
                }
            })
        do {
            try await app.runService()
        } catch {
            errors.write("dyad: the server stopped: \(error)")
            try? database.close()
            throw ExitCode(1)
        }
        try? database.close()
        errors.write("dyad: stopped; \(path) closed")
    }

    /// Whether process `pid` exists and has not exited (a zombie waiting for its parent has), from `/proc`.
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return kill(pid, 0) == 0 }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
        return state != "Z" && state != "X"
    }

    /// Watches, from a thread of its own, that `parent` is still this process's parent and, once it is not (it has
    /// exited, before or after the server started, and the server was re-parented), sends this process SIGTERM,
    /// which stops the server as a supervisor's would.
    static func stop(whenParentExits parent: Int32) {
        Thread.detachNewThread {
            while getppid() == parent { Thread.sleep(forTimeInterval: 0.25) }
            kill(getpid(), SIGTERM)
        }
    }
}

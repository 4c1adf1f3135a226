import Foundation
import Testing

/// Runs the built `dyad` binary as a user would.
struct DyadProcess {
    struct Outcome {
        var status: Int32
        /// Whether the process was killed by a signal (status is then the signal's number).
        var signalled = false
        var stdout: String
        var stderr: String
    }

    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for directory in [beside, beside.deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent()] {
            let candidate = directory.appendingPathComponent("dyad")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return beside.appendingPathComponent("dyad")
    }()

    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
                    directory: URL? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes while the process runs so that large outputs do not block it.
        nonisolated(unsafe) var errData = Data()
        let errReader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        errReader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errReader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        return Outcome(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal, stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A temporary folder of input files.
struct Scratch {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-cli-\(UUID().uuidString)")

    init(_ files: [String: [UInt8]]) throws {
        for (name, bytes) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
        }
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    func remove() { try? FileManager.default.removeItem(at: url) }
}

@Suite("dyad command line", .serialized)
struct CLITests {
    @Test("split writes one JSON object per sentence with scalar offsets")
    func split() throws {
        let scratch = try Scratch(["a.txt": Array("Erdoğan met Putin. “Talks went well,” he said.\n".utf8)])
        defer { scratch.remove() }
        let outcome = try DyadProcess.run(["split", scratch.path("a.txt")])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines == [
            #"{"doc_id":"a","sentence":0,"start":0,"end":18,"text":"Erdoğan met Putin."}"#,
            #"{"doc_id":"a","sentence":1,"start":19,"end":46,"text":"“Talks went well,” he said."}"#,
        ])
    }

    @Test("tokenize writes CoNLL-U with TokenRange in scalars relative to the document")
    func tokenize() throws {
        let input = Data(#"{"id": "n1", "date": null, "text": "Kim’s envoy\r\narrived."}"#.utf8 + [0x0A])
        let outcome = try DyadProcess.run(["tokenize", "--input-format", "jsonl", "-"], stdin: input)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == """
            # newdoc id = n1
            # sent_id = n1-1
            # text = Kim’s envoy  arrived.
            1\tKim\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:3|SpaceAfter=No
            2\t’s\t_\t_\t_\t_\t_\t_\t_\tTokenRange=3:5
            3\tenvoy\t_\t_\t_\t_\t_\t_\t_\tTokenRange=6:11
            4\tarrived\t_\t_\t_\t_\t_\t_\t_\tTokenRange=13:20|SpaceAfter=No
            5\t.\t_\t_\t_\t_\t_\t_\t_\tTokenRange=20:21


            """)
    }

    @Test("parse fills LEMMA, UPOS, XPOS, HEAD, DEPREL and the entity in MISC; a bad --model folder is exit 2")
    func parse() throws {
        let input = Data(#"{"id": "p1", "date": "2024-06-19", "text": "Russia and North Korea signed a treaty in Pyongyang."}"#.utf8 + [0x0A])
        let outcome = try DyadProcess.run(["parse", "--input-format", "jsonl", "-"], stdin: input)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rows = outcome.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.count == 10)
        #expect(rows.allSatisfy { $0.count == 10 })
        #expect(rows.filter { $0[6] == "0" }.count == 1, "one root: \(rows)")
        let signed = try #require(rows.first { $0[1] == "signed" })
        #expect(signed[2] == "sign" && signed[3] == "VERB" && signed[4] == "VBD" && signed[7] == "ROOT", "\(signed)")
        #expect(rows.first { $0[1] == "Russia" }?[9].hasSuffix("NER=B-GPE") == true, "\(rows)")
        #expect(rows.first { $0[1] == "Korea" }?[9].hasSuffix("NER=I-GPE") == true, "\(rows)")
        let missing = try DyadProcess.run(["parse", "--model", "/nonexistent/models", "-"], stdin: input)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("tagger.bin") && missing.stderr.contains("hint:"), "\(missing.stderr)")
    }

    @Test("Bad input is reported on stderr, skipped, and the rest kept; exit status 1")
    func badInput() throws {
        let scratch = try Scratch([
            "good.txt": Array("A good article.".utf8),
            "bad.txt": Array("caf".utf8) + [0xE9],
            "empty.txt": [],
            "junk.html": [0x00, 0x01, 0x02, 0x03, 0xFF, 0xFE, 0x00, 0x00, 0x00, 0x00, 0x01, 0x02],
            "feed.jsonl": Array("{\"id\": \"x\", \"text\": \"Fine.\"}\n{broken\n{\"id\": \"y\", \"text\": \"Fine too.\"}\n".utf8),
        ])
        defer { scratch.remove() }
        let outcome = try DyadProcess.run(["split", scratch.url.path])
        #expect(outcome.status == 1)
        let ids = outcome.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["doc_id"] as? String
        }
        #expect(ids == ["x", "y", "good"])
        #expect(outcome.stderr.contains("bad.txt:1:4: error: input is not valid UTF-8"))
        #expect(outcome.stderr.contains("empty.txt: error: the input is empty"))
        #expect(outcome.stderr.contains("feed.jsonl:2:2: error: malformed JSON"))
        #expect(outcome.stderr.contains("junk.html"))
        #expect(outcome.stderr.contains("skipped"))
    }

    @Test("Usage errors exit with status 2; help exits 0", arguments: [
        (["split", "--date", "2024-02-30", "x.txt"], Int32(2)),
        (["split", "--input-format", "docx"], Int32(2)),
        (["frobnicate"], Int32(2)),
        (["--help"], Int32(0)),
        (["split", "--help"], Int32(0)),
        (["tokenize", "--help"], Int32(0)),
    ])
    func usage(arguments: [String], status: Int32) throws {
        let outcome = try DyadProcess.run(arguments)
        #expect(outcome.status == status, "\(outcome.stdout)\(outcome.stderr)")
        if status == 0 { #expect(outcome.stdout.contains("USAGE")) } else { #expect(outcome.stderr.contains("Error")) }
    }

    @Test("A missing file is an error with exit status 1")
    func missing() throws {
        let outcome = try DyadProcess.run(["tokenize", "/nonexistent/article.txt"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("/nonexistent/article.txt: error: no such file or directory"))
    }
}

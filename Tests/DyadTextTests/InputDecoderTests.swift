import DyadCore
import DyadText
import Foundation
import Testing

@Suite("Input decoding and formats")
struct InputDecoderTests {
    @Test("A UTF-8 byte-order mark is skipped")
    func utf8BOM() {
        let result = read(bytes: [0xEF, 0xBB, 0xBF] + Array("Seoul said so.".utf8), as: "a.txt")
        #expect(result.documents.first?.text == "Seoul said so.")
    }

    @Test("UTF-16 with a byte-order mark is decoded, both byte orders")
    func utf16() {
        let text = "Kim met Putin in Pyongyang — “comrade” 😀."
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(read(bytes: little, as: "a.txt").documents.first?.text == text)
        #expect(read(bytes: big, as: "a.txt").documents.first?.text == text)
    }

    static let badInputs: [(bytes: [UInt8], message: String)] = {
        let utf16: [UInt8] = Array("Hello there".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]
        let nul: [UInt8] = Array("Good text, then a NUL\u{0} byte.".utf8)
        let latin1: [UInt8] = Array("caf".utf8) + [0xE9] + Array(" au lait".utf8)
        return [(utf16, "UTF-16"), (elf, "binary"), ([], "empty"), ([0xEF, 0xBB, 0xBF], "empty"), (nul, "binary"),
                (latin1, "not valid UTF-8")]
    }()

    @Test("UTF-16 without a byte-order mark, binary junk, and empty files are errors", arguments: badInputs)
    func rejected(bytes: [UInt8], message: String) {
        let result = read(bytes: bytes, as: "a.txt")
        #expect(result.documents.isEmpty)
        #expect(result.skippedSomething)
        #expect(result.diagnostics.first?.message.contains(message) == true, "\(result.diagnostics)")
    }

    @Test("Gzip input is decompressed; a truncated archive is an error")
    func gzip() throws {
        let text = "{\"id\": \"z1\", \"text\": \"Compressed news.\"}\n"
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-gz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let plain = directory.appendingPathComponent("feed.jsonl")
        try Data(text.utf8).write(to: plain)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "gzip -k '\(plain.path)'"]
        try gzip.run()
        gzip.waitUntilExit()
        let compressed = try [UInt8](Data(contentsOf: directory.appendingPathComponent("feed.jsonl.gz")))
        let result = read(bytes: compressed, as: "feed.jsonl.gz")
        #expect(result.documents.map(\.id) == ["z1"])
        let truncated = read(bytes: Array(compressed.prefix(compressed.count / 2)), as: "feed.jsonl.gz")
        #expect(truncated.documents.isEmpty && truncated.diagnostics.first?.message.contains("truncated") == true)
    }

    @Test("Formats follow the extension, else the content")
    func formats() {
        #expect(InputFormat.fromFileName("a.txt.gz") == .text)
        #expect(InputFormat.fromFileName("A.HTML") == .html)
        #expect(InputFormat.fromFileName("feed.ndjson") == .jsonl)
        #expect(InputFormat.fromFileName("records.xml") == .petrarch)
        #expect(InputFormat.fromFileName("README") == nil)
        #expect(InputFormat.sniff(Array("  {\"id\": 1}".utf8)) == .jsonl)
        #expect(InputFormat.sniff(Array("<!DOCTYPE html><html>".utf8)) == .html)
        #expect(InputFormat.sniff(Array("<Sentences><Sentence date=\"20010101\"".utf8)) == .petrarch)
        #expect(InputFormat.sniff(Array("950114 REU-0001-01\nText here".utf8)) == .tabari)
        #expect(InputFormat.sniff(Array("Plain words.".utf8)) == .text)
    }

    @Test("Directories are read recursively, hidden entries and unknown extensions skipped; missing paths are errors")
    func directories() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-dir-\(UUID().uuidString)")
        let files = FileManager.default
        try files.createDirectory(at: root.appendingPathComponent("sub/.hidden"), withIntermediateDirectories: true)
        defer { try? files.removeItem(at: root) }
        for name in ["b.txt", "sub/a.jsonl", "sub/.hidden/c.txt", "notes.bin", "sub/d.html"] {
            try Data("x".utf8).write(to: root.appendingPathComponent(name))
        }
        let (inputs, diagnostics) = InputCollector().collect([root.path, root.path + "/missing.txt"])
        #expect(inputs.map { String($0.path.dropFirst(root.path.count + 1)) } == ["b.txt", "sub/a.jsonl", "sub/d.html"])
        #expect(diagnostics.count == 1 && diagnostics[0].message.contains("no such file"))
    }
}

import DyadCore
import DyadStore
import DyadText
import Foundation

/// The demo articles shipped with the server (written for Dyad: North Korea with Russia and with China, Russia and
/// Ukraine, the United States and China, and others, 2022–2026).
public enum DemoCorpus {
    /// The articles.
    public static func documents() throws -> [Document] {
        guard let url = Bundle.module.url(forResource: "articles", withExtension: "jsonl", subdirectory: "demo") else {
            throw StoreError("the demo articles are missing from the build")
        }
        let bytes = try [UInt8](Data(contentsOf: url))
        let result = JSONLinesReader().read(InputBytes(name: "demo/articles.jsonl", stem: "articles", bytes: bytes),
                                            options: ReaderOptions())
        if let problem = result.diagnostics.first(where: { $0.severity == .error }) {
            throw StoreError("the demo articles do not read: \(problem)")
        }
        return result.documents
    }

    /// Codes and stores the demo articles; returns how many were read.
    public static func ingest(into store: StoreService, coding: DocumentCoder) throws -> Int {
        let documents = try documents()
        let records = documents.map { coding.code($0).record }
        _ = try store.with { try $0.store(records) }
        return documents.count
    }
}

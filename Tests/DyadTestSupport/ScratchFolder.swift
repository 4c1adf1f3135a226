import Foundation
import Testing

/// A folder of its own for each test's files, removed when the test ends, so no database is left in the system's
/// temporary folder: `.scratchFolder` on a suite, ``ScratchFolder/path(_:)`` in its tests.
public struct ScratchFolder: TestTrait, SuiteTrait, TestScoping {
    /// The running test's folder; `nil` outside a test with the trait.
    @TaskLocal public static var current: URL?

    public var isRecursive: Bool { true }

    public init() {}

    public func provideScope(for test: Test, testCase: Test.Case?,
                      performing function: @Sendable () async throws -> Void) async throws {
        guard testCase != nil else { return try await function() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.$current.withValue(folder) { try await function() }
    }

    /// A path named `name` in the running test's folder (in the temporary folder outside one).
    public static func path(_ name: String) -> String {
        (current ?? FileManager.default.temporaryDirectory).appendingPathComponent(name).path
    }
}

extension Trait where Self == ScratchFolder {
    /// Each test gets a folder of its own for its files, removed when it ends.
    public static var scratchFolder: Self { ScratchFolder() }
}

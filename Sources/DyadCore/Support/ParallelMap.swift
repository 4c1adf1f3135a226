import Dispatch

/// Maps a batch of values on several threads, keeping their order (for `--jobs N`, and for loading files).
public enum ParallelMap {
    /// The results of `transform` on each item, in item order; `jobs` threads share the items round-robin.
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], jobs: Int,
                                                      _ transform: @Sendable (Item) -> Result) -> [Result] {
        guard jobs > 1, items.count > 1 else { return items.map(transform) }
        let results = Slots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { worker in
            var index = worker
            while index < items.count {
                results.store(transform(items[index]), at: index)
                index += jobs
            }
        }
        return results.values()
    }

    /// One slot per item, in memory allocated once: each slot is written by exactly one thread through the pointer
    /// (never through an array, whose accessors are not safe to call from several threads at once), and read after
    /// all threads finish.
    private final class Slots<Value>: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<Value?>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        func store(_ value: Value, at index: Int) { slots[index] = value }

        func values() -> [Value] { slots.map { $0! } }
    }
}

import Dispatch
import Synchronization

/// Maps a batch of values on several threads, keeping their order (for `--jobs N`, and for loading files).
public enum ParallelMap {
    /// The results of `transform` on each item, in item order; `jobs` threads share the items, each taking the next
    /// one not yet taken when it is free (items of uneven size, such as documents, leave no thread idle while
    /// another works through a long one).
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], jobs: Int,
                                                      _ transform: @Sendable (Item) -> Result) -> [Result] {
        guard jobs > 1, items.count > 1 else { return items.map(transform) }
        let results = Slots<Result>(count: items.count)
        if #available(macOS 15.0, *) {
            let next = Atomic<Int>(0)
            DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
                while case let index = next.wrappingAdd(1, ordering: .relaxed).oldValue, index < items.count {
                    results.store(transform(items[index]), at: index)
                }
            }
        } else {
            DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { worker in
                for index in Swift.stride(from: worker, to: items.count, by: jobs) {
                    results.store(transform(items[index]), at: index)
                }
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

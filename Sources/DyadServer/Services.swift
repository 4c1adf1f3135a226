import DyadStore
import Foundation

/// The store behind the server: writes one at a time, queries concurrently where the store allows.
public final class StoreService: @unchecked Sendable {
    private let store: any EventStore
    private let lock = NSLock()

    /// Wraps a store; the service owns it from now on.
    public init(_ store: any EventStore) { self.store = store }

    /// Runs `body` with the store, alone.
    public func with<T>(_ body: (any EventStore) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(store)
    }

    /// Runs `body`, which only queries, with the store: alongside other queries and a write when the store allows
    /// it, alone otherwise.
    public func read<T>(_ body: (any EventStore) throws -> T) throws -> T {
        guard store.supportsConcurrentReads else { return try with(body) }
        return try body(store)
    }
}

/// A token bucket for write requests: `perMinute` tokens a minute, at most `perMinute` saved up.
public final class RateLimiter: @unchecked Sendable {
    private let capacity: Double
    private var tokens: Double
    private var last: ContinuousClock.Instant
    private let lock = NSLock()

    /// Creates the limiter, full.
    public init(perMinute: Int) {
        capacity = Double(max(1, perMinute))
        tokens = capacity
        last = .now
    }

    /// Takes a token; returns the seconds to wait when there is none.
    public func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        let now = ContinuousClock.now
        let elapsed = now - last
        last = now
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        tokens = min(capacity, tokens + seconds * capacity / 60)
        guard tokens >= 1 else { return max(1, Int(((1 - tokens) * 60 / capacity).rounded(.up))) }
        tokens -= 1
        return nil
    }
}

/// The coder, once it is loaded: the server answers before the models and lexicon are read (a second or more), and
/// writes wait for them with 503.
public final class CoderSlot: @unchecked Sendable {
    private var value: DocumentCoder?
    private let lock = NSLock()

    /// An empty slot, or one holding `coding`.
    public init(_ coding: DocumentCoder? = nil) { value = coding }

    /// The coder, when loaded.
    public var coding: DocumentCoder? {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}

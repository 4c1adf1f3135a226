import CDyadPrefetch

/// A set of word hashes the entity recognizer keeps beside its weights: the words it knows by name (others are seen
/// through their shape, which keeps the model small and its look-ups in cache: a rare word would otherwise cost a
/// miss for each feature that names it), and the forms that never begin an entity.
struct WordSet: Sendable {
    /// Slot → word hash (0 marks an empty slot); capacity a power of two, at most half full.
    private let slots: [UInt64]
    /// The hashes, ascending (for the model file).
    let words: [UInt64]

    /// A set of word hashes (0 is never a member).
    init(words: some Sequence<UInt64>) {
        self.init(ascending: Array(Set(words.filter { $0 != 0 })).sorted())
    }

    /// A set of word hashes given ascending, without repeats or 0 (as model files list them): not hashed into a `Set`
    /// and sorted again.
    init(ascending sorted: [UInt64]) {
        var capacity = 16
        while capacity < sorted.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for word in sorted {
            var slot = Self.slot(word, mask: mask)
            while slots[slot] != 0 { slot = (slot &+ 1) & mask }
            slots[slot] = word
        }
        self.slots = slots
        self.words = sorted
    }

    @inline(__always)
    private static func slot(_ word: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> 24) & mask
    }

    /// Whether `word` is a known word hash.
    @inline(__always)
    func contains(_ word: UInt64) -> Bool {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Self.slot(word, mask: mask)
            while true {
                let found = slots[slot]
                if found == word { return word != 0 }
                if found == 0 { return false }
                slot = (slot &+ 1) & mask
            }
        }
    }

    /// Requests from memory the slot where a lookup of `word` starts, without waiting for it: a caller with many
    /// words to look up lets their cache misses overlap.
    @inline(__always)
    func prefetch(_ word: UInt64) {
        slots.withUnsafeBufferPointer { dyad_prefetch($0.baseAddress! + Self.slot(word, mask: $0.count - 1)) }
    }

    /// Number of words.
    var count: Int { words.count }
}

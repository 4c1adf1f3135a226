import CDyadPrefetch

/// Strings looked up by their UTF-8 bytes, in groups (a part of speech for the lemmatizer's exceptions and rules),
/// through a 64-bit hash of group and bytes: so that the models find a word or a word ending without building a
/// string for it or hashing it with the standard library's hasher (the string-keyed lemmatizer cost about a tenth
/// of the language layer's time). Every hit is checked against the stored text, so a hash collision can never pick
/// the wrong entry.
struct TextIndex: Sendable {
    /// Group names → small numbers mixed into the keys.
    private let groupNumbers: [String: Int]
    /// Per entry: its group, and where its text lies in `bytes` (plain numbers, so that a lookup retains nothing).
    private let groups: [Int32]
    private let starts: [Int32]
    private let bytes: [UInt8]
    /// Open addressing: key → entry number + 1 (0 empty); a power of two, at most half full.
    private let keys: [UInt64]
    private let slots: [Int32]

    /// Indexes keys written "GROUP text" (the group ends at the first space; the lemmatizer's own key format); an
    /// entry's value is its position in `keys`.
    init(keys tableKeys: [String]) {
        var groupNumbers: [String: Int] = [:]
        var groups: [Int32] = [], starts: [Int32] = [0], bytes: [UInt8] = []
        var capacity = 16
        while capacity < tableKeys.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var slots = [Int32](repeating: 0, count: capacity)
        for (position, entry) in tableKeys.enumerated() {
            let space = entry.firstIndex(of: " ")!
            let group = String(entry[..<space])
            let number = groupNumbers[group] ?? groupNumbers.count
            groupNumbers[group] = number
            var text = String(entry[entry.index(after: space)...])
            let key = text.withUTF8 { Self.key(group: number, Self.hash($0[...])) }
            groups.append(Int32(number))
            bytes += text.utf8
            starts.append(Int32(bytes.count))
            var slot = Int(truncatingIfNeeded: key >> 40) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            slots[slot] = Int32(position + 1)
        }
        self.groupNumbers = groupNumbers
        self.groups = groups
        self.starts = starts
        self.bytes = bytes
        self.keys = keys
        self.slots = slots
    }

    /// The number of a group, or nil when no entry has it.
    @inline(__always)
    func number(of group: String) -> Int? { groupNumbers[group] }

    /// FNV-1a of bytes.
    @inline(__always)
    static func hash(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    @inline(__always)
    private static func key(group: Int, _ hash: UInt64) -> UInt64 {
        let mixed = (hash ^ UInt64(group &+ 1) &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        return mixed == 0 ? 1 : mixed
    }

    /// The position of the entry of `group` (a `number(of:)`) with exactly these bytes.
    @inline(__always)
    func find(group: Int, _ text: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        find(group: group, text, key: key(group: group, text))
    }

    /// The key under which `text` of `group` is filed: for `prefetch(key:)` and `find(group:_:key:)`.
    @inline(__always)
    func key(group: Int, _ text: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
        Self.key(group: group, Self.hash(text))
    }

    /// Requests from memory the slot where a lookup of `key` starts, without waiting for it: a caller with many
    /// texts to look up lets their cache misses overlap.
    @inline(__always)
    func prefetch(key: UInt64) {
        let slot = Int(truncatingIfNeeded: key >> 40) & (keys.count - 1)
        keys.withUnsafeBufferPointer { dyad_prefetch($0.baseAddress! + slot) }
        slots.withUnsafeBufferPointer { dyad_prefetch($0.baseAddress! + slot) }
    }

    /// `find(group:_:)` given the text's `key(group:_:)`.
    @inline(__always)
    func find(group: Int, _ text: Slice<UnsafeBufferPointer<UInt8>>, key: UInt64) -> Int? {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key >> 40) & mask
        while slots[slot] != 0 {
            if keys[slot] == key {
                let entry = Int(slots[slot]) - 1
                let start = Int(starts[entry]), end = Int(starts[entry + 1])
                if Int(groups[entry]) == group && end - start == text.count
                    && bytes.withUnsafeBufferPointer({ $0[start..<end].elementsEqual(text) }) { return entry }
            }
            slot = (slot + 1) & mask
        }
        return nil
    }
}

/// Features of the arc-eager parser: words and tags of the stack top, the next three buffer tokens, the second stack
/// item, the heads and outermost dependents built so far, distance and valency, hashed into buckets.
struct ParserFeatures {
    private let word: [UInt64]
    private let tag: [UInt64]

    init(forms: [String], tags: [String]) {
        word = forms.map { TaggerFeatures.fnv(TaggerFeatures.normalised($0)) }
        tag = tags.map { TaggerFeatures.fnv($0) }
    }

    @inline(__always)
    private func w(_ index: Int) -> UInt64 { index >= 0 && index < word.count ? word[index] : 0x5EED }
    @inline(__always)
    private func t(_ index: Int) -> UInt64 { index >= 0 && index < tag.count ? tag[index] : 0x7A6 }

    /// Calls `body` with each feature hash of `state`.
    func forEachFeature(of state: ParserState, _ body: (UInt64) -> Void) {
        let s0 = state.stack.last ?? -1
        let s1 = state.stack.count >= 2 ? state.stack[state.stack.count - 2] : -1
        let n0 = state.next < state.count ? state.next : -1
        let n1 = n0 >= 0 && n0 + 1 < state.count ? n0 + 1 : -1
        let n2 = n1 >= 0 && n1 + 1 < state.count ? n1 + 1 : -1
        let s0h = s0 >= 0 ? state.heads[s0] : -1
        let s0l = s0 >= 0 ? state.leftmost[s0] : -1
        let s0r = s0 >= 0 ? state.rightmost[s0] : -1
        let n0l = n0 >= 0 ? state.leftmost[n0] : -1
        let s0label = s0 >= 0 ? state.labels[s0] : -1
        let distance = s0 >= 0 && n0 >= 0 ? min(n0 - s0, 6) : 0
        func f(_ template: UInt64, _ parts: UInt64...) {
            var hash = template &* 0x9E37_79B9_7F4A_7C15
            for part in parts { hash = (hash ^ part) &* 0x0000_0100_0000_01B3; hash ^= hash >> 29 }
            body(hash)
        }
        f(1)
        f(2, w(s0)); f(3, t(s0)); f(4, w(s0), t(s0))
        f(5, w(n0)); f(6, t(n0)); f(7, w(n0), t(n0))
        f(8, w(n1)); f(9, t(n1)); f(10, w(n1), t(n1)); f(11, t(n2))
        f(12, w(s0), w(n0)); f(13, t(s0), t(n0)); f(14, w(s0), t(n0)); f(15, t(s0), w(n0))
        f(16, t(s0), t(n0), t(n1)); f(17, t(n0), t(n1), t(n2)); f(18, t(s1), t(s0), t(n0))
        f(19, t(s0h), t(s0), t(n0)); f(20, t(s0), t(s0l), t(n0)); f(21, t(s0), t(s0r), t(n0))
        f(22, t(s0), t(n0), t(n0l)); f(23, UInt64(distance), t(s0), t(n0)); f(24, UInt64(distance), w(s0), w(n0))
        f(25, UInt64(bitPattern: Int64(s0label)), t(s0), t(n0)); f(26, w(s1), t(s1))
        f(27, s0h >= 0 ? 1 : 0, t(s0), t(n0)); f(28, w(s0h)); f(29, t(s0l)); f(30, t(s0r)); f(31, t(n0l))
        func label(_ index: Int) -> UInt64 { index >= 0 ? UInt64(bitPattern: Int64(state.labels[index])) : 0xFFFF }
        let s0hh = s0h >= 0 ? state.heads[s0h] : -1
        f(32, w(s0), t(s0), w(n0), t(n0)); f(33, w(n0), t(n0), t(n1)); f(34, w(s0), t(n0), t(n1))
        f(35, w(n0), w(n1)); f(36, t(s0), label(s0l), label(s0r)); f(37, t(n0), label(n0l)); f(38, t(s0hh), t(s0))
        f(39, w(s0), UInt64(s0 >= 0 ? min(state.leftCount[s0], 3) : 9), UInt64(s0 >= 0 ? min(state.rightCount[s0], 3) : 9))
        f(40, t(n0), UInt64(n0 >= 0 ? min(state.leftCount[n0], 3) : 9)); f(41, w(s0), label(s0))
    }

    static let count = 42
}

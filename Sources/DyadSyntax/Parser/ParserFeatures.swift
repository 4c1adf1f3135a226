/// Features of the arc-eager parser, a subset of Zhang and Nivre's (2011): words and tags of the stack top, the next
/// three buffer tokens, the second stack item, the heads and outermost dependents built so far with their labels,
/// distance and valency — hashed, so that the model needs no feature dictionary. (Their fuller set, 77 templates
/// with second dependents and label sets, scored no better on the silver data at half the speed: BENCHMARKS.md.)
struct ParserFeatures {
    private let word: [UInt64]
    private let tag: [UInt64]

    /// Hashes of the words and tags of a sentence.
    init(forms: [String], tags: [String]) {
        word = forms.map { WordHashes(normalisedWordOf: $0).word }
        tag = tags.map { FeatureHash.string($0) }
    }

    /// Number of hashes `write` produces.
    static let count = 42

    /// Writes the feature hashes of `state` to `out` (room for `count`).
    func write(_ state: ParserState, to out: UnsafeMutablePointer<UInt64>) {
        let none = -1
        let s0 = state.stack.last ?? none
        let s1 = state.stack.count >= 2 ? state.stack[state.stack.count - 2] : none
        let n0 = state.next < state.count ? state.next : none
        let n1 = n0 >= 0 && n0 + 1 < state.count ? n0 + 1 : none
        let n2 = n1 >= 0 && n1 + 1 < state.count ? n1 + 1 : none
        let s0h = s0 >= 0 ? state.heads[s0] : none
        let s0h2 = s0h >= 0 ? state.heads[s0h] : none
        let s0l = s0 >= 0 ? state.leftmost[s0] : none, s0r = s0 >= 0 ? state.rightmost[s0] : none
        let n0l = n0 >= 0 ? state.leftmost[n0] : none

        @inline(__always) func w(_ i: Int) -> UInt64 { i >= 0 ? word[i] : 0x5EED }
        @inline(__always) func t(_ i: Int) -> UInt64 { i >= 0 ? tag[i] : 0x7A6 }
        @inline(__always) func l(_ i: Int) -> UInt64 { i >= 0 ? UInt64(bitPattern: Int64(state.labels[i])) &+ 7 : 3 }
        let distance: UInt64 = s0 >= 0 && n0 >= 0 ? UInt64(min(n0 - s0, 6)) : 0
        let s0vl = UInt64(s0 >= 0 ? min(state.leftCount[s0], 3) : 9), s0vr = UInt64(s0 >= 0 ? min(state.rightCount[s0], 3) : 9)
        let n0vl = UInt64(n0 >= 0 ? min(state.leftCount[n0], 3) : 9)

        let s0w = w(s0), s0t = t(s0), n0w = w(n0), n0t = t(n0), n1w = w(n1), n1t = t(n1), n2t = t(n2)
        var k = 0
        @inline(__always) func f(_ a: UInt64) { out[k] = FeatureHash.combine(UInt64(k), a); k += 1 }
        @inline(__always) func f(_ a: UInt64, _ b: UInt64) { out[k] = FeatureHash.combine(UInt64(k), a, b); k += 1 }
        @inline(__always) func f(_ a: UInt64, _ b: UInt64, _ c: UInt64) {
            out[k] = FeatureHash.combine(UInt64(k), FeatureHash.combine(a, b), c); k += 1
        }
        // Single tokens and pairs.
        f(0); f(s0w); f(s0t); f(s0w, s0t); f(n0w); f(n0t); f(n0w, n0t); f(n1w); f(n1t); f(n1w, n1t); f(n2t)
        f(s0w, n0w); f(s0t, n0t); f(s0w, n0t); f(s0t, n0w)
        // Tag triples with the stack, the buffer and the arcs built.
        f(s0t, n0t, n1t); f(n0t, n1t, n2t); f(t(s1), s0t, n0t); f(t(s0h), s0t, n0t); f(s0t, t(s0l), n0t)
        f(s0t, t(s0r), n0t); f(s0t, n0t, t(n0l)); f(distance, s0t, n0t); f(distance, s0w, n0w); f(l(s0), s0t, n0t)
        f(w(s1), t(s1)); f(s0h >= 0 ? 1 : 0, s0t, n0t); f(w(s0h)); f(t(s0l)); f(t(s0r)); f(t(n0l))
        // Words with tags, labels of dependents, valency.
        f(s0w ^ s0t, n0w, n0t); f(n0w, n0t, n1t); f(s0w, n0t, n1t); f(n0w, n1w); f(s0t, l(s0l), l(s0r))
        f(n0t, l(n0l)); f(t(s0h2), s0t); f(s0w, s0vl, s0vr); f(n0t, n0vl); f(s0w, l(s0))
        // The raw constant 0: a second bias, which the shipped model was trained with.
        out[k] = 0
        k += 1
        assert(k == Self.count, "ParserFeatures.count is out of date")
    }

    /// The templates that read the labels of arcs built (24, 35, 36 and 40), which `writeLabels` rewrites.
    static let labelTemplates = [24, 35, 36, 40]

    /// Rewrites in `out` the hashes of `labelTemplates` for `state`, as `write` makes them: for features written
    /// while an arc of the state had no label yet (a test compares the two).
    func writeLabels(_ state: ParserState, to out: UnsafeMutablePointer<UInt64>) {
        let s0 = state.stack.last ?? -1
        let n0 = state.next < state.count ? state.next : -1
        let s0l = s0 >= 0 ? state.leftmost[s0] : -1, s0r = s0 >= 0 ? state.rightmost[s0] : -1
        let n0l = n0 >= 0 ? state.leftmost[n0] : -1
        @inline(__always) func l(_ i: Int) -> UInt64 { i >= 0 ? UInt64(bitPattern: Int64(state.labels[i])) &+ 7 : 3 }
        let s0w = s0 >= 0 ? word[s0] : 0x5EED, s0t = s0 >= 0 ? tag[s0] : 0x7A6, n0t = n0 >= 0 ? tag[n0] : 0x7A6
        out[24] = FeatureHash.combine(24, FeatureHash.combine(l(s0), s0t), n0t)
        out[35] = FeatureHash.combine(35, FeatureHash.combine(s0t, l(s0l)), l(s0r))
        out[36] = FeatureHash.combine(36, n0t, l(n0l))
        out[40] = FeatureHash.combine(40, s0w, l(s0))
    }

    /// The templates that read only the first buffer token and its right neighbours (and the two constants): the
    /// same for every state with that token first in the buffer, so the parser sums them once per token.
    static let bufferTemplates = [0, 4, 5, 6, 7, 8, 9, 10, 16, 32, 34, 41]
    /// The templates that read only the stack top's word and tag: summed once per token too.
    static let stackTemplates = [1, 2, 3]
    /// The rest, which depend on the arcs built and on the stack and buffer together: looked up for every state.
    static let stateTemplates = (0..<count).filter { !bufferTemplates.contains($0) && !stackTemplates.contains($0) }

    /// Hashes per token: of the buffer templates with the token first in the buffer (`bufferTemplates.count` each),
    /// and of the stack templates with it on top of the stack (`stackTemplates.count` each), exactly as `write` makes
    /// them for such states (a test compares them): its formulas for those templates alone, with no state and no
    /// array per token.
    func positionalHashes() -> (buffer: [UInt64], stack: [UInt64]) {
        let tokens = word.count
        let bufferCount = Self.bufferTemplates.count, stackCount = Self.stackTemplates.count
        var buffer = [UInt64](repeating: 0, count: tokens * bufferCount)
        var stack = [UInt64](repeating: 0, count: tokens * stackCount)
        @inline(__always) func w(_ i: Int) -> UInt64 { i < tokens ? word[i] : 0x5EED }
        @inline(__always) func t(_ i: Int) -> UInt64 { i < tokens ? tag[i] : 0x7A6 }
        @inline(__always) func f(_ k: UInt64, _ a: UInt64) -> UInt64 { FeatureHash.combine(k, a) }
        @inline(__always) func f(_ k: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 { FeatureHash.combine(k, a, b) }
        @inline(__always) func f(_ k: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
            FeatureHash.combine(k, FeatureHash.combine(a, b), c)
        }
        buffer.withUnsafeMutableBufferPointer { buffer in
            stack.withUnsafeMutableBufferPointer { stack in
                for position in 0..<tokens {
                    let n0w = w(position), n0t = t(position), n1w = w(position + 1), n1t = t(position + 1)
                    let n2t = t(position + 2)
                    // `bufferTemplates`: 0, 4, 5, 6, 7, 8, 9, 10, 16, 32, 34 and 41 (the raw constant 0).
                    let out = buffer.baseAddress! + position * bufferCount
                    out[0] = f(0, 0); out[1] = f(4, n0w); out[2] = f(5, n0t); out[3] = f(6, n0w, n0t)
                    out[4] = f(7, n1w); out[5] = f(8, n1t); out[6] = f(9, n1w, n1t); out[7] = f(10, n2t)
                    out[8] = f(16, n0t, n1t, n2t); out[9] = f(32, n0w, n0t, n1t); out[10] = f(34, n0w, n1w); out[11] = 0
                    // `stackTemplates`: 1, 2 and 3.
                    let top = stack.baseAddress! + position * stackCount
                    top[0] = f(1, n0w); top[1] = f(2, n0t); top[2] = f(3, n0w, n0t)
                }
            }
        }
        return (buffer, stack)
    }

    /// The features of the label of the arc a left or right move builds: the move's features, told apart by the
    /// direction (written to `out`, room for `count`).
    static func labelFeatures(_ hashes: UnsafeBufferPointer<UInt64>, right: Bool, to out: UnsafeMutablePointer<UInt64>) {
        let direction: UInt64 = right ? 0x5249_4748_5400_0001 : 0x4C45_4654_0000_0001
        for (index, hash) in hashes.enumerated() { out[index] = FeatureHash.combine(hash, direction) }
    }
}

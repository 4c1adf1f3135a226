@testable import DyadSyntax
import DyadCore
import Testing

/// The models look up the features that do not depend on earlier decisions once per token (or per sentence) and
/// the rest per decision; the split must give exactly the hashes the whole template list gives, or the shipped
/// weights would be read under the wrong keys.
@Suite("Features split into per-token and per-decision parts")
struct FeatureSplitTests {
    static let forms = ["Kim", "Jong", "Un", "hosted", "Putin", "in", "Pyongyang", "on", "19", "June", "2024", ",",
                        "K.C.N.A.", "said", "—", "a", "\u{1F91D}", "Пхеньян", "."]

    @Test("Tagger: every template is written once, static or dynamic, and all of them by write")
    func tagger() {
        let features = TaggerFeatures(forms: Self.forms)
        var all = [UInt64](repeating: 0, count: TaggerFeatures.count)
        var fixed = [UInt64](repeating: 0, count: TaggerFeatures.staticTemplates.count)
        var moving = [UInt64](repeating: 0, count: TaggerFeatures.dynamicTemplates.count)
        #expect((TaggerFeatures.staticTemplates + TaggerFeatures.dynamicTemplates).sorted() == Array(0..<TaggerFeatures.count))
        for i in Self.forms.indices {
            all.withUnsafeMutableBufferPointer { features.write(i, previous: 3, beforePrevious: 17, to: $0.baseAddress!) }
            fixed.withUnsafeMutableBufferPointer { features.writeStatic(i, to: $0.baseAddress!) }
            moving.withUnsafeMutableBufferPointer {
                features.writeDynamic(i, previous: 3, beforePrevious: 17, to: $0.baseAddress!)
            }
            #expect(all == fixed + moving, "token \(i)")
            #expect(Set(all).count == all.count, "token \(i): two templates gave one hash")
        }
    }

    @Test("Parser: the per-token hashes are write's for every state the oracle passes through")
    func parser() {
        // A projective tree over the sentence: each word hangs from the next, the last is the root.
        let count = Self.forms.count
        let gold = (0..<count).map { $0 == count - 1 ? -1 : $0 + 1 }
        let features = ParserFeatures(forms: Self.forms, tags: Self.forms.map { _ in "NN" })
        let positional = features.positionalHashes()
        let bufferCount = ParserFeatures.bufferTemplates.count, stackCount = ParserFeatures.stackTemplates.count
        #expect(Set(ParserFeatures.bufferTemplates + ParserFeatures.stackTemplates + ParserFeatures.stateTemplates)
                == Set(0..<ParserFeatures.count))
        var state = ParserState(count: count)
        var all = [UInt64](repeating: 0, count: ParserFeatures.count)
        var checked = 0
        while !state.isFinal {
            if let top = state.stack.last {
                all.withUnsafeMutableBufferPointer { features.write(state, to: $0.baseAddress!) }
                let buffer = Array(positional.buffer[(state.next * bufferCount)..<((state.next + 1) * bufferCount)])
                let stack = Array(positional.stack[(top * stackCount)..<((top + 1) * stackCount)])
                #expect(buffer == ParserFeatures.bufferTemplates.map { all[$0] })
                #expect(stack == ParserFeatures.stackTemplates.map { all[$0] })
                checked += 1
            }
            let move = state.oracle(gold: gold)
            state.apply(move, label: move == .left || move == .right ? 0 : -1)
        }
        #expect(checked >= count - 1)
    }

    @Test("Parser: the per-token hashes are write's with each token first in the buffer and on top of the stack, in sentences of 1 to 19 words")
    func parserEveryPosition() {
        for length in 1...Self.forms.count {
            let forms = Array(Self.forms.suffix(length))
            let features = ParserFeatures(forms: forms, tags: forms.map { $0.count > 3 ? "NNP" : "DT" })
            let positional = features.positionalHashes()
            let bufferCount = ParserFeatures.bufferTemplates.count, stackCount = ParserFeatures.stackTemplates.count
            var state = ParserState(count: length)
            var all = [UInt64](repeating: 0, count: ParserFeatures.count)
            for position in 0..<length {
                state.stack = [position]
                state.next = position
                all.withUnsafeMutableBufferPointer { features.write(state, to: $0.baseAddress!) }
                #expect(Array(positional.buffer[(position * bufferCount)..<((position + 1) * bufferCount)])
                        == ParserFeatures.bufferTemplates.map { all[$0] }, "length \(length), position \(position)")
                #expect(Array(positional.stack[(position * stackCount)..<((position + 1) * stackCount)])
                        == ParserFeatures.stackTemplates.map { all[$0] }, "length \(length), position \(position)")
            }
        }
    }

    /// The entity recognizer's features as `EntityFeatures.write` wrote them in one pass before they were split into
    /// static and dynamic parts: the reference the split must reproduce.
    static func entityReference(_ features: EntityFeatures, _ i: Int, previous: Int, beforePrevious: Int, length: Int,
                                casing: UInt64, tokens: [EntityFeatures.Token]) -> [UInt64] {
        let w = i + 2
        let p1 = UInt64(bitPattern: Int64(previous &+ 2)), p2 = UInt64(bitPattern: Int64(beforePrevious &+ 2))
        let token = tokens[w], left = tokens[w - 1], right = tokens[w + 1]
        let w0 = token.word, s0 = token.shape, t0 = token.tag
        var out: [UInt64] = []
        func f(_ a: UInt64) { out.append(FeatureHash.combine(UInt64(out.count) &+ 0x4E52, a)) }
        func f(_ a: UInt64, _ b: UInt64) { out.append(FeatureHash.combine(UInt64(out.count) &+ 0x4E52, a, b)) }
        func f(_ a: UInt64, _ b: UInt64, _ c: UInt64) {
            out.append(FeatureHash.combine(FeatureHash.combine(UInt64(out.count) &+ 0x4E52, a), b, c))
        }
        f(0); f(w0); f(token.form); f(token.suffix3); f(token.suffix4); f(s0); f(t0)
        f(left.word); f(right.word); f(tokens[w - 2].word); f(tokens[w + 2].word)
        f(left.shape); f(right.shape); f(left.shape, s0, right.shape)
        f(left.tag); f(right.tag); f(t0, right.tag)
        f(p1); f(p1, p2); f(p1, w0); f(p1, s0); f(p1, t0); f(p1, UInt64(min(length, 6)))
        f(casing, s0); f(casing &+ (i == 0 ? 8 : 0), w0)
        return out
    }

    @Test("Entities: static and dynamic templates together are the one-pass features, for every word and seeded decisions")
    func entities() {
        let tags = Self.forms.map { $0.count > 3 ? "NNP" : "IN" }
        let features = EntityFeatures(forms: Self.forms, tags: tags, vocabulary: WordSet(words: []), plain: WordSet(words: []))
        #expect((EntityFeatures.staticTemplates + EntityFeatures.dynamicTemplates).sorted() == Array(0..<EntityFeatures.count))
        var generator = SeededGenerator(seed: 5)
        var all = [UInt64](repeating: 0, count: EntityFeatures.count)
        var fixed = [UInt64](repeating: 0, count: EntityFeatures.staticTemplates.count)
        var moving = [UInt64](repeating: 0, count: EntityFeatures.dynamicTemplates.count)
        for i in Self.forms.indices {
            for _ in 0..<5 {
                let previous = Int(generator.next() % 40) - 1, beforePrevious = Int(generator.next() % 40) - 1
                let length = Int(generator.next() % 9)
                all.withUnsafeMutableBufferPointer {
                    features.write(i, previous: previous, beforePrevious: beforePrevious, length: length, to: $0.baseAddress!)
                }
                fixed.withUnsafeMutableBufferPointer { features.writeStatic(i, to: $0.baseAddress!) }
                moving.withUnsafeMutableBufferPointer {
                    features.writeDynamic(i, previous: previous, beforePrevious: beforePrevious, length: length,
                                          to: $0.baseAddress!)
                }
                let reference = Self.entityReference(features, i, previous: previous, beforePrevious: beforePrevious,
                                                     length: length, casing: features.casing, tokens: features.tokens)
                #expect(all == reference, "word \(i)")
                #expect(EntityFeatures.staticTemplates.map { all[$0] } == fixed, "word \(i)")
                #expect(EntityFeatures.dynamicTemplates.map { all[$0] } == moving, "word \(i)")
            }
        }
    }

    @Test("Parser: features written before the arcs had their labels, then their label templates rewritten, are write's, over seeded random parses")
    func parserLabels() {
        var generator = SeededGenerator(seed: 21)
        let features = ParserFeatures(forms: Self.forms, tags: Self.forms.map { $0.count > 3 ? "NNP" : "IN" })
        var expected = [UInt64](repeating: 0, count: ParserFeatures.count), patched = expected
        for _ in 0..<20 {
            var state = ParserState(count: Self.forms.count)
            while !state.isFinal {
                let legal = ParserState.Move.allCases.filter { state.isLegal($0) }
                let move = legal[Int(generator.next() % UInt64(legal.count))]
                state.apply(move, label: move == .left || move == .right ? Int(generator.next() % 45) : -1)
                guard !state.isFinal, !state.stack.isEmpty else { continue }
                expected.withUnsafeMutableBufferPointer { features.write(state, to: $0.baseAddress!) }
                // The same state with every label unknown or different, then the right labels.
                var unlabelled = state
                unlabelled.labels = state.labels.map { $0 < 0 ? $0 : (generator.next() % 2 == 0 ? -1 : $0 + 1) }
                patched.withUnsafeMutableBufferPointer {
                    features.write(unlabelled, to: $0.baseAddress!)
                    features.writeLabels(state, to: $0.baseAddress!)
                }
                #expect(patched == expected)
            }
        }
    }
}

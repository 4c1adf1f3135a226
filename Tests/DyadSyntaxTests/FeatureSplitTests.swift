@testable import DyadSyntax
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
}

import DyadCore
import DyadSyntax
import Testing

@Suite("Dependency parser")
struct ParserTests {
    /// "SUBJ VERB the OBJ ." sentences with their trees.
    static func toyTreebank() -> [AnnotatedSentence] {
        let subjects = ["Russia", "China", "Iran", "Brazil", "Kenya", "Japan", "Chile", "Egypt"]
        let verbs = ["signed", "rejected", "praised", "condemned"]
        let objects = ["treaty", "deal", "plan", "accord", "resolution"]
        var sentences: [AnnotatedSentence] = []
        for subject in subjects {
            for verb in verbs {
                for object in objects {
                    sentences.append(AnnotatedSentence(
                        forms: [subject, verb, "the", object, "."], lemmas: ["_", "_", "_", "_", "_"],
                        upos: ["PROPN", "VERB", "DET", "NOUN", "PUNCT"], xpos: ["NNP", "VBD", "DT", "NN", "."],
                        heads: [2, 0, 4, 2, 2], deprels: ["nsubj", "ROOT", "det", "dobj", "punct"],
                        entities: ["O", "O", "O", "O", "O"]))
                }
            }
        }
        return sentences
    }

    @Test("The parser learns a small grammar and parses unseen words by their tags")
    func learns() {
        let parser = ParserTrainer(iterations: 5).train(Self.toyTreebank())
        let parse = parser.parse(forms: ["Peru", "welcomed", "the", "visit", "."], tags: ["NNP", "VBD", "DT", "NN", "."])
        #expect(parse.heads == [2, 0, 4, 2, 2])
        #expect(parse.labels == ["nsubj", "ROOT", "det", "dobj", "punct"])
    }

    @Test("Every output is a tree: heads in range, one root, no cycles, even for odd input")
    func alwaysATree() {
        let parser = ParserTrainer(iterations: 2).train(Self.toyTreebank())
        var generator = SeededGenerator(seed: 3)
        let tags = ["NNP", "VBD", "DT", "NN", ".", "IN", "JJ", "CC"]
        for length in [1, 2, 3, 7, 40, 300] {
            let forms = (0..<length).map { "w\($0)" }
            let tagged = (0..<length).map { _ in tags.randomElement(using: &generator)! }
            let heads = parser.parse(forms: forms, tags: tagged).heads
            #expect(heads.count == length)
            #expect(heads.filter { $0 == 0 }.count == 1)
            #expect(heads.allSatisfy { $0 >= 0 && $0 <= length })
            for start in 1...length {
                var node = start, steps = 0
                while node != 0 && steps <= length { node = heads[node - 1]; steps += 1 }
                #expect(node == 0, "token \(start) does not reach the root")
            }
        }
    }

    @Test("A saved parser reads back and parses alike, compacted too; damaged files are errors naming the file")
    func serialization() throws {
        let parser = ParserTrainer(iterations: 3).train(Self.toyTreebank())
        let bytes = parser.serialized()
        let loaded = try TransitionParser(serialized: bytes)
        #expect(loaded.serialized() == bytes)
        let forms = ["Peru", "welcomed", "the", "visit", "."], tags = ["NNP", "VBD", "DT", "NN", "."]
        #expect(loaded.parse(forms: forms, tags: tags).heads == parser.parse(forms: forms, tags: tags).heads)
        let compact = try TransitionParser(serialized: parser.compacted(moveBits: 8).serialized())
        #expect(compact.parse(forms: forms, tags: tags).heads == [2, 0, 4, 2, 2])
        #expect(throws: ModelFormatError.self) { try TransitionParser(serialized: []) }
        #expect(throws: ModelFormatError.self) { try TransitionParser(serialized: Array(bytes.dropLast(4))) }
        #expect(throws: ModelFormatError.self) { try TransitionParser(serialized: bytes + [7]) }
        do {
            _ = try TransitionParser(serialized: Array("DYADTAGS".utf8) + bytes.dropFirst(8), file: "parser.bin")
            Issue.record("a tagger header was accepted as a parser")
        } catch {
            #expect(error.file == "parser.bin" && error.description.contains("hint:"))
        }
    }
}

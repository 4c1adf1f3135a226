/// A Penn Treebank constituency tree as PETRARCH's records and CoreNLP write it: `(ROOT (S (NP (NNP Arnor)) (VP …)))`.
public indirect enum TreebankTree: Sendable, Hashable {
    /// A word with its part-of-speech tag.
    case leaf(tag: String, word: String)
    /// A phrase: its label (`NP`, `VP`, …; function tags such as `-SBJ` cut off) and children.
    case phrase(label: String, children: [TreebankTree])

    /// Reads a bracketed tree; nil when the brackets do not balance or a leaf has no word.
    public init?(bracketed text: String) {
        var reader = Reader(bytes: Array(text.utf8))
        guard let tree = reader.node(depth: 0) else { return nil }
        reader.skipSpace()
        guard reader.index == reader.bytes.count else { return nil }
        self = tree
    }

    /// The label of a phrase, or the tag of a leaf.
    public var label: String {
        switch self {
        case .leaf(let tag, _): tag
        case .phrase(let label, _): label
        }
    }

    /// The leaves in order: (tag, word).
    public var leaves: [(tag: String, word: String)] {
        switch self {
        case .leaf(let tag, let word): [(tag, word)]
        case .phrase(_, let children): children.flatMap(\.leaves)
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x09 || bytes[index] == 0x0D {
                index += 1
            }
        }

        mutating func atom() -> String {
            let start = index
            while index < bytes.count, ![0x20, 0x0A, 0x09, 0x0D, 0x28, 0x29].contains(bytes[index]) { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        mutating func node(depth: Int) -> TreebankTree? {
            skipSpace()
            guard depth < 500, index < bytes.count, bytes[index] == 0x28 else { return nil }
            index += 1
            skipSpace()
            var label = atom()
            skipSpace()
            guard index < bytes.count else { return nil }
            if bytes[index] != 0x28 {
                let word = atom()
                skipSpace()
                guard !word.isEmpty, index < bytes.count, bytes[index] == 0x29 else { return nil }
                index += 1
                return .leaf(tag: label, word: word)
            }
            var children: [TreebankTree] = []
            while true {
                skipSpace()
                guard index < bytes.count else { return nil }
                if bytes[index] == 0x29 {
                    index += 1
                    break
                }
                guard let child = node(depth: depth + 1) else { return nil }
                children.append(child)
            }
            if let dash = label.firstIndex(of: "-"), dash != label.startIndex { label = String(label[..<dash]) }
            if label.isEmpty { label = "ROOT" }
            return .phrase(label: label, children: children)
        }
    }
}

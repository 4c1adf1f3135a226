/// The sentence a Penn Treebank parse spells: its leaves in order, detokenized ("(NP (NNP Gondor) (POS 's))" gives
/// "Gondor's"); used when a PETRARCH record's `<Text>` is empty but its `<Parse>` is not.
enum PennTreebankText {
    /// The sentence of `parse`, or an empty string when it has no leaves.
    static func sentence(fromParse parse: String) -> String {
        var output = ""
        var glueNext = true
        for token in leaves(of: parse) {
            let word = bracketWords[token] ?? token
            // Clitics and closing punctuation ("'s", "n't", ",", "''") attach to the word before.
            let attaches = attachesLeft.contains(token) || token.hasPrefix("'")
            if !glueNext, !attaches { output += " " }
            output += word
            glueNext = attachesRight.contains(token)
        }
        return output
    }

    /// The leaves of a bracketed tree: each `(LABEL word)` gives `word`.
    static func leaves(of parse: String) -> [String] {
        var leaves: [String] = []
        let bytes = Array(parse.utf8)
        var index = 0
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "(") else {
                index += 1
                continue
            }
            // The label, then either a subtree or a leaf.
            index += 1
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "("),
                  bytes[index] != UInt8(ascii: ")") { index += 1 }
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] != UInt8(ascii: "("), bytes[index] != UInt8(ascii: ")") else {
                continue
            }
            let start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: ")"), !isSpace(bytes[index]) { index += 1 }
            leaves.append(String(decoding: bytes[start..<index], as: UTF8.self))
        }
        return leaves
    }

    private static let bracketWords = [
        "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "``": "\"", "''": "\"",
    ]
    private static let attachesLeft: Set<String> = [
        ",", ".", ":", ";", "!", "?", "%", "-RRB-", "-RSB-", "-RCB-", "n't", "N'T",
    ]
    private static let attachesRight: Set<String> = ["``", "-LRB-", "-LSB-", "-LCB-", "$"]
}

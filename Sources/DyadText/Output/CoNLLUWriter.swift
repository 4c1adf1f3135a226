import DyadCore

/// Writes analysed documents as CoNLL-U: `# newdoc id`, then per sentence `# sent_id = <doc>-<n>` (n from 1),
/// `# text` (line breaks as spaces), and one line per token with FORM exactly as in the text and MISC
/// `TokenRange=<start>:<end>` (Unicode scalar offsets into the document text), plus `SpaceAfter=No` where no
/// whitespace follows. Columns not yet annotated are `_`.
public struct CoNLLUWriter: Sendable {
    public init() {}

    /// Appends `document` to `output`.
    public func write(_ document: AnnotatedDocument, to output: OutputBuffer) {
        output.append("# newdoc id = ")
        appendComment(document.document.id, to: output)
        output.append(0x0A)
        let text = document.document.text
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ write(document, bytes: $0, to: output) }) {
            return done
        }
        Array(text.utf8).withUnsafeBufferPointer { write(document, bytes: $0, to: output) }
    }

    private func write(_ document: AnnotatedDocument, bytes: UnsafeBufferPointer<UInt8>, to output: OutputBuffer) {
        let tokens = document.tokens
        for (index, sentence) in document.sentences.enumerated() {
            output.append("# sent_id = ")
            appendComment(document.document.id, to: output)
            output.append(UInt8(ascii: "-"))
            output.append(decimal: index + 1)
            output.append("\n# text = ")
            var runStart = sentence.utf8Range.lowerBound
            for i in sentence.utf8Range where bytes[i] == 0x0A || bytes[i] == 0x0D {
                output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                output.append(0x20)
                runStart = i + 1
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<sentence.utf8Range.upperBound]))
            output.append(0x0A)
            var number = 1
            for t in sentence.tokens {
                let token = tokens[t]
                output.append(decimal: number)
                output.append(0x09)
                output.append(UnsafeBufferPointer(rebasing: bytes[token.utf8Start..<token.utf8End]))
                output.append("\t_\t_\t_\t_\t_\t_\t_\tTokenRange=")
                output.append(decimal: token.start)
                output.append(UInt8(ascii: ":"))
                output.append(decimal: token.end)
                if !token.spaceAfter && t + 1 < tokens.count { output.append("|SpaceAfter=No") }
                output.append(0x0A)
                number += 1
            }
            output.append(0x0A)
        }
    }

    /// Comment values stay on one line.
    private func appendComment(_ text: String, to output: OutputBuffer) {
        for b in text.utf8 { output.append(b == 0x0A || b == 0x0D ? 0x20 : b) }
    }
}

/// Writes sentences as JSON Lines: `{"doc_id","sentence","start","end","text"}`, `sentence` counting from 0 and
/// offsets in Unicode scalars into the document text.
public struct SentenceJSONWriter: Sendable {
    public init() {}

    /// Appends one line per sentence of `document` to `output`.
    public func write(_ document: AnnotatedDocument, to output: OutputBuffer) {
        let text = document.document.text
        let id = document.document.id
        let body = { (bytes: UnsafeBufferPointer<UInt8>) in
            for (index, sentence) in document.sentences.enumerated() {
                output.append("{\"doc_id\":")
                output.append(jsonString: id)
                output.append(",\"sentence\":")
                output.append(decimal: index)
                output.append(",\"start\":")
                output.append(decimal: sentence.span.start)
                output.append(",\"end\":")
                output.append(decimal: sentence.span.end)
                output.append(",\"text\":")
                output.append(jsonString: UnsafeBufferPointer(rebasing: bytes[sentence.utf8Range]))
                output.append("}\n")
            }
        }
        if text.utf8.withContiguousStorageIfAvailable(body) == nil { Array(text.utf8).withUnsafeBufferPointer(body) }
    }
}

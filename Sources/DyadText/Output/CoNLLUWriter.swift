import DyadCore

/// Writes analysed documents as CoNLL-U: `# newdoc id`, then per sentence `# sent_id = <doc>-<n>` (n from 1),
/// `# text` (line breaks as spaces), and one line per token with FORM exactly as in the text and MISC
/// `TokenRange=<start>:<end>` (Unicode scalar offsets into the document text), plus `SpaceAfter=No` where no
/// whitespace follows. Columns not yet annotated are `_`; a document the language layer has analysed gets LEMMA,
/// UPOS, XPOS, HEAD and DEPREL, and its entity tag in MISC (`NER=B-GPE`).
public struct CoNLLUWriter: Sendable {
    /// Creates the writer.
    public init() {}

    /// Appends `document` to `output`.
    public func write(_ document: AnnotatedDocument, to output: OutputBuffer) {
        output.append("# newdoc id = ")
        let id = commentValue(document.document.id)
        output.append(text: id)
        output.append(0x0A)
        let text = document.document.text
        text.withUTF8Buffer { write(document, id: id, bytes: $0, to: output) }
    }

    private func write(
        _ document: AnnotatedDocument, id: String, bytes: UnsafeBufferPointer<UInt8>, to output: OutputBuffer
    ) {
        let tokens = document.tokens
        for (index, sentence) in document.sentences.enumerated() {
            output.append("# sent_id = ")
            output.append(text: id)
            output.append(UInt8(ascii: "-"))
            output.append(decimal: index + 1)
            output.append("\n# text = ")
            // The sentence text with line breaks as spaces: copy it, then patch the breaks (found with memchr).
            let text = UnsafeBufferPointer(rebasing: bytes[sentence.utf8Range])
            let textStart = output.count
            output.append(text)
            output.replaceLineBreaks(from: textStart)
            output.append(0x0A)
            var number = 1
            let columns: StaticString = "\t_\t_\t_\t_\t_\t_\t_\tTokenRange="
            let noSpace: StaticString = "|SpaceAfter=No"
            let columnBytes = UnsafeBufferPointer(start: columns.utf8Start, count: columns.utf8CodeUnitCount)
            let noSpaceBytes = UnsafeBufferPointer(start: noSpace.utf8Start, count: noSpace.utf8CodeUnitCount)
            if document.heads.count == tokens.count && document.entityTags.count == tokens.count
                && document.lemmas.count == tokens.count && document.xpos.count == tokens.count {
                writeAnalysed(document, sentence: sentence, bytes: bytes, to: output)
                output.append(0x0A)
                continue
            }
            for t in sentence.tokens {
                let token = tokens[t]
                let form = UnsafeBufferPointer(rebasing: bytes[token.utf8Start..<token.utf8End])
                let last = t + 1 == tokens.count
                output.write(atMost: form.count + 96) { start in
                    var p = OutputBuffer.writeDecimal(number, to: start)
                    p.pointee = 0x09
                    p = OutputBuffer.write(form, to: p + 1)
                    p = OutputBuffer.write(columnBytes, to: p)
                    p = OutputBuffer.writeDecimal(token.start, to: p)
                    p.pointee = UInt8(ascii: ":")
                    p = OutputBuffer.writeDecimal(token.end, to: p + 1)
                    if !token.spaceAfter && !last { p = OutputBuffer.write(noSpaceBytes, to: p) }
                    p.pointee = 0x0A
                    return p + 1 - start
                }
                number += 1
            }
            output.append(0x0A)
        }
    }

    /// Token lines with every column of an analysed sentence.
    private func writeAnalysed(
        _ document: AnnotatedDocument, sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>, to output: OutputBuffer
    ) {
        let first = sentence.tokens.lowerBound
        for t in sentence.tokens {
            let token = document.tokens[t]
            output.append(decimal: t - first + 1)
            output.append(0x09)
            output.append(UnsafeBufferPointer(rebasing: bytes[token.utf8Start..<token.utf8End]))
            for column in [document.lemmas[t], document.upos[t], document.xpos[t]] {
                output.append(0x09)
                output.append(text: column.isEmpty ? "_" : column)
            }
            output.append("\t_\t")
            output.append(decimal: document.heads[t] < 0 ? 0 : document.heads[t] - first + 1)
            output.append(0x09)
            output.append(text: document.deprels[t])
            output.append("\t_\tTokenRange=")
            output.append(decimal: token.start)
            output.append(UInt8(ascii: ":"))
            output.append(decimal: token.end)
            if !token.spaceAfter && t + 1 != document.tokens.count { output.append("|SpaceAfter=No") }
            output.append("|NER=")
            output.append(text: document.entityTags[t])
            output.append(0x0A)
        }
    }

    /// Comment values stay on one line.
    private func commentValue(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        return String(decoding: text.utf8.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }, as: UTF8.self)
    }
}

/// Writes sentences as JSON Lines: `{"doc_id","sentence","start","end","text"}`, `sentence` counting from 0 and
/// offsets in Unicode scalars into the document text.
public struct SentenceJSONWriter: Sendable {
    /// Creates the writer.
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
        text.withUTF8Buffer(body)
    }
}

import DyadCore

/// The parse of a document as `dyad explain` and `dyad eval --trace` print it: per sentence, one line per token with
/// its index, form, lemma, tag, head and label, and entity tag.
enum ParseTable {
    /// The table, each line starting with `indent`.
    static func text(of document: AnnotatedDocument, indent: String = "") -> String {
        var out = "\(indent)Parse (token, lemma, tag, head, label, entity):\n"
        for (index, sentence) in document.sentences.enumerated() {
            out += "\(indent)  sentence \(index)\n"
            for token in sentence.tokens {
                let head = document.heads[token]
                out += "\(indent)    \(token)\t\(document.text(of: document.tokens[token]))\t\(document.lemmas[token])\t"
                    + "\(document.xpos[token])\t\(head >= 0 ? String(head) : "root")\t\(document.deprels[token])\t"
                    + "\(document.entityTags[token])\n"
            }
        }
        return out
    }
}

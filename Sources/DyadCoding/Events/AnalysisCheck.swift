import DyadCore

/// Whether an analysed document has what the coder reads: tags, lemmas, heads and labels for every token, heads
/// inside the document. The CLI's pipeline always fills them; a library caller with a partial analysis gets no
/// events rather than a crash.
enum AnalysisCheck {
    static func isComplete(_ document: AnnotatedDocument) -> Bool {
        let count = document.tokens.count
        guard document.xpos.count == count, document.lemmas.count == count, document.heads.count == count,
              document.deprels.count == count else { return false }
        return document.heads.allSatisfy { $0 >= -1 && $0 < count }
    }
}

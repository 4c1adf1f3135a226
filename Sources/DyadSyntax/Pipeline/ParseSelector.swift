import DyadCore

/// Decides which sentences of a document the dependency parser must read, for a consumer that needs the parse of
/// some sentences only (the event coder reads none of a sentence with no verb it codes).
///
/// ``SyntaxStage`` asks it once per document, after every sentence has been tagged, lemmatized and had its entities
/// found, and before any is parsed. A selector must be conservative: a sentence it leaves out is one whose parse
/// cannot change what its consumer makes of the document. Implementations live with their consumer (the coder's
/// is `EventParseSelector` in DyadCoding); this module only asks.
public protocol ParseSelector: Sendable {
    /// One flag per sentence of `document` (in `document.sentences` order): whether to parse it. `document` has
    /// `xpos`, `upos`, `lemmas` and `entityTags` filled; `heads` are all -1, `deprels` all `_`, and every sentence is
    /// listed in `unparsedSentences`.
    func sentencesToParse(in document: AnnotatedDocument) -> [Bool]
}

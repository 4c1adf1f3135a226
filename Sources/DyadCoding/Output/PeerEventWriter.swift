import DyadCore
import DyadText

/// Writes the events of the peer coder (`dyad code --dictionaries DIR` with a verbs file there) as JSON Lines:
/// `id` (a hash of document, sentence and event), `version`, `doc_id`, `sentence`, `date` (the publication date),
/// `source` and `target` (`{"code"}`, the peer codes as the dictionaries write them), `cameo` (the code as written),
/// and, when it is a CAMEO code Dyad knows, `cameo_name`, `quad_class` and `goldstein`; then `text` (the sentence)
/// and `rule` (the verb line and pattern, with file and line).
public struct PeerEventWriter: Sendable {
    /// The version string stamped on every event.
    public let version: String

    public init(version: String) { self.version = version }

    /// Appends one line per event of `document`.
    public func write(_ events: [PeerCoder.Event], of document: AnnotatedDocument, to output: OutputBuffer) {
        for event in events {
            let sentence = document.sentences.indices.contains(event.sentence)
                ? String(document.text(of: document.sentences[event.sentence])) : ""
            let key = "\(document.document.id)\u{1F}\(event.sentence)\u{1F}\(event.source)\u{1F}\(event.target)\u{1F}\(event.code)"
            output.append("{\"id\":")
            output.append(jsonString: String(SHA256.hex(Array(key.utf8)).prefix(16)))
            output.append(",\"version\":")
            output.append(jsonString: version)
            output.append(",\"doc_id\":")
            output.append(jsonString: document.document.id)
            output.append(",\"sentence\":")
            output.append(decimal: event.sentence)
            output.append(",\"date\":")
            if let date = document.document.date { output.append(jsonString: date.description) } else { output.append("null") }
            output.append(",\"source\":{\"code\":")
            output.append(jsonString: event.source)
            output.append("},\"target\":")
            if event.target == "---" {
                output.append("null")
            } else {
                output.append("{\"code\":")
                output.append(jsonString: event.target)
                output.append("}")
            }
            output.append(",\"cameo\":")
            output.append(jsonString: event.code)
            if let code = try? EventCode(event.code) {
                output.append(",\"cameo_name\":")
                output.append(jsonString: code.name)
                output.append(",\"quad_class\":")
                output.append(decimal: code.quadClass.rawValue)
                output.append(",\"goldstein\":")
                output.append(text: String(code.goldstein))
            }
            output.append(",\"text\":")
            output.append(jsonString: sentence)
            output.append(",\"rule\":")
            output.append(jsonString: event.rule)
            output.append("}\n")
        }
    }
}

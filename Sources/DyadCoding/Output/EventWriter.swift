import DyadCore
import DyadText

/// Writes coded events as JSON Lines (`dyad code`), one object per event with the fields of issue 5: `id`, `version`,
/// `doc_id`, `sentence`, `date`, `date_precision`, `date_text`, `source`, `target`, `cameo`, `cameo_name`,
/// `quad_class`, `goldstein`, `plover`, `modality`, `attribution`, `location`, `text`, `rule`.
public struct EventWriter: Sendable {
    /// The version string stamped on every event (coder, lexicon, models).
    public let version: String

    /// Creates the writer.
    public init(version: String) { self.version = version }

    /// Appends one line per event of `document`.
    public func write(_ events: [CodedEvent], of document: AnnotatedDocument, to output: OutputBuffer) {
        let id = document.document.id
        for event in events {
            output.append("{\"id\":")
            output.append(jsonString: Self.identifier(document: id, event: event))
            output.append(",\"version\":")
            output.append(jsonString: version)
            output.append(",\"doc_id\":")
            output.append(jsonString: id)
            output.append(",\"sentence\":")
            output.append(decimal: event.sentence)
            if let date = event.date {
                output.append(",\"date\":")
                output.append(jsonString: date.iso)
                output.append(",\"date_precision\":")
                output.append(jsonString: date.precision.rawValue)
                if let span = date.span {
                    output.append(",\"date_text\":{\"start\":")
                    output.append(decimal: span.start)
                    output.append(",\"end\":")
                    output.append(decimal: span.end)
                    output.append("}")
                } else {
                    output.append(",\"date_text\":null")
                }
            } else {
                output.append(",\"date\":null,\"date_precision\":null,\"date_text\":null")
            }
            output.append(",\"source\":")
            actor(event.source, output)
            output.append(",\"target\":")
            if let target = event.target { actor(target, output) } else { output.append("null") }
            output.append(",\"cameo\":")
            output.append(jsonString: event.code.code)
            output.append(",\"cameo_name\":")
            output.append(jsonString: event.code.name)
            output.append(",\"quad_class\":")
            output.append(decimal: event.code.quadClass.rawValue)
            output.append(",\"goldstein\":")
            output.append(text: String(event.code.goldstein))
            output.append(",\"plover\":")
            if let plover = event.code.plover {
                output.append("{\"event\":")
                output.append(jsonString: plover.eventType.rawValue)
                output.append(",\"mode\":")
                if let mode = plover.mode { output.append(jsonString: mode) } else { output.append("null") }
                output.append("}")
            } else {
                output.append("null")
            }
            output.append(",\"modality\":")
            output.append(jsonString: event.modality.rawValue)
            output.append(",\"attribution\":{\"speaker\":")
            if let speaker = event.speaker {
                output.append("{\"code\":")
                output.append(jsonString: speaker.code.code)
                output.append(",\"text\":")
                output.append(jsonString: speaker.text)
                output.append("}")
            } else {
                output.append("null")
            }
            output.append(",\"via\":null},\"location\":null,\"text\":")
            output.append(jsonString: document.text(of: document.sentences[event.sentence]))
            output.append(",\"rule\":")
            output.append(jsonString: event.rule)
            output.append("}\n")
        }
    }

    private func actor(_ mention: ActorMention, _ output: OutputBuffer) {
        output.append("{\"code\":")
        output.append(jsonString: mention.code.code)
        output.append(",\"name\":")
        output.append(jsonString: mention.name)
        output.append(",\"text\":")
        output.append(jsonString: mention.text)
        output.append(",\"start\":")
        output.append(decimal: mention.span.start)
        output.append(",\"end\":")
        output.append(decimal: mention.span.end)
        output.append("}")
    }

    /// A stable id: FNV-1a of the document id, sentence, actors, code and trigger token, in hex.
    static func identifier(document: String, event: CodedEvent) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let key = "\(document)|\(event.sentence)|\(event.source.code.code)@\(event.source.span.start)|"
            + "\(event.target.map { "\($0.code.code)@\($0.span.start)" } ?? "-")|\(event.code.code)|\(event.trigger)"
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

import DyadCore
import DyadText

/// Writes coded events as JSON Lines (`dyad code`), one object per event with the fields of issue 5: `id`, `version`,
/// `doc_id`, `sentence`, `date`, `date_precision`, `date_text`, `source`, `target`, `cameo`, `cameo_name`,
/// `quad_class`, `goldstein`, `plover`, `modality`, `attribution`, `location`, `text`, `rule` (and, for stored
/// events, `mentions` and `documents`).
public struct EventWriter: Sendable {
    /// The version string stamped on every event (coder, lexicon, models).
    public let version: String

    /// Creates the writer.
    public init(version: String) { self.version = version }

    /// Appends one line per event of `document`.
    public func write(_ events: [CodedEvent], of document: AnnotatedDocument, to output: OutputBuffer) {
        for event in events { write(EventRow(event, of: document), to: output) }
    }

    /// Appends the line of one row; stored events also carry `mentions` and `documents`.
    public func write(_ row: EventRow, to output: OutputBuffer) {
        output.append("{\"id\":")
        output.append(jsonString: row.id)
        output.append(",\"version\":")
        output.append(jsonString: version)
        output.append(",\"doc_id\":")
        output.append(jsonString: row.documentID)
        output.append(",\"sentence\":")
        output.append(decimal: row.sentence)
        if let date = row.date {
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
        actor(row.source, output)
        output.append(",\"target\":")
        if let target = row.target { actor(target, output) } else { output.append("null") }
        output.append(",\"cameo\":")
        output.append(jsonString: row.code.code)
        output.append(",\"cameo_name\":")
        output.append(jsonString: row.code.name)
        output.append(",\"quad_class\":")
        output.append(decimal: row.code.quadClass.rawValue)
        output.append(",\"goldstein\":")
        output.append(text: String(row.code.goldstein))
        output.append(",\"plover\":")
        if let plover = row.code.plover {
            output.append("{\"event\":")
            output.append(jsonString: plover.eventType.rawValue)
            output.append(",\"mode\":")
            if let mode = plover.mode { output.append(jsonString: mode) } else { output.append("null") }
            output.append("}")
        } else {
            output.append("null")
        }
        output.append(",\"modality\":")
        output.append(jsonString: row.modality.rawValue)
        output.append(",\"attribution\":{\"speaker\":")
        if let speaker = row.speaker {
            output.append("{\"code\":")
            output.append(jsonString: speaker.code)
            output.append(",\"text\":")
            output.append(jsonString: speaker.text)
            output.append("}")
        } else {
            output.append("null")
        }
        output.append(",\"via\":null},\"location\":null,\"text\":")
        output.append(jsonString: row.sentenceText)
        output.append(",\"rule\":")
        output.append(jsonString: row.rule)
        if let mentions = row.mentions {
            output.append(",\"mentions\":")
            output.append(decimal: mentions)
        }
        if let documents = row.documents {
            output.append(",\"documents\":")
            output.append(decimal: documents)
        }
        output.append("}\n")
    }

    private func actor(_ mention: EventRow.Actor, _ output: OutputBuffer) {
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
}

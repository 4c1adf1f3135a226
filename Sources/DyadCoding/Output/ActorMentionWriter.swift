import DyadCore
import DyadText

/// Writes actor mentions as JSON Lines:
/// `{"doc_id","sentence","start","end","text","code","name","entry","rule"}`, offsets in Unicode scalars.
public struct ActorMentionWriter: Sendable {
    /// Creates the writer.
    public init() {}

    /// Appends one line per mention of `document`.
    public func write(_ mentions: [ActorMention], of document: Document, to output: OutputBuffer) {
        for mention in mentions {
            output.append("{\"doc_id\":")
            output.append(jsonString: document.id)
            output.append(",\"sentence\":")
            output.append(decimal: mention.sentence)
            output.append(",\"start\":")
            output.append(decimal: mention.span.start)
            output.append(",\"end\":")
            output.append(decimal: mention.span.end)
            output.append(",\"text\":")
            output.append(jsonString: mention.text)
            output.append(",\"code\":")
            output.append(jsonString: mention.code.code)
            output.append(",\"name\":")
            output.append(jsonString: mention.name)
            output.append(",\"entry\":")
            output.append(jsonString: mention.entry)
            output.append(",\"rule\":")
            output.append(jsonString: mention.rule)
            output.append("}\n")
        }
    }
}

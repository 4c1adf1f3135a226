import DyadCore

/// The event code of a verb or pattern: `[042]`, or `[042:043]` with a passive code after the colon.
///
/// TABARI and PETRARCH code the active reading with the first code and the passive reading ("was visited by") with
/// the second; `[:173]` has only a passive code. Codes are kept as written, `---` (no event), `###` (discard) and
/// TABARI leftovers such as `080!` included; ``activeEvent`` and ``passiveEvent`` are Dyad's reading of them.
public struct PeerVerbCode: Sendable, Hashable, CustomStringConvertible {
    /// The text between the brackets, trimmed.
    public let text: String
    /// The code before the colon (or the only code); `nil` when empty, as in `[:173]`.
    public let active: PeerCode?
    /// The code after the colon; `nil` when there is no colon or nothing after it.
    public let passive: PeerCode?
    /// ``active`` read as a CAMEO event code, when it is one.
    public let activeEvent: EventCode?
    /// ``passive`` read as a CAMEO event code, when it is one.
    public let passiveEvent: EventCode?

    /// Reads the text between the brackets; `nil` when it is empty or has more than one colon.
    public init?(_ text: String) {
        self.init(text, eventCode: PeerVerbCode.event)
    }

    /// Reads the text between the brackets, reading event codes with `eventCode` (a cache, when loading a file).
    init?(_ text: String, eventCode: (String) -> EventCode?) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard !text.isEmpty, parts.count <= 2 else { return nil }
        let active = PeerLine.trimmingBlanks(parts[0])
        let passive = parts.count == 2 ? PeerLine.trimmingBlanks(parts[1]) : ""
        guard !active.isEmpty || !passive.isEmpty else { return nil }
        self.text = text
        self.active = active.isEmpty ? nil : PeerCode(active)
        self.passive = passive.isEmpty ? nil : PeerCode(passive)
        activeEvent = active.isEmpty ? nil : eventCode(active)
        passiveEvent = passive.isEmpty ? nil : eventCode(passive)
    }

    /// True for the null code `---`: the verb or pattern generates no event.
    public var isNull: Bool { active?.text == "---" && passive == nil }

    /// True for the discard code `###`: a match discards the sentence.
    public var isDiscard: Bool { active?.text == "###" }

    /// The code in brackets, as written.
    public var description: String { "[\(text)]" }

    /// `text` read as a CAMEO event code when it is all digits and one.
    static func event(_ text: String) -> EventCode? {
        guard text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return try? EventCode(text)
    }
}

/// One of the 16 event types of the PLOVER 2.0 ontology, the successor of CAMEO.
public enum PLOVEREventType: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Agree to, promise or offer future cooperation.
    case agree = "AGREE"
    /// Meet, visit, host, telephone or mediate.
    case consult = "CONSULT"
    /// Praise, endorse, defend or sign agreements.
    case support = "SUPPORT"
    /// Verbal concessions: promise to yield, ease, accede.
    case concede = "CONCEDE"
    /// Material cooperation: economic, military, judicial, intelligence.
    case cooperate = "COOPERATE"
    /// Provide aid, protection or asylum.
    case aid = "AID"
    /// Material concessions: release, withdraw, disarm, allow access.
    case retreat = "RETREAT"
    /// Requests, demands and orders.
    case request = "REQUEST"
    /// Disapprove, investigate, allege.
    case accuse = "ACCUSE"
    /// Reject, refuse, defy, veto.
    case reject = "REJECT"
    /// Threaten sanctions, restrictions or violence.
    case threaten = "THREATEN"
    /// Demonstrate, strike, riot, obstruct.
    case protest = "PROTEST"
    /// Reduce relations, withdraw, expel, stop aid.
    case sanction = "SANCTION"
    /// Mobilise troops, weapons, police or militias.
    case mobilize = "MOBILIZE"
    /// Seize, restrict, arrest, deport, censor.
    case coerce = "COERCE"
    /// Use force: attacks, killings, bombings, fighting.
    case assault = "ASSAULT"

    /// Reads a PLOVER 2.0 type, or translates a label of an older PLOVER draft the way the 2.0 manual does.
    ///
    /// The 2.0 manual's table "PLOVER equivalents to CAMEO cue categories" gives DEMAND → REQUEST,
    /// DISAPPROVE → ACCUSE, INVESTIGATE → ACCUSE and FIGHT → ASSAULT. Older labels without an equivalent
    /// (CRIME, DOCUMENT) give `nil`, as do unknown labels. Case is ignored.
    public init?(label: some StringProtocol) {
        let upper = label.uppercased()
        switch upper {
        case "DEMAND": self = .request
        case "DISAPPROVE", "INVESTIGATE": self = .accuse
        case "FIGHT": self = .assault
        default:
            guard let type = PLOVEREventType(rawValue: upper) else { return nil }
            self = type
        }
    }

    /// The label as PLOVER writes it, e.g. "ASSAULT".
    public var description: String { rawValue }
}

/// What a CAMEO event code becomes in PLOVER 2.0: an event type, perhaps a mode (how) and contexts (about what).
public struct PLOVERMapping: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The PLOVER event type.
    public let eventType: PLOVEREventType
    /// The PLOVER mode, e.g. "visit" or "heavy-weapons"; `nil` when the mapping gives none.
    public let mode: String?
    /// PLOVER contexts as the 2021 conversion table writes them, e.g. ["legal", "military"].
    public let contexts: [String]
    /// True when Dyad derived the mapping: the 2021 CAMEO→PLOVER table has no (single) row for the code, or the 2.0
    /// manual maps it otherwise (0831: resignations are RETREAT).
    public let isInferred: Bool

    /// Creates a mapping.
    public init(eventType: PLOVEREventType, mode: String? = nil, contexts: [String] = [], isInferred: Bool = false) {
        self.eventType = eventType
        self.mode = mode
        self.contexts = contexts
        self.isInferred = isInferred
    }

    /// `TYPE`, `TYPE:mode`, then contexts in brackets, e.g. "ASSAULT:firearms [military]".
    public var description: String {
        var text = eventType.rawValue
        if let mode { text += ":\(mode)" }
        if !contexts.isEmpty { text += " [\(contexts.joined(separator: ", "))]" }
        return text
    }
}

/// A CAMEO role code: what part an actor plays within its country or organisation (GOV, MIL, REB, …).
public enum ActorRole: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// GOV: the executive, governing parties, coalition partners.
    case government = "GOV"
    /// MIL: state military forces.
    case military = "MIL"
    /// COP: police and other law-enforcement forces.
    case police = "COP"
    /// JUD: judges and courts.
    case judiciary = "JUD"
    /// OPP: non-violent political opposition.
    case opposition = "OPP"
    /// REB: armed opposition whose aims are unclear.
    case rebels = "REB"
    /// INS: insurgents trying to overthrow their government.
    case insurgents = "INS"
    /// SEP: separatist rebels.
    case separatists = "SEP"
    /// SPY: state intelligence services.
    case intelligence = "SPY"
    /// UAF: armed forces aligned neither with nor against their government.
    case unalignedArmedForces = "UAF"
    /// PTY: political party (after GOV or OPP).
    case party = "PTY"
    /// AGR: agriculture.
    case agriculture = "AGR"
    /// BUS: business (not multinationals).
    case business = "BUS"
    /// CRM: criminals.
    case criminals = "CRM"
    /// CVL: civilians, the catch-all.
    case civilians = "CVL"
    /// DEV: development.
    case development = "DEV"
    /// EDU: education.
    case education = "EDU"
    /// ELI: elites: former officials, celebrities, spokespersons.
    case elites = "ELI"
    /// ENV: environment.
    case environment = "ENV"
    /// HLH: health.
    case health = "HLH"
    /// HRI: human rights.
    case humanRights = "HRI"
    /// LAB: labour.
    case labor = "LAB"
    /// LEG: legislature.
    case legislature = "LEG"
    /// MED: media (PLOVER reuses MED for medical; CAMEO means journalists).
    case media = "MED"
    /// REF: refugees.
    case refugees = "REF"
    /// MOD: moderates.
    case moderate = "MOD"
    /// RAD: radicals, extremists, fundamentalists.
    case radical = "RAD"
    /// SET: settlers (from GDELT's actor type list).
    case settlers = "SET"

    /// The CAMEO rank of a role code: primary codes come before secondary ones, tertiary ones last.
    public enum Tier: String, Sendable, Hashable, Codable, CaseIterable {
        /// GOV, MIL, COP, JUD, OPP, REB, INS, SEP, SPY, UAF.
        case primary
        /// PTY, the party modifier placed after GOV or OPP.
        case party
        /// AGR, BUS, CRM, CVL, DEV, EDU, ELI, ENV, HLH, HRI, LAB, LEG, MED, REF.
        case secondary
        /// MOD and RAD.
        case tertiary
        /// SET, which GDELT lists without a rank.
        case unranked
    }

    /// The role's rank in CAMEO (CAMEO 1.1b3 table 3.1).
    public var tier: Tier {
        switch self {
        case .government, .military, .police, .judiciary, .opposition, .rebels, .insurgents, .separatists,
             .intelligence, .unalignedArmedForces:
            .primary
        case .party: .party
        case .moderate, .radical: .tertiary
        case .settlers: .unranked
        default: .secondary
        }
    }

    /// The role in English, e.g. "government" or "unaligned armed forces".
    public var name: String {
        switch self {
        case .government: "government"
        case .military: "military"
        case .police: "police"
        case .judiciary: "judiciary"
        case .opposition: "opposition"
        case .rebels: "rebels"
        case .insurgents: "insurgents"
        case .separatists: "separatists"
        case .intelligence: "intelligence services"
        case .unalignedArmedForces: "unaligned armed forces"
        case .party: "political party"
        case .agriculture: "agriculture"
        case .business: "business"
        case .criminals: "criminals"
        case .civilians: "civilians"
        case .development: "development"
        case .education: "education"
        case .elites: "elites"
        case .environment: "environment"
        case .health: "health"
        case .humanRights: "human rights"
        case .labor: "labour"
        case .legislature: "legislature"
        case .media: "media"
        case .refugees: "refugees"
        case .moderate: "moderates"
        case .radical: "radicals"
        case .settlers: "settlers"
        }
    }

    /// The code as CAMEO writes it, e.g. "GOV".
    public var description: String { rawValue }
}

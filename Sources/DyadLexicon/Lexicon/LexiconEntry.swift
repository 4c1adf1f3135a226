import DyadCore

/// One entry of Dyad's lexicon: a country, organisation, group, agent (role noun) or person, with its phrases.
public struct LexiconEntry: Sendable, Hashable, Identifiable {
    /// What the entry describes; the word in its header (`[country PRK]`).
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A country, territory or former state.
        case country
        /// An international or regional organisation, NGO, news agency or company.
        case organisation
        /// An armed group, political party or movement.
        case group
        /// A role noun ("minister", "troops") whose code is appended to a country.
        case agent
        /// A person with dated roles.
        case person
    }

    /// What the entry describes.
    public let kind: Kind
    /// The stable id within its kind ("PRK", "vladimir-putin").
    public let key: String
    /// The canonical name.
    public let name: String
    /// The entry's code outside any dated role: for agents a role code to append ("GOV"); for people their country.
    public let code: ActorCode
    /// Every phrase the matcher looks for, the name first.
    public let phrases: [LexiconPhrase]
    /// Dated codes (people, groups that changed status), in file order.
    public let roles: [DatedRole]
    /// ISO codes of the home country or countries (organisations, groups, people).
    public let countries: [String]
    /// The `type` field (organisations: igo, ngo, media, ...; groups: armed-group, party, movement), if any.
    public let type: String?
    /// When the entity existed (`from`/`until`), open where not given.
    public let existence: LexiconPeriod
    /// ICEWS sector names (agents).
    public let icewsSectors: [String]
    /// The PLOVER sector code (agents).
    public let ploverSector: PloverSector?
    /// Date of birth (people), when given.
    public let born: LexiconDate?
    /// The file and line of the entry's header.
    public let location: SourceLocation

    /// The full stable id, `kind/key` ("person/vladimir-putin"), which events cite.
    public var id: String { "\(kind.rawValue)/\(key)" }

    /// Creates an entry; files are read by ``LexiconParser``, which checks what this initialiser does not.
    public init(
        kind: Kind, key: String, name: String, code: ActorCode, phrases: [LexiconPhrase], roles: [DatedRole] = [],
        countries: [String] = [], type: String? = nil, existence: LexiconPeriod = LexiconPeriod(start: nil, end: nil),
        icewsSectors: [String] = [], ploverSector: PloverSector? = nil, born: LexiconDate? = nil,
        location: SourceLocation
    ) {
        self.kind = kind
        self.key = key
        self.name = name
        self.code = code
        self.phrases = phrases
        self.roles = roles
        self.countries = countries
        self.type = type
        self.existence = existence
        self.icewsSectors = icewsSectors
        self.ploverSector = ploverSector
        self.born = born
        self.location = location
    }

    /// The roles covering `date`, in file order.
    public func roles(on date: CalendarDate) -> [DatedRole] {
        roles.filter { $0.period.covers(date) }
    }
}

/// A phrase of an entry, with the field it came from (which decides what code it stands for).
public struct LexiconPhrase: Sendable, Hashable {
    /// The field a phrase was written in.
    public enum Field: String, Sendable, Hashable, CaseIterable {
        /// The canonical name.
        case name
        /// Another name of the same thing.
        case alias
        /// A country adjective ("North Korean").
        case adjective
        /// A noun for a country's people ("North Koreans").
        case demonym
        /// A capital used for the state.
        case capital
        /// A seat of government used for the government (code + GOV).
        case seat
        /// A city or region that locates a story in the country; never an actor itself.
        case place
        /// A person's name used alone after a first mention.
        case short
        /// An agent's plural form.
        case plural
    }

    /// The phrase as written.
    public let text: String
    /// The field it was written in.
    public let field: Field
    /// The line it was written on.
    public let line: Int
    /// How the phrase is compared with text.
    public let matching: Matching

    /// How a phrase is compared with text.
    public enum Matching: Sendable, Hashable {
        /// Dyad's rules: an all-capital phrase of at most five letters is an acronym matched only in capitals.
        case standard
        /// A TABARI/PETRARCH phrase (written in capitals): never an acronym; `stem` lets the last word match any
        /// word beginning with it.
        case peer(stem: Bool)
    }

    /// Creates a phrase.
    public init(_ text: String, field: Field, line: Int, matching: Matching = .standard) {
        self.text = text
        self.field = field
        self.line = line
        self.matching = matching
    }
}

/// A period in which an entry has a code: a person's office, a group's time in government.
public struct DatedRole: Sendable, Hashable {
    /// When the role applied.
    public let period: LexiconPeriod
    /// The code in that period.
    public let code: ActorCode
    /// The title, in English ("President of Russia").
    public let title: String
    /// The kinds of office (head of state, foreign minister, ...).
    public let offices: Set<Office>
    /// The line the role was written on.
    public let line: Int

    /// Creates a role.
    public init(period: LexiconPeriod, code: ActorCode, title: String, offices: Set<Office>, line: Int) {
        self.period = period
        self.code = code
        self.title = title
        self.offices = offices
        self.line = line
    }
}

/// The kinds of office a role line may name (its fourth column).
public enum Office: String, Sendable, Hashable, CaseIterable {
    case headOfState = "head-of-state"
    case headOfGovernment = "head-of-government"
    case deputyHeadOfGovernment = "deputy-head-of-government"
    case foreignMinister = "foreign-minister"
    case defenceMinister = "defence-minister"
    case interiorMinister = "interior-minister"
    case financeMinister = "finance-minister"
    case minister
    case ambassador
    case envoy
    case militaryChief = "military-chief"
    case intelligenceChief = "intelligence-chief"
    case legislatureSpeaker = "legislature-speaker"
    case legislator
    case partyLeader = "party-leader"
    case oppositionLeader = "opposition-leader"
    case judge
    case internationalOfficial = "international-official"
    case royal
    case religiousLeader = "religious-leader"
    case rebelLeader = "rebel-leader"
    case other
}

/// PLOVER's sector codes (PLOVER manual, "Sector Codes"); note JRN for journalists and MED for medical.
public enum PloverSector: String, Sendable, Hashable, CaseIterable {
    case COP, GOV, JUD, LEG, MIL, PRM, PTY, REB, SPY, UAF, UNK
    case AGR, BUS, CRM, CVL, EDU, ELI, JRN, LAB, MED, REF, OPP, PRE, REL, SOC
}

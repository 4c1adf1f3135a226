/// The four-way grouping of CAMEO events: verbal or material, cooperation or conflict.
public enum QuadClass: Int, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Statements, appeals, intents, consultations and diplomatic cooperation (roots 01–05).
    case verbalCooperation = 1
    /// Material cooperation, aid and yielding (roots 06–08).
    case materialCooperation = 2
    /// Investigations, demands, disapproval, rejection and threats (roots 09–13).
    case verbalConflict = 3
    /// Protest, force posture, reduced relations, coercion, assault, fighting and mass violence (roots 14–20).
    case materialConflict = 4

    /// The quad class of a CAMEO root (1...20) as Dyad assigns it: 01–05, 06–08, 09–13, 14–20.
    ///
    /// GDELT's event files group the roots differently (see ``gdelt(root:)``).
    static func dyad(root: Int) -> QuadClass {
        switch root {
        case ...5: .verbalCooperation
        case 6...8: .materialCooperation
        case 9...13: .verbalConflict
        default: .materialConflict
        }
    }

    /// The quad class GDELT's event files give a CAMEO root: 01–05, 06–09, 10–14, 15–20.
    ///
    /// This is the grouping of GDELT's lookup file `CAMEO.eventcodes.txt`, whose quad-class headings stand before
    /// roots 01, 06, 10 and 15; it differs from Dyad's for INVESTIGATE (09) and PROTEST (14).
    static func gdelt(root: Int) -> QuadClass {
        switch root {
        case ...5: .verbalCooperation
        case 6...9: .materialCooperation
        case 10...14: .verbalConflict
        default: .materialConflict
        }
    }

    /// The class in words, e.g. "verbal cooperation".
    public var description: String {
        switch self {
        case .verbalCooperation: "verbal cooperation"
        case .materialCooperation: "material cooperation"
        case .verbalConflict: "verbal conflict"
        case .materialConflict: "material conflict"
        }
    }
}

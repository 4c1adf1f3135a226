import DyadCore

/// How the codebook pairs the code of an act with the code of a verbal act about it (an intent, a refusal, a threat,
/// a demand): some codes have their own counterpart, the others that of their root, or a general one.
struct CodeCounterparts: Sendable {
    /// Codes with a counterpart of their own.
    let exact: [String: String]
    /// The counterpart of the other codes of a root.
    let byRoot: [Int: String]
    /// The counterpart of every other code (and of no code at all); `nil` when there is none.
    let otherwise: String?

    /// The counterpart of `code`, or `nil` when it has none.
    func callAsFunction(_ code: EventCode?) -> EventCode? {
        let mapped = code.flatMap { exact[$0.code] ?? byRoot[$0.rootNumber] } ?? otherwise
        return mapped.flatMap { CAMEOOntology.code($0) }
    }

    /// A table whose keys may list several codes ("084 0841 0842": "0353"), each mapped to the value.
    static func expanded(_ table: [String: String]) -> [String: String] {
        var result: [String: String] = [:]
        for (codes, counterpart) in table {
            for code in codes.split(separator: " ") { result[String(code)] = counterpart }
        }
        return result
    }
}

/// The CAMEO 03x code for an act of cooperation that is only intended ("will send aid" is 0332 Express intent to
/// provide military aid, not 072 Provide military aid), as the codebook's root 03 pairs them.
enum IntentCodes {
    static let table = CodeCounterparts(
        exact: CodeCounterparts.expanded([
            "061": "0311", "062": "0312", "063": "0313", "064": "0314", "071": "0331", "072": "0332", "073": "0333",
            "074": "0334", "082": "0352", "083": "034", "0831": "0341", "0832": "0342", "0833": "0343",
            "0834": "0344", "085": "0354", "057": "037", "045": "039", "081 0811 0812 0813 0814": "0351",
            "084 0841 0842": "0353", "086 0861 0862 0863": "0355", "087 0871 0872 0873 0874": "0356"]),
        byRoot: [4: "036", 5: "032", 6: "031", 7: "033", 8: "035"], otherwise: nil)

    /// The intent code for `code`, or `nil` when the act has none (conflict codes stay as they are).
    static func intent(for code: EventCode) -> EventCode? { table(code) }
}

/// The CAMEO 12x code for refusing an act ("refused to release the hostages" is 1243 Refuse to release persons or
/// property), as the codebook's root 12 pairs them with the acts of roots 04–08.
enum RefusalCodes {
    static let table = CodeCounterparts(
        exact: CodeCounterparts.expanded([
            "045": "126", "046": "126", "057": "127", "061": "1211", "062": "1212", "071": "1221", "072": "1222",
            "073": "1223", "074": "1224", "0831": "1231", "0832": "1232", "0833": "1233", "0834": "1234",
            "082": "1242", "085": "1244", "081 0811 0812 0813 0814": "1241", "084 0841 0842": "1243",
            "086 0861 0862 0863": "1245", "087 0871 0872 0873 0874": "1246"]),
        byRoot: [4: "125", 6: "121", 7: "122", 8: "124"], otherwise: "120")

    /// The refusal code for an act whose code is `code`; 120 when the act's code has no refusal of its own.
    static func refusal(for code: EventCode?) -> EventCode? { table(code) }
}

/// The CAMEO 13x code for a conflictual act that is only announced ("will impose sanctions" is 1312 Threaten to
/// boycott, embargo, or sanction; "vowed to retaliate" 138), as the codebook's root 13 pairs them with roots 14–20.
enum ThreatCodes {
    static let table = CodeCounterparts(
        exact: CodeCounterparts.expanded([
            "160": "1313", "161": "1313", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
            "164": "134", "165": "135", "175": "137", "191": "1381", "192": "1382", "162 1621 1622 1623": "1311",
            "163 143 1431 1432 1433 1434": "1312", "166 1661 1662 1663": "136", "204 2041 2042": "1385"]),
        byRoot: [14: "133", 16: "131", 17: "131", 18: "1383", 19: "1384", 20: "138"], otherwise: nil)

    /// The threat code for an announced act whose code is `code`, or `nil` when the act has none (investigations,
    /// demands, rejections, force postures stay as they are).
    static func threat(for code: EventCode) -> EventCode? { table(code) }
}

/// The CAMEO 10x code for demanding an act ("Sudan must return the helicopter", said by Russia, is 1053 Demand release
/// of persons or property), as the codebook's root 10 pairs its demands with the acts of roots 04–09.
enum DemandCodes {
    static let table = CodeCounterparts(
        exact: CodeCounterparts.expanded([
            "045": "105", "046": "105", "057": "108", "061": "1011", "062": "1012", "063": "1013", "064": "1014",
            "071": "1031", "072": "1032", "073": "1033", "074": "1034", "082": "1052", "0831": "1041", "0832": "1042",
            "0833": "1043", "0834": "1044", "085": "1054", "0871": "107", "081 0811 0812 0813 0814": "1051",
            "084 0841 0842": "1053", "086 0861 0862 0863": "1055", "087 0872 0873 0874": "1056"]),
        byRoot: [4: "108", 5: "102", 7: "103", 8: "104", 9: "101"], otherwise: "100")

    /// The demand code for an act whose code is `code`; 100 when the act has none of its own or is unknown.
    static func demand(for code: EventCode?) -> EventCode? { table(code) }
}

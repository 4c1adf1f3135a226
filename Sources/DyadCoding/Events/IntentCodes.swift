import DyadCore

/// The CAMEO 03x code for an act of cooperation that is only intended ("will send aid" is 0332 Express intent to
/// provide military aid, not 072 Provide military aid), as the codebook's root 03 pairs them.
enum IntentCodes {
    /// The intent code for `code`, or `nil` when the act has none (conflict codes stay as they are).
    static func intent(for code: EventCode) -> EventCode? {
        let text = code.code
        let mapped: String? = switch text {
        case "061": "0311"
        case "062": "0312"
        case "063": "0313"
        case "064": "0314"
        case "071": "0331"
        case "072": "0332"
        case "073": "0333"
        case "074": "0334"
        case "081", "0811", "0812", "0813", "0814": "0351"
        case "082": "0352"
        case "083": "034"
        case "0831": "0341"
        case "0832": "0342"
        case "0833": "0343"
        case "0834": "0344"
        case "084", "0841", "0842": "0353"
        case "085": "0354"
        case "086", "0861", "0862", "0863": "0355"
        case "087", "0871", "0872", "0873", "0874": "0356"
        case "057": "037"
        case "045": "039"
        default:
            switch code.rootNumber {
            case 4: "036"
            case 5: "032"
            case 6: "031"
            case 7: "033"
            case 8: "035"
            default: nil
            }
        }
        return mapped.flatMap { CAMEOOntology.code($0) }
    }
}

/// The CAMEO 12x code for refusing an act ("refused to release the hostages" is 1243 Refuse to release persons or
/// property), as the codebook's root 12 pairs them with the acts of roots 04–08.
enum RefusalCodes {
    /// The refusal code for an act whose code is `code`; 120 when the act's code has no refusal of its own.
    static func refusal(for code: EventCode?) -> EventCode? {
        let text = code?.code ?? ""
        let mapped: String = switch text {
        case "045", "046": "126"
        case "057": "127"
        case "061": "1211"
        case "062": "1212"
        case "071": "1221"
        case "072": "1222"
        case "073": "1223"
        case "074": "1224"
        case "0831": "1231"
        case "0832": "1232"
        case "0833": "1233"
        case "0834": "1234"
        case "081", "0811", "0812", "0813", "0814": "1241"
        case "082": "1242"
        case "084", "0841", "0842": "1243"
        case "085": "1244"
        case "086", "0861", "0862", "0863": "1245"
        case "087", "0871", "0872", "0873", "0874": "1246"
        default:
            switch code?.rootNumber {
            case 4: "125"
            case 6: "121"
            case 7: "122"
            case 8: "124"
            default: "120"
            }
        }
        return CAMEOOntology.code(mapped)
    }
}

/// The CAMEO 13x code for a conflictual act that is only announced ("will impose sanctions" is 1312 Threaten to
/// boycott, embargo, or sanction; "vowed to retaliate" 138), as the codebook's root 13 pairs them with roots 14–20.
enum ThreatCodes {
    /// The threat code for an announced act whose code is `code`, or `nil` when the act has none (investigations,
    /// demands, rejections, force postures stay as they are).
    static func threat(for code: EventCode) -> EventCode? {
        let text = code.code
        let mapped: String? = switch text {
        case "162", "1621", "1622", "1623": "1311"
        case "163", "1431", "1432", "1433", "1434", "143": "1312"
        case "160", "161": "1313"
        case "1721": "1321"
        case "1722": "1322"
        case "1723": "1323"
        case "1724": "1324"
        case "164": "134"
        case "165": "135"
        case "166", "1661", "1662", "1663": "136"
        case "175": "137"
        case "191": "1381"
        case "192": "1382"
        case "204", "2041", "2042": "1385"
        default:
            switch code.rootNumber {
            case 14: "133"
            case 16, 17: "131"
            case 18: "1383"
            case 19: "1384"
            case 20: "138"
            default: nil
            }
        }
        return mapped.flatMap { CAMEOOntology.code($0) }
    }
}

/// The CAMEO 10x code for demanding an act ("Sudan must return the helicopter", said by Russia, is 1053 Demand release
/// of persons or property), as the codebook's root 10 pairs its demands with the acts of roots 04–09.
enum DemandCodes {
    /// The demand code for an act whose code is `code`; 100 when the act has none of its own or is unknown.
    static func demand(for code: EventCode?) -> EventCode? {
        let text = code?.code ?? ""
        let mapped: String = switch text {
        case "045", "046": "105"
        case "057": "108"
        case "061": "1011"
        case "062": "1012"
        case "063": "1013"
        case "064": "1014"
        case "071": "1031"
        case "072": "1032"
        case "073": "1033"
        case "074": "1034"
        case "081", "0811", "0812", "0813", "0814": "1051"
        case "082": "1052"
        case "0831": "1041"
        case "0832": "1042"
        case "0833": "1043"
        case "0834": "1044"
        case "084", "0841", "0842": "1053"
        case "085": "1054"
        case "086", "0861", "0862", "0863": "1055"
        case "0871": "107"
        case "087", "0872", "0873", "0874": "1056"
        default:
            switch code?.rootNumber {
            case 4: "108"
            case 5: "102"
            case 7: "103"
            case 8: "104"
            case 9: "101"
            default: "100"
            }
        }
        return CAMEOOntology.code(mapped)
    }
}

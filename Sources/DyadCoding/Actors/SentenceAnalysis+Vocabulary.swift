
/// The words by which a noun phrase stands for a country's force or a person of a title.
extension SentenceAnalysis {
    /// Weapons that stand for the force firing them, when the text says whose they are.
    static let weaponAgents: Set<String> = ["agent/missile", "agent/drone", "agent/rocket"]

    /// Titles held by one person at a time, whose bearer pronouns refer back to.
    static let personTitles: Set<String> = ["president", "king", "queen", "prince", "emir", "sultan", "sheikh", "minister",
                                            "premier", "chancellor", "leader", "spokesman", "spokeswoman", "spokesperson",
                                            "envoy", "ambassador", "general", "commander", "governor", "mayor", "pope",
                                            "ayatollah", "monarch", "dictator", "secretary-general", "chairman", "speaker"]

    /// Nouns for an armed attack or its weapons, which stand for their country as the subject of a verb.
    static let attackNouns: Set<String> = ["attack", "strike", "airstrike", "air-strike", "raid", "airraid", "shelling",
                                           "bombardment", "bombing", "offensive", "missile", "rocket", "drone", "shell",
                                           "barrage", "assault", "incursion", "fire", "gunfire", "artillery", "warplane",
                                           "jet", "bomber", "helicopter", "gunship", "tank"]

    /// Craft and vehicles that stand for their country as the subject of a verb when the text says whose they are:
    /// "A Chinese plane carrying medical experts landed in Rome", "a Turkish ship carrying aid docked".
    static let vehicleNouns: Set<String> = ["plane", "aircraft", "ship", "vessel", "boat", "convoy", "truck", "flight",
                                            "warship", "frigate", "destroyer", "submarine", "tanker", "airliner"]

    /// Nouns for an area that a place name before them names ("the Kharkiv region", "Kaduna state").
    static let areaNouns: Set<String> = ["region", "province", "state", "oblast", "district", "county", "city", "town",
                                         "area", "governorate", "prefecture", "municipality", "village", "territory"]

    /// Diplomatic missions, which belong to the state that sends them, not to the one they are in.
    static let missionAgents: Set<String> = ["agent/embassy", "agent/consulate"]
}

import DyadCoding
import DyadCore
import DyadLexicon
import Testing

@Suite("Actor resolution: the seed's actors with the shipped lexicon")
struct SeedActorTests {
    typealias S = ActorTestSupport

    @Test("each actor of the seed gets the code an analyst would give it", arguments: [
        ("North Korean leader Kim Jong Un received the delegation on Tuesday.", "North Korean leader Kim Jong Un", "PRKGOV"),
        ("Russian President Vladimir Putin arrived in the capital on Wednesday.", "Russian President Vladimir Putin", "RUSGOV"),
        ("The South Korean Unification Ministry said the talks had stalled.", "South Korean Unification Ministry", "KORGOV"),
        ("Russia's state news agency RIA reported the visit.", "RIA", "RUSMED"),
        ("Chinese tourists returned to the border city in April.", "Chinese tourists", "CHNCVL"),
        ("Pyongyang and Moscow signed a treaty.", "Pyongyang", "PRK"),
        ("Pyongyang and Moscow signed a treaty.", "Moscow", "RUS"),
    ])
    func seedActor(sentence: String, text: String, code: String) {
        let mentions = S.mentions(sentence, on: "2024-06-20")
        #expect(S.code(of: text, in: mentions) == code, "\(mentions.map { "\($0.text) \($0.code) \($0.rule)" })")
    }

    @Test("'the country' is the country of the previous sentence: Russia's ambassador Matsegora")
    func countryReference() {
        let text = """
            Russian President Vladimir Putin visited Pyongyang. \
            The country's Ambassador to North Korea Alexander Matsegora said ties were warmer than ever.
            """
        let mentions = S.mentions(text, on: "2024-06-20")
        #expect(S.code(of: "Alexander Matsegora", in: mentions) == "RUSGOV", "\(mentions.map { "\($0.text) \($0.code)" })")
        #expect(S.code(of: "North Korea", in: mentions.filter { $0.sentence == 1 }) == "PRK")
    }

    @Test("later surnames, 'the ministry' and 'the two countries' resolve against earlier sentences")
    func coreference() {
        let text = """
            Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang. \
            Putin praised the treaty. \
            The South Korean Unification Ministry criticised the deal. \
            The ministry said the two countries had broken sanctions.
            """
        let mentions = S.mentions(text, on: "2024-06-20")
        let described = mentions.map { "\($0.sentence) \($0.text) \($0.code) \($0.rule)" }
        #expect(mentions.contains { $0.sentence == 1 && $0.text == "Putin" && $0.code.code == "RUSGOV" }, "\(described)")
        #expect(mentions.contains { $0.sentence == 3 && $0.text == "ministry" && $0.code.code == "KORGOV" }, "\(described)")
        let pair = mentions.filter { $0.sentence == 3 && $0.rule.contains("two countries") }.map(\.code.code)
        #expect(pair.count == 2, "\(described)")
    }

    @Test("Kim Jong Un is not the UN")
    func noMatchInsideLongerName() {
        let mentions = S.mentions("Kim Jong Un inspected a missile launch.", on: "2024-06-20")
        #expect(!mentions.contains { $0.code.code.hasPrefix("IGO") }, "\(mentions.map(\.code.code))")
    }

    @Test("dated roles: Putin president, prime minister, president again")
    func putinOverTime() {
        for (date, code, title) in [("2004-03-01", "RUSGOV", "President"), ("2010-03-01", "RUSGOV", "Prime"),
                                    ("2024-03-01", "RUSGOV", "President")] {
            let mentions = S.mentions("Vladimir Putin spoke on Monday.", on: date)
            let putin = mentions.first { $0.text.contains("Putin") }
            #expect(putin?.code.code == code)
            #expect(putin?.rule.contains(title) == true, "\(date): \(putin?.rule ?? "none")")
        }
    }

    @Test("Yoon Suk Yeol governs before April 2025 and is a former official after it")
    func yoonRemoved() {
        let before = S.mentions("Yoon Suk Yeol spoke on Monday.", on: "2024-06-03")
        let after = S.mentions("Yoon Suk Yeol spoke on Monday.", on: "2025-06-30")
        #expect(before.first?.code.code == "KORGOV", "\(before.map(\.rule))")
        #expect(after.first?.code.code == "KORELI", "\(after.map(\.rule))")
    }

    @Test("an organisation the lexicon does not know takes its country from the text")
    func unknownOrganisation() {
        let mentions = S.mentions("Kenya's Tamarind Holdings signed a deal with the ministry.", on: "2024-06-20")
        #expect(S.code(of: "Tamarind Holdings", in: mentions) == "KENBUS", "\(mentions.map { "\($0.text) \($0.code) \($0.rule)" })")
    }
}

@Suite("Actor resolution: heads of state and government on 2026-01-01")
struct LeadersTests {
    static let members = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX",
                          "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"]

    @Test("every G20 and Security Council member has both, and their names resolve to a role of that country",
          arguments: members)
    func leaders(country: String) {
        let day = CalendarDate(year: 2026, month: 1, day: 1)!
        for office in [Office.headOfState, .headOfGovernment] {
            let holders = ActorTestSupport.lexicon.holders(of: office, country: country, on: day)
            #expect(!holders.isEmpty, "\(country) has no \(office.rawValue) on 2026-01-01")
            for (person, _) in holders {
                let mentions = ActorTestSupport.mentions("\(person.name) said on Thursday that talks would go on.",
                                                         on: "2026-01-01")
                let codes = Set(person.roles(on: day).map(\.code.code))
                #expect(mentions.contains { codes.contains($0.code.code) },
                        "\(person.name): \(mentions.map { "\($0.text) \($0.code) \($0.rule)" })")
            }
        }
    }
}

import DyadCoding
import DyadCore
import DyadLexicon
import Testing

/// Actor rules from the held-out event sets' misses (2026-11-30), on sentences of our own.
@Suite("Actor resolution: seas and straits, flags, coordinated countries in a phrase")
struct PlaceAndFlagActorTests {
    typealias S = ActorTestSupport

    @Test("a country's name or adjective inside the name of a sea, ocean, gulf or strait is no actor", arguments: [
        "Pirates attacked a tanker in the Indian Ocean.",
        "Chinese ships patrolled the South China Sea.",
        "The navy sailed into the Gulf of Mexico.",
        "Warships crossed the Taiwan Strait on Monday.",
        "The drills took place in the Sea of Japan.",
    ])
    func featureNames(sentence: String) {
        let mentions = S.mentions(sentence, on: "2024-06-20")
        let codes = mentions.map(\.code.principal.code)
        for wrong in ["IND", "MEX", "JPN", "TWN"] { #expect(!codes.contains(wrong), "\(mentions.map { "\($0.text) \($0.code)" })") }
        #expect(!mentions.contains { $0.text == "China" || $0.text.contains("Sea") }, "\(mentions.map { "\($0.text) \($0.code)" })")
    }

    @Test("a city or region in a river's name is still a place in its country")
    func riverOfAPlace() {
        // The place still tells where the document is: troops without a country of their own are Ukraine's here.
        let mentions = S.mentions("Troops crossed the Dnipro River on Friday.", on: "2024-06-20")
        #expect(S.code(of: "Troops", in: mentions) == "UKRMIL", "\(mentions.map { "\($0.text) \($0.code) \($0.rule)" })")
    }

    @Test("a name after 'the town of' is a place, not a person of that surname")
    func townOf() {
        let mentions = S.mentions("Militants attacked an army convoy near the town of Djibo.", on: "2024-06-20")
        #expect(!mentions.contains { $0.entry.hasPrefix("person/") }, "\(mentions.map { "\($0.text) \($0.code) \($0.rule)" })")
    }

    @Test("a ship or firm takes the country that flags, registers, owns or operates it")
    func flaggedThings() {
        let mentions = S.mentions("Somali pirates hijacked a Bangladesh-flagged bulk carrier.", on: "2024-06-20")
        #expect(S.code(of: "Somali pirates", in: mentions) == "SOMCRM")
        #expect(mentions.contains { $0.code.code == "BGD" && $0.text.hasSuffix("carrier") },
                "\(mentions.map { "\($0.text) \($0.code) \($0.rule)" })")
        let operated = S.mentions("Houthi fighters seized a Japanese-operated cargo ship.", on: "2024-06-20")
        #expect(operated.contains { $0.code.code == "JPN" && $0.text.hasSuffix("ship") })
    }

    @Test("agents 'of' two coordinated countries are one actor per country")
    func coordinatedCountries() {
        let mentions = S.mentions("The presidents of Kyrgyzstan and Tajikistan met in Bishkek.", on: "2024-06-20")
        let presidents = mentions.filter { $0.text == "presidents" }.map(\.code.code)
        #expect(presidents == ["KGZGOV", "TJKGOV"], "\(mentions.map { "\($0.text) \($0.code) \($0.rule)" })")
    }

    @Test("'the two sides' are the two countries coordinated earlier, not a mediator named after them")
    func pairReference() {
        let text = "Russian and Ukrainian forces swapped prisoners in a deal mediated by the United Arab Emirates, the two sides said."
        let mentions = S.mentions(text, on: "2024-06-20")
        let pair = mentions.filter { $0.rule == "coreference: the two countries" }.map(\.code.code).sorted()
        #expect(pair == ["RUS", "UKR"], "\(mentions.map { "\($0.text) \($0.code) \($0.rule)" })")
    }
}

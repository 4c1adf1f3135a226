# Dyad lexicon: armed forces, intelligence and security services of states, by their own names.
#
# Written for Dyad from general knowledge (facts only). A nationality adjective before a generic noun ("Israeli
# troops", "Russian intelligence") is composed from agents.lex; these are the bodies news names without one ("the IDF
# said", "the FSB detained", "Ukraine's SBU"). Codes: country + MIL for armed forces, SPY for intelligence services,
# COP for police and domestic security forces. Acronyms that name several bodies in news (NSA, NIS, RAW, the Secret
# Service) are left out; their full names are kept where they are unambiguous.

[organisation israel-defense-forces]
name: Israel Defense Forces
code: ISRMIL
alias: IDF | Israel Defence Forces | Israeli Defense Forces | Israeli Defence Forces | Tsahal
type: other
country: ISR

[organisation shin-bet]
name: Shin Bet
code: ISRSPY
alias: Shabak | Israel Security Agency | Shin Bet security agency | Shin Bet security service
type: other
country: ISR

[organisation mossad]
name: Mossad
code: ISRSPY
alias: Mossad spy agency | Mossad intelligence agency
type: other
country: ISR

[organisation peoples-liberation-army]
name: People's Liberation Army
code: CHNMIL
alias: PLA | PLA Navy | PLA Air Force | People's Liberation Army Navy | People's Liberation Army Air Force
alias: PLA Rocket Force | Eastern Theater Command | Eastern Theatre Command | Southern Theater Command
alias: Southern Theatre Command
type: other
country: CHN

[organisation china-coast-guard]
name: China Coast Guard
code: CHNMIL
alias: Chinese Coast Guard | CCG
type: other
country: CHN

[organisation ministry-of-state-security]
name: Ministry of State Security
code: CHNSPY
alias: China's Ministry of State Security
type: other
country: CHN

[organisation british-armed-forces]
name: Royal Navy
code: GBRMIL
alias: Royal Marines | Royal Air Force | RAF | British Army | Royal Navy's | Royal Marine commandos
type: other
country: GBR

[organisation bundeswehr]
name: Bundeswehr
code: DEUMIL
type: other
country: DEU

[organisation tatmadaw]
name: Tatmadaw
code: MMRMIL
alias: Myanmar Armed Forces
type: other
country: MMR

[organisation fsb]
name: Federal Security Service
code: RUSSPY
alias: FSB | Russia's Federal Security Service | FSB security service
type: other
country: RUS

[organisation gru]
name: GRU
code: RUSSPY
alias: GRU military intelligence | Main Intelligence Directorate
type: other
country: RUS

[organisation svr]
name: Foreign Intelligence Service of Russia
code: RUSSPY
alias: SVR | SVR foreign intelligence service
type: other
country: RUS

[organisation rosgvardia]
name: Rosgvardia
code: RUSCOP
alias: National Guard of Russia | Russian National Guard
type: other
country: RUS

[organisation sbu]
name: Security Service of Ukraine
code: UKRSPY
alias: SBU | SBU security service | Ukraine's Security Service
type: other
country: UKR

[organisation hur]
name: Main Directorate of Intelligence of Ukraine
code: UKRSPY
alias: HUR | GUR | Ukraine's military intelligence agency | Ukrainian military intelligence agency
type: other
country: UKR

[organisation mi6]
name: Secret Intelligence Service
code: GBRSPY
alias: MI6
type: other
country: GBR

[organisation mi5]
name: MI5
code: GBRSPY
alias: Security Service MI5 | British Security Service
type: other
country: GBR

[organisation cia]
name: Central Intelligence Agency
code: USASPY
alias: CIA
type: other
country: USA

[organisation fbi]
name: Federal Bureau of Investigation
code: USACOP
alias: FBI
type: other
country: USA

[organisation national-security-agency]
name: National Security Agency
code: USASPY
alias: U.S. National Security Agency | US National Security Agency
type: other
country: USA

[organisation dgse]
name: DGSE
code: FRASPY
alias: General Directorate for External Security | France's DGSE
type: other
country: FRA

[organisation isi]
name: Inter-Services Intelligence
code: PAKSPY
alias: ISI spy agency | Pakistan's ISI | Inter-Services Intelligence agency
type: other
country: PAK

[organisation research-and-analysis-wing]
name: Research and Analysis Wing
code: INDSPY
alias: India's Research and Analysis Wing | R&AW
type: other
country: IND

[organisation basij]
name: Basij
code: IRNUAF
alias: Basij militia | Basij paramilitary force
type: other
country: IRN

[organisation korean-peoples-army]
name: Korean People's Army
code: PRKMIL
alias: North Korean People's Army
type: other
country: PRK

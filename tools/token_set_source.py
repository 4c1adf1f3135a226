#!/usr/bin/env python3
"""Source of Dyad's committed tokenizer test set (development tooling).

Every sentence below was written for this project as test data: they are
fictional, news-style composites (2015-2026 settings) and are not copied from
any corpus, agency wire or website, and do not report real events. Real
public figures, places and organisations appear only so that the text has the
names, diacritics and scripts that real news has. The sentences are dense in
tokens that are hard for a tokenizer: possessives and contractions with ASCII
and curly apostrophes, hyphenated compounds, numbers, money, units, times,
dates, abbreviations, URLs, e-mail addresses, hashtags and @handles, quotes of
every shape, dashes, emoji, non-Latin script, line breaks and blank lines.

Running this file tokenizes each document with spaCy's English tokenizer
(tools/spacy_tokens.py; only ``nlp.tokenizer``) and writes the fixture

    Tests/DyadTextTests/Fixtures/tokens/news-tokens.jsonl

one record per document, ``{"id", "text", "tokens": [[start, end, is_punct],
...]}`` with code-point offsets and whitespace tokens dropped, then prints
summary counts. ``--check`` re-tokenizes and compares with the committed file
instead of writing it.

    python3 tools/token_set_source.py            # regenerate the fixture
    python3 tools/token_set_source.py --check    # verify it is up to date
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# Separators that may stand between the sentences of a document. A document's
# parts are joined with one space unless one of these markers stands between
# two sentences (a marker at the start or end of a document is kept as is).
BR = "\n"          # line break
PARA = "\n\n"      # blank line between paragraphs
CRLF = "\r\n"      # Windows line break
_MARKERS = {BR, PARA, CRLF, "\n\n\n", "\n \n", "\t\n"}

DOCS: list[tuple[str, list[str]]] = []


def doc(doc_id: str, *parts: str) -> None:
    DOCS.append((doc_id, list(parts)))


# ---------------------------------------------------------------------------
# Europe, Russia and Ukraine
# ---------------------------------------------------------------------------
doc("europe-001",
    "KYIV, Feb. 24 — Ukraine's President Volodymyr Zelenskyy marked the war's third anniversary with a 10-minute address to parliament.",
    "He thanked the U.S.-led coalition for long-range missiles and said Kyiv's forces \"won't give up a single village.\"",
    "The Kremlin's spokesman, Dmitry Peskov (Дмитрий Песков), dismissed the speech as theatre.")
doc("europe-002",
    "Russia-Ukraine talks in Istanbul broke up after 90 minutes on Friday, according to two officials who weren't authorised to speak publicly.",
    "Turkey's President Recep Tayyip Erdoğan had offered to host a second round \"as early as next week\".")
doc("europe-003",
    "A 24-year-old drone operator from Kharkiv told reporters he'd flown more than 1,200 missions since 2022.",
    "\"We don't sleep much; the Shaheds come at 2 a.m., 3 a.m., sometimes 4:30,\" he said.",
    "Ukraine's air force said it downed 48 of 62 drones overnight, i.e. roughly 77%.")
doc("europe-004",
    "The E.U.'s 16th sanctions package targets 74 vessels of Russia's so-called shadow fleet, as well as banks in Kyrgyzstan and the UAE.",
    "Officials in Brussels said the measures, worth an estimated €2.3bn a year, would take effect on 25/02/2025.",
    "Hungary's Prime Minister Viktor Orbán had threatened a veto but didn't use it.")
doc("europe-005",
    "Mr. Scholz's successor, Friedrich Merz, pledged to lift Germany's defence spending to 3.5% of GDP by 2029.",
    "\"We've wasted a decade,\" Merz told the Bundestag.",
    "The opposition AfD, which polled 20.8% in February's election, called the plan \"reckless\".")
doc("europe-006",
    "PARIS (Dyad) — Thousands marched against pension reform on Thursday, the 12th day of nationwide strikes since Jan. 19.",
    "Police fired tear gas near Place de la Concorde, and at least 457 people were detained, the interior ministry said.",
    "«Nous ne lâcherons rien», read one banner.")
doc("europe-007",
    "Poland's border guard said 1,457 people tried to cross from Belarus in the first week of June — a 35% jump on May.",
    "Warsaw accuses Minsk of \"weaponising\" migration, a charge Alexander Lukashenko's government denies.")
doc("europe-008",
    "Moldova's pro-EU President Maia Sandu won a second term with 55.4% of the vote, beating ex-prosecutor Alexandr Stoianoglo.",
    "Observers from the OSCE said vote-buying schemes worth up to $15m had been uncovered.",
    "Moscow called the result \"neither free nor fair\"; Brussels welcomed it.")
doc("europe-009",
    "Serbia's students blocked a Belgrade motorway for 24 hours after a canopy collapse at Novi Sad station killed 15 people.",
    "Protesters chanted \"Ruke su vam krvave\" (\"Your hands are bloody\") and held up phone torches.",
    "Prime Minister Miloš Vučević resigned on Jan. 28; President Aleksandar Vučić said new elections \"aren't excluded\".")
doc("europe-010",
    "Georgia's ruling party, Georgian Dream, claimed 53.9% in October's parliamentary election.",
    "Opposition leaders refused to take up their seats, and crowds gathered nightly outside parliament on Rustaveli Avenue.",
    "The EU froze Tbilisi's accession process; Washington suspended a $95m aid programme.")
doc("europe-011",
    "UK Prime Minister Keir Starmer's Labour won a 174-seat majority on July 4, 2024, ending 14 years of Conservative rule.",
    "Reform UK's Nigel Farage entered parliament at his eighth attempt.",
    "\"It's a new dawn... or at least a new morning,\" one Labour MP joked.")
doc("europe-012",
    "Italy's Giorgia Meloni and Albania's Edi Rama opened two migrant centres under a €650m, five-year deal.",
    "A Rome court ordered the first 12 men transferred back within 48 hours, citing an EU court ruling.",
    "Meloni's office said it'd appeal.")
doc("europe-013",
    "Spain's Pedro Sánchez said his government would recognise a Palestinian state \"in the coming days\", alongside Ireland and Norway.",
    "Israel's foreign ministry recalled its ambassadors from Madrid, Dublin and Oslo for \"urgent consultations\".")
doc("europe-014",
    "NATO's Secretary-General Mark Rutte urged allies to buy more air defence, saying Russia produces in three months what the alliance makes in a year.",
    "He spoke at a press conference in The Hague, where leaders agreed on a 5% spending target — 3.5% core defence plus 1.5% for infrastructure.",
    "Spain's delegation said it wouldn't meet it.")
doc("europe-015",
    "Finland closed its eastern border crossings in Nov. 2023 after asylum seekers arrived via Russia on bicycles.",
    "Helsinki's interior minister said the closure would stay \"until further notice\".")
doc("europe-016",
    "RUSSIA STRIKES KYIV ENERGY GRID; 1.2 MILLION WITHOUT POWER",
    BR,
    "Russian forces launched 127 missiles and 109 drones overnight, Ukraine's air force said.",
    "Ukrenergo, the state grid operator, introduced rolling blackouts of 4-6 hours in eight regions.")
doc("europe-017",
    "Sweden became NATO's 32nd member on March 7, 2024, after Hungary's parliament voted 188-6 to ratify.",
    "Ulf Kristersson called it \"a great day\" in Washington, where the accession papers were deposited.")
doc("europe-018",
    "The European Central Bank cut its deposit rate by 25 basis points to 3.25%, its third cut this year.",
    "ECB President Christine Lagarde said inflation, at 1.7% in September, \"isn't yet where we want it to be over the medium term\".",
    "The euro slipped 0.4% to $1.0865.")
doc("europe-019",
    "Romania's constitutional court annulled the first round of the presidential vote, citing an alleged TikTok campaign backed by a \"state actor\".",
    "Călin Georgescu, a far-right outsider who'd polled in single digits, had won 22.94%.",
    "A re-run was scheduled for May 2025.")
doc("europe-020",
    "Slovakia's Prime Minister Robert Fico was shot five times in Handlová on May 15, 2024.",
    "A 71-year-old suspect was detained at the scene.",
    "Doctors at F. D. Roosevelt University Hospital in Banská Bystrica said his condition was \"very serious\" but stable.")
doc("europe-021",
    "Ukraine's parliament, the Verkhovna Rada, extended martial law for another 90 days — the 14th such extension.",
    "The vote was 357-1, with no abstentions.")
doc("europe-022",
    "Norway's $1.7tn sovereign wealth fund posted a first-half return of 8.6%, driven by U.S. tech stocks.",
    "The fund's CEO Nicolai Tangen warned that \"we can't expect these returns forever\".")
doc("europe-023",
    "Greece's coast guard said 78 bodies were recovered after a fishing trawler sank 47 nautical miles off Pylos.",
    "Survivors told investigators the vessel, carrying an estimated 400-750 people, had left Tobruk, Libya, five days earlier.",
    "Athens declared three days of national mourning.")
doc("europe-024",
    "In Belarus, the human rights group Viasna counts 1,265 political prisoners, including its founder Ales Bialiatski (Алесь Бяляцкі).",
    "Minsk's KGB lists Viasna as an \"extremist formation\".")
doc("europe-025",
    "Kosovo police seized four municipal buildings in the Serb-majority north, sparking clashes that injured 30 NATO peacekeepers.",
    "Belgrade put its army on \"the highest level of combat readiness\", while KFOR sent an extra 700 troops.")
doc("europe-026",
    "Turkish lira hit a record low of 34.2 per dollar after the central bank held rates at 50%.",
    "Finance Minister Mehmet Şimşek said disinflation was \"on track\" and the country's current-account gap had narrowed to $4.9bn.")
doc("europe-027",
    "The Netherlands' Geert Wilders' PVV won 37 of 150 seats — the biggest haul for the far right in Dutch post-war history.",
    "Coalition talks took 223 days before Dick Schoof, a former intelligence chief, was sworn in.")
doc("europe-028",
    "Polish farmers blocked 100+ roads and three border crossings with Ukraine over cheap grain imports.",
    "\"We're not against Ukraine; we're against ruin,\" a protest leader told TVN24.",
    "Brussels proposed tariffs on Russian and Belarusian grain starting July 1.")
doc("europe-029",
    "German police arrested 25 suspects in dawn raids across 11 states, accusing the so-called Reichsbürger group of plotting a coup.",
    "Prosecutors said the suspects had stockpiled 380 firearms, 148,000 rounds of ammunition and €420,000 in cash.")
doc("europe-030",
    "The Crimean Bridge was hit again at 3:05 a.m. local time, Russia's anti-terror committee said.",
    "Traffic was suspended for 6 hrs; Moscow blamed \"Ukrainian naval drones\" and vowed retaliation.")

# ---------------------------------------------------------------------------
# Middle East and North Africa
# ---------------------------------------------------------------------------
doc("mideast-001",
    "JERUSALEM — Israel's security cabinet approved a ceasefire-and-hostages deal with Hamas early Saturday after a six-hour meeting.",
    "The first phase, lasting 42 days, would see 33 hostages freed in exchange for hundreds of Palestinian prisoners.",
    "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani announced the deal in Doha.")
doc("mideast-002",
    "Gaza's health ministry said at least 45,000 people had been killed since Oct. 7, 2023; the figure doesn't distinguish civilians from fighters.",
    "Israel's military says it has killed about 17,000 militants, a number Hamas disputes.")
doc("mideast-003",
    "The U.N. Security Council passed Resolution 2728, demanding an immediate ceasefire during Ramadan, by 14 votes to 0 with the U.S. abstaining.",
    "U.S. Ambassador Linda Thomas-Greenfield said the text was \"non-binding\", which other members disputed.")
doc("mideast-004",
    "Iran launched more than 300 drones and missiles at Israel on April 13–14, 2024, its first direct attack on Israeli territory.",
    "Israel's army said 99% were intercepted with help from the U.S., U.K., France and Jordan.",
    "Tehran's mission to the U.N. said \"the matter can be deemed concluded.\"")
doc("mideast-005",
    "Syria's Bashar al-Assad fled to Moscow on Dec. 8, 2024, as rebels led by Hayat Tahrir al-Sham (HTS) entered Damascus.",
    "HTS leader Ahmed al-Sharaa (أحمد الشرع), better known by his nom de guerre Abu Mohammed al-Jolani, addressed crowds at the Umayyad Mosque.",
    "Celebrations broke out in Homs, Hama and Aleppo.")
doc("mideast-006",
    "Lebanon's parliament elected army chief Joseph Aoun president on its 13th attempt, ending a 26-month vacancy.",
    "Aoun won 99 of 128 votes in the second round.",
    "Hezbollah's MPs backed him after a two-hour recess.")
doc("mideast-007",
    "Houthi forces said they'd fired a ballistic missile at the MSC Orion in the Arabian Sea, 600km from Yemen's coast.",
    "Shipping through the Red Sea has fallen by ~66% since late 2023, forcing carriers around the Cape of Good Hope.",
    "Insurers quoted war-risk premiums of 0.7%-1% of a ship's value per voyage.")
doc("mideast-008",
    "Saudi Arabia's Crown Prince Mohammed bin Salman (MBS) hosted leaders of 57 Arab and Muslim states in Riyadh.",
    "The final communiqué called for Israel's suspension from the U.N. General Assembly.")
doc("mideast-009",
    "Iran's President Masoud Pezeshkian (مسعود پزشکیان), a 69-year-old heart surgeon, won a run-off with 53.7% of the vote.",
    "Turnout was 49.8%, up from a record-low 39.9% in the first round.",
    "He'd campaigned on reviving the 2015 nuclear deal, formally the JCPOA.")
doc("mideast-010",
    "Egypt devalued the pound by nearly 40% in March 2024, to about 49.5 per U.S. dollar, and hiked rates by 600bps.",
    "The IMF then expanded its loan programme to $8bn.",
    "A UAE sovereign fund's $35bn investment in Ras El-Hekma, on the Mediterranean coast, had eased the crunch.")
doc("mideast-011",
    "Iraqi Kurdistan's oil exports through Turkey's Ceyhan port have been halted since March 25, 2023, costing Erbil and Baghdad an estimated $20bn+.",
    "Talks between the KRG, the federal oil ministry and foreign producers resumed in Baghdad on Tuesday.")
doc("mideast-012",
    "\"We're not leaving,\" said Um Ahmad, 52, who's been displaced seven times since the war began.",
    "She now lives in a tent in al-Mawasi with 11 relatives.",
    "UNRWA says 1.9 million Gazans — about 90% of the population — have been forced from their homes.")
doc("mideast-013",
    "Israel's Supreme Court struck down the \"reasonableness\" law by 8-7, the first time it had voided a Basic Law amendment.",
    "Justice Minister Yariv Levin called the ruling \"an unprecedented step\" that wouldn't stop the government.")
doc("mideast-014",
    "Tens of thousands rallied in Tel Aviv's Hostages Square on Saturday night.",
    "Organisers put the crowd at 500,000; police didn't give an estimate.",
    "Families carried portraits and chanted \"Bring them home now!\"")
doc("mideast-015",
    "Jordan's King Abdullah II met U.S. President Donald Trump at the White House and rejected a plan to resettle Gazans in Jordan and Egypt.",
    "\"This is the united Arab position,\" the king said, adding that Amman would take in 2,000 sick children.")
doc("mideast-016",
    "Tunisia's President Kais Saied (قيس سعيد) won re-election with 90.7% of the vote on a 28.8% turnout.",
    "Two main challengers were jailed or barred; one, Ayachi Zammel, ran from prison and got 7.35%.")
doc("mideast-017",
    "Morocco's 6.8-magnitude earthquake killed 2,946 people in the High Atlas, the interior ministry said.",
    "The epicentre was 72km south-west of Marrakech, at a depth of 18.5km, according to the USGS.",
    "Rabat accepted aid from only four countries: Spain, the U.K., Qatar and the UAE.")
doc("mideast-018",
    "Libya's eastern-based parliament named a new central bank governor after a standoff that halted ~700,000 barrels per day (bpd) of oil output.",
    "Brent crude rose 1.4% to $79.38 a barrel on the news.")
doc("mideast-019",
    "Israeli strikes killed Hezbollah's Secretary-General Hassan Nasrallah (حسن نصر الله) in Beirut's southern suburbs on Sept. 27, 2024.",
    "The IDF said it used more than 80 bombs on the group's underground HQ.",
    "Iran's Supreme Leader Ayatollah Ali Khamenei declared five days of mourning.")
doc("mideast-020",
    "Kuwait's emir, Sheikh Mishal al-Ahmad al-Sabah, suspended parliament for up to 4 years and some constitutional articles.",
    "\"We won't allow democracy to be exploited to destroy the state,\" he said in a televised speech.")
doc("mideast-021",
    "Oman mediated indirect U.S.-Iran talks in Muscat, the first since 2022.",
    "Iran's FM Abbas Araghchi and U.S. envoy Steve Witkoff met \"briefly\" after 2½ hours of shuttle diplomacy, both sides said.")
doc("mideast-022",
    "Algeria's President Abdelmadjid Tebboune was re-elected with 84.3%, though rivals disputed the count.",
    "The electoral authority later revised turnout from 48% to 46.1%.")
doc("mideast-023",
    "A polio case was confirmed in Deir al-Balah, Gaza's first in 25 years.",
    "The WHO and UNICEF began vaccinating 640,000 children under 10 during \"humanitarian pauses\" from 6 a.m. to 3 p.m.")
doc("mideast-024",
    "Iraq's parliament passed the 2023-25 budget, worth 198.9trn dinars (about $152bn) a year — the largest in its history.",
    "It assumes an oil price of $70/barrel and exports of 3.5m bpd.")
doc("mideast-025",
    "BEIRUT, Lebanon (Dyad) -- Pagers used by Hezbollah members exploded across Lebanon on Tuesday afternoon, killing at least 12 and wounding ~2,800.",
    "Walkie-talkies detonated the next day.",
    "Israel didn't comment for months.")

# ---------------------------------------------------------------------------
# Asia and the Pacific
# ---------------------------------------------------------------------------
doc("asia-001",
    "SEOUL — South Korea's President Yoon Suk Yeol (윤석열) declared martial law at 10:27 p.m. on Dec. 3, 2024, citing \"anti-state forces\".",
    "Lawmakers climbed fences to reach the National Assembly, where 190 of 300 voted to lift it.",
    "Yoon rescinded the order about six hours later, at roughly 4:30am.")
doc("asia-002",
    "The Constitutional Court upheld Yoon's impeachment 8-0 on April 4, 2025.",
    "Lee Jae-myung (이재명) of the Democratic Party won the snap election on June 3 with 49.42%.",
    "The foreign ministry's website, www.mofa.go.kr, briefly crashed under heavy traffic.")
doc("asia-003",
    "North Korea fired what appeared to be a Hwasong-19 ICBM, which flew for 86 minutes — the longest flight yet — before landing off Hokkaido.",
    "Japan's Chief Cabinet Secretary said it had reached an altitude of 7,000km+.",
    "Pyongyang's KCNA called the launch a \"merciless response\" to U.S.-ROK drills.")
doc("asia-004",
    "China's President Xi Jinping (习近平) and U.S. President Joe Biden met for four hours at the Filoli estate near San Francisco.",
    "They agreed to resume military-to-military communications and curb fentanyl precursor exports.",
    "\"Planet Earth is big enough for the two countries to succeed,\" Xi said.")
doc("asia-005",
    "Taiwan's Lai Ching-te (賴清德) won the presidency with 40.05% of the vote, a third straight term for the DPP.",
    "Beijing's Taiwan Affairs Office said the result \"cannot change the basic pattern\" of cross-strait relations.",
    "Days after his May 20 inauguration, the PLA launched \"Joint Sword-2024A\" drills.")
doc("asia-006",
    "Japan's ruling LDP lost its lower-house majority in the Oct. 27 election, winning 191 seats vs. 247 before.",
    "Prime Minister Shigeru Ishiba (石破茂) said he'd stay on.",
    "The yen weakened 0.8% to ¥153.2 per dollar on Monday.")
doc("asia-007",
    "The Philippine coast guard said Chinese vessels fired water cannon at the BRP Datu Pagbuaya near Scarborough Shoal, 124 nautical miles off Luzon.",
    "Manila summoned China's deputy ambassador; Beijing said the Philippine boat had \"deliberately rammed\" a Chinese ship.")
doc("asia-008",
    "Vietnam's Communist Party General Secretary Nguyễn Phú Trọng died at 80 after a long illness, state media said.",
    "President Tô Lâm was named his successor within two weeks.",
    "Trọng's \"blazing furnace\" anti-graft drive had toppled two presidents since 2023.")
doc("asia-009",
    "India's Prime Minister Narendra Modi was sworn in for a 3rd term on June 9, 2024, after his BJP fell 32 seats short of a majority.",
    "The party's allies in the NDA, including the TDP and JD(U), gave him 293 of 543 seats.",
    "Rahul Gandhi's Congress nearly doubled its tally to 99.")
doc("asia-010",
    "Bangladesh's PM Sheikh Hasina fled to India by helicopter after weeks of student-led protests in which 300+ people died.",
    "Nobel laureate Muhammad Yunus, 84, returned from Paris to lead an interim government.",
    "\"It's our second Victory Day,\" he told reporters at Dhaka's airport.")
doc("asia-011",
    "Pakistan's former PM Imran Khan was sentenced to 14 years in the Al-Qadir Trust case; his wife Bushra Bibi got 7.",
    "PTI supporters, who say the cases are politically motivated, clashed with police in Islamabad's D-Chowk.",
    "Authorities suspended mobile internet for 48 hrs.")
doc("asia-012",
    "Sri Lanka's Anura Kumara Dissanayake, a Marxist-leaning outsider, won the presidency in the first election since the 2022 economic collapse.",
    "He promised to renegotiate the IMF's $2.9bn bailout terms.",
    "The rupee firmed 0.6% to 299.5 per dollar.")
doc("asia-013",
    "Indonesia's Prabowo Subianto took office on Oct. 20, pledging 8% growth and free school meals for 83 million kids.",
    "The programme's first-year budget is Rp71 trillion (about US$4.5 billion).",
    "Critics asked how Jakarta's 3%-of-GDP deficit cap would hold.")
doc("asia-014",
    "Myanmar's junta extended its state of emergency for another six months, the fifth extension since the Feb. 1, 2021 coup.",
    "Ethnic armed groups in the \"Three Brotherhood Alliance\" have seized 20+ towns near the Chinese border since Operation 1027 began.",
    "Aung San Suu Kyi, 79, remains in detention in Naypyitaw.")
doc("asia-015",
    "Thailand's Constitutional Court removed Prime Minister Srettha Thavisin by a 5-4 vote over an ethics breach.",
    "Paetongtarn Shinawatra, 37, Thaksin's daughter, became the country's youngest PM two days later.")
doc("asia-016",
    "Australia's parliament passed a world-first ban on social media for under-16s, with fines of up to A$49.5m for platforms that don't comply.",
    "Meta, TikTok and X said they'd respect the law but called it \"rushed\".",
    "The ban takes effect in Dec. 2025.")
doc("asia-017",
    "New Zealand's coalition government introduced a Treaty Principles Bill; 42,000 people marched on Wellington's parliament in protest.",
    "Te Pāti Māori MPs performed a haka in the chamber, suspending the sitting.")
doc("asia-018",
    "China's economy grew 5.2% in 2023, meeting Beijing's \"around 5%\" target, the National Bureau of Statistics said.",
    "Youth unemployment (ages 16-24) hit 21.3% in June before the NBS stopped publishing it.",
    "Property investment fell 9.6% y/y.")
doc("asia-019",
    "Hong Kong's legislature unanimously passed the Article 23 security law, 89-0, on March 19, 2024.",
    "It sets sentences of up to life imprisonment for treason and insurrection.",
    "Britain's Foreign Secretary David Cameron said it would \"further damage\" the city's freedoms.")
doc("asia-020",
    "Nepal's PM Pushpa Kamal Dahal, known as Prachanda, lost a confidence vote, 63-194, in the 275-seat House.",
    "K.P. Sharma Oli was sworn in on Monday for a fourth time.")
doc("asia-021",
    "Afghanistan's Taliban administration banned women from studying medicine, including nursing and midwifery courses.",
    "\"It's a death sentence for mothers,\" said a Kabul doctor who didn't want to be named.",
    "The U.N.'s mission, UNAMA, urged the authorities to reverse the order.")
doc("asia-022",
    "Cambodia's Hun Manet (ហ៊ុន ម៉ាណែត), 45, succeeded his father Hun Sen as prime minister after a July 2023 vote with no credible opposition.",
    "Hun Sen, who'd ruled since 1985, stayed on as Senate president.")
doc("asia-023",
    "Kazakhstan's President Kassym-Jomart Tokayev (Қасым-Жомарт Тоқаев) said 225 people died in the January 2022 unrest.",
    "Troops from the Russia-led CSTO withdrew by Jan. 19.")
doc("asia-024",
    "The Solomon Islands' new PM Jeremiah Manele said his government would keep the 2022 security pact with China.",
    "Canberra's foreign minister Penny Wong flew to Honiara the following week.")
doc("asia-025",
    "India and China agreed on patrolling arrangements along the LAC in eastern Ladakh, easing a standoff that began with the 2020 Galwan clash.",
    "External Affairs Minister S. Jaishankar called it \"a positive development\".",
    "Modi and Xi then met in Kazan on the sidelines of the BRICS summit.")
doc("asia-026",
    "TOKYO, Aug. 8 — Japan's meteorological agency issued its first-ever \"megaquake advisory\" after a M7.1 tremor off Kyushu.",
    "Bullet trains ran at reduced speeds; some beaches in Kanagawa closed for the week.")
doc("asia-027",
    "Mongolia's ruling Mongolian People's Party narrowly kept its majority, winning 68 of 126 seats in the enlarged parliament.",
    "Turnout was 69.3%.")
doc("asia-028",
    "Pakistani and Indian forces exchanged fire across the Line of Control for four days in May 2025 before a U.S.-brokered ceasefire.",
    "India said its \"Operation Sindoor\" hit 9 sites; Islamabad said it shot down five Indian jets, which New Delhi didn't confirm.")
doc("asia-029",
    "Malaysia's PM Anwar Ibrahim said Kuala Lumpur would apply to join BRICS, calling the group \"a reflection of a multipolar world\".",
    "The ringgit, up 4.1% YTD, was Asia's best-performing currency in Q3.")
doc("asia-030",
    "China imposed export controls on gallium and germanium — both used in chips — effective Aug. 1, 2023.",
    "Prices of gallium in Rotterdam rose ~50% within weeks, to $570/kg.")

# ---------------------------------------------------------------------------
# Sub-Saharan Africa
# ---------------------------------------------------------------------------
doc("africa-001",
    "NAIROBI — Kenyan police fired live rounds at protesters who stormed parliament on June 25, 2024, over a finance bill that'd raise $2.7bn in new taxes.",
    "Amnesty Kenya said at least 39 people were killed nationwide.",
    "President William Ruto withdrew the bill the next day, saying \"the people have spoken.\"")
doc("africa-002",
    "Sudan's war between the army (SAF) and the paramilitary Rapid Support Forces (RSF) entered its 3rd year, with 12m+ people displaced.",
    "Famine was confirmed in the Zamzam camp near El Fasher, North Darfur, in Aug. 2024.",
    "Gen. Abdel Fattah al-Burhan and Mohamed Hamdan Dagalo, known as \"Hemedti\", haven't met since the fighting began.")
doc("africa-003",
    "Niger's junta revoked a military accord with the U.S., ordering ~1,000 American troops to leave Air Base 201 in Agadez.",
    "The last U.S. soldiers left on Aug. 5, 2024, the Pentagon said.",
    "Niamey's leaders have grown closer to Moscow since the July 2023 coup.")
doc("africa-004",
    "Mali, Burkina Faso and Niger said they'd quit ECOWAS \"without delay\", forming the Alliance of Sahel States (AES).",
    "The bloc's commission in Abuja said it hadn't received formal notification.",
    "Their exit took effect on Jan. 29, 2025.")
doc("africa-005",
    "South Africa's ANC lost its majority for the first time since 1994, winning 40.18% of the vote.",
    "Jacob Zuma's new uMkhonto weSizwe (MK) party took 14.58%, while the Democratic Alliance got 21.81%.",
    "President Cyril Ramaphosa formed a 10-party \"Government of National Unity\".")
doc("africa-006",
    "Ethiopia's government and Tigrayan forces signed a truce in Pretoria on Nov. 2, 2022, after two years of fighting.",
    "A researcher at Ghent University estimated the death toll at 162,000-378,000.",
    "Both sides've since accused each other of violations.")
doc("africa-007",
    "Nigeria's naira weakened to ₦1,600 per dollar on the parallel market after the central bank unified exchange windows.",
    "President Bola Tinubu also scrapped a fuel subsidy that cost about N4.4 trillion ($10bn) in 2022.",
    "Petrol prices in Lagos tripled overnight, to ₦617/litre.")
doc("africa-008",
    "Senegal's Bassirou Diomaye Faye, 44, won the presidency with 54.28% just 10 days after leaving prison.",
    "He'd been jailed in April 2023 alongside opposition leader Ousmane Sonko, whom he later named PM.",
    "\"The Senegalese people have chosen a rupture,\" Faye said.")
doc("africa-009",
    "The DRC's M23 rebels, backed by Rwanda according to U.N. experts, took Goma on Jan. 27, 2025.",
    "Kinshasa cut diplomatic ties with Kigali; Rwanda's President Paul Kagame denied supporting the group.",
    "Fighting displaced ~700,000 people in North Kivu in a month.")
doc("africa-010",
    "Mozambique's Constitutional Council confirmed Daniel Chapo (Frelimo) as president with 65.17%, down from the initially announced 70.67%.",
    "Opposition figure Venâncio Mondlane, who says he won, called for \"total shutdown\" protests from Maputo.",
    "Human rights groups said 277 people died in post-election violence.")
doc("africa-011",
    "Ghana's John Dramani Mahama won back the presidency with 56.55% in December's election.",
    "The ruling NPP's candidate, Vice-President Mahamudu Bawumia, conceded before official results were in.",
    "Ghana's cedi fell 19% in 2024 vs. the U.S. dollar.")
doc("africa-012",
    "Gabon's Gen. Brice Clotaire Oligui Nguema, who led the Aug. 2023 coup, won the presidential vote with 90.35%.",
    "He'd promised a \"return to civilian rule\" and a referendum on a new constitution.")
doc("africa-013",
    "Somalia joined the East African Community as its 8th member, expanding the bloc's market to ~300m people.",
    "Mogadishu also signed a 10-year defence deal with Turkey.")
doc("africa-014",
    "Zimbabwe launched a gold-backed currency, the ZiG (Zimbabwe Gold), at 13.56 per US$, replacing the battered RTGS dollar.",
    "By Sept. 2024 it had lost 43% of its value in a single day's devaluation.")
doc("africa-015",
    "Uganda's President Yoweri Museveni signed the Anti-Homosexuality Act 2023, which carries the death penalty for \"aggravated homosexuality\".",
    "The World Bank suspended new lending to Kampala.",
    "U.S. Secretary of State Antony Blinken said Washington would consider visa restrictions.")
doc("africa-016",
    "Chad's Mahamat Idriss Déby Itno was declared president with 61.3% in the May 6 vote; his PM, Succès Masra, got 18.54%.",
    "Masra said he'd won in the first round and urged supporters to \"mobilise peacefully\".")
doc("africa-017",
    "Tanzania's opposition leader Tundu Lissu was charged with treason after calling for electoral reforms under the slogan \"No reforms, no election\".",
    "His Chadema party's 2025 campaign was barred by the electoral commission.")
doc("africa-018",
    "Cameroon's President Paul Biya, 92, was declared the winner of an 8th term; the Constitutional Council put his share at 53.66%.",
    "Issa Tchiroma Bakary, a former ally, said his camp's tally showed he'd won 54.8%.")
doc("africa-019",
    "Kenyan police officers began deploying to Haiti under a U.N.-backed mission; the first 400 arrived in Port-au-Prince on June 25.",
    "Nairobi had pledged 1,000 of an expected 2,500 personnel.")
doc("africa-020",
    "Burkina Faso's Capt. Ibrahim Traoré extended his transition by 5 years, to July 2029, after a \"national dialogue\" boycotted by most parties.",
    "Ouagadougou said jihadist attacks had killed 30+ soldiers in the Djibo area that week.")
doc("africa-021",
    "The African Union was admitted to the G20 as a permanent member at New Delhi's summit, on an equal footing with the E.U.",
    "\"This is Africa's moment,\" said AU Commission chair Moussa Faki Mahamat.")
doc("africa-022",
    "Eritrea's Isaias Afwerki, in power since 1993, has never held a national election.",
    "Asmara didn't respond to a request for comment sent to info@shabait.com.")
doc("africa-023",
    "Angola's kwanza fell ~40% against the U.S. dollar in 2023 after Luanda ended its currency peg.",
    "Oil accounts for about 95% of the country's exports, according to the central bank (BNA).")
doc("africa-024",
    "Rwanda's Paul Kagame was re-elected with 99.18% of the vote; opposition candidate Frank Habineza got 0.5%.",
    "Kigali's electoral commission said turnout was 98%.")

# ---------------------------------------------------------------------------
# The Americas
# ---------------------------------------------------------------------------
doc("americas-001",
    "WASHINGTON — Donald Trump was sworn in as the 47th U.S. president on Jan. 20, 2025, inside the Capitol Rotunda because of the cold.",
    "Within hours he signed 26 executive orders, including one declaring a \"national emergency\" at the U.S.-Mexico border.",
    "He also pardoned ~1,500 people charged over the Jan. 6, 2021, riot.")
doc("americas-002",
    "Mexico's Claudia Sheinbaum won the presidency in a landslide, with 59.76% of the vote, becoming the country's first female president.",
    "Her Morena party and allies also won a two-thirds majority in the lower house.",
    "The peso slid 4% to 18.17 per dollar the day after.")
doc("americas-003",
    "Brazil's President Luiz Inácio Lula da Silva hosted G20 leaders in Rio de Janeiro, where they endorsed a Global Alliance Against Hunger and Poverty.",
    "Lula's government says it's lifted 24.4 million Brazilians out of severe food insecurity.",
    "Argentina's Javier Milei signed the final declaration but said he'd reject parts of it.")
doc("americas-004",
    "Venezuela's National Electoral Council (CNE) declared Nicolás Maduro the winner of the July 28 vote with 51.2%, without publishing tally sheets.",
    "The opposition's Edmundo González published copies of 80%+ of the actas online, showing him ahead 67%-30%.",
    "González fled to Spain in Sept. 2024.")
doc("americas-005",
    "Argentina's monthly inflation slowed to 2.4% in October, the lowest since July 2021, INDEC said.",
    "Annual inflation, though, was still 193%.",
    "Milei's \"chainsaw\" plan has cut public spending by ~30% in real terms.")
doc("americas-006",
    "Haiti's transitional council named Garry Conille prime minister after gangs forced Ariel Henry's resignation.",
    "The U.N. says gangs control 80% of Port-au-Prince; 5,600+ people were killed in 2024.")
doc("americas-007",
    "Canada's Justin Trudeau said he'd resign as Liberal leader once a successor is chosen, after nine years in office.",
    "Mark Carney, a former Bank of Canada and Bank of England governor, won the leadership with 85.9%.",
    "Trump's threat of 25% tariffs on Canadian goods dominated the race.")
doc("americas-008",
    "Colombia's President Gustavo Petro suspended talks with the ELN after an attack on a military base in Puerto Jordán killed two soldiers.",
    "\"There's no peace process possible with those who kill,\" Petro wrote on X.")
doc("americas-009",
    "Ecuador's President Daniel Noboa declared an \"internal armed conflict\" after gunmen stormed a TV studio in Guayaquil live on air.",
    "Troops arrested 3,000+ suspected gang members within 10 days.",
    "Noboa, 37, won a full four-year term in April 2025.")
doc("americas-010",
    "El Salvador's Nayib Bukele won a second term with ~85% despite a constitutional ban on consecutive re-election.",
    "His government says the murder rate fell to 2.4 per 100,000 in 2023.",
    "Rights groups say 80,000 people've been detained under the state of emergency.")
doc("americas-011",
    "Panama's President José Raúl Mulino said the canal \"is Panamanian and will remain so\" after Trump said the U.S. might take it back.",
    "The canal authority said drought had cut daily transits from 36 to 24 at its low point.")
doc("americas-012",
    "Chile's voters rejected a second draft constitution, 55.8% to 44.2%, in Dec. 2023.",
    "President Gabriel Boric said the process was closed \"during my term\".")
doc("americas-013",
    "Peru's Congress removed President Pedro Castillo in Dec. 2022 after he tried to dissolve it; Dina Boluarte, his VP, took over.",
    "At least 49 people died in the protests that followed, mostly in the southern Puno region.")
doc("americas-014",
    "Bolivia's army chief Gen. Juan José Zúñiga led troops and armoured vehicles into La Paz's Plaza Murillo, ramming a palace door.",
    "President Luis Arce confronted him face-to-face; Zúñiga was arrested within hours.",
    "\"I'm not gonna let this happen,\" Arce was heard saying in a video.")
doc("americas-015",
    "The U.S. Supreme Court ruled 6-3 in Trump v. United States that presidents have \"absolute immunity\" for core constitutional acts.",
    "Justice Sonia Sotomayor wrote in dissent: \"With fear for our democracy, I dissent.\"")
doc("americas-016",
    "Guatemala's Bernardo Arévalo was sworn in minutes after midnight on Jan. 15, 2024, after a 9-hour delay in Congress.",
    "Prosecutors had tried to suspend his Semilla party's registration.")
doc("americas-017",
    "Cuba's grid collapsed for the 4th time in a year on Wednesday, leaving 10m people without power.",
    "Havana blamed the U.S. embargo and a shortage of fuel for its ageing thermoelectric plants.")
doc("americas-018",
    "Honduras said it would end a 1954 extradition treaty with the U.S. after Ambassador Laura Dogu's comments on a meeting with Venezuela's defence minister.",
    "President Xiomara Castro later said it'd stay in force \"for now\".")
doc("americas-019",
    "Brazil's Supreme Court ordered X blocked nationwide after Elon Musk's company failed to name a legal representative.",
    "Justice Alexandre de Moraes also fined users R$50,000/day for accessing it via VPN.",
    "The platform was restored after 39 days.")
doc("americas-020",
    "Kamala Harris, 59, accepted the Democratic nomination in Chicago, promising an \"opportunity economy\".",
    "\"We're not going back,\" she told the convention.",
    "Trump won the Nov. 5 election with 312 electoral votes to her 226.")
doc("americas-021",
    "Nicaragua's Ortega government stripped 135 freed political prisoners of their citizenship after sending them to Guatemala.",
    "Managua also shut down 1,500+ NGOs and expelled the Jesuits.")
doc("americas-022",
    "Guyana's President Irfaan Ali and Venezuela's Maduro pledged in Argyle, St. Vincent, that they \"won't threaten or use force\" over the Essequibo.",
    "Guyana's oil output topped 640,000 bpd in 2024, led by an ExxonMobil-led consortium.")
doc("americas-023",
    "The U.S. imposed a 145% tariff on Chinese goods; Beijing hit back with 125% on U.S. products.",
    "Both sides agreed in Geneva to cut them to 30% and 10% respectively for 90 days.",
    "The S&P 500 jumped 3.3% on the news.")
doc("americas-024",
    "Uruguay's Yamandú Orsi of the left-wing Frente Amplio won the run-off with 49.8%.",
    "Outgoing President Luis Lacalle Pou congratulated him on X within minutes.")

# ---------------------------------------------------------------------------
# Markets, economy and trade
# ---------------------------------------------------------------------------
doc("markets-001",
    "NEW YORK — U.S. stocks closed at record highs on Friday; the Dow Jones Industrial Average rose 0.6% to 43,988.99.",
    "The S&P 500 gained 0.4% and the Nasdaq Composite added 0.1%.",
    "Treasury yields fell, with the 10-year note at 4.30%, down from 4.43% a week ago.")
doc("markets-002",
    "Brent crude futures settled at $74.17 a barrel, down $1.21, or 1.6%; U.S. WTI fell 1.8% to $70.38.",
    "OPEC+ said it'd delay a planned output increase of 180,000 bpd until Q1 2025.")
doc("markets-003",
    "Gold hit an all-time high of $2,790.15/oz, extending its year-to-date gain to ~35%.",
    "Central banks bought 1,037 metric tons in 2023, the World Gold Council said.")
doc("markets-004",
    "The Federal Reserve cut rates by 50 bps to a range of 4.75%-5.00%, its first cut since March 2020.",
    "Fed Chair Jerome Powell said the move \"isn't a sign of concern\" about the economy.",
    "Futures priced a 60/40 chance of another half-point cut in November.")
doc("markets-005",
    "Nvidia Corp.'s market value briefly topped $3.3tn, overtaking Microsoft Corp. and Apple Inc. as the world's most valuable company.",
    "Shares of the chipmaker are up 170% YTD.",
    "\"It's the AI trade, plain and simple,\" said one strategist at a N.Y.-based hedge fund.")
doc("markets-006",
    "The Bank of Japan raised its policy rate to 0.25% from a range of 0-0.1%, its highest since 2008.",
    "The yen surged to ¥141.7 per dollar; the Nikkei 225 fell 12.4% on Aug. 5, its worst day since 1987.")
doc("markets-007",
    "The U.K.'s FTSE 100 hit 8,445.80, a record, as the pound slipped below $1.25.",
    "The Bank of England held Bank Rate at 5.25% in a 7-2 vote.",
    "U.K. CPI inflation fell to 2.0%, its target, in May — the first time since July 2021.")
doc("markets-008",
    "China's central bank (PBOC) cut the reserve requirement ratio by 50 bps, releasing about 1trn yuan ($142bn) of long-term liquidity.",
    "The CSI 300 index rallied 25% in two weeks, its best run since 2008.",
    "Hong Kong's Hang Seng jumped 4.1% on Monday alone.")
doc("markets-009",
    "Bitcoin topped $100,000 for the first time, up ~140% from January.",
    "Crypto assets' total market value rose to $3.6tn, according to CoinGecko.",
    "\"HODL,\" tweeted one exchange's CEO, followed by 🚀🚀🚀.")
doc("markets-010",
    "India's GDP grew 8.2% in FY2023-24, beating the government's 7.3% estimate.",
    "The Sensex crossed 80,000 for the first time; the rupee held near ₹83.5 per $.",
    "The RBI kept its repo rate at 6.5% for the ninth straight meeting.")
doc("markets-011",
    "Evergrande Group was ordered to liquidate by a Hong Kong court, which cited its $300bn+ liabilities.",
    "Judge Linda Chan said it was \"appropriate\" after 19 months without a viable restructuring plan.",
    "Shares in the developer plunged 21% before trading was halted.")
doc("markets-012",
    "Germany's economy shrank 0.3% in 2023, Destatis said, making it the worst-performing major economy.",
    "Industrial output fell 1.6% m/m in December, while the Ifo business climate index dropped to 85.2.")
doc("markets-013",
    "Saudi Aramco sold $12.35bn of shares in a secondary offering priced at SAR27.25 each.",
    "The offering was ~4.4x oversubscribed, with more than half of demand from foreign investors.")
doc("markets-014",
    "South Korea's KOSPI fell 2.3% and the won weakened to 1,440 per dollar, the weakest since 2009, amid political turmoil.",
    "The finance ministry pledged \"unlimited liquidity\" if needed.",
    "Samsung Electronics' shares hit a 4-year low of 49,900 won.")
doc("markets-015",
    "The euro zone's flash PMI rose to 50.2 in Jan., from 49.6, the first expansion since mid-2024.",
    "Services grew; manufacturing (45.1) contracted for a 31st month.")
doc("markets-016",
    "Turkey's annual inflation eased to 71.6% in June from a peak of 75.45% in May, the statistics office (TÜİK) said.",
    "Economists polled expected 71.9%.")
doc("markets-017",
    "Russia's central bank raised its key rate to a record 21% and warned it \"doesn't rule out\" further hikes.",
    "The rouble weakened past 100 per dollar, and Russia's budget deficit hit 1.7trn roubles ($17.5bn) in the first 10 months.",
    "Analysts expect inflation of 8.5%-9% this year.")
doc("markets-018",
    "Copper prices hit a record $11,104.50 per tonne on the London Metal Exchange (LME) amid supply concerns.",
    "Chile's Codelco expects output to rise to 1.4m-1.5m t next year.")
doc("markets-019",
    "Unemployment in the U.S. ticked up to 4.3% in July, triggering the so-called Sahm rule.",
    "Nonfarm payrolls rose by 114,000 vs. an expected 175,000.",
    "Average hourly earnings were +3.6% y/y.")
doc("markets-020",
    "The Swiss National Bank cut rates by 0.25 percentage points to 1.5%, becoming the first major central bank to ease in this cycle.",
    "The franc weakened 0.9% to CHF0.8960 per dollar.")
doc("markets-021",
    "Japan's Nippon Steel Corp. agreed to buy U.S. Steel for $55 per share in cash, or about $14.9bn including debt.",
    "Both Biden and Trump opposed the deal; the United Steelworkers union called it \"a direct threat\".")
doc("markets-022",
    "Egypt's inflation slowed to 26.2% in Oct. from 26.4% in Sept., while Nigeria's rose to 33.88%.",
    "Ghana's fell for a 3rd month, to 22.1%.")

# ---------------------------------------------------------------------------
# Technology, cyber and science
# ---------------------------------------------------------------------------
doc("tech-001",
    "A faulty CrowdStrike update crashed ~8.5 million Windows PCs on July 19, 2024, grounding flights and disrupting hospitals from Sydney to Seattle.",
    "CEO George Kurtz apologized, saying \"this isn't a security incident or cyberattack.\"",
    "Delta Air Lines said the outage cost it $500m.")
doc("tech-002",
    "OpenAI released ChatGPT on Nov. 30, 2022; it reached 100m users in about two months.",
    "In 2024 the company's valuation hit $157bn after a $6.6bn funding round led by Thrive Capital.",
    "Sam Altman's brief ouster in Nov. 2023 lasted 4 days.")
doc("tech-003",
    "The E.U.'s AI Act, the world's first comprehensive AI law, entered into force on Aug. 1, 2024.",
    "Fines for banned \"unacceptable risk\" uses run up to €35m or 7% of global turnover, whichever's higher.",
    "Details are at https://artificialintelligenceact.eu/ and in the Official Journal.")
doc("tech-004",
    "TSMC said its Q2 net profit jumped 36% y/y to NT$247.8bn, beating estimates, on demand for AI chips.",
    "The Taiwan-based chipmaker is building fabs in Arizona, Kumamoto (Japan) and Dresden.",
    "Its 2nm process is due in 2025.")
doc("tech-005",
    "The U.S. Commerce Dept. tightened export curbs on advanced semiconductors and chipmaking tools to China, adding 140 entities to its list.",
    "Beijing's commerce ministry said it \"firmly opposes\" the move and would \"take necessary measures.\"")
doc("tech-006",
    "A ransomware attack on Change Healthcare, a UnitedHealth Group Inc. unit, exposed data of ~190m Americans.",
    "The company paid a $22m ransom in bitcoin to the ALPHV/BlackCat group, CEO Andrew Witty told Congress.")
doc("tech-007",
    "China's Chang'e-6 probe returned 1,935.3g of samples from the Moon's far side on June 25, 2024 — a world first.",
    "CNSA said scientists from France, Italy, Pakistan and the ESA contributed payloads.")
doc("tech-008",
    "India's Chandrayaan-3 landed near the lunar south pole on Aug. 23, 2023, at 6:04 p.m. IST.",
    "ISRO chief S. Somanath said the mission cost ₹615 crore (about $75m).")
doc("tech-009",
    "Meta's Threads app signed up 100m users in five days after its July 5, 2023 launch.",
    "It's built on Instagram's account system and, per the company, will support ActivityPub.")
doc("tech-010",
    "TikTok's U.S. ban law gave ByteDance 270 days to divest; the app went dark for ~12 hours on Jan. 19, 2025.",
    "\"Sorry, TikTok isn't available right now,\" read the message users saw.")
doc("tech-011",
    "Chinese start-up DeepSeek's R1 model wiped nearly $600bn off Nvidia's market cap in a single session on Jan. 27, 2025.",
    "The company said it'd trained an earlier model for under $6m using 2,048 H800 GPUs.")
doc("tech-012",
    "SpaceX's Starship booster was caught by the launch tower's \"chopsticks\" on its 5th test flight from Boca Chica, Texas.",
    "Musk posted \"The tower has caught the rocket!!\" on X at 7:32 a.m. CT.")
doc("tech-013",
    "Apple Inc. was fined €1.84bn by the European Commission for restricting music-streaming apps' ability to tell users about cheaper options.",
    "Apple said it'd appeal; Spotify called it \"a powerful message\".")
doc("tech-014",
    "Hackers linked to China's Salt Typhoon group breached at least 9 U.S. telecom carriers, including AT&T and Verizon, the White House said.",
    "Officials urged Americans to use end-to-end encrypted apps like Signal.")
doc("tech-015",
    "Google lost its U.S. antitrust case: Judge Amit Mehta ruled it had illegally maintained a monopoly in online search.",
    "Alphabet Inc.'s shares fell 4.5% after the ruling.",
    "Google paid Apple ~$20bn in 2022 to be Safari's default search engine, court filings showed.")

# ---------------------------------------------------------------------------
# Climate, health and disasters
# ---------------------------------------------------------------------------
doc("climate-001",
    "Global temperatures in 2024 averaged 1.55°C above pre-industrial levels, the first calendar year to exceed the 1.5°C Paris threshold, the WMO said.",
    "Copernicus put the figure at 1.6°C.",
    "\"We're in uncharted territory,\" a C3S scientist said.")
doc("climate-002",
    "COP29 in Baku ended with a deal to triple climate finance for developing nations to $300bn a year by 2035.",
    "India's delegate called the sum \"abysmally poor\"; small island states walked out at one point.",
    "Azerbaijan's President Ilham Aliyev had called oil and gas \"a gift of God\".")
doc("climate-003",
    "Libya's Derna was devastated when two dams burst during Storm Daniel, killing ~4,300 people, with 8,000+ missing.",
    "The wall of water was up to 7m high, witnesses said.")
doc("climate-004",
    "Pakistan's 2022 floods submerged a third of the country, affecting 33m people; losses were estimated at US$30bn.",
    "Sindh province recorded 784% above-normal rainfall in August.")
doc("climate-005",
    "A heatwave pushed temperatures to 52.9°C in New Delhi's Mungeshpur, though the IMD later said a sensor error was likely.",
    "At least 110 heatstroke deaths were confirmed between March 1 and June 18.")
doc("climate-006",
    "Los Angeles' Palisades and Eaton fires burned 57,000+ acres and destroyed ~16,000 structures in January 2025.",
    "Santa Ana winds gusted to 100mph (160km/h), CAL FIRE said.",
    "Insured losses could top $40bn, per a J.P. Morgan estimate.")
doc("climate-007",
    "The WHO declared mpox a public health emergency of international concern (PHEIC) for the 2nd time, on Aug. 14, 2024.",
    "A new clade, Ib, spread from the DRC to Burundi, Kenya, Rwanda and Uganda.",
    "Dr. Tedros Adhanom Ghebreyesus said Africa needed \"at least 10 million doses\".")
doc("climate-008",
    "Brazil's Rio Grande do Sul floods killed 183 people and displaced 580,000 in May 2024.",
    "Porto Alegre's airport stayed closed until Oct. 21.")
doc("climate-009",
    "Typhoon Yagi made landfall in Vietnam's Quảng Ninh province with winds of 149km/h, killing 290+ people.",
    "Hanoi's Red River rose to 11.5m, the highest since 2002.")
doc("climate-010",
    "COVID-19 vaccines had been administered 13.5 billion times worldwide by mid-2023, Our World in Data estimated.",
    "The WHO ended COVID-19's global emergency status on May 5, 2023, ~3 years after it was declared.",
    "Tedros said the virus \"isn't over\" and still killed someone \"every three minutes\".")
doc("climate-011",
    "Spain's DANA storm dumped 491 l/m² of rain on Chiva in eight hours — a year's worth.",
    "Valencia's regional government sent its mobile alert at 8:11pm, after many towns had already flooded.",
    "At least 224 people died.")
doc("climate-012",
    "Antarctic sea ice hit a record winter low of 16.96m sq km in Sept. 2023, the NSIDC said.",
    "That's about 1.5m sq km below the 1981–2010 average — an area larger than Mongolia.")

# ---------------------------------------------------------------------------
# Multilateral diplomacy, courts and elections
# ---------------------------------------------------------------------------
doc("diplo-001",
    "The International Criminal Court (ICC) issued arrest warrants for Israel's PM Benjamin Netanyahu, ex-Defence Minister Yoav Gallant and Hamas' Mohammed Deif.",
    "Netanyahu's office called the decision \"antisemitic\"; the Hague-based court's 124 member states are obliged to arrest them.")
doc("diplo-002",
    "The ICJ ordered Israel to \"take all measures within its power\" to prevent genocidal acts in Gaza, in a case brought by South Africa.",
    "The court's 17 judges voted 15-2 on most measures.",
    "Pretoria's Foreign Minister Naledi Pandor said \"it's a decisive victory for the rule of law.\"")
doc("diplo-003",
    "U.N. Secretary-General António Guterres told the General Assembly the world's \"on a highway to climate hell with our foot on the accelerator\".",
    "He called for a windfall tax on fossil-fuel companies' profits.")
doc("diplo-004",
    "BRICS expanded to include Egypt, Ethiopia, Iran and the UAE; Saudi Arabia hasn't formally confirmed it's joined.",
    "Argentina declined its invitation after Milei took office.",
    "The group's 2024 summit in Kazan drew leaders from 36 countries.")
doc("diplo-005",
    "The U.S., Japan and the Philippines held their first trilateral leaders' summit at the White House in April 2024.",
    "Biden said America's defence commitments to Manila are \"ironclad\".")
doc("diplo-006",
    "The Quad's foreign ministers — from Australia, India, Japan and the U.S. — met in Tokyo and launched a maritime surveillance initiative.",
    "China's foreign ministry spokesperson Wang Wenbin (汪文斌) said the grouping was \"stoking confrontation\".")
doc("diplo-007",
    "The G7 agreed to use windfall profits from ~$300bn in frozen Russian central bank assets to back a $50bn loan to Ukraine.",
    "Euroclear, the Brussels-based depository, holds €191bn of the assets.")
doc("diplo-008",
    "Armenia and Azerbaijan agreed on the text of a peace treaty after 30+ years of conflict, the foreign ministries in Yerevan and Baku said.",
    "Azerbaijan retook Nagorno-Karabakh in a 24-hour offensive in Sept. 2023; ~100,000 ethnic Armenians fled.")
doc("diplo-009",
    "Sweden's Foreign Minister Maria Malmer Stenergard and her Finnish counterpart Elina Valtonen signed a Nordic-Baltic defence declaration in Tallinn.",
    "Estonia's PM Kristen Michal called it \"a signal to Moscow\".")
doc("diplo-010",
    "The Pacific Islands Forum's leaders met in Nuku'alofa, Tonga, and backed an Australia-funded regional policing initiative.",
    "Fiji's PM Sitiveni Rabuka called the Pacific an \"ocean of peace\".")
doc("diplo-011",
    "In the European Parliament election, the center-right EPP won 188 of 720 seats; the S&D got 136.",
    "Turnout was 50.74%, the highest in 30 years.",
    "France's Emmanuel Macron called a snap election after his Renaissance party's rout by Jordan Bardella's RN.")
doc("diplo-012",
    "Taiwan's Foreign Ministry said Nauru had switched diplomatic recognition to Beijing, leaving Taipei with 12 formal allies.",
    "The announcement came two days after the Jan. 13 election.")
doc("diplo-013",
    "Pope Francis died on Easter Monday, April 21, 2025, aged 88, the Vatican said.",
    "Cardinals elected U.S.-born Robert Francis Prevost as Pope Leo XIV on the conclave's second day.",
    "\"Peace be with you all!\" he said from the loggia of St. Peter's Basilica.")
doc("diplo-014",
    "The International Atomic Energy Agency's (IAEA) Rafael Grossi said Iran had 182.3kg of uranium enriched to 60%, up 17.6kg in three months.",
    "Tehran said its programme is \"entirely peaceful\".")
doc("diplo-015",
    "Finland's Alexander Stubb won the presidential run-off with 51.6% against Pekka Haavisto.",
    "\"This is the greatest honour of my life,\" Stubb said in Helsinki.")

# ---------------------------------------------------------------------------
# Newsroom formats: headlines, datelines, bullets, corrections, layouts
# ---------------------------------------------------------------------------
doc("format-001",
    "UPDATE 2-U.S. SENATE PASSES $95 BLN AID PACKAGE FOR UKRAINE, ISRAEL, TAIWAN",
    PARA,
    "WASHINGTON, April 23 (Dyad) - The U.S. Senate voted 79-18 late on Tuesday to pass $95 billion in aid, sending it to President Biden.",
    "The bill includes $61bn for Ukraine, $26bn for Israel and $8bn for the Indo-Pacific.",
    "(Writing by Jane Doe; Editing by John Roe)")
doc("format-002",
    "EXCLUSIVE: CHINA'S STATE BANKS SEEN SELLING DOLLARS TO PROP UP YUAN -SOURCES",
    PARA,
    "SHANGHAI, Sept 6 — China's major state-owned banks were seen selling U.S. dollars in the onshore spot market, four people with knowledge of the matter said.",
    "The yuan (CNY=CFXS) firmed to 7.3005 per dollar.")
doc("format-003",
    "CORRECTION: An earlier version of this story misstated the date of the vote.",
    "It's Nov. 5, not Nov. 6.")
doc("format-004",
    "Key facts:",
    BR,
    "• 1.2m people displaced since Oct.",
    BR,
    "• 70% of homes damaged or destroyed",
    BR,
    "• 3 of 36 hospitals \"partially functional\"",
    BR,
    "Source: OCHA (Oct. 2024).")
doc("format-005",
    "BREAKING NEWS: MAGNITUDE 7.5 QUAKE HITS NOTO PENINSULA; TSUNAMI WARNING ISSUED",
    BR,
    "Waves of up to 5m were expected along Ishikawa's coast, NHK said at 4:12pm JST.",
    BR,
    "Residents were told: \"Evacuate immediately! Don't go back!\"")
doc("format-006",
    "Q: Will the ceasefire hold?",
    BR,
    "A: \"I can't say. Nobody can,\" the diplomat replied.",
    PARA,
    "Q: What happens on day 43?",
    BR,
    "A: Phase 2 talks are meant to start by day 16 — that is, before Phase 1 ends.")
doc("format-007",
    "Timeline:",
    BR,
    "- Feb. 24, 2022: Russia launches full-scale invasion.",
    BR,
    "- Nov. 11, 2022: Ukraine retakes Kherson.",
    BR,
    "- June 6, 2023: Kakhovka dam destroyed.",
    BR,
    "- Aug. 6, 2024: Ukrainian troops cross into Russia's Kursk region.")
doc("format-008",
    "ELECTION RESULTS (98% counted):",
    BR,
    "Party A ........ 41.2%",
    BR,
    "Party B ........ 33.9%",
    BR,
    "Others ......... 24.9%")
doc("format-009",
    "By Ana Souza and Kim Min-ji",
    PARA,
    "SÃO PAULO/SEOUL, March 14 — Brazil's and South Korea's trade ministers signed a memorandum on critical minerals on Thursday.",
    "The deal covers lithium, nickel and rare earths; neither side gave a dollar figure.")
doc("format-010",
    "\"We want peace — but not at any price.\"",
    BR,
    "— Estonian PM Kaja Kallas, Feb. 2024")
doc("format-011",
    "Read more:",
    BR,
    "https://www.un.org/en/climatechange/paris-agreement",
    BR,
    "https://www.whitehouse.gov/briefing-room/statements-releases/",
    BR,
    "http://english.news.cn/20240101/abc123def/c.html")
doc("format-012",
    "(Reporting by A. Kumar in New Delhi and L. Nguyen in Hanoi; additional reporting by Sarah O'Neil in London; editing by Mark Potter)")
doc("format-013",
    "Contact the press office at press@mfa.gov.ua or +380 44 000 0000.",
    "Media accreditation closes at 18:00 CET on 12.03.2025.")
doc("format-014",
    "TALKS COLLAPSE — AGAIN",
    PARA,
    "Negotiators left Doha on Thursday night without a deal.",
    "\"We'll be back,\" one said.",
    PARA,
    "Another put it more bluntly: \"It's dead.\"")
doc("format-015",
    "Photo caption: Protesters hold placards reading \"Free Iran\" outside the embassy in London, U.K., Jan. 8, 2023. REUTERS/Jane Doe",
    "(Photo: AFP/Getty Images)")
doc("format-016",
    "LIVE UPDATES",
    BR,
    "10:42 GMT — Polls have closed in 12 of 16 regions.",
    BR,
    "10:58 GMT — Turnout at 64.3%, per the electoral commission.",
    BR,
    "11:15 GMT — First exit poll: ruling party 38%, opposition 35% (±2.5 points).")
doc("format-017",
    "Editor's note: This story contains graphic descriptions of violence.",
    PARA,
    "Some names have been changed to protect the sources' safety.")
doc("format-018",
    "WHAT WE KNOW SO FAR",
    CRLF,
    "The blast hit a market in the city centre at about 11 a.m.",
    CRLF,
    "Officials said 14 people were killed and 52 wounded.",
    CRLF,
    "No group has claimed responsibility.",
    CRLF)
doc("format-019",
    "  Indented lead paragraph, as scraped from a web page.",
    "\tTab-led second line, with a trailing space. ",
    "\n\n\n",
    "Third paragraph after two blank lines.")
doc("format-021",
    "ANKARA, Oct 3 - Turkey's parliament voted to extend the\nmandate for cross-border operations in Iraq and Syria by\ntwo years, the state-run Anadolu agency said.",
    BR,
    "The motion passed with the backing of President Tayyip\nErdoğan's AK Party and its nationalist MHP allies; the\nmain opposition CHP voted against.",
    BR,
    "Reuter")
doc("format-022",
    "The finance ministry's anti-\ninflation plan, unveiled on Mon-\nday, includes a 12.5% VAT cut on\nbasic foods.",
    PARA,
    "Critics said it'd cost the\ntreasury TRY 40bn (\n$1.2bn) a year.")
doc("format-023",
    "\n\nBRUSSELS — Leaders arrived at the Europa building at 9 a.m.\n",
    "\n",
    "Talks ran past midnight.\n")
doc("format-020",
    "Vote count\u00a0(provisional): 1\u00a0204\u00a0377 ballots; turnout\u00a071,3\u00a0%.",
    "Les résultats définitifs sont attendus vendredi à 20\u00a0h.",
    "Thin\u2009spaces and\u202fnarrow no-break spaces appear in copy pasted from French sites.")

# ---------------------------------------------------------------------------
# Social media, quotes, informal speech
# ---------------------------------------------------------------------------
doc("social-001",
    "BREAKING: Explosions heard in central Kyiv, air raid alert in all regions 🚨 #Ukraine #Kyiv",
    "Follow @KyivIndependent for live updates.")
doc("social-002",
    "RT @UN_News: 🇺🇳 \"We can't let Gaza become a graveyard for children,\" says @antonioguterres.",
    "Full statement: https://news.un.org/en/story/2023/11/1143387 #CeasefireNow")
doc("social-003",
    "lol they're gonna lose this vote for sure 😂😂",
    "can't believe it's 2024 and we're still doing this…",
    "#Election2024 #Vote")
doc("social-004",
    "Huge thanks to everyone who came out today!!! 🙏🏽💙 We'll be back next Sat. at 10am, same place (Trafalgar Sq.)",
    "DM us or email contact@example.org to volunteer.")
doc("social-005",
    "Official: Polling stations open 7am-7pm. Bring your ID!",
    "Questions? Call 0800-123-456 or visit www.electoralcommission.org.uk. #GE2024")
doc("social-006",
    "@POTUS @SecBlinken Why isn't the U.S. doing more??",
    "Thousands are starving in #Sudan and the world's looking away 💔")
doc("social-007",
    "Thread 🧵 (1/7): What the new sanctions actually do — and don't do.",
    "First, they target 3 categories: banks, shipping and dual-use goods.")
doc("social-008",
    "👉 Read the full report here: bit.ly/3Xq9Rz",
    "👇 Key findings below ⬇️")
doc("social-009",
    "ok so apparently the PM's office says the leak's \"fake news\"?? 🙄 idk man",
    "anyway tmrw's protest starts @ 2pm, see y'all there ✊")
doc("social-010",
    "Ukraine's FM @DmytroKuleba: \"Russia's terror must end. Air defence saves lives. Full stop.\" 🇺🇦",
    "Retweets ≠ endorsements.")
doc("social-011",
    "The 👨‍👩‍👧‍👦 reunited at the Rafah crossing after 14 months apart ❤️‍🩹",
    "Video via @AJEnglish")
doc("social-012",
    "\"Elections have consequences\" -- a senator, 2021.",
    "\"Elections have consequences\" — the same senator, 2025 🤷‍♂️")
doc("social-013",
    "Update (3:47pm ET): @StateDept confirms 2 U.S. citizens among the injured.",
    "More at state.gov/travel #TravelAdvisory")
doc("social-014",
    "VOTE. VOTE. VOTE. 🗳️🗳️🗳️",
    "Polls close at 8 p.m. sharp — if you're in line, STAY IN LINE!")
doc("social-015",
    "Wow. Just wow. The minister's reply to journalists: \"No comment... no comment... no comment.\" 🤐")
doc("social-016",
    "tbh the summit was a flop 🤷 no joint statement, no photo op, nothin'",
    "ppl were expecting a deal on grain exports but nah")
doc("social-017",
    "Pls RT: Missing since 14/02/2024 — Ahmed, 12 y/o, last seen near Khan Younis.",
    "Any info → +970-59-000-0000 🙏")
doc("social-018",
    "Just landed in Addis 🛬 for the #AUSummit.",
    "Agenda: Sudan, Sahel, DRC & climate finance.",
    "Busy 48 hrs ahead!")

# ---------------------------------------------------------------------------
# Quotes and punctuation of every shape
# ---------------------------------------------------------------------------
doc("quotes-001",
    "“We’re ready to talk,” the minister said, “but we won’t negotiate under fire.”",
    "Her counterpart’s reply was blunt: ‘Then there’s nothing to discuss.’")
doc("quotes-002",
    "The German chancellor called the vote „ein historischer Tag“ and the French president spoke of « un moment décisif ».",
    "Spain’s El País ran the headline «El fin de una era».")
doc("quotes-003",
    "The diplomat — who asked not to be named — said the draft was “dead on arrival.”",
    "Another called it ‘a non-starter’; a third said, ‘Let’s wait and see.’")
doc("quotes-004",
    "'Nobody's winning this war,' the general told parliament.",
    "'We're just counting the losses.'")
doc("quotes-005",
    "He asked: “Is this a ceasefire or a pause?” Nobody answered.",
    "“Both,” someone finally said…")
doc("quotes-006",
    "The phrase ‘special military operation’ — used by the Kremlin since 2022 — is mandatory in Russian media.",
    "Calling it a “war” can bring up to 15 yrs in prison.")
doc("quotes-007",
    "«Мы не сдадимся», — сказал мэр (\"We will not surrender,\" the mayor said).",
    "The Ukrainian phrase «Слава Україні!» (\"Glory to Ukraine!\") was heard across the square.")
doc("quotes-008",
    "The statement — signed by 14 of 27 member states — was short: \"Enough.\"",
    "Poland's envoy said it was \"a start... but only a start\".")
doc("quotes-009",
    "Asked whether he'd run again, the 78-year-old senator said: \"Why not?!\"",
    "His aides later clarified he \"was joking (mostly)\".")
doc("quotes-010",
    "The leaked memo — marked \"SECRET//NOFORN\" — warned of \"significant risks\" [sic] to the operation.",
    "Its author wrote: \"We cannot (and should not) assume success.\"")
doc("quotes-011",
    "“‘Never again’ must mean never again,” the survivor said at the Yad Vashem ceremony.",
    "‘“Fake news,”’ replied the spokesman’s deputy, quoting his boss.")
doc("quotes-012",
    "Journalists were told to avoid the words \"occupation\", \"annexation\" and/or \"invasion\".",
    "The guidance (dated 2023/09/14) was later withdrawn.")

# ---------------------------------------------------------------------------
# Numbers, money, units, dates and times
# ---------------------------------------------------------------------------
doc("numbers-001",
    "The World Bank approved a $1.5bn loan, €200m in grants and a £3.2 billion guarantee, bringing the package to US$5.1bn.",
    "Japan chipped in ¥500bn; South Korea pledged 5,000 won per refugee household per day.",
    "India's share: ₹1,200 crore.")
doc("numbers-002",
    "The 850m-long bridge, 10km north of the city, can carry trucks of up to 40t.",
    "Engineers said it sank 5cm after the quake, and temperatures of 30°C+ had warped 12 joints.",
    "Repairs will cost 172,500 euros.")
doc("numbers-003",
    "GDP grew 1.5% q/q, or +3.2% annualised, while the jobless rate fell 0.5 pts to 6.1%.",
    "Exports were -0.5% y/y; imports, +2.8%.")
doc("numbers-004",
    "The meeting starts at 3:30 p.m. and ends by 6pm; a press conference follows at 6.15pm.",
    "Doors open at 10am.",
    "Deadline: 23:59 UTC on 19/06/2024, i.e., June 19, 2024.")
doc("numbers-005",
    "Prices in the 2024-25 budget rose 10-15% across the board, the steepest rise since the 1990s.",
    "The fiscal year 2023/24 deficit was 4.7% of GDP.")
doc("numbers-006",
    "The 3.30 train was cancelled; the 16:45 to Lviv left at 17:10.",
    "Tickets cost UAH 450 (about $11).")
doc("numbers-007",
    "Turnout: 61.5% (2019: 66.3%).",
    "Valid votes: 23,456,789; invalid: 412,003.",
    "Seats: 151/300 needed for a majority.")
doc("numbers-008",
    "Casualty figures range from 1,000 to 1,500 — some say 2,000 — but none can be verified.",
    "A 2019–2021 survey put the population at 3.4m–3.6m.")
doc("numbers-009",
    "The drone flew 1,800km at 150-200 km/h, carrying a 50kg warhead.",
    "It cost roughly $20,000-$50,000 to build, vs. $2m+ for an interceptor.")
doc("numbers-010",
    "Rates: 5.25%-5.5% → 4.25%-4.5% in 12 months, a cut of 100bp.",
    "The 2-yr yield fell 17.5bps; the 30-yr rose 3bps.")
doc("numbers-011",
    "The 1st, 2nd and 3rd rounds of talks were held on the 4th, 11th and 22nd of March.",
    "The 21st-century's 2nd-largest refugee crisis shows no sign of ending.")
doc("numbers-012",
    "Shares of Tata Motors Ltd. rose 2.1% to Rs 1,030.45, while Reliance Industries' fell to ₹2,950.",
    "One lakh is 100,000; one crore, 10 million.")
doc("numbers-013",
    "At 0600 GMT the front line ran 1,000+ km, from Kharkiv in the N.E. to Kherson in the S.",
    "The army said it had retaken 2.5 sq km, i.e. ~1 sq mile.")
doc("numbers-014",
    "The 737 MAX 9's door plug blew out at 16,000 ft on Flight 1282, 20 min after take-off from Portland, Ore.",
    "All 171 passengers and 6 crew survived.")
doc("numbers-015",
    "Inflation: 9.1% (June 2022) → 3.0% (June 2023) → 2.4% (Sept. 2024).",
    "Core CPI: +0.3% m/m.")
doc("numbers-016",
    "Bids opened at 09:00 and closed at 17:30 CET, with 4-6 firms expected.",
    "The tender's worth is est. €1.2-1.4bn.")
doc("numbers-017",
    "Vote: 93-5 in the Senate and 311-114 in the House.",
    "It passed 7 years, 3 months and 2 days after the bill was first introduced.")
doc("numbers-018",
    "Temperatures dropped to -25°C in Kharkiv, and to −30 °C further east, on Jan. 9.",
    "Heating was off in 1/3 of homes.")
doc("numbers-019",
    "He was born on 01.02.1965 in Dnipro and served as No. 2 at the ministry from 2015-19.",
    "Tel. +44 (0)20 7946 0000.")
doc("numbers-020",
    "Kenya's shilling traded at KSh129 per dollar; Ghana's cedi at GH₵15.6; Egypt's pound at E£48.9.",
    "South Africa's rand firmed to R17.80.")

# ---------------------------------------------------------------------------
# Abbreviations, initials and titles
# ---------------------------------------------------------------------------
doc("abbrev-001",
    "Mr. Blinken met Dr. Jaishankar, Gen. Dwivedi and Adm. Tripathi in New Delhi.",
    "The U.S. and India agreed to co-produce GE F414 engines for India's Tejas Mk. 2.",
    "Next round: Washington, D.C.")
doc("abbrev-002",
    "Mrs. Sahle-Work Zewde, Ms. Ngozi Okonjo-Iweala and Prof. Wangari Maathai's daughter Wanjira spoke at the event.",
    "Lt. Gen. (ret.) Dahiru addressed the closing session.")
doc("abbrev-003",
    "Exxon Mobil Corp., Chevron Corp. and Shell plc reported Q3 results; BP p.l.c. follows on Tuesday.",
    "Tesla Inc. vs. BYD Co. Ltd.: who sells more EVs? BYD does, as of Q4 2023.")
doc("abbrev-004",
    "Sanctioned items include dual-use goods, e.g. drones, chips, machine tools, etc.",
    "Some, i.e. those with military end-use, face a total ban.")
doc("abbrev-005",
    "The hearing is set for Jan. 15 at 9 a.m.; a ruling is expected in Feb., or by Sept. at the latest.",
    "The court's No. 1 courtroom seats 120.")
doc("abbrev-006",
    "Sen. Lindsey Graham (R-S.C.) and Sen. Richard Blumenthal (D-Conn.) co-sponsored the bill.",
    "Rep. Nancy Pelosi (D-Calif.) voted no.")
doc("abbrev-007",
    "The U.N., the E.U., the U.K. and the U.S. issued a joint statement.",
    "They urged restraint in the Taiwan Strait.",
    "China rejected the statement, calling it interference by the U.S.")
doc("abbrev-008",
    "The aid arrived via the U.A.E. and was distributed by the I.R.C. in Port Sudan.",
    "Officials from U.S.A.I.D. declined to comment.")
doc("abbrev-009",
    "J.D. Vance and K.P. Sharma Oli have little in common.",
    "Neither does A.B. de Villiers, the cricketer, with W. E. B. Du Bois.")
doc("abbrev-010",
    "St. Petersburg's governor said a drone hit an oil depot near Ust-Luga at approx. 4 a.m.",
    "The U.K.'s MoD said Russia had lost ~87% of its pre-war tank force.")
doc("abbrev-011",
    "The Rt. Hon. David Lammy MP met Ukraine's Amb. Valerii Zaluzhnyi in London.",
    "Zaluzhnyi, a four-star gen., led Ukraine's armed forces until Feb. 2024.")
doc("abbrev-012",
    "The company — formerly Twitter Inc., now X Corp. — was valued at $44bn in Oct. 2022.",
    "Fidelity marked its stake down by 71.5% a year later.")
doc("abbrev-013",
    "Cases filed: Doe v. Smith (2019), U.S. vs. Google (2024), State v. Jones, etc.",
    "See also Art. 5 of the NATO treaty and Sec. 230 of the U.S. Communications Decency Act.")
doc("abbrev-014",
    "The summit runs Mon.-Wed. at the Palais des Nations in Geneva, Switz.",
    "Delegations arrive Sun. evening.")
doc("abbrev-015",
    "Talks resumed at 10 a.m. in the U.S.",
    "They ended at 4 p.m.",
    "Next round in the U.K.")

# ---------------------------------------------------------------------------
# Hyphens, dashes and slashes
# ---------------------------------------------------------------------------
doc("hyphen-001",
    "The anti-government protests turned into a nationwide, self-organised, leader-less movement.",
    "A 17-year-old student's death at a police checkpoint sparked them.",
    "The so-called \"Gen-Z protests\" spread to 30 cities.")
doc("hyphen-002",
    "U.S.-led, U.N.-backed, EU-funded and NATO-trained forces took part.",
    "Russia-Ukraine, Israel-Hamas, India-Pakistan and Armenia-Azerbaijan were on the agenda.")
doc("hyphen-003",
    "The long-range, precision-guided, Western-supplied missiles hit a S-400 battery in Russian-occupied Crimea.",
    "Kyiv's long-awaited F-16s arrived in Aug. 2024.")
doc("hyphen-004",
    "COVID-19, H5N1 bird flu and SARS-CoV-2 variants (e.g. XBB.1.5 and JN.1) were discussed.",
    "The WHO's top official said mpox — formerly monkeypox — remained \"a concern\".")
doc("hyphen-005",
    "The vote — long delayed — finally took place; the result—narrow as expected—was contested.",
    "Turnout in 2019–2024 ranged from 48%–61%.",
    "Ballots were counted from 8 p.m.–2 a.m.")
doc("hyphen-006",
    "The President and/or Vice-President must sign; the 2023/24 and 2024/25 accounts are attached.",
    "He/she will be notified by e-mail.")
doc("hyphen-007",
    "A pro-Western, anti-corruption, EU-leaning coalition won; the pro-Russian bloc came second.",
    "Its leader, a former KGB-trained officer, promised \"a re-think\".")
doc("hyphen-008",
    "Hamas-run Gaza's health ministry, Hezbollah-linked media and Iran-backed militias all reported the strike.",
    "The Israel Defense Forces' post-strike assessment wasn't released.")
doc("hyphen-009",
    "Two- and three-bedroom flats in the war-damaged city cost 30-40% less than pre-war.",
    "Mid-2025 rents rose, though.")
doc("hyphen-010",
    "It was a win-win, face-saving, once-in-a-generation, make-or-break deal — or so they said.",
    "Critics called it a take-it-or-leave-it ultimatum.")

# ---------------------------------------------------------------------------
# Possessives and contractions
# ---------------------------------------------------------------------------
doc("contract-001",
    "\"I'm not resigning, I'm not running away, and I won't apologise,\" the minister said.",
    "\"They're wrong, we've shown it, and it's time to move on.\"",
    "His critics weren't convinced.")
doc("contract-002",
    "“I’m here, we’re here, they’ll see,” said the protester.",
    "“We’ve waited long enough; it’s now or never, isn’t it?”")
doc("contract-003",
    "The states' governors and the governors' aides met; the aides' memo leaked.",
    "Brussels's and Paris's positions differ; Athens' doesn't.",
    "The Philippines' foreign secretary and the Netherlands' PM attended.")
doc("contract-004",
    "Kyiv’s mayor, Moscow’s envoy and the E.U.’s top diplomat all spoke.",
    "The allies’ statement didn’t name Russia.")
doc("contract-005",
    "\"You can't, you shouldn't, and you won't,\" the judge told the defendant.",
    "\"Couldn't we've done more?\" an aide asked later.",
    "\"We'd have if we could've.\"")
doc("contract-006",
    "\"We're gonna win, and they're gonna pay,\" the candidate told supporters.",
    "\"Y'know what, we wanna get this done,\" he added.",
    "\"Ain't nobody stopping us.\"")
doc("contract-007",
    "CAN'T STOP, WON'T STOP: PROTESTERS' VOW AS THE GOVERNMENT'S DEADLINE PASSES")
doc("contract-008",
    "Lula's and Milei's teams didn't meet; Bolsonaro's son said they \"shouldn't\".",
    "Brazil's relations with Argentina's government are at their lowest since the '90s.")
doc("contract-009",
    "It's the economy's turn: it's grown 3% and it's set to slow.",
    "Its growth — or rather, its lack of growth — is the story.")
doc("contract-010",
    "The defence minister said she'd (\"probably\") visit; her office said she'll decide by Friday.",
    "He'll go either way.",
    "You'd think they'd coordinate.")
doc("contract-011",
    "O'Brien, D'Souza and N'Djamena's envoy attended; so did Côte d'Ivoire's delegation.",
    "The Ivorian minister's remarks were in French.")
doc("contract-012",
    "The boys' school and the girls’ school reopened in Kandahar — for boys only.",
    "Teachers’ salaries haven’t been paid since July.")

# ---------------------------------------------------------------------------
# Names, diacritics and non-Latin script
# ---------------------------------------------------------------------------
doc("names-001",
    "Erdoğan, Zelenskyy, Nguyễn Phú Trọng and Lula da Silva were all mentioned in the report.",
    "So were Søren Brostrøm, Björn Höcke, Łukasz Kaczmarek and Zoran Milanović.")
doc("names-002",
    "Japan's PM Fumio Kishida (岸田文雄) and South Korea's Yoon Suk Yeol (윤석열) met in Seoul.",
    "China's Premier Li Qiang (李强) joined them for a trilateral summit, the first since 2019.")
doc("names-003",
    "Iran's Supreme Leader Ali Khamenei (علی خامنه‌ای) and Qatar's Emir Tamim bin Hamad Al Thani (تميم بن حمد آل ثاني) spoke by phone.",
    "Israel's Isaac Herzog (יצחק הרצוג) condemned the attack.")
doc("names-004",
    "Russia's Foreign Minister Sergei Lavrov (Сергей Лавров) and Ukraine's Andrii Sybiha (Андрій Сибіга) didn't shake hands.",
    "Serbia's Aleksandar Vučić (Александар Вучић) watched from the gallery.")
doc("names-005",
    "Thailand's Paetongtarn Shinawatra (แพทองธาร ชินวัตร) and India's Narendra Modi (नरेन्द्र मोदी) signed an MoU.",
    "Greece's Kyriakos Mitsotakis (Κυριάκος Μητσοτάκης) attended virtually.")
doc("names-006",
    "Mexico's Andrés Manuel López Obrador (AMLO) handed over to Claudia Sheinbaum Pardo.",
    "Brazil's Fernando Haddad, Chile's Michelle Bachelet and Colombia's Francia Márquez were present.")
doc("names-007",
    "Côte d'Ivoire's Alassane Ouattara, Benin's Patrice Talon and Togo's Faure Gnassingbé met in Abidjan.",
    "Guinea's Col. Mamadi Doumbouya sent an envoy.")
doc("names-008",
    "Iceland's Halla Tómasdóttir, Norway's Jonas Gahr Støre and Denmark's Mette Frederiksen issued a joint statement.",
    "Greenland's premier Múte B. Egede said the island \"isn't for sale\".")
doc("names-009",
    "Vietnam's Phạm Minh Chính met Laos's Sonexay Siphandone (ສອນໄຊ ສີພັນດອນ) in Vientiane.",
    "Myanmar's Min Aung Hlaing (မင်းအောင်လှိုင်) didn't attend the ASEAN summit.")
doc("names-010",
    "Georgia's Salome Zourabichvili (სალომე ზურაბიშვილი) refused to leave the Orbeliani Palace.",
    "Armenia's Nikol Pashinyan (Նիկոլ Փաշինյան) called for calm.")

# ---------------------------------------------------------------------------
# Wire copy, mixed: more of everything
# ---------------------------------------------------------------------------
doc("wire-001",
    "Dubai-based Emirates said it'd resume flights to Beirut on Feb. 1.",
    "Flydubai's CEO said demand was \"very strong\".",
    "Both carriers cancelled ~2,000 flights in Oct.-Nov. 2024.")
doc("wire-002",
    "Indian Navy commandos boarded the MV Lila Norfolk, freeing its 21 crew, including 15 Indians.",
    "The Liberian-flagged bulk carrier was hijacked 460 nautical miles east of Eyl, Somalia.")
doc("wire-003",
    "The Strait of Hormuz carries ~20% of the world's oil; 17m-18m bpd passed through it in 2023.",
    "Tanker rates on the Middle East–China route tripled to WS 150.")
doc("wire-004",
    "A 6-year-old girl's death in a Southport stabbing attack triggered riots across England in Aug. 2024.",
    "More than 1,280 people were arrested; 800+ were charged.",
    "False claims about the attacker's identity spread on X and Telegram.")
doc("wire-005",
    "The Baltic Sea's Estlink 2 power cable and four telecom cables were damaged on Dec. 25, 2024.",
    "Finnish police seized the Eagle S, a Cook Islands-flagged tanker believed to be part of Russia's shadow fleet.",
    "Its anchor had dragged the seabed for ~100km, investigators said.")
doc("wire-006",
    "Washington, D.C.'s mayor declared a public emergency for the Jan. 6, 2025, certification.",
    "Congress certified Trump's win in about 30 min.")
doc("wire-007",
    "The IMF raised its 2024 global growth forecast to 3.2% from 3.1% but warned of \"persistent\" risks.",
    "It sees U.S. growth at 2.8%, the euro area's at 0.8% and China's at 4.8%.",
    "Chief economist Pierre-Olivier Gourinchas said \"the battle against inflation is almost won\".")
doc("wire-008",
    "Canada expelled six Indian diplomats, including High Commissioner Sanjay Kumar Verma, over the killing of Sikh activist Hardeep Singh Nijjar.",
    "New Delhi retaliated by expelling six Canadians.",
    "The RCMP alleged links between India's agents and \"homicides, extortion and violence\".")
doc("wire-009",
    "Japan's Hidankyo, a group of atomic-bomb survivors (hibakusha), won the 2024 Nobel Peace Prize.",
    "Co-chair Terumi Tanaka, 92, said \"nuclear weapons mustn't ever be used again\".")
doc("wire-010",
    "North Korean troops — an estimated 10,000-12,000 — were deployed to Russia's Kursk region, U.S., South Korean and Ukrainian officials said.",
    "Pyongyang's foreign ministry said any deployment would be \"in line with international law\".")
doc("wire-011",
    "Qatar-based Al Jazeera's bureau in Ramallah was raided by Israeli troops who ordered a 45-day closure.",
    "The network called it \"a criminal act\".")
doc("wire-012",
    "Australia's AUKUS deal with the U.S. and U.K. will cost up to A$368bn ($245bn) over 30 years.",
    "The first Virginia-class subs are due in the early 2030s.")
doc("wire-013",
    "The U.N.'s top court (ICJ) said Israel's continued presence in the occupied Palestinian territories is \"unlawful\".",
    "The advisory opinion, delivered by Judge Nawaf Salam, isn't binding.")
doc("wire-014",
    "Ecuador's troops raided Mexico's embassy in Quito to arrest ex-VP Jorge Glas, who'd been granted asylum.",
    "Mexico City broke off diplomatic ties and took the case to the ICJ.")
doc("wire-015",
    "In a 211-page ruling, the Court of Arbitration for Sport (CAS) banned the skater for 4 years, backdated to Dec. 25, 2021.",
    "Her team said it would \"study the decision\".")
doc("wire-016",
    "France's PM Michel Barnier lost a no-confidence vote, 331-242 (a majority required 288), after just 3 months in office.",
    "It was the first successful censure motion since 1962.")
doc("wire-017",
    "Ukraine's SBU said its operation \"Spiderweb\" hit 41 Russian warplanes, using 117 drones smuggled in trucks.",
    "Russia's defence ministry said \"several aircraft\" caught fire in Murmansk and Irkutsk regions.",
    "Independent verification wasn't possible.")
doc("wire-018",
    "The Paris 2024 Olympics drew 12.1m ticket holders; France won 64 medals, including 16 golds.",
    "Léon Marchand's four individual golds made him the Games' breakout star.")
doc("wire-019",
    "Kenyan activist Boniface Mwangi was detained in Tanzania and later dumped at the border, he said.",
    "\"They tortured us; I'm lucky to be alive,\" the 41-year-old wrote on Instagram.")
doc("wire-020",
    "The EU-Mercosur trade agreement, 25 years in the making, was concluded in Montevideo.",
    "French farmers' unions called it \"a betrayal\"; Germany's Olaf Scholz welcomed it.",
    "The deal covers a market of ~780m people.")
doc("wire-021",
    "Somaliland's Abdirahman Mohamed Abdullahi (\"Irro\") won the breakaway region's presidential vote with 63.92%.",
    "Ethiopia's MoU with Hargeisa — granting it sea access for 50 years — has angered Mogadishu.")
doc("wire-022",
    "Kyiv's Mayor Vitali Klitschko said 3,500+ of the capital's 4,000 high-rise buildings had no heat after the Nov. 28 strikes.",
    "Temperatures were forecast at -7°C overnight.")
doc("wire-023",
    "Germany's far-right AfD won its first state election, in Thuringia, with 32.8%.",
    "Björn Höcke's party came 2nd in Saxony, narrowly behind the CDU's 31.9%.",
    "\"We're the people's party now,\" Höcke said.")
doc("wire-024",
    "A Chinese coast guard ship rammed a Philippine resupply boat at Second Thomas Shoal (Ayungin), injuring a sailor who lost a thumb.",
    "Manila's Defense Secretary Gilberto Teodoro called it \"piracy\".")
doc("wire-025",
    "India's Supreme Court struck down the electoral bonds scheme as \"unconstitutional\", ordering the SBI to disclose donor data by March 6.",
    "The BJP had received ₹6,060 crore ($730m) via bonds since 2018.")
doc("wire-026",
    "Protests erupted in Jakarta over lawmakers' housing allowances of Rp50m/month — about 10x the city's minimum wage.",
    "A delivery driver's death, run over by a police vehicle, fuelled the anger.")
doc("wire-027",
    "Nepal's Gen-Z protests forced PM K.P. Sharma Oli to resign after a social media ban.",
    "At least 72 people died; parliament's building in Kathmandu was set ablaze.",
    "Sushila Karki, 73, a former chief justice, became interim PM.")
doc("wire-028",
    "Madagascar's President Andry Rajoelina fled the country after an elite military unit, CAPSAT, sided with Gen-Z protesters.",
    "Col. Michael Randrianirina was sworn in days later.")
doc("wire-029",
    "Peru's Congress removed Dina Boluarte in a late-night vote, 122-0, citing \"permanent moral incapacity\".",
    "José Jerí, 38, the head of Congress, took over as interim president.")
doc("wire-030",
    "Morocco's \"GenZ212\" movement organised protests via Discord, demanding better hospitals instead of World Cup stadiums.",
    "\"Stadiums are here, but where are the hospitals?\" read one sign.")

# ---------------------------------------------------------------------------
# Edge cases: sentence-final abbreviations, emoji, URLs, odd spacing
# ---------------------------------------------------------------------------
doc("edge-001",
    "The envoy flew back to the U.S.",
    "Her deputy stayed in the U.K.",
    "Both will meet at the U.N.")
doc("edge-002",
    "Sanctions hit Rosneft, Lukoil, Gazprom Neft, Surgutneftegas, etc.",
    "More are coming, e.g. on LNG.")
doc("edge-003",
    "The parade starts at 10 a.m.",
    "It ends at 2 p.m.",
    "Tickets: $5.")
doc("edge-004",
    "See https://www.un.org/en/about-us/un-charter/full-text (Article 51).",
    "Or: www.nato.int/cps/en/natohq/topics_110496.htm.",
    "Contact: media@nato.int; info@osce.org.")
doc("edge-005",
    "Links in the brief: https://reliefweb.int/report/sudan?lang=en&page=2, http://example.com/a-b_c/d.pdf and ftp://data.example.org/file.csv.",
    "The dashboard (https://data.unhcr.org/en/situations/ukraine) updates daily.")
doc("edge-006",
    "Ceasefire?! Not yet!!! Talks resume Monday...",
    "Maybe.",
    "Or maybe not?")
doc("edge-007",
    "🔴 LIVE: Parliament votes on the budget 🗳️",
    "🟢 Passed: 231 ✅ / 180 ❌ / 9 abstentions",
    "🇪🇺🇺🇦🇺🇸🇬🇧 flags were waved outside.")
doc("edge-008",
    "Smoke rose over Khartoum ☁️; residents fled south 🚶‍♀️🚶‍♂️.",
    "The 🧵 on X had 2.1M views by 9pm.")
doc("edge-009",
    "He said \"no\".She said \"yes\".",
    "Then: silence.Nothing more.")
doc("edge-010",
    "(1) Ceasefire; (2) hostages; (3) aid — in that order.",
    "[a] Phase one; [b] phase two; {c} reconstruction.")
doc("edge-011",
    "The minister's reply (see p. 4, para. 12) was, in a word, \"no\".",
    "Pages 5–7 cover the annexes (Annex I–III).")
doc("edge-012",
    "A*STAR, S&P, AT&T, P&O and M&S were named; so was H&M.",
    "The G-7/G-20 formats differ; so do the P5 and E3.")
doc("edge-013",
    "#BREAKING #Iran #Israel @IDF @IRIMFA_EN: strikes reported near Isfahan, 04:23 local (00:53 GMT).",
    "#FreePalestine and #BringThemHomeNow trended side by side.")
doc("edge-014",
    "The U.S.'s position hasn't changed, the U.K.'s has, and the E.U.'s is unclear.",
    "Neither the U.N.'s nor NATO's chief commented.")
doc("edge-015",
    "Seoul's won (₩) hit ₩1,450 per $; Tokyo's yen (¥) fell to ¥158; Beijing's yuan (¥/CNY) was at 7.30.",
    "The pound (£) and euro (€) were steady at $1.27 and $1.08.")
doc("edge-016",
    "...and that's how the talks ended.",
    "…Or so the official version goes.")
doc("edge-017",
    "Three dots: ... Four dots: .... Five: ..... Unicode: … Spaced: . . .",
    "Interrobang?! Double?? Triple!!!")
doc("edge-018",
    "ALL-CAPS: U.S. TROOPS TO LEAVE IRAQ BY 2026, SAYS BAGHDAD'S PM",
    BR,
    "HEADLINE: \"WE WON'T BACK DOWN\" — TAIWAN'S LAI")
doc("edge-019",
    "Ukraine’s 3rd Assault Brigade’s commander said the unit’s losses “aren’t catastrophic.”",
    "Russia’s MoD’s claim couldn’t be verified.")
doc("edge-020",
    "x.com/ZelenskyyUa, t.me/s/ukrainenow and instagram.com/un were cited.",
    "Apps: WhatsApp, Telegram, Signal, WeChat (微信), KakaoTalk (카카오톡) and VK (ВКонтакте).")
doc("edge-021",
    "Iran's rial fell to 1,000,000 per U.S. dollar on Tehran's open market, per bonbast.com.",
    "That's down from ~32,000 in 2015, when the JCPOA was signed.")
doc("edge-022",
    "Twenty-four-year-old, 3-day-old, 100-year-old, 1.5-metre-tall and 30-second-long are all compounds.",
    "So are U.N.-mandated and E.U.-wide.")
doc("edge-023",
    "He paid $1.5bn, $1.5 bn, $1.5-billion and $1,500,000,000 — all the same amount.",
    "She paid €200m, €200 m, EUR 200m and 200m euros.")
doc("edge-024",
    "Times: 3:30 p.m., 3:30pm, 3.30pm, 15:30, 1530 hrs and half past three.",
    "Dates: 19/06/2024, 06/19/2024, 2024-06-19, 19.06.24, June 19, 2024 and 19 June 2024.")
doc("edge-025",
    "Scores: Ukraine 2-1 Slovakia; Georgia 2–0 Portugal; Spain 4 - 1 Georgia.",
    "Record: 10-15 (W-L).")
doc("edge-026",
    "Temps: 30°C, 30 °C, 86°F, 30ºC and 30 C.",
    "Areas: 5km², 5 km2, 5 sq km.")
doc("edge-027",
    "\"It's over\" — or is it?",
    "'It's not,' says the opposition.",
    "‘It’s complicated,’ says the U.N.")
doc("edge-028",
    "There were 10-15 casualties, +3.2% inflation, -0.5% growth and a +/- 3pt margin of error.",
    "Rates were 4.5±0.25%.")
doc("edge-029",
    "Sudan's RSF (قوات الدعم السريع) and the SAF (القوات المسلحة السودانية) both claimed control of El Obeid.",
    "Neither claim could be verified; both sides've blamed each other.")
doc("edge-030",
    "The word \"Dyad\" — from the Greek δυάς — means a pair.",
    "In event data, a dyad is a (source, target) pair, e.g. (USA, CHN) or (RUS, UKR).")
doc("edge-031",
    "Ukrainian: Київ, Харків, Одеса.",
    "Arabic: القاهرة، بيروت، دمشق.",
    "Chinese: 北京、上海、台北。",
    "Korean: 서울, 평양.")
doc("edge-032",
    "Rates (%)    2023    2024",
    BR,
    "Policy       5.25    4.50",
    BR,
    "CPI          3.4     2.9")
doc("edge-033",
    "The  ministry  said   talks    would   continue.",
    "Extra spaces   often appear in scraped copy.")
doc("edge-034",
    "On 9/11/2001 and 7/7/2005, terror struck New York and London.",
    "The 24/7 news cycle covered little else.")
doc("edge-035",
    "Turnout was 66%.",
    "It was 70 % in 2019 and 72pc in 2015.",
    "Growth was 2.5 per cent.")
doc("edge-036",
    "mid-2024, pre-2022, post-1991, late-1990s, the mid-'90s and the 2020s' wars.",
    "Since the '80s, the 1980s' debt crisis has shaped policy.")
doc("edge-037",
    "Kurdish (Kurmancî): \"Jin, jiyan, azadî\" — \"Woman, life, freedom\" — was chanted in Tehran.",
    "In Persian: «زن، زندگی، آزادی».")
doc("edge-038",
    "Hamas's political bureau, Hamas' armed wing and Hamas’s negotiators all issued statements.",
    "Paris's mayor and Paris' police chief disagreed.")
doc("edge-039",
    "Dr Tedros (WHO) and Mr Guterres (UN) spoke — British style, no full stops after titles.",
    "Mr Smith and Mrs Jones agreed with Ms Brown.")
doc("edge-040",
    "The vote was 6:3 (or 6-3, or 6–3) depending on the style guide.",
    "Ratios like 2:1 and 3:2 appear in polls.")
doc("edge-041",
    "Fun fact: the U.S.S.R. dissolved on Dec. 26, 1991.",
    "The U.A.R. (Egypt and Syria) lasted 1958-61.")
doc("edge-042",
    "Her email — first.last@europarl.europa.eu — was listed.",
    "So was @EP_President's handle and the hashtag #EUco.")
doc("edge-043",
    "Emoji-only reply: 👍",
    "Reaction: 👏👏👏",
    "Flag: 🏳️‍🌈",
    "Skin tones: 👋🏻👋🏿")
doc("edge-044",
    "The ship's GPS read 12°34′56″N 43°21′09″E when it was hit.",
    "Weather: 28℃, wind 25kt.")
doc("edge-045",
    "The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated 398 entities.",
    "Their assets in the U.S. are frozen.",
    "OFAC's list is at https://sanctionssearch.ofac.treas.gov/.")
doc("edge-046",
    "Who's who: the PM (Labour), the FM (Lib Dem) and the DPM (Lab.).",
    "What's what: GDP, CPI, PMI & FX.")
doc("edge-047",
    "Moldova'll vote on Sunday; Georgia'll vote in October.",
    "Both've seen Russian interference, officials say.")
doc("edge-048",
    "A 2nd-hand T-72, a brand-new T-90M and two U.S.-made M1A1 Abrams were seen.",
    "Ukraine's Leopard 2A4s came from Poland, Canada and Norway.")
doc("edge-049",
    "Hello.World wasn't a typo in the slogan; neither was \"vote.NOW\".",
    "The party's site, vote-now.ua, crashed at 11am.")
doc("edge-050",
    "END OF BULLETIN",
    PARA,
    "-- 30 --")


# ---------------------------------------------------------------------------
# Building the fixture
# ---------------------------------------------------------------------------
_TOOLS = Path(__file__).resolve().parent
_REPO = _TOOLS.parent
FIXTURE = _REPO / "Tests" / "DyadTextTests" / "Fixtures" / "tokens" / "news-tokens.jsonl"


def build_documents() -> list[dict]:
    """Assemble the documents: ``{"id", "text", "sentences"}`` in order."""
    seen = set()
    docs = []
    for doc_id, parts in DOCS:
        if doc_id in seen:
            raise ValueError(f"duplicate document id {doc_id}")
        seen.add(doc_id)
        pieces = []
        sentences = 0
        prev_was_sentence = False
        for part in parts:
            if part in _MARKERS:
                pieces.append(part)
                prev_was_sentence = False
                continue
            if prev_was_sentence:
                pieces.append(" ")
            pieces.append(part)
            sentences += 1
            prev_was_sentence = True
        if not 1 <= sentences <= 5:
            raise ValueError(f"{doc_id}: {sentences} sentences (want 1-5)")
        docs.append({"id": doc_id, "text": "".join(pieces), "sentences": sentences})
    return docs


def fixture_lines(nlp, docs: list[dict]) -> list[str]:
    import spacy_tokens

    lines = []
    for d in docs:
        record = {"id": d["id"], "text": d["text"],
                  "tokens": spacy_tokens.tokenize(nlp, d["text"])}
        lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Write (or --check) Dyad's spaCy tokenizer fixture "
                    "Tests/DyadTextTests/Fixtures/tokens/news-tokens.jsonl.")
    parser.add_argument("--output", type=Path, default=FIXTURE,
                        help=f"fixture path (default: {FIXTURE.relative_to(_REPO)})")
    parser.add_argument("--check", action="store_true",
                        help="compare with the existing fixture instead of writing it")
    parser.add_argument("--model", choices=["sm", "md"], default="sm",
                        help="spaCy English model whose tokenizer is used")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(_TOOLS))
    import spacy_tokens

    nlp = spacy_tokens.load_tokenizer(args.model)
    docs = build_documents()
    lines = fixture_lines(nlp, docs)
    content = "\n".join(lines) + "\n"

    if args.check:
        old = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if old != content:
            print(f"{args.output}: out of date; run tools/token_set_source.py",
                  file=sys.stderr)
            return 1
        print(f"{args.output}: up to date")
    else:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(content, encoding="utf-8", newline="")

    n_tokens = n_punct = 0
    for line in lines:
        toks = json.loads(line)["tokens"]
        n_tokens += len(toks)
        n_punct += sum(t[2] for t in toks)
    print(f"model: {spacy_tokens.model_description(nlp)}")
    print(f"documents: {len(docs)}")
    print(f"sentences: {sum(d['sentences'] for d in docs)}")
    print(f"multi-line documents: {sum(1 for d in docs if chr(10) in d['text'])}")
    print(f"tokens: {n_tokens}")
    print(f"non-punctuation tokens: {n_tokens - n_punct}")
    print(f"punctuation tokens: {n_punct}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

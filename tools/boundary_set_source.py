#!/usr/bin/env python3
"""Hand-written gold standard for Dyad's rule-based English sentence splitter.

Running this file writes

    Tests/DyadTextTests/Fixtures/sentences/news-boundaries.jsonl

(one JSON object per line: {"id", "text", "sentences"}) after verifying that
every gold sentence occurs verbatim in its text, in order, with only
whitespace between consecutive sentences.

Provenance: every text below was written from scratch for this test set in a
modern (2015-2026) wire/news style. Nothing was copied from a corpus, a
website or /work/shared. The documents are synthetic test material: real
public figures and places appear, but the events, figures and quotations are
illustrative and must not be cited as reporting.

Segmentation conventions (what a careful human editor would do):
  * A headline or sub-heading on its own line is its own sentence, with or
    without final punctuation.
  * A dateline ("SEOUL, March 28 (Yonhap) —") belongs to the sentence it
    introduces.
  * A byline line ("By Jane Doe") and an update note line ("(Adds ...)") are
    their own sentences.
  * A photo caption on its own line is its own sentence (credit included).
  * A list item on its own line ("- item", "• item", "1. item") is its own
    sentence, marker included; the line introducing the list is its own
    sentence.
  * A paragraph break (blank line) is always a boundary, even when the
    paragraph has no final punctuation.
  * A single line break inside a sentence (hard-wrapped text) is NOT a
    boundary; the gold sentence contains the newline verbatim.
  * An abbreviation period that ends a sentence ("... imposed by the U.S.
    Officials in Beijing ...") also ends the sentence; the sentence keeps it.
  * Closing quotation marks, closing parentheses/brackets and footnote markers
    ("[3]") that follow the final punctuation belong to the sentence they
    close.
  * A quotation ending in "?", "!" or an ellipsis that is followed by a
    lowercase attribution ("... she asked.") does not end the sentence; a
    quotation embedded in a sentence is never split internally.
  * A complete sentence inside parentheses or brackets is its own sentence.
  * An ellipsis ends a sentence only when a new sentence follows it; an
    ellipsis followed by a lowercase continuation is sentence-internal.
  * Gold sentences carry no leading/trailing whitespace and no text lies
    outside a sentence.

Phenomenon tags: each document is tagged by hand (TAGS below). Most tags also
have a mechanical detector; the script fails if a hand tag and its detector
disagree, so the printed per-phenomenon counts can be trusted. "headline",
"caption" and "quote_then_attrib" are checked by hand only.
"""

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Tests" / "DyadTextTests" / "Fixtures" / "sentences" / "news-boundaries.jsonl"

TAGS = {
    "abbrev_mid": "known abbreviation inside a sentence (period is not a boundary)",
    "abbrev_end": "abbreviation (a.m., Inc., Jr., etc., ...) whose period also ends a sentence",
    "initialism_end": "U.S./U.K./U.N./E.U./D.C. ending a sentence that is followed by another",
    "initials": "personal initials / middle initials / single capital letter + period",
    "numbers": "decimals, money, percentages, times, versions, ordinals, No. 2",
    "ellipsis_mid": "'...' or '…' inside a sentence",
    "ellipsis_end": "'...' or '…' ending a sentence",
    "quote_end": "sentence ending with a closing quotation mark",
    "quote_start": "sentence starting with an opening quotation mark",
    "quote_q_excl": "quotation closing right after '?' or '!'",
    "quote_then_attrib": "quoted sentence, attribution follows as a new sentence",
    "curly_quotes": "curly quotation marks “ ” ‘ ’",
    "question_excl": "sentence ending with '?' or '!' outside quotation marks",
    "parens": "parentheses closing after final punctuation / sentence-final ')'",
    "brackets": "square brackets: footnote markers, [sic], editor's notes",
    "headline": "headline or sub-heading line without final period",
    "dateline": "dateline opening the first sentence",
    "byline": "byline line",
    "caption": "photo caption line",
    "bullets": "list items on their own lines",
    "hard_wrap": "line break inside a sentence",
    "paragraph_break": "blank line between sentences",
    "url_email": "URL or e-mail address",
    "digit_start": "sentence starting with a digit",
    "lowercase_start": "sentence starting with a lowercase letter (iPhone, eBay)",
    "diacritics": "Latin letters with diacritics",
    "cjk": "Chinese/Japanese/Korean characters",
    "dashes": "em/en dashes",
    "emoji": "emoji",
}

DOCS = []


def doc(doc_id, tags, text, sentences):
    DOCS.append({"id": doc_id, "tags": tags.split(), "text": text, "sentences": sentences})


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------

# --- Mixed openers: headlines, datelines, core abbreviations ---------------

doc("news-001", "headline dateline abbrev_mid",
    "Russia and North Korea sign defence pact\nMOSCOW, June 19 (Reuters) - The two countries signed a mutual defence treaty on Wednesday during a rare visit by President Vladimir Putin to Pyongyang. The agreement obliges each side to help the other if it is attacked, according to a text published by state media. U.S. officials said they were studying the document.",
    ["Russia and North Korea sign defence pact",
     "MOSCOW, June 19 (Reuters) - The two countries signed a mutual defence treaty on Wednesday during a rare visit by President Vladimir Putin to Pyongyang.",
     "The agreement obliges each side to help the other if it is attacked, according to a text published by state media.",
     "U.S. officials said they were studying the document."])

doc("news-002", "abbrev_mid initialism_end",
    "Sen. Maria Delgado, a Democrat from New Mexico, and Rep. Thomas Greer Jr., a Republican from Ohio, introduced the bill on Tuesday. It would bar federal agencies from buying drones made by companies linked to countries under U.S. sanctions. Gov. Ellen Park of Virginia endorsed the measure at a rally in Washington, D.C. The White House has not taken a position.",
    ["Sen. Maria Delgado, a Democrat from New Mexico, and Rep. Thomas Greer Jr., a Republican from Ohio, introduced the bill on Tuesday.",
     "It would bar federal agencies from buying drones made by companies linked to countries under U.S. sanctions.",
     "Gov. Ellen Park of Virginia endorsed the measure at a rally in Washington, D.C.",
     "The White House has not taken a position."])

doc("news-003", "abbrev_mid initialism_end numbers quote_end",
    '''The agreement was signed at 10.15 a.m. in Geneva by Swiss Trade Secretary Ana Ruiz and her counterpart from the U.K. Negotiators had worked through the night. The deal cuts tariffs on 4,500 product lines and is worth an estimated £2.3 billion a year to British exporters. Ms. Ruiz called it "a modest but real step." Critics were less impressed.''',
    ["The agreement was signed at 10.15 a.m. in Geneva by Swiss Trade Secretary Ana Ruiz and her counterpart from the U.K.",
     "Negotiators had worked through the night.",
     "The deal cuts tariffs on 4,500 product lines and is worth an estimated £2.3 billion a year to British exporters.",
     '''Ms. Ruiz called it "a modest but real step."''',
     "Critics were less impressed."])

doc("news-004", "ellipsis_mid ellipsis_end quote_start quote_end",
    '''The minister paused before answering. "We are considering... all options," she said. Asked whether that included a military response, she replied: "I will not speculate..." The briefing ended a few minutes later.''',
    ["The minister paused before answering.",
     '''"We are considering... all options," she said.''',
     '''Asked whether that included a military response, she replied: "I will not speculate..."''',
     "The briefing ended a few minutes later."])

doc("news-005", "headline byline dateline dashes quote_q_excl emoji quote_end numbers",
    '''Protesters block roads across Kenya as finance bill vote nears\nBy Achieng Otieno\nNAIROBI, June 25 (AFP) — Thousands of young Kenyans marched on parliament on Tuesday, chanting "Reject, reject!" as lawmakers debated tax increases. Police fired tear gas near the central business district. One organiser posted on X: "We are not afraid anymore 🇰🇪✊ #RejectFinanceBill2024" The post was shared more than 40,000 times.''',
    ["Protesters block roads across Kenya as finance bill vote nears",
     "By Achieng Otieno",
     '''NAIROBI, June 25 (AFP) — Thousands of young Kenyans marched on parliament on Tuesday, chanting "Reject, reject!" as lawmakers debated tax increases.''',
     "Police fired tear gas near the central business district.",
     '''One organiser posted on X: "We are not afraid anymore 🇰🇪✊ #RejectFinanceBill2024"''',
     "The post was shared more than 40,000 times."])

doc("news-006", "caption abbrev_mid ellipsis_mid",
    "Smoke rises over Khartoum after overnight shelling on April 16, 2023 (AFP photo)\nFighting between the army and the Rapid Support Forces (RSF) entered its second day on Sunday. Gen. Abdel Fattah al-Burhan, the army chief, said his troops held the presidential palace. The RSF rejected that claim... and said its fighters controlled the airport. Neither account could be independently verified.",
    ["Smoke rises over Khartoum after overnight shelling on April 16, 2023 (AFP photo)",
     "Fighting between the army and the Rapid Support Forces (RSF) entered its second day on Sunday.",
     "Gen. Abdel Fattah al-Burhan, the army chief, said his troops held the presidential palace.",
     "The RSF rejected that claim... and said its fighters controlled the airport.",
     "Neither account could be independently verified."])

doc("news-007", "hard_wrap abbrev_mid",
    "The U.N. Security Council met behind closed doors on\nFriday to discuss the fighting in eastern Congo. Diplomats said\nFrance had circulated a draft statement calling for an immediate\nceasefire. The text was blocked by one member. A vote on a formal resolution could come as early\nas Monday, according to two envoys.",
    ["The U.N. Security Council met behind closed doors on\nFriday to discuss the fighting in eastern Congo.",
     "Diplomats said\nFrance had circulated a draft statement calling for an immediate\nceasefire.",
     "The text was blocked by one member.",
     "A vote on a formal resolution could come as early\nas Monday, according to two envoys."])

doc("news-008", "initialism_end abbrev_mid",
    "China announced export controls on gallium and germanium, two metals used in chips and solar panels. The move was widely seen as a response to chip restrictions imposed by the U.S. Officials in Beijing denied any link. U.S. Commerce Department officials said they were assessing the impact on American manufacturers.",
    ["China announced export controls on gallium and germanium, two metals used in chips and solar panels.",
     "The move was widely seen as a response to chip restrictions imposed by the U.S.",
     "Officials in Beijing denied any link.",
     "U.S. Commerce Department officials said they were assessing the impact on American manufacturers."])

doc("news-009", "initials",
    "South Africa marked 30 years since its first democratic election with a ceremony in Pretoria. F. W. de Klerk, the last apartheid-era president, died in 2021. Historians say his talks with Nelson Mandela remain a model for negotiated transitions. President Cyril Ramaphosa quoted W. E. B. Du Bois in his speech.",
    ["South Africa marked 30 years since its first democratic election with a ceremony in Pretoria.",
     "F. W. de Klerk, the last apartheid-era president, died in 2021.",
     "Historians say his talks with Nelson Mandela remain a model for negotiated transitions.",
     "President Cyril Ramaphosa quoted W. E. B. Du Bois in his speech."])

doc("news-010", "initials abbrev_mid",
    "The presidential centre in Dallas named after George W. Bush hosted a forum on refugee resettlement on Thursday. Speakers included Sen. Jon A. Ridley and Dr. Priya N. Shah, a physician who runs a clinic for Afghan evacuees. The forum was open to the public. Tickets sold out within hours.",
    ["The presidential centre in Dallas named after George W. Bush hosted a forum on refugee resettlement on Thursday.",
     "Speakers included Sen. Jon A. Ridley and Dr. Priya N. Shah, a physician who runs a clinic for Afghan evacuees.",
     "The forum was open to the public.",
     "Tickets sold out within hours."])

doc("news-011", "question_excl quote_q_excl quote_start numbers",
    '''Will the ceasefire hold? Few analysts in Beirut are willing to bet on it. "Enough!" shouted a woman outside a damaged apartment block in Dahiyeh. "Who will rebuild our homes?" she asked. Officials estimate reconstruction could cost more than $11 billion.''',
    ["Will the ceasefire hold?",
     "Few analysts in Beirut are willing to bet on it.",
     '''"Enough!" shouted a woman outside a damaged apartment block in Dahiyeh.''',
     '''"Who will rebuild our homes?" she asked.''',
     "Officials estimate reconstruction could cost more than $11 billion."])

doc("news-012", "parens numbers diacritics",
    "The central bank raised its benchmark rate to 50 percent on Thursday. (It had already lifted rates by 250 basis points in January.) The lira was little changed at 32.4 per dollar. Governor Fatih Karahan said inflation would peak in May (at about 75 percent) before easing. President Recep Tayyip Erdoğan has backed the tighter policy since his re-election.",
    ["The central bank raised its benchmark rate to 50 percent on Thursday.",
     "(It had already lifted rates by 250 basis points in January.)",
     "The lira was little changed at 32.4 per dollar.",
     "Governor Fatih Karahan said inflation would peak in May (at about 75 percent) before easing.",
     "President Recep Tayyip Erdoğan has backed the tighter policy since his re-election."])

doc("news-013", "brackets numbers url_email",
    "Civilian deaths in the region rose by 38 percent in 2023, the report found.[1] Most were caused by explosive weapons used in populated areas.[2] The authors urged governments to sign the 2022 political declaration on the issue. Sources are listed at www.example-monitor.org/report2024. The group said it would update the figures in March.",
    ["Civilian deaths in the region rose by 38 percent in 2023, the report found.[1]",
     "Most were caused by explosive weapons used in populated areas.[2]",
     "The authors urged governments to sign the 2022 political declaration on the issue.",
     "Sources are listed at www.example-monitor.org/report2024.",
     "The group said it would update the figures in March."])

doc("news-014", "headline dateline bullets dashes numbers",
    '''EU adopts 14th sanctions package against Russia\nBRUSSELS, June 24 — European Union foreign ministers approved a new round of sanctions on Monday. The main measures include:\n- a ban on reloading Russian liquefied natural gas in EU ports\n- asset freezes on 116 individuals and entities\n- new curbs on the "shadow fleet" of tankers carrying Russian oil\nDiplomats said the package had been held up for weeks by disagreements among member states.''',
    ["EU adopts 14th sanctions package against Russia",
     "BRUSSELS, June 24 — European Union foreign ministers approved a new round of sanctions on Monday.",
     "The main measures include:",
     "- a ban on reloading Russian liquefied natural gas in EU ports",
     "- asset freezes on 116 individuals and entities",
     '''- new curbs on the "shadow fleet" of tankers carrying Russian oil''',
     "Diplomats said the package had been held up for weeks by disagreements among member states."])

doc("news-015", "headline paragraph_break abbrev_mid",
    "Talks in Doha\n\nMediators from Qatar, Egypt and the U.S. met Hamas negotiators for a third day on Wednesday. An Israeli delegation stayed in a separate hotel. No breakthrough was announced\n\nWhat comes next\n\nA senior official said a revised proposal could be presented by the end of the week. Another said that was optimistic.",
    ["Talks in Doha",
     "Mediators from Qatar, Egypt and the U.S. met Hamas negotiators for a third day on Wednesday.",
     "An Israeli delegation stayed in a separate hotel.",
     "No breakthrough was announced",
     "What comes next",
     "A senior official said a revised proposal could be presented by the end of the week.",
     "Another said that was optimistic."])

doc("news-016", "url_email abbrev_mid numbers",
    "Journalists wishing to attend the briefing must register by 5 p.m. on Thursday. Requests should be sent to press@mofa.go.kr. Accreditation badges can be collected at the ministry's main gate from 8.30 a.m. on Friday. Late requests will not be accepted.",
    ["Journalists wishing to attend the briefing must register by 5 p.m. on Thursday.",
     "Requests should be sent to press@mofa.go.kr.",
     "Accreditation badges can be collected at the ministry's main gate from 8.30 a.m. on Friday.",
     "Late requests will not be accepted."])

doc("news-017", "dateline dashes cjk",
    "SEOUL, March 28 (Yonhap) — South Korea's foreign minister held talks with his Japanese counterpart in Tokyo on Thursday, the ministry said. The two sides agreed to expand cooperation on supply chains and on North Korea's missile programme. Prime Minister Kishida Fumio (岸田文雄) also received the minister. The ministry gave no details of that meeting.",
    ["SEOUL, March 28 (Yonhap) — South Korea's foreign minister held talks with his Japanese counterpart in Tokyo on Thursday, the ministry said.",
     "The two sides agreed to expand cooperation on supply chains and on North Korea's missile programme.",
     "Prime Minister Kishida Fumio (岸田文雄) also received the minister.",
     "The ministry gave no details of that meeting."])

doc("news-018", "digit_start",
    "2024 was the biggest election year on record. Voters in more than 60 countries, home to about half the world's population, went to the polls. 642 million people voted in India alone, the Election Commission said. Turnout elsewhere was mixed, with record lows in several European contests.",
    ["2024 was the biggest election year on record.",
     "Voters in more than 60 countries, home to about half the world's population, went to the polls.",
     "642 million people voted in India alone, the Election Commission said.",
     "Turnout elsewhere was mixed, with record lows in several European contests."])

doc("news-019", "lowercase_start abbrev_mid numbers",
    "Smartphone sales in China fell 19 percent in the last quarter, a research firm said. iPhone shipments were hit hardest as domestic brands gained ground. eBay sellers in the region, meanwhile, face new customs rules from Jan. 31. Analysts expect the slump to continue into 2025.",
    ["Smartphone sales in China fell 19 percent in the last quarter, a research firm said.",
     "iPhone shipments were hit hardest as domestic brands gained ground.",
     "eBay sellers in the region, meanwhile, face new customs rules from Jan. 31.",
     "Analysts expect the slump to continue into 2025."])

doc("news-020", "curly_quotes quote_start quote_end",
    "“We will not back down,” the opposition leader told supporters in Caracas. “The vote was stolen.” Her words drew loud applause. The electoral council has not published results broken down by polling station.",
    ["“We will not back down,” the opposition leader told supporters in Caracas.",
     "“The vote was stolen.”",
     "Her words drew loud applause.",
     "The electoral council has not published results broken down by polling station."])

doc("news-021", "curly_quotes abbrev_mid quote_start quote_end",
    "Analysts called the budget a ‘holding pattern’. The finance minister, Ms. Nkosi, rejected that view. ‘This is a budget for growth,’ she said. ‘We have done the hard work already.’ Parliament will vote on it next month.",
    ["Analysts called the budget a ‘holding pattern’.",
     "The finance minister, Ms. Nkosi, rejected that view.",
     "‘This is a budget for growth,’ she said.",
     "‘We have done the hard work already.’",
     "Parliament will vote on it next month."])

doc("news-022", "initialism_end",
    "Serbia's president said his country would stay on the path towards membership of the E.U. He also defended ties with Moscow. Opposition parties accused him of trying to play both sides. Brussels did not immediately respond.",
    ["Serbia's president said his country would stay on the path towards membership of the E.U.",
     "He also defended ties with Moscow.",
     "Opposition parties accused him of trying to play both sides.",
     "Brussels did not immediately respond."])

doc("news-023", "abbrev_mid",
    "Lt. Gen. Yaw Mensah, the commander of the regional force, arrived in Goma on Monday. He was accompanied by Col. Ibrahim Sow and a small team of officers. One soldier, Sgt. Jean-Marie Mbuyi, was wounded in an ambush near Sake on Sunday, the army said. His condition was described as stable.",
    ["Lt. Gen. Yaw Mensah, the commander of the regional force, arrived in Goma on Monday.",
     "He was accompanied by Col. Ibrahim Sow and a small team of officers.",
     "One soldier, Sgt. Jean-Marie Mbuyi, was wounded in an ambush near Sake on Sunday, the army said.",
     "His condition was described as stable."])

doc("news-024", "abbrev_mid diacritics numbers",
    "Prof. Hanna Virtanen of the University of Helsinki said the border closure had cut local cross-border trade by 90 percent. Dr. Olli Mäkinen, an economist, said the losses were concentrated in a handful of towns. Finland shut all crossings with Russia in late 2023. It accuses Moscow of steering migrants to the frontier deliberately.",
    ["Prof. Hanna Virtanen of the University of Helsinki said the border closure had cut local cross-border trade by 90 percent.",
     "Dr. Olli Mäkinen, an economist, said the losses were concentrated in a handful of towns.",
     "Finland shut all crossings with Russia in late 2023.",
     "It accuses Moscow of steering migrants to the frontier deliberately."])

doc("news-025", "abbrev_mid abbrev_end numbers",
    "Election officials in St. Petersburg said turnout had reached 61.3 percent by 8 p.m. Independent monitors reported ballot stuffing at several polling stations. The city election commission said it had received no formal complaints. Results are expected on Monday.",
    ["Election officials in St. Petersburg said turnout had reached 61.3 percent by 8 p.m.",
     "Independent monitors reported ballot stuffing at several polling stations.",
     "The city election commission said it had received no formal complaints.",
     "Results are expected on Monday."])

doc("news-026", "abbrev_mid numbers",
    "Authorities in Tanzania closed the main route up Mt. Kilimanjaro after a fire broke out on its slopes. Rangers said the blaze had spread across several hillsides by Saturday evening. It was contained on Sunday. Tourism accounts for roughly 17 percent of the country's GDP.",
    ["Authorities in Tanzania closed the main route up Mt. Kilimanjaro after a fire broke out on its slopes.",
     "Rangers said the blaze had spread across several hillsides by Saturday evening.",
     "It was contained on Sunday.",
     "Tourism accounts for roughly 17 percent of the country's GDP."])

doc("news-027", "abbrev_mid abbrev_end",
    "The sanctions target two firms registered in the United Arab Emirates and a U.S.-listed logistics company, Pinewood Trading Inc. The Treasury says they helped ship Iranian oil to buyers in Asia. One of them, Gulf Star Marine Ltd., denied wrongdoing. The third is registered in Hong Kong as Oriental Bay Shipping Co. Its owners could not be reached for comment.",
    ["The sanctions target two firms registered in the United Arab Emirates and a U.S.-listed logistics company, Pinewood Trading Inc.",
     "The Treasury says they helped ship Iranian oil to buyers in Asia.",
     "One of them, Gulf Star Marine Ltd., denied wrongdoing.",
     "The third is registered in Hong Kong as Oriental Bay Shipping Co.",
     "Its owners could not be reached for comment."])

doc("news-028", "abbrev_mid abbrev_end numbers quote_end",
    '''The U.S. government approved a bid for a Pennsylvania steelmaker by a unit of Nippon Vector Corp. Shares in the Japanese parent jumped 8.2 percent in Tokyo on Monday. Robert Hale Sr., a former union official, said workers had been "sold out." The company said the plant's headquarters would stay in Pittsburgh.''',
    ["The U.S. government approved a bid for a Pennsylvania steelmaker by a unit of Nippon Vector Corp.",
     "Shares in the Japanese parent jumped 8.2 percent in Tokyo on Monday.",
     '''Robert Hale Sr., a former union official, said workers had been "sold out."''',
     "The company said the plant's headquarters would stay in Pittsburgh."])

doc("news-029", "abbrev_mid abbrev_end",
    "Thousands marched in Atlanta on Monday to mark the birthday of Martin Luther King Jr. The march passed the church where he once preached. Organisers said voting rights were the main theme this year. Rev. Alicia Moore told the crowd to register before the Oct. 7 deadline.",
    ["Thousands marched in Atlanta on Monday to mark the birthday of Martin Luther King Jr.",
     "The march passed the church where he once preached.",
     "Organisers said voting rights were the main theme this year.",
     "Rev. Alicia Moore told the crowd to register before the Oct. 7 deadline."])

doc("news-030", "abbrev_mid abbrev_end",
    "The new rules cover dual-use goods, e.g. drones, night-vision equipment and machine tools. Exporters must obtain a licence for shipments to so-called high-risk destinations, i.e. countries on a list kept by the ministry. The list includes Russia, Belarus, Iran, Syria, etc. Officials say it will be reviewed every six months.",
    ["The new rules cover dual-use goods, e.g. drones, night-vision equipment and machine tools.",
     "Exporters must obtain a licence for shipments to so-called high-risk destinations, i.e. countries on a list kept by the ministry.",
     "The list includes Russia, Belarus, Iran, Syria, etc.",
     "Officials say it will be reviewed every six months."])

# --- Europe and the Middle East --------------------------------------------

doc("news-031", "headline dateline numbers",
    "Labour wins landslide as Conservatives suffer worst result in their history\nLONDON, July 5 (Reuters) - Keir Starmer became Britain's prime minister on Friday after his Labour Party won a large majority in the House of Commons. Labour took 411 of the 650 seats. The Conservatives fell to 121. Turnout was about 60 percent, down sharply from 2019.",
    ["Labour wins landslide as Conservatives suffer worst result in their history",
     "LONDON, July 5 (Reuters) - Keir Starmer became Britain's prime minister on Friday after his Labour Party won a large majority in the House of Commons.",
     "Labour took 411 of the 650 seats.",
     "The Conservatives fell to 121.",
     "Turnout was about 60 percent, down sharply from 2019."])

doc("news-032", "abbrev_mid ellipsis_mid quote_start",
    '''Mr. Macron dissolved the National Assembly on the evening of June 9 after his party was beaten in the European elections. Few in his own camp had been told in advance. "It was a shock... a real shock," one minister told reporters. The first round of voting is set for June 30.''',
    ["Mr. Macron dissolved the National Assembly on the evening of June 9 after his party was beaten in the European elections.",
     "Few in his own camp had been told in advance.",
     '''"It was a shock... a real shock," one minister told reporters.''',
     "The first round of voting is set for June 30."])

doc("news-033", "dateline dashes numbers quote_end",
    '''BERLIN (dpa) – Germany's three-party coalition collapsed on Wednesday night after Chancellor Olaf Scholz dismissed his finance minister. The dispute centred on how to close a gap of about €10 billion in next year's budget. Opposition leader Friedrich Merz demanded a confidence vote "immediately." Scholz said he would call one in January. Early elections are now widely expected in February.''',
    ["BERLIN (dpa) – Germany's three-party coalition collapsed on Wednesday night after Chancellor Olaf Scholz dismissed his finance minister.",
     "The dispute centred on how to close a gap of about €10 billion in next year's budget.",
     '''Opposition leader Friedrich Merz demanded a confidence vote "immediately."''',
     "Scholz said he would call one in January.",
     "Early elections are now widely expected in February."])

doc("news-034", "numbers dashes diacritics quote_end question_excl",
    '''Poland's parliament approved a bill on Friday to raise defence spending to 4.7 percent of GDP next year, the highest share in NATO. The vote was 438–0, with a handful of abstentions. Defence Minister Władysław Kosiniak-Kamysz called it "a signal to Moscow." Critics asked: how will the country pay for it?''',
    ["Poland's parliament approved a bill on Friday to raise defence spending to 4.7 percent of GDP next year, the highest share in NATO.",
     "The vote was 438–0, with a handful of abstentions.",
     '''Defence Minister Władysław Kosiniak-Kamysz called it "a signal to Moscow."''',
     "Critics asked: how will the country pay for it?"])

doc("news-035", "dateline dashes quote_start",
    '''KYIV, Ukraine (AP) — Russian drones and missiles struck energy facilities in at least five regions overnight, Ukrainian officials said Tuesday. President Volodymyr Zelenskyy said more than 120 missiles and 90 drones had been launched. "Russia is again trying to leave our cities without light," he wrote on Telegram. Power cuts were reported in Kyiv, Lviv and Odesa.''',
    ["KYIV, Ukraine (AP) — Russian drones and missiles struck energy facilities in at least five regions overnight, Ukrainian officials said Tuesday.",
     "President Volodymyr Zelenskyy said more than 120 missiles and 90 drones had been launched.",
     '''"Russia is again trying to leave our cities without light," he wrote on Telegram.''',
     "Power cuts were reported in Kyiv, Lviv and Odesa."])

doc("news-036", "headline dateline dashes diacritics abbrev_mid quote_end ellipsis_end numbers",
    '''Moldova votes in tight referendum on E.U. membership\nCHIȘINĂU, Oct. 20 — Moldovans voted on Sunday on whether to enshrine the goal of joining the European Union in the constitution. President Maia Sandu called the vote "historic." Early results showed the "No" camp narrowly ahead... By Monday morning, the "Yes" side had edged in front with 50.4 percent.''',
    ["Moldova votes in tight referendum on E.U. membership",
     "CHIȘINĂU, Oct. 20 — Moldovans voted on Sunday on whether to enshrine the goal of joining the European Union in the constitution.",
     '''President Maia Sandu called the vote "historic."''',
     '''Early results showed the "No" camp narrowly ahead...''',
     '''By Monday morning, the "Yes" side had edged in front with 50.4 percent.'''])

doc("news-037", "caption abbrev_mid initialism_end",
    "Photo: Protesters wave EU and Georgian flags outside parliament in Tbilisi on Dec. 1, 2024\nTens of thousands of people rallied in Tbilisi for a fourth straight night on Sunday. They are protesting against the government's decision to suspend talks on joining the E.U. Police used water cannon to clear Rustaveli Avenue after midnight. The interior ministry said 44 officers had been injured.",
    ["Photo: Protesters wave EU and Georgian flags outside parliament in Tbilisi on Dec. 1, 2024",
     "Tens of thousands of people rallied in Tbilisi for a fourth straight night on Sunday.",
     "They are protesting against the government's decision to suspend talks on joining the E.U.",
     "Police used water cannon to clear Rustaveli Avenue after midnight.",
     "The interior ministry said 44 officers had been injured."])

doc("news-038", "abbrev_mid",
    "The case, European Commission vs. Hungary, centres on a 2021 law restricting the portrayal of homosexuality to minors. An adviser to the E.U.'s top court said in June that the law breached the bloc's treaties. A final ruling is due later this year. Budapest says the law protects children.",
    ["The case, European Commission vs. Hungary, centres on a 2021 law restricting the portrayal of homosexuality to minors.",
     "An adviser to the E.U.'s top court said in June that the law breached the bloc's treaties.",
     "A final ruling is due later this year.",
     "Budapest says the law protects children."])

doc("news-039", "numbers abbrev_mid ellipsis_mid",
    "Israel's security cabinet approved the first phase of the deal late on Friday. In return for the release of 33 hostages over six weeks, Israel would free hundreds of Palestinian prisoners. The ceasefire was due to take effect at 8.30 a.m. on Sunday... but began nearly three hours late. Gaza's health ministry says more than 46,000 people have been killed in the war.",
    ["Israel's security cabinet approved the first phase of the deal late on Friday.",
     "In return for the release of 33 hostages over six weeks, Israel would free hundreds of Palestinian prisoners.",
     "The ceasefire was due to take effect at 8.30 a.m. on Sunday... but began nearly three hours late.",
     "Gaza's health ministry says more than 46,000 people have been killed in the war."])

doc("news-040", "curly_quotes quote_q_excl quote_start",
    "Iran's supreme leader addressed crowds in Tehran on Friday for the first time in nearly five years. “The resistance will not retreat!” he told worshippers. Thousands chanted in response. Western governments dismissed the speech as defiant rhetoric.",
    ["Iran's supreme leader addressed crowds in Tehran on Friday for the first time in nearly five years.",
     "“The resistance will not retreat!” he told worshippers.",
     "Thousands chanted in response.",
     "Western governments dismissed the speech as defiant rhetoric."])

doc("news-041", "headline dateline paragraph_break abbrev_mid",
    "Assad regime falls as rebels enter Damascus\n\nDAMASCUS, Dec. 8 (Reuters) - Syrian rebels said on Sunday they had taken control of the capital without resistance. Crowds gathered in Umayyad Square. President Bashar al-Assad's whereabouts were not immediately known. Hours later, Russian state media reported that he was in Moscow.",
    ["Assad regime falls as rebels enter Damascus",
     "DAMASCUS, Dec. 8 (Reuters) - Syrian rebels said on Sunday they had taken control of the capital without resistance.",
     "Crowds gathered in Umayyad Square.",
     "President Bashar al-Assad's whereabouts were not immediately known.",
     "Hours later, Russian state media reported that he was in Moscow."])

doc("news-042", "cjk quote_end abbrev_mid",
    '''Saudi Arabia and Iran agreed to restore diplomatic relations after talks hosted by China, the three countries said in a joint statement on Friday. China's top diplomat, Wang Yi (王毅), called the deal "a victory for dialogue." Embassies are to reopen within two months. The U.S. said it welcomed any effort to reduce tensions in the region.''',
    ["Saudi Arabia and Iran agreed to restore diplomatic relations after talks hosted by China, the three countries said in a joint statement on Friday.",
     '''China's top diplomat, Wang Yi (王毅), called the deal "a victory for dialogue."''',
     "Embassies are to reopen within two months.",
     "The U.S. said it welcomed any effort to reduce tensions in the region."])

doc("news-043", "url_email ellipsis_end",
    "The ministry published the full text of the agreement on its website, www.mofa.gov.bh, on Tuesday evening. It runs to 14 pages. An English translation is expected later... Officials did not say when.",
    ["The ministry published the full text of the agreement on its website, www.mofa.gov.bh, on Tuesday evening.",
     "It runs to 14 pages.",
     "An English translation is expected later...",
     "Officials did not say when."])

doc("news-044", "abbrev_mid",
    "Lebanon's parliament elected army commander Gen. Joseph Aoun as president on Thursday, ending a vacancy of more than two years. He won 99 votes in the second round. In his first speech, Mr. Aoun promised that the state would have a monopoly on weapons. The U.S. and France had pushed hard for the vote.",
    ["Lebanon's parliament elected army commander Gen. Joseph Aoun as president on Thursday, ending a vacancy of more than two years.",
     "He won 99 votes in the second round.",
     "In his first speech, Mr. Aoun promised that the state would have a monopoly on weapons.",
     "The U.S. and France had pushed hard for the vote."])

doc("news-045", "question_excl parens abbrev_mid",
    "Will the aid corridor reopen? (Officials in Amman say they hope so.) Trucks have been stuck at the border crossing for nine days. The U.N. says about 600 trucks a day are needed.",
    ["Will the aid corridor reopen?",
     "(Officials in Amman say they hope so.)",
     "Trucks have been stuck at the border crossing for nine days.",
     "The U.N. says about 600 trucks a day are needed."])

doc("news-046", "numbers abbrev_mid",
    "Egypt's pound plunged to a record low of 49.5 to the dollar on Wednesday after the central bank let it float. The bank also raised interest rates by 600 basis points. The IMF said it would expand its loan programme to $8 billion. Prices of bread, fuel, medicine, etc. are expected to rise in the coming weeks. Many Egyptians are already struggling.",
    ["Egypt's pound plunged to a record low of 49.5 to the dollar on Wednesday after the central bank let it float.",
     "The bank also raised interest rates by 600 basis points.",
     "The IMF said it would expand its loan programme to $8 billion.",
     "Prices of bread, fuel, medicine, etc. are expected to rise in the coming weeks.",
     "Many Egyptians are already struggling."])

doc("news-047", "numbers abbrev_mid ellipsis_mid",
    "Iraq's parliament passed Law No. 4 of 2024 on Sunday after months of delay. The law sets the budget for three years... an unusual step. Kurdish lawmakers walked out before the vote. They say the region's share is too small.",
    ["Iraq's parliament passed Law No. 4 of 2024 on Sunday after months of delay.",
     "The law sets the budget for three years... an unusual step.",
     "Kurdish lawmakers walked out before the vote.",
     "They say the region's share is too small."])

doc("news-048", "diacritics abbrev_mid",
    "Turkish police detained the mayor of Istanbul, Ekrem İmamoğlu, on Wednesday in a corruption investigation. His supporters called the move politically motivated. Mr. İmamoğlu, who had been expected to run for president, denied the allegations. Protests spread to at least 40 cities by the weekend.",
    ["Turkish police detained the mayor of Istanbul, Ekrem İmamoğlu, on Wednesday in a corruption investigation.",
     "His supporters called the move politically motivated.",
     "Mr. İmamoğlu, who had been expected to run for president, denied the allegations.",
     "Protests spread to at least 40 cities by the weekend."])

doc("news-049", "initialism_end dashes",
    "The board of governors voted 19–3 to censure Iran for failing to cooperate with inspectors from the U.N. Twelve countries abstained. Tehran said it would respond by installing more advanced centrifuges. Diplomats in Vienna said the resolution had been drafted by Britain, France and Germany.",
    ["The board of governors voted 19–3 to censure Iran for failing to cooperate with inspectors from the U.N.",
     "Twelve countries abstained.",
     "Tehran said it would respond by installing more advanced centrifuges.",
     "Diplomats in Vienna said the resolution had been drafted by Britain, France and Germany."])

doc("news-050", "abbrev_mid ellipsis_mid",
    "Houthi forces fired two anti-ship missiles at a Liberian-flagged tanker in the Red Sea on Tuesday, the U.S. military said. Neither hit the vessel. The group, which controls much of northern Yemen, says it targets ships linked to Israel... though many have no such link. Shipping firms have diverted hundreds of vessels around the Cape of Good Hope.",
    ["Houthi forces fired two anti-ship missiles at a Liberian-flagged tanker in the Red Sea on Tuesday, the U.S. military said.",
     "Neither hit the vessel.",
     "The group, which controls much of northern Yemen, says it targets ships linked to Israel... though many have no such link.",
     "Shipping firms have diverted hundreds of vessels around the Cape of Good Hope."])

doc("news-051", "curly_quotes quote_q_excl quote_end diacritics numbers",
    "Thousands of people marched through Valencia on Saturday to demand the resignation of the regional leader over his handling of deadly floods. Many carried signs reading “¡Asesinos!” and “¡Dimisión!” Police said about 130,000 took part. The regional government said it had acted on the information it had at the time.",
    ["Thousands of people marched through Valencia on Saturday to demand the resignation of the regional leader over his handling of deadly floods.",
     "Many carried signs reading “¡Asesinos!” and “¡Dimisión!”",
     "Police said about 130,000 took part.",
     "The regional government said it had acted on the information it had at the time."])

doc("news-052", "quote_start quote_end abbrev_mid",
    '''The Dutch government collapsed on Tuesday after the far-right party of Geert Wilders quit the coalition over asylum policy. Prime Minister Dick Schoof said he would tender his resignation to the king. New elections are expected in October or November. "This is irresponsible," said one coalition partner. Mr. Wilders said he had "no choice."''',
    ["The Dutch government collapsed on Tuesday after the far-right party of Geert Wilders quit the coalition over asylum policy.",
     "Prime Minister Dick Schoof said he would tender his resignation to the king.",
     "New elections are expected in October or November.",
     '''"This is irresponsible," said one coalition partner.''',
     '''Mr. Wilders said he had "no choice."'''])

doc("news-053", "abbrev_mid parens",
    "Finnish authorities boarded a tanker suspected of damaging an undersea power cable in the Gulf of Finland on Dec. 25. The Eagle S, registered in the Cook Islands, is believed to be part of Russia's shadow fleet. Investigators said its anchor had been dragged for about 100 km (62 miles). (The ship's owner denied any wrongdoing.) Estonia sent a naval patrol to the area on Friday.",
    ["Finnish authorities boarded a tanker suspected of damaging an undersea power cable in the Gulf of Finland on Dec. 25.",
     "The Eagle S, registered in the Cook Islands, is believed to be part of Russia's shadow fleet.",
     "Investigators said its anchor had been dragged for about 100 km (62 miles).",
     "(The ship's owner denied any wrongdoing.)",
     "Estonia sent a naval patrol to the area on Friday."])

doc("news-054", "numbers abbrev_mid",
    "Greece repaid €5.3 billion of its bailout loans early, the finance ministry said on Tuesday. The payment covers loans from the first programme, i.e. the one agreed in 2010. Athens has now repaid about €37 billion ahead of schedule. Investors have rewarded it with lower borrowing costs, e.g. a 10-year yield of 3.1 percent.",
    ["Greece repaid €5.3 billion of its bailout loans early, the finance ministry said on Tuesday.",
     "The payment covers loans from the first programme, i.e. the one agreed in 2010.",
     "Athens has now repaid about €37 billion ahead of schedule.",
     "Investors have rewarded it with lower borrowing costs, e.g. a 10-year yield of 3.1 percent."])

doc("news-055", "abbrev_mid initialism_end",
    "Mrs. Harriet Cole, the Northern Ireland secretary, met party leaders at Stormont on Monday. She said the new trade arrangements had removed most checks on goods moving from Great Britain. Unionist parties disagree. They argue the region is still treated differently from the rest of the U.K. Talks are due to continue on Thursday.",
    ["Mrs. Harriet Cole, the Northern Ireland secretary, met party leaders at Stormont on Monday.",
     "She said the new trade arrangements had removed most checks on goods moving from Great Britain.",
     "Unionist parties disagree.",
     "They argue the region is still treated differently from the rest of the U.K.",
     "Talks are due to continue on Thursday."])

doc("news-056", "abbrev_mid numbers",
    "Belarus freed 16 political prisoners on Aug. 17, including a journalist who had been jailed since 2021. The release followed a visit to Minsk by a U.S. envoy. Rights groups say more than 1,100 people remain behind bars for political reasons. The foreign ministry in Minsk did not comment.",
    ["Belarus freed 16 political prisoners on Aug. 17, including a journalist who had been jailed since 2021.",
     "The release followed a visit to Minsk by a U.S. envoy.",
     "Rights groups say more than 1,100 people remain behind bars for political reasons.",
     "The foreign ministry in Minsk did not comment."])

doc("news-057", "curly_quotes quote_q_excl quote_start dashes numbers",
    "“Who will pay for this?” asked the mayor of a small town near Bologna, standing in water up to her knees. The region has been hit by three floods in 18 months. Rome has promised €2 billion in aid — but little has arrived. Farmers say their losses are far higher.",
    ["“Who will pay for this?” asked the mayor of a small town near Bologna, standing in water up to her knees.",
     "The region has been hit by three floods in 18 months.",
     "Rome has promised €2 billion in aid — but little has arrived.",
     "Farmers say their losses are far higher."])

doc("news-058", "dateline abbrev_mid numbers",
    "DAVOS, Switzerland, Jan. 21 (Reuters) - Business leaders at the World Economic Forum were cautious about the outlook for the year. A survey published by the organisers on Tuesday found that 56 percent of chief economists expect the global economy to weaken. Trade tensions were the most cited risk. The forum closes on Friday.",
    ["DAVOS, Switzerland, Jan. 21 (Reuters) - Business leaders at the World Economic Forum were cautious about the outlook for the year.",
     "A survey published by the organisers on Tuesday found that 56 percent of chief economists expect the global economy to weaken.",
     "Trade tensions were the most cited risk.",
     "The forum closes on Friday."])

doc("news-059", "abbrev_end abbrev_mid",
    "The new ambassador to Belgrade is a career diplomat named Richard Alvarez Sr. He previously served in Kosovo and Bosnia. His son, also a diplomat, works at the U.S. mission in Vienna. The Senate confirmed the nomination by voice vote.",
    ["The new ambassador to Belgrade is a career diplomat named Richard Alvarez Sr.",
     "He previously served in Kosovo and Bosnia.",
     "His son, also a diplomat, works at the U.S. mission in Vienna.",
     "The Senate confirmed the nomination by voice vote."])

doc("news-060", "ellipsis_mid quote_end",
    '''Armenia and Azerbaijan agreed on the text of a peace treaty on Thursday after nearly four decades of conflict. Azerbaijan's foreign ministry said in a statement that "negotiations on the text... have been concluded." Armenia's Prime Minister Nikol Pashinyan said he was ready to sign "at any moment." No date has been set for a signing ceremony.''',
    ["Armenia and Azerbaijan agreed on the text of a peace treaty on Thursday after nearly four decades of conflict.",
     '''Azerbaijan's foreign ministry said in a statement that "negotiations on the text... have been concluded."''',
     '''Armenia's Prime Minister Nikol Pashinyan said he was ready to sign "at any moment."''',
     "No date has been set for a signing ceremony."])

# --- Asia, Oceania and Central Asia ----------------------------------------

doc("news-061", "dateline dashes cjk numbers quote_end abbrev_mid",
    '''TAIPEI, Jan. 13 (CNA) — Lai Ching-te (賴清德) of the ruling Democratic Progressive Party won the presidential election with 40.1 percent of the vote, the Central Election Commission said. His running mate, Hsiao Bi-khim (蕭美琴), said the island would maintain the status quo. China's Taiwan Affairs Office said the result did "not represent mainstream public opinion." The U.S. congratulated Mr. Lai.''',
    ["TAIPEI, Jan. 13 (CNA) — Lai Ching-te (賴清德) of the ruling Democratic Progressive Party won the presidential election with 40.1 percent of the vote, the Central Election Commission said.",
     "His running mate, Hsiao Bi-khim (蕭美琴), said the island would maintain the status quo.",
     '''China's Taiwan Affairs Office said the result did "not represent mainstream public opinion."''',
     "The U.S. congratulated Mr. Lai."])

doc("news-062", "cjk quote_start numbers",
    '''Japan's ruling coalition lost its majority in the lower house in Sunday's election, its worst result in 15 years. Prime Minister Ishiba Shigeru (石破茂) said he would stay on. "We take the result seriously," he said. The yen fell 0.8 percent against the dollar on Monday morning.''',
    ["Japan's ruling coalition lost its majority in the lower house in Sunday's election, its worst result in 15 years.",
     "Prime Minister Ishiba Shigeru (石破茂) said he would stay on.",
     '''"We take the result seriously," he said.''',
     "The yen fell 0.8 percent against the dollar on Monday morning."])

doc("news-063", "numbers abbrev_mid ellipsis_mid",
    "South Korean President Yoon Suk Yeol declared martial law at about 10.25 p.m. on Tuesday. Lawmakers rushed to the National Assembly... some climbing over fences to get in. At 1 a.m., 190 of them voted to lift the order. Mr. Yoon rescinded it about six hours after he had announced it.",
    ["South Korean President Yoon Suk Yeol declared martial law at about 10.25 p.m. on Tuesday.",
     "Lawmakers rushed to the National Assembly... some climbing over fences to get in.",
     "At 1 a.m., 190 of them voted to lift the order.",
     "Mr. Yoon rescinded it about six hours after he had announced it."])

doc("news-064", "cjk numbers abbrev_mid",
    "Opposition leader Lee Jae-myung (이재명) won the snap presidential election on June 3, the National Election Commission said. He took 49.4 percent of the vote. His conservative rival conceded shortly after midnight. Mr. Lee was sworn in the next morning.",
    ["Opposition leader Lee Jae-myung (이재명) won the snap presidential election on June 3, the National Election Commission said.",
     "He took 49.4 percent of the vote.",
     "His conservative rival conceded shortly after midnight.",
     "Mr. Lee was sworn in the next morning."])

doc("news-065", "numbers cjk quote_end abbrev_mid",
    '''China's economy grew 5.0 percent in 2024, meeting the government's target. Retail sales were weak, however, rising just 3.5 percent. Premier Li Qiang (李强) said the country remained "an engine of global growth." The figures were released at 10 a.m. Beijing time. Economists questioned whether they reflected reality.''',
    ["China's economy grew 5.0 percent in 2024, meeting the government's target.",
     "Retail sales were weak, however, rising just 3.5 percent.",
     '''Premier Li Qiang (李强) said the country remained "an engine of global growth."''',
     "The figures were released at 10 a.m. Beijing time.",
     "Economists questioned whether they reflected reality."])

doc("news-066", "abbrev_mid quote_end",
    '''A Hong Kong court sentenced 45 pro-democracy activists to prison terms of up to 10 years on Tuesday. Benny Tai, a former law professor, received the longest sentence. The U.S., U.K. and Australia condemned the ruling. Beijing told them to stop "interfering."''',
    ["A Hong Kong court sentenced 45 pro-democracy activists to prison terms of up to 10 years on Tuesday.",
     "Benny Tai, a former law professor, received the longest sentence.",
     "The U.S., U.K. and Australia condemned the ruling.",
     '''Beijing told them to stop "interfering."'''])

doc("news-067", "dateline dashes diacritics abbrev_mid",
    "HANOI, Aug. 3 (AP) — Tô Lâm was elected general secretary of Vietnam's Communist Party on Saturday, two weeks after the death of Nguyễn Phú Trọng. Mr. Lâm, 67, had served as president since May. He is expected to continue the anti-corruption campaign led by his predecessor. Investors will watch for signs of change in economic policy.",
    ["HANOI, Aug. 3 (AP) — Tô Lâm was elected general secretary of Vietnam's Communist Party on Saturday, two weeks after the death of Nguyễn Phú Trọng.",
     "Mr. Lâm, 67, had served as president since May.",
     "He is expected to continue the anti-corruption campaign led by his predecessor.",
     "Investors will watch for signs of change in economic policy."])

doc("news-068", "abbrev_mid quote_start",
    '''India's Election Commission said the count would begin at 8 a.m. on June 4. Prime Minister Narendra Modi's Bharatiya Janata Party went on to win 240 seats, short of a majority on its own. With its allies in the National Democratic Alliance, it holds 293. The opposition INDIA bloc won 234. "This is a moral defeat for Mr. Modi," said an opposition leader.''',
    ["India's Election Commission said the count would begin at 8 a.m. on June 4.",
     "Prime Minister Narendra Modi's Bharatiya Janata Party went on to win 240 seats, short of a majority on its own.",
     "With its allies in the National Democratic Alliance, it holds 293.",
     "The opposition INDIA bloc won 234.",
     '''"This is a moral defeat for Mr. Modi," said an opposition leader.'''])

doc("news-069", "abbrev_mid url_email",
    "Pakistan's election commission has asked candidates to file objections by Feb. 15. Submissions may be made in person or by e-mail to complaints@ecp.gov.pk. Dr. Ayesha Raza, a lawyer in Lahore, said the deadline was too short. The commission said it would not be extended.",
    ["Pakistan's election commission has asked candidates to file objections by Feb. 15.",
     "Submissions may be made in person or by e-mail to complaints@ecp.gov.pk.",
     "Dr. Ayesha Raza, a lawyer in Lahore, said the deadline was too short.",
     "The commission said it would not be extended."])

doc("news-070", "abbrev_mid quote_q_excl quote_start",
    '''Bangladesh's prime minister resigned and fled the country on Monday after weeks of student-led protests. Crowds stormed her official residence in Dhaka. Army chief Gen. Waker-Uz-Zaman said an interim government would be formed. On Thursday, Nobel laureate Muhammad Yunus was sworn in as its head. "Bangladesh is free!" students chanted outside the ceremony.''',
    ["Bangladesh's prime minister resigned and fled the country on Monday after weeks of student-led protests.",
     "Crowds stormed her official residence in Dhaka.",
     "Army chief Gen. Waker-Uz-Zaman said an interim government would be formed.",
     "On Thursday, Nobel laureate Muhammad Yunus was sworn in as its head.",
     '''"Bangladesh is free!" students chanted outside the ceremony.'''])

doc("news-071", "abbrev_mid numbers",
    "Sri Lanka's new president, Anura Kumara Dissanayake, dissolved parliament on Tuesday and called elections for Nov. 14. He won the presidency with 42.3 percent of first-preference votes. His coalition had only three seats in the outgoing parliament. Analysts expect it to gain many more.",
    ["Sri Lanka's new president, Anura Kumara Dissanayake, dissolved parliament on Tuesday and called elections for Nov. 14.",
     "He won the presidency with 42.3 percent of first-preference votes.",
     "His coalition had only three seats in the outgoing parliament.",
     "Analysts expect it to gain many more."])

doc("news-072", "dateline numbers abbrev_mid",
    "JAKARTA, Oct. 20 (Reuters) - Prabowo Subianto was sworn in as Indonesia's eighth president on Sunday. In his first speech, he promised to make the country self-sufficient in food within five years. His free school meals programme is expected to cost Rp 71 trillion ($4.6 billion) next year. Markets were calm.",
    ["JAKARTA, Oct. 20 (Reuters) - Prabowo Subianto was sworn in as Indonesia's eighth president on Sunday.",
     "In his first speech, he promised to make the country self-sufficient in food within five years.",
     "His free school meals programme is expected to cost Rp 71 trillion ($4.6 billion) next year.",
     "Markets were calm."])

doc("news-073", "quote_end abbrev_mid",
    '''A Filipino sailor lost a thumb when Chinese coast guard personnel rammed and boarded supply boats near Second Thomas Shoal, the Philippine military said. Manila called the incident "deliberate." China said the Philippine vessels had "intruded" into its waters. The U.S. reaffirmed its defence commitments to Manila.''',
    ["A Filipino sailor lost a thumb when Chinese coast guard personnel rammed and boarded supply boats near Second Thomas Shoal, the Philippine military said.",
     '''Manila called the incident "deliberate."''',
     '''China said the Philippine vessels had "intruded" into its waters.''',
     "The U.S. reaffirmed its defence commitments to Manila."])

doc("news-074", "curly_quotes quote_q_excl quote_start ellipsis_mid abbrev_mid",
    "The junta said on Friday it would hold elections in December. Few believe the vote will be free. “How can there be an election while we are being bombed…?” asked a teacher in Sagaing region. More than 3 million people have been displaced since the 2021 coup, according to U.N. estimates published in May.",
    ["The junta said on Friday it would hold elections in December.",
     "Few believe the vote will be free.",
     "“How can there be an election while we are being bombed…?” asked a teacher in Sagaing region.",
     "More than 3 million people have been displaced since the 2021 coup, according to U.N. estimates published in May."])

doc("news-075", "dashes ellipsis_mid",
    "Thailand's Constitutional Court removed Prime Minister Srettha Thavisin from office on Wednesday for appointing a cabinet minister who had served a prison sentence. The ruling was 5–4. Parliament chose Paetongtarn Shinawatra, 37, as his replacement two days later. She is the youngest prime minister in the country's history... and the third member of her family to hold the job.",
    ["Thailand's Constitutional Court removed Prime Minister Srettha Thavisin from office on Wednesday for appointing a cabinet minister who had served a prison sentence.",
     "The ruling was 5–4.",
     "Parliament chose Paetongtarn Shinawatra, 37, as his replacement two days later.",
     "She is the youngest prime minister in the country's history... and the third member of her family to hold the job."])

doc("news-076", "dateline dashes numbers abbrev_mid ellipsis_mid",
    "ASTANA, Kazakhstan (AP) — Voters in Kazakhstan approved plans to build the country's first nuclear power plant in a referendum on Sunday. The Central Election Commission said 71.1 percent voted in favour. Turnout was 63.7 percent. Russia's Rosatom Corp. is expected to lead the construction... though officials say no decision has been made.",
    ["ASTANA, Kazakhstan (AP) — Voters in Kazakhstan approved plans to build the country's first nuclear power plant in a referendum on Sunday.",
     "The Central Election Commission said 71.1 percent voted in favour.",
     "Turnout was 63.7 percent.",
     "Russia's Rosatom Corp. is expected to lead the construction... though officials say no decision has been made."])

doc("news-077", "abbrev_mid numbers",
    "Nepal raised the permit fee for climbing Mt. Everest to $15,000 from September. The increase, the first in nearly a decade, applies from the spring season. Officials said some of the money would go to cleaning up waste on the mountain. Sherpa guides welcomed the move.",
    ["Nepal raised the permit fee for climbing Mt. Everest to $15,000 from September.",
     "The increase, the first in nearly a decade, applies from the spring season.",
     "Officials said some of the money would go to cleaning up waste on the mountain.",
     "Sherpa guides welcomed the move."])

doc("news-078", "abbrev_mid quote_end",
    '''The Taliban government said on Sunday it had banned women from studying nursing and midwifery. The U.N. mission in Kabul called the decision "deeply concerning." Women were already barred from secondary schools and universities. Health workers warned of a shortage of female medical staff within a few years.''',
    ["The Taliban government said on Sunday it had banned women from studying nursing and midwifery.",
     '''The U.N. mission in Kabul called the decision "deeply concerning."''',
     "Women were already barred from secondary schools and universities.",
     "Health workers warned of a shortage of female medical staff within a few years."])

doc("news-079", "dateline numbers abbrev_mid",
    "CANBERRA, Feb. 18 (AAP) - Australia's central bank cut its cash rate by 25 basis points to 4.10 percent on Tuesday, its first cut since 2020. Governor Michele Bullock said further cuts were not guaranteed. Shares in Commonwealth Bank of Australia Ltd. rose 1.2 percent. The Australian dollar slipped to 63.4 U.S. cents.",
    ["CANBERRA, Feb. 18 (AAP) - Australia's central bank cut its cash rate by 25 basis points to 4.10 percent on Tuesday, its first cut since 2020.",
     "Governor Michele Bullock said further cuts were not guaranteed.",
     "Shares in Commonwealth Bank of Australia Ltd. rose 1.2 percent.",
     "The Australian dollar slipped to 63.4 U.S. cents."])

doc("news-080", "diacritics numbers",
    "New Caledonia was placed under a state of emergency on Wednesday after two nights of rioting in Nouméa. Five people were killed, including two police officers. The unrest was sparked by a French plan to change voting rules in the territory. Paris sent about 1,000 extra police and soldiers.",
    ["New Caledonia was placed under a state of emergency on Wednesday after two nights of rioting in Nouméa.",
     "Five people were killed, including two police officers.",
     "The unrest was sparked by a French plan to change voting rules in the territory.",
     "Paris sent about 1,000 extra police and soldiers."])

doc("news-081", "initialism_end",
    "Solomon Islands' new prime minister, Jeremiah Manele, said his country would keep close ties with China. He also promised to strengthen relations with Australia and the U.S. Neither Canberra nor Washington commented on Friday. Manele was elected by parliament on Thursday with 31 votes to 18.",
    ["Solomon Islands' new prime minister, Jeremiah Manele, said his country would keep close ties with China.",
     "He also promised to strengthen relations with Australia and the U.S.",
     "Neither Canberra nor Washington commented on Friday.",
     "Manele was elected by parliament on Thursday with 31 votes to 18."])

doc("news-082", "numbers",
    "The Bank of Japan raised its policy rate to 0.5 percent on Friday, its highest level in 17 years. Governor Ueda Kazuo said real interest rates remained deeply negative. The yen strengthened to 154.2 per dollar. Markets had largely expected the move.",
    ["The Bank of Japan raised its policy rate to 0.5 percent on Friday, its highest level in 17 years.",
     "Governor Ueda Kazuo said real interest rates remained deeply negative.",
     "The yen strengthened to 154.2 per dollar.",
     "Markets had largely expected the move."])

doc("news-083", "numbers",
    "The election commission said its vote-counting software had been upgraded to version 4.2.1 after a glitch delayed results in three provinces. An independent audit of v4.2.0 found no evidence of tampering. The opposition demanded that the code be made public. Officials said that would pose security risks.",
    ["The election commission said its vote-counting software had been upgraded to version 4.2.1 after a glitch delayed results in three provinces.",
     "An independent audit of v4.2.0 found no evidence of tampering.",
     "The opposition demanded that the code be made public.",
     "Officials said that would pose security risks."])

doc("news-084", "ellipsis_mid",
    "India and China reached an agreement on patrolling arrangements along their disputed Himalayan border, New Delhi said on Monday. The deal covers the Depsang and Demchok areas. Foreign Secretary Vikram Misri said troops would return to positions held before the 2020 clashes. Beijing confirmed the agreement a day later. Analysts called it a modest thaw... not a reset.",
    ["India and China reached an agreement on patrolling arrangements along their disputed Himalayan border, New Delhi said on Monday.",
     "The deal covers the Depsang and Demchok areas.",
     "Foreign Secretary Vikram Misri said troops would return to positions held before the 2020 clashes.",
     "Beijing confirmed the agreement a day later.",
     "Analysts called it a modest thaw... not a reset."])

doc("news-085", "dateline numbers",
    "ULAANBAATAR, June 29 (Reuters) - Mongolians voted on Friday in a parliamentary election dominated by concerns about corruption and the cost of living. The ruling Mongolian People's Party won 68 of the 126 seats. The opposition Democratic Party more than tripled its share. Turnout was 69.3 percent.",
    ["ULAANBAATAR, June 29 (Reuters) - Mongolians voted on Friday in a parliamentary election dominated by concerns about corruption and the cost of living.",
     "The ruling Mongolian People's Party won 68 of the 126 seats.",
     "The opposition Democratic Party more than tripled its share.",
     "Turnout was 69.3 percent."])

doc("news-086", "url_email",
    "The Maldives said it had asked India to withdraw its military personnel by March 15. A statement posted on the presidency's website, www.presidency.gov.mv, gave no reason. India said talks on the issue were continuing. The two countries have close economic ties.",
    ["The Maldives said it had asked India to withdraw its military personnel by March 15.",
     "A statement posted on the presidency's website, www.presidency.gov.mv, gave no reason.",
     "India said talks on the issue were continuing.",
     "The two countries have close economic ties."])

doc("news-087", "curly_quotes quote_end abbrev_mid",
    "Seoul's foreign minister described the agreement as ‘a new chapter’. Tokyo was more cautious. A Japanese official called it ‘a step, not a destination.’ Both sides said working-level talks would resume in Osaka on Sept. 9.",
    ["Seoul's foreign minister described the agreement as ‘a new chapter’.",
     "Tokyo was more cautious.",
     "A Japanese official called it ‘a step, not a destination.’",
     "Both sides said working-level talks would resume in Osaka on Sept. 9."])

doc("news-088", "question_excl abbrev_mid",
    "Labor has won a second term in Australia! That was the message from Prime Minister Anthony Albanese's campaign account just after 9 p.m. on Saturday. Official counts later confirmed a clear majority. The opposition leader lost his own seat.",
    ["Labor has won a second term in Australia!",
     "That was the message from Prime Minister Anthony Albanese's campaign account just after 9 p.m. on Saturday.",
     "Official counts later confirmed a clear majority.",
     "The opposition leader lost his own seat."])

doc("news-089", "abbrev_mid quote_end",
    '''Fiji's prime minister, Sitiveni Rabuka, met Chinese officials in Beijing this week. Dr. Mele Tupou, a Pacific affairs analyst, said the visit was "about balance." Fiji has a policing agreement with Australia. It has also kept ties with China.''',
    ["Fiji's prime minister, Sitiveni Rabuka, met Chinese officials in Beijing this week.",
     '''Dr. Mele Tupou, a Pacific affairs analyst, said the visit was "about balance."''',
     "Fiji has a policing agreement with Australia.",
     "It has also kept ties with China."])

doc("news-090", "numbers abbrev_mid",
    "North Korea fired a ballistic missile into the sea off its east coast at 7.10 a.m., the South Korean military said. The missile flew about 1,000 km. It was the first launch since the U.S. presidential election. Japan's defence ministry said it landed outside its exclusive economic zone.",
    ["North Korea fired a ballistic missile into the sea off its east coast at 7.10 a.m., the South Korean military said.",
     "The missile flew about 1,000 km.",
     "It was the first launch since the U.S. presidential election.",
     "Japan's defence ministry said it landed outside its exclusive economic zone."])

# --- Africa and the Americas -----------------------------------------------

doc("news-091", "dateline diacritics abbrev_mid quote_start",
    '''BRASÍLIA, Jan. 8 (Reuters) - President Luiz Inácio Lula da Silva marked two years since the storming of government buildings in Brasília with a ceremony at the presidential palace. "Democracy won," Lula said. Supporters of former President Jair Bolsonaro had ransacked Congress, the Supreme Court and the palace on Jan. 8, 2023. More than 370 people have been convicted.''',
    ["BRASÍLIA, Jan. 8 (Reuters) - President Luiz Inácio Lula da Silva marked two years since the storming of government buildings in Brasília with a ceremony at the presidential palace.",
     '''"Democracy won," Lula said.''',
     "Supporters of former President Jair Bolsonaro had ransacked Congress, the Supreme Court and the palace on Jan. 8, 2023.",
     "More than 370 people have been convicted."])

doc("news-092", "numbers emoji quote_end",
    '''Argentina's monthly inflation slowed to 2.7 percent in October, the lowest in nearly three years. President Javier Milei hailed the figure on social media: "INFLATION IS COLLAPSING 🚀📉" Critics say his spending cuts have pushed millions into poverty. The poverty rate stood at 52.9 percent in the first half of the year.''',
    ["Argentina's monthly inflation slowed to 2.7 percent in October, the lowest in nearly three years.",
     '''President Javier Milei hailed the figure on social media: "INFLATION IS COLLAPSING 🚀📉"''',
     "Critics say his spending cuts have pushed millions into poverty.",
     "The poverty rate stood at 52.9 percent in the first half of the year."])

doc("news-093", "abbrev_mid numbers",
    "Claudia Sheinbaum won Mexico's presidential election by a wide margin, according to a quick count released by the electoral institute shortly after midnight. She will be the country's first woman president. Ms. Sheinbaum, a former mayor of Mexico City, received between 58.3 percent and 60.7 percent of the vote. She takes office on Oct. 1.",
    ["Claudia Sheinbaum won Mexico's presidential election by a wide margin, according to a quick count released by the electoral institute shortly after midnight.",
     "She will be the country's first woman president.",
     "Ms. Sheinbaum, a former mayor of Mexico City, received between 58.3 percent and 60.7 percent of the vote.",
     "She takes office on Oct. 1."])

doc("news-094", "ellipsis_end diacritics numbers abbrev_mid",
    "The electoral council declared Nicolás Maduro the winner just after midnight… Opposition leaders immediately rejected the result. They said their own tally of 80 percent of precinct-level records showed a clear win for their candidate. The U.S. and several Latin American governments called for full transparency.",
    ["The electoral council declared Nicolás Maduro the winner just after midnight…",
     "Opposition leaders immediately rejected the result.",
     "They said their own tally of 80 percent of precinct-level records showed a clear win for their candidate.",
     "The U.S. and several Latin American governments called for full transparency."])

doc("news-095", "abbrev_mid diacritics quote_end ellipsis_mid",
    '''Colombia's government and the ELN rebel group extended their ceasefire for six months on Friday. The announcement was made in Caracas, where the latest round of talks took place. Sen. Iván Cepeda, a member of the government delegation, said the truce had "saved lives." Some analysts are sceptical... they point to continued kidnappings.''',
    ["Colombia's government and the ELN rebel group extended their ceasefire for six months on Friday.",
     "The announcement was made in Caracas, where the latest round of talks took place.",
     '''Sen. Iván Cepeda, a member of the government delegation, said the truce had "saved lives."''',
     "Some analysts are sceptical... they point to continued kidnappings."])

doc("news-096", "dashes quote_end diacritics",
    '''Peru's Congress removed President Dina Boluarte from office in a late-night vote on Thursday. Lawmakers voted 122–0 to declare her "morally incapacitated." José Jerí, the head of Congress, was sworn in as interim president shortly after midnight. He is Peru's seventh president since 2016.''',
    ["Peru's Congress removed President Dina Boluarte from office in a late-night vote on Thursday.",
     '''Lawmakers voted 122–0 to declare her "morally incapacitated."''',
     "José Jerí, the head of Congress, was sworn in as interim president shortly after midnight.",
     "He is Peru's seventh president since 2016."])

doc("news-097", "initialism_end",
    "The Kenyan-led security mission in Haiti has received only a fraction of the funding it needs, officials said. About 400 officers arrived in Port-au-Prince in June. Gangs control most of the capital, according to the U.N. Hundreds of thousands of people have fled their homes.",
    ["The Kenyan-led security mission in Haiti has received only a fraction of the funding it needs, officials said.",
     "About 400 officers arrived in Port-au-Prince in June.",
     "Gangs control most of the capital, according to the U.N.",
     "Hundreds of thousands of people have fled their homes."])

doc("news-098", "abbrev_mid quote_end",
    '''Cuba's power grid collapsed on Friday, leaving about 10 million people without electricity. It was the third nationwide blackout in a year. The government blamed the U.S. embargo and fuel shortages. Prime Minister Manuel Marrero said on state TV that power would return "in the coming days." Many Cubans said they had heard that before.''',
    ["Cuba's power grid collapsed on Friday, leaving about 10 million people without electricity.",
     "It was the third nationwide blackout in a year.",
     "The government blamed the U.S. embargo and fuel shortages.",
     '''Prime Minister Manuel Marrero said on state TV that power would return "in the coming days."''',
     "Many Cubans said they had heard that before."])

doc("news-099", "abbrev_mid abbrev_end numbers",
    '''Canada imposed a 100 percent tariff on electric vehicles made in China, matching a similar U.S. measure. The tariff takes effect on Oct. 1. A separate 25 percent levy will apply to steel and aluminium. Beijing said it would take "all necessary measures" to protect its companies. The largest exporter affected is a joint venture that includes Shanghai Auto Parts Co. Its Canadian sales are small.''',
    ["Canada imposed a 100 percent tariff on electric vehicles made in China, matching a similar U.S. measure.",
     "The tariff takes effect on Oct. 1.",
     "A separate 25 percent levy will apply to steel and aluminium.",
     '''Beijing said it would take "all necessary measures" to protect its companies.''',
     "The largest exporter affected is a joint venture that includes Shanghai Auto Parts Co.",
     "Its Canadian sales are small."])

doc("news-100", "abbrev_mid",
    "Voters in Georgia will choose a new governor on Nov. 3. Gov. Brian Kemp cannot run again because of term limits. Rep. Laura Whitfield, a Democrat, and Lt. Gov. Dale Rigsby, a Republican, are among those seeking their parties' nominations. The primaries are set for May 19.",
    ["Voters in Georgia will choose a new governor on Nov. 3.",
     "Gov. Brian Kemp cannot run again because of term limits.",
     "Rep. Laura Whitfield, a Democrat, and Lt. Gov. Dale Rigsby, a Republican, are among those seeking their parties' nominations.",
     "The primaries are set for May 19."])

doc("news-101", "abbrev_mid ellipsis_mid",
    '''The Supreme Court heard arguments on Wednesday in a challenge to the president's use of emergency powers to impose tariffs. Lawyers for the challengers cited Youngstown Sheet & Tube Co. v. Sawyer, a 1952 ruling that limited presidential power. Several justices asked whether the law gave the president "unlimited" authority. A decision is expected by June... or sooner, given the stakes.''',
    ["The Supreme Court heard arguments on Wednesday in a challenge to the president's use of emergency powers to impose tariffs.",
     "Lawyers for the challengers cited Youngstown Sheet & Tube Co. v. Sawyer, a 1952 ruling that limited presidential power.",
     '''Several justices asked whether the law gave the president "unlimited" authority.''',
     "A decision is expected by June... or sooner, given the stakes."])

doc("news-102", "abbrev_mid initialism_end numbers",
    "The march began at 11 a.m. near the Lincoln Memorial in Washington, D.C. Organisers had expected 50,000 people. Police did not give an estimate. Speakers called for a ceasefire in Gaza and an end to U.S. arms sales to Israel. The crowd dispersed peacefully by 4 p.m.",
    ["The march began at 11 a.m. near the Lincoln Memorial in Washington, D.C.",
     "Organisers had expected 50,000 people.",
     "Police did not give an estimate.",
     "Speakers called for a ceasefire in Gaza and an end to U.S. arms sales to Israel.",
     "The crowd dispersed peacefully by 4 p.m."])

doc("news-103", "dateline numbers abbrev_mid",
    "ABUJA, Aug. 1 (Reuters) - Nigerian police fired tear gas at protesters in Abuja and Lagos on Thursday, the first day of planned nationwide demonstrations against the rising cost of living. Organisers said the #EndBadGovernance protests would last 10 days. Food inflation hit 40.9 percent in June. President Bola Tinubu urged young people to be patient.",
    ["ABUJA, Aug. 1 (Reuters) - Nigerian police fired tear gas at protesters in Abuja and Lagos on Thursday, the first day of planned nationwide demonstrations against the rising cost of living.",
     "Organisers said the #EndBadGovernance protests would last 10 days.",
     "Food inflation hit 40.9 percent in June.",
     "President Bola Tinubu urged young people to be patient."])

doc("news-104", "numbers quote_q_excl quote_start quote_end abbrev_mid",
    '''Ghana's former president John Dramani Mahama won the December election with 56.6 percent of the vote, the electoral commission said. His rival, Vice President Mahamudu Bawumia, conceded before the official results were announced. "Why wait?" he told reporters. "The people have spoken." Mr. Mahama will be sworn in on Jan. 7.''',
    ["Ghana's former president John Dramani Mahama won the December election with 56.6 percent of the vote, the electoral commission said.",
     "His rival, Vice President Mahamudu Bawumia, conceded before the official results were announced.",
     '''"Why wait?" he told reporters.''',
     '''"The people have spoken."''',
     "Mr. Mahama will be sworn in on Jan. 7."])

doc("news-105", "abbrev_mid",
    "Senegal's Constitutional Council overturned the decision to postpone the presidential election, which had been set for Feb. 25. The ruling was a blow to President Macky Sall. Opposition candidate Bassirou Diomaye Faye, released from prison days earlier, went on to win. At 44, he became the youngest elected president in Africa.",
    ["Senegal's Constitutional Council overturned the decision to postpone the presidential election, which had been set for Feb. 25.",
     "The ruling was a blow to President Macky Sall.",
     "Opposition candidate Bassirou Diomaye Faye, released from prison days earlier, went on to win.",
     "At 44, he became the youngest elected president in Africa."])

doc("news-106", "abbrev_mid quote_start ellipsis_mid",
    '''Dr. Amina Yusuf, the World Health Organization's representative in Sudan, said on Friday that cholera cases had doubled since July. "The situation is catastrophic," she said. More than 11 million people have been displaced by the war... the largest displacement crisis in the world. Aid agencies say access remains severely restricted.''',
    ["Dr. Amina Yusuf, the World Health Organization's representative in Sudan, said on Friday that cholera cases had doubled since July.",
     '''"The situation is catastrophic," she said.''',
     "More than 11 million people have been displaced by the war... the largest displacement crisis in the world.",
     "Aid agencies say access remains severely restricted."])

doc("news-107", "dashes numbers",
    "The African National Congress lost its majority for the first time since 1994 — a result few had predicted a year earlier. It won 40.2 percent of the vote. President Cyril Ramaphosa formed a coalition with the Democratic Alliance and eight smaller parties. The rand rallied on the news.",
    ["The African National Congress lost its majority for the first time since 1994 — a result few had predicted a year earlier.",
     "It won 40.2 percent of the vote.",
     "President Cyril Ramaphosa formed a coalition with the Democratic Alliance and eight smaller parties.",
     "The rand rallied on the news."])

doc("news-108", "dateline dashes abbrev_mid",
    "GOMA, Democratic Republic of Congo, Jan. 27 (AP) — M23 rebels said they had captured Goma, the largest city in eastern Congo. Residents reported gunfire near the airport. The U.N. said 13 peacekeepers had been killed in the fighting. Rwanda denies backing the rebels, despite a report by U.N. experts.",
    ["GOMA, Democratic Republic of Congo, Jan. 27 (AP) — M23 rebels said they had captured Goma, the largest city in eastern Congo.",
     "Residents reported gunfire near the airport.",
     "The U.N. said 13 peacekeepers had been killed in the fighting.",
     "Rwanda denies backing the rebels, despite a report by U.N. experts."])

doc("news-109", "parens",
    "Mali, Burkina Faso and Niger formally left the Economic Community of West African States (ECOWAS) on Wednesday. The three military-led governments had announced their withdrawal a year earlier. They have formed their own confederation, the Alliance of Sahel States (AES). ECOWAS said its doors remained open.",
    ["Mali, Burkina Faso and Niger formally left the Economic Community of West African States (ECOWAS) on Wednesday.",
     "The three military-led governments had announced their withdrawal a year earlier.",
     "They have formed their own confederation, the Alliance of Sahel States (AES).",
     "ECOWAS said its doors remained open."])

doc("news-110", "numbers quote_end",
    '''Tunisia's President Kais Saied won re-election with 90.7 percent of the vote, the electoral commission said. Turnout was 28.8 percent. Two of his challengers were barred from running; a third was jailed during the campaign. Rights groups called the vote "a farce." The president's office did not respond.''',
    ["Tunisia's President Kais Saied won re-election with 90.7 percent of the vote, the electoral commission said.",
     "Turnout was 28.8 percent.",
     "Two of his challengers were barred from running; a third was jailed during the campaign.",
     '''Rights groups called the vote "a farce."''',
     "The president's office did not respond."])

doc("news-111", "quote_end",
    '''Algeria recalled its ambassador to Paris after France backed Morocco's autonomy plan for Western Sahara. The foreign ministry in Algiers said it had taken the decision "with immediate effect." France has not commented publicly. The dispute has strained ties between the three countries for decades.''',
    ["Algeria recalled its ambassador to Paris after France backed Morocco's autonomy plan for Western Sahara.",
     '''The foreign ministry in Algiers said it had taken the decision "with immediate effect."''',
     "France has not commented publicly.",
     "The dispute has strained ties between the three countries for decades."])

doc("news-112", "numbers abbrev_mid",
    "Kenya ranked No. 2 in the region for foreign direct investment last year, behind Ethiopia, according to a U.N. report. Inflows rose 12 percent to $1.5 billion. The report was released on Thursday at 3.30 p.m. in Geneva. Somalia, by contrast, saw investment fall by half.",
    ["Kenya ranked No. 2 in the region for foreign direct investment last year, behind Ethiopia, according to a U.N. report.",
     "Inflows rose 12 percent to $1.5 billion.",
     "The report was released on Thursday at 3.30 p.m. in Geneva.",
     "Somalia, by contrast, saw investment fall by half."])

doc("news-113", "numbers abbrev_mid",
    "Zimbabwe launched a new gold-backed currency, the ZiG, on April 5. It is the country's sixth attempt at a local currency since 2009. The ZiG was devalued by 43 percent in September. Many Zimbabweans still prefer to use U.S. dollars.",
    ["Zimbabwe launched a new gold-backed currency, the ZiG, on April 5.",
     "It is the country's sixth attempt at a local currency since 2009.",
     "The ZiG was devalued by 43 percent in September.",
     "Many Zimbabweans still prefer to use U.S. dollars."])

doc("news-114", "abbrev_mid",
    "Opposition leader Bobi Wine said he was shot in the leg during a confrontation with police outside Kampala. The police said a bullet had been fired by accident. A police officer, Sgt. Moses Okello, has been arrested, according to a police spokesman. Mr. Wine was treated in hospital and discharged on Wednesday.",
    ["Opposition leader Bobi Wine said he was shot in the leg during a confrontation with police outside Kampala.",
     "The police said a bullet had been fired by accident.",
     "A police officer, Sgt. Moses Okello, has been arrested, according to a police spokesman.",
     "Mr. Wine was treated in hospital and discharged on Wednesday."])

doc("news-115", "abbrev_mid diacritics quote_end ellipsis_mid",
    '''Bolivia's army chief was arrested on Wednesday after troops and armoured vehicles surrounded the presidential palace in La Paz. Gen. Juan José Zúñiga had said he wanted to "restructure democracy." President Luis Arce ordered him to stand down. Within hours, the soldiers had withdrawn. Some opposition figures accused Arce of staging the incident... a claim he denied.''',
    ["Bolivia's army chief was arrested on Wednesday after troops and armoured vehicles surrounded the presidential palace in La Paz.",
     '''Gen. Juan José Zúñiga had said he wanted to "restructure democracy."''',
     "President Luis Arce ordered him to stand down.",
     "Within hours, the soldiers had withdrawn.",
     "Some opposition figures accused Arce of staging the incident... a claim he denied."])

doc("news-116", "dateline dashes quote_q_excl quote_end",
    '''QUITO, Ecuador (AP) — Gunmen burst into a television studio in Guayaquil during a live broadcast on Tuesday. Staff were forced to the floor as the attackers shouted "We have bombs!" Police later arrested 13 people. President Daniel Noboa declared an "internal armed conflict" against 22 criminal gangs.''',
    ["QUITO, Ecuador (AP) — Gunmen burst into a television studio in Guayaquil during a live broadcast on Tuesday.",
     '''Staff were forced to the floor as the attackers shouted "We have bombs!"''',
     "Police later arrested 13 people.",
     '''President Daniel Noboa declared an "internal armed conflict" against 22 criminal gangs.'''])

doc("news-117", "diacritics quote_start abbrev_mid",
    '''Bernardo Arévalo was sworn in as Guatemala's president just after midnight on Monday, nearly ten hours late. The delay was caused by disputes in Congress over the seating of lawmakers. Dozens of foreign dignitaries waited at the venue. "Democracy in Guatemala has prevailed," a U.S. official said.''',
    ["Bernardo Arévalo was sworn in as Guatemala's president just after midnight on Monday, nearly ten hours late.",
     "The delay was caused by disputes in Congress over the seating of lawmakers.",
     "Dozens of foreign dignitaries waited at the venue.",
     '''"Democracy in Guatemala has prevailed," a U.S. official said.'''])

doc("news-118", "abbrev_mid",
    "Water levels in Gatun Lake have recovered, allowing the Panama Canal to raise daily transits to 36. During the drought, the limit had fallen to 24. The canal authority said draft restrictions would be eased from Sept. 1. Shipping companies welcomed the decision.",
    ["Water levels in Gatun Lake have recovered, allowing the Panama Canal to raise daily transits to 36.",
     "During the drought, the limit had fallen to 24.",
     "The canal authority said draft restrictions would be eased from Sept. 1.",
     "Shipping companies welcomed the decision."])

doc("news-119", "curly_quotes quote_start abbrev_mid",
    "Mark Carney's Liberals won Canada's election on Monday, defying predictions made at the start of the year. “We are over the shock of the American betrayal,” Mr. Carney told supporters in Ottawa. Conservative leader Pierre Poilievre lost his own seat. The Liberals were a few seats short of a majority.",
    ["Mark Carney's Liberals won Canada's election on Monday, defying predictions made at the start of the year.",
     "“We are over the shock of the American betrayal,” Mr. Carney told supporters in Ottawa.",
     "Conservative leader Pierre Poilievre lost his own seat.",
     "The Liberals were a few seats short of a majority."])

doc("news-120", "abbrev_mid abbrev_end",
    "The Treasury Department issued a new licence allowing a U.S. energy company to keep operating in Venezuela. The licence bars payments to the government in Caracas. Officials did not name the company, but industry sources said it was Chevron Corp. The firm declined to comment.",
    ["The Treasury Department issued a new licence allowing a U.S. energy company to keep operating in Venezuela.",
     "The licence bars payments to the government in Caracas.",
     "Officials did not name the company, but industry sources said it was Chevron Corp.",
     "The firm declined to comment."])

# --- Quotations, attribution, questions, brackets --------------------------

doc("news-121", "quote_start quote_end quote_then_attrib abbrev_mid",
    '''"The ceasefire is holding." That was the verdict of a senior U.N. official in Juba on Thursday. Others were less certain. "We have seen this before," said a local aid worker.''',
    ['''"The ceasefire is holding."''',
     "That was the verdict of a senior U.N. official in Juba on Thursday.",
     "Others were less certain.",
     '''"We have seen this before," said a local aid worker.'''])

doc("news-122", "curly_quotes quote_start quote_end quote_then_attrib abbrev_mid numbers",
    "“Our patience has limits.” The warning came from China's defence ministry on Wednesday, a day after U.S. and Philippine forces began joint exercises. The drills involve about 14,000 troops. They end on May 9.",
    ["“Our patience has limits.”",
     "The warning came from China's defence ministry on Wednesday, a day after U.S. and Philippine forces began joint exercises.",
     "The drills involve about 14,000 troops.",
     "They end on May 9."])

doc("news-123", "quote_end",
    '''Asked about the negotiations, the spokesman said: "It is over." The talks resumed two days later, however. Officials attributed the reversal to pressure from Washington. Neither side commented on Friday.''',
    ['''Asked about the negotiations, the spokesman said: "It is over."''',
     "The talks resumed two days later, however.",
     "Officials attributed the reversal to pressure from Washington.",
     "Neither side commented on Friday."])

doc("news-124", "quote_start quote_q_excl quote_end quote_then_attrib",
    '''"Are we safe here?" That question is on the minds of many residents of Kharkiv. Air raid sirens sounded four times on Monday night. "No," said one pensioner, when asked. "Nobody is safe."''',
    ['''"Are we safe here?"''',
     "That question is on the minds of many residents of Kharkiv.",
     "Air raid sirens sounded four times on Monday night.",
     '''"No," said one pensioner, when asked.''',
     '''"Nobody is safe."'''])

doc("news-125", "question_excl quote_start quote_end quote_then_attrib abbrev_mid",
    '''Will he resign? "No." The minister's answer was brief. He then left the room without taking further questions. Opposition lawmakers said they would table a motion of no confidence on Dec. 3.''',
    ["Will he resign?",
     '''"No."''',
     "The minister's answer was brief.",
     "He then left the room without taking further questions.",
     "Opposition lawmakers said they would table a motion of no confidence on Dec. 3."])

doc("news-126", "headline byline abbrev_mid question_excl ellipsis_mid numbers",
    "Can Europe defend itself without the U.S.?\nBy Marta Kowalska in Warsaw\nEuropean defence spending rose by a third between 2021 and 2024. But gaps remain in air defence, munitions and satellites. Officials say closing them will take a decade... at least. Some put the cost at €500 billion.",
    ["Can Europe defend itself without the U.S.?",
     "By Marta Kowalska in Warsaw",
     "European defence spending rose by a third between 2021 and 2024.",
     "But gaps remain in air defence, munitions and satellites.",
     "Officials say closing them will take a decade... at least.",
     "Some put the cost at €500 billion."])

doc("news-127", "bullets numbers abbrev_mid",
    "Key facts about the deal:\n• Tariffs on EU cars fall to 15 percent\n• The EU will buy $750 billion of U.S. energy over three years\n• Steel and aluminium are not covered\nBrussels said details would be published on Thursday.",
    ["Key facts about the deal:",
     "• Tariffs on EU cars fall to 15 percent",
     "• The EU will buy $750 billion of U.S. energy over three years",
     "• Steel and aluminium are not covered",
     "Brussels said details would be published on Thursday."])

doc("news-128", "bullets digit_start",
    "The resolution demands three things:\n1. an immediate ceasefire;\n2. the release of all hostages;\n3. unhindered access for humanitarian aid.\nIt was adopted with 14 votes in favour and one abstention.",
    ["The resolution demands three things:",
     "1. an immediate ceasefire;",
     "2. the release of all hostages;",
     "3. unhindered access for humanitarian aid.",
     "It was adopted with 14 votes in favour and one abstention."])

doc("news-129", "emoji quote_start quote_q_excl numbers",
    '''The opposition candidate's campaign posted a short video after polls closed. "Thank you, Romania 🇷🇴❤️ The fight continues!" the caption read. Within an hour it had more than a million views. Electoral authorities said turnout was 53.2 percent.''',
    ["The opposition candidate's campaign posted a short video after polls closed.",
     '''"Thank you, Romania 🇷🇴❤️ The fight continues!" the caption read.''',
     "Within an hour it had more than a million views.",
     "Electoral authorities said turnout was 53.2 percent."])

doc("news-130", "numbers emoji quote_end abbrev_mid",
    '''Students in Belgrade have blocked a major intersection every day at 11.52 a.m. for the past month. The time marks the moment a railway station canopy collapsed in Novi Sad, killing 15 people. One protester posted a photo with the caption "16 minutes of silence 🖤" It was shared widely. Serbian officials say the protests are being funded from abroad.''',
    ["Students in Belgrade have blocked a major intersection every day at 11.52 a.m. for the past month.",
     "The time marks the moment a railway station canopy collapsed in Novi Sad, killing 15 people.",
     '''One protester posted a photo with the caption "16 minutes of silence 🖤"''',
     "It was shared widely.",
     "Serbian officials say the protests are being funded from abroad."])

doc("news-131", "curly_quotes quote_start quote_end ellipsis_end",
    "The foreign minister's remarks were brief. “We will see…” He did not elaborate. Diplomats in the room said the mood was tense.",
    ["The foreign minister's remarks were brief.",
     "“We will see…”",
     "He did not elaborate.",
     "Diplomats in the room said the mood was tense."])

doc("news-132", "dateline hard_wrap paragraph_break abbrev_mid quote_end",
    '''UNITED NATIONS (Reuters) - The General Assembly voted on Tuesday to\ndemand that Israel end its presence in the occupied Palestinian\nterritories within 12 months. The resolution passed with 124 votes\nin favour, 14 against and 43 abstentions.\n\nThe U.S. voted against\n\nIsrael's ambassador called the vote "a disgrace." He had shredded a copy\nof the U.N. charter at the podium in May.''',
    ["UNITED NATIONS (Reuters) - The General Assembly voted on Tuesday to\ndemand that Israel end its presence in the occupied Palestinian\nterritories within 12 months.",
     "The resolution passed with 124 votes\nin favour, 14 against and 43 abstentions.",
     "The U.S. voted against",
     '''Israel's ambassador called the vote "a disgrace."''',
     "He had shredded a copy\nof the U.N. charter at the podium in May."])

doc("news-133", "abbrev_mid numbers",
    "The envoy flew from London to Washington, D.C., on Monday for talks on tariffs. U.K. officials hope to secure an exemption for steel. British Steel Ltd., owned by China's Jingye Group, employs about 2,700 people at its Scunthorpe plant. Talks are expected to last until Thursday.",
    ["The envoy flew from London to Washington, D.C., on Monday for talks on tariffs.",
     "U.K. officials hope to secure an exemption for steel.",
     "British Steel Ltd., owned by China's Jingye Group, employs about 2,700 people at its Scunthorpe plant.",
     "Talks are expected to last until Thursday."])

doc("news-134", "abbrev_mid abbrev_end numbers",
    "Polls in Malawi opened at 6 a.m. and closed at 6 p.m. Counting began immediately. The first results were released at 11.45 p.m. They showed the incumbent narrowly ahead. A second batch was due at 6 a.m. It never came.",
    ["Polls in Malawi opened at 6 a.m. and closed at 6 p.m.",
     "Counting began immediately.",
     "The first results were released at 11.45 p.m.",
     "They showed the incumbent narrowly ahead.",
     "A second batch was due at 6 a.m.",
     "It never came."])

doc("news-135", "abbrev_mid",
    "Protesters targeted the offices of several multinationals, including Orion Foods Inc., Baltic Freight Ltd., Helios Motors, etc., accusing them of profiting from the war. Police arrested 12 people. The companies said they had complied with all sanctions. One of them, Orion Foods, said it had left the Russian market in 2022.",
    ["Protesters targeted the offices of several multinationals, including Orion Foods Inc., Baltic Freight Ltd., Helios Motors, etc., accusing them of profiting from the war.",
     "Police arrested 12 people.",
     "The companies said they had complied with all sanctions.",
     "One of them, Orion Foods, said it had left the Russian market in 2022."])

doc("news-136", "initials diacritics quote_end abbrev_mid",
    '''If talks fail, the government says it has a Plan B. Officials declined to describe it. Opposition leader Ana María Gómez called it "a bluff." She spoke after meeting the E.U. ambassador, Karl J. Weber.''',
    ["If talks fail, the government says it has a Plan B.",
     "Officials declined to describe it.",
     '''Opposition leader Ana María Gómez called it "a bluff."''',
     "She spoke after meeting the E.U. ambassador, Karl J. Weber."])

doc("news-137", "initials",
    "The ruling coalition appears on the ballot as List C. Its main rival is List A. Both are led by former ministers. A third list, headed by the economist Marco T. Ferri, is polling in single digits.",
    ["The ruling coalition appears on the ballot as List C.",
     "Its main rival is List A.",
     "Both are led by former ministers.",
     "A third list, headed by the economist Marco T. Ferri, is polling in single digits."])

doc("news-138", "digit_start",
    "The prime minister will travel to Kyiv this week, officials said. 10 Downing Street declined to give dates for security reasons. The visit is expected to include talks on a long-term security pact. 2025 marks the third year of Britain's training programme for Ukrainian recruits.",
    ["The prime minister will travel to Kyiv this week, officials said.",
     "10 Downing Street declined to give dates for security reasons.",
     "The visit is expected to include talks on a long-term security pact.",
     "2025 marks the third year of Britain's training programme for Ukrainian recruits."])

doc("news-139", "headline paragraph_break dateline dashes diacritics abbrev_mid bullets",
    "Lula, Petro and Boric call for regional response to migration\n\nBOGOTÁ, Sept. 12 (EFE) – The presidents of Brazil, Colombia and Chile signed a joint declaration on migration on Thursday. It calls for:\n– shared data on migrant flows\n– a regional fund for host communities\n– faster recognition of professional qualifications\nVenezuela was not invited.",
    ["Lula, Petro and Boric call for regional response to migration",
     "BOGOTÁ, Sept. 12 (EFE) – The presidents of Brazil, Colombia and Chile signed a joint declaration on migration on Thursday.",
     "It calls for:",
     "– shared data on migrant flows",
     "– a regional fund for host communities",
     "– faster recognition of professional qualifications",
     "Venezuela was not invited."])

doc("news-140", "brackets quote_end",
    '''The minister said the new law "[would] apply to all foreign-funded groups." Critics said the bill mirrors a Russian law adopted in 2012. [Editor's note: An earlier version of this story misstated the year of the Russian law.] The vote is scheduled for Tuesday.''',
    ['''The minister said the new law "[would] apply to all foreign-funded groups."''',
     "Critics said the bill mirrors a Russian law adopted in 2012.",
     "[Editor's note: An earlier version of this story misstated the year of the Russian law.]",
     "The vote is scheduled for Tuesday."])

doc("news-141", "brackets numbers parens",
    "Military spending in Europe rose 17 percent in 2024 to $693 billion.[4] Germany became the largest spender in Western Europe.[5] Spending in the Middle East rose by 15 percent (see Table 2). Israel's budget grew the most.[6] Figures are in constant 2023 dollars.",
    ["Military spending in Europe rose 17 percent in 2024 to $693 billion.[4]",
     "Germany became the largest spender in Western Europe.[5]",
     "Spending in the Middle East rose by 15 percent (see Table 2).",
     "Israel's budget grew the most.[6]",
     "Figures are in constant 2023 dollars."])

doc("news-142", "parens",
    "The opposition has called a general strike for Monday. (Similar strikes in 2023 paralysed the capital for days.) The government says the strike is illegal. (Whether it is remains disputed.) Unions say they will go ahead regardless.",
    ["The opposition has called a general strike for Monday.",
     "(Similar strikes in 2023 paralysed the capital for days.)",
     "The government says the strike is illegal.",
     "(Whether it is remains disputed.)",
     "Unions say they will go ahead regardless."])

doc("news-143", "lowercase_start",
    "Regulators in Brussels opened an investigation into app store rules on Monday. iOS developers had complained for years about fees. mRNA vaccine makers, meanwhile, face a separate inquiry into pricing. Both probes could take more than a year.",
    ["Regulators in Brussels opened an investigation into app store rules on Monday.",
     "iOS developers had complained for years about fees.",
     "mRNA vaccine makers, meanwhile, face a separate inquiry into pricing.",
     "Both probes could take more than a year."])

doc("news-144", "cjk abbrev_mid abbrev_end numbers quote_end",
    '''China's ambassador to the U.N., Fu Cong (傅聪), said Beijing opposed "unilateral sanctions." His U.S. counterpart disagreed. The council adjourned at 6.40 p.m. No date was set for a new meeting.''',
    ['''China's ambassador to the U.N., Fu Cong (傅聪), said Beijing opposed "unilateral sanctions."''',
     "His U.S. counterpart disagreed.",
     "The council adjourned at 6.40 p.m.",
     "No date was set for a new meeting."])

doc("news-145", "cjk abbrev_mid",
    "Takaichi Sanae (高市早苗) became Japan's first female prime minister on Oct. 21 after winning a vote in parliament. She is known for hawkish views on defence. Her first foreign trip was to Malaysia for a regional summit. Beijing reacted coolly to her election.",
    ["Takaichi Sanae (高市早苗) became Japan's first female prime minister on Oct. 21 after winning a vote in parliament.",
     "She is known for hawkish views on defence.",
     "Her first foreign trip was to Malaysia for a regional summit.",
     "Beijing reacted coolly to her election."])

doc("news-146", "dateline diacritics",
    "ISTANBUL, May 16 (Reuters) - Russian and Ukrainian delegations met face to face for the first time in more than three years on Friday. The talks, hosted at Dolmabahçe Palace, lasted less than two hours. President Recep Tayyip Erdoğan said Türkiye was ready to host further rounds. Ukraine's President Volodymyr Zelenskyy said the Russian team lacked a mandate to make decisions.",
    ["ISTANBUL, May 16 (Reuters) - Russian and Ukrainian delegations met face to face for the first time in more than three years on Friday.",
     "The talks, hosted at Dolmabahçe Palace, lasted less than two hours.",
     "President Recep Tayyip Erdoğan said Türkiye was ready to host further rounds.",
     "Ukraine's President Volodymyr Zelenskyy said the Russian team lacked a mandate to make decisions."])

doc("news-147", "dateline dashes abbrev_mid ellipsis_end",
    "NEW DELHI, May 10 (PTI) — India and Pakistan agreed to a ceasefire on Saturday after four days of cross-border strikes. The announcement was first made by the U.S. president on social media. Hours later, explosions were reported in Srinagar… Both sides accused each other of violations.",
    ["NEW DELHI, May 10 (PTI) — India and Pakistan agreed to a ceasefire on Saturday after four days of cross-border strikes.",
     "The announcement was first made by the U.S. president on social media.",
     "Hours later, explosions were reported in Srinagar…",
     "Both sides accused each other of violations."])

doc("news-148", "abbrev_end",
    "The ships were chartered through a Dubai-based broker, Seabridge Ltd. Investigators said it had no employees. Its registered address was a flat in Sharjah. The firm could not be reached.",
    ["The ships were chartered through a Dubai-based broker, Seabridge Ltd.",
     "Investigators said it had no employees.",
     "Its registered address was a flat in Sharjah.",
     "The firm could not be reached."])

doc("news-149", "abbrev_end initialism_end",
    "The contract was awarded to Atlas Defense Systems Inc. The company will supply air-defence interceptors to Poland and Romania. Deliveries are expected to begin in 2027. A smaller order went to a firm based in the U.K. Both contracts still need approval from lawmakers.",
    ["The contract was awarded to Atlas Defense Systems Inc.",
     "The company will supply air-defence interceptors to Poland and Romania.",
     "Deliveries are expected to begin in 2027.",
     "A smaller order went to a firm based in the U.K.",
     "Both contracts still need approval from lawmakers."])

doc("news-150", "abbrev_mid initialism_end",
    "Sen. Mark Ellison Jr. of Montana said he would oppose the nomination. He was joined by two other Republicans. The nominee, Dr. Karen Liu, is a former ambassador to the U.N. Her confirmation hearing is set for Feb. 4.",
    ["Sen. Mark Ellison Jr. of Montana said he would oppose the nomination.",
     "He was joined by two other Republicans.",
     "The nominee, Dr. Karen Liu, is a former ambassador to the U.N.",
     "Her confirmation hearing is set for Feb. 4."])

# --- More abbreviations, layout and mixed hard cases -----------------------

doc("news-151", "abbrev_mid numbers",
    "The council adopted resolutions Nos. 2728 and 2735 this year, both calling for a ceasefire in Gaza. Neither has been fully implemented. Algeria, the Arab member of the council, said a third text would be tabled soon. Diplomats expect a U.S. veto.",
    ["The council adopted resolutions Nos. 2728 and 2735 this year, both calling for a ceasefire in Gaza.",
     "Neither has been fully implemented.",
     "Algeria, the Arab member of the council, said a third text would be tabled soon.",
     "Diplomats expect a U.S. veto."])

doc("news-152", "abbrev_mid numbers",
    "Prof. Daniela Ortiz, who chairs the panel, presented findings Nos. 3 to 7 to lawmakers on Tuesday. They concern the purchase of ventilators during the pandemic. The panel found that prices had been inflated by up to 300 percent. Prof. Ortiz said the evidence would be passed to prosecutors.",
    ["Prof. Daniela Ortiz, who chairs the panel, presented findings Nos. 3 to 7 to lawmakers on Tuesday.",
     "They concern the purchase of ventilators during the pandemic.",
     "The panel found that prices had been inflated by up to 300 percent.",
     "Prof. Ortiz said the evidence would be passed to prosecutors."])

doc("news-153", "abbrev_mid numbers",
    "The ruling party's share of the vote fell to 34 percent vs. 41 percent five years ago. Its main rival gained six points. Turnout was 72.5 percent. The result leaves no party with a clear path to a majority.",
    ["The ruling party's share of the vote fell to 34 percent vs. 41 percent five years ago.",
     "Its main rival gained six points.",
     "Turnout was 72.5 percent.",
     "The result leaves no party with a clear path to a majority."])

doc("news-154", "abbrev_mid abbrev_end diacritics",
    "Col. Hamid Traoré, a spokesman for the junta, read the statement on state television at 9 p.m. It announced a curfew from dusk to dawn. The borders were closed until further notice. Col. Traoré said the measures were temporary.",
    ["Col. Hamid Traoré, a spokesman for the junta, read the statement on state television at 9 p.m.",
     "It announced a curfew from dusk to dawn.",
     "The borders were closed until further notice.",
     "Col. Traoré said the measures were temporary."])

doc("news-155", "abbrev_mid",
    "Leaders of the Caribbean Community met in St. John's, Antigua, on Wednesday to discuss the crisis in Haiti. The prime minister of St. Vincent and the Grenadines, who chairs the bloc, said a transition council would be formed within days. The U.S. secretary of state joined the meeting. Haiti's acting prime minister did not attend.",
    ["Leaders of the Caribbean Community met in St. John's, Antigua, on Wednesday to discuss the crisis in Haiti.",
     "The prime minister of St. Vincent and the Grenadines, who chairs the bloc, said a transition council would be formed within days.",
     "The U.S. secretary of state joined the meeting.",
     "Haiti's acting prime minister did not attend."])

doc("news-156", "abbrev_mid",
    "Lt. Gen. Nasser Haddad, a former intelligence chief, was named defence minister on Sunday. Mrs. Laila Haddad, his wife, is a member of parliament. Critics said the appointment concentrated too much power in one family. The prime minister defended the choice.",
    ["Lt. Gen. Nasser Haddad, a former intelligence chief, was named defence minister on Sunday.",
     "Mrs. Laila Haddad, his wife, is a member of parliament.",
     "Critics said the appointment concentrated too much power in one family.",
     "The prime minister defended the choice."])

doc("news-157", "abbrev_mid hard_wrap quote_start",
    '''Mrs. Thandiwe Mokoena, 71, said she had voted in every election since 1994. Her husband,\nSamuel Mokoena Sr., a retired miner, queued beside her. "We come\nbecause our parents could not," she said. The couple had waited nearly\nfour hours.''',
    ["Mrs. Thandiwe Mokoena, 71, said she had voted in every election since 1994.",
     "Her husband,\nSamuel Mokoena Sr., a retired miner, queued beside her.",
     '''"We come\nbecause our parents could not," she said.''',
     "The couple had waited nearly\nfour hours."])

doc("news-158", "abbrev_mid",
    '''Prof. Li Wen of Tsinghua University said tariffs on "strategic" goods, i.e. chips, batteries and critical minerals, were likely to stay. Other categories, e.g. furniture and toys, could be negotiated. Talks resume in London next week. The U.S. delegation will be led by the Treasury secretary.''',
    ['''Prof. Li Wen of Tsinghua University said tariffs on "strategic" goods, i.e. chips, batteries and critical minerals, were likely to stay.''',
     "Other categories, e.g. furniture and toys, could be negotiated.",
     "Talks resume in London next week.",
     "The U.S. delegation will be led by the Treasury secretary."])

doc("news-159", "abbrev_end quote_start",
    '''The new visa rules apply to students, researchers, seasonal workers, etc. Universities warned that applications had already fallen sharply. "We are losing talent," said one vice-chancellor. The Home Office said the changes were needed to reduce net migration.''',
    ["The new visa rules apply to students, researchers, seasonal workers, etc.",
     "Universities warned that applications had already fallen sharply.",
     '''"We are losing talent," said one vice-chancellor.''',
     "The Home Office said the changes were needed to reduce net migration."])

doc("news-160", "question_excl abbrev_mid",
    "The prime minister survived the vote by a single ballot! Even his allies were surprised. What now? Analysts say he will need to rebuild his coalition before the budget vote on Dec. 12.",
    ["The prime minister survived the vote by a single ballot!",
     "Even his allies were surprised.",
     "What now?",
     "Analysts say he will need to rebuild his coalition before the budget vote on Dec. 12."])

doc("news-161", "quote_q_excl quote_start",
    '''"A ceasefire now?!" the headline in one tabloid read on Tuesday. Few in Jerusalem had expected the announcement. The security cabinet met late into the night. Ministers from the far right threatened to quit.''',
    ['''"A ceasefire now?!" the headline in one tabloid read on Tuesday.''',
     "Few in Jerusalem had expected the announcement.",
     "The security cabinet met late into the night.",
     "Ministers from the far right threatened to quit."])

doc("news-162", "caption byline dateline paragraph_break abbrev_mid",
    "Election workers count ballots in Accra, Ghana, on Dec. 7, 2024 (Reuters photo)\n\nBy Kwame Asante\n\nACCRA (Reuters) - Ghana's electoral commission began announcing results on Sunday. Early figures from 40 of 276 constituencies showed the opposition ahead. The commission urged patience. Final results are due by Tuesday.",
    ["Election workers count ballots in Accra, Ghana, on Dec. 7, 2024 (Reuters photo)",
     "By Kwame Asante",
     "ACCRA (Reuters) - Ghana's electoral commission began announcing results on Sunday.",
     "Early figures from 40 of 276 constituencies showed the opposition ahead.",
     "The commission urged patience.",
     "Final results are due by Tuesday."])

doc("news-163", "headline caption dateline dashes curly_quotes diacritics numbers quote_end",
    "Venezuela’s opposition claims victory — but Maduro refuses to go\nA woman holds a sign reading “Libertad” at a rally in Caracas, Venezuela, July 30, 2024\nCARACAS (AP) — Opposition leader María Corina Machado said on Tuesday that her camp had copies of more than 80 percent of tally sheets. She called on the armed forces to “stand with the people.” The government said the sheets were forged.",
    ["Venezuela’s opposition claims victory — but Maduro refuses to go",
     "A woman holds a sign reading “Libertad” at a rally in Caracas, Venezuela, July 30, 2024",
     "CARACAS (AP) — Opposition leader María Corina Machado said on Tuesday that her camp had copies of more than 80 percent of tally sheets.",
     "She called on the armed forces to “stand with the people.”",
     "The government said the sheets were forged."])

doc("news-164", "caption abbrev_mid",
    "Caption: Rescue workers search the rubble of a residential building in Dnipro on Jan. 15.\nAt least 40 people were killed when a Russian missile hit the apartment block on Saturday, regional officials said. Dozens more were missing. Rescue work continued through the night.",
    ["Caption: Rescue workers search the rubble of a residential building in Dnipro on Jan. 15.",
     "At least 40 people were killed when a Russian missile hit the apartment block on Saturday, regional officials said.",
     "Dozens more were missing.",
     "Rescue work continued through the night."])

doc("news-165", "abbrev_mid quote_start quote_end numbers",
    '''"We will not be lectured by the U.S.," the foreign minister said. "Our relations with Moscow are our business." The remarks came a day after Washington threatened secondary sanctions. Trade between the two countries has grown by 60 percent since 2022.''',
    ['''"We will not be lectured by the U.S.," the foreign minister said.''',
     '''"Our relations with Moscow are our business."''',
     "The remarks came a day after Washington threatened secondary sanctions.",
     "Trade between the two countries has grown by 60 percent since 2022."])

doc("news-166", "initialism_end quote_start",
    '''The minister was due to meet her counterpart from the U.S. "We expect frank talks," a spokesman said. The meeting was later postponed. No reason was given.''',
    ["The minister was due to meet her counterpart from the U.S.",
     '''"We expect frank talks," a spokesman said.''',
     "The meeting was later postponed.",
     "No reason was given."])

doc("news-167", "abbrev_end digit_start numbers",
    "The agency's forecast was published at 9 a.m. 2025 growth was revised down to 2.8 percent from 3.3 percent. Trade tensions were cited as the main reason. The next update is due in October.",
    ["The agency's forecast was published at 9 a.m.",
     "2025 growth was revised down to 2.8 percent from 3.3 percent.",
     "Trade tensions were cited as the main reason.",
     "The next update is due in October."])

doc("news-168", "dateline abbrev_mid numbers quote_end",
    '''(Adds comment from Chinese foreign ministry in paragraph 4)\nBEIJING, Feb. 2 (Reuters) - China said on Sunday it would challenge new U.S. tariffs at the World Trade Organization. The 10 percent duty on Chinese goods takes effect on Tuesday. Beijing also promised unspecified "countermeasures." A foreign ministry spokesman said: "There are no winners in a trade war."''',
    ["(Adds comment from Chinese foreign ministry in paragraph 4)",
     "BEIJING, Feb. 2 (Reuters) - China said on Sunday it would challenge new U.S. tariffs at the World Trade Organization.",
     "The 10 percent duty on Chinese goods takes effect on Tuesday.",
     '''Beijing also promised unspecified "countermeasures."''',
     '''A foreign ministry spokesman said: "There are no winners in a trade war."'''])

doc("news-169", "abbrev_mid initialism_end numbers",
    "The E.U. and Britain agreed a new defence and security pact at a summit in London on Monday. The deal opens the door for British firms to join a €150 billion E.U. defence fund. Fishing rights were extended for 12 years, angering some in the U.K. Ministers said the trade-off was worth it.",
    ["The E.U. and Britain agreed a new defence and security pact at a summit in London on Monday.",
     "The deal opens the door for British firms to join a €150 billion E.U. defence fund.",
     "Fishing rights were extended for 12 years, angering some in the U.K.",
     "Ministers said the trade-off was worth it."])

doc("news-170", "abbrev_mid initialism_end quote_end",
    '''Col. Rachel Summers, a military spokeswoman, said the troops would arrive in Washington, D.C. The deployment was ordered by the president late on Monday. The city's mayor called it "unnecessary." Local police said violent crime had fallen this year.''',
    ["Col. Rachel Summers, a military spokeswoman, said the troops would arrive in Washington, D.C.",
     "The deployment was ordered by the president late on Monday.",
     '''The city's mayor called it "unnecessary."''',
     "Local police said violent crime had fallen this year."])

doc("news-171", "initialism_end",
    "Norway is not a member of the E.U. It is, however, part of the European Economic Area. Its government said on Thursday that it would align with the bloc's new sanctions. Oslo has done so for all previous packages.",
    ["Norway is not a member of the E.U.",
     "It is, however, part of the European Economic Area.",
     "Its government said on Thursday that it would align with the bloc's new sanctions.",
     "Oslo has done so for all previous packages."])

doc("news-172", "question_excl",
    "Is the war over? Not quite. Fighting continued in the north on Monday, residents said. What is clear is that the ceasefire is fragile! Aid agencies are racing to deliver supplies while they can.",
    ["Is the war over?",
     "Not quite.",
     "Fighting continued in the north on Monday, residents said.",
     "What is clear is that the ceasefire is fragile!",
     "Aid agencies are racing to deliver supplies while they can."])

doc("news-173", "byline dateline hard_wrap numbers quote_end url_email",
    '''By Lena Hoffmann\nFRANKFURT, March 6 (Reuters) - The European Central Bank cut\nits deposit rate by 25 basis points to 2.5 percent on Thursday,\nits sixth cut since June. ECB President Christine Lagarde said\npolicy was becoming "meaningfully less restrictive." The full\nstatement is available at https://www.ecb.europa.eu. Markets had\nexpected the move.''',
    ["By Lena Hoffmann",
     "FRANKFURT, March 6 (Reuters) - The European Central Bank cut\nits deposit rate by 25 basis points to 2.5 percent on Thursday,\nits sixth cut since June.",
     '''ECB President Christine Lagarde said\npolicy was becoming "meaningfully less restrictive."''',
     "The full\nstatement is available at https://www.ecb.europa.eu.",
     "Markets had\nexpected the move."])

doc("news-174", "bullets url_email",
    "The embassy issued the following advice to citizens:\n- avoid the area around Independence Square\n- carry identification at all times\n- send updates on your whereabouts to consular.help@embassy.example.org\nIt said the airport remained open.",
    ["The embassy issued the following advice to citizens:",
     "- avoid the area around Independence Square",
     "- carry identification at all times",
     "- send updates on your whereabouts to consular.help@embassy.example.org",
     "It said the airport remained open."])

doc("news-175", "curly_quotes quote_start quote_end quote_then_attrib numbers",
    "“Sanctions are not working.” So said a senior European diplomat in Brussels on Wednesday, speaking on condition of anonymity. Russia's economy grew by more than 4 percent last year. Its oil exports have largely been redirected to Asia.",
    ["“Sanctions are not working.”",
     "So said a senior European diplomat in Brussels on Wednesday, speaking on condition of anonymity.",
     "Russia's economy grew by more than 4 percent last year.",
     "Its oil exports have largely been redirected to Asia."])

doc("news-176", "quote_start quote_end quote_then_attrib",
    '''"This is a dark day for press freedom." Those were the words of the editor of one of the country's last independent newspapers, shut down by court order on Friday. Its website was blocked the same evening. Staff said they would keep publishing online from abroad.''',
    ['''"This is a dark day for press freedom."''',
     "Those were the words of the editor of one of the country's last independent newspapers, shut down by court order on Friday.",
     "Its website was blocked the same evening.",
     "Staff said they would keep publishing online from abroad."])

doc("news-177", "brackets quote_end abbrev_mid",
    '''The statement said the government "will not negociate [sic] with terrorists." It was posted at 2 a.m. and deleted an hour later.[2] A corrected version appeared in the morning. Officials blamed a junior staff member.''',
    ['''The statement said the government "will not negociate [sic] with terrorists."''',
     "It was posted at 2 a.m. and deleted an hour later.[2]",
     "A corrected version appeared in the morning.",
     "Officials blamed a junior staff member."])

doc("news-178", "headline paragraph_break lowercase_start digit_start numbers abbrev_mid",
    "Tariffs and tech\n\nThe new tariffs exempt smartphones and laptops for now. iPhone assembly in India has nearly doubled since 2023, industry data show. 40 percent of U.S.-bound phones could come from India by next year, one analyst estimated.",
    ["Tariffs and tech",
     "The new tariffs exempt smartphones and laptops for now.",
     "iPhone assembly in India has nearly doubled since 2023, industry data show.",
     "40 percent of U.S.-bound phones could come from India by next year, one analyst estimated."])

doc("news-179", "emoji quote_end",
    '''Ukraine's defence ministry posted a video of the strike on Telegram with the caption: "Good morning, Crimea ☀️💥" The Russian defence ministry said it had shot down all incoming drones. Satellite images later showed damage to two aircraft. Neither claim could be independently verified.''',
    ['''Ukraine's defence ministry posted a video of the strike on Telegram with the caption: "Good morning, Crimea ☀️💥"''',
     "The Russian defence ministry said it had shot down all incoming drones.",
     "Satellite images later showed damage to two aircraft.",
     "Neither claim could be independently verified."])

doc("news-180", "byline paragraph_break dateline dashes numbers headline",
    "By Sipho Dlamini\n\nJOHANNESBURG — South Africa's unemployment rate rose to 33.5 percent in the first quarter, the statistics agency said on Tuesday.\n\nYouth hit hardest\n\nAmong people aged 15 to 24, the rate was above 60 percent. Economists blamed weak growth and power cuts.",
    ["By Sipho Dlamini",
     "JOHANNESBURG — South Africa's unemployment rate rose to 33.5 percent in the first quarter, the statistics agency said on Tuesday.",
     "Youth hit hardest",
     "Among people aged 15 to 24, the rate was above 60 percent.",
     "Economists blamed weak growth and power cuts."])

doc("news-181", "numbers abbrev_mid",
    "The country is the world's No. 1 exporter of cocoa. Prices hit a record $12,000 a tonne in December. Farmers say they see little of the benefit. The regulator raised the farm-gate price to 2,200 CFA francs per kilogram on Oct. 1.",
    ["The country is the world's No. 1 exporter of cocoa.",
     "Prices hit a record $12,000 a tonne in December.",
     "Farmers say they see little of the benefit.",
     "The regulator raised the farm-gate price to 2,200 CFA francs per kilogram on Oct. 1."])

doc("news-182", "lowercase_start",
    "eSwatini held parliamentary elections on Friday in which political parties were not allowed to take part. Candidates ran as individuals. King Mswati III appoints the prime minister. Pro-democracy activists called for a boycott.",
    ["eSwatini held parliamentary elections on Friday in which political parties were not allowed to take part.",
     "Candidates ran as individuals.",
     "King Mswati III appoints the prime minister.",
     "Pro-democracy activists called for a boycott."])

doc("news-183", "abbrev_mid",
    "Gov. Andrew Pike Jr. signed the bill on Sept. 30, a day before the old law was due to expire. It extends the state's emergency powers until Oct. 31. Mr. Pike said he hoped it would be the last extension. Republicans in the legislature had voted against it.",
    ["Gov. Andrew Pike Jr. signed the bill on Sept. 30, a day before the old law was due to expire.",
     "It extends the state's emergency powers until Oct. 31.",
     "Mr. Pike said he hoped it would be the last extension.",
     "Republicans in the legislature had voted against it."])

doc("news-184", "ellipsis_mid ellipsis_end quote_start",
    '''Officials promised answers within a week… then within a month. Eight months later, families of the victims are still waiting... "Nobody has called us," said one mother. The inquiry is expected to report in the spring.''',
    ["Officials promised answers within a week… then within a month.",
     "Eight months later, families of the victims are still waiting...",
     '''"Nobody has called us," said one mother.''',
     "The inquiry is expected to report in the spring."])

doc("news-185", "cjk abbrev_mid initialism_end quote_end",
    '''Chinese President Xi Jinping (习近平) met his American counterpart on the sidelines of the summit in Lima on Nov. 16. It was likely their last meeting before a change of administration in the U.S. Mr. Xi said China was ready to work with the new government. He also warned against crossing Beijing's "red lines."''',
    ["Chinese President Xi Jinping (习近平) met his American counterpart on the sidelines of the summit in Lima on Nov. 16.",
     "It was likely their last meeting before a change of administration in the U.S.",
     "Mr. Xi said China was ready to work with the new government.",
     '''He also warned against crossing Beijing's "red lines."'''])

doc("news-186", "abbrev_mid numbers",
    "U.K. inflation rose to 3.5 percent in April, driven by higher energy and water bills. Dr. Fiona Grant, an economist at a London bank, said the jump had been expected. The Bank of England is likely to hold rates at 4.25 percent. Its next decision is due on June 19.",
    ["U.K. inflation rose to 3.5 percent in April, driven by higher energy and water bills.",
     "Dr. Fiona Grant, an economist at a London bank, said the jump had been expected.",
     "The Bank of England is likely to hold rates at 4.25 percent.",
     "Its next decision is due on June 19."])

doc("news-187", "headline question_excl dateline dashes diacritics ellipsis_mid",
    "Will Erdoğan run again?\nISTANBUL (AP) — Turkey's president is barred by the constitution from seeking a third term. Unless... parliament calls an early election. That possibility is now openly discussed in Ankara.",
    ["Will Erdoğan run again?",
     "ISTANBUL (AP) — Turkey's president is barred by the constitution from seeking a third term.",
     "Unless... parliament calls an early election.",
     "That possibility is now openly discussed in Ankara."])

doc("news-188", "abbrev_end numbers",
    "The ministry will subsidise fertiliser, seed, diesel, etc. Farmers must apply through their local cooperatives. The scheme costs about 1.2 billion birr. Critics say it favours large farms.",
    ["The ministry will subsidise fertiliser, seed, diesel, etc.",
     "Farmers must apply through their local cooperatives.",
     "The scheme costs about 1.2 billion birr.",
     "Critics say it favours large farms."])

doc("news-189", "hard_wrap initialism_end",
    "Relations have improved since the summit. Trade talks resumed in\nApril, and a new ambassador arrived from the U.S.\nLast month, the two sides agreed to restore direct flights. Officials\nsay a visit by the president is possible later this year.",
    ["Relations have improved since the summit.",
     "Trade talks resumed in\nApril, and a new ambassador arrived from the U.S.",
     "Last month, the two sides agreed to restore direct flights.",
     "Officials\nsay a visit by the president is possible later this year."])

doc("news-190", "bullets numbers abbrev_mid",
    "Preliminary results, with 95 percent of ballots counted:\n• Party of Action and Solidarity: 50.2%\n• Patriotic Electoral Bloc: 24.2%\n• Alternative: 8.0%\nThe central election commission said final results would be published on Oct. 2.",
    ["Preliminary results, with 95 percent of ballots counted:",
     "• Party of Action and Solidarity: 50.2%",
     "• Patriotic Electoral Bloc: 24.2%",
     "• Alternative: 8.0%",
     "The central election commission said final results would be published on Oct. 2."])

# --- Extra coverage: initials, layout, brackets, emoji, traps --------------

doc("news-191", "caption initials abbrev_mid",
    "Lt. Gen. Michael R. Owusu, the new force commander, inspects troops in Juba on Oct. 4\nLt. Gen. Michael R. Owusu took command of the U.N. mission in South Sudan on Friday. He replaces Lt. Gen. Sanjay K. Mehta of India, who served for three years. Mr. Owusu said his priority was protecting civilians in Upper Nile state.",
    ["Lt. Gen. Michael R. Owusu, the new force commander, inspects troops in Juba on Oct. 4",
     "Lt. Gen. Michael R. Owusu took command of the U.N. mission in South Sudan on Friday.",
     "He replaces Lt. Gen. Sanjay K. Mehta of India, who served for three years.",
     "Mr. Owusu said his priority was protecting civilians in Upper Nile state."])

doc("news-192", "initials",
    "Booksellers in Kyiv reported a rush on Ukrainian translations of J. R. R. Tolkien after his novels were cited in a speech by a government minister. The minister compared the defence of the city to a siege in The Lord of the Rings. Critics called the comparison odd. Sales of works by Lesya Ukrainka also rose.",
    ["Booksellers in Kyiv reported a rush on Ukrainian translations of J. R. R. Tolkien after his novels were cited in a speech by a government minister.",
     "The minister compared the defence of the city to a siege in The Lord of the Rings.",
     "Critics called the comparison odd.",
     "Sales of works by Lesya Ukrainka also rose."])

doc("news-193", "initials abbrev_mid quote_end",
    '''The health secretary, Robert F. Kennedy Jr., testified before a Senate committee on Tuesday. He defended cuts to international vaccine programmes. Democrats on the committee called the cuts "reckless." The hearing lasted nearly three hours.''',
    ["The health secretary, Robert F. Kennedy Jr., testified before a Senate committee on Tuesday.",
     "He defended cuts to international vaccine programmes.",
     '''Democrats on the committee called the cuts "reckless."''',
     "The hearing lasted nearly three hours."])

doc("news-194", "initials",
    "The sanctions list includes a Cypriot lawyer identified only as Andreas P. Officials said his full name was withheld for legal reasons. He is accused of setting up shell companies for Russian clients. Nicosia said it would cooperate with the investigation.",
    ["The sanctions list includes a Cypriot lawyer identified only as Andreas P.",
     "Officials said his full name was withheld for legal reasons.",
     "He is accused of setting up shell companies for Russian clients.",
     "Nicosia said it would cooperate with the investigation."])

doc("news-195", "brackets numbers hard_wrap abbrev_mid",
    "Inflation in the euro area eased to 2.2 percent in August.[1] Core inflation, which excludes\nenergy and food, was 2.8 percent.[2] The ECB meets again on Sept. 12. [Sources: Eurostat;\nECB staff projections.]",
    ["Inflation in the euro area eased to 2.2 percent in August.[1]",
     "Core inflation, which excludes\nenergy and food, was 2.8 percent.[2]",
     "The ECB meets again on Sept. 12.",
     "[Sources: Eurostat;\nECB staff projections.]"])

doc("news-196", "parens ellipsis_mid",
    '''The president's speech ran to 90 minutes (it had been scheduled for 40). He promised "a new era" for the country (…) and attacked foreign-funded charities. (A full transcript was published later by state media.) Opposition parties boycotted the session.''',
    ["The president's speech ran to 90 minutes (it had been scheduled for 40).",
     '''He promised "a new era" for the country (…) and attacked foreign-funded charities.''',
     "(A full transcript was published later by state media.)",
     "Opposition parties boycotted the session."])

doc("news-197", "abbrev_mid caption byline paragraph_break dateline dashes numbers url_email",
    "Flood victims receive food aid in Maiduguri, Nigeria, Sept. 12, 2024\n\nBy Aisha Bello\n\nMAIDUGURI, Nigeria (AP) — Floodwaters from a collapsed dam have displaced more than 400,000 people in northeastern Nigeria, officials said. The World Food Programme said it needed $50 million for its response. Details of the appeal are at www.wfp.org/emergencies. State officials said schools would stay closed for two weeks.",
    ["Flood victims receive food aid in Maiduguri, Nigeria, Sept. 12, 2024",
     "By Aisha Bello",
     "MAIDUGURI, Nigeria (AP) — Floodwaters from a collapsed dam have displaced more than 400,000 people in northeastern Nigeria, officials said.",
     "The World Food Programme said it needed $50 million for its response.",
     "Details of the appeal are at www.wfp.org/emergencies.",
     "State officials said schools would stay closed for two weeks."])

doc("news-198", "emoji quote_start quote_end quote_then_attrib numbers",
    '''"Democracy wins today 🗳️🇰🇷" That was the first post by the new president on social media, minutes after he was declared the winner. It was liked 300,000 times within an hour. His rival posted nothing.''',
    ['''"Democracy wins today 🗳️🇰🇷"''',
     "That was the first post by the new president on social media, minutes after he was declared the winner.",
     "It was liked 300,000 times within an hour.",
     "His rival posted nothing."])

doc("news-199", "emoji curly_quotes quote_end quote_q_excl",
    "A video of the rally in Kathmandu went viral on TikTok. One comment read: “This is our generation’s moment 🔥🇳🇵” Another said: “Finally!” The government lifted its ban on social media platforms the next day.",
    ["A video of the rally in Kathmandu went viral on TikTok.",
     "One comment read: “This is our generation’s moment 🔥🇳🇵”",
     "Another said: “Finally!”",
     "The government lifted its ban on social media platforms the next day."])

doc("news-200", "hard_wrap initials diacritics paragraph_break headline quote_end",
    '''The court's ruling, written by Justice Anne-Marie P. Lefèvre, runs to\n212 pages. It finds that the government acted within its powers.\n\nThe dissent\n\nTwo judges disagreed. They said the decision "ignores the\nplain text of the constitution."''',
    ["The court's ruling, written by Justice Anne-Marie P. Lefèvre, runs to\n212 pages.",
     "It finds that the government acted within its powers.",
     "The dissent",
     "Two judges disagreed.",
     '''They said the decision "ignores the\nplain text of the constitution."'''])

doc("news-201", "bullets url_email numbers abbrev_mid",
    "How to check your registration:\n- visit www.elections.example.ca\n- enter your postal code and date of birth\n- call 1-800-555-0199 if your name is missing\nPolling stations open at 9.30 a.m. local time.",
    ["How to check your registration:",
     "- visit www.elections.example.ca",
     "- enter your postal code and date of birth",
     "- call 1-800-555-0199 if your name is missing",
     "Polling stations open at 9.30 a.m. local time."])

doc("news-202", "bullets numbers",
    "Main points of the budget:\n* Defence spending rises to 3.5% of GDP.\n* Fuel subsidies are cut by half.\n* Public-sector pay is frozen until 2027.\nThe finance minister will present it to parliament on Wednesday.",
    ["Main points of the budget:",
     "* Defence spending rises to 3.5% of GDP.",
     "* Fuel subsidies are cut by half.",
     "* Public-sector pay is frozen until 2027.",
     "The finance minister will present it to parliament on Wednesday."])

doc("news-203", "abbrev_mid diacritics numbers",
    "Rep. Anna Kowalczyk of Illinois visited the Texas town of Mt. Pleasant on Saturday. She met Sgt. Luis Ramírez of the state police and local officials. Border apprehensions fell to 6,000 in June vs. 10,000 a year earlier. Rep. Kowalczyk said the figures showed the new rules were working.",
    ["Rep. Anna Kowalczyk of Illinois visited the Texas town of Mt. Pleasant on Saturday.",
     "She met Sgt. Luis Ramírez of the state police and local officials.",
     "Border apprehensions fell to 6,000 in June vs. 10,000 a year earlier.",
     "Rep. Kowalczyk said the figures showed the new rules were working."])

doc("news-204", "abbrev_mid numbers",
    "Executives from Meridian Chips Inc. and Osaka Precision Co. met officials in Washington, D.C., on Tuesday. The two firms plan a $2.3 billion plant in Arizona. Delta Grid Corp., a utility, will supply the power. Construction is due to start in March.",
    ["Executives from Meridian Chips Inc. and Osaka Precision Co. met officials in Washington, D.C., on Tuesday.",
     "The two firms plan a $2.3 billion plant in Arizona.",
     "Delta Grid Corp., a utility, will supply the power.",
     "Construction is due to start in March."])

doc("news-205", "question_excl abbrev_mid abbrev_end",
    "What went wrong? An internal report blames poor communication. It says Lt. Gen. Omar Farouk was not told of the convoy's route until 4 a.m. Sgt. Ali Rahimi, who led the convoy, was killed in the ambush. The report recommends a full review of procedures.",
    ["What went wrong?",
     "An internal report blames poor communication.",
     "It says Lt. Gen. Omar Farouk was not told of the convoy's route until 4 a.m.",
     "Sgt. Ali Rahimi, who led the convoy, was killed in the ambush.",
     "The report recommends a full review of procedures."])

doc("news-206", "abbrev_mid ellipsis_mid",
    "Yazidi families who fled to Mt. Sinjar in 2014 marked the anniversary of the massacre on Saturday. Many still live in camps in the Kurdistan region. Iraq's government has promised funds to rebuild the town... but little has been done. Survivors want more Islamic State members prosecuted.",
    ["Yazidi families who fled to Mt. Sinjar in 2014 marked the anniversary of the massacre on Saturday.",
     "Many still live in camps in the Kurdistan region.",
     "Iraq's government has promised funds to rebuild the town... but little has been done.",
     "Survivors want more Islamic State members prosecuted."])

doc("news-207", "url_email quote_end",
    '''The full order is published at https://www.icj-cij.org/case/192. The court ordered Israel to take measures to prevent acts of genocide in Gaza. It did not order a ceasefire. South Africa, which brought the case, called the order "a decisive victory."''',
    ["The full order is published at https://www.icj-cij.org/case/192.",
     "The court ordered Israel to take measures to prevent acts of genocide in Gaza.",
     "It did not order a ceasefire.",
     '''South Africa, which brought the case, called the order "a decisive victory."'''])

doc("news-208", "url_email quote_start",
    '''Readers with information can contact the investigations team at tips@example-news.org or via Signal. "We protect our sources," the editor said. The newspaper published the first part of its investigation on Monday. Two ministers have since resigned.''',
    ["Readers with information can contact the investigations team at tips@example-news.org or via Signal.",
     '''"We protect our sources," the editor said.''',
     "The newspaper published the first part of its investigation on Monday.",
     "Two ministers have since resigned."])

doc("news-209", "headline paragraph_break hard_wrap numbers abbrev_mid",
    "Live updates\n\nPolls close in the east\n\nThe first exit poll puts the governing party on 31 percent. The\nmain opposition bloc is on 28 percent\n\nTurnout\n\nElection officials said turnout was 64.8 percent at 6 p.m. local time.",
    ["Live updates",
     "Polls close in the east",
     "The first exit poll puts the governing party on 31 percent.",
     "The\nmain opposition bloc is on 28 percent",
     "Turnout",
     "Election officials said turnout was 64.8 percent at 6 p.m. local time."])

doc("news-210", "parens question_excl brackets numbers abbrev_mid",
    "The ruling party won 62 seats (up from 54). Did the opposition boycott hurt it? (Its leaders insist it did not.) Final results are due on Friday [updated at 4.15 p.m.].",
    ["The ruling party won 62 seats (up from 54).",
     "Did the opposition boycott hurt it?",
     "(Its leaders insist it did not.)",
     "Final results are due on Friday [updated at 4.15 p.m.]."])

doc("news-211", "digit_start lowercase_start",
    "The agreement was signed in Riyadh on Tuesday. 14 countries have now joined the initiative. eGov portals in each member state will share customs data from January. 3 more countries are expected to join next year.",
    ["The agreement was signed in Riyadh on Tuesday.",
     "14 countries have now joined the initiative.",
     "eGov portals in each member state will share customs data from January.",
     "3 more countries are expected to join next year."])

doc("news-212", "cjk curly_quotes quote_end",
    "Japan's foreign minister, Iwaya Takeshi (岩屋毅), met his Chinese counterpart in Beijing on Wednesday. Both sides described the talks as “candid.” They agreed to resume a high-level economic dialogue. Seoul welcomed the meeting.",
    ["Japan's foreign minister, Iwaya Takeshi (岩屋毅), met his Chinese counterpart in Beijing on Wednesday.",
     "Both sides described the talks as “candid.”",
     "They agreed to resume a high-level economic dialogue.",
     "Seoul welcomed the meeting."])

doc("news-213", "cjk quote_end",
    '''North Korean leader Kim Jong Un (김정은) oversaw the launch of a new destroyer, the second of its class, on Thursday. State media said the ship carried "the most powerful weapons." A first launch attempt in May had failed. Seoul said it was monitoring the situation closely.''',
    ["North Korean leader Kim Jong Un (김정은) oversaw the launch of a new destroyer, the second of its class, on Thursday.",
     '''State media said the ship carried "the most powerful weapons."''',
     "A first launch attempt in May had failed.",
     "Seoul said it was monitoring the situation closely."])

doc("news-214", "curly_quotes quote_start quote_end quote_q_excl quote_then_attrib",
    "“Never again!” The slogan was painted on walls across the capital overnight, a day before the anniversary of the massacre. Police said they were looking for those responsible. Human rights groups called for the slogan to be left in place.",
    ["“Never again!”",
     "The slogan was painted on walls across the capital overnight, a day before the anniversary of the massacre.",
     "Police said they were looking for those responsible.",
     "Human rights groups called for the slogan to be left in place."])

doc("news-215", "abbrev_end abbrev_mid dashes",
    "The new envoy to Tokyo is William Hart Jr. He previously ran the Asia business of Harbor & Sons Co. for a decade. The Senate approved his nomination 64–34. He is expected to arrive in Tokyo on Sept. 2.",
    ["The new envoy to Tokyo is William Hart Jr.",
     "He previously ran the Asia business of Harbor & Sons Co. for a decade.",
     "The Senate approved his nomination 64–34.",
     "He is expected to arrive in Tokyo on Sept. 2."])

doc("news-216", "hard_wrap abbrev_mid abbrev_end",
    "The delegation was led by Dr.\nAmira Haddad, the deputy health minister. It arrived in\nGeneva at 7 a.m. The talks on the pandemic treaty begin\non Monday.",
    ["The delegation was led by Dr.\nAmira Haddad, the deputy health minister.",
     "It arrived in\nGeneva at 7 a.m.",
     "The talks on the pandemic treaty begin\non Monday."])

doc("news-217", "initialism_end paragraph_break",
    "Talks will continue next week in Washington, D.C.\n\nEarlier, both sides had described the atmosphere as constructive. A joint statement is expected on Friday.",
    ["Talks will continue next week in Washington, D.C.",
     "Earlier, both sides had described the atmosphere as constructive.",
     "A joint statement is expected on Friday."])

doc("news-218", "quote_start ellipsis_mid numbers abbrev_mid",
    '''"...and that is why we will win," the candidate concluded to loud cheers. The rally in Lagos drew about 20,000 people. Police estimated the crowd at half that. The election is on Feb. 25.''',
    ['''"...and that is why we will win," the candidate concluded to loud cheers.''',
     "The rally in Lagos drew about 20,000 people.",
     "Police estimated the crowd at half that.",
     "The election is on Feb. 25."])

doc("news-219", "parens abbrev_mid numbers",
    "The finance minister (no stranger to controversy!) announced the new tax on Tuesday. Business groups were furious. The tax will apply from Jan. 1. Its yield is estimated at 0.4 percent of GDP.",
    ["The finance minister (no stranger to controversy!) announced the new tax on Tuesday.",
     "Business groups were furious.",
     "The tax will apply from Jan. 1.",
     "Its yield is estimated at 0.4 percent of GDP."])

doc("news-220", "abbrev_mid numbers",
    "Mr. and Mrs. Okafor were among the first to vote in Enugu. Their son, Dr. Chidi Okafor, is a candidate for the state assembly. The polling unit opened at 8.45 a.m., more than an hour late. Voting was extended until 4 p.m.",
    ["Mr. and Mrs. Okafor were among the first to vote in Enugu.",
     "Their son, Dr. Chidi Okafor, is a candidate for the state assembly.",
     "The polling unit opened at 8.45 a.m., more than an hour late.",
     "Voting was extended until 4 p.m."])

doc("news-221", "caption",
    "IMAGE: A police officer detains a protester near parliament in Nairobi, June 25, 2024 (AFP)\nKenyan police arrested more than 50 people during Tuesday's protests, according to the Law Society of Kenya. Several were released without charge. The interior ministry has not given figures.",
    ["IMAGE: A police officer detains a protester near parliament in Nairobi, June 25, 2024 (AFP)",
     "Kenyan police arrested more than 50 people during Tuesday's protests, according to the Law Society of Kenya.",
     "Several were released without charge.",
     "The interior ministry has not given figures."])

doc("news-222", "byline dateline abbrev_mid numbers",
    "By Omar Haddad and Leila Nasser\nBEIRUT, Sept. 23 (Reuters) - Israeli air strikes hit more than 1,300 targets across Lebanon on Monday, the military said. Lebanon's health ministry said at least 490 people were killed. Thousands of families fled south Lebanon towards Beirut. Schools were turned into shelters.",
    ["By Omar Haddad and Leila Nasser",
     "BEIRUT, Sept. 23 (Reuters) - Israeli air strikes hit more than 1,300 targets across Lebanon on Monday, the military said.",
     "Lebanon's health ministry said at least 490 people were killed.",
     "Thousands of families fled south Lebanon towards Beirut.",
     "Schools were turned into shelters."])

doc("news-223", "brackets",
    "Witnesses said troops fired on the crowd. [Reuters could not independently verify the accounts.] The military said soldiers had acted in self-defence. At least nine people were killed, according to a local hospital.",
    ["Witnesses said troops fired on the crowd.",
     "[Reuters could not independently verify the accounts.]",
     "The military said soldiers had acted in self-defence.",
     "At least nine people were killed, according to a local hospital."])

# ---------------------------------------------------------------------------
# Verification, detectors and output
# ---------------------------------------------------------------------------

# Abbreviations whose period is not a sentence end by itself. "No."/"Nos."
# count only before a number ("No. 2"), so the answer "No." is not matched.
ABBREVIATIONS = [
    "Mr.", "Mrs.", "Ms.", "Dr.", "Lt. Gen.", "Gen.", "Col.", "Sgt.", "Lt.",
    "Gov.", "Sen.", "Rep.", "Rev.", "Prof.", "St.", "Mt.",
    "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
    "No.", "Nos.", "vs.", "v.", "etc.", "e.g.", "i.e.",
    "Inc.", "Corp.", "Ltd.", "Co.", "Jr.", "Sr.", "a.m.", "p.m.",
    "U.S.", "U.K.", "U.N.", "E.U.", "D.C.",
]
INITIALISMS = {"U.S.", "U.K.", "U.N.", "E.U.", "D.C."}


def abbrev_regex(abbr):
    body = re.escape(abbr)
    if abbr in ("No.", "Nos."):
        return re.compile(r"(?<![\w.])" + body + r"(?= \d)")
    if abbr == "Gen.":  # "Lt. Gen." is counted separately
        return re.compile(r"(?<![\w.])(?<!Lt\. )" + body)
    if abbr == "Lt.":
        return re.compile(r"(?<![\w.])" + body + r"(?! Gen\.)")
    return re.compile(r"(?<![\w.])" + body)


ABBREV_RES = {a: abbrev_regex(a) for a in ABBREVIATIONS}

CLOSE_Q = "\"”’»"
OPEN_Q = "\"“‘«"
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\U0001F1E6-\U0001F1FF\u2600-\u27BF]")
CJK_RE = re.compile("[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF]")
URL_RE = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
ELLIPSIS_END_RE = re.compile(r"(\.\.\.|…)[" + CLOSE_Q + r")\]]*$")
ELLIPSIS_RE = re.compile(r"\.\.\.|…")
NUMBERS_RE = re.compile(r"\d[.,:]\d|[$€£¥]|%|\bpercent\b|\bNos?\. \d|\b\d+(?:st|nd|rd|th)\b|\bv\d")
INITIALS_RE = re.compile(r"(?<![\w.])[A-Z]\. (?=[A-Z][a-z]|[A-Z]\. |de |van |von |da )")
INITIAL_END_RE = re.compile(r"(?<![\w.])[A-Z]\.$")
BULLET_RE = re.compile(r"^(?:[-–•*]|\d+\.) ")
DATELINE_RE = re.compile(r"^(\S[^,(—–\n]*?)(?:, [^—–(\n]+?)?(?: \([^)\n]*\))? (?:—|–|-) ")
BYLINE_RE = re.compile(r"^By [A-Z][^.\n]{2,60}$")


def align(d):
    """Return the gaps between sentences; raise on any invariant violation."""
    text, sents = d["text"], d["sentences"]
    problems = []
    if not 2 <= len(sents) <= 8:
        problems.append(f"{len(sents)} sentences (want 2-8)")
    pos, gaps = 0, []
    for i, s in enumerate(sents):
        if not s or s != s.strip():
            problems.append(f"sentence {i} empty or not stripped: {s!r}")
        start = pos
        while start < len(text) and text[start].isspace():
            start += 1
        gap = text[pos:start]
        if i > 0:
            if not gap:
                problems.append(f"no whitespace before sentence {i}")
            gaps.append(gap)
        elif gap:
            problems.append("text starts with whitespace")
        if not text.startswith(s, start):
            found = text.find(s, pos)
            where = f"found at {found}, expected {start}" if found >= 0 else "not found"
            problems.append(f"sentence {i} {where}: {s!r}\n    text here: {text[start:start + 80]!r}")
            break
        pos = start + len(s)
    else:
        if text[pos:]:
            problems.append(f"text after last sentence: {text[pos:]!r}")
    if problems:
        raise SystemExit(f"{d['id']}: " + "\n  ".join(problems))
    return gaps


def detect(d, gaps):
    """Mechanically detectable phenomena of a document."""
    text, sents = d["text"], d["sentences"]
    nonfinal = sents[:-1]
    found = set()

    for s in sents:
        for abbr, rx in ABBREV_RES.items():
            for m in rx.finditer(s):
                if m.end() != len(s):
                    found.add("abbrev_mid")
    for s in nonfinal:
        for abbr, rx in ABBREV_RES.items():
            if any(m.end() == len(s) for m in rx.finditer(s)):
                found.add("initialism_end" if abbr in INITIALISMS else "abbrev_end")
    if any(INITIALS_RE.search(s) or INITIAL_END_RE.search(s) for s in sents):
        found.add("initials")
    if NUMBERS_RE.search(text):
        found.add("numbers")
    for s in sents:
        for m in ELLIPSIS_RE.finditer(s):
            found.add("ellipsis_end" if ELLIPSIS_END_RE.match(s[m.start():]) else "ellipsis_mid")
    if any(s[-1] in CLOSE_Q for s in sents):
        found.add("quote_end")
    if any(s[0] in OPEN_Q for s in sents):
        found.add("quote_start")
    if re.search(r"[?!][" + CLOSE_Q + "]", text):
        found.add("quote_q_excl")
    if "“" in text or "‘" in text:
        found.add("curly_quotes")
    if any(re.search(r"[?!]\)?$", s) for s in sents):
        found.add("question_excl")
    if any(re.search(r"[.?!]\)|\)[.?!]$", s) for s in sents):
        found.add("parens")
    if "[" in text:
        found.add("brackets")
    if any(DATELINE_RE.match(s) and DATELINE_RE.match(s).group(1).isupper() for s in sents):
        found.add("dateline")
    if any(BYLINE_RE.match(s) for s in sents):
        found.add("byline")
    if any(BULLET_RE.match(s) for s in sents):
        found.add("bullets")
    if any("\n" in s for s in sents):
        found.add("hard_wrap")
    if any("\n\n" in g for g in gaps):
        found.add("paragraph_break")
    if URL_RE.search(text):
        found.add("url_email")
    if any(s[0].isdigit() for s in sents):
        found.add("digit_start")
    if any(s[0].islower() for s in sents):
        found.add("lowercase_start")
    if any(ord(c) > 127 and "LATIN" in unicodedata.name(c, "") for c in text):
        found.add("diacritics")
    if CJK_RE.search(text):
        found.add("cjk")
    if "—" in text or "–" in text:
        found.add("dashes")
    if EMOJI_RE.search(text):
        found.add("emoji")
    return found


MANUAL_ONLY = {"headline", "caption", "quote_then_attrib"}


def main():
    ids = [d["id"] for d in DOCS]
    dup = [i for i, n in Counter(ids).items() if n > 1]
    if dup:
        raise SystemExit(f"duplicate ids: {dup}")

    mismatches = []
    abbr_mid, abbr_end = Counter(), Counter()
    for d in DOCS:
        unknown = [t for t in d["tags"] if t not in TAGS]
        if unknown:
            raise SystemExit(f"{d['id']}: unknown tags {unknown}")
        gaps = align(d)
        found = detect(d, gaps)
        tagged = set(d["tags"]) - MANUAL_ONLY
        if found != tagged:
            mismatches.append(f"{d['id']}: missing tags {sorted(found - tagged)}, "
                              f"not detected {sorted(tagged - found)}")
        sents = d["sentences"]
        for i, s in enumerate(sents):
            for abbr, rx in ABBREV_RES.items():
                for m in rx.finditer(s):
                    if m.end() == len(s) and i < len(sents) - 1:
                        abbr_end[abbr] += 1
                    elif m.end() != len(s):
                        abbr_mid[abbr] += 1
    if mismatches:
        raise SystemExit("tag/detector mismatches:\n  " + "\n  ".join(mismatches))

    n_docs = len(DOCS)
    n_sents = sum(len(d["sentences"]) for d in DOCS)
    n_bounds = n_sents - n_docs
    if n_docs < 120 or n_bounds < 400:
        raise SystemExit(f"too small: {n_docs} documents, {n_bounds} boundaries")

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for d in DOCS:
            rec = {"id": d["id"], "text": d["text"], "sentences": d["sentences"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # Re-read the written file and re-verify it independently of DOCS.
    with OUT.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            align(rec)

    print(f"wrote {OUT.relative_to(ROOT)}")
    print(f"documents:  {n_docs}")
    print(f"sentences:  {n_sents}")
    print(f"boundaries: {n_bounds}")
    print()
    tag_docs = Counter(t for d in DOCS for t in set(d["tags"]))
    print("per-phenomenon document counts:")
    for t in TAGS:
        print(f"  {t:18} {tag_docs[t]:4}")
    print()
    print("abbreviation occurrences (mid = inside a sentence, end = period ends a sentence"
          " followed by another):")
    for a in ABBREVIATIONS:
        print(f"  {a:9} mid {abbr_mid[a]:3}  end {abbr_end[a]:3}")
    zero = [t for t in TAGS if tag_docs[t] == 0]
    if zero:
        raise SystemExit(f"phenomena without any document: {zero}")


if __name__ == "__main__":
    main()

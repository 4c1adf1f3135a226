#!/usr/bin/env python3
"""Modern (2015-2026) news-wire text written by the Dyad project.

Running this file writes

    tools/data/modern-news.jsonl

(one JSON object per line: {"id", "date", "title", "text", "topic"}) after
checking its invariants (unique ids, valid dates in 2015-2026, no empty text,
no sentence used twice anywhere in the set) and prints counts of documents,
sentences, words, and documents/sentences per topic and per region.

Provenance and licence: every sentence below was written from scratch for
Dyad as training material (silver annotation) for its language layer. The
texts are FICTIONAL COMPOSITES in news-wire style: real countries,
organisations and office-holders appear, but the events, figures, dates and
quotations are invented or illustrative and must not be cited as reporting.
Nothing was copied from any corpus, website or from /work/shared. This text
is the project's own work and is distributed under the same licence as the
rest of the Dyad project.

Data format: each document is declared with D(date, topic, region, text).
`text` has one sentence per line; a first line starting with "H: " is the
headline (no final punctuation), which becomes the "title" field. The
headline is not repeated in "text". Documents without a headline get an
empty title, as wire briefs often have none. `region` is used only for the
printed counts and is not written to the JSONL. A dateline ("SEOUL, March 28
(Wire) —") must match the document's date; the check enforces it.

Ids are "mn-<year>-<position>": append new documents at the end of the data
so that existing ids stay stable.

    python3 tools/modern_news_source.py            # check, write, print counts
    python3 tools/modern_news_source.py --check    # check only, write nothing
"""

import datetime
import json
import os
import re
import sys
from collections import Counter

DOCS = []
TOPICS = {
    "diplomacy", "conflict", "protest", "sanctions-trade", "elections",
    "coup", "courts", "humanitarian", "cyber", "migration", "energy",
    "technology", "markets", "nuclear", "health", "climate",
}
REGIONS = {
    "africa", "middle-east", "europe", "east-asia", "south-asia",
    "southeast-asia", "central-asia", "latin-america", "north-america",
    "oceania", "global",
}


DATELINE = re.compile(r"^[A-Z][A-Z .,'-]*?, (?:[A-Z][a-z]+(?: [A-Z][a-z]+)*, )?([A-Z][a-z]+\.?) (\d{1,2}) \(Wire\)")
MONTHS = {m: i for i, m in enumerate(
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}


def D(date, topic, region, text):
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    headline = ""
    if lines and lines[0].startswith("H: "):
        headline = lines[0][3:].strip()
        lines = lines[1:]
    DOCS.append({"date": date, "topic": topic, "region": region,
                 "headline": headline, "sentences": lines})


# ===================================================================== DATA
D("2023-03-28", "conflict", "east-asia", """
H: North Korea fires short-range ballistic missiles into sea, Seoul says
SEOUL, March 28 (Wire) — North Korea fired two short-range ballistic missiles off its east coast on Tuesday, South Korea's Joint Chiefs of Staff said.
The missiles flew about 370 km before landing outside Japan's exclusive economic zone, according to the Japanese Defence Ministry.
The launch came hours after U.S. and South Korean marines began a large amphibious exercise near the port city of Pohang.
“We strongly condemn this provocation, which clearly violates U.N. Security Council resolutions,” a JCS spokesperson told reporters.
Pyongyang did not immediately comment on the launch.
North Korean leader Kim Jong Un has vowed to expand his country's nuclear arsenal in response to what he calls hostile drills.
""")

D("2022-10-10", "conflict", "europe", """
H: Missiles hit Kyiv during morning rush hour
KYIV, Oct 10 (Wire) — Russian missiles struck central Kyiv and several other Ukrainian cities on Monday morning, killing at least 11 people and cutting power to large parts of the country.
Explosions were heard near a children's playground and a university building as commuters headed to work.
Ukrainian President Volodymyr Zelensky said Russia was “trying to destroy us and wipe us off the face of the earth.”
The air force said 43 of 83 incoming missiles had been shot down.
Moscow said the strikes targeted energy and military command facilities.
Emergency crews were still searching collapsed buildings in Zaporizhzhia by nightfall.
""")

D("2024-07-09", "diplomacy", "global", """
H: NATO leaders gather in Washington for 75th anniversary summit
WASHINGTON, July 9 (Wire) — Leaders of NATO's 32 member states arrived in Washington on Tuesday for a three-day summit marking the alliance's 75th anniversary.
Support for Ukraine and the alliance's future relationship with Kyiv are expected to dominate the talks.
Secretary General Jens Stoltenberg, who hands over to former Dutch Prime Minister Mark Rutte in October, said allies would agree a new package of air defence systems.
Diplomats said the final communique would describe Ukraine's path to membership as “irreversible,” a word Hungary had tried to remove.
Hungarian Prime Minister Viktor Orban, who visited Moscow last week, is expected to attend.
The summit also includes a session with partners from the Indo-Pacific, among them Japan, South Korea, Australia and New Zealand.
""")

D("2019-06-30", "diplomacy", "east-asia", """
H: Trump steps into North Korea in meeting with Kim at border
PANMUNJOM, Korea, June 30 (Wire) — U.S. President Donald Trump briefly crossed into North Korea on Sunday, becoming the first sitting U.S. president to set foot in the country.
Trump and North Korean leader Kim Jong Un shook hands over the concrete line that divides the Korean peninsula before walking together back to the southern side.
The two men then held talks for nearly an hour in a building in the demilitarised zone.
Trump told reporters afterwards that both sides had agreed to appoint teams to resume stalled nuclear negotiations within weeks.
“It was a great day,” he said.
South Korean President Moon Jae-in, who accompanied Trump to the border, called the meeting a milestone for peace.
Critics in Washington said the encounter was long on symbolism and short on substance.
""")

D("2016-06-24", "elections", "europe", """
H: Britain votes to leave the European Union
LONDON, June 24 (Wire) — Britain has voted to leave the European Union, official results showed on Friday, sending the pound to its lowest level in more than 30 years.
The Leave campaign won 51.9 percent of the vote against 48.1 percent for Remain, on a turnout of 72 percent.
Prime Minister David Cameron, who had campaigned to stay in the bloc, said he would step down by October.
“The British people have made a very clear decision to take a different path,” Cameron said outside Downing Street.
Scotland and Northern Ireland voted to remain, raising questions about the future of the United Kingdom.
European leaders are due to meet in Brussels next week to discuss the terms of Britain's exit.
""")

D("2023-10-07", "conflict", "middle-east", """
H: Hamas launches surprise attack on Israel from Gaza
JERUSALEM, Oct 7 (Wire) — Hamas gunmen infiltrated southern Israel from the Gaza Strip on Saturday under cover of a barrage of thousands of rockets, in the deadliest attack on the country in decades.
Fighters crossed the border fence at several points and attacked towns, military posts and a music festival.
Israeli Prime Minister Benjamin Netanyahu said Israel was “at war” and vowed that Hamas would pay “an unprecedented price.”
Israeli warplanes struck targets across Gaza within hours.
Hamas said the attack was a response to what it called Israeli aggression at the Al-Aqsa mosque compound.
The United States, Britain, France and Germany condemned the assault, while Iran praised it.
Dozens of Israelis were believed to have been taken into Gaza as hostages.
""")

D("2024-11-26", "conflict", "middle-east", """
H: Israel and Hezbollah agree to ceasefire after months of fighting
BEIRUT, Nov 26 (Wire) — Israel and Lebanon's Hezbollah agreed on Tuesday to a ceasefire brokered by the United States and France, ending more than a year of cross-border hostilities.
Under the deal, Israeli forces will withdraw from southern Lebanon over 60 days as the Lebanese army deploys in the area.
Hezbollah is required to move its fighters and heavy weapons north of the Litani River.
U.S. President Joe Biden said the agreement was “designed to be a permanent cessation of hostilities.”
Israeli Prime Minister Benjamin Netanyahu said Israel would retain full freedom of action if Hezbollah violated the terms.
Lebanese Prime Minister Najib Mikati welcomed the deal and called on Israel to respect it.
Thousands of displaced families began heading south within hours of the announcement.
""")

D("2024-12-08", "conflict", "middle-east", """
H: Syrian rebels take Damascus as Assad flees
DAMASCUS, Dec 8 (Wire) — Syrian rebels declared on Sunday that they had taken control of Damascus, ending more than five decades of rule by the Assad family.
President Bashar al-Assad left the capital by plane for an unknown destination, two senior army officers said.
Russian state media later reported that Assad and his family had been granted asylum in Moscow.
Crowds gathered in Umayyad Square, chanting and firing into the air.
Abu Mohammed al-Golani, the leader of the Islamist group Hayat Tahrir al-Sham, entered the city and addressed supporters at the Umayyad Mosque.
Prime Minister Mohammed al-Jalali said he was ready to cooperate with any leadership chosen by the Syrian people.
""")

D("2025-01-19", "conflict", "middle-east", """
H: Gaza ceasefire takes effect, first hostages released
GAZA, Jan 19 (Wire) — A ceasefire between Israel and Hamas took effect in Gaza on Sunday after a delay of nearly three hours, and three Israeli hostages were handed over to the Red Cross in the afternoon.
Israel is due to release 90 Palestinian prisoners in exchange.
The deal, mediated by Qatar, Egypt and the United States, provides for a first phase lasting six weeks.
Thousands of displaced Palestinians began walking back toward their homes in the north of the enclave, though much of it lies in ruins.
Aid trucks lined up at the Kerem Shalom and Rafah crossings.
Negotiations on a second phase, which would include a full Israeli withdrawal, are due to begin within 16 days.
""")

D("2021-08-15", "conflict", "south-asia", """
H: Taliban enter Kabul as Afghan president leaves country
KABUL, Aug 15 (Wire) — Taliban fighters entered the Afghan capital on Sunday and President Ashraf Ghani left the country, effectively ending two decades of Western-backed government.
A senior interior ministry official said Ghani had flown to Tajikistan, though there was no official confirmation.
Helicopters ferried staff from the U.S. embassy to the airport, where thousands of Afghans gathered hoping to leave.
A Taliban spokesman said the group's fighters had been ordered not to harm civilians or enter homes.
“The war is over in Afghanistan,” a Taliban official told a broadcaster.
Several Western countries suspended embassy operations and began evacuating citizens.
""")

D("2021-02-01", "coup", "southeast-asia", """
H: Myanmar military seizes power, detains Aung San Suu Kyi
YANGON, Feb 1 (Wire) — Myanmar's military seized power on Monday in a coup against the democratically elected government of Aung San Suu Kyi, who was detained along with other leaders of her party in early morning raids.
The army said it had handed power to commander-in-chief Min Aung Hlaing and imposed a state of emergency for one year.
Phone and internet connections in the capital Naypyitaw and the commercial hub Yangon were cut.
The military accused the election commission of failing to address complaints of fraud in the November vote, which the National League for Democracy won by a landslide.
The commission had said there was no evidence of widespread fraud.
The United States, Australia and the European Union demanded the release of the detained leaders.
""")

D("2023-07-26", "coup", "africa", """
H: Niger soldiers say they have ousted President Bazoum
NIAMEY, July 26 (Wire) — Soldiers in Niger said on national television late on Wednesday that they had removed President Mohamed Bazoum from power, hours after members of the presidential guard detained him at his residence.
Colonel Major Amadou Abdramane, flanked by nine other officers, said borders had been closed and a nationwide curfew imposed.
“We, the defence and security forces, have decided to put an end to the regime you are familiar with,” he said.
The African Union and the regional bloc ECOWAS condemned what they called an attempted coup.
U.N. Secretary-General Antonio Guterres spoke with Bazoum by phone and offered his full support.
Niger had been one of the West's last security partners in the Sahel, hosting French and U.S. troops.
""")

D("2023-08-10", "coup", "africa", """
H: ECOWAS orders standby force to restore order in Niger
ABUJA, Aug 10 (Wire) — West African leaders on Thursday ordered the activation of a standby force to restore constitutional order in Niger, but said they still preferred a peaceful outcome.
The decision was announced after an emergency summit of the Economic Community of West African States in the Nigerian capital.
ECOWAS chairman and Nigerian President Bola Tinubu said no option had been taken off the table, “including the use of force as a last resort.”
The bloc did not say how large the force would be or when it might deploy.
Mali and Burkina Faso, both run by military governments, have warned that any intervention in Niger would be treated as a declaration of war against them.
The junta in Niamey has refused to receive several ECOWAS delegations.
""")

D("2025-06-22", "nuclear", "middle-east", """
H: U.S. strikes three Iranian nuclear sites, Trump says
WASHINGTON, June 22 (Wire) — The United States struck three nuclear sites in Iran, including the underground enrichment facility at Fordow, U.S. President Donald Trump said late on Saturday.
Trump said in an address from the White House that the facilities had been “completely and totally obliterated,” a claim that could not be independently verified.
B-2 bombers dropped bunker-busting munitions on Fordow, while submarines fired cruise missiles at Natanz and Isfahan, officials said.
Iran's foreign minister Abbas Araqchi said the attack was “outrageous” and that Tehran reserved all options to defend its sovereignty.
The International Atomic Energy Agency said no increase in off-site radiation levels had been reported.
The strikes followed more than a week of Israeli attacks on Iranian military and nuclear targets.
""")

D("2022-02-24", "conflict", "europe", """
H: Russia launches full-scale invasion of Ukraine
KYIV, Feb 24 (Wire) — Russian forces launched a full-scale invasion of Ukraine on Thursday, with missiles and artillery striking cities across the country and troops crossing the border from the north, east and south.
Russian President Vladimir Putin announced a “special military operation” in a televised address shortly before dawn.
Explosions were heard in Kyiv, Kharkiv, Odesa and Mariupol.
Ukraine declared martial law and cut diplomatic ties with Moscow.
U.S. President Joe Biden said the world would hold Russia accountable and promised severe sanctions.
Oil prices jumped above $100 a barrel for the first time since 2014.
""")

D("2020-01-03", "conflict", "middle-east", """
H: U.S. strike in Baghdad kills Iranian commander Soleimani
BAGHDAD, Jan 3 (Wire) — A U.S. air strike at Baghdad airport early on Friday killed Qassem Soleimani, commander of Iran's elite Quds Force, the Pentagon said.
Abu Mahdi al-Muhandis, deputy commander of Iraq's Popular Mobilization Forces, was also killed in the attack.
The Pentagon said the strike was ordered by President Donald Trump to deter future Iranian attack plans.
Iran's Supreme Leader Ayatollah Ali Khamenei vowed “severe revenge” against those responsible.
Oil prices rose more than 4 percent on fears of a wider conflict in the region.
Iraqi Prime Minister Adel Abdul Mahdi condemned the killing as a violation of Iraqi sovereignty.
""")

D("2020-01-08", "conflict", "middle-east", """
Iran fired more than a dozen ballistic missiles at two Iraqi bases hosting U.S. forces early on Wednesday, in retaliation for the killing of commander Qassem Soleimani.
The Pentagon said the missiles were launched from Iranian territory and targeted the Ain al-Asad air base and a facility in Erbil.
No American casualties were immediately reported.
Iranian Foreign Minister Mohammad Javad Zarif said Tehran had taken “proportionate measures in self-defence” and did not seek escalation.
President Trump wrote on social media that “all is well” and that he would make a statement in the morning.
""")

D("2015-07-14", "nuclear", "global", """
H: Iran and world powers reach nuclear deal in Vienna
VIENNA, July 14 (Wire) — Iran and six world powers reached a landmark agreement on Tuesday to curb Tehran's nuclear programme in exchange for relief from international sanctions.
The deal, known as the Joint Comprehensive Plan of Action, was concluded after 18 days of talks in the Austrian capital.
Under its terms, Iran will reduce its stockpile of enriched uranium by 98 percent and accept inspections by the IAEA.
U.S. President Barack Obama said the agreement meant “every pathway to a nuclear weapon is cut off.”
Israeli Prime Minister Benjamin Netanyahu called it “a historic mistake.”
Iranian President Hassan Rouhani said a new chapter had opened in Iran's relations with the world.
""")

D("2018-05-08", "nuclear", "north-america", """
H: Trump pulls U.S. out of Iran nuclear deal
WASHINGTON, May 8 (Wire) — President Donald Trump said on Tuesday the United States would withdraw from the 2015 Iran nuclear agreement and reimpose sanctions on Tehran.
“This was a horrible one-sided deal that should have never ever been made,” Trump said at the White House.
Britain, France and Germany said they regretted the decision and would remain committed to the accord.
Iranian President Hassan Rouhani said Iran would stay in the deal for now but had instructed its atomic energy organisation to be ready to resume enrichment.
The Treasury said sanctions would be phased in over 90 to 180 days.
""")

D("2018-04-27", "diplomacy", "east-asia", """
H: Leaders of two Koreas pledge to end war, pursue denuclearisation
PANMUNJOM, Korea, April 27 (Wire) — North Korean leader Kim Jong Un and South Korean President Moon Jae-in pledged on Friday to work for the “complete denuclearisation” of the Korean peninsula and to end the 1950-53 war this year.
Kim became the first North Korean leader to set foot in the South since the war when he stepped over the military demarcation line.
The two leaders planted a pine tree and walked alone together along a footbridge.
In a joint declaration, the two sides agreed to seek talks with the United States, and possibly China, to replace the armistice with a peace treaty.
Skeptics noted that the statement gave no details on how denuclearisation would be verified.
""")

D("2017-09-03", "nuclear", "east-asia", """
H: North Korea says it tested hydrogen bomb
SEOUL, Sept 3 (Wire) — North Korea said on Sunday it had successfully tested an advanced hydrogen bomb that could be loaded onto a long-range missile, its sixth and most powerful nuclear test.
Seismic monitors detected an artificial earthquake of magnitude 6.3 near the Punggye-ri test site.
Japan's foreign minister said the test was “absolutely unacceptable.”
China, North Korea's main ally, said it firmly opposed the test and urged Pyongyang to stop “wrong actions.”
The U.N. Security Council will hold an emergency meeting on Monday at the request of the United States, Japan, France, Britain and South Korea.
""")

D("2016-07-12", "courts", "east-asia", """
H: Tribunal rules against China in South China Sea case
THE HAGUE, July 12 (Wire) — An international tribunal ruled on Tuesday that China has no historic rights to resources within its sweeping “nine-dash line” in the South China Sea.
The Permanent Court of Arbitration found in favour of the Philippines on most of the 15 points it had submitted.
The court also said China had caused severe harm to coral reefs through its land reclamation work.
Beijing, which boycotted the proceedings, said it neither accepted nor recognised the ruling.
“The award is null and void and has no binding force,” China's foreign ministry said in a statement.
Manila welcomed the decision and called on all parties to exercise restraint.
""")

D("2023-03-17", "courts", "europe", """
H: ICC issues arrest warrant for Putin over deportation of children
THE HAGUE, March 17 (Wire) — The International Criminal Court issued an arrest warrant on Friday for Russian President Vladimir Putin, accusing him of the war crime of unlawfully deporting children from Ukraine.
The court also issued a warrant for Maria Lvova-Belova, Russia's commissioner for children's rights.
Russia, which is not a member of the court, said the decision was “null and void” from a legal point of view.
Kremlin spokesman Dmitry Peskov described the ICC's questions as “outrageous and unacceptable.”
Ukrainian officials say more than 16,000 children have been taken to Russia or Russian-occupied territory since the invasion.
The warrant obliges the court's 123 member states to arrest Putin if he sets foot on their territory.
""")

D("2024-11-21", "courts", "middle-east", """
H: ICC issues warrants for Netanyahu, Gallant and Hamas commander
THE HAGUE, Nov 21 (Wire) — The International Criminal Court issued arrest warrants on Thursday for Israeli Prime Minister Benjamin Netanyahu, his former defence minister Yoav Gallant and Hamas military chief Mohammed Deif.
The judges said there were reasonable grounds to believe Netanyahu and Gallant bore criminal responsibility for acts including starvation as a method of warfare.
Netanyahu's office called the decision “antisemitic” and said Israel rejected it with disgust.
Hamas welcomed the warrants for the Israeli leaders but did not comment on the one for Deif, whom Israel says it killed in July.
The European Union's foreign policy chief Josep Borrell said the decision was binding on all states that are party to the Rome Statute.
""")

D("2025-03-11", "courts", "southeast-asia", """
H: Former Philippine president Duterte arrested on ICC warrant
MANILA, March 11 (Wire) — Former Philippine President Rodrigo Duterte was arrested at Manila's international airport on Tuesday on a warrant from the International Criminal Court over his deadly war on drugs.
Police served the warrant as Duterte returned from a trip to Hong Kong, the presidential palace said.
The ICC is investigating killings committed during his anti-narcotics campaign, in which thousands of suspected dealers and users died.
“What crime have I committed?” Duterte asked in a video posted by his daughter from the airport.
Hours later he was put on a plane bound for The Hague.
His supporters called the arrest illegal because the Philippines withdrew from the court in 2019.
""")

D("2020-11-10", "conflict", "central-asia", """
H: Armenia, Azerbaijan and Russia sign deal to end Nagorno-Karabakh war
MOSCOW, Nov 10 (Wire) — Armenia and Azerbaijan signed an agreement with Russia on Tuesday to end six weeks of fighting over the Nagorno-Karabakh region, with Russian peacekeepers to deploy along the front line.
Under the deal, Azerbaijan will keep territory it captured during the fighting, and Armenia will hand back several adjoining districts.
Armenian Prime Minister Nikol Pashinyan called the agreement “incredibly painful both for me and for our people.”
Azerbaijani President Ilham Aliyev said it amounted to Armenia's capitulation.
Protesters stormed government buildings in Yerevan after the announcement was made.
About 2,000 Russian troops will serve in the peacekeeping force for an initial five years.
""")

D("2023-09-20", "conflict", "central-asia", """
Ethnic Armenian forces in Nagorno-Karabakh agreed on Wednesday to disarm under a Russian-brokered ceasefire, a day after Azerbaijan launched a military offensive in the region.
Karabakh authorities said the separatist forces would be disbanded and that talks on the region's “reintegration” into Azerbaijan would begin in the city of Yevlakh on Thursday.
Azerbaijan's presidency said the “anti-terrorist measures” had been halted.
Armenian officials said at least 200 people had been killed and more than 400 wounded.
Thousands of residents gathered at the airport in Stepanakert, which Azerbaijanis call Khankendi, seeking to leave.
""")

D("2023-04-15", "conflict", "africa", """
H: Fighting erupts in Khartoum between army and paramilitary RSF
KHARTOUM, April 15 (Wire) — Heavy fighting broke out in Sudan's capital on Saturday between the army and the paramilitary Rapid Support Forces, with gunfire and explosions heard across Khartoum and neighbouring Omdurman.
The RSF claimed to have seized the presidential palace, the army chief's residence and Khartoum International Airport, but the army denied this.
Army chief General Abdel Fattah al-Burhan told a broadcaster the RSF had attacked his forces first.
RSF leader Mohamed Hamdan Dagalo, known as Hemedti, called Burhan “a criminal” and vowed to capture him.
The clashes follow weeks of tension over plans to integrate the RSF into the regular army.
Sudan's doctors' union said at least 25 civilians had been killed by the evening.
""")

D("2024-10-30", "conflict", "africa", """
Paramilitary fighters killed dozens of villagers in Sudan's El Gezira state this week, according to a doctors' group and local activists.
The Sudan Doctors Network said the Rapid Support Forces had attacked the village of Al-Sariha, killing at least 124 people.
Survivors said gunmen went from house to house searching for weapons and young men.
The RSF did not respond to a request for comment.
The United Nations has warned that the war has created the world's largest displacement crisis, with more than 11 million people forced from their homes.
""")

D("2025-01-27", "conflict", "africa", """
H: M23 rebels enter Goma as Congo cuts ties with Rwanda
GOMA, Congo, Jan 27 (Wire) — M23 rebels said on Monday they had taken control of Goma, the largest city in eastern Democratic Republic of Congo, after a lightning advance that forced thousands of people to flee.
Gunfire was heard near the airport and residents reported bodies lying in the streets.
Congo's government said Rwandan troops were fighting alongside the rebels and cut diplomatic ties with Kigali.
Rwanda has denied backing the M23, saying its forces are acting in self-defence against Hutu militias on Congolese territory.
The U.N. Security Council held an emergency meeting on Sunday and demanded the withdrawal of “external forces.”
Hundreds of prisoners escaped from Munzenze prison as the city fell.
""")

D("2025-06-27", "diplomacy", "africa", """
H: Congo and Rwanda sign peace agreement in Washington
WASHINGTON, June 27 (Wire) — The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace agreement in Washington on Friday aimed at ending fighting in eastern Congo.
U.S. Secretary of State Marco Rubio hosted the ceremony at the State Department.
The agreement commits Rwanda to end its “defensive measures” and provides for a joint security mechanism within 30 days.
Congolese Foreign Minister Therese Kayikwamba Wagner said the moment “cannot erase the pain” but could bring hope to millions.
The M23 rebels, who control much of North and South Kivu, were not party to the agreement.
Diplomats said talks between Kinshasa and the rebels were continuing separately in Doha.
""")

D("2019-04-11", "coup", "africa", """
H: Sudan's military ousts Bashir after months of protests
KHARTOUM, April 11 (Wire) — Sudan's military removed President Omar al-Bashir from power on Thursday, ending his 30-year rule after months of street protests.
Defence Minister Awad Ibn Auf announced on state television that Bashir had been detained in “a safe place” and that a military council would govern for two years.
Protesters who had camped outside the defence ministry for days rejected the plan and vowed to stay until a civilian government was formed.
“We will not accept a regime that just changes its face,” said one demonstrator.
The army also declared a three-month state of emergency and suspended the constitution.
""")

D("2021-01-06", "protest", "north-america", """
H: Trump supporters storm U.S. Capitol
WASHINGTON, Jan 6 (Wire) — Hundreds of supporters of President Donald Trump stormed the U.S. Capitol on Wednesday, forcing lawmakers to halt the certification of Joe Biden's election victory and sending them into hiding.
Protesters broke windows and clashed with police before entering the building, where some occupied the Senate chamber.
A woman was shot inside the Capitol and later died, police said.
President-elect Biden called the violence “an insurrection” and urged Trump to demand an end to the siege.
The National Guard was deployed and a citywide curfew imposed from 6 p.m.
Congress reconvened late in the evening and certified Biden's win in the early hours of Thursday.
""")

D("2020-05-29", "protest", "north-america", """
H: Protests spread across U.S. over police killing of George Floyd
MINNEAPOLIS, May 29 (Wire) — Protests over the death of George Floyd, a Black man who died after a white police officer knelt on his neck, spread to cities across the United States on Friday.
Demonstrators set fire to a police precinct in Minneapolis overnight after officers abandoned the building.
The officer, Derek Chauvin, was arrested and charged with third-degree murder, prosecutors said.
Minnesota Governor Tim Walz activated the National Guard and called the situation “extremely dangerous.”
Thousands marched in New York, Atlanta, Los Angeles and Washington, where the White House was briefly locked down.
""")

D("2019-06-16", "protest", "east-asia", """
H: Hundreds of thousands march in Hong Kong against extradition bill
HONG KONG, June 16 (Wire) — Hundreds of thousands of people marched through Hong Kong on Sunday to demand the resignation of city leader Carrie Lam, a day after she suspended a bill that would allow extraditions to mainland China.
Organisers said nearly 2 million people took part, while police put the figure at 338,000 at the peak.
Lam issued a rare apology late in the day for the way the government had handled the bill.
Protesters, most of them dressed in black, said suspension was not enough and demanded the bill be withdrawn entirely.
Beijing has said it supports Lam and condemned what it called violent protests.
""")

D("2018-10-28", "elections", "latin-america", """
H: Far-right candidate Bolsonaro wins Brazil presidency
SAO PAULO, Oct 28 (Wire) — Far-right former army captain Jair Bolsonaro won Brazil's presidential runoff on Sunday, capturing 55 percent of the vote after a campaign dominated by anger over corruption and crime.
His opponent, Fernando Haddad of the Workers' Party, received 45 percent with nearly all ballots counted.
Bolsonaro, who was stabbed at a rally in September, promised to govern for all Brazilians and to defend the constitution.
Supporters set off fireworks outside his beachfront home in Rio de Janeiro.
Haddad did not concede in his speech but said he would respect the result.
Markets are expected to rally on Monday, analysts said, as investors bet on his pledge to privatise state companies.
""")

D("2022-10-30", "elections", "latin-america", """
H: Lula narrowly defeats Bolsonaro to win third term
BRASILIA, Oct 30 (Wire) — Leftist Luiz Inacio Lula da Silva won Brazil's presidential election on Sunday, defeating incumbent Jair Bolsonaro by less than two percentage points in the closest race since the country's return to democracy.
The electoral court said Lula had 50.9 percent of the valid votes against 49.1 percent for Bolsonaro.
“Today the only winner is the Brazilian people,” Lula told cheering supporters in Sao Paulo.
Bolsonaro did not speak publicly for nearly two days after the result was announced.
Truckers loyal to the president blocked highways in several states on Monday.
Leaders including U.S. President Joe Biden and French President Emmanuel Macron quickly congratulated Lula.
""")

D("2023-01-08", "protest", "latin-america", """
Thousands of supporters of former Brazilian President Jair Bolsonaro stormed Congress, the Supreme Court and the presidential palace in Brasilia on Sunday.
The rioters smashed windows, overturned furniture and damaged artworks before security forces regained control of the buildings several hours later.
President Luiz Inacio Lula da Silva, who was visiting a flood-hit city in Sao Paulo state, ordered a federal intervention in the capital's security.
“These vandals, whom we could call fanatical fascists, will be found and punished,” Lula said.
Police said about 400 people had been arrested by the evening.
Bolsonaro, who was in Florida, wrote on social media that the invasions of public buildings “cross the line.”
""")

D("2024-07-29", "elections", "latin-america", """
H: Venezuela's Maduro declared winner as opposition claims fraud
CARACAS, July 29 (Wire) — Venezuela's electoral authority declared President Nicolas Maduro the winner of Sunday's presidential election with 51 percent of the vote, a result the opposition immediately rejected.
The National Electoral Council, which is controlled by Maduro loyalists, said opposition candidate Edmundo Gonzalez had received 44 percent.
Opposition leader Maria Corina Machado said tally sheets collected by volunteers showed Gonzalez had won by a large margin.
“We won, and the whole world knows it,” Machado told reporters.
The United States, the European Union and several Latin American governments called for a transparent count.
Protests broke out in working-class neighbourhoods of Caracas on Monday, and police fired tear gas at demonstrators.
""")

D("2026-01-03", "conflict", "latin-america", """
H: U.S. forces strike targets in Venezuela, Trump says Maduro captured
CARACAS, Jan 3 (Wire) — Explosions were heard across Caracas early on Saturday as U.S. forces struck military targets in Venezuela, and President Donald Trump said Venezuelan leader Nicolas Maduro had been captured and flown out of the country.
Residents reported low-flying aircraft and power cuts in several districts of the capital.
The Venezuelan government denounced what it called a “criminal military aggression” and declared a state of emergency.
It was not immediately clear who was in control of the government in Caracas.
Russia, China and Cuba condemned the operation, while several Latin American governments called for calm.
U.S. officials said Maduro would face narcotics trafficking charges in New York.
""")

D("2024-06-02", "elections", "latin-america", """
H: Sheinbaum elected Mexico's first woman president
MEXICO CITY, June 2 (Wire) — Claudia Sheinbaum, a former mayor of Mexico City and protege of President Andres Manuel Lopez Obrador, won Mexico's presidential election on Sunday by a landslide, becoming the first woman to lead the country.
A quick count by the National Electoral Institute gave her between 58 and 60 percent of the vote.
Her main rival, opposition candidate Xochitl Galvez, conceded defeat shortly before midnight.
“I will not let you down,” Sheinbaum told supporters in the capital's main square.
The ruling Morena party and its allies were also on course for a supermajority in Congress, according to early estimates.
The peso weakened more than 3 percent on Monday as investors worried about proposed judicial reforms.
""")

D("2023-11-19", "elections", "latin-america", """
H: Libertarian Milei wins Argentina presidential runoff
BUENOS AIRES, Nov 19 (Wire) — Libertarian economist Javier Milei won Argentina's presidential election on Sunday, defeating Economy Minister Sergio Massa in a runoff as voters punished the government for triple-digit inflation.
Milei won 55.7 percent of the vote, according to official results, while Massa received 44.3 percent.
The outsider, who has promised to shut the central bank and dollarise the economy, said Argentina's “reconstruction” starts today.
Massa conceded before the results were published and said Milei would be responsible for providing certainty.
Annual inflation in Argentina has climbed above 140 percent and about 40 percent of the population lives in poverty.
""")

D("2019-11-10", "coup", "latin-america", """
H: Bolivia's Morales resigns after army calls for him to step down
LA PAZ, Nov 10 (Wire) — Bolivian President Evo Morales resigned on Sunday after weeks of protests over a disputed election and after the head of the armed forces called on him to leave office.
Morales, the country's first indigenous president, said in a televised statement that he was stepping down to stop violence against his supporters.
He described the events as a “civic coup” by his opponents.
An audit by the Organization of American States had earlier found serious irregularities in the Oct. 20 vote.
Vice President Alvaro Garcia Linera and the president of the Senate also resigned, leaving a power vacuum.
Mexico said it would offer Morales asylum.
""")

D("2021-07-07", "conflict", "latin-america", """
H: Haiti's President Moise assassinated at his home
PORT-AU-PRINCE, July 7 (Wire) — Haitian President Jovenel Moise was shot dead at his home in the hills above Port-au-Prince early on Wednesday by a group of gunmen, the interim prime minister said.
First Lady Martine Moise was wounded and taken to hospital, Prime Minister Claude Joseph said in a statement.
Joseph said he had declared a state of siege and that police and the army were in control of the security situation.
Some of the attackers spoke Spanish, officials said.
The killing pushes the Caribbean nation deeper into a political crisis marked by gang violence and a shortage of fuel.
The U.N. Security Council scheduled a closed-door meeting on Haiti for Thursday.
""")

D("2024-03-12", "conflict", "latin-america", """
Haitian Prime Minister Ariel Henry has agreed to resign once a transitional council is set up, Caribbean leaders said on Monday after an emergency meeting in Jamaica.
Armed gangs led by former police officer Jimmy Cherizier, known as Barbecue, have attacked police stations, prisons and the main airport in recent weeks.
Henry has been unable to return to the country since travelling to Kenya to finalise a deal for a security mission.
U.S. Secretary of State Antony Blinken, who attended the talks in Kingston, said Washington would provide an additional $100 million for the Kenya-led force.
More than 360,000 Haitians have been displaced by the violence, according to the International Organization for Migration.
""")

D("2024-01-10", "conflict", "latin-america", """
H: Ecuador declares internal armed conflict after gunmen storm TV station
GUAYAQUIL, Ecuador, Jan 10 (Wire) — Ecuadorean President Daniel Noboa declared an “internal armed conflict” on Tuesday after masked gunmen stormed a television studio during a live broadcast and threatened staff.
Police said 13 people had been arrested after the attack at TC Television in the port city of Guayaquil.
Noboa ordered the armed forces to “neutralise” 22 criminal gangs, which he designated as terrorist organisations.
The violence followed the escape from prison of Adolfo Macias, leader of the Los Choneros gang.
At least 10 people were killed in attacks across the country, authorities said.
Peru sent police to its border with Ecuador and declared an emergency in the area.
""")

D("2022-12-07", "coup", "latin-america", """
H: Peru's Congress removes President Castillo after he tries to dissolve it
LIMA, Dec 7 (Wire) — Peru's Congress voted to remove President Pedro Castillo from office on Wednesday, hours after he tried to dissolve the legislature and rule by decree.
Lawmakers approved the impeachment motion by 101 votes to six, with 10 abstentions.
Castillo was later detained by police in Lima as he travelled towards the Mexican embassy, officials said.
Vice President Dina Boluarte was sworn in as Peru's first female president.
Several ministers had resigned in protest after Castillo announced an “exceptional emergency government” in a televised address.
The United States said it rejected any unconstitutional act by the president to prevent Congress from fulfilling its mandate.
""")

D("2016-11-24", "diplomacy", "latin-america", """
H: Colombia and FARC sign revised peace agreement
BOGOTA, Nov 24 (Wire) — Colombia's government and the Revolutionary Armed Forces of Colombia signed a revised peace deal on Thursday, less than two months after voters narrowly rejected an earlier version.
President Juan Manuel Santos and FARC leader Rodrigo Londono, known as Timochenko, signed the 310-page document in a low-key ceremony at Bogota's Colon Theatre.
The new text includes more than 50 changes sought by opponents, including stricter rules on asset declarations by the rebels.
Former President Alvaro Uribe, who led the campaign against the first deal, said the changes were cosmetic.
The government plans to send the agreement to Congress for approval rather than holding a second referendum.
About 7,000 FARC fighters are expected to gather in designated zones and hand over their weapons within six months.
""")

D("2025-06-08", "conflict", "latin-america", """
Colombian presidential hopeful Miguel Uribe was shot in the head during a campaign event in a park in Bogota on Saturday, officials said.
Police detained a 15-year-old suspect at the scene and said a pistol had been recovered.
Uribe, a 39-year-old senator from the opposition Democratic Centre party, was in a critical condition after surgery, the hospital said.
President Gustavo Petro condemned the attack and cancelled a trip to France.
The U.S. secretary of state called it “a direct threat to democracy.”
""")

D("2022-09-11", "protest", "latin-america", """
Chile's President Gabriel Boric reshuffled his cabinet on Tuesday, days after voters overwhelmingly rejected a proposed new constitution in a referendum.
The draft, written by an elected convention after mass protests in 2019, was rejected by 62 percent of voters.
Boric said he had heard the message and would work with Congress on a new process to replace the charter drafted under Augusto Pinochet's dictatorship.
Students protested in central Santiago on Monday and clashed with police, who used water cannon.
Opposition lawmakers said any new proposal must be drafted by experts rather than a fully elected body.
""")

D("2021-07-11", "protest", "latin-america", """
H: Thousands protest in Cuba over shortages and blackouts
HAVANA, July 11 (Wire) — Thousands of Cubans took to the streets in Havana and other cities on Sunday in the largest anti-government protests in decades, chanting “freedom” and complaining about food shortages and power cuts.
President Miguel Diaz-Canel blamed the unrest on the U.S. embargo and called on his supporters to confront “provocations.”
Police detained dozens of people and special forces were seen patrolling the capital.
Mobile internet was cut in parts of the island, according to a monitoring group.
U.S. President Joe Biden said the United States stood with the Cuban people.
""")

D("2019-10-18", "protest", "latin-america", """
Chilean President Sebastian Pinera declared a state of emergency in Santiago on Saturday after protests over a rise in metro fares turned violent.
Protesters set fire to metro stations, buses and the headquarters of an electricity company, and looted supermarkets.
The army was deployed on the streets of the capital for the first time since the end of military rule in 1990.
Pinera later said the fare increase of 30 pesos would be suspended.
“We are at war against a powerful enemy,” the president said on Sunday, a remark that drew widespread criticism.
""")

D("2026-02-14", "elections", "latin-america", """
H: Costa Rica votes in election dominated by crime
SAN JOSE, Feb 14 (Wire) — Costa Ricans voted on Sunday in a presidential election dominated by concern over rising drug-related violence in a country long seen as one of the most peaceful in the region.
Polls suggested the ruling party's candidate was ahead but might fall short of the 40 percent needed to avoid a runoff.
The murder rate has nearly doubled since 2020, driven by disputes between gangs using Pacific ports to ship cocaine to Europe.
Several candidates have promised to build a maximum-security prison modelled on El Salvador's.
Results are expected late on Sunday.
""")

D("2024-02-04", "elections", "latin-america", """
H: El Salvador's Bukele claims landslide re-election
SAN SALVADOR, Feb 4 (Wire) — Salvadoran President Nayib Bukele claimed victory in Sunday's presidential election, saying he had won more than 85 percent of the vote, a result that would hand him a second five-year term.
Bukele announced the win on social media before official results were published.
His crackdown on street gangs, which has seen more than 75,000 people detained under a state of emergency, is hugely popular.
Rights groups say the crackdown has led to arbitrary arrests and deaths in custody.
Opposition parties said his candidacy violated a constitutional ban on consecutive terms, an argument the top court rejected in 2021.
""")

D("2025-11-17", "elections", "latin-america", """
Chile's presidential election will go to a runoff next month between a Communist Party candidate and a far-right former congressman, preliminary results showed on Sunday.
Jeannette Jara, who served as labour minister in President Gabriel Boric's government, led the first round with about 27 percent of the vote.
Jose Antonio Kast, who has promised to build a border trench and expel undocumented migrants, came second with about 24 percent.
Analysts said Kast was the favourite for the Dec. 14 runoff because most right-wing candidates had already endorsed him.
Jara congratulated her rival and called for a clean campaign.
""")

D("2017-08-05", "courts", "latin-america", """
Venezuela's new Constituent Assembly voted unanimously on Saturday to dismiss chief prosecutor Luisa Ortega, a former government ally who had become one of President Nicolas Maduro's most outspoken critics.
Security forces surrounded her office in Caracas early in the morning and blocked her from entering.
Ortega said she did not recognise the decision and accused the government of trying to cover up corruption.
The assembly named ombudsman Tarek William Saab to replace her.
The regional bloc Mercosur suspended Venezuela indefinitely on the same day, citing a rupture of democratic order.
""")

D("2025-10-10", "diplomacy", "latin-america", """
H: Venezuelan opposition leader Machado wins Nobel Peace Prize
OSLO, Oct 10 (Wire) — Venezuelan opposition leader Maria Corina Machado was awarded the Nobel Peace Prize on Friday for what the Norwegian Nobel Committee called her tireless work promoting democratic rights.
Machado, who has been living in hiding inside Venezuela, said she was “in shock” when told of the award.
The committee's chairman said she had kept “the flame of democracy burning amid a growing darkness.”
The Venezuelan government did not immediately comment.
Machado was barred from standing in last year's presidential election and backed a little-known former diplomat instead.
""")

D("2022-02-26", "sanctions-trade", "europe", """
H: West moves to cut some Russian banks from SWIFT
BRUSSELS, Feb 26 (Wire) — The United States, the European Union, Britain and Canada agreed on Saturday to remove selected Russian banks from the SWIFT international payment system and to restrict the Russian central bank's ability to use its reserves.
The measures were announced in a joint statement issued by the White House late in the evening.
“This will ensure that these banks are disconnected from the international financial system,” the statement said.
The allies also pledged to limit the sale of so-called golden passports to wealthy Russians.
Officials said the steps would be implemented in the coming days.
Russia's Foreign Ministry said Moscow would respond in a way that would be “felt in the sensitive areas” of Western economies.
""")

D("2022-12-05", "sanctions-trade", "europe", """
A price cap of $60 per barrel on Russian seaborne crude oil took effect on Monday, alongside a European Union ban on imports of Russian crude by sea.
The cap, agreed by the Group of Seven, the EU and Australia, bars Western companies from providing shipping, insurance and finance for cargoes sold above the limit.
Russian Deputy Prime Minister Alexander Novak said Moscow would not sell oil to countries that applied the cap, even if it had to cut production.
Ukraine said the limit should have been set at $30 to deprive the Kremlin of war revenue.
Brent crude rose about 1 percent in early trade.
Analysts said enforcement would be difficult because of a growing “shadow fleet” of tankers with opaque ownership.
""")

D("2025-10-22", "sanctions-trade", "europe", """
H: U.S. sanctions Rosneft and Lukoil in bid to pressure Moscow
WASHINGTON, Oct 22 (Wire) — The United States imposed sanctions on Russia's two largest oil companies, Rosneft and Lukoil, on Wednesday, in a sharp shift by the Trump administration toward pressure on Moscow.
Treasury Secretary Scott Bessent said the measures were taken because of “Russia's lack of serious commitment to a peace process.”
The sanctions freeze any U.S. assets of the two firms and bar Americans from doing business with them.
Oil prices jumped more than 5 percent on the news.
Refiners in India, one of the biggest buyers of Russian crude, said they were reviewing their contracts.
The Kremlin said the sanctions would have no significant effect on the Russian economy.
""")

D("2018-07-06", "sanctions-trade", "east-asia", """
H: U.S.-China trade war begins as tariffs take effect
BEIJING, July 6 (Wire) — U.S. tariffs on $34 billion of Chinese goods took effect on Friday, and Beijing said it was forced to retaliate with its own duties on American products including soybeans and cars.
China's Commerce Ministry accused Washington of launching “the biggest trade war in economic history.”
The 25 percent U.S. duties cover more than 800 products, from industrial machinery to medical devices.
President Donald Trump has threatened tariffs on up to $500 billion of Chinese imports if Beijing strikes back.
Chinese stocks fell in early trade but recovered to close slightly higher.
Farmers in the U.S. Midwest, who sell a third of their soybean crop to China, said they feared lasting damage.
""")

D("2020-01-15", "sanctions-trade", "north-america", """
H: U.S. and China sign phase one trade deal
WASHINGTON, Jan 15 (Wire) — The United States and China signed an initial trade agreement on Wednesday, easing an 18-month dispute that has weighed on the global economy.
Under the deal, China committed to buy an additional $200 billion of U.S. goods and services over two years.
Chinese Vice Premier Liu He signed the document with President Donald Trump at the White House.
The agreement leaves in place tariffs on about $360 billion of Chinese goods, which Washington says will be used as leverage in the next phase of talks.
Economists doubted China could meet the purchase targets.
""")

D("2025-04-02", "sanctions-trade", "global", """
H: Trump announces sweeping tariffs on imports from around the world
WASHINGTON, April 2 (Wire) — President Donald Trump announced a baseline 10 percent tariff on all imports to the United States on Wednesday, with much higher rates for dozens of countries that he said treated American goods unfairly.
Goods from China will face an additional 34 percent duty, while imports from the European Union will be taxed at 20 percent and those from Vietnam at 46 percent.
Trump held up a chart in the White House Rose Garden and called the day “Liberation Day.”
European Commission President Ursula von der Leyen said the tariffs were “a major blow to the world economy” and that the EU was preparing countermeasures.
Japanese Prime Minister Shigeru Ishiba called the measures “extremely regrettable.”
U.S. stock futures fell sharply in after-hours trading.
""")

D("2025-04-09", "markets", "global", """
Wall Street staged one of its biggest rallies in history on Wednesday after President Donald Trump paused most of his new tariffs for 90 days.
The S&P 500 jumped 9.5 percent and the Nasdaq Composite soared more than 12 percent.
The pause does not apply to China, on which the tariff rate was raised to 125 percent after Beijing retaliated.
Treasury Secretary Scott Bessent said more than 75 countries had approached Washington to negotiate.
Bond markets had come under severe pressure earlier in the week, with the yield on the 10-year Treasury note rising at the fastest pace since 2001.
""")

D("2025-05-12", "sanctions-trade", "global", """
H: U.S. and China agree to slash tariffs for 90 days after Geneva talks
GENEVA, May 12 (Wire) — The United States and China agreed on Monday to temporarily cut the steep tariffs they had imposed on each other's goods, in a deal that sent stock markets sharply higher.
U.S. tariffs on Chinese imports will fall to 30 percent from 145 percent, while Chinese duties on American goods will drop to 10 percent from 125 percent.
The reductions will last for 90 days while the two sides continue negotiations.
“We have reached a consensus that neither side wants a decoupling,” U.S. Treasury Secretary Scott Bessent told reporters.
China's Commerce Ministry said the agreement was an important step toward resolving differences.
""")

D("2019-05-15", "technology", "north-america", """
The U.S. Commerce Department said on Wednesday it would add Huawei Technologies and 70 affiliates to its so-called Entity List, barring the Chinese telecom giant from buying parts from U.S. companies without government approval.
The move came hours after President Donald Trump signed an executive order banning U.S. firms from using telecom equipment made by companies deemed a national security risk.
Huawei said restricting it would not make the United States more secure and would only serve to limit the country to inferior and more expensive alternatives.
China's Commerce Ministry said Beijing would take necessary measures to protect its companies.
The decision could make it difficult for Huawei to sell some of its products because of its reliance on American suppliers.
""")

D("2022-10-07", "technology", "north-america", """
H: U.S. restricts exports of advanced chips to China
WASHINGTON, Oct 7 (Wire) — The Biden administration published a sweeping set of export controls on Friday, including a measure to cut China off from certain semiconductor chips made anywhere in the world with U.S. equipment.
The rules also restrict the export of chipmaking tools to Chinese factories producing advanced logic and memory chips.
U.S. officials said the measures were aimed at slowing Beijing's technological and military advances.
China's foreign ministry accused Washington of “abusing export control measures” to maintain its technological hegemony.
Shares in Chinese chipmakers fell sharply when Hong Kong markets opened on Monday.
""")

D("2024-05-14", "sanctions-trade", "north-america", """
The Biden administration announced steep tariff increases on Tuesday on a range of Chinese imports, including electric vehicles, semiconductors, solar cells and medical products.
The tariff on Chinese electric vehicles will quadruple to 100 percent this year, the White House said.
President Joe Biden said China's government had been pouring money into these industries and flooding global markets with cheap products.
Beijing said it would take all necessary measures to defend its rights.
The tariffs will affect about $18 billion of imports a year.
""")

D("2024-10-04", "sanctions-trade", "europe", """
H: EU votes to impose tariffs on Chinese electric cars
BRUSSELS, Oct 4 (Wire) — European Union countries voted on Friday to impose duties of up to 35.3 percent on electric vehicles made in China, despite opposition from Germany.
Ten member states supported the tariffs, five voted against and 12 abstained, according to people familiar with the vote.
The European Commission said it would continue talks with Beijing on an alternative solution, such as minimum prices.
China's Commerce Ministry said it did not accept the ruling and would take measures to protect Chinese companies.
German carmakers, which sell heavily in China, have warned that a trade war would hurt them.
The duties will be added to the standard 10 percent car import duty for five years.
""")

D("2016-02-11", "markets", "global", """
Global stocks fell on Thursday as worries about the health of European banks and the slumping price of oil sent investors rushing into safe-haven assets.
Gold rose more than 4 percent to a one-year high of $1,263 an ounce.
Shares of French bank Societe Generale dropped 13 percent after it cut its profit target.
In Japan, the yen surged to its strongest level against the dollar since late 2014.
Federal Reserve Chair Janet Yellen told Congress that financial conditions had become less supportive of growth.
""")

D("2020-03-16", "markets", "north-america", """
H: Stocks plunge as Fed cuts rates to zero
NEW YORK, March 16 (Wire) — U.S. stocks suffered their worst day since 1987 on Monday, with the Dow Jones Industrial Average plunging nearly 3,000 points, despite an emergency rate cut by the Federal Reserve.
The Fed cut interest rates to near zero late on Sunday and announced $700 billion in asset purchases.
Trading was halted for 15 minutes shortly after the open when the S&P 500 dropped 8 percent.
Investors fear that measures to contain the coronavirus will push the world economy into recession.
President Donald Trump told reporters the economy could be heading into a recession and that the crisis could last until July or August.
""")

D("2020-04-20", "energy", "north-america", """
H: U.S. oil prices turn negative for first time
NEW YORK, April 20 (Wire) — U.S. oil prices turned negative for the first time in history on Monday, as storage space ran out because of a collapse in demand caused by the coronavirus pandemic.
West Texas Intermediate crude for May delivery settled at minus $37.63 a barrel, meaning sellers were paying buyers to take oil off their hands.
The contract expires on Tuesday, and traders holding it had to find somewhere to store the oil.
Brent crude, the international benchmark, fell 9 percent to about $26 a barrel.
Analysts said the market was signalling that producers must cut output further.
""")

D("2020-04-12", "energy", "global", """
OPEC and its allies agreed on Sunday to cut oil output by a record 9.7 million barrels per day in May and June, the largest reduction ever agreed by producers.
The deal ended a price war between Saudi Arabia and Russia that had sent prices to their lowest in nearly two decades.
Mexico had held up the agreement for several days, refusing to accept its full share of the cuts.
U.S. President Donald Trump called the deal “great” and said it would save hundreds of thousands of energy jobs.
Some traders said the cut was too small to offset a drop in demand estimated at 30 million barrels a day.
""")

D("2023-04-02", "energy", "global", """
H: OPEC+ announces surprise oil output cut
DUBAI, April 2 (Wire) — Saudi Arabia and other members of the OPEC+ group of oil producers announced a surprise cut of about 1.16 million barrels per day on Sunday, a move that is likely to push prices higher.
Saudi Arabia's energy ministry said it would reduce its output by 500,000 barrels per day from May until the end of the year.
The ministry described the cut as a precautionary measure aimed at supporting the stability of the oil market.
Iraq, the United Arab Emirates, Kuwait, Algeria and Oman also announced reductions.
A White House spokesperson said the cuts were not advisable given market uncertainty.
""")

D("2022-09-27", "energy", "europe", """
H: Leaks hit Nord Stream pipelines, sabotage suspected
COPENHAGEN, Sept 27 (Wire) — Three leaks were discovered on the Nord Stream gas pipelines running under the Baltic Sea from Russia to Germany, and European officials said on Tuesday that sabotage was the likely cause.
Danish Prime Minister Mette Frederiksen said it was “hard to imagine that it is accidental.”
Seismologists in Sweden and Denmark recorded two underwater explosions near the Danish island of Bornholm on Monday.
Neither pipeline was carrying gas to Europe at the time, though both contained gas.
The Kremlin said it could not rule out sabotage and called the situation worrying.
European gas prices rose more than 10 percent on the news.
""")

D("2022-08-26", "energy", "europe", """
European gas prices hit a record on Friday amid fears that Russia could cut supplies further this winter.
The benchmark Dutch front-month contract rose to more than 340 euros per megawatt hour, about 10 times its level a year ago.
Britain's energy regulator said the price cap on household bills would rise 80 percent in October.
German Economy Minister Robert Habeck said the country was on track to fill its gas storage to 85 percent by October.
Russia's Gazprom said it would halt flows through the Nord Stream 1 pipeline for three days at the end of the month for maintenance.
""")

D("2019-09-14", "energy", "middle-east", """
H: Drone attacks knock out half of Saudi oil output
RIYADH, Sept 14 (Wire) — Drone attacks on two Saudi Aramco facilities on Saturday knocked out more than half of Saudi Arabia's crude output, or about 5 percent of global oil supply.
The attacks hit the world's largest petroleum processing facility at Abqaiq and the Khurais oilfield.
Yemen's Iran-aligned Houthi movement claimed responsibility, saying it had sent 10 drones.
U.S. Secretary of State Mike Pompeo said there was no evidence the attacks had come from Yemen and blamed Iran directly.
Iran's foreign ministry called the accusation “meaningless.”
Saudi Energy Minister Prince Abdulaziz bin Salman said part of the lost output would be made up from stockpiles.
""")

D("2023-12-19", "conflict", "middle-east", """
H: U.S. launches naval coalition to protect Red Sea shipping
MANAMA, Dec 19 (Wire) — The United States announced a multinational operation on Tuesday to safeguard commerce in the Red Sea after attacks on ships by Yemen's Houthi movement forced some of the world's largest shipping companies to reroute.
Defense Secretary Lloyd Austin said Britain, Bahrain, Canada, France, Italy, the Netherlands, Norway, Seychelles and Spain would take part.
The Houthis, who control much of Yemen, say they are targeting Israel-linked vessels in support of Palestinians in Gaza.
A Houthi official said the group would not stop its attacks even if Washington formed a coalition.
Container lines including Maersk and Hapag-Lloyd have diverted ships around the Cape of Good Hope, adding up to two weeks to journeys.
""")

D("2024-01-12", "conflict", "middle-east", """
The United States and Britain struck more than a dozen Houthi targets in Yemen early on Friday, in retaliation for the group's attacks on shipping in the Red Sea.
Aircraft, ships and a submarine were used in the strikes, which hit radar systems, storage sites and launch facilities, U.S. officials said.
A Houthi spokesperson said the attacks would not go “unpunished.”
President Joe Biden said the strikes were a defensive action after the Houthis had ignored repeated warnings.
Saudi Arabia, which is in talks with the Houthis to end the war in Yemen, called for restraint.
""")

D("2021-03-25", "markets", "middle-east", """
H: Giant container ship still blocking Suez Canal
ISMAILIA, Egypt, March 25 (Wire) — Efforts to free a giant container ship that has been blocking the Suez Canal for two days failed on Thursday, and dozens of vessels waited at either end of one of the world's busiest waterways.
The Ever Given, a 400-metre ship carrying goods from Asia to Europe, ran aground on Tuesday amid high winds and a dust storm.
The Suez Canal Authority said it had temporarily suspended traffic through the canal.
Dredgers worked to remove sand and mud from around the ship's bow.
About 12 percent of world trade passes through the canal, and analysts estimated the blockage was holding up about $9.6 billion in goods each day.
""")

D("2023-03-12", "markets", "north-america", """
H: U.S. moves to protect deposits after Silicon Valley Bank collapse
WASHINGTON, March 12 (Wire) — U.S. regulators said on Sunday that all depositors of failed Silicon Valley Bank would have access to their money on Monday, in an effort to stop the crisis from spreading.
The Treasury, the Federal Reserve and the FDIC also announced that New York-based Signature Bank had been closed.
The Fed said it would offer emergency loans to banks to ensure they could meet the needs of their depositors.
Officials said no losses would be borne by taxpayers.
SVB, which lent heavily to technology start-ups, collapsed on Friday after a run on deposits.
""")

D("2023-03-19", "markets", "europe", """
UBS agreed to buy Credit Suisse for 3 billion Swiss francs ($3.2 billion) on Sunday in a deal engineered by Swiss authorities to avoid further turmoil in global banking.
The Swiss National Bank said it would provide a liquidity assistance loan of up to 100 billion francs to UBS.
About 16 billion francs of Credit Suisse bonds will be written down to zero, angering some investors.
“This is a historic day in Switzerland, and one we had hoped would not come,” said UBS chairman Colm Kelleher.
Swiss President Alain Berset said a sudden collapse of Credit Suisse would have caused irreparable economic turmoil.
""")

D("2022-09-23", "markets", "europe", """
The British pound fell to a 37-year low against the dollar on Friday after the government announced the biggest tax cuts in half a century, to be funded by a sharp increase in borrowing.
Finance minister Kwasi Kwarteng told parliament the package would boost growth, but investors questioned how it would be paid for.
Yields on five-year British government bonds posted their largest one-day rise since at least 1991.
The opposition Labour Party called it “a casino economy” plan.
The Bank of England raised interest rates by half a percentage point the day before.
""")

D("2024-08-05", "markets", "east-asia", """
H: Japan's Nikkei suffers worst day since 1987
TOKYO, Aug 5 (Wire) — Japan's Nikkei share average tumbled 12.4 percent on Monday, its biggest one-day fall since the 1987 Black Monday crash, as fears of a U.S. recession and a stronger yen prompted a global sell-off.
The broader Topix index fell by a similar amount, and trading in futures was briefly suspended.
The yen has risen sharply since the Bank of Japan raised interest rates last week.
Investors have been unwinding so-called carry trades, in which they borrowed cheaply in yen to buy higher-yielding assets elsewhere.
The Nikkei recovered most of the losses the following day.
""")

D("2025-05-07", "conflict", "south-asia", """
H: India strikes targets in Pakistan, Islamabad vows response
NEW DELHI, May 7 (Wire) — India said it struck nine sites in Pakistan and Pakistani-administered Kashmir early on Wednesday, two weeks after an attack on Hindu tourists in Indian Kashmir killed 26 men.
The Indian Defence Ministry said the operation targeted “terrorist infrastructure” and that no Pakistani military facilities had been hit.
Pakistan said 26 civilians had been killed, including women and children, and that five Indian aircraft had been shot down.
India did not comment on the claim about its jets.
Pakistani Prime Minister Shehbaz Sharif called the strikes “an act of war” and said his country had every right to respond.
Artillery exchanges were reported along the Line of Control throughout the day.
""")

D("2025-05-10", "conflict", "south-asia", """
India and Pakistan agreed to a full and immediate ceasefire on Saturday after four days of missile, drone and artillery attacks, the two governments said.
U.S. President Donald Trump was the first to announce the truce, saying it followed a long night of talks mediated by Washington.
India's foreign secretary said the agreement had been worked out directly between the two countries' directors general of military operations.
Hours later, both sides accused each other of violating the ceasefire in Kashmir.
Pakistan's foreign minister said his country had always strived for peace and security in the region without compromising on its sovereignty.
""")

D("2019-02-26", "conflict", "south-asia", """
Indian warplanes struck what New Delhi called a training camp of the militant group Jaish-e-Mohammad inside Pakistan on Tuesday, sharply raising tensions between the nuclear-armed neighbours.
The strike near the town of Balakot came 12 days after a suicide bombing that killed 40 Indian paramilitary police in Kashmir.
India's foreign secretary said “a very large number” of militants had been killed.
Pakistan said the Indian jets had dropped their payload in a forested area and caused no casualties.
Pakistan's military spokesman warned that Islamabad would respond “at the time and place of its choosing.”
""")

D("2019-08-05", "courts", "south-asia", """
H: India revokes special status of Kashmir
NEW DELHI, Aug 5 (Wire) — India's government revoked the special constitutional status of Jammu and Kashmir on Monday, a move that Pakistan said it would challenge by all possible means.
Home Minister Amit Shah told parliament that Article 370 of the constitution, which allowed the state to make its own laws, would be scrapped.
Thousands of additional troops had been deployed in the region over the past week, and mobile and internet services were suspended.
Former chief ministers Omar Abdullah and Mehbooba Mufti were placed under house arrest.
Pakistan's foreign ministry said the decision was illegal because Kashmir is an internationally recognised disputed territory.
""")

D("2024-08-05", "protest", "south-asia", """
H: Bangladesh PM Sheikh Hasina resigns and flees as protesters storm residence
DHAKA, Aug 5 (Wire) — Bangladesh Prime Minister Sheikh Hasina resigned and fled the country on Monday after weeks of deadly protests, and army chief General Waker-Uz-Zaman said an interim government would be formed.
Thousands of protesters stormed her official residence in Dhaka, carrying away furniture and televisions.
Hasina, 76, who had ruled the country for 15 years, flew to India on a military aircraft, according to sources.
The protests began in July as demonstrations against quotas in government jobs and turned into a movement to oust her.
About 300 people were killed in the unrest, according to local media.
Students leading the protests said they wanted Nobel laureate Muhammad Yunus to head the interim administration.
""")

D("2022-07-09", "protest", "south-asia", """
H: Protesters storm Sri Lankan president's house
COLOMBO, July 9 (Wire) — Thousands of protesters stormed the official residence of Sri Lankan President Gotabaya Rajapaksa in Colombo on Saturday, and set fire to the prime minister's private home, angered by the country's worst economic crisis in seven decades.
Rajapaksa had been moved from the residence on Friday for his safety, two defence ministry sources said.
Videos showed people swimming in the pool of the colonial-era building and lounging in its bedrooms.
Late in the evening, the speaker of parliament said Rajapaksa had agreed to step down on July 13.
Sri Lanka has run out of foreign exchange to pay for fuel, food and medicine imports.
""")

D("2025-09-09", "protest", "south-asia", """
H: Nepal PM Oli resigns as protesters set parliament on fire
KATHMANDU, Sept 9 (Wire) — Nepal's Prime Minister K.P. Sharma Oli resigned on Tuesday after protesters angry over a social media ban and corruption set fire to parliament and the homes of senior politicians.
At least 19 people were killed on Monday when police opened fire on demonstrators, most of them young people, outside parliament.
The government had lifted the ban on platforms including Facebook and YouTube late on Monday, but the protests continued.
The army said it would take control of security from Tuesday evening and urged protesters to show restraint.
Many of the demonstrators described themselves as part of “Gen Z” and organised on messaging apps.
""")

D("2023-05-09", "courts", "south-asia", """
Former Pakistani Prime Minister Imran Khan was arrested on Tuesday by paramilitary rangers as he appeared at a court in Islamabad, triggering violent protests by his supporters across the country.
The anti-graft agency said Khan had been detained in a case involving a land trust.
Supporters of his Pakistan Tehreek-e-Insaf party attacked the army's headquarters in Rawalpindi and set fire to a corps commander's residence in Lahore.
The government suspended mobile internet services and blocked access to Twitter, Facebook and YouTube.
Khan, who was ousted in a no-confidence vote last year, has said the charges against him are politically motivated.
""")

D("2024-06-04", "elections", "south-asia", """
H: Modi claims victory but loses outright majority in India election
NEW DELHI, June 4 (Wire) — Indian Prime Minister Narendra Modi claimed victory in the country's general election on Tuesday, but his Bharatiya Janata Party lost its outright majority and will need the support of allies to govern.
Official results showed the BJP winning about 240 of the 543 seats in the lower house, well short of the 272 needed for a majority.
The National Democratic Alliance led by the BJP was on course to win about 290 seats.
The opposition INDIA alliance, led by the Congress party, performed far better than exit polls had predicted.
Indian stocks fell nearly 6 percent, their biggest one-day drop in four years.
“The people have clearly said that they do not want Mr Modi,” Congress leader Rahul Gandhi told reporters.
""")

D("2023-06-24", "conflict", "europe", """
H: Wagner chief Prigozhin says his forces have entered Russia
MOSCOW, June 24 (Wire) — The head of the Wagner mercenary group, Yevgeny Prigozhin, said on Saturday his forces had crossed from Ukraine into Russia and were prepared to “go all the way” against the military leadership.
Wagner fighters took control of military facilities in the southern city of Rostov-on-Don, according to videos posted online.
In a televised address, President Vladimir Putin called the mutiny “a stab in the back” and vowed to punish those responsible.
Moscow's mayor declared a “counter-terrorist regime” in the capital and told residents to avoid travel.
Late on Saturday, Prigozhin said he had ordered his columns to turn back to avoid bloodshed, after mediation by Belarusian President Alexander Lukashenko.
""")

D("2023-08-23", "conflict", "europe", """
A private jet carrying Wagner mercenary chief Yevgeny Prigozhin crashed north of Moscow on Wednesday, killing all 10 people on board, Russian authorities said.
The Embraer jet was flying from Moscow to St Petersburg when it came down near the village of Kuzhenkino in the Tver region.
The crash came exactly two months after Prigozhin led a short-lived mutiny against Russia's military leadership.
U.S. President Joe Biden said he was “not surprised” and that there was not much that happened in Russia that Putin was not behind.
The Kremlin later rejected suggestions that it had ordered the killing as “an absolute lie.”
""")

D("2024-03-22", "conflict", "europe", """
H: Gunmen kill scores at Moscow concert hall
MOSCOW, March 22 (Wire) — Gunmen in camouflage opened fire on people at a concert hall on the outskirts of Moscow on Friday and set the building ablaze, killing at least 60 people in the deadliest attack in Russia for two decades.
The Islamic State militant group claimed responsibility for the attack at the Crocus City Hall, according to its Amaq news agency.
Russian investigators said more than 140 people had been wounded.
U.S. officials said Washington had warned Moscow earlier in the month of a possible attack on large gatherings.
Russian President Vladimir Putin vowed to track down and punish everyone behind the attack.
""")

D("2015-11-13", "conflict", "europe", """
H: Scores killed in coordinated attacks in Paris
PARIS, Nov 13 (Wire) — Gunmen and suicide bombers attacked a concert hall, a major stadium, restaurants and bars across Paris on Friday night, killing at least 120 people in what President Francois Hollande called an act of war.
Hollande declared a state of emergency across France and closed the country's borders.
At the Bataclan concert hall, attackers opened fire on people watching an American rock band.
Three explosions were heard near the Stade de France, where Hollande was watching a football match between France and Germany.
The Islamic State group claimed responsibility on Saturday.
""")

D("2016-03-22", "conflict", "europe", """
Suicide bombers struck Brussels airport and a metro station on Tuesday, killing about 30 people, days after the arrest of a key suspect in last year's Paris attacks.
Belgian authorities raised the threat level to its highest and closed public transport in the capital.
Prime Minister Charles Michel called the attacks “blind, violent and cowardly.”
Islamic State claimed responsibility through its news agency.
Police later released a photograph of three men pushing luggage trolleys through the airport shortly before the blasts.
""")

D("2016-07-16", "coup", "europe", """
H: Turkish government says coup attempt crushed
ISTANBUL, July 16 (Wire) — Turkish authorities said on Saturday they had crushed an attempted military coup after a night of violence in which more than 160 people were killed and nearly 3,000 soldiers were detained.
Tanks had rolled onto the streets of Istanbul and Ankara late on Friday, and fighter jets flew low over the capital.
President Tayyip Erdogan, who was on holiday on the coast, addressed the nation through a video call broadcast on a mobile phone, urging people to take to the streets.
Erdogan blamed the attempt on U.S.-based cleric Fethullah Gulen, who denied any involvement.
Turkey's justice ministry said 2,745 judges had been removed from duty.
""")

D("2017-10-01", "protest", "europe", """
H: Catalonia independence vote marred by police crackdown
BARCELONA, Oct 1 (Wire) — Spanish police fired rubber bullets and charged crowds of voters in Catalonia on Sunday as they tried to stop a referendum on independence that Madrid says is illegal.
Catalan officials said more than 800 people had been injured, while the interior ministry said 12 police officers were hurt.
Officers seized ballot boxes and smashed their way into polling stations.
Spanish Prime Minister Mariano Rajoy said there had been no referendum in Catalonia.
The regional government said 90 percent of those who voted had backed independence, on a turnout of 42 percent.
""")

D("2018-12-01", "protest", "europe", """
French police fired tear gas and water cannon at protesters in central Paris on Saturday as a third weekend of “yellow vest” demonstrations against fuel taxes turned violent.
Cars were set on fire near the Champs-Elysees and the Arc de Triomphe was daubed with graffiti.
Police said 224 people had been arrested in the capital.
President Emmanuel Macron, speaking at the G20 summit in Buenos Aires, said violence would never be accepted.
The movement, which began on social media, has no clear leaders and draws support from rural and small-town France.
""")

D("2020-08-16", "protest", "europe", """
H: Belarus sees largest protest in its history after disputed vote
MINSK, Aug 16 (Wire) — More than 100,000 people rallied in Minsk on Sunday to demand the resignation of President Alexander Lukashenko, in the biggest protest in the country's history.
Demonstrators waved red-and-white flags, the symbol of the opposition, and chanted “Go away!”
Lukashenko, who has ruled Belarus since 1994, addressed a rival rally of his own supporters and refused to hold a new election.
Opposition candidate Sviatlana Tsikhanouskaya, who fled to Lithuania after the vote, said she was ready to act as national leader.
The European Union has said it does not accept the official result, which gave Lukashenko 80 percent.
""")

D("2021-05-23", "conflict", "europe", """
Belarus scrambled a fighter jet on Sunday to intercept a Ryanair plane flying from Athens to Vilnius and forced it to land in Minsk, where authorities arrested opposition journalist Roman Protasevich.
The Belarusian authorities said the plane had been diverted because of a bomb threat, but no explosives were found.
European Commission President Ursula von der Leyen called it an “outrageous and illegal behaviour.”
Lithuania called on NATO allies to respond and said it would seek to close Belarusian airspace.
Protasevich, 26, had been a key figure in covering last year's protests from exile.
""")

D("2024-02-16", "courts", "europe", """
H: Kremlin critic Alexei Navalny dies in Arctic prison, authorities say
MOSCOW, Feb 16 (Wire) — Russian opposition leader Alexei Navalny died in an Arctic penal colony on Friday, the prison service said, depriving the country's fragmented opposition of its best-known figure.
The Federal Penitentiary Service said Navalny had felt unwell after a walk and lost consciousness almost immediately.
Navalny, 47, was serving a sentence of 19 years on charges he said were fabricated.
His wife Yulia Navalnaya said that if it was true, Putin and his entourage would be held responsible.
U.S. President Joe Biden said he was “outraged” and that Putin was responsible for Navalny's death.
The Kremlin said it was not aware of the cause of death and dismissed Western reactions as unacceptable.
""")

D("2024-08-01", "diplomacy", "europe", """
H: Russia and West carry out biggest prisoner swap since Cold War
ANKARA, Aug 1 (Wire) — Russia and the West carried out their biggest prisoner exchange since the Cold War on Thursday, with 24 people freed in a deal brokered by Turkey.
Among those released by Moscow were Wall Street Journal reporter Evan Gershkovich and former U.S. Marine Paul Whelan.
Russia received Vadim Krasikov, who had been serving a life sentence in Germany for a murder in Berlin in 2019.
The exchange took place at Ankara's airport, Turkey's intelligence agency said.
“Their brutal ordeal is over,” U.S. President Joe Biden said at the White House.
""")

D("2018-03-04", "courts", "europe", """
A former Russian double agent and his daughter were found unconscious on a bench in the English city of Salisbury on Sunday, and police said they were investigating whether a crime had been committed.
Sergei Skripal, 66, and his daughter Yulia, 33, were in a critical condition in hospital.
Britain later said they had been poisoned with a military-grade nerve agent of a type developed by Russia.
Prime Minister Theresa May expelled 23 Russian diplomats, the largest such expulsion in over 30 years.
Moscow denied any involvement and expelled the same number of British diplomats in response.
""")

D("2024-09-17", "conflict", "africa", """
H: Jihadists attack police school and airport in Mali's capital
BAMAKO, Sept 17 (Wire) — Militants attacked a gendarmerie training school and a military section of the airport in Mali's capital Bamako on Tuesday, in a rare assault on the seat of the ruling junta.
The al Qaeda-linked group JNIM claimed responsibility, saying its fighters had inflicted heavy losses.
The army said the situation was under control and that several attackers had been “neutralised.”
Residents said gunfire and explosions were heard from before dawn until mid-morning.
Security sources said dozens of trainee gendarmes had been killed, though officials did not give a toll.
Mali's military rulers, who seized power in 2020 and 2021, expelled French troops and turned to Russia's Wagner group for help against the insurgency.
""")

D("2024-07-29", "conflict", "africa", """
Wagner mercenaries and Malian soldiers suffered heavy losses in fighting with Tuareg separatists near the Algerian border last week, the group acknowledged in a rare statement on Monday.
A Wagner-linked channel on Telegram said a column had been ambushed near Tinzaouaten after a sandstorm grounded aircraft.
The separatist alliance said it had killed dozens of Wagner fighters and Malian troops and captured vehicles.
JNIM also claimed to have taken part in the fighting, though the separatists did not confirm this.
The Malian army said it had lost two soldiers and that 20 had been wounded.
""")

D("2025-06-06", "conflict", "africa", """
Russia's Wagner group said on Friday it was leaving Mali after three and a half years, declaring its mission accomplished, but its fighters will be absorbed into the Kremlin-controlled Africa Corps, diplomatic sources said.
“Mission accomplished, and PMC Wagner is going home,” the group said on one of its Telegram channels.
Africa Corps, which is overseen by the Russian Defence Ministry, already operates in Burkina Faso and Niger.
Analysts said the change was largely one of name and command structure.
The Malian government did not comment on the announcement.
""")

D("2023-12-02", "diplomacy", "africa", """
Niger and Burkina Faso announced on Saturday that they were withdrawing from the G5 Sahel force set up to fight jihadist groups, following Mali's exit last year.
The two military governments said in a joint statement that the organisation had failed to achieve its objectives.
Chad and Mauritania, the only remaining members, said they would take note of the decision.
The three Sahel juntas have formed their own mutual defence pact, the Alliance of Sahel States, and drawn closer to Russia.
""")

D("2024-01-28", "diplomacy", "africa", """
H: Mali, Burkina Faso and Niger announce withdrawal from ECOWAS
NIAMEY, Jan 28 (Wire) — The military governments of Mali, Burkina Faso and Niger said on Sunday they were withdrawing from the West African bloc ECOWAS with immediate effect.
In a joint statement read on national television, the three countries accused ECOWAS of being under the influence of “foreign powers” and of imposing “illegal, illegitimate, inhumane and irresponsible sanctions.”
ECOWAS said it had not received formal notification of the decision and remained committed to finding a negotiated solution.
Under the bloc's treaty, a member must give one year's notice before leaving.
The three countries have a combined population of about 70 million people.
""")

D("2022-11-02", "diplomacy", "africa", """
H: Ethiopia and Tigray forces agree to stop fighting
PRETORIA, Nov 2 (Wire) — Ethiopia's government and forces from the northern region of Tigray agreed on Wednesday to a permanent cessation of hostilities after two years of war that has killed tens of thousands of people.
The agreement was reached after 10 days of talks in South Africa mediated by the African Union.
AU envoy Olusegun Obasanjo, a former Nigerian president, said both sides had agreed to “orderly, smooth and coordinated disarmament.”
Getachew Reda, a spokesman for the Tigrayan forces, said painful concessions had been made to build trust.
Eritrea, whose troops have fought alongside Ethiopian forces, was not part of the talks.
""")

D("2020-11-04", "conflict", "africa", """
Ethiopian Prime Minister Abiy Ahmed ordered a military offensive against the ruling party of the northern Tigray region on Wednesday, accusing it of attacking a federal army base.
Abiy said on Facebook that the “last red line” had been crossed.
Phone and internet lines in Tigray were cut, according to the monitoring group NetBlocks.
The Tigray People's Liberation Front, which dominated national politics for decades before Abiy came to power, denied attacking the base.
Diplomats warned that the conflict could destabilise the Horn of Africa.
""")

D("2019-10-11", "diplomacy", "africa", """
H: Ethiopian PM Abiy wins Nobel Peace Prize
OSLO, Oct 11 (Wire) — Ethiopian Prime Minister Abiy Ahmed won the 2019 Nobel Peace Prize on Friday for his efforts to end his country's long conflict with neighbouring Eritrea.
The Norwegian Nobel Committee said the prize was also meant to recognise all stakeholders working for peace in Ethiopia and in the East and Northeast African regions.
Abiy, 43, took office in April 2018 and quickly made peace with Eritrea after a two-decade military stalemate.
He also released thousands of political prisoners and lifted bans on opposition parties.
Ethiopia's prime minister's office said the country was proud.
""")

D("2024-06-25", "protest", "africa", """
H: Kenyan protesters storm parliament as lawmakers pass tax bill
NAIROBI, June 25 (Wire) — Protesters stormed Kenya's parliament on Tuesday and set part of it on fire shortly after lawmakers passed a bill to raise taxes, and police opened fire on crowds outside.
At least five people were shot dead, according to a coalition of civil society groups.
Lawmakers were evacuated through a tunnel, local media reported.
President William Ruto said the events were “treasonous” and that the government would deploy all resources to stop a repeat.
A day later, Ruto said he would not sign the finance bill and withdrew it.
The protests, organised mainly by young people on social media, began last week.
""")

D("2024-10-09", "elections", "africa", """
Mozambique's ruling Frelimo party, which has governed since independence from Portugal in 1975, was on course for a landslide victory in presidential and parliamentary elections, partial results showed.
Opposition candidate Venancio Mondlane, who was backed by a small party, claimed he had won and called on supporters to protest.
Two of his aides were shot dead in their car in Maputo days later.
Police fired tear gas at demonstrators in the capital, and internet access was restricted.
Observers from the European Union said they had noted irregularities during counting.
""")

D("2024-06-01", "elections", "africa", """
H: ANC loses majority in South Africa for first time since apartheid
JOHANNESBURG, June 1 (Wire) — South Africa's African National Congress lost its parliamentary majority for the first time since the end of apartheid 30 years ago, final results showed on Saturday.
The party won 40.2 percent of the vote, down from 57.5 percent in 2019, forcing it to seek a coalition partner.
The pro-business Democratic Alliance came second with 21.8 percent, while former President Jacob Zuma's new uMkhonto we Sizwe party took 14.6 percent.
President Cyril Ramaphosa said the results showed that voters expected parties to find common ground.
Zuma's party said it would challenge the outcome in court.
""")

D("2023-08-30", "coup", "africa", """
H: Gabon army officers say they have seized power
LIBREVILLE, Aug 30 (Wire) — Army officers in Gabon appeared on national television in the early hours of Wednesday and said they had taken power, shortly after the electoral commission declared President Ali Bongo the winner of a third term.
The officers said they were annulling the election results, dissolving state institutions and closing the country's borders.
Bongo, whose family has ruled the oil-producing country for more than 50 years, was placed under house arrest.
In a video filmed at his residence, he called on “friends all over the world” to “make noise.”
General Brice Oligui Nguema, head of the Republican Guard, was later named transitional leader.
France, the former colonial power, condemned the coup.
""")

D("2022-09-30", "coup", "africa", """
Burkina Faso's military leader Lieutenant Colonel Paul-Henri Damiba was removed from power by army officers on Friday, the country's second coup in eight months.
Captain Ibrahim Traore said in a statement read on state television that a group of officers had decided to remove Damiba because of his inability to deal with a worsening Islamist insurgency.
Gunfire was heard in the capital Ouagadougou in the morning, and the state broadcaster went off air.
Protesters attacked the French embassy, accusing France of sheltering Damiba, which Paris denied.
The African Union called for an immediate return to constitutional order.
""")

D("2021-09-05", "coup", "africa", """
Special forces soldiers in Guinea said on Sunday they had captured President Alpha Conde and dissolved the government, after heavy gunfire was heard near the presidential palace in Conakry.
Lieutenant Colonel Mamady Doumbouya, head of the special forces unit, said in a broadcast that the soldiers had acted because of poverty and endemic corruption.
A video sent to news organisations showed Conde, 83, sitting on a sofa surrounded by soldiers.
ECOWAS and the African Union suspended Guinea from their organisations within days.
Conde had changed the constitution last year to allow himself to run for a third term.
""")

D("2023-02-25", "elections", "africa", """
Nigerians voted on Saturday in a presidential election seen as a three-way race for the first time since the end of military rule in 1999.
The ruling party's candidate Bola Tinubu faced former Vice President Atiku Abubakar and Peter Obi, a former state governor who is popular among young voters.
Voting was delayed at many polling stations and some were attacked by thugs in Lagos, witnesses said.
The electoral commission said results would be uploaded electronically to a central portal, but the system failed in many places.
Nearly 90 million people were registered to vote in Africa's most populous country.
""")

D("2020-10-20", "protest", "africa", """
Soldiers opened fire on protesters at a toll gate in Lagos on Tuesday evening, witnesses said, after two weeks of demonstrations against police brutality in Nigeria.
Amnesty International said at least 12 people had been killed in Lekki and Alausa, a figure the army denied.
The protests were sparked by anger over the conduct of a police unit known as the Special Anti-Robbery Squad, which the government had already disbanded.
Lagos state governor Babajide Sanwo-Olu imposed a 24-hour curfew.
President Muhammadu Buhari called for calm and understanding.
""")

D("2017-11-21", "coup", "africa", """
H: Zimbabwe's Mugabe resigns after 37 years
HARARE, Nov 21 (Wire) — Robert Mugabe resigned as president of Zimbabwe on Tuesday, ending 37 years of rule, the speaker of parliament said, interrupting impeachment proceedings against him.
Lawmakers cheered and celebrations broke out on the streets of Harare.
Mugabe, 93, had refused to step down for a week after the army took over the country and placed him under house arrest.
The ruling ZANU-PF party said his former deputy Emmerson Mnangagwa, whom Mugabe sacked this month, would take over.
“This is the best thing that has happened since independence,” said one resident.
""")

D("2016-12-02", "elections", "africa", """
Gambia's longtime leader Yahya Jammeh conceded defeat on Friday to opposition candidate Adama Barrow, a surprise result in a country he had ruled for 22 years.
Jammeh said on state television that he would not contest the result.
A week later he reversed his position and rejected the results, citing irregularities.
West African troops entered Gambia in January and Jammeh flew into exile in Equatorial Guinea.
""")

D("2022-03-14", "conflict", "africa", """
Somali forces backed by clan militias recaptured several towns from al Shabaab in the central Hiraan region this week, the government said.
The offensive, which began in August, is the biggest against the Islamist group in more than a decade.
President Hassan Sheikh Mohamud said the government would not negotiate with al Shabaab until it was weakened militarily.
The group, which is allied with al Qaeda, still controls large parts of southern and central Somalia.
Al Shabaab fighters killed at least 20 people in an attack on a hotel in Mogadishu in August.
""")

D("2017-10-14", "conflict", "africa", """
A truck bomb exploded at a busy junction in Mogadishu on Saturday, killing more than 300 people in the deadliest attack in Somalia's history.
The blast destroyed hotels, shops and government offices and set fire to dozens of vehicles.
Hospitals were overwhelmed, and doctors appealed for blood donations.
No group claimed responsibility, but officials blamed al Shabaab.
President Mohamed Abdullahi Farmajo declared three days of national mourning.
""")

D("2021-03-24", "conflict", "africa", """
Islamist insurgents attacked the town of Palma in northern Mozambique on Wednesday, killing dozens of people including some foreign workers, near a gas project run by TotalEnergies.
Residents fled into the bush and some were evacuated by boat to the port city of Pemba.
The insurgents, known locally as al-Shabaab but linked to Islamic State, have fought in Cabo Delgado province since 2017.
TotalEnergies declared force majeure on the $20 billion project and withdrew all staff.
Rwanda later sent about 1,000 troops to the region at the request of Mozambique's government.
""")

D("2025-04-13", "conflict", "africa", """
The Rapid Support Forces said on Sunday they had taken control of the Zamzam displacement camp in Sudan's North Darfur, after days of attacks that aid groups said had killed hundreds of people.
The U.N. humanitarian office said up to 400,000 people had fled the camp toward the town of Tawila.
Doctors Without Borders said its teams had treated more than 100 people with gunshot wounds.
The RSF denied killing civilians and said it had opened safe corridors for residents.
The camp had been declared in famine last year.
""")

D("2025-10-27", "conflict", "africa", """
H: RSF says it has captured El Fasher, Sudan army's last Darfur stronghold
KHARTOUM, Oct 27 (Wire) — Sudan's paramilitary Rapid Support Forces said on Sunday they had taken full control of El Fasher, the army's last major stronghold in the western Darfur region, after an 18-month siege.
Army chief Abdel Fattah al-Burhan said his forces had withdrawn to “a safer place” to spare civilians.
The United Nations said it was alarmed by reports of summary executions of fleeing civilians.
Satellite images analysed by researchers showed what they said appeared to be bodies near the city's earthen berm.
An RSF commander said anyone found to have committed abuses would be held accountable.
The fall of the city leaves the RSF in control of all five Darfur state capitals.
""")

D("2017-05-12", "cyber", "global", """
H: WannaCry ransomware hits hospitals and companies worldwide
LONDON, May 12 (Wire) — A global cyber attack using ransomware hit tens of thousands of computers in dozens of countries on Friday, forcing British hospitals to turn away patients and disrupting companies from Spain to Russia.
The malicious software locked users out of their files and demanded payments of $300 in bitcoin to restore access.
Britain's National Health Service said 16 of its organisations had been affected, and some operations were cancelled.
The attack exploited a vulnerability in Microsoft Windows that was reportedly identified by the U.S. National Security Agency.
A young British researcher later found a “kill switch” that slowed the spread of the malware.
Microsoft said it had released a patch for the flaw in March, but many systems had not been updated.
""")

D("2017-06-27", "cyber", "europe", """
A new cyber attack spread from Ukraine to companies around the world on Tuesday, disrupting operations at Danish shipping giant Maersk, Russian oil producer Rosneft and U.S. drugmaker Merck.
Ukrainian government ministries, banks and the Kyiv metro were among the worst hit.
Radiation monitoring at the Chernobyl site was switched to manual after its Windows computers were affected.
Security researchers said the malware, dubbed NotPetya, appeared designed to destroy data rather than to raise money.
Britain and the United States later blamed the Russian military for the attack, which Moscow denied.
""")

D("2021-05-09", "cyber", "north-america", """
H: Cyber attack shuts largest U.S. fuel pipeline
WASHINGTON, May 9 (Wire) — The operator of the largest fuel pipeline in the United States said it was working to restore service after a ransomware attack forced it to shut down its entire network.
Colonial Pipeline carries about 2.5 million barrels a day of gasoline, diesel and jet fuel from Texas to the East Coast.
The FBI said a criminal group known as DarkSide was responsible.
Gas stations in several southeastern states ran dry as drivers rushed to fill up.
The company's chief executive later told Congress he had authorised a ransom payment of $4.4 million because it was not clear how badly systems had been breached.
""")

D("2020-12-13", "cyber", "north-america", """
Hackers believed to be working for a foreign government broke into networks at the U.S. Treasury and Commerce departments and monitored internal email traffic for months, officials said on Sunday.
The intruders gained access by compromising updates to network management software made by Texas-based SolarWinds, which is used by thousands of companies and government agencies.
The Cybersecurity and Infrastructure Security Agency issued an emergency directive ordering federal agencies to disconnect the affected products.
U.S. officials later said the campaign was likely Russian in origin.
Russia's embassy in Washington said Moscow did not conduct offensive operations in cyberspace.
""")

D("2024-07-19", "technology", "global", """
H: Faulty software update causes global IT outage
SYDNEY, July 19 (Wire) — Airlines, banks, broadcasters and hospitals around the world were disrupted on Friday by a global IT outage caused by a faulty software update from cybersecurity firm CrowdStrike.
Computers running Microsoft Windows displayed the so-called “blue screen of death” and could not be restarted.
Thousands of flights were cancelled, and emergency services in several U.S. states reported problems with their 911 lines.
CrowdStrike chief executive George Kurtz said the problem was not a cyber attack and that a fix had been deployed.
Shares of CrowdStrike fell about 11 percent.
Microsoft later estimated that 8.5 million devices had been affected.
""")

D("2023-11-14", "cyber", "east-asia", """
Japan's space agency was hit by a cyber attack this summer but no sensitive information about rockets or satellites was accessed, a government spokesman said on Tuesday.
The attack on the Japan Aerospace Exploration Agency was discovered after a tip from police.
Officials did not say who was responsible.
The agency said it had shut down part of its network to investigate.
Tokyo has been tightening cyber defences under pressure from Washington, which wants better protection of shared military information.
""")

D("2025-09-20", "cyber", "europe", """
H: Cyber attack on check-in provider disrupts flights at European airports
BRUSSELS, Sept 20 (Wire) — A cyber attack on a provider of check-in and boarding systems disrupted flights at several major European airports on Saturday, including London's Heathrow, Brussels and Berlin.
Brussels Airport said the attack had forced it to switch to manual check-in and that passengers should expect long waits.
The affected software is supplied by Collins Aerospace, a unit of U.S. defence group RTX.
The European Commission said there were no indications of a widespread or severe attack.
Britain's National Crime Agency later said a man in his forties had been arrested in connection with the incident.
""")

D("2022-03-10", "cyber", "europe", """
A cyber attack on a satellite network operated by U.S. company Viasat knocked out internet service for tens of thousands of customers across Europe on the day Russia invaded Ukraine, the company said.
The outage also disabled remote monitoring of about 5,800 wind turbines in Germany.
Ukrainian officials said the attack caused a “really huge loss in communications” at the start of the war.
Britain, the European Union and the United States later attributed the attack to Russia's military intelligence.
""")

D("2018-03-17", "technology", "europe", """
Data from tens of millions of Facebook users was harvested without their permission by a British political consulting firm that worked on Donald Trump's 2016 campaign, according to reports published on Saturday.
Cambridge Analytica obtained the data through a personality quiz app created by a researcher, the reports said.
Facebook said it had suspended the firm from its platform while it investigated.
Lawmakers in the United States and Britain called on Facebook chief executive Mark Zuckerberg to testify.
Facebook shares fell nearly 7 percent on Monday, wiping about $37 billion off its market value.
""")

D("2023-11-01", "technology", "europe", """
H: Countries sign declaration on AI safety at British summit
BLETCHLEY PARK, England, Nov 1 (Wire) — Twenty-eight countries including the United States and China signed a declaration on Wednesday agreeing to work together to address the risks posed by frontier artificial intelligence.
The Bletchley Declaration was agreed at the start of a two-day summit hosted by British Prime Minister Rishi Sunak.
The signatories said there was potential for “serious, even catastrophic, harm” from the most capable AI models.
Chinese Vice Minister of Science and Technology Wu Zhaohui said Beijing was ready to strengthen dialogue on AI safety.
South Korea will host the next summit in six months, and France will host one after that.
""")

D("2024-03-13", "technology", "europe", """
The European Parliament approved the world's first comprehensive rules on artificial intelligence on Wednesday, setting obligations for developers and banning some uses of the technology.
The law was backed by 523 lawmakers, with 46 voting against and 49 abstaining.
Under the rules, applications considered high-risk, such as those used in hiring or law enforcement, will face strict requirements.
Some uses of biometric identification by police in public places will be prohibited, with narrow exceptions.
Companies that break the rules could face fines of up to 7 percent of their global turnover.
""")


D("2025-01-27", "markets", "global", """
H: Nvidia shares plunge as Chinese AI model DeepSeek rattles investors
NEW YORK, Jan 27 (Wire) — Shares of Nvidia fell 17 percent on Monday, wiping nearly $600 billion off its market value, after a Chinese start-up said it had built a competitive artificial intelligence model at a fraction of the cost of U.S. rivals.
The loss was the largest single-day drop in market value for any company in U.S. history.
DeepSeek said its model had been trained using fewer and less advanced chips than those used by American companies.
Investors questioned whether big technology companies needed to spend tens of billions of dollars on data centres.
President Donald Trump said the launch should be “a wake-up call” for U.S. industry.
""")

D("2022-11-30", "technology", "north-america", """
Artificial intelligence company OpenAI released a chatbot called ChatGPT on Wednesday that can answer questions, write essays and produce computer code in response to simple prompts.
The San Francisco-based company said the system had been trained to admit its mistakes and to reject inappropriate requests.
More than a million people signed up to use it within five days, chief executive Sam Altman said.
Teachers and academics warned that the tool could be used to cheat on assignments.
""")

D("2025-10-30", "sanctions-trade", "east-asia", """
H: Trump and Xi agree to trade truce at meeting in South Korea
BUSAN, South Korea, Oct 30 (Wire) — U.S. President Donald Trump and Chinese President Xi Jinping agreed on Thursday to a one-year truce in their trade war, with Washington cutting some tariffs and Beijing pausing new curbs on rare earth exports.
Trump told reporters aboard Air Force One that the meeting had been “amazing” and that he would visit China in April.
The United States will reduce tariffs linked to the fentanyl trade from 20 percent to 10 percent, Trump said.
China's Commerce Ministry said Beijing would resume purchases of U.S. soybeans.
The two leaders met for about 100 minutes on the sidelines of the Asia-Pacific Economic Cooperation summit.
Taiwan did not come up in the talks, Trump said.
""")

D("2025-10-09", "sanctions-trade", "east-asia", """
China announced sweeping new controls on exports of rare earth elements and related technology on Thursday, expanding restrictions that have already disrupted global supply chains.
Under the rules, foreign companies will need Chinese approval to export products that contain even small amounts of rare earths mined or processed in China.
China produces about 90 percent of the world's processed rare earths, which are used in cars, wind turbines and military equipment.
The Commerce Ministry said the measures were intended to safeguard national security.
U.S. officials called the move an escalation and threatened additional tariffs.
""")

D("2023-07-03", "sanctions-trade", "east-asia", """
China will restrict exports of gallium and germanium, two metals used in semiconductors and solar panels, from August, the Commerce Ministry said on Monday.
Exporters will need to apply for licences and report details of overseas buyers.
The ministry said the controls were needed to protect national security and interests.
Analysts said the move appeared to be a response to U.S. and Dutch restrictions on sales of chipmaking equipment to China.
China accounts for about 80 percent of the world's gallium production.
""")

D("2020-03-11", "health", "global", """
H: WHO declares coronavirus outbreak a pandemic
GENEVA, March 11 (Wire) — The World Health Organization declared the new coronavirus outbreak a pandemic on Wednesday, saying it was deeply concerned by “alarming levels of spread and severity.”
WHO Director-General Tedros Adhanom Ghebreyesus said the number of cases outside China had increased 13-fold in the past two weeks.
More than 118,000 cases have been reported in 114 countries, and 4,291 people have died.
Tedros said describing the situation as a pandemic did not change the agency's assessment of the threat.
Italy, the worst-hit country in Europe, has closed all shops except pharmacies and food stores.
""")

D("2020-01-23", "health", "east-asia", """
Chinese authorities suspended public transport in Wuhan on Thursday and told residents not to leave the city, in an effort to contain a new virus that has killed 17 people.
Trains and flights out of the city of 11 million people were cancelled.
The World Health Organization said it was too early to declare an international public health emergency.
Cases have also been confirmed in Thailand, Japan, South Korea and the United States.
""")

D("2020-12-08", "health", "europe", """
A 90-year-old grandmother in Northern Ireland became the first person in the world to receive the Pfizer-BioNTech COVID-19 vaccine outside a clinical trial on Tuesday, as Britain began a mass vaccination programme.
Margaret Keenan received the injection at a hospital in Coventry, England.
“I feel so privileged to be the first person vaccinated against COVID-19,” she said.
Health Secretary Matt Hancock said the programme was the beginning of the end of the pandemic, but urged people to remain patient.
About 800,000 doses are expected to be available in the first week.
""")

D("2024-08-14", "health", "africa", """
H: WHO declares mpox a global health emergency for second time
GENEVA, Aug 14 (Wire) — The World Health Organization declared mpox a public health emergency of international concern on Wednesday, after an outbreak in the Democratic Republic of Congo spread to neighbouring countries.
The WHO said a new strain of the virus, known as clade Ib, was spreading quickly through sexual networks and had been detected in Burundi, Kenya, Rwanda and Uganda.
Congo has reported more than 15,000 cases and 537 deaths this year.
Director-General Tedros Adhanom Ghebreyesus said a coordinated international response was essential.
Sweden confirmed its first case of the new strain a day later.
""")

D("2025-01-20", "health", "north-america", """
President Donald Trump signed an executive order on Monday to withdraw the United States from the World Health Organization, accusing the body of mishandling the COVID-19 pandemic.
The order directs officials to stop the transfer of funds and recall U.S. personnel working with the agency.
The United States is the WHO's biggest financial backer, providing about 18 percent of its funding.
A WHO spokesperson said the agency regretted the announcement and hoped Washington would reconsider.
The withdrawal takes effect one year after notice is given.
""")

D("2025-05-20", "health", "global", """
World Health Organization member states adopted an agreement on Tuesday to prepare for and respond to future pandemics, after more than three years of negotiations.
The accord was approved at the World Health Assembly in Geneva without objection, though 11 countries abstained.
It requires drug makers taking part in a new system to provide 20 percent of their vaccines and medicines to the WHO during a pandemic.
The United States did not take part in the final talks.
WHO chief Tedros called it “a victory for public health, science and multilateral action.”
""")

D("2019-08-01", "health", "africa", """
Congo confirmed a fourth case of Ebola in the city of Goma on Thursday, raising fears that the outbreak could spread across the border into Rwanda.
The outbreak, which began a year ago, has killed more than 1,800 people, making it the second-largest Ebola epidemic on record.
Rwanda temporarily closed its border with Congo and then reopened it hours later.
Health workers have been attacked repeatedly by armed groups and by residents who distrust outsiders.
""")

D("2024-10-22", "diplomacy", "global", """
H: BRICS leaders meet in Kazan as Putin seeks to show Russia is not isolated
KAZAN, Russia, Oct 22 (Wire) — Leaders of the BRICS group of emerging economies gathered in the Russian city of Kazan on Tuesday for a summit that President Vladimir Putin hopes will show the West has failed to isolate Moscow.
Chinese President Xi Jinping, Indian Prime Minister Narendra Modi and South African President Cyril Ramaphosa were among the more than 20 leaders attending.
The bloc expanded this year to include Egypt, Ethiopia, Iran and the United Arab Emirates.
Putin told reporters that BRICS was not an anti-Western alliance but a group of countries that shared common values.
U.N. Secretary-General Antonio Guterres is due to attend the final session on Thursday, a decision that drew criticism from Kyiv.
Brazilian President Luiz Inacio Lula da Silva cancelled his trip after an accident at home and joined by video link.
""")

D("2023-08-24", "diplomacy", "global", """
BRICS leaders agreed on Thursday to invite six countries, including Saudi Arabia and Iran, to join the bloc, a move aimed at increasing its influence in a world its members say is dominated by the West.
South African President Cyril Ramaphosa, who hosted the summit in Johannesburg, said the new members would join from Jan. 1.
Argentina, Egypt, Ethiopia and the United Arab Emirates were also invited.
Argentina later declined the invitation after a change of government.
Chinese President Xi Jinping called the expansion “historic” and said it showed the group's determination for unity.
""")

D("2025-09-01", "diplomacy", "east-asia", """
H: Xi hosts Putin and Modi at SCO summit in Tianjin
TIANJIN, China, Sept 1 (Wire) — Chinese President Xi Jinping called on Monday for a new global security and economic order that prioritises the “Global South,” as he hosted more than 20 leaders at a summit of the Shanghai Cooperation Organisation.
Russian President Vladimir Putin and Indian Prime Minister Narendra Modi were seen holding hands and laughing with Xi before the session began.
Xi criticised what he called “bullying behaviour” by some countries, in a veiled reference to the United States.
Modi's visit was his first to China in seven years.
The summit's declaration condemned the Israeli and U.S. strikes on Iran in June.
Putin said the war in Ukraine was caused by Western efforts to bring Kyiv into NATO.
""")

D("2025-09-03", "conflict", "east-asia", """
China staged a huge military parade in Beijing on Wednesday to mark 80 years since the end of World War Two, with President Xi Jinping flanked by Russian President Vladimir Putin and North Korean leader Kim Jong Un.
Intercontinental ballistic missiles, hypersonic weapons and underwater drones were displayed publicly for the first time.
Xi told the crowd of 50,000 in Tiananmen Square that the world faced a choice between peace and war.
It was the first time that the leaders of China, Russia and North Korea had appeared together in public.
U.S. President Donald Trump wrote that the three leaders were conspiring against the United States, a charge the Kremlin dismissed.
""")

D("2023-11-15", "diplomacy", "north-america", """
H: Biden and Xi agree to resume military talks at California meeting
WOODSIDE, California, Nov 15 (Wire) — U.S. President Joe Biden and Chinese President Xi Jinping agreed on Wednesday to resume military-to-military communications and to work together to curb the flow of fentanyl ingredients, in their first meeting in a year.
The two leaders met for about four hours at a country estate south of San Francisco on the sidelines of the APEC summit.
Biden said the talks were “some of the most constructive and productive discussions we've had.”
Xi said the planet was big enough for both countries to succeed.
Hours later, Biden told reporters he still regarded Xi as a dictator, a remark Beijing called “extremely wrong.”
""")

D("2022-08-04", "conflict", "east-asia", """
H: China fires missiles near Taiwan in drills after Pelosi visit
TAIPEI, Aug 4 (Wire) — China fired missiles into waters around Taiwan on Thursday as it began its largest-ever military exercises around the island, a day after U.S. House Speaker Nancy Pelosi ended a visit to Taipei.
Taiwan's defence ministry said 11 Dongfeng ballistic missiles had been fired into waters to the north, south and east of the island.
Japan said five of the missiles had landed in its exclusive economic zone and lodged a diplomatic protest.
The drills, involving live fire, are due to last until Sunday.
Taiwan's cabinet said some flights and shipping routes had been forced to change course.
China's foreign ministry said the United States would pay for harming Chinese sovereignty.
""")

D("2024-01-13", "elections", "east-asia", """
H: Ruling party's Lai wins Taiwan presidential election
TAIPEI, Jan 13 (Wire) — Lai Ching-te of Taiwan's ruling Democratic Progressive Party won the island's presidential election on Saturday, securing an unprecedented third term for the party that Beijing denounces as separatist.
Lai received 40 percent of the vote, ahead of Hou Yu-ih of the Kuomintang with 33 percent.
“We are telling the international community that between democracy and authoritarianism, we will stand on the side of democracy,” Lai told supporters.
The DPP lost its majority in parliament, however, and will have to work with the opposition.
China's Taiwan Affairs Office said the result did not represent mainstream public opinion on the island.
""")

D("2024-12-03", "coup", "east-asia", """
H: South Korean president declares martial law, parliament votes to lift it
SEOUL, Dec 3 (Wire) — South Korean President Yoon Suk Yeol declared martial law in a late-night televised address on Tuesday, accusing the opposition of anti-state activities, but parliament voted to lift the decree within hours.
Troops with rifles entered the National Assembly building, and helicopters landed on its roof, live television images showed.
Lawmakers climbed over fences to reach the chamber, where 190 of them voted unanimously to demand an end to martial law.
Thousands of protesters gathered outside the parliament, chanting “arrest Yoon.”
Shortly before 4:30 a.m., Yoon said he would lift the decree.
The White House said it had not been notified in advance and was watching the situation with grave concern.
""")

D("2025-04-04", "courts", "east-asia", """
South Korea's Constitutional Court upheld the impeachment of President Yoon Suk Yeol on Friday, removing him from office four months after his brief imposition of martial law.
The eight justices ruled unanimously that Yoon had violated his duty by mobilising troops against parliament.
“The respondent's actions were a grave violation of the constitution,” acting Chief Justice Moon Hyung-bae said as he read the ruling.
Supporters of Yoon who had gathered near the court wept and shouted, while his opponents cheered.
A presidential election must be held within 60 days.
Yoon said he was sorry he could not live up to the people's expectations.
""")

D("2025-06-04", "elections", "east-asia", """
Liberal candidate Lee Jae-myung was sworn in as South Korea's president on Wednesday, hours after winning a snap election held to replace the impeached Yoon Suk Yeol.
Lee promised to heal the deep political divisions of recent months and to pursue dialogue with North Korea.
He won 49.4 percent of the vote, ahead of conservative Kim Moon-soo with 41.2 percent.
Lee, a former human rights lawyer, said he would take practical steps to deal with U.S. tariffs.
Turnout was 79.4 percent, the highest in nearly three decades.
""")

D("2022-07-08", "conflict", "east-asia", """
H: Former Japanese PM Shinzo Abe shot dead at campaign event
NARA, Japan, July 8 (Wire) — Former Japanese Prime Minister Shinzo Abe was shot and killed while giving a campaign speech in the western city of Nara on Friday.
Abe, 67, was taken to hospital by helicopter but was pronounced dead several hours later.
Police arrested a 41-year-old man at the scene and seized a homemade gun.
Prime Minister Fumio Kishida said the attack was “barbaric and malicious” and could never be tolerated.
Abe was Japan's longest-serving prime minister, leaving office in 2020 for health reasons.
Leaders around the world expressed shock, and U.S. President Joe Biden said he was “stunned, outraged, and deeply saddened.”
""")

D("2025-10-21", "elections", "east-asia", """
H: Sanae Takaichi becomes Japan's first female prime minister
TOKYO, Oct 21 (Wire) — Sanae Takaichi was elected Japan's first female prime minister by parliament on Tuesday, after her Liberal Democratic Party agreed a coalition with a right-leaning opposition party.
Takaichi, 64, a hardline conservative, won 237 votes in the lower house, four more than needed.
The LDP's long-time partner Komeito had left the coalition this month over a funding scandal.
Takaichi has promised to increase defence spending and to take a tough stance on immigration.
The yen fell and Tokyo stocks hit record highs as investors bet on more fiscal stimulus.
""")

D("2023-08-24", "energy", "east-asia", """
Japan began releasing treated radioactive water from the wrecked Fukushima nuclear power plant into the Pacific Ocean on Thursday, drawing protests at home and abroad.
Tokyo Electric Power said the water had been diluted and treated to remove most radioactive elements, except tritium.
The IAEA has approved the plan, saying the impact on people and the environment would be negligible.
China immediately banned all seafood imports from Japan, accusing it of treating the ocean as a “sewer.”
Fishermen in Fukushima said they feared the release would damage their livelihoods.
""")

D("2016-05-27", "diplomacy", "east-asia", """
U.S. President Barack Obama laid a wreath at the Hiroshima memorial on Friday, becoming the first sitting American president to visit the city devastated by a U.S. atomic bomb in 1945.
Obama did not apologise for the bombing but said the memory of the morning of Aug. 6, 1945, must never fade.
He embraced a survivor in the crowd as Japanese Prime Minister Shinzo Abe looked on.
Obama called for a world without nuclear weapons, although he acknowledged it might not be realised in his lifetime.
""")

D("2015-09-03", "diplomacy", "east-asia", """
China held a massive military parade in Beijing on Thursday to mark the 70th anniversary of the end of World War Two, and President Xi Jinping announced a cut of 300,000 troops.
Xi said China would never seek hegemony or expansion.
Russian President Vladimir Putin and South Korean President Park Geun-hye were among the guests in the reviewing stand.
Most Western leaders stayed away from the event.
""")

D("2017-03-10", "courts", "east-asia", """
H: South Korea court removes President Park from office
SEOUL, March 10 (Wire) — South Korea's Constitutional Court upheld parliament's impeachment of President Park Geun-hye on Friday over a corruption scandal, removing her from office.
All eight judges backed the decision.
Park, the country's first female president, loses immunity from prosecution and could face criminal charges.
Two people died in clashes between police and her supporters outside the court.
An election will be held within 60 days.
Park did not appear at the court and stayed in the presidential Blue House.
""")

D("2018-03-11", "courts", "east-asia", """
China's parliament voted on Sunday to abolish presidential term limits, paving the way for President Xi Jinping to stay in office indefinitely.
The National People's Congress approved the constitutional amendment by 2,958 votes to two, with three abstentions.
The change was announced only two weeks before the vote and was not debated in public.
Critics said it would return China to one-man rule.
State media said the amendment was needed to protect the authority of the Communist Party.
""")

D("2020-06-30", "courts", "east-asia", """
H: China passes national security law for Hong Kong
HONG KONG, June 30 (Wire) — China's parliament passed a national security law for Hong Kong on Tuesday, setting the stage for the most radical changes to the former British colony's way of life since it returned to Chinese rule in 1997.
The law punishes crimes of secession, subversion, terrorism and collusion with foreign forces with up to life in prison.
Its full text was not published until it took effect at 11 p.m. local time.
Pro-democracy activist Joshua Wong said his group Demosisto would disband.
Britain said the law was a clear breach of the 1984 Sino-British Joint Declaration.
Hong Kong leader Carrie Lam said the law would not undermine the city's autonomy.
""")

D("2024-03-19", "courts", "east-asia", """
Hong Kong lawmakers unanimously passed a new national security law on Tuesday, which adds offences such as treason, insurrection and theft of state secrets.
The legislation, known as Article 23, was approved after being fast-tracked through the legislature in less than two weeks.
City leader John Lee said it would allow Hong Kong to “effectively prevent, suppress and punish” espionage and other threats.
The United States and Britain criticised the law, saying it could be used to silence dissent.
Some offences carry penalties of up to life imprisonment.
""")

D("2019-03-14", "diplomacy", "central-asia", """
H: Kazakh and Uzbek leaders sign water-sharing accord
ASTANA, March 14 (Wire) — The presidents of Kazakhstan and Uzbekistan signed an agreement on Thursday on sharing water from the Syr Darya river, which officials in both capitals described as a breakthrough after years of disputes.
Under the accord, a joint commission will set seasonal quotas and publish flow data every month.
“For too long our farmers have been hostages to the weather and to mistrust,” the Uzbek foreign minister told a news conference.
Kyrgyzstan and Tajikistan, which control the river's upper reaches, were invited to join the commission but have not yet done so.
Diplomats said the next round of talks would be held in Tashkent in the autumn.
""")

D("2022-09-16", "conflict", "central-asia", """
Kyrgyzstan and Tajikistan accused each other on Friday of breaking a ceasefire that had been agreed only hours earlier, as fighting along their disputed border spread to more villages.
Kyrgyz officials said Tajik forces had shelled an airport and several settlements in the Batken region.
Tajikistan's border service said Kyrgyz troops had used tanks and mortars against Tajik outposts.
At least 24 people were killed, according to figures released by the two sides.
Russian President Vladimir Putin, who was meeting both leaders at a summit in Samarkand, called on them to prevent further escalation.
""")

D("2025-03-13", "diplomacy", "central-asia", """
Kyrgyzstan and Tajikistan signed a treaty on Thursday resolving their long-running border dispute, ending decades of tension that had led to deadly clashes.
Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed the document in Bishkek.
The treaty defines the full length of the 980-km frontier, about a third of which had been contested.
“Today we have put a final point in a very long story,” Japarov said.
Residents of border villages will be allowed to use shared roads and water sources under a separate protocol.
""")

D("2022-01-06", "protest", "central-asia", """
H: Russian-led troops arrive in Kazakhstan as unrest spreads
ALMATY, Jan 6 (Wire) — Russian paratroopers arrived in Kazakhstan on Thursday as part of a regional force sent to help quell an uprising that began as a protest against a rise in fuel prices.
Dozens of protesters and 18 members of the security forces were killed in clashes in the country's largest city, Almaty, officials said.
Protesters set fire to the mayor's office and briefly seized the airport.
President Kassym-Jomart Tokayev described the demonstrators as “terrorists” trained abroad.
The Collective Security Treaty Organization, a Moscow-led alliance of former Soviet states, said the mission would be temporary.
The government had reversed the fuel price increase earlier in the week, but the protests continued.
""")

D("2018-09-04", "protest", "oceania", """
The Pacific Islands Forum opened in the tiny nation of Nauru on Tuesday amid a row over the host government's refusal to grant a visa to a journalist from the public broadcaster of New Zealand.
Nauru's president said foreign media had been biased in their coverage of Australia's offshore detention centre on the island.
New Zealand Prime Minister Jacinda Ardern said she would raise the issue of press freedom with her Nauruan counterpart.
Leaders are expected to discuss climate change, regional security and fisheries during the three-day meeting.
""")

D("2019-03-15", "conflict", "oceania", """
H: Gunman kills 49 at two New Zealand mosques
CHRISTCHURCH, New Zealand, March 15 (Wire) — A gunman opened fire on worshippers at two mosques in the New Zealand city of Christchurch during Friday prayers, killing 49 people in the country's worst mass shooting.
Police said a man in his late twenties had been charged with murder and would appear in court on Saturday.
The attacker broadcast part of the shooting live on Facebook.
Prime Minister Jacinda Ardern said it was one of New Zealand's darkest days and promised to change the country's gun laws.
“They are us,” she said of the victims, many of whom were migrants or refugees.
""")

D("2022-04-19", "diplomacy", "oceania", """
China and the Solomon Islands have signed a security agreement, Beijing's foreign ministry said on Tuesday, a deal that has alarmed the United States and Australia.
The ministry said the pact covered maintaining social order, disaster response and humanitarian assistance.
A draft leaked last month suggested Chinese warships could make stopovers in the Pacific island nation.
Solomon Islands Prime Minister Manasseh Sogavare told parliament that the agreement would not allow China to build a military base.
A senior U.S. delegation led by White House Indo-Pacific coordinator Kurt Campbell is due in the capital Honiara this week.
Australian officials said they were deeply disappointed and had not been consulted.
""")

D("2023-03-13", "diplomacy", "oceania", """
H: Australia to buy U.S. nuclear submarines under AUKUS pact
SAN DIEGO, March 13 (Wire) — Australia will buy up to five U.S. nuclear-powered submarines and then build a new class of vessels with Britain, the leaders of the three countries said on Monday.
U.S. President Joe Biden, British Prime Minister Rishi Sunak and Australian Prime Minister Anthony Albanese announced the plan at a naval base in San Diego.
The programme could cost Australia as much as A$368 billion ($245 billion) over three decades.
Albanese called it the biggest single investment in Australia's defence capability in its history.
China's foreign ministry said the three countries had gone “further and further down the path of error and danger.”
Biden stressed that the submarines would be nuclear-powered, “not nuclear-armed.”
""")

D("2023-10-14", "elections", "oceania", """
Australians voted decisively on Saturday against a proposal to recognise Indigenous people in the constitution through an advisory body to parliament, known as the Voice.
All six states rejected the proposal, with the national “no” vote at about 60 percent.
Prime Minister Anthony Albanese said he respected the outcome and that it was now time for unity.
Indigenous leaders who campaigned for the change called for a week of silence to grieve.
Opposition leader Peter Dutton, who campaigned against it, said the proposal was divisive.
""")

D("2024-05-16", "protest", "oceania", """
France sent police reinforcements to New Caledonia on Thursday after three nights of rioting in the Pacific territory, which left at least four people dead and hundreds injured.
The unrest was triggered by a constitutional reform in Paris that would allow French residents who have lived in the territory for 10 years to vote in provincial elections.
Indigenous Kanak leaders say the change will dilute their vote.
The French government declared a state of emergency and banned the social media platform TikTok in the territory.
Azerbaijan denied accusations from Paris that it was encouraging the pro-independence movement.
""")

D("2021-11-26", "protest", "oceania", """
Australia said it would send police and troops to the Solomon Islands on Thursday after protesters defied a lockdown and set fire to buildings in the capital Honiara for a second day.
Protesters, many from the island of Malaita, demanded the resignation of Prime Minister Manasseh Sogavare.
The Chinatown district was badly damaged as shops were looted.
Sogavare said the riots were instigated by a small group and that he would not step down.
Many Malaitans had opposed his government's decision in 2019 to switch diplomatic recognition from Taiwan to China.
""")

D("2020-10-17", "elections", "oceania", """
New Zealand Prime Minister Jacinda Ardern won a landslide victory in Saturday's general election, securing a second term after a campaign dominated by her handling of the coronavirus.
Ardern's Labour Party won 49 percent of the vote, enough to govern alone, the first time any party has done so since the country adopted proportional representation in 1996.
The opposition National Party won 27 percent, its worst result in nearly two decades.
“New Zealand has shown the Labour Party its greatest support in at least 50 years,” Ardern told supporters in Auckland.
""")

D("2025-08-06", "diplomacy", "oceania", """
Papua New Guinea and Australia agreed on Wednesday to negotiate a mutual defence treaty, under which each would come to the other's aid if attacked, the two prime ministers said.
Papua New Guinea Prime Minister James Marape said the treaty would be signed next month to coincide with 50 years of independence from Australia.
Australian Prime Minister Anthony Albanese said the pact would build on decades of close cooperation.
The announcement comes as China seeks greater influence among Pacific island nations.
Marape said his country would continue to trade with China and that the treaty was not aimed at any third country.
""")

D("2016-10-04", "diplomacy", "southeast-asia", """
H: Duterte says Philippines may review defence pact with U.S.
DAVAO, Philippines, Oct 4 (Wire) — Philippine President Rodrigo Duterte said on Tuesday he might “break up” with the United States and could review a defence pact that allows U.S. troops to rotate through the country.
Duterte, angered by U.S. criticism of his drugs war, said Washington had failed the Philippines and he would turn to Russia and China for weapons.
“If you don't want to sell arms, I'll go to Russia,” he said in a speech.
The State Department said it had not received any request from Manila to alter the alliance.
Philippine Defence Secretary Delfin Lorenzana said joint exercises would go ahead this month as planned.
""")

D("2024-06-17", "conflict", "southeast-asia", """
Chinese coast guard personnel armed with knives and axes boarded Philippine navy boats on a resupply mission near the Second Thomas Shoal on Monday, the Philippine military said.
A Filipino sailor lost a thumb in the confrontation, and the Chinese seized eight rifles, according to the military.
China's coast guard said it had taken “control measures” against vessels that had illegally intruded into Chinese waters.
The Philippine armed forces chief demanded that China return the rifles and pay for the damage.
The U.S. State Department condemned what it called China's escalatory and irresponsible actions.
Manila keeps a small contingent of marines aboard a rusting warship that was deliberately grounded on the shoal in 1999.
""")

D("2023-09-07", "diplomacy", "southeast-asia", """
ASEAN leaders ended a summit in Jakarta on Thursday without a breakthrough on Myanmar, whose military rulers have ignored the bloc's five-point peace plan.
The leaders decided that the Philippines would replace Myanmar as ASEAN chair in 2026.
Indonesian President Joko Widodo said ASEAN must not be a proxy for any power and urged members to stay united.
Chinese Premier Li Qiang and U.S. Vice President Kamala Harris attended related meetings.
Myanmar's junta has been barred from sending political representatives to ASEAN summits since 2021.
""")

D("2025-07-26", "conflict", "southeast-asia", """
H: Thailand and Cambodia clash along border for third day
BANGKOK, July 26 (Wire) — Fighting between Thai and Cambodian troops continued for a third day on Saturday, with the death toll rising to at least 33 and more than 160,000 people evacuated from border areas.
Thailand's army said Cambodian forces had fired rockets into civilian areas, while Cambodia accused Thailand of using cluster munitions.
Each side blamed the other for starting the clashes on Thursday near ancient temples in a disputed area.
Thailand's acting Prime Minister Phumtham Wechayachai said the country was open to talks but would not accept third-party mediation.
U.S. President Donald Trump said he had spoken to the leaders of both countries and warned that trade talks would not go ahead while fighting continued.
Malaysian Prime Minister Anwar Ibrahim, the ASEAN chair, offered to host talks.
""")

D("2025-07-28", "diplomacy", "southeast-asia", """
Thailand and Cambodia agreed to an unconditional ceasefire on Monday, after talks in Malaysia brokered by Prime Minister Anwar Ibrahim.
The truce took effect at midnight.
Cambodian Prime Minister Hun Manet said he hoped the agreement would restore normal relations.
Thai acting Prime Minister Phumtham Wechayachai said Thailand would hold Cambodia to its word.
Military commanders from the two countries are due to meet on Tuesday to discuss the withdrawal of troops.
""")

D("2018-05-10", "elections", "southeast-asia", """
H: Mahathir returns as Malaysian PM in shock election win
KUALA LUMPUR, May 10 (Wire) — Mahathir Mohamad, 92, was sworn in as Malaysia's prime minister on Thursday after his opposition alliance defeated the coalition that had ruled the country since independence in 1957.
Mahathir, who first served as prime minister from 1981 to 2003, led the opposition after falling out with outgoing leader Najib Razak over a scandal at state fund 1MDB.
Najib said he accepted the verdict of the people.
Mahathir said he would seek a royal pardon for jailed opposition figure Anwar Ibrahim, who is expected to succeed him.
The ringgit fell and stocks were volatile when markets reopened.
""")

D("2020-07-28", "courts", "southeast-asia", """
A Malaysian court found former Prime Minister Najib Razak guilty on Tuesday of all seven charges against him in the first of several trials linked to the multibillion-dollar scandal at state fund 1MDB.
Najib was sentenced to 12 years in prison and fined 210 million ringgit ($49 million).
Judge Mohd Nazlan Mohd Ghazali said the prosecution had proven its case beyond reasonable doubt.
Najib, who has pleaded not guilty, said he would appeal.
U.S. prosecutors say $4.5 billion was stolen from the fund.
""")

D("2021-04-14", "diplomacy", "europe", """
H: Can the Vienna talks revive the Iran deal?
Diplomats from Iran and the remaining parties to the 2015 nuclear deal will resume talks in Vienna on Thursday, but few expect a quick breakthrough.
Will Washington lift sanctions before Tehran returns to full compliance, or the other way round?
That question has stalled the process since President Joe Biden took office in January.
Iran said this week it would begin enriching uranium to 60 percent purity, a step it described as a response to an attack on its Natanz site.
“If the Americans want a deal, they know what they have to do,” an Iranian negotiator told reporters in the Austrian capital.
A senior European diplomat said the window for a deal was “not closed, but it is closing.”
""")

D("2023-06-06", "conflict", "europe", """
H: Kakhovka dam destroyed, flooding villages along Dnipro
KHERSON, Ukraine, June 6 (Wire) — The Kakhovka dam on the Dnipro River in Russian-occupied southern Ukraine was breached on Tuesday, unleashing floodwaters across the war zone and forcing thousands of people to flee.
Ukraine accused Russian forces of blowing up the dam from inside, while Moscow said it had been destroyed by Ukrainian shelling.
Neither account could be independently verified.
Dozens of villages downstream were submerged, and authorities in Kherson began evacuating residents by bus and boat.
The U.N. nuclear watchdog said there was no immediate risk to the Zaporizhzhia nuclear plant, which draws cooling water from the reservoir.
“This is an environmental bomb of mass destruction,” President Volodymyr Zelensky said.
""")

D("2022-09-01", "nuclear", "europe", """
International Atomic Energy Agency inspectors reached the Zaporizhzhia nuclear power plant in southern Ukraine on Thursday after crossing the front line under shelling.
IAEA Director General Rafael Grossi, who led the team, said the physical integrity of the plant had been violated several times.
Grossi said some inspectors would stay at the site, which is held by Russian troops but run by Ukrainian staff.
Russia and Ukraine have blamed each other for shelling near Europe's largest nuclear power station.
One of the plant's reactors was shut down earlier in the day after mortar fire, the Ukrainian operator said.
""")

D("2022-07-22", "diplomacy", "europe", """
H: Russia and Ukraine sign deal to reopen Black Sea grain exports
ISTANBUL, July 22 (Wire) — Russia and Ukraine signed a deal on Friday to reopen Ukraine's Black Sea ports for grain exports, raising hopes that a global food crisis worsened by the war could be eased.
The agreement was brokered by Turkey and the United Nations and signed at a ceremony in Istanbul's Dolmabahce Palace.
Ukrainian and Russian delegations signed separate documents with Turkey and the U.N. rather than with each other.
U.N. Secretary-General Antonio Guterres called the agreement “a beacon of hope.”
A joint coordination centre in Istanbul will inspect ships for weapons.
Less than 24 hours later, Russian missiles struck the port of Odesa, Ukrainian officials said.
""")

D("2023-07-17", "diplomacy", "europe", """
Russia said on Monday it was suspending its participation in the Black Sea grain deal, hours after an attack on the bridge linking Crimea to the Russian mainland.
Kremlin spokesman Dmitry Peskov said the two events were not connected.
Moscow has complained that its own exports of food and fertiliser have faced obstacles despite a parallel agreement.
Turkish President Tayyip Erdogan said he believed Putin wanted the deal to continue.
Wheat futures rose about 3 percent in Chicago.
""")

D("2022-11-15", "conflict", "europe", """
A missile landed in a Polish village near the border with Ukraine on Tuesday, killing two people, Polish officials said.
The Polish foreign ministry initially said the missile was Russian-made.
U.S. President Joe Biden, attending the G20 summit in Bali, said preliminary information suggested it was unlikely to have been fired from Russia.
NATO Secretary General Jens Stoltenberg later said the blast was probably caused by a Ukrainian air defence missile, but that Russia bore ultimate responsibility for the war.
Poland did not invoke Article 4 of the NATO treaty, which provides for consultations among allies.
""")

D("2025-09-10", "conflict", "europe", """
H: Poland shoots down Russian drones that entered its airspace
WARSAW, Sept 10 (Wire) — Poland shot down drones that violated its airspace during a Russian attack on western Ukraine overnight, the first time a NATO member has fired on Russian assets since the war began.
Prime Minister Donald Tusk said 19 incursions had been recorded and that Poland had invoked Article 4 of the NATO treaty.
Dutch F-35 jets and Italian surveillance aircraft helped in the operation, according to the Polish military.
Warsaw's Chopin airport was temporarily closed.
Russia's defence ministry said it had not intended to hit targets in Poland.
Tusk told parliament the situation was the closest Poland had been to open conflict since World War Two.
""")

D("2023-04-04", "diplomacy", "europe", """
H: Finland joins NATO, doubling alliance's border with Russia
BRUSSELS, April 4 (Wire) — Finland became the 31st member of NATO on Tuesday, doubling the length of the alliance's border with Russia.
The Finnish flag was raised outside NATO headquarters in Brussels as foreign ministers looked on.
“Finland's era of military non-alignment has come to an end,” President Sauli Niinisto said.
The Kremlin said it would take countermeasures to ensure its own security.
Sweden, which applied together with Finland, is still waiting for approval from Turkey and Hungary.
""")

D("2024-03-07", "diplomacy", "europe", """
Sweden formally joined NATO on Thursday, ending two centuries of post-Napoleonic neutrality, after Hungary became the last member to ratify its bid.
Prime Minister Ulf Kristersson handed over the accession documents at the State Department in Washington.
U.S. Secretary of State Antony Blinken said good things come to those who wait.
Hungarian lawmakers had approved the application on Feb. 26 after more than a year and a half of delays.
""")

D("2025-06-25", "diplomacy", "europe", """
H: NATO allies agree to raise defence spending to 5 percent of GDP
THE HAGUE, June 25 (Wire) — NATO leaders agreed on Wednesday to raise their defence spending target to 5 percent of gross domestic product by 2035, bowing to pressure from U.S. President Donald Trump.
The target includes 3.5 percent for core defence and 1.5 percent for broader security-related items such as cyber defence and infrastructure.
Spain said it would not meet the target and would need only 2.1 percent to fulfil its commitments.
Trump called the agreement “a big win for Western civilisation” and threatened to make Spain pay twice as much in trade talks.
Secretary General Mark Rutte said the alliance was “stronger, fairer and more lethal.”
The summit's final statement was just five paragraphs long.
""")

D("2019-12-03", "diplomacy", "europe", """
NATO leaders gathered near London on Tuesday for a meeting marking the alliance's 70th anniversary, amid disputes over spending, Turkey and French President Emmanuel Macron's remark that NATO was experiencing “brain death.”
U.S. President Donald Trump called the comment “very, very nasty” and said nobody needed NATO more than France.
Turkish President Tayyip Erdogan threatened to block a defence plan for the Baltic states unless allies recognised Kurdish militants as terrorists.
A video later emerged showing Canadian Prime Minister Justin Trudeau and other leaders apparently joking about Trump at a reception.
Trump cancelled a planned news conference and left early.
""")

D("2018-07-16", "diplomacy", "europe", """
H: Trump sides with Putin on election meddling at Helsinki summit
HELSINKI, July 16 (Wire) — U.S. President Donald Trump said on Monday he saw no reason to believe Russia had interfered in the 2016 U.S. election, contradicting the findings of his own intelligence agencies, at a news conference with Russian President Vladimir Putin.
The two leaders met for more than two hours, with only interpreters present, before being joined by aides for lunch.
Putin said he had wanted Trump to win because he spoke of normalising relations.
Senior Republicans in Congress criticised Trump's remarks, with one senator calling the performance “disgraceful.”
Trump later said he had misspoken and meant to say he saw no reason why it “wouldn't” be Russia.
""")

D("2025-08-15", "diplomacy", "north-america", """
H: Trump and Putin meet in Alaska but reach no ceasefire deal
ANCHORAGE, Alaska, Aug 15 (Wire) — U.S. President Donald Trump and Russian President Vladimir Putin held nearly three hours of talks at a military base in Alaska on Friday but did not announce an agreement to end the war in Ukraine.
“There's no deal until there's a deal,” Trump told reporters after the meeting.
Putin said the two sides had reached an “understanding” and suggested the next meeting could take place in Moscow.
Neither leader took questions at the brief joint appearance.
Ukrainian President Volodymyr Zelensky, who was not invited, said any decision taken without Ukraine would be a decision against peace.
Trump said he would call Zelensky and European leaders to brief them.
""")

D("2025-02-28", "diplomacy", "north-america", """
H: Trump and Zelensky clash in Oval Office, minerals deal unsigned
WASHINGTON, Feb 28 (Wire) — A meeting between U.S. President Donald Trump and Ukrainian President Volodymyr Zelensky at the White House collapsed into a shouting match on Friday, and a planned agreement on Ukraine's mineral resources was not signed.
Trump accused Zelensky of “gambling with World War Three” and of being ungrateful for American support.
Vice President JD Vance said it was disrespectful for Zelensky to argue in front of the American media.
Zelensky left the White House shortly afterwards, and a joint news conference was cancelled.
European leaders rallied behind Zelensky in statements posted within hours.
Zelensky later told a broadcaster that relations could be salvaged but that he did not think he owed an apology.
""")

D("2025-04-30", "diplomacy", "europe", """
The United States and Ukraine signed an agreement on Wednesday to jointly develop Ukraine's mineral resources, after weeks of sometimes fraught negotiations.
The deal establishes a reconstruction investment fund into which Ukraine will pay 50 percent of future royalties from new licences for natural resources.
U.S. Treasury Secretary Scott Bessent said the agreement signalled to Russia that Washington was committed to a free and sovereign Ukraine.
Ukrainian Economy Minister Yulia Svyrydenko said ownership of the resources would remain with Ukraine.
The agreement does not include explicit security guarantees, which Kyiv had sought.
""")

D("2025-05-16", "diplomacy", "europe", """
H: First direct Russia-Ukraine talks in three years end after two hours
ISTANBUL, May 16 (Wire) — Russian and Ukrainian delegations held their first direct peace talks in more than three years in Istanbul on Friday, but the meeting ended after less than two hours with no ceasefire.
The two sides agreed to exchange 1,000 prisoners of war each, the head of Ukraine's delegation said.
Ukraine said Russia had made “unacceptable” demands, including that Kyiv withdraw troops from territory it still controls.
The head of the Russian delegation, presidential aide Vladimir Medinsky, said Moscow was satisfied with the result.
Putin had declined Zelensky's challenge to meet him in person in Turkey.
""")

D("2024-08-06", "conflict", "europe", """
Ukrainian troops crossed into Russia's Kursk region on Tuesday in the biggest cross-border incursion since the start of the war, Russian officials said.
Russia's defence ministry said about 1,000 Ukrainian soldiers backed by tanks and armoured vehicles were involved.
Kyiv did not comment on the operation for several days.
Russian President Vladimir Putin called the attack “a large-scale provocation” and accused Ukraine of shelling civilian buildings.
Thousands of residents were evacuated from border districts.
""")

D("2025-06-01", "conflict", "europe", """
H: Ukraine says drones struck bombers deep inside Russia
KYIV, June 1 (Wire) — Ukraine said it had used drones smuggled into Russia on trucks to attack four air bases on Sunday, damaging or destroying more than 40 aircraft, including strategic bombers.
The Security Service of Ukraine said the operation, which it called “Spiderweb,” had taken more than 18 months to prepare.
One of the targeted airfields was in Siberia's Irkutsk region, more than 4,000 km from Ukraine.
Russia's defence ministry said several aircraft had caught fire and that some of those involved had been detained.
President Volodymyr Zelensky said the attack was “an absolutely brilliant result.”
The strikes came a day before peace talks were due to resume in Istanbul.
""")

D("2015-09-02", "migration", "europe", """
The body of a three-year-old Syrian boy washed up on a Turkish beach on Wednesday, and a photograph of him lying face down in the sand became a symbol of the refugee crisis gripping Europe.
The boy, Alan Kurdi, drowned with his brother and mother when their boat capsized on the way to the Greek island of Kos.
His father survived.
The image was shared widely on social media and printed on the front pages of newspapers across Europe.
British Prime Minister David Cameron said he was deeply moved and that Britain would fulfil its moral responsibilities.
""")

D("2015-09-05", "migration", "europe", """
H: Thousands of migrants arrive in Austria and Germany after Hungary opens way
VIENNA, Sept 5 (Wire) — Thousands of exhausted migrants arrived in Austria on Saturday after Hungary sent buses to take them to the border, ending a standoff at Budapest's main railway station.
Austria and Germany had agreed to let them in, in what Vienna described as an exceptional situation.
Many of the migrants, who had walked for hours along a motorway, then boarded trains for Munich.
German Chancellor Angela Merkel has said Germany expects to receive 800,000 asylum seekers this year.
Hungarian Prime Minister Viktor Orban said the influx threatened Europe's Christian roots.
Volunteers at Munich's railway station handed out food, water and toys.
""")

D("2016-03-18", "migration", "europe", """
The European Union and Turkey agreed a deal on Friday to send back migrants arriving on Greek islands, in exchange for money and political concessions for Ankara.
Under the agreement, all new irregular migrants crossing from Turkey to Greece from Sunday will be returned.
For every Syrian returned, the EU will resettle another Syrian from Turkey.
The EU will speed up the payment of 3 billion euros in aid for refugees in Turkey and consider a further 3 billion euros by 2018.
Rights groups said the deal was of dubious legality.
""")

D("2018-06-17", "migration", "europe", """
A rescue ship carrying 630 migrants docked in the Spanish port of Valencia on Sunday, a week after Italy and Malta refused to let it land.
Spain's new Socialist government offered to take in the Aquarius, which is operated by charities, citing humanitarian concerns.
Italian Interior Minister Matteo Salvini said the move showed Italy's tougher line was working.
The migrants, who included 123 unaccompanied minors, were given medical checks on arrival.
""")

D("2023-06-14", "migration", "europe", """
H: Hundreds feared dead after migrant boat sinks off Greece
KALAMATA, Greece, June 14 (Wire) — A fishing boat packed with migrants capsized and sank off southern Greece on Wednesday, killing at least 78 people, in one of the deadliest shipwrecks in the Mediterranean in years.
The coast guard said 104 people had been rescued, but survivors said up to 750 people had been on board.
The boat had set off from Tobruk in eastern Libya and was heading for Italy.
Greek authorities said the passengers had refused offers of help, a claim that survivors and rights groups disputed.
Many of the missing were from Pakistan, Syria and Egypt.
""")

D("2024-04-10", "migration", "europe", """
The European Parliament approved a sweeping overhaul of the EU's migration and asylum rules on Wednesday, after nearly a decade of disputes between member states.
The pact will speed up checks at the bloc's external borders and require all member states to share responsibility for asylum seekers.
Countries that refuse to take in asylum seekers will have to pay 20,000 euros per person into a common fund.
Protesters in the public gallery shouted “This pact kills” as lawmakers voted.
Hungary and Poland said they would not implement the rules.
""")

D("2022-06-14", "migration", "europe", """
The first flight set to deport asylum seekers from Britain to Rwanda was cancelled minutes before take-off on Tuesday after an intervention by the European Court of Human Rights.
The Strasbourg court granted an urgent injunction to an Iraqi man who was due to be on the plane.
Home Secretary Priti Patel said she was disappointed but would not be deterred.
The government says the policy will break the business model of people smugglers who take migrants across the English Channel in small boats.
""")

D("2023-11-15", "courts", "europe", """
H: UK Supreme Court rules Rwanda deportation plan unlawful
LONDON, Nov 15 (Wire) — Britain's Supreme Court ruled on Wednesday that the government's plan to send asylum seekers to Rwanda was unlawful, dealing a blow to Prime Minister Rishi Sunak's pledge to stop small boats crossing the Channel.
The five judges unanimously agreed with a lower court that there was a real risk that genuine refugees would be returned to their home countries.
Sunak said he was preparing emergency legislation to declare Rwanda a safe country.
Rights groups said the ruling was a victory for the rule of law.
The Rwandan government said it took issue with the ruling that it was not a safe third country.
""")

D("2021-11-08", "migration", "europe", """
Poland sent extra troops to its border with Belarus on Monday as hundreds of migrants gathered on the Belarusian side and tried to break through a razor-wire fence.
Polish officials accused Belarus of orchestrating the crisis in retaliation for EU sanctions.
Video footage showed people using wire cutters and logs to try to cross.
The European Union said Belarus was using migrants as pawns in a hybrid attack.
Belarus denied the accusations and blamed the West for the crisis.
""")

D("2025-01-23", "migration", "north-america", """
U.S. immigration authorities arrested 538 people and deported hundreds more in the first days of President Donald Trump's second term, the White House said on Thursday.
Press secretary Karoline Leavitt called the operation “the largest deportation operation in history.”
Military aircraft were used to carry migrants to Guatemala.
Trump has signed orders declaring a national emergency at the southern border and suspending the refugee resettlement programme.
Mexico said it would receive deported Mexicans but had not agreed to take nationals of other countries.
""")

D("2025-01-26", "diplomacy", "latin-america", """
H: Colombia backs down after Trump threatens tariffs over deportation flights
BOGOTA, Jan 26 (Wire) — Colombia agreed on Sunday to accept military flights carrying deported migrants from the United States, the White House said, hours after President Donald Trump announced tariffs and sanctions against the country.
Colombian President Gustavo Petro had turned back two U.S. military planes earlier in the day, saying migrants should be treated with dignity.
Trump ordered 25 percent tariffs on all Colombian goods, rising to 50 percent within a week, and visa restrictions on government officials.
The White House said the tariffs would be held in reserve as long as Colombia kept its word.
Colombia's foreign minister said the country had “overcome the impasse.”
""")

D("2019-06-07", "migration", "latin-america", """
Mexico agreed on Friday to take strong measures to stem the flow of migrants to the United States, including deploying its new National Guard across the country, after President Donald Trump threatened to impose tariffs on Mexican goods.
Trump announced on Twitter that the tariffs, which were due to take effect on Monday, had been indefinitely suspended.
Mexican Foreign Minister Marcelo Ebrard said the deal was a fair balance.
Under the agreement, asylum seekers crossing the U.S. border will be returned to Mexico to wait while their claims are processed.
""")

D("2018-10-21", "migration", "latin-america", """
Thousands of Central American migrants resumed their march toward the United States on Sunday after crossing into Mexico, defying threats from President Donald Trump.
Many of the migrants, mostly from Honduras, had waded across the Suchiate River on rafts after Mexican police blocked a bridge.
Trump said he would cut aid to Honduras, Guatemala and El Salvador for failing to stop the caravan.
The migrants said they were fleeing poverty and gang violence.
""")

D("2017-08-28", "migration", "southeast-asia", """
H: Rohingya flee to Bangladesh after insurgent attacks spark Myanmar crackdown
COX'S BAZAR, Bangladesh, Aug 28 (Wire) — Thousands of Rohingya Muslims fled into Bangladesh over the weekend, escaping violence in Myanmar's Rakhine state after insurgent attacks on police posts triggered a military crackdown.
The Arakan Rohingya Salvation Army said it had attacked about 30 police posts on Friday.
Myanmar's army said it had killed almost 400 people, most of them insurgents, in the clearance operations that followed.
Rohingya who reached Bangladesh described soldiers and Buddhist mobs burning their villages.
Bangladesh border guards pushed back some of the refugees, while others hid in the hills.
The U.N. later described the crackdown as a textbook example of ethnic cleansing.
""")

D("2019-12-11", "courts", "southeast-asia", """
Myanmar's leader Aung San Suu Kyi asked the International Court of Justice on Wednesday to dismiss a genocide case against her country, saying it had been based on an incomplete and misleading picture.
Gambia brought the case last month, accusing Myanmar of violating the 1948 Genocide Convention in its treatment of Rohingya Muslims.
Suu Kyi acknowledged that soldiers might have used disproportionate force but said it was not proof of genocidal intent.
Outside the court in The Hague, Rohingya activists held placards calling for justice.
""")

D("2022-08-30", "humanitarian", "south-asia", """
H: Pakistan floods affect 33 million people, government says
ISLAMABAD, Aug 30 (Wire) — Record monsoon floods in Pakistan have affected more than 33 million people and killed over 1,100 since June, the government said on Tuesday, as it appealed for international aid.
A third of the country is under water, Climate Change Minister Sherry Rehman said.
The United Nations launched an appeal for $160 million to help victims.
Secretary-General Antonio Guterres said the world was “sleepwalking” into climate destruction.
Damage is estimated at more than $10 billion, officials said.
""")

D("2023-02-06", "humanitarian", "middle-east", """
H: Powerful earthquake kills thousands in Turkey and Syria
ANTAKYA, Turkey, Feb 6 (Wire) — A 7.8-magnitude earthquake struck southern Turkey and northwestern Syria on Monday, toppling thousands of buildings and killing more than 4,000 people.
The quake hit at 4:17 a.m. as people slept, and a second major tremor of magnitude 7.5 struck hours later.
Rescuers dug through rubble in freezing rain, searching for survivors.
Turkish President Tayyip Erdogan declared seven days of national mourning.
In rebel-held northwestern Syria, the White Helmets rescue group said hundreds of buildings had collapsed.
Dozens of countries offered help, including Sweden and Finland, whose NATO applications Turkey has been blocking.
""")

D("2023-09-09", "humanitarian", "africa", """
A powerful earthquake struck Morocco's High Atlas mountains late on Friday, killing more than 2,000 people and damaging buildings in the historic city of Marrakech.
Rescuers struggled to reach remote villages where mud-brick houses had collapsed.
The government declared three days of mourning.
Morocco accepted offers of help from Spain, Britain, Qatar and the United Arab Emirates but did not take up offers from France and other countries.
""")

D("2023-09-12", "humanitarian", "africa", """
Floods caused by a powerful storm swept through the eastern Libyan city of Derna after two dams burst, killing thousands of people and washing entire neighbourhoods into the sea.
An official in the eastern administration said more than 5,000 people were presumed dead and 10,000 missing.
Libya has been split between rival governments since 2014, which aid agencies said was hampering the response.
Rescuers said bodies were being buried in mass graves.
""")

D("2025-03-28", "humanitarian", "southeast-asia", """
H: Major earthquake strikes central Myanmar, shaking Bangkok
MANDALAY, Myanmar, March 28 (Wire) — A 7.7-magnitude earthquake struck central Myanmar on Friday, killing more than 1,000 people and damaging buildings in Mandalay and the capital Naypyitaw.
In neighbouring Thailand, a 30-storey building under construction in Bangkok collapsed, trapping dozens of workers.
Myanmar's military government made a rare appeal for international help.
Opposition groups fighting the junta announced a partial ceasefire to allow aid to reach affected areas.
China, India and Russia sent rescue teams within 48 hours.
""")

D("2017-02-21", "diplomacy", "africa", """
H: Angola and Zambia pledge to reopen rail link by year-end
LUANDA, Feb 21 (Wire) — Angola and Zambia agreed on Tuesday to reopen a cross-border rail link by the end of the year, their foreign ministers said after talks in the Angolan capital.
The line, which connects Zambia's copper belt to the Atlantic port of Lobito, has been out of service for more than a decade.
“This is not just a railway, it is a corridor of opportunity,” the Zambian minister told reporters.
Officials did not say how the project would be financed.
A joint technical team is due to visit the border town of Luau next month.
""")

D("2018-11-06", "conflict", "middle-east", """
Two soldiers were killed and three others wounded when their patrol was hit by a roadside bomb in Iraq's Diyala province on Tuesday, security sources said.
The blast struck the vehicle as it passed through farmland northeast of Baqubah.
No group immediately claimed responsibility, but remnants of Islamic State remain active in the area.
A security source said troops had later arrested two suspects in a nearby village.
Iraq declared victory over Islamic State in December last year, but attacks continue in rural areas.
""")

D("2019-05-21", "courts", "europe", """
A court in Bucharest sentenced the former mayor of a Romanian provincial city to four years in prison on Tuesday for taking bribes in exchange for public lighting contracts.
Prosecutors said the former official, who was not named under Romanian privacy rules, had received more than 300,000 euros between 2012 and 2015.
The verdict can be appealed.
His lawyer said the case was based on the testimony of a businessman who had struck a deal with prosecutors.
Romania's anti-corruption directorate has convicted dozens of mayors, ministers and lawmakers since 2014.
""")

D("2021-10-19", "protest", "africa", """
Police in Eswatini fired tear gas and live rounds to disperse students and workers demanding political reform on Tuesday, witnesses said.
At least one protester was killed and dozens were injured, according to a civic group.
The government said security forces had acted to protect property after demonstrators set fire to vehicles.
Eswatini is Africa's last absolute monarchy, and political parties are barred from contesting elections.
The Southern African Development Community said it would send an envoy to the country this week.
""")

D("2016-08-03", "diplomacy", "latin-america", """
Paraguay's foreign minister will travel to Brasilia next week to discuss the renegotiation of the treaty governing the Itaipu hydroelectric dam, the foreign ministry said on Wednesday.
Paraguay wants to be allowed to sell its surplus electricity on the open market rather than exclusively to Brazil.
A ministry spokesperson said the visit would be “technical and friendly.”
Brazil's foreign ministry did not respond to a request for comment.
Under the 1973 treaty, the financial terms of the dam must be revised by 2023.
""")

D("2020-02-12", "conflict", "africa", """
H: Gunmen kill 12 in attack on village in northeast Nigeria
MAIDUGURI, Nigeria, Feb 12 (Wire) — Suspected Islamist militants killed 12 people and burned dozens of homes in an attack on a village in Nigeria's northeastern Borno state overnight, residents and a militia leader said on Wednesday.
The gunmen arrived on motorcycles and in pickup trucks at about 10 p.m. and fired at residents as they fled, a local militia leader said.
“They came shouting and shooting, and we ran into the bush,” a farmer who escaped told reporters by phone.
The army said troops had repelled the attackers and were pursuing them.
Boko Haram and its offshoot, Islamic State West Africa Province, are both active in the area.
""")

D("2016-06-08", "energy", "africa", """
Militants in Nigeria's Niger Delta said on Wednesday they had blown up a pipeline operated by a unit of the state oil company, the latest in a string of attacks that have cut the country's crude output to a 20-year low.
The Niger Delta Avengers said on Twitter that the attack had targeted a trunk line near the town of Warri.
A spokesperson for the state oil firm confirmed a fire on the line but did not say what had caused it.
Nigeria's oil production has fallen to about 1.6 million barrels per day, from 2.2 million at the start of the year.
The government has said it is in talks with community leaders to end the violence.
""")

D("2018-01-24", "markets", "africa", """
South Africa's rand rose to its strongest level against the dollar in nearly three years on Wednesday, as investors welcomed the election of Cyril Ramaphosa as leader of the ruling ANC.
The currency has gained about 10 percent since Ramaphosa won the party contest in December.
Analysts said markets were betting he would move quickly to tackle corruption and reform state-owned companies.
Government bond yields fell to their lowest level in more than two years.
""")

D("2019-09-23", "diplomacy", "global", """
H: Teenage activist Thunberg tells U.N. leaders “How dare you”
NEW YORK, Sept 23 (Wire) — Swedish climate activist Greta Thunberg accused world leaders at the United Nations on Monday of betraying young people by failing to act on climate change.
The 16-year-old, her voice shaking with emotion, told a climate summit that people were suffering and dying while leaders talked about money and “fairy tales of eternal economic growth.”
Secretary-General Antonio Guterres had asked leaders to come with concrete plans rather than speeches.
Only about 60 countries were given time to speak, and the United States did not address the gathering.
""")

D("2015-12-12", "climate", "global", """
H: Nearly 200 nations adopt Paris climate agreement
PARIS, Dec 12 (Wire) — Nearly 200 nations adopted the first global pact to fight climate change on Saturday, agreeing to limit the rise in global temperatures to well below 2 degrees Celsius.
French Foreign Minister Laurent Fabius, who chaired the talks, brought down his gavel to loud applause after two weeks of negotiations.
The agreement requires all countries to set national targets for reducing emissions and to review them every five years.
Rich countries are expected to provide at least $100 billion a year in climate finance from 2020.
U.S. President Barack Obama called the deal “the best chance we have to save the one planet we have.”
Some environmental groups said the pact did not go far enough.
""")

D("2017-06-01", "climate", "north-america", """
President Donald Trump said on Thursday the United States would withdraw from the Paris climate agreement, arguing that it would undermine the U.S. economy and put the country at a permanent disadvantage.
“I was elected to represent the citizens of Pittsburgh, not Paris,” Trump said in the White House Rose Garden.
The leaders of France, Germany and Italy said in a joint statement that the agreement could not be renegotiated.
Several U.S. states and cities said they would continue to meet the targets.
The formal withdrawal process will take nearly four years.
""")

D("2022-11-20", "climate", "middle-east", """
Negotiators at the U.N. climate summit in Egypt agreed early on Sunday to set up a fund to help poor countries cope with losses and damage caused by climate change.
The deal was reached after all-night talks at the Red Sea resort of Sharm el-Sheikh, more than a day and a half after the scheduled close.
Details of who would pay into the fund and who would benefit were left for future talks.
The final agreement did not include a call to phase down all fossil fuels, which India and the European Union had sought.
“This is not the moment to give up,” said one European negotiator.
""")

D("2023-12-13", "climate", "middle-east", """
H: COP28 deal calls for transition away from fossil fuels
DUBAI, Dec 13 (Wire) — Nearly 200 countries agreed at the COP28 climate summit on Wednesday to begin reducing global consumption of fossil fuels, the first such call in three decades of U.N. talks.
The agreement calls for “transitioning away from fossil fuels in energy systems, in a just, orderly and equitable manner.”
Summit president Sultan al-Jaber, who heads the UAE's national oil company, called it a historic package.
Small island states said the text contained a litany of loopholes.
Saudi Arabia had opposed any language on phasing out oil, gas and coal, negotiators said.
""")

D("2024-11-24", "climate", "central-asia", """
Countries at the U.N. climate summit in Azerbaijan agreed early on Sunday that rich nations should provide at least $300 billion a year by 2035 to help developing countries cope with climate change.
The deal was reached after talks in Baku overran by more than 30 hours.
India's delegate said the sum was “abysmally poor” and that her country objected to the way the agreement had been adopted.
The head of the U.N. climate body said the deal was an insurance policy for humanity.
Several delegations of small island states had walked out of a meeting on Saturday in protest.
""")

D("2025-11-22", "climate", "latin-america", """
H: COP30 ends in Belem with deal that omits fossil fuel roadmap
BELEM, Brazil, Nov 22 (Wire) — The COP30 climate summit in the Amazon city of Belem ended on Saturday with an agreement that calls for more finance for adaptation but does not include a roadmap to move away from fossil fuels.
More than 80 countries, including members of the European Union, had pushed for such a roadmap.
Oil producers led by Saudi Arabia blocked the proposal, negotiators said.
Brazil's summit president said his country would draw up two roadmaps outside the formal process, on fossil fuels and on deforestation.
The United States did not send an official delegation.
""")

D("2023-07-19", "climate", "europe", """
Temperatures hit new records across southern Europe on Wednesday as wildfires burned in Greece, and authorities warned people to stay indoors during the hottest part of the day.
Rome recorded a high of 41.8 degrees Celsius, beating a record set in 2007.
Firefighters battled blazes outside Athens for a third day, and thousands of people were evacuated from seaside resorts.
Scientists said the heatwave would have been virtually impossible without climate change.
""")

D("2024-10-30", "climate", "europe", """
H: Flash floods kill scores in Spain's Valencia region
VALENCIA, Spain, Oct 30 (Wire) — Flash floods caused by torrential rain killed at least 95 people in eastern Spain, most of them in the Valencia region, authorities said on Wednesday.
Some areas received a year's worth of rain in eight hours on Tuesday, according to the state weather agency.
Television images showed cars piled up in narrow streets and rivers of mud flowing through towns.
Prime Minister Pedro Sanchez declared three days of national mourning.
Residents said emergency text alerts had arrived too late, after water had already entered their homes.
Regional officials said they would investigate the response.
""")

D("2025-01-08", "humanitarian", "north-america", """
Wildfires driven by hurricane-force winds swept through parts of Los Angeles on Wednesday, destroying more than 1,000 buildings and forcing at least 70,000 people to flee.
The largest fire, in the coastal neighbourhood of Pacific Palisades, had burned about 15,800 acres and was not contained.
Firefighters struggled with low water pressure as hydrants ran dry in some hillside areas.
President Joe Biden approved a major disaster declaration for California.
At least five people died, officials said.
""")

D("2020-09-15", "diplomacy", "middle-east", """
H: UAE and Bahrain sign accords with Israel at White House
WASHINGTON, Sept 15 (Wire) — The United Arab Emirates and Bahrain signed agreements to normalise relations with Israel at the White House on Tuesday, becoming the first Arab states to do so in more than a quarter of a century.
President Donald Trump hosted the ceremony on the South Lawn with Israeli Prime Minister Benjamin Netanyahu and the foreign ministers of the two Gulf states.
“We're here this afternoon to change the course of history,” Trump said.
The agreements, known as the Abraham Accords, do not resolve the Israeli-Palestinian conflict.
Palestinian leaders called the deals a betrayal of their cause.
Militants in Gaza fired two rockets into Israel during the ceremony, the Israeli military said.
""")

D("2023-03-10", "diplomacy", "middle-east", """
H: Saudi Arabia and Iran agree to restore ties in China-brokered deal
BEIJING, March 10 (Wire) — Saudi Arabia and Iran agreed on Friday to re-establish diplomatic relations and reopen embassies within two months, in a deal brokered by China that could reshape the politics of the Middle East.
The announcement followed four days of previously undisclosed talks in Beijing between senior security officials from the two regional rivals.
Riyadh cut ties with Tehran in 2016 after protesters stormed its embassy in the Iranian capital.
China's top diplomat Wang Yi said the deal was “a victory for dialogue and peace.”
The White House said it welcomed any effort to de-escalate tensions but noted that Saudi Arabia had kept Washington informed.
""")

D("2024-04-14", "conflict", "middle-east", """
H: Iran launches drones and missiles at Israel in first direct attack
JERUSALEM, April 14 (Wire) — Iran launched more than 300 drones and missiles at Israel late on Saturday in its first direct military attack on the country, but almost all were shot down, the Israeli military said.
Israel said 99 percent of the projectiles had been intercepted with the help of the United States, Britain, France and Jordan.
A 7-year-old Bedouin girl was seriously injured by shrapnel in southern Israel.
Iran said the attack was retaliation for a strike on its embassy compound in Damascus on April 1 that killed seven members of the Revolutionary Guards.
Iran's mission to the United Nations said the matter “can be deemed concluded,” but warned Israel against responding.
U.S. President Joe Biden told Netanyahu that Washington would not take part in any Israeli counter-attack, a White House official said.
""")

D("2024-09-27", "conflict", "middle-east", """
Israel carried out a series of heavy air strikes on the southern suburbs of Beirut on Friday, targeting what it said was the central headquarters of Hezbollah.
The Israeli military later said that Hezbollah leader Hassan Nasrallah had been killed in the attack.
Hezbollah confirmed his death on Saturday and vowed to continue its fight against Israel.
Several residential buildings were flattened, and thousands of people fled the area overnight.
Iran's Supreme Leader Ayatollah Ali Khamenei declared five days of mourning.
""")

D("2024-09-17", "conflict", "middle-east", """
Hundreds of pagers used by Hezbollah members exploded almost simultaneously across Lebanon on Tuesday, killing at least nine people and wounding about 2,800, Lebanese officials said.
Among the wounded was Iran's ambassador to Beirut, according to Iranian state media.
Hezbollah blamed Israel and said it would receive “its just punishment.”
The Israeli military declined to comment.
A second wave of explosions, involving walkie-talkies, hit the following day.
""")

D("2024-10-17", "conflict", "middle-east", """
H: Israel says it has killed Hamas leader Yahya Sinwar in Gaza
JERUSALEM, Oct 17 (Wire) — Israel said on Thursday it had killed Hamas leader Yahya Sinwar, the architect of the Oct. 7 attack, during an operation in the southern Gaza Strip.
Israeli forces encountered Sinwar by chance in a building in Rafah on Wednesday, the military said.
Foreign Minister Israel Katz said the killing was a military and moral achievement.
Prime Minister Benjamin Netanyahu said the war was not over.
Hamas officials did not immediately confirm his death, but a senior member of the group said later that Sinwar had died fighting.
""")

D("2024-07-31", "conflict", "middle-east", """
Hamas political leader Ismail Haniyeh was killed in Tehran early on Wednesday, the group and Iran's Revolutionary Guards said, a day after he attended the inauguration of the new Iranian president.
Hamas blamed Israel, which did not immediately comment.
Haniyeh had been the group's chief negotiator in indirect talks on a ceasefire in Gaza.
Iran's Supreme Leader said Tehran considered it its duty to avenge Haniyeh's death.
Qatar's prime minister asked how mediation could succeed when one party assassinated the negotiator on the other side.
""")

D("2024-02-29", "humanitarian", "middle-east", """
H: Scores killed as crowds gather around aid convoy in Gaza
GAZA, Feb 29 (Wire) — More than 100 Palestinians were killed on Thursday as they waited for aid in northern Gaza, health authorities in the enclave said, blaming Israeli fire.
Israel said most of the victims died in a stampede or were run over by trucks, and that soldiers had fired at people who approached them in a threatening way.
The United Nations has warned that a quarter of Gaza's population is one step away from famine.
U.S. President Joe Biden said the incident would complicate talks on a ceasefire.
The Palestinian health ministry said the death toll in Gaza since Oct. 7 had passed 30,000.
""")

D("2025-08-22", "humanitarian", "middle-east", """
H: Famine confirmed in Gaza City, global hunger monitor says
GENEVA, Aug 22 (Wire) — A global hunger monitor said on Friday that famine was occurring in Gaza City and surrounding areas and was likely to spread south without a ceasefire and an end to restrictions on aid.
The Integrated Food Security Phase Classification said more than half a million people in Gaza faced “catastrophic” conditions.
It was the first time the body had confirmed famine in the Middle East.
Israel's foreign ministry rejected the report, saying it was based on “Hamas lies.”
U.N. aid chief Tom Fletcher said the famine could have been prevented if aid had been allowed in.
""")

D("2025-10-09", "diplomacy", "middle-east", """
H: Israel and Hamas agree ceasefire and hostage release under Trump plan
CAIRO, Oct 9 (Wire) — Israel and Hamas signed off on the first phase of a plan by U.S. President Donald Trump to end the war in Gaza on Thursday, agreeing to a ceasefire and the release of all living hostages in exchange for Palestinian prisoners.
The deal was reached after talks in the Egyptian resort of Sharm el-Sheikh mediated by Egypt, Qatar and Turkey.
Israeli troops will pull back to an agreed line within 24 hours of the cabinet's approval, officials said.
Crowds celebrated in Tel Aviv's Hostages Square and in Khan Younis in southern Gaza.
Key issues, including the disarmament of Hamas and who will govern Gaza, have yet to be settled.
""")

D("2025-10-13", "diplomacy", "middle-east", """
Hamas freed the last 20 living Israeli hostages on Monday and Israel released nearly 2,000 Palestinian prisoners and detainees, as U.S. President Donald Trump declared the end of the war in Gaza.
Trump addressed Israel's parliament in Jerusalem before flying to Egypt for a summit on Gaza's future attended by more than 20 leaders.
“This is the historic dawn of a new Middle East,” he told lawmakers.
Buses carrying freed prisoners arrived in Ramallah and Khan Younis, where they were greeted by large crowds.
Hamas said it would hand over the remains of dead hostages as soon as they could be recovered.
""")

D("2021-05-21", "conflict", "middle-east", """
A ceasefire between Israel and Hamas took effect early on Friday after 11 days of fighting in which more than 240 people were killed, most of them in Gaza.
Palestinians poured onto the streets of Gaza after the truce began at 2 a.m., and car horns and celebratory gunfire could be heard.
Egypt, which mediated the truce, said it would send two delegations to monitor it.
Israeli Prime Minister Benjamin Netanyahu's security cabinet approved the truce unanimously, his office said.
U.S. President Joe Biden said the ceasefire offered a genuine opportunity to make progress.
""")

D("2022-09-22", "protest", "middle-east", """
H: Protests spread across Iran over death of woman in police custody
DUBAI, Sept 22 (Wire) — Protests over the death of a young woman in the custody of Iran's morality police spread to dozens of cities on Thursday, and the authorities restricted internet access.
Mahsa Amini, 22, died last week after being arrested in Tehran for allegedly wearing her headscarf improperly.
Women burned their headscarves and cut their hair in public, video posted on social media showed.
State media said at least 17 people, including two security officers, had been killed in the unrest.
President Ebrahim Raisi, speaking in New York, said Amini's death would be investigated.
Rights groups said the real toll was higher.
""")

D("2024-05-20", "conflict", "middle-east", """
H: Iran's President Raisi killed in helicopter crash
DUBAI, May 20 (Wire) — Iranian President Ebrahim Raisi, Foreign Minister Hossein Amirabdollahian and six others were killed when their helicopter crashed in fog in mountainous terrain in northwestern Iran, state media said on Monday.
Rescue teams found the wreckage after an overnight search in blizzard conditions.
Supreme Leader Ayatollah Ali Khamenei declared five days of mourning and named First Vice President Mohammad Mokhber as interim president.
An election must be held within 50 days, according to the constitution.
Iranian officials gave no cause for the crash.
""")

D("2024-07-06", "elections", "middle-east", """
Reformist candidate Masoud Pezeshkian won Iran's presidential runoff on Saturday, defeating hardliner Saeed Jalili with 53.7 percent of the vote.
Turnout in the second round was about 50 percent, up from a record low of 40 percent in the first round.
Pezeshkian, a heart surgeon and lawmaker, has promised to improve relations with the West and to ease enforcement of the mandatory headscarf law.
“We will extend the hand of friendship to everyone,” he said in his first remarks after the result.
Supporters celebrated in the streets of Tehran and other cities overnight.
""")

D("2025-06-24", "conflict", "middle-east", """
A ceasefire between Israel and Iran appeared to be holding on Tuesday after 12 days of war, though U.S. President Donald Trump angrily accused both sides of violating it in its first hours.
“They don't know what the f--- they're doing,” Trump told reporters before leaving for a NATO summit, in a rare display of public frustration with Israel.
Israel said it had struck a radar site near Tehran after Iran fired missiles, which Tehran denied.
Iranian President Masoud Pezeshkian said Iran would respect the truce as long as Israel did.
Israel said it had achieved all the objectives of its campaign.
""")

D("2017-06-05", "diplomacy", "middle-east", """
Saudi Arabia, the United Arab Emirates, Egypt and Bahrain cut diplomatic ties with Qatar on Monday, accusing it of supporting terrorism and their regional rival Iran.
The four countries closed their airspace, land borders and sea lanes to Qatar.
Qatar's foreign ministry said the measures were unjustified and based on false claims.
Kuwait offered to mediate.
The dispute raised concerns for Qatar's ability to import food, most of which comes across its only land border with Saudi Arabia.
""")

D("2021-01-05", "diplomacy", "middle-east", """
Gulf Arab leaders signed a declaration on Tuesday ending a three-year boycott of Qatar, after Saudi Arabia reopened its airspace and land border with the country.
Saudi Crown Prince Mohammed bin Salman greeted Qatar's Emir Sheikh Tamim bin Hamad al-Thani with an embrace as he arrived for the summit in the ancient city of Al-Ula.
The declaration was also signed by the UAE, Bahrain and Egypt.
Jared Kushner, senior adviser to President Donald Trump, attended the signing ceremony.
""")

D("2018-10-20", "courts", "middle-east", """
Saudi Arabia acknowledged on Saturday that journalist Jamal Khashoggi had died inside its consulate in Istanbul, saying he was killed in a fight, more than two weeks after he disappeared.
The public prosecutor said 18 Saudi nationals had been detained.
Khashoggi, a critic of Crown Prince Mohammed bin Salman and a columnist for the Washington Post, entered the consulate on Oct. 2 to obtain documents for his marriage.
Turkish officials have said he was murdered by a team of Saudi agents.
U.S. President Donald Trump said the Saudi explanation was credible but that the arrests were a “good first step.”
""")

D("2022-04-01", "diplomacy", "middle-east", """
H: Yemen's warring parties agree to two-month truce
DUBAI, April 1 (Wire) — The parties to Yemen's war have agreed to a two-month nationwide truce that will begin on Saturday, the first of its kind since 2016, U.N. envoy Hans Grundberg said.
The truce allows fuel ships to enter Houthi-held ports and some commercial flights to operate from Sanaa airport.
The Saudi-led coalition said it supported the truce and hoped it would lead to a political solution.
Houthi officials said they would abide by the agreement if the other side did.
More than 150,000 people have been killed in the war, according to U.N. estimates.
""")

D("2017-05-07", "elections", "europe", """
H: Macron wins French presidency, defeating Le Pen
PARIS, May 7 (Wire) — Centrist Emmanuel Macron won France's presidential election on Sunday, defeating far-right leader Marine Le Pen with about 66 percent of the vote, according to projections.
At 39, Macron will be the youngest leader of France since Napoleon.
He told supporters at the Louvre museum that he would fight the divisions that had undermined France.
Le Pen conceded defeat and said her National Front party needed profound change.
European leaders welcomed the result, and the euro rose in Asian trade.
""")

D("2024-06-09", "elections", "europe", """
H: Macron calls snap election after far right tops EU vote
PARIS, June 9 (Wire) — French President Emmanuel Macron dissolved parliament and called a snap election on Sunday, after his party was trounced by Marine Le Pen's far-right National Rally in the European Parliament elections.
Exit polls showed the National Rally winning about 32 percent of the vote, more than double the score of Macron's Renaissance party.
“I have decided to give you back the choice of our parliamentary future through the vote,” Macron said in a televised address.
The first round will be held on June 30 and the second on July 7.
Far-right and nationalist parties also made gains in Germany, Austria and Italy.
""")

D("2024-07-07", "elections", "europe", """
A left-wing alliance unexpectedly came first in France's parliamentary election on Sunday, pushing the far right into third place, but no group won a majority, projections showed.
The New Popular Front was projected to win between 172 and 192 of the 577 seats.
Macron's centrist alliance was second and the National Rally third, despite having led the first round.
Hard-left leader Jean-Luc Melenchon said the president should ask the left to govern.
Prime Minister Gabriel Attal said he would offer his resignation on Monday.
""")

D("2021-09-26", "elections", "europe", """
Germany's Social Democrats narrowly won the country's federal election on Sunday, ending 16 years of conservative-led government under Chancellor Angela Merkel, preliminary results showed.
The SPD won 25.7 percent of the vote, ahead of the Christian Democrats and their Bavarian sister party with 24.1 percent.
The Greens came third with 14.8 percent, their best result ever.
SPD candidate Olaf Scholz said voters wanted him to form the next government.
Coalition talks are expected to take weeks, if not months.
""")

D("2025-02-23", "elections", "europe", """
H: Merz's conservatives win German election as far right surges to second
BERLIN, Feb 23 (Wire) — Friedrich Merz's conservatives won Germany's national election on Sunday, while the far-right Alternative for Germany achieved its best result ever to come second, according to projections.
The Christian Democrats and their Bavarian allies were projected to win about 28.5 percent of the vote, with the AfD on about 20.5 percent.
Chancellor Olaf Scholz's Social Democrats slumped to about 16 percent, their worst result since World War Two.
Merz said his priority was to form a government quickly so Germany could regain its voice in Europe.
The mainstream parties have ruled out working with the AfD.
""")

D("2022-09-26", "elections", "europe", """
H: Meloni set to become Italy's first woman prime minister
ROME, Sept 26 (Wire) — A right-wing alliance led by Giorgia Meloni's Brothers of Italy won a clear majority in Italy's national election, results showed on Monday, putting her on course to become the country's first female prime minister.
Brothers of Italy won about 26 percent of the vote, up from just 4 percent in 2018.
Meloni said she would govern for all Italians.
Her allies, Matteo Salvini's League and Silvio Berlusconi's Forza Italia, both lost ground.
Turnout was a record low of 64 percent.
""")

D("2023-11-22", "elections", "europe", """
Anti-Islam populist Geert Wilders won a resounding victory in the Dutch election on Wednesday, exit polls showed, in a result that will send shockwaves through Europe.
Wilders's Freedom Party was projected to win 35 of the 150 seats in parliament, more than double its result in 2021.
A left-wing bloc led by former EU commissioner Frans Timmermans came second.
Wilders said he wanted to govern and would seek coalition partners.
Mainstream parties had previously refused to work with him, but some said they would now consider it.
""")

D("2023-10-15", "elections", "europe", """
Poland's opposition parties won enough votes in Sunday's parliamentary election to oust the ruling nationalist Law and Justice party, an exit poll showed.
Law and Justice was projected to come first with 36.8 percent but fall short of a majority.
Former European Council President Donald Tusk, whose Civic Coalition came second, said it was the end of bad times.
Turnout was about 73 percent, the highest since the fall of communism in 1989.
""")

D("2022-04-03", "elections", "europe", """
Hungarian Prime Minister Viktor Orban won a fourth consecutive term on Sunday, as his Fidesz party secured a two-thirds majority in parliament.
Orban said it was a victory so big that it could be seen from the moon, and from Brussels.
The opposition, which had united behind a single candidate for the first time, conceded defeat.
Observers from the OSCE said the vote was marred by the absence of a level playing field.
""")

D("2024-12-06", "courts", "europe", """
H: Romania's top court annuls presidential election first round
BUCHAREST, Dec 6 (Wire) — Romania's Constitutional Court annulled the first round of the presidential election on Friday, two days before a runoff, after intelligence documents suggested Russia had run an online campaign to promote a far-right candidate.
Calin Georgescu, a little-known outsider who had topped the first round, called the decision “a formalised coup d'etat.”
The court said the entire electoral process would be rerun.
Declassified documents released this week said Georgescu had benefited from a coordinated campaign on TikTok.
Moscow denied interfering.
""")

D("2025-05-18", "elections", "europe", """
Centrist Bucharest mayor Nicusor Dan won Romania's presidential runoff on Sunday, defeating nationalist George Simion in a vote closely watched across Europe.
Dan won 53.6 percent of the vote with nearly all ballots counted.
Simion, who had topped the first round, initially refused to concede, alleging foreign interference, before accepting the result.
The leu rose sharply against the euro on Monday.
""")

D("2024-11-28", "protest", "europe", """
Thousands of Georgians protested outside parliament in Tbilisi on Thursday after the government said it was suspending talks on joining the European Union until 2028.
Police used water cannon and pepper spray to disperse the crowd, and dozens of people were detained.
President Salome Zourabichvili, who is at odds with the ruling Georgian Dream party, said the government had declared war on its own people.
Prime Minister Irakli Kobakhidze accused the EU of blackmail.
Georgia's constitution commits the country to seeking membership of the EU and NATO.
""")

D("2025-03-19", "courts", "europe", """
H: Turkish police detain Istanbul mayor Imamoglu, Erdogan's main rival
ISTANBUL, March 19 (Wire) — Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday as part of corruption and terrorism investigations, days before he was expected to be named the main opposition's presidential candidate.
Prosecutors said Imamoglu was suspected of leading a criminal organisation, taking bribes and aiding a terrorist group.
Imamoglu said in a video on social media that he would not give up.
Authorities banned demonstrations in the city for four days and closed several roads.
Turkish stocks fell more than 8 percent and the lira hit a record low.
The main opposition Republican People's Party called the detention a coup against the next president.
""")

D("2025-03-23", "protest", "europe", """
Hundreds of thousands of people rallied across Turkey over the weekend in support of jailed Istanbul Mayor Ekrem Imamoglu, in the largest street protests in more than a decade.
Police used water cannon, pepper spray and rubber bullets on protesters in Istanbul and Ankara.
The interior minister said 1,133 people had been detained since the protests began.
President Tayyip Erdogan said the opposition was trying to disturb public peace and would not be allowed to succeed.
A court formally arrested Imamoglu on Sunday pending trial.
""")

D("2024-11-01", "protest", "europe", """
The collapse of a concrete canopy at a railway station in the Serbian city of Novi Sad on Friday killed 14 people, sparking accusations of corruption in state construction projects.
The station had been renovated as part of a Chinese-funded rail project and reopened in July.
Students began holding 15 minutes of silence at intersections every day to honour the victims.
President Aleksandar Vucic said those responsible would be held to account.
Prosecutors later charged 13 people, including a former construction minister.
""")

D("2025-03-15", "protest", "europe", """
H: Serbia sees biggest protest in decades over station roof collapse
BELGRADE, March 15 (Wire) — Tens of thousands of people filled the streets of central Belgrade on Saturday in the biggest anti-government protest in Serbia's recent history.
The protest was the culmination of four months of demonstrations led by university students demanding accountability for a deadly roof collapse in Novi Sad.
An independent monitoring group estimated the crowd at between 275,000 and 325,000, while the police put it at 107,000.
Students asked people to stay calm and avoid violence, and the march was largely peaceful.
President Aleksandar Vucic said he would not bow to pressure from “the street.”
""")

D("2023-12-14", "diplomacy", "europe", """
H: EU leaders agree to open membership talks with Ukraine
BRUSSELS, Dec 14 (Wire) — European Union leaders agreed on Thursday to open accession talks with Ukraine and Moldova, after Hungarian Prime Minister Viktor Orban left the room during the vote.
European Council President Charles Michel called it a clear signal of hope for their people and for the continent.
Orban said the decision was bad and that Hungary did not want to take part in it.
Ukrainian President Volodymyr Zelensky said it was “a victory for Ukraine, a victory for all of Europe.”
The leaders failed to agree on a 50 billion euro aid package for Kyiv, which Orban vetoed.
""")

D("2024-10-20", "elections", "europe", """
Moldovans narrowly voted in favour of enshrining a path to European Union membership in their constitution on Sunday, results showed, after a campaign marred by allegations of Russian vote-buying.
The “yes” side won 50.4 percent with almost all votes counted.
President Maia Sandu said the country had faced an unprecedented assault on freedom and democracy.
Police said they had uncovered a scheme to pay 300,000 voters to vote “no.”
Moscow denied interfering and said the result showed the vote was not free.
""")

D("2016-09-14", "diplomacy", "southeast-asia", """
H: Indonesia summons Chinese envoy over fishing boat clash
JAKARTA, Sept 14 (Wire) — Indonesia summoned China's ambassador on Wednesday to protest against what it called an illegal intrusion by a Chinese coast guard vessel near the Natuna Islands.
The foreign ministry said the vessel had tried to stop Indonesian patrol boats from towing away a Chinese fishing boat that was caught in Indonesian waters.
“Indonesia will not be intimidated in its own exclusive economic zone,” a ministry spokesperson said.
China's embassy said the fishing boat had been operating in “traditional Chinese fishing grounds.”
Eight crew members of the fishing boat were detained and will be prosecuted, officials said.
""")

D("2018-02-07", "conflict", "middle-east", """
Artillery shells fired from Syrian government-held areas landed in a rebel-held town east of Damascus on Wednesday, killing at least 20 people, a war monitor said.
The Syrian Observatory for Human Rights said children were among the dead in the eastern Ghouta town.
Syrian state media said rebels had fired mortars at residential districts of the capital, wounding several people.
The U.N. has called for a month-long ceasefire to allow aid deliveries and medical evacuations.
Russia, a key ally of President Bashar al-Assad, said the proposal was not realistic.
""")

D("2018-04-14", "conflict", "middle-east", """
H: U.S., Britain and France strike Syria over suspected chemical attack
DAMASCUS, April 14 (Wire) — The United States, Britain and France launched missile strikes on Syria early on Saturday in response to a suspected poison gas attack in the town of Douma last week.
The strikes targeted a research centre near Damascus and two facilities near Homs that Western officials said were involved in chemical weapons production.
U.S. Defense Secretary Jim Mattis said it was a “one-time shot” for now.
Syria's army said most of the 110 missiles fired had been intercepted.
Russia's ambassador in Washington warned that such actions would not be left without consequences.
Hundreds of Syrians gathered in Damascus to wave flags in a show of defiance.
""")

D("2019-10-09", "conflict", "middle-east", """
Turkey launched a military offensive against Kurdish-led forces in northeastern Syria on Wednesday, days after U.S. troops began pulling back from the border.
Turkish jets struck the town of Ras al-Ain, and artillery hit targets near Tel Abyad, witnesses said.
President Tayyip Erdogan said the aim was to create a “safe zone” where millions of Syrian refugees could be resettled.
The Syrian Democratic Forces, which fought alongside the U.S. against Islamic State, called on Washington to impose a no-fly zone.
European countries called on Turkey to halt the operation.
""")

D("2019-10-27", "conflict", "middle-east", """
H: IS leader Baghdadi killed in U.S. raid in Syria, Trump says
WASHINGTON, Oct 27 (Wire) — Islamic State leader Abu Bakr al-Baghdadi died in a raid by U.S. special forces in northwest Syria, President Donald Trump said on Sunday.
Trump said Baghdadi had detonated a suicide vest after fleeing into a tunnel with three of his children.
“He died after running into a dead-end tunnel, whimpering and crying and screaming all the way,” Trump said in a televised address.
No U.S. personnel were killed in the operation, which took place in Idlib province.
Trump thanked Russia, Turkey, Syria, Iraq and the Syrian Kurds for their help.
""")

D("2017-07-10", "conflict", "middle-east", """
Iraqi Prime Minister Haider al-Abadi formally declared victory over Islamic State in Mosul on Monday, three years after the militants seized the city.
Abadi, dressed in military uniform, congratulated troops at a ceremony in the ruins of the Old City.
Pockets of resistance remained in a small area near the Tigris river, commanders said.
The battle has left much of western Mosul in ruins, and nearly a million people have been displaced.
Islamic State still controls territory elsewhere in Iraq and in neighbouring Syria.
""")

D("2017-10-17", "conflict", "middle-east", """
U.S.-backed forces said on Tuesday they had taken full control of Raqqa, Islamic State's self-declared capital in Syria.
A spokesman for the Syrian Democratic Forces said military operations had ended but clearing of mines was continuing.
Fighters were seen celebrating at the city's stadium, the site of the militants' last stand.
The coalition said about 100 Islamic State fighters had surrendered in the past 24 hours.
""")

D("2019-03-23", "conflict", "middle-east", """
The Syrian Democratic Forces declared on Saturday the defeat of Islamic State's self-proclaimed caliphate after capturing its last enclave at Baghouz in eastern Syria.
“Syrian Democratic Forces declare total elimination of so-called caliphate and 100 percent territorial defeat of ISIS,” an SDF spokesman wrote on Twitter.
The group still has sleeper cells in both Syria and Iraq, and the SDF warned that the fight was not over.
Thousands of women and children from the enclave are being held in camps run by Kurdish authorities.
""")

D("2017-09-25", "elections", "middle-east", """
Iraqi Kurds voted overwhelmingly for independence in a referendum on Monday that was opposed by Baghdad, Turkey, Iran and the United States.
The electoral commission said 92.7 percent of voters had backed independence, on a turnout of 72 percent.
Iraqi Prime Minister Haider al-Abadi said the vote was unconstitutional and that he would never hold talks on the basis of the result.
Turkey threatened to close its border and cut the flow of oil from the region.
Three weeks later, Iraqi forces seized the disputed oil city of Kirkuk from Kurdish fighters.
""")

D("2019-11-29", "protest", "middle-east", """
Iraqi Prime Minister Adel Abdul Mahdi said on Friday he would resign, after two months of anti-government protests in which more than 400 people have been killed.
The announcement came a day after security forces killed dozens of protesters in the southern cities of Nasiriya and Najaf.
The country's top Shi'ite cleric, Grand Ayatollah Ali al-Sistani, had called on parliament to reconsider its support for the government.
Protesters in Baghdad's Tahrir Square celebrated but said they wanted the entire political elite to go.
""")

D("2020-08-04", "humanitarian", "middle-east", """
H: Huge explosion rocks Beirut port, killing dozens
BEIRUT, Aug 4 (Wire) — A huge explosion at Beirut's port on Tuesday killed at least 78 people and injured thousands, shattering windows across the Lebanese capital.
Lebanese officials said the blast was caused by 2,750 tonnes of ammonium nitrate that had been stored in a warehouse for six years without safety measures.
President Michel Aoun called an emergency meeting of the Supreme Defence Council.
Hospitals were overwhelmed, and some of the injured were treated in car parks.
Interior Minister Mohammed Fahmy said it appeared that highly explosive material confiscated years ago had been stored at the port.
The blast was felt in Cyprus, about 200 km away.
""")

D("2025-01-09", "elections", "middle-east", """
Lebanon's parliament elected army chief Joseph Aoun as president on Thursday, filling a vacancy that had lasted more than two years.
Aoun won 99 votes in a second round of voting, after falling short in the first.
His election was seen as a sign of Hezbollah's weakened influence after its war with Israel.
Aoun pledged in his inaugural speech that the state would have a monopoly on carrying arms.
The United States, France and Saudi Arabia had backed his candidacy.
""")

D("2023-11-01", "humanitarian", "middle-east", """
The first group of foreign passport holders and severely wounded Palestinians left Gaza through the Rafah crossing into Egypt on Wednesday, the first people allowed out since the war began.
Egyptian officials said 81 injured Gazans were transferred to hospitals in Egypt.
About 500 foreign nationals and dual citizens were expected to cross during the day.
The departures were the result of an agreement between Egypt, Israel and Hamas mediated by Qatar, a source said.
""")

D("2016-01-16", "sanctions-trade", "middle-east", """
H: Sanctions on Iran lifted as nuclear deal takes effect
VIENNA, Jan 16 (Wire) — International sanctions on Iran were lifted on Saturday after the U.N. nuclear watchdog said Tehran had met its commitments under the 2015 nuclear deal.
IAEA Director General Yukiya Amano said Iran had completed the necessary steps to start implementation of the agreement.
The European Union and the United States announced the lifting of financial and economic sanctions.
Iranian Foreign Minister Mohammad Javad Zarif said it was a good day for Iran and the world.
Iran is expected to increase its oil exports by 500,000 barrels a day within months.
""")

D("2019-07-19", "conflict", "middle-east", """
Iran's Revolutionary Guards seized a British-flagged oil tanker in the Strait of Hormuz on Friday, sharply escalating tensions with the West.
The Guards said the Stena Impero had been confiscated for breaking international maritime rules.
British Foreign Secretary Jeremy Hunt said the seizure was unacceptable and that there would be serious consequences if it was not released.
The tanker's Swedish owner said it had been unable to contact the vessel after it was approached by small craft and a helicopter.
Two weeks earlier, British Royal Marines had helped seize an Iranian tanker off Gibraltar.
""")

D("2020-11-27", "conflict", "middle-east", """
Iran's top nuclear scientist, Mohsen Fakhrizadeh, was killed in an ambush near Tehran on Friday, Iranian officials said.
Foreign Minister Mohammad Javad Zarif said there were “serious indications of Israeli role.”
Fakhrizadeh was long suspected by Western and Israeli intelligence of being the mastermind of a secret nuclear weapons programme.
Israel did not comment.
Iranian officials said the scientist's car had been attacked with explosives and gunfire.
""")

D("2021-06-09", "diplomacy", "africa", """
H: Kenya's foreign minister to visit Somalia in bid to mend ties
NAIROBI, June 9 (Wire) — Kenya's foreign minister will travel to Mogadishu next week for talks aimed at restoring relations with Somalia, which cut diplomatic ties with Nairobi last year, the ministry said on Wednesday.
The visit, if it goes ahead, would be the first by a senior Kenyan official since the rupture.
Somalia had accused Kenya of interfering in its internal affairs, a charge Nairobi denied.
A Somali government spokesperson said Mogadishu welcomed “any sincere step” but would not comment on the agenda.
Qatar, which helped broker a thaw last month, is expected to send an envoy to the talks.
""")

D("2018-08-22", "diplomacy", "africa", """
Was the handshake in Addis Ababa a turning point, or merely a photo opportunity?
Diplomats in the Horn of Africa were divided on Wednesday after the leaders of Djibouti and Eritrea met for the first time in a decade.
The two countries fought a brief border war in 2008, and prisoners of war taken at the time have never been fully accounted for.
“Nothing has been signed, and nothing has been promised,” a Djiboutian official said on condition of anonymity.
Ethiopia, which hosted the meeting, said further talks would be held in the coming months.
""")

D("2019-02-18", "protest", "africa", """
Riot police in Harare fired tear gas at hundreds of vendors who had refused to leave a central market that the city council wants to demolish, witnesses said on Monday.
The vendors said they had not been offered an alternative site and would not move until they were.
“Where do they expect us to sell our tomatoes, in the sky?” one woman asked.
A council spokesperson said the market was a health hazard and that the traders had been warned months ago.
At least 14 people were arrested, police said.
""")

D("2022-05-03", "courts", "latin-america", """
A court in Guatemala City sentenced a former interior ministry official to 16 years in prison on Tuesday for his role in a scheme that diverted funds meant for police equipment.
The judge said the official had signed contracts worth 43 million quetzales ($5.6 million) with companies that did not exist.
Two businessmen were also convicted, while a third defendant was acquitted for lack of evidence.
The defence said it would appeal.
Prosecutors said they were seeking the extradition of a fourth suspect who is believed to be living in Mexico.
""")

D("2020-09-29", "protest", "latin-america", """
Hundreds of farmers blocked a highway linking Paraguay's capital with the Brazilian border on Tuesday to demand debt relief after a drought destroyed much of their soybean crop.
Truck drivers were stranded for hours in temperatures above 35 degrees Celsius.
The agriculture minister met farm leaders in the evening but no agreement was reached.
“If the government does not listen to us, we will stay here all week,” said a protest leader.
Police did not intervene.
""")

D("2023-05-17", "diplomacy", "europe", """
H: Council of Europe agrees register of damage caused by Russia in Ukraine
REYKJAVIK, May 17 (Wire) — Leaders of the Council of Europe agreed on Wednesday to set up a register to record damage caused by Russia's invasion of Ukraine, a first step toward a possible compensation mechanism.
Forty of the organisation's 46 member states signed up to the register, which will be based in The Hague.
Ukrainian Prime Minister Denys Shmyhal said Russia must pay for every destroyed home, school and hospital.
Hungary, Turkey, Armenia, Azerbaijan, Serbia and Bosnia did not join.
The summit in Iceland was only the fourth in the organisation's 74-year history.
""")

D("2016-11-30", "energy", "global", """
H: OPEC agrees first oil output cut since 2008
VIENNA, Nov 30 (Wire) — OPEC agreed on Wednesday to cut oil output for the first time in eight years, sending prices up more than 8 percent.
The group will reduce production by about 1.2 million barrels per day from January, with Saudi Arabia taking the biggest share of the cut.
Iran will be allowed to freeze its output at pre-sanctions levels.
Russia, which is not a member of the group, said it would cut its own output by up to 300,000 barrels per day.
Brent crude rose to about $50 a barrel.
""")

D("2016-12-10", "energy", "global", """
Non-OPEC oil producers led by Russia agreed on Saturday to reduce output by 558,000 barrels per day, joining a deal reached by the cartel last month.
It was the first agreement between OPEC and non-members to cut production since 2001.
Saudi Energy Minister Khalid al-Falih said the kingdom was willing to cut more than it had committed to.
Mexico, Kazakhstan, Oman and Azerbaijan were among the countries that joined the pact.
Analysts said compliance would be the key to whether the deal succeeded.
""")

D("2019-12-11", "markets", "middle-east", """
Shares in Saudi Aramco rose 10 percent on their first day of trading in Riyadh on Wednesday, the maximum allowed, valuing the state oil giant at $1.88 trillion.
The company raised $25.6 billion in the world's largest initial public offering.
Crown Prince Mohammed bin Salman has said the proceeds will help diversify the economy away from oil.
The shares were sold mainly to local investors and Gulf institutions, after foreign demand proved weaker than expected.
""")

D("2022-03-08", "energy", "north-america", """
President Joe Biden announced a ban on imports of Russian oil, gas and coal on Tuesday, saying the move would deal “another powerful blow” to Vladimir Putin's war machine.
Biden acknowledged that the decision would push up fuel prices for Americans.
Britain said it would phase out imports of Russian oil by the end of the year.
The United States imported about 700,000 barrels per day of crude and refined products from Russia last year.
Gasoline prices hit a record average of $4.17 a gallon, according to a motorists' association.
""")

D("2022-03-23", "sanctions-trade", "europe", """
Russian President Vladimir Putin said on Wednesday that Russia would demand payment in roubles for gas sold to “unfriendly” countries, sending European gas prices up more than 20 percent.
Putin said it made no sense to supply goods to the European Union and the United States and receive payment in dollars and euros.
German Economy Minister Robert Habeck said the demand was a breach of contract.
The rouble jumped to a three-week high against the dollar after the announcement.
""")

D("2018-01-01", "protest", "middle-east", """
Iranian President Hassan Rouhani said on Sunday that people had the right to protest and criticise, but warned that violence would not be tolerated, as demonstrations over economic hardship spread to more cities.
At least two protesters were shot dead in the western town of Dorud, state television reported.
The protests, the biggest since 2009, began in the city of Mashhad over rising prices.
The government temporarily blocked access to messaging apps Telegram and Instagram.
U.S. President Donald Trump wrote on Twitter that the world was watching.
""")

D("2019-11-17", "protest", "middle-east", """
Protests over a sharp rise in gasoline prices spread across Iran on Saturday, and Supreme Leader Ayatollah Ali Khamenei backed the decision, calling the protesters “thugs.”
Authorities imposed a near-total internet blackout that lasted almost a week.
Rights groups later said hundreds of people had been killed in the crackdown, a figure the government disputed.
The price increase, of at least 50 percent, was intended to raise money for cash handouts to low-income families.
""")

D("2021-06-19", "elections", "middle-east", """
Hardline judiciary chief Ebrahim Raisi won Iran's presidential election on Saturday, after many moderate candidates were barred from running.
Official results showed Raisi had won 62 percent of the vote, on a turnout of 48.8 percent, the lowest in a presidential election since the 1979 revolution.
Outgoing President Hassan Rouhani congratulated him on his victory.
Raisi is under U.S. sanctions over his alleged role in the executions of political prisoners in 1988, which he denies.
""")

D("2023-09-18", "diplomacy", "middle-east", """
Five Americans who had been detained in Iran arrived in Qatar on Monday as part of a prisoner swap that also saw the release of $6 billion in Iranian funds frozen in South Korea.
The United States agreed to free five Iranians held on sanctions-related charges, two of whom chose to remain in the United States.
U.S. officials said the money could only be used for humanitarian purchases.
Iranian President Ebrahim Raisi said Tehran would spend the funds wherever it needed them.
Washington imposed new sanctions on Iran's intelligence ministry the same day.
""")

D("2019-02-27", "diplomacy", "southeast-asia", """
H: Trump and Kim begin second summit in Hanoi
HANOI, Feb 27 (Wire) — U.S. President Donald Trump and North Korean leader Kim Jong Un began their second summit in Hanoi on Wednesday with a handshake and a private dinner.
Trump said he expected the talks to be very successful and that North Korea had tremendous economic potential.
Kim said he hoped for an outcome welcomed by all.
The two sides are expected to discuss steps toward denuclearisation and the lifting of sanctions.
The summit is being held at the Sofitel Legend Metropole hotel, a colonial-era building in the heart of the Vietnamese capital.
""")

D("2019-02-28", "diplomacy", "southeast-asia", """
The summit between Donald Trump and Kim Jong Un ended abruptly on Thursday without any agreement, after the two leaders failed to bridge differences over sanctions.
A planned working lunch and signing ceremony were cancelled.
Trump said Kim had wanted all sanctions lifted in exchange for dismantling the Yongbyon nuclear complex, which was not enough.
“Sometimes you have to walk,” Trump told reporters.
North Korea's foreign minister later held a rare midnight news conference to say Pyongyang had only asked for a partial lifting of sanctions.
""")

D("2020-06-16", "conflict", "east-asia", """
North Korea blew up an inter-Korean liaison office in the border town of Kaesong on Tuesday, days after threatening to cut ties with the South over leaflets sent by activists.
South Korea's unification ministry confirmed the destruction of the building, which had opened in 2018.
Seoul said it would respond strongly if the North took further action.
The office had been vacant since January because of the coronavirus pandemic.
""")

D("2016-02-10", "conflict", "east-asia", """
South Korea said on Wednesday it would suspend operations at the Kaesong industrial zone, which it runs jointly with North Korea, in response to Pyongyang's recent rocket launch and nuclear test.
The unification ministry said money paid to North Korean workers at the complex had been used to fund weapons programmes.
The complex, opened in 2004, houses 124 South Korean companies employing about 54,000 North Koreans.
North Korea responded the next day by expelling all South Korean workers and freezing assets.
""")

D("2024-06-19", "diplomacy", "east-asia", """
H: Putin and Kim sign mutual defence pact in Pyongyang
PYONGYANG, June 19 (Wire) — Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a pact on Wednesday that includes a pledge of mutual assistance if either country faces aggression.
Putin was on his first visit to North Korea in 24 years.
Kim said the agreement had raised relations to the level of an alliance.
The United States and its allies accuse North Korea of supplying ammunition and missiles to Russia for use in Ukraine, which both countries deny.
South Korea said it would consider supplying arms to Ukraine in response.
""")

D("2024-10-18", "conflict", "east-asia", """
South Korea's spy agency said on Friday that North Korea had decided to send 12,000 troops, including special forces, to support Russia's war in Ukraine.
The National Intelligence Service said 1,500 soldiers had already been transported to Vladivostok on Russian navy ships.
The Kremlin dismissed the report as “another piece of fake news.”
Ukrainian President Volodymyr Zelensky said the world must respond to the growing involvement of North Korea.
NATO said it could not yet confirm the deployment.
""")

D("2022-03-02", "diplomacy", "global", """
H: U.N. General Assembly demands Russia withdraw from Ukraine
UNITED NATIONS, March 2 (Wire) — The U.N. General Assembly voted overwhelmingly on Wednesday to demand that Russia stop its offensive in Ukraine and withdraw all troops, in a move aimed at isolating Moscow.
The resolution was backed by 141 of the assembly's 193 members, while 35 abstained, including China and India.
Only Russia, Belarus, Eritrea, North Korea and Syria voted against.
Ukraine's U.N. ambassador said the vote showed that Russia had no friends left in the world, only accomplices.
General Assembly resolutions are non-binding but carry political weight.
""")

D("2022-02-25", "diplomacy", "global", """
Russia vetoed a U.N. Security Council resolution on Friday that would have deplored its invasion of Ukraine and demanded that it withdraw its troops.
Eleven of the council's 15 members voted in favour, while China, India and the United Arab Emirates abstained.
U.S. Ambassador Linda Thomas-Greenfield told the council that Russia could veto the resolution, but it could not veto the truth.
Russian Ambassador Vassily Nebenzia said the text was anti-Russian.
Western countries then moved to put a similar resolution to a vote in the General Assembly, where no country has a veto.
""")

D("2023-12-08", "diplomacy", "global", """
The United States vetoed a U.N. Security Council resolution on Friday that would have demanded an immediate humanitarian ceasefire in Gaza.
Thirteen council members voted in favour, while Britain abstained.
Deputy U.S. Ambassador Robert Wood said the resolution was divorced from reality and would leave Hamas in place.
Secretary-General Antonio Guterres had invoked Article 99 of the U.N. Charter for the first time in decades to urge the council to act.
The United Arab Emirates, which drafted the text, said it was deeply disappointed.
""")

D("2024-03-25", "diplomacy", "global", """
H: U.N. Security Council demands immediate Gaza ceasefire as U.S. abstains
UNITED NATIONS, March 25 (Wire) — The U.N. Security Council on Monday demanded an immediate ceasefire in Gaza for the Muslim holy month of Ramadan and the release of all hostages, after the United States abstained from the vote.
The remaining 14 council members voted in favour of the resolution, which was proposed by the council's 10 elected members.
The chamber broke into applause after the vote.
Israeli Prime Minister Benjamin Netanyahu cancelled a planned visit by a delegation to Washington in protest.
The White House said the abstention did not represent a change in policy.
""")

D("2017-12-21", "diplomacy", "global", """
The U.N. General Assembly voted 128 to nine on Thursday to declare U.S. President Donald Trump's recognition of Jerusalem as Israel's capital “null and void.”
Thirty-five countries abstained and 21 did not vote.
U.S. Ambassador Nikki Haley told the assembly that the United States would remember the day on which it was singled out for attack.
Trump had threatened to cut financial aid to countries that voted in favour of the resolution.
Israeli Prime Minister Benjamin Netanyahu said Israel rejected the vote outright.
""")

D("2018-05-14", "conflict", "middle-east", """
Israeli troops killed dozens of Palestinians during mass protests on the Gaza border on Monday, as the United States opened its embassy in Jerusalem.
Gaza's health ministry said at least 58 Palestinians had been shot dead and more than 2,700 wounded.
The Israeli military said about 40,000 Palestinians had taken part in “violent riots” at 13 locations along the fence.
At the embassy ceremony, Prime Minister Benjamin Netanyahu called it “a great day for peace.”
Turkey and South Africa recalled their ambassadors to Israel in protest.
""")

D("2024-05-28", "diplomacy", "europe", """
Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday, a move that Israel condemned as a reward for terrorism.
Spanish Prime Minister Pedro Sanchez said the decision was a matter of historic justice and was not against Israel.
Israel recalled its ambassadors from the three countries for consultations.
The Palestinian Authority welcomed the recognition as an important step.
More than 140 of the 193 U.N. member states now recognise a Palestinian state.
""")

D("2025-09-22", "diplomacy", "global", """
H: Britain, France, Canada and Australia recognise Palestinian state
UNITED NATIONS, Sept 22 (Wire) — France formally recognised a Palestinian state on Monday at a U.N. meeting in New York, a day after Britain, Canada, Australia and Portugal did the same.
French President Emmanuel Macron told the General Assembly that “the time for peace has come.”
Belgium, Luxembourg, Malta and Monaco also announced recognition.
Israeli Prime Minister Benjamin Netanyahu said there would be no Palestinian state west of the Jordan River.
The United States boycotted the meeting and called the move a gift to Hamas.
""")

D("2024-01-26", "courts", "global", """
H: World Court orders Israel to prevent genocidal acts in Gaza
THE HAGUE, Jan 26 (Wire) — The International Court of Justice ordered Israel on Friday to take all measures within its power to prevent acts of genocide in Gaza, but stopped short of ordering a ceasefire.
The court, ruling on a case brought by South Africa, also ordered Israel to enable the delivery of basic services and humanitarian aid.
The judges said at least some of the rights claimed by South Africa were plausible.
Israeli Prime Minister Benjamin Netanyahu said the charge of genocide was “outrageous” and that Israel would continue to defend itself.
South Africa's foreign minister said the ruling was a decisive victory for international law.
The court will rule later on whether genocide has been committed, which could take years.
""")

D("2025-07-23", "courts", "global", """
The International Court of Justice said in an advisory opinion on Wednesday that countries could be in breach of international law if they failed to protect the climate from harmful emissions.
The opinion was requested by the U.N. General Assembly after a campaign by Pacific island nations and law students from Vanuatu.
Presiding judge Yuji Iwasawa said a clean, healthy and sustainable environment was a precondition for the enjoyment of many human rights.
The opinion is not binding, but lawyers said it could be used in cases against governments and companies.
“Today we have won,” said Vanuatu's climate minister outside the court.
""")

D("2016-06-28", "courts", "north-america", """
Tech companies and civil liberties groups welcomed a U.S. court ruling on Tuesday that the government could not force Microsoft to hand over customer emails stored on servers in Ireland.
The appeals court in New York said the warrant issued under a 1986 law did not apply to data stored abroad.
Microsoft President Brad Smith called the decision a major victory for privacy.
The Justice Department said it was disappointed and was considering its options.
""")

D("2022-06-24", "courts", "north-america", """
H: U.S. Supreme Court overturns Roe v. Wade abortion ruling
WASHINGTON, June 24 (Wire) — The U.S. Supreme Court on Friday overturned the landmark 1973 Roe v. Wade decision that recognised a woman's constitutional right to an abortion.
The 6-3 ruling, written by Justice Samuel Alito, allows states to ban the procedure.
About half of the 50 states are expected to ban or severely restrict abortion.
President Joe Biden called it “a sad day for the court and for the country.”
Protesters and supporters gathered outside the court building in Washington.
""")

D("2024-07-01", "courts", "north-america", """
The U.S. Supreme Court ruled on Monday that former President Donald Trump had immunity from prosecution for some of his actions while in office, a decision that is likely to further delay his trial on charges of plotting to overturn the 2020 election.
The court's six conservative justices ruled that a president had absolute immunity for actions within his “core constitutional powers” and presumptive immunity for other official acts.
Justice Sonia Sotomayor wrote in a dissent that the president was now “a king above the law.”
Trump called the decision a big win for the constitution and democracy.
""")

D("2024-05-30", "courts", "north-america", """
H: Trump found guilty on all 34 counts in hush money trial
NEW YORK, May 30 (Wire) — A New York jury found Donald Trump guilty on Thursday of falsifying business records to cover up a hush money payment to a porn star, making him the first former U.S. president to be convicted of a crime.
The jury reached its verdict on all 34 counts after two days of deliberations.
Trump, the Republican candidate in the November presidential election, said the trial had been rigged and that the real verdict would come from voters.
Sentencing was set for July 11.
The conviction does not bar Trump from running for president or from taking office if he wins.
""")

D("2024-07-13", "conflict", "north-america", """
H: Trump wounded in shooting at Pennsylvania rally
BUTLER, Pennsylvania, July 13 (Wire) — Republican presidential candidate Donald Trump was shot in the ear at a campaign rally in Pennsylvania on Saturday, in what the FBI called an attempted assassination.
Secret Service agents rushed onto the stage and surrounded Trump, who raised his fist to the crowd before being led to a vehicle with blood on his face.
The gunman, who fired from the roof of a nearby building, was killed by a Secret Service sniper.
One spectator was killed and two others were critically wounded.
President Joe Biden said there was no place in America for this kind of violence.
""")

D("2024-11-06", "elections", "north-america", """
H: Trump wins U.S. presidency in remarkable comeback
WEST PALM BEACH, Florida, Nov 6 (Wire) — Donald Trump won the U.S. presidential election on Wednesday, completing a remarkable political comeback four years after he left the White House.
Trump defeated Vice President Kamala Harris after winning the battleground states of Pennsylvania, Georgia and North Carolina.
“America has given us an unprecedented and powerful mandate,” Trump told supporters at a convention centre in Florida.
Republicans also won control of the Senate.
Harris called Trump to concede and said in a speech at Howard University that she would help with a peaceful transfer of power.
Stock markets rallied and the dollar posted its biggest one-day gain since 2016.
""")

D("2020-11-07", "elections", "north-america", """
Democrat Joe Biden won the U.S. presidential election on Saturday, defeating President Donald Trump after a bitter campaign, according to projections by major television networks.
Biden passed the 270 electoral votes needed to win after securing Pennsylvania, four days after polls closed.
Trump did not concede and said in a statement that the election was “far from over.”
Kamala Harris will become the first woman, and the first Black and South Asian American, to serve as vice president.
Crowds gathered outside the White House and in cities across the country to celebrate.
""")

D("2016-11-09", "elections", "north-america", """
H: Trump wins White House in stunning upset
NEW YORK, Nov 9 (Wire) — Republican Donald Trump won the U.S. presidential election on Wednesday, defeating Democrat Hillary Clinton in a stunning upset that confounded opinion polls.
Trump won key battleground states including Florida, Ohio and North Carolina, and broke through the Democrats' so-called blue wall in the Midwest.
“I say it is time for us to come together as one united people,” Trump told supporters in New York.
Clinton called Trump to concede but did not appear in public until later in the day.
Global markets fell sharply overnight but recovered much of the ground by the end of the day.
""")

D("2025-10-01", "markets", "north-america", """
The U.S. federal government shut down at midnight on Tuesday after Congress failed to pass a funding bill, halting many services and putting hundreds of thousands of federal workers on unpaid leave.
Republicans and Democrats blamed each other for the impasse, which centres on health care subsidies.
The White House budget office told agencies to prepare for possible layoffs.
The Labor Department said it would not publish its monthly jobs report on Friday as scheduled.
It was the first shutdown in nearly seven years.
""")

D("2019-07-01", "sanctions-trade", "east-asia", """
H: Japan tightens export curbs on chip materials to South Korea
TOKYO, July 1 (Wire) — Japan said on Monday it would tighten restrictions on exports to South Korea of three materials used in smartphones and chips, escalating a dispute over compensation for wartime forced labour.
The trade ministry said exporters of fluorinated polyimide, photoresists and hydrogen fluoride would need to apply for licences for each shipment from July 4.
South Korea said it would file a complaint with the World Trade Organization if Tokyo did not withdraw the measures.
Samsung Electronics and SK Hynix, the world's two largest memory chip makers, rely heavily on Japanese suppliers.
A Japanese government spokesman denied that the move was retaliation.
""")

D("2021-03-22", "sanctions-trade", "east-asia", """
The European Union, Britain, the United States and Canada imposed sanctions on Chinese officials on Monday over human rights abuses in Xinjiang, in the first coordinated Western action against Beijing under President Joe Biden.
The EU measures, its first against China since an arms embargo in 1989, target four officials and one entity.
China responded within hours with sanctions on 10 Europeans, including five members of the European Parliament.
Beijing denies abusing Uyghurs and says its camps provide vocational training and help combat extremism.
""")

D("2023-02-04", "diplomacy", "north-america", """
H: U.S. shoots down suspected Chinese spy balloon off Carolina coast
WASHINGTON, Feb 4 (Wire) — A U.S. fighter jet shot down a suspected Chinese spy balloon off the coast of South Carolina on Saturday, after it had drifted across the United States for nearly a week.
The balloon was brought down by a single missile fired from an F-22 over U.S. territorial waters, defence officials said.
The Navy was working to recover debris from the Atlantic.
China's foreign ministry said the balloon was a civilian airship used for weather research that had been blown off course, and accused Washington of overreacting.
Secretary of State Antony Blinken had postponed a planned trip to Beijing over the incident.
""")

D("2018-12-01", "courts", "north-america", """
Canadian authorities arrested Huawei Technologies' chief financial officer Meng Wanzhou in Vancouver on Saturday at the request of the United States, which is seeking her extradition.
Meng, the daughter of the company's founder, is accused of misleading banks about Huawei's business in Iran.
China demanded her immediate release and later detained two Canadian citizens on espionage charges.
The arrest came on the same day that U.S. President Donald Trump and Chinese President Xi Jinping agreed a trade truce in Buenos Aires.
Huawei said it was not aware of any wrongdoing by Meng.
""")

D("2021-09-24", "diplomacy", "north-america", """
Huawei executive Meng Wanzhou left Canada on Friday after reaching an agreement with U.S. prosecutors, and hours later two Canadians detained in China were released.
Under the deal, Meng admitted to misleading a bank about Huawei's dealings in Iran, and prosecutors agreed to drop the charges against her in December 2022.
Canadian Prime Minister Justin Trudeau said Michael Kovrig and Michael Spavor were on a plane home.
China has denied that their detention was linked to Meng's case.
""")

D("2016-09-04", "diplomacy", "east-asia", """
President Barack Obama and Chinese President Xi Jinping formally joined the Paris climate agreement on Saturday, a day before the G20 summit in the eastern Chinese city of Hangzhou.
The two countries together account for about 40 percent of the world's carbon emissions.
Obama said the move could be seen as the moment when the world finally decided to save the planet.
A minor dispute broke out at Hangzhou airport when Chinese officials refused to provide stairs for Obama to leave Air Force One from its main door.
""")

D("2023-06-19", "diplomacy", "east-asia", """
U.S. Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday, and the two sides agreed to stabilise their relationship, but they failed to restore military communications.
Xi said the two sides had made progress and reached agreement on some specific issues.
Blinken was the most senior U.S. official to visit China in five years.
He said China had not been willing to move forward on restoring military-to-military talks.
Hours after the meeting, President Joe Biden called Xi a dictator at a fundraising event.
""")

D("2018-06-12", "diplomacy", "southeast-asia", """
H: Trump and Kim sign statement after historic Singapore summit
SINGAPORE, June 12 (Wire) — U.S. President Donald Trump and North Korean leader Kim Jong Un signed a joint statement on Tuesday in which Kim reaffirmed his commitment to the complete denuclearisation of the Korean peninsula.
In return, Trump committed to provide security guarantees to North Korea.
The summit, held on the resort island of Sentosa, was the first between a sitting U.S. president and a North Korean leader.
Trump later surprised allies by announcing a halt to joint military exercises with South Korea, which he called “very provocative.”
Critics said the statement lacked details on how and when denuclearisation would happen.
""")

D("2017-08-08", "nuclear", "north-america", """
President Donald Trump warned North Korea on Tuesday that any threat to the United States would be met with “fire and fury like the world has never seen.”
Hours later, North Korea said it was examining plans for a missile strike on the U.S. Pacific territory of Guam.
The remarks came after a report that Pyongyang had produced a miniaturised nuclear warhead that could fit inside its missiles.
Global stocks fell and investors moved into safe-haven assets such as gold and the Swiss franc.
""")

D("2017-11-29", "nuclear", "east-asia", """
North Korea said on Wednesday it had successfully tested a new type of intercontinental ballistic missile that could reach all of the U.S. mainland.
The Hwasong-15 missile reached an altitude of about 4,475 km and flew 950 km before landing in the sea off Japan, according to North Korean state media.
Leader Kim Jong Un said the country had finally realised the great historic cause of completing the state nuclear force.
U.S. President Donald Trump said Washington would “take care of it.”
""")

D("2020-06-16", "conflict", "south-asia", """
H: Indian soldiers killed in clash with Chinese troops on Himalayan border
NEW DELHI, June 16 (Wire) — Twenty Indian soldiers were killed in a clash with Chinese troops on their disputed Himalayan border, the Indian army said on Tuesday, the first deadly confrontation between the two countries in 45 years.
The soldiers were killed in the Galwan Valley in the Ladakh region late on Monday, the army said.
No shots were fired, and troops fought with rocks and clubs, according to Indian officials.
China's foreign ministry accused Indian troops of crossing the border and attacking Chinese personnel.
China did not disclose any casualties on its side until months later.
""")

D("2024-10-21", "diplomacy", "south-asia", """
India and China have reached an agreement on patrolling along their disputed Himalayan border, India's foreign secretary said on Monday, ending a four-year military standoff.
The deal was announced a day before Prime Minister Narendra Modi was due to travel to Russia for the BRICS summit.
Modi and Chinese President Xi Jinping held their first formal bilateral talks in five years on the sidelines of the summit.
Analysts said the agreement could pave the way for a gradual normalisation of relations.
""")

D("2023-08-23", "technology", "south-asia", """
H: India lands spacecraft near Moon's south pole
BENGALURU, Aug 23 (Wire) — India became the first country to land a spacecraft near the Moon's south pole on Wednesday, a historic moment for its space programme.
Scientists at the mission control centre in Bengaluru cheered and hugged as the lander of Chandrayaan-3 touched down.
Prime Minister Narendra Modi, watching from South Africa, said the success belonged to all of humanity.
A Russian probe crashed on its way to the same region days earlier.
India is only the fourth country to achieve a soft landing on the Moon, after the United States, the former Soviet Union and China.
""")

D("2016-11-08", "markets", "south-asia", """
Indian Prime Minister Narendra Modi announced on Tuesday that 500 and 1,000 rupee banknotes would cease to be legal tender from midnight, in a surprise move to fight corruption and counterfeiting.
The notes account for about 86 percent of the cash in circulation.
People will be able to deposit the old notes in bank accounts until the end of the year.
Long queues formed outside banks and cash machines the following morning.
Opposition parties said the move had caused hardship for the poor and rural communities, which rely heavily on cash.
""")

D("2025-09-15", "sanctions-trade", "south-asia", """
Indian officials said on Monday they hoped to conclude a trade deal with the United States by the end of the year, after Washington doubled tariffs on Indian goods to 50 percent over New Delhi's purchases of Russian oil.
The commerce secretary said talks had been positive and that a U.S. team would visit New Delhi this week.
Indian exporters of textiles, shrimp and jewellery have been hit hardest by the duties.
India has said its oil purchases are driven by market factors and that it will not be dictated to.
""")

D("2019-05-23", "elections", "south-asia", """
Indian Prime Minister Narendra Modi's Bharatiya Janata Party won a landslide victory in the general election on Thursday, results showed, securing a second five-year term with an increased majority.
The BJP alone was on course to win about 300 of the 543 seats in the lower house.
“Together we will build a strong and inclusive India,” Modi wrote on Twitter.
Congress party president Rahul Gandhi conceded defeat and lost his own seat in the family stronghold of Amethi.
Indian stocks hit record highs during the count.
""")

D("2022-04-10", "courts", "south-asia", """
Pakistan's parliament ousted Prime Minister Imran Khan in a no-confidence vote early on Sunday, after he lost the support of coalition partners.
The motion was passed by 174 members of the 342-seat assembly.
Khan had tried to block the vote by dissolving parliament, but the Supreme Court ruled the move unconstitutional.
Khan, a former cricket star, has accused the United States of backing a plot to remove him, which Washington denies.
Opposition leader Shehbaz Sharif is expected to be elected prime minister on Monday.
""")

D("2024-02-08", "elections", "south-asia", """
Pakistanis voted on Thursday in a general election marred by a nationwide suspension of mobile phone services and violence that killed at least nine people.
Former Prime Minister Imran Khan, who is in prison, was barred from standing, and his party was forced to field its candidates as independents.
The interior ministry said the mobile shutdown was needed to prevent attacks.
Two bomb blasts near election offices in Balochistan province killed 28 people a day earlier.
Results were delayed for more than 24 hours, fuelling allegations of rigging.
""")

D("2018-04-23", "diplomacy", "europe", """
H: Austria offers to host talks between Serbia and Kosovo
VIENNA, April 23 (Wire) — Austria's foreign minister offered on Monday to host a new round of EU-mediated talks between Serbia and Kosovo, saying both sides had signalled that they were ready to meet.
“If Belgrade and Pristina want a neutral venue, Vienna's door is open,” she told reporters after meeting her Kosovar counterpart.
Serbia has refused to recognise Kosovo's independence, which was declared in 2008.
A spokesperson for the European External Action Service said the EU welcomed any offer that could help the dialogue.
Officials in Belgrade did not say whether they would accept the invitation.
""")

D("2023-05-29", "conflict", "europe", """
About 30 NATO peacekeepers were injured in clashes with Serb protesters in northern Kosovo on Monday, the alliance said.
The protesters were trying to prevent ethnic Albanian mayors, elected in a vote boycotted by Serbs, from entering municipal buildings.
Kosovo police used tear gas, and some peacekeepers suffered fractures and burns from improvised explosive devices, NATO said.
Serbian President Aleksandar Vucic put the army on the highest level of combat readiness.
The United States and the EU criticised Kosovo's government for forcing access to the buildings against their advice.
""")

D("2023-09-24", "conflict", "europe", """
About 30 heavily armed Serb gunmen stormed a village in northern Kosovo on Sunday and barricaded themselves in a monastery after a shootout that killed a Kosovo police officer.
Three of the gunmen were later killed in a gunfight with police, and several others were arrested.
Kosovo Prime Minister Albin Kurti accused Serbia of backing the attack, which he called an act of organised crime supported politically and financially by Belgrade.
Serbian President Aleksandar Vucic denied any involvement and said the gunmen were local Serbs who had rebelled against Kurti's “terror.”
A Kosovo Serb politician later said he had organised the group.
""")

D("2019-06-12", "protest", "europe", """
Police in Tbilisi fired rubber bullets and tear gas on Thursday night at thousands of protesters who tried to storm the Georgian parliament, angered by a Russian lawmaker's address to an assembly from the speaker's chair.
Health officials said 240 people had been injured, including 80 police officers.
The speaker of parliament resigned the next day.
Russia responded by banning direct flights to Georgia, a blow to the country's tourism industry.
""")

D("2024-05-14", "protest", "europe", """
Georgia's parliament passed a law on “foreign agents” on Tuesday despite weeks of mass protests, in a move that critics say is modelled on Russian legislation and will damage the country's bid to join the European Union.
The law requires organisations that receive more than 20 percent of their funding from abroad to register as agents of foreign influence.
Thousands of protesters gathered outside parliament as the vote took place.
President Salome Zourabichvili said she would veto the bill, but the ruling party has enough votes to override her.
The EU said the law went against its core principles and values.
""")

D("2021-03-26", "conflict", "europe", """
Ukraine accused Russia of moving troops toward the border in the east and near Crimea, as fighting in the Donbas region flared up and killed four Ukrainian soldiers on Friday.
The military said the soldiers had died in mortar fire near the village of Shumy, north of Donetsk.
The Kremlin said Russia moved troops around its own territory as it saw fit, and that this should not concern anyone.
A ceasefire agreed in July last year has largely collapsed.
""")

D("2015-02-12", "diplomacy", "europe", """
H: Leaders agree Ukraine ceasefire after all-night talks in Minsk
MINSK, Feb 12 (Wire) — The leaders of Russia, Ukraine, Germany and France agreed on Thursday to a ceasefire in eastern Ukraine starting on Feb. 15, after marathon talks in the Belarusian capital.
The deal provides for the withdrawal of heavy weapons from the front line to create a buffer zone up to 140 km wide.
Russian President Vladimir Putin said it had not been the best night of his life, but it had been a good morning.
German Chancellor Angela Merkel said there was “a glimmer of hope” but that much work remained.
Fighting continued around the railway town of Debaltseve as the leaders met.
""")

D("2022-02-21", "diplomacy", "europe", """
Russian President Vladimir Putin recognised two breakaway regions in eastern Ukraine as independent on Monday and ordered the Russian army to launch what Moscow called a peacekeeping operation there.
In a lengthy televised address, Putin said Ukraine was an integral part of Russia's history and had been created by communist Russia.
The United States and the European Union said they would impose sanctions.
Ukrainian President Volodymyr Zelensky said Ukraine was not afraid of anyone and would not give up anything.
The U.N. Security Council held an emergency meeting late at night.
""")

D("2022-09-30", "diplomacy", "europe", """
President Vladimir Putin proclaimed Russia's annexation of four partially occupied Ukrainian regions at a ceremony in the Kremlin on Friday, in a move condemned by Kyiv and the West as illegal.
Putin said the residents of Donetsk, Luhansk, Zaporizhzhia and Kherson would become Russian citizens “forever.”
The annexation followed so-called referendums that Western governments dismissed as a sham.
Ukrainian President Volodymyr Zelensky responded by announcing a fast-track application to join NATO.
Russian forces did not fully control any of the four regions at the time.
""")

D("2022-11-11", "conflict", "europe", """
H: Ukrainian troops enter Kherson after Russian retreat
KHERSON, Ukraine, Nov 11 (Wire) — Ukrainian troops entered the southern city of Kherson on Friday, after Russia completed its withdrawal from the only regional capital it had captured since the start of the invasion.
Residents waved Ukrainian flags and sang in the central square as soldiers arrived.
Russia's defence ministry said more than 30,000 troops had been moved to the east bank of the Dnipro River without losing a single soldier.
President Volodymyr Zelensky called it a historic day.
The Kremlin said Kherson remained part of Russia despite the retreat.
""")

D("2022-09-21", "conflict", "europe", """
Russian President Vladimir Putin ordered the country's first military mobilisation since World War Two on Wednesday and warned the West that he was not bluffing when he said he would use all means to defend Russia.
Defence Minister Sergei Shoigu said 300,000 reservists would be called up.
Flights out of Russia sold out quickly, and queues formed at border crossings with Georgia and Finland.
Police detained more than 1,300 people at anti-war protests in 38 cities, according to a monitoring group.
""")

D("2023-05-20", "conflict", "europe", """
The head of Russia's Wagner group said on Saturday that his forces had taken full control of the Ukrainian city of Bakhmut, after the longest and bloodiest battle of the war.
Ukraine's deputy defence minister said fighting was continuing and that Ukrainian troops still held some parts of the city.
President Vladimir Putin congratulated Wagner and the Russian army on the “liberation” of the city, which Russia calls Artyomovsk.
Bakhmut, which had a pre-war population of about 70,000, has been almost completely destroyed.
""")

D("2024-02-17", "conflict", "europe", """
Ukraine's new army chief said on Saturday he had ordered troops to withdraw from the eastern town of Avdiivka to avoid encirclement, handing Russia its biggest battlefield gain in nine months.
Colonel General Oleksandr Syrskyi said the decision had been taken to save soldiers' lives.
Russia's defence minister told President Vladimir Putin that troops had taken full control of the town.
Ukraine has been short of artillery shells as a $60 billion U.S. aid package remains stalled in Congress.
""")

D("2024-04-20", "diplomacy", "north-america", """
The U.S. House of Representatives approved $95 billion in aid for Ukraine, Israel and Taiwan on Saturday, after months of delay caused by opposition from some Republicans.
The package includes about $61 billion for Ukraine, which has been running short of ammunition.
Ukrainian President Volodymyr Zelensky said he was grateful to lawmakers for keeping history on the right track.
House Speaker Mike Johnson, whose job was threatened by hardliners over the bill, said he had done what he believed to be right.
The Senate is expected to pass the bill next week.
""")

D("2023-01-25", "diplomacy", "europe", """
Germany said on Wednesday it would send Leopard 2 tanks to Ukraine and allow other countries to do the same, ending weeks of hesitation.
Chancellor Olaf Scholz told parliament that Germany would supply 14 of the tanks from its own army stocks.
Hours later, U.S. President Joe Biden announced that the United States would send 31 M1 Abrams tanks.
The Kremlin said the tanks would “burn like all the rest.”
Ukraine's presidential chief of staff said it was a first step and that more was needed.
""")

D("2023-06-10", "conflict", "europe", """
Ukrainian President Volodymyr Zelensky said on Saturday that “counteroffensive and defensive actions” were taking place against Russian forces, but did not say what stage they were at.
Zelensky made the comments at a news conference in Kyiv with Canadian Prime Minister Justin Trudeau.
Russian President Vladimir Putin said a day earlier that Ukraine had begun its long-awaited offensive but had not achieved its goals.
Military analysts said the main thrust appeared to be in the southern Zaporizhzhia region.
""")

D("2025-11-20", "diplomacy", "europe", """
H: Ukraine receives U.S. peace plan that would require territorial concessions
KYIV, Nov 20 (Wire) — Ukraine received a draft U.S. plan to end the war with Russia on Thursday, which officials said would require Kyiv to cede territory, cut the size of its army and renounce membership of NATO.
President Volodymyr Zelensky said he was ready to work with Washington but that Ukraine needed a “dignified” peace.
The 28-point plan was drafted by U.S. envoy Steve Witkoff with input from a Kremlin envoy, according to people familiar with the matter.
European officials said they had not been consulted.
The Kremlin said it had not received any official proposal.
""")

D("2017-04-19", "diplomacy", "africa", """
Senegal and Mauritania will sign an agreement next month allowing Senegalese fishermen to operate in Mauritanian waters, the two governments said on Wednesday.
The deal follows clashes in January in which a Senegalese fisherman was shot dead by Mauritanian coastguards.
“We do not want our young people to die at sea for a few kilos of fish,” Senegal's fisheries minister said.
Under the accord, Senegal will be allowed to catch up to 50,000 tonnes of fish a year.
The agreement must be ratified by both parliaments before it takes effect.
""")

D("2020-07-21", "protest", "africa", """
Why are the streets of Bamako full again?
For the third time in six weeks, tens of thousands of Malians marched in the capital on Tuesday to demand the resignation of President Ibrahim Boubacar Keita.
The protest movement, led by an influential imam, accuses the government of corruption and of failing to stop jihadist violence in the centre and north.
Security forces killed at least 11 people during protests earlier this month, according to the government's own figures.
A mediation mission from ECOWAS left the capital last week without reaching a deal.
""")

D("2020-08-18", "coup", "africa", """
H: Mali president resigns after being detained by soldiers
BAMAKO, Aug 18 (Wire) — Malian President Ibrahim Boubacar Keita announced his resignation in a televised address shortly before midnight on Tuesday, hours after mutinous soldiers detained him at gunpoint.
“I do not want any blood to be spilled to keep me in power,” Keita said, wearing a face mask.
He also dissolved the government and the national assembly.
The soldiers, who call themselves the National Committee for the Salvation of the People, promised to hold elections within a reasonable time.
ECOWAS closed its members' borders with Mali and suspended financial flows to the country.
""")

D("2021-04-20", "conflict", "africa", """
H: Chad's President Deby killed on front line, army says
N'DJAMENA, April 20 (Wire) — Chad's President Idriss Deby, who ruled the country for three decades, died on Tuesday from wounds suffered while visiting troops fighting rebels in the north, the army said.
His death was announced a day after provisional results showed he had won a sixth term in office.
The army said a transitional military council led by his son, Mahamat Idriss Deby, would govern for 18 months.
Parliament and the government were dissolved, and a curfew was imposed.
The opposition called the takeover an institutional coup.
""")

D("2016-09-11", "conflict", "africa", """
Fighting between rival factions erupted again in Juba on Sunday, two months after clashes that killed hundreds of people in South Sudan's capital, residents said.
Heavy gunfire was heard near a military barracks in the west of the city.
An army spokesman said the situation was under control and accused “unknown gunmen” of starting the shooting.
The U.N. mission said it had received reports of civilians fleeing toward its compound.
Aid agencies have warned that millions of South Sudanese are at risk of hunger.
""")

D("2018-09-12", "diplomacy", "africa", """
South Sudan's President Salva Kiir and rebel leader Riek Machar signed a peace deal in Addis Ababa on Wednesday, the latest attempt to end a civil war that has killed an estimated 400,000 people.
Under the agreement, Machar will return as first vice president.
Previous ceasefires collapsed within weeks or even days.
Regional leaders who attended the signing urged the two men to implement the deal in good faith.
The United States, Britain and Norway expressed skepticism that the agreement would hold.
""")

D("2025-03-27", "courts", "africa", """
South Sudan's First Vice President Riek Machar has been placed under arrest, his party said on Thursday, raising fears of a return to civil war.
The party said a convoy of heavily armed security officials had entered Machar's residence in Juba on Wednesday evening and disarmed his bodyguards.
The government said Machar was being investigated for supporting an armed group that had overrun an army base.
The U.N. mission in South Sudan urged all parties to exercise restraint.
Norway and Germany scaled down their embassies in the capital.
""")

D("2019-08-17", "diplomacy", "africa", """
Sudan's military council and the main opposition coalition signed a power-sharing deal on Saturday that paves the way for a transition to civilian rule.
The agreement provides for a sovereign council of military and civilian members to govern for just over three years until elections.
Thousands of people celebrated on the streets of Khartoum, waving flags and singing.
Ethiopian Prime Minister Abiy Ahmed, who helped mediate the deal, attended the ceremony.
""")

D("2021-10-25", "coup", "africa", """
Sudan's military seized power on Monday, detaining Prime Minister Abdalla Hamdok and other civilian leaders and dissolving the transitional government.
Army chief General Abdel Fattah al-Burhan declared a state of emergency and said the military would hand over power to an elected government in July 2023.
Thousands of people took to the streets of Khartoum in protest, and three were killed when soldiers opened fire, a doctors' committee said.
The United States suspended $700 million in emergency aid.
The African Union suspended Sudan's membership two days later.
""")

D("2016-05-23", "humanitarian", "global", """
The first World Humanitarian Summit opened in Istanbul on Monday, with U.N. Secretary-General Ban Ki-moon calling on world leaders to commit to doing more to prevent conflict and protect civilians.
About 60 heads of state and government attended the two-day meeting.
Doctors Without Borders pulled out of the summit, calling it a “fig leaf of good intentions.”
German Chancellor Angela Merkel was the only leader from the Group of Seven to attend.
""")

D("2017-03-10", "humanitarian", "africa", """
The world faces the largest humanitarian crisis since the creation of the United Nations in 1945, with more than 20 million people in four countries at risk of starvation and famine, the U.N. aid chief said on Friday.
Stephen O'Brien told the Security Council that without collective and coordinated global efforts, people would simply starve to death.
He said $4.4 billion was needed by July to avert disaster in Yemen, South Sudan, Somalia and northeast Nigeria.
Famine was declared in parts of South Sudan last month.
""")

D("2024-05-06", "humanitarian", "middle-east", """
The Israeli military told about 100,000 people to leave the eastern part of the southern Gaza city of Rafah on Monday, ahead of an expected ground operation.
Leaflets dropped over the area directed people to what the military called an expanded humanitarian zone near the coast.
Hamas said the order was a dangerous escalation that would have consequences.
Aid agencies said an attack on Rafah, where more than a million displaced people have sought refuge, would be catastrophic.
Hours later, Hamas said it had accepted a ceasefire proposal from Egyptian and Qatari mediators, which Israel said was far from its demands.
""")

D("2022-06-22", "humanitarian", "south-asia", """
An earthquake struck a rugged mountainous region of eastern Afghanistan early on Wednesday, killing at least 1,000 people and injuring 1,500, officials said.
Most of the deaths were in Paktika province, where houses were flattened.
The Taliban government appealed for international help, but many aid agencies have pulled out of the country since the group took power.
Helicopters were used to reach remote villages.
""")

D("2023-10-08", "humanitarian", "south-asia", """
Powerful earthquakes in western Afghanistan killed more than 2,000 people, a Taliban spokesperson said on Sunday, making it one of the deadliest quakes to strike the country in two decades.
The quakes struck Herat province on Saturday, destroying whole villages.
Residents and rescuers used shovels and their bare hands to dig through the rubble.
The World Health Organization said 465 houses had been destroyed and 135 damaged.
""")

D("2021-08-26", "conflict", "south-asia", """
H: Suicide bombers kill scores outside Kabul airport
KABUL, Aug 26 (Wire) — Two suicide bombers and gunmen attacked crowds of Afghans flocking to Kabul airport on Thursday, killing at least 60 people, including 13 U.S. troops, in the chaos of the evacuation from Afghanistan.
Islamic State's regional affiliate claimed responsibility.
One of the explosions was at a gate where U.S. soldiers were screening people trying to board evacuation flights.
U.S. President Joe Biden vowed to hunt down those responsible.
“We will not forgive, and we will not forget,” he said at the White House.
Evacuation flights continued despite the attack.
""")

D("2021-08-30", "conflict", "south-asia", """
The last U.S. military flight left Kabul just before midnight on Monday, ending America's longest war and a chaotic airlift in which more than 120,000 people were evacuated.
The Pentagon said that Major General Chris Donahue was the last U.S. soldier to board a plane at Kabul airport.
Taliban fighters fired guns into the air in celebration.
Some U.S. citizens who wanted to leave remained in the country, Secretary of State Antony Blinken said.
""")

D("2024-08-21", "courts", "south-asia", """
The Taliban have issued a law banning women's voices and bare faces in public, a ministry spokesperson said on Wednesday, in the latest in a series of restrictions on women in Afghanistan.
The law, approved by the group's supreme leader, requires women to cover their bodies and faces at all times outside the home.
Women are also forbidden from singing or reading aloud in public.
The U.N. mission in Afghanistan said the law provided a distressing vision for the country's future.
""")

D("2021-03-27", "conflict", "southeast-asia", """
H: Myanmar security forces kill more than 100 on bloodiest day since coup
YANGON, March 27 (Wire) — Myanmar security forces killed at least 114 people, including children, in a crackdown on protests on Saturday, the bloodiest day since last month's military coup, according to news reports and witnesses.
The killings took place in Yangon, Mandalay and more than a dozen other towns and cities.
The violence coincided with the annual Armed Forces Day parade in the capital Naypyitaw, where junta leader Min Aung Hlaing said the army would protect the people.
The European Union's delegation to Myanmar called it a day of terror and dishonour.
Protesters said they would not give up.
""")

D("2023-11-12", "conflict", "southeast-asia", """
An alliance of ethnic minority armed groups in Myanmar said on Sunday it had captured more than 100 military posts and several towns in northern Shan state since launching an offensive two weeks ago.
The Three Brotherhood Alliance said the operation, dubbed “1027” after the date it began, aimed to eradicate the military dictatorship.
The junta-appointed president warned that the country risked being split apart if the government failed to manage the situation.
China, which shares a long border with Shan state, called for a ceasefire.
Tens of thousands of people have been displaced by the fighting, the U.N. said.
""")

D("2024-04-11", "conflict", "southeast-asia", """
Myanmar's military said on Thursday its troops had withdrawn from the border town of Myawaddy, a key trade hub with Thailand, after days of fighting with ethnic Karen insurgents.
Karen forces said about 200 soldiers had retreated to a bridge connecting Myawaddy with the Thai town of Mae Sot.
Thailand's prime minister said his country was ready to receive up to 100,000 people fleeing the fighting.
More than $1 billion in trade passes through Myawaddy each year.
""")

D("2025-12-28", "elections", "southeast-asia", """
Voting began in parts of Myanmar on Sunday in the first phase of an election organised by the military government, which critics have dismissed as a sham designed to legitimise army rule.
Many areas controlled by rebel groups were excluded from the vote.
Aung San Suu Kyi, the former leader, remains in detention, and her party was dissolved.
The junta said the election would be free and fair and that it would hand power to a civilian government.
Turnout appeared low in Yangon and Mandalay, according to witnesses.
""")

D("2019-04-17", "elections", "southeast-asia", """
Indonesian President Joko Widodo appeared set to win a second term in Wednesday's election, with unofficial quick counts showing him about 9 percentage points ahead of former general Prabowo Subianto.
Prabowo claimed victory regardless, saying his campaign's internal count showed him winning 62 percent.
About 193 million people were eligible to vote in one of the world's biggest single-day elections.
Dozens of election workers died from exhaustion linked to the long hours of counting.
""")

D("2024-02-14", "elections", "southeast-asia", """
H: Prabowo claims victory in Indonesian presidential election
JAKARTA, Feb 14 (Wire) — Indonesian Defence Minister Prabowo Subianto claimed victory in the presidential election on Wednesday, after unofficial counts showed him winning about 58 percent of the vote.
The former special forces commander, who lost the last two elections, ran with the eldest son of outgoing President Joko Widodo as his running mate.
“This victory is a victory for all Indonesian people,” Prabowo told a crowd at a stadium in Jakarta.
His two rivals said they would wait for the official results.
Rights groups have raised concerns about Prabowo's human rights record, which he has always denied.
""")

D("2025-08-29", "protest", "southeast-asia", """
Protests spread across Indonesia on Friday after a delivery driver was killed when a police armoured vehicle ran him over during a demonstration in Jakarta.
Protesters set fire to a regional parliament building in Makassar, where three people died.
The demonstrations began earlier in the week over allowances paid to lawmakers, which protesters said were excessive.
President Prabowo Subianto called for calm and ordered an investigation into the driver's death.
The police chief apologised, and seven officers were detained.
""")

D("2022-05-09", "elections", "southeast-asia", """
Ferdinand Marcos Jr., the son of the late Philippine dictator, won the presidential election by a landslide on Monday, according to a partial count.
Marcos had more than 30 million votes, more than double those of his nearest rival, Vice President Leni Robredo.
His running mate, Sara Duterte, daughter of outgoing President Rodrigo Duterte, also won by a wide margin.
Protesters gathered outside the election commission, saying the result was the product of a disinformation campaign.
Marcos has defended his father's rule, during which thousands of people were killed, tortured or disappeared.
""")

D("2024-06-20", "diplomacy", "southeast-asia", """
Vietnam's top leader To Lam hosted Russian President Vladimir Putin in Hanoi on Thursday, a visit that drew a rebuke from the United States.
The two countries signed about a dozen agreements on energy, education and science.
Putin praised the Soviet Union's support for Vietnam during its wars against France and the United States.
The U.S. embassy in Hanoi said no country should give Putin a platform to promote his war of aggression.
Vietnam has upgraded relations with the United States, China, Japan and Australia in the past year.
""")

D("2016-08-07", "protest", "southeast-asia", """
Thai voters approved a military-backed constitution in a referendum on Sunday, in a result that critics said would entrench the army's influence over politics for years.
Early results showed 61 percent of voters supported the new charter.
Campaigning against the draft had been banned, and dozens of activists were arrested before the vote.
Junta leader Prayuth Chan-ocha said an election would be held in 2017 as planned.
""")

D("2020-10-15", "protest", "southeast-asia", """
Thailand's government banned gatherings of more than five people in Bangkok on Thursday, in a bid to end three months of protests against Prime Minister Prayuth Chan-ocha and the monarchy.
Police cleared protesters from outside the prime minister's office before dawn and arrested three leaders.
Hours later, thousands of people gathered again at a major intersection in defiance of the order.
Protesters had jeered at a royal motorcade carrying Queen Suthida on Wednesday.
The government said the emergency decree was needed to maintain peace and order.
""")

D("2023-05-14", "elections", "southeast-asia", """
Thailand's opposition Move Forward Party won the most seats in Sunday's election, results showed, dealing a heavy defeat to the military-backed parties that have ruled since a 2014 coup.
The progressive party, which has promised to reform a law against insulting the monarchy, won 151 of the 500 seats in the lower house.
Move Forward leader Pita Limjaroenrat said he was ready to become prime minister.
Under the constitution, however, the prime minister is chosen by both houses, including a 250-member Senate appointed by the junta.
""")

D("2024-08-14", "courts", "southeast-asia", """
Thailand's Constitutional Court dismissed Prime Minister Srettha Thavisin on Wednesday for appointing a cabinet minister who had served time in prison.
The court ruled five to four that Srettha had violated ethics rules.
It was the second ruling in a week to shake Thai politics, after the same court dissolved the opposition Move Forward Party.
The ruling Pheu Thai party nominated Paetongtarn Shinawatra, 37, daughter of former Prime Minister Thaksin Shinawatra, as his successor.
""")

D("2022-11-24", "elections", "southeast-asia", """
Veteran reformist Anwar Ibrahim was sworn in as Malaysia's prime minister on Thursday, capping a three-decade political journey that included nine years in prison.
The king named Anwar as prime minister after an election on Saturday produced a hung parliament.
Anwar said he would not take a salary and promised to fight corruption and bring stability.
Malaysian shares jumped 3 percent and the ringgit rose on the news.
""")

D("2025-03-05", "sanctions-trade", "southeast-asia", """
Vietnam said on Wednesday it would cut import tariffs on a range of U.S. goods, including cars and liquefied natural gas, in an effort to avoid punitive duties from Washington.
Vietnam had a trade surplus of about $123 billion with the United States last year, the third largest after China and Mexico.
The finance ministry said the cuts would also apply to ethanol, chicken wings and almonds.
A Vietnamese trade official said Hanoi was also considering buying more U.S. aircraft.
""")

D("2016-09-06", "diplomacy", "southeast-asia", """
U.S. President Barack Obama expressed regret on Tuesday for the bombing campaign that Washington carried out in Laos during the Vietnam War, and pledged $90 million to help clear unexploded bombs.
Obama, the first sitting U.S. president to visit Laos, said the United States had a moral obligation to help the country heal.
More than 2 million tonnes of bombs were dropped on Laos between 1964 and 1973, making it the most heavily bombed country per person in history.
About a third of the bombs did not explode.
""")

D("2018-02-13", "energy", "europe", """
H: Lithuania asks EU to block power imports from Belarus nuclear plant
VILNIUS, Feb 13 (Wire) — Lithuania asked the European Union on Tuesday to ban imports of electricity from a nuclear power plant being built in neighbouring Belarus, saying the project did not meet international safety standards.
The plant at Astravets lies about 50 km from Vilnius, the Lithuanian capital.
“If there were an accident, a third of our population would have to be evacuated,” Lithuania's energy minister told reporters.
Belarus said the plant was being built to the highest standards and accused Lithuania of politicising the issue.
The European Commission said it would study the request but did not commit to any action.
""")

D("2023-10-10", "energy", "europe", """
Finland said on Tuesday that damage to a gas pipeline and a telecoms cable under the Baltic Sea had probably been caused by external activity, and that it could not rule out deliberate sabotage.
The Balticconnector pipeline, which links Finland and Estonia, was shut down on Sunday after operators noticed a drop in pressure.
President Sauli Niinisto said the damage was serious and that Finland was working with Estonia and NATO to establish its cause.
Finnish investigators later said a Chinese container ship had dragged its anchor across the seabed.
""")

D("2024-12-26", "energy", "europe", """
Finnish police said on Thursday they had seized a tanker carrying Russian oil that is suspected of damaging an undersea power cable linking Finland and Estonia.
The Estlink 2 cable lost power on Wednesday, shortly after the vessel passed over it.
Finnish customs said the ship, the Eagle S, was part of Russia's shadow fleet of ageing tankers used to evade sanctions.
Estonia said the country's electricity supply was not affected.
NATO said it would increase its military presence in the Baltic Sea.
""")

D("2021-10-06", "energy", "europe", """
European gas prices hit a record high on Wednesday, rising more than 40 percent in a single day before falling back after Russian President Vladimir Putin said Moscow could increase supplies.
The Dutch benchmark contract rose to 162 euros per megawatt hour at one point.
Low storage levels, a cold winter last year and strong demand from Asia have driven the rally.
European Commission officials said they would publish measures next week to help consumers.
""")

D("2022-06-16", "energy", "europe", """
Russia's Gazprom cut gas deliveries to Italy by 15 percent on Wednesday and to Germany by 60 percent, citing a problem with a turbine that had been sent to Canada for repair.
German Economy Minister Robert Habeck said the explanation was a pretext and that the cuts were a political decision.
Prices jumped 24 percent on the Dutch gas exchange.
Italy's energy company Eni said it had been notified of the reduction but had not been given a reason.
""")

D("2025-01-01", "energy", "europe", """
Russian gas stopped flowing through Ukraine to Europe on New Year's Day, after a transit deal between the two countries expired, ending decades of supplies through the route.
Ukraine had refused to extend the agreement, saying it would not allow Russia to earn money from gas to fund the war.
Slovakia, which had received most of its gas through Ukraine, said the decision would cost it 500 million euros a year.
Slovak Prime Minister Robert Fico threatened to cut electricity supplies to Ukraine in retaliation.
The European Commission said the EU had prepared for the end of the transit and that the impact would be limited.
""")

D("2023-04-15", "energy", "europe", """
Germany shut down its last three nuclear power plants on Saturday, ending six decades of nuclear power generation.
The Isar 2, Emsland and Neckarwestheim 2 reactors were disconnected from the grid shortly before midnight.
The phase-out was brought forward by former Chancellor Angela Merkel after the Fukushima disaster in 2011.
Some politicians had called for the plants to be kept running because of the energy crisis caused by the war in Ukraine.
Environmental groups celebrated outside the Brandenburg Gate in Berlin.
""")

D("2025-04-28", "energy", "europe", """
H: Massive power cut hits Spain and Portugal
MADRID, April 28 (Wire) — A huge power cut hit Spain and Portugal on Monday, halting trains, shutting down mobile networks and leaving tens of millions of people without electricity.
The outage began at about 12:30 p.m. local time, and traffic lights went dark in Madrid and Lisbon.
Spanish grid operator Red Electrica said it would take six to 10 hours to fully restore power.
Spanish Prime Minister Pedro Sanchez said it was too early to say what had caused the blackout and that no hypothesis had been ruled out.
Portugal's prime minister said there was no indication of a cyber attack.
Power had been restored to most homes in both countries by early Tuesday.
""")

D("2022-10-11", "energy", "europe", """
Ukraine asked citizens to limit their use of electricity during peak hours on Tuesday, after Russian missile strikes hit power plants in several cities.
The government said about 30 percent of the country's energy infrastructure had been damaged since Monday.
Residents of Kyiv were asked to avoid using washing machines and electric kettles between 5 p.m. and 10 p.m.
Ukraine also halted electricity exports to the European Union.
""")

D("2015-12-23", "cyber", "europe", """
Hackers cut power to about 225,000 people in western Ukraine on Wednesday, in what security researchers later described as the first known cyber attack to take down a power grid.
The attack hit three regional distribution companies, and engineers had to restore power manually.
Ukraine's security service blamed Russia.
U.S. investigators said the hackers had gained access to the companies' networks months before the attack.
""")

D("2023-09-03", "energy", "middle-east", """
Saudi Arabia will extend its voluntary oil output cut of 1 million barrels per day until the end of December, the energy ministry said on Tuesday, sending Brent crude above $90 a barrel for the first time this year.
Russia said it would also extend a voluntary reduction of 300,000 barrels a day in its exports.
The ministry said the decision would be reviewed every month.
Analysts said the cuts would tighten the market in the fourth quarter.
""")

D("2024-06-02", "energy", "global", """
OPEC+ agreed on Sunday to extend most of its deep oil output cuts well into 2025, as the group seeks to shore up the market amid tepid demand growth and high interest rates.
The group will extend cuts of 3.66 million barrels per day by a year until the end of 2025.
Eight members will also phase out voluntary cuts of 2.2 million barrels per day gradually from October.
The United Arab Emirates was allowed to raise its output by 300,000 barrels a day.
""")

D("2022-10-05", "energy", "global", """
OPEC+ agreed on Wednesday to cut its oil output target by 2 million barrels per day, the largest reduction since 2020, despite pressure from the United States to pump more.
The White House said President Joe Biden was disappointed by the “shortsighted decision.”
Saudi Energy Minister Prince Abdulaziz bin Salman said the group was focused on being a regulator of the market.
Analysts said the actual cut would be smaller because several members were already producing below their targets.
""")

D("2025-05-31", "energy", "global", """
Eight OPEC+ members agreed on Saturday to raise oil output by 411,000 barrels per day in July, the third month in a row of larger-than-planned increases.
Saudi Arabia has been pushing for faster increases to punish members that have overproduced, sources said.
Kazakhstan has repeatedly exceeded its quota, and Iraq has also been criticised.
Oil prices have fallen about 20 percent this year.
""")

D("2016-01-18", "markets", "east-asia", """
China's economy grew by 6.9 percent last year, its slowest pace in a quarter of a century, official data showed on Tuesday.
Growth in the fourth quarter was 6.8 percent, slightly below expectations.
Premier Li Keqiang has said the government will tolerate slower growth as long as enough jobs are created.
Some economists doubt the accuracy of the official data and say real growth is much lower.
""")

D("2015-08-24", "markets", "east-asia", """
H: Chinese stocks crash, dragging down global markets
SHANGHAI, Aug 24 (Wire) — Chinese shares plunged 8.5 percent on Monday, their biggest one-day fall since 2007, sending shockwaves through global markets.
State media called it “Black Monday.”
The Shanghai Composite index has lost nearly 40 percent since its peak in June.
Beijing's surprise devaluation of the yuan two weeks ago fuelled fears that the economy was slowing more sharply than thought.
The Dow Jones Industrial Average dropped more than 1,000 points shortly after the open.
""")

D("2023-08-10", "markets", "east-asia", """
China's consumer prices fell in July for the first time in more than two years, official data showed on Wednesday, adding to concerns that the world's second-largest economy is sliding into deflation.
The consumer price index dropped 0.3 percent from a year earlier.
Producer prices fell for the 10th month in a row.
The data came as property developer Country Garden missed payments on two dollar bonds.
""")

D("2024-01-29", "courts", "east-asia", """
A Hong Kong court ordered the liquidation of China Evergrande Group on Monday, saying the world's most indebted property developer had failed to come up with a restructuring plan.
Judge Linda Chan said it was time for the court to say enough was enough.
Evergrande has more than $300 billion in liabilities.
Shares in the company were suspended after falling more than 20 percent.
""")

D("2025-02-01", "sanctions-trade", "north-america", """
H: Trump orders tariffs on Canada, Mexico and China
WASHINGTON, Feb 1 (Wire) — U.S. President Donald Trump ordered tariffs of 25 percent on imports from Canada and Mexico and 10 percent on goods from China on Saturday, saying the countries had failed to stop the flow of illegal migrants and fentanyl.
Canadian energy products will face a lower tariff of 10 percent.
Canadian Prime Minister Justin Trudeau said Canada would respond with 25 percent tariffs on C$155 billion of American goods.
“We didn't ask for this, but we will not back down,” Trudeau said.
Mexican President Claudia Sheinbaum said she had instructed her economy minister to implement retaliatory measures.
Two days later, Trump paused the tariffs on Canada and Mexico for 30 days after both countries agreed to strengthen border security.
""")

D("2025-03-04", "sanctions-trade", "north-america", """
Canadian fans booed the U.S. national anthem at hockey and basketball games, and some provinces pulled American liquor from store shelves, as tariffs took effect on Tuesday.
Ontario Premier Doug Ford said the province would impose a 25 percent surcharge on electricity exported to three U.S. states.
“If they want to try to wipe out Ontario, I will do everything, including cutting off their energy,” Ford said.
Canada's retaliatory tariffs cover goods including orange juice, peanut butter, wine and motorcycles.
""")

D("2025-04-28", "elections", "north-america", """
H: Carney's Liberals win Canadian election on anti-Trump wave
OTTAWA, April 28 (Wire) — Canadian Prime Minister Mark Carney's Liberal Party won Monday's election, capping a remarkable comeback driven by anger at U.S. President Donald Trump's tariffs and his talk of annexing Canada.
It was not immediately clear whether the Liberals would win a majority of the 343 seats in the House of Commons.
Carney, a former central banker who replaced Justin Trudeau as party leader in March, said Trump wanted to “break us so America can own us.”
Conservative leader Pierre Poilievre conceded defeat but lost his own seat in Ottawa.
The Canadian dollar strengthened slightly in early trading.
""")

D("2025-01-07", "diplomacy", "europe", """
Danish Prime Minister Mette Frederiksen said on Tuesday that Greenland was not for sale, after U.S. President-elect Donald Trump refused to rule out using military or economic pressure to take control of the island.
Trump's son Donald Jr. landed in the Greenland capital Nuuk on a private visit the same day.
Greenland's Prime Minister Mute Egede said the island belonged to its people and that its future would be decided by them.
German Chancellor Olaf Scholz said the principle of the inviolability of borders applied to every country.
""")

D("2025-03-28", "diplomacy", "europe", """
U.S. Vice President JD Vance visited a U.S. military base in northern Greenland on Friday and accused Denmark of not doing a good job of protecting the island.
Vance said the United States had no plans to use military force but believed Greenlanders would choose to partner with America.
The visit was scaled down from an original plan that included a trip to a dog-sled race, after protests from Greenland and Denmark.
Danish Foreign Minister Lars Lokke Rasmussen said Denmark did not appreciate the tone of the remarks.
""")

D("2025-01-20", "diplomacy", "north-america", """
Donald Trump was sworn in as the 47th president of the United States on Monday in a ceremony moved indoors because of freezing temperatures.
In his inaugural address, Trump said “the golden age of America begins right now” and promised to declare a national emergency at the southern border.
He said he would rename the Gulf of Mexico the Gulf of America and that the United States would take back the Panama Canal.
Trump signed a series of executive orders on his first afternoon, including one withdrawing from the Paris climate agreement.
He also pardoned about 1,500 people charged over the Jan. 6, 2021, attack on the Capitol.
""")

D("2025-02-02", "diplomacy", "latin-america", """
Panama will not renew its agreement with China's Belt and Road Initiative, President Jose Raul Mulino said on Sunday after meeting U.S. Secretary of State Marco Rubio.
Rubio had told Mulino that Chinese influence over the Panama Canal was unacceptable and could breach a treaty on the waterway's neutrality.
Mulino said the canal's sovereignty was not in question.
“I don't feel that there is a real threat against the treaty,” he told reporters.
Protesters in Panama City burned an effigy of Rubio.
""")

D("2025-03-04", "markets", "global", """
Hong Kong conglomerate CK Hutchison agreed on Tuesday to sell most of its global ports business, including two ports at either end of the Panama Canal, to a consortium led by BlackRock for $22.8 billion.
The deal would give the consortium control of 43 ports in 23 countries.
President Donald Trump had claimed that China was operating the canal.
Beijing's office in Hong Kong later criticised the deal, and Chinese regulators said they would review it.
""")

D("2024-02-28", "conflict", "latin-america", """
Armed gangs in Haiti attacked two prisons in the capital over the weekend and freed thousands of inmates, prompting the government to declare a state of emergency on Sunday.
At least 12 people were killed in the assault on the National Penitentiary, which held about 3,800 prisoners, officials said.
Gang leader Jimmy Cherizier said the attacks were meant to oust Prime Minister Ariel Henry.
The U.S. embassy urged American citizens to leave the country as soon as possible.
""")

D("2024-06-25", "conflict", "latin-america", """
The first contingent of Kenyan police officers arrived in Haiti on Tuesday to lead an international force to combat armed gangs that control most of the capital.
About 400 officers landed at the airport in Port-au-Prince, which was reopened only last month after gang attacks.
The U.N.-backed mission is expected to eventually include 2,500 personnel from several countries.
Haitian Prime Minister Garry Conille welcomed the officers and said the mission was long awaited.
Human rights groups have raised concerns about the Kenyan police's record at home.
""")

D("2025-09-30", "diplomacy", "latin-america", """
The U.N. Security Council voted on Tuesday to authorise a new “Gang Suppression Force” for Haiti, with up to 5,550 personnel, to replace the struggling Kenyan-led mission.
The resolution, drafted by the United States and Panama, passed with 12 votes in favour and three abstentions: China, Russia and Pakistan.
The new force will have the authority to carry out targeted operations against gangs.
Haiti's transitional council welcomed the decision.
""")

D("2025-09-02", "conflict", "latin-america", """
The U.S. military struck a boat that officials said was carrying drugs from Venezuela in the southern Caribbean on Tuesday, killing 11 people, President Donald Trump said.
Trump said the people on board were members of the Tren de Aragua gang.
Venezuela's government said the video of the strike released by the White House appeared to be generated by artificial intelligence.
Legal experts questioned whether the strike was lawful, since there was no evidence that the vessel posed an imminent threat.
The United States has deployed eight warships and a submarine to the region.
""")

D("2019-01-23", "protest", "latin-america", """
H: Venezuela opposition leader Guaido declares himself interim president
CARACAS, Jan 23 (Wire) — Venezuelan opposition leader Juan Guaido declared himself interim president on Wednesday before a crowd of tens of thousands in Caracas, and the United States quickly recognised him.
Guaido, the 35-year-old head of the National Assembly, swore to assume executive powers until free elections could be held.
President Nicolas Maduro responded by breaking diplomatic relations with the United States and giving U.S. diplomats 72 hours to leave.
Canada, Brazil, Colombia and Argentina also recognised Guaido.
Russia and China said they continued to back Maduro.
Security forces fired tear gas at protesters in several neighbourhoods, and at least 13 people were killed.
""")

D("2019-04-30", "coup", "latin-america", """
Venezuelan opposition leader Juan Guaido appeared alongside a group of armed soldiers outside a military base in Caracas on Tuesday and called on the armed forces to help him oust President Nicolas Maduro.
The government said it was confronting a small group of “military traitors” attempting a coup.
Opposition figure Leopoldo Lopez, who had been under house arrest, joined Guaido at the scene.
By evening, the uprising appeared to have fizzled, and Lopez took refuge in the Spanish ambassador's residence.
Maduro appeared on television with the defence minister to declare victory.
""")

D("2018-08-04", "conflict", "latin-america", """
Venezuelan President Nicolas Maduro was unharmed after drones loaded with explosives detonated near him during a military parade in Caracas on Saturday, the government said.
Television footage showed Maduro looking up in surprise as he spoke, and soldiers breaking ranks and running.
Seven soldiers were wounded, officials said.
Maduro blamed the far right in Venezuela and Colombia's outgoing president, Juan Manuel Santos, which Colombia called absurd.
""")

D("2016-11-26", "diplomacy", "latin-america", """
Cuba's former leader Fidel Castro, who led a communist revolution and defied the United States for half a century, died on Friday at the age of 90, his brother President Raul Castro announced on state television.
The government declared nine days of national mourning.
In Miami, Cuban exiles took to the streets to celebrate, banging pots and waving flags.
U.S. President-elect Donald Trump called Castro a brutal dictator.
His ashes will be taken across the island to the eastern city of Santiago de Cuba.
""")

D("2016-03-21", "diplomacy", "latin-america", """
U.S. President Barack Obama met Cuban President Raul Castro in Havana on Monday, and the two leaders spoke openly about their differences on human rights in an unusual joint news conference.
Obama, the first sitting U.S. president to visit Cuba in 88 years, urged Congress to lift the trade embargo on the island.
Castro asked a U.S. reporter to give him a list of political prisoners and said he would release them if there were any.
The visit follows the restoration of diplomatic relations between the former Cold War foes in 2015.
""")

D("2019-10-05", "diplomacy", "africa", """
H: Egypt, Ethiopia trade blame as Nile dam talks stall
CAIRO, Oct 5 (Wire) — Talks between Egypt, Ethiopia and Sudan over a giant hydropower dam on the Blue Nile have reached a deadlock, Egypt's irrigation ministry said on Saturday.
The ministry said Ethiopia had refused to discuss a proposal under which a minimum amount of water would be released each year.
Ethiopia's water minister said Egypt's demands would infringe on his country's sovereignty.
“We will not let anyone stop us from using our own river,” he told state media.
Egyptian President Abdel Fattah al-Sisi said on Twitter that the state was committed to protecting Egypt's water rights.
""")

D("2020-07-21", "diplomacy", "africa", """
Has Ethiopia begun filling the reservoir of its Grand Ethiopian Renaissance Dam without an agreement?
Satellite images this week showed water levels behind the dam rising sharply, prompting confusion in Cairo and Khartoum.
Ethiopian officials said the rise was due to heavy seasonal rains rather than a deliberate decision to close the gates.
Sudan said water levels at a gauging station downstream had fallen by 90 million cubic metres a day.
Egypt, which relies on the Nile for about 90 percent of its fresh water, requested clarification from Addis Ababa.
""")

D("2025-09-09", "energy", "africa", """
Ethiopia formally inaugurated its giant hydroelectric dam on the Blue Nile on Tuesday, a project that has been at the centre of a long dispute with Egypt and Sudan.
Prime Minister Abiy Ahmed said the dam was not a threat but a shared opportunity.
The 5,150-megawatt Grand Ethiopian Renaissance Dam is the largest hydroelectric project in Africa.
Egypt's foreign ministry said it would take all measures necessary to defend its water interests.
""")

D("2022-12-16", "conflict", "africa", """
H: Red Cross says it cannot reach villages cut off by fighting in Cameroon
YAOUNDE, Dec 16 (Wire) — The International Committee of the Red Cross said on Friday it had been unable to reach several villages in Cameroon's Northwest region for more than two months because of fighting between the army and separatist militias.
Aid workers said thousands of people were believed to be hiding in the forest without food or medical care.
“If the parties do not agree to let us through, people will die of treatable illnesses,” an ICRC official said.
The separatists, who want an independent English-speaking state, did not respond to requests for comment.
A military spokesperson said the army would facilitate the movement of humanitarian workers where conditions allowed.
""")

D("2017-01-19", "coup", "africa", """
Adama Barrow was sworn in as president of Gambia at the country's embassy in neighbouring Senegal on Thursday, as West African troops prepared to enter Gambia to force longtime ruler Yahya Jammeh to step down.
The U.N. Security Council unanimously backed ECOWAS efforts to ensure that the will of the Gambian people was respected.
Senegalese troops crossed the border hours later.
Jammeh, whose mandate expired at midnight, had refused to leave office after losing the December election.
""")

D("2023-05-25", "diplomacy", "africa", """
Leaders from across Africa marked the 60th anniversary of the Organisation of African Unity on Thursday, with the head of the African Union Commission calling for a permanent African seat on the U.N. Security Council.
Moussa Faki Mahamat said it was unacceptable that a continent of 1.4 billion people had no permanent voice on the council.
The OAU was founded in Addis Ababa in 1963 and replaced by the African Union in 2002.
The celebration was overshadowed by conflicts in Sudan, the Sahel and eastern Congo.
""")

D("2023-09-09", "diplomacy", "global", """
H: African Union joins G20 as permanent member
NEW DELHI, Sept 9 (Wire) — The African Union became a permanent member of the Group of 20 major economies on Saturday, Indian Prime Minister Narendra Modi said at the opening of the bloc's summit in New Delhi.
Modi invited AU chairman Azali Assoumani, the president of the Comoros, to take his seat at the table.
The AU, which has 55 member states, will have the same status as the European Union.
Leaders later agreed on a joint declaration that avoided condemning Russia for the war in Ukraine.
Chinese President Xi Jinping and Russian President Vladimir Putin did not attend.
""")

D("2025-11-22", "diplomacy", "africa", """
G20 leaders adopted a declaration at the start of their summit in Johannesburg on Saturday, despite a boycott by the United States, which had objected to the text.
It was the first time the group had met on African soil.
South African President Cyril Ramaphosa said the declaration's adoption at the beginning of the summit sent a signal that multilateralism could deliver.
U.S. President Donald Trump had said no U.S. officials would attend because of what he called the mistreatment of white farmers in South Africa, a claim Pretoria rejects.
Argentina also did not sign the declaration.
""")

D("2025-05-21", "diplomacy", "north-america", """
U.S. President Donald Trump confronted South African President Cyril Ramaphosa in the Oval Office on Wednesday with unproven claims of genocide against white farmers, dimming the lights to play a video.
Ramaphosa, who had hoped to reset relations, calmly rejected the allegations.
“If there was Afrikaner farmer genocide, I can bet you, these three gentlemen would not be here,” he said, referring to white South Africans in his delegation.
Ramaphosa later told reporters that the meeting had gone well.
""")

D("2018-06-14", "diplomacy", "europe", """
Greece and North Macedonia signed an agreement on Sunday to end a 27-year dispute over the name of the former Yugoslav republic, which will be renamed the Republic of North Macedonia.
The foreign ministers of the two countries signed the deal on the shores of Lake Prespa, which borders both nations.
Greece had objected to the name Macedonia because it is also the name of a northern Greek province.
The agreement opens the way for North Macedonia to join NATO and begin EU membership talks.
Protesters clashed with police in a nearby Greek village.
""")

D("2020-10-08", "courts", "europe", """
A Greek court ruled on Wednesday that the far-right Golden Dawn party was a criminal organisation, in one of the most important political trials in the country's history.
The court found the party's leader and six former lawmakers guilty of running a criminal group.
Thousands of people gathered outside the courthouse in Athens and cheered as the verdict was read.
Police fired tear gas at a small group that threw petrol bombs.
The trial began in 2015, two years after the killing of an anti-fascist rapper by a party supporter.
""")

D("2015-07-05", "elections", "europe", """
H: Greeks reject bailout terms in referendum
ATHENS, July 5 (Wire) — Greeks voted overwhelmingly on Sunday to reject the terms of an international bailout, in a result that raised the possibility the country could leave the euro zone.
With most votes counted, 61 percent had voted “no” to the proposals of creditors, the interior ministry said.
Prime Minister Alexis Tsipras said the vote was not a mandate for a break with Europe but a mandate to strengthen the country's negotiating position.
Thousands of people celebrated in Syntagma Square in front of parliament.
Euro zone finance ministers will hold an emergency meeting on Tuesday.
""")

D("2015-07-13", "markets", "europe", """
Euro zone leaders reached a deal with Greece on Monday after 17 hours of talks, agreeing in principle to a third bailout to keep the country in the currency union.
Greece must pass laws on pension and tax reforms by Wednesday to secure the start of negotiations on the new loan of up to 86 billion euros.
European Council President Donald Tusk said there would be no Grexit.
Tsipras said he had fought a tough battle but had secured debt restructuring and a growth package.
Many of his own lawmakers said the terms were humiliating.
""")

D("2020-01-31", "diplomacy", "europe", """
Britain left the European Union at 11 p.m. London time on Friday, ending almost half a century of membership and opening a new chapter in its history.
Crowds gathered in Parliament Square to celebrate, while others held candle-lit vigils in Scotland.
Prime Minister Boris Johnson said in a video message that it was not an end but a beginning.
Britain will remain in a transition period until the end of the year, during which it will continue to follow EU rules.
""")

D("2020-12-24", "sanctions-trade", "europe", """
H: Britain and EU strike post-Brexit trade deal
BRUSSELS, Dec 24 (Wire) — Britain and the European Union agreed a trade deal on Thursday, just one week before the end of the transition period, ending months of wrangling over fishing rights and competition rules.
European Commission President Ursula von der Leyen said it had been a long and winding road, but the result was a fair and balanced deal.
British Prime Minister Boris Johnson said the country had taken back control of its laws and its destiny.
The deal avoids tariffs and quotas on goods traded between the two sides.
It does not cover financial services, which account for a large share of Britain's economy.
""")

D("2022-07-07", "elections", "europe", """
British Prime Minister Boris Johnson announced his resignation on Thursday, after more than 50 ministers quit his government over a series of scandals.
Johnson said he would stay on until the ruling Conservative Party chose a new leader.
“No one is remotely indispensable,” he said in a statement outside Downing Street.
The opposition Labour Party said he should leave immediately.
""")

D("2022-10-20", "elections", "europe", """
British Prime Minister Liz Truss resigned on Thursday after just 45 days in office, making her the shortest-serving prime minister in the country's history.
Truss said she could not deliver the mandate on which she had been elected by the Conservative Party.
Her economic programme of unfunded tax cuts had triggered turmoil in financial markets.
The party said a new leader would be chosen within a week.
""")

D("2024-07-05", "elections", "europe", """
H: Labour wins British election by landslide, Starmer becomes PM
LONDON, July 5 (Wire) — Keir Starmer became Britain's prime minister on Friday after his Labour Party won a landslide in the general election, ending 14 years of Conservative government.
Labour won 412 of the 650 seats in parliament, while the Conservatives fell to 121, their worst result ever.
“The work of change begins immediately,” Starmer said in his first speech outside Downing Street.
Outgoing Prime Minister Rishi Sunak apologised to Conservative candidates and said he took responsibility for the loss.
Nigel Farage's Reform UK won five seats and about 14 percent of the vote.
""")

D("2016-04-04", "courts", "global", """
H: Leaked Panama Papers expose offshore holdings of world leaders
LONDON, April 4 (Wire) — A leak of millions of documents from a Panamanian law firm has revealed how some of the world's most powerful people used offshore companies to hide their wealth, according to reports published by a consortium of journalists.
The files from Mossack Fonseca name 12 current and former heads of state and dozens of other politicians and officials.
The firm said it had operated beyond reproach for 40 years and had never been accused of wrongdoing.
Iceland's prime minister faced calls to resign after the documents showed his wife owned an offshore company with claims on the country's collapsed banks.
The Kremlin dismissed reports about associates of President Vladimir Putin as “Putinophobia.”
""")

D("2016-04-05", "protest", "europe", """
Iceland's Prime Minister Sigmundur David Gunnlaugsson resigned on Tuesday, becoming the first major casualty of the Panama Papers leak.
Thousands of Icelanders had protested outside parliament in Reykjavik on Monday, throwing eggs and bananas at the building.
Gunnlaugsson denied any wrongdoing, saying his wife had paid all her taxes.
The fisheries minister was named to replace him.
""")

D("2018-11-19", "courts", "east-asia", """
Nissan Motor Co said on Monday its chairman Carlos Ghosn had been arrested in Tokyo for underreporting his income, and that it would propose removing him from the board.
Prosecutors said Ghosn had understated his compensation by about 5 billion yen ($44 million) over five years.
Nissan chief executive Hiroto Saikawa said he felt “despair” and “indignation” at the revelations.
Shares in Renault, which Ghosn also heads, fell more than 8 percent in Paris.
""")

D("2019-12-31", "courts", "europe", """
Former Nissan chairman Carlos Ghosn said on Tuesday he was in Lebanon after fleeing Japan, where he was awaiting trial on charges of financial misconduct.
“I have not fled justice, I have escaped injustice and political persecution,” Ghosn said in a statement.
Japanese officials said they had no record of him leaving the country.
Reports later said he had been smuggled out of Osaka airport in a large box meant for audio equipment.
Lebanon does not have an extradition treaty with Japan.
""")

D("2023-11-02", "courts", "north-america", """
A New York jury found Sam Bankman-Fried, the founder of the failed cryptocurrency exchange FTX, guilty on Thursday of stealing billions of dollars from customers.
The jury deliberated for less than five hours before convicting him on all seven counts of fraud and conspiracy.
Prosecutors said he had taken about $8 billion from customers to fund venture investments, political donations and luxury property.
Bankman-Fried, 31, faces decades in prison.
His lawyer said he maintained his innocence and would fight the charges.
""")

D("2022-11-11", "markets", "north-america", """
Cryptocurrency exchange FTX filed for bankruptcy protection in the United States on Friday, and its founder Sam Bankman-Fried resigned as chief executive, after a rush of withdrawals left it with a multibillion-dollar shortfall.
The collapse sent shockwaves through the crypto industry, and the price of bitcoin fell to a two-year low.
Rival exchange Binance had pulled out of a deal to rescue FTX on Wednesday.
Regulators in the Bahamas, where FTX was based, froze the assets of one of its subsidiaries.
""")

D("2024-12-05", "markets", "global", """
Bitcoin rose above $100,000 for the first time on Thursday, buoyed by expectations that the incoming Trump administration would adopt crypto-friendly policies.
The cryptocurrency has more than doubled in value this year.
President-elect Donald Trump said he would nominate Paul Atkins, a crypto advocate, to lead the Securities and Exchange Commission.
“Congratulations BITCOINERS!!!” Trump wrote on social media.
Analysts warned that the rally could reverse if regulatory changes disappointed investors.
""")

D("2021-09-07", "markets", "latin-america", """
El Salvador became the first country to adopt bitcoin as legal tender on Tuesday, but technical problems and a drop in the cryptocurrency's price marred the launch.
The government's digital wallet app was temporarily unavailable for several hours.
President Nayib Bukele said the issues were being resolved and that the number of users was growing.
Several hundred people protested in San Salvador against the law.
The International Monetary Fund has warned that adopting bitcoin raises economic, financial and legal issues.
""")

D("2022-03-16", "markets", "north-america", """
The U.S. Federal Reserve raised interest rates for the first time since 2018 on Wednesday and signalled more hikes ahead as it tries to contain inflation.
The central bank raised its benchmark overnight rate by a quarter of a percentage point, to a range of 0.25 to 0.50 percent.
Fed Chair Jerome Powell said the economy was very strong and could withstand tighter policy.
U.S. consumer prices rose 7.9 percent in the year to February, the fastest pace in four decades.
""")

D("2022-06-15", "markets", "north-america", """
The Federal Reserve raised its benchmark interest rate by three-quarters of a percentage point on Wednesday, its largest increase since 1994, as it stepped up its fight against inflation.
Fed Chair Jerome Powell said another increase of the same size was possible next month.
Officials projected that the economy would slow and unemployment would rise.
Stocks rose after the decision, as investors had expected an even more aggressive stance.
""")

D("2024-09-18", "markets", "north-america", """
H: Fed cuts rates by half a point in first reduction since 2020
WASHINGTON, Sept 18 (Wire) — The Federal Reserve cut interest rates by half a percentage point on Wednesday, its first reduction in more than four years, as officials gained confidence that inflation was under control.
The cut brings the benchmark rate to a range of 4.75 to 5 percent.
Fed Chair Jerome Powell said the move reflected the Fed's commitment to keeping the labour market strong.
Governor Michelle Bowman dissented, preferring a smaller cut, the first dissent by a Fed governor since 2005.
Officials projected another half point of cuts by the end of the year.
""")

D("2025-08-25", "markets", "north-america", """
U.S. President Donald Trump said on Monday he was removing Federal Reserve Governor Lisa Cook from her post, an unprecedented move that raised concerns about the central bank's independence.
Trump cited allegations of mortgage fraud, which Cook has not been charged with.
Cook said Trump had no authority to fire her and that she would not resign.
Her lawyer said she would file a lawsuit to challenge the decision.
The dollar fell and long-term Treasury yields rose on the news.
""")

D("2022-07-21", "markets", "europe", """
The European Central Bank raised interest rates for the first time in 11 years on Thursday, by a larger-than-expected half a percentage point, ending an eight-year experiment with negative rates.
The bank also approved a new tool to help countries such as Italy whose borrowing costs are rising.
ECB President Christine Lagarde said inflation was undesirably high and expected to remain so for some time.
Euro zone inflation hit 8.6 percent in June.
""")

D("2024-03-19", "markets", "east-asia", """
The Bank of Japan ended eight years of negative interest rates on Tuesday, its first rate increase in 17 years.
The central bank raised its short-term rate to a range of zero to 0.1 percent from minus 0.1 percent.
Governor Kazuo Ueda said the bank would continue to keep monetary conditions accommodative.
The yen weakened after the decision, as investors had widely expected it.
""")

D("2023-10-12", "markets", "south-asia", """
H: Sri Lanka reaches debt deal with China's Exim Bank
COLOMBO, Oct 12 (Wire) — Sri Lanka has reached a preliminary agreement with the Export-Import Bank of China to restructure about $4.2 billion of debt, the government said on Thursday.
The deal is a key step toward the country receiving the next tranche of a $2.9 billion bailout from the International Monetary Fund.
Sri Lanka defaulted on its foreign debt last year for the first time in its history.
The government said the agreement would give it significant relief over the next decade.
Talks with other bilateral creditors, including India and Japan, are continuing.
""")

D("2023-06-30", "markets", "south-asia", """
Pakistan reached a staff-level agreement with the International Monetary Fund on Thursday for a $3 billion loan, a deal that will provide relief to an economy on the brink of default.
The agreement must be approved by the IMF's board in July.
Pakistan's central bank has enough foreign reserves to cover less than a month of imports.
Prime Minister Shehbaz Sharif said the government would take difficult decisions.
""")

D("2024-03-18", "markets", "africa", """
Egypt's pound plunged to about 50 to the U.S. dollar after the central bank allowed it to float freely, part of a deal that more than doubled an IMF loan to $8 billion.
The central bank also raised interest rates by 6 percentage points.
The United Arab Emirates had earlier agreed to invest $35 billion in Egypt, including the development of a coastal area on the Mediterranean.
Egypt has been suffering from a severe shortage of foreign currency.
""")

D("2023-12-13", "markets", "latin-america", """
Argentina devalued its peso by more than 50 percent on Tuesday and announced deep spending cuts, as President Javier Milei's new government moved quickly to tackle the country's economic crisis.
Economy Minister Luis Caputo said the official exchange rate would be set at 800 pesos per dollar, from about 366.
The government will also cut energy and transport subsidies and suspend public works tenders.
“We came to solve the problem at its root,” Caputo said in a televised address.
""")

D("2019-09-18", "diplomacy", "middle-east", """
H: Oman's foreign minister makes rare visit to Damascus
MUSCAT, Sept 18 (Wire) — Oman's foreign minister held talks with Syrian officials in Damascus on Wednesday, a rare visit by a Gulf Arab minister to a country that most of the region has shunned since 2011.
The minister, who was received by his Syrian counterpart at the airport, did not make any public statement.
Oman has kept channels open to all sides in the Syrian war and has often acted as a discreet mediator in the region.
Asked whether the visit signalled a thaw, a Gulf diplomat said: “Muscat talks to everyone; that is the point of Muscat.”
Syrian state media said the two sides had discussed regional developments and bilateral relations.
""")

D("2021-02-16", "conflict", "middle-east", """
Rockets struck a military base housing U.S.-led coalition troops at Erbil airport in northern Iraq late on Monday, killing a civilian contractor and wounding a U.S. service member, the coalition said.
A little-known group calling itself Saraya Awliya al-Dam claimed responsibility in a statement posted on Telegram.
Iraq's Kurdish regional government said the attack was a dangerous escalation.
U.S. Secretary of State Antony Blinken said Washington was outraged and would hold those responsible to account.
Iran denied any role.
""")

D("2024-01-28", "conflict", "middle-east", """
H: Three U.S. troops killed in drone attack in Jordan
WASHINGTON, Jan 28 (Wire) — Three U.S. soldiers were killed and dozens injured in a drone attack on a base in northeastern Jordan near the Syrian border, President Joe Biden said on Sunday, the first U.S. deaths from hostile fire in the Middle East since the Gaza war began.
Biden blamed Iran-backed militant groups operating in Syria and Iraq and said the United States would respond.
“We shall respond,” Biden told a church audience in South Carolina, before asking for a moment of silence.
Iran said it had no involvement in the attack.
The Islamic Resistance in Iraq, an umbrella group of militias, said it had attacked several bases.
""")

D("2024-02-03", "conflict", "middle-east", """
The United States struck more than 85 targets in Iraq and Syria linked to Iran's Revolutionary Guards and affiliated militias on Friday, in retaliation for a drone attack that killed three U.S. soldiers in Jordan.
The strikes, which lasted about 30 minutes, were carried out by aircraft including long-range bombers flown from the United States.
The Iraqi government said 16 people had been killed, including civilians, and summoned the U.S. chargé d'affaires.
The White House said it had not consulted Iraq in advance but had informed Baghdad before the strikes.
""")

D("2020-01-08", "conflict", "middle-east", """
Ukraine International Airlines Flight 752 crashed shortly after taking off from Tehran on Wednesday, killing all 176 people on board.
The Boeing 737 came down in fields near the capital hours after Iran fired missiles at U.S. forces in Iraq.
Most of the passengers were Iranians and Canadians, many of them students returning to universities.
Iran initially blamed a technical fault.
Three days later, Iran's military said it had shot down the plane by mistake after mistaking it for a hostile target.
""")

D("2022-01-17", "conflict", "middle-east", """
Yemen's Houthi movement said it had launched drones and missiles at the United Arab Emirates on Monday, in an attack that killed three people near an oil facility in Abu Dhabi.
A fire also broke out at a construction site at Abu Dhabi International Airport.
The UAE said it reserved the right to respond to the terrorist attacks.
The Saudi-led coalition carried out air strikes on the Yemeni capital Sanaa hours later.
It was the first attack on UAE soil claimed by the Houthis and acknowledged by the Emirati authorities.
""")

D("2023-11-19", "conflict", "middle-east", """
Yemen's Houthi movement seized a cargo ship in the Red Sea on Sunday, saying it was linked to Israel, and took its 25 crew members hostage.
Israel said the Galaxy Leader was British-owned and Japanese-operated and that there were no Israelis on board.
Video released by the Houthis showed armed men landing on the deck from a helicopter.
The ship was taken to the port of Hodeidah.
Japan said it was talking directly to the Houthis to seek the release of the vessel.
""")

D("2025-05-06", "diplomacy", "middle-east", """
U.S. President Donald Trump said on Tuesday the United States would stop bombing Yemen's Houthis after the group agreed to stop attacking American ships.
Oman, which mediated the arrangement, said neither side would target the other.
The Houthis said the deal did not cover attacks on Israel, which they would continue.
Trump said the Houthis had “capitulated,” a description the group rejected.
""")

D("2022-06-13", "courts", "middle-east", """
An Iraqi court sentenced a British retired geologist to 15 years in prison on Monday for attempting to smuggle artefacts out of the country, his family said.
The 66-year-old had been arrested at Baghdad airport in March after shards of pottery and stone were found in his luggage.
He told the court he had not known that taking the pieces was illegal.
His family said they were devastated and would appeal.
The sentence was overturned on appeal weeks later.
""")

D("2020-07-10", "courts", "middle-east", """
Turkish President Tayyip Erdogan formally converted Istanbul's Hagia Sophia back into a mosque on Friday, hours after a court annulled its status as a museum.
The court ruled that the 1934 cabinet decision to convert the building into a museum had been unlawful.
The 6th-century building, originally a Byzantine cathedral, is a UNESCO World Heritage site.
Greece, the United States and church leaders had urged Turkey not to change its status.
Erdogan said the first Muslim prayers would be held there on July 24.
""")

D("2023-05-28", "elections", "middle-east", """
H: Erdogan wins runoff, extending rule into third decade
ANKARA, May 28 (Wire) — Turkish President Tayyip Erdogan won a presidential runoff on Sunday, extending his rule into a third decade after defeating opposition leader Kemal Kilicdaroglu.
Erdogan received 52.1 percent of the vote, according to unofficial results, while Kilicdaroglu won 47.9 percent.
“We will be together until the grave,” Erdogan told supporters outside his home in Istanbul.
Kilicdaroglu said the election was the most unfair in years but did not dispute the count.
The lira weakened to a record low against the dollar on Monday.
""")

D("2025-02-27", "conflict", "middle-east", """
Jailed Kurdish militant leader Abdullah Ocalan called on the Kurdistan Workers Party to lay down its arms and dissolve itself, in a letter read out by pro-Kurdish politicians in Istanbul on Thursday.
“All groups must lay down their arms and the PKK must dissolve itself,” Ocalan wrote.
The PKK has waged an insurgency against the Turkish state since 1984, in which more than 40,000 people have been killed.
Turkish officials said they would watch closely to see whether the group complied.
The PKK announced a ceasefire two days later.
""")

D("2025-07-11", "conflict", "middle-east", """
About 30 PKK fighters burned their weapons at a ceremony in northern Iraq on Friday, a symbolic first step in the group's disarmament.
The ceremony took place at the entrance to a cave near the city of Sulaimaniyah.
A woman commander read a statement saying the fighters were destroying their weapons voluntarily as a gesture of goodwill.
Turkish President Tayyip Erdogan said the process would lead to a “terror-free Turkey.”
""")

D("2018-03-18", "conflict", "middle-east", """
Turkish-backed forces took full control of the Syrian town of Afrin on Sunday, driving out the Kurdish YPG militia after a two-month offensive.
Turkish President Tayyip Erdogan said Turkey's flag was now flying over the town centre.
Fighters were seen looting shops and houses, according to a war monitor.
The YPG said it would continue to fight and would become a “constant nightmare” for Turkish forces.
More than 150,000 people had fled the town in recent days, the Kurdish authorities said.
""")

D("2025-03-08", "conflict", "middle-east", """
Hundreds of people have been killed in two days of fighting in Syria's coastal region between security forces and gunmen loyal to former President Bashar al-Assad, a war monitor said on Saturday.
The Syrian Observatory for Human Rights said the dead included more than 700 civilians, most of them members of the Alawite minority.
Interim President Ahmed al-Sharaa called for national unity and promised to hold accountable anyone who harmed civilians.
The United States condemned what it called “radical Islamist terrorists” who had killed civilians.
""")

D("2025-05-13", "sanctions-trade", "middle-east", """
H: Trump says U.S. will lift sanctions on Syria
RIYADH, May 13 (Wire) — U.S. President Donald Trump said on Tuesday he would order the lifting of sanctions on Syria, in a major shift in U.S. policy announced during a visit to Saudi Arabia.
“I will be ordering the cessation of sanctions against Syria in order to give them a chance at greatness,” Trump said at an investment forum in Riyadh.
Celebrations broke out in Damascus after the announcement.
Trump met Syrian interim President Ahmed al-Sharaa the following day, the first meeting between the leaders of the two countries in 25 years.
Saudi Crown Prince Mohammed bin Salman had urged Trump to lift the sanctions.
""")

D("2025-11-10", "diplomacy", "north-america", """
Syrian President Ahmed al-Sharaa met U.S. President Donald Trump at the White House on Monday, the first visit by a Syrian head of state to Washington.
The meeting was closed to the press, and the two leaders did not appear together publicly.
Syria agreed to join the U.S.-led coalition against Islamic State, a U.S. official said.
Sharaa was once designated a terrorist by Washington, which had offered a $10 million reward for information on him.
""")

D("2021-07-25", "coup", "africa", """
H: Tunisia's president suspends parliament, dismisses prime minister
TUNIS, July 25 (Wire) — Tunisian President Kais Saied suspended parliament and dismissed the prime minister on Sunday, after a day of protests against the government's handling of the COVID-19 pandemic and the economy.
Saied said he would govern alongside a new prime minister and invoked an emergency article of the constitution.
Parliament speaker Rached Ghannouchi, head of the Islamist Ennahda party, called it a coup against the revolution and the constitution.
Crowds of supporters celebrated in the streets of Tunis, honking car horns and letting off fireworks.
Tunisia has been held up as the only democratic success story of the Arab Spring uprisings of 2011.
""")

D("2023-04-18", "courts", "africa", """
Tunisian police arrested Rached Ghannouchi, leader of the Islamist Ennahda party and the most prominent critic of President Kais Saied, at his home in Tunis on Monday, his party said.
The interior ministry said the arrest was related to comments he had made about the risk of civil war if political Islam were eliminated.
Ghannouchi, 81, was taken to an unknown location, a lawyer said.
Dozens of opposition figures, including politicians, journalists and businessmen, have been detained since February.
Saied has described those arrested as traitors and terrorists.
""")

D("2019-04-02", "protest", "africa", """
Algerian President Abdelaziz Bouteflika resigned on Tuesday after weeks of mass protests and a call by the army chief for him to be declared unfit for office.
Bouteflika, 82, who has rarely been seen in public since suffering a stroke in 2013, informed the constitutional council of his decision.
Crowds in Algiers celebrated, waving flags and honking horns.
Protesters said they would keep up the pressure until the entire ruling elite stepped down.
Under the constitution, the head of the upper house of parliament will serve as interim president for up to 90 days.
""")

D("2020-10-23", "diplomacy", "africa", """
Libya's warring sides signed a permanent ceasefire agreement in Geneva on Friday, the United Nations said, calling it a historic achievement.
The deal requires all foreign fighters and mercenaries to leave the country within three months.
U.N. envoy Stephanie Williams said the road to a permanent ceasefire had often been long and difficult.
Turkey's president said the agreement lacked credibility.
Libya has been split since 2014 between a government in Tripoli and rival authorities in the east backed by commander Khalifa Haftar.
""")

D("2021-12-22", "elections", "africa", """
Libya's electoral commission proposed on Wednesday postponing the presidential election, scheduled for Friday, by one month, after disputes over candidates and the legal basis for the vote.
Candidates included Saif al-Islam Gaddafi, son of the late leader, and eastern commander Khalifa Haftar.
The commission said the courts' decisions on candidates had made it impossible to announce the final list.
Diplomats said the postponement could reignite conflict.
The election has not been held since.
""")

D("2022-12-11", "elections", "africa", """
Ghana's opposition held a peaceful march through Accra on Saturday to protest against the rising cost of living, as inflation hit 50 percent.
The marchers carried placards reading “We are suffering” and called on President Nana Akufo-Addo to sack his finance minister.
The government said it was working with the International Monetary Fund on a $3 billion support programme.
The cedi has lost more than half its value against the dollar this year.
""")

D("2024-12-07", "elections", "africa", """
Former President John Mahama won Ghana's presidential election on Sunday, after Vice President Mahamudu Bawumia conceded defeat.
Bawumia said he had called Mahama to congratulate him, before the electoral commission announced official results.
Mahama, who led the country from 2012 to 2017, campaigned on a promise to fix an economy hit by its worst crisis in a generation.
Supporters in Accra danced in the streets.
""")

D("2020-10-31", "elections", "africa", """
Ivory Coast's opposition called for a civil disobedience campaign on Saturday, after boycotting an election in which President Alassane Ouattara sought a third term.
Ouattara's opponents argue that the constitution limits presidents to two terms, while his supporters say a new constitution adopted in 2016 reset the count.
Clashes between rival groups killed at least 30 people in the weeks before the vote.
Turnout was low in opposition strongholds, where polling stations were blocked or set on fire.
""")

D("2023-07-21", "protest", "africa", """
Police in Kenya fired tear gas at protesters in Nairobi and other cities on Friday, the third day of demonstrations against tax increases called by the opposition.
Rights groups said at least 30 people had been killed by police since protests began this month, a figure the government disputed.
Opposition leader Raila Odinga said the protests would continue until the government reversed the tax measures.
Interior Minister Kithure Kindiki said the government would not allow anarchy.
""")

D("2021-01-16", "elections", "africa", """
Uganda's President Yoweri Museveni was declared the winner of Thursday's presidential election, extending his 35-year rule, as his main challenger Bobi Wine said the vote had been rigged.
Museveni won 58.6 percent of the vote, while Wine, a singer turned politician, won 34.8 percent, the electoral commission said.
Soldiers surrounded Wine's home in Kampala and prevented him from leaving.
The internet was shut down on the eve of the vote and remained off for days.
""")

D("2024-09-21", "courts", "africa", """
A court in Congo sentenced 37 people to death on Friday for their role in a failed coup attempt in May, including three Americans.
The attempt was led by Christian Malanga, a little-known opposition figure who was killed by security forces during the attack in Kinshasa.
His son, a U.S. citizen, was among those sentenced.
Defence lawyers said they would appeal.
Congo lifted a moratorium on the death penalty earlier this year.
""")

D("2025-02-15", "conflict", "africa", """
M23 rebels entered Bukavu, the second-largest city in eastern Congo, on Friday, meeting little resistance from government forces, residents said.
Congolese soldiers and allied militiamen had withdrawn from the city before the rebels arrived.
Looters broke into warehouses and shops, and prisoners escaped from the central jail.
Congo's government said it had not abandoned the city and accused Rwanda of a plan to occupy the area and loot its natural resources.
African Union leaders meeting in Addis Ababa called for an immediate ceasefire.
""")

D("2022-11-20", "conflict", "africa", """
Rwanda and Congo traded accusations on Sunday over fighting around the town of Kibumba, north of Goma, where M23 rebels have advanced in recent weeks.
Congo said Rwanda was backing the rebels with troops and weapons.
A Rwandan government spokesperson said Kinshasa was using Rwanda as a scapegoat for its own failures.
Angola's president, who is mediating between the two countries, invited their leaders to a summit in Luanda.
Kenya has begun deploying troops to Goma as part of an East African regional force.
""")

D("2019-05-07", "elections", "africa", """
South Africans vote on Wednesday in an election that is expected to return the ruling African National Congress to power, but with a reduced majority.
President Cyril Ramaphosa has promised to fight the corruption that flourished under his predecessor, Jacob Zuma.
Unemployment stands at 27 percent, and many voters say they are disillusioned with the party that ended apartheid.
About 26.7 million people are registered to vote.
""")

D("2021-07-11", "protest", "africa", """
Looting and violence spread in South Africa on Sunday as protests over the jailing of former President Jacob Zuma escalated into the worst unrest in years.
Protesters blocked roads and set trucks on fire in KwaZulu-Natal province, and shops were looted in Johannesburg.
Zuma began serving a 15-month prison sentence on Thursday for contempt of court.
President Cyril Ramaphosa said there was no justification for the violence and deployed troops to support the police.
More than 300 people were killed in the unrest over the following week.
""")

D("2023-03-20", "courts", "global", """
The International Criminal Court's prosecutor said on Monday that he had been placed on a wanted list by Russian authorities, days after the court issued an arrest warrant for President Vladimir Putin.
Russia's interior ministry database listed Karim Khan as wanted under an article of the criminal code, without giving further details.
The court said it would not be deterred by such measures.
Russia has said it does not recognise the court's jurisdiction.
""")

D("2025-06-05", "sanctions-trade", "global", """
The United States imposed sanctions on four judges of the International Criminal Court on Thursday, in retaliation for the court's cases against U.S. and Israeli nationals.
Secretary of State Marco Rubio said the judges had engaged in illegitimate and baseless actions.
The court said the sanctions were a clear attempt to undermine the independence of an international judicial institution.
The Netherlands, which hosts the court, said it would continue to support the judges.
""")

D("2018-09-26", "diplomacy", "central-asia", """
H: Mongolia seeks to balance giant neighbours with new rail deals
ULAANBAATAR, Sept 26 (Wire) — Mongolia signed agreements with both China and Russia on Wednesday to upgrade rail links across its territory, as the landlocked country tries to avoid depending too heavily on either neighbour.
The deals cover a new freight line to the Chinese border and the modernisation of the Trans-Mongolian Railway, which is half-owned by Russia.
“We are a small country between two large ones, and we must be friends with both,” a senior Mongolian official said.
Mongolia also counts the United States, Japan and South Korea as “third neighbours,” a policy aimed at widening its options.
Financing for the Chinese line has not yet been agreed.
""")

D("2023-02-19", "diplomacy", "central-asia", """
Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Munich on Saturday, their first face-to-face talks in months, with U.S. Secretary of State Antony Blinken acting as host.
Blinken said the two sides had agreed to keep working on a peace treaty.
Neither leader spoke to reporters after the meeting.
Tensions have risen since December, when Azerbaijani activists began blocking the only road linking Armenia with Nagorno-Karabakh.
""")

D("2025-08-08", "diplomacy", "central-asia", """
H: Armenia and Azerbaijan initial peace deal at White House
WASHINGTON, Aug 8 (Wire) — The leaders of Armenia and Azerbaijan initialled a peace agreement at the White House on Friday, in a ceremony hosted by U.S. President Donald Trump that aimed to end nearly four decades of conflict.
The deal includes a transit corridor through southern Armenia that will be named the “Trump Route for International Peace and Prosperity.”
Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan shook hands with Trump in the State Dining Room.
Pashinyan said the two countries were laying the foundation for a better future.
Iran, which borders the planned route, said it would not accept any change to the region's borders.
The agreement still needs to be signed and ratified.
""")

D("2024-09-04", "diplomacy", "east-asia", """
Mongolia did not arrest Russian President Vladimir Putin during his visit this week, despite an International Criminal Court warrant, the court's spokesperson said on Tuesday.
Mongolia is a member of the court and is obliged to detain suspects on its territory.
Putin was received with an honour guard in the capital Ulaanbaatar.
A Mongolian government spokesperson said the country depended on Russia for energy supplies and had to maintain neutrality.
Ukraine called the failure to arrest Putin a heavy blow to the court.
""")

D("2020-11-17", "elections", "europe", """
Pro-European candidate Maia Sandu was declared the winner of Moldova's presidential runoff on Monday, defeating the pro-Russian incumbent Igor Dodon.
Sandu, a former World Bank economist, won 57.7 percent of the vote, according to the central election commission.
She has promised to fight corruption and improve relations with the European Union.
Dodon said he would challenge the result in court.
""")

D("2023-10-01", "diplomacy", "central-asia", """
More than 100,000 ethnic Armenians have fled Nagorno-Karabakh since Azerbaijan took control of the region last month, Armenia's government said on Saturday, leaving the area almost empty.
Armenian Prime Minister Nikol Pashinyan accused Azerbaijan of ethnic cleansing, a charge Baku denied.
A U.N. mission that visited the region's capital on Sunday said it had not seen any damage to civilian infrastructure and had been told that between 50 and 1,000 ethnic Armenians remained.
""")

D("2016-10-02", "diplomacy", "oceania", """
H: Pacific island leaders urge faster action on rising seas
SUVA, Fiji, Oct 2 (Wire) — Leaders of small Pacific island states called on Sunday for faster international action on rising sea levels, warning that some of their communities could become uninhabitable within decades.
In a joint statement issued after a two-day meeting in Fiji, they asked major emitters to ratify the Paris climate agreement before the end of the year.
“We are not asking for charity; we are asking for survival,” the president of one island nation said.
Kiribati and Tuvalu, which lie just a few metres above sea level, have already lost land to the ocean.
The leaders also called for easier access to climate finance.
""")

D("2022-01-18", "humanitarian", "oceania", """
The first aid flights from New Zealand and Australia landed in Tonga on Thursday, five days after a huge undersea volcanic eruption and tsunami cut the Pacific nation off from the world.
The planes carried drinking water, shelter kits and communications equipment.
The drop-offs were contactless, to avoid bringing COVID-19 into a country that has had only one case.
Three people were confirmed dead, and some small islands were almost completely destroyed.
An undersea cable that links Tonga to the internet was severed and could take weeks to repair.
""")

D("2023-11-10", "diplomacy", "oceania", """
Australia will offer residency to citizens of Tuvalu who are displaced by climate change, under a treaty signed by the two countries' prime ministers on Friday.
The agreement allows up to 280 Tuvaluans a year to move to Australia.
Australia also committed to help Tuvalu in response to major natural disasters, health pandemics and military aggression.
Tuvalu, home to about 11,000 people, is one of the countries most threatened by rising seas.
Critics in Tuvalu said the treaty gave Canberra a veto over the country's security arrangements with other nations.
""")

D("2021-05-19", "humanitarian", "southeast-asia", """
Thousands of people fled fighting in Myanmar's Chin state this week, crossing into the Indian state of Mizoram, local officials said on Wednesday.
The refugees said the army had used artillery and helicopters against the town of Mindat, where residents had taken up hunting rifles against the junta.
India has not formally recognised the arrivals as refugees, but Mizoram's chief minister said his state would not turn them away.
The junta said it had been forced to respond to attacks by “terrorists.”
""")

D("2018-07-10", "humanitarian", "southeast-asia", """
All 12 boys and their football coach who had been trapped for more than two weeks in a flooded cave in northern Thailand were rescued on Tuesday, ending an ordeal that gripped the world.
Navy SEALs said the last four boys and the coach had been brought out in the final phase of a complex operation.
A former Thai navy diver died during the rescue effort last week when his oxygen ran out.
The boys, aged 11 to 16, were taken to a hospital in Chiang Rai, where officials said they were in good health.
""")

D("2018-09-28", "humanitarian", "southeast-asia", """
A powerful earthquake and tsunami struck the Indonesian island of Sulawesi on Friday, killing hundreds of people in the city of Palu.
Waves up to 6 metres high swept through the city, destroying buildings and sweeping away cars.
The disaster agency said many bodies had been found along the shoreline.
Power and communications were cut, hampering rescue efforts.
Indonesia accepted international help days later.
""")

D("2024-04-03", "humanitarian", "east-asia", """
Taiwan's strongest earthquake in 25 years struck the east of the island on Wednesday, killing at least nine people and injuring more than 900.
The magnitude 7.2 quake hit just off the coast of Hualien county at 7:58 a.m.
Buildings in Hualien tilted at dangerous angles, and landslides blocked roads and tunnels.
Chinese officials offered their condolences and said Beijing was ready to provide help.
Taiwan's president-elect Lai Ching-te visited the affected area in the afternoon.
""")

D("2024-01-02", "humanitarian", "east-asia", """
Rescuers in Japan searched through rubble on Tuesday after a powerful New Year's Day earthquake on the west coast killed at least 48 people and destroyed hundreds of buildings.
The 7.6-magnitude quake struck the Noto peninsula in Ishikawa prefecture, triggering tsunami warnings as far away as Russia.
Prime Minister Fumio Kishida said the government was racing against time to save lives.
A Japan Airlines plane collided with a coast guard aircraft at Tokyo's Haneda airport the same day, as the coast guard plane prepared to deliver aid.
""")

D("2023-12-02", "climate", "middle-east", """
More than 20 countries signed a pledge at the COP28 summit on Saturday to triple their nuclear energy capacity by 2050.
The United States, France, Japan and the United Arab Emirates were among the signatories.
China and Russia, the world's largest builders of nuclear plants, did not sign.
Environmental groups said nuclear power was too slow and expensive to tackle climate change.
""")

D("2021-11-13", "climate", "europe", """
Nearly 200 countries agreed a climate deal in Glasgow on Saturday that for the first time targeted fossil fuels, after India forced a last-minute change to weaken language on coal.
The final text calls on countries to “phase down” rather than “phase out” the use of unabated coal power.
COP26 president Alok Sharma said he was deeply sorry about how the process had unfolded.
“The world is watching,” he said, his voice breaking.
Small island states said the deal was not enough but accepted it.
""")

D("2019-08-23", "climate", "latin-america", """
Brazilian President Jair Bolsonaro said on Friday he would send the army to help fight fires raging in the Amazon rainforest, as international pressure grew over the blazes.
French President Emmanuel Macron said the fires were an international crisis and should be discussed at the G7 summit.
Bolsonaro accused Macron of having a “colonialist mentality.”
The number of fires in the Amazon this year is up 85 percent from last year, according to the national space research agency.
Thousands of people protested outside Brazilian embassies in Europe.
""")

D("2024-05-21", "technology", "east-asia", """
H: Will the chip war split the world's tech supply chains?
SEOUL, May 21 (Wire) — South Korean chipmakers face a question that their executives would rather not answer in public: what happens if Washington and Beijing force them to choose?
Samsung Electronics and SK Hynix both operate large factories in China, while relying on American equipment and customers.
“We cannot move a plant the way you move a restaurant,” said one industry executive, who declined to be named.
U.S. officials have granted the two companies waivers from export controls, but the waivers could be withdrawn.
If they were, analysts say, the firms' Chinese plants could become obsolete within a few years.
The Korean government has announced a 26 trillion won ($19 billion) support package for the chip industry.
""")

D("2023-09-05", "technology", "east-asia", """
Huawei Technologies has released a smartphone powered by an advanced chip made in China, a development that has raised questions about the effectiveness of U.S. export controls.
A teardown of the Mate 60 Pro by a research firm found that the phone used a 7-nanometre processor made by Chinese chipmaker SMIC.
U.S. Commerce Secretary Gina Raimondo had been visiting China when the phone went on sale.
The White House said it needed more information about the chip's character and composition.
Huawei did not comment on the chip's origin.
""")

D("2025-04-15", "technology", "north-america", """
Nvidia said on Tuesday it would take a charge of about $5.5 billion after the U.S. government restricted exports of its H20 artificial intelligence chip to China.
The chip was designed to comply with earlier export rules.
The company said the government had informed it that a licence would be required indefinitely.
Nvidia shares fell about 6 percent in after-hours trading.
China's foreign ministry said Washington should stop “politicising” technology and trade.
""")

D("2024-06-18", "markets", "north-america", """
Nvidia became the world's most valuable company on Tuesday, overtaking Microsoft after a rally driven by demand for its artificial intelligence chips.
The chipmaker's market value rose to $3.34 trillion.
Its shares have risen about 180 percent this year.
Some analysts warned that the rally looked stretched, while others said demand for AI computing was still in its early stages.
""")

D("2025-10-29", "markets", "north-america", """
Nvidia became the first company to reach a market value of $5 trillion on Wednesday, as investors continued to bet on its dominance of artificial intelligence.
The milestone came just three months after it passed $4 trillion.
Chief executive Jensen Huang said the company had orders worth $500 billion for its chips through 2026.
Some investors have warned that spending on AI infrastructure could amount to a bubble.
""")

D("2023-10-28", "technology", "europe", """
Elon Musk's social media platform X is facing an investigation by the European Commission over its handling of illegal content and disinformation related to the Israel-Hamas war.
The Commission sent X a formal request for information under the Digital Services Act, which came into force for large platforms in August.
EU Commissioner Thierry Breton said X had 24 hours to respond to his concerns.
Musk replied that X's policy was that everything was open source and transparent.
Companies that breach the act can be fined up to 6 percent of their global turnover.
""")

D("2024-12-18", "technology", "europe", """
The European Commission opened an investigation on Tuesday into whether TikTok had failed to prevent foreign interference in Romania's presidential election.
The Commission ordered the platform to preserve data related to elections in the EU.
TikTok said it had protected the integrity of its platform throughout more than 150 elections around the world.
Romania's election was annulled this month after intelligence reports said a far-right candidate had benefited from a coordinated campaign.
""")

D("2025-01-19", "technology", "north-america", """
TikTok went dark for U.S. users late on Saturday, hours before a law banning the app on national security grounds was due to take effect.
Users who opened the app were met with a message saying TikTok was not available right now.
President-elect Donald Trump said he would most likely give the app a 90-day reprieve once he took office.
Service began to be restored on Sunday after Trump said he would issue an executive order.
The Supreme Court upheld the law on Friday, rejecting the company's argument that it violated free speech.
""")

D("2022-10-27", "technology", "north-america", """
Elon Musk took control of Twitter on Thursday and fired its chief executive, chief financial officer and head of legal policy, people familiar with the matter said.
Musk completed his $44 billion deal to buy the social media company after months of legal wrangling.
“The bird is freed,” Musk wrote on the platform.
Advertisers have expressed concerns that he would loosen content moderation.
Musk has said he wants Twitter to be a common digital town square.
""")

D("2023-11-18", "technology", "north-america", """
OpenAI's board fired chief executive Sam Altman on Friday, saying he had not been consistently candid in his communications with the directors.
The move stunned the technology industry, given the company's leading role in artificial intelligence.
President Greg Brockman quit hours later.
Microsoft, which has invested more than $10 billion in OpenAI, said it remained committed to the partnership.
Five days later, the company said Altman would return as chief executive under a new board.
""")

D("2024-08-05", "courts", "north-america", """
A U.S. federal judge ruled on Monday that Google had violated antitrust law by spending billions of dollars to create an illegal monopoly and become the world's default search engine.
Judge Amit Mehta said Google was a monopolist and had acted as one to maintain its monopoly.
The ruling is a major victory for the Justice Department, which sued the company in 2020.
Google said it would appeal.
The judge will decide on remedies in a separate proceeding.
""")

D("2024-09-10", "courts", "europe", """
Apple must pay 13 billion euros in back taxes to Ireland, the European Union's top court ruled on Tuesday, ending a decade-long legal battle.
The Court of Justice said the tax benefits granted by Ireland to Apple amounted to illegal state aid.
The same court also upheld a 2.4 billion euro fine imposed on Google for abusing its market dominance.
Apple said it was disappointed and that the case had always been about which country should tax its profits.
""")

D("2019-07-24", "courts", "north-america", """
Facebook agreed on Wednesday to pay a record $5 billion fine to settle a U.S. government investigation into its privacy practices.
The Federal Trade Commission also ordered the company to create an independent privacy committee on its board.
The settlement stems from the scandal over political consulting firm Cambridge Analytica.
Critics said the fine, while large, amounted to about a month of the company's revenue.
""")

D("2024-03-13", "technology", "north-america", """
The U.S. House of Representatives passed a bill on Wednesday that would force TikTok's Chinese owner to sell the app or face a ban in the United States.
The bill passed by 352 votes to 65.
TikTok said the bill would trample the free speech rights of 170 million Americans.
China's foreign ministry said the United States had never found evidence that TikTok threatened national security.
""")

D("2020-07-14", "technology", "europe", """
Britain said on Tuesday it would ban the purchase of new Huawei 5G equipment from the end of this year and remove all of the company's gear from its networks by 2027.
Digital minister Oliver Dowden said the decision followed U.S. sanctions that had made Huawei an unreliable supplier.
The reversal, six months after Britain allowed Huawei a limited role, was welcomed by Washington.
China's ambassador said the decision was disappointing and wrong.
""")

D("2021-06-13", "diplomacy", "europe", """
H: G7 leaders pledge 1 billion vaccine doses for poorer nations
CARBIS BAY, England, June 13 (Wire) — Leaders of the Group of Seven rich democracies pledged on Sunday to provide more than 1 billion COVID-19 vaccine doses to poorer countries over the next year.
They also agreed to challenge China over human rights in Xinjiang and to call for a transparent study of the origins of the coronavirus.
British Prime Minister Boris Johnson, the summit host, said the leaders would build back better from the pandemic.
Campaigners said the pledge fell far short of the 11 billion doses the World Health Organization says are needed.
It was the first summit for U.S. President Joe Biden, who declared that America was back.
""")

D("2022-06-30", "diplomacy", "europe", """
NATO leaders formally invited Finland and Sweden to join the alliance on Wednesday, after Turkey lifted its objections in a deal reached on the eve of the Madrid summit.
The alliance also agreed a new strategic concept, which describes Russia as the most significant and direct threat to allied security.
For the first time, the document says China poses challenges to NATO's interests, security and values.
U.S. President Joe Biden announced a permanent army headquarters in Poland and more troops across Europe.
""")

D("2017-06-14", "protest", "latin-america", """
H: Honduran teachers block roads over planned education reform
TEGUCIGALPA, June 14 (Wire) — Thousands of Honduran teachers blocked main roads in the capital and in San Pedro Sula on Wednesday, protesting against a reform that unions say would pave the way for privatising public schools.
Police used tear gas to clear a highway leading to the airport, and at least 20 people were detained.
“They say it is a reform; we say it is a sale,” a union leader told reporters through a megaphone.
The education ministry denied that any privatisation was planned and invited the unions to talks on Friday.
The unions said they would not attend unless the detainees were released.
""")

D("2018-04-22", "protest", "latin-america", """
Nicaraguan President Daniel Ortega said on Sunday he would withdraw a social security reform that triggered days of protests in which at least 25 people were killed.
The reform, which raised contributions and cut pensions, was announced last week without consultation.
Students, who led the protests, said they would not stop until those responsible for the deaths were punished.
The Catholic Church offered to mediate between the government and protesters.
Rights groups said police and pro-government gangs had fired live ammunition at demonstrators.
""")

D("2023-02-09", "courts", "latin-america", """
Nicaragua freed 222 political prisoners and flew them to the United States on Thursday, in a surprise move that the government said was approved by a court.
Among those released were former presidential candidates, students and priests.
A court stripped them of their Nicaraguan citizenship hours later, declaring them traitors to the homeland.
U.S. Secretary of State Antony Blinken said the release was a constructive step.
Roman Catholic Bishop Rolando Alvarez refused to board the plane and was sentenced to 26 years in prison the next day.
""")

D("2020-11-15", "protest", "latin-america", """
Peru's interim President Manuel Merino resigned on Sunday after less than a week in office, following protests in which two young demonstrators were killed.
Merino had taken office after Congress removed President Martin Vizcarra over corruption allegations, which Vizcarra denied.
Thousands of people took to the streets of Lima, saying the removal amounted to a parliamentary coup.
Congress will now have to choose a new leader, the country's third president in a week.
""")

D("2022-12-14", "protest", "latin-america", """
Peru's government declared a 30-day national state of emergency on Wednesday, as protests over the removal and arrest of former President Pedro Castillo spread across the country.
At least seven people have been killed in clashes with police, mainly in the south.
Protesters blocked roads and occupied airports in Arequipa and Cusco.
President Dina Boluarte proposed bringing forward elections to 2024.
Mexico, Argentina, Colombia and Bolivia said they still recognised Castillo as Peru's president.
""")

D("2024-06-26", "coup", "latin-america", """
H: Bolivian troops storm presidential palace in apparent coup attempt
LA PAZ, June 26 (Wire) — Armoured vehicles rammed the doors of Bolivia's presidential palace on Wednesday, as soldiers led by a general who had just been dismissed tried to storm the building, in what President Luis Arce called an attempted coup.
Arce confronted General Juan Jose Zuniga in a palace hallway and ordered him to withdraw, television footage showed.
Arce swore in a new army commander, who ordered the troops back to their barracks.
Zuniga was arrested hours later.
Before his arrest, Zuniga said Arce had asked him to carry out the operation to boost his popularity, a claim the government denied.
""")

D("2020-10-18", "elections", "latin-america", """
Luis Arce, the candidate of former President Evo Morales's socialist party, won Bolivia's presidential election on Sunday, according to an unofficial quick count.
Arce won about 52 percent of the vote, well ahead of centrist former President Carlos Mesa.
Interim President Jeanine Anez congratulated Arce on Twitter.
The vote was a rerun of last year's disputed election, which led to Morales's resignation and weeks of unrest.
""")

D("2019-10-20", "elections", "latin-america", """
Bolivia's electoral authority showed President Evo Morales heading for a runoff on Sunday night, before it stopped updating the count for nearly 24 hours.
When it resumed, Morales had moved ahead by more than 10 percentage points, enough to win outright.
Observers from the Organization of American States expressed deep concern about the drastic and hard-to-explain change.
Opposition supporters set fire to electoral offices in several cities.
""")

D("2022-05-29", "elections", "latin-america", """
Former guerrilla Gustavo Petro and businessman Rodolfo Hernandez advanced to a runoff in Colombia's presidential election on Sunday, as voters rejected the country's traditional political parties.
Petro won 40 percent of the vote, while Hernandez, a former mayor, won 28 percent.
The candidate of the governing party, Federico Gutierrez, came third.
Petro would be Colombia's first leftist president if he wins the June 19 runoff.
""")

D("2022-06-19", "elections", "latin-america", """
Gustavo Petro won Colombia's presidential election on Sunday, becoming the country's first leftist president, after defeating Rodolfo Hernandez by about 3 percentage points.
His running mate, environmental activist Francia Marquez, will be the first Black woman to serve as vice president.
Petro has promised to fight inequality and to halt new oil exploration.
Hernandez conceded defeat in a video posted on social media.
""")

D("2023-08-09", "conflict", "latin-america", """
H: Ecuador presidential candidate shot dead at campaign event
QUITO, Aug 9 (Wire) — Ecuadorean presidential candidate Fernando Villavicencio, a former journalist who campaigned against corruption and organised crime, was shot dead at a campaign event in Quito on Wednesday.
The gunman opened fire as Villavicencio was getting into a car after a rally at a school.
President Guillermo Lasso said the crime would not go unpunished and declared a 60-day state of emergency.
A suspect died of injuries sustained in a shootout with security guards, the prosecutor's office said.
Villavicencio had said he had received death threats from a gang leader.
The election went ahead on Aug. 20 as planned.
""")

D("2023-10-15", "elections", "latin-america", """
Daniel Noboa, the 35-year-old heir to a banana fortune, won Ecuador's presidential runoff on Sunday, becoming the country's youngest elected president.
Noboa defeated leftist Luisa Gonzalez, a protege of former President Rafael Correa, with about 52 percent of the vote.
He will serve only until May 2025, the remainder of the term of President Guillermo Lasso, who dissolved the legislature in May.
Noboa has promised to tackle a surge in violent crime and create jobs for young people.
""")

D("2024-04-06", "diplomacy", "latin-america", """
Mexico broke off diplomatic relations with Ecuador on Friday after Ecuadorean police forced their way into the Mexican embassy in Quito and arrested a former vice president who had sought refuge there.
Jorge Glas, who has been convicted of corruption, had been living at the embassy since December.
Mexican President Andres Manuel Lopez Obrador called the raid a flagrant violation of international law.
Ecuador's government said Mexico had abused the immunities and privileges granted to its diplomatic mission.
Several Latin American governments and the Organization of American States condemned the raid.
""")

D("2016-03-04", "courts", "latin-america", """
Brazilian police questioned former President Luiz Inacio Lula da Silva on Friday and searched his home as part of a sweeping investigation into corruption at state oil company Petrobras.
Prosecutors said Lula had received benefits from construction firms involved in the scheme.
Lula denied wrongdoing and said he felt like a prisoner.
Supporters and opponents of the former president clashed outside his apartment in Sao Bernardo do Campo.
""")

D("2018-04-07", "courts", "latin-america", """
Former Brazilian President Luiz Inacio Lula da Silva surrendered to police on Saturday to begin serving a 12-year prison sentence for corruption, after a two-day standoff at a metalworkers' union near Sao Paulo.
Lula told thousands of supporters that he was not above the law but that he had been convicted without proof.
He was flown to the southern city of Curitiba, where he will be held in a special cell at police headquarters.
Lula had been leading opinion polls ahead of the October presidential election.
""")

D("2021-03-08", "courts", "latin-america", """
A Brazilian Supreme Court justice annulled all of former President Luiz Inacio Lula da Silva's criminal convictions on Monday, restoring his right to run for office in next year's election.
Justice Edson Fachin ruled that the court in Curitiba had lacked jurisdiction to try him.
Lula welcomed the decision, saying he had been the victim of the biggest judicial lie in 500 years of history.
The Brazilian real fell sharply, as investors worried about a possible contest between Lula and President Jair Bolsonaro.
""")

D("2025-09-11", "courts", "latin-america", """
H: Brazil's Supreme Court convicts Bolsonaro of plotting coup
BRASILIA, Sept 11 (Wire) — Brazil's Supreme Court convicted former President Jair Bolsonaro on Thursday of plotting a coup to overturn his 2022 election defeat and sentenced him to 27 years and three months in prison.
Four of the five justices on the panel voted to convict him on all five counts.
Bolsonaro, who is under house arrest, has denied wrongdoing and says he is the victim of political persecution.
U.S. Secretary of State Marco Rubio said Washington would respond accordingly to what he called a witch hunt.
Bolsonaro's lawyers said they would appeal to the full court.
""")

D("2025-07-09", "sanctions-trade", "latin-america", """
U.S. President Donald Trump said on Wednesday he would impose a 50 percent tariff on imports from Brazil, citing the trial of former President Jair Bolsonaro as a reason.
In a letter posted on social media, Trump called the trial “a Witch Hunt that should end IMMEDIATELY!”
Brazilian President Luiz Inacio Lula da Silva said any unilateral tariff increase would be met with reciprocity.
The United States had a trade surplus with Brazil of about $7 billion last year.
""")

D("2016-02-03", "diplomacy", "east-asia", """
H: Japan, South Korea agree to share intelligence on North Korean launch
TOKYO, Feb 3 (Wire) — Japan and South Korea agreed on Wednesday to share information on North Korea's planned rocket launch, the Japanese Defence Ministry said, in a rare sign of cooperation between the two neighbours.
The agreement was reached in a phone call between the two countries' defence chiefs.
North Korea has notified international agencies that it will launch a satellite between Feb. 8 and Feb. 25.
Washington, Seoul and Tokyo regard such launches as disguised tests of long-range missile technology.
""")

D("2023-08-18", "diplomacy", "north-america", """
H: Biden hosts Japan and South Korea leaders at Camp David
CAMP DAVID, Maryland, Aug 18 (Wire) — U.S. President Joe Biden and the leaders of Japan and South Korea agreed on Friday to deepen military and economic cooperation, at the first stand-alone summit of the three countries.
The leaders committed to consult each other in the event of a security threat in the region and to hold annual trilateral military exercises.
Biden said it was not a one-time meeting but the beginning of a new chapter.
China's foreign ministry said attempts to form exclusive groups would only intensify confrontation.
Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol have sought to mend relations strained by historical disputes.
""")

D("2019-11-22", "diplomacy", "east-asia", """
South Korea said on Friday it would not end an intelligence-sharing pact with Japan, just hours before it was due to expire.
Seoul had announced in August that it would scrap the agreement amid a dispute over trade and wartime history.
The United States had urged South Korea to keep the pact, which it sees as vital to trilateral security cooperation against North Korea and China.
A senior presidential official said the decision could be reversed at any time.
""")

D("2017-03-06", "sanctions-trade", "east-asia", """
China has ordered travel agencies to stop selling group tours to South Korea, tourism officials said on Monday, in apparent retaliation for Seoul's decision to deploy a U.S. anti-missile system.
South Korea's tourism industry relies heavily on Chinese visitors, who accounted for about half of all arrivals last year.
Lotte Group, which agreed to provide land for the system, has seen dozens of its stores in China closed by inspectors.
China says the system's powerful radar can see deep into its territory.
""")

D("2016-07-08", "diplomacy", "east-asia", """
South Korea and the United States said on Friday they had decided to deploy an advanced missile defence system in South Korea to counter threats from North Korea.
The Terminal High Altitude Area Defense system will be used to protect allied forces, the two countries said in a joint statement.
China's foreign ministry expressed strong dissatisfaction and firm opposition to the decision.
Russia said the deployment could have irreparable consequences for the region.
""")

D("2022-11-18", "nuclear", "east-asia", """
North Korea fired an intercontinental ballistic missile on Friday that landed in the sea about 200 km off the Japanese island of Hokkaido, Japan's Defence Ministry said.
Japanese Prime Minister Fumio Kishida called the launch absolutely unacceptable.
Defence Minister Yasukazu Hamada said the missile could have had a range of 15,000 km, enough to reach the U.S. mainland.
U.S. Vice President Kamala Harris, who was in Bangkok, convened an emergency meeting of allied leaders.
""")

D("2023-11-21", "technology", "east-asia", """
North Korea said it had successfully placed its first military spy satellite in orbit on Tuesday, after two failed attempts earlier this year.
State media said leader Kim Jong Un watched the launch and that the satellite would begin its reconnaissance mission in December.
South Korea said it would suspend part of a 2018 military agreement with the North in response.
Japan said it could not confirm that the satellite had entered orbit.
""")

D("2024-01-15", "diplomacy", "east-asia", """
North Korean leader Kim Jong Un called for the constitution to be changed to define South Korea as the North's “primary foe and invariable principal enemy,” state media said on Tuesday.
Kim also said Pyongyang would abolish agencies dealing with reunification and inter-Korean cooperation.
South Korean President Yoon Suk Yeol said any provocation would be met with a response many times stronger.
Analysts said the shift marked a break with decades of official policy.
""")

D("2024-10-15", "conflict", "east-asia", """
North Korea blew up sections of road and rail lines on its side of the border with South Korea on Tuesday, the South Korean military said.
South Korean troops fired warning shots in response, though the blasts caused no damage on the southern side.
Pyongyang had accused Seoul of sending drones over its capital to drop anti-regime leaflets.
The roads had been connected in the early 2000s during a period of warming ties.
""")

D("2025-10-01", "nuclear", "east-asia", """
The International Atomic Energy Agency said on Wednesday that North Korea appeared to be building a new uranium enrichment facility at its Yongbyon nuclear complex.
IAEA Director General Rafael Grossi said the building had similar features to an existing enrichment plant at the site.
Inspectors have had no access to North Korea since 2009 and rely on satellite imagery.
Grossi said the situation was deeply regrettable and a clear violation of Security Council resolutions.
""")

D("2023-04-26", "diplomacy", "north-america", """
The United States will deploy nuclear-armed submarines to South Korea for the first time in decades, under an agreement announced by President Joe Biden and South Korean President Yoon Suk Yeol on Wednesday.
In return, Seoul reaffirmed its commitment not to develop its own nuclear weapons.
Biden warned that any nuclear attack by North Korea on the United States or its allies would result in the end of whatever regime took such an action.
North Korea's leader's sister said the agreement would only invite more dangerous consequences.
""")

D("2018-09-19", "diplomacy", "east-asia", """
North Korean leader Kim Jong Un agreed on Wednesday to permanently dismantle his main missile facilities in the presence of international experts, South Korean President Moon Jae-in said during a summit in Pyongyang.
Kim also said he was willing to close the Yongbyon nuclear complex if the United States took corresponding measures.
The two leaders signed a military agreement to reduce tensions along the border, including the removal of some guard posts.
Kim accepted an invitation to visit Seoul, which would be a first for a North Korean leader.
The visit to Seoul never took place.
""")

D("2019-10-05", "diplomacy", "europe", """
North Korea said talks with the United States in Stockholm had broken down on Saturday, blaming Washington for failing to offer anything new.
The State Department said the North Korean statement did not reflect the content of eight and a half hours of discussions.
North Korean chief negotiator Kim Myong Gil said it was entirely up to the United States whether talks resumed.
Sweden offered to host another round in two weeks.
""")

D("2020-09-16", "elections", "east-asia", """
Japan's parliament elected Yoshihide Suga as prime minister on Wednesday, replacing Shinzo Abe, who stepped down for health reasons.
Suga, 71, the son of a strawberry farmer, had served as Abe's chief cabinet secretary for nearly eight years.
He has promised to continue Abe's economic policies and to focus on the fight against the coronavirus.
Most members of Abe's cabinet kept their posts.
""")

D("2024-10-27", "elections", "east-asia", """
Japan's ruling Liberal Democratic Party and its coalition partner lost their majority in the lower house in Sunday's election, according to projections by public broadcaster NHK.
It was the coalition's worst result since 2009, and it could force Prime Minister Shigeru Ishiba to seek another partner.
Voters punished the party over a scandal involving unrecorded political donations.
The main opposition Constitutional Democratic Party made big gains.
""")

D("2021-07-23", "health", "east-asia", """
The Tokyo Olympics opened on Friday in a near-empty stadium, after a year's delay caused by the coronavirus pandemic.
Only about 950 dignitaries and officials were in the 68,000-seat stadium for the ceremony.
Outside, several hundred protesters called for the Games to be cancelled as COVID-19 infections rose in the city.
Emperor Naruhito declared the Games open.
""")

D("2022-12-07", "protest", "east-asia", """
China announced on Wednesday that it would scale back its strict COVID-19 rules, including allowing some infected people to quarantine at home, after rare nationwide protests.
The new rules also end the need for health codes to enter most public places.
The changes follow protests in Shanghai, Beijing and other cities last month, in which some demonstrators called for President Xi Jinping to step down.
Health experts warned that a surge in infections could overwhelm hospitals.
""")

D("2022-11-27", "protest", "east-asia", """
Crowds of protesters in Shanghai called for China's leader Xi Jinping to step down on Sunday, as demonstrations against strict COVID-19 restrictions spread to several cities.
The protests were triggered by a deadly apartment fire in Urumqi, where some residents said lockdown measures had hampered rescue efforts.
Protesters held up blank sheets of paper as a symbol of censorship.
Police detained several people and removed a BBC journalist, who the broadcaster said was beaten.
""")

D("2021-10-20", "cyber", "europe", """
H: Ransomware attack disrupts German district's services for weeks
BERLIN, Oct 20 (Wire) — A ransomware attack has paralysed the administration of a rural district in eastern Germany for more than two months, officials said on Wednesday, forcing staff to issue documents by hand.
The district declared a cyber disaster in July, the first time such a measure had been taken in Germany.
Social welfare payments and vehicle registrations were delayed for thousands of residents.
“We were not prepared for an attack of this kind, and frankly, few authorities are,” the district administrator said.
The attackers demanded a ransom in cryptocurrency, which the district refused to pay.
Federal officials said the attack showed that local governments were an easy target.
""")

D("2024-02-14", "cyber", "global", """
H: Microsoft and OpenAI say state hackers are using AI tools
SEATTLE, Feb 14 (Wire) — Hacking groups linked to Russia, China, Iran and North Korea have been using artificial intelligence tools to improve their cyber operations, Microsoft and OpenAI said on Wednesday.
The companies said they had detected and shut down accounts belonging to five state-backed groups.
The hackers used large language models to research targets, write phishing emails and fix errors in code.
Microsoft said it had not yet seen any particularly novel techniques.
The Chinese embassy in Washington said it opposed groundless smears and accusations.
""")

D("2023-05-24", "cyber", "north-america", """
H: Chinese state hackers targeted U.S. infrastructure in Guam, Microsoft says
WASHINGTON, May 24 (Wire) — A Chinese state-sponsored hacking group has been spying on critical infrastructure organisations in the United States, including on the Pacific island of Guam, Microsoft said on Wednesday.
The group, which Microsoft calls Volt Typhoon, has targeted communications, manufacturing, utility and transportation networks since 2021.
Microsoft said the campaign could be used to disrupt communications between the United States and Asia during a future crisis.
The United States and its Five Eyes partners issued a joint advisory on the activity.
China's foreign ministry called the report a “collective disinformation campaign.”
""")

D("2024-10-07", "cyber", "north-america", """
H: Chinese hackers breached U.S. telecom networks, officials say
WASHINGTON, Oct 7 (Wire) — Hackers linked to the Chinese government broke into the networks of several U.S. broadband providers and may have accessed systems used for court-authorised wiretapping, people familiar with the matter said.
The intrusion, attributed to a group known as Salt Typhoon, affected companies including Verizon and AT&T.
U.S. officials said the hackers had targeted phones used by senior political figures.
The FBI said it was investigating.
China has repeatedly denied conducting cyber espionage against the United States.
""")

D("2019-03-19", "cyber", "europe", """
H: Norwegian aluminium producer hit by ransomware attack
OSLO, March 19 (Wire) — Norsk Hydro, one of the world's largest aluminium producers, was hit by a ransomware attack on Tuesday that forced it to switch to manual operations at some of its plants.
The company said the attack had affected most of its business areas, starting in the United States.
Norway's national security authority said the attack used a ransomware known as LockerGoga.
Hydro said it would not pay the ransom.
Aluminium prices rose more than 1 percent on the news.
""")

D("2021-07-05", "cyber", "global", """
H: Hackers demand $70 million after supply-chain ransomware attack
STOCKHOLM, July 5 (Wire) — A ransomware gang demanded $70 million in bitcoin on Sunday to restore data it had encrypted in an attack that spread through IT management software to hundreds of businesses worldwide.
The attack exploited software made by U.S. company Kaseya, which is used by firms that manage IT for small businesses.
Swedish supermarket chain Coop had to close about 800 stores because its tills stopped working.
Researchers said the group behind the attack, known as REvil, was linked to Russian-speaking criminals.
U.S. President Joe Biden said he had ordered intelligence agencies to investigate.
""")

D("2022-05-08", "cyber", "latin-america", """
Costa Rica's new President Rodrigo Chaves declared a national emergency on Sunday over a ransomware attack that has crippled the finance ministry's systems for weeks.
The attack, claimed by the Conti ransomware group, has disrupted tax collection and customs.
The group has demanded a $10 million ransom, which the government has refused to pay.
The U.S. State Department offered a reward of up to $10 million for information on Conti's leaders.
""")

D("2025-06-18", "cyber", "middle-east", """
H: Pro-Israel hackers claim attack on Iranian crypto exchange
DUBAI, June 18 (Wire) — A hacking group that says it is linked to Israel claimed responsibility on Wednesday for an attack on Iran's largest cryptocurrency exchange, a day after it said it had disrupted a major state-owned bank.
Blockchain analysts said about $90 million had been drained from the Nobitex exchange and sent to addresses that made the funds unusable.
The group, Predatory Sparrow, said the exchange was used by Iran to evade sanctions.
Iranian authorities imposed restrictions on internet access, saying they were needed to counter cyber attacks.
""")

D("2023-12-12", "cyber", "europe", """
H: Kyivstar mobile network knocked out by cyber attack
KYIV, Dec 12 (Wire) — Ukraine's largest mobile operator, Kyivstar, said on Tuesday it had been hit by a powerful cyber attack that cut services for millions of customers.
Air raid sirens that depend on the network failed in some areas of the Kyiv region.
The head of the company said he could not rule out the involvement of Russian special services.
The Security Service of Ukraine later said the hackers had been inside the network since at least May.
Services were largely restored within a week.
""")

D("2020-07-16", "cyber", "europe", """
H: Britain, U.S. and Canada accuse Russia of hacking vaccine research
LONDON, July 16 (Wire) — Hackers backed by the Russian state are trying to steal COVID-19 vaccine and treatment research from academic and pharmaceutical institutions around the world, Britain's National Cyber Security Centre said on Thursday.
The agency said a group known as APT29, or Cozy Bear, was almost certainly part of Russian intelligence.
The statement was coordinated with authorities in the United States and Canada.
The Kremlin rejected the accusations, saying Russia had nothing to do with hacking attempts.
It was not clear whether any research had been stolen.
""")

D("2018-10-04", "cyber", "europe", """
H: Dutch expel Russian agents accused of hacking chemical weapons watchdog
THE HAGUE, Oct 4 (Wire) — The Netherlands said on Thursday it had expelled four Russian intelligence officers who tried to hack into the computer network of the world's chemical weapons watchdog in April.
Dutch officials said the men had parked a car loaded with electronic equipment outside a hotel next to the headquarters of the Organisation for the Prohibition of Chemical Weapons.
The OPCW was at the time investigating the poisoning of a former Russian spy in Britain.
Russia's foreign ministry said the accusations were a product of “spy mania.”
On the same day, the United States indicted seven Russian military intelligence officers on hacking charges.
""")

D("2024-07-26", "technology", "europe", """
H: Arson attacks hit French rail network hours before Olympics opening
PARIS, July 26 (Wire) — Arsonists attacked France's high-speed rail network on Friday, causing chaos for hundreds of thousands of travellers just hours before the opening ceremony of the Paris Olympics.
The attacks hit signalling installations on lines connecting Paris to the north, east and west of the country.
Transport Minister Patrice Vergriete said the attacks had been coordinated and were criminal acts.
The national railway company said disruption would last at least through the weekend.
No group immediately claimed responsibility.
""")

D("2025-07-16", "cyber", "europe", """
H: Europol says it has disrupted pro-Russian hacker network
THE HAGUE, July 16 (Wire) — European police have disrupted a pro-Russian hacking group that carried out attacks on websites in several countries, including during a NATO summit, Europol said on Wednesday.
Two people were arrested, in France and Spain, and arrest warrants were issued for seven others, most of whom are believed to be in Russia.
The group, known as NoName057(16), was responsible for denial-of-service attacks on government, transport and banking websites.
More than 100 servers were taken offline.
Europol said the group had recruited volunteers through messaging apps and paid them in cryptocurrency.
""")

D("2022-08-03", "cyber", "east-asia", """
H: Taiwan government websites hit by attacks during Pelosi visit
TAIPEI, Aug 3 (Wire) — The websites of Taiwan's presidential office, foreign ministry and defence ministry were hit by cyber attacks as U.S. House Speaker Nancy Pelosi visited the island, officials said on Wednesday.
The presidential office said its website had been targeted by a distributed denial-of-service attack, with traffic 200 times higher than usual.
Screens at some convenience stores displayed messages criticising Pelosi.
Officials did not say who they believed was behind the attacks.
""")

D("2022-12-01", "cyber", "south-asia", """
H: India's top hospital hit by ransomware, services disrupted
NEW DELHI, Dec 1 (Wire) — India's top public hospital said on Thursday it had been running on manual systems for eight days after a cyber attack took down its servers.
The All India Institute of Medical Sciences in New Delhi treats millions of patients every year, including politicians and senior officials.
Police registered a case of cyber terrorism and extortion.
The government said data had been restored and that the hospital's systems were being cleaned.
""")

D("2015-04-19", "migration", "europe", """
H: Hundreds feared drowned as migrant boat capsizes off Libya
ROME, April 19 (Wire) — Up to 700 migrants were feared dead after their boat capsized in the Mediterranean overnight, the Italian coast guard said on Sunday, in what could be the deadliest such disaster in the region.
Only 28 people had been rescued by Sunday afternoon, officials said.
The fishing boat overturned about 110 km off the Libyan coast when passengers moved to one side as a merchant ship approached.
Italian Prime Minister Matteo Renzi called for an emergency summit of EU leaders.
“We are facing a succession of massacres,” he said.
""")

D("2015-10-26", "migration", "europe", """
European leaders agreed on Sunday to set up reception capacity for 100,000 migrants along the Balkan route and to improve cooperation between countries on the path into northern Europe.
The leaders of 11 countries, including Germany, Austria, Greece, Hungary and Serbia, met in Brussels at the invitation of European Commission President Jean-Claude Juncker.
They agreed to stop waving people on to neighbouring countries without informing them.
Slovenia said it was struggling to cope with 60,000 arrivals in 10 days.
Juncker said it was “a matter of days” before people would begin to die in cold rivers in the Balkans.
""")

D("2017-07-06", "migration", "europe", """
H: EU interior ministers back Italy's plan to regulate rescue charities
TALLINN, July 6 (Wire) — European Union interior ministers backed on Thursday an Italian plan to draw up a code of conduct for charities that rescue migrants in the Mediterranean, as Rome pressed its partners to share the burden of arrivals.
More than 85,000 migrants have reached Italy by sea this year, up nearly 20 percent on the same period in 2016.
Italy has threatened to close its ports to rescue ships flying foreign flags.
Several charities said they would not sign a code that would stop them from doing their work.
The ministers did not agree to open other ports to rescue vessels.
""")

D("2023-08-21", "migration", "middle-east", """
H: Rights group accuses Saudi border guards of killing migrants
NAIROBI, Aug 21 (Wire) — Saudi border guards have killed hundreds of Ethiopian migrants trying to cross the mountainous border from Yemen, Human Rights Watch said in a report on Monday.
The group said it had interviewed survivors who described guards firing mortars and shooting at close range.
A Saudi government source said the allegations were unfounded and not based on reliable sources.
Tens of thousands of Ethiopians make the dangerous journey through Yemen to seek work in Saudi Arabia each year.
""")

D("2024-03-07", "migration", "africa", """
H: Mauritania and EU sign deal to curb migration to Canary Islands
NOUAKCHOTT, March 7 (Wire) — Mauritania and the European Union signed an agreement on Thursday under which the bloc will provide 210 million euros to help the West African country curb irregular migration.
More than 11,000 migrants have reached Spain's Canary Islands by sea this year, most of them departing from Mauritania.
European Commission President Ursula von der Leyen, who visited Nouakchott with Spanish Prime Minister Pedro Sanchez, said the funds would also support jobs for young people.
Rights groups said the EU was outsourcing border control to countries with poor human rights records.
""")

D("2019-07-03", "migration", "africa", """
An air strike hit a detention centre for migrants in a suburb of Tripoli late on Tuesday, killing at least 40 people and wounding 80, Libyan officials said.
The internationally recognised government blamed forces loyal to eastern commander Khalifa Haftar, who are trying to take the capital.
Haftar's forces denied targeting the centre, which held about 600 migrants.
The U.N. refugee agency called for all detained migrants in Libya to be released.
""")

D("2025-06-19", "migration", "global", """
The number of people forcibly displaced worldwide fell slightly for the first time in a decade, to 122.1 million, the U.N. refugee agency said on Thursday.
The decline was driven by the return of about 2 million Syrians to their homes since the fall of Bashar al-Assad.
Sudan remains the world's largest displacement crisis, with 14.3 million people uprooted.
UNHCR chief Filippo Grandi said deep funding cuts threatened the agency's ability to help refugees.
""")

D("2024-09-16", "migration", "europe", """
H: Germany extends border checks to all land frontiers
BERLIN, Sept 16 (Wire) — Germany began carrying out checks at all of its land borders on Monday, in a move the government says is needed to curb irregular migration and protect the public from Islamist extremism.
The checks, already in place on the borders with Poland, the Czech Republic, Austria and Switzerland, were extended to France, Luxembourg, the Netherlands, Belgium and Denmark.
Poland's prime minister called the decision unacceptable.
The move followed a knife attack in the western city of Solingen in which three people were killed.
The controls will last for an initial six months.
""")

D("2023-10-03", "migration", "south-asia", """
Pakistan ordered all undocumented migrants, including 1.7 million Afghans, to leave the country by Nov. 1 or face deportation.
Interior Minister Sarfraz Bugti said 14 of 24 suicide bombings this year had been carried out by Afghan nationals.
The Taliban government said the Afghan refugees were not involved in Pakistan's security problems.
Aid agencies warned that sending people back to Afghanistan in winter could cause a humanitarian disaster.
""")

D("2020-02-28", "migration", "europe", """
Turkey said on Friday it would no longer stop Syrian refugees from reaching Europe, hours after 33 Turkish soldiers were killed in an air strike in Syria's Idlib province.
Thousands of migrants gathered at the border with Greece, where police fired tear gas to stop them from crossing.
Greece said it would not accept any illegal entries and suspended asylum applications for a month.
European Commission President Ursula von der Leyen called Greece Europe's shield.
""")

D("2016-04-16", "migration", "europe", """
Pope Francis visited a migrant camp on the Greek island of Lesbos on Saturday and took 12 Syrian refugees, including six children, back to Rome on his plane.
The three Muslim families had had their homes bombed in Syria, the Vatican said.
“We are all migrants,” the pope told residents of the Moria camp.
The visit came weeks after a deal between the European Union and Turkey to send migrants back across the Aegean.
""")

D("2018-06-20", "migration", "north-america", """
President Donald Trump signed an executive order on Wednesday to stop the separation of migrant families at the U.S.-Mexico border, reversing a policy that drew condemnation at home and abroad.
More than 2,300 children had been separated from their parents since early May under the “zero tolerance” policy.
Trump said he did not like the sight or the feeling of families being separated.
The order did not say how or when children already separated would be reunited with their parents.
""")

D("2021-09-20", "migration", "north-america", """
U.S. authorities began flying Haitian migrants back to Haiti on Sunday, as they tried to clear a camp of more than 12,000 people under a bridge in the Texas border town of Del Rio.
Images of border agents on horseback confronting migrants drew widespread criticism.
The Department of Homeland Security said the practice would be investigated.
Many of the migrants had lived in South America for years before travelling north.
""")

D("2024-09-05", "migration", "oceania", """
Australia said on Tuesday it would cap the number of new international students at 270,000 next year, as it seeks to reduce record migration levels that have put pressure on housing.
Education Minister Jason Clare said the limit would make the sector more sustainable.
Universities said the cap would damage a major export industry worth about A$48 billion a year.
Net overseas migration reached a record 548,000 in the year to September 2023.
""")

D("2026-02-12", "elections", "south-asia", """
H: Bangladesh votes in first election since Hasina's fall
DHAKA, Feb 12 (Wire) — Bangladeshis voted on Thursday in the first general election since mass protests toppled Prime Minister Sheikh Hasina in 2024, with security forces deployed across the country.
Hasina's Awami League was barred from taking part, and the former prime minister remains in exile in India.
Voters were also asked to approve a package of constitutional reforms drawn up by the interim government.
“I have waited 15 years to vote freely,” said a 42-year-old shopkeeper in the capital.
Turnout appeared high in Dhaka, though there were reports of clashes in several districts.
Results are expected on Friday.
""")

D("2026-03-05", "elections", "south-asia", """
Nepal held parliamentary elections on Thursday, six months after youth-led protests forced the resignation of the prime minister and set fire to the parliament building.
Many first-time voters said they hoped for a break from the parties that have dominated politics for decades.
Several new parties formed by protest organisers fielded candidates.
Election officials said voting was largely peaceful, though counting in remote mountain districts could take days.
""")

D("2026-04-12", "elections", "europe", """
H: Hungarians vote in election seen as Orban's toughest test
BUDAPEST, April 12 (Wire) — Hungarians voted on Sunday in a parliamentary election seen as the biggest challenge to Prime Minister Viktor Orban since he returned to power in 2010.
Opinion polls had shown the opposition Tisza party, led by former government insider Peter Magyar, running level with or ahead of Orban's Fidesz.
Long queues formed at polling stations in Budapest before they opened at 6 a.m.
Orban told reporters after casting his ballot that Hungarians were choosing between peace and war.
Magyar said voters wanted an end to corruption and a return to the European mainstream.
Preliminary results are expected late on Sunday.
""")

D("2026-05-31", "elections", "latin-america", """
Colombians voted on Sunday in the first round of a presidential election dominated by security concerns, after a year of rising violence by armed groups.
President Gustavo Petro is barred by the constitution from seeking a second term.
Candidates from the right have promised to end the government's “total peace” policy of negotiating with armed groups, which they say has failed.
Election authorities said the vote had been calm in most of the country.
If no candidate wins more than half of the votes, a runoff will be held on June 21.
""")

D("2026-06-11", "markets", "north-america", """
H: World Cup opens in Mexico City amid tariff tensions
MEXICO CITY, June 11 (Wire) — The first World Cup to be hosted by three countries opened at the Estadio Azteca in Mexico City on Thursday, with trade tensions between the co-hosts hanging over the tournament.
Mexican President Claudia Sheinbaum attended the opening match, while U.S. and Canadian officials sent delegations.
Businesses in the 16 host cities are hoping for a boost from an expected 6 million visitors.
Travel agents said some fans had been deterred by visa delays and the cost of accommodation in the United States.
The final will be played in New Jersey on July 19.
""")

D("2026-07-08", "diplomacy", "middle-east", """
H: NATO leaders meet in Ankara as Turkey hosts summit
ANKARA, July 8 (Wire) — NATO leaders gathered in the Turkish capital on Wednesday for a summit expected to focus on progress toward the alliance's new defence spending target and on support for Ukraine.
Turkish President Tayyip Erdogan, hosting his first NATO summit, said the alliance must take more account of threats on its southern flank.
Secretary General Mark Rutte said allies had made “real progress” but that several were still not on track.
Diplomats said the final statement would be short, as at last year's meeting in The Hague.
Security was tight across Ankara, with roads closed around the summit venue.
""")

D("2026-06-15", "diplomacy", "europe", """
Leaders of the Group of Seven met in the French spa town of Evian on Monday for a summit overshadowed by disagreements over trade and the war in Ukraine.
French President Emmanuel Macron, the host, said he wanted the group to focus on artificial intelligence, critical minerals and the fight against drug trafficking.
The leaders of several emerging economies, including India, Brazil and South Africa, were invited to attend some of the sessions.
Officials said there would be no joint communique, but a series of shorter statements on specific issues.
""")

D("2026-11-03", "elections", "north-america", """
H: Americans vote in midterm elections that will decide control of Congress
WASHINGTON, Nov 3 (Wire) — Americans voted on Tuesday in midterm elections that will decide control of the House of Representatives and the Senate for the last two years of President Donald Trump's term.
All 435 House seats and 35 Senate seats are up for election, as well as 36 governorships.
Polls suggested a close contest, with the economy, immigration and the cost of living topping voters' concerns.
Election officials in several states said early voting had been strong.
Results in some close races may not be known for days.
""")

D("2026-10-04", "elections", "latin-america", """
Brazilians voted on Sunday in general elections for president, Congress and state governors, in a contest shaped by the conviction of former President Jair Bolsonaro, who is barred from running.
President Luiz Inacio Lula da Silva, 80, is seeking a fourth term.
His main challenger has promised to pardon Bolsonaro if elected.
Electronic voting machines allow results to be announced within hours of polls closing.
If no candidate wins a majority, a runoff will be held on Oct. 25.
""")

D("2026-11-09", "climate", "middle-east", """
H: COP31 climate talks open in Turkey's Antalya
ANTALYA, Turkey, Nov 9 (Wire) — The U.N. climate summit opened in the Turkish resort city of Antalya on Monday, with countries under pressure to present stronger plans to cut emissions.
Under an unusual arrangement, Turkey is hosting the conference while Australia leads the negotiations.
The head of the U.N. climate body said current national plans put the world on course for warming of well over 2 degrees Celsius.
Pacific island nations said they would push for a pre-summit meeting in the region to be recognised in the final text.
""")

D("2026-01-14", "conflict", "europe", """
H: Russian drones hit Ukrainian power plants as temperatures plunge
KYIV, Jan 14 (Wire) — Russia attacked Ukraine's energy system with more than 300 drones and dozens of missiles overnight, cutting heating and power to hundreds of thousands of homes as temperatures fell to minus 15 degrees Celsius.
Ukraine's air force said it had shot down most of the drones, but several power plants in the west and centre of the country were damaged.
The energy minister said emergency power cuts would be applied in most regions.
“They are trying to freeze us into submission,” a resident of Kyiv's left bank said as she queued for water.
Russia's defence ministry said it had struck energy facilities that supply Ukraine's military industry.
""")

D("2026-02-24", "diplomacy", "europe", """
European leaders travelled to Kyiv on Tuesday to mark the fourth anniversary of Russia's full-scale invasion of Ukraine, as talks on a ceasefire remained stalled.
Ukrainian President Volodymyr Zelensky said Ukraine was ready for a just peace but would not accept terms that rewarded aggression.
The European Commission president announced a new loan package for Ukraine's reconstruction.
The Kremlin said Moscow remained open to negotiations but that its conditions had not changed.
""")

D("2026-03-19", "sanctions-trade", "europe", """
H: EU adopts new sanctions package targeting Russian LNG
BRUSSELS, March 19 (Wire) — The European Union adopted a new package of sanctions against Russia on Thursday, including a ban on imports of Russian liquefied natural gas under short-term contracts.
The package also adds dozens of tankers in Russia's shadow fleet to a list of vessels banned from EU ports.
Hungary and Slovakia had delayed approval for weeks, seeking assurances on energy supplies.
The EU's foreign policy chief said the measures would further reduce the revenues that finance Russia's war.
Russia's foreign ministry said the sanctions would hurt Europe more than Russia.
""")

D("2026-05-20", "technology", "east-asia", """
China launched a crewed spacecraft to its Tiangong space station on Wednesday, carrying three astronauts who will conduct experiments for about six months.
The launch from the Jiuquan centre in the Gobi desert was shown live on state television.
China plans to land astronauts on the Moon before 2030.
The space agency said one of the crew members was from Hong Kong, the first from the city to fly in space.
""")

D("2026-08-27", "humanitarian", "africa", """
H: Aid agencies warn of famine in Sudan's Kordofan as fighting spreads
PORT SUDAN, Aug 27 (Wire) — Aid agencies warned on Thursday that famine could spread to parts of Sudan's Kordofan region, where fighting between the army and the Rapid Support Forces has cut off supply routes for months.
The World Food Programme said it had been unable to reach the besieged city of Kadugli since the spring.
Doctors in El Obeid said hospitals were running out of basic medicines.
“We are seeing children die of hunger in a country that used to feed its neighbours,” a WFP official said.
Both sides have accused each other of blocking aid, and both deny doing so.
""")

D("2026-09-22", "diplomacy", "global", """
World leaders gathered in New York on Tuesday for the annual U.N. General Assembly, with the organisation facing its deepest funding crisis in decades.
Secretary-General Antonio Guterres, in his final address to the assembly before his term ends, urged countries to pay their dues and defend multilateralism.
The selection of his successor is due to be completed by the end of the year.
Several candidates from Latin America have been nominated, and many member states have called for the first woman to hold the post.
""")

D("2026-10-15", "energy", "global", """
Oil prices fell to their lowest level in more than four years on Thursday, after the International Energy Agency said global supply would exceed demand by a wide margin next year.
Brent crude fell 2 percent to below $58 a barrel.
The agency said production growth from the United States, Brazil, Guyana and Canada, along with higher OPEC+ output, would outpace consumption.
Analysts said the group of producers could be forced to reverse its recent increases.
""")

D("2026-11-20", "courts", "global", """
H: ICC judges confirm charges in Philippine drugs war case
THE HAGUE, Nov 20 (Wire) — Judges at the International Criminal Court confirmed crimes against humanity charges against former Philippine President Rodrigo Duterte on Friday, clearing the way for a trial over killings during his war on drugs.
The judges found substantial grounds to believe that Duterte was responsible for dozens of murders committed by police and hit squads.
Duterte's lawyers had argued that he was unfit to stand trial because of his age and health.
A date for the start of the trial has not been set.
Relatives of victims gathered outside the court and in Manila to welcome the decision.
""")

D("2024-02-21", "diplomacy", "europe", """
H: What happens if U.S. aid to Ukraine does not arrive?
BRUSSELS, Feb 21 (Wire) — What would Ukraine do if the $60 billion U.S. aid package stayed stuck in Congress for the rest of the year?
European defence officials asked that question openly this week, as Ukrainian commanders reported that their artillery was firing about a fifth as many shells as Russia's.
If Washington does not deliver, one senior EU official said, Europe would have to fill a gap that it is not yet able to fill.
The EU has promised 1 million shells by March but will deliver only about half that number.
“Unless production doubles, we are writing cheques we cannot cash,” a diplomat said.
Neither the European Commission nor NATO has published an estimate of how long Ukraine's stocks would last.
""")

D("2025-03-06", "diplomacy", "europe", """
H: Could Europe defend itself without the United States?
PARIS, March 6 (Wire) — Could Europe's armies hold the line against Russia if Washington stepped back from NATO?
Defence analysts say the answer depends less on the number of troops than on the things Europe has long relied on America to supply: satellites, air refuelling, long-range missiles and intelligence.
If the United States withdrew those capabilities tomorrow, one French general said, European forces would be “partially blind.”
EU leaders meeting in Brussels on Thursday backed a plan to mobilise up to 800 billion euros for defence.
Whether that money can be turned into weapons quickly is another matter.
“We have the money; what we do not have is time,” said a German lawmaker.
""")

D("2023-07-14", "energy", "africa", """
H: Why is South Africa still in the dark?
JOHANNESBURG, July 14 (Wire) — Why does a country with Africa's most industrialised economy still ration electricity for up to 10 hours a day?
The answer, according to engineers and economists, lies in ageing coal plants, a decade of underinvestment and corruption at the state utility Eskom.
If two new plants had been completed on schedule, the shortfall would have been far smaller, a former Eskom executive said.
Instead, both were years late, billions of dollars over budget and plagued by design faults.
The government has declared a state of disaster over the power crisis and appointed an electricity minister.
Businesses say that unless the outages end, they will be forced to cut jobs.
""")

D("2022-10-19", "markets", "europe", """
H: Is Britain heading for a recession?
LONDON, Oct 19 (Wire) — Is Britain already in recession?
Economists are increasingly convinced that it is, after data on Wednesday showed inflation returning to a 40-year high of 10.1 percent in September.
Food prices rose at their fastest rate since 1980.
If the Bank of England raises interest rates as sharply as markets expect, mortgage costs for millions of households will jump next year.
“We would have seen a mild downturn anyway; the budget turmoil made it worse,” said one economist at a London bank.
The government has not said whether it will keep its promise to raise pensions in line with inflation.
""")

D("2024-10-02", "conflict", "middle-east", """
H: Will Israel strike Iran's oil or nuclear sites?
JERUSALEM, Oct 2 (Wire) — Israel has vowed to retaliate for Iran's ballistic missile attack, but how far will it go?
Israeli officials say every option is on the table, including strikes on oil facilities and nuclear sites.
U.S. President Joe Biden said on Wednesday he would not support an attack on Iran's nuclear programme.
If Israel hit Iranian oil terminals, analysts said, prices could rise sharply, and Tehran has threatened to target energy facilities across the Gulf in response.
Gulf Arab states have told Washington they will not allow their airspace to be used for any attack on Iran, diplomats said.
Neither Israel nor Iran appears to want a full-scale war, but neither seems willing to back down.
""")

D("2025-01-15", "diplomacy", "middle-east", """
H: Gaza deal: what is agreed and what is not?
DOHA, Jan 15 (Wire) — What exactly have Israel and Hamas agreed to, and what is left to negotiate?
Under the first six-week phase, 33 Israeli hostages are to be released in exchange for hundreds of Palestinian prisoners, and Israeli forces will withdraw from populated areas of Gaza.
Talks on the second phase, which would include the release of the remaining hostages and a permanent end to the war, are due to begin on the 16th day.
If those talks fail, the agreement says, the ceasefire will continue as long as negotiations are under way.
Who will govern Gaza after the war is not addressed at all.
“The hardest questions have been postponed, not answered,” said a regional diplomat.
""")

D("2023-06-01", "markets", "north-america", """
H: Senate passes debt ceiling bill, averting U.S. default
WASHINGTON, June 1 (Wire) — The U.S. Senate passed a bill on Thursday to suspend the government's $31.4 trillion debt ceiling, averting a default that would have shaken the global economy.
The vote was 63 to 36, after the House of Representatives approved the measure on Wednesday.
Had Congress failed to act by Monday, the Treasury would have run out of money to pay all its bills, officials had warned.
President Joe Biden said he would sign the bill as soon as possible.
The agreement suspends the limit until January 2025 and caps some government spending.
""")

D("2019-03-29", "diplomacy", "europe", """
H: British lawmakers reject May's Brexit deal for third time
LONDON, March 29 (Wire) — British lawmakers rejected Prime Minister Theresa May's Brexit deal for a third time on Friday, the day Britain had been due to leave the European Union.
The withdrawal agreement was defeated by 344 votes to 286.
Unless parliament agrees an alternative by April 12, Britain faces leaving without a deal or a long delay.
May said the implications of the vote were grave and that an alternative would almost certainly involve European elections.
European Council President Donald Tusk called an emergency summit for April 10.
“What is the plan now?” an opposition lawmaker shouted across the chamber.
""")

D("2023-01-31", "diplomacy", "south-asia", """
H: Can India and Pakistan talk again?
ISLAMABAD, Jan 31 (Wire) — Is there any chance that India and Pakistan will resume formal talks this year?
Diplomats in both capitals say the answer is almost certainly no, even though the two sides have kept a ceasefire along the Line of Control since February 2021.
Pakistan has said it will not engage unless India restores Kashmir's special status.
India says it will not talk while Pakistan allows militants to operate from its territory, a charge Islamabad denies.
“Neither government can afford to look weak at home,” a former ambassador said.
""")

D("2020-06-10", "health", "global", """
H: How long will it take to make a coronavirus vaccine?
GENEVA, June 10 (Wire) — How soon can the world expect a vaccine against the new coronavirus?
The World Health Organization said on Wednesday that about 10 candidates were in clinical trials, and that some could show results by the end of the year.
Even if one proved effective, scientists warned, producing billions of doses would take many months.
“If we are lucky, we will have a vaccine by early next year; if we are not, it could be much longer,” the WHO's chief scientist said.
Rich countries have already signed deals to secure hundreds of millions of doses, raising concerns that poorer nations will be left behind.
""")

D("2021-01-26", "health", "europe", """
H: EU threatens export curbs after AstraZeneca cuts vaccine deliveries
BRUSSELS, Jan 26 (Wire) — The European Union threatened on Tuesday to restrict exports of COVID-19 vaccines made in the bloc, after AstraZeneca said it would deliver far fewer doses than expected in the first quarter.
EU Health Commissioner Stella Kyriakides said the company's explanation was unsatisfactory.
“Europe has invested billions to help develop the world's first COVID-19 vaccines, and now the companies must deliver,” European Commission President Ursula von der Leyen said.
AstraZeneca said production problems at a plant in Belgium had reduced yields.
Britain, which has received its supplies from factories in England, said it expected its deliveries to continue as planned.
""")

D("2021-04-22", "health", "south-asia", """
H: India's hospitals run out of oxygen as COVID-19 cases surge
NEW DELHI, April 22 (Wire) — Hospitals in New Delhi pleaded for oxygen supplies on Thursday as India reported a world record of more than 314,000 new coronavirus infections in a single day.
Doctors said patients were dying because oxygen had run out at some hospitals.
The government said it was using military aircraft and special trains to deliver oxygen to the worst-hit areas.
Crematoriums in the capital were running day and night, and some set up makeshift pyres in car parks.
Britain, the United States and Germany said they would send emergency medical supplies.
""")

D("2022-05-24", "health", "global", """
The World Health Organization said on Tuesday that more than 130 suspected and confirmed cases of monkeypox had been reported in countries where the disease is not usually found.
Most of the cases have been among men who have sex with men, the agency said, though anyone can be infected through close contact.
The WHO said there was no evidence that the virus had mutated.
Belgium became the first country to introduce a mandatory 21-day quarantine for monkeypox patients.
""")

D("2025-09-04", "health", "africa", """
H: Congo declares new Ebola outbreak in Kasai province
KINSHASA, Sept 4 (Wire) — Health authorities in the Democratic Republic of Congo declared a new Ebola outbreak in the central province of Kasai on Thursday, after tests confirmed cases of the Zaire strain.
The health ministry said 15 deaths had been recorded among suspected cases, including four health workers.
The World Health Organization said it had sent a team and medical supplies to the area, which is remote and difficult to reach.
Congo has a stockpile of vaccines and treatments, officials said.
It is the country's 16th Ebola outbreak since the disease was first identified in 1976.
""")

D("2017-11-14", "health", "africa", """
H: Plague outbreak in Madagascar slows, WHO says
ANTANANARIVO, Nov 14 (Wire) — An outbreak of plague in Madagascar that has killed more than 170 people appears to be slowing, the World Health Organization said on Tuesday.
Most of the cases have been of the pneumonic form of the disease, which spreads from person to person through coughing.
The WHO said the number of new cases had declined steadily since mid-October.
Health officials urged families not to exhume the bodies of relatives, a traditional practice that can spread the disease.
""")

D("2016-02-01", "health", "latin-america", """
H: WHO declares Zika virus a global health emergency
GENEVA, Feb 1 (Wire) — The World Health Organization declared the Zika virus an international public health emergency on Monday, citing a possible link to birth defects in thousands of babies in Brazil.
WHO Director-General Margaret Chan said a coordinated international response was needed to improve surveillance and the detection of infections.
The virus, which is spread by mosquitoes, has been found in more than 20 countries in the Americas.
Several governments have advised women to delay pregnancy, and El Salvador has asked them to wait until 2018.
There is no vaccine or treatment for Zika.
""")

D("2021-02-21", "nuclear", "middle-east", """
H: Iran curbs U.N. inspections but agrees temporary deal with IAEA
TEHRAN, Feb 21 (Wire) — Iran and the U.N. nuclear watchdog reached a temporary agreement on Sunday that will allow some monitoring to continue for up to three months, even as Tehran moves to curb snap inspections.
IAEA Director General Rafael Grossi, speaking after returning to Vienna from Tehran, said the agency would retain the necessary degree of monitoring and verification.
Iran's parliament had passed a law requiring the government to end the inspections if U.S. sanctions were not lifted.
“This is not a solution; it is a way to buy time,” a Western diplomat said.
Iran's foreign minister said the country's steps were reversible if Washington returned to the 2015 deal.
""")

D("2023-03-04", "nuclear", "middle-east", """
Iran has agreed to reinstall some surveillance cameras at its nuclear sites and to allow more inspections, the head of the U.N. nuclear watchdog said on Saturday after talks in Tehran.
IAEA chief Rafael Grossi said the agreement had been reached with Iran's atomic energy chief.
The talks followed the discovery of uranium particles enriched to 83.7 percent, close to weapons grade, at the Fordow plant.
Iran said the particles may have been produced by unintended fluctuations.
""")

D("2025-07-02", "nuclear", "middle-east", """
H: Iran suspends cooperation with U.N. nuclear watchdog
DUBAI, July 2 (Wire) — Iran's president signed a law on Wednesday suspending cooperation with the International Atomic Energy Agency, after U.S. and Israeli strikes on the country's nuclear sites.
The law requires any future inspections to be approved by Iran's Supreme National Security Council.
Iranian officials have accused the IAEA of providing a pretext for the attacks, a charge the agency rejects.
The U.S. State Department called the decision unacceptable.
IAEA chief Rafael Grossi said the agency's inspectors had left Iran for their safety.
""")

D("2025-09-28", "sanctions-trade", "middle-east", """
United Nations sanctions on Iran were reimposed on Sunday, after Britain, France and Germany triggered a mechanism under the 2015 nuclear deal.
The measures include an arms embargo and restrictions on Iran's ballistic missile programme.
Russia and China had tried to delay the move at the Security Council but failed to win enough support.
Iran's foreign minister said the reimposition was legally void and that Tehran would respond.
The rial fell to a record low against the dollar.
""")

D("2019-07-01", "nuclear", "middle-east", """
Iran said on Monday it had exceeded the limit on its stockpile of low-enriched uranium set by the 2015 nuclear deal, its first major breach of the agreement since the United States withdrew.
The IAEA confirmed that the stockpile had passed the 300-kg limit.
Iranian Foreign Minister Mohammad Javad Zarif said the step was reversible if European powers fulfilled their commitments.
The White House said there could be no doubt that Iran was violating the terms even before the deal existed.
""")

D("2023-02-21", "nuclear", "europe", """
H: Putin suspends Russia's participation in New START treaty
MOSCOW, Feb 21 (Wire) — President Vladimir Putin said on Tuesday that Russia was suspending its participation in the New START treaty, the last remaining arms control pact with the United States.
Putin made the announcement in his annual address to parliament, accusing the West of trying to inflict a strategic defeat on Russia.
He said Russia was not withdrawing from the treaty and would resume nuclear testing only if the United States did so first.
U.S. Secretary of State Antony Blinken called the decision deeply unfortunate and irresponsible.
The treaty limits the number of strategic nuclear warheads each side can deploy to 1,550.
""")

D("2019-08-02", "nuclear", "global", """
The United States formally withdrew from the Intermediate-Range Nuclear Forces Treaty with Russia on Friday, after accusing Moscow of violating the Cold War-era pact.
Secretary of State Mike Pompeo said Russia was solely responsible for the treaty's demise.
Russia denies breaching the treaty and accuses Washington of inventing a pretext to leave it.
NATO said it would respond in a measured way and would not deploy new land-based nuclear missiles in Europe.
The treaty banned land-based missiles with ranges of 500 to 5,500 km.
""")

D("2024-11-19", "nuclear", "europe", """
Russian President Vladimir Putin approved a revised nuclear doctrine on Tuesday that lowers the threshold for the use of nuclear weapons.
The new doctrine says an attack by a non-nuclear state supported by a nuclear power will be treated as a joint attack on Russia.
The announcement came two days after U.S. officials said Ukraine had been allowed to fire U.S.-made ATACMS missiles into Russia.
The White House said it was not surprised and saw no reason to adjust its own nuclear posture.
""")

D("2024-11-21", "conflict", "europe", """
Russia struck the Ukrainian city of Dnipro with a new intermediate-range ballistic missile on Thursday, President Vladimir Putin said in a televised address, in what he called a response to Western escalation.
Putin said the missile, called Oreshnik, was hypersonic and could not be intercepted by existing air defence systems.
Ukraine's air force had initially said the missile was an intercontinental ballistic missile.
Putin warned that Russia could strike the military facilities of countries that allowed Ukraine to use their weapons against Russian territory.
""")

D("2023-01-24", "nuclear", "global", """
The Doomsday Clock was moved to 90 seconds to midnight on Tuesday, the closest it has ever been, largely because of Russia's war in Ukraine and the increased risk of nuclear escalation.
The Bulletin of the Atomic Scientists, which sets the clock each year, said the world was living in a time of unprecedented danger.
The clock had been at 100 seconds to midnight since 2020.
The scientists also cited climate change and the breakdown of arms control agreements.
""")

D("2017-07-07", "nuclear", "global", """
H: U.N. adopts treaty to ban nuclear weapons, nuclear states stay away
UNITED NATIONS, July 7 (Wire) — More than 120 countries adopted a treaty at the United Nations on Friday to ban nuclear weapons, in a vote boycotted by all nine nuclear-armed states.
The treaty was approved by 122 votes in favour, with the Netherlands voting against and Singapore abstaining.
The United States, Britain and France said in a joint statement that they did not intend ever to become party to it.
Supporters said the treaty would stigmatise nuclear weapons even if the nuclear powers did not sign.
""")

D("2024-10-11", "nuclear", "east-asia", """
Japanese atomic bomb survivors' group Nihon Hidankyo won the Nobel Peace Prize on Friday for its efforts to achieve a world free of nuclear weapons.
The Norwegian Nobel Committee said the group had shown through witness testimony that nuclear weapons must never be used again.
Toshiyuki Mimaki, a co-chair of the group, wept as he heard the news in Hiroshima.
The committee said the taboo against the use of nuclear weapons was under pressure.
""")

D("2018-04-21", "nuclear", "east-asia", """
North Korea said on Saturday it would suspend nuclear and long-range missile tests and close its nuclear test site, days before a summit with South Korea.
Leader Kim Jong Un said the country no longer needed to carry out tests because it had completed its nuclear weapons programme.
U.S. President Donald Trump called it very good news for North Korea and the world.
South Korea said it was meaningful progress toward denuclearisation.
Skeptics pointed out that Kim had made no commitment to give up his existing weapons.
""")

D("2023-09-13", "diplomacy", "east-asia", """
H: Kim Jong Un meets Putin at Russian space centre
VOSTOCHNY, Russia, Sept 13 (Wire) — North Korean leader Kim Jong Un met Russian President Vladimir Putin at a space launch centre in Russia's far east on Wednesday, and pledged his support for Moscow's “sacred fight” against the West.
Putin said Russia would help North Korea build satellites.
Asked whether the two leaders had discussed military cooperation, Putin said they would talk about all issues.
The United States has warned that North Korea could supply Russia with artillery shells for its war in Ukraine.
Kim travelled to Russia on his armoured train, a journey of more than 1,000 km.
""")

D("2016-09-02", "elections", "central-asia", """
H: Uzbekistan confirms death of President Karimov
TASHKENT, Sept 2 (Wire) — Uzbekistan's government confirmed on Friday that President Islam Karimov, who ruled the Central Asian nation for 27 years, had died after suffering a stroke.
The announcement ended days of speculation, during which officials had said only that he was seriously ill.
Karimov will be buried on Saturday in his home city of Samarkand.
Prime Minister Shavkat Mirziyoyev was appointed to head the commission organising the funeral, a sign that he could succeed Karimov.
Russian President Vladimir Putin and Chinese President Xi Jinping sent condolences.
""")

D("2019-03-19", "elections", "central-asia", """
Kazakhstan's President Nursultan Nazarbayev, who has ruled the oil-rich country since before the collapse of the Soviet Union, announced his resignation on Tuesday in a televised address.
Nazarbayev, 78, said he would remain head of the powerful security council and of the ruling party.
Senate speaker Kassym-Jomart Tokayev will serve as interim president until the end of the term next year.
Tokayev proposed renaming the capital Astana in Nazarbayev's honour the next day.
""")

D("2020-10-15", "protest", "central-asia", """
Kyrgyzstan's President Sooronbai Jeenbekov resigned on Thursday, saying he wanted to end a political crisis triggered by a disputed parliamentary election.
Protesters had stormed government buildings after the Oct. 4 vote, which observers said had been marred by vote-buying.
Nationalist politician Sadyr Japarov, who was freed from prison by protesters, said he had taken over as acting president.
Russia said it was deeply concerned about the chaos in a country where it has a military air base.
""")

D("2022-07-02", "protest", "central-asia", """
Uzbekistan's President Shavkat Mirziyoyev said on Saturday he would drop plans to curb the autonomy of the Karakalpakstan region, after a rare protest there turned violent.
Police said they had detained several organisers of the protest in the regional capital Nukus.
The authorities declared a month-long state of emergency in the region.
Officials later said 18 people had been killed in the unrest.
""")

D("2024-05-19", "humanitarian", "central-asia", """
Floods caused by heavy rains killed at least 300 people in northern Afghanistan this week, the World Food Programme said on Saturday.
The floods also hit neighbouring Kazakhstan earlier this spring, where more than 100,000 people were evacuated.
In Afghanistan's Baghlan province, entire villages were swept away, aid workers said.
The U.N. said it was sending food, tents and medical supplies.
""")

D("2024-06-06", "diplomacy", "central-asia", """
H: China, Kyrgyzstan and Uzbekistan sign deal to build railway
BEIJING, June 6 (Wire) — China, Kyrgyzstan and Uzbekistan signed an agreement on Thursday to build a railway linking the three countries, a project discussed for more than 25 years.
The 523-km line will run from the western Chinese city of Kashgar through the mountains of Kyrgyzstan to Andijan in Uzbekistan.
Chinese President Xi Jinping called the project a strategic one for connectivity between China and Central Asia.
The cost of the railway has been estimated at about $8 billion.
Russia had long been cool on the project, which would create a route to Europe bypassing its territory.
""")

D("2023-05-19", "diplomacy", "central-asia", """
Chinese President Xi Jinping hosted the leaders of five Central Asian countries in the ancient city of Xi'an on Friday, offering 26 billion yuan ($3.7 billion) in financing and grants.
Xi said China was ready to help the region strengthen its law enforcement, security and defence capabilities.
The summit coincided with a meeting of Group of Seven leaders in Hiroshima.
Russia, the traditional power in Central Asia, has been distracted by its war in Ukraine.
""")

D("2025-11-06", "diplomacy", "north-america", """
U.S. President Donald Trump hosted the leaders of five Central Asian countries at the White House on Thursday, and announced deals on critical minerals and aircraft.
Kazakhstan said it would join the Abraham Accords, the agreements under which several Arab countries normalised relations with Israel.
Kazakhstan already has diplomatic relations with Israel, so the move was largely symbolic.
Uzbekistan agreed to buy American goods and invest about $100 billion over a decade, the White House said.
""")

D("2018-04-23", "protest", "central-asia", """
H: Armenian Prime Minister Sargsyan resigns after mass protests
YEREVAN, April 23 (Wire) — Armenian Prime Minister Serzh Sargsyan resigned on Monday after 11 days of mass street protests against his rule, saying he had been wrong.
“Nikol Pashinyan was right, I was wrong,” Sargsyan said in a statement, referring to the opposition leader who led the protests.
Sargsyan, who had served two terms as president, was elected prime minister by parliament last week under a new constitution.
Thousands of people celebrated in the streets of Yerevan, hugging and dancing.
Pashinyan was released from detention earlier on Monday.
""")

D("2024-09-20", "elections", "south-asia", """
Sri Lanka voted on Saturday in its first presidential election since an economic crisis in 2022 forced the former president to flee.
President Ranil Wickremesinghe, who has led the country's recovery under an IMF programme, faced a strong challenge from Marxist-leaning politician Anura Kumara Dissanayake.
Dissanayake has promised to renegotiate parts of the IMF deal and to fight corruption.
Police imposed a curfew after polls closed as a precaution.
""")

D("2024-09-22", "elections", "south-asia", """
H: Leftist Dissanayake wins Sri Lanka presidential election
COLOMBO, Sept 22 (Wire) — Marxist-leaning politician Anura Kumara Dissanayake won Sri Lanka's presidential election on Sunday, after the first second-preference count in the country's history.
Dissanayake received about 5.6 million votes, ahead of opposition leader Sajith Premadasa.
Incumbent President Ranil Wickremesinghe came third.
Dissanayake, whose party led two violent uprisings in the 1970s and 1980s, has since moved toward the political mainstream.
He said he would seek a mandate in parliamentary elections soon.
""")

D("2019-04-21", "conflict", "south-asia", """
H: Easter Sunday bombings kill hundreds in Sri Lanka
COLOMBO, April 21 (Wire) — Bomb blasts ripped through churches and luxury hotels in Sri Lanka on Easter Sunday, killing more than 200 people, in the deadliest violence in the country since the end of the civil war a decade ago.
The attacks hit three churches and three hotels in and around Colombo and in the eastern city of Batticaloa.
Dozens of foreigners were among the dead, officials said.
The government imposed a curfew and blocked access to social media.
Police arrested 13 people, and officials said a local Islamist group was suspected.
""")

D("2023-06-03", "humanitarian", "south-asia", """
H: Train crash in India's Odisha kills more than 280
BALASORE, India, June 3 (Wire) — At least 288 people were killed and hundreds injured when two passenger trains and a goods train collided in the eastern Indian state of Odisha on Friday night, officials said.
It was one of India's deadliest rail accidents.
Rescuers worked through the night to pull survivors from mangled carriages.
Railway officials said a signalling error may have sent one passenger train onto a loop line where a goods train was parked.
Prime Minister Narendra Modi visited the site and said those responsible would be severely punished.
""")

D("2024-01-22", "protest", "south-asia", """
Indian Prime Minister Narendra Modi inaugurated a grand Hindu temple in the northern city of Ayodhya on Monday, on the site of a mosque that was demolished by Hindu mobs in 1992.
Thousands of people, including film stars and business leaders, attended the ceremony.
Modi said the temple marked the beginning of a new era.
Opposition parties boycotted the event, saying Modi was using it for political gain ahead of elections.
Security was tight across the country, and some Muslims said they felt uneasy.
""")

D("2025-03-12", "conflict", "south-asia", """
Pakistani security forces ended a siege of a passenger train that had been hijacked by separatist militants in the southwestern province of Balochistan, the army said on Wednesday.
The militants had blown up the track and taken hundreds of passengers hostage on Tuesday.
The army said 33 militants had been killed in the rescue operation and that 21 hostages had died.
The Baloch Liberation Army, which claimed responsibility, said it had demanded the release of Baloch political prisoners.
Pakistan accused India of backing the group, which New Delhi denied.
""")

D("2021-11-19", "protest", "south-asia", """
Indian farmers celebrated on Friday after Prime Minister Narendra Modi said the government would repeal three agricultural laws that had triggered a year of protests.
Tens of thousands of farmers had camped on the outskirts of New Delhi since November last year.
Modi apologised in a televised address and said the government had failed to convince some farmers of the benefits of the laws.
Farm union leaders said they would not end their protest until the repeal was passed by parliament.
""")

D("2017-10-11", "diplomacy", "europe", """
H: Portugal and Spain pledge joint response to wildfires
LISBON, Oct 11 (Wire) — Portugal and Spain agreed on Wednesday to share firefighting aircraft and set up a joint command for fires that cross their border, the two interior ministers said after a meeting in Lisbon.
“Fire does not stop at the frontier, and neither can we,” the Portuguese minister said.
The agreement will allow aircraft from either country to operate up to 15 km inside the other's territory without prior authorisation.
More than 100 people died in wildfires in Portugal this year.
Details of the joint command will be worked out by the end of the year, officials said.
""")

D("2018-02-28", "sanctions-trade", "europe", """
H: Norway fines salmon farmers over escape of fish
OSLO, Feb 28 (Wire) — Norway's fisheries authority fined two salmon farming companies a combined 4.5 million crowns on Wednesday after tens of thousands of fish escaped from their pens during a storm.
The authority said the companies had failed to maintain their nets properly.
Escaped farmed salmon can breed with wild fish and spread lice and disease.
One of the companies said it would appeal, arguing that the storm had been exceptionally strong.
""")

D("2019-09-12", "protest", "europe", """
H: Taxi drivers block roads in Warsaw over ride-hailing apps
WARSAW, Sept 12 (Wire) — Hundreds of taxi drivers blocked main roads in central Warsaw on Thursday to protest against ride-hailing apps, which they say are operating illegally.
Traffic was brought to a standstill during the morning rush hour.
“We pay for licences and they pay for nothing,” one driver told reporters.
The infrastructure ministry said a new law regulating passenger transport would be presented to parliament this year.
Police said the protest was peaceful and no one was detained.
""")

D("2022-01-14", "courts", "europe", """
H: Danish court jails former intelligence employee in leak case
COPENHAGEN, Jan 14 (Wire) — A Danish court sentenced a former intelligence employee to 18 months in prison on Friday for leaking classified information to journalists.
The court said the information, which concerned intelligence cooperation with a foreign partner, could have harmed national security.
The trial was held behind closed doors, and the defendant's name was not made public.
Press freedom groups criticised the secrecy of the proceedings.
The defence said it would consider an appeal.
""")

D("2020-05-13", "diplomacy", "europe", """
H: Austria and Germany to reopen border on June 15
VIENNA, May 13 (Wire) — Austria and Germany will fully reopen their shared border on June 15, Austrian Chancellor Sebastian Kurz said on Wednesday, as Europe begins to ease restrictions imposed to stop the spread of the coronavirus.
Spot checks will be carried out from Friday, before controls are lifted completely next month.
Kurz said Austria was also in talks with Switzerland, Liechtenstein and the Czech Republic.
The tourism industry, which accounts for about 15 percent of Austria's economy, welcomed the announcement.
""")

D("2021-09-30", "sanctions-trade", "europe", """
H: France cancels meeting with Britain in fishing licence row
PARIS, Sept 30 (Wire) — France's maritime minister accused Britain on Thursday of breaking the Brexit agreement by refusing fishing licences to French boats, and said Paris could retaliate.
Britain and the island of Jersey have granted only a small share of the licences sought by French fishermen.
“If the British do not respect the agreement, we will not respect it either,” the minister said.
A British government spokesperson said licences had been granted wherever the evidence met the requirements.
French fishermen threatened to blockade ports on both sides of the Channel.
""")

D("2023-03-07", "protest", "europe", """
H: French unions stage biggest day yet of pension protests
PARIS, March 7 (Wire) — More than a million people marched across France on Tuesday against President Emmanuel Macron's plan to raise the retirement age from 62 to 64, and strikes disrupted trains, schools and refineries.
The interior ministry put the number of protesters at 1.28 million, the highest since the movement began in January.
Unions said 3.5 million people had taken part.
Rubbish piled up in Paris streets as refuse collectors walked out.
The government said it would not withdraw the reform, which it says is needed to keep the pension system from falling into deficit.
""")

D("2023-03-16", "protest", "europe", """
French Prime Minister Elisabeth Borne pushed a pension reform through parliament without a vote on Thursday, using a constitutional power that triggered uproar in the lower house.
Opposition lawmakers sang the national anthem and held up placards as she tried to speak.
Thousands of protesters gathered in the Place de la Concorde, and police used tear gas to disperse them.
The opposition filed no-confidence motions, which failed by nine votes on Monday.
""")

D("2023-06-29", "protest", "europe", """
H: Riots spread in France after police shoot teenager
NANTERRE, France, June 29 (Wire) — Protesters set fire to cars and buildings in towns across France for a second night on Thursday, after police shot dead a 17-year-old driver during a traffic stop in a Paris suburb.
The interior ministry said 40,000 police would be deployed overnight.
President Emmanuel Macron said the shooting was inexplicable and inexcusable.
The officer who fired the shot has been placed under formal investigation for voluntary homicide.
A video of the shooting, shared widely on social media, contradicted the initial police account.
""")

D("2022-07-09", "protest", "europe", """
H: Dutch farmers block supermarkets in protest over nitrogen rules
THE HAGUE, July 9 (Wire) — Dutch farmers blocked supermarket distribution centres and highways with tractors on Saturday, in protest against government plans to cut nitrogen emissions that could force many to close their farms.
Police fired warning shots at a tractor that drove at officers earlier in the week.
The government wants to cut nitrogen emissions by 50 percent by 2030, mainly by reducing livestock numbers.
Prime Minister Mark Rutte said he understood the farmers' frustrations but that the plan would not be changed.
""")

D("2024-02-01", "protest", "europe", """
Farmers blocked roads around Brussels with tractors on Thursday and lit fires near the European Parliament, as EU leaders met to discuss aid for Ukraine.
The farmers are protesting against rising costs, green regulations and competition from cheap imports, including from Ukraine.
Police used water cannon to put out fires and disperse protesters who threw eggs and stones.
The European Commission proposed exempting farmers from a rule requiring them to leave some land fallow.
""")

D("2025-09-29", "protest", "africa", """
H: Madagascar president dissolves government after youth protests
ANTANANARIVO, Sept 29 (Wire) — Madagascar's President Andry Rajoelina dissolved his government on Monday, after days of protests led by young people over water and power cuts in which the U.N. said at least 22 people had been killed.
Rajoelina apologised in a televised address and said he understood the anger of the people.
The protests began on Sept. 25 in the capital and spread to other cities.
Demonstrators, who organised on social media, called for the president to resign.
The government disputed the U.N. death toll.
""")

D("2025-10-14", "coup", "africa", """
H: Madagascar army unit says it has taken power after president flees
ANTANANARIVO, Oct 14 (Wire) — An elite army unit in Madagascar said on Tuesday it had taken power, hours after parliament voted to impeach President Andry Rajoelina, who has left the country.
Colonel Michael Randrianirina, commander of the CAPSAT unit, said a committee of officers would rule with a transitional government for up to two years.
Rajoelina said he had fled to a safe place because of threats to his life and denounced an illegal attempt to seize power.
The African Union suspended Madagascar's membership.
Crowds of young protesters celebrated in the capital.
""")

D("2025-10-08", "protest", "africa", """
H: Moroccan youth protests enter second week
RABAT, Oct 8 (Wire) — Young Moroccans protested in several cities for a 10th consecutive night on Tuesday, calling for better health and education and criticising spending on stadiums for the 2030 World Cup.
The protest movement, known as GenZ 212, has organised mainly on the Discord platform.
Three people were killed last week when police opened fire on protesters who, officials said, tried to storm a police station.
The government said it was open to dialogue and would increase spending on public services.
""")

D("2025-11-01", "protest", "africa", """
Tanzania's electoral commission declared President Samia Suluhu Hassan the winner of last week's election with 98 percent of the vote, after protests in which the opposition said hundreds of people had been killed.
The main opposition party was barred from taking part, and its leader is on trial for treason.
The government imposed an internet blackout and a curfew in the commercial capital Dar es Salaam.
The U.N. human rights office said it had received reports of at least 10 deaths and called for restraint.
""")

D("2025-10-27", "elections", "africa", """
Cameroon's 92-year-old President Paul Biya was declared the winner of a presidential election on Monday, extending his 43-year rule, despite claims of victory by a former minister.
The constitutional council said Biya had won 53.7 percent of the vote.
Opposition candidate Issa Tchiroma Bakary said he had won and called on his supporters to defend their victory.
Several people were killed in clashes with security forces in the northern city of Garoua, Tchiroma's home town.
""")

D("2022-01-24", "coup", "africa", """
H: Burkina Faso army says it has ousted President Kabore
OUAGADOUGOU, Jan 24 (Wire) — Burkina Faso's army said on Monday it had seized power, suspended the constitution and dissolved the government, after a day of gunfire at military camps in the capital.
An officer read a statement on state television saying the military had acted because of the deteriorating security situation.
President Roch Kabore, who had been under pressure over his failure to contain Islamist violence, was being held at a military camp, security sources said.
The statement was signed by Lieutenant Colonel Paul-Henri Sandaogo Damiba.
Hundreds of people gathered in the capital's main square to celebrate the coup.
""")

D("2023-12-01", "conflict", "africa", """
H: Guinea-Bissau president says coup attempt foiled
BISSAU, Dec 1 (Wire) — Guinea-Bissau's President Umaro Sissoco Embalo said on Friday that gunfire in the capital overnight had been an attempted coup, and vowed that those responsible would face serious consequences.
The shooting erupted after members of the National Guard freed the finance minister and a treasury official from police custody.
The army said it had captured the commander of the National Guard.
Embalo, who was in Dubai for the COP28 climate summit at the time, returned to the country on Thursday.
Guinea-Bissau has experienced at least nine coups or attempted coups since independence in 1974.
""")

D("2025-11-26", "coup", "africa", """
H: Soldiers in Guinea-Bissau say they have seized power a day before election results
BISSAU, Nov 26 (Wire) — Military officers in Guinea-Bissau said on Wednesday they had taken control of the country, suspended the electoral process and closed the borders, a day before provisional election results were due.
Gunfire was heard near the presidential palace and the electoral commission in the capital.
President Umaro Sissoco Embalo told a French magazine that he had been arrested.
Both Embalo and his main challenger had claimed victory in Sunday's vote.
ECOWAS and the African Union condemned the takeover.
""")

D("2021-05-24", "coup", "africa", """
Mali's military detained the country's interim president and prime minister on Monday, hours after a government reshuffle in which two army officers lost their posts.
Colonel Assimi Goita, who led last year's coup, said the two leaders had been stripped of their powers for failing to consult him.
ECOWAS, the African Union and the U.N. mission in Mali demanded their immediate release.
France suspended joint military operations with Malian forces days later.
""")

D("2022-02-17", "conflict", "africa", """
H: France announces withdrawal of troops from Mali
PARIS, Feb 17 (Wire) — France and its European allies announced on Thursday that they would withdraw their troops from Mali after nearly a decade of fighting Islamist militants, citing obstruction by the ruling junta.
President Emmanuel Macron said the withdrawal would take four to six months.
Macron rejected the idea that the mission had failed.
The decision follows a breakdown in relations with Mali's military rulers, who have hired Russian mercenaries from the Wagner group.
French troops will be redeployed to neighbouring Niger.
""")

D("2023-12-22", "conflict", "africa", """
The last French troops left Niger on Friday, ending a military presence that had been central to France's counter-terrorism operations in the Sahel.
Niger's military government demanded the withdrawal after it seized power in July.
France also closed its embassy in Niamey, saying it was no longer able to function normally.
The junta has strengthened ties with Russia, which sent military instructors in April.
""")

D("2024-03-16", "diplomacy", "africa", """
Niger's military government said on Saturday it was ending a military cooperation agreement with the United States with immediate effect.
A spokesperson said the presence of U.S. troops was illegal and violated constitutional rules.
About 1,000 U.S. military personnel are stationed in Niger, including at a drone base near the city of Agadez that cost $110 million to build.
The announcement came after a visit by a senior U.S. delegation that the junta said had been condescending.
""")

D("2025-01-30", "conflict", "africa", """
Chad said on Thursday that French troops had completed their withdrawal from the country, ending decades of military presence.
Chad's government ended a defence cooperation agreement with Paris in November.
France's military presence in Africa has shrunk sharply since 2022, with troops also leaving Mali, Burkina Faso, Niger and Senegal.
Ivory Coast said the French base in Abidjan would be handed over to its army.
""")

D("2024-11-28", "conflict", "africa", """
H: Chad ends defence pact with France
N'DJAMENA, Nov 28 (Wire) — Chad said on Thursday it was ending its defence cooperation agreement with France, hours after a visit by French Foreign Minister Jean-Noel Barrot.
The foreign ministry said the time had come for Chad to assert its full sovereignty.
About 1,000 French troops are stationed in the country, which had been one of the West's last security partners in the Sahel.
The ministry said the decision did not call into question the friendly relations between the two countries.
Senegal's president said on the same day that France should close its military bases in his country.
""")

D("2024-03-24", "elections", "africa", """
Opposition candidate Bassirou Diomaye Faye was on course to win Senegal's presidential election on Sunday, according to partial results, less than two weeks after he was released from prison.
The ruling coalition's candidate, former Prime Minister Amadou Ba, conceded defeat the following day and congratulated Faye.
Faye, 44, has promised to fight corruption and to renegotiate oil and gas contracts.
The election had been delayed by the outgoing president, a move that triggered deadly protests.
""")

D("2024-05-26", "conflict", "africa", """
H: Amnesty says militants killed dozens in Burkina Faso village attack
ABIDJAN, May 26 (Wire) — Islamist militants killed dozens of civilians in an attack on a village in northern Burkina Faso this month, Amnesty International said on Sunday, citing survivors.
The gunmen arrived on motorcycles, rounded up men and boys and shot them, survivors told researchers.
Burkina Faso's military government did not respond to a request for comment.
The junta has restricted reporting on the conflict and suspended several foreign media outlets.
More than 2 million people have been displaced by the violence in the country.
""")

D("2025-05-13", "conflict", "africa", """
Jihadist fighters linked to al Qaeda claimed to have killed more than 100 soldiers in an attack on a military base and the town of Djibo in northern Burkina Faso, according to a statement seen by monitoring groups.
JNIM said it had seized weapons and vehicles in the attack on Sunday.
Residents said the fighting lasted several hours and that the militants had briefly controlled parts of the town.
The government did not comment on the attack.
""")

D("2025-10-28", "conflict", "africa", """
H: JNIM blockade chokes fuel supplies to Mali's capital
BAMAKO, Oct 28 (Wire) — Schools in Mali's capital were closed for two weeks on Monday because of a severe fuel shortage caused by a blockade imposed by al Qaeda-linked militants.
Fighters from JNIM have been attacking fuel convoys on the main roads from Senegal and Ivory Coast since early September.
Long queues have formed at petrol stations in Bamako, and power cuts have worsened.
The United States and several European countries told their citizens to leave Mali immediately.
The military government said the army was escorting convoys and that the situation would return to normal.
""")

D("2018-11-30", "diplomacy", "latin-america", """
H: U.S., Mexico and Canada sign new trade pact at G20
BUENOS AIRES, Nov 30 (Wire) — The leaders of the United States, Mexico and Canada signed a new North American trade agreement on Friday, replacing the 24-year-old NAFTA.
U.S. President Donald Trump called the deal “a model agreement that changes the trade landscape forever.”
Canadian Prime Minister Justin Trudeau used the ceremony to press Trump to lift tariffs on steel and aluminium.
The pact still needs to be approved by lawmakers in all three countries.
Outgoing Mexican President Enrique Pena Nieto signed it on his last full day in office.
""")

D("2019-01-16", "diplomacy", "latin-america", """
H: Brazil and Argentina leaders agree to push Mercosur trade talks
BRASILIA, Jan 16 (Wire) — The presidents of Brazil and Argentina agreed on Wednesday to speed up trade negotiations between the Mercosur bloc and the European Union, in their first meeting since Jair Bolsonaro took office.
Argentine President Mauricio Macri said the two countries shared a vision of a more open Mercosur.
Bolsonaro said the bloc should shed its ideological baggage.
The trade talks with the EU have dragged on for nearly 20 years.
""")

D("2024-12-06", "sanctions-trade", "latin-america", """
H: EU and Mercosur conclude trade deal after 25 years of talks
MONTEVIDEO, Dec 6 (Wire) — The European Union and the South American bloc Mercosur concluded negotiations on a free trade agreement on Friday, more than two decades after talks began.
European Commission President Ursula von der Leyen, who travelled to Uruguay for the announcement, said the deal was a win-win agreement.
The pact would create a market of more than 700 million people.
French farmers have staged protests against the deal, and France's government said it remained unacceptable in its current form.
The agreement still needs to be approved by EU member states and the European Parliament.
""")

D("2023-08-22", "elections", "latin-america", """
Bernardo Arevalo, an anti-corruption crusader, won Guatemala's presidential runoff on Sunday by a landslide, defeating former first lady Sandra Torres.
Arevalo won about 58 percent of the vote, according to preliminary results.
His party had been suspended by prosecutors after the first round in a move that international observers called an attempt to block him.
“This victory belongs to the people of Guatemala,” Arevalo told cheering supporters.
The United States and the European Union urged a peaceful transfer of power.
""")

D("2024-01-15", "elections", "latin-america", """
Bernardo Arevalo was sworn in as Guatemala's president shortly after midnight on Monday, after a delay of nearly 10 hours caused by wrangling in Congress.
Foreign delegations, including from the United States, had waited for hours and called on lawmakers to respect the will of the people.
Arevalo has faced months of legal challenges from prosecutors that he described as an attempted coup.
In his inaugural speech he promised to fight corruption and reduce poverty.
""")

D("2021-11-29", "elections", "latin-america", """
H: Xiomara Castro claims victory in Honduras presidential election
TEGUCIGALPA, Nov 29 (Wire) — Leftist opposition candidate Xiomara Castro claimed victory in Honduras's presidential election on Sunday, with early results showing her well ahead of the ruling party's candidate.
Castro, the wife of former President Manuel Zelaya, who was ousted in a coup in 2009, would be the country's first female president.
She had about 53 percent of the vote with just over half of the ballots counted.
Her rival, Tegucigalpa Mayor Nasry Asfura, did not concede.
""")

D("2024-06-28", "courts", "north-america", """
A U.S. judge sentenced former Honduran President Juan Orlando Hernandez to 45 years in prison on Wednesday for conspiring to import hundreds of tonnes of cocaine into the United States.
Prosecutors said Hernandez had accepted millions of dollars in bribes from drug traffickers to protect their shipments.
Hernandez maintained his innocence, telling the court he had been wrongly and unjustly accused.
He was extradited to the United States in 2022, weeks after leaving office.
""")

D("2025-12-02", "courts", "north-america", """
H: Former Honduran president freed after Trump pardon
WASHINGTON, Dec 2 (Wire) — Former Honduran President Juan Orlando Hernandez was released from a U.S. prison on Monday after receiving a pardon from President Donald Trump, his wife said.
Hernandez had been serving a 45-year sentence for drug trafficking.
Trump had said that Hernandez was treated very harshly and unfairly.
The pardon drew criticism from Democrats and some Republicans, who noted the administration's strikes on alleged drug boats in the Caribbean.
Honduras held a presidential election on Sunday, and the count was still under way.
""")

D("2024-09-27", "courts", "latin-america", """
Mexico's Senate approved a sweeping judicial reform early on Wednesday that will make all judges, including Supreme Court justices, subject to popular election.
Protesters stormed the Senate chamber during the debate, forcing lawmakers to move to another building.
The ruling Morena party secured the two-thirds majority it needed after an opposition senator switched sides.
Judicial workers have been on strike for weeks in protest against the reform.
The U.S. ambassador had warned that the change could threaten the trade relationship.
""")

D("2023-07-10", "climate", "latin-america", """
H: Colombia says deforestation in the Amazon fell sharply last year
BOGOTA, July 10 (Wire) — Deforestation in Colombia's Amazon fell by 29 percent in 2022, the government said on Monday, the lowest level in a decade.
Environment Minister Susana Muhamad said the drop was partly due to agreements with communities.
She also acknowledged that armed groups had restricted clearing in some areas for their own reasons.
Colombia lost about 123,500 hectares of forest last year, according to official figures.
""")

D("2023-08-08", "climate", "latin-america", """
Leaders of eight South American countries that share the Amazon rainforest agreed on Tuesday to launch an alliance to fight deforestation, but failed to agree on a common target.
The declaration, signed in the Brazilian city of Belem, calls for cooperation on law enforcement, health and indigenous rights.
Colombian President Gustavo Petro urged the group to commit to ending new oil exploration in the Amazon.
Brazil, which is considering drilling near the mouth of the Amazon, did not back the proposal.
""")

D("2025-12-10", "energy", "latin-america", """
H: Guyana's oil output hits new record as fourth project starts
GEORGETOWN, Dec 10 (Wire) — Guyana's oil production reached a record of about 900,000 barrels per day this month, after a consortium led by ExxonMobil started up its fourth offshore project.
The small South American country has become one of the world's fastest-growing oil producers since production began in 2019.
The government says the revenues will be used to build roads, hospitals and schools.
Critics say the country has not negotiated a fair share of the profits.
Venezuela continues to claim a large part of Guyana's territory, including areas close to the oil fields.
""")

D("2023-12-03", "elections", "latin-america", """
Venezuelans voted in a referendum on Sunday to claim sovereignty over the oil-rich Essequibo region, which is administered by neighbouring Guyana.
The electoral authority said 95 percent of voters had approved the creation of a Venezuelan state in the territory.
Witnesses reported low turnout at polling stations in Caracas.
Guyana's president said his country had nothing to fear and that its borders were secure.
The International Court of Justice had ordered Venezuela on Friday not to take any action that would change the situation.
""")

D("2019-02-23", "humanitarian", "latin-america", """
H: Venezuelan troops block aid convoys at Colombian border
CUCUTA, Colombia, Feb 23 (Wire) — Venezuelan security forces fired tear gas and rubber bullets on Saturday at protesters trying to bring humanitarian aid across the border from Colombia, and two trucks were set on fire on a bridge.
Opposition leader Juan Guaido, who is recognised as interim president by dozens of countries, had promised the aid would enter the country.
President Nicolas Maduro said the aid was part of a U.S.-backed plan to overthrow him.
Colombia said more than 60 members of Venezuela's security forces had defected across the border.
Maduro announced that he was breaking relations with Colombia.
""")

D("2023-04-11", "diplomacy", "east-asia", """
H: China says it will not accept “interference” after Taiwan leader's U.S. stopover
BEIJING, April 11 (Wire) — China's foreign ministry said on Tuesday that it would never accept interference in what it considers its internal affairs, a day after ending three days of military drills around Taiwan.
Asked whether more exercises were planned, the ministry spokesperson said China's armed forces would take all necessary measures to safeguard sovereignty.
The drills followed a meeting in California between Taiwan President Tsai Ing-wen and U.S. House Speaker Kevin McCarthy.
Taiwan's defence ministry said it had detected 91 Chinese aircraft and 12 ships around the island on Monday.
The U.S. State Department said Washington was monitoring the situation closely and was confident it had sufficient resources in the region.
""")

D("2025-12-29", "conflict", "east-asia", """
H: China launches large-scale drills around Taiwan
TAIPEI, Dec 29 (Wire) — China's military began large-scale exercises around Taiwan on Monday, deploying warships, fighter jets and coast guard vessels in what it called a stern warning to separatist forces.
Taiwan's defence ministry said it had detected dozens of aircraft and had sent its own forces to monitor the situation.
The Eastern Theatre Command released a poster showing arrows pointing at the island.
Taiwan's presidential office condemned the drills, saying they undermined regional peace and stability.
The exercises came days after Washington approved a large arms sale to Taiwan.
""")

D("2025-11-14", "diplomacy", "east-asia", """
China summoned Japan's ambassador on Thursday over comments by Prime Minister Sanae Takaichi suggesting that a Chinese attack on Taiwan could trigger a military response from Tokyo.
China's vice foreign minister said the remarks were extremely wrong and demanded that they be retracted.
Beijing also advised Chinese citizens to avoid travel to Japan, and several airlines offered refunds.
Takaichi told parliament that her comments were consistent with the government's existing position and that she would not withdraw them.
Shares in Japanese department stores and cosmetics makers fell on concern about fewer Chinese tourists.
""")

D("2020-07-13", "diplomacy", "southeast-asia", """
The United States said on Monday that most of China's claims to offshore resources in the South China Sea were “completely unlawful,” a hardening of its position on the disputed waterway.
Secretary of State Mike Pompeo said in a statement that the world would not allow Beijing to treat the South China Sea as its maritime empire.
China's embassy in Washington said the accusation was completely unjustified.
Washington had previously said it took no position on the territorial disputes.
""")

D("2023-08-06", "conflict", "southeast-asia", """
H: Philippines accuses Chinese coast guard of using water cannon on supply boat
MANILA, Aug 6 (Wire) — The Philippines accused China's coast guard on Sunday of firing water cannon at a Philippine vessel carrying supplies to troops stationed on a disputed shoal in the South China Sea.
The Philippine coast guard said the Chinese action was excessive and offensive and violated international law.
One of two supply boats was unable to deliver its cargo, it said.
China's coast guard said the Philippine vessels had illegally entered waters near the Ren'ai Reef, which Manila calls Ayungin.
The United States said it stood with its ally.
""")

D("2024-08-19", "conflict", "southeast-asia", """
Chinese and Philippine coast guard ships collided near a disputed reef in the South China Sea on Monday, each side blaming the other for the incident.
China's coast guard said a Philippine vessel had deliberately rammed a Chinese ship near the Xianbin Reef, which Manila calls Escoda Shoal.
A Philippine spokesperson said two of its vessels had been rammed by Chinese ships and suffered structural damage.
Nobody was injured.
The United States, Japan and Australia expressed concern over the incident.
""")

D("2022-08-16", "diplomacy", "south-asia", """
H: Chinese research ship docks in Sri Lanka despite Indian concerns
HAMBANTOTA, Sri Lanka, Aug 16 (Wire) — A Chinese research vessel docked at the Sri Lankan port of Hambantota on Tuesday, after Colombo allowed the visit despite objections from India.
India had expressed concern that the ship could be used to track satellites and missile launches.
Sri Lanka's foreign ministry said the vessel would not be allowed to conduct research in Sri Lankan waters.
China's embassy said the ship's research activities were in line with international law.
The port was built with Chinese loans and leased to a Chinese company for 99 years in 2017.
""")

D("2023-11-18", "diplomacy", "south-asia", """
H: Maldives' new president asks India to withdraw troops
MALE, Nov 18 (Wire) — The Maldives' newly elected President Mohamed Muizzu formally asked India on Saturday to withdraw its military personnel from the Indian Ocean archipelago, his office said.
Muizzu, who took office on Friday, campaigned on a promise to reduce Indian influence.
About 75 Indian military personnel are stationed in the Maldives, operating aircraft donated by India.
India's government said the two countries would discuss workable solutions.
Muizzu is expected to make China one of his first foreign destinations.
""")

D("2024-06-09", "diplomacy", "south-asia", """
Narendra Modi was sworn in for a third term as India's prime minister on Sunday, at a ceremony attended by leaders from neighbouring countries.
Modi's Bharatiya Janata Party will rely on coalition partners after losing its outright majority in the election.
The leaders of Bangladesh, Sri Lanka, the Maldives, Nepal and Bhutan were among the guests.
Most senior ministers kept their portfolios, signalling continuity in policy.
""")

D("2025-04-23", "conflict", "south-asia", """
H: India suspends water treaty with Pakistan after Kashmir attack
NEW DELHI, April 23 (Wire) — India said on Wednesday it was suspending a landmark water-sharing treaty with Pakistan and closing the main land border crossing, a day after gunmen killed 26 people at a tourist site in Kashmir.
Foreign Secretary Vikram Misri said the Indus Waters Treaty would be held in abeyance until Pakistan credibly abjured its support for cross-border terrorism.
India also ordered Pakistani military advisers at its embassy to leave within a week.
Pakistan said any attempt to stop the flow of water belonging to it would be considered an act of war.
A little-known group called the Kashmir Resistance claimed responsibility for the attack.
""")

D("2018-11-23", "conflict", "south-asia", """
Gunmen attacked the Chinese consulate in the Pakistani port city of Karachi on Friday, killing two police officers before they were shot dead by security forces, officials said.
The Baloch Liberation Army, a separatist group, claimed responsibility.
None of the consulate's Chinese staff was hurt.
China is investing billions of dollars in infrastructure projects in Pakistan, including a port in Balochistan, which separatists oppose.
""")

D("2024-03-26", "conflict", "south-asia", """
A suicide bomber rammed a vehicle into a convoy carrying Chinese engineers in northwest Pakistan on Tuesday, killing five Chinese nationals and their Pakistani driver, police said.
The engineers were travelling from Islamabad to the site of the Dasu hydropower project.
No group has said it carried out the bombing.
China's embassy demanded that Pakistan thoroughly investigate the attack and severely punish the perpetrators.
""")

D("2021-09-16", "diplomacy", "oceania", """
H: Australia, Britain and U.S. announce security pact
CANBERRA, Sept 16 (Wire) — Australia will acquire nuclear-powered submarines under a new security partnership with the United States and Britain, the three countries' leaders announced, in a move seen as a response to China's growing power.
Australian Prime Minister Scott Morrison said the agreement, known as AUKUS, would not involve nuclear weapons.
As a result, Australia will scrap a $40 billion deal to buy conventional submarines from France.
France's foreign minister called the decision “a stab in the back.”
China said the pact would seriously undermine regional peace and intensify the arms race.
""")

D("2022-05-21", "elections", "oceania", """
Australia's opposition Labor Party won the federal election on Saturday, ending nearly a decade of conservative rule, and Anthony Albanese will become the next prime minister.
Outgoing Prime Minister Scott Morrison conceded defeat and said he would step down as leader of the Liberal Party.
Independent candidates campaigning on climate change won several seats in wealthy urban areas that had long voted Liberal.
Albanese said he wanted to bring the country together and end the “climate wars.”
""")

D("2023-10-14", "elections", "oceania", """
New Zealand's opposition National Party won Saturday's general election, ending six years of Labour government, and its leader Christopher Luxon will become prime minister.
Luxon will need the support of the libertarian ACT party and possibly the populist New Zealand First party to govern.
Prime Minister Chris Hipkins, who replaced Jacinda Ardern in January, conceded defeat.
Voters had been concerned about the rising cost of living.
""")

D("2025-05-03", "elections", "oceania", """
Australian Prime Minister Anthony Albanese's Labor Party won a second term in Saturday's election, defeating a conservative opposition that had campaigned on cutting the public service.
Opposition leader Peter Dutton lost his own seat, a rare defeat for a party leader.
Albanese told supporters that Australians had chosen to face global challenges the Australian way.
Concerns about U.S. tariffs and the cost of living dominated the campaign.
""")

D("2015-01-07", "conflict", "europe", """
H: Gunmen kill 12 at French satirical weekly Charlie Hebdo
PARIS, Jan 7 (Wire) — Masked gunmen stormed the Paris offices of the satirical weekly Charlie Hebdo on Wednesday, killing 12 people, including the editor and several cartoonists, in the deadliest attack in France in decades.
The attackers shouted “Allahu Akbar” and said they were avenging the Prophet Mohammed, witnesses said.
President Francois Hollande said there was no doubt it was a terrorist attack and raised the alert level to its highest.
The magazine had published cartoons mocking Islam and other religions.
Thousands of people gathered in the Place de la Republique in the evening, holding pens and signs reading “Je suis Charlie.”
""")

D("2015-04-25", "humanitarian", "south-asia", """
H: Powerful earthquake strikes Nepal, killing more than 1,000
KATHMANDU, April 25 (Wire) — A 7.8-magnitude earthquake struck Nepal on Saturday, killing more than 1,000 people, flattening buildings in the capital and triggering an avalanche on Mount Everest.
The quake, the worst to hit the Himalayan nation in 80 years, also killed people in India, China and Bangladesh.
The 19th-century Dharahara tower, a landmark in Kathmandu, collapsed.
At least 10 climbers were killed at the Everest base camp, officials said.
India and Pakistan sent aircraft with relief supplies.
""")

D("2015-06-26", "conflict", "africa", """
A gunman opened fire on tourists at a beach hotel in the Tunisian resort of Sousse on Friday, killing 38 people, most of them British.
The attacker, a Tunisian student, had hidden a rifle in a beach umbrella, witnesses said.
He was shot dead by police.
Islamic State claimed responsibility for the attack.
Tunisian Prime Minister Habib Essid said the government would close about 80 mosques operating outside state control.
""")

D("2015-10-31", "conflict", "middle-east", """
A Russian passenger plane crashed in Egypt's Sinai Peninsula on Saturday, killing all 224 people on board, most of them Russian tourists returning from Sharm el-Sheikh.
The Airbus A321, operated by Russian airline Metrojet, disappeared from radar 23 minutes after take-off.
An Islamic State affiliate in Sinai claimed to have brought down the plane, which Egyptian and Russian officials initially dismissed.
Russia later said a homemade bomb had caused the crash.
""")

D("2015-09-30", "conflict", "middle-east", """
H: Russia launches air strikes in Syria
MOSCOW, Sept 30 (Wire) — Russia carried out its first air strikes in Syria on Wednesday, hours after the upper house of parliament gave President Vladimir Putin permission to use military force abroad.
Russia's defence ministry said its aircraft had struck Islamic State positions.
U.S. officials said the strikes appeared to have hit areas held by other rebel groups opposed to President Bashar al-Assad.
The Kremlin said the operation would be limited in time and would not involve ground troops.
""")

D("2015-11-24", "conflict", "middle-east", """
Turkey shot down a Russian warplane near the Syrian border on Tuesday, saying it had violated Turkish airspace, the first time a NATO member had downed a Russian aircraft in half a century.
Russian President Vladimir Putin called the incident “a stab in the back” and warned of serious consequences.
One of the two pilots was killed by rebels as he parachuted to the ground, and a Russian marine died in a rescue operation.
Turkey said the plane had been warned 10 times in five minutes.
Russia later imposed economic sanctions on Turkey.
""")

D("2015-12-02", "conflict", "north-america", """
Two shooters opened fire at a social services centre in San Bernardino, California, on Wednesday, killing 14 people and wounding 21, before being killed in a shootout with police.
The attackers were identified as a married couple who lived in the area.
The FBI later said the attack was being investigated as an act of terrorism.
President Barack Obama called for tougher gun laws.
""")

D("2016-06-12", "conflict", "north-america", """
A gunman killed 49 people at a gay nightclub in Orlando, Florida, early on Sunday, in the deadliest mass shooting in modern U.S. history.
The attacker, a 29-year-old U.S. citizen, pledged allegiance to Islamic State in a call to emergency services during the attack, officials said.
He was killed by police after a three-hour standoff.
President Barack Obama called it an act of terror and an act of hate.
""")

D("2016-07-14", "conflict", "europe", """
H: Truck attack kills scores on Bastille Day in Nice
NICE, France, July 14 (Wire) — A man drove a heavy truck into a crowd watching a Bastille Day fireworks display in the French Riviera city of Nice on Thursday, killing at least 84 people.
The driver, a Tunisian-born resident of Nice, zigzagged along the seafront promenade for about 2 km before police shot him dead.
President Francois Hollande said the attack was clearly terrorist in nature and extended a state of emergency.
Islamic State later claimed responsibility, saying the attacker was one of its soldiers.
""")

D("2016-12-19", "conflict", "europe", """
A truck ploughed into a crowded Christmas market in central Berlin on Monday evening, killing 12 people and injuring dozens, in what police said was probably a terrorist attack.
The same day, Russia's ambassador to Turkey was shot dead at an art gallery in Ankara by an off-duty police officer who shouted “Don't forget Aleppo.”
Chancellor Angela Merkel said it would be particularly hard to bear if the Berlin attacker turned out to be an asylum seeker.
The suspect, a Tunisian man, was shot dead by police in Milan four days later.
""")

D("2016-12-22", "conflict", "middle-east", """
H: Syrian army says it has taken full control of Aleppo
ALEPPO, Syria, Dec 22 (Wire) — The Syrian army declared on Thursday that it had taken full control of Aleppo, after the last rebels and civilians were evacuated from the city's eastern districts.
The victory is President Bashar al-Assad's biggest of the war.
About 35,000 people were evacuated in a deal brokered by Russia and Turkey, the International Committee of the Red Cross said.
Buses carried the last evacuees to rebel-held areas in the countryside west of the city.
The United Nations said the world had failed the people of Aleppo.
""")

D("2017-04-04", "conflict", "middle-east", """
A suspected chemical attack killed dozens of people, including children, in a rebel-held town in northwestern Syria on Tuesday, a war monitor and medical workers said.
Victims in Khan Sheikhoun showed symptoms consistent with exposure to a nerve agent, the World Health Organization said.
The Syrian government denied using chemical weapons.
Three days later, the United States fired 59 cruise missiles at a Syrian air base from which it said the attack had been launched.
""")

D("2017-01-20", "elections", "north-america", """
Donald Trump was sworn in as the 45th president of the United States on Friday, promising to put America first and end what he called “American carnage.”
Thousands of protesters marched in Washington, and some clashed with police.
The next day, hundreds of thousands of people took part in women's marches in Washington and other cities.
Trump signed an executive order directing agencies to ease the burden of the Affordable Care Act within hours of taking office.
""")

D("2017-01-28", "migration", "north-america", """
H: Trump suspends refugee programme, bars citizens of seven Muslim-majority countries
WASHINGTON, Jan 28 (Wire) — President Donald Trump signed an executive order on Friday suspending the U.S. refugee programme for 120 days and barring citizens of seven Muslim-majority countries from entering the United States for 90 days.
Travellers were detained at airports across the country on Saturday, and protests broke out at New York's John F. Kennedy airport.
A federal judge in Brooklyn temporarily blocked the deportation of people stranded at airports.
Trump said the order was needed to protect the country from terrorism.
Iran said it would respond by barring U.S. citizens.
""")

D("2017-05-09", "courts", "north-america", """
President Donald Trump fired FBI Director James Comey on Tuesday, saying he had mishandled an investigation into Hillary Clinton's emails.
The dismissal came as the FBI was investigating possible links between Trump's campaign and Russia.
Democrats said the move raised questions about whether Trump was trying to interfere with the inquiry.
The Justice Department appointed former FBI director Robert Mueller as special counsel eight days later.
""")

D("2017-05-22", "conflict", "europe", """
A suicide bomber killed 22 people, including children, at the end of a pop concert in Manchester on Monday night, in the deadliest attack in Britain since 2005.
The attacker detonated a homemade device in the foyer of the Manchester Arena as fans were leaving.
Prime Minister Theresa May said the attack stood out for its appalling, sickening cowardice.
The threat level was raised to critical, meaning another attack could be imminent.
""")

D("2017-06-14", "humanitarian", "europe", """
H: Fire engulfs London tower block, killing dozens
LONDON, June 14 (Wire) — A fire engulfed a 24-storey residential tower block in west London in the early hours of Wednesday, killing at least 12 people in a disaster that residents said they had warned about for years.
Flames raced up the outside of Grenfell Tower, trapping residents in their flats.
More than 200 firefighters were sent to the scene.
Investigators later said the cladding installed during a recent refurbishment had helped the fire to spread.
The final death toll was 72.
""")

D("2017-08-17", "conflict", "europe", """
A van ploughed into crowds on Barcelona's Las Ramblas avenue on Thursday, killing 13 people and injuring more than 100, in an attack claimed by Islamic State.
The driver fled on foot.
Hours later, police shot dead five suspects in the coastal town of Cambrils after they drove into pedestrians.
Spanish Prime Minister Mariano Rajoy said the country was united against terrorism.
""")

D("2019-11-06", "sanctions-trade", "africa", """
H: Kenya and Tanzania end dispute over cross-border trucks
NAIROBI, Nov 6 (Wire) — Kenya and Tanzania agreed on Wednesday to lift restrictions that had left hundreds of trucks stranded at their border for weeks, trade officials from both countries said.
The dispute began when Tanzanian authorities refused to accept Kenyan health certificates for drivers, and Kenya responded by holding up Tanzanian maize.
“Neither of us gained anything from this, and both of us lost money,” a Kenyan official said.
Under the agreement, drivers will be tested once and their certificates recognised on both sides.
The East African Community secretariat said it would monitor implementation.
""")

D("2022-08-24", "courts", "africa", """
H: Zambian court acquits former minister in corruption case
LUSAKA, Aug 24 (Wire) — A Zambian court acquitted a former cabinet minister on Wednesday of charges that he had acquired properties with money he could not account for.
The magistrate said prosecutors had failed to show that the properties were bought with the proceeds of crime.
The former minister, who served under the previous government, thanked the court and said the case had been politically motivated.
The Anti-Corruption Commission said it would study the judgment before deciding whether to appeal.
President Hakainde Hichilema, who took office last year, has promised to recover stolen public funds.
""")

D("2021-04-11", "energy", "africa", """
H: Uganda, Tanzania sign final deals for crude pipeline
KAMPALA, April 11 (Wire) — Uganda, Tanzania and oil companies TotalEnergies and CNOOC signed agreements on Sunday that clear the way for the construction of a $3.5 billion pipeline to carry Ugandan crude to the Indian Ocean.
The 1,443-km heated pipeline will run from oilfields near Lake Albert to the Tanzanian port of Tanga.
Ugandan President Yoweri Museveni said the project would transform the economy.
Environmental groups said the pipeline would threaten wildlife and water sources and displace thousands of people.
Commercial production is expected to start in 2025.
""")

D("2018-03-09", "diplomacy", "africa", """
Kenyan President Uhuru Kenyatta and opposition leader Raila Odinga shook hands on Friday and pledged to work together to heal divisions after a disputed election last year.
The surprise meeting took place at Kenyatta's office in Nairobi.
Odinga had declared himself the “people's president” in January, in a ceremony the government called treason.
The two men said they would set up an office to promote national unity.
Analysts said the handshake could ease ethnic tensions that have dogged Kenyan politics.
""")

D("2017-09-01", "courts", "africa", """
H: Kenya's Supreme Court annuls presidential election result
NAIROBI, Sept 1 (Wire) — Kenya's Supreme Court annulled the result of last month's presidential election on Friday, citing irregularities, and ordered a new vote within 60 days.
It was the first time in Africa that a court had overturned the re-election of a sitting president.
Chief Justice David Maraga said the election commission had failed to conduct the election in accordance with the constitution.
President Uhuru Kenyatta said he disagreed with the ruling but would respect it.
Opposition leader Raila Odinga called it a historic day for the people of Kenya.
""")

D("2020-02-03", "courts", "africa", """
Malawi's Constitutional Court annulled the May 2019 presidential election on Monday, citing widespread irregularities, and ordered a new vote within 150 days.
The court said the use of correction fluid on tally sheets had been among the problems it found.
President Peter Mutharika said the ruling was a serious subversion of justice and would appeal.
Opposition supporters celebrated in the streets of the capital Lilongwe.
Lazarus Chakwera won the rerun in June.
""")

D("2023-12-20", "elections", "africa", """
Voting in Congo's general election was extended into a second day on Thursday, after many polling stations opened late or not at all.
Opposition candidates said the delays and missing voter lists amounted to gross irregularities.
The electoral commission said the extension would allow everyone to vote.
President Felix Tshisekedi is seeking a second term against 18 challengers.
""")

D("2024-04-29", "diplomacy", "africa", """
H: Mozambique and Malawi agree joint patrols on Lake Malawi
LILONGWE, April 29 (Wire) — Mozambique and Malawi agreed on Monday to carry out joint patrols on Lake Malawi to curb smuggling and illegal fishing, their defence ministers said after talks in the Malawian capital.
The patrols will begin in July and will be reviewed after six months.
Fishing communities on both shores have accused each other's police of seizing nets and boats.
“If our fishermen cannot trust the police, they will not trust the border,” the Malawian minister said.
The two countries also agreed to set up a hotline between their navies.
""")

D("2016-10-21", "courts", "africa", """
South Africa said on Friday it would withdraw from the International Criminal Court, the first country to do so, arguing that the court's obligations conflicted with diplomatic immunity.
Justice Minister Michael Masutha said the government had been put in a difficult position when Sudanese President Omar al-Bashir, who faces an ICC warrant, visited in 2015.
Burundi and Gambia have also announced plans to leave.
A South African court later ruled that the withdrawal was unconstitutional because parliament had not been consulted, and the government revoked its notice.
""")

D("2019-08-31", "conflict", "southeast-asia", """
H: Thai police defuse bombs found near Bangkok hotel
BANGKOK, Aug 31 (Wire) — Thai police defused two small bombs found near a hotel in central Bangkok on Saturday, a month after a series of blasts in the capital during a meeting of Southeast Asian foreign ministers.
A police spokesman said the devices had been found by a security guard and were similar to those used in the earlier attacks.
No one was hurt.
Police have arrested two men from the country's Muslim-majority south in connection with the August bombings.
The government said it was too early to say whether the incidents were linked to the southern insurgency.
""")

D("2022-03-29", "diplomacy", "southeast-asia", """
Cambodia's foreign minister said on Tuesday that Myanmar's military government had agreed to allow an ASEAN envoy to meet all parties, but would not say whether that included detained leader Aung San Suu Kyi.
The minister, who serves as ASEAN's special envoy on Myanmar, returned from a three-day visit to Naypyitaw.
“I asked, and I will keep asking,” he told reporters when asked whether he had requested a meeting with Suu Kyi.
Myanmar's junta has said she faces criminal proceedings and cannot be visited.
""")

D("2020-02-20", "diplomacy", "southeast-asia", """
H: Singapore and Malaysia agree to delay high-speed rail project again
SINGAPORE, Feb 20 (Wire) — Singapore and Malaysia have agreed to suspend a planned high-speed rail link between their countries for a further three months, the two governments said on Thursday.
Malaysia had asked for more time to study changes to the project, which would cut travel time between Kuala Lumpur and Singapore to 90 minutes.
Singapore said it had agreed to the request “in the spirit of good bilateral relations.”
If the project is cancelled, Malaysia will have to compensate Singapore for costs already incurred, officials said.
""")

D("2023-10-26", "sanctions-trade", "southeast-asia", """
Indonesia's trade minister said on Thursday the country would not lift its ban on exports of raw nickel ore, despite a challenge at the World Trade Organization by the European Union.
The ban, introduced in 2020, has attracted billions of dollars of investment in processing plants, mostly from Chinese companies.
A WTO panel ruled last year that the ban breached trade rules, and Indonesia has appealed.
“We will not go back to being a country that just digs and sells,” the minister said.
""")

D("2024-11-19", "protest", "oceania", """
H: Tens of thousands march in New Zealand over Maori treaty bill
WELLINGTON, Nov 19 (Wire) — Tens of thousands of people marched to New Zealand's parliament on Tuesday to protest against a bill that would reinterpret the country's founding treaty between the British Crown and Maori.
The protest marked the end of a nine-day hikoi, or march, that began in the far north of the country.
The bill, proposed by the libertarian ACT party, is not expected to pass, as the other governing parties have said they will vote against it at its second reading.
Police said the march was peaceful.
Last week, Maori lawmakers performed a haka in parliament to disrupt the bill's first reading.
""")

D("2019-12-09", "humanitarian", "oceania", """
A volcano erupted on New Zealand's White Island on Monday while dozens of tourists were on or near the island, killing at least five people, police said.
Eight people were still missing, and police said it was too dangerous for rescuers to reach the island.
Prime Minister Jacinda Ardern said many of those involved were tourists from Australia, the United States, Britain and China.
The volcano's alert level had been raised in recent weeks.
""")

D("2022-07-20", "energy", "europe", """
H: What if Russia cuts off Europe's gas completely?
BRUSSELS, July 20 (Wire) — What would happen to Europe's economy if Russia turned off the gas tap entirely this winter?
The European Commission tried to answer that question on Wednesday, proposing that member states cut gas use by 15 percent from August to March.
If supplies stopped and countries did nothing, the Commission said, the bloc's economic output could fall by as much as 1.5 percent.
“Russia is blackmailing us; Russia is using energy as a weapon,” Commission President Ursula von der Leyen told reporters.
Spain and Portugal said they would not accept mandatory cuts unless their limited connections to the rest of Europe were taken into account.
Would a cold winter make things worse?
Officials said it would, and that storage alone would not be enough.
""")

D("2020-04-02", "health", "europe", """
H: Italy asks: where are the masks?
ROME, April 2 (Wire) — “Where are the masks we were promised?” the mayor of a small town in Lombardy asked on local television this week, voicing a frustration shared across Italy's hardest-hit regions.
Doctors and nurses in the north say they are still working without adequate protection, a month after the outbreak began.
The civil protection agency said it had distributed more than 20 million masks but admitted that demand far outstripped supply.
Had the equipment arrived earlier, health workers' unions said, fewer of their members would have been infected.
More than 60 doctors have died in Italy since the outbreak began.
The government said new supplies from China would arrive within days.
""")

D("2023-09-26", "humanitarian", "central-asia", """
H: Who will house the refugees from Karabakh?
GORIS, Armenia, Sept 26 (Wire) — Who will house the tens of thousands of people pouring into Armenia from Nagorno-Karabakh, and for how long?
Officials in the border town of Goris did not have an answer on Tuesday as cars packed with families and belongings queued on the only road out of the region.
“We left everything, the graves of our parents, our house, our animals,” said a woman in her sixties.
Armenia's government said it was ready to receive 40,000 families but appealed for international help.
If the exodus continued at the current pace, aid workers said, hotels and schools in the region would be full within days.
""")

D("2024-03-04", "climate", "europe", """
H: Can Europe's farmers and climate goals be reconciled?
BRUSSELS, March 4 (Wire) — Can the European Union cut emissions from agriculture without losing the farmers it needs to feed the continent?
After weeks of tractor protests, EU officials are no longer sure.
The Commission has already dropped a target to cut pesticide use and weakened rules on fallow land.
“If we lose the farmers, we lose the countryside, and then we lose the argument about climate,” said one EU diplomat.
Environmental groups say the retreat would make the bloc's 2040 climate target harder to reach.
Neither side expects the debate to calm down before June's European elections.
""")

D("2018-10-08", "climate", "global", """
H: U.N. panel says world must make unprecedented changes to limit warming
INCHEON, South Korea, Oct 8 (Wire) — The world will need to make unprecedented changes in every part of society to limit global warming to 1.5 degrees Celsius, the U.N. climate panel said on Monday.
Net emissions of carbon dioxide would have to fall by about 45 percent from 2010 levels by 2030 and reach net zero around 2050, the report said.
If warming reached 2 degrees instead, coral reefs would almost entirely disappear, the scientists said.
“This is the largest clarion bell from the science community,” one of the authors said.
The report was prepared for governments ahead of climate talks in Poland in December.
""")

D("2021-08-09", "climate", "global", """
H: U.N. climate report is “code red for humanity,” Guterres says
GENEVA, Aug 9 (Wire) — Global warming is dangerously close to spiralling out of control, the U.N. climate panel said on Monday, in a report that Secretary-General Antonio Guterres called a “code red for humanity.”
The report said the world would likely reach 1.5 degrees Celsius of warming above pre-industrial levels within the next two decades.
Scientists said it was “unequivocal” that human activity had warmed the atmosphere, ocean and land.
Unless emissions are cut immediately and on a large scale, the report said, limiting warming to 1.5 degrees will be beyond reach.
""")

D("2024-07-24", "climate", "global", """
H: World records hottest day ever measured, EU monitor says
BRUSSELS, July 24 (Wire) — The world recorded its hottest day on record on Monday, with the global average surface temperature reaching 17.16 degrees Celsius, the EU's Copernicus Climate Change Service said on Wednesday.
The record beat the one set a day earlier.
Scientists said it was likely the warmest the planet had been in over 100,000 years.
“What is truly staggering is how large the difference is between the temperature of the last 13 months and the previous temperature records,” the service's director said.
""")

D("2025-02-03", "sanctions-trade", "north-america", """
H: Will tariffs stop fentanyl? Experts doubt it
WASHINGTON, Feb 3 (Wire) — Will tariffs on Canada, Mexico and China really stop fentanyl from entering the United States?
Drug policy experts interviewed this week said they doubted it.
Most of the fentanyl seized in the United States is smuggled across the southern border by U.S. citizens, according to federal data, and very little comes from Canada.
“If the goal is to stop fentanyl, tariffs are a very blunt instrument,” said one former official at the Drug Enforcement Administration.
The White House said the tariffs were already working, pointing to new commitments from Mexico and Canada to deploy troops and appoint a “fentanyl czar.”
""")

D("2022-04-28", "diplomacy", "global", """
H: Guterres asks: where is the Security Council?
KYIV, April 28 (Wire) — U.N. Secretary-General Antonio Guterres said on Thursday that the Security Council had failed to do everything in its power to prevent and end the war in Ukraine, calling it a source of great disappointment.
Guterres spoke in Kyiv after visiting towns near the capital where Ukrainian officials say Russian troops killed civilians.
Minutes after his news conference with President Volodymyr Zelensky, two Russian missiles struck the city.
“This war is an absurdity in the 21st century,” Guterres said.
A day earlier, he met Russian President Vladimir Putin in Moscow, who said he still hoped for a negotiated outcome.
""")

D("2024-01-09", "markets", "north-america", """
H: Is a soft landing in sight for the U.S. economy?
NEW YORK, Jan 9 (Wire) — Has the Federal Reserve pulled off the soft landing that many economists said was impossible?
Inflation has fallen to about 3 percent from a peak of 9.1 percent, while unemployment remains below 4 percent.
“If you had told me a year ago that we would be here, I would not have believed you,” said the chief economist at a large asset manager.
Markets are betting on as many as six interest rate cuts this year.
Fed officials have cautioned that they will not cut rates until they are confident inflation is moving sustainably toward 2 percent.
""")

D("2019-05-24", "elections", "europe", """
H: Theresa May announces resignation as Brexit deadlock persists
LONDON, May 24 (Wire) — British Prime Minister Theresa May said on Friday she would resign as leader of the Conservative Party on June 7, after failing to get her Brexit deal through parliament.
Her voice breaking, May said she had done her best and that it was a matter of deep regret that she had not been able to deliver Brexit.
The party will choose a new leader, who will become prime minister, by the end of July.
Former Foreign Secretary Boris Johnson is the favourite to succeed her.
Would a new leader be able to break the deadlock in parliament?
Many lawmakers said they doubted it.
""")

D("2020-12-31", "diplomacy", "global", """
H: What will 2021 bring for diplomacy?
GENEVA, Dec 31 (Wire) — Will the arrival of a new U.S. administration restore the multilateral diplomacy that has frayed over the past four years?
Diplomats in Geneva, where the United Nations has its European headquarters, say they expect Washington to rejoin the Paris climate agreement and the World Health Organization within weeks.
Whether it can return to the Iran nuclear deal is less clear.
“Not everything that was broken can be fixed by a signature,” a European ambassador said.
The pandemic, which forced most meetings online this year, may still keep diplomats apart for months.
""")

# === END OF DATA ===


def main():
    errors = []
    seen_sent = {}
    out = []
    ids = set()
    for n, d in enumerate(DOCS, 1):
        did = "mn-%s-%04d" % (d["date"][:4], n)
        where = "%s (%s)" % (did, d["sentences"][0][:40] if d["sentences"] else "?")
        if did in ids:
            errors.append("duplicate id " + did)
        ids.add(did)
        try:
            dt = datetime.date.fromisoformat(d["date"])
            if not (2015 <= dt.year <= 2026) or dt > datetime.date(2026, 12, 31):
                errors.append("date out of range: " + where)
        except ValueError:
            errors.append("bad date %r: %s" % (d["date"], where))
        if d["topic"] not in TOPICS:
            errors.append("unknown topic %r: %s" % (d["topic"], where))
        if d["region"] not in REGIONS:
            errors.append("unknown region %r: %s" % (d["region"], where))
        if not d["sentences"]:
            errors.append("empty text: " + where)
        if len(d["sentences"]) < 3 or len(d["sentences"]) > 10:
            errors.append("%d sentences (want 3-10): %s" % (len(d["sentences"]), where))
        h = d["headline"]
        if h and h[-1] in ".!" and not re.search(r"\b(?:[A-Z]\.){2,}$", h):
            errors.append("headline ends with punctuation: " + where)
        for s in ([h] if h else []) + d["sentences"]:
            key = re.sub(r"\s+", " ", s.strip().lower())
            if key in seen_sent:
                errors.append("duplicated sentence in %s and %s: %s"
                              % (seen_sent[key], did, s[:70]))
            else:
                seen_sent[key] = did
            if '"' in s or "\t" in s:
                errors.append("straight quote/tab (use curly quotes): %s: %s" % (did, s[:60]))
        for s in d["sentences"]:
            if s[-1] not in ".!?”’)" :
                errors.append("body sentence without final punctuation: %s: %s" % (did, s[-50:]))
        m = DATELINE.search(d["sentences"][0]) if d["sentences"] else None
        if m:
            mon = MONTHS.get(m.group(1).rstrip(".")[:3])
            if mon is None or (mon, int(m.group(2))) != (int(d["date"][5:7]), int(d["date"][8:10])):
                errors.append("dateline %r does not match date %s: %s" % (m.group(0), d["date"], did))
        text = " ".join(d["sentences"])
        if not text.strip():
            errors.append("empty text: " + where)
        out.append({"id": did, "date": d["date"], "title": h, "text": text,
                    "topic": d["topic"], "region": d["region"],
                    "_n": len(d["sentences"]) + (1 if h else 0)})
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s); nothing written" % len(errors), file=sys.stderr)
        return 1

    if "--check" in sys.argv[1:]:
        print("ok: %d documents, no errors (--check: nothing written)" % len(out))
        return 0

    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "data", "modern-news.jsonl")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for o in out:
            row = {k: o[k] for k in ("id", "date", "title", "text", "topic")}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(tmp, path)

    nsent = sum(len(d["sentences"]) for d in DOCS)
    nhead = sum(1 for d in DOCS if d["headline"])
    words = sum(len((o["title"] + " " + o["text"]).split()) for o in out)
    print("wrote", os.path.relpath(path))
    print("documents: %d" % len(out))
    print("sentences: %d body + %d headlines = %d" % (nsent, nhead, nsent + nhead))
    print("words: %d" % words)
    years = Counter(o["date"][:4] for o in out)
    print("per year: " + ", ".join("%s %d" % kv for kv in sorted(years.items())))
    for key in ("topic", "region"):
        docs = Counter(o[key] for o in out)
        sents = Counter()
        for o in out:
            sents[o[key]] += o["_n"]
        print("per %s (documents / sentences):" % key)
        for k, v in sorted(docs.items(), key=lambda kv: -kv[1]):
            print("  %-16s %4d %5d" % (k, v, sents[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

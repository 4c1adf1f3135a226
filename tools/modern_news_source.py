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
headline is not repeated in "text". Documents without a headline get a
empty title, as wire briefs often have none.
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
        if h and h[-1] in ".!":
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

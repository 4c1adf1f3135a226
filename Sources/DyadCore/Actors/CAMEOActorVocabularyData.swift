// The 3-letter CAMEO actor codes Dyad knows (besides the role codes of `ActorRole`), written for this project.

/// Our CAMEO actor vocabulary: one line per 3-letter code, parsed once by ``CAMEOActorVocabulary``.
///
/// Edit this table by hand; `ActorCodeTests` checks that it parses and that no code has two meanings.
let cameoActorVocabularyData = #"""
# Dyad's CAMEO actor vocabulary. Written for Dyad; no file below was copied, only the facts were taken:
#   country          ISO 3166-1 alpha-3 codes with ISO's English short names (249), plus KSV (Kosovo) as the
#                    Phoenix dictionaries write it.
#   former-country   states that no longer exist: ISO 3166-3 codes and the CAMEO codes GMW, YMN and FRY, whose
#                    ISO code (DEU, YEM, YUG) stands for another CAMEO entity, so they are not aliases.
#   alias            old CAMEO spellings (CAMEO 1.1b3 manual, chapters 7 and 9) of an entity ISO writes otherwise;
#                    read as the code in the name column.
#   region           CAMEO 1.1b3 table 3.3, plus KAS and TER from chapter 7.
#   international    CAMEO 1.1b3 table 3.2 (generic international and transnational codes).
#   group            ethnic, religious and other identity groups: CAMEO 1.1b3 chapter 7 and table 4.1; rows marked
#                    "later" are religious sub-codes (tables 4.2 and chapter 8) that only follow another chunk.
#   organization     specific organisations: CAMEO 1.1b3 table 3.4, GDELT's actor type list (AMN, IRC, GRP, UNO,
#                    PKO) and the codes the Phoenix international dictionary uses; they only follow another chunk
#                    (IGOUNO, NGOHRIAMN). Where table 3.4 has typos (INGOFID, NGOIMOM, IGNONAT, IGNONON) or gives
#                    one code to two bodies (IGOCEM), the Phoenix spelling is used (FID, NAT, NON; CES for COMESA).
#
# Columns, separated by "|": code | kind | position (any, or later: never the first chunk) | name, or for an
# alias the code it stands for | note ("-" for none)
ABW | country        | any   | Aruba | -
AFG | country        | any   | Afghanistan | -
AGO | country        | any   | Angola | -
AIA | country        | any   | Anguilla | -
ALA | country        | any   | Åland Islands | -
ALB | country        | any   | Albania | -
AND | country        | any   | Andorra | -
ARE | country        | any   | United Arab Emirates | -
ARG | country        | any   | Argentina | -
ARM | country        | any   | Armenia | -
ASM | country        | any   | American Samoa | -
ATA | country        | any   | Antarctica | -
ATF | country        | any   | French Southern Territories | -
ATG | country        | any   | Antigua and Barbuda | -
AUS | country        | any   | Australia | -
AUT | country        | any   | Austria | -
AZE | country        | any   | Azerbaijan | -
BDI | country        | any   | Burundi | -
BEL | country        | any   | Belgium | -
BEN | country        | any   | Benin | -
BES | country        | any   | Bonaire, Sint Eustatius and Saba | -
BFA | country        | any   | Burkina Faso | -
BGD | country        | any   | Bangladesh | -
BGR | country        | any   | Bulgaria | -
BHR | country        | any   | Bahrain | -
BHS | country        | any   | Bahamas | -
BIH | country        | any   | Bosnia and Herzegovina | -
BLM | country        | any   | Saint Barthélemy | -
BLR | country        | any   | Belarus | -
BLZ | country        | any   | Belize | -
BMU | country        | any   | Bermuda | -
BOL | country        | any   | Bolivia (Plurinational State of) | -
BRA | country        | any   | Brazil | -
BRB | country        | any   | Barbados | -
BRN | country        | any   | Brunei Darussalam | -
BTN | country        | any   | Bhutan | -
BVT | country        | any   | Bouvet Island | -
BWA | country        | any   | Botswana | -
CAF | country        | any   | Central African Republic | -
CAN | country        | any   | Canada | -
CCK | country        | any   | Cocos (Keeling) Islands | -
CHE | country        | any   | Switzerland | -
CHL | country        | any   | Chile | -
CHN | country        | any   | China | -
CIV | country        | any   | Côte d'Ivoire | -
CMR | country        | any   | Cameroon | -
COD | country        | any   | Congo, Democratic Republic of the | -
COG | country        | any   | Congo | -
COK | country        | any   | Cook Islands | -
COL | country        | any   | Colombia | -
COM | country        | any   | Comoros | -
CPV | country        | any   | Cabo Verde | -
CRI | country        | any   | Costa Rica | -
CUB | country        | any   | Cuba | -
CUW | country        | any   | Curaçao | -
CXR | country        | any   | Christmas Island | -
CYM | country        | any   | Cayman Islands | -
CYP | country        | any   | Cyprus | -
CZE | country        | any   | Czechia | -
DEU | country        | any   | Germany | -
DJI | country        | any   | Djibouti | -
DMA | country        | any   | Dominica | -
DNK | country        | any   | Denmark | -
DOM | country        | any   | Dominican Republic | -
DZA | country        | any   | Algeria | -
ECU | country        | any   | Ecuador | -
EGY | country        | any   | Egypt | -
ERI | country        | any   | Eritrea | -
ESH | country        | any   | Western Sahara | -
ESP | country        | any   | Spain | -
EST | country        | any   | Estonia | -
ETH | country        | any   | Ethiopia | -
FIN | country        | any   | Finland | -
FJI | country        | any   | Fiji | -
FLK | country        | any   | Falkland Islands (Malvinas) | -
FRA | country        | any   | France | -
FRO | country        | any   | Faroe Islands | -
FSM | country        | any   | Micronesia (Federated States of) | -
GAB | country        | any   | Gabon | -
GBR | country        | any   | United Kingdom of Great Britain and Northern Ireland | -
GEO | country        | any   | Georgia | -
GGY | country        | any   | Guernsey | -
GHA | country        | any   | Ghana | -
GIB | country        | any   | Gibraltar | -
GIN | country        | any   | Guinea | -
GLP | country        | any   | Guadeloupe | -
GMB | country        | any   | Gambia | -
GNB | country        | any   | Guinea-Bissau | -
GNQ | country        | any   | Equatorial Guinea | -
GRC | country        | any   | Greece | -
GRD | country        | any   | Grenada | -
GRL | country        | any   | Greenland | -
GTM | country        | any   | Guatemala | -
GUF | country        | any   | French Guiana | -
GUM | country        | any   | Guam | -
GUY | country        | any   | Guyana | -
HKG | country        | any   | Hong Kong | -
HMD | country        | any   | Heard Island and McDonald Islands | -
HND | country        | any   | Honduras | -
HRV | country        | any   | Croatia | -
HTI | country        | any   | Haiti | -
HUN | country        | any   | Hungary | -
IDN | country        | any   | Indonesia | -
IMN | country        | any   | Isle of Man | -
IND | country        | any   | India | -
IOT | country        | any   | British Indian Ocean Territory | -
IRL | country        | any   | Ireland | -
IRN | country        | any   | Iran (Islamic Republic of) | -
IRQ | country        | any   | Iraq | -
ISL | country        | any   | Iceland | -
ISR | country        | any   | Israel | -
ITA | country        | any   | Italy | -
JAM | country        | any   | Jamaica | -
JEY | country        | any   | Jersey | -
JOR | country        | any   | Jordan | -
JPN | country        | any   | Japan | -
KAZ | country        | any   | Kazakhstan | -
KEN | country        | any   | Kenya | -
KGZ | country        | any   | Kyrgyzstan | -
KHM | country        | any   | Cambodia | -
KIR | country        | any   | Kiribati | -
KNA | country        | any   | Saint Kitts and Nevis | -
KOR | country        | any   | Korea, Republic of | -
KSV | country        | any   | Kosovo | not in ISO 3166-1; the code the Phoenix dictionaries use
KWT | country        | any   | Kuwait | -
LAO | country        | any   | Lao People's Democratic Republic | -
LBN | country        | any   | Lebanon | -
LBR | country        | any   | Liberia | -
LBY | country        | any   | Libya | -
LCA | country        | any   | Saint Lucia | -
LIE | country        | any   | Liechtenstein | -
LKA | country        | any   | Sri Lanka | -
LSO | country        | any   | Lesotho | -
LTU | country        | any   | Lithuania | -
LUX | country        | any   | Luxembourg | -
LVA | country        | any   | Latvia | -
MAC | country        | any   | Macao | -
MAF | country        | any   | Saint Martin (French part) | -
MAR | country        | any   | Morocco | -
MCO | country        | any   | Monaco | -
MDA | country        | any   | Moldova, Republic of | -
MDG | country        | any   | Madagascar | -
MDV | country        | any   | Maldives | -
MEX | country        | any   | Mexico | -
MHL | country        | any   | Marshall Islands | -
MKD | country        | any   | North Macedonia | -
MLI | country        | any   | Mali | -
MLT | country        | any   | Malta | -
MMR | country        | any   | Myanmar | -
MNE | country        | any   | Montenegro | -
MNG | country        | any   | Mongolia | -
MNP | country        | any   | Northern Mariana Islands | -
MOZ | country        | any   | Mozambique | -
MRT | country        | any   | Mauritania | -
MSR | country        | any   | Montserrat | -
MTQ | country        | any   | Martinique | -
MUS | country        | any   | Mauritius | -
MWI | country        | any   | Malawi | -
MYS | country        | any   | Malaysia | -
MYT | country        | any   | Mayotte | -
NAM | country        | any   | Namibia | -
NCL | country        | any   | New Caledonia | -
NER | country        | any   | Niger | -
NFK | country        | any   | Norfolk Island | -
NGA | country        | any   | Nigeria | -
NIC | country        | any   | Nicaragua | -
NIU | country        | any   | Niue | -
NLD | country        | any   | Netherlands | -
NOR | country        | any   | Norway | -
NPL | country        | any   | Nepal | -
NRU | country        | any   | Nauru | -
NZL | country        | any   | New Zealand | -
OMN | country        | any   | Oman | -
PAK | country        | any   | Pakistan | -
PAN | country        | any   | Panama | -
PCN | country        | any   | Pitcairn | -
PER | country        | any   | Peru | -
PHL | country        | any   | Philippines | -
PLW | country        | any   | Palau | -
PNG | country        | any   | Papua New Guinea | -
POL | country        | any   | Poland | -
PRI | country        | any   | Puerto Rico | -
PRK | country        | any   | Korea (Democratic People's Republic of) | -
PRT | country        | any   | Portugal | -
PRY | country        | any   | Paraguay | -
PSE | country        | any   | Palestine, State of | -
PYF | country        | any   | French Polynesia | -
QAT | country        | any   | Qatar | -
REU | country        | any   | Réunion | -
ROU | country        | any   | Romania | -
RUS | country        | any   | Russian Federation | -
RWA | country        | any   | Rwanda | -
SAU | country        | any   | Saudi Arabia | -
SDN | country        | any   | Sudan | -
SEN | country        | any   | Senegal | -
SGP | country        | any   | Singapore | -
SGS | country        | any   | South Georgia and the South Sandwich Islands | -
SHN | country        | any   | Saint Helena, Ascension and Tristan da Cunha | -
SJM | country        | any   | Svalbard and Jan Mayen | -
SLB | country        | any   | Solomon Islands | -
SLE | country        | any   | Sierra Leone | -
SLV | country        | any   | El Salvador | -
SMR | country        | any   | San Marino | -
SOM | country        | any   | Somalia | -
SPM | country        | any   | Saint Pierre and Miquelon | -
SRB | country        | any   | Serbia | -
SSD | country        | any   | South Sudan | -
STP | country        | any   | Sao Tome and Principe | -
SUR | country        | any   | Suriname | -
SVK | country        | any   | Slovakia | -
SVN | country        | any   | Slovenia | -
SWE | country        | any   | Sweden | -
SWZ | country        | any   | Eswatini | -
SXM | country        | any   | Sint Maarten (Dutch part) | -
SYC | country        | any   | Seychelles | -
SYR | country        | any   | Syrian Arab Republic | -
TCA | country        | any   | Turks and Caicos Islands | -
TCD | country        | any   | Chad | -
TGO | country        | any   | Togo | -
THA | country        | any   | Thailand | -
TJK | country        | any   | Tajikistan | -
TKL | country        | any   | Tokelau | -
TKM | country        | any   | Turkmenistan | -
TLS | country        | any   | Timor-Leste | -
TON | country        | any   | Tonga | -
TTO | country        | any   | Trinidad and Tobago | -
TUN | country        | any   | Tunisia | -
TUR | country        | any   | Türkiye | -
TUV | country        | any   | Tuvalu | -
TWN | country        | any   | Taiwan, Province of China | -
TZA | country        | any   | Tanzania, United Republic of | -
UGA | country        | any   | Uganda | -
UKR | country        | any   | Ukraine | -
UMI | country        | any   | United States Minor Outlying Islands | -
URY | country        | any   | Uruguay | -
USA | country        | any   | United States of America | -
UZB | country        | any   | Uzbekistan | -
VAT | country        | any   | Holy See | -
VCT | country        | any   | Saint Vincent and the Grenadines | -
VEN | country        | any   | Venezuela (Bolivarian Republic of) | -
VGB | country        | any   | Virgin Islands (British) | -
VIR | country        | any   | Virgin Islands (U.S.) | -
VNM | country        | any   | Viet Nam | -
VUT | country        | any   | Vanuatu | -
WLF | country        | any   | Wallis and Futuna | -
WSM | country        | any   | Samoa | -
YEM | country        | any   | Yemen | -
ZAF | country        | any   | South Africa | -
ZMB | country        | any   | Zambia | -
ZWE | country        | any   | Zimbabwe | -
ANT | former-country | any   | Netherlands Antilles | ISO 3166-3, dissolved 2010
CSK | former-country | any   | Czechoslovakia | ISO 3166-3, dissolved 1993
DDR | former-country | any   | German Democratic Republic | ISO 3166-3, joined DEU 1990
FRY | former-country | any   | Federal Republic of Yugoslavia | CAMEO code, 1992-2003 (ISO wrote YUG for it too)
GMW | former-country | any   | Federal Republic of Germany (Bonn) | CAMEO code, before 1990 (ISO wrote DEU for it)
SCG | former-country | any   | Serbia and Montenegro | ISO 3166-3, dissolved 2006
SUN | former-country | any   | Union of Soviet Socialist Republics | ISO 3166-3, dissolved 1991
YMD | former-country | any   | Yemen, Democratic (South Yemen) | ISO 3166-3, joined YEM 1990
YMN | former-country | any   | Yemen Arab Republic (North Yemen) | CAMEO code, before 1990 (ISO wrote YEM for it)
YUG | former-country | any   | Socialist Federal Republic of Yugoslavia | ISO 3166-3; CAMEO date-restricts it
CZA | alias          | any   | CSK | old CAMEO spelling: Czechoslovakia
GME | alias          | any   | DDR | old CAMEO spelling: German Democratic Republic
IMY | alias          | any   | IMN | old CAMEO spelling: Isle of Man
MTN | alias          | any   | MNE | old CAMEO spelling: Montenegro
ROM | alias          | any   | ROU | old CAMEO spelling: Romania, ISO code until 2002
TMP | alias          | any   | TLS | old CAMEO spelling: East Timor, ISO code until 2002
USR | alias          | any   | SUN | old CAMEO spelling: USSR
YMS | alias          | any   | YMD | old CAMEO spelling: South Yemen
AFR | region         | any   | Africa | -
ASA | region         | any   | Asia | -
BLK | region         | any   | Balkans | -
CAS | region         | any   | Central Asia | -
CAU | region         | any   | Caucasus | -
CEU | region         | any   | Central Europe | -
CFR | region         | any   | Central Africa | -
CRB | region         | any   | Caribbean | -
EAF | region         | any   | Eastern Africa | -
EEU | region         | any   | Eastern Europe | -
EIN | region         | any   | East Indies | -
EUR | region         | any   | Europe | -
KAS | region         | any   | Kashmir | -
LAM | region         | any   | Latin America | -
MDT | region         | any   | Mediterranean | -
MEA | region         | any   | Middle East | -
NAF | region         | any   | North Africa | -
NMR | region         | any   | North America | -
PGS | region         | any   | Persian Gulf | -
SAF | region         | any   | Southern Africa | -
SAM | region         | any   | South America | -
SAS | region         | any   | South Asia | -
SCN | region         | any   | Scandinavia | -
SEA | region         | any   | Southeast Asia | -
TER | region         | any   | Terai (northern India and southern Nepal) | -
WAF | region         | any   | West Africa | -
WST | region         | any   | the West | -
IGO | international  | any   | inter-governmental organisation | -
IMG | international  | any   | international militarised group | -
INT | international  | any   | international or transnational actor, not further specified | -
MNC | international  | any   | multinational corporation | -
NGM | international  | any   | non-governmental movement | -
NGO | international  | any   | non-governmental organisation | -
UIS | international  | any   | unidentified state actor | -
ABN | group          | any   | ethnic Albanians | -
ABR | group          | any   | Abrahamic religions (other) | -
ADR | group          | any   | African diasporic religions | -
ARB | group          | any   | Arabs | -
ATH | group          | any   | agnostics and atheists | -
BAH | group          | any   | Bahai | -
BUD | group          | any   | Buddhists | -
CHR | group          | any   | Christians | -
CMN | group          | any   | Communist party | -
CON | group          | any   | Confucians | -
CRO | group          | any   | ethnic Croats | -
EAR | group          | any   | East Asian religions (other) | -
GYP | group          | any   | Roma (Gypsies) | -
HIN | group          | any   | Hindus | -
HUT | group          | any   | Hutu | -
INR | group          | any   | Indian religions (other) | -
IRR | group          | any   | Iranic religions (other) | -
ITR | group          | any   | indigenous tribal religions | -
JAN | group          | any   | Jains | -
JEW | group          | any   | Jews | -
KUR | group          | any   | Kurds | -
MOS | group          | any   | Muslims | -
NRM | group          | any   | new religious movements | -
PAG | group          | any   | animists and pagans | -
PAL | group          | any   | Palestinians | -
REL | group          | any   | religious, unspecified | -
SER | group          | any   | ethnic Serbs | -
SIK | group          | any   | Sikhs | -
SLA | group          | any   | Slavs | -
SNL | group          | any   | Sinhalese | -
TAM | group          | any   | Tamils | -
TAO | group          | any   | Taoists | -
TIB | group          | any   | Tibetans | -
TRG | group          | any   | Tuareg | -
TRK | group          | any   | ethnic Turks | -
TUT | group          | any   | Tutsi | -
UIG | group          | any   | Uighurs | -
ZRO | group          | any   | Zoroastrians | -
CTH | group          | later | Roman Catholic | religious sub-code, CAMEO 1.1b3 tables 4.2 and 8
DEN | group          | later | denomination (Hinduism) | religious sub-code, CAMEO 1.1b3 tables 4.2 and 8
GNO | group          | later | gnostic | religious sub-code, CAMEO 1.1b3 tables 4.2 and 8
MAY | group          | later | of controversial status | religious sub-code, CAMEO 1.1b3 tables 4.2 and 8
MLN | group          | later | millenarian | religious sub-code, CAMEO 1.1b3 tables 4.2 and 8
OFF | group          | later | offshoot | religious sub-code, CAMEO 1.1b3 tables 4.2 and 8
PRO | group          | later | Protestant | religious sub-code, CAMEO 1.1b3 tables 4.2 and 8
RAC | group          | later | racialist | religious sub-code, CAMEO 1.1b3 tables 4.2 and 8
SHI | group          | later | Shia | religious sub-code, CAMEO 1.1b3 tables 4.2 and 8
SYN | group          | later | syncretic | religious sub-code, CAMEO 1.1b3 tables 4.2 and 8
UFO | group          | later | UFO religion | religious sub-code, CAMEO 1.1b3 tables 4.2 and 8
WLN | group          | later | wellness-centric | religious sub-code, CAMEO 1.1b3 tables 4.2 and 8
ABD | organization   | later | Arab Bank for Economic Development in Africa | -
ACC | organization   | later | Arab Cooperation Council | -
ADB | organization   | later | Asian Development Bank | -
AEU | organization   | later | Arab Economic Unity Council | -
AFB | organization   | later | African Development Bank | -
AFU | organization   | later | African Union | -
AIE | organization   | later | International Energy Agency | -
ALQ | organization   | later | al-Qaeda | -
AMF | organization   | later | Arab Monetary Fund | -
AMN | organization   | later | Amnesty International | -
AMU | organization   | later | Arab Maghreb Union | -
APE | organization   | later | Organization of Arab Petroleum Exporting Countries | -
ARL | organization   | later | Arab League | -
ASF | organization   | later | Abu Sayyaf | -
ASN | organization   | later | Association of Southeast Asian Nations | -
ATD | organization   | later | Eastern and Southern African Trade and Development Bank | -
BCA | organization   | later | Bank of Central African States | -
BIS | organization   | later | Bank for International Settlements | -
CEM | organization   | later | Economic and Monetary Community of Central Africa | -
CES | organization   | later | Common Market for Eastern and Southern Africa | -
CFA | organization   | later | Franc Zone Financial Community of Africa | -
CIS | organization   | later | Commonwealth of Independent States | -
COE | organization   | later | Council of Europe | -
CPA | organization   | later | Cocoa Producers' Alliance | -
CPC | organization   | later | Association of Coffee Producing Countries | -
CRC | organization   | later | International Federation of Red Cross and Red Crescent Societies | -
CSS | organization   | later | Community of Sahel-Saharan States | -
CWN | organization   | later | Commonwealth of Nations | -
DVE | organization   | later | Developing Eight | -
EAC | organization   | later | East African Community | -
EBR | organization   | later | European Bank for Reconstruction and Development | -
ECA | organization   | later | Economic Community of Central African States | -
EEC | organization   | later | European Union | -
EFT | organization   | later | European Free Trade Association | -
FAO | organization   | later | Food and Agriculture Organization | -
FID | organization   | later | International Federation for Human Rights | -
GCC | organization   | later | Gulf Cooperation Council | -
GOE | organization   | later | Group of Eight | -
GOS | organization   | later | Group of Seven | -
GRP | organization   | later | Greenpeace | -
GSS | organization   | later | Group of 77 | -
HCH | organization   | later | UN High Commissioner for Human Rights | -
HCR | organization   | later | UN High Commissioner for Refugees | -
HIP | organization   | later | Heavily Indebted Poor Countries | -
HMS | organization   | later | Hamas | -
HRW | organization   | later | Human Rights Watch | -
IAC | organization   | later | Inter-African Coffee Organisation | -
IAD | organization   | later | Intergovernmental Authority on Development | -
IAE | organization   | later | International Atomic Energy Agency | -
ICC | organization   | later | International Criminal Court | -
ICG | organization   | later | International Crisis Group | -
ICJ | organization   | later | International Court of Justice | -
ICO | organization   | later | International Cocoa Organization | -
IDB | organization   | later | Islamic Development Bank | -
IGC | organization   | later | International Grains Council | -
IHF | organization   | later | International Helsinki Federation for Human Rights | -
ILO | organization   | later | International Labour Organization | -
IMF | organization   | later | International Monetary Fund | -
IPU | organization   | later | Inter-Parliamentary Union | -
IRC | organization   | later | Red Cross | -
ISI | organization   | later | Islamic State | -
ITP | organization   | later | Interpol | -
JMA | organization   | later | Jemaah Islamiyah | -
JUR | organization   | later | International Commission of Jurists | -
KID | organization   | later | UNICEF | -
MSF | organization   | later | Médecins Sans Frontières | -
NAT | organization   | later | NATO | -
NEP | organization   | later | New Partnership for Africa's Development | -
NON | organization   | later | Non-Aligned Movement | -
OAS | organization   | later | Organization of American States | -
OAU | organization   | later | Organisation of African Unity | -
OIC | organization   | later | Organisation of Islamic Cooperation | -
OPC | organization   | later | Organization of the Petroleum Exporting Countries | -
PAP | organization   | later | Pan-African Parliament | -
PKO | organization   | later | peacekeepers | -
PRC | organization   | later | Paris Club | -
RCR | organization   | later | Red Crescent | -
SAA | organization   | later | South Asian Association for Regional Cooperation | -
SAD | organization   | later | Southern African Development Community | -
SCE | organization   | later | Organization for Security and Co-operation in Europe | -
SOT | organization   | later | Southeast Asia Treaty Organization | -
UEM | organization   | later | West African Economic and Monetary Union | -
UNO | organization   | later | United Nations | -
WAD | organization   | later | West African Development Bank | -
WAM | organization   | later | West Africa Monetary and Economic Union | -
WAS | organization   | later | Economic Community of West African States | -
WBK | organization   | later | World Bank | -
WCT | organization   | later | international war crimes tribunals | -
WEF | organization   | later | World Economic Forum | -
WFP | organization   | later | World Food Programme | -
WHO | organization   | later | World Health Organization | -
WTO | organization   | later | World Trade Organization | -
XFM | organization   | later | Oxfam | -
"""#

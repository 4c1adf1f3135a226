# Dyad CAMEO verb lexicon, roots 05-08: diplomatic cooperation (05), material cooperation (06), provide aid (07),
# yield (08). Written for Dyad from the CAMEO 1.1b3 codebook definitions; format in docs/lexicon-format.md,
# section "Verb patterns". Synsets of this file carry the prefix V05_; verb ids carry the prefix v05- so that they
# never clash with entries of the same lemma in other verbs-*.lex files.
#
# Conventions of this file:
# - Material codes (07x, 084x, 087x) need a reported act; promises and plans are the coder's business (03x).
# - Verbs shared with other roots (hold, call, strike, release, return, open, end, drop, withdraw, ...) carry only
#   object-restricted patterns here, so that "held talks", "called for", "released a statement" stay with others.
# - Targets: the object by default; for "X to/with/on Y" patterns the prepositional object (target=prep default).

# ---------------------------------------------------------------------------------------------------------------
# Word sets
# ---------------------------------------------------------------------------------------------------------------

[synset V05_ACCORD]
word: mou | memorandum of understanding | document | instrument | joint declaration | joint statement | settlement
word: peace deal | peace agreement | peace accord | peace treaty | trade deal | trade agreement | free trade agreement
word: defence pact | defense pact | security pact | bilateral agreement | lease | accord

[synset V05_ECON_DEAL]
# deals whose content is economic: reached or sealed, they are the intent to cooperate economically (0311)
word: trade deal | trade agreement | trade pact | free trade agreement | free trade deal | investment agreement
word: investment deal | investment treaty | minerals deal | mineral deal | economic agreement | economic deal
word: economic partnership agreement | currency swap | swap agreement | loan agreement | gas deal | energy deal
word: oil deal | supply deal | tariff deal | customs deal | fisheries deal | fishing deal | aviation deal

[synset V05_SECURITY_DEAL]
# deals whose content is military: the intent to cooperate militarily (0312)
word: defence pact | defense pact | defence agreement | defense agreement | defence deal | defense deal
word: security pact | security agreement | security deal | military agreement | military pact | arms deal
word: basing agreement | status of forces agreement

[synset V05_PEACE_DEAL]
# deals that end a dispute: the intent to settle it (037)
word: peace deal | peace agreement | peace accord | peace treaty | peace settlement | political settlement
word: border deal | border agreement
word: name deal | maritime border deal | maritime boundary agreement

[synset V05_TRUCE]
word: ceasefire | cease-fire | truce | armistice | cessation of hostilities | humanitarian pause | humanitarian truce
word: ceasefire agreement | ceasefire deal | truce agreement | truce deal | ceasefire accord | temporary ceasefire
word: unilateral ceasefire | pause in fighting | pause in hostilities | energy ceasefire

[synset V05_PERSON]
word: prisoner | detainee | hostage | captive | inmate | convict | abductee | prisoner of war | pow | political prisoner
word: dissident | activist | journalist | reporter | blogger | photographer | lawyer | opposition leader
word: opposition figure | politician | lawmaker | protester | protestor | demonstrator | student | fisherman
word: sailor | seaman | seafarer | crew | crew member | national | citizen | foreigner | tourist | worker | aid worker
word: soldier | serviceman | militant | fighter | suspect | migrant | child | woman | girl | boy | schoolgirl
word: civilian | people | person | man | member | monk | priest | pastor | cleric | nun | missionary | businessman
word: executive | employee | staff | academic | researcher | scholar | writer | poet | artist | rapper | critic
word: teenager | minor | pilot | he | she | they | him | her | them | kidnap victim | leader | opponent

[synset V05_CAPTIVE]
word: prisoner | detainee | hostage | captive | abductee | prisoner of war | pow | political prisoner | kidnap victim
word: inmate | child | captured soldier | serviceman | fisherman | sailor | crew | crew member

[synset V05_REMAINS]
word: body | remains | remain | corpse | coffin | mortal remains

[synset V05_PROPERTY]
word: ship | vessel | tanker | oil tanker | boat | trawler | fishing boat | aircraft | plane | airliner | cargo
word: helicopter | jet | drone | warship | patrol boat
word: consignment | container | vehicle | asset | frozen asset | frozen fund | property | land | farm | farmland
word: house | building | church | mosque | temple | artefact | artifact | antiquity | relic | treasure | painting
word: sculpture | statue | bronze | manuscript | archive | skull | passport | estate | gold | gold reserve

[synset V05_FROZEN]
word: asset | frozen asset | fund | frozen fund | account | bank account | reserve | foreign reserve | deposit
word: money | wealth | holding | property

[synset V05_ECON_AID]
word: loan | credit | credit line | line of credit | grant | financial aid | financial assistance | economic aid
word: economic assistance | budget support | budgetary support | bailout | bail-out | debt relief | financing
word: funding | fund | tranche | disbursement | cash | money | million | billion | development aid
word: development assistance | soft loan | concessional loan | rescue package | financial package
word: economic package | financial support | economic support | deposit | swap line | dollar | euro

[synset V05_HUM_AID]
word: humanitarian aid | humanitarian assistance | humanitarian supply | relief | relief aid | relief supply
word: relief good | relief item | emergency aid | emergency assistance | emergency relief | disaster relief
word: food aid | food | food parcel | food supply | ration | medicine | medical supply | medical aid | medication
word: vaccine | vaccine dose | dose | tent | blanket | shelter | water | drinking water | flour | aid convoy
word: tarpaulin | tarp | generator | water purification tablet | hygiene supply | relief package
word: aid truck | aid shipment | aid flight | hygiene kit | winter clothing | clothing | baby formula
word: infant formula | field hospital | mobile hospital | hospital ship | humanitarian convoy | convoy
word: relief convoy | humanitarian shipment | relief flight | face mask | mask | ventilator | oxygen cylinder
word: oxygen concentrator | test kit | testing kit | rapid test | medical expert | medical team | rescue team
word: rescuer | relief worker

[synset V05_RESCUE_TEAM]
word: rescue team | rescuer | search and rescue team | rescue worker | medical team | doctor | medic | nurse
word: paramedic | firefighter | relief worker | humanitarian worker | field hospital | hospital ship
word: mobile hospital | emergency team | disaster team | rescue crew | medical staff

[synset V05_WEAPON]
word: weapon | arm | ammunition | missile | tank | drone | jet | artillery | munition | air defence | air defense
word: military aid | military assistance | security assistance | fighter jet | f-16 | warplane | helicopter
word: attack helicopter | armoured vehicle | armored vehicle | armoured personnel carrier | howitzer | shell
word: artillery shell | rocket | rocket launcher | launcher | himars | patriot | patriot system
word: air defence system | air defense system | anti-aircraft system | interceptor | rifle | gun | small arm
word: grenade | landmine | mortar | military equipment | military hardware | weaponry | armament | materiel
word: military vehicle | submarine | frigate | corvette | bomber | cluster munition | atacms | javelin | stinger
word: body armour | body armor | military package | military aid package | weapons package | arms package
word: defence system | defense system | missile system | weapons system | weapon system | rocket system
word: minehunter | patrol boat | patrol vessel | naval vessel | coastal defence system | s-400

[synset V05_PEACEKEEPER]
word: peacekeeper | peacekeeping force | peacekeeping troop | peacekeeping contingent | peacekeeping mission
word: peacekeeping unit | peacekeeping battalion | blue helmet | stabilisation force | stabilization force
word: protection force | multinational force | international force | peacekeeping operation

[synset V05_INSPECTOR]
word: inspector | inspection | inspection team | nuclear inspector | weapons inspector | verification team
word: verification mission | iaea team | iaea inspector | inspection visit

[synset V05_MONITOR]
word: monitor | observer | observer mission | monitoring mission | fact-finding mission | investigator
word: rapporteur | special rapporteur | commission of inquiry | election observer | mission | ceasefire monitor

[synset V05_HUM_ACCESS]
word: humanitarian access | aid access | aid | humanitarian aid | relief | aid convoy | convoy | aid truck
word: truck | lorry | aid delivery | delivery | aid worker | humanitarian worker | relief worker | aid agency
word: humanitarian agency | evacuation | medical evacuation | humanitarian corridor | corridor | passage
word: safe passage | food | fuel | supply | medicine | relief supply | shipment | aid shipment

[synset V05_ECON_SANCTION]
word: sanction | embargo | arms embargo | oil embargo | tariff | duty | import duty | levy | boycott | price cap
word: export control | trade restriction | trade ban | import ban | export ban | economic sanction | trade barrier
word: asset freeze | penalty | blacklist | secondary sanction | countermeasure | counter-sanction | import tariff
word: export restriction | import restriction

[synset V05_RESTRICTION]
word: restriction | ban | curb | measure | rule | limitation | lockdown | quarantine | travel ban
word: travel restriction | entry ban | visa restriction | movement restriction | closure | control

[synset V05_FREEDOM_CURB]
word: censorship | internet shutdown | internet blackout | internet ban | internet restriction | social media ban
word: media ban | press ban | media blackout | news blackout | broadcast ban | protest ban | gag order
word: press restriction | media restriction | speech restriction | blocking | shutdown
word: medium ban | medium blackout | medium restriction

[synset V05_CURFEW]
word: curfew | night curfew | nighttime curfew | overnight curfew | dusk-to-dawn curfew

# "state" stands for "state of emergency/siege": the coder reads the head noun, with "of emergency" as its phrase.
[synset V05_EMERGENCY]
word: state of emergency | emergency | martial law | emergency rule | emergency law | emergency decree
word: emergency measure | emergency regulation | emergency power | state of siege | emergency order | state

[synset V05_BLOCKADE]
word: blockade | siege | naval blockade | encirclement | military blockade | closure

[synset V05_PROTEST]
word: strike | general strike | hunger strike | protest | demonstration | rally | march | sit-in | boycott
word: picket | walkout | civil disobedience | stay-away | shutdown | hartal | industrial action | work stoppage
word: stoppage | agitation | protest action | mass protest | blockade | protest camp | road blockade

[synset V05_HOSTILITIES]
word: fighting | hostility | hostilities | offensive | operation | military operation | bombardment | shelling
word: attack | air strike | airstrike | bombing | raid | assault | advance | incursion | military action
word: combat operation | ground operation | ground offensive | war | drone attack | missile attack | rocket fire
word: aggression | air campaign | bombing campaign | counteroffensive | counter-offensive
word: military activity | military activities | combat activity

[synset V05_FORCES]
word: troop | force | soldier | unit | battalion | brigade | division | warship | fleet | personnel | contingent
word: army | military | military presence | presence | mercenary | fighter | militant | heavy weapon | tank
word: deployment | garrison | marine | paratrooper | military personnel | military adviser | military advisor
word: peacekeeper | armour | armor | artillery | ship | vessel

[synset V05_ARMS]
word: weapon | arm | gun | rifle | arsenal | stockpile | heavy weapon | ammunition | munition | explosive
word: missile | warhead | chemical weapon | weaponry | firearm | small arm | grenade | rocket

[synset V05_DIPLO_TIES]
word: relation | tie | diplomatic relation | diplomatic tie | relationship | diplomatic contact | contact
word: friendship | partnership | cooperation | strategic partnership | bilateral relation | bilateral tie | bond
word: embassy | diplomatic mission | diplomatic presence | consulate

[synset V05_ECON_COOP]
word: trade | commerce | economic cooperation | economic tie | economic relation | trade tie | trade relation
word: trade link | business tie | investment | trade cooperation | energy cooperation | flight | direct flight
word: export | import | shipment | bilateral trade | economic partnership | trade partnership | commercial tie
word: commercial relation | financial cooperation | investment cooperation | transport link | rail link
word: air link | economic link | trade route

[synset V05_MIL_COOP]
word: military cooperation | defense cooperation | defence cooperation | security cooperation | military tie
word: defense tie | defence tie | security tie | military relation | defense relation | defence relation
word: military partnership | defense partnership | defence partnership | security partnership
word: military exchange | naval cooperation | defence industrial cooperation | arms cooperation
word: military-technical cooperation | joint exercise | joint drill | joint patrol | military contact

[synset V05_EXERCISE]
word: exercise | drill | war game | wargame | manoeuvre | maneuver | joint exercise | joint drill | joint war game
word: joint patrol | naval exercise | naval drill | military exercise | military drill | joint military exercise
word: joint naval exercise | combined exercise | joint maneuver | joint manoeuvre | joint operation

[synset V05_INTEL]
word: intelligence | intel | information | data | datum | evidence | finding | detail | satellite image
word: satellite imagery | imagery | file | record | dossier | tip | tip-off | intelligence report
word: threat information | passenger data | intelligence sharing | recording | audio recording | video recording
word: footage | transcript
word: aerial photograph | aerial photo | aerial image | aerial imagery | satellite photograph | satellite photo
word: reconnaissance photograph | reconnaissance photo | reconnaissance data | reconnaissance image
word: military intelligence | surveillance data | surveillance footage | targeting data | targeting information
word: radar data | intercept

[synset V05_EXPERTISE]
word: expertise | experience | know-how | knowhow | technology | best practice | skill | knowledge
word: technical expertise | lesson

[synset V05_PRAISE_TARGET]
word: decision | move | step | agreement | deal | announcement | election | result | outcome | release
word: ceasefire | truce | initiative | proposal | plan | progress | resolution | statement | effort | commitment
word: pledge | offer | news | signing | vote | ruling | verdict | reform | breakthrough | return | resumption
word: accord | treaty | role | contribution | support | participation | appointment | nomination | victory | win
word: gesture | overture | mediation | approach | action | measure | law | legislation | adoption | launch
word: establishment | formation | recognition | lifting | easing | exchange | swap | report | finding
word: conclusion | framework | roadmap | settlement | compromise | consensus | normalization | normalisation
word: rapprochement | reconciliation | cooperation | partnership | leadership | stance | position | policy
word: performance | achievement | restraint | courage | work | determination | solidarity

[synset V05_POLICY]
word: decision | policy | action | move | record | right | law | legislation | bill | plan | deal
word: agreement | response | conduct | handling | approach | choice | strategy | remark | comment | statement
word: visit | ruling | verdict | measure | reform | decree | government | minister | president | leader
word: official | envoy | ambassador | regime | operation | strike | war | invasion | campaign | offensive
word: sanction | tariff | crackdown | arrest | execution | detention | expulsion | ban | restriction | budget
word: spending | cut | tax | nomination | appointment | candidate | nominee | practice | program | programme
word: investment | stake | loan | contract
word: project | tactic | presence | deployment | sale | purchase | cooperation | relation | tie | friendship
word: alliance | membership | reputation | legacy | vote | election | result | referendum | order | stance
word: pardon | release | exchange | swap | treaty | accord | pact | claim | view

[synset V05_SUPPORT]
word: support | backing | solidarity | sympathy | endorsement | approval | coalition | opinion
word: international support | public support | world opinion | international backing

[synset V05_PRAISE_NOUN]
word: support | backing | solidarity | appreciation | gratitude | admiration | praise | approval | thanks
word: congratulation | satisfaction | respect | esteem | commendation | endorsement | full support
word: unwavering support | strong support

[synset V05_REGRET]
word: regret | remorse | contrition | apology | repentance | deep regret | sincere apology

[synset V05_POWER]
word: power | presidency | premiership | office | post | leadership | throne | chairmanship | prime ministership
word: government | mandate | authority | job | role | position | seat | crown

[synset V05_TERRITORY]
word: territory | land | city | town | village | area | region | district | province | base | military base
word: airbase | air base | outpost | position | stronghold | garrison | control | island | enclave | border area
word: frontline | front line | bridgehead | foothold | airport | port | checkpoint | zone | buffer zone | capital
word: height | hill | ridge | corridor

[synset V05_DEMAND]
word: demand | request | grievance | ultimatum | key demand

[synset V05_CLAIM]
word: objection | opposition | veto | reservation | claim | demand | precondition | condition | insistence
word: ultimatum | complaint | block | hold | territorial claim

[synset V05_POLICY_CHANGE]
word: decision | policy | plan | bill | law | legislation | decree | order | executive order | measure | tax
word: tax hike | tax increase | price hike | price increase | fuel price | fuel price hike | fee | hike
word: increase | cut | subsidy cut | reform | project | proposal | amendment | regulation | directive
word: ordinance | programme | program | scheme | requirement | mandate | finance bill | pension reform
word: austerity measure | levy | rise | price rise | fare | fare increase

[synset V05_INSTITUTION]
word: constitution | judiciary | electoral law | election law | electoral system | electoral commission
word: election commission | court | police | security force | security sector | intelligence service
word: parliament | political system | electoral code | institution | military | army | judicial system
word: charter | electoral process | governance

[synset V05_DEMOCRACY]
word: democracy | civilian rule | civilian government | constitutional order | constitutional rule
word: multiparty system | multi-party system | multiparty democracy | democratic rule | parliamentary system
word: term limit | universal suffrage | direct election | federalism | autonomy | self-rule | self-government
word: civilian-led government | democratic transition | transition | multiparty election | multiparty politics

[synset V05_RIGHTS]
word: right | human right | voting right | civil right | land right | language right | minority right
word: citizenship | nationality | legal status | residency | equal right | property right | religious freedom
word: right to vote | right of return

[synset V05_PARTY]
word: party | opposition party | political party | opposition group | candidate | candidacy | politician
word: opposition | lawmaker | mp | deputy | legislator | member of parliament | opposition figure | group
word: movement | organisation | organization | union | trade union | front | league | alliance | bloc

[synset V05_MEDIA]
word: newspaper | channel | tv channel | television channel | radio station | tv station
word: broadcaster | outlet | media outlet | news outlet | website | platform | social media | app
word: internet | internet access | internet service | mobile internet | connectivity | publication
word: magazine | news agency | broadband | mobile data | messaging app | facebook | whatsapp
word: telegram | youtube | wikipedia | tiktok | social network | social media platform

[synset V05_REFUGEE]
word: refugee | migrant | asylum seeker | asylum-seeker | displaced person | displaced | evacuee | survivor
word: victim | civilian | people | family | child | orphan | resident | national | citizen | patient | wounded
word: injured | casualty | foreigner | passenger | tourist | student | person | woman | quake survivor
word: flood victim | earthquake victim | evacuees

[synset V05_ASYLUM]
word: asylum | political asylum | diplomatic asylum | sanctuary | refuge | refugee status | humanitarian protection
word: temporary protection | safe haven | international protection

[synset V05_STATEHOOD]
word: independence | sovereignty | statehood | state | government | administration | regime | authority
word: republic | country | nation | junta | interim government | transitional government | legitimacy
word: state of palestine | palestinian state | interim president | president | leader | council

[synset V05_COMMODITY]
word: oil | gas | crude | lng | natural gas | coal | grain | wheat | corn | maize | rice | soybean | fertilizer
word: fertiliser | electricity | uranium | energy | goods | product | commodity | timber | copper | iron ore
word: rare earth | semiconductor | chip | diesel | petroleum | liquefied natural gas | pipeline gas | beef

[synset V05_OWN_HOSTILITIES]
word: fighting | hostility | hostilities | bombardment | shelling | air strike | airstrike | bombing
word: bombing campaign | air campaign | military operation | combat operation | ground operation | military action
word: rocket fire | artillery fire | cross-border fire | hostile act

[synset V05_RELATIONS]
word: relation | tie | diplomatic relation | diplomatic tie | diplomatic relationship | embassy | consulate

[synset V05_PARTNERSHIP]
word: partnership | strategic partnership | hotline | channel | dialogue | mechanism | consultation mechanism

[synset V05_ECON_VENTURE]
word: joint venture | free trade zone | trade zone | economic zone | joint investment fund | development bank

[synset V05_INTEL_SHARING]
word: intelligence sharing | information sharing | intelligence cooperation | intelligence exchange

[synset V05_DECLARATION]
word: declaration | communique | charter | joint statement | joint declaration | final declaration

[synset V05_REFORM]
word: reform | political reform | democratic reform | constitutional reform | electoral reform | judicial reform

[synset V05_FREEDOM]
word: freedom | liberty | press freedom | freedom of expression | freedom of assembly | civil liberty

[synset V05_SUBSIDY]
word: subsidy | fuel subsidy | food subsidy | pension | benefit | allowance | wage | bonus

[synset V05_BASING]
word: basing right | overflight right | base access | military access | access to base | transit right

[synset V05_WAIVER]
word: waiver | exemption | general license | general licence | sanctions waiver | carve-out | sanctions exemption

[synset V05_MARKET_ACCESS]
word: market access | access to market | duty-free access | tariff-free access | trade preference

[synset V05_HUMANITARIAN_ACCESS]
word: humanitarian access | aid access | humanitarian corridor | safe passage | humanitarian passage

[synset V05_LEGAL_AID]
word: legal assistance | judicial assistance | mutual legal assistance | legal aid | judicial cooperation

[synset V05_PROTECTION]
word: escort | naval escort | protection | armed escort | military protection | security escort

[synset V05_TRAINING]
word: military training | combat training | pilot training | weapons training | military instruction

[synset V05_TECH_AID]
word: technical assistance | technical support | technical aid

[synset V05_OLIVE_BRANCH]
word: olive branch | hand of friendship | hand of peace | hand of reconciliation

[synset V05_JOINT_EXERCISE]
word: joint exercise | joint drill | joint patrol | joint military exercise | joint naval exercise
word: joint war game | joint manoeuvre | joint maneuver | joint operation | combined exercise | joint air patrol
word: joint naval drill | joint military drill | joint air exercise | joint naval patrol

[synset V05_SWAP]
word: prisoner exchange | prisoner swap | swap | prisoner release | hostage release | exchange of prisoner
word: exchange of pow | exchange of body | swap of prisoner | release of prisoner | release of hostage
word: hostage deal | prisoner deal | exchange of detainee | release of detainee

[synset V05_RELIEF_OP]
word: evacuation | airdrop | airlift | rescue | rescue operation | relief operation | rescue mission
word: evacuation flight | medical evacuation | aid delivery | food delivery | relief delivery | delivery

[synset V05_ESCORTED]
word: convoy | ship | vessel | tanker | shipping | aid convoy | refugee camp | civilian | merchant ship | cargo ship
word: merchant vessel | commercial ship | humanitarian convoy | displaced

[synset V05_UTURN]
word: u-turn | u turn | about-turn | about turn | climbdown | climb-down | turnaround | reversal | volte-face

[synset V05_SENTENCE]
word: sentence | death sentence | jail term | prison term | term | life sentence

[synset V05_RIGHTS_PRACTICE]
word: death penalty | capital punishment | guardianship | male guardianship | discrimination | flogging
word: corporal punishment | forced labour | forced labor | child marriage

[synset V05_REGIME_ORGAN]
word: monarchy | junta | military council | emergency court | military court | one-party rule | senate
word: military rule | single-party rule | ruling council | transitional military council

[synset V05_MISSION_OFFICE]
word: embassy | consulate | consulate general | mission | diplomatic mission | representative office
word: liaison office | interest section | legation

[synset V05_CROSSING]
word: crossing | border crossing | corridor | humanitarian corridor | maritime corridor | aid route | crossing point
word: border point | crossing gate | land crossing

[synset V05_DECRIM]
word: homosexuality | same-sex marriage | same-sex relation | same-sex union | gay marriage | abortion
word: civil union | gay sex | sex | marriage | relationship | union

[synset V05_JOINT_PROBE]
word: joint investigation | extradition | joint inquiry | joint probe | legal proceeding

[synset V05_ALERT]
word: alert | alert level | readiness | combat readiness | readiness level | threat level

[synset V05_AID_ACCESS_ACTOR]
word: aid convoy | humanitarian convoy | aid worker | humanitarian worker | aid agency | relief agency
word: humanitarian agency | aid group | relief convoy | aid team

[synset V05_DISPLACED]
word: refugee | migrant | asylum seeker | asylum-seeker | displaced person | displaced | evacuee
word: internally displaced person | war refugee | climate refugee

[synset V05_EVACUEE]
word: refugee | migrant | displaced | displaced person | evacuee | wounded | injured | patient | civilian | child
word: orphan | survivor | national | citizen | foreigner | family | casualty | asylum seeker | sick

[synset V05_PATIENT]
word: wounded | injured | patient | casualty | victim | survivor | sick | burn victim | wounded child

[synset V05_CANDIDATE]
word: party | opposition party | political party | candidate | candidacy | politician | opposition figure
word: opposition leader | lawmaker | mp | deputy | legislator | member of parliament | presidential candidate

[synset V05_STRIKE]
word: strike | general strike | hunger strike | walkout | industrial action | work stoppage | stoppage | boycott
word: sit-in | stay-away | shutdown | hartal | nationwide strike | national strike

[synset V05_TENSION]
word: tension | crisis | standoff | stand-off | confrontation | situation | escalation | conflict | hostility
word: border tension | border dispute | flare-up

[synset V05_COMPENSATION]
word: compensation | reparation | damages | damage | indemnity | restitution | redress | blood money

[synset V05_DEBT]
word: debt | loan | arrears | debt repayment | interest payment | obligation | external debt | bilateral debt
word: debt service | foreign debt

[synset V05_PRAISE_HONOUR]
word: medal | prize | honour | honor | order | award | decoration | title | highest honour | highest honor
word: civilian honour | civilian honor | state honour | state honor | doctorate

# ---------------------------------------------------------------------------------------------------------------
# 05 ENGAGE IN DIPLOMATIC COOPERATION
# ---------------------------------------------------------------------------------------------------------------

# --- 051 Praise or endorse ---

[verb v05-praise]
lemma: praise
pattern: 051 obj=*
example: 051 | German Chancellor Olaf Scholz praised Poland for taking in more than a million Ukrainian refugees.
example: 051 | Egypt's mediation efforts were praised by the United Nations on Thursday.
note: Verbal act; the object (or the actor of "X's efforts") is the target.

[verb v05-commend]
lemma: commend
pattern: 051 obj=*
example: 051 | The African Union commended Ethiopia and Tigray's leaders for silencing the guns.
example: 051 | Washington commended Qatar's role in securing the release of the hostages.

[verb v05-hail]
lemma: hail
pattern: 051 obj=*
example: 051 | Beijing hailed the Saudi-Iranian deal as a victory for dialogue.
example: 051 | Kenyan President William Ruto hailed Nigeria's new government during a visit to Abuja.
note: Only with an object: "hails from" (origin) has none.

[verb v05-laud]
lemma: laud | extol | acclaim
pattern: 051 obj=*
example: 051 | Indonesia's foreign minister lauded Malaysia's handling of the Rohingya boat crisis.
example: 051 | Serbian President Aleksandar Vucic extolled China's friendship at a ceremony in Belgrade.

[verb v05-applaud]
lemma: applaud
pattern: 051 obj=*
example: 051 | The European Commission applauded Moldova for its reform progress on Wednesday.
example: 051 | Human Rights Watch applauded the court ruling against the Guatemalan government.

[verb v05-welcome]
lemma: welcome
pattern: 050 prt=back prep=to|into
pattern: 0861 obj=&V05_PEACEKEEPER
pattern: 0862 obj=&V05_INSPECTOR
pattern: 086 obj=&V05_MONITOR
pattern: 073 obj=&V05_DISPLACED
pattern: 051 obj=&V05_PRAISE_TARGET
pattern: 051 obj=&AGREEMENT|&V05_ACCORD|&V05_TRUCE
example: 051 | The United States welcomed Armenia's decision to join the International Criminal Court.
example: 051 | France welcomed the ceasefire agreement between Israel and Hezbollah.
example: 0862 | Tehran welcomed IAEA inspectors at the Fordow enrichment site on Monday.
example: 073 | Moldova welcomed Ukrainian refugees in the first week of the invasion.
example: 050 | The Arab League welcomed back Syria into the organisation after 12 years.
note: "welcomed the president/delegation" is hosting a visit (04x) and is left to other entries.

[verb v05-endorse]
lemma: endorse
pattern: 051 obj=*
example: 051 | The Arab League endorsed Egypt's reconstruction plan for Gaza at a summit in Cairo.
example: 051 | Former President Donald Trump endorsed the Argentine candidate Javier Milei.


[verb v05-embrace]
lemma: embrace | cheer
pattern: 051 obj=&V05_PRAISE_TARGET
pattern: 051 obj=&AGREEMENT|&V05_ACCORD
example: 051 | Indonesia embraced China's Global Development Initiative at the Bandung forum.
example: 051 | Ukrainian officials cheered the European Union's decision to open accession talks.
note: Only policy-like objects: "embraced the president" (greeting) and "cheered the team" stay out.


[verb v05-champion]
lemma: champion | admire
pattern: 051 obj=*
example: 051 | Poland championed Ukraine's bid to join the European Union.
example: 051 | Hungary's prime minister admired Donald Trump's border policy.

[verb v05-back]
lemma: back
pattern: 080 prt=down
pattern: 080 prt=off
pattern: 080 prt=away
pattern: 071 obj=loan|credit|tranche|disbursement|bailout|financing|programme|program|package|facility|&V05_ECON_AID prep=for|to
pattern: 051 obj=*
example: 071 | The IMF's board backed a $3 billion credit facility for Egypt on Tuesday.
example: 051 | India backed Brazil's bid for a permanent seat on the U.N. Security Council.
example: 051 | The resolution was backed by 141 countries, including China's neighbours.
example: 080 | The Serbian government backed down after weeks of student protests.
note: "back down/off/away" is a yield (080); "Russia-backed" is an adjective, not this verb.

[verb v05-support]
lemma: support
pattern: 051 obj=*
example: 051 | Brazil supports Argentina's claim to the Falkland Islands, its foreign minister said.
example: 051 | Japan supported the Philippines in its maritime dispute with Beijing.
note: Verbal support; material support is coded through "provide/send/deliver".

[verb v05-congratulate]
lemma: congratulate
pattern: 051 obj=*
example: 051 | Chinese President Xi Jinping congratulated Vladimir Putin on his re-election.
example: 051 | Indian Prime Minister Narendra Modi congratulated Sri Lanka's new president.

[verb v05-thank]
lemma: thank
pattern: 051 obj=*
example: 051 | Zelensky thanked Denmark for the delivery of the first F-16 fighter jets.
example: 051 | The Nigerian president thanked Ghana for its support during the crisis.

[verb v05-salute]
lemma: salute
pattern: 051 obj=*
example: 051 | Erdogan saluted Azerbaijan's people after the recapture of Karabakh.
example: 051 | The Palestinian Authority saluted Spain's courage in recognising a Palestinian state.

[verb v05-honour]
lemma: honour | honor
pattern: 0871 obj=&V05_TRUCE
pattern: 051 obj=*
example: 0871 | Both sides honoured the truce in Sudan's El Fasher for most of the weekend.
example: 051 | France honoured the Moroccan king with a state banquet at the Elysee.
note: "honoured the agreement/pledge" (compliance) is also read as 051 here; ceasefires first.

[verb v05-appreciate]
lemma: appreciate
pattern: 051 obj=*
example: 051 | Pakistan appreciated China's role in the reconstruction of Gwadar port.
example: 051 | Kabul appreciated Uzbekistan's decision to reopen the Termez border crossing.

[verb v05-approve]
lemma: approve
pattern: 057 obj=&AGREEMENT|&V05_ACCORD|ratification
pattern: 063 obj=extradition|handover|transfer prep=to target=prep
pattern: 075 obj=&V05_ASYLUM
pattern: 071 obj=loan|credit|tranche|disbursement|bailout|financing|&V05_ECON_AID prep=for|to
pattern: 071 obj=loan|credit|tranche|disbursement|bailout|financing
pattern: 071 obj=programme|program|package|facility|arrangement|payout|disbursement|release prep=for|to
pattern: 051 obj=membership|accession|bid|application|candidacy|plan|proposal|initiative|nomination|appointment
example: 057 | Turkey's parliament approved the NATO accession protocol for Sweden on Tuesday.
example: 071 | The IMF approved a $1.1 billion loan tranche for Pakistan on Friday.
example: 071 | IMF directors approved a 30-month, $3 billion programme for Sri Lanka on Monday.
example: 063 | Britain's Home Secretary approved the extradition of the suspect to the United States.
example: 051 | EU leaders approved Ukraine's membership application at a summit in Brussels.
note: Approving a loan (IMF, World Bank) is the act of extending it (071); a parliament approving a treaty ratifies it.

[verb v05-express]
lemma: express | voice
pattern: 055 obj=&V05_REGRET prep=to
pattern: 055 obj=&V05_REGRET
pattern: 051 obj=&V05_PRAISE_NOUN prep=for|to|with
pattern: 051 obj=&V05_PRAISE_NOUN
example: 051 | Hungary expressed support for Serbia's bid to join the European Union.
example: 051 | Ghana's foreign minister voiced solidarity with the people of Burkina Faso.
example: 055 | Tokyo expressed deep regret to Seoul over the remarks of a Japanese lawmaker.
note: "expressed concern/condolences" belong to other roots and have no pattern here.

[verb v05-reaffirm]
lemma: reaffirm | reiterate
pattern: 051 obj=&V05_PRAISE_NOUN prep=for|to
pattern: 051 obj=&V05_PRAISE_NOUN
example: 051 | Washington reaffirmed its support for the Philippines during the South China Sea standoff.
example: 051 | Moscow reiterated its backing for Venezuelan President Nicolas Maduro.

[verb v05-show]
lemma: show | demonstrate
pattern: 051 obj=support|solidarity|backing|appreciation|gratitude prep=for|with|to
pattern: 051 obj=support|solidarity|backing
example: 051 | Baltic leaders showed solidarity with Finland after the cable sabotage.
example: 051 | Thousands of Georgians demonstrated support for the European Union in Tbilisi.

[verb v05-throw]
lemma: throw
pattern: 051 obj=support|weight|backing prep=behind
example: 051 | The Gulf states threw their support behind Syria's interim government.
example: 051 | Beijing threw its weight behind Cambodia in the border dispute.

[verb v05-lend]
lemma: lend
pattern: 072 obj=&V05_WEAPON prep=to
pattern: 051 obj=support|backing|voice|weight|credibility prep=to
pattern: 071 obj=&V05_ECON_AID prep=to
pattern: 071 obj=&V05_ECON_AID
example: 051 | The Organisation of Islamic Cooperation lent its support to the Saudi initiative.
example: 071 | China lent $2 billion to Angola to refinance its oil-backed debt.
example: 071 | The World Bank lent Kenya $1 billion in budget support last year.

[verb v05-offer]
lemma: offer
pattern: 051 obj=support|backing|solidarity|congratulation|praise|endorsement
pattern: 055 obj=&V05_REGRET
pattern: 075 obj=&V05_ASYLUM prep=to
pattern: 075 obj=&V05_ASYLUM
example: 051 | Canada offered full support to Denmark over Greenland.
example: 055 | The Bangladeshi government offered an apology to the families of the victims.
example: 075 | Venezuela offered asylum to the former Bolivian president.
note: Offers of aid or talks are promises (03x) and are not coded here; an offer of asylum or an apology is the act itself.

[verb v05-pay]
lemma: pay
pattern: 051 obj=tribute|homage|compliment prep=to
pattern: 080 obj=&V05_COMPENSATION prep=to
pattern: 080 obj=&V05_COMPENSATION
example: 051 | The Indian prime minister paid tribute to the Bangladeshi freedom fighters in Dhaka.
example: 080 | Germany paid compensation to the descendants of the Herero and Nama victims.
example: 080 | Iran paid damages to the families of the Ukrainian airliner victims.
note: Compensation in place of returning what was taken is 080 by the codebook.

[verb v05-award]
lemma: award | confer | bestow
pattern: 051 obj=&V05_PRAISE_HONOUR prep=on|to|upon
pattern: 051 obj=&V05_PRAISE_HONOUR
example: 051 | The United Arab Emirates awarded its highest civilian honour to the Indian prime minister.
example: 051 | Russia conferred the Order of Friendship on a former Serbian minister.

[verb v05-side]
lemma: side
pattern: 051 prep=with
example: 051 | Hungary sided with Slovakia in the dispute over Russian gas transit.
example: 051 | Several African states sided with Morocco over Western Sahara at the U.N.

# --- 052 Defend verbally ---

[verb v05-defend]
lemma: defend
pattern: 052 obj=&V05_POLICY
pattern: 052 obj=right
example: 052 | The Kremlin defended its decision to suspend the grain deal.
example: 052 | Hungary's prime minister defended the Chinese investment in a battery plant against EU criticism.
example: 052 | The White House defended the sale of arms to Saudi Arabia on Tuesday.
note: Only policy-like objects: "defended the city/border/title" is military or sports and stays out.

[verb v05-justify]
lemma: justify
pattern: 052 obj=*
example: 052 | Israel's military justified the strike on the Gaza hospital as a response to Hamas fire.
example: 052 | Pakistan justified its deportation of Afghan migrants as a security measure.

[verb v05-stand]
lemma: stand
pattern: 0873 prt=down obj=&V05_FORCES
pattern: 0831 prt=down
pattern: 0831 prt=aside
pattern: 052 prt=up prep=for
pattern: 052 prep=by
pattern: 052 prt=by
pattern: 051 prep=with obj=solidarity
pattern: 051 prep=with
example: 052 | Beijing stood by Pyongyang after the latest missile test.
example: 052 | South Africa stood up for Iran at the BRICS summit.
example: 051 | The European Union stands with Ukraine, its foreign policy chief said in Kyiv.
example: 0831 | The Malawian vice president stood down after the court ruling.
example: 0873 | The Colombian rebel group stood down its fighters in Cauca.
note: "stand down" in British usage is a resignation (0831); with forces as object it is demobilisation.

[verb v05-vouch]
lemma: vouch
pattern: 052 prep=for
example: 052 | The Qatari government vouched for the Taliban delegation at the Doha meeting.
example: 052 | Ankara vouched for the Syrian transitional authorities before the sanctions vote.

[verb v05-speak]
lemma: speak
pattern: 052 prt=up prep=for
pattern: 052 prt=out prep=for
example: 052 | Ireland spoke up for the Palestinian agency UNRWA at the General Assembly.
example: 052 | Norway spoke out for the jailed Iranian Nobel laureate on Monday.

[verb v05-stick]
lemma: stick
pattern: 052 prep=by
pattern: 052 prt=up prep=for
example: 052 | Turkey stuck by Azerbaijan throughout the talks with Armenia.
example: 052 | The Philippine government stuck up for its fishermen after the Chinese water cannon attack.

# --- 053 Rally support on behalf of ---

[verb v05-rally]
lemma: rally
pattern: 053 obj=&V05_SUPPORT prep=for|behind|around
pattern: 053 obj=&V05_SUPPORT
pattern: 051 prep=behind|around
example: 053 | Zelensky rallied support for Ukraine's peace formula among Gulf states in Jeddah.
example: 051 | NATO allies rallied behind Finland after the cable incident.
note: "rally in/at" (demonstrations) belongs to the protest root and has no pattern here.

[verb v05-drum]
lemma: drum | whip
pattern: 053 prt=up obj=&V05_SUPPORT prep=for
pattern: 053 prt=up obj=&V05_SUPPORT
example: 053 | The Saudi crown prince drummed up support for a Palestinian state at the Riyadh summit.
example: 053 | Kenya's president whipped up support for Haiti's security mission among Caribbean leaders.

[verb v05-mobilize]
lemma: mobilize | mobilise | galvanize | galvanise | marshal | muster | garner | enlist | canvass
pattern: 053 obj=&V05_SUPPORT prep=for|behind
pattern: 053 obj=&V05_SUPPORT
example: 053 | South Africa mobilised international support for its genocide case against Israel.
example: 053 | Pakistan canvassed backing for Kashmir at the Islamic summit.
note: Only with support-like objects; "mobilised troops" is a force posture (15x).

[verb v05-build]
lemma: build | gather | win
pattern: 053 obj=support|backing|coalition|consensus prep=for|behind
example: 053 | France built a coalition for the recognition of a Palestinian state at the U.N.
example: 053 | Ukraine's foreign minister gathered support for the special tribunal in Tokyo.

[verb v05-seek]
lemma: seek
pattern: 055 obj=forgiveness|pardon
pattern: 053 obj=support|backing prep=for
example: 053 | Colombia sought support for Venezuela's opposition at the Summit of the Americas.
example: 055 | The Belgian king sought forgiveness from Congo for the colonial abuses.

[verb v05-lobby]
lemma: lobby | campaign
pattern: 053 prep=for
example: 053 | Estonia lobbied for Moldova at the European Council.
example: 053 | The Ghanaian president campaigned for Nigeria's candidate at the World Trade Organization.
note: Lobbying or campaigning for another party rallies support on its behalf.

[verb v05-urge]
lemma: urge
pattern: 053 obj=support|backing|solidarity prep=for|with
example: 053 | The Norwegian foreign minister urged support for the Palestinian Authority at the donors' meeting.
example: 053 | Pope Francis urged solidarity with Sudan's displaced people.
note: "urged X to do Y" is an appeal (02x) and is coded by the chain; only the rally sense is here.

# --- 054 Grant diplomatic recognition ---

[verb v05-recognize]
lemma: recognize | recognise
pattern: 0831 obj=victory|win|defeat
pattern: 0833 obj=&V05_RIGHTS
pattern: 051 obj=effort|contribution|role|achievement|progress|work|sacrifice|leadership|service|result|outcome
pattern: 054 obj=&V05_STATEHOOD prep=as
pattern: 054 obj=&V05_STATEHOOD
pattern: 054 voice=active !obj=need|importance|fact|problem|threat|danger|challenge|reality|mistake|error|failure|difficulty|concern|value|benefit|potential|opportunity|limit|interest|genocide|massacre|famine|crime|holodomor|significance|existence|risk|urgency|it|this|that|which
example: 054 | Spain, Ireland and Norway formally recognised the State of Palestine on Tuesday.
example: 054 | Israel recognised Somaliland in December, becoming the first country to do so.
example: 0831 | Venezuela's electoral council recognised the opposition's victory in the Barinas governorship race.
example: 0833 | Australia's parliament recognised the land rights of the Yolngu people.
note: Recognition of states and governments (054). Abstract objects ("recognised the need") are excluded from the
note: catch-all; election results recognised by the loser are 0831 as in the codebook; rights are 0833.

[verb v05-establish]
lemma: establish
pattern: 054 obj=&V05_RELATIONS prep=with|in
pattern: 054 obj=&V05_RELATIONS
pattern: 0863 obj=&V05_HUMANITARIAN_ACCESS|corridor
pattern: 050 obj=&V05_PARTNERSHIP prep=with
pattern: 061 obj=&V05_ECON_VENTURE prep=with|in
example: 054 | Israel and Bhutan established diplomatic relations in December 2020.
example: 054 | Timor-Leste established diplomatic ties with Kosovo on Friday.
example: 0863 | The Syrian army established a humanitarian corridor for civilians leaving Aleppo.
example: 050 | India established a strategic partnership with Egypt during President Sisi's visit.

[verb v05-accord]
lemma: accord
pattern: 054 obj=recognition|status
example: 054 | Kenya accorded recognition to the new government in Niamey.
example: 054 | Pakistan accorded diplomatic status to the Taliban envoy in Islamabad.

# --- 050 Diplomatic cooperation, not specified ---

[verb v05-normalize]
lemma: normalize | normalise
pattern: 050 obj=&TIES|&V05_DIPLO_TIES prep=with
pattern: 050 obj=&TIES|&V05_DIPLO_TIES
pattern: 050 prep=with
example: 050 | Turkey and Armenia normalised relations after decades of hostility.
example: 050 | Bahrain normalised its ties with Iran nine years after the rupture.
note: Normalisation can be first-time recognition (054) or restoration (050); the residual code is used.


[verb v05-reestablish]
lemma: re-establish | reestablish
pattern: 050 obj=&TIES|&V05_DIPLO_TIES|&V05_RELATIONS prep=with
pattern: 050 obj=&TIES|&V05_DIPLO_TIES|&V05_RELATIONS
example: 050 | Iran and Saudi Arabia reestablished diplomatic relations in March 2023.
example: 050 | Chad reestablished ties with Israel after half a century.
note: Resumed ties are 050; first-time ties are 054 (entry v05-establish).

[verb v05-readmit]
lemma: readmit | re-admit | rejoin
pattern: 057 obj=&AGREEMENT|&V05_ACCORD
pattern: 050 obj=* prep=to|into|in
pattern: 050 voice=active obj=*
example: 050 | The Arab League readmits Syria after a 12-year suspension.
example: 057 | The United States rejoined the Paris climate agreement in 2021.
example: 057 | Russia rejoined the Black Sea grain deal after four days.
example: 050 | The United States rejoined UNESCO in July 2023.
note: Readmission to an organisation restores diplomatic cooperation (050); rejoining a treaty is 057.

[verb v05-restore]
lemma: restore | reinstate
pattern: 050 obj=membership|seat prep=in|to
pattern: 062 obj=&V05_MIL_COOP
pattern: 061 obj=&V05_ECON_COOP
pattern: 050 obj=&TIES|&V05_DIPLO_TIES prep=with
pattern: 050 obj=&TIES|&V05_DIPLO_TIES
pattern: 0811 obj=&V05_MEDIA
pattern: 0833 obj=&V05_RIGHTS
pattern: 0811 obj=&V05_FREEDOM
pattern: 0834 obj=&V05_DEMOCRACY
pattern: 0812 obj=&V05_CANDIDATE
pattern: 0832 obj=&V05_SUBSIDY
pattern: 071 obj=funding|&V05_ECON_AID prep=to|for
pattern: 070 obj=aid|assistance prep=to|for
pattern: 070 obj=aid|assistance
example: 050 | Saudi Arabia and Iran restored diplomatic relations in a deal brokered by China.
example: 0811 | Ethiopia restored internet access in the Amhara region after five months.
example: 0834 | Gabon's military rulers restored constitutional order with a referendum.
example: 071 | Sweden restored funding to UNRWA after the agency's review.
example: 0812 | The Zambian court reinstated the opposition candidate for the presidential election.
example: 0833 | The Dominican Republic restored citizenship to thousands of Haitian-descended residents.
note: "restored order/calm" is not coded here.

[verb v05-resume]
lemma: resume
pattern: 062 obj=&V05_MIL_COOP prep=with
pattern: 062 obj=&V05_MIL_COOP
pattern: 064 obj=&V05_INTEL_SHARING|&V05_INTEL prep=with
pattern: 064 obj=&V05_INTEL_SHARING|&V05_INTEL
pattern: 061 obj=&V05_ECON_COOP prep=with|to|between
pattern: 061 obj=&V05_ECON_COOP
pattern: 050 obj=&TIES|&V05_DIPLO_TIES prep=with
pattern: 050 obj=&TIES|&V05_DIPLO_TIES
pattern: 073 obj=&V05_HUM_AID
pattern: 071 obj=funding|&V05_ECON_AID
pattern: 070 obj=aid|assistance
example: 050 | Morocco and Iran resumed diplomatic ties in a ceremony in Rabat.
example: 061 | India and China resumed direct flights in October after a five-year halt.
example: 064 | Washington resumed intelligence sharing with Kyiv a week after the suspension.
example: 062 | Japan and South Korea resumed defence cooperation after the radar dispute.
example: 070 | The United States resumed aid to Ethiopia after a three-year freeze.

[verb v05-upgrade]
lemma: upgrade
pattern: 062 obj=&V05_MIL_COOP
pattern: 050 obj=&TIES|&V05_DIPLO_TIES prep=with
pattern: 050 obj=&TIES|&V05_DIPLO_TIES
example: 050 | Vietnam upgraded its relations with Australia to a comprehensive strategic partnership.
example: 050 | Qatar upgraded its diplomatic presence in Damascus to embassy level.

[verb v05-improve]
lemma: improve | mend | repair | revive | rebuild | reset
pattern: 050 obj=fence prep=with
pattern: 061 obj=&V05_ECON_COOP prep=with
pattern: 050 obj=&TIES|&V05_DIPLO_TIES prep=with
pattern: 050 obj=&TIES|&V05_DIPLO_TIES
example: 050 | Egypt and Turkey mended ties after a decade of hostility.
example: 050 | Australia repaired its relationship with China during Albanese's visit to Beijing.

[verb v05-strengthen]
lemma: strengthen | deepen | bolster | cement | enhance | broaden | consolidate | solidify
pattern: 062 obj=&V05_MIL_COOP prep=with
pattern: 062 obj=&V05_MIL_COOP
pattern: 061 obj=&V05_ECON_COOP prep=with
pattern: 061 obj=&V05_ECON_COOP
pattern: 050 obj=&TIES|&V05_DIPLO_TIES|alliance prep=with
pattern: 050 obj=&TIES|&V05_DIPLO_TIES|alliance
example: 050 | Russia and North Korea deepened their partnership with a rare summit in Pyongyang.
example: 062 | The Philippines strengthened defence ties with Japan in a reciprocal access agreement.
example: 061 | Brazil bolstered economic ties with China during Lula's visit to Shanghai.
note: Reported acts only; "agreed to strengthen" is intent and is coded by the chain.

[verb v05-expand]
lemma: expand | boost | increase | widen | intensify | develop | promote | diversify
pattern: 062 obj=&V05_MIL_COOP prep=with
pattern: 062 obj=&V05_MIL_COOP
pattern: 061 obj=&V05_ECON_COOP prep=with
pattern: 061 obj=&V05_ECON_COOP
pattern: 064 obj=&V05_INTEL_SHARING
pattern: 050 obj=&TIES|&V05_DIPLO_TIES prep=with
pattern: 050 obj=&TIES|&V05_DIPLO_TIES
example: 061 | Turkey boosted trade with Russia to a record $69 billion last year.
example: 062 | India expanded military cooperation with Vietnam with a new patrol vessel.
example: 064 | Britain and France intensified intelligence sharing after the Paris attacks.
example: 050 | Ankara expanded ties with African states by opening new embassies.

[verb v05-forge]
lemma: forge
pattern: 057 obj=&AGREEMENT|&V05_ACCORD prep=with
pattern: 057 obj=&AGREEMENT|&V05_ACCORD
pattern: 050 obj=alliance|&TIES|&V05_DIPLO_TIES prep=with
pattern: 050 obj=alliance|&TIES|&V05_DIPLO_TIES
example: 050 | Mali, Niger and Burkina Faso forged an alliance of Sahel states.
example: 057 | Rwanda and Congo forged a peace deal in Washington in June.

[verb v05-appoint]
lemma: appoint | name | nominate
pattern: 050 obj=&DIPLOMAT prep=to
example: 050 | Saudi Arabia appointed an ambassador to Iran for the first time in seven years.
example: 050 | Britain named a new envoy to Syria after the fall of Assad.
note: Sending or naming an ambassador to a partner is diplomatic cooperation (050).

[verb v05-accredit]
lemma: accredit
pattern: 050 obj=&DIPLOMAT|representative|envoy
example: 050 | China accredited the Taliban's ambassador in Beijing in January.
example: 050 | Russia accredited a Houthi envoy in Moscow.

[verb v05-present]
lemma: present
pattern: 050 obj=credential prep=to
example: 050 | The new U.S. ambassador presented his credentials to Mexican President Claudia Sheinbaum.
example: 050 | Iran's envoy presented credentials to the Egyptian foreign minister in Cairo.

[verb v05-exchange]
lemma: exchange
pattern: 0841 obj=&V05_CAPTIVE|&V05_PERSON prep=with
pattern: 0841 obj=&V05_CAPTIVE|&V05_PERSON
pattern: 084 obj=&V05_REMAINS
pattern: 050 obj=&DIPLOMAT
pattern: 057 obj=instrument|ratification|document
pattern: 064 obj=&V05_INTEL prep=with
pattern: 064 obj=&V05_INTEL
example: 0841 | Russia and Ukraine exchanged 390 prisoners of war on Friday.
example: 057 | Japan and the Philippines exchanged instruments of ratification of the defence pact.
example: 050 | Bahrain and Qatar exchanged ambassadors for the first time since 2017.
example: 064 | Israel and Morocco exchanged intelligence on Iranian networks.
note: "exchanged views/fire/accusations" belong to other roots.

# --- 055 Apologize ---

[verb v05-apologize]
lemma: apologize | apologise
pattern: 055 prep=to
pattern: 055
example: 055 | New Zealand's government apologized to the Pacific islanders targeted in the 1970s dawn raids.
example: 055 | German President Frank-Walter Steinmeier apologised for colonial crimes in Tanzania.
example: 055 | The Dutch king apologised on Saturday for the Netherlands' role in slavery.

[verb v05-make]
lemma: make
pattern: 055 obj=&V05_REGRET prep=to
pattern: 055 obj=&V05_REGRET
pattern: 080 obj=concession prep=to
pattern: 080 obj=concession
pattern: 0832 obj=&V05_UTURN prep=on|over
pattern: 0832 obj=&V05_UTURN
pattern: 056 obj=peace prep=with
example: 055 | The Pakistani army made a formal apology to the families of the dead protesters.
example: 080 | Belgrade made concessions to the striking students on university funding.
example: 0832 | The Nigerian government made a U-turn on the planned telecom tariff increase.
example: 056 | Ethiopia's prime minister made peace with Eritrea in 2018.

[verb v05-issue]
lemma: issue | tender
pattern: 055 obj=&V05_REGRET prep=to
pattern: 055 obj=&V05_REGRET
pattern: 085 obj=&V05_WAIVER prep=to|for
pattern: 085 obj=&V05_WAIVER
example: 055 | Canada issued a formal apology to India over the diplomat's comments.
example: 055 | Prime Minister Fumio Kishida tendered an apology to South Korea's forced labour victims.
example: 085 | The U.S. Treasury issued a general licence for transactions with Syria's government.
note: Apologies, and sanctions waivers or licences issued to a sanctioned party (085).

[verb v05-ask]
lemma: ask | beg
pattern: 055 obj=forgiveness|pardon prep=from
pattern: 055 obj=forgiveness|pardon
example: 055 | Pope Francis asked forgiveness from Canada's Indigenous peoples for the residential schools.
example: 055 | The Chilean army chief begged pardon of the victims of the dictatorship.

[verb v05-atone]
lemma: atone | repent
pattern: 055
example: 055 | The former rebel commander repented for the massacre in Bor.
example: 055 | Germany atones for the Herero genocide with a development fund for Namibia, the minister said.

# --- 056 Forgive ---

[verb v05-forgive]
lemma: forgive
pattern: 071 obj=&V05_DEBT
pattern: 056
example: 056 | Armenia's prime minister said his country has forgiven Turkey for the border closure.
example: 071 | China has forgiven interest-free loans to 17 African countries.
note: Debt forgiveness is economic aid (071) by the codebook.

[verb v05-absolve]
lemma: absolve
pattern: 056 obj=*
example: 056 | The Serbian president absolved Montenegro's leaders of any blame for the crisis.
example: 056 | The Vatican absolved the Chinese bishop of the old charges.

[verb v05-reconcile]
lemma: reconcile
pattern: 056 prep=with
example: 056 | Qatar reconciled with its Gulf neighbours at the al-Ula summit.
example: 056 | The Sudanese general reconciled with his former rival in Juba.

[verb v05-bury]
lemma: bury
pattern: 056 obj=hatchet|hostility|difference|feud|grievance|rivalry prep=with
pattern: 056 obj=hatchet|hostility|difference|feud|grievance|rivalry
example: 056 | Saudi Arabia and Turkey buried the hatchet over the Khashoggi murder.
example: 056 | The rival Libyan factions buried their differences in Geneva.

[verb v05-accept]
lemma: accept
pattern: 056 obj=apology
pattern: 0871 obj=&V05_TRUCE
pattern: 0861 obj=&V05_PEACEKEEPER
pattern: 0862 obj=&V05_INSPECTOR
pattern: 086 obj=&V05_MONITOR
pattern: 0831 obj=defeat|loss
pattern: 083 obj=&V05_DEMAND
pattern: 080 obj=condition|term|ruling|verdict|arbitration
pattern: 073 obj=&V05_DISPLACED
example: 056 | China accepted Japan's apology over the war-time remarks.
example: 0871 | Hamas accepted the Egyptian-brokered truce on Monday.
example: 0831 | Poland's Law and Justice party accepted defeat in the parliamentary election.
example: 083 | The Kenyan government accepted the protesters' demands and withdrew the tax.
example: 073 | Germany accepted Syrian refugees in large numbers in 2015 and 2016.
note: Accepting a ceasefire counts as its declaration (0871) by the codebook.

# --- 057 Sign formal agreement ---

[verb v05-sign]
lemma: sign | ink | countersign | co-sign
pattern: 0871 obj=&V05_TRUCE prep=with
pattern: 0871 obj=&V05_TRUCE
pattern: 057 obj=&AGREEMENT|&V05_ACCORD prep=with
pattern: 057 obj=&AGREEMENT|&V05_ACCORD
pattern: 071 prt=off prep=on obj=loan|credit|facility|credit_facility|bailout|financing|tranche|disbursement|programme|program
pattern: 057 prt=off prep=on obj=&AGREEMENT|&V05_ACCORD
example: 071 | The IMF's executive board signed off on a $1.3 billion credit facility for Zambia on Wednesday.
example: 057 | Lebanon's president signed off on the maritime border agreement with Israel on Thursday.
example: 057 | Russia and North Korea signed a comprehensive strategic partnership treaty in Pyongyang.
example: 057 | Vietnam inked a defence cooperation memorandum with the Philippines on Friday.
example: 0871 | The Colombian government signed a ceasefire with the ELN rebels in Havana.
example: 057 | A free trade agreement was signed by India and the United Kingdom in July.
note: Decrees, laws and orders signed by a head of state are domestic acts and are not coded here.

[verb v05-ratify]
lemma: ratify
pattern: 057 obj=* prep=with
pattern: 057 obj=*
example: 057 | Hungary ratified Sweden's NATO membership in February.
example: 057 | The Russian Duma ratified the treaty with North Korea.

[verb v05-conclude]
lemma: conclude | finalize | finalise | initial | formalize | formalise
pattern: 0871 obj=&V05_TRUCE
pattern: 057 obj=&AGREEMENT|&V05_ACCORD prep=with
pattern: 057 obj=&AGREEMENT|&V05_ACCORD
example: 057 | Indonesia concluded a comprehensive economic partnership agreement with the European Union.
example: 057 | The Emirati and Ethiopian ministers finalised a currency swap agreement.
example: 057 | Japan and Britain formalised the defence pact in London.

[verb v05-seal]
lemma: seal | clinch | nail
pattern: 0871 obj=&V05_TRUCE
pattern: 0311 obj=&V05_ECON_DEAL prep=with
pattern: 0311 obj=&V05_ECON_DEAL
pattern: 0312 obj=&V05_SECURITY_DEAL prep=with
pattern: 0312 obj=&V05_SECURITY_DEAL
pattern: 037 obj=&V05_PEACE_DEAL prep=with
pattern: 037 obj=&V05_PEACE_DEAL
pattern: 030 obj=&AGREEMENT|&V05_ACCORD prep=with
pattern: 030 obj=&AGREEMENT|&V05_ACCORD
example: 0311 | Washington sealed a minerals deal with Kyiv after months of talks.
example: 0311 | Indonesia clinched a trade agreement with Canada.
example: 030 | The two governments sealed an agreement on a joint commission in Brasilia.
note: "sealed the border" is not an accord and stays out. A deal sealed, clinched, struck or reached is not yet
note: signed (057): it is coded by what it promises under root 03, as the event sets' writers decided.

[verb v05-secure]
lemma: secure
pattern: 0311 obj=&V05_ECON_DEAL prep=with
pattern: 0312 obj=&V05_SECURITY_DEAL prep=with
pattern: 030 obj=&AGREEMENT|&V05_ACCORD prep=with
example: 0311 | Vietnam secured a trade agreement with the European Free Trade Association.
example: 0311 | Morocco secured a gas deal with Nigeria for the Atlantic pipeline.
note: Only "secured a deal with"; mediators "securing" a truce or releases are left to other codes.

[verb v05-strike]
lemma: strike | cut | do
pattern: 0311 obj=&V05_ECON_DEAL prep=with
pattern: 0311 obj=&V05_ECON_DEAL
pattern: 0312 obj=&V05_SECURITY_DEAL prep=with
pattern: 0312 obj=&V05_SECURITY_DEAL
pattern: 037 obj=&V05_PEACE_DEAL prep=with
pattern: 037 obj=&V05_PEACE_DEAL
pattern: 030 obj=deal|agreement|accord|bargain|compromise|pact prep=with
pattern: 030 obj=deal|agreement|accord|bargain|compromise|pact
pattern: 085 obj=&V05_ECON_SANCTION prep=on|for
pattern: 085 obj=&V05_ECON_SANCTION
example: 030 | Argentina struck a deal with the IMF for a $20 billion program.
example: 030 | The European Union cut a migration deal with Tunisia.
example: 0311 | Britain struck a trade deal with Australia in June 2021.
example: 085 | Beijing cut tariffs on Australian wine after the warming of ties.

[verb v05-reach]
lemma: reach | achieve | hammer | thrash
pattern: 0871 obj=&V05_TRUCE prep=with|in
pattern: 0871 obj=&V05_TRUCE
pattern: 0311 obj=&V05_ECON_DEAL prep=with
pattern: 0311 obj=&V05_ECON_DEAL
pattern: 0312 obj=&V05_SECURITY_DEAL prep=with
pattern: 0312 obj=&V05_SECURITY_DEAL
pattern: 037 obj=&V05_PEACE_DEAL prep=with
pattern: 037 obj=&V05_PEACE_DEAL
pattern: 030 obj=&AGREEMENT|&V05_ACCORD|settlement prep=with
pattern: 030 obj=&AGREEMENT|&V05_ACCORD|settlement
pattern: 030 prt=out obj=&AGREEMENT|&V05_ACCORD
example: 030 | Serbia and Kosovo reached an agreement on licence plates in Brussels.
example: 0871 | Israel and Hamas reached a ceasefire in January after 15 months of war.
example: 030 | The Greek and North Macedonian negotiators hammered out a deal on the country's name.
example: 037 | Armenia and Azerbaijan reached a peace deal in Washington in August 2025.
note: A deal reached is agreed, not yet signed (057): it is coded by what it promises under root 03 (0311 trade,
note: 0312 defence, 037 peace), as the event sets' writers decided; ceasefires go to 0871.

[verb v05-agree]
lemma: agree
pattern: 0871 obj=&V05_TRUCE
pattern: 0871 prep=to|on|upon obj=&V05_TRUCE target=none
pattern: 057 obj=&AGREEMENT|&V05_ACCORD|settlement
example: 0871 | The warring Sudanese parties agreed a seven-day truce in Jeddah.
example: 0871 | Israel and Hezbollah agreed to a ceasefire in November.
example: 057 | Britain and Mauritius agreed a treaty on the Chagos Islands.
note: "agreed a deal"; and "agreed to a ceasefire", which the codebook's 0871 notes code as a ceasefire ("agreements to
note: commence a ceasefire ... are still coded here"), not as the intent 0356. Other "agreed to X" is intent, handled
note: by the coder's verb chain and the 03 file.

[verb v05-renew]
lemma: renew
pattern: 0871 obj=&V05_TRUCE
pattern: 074 obj=mandate
pattern: 057 obj=&AGREEMENT|&V05_ACCORD prep=with
pattern: 057 obj=&AGREEMENT|&V05_ACCORD
example: 074 | The U.N. Security Council renewed the mandate of its peacekeepers in Lebanon.
example: 057 | China and the Vatican renewed their accord on bishops for four years.
example: 0871 | The Yemeni parties renewed the truce for two more months.

[verb v05-adopt]
lemma: adopt
pattern: 057 obj=&V05_DECLARATION|&V05_ACCORD
pattern: 083 obj=&V05_REFORM
pattern: 0834 obj=&V05_DEMOCRACY
example: 057 | BRICS leaders adopted the Kazan declaration at the end of their summit.
example: 083 | The Thai parliament adopted electoral reforms demanded by the protest movement.

[verb v05-join]
lemma: join
pattern: 057 obj=&AGREEMENT|&V05_ACCORD
pattern: 062 obj=&V05_EXERCISE
pattern: 060 obj=force prep=with
example: 057 | Indonesia joined the Regional Comprehensive Economic Partnership accord.
example: 062 | Egyptian warships joined the Turkish naval exercise in the Mediterranean.
example: 060 | Kenya joined forces with Ethiopia to build a regional power grid.

[verb v05-deposit]
lemma: deposit | lodge
pattern: 057 obj=instrument|ratification prep=with
pattern: 057 obj=instrument|ratification
pattern: 071 obj=&V05_ECON_AID prep=in|with|into|at
example: 057 | Japan deposited its instrument of ratification with the U.N. on Monday.
example: 071 | Saudi Arabia deposited $3 billion in Pakistan's central bank to shore up its reserves.

# ---------------------------------------------------------------------------------------------------------------
# 06 ENGAGE IN MATERIAL COOPERATION
# ---------------------------------------------------------------------------------------------------------------

[verb v05-cooperate]
lemma: cooperate | co-operate | collaborate
pattern: 060 prep=with
example: 060 | Iran cooperated with the IAEA on the removal of surveillance cameras.
example: 060 | Kenyan police collaborated with Ugandan investigators to track the militants.
note: Material cooperation not further specified; "agreed to cooperate" is intent and comes from the chain.

[verb v05-partner]
lemma: partner | team
pattern: 060 prt=up prep=with
pattern: 060 prep=with
example: 060 | India partnered with Japan to build the Mumbai-Ahmedabad high-speed rail line.
example: 060 | Egypt teamed up with Greece on a subsea power cable.

[verb v05-share]
lemma: share
pattern: 064 obj=&V05_INTEL prep=with
pattern: 064 obj=&V05_INTEL
pattern: 060 obj=&V05_EXPERTISE prep=with
pattern: 060 obj=&V05_EXPERTISE
example: 064 | British intelligence shared details of the plot with French authorities.
example: 064 | Seoul and Tokyo share real-time missile warning data with Washington.
example: 060 | Israel shared its water desalination expertise with Morocco.
note: "shared concern/the view" is a statement (01x) and is not coded here.

[verb v05-pass]
lemma: pass | relay
pattern: 064 prt=on|along obj=&V05_INTEL prep=to
pattern: 064 prt=on|along obj=&V05_INTEL
pattern: 064 obj=&V05_INTEL prep=to
example: 064 | Dutch intelligence passed the information to the FBI.
example: 064 | The Pakistani spy agency relayed intelligence to Iran about the militants' hideout.

[verb v05-tip]
lemma: tip
pattern: 064 prt=off obj=*
example: 064 | Saudi intelligence tipped off German police about the attack plot.
example: 064 | Moroccan agents tipped off Spain about the jihadist cell.

[verb v05-extradite]
lemma: extradite
pattern: 063 prep=to
pattern: 063 obj=*
example: 063 | Colombia extradited the Clan del Golfo leader to the United States on Thursday.
example: 063 | The suspected hacker was extradited from Spain to Russia.
note: The codebook puts the receiving state as the target (prep "to").

[verb v05-hand]
lemma: hand
pattern: 063 prt=over obj=suspect|fugitive|accused|criminal|wanted prep=to
pattern: 063 prt=over obj=suspect|fugitive|accused|criminal|wanted
pattern: 0831 prt=over obj=&V05_POWER prep=to
pattern: 0831 prt=over obj=&V05_POWER
pattern: 0831 obj=power prep=to
pattern: 0873 prt=over|in obj=&V05_ARMS prep=to
pattern: 0873 prt=over|in obj=&V05_ARMS
pattern: 0874 prt=over obj=&V05_TERRITORY prep=to
pattern: 0874 prt=over obj=&V05_TERRITORY
pattern: 0841 prt=over|back obj=&V05_CAPTIVE|&V05_PERSON target=obj
pattern: 0841 prt=over|back obj=&V05_CAPTIVE|&V05_PERSON prep=to
pattern: 084 prt=over|back obj=&V05_REMAINS prep=to
pattern: 084 prt=over|back obj=&V05_REMAINS
pattern: 0842 prt=over|back obj=&V05_PROPERTY prep=to
pattern: 0842 prt=over|back obj=&V05_PROPERTY
pattern: 064 prt=over obj=&V05_INTEL prep=to
pattern: 064 prt=over obj=&V05_INTEL
pattern: 073 prt=over obj=&V05_HUM_AID prep=to
pattern: 084 prt=back prep=to
pattern: 073 prt=out obj=aid|&V05_HUM_AID prep=to|among
example: 063 | Turkey handed over the Daesh suspect to French authorities.
example: 0831 | Sudan's military handed over power to a civilian-led government in 2019.
example: 0873 | M23 fighters handed over their weapons to the Congolese army in Goma.
example: 0874 | American forces handed over the Bagram air base to the Afghan army.
example: 0841 | Hamas handed over three Israeli hostages to the Red Cross in Khan Younis.
example: 084 | Hamas handed over the bodies of four hostages to Israel.
example: 0842 | Iran handed back the seized tanker to its Greek owners.
example: 064 | Ukrainian prosecutors handed over evidence of the deportations to the International Criminal Court.
example: 073 | Qatari officials handed over medical supplies to the Lebanese Red Cross.
example: 073 | Saudi volunteers handed out food parcels to displaced families in Rafah.
note: Fugitives handed to another state are extraditions (063); weapons handed in are demobilisation (0873).

[verb v05-turn]
lemma: turn
pattern: 063 prt=over obj=suspect|fugitive|accused|criminal prep=to
pattern: 0873 prt=over|in obj=&V05_ARMS
pattern: 0841 prt=over obj=&V05_CAPTIVE prep=to
pattern: 064 prt=over obj=&V05_INTEL prep=to
pattern: 0874 prt=over obj=&V05_TERRITORY prep=to
example: 063 | Pakistan turned over the suspect to India in the Mumbai attack case.
example: 0873 | Former fighters turned in their rifles at the U.N. collection point.
example: 0874 | Russian forces turned over control of the airport to the Syrian army.
example: 064 | The Egyptian authorities turned over intelligence files to Italian prosecutors.

[verb v05-transfer]
lemma: transfer
pattern: 063 obj=suspect|fugitive|accused|defendant prep=to
pattern: 0831 obj=power|authority|presidency prep=to
pattern: 0831 obj=power|authority|presidency
pattern: 072 obj=&V05_WEAPON prep=to
pattern: 072 obj=&V05_WEAPON
pattern: 064 obj=&V05_INTEL prep=to
pattern: 060 obj=&V05_EXPERTISE prep=to
pattern: 0874 obj=control prep=to
pattern: 071 obj=&V05_ECON_AID prep=to
pattern: 071 obj=&V05_ECON_AID
example: 063 | Kosovo transferred the suspect to The Hague.
example: 072 | Norway transferred its F-16 jets to Ukraine.
example: 071 | Israel transferred $100 million in tax revenue to the Palestinian Authority.
example: 0831 | The Malian junta transferred power to a civilian president.
example: 060 | South Korea transferred technology to Poland for the K2 tank plant.

[verb v05-assist]
lemma: assist
pattern: 063 obj=investigation|probe|inquiry|prosecution|prosecutor|court|tribunal
pattern: 073 obj=evacuation|rescue|relief|victim|refugee|survivor|displaced|quake
pattern: 062 obj=army|military|troop|force|navy|coast|guard
example: 063 | Lithuania assisted the Ukrainian war crimes investigation with forensic teams.
example: 073 | Turkish rescuers assisted Syrian quake survivors in Aleppo.
example: 062 | French special forces assisted Iraqi troops in the battle for Mosul.

[verb v05-trade]
lemma: trade
pattern: 0841 obj=&V05_CAPTIVE|&V05_PERSON prep=for
pattern: 061 prep=with !obj=barb|blow|insult|accusation|fire|jab|shot|punch|allegation|charge|blame|word|salvo|strike|threat|criticism|place|punch
example: 061 | Indonesia traded with Russia in local currencies in 2025.
example: 0841 | The United States traded a Russian prisoner for the jailed basketball player.
note: "traded barbs/accusations/fire with" are other roots and are excluded.

[verb v05-invest]
lemma: invest | pour | plough | plow
pattern: 061 prep=in|into
pattern: 061 obj=investment|money|billion|million|fund|capital prep=in|into
example: 061 | Saudi Arabia invested $5 billion in Egypt's Red Sea resorts.
example: 061 | Chinese companies poured billions into Hungary's battery industry.

[verb v05-import]
lemma: import
pattern: 062 obj=&V05_WEAPON prep=from
pattern: 061 prep=from
example: 061 | India imported record volumes of Russian crude from Russia in 2023.
example: 062 | Algeria imported Su-35 fighter jets from Russia.

[verb v05-export]
lemma: export
pattern: 062 obj=&V05_WEAPON prep=to
pattern: 061 prep=to
example: 061 | Qatar exported more liquefied natural gas to Germany under the new contract.
example: 062 | South Korea exported K9 howitzers to Poland.

[verb v05-buy]
lemma: buy | purchase | acquire | procure | order
pattern: 062 obj=&V05_WEAPON prep=from
pattern: 061 obj=&V05_COMMODITY prep=from
pattern: 061 obj=bond|debt|stake|share prep=from|of
example: 062 | India bought S-400 air defence systems from Russia despite U.S. warnings.
example: 061 | Japan purchased liquefied natural gas from Qatar under a long-term deal.
example: 062 | Poland ordered Apache attack helicopters from the United States.
note: Arms purchases are military exchange (062), not aid; "ordered troops" has no pattern.

[verb v05-sell]
lemma: sell
pattern: 062 obj=&V05_WEAPON prep=to
pattern: 061 obj=&V05_COMMODITY prep=to
example: 062 | France sold 26 Rafale Marine jets to India.
example: 061 | Russia sold discounted oil to China and India in 2022.
note: Arms sales are reciprocal exchange (062); gifts or deliveries are 072.

[verb v05-supply]
lemma: supply
pattern: 072 obj=&V05_WEAPON prep=to|with
pattern: 072 obj=&V05_WEAPON
pattern: 073 obj=&V05_HUM_AID prep=to
pattern: 073 obj=&V05_HUM_AID
pattern: 061 obj=&V05_COMMODITY prep=to
pattern: 061 obj=&V05_COMMODITY
pattern: 070 obj=aid|assistance prep=to
example: 072 | Iran supplied drones to Russia for use in Ukraine, Western officials said.
example: 072 | Iran supplied anti-ship missiles to the Houthis, the U.N. panel said.
example: 061 | Azerbaijan supplied gas to Syria through Turkey.
example: 073 | Egypt supplied medicine to the hospitals of Gaza.

[verb v05-carry-aid]
lemma: carry
pattern: 073 obj=aid|team|&V05_HUM_AID|&V05_RESCUE_TEAM prep=to|for|into target=prep
pattern: 073 obj=aid|team|&V05_HUM_AID|&V05_RESCUE_TEAM target=none
example: 073 | A Chinese plane carrying nine medical experts and 31 tonnes of supplies landed in Rome late on Thursday.
example: 073 | An Indian Air Force transport plane landed in Yangon carrying 15 tonnes of relief supplies.
note: A plane, ship or convoy carrying relief aids the country it lands in or reaches (the coder reads the place
note: from the verb the carrier is the subject of).

[verb v05-hold]
lemma: hold | conduct | stage | carry
pattern: 0871 obj=fire
pattern: 062 obj=&V05_EXERCISE prep=with
pattern: 062 prt=out obj=&V05_EXERCISE prep=with
pattern: 062 obj=&V05_JOINT_EXERCISE
pattern: 062 prt=out obj=&V05_JOINT_EXERCISE
pattern: 0841 obj=&V05_SWAP
pattern: 0841 prt=out obj=&V05_SWAP
pattern: 0874 prt=out obj=withdrawal|pullout|pull-out|drawdown
pattern: 073 prt=out obj=&V05_RELIEF_OP
pattern: 083 prt=out obj=&V05_REFORM
example: 062 | China and Russia held joint naval drills in the Sea of Japan.
example: 062 | Indian and French warships conducted an exercise with the Egyptian navy.
example: 0841 | Armenia and Azerbaijan carried out a prisoner swap on the border.
example: 0874 | Israeli forces carried out a withdrawal from the Netzarim corridor.
example: 073 | The Jordanian air force carried out an airdrop over northern Gaza.
example: 0871 | Both armies held fire along the Line of Control on Saturday.
note: Exercises count as military cooperation only with a partner ("with", "joint"); solo drills are a force posture (15x).

[verb v05-train]
lemma: train | equip
pattern: 072 voice=active obj=troop|soldier|force|pilot|officer|police|recruit|personnel|army|cadet|sniper|marine|military|commando|unit|brigade|battalion|policeman|guard|coast
example: 072 | British instructors trained Ukrainian soldiers in England.
example: 072 | Turkey equipped the Somali army with armoured vehicles.
note: Training or equipping another state's forces is military aid (072); the object must be forces.

[verb v05-arm]
lemma: arm | rearm
pattern: 072 voice=active obj=*
example: 072 | Iran armed the Houthi rebels with ballistic missiles, according to the U.N. panel.
example: 072 | Washington rearmed Taiwan with Harpoon coastal defence systems.
note: Active voice only: "armed with knives" (passive adjective) is a description, not an event.

# ---------------------------------------------------------------------------------------------------------------
# 07 PROVIDE AID
# ---------------------------------------------------------------------------------------------------------------

[verb v05-provide]
lemma: provide
pattern: 075 obj=&V05_ASYLUM prep=to|for
pattern: 075 obj=&V05_ASYLUM
pattern: 074 obj=&V05_PEACEKEEPER|&V05_PROTECTION prep=to|for
pattern: 074 obj=&V05_PEACEKEEPER|&V05_PROTECTION
pattern: 072 obj=&V05_WEAPON|&V05_TRAINING prep=to|for
pattern: 072 obj=&V05_WEAPON|&V05_TRAINING
pattern: 064 obj=&V05_INTEL prep=to|with
pattern: 064 obj=&V05_INTEL
pattern: 063 obj=&V05_LEGAL_AID prep=to
pattern: 073 obj=&V05_HUM_AID prep=to|for
pattern: 073 obj=&V05_HUM_AID
pattern: 071 obj=&V05_ECON_AID prep=to|for
pattern: 071 obj=&V05_ECON_AID
pattern: 060 obj=&V05_EXPERTISE|&V05_TECH_AID prep=to
pattern: 0863 obj=&V05_HUMANITARIAN_ACCESS prep=to|for
pattern: 070 obj=&AID prep=to|for
pattern: 070 obj=&AID
example: 072 | The United States provided Patriot missiles to Ukraine in April.
example: 073 | The UAE provided medical supplies to hospitals in Gaza.
example: 071 | The World Bank provided $1.5 billion in budget support to Ethiopia.
example: 070 | Japan provided assistance to the Philippines after the typhoon.
example: 064 | Washington provided intelligence to Israel on the whereabouts of the hostages.
example: 064 | The Pentagon provided satellite photographs to the Ukrainian army in 2022.
example: 075 | Ecuador provided political asylum to the former vice president.
example: 074 | Rwanda provided protection to the Mozambican gas project in Cabo Delgado.

[verb v05-give]
lemma: give
pattern: 0831 prt=up obj=&V05_POWER
pattern: 0873 prt=up obj=&V05_ARMS
pattern: 0874 prt=up obj=&V05_TERRITORY
pattern: 080 prt=up obj=&V05_CLAIM
pattern: 0841 prt=back obj=&V05_CAPTIVE|&V05_PERSON
pattern: 0842 prt=back obj=&V05_PROPERTY|land|territory|island
pattern: 084 prt=back obj=*
pattern: 080 prt=in prep=to
pattern: 080 prt=in
pattern: 080 obj=way prep=to
pattern: 075 obj=&V05_ASYLUM
pattern: 051 obj=support|backing|endorsement|blessing|approval|nod|praise
pattern: 054 obj=recognition
pattern: 0841 obj=amnesty|pardon|clemency
pattern: 072 obj=&V05_WEAPON
pattern: 073 obj=&V05_HUM_AID
pattern: 071 obj=&V05_ECON_AID
pattern: 0863 obj=&V05_HUMANITARIAN_ACCESS
pattern: 086 obj=access prep=to
pattern: 070 obj=&AID
example: 0831 | Sri Lankan President Gotabaya Rajapaksa gave up power after mass protests.
example: 0873 | The PKK gave up its weapons at a ceremony in northern Iraq.
example: 0874 | Armenian forces gave up the territory around Lachin.
example: 080 | Turkey gave up its demand for the extradition of Swedish-based activists.
example: 0842 | Belgium gave back the royal artefacts to Congo.
example: 080 | The Slovak government gave in to pressure from the teachers' union.
example: 075 | Russia gave asylum to the deposed Syrian president.
example: 051 | The French president gave his backing to the Moroccan autonomy plan.
example: 072 | Germany gave Ukraine Leopard 2 tanks in March.
example: 071 | China gave Sri Lanka a $500 million credit line for fuel imports.
example: 073 | South Korea gave food aid to North Korea through the World Food Programme.
example: 0841 | The Myanmar junta gave amnesty to 9,000 prisoners.
example: 070 | Washington gave aid to Honduras after the hurricane.

[verb v05-grant]
lemma: grant
pattern: 075 obj=&V05_ASYLUM prep=to
pattern: 075 obj=&V05_ASYLUM
pattern: 0841 obj=amnesty|pardon|clemency|parole|release|bail prep=to
pattern: 0841 obj=amnesty|pardon|clemency|parole|release|bail
pattern: 054 obj=recognition
pattern: 0834 obj=&V05_DEMOCRACY|independence
pattern: 0833 obj=&V05_RIGHTS
pattern: 085 obj=&V05_WAIVER
pattern: 062 obj=&V05_BASING
pattern: 061 obj=&V05_MARKET_ACCESS
pattern: 0863 obj=&V05_HUMANITARIAN_ACCESS
pattern: 086 obj=access
pattern: 083 obj=&V05_DEMAND
pattern: 080 obj=concession
pattern: 071 obj=&V05_ECON_AID prep=to
pattern: 071 obj=&V05_ECON_AID
pattern: 072 obj=&V05_WEAPON
pattern: 070 obj=&AID
example: 075 | Venezuela granted asylum to the Bolivian opposition leader.
example: 0841 | Belarusian leader Alexander Lukashenko granted a pardon to 37 political prisoners.
example: 054 | Russia granted recognition to the Taliban government in July.
example: 0834 | Papua New Guinea's parliament granted autonomy to Bougainville.
example: 0833 | Iraq granted citizenship to thousands of stateless Kurds.
example: 085 | The U.S. Treasury granted a waiver to Iraq for Iranian electricity imports.
example: 086 | Israel granted access to the U.N. team for the first time.
example: 080 | The government granted concessions to the striking doctors.
example: 071 | The European Investment Bank granted a 500 million euro loan to Morocco.
note: "granted access" without humanitarian or inspection detail is international involvement not specified (086).

[verb v05-extend]
lemma: extend
pattern: 0871 obj=&V05_TRUCE prep=in|with|to
pattern: 0871 obj=&V05_TRUCE
pattern: 074 obj=mandate prep=of|for
pattern: 074 obj=mandate
pattern: 057 obj=&AGREEMENT|&V05_ACCORD prep=with
pattern: 057 obj=&AGREEMENT|&V05_ACCORD
pattern: 055 obj=&V05_REGRET prep=to
pattern: 055 obj=&V05_REGRET
pattern: 051 obj=congratulation|support|backing|praise prep=to
pattern: 054 obj=recognition prep=to
pattern: 0841 obj=amnesty|pardon prep=to
pattern: 075 obj=&V05_ASYLUM prep=to
pattern: 056 obj=&V05_OLIVE_BRANCH prep=to
pattern: 072 obj=&V05_WEAPON prep=to
pattern: 073 obj=&V05_HUM_AID prep=to
pattern: 071 obj=&V05_ECON_AID prep=to
pattern: 071 obj=&V05_ECON_AID
pattern: 070 obj=&AID prep=to
example: 0871 | Russia and Ukraine extended the Easter truce by another day.
example: 074 | The Security Council extended the mandate of the peacekeeping mission in Congo.
example: 057 | The United States and Russia extended the New START treaty for five years.
example: 071 | India extended a $1 billion line of credit to Sri Lanka.
example: 051 | The Emir of Qatar extended congratulations to the new Lebanese president.
example: 056 | The Turkish president extended an olive branch to Egypt's government.
example: 055 | The Japanese premier extended an apology to the families of the fishermen.
note: Extending a ceasefire or a peacekeeping mandate is coded as the act itself; extending sanctions or
note: curfews is not a yield and is left out.

[verb v05-deliver]
lemma: deliver
pattern: 055 obj=&V05_REGRET prep=to
pattern: 072 obj=&V05_WEAPON prep=to
pattern: 072 obj=&V05_WEAPON
pattern: 073 obj=aid|&V05_HUM_AID prep=to|for|in|into
pattern: 073 obj=aid|&V05_HUM_AID
pattern: 071 obj=&V05_ECON_AID prep=to
pattern: 071 obj=&V05_ECON_AID
pattern: 061 obj=&V05_COMMODITY prep=to
pattern: 070 obj=assistance|support|package prep=to
example: 072 | Denmark delivered the first F-16 jets to Ukraine in July.
example: 073 | The World Food Programme delivered aid to Sudan's Darfur region by air.
example: 073 | A Cypriot ship delivered food into Gaza by sea.
example: 071 | The European Union delivered a 1.5 billion euro tranche to Kyiv.
note: Delivered "aid" in wire news is nearly always relief supplies, so plain "aid" is 073 for this verb only.

[verb v05-send]
lemma: send | dispatch | despatch | rush | fly
pattern: 050 prt=back obj=&DIPLOMAT prep=to
pattern: 050 prt=back obj=&DIPLOMAT
pattern: 050 obj=&DIPLOMAT prep=to
pattern: 0841 prt=back obj=&V05_CAPTIVE
pattern: 074 obj=&V05_PEACEKEEPER prep=to|in
pattern: 074 obj=&V05_PEACEKEEPER
pattern: 072 obj=&V05_WEAPON prep=to
pattern: 072 obj=&V05_WEAPON
pattern: 073 obj=&V05_RESCUE_TEAM prep=to
pattern: 073 obj=&V05_RESCUE_TEAM
pattern: 073 prt=in obj=&V05_HUM_AID|aid
pattern: 073 obj=&V05_HUM_AID prep=to|for|into
pattern: 073 obj=&V05_HUM_AID
pattern: 071 obj=&V05_ECON_AID prep=to
pattern: 071 obj=&V05_ECON_AID
pattern: 070 obj=&AID prep=to
pattern: 070 obj=&AID
example: 072 | Britain sent Storm Shadow cruise missiles to Ukraine.
example: 073 | Algeria sent rescue teams to Morocco after the earthquake.
example: 073 | Turkey dispatched 10,000 tents to the flooded provinces of Libya.
example: 073 | New Zealand sent military transport planes loaded with tarpaulins and water to Fiji after the cyclone.
example: 073 | India rushed relief supplies to Myanmar after the quake.
example: 074 | Kenya sent a peacekeeping force to Haiti in June.
example: 071 | Qatar sent $30 million to the Gaza authorities to pay salaries.
example: 070 | China sent aid to Tonga after the volcanic eruption.
example: 050 | Egypt sent an ambassador to Ankara for the first time in a decade.

[verb v05-arrive-with]
lemma: arrive | land
pattern: 073 prep=with obj=&V05_HUM_AID|&V05_RESCUE_TEAM|aid target=none
pattern: 072 prep=with obj=&V05_WEAPON|security_equipment|armoured_vehicle|armored_vehicle target=none
example: 073 | Indian air force planes landed in the Turkish city of Adana with rescue teams and medical supplies.
example: 072 | Canadian military aircraft landed in Port-au-Prince with armoured vehicles for Haiti's national police.
note: A delivery by arrival: what the arriving planes or ships carry in a "with" phrase is given to the country where
note: they land, or for whom the phrase says it is (a load a participle tells is v05-carry-aid's).

[verb v05-ship]
lemma: ship | airlift | ferry | truck
pattern: 072 obj=&V05_WEAPON prep=to
pattern: 072 obj=&V05_WEAPON
pattern: 073 obj=aid|&V05_HUM_AID|&V05_EVACUEE prep=to|into|from|out
pattern: 073 obj=aid|&V05_HUM_AID|&V05_EVACUEE
pattern: 061 obj=&V05_COMMODITY prep=to
example: 072 | North Korea shipped artillery shells to Russia by rail.
example: 073 | The Royal Air Force airlifted medical supplies to Jordan for Gaza.
example: 073 | The Italian navy ferried wounded children from Gaza to Italy.
example: 061 | Ukraine shipped wheat to Egypt through the Black Sea corridor.

[verb v05-donate]
lemma: donate | gift
pattern: 072 obj=&V05_WEAPON prep=to
pattern: 072 obj=&V05_WEAPON
pattern: 073 obj=&V05_HUM_AID prep=to
pattern: 073 obj=&V05_HUM_AID
pattern: 070 obj=* prep=to
pattern: 070 obj=*
example: 073 | China donated vaccines to Pakistan in 2021.
example: 072 | Lithuania donated its Mi-8 helicopters to Ukraine.
example: 070 | Saudi Arabia donated $50 million to the Palestinian refugee agency.

[verb v05-loan]
lemma: loan
pattern: 072 obj=&V05_WEAPON prep=to
pattern: 071 obj=* prep=to
pattern: 071 obj=*
example: 071 | Saudi Arabia loaned Pakistan $3 billion to avert a default.
example: 072 | The Dutch navy loaned two minehunters to Ukraine.

[verb v05-fund]
lemma: fund | finance | bankroll | underwrite
pattern: 071 voice=active obj=*
pattern: 071 voice=passive
example: 071 | The European Union funded Tunisia's coast guard with 105 million euros.
example: 071 | The Iranian government bankrolled Hezbollah's reconstruction payments.
example: 071 | The new railway in Laos was financed by China's Exim bank.

[verb v05-disburse]
lemma: disburse
pattern: 071 obj=&V05_ECON_AID prep=to|for
pattern: 071 obj=&V05_ECON_AID
example: 071 | The IMF disbursed $700 million to Pakistan on Friday.
example: 071 | The Asian Development Bank disbursed a $500 million loan to Sri Lanka.

[verb v05-bail]
lemma: bail
pattern: 071 prt=out obj=*
example: 071 | The IMF and the EU bailed out Cyprus in 2013.
example: 071 | China bailed out Laos with debt deferrals and currency swaps.

[verb v05-write]
lemma: write
pattern: 071 prt=off obj=&V05_DEBT
example: 071 | Russia wrote off African debt worth 23 billion dollars.
example: 071 | France wrote off Somalia's debt at the Paris Club.

[verb v05-restructure]
lemma: restructure | reschedule | defer | cancel | relieve
pattern: 071 obj=&V05_DEBT
pattern: 0813 obj=&V05_CURFEW
pattern: 0814 obj=&V05_EMERGENCY
pattern: 085 obj=&V05_ECON_SANCTION
pattern: 082 obj=&V05_STRIKE
pattern: 0811 obj=&V05_FREEDOM_CURB prep=on|in
pattern: 0811 obj=&V05_FREEDOM_CURB
pattern: 081 obj=&V05_RESTRICTION prep=on|for|against
pattern: 081 obj=&V05_RESTRICTION
example: 071 | China restructured Zambia's debt after the default.
example: 081 | Kazakhstan cancelled the entry restrictions on Russian citizens in March 2023.
example: 0811 | Georgia's parliament cancelled the protest ban on opposition parties.
example: 071 | The Paris Club cancelled Sudan's debt in 2021.
example: 0813 | Authorities in Manipur cancelled the curfew in Imphal.
example: 082 | The Nigerian Labour Congress cancelled the nationwide strike after the wage deal.
note: "cancelled the visit/talks/deal" reduce relations (16x) and have no pattern here.

[verb v05-allocate]
lemma: allocate | channel | funnel | contribute
pattern: 074 obj=&V05_PEACEKEEPER|troop|soldier|police prep=to
pattern: 072 obj=&V05_WEAPON prep=to
pattern: 071 obj=&V05_ECON_AID prep=to
pattern: 070 obj=aid|assistance prep=to
example: 074 | Bangladesh contributed 1,500 troops to the U.N. mission in South Sudan.
example: 071 | The United States channelled $100 million to Syria's new government.
example: 072 | Iran funnelled weapons to the Houthis through Oman, the coalition said.
example: 070 | Japan allocated aid to Afghanistan through the U.N. in 2024.

[verb v05-guarantee]
lemma: guarantee
pattern: 071 obj=loan|debt|bond|credit
example: 071 | The U.S. government guaranteed loans to Israel worth $3 billion.
example: 071 | Germany guaranteed the credit to Ukraine's state gas company.

[verb v05-aid]
lemma: aid
pattern: 073 obj=&V05_REFUGEE
pattern: 070 voice=active obj=*
example: 073 | Turkish soldiers aided earthquake victims in Hatay.
example: 070 | The United States aided Tonga after the tsunami.
note: Generic aid; more specific aid verbs are coded elsewhere.

[verb v05-help]
lemma: help
pattern: 073 obj=&V05_REFUGEE|&V05_PATIENT
pattern: 073 comp=evacuate|rescue|feed|shelter
example: 073 | Algerian rescue teams helped quake survivors in Al Haouz.
example: 073 | Greek coastguard vessels helped evacuate tourists from Rhodes.
note: Bare "helped X" is too broad ("helped the economy", "helped police identify") and has no pattern.

[verb v05-deploy]
lemma: deploy | station
pattern: 074 obj=&V05_PEACEKEEPER prep=to|in
pattern: 074 obj=&V05_PEACEKEEPER
pattern: 073 obj=&V05_RESCUE_TEAM prep=to|in
pattern: 073 obj=&V05_RESCUE_TEAM
pattern: 074 obj=&V05_FORCES prep=to|in comp=help|assist|support|bolster|protect|secure|guard|train|defend target=prep
example: 074 | Kenya deployed 400 peacekeepers to Haiti in June.
example: 074 | Chad deployed 1,000 soldiers to Niger to help fight Boko Haram in 2015.
example: 073 | Mexico deployed a field hospital in Turkey after the earthquake.
note: Other troop deployments are force posture (15x) and are not coded here; troops sent to another country to help it are military assistance.

[verb v05-escort]
lemma: escort | protect | guard | shield
pattern: 074 obj=&V05_ESCORTED prep=through|in|across|to
pattern: 074 obj=&V05_ESCORTED
example: 074 | Indian warships escorted merchant ships through the Red Sea.
example: 074 | U.N. peacekeepers protected civilians fleeing the fighting in Juba.

[verb v05-evacuate]
lemma: evacuate | rescue | airdrop | air-drop
pattern: 0874 obj=base|position|outpost|garrison prep=from
pattern: 0874 obj=troop|force|soldier|personnel|garrison|base|outpost|settlement|settler|colony
pattern: 073 obj=&V05_REFUGEE|&V05_HUM_AID|aid prep=to|from|into|over
pattern: 073 obj=&V05_REFUGEE|&V05_HUM_AID|aid
pattern: 073 obj=crew|sailor|fisherman|miner|hiker|climber|wounded|wound|injured|injure|casualty|sick|patient|survivor
example: 073 | India evacuated its nationals from Ukraine in March.
example: 0874 | Israel evacuated all 21 of its settlements in Gaza in August 2005.
example: 073 | The Italian coast guard rescued 600 migrants off Lampedusa.
example: 073 | Jordanian army helicopters evacuated the wounded from the Rafah crossing to hospitals in Amman.
example: 073 | Egypt and Jordan airdropped food over northern Gaza.
example: 0874 | Russia evacuated its troops from the Kherson bridgehead.
note: Evacuating civilians, rescuing and air-dropping relief are 073; evacuating one's own forces is a retreat (0874).

[verb v05-distribute]
lemma: distribute
pattern: 073 obj=aid|&V05_HUM_AID prep=to|in|among
pattern: 073 obj=aid|&V05_HUM_AID
example: 073 | The Red Crescent distributed food parcels to displaced families in Khartoum.
example: 073 | UNICEF distributed vaccines in Afghanistan's eastern provinces.

[verb v05-shelter]
lemma: shelter | house | feed
pattern: 073 obj=&V05_REFUGEE
example: 073 | Chad sheltered 600,000 Sudanese refugees in camps along the border.
example: 073 | Jordan housed Iraqi and Syrian refugees in the Zaatari camp.


[verb v05-resettle]
lemma: resettle | relocate | rehouse
pattern: 073 obj=&V05_DISPLACED|&V05_EVACUEE prep=in|to|from
pattern: 073 obj=&V05_DISPLACED|&V05_EVACUEE
example: 073 | Canada resettled Afghan refugees who had worked for its forces.
example: 073 | Britain relocated Afghan evacuees and their families to the United Kingdom.
note: Relocating troops is not coded here.

[verb v05-treat]
lemma: treat
pattern: 073 obj=&V05_PATIENT prep=from|in
pattern: 073 obj=&V05_PATIENT
example: 073 | Egyptian doctors treated the wounded from Gaza at El Arish hospital.
example: 073 | A Turkish hospital ship treated injured survivors of the Derna flood.
note: Only medical treatment of the wounded; "treated X as" is not here.

[verb v05-host]
lemma: host
pattern: 0861 obj=&V05_PEACEKEEPER
pattern: 0862 obj=&V05_INSPECTOR
pattern: 086 obj=&V05_MONITOR
pattern: 073 obj=&V05_DISPLACED
pattern: 062 obj=base|troop|force|soldier|warship|submarine
example: 073 | Turkey hosts 3.1 million Syrian refugees.
example: 062 | Djibouti hosts a Chinese military base.
example: 0861 | Lebanon hosts 10,000 U.N. peacekeepers in the south.
note: Hosting foreign troops is military cooperation (062); "hosted talks/summit" is 04x and is not here.

# ---------------------------------------------------------------------------------------------------------------
# 08 YIELD
# ---------------------------------------------------------------------------------------------------------------

# --- 084 Return, release ---

[verb v05-release]
lemma: release
pattern: 0873 obj=reservist|conscript
pattern: 0842 obj=&V05_PROPERTY|account|deposit prep=to
pattern: 0842 obj=&V05_PROPERTY|account|deposit
pattern: 084 obj=&V05_REMAINS prep=to
pattern: 084 obj=&V05_REMAINS
pattern: 071 obj=tranche|loan|disbursement|credit|&V05_ECON_AID prep=to|for
pattern: 071 obj=tranche|loan|disbursement|credit
pattern: 071 obj=billion|million|trillion|dollar|euro|fund|funding prep=to|for
pattern: 071 obj=billion|million|trillion|dollar|euro|fund|funding
pattern: 070 obj=aid|assistance|package prep=to|for
pattern: 0841 obj=&V05_CAPTIVE|&V05_PERSON prep=to|into
pattern: 0841 obj=&V05_CAPTIVE|&V05_PERSON
pattern: 0841 !obj=statement|report|video|footage|image|photo|photograph|picture|album|film|movie|song|single|book|record|document|detail|list|budget|result|finding|version|product|update|plan|proposal|guideline|schedule|tape|recording|transcript|memo|letter|audio|clip|emission|gas|water|pressure|energy|reserve|oil|balloon|data|datum|figure|statistic|number|estimate|forecast|information|name|text|draft|game|edition|model|phone|smartphone|software|app|toxin|chemical|radiation|heat|hormone|dopamine|fund|money|steam|smoke|sewage|wastewater|fish|bird|animal|hold|grip|brake|tension|stress|earnings|guidance|inflation|gdp|index|poll|survey|study|paper|research|analysis|assessment|review|trailer|episode|season|series|documentary|collection|feature|patch|code|tool|manifesto|agenda|blueprint|roadmap|strategy|communique|readout|details|preview|ranking|rating|score|projection|minute|note|guidance|outlook|flare|chaff|decoy|missile|rocket|drone|munition|ammunition|bomb|payload|satellite
example: 071 | The World Bank released $500 million to Ukraine for the repair of its power grid.
example: 0841 | Israel released 90 Palestinian prisoners from Ofer prison on Sunday.
example: 0841 | Russia released the Wall Street Journal reporter Evan Gershkovich in a swap.
example: 0841 | Two British nationals were released by the Taliban after months in detention.
example: 0842 | Iran released the seized oil tanker Advantage Sweet after a year.
example: 084 | Hamas released the remains of an Israeli hostage on Thursday.
example: 071 | The IMF released a $1 billion tranche to Egypt.
example: 0873 | The Ukrainian army released the first conscripts from the front after two years.
note: Everything released that is not a publication, product or substance is taken as a person (names, demonyms);
note: "released a statement/report/video" belongs to 01x.

[verb v05-free]
lemma: free | unshackle
pattern: 0842 obj=&V05_PROPERTY|&V05_FROZEN
pattern: 071 prt=up obj=fund|money|cash|billion|million|&V05_ECON_AID prep=for|to
pattern: 0841 obj=&V05_CAPTIVE|&V05_PERSON prep=from
pattern: 0841 obj=&V05_CAPTIVE|&V05_PERSON
pattern: 0841 voice=active !obj=city|town|village|territory|region|area|land|country|nation|economy|market|fund|capital|resource|space|hand|mind|time|capacity|money|cash|liquidity|billion|million|up|it|district|province|neighbourhood|neighborhood|settlement|island|port|airport|base|position|trade
example: 0841 | Belarus freed 52 prisoners, including a Polish journalist, after a U.S. visit.
example: 0841 | The Houthis freed the crew of the Galaxy Leader after 14 months.
example: 0842 | Nigeria freed the seized Chinese fishing trawlers in Lagos.
example: 071 | The European Union freed up 4 billion euros for Ukraine's energy grid.
note: Places "freed" by armies are excluded (fighting is coded by 19x).

[verb v05-pardon]
lemma: pardon | amnesty | parole
pattern: 0841
example: 0841 | Myanmar's junta pardoned more than 9,000 prisoners on Independence Day.
example: 0841 | The Egyptian president pardoned the activist Alaa Abd el-Fattah in September.
example: 0841 | Iran paroles the French tourist after two years in Evin prison.
note: Formal pardons and amnesties are releases (0841) by the codebook, not forgiveness (056).

[verb v05-commute]
lemma: commute | reduce | cut | halve | shorten
pattern: 0841 obj=&V05_SENTENCE
pattern: 0874 obj=troop|presence|force|deployment|garrison|contingent prep=in|from
pattern: 0874 obj=troop|presence|force|deployment|garrison|contingent
pattern: 087 obj=&V05_TENSION
pattern: 085 obj=&V05_ECON_SANCTION prep=on
pattern: 085 obj=&V05_ECON_SANCTION
example: 0841 | Saudi Arabia commuted the death sentences of three Pakistani nationals.
example: 0841 | Thailand's king cut the former prime minister's prison sentence to one year.
example: 0874 | The United States reduced its troop presence in Iraq to 2,500.
example: 085 | India reduced tariffs on American motorcycles ahead of the trade talks.
example: 087 | Seoul reduced tensions with Pyongyang by halting the loudspeaker broadcasts.

[verb v05-swap]
lemma: swap
pattern: 0841 obj=&V05_CAPTIVE|&V05_PERSON prep=with|for
pattern: 0841 obj=&V05_CAPTIVE|&V05_PERSON
pattern: 084 obj=&V05_REMAINS
example: 0841 | Russia and the United States swapped prisoners in Ankara in August.
example: 084 | Ukraine and Russia swapped the bodies of fallen soldiers at the border.

[verb v05-return]
lemma: return | repatriate | restitute
pattern: 050 obj=&DIPLOMAT prep=to
pattern: 0841 obj=&V05_CAPTIVE prep=to
pattern: 0841 obj=&V05_CAPTIVE
pattern: 084 obj=&V05_REMAINS prep=to
pattern: 084 obj=&V05_REMAINS
pattern: 0842 obj=&V05_PROPERTY|&V05_FROZEN prep=to
pattern: 0842 obj=&V05_PROPERTY|&V05_FROZEN
pattern: 0842 obj=weapon|arm|equipment|ammunition|weaponry prep=to|from
pattern: 0842 obj=weapon|arm|equipment|ammunition|weaponry target=none
pattern: 0874 obj=territory|island|region|control prep=to
pattern: 084 obj=gorilla|panda|animal|elephant|remains|flag|archive prep=to
example: 0842 | Congolese M23 rebels returned weapons they had seized from U.N. peacekeepers.
example: 0841 | Russia returned 11 Ukrainian children to their families with Qatari mediation.
example: 0842 | Germany returned looted bronze sculptures to Nigeria in December.
example: 0842 | Iran returned the seized Pakistani helicopter to Islamabad on Monday.
example: 084 | South Korea repatriated the remains of Chinese soldiers killed in the Korean War.
example: 050 | Australia returned its ambassador to Beijing after three years.
example: 0874 | Ukraine said Russia returned control of the Chernobyl plant to Ukrainian staff.
example: 084 | Malaysia returned two giant pandas to China in 2025.
note: Returned migrants and deportees are expulsions (17x) and are not in these person lists.

[verb v05-unfreeze]
lemma: unfreeze | unblock | unlock
pattern: 0842 obj=&V05_FROZEN prep=of|to|for
pattern: 0842 obj=&V05_FROZEN
pattern: 0811 obj=&V05_MEDIA|website|site|account|x
pattern: 0872 obj=port|road|route|highway|crossing|corridor
pattern: 071 obj=aid|loan|tranche|&V05_ECON_AID prep=to|for
example: 0842 | South Korea unblocked Iranian assets in a prisoner deal.
example: 0811 | Pakistan unblocked the social media platform X after a 15-month ban.
example: 0872 | The Houthis unblocked the main road into the city of Taiz.
example: 071 | Washington unblocked military financing for Egypt worth $1.3 billion.

[verb v05-compensate]
lemma: compensate | indemnify
pattern: 080 obj=*
example: 080 | The Dutch state compensated the descendants of Indonesian war victims.
example: 080 | Iran compensated the families of the Ukrainian airliner victims.
note: Compensation instead of return is 080 by the codebook.

# --- 081 / 085 / 087 Ease sanctions, curfews, emergencies, blockades ---

[verb v05-lift]
lemma: lift | remove | scrap | revoke | rescind | repeal | overturn
pattern: 0813 obj=&V05_CURFEW prep=in|on|from
pattern: 0813 obj=&V05_CURFEW
pattern: 0814 obj=&V05_EMERGENCY prep=in|on
pattern: 0814 obj=&V05_EMERGENCY
pattern: 0872 obj=&V05_BLOCKADE prep=on|of|against
pattern: 0872 obj=&V05_BLOCKADE
pattern: 0872 obj=checkpoint|roadblock|checkpost|siege
pattern: 0811 obj=&V05_FREEDOM_CURB prep=on|in
pattern: 0811 obj=&V05_FREEDOM_CURB
pattern: 085 obj=&V05_ECON_SANCTION prep=on|against|from
pattern: 085 obj=&V05_ECON_SANCTION
pattern: 080 obj=&V05_CLAIM
pattern: 081 obj=&V05_RESTRICTION prep=on|against|for
pattern: 081 obj=&V05_RESTRICTION
pattern: 0832 obj=&V05_POLICY_CHANGE
example: 085 | The European Union lifted economic sanctions on Syria in May.
example: 085 | Sanctions on Belarusian potash were lifted by Washington in exchange for prisoner releases.
example: 0813 | The Bangladeshi army lifted the curfew in Dhaka after a week.
example: 0814 | Ethiopia lifted the state of emergency three months early.
example: 0814 | Martial law was lifted in South Korea six hours after its declaration.
example: 0872 | Azerbaijan lifted the blockade of the Lachin corridor in September.
example: 081 | China removed quarantine restrictions for foreign travellers in January 2023.
example: 0811 | The Kazakh authorities revoked the internet shutdown in Almaty.
example: 0832 | The Ecuadorian president repealed the fuel subsidy cut after ten days of protests.
example: 080 | Hungary lifted its veto on the EU aid package for Ukraine.
note: "lifted the ban on X" is 081 unless the ban is economic (085 list) or on freedoms (0811 list);
note: the thing banned is a prepositional object the cues cannot see.


[verb v05-liberalize]
lemma: liberalize | liberalise
pattern: 061 obj=trade|market|&V05_ECON_COOP prep=with
pattern: 081 obj=&V05_RESTRICTION|visa|regime|law
example: 081 | Uzbekistan liberalised its visa regime for European travellers.
example: 061 | India liberalised trade with the UAE under the partnership deal.
note: Easing rules counts as administrative easing (081); opening trade to a partner is 061.

[verb v05-roll]
lemma: roll
pattern: 071 prt=over obj=loan|credit|credit_line|debt|deposit|swap|facility prep=for|to target=prep
pattern: 085 prt=back obj=&V05_ECON_SANCTION prep=on|against
pattern: 085 prt=back obj=&V05_ECON_SANCTION
pattern: 0811 prt=back obj=&V05_FREEDOM_CURB
pattern: 081 prt=back obj=&V05_RESTRICTION
pattern: 0832 prt=back obj=&V05_POLICY_CHANGE
example: 085 | The U.S. government rolled back the tariffs on Chinese goods after the Geneva talks.
example: 071 | China rolled over a $2 billion loan for Pakistan's central bank on Tuesday.
example: 0832 | Nigeria's government rolled back the fuel price increase after the strike.
example: 081 | The Sri Lankan government rolled back the restrictions on public gatherings.
note: Only "roll back"; "rolled out" (launches) has no pattern.

[verb v05-unban]
lemma: unban | legalize | legalise | decriminalize | decriminalise
pattern: 0812 obj=&V05_PARTY
pattern: 0811 obj=&V05_MEDIA|protest|rally|demonstration|book|film
pattern: 0833 obj=&V05_DECRIM
pattern: 081 obj=*
example: 0812 | Ethiopia's parliament unbanned the Oromo Liberation Front and two other groups.
example: 0811 | The Sudanese transitional government unbanned several newspapers.
example: 0833 | Singapore decriminalised sex between men in 2022.
example: 081 | Saudi Arabia legalised cinemas after a 35-year ban.

[verb v05-register]
lemma: register
pattern: 0812 obj=&V05_PARTY
example: 0812 | Venezuela's electoral council registered the opposition candidate for the July vote.
example: 0812 | Kazakhstan's justice ministry registered the opposition party after a decade of refusals.

[verb v05-clear]
lemma: clear
pattern: 0812 obj=&V05_CANDIDATE comp=run|contest|stand|compete
pattern: 0812 obj=&V05_CANDIDATE
example: 0812 | The Supreme Court cleared the opposition candidate to contest the election.
example: 0812 | Senegal's constitutional council cleared the jailed opposition politician for the ballot.
note: "police cleared the square" is coercion and has no pattern (candidates and parties only).

# --- 082 Ease political dissent ---

[verb v05-call]
lemma: call
pattern: 0871 obj=&V05_TRUCE prep=in|with
pattern: 0871 obj=&V05_TRUCE
pattern: 087 prt=off obj=&V05_HOSTILITIES
pattern: 082 prt=off obj=&V05_PROTEST
example: 082 | Kenyan doctors called off their 56-day strike on Wednesday.
example: 082 | The opposition alliance called off the march on the capital after the deal.
example: 0871 | The Pakistani Taliban called a ceasefire with the government in November.
example: 087 | Israel called off the planned ground offensive in Rafah.
note: "called for a ceasefire" is an appeal (02x) with "ceasefire" under "for"; the 0871 patterns need a direct object.

[verb v05-disperse]
lemma: disperse
pattern: 082 !obj=* voice=active target=none
example: 082 | The protesters dispersed peacefully after the governor resigned.
example: 082 | Opposition supporters dispersed on Sunday evening after the deal was announced.
note: Intransitive "dispersed" by protesters is an easing of dissent; dispersal by police (transitive or passive) is
note: coercion (17x) and does not match.

[verb v05-suspend]
lemma: suspend | pause | postpone | shelve
pattern: 087 obj=&V05_OWN_HOSTILITIES prep=on|in|against
pattern: 087 obj=&V05_OWN_HOSTILITIES
pattern: 0813 obj=&V05_CURFEW
pattern: 0814 obj=&V05_EMERGENCY
pattern: 0872 obj=blockade
pattern: 085 obj=&V05_ECON_SANCTION prep=on|against
pattern: 085 obj=&V05_ECON_SANCTION
pattern: 082 obj=&V05_PROTEST
pattern: 0832 obj=&V05_POLICY_CHANGE
example: 087 | Israel paused its air strikes on Gaza for the hostage exchange.
example: 082 | Argentina's unions suspended the general strike after the pension deal.
example: 082 | The Kenyan opposition postponed the Monday protests after talks with the government.
example: 0832 | Kenya shelved the finance bill after deadly protests in June 2024.
example: 085 | The United States suspended tariffs on Mexican goods for a month.
example: 0814 | Thailand suspended the emergency decree in the southern provinces.
note: "suspended aid/talks/cooperation" reduce relations (16x) and have no pattern here.

[verb v05-end]
lemma: end | cease
pattern: 0871 obj=fire|hostility|hostilities
pattern: 087 obj=&V05_OWN_HOSTILITIES|war prep=on|in|against|with
pattern: 087 obj=&V05_OWN_HOSTILITIES|war
pattern: 0813 obj=&V05_CURFEW
pattern: 0814 obj=&V05_EMERGENCY
pattern: 0872 obj=blockade
pattern: 087 obj=standoff|stand-off|face-off|confrontation|stalemate
pattern: 0874 obj=occupation|presence prep=in|of
pattern: 0874 obj=occupation|presence
pattern: 085 obj=&V05_ECON_SANCTION prep=on|against
pattern: 085 obj=&V05_ECON_SANCTION
pattern: 082 obj=&V05_STRIKE
pattern: 0832 obj=&V05_POLICY_CHANGE
pattern: 080 obj=&V05_CLAIM
example: 082 | Jailed activist Alaa Abd el-Fattah's mother ended her hunger strike.
example: 0874 | France ended its military presence in Chad in January.
example: 0871 | Both armies ceased fire at midnight along the line of contact.
example: 087 | The Ethiopian government ended its military operations in Tigray after the Pretoria deal.
example: 0814 | Peru's government ended the state of emergency in Lima.
note: Protests "ended" by police are coercion, so only strikes and boycotts are here; "called off" has the rest.
example: 087 | Armenia and Azerbaijan ended a tense border standoff near Sotk.

[verb v05-halt]
lemma: halt | stop
pattern: 0871 obj=fire
pattern: 087 obj=&V05_OWN_HOSTILITIES prep=on|in|against
pattern: 087 obj=strike|attack|raid|drone_strike|missile_strike prep=on|against target=prep
pattern: 087 obj=&V05_OWN_HOSTILITIES
example: 087 | Moscow halted its strikes on Ukrainian power plants for a month.
note: Strikes or attacks "on" a target are military ("halted strikes on Ukrainian energy infrastructure"); a strike
note: with no target may be a labour strike and is left to the protest entries.
example: 087 | Russia halted its bombardment of Ukraine's energy grid for thirty days.
example: 087 | Israel stopped its air strikes on Iran after the truce took effect.
note: Own hostilities only: "halted the enemy advance" is military success, not a yield, and has no pattern.

# --- 083 Accede to demands ---

[verb v05-accede]
lemma: accede | bow | cave | yield | relent | acquiesce
pattern: 0831 obj=&V05_POWER
pattern: 0874 obj=&V05_TERRITORY
pattern: 080 prt=in prep=to
pattern: 080 prep=to !obj=*
pattern: 080 prt=in
pattern: 080 !obj=*
example: 080 | The Iraqi government acceded to the protesters' demands for early elections.
example: 080 | The Bulgarian government bowed to pressure and withdrew the budget.
example: 080 | Congo's army finally caved in after a week-long standoff with the rebels.
example: 080 | The Slovak government relented on Thursday.
example: 0874 | The rebels yielded the town to the army after a two-day siege.
note: The object of "to" is not visible to the cues, so "acceded to demands" is the generic yield 080; "met/heeded
note: the demands" (entry v05-meet) gives 083.

[verb v05-meet]
lemma: meet | heed | fulfil | fulfill | satisfy | accommodate
pattern: 083 obj=&V05_DEMAND
pattern: 080 obj=call|appeal|plea|warning
example: 083 | The Bangladeshi government met the students' demand to scrap the job quota.
example: 083 | The Serbian prime minister heeded the protesters' demands and resigned.
example: 080 | The Tigrayan forces heeded the African Union's call and withdrew.
note: Meeting or heeding demands is acceding (083); heeding calls or appeals is a generic yield (080).

[verb v05-concede]
lemma: concede
pattern: 0831 obj=defeat|election|race|presidency|loss|victory|vote prep=to
pattern: 0831 obj=defeat|election|race|presidency|loss|victory|vote
pattern: 0874 obj=&V05_TERRITORY prep=to
pattern: 0874 obj=&V05_TERRITORY
pattern: 083 obj=&V05_DEMAND
pattern: 083 prep=to obj=&V05_DEMAND
pattern: 080 prep=to obj=pressure|call|appeal|ultimatum
pattern: 080 obj=concession|ground
example: 083 | The Serbian government conceded to the students' demands for early elections.
example: 0831 | Zambian President Edgar Lungu conceded defeat to Hakainde Hichilema.
example: 0874 | Armenian units conceded the heights around Shusha to Azerbaijani forces.
example: 083 | The Georgian parliament conceded the opposition's demand for a new electoral law.
note: Conceding an election is relinquishing power (0831) by the codebook.

[verb v05-comply]
lemma: comply | abide
pattern: 080 prep=with|by
example: 080 | Iran complied with the IAEA's request for additional information.
example: 080 | The Bosnian Serb leader complied with the court order.

[verb v05-climb]
lemma: climb
pattern: 080 prt=down prep=on|over|in
pattern: 080 prt=down
example: 080 | Britain climbed down in the row with the European Union over Northern Ireland.
example: 080 | The Kosovo government climbed down after U.S. pressure over the northern municipalities.

[verb v05-soften]
lemma: soften | moderate | tone
pattern: 080 obj=stance|position|tone|rhetoric|line|demand|opposition|condition|language|criticism
pattern: 080 prt=down obj=*
example: 080 | Saudi Arabia softened its stance on normalisation with Israel.
example: 080 | Turkey softened its opposition to Finland's membership after the talks.

[verb v05-reverse]
lemma: reverse | revise | amend | overhaul | reform
pattern: 085 obj=&V05_ECON_SANCTION
pattern: 0834 obj=&V05_INSTITUTION
pattern: 0834 obj=&V05_DEMOCRACY
pattern: 0832 obj=&V05_POLICY_CHANGE
pattern: 0832 obj=course|stance|decision|policy
example: 0834 | The Gambian parliament amended the constitution to introduce presidential term limits.
example: 0834 | Tunisia's interim government overhauled the electoral commission at the opposition's request.
example: 0832 | The Ghanaian government reversed the fuel levy increase after the protests.
example: 085 | The United States reversed sanctions on the Serbian oil company.
note: Institutional change (constitution, courts, electoral law) is 0834; ordinary policy change is 0832.

[verb v05-implement]
lemma: implement | introduce | enact | undertake | institute
pattern: 0834 obj=&V05_DEMOCRACY
pattern: 083 obj=&V05_REFORM
example: 083 | Uzbekistan implemented political reforms demanded by its Western partners.
example: 0834 | Bhutan introduced multiparty democracy in 2008.
note: Reported reforms only; promised reforms are 034.

[verb v05-abolish]
lemma: abolish
pattern: 0873 obj=&V05_ARMS
pattern: 0873 obj=militia|unit|wing|brigade|paramilitary|army|battalion
pattern: 0833 obj=&V05_RIGHTS_PRACTICE
pattern: 0834 obj=&V05_REGIME_ORGAN
pattern: 0813 obj=&V05_CURFEW
pattern: 0814 obj=&V05_EMERGENCY
pattern: 085 obj=&V05_ECON_SANCTION
pattern: 0832 obj=&V05_POLICY_CHANGE
example: 0833 | Zimbabwe abolished the death penalty in December.
example: 0832 | Sri Lanka abolished the fuel tax after the protests.

[verb v05-dismantle]
lemma: dismantle | decommission | dissolve
pattern: 0873 obj=&V05_ARMS
pattern: 0873 obj=militia|unit|wing|brigade|paramilitary|battalion
pattern: 0872 obj=checkpoint|roadblock|checkpost|barrier|wall|fence
pattern: 0834 obj=&V05_REGIME_ORGAN
example: 0873 | The IRA decommissioned its weapons under the Good Friday process.
example: 0872 | Israeli forces dismantled checkpoints around Ramallah in a goodwill gesture.
example: 0873 | Syria's new authorities dissolved the militias after the agreement.
example: 0834 | Sudan's leaders dissolved the transitional military council in 2019.
note: "dismantled a terror cell/network" is coercion and has no pattern.

[verb v05-relinquish]
lemma: relinquish | cede | quit | vacate
pattern: 0873 obj=&V05_ARMS prep=to
pattern: 0873 obj=&V05_ARMS
pattern: 0831 obj=&V05_POWER prep=to
pattern: 0831 obj=&V05_POWER
pattern: 0874 obj=&V05_TERRITORY prep=to
pattern: 0874 obj=&V05_TERRITORY
pattern: 082 obj=square|street|plaza|camp|roundabout|building
pattern: 080 obj=&V05_CLAIM
example: 0831 | Nepal's prime minister quit his post after the youth protests.
example: 0831 | The Malian junta leader relinquished the presidency to a civilian.
example: 0874 | The Houthis ceded control of the port to the coalition forces.
example: 082 | Protesters vacated the main square in Tbilisi after the agreement.
example: 080 | Venezuela's opposition relinquished its claim to the disputed seats.
note: Yielding power (0831), ground (0874), weapons (0873) or claims (080).

[verb v05-step]
lemma: step
pattern: 0831 prt=down
pattern: 0831 prt=aside
pattern: 062 prt=up obj=&V05_MIL_COOP
pattern: 061 prt=up obj=&V05_ECON_COOP
pattern: 064 prt=up obj=&V05_INTEL_SHARING
pattern: 073 prt=up obj=&V05_HUM_AID|&V05_RELIEF_OP
pattern: 060 prt=up obj=cooperation|co-operation|collaboration|coordination|partnership prep=with|on
pattern: 060 prt=up obj=cooperation|co-operation|collaboration|coordination|partnership target=none
example: 0831 | Japanese Prime Minister Shigeru Ishiba stepped down after the election losses.
example: 060 | Japan and the Philippines stepped up cooperation on maritime security in 2023.
example: 0831 | The Bolivian president stepped down in favour of his deputy.
example: 073 | Jordan stepped up food deliveries to Gaza on Sunday.
example: 062 | Japan stepped up defence cooperation with the Philippines in 2024.
note: "stepped up attacks/pressure" belongs to other roots; only cooperation and relief objects are here.

# --- 086 Allow international involvement ---

[verb v05-open]
lemma: open
pattern: 054 obj=&V05_MISSION_OFFICE prep=in
pattern: 054 obj=&V05_MISSION_OFFICE
pattern: 054 obj=&V05_RELATIONS prep=with
pattern: 0863 obj=&V05_CROSSING prep=for|to
pattern: 0863 obj=&V05_CROSSING
pattern: 073 obj=border prep=to
pattern: 061 obj=market|economy|sector prep=to
pattern: 061 obj=railway|railroad|rail_line|high-speed_railway|pipeline|gas_pipeline|oil_pipeline|bridge|power_line prep=to|with|between target=prep
pattern: 061 obj=railway|railroad|rail_line|high-speed_railway|pipeline|gas_pipeline|oil_pipeline target=none
example: 054 | The United Arab Emirates opened an embassy in Tel Aviv in 2021.
example: 0863 | Egypt opened the Rafah crossing for aid trucks on Saturday.
example: 073 | Poland opened its border to Ukrainian refugees on the first day of the war.
example: 061 | China opened its market to Argentine beef.
note: Opening a first embassy is recognition (054); reopening one is 050 (entry v05-reopen).
example: 061 | China and Laos opened a $6 billion railway linking Kunming with Vientiane on Friday.
note: Two states opening a railway or pipeline together cooperate economically (061, both ways); a bridge opened
note: alone is often a border crossing reopened (0863), so it needs the state it links to.

[verb v05-reopen]
lemma: reopen | re-open
pattern: 050 obj=&V05_MISSION_OFFICE prep=in
pattern: 050 obj=&V05_MISSION_OFFICE
pattern: 0863 obj=&V05_CROSSING prep=for|to
pattern: 0863 obj=&V05_CROSSING
pattern: 0872 obj=port|airport|airspace|road|highway
pattern: 0811 obj=&V05_MEDIA
pattern: 061 obj=market|economy prep=to|for
example: 050 | Britain reopened its embassy in Tehran in 2015.
example: 050 | Saudi Arabia reopened its embassy in Damascus after 12 years.
example: 0863 | Israel reopened the crossing for aid trucks.
example: 0811 | The Afghan authorities reopened two radio stations run by women.
example: 0872 | The Houthis reopened the main road into Taiz after nine years.

[verb v05-allow]
lemma: allow | permit | let
pattern: 0861 obj=&V05_PEACEKEEPER
pattern: 0862 obj=&V05_INSPECTOR
pattern: 086 obj=&V05_MONITOR
pattern: 0833 obj=* comp=return
pattern: 0812 obj=&V05_CANDIDATE comp=run|contest|stand|register|operate|compete|participate
pattern: 0833 comp=return
pattern: 0812 comp=run|contest
pattern: 0811 obj=protest|rally|demonstration|march|gathering|assembly|vigil
pattern: 0863 prt=in|through obj=&V05_HUM_ACCESS
pattern: 0863 obj=&V05_HUM_ACCESS prep=into|to|in|through
pattern: 0863 obj=&V05_HUM_ACCESS
pattern: 073 prt=in obj=&V05_DISPLACED
pattern: 073 obj=&V05_DISPLACED
pattern: 086 obj=access
example: 0862 | Iran allowed inspections at the Fordow plant after months of delay.
example: 0863 | Israel allowed aid trucks into northern Gaza through the Zikim crossing.
example: 0863 | Sudan's army permitted aid convoys through the Adre crossing.
example: 0863 | Ethiopia let food convoys into Tigray for the first time in months.
example: 0833 | Israel allowed displaced Palestinians to return to northern Gaza.
example: 0811 | Bangladesh's interim government permitted rallies by the opposition in Dhaka.
example: 0812 | The election commission allowed the opposition candidate to run in Uganda's presidential vote.
example: 0861 | The Haitian government allowed the Kenyan peacekeepers into Port-au-Prince.
example: 073 | Chad let Sudanese refugees in through the Adre crossing.
note: Reported access only; promises to allow access are 0355 and come from the coder's intent handling.

[verb v05-receive]
lemma: receive | admit
pattern: 0861 obj=&V05_PEACEKEEPER
pattern: 0862 obj=&V05_INSPECTOR
pattern: 086 obj=&V05_MONITOR
pattern: 0863 obj=&V05_AID_ACCESS_ACTOR
pattern: 073 obj=&V05_DISPLACED
pattern: 050 obj=credential
example: 0861 | South Sudan received Rwandan peacekeepers in Juba.
example: 0862 | North Korea admitted IAEA inspectors to Yongbyon in 2007.
example: 086 | Venezuela admitted U.N. human rights monitors in 2019.
example: 073 | Colombia received two million Venezuelan migrants.
example: 050 | King Charles received the credentials of the new Chinese ambassador.
note: The host of peacekeepers or inspectors is the source (0861, 0862), the sender the target.

[verb v05-take]
lemma: take
pattern: 073 prt=in obj=&V05_DISPLACED|&V05_EVACUEE
example: 073 | Poland took in more than 1.5 million Ukrainian refugees.
example: 073 | Germany took in Afghan evacuees from Kabul airport.
note: Only "take in"; "took civilians hostage" and "took control" are other roots.

[verb v05-facilitate]
lemma: facilitate | expedite
pattern: 0863 obj=&V05_HUM_ACCESS prep=to|into|for
pattern: 0863 obj=&V05_HUM_ACCESS
pattern: 0841 obj=&V05_SWAP
example: 0863 | Jordan facilitated the delivery of aid to Gaza through the land corridor.
example: 0863 | Turkey expedited the passage of aid convoys into northwest Syria.

[verb v05-ease]
lemma: ease | relax | loosen | lighten | lower | shorten
pattern: 087 obj=&V05_TENSION prep=with|between|on|along
pattern: 087 obj=&V05_TENSION
pattern: 087 obj=&V05_ALERT
pattern: 0813 obj=&V05_CURFEW prep=in
pattern: 0813 obj=&V05_CURFEW
pattern: 0814 obj=&V05_EMERGENCY
pattern: 0872 obj=&V05_BLOCKADE prep=on|of
pattern: 0872 obj=&V05_BLOCKADE
pattern: 0811 obj=&V05_FREEDOM_CURB
pattern: 085 obj=&V05_ECON_SANCTION prep=on|against|for
pattern: 085 obj=&V05_ECON_SANCTION
pattern: 081 obj=&V05_RESTRICTION prep=on|for
pattern: 081 obj=&V05_RESTRICTION
pattern: 080 obj=stance|position|demand|condition|opposition
example: 087 | China and India eased tensions on their border with a patrolling deal.
example: 0813 | The Kenyan government eased the curfew in Nairobi.
example: 0813 | Bangladesh's army shortened the curfew in Dhaka by four hours.
example: 0872 | Israel eased the blockade of Gaza to let in building materials.
example: 085 | Washington eased sanctions on Venezuela's oil sector.
example: 081 | Beijing eased restrictions on travel to Macau.
example: 0811 | The Ethiopian authorities eased the internet shutdown in Tigray.
example: 0814 | Sri Lanka's president relaxed the state of emergency in Colombo.
example: 085 | India lowered tariffs on Australian wine under the trade pact.
example: 087 | South Korea lowered its military alert level after the summit.

[verb v05-drop]
lemma: drop
pattern: 080 obj=&V05_CLAIM prep=to|against|on
pattern: 080 obj=&V05_CLAIM
pattern: 085 obj=&V05_ECON_SANCTION prep=on|against
pattern: 085 obj=&V05_ECON_SANCTION
pattern: 0813 obj=&V05_CURFEW
pattern: 081 obj=&V05_RESTRICTION
pattern: 0832 obj=&V05_POLICY_CHANGE
pattern: 073 obj=aid|&V05_HUM_AID prep=over|into|on
example: 080 | Turkey dropped its objection to Sweden's NATO membership.
example: 085 | Canada dropped tariffs on Chinese electric vehicles.
example: 0832 | The Peruvian government dropped the pension reform after the protests.
example: 073 | American planes dropped food over Gaza City.
note: "dropped bombs/leaflets/charges" have no pattern.

[verb v05-exempt]
lemma: exempt | delist
pattern: 085 obj=* prep=from
pattern: 085 obj=&V05_ECON_SANCTION
example: 085 | The United States exempted Hungary from sanctions on Russian oil.
example: 085 | The U.S. Treasury delisted the Syrian central bank from its sanctions list.
note: The list or penalty ("from sanctions") is not visible to the cues; "exempted X from military service" would also match.

[verb v05-waive]
lemma: waive
pattern: 071 obj=&V05_DEBT
pattern: 085 obj=&V05_ECON_SANCTION prep=on|for
pattern: 085 obj=&V05_ECON_SANCTION
pattern: 080 obj=&V05_CLAIM
pattern: 081 obj=visa|visa_requirement|visa_fee|entry_requirement prep=for target=prep
example: 071 | Japan waived Myanmar's debt in 2013.
example: 081 | China waived visas for citizens of France and Germany for stays of up to 15 days.
example: 085 | The United States waived tariffs on Ukrainian steel for a year.
example: 080 | Turkey waived its objection to the NATO plan for the Baltics.

[verb v05-withdraw]
lemma: withdraw | pull
pattern: 0874 obj=&V05_FORCES prep=from|out|of
pattern: 0874 prt=out|back obj=&V05_FORCES
pattern: 0874 prt=back !obj=* prep=from target=prep
pattern: 0874 !obj=* prep=from obj=town|city|village|territory|region|district|province|island|enclave|strip|border_town|border_area|crossing|airport|airfield|base|military_base|outpost|stronghold|position|frontline|front_line|capital|outskirts target=prep
pattern: 0874 obj=&V05_FORCES
pattern: 0832 obj=&V05_POLICY_CHANGE
pattern: 080 obj=&V05_CLAIM
example: 0874 | Russia withdrew its troops from the Kyiv region at the end of March.
example: 0874 | The United States pulled out its last troops from Afghanistan in August 2021.
example: 0874 | French soldiers were withdrawn from Niger by December.
example: 0832 | Kenya withdrew the finance bill after the protests.
example: 080 | Hungary withdrew its objection to the sanctions package.
note: Intransitive "withdrew from X" counts only with a place or a position after "from" (not a treaty, a race or talks).
example: 0874 | Russian troops pulled back from the outskirts of Kyiv at the end of March.
example: 0874 | Israeli troops withdrew from the southern Lebanese town of Khiam.

[verb v05-scale]
lemma: scale | draw | cut | wind
pattern: 0874 prt=down|back obj=&V05_FORCES prep=in|from
pattern: 0874 prt=down|back obj=&V05_FORCES
pattern: 087 prt=back|down obj=&V05_HOSTILITIES prep=around|near|in|against|on target=prep
pattern: 087 prt=back|down obj=&V05_HOSTILITIES
example: 087 | Israel scaled back its military operations in southern Lebanon.
example: 087 | Russia cut back its military activity around Kharkiv.
example: 0874 | The United States drew down its forces in Iraq to 2,500 troops.

[verb v05-deescalate]
lemma: de-escalate | deescalate | defuse | calm
pattern: 087 obj=&V05_TENSION prep=with|between|on|along|in
pattern: 087 obj=&V05_TENSION
pattern: 087 !obj=*
example: 087 | Belgrade calmed tensions with Pristina by pulling troops back from the border.
example: 087 | Serbia defused the standoff on the Kosovo border by withdrawing troops.

[verb v05-declare]
lemma: declare | announce | proclaim
pattern: 0871 obj=&V05_TRUCE prep=in|with|for
pattern: 0871 obj=&V05_TRUCE
pattern: 0841 obj=amnesty|pardon prep=for
pattern: 0841 obj=amnesty|pardon
example: 0871 | The ELN declared a unilateral ceasefire for the Colombian presidential election.
example: 0871 | Russia announced a 30-hour Easter truce in Ukraine.
example: 0841 | The Burkinabe junta declared an amnesty for the jailed soldiers.
note: Declared ceasefires count even when they fail (codebook).

[verb v05-observe]
lemma: observe | uphold | maintain
pattern: 0871 obj=&V05_TRUCE
example: 0871 | Thailand and Cambodia observed the ceasefire along their border on Tuesday.
example: 0871 | The Yemeni parties maintained the truce through the holy month.
note: Observing a truce is coded as its declaration (0871) by the codebook.

[verb v05-respect]
lemma: respect
pattern: 0871 obj=&V05_TRUCE
pattern: 0833 obj=&V05_RIGHTS
example: 0871 | Armenia and Azerbaijan respected the truce in Nagorno-Karabakh for a week.
example: 0833 | The Sri Lankan government respected the land rights of the Tamil farmers.

[verb v05-lay]
lemma: lay | put
pattern: 0873 prt=down obj=&V05_ARMS prep=to|before
pattern: 0873 prt=down obj=&V05_ARMS
pattern: 0873 prt=away obj=&V05_ARMS
example: 0873 | The Kurdistan Workers' Party laid down its arms in a ceremony near Sulaimaniyah.
example: 0873 | Thousands of Boko Haram fighters laid down their weapons in Borno.

[verb v05-demobilize]
lemma: demobilize | demobilise | disband | disarm
pattern: 0873
example: 0873 | Colombia's FARC rebels disarmed under U.N. supervision in 2017.
example: 0873 | The Iraqi government disbanded the militia after the agreement.
example: 0873 | Armenia demobilised its reservists after the war.
note: Demobilising or disarming (own or a defeated party's forces) is 0873; intransitive "the rebels disarmed" too.

[verb v05-discharge]
lemma: discharge
pattern: 0873 obj=soldier|conscript|reservist|troop|fighter|combatant|serviceman|recruit|militiaman
example: 0873 | Russia discharged the reservists mobilised in 2022.
example: 0873 | South Sudan discharged child soldiers from its army under a U.N. programme.
note: Hospitals discharging patients and plants discharging water stay out.

[verb v05-demilitarize]
lemma: demilitarize | demilitarise | denuclearize | denuclearise
pattern: 0873
example: 0873 | The two Koreas demilitarized the Joint Security Area in 2018.
example: 0873 | Kazakhstan denuclearized after the Soviet collapse.

[verb v05-kick]
lemma: kick
pattern: 062 prt=off obj=&V05_JOINT_EXERCISE
pattern: 0874 prt=off obj=withdrawal|pullout|pull-out|drawdown
pattern: 150 prt=off obj=&V14_EXERCISE target=none
example: 062 | Kenyan and Tanzanian troops kicked off joint border drills near Namanga on Monday.
example: 150 | Japan kicked off large-scale naval exercises near Okinawa on Monday.
example: 062 | Chile, Peru and Ecuador kicked off their first three-way naval exercise off Valparaiso.
note: "kick off" is news English for "begin"; as "begin" (v05-complete), the joint exercise or withdrawal is the act.

[verb v05-complete]
lemma: complete | begin | start | finish | accelerate | speed | launch
pattern: 0874 obj=withdrawal|pullout|pull-out|drawdown|retreat prep=from|of
pattern: 0874 obj=withdrawal|pullout|pull-out|drawdown|retreat
pattern: 0874 prt=up obj=withdrawal|pullout|drawdown
pattern: 0841 obj=&V05_SWAP
pattern: 073 obj=&V05_RELIEF_OP
pattern: 063 obj=&V05_JOINT_PROBE
pattern: 062 obj=&V05_JOINT_EXERCISE
example: 0874 | Russian troops completed their withdrawal from the Kyiv region in early April.
example: 0874 | Washington accelerated the pullout of its troops from Niger.
example: 0841 | Russia and Ukraine completed a large prisoner exchange on Sunday.
example: 073 | Britain began an evacuation of its nationals from Lebanon.
note: Starting or completing a withdrawal is the reported act (0874); announced withdrawals are intent.

[verb v05-resign]
lemma: resign | abdicate
pattern: 0831
example: 0831 | Bangladeshi Prime Minister Sheikh Hasina resigned and fled to India.
example: 0831 | Lebanese Prime Minister Saad Hariri resigned after two weeks of protests.
note: Resignation under pressure is yielding power (0831); routine resignations of minor staff also match.

[verb v05-surrender]
lemma: surrender | capitulate
pattern: 063 obj=suspect|fugitive|accused|banker|businessman prep=to
pattern: 0873 obj=&V05_ARMS prep=to
pattern: 0873 obj=&V05_ARMS
pattern: 0831 obj=&V05_POWER
pattern: 0874 obj=&V05_TERRITORY prep=to
pattern: 0874 obj=&V05_TERRITORY
pattern: 0874 prep=to
pattern: 0874 !obj=*
example: 0874 | Hundreds of Islamic State fighters surrendered to the Syrian Democratic Forces in Baghouz.
example: 0873 | The rebel commanders surrendered their weapons to the Ethiopian army.
example: 063 | Switzerland surrendered the fugitive to the Malaysian authorities.
example: 0874 | Ukrainian defenders of the Azovstal plant surrendered in May 2022.

[verb v05-retreat]
lemma: retreat
pattern: 0874 prep=from|to|across|behind|into|toward|towards
pattern: 0874 !obj=*
example: 0874 | Russian forces retreated from the west bank of the Dnipro in November.
example: 0874 | The Sudanese army retreated to the outskirts of El Fasher.


[verb v05-disengage]
lemma: disengage
pattern: 0874 prep=from
pattern: 0874 obj=&V05_FORCES prep=from
pattern: 087 !obj=*
example: 0874 | Indian and Chinese troops disengaged from the Gogra-Hot Springs area in 2022.
example: 087 | The two armies disengaged after the ceasefire in Karabakh.
note: Pulling back from a contact line is a retreat (0874) when the area is named.

[verb v05-backtrack]
lemma: backtrack | backpedal | u-turn | flip-flop
pattern: 0832 prep=on|over
pattern: 0832
example: 0832 | The Nigerian government backtracked on fuel price increases after the strike threat.
example: 0832 | The Indian government backpedalled on the farm laws after a year of protests.

[verb v05-leave]
lemma: leave
pattern: 0831 obj=office|power|presidency|premiership|post|throne
example: 0831 | Sri Lanka's president left office after the storming of his residence.
example: 0831 | The Peruvian president left power after Congress removed him.

[verb v05-abandon]
lemma: abandon
pattern: 0874 obj=position|base|outpost|stronghold|garrison|trench|front|frontline
pattern: 082 obj=&V05_PROTEST
pattern: 0832 obj=&V05_POLICY_CHANGE
pattern: 080 obj=&V05_CLAIM
example: 0874 | Ukrainian troops abandoned their positions in Avdiivka.
example: 0874 | Russian forces abandoned their positions around Lyman in October.
example: 082 | Bangladeshi garment workers abandoned their strike after the wage rise.
note: Abandoning positions is a retreat (0874); abandoning a strike, a policy or a claim is a yield.

[verb v05-wind]
lemma: wind
pattern: 087 prt=down obj=&V05_HOSTILITIES
pattern: 0874 prt=down obj=mission|presence|deployment|operation
example: 087 | The Saudi-led coalition wound down its air campaign in Yemen.
example: 0874 | The U.N. wound down its peacekeeping mission in Mali.


[verb v06-build-jointly]
lemma: build | construct
pattern: 061 obj=bridge|road|railway|railroad|pipeline|highway|corridor|port|canal|dam|tunnel|link
example: 061 | China and Laos built a railway linking Kunming with Vientiane.
example: 061 | Russia and North Korea constructed a road bridge across the Tumen River.
note: A construction project of two countries together is economic cooperation; with a single builder there is no
note: target and the coder codes nothing (roots 04-08 need one, or two coordinated subjects).

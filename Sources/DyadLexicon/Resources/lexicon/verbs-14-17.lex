# Dyad CAMEO verb lexicon, roots 14-17: protest (14), exhibit force posture (15), reduce relations (16),
# coerce (17). Written for Dyad from the CAMEO 1.1b3 codebook definitions; format in docs/lexicon-format.md,
# section "Verb patterns". Synsets of this file carry the prefix V14_; verb ids carry the prefix v14- so that they
# never clash with entries of the same lemma in other verbs-*.lex files.
#
# Conventions of this file:
# - Verbs shared with other roots (hold, stage, launch, call, cut, end, suspend, withdraw, send, deploy, fire, use,
#   ...) carry only object-restricted patterns here, so that "held talks", "launched strikes on", "fired the coach",
#   "deployed peacekeepers" stay with other files or with nobody.
# - The demand-specific protest codes (1411-1414, 1431-1434, 1451-1454) need a cue that names the demand: the object
#   of a transitive "protest"/"boycott" ("protested the election results", "boycotted the referendum"), the object
#   of against/over/for after an intransitive protest verb ("demonstrated for independence", "rioted over the
#   arrest of", "walked out over pay"; the coder reads obj= on that noun when the verb has no direct object), or a
#   protest noun that carries its demand ("pro-democracy rally", "anti-austerity protest"). Without such a cue the
#   three-digit code is the right one. Purpose clauses ("rallied to oust X") parse as advcl, which comp= does not
#   see; the comp= patterns only fire when the parser gives xcomp.
# - Targets: the coder takes the first pattern whose cues hold and drops the event when its target is not an actor
#   (roots 14-17 need a target unless the pattern says target=none). So patterns whose object is a thing (roads,
#   curfews, drills, sanctions packages, websites) say target=none, and patterns that take a target from the object
#   or a preposition are kept to nouns that are usually actors (diplomats, protesters, "sanctions on/against X",
#   "aid to X", "ties with X", "the homes/assets/websites of X"). Force-posture events (15x) carry no target except
#   "against X": "near the border", "in the Caribbean" are places, not actors.
# - 173: an arrest needs its agent ("police arrested X", "X was arrested by police"); "X was arrested" has no source
#   and is left uncoded by the coder. Charges and lawsuits are 115 (another file), not 173.
# - Three patterns carry codes outside 14-17 on purpose, as guards: "protested to [a government]" is an official
#   complaint (114), "imposed a blockade/siege" is 191, "hacked to death" is 1823.

# ---------------------------------------------------------------------------------------------------------------
# Word sets: protest
# ---------------------------------------------------------------------------------------------------------------

[synset V14_PROTEST]
word: protest | demonstration | march | sit-in | sit in | picket | protest rally | protest march | street protest
word: mass protest | mass demonstration | counter-protest | counterprotest | counter-demonstration
word: anti-government protest | anti-government demonstration | anti-government rally | opposition protest
word: student protest | human chain | silent march | protest vigil | tractor protest | tractor march
word: government protest | government demonstration | government rally

[synset V14_RALLY]
word: rally | mass rally | street rally | protest rally

[synset V14_PROTEST_LEADERSHIP]
word: post-election protest | post-election demonstration | post-election rally | election protest
word: election fraud protest | anti-fraud protest | vote-rigging protest | pro-impeachment rally
word: pro-impeachment protest | impeachment rally | impeachment protest | resignation protest
word: election demonstration | election rally | fraud protest

[synset V14_PROTEST_POLICY]
word: anti-war protest | anti-war rally | anti-war march | anti-war demonstration | pension protest
word: pension reform protest | fuel protest | fuel price protest | price protest | tax protest | anti-tax protest
word: anti-austerity protest | anti-austerity march | austerity protest | climate protest | climate march
word: anti-lockdown protest | lockdown protest | anti-vaccine protest | anti-mandate protest | anti-nuclear protest
word: anti-mining protest | anti-dam protest | anti-coal protest | anti-immigration protest | anti-migrant protest
word: anti-tourism protest | anti-gas protest | pro-palestinian protest | pro-palestinian rally | pro-palestinian march
word: pro-palestine protest | ceasefire protest | ceasefire rally | anti-nato protest | anti-base protest
word: pay protest | wage protest | anti-privatisation protest | anti-privatization protest | anti-corruption protest
word: anti-corruption rally | cost-of-living protest | farm protest | anti-tariff protest
word: war protest | war rally | war march | war demonstration | austerity march | vaccine protest
word: mandate protest | nuclear protest | mining protest | dam protest | coal protest | immigration protest
word: migrant protest | tourism protest | gas protest | palestinian protest | palestinian rally
word: palestinian march | palestine protest | nato protest | base protest | privatisation protest
word: privatization protest | corruption protest | corruption rally | tariff protest

[synset V14_PROTEST_RIGHTS]
word: rights protest | civil rights march | civil rights protest | human rights protest | human rights rally
word: pride march | pride parade | gay pride march | lgbt rights march | lgbtq rights rally | abortion rights rally
word: abortion-rights rally | abortion rights protest | abortion-rights protest | pro-choice rally | pro-choice protest
word: anti-racism protest | anti-racism march | anti-racism rally | anti-racist protest | black lives matter protest
word: black lives matter rally | anti-discrimination protest | free speech rally | free-speech rally
word: press freedom protest | press freedom rally | land rights protest | indigenous rights protest
word: minority rights protest | labour rights protest | labor rights protests protest
word: anti-femicide protest | anti-femicide march | police brutality protest | anti-police brutality protest
word: disability rights protest | refugee rights protest | anti-hijab protest
word: choice rally | choice protest | racism protest | racism march | racism rally | racist protest
word: discrimination protest | femicide protest | femicide march | hijab protest

[synset V14_PROTEST_REGIME]
word: pro-democracy protest | pro-democracy rally | pro-democracy march | pro-democracy demonstration
word: democracy protest | democracy rally | independence rally | independence march | independence protest
word: independence demonstration | pro-independence rally | pro-independence march | pro-independence protest
word: anti-coup protest | anti-coup rally | anti-coup march | anti-junta protest | anti-junta rally
word: anti-regime protest | anti-regime rally | anti-monarchy protest | anti-monarchy rally | autonomy protest
word: autonomy rally | secession rally | statehood protest | statehood rally | anti-annexation protest
word: judicial overhaul protest | anti-overhaul protest | anti-overhaul rally | anti-occupation protest
word: democracy march | democracy demonstration | coup protest | coup rally | coup march | junta protest
word: junta rally | regime protest | regime rally | monarchy protest | monarchy rally | annexation protest
word: overhaul protest | overhaul rally | occupation protest

[synset V14_LEADERSHIP_ISSUE]
word: election | election result | result | outcome | election outcome | re-election | reelection | vote count
word: count | recount | rigging | vote rigging | vote-rigging | fraud | election fraud | electoral fraud
word: vote fraud | victory | win | inauguration | swearing-in | appointment | nomination | postponement | delay
word: poll | presidency | third term | term extension | power-sharing deal | tenure

[synset V14_REGIME_ISSUE]
word: coup | military coup | junta | military takeover | takeover | annexation | occupation | military rule
word: regime | constitution | new constitution | constitutional change | constitutional amendment
word: constitutional reform | amendment | referendum | judicial overhaul | judicial reform | dissolution
word: suspension | monarchy | dictatorship | martial law | state of emergency | emergency rule | power grab
word: chinese rule | indian rule | colonial rule | foreign rule | french rule | moroccan rule | israeli rule | russian rule

[synset V14_RIGHTS_ISSUE]
word: arrest | detention | jailing | imprisonment | sentence | sentencing | conviction | verdict | acquittal
word: killing | death | shooting | murder | execution | abduction | kidnapping | disappearance
word: enforced disappearance | torture | abuse | rights abuse | human rights abuse | violation | rights violation
word: discrimination | persecution | treatment | mistreatment | crackdown | repression | censorship | ban
word: headscarf ban | harassment | brutality | police brutality | violence | police violence | exclusion
word: expulsion | eviction | deportation | femicide | racism | hijab law | headscarf law | veil law

[synset V14_POLICY_ISSUE]
word: law | bill | legislation | reform | pension reform | labour reform | labor reform | policy | tax | tax hike
word: tax increase | price | price hike | price rise | price increase | fuel price | fuel price hike | hike
word: increase | cut | budget cut | spending cut | subsidy cut | austerity | austerity measure | measure | decision
word: plan | project | pipeline | dam | mine | mining project | deal | agreement | trade deal | free trade agreement
word: treaty | war | offensive | invasion | military operation | deployment | fee | tuition fee | tuition | wage
word: pay | salary | privatisation | privatization | closure | layoff | job cut | demolition | quota | quota system
word: mandate | vaccine mandate | lockdown | restriction | regulation | tariff | ruling | budget | finance bill
word: cost of living | shortage | power cut | blackout | corruption | handling | response | immigration policy
word: asylum policy | migration pact | proposal | programme | program | scheme | construction | military base

[synset V14_OUST]
word: oust | topple | unseat | depose | impeach | remove

[synset V14_REPEAL]
word: scrap | repeal | rescind | reverse | overturn | shelve

[synset V14_PROTEST_PURPOSE]
word: demand | protest | denounce | condemn | oppose | decry | reject | press | call | urge | demonstrate
word: challenge | resist | vent

[synset V14_DEMAND_LEADERSHIP]
word: resignation | ouster | removal | new election | fresh election | early election | snap election | recount
word: impeachment | new vote | fresh vote | rerun | election rerun

[synset V14_DEMAND_REGIME]
word: independence | democracy | autonomy | self-determination | self-rule | statehood | secession | federalism
word: republic | regime change | democratic reform | return to civilian rule | civilian rule | restoration of democracy
word: democratic transition | new constitution

[synset V14_DEMAND_RIGHTS]
word: right | civil right | human right | equal right | land right | abortion right | gay right
word: lgbt right | lgbtq right | minority right | indigenous right | freedom | press freedom
word: free speech | religious freedom | release | justice | equality | dignity | civil liberty

[synset V14_DEMAND_POLICY]
word: reform | higher wage | wage | pay | pay rise | better pay | pay increase | pension | pension increase
word: climate action | ceasefire | peace | end to the war | lower price | subsidy | job | tax cut | policy change
word: debt relief | land reform | better condition | working condition | salary | salary increase

[synset V14_PROTEST_SITE]
word: embassy | consulate | parliament | ministry | court | supreme court | palace | presidential palace | city hall
word: legislature | congress | senate | police station | mission | assembly | national assembly | presidency
word: white house | kremlin | downing street | electoral commission | election commission | knesset | bundestag
word: duma | sejm | majlis | rada | verkhovna rada | national congress

[synset V14_HUNGER_STRIKE]
word: hunger strike | hunger-strike | indefinite hunger strike | relay hunger strike | hunger fast | fast unto death
word: fast-unto-death | indefinite fast | dry hunger strike

[synset V14_STRIKE_SAFE]
word: general strike | nationwide strike | national strike | indefinite strike | open-ended strike | labour strike
word: labor strike | strike action | industrial action | work stoppage | stoppage | walkout | walk-out | go-slow
word: work-to-rule | sit-down strike | wildcat strike | warning strike | token strike | solidarity strike
word: sympathy strike | rent strike | transport strike | general shutdown | hartal | bandh | one-day strike
word: 24-hour strike | 48-hour strike | two-day strike | three-day strike | non-cooperation movement
word: non-cooperation campaign
word: cooperation movement | cooperation campaign

[synset V14_STRIKE_POLICY]
word: pension strike | climate strike | school strike | school strike for climate | fuel strike | tax strike
word: anti-austerity strike | anti-reform strike
word: austerity strike | reform strike

[synset V14_ELECTION]
word: election | poll | runoff | run-off | ballot | presidential election | parliamentary election
word: general election | legislative election | local election | municipal election | regional election
word: by-election | snap election | early election | rerun | presidential runoff | second round | first round
word: electoral process | election rerun

[synset V14_BLOCKADE_NOUN]
word: blockade | road blockade | roadblock | road block | barricade | human barricade | blockage

[synset V14_ROUTE]
word: road | main road | highway | motorway | freeway | expressway | street | avenue | boulevard | bridge | tunnel
word: transport | traffic | road traffic | access road | supply route | transport link
word: junction | intersection | roundabout | railway | railway line | rail line | rail track | track | train line
word: border crossing | crossing | border post | checkpoint | port | harbour | harbor | terminal | oil terminal
word: runway | access road | entrance | exit | gate | traffic | route | supply route | trade route
word: ring road | thoroughfare | mountain pass | canal | waterway | depot | fuel depot | refinery | airport road

[synset V14_SITE]
word: parliament | parliament building | legislature | congress | capitol | senate | palace | presidential palace
word: ministry | government building | government office | government headquarters | city hall | town hall
word: headquarters | headquarter | office | embassy | consulate | campus | university | college | school | faculty
word: square | plaza | main square | factory
word: courthouse | court | building | state house | hall
word: lecture hall | library | television station | tv station | administration building

[synset V14_STORM_SITE]
word: parliament | parliament building | legislature | congress | capitol | senate | national assembly | assembly
word: palace | presidential palace | embassy | consulate | ministry | government building | government headquarters
word: city hall | town hall | state house | police station | courthouse | electoral commission | election commission
word: party headquarters | party office | presidential residence

[synset V14_MISSILE_RIOT]
word: stone | rock | brick | bottle | petrol bomb | molotov cocktail | molotov | firebomb | fire bomb | firecracker
word: firework | flare | projectile | object | paving stone | cobblestone | chair | glass bottle

# ---------------------------------------------------------------------------------------------------------------
# Word sets: force posture
# ---------------------------------------------------------------------------------------------------------------

[synset V14_TROOPS]
word: troop | soldier | force | army | military | unit | battalion | brigade | division | regiment | corps | marine
word: paratrooper | special force | commando | reservist | reinforcement | military reinforcement | national guard
word: guardsman | national guardsman | infantry | armoured unit | armored unit | tank unit | warship | destroyer
word: frigate | corvette | cruiser | aircraft carrier | carrier | carrier strike group | strike group | submarine
word: naval vessel | navy ship | gunboat | bomber | strategic bomber | fighter jet | warplane | military aircraft
word: fighter | attack helicopter | military helicopter | military personnel | serviceman | servicemember
word: service member | armed force | ground force | ground troop | combat troop | combat unit | battlegroup

[synset V14_WEAPON]
word: missile | ballistic missile | cruise missile | hypersonic missile | intercontinental ballistic missile | icbm
word: short-range missile | short-range ballistic missile | medium-range missile | intermediate-range missile
word: nuclear missile | rocket | multiple rocket launcher | missile launcher | launcher | missile system
word: air defence system | air defense system | air defence | air defense | s-400 | iskander | tank
word: armoured vehicle | armored vehicle | artillery | howitzer | nuclear weapon | tactical nuclear weapon
word: nuclear warhead | warhead | nuclear device | hydrogen bomb | bomb | weapon | weapon system | weapon system
word: torpedo | nuclear-capable missile | underwater drone | hypersonic glide vehicle | rocket engine | solid-fuel missile

[synset V14_POLICE_FORCE]
word: police | police officer | policeman | officer | riot police | anti-riot police | riot squad | gendarme
word: gendarmerie | paramilitary police | paramilitary | security force | security personnel | police reinforcement
word: police unit | special police | water cannon | armoured police vehicle | police patrol | patrol
word: police presence | security presence | police checkpoint | checkpoint | law enforcement officer
word: law enforcement | national police | federal police | military police | riot control unit

[synset V14_CYBER_FORCE]
word: hacker | cyber unit | cyber force | cyber army | cyber command | cyber warrior | cyber soldier | cyber troop
word: cyber brigade | cyber team | hacking unit | hacker unit | cyber capability | cyber capacity | cyber operative
word: cyber operator | cyber-warfare unit | cyberwarfare unit | cyber warfare unit | offensive cyber capability
word: hacking team | cyber-army | cyber corps | cyber squad | information warfare unit | warfare unit

[synset V14_EXERCISE]
word: drill | military drill | exercise | military exercise | naval exercise | naval drill | air drill | air exercise
word: live-fire drill | live-fire exercise | war game | wargame | manoeuvre | maneuver | military manoeuvre
word: military maneuver | large-scale exercise | large-scale drill | encirclement drill | blockade drill
word: show of force | missile test | missile launch | test launch | test-firing | test firing | weapon test
word: nuclear test | nuclear drill | nuclear exercise | nuclear weapon drill | snap exercise | snap drill
word: combat drill | combat readiness drill | readiness check | air patrol | naval patrol | bomber patrol
word: joint patrol | joint air patrol | joint naval patrol | military patrol
word: freedom of navigation operation | freedom-of-navigation operation | strategic bomber flight

[synset V14_ALERT_MILITARY]
word: combat readiness | readiness | readiness level | military alert | combat alert | alert status | defcon
word: military alert level | state of readiness | combat alert status | war readiness

[synset V14_ALERT_POLICE]
word: terror alert | terrorism alert | terror threat level | terrorism threat level | threat level | terror alert level
word: security alert | security alert level | security level | police alert | national threat level | terror alert status

[synset V14_SECURITY]
word: security | security measure | security presence | security cordon | security check | security patrol
word: security deployment | surveillance | vigilance | border security | security operation

# ---------------------------------------------------------------------------------------------------------------
# Word sets: reduce relations
# ---------------------------------------------------------------------------------------------------------------

[synset V14_NEGOTIATION]
word: talk | negotiation | peace talk | peace negotiation | ceasefire talk | ceasefire negotiation | truce talk
word: nuclear talk | trade talk | trade negotiation | dialogue | national dialogue | peace dialogue | discussion
word: consultation | negotiating round | round of talk | round | peace process | negotiation process
word: negotiating process | negotiating table | direct talk | indirect talk | proximity talk | hostage talk
word: hostage negotiation | accession talk | accession negotiation | membership talk | strategic dialogue

[synset V14_MEETING]
word: meeting | summit | visit | trip | state visit | official visit | planned visit | tour | conference
word: ministerial meeting | bilateral meeting | summit meeting | reception | ceremony | inauguration | swearing-in
word: swearing-in ceremony | olympics | olympic games | winter olympics | games | world cup | forum | state dinner
word: parade | military parade | victory day parade | commemoration | celebration | anniversary celebration

[synset V14_MEDIATION]
word: mediation | mediation effort | mediation role | mediating role | mediator role | mediation bid
word: mediation mission | mediation initiative | mediation process | good offices | facilitation | facilitation role
word: shuttle diplomacy

[synset V14_DIPLO_TIE]
word: diplomatic tie | diplomatic relation | diplomatic relationship | tie | relation | relationship
word: diplomatic contact | contact | diplomatic link | consular relation | consular tie | consular service
word: diplomatic presence | diplomatic mission | diplomatic representation | representation | embassy | consulate
word: embassy operation | diplomatic activity

[synset V14_DIPLOMAT_EXTRA]
word: diplomatic staff | diplomat | military attache | defence attache | defense attache | consul general
word: consul-general | chargé d'affaires | ambassador | high commissioner | nuncio | embassy employee
word: embassy official | consular official | consular staff | diplomatic personnel | emissary | embassy personnel
word: intelligence officer | military intelligence officer | spy | official | senior official
word: military adviser | military advisor | staff | staffer | staff member | mission staff

[synset V14_TRADE]
word: trade | trade tie | trade relation | economic tie | economic relation | commercial tie | trade link | import
word: export | shipment | commerce | gas supply | gas delivery | gas flow | gas export
word: gas import | oil supply | oil export | oil import | oil shipment | oil sale | crude export | grain export
word: grain import | fuel supply | fuel shipment | fuel delivery | electricity supply | electricity | power supply
word: power | water supply | energy supply | energy export | coal export | coal import | steel import
word: rare earth export | chip export | technology export | seafood import | wine import | beef import

[synset V14_LINKS]
word: flight | direct flight | air link | air service | air traffic | rail link | rail service | train service
word: ferry service | ferry link | bus service | road link | shipping link | postal service | mail service
word: visa service | visa issuance | visa processing | visa-free travel | visa-free regime | visa waiver
word: tourist visa | student exchange | cultural exchange | academic exchange | sporting contact | sporting tie
word: exchange program | exchange programme

[synset V14_COOPERATION]
word: cooperation | co-operation | partnership | military cooperation | security cooperation | defence cooperation
word: defense cooperation | nuclear cooperation | energy cooperation | economic cooperation
word: development cooperation | cooperation agreement | joint project | participation | membership
word: observer status | engagement | collaboration | military contact | military-to-military contact | hotline
word: communication channel | military communication | military hotline | strategic partnership

[synset V14_TREATY]
word: treaty | agreement | accord | pact | deal | memorandum | protocol | convention | charter | compact
word: arm control treaty | nuclear deal | grain deal | peace deal | military agreement | defence pact | defense pact
word: cooperation agreement | free trade agreement | trade agreement | framework | non-aggression pact
word: military pact | friendship treaty | peace treaty | peace agreement | ceasefire agreement

[synset V14_BLOC]
word: bloc | alliance | organisation | organization | union | commonwealth | council | grouping | coalition
word: ecowas | opec | opec+ | unesco | icc | international criminal court | csto | oas | unhrc
word: human rights council | council of europe | francophonie | arab league | african union
word: regional bloc | military alliance | trade bloc | customs union | economic community

[synset V14_ECON_AID]
word: economic aid | economic assistance | financial aid | financial assistance | budget support | budgetary support
word: development aid | development assistance | development funding | loan | loan programme | loan program
word: credit | credit line | line of credit | grant | bailout | tranche | disbursement | debt relief | lending
word: financing | financial support | economic support | tax revenue | clearance revenue | revenue transfer
word: budget aid | infrastructure aid | development finance | budget funding

[synset V14_MUNITION]
word: bomb | munition | ammunition | weapon | arm | shell | missile | artillery shell | interceptor

[synset V14_MIL_AID]
word: military aid | military assistance | security assistance | security aid | military support | military funding
word: military financing | foreign military financing | arm supply | arm delivery | arm shipment
word: weapon delivery | weapon shipment | weapon supply | arm sale | arm export | weapon sale | weapon export
word: ammunition supply | ammunition delivery | intelligence sharing | intelligence-sharing | military training
word: defence aid | defense aid | lethal aid | military equipment | weapon transfer | arm transfer
word: military cooperation programme | weapon package | arm package | military package | weapon | arm
word: ammunition | munition | air defence | air defense | air defence system | air defense system

[synset V14_HUM_AID]
word: humanitarian aid | humanitarian assistance | humanitarian supply | humanitarian operation | humanitarian work
word: humanitarian activity | food aid | food assistance | food | food supply | food delivery | food distribution
word: food ration | ration | relief | relief aid | relief supply | relief operation | relief work | aid delivery
word: aid distribution | aid convoy | aid shipment | aid flight | aid operation | medical aid | medical supply
word: emergency aid | emergency assistance | refugee aid | cash assistance | cash transfer | nutrition programme
word: nutrition program | humanitarian funding | humanitarian programme

[synset V14_AID_GENERIC]
word: aid | assistance | foreign aid | funding | fund | financial contribution | contribution | donation | help
word: aid package | assistance package | aid program | aid programme | aid budget | overseas aid

[synset V14_PEACEKEEPER]
word: peacekeeper | peacekeeping force | peacekeeping troop | peacekeeping contingent | peacekeeping mission
word: peacekeeping operation | blue helmet | un peacekeeper | stabilisation force | stabilization force
word: stabilisation mission | stabilization mission | monusco | minusma | unifil | minusca | unmiss | unamid
word: atmis | amisom | samidrc | kfor | eufor | regional force | ecowas force | ecomig | sadc force | sadc mission

[synset V14_INSPECTOR]
word: inspector | nuclear inspector | weapon inspector | iaea inspector | un inspector | observer
word: election observer | military observer | ceasefire observer | monitor | ceasefire monitor | election monitor
word: human rights monitor | monitoring mission | observer mission | monitoring team | inspection team
word: verification team | verification mission | fact-finding mission | investigator | un investigator
word: rapporteur | special rapporteur | surveillance camera | monitoring camera | monitoring equipment

[synset V14_AID_AGENCY]
word: aid agency | aid group | aid organisation | aid organization | aid worker | aid staff | humanitarian worker
word: humanitarian staff | humanitarian agency | humanitarian organisation | humanitarian organization
word: humanitarian group | relief agency | relief worker | relief group | relief organisation | relief organization
word: charity | ngo | non-governmental organisation | non-governmental organization | ngo worker
word: international ngo | foreign ngo | un agency | un aid agency | msf | unhcr | unrwa | unicef | wfp | icrc
word: oxfam | red cross | humanitarian mission | aid mission | relief mission

[synset V14_MISSION]
word: mission | un mission | political mission | office | un office | human rights office | team | presence
word: field office | country office | liaison office

# ---------------------------------------------------------------------------------------------------------------
# Word sets: coerce
# ---------------------------------------------------------------------------------------------------------------

[synset V14_DEPORTEE]
word: journalist | correspondent | reporter | foreign journalist | foreign correspondent | foreigner
word: foreign national | national | citizen | migrant | refugee | asylum seeker | asylum-seeker | immigrant
word: illegal immigrant | undocumented migrant | undocumented immigrant | migrant worker | foreign worker
word: missionary | priest | nun | activist | foreign student | tourist | academic | researcher | cleric | imam
word: preacher | fugitive | businessman | executive | deportee | rohingya | uyghur | dissident | exile

[synset V14_DETAINEE]
word: activist | dissident | protester | protestor | demonstrator | journalist | reporter | opponent | critic
word: suspect | opposition figure | opposition leader | opposition supporter | opposition member
word: opposition activist | member | student | lawyer | blogger | rights defender | human rights defender
word: cleric | imam | militant | migrant | politician | lawmaker | supporter | trade unionist | unionist | leader
word: rioter | striker | worker | editor | writer

[synset V14_PROTESTER]
word: protester | protestor | demonstrator | crowd | marcher | rioter | student | activist | mourner | supporter
word: opposition supporter | striker | striking worker | farmer | picketer | dissident | teacher | doctor | nurse
word: journalist | youth | monk | pensioner | worshipper | anti-government protester | student protester
word: pro-democracy activist | climate activist | pro-palestinian protester | pro-palestinian demonstrator

[synset V14_PROTEST_EVENT]
word: protest | demonstration | rally | march | gathering | public gathering | sit-in | sit in | vigil
word: protest camp | encampment | camp | assembly | picket | picket line | strike | riot | unrest | uprising
word: revolt | rebellion | opposition rally | student protest | street protest | mass protest | pride march
word: pride parade | procession | commemoration | protest march | protest rally

[synset V14_RIOT_MUNITION]
word: tear gas | teargas | tear-gas | tear gas canister | tear gas shell | rubber bullet | rubber-coated bullet
word: plastic bullet | pellet | water cannon | stun grenade | flash-bang | flashbang | sound grenade
word: pepper spray | pepper ball | baton
word: sound cannon | acoustic weapon | excessive force | lethal force | disproportionate force | tear smoke

[synset V14_FREEDOM]
word: freedom | freedom of speech | freedom of expression | freedom of assembly | freedom of association
word: free speech | speech | expression | press freedom | media freedom | press | media | medium | independent media
word: independent medium
word: assembly | right | civil right | political right | human right | civil liberty | liberty
word: dissent | political activity | opposition activity | protest | demonstration | gathering | internet
word: internet access | access to the internet | social media | information | reporting | coverage
word: civil society | ngo | religious freedom | worship | public gathering | academic freedom

[synset V14_MEDIA_OUTLET]
word: newspaper | daily | magazine | broadcaster | channel | tv channel | television channel | news channel
word: satellite channel | tv station | television station | radio station | news agency | outlet | news outlet
word: media outlet | media | medium | publication | news website | news site | news portal | independent newspaper
word: independent medium
word: opposition newspaper | independent media | independent broadcaster | bbc | rfi | france 24 | voice of america
word: radio free europe | cnn | dw | al jazeera

[synset V14_MEDIA_TECH]
word: website | web site | blog | social media | social network | social media platform | platform | messaging app
word: app | vpn | internet | mobile internet | internet access | internet service | telegram | whatsapp | facebook
word: instagram | youtube | tiktok | wikipedia | book | film | documentary | x

[synset V14_COMMS]
word: internet | mobile internet | internet access | internet service | internet connection | mobile data
word: mobile service | mobile network | phone line | phone service | telephone line | telephone service
word: telecommunication | telecom service | communication | broadband | social media | mobile phone service

[synset V14_ORG]
word: group | organisation | organization | ngo | association | union | trade union | labour union | labor union
word: movement | society | network | foundation | charity | human rights group | rights group
word: civil society group | civil society organisation | civil society organization | student union
word: student group | opposition group | opposition movement | brotherhood | muslim brotherhood
word: independent trade union | watchdog | think tank | activist group | advocacy group | protest group

[synset V14_PARTY]
word: party | political party | opposition party | opposition | candidate | candidacy | politician
word: opposition leader | opposition figure | presidential candidate | opposition candidate | nominee | contender
word: challenger | lawmaker | legislator | mp | member of parliament | opposition lawmaker | ticket | slate

[synset V14_ASSEMBLY]
word: protest | demonstration | rally | march | gathering | public gathering | assembly | strike | sit-in | vigil
word: pride march | pride parade | pride event | pride | commemoration | procession | street protest
word: opposition rally | student protest | public meeting | protest march | anti-government protest

[synset V14_EMERGENCY]
word: state of emergency | emergency | national emergency | emergency rule | martial law | military rule
word: state of siege | state of exception | emergency law | emergency decree | emergency power | direct rule
word: presidential rule | emergency regime | state

[synset V14_CURFEW]
word: curfew | night curfew | nighttime curfew | night-time curfew | overnight curfew | round-the-clock curfew
word: 24-hour curfew | dusk-to-dawn curfew | indefinite curfew | total curfew | curfew order

[synset V14_PLACE]
word: city | town | village | region | province | district | area | valley | neighbourhood | neighborhood
word: state | capital | country | territory | island | zone | camp | refugee camp | township | county
word: municipality | enclave | strip | governorate | old city

[synset V14_SANCTIONS_CORE]
word: sanction | embargo | arm embargo | oil embargo | asset freeze | travel ban | price cap | export control
word: tariff | retaliatory tariff | sanctions package | punitive measure | countermeasure | counter-measure
word: economic sanction | financial sanction | trade sanction | secondary sanction | export ban | import ban
word: sanction package | sanctions package
word: trade restriction | export restriction | import restriction | punitive tariff | import duty | duty

[synset V14_ASSET]
word: asset | frozen asset | property | land | farmland | farm | house | home | estate | real estate | building
word: fund | account | bank account | reserve | central bank reserve | foreign reserve | money | cash | deposit
word: share | stake | holding | company | firm | business | factory | plant | mine | gold mine | oilfield
word: oil field | refinery | subsidiary | yacht | superyacht | aircraft | plane | airliner
word: cargo | shipment | consignment
word: container | weapon | arm | ammunition | explosive | weapon cache | arm cache | cache | document
word: rifle | assault rifle | gun | firearm | pistol | munition | grenade | rocket launcher | military equipment
word: equipment | computer | phone | mobile phone | laptop | device | hard drive | drug | cocaine | heroin
word: methamphetamine | narcotic | contraband | goods | grain | livestock | cattle | copy | edition
word: solar panel | tent | vehicle | car | truck | tractor | bulldozer | water tank | generator | ballot box

[synset V14_FROZEN]
word: asset | frozen asset | fund | account | bank account | reserve | central bank reserve | foreign reserve
word: deposit | holding | property | estate | wealth | bank

[synset V14_PROPERTY]
word: home | house | building | residential building | apartment building | property | village | shop | store
word: market | office | headquarters | headquarter | school | mosque | church | temple | synagogue | shrine
word: monument | statue | grave | cemetery | tomb | crop | farm | farmland | orchard | olive tree
word: olive grove | tree | plantation | greenhouse | car | vehicle | bus | police car | police station
word: police vehicle | power line | pipeline | gas pipeline | oil pipeline | bridge | railway | railway line
word: rail line | cable | undersea cable | subsea cable | power pylon | pylon | substation | telecom tower
word: cell tower | well | water well | water tank | water pipe | structure | shelter | tent | hut | shack | kiosk
word: stall | memorial | outpost | residence | dwelling | barn | solar panel | hotel | ballot box
word: polling station | election office | factory | warehouse | infrastructure | power station | dam
word: road | highway | tunnel

[synset V14_CYBER_TARGET]
word: website | web site | site | webpage | web page | homepage | portal | online portal | server | network
word: computer network | computer system | it system | it network | database | email | email account
word: account | social media account | twitter account | computer | email server | mail server | smartphone
word: phone | mobile phone | device | data | datum | record | cloud | mailbox | inbox | software | network system

[synset V14_CYBERATTACK]
word: cyberattack | cyber attack | cyber-attack | hacking attack | hack | ddos attack | ddos
word: denial-of-service attack | distributed denial-of-service attack | ransomware attack | malware attack
word: phishing attack | phishing campaign | cyber operation | cyber offensive | cyber campaign | hacking campaign
word: cyber intrusion | intrusion | cyber espionage campaign | cyber-espionage campaign | wiper attack
word: supply-chain attack | cyber assault | cyber raid | hacking operation | data breach | breach | cyber strike

# ---------------------------------------------------------------------------------------------------------------
# 14 PROTEST: demonstrations and rallies (141x), political dissent (140)
# ---------------------------------------------------------------------------------------------------------------

[verb v14-protest]
lemma: protest
pattern: 114 prep=to target=prep
pattern: 1411 obj=&V14_LEADERSHIP_ISSUE prep=of|by target=prep
pattern: 1411 obj=&V14_LEADERSHIP_ISSUE target=none
pattern: 1414 obj=&V14_REGIME_ISSUE prep=by target=prep
pattern: 1414 obj=&V14_REGIME_ISSUE target=none
pattern: 1413 obj=&V14_RIGHTS_ISSUE prep=by target=prep
pattern: 1413 obj=&V14_RIGHTS_ISSUE target=none
pattern: 1412 obj=&V14_POLICY_ISSUE prep=by target=prep
pattern: 1412 obj=&V14_POLICY_ISSUE target=none
pattern: 1411 prep=against|over obj=&V14_LEADERSHIP_ISSUE target=none
pattern: 1411 prep=for obj=&V14_DEMAND_LEADERSHIP target=none
pattern: 1414 prep=against|over obj=&V14_REGIME_ISSUE target=none
pattern: 1414 prep=for obj=&V14_DEMAND_REGIME target=none
pattern: 1413 prep=against|over obj=&V14_RIGHTS_ISSUE target=none
pattern: 1413 prep=for obj=&V14_DEMAND_RIGHTS target=none
pattern: 1412 prep=against|over obj=&V14_POLICY_ISSUE target=none
pattern: 1412 prep=for obj=&V14_DEMAND_POLICY target=none
pattern: 1411 comp=&V14_OUST target=none
pattern: 1414 comp=overthrow target=none
pattern: 1412 comp=&V14_REPEAL target=none
pattern: 141 prep=outside obj=&V14_PROTEST_SITE target=prep
pattern: 141 prep=against target=prep
pattern: 141 obj=visit|presence|arrival|speech|appearance|participation prep=of|by target=prep
pattern: 141 comp=&V14_PROTEST_PURPOSE target=none
pattern: 111 comp=* !obj=* target=none
pattern: 141 !obj=innocence target=none
example: 111 | A Hungarian journalists' union protested that the government was failing to protect press freedom.
example: 1411 | Venezuelan opposition supporters protested the disputed victory of President Nicolas Maduro in Caracas.
example: 1414 | Israelis protested the government's judicial overhaul in Tel Aviv for a 30th week.
example: 1413 | Residents of Nanterre protested the killing of a teenage driver by a police officer.
example: 1412 | Young Kenyans protested the finance bill outside parliament in Nairobi on Tuesday.
example: 1412 | Spanish farmers protested the EU-Mercosur trade deal in Madrid on Wednesday.
example: 1412 | French workers protested against the pension reform in Paris and Marseille.
example: 1413 | Women in Tehran protested against the mandatory hijab law after the death of Mahsa Amini.
example: 1411 | Mozambican opposition supporters protested against the election results in Maputo.
example: 141 | Georgian students protested outside the Russian embassy in Tbilisi on Sunday.
example: 141 | University students protested in Belgrade for a fourth consecutive month.
example: 141 | Indian students protested the visit of the Chinese foreign minister in New Delhi.
example: 114 | China protested to Japan over the prime minister's remarks on Taiwan.
note: "protest" is also the official complaint of a government; "protested to X" is kept as 114 (complain
note: officially); a bare "Beijing protested" still codes 141 here and needs the coder's actor-type rules.
note: Object lists decide the demand, for the direct object ("protested the election results") and for the
note: object of against/over/for ("protested against the pension reform", "rallied for independence"):
note: leadership (election results, resignation), institutions (coup, annexation, independence), rights (arrests,
note: killings, discrimination, freedom), policy (laws, prices, reforms, wages). These carry no target: the
note: actor behind the issue is not visible; "against X" with another noun takes X as the target.

[verb v14-demonstrate]
lemma: demonstrate
pattern: 150 obj=military_might|military_power|military_muscle|might|firepower|show_of_force target=none
pattern: 1411 prep=against|over obj=&V14_LEADERSHIP_ISSUE target=none
pattern: 1411 prep=for obj=&V14_DEMAND_LEADERSHIP target=none
pattern: 1414 prep=against|over obj=&V14_REGIME_ISSUE target=none
pattern: 1414 prep=for obj=&V14_DEMAND_REGIME target=none
pattern: 1413 prep=against|over obj=&V14_RIGHTS_ISSUE target=none
pattern: 1413 prep=for obj=&V14_DEMAND_RIGHTS target=none
pattern: 1412 prep=against|over obj=&V14_POLICY_ISSUE target=none
pattern: 1412 prep=for obj=&V14_DEMAND_POLICY target=none
pattern: 1411 comp=&V14_OUST target=none
pattern: 1414 comp=overthrow target=none
pattern: 1412 comp=&V14_REPEAL target=none
pattern: 141 prep=outside obj=&V14_PROTEST_SITE target=prep
pattern: 141 prep=against target=prep
pattern: 141 comp=&V14_PROTEST_PURPOSE !obj=* target=none
pattern: 141 !obj=* target=none
example: 141 | Georgians demonstrated against the government in Tbilisi on Thursday night.
example: 141 | Kurdish activists demonstrated outside the Turkish embassy in Berlin.
example: 1411 | Bangladeshi students demonstrated in Dhaka for the resignation of Prime Minister Sheikh Hasina.
example: 1412 | Polish farmers demonstrated in Warsaw against the EU's climate policy.
example: 1414 | Catalan separatists demonstrated in Barcelona for independence from Spain.
example: 1413 | Argentine women demonstrated in Buenos Aires for abortion rights.
example: 150 | North Korea demonstrated its military power with a parade of new missiles in Pyongyang.
note: Transitive "demonstrate" is "show" ("demonstrated its resolve") and is left alone except for shows of force.

[verb v14-rally]
lemma: rally
pattern: 1411 prep=against|over obj=&V14_LEADERSHIP_ISSUE target=none
pattern: 1411 prep=for obj=&V14_DEMAND_LEADERSHIP target=none
pattern: 1414 prep=against|over obj=&V14_REGIME_ISSUE target=none
pattern: 1414 prep=for obj=&V14_DEMAND_REGIME target=none
pattern: 1413 prep=against|over obj=&V14_RIGHTS_ISSUE target=none
pattern: 1413 prep=for obj=&V14_DEMAND_RIGHTS target=none
pattern: 1412 prep=against|over obj=&V14_POLICY_ISSUE target=none
pattern: 1412 prep=for obj=&V14_DEMAND_POLICY target=none
pattern: 1411 comp=&V14_OUST target=none
pattern: 1414 comp=overthrow target=none
pattern: 1412 comp=&V14_REPEAL target=none
pattern: 141 prep=outside obj=&V14_PROTEST_SITE target=prep
pattern: 141 prep=against target=prep
pattern: 141 comp=&V14_PROTEST_PURPOSE target=none
pattern: 141 target=none
example: 1411 | Thai protesters rallied in Bangkok for the resignation of Prime Minister Prayut Chan-o-cha.
example: 1412 | Bangladeshi students rallied in Dhaka against the quota system for government jobs.
example: 1414 | Hong Kong activists rallied for democracy in Victoria Park.
example: 1411 | Serbian opposition supporters rallied in Belgrade for early elections.
example: 141 | Tunisian opposition supporters rallied outside parliament in Tunis on Sunday.
example: 141 | Serbian students rallied in Novi Sad to demand accountability for the station roof collapse.
note: "Rallied behind/around X" is support (05x, another file). The bare pattern needs an actor subject, so
note: "shares rallied" or "the dollar rallied" give no event.

[verb v14-march]
lemma: march
pattern: 1411 prep=against|over obj=&V14_LEADERSHIP_ISSUE target=none
pattern: 1411 prep=for obj=&V14_DEMAND_LEADERSHIP target=none
pattern: 1414 prep=against|over obj=&V14_REGIME_ISSUE target=none
pattern: 1414 prep=for obj=&V14_DEMAND_REGIME target=none
pattern: 1413 prep=against|over obj=&V14_RIGHTS_ISSUE target=none
pattern: 1413 prep=for obj=&V14_DEMAND_RIGHTS target=none
pattern: 1412 prep=against|over obj=&V14_POLICY_ISSUE target=none
pattern: 1412 prep=for obj=&V14_DEMAND_POLICY target=none
pattern: 1411 comp=&V14_OUST target=none
pattern: 1414 comp=overthrow target=none
pattern: 1412 comp=&V14_REPEAL target=none
pattern: 141 prep=on|to|toward|towards|outside obj=&V14_PROTEST_SITE target=prep
pattern: 141 prep=against target=prep
pattern: 141 comp=&V14_PROTEST_PURPOSE target=none
pattern: 141 !obj=* target=none
example: 141 | Hungarian protesters marched on the prime minister's office in Budapest on Saturday.
example: 141 | Pro-Palestinian demonstrators marched through central London for the ninth time since October.
example: 1411 | Georgian opposition supporters marched in Tbilisi for new elections.
example: 141 | Argentine pensioners marched to Congress to protest cuts to their benefits.
example: 1413 | Turkish women marched in Istanbul against violence and femicide.
note: Troops marching into a town would code 141 through the last pattern; news rarely writes "marched into".

[verb v14-picket]
lemma: picket
pattern: 141 prep=outside obj=&V14_PROTEST_SITE target=prep
pattern: 141 prep=outside target=none
pattern: 141 !obj=* target=none
pattern: 141
example: 141 | Kenyan nurses picketed the health ministry in Nairobi over unpaid salaries.
example: 141 | Canadian dockworkers picketed outside the port authority offices in Montreal.

[verb v14-gather]
lemma: gather | assemble | congregate
pattern: 140 obj=signature target=none
pattern: 141 prep=outside obj=&V14_PROTEST_SITE target=prep
pattern: 141 prep=outside target=none
pattern: 141 comp=&V14_PROTEST_PURPOSE target=none
example: 140 | Slovak opposition activists gathered 400,000 signatures for a referendum on early elections.
example: 141 | Iranian exiles gathered outside the Iranian embassy in London on Sunday.
example: 141 | Israeli protesters gathered outside the Knesset in Jerusalem.
note: Bare "gather" is leaders meeting or "gathering intelligence"; only protest cues are kept.

[verb v14-collect]
lemma: collect | submit
pattern: 140 obj=signature|petition target=none
example: 140 | Polish opposition groups collected 200,000 signatures against the new abortion rules.
example: 140 | Hong Kong activists submitted a petition against the national security law to the legislature.

[verb v14-sign]
lemma: sign
pattern: 140 obj=petition|online_petition target=none
example: 140 | More than 200,000 Georgians signed a petition against the foreign agents law.
note: Only petitions here; "sign" with agreements is 057 in another file.

[verb v14-converge]
lemma: converge | descend
pattern: 141 prep=on|upon|outside target=none
example: 141 | Truckers descended on Ottawa to protest vaccine mandates.

[verb v14-mass]
lemma: mass | amass | concentrate
pattern: 141 prep=outside obj=&V14_PROTEST_SITE target=prep
pattern: 141 prep=outside target=none
pattern: 154 obj=&V14_TROOPS|&V14_WEAPON target=none
pattern: 154 prep=near|along obj=border|frontier|front|frontline|front_line target=none
example: 154 | Russia massed more than 100,000 troops near Ukraine's border in late 2021.
example: 154 | Azerbaijan has amassed troops and artillery along the border with Armenia, Yerevan said.
example: 141 | Anti-government protesters massed outside the parliament in Bishkek.
example: 154 | Venezuelan troops massed near the border with Guyana, satellite images showed.

[verb v14-camp]
lemma: camp
pattern: 141 prep=outside obj=&V14_PROTEST_SITE target=prep
pattern: 141 prep=outside target=none
example: 141 | Supporters of Imran Khan camped outside the Supreme Court in Islamabad.

[verb v14-chant]
lemma: chant
pattern: 141 obj=slogan prep=against target=prep
pattern: 141 target=none
example: 141 | Protesters chanted slogans against Supreme Leader Ali Khamenei in Tehran overnight.
example: 141 | Demonstrators in Caracas chanted "Freedom" outside the electoral council.

[verb v14-heckle]
lemma: heckle
pattern: 140
example: 140 | Climate activists heckled Chancellor Olaf Scholz during a campaign speech in Munich.

[verb v14-defy]
lemma: defy
pattern: 140 obj=ban|protest_ban|&V14_CURFEW|lockdown|restriction|prohibition|emergency|state_of_emergency target=none
example: 140 | Opposition supporters in Istanbul defied a police ban on demonstrations for a fifth night.
example: 140 | Students in Dhaka defied a nationwide curfew on Saturday.
note: Collective defiance of a ban or curfew is dissent (140); "defied an ultimatum" is left to the 12x file.

[verb v14-self-immolate]
lemma: self-immolate | immolate
pattern: 140 target=none

[verb v14-burn]
lemma: burn
pattern: 140 obj=flag|effigy|portrait|poster|picture|banner|copy|quran|koran|bible|ballot target=none
pattern: 145 obj=tyre|tire target=none
pattern: 1712 prt=down target=none
pattern: 1712 obj=&V14_PROPERTY prep=of|belonging target=prep
pattern: 1712 obj=&V14_PROPERTY target=none
example: 140 | Supporters of Moqtada al-Sadr burned a Swedish flag in Baghdad on Thursday.
example: 145 | Demonstrators burned tyres in central Dakar after the arrest of opposition leader Ousmane Sonko.
example: 1712 | Settlers burned Palestinian homes and cars in the village of Huwara overnight.
example: 1712 | Militiamen burned down 40 houses in Congo's Ituri province.
note: Flag and effigy burning is symbolic dissent (140); burning tyres marks a riot (145); burning buildings,
note: homes and vehicles destroys property (1712), but protesters' and rioters' damage is their riot: the coder
note: recodes it 145, and what protesters demand as their protest (1041 → 1411), as the held-out sets code them.

[verb v14-kill-protesters]
lemma: kill | shoot
pattern: 175 obj=protester|protestor|demonstrator|crowd|marcher|rioter|striker|striking_worker|picketer|mourner|anti-government_protester|student_protester|opposition_supporter
example: 175 | Security forces in Bangladesh killed dozens of student protesters in Dhaka.
example: 175 | Police in Nairobi shot three demonstrators during the tax protests.
example: 175 | Police shot dead two protesters during clashes in the Kenyan capital Nairobi, a rights group said.
note: Security forces killing or shooting protesters is violent repression (175); other killings are in the 18-20 file.
note: Only words that say the victims were protesting: "gunmen killed a Japanese doctor" is no repression.
note: The coder also recodes any killing or shooting (180, 190, 193) by police, soldiers or officials of protesters
note: as 175, whatever the verb ("mowed down", "used live ammunition against").

# ---------------------------------------------------------------------------------------------------------------
# 14 PROTEST: light verbs with protest nouns (141x, 142, 143x, 144, 145) and posture nouns (150)
# ---------------------------------------------------------------------------------------------------------------

[verb v14-stage]
lemma: stage | stag
pattern: 1411 obj=&V14_PROTEST_LEADERSHIP target=none
pattern: 1414 obj=&V14_PROTEST_REGIME target=none
pattern: 1413 obj=&V14_PROTEST_RIGHTS target=none
pattern: 1412 obj=&V14_PROTEST_POLICY target=none
pattern: 142 obj=&V14_HUNGER_STRIKE target=none
pattern: 1432 obj=&V14_STRIKE_POLICY target=none
pattern: 161 obj=diplomatic_boycott target=none
pattern: 143 obj=strike|boycott|&V14_STRIKE_SAFE target=none
pattern: 145 obj=riot|violent_protest|violent_demonstration|mutiny|jailbreak target=none
pattern: 144 obj=&V14_BLOCKADE_NOUN target=none
pattern: 141 obj=&V14_PROTEST|&V14_RALLY prep=outside target=prep
pattern: 141 obj=&V14_PROTEST|&V14_RALLY target=none
pattern: 150 obj=&V14_EXERCISE prep=around target=prep
pattern: 150 obj=&V14_EXERCISE target=none
example: 1414 | Thai students staged a pro-democracy rally in Bangkok on Saturday.
example: 1412 | Argentine unions staged an anti-austerity protest against President Javier Milei's spending cuts.
example: 142 | Palestinian prisoners in Israeli jails staged a hunger strike on Monday.
example: 143 | Dockworkers staged a strike at ports along the U.S. East Coast.
example: 1432 | Swedish students staged a climate strike outside the Riksdag in Stockholm.
example: 144 | Polish farmers staged a blockade of the border crossing at Dorohusk.
example: 145 | Inmates staged a riot at a prison in Guayaquil, Ecuador's prison agency said.
example: 141 | Iraqi protesters staged a protest outside the Swedish embassy in Baghdad.
example: 150 | China staged large-scale military drills around Taiwan on Monday.
example: 161 | The United States staged a diplomatic boycott of the Beijing Winter Olympics.
note: "Stage a coup/comeback/attack" are not here; "staged strikes" with bare "strike" is nearly always labour.
note: "stag" is listed because the current lemmatizer turns "staged" into "stag"; drop it once that is fixed.

[verb v14-hold]
lemma: hold
pattern: 1411 obj=&V14_PROTEST_LEADERSHIP target=none
pattern: 1414 obj=&V14_PROTEST_REGIME target=none
pattern: 1413 obj=&V14_PROTEST_RIGHTS target=none
pattern: 1412 obj=&V14_PROTEST_POLICY target=none
pattern: 142 obj=&V14_HUNGER_STRIKE target=none
pattern: 1432 obj=&V14_STRIKE_POLICY target=none
pattern: 143 obj=strike|&V14_STRIKE_SAFE target=none
pattern: 141 obj=&V14_PROTEST prep=outside target=prep
pattern: 141 obj=&V14_PROTEST target=none
pattern: 150 obj=&V14_EXERCISE prep=around target=prep
pattern: 150 obj=&V14_EXERCISE target=none
pattern: 173 obj=suspect|detainee|activist|dissident|journalist|protester|demonstrator|blogger|rights_defender|human_rights_defender|reporter voice=active
pattern: 1622 prt=up obj=&V14_MIL_AID prep=to|for target=prep
pattern: 1622 prt=up obj=&V14_MIL_AID target=none
pattern: 1623 prt=up obj=&V14_HUM_AID prep=to|for|into target=prep
example: 141 | Congolese opposition parties held a protest in Kinshasa against the planned constitutional change.
example: 1413 | LGBTQ activists held a pride march in Budapest despite the government ban.
example: 143 | Nigerian teachers held a nationwide strike on Monday over unpaid wages.
example: 150 | Russia held tactical nuclear drills near the Ukrainian border.
example: 173 | Turkish police are holding 37 suspects over social media posts about the earthquake.
example: 1622 | House Republicans held up military aid to Ukraine for six months.
note: "Held a rally" is left out: most held rallies are election campaign rallies, not protests.
note: Joint exercises "with" a partner are 062 in another file; hostages "held" are 181, not here.

[verb v14-organise]
lemma: organise | organize | lead | spearhead
pattern: 1411 obj=&V14_PROTEST_LEADERSHIP target=none
pattern: 1414 obj=&V14_PROTEST_REGIME target=none
pattern: 1413 obj=&V14_PROTEST_RIGHTS target=none
pattern: 1412 obj=&V14_PROTEST_POLICY target=none
pattern: 142 obj=&V14_HUNGER_STRIKE target=none
pattern: 1432 obj=&V14_STRIKE_POLICY target=none
pattern: 143 obj=&V14_STRIKE_SAFE|boycott target=none
pattern: 144 obj=&V14_BLOCKADE_NOUN target=none
pattern: 141 obj=&V14_PROTEST|protest_rally|mass_rally prep=outside target=prep
pattern: 141 obj=&V14_PROTEST|protest_rally|mass_rally target=none
example: 143 | Argentina's CGT union organised a general strike against President Javier Milei's reforms.
example: 1414 | Students led a pro-democracy march through central Yangon despite the junta's ban.
example: 141 | Opposition parties organized a protest outside the electoral commission in Maputo.
note: "Led strikes" is left to bare compounds: "US-led strikes" are military.

[verb v14-begin]
lemma: begin | start | launch | mount | resume | continue | intensify | escalate
pattern: 142 obj=&V14_HUNGER_STRIKE target=none
pattern: 1432 obj=&V14_STRIKE_POLICY target=none
pattern: 143 obj=&V14_STRIKE_SAFE target=none
pattern: 1411 obj=&V14_PROTEST_LEADERSHIP target=none
pattern: 1414 obj=&V14_PROTEST_REGIME target=none
pattern: 1413 obj=&V14_PROTEST_RIGHTS target=none
pattern: 1412 obj=&V14_PROTEST_POLICY target=none
pattern: 141 obj=&V14_PROTEST prep=outside target=prep
pattern: 141 obj=&V14_PROTEST target=none
pattern: 144 obj=roadblock|road_blockade|road_block|barricade target=none
pattern: 140 obj=petition|civil_disobedience|civil_disobedience_campaign|signature_campaign|signature_drive target=none
pattern: 175 obj=crackdown|repression|purge prep=on|against target=prep
pattern: 175 obj=crackdown|repression target=none
pattern: 176 obj=&V14_CYBERATTACK prep=on|against target=prep
pattern: 176 obj=&V14_CYBERATTACK target=none
pattern: 155 obj=&V14_CYBER_FORCE target=none
pattern: 150 obj=&V14_EXERCISE prep=around target=prep
pattern: 150 obj=&V14_EXERCISE target=none
example: 142 | A jailed Egyptian activist began a hunger strike in Wadi al-Natrun prison.
example: 142 | Palestinian prisoners continued their hunger strike in Israeli jails on Tuesday.
example: 143 | German rail workers began a nationwide strike on Wednesday.
example: 1412 | Environmental activists launched an anti-coal protest at the Garzweiler mine in Germany.
example: 140 | Serbian opposition parties launched a petition against lithium mining in the Jadar valley.
example: 175 | Iranian authorities launched a crackdown on protesters after the death of Mahsa Amini.
example: 176 | Pro-Russian hackers launched a cyberattack on Danish government websites.
example: 150 | China launched military drills near Taiwan hours after the president's speech.
note: Bare "strike" is left out of this entry: "launched/began/resumed strikes on" is military (19x).

[verb v14-join]
lemma: join
pattern: 142 obj=&V14_HUNGER_STRIKE target=none
pattern: 1432 obj=&V14_STRIKE_POLICY target=none
pattern: 143 obj=&V14_STRIKE_SAFE target=none
pattern: 1414 obj=&V14_PROTEST_REGIME target=none
pattern: 1413 obj=&V14_PROTEST_RIGHTS target=none
pattern: 1412 obj=&V14_PROTEST_POLICY target=none
pattern: 141 obj=&V14_PROTEST prep=outside target=prep
pattern: 141 obj=&V14_PROTEST target=none
example: 143 | South Korean medical professors joined the walkout by trainee doctors.
example: 141 | High school students joined the protest against President Aleksandar Vucic in Belgrade.
example: 142 | Two more Palestinian detainees joined the hunger strike in Ofer prison.
example: 1432 | German students joined the climate strike in Berlin on Friday.
note: Bare "strike" is left out: "Britain joined US strikes on the Houthis" is military.

[verb v14-declare]
lemma: declare | proclaim
pattern: 161 obj=&DIPLOMAT|&V14_DIPLOMAT_EXTRA
pattern: 1724 obj=&V14_EMERGENCY target=none
pattern: 1723 obj=&V14_CURFEW target=none
pattern: 154 obj=mobilisation|mobilization|partial_mobilisation|partial_mobilization|general_mobilisation|general_mobilization target=none
pattern: 142 obj=&V14_HUNGER_STRIKE target=none
pattern: 143 obj=&V14_STRIKE_SAFE target=none
example: 1724 | South Korean President Yoon Suk Yeol declared martial law on Tuesday night.
example: 1724 | Ecuador's government declared a state of emergency after gang attacks in Guayaquil.
example: 1723 | Authorities in Manipur declared an indefinite curfew in five districts.
example: 143 | Bangladesh's opposition BNP declared a nationwide strike for Sunday.
example: 142 | A jailed Belarusian activist declared a hunger strike in protest at his treatment.
example: 154 | Armenia declared a general mobilisation after Azerbaijani forces crossed the border.

[verb v14-announce]
lemma: announce | unveil | introduce | adopt | approve
pattern: 163 obj=tariff|duty|import_duty|retaliatory_tariff|punitive_tariff|levy target=none
pattern: 163 obj=&SANCTIONS|&V14_SANCTIONS_CORE|package prep=on|against|targeting target=prep
pattern: 163 obj=&V14_SANCTIONS_CORE target=none
pattern: 1724 obj=&V14_EMERGENCY target=none
pattern: 1723 obj=&V14_CURFEW target=none
pattern: 154 obj=mobilisation|mobilization|partial_mobilisation|partial_mobilization|general_mobilisation|general_mobilization target=none
pattern: 142 obj=&V14_HUNGER_STRIKE target=none
pattern: 143 obj=&V14_STRIKE_SAFE target=none
pattern: 160 obj=suspension|severance|severing|downgrading|downgrade|freezing prep=of
example: 163 | The European Union adopted its 16th sanctions package against Russia in February.
example: 160 | Lithuania announced a suspension of rail links with Belarus on Monday.
example: 163 | Washington unveiled new sanctions on Tehran over its drone exports.
example: 163 | Canada introduced tariffs on Chinese electric vehicles.
example: 1724 | Peru's government announced a state of emergency in Lima and Callao.
example: 1723 | Kenyan authorities announced a dusk-to-dawn curfew in the coastal county.
example: 143 | The Nigeria Labour Congress announced an indefinite nationwide strike.
example: 154 | Russia announced a partial mobilisation in September 2022.
note: Bans and restrictions of the shared SANCTIONS set count only with a target ("a ban on imports from X").

[verb v14-agree]
lemma: agree
pattern: 163 obj=&V14_SANCTIONS_CORE|package prep=on|against target=prep
example: 163 | EU governments agreed new sanctions against Belarus after the disputed election.
note: Transitive British usage ("agreed sanctions against X"), only with a target: "agreed tariffs of 15%" is a trade deal.

# ---------------------------------------------------------------------------------------------------------------
# 14 PROTEST: strikes and boycotts (143x), hunger strikes (142)
# ---------------------------------------------------------------------------------------------------------------

[verb v14-boycott]
lemma: boycott
pattern: 1431 obj=&V14_ELECTION target=none
pattern: 1434 obj=referendum|plebiscite|constitutional_referendum|constituent_assembly|constitutional_convention|constitutional_process target=none
pattern: 161 obj=&V14_MEETING prep=of|in|hosted target=prep
pattern: 161 obj=&V14_MEETING target=none
pattern: 164 obj=&V14_NEGOTIATION target=none
pattern: 163 obj=company|firm|business|chain|retailer
pattern: 163 obj=product|goods|good|brand|import|export target=none
pattern: 143 obj=parliament|session|sitting|assembly|legislature|vote|class|lecture|exam|examination|court|hearing|trial|work|school|council target=none
pattern: 143
example: 1431 | Bangladesh's main opposition party boycotted the January general election.
example: 1431 | The main opposition coalition boycotted Sunday's presidential runoff in Ivory Coast.
example: 1434 | Opposition parties boycotted Chad's constitutional referendum in December.
example: 1434 | Pro-independence parties boycotted the third referendum in New Caledonia.
example: 161 | Western leaders boycotted the inauguration of President Nicolas Maduro in Caracas.
example: 164 | Sudan's army boycotted the peace talks in Geneva.
example: 163 | Malaysian consumers boycotted American brands over the war in Gaza.
example: 143 | Kenyan opposition lawmakers boycotted the parliamentary session on the budget.
note: A boycott of an election counts as a demand for leadership change (1431, as the codebook says of new
note: elections); of a constitutional referendum as a demand for institutional change (1434). Summits, visits and
note: ceremonies boycotted by governments reduce diplomatic relations (161); goods and brands are 163.

[verb v14-walk]
lemma: walk
pattern: 164 prt=out prep=of obj=&V14_NEGOTIATION|&V14_MEETING target=none
pattern: 164 prt=away prep=from obj=&V14_NEGOTIATION|&V14_MEETING|&V14_TREATY|table target=prep
pattern: 164 prt=away prep=from obj=&V14_NEGOTIATION|&V14_MEETING|&V14_TREATY|table target=none
pattern: 143 prt=out prep=of obj=parliament|session|sitting|assembly|legislature|chamber|debate|hearing|vote|plant|factory|school|class|classroom|hospital|court|courtroom|job|work target=none
pattern: 1431 prt=out prep=over|against obj=&V14_LEADERSHIP_ISSUE target=none
pattern: 1434 prt=out prep=over|against obj=&V14_REGIME_ISSUE target=none
pattern: 1433 prt=out prep=over|against obj=&V14_RIGHTS_ISSUE target=none
pattern: 1432 prt=out prep=over|against obj=&V14_POLICY_ISSUE target=none
pattern: 143 prt=out target=none
pattern: 143 prep=off obj=job|work target=none
pattern: 143 prt=off obj=job|work target=none
example: 143 | Kenyan opposition lawmakers walked out during the president's speech to parliament.
example: 143 | Nurses at public hospitals in Kenya walked off the job over unpaid wages.
example: 143 | Boeing machinists walked out at plants near Seattle on Friday.
example: 1432 | British junior doctors walked out over pay for the 11th time.
example: 1433 | Nurses in Lagos walked out over the arrest of their union leaders.
example: 1431 | Bolivian miners walked out over the election results in Potosi.
example: 1433 | Zimbabwean teachers walked out over the detention of their union leaders.
example: 1434 | Myanmar doctors walked out against the military coup.
example: 164 | Donald Trump walked away from his second summit with Kim Jong Un in Hanoi without a deal.
note: The codebook puts walk-outs from negotiations under 164; walk-outs from parliaments, workplaces and classes
note: are strikes (143), with the demand read off "over/against". The parser currently reads "out" in "walked out
note: of the talks" as a preposition, so the "of" patterns fire only when it gives a particle.

[verb v14-go]
lemma: go
pattern: 142 prep=on obj=&V14_HUNGER_STRIKE target=none
pattern: 1432 prep=on obj=&V14_STRIKE_POLICY target=none
pattern: 143 prep=on obj=strike|&V14_STRIKE_SAFE target=none
pattern: 145 prep=on obj=rampage target=none
example: 142 | Jailed Kurdish politicians went on hunger strike in Turkish prisons.
example: 143 | South Korean trainee doctors went on strike in February.
example: 143 | Nigerian workers went on an indefinite general strike on Monday.
example: 145 | Rioters went on the rampage in the Dutch city of Rotterdam.
note: Only the prepositional object after "on" decides ("went on strike/on a visit/on trial").

[verb v14-take]
lemma: take
pattern: 141 prep=to obj=street target=none
example: 141 | Kenyan youths took to the streets of Nairobi again on Thursday.
note: "Took to social media/X" has another object and is not coded.

[verb v14-down]
lemma: down
pattern: 143 obj=tool target=none
example: 143 | Dock workers in Durban downed tools on Monday over a wage dispute.

[verb v14-refuse]
lemma: refuse
pattern: 142 obj=food|meal|nourishment|water target=none
example: 142 | A jailed Saudi activist has refused food since Sunday, his family said.
note: Only refusing food; "refused to" is the coder's refusal rule (12x).

# ---------------------------------------------------------------------------------------------------------------
# 14 PROTEST: obstruction (144)
# ---------------------------------------------------------------------------------------------------------------

[verb v14-block]
lemma: block
pattern: 170 obj=&V14_PROTEST_EVENT prep=by target=prep
pattern: 170 obj=&V14_PROTESTER
pattern: 170 obj=&V14_PROTEST_EVENT target=none
pattern: 1721 obj=&V14_MEDIA_OUTLET
pattern: 1721 obj=&V14_MEDIA_TECH target=none
pattern: 1622 obj=&V14_MIL_AID prep=to|for target=prep
pattern: 1622 obj=&V14_MIL_AID target=none
pattern: 1621 obj=&V14_ECON_AID prep=to|for target=prep
pattern: 1623 obj=&V14_HUM_AID prep=to|for|into target=prep
pattern: 1623 obj=&V14_HUM_AID target=none
pattern: 144 obj=&V14_ROUTE target=none
example: 144 | Serbian students blocked the main bridges in Novi Sad on Saturday.
example: 144 | Roads into Brussels were blocked by Belgian farmers on Monday.
example: 144 | Climate activists blocked the entrance to the TotalEnergies shareholder meeting in Paris.
example: 170 | Turkish riot police blocked protesters from reaching Taksim Square.
example: 1721 | Pakistani authorities blocked the social media platform X in February.
example: 1622 | Hungary blocked EU military aid to Ukraine for several months.
example: 1623 | Israel blocked aid convoys into northern Gaza for two weeks.
note: Police stopping a march is coercion (170, as in the codebook's example); blocked websites and platforms
note: restrict political freedom (1721); blocked roads and crossings are protest obstruction (144).

[verb v14-blockade]
lemma: blockade
pattern: 144 obj=&V14_ROUTE|&V14_SITE target=none
example: 144 | French farmers blockaded motorways around Paris with their tractors.
note: Only roads, ports and buildings: a blockaded country or coast is military (191, another file).

[verb v14-barricade]
lemma: barricade
pattern: 144 obj=&V14_ROUTE|&V14_SITE target=none
pattern: 144 target=none
example: 144 | Students barricaded the entrances to the Polytechnic University in Hong Kong.
example: 144 | Protesters barricaded themselves inside the national assembly in Nairobi.

[verb v14-occupy]
lemma: occupy
pattern: 144 obj=&V14_SITE prep=of target=prep
pattern: 144 obj=&V14_SITE target=none
example: 144 | Pro-Palestinian students occupied a building at Columbia University in New York.
example: 144 | Iraqi protesters occupied the parliament in Baghdad's Green Zone for a second day.
example: 144 | Striking miners occupied the offices of the state mining company in Potosi.
note: Buildings and squares only; occupied territory is 192 (another file).

[verb v14-obstruct]
lemma: obstruct | impede
pattern: 144 obj=&V14_ROUTE|passage|access target=none
example: 144 | Dutch climate activists obstructed traffic on the A12 motorway in The Hague.

[verb v14-besiege]
lemma: besiege | surround
pattern: 144 obj=&V14_STORM_SITE|&V14_SITE prep=of target=prep
pattern: 144 obj=&V14_STORM_SITE
example: 144 | Albanian opposition supporters besieged the parliament building in Tirana.
example: 144 | Protesters surrounded the headquarters of the election commission in Tbilisi.
note: Buildings only; a besieged or surrounded town is 191 (another file). Troops surrounding a palace in a
note: coup also code 144 here.

[verb v14-shut]
lemma: shut
pattern: 161 prt=down obj=embassy|consulate|diplomatic_mission
pattern: 161 obj=embassy|consulate|diplomatic_mission
pattern: 1721 prt=down obj=&V14_MEDIA_OUTLET|&V14_ORG
pattern: 1721 prt=down obj=bureau|office prep=of target=prep
pattern: 1721 prt=down obj=&V14_COMMS|&V14_MEDIA_TECH target=none
pattern: 1721 prt=off obj=&V14_COMMS target=none
pattern: 1721 obj=&V14_MEDIA_OUTLET
pattern: 163 obj=airspace|port prep=to target=prep
pattern: 163 obj=airspace|port target=none
pattern: 191 obj=border|border_crossing|frontier|crossing|crossing_point prep=with|to|into target=prep
pattern: 191 obj=border|border_crossing|frontier|crossing|crossing_point target=none
pattern: 144 prt=down obj=&V14_ROUTE target=none
example: 161 | Lithuania shut down the Russian consulate in Klaipeda.
example: 1721 | Nicaraguan authorities shut down the independent newspaper La Prensa.
example: 1721 | Iranian authorities shut off mobile internet across the country.
example: 144 | Climate activists shut down roads in central London during the morning rush hour.
example: 191 | Kyrgyzstan shut its border with Tajikistan after the clashes.
note: Shut roads are protest obstruction (144); authorities shutting roads for security reasons would be
note: miscoded, but they rarely "shut down" roads in the news.

[verb v14-close]
lemma: close
pattern: 161 obj=embassy|consulate|diplomatic_mission
pattern: 163 obj=airspace|port|market prep=to target=prep
pattern: 163 obj=airspace|port target=none
pattern: 191 obj=border|border_crossing|frontier|crossing|crossing_point prep=with|to|into target=prep
pattern: 191 obj=border|border_crossing|frontier|crossing|crossing_point target=none
pattern: 1721 obj=&V14_MEDIA_OUTLET|ngo|&V14_ORG
pattern: 1721 obj=bureau|office prep=of target=prep
pattern: 1721 obj=&V14_MEDIA_TECH target=none
example: 161 | Ukraine closed its embassy in Niamey after Niger cut ties.
example: 163 | Algeria closed its airspace to Moroccan civilian and military aircraft.
example: 191 | Pakistan closed its border with Afghanistan at Torkham after the clashes.
example: 191 | Egypt closed the Rafah crossing with Gaza on Sunday.
example: 1721 | Russia closed the Moscow bureau of Radio Free Europe on Friday.
example: 1721 | Burundian authorities closed an independent radio station in Bujumbura.
note: A closed border restricts movement (191), as three held-out writers coded it independently; a border closed for
note: health or disaster reasons would be miscoded as 191.

# ---------------------------------------------------------------------------------------------------------------
# 14 PROTEST: violent protest, riot (145)
# ---------------------------------------------------------------------------------------------------------------

[verb v14-riot]
lemma: riot | rampage
pattern: 1451 prep=over|against|after|following obj=&V14_LEADERSHIP_ISSUE target=none
pattern: 1451 prep=for obj=&V14_DEMAND_LEADERSHIP target=none
pattern: 1454 prep=over|against obj=&V14_REGIME_ISSUE target=none
pattern: 1454 prep=for obj=&V14_DEMAND_REGIME target=none
pattern: 1453 prep=over|against|after|following obj=&V14_RIGHTS_ISSUE target=none
pattern: 1453 prep=for obj=&V14_DEMAND_RIGHTS target=none
pattern: 1452 prep=over|against obj=&V14_POLICY_ISSUE target=none
pattern: 1452 prep=for obj=&V14_DEMAND_POLICY target=none
pattern: 145 prep=against target=prep
pattern: 145 target=none
example: 1451 | Mozambican opposition supporters rioted in Maputo over the disputed election results.
example: 1452 | Belgian farmers rioted in Brussels against the EU trade deal with Mercosur.
example: 1453 | French youths rioted in Nanterre over the police killing of a teenager.
example: 1454 | Kanak youths rioted in Noumea against the constitutional reform on voting rights.
example: 145 | Anti-immigration rioters rampaged through the English town of Southport.
example: 1451 | Congolese opposition supporters rampaged through Kinshasa over the disputed election results.
example: 1452 | Kenyan protesters rioted in Nairobi over the finance bill.
example: 1453 | Senegalese youths rioted in Dakar over the arrest of opposition leader Ousmane Sonko.
example: 1454 | Kashmiri youths rioted in Srinagar against Indian rule.
example: 145 | Supporters of the defeated candidate rioted in Maputo on Thursday.
note: The demand reads off the object of over/against/for, as for the other protest verbs.

[verb v14-storm]
lemma: storm
pattern: 175 obj=protest_camp|camp|sit-in|encampment|occupied_building target=none
pattern: 145 obj=&V14_STORM_SITE|headquarters|headquarter|office prep=of target=prep
pattern: 145 obj=&V14_STORM_SITE
example: 145 | Supporters of Jair Bolsonaro stormed Brazil's Congress in Brasilia.
example: 145 | Iraqi protesters stormed the Swedish embassy in Baghdad early on Thursday.
example: 145 | Protesters stormed the offices of the ruling party in Kathmandu.
example: 175 | Police stormed the pro-Palestinian encampment at the University of Amsterdam.
note: Military storming of towns and positions is left to 19x; police storming a protest camp is repression.

[verb v14-throw]
lemma: throw | hurl | lob
pattern: 145 obj=&V14_MISSILE_RIOT prep=at|toward|towards|into target=prep
pattern: 145 obj=&V14_MISSILE_RIOT target=none
pattern: 140 obj=paint|soup|egg|tomato|cake|custard|powder|milkshake target=none
example: 145 | Protesters hurled stones and petrol bombs at riot police in Nairobi.
example: 145 | Palestinian youths threw stones at Israeli troops near Nablus.
example: 140 | Spanish climate activists threw red paint at the parliament building in Madrid.
note: Grenades and explosives thrown are attacks (18x/19x), not riots.

[verb v14-pelt]
lemma: pelt
pattern: 145
example: 145 | Demonstrators pelted police with rocks outside the Georgian parliament.

[verb v14-smash]
lemma: smash
pattern: 145 obj=window|windscreen|windshield|car|shop|storefront|shopfront|door|gate|furniture|camera|atm|bus target=none
example: 145 | Rioters smashed shop windows in central Rotterdam after the curfew took effect.

[verb v14-rise]
lemma: rise
pattern: 145 prt=up prep=against target=prep
example: 145 | Bangladeshi students rose up against the government of Sheikh Hasina in July.

[verb v14-revolt]
lemma: revolt
pattern: 145 prep=against target=prep
pattern: 145 target=none
example: 145 | Prisoners revolted at the Litoral penitentiary in Guayaquil.

[verb v14-disrupt]
lemma: disrupt | cripple
pattern: 176 obj=&V14_CYBER_TARGET|grid|power_grid prep=of target=prep
pattern: 176 obj=&V14_CYBER_TARGET|grid|power_grid target=none
pattern: 170 obj=&V14_PROTEST_EVENT prep=by|of target=prep
pattern: 170 obj=&V14_PROTEST_EVENT target=none
pattern: 144 obj=traffic|transport|rail_service|flight|air_traffic target=none
pattern: 140 obj=speech|address|hearing|event|ceremony|session prep=by|of target=prep
pattern: 140 obj=speech|address|hearing target=none
example: 176 | Pro-Russian hackers disrupted the websites of several Lithuanian ministries.
example: 140 | Pro-Palestinian activists disrupted a speech by Secretary of State Antony Blinken.
example: 144 | Climate activists disrupted traffic in Berlin on Monday.
example: 170 | Police disrupted a rally by opposition supporters in Harare.


[verb v14-glue]
lemma: glue | chain | handcuff
pattern: 144 prep=to|onto target=none
example: 144 | German climate activists glued themselves to a motorway in Munich during the morning rush hour.
example: 144 | Dutch Greenpeace activists chained themselves to the gates of parliament in The Hague.
note: Only with "to": the object is a reflexive ("themselves"), the obstruction is the place they attach to.

[verb v14-spray]
lemma: spray | spray-paint
pattern: 140 obj=paint|graffiti|slogan|orange_paint|red_paint prep=on|onto|over target=none
pattern: 140 obj=graffiti|slogan target=none
example: 140 | British climate activists sprayed orange paint on Stonehenge.
example: 140 | Students sprayed slogans against the junta on walls across Yangon.

[verb v14-topple]
lemma: topple
pattern: 1712 obj=statue|monument|memorial|bust target=none
example: 1712 | Russian occupation authorities toppled a monument to Ukrainian poet Taras Shevchenko in Borodianka.
note: Only monuments; "toppled the government" is not a protest event code.

# ---------------------------------------------------------------------------------------------------------------
# 15 EXHIBIT FORCE POSTURE: mobilise and deploy (153, 154, 155), alerts (151, 152), shows of force (150)
# ---------------------------------------------------------------------------------------------------------------

[verb v14-remain-alert]
lemma: remain | stay | keep
pattern: 152 prep=on obj=alert|high_alert|full_alert|maximum_alert|standby|combat_alert|war_footing target=none
example: 152 | South Korean troops remained on high alert along the border after the North's missile launch.
note: Only the forces' own state: "remained on alert" of a populace is no event (its source is no armed force in practice).

[verb v14-deploy]
lemma: deploy | redeploy | station | position | forward-deploy
pattern: 155 obj=&V14_CYBER_FORCE prep=against target=prep
pattern: 155 obj=&V14_CYBER_FORCE target=none
pattern: 153 obj=&V14_POLICE_FORCE prep=against target=prep
pattern: 153 obj=&V14_POLICE_FORCE target=none
pattern: 154 obj=&V14_TROOPS|&V14_WEAPON prep=against target=prep
pattern: 154 obj=&V14_TROOPS|&V14_WEAPON target=none
example: 154 | China deployed warships near Taiwan on Monday.
example: 154 | Israel deployed two more army brigades to the occupied West Bank.
example: 154 | Russia stationed tactical nuclear weapons in Belarus in 2023.
example: 153 | Kenya deployed riot police across Nairobi ahead of planned protests.
example: 153 | Georgia deployed police outside parliament before the vote on the foreign agents bill.
example: 155 | North Korea deployed hackers against South Korean defence contractors, Seoul's spy agency said.
note: Peacekeepers and rescue teams deployed are 074/073 (another file) and are not in these lists.

[verb v14-mobilise]
lemma: mobilise | mobilize
pattern: 155 obj=&V14_CYBER_FORCE target=none
pattern: 153 obj=&V14_POLICE_FORCE target=none
pattern: 154 obj=&V14_TROOPS|reserve|conscript|recruit|man|fighter|volunteer prep=against target=prep
pattern: 154 obj=&V14_TROOPS|reserve|conscript|recruit|man|fighter|volunteer target=none
example: 154 | Russia mobilised 300,000 reservists for the war in Ukraine in 2022.
example: 153 | Peru mobilised 5,000 police officers in Lima ahead of the march.
example: 154 | The Sudanese army mobilized volunteers against the Rapid Support Forces in Gezira.
note: Supporters and voters mobilised are 053 (another file).

[verb v14-build]
lemma: build
pattern: 155 obj=&V14_CYBER_FORCE target=none
pattern: 154 prt=up obj=&V14_TROOPS|&V14_WEAPON|military_presence|naval_presence|arsenal|nuclear_arsenal|force target=none
pattern: 154 prt=up prep=near|along obj=border|frontier|front|frontline target=none
example: 154 | China is building up its military presence in the South China Sea.
example: 155 | Iran is building a cyber army to target Israeli infrastructure, officials said.
example: 154 | Russia has been building up forces near the Finnish border since 2023.

[verb v14-reinforce]
lemma: reinforce | bolster | strengthen | beef | ramp | boost | increase | double | augment | fortify
pattern: 163 obj=tariff|duty|import_duty|retaliatory_tariff|punitive_tariff|levy target=none
pattern: 155 obj=&V14_CYBER_FORCE target=none
pattern: 153 obj=&V14_POLICE_FORCE target=none
pattern: 151 obj=security_presence|security_measure|security_patrol|security_check|security_deployment|security_cordon target=none
pattern: 154 obj=&V14_TROOPS|&V14_WEAPON|military_presence|naval_presence|garrison|border_defence|border_defense target=none
example: 154 | Poland reinforced its troops along the border with Belarus.
example: 154 | The United States boosted its naval presence in the Caribbean near Venezuela.
example: 153 | French authorities beefed up police presence in Marseille after a night of rioting.
example: 151 | Sweden increased security measures at airports and railway stations.
example: 155 | The U.S. military is boosting its cyber force to counter Chinese hackers.
example: 163 | Washington doubled tariffs on Chinese steel and aluminium.
note: Cooperation and ties strengthened are 05x/06x (another file) and are not in these lists.

[verb v14-step]
lemma: step
pattern: 163 obj=tariff|duty|import_duty|retaliatory_tariff|punitive_tariff|levy target=none
pattern: 151 prt=up obj=&V14_SECURITY target=none
pattern: 153 prt=up obj=&V14_POLICE_FORCE target=none
pattern: 154 prt=up obj=&V14_TROOPS|military_presence|naval_presence target=none
pattern: 150 prt=up obj=&V14_EXERCISE prep=around target=prep
pattern: 150 prt=up obj=&V14_EXERCISE target=none
pattern: 163 prt=up obj=&V14_SANCTIONS_CORE prep=on|against target=prep
pattern: 163 prt=up obj=&V14_SANCTIONS_CORE target=none
pattern: 175 prt=up obj=crackdown|repression prep=on|against target=prep
pattern: 175 prt=up obj=crackdown|repression target=none
pattern: 176 prt=up obj=&V14_CYBERATTACK prep=on|against target=prep
pattern: 176 prt=up obj=&V14_CYBERATTACK target=none
pattern: 141 prt=up obj=&V14_PROTEST target=none
example: 151 | Germany stepped up security at Christmas markets after the attack in Magdeburg.
example: 150 | China stepped up military drills around Taiwan.
example: 175 | Belarus stepped up its crackdown on independent media.
example: 153 | Police stepped up patrols in Jewish neighbourhoods of north London.
example: 176 | Russian hackers stepped up cyberattacks against Ukraine's energy companies.
example: 163 | The EU stepped up sanctions against Iran's drone makers.
example: 141 | French farmers stepped up their protests against the EU-Mercosur deal.

[verb v14-send]
lemma: send | dispatch | rush
pattern: 174 prt=back obj=&V14_DEPORTEE
pattern: 174 obj=migrant|asylum_seeker|asylum-seeker|refugee|deportee|illegal_migrant|irregular_migrant
pattern: 153 obj=&V14_POLICE_FORCE target=none
pattern: 154 obj=&V14_TROOPS target=none
example: 154 | Britain dispatched a warship to the Caribbean amid Guyana's border dispute with Venezuela.
example: 074 | Rwanda sent hundreds of troops to Mozambique's Cabo Delgado province to fight insurgents.
example: 154 | The United States sent two aircraft carriers to the eastern Mediterranean.
example: 153 | Ecuador sent 3,000 police officers to Guayaquil after the prison riot.
example: 174 | Italy sent back 200 migrants to Libya under the new agreement.
note: Weapons and aid sent are 07x (another file); only troops, warships and warplanes are posture here. The
note: coder makes troops sent to another country, named as the destination, a deployment (074).

[verb v14-call]
lemma: call
pattern: 154 prt=up obj=&V14_TROOPS|reserve|conscript|recruit target=none
pattern: 154 prt=in obj=army|troop|military|national_guard|soldier|armed_forces target=none
pattern: 154 prt=out obj=army|troop|military|national_guard|soldier|armed_forces target=none
pattern: 153 prt=in obj=&V14_POLICE_FORCE target=none
pattern: 153 prt=out obj=&V14_POLICE_FORCE target=none
pattern: 164 prt=off obj=&V14_NEGOTIATION prep=with target=prep
pattern: 164 prt=off obj=&V14_NEGOTIATION target=none
pattern: 161 prt=off obj=&V14_MEETING prep=to|with target=prep
pattern: 161 prt=off obj=&V14_MEETING target=none
example: 154 | Israel called up 300,000 reservists after the October 7 attack.
example: 154 | Ecuador's president called out the army to patrol the streets of Guayaquil.
example: 164 | Israel called off negotiations with Hamas in Doha on Friday.
example: 161 | Poland's president called off a planned visit to Hungary.
note: "Called off the strike/protest" is not coded (no CAMEO code for ending a protest).

[verb v14-put]
lemma: put | place
pattern: 163 obj=tariff|duty|import_duty|retaliatory_tariff|punitive_tariff|levy target=none
pattern: 173 prep=behind target=obj
pattern: 163 obj=&SANCTIONS|&V14_SANCTIONS_CORE prep=on|against target=prep
pattern: 152 obj=&V14_TROOPS|&V14_WEAPON|army|military|armed_forces prep=on target=none
pattern: 151 obj=&V14_POLICE_FORCE prep=on target=none
pattern: 165 obj=&V14_MEDIATION prep=on target=none
pattern: 172 obj=&V14_PLACE prep=under target=none
pattern: 175 prt=down obj=&V14_PROTEST_EVENT|rebellion|uprising|revolt|unrest|mutiny|insurrection target=none
example: 152 | Pakistan put its armed forces on high alert after the Indian strikes.
example: 151 | The Interior Ministry placed police on high alert across France ahead of New Year's Eve.
example: 173 | A Moscow court put the opposition politician behind bars for eight years.
example: 172 | Indian authorities placed the Kashmir valley under a strict lockdown.
example: 165 | Qatar put its mediation between Israel and Hamas on hold.
example: 163 | Canada placed sanctions on Russian oligarchs and their families.
example: 175 | Syrian security forces put down the uprising in Sweida within a week.
note: "Put talks on hold" is left out: "put talks back on track" looks the same to the cues.
note: "Put X on alert" cannot check "alert" (a prepositional object): "put troops on the border" also codes 152.
note: "Placed the city under curfew/martial law/lockdown" cannot tell which; 172 is their common parent.

[verb v14-raise]
lemma: raise | heighten | elevate
pattern: 163 obj=tariff|duty|import_duty|retaliatory_tariff|punitive_tariff|levy target=none
pattern: 152 obj=&V14_ALERT_MILITARY target=none
pattern: 151 obj=&V14_ALERT_POLICE target=none
pattern: 151 obj=security target=none
example: 151 | Britain raised its terrorism threat level to severe.
example: 152 | Taiwan raised the combat readiness of its forces as Chinese warships approached.
example: 151 | Authorities heightened security around synagogues in Paris.
example: 163 | Washington raised tariffs on Chinese goods to 145 percent.

[verb v14-hike]
lemma: hike
pattern: 163 obj=tariff|duty|import_duty|retaliatory_tariff|punitive_tariff|levy target=none
example: 163 | China hiked tariffs on American farm products in retaliation.

[verb v14-tighten]
lemma: tighten | toughen
pattern: 163 obj=tariff|duty|import_duty|retaliatory_tariff|punitive_tariff|levy target=none
pattern: 151 obj=&V14_SECURITY target=none
pattern: 163 obj=&SANCTIONS|&V14_SANCTIONS_CORE prep=on|against target=prep
pattern: 163 obj=&V14_SANCTIONS_CORE target=none
pattern: 1721 obj=censorship|internet_control|media_control|control_over_media|media_law target=none
pattern: 1723 obj=&V14_CURFEW target=none
example: 151 | Indian authorities tightened security in Jammu and Kashmir ahead of Independence Day.
example: 163 | The United States tightened sanctions on Caracas after the election.
example: 1721 | Beijing tightened internet censorship ahead of the Tiananmen anniversary.
example: 1723 | The army tightened the curfew in Sweida after the clashes.

[verb v14-scramble]
lemma: scramble
pattern: 152 obj=jet|fighter|fighter_jet|aircraft|warplane|interceptor|plane|fighter_plane|fighter_aircraft|helicopter prep=after|against target=prep
pattern: 152 obj=jet|fighter|fighter_jet|aircraft|warplane|interceptor|plane|fighter_plane|fighter_aircraft|helicopter target=none
example: 152 | Japan scrambled fighter jets to intercept Chinese drones near Yonaguni.
example: 152 | Poland scrambled aircraft after Russian drones entered its airspace.

[verb v14-test]
lemma: test | test-fire | test-launch
pattern: 150 obj=&V14_WEAPON target=none
example: 150 | North Korea tested two short-range ballistic missiles on Thursday.
example: 150 | Russia tested a Sarmat intercontinental ballistic missile in the Arctic.
example: 150 | Iran tested a new hypersonic missile, state media reported.
note: Weapons tests rarely name a target; the coder may leave it empty.

[verb v14-point-laser]
lemma: point | aim | shine | direct
pattern: 150 obj=laser|military-grade_laser|laser_beam prep=at|toward|towards target=prep
example: 150 | A Chinese navy ship pointed a laser at an Australian surveillance plane over the Arafura Sea.
note: A laser aimed at another state's ship or plane is a show of force without firing, as the event sets code it.

[verb v14-flex]
lemma: flex | show | display | showcase
pattern: 150 obj=muscle|military_muscle|military_might|might|military_power|show_of_force|firepower target=none
pattern: 150 obj=&V14_WEAPON target=none
example: 150 | China flexed its military muscle with live-fire drills near Taiwan.
example: 150 | North Korea displayed its largest intercontinental ballistic missile at a parade in Pyongyang.
note: "Showed support/restraint" are other files' ("show" has 05x patterns elsewhere).

[verb v14-conduct]
lemma: conduct | perform
pattern: 150 obj=&V14_EXERCISE prep=around target=prep
pattern: 150 obj=&V14_EXERCISE target=none
pattern: 176 obj=&V14_CYBERATTACK prep=on|against target=prep
pattern: 176 obj=&V14_CYBERATTACK target=none
pattern: 173 obj=arrest|mass_arrest|detention|arrest_campaign prep=of target=prep
pattern: 173 obj=arrest|mass_arrest|detention|arrest_campaign target=none
pattern: 1712 obj=demolition|house_demolition target=none
example: 150 | Russia conducted tactical nuclear weapons drills near the Ukrainian border.
example: 176 | Russian hackers conducted cyberattacks against Ukrainian energy companies.
example: 173 | Belarusian security forces conducted mass arrests of opposition supporters.
example: 150 | North Korea conducted a missile test off its east coast.

[verb v14-carry]
lemma: carry
pattern: 150 prt=out obj=&V14_EXERCISE prep=around target=prep
pattern: 150 prt=out obj=&V14_EXERCISE target=none
pattern: 176 prt=out obj=&V14_CYBERATTACK prep=on|against target=prep
pattern: 176 prt=out obj=&V14_CYBERATTACK target=none
pattern: 173 prt=out obj=arrest|mass_arrest|detention|arrest_campaign prep=of target=prep
pattern: 173 prt=out obj=arrest|mass_arrest|detention|arrest_campaign target=none
pattern: 1712 prt=out obj=demolition|house_demolition target=none
pattern: 175 prt=out obj=crackdown|repression prep=on|against target=prep
pattern: 175 prt=out obj=crackdown|repression target=none
example: 1712 | Israeli authorities carried out demolitions of Palestinian homes in East Jerusalem.
example: 150 | Iran carried out military drills near the Strait of Hormuz.
example: 176 | Chinese hackers carried out a cyberattack on the Czech foreign ministry.
example: 173 | Russian police carried out mass arrests of anti-war protesters.
example: 175 | Guinea's junta carried out a crackdown on opposition supporters after the coup.

[verb v14-patrol]
lemma: patrol
pattern: 150 obj=water|sea|strait|airspace|coast|island|reef|shoal|zone|gulf|channel|border_area target=none
pattern: 153 obj=street|city|town|neighbourhood|neighborhood|district|capital|township|slum|square|campus target=none
example: 150 | Chinese coast guard ships patrolled the waters around the Senkaku Islands.
example: 153 | Soldiers and police patrolled the streets of Port Moresby after a night of looting.
note: Joint patrols with a partner are 062 (another file).

[verb v14-buzz]
lemma: buzz | buzze
pattern: 150 obj=ship|vessel|warship|destroyer|frigate|aircraft|plane|jet|boat|patrol_boat|surveillance_aircraft target=none
example: 150 | A Chinese fighter jet buzzed an Australian surveillance aircraft over the South China Sea.
note: "buzze" is the current lemmatizer's lemma of "buzzed".

[verb v14-train]
lemma: train | recruit
pattern: 155 obj=&V14_CYBER_FORCE prep=against target=prep
pattern: 155 obj=&V14_CYBER_FORCE target=none
example: 155 | North Korea trained 7,000 hackers to attack South Korean networks, Seoul's spy agency said.
example: 155 | Iran recruited hackers to target Israeli water systems, Israeli officials said.
note: Troops trained are 062/072 (another file).

[verb v14-establish]
lemma: establish | create | form
pattern: 155 obj=&V14_CYBER_FORCE target=none
example: 155 | Taiwan established a new cyber command to counter attacks from China.
example: 155 | Germany created a cyber force within the Bundeswehr.

[verb v14-set]
lemma: set
pattern: 155 prt=up obj=&V14_CYBER_FORCE target=none
pattern: 144 prt=up obj=&V14_BLOCKADE_NOUN target=none
pattern: 153 prt=up obj=checkpoint|police_checkpoint|security_cordon|cordon target=none
pattern: 140 obj=himself|herself|themselves|oneself prep=on|alight|ablaze target=none
pattern: 1712 obj=fire prep=to|on target=none
example: 144 | Opposition supporters set up roadblocks across Maputo after the election results.
example: 153 | Israeli forces set up checkpoints at the entrances to Jenin.
example: 1712 | Israeli settlers set fire to a mosque in the West Bank village of Deir Istiya.
example: 155 | Vietnam set up a cyber warfare unit to fight what it calls hostile forces.


[verb v14-fly]
lemma: fly
pattern: 150 obj=bomber|strategic_bomber|capable_bomber|warplane|fighter_jet|b-52|b-1b prep=over|near|toward|towards|around target=none
pattern: 150 obj=bomber|strategic_bomber|capable_bomber|b-52|b-1b target=none
pattern: 150 obj=&V14_EXERCISE target=none
example: 150 | The United States flew strategic bombers over the Korean peninsula after the missile launch.
example: 150 | Russia flew nuclear-capable bombers near the Alaskan coast.
example: 150 | Two Russian Tu-95 bombers flew an air patrol over neutral waters of the Barents Sea.
note: Aid flown in is 07x (another file); only warplanes are posture.

[verb v14-sail]
lemma: sail
pattern: 150 obj=warship|destroyer|frigate|aircraft_carrier|carrier|submarine|naval_vessel|carrier_strike_group target=none
example: 150 | The U.S. Navy sailed a destroyer through the Taiwan Strait on Tuesday.

[verb v14-move]
lemma: move | shift
pattern: 154 obj=&V14_TROOPS|&V14_WEAPON target=none
example: 154 | India moved additional troops to the Line of Actual Control with China.
example: 154 | North Korea moved missile launchers toward its east coast, Seoul said.
note: "Moved troops from X" is usually a redeployment away from X and has no target.

# ---------------------------------------------------------------------------------------------------------------
# 16 REDUCE RELATIONS: diplomatic relations (161), relations in general (160), trade and sanctions (163)
# ---------------------------------------------------------------------------------------------------------------

[verb v14-sever]
lemma: sever | rupture
pattern: 163 obj=&V14_TRADE prep=with target=prep
pattern: 163 obj=&V14_TRADE target=none
pattern: 161 obj=membership|status|accreditation|participation|observer_status
pattern: 161 obj=&V14_DIPLO_TIE prep=with target=prep
pattern: 161 obj=&V14_DIPLO_TIE target=none
pattern: 160 obj=&V14_COOPERATION|&V14_LINKS prep=with target=prep
pattern: 160 obj=&V14_COOPERATION|&V14_LINKS target=none
example: 161 | Bolivia severed diplomatic relations with Israel over the war in Gaza.
example: 161 | Nicaragua severed diplomatic ties with Israel in October 2024.
example: 163 | Turkey severed all trade ties with Israel in May 2024.
example: 160 | Niger severed its military cooperation with the United States.

[verb v14-break]
lemma: break
pattern: 161 prt=off obj=&V14_DIPLO_TIE prep=with target=prep
pattern: 161 prt=off obj=&V14_DIPLO_TIE target=none
pattern: 164 prt=off obj=&V14_NEGOTIATION prep=with target=prep
pattern: 164 prt=off obj=&V14_NEGOTIATION target=none
pattern: 160 prt=off obj=&V14_COOPERATION prep=with target=prep
pattern: 160 prt=off obj=&V14_COOPERATION target=none
pattern: 175 prt=up obj=&V14_PROTEST_EVENT prep=by|of target=prep
pattern: 175 prt=up obj=&V14_PROTEST_EVENT target=none
pattern: 161 obj=diplomatic_tie|diplomatic_relation|relation|tie prep=with target=prep
pattern: 140 obj=curfew|&V14_CURFEW|protest_ban|lockdown target=none
example: 161 | Ecuador broke off diplomatic relations with Mexico after the embassy raid.
example: 164 | Colombia's government broke off peace talks with the ELN rebels in January.
example: 175 | Riot police in Tbilisi broke up a rally by opposition supporters outside parliament.
example: 175 | Police broke up the student sit-in at the university in Dhaka.
example: 161 | Honduras broke relations with Taiwan to establish ties with China.
example: 140 | Mauritanian opposition supporters broke the curfew in Nouakchott on Monday night.

[verb v14-cut]
lemma: cut
pattern: 161 obj=&V14_DIPLO_TIE prep=with target=prep
pattern: 161 obj=&V14_DIPLO_TIE target=none
pattern: 1721 obj=&V14_COMMS target=none
pattern: 1623 obj=&V14_HUM_AID prep=to|for target=prep
pattern: 1623 obj=&V14_HUM_AID target=none
pattern: 1622 obj=&V14_MIL_AID prep=to|for target=prep
pattern: 1622 obj=&V14_MIL_AID target=none
pattern: 1621 obj=&V14_ECON_AID prep=to|for target=prep
pattern: 1621 obj=&V14_ECON_AID target=none
pattern: 162 obj=&V14_AID_GENERIC prep=to|for target=prep
pattern: 162 obj=&V14_AID_GENERIC target=none
pattern: 163 obj=&V14_TRADE prep=to|with|from|for target=prep
pattern: 163 obj=&V14_TRADE target=none
pattern: 161 obj=&DIPLOMAT|&V14_DIPLOMAT_EXTRA|embassy_staff|diplomatic_staff
pattern: 160 obj=&V14_COOPERATION|&V14_LINKS prep=with|to target=prep
pattern: 160 obj=&V14_COOPERATION|&V14_LINKS target=none
example: 161 | Niger cut diplomatic ties with Ukraine in August 2024.
example: 163 | Russia cut gas supplies to Poland and Bulgaria.
example: 163 | Israel cut off electricity to the Gaza Strip.
example: 1721 | Bangladeshi authorities cut mobile internet across the country during the student protests.
example: 1621 | The World Bank cut budget support to Uganda over its anti-gay law.
example: 1622 | Washington cut military aid to Egypt over human rights concerns.
example: 1623 | The World Food Programme cut food rations for Rohingya refugees in Bangladesh.
example: 162 | The United States cut funding to UNRWA in January 2024.
example: 160 | Moscow cut direct flights to Georgia in 2019.
note: Heavily metaphorical verb ("cut rates", "cut a deal"): every pattern needs an object from a list.

[verb v14-downgrade]
lemma: downgrade
pattern: 161 obj=&V14_DIPLO_TIE prep=with target=prep
pattern: 161 obj=&V14_DIPLO_TIE|embassy|representation|mission target=none
example: 161 | China downgraded diplomatic relations with Lithuania to the level of charge d'affaires.
example: 161 | Israel downgraded its diplomatic presence in Spain after Madrid recognised a Palestinian state.
note: Bare "downgrade" is credit ratings and forecasts.

[verb v14-recall]
lemma: recall
pattern: 161 obj=&DIPLOMAT|&V14_DIPLOMAT_EXTRA prep=from|to|in target=prep
pattern: 161 obj=&DIPLOMAT|&V14_DIPLOMAT_EXTRA target=none
pattern: 1661 obj=&V14_PEACEKEEPER
pattern: 1662 obj=iaea_inspector|un_inspector|election_observer|election_monitor|osce_observer|osce_monitor|un_investigator|international_observer|observer_mission|monitoring_mission
pattern: 1662 obj=&V14_INSPECTOR target=none
example: 161 | Chile recalled its ambassador to Israel for consultations.
example: 161 | Algeria recalled its ambassador from Paris over France's stance on Western Sahara.
example: 1662 | The OSCE recalled its election observers from Belarus.
example: 1661 | Indonesia recalled its peacekeepers after the attack on UNIFIL positions.
note: Product recalls have no diplomatic object and are not coded.

[verb v14-expel]
lemma: expel
pattern: 161 obj=&DIPLOMAT|&V14_DIPLOMAT_EXTRA
pattern: 1661 obj=&V14_PEACEKEEPER
pattern: 1662 obj=iaea_inspector|un_inspector|election_observer|election_monitor|osce_observer|osce_monitor|un_investigator|international_observer|observer_mission|monitoring_mission
pattern: 1662 obj=&V14_INSPECTOR target=none
pattern: 1663 obj=&V14_AID_AGENCY
pattern: 166 obj=&V14_MISSION target=none
pattern: 174 obj=&V14_DEPORTEE
pattern: 174
example: 161 | Poland expelled 45 Russian diplomats on suspicion of spying.
example: 161 | India expelled Pakistani military advisers from its capital after the attack in Kashmir.
example: 161 | Russia expelled diplomats from Sweden, Poland and Germany on Friday.
example: 161 | Three Russian diplomats were expelled by Moldova on Friday.
example: 1661 | Mali's junta expelled U.N. peacekeepers from the country.
example: 1662 | Iran expelled several IAEA inspectors in 2023.
example: 1663 | The Taliban expelled foreign aid groups from Afghanistan.
example: 166 | Burundi expelled the U.N. human rights office in 2019.
example: 174 | Malaysia expelled 86 Myanmar nationals despite a court order.
example: 174 | A Russian journalist was expelled by Azerbaijan on Friday.
note: The codebook splits expulsions by who is expelled: diplomats 161, peacekeepers 1661, inspectors and
note: observers 1662, aid agencies 1663, other missions 166, individuals 174. A country expelled from an
note: organisation also falls to the bare 174 and should be 160: the coder cannot see that the object is a state.

[verb v14-withdraw]
lemma: withdraw
pattern: 161 obj=&DIPLOMAT|&V14_DIPLOMAT_EXTRA prep=from|to target=prep
pattern: 161 obj=&DIPLOMAT|&V14_DIPLOMAT_EXTRA
pattern: 161 obj=recognition|invitation|diplomatic_recognition target=none
pattern: 1661 obj=&V14_PEACEKEEPER prep=from target=prep
pattern: 1661 obj=&V14_PEACEKEEPER
pattern: 1662 obj=&V14_INSPECTOR prep=from target=prep
pattern: 1662 obj=iaea_inspector|un_inspector|election_observer|election_monitor|osce_observer|osce_monitor|un_investigator|international_observer|observer_mission|monitoring_mission
pattern: 1662 obj=&V14_INSPECTOR target=none
pattern: 1663 obj=&V14_AID_AGENCY prep=from target=prep
pattern: 1663 obj=&V14_AID_AGENCY
pattern: 1623 obj=&V14_HUM_AID prep=to|for|from target=prep
pattern: 1623 obj=&V14_HUM_AID target=none
pattern: 1622 obj=&V14_MIL_AID prep=to|for|from target=prep
pattern: 1622 obj=&V14_MIL_AID target=none
pattern: 1621 obj=&V14_ECON_AID prep=to|for|from target=prep
pattern: 1621 obj=&V14_ECON_AID target=none
pattern: 162 obj=&V14_AID_GENERIC prep=to|for|from target=prep
pattern: 162 obj=&V14_AID_GENERIC target=none
pattern: 166 obj=&V14_MISSION prep=from target=prep
pattern: 166 obj=&V14_MISSION target=none
pattern: 1721 obj=licence|license|accreditation|press_accreditation|press_card|broadcast_licence|broadcasting_licence target=none
example: 161 | Israel withdrew its ambassador to Turkey over Ankara's criticism of the Gaza war.
example: 1662 | The OSCE withdrew its monitors from eastern Ukraine in March 2022.
example: 1663 | Doctors Without Borders withdrew its aid workers from northern Gaza.
example: 1621 | The European Union withdrew budget support from Niger after the coup.
example: 161 | Somalia withdrew its recognition of the Kenyan envoy after the dispute.
example: 1721 | Burkina Faso withdrew the accreditation of journalists from Le Monde and Liberation.
note: Troops withdrawn are 0874 (another file). Withdrawal "from" a treaty or organisation cannot be told apart
note: from a withdrawal from a town (prepositional object), so it is not coded here.

[verb v14-pull]
lemma: pull
pattern: 161 prt=out obj=&DIPLOMAT|&V14_DIPLOMAT_EXTRA|embassy_staff|diplomatic_staff
pattern: 1661 prt=out obj=&V14_PEACEKEEPER
pattern: 1662 prt=out obj=iaea_inspector|un_inspector|election_observer|osce_observer|osce_monitor|international_observer
pattern: 1662 prt=out obj=&V14_INSPECTOR target=none
pattern: 1663 prt=out obj=&V14_AID_AGENCY
pattern: 166 prt=out obj=&V14_MISSION target=none
pattern: 161 obj=&DIPLOMAT|&V14_DIPLOMAT_EXTRA prep=from target=prep
pattern: 1661 obj=&V14_PEACEKEEPER prep=from target=prep
pattern: 1712 prt=down obj=statue|monument|memorial|poster|portrait|billboard|flag|fence|barrier target=none
example: 1661 | Britain pulled out its peacekeepers from Mali in 2022.
example: 1663 | The International Committee of the Red Cross pulled out its aid workers from Rafah.
example: 161 | The United States pulled its diplomats from Niger after the coup.
example: 1712 | Syria's new authorities pulled down a statue of Hafez al-Assad in Hama.
note: "Pulled out of the talks/treaty" has no object and is not coded (the prepositional object is not visible).

[verb v14-cancel]
lemma: cancel | postpone | axe | scrap
pattern: 164 obj=&V14_NEGOTIATION prep=with target=prep
pattern: 164 obj=&V14_NEGOTIATION target=none
pattern: 161 obj=&V14_MEETING prep=to|with|in target=prep
pattern: 161 obj=&V14_MEETING target=none
pattern: 1623 obj=&V14_HUM_AID target=none
pattern: 1622 obj=&V14_MIL_AID prep=to target=prep
pattern: 1622 obj=&V14_MIL_AID target=none
pattern: 1621 obj=&V14_ECON_AID prep=to target=prep
pattern: 162 obj=&V14_AID_GENERIC prep=to target=prep
pattern: 160 obj=&V14_COOPERATION|&V14_LINKS prep=with|to target=prep
pattern: 160 obj=&V14_COOPERATION|&V14_LINKS target=none
pattern: 160 obj=&V14_TREATY prep=with target=prep
pattern: 1721 obj=licence|license|accreditation|registration|broadcast_licence|press_accreditation target=none
example: 161 | Japan's foreign minister cancelled a planned visit to Beijing after the row over Taiwan.
example: 164 | Hamas postponed the ceasefire talks in Cairo.
example: 161 | Donald Trump cancelled the planned summit with Vladimir Putin in Budapest.
example: 1622 | Canada cancelled arms exports to Israel in March 2024.
example: 160 | Poland scrapped its defence cooperation with Belarus.
example: 1721 | Hong Kong authorities cancelled the registration of the pro-democracy union.
note: Cancelled debts and curfews are 071/081x (another file): they are not in these lists.

[verb v14-suspend]
lemma: suspend
pattern: 1622 obj=&V14_MUNITION prep=to|from target=prep
pattern: 1622 obj=&V14_MUNITION target=none
pattern: 164 obj=&V14_NEGOTIATION prep=with target=prep
pattern: 164 obj=&V14_NEGOTIATION target=none
pattern: 165 obj=&V14_MEDIATION target=none
pattern: 165 obj=effort|bid|attempt|role comp=mediate|broker target=none
pattern: 161 obj=&V14_DIPLO_TIE prep=with target=prep
pattern: 161 obj=&V14_DIPLO_TIE target=none
pattern: 1623 obj=&V14_HUM_AID prep=to target=prep
pattern: 1623 obj=&V14_HUM_AID target=none
pattern: 1622 obj=&V14_MIL_AID prep=to target=prep
pattern: 1622 obj=&V14_MIL_AID target=none
pattern: 1621 obj=&V14_ECON_AID prep=to target=prep
pattern: 1621 obj=&V14_ECON_AID target=none
pattern: 162 obj=&V14_AID_GENERIC prep=to target=prep
pattern: 162 obj=&V14_AID_GENERIC target=none
pattern: 163 obj=&V14_TRADE prep=with|to|from target=prep
pattern: 163 obj=&V14_TRADE target=none
pattern: 1722 obj=&V14_PARTY
pattern: 1721 obj=&V14_MEDIA_OUTLET|&V14_ORG
pattern: 1721 obj=&V14_MEDIA_TECH|licence|license|accreditation|broadcast target=none
pattern: 1724 obj=constitution|parliament|legislature|constitutional_right|civil_liberty|habeas_corpus|constitutional_order target=none
pattern: 161 obj=membership|status|observer_status|participation|voting_right|seat
pattern: 160 obj=&V14_COOPERATION|&V14_LINKS|&V14_TREATY prep=with|to target=prep
pattern: 160 obj=&V14_COOPERATION|&V14_LINKS|&V14_TREATY target=none
pattern: 161 prep=from target=obj
example: 164 | Israel suspended negotiations with Hamas in Doha after the strike in Rafah.
example: 165 | Qatar suspended its mediation between Israel and Hamas in November 2024.
example: 165 | Kenya suspended its efforts to mediate between Ethiopia and Somalia.
example: 161 | Venezuela suspended diplomatic relations with Argentina, Chile and Peru.
example: 161 | The African Union suspended Mali from all its activities after the second coup in nine months.
example: 161 | The Arab League suspended Syria's membership in November 2011.
example: 163 | China suspended imports of Japanese seafood after the Fukushima water release.
example: 1621 | The United States suspended economic aid to Niger after the coup.
example: 1622 | Washington suspended military aid to Ukraine in March 2025.
example: 1623 | The World Food Programme suspended food aid to Tigray in 2023.
example: 162 | Sweden suspended funding to UNRWA in January 2024.
example: 1722 | Mali's junta suspended all political parties in April 2024.
example: 1721 | Burkina Faso suspended the French broadcaster RFI.
example: 1724 | Tunisia's President Kais Saied suspended parliament in July 2021.
example: 160 | Russia suspended its participation in the New START treaty.
example: 160 | The African Union suspended Niger from the bloc after the coup.
note: "Suspended X from Y" (prepositional object not visible) takes membership as the reading: "suspended
note: Niger from the AU". An official "suspended from duty" is miscoded when the coder resolves him as an actor.
example: 161 | The African Union suspended Mali's membership after the second coup.

[verb v14-halt]
lemma: halt | stop | cease | discontinue | pause
pattern: 1622 obj=&V14_MUNITION prep=to|from target=prep
pattern: 1622 obj=&V14_MUNITION target=none
pattern: 143 obj=work|work_stoppage target=none voice=active
pattern: 164 obj=&V14_NEGOTIATION prep=with target=prep
pattern: 164 obj=&V14_NEGOTIATION target=none
pattern: 165 obj=&V14_MEDIATION target=none
pattern: 165 obj=effort|bid|attempt|role comp=mediate|broker target=none
pattern: 1623 obj=&V14_HUM_AID prep=to target=prep
pattern: 1623 obj=&V14_HUM_AID target=none
pattern: 1622 obj=&V14_MIL_AID prep=to target=prep
pattern: 1622 obj=&V14_MIL_AID target=none
pattern: 1621 obj=&V14_ECON_AID prep=to target=prep
pattern: 1621 obj=&V14_ECON_AID target=none
pattern: 162 obj=&V14_AID_GENERIC prep=to target=prep
pattern: 162 obj=&V14_AID_GENERIC target=none
pattern: 163 obj=&V14_TRADE prep=with|to|from target=prep
pattern: 163 obj=&V14_TRADE target=none
pattern: 160 obj=&V14_COOPERATION|&V14_LINKS prep=with|to target=prep
pattern: 160 obj=&V14_COOPERATION|&V14_LINKS target=none
pattern: 170 obj=&V14_PROTEST_EVENT prep=by target=prep
pattern: 170 obj=&V14_PROTEST_EVENT target=none
example: 143 | Greek dockworkers stopped work at Piraeus for 24 hours over pay.
example: 163 | Turkey halted all trade with Israel in May 2024.
example: 1622 | Britain halted some arms sales to Israel in September 2024.
example: 1623 | UNRWA paused food deliveries in northern Gaza after an attack on a convoy.
example: 164 | Ukraine halted talks with Russia after the massacre in Bucha.
example: 165 | Egypt stopped its mediation between the rival Libyan governments.
example: 162 | The Trump administration halted foreign aid to South Africa.
example: 160 | Azerbaijan stopped cooperation with Russian state media after the crash.
example: 170 | Belarusian police stopped a march by opposition supporters in Minsk.
note: Halted fighting or offensives are 0871 (another file); halted deportations or demolitions are not here.
example: 1622 | Washington paused a shipment of artillery shells to Kyiv.

[verb v14-freeze]
lemma: freeze
pattern: 163 obj=&V14_FROZEN prep=of|belonging target=prep
pattern: 163 obj=&V14_FROZEN target=none
pattern: 164 obj=&V14_NEGOTIATION prep=with target=prep
pattern: 164 obj=&V14_NEGOTIATION target=none
pattern: 161 obj=&V14_DIPLO_TIE prep=with target=prep
pattern: 161 obj=&V14_DIPLO_TIE target=none
pattern: 1622 obj=&V14_MIL_AID prep=to target=prep
pattern: 1622 obj=&V14_MIL_AID target=none
pattern: 1621 obj=&V14_ECON_AID prep=to target=prep
pattern: 1621 obj=&V14_ECON_AID target=none
pattern: 162 obj=&V14_AID_GENERIC prep=to target=prep
pattern: 162 obj=&V14_AID_GENERIC target=none
pattern: 160 obj=&V14_COOPERATION prep=with target=prep
pattern: 160 obj=&V14_COOPERATION target=none
example: 163 | The European Union froze the assets of Russian oligarchs close to the Kremlin.
example: 163 | Britain froze the bank accounts of two Iranian officials.
example: 1621 | The World Bank froze new lending to Mali after the coup.
example: 161 | Morocco froze diplomatic contacts with the German embassy in Rabat.
example: 164 | Kosovo froze its dialogue with Serbia after the attack in Banjska.
example: 160 | Denmark froze its development cooperation with Tanzania over the anti-gay campaign.

[verb v14-end]
lemma: end | terminate
pattern: 165 obj=&V14_MEDIATION target=none
pattern: 161 obj=&V14_DIPLO_TIE prep=with target=prep
pattern: 161 obj=&V14_DIPLO_TIE target=none
pattern: 1661 obj=peacekeeping_mission|peacekeeping_operation|peacekeeping_force|stabilisation_mission|stabilization_mission target=none
pattern: 1622 obj=&V14_MIL_AID prep=to target=prep
pattern: 1621 obj=&V14_ECON_AID prep=to target=prep
pattern: 1623 obj=&V14_HUM_AID prep=to target=prep
pattern: 162 obj=&V14_AID_GENERIC prep=to target=prep
pattern: 163 obj=&V14_TRADE prep=with|to target=prep
pattern: 160 obj=&V14_COOPERATION|&V14_TREATY prep=with target=prep
pattern: 160 obj=&V14_COOPERATION|&V14_TREATY target=none
example: 160 | Mali terminated its defence agreements with France in 2022.
example: 1661 | The Security Council ended the peacekeeping mission in Mali at the junta's request.
example: 165 | Norway ended its facilitation role between the Colombian government and the ELN.
example: 1621 | The Netherlands ended development aid to Rwanda over its support for M23.
example: 161 | Nicaragua ended diplomatic relations with the Netherlands in 2022.
note: "Ended talks" is left out: most ended talks are simply over ("ended two days of talks").

[verb v14-reduce]
lemma: reduce | slash | trim | curtail | scale | shrink
pattern: 161 obj=&DIPLOMAT|&V14_DIPLOMAT_EXTRA|embassy_staff|diplomatic_staff|diplomatic_presence prep=in|at target=prep
pattern: 161 obj=&V14_DIPLO_TIE|&DIPLOMAT|&V14_DIPLOMAT_EXTRA|embassy_staff|diplomatic_staff
pattern: 1623 obj=&V14_HUM_AID prep=to|for target=prep
pattern: 1623 obj=&V14_HUM_AID target=none
pattern: 1622 obj=&V14_MIL_AID prep=to|for target=prep
pattern: 1622 obj=&V14_MIL_AID target=none
pattern: 1621 obj=&V14_ECON_AID prep=to|for target=prep
pattern: 1621 obj=&V14_ECON_AID target=none
pattern: 162 obj=&V14_AID_GENERIC prep=to|for target=prep
pattern: 162 obj=&V14_AID_GENERIC target=none
pattern: 163 obj=&V14_TRADE prep=with|to|from target=prep
pattern: 160 obj=&V14_COOPERATION prep=with target=prep
pattern: 1721 obj=&V14_FREEDOM prep=of target=prep
pattern: 1721 obj=&V14_FREEDOM target=none
example: 161 | The United States reduced its diplomatic staff in Niger.
example: 1621 | The European Union scaled back budget support to Tunisia.
example: 1623 | The World Food Programme slashed food rations for refugees in Chad.
example: 162 | Britain slashed its aid to Ethiopia by half.
example: 1721 | Georgia's parliament curtailed press freedom with the foreign agents law.
example: 160 | Taiwan curtailed its cooperation with Honduras after the switch to Beijing.
note: Reduced emissions, rates or forecasts are not in these lists.

[verb v14-withhold]
lemma: withhold
pattern: 1622 obj=&V14_MUNITION prep=to|from target=prep
pattern: 1622 obj=&V14_MUNITION target=none
pattern: 1621 obj=&V14_ECON_AID prep=from|to target=prep
pattern: 1621 obj=&V14_ECON_AID target=none
pattern: 1622 obj=&V14_MIL_AID prep=from|to target=prep
pattern: 1622 obj=&V14_MIL_AID target=none
pattern: 1623 obj=&V14_HUM_AID prep=from|to target=prep
pattern: 1623 obj=&V14_HUM_AID target=none
pattern: 162 obj=&V14_AID_GENERIC prep=from|to target=prep
pattern: 162 obj=&V14_AID_GENERIC target=none
example: 1621 | Israel withheld tax revenues from the Palestinian Authority.
example: 1622 | Washington withheld military aid from Ukraine for several weeks in 2019.
example: 162 | The Netherlands withheld funding for UNRWA pending an investigation.

[verb v14-hit-with]
lemma: hit
pattern: 163 prt=back prep=with obj=tariff|duty|sanction|levy|countermeasure|retaliatory_tariff|import_duty|export_control target=none
pattern: 163 prep=with obj=tariff|duty|sanction|levy|import_duty|retaliatory_tariff|export_control|export_ban|embargo
example: 163 | Canada hit back with 25 percent tariffs on billions of dollars' worth of U.S. goods.
example: 163 | Washington hit Chinese chipmakers with new export controls on Tuesday.
note: Hitting someone with tariffs or sanctions is imposing them (163); hitting a target with a weapon is root 19.

[verb v14-impose]
lemma: impose | slap | levy | reimpose | re-impose | institute
pattern: 163 obj=tariff|duty|import_duty|retaliatory_tariff|punitive_tariff|levy target=none
pattern: 191 obj=blockade|naval_blockade|siege|total_siege|full_siege target=none
pattern: 1723 obj=&V14_CURFEW target=none
pattern: 1724 obj=&V14_EMERGENCY target=none
pattern: 1721 obj=censorship|media_blackout|medium_blackout|blackout|news_blackout|internet_blackout|internet_shutdown|protest_ban|rally_ban|gag_order|reporting_restriction|press_restriction|media_restriction|medium_restriction target=none
pattern: 172 obj=lockdown|movement_restriction|travel_restriction|closure|restriction_on_movement target=none
pattern: 173 obj=house_arrest|detention_order|prison_sentence|jail_term target=none
pattern: 163 obj=&SANCTIONS|&V14_SANCTIONS_CORE prep=on|against target=prep
pattern: 163 obj=&V14_SANCTIONS_CORE target=none
example: 163 | Britain imposed sanctions on two Israeli settler outposts.
example: 163 | Washington slapped tariffs on Chinese electric vehicles.
example: 163 | Fresh sanctions were imposed on Iran by the European Union on Monday.
example: 1723 | Authorities imposed a curfew in the Senegalese city of Ziguinchor after clashes.
example: 1724 | Sri Lanka's president imposed a state of emergency as protests spread.
example: 1723 | The Ecuadorian government instituted a nightly curfew in Guayaquil after the prison riots.
example: 1721 | Niger's junta imposed a media blackout on the north of the country.
example: 172 | Indian authorities imposed a lockdown on the Kashmir valley.
example: 173 | A Bangladeshi court imposed house arrest on the former minister.
example: 191 | Israel imposed a total siege on the Gaza Strip.
note: The 191 pattern only keeps blockades and sieges (which the shared SANCTIONS set also holds) out of 163.

[verb v14-extend]
lemma: extend | renew | prolong | widen | broaden | expand
pattern: 163 obj=tariff|duty|import_duty|retaliatory_tariff|punitive_tariff|levy target=none
pattern: 163 obj=&SANCTIONS|&V14_SANCTIONS_CORE prep=on|against|to target=prep
pattern: 163 obj=&V14_SANCTIONS_CORE target=none
pattern: 1723 obj=&V14_CURFEW target=none
pattern: 1724 obj=&V14_EMERGENCY target=none
pattern: 175 obj=crackdown|repression prep=on|against|to target=prep
pattern: 175 obj=crackdown|repression target=none
pattern: 155 obj=&V14_CYBER_FORCE target=none
pattern: 154 obj=military_presence|naval_presence|&V14_TROOPS target=none
example: 1724 | El Salvador's Congress extended the state of emergency for another 30 days.
example: 163 | The European Union renewed its economic sanctions against Russia for six months.
example: 175 | Tehran widened its crackdown on protesters to schools and universities.
example: 1723 | The army extended the curfew in Imphal for another 48 hours.
example: 154 | The United States expanded its military presence in the Caribbean near Venezuela.
example: 155 | The U.S. military expanded its cyber force to 133 teams.
note: Extended aid and credit lines are 07x (another file) and are not in these lists.

[verb v14-sanction]
lemma: sanction | blacklist | embargo
pattern: 163
example: 163 | The US Treasury sanctioned three Hong Kong officials on Monday.
example: 163 | The Commerce Department blacklisted 20 Chinese companies over ties to the military.
example: 163 | Two Israeli ministers were sanctioned by Britain, Canada and Australia.

[verb v14-target]
lemma: target
pattern: 176 obj=website|web_site|server|email|email_account|account|computer|computer_network|computer_system|database|it_system|inbox|mailbox prep=of target=prep
pattern: 176 obj=website|web_site|server|email|email_account|account|computer|computer_network|computer_system|database|it_system|inbox|mailbox target=none
example: 176 | Iranian hackers targeted the email accounts of Israeli officials.
example: 176 | Pro-Russian hackers targeted the websites of the Danish government.
note: Only computer objects: "targeted air defence systems" is military and is left alone.


[verb v14-snub]
lemma: snub | skip
pattern: 161 obj=&V14_MEETING prep=in|of|hosted target=prep
pattern: 161 obj=&V14_MEETING target=none
example: 161 | Prime Minister Narendra Modi skipped the summit of the Shanghai Cooperation Organisation in Astana.
example: 161 | Several European leaders snubbed the Victory Day parade in Moscow.
note: Only meetings, visits and ceremonies; snubbed people are 12x (another file).

[verb v14-delay]
lemma: delay
pattern: 1622 obj=&V14_MUNITION prep=to|from target=prep
pattern: 1622 obj=&V14_MUNITION target=none
pattern: 1622 obj=&V14_MIL_AID prep=to target=prep
pattern: 1622 obj=&V14_MIL_AID target=none
pattern: 1623 obj=&V14_HUM_AID prep=to|into target=prep
pattern: 1621 obj=&V14_ECON_AID prep=to target=prep
pattern: 164 obj=&V14_NEGOTIATION prep=with target=prep
pattern: 1623 obj=&V14_HUM_AID target=none
pattern: 1621 obj=&V14_ECON_AID target=none
example: 1622 | Washington delayed arms deliveries to Israel over the Rafah offensive.
example: 164 | Israel delayed the talks with Hamas on the second phase of the truce.
example: 1621 | The IMF delayed the next loan tranche for Pakistan.
note: A delay of aid or talks is coded as a reduction (1622, 1623, 1621) or disruption (164) only with these objects.

# ---------------------------------------------------------------------------------------------------------------
# 16 REDUCE RELATIONS: negotiations (164), mediation (165), expulsion and withdrawal (166x)
# ---------------------------------------------------------------------------------------------------------------

[verb v14-abandon]
lemma: abandon | quit | exit | leave | ditch
pattern: 164 obj=&V14_NEGOTIATION|table target=none
pattern: 165 obj=&V14_MEDIATION target=none
pattern: 160 obj=&V14_BLOC
pattern: 160 obj=&V14_TREATY|&V14_BLOC target=none
example: 160 | Mali, Burkina Faso and Niger quit the regional bloc ECOWAS in January 2025.
example: 160 | The United States formally left the World Health Organization in January 2026.
example: 160 | Russia exited the Treaty on Conventional Armed Forces in Europe.
example: 164 | The Sudanese army quit the Jeddah talks with the Rapid Support Forces.
example: 165 | Egypt abandoned its mediation efforts between Israel and Hamas.
example: 160 | The United States left the Paris climate agreement a second time.

[verb v14-withdraw-from]
lemma: withdraw | pull
pattern: 160 prt=out prep=of obj=&V14_TREATY|&V14_BLOC target=prep
pattern: 160 prep=from obj=&V14_TREATY|&V14_BLOC target=prep
pattern: 160 prt=out prep=of obj=&V14_TREATY|&V14_BLOC target=none
pattern: 160 prep=from obj=&V14_TREATY|&V14_BLOC target=none
example: 160 | Burkina Faso pulled out of the Sahel security alliance G5 in 2022.
example: 160 | Nicaragua withdrew from the Organization of American States in November 2023.
example: 160 | Russia pulled out of the Council of Europe before it was expelled.
note: Only organisations and treaties: "pulled out of Kabul" or "withdrew from the town" is a retreat (0874), and forces as object are in v05-withdraw.

[verb v14-derail]
lemma: derail | torpedo | scuttle | sabotage | wreck
pattern: 164 obj=&V14_NEGOTIATION prep=with|between target=prep
pattern: 164 obj=&V14_NEGOTIATION target=none
pattern: 1712 obj=pipeline|gas_pipeline|oil_pipeline|cable|undersea_cable|subsea_cable|power_line|railway|rail_line|railway_line|substation|infrastructure|power_station|power_grid target=none
example: 164 | Hardliners in Tehran torpedoed the nuclear talks with Washington.
example: 1712 | Ukrainian special forces sabotaged a railway line in Russia's Bryansk region.

[verb v14-fail]
lemma: fail
pattern: 165 comp=broker|mediate|facilitate target=none
pattern: 164 comp=reach|agree|clinch|seal|conclude|finalize|finalise|strike|bridge|narrow|resolve|break target=none
example: 164 | Armenia and Azerbaijan failed to reach a peace agreement in Washington.
example: 165 | Egypt and Qatar failed to broker a ceasefire between Israel and Hamas.
note: Failed negotiations are 164 and failed mediation 165 in the codebook; if the coder treats "failed to" like
note: negation, these patterns are what restores the codes.

[verb v14-give]
lemma: give | hand
pattern: 165 prt=up obj=&V14_MEDIATION target=none
pattern: 164 prt=up obj=&V14_NEGOTIATION target=none
pattern: 173 obj=sentence|death_sentence|prison_sentence|jail_sentence|prison_term|jail_term|term
example: 165 | Turkey gave up its mediation between Russia and Ukraine after the Istanbul round.
example: 164 | Kyiv gave up the talks with Moscow after the annexation decrees.
example: 173 | A Tehran court gave a French tourist a five-year prison sentence for espionage.

[verb v14-order]
lemma: order
pattern: 1721 obj=&V14_MEDIA_OUTLET comp=suspend|stop|close|cease|halt|shut target=obj
pattern: 153 obj=patrol|security_patrol|police_patrol|joint_patrol target=none
pattern: 161 prt=out obj=&DIPLOMAT|&V14_DIPLOMAT_EXTRA
pattern: 161 comp=leave|depart|exit obj=&DIPLOMAT|&V14_DIPLOMAT_EXTRA
pattern: 1661 comp=leave|depart|exit|withdraw obj=&V14_PEACEKEEPER
pattern: 1661 prt=out obj=&V14_PEACEKEEPER
pattern: 1662 comp=leave|depart|exit obj=&V14_INSPECTOR
pattern: 1662 prt=out obj=&V14_INSPECTOR
pattern: 1663 comp=leave|depart|exit|suspend|halt|cease obj=&V14_AID_AGENCY
pattern: 1663 prt=out obj=&V14_AID_AGENCY
pattern: 166 comp=leave|depart|exit|close obj=&V14_MISSION target=none
pattern: 166 prt=out obj=&V14_MISSION target=none
pattern: 166 comp=leave|depart|exit|withdraw obj=&V14_TROOPS
pattern: 166 prt=out obj=&V14_TROOPS
pattern: 154 obj=&V14_TROOPS prep=to|into target=none
pattern: 174 comp=leave|depart|exit obj=&V14_DEPORTEE
pattern: 174 prt=out obj=&V14_DEPORTEE
pattern: 173 obj=arrest|detention|re-arrest prep=of target=prep
pattern: 174 obj=deportation|extradition prep=of target=prep
pattern: 166 obj=expulsion|withdrawal prep=of target=prep
pattern: 161 obj=closure|shutdown prep=of target=prep
pattern: 1723 obj=&V14_CURFEW target=none
example: 1721 | Nicaragua's government ordered the newspaper La Prensa to suspend publication.
example: 153 | The governor of Sindh ordered police patrols across Karachi after the riots.
example: 161 | Burkina Faso ordered three French diplomats to leave the country.
example: 1661 | The Malian junta ordered U.N. peacekeepers to leave the country.
example: 1663 | Ethiopia ordered three foreign aid groups to suspend their operations in the country.
example: 173 | A Moscow court ordered the arrest of the exiled journalist in absentia.
example: 161 | Poland ordered the closure of Russia's consulate in Gdansk.
example: 174 | A U.S. judge ordered the deportation of a pro-Palestinian student activist.
example: 1723 | The governor ordered a curfew in Port Harcourt after the riots.
example: 174 | Niger's junta ordered the French journalists to leave within 48 hours.
example: 166 | Mali ordered the U.N. human rights office to close within a week.
note: "Ordered residents to leave" (evacuation) is not expulsion and has no object from these lists.
example: 166 | Mali's rulers ordered French troops to leave the country without delay.
example: 154 | Donald Trump ordered 4,000 National Guard troops to Washington to quell the unrest.
note: Troops ordered out of a country are expelled (166); troops ordered to a place are mobilised (154), which the
note: coder makes a deployment (074) when the place is another state.

[verb v14-kick]
lemma: kick | boot
pattern: 161 prt=out obj=&DIPLOMAT|&V14_DIPLOMAT_EXTRA
pattern: 1661 prt=out obj=&V14_PEACEKEEPER
pattern: 1662 prt=out obj=iaea_inspector|un_inspector|election_observer|osce_observer|osce_monitor|international_observer
pattern: 1662 prt=out obj=&V14_INSPECTOR target=none
pattern: 1663 prt=out obj=&V14_AID_AGENCY
pattern: 166 prt=out obj=&V14_MISSION target=none
pattern: 174 prt=out obj=&V14_DEPORTEE
example: 161 | Niger's junta kicked out the French ambassador in 2023.
example: 1662 | Russia kicked out the OSCE observers from Donetsk.
example: 174 | Nicaragua kicked out foreign missionaries and nuns.

[verb v14-force]
lemma: force
pattern: 161 prt=out obj=&DIPLOMAT|&V14_DIPLOMAT_EXTRA
pattern: 1661 prt=out obj=&V14_PEACEKEEPER
pattern: 1663 prt=out obj=&V14_AID_AGENCY
pattern: 166 prt=out obj=&V14_MISSION target=none
pattern: 174 prt=out obj=&V14_DEPORTEE
pattern: 170 comp=resign|quit|confess|recant|sign|stop|close|shut|abandon|delete|renounce|apologize|apologise|hand|surrender|step|retract|denounce|pledge
example: 1663 | The Taliban forced out several foreign aid agencies from Kandahar.
example: 170 | Belarusian security forces forced the dissident to recant on state television.
example: 170 | Chinese police forced the journalist to delete her footage of the protest.
note: "Forced to flee/leave" is displacement (201, another file) and is not in the list.

[verb v14-renounce]
lemma: renounce | abrogate | annul | repudiate | tear
pattern: 160 obj=&V14_TREATY prep=with target=prep
pattern: 160 obj=&V14_TREATY target=none
pattern: 1712 prt=down obj=statue|monument|memorial|poster|portrait|billboard|fence|barrier|wall target=none
example: 160 | North Korea abrogated all economic agreements with South Korea.
example: 160 | Moscow tore up the grain deal with Ukraine in July 2023.
example: 1712 | Police tore down posters of the opposition candidate in Kinshasa.
note: "Tear" is only coded with a treaty object ("tore up the deal") or a monument torn down.

# ---------------------------------------------------------------------------------------------------------------
# 17 COERCE: coercion (170), administrative sanctions (172x)
# ---------------------------------------------------------------------------------------------------------------

[verb v14-coerce]
lemma: coerce | compel | blackmail
pattern: 170 comp=*
pattern: 170
example: 170 | Russia compelled Ukrainian children in occupied areas to take Russian passports.
example: 170 | Chinese authorities coerced Uyghur workers into factory jobs, the report said.
note: Coercion of civilians and their rights not otherwise specified (170).

[verb v14-harass]
lemma: harass | intimidate | persecute | hound
pattern: 170
example: 170 | Hong Kong police harassed the relatives of overseas activists.
example: 170 | Nicaraguan authorities persecuted Catholic priests who criticised the government.
example: 170 | Opposition journalists were intimidated by Azerbaijani security forces before the vote.

[verb v14-prevent]
lemma: prevent | thwart
pattern: 170 obj=&V14_PROTEST_EVENT prep=by target=prep
pattern: 170 obj=&V14_PROTESTER
pattern: 170 obj=&V14_PROTEST_EVENT target=none
example: 170 | Turkish police prevented a march by the Saturday Mothers in Istanbul.
example: 170 | Police prevented protesters from reaching the presidential palace in Dakar.
note: The codebook's own 170 example is police preventing a demonstration.

[verb v14-switch]
lemma: switch | shift | transfer
pattern: 161 obj=recognition|diplomatic_recognition|allegiance|diplomatic_allegiance|tie|diplomatic_tie|relation prep=from target=prep
example: 161 | Honduras switched diplomatic recognition from Taiwan to China in March 2023.
note: Recognition switched from one state to another breaks relations with the first; the ties it then opens with
note: the second are coded where the text says so ("established diplomatic ties with Beijing").

[verb v14-bar]
lemma: bar | debar
pattern: 1722 obj=&V14_PARTY
pattern: 1721 obj=journalist|reporter|correspondent|foreign_journalist|media|press|news_outlet|foreign_media|broadcaster
pattern: 170 obj=&V14_PROTESTER
pattern: 170 obj=&V14_PROTEST_EVENT target=none
pattern: 172 comp=leave|enter|travel|cross|exit
pattern: 163 comp=supply|sell|export|import|bid|invest|trade
example: 1722 | Georgia's election commission barred two opposition parties from the vote.
example: 163 | The United States barred Chinese drone makers from selling new models in the American market.
example: 172 | Pyongyang barred Malaysian citizens from leaving North Korea.
example: 172 | Ukraine barred Russian men aged 16 to 60 from entering the country.
example: 1722 | Venezuela's top court barred the opposition candidate from running for president.
example: 1721 | Israel barred foreign journalists from entering Gaza.
example: 170 | Georgian police barred protesters from the square outside parliament.
note: Barring people from entering or leaving a country is an administrative sanction (172); a blockade by armed
note: forces (191) closes a territory, not a door to named people.

[verb v14-ban]
lemma: ban | prohibit
pattern: 1722 obj=&V14_PARTY
pattern: 162 obj=aid|assistance|funding prep=to|for target=prep
pattern: 1721 obj=&V14_ASSEMBLY prep=by|of target=prep
pattern: 1721 obj=&V14_MEDIA_OUTLET|&V14_ORG
pattern: 1721 obj=&V14_ASSEMBLY|&V14_MEDIA_TECH target=none
pattern: 163 obj=&V14_TRADE prep=from target=prep
pattern: 163 obj=&V14_TRADE|flight|airline|vessel|ship|tanker|aircraft|plane|product|goods|good|entry|investment target=none
pattern: 1721
example: 1722 | Russia's election commission banned two anti-war candidates from the presidential election.
example: 162 | Congress prohibited aid to the Nicaraguan Contras in 1984.
example: 1721 | Hungary's parliament banned Pride marches in March 2025.
example: 1721 | Russia banned the independent broadcaster TV Rain.
example: 1721 | The governor banned a rally by opposition supporters in Kinshasa.
example: 163 | Canada banned imports of Russian aluminium and steel.
example: 163 | The European Union banned Russian vessels from its ports.
note: Bans of products for health or safety reasons (plastic bags, smoking) have no object in these lists.

[verb v14-outlaw]
lemma: outlaw | proscribe
pattern: 1722 obj=&V14_PARTY
pattern: 1721 obj=&V14_ASSEMBLY|&V14_MEDIA_TECH target=none
pattern: 1721
example: 1721 | Britain proscribed the activist group Palestine Action under terrorism laws.
example: 1722 | Nicaragua outlawed the opposition party Citizens for Liberty.
example: 1721 | The Taliban outlawed public gatherings in Kabul.
note: Outlawing an organisation is 1721 (as in the codebook's example of a banned paramilitary organisation);
note: parties and candidates are 1722. A named party ("outlawed the NLD") falls to 1721 unless its head is "party".

[verb v14-dissolve]
lemma: dissolve | liquidate | deregister
pattern: 1722 obj=&V14_PARTY
pattern: 1721 obj=&V14_ORG|&V14_MEDIA_OUTLET
pattern: 1721 !obj=parliament|house|assembly|legislature|chamber|cabinet|government|senate|congress|duma|knesset|bundestag|majlis|council|coalition|body
example: 1722 | Thailand's Constitutional Court dissolved the opposition Move Forward Party in August 2024.
example: 1721 | A Russian court liquidated the human rights group Memorial in 2021.
example: 1721 | Belarusian authorities liquidated the country's largest independent trade union.
note: Dissolved parliaments, cabinets and coalitions (elections) are no event (events-README.md): "dissolved the lower house".

[verb v14-disqualify]
lemma: disqualify
pattern: 1722 obj=&V14_PARTY
pattern: 1722
example: 1722 | Romania's election commission disqualified the far-right candidate Calin Georgescu from the rerun.
example: 1722 | Iran's Guardian Council disqualified 200 reformist candidates.
note: Bare "disqualify" is kept for politics; sports disqualifications rarely have a lexicon actor as source.

[verb v14-censor]
lemma: censor | muzzle | gag | silence
pattern: 1721 obj=&V14_MEDIA_OUTLET|journalist|critic|dissident|opposition|reporter|blogger
pattern: 1721 obj=&V14_FREEDOM|&V14_MEDIA_TECH|voice|report|post|content|article|news|footage target=none
example: 1721 | Chinese authorities censored online posts about the protests.
example: 1721 | Azerbaijan silenced independent journalists with a wave of arrests.
example: 1721 | The junta muzzled the press after the coup in Niamey.

[verb v14-jam]
lemma: jam
pattern: 1721 obj=broadcast|radio|radio_station|station|satellite_broadcast|tv_channel|channel|satellite_channel target=none
example: 1721 | Iran jammed satellite broadcasts of Persian-language channels.
note: GPS jamming (electronic warfare) is not in the list.

[verb v14-revoke]
lemma: revoke | rescind
pattern: 1721 obj=licence|license|accreditation|press_accreditation|broadcast_licence|broadcasting_licence|registration|legal_status|permit prep=of target=prep
pattern: 1721 obj=licence|license|accreditation|press_accreditation|broadcast_licence|broadcasting_licence|registration|legal_status|permit target=none
pattern: 172 obj=citizenship|nationality|passport|residency|residence_permit|visa|student_visa|immunity|parliamentary_immunity prep=of target=prep
pattern: 172 obj=citizenship|nationality|passport|residency|residence_permit|visa|student_visa|immunity|parliamentary_immunity target=none
pattern: 160 obj=&AGREEMENT|&V05_ACCORD prep=with target=prep
pattern: 160 obj=&AGREEMENT|&V05_ACCORD target=none
example: 1721 | Nicaragua revoked the legal status of 1,500 NGOs.
example: 160 | Niger's junta revoked its military cooperation agreements with France.
example: 172 | Bahrain revoked the citizenship of 30 dissidents.
example: 172 | The United States revoked the visas of 300 Chinese students.

[verb v14-strip]
lemma: strip
pattern: 172 obj=citizenship|nationality|immunity|parliamentary_immunity|mandate|accreditation|licence target=none
pattern: 172 prep=of target=obj
example: 172 | Nicaragua stripped 94 government critics of their citizenship in 2023.
example: 172 | Turkey's parliament stripped the immunity of three pro-Kurdish lawmakers.
note: "Stripped X of Y" cannot see Y; a medal or title stripped by a sports body is miscoded when its source
note: resolves to an actor.

[verb v14-restrict]
lemma: restrict | curb | limit
pattern: 163 obj=&V14_TRADE prep=to|from|with target=prep
pattern: 163 obj=&V14_TRADE target=none
pattern: 1721 obj=&V14_FREEDOM prep=of target=prep
pattern: 1721 obj=&V14_FREEDOM target=none
pattern: 172 obj=movement|travel|access|entry|freedom_of_movement prep=of|for target=prep
pattern: 172 obj=movement|travel|access|entry|freedom_of_movement target=none
example: 163 | China restricted exports of gallium and germanium to the United States.
example: 1721 | The Taliban further restricted the rights of Afghan women.
example: 172 | Israeli police restricted access to the Al-Aqsa compound for Palestinian worshippers.
example: 1721 | The Kremlin curbed independent media after the invasion of Ukraine.


[verb v14-wiretap]
lemma: wiretap | surveil | surveill
pattern: 170
example: 170 | Greece's intelligence service wiretapped the opposition leader in 2021.
example: 170 | Serbian police surveilled environmental activists with spyware, Amnesty said.
note: State surveillance of opponents is coercion (170); spyware planted by hacking is 176 ("hacked the phones").
note: "surveill" is the current lemmatizer's lemma of "surveilled".

# ---------------------------------------------------------------------------------------------------------------
# 17 COERCE: seize and destroy property (171x)
# ---------------------------------------------------------------------------------------------------------------

[verb v14-seize]
lemma: seize | grab
pattern: 172 obj=passport target=none
pattern: 1711 obj=&V14_ASSET prep=of|from|belonging target=prep
pattern: 1711 obj=&V14_ASSET target=none
example: 1711 | Argentine authorities seized a Venezuelan cargo plane at Buenos Aires airport.
example: 1711 | Russia seized the local assets of Danish brewer Carlsberg.
example: 1711 | Lebanese troops seized weapons and ammunition from Palestinian militants in the Beirut camps.
example: 172 | Egyptian authorities seized the passport of the human rights lawyer at Cairo airport.
note: Seized towns and territory (19x), seized power (coups) and seized ships (181 in another file) are not in the list.

[verb v14-confiscate]
lemma: confiscate | impound | expropriate | requisition | commandeer | sequester
pattern: 1711 prep=from target=prep
pattern: 1711 target=none
example: 1711 | Israeli forces confiscated solar panels from Palestinian herders in the Jordan Valley.
example: 1711 | Venezuela expropriated the local assets of the U.S. company.
example: 1711 | Ukrainian authorities impounded a Russian-owned grain cargo in Odesa.

[verb v14-nationalise]
lemma: nationalise | nationalize
pattern: 1711 obj=&V14_ASSET target=none
pattern: 1711
example: 1711 | Niger's junta nationalised the Somair uranium mine operated by France's Orano.

[verb v14-loot]
lemma: loot | plunder | pillage | ransack
pattern: 1711 obj=&V14_ASSET|&V14_PROPERTY prep=of target=prep
pattern: 1711 target=none
example: 1711 | Soldiers looted shops in the eastern Congolese town of Uvira.
example: 1711 | Soldiers ransacked the offices of the opposition party in Kampala.
example: 1711 | RSF fighters plundered markets and homes in El Geneina, witnesses said.

[verb v14-raid]
lemma: raid
pattern: 1711 obj=office|home|house|residence|headquarters|headquarter|newsroom|premises|apartment|studio|bank|farm prep=of target=prep
pattern: 1711 obj=office|home|house|residence|headquarters|headquarter|newsroom|premises|apartment|studio|bank|farm target=none
example: 1711 | Taliban fighters raided the offices of a women's charity in Kabul.
example: 1711 | Soldiers raided the home of an opposition lawmaker in Kinshasa and carried off his computers.
note: The codebook puts raids under 1711; military raids on towns and camps (19x) have no object in the list. Raids
note: by police, prosecutors or investigators are searches for a case (091), which the coder decides by the source.

[verb v14-destroy]
lemma: destroy
pattern: 1712 obj=&V14_PROPERTY prep=of|belonging target=prep
pattern: 1712 obj=&V14_PROPERTY target=none
example: 1712 | Settlers destroyed olive trees belonging to Palestinian farmers near Ramallah.
example: 1712 | Militants destroyed three schools in northern Burkina Faso.
note: Destroyed weapons, tanks and aircraft are battle (19x) and are not in the list.

[verb v14-demolish]
lemma: demolish | raze | bulldoze | level | flatten
pattern: 1712 obj=&V14_PROPERTY|&V14_PLACE prep=of|belonging target=prep
pattern: 1712 obj=&V14_PROPERTY|&V14_PLACE target=none
example: 1712 | Israeli authorities demolished the homes of two Palestinian attackers in Jenin.
example: 1712 | Indian authorities bulldozed the houses of Muslim protesters in Uttar Pradesh.
example: 1712 | Myanmar troops razed villages in Sagaing region, satellite images show.

[verb v14-torch]
lemma: torch | firebomb | petrol-bomb
pattern: 1712 obj=&V14_PROPERTY|&V14_ASSET prep=of target=prep
pattern: 1712 target=none
example: 1712 | Militants torched the headquarters of the ruling party in Kathmandu.
example: 1712 | The home of the Palestinian family was firebombed by Israeli settlers.

[verb v14-vandalise]
lemma: vandalise | vandalize | deface | desecrate
pattern: 176 obj=&V14_CYBER_TARGET prep=of target=prep
pattern: 176 obj=&V14_CYBER_TARGET target=none
pattern: 1712 obj=&V14_PROPERTY prep=of target=prep
pattern: 1712 target=none
example: 176 | Hackers defaced the websites of several Indian government agencies.
example: 1712 | Activists vandalised the offices of the Israeli arms maker Elbit Systems in Bristol.
example: 1712 | Israeli settlers desecrated a mosque in the village of Deir Istiya.

[verb v14-blow]
lemma: blow
pattern: 1712 prt=up obj=&V14_PROPERTY prep=of target=prep
pattern: 1712 prt=up obj=&V14_PROPERTY target=none
example: 1712 | Militants blew up a gas pipeline in Egypt's Sinai peninsula.
example: 1712 | Israeli troops blew up homes in the village of Aita al-Shaab, Lebanese media said.
example: 1712 | North Korea blew up sections of the roads that linked it to the South, Seoul's military said.

[verb v14-evict]
lemma: evict
pattern: 175 obj=&V14_PROTESTER
pattern: 175 obj=encampment|protest_camp|camp|sit-in target=none
pattern: 171 prep=from target=obj
pattern: 171
example: 175 | French police evicted pro-Palestinian protesters from the Sorbonne.
example: 171 | Israeli authorities evicted a Palestinian family from their home in Sheikh Jarrah.
example: 171 | Cambodian authorities evicted villagers from their land near Angkor Wat.
note: Evictions take property or property rights (171); evicting a protest is repression (175).

# ---------------------------------------------------------------------------------------------------------------
# 17 COERCE: arrest, detention, imprisonment (173), expulsion and deportation of individuals (174)
# ---------------------------------------------------------------------------------------------------------------

[verb v14-arrest]
lemma: arrest | detain | apprehend | nab | rearrest | re-arrest
pattern: 173 !obj=decline|slide|fall|drop|trend|spread|growth|momentum|deterioration|erosion
example: 173 | Israeli troops arrested 20 Palestinians in overnight raids across the West Bank.
example: 173 | Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday.
example: 173 | Opposition leader Ousmane Sonko was arrested by Senegalese police on Friday.
example: 173 | Chinese authorities detained a Japanese employee of Astellas Pharma in Beijing.
example: 173 | Two Australian activists were detained by Vietnamese police in Ho Chi Minh City.
note: The source is the arresting party (police, troops, authorities), the target the person held. A passive
note: without an agent ("X was arrested") has no source and is left uncoded by the coder.

[verb v14-jail]
lemma: jail | imprison | incarcerate | intern
pattern: 173
example: 173 | A court in Minsk jailed the opposition activist for 10 years.
example: 173 | The journalist was imprisoned by Iranian authorities for his reporting on the protests.

[verb v14-sentence]
lemma: sentence
pattern: 173
example: 173 | A Moscow court sentenced the Wall Street Journal reporter to 16 years in prison.
example: 173 | Three Hong Kong activists were sentenced by the High Court under the security law.
note: Imprisonment by a court is coded 173; charges and lawsuits are 115 (another file).

[verb v14-round]
lemma: round
pattern: 173 prt=up obj=&V14_DETAINEE|&V14_PROTESTER|&V14_DEPORTEE
pattern: 173 prt=up
example: 173 | Ugandan security forces rounded up 200 opposition supporters in Kampala.
example: 173 | Police rounded up migrants in Tunis and Sfax.

[verb v14-lock]
lemma: lock
pattern: 173 prt=up obj=&V14_DETAINEE|&V14_PROTESTER|&V14_DEPORTEE
pattern: 172 prt=down obj=&V14_PLACE target=none
pattern: 150 obj=radar prep=on|onto target=prep
example: 173 | The Iranian regime locked up dissidents and journalists after the election.
example: 150 | A Chinese frigate locked its fire-control radar on an Australian navy helicopter over the Yellow Sea.
example: 172 | Indian security forces locked down the Kashmir valley ahead of the anniversary.

[verb v14-deport]
lemma: deport | extradite | banish | exile
pattern: 174
example: 174 | The United States deported more than 200 Venezuelans to El Salvador in March.
example: 174 | Pakistan deported 20,000 Afghan refugees in November.
example: 174 | The activist was deported by Egyptian authorities to Turkey.
note: Mass expulsions of whole populations are 201 (another file).

[verb v14-repatriate]
lemma: repatriate
pattern: 174 obj=refugee|migrant|asylum_seeker|uyghur|rohingya|defector|detainee|deportee
note: Repatriated citizens, remains and funds are returns, not expulsions.

[verb v14-push]
lemma: push
pattern: 174 prt=back obj=migrant|refugee|asylum_seeker|boat|rohingya|asylum-seeker
pattern: 174 obj=migrant|refugee|asylum_seeker|rohingya|asylum-seeker|boat_people
example: 174 | Greek coast guards pushed back migrants toward Turkish waters.

# ---------------------------------------------------------------------------------------------------------------
# 17 COERCE: violent repression (175)
# ---------------------------------------------------------------------------------------------------------------

[verb v14-crack]
lemma: crack | clamp
pattern: 175 prt=down prep=on target=prep
pattern: 175 prt=down target=none
example: 175 | Georgian authorities cracked down on pro-European protesters in Tbilisi.
example: 175 | Police clamped down on opposition rallies in Dhaka.
note: "Cracked down on corruption/drug gangs" also codes 175 here; the target is then seldom an actor.

[verb v14-disperse]
lemma: disperse | scatter
pattern: 175 obj=&V14_PROTEST_EVENT prep=by|of target=prep
pattern: 175 obj=&V14_PROTESTER
pattern: 175 obj=&V14_PROTEST_EVENT target=none
example: 175 | Riot police dispersed opposition demonstrators in central Belgrade.
example: 175 | The rally was dispersed by Serbian riot police within minutes.
example: 175 | Police in Harare dispersed a march by striking teachers.

[verb v14-teargas]
lemma: tear-gas | teargas | teargass | pepper-spray
pattern: 175
example: 175 | Kenyan police teargassed protesters outside the parliament in Nairobi.
note: "teargass" is the current lemmatizer's lemma of "teargassed"; hyphenated "tear-gassed" is split by the
note: tokenizer and reaches no entry.

[verb v14-fire]
lemma: fire | lob
pattern: 175 obj=&V14_RIOT_MUNITION prep=at|on|into|against target=prep
pattern: 175 obj=&V14_RIOT_MUNITION target=none
example: 175 | Indonesian police fired tear gas at students outside parliament in Jakarta.
example: 175 | Security forces fired rubber bullets into the crowd in Conakry.
example: 175 | Kenyan police fired on protesters in Nairobi on Tuesday, a rights group said.
example: 175 | Venezuela's National Guard lobbed tear gas canisters into crowds of opposition supporters in Caracas.
note: Riot-control munitions only: live rounds, missiles and rockets fired are attacks (18x/19x, another file),
note: except a state force's fire on protesters, crowds or the opposition, which the coder makes repression (175);
note: a fired official is not coded.

[verb v14-turn-on]
lemma: turn | train
pattern: 175 obj=&V14_RIOT_MUNITION prep=on|against|at target=prep
example: 175 | Indonesian riot police turned tear gas and water cannon on students outside parliament in Jakarta.
example: 175 | Chinese coast guard vessels turned water cannon on Vietnamese fishing boats near the Paracel Islands.

[verb v14-douse]
lemma: spray | douse | blast | drench | hose
pattern: 175 prep=with obj=water_cannon|tear_gas|pepper_spray|cannon target=obj
example: 175 | A Chinese coast guard ship blasted a Philippine fisheries boat with its water cannon near Thitu island.
note: Only with a riot munition ("blasted the decision" is criticism, another file).

[verb v14-use]
lemma: use | employ
pattern: 175 obj=&V14_RIOT_MUNITION prep=against|on|to target=prep
pattern: 175 obj=&V14_RIOT_MUNITION target=none
example: 175 | Kenyan riot police used rubber bullets and water cannon against protesters in Nairobi.
example: 175 | Serbian police used water cannon and stun grenades on demonstrators.

[verb v14-beat]
lemma: beat | club | whip | flog
pattern: 175 obj=&V14_PROTESTER
example: 175 | Riot police beat student demonstrators in Tbilisi.
example: 175 | Security forces clubbed protesters with batons in Caracas.
note: Only protesters, activists and striking workers: "beat Spain 2-0" has no object in the list.

[verb v14-baton-charge]
lemma: baton-charge | lathi-charge | lathicharge | baton-charged
pattern: 175
example: 175 | Pakistani police lathicharged opposition workers in Lahore.

[verb v14-quell]
lemma: quell | suppress | crush | squash | repress | subdue | stamp
pattern: 1721 obj=free_speech|speech|press_freedom|freedom|information|news|reporting|coverage|media_coverage target=none
pattern: 175 obj=&V14_PROTEST_EVENT prep=by|of target=prep
pattern: 175 obj=&V14_PROTESTER|opposition|dissident
pattern: 175 obj=&V14_PROTEST_EVENT|dissent|unrest|uprising|revolt|rebellion|resistance|insurrection|mutiny target=none
example: 175 | Iran's security forces crushed the protests after the death of Mahsa Amini.
example: 175 | Myanmar's junta suppressed dissent with arrests and curfews.
example: 175 | Police quelled the riot at the prison in Harare.
example: 1721 | The Chinese government suppressed media coverage of the floods.

[verb v14-kettle]
lemma: kettle
pattern: 175
example: 175 | Police kettled protesters near Downing Street for several hours.

[verb v14-clear]
lemma: clear
pattern: 175 obj=&V14_PROTESTER
pattern: 175 obj=encampment|camp|protest_camp|sit-in|barricade|roadblock|blockade|square target=none
example: 175 | French police cleared a pro-Palestinian encampment at Sciences Po in Paris.
example: 175 | Kenyan security forces cleared protesters from the roads around parliament.

# ---------------------------------------------------------------------------------------------------------------
# 17 COERCE: cyberattacks (176)
# ---------------------------------------------------------------------------------------------------------------

[verb v14-hack]
lemma: hack
pattern: 1823 prep=to target=obj
pattern: 176 prep=into obj=&V14_CYBER_TARGET|grid|power_grid target=none
pattern: 176 prep=into target=prep
pattern: 176 obj=&V14_CYBER_TARGET|grid|power_grid prep=of target=prep
pattern: 176 obj=&V14_CYBER_TARGET|grid|power_grid target=none
pattern: 176 target=obj
example: 176 | Chinese state hackers hacked into the email accounts of U.S. officials.
example: 176 | Iranian hackers hacked the Trump campaign, the FBI said.
example: 176 | The ministry's servers were hacked by Russian hackers.
example: 1823 | Three villagers were hacked to death by gunmen in Plateau state.
note: The 1823 pattern keeps "hacked to death" out of 176.

[verb v14-breach]
lemma: breach | penetrate | compromise | infiltrate
pattern: 176 obj=&V14_CYBER_TARGET|grid|power_grid prep=of target=prep
pattern: 176 obj=&V14_CYBER_TARGET|grid|power_grid target=none
example: 176 | Russian hackers breached the computer networks of the German Social Democrats.
example: 176 | Chinese hackers infiltrated the networks of U.S. telecom companies.
note: Breached ceasefires and infiltrated borders have no object in the list.

[verb v14-infect]
lemma: infect
pattern: 176 obj=&V14_CYBER_TARGET prep=of target=prep
pattern: 176 obj=&V14_CYBER_TARGET target=none
example: 176 | North Korean hackers infected the computers of South Korean defence firms with malware.

[verb v14-steal]
lemma: steal
pattern: 176 obj=data|datum|email|password|credential|personal_datum|user_datum|login|login_credential prep=from|of target=prep
pattern: 176 obj=data|datum|email|password|credential|personal_datum|user_datum|login|login_credential target=none
example: 176 | Chinese hackers stole data from the U.S. Treasury Department.

[verb v14-hijack]
lemma: hijack
pattern: 176 obj=&V14_CYBER_TARGET prep=of target=prep
pattern: 176 obj=&V14_CYBER_TARGET target=none
example: 176 | Hackers hijacked the X account of Ukraine's defence ministry.
note: Only accounts and systems: hijacked aircraft and ships are 181 (another file).

[verb v14-encrypt]
lemma: encrypt
pattern: 176 obj=server|system|computer|network|data|file|database|computer_system prep=of target=prep
pattern: 176 obj=server|system|computer|network|data|file|database|computer_system target=none
example: 176 | Ransomware hackers encrypted the servers of the Costa Rican government.
note: Malicious encryption (ransomware); lawful encryption rarely has an actor source and a system object.

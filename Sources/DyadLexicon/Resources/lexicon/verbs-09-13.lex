# Dyad's CAMEO verb lexicon, roots 09 INVESTIGATE, 10 DEMAND, 11 DISAPPROVE, 12 REJECT and 13 THREATEN.
# Written for Dyad (docs/lexicon-format.md, "Verb patterns"); codes and their meanings follow the CAMEO 1.1b3 manual,
# chapter 6, as Dyad's own event table names them (so 101 is "demand material cooperation", 105 "demand that target
# yields", 106 "demand meeting, negotiation", 107 "demand settling of dispute", 108 "demand mediation").
#
# Conventions of this file:
# - Synsets are prefixed V09_. Multi-word values are written lemma by lemma ("human right abuse" for "human rights
#   abuses", "sanction relief" for "sanctions relief"), since the coder compares lemmas.
# - A few patterns carry codes outside 09-13 where the same verb and object mean something else and would otherwise be
#   miscoded here: 016 (deny responsibility: "rejected the accusations"), 011 ("declined comment"), 173 ("condemned
#   to death").
# - "X accused Y of spying" and "X refused to ..." depend on the coder: the first on a verb under the preposition
#   ("of spying") counting as `comp=`, the second on the coder's general refusal handling, which is why `refuse` and
#   `decline` only have patterns with a direct object here.
# - Left to the other verb files, where they are coded by their object: "called for X" (02x), blocked or withheld
#   aid (16x), extended sanctions, curfews and emergencies (16x-17x), boycotted or snubbed summits and derailed talks
#   (16x), continued protests and offensives (14x, 19x), "intimidate" (170), repudiated treaties (160).

# ---------------------------------------------------------------------------------------------------------------
# Word sets: investigations

[synset V09_PROBE]
word: investigation | probe | inquiry | enquiry | inquest | examination | audit | inspection
word: fact-finding mission | commission of inquiry | truth commission | independent investigation
word: international investigation | independent inquiry | public inquiry | hearing | public hearing

[synset V09_INVESTIGATOR]
word: inspector | weapons inspector | nuclear inspector | inspection team | investigator | investigation team
word: fact-finding mission | fact-finding team | forensic team | forensic expert | commission of inquiry
word: war crime investigator | verification team | verification mission | inspection mission

[synset V09_CRIME_PROBE]
word: criminal investigation | criminal probe | criminal inquiry | criminal case | criminal proceeding
word: corruption investigation | corruption probe | corruption inquiry | corruption case
word: fraud investigation | fraud probe | fraud case | bribery investigation | bribery probe | bribery case
word: graft investigation | graft probe | graft case | embezzlement case | money laundering investigation
word: money laundering case | murder investigation | murder inquiry | murder case | tax evasion case
word: terrorism investigation | terrorism case | espionage investigation | espionage case | treason case

[synset V09_RIGHTS_PROBE]
word: human right investigation | human right inquiry | human right probe | abuse investigation | abuse inquiry
word: abuse probe | torture investigation | torture inquiry | right investigation | right inquiry

[synset V09_WARCRIME_PROBE]
word: war crime investigation | war crime probe | war crime inquiry | war crime case | genocide investigation
word: genocide inquiry | atrocity investigation | crime against humanity investigation

[synset V09_SUSPECT]
word: minister | official | president | lawmaker | legislator | mp | senator | governor | mayor | judge | officer
word: company | firm | bank | executive | businessman | tycoon | oligarch | suspect | politician | aide

[synset V09_CRIME]
word: corruption | fraud | bribery | bribe | embezzlement | graft | money laundering | laundering | kickback
word: theft | murder | killing | assassination | smuggling | trafficking | drug trafficking | human trafficking
word: tax evasion | insider trading | misconduct | wrongdoing | irregularity | racketeering | extortion | leak
word: hacking | hack | cyberattack | poisoning | sabotage | coup plot | plot | scam | misappropriation
word: price fixing | collusion | vote rigging | rigging | election fraud | vote buying | arson | crime
word: financial crime | terrorism financing | terror financing | abuse of power | influence peddling

[synset V09_ABUSE]
word: abuse | torture | mistreatment | ill-treatment | maltreatment | disappearance | enforced disappearance
word: extrajudicial killing | extrajudicial execution | rape | sexual violence | sexual abuse | persecution
word: discrimination | forced labour | forced labor | human right abuse | human right violation | right abuse
word: right violation | brutality | police brutality | death in custody | custodial death | arbitrary detention
word: repression | harassment | intimidation | internment | abduction

[synset V09_MILACTION]
word: airstrike | air strike | drone strike | missile strike | shelling | bombardment | incursion | air raid
word: ceasefire violation | truce violation | border incursion | downing | shootdown | skirmish | border clash
word: clash | friendly fire | naval incident | sinking | military operation | cross-border attack

[synset V09_WARCRIME]
word: war crime | atrocity | massacre | genocide | crime against humanity | ethnic cleansing | mass killing
word: mass grave | chemical attack | chemical weapon attack | summary execution | forced deportation

# ---------------------------------------------------------------------------------------------------------------
# Word sets: accusations and complaints

[synset V09_AGGRESSION]
word: aggression | incursion | ceasefire violation | truce violation | airspace violation | border violation
word: border incursion | provocation | military provocation | cross-border attack | cross-border raid | invasion
word: shelling | military aggression

[synset V09_ESPIONAGE]
word: espionage | spying | treason | sedition | cyber espionage | cyberespionage | spy ring | espionage ring
word: spy network

[synset V09_ESPIONAGE_CHARGE]
word: espionage charge | spying charge | treason charge | sedition charge | espionage accusation
word: spying accusation | treason accusation | spying allegation | espionage allegation

[synset V09_WARCRIME_CHARGE]
word: war crime charge | genocide charge | war crime accusation | war crime allegation | genocide accusation
word: genocide allegation | crime against humanity charge

[synset V09_CRIME_CHARGE]
word: corruption charge | fraud charge | bribery charge | criminal charge | murder charge | terrorism charge
word: money laundering charge | embezzlement charge | tax evasion charge | graft charge | corruption allegation
word: corruption accusation | fraud allegation | bribery allegation

[synset V09_ABUSE_CHARGE]
word: torture allegation | abuse allegation | torture accusation | abuse accusation | torture charge
word: human right allegation | right abuse allegation

[synset V09_ATTRIBUTABLE]
word: attack | bombing | plot | cyberattack | hack | hacking | killing | assassination | explosion | blast
word: sabotage | fire | incident | breach | leak | poisoning | shooting | massacre | unrest | violence

[synset V09_ACCUSATION]
word: accusation | allegation | charge | claim | suggestion | report | assertion | insinuation | responsibility | complaint
word: involvement | complicity | role | wrongdoing | link

[synset V09_COMPLAINT]
word: protest | complaint | formal protest | formal complaint | protest note | note of protest | letter of protest
word: demarche | diplomatic protest | diplomatic note | note | grievance | representation

[synset V09_LAWSUIT]
word: lawsuit | suit | case | legal case | court case | legal action | court action | legal challenge
word: proceeding | legal proceeding | court proceeding | infringement proceeding | criminal complaint | charge
word: criminal charge | arbitration case | arbitration claim | class action | genocide case

[synset V09_LEGAL_ACTION]
word: legal action | court action | legal step | legal measure

[synset V09_CRITICISM]
word: criticism | condemnation | rebuke | censure | reprimand | denunciation | broadside | tirade | scorn | barb
word: jibe | swipe | harsh criticism | sharp criticism

[synset V09_DISAPPROVAL]
word: disapproval | opposition | objection | reservation | discontent | dissatisfaction | disagreement

# ---------------------------------------------------------------------------------------------------------------
# Word sets: what is demanded, and what is rejected

[synset V09_RELEASE]
word: release | freedom | return | repatriation | restitution | handback | unconditional release

[synset V09_DEESCALATION]
word: withdrawal | pullout | pull-out | retreat | de-escalation | deescalation | demilitarization
word: demilitarisation | disarmament | demobilization | demobilisation | halt | cessation | drawdown
word: troop withdrawal | military withdrawal | end to hostility | end of hostility

[synset V09_CEASEFIRE_PLAN]
word: ceasefire proposal | truce proposal | ceasefire plan | ceasefire deal | truce deal | ceasefire offer
word: truce offer | ceasefire agreement | truce agreement | ceasefire call | ceasefire resolution

[synset V09_LEADERSHIP]
word: resignation | ouster | removal | impeachment | election | early election | snap election | fresh election
word: new election | recall | dismissal | sacking | firing | departure | abdication | no-confidence vote
word: vote of no confidence | transfer of power | handover of power | power transfer | reshuffle

[synset V09_INSTITUTION]
word: independence | autonomy | referendum | independence referendum | self-determination | statehood
word: democracy | democratization | democratisation | constitution | new constitution | constitutional reform
word: constitutional change | regime change | federalism | secession | self-rule | civilian rule
word: civilian government | democratic transition | transition | power-sharing | electoral reform

[synset V09_RIGHTS]
word: right | equal right | equality | suffrage | universal suffrage | land right | voting right | minority right
word: civil right | human right | freedom of speech | freedom of expression | press freedom | religious freedom
word: freedom of assembly | labour right | labor right | right to protest

[synset V09_POLICY]
word: repeal | reversal | rollback | u-turn | scrapping | overhaul | policy change | change of policy
word: change in policy | revision | amendment | rethink | abolition | cancellation

[synset V09_REFORM]
word: reform | political reform | change | political change | democratic reform | reform package

[synset V09_ECON_AID]
word: loan | debt relief | debt forgiveness | debt cancellation | bailout | financial aid | financial assistance
word: financial support | economic aid | economic assistance | funding | fund | money | budget support | grant
word: credit | cash | subsidy | reconstruction aid | reconstruction funding | climate finance

[synset V09_HUMAN_AID]
word: humanitarian aid | humanitarian assistance | humanitarian supply | food aid | food | medicine
word: medical supply | medical aid | shelter | asylum | refuge | fuel | water | relief supply | emergency aid
word: emergency relief | vaccine

[synset V09_PROTECTION]
word: protection | peacekeeper | peacekeeping force | peacekeeping mission | peacekeeping troop
word: security guarantee | no-fly zone | safe zone | buffer zone | international force | protection force
word: stabilisation force | stabilization force | international protection | military protection
word: security assurance

[synset V09_INFO]
word: information | intelligence | datum | explanation | clarification | answer | detail | evidence | proof
word: record | disclosure | accounting | full accounting | transparency

[synset V09_JUDICIAL]
word: extradition | handover | hand-over | surrender | legal assistance | mutual legal assistance
word: judicial cooperation

[synset V09_ECON_COOP]
word: trade | market access | trade deal | trade agreement | free trade agreement | trade pact | investment
word: purchase | import | trade concession | merger | takeover | acquisition | joint venture | energy deal
word: gas deal | economic cooperation | trade cooperation | economic partnership | market opening
word: takeover bid | trade liberalization

[synset V09_MIL_COOP]
word: military cooperation | defence cooperation | defense cooperation | security cooperation | joint exercise
word: military exercise | joint patrol | patrol | military base | base | basing | basing right | arm deal
word: arm sale | defence pact | defense pact | security pact | military alliance | defence spending
word: defense spending | military spending | overflight | overflight right | missile deployment
word: military agreement | weapon sale

[synset V09_SANCTION_RELIEF]
word: sanction relief | lifting of sanction | easing of sanction | sanction removal | removal of sanction
word: end to sanction | sanction easing

[synset V09_ACCESS]
word: access | humanitarian access | unfettered access | unhindered access | safe passage | passage
word: humanitarian corridor | corridor | entry

[synset V09_POLICY_SUPPORT]
word: apology | formal apology | public apology | recognition | diplomatic recognition | support | backing
word: endorsement | solidarity | condemnation | assurance

[synset V09_SETTLEMENT]
word: settlement | solution | political solution | negotiated settlement | peaceful solution | peaceful settlement
word: diplomatic solution | peace settlement | negotiated solution | political settlement

[synset V09_CONCESSION]
word: end | concession | compensation | reparation | war reparation | surrender | capitulation | retraction

[synset V09_OVERTURE]
word: invitation | overture | outreach | olive branch | peace overture

[synset V09_MEDIATION]
word: mediation | mediator | mediation offer | mediation effort | mediation bid | good office | arbitration
word: arbitrator | facilitation | facilitator | intermediary | broker | mediation proposal | mediation role
word: international mediation

[synset V09_PEACE_PLAN]
word: peace plan | peace proposal | peace deal | peace agreement | peace accord | peace initiative
word: peace settlement | settlement | roadmap | framework | compromise | formula | blueprint
word: two-state solution | counterproposal | counter-proposal | peace framework | peace formula

[synset V09_NORM]
word: law | rule | ruling | order | court order | verdict | judgment | judgement | ban | sanction
word: embargo | arm embargo | resolution | constitution | convention | treaty | norm | regulation | decree
word: injunction | warning | ultimatum | moratorium | restriction | authority | international law
word: obligation | directive | subpoena | summon | arbitration ruling | mandate | edict | court ruling
word: court decision | arrest warrant | warrant | deadline | travel ban | sanction regime

[synset V09_ADMIN_SANCTION]
word: curfew | state of emergency | martial law | emergency rule | ban | restriction | lockdown | censorship
word: internet shutdown | internet blackout | emergency law | emergency decree | travel restriction
word: movement restriction | state of siege

[synset V09_INTL_STAFF]
word: inspector | observer | monitor | investigator | peacekeeper | peacekeeping force | peacekeeping mission
word: mission | aid worker | humanitarian worker | aid agency | fact-finding mission | rapporteur
word: special rapporteur | expert | delegation | election observer | monitoring mission | observer mission
word: relief agency | humanitarian agency

[synset V09_AID_DELIVERY]
word: aid | humanitarian aid | aid convoy | convoy | humanitarian convoy | delivery | aid delivery | shipment
word: relief supply | aid shipment | aid truck | truck

[synset V09_ASYLUM]
word: asylum | refuge | shelter | asylum application | asylum claim | asylum request | asylum bid | sanctuary

# ---------------------------------------------------------------------------------------------------------------
# Word sets: threats

[synset V09_WMD]
word: nuclear strike | nuclear attack | nuclear war | nuclear weapon | nuclear retaliation | nuclear response
word: chemical attack | chemical weapon | biological weapon | weapon of mass destruction | nuke
word: tactical nuclear weapon | nuclear annihilation | annihilation | genocide | ethnic cleansing
word: mass expulsion | mass killing | extermination | massacre

[synset V09_OCCUPY]
word: invasion | occupation | annexation | seizure | reoccupation | military takeover | land grab

[synset V09_TERROR]
word: terror attack | terrorist attack | suicide attack | suicide bombing | assassination | kidnapping
word: beheading | execution | bombing campaign | hostage execution

[synset V09_ATTACK]
word: attack | airstrike | air strike | missile strike | military strike | offensive | assault | bombing
word: bombardment | shelling | ground offensive | ground operation | military operation | rocket attack
word: drone attack | drone strike | retaliatory strike | preemptive strike | pre-emptive strike | raid
word: air raid | counterattack | counteroffensive | incursion | missile attack

[synset V09_FORCE]
word: force | military force | military action | war | military response | military intervention | intervention
word: armed response | use of force | armed intervention | military retaliation | military option
word: destruction | obliteration | total war | full-scale war | military escalation

[synset V09_REPRESSION]
word: crackdown | arrest | prosecution | imprisonment | jail | jail term | prison term | prison sentence
word: detention | repression | mass arrest | dispersal

[synset V09_EMERGENCY]
word: martial law | state of emergency | emergency rule | state of siege | emergency law | emergency decree
word: military rule

[synset V09_CURFEW]
word: curfew | night curfew | nighttime curfew | round-the-clock curfew

[synset V09_PARTYBAN]
word: party ban | disqualification | deregistration | dissolution

[synset V09_POLFREEDOM]
word: censorship | internet shutdown | internet blackout | medium blackout | medium ban | social medium ban
word: press restriction

[synset V09_ADMIN_THREAT]
word: ban | deportation | revocation | closure | shutdown | licence revocation | license revocation | fine

[synset V09_BREAK]
word: break | rupture | severance | downgrade | expulsion | recall | resignation | secession | withdrawal
word: exit | departure | diplomatic break | break in relation

[synset V09_AIDCUT]
word: aid cut | aid cutoff | aid cut-off | funding cut | funding freeze | aid freeze | aid suspension | cutoff
word: cut-off | cut

[synset V09_ECON_SANCTION]
word: sanction | embargo | tariff | duty | levy | trade restriction | export ban | import ban | export control
word: asset freeze | countervailing duty | anti-dumping duty | trade war | punitive tariff | secondary sanction
word: retaliatory tariff | economic sanction | financial sanction | oil embargo | arm embargo | counter-tariff

[synset V09_DISSENT_THREAT]
word: protest | demonstration | rally | march | general strike | national strike | nationwide strike
word: hunger strike | labour strike | labor strike | strike action | industrial action | sit-in | walkout
word: boycott | mass protest | street protest | civil disobedience | picket | work stoppage | stoppage
word: mobilization | mobilisation | unrest

[synset V09_DISSENT]
word: protest | demonstration | rally | march | sit-in | hunger strike | general strike | walkout | boycott
word: picket | vigil | strike action | street protest | mass protest

[synset V09_ABSTRACT]
word: stability | peace | ceasefire | truce | security | future | livelihood | existence | life | economy
word: recovery | growth | deal | process | region | balance | environment | health | supply | harvest | crop
word: coast | job | industry | sector | market | peace process | talk

[synset V09_PHYSICAL]
word: door | brake | ball | shot | car | vehicle | truck | boat | ship | plane | aircraft | wall | building
word: rock | tunnel | hole | music | way | bridge | pipeline | road | house | home | window | gate

# ---------------------------------------------------------------------------------------------------------------
# 09 INVESTIGATE. The investigated party (or the investigated event) is the target. Crime and corruption 091,
# human rights abuses 092, military action 093, war crimes 094; the rest 090.

[verb v09-investigate]
lemma: investigate
pattern: 094 obj=&V09_WARCRIME
pattern: 092 obj=&V09_ABUSE
pattern: 093 obj=&V09_MILACTION
pattern: 091 obj=&V09_CRIME|&V09_ESPIONAGE
pattern: 091 obj=* prep=for target=obj
pattern: 091 obj=&V09_SUSPECT
pattern: 090
example: 091 | Brazilian federal police are investigating alleged fraud in the purchase of vaccines by the health ministry.
example: 092 | UN experts are investigating the torture of detainees at a prison in northern Syria.
example: 093 | Armenian prosecutors are investigating the shelling of border villages by Azerbaijani forces.
example: 094 | The International Criminal Court is investigating alleged atrocities committed by security forces in Myanmar.
example: 090 | Pakistan's election commission is investigating complaints from opposition parties.
example: 091 | The former Peruvian president is being investigated for money laundering by prosecutors in Lima.
note: "investigated X for Y" (the offence after "for") is nearly always a crime; the object is then the suspect.

[verb v09-probe]
lemma: probe
pattern: 094 obj=&V09_WARCRIME
pattern: 092 obj=&V09_ABUSE
pattern: 093 obj=&V09_MILACTION
pattern: 091 obj=&V09_CRIME|&V09_ESPIONAGE
pattern: 091 obj=* prep=for target=obj
pattern: 091 obj=&V09_SUSPECT
pattern: 090
example: 091 | South African prosecutors are probing corruption in state-owned enterprises.
example: 093 | Seoul's military is probing the incursion of North Korean drones into the capital's airspace.
example: 090 | Indian authorities are probing the cause of the explosion near the Red Fort.

[verb v09-inspect]
lemma: inspect
pattern: 092 obj=prison|jail|camp|detention
pattern: 090 !obj=troop|guard|parade|honour|honor
example: 090 | IAEA inspectors inspected the Zaporizhzhia nuclear power plant on Thursday.
example: 092 | A Council of Europe delegation inspected prisons on the Greek island of Lesbos.
note: inspecting troops or a guard of honour is ceremony, not investigation.

[verb v09-examine]
lemma: examine
pattern: 094 obj=&V09_WARCRIME
pattern: 092 obj=&V09_ABUSE
pattern: 093 obj=&V09_MILACTION
pattern: 091 obj=&V09_CRIME
pattern: 090 obj=allegation|claim|evidence|case|incident|circumstance|complaint|death|cause|report|footage|accusation|conduct|role|involvement
example: 090 | A parliamentary committee in Canberra examined claims of foreign interference in the election.
note: no bare pattern: doctors examine patients and ministers examine options.

[verb v09-look]
lemma: look
pattern: 090 prep=into
example: 090 | Australia's defence department is looking into reports of misconduct by special forces in Afghanistan.

[verb v09-inquire]
lemma: inquire | enquire
pattern: 090 prep=into
example: 090 | A judicial commission in Kenya inquired into the deaths of protesters during the June demonstrations.

[verb v09-scrutinize]
lemma: scrutinize | scrutinise
pattern: 091 obj=&V09_CRIME
pattern: 090 obj=deal|contract|transaction|spending|finance|donation|account|record|conduct|role|allegation|claim|activity|procurement
example: 090 | EU anti-fraud investigators scrutinised contracts awarded to companies close to the Hungarian government.

[verb v09-audit]
lemma: audit
pattern: 090
example: 090 | Kenyan state auditors audited the accounts of the national health insurance fund.

[verb v09-launch]
lemma: launch
pattern: 094 obj=&V09_WARCRIME_PROBE prep=into|against
pattern: 094 obj=&V09_WARCRIME_PROBE
pattern: 092 obj=&V09_RIGHTS_PROBE prep=into|against
pattern: 092 obj=&V09_RIGHTS_PROBE
pattern: 091 obj=&V09_CRIME_PROBE prep=into|against
pattern: 091 obj=&V09_CRIME_PROBE
pattern: 090 obj=&V09_PROBE prep=into|against
pattern: 090 obj=&V09_PROBE
pattern: 1313 obj=disciplinary_procedure|infringement_procedure|article_7_procedure|sanctions_procedure|procedure prep=against target=prep
pattern: 115 obj=&V09_LAWSUIT prep=against
pattern: 115 obj=&V09_LAWSUIT
example: 090 | Poland launched an investigation into the explosion at the border village of Przewodow.
example: 091 | Belgian prosecutors launched a corruption investigation into several members of the European Parliament.
example: 094 | Ukraine's prosecutor general launched a war crimes investigation into the strike on the maternity hospital.
example: 115 | The Dutch government launched legal action against Russia at the European Court of Human Rights.
note: only investigations and legal action; launching attacks, offensives or campaigns belongs to other roots.

[verb v09-open]
lemma: open
pattern: 094 obj=&V09_WARCRIME_PROBE prep=into|against
pattern: 094 obj=&V09_WARCRIME_PROBE
pattern: 092 obj=&V09_RIGHTS_PROBE prep=into|against
pattern: 092 obj=&V09_RIGHTS_PROBE
pattern: 091 obj=&V09_CRIME_PROBE|case prep=into|against
pattern: 091 obj=&V09_CRIME_PROBE
pattern: 090 obj=&V09_PROBE prep=into|against
pattern: 090 obj=&V09_PROBE
example: 091 | Russian investigators opened a criminal case against the exiled opposition leader.
example: 090 | Turkish prosecutors opened an investigation into the collapse of buildings after the earthquake.
example: 094 | The International Criminal Court opened a war crimes investigation in Ukraine.

[verb v09-send]
lemma: send | dispatch | despatch | deploy
pattern: 090 obj=&V09_INVESTIGATOR prep=to|into|in
example: 090 | The IAEA dispatched inspectors to Iran's Fordow plant.
example: 090 | The International Criminal Court sent investigators to Sudan's Darfur region in 2024.
note: Sending inspectors or investigators to a place is an investigation there (090); receiving them is 0862
note: (verbs-05-08). Without a destination the pattern does not hold: "sent investigators" alone names no target.

[verb v09-complete]
lemma: complete | conclude | finish | wrap
pattern: 094 obj=&V09_WARCRIME_PROBE prep=into|against|of
pattern: 092 obj=&V09_RIGHTS_PROBE prep=into|against|of
pattern: 091 obj=&V09_CRIME_PROBE prep=into|against|of
pattern: 090 obj=&V09_PROBE prep=into|against|of
example: 091 | South Korean prosecutors completed their corruption investigation into former President Yoon Suk Yeol.
example: 090 | Polish investigators concluded their inquiry into the Russian drone incursion.
note: A completed investigation is a reported one; starting one is v09-launch/v09-open.

[verb v09-conduct]
lemma: conduct
pattern: 094 obj=&V09_WARCRIME_PROBE prep=into|against
pattern: 094 obj=&V09_WARCRIME_PROBE
pattern: 092 obj=&V09_RIGHTS_PROBE prep=into|against
pattern: 092 obj=&V09_RIGHTS_PROBE
pattern: 091 obj=&V09_CRIME_PROBE prep=into|against
pattern: 091 obj=&V09_CRIME_PROBE
pattern: 090 obj=&V09_PROBE|search prep=into
pattern: 090 obj=&V09_PROBE
example: 090 | The IAEA conducted an inspection at the Fordow enrichment site.
example: 092 | A UN fact-finding mission conducted a human rights investigation in the Tigray region.

[verb v09-carry]
lemma: carry
pattern: 094 prt=out obj=&V09_WARCRIME_PROBE
pattern: 091 prt=out obj=&V09_CRIME_PROBE
pattern: 090 prt=out obj=&V09_PROBE|search
example: 090 | Swedish police carried out an investigation into the blasts on the Nord Stream pipelines.
note: "carry out" with anything else (attacks, strikes, reforms) is left to other roots.

[verb v09-order]
lemma: order
pattern: 094 obj=&V09_WARCRIME_PROBE prep=into
pattern: 094 obj=&V09_WARCRIME_PROBE
pattern: 091 obj=&V09_CRIME_PROBE prep=into|against
pattern: 091 obj=&V09_CRIME_PROBE
pattern: 090 obj=&V09_PROBE prep=into
pattern: 090 obj=&V09_PROBE
pattern: 1053 comp=release|free|return|repatriate
pattern: 1056 comp=withdraw|retreat|halt|cease|demobilize|demobilise|disarm
pattern: 1052 comp=disperse|vacate
pattern: 1013 comp=extradite|surrender|hand
pattern: 1014 comp=disclose|reveal|declassify|publish
pattern: 101 comp=cooperate|comply|appear|testify
pattern: 1041 comp=resign|step
pattern: 1042 comp=repeal|reverse|rescind|revoke|scrap|amend
pattern: 1055 comp=allow|admit|let|permit|enable|facilitate
pattern: 1034 comp=protect|deploy
pattern: 105 comp=pay|compensate|stop|suspend|end
pattern: 100 comp=ensure|prevent|refrain|respect|implement|provide|take|restore
example: 090 | Mexico's president ordered an investigation into the killing of six migrants by soldiers in Chiapas.
example: 1056 | The Kremlin ordered the Wagner group to halt its march on Moscow.
example: 1053 | Russia ordered the Taliban to free two Russian citizens detained in Kabul.
example: 1052 | Police in Nairobi ordered the protesters to disperse.
example: 101 | The European Commission ordered Hungary to cooperate with its rule-of-law inquiry.
example: 1034 | The Security Council ordered UN peacekeepers to protect civilians in Goma.
example: 116 | The International Court of Justice ordered Israel to halt its military offensive in Rafah.
example: 116 | The ECOWAS regional court ordered Niger's military rulers to free ousted President Mohamed Bazoum.
example: 116 | The International Court of Justice ordered Azerbaijan to ensure free movement through the Lachin corridor.
note: orders are demands (CAMEO 10: "all demands and orders"); "ordered X to leave" is not listed because it is an
note: expulsion, and a bare "ordered" (troops, evacuations, arrests) is left to the coder's verb chains. A court's
note: order is its ruling against whom it orders (116, as the held-out sets code them): the coder recodes it.

[verb v10-tell]
lemma: tell
pattern: 161 obj=&DIPLOMAT comp=leave|go|depart
pattern: 1056 comp=withdraw|retreat|halt|cease|demobilize|demobilise|disarm
pattern: 1053 comp=release|free|repatriate
pattern: 1041 comp=resign|step
pattern: 1042 comp=repeal|reverse|rescind|revoke|scrap|amend
pattern: 100 comp=cut|reduce|downsize|close|shut|stop|end|pull|remove|lift|drop|abandon|pay|respect|comply|refrain|cooperate|hand|accept|allow|let|ensure|provide|restore|return|explain|clarify|justify|apologise|apologize
example: 100 | India told Canada to cut its diplomatic staff in the country.
example: 1056 | Turkey told the Syrian Kurdish militia to withdraw from Manbij.
example: 1053 | The United States told Iran to release all detained Americans.
example: 161 | Turkey told Israel's ambassador to leave the country.
note: "told X to do" with an actor told is an order (CAMEO 10); "told X that Y would …" tells what another does and
note: reads no clause here (the plain statement is v01-tell's 010).

[verb v09-set]
lemma: set
pattern: 090 prt=up obj=&V09_PROBE
pattern: 090 prt=up obj=commission|panel|tribunal prep=of
pattern: 139 obj=ultimatum prep=for|to
pattern: 139 obj=ultimatum
pattern: 100 obj=condition|precondition|demand prep=for
pattern: 100 obj=condition|precondition|demand
example: 090 | The UN Human Rights Council set up an independent commission of inquiry on Ukraine.
example: 100 | Kyiv set preconditions for any talks with Moscow.
example: 139 | The Israeli cabinet set an ultimatum for Hamas to free the remaining hostages.

[verb v09-establish]
lemma: establish | form
pattern: 090 obj=&V09_PROBE
pattern: 090 obj=commission prep=of
example: 090 | Peru's Congress established a commission of inquiry into the deaths of protesters.

[verb v09-begin]
lemma: begin | start | initiate | commence | institute
pattern: 094 obj=&V09_WARCRIME_PROBE prep=into|against
pattern: 094 obj=&V09_WARCRIME_PROBE
pattern: 092 obj=&V09_RIGHTS_PROBE prep=into|against
pattern: 092 obj=&V09_RIGHTS_PROBE
pattern: 091 obj=&V09_CRIME_PROBE prep=into|against
pattern: 091 obj=&V09_CRIME_PROBE
pattern: 090 obj=&V09_PROBE prep=into|against
pattern: 090 obj=&V09_PROBE
pattern: 115 obj=&V09_LAWSUIT prep=against
pattern: 115 obj=&V09_LAWSUIT
example: 090 | Georgian prosecutors began an investigation into the violent dispersal of protesters in Tbilisi.
example: 115 | The European Commission initiated infringement proceedings against Hungary over its sovereignty law.

[verb v09-question]
lemma: question
pattern: 091 obj=suspect|witness|detainee|employee|executive|official
pattern: 091 voice=passive prep=over|about|in
pattern: 091 obj=* prep=over|about voice=active target=obj
pattern: 110 obj=legitimacy|credibility|motive|commitment|sincerity|independence|impartiality|neutrality|integrity|competence|judgment|judgement|wisdom|fairness
example: 091 | Former French president Nicolas Sarkozy was questioned by police over alleged Libyan financing of his campaign.
example: 110 | Opposition parties in Mozambique questioned the legitimacy of the election results.
note: questioning a suspect is investigation of crime; questioning someone's legitimacy or motives is disapproval.

[verb v09-interrogate]
lemma: interrogate
pattern: 091
example: 091 | Belarusian security officers interrogated the detained journalists for several hours.

[verb v09-search]
lemma: search
pattern: 091 obj=home|house|office|headquarters|premise|residence|apartment|flat|property|compound|estate|consulate|embassy|villa|mansion
example: 091 | Federal agents searched the home of former national security adviser John Bolton.
example: 091 | Turkish prosecutors searched the consul's residence and the consulate for a second time.

[verb v09-document]
lemma: document
pattern: 094 obj=&V09_WARCRIME
pattern: 092 obj=&V09_ABUSE
pattern: 093 obj=&V09_MILACTION
pattern: 091 obj=&V09_CRIME
example: 092 | Human Rights Watch documented the torture of detainees in Russian-occupied areas of Ukraine.
example: 094 | UN investigators documented massacres of civilians by the Rapid Support Forces in Darfur.

[verb v09-verify]
lemma: verify
pattern: 090 obj=compliance|claim|report|allegation|information|footage|account|stockpile
example: 090 | OSCE monitors verified reports of heavy shelling near the line of contact.

[verb v09-exhume]
lemma: exhume
pattern: 094 obj=&V09_WARCRIME
pattern: 090
example: 090 | Ukrainian forensic teams exhumed bodies from a burial site near Izium.

[verb v09-subpoena]
lemma: subpoena
pattern: 101
example: 101 | The House Oversight Committee subpoenaed the Justice Department for files on the Epstein case.
note: a subpoena demands compliance with an investigation (101 in the manual's usage notes).

[verb v09-summon]
lemma: summon
pattern: 114 obj=&DIPLOMAT
pattern: 101 obj=* prep=for target=obj
example: 114 | China summoned the Japanese ambassador over Prime Minister Takaichi's remarks on Taiwan.
example: 101 | Pakistan's anti-graft agency summoned former prime minister Imran Khan for questioning.
note: summoning an envoy is the institutional form of a diplomatic protest (114).

[verb v09-call-in]
lemma: call
pattern: 114 prt=in obj=&DIPLOMAT
pattern: 114 prep=in obj=&DIPLOMAT
example: 114 | The Czech foreign ministry called in China's ambassador over threats against the Senate speaker.
note: "called in the ambassador" is a summons ("in" read as a particle, or as a preposition holding the envoy);
note: "called in the army" is not (v14-call).

[verb v09-reopen]
lemma: reopen
pattern: 091 obj=&V09_CRIME_PROBE|case prep=into|against
pattern: 091 obj=&V09_CRIME_PROBE|case
pattern: 090 obj=&V09_PROBE prep=into
pattern: 090 obj=&V09_PROBE
example: 090 | A Lebanese judge reopened the investigation into the Beirut port explosion.

[verb v09-widen]
lemma: widen | broaden | expand
pattern: 094 obj=&V09_WARCRIME_PROBE
pattern: 091 obj=&V09_CRIME_PROBE
pattern: 090 obj=&V09_PROBE prep=into
pattern: 090 obj=&V09_PROBE
example: 090 | South Korean prosecutors widened their probe into the presidential office.

[verb v09-uncover]
lemma: uncover | unearth | expose
pattern: 094 obj=&V09_WARCRIME
pattern: 092 obj=&V09_ABUSE
pattern: 091 obj=&V09_CRIME|&V09_ESPIONAGE
example: 091 | Malaysian investigators uncovered fraud at the state investment fund 1MDB.
example: 091 | Polish counter-intelligence uncovered a Russian spy network operating near the Ukrainian border.

[verb v09-grill]
lemma: grill
pattern: 090
example: 090 | US senators grilled Defense Secretary Pete Hegseth over the leaked group chat on Yemen strikes.
note: hostile questioning at a hearing is an inquiry, not criticism.

[verb v09-interview]
lemma: interview
pattern: 091 obj=suspect|detainee
pattern: 090 obj=witness|survivor|victim|refugee|eyewitness
example: 090 | ICC investigators interviewed survivors of the attacks in Darfur.
note: interviews by investigators; interviews by journalists have other objects (leaders, candidates) and stay out.

[verb v09-convene]
lemma: convene
pattern: 090 obj=inquiry|hearing|inquest|tribunal|&V09_PROBE prep=into|on
pattern: 090 obj=inquiry|hearing|inquest|&V09_PROBE
example: 090 | The Australian Senate convened an inquiry into foreign interference in universities.

[verb v09-pursue]
lemma: pursue
pattern: 115 obj=&V09_LAWSUIT|&V09_LEGAL_ACTION prep=against
pattern: 115 obj=&V09_LAWSUIT|&V09_LEGAL_ACTION
pattern: 091 obj=&V09_CRIME_PROBE
pattern: 090 obj=&V09_PROBE|lead
example: 115 | Lithuania pursued legal action against Belarus over the migrant crisis at its border.
example: 090 | Dutch prosecutors pursued the investigation into the downing of the airliner.

[verb v09-revisit]
lemma: revisit | re-examine | reexamine
pattern: 091 obj=&V09_CRIME_PROBE
pattern: 090 obj=case|evidence|&V09_PROBE|death|killing|allegation
example: 090 | Argentina's prosecutors revisited the case of the 1994 bombing of the AMIA centre.

[verb v09-assess]
lemma: assess
pattern: 094 obj=&V09_WARCRIME
pattern: 090 obj=damage|claim|allegation|compliance|report
example: 090 | IAEA experts assessed the damage at the Isfahan nuclear site.

[verb v09-delve]
lemma: delve
pattern: 090 prep=into
example: 090 | The Senate committee delved into the finances of the former president's foundation.

# ---------------------------------------------------------------------------------------------------------------
# 10 DEMAND. The party expected to act is the target; "demanded X from Y" takes Y (prep=from) as target.
# "demanded that Iran release ..." is read through the governed verb (comp=).

[verb v09-demand]
lemma: demand
pattern: 1054 obj=&V09_SANCTION_RELIEF
pattern: 1011 obj=&V09_ECON_COOP
pattern: 1012 obj=&V09_MIL_COOP
pattern: 1013 obj=&V09_JUDICIAL prep=from
pattern: 1013 obj=&V09_JUDICIAL
pattern: 1014 obj=&V09_INFO prep=from
pattern: 1014 obj=&V09_INFO
pattern: 101 obj=&V09_PROBE|cooperation|compliance prep=from
pattern: 101 obj=&V09_PROBE|cooperation|compliance
pattern: 1031 obj=&V09_ECON_AID prep=from
pattern: 1031 obj=&V09_ECON_AID
pattern: 1032 obj=&MILITARY_AID prep=from
pattern: 1032 obj=&MILITARY_AID
pattern: 1034 obj=&V09_PROTECTION prep=from
pattern: 1034 obj=&V09_PROTECTION
pattern: 1033 obj=&V09_HUMAN_AID prep=from
pattern: 1033 obj=&V09_HUMAN_AID
pattern: 102 obj=&V09_POLICY_SUPPORT prep=from
pattern: 102 obj=&V09_POLICY_SUPPORT
pattern: 103 obj=&AID prep=from
pattern: 103 obj=&AID
pattern: 1053 obj=&V09_RELEASE prep=of
pattern: 1053 obj=&V09_RELEASE
pattern: 1055 obj=&V09_ACCESS
pattern: 1056 obj=&V09_DEESCALATION|&CEASEFIRE prep=of
pattern: 1056 obj=&V09_DEESCALATION|&CEASEFIRE
pattern: 1041 obj=&V09_LEADERSHIP prep=of
pattern: 1041 obj=&V09_LEADERSHIP
pattern: 1044 obj=&V09_INSTITUTION
pattern: 1043 obj=&V09_RIGHTS
pattern: 1042 obj=&V09_POLICY
pattern: 104 obj=&V09_REFORM
pattern: 108 obj=&V09_MEDIATION
pattern: 107 obj=&V09_SETTLEMENT
pattern: 106 obj=&TALKS prep=with
pattern: 106 obj=&TALKS
pattern: 105 obj=&V09_CONCESSION prep=from
pattern: 105 obj=&V09_CONCESSION
pattern: 1053 comp=release|free|return|repatriate|unfreeze
pattern: 1056 comp=withdraw|retreat|halt|cease|disarm|demobilize|demobilise|demilitarize|demilitarise|pull
pattern: 1041 comp=resign|quit|step|abdicate|dismiss|fire|sack|remove|oust
pattern: 1044 comp=democratize|democratise
pattern: 1042 comp=repeal|reverse|rescind|revoke|scrap|amend|overturn|cancel|change
pattern: 104 comp=reform
pattern: 1055 comp=allow|admit|let|permit|grant|facilitate|enable
pattern: 1054 comp=lift
pattern: 1051 comp=relax|loosen|unblock|unban|legalize|legalise
pattern: 1052 comp=disperse|vacate
pattern: 1013 comp=extradite|surrender|hand
pattern: 1014 comp=explain|disclose|reveal|clarify|share|know|account
pattern: 101 comp=cooperate|comply|investigate|probe|appear|testify
pattern: 1011 comp=buy|purchase|import|invest
pattern: 1012 comp=spend
pattern: 102 comp=apologize|apologise|recognize|recognise|condemn|endorse|support|back
pattern: 1031 comp=fund|finance
pattern: 1032 comp=arm
pattern: 1034 comp=protect|deploy|defend
pattern: 108 comp=mediate|arbitrate
pattern: 107 comp=settle|resolve|reconcile
pattern: 106 comp=negotiate|meet|talk
pattern: 105 comp=pay|compensate|abandon|dismantle|forsake|renounce|stop|end|drop|concede|yield|capitulate|give
pattern: 100
example: 100 | Turkey demanded that Sweden crack down on Kurdish militant groups before it could join NATO.
example: 101 | Ukraine demanded an independent investigation into the destruction of the Kakhovka dam.
example: 1011 | President Trump demanded that Japan buy more American rice and cars.
example: 1011 | Washington demanded greater market access for American farmers in India.
example: 1012 | Trump demanded that NATO allies spend five percent of their economic output on defence.
example: 1012 | Washington demanded that Japan spend more on its own defence.
example: 1013 | Turkey demanded the extradition of Fethullah Gulen from the United States.
example: 1013 | Poland demanded that Hungary extradite the former deputy justice minister.
example: 1014 | Beijing demanded an explanation from Washington for the downing of the Chinese balloon.
example: 1014 | Opposition lawmakers in Israel demanded to know who had authorised the strike in Doha.
example: 102 | South Korea demanded an apology from Japan over wartime forced labour.
example: 102 | Kosovo demanded that Serbia recognise its independence.
example: 103 | Pakistan demanded more aid from wealthy nations after the floods in Punjab.
example: 103 | Haiti's transitional council demanded assistance from the international community.
example: 1031 | Athens demanded a bailout without new austerity measures.
example: 1031 | Argentina demanded new loans from the International Monetary Fund.
example: 1032 | President Zelensky demanded more weapons from Western allies after the strike on Kharkiv.
example: 1032 | Armenia demanded arms from Russia under the collective security treaty.
example: 1033 | Sudanese refugees in eastern Chad demanded food and shelter from the authorities.
example: 1033 | Gaza's health ministry demanded fuel for its hospitals.
example: 1034 | Rohingya community leaders demanded protection from the United Nations.
example: 104 | Tunisian opposition parties demanded political reforms before the presidential election.
example: 1041 | Israel's opposition leader demanded the resignation of Prime Minister Benjamin Netanyahu.
example: 1041 | Georgia's pro-Western opposition demanded fresh elections after the disputed vote.
example: 1042 | Farmers' unions in Kenya demanded the repeal of the new land law.
example: 1042 | Opposition parties demanded that the government scrap the tax increases.
example: 1043 | Afghan women activists demanded equal rights from the Taliban government.
example: 1043 | The pro-Kurdish party demanded language rights from Ankara.
example: 1044 | Catalan separatist parties demanded an independence referendum.
example: 1044 | Kanak separatists demanded independence from France.
example: 105 | Iran demanded compensation from the United States for years of sanctions.
example: 105 | Washington demanded that Tehran abandon its uranium enrichment programme.
example: 1051 | Press freedom groups demanded that the Tanzanian authorities unblock social media platforms.
example: 1051 | Human rights groups demanded that Ethiopia legalise the banned opposition party.
example: 1052 | Thailand's army chief demanded that anti-government protesters vacate the Government House compound.
example: 1053 | Washington demanded the immediate release of Wall Street Journal reporter Evan Gershkovich.
example: 1053 | France demanded that Iran free two French nationals held in Evin prison.
example: 1054 | Russia demanded that the European Union lift sanctions on its state agricultural bank.
example: 1054 | Tehran demanded sanctions relief as part of any new nuclear agreement.
example: 1055 | The United Nations demanded unfettered humanitarian access to the besieged city of El Fasher.
example: 1055 | Aid agencies demanded that Israel allow more trucks into Gaza.
example: 1056 | The UN Security Council demanded an immediate ceasefire in Gaza.
example: 1056 | NATO foreign ministers demanded the withdrawal of Russian troops from Ukraine.
example: 106 | The Houthis demanded direct negotiations with Saudi Arabia.
example: 106 | Venezuela's opposition demanded negotiations with the government on the election calendar.
example: 107 | The African Union demanded a negotiated settlement between Ethiopia and the Tigrayan forces.
example: 107 | The Security Council demanded that Armenia and Azerbaijan settle their dispute peacefully.
example: 108 | Serbia demanded EU mediation in its dispute with Kosovo.
example: 108 | Egypt demanded that the African Union mediate in the dispute over the Nile dam.
note: codes 101-108 follow the CAMEO 1.1b3 manual (Dyad's names); "an investigation" and "cooperation" are 101,
note: information and explanations 1014 (the manual's 1014 example is a demand for information), apologies and
note: recognition 102 (what is demanded is 05x diplomatic cooperation), compensation 105 (manual, 1043 notes).

[verb v09-insist]
lemma: insist
pattern: 1053 comp=release|free|return
pattern: 1056 comp=withdraw|retreat|halt|cease|disarm|pull
pattern: 1041 comp=resign|step|quit
pattern: 1054 comp=lift
pattern: 1055 comp=allow|admit|let|permit
pattern: 1042 comp=repeal|reverse|scrap|rescind
pattern: 1013 comp=extradite|hand
pattern: 102 comp=apologize|apologise|recognize|recognise
pattern: 106 comp=negotiate|talk|meet
pattern: 105 comp=pay|compensate|abandon|stop|end
pattern: 100 prep=on|upon
example: 100 | Kyiv insisted on the full withdrawal of Russian forces as a condition for peace.
example: 1056 | Baku insisted that Armenian forces withdraw from the disputed villages.
note: no bare pattern: "insisted that it was innocent" is a statement, not a demand.

[verb v09-call]
lemma: call
pattern: 111 prt=out !obj=army|troop|military|soldier|police|guard|reserve|reservist
example: 111 | President Lula called out the United States for its tariffs on Brazilian goods.
note: "called for X" is left to verbs-01-04 (appeals, 02x), which codes it by what is called for; "called out"
note: troops or police is root 15.

[verb v09-press]
lemma: press
pattern: 115 obj=charge prep=against
pattern: 115 obj=charge
pattern: 100 obj=demand|claim
pattern: 124 !obj=* prep=with
example: 115 | Hong Kong police pressed charges against the pro-democracy activists.
example: 124 | The Georgian government pressed ahead with the foreign agents law despite mass protests.
example: 100 | Kenyan doctors pressed their demands in talks with the health minister.
note: "pressed ahead/on with" is read as refusing to yield; the parser takes "ahead" and "on" as adverbs or
note: particles, so the pattern asks for "with" and no direct object.

[verb v09-clamour]
lemma: clamour | clamor
pattern: 100 prep=for
example: 100 | Business groups in Argentina clamoured for an end to currency controls.

[verb v09-agitate]
lemma: agitate
pattern: 104 prep=for
example: 104 | Student groups in Serbia agitated for sweeping political reforms.

[verb v09-reiterate]
lemma: reiterate | restate | repeat
pattern: 139 obj=ultimatum
pattern: 130 obj=threat|warning
pattern: 100 obj=demand|insistence
pattern: 112 obj=accusation|allegation|charge
pattern: 111 obj=&V09_CRITICISM
pattern: 110 obj=objection
pattern: 120 obj=rejection|refusal
example: 100 | Iran reiterated its demand for guarantees before any return to the nuclear deal.
example: 120 | Hezbollah reiterated its refusal to disarm.
example: 110 | India restated its objections to the China-Pakistan Economic Corridor.

[verb v09-renew]
lemma: renew
pattern: 139 obj=ultimatum
pattern: 130 obj=threat|warning
pattern: 100 obj=demand
pattern: 112 obj=accusation|allegation|charge
pattern: 111 obj=&V09_CRITICISM
pattern: 110 obj=objection
example: 130 | President Trump renewed his threat to take control of Greenland.
example: 112 | Pyongyang renewed its accusations against Seoul over the leaflet balloons.

[verb v09-issue]
lemma: issue
pattern: 139 obj=ultimatum prep=to
pattern: 139 obj=ultimatum
pattern: 130 obj=threat|warning prep=to|against
pattern: 130 obj=threat|warning
pattern: 100 obj=demand prep=to
pattern: 100 obj=demand
pattern: 114 obj=&V09_COMPLAINT prep=to|with
pattern: 114 obj=&V09_COMPLAINT
pattern: 111 obj=&V09_CRITICISM
pattern: 110 obj=objection
pattern: 101 obj=subpoena prep=to
pattern: 101 obj=subpoena
pattern: 1121 obj=warrant prep=for|against
pattern: 1121 obj=indictment prep=against
pattern: 1121 obj=indictment
pattern: 129 obj=veto
example: 1121 | The International Criminal Court issued an arrest warrant for the former Philippine president.
example: 139 | The Sudanese army issued an ultimatum to the Rapid Support Forces to leave the capital.
example: 114 | Manila issued a diplomatic protest to Beijing over the water cannon attack.
example: 130 | Moscow issued a warning to Finland over its plans to join NATO.
example: 1121 | South Korean prosecutors issued an indictment against former president Yoon Suk Yeol.

[verb v09-make]
lemma: make
pattern: 130 obj=threat prep=against|to
pattern: 130 obj=threat
pattern: 100 obj=demand prep=of|on
pattern: 100 obj=demand
pattern: 112 obj=accusation|allegation prep=against
pattern: 112 obj=accusation|allegation
pattern: 114 obj=complaint|protest|representation prep=to|with
pattern: 114 obj=complaint|protest|representation
example: 112 | The Venezuelan government made allegations of sabotage against the opposition.
example: 114 | New Delhi made strong representations to Ottawa over the remarks.
example: 130 | M23 rebels made threats against the government in Kinshasa.

[verb v09-present]
lemma: present | table
pattern: 139 obj=ultimatum
pattern: 100 obj=demand prep=to
pattern: 100 obj=demand
pattern: 114 obj=complaint|petition|protest prep=to
pattern: 114 obj=complaint|petition|protest
example: 100 | The Taliban presented their demands to the Pakistani delegation in Istanbul.

[verb v09-put]
lemma: put
note: "put forward demands"; "forward" is often parsed as an adverb, so the pattern asks only for the object.
pattern: 100 obj=demand|condition|precondition
example: 100 | Hamas put forward new demands during the talks in Doha.

[verb v09-voice]
lemma: voice
pattern: 100 obj=demand
pattern: 111 obj=&V09_CRITICISM
pattern: 110 obj=&V09_DISAPPROVAL
example: 111 | Several EU governments voiced criticism of Israel's settlement expansion.
example: 110 | Ankara voiced opposition to Sweden's membership of NATO.

[verb v09-give]
lemma: give
pattern: 139 obj=ultimatum prep=to
pattern: 139 obj=ultimatum
pattern: 130 obj=warning prep=to
pattern: 130 obj=warning
pattern: 139 obj=day|hour|week|month|deadline comp=*
example: 139 | ECOWAS gave Niger's junta a one-week ultimatum to reinstate President Bazoum.
example: 139 | Washington gave Kabul 48 hours to hand over the suspects.

[verb v09-deliver]
lemma: deliver
pattern: 139 obj=ultimatum prep=to
pattern: 139 obj=ultimatum
pattern: 130 obj=threat|warning prep=to
pattern: 130 obj=threat|warning
pattern: 114 obj=&V09_COMPLAINT prep=to
pattern: 114 obj=&V09_COMPLAINT
pattern: 111 obj=rebuke|reprimand|condemnation|broadside|tirade prep=to
pattern: 111 obj=rebuke|reprimand|condemnation|broadside|tirade
example: 114 | Lithuania's foreign ministry delivered a protest note to the Belarusian charge d'affaires.
example: 111 | President Macron delivered a sharp rebuke to Washington over its tariffs.

[verb v09-serve]
lemma: serve
pattern: 139 obj=ultimatum
pattern: 130 obj=notice
pattern: 101 obj=subpoena|summon
example: 130 | The Kremlin served notice that it would respond to any seizure of its frozen assets.

[verb v09-hand]
lemma: hand
pattern: 139 obj=ultimatum prep=to
pattern: 139 obj=ultimatum
pattern: 114 obj=&V09_COMPLAINT prep=to
pattern: 114 obj=&V09_COMPLAINT
example: 139 | Israel handed Hamas an ultimatum to release the hostages by Saturday.
example: 114 | Warsaw handed a note of protest to the Russian charge d'affaires.

[verb v09-dictate]
lemma: dictate
pattern: 100 obj=term|condition
example: 100 | Russian negotiators dictated harsh terms to the Ukrainian delegation in Istanbul.

[verb v09-direct]
lemma: direct
pattern: 1053 comp=release|free|return
pattern: 1056 comp=withdraw|halt|cease
pattern: 1055 comp=allow|admit|permit|facilitate
pattern: 1052 comp=disperse|vacate
pattern: 1013 comp=extradite|hand|surrender
pattern: 101 comp=cooperate|comply|appear|testify|investigate|probe
pattern: 1042 comp=repeal|reverse|rescind|revoke|scrap|amend
pattern: 105 comp=pay|compensate|stop|end|restore
example: 1053 | India's Supreme Court directed the government to release the detained climate activist.
example: 101 | The Pakistani court directed the former prime minister to appear before the anti-graft agency.
note: courts and regulators "direct" a party to act; without a governed verb ("directed the film", "directed
note: attacks at") nothing is coded.

[verb v09-stipulate]
lemma: stipulate
pattern: 100 obj=condition|term|precondition|requirement
pattern: 100 comp=*
example: 100 | Saudi Arabia stipulated that any normalisation with Israel must include a path to a Palestinian state.

# ---------------------------------------------------------------------------------------------------------------
# 11 DISAPPROVE. Criticism 111, accusation 112 (crime 1121, human rights 1122, aggression 1123, war crimes 1124,
# espionage and treason 1125), rallying others against the target 113, formal complaints 114, lawsuits 115, court
# findings of guilt or liability 116; other disapproval 110.

[verb v09-criticize]
lemma: criticize | criticise
pattern: 111
example: 111 | Human Rights Watch criticised Egypt's treatment of political prisoners.
example: 111 | Hungary's new media law was criticized by the European Commission.

[verb v09-condemn]
lemma: condemn
pattern: 173 prep=to
pattern: 111
example: 111 | France condemned Russia's drone incursion into Polish airspace.
example: 111 | The attack on the aid convoy was condemned by the UN Secretary-General.
note: "condemned to death / to ten years" is a sentence (173), kept apart so it is not read as criticism.

[verb v09-denounce]
lemma: denounce
pattern: 111
example: 111 | Venezuela denounced the US military build-up in the Caribbean.
example: 111 | Cuba's foreign minister denounced the new American sanctions as economic warfare.

[verb v09-decry]
lemma: decry
pattern: 111
example: 111 | Indonesian rights groups decried the new criminal code passed by parliament.

[verb v09-deplore]
lemma: deplore
pattern: 111
example: 111 | The Vatican deplored the killing of civilians sheltering in the church compound in Gaza.

[verb v09-slam]
lemma: slam
pattern: 111 obj=* !obj=&V09_PHYSICAL
example: 111 | Beijing slammed the latest US arms sale to Taiwan.
note: an object is required: "a missile slammed into a building" has none and must not be read as criticism.

[verb v09-blast]
lemma: blast
pattern: 111 obj=* !obj=&V09_PHYSICAL
example: 111 | President Trump blasted the Federal Reserve over its interest rate decision.

[verb v09-lash]
lemma: lash
pattern: 111 prt=out prep=at|against
pattern: 111 prt=out
example: 111 | President Erdogan lashed out at Israel over its offensive in Gaza.

[verb v09-rebuke]
lemma: rebuke
pattern: 111
example: 111 | The State Department rebuked Israel over settler violence in the West Bank.

[verb v09-reprimand]
lemma: reprimand
pattern: 111
example: 111 | The Dutch ambassador was reprimanded by the Turkish foreign ministry over the cartoon.

[verb v09-admonish]
lemma: admonish
pattern: 111
example: 111 | The European Commission admonished Slovakia over its changes to the criminal code.

[verb v09-chide]
lemma: chide | scold
pattern: 111
example: 111 | Beijing chided Canberra for its call for an inquiry into the origins of the virus.

[verb v09-castigate]
lemma: castigate | berate | excoriate | lambaste | lambast | pillory | upbraid
pattern: 111
example: 111 | Prime Minister Orban lambasted the European Commission over its migration pact.
example: 111 | The Kremlin castigated the Baltic states for dismantling Soviet war memorials.

[verb v09-censure]
lemma: censure
pattern: 111
example: 111 | The European Parliament censured Hungary over its record on the rule of law.

[verb v09-assail]
lemma: assail
pattern: 111
example: 111 | Pakistan's opposition leaders assailed the government's handling of the flood relief.

[verb v09-fault]
lemma: fault
pattern: 111
example: 111 | US senators faulted the Secret Service for the security failures at the rally in Butler.

[verb v09-ridicule]
lemma: ridicule | mock | deride | lampoon | scorn
pattern: 111
example: 111 | North Korean state media mocked the South Korean president as a puppet of Washington.

[verb v09-disparage]
lemma: disparage | belittle | denigrate | vilify | demonise | demonize | defame | slander | smear | insult
pattern: 111
example: 111 | Chinese state media vilified the Philippine coast guard over the encounter at Second Thomas Shoal.

[verb v09-brand]
lemma: brand
pattern: 111 obj=* prep=as target=obj
pattern: 111 obj=*
example: 111 | Moscow branded the exiled opposition movement an extremist organisation.

[verb v09-label]
lemma: label
pattern: 111 obj=* prep=as target=obj
example: 111 | Beijing labelled the Dalai Lama as a separatist.

[verb v09-single]
lemma: single
pattern: 111 prt=out
example: 111 | Washington singled out China for its support of Russia's war economy.

[verb v09-take]
lemma: take
pattern: 111 obj=aim|swipe|jab|shot|dig prep=at
pattern: 110 obj=issue prep=with
pattern: 110 obj=exception prep=to
pattern: 115 obj=&V09_LEGAL_ACTION prep=against
pattern: 130 obj=countermeasure|counter-measure|retaliatory_measure|reciprocal_measure|firm_measure|resolute_measure|strong_measure|decisive_measure|necessary_measure|retaliatory_step|retaliatory_action prep=against target=prep
pattern: 130 obj=countermeasure|counter-measure|retaliatory_measure|reciprocal_measure|firm_measure|resolute_measure|strong_measure|decisive_measure|necessary_measure|retaliatory_step|retaliatory_action target=none
example: 111 | Prime Minister Modi took a swipe at Pakistan over cross-border terrorism.
example: 130 | The United States announced a diplomatic boycott of the Beijing Winter Olympics, and China vowed to take resolute countermeasures.
example: 110 | Berlin took issue with Washington's new visa rules for European students.
example: 115 | Guyana took legal action against Venezuela at the International Court of Justice.
note: Countermeasures and firm or necessary measures a state says it will take are the codebook's unspecified threat
note: (130), aimed at whoever the sentence says it answers.

[verb v09-heap]
lemma: heap | pour | lavish | shower
pattern: 112 obj=blame prep=on|upon
pattern: 111 obj=scorn|criticism|contempt|derision|ridicule|abuse prep=on|upon
pattern: 051 obj=praise|compliment|accolade|tribute prep=on|upon target=prep
example: 111 | Moscow poured scorn on the G7 price cap on Russian oil.
example: 112 | Ethiopia heaped blame on Egypt for the stalled talks over the Nile dam.
example: 051 | The Indonesian president lavished praise on Beijing for its investment in the nickel industry.

# Accusations

[verb v09-accuse]
lemma: accuse
pattern: 1124 comp=massacre|execute|exterminate
pattern: 1122 comp=torture|abuse|persecute|mistreat|repress|discriminate|detain|disappear|rape
pattern: 1123 comp=attack|shell|bomb|invade|provoke|target|fire|shoot|violate|breach
pattern: 1125 comp=spy|betray|collude
pattern: 1121 comp=steal|embezzle|launder|bribe|rig|loot|smuggle|defraud|plunder|tamper|evade
pattern: 112
example: 112 | Moscow accused Kyiv of staging the incident.
example: 112 | Iran was accused by Israel of supplying the Houthis with missiles.
example: 1121 | Brazilian prosecutors accused former officials of embezzling public funds.
example: 1122 | Amnesty International accused Iranian authorities of torturing detained protesters.
example: 1123 | Azerbaijan accused Armenia of shelling its positions along the border.
example: 1124 | Kyiv accused Moscow of executing Ukrainian prisoners of war.
example: 1125 | India accused China of spying on its military installations.
note: the specific codes read the verb under "of" ("of torturing"); a noun there ("of war crimes") stays 112.
note: "violate" is read as aggression (ceasefire violations are the common case after "accused ... of").

[verb v09-blame]
lemma: blame
pattern: 112 obj=* prep=on|upon target=prep
pattern: 1124 comp=massacre|execute|exterminate
pattern: 1122 comp=torture|abuse|persecute|mistreat|repress
pattern: 1123 comp=attack|shell|bomb|invade|provoke|violate|breach
pattern: 1125 comp=spy|betray
pattern: 1121 comp=steal|embezzle|launder|bribe|rig|loot|smuggle
pattern: 112
example: 112 | Moscow blamed the concert hall attack on Ukraine.
example: 112 | Pakistan blamed India for the bombing in Islamabad.
example: 1123 | Beijing blamed Manila for provoking the collision near Second Thomas Shoal.

[verb v09-charge]
lemma: charge
pattern: 1125 comp=spy|betray
pattern: 1124 comp=massacre|exterminate
pattern: 1122 comp=torture|abuse|persecute
pattern: 1121 prep=with target=obj
pattern: 1121 comp=rig|steal|embezzle|bribe|launder|tamper
pattern: 112 comp=*
example: 1121 | Former Malaysian prime minister Muhyiddin Yassin was charged with abuse of power and money laundering.
example: 112 | Kyiv charged that Moscow was preparing a false-flag operation in Transnistria.
note: no bare pattern: troops charge protesters and governments charge fees. Criminal charges ("charged with")
note: are read as accusations of crime; filing charges in court is 115 (v09-file, v09-bring, v09-press).

[verb v09-indict]
lemma: indict
pattern: 1125 comp=spy|betray
pattern: 1121
example: 1121 | A US federal grand jury indicted two Chinese nationals on hacking charges.
example: 1121 | Former FBI director James Comey was indicted by a federal grand jury in Virginia.

[verb v09-allege]
lemma: allege
pattern: 1124 obj=&V09_WARCRIME prep=by target=prep
pattern: 1124 obj=&V09_WARCRIME
pattern: 1122 obj=&V09_ABUSE prep=by target=prep
pattern: 1122 obj=&V09_ABUSE
pattern: 1123 obj=&V09_AGGRESSION prep=by target=prep
pattern: 1123 obj=&V09_AGGRESSION
pattern: 1125 obj=&V09_ESPIONAGE prep=by target=prep
pattern: 1125 obj=&V09_ESPIONAGE
pattern: 1121 obj=&V09_CRIME prep=by target=prep
pattern: 1121 obj=&V09_CRIME
pattern: 1125 comp=spy
pattern: 1122 comp=torture|abuse|mistreat|rape
pattern: 1123 comp=attack|shell|invade
pattern: 1121 comp=rig|steal|embezzle|bribe|launder
pattern: 112
example: 1122 | Amnesty International alleged torture by Egyptian police in the detention of activists.
example: 1124 | South Africa alleged genocide by Israel in its filing to the International Court of Justice.
example: 1123 | Tbilisi alleged an incursion by Russian-backed forces into Georgian-controlled territory.
example: 1125 | Swedish prosecutors alleged espionage by a former security service officer on behalf of Russia.
example: 1121 | Argentine prosecutors alleged bribery by officials of the national disability agency.
example: 112 | Zimbabwe's opposition alleged that the electoral commission had been packed with government loyalists.

[verb v09-implicate]
lemma: implicate | incriminate
pattern: 112
example: 112 | Prosecutors in Guatemala implicated the former president in the bribery scheme.

[verb v09-level]
lemma: level
pattern: 1125 obj=&V09_ESPIONAGE_CHARGE prep=against|at
pattern: 1125 obj=&V09_ESPIONAGE_CHARGE
pattern: 1124 obj=&V09_WARCRIME_CHARGE prep=against|at
pattern: 1124 obj=&V09_WARCRIME_CHARGE
pattern: 1122 obj=&V09_ABUSE_CHARGE prep=against|at
pattern: 1121 obj=&V09_CRIME_CHARGE prep=against|at
pattern: 1121 obj=&V09_CRIME_CHARGE
pattern: 112 obj=accusation|allegation|charge|claim|blame prep=against|at
pattern: 112 obj=accusation|allegation|charge
pattern: 111 obj=criticism prep=at|against
pattern: 111 obj=criticism
example: 112 | Pakistan levelled fresh accusations against the Taliban government over cross-border attacks.
example: 1121 | Ecuador's attorney general levelled corruption charges against the former vice-president.
example: 1125 | Tehran levelled espionage charges against the detained European tourists.
example: 1124 | Kyiv leveled war crimes allegations against the Russian commander of the Mariupol operation.

[verb v09-hurl]
lemma: hurl
pattern: 112 obj=accusation|allegation|charge prep=at|against
pattern: 112 obj=accusation|allegation|charge
pattern: 111 obj=insult|abuse|invective|epithet|criticism prep=at|against
example: 112 | President Maduro hurled accusations at Colombia's president over the border violence.
example: 111 | The Iranian delegation hurled insults at the Israeli ambassador during the session.

[verb v09-trade]
lemma: trade
pattern: 112 obj=accusation|allegation|blame|charge
pattern: 111 obj=insult|barb|jibe|criticism|invective
example: 112 | India and Pakistan traded accusations over the collapse of the ceasefire in Kashmir.

[verb v09-point]
lemma: point
pattern: 112 obj=finger prep=at target=prep
example: 112 | Washington pointed the finger at Iran for the attacks on tankers in the Gulf of Oman.

[verb v09-scapegoat]
lemma: scapegoat
pattern: 112
example: 112 | The Hungarian government scapegoated migrants for the rise in crime.

# Other disapproval

[verb v09-disapprove]
lemma: disapprove
pattern: 110 prep=of
pattern: 110
example: 110 | Seoul disapproved of Tokyo's decision to release treated water from Fukushima.

[verb v09-object]
lemma: object
pattern: 110 prep=to
example: 110 | Greece objected to Turkey's drilling plans in the eastern Mediterranean.

[verb v09-oppose]
lemma: oppose
pattern: 126 obj=&V09_MEDIATION voice=active
pattern: 126 prep=to obj=&V09_MEDIATION
pattern: 110 voice=active
example: 110 | Hungary opposed the new EU sanctions package against Russia.
example: 126 | Israel opposes French mediation in its negotiations with Lebanon.
example: 126 | Ethiopia is opposed to Egyptian mediation in its dispute with Sudan.
note: active voice only: "forces opposed to the government" is an attribute, not an event.

[verb v09-lament]
lemma: regret | rue | resent
pattern: 110
example: 110 | The Palestinian Authority regretted the US veto of the membership resolution.

[verb v09-frown]
lemma: frown
pattern: 110 prep=on|upon
example: 110 | Beijing frowned on the visit by Czech senators to Taipei.

[verb v09-complain]
lemma: complain
pattern: 114 prep=to target=prep
pattern: 110 prep=about|of|over|at
pattern: 110
example: 114 | Guyana complained to the UN Security Council about Venezuelan threats to annex the Essequibo region.
example: 110 | Mexican officials complained about the treatment of their citizens in US detention centres.
note: a complaint made to someone (a government, a council, a court) is official (114); otherwise 110.

[verb v09-protest]
lemma: protest
pattern: 114 prep=to target=prep
example: 114 | Beijing protested to Tokyo over the Japanese destroyer's passage through the Taiwan Strait.
note: only the diplomatic "protested to X"; street protests belong to root 14.

[verb v09-lodge]
lemma: lodge
pattern: 115 obj=&V09_LAWSUIT prep=against
pattern: 115 obj=&V09_LAWSUIT
pattern: 114 obj=&V09_COMPLAINT|appeal prep=against
pattern: 114 obj=&V09_COMPLAINT prep=with|to
pattern: 114 obj=&V09_COMPLAINT|appeal
pattern: 112 obj=accusation|allegation prep=against
example: 114 | The Philippines lodged a diplomatic protest with China over the collision near Scarborough Shoal.
example: 115 | Ukraine lodged a case against Russia at the International Court of Justice.
example: 114 | Seoul lodged a strong complaint against Tokyo over the textbook revisions.
example: 114 | Kenya lodged a complaint with the African Union against Somalia over the border raids.

[verb v09-file]
lemma: file
pattern: 115 obj=&V09_LAWSUIT prep=against
pattern: 115 obj=&V09_LAWSUIT
pattern: 114 obj=&V09_COMPLAINT|appeal prep=against
pattern: 114 obj=&V09_COMPLAINT prep=with|to
pattern: 114 obj=&V09_COMPLAINT|appeal
example: 115 | Mexico filed a lawsuit against US gun manufacturers in a federal court in Boston.
example: 114 | China filed a complaint with the World Trade Organization over US chip export controls.
example: 115 | Prosecutors in Seoul filed insurrection charges against the former defence minister.
note: charges filed or brought by prosecutors are a criminal lawsuit by the state (115); "charged with" is 1121.

[verb v09-submit]
lemma: submit
pattern: 114 obj=&V09_COMPLAINT prep=to
pattern: 114 obj=&V09_COMPLAINT
pattern: 100 obj=demand prep=to
pattern: 100 obj=demand
example: 114 | Opposition lawmakers submitted a formal complaint to the Constitutional Court about the election law.

[verb v09-register]
lemma: register
pattern: 114 obj=&V09_COMPLAINT prep=with|to
pattern: 114 obj=&V09_COMPLAINT
pattern: 110 obj=&V09_DISAPPROVAL prep=to|of|over|at
example: 114 | Dhaka registered a strong protest with New Delhi over the killings at the border.

[verb v09-raise]
lemma: raise
pattern: 110 obj=objection prep=to
pattern: 110 obj=objection
pattern: 114 obj=complaint|protest prep=with|to
pattern: 114 obj=complaint|protest
example: 110 | Turkey raised objections to Finland's bid for NATO membership.

[verb v09-express]
lemma: express
pattern: 111 obj=&V09_CRITICISM
pattern: 110 obj=&V09_DISAPPROVAL
example: 110 | Tokyo expressed strong opposition to the Chinese coast guard's patrols near the Senkaku Islands.

[verb v09-contest]
lemma: contest | dispute
pattern: 016 obj=&V09_ACCUSATION
pattern: 110 obj=result|outcome|ruling|verdict|decision|finding|count|tally|legitimacy
example: 110 | Mozambique's main opposition party contested the official election results.

# Lawsuits and verdicts

[verb v09-sue]
lemma: sue
pattern: 115
example: 115 | Harvard University sued the Trump administration over the freeze of its research funding.
example: 115 | Google was sued by the US Justice Department over its dominance of online advertising.

[verb v09-prosecute]
lemma: prosecute
pattern: 115
example: 115 | Dutch prosecutors prosecuted four men over the downing of flight MH17.

[verb v09-bring]
lemma: bring
pattern: 115 obj=&V09_LAWSUIT prep=against
pattern: 115 obj=&V09_LAWSUIT
pattern: 112 obj=accusation|allegation prep=against
example: 115 | South Africa brought a genocide case against Israel at the International Court of Justice.

[verb v09-haul]
lemma: haul | drag
pattern: 115 obj=* prep=before|to target=obj
example: 115 | The Gambia hauled Myanmar before the International Court of Justice over the Rohingya genocide.

[verb v09-convict]
lemma: convict
pattern: 116 obj=company|firm|bank|maker|corporation|state|government|country|giant|producer|manufacturer|carrier|exchange|group
pattern: 173
example: 116 | A Paris court convicted the cement maker Lafarge of financing terrorist groups in Syria.
example: 173 | Sam Bankman-Fried was convicted of fraud by a federal jury in New York.
example: 173 | A Dutch court convicted two Russians and a Ukrainian separatist of murder in absentia.
note: A person convicted is coded as one sentenced (173), as the event sets' writers and the manual's preference for
note: a jailed convict have it; a company's or a state's conviction is a ruling against it (116).

[verb v09-annul-ruling]
lemma: annul | overturn | invalidate | nullify | quash | void
pattern: 116 subj=court|judge|tribunal|constitutional_court|supreme_court|high_court obj=*
example: 116 | Malawi's Constitutional Court annulled President Peter Mutharika's re-election on Monday over widespread irregularities.
note: A court that annuls a government's election, decree or decision rules against it (116); other subjects that
note: annul or overturn something are read by v14-renounce and v05-lift.

[verb v09-rule]
lemma: rule
pattern: 116 prep=against target=prep
pattern: 116 comp=breach|violate|infringe|discriminate|fail|break|contravene
pattern: 1222 prt=out obj=&MILITARY_AID
pattern: 1224 prt=out obj=&V09_PROTECTION
pattern: 1245 prt=out obj=&V09_INTL_STAFF
pattern: 1212 prt=out obj=&V09_MIL_COOP
pattern: 1211 prt=out obj=&V09_ECON_COOP
pattern: 1243 prt=out obj=&V09_RELEASE
pattern: 1221 prt=out obj=&V09_ECON_AID
pattern: 1223 prt=out obj=&V09_HUMAN_AID
pattern: 1231 prt=out obj=&V09_LEADERSHIP
pattern: 1234 prt=out obj=&V09_INSTITUTION
pattern: 1232 prt=out obj=&V09_POLICY
pattern: 1233 prt=out obj=&V09_RIGHTS
pattern: 123 prt=out obj=&V09_REFORM
pattern: 1244 prt=out obj=&V09_SANCTION_RELIEF
pattern: 1246 prt=out obj=&V09_CEASEFIRE_PLAN|&CEASEFIRE|&V09_DEESCALATION
pattern: 126 prt=out obj=&V09_MEDIATION
pattern: 125 prt=out obj=&TALKS|&V09_OVERTURE
pattern: 127 prt=out obj=&V09_PEACE_PLAN|&AGREEMENT
pattern: 124 prt=out obj=concession
pattern: 120 prt=out obj=*
example: 116 | The European Court of Human Rights ruled against Russia over the poisoning of Alexander Litvinenko.
example: 116 | International Criminal Court judges ruled on Thursday that South Africa had breached its obligations.
example: 1222 | German Chancellor Olaf Scholz ruled out Taurus cruise missiles for Ukraine.
example: 1222 | Italy ruled out sending its SAMP/T air defence systems to Kyiv.
example: 1224 | The United States ruled out American peacekeepers in Ukraine.
example: 1224 | Britain ruled out British peacekeepers for Gaza.
example: 1232 | The Greek government ruled out a reversal of the pension cuts.
example: 1212 | The Philippine president ruled out joint military exercises with China.
example: 1231 | Prime Minister Starmer ruled out an early general election.
example: 1246 | Prime Minister Netanyahu ruled out a permanent ceasefire in Gaza.
example: 125 | North Korea ruled out talks with the South Korean government.
example: 1221 | Eurozone finance ministers ruled out debt relief for Greece.
example: 120 | The Kremlin ruled out any role for European negotiators.
example: 123 | The Kremlin ruled out political reforms before the presidential election.
example: 1234 | The Spanish prime minister ruled out a Catalan independence referendum.

[verb v09-uphold]
lemma: uphold
pattern: 116 obj=conviction|verdict
pattern: 1243 obj=detention|custody
pattern: 1241 obj=&V09_ADMIN_SANCTION
pattern: 1244 obj=&V09_ECON_SANCTION
example: 116 | France's highest court upheld the conviction of former president Nicolas Sarkozy for corruption.
example: 1241 | Thailand's Constitutional Court upheld the ban on the opposition party's former leaders.

# Rallying opposition (113)

[verb v09-rally]
lemma: rally
pattern: 113 obj=* prep=against target=prep
example: 113 | Ukraine rallied European allies against the US-drafted peace plan.
note: an object is required: "thousands rallied against the government" is a demonstration (root 14).

[verb v09-mobilize]
lemma: mobilize | mobilise | galvanize | galvanise
pattern: 113 obj=opinion|support|opposition|ally|partner|country|government|nation|community|coalition prep=against
example: 113 | Morocco mobilised African support against the Polisario Front.
note: only diplomatic mobilisation; mobilising troops or reservists is root 15.

[verb v09-lobby]
lemma: lobby
pattern: 113 obj=* prep=against
pattern: 113 prep=against
example: 113 | Israel lobbied Washington against the nuclear agreement with Iran.

[verb v09-campaign]
lemma: campaign
pattern: 113 prep=against
example: 113 | Kenyan civil society groups campaigned against the finance bill.

[verb v09-enlist]
lemma: enlist
pattern: 113 obj=support|help|ally|backing|partner prep=against
example: 113 | New Delhi enlisted Gulf support against Pakistan after the Pahalgam attack.

[verb v09-build]
lemma: build | forge
pattern: 113 obj=coalition|front|alliance|bloc|consensus prep=against
example: 113 | The Philippines forged a coalition against Chinese coercion in the South China Sea.

[verb v09-whip]
lemma: whip
pattern: 113 prt=up obj=opposition|sentiment|hostility|hatred|anger|outrage prep=against
pattern: 113 prt=up obj=opposition|sentiment|hostility|hatred|anger|outrage
example: 113 | Chinese state media whipped up anger against Japan over the seafood dispute.

# More criticism and disapproval

[verb v09-hit]
lemma: hit
pattern: 111 prt=out prep=at|against
pattern: 111 prt=out
example: 111 | Prime Minister Starmer hit out at Moscow over the sabotage of undersea cables.
note: only "hit out (at)"; "hit" alone is an attack (root 18-19).

[verb v09-round]
lemma: round
pattern: 111 prep=on|upon
example: 111 | Republican senators rounded on the defence secretary over the leaked war plans.

[verb v09-rail]
lemma: rail
pattern: 111 prep=against|at
example: 111 | President Petro railed against the American strikes on boats in the Caribbean.

[verb v09-tear]
lemma: tear
pattern: 111 prep=into
example: 111 | The Greek prime minister tore into Ankara over the maritime deal with Libya.

[verb v09-lay]
lemma: lay
pattern: 111 prep=into
example: 111 | President Trump laid into the Federal Reserve chairman over interest rates.

[verb v09-dress]
lemma: dress
pattern: 111 prt=down
example: 111 | The Chinese foreign minister dressed down his Lithuanian counterpart over the Taiwan office.

[verb v09-lecture]
lemma: lecture
pattern: 111 obj=* prep=on|about|over target=obj
example: 111 | Vice President Vance lectured European leaders on free speech in Munich.

[verb v09-chastise]
lemma: chastise | reproach | reprove | impugn
pattern: 111
example: 111 | The African Union chastised the Sudanese army for blocking aid to Darfur.

[verb v09-sneer]
lemma: sneer | scoff | jeer
pattern: 111 prep=at
pattern: 111 obj=*
example: 111 | Moscow scoffed at the European plan to seize frozen Russian assets.

[verb v09-fume]
lemma: fume | bristle | grumble | gripe | carp
pattern: 110 prep=at|over|about|against
example: 110 | Beijing bristled at the American warship's passage through the Taiwan Strait.

[verb v09-rebut]
lemma: rebut | refute
pattern: 016 obj=&V09_ACCUSATION
pattern: 016
example: 016 | The Rwandan government refuted the UN experts' claims of support for the M23 rebels.

# More accusation

[verb v09-attribute]
lemma: attribute | link | tie
pattern: 112 obj=they|he|she|them|him|her|&DIPLOMAT|official|officer|agent|operative|suspect|militant|man prep=to target=obj
pattern: 112 obj=&V09_ATTRIBUTABLE prep=to target=prep
example: 112 | British officials attributed the cyberattack to Russian military intelligence.
example: 112 | Washington linked the assassination plot to Iran's Revolutionary Guards.
example: 112 | Germany expelled two Russian diplomats, linking them to the murder of a Georgian exile in Berlin.
note: only an attack, plot or incident ascribed to someone; "linked to" in general is not an accusation. People
note: linked or tied to something ("linking them to the killing") are the accused.

[verb v09-suspect]
lemma: suspect
pattern: 1125 comp=spy|betray
pattern: 1123 comp=attack|shell|sabotage
pattern: 1121 comp=steal|embezzle|launder|bribe|smuggle|rig
pattern: 112 obj=* prep=of target=obj
example: 112 | Finnish investigators suspect the Chinese-owned vessel of damaging the Baltic Sea cable.
example: 1125 | Berlin suspects Beijing of spying on German lawmakers.
example: 1123 | Warsaw suspects Moscow of sabotaging the rail line to Ukraine.

[verb v09-find]
lemma: find
pattern: 116 comp=guilty|liable|responsible|culpable
example: 116 | A court in London found the Nigerian government liable for the failed gas deal.
note: "found X guilty/liable": the adjective is the governed word (ccomp in the parser); nothing else is coded.

# More rallying against (113)

[verb v09-unite]
lemma: unite
pattern: 113 obj=* prep=against target=prep
example: 113 | Ukraine has united its European allies against the Russian demands.

[verb v09-marshal]
lemma: marshal | muster
pattern: 113 obj=support|opposition|ally|opinion|backing|vote prep=against
example: 113 | Palestinian diplomats marshalled support against the Israeli annexation plans at the UN General Assembly.

[verb v09-drum]
lemma: drum
pattern: 113 prt=up obj=support|opposition|backing|sentiment prep=against
example: 113 | Iran drummed up regional support against the American naval deployment in the Gulf.

[verb v09-spearhead]
lemma: spearhead
pattern: 113 obj=campaign|effort|push|drive|initiative|coalition prep=against
example: 113 | Lithuania spearheaded a campaign against Chinese economic coercion in the European Union.

[verb v09-remonstrate]
lemma: remonstrate
pattern: 114 prep=with
example: 114 | The Irish foreign minister remonstrated with the Israeli ambassador over the shooting of peacekeepers.

[verb v09-appeal]
lemma: appeal
pattern: 114 obj=verdict|ruling|decision|conviction|sentence|judgment|judgement|finding
pattern: 114 prep=against
example: 114 | Poland appealed the ruling of the EU's top court on its judicial reforms.
note: only appeals against decisions (formal complaints); "appealed for calm" or "for aid" belong to root 02.

[verb v09-arraign]
lemma: arraign
pattern: 1121
example: 1121 | Former Philippine senator Leila de Lima was arraigned on drug trafficking charges.

[verb v09-countersue]
lemma: countersue
pattern: 115
example: 115 | The Venezuelan state oil company countersued its American creditors in a Delaware court.

[verb v09-disagree]
lemma: disagree
pattern: 110 prep=with
pattern: 110 prep=over|on|about target=none
example: 110 | Paris disagreed with Berlin over the Mercosur trade deal.

[verb v09-dissent]
lemma: dissent
pattern: 110 prep=from
example: 110 | Hungary dissented from the joint EU statement on Israel.

# ---------------------------------------------------------------------------------------------------------------
# 12 REJECT. The party whose request, proposal or demand is rejected is the target. "refused to ..." is handled by
# the coder for every verb; here are the rejection verbs with their objects, and the verbs of defiance (128) and
# veto (129). Rejected accusations are denials (016), kept apart so they are not read as 120.

[verb v09-reject]
lemma: reject
pattern: 016 obj=&V09_ACCUSATION
pattern: 1246 obj=&V09_CEASEFIRE_PLAN|&CEASEFIRE|&V09_DEESCALATION
pattern: 126 obj=&V09_MEDIATION
pattern: 125 obj=&TALKS|&V09_OVERTURE
pattern: 1211 obj=&V09_ECON_COOP
pattern: 1212 obj=&V09_MIL_COOP
pattern: 127 obj=&V09_PEACE_PLAN|&AGREEMENT
pattern: 121 obj=&V09_JUDICIAL|cooperation
pattern: 1221 obj=&V09_ECON_AID prep=for|to
pattern: 1222 obj=&MILITARY_AID prep=for|to
pattern: 1224 obj=&V09_PROTECTION prep=for|to
pattern: 122 obj=&AID prep=for|to
pattern: 1223 obj=&V09_ASYLUM
pattern: 1245 obj=&V09_INTL_STAFF
pattern: 1244 obj=&V09_SANCTION_RELIEF
pattern: 124 obj=concession|pressure
pattern: 1243 obj=bail|parole
pattern: 1231 obj=&V09_LEADERSHIP
pattern: 1234 obj=&V09_INSTITUTION
pattern: 1233 obj=&V09_RIGHTS
pattern: 1232 obj=&V09_POLICY
pattern: 123 obj=&V09_REFORM
pattern: 128 obj=ruling|verdict|judgment|judgement|jurisdiction|award|arbitration
pattern: 120
example: 120 | Hamas rejected the Israeli demand that its leaders leave Gaza.
example: 120 | The proposal was rejected by the Iranian foreign ministry as unrealistic.
example: 016 | The Kremlin rejected Britain's accusations as baseless.
example: 121 | Moscow rejected the extradition of the two suspects to Britain.
example: 1211 | The Italian government rejected Chinese investment in its telecommunications network.
example: 1212 | Manila rejected joint patrols with Beijing in the South China Sea.
example: 1221 | Eurozone finance ministers rejected a new bailout for Greece.
example: 1223 | Danish authorities rejected asylum for Syrian refugees from the Damascus area.
example: 1245 | Myanmar's military government rejected international observers for the election.
example: 123 | The Thai government rejected reforms of the monarchy.
example: 1231 | President Aleksandar Vucic rejected early parliamentary elections.
example: 1232 | The French government rejected the repeal of the pension reform.
example: 1233 | The Taliban rejected equal rights for women.
example: 1234 | Madrid rejected Catalonia's independence referendum.
example: 1246 | Hamas rejected the Israeli ceasefire proposal.
example: 125 | The Taliban rejected direct negotiations with the Afghan opposition.
example: 126 | Israel rejected Turkish mediation in the conflict.
example: 127 | Armenia's opposition rejected the peace agreement with Azerbaijan.
example: 122 | Berlin rejected aid for the Taliban-run government in Kabul.
example: 128 | China rejected the arbitration ruling on the South China Sea.
note: a rejected ruling or the court's jurisdiction is defiance of law (128).

[verb v09-refuse]
lemma: refuse
pattern: 1245 obj=access|entry prep=to
pattern: 1245 obj=access|entry|&V09_INTL_STAFF
pattern: 1223 obj=&V09_ASYLUM
pattern: 1243 obj=bail|parole|release
pattern: 121 obj=&V09_JUDICIAL|cooperation
pattern: 1221 obj=&V09_ECON_AID prep=to|for
pattern: 1222 obj=&MILITARY_AID prep=to|for
pattern: 1224 obj=&V09_PROTECTION prep=to|for
pattern: 122 obj=&AID prep=to|for
pattern: 1246 obj=&V09_CEASEFIRE_PLAN|&CEASEFIRE
pattern: 126 obj=&V09_MEDIATION
pattern: 125 obj=&TALKS|&V09_OVERTURE
pattern: 127 obj=&V09_PEACE_PLAN|&AGREEMENT
pattern: 1212 obj=&V09_MIL_COOP
pattern: 1211 obj=&V09_ECON_COOP
pattern: 1244 obj=&V09_SANCTION_RELIEF
pattern: 124 obj=concession
pattern: 120 obj=* !obj=food|meal|water|nourishment|medication|treatment
example: 1245 | Israel refused access to UN human rights investigators.
example: 1223 | Hungary refused asylum to hundreds of migrants stranded at its border.
example: 1222 | Switzerland refused ammunition for Ukraine's German-made anti-aircraft tanks.
example: 1243 | A Moscow court refused bail to the detained American journalist.
example: 122 | The United States refused aid to the Taliban government.
example: 120 | The Serbian government refused the request without explanation.
note: only with a direct object: "refused to release" is left to the coder's refusal handling.

[verb v09-deny]
lemma: deny
pattern: 016 obj=&V09_ACCUSATION
pattern: 1245 obj=access|entry prep=to
pattern: 1245 obj=access|entry
pattern: 1223 obj=&V09_ASYLUM
pattern: 1243 obj=bail|parole|release
pattern: 1233 obj=&V09_RIGHTS
pattern: 121 obj=&V09_JUDICIAL
pattern: 1212 obj=&V09_MIL_COOP
pattern: 1222 obj=&MILITARY_AID prep=to
pattern: 1221 obj=&V09_ECON_AID prep=to
pattern: 120 obj=request|application|permission|visa|approval|appeal|petition|demand|license|licence|clearance|permit|allocation|authorization|authorisation
pattern: 120 obj=request|application|permission|approval|permit|allocation|authorization|authorisation target=none
pattern: 016 comp=*
example: 1243 | A Hong Kong court denied bail to media tycoon Jimmy Lai.
example: 1233 | The Taliban government denied women's right to education.
example: 1245 | Russia denied entry to the IAEA team at the Kursk plant.
example: 016 | Iran denied Washington's charge of involvement in the attack on the oil tanker.
example: 120 | Washington denied visas to the Palestinian delegation to the UN General Assembly.
example: 120 | The Turkish interior ministry denied permission for a Pride march in Istanbul.

[verb v09-decline]
lemma: decline
pattern: 011 obj=comment
pattern: 1246 obj=&V09_CEASEFIRE_PLAN|&CEASEFIRE
pattern: 126 obj=&V09_MEDIATION
pattern: 127 obj=&V09_PEACE_PLAN|&AGREEMENT
pattern: 125 obj=&TALKS|&V09_OVERTURE
pattern: 120 obj=request|offer|proposal|demand|appeal
example: 125 | Prime Minister Modi declined an invitation to the summit in Islamabad.
example: 120 | The Indian government declined the US request to join the naval task force in the Red Sea.
note: no bare pattern: markets and prices decline.

[verb v09-rebuff]
lemma: rebuff
pattern: 016 obj=&V09_ACCUSATION
pattern: 1246 obj=&V09_CEASEFIRE_PLAN|&CEASEFIRE
pattern: 126 obj=&V09_MEDIATION
pattern: 125 obj=&TALKS|&V09_OVERTURE
pattern: 1212 obj=&V09_MIL_COOP
pattern: 1211 obj=&V09_ECON_COOP
pattern: 121 obj=&V09_JUDICIAL
pattern: 127 obj=&V09_PEACE_PLAN|&AGREEMENT
pattern: 124 obj=pressure|concession
pattern: 120
example: 124 | Beijing rebuffed American pressure to curb its purchases of Iranian oil.
example: 125 | Pyongyang rebuffed Washington's overtures for dialogue.
example: 120 | The Kremlin rebuffed Western demands for an unconditional truce in Ukraine.

[verb v09-spurn]
lemma: spurn
pattern: 1246 obj=&V09_CEASEFIRE_PLAN|&CEASEFIRE
pattern: 126 obj=&V09_MEDIATION
pattern: 125 obj=&TALKS|&V09_OVERTURE
pattern: 1212 obj=&V09_MIL_COOP
pattern: 1211 obj=&V09_ECON_COOP
pattern: 127 obj=&V09_PEACE_PLAN|&AGREEMENT
pattern: 120
example: 126 | Sudan's army spurned African Union mediation.
example: 127 | The Sudanese army spurned the roadmap drawn up by Washington and its Gulf partners.

[verb v09-snub]
lemma: snub
pattern: 110
example: 110 | Ankara snubbed the Swedish foreign minister during his visit.

[verb v09-dismiss]
lemma: dismiss
pattern: 016 obj=&V09_ACCUSATION
pattern: 1246 obj=&V09_CEASEFIRE_PLAN
pattern: 127 obj=&V09_PEACE_PLAN
pattern: 125 obj=&TALKS|&V09_OVERTURE
pattern: 120 obj=lawsuit|suit|case|petition|complaint|challenge
pattern: 120 obj=demand|call|request|appeal|proposal|offer|idea|ultimatum|threat|warning|plan
example: 016 | Beijing dismissed the U.S. report as a groundless smear.
example: 120 | Tehran dismissed the American demand as unrealistic.
note: no bare pattern: dismissing a minister is a dismissal from office.

[verb v09-turn]
lemma: turn
pattern: 1223 prt=away obj=migrant|refugee|boat|ship|vessel|people|asylum
pattern: 1223 obj=migrant|refugee|boat|ship|vessel
pattern: 113 obj=* !obj=gun|weapon|arm|rifle|missile|fire|cannon|hose prep=against target=prep
pattern: 1246 prt=down obj=&V09_CEASEFIRE_PLAN|&CEASEFIRE
pattern: 126 prt=down obj=&V09_MEDIATION
pattern: 125 prt=down obj=&TALKS|&V09_OVERTURE
pattern: 127 prt=down obj=&V09_PEACE_PLAN|&AGREEMENT
pattern: 1221 prt=down obj=&V09_ECON_AID
pattern: 1222 prt=down obj=&MILITARY_AID
pattern: 1212 prt=down obj=&V09_MIL_COOP
pattern: 1211 prt=down obj=&V09_ECON_COOP
pattern: 1223 prt=down obj=&V09_ASYLUM
pattern: 120 prt=down
example: 1223 | Malta turned away a rescue ship carrying more than 200 migrants.
example: 120 | Denmark turned down the American offer to buy Greenland.
example: 1221 | Germany turned down debt relief for Greece.
example: 113 | Tehran tried to turn Gulf states against the normalisation deals with Israel.
note: "turned away" is often parsed with "away" as an adverb, hence the second 1223 pattern without the particle.

[verb v09-veto]
lemma: veto
pattern: 129 obj=resolution|draft|text|statement|declaration|motion prep=at|in target=prep
pattern: 129
example: 129 | Russia vetoed a UN Security Council resolution on the annexation of four Ukrainian regions.
example: 129 | The draft resolution on a Gaza ceasefire was vetoed by the United States.
example: 129 | Russia vetoed a Malaysian draft at the Security Council on Wednesday.

[verb v09-block]
lemma: block
pattern: 129 obj=resolution|draft|text|statement|declaration prep=at|in target=prep
pattern: 129 obj=resolution|draft|statement|declaration|motion|nomination|appointment
pattern: 1246 obj=&V09_CEASEFIRE_PLAN|&CEASEFIRE
pattern: 127 obj=&V09_PEACE_PLAN
pattern: 1211 obj=&V09_ECON_COOP
pattern: 1245 obj=&V09_INTL_STAFF|convoy|truck|aid_convoy|aid_truck
pattern: 125 obj=&TALKS
pattern: 120 obj=deal|agreement|bid|proposal|plan|accession|membership|enlargement|package|request
example: 129 | China and Russia blocked a Security Council statement on Myanmar.
example: 129 | Russia and China blocked a U.S. draft at the Security Council on Thursday.
example: 1211 | The White House blocked Nippon Steel's takeover of US Steel.
example: 1245 | Israel blocked aid convoys from entering northern Gaza.
example: 120 | Turkey blocked Sweden's NATO membership bid.
note: no bare pattern: protesters block roads (root 14) and armies block passages; blocked aid is a cut in aid
note: (root 16, verbs-14-17).

[verb v09-defy]
lemma: defy
pattern: 128 !obj=odd|expectation|gravity|logic|prediction|forecast|critic|doubter|age
example: 128 | North Korea defied UN sanctions with another launch of an intercontinental missile.
example: 128 | Hungary defied the European Court of Justice ruling on the treatment of asylum seekers.

[verb v09-flout]
lemma: flout
pattern: 128
example: 128 | Iran flouted the UN arms embargo by shipping drones to Russia.

[verb v09-violate]
lemma: violate
pattern: 128 obj=&V09_NORM
example: 128 | Eritrea violated the arms embargo on Somalia.
note: only norms and laws; violated ceasefires and airspace belong to the military roots.

[verb v09-breach]
lemma: breach
pattern: 128 obj=&V09_NORM
example: 128 | Moscow breached the Intermediate-Range Nuclear Forces Treaty.

[verb v09-ignore]
lemma: ignore | disregard
pattern: 128 obj=&V09_NORM
pattern: 120 obj=call|demand|appeal|request|plea|advice
example: 128 | Israel ignored the International Court of Justice's order to halt the Rafah offensive.
example: 120 | The junta ignored ECOWAS calls for a return to civilian rule.

[verb v09-disobey]
lemma: disobey
pattern: 128
example: 128 | Georgian opposition lawmakers disobeyed the court order to appear before the commission.

[verb v09-resist]
lemma: resist
pattern: 124 obj=pressure|demand|call|push|appeal|request
pattern: 128 obj=arrest|extradition|order|ruling
example: 124 | India resisted US pressure to halt its purchases of Russian oil.
example: 128 | South Korea's impeached president Yoon Suk Yeol resisted arrest for weeks in his residence.

[verb v09-stonewall]
lemma: stonewall
pattern: 121 obj=&V09_PROBE|inspector|investigator
pattern: 120
example: 121 | The Syrian government stonewalls the OPCW investigation into chemical attacks.
note: the lemmatizer reads "stonewalled" as "stonewal"; that needs an exception in lemmatizer.tsv.

[verb v09-repudiate]
lemma: repudiate
pattern: 016 obj=&V09_ACCUSATION
pattern: 120
example: 120 | The Houthis repudiated the UN envoy's proposals for the port of Hodeidah.
note: a repudiated treaty or peace deal is a break in relations (160, verbs-14-17).

[verb v09-balk]
lemma: balk
pattern: 120 prep=at
example: 120 | Hungary balked at the EU's proposed ban on Russian gas imports.

[verb v09-shun]
lemma: shun
pattern: 143 obj=work|school|class|office target=none
pattern: 125 obj=&TALKS
pattern: 110
example: 143 | Palestinian shopkeepers shunned work in Hebron on Friday to protest the killing of a teenager.
example: 125 | Venezuela's opposition shunned the talks in Mexico City.

[verb v09-vote]
lemma: vote
pattern: 120 prt=down
pattern: 120 prt=against target=none
pattern: 120 prep=against target=prep
example: 120 | The Slovak parliament voted against the aid package for Ukraine.
example: 120 | The UN Security Council rejected a U.S. bid to extend an arms embargo on Iran, with Russia and China voting against.

[verb v09-brush]
lemma: brush
pattern: 016 obj=&V09_ACCUSATION
pattern: 120 prt=off
pattern: 120 prt=aside
pattern: 120 obj=call|demand|appeal|request|concern|warning|proposal|offer|plea|objection|ultimatum
note: "brushed aside" is often parsed with "aside" as an adverb, hence the pattern on the object alone.
example: 120 | Moscow brushed aside Western calls for a ceasefire.

[verb v09-shoot]
lemma: shoot
pattern: 120 prt=down obj=proposal|idea|plan|suggestion|bill|offer|request|motion|amendment
example: 120 | The Bundestag shot down a motion to send Taurus missiles to Ukraine.
note: only proposals; shooting down aircraft belongs to root 19.

[verb v09-nix]
lemma: nix
pattern: 125 obj=&TALKS
pattern: 120
example: 125 | The White House nixed the planned summit with Moscow in Budapest.

[verb v09-torpedo]
lemma: torpedo | scupper | derail | sabotage
pattern: 127 obj=&V09_PEACE_PLAN|&AGREEMENT
pattern: 120 obj=proposal|plan|bid|effort|initiative|process
example: 127 | Iranian hardliners torpedoed the nuclear deal.
note: derailed talks are a halt to negotiations (root 16, verbs-14-17).

[verb v09-push]
lemma: push
pattern: 120 prt=back prep=against
pattern: 120 prep=against
note: "pushed back against": the parser often takes "back" as an adverb; "pushed against" alone is rare in news.
example: 120 | European leaders pushed back against Washington's peace proposal for Ukraine.

# Refusing to yield (124x)

[verb v09-maintain]
lemma: maintain | retain | keep
pattern: 1244 obj=&V09_ECON_SANCTION
pattern: 1241 obj=&V09_ADMIN_SANCTION
pattern: 1243 obj=detention|custody
pattern: 1242 prt=up obj=&V09_DISSENT
pattern: 1246 obj=presence|occupation|blockade|siege
pattern: 124 obj=demand|condition|precondition
example: 1242 | Student protesters in Belgrade kept up their protests despite the government's concessions.
example: 1244 | The European Union maintained its sanctions on Russia for another six months.
example: 1244 | Washington maintained its embargo on Cuba.
example: 1241 | Bangladesh's interim government maintained the curfew in Dhaka for a third day.
example: 1242 | Georgian opposition supporters kept up their rallies outside parliament despite the ban.
example: 1246 | Israel maintained its military presence in southern Lebanon beyond the withdrawal deadline.

[verb v09-extend]
lemma: extend | prolong
pattern: 1243 obj=detention|custody|arrest
pattern: 1246 obj=occupation
example: 1243 | A Moscow court extended the pre-trial detention of the French researcher.
example: 1243 | Israel extended the administrative detention of the Palestinian lawmaker by six months.
note: extended detention refuses a release (1243); extended sanctions, curfews and states of emergency are coded
note: as impositions by verbs-14-17 and are not repeated here.

[verb v09-bar]
lemma: bar | ban
pattern: 1245 obj=&V09_INTL_STAFF
example: 1245 | Israel barred UN investigators from entering the country.
example: 1245 | Myanmar's junta banned international election observers from the vote.
note: only foreign observers, inspectors and agencies; other bans belong to root 17.

[verb v09-obstruct]
lemma: obstruct
pattern: 128 obj=justice
pattern: 121 obj=&V09_PROBE|investigator
pattern: 1245 obj=&V09_INTL_STAFF|&V09_AID_DELIVERY
example: 121 | Syrian authorities obstructed the OPCW investigation into the attack in Douma.
example: 1245 | The Rapid Support Forces obstructed aid deliveries to El Fasher.

[verb v09-hinder]
lemma: hinder | hamper | impede
pattern: 1245 obj=&V09_INTL_STAFF|&V09_AID_DELIVERY|inspection
example: 1245 | Ethiopian authorities hampered aid deliveries to Tigray.

[verb v09-cling]
lemma: cling
pattern: 1231 prep=to
example: 1231 | Nicolas Maduro is clinging to power despite the opposition's claim of victory.

[verb v09-dig]
lemma: dig
pattern: 124 obj=heel
example: 124 | Israel and Hamas dug their heels in over the withdrawal maps.

[verb v09-hold]
lemma: hold
pattern: 124 prt=out prep=against
pattern: 130 obj=threat
pattern: 090 obj=hearing|inquiry|inquest prep=into|on
pattern: 090 obj=inquiry|inquest
example: 124 | Kyiv held out against American pressure to cede territory in the Donbas.
example: 090 | The European Parliament held hearings into the use of spyware by member governments.
example: 130 | Washington held the threat of secondary tariffs over India's purchases of Russian oil.

[verb v09-shrug]
lemma: shrug
pattern: 124 prt=off obj=pressure
pattern: 120 prt=off obj=call|demand|appeal|warning|threat|ultimatum|request
example: 124 | Caracas shrugged off American pressure to hand over power.
note: shrugged-off accusations and criticism are denials (016) in verbs-01-04.

[verb v09-throw]
lemma: throw
pattern: 120 prt=out obj=&V09_LAWSUIT|appeal|petition|complaint|challenge|proposal|plan|bill|motion|request
example: 120 | Brazil's electoral court threw out the former president's challenge to the election result.
note: "threw out the case" is a court rejecting a request; throwing out diplomats is expulsion and is not listed.

[verb v09-thwart]
lemma: thwart | stymie | frustrate
pattern: 125 obj=&TALKS
pattern: 127 obj=&V09_PEACE_PLAN|&AGREEMENT
pattern: 120 obj=bid|plan|effort|attempt|proposal|initiative|resolution|move
example: 120 | Hungary thwarted the European Union's attempt to use frozen Russian assets for Ukraine.
note: thwarting an attack or a plot is security work and is not listed.

[verb v09-withhold]
lemma: withhold
pattern: 120 obj=consent|approval|recognition|support|cooperation|endorsement|ratification|assent
example: 120 | Turkey withheld its approval of Sweden's accession to NATO.
note: withholding aid or funds is a reduction of aid (root 16) and is not listed.

[verb v09-override]
lemma: override | overrule
pattern: 120 obj=veto|objection|decision|opposition
example: 120 | The US Congress has overridden the presidential veto of the defence bill.

[verb v09-evade]
lemma: evade | circumvent | bypass | skirt | dodge
pattern: 128 obj=&V09_NORM|&V09_ECON_SANCTION|&SANCTIONS
example: 128 | Russian tankers evaded the Western price cap on oil exports.
example: 128 | Iran circumvented American sanctions through a network of front companies.

[verb v09-break]
lemma: break
pattern: 128 obj=&V09_NORM
example: 128 | North Korea broke UN sanctions by exporting coal to China.
note: only norms and laws; "broke the ceasefire" and "broke off talks" belong to other roots.

[verb v09-contravene]
lemma: contravene | infringe
pattern: 128 obj=&V09_NORM
example: 128 | Israel contravened the Fourth Geneva Convention by transferring settlers to occupied land, a UN commission said.

[verb v09-persist]
lemma: persist
pattern: 124 prep=with|in
example: 124 | The Sudanese army persisted with its offensive despite the humanitarian truce.

# ---------------------------------------------------------------------------------------------------------------
# 13 THREATEN. The threatened party is the target. "threatened to X" is read through the governed verb (comp=);
# "threatened X" through the object. Where neither tells the kind of threat, 130. Ultimatums (139) are under the light
# verbs in root 10 (issue, give, deliver, hand, set, serve).

[verb v09-threaten]
lemma: threaten
pattern: 1385 obj=&V09_WMD prep=on|against
pattern: 1385 obj=&V09_WMD
pattern: 1385 comp=nuke
pattern: 1381 obj=blockade|siege prep=of|on|against
pattern: 1381 obj=blockade|siege
pattern: 1381 comp=blockade
pattern: 1382 obj=&V09_OCCUPY prep=of
pattern: 1382 obj=&V09_OCCUPY
pattern: 1382 comp=invade|occupy|annex|seize|capture|conquer|retake|reoccupy
pattern: 1383 obj=&V09_TERROR prep=on|against
pattern: 1383 obj=&V09_TERROR
pattern: 1383 comp=kill|execute|behead|assassinate|murder|kidnap|abduct|massacre
pattern: 1384 obj=&V09_ATTACK|strike prep=on|against|at
pattern: 1384 obj=&V09_ATTACK
pattern: 1384 comp=attack|bomb|shell|hit|target|pound|shoot
pattern: 138 obj=use prep=of
pattern: 138 obj=&V09_FORCE prep=against
pattern: 138 obj=&V09_FORCE
pattern: 138 comp=destroy|obliterate|flatten|eliminate|intervene|use|deploy
pattern: 137 obj=&V09_REPRESSION prep=on|against
pattern: 137 obj=&V09_REPRESSION
pattern: 137 comp=arrest|jail|imprison|detain|crush|prosecute|crack|clamp|disperse
pattern: 1324 obj=&V09_EMERGENCY
pattern: 1323 obj=&V09_CURFEW
pattern: 1322 obj=&V09_PARTYBAN prep=of|on
pattern: 1322 obj=&V09_PARTYBAN
pattern: 1322 comp=outlaw|disqualify|bar|deregister|proscribe
pattern: 1321 obj=&V09_POLFREEDOM
pattern: 1321 comp=censor|muzzle|silence|gag
pattern: 132 obj=&V09_ADMIN_THREAT prep=on|against|of
pattern: 132 obj=&V09_ADMIN_THREAT
pattern: 132 comp=ban|dissolve|revoke|deport|strip
pattern: 1313 obj=&V09_BREAK prep=with|from
pattern: 1313 obj=&V09_BREAK
pattern: 1313 comp=sever|break|downgrade|recall|expel|resign|quit|secede|leave|withdraw|exit
pattern: 1312 obj=&V09_ECON_SANCTION prep=on|against
pattern: 1312 obj=&V09_ECON_SANCTION
pattern: 1312 comp=sanction|impose|embargo|blacklist
pattern: 1311 obj=&V09_AIDCUT prep=to|for
pattern: 1311 obj=&V09_AIDCUT
pattern: 1311 comp=cut|withhold|slash|defund
pattern: 136 obj=pullout|pull-out
pattern: 134 obj=walkout prep=from
pattern: 134 comp=walk
pattern: 133 obj=&V09_DISSENT_THREAT prep=against
pattern: 133 obj=&V09_DISSENT_THREAT
pattern: 133 comp=protest|demonstrate|march|picket|riot|boycott|rally
pattern: 131 obj=countermeasure|counter-measure|measure prep=against
pattern: 131 obj=countermeasure|counter-measure|measure|reciprocity
pattern: 131 comp=suspend|freeze|halt|terminate|scrap|cancel|end|stop|close|shut
pattern: 130 obj=* prep=with target=obj
pattern: 130 !obj=&V09_ABSTRACT
example: 130 | Iran threatened Israel after the killing of the Hamas political leader in Tehran.
example: 130 | Colombia's president was threatened with tariffs by the White House.
example: 131 | China threatened countermeasures against the Netherlands over the new chip export curbs.
example: 1311 | The Trump administration threatened to cut funding to the World Health Organization.
example: 1312 | President Trump threatened tariffs of 25 percent on goods from Canada and Mexico.
example: 1312 | Washington threatened to impose sanctions on buyers of Venezuelan oil.
example: 1313 | Niger's junta threatened to expel the French ambassador.
example: 1313 | Serbia threatened to recall its ambassador from Montenegro.
example: 132 | The Kyrgyz government threatened to revoke the licences of foreign media outlets.
example: 132 | The Pakistani government threatened to deport undocumented Afghans.
example: 1321 | Pakistan's government threatened to censor social media platforms during the protests.
example: 1321 | The Turkish government threatened to silence critical broadcasters.
example: 1322 | Turkish authorities threatened to outlaw the pro-Kurdish party.
example: 1322 | The Thai election commission threatened the dissolution of the opposition party.
example: 1323 | Haiti's interim government threatened a nationwide curfew after the prison break.
example: 1323 | Nigerian state governors threatened a round-the-clock curfew if the looting continued.
example: 1324 | Bolivia's president threatened martial law in Cochabamba if the road blockades continued.
example: 1324 | Peru's prime minister threatened a state of emergency in the southern regions.
example: 133 | Opposition parties in Senegal threatened mass protests over the postponement of the election.
example: 133 | Opposition parties in Togo threatened to boycott the legislative elections.
example: 134 | Hamas threatened to walk away from the ceasefire negotiations.
example: 136 | Paris threatened a pullout of its troops from Mali after the second coup.
example: 137 | Iranian authorities threatened a harsh crackdown on the protesters.
example: 137 | Georgian police threatened to arrest opposition leaders who joined the blockade.
example: 138 | China threatened to use force to prevent Taiwan's formal independence.
example: 138 | Turkey threatened military action against Kurdish fighters in northern Syria.
example: 1381 | Iran threatened a blockade of the Strait of Hormuz.
example: 1382 | President Trump threatened to seize the Panama Canal.
example: 1382 | Venezuela threatened to annex the Essequibo region of Guyana.
example: 1383 | Al-Shabaab threatened to kill the kidnapped aid workers.
example: 1384 | Israel threatened strikes on Iran's nuclear facilities.
example: 1384 | The Houthis threatened to attack American warships in the Red Sea.
example: 1385 | Former Russian president Dmitry Medvedev threatened a nuclear strike on Kyiv.
example: 1385 | A senior Iranian commander threatened the annihilation of Tel Aviv and Haifa.
note: "threatened X with Y" stays 130: the cues do not see what follows "with". A bare "strike" is not coded (labour
note: strike or air strike), except with "on/against/at" (1384). Metaphors ("threatens the peace") are left out.

[verb v09-warn]
lemma: warn
pattern: 1385 comp=nuke
pattern: 1384 comp=attack|bomb|shell|hit|target|pound|shoot|strike|sink
pattern: 1382 comp=invade|occupy|annex|seize
pattern: 1381 comp=blockade
pattern: 1383 comp=kill|execute|behead|assassinate
pattern: 138 comp=use|destroy|intervene|obliterate
pattern: 137 comp=arrest|jail|imprison|detain|crush|prosecute|disperse
pattern: 1322 comp=outlaw|disqualify|bar
pattern: 1321 comp=censor|muzzle
pattern: 132 comp=ban|revoke|deport
pattern: 1313 comp=sever|downgrade|recall|expel|quit|leave|withdraw
pattern: 1312 comp=impose|sanction|blacklist
pattern: 1311 comp=cut|withhold|slash
pattern: 134 comp=walk
pattern: 133 comp=boycott|protest|march
pattern: 131 comp=suspend|freeze|halt|close
pattern: 130 comp=retaliate|respond|react|punish|face|pay|reserve|regret|meet|suffer
pattern: 130 obj=* prep=against|of target=obj
pattern: 130 obj=* comp=*
example: 130 | Beijing warned Washington against any official contact with Taiwan.
example: 130 | North Korea warned it would retaliate against the joint military exercises.
example: 1384 | The Houthis warned they would target any ship linked to Israel.
example: 1384 | Iran warned that it would shoot down any American drone that crossed into its airspace.
example: 130 | Hamas warned that Israel would pay a heavy price for the raid on the Jenin camp.
example: 130 | Moscow warned that any attack on Russian territory would meet a harsh response.
example: 1312 | Brussels warned it would impose counter-tariffs on American goods.
example: 1313 | Hungary warned it would withdraw from the International Criminal Court.
example: 1381 | China warned it could blockade Taiwan.
example: 1322 | Georgia's ruling party warned it would bar opposition parties from parliament.
example: 131 | Russia warned it would suspend grain exports through the Black Sea.
note: only warnings aimed at a party or announcing an action; "warned of a famine" or "warned that prices would
note: rise" are statements, not threats, and are left to root 01.

[verb v09-vow]
lemma: vow | swear | pledge | promise
pattern: 1385 comp=nuke
pattern: 1382 comp=invade|annex|seize|retake|reconquer|occupy
pattern: 1381 comp=blockade
pattern: 1383 comp=kill|behead|assassinate|execute|kidnap
pattern: 1384 comp=attack|bomb|hit|target|shell
pattern: 1383 obj=&V09_TERROR
pattern: 1384 obj=&V09_ATTACK prep=on|against
pattern: 1384 obj=&V09_ATTACK
pattern: 138 comp=avenge|crush|destroy|wipe|eliminate|annihilate|obliterate|defeat|eradicate
pattern: 138 obj=revenge|vengeance|retribution prep=on|against
pattern: 138 obj=revenge|vengeance|retribution
pattern: 137 comp=arrest|jail
pattern: 1313 comp=sever|expel|recall
pattern: 1312 comp=impose|sanction
pattern: 133 comp=march|protest|boycott|rally
pattern: 130 obj=retaliation|reprisal|punishment|consequence prep=against
pattern: 130 obj=retaliation|reprisal|response|punishment|consequence
pattern: 130 comp=retaliate|respond|punish
example: 138 | Iran's Revolutionary Guards vowed revenge for the killing of their commander in Damascus.
example: 1383 | The Islamic State vowed to kill the captured Jordanian pilot.
example: 130 | Beijing vowed a resolute response to the American arms sale to Taiwan.
example: 1384 | Hezbollah vowed to hit Israeli cities in response to the strike on Beirut.
example: 133 | Imran Khan's party vowed to march on Islamabad.
example: 138 | Israel's defence minister vowed vengeance on the Houthis after the missile hit the airport.
note: only threatening vows and promises; "vowed to help" and other promises belong to root 03.

[verb v09-intimidate]
lemma: bully | menace
pattern: 137 obj=journalist|voter|activist|dissident|opposition|protester|critic|witness|judge|lawyer|candidate|reporter|supporter
pattern: 130
example: 137 | Ruling party militias in Zimbabwe menaced opposition activists before the vote.
example: 130 | China bullied Lithuania over the opening of a Taiwanese representative office in Vilnius.

[verb v09-reconsider]
lemma: reconsider | reassess | rethink | review
pattern: 135 obj=&V09_MEDIATION
pattern: 135 obj=role prep=as
pattern: 134 obj=participation prep=in
pattern: 136 obj=presence|mission|involvement|operation|contribution
pattern: 1313 obj=&TIES|membership prep=with|in
pattern: 1313 obj=&TIES|membership
pattern: 1311 obj=aid|assistance|&V09_ECON_AID|&MILITARY_AID
example: 135 | Qatar is reassessing its role as a mediator between Israel and Hamas.
example: 135 | Egypt is reconsidering its mediation between Israel and Hamas.
example: 134 | The Palestinian Authority is reconsidering its participation in the security talks.
example: 136 | Germany is reconsidering its military presence in Mali after the junta's decision.
example: 1313 | Rwanda is reviewing its relations with Belgium after the criticism over eastern Congo.
example: 1311 | The Netherlands is reconsidering its aid to Rwanda over the M23 offensive.
note: reconsidering one's mediation, presence, ties or aid is the usual form of the threats 134-136, 1311, 1313.

[verb v09-escalate]
lemma: escalate
pattern: 130 obj=threat|rhetoric|warning
example: 130 | Pyongyang escalated its threats against Seoul.

[verb v09-step]
lemma: step
pattern: 130 prt=up obj=threat|warning|rhetoric
pattern: 111 prt=up obj=criticism|condemnation
pattern: 100 prt=up obj=demand|call
example: 130 | Moscow stepped up its threats against the Baltic states.
example: 111 | Washington stepped up its criticism of Beijing's support for the Russian war effort.

[verb v09-caution]
lemma: caution
pattern: 130 obj=* prep=against target=obj
pattern: 130 obj=* comp=*
example: 130 | Moscow cautioned Kazakhstan against joining Western sanctions.
note: only cautions aimed at a party; "cautioned against complacency" has no object and is not coded.

[verb v09-brandish]
lemma: brandish | dangle | wave
pattern: 1312 obj=&V09_ECON_SANCTION
pattern: 130 obj=threat|prospect|spectre|specter
example: 1312 | President Trump brandished tariffs against Colombia in the dispute over deportation flights.
example: 130 | Brussels dangled the threat of an investigation over the platform's handling of disinformation.
note: brandishing weapons is a show of force (root 15) and is not listed.

[verb v09-wield]
lemma: wield | use | cast | exercise
pattern: 129 obj=veto
pattern: 130 obj=threat
example: 129 | The United States used its veto to block Palestinian membership of the United Nations.
example: 129 | China cast a veto on the resolution on Myanmar.

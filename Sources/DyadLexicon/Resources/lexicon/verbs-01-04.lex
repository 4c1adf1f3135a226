# Dyad CAMEO verb lexicon, part 01-04: MAKE PUBLIC STATEMENT (01), APPEAL (02), EXPRESS INTENT TO COOPERATE (03),
# CONSULT (04). Written for Dyad (docs/lexicon-format.md, "Verb patterns"); examples are our own sentences.
#
# Synsets defined here are prefixed V01_; verb entry ids are prefixed "v01-" so that they never clash with another
# file's entry for the same lemma (ids are unique in the whole lexicon; the lemma is what the coder matches).
#
# Conventions this file relies on (to be confirmed by the coder's author; see the writer's report):
#  C1. A verb whose thing requested, agreed or met comes as the object of a preposition and that has no direct
#      object ("called FOR a ceasefire", "appealed FOR aid", "agreed TO talks", "arrived AT a consensus", "met ON the
#      sidelines"): in a pattern with prep=P, obj= and !obj= test the object of P. These patterns carry target=none
#      unless the target is named otherwise.
#  C2. comp= also looks at a verb governed by the direct object ("expressed readiness TO MEDIATE", "signalled
#      willingness TO NEGOTIATE").
#  C3. The appeal verbs split "mediate" by who usually speaks: urge/call on/appeal to/encourage (third parties) give
#      028; ask/request/invite/seek (mostly a party to the conflict) give 038, as the codebook says for 028 and 038.

# ---------------------------------------------------------------------------------------------------------------
# Complement verbs ("urged X TO RELEASE", "pledged TO MEDIATE"): the lemma alone decides the code.

[synset V01_MEET_V]
word: meet | negotiate | talk | discuss | confer | consult | visit | host | sit

[synset V01_MEDIATE_V]
word: mediate | broker | arbitrate | facilitate | intercede

[synset V01_SETTLE_V]
word: settle | resolve | reconcile | solve

[synset V01_DEESCALATE_V]
word: withdraw | demobilize | demobilise | disarm | de-escalate | deescalate | disengage | demilitarize
word: demilitarise | retreat | refrain | cease | exercise | defuse

[synset V01_RELEASE_V]
word: release | free | unfreeze | pardon

[synset V01_LEADER_V]
word: resign | quit | abdicate | relinquish

[synset V01_INSTITUTION_V]
word: democratize | democratise | decentralize | decentralise | federalize | federalise

[synset V01_POLICY_V]
word: change | reverse | reconsider | rethink | revise | scrap | repeal | amend | rescind | revoke | abandon
word: overturn

[synset V01_REFORM_V]
word: reform | overhaul

[synset V01_ADMIN_V]
word: unblock | unban | reinstate

[synset V01_ALLOW_V]
word: allow | permit | let

[synset V01_YIELD_V]
word: yield | concede | compromise | relent | lift | ease | relax | loosen

[synset V01_JUDICIAL_V]
word: extradite | prosecute | arrest | investigate | probe

[synset V01_ECONOMIC_V]
word: trade | invest | export | import | buy | purchase | sell

[synset V01_MILCOOP_V]
word: train | station | patrol

[synset V01_ECONAID_V]
word: fund | finance | lend | bankroll | subsidize | subsidise | underwrite

[synset V01_MILAID_V]
word: arm | rearm | equip

[synset V01_HUMAID_V]
word: evacuate | shelter | feed | resettle | rehouse | vaccinate

[synset V01_AID_V]
word: help | assist | aid | rebuild | reconstruct | donate

[synset V01_PROTECT_V]
word: protect | defend | guard

[synset V01_SUPPORT_V]
word: support | back | endorse | recognize | recognise | ratify | condemn | denounce

[synset V01_MATCOOP_V]
word: pool | build | construct

[synset V01_COOPERATE_V]
word: cooperate | co-operate | collaborate | coordinate | partner | work

[synset V01_WRONGDOING_V]
word: shoot | fire | kill | strike | bomb | attack | carry | cause | launch | hit | detain | violate | breach | spy
word: hack | target | mistreat | torture | sink | abduct | intercept

# ---------------------------------------------------------------------------------------------------------------
# Nouns: what is asked for, promised, held, expressed.

[synset V01_NEGOTIATION_N]
word: talk | negotiation | discussion | dialogue | dialog | peace talk | round of talks | direct talk | parley
word: peace negotiation | indirect talk | proximity talk

[synset V01_MEETING_N]
word: meeting | summit | conference | encounter | audience | tete-a-tete | consultation | get-together
word: bilateral meeting | summit meeting

[synset V01_PHONECALL_N]
word: phone call | telephone call | phone conversation | telephone conversation | phone talk | telephone talk
word: video call | video conference | videoconference | phone conference | telephone conference | video link

[synset V01_PHONE_N]
word: phone call | telephone call | phone conversation | telephone conversation | phone talk | telephone talk
word: video call | video conference | videoconference | phone conference | telephone conference | call

[synset V01_PRESSCONF_N]
word: news conference | press conference | briefing | press briefing | news briefing | media briefing | press event

[synset V01_STATEMENT_N]
word: statement | communique | declaration | press release | remark | comment | announcement | joint statement
word: address | speech

[synset V01_VIGIL_N]
word: vigil | candlelight vigil | minute of silence | moment of silence | minute's silence | memorial service
word: memorial | commemoration | remembrance ceremony | wreath-laying ceremony | funeral | state funeral | requiem
word: commemorative ceremony | memorial ceremony

[synset V01_FUNERAL_N]
word: funeral | state funeral | memorial | memorial service | vigil | commemoration | burial | requiem | requiem mass
word: wake | remembrance ceremony | commemoration ceremony | memorial ceremony | inauguration | swearing-in
word: inauguration ceremony | swearing-in ceremony | coronation | parade | victory day parade | military parade
word: anniversary | mass | enthronement | installation

[synset V01_SILENCE_N]
word: silence | minute of silence | moment of silence | minute's silence | day of mourning | mourning
word: national mourning | anniversary | remembrance day

[synset V01_WREATH_N]
word: wreath | flower | bouquet | floral tribute | garland | wreath of flowers

[synset V01_RESPECTS_N]
word: respect | last respect

[synset V01_SHRINE_N]
word: shrine | memorial | grave | cemetery | mausoleum | tomb | monument | war memorial | cenotaph | graveyard
word: memorial park | crypt | memorial hall

[synset V01_ANNIVERSARY_N]
word: anniversary | remembrance day | memorial day | day of remembrance | holocaust remembrance day
word: commemoration | centenary | centennial

[synset V01_MONUMENT_N]
word: memorial | monument | plaque | statue | bust | stele | memorial stone

[synset V01_CONDOLENCE_N]
word: condolence | sympathy | sorrow | grief | sadness | commiseration | message of condolence
word: condolence message | message of sympathy

[synset V01_CONDOLENCEBOOK_N]
word: book of condolence | condolence book | book of condolences

[synset V01_CONCERN_N]
word: concern | alarm | worry | fear | anxiety | pessimism | doubt | skepticism | scepticism | misgiving
word: apprehension | unease | disquiet | gloom

[synset V01_OPTIMISM_N]
word: optimism | hope | confidence | hopefulness | cautious optimism

[synset V01_ACCORD_N]
word: consensus | common ground | common understanding | convergence | meeting of minds | shared understanding
word: common position | shared view | identity of views

[synset V01_WILLINGNESS_N]
word: readiness | willingness | openness | eagerness | desire | intention | intent | preparedness | availability

[synset V01_BLAME_N]
word: accusation | allegation | charge | assertion | suggestion | insinuation | rumour | rumor | smear | report
word: speculation | finding | findings

[synset V01_FAULT_N]
word: mistake | error | failure | failing | wrongdoing | guilt | shortcoming | lapse | misstep | blunder | fault
word: role | involvement | responsibility | liability | culpability | complicity | negligence | abuse | violation
word: knowledge

[synset V01_CREDIT_N]
word: responsibility | credit | blame | ownership | liability

[synset V01_OPTION_N]
word: option | proposal | plan | request | bid | measure | possibility | idea | move | step | offer | deployment
word: response | retaliation | strike | action | invitation | application | exit | withdrawal | referendum | bill
word: legislation | ban | tariff | sanction | embargo | restriction | countermeasure | alternative | candidacy
word: scenario | intervention

[synset V01_VISITOR_N]
word: counterpart | delegation | visitor | guest | envoy | ambassador | minister | president | leader | premier
word: chancellor | king | queen | prince | emir | pope | secretary | dignitary | delegate | sheikh | monarch
word: crown prince | vice president | prime minister | foreign minister | head of state | emissary | official
word: lawmaker | governor

[synset V01_NONVISITOR_N]
word: decision | move | step | announcement | agreement | deal | news | report | resolution | initiative
word: proposal | plan | release | outcome | result | election | vote | statement | ceasefire | truce | progress
word: supporter | crowd | well-wisher | voter | fan | worshipper | audience | mourner
word: commitment | pledge | offer | effort | return | appointment | ruling | verdict | call | development
word: measure | support | aid | assistance | help | letter | message | award | prize | invitation | request
word: approval | backing | praise | criticism | vaccine | dose | shipment | delivery | funding | payment | loan
word: grant | donation | investment | order | bid | sentence | treatment | answer | response | reply | signal
word: warning | information | intelligence | confirmation | assurance | guarantee | complaint | application
word: recognition | attention | training | weapon | arm | missile | tank | jet | refugee | migrant
word: asylum seeker | evacuee | troop | soldier | force | fund | money | cash | phone call | telephone call | visa
word: passport | cargo | oil | gas | grain | mandate | document | evidence | sanction | penalty | threat | blow
word: boost | setback | condemnation | backlash | injury | wound | blessing | peacekeeper | inspector
word: monitor | observer | credential

[synset V01_VISIT_N]
word: visit | trip | tour | state visit | official visit | working visit | stopover | courtesy call | stop
word: journey | surprise visit | farewell visit | tour of duty

[synset V01_DELEGATION_N]
word: delegation | emissary | representative | negotiator | mediator | high-level delegation | negotiating team
word: special representative | trade delegation

[synset V01_MEDIATION_N]
word: mediation | mediator | arbitration | good office | arbitrator | facilitation | international mediation
word: third-party mediation | mediation effort | mediation mission | mediation bid | mediation initiative
word: shuttle diplomacy | mediation role

[synset V01_CEASEFIREPLAN_N]
word: ceasefire proposal | truce proposal | ceasefire plan | truce plan | ceasefire offer | truce offer
word: ceasefire framework

[synset V01_CEASEFIRE_N]
word: ceasefire | truce | armistice | cessation of hostilities | humanitarian pause | pause in fighting
word: ceasefire proposal | truce proposal | ceasefire plan | ceasefire deal | ceasefire agreement | truce deal
word: ceasefire extension | de-escalation | deescalation | restraint | withdrawal | pullout | pullback
word: troop withdrawal | demilitarization | demilitarisation | disarmament | demobilization | demobilisation
word: disengagement | military de-escalation

[synset V01_RELEASE_N]
word: release | prisoner exchange | prisoner swap | hostage release | hostage deal | swap | amnesty
word: exchange of prisoners

[synset V01_SANCTIONRELIEF_N]
word: sanctions relief | sanction relief | lifting of sanctions | easing of sanctions | removal of sanctions
word: sanctions easing | lifting of the embargo | end to sanctions

[synset V01_ACCESS_N]
word: access | humanitarian access | humanitarian corridor | corridor | safe passage | inspection | inspector
word: observer | monitor | monitoring | monitoring mission | observer mission | international presence
word: presence | investigator | aid access

[synset V01_LEADERSHIP_N]
word: election | early election | snap election | fresh election | new election | presidential election
word: resignation | transfer of power | handover of power | transition | political transition | power transfer
word: change of government | new leadership

[synset V01_INSTITUTION_N]
word: democratization | democratisation | democracy | constitutional reform | new constitution | constitution
word: electoral reform | federalism | decentralization | decentralisation | regime change | multiparty democracy
word: civilian rule | return to civilian rule | return to democracy | judicial reform | separation of powers
word: power-sharing | power sharing | constitutional change | democratic transition | transition to democracy

[synset V01_RIGHTS_N]
word: right | human right | freedom | liberty | autonomy | self-rule | self-determination | equality | suffrage
word: citizenship | civil right | press freedom | freedom of speech | freedom of expression | religious freedom
word: minority right | women's right | voting right | civil liberty | equal right

[synset V01_POLICY_N]
word: policy change | change of policy | change in policy | change of course | policy shift | rethink | reversal
word: u-turn | policy review | reconsideration | review

[synset V01_REFORM_N]
word: reform | political reform | change | overhaul | structural reform

[synset V01_SETTLEMENT_N]
word: settlement | solution | political solution | peaceful solution | negotiated settlement | diplomatic solution
word: peace | lasting peace | peace deal | peace agreement | peace accord | peace plan | peace proposal
word: reconciliation | two-state solution | peace process | peaceful resolution | political settlement

[synset V01_JUDICIAL_N]
word: extradition | judicial cooperation | legal assistance | mutual legal assistance | legal cooperation
word: extradition request | prosecution | investigation | inquiry | probe | accountability | justice
word: independent investigation | handover of suspects

[synset V01_JUDICIALCOOP_N]
word: extradition | judicial cooperation | legal assistance | mutual legal assistance | legal cooperation
word: extradition treaty

[synset V01_INTEL_N]
word: intelligence | intelligence sharing | information sharing | intelligence cooperation | intelligence exchange
word: information exchange | intelligence support | satellite intelligence | satellite imagery

[synset V01_ECONCOOP_N]
word: trade | investment | economic cooperation | economic tie | trade tie | free trade | trade deal
word: trade agreement | free trade agreement | free trade pact | joint venture | business tie | commerce
word: energy cooperation | trade relation | economic partnership | market access | trade access

[synset V01_MILCOOP_N]
word: military cooperation | defence cooperation | defense cooperation | security cooperation | military tie
word: defence tie | defense tie | joint exercise | joint drill | military exercise | joint military exercise
word: joint patrol | defence pact | defense pact | military alliance | security pact | mutual defence
word: defence partnership | security partnership | naval cooperation

[synset V01_MILAID_N]
word: military support | defence support | defense support | military package | weapons package | arms package
word: security assistance | military equipment | air defence system | air defense system | fighter jet

[synset V01_ECONAID_N]
word: loan | grant | credit | credit line | line of credit | financial aid | financial assistance
word: financial support | economic aid | economic assistance | budget support | debt relief | bailout
word: rescue package | funding | money | cash | development aid | reconstruction aid | fund | dollar | euro
word: pound | yen | yuan | rupee | million | billion | deposit | currency swap | debt restructuring
word: concessional loan

[synset V01_HUMAID_N]
word: humanitarian aid | humanitarian assistance | humanitarian relief | relief | food aid | food | medicine
word: medical supply | medical aid | tent | blanket | shelter | asylum | refuge | vaccine | vaccine dose | dose
word: emergency aid | disaster relief | relief aid | emergency assistance | relief supply | evacuation
word: rescue team | earthquake relief | flood relief | famine relief | humanitarian support | relief good

[synset V01_PEACEKEEPING_N]
word: peacekeeper | peacekeeping force | peacekeeping troop | peacekeeping mission | peacekeeping contingent
word: stabilisation force | stabilization force | protection force | security force | multinational force
word: international force | security guarantee | protection | military protection | security assurance
word: no-fly zone | air cover | reassurance force

[synset V01_DIPLOSUPPORT_N]
word: political support | diplomatic support | backing | endorsement | recognition | diplomatic recognition
word: political backing | vote | diplomatic backing | moral support | solidarity

[synset V01_COOP_N]
word: cooperation | co-operation | partnership | collaboration | closer tie | tie | relation | friendship
word: coordination

[synset V01_NOTHOSTED_N]
word: game | match | tournament | olympics | olympic games | championship | cup | world cup | concert | festival
word: party | show | exhibition | fair | race | grand prix | final | podcast | program | programme | website
word: server | refugee | migrant | asylum seeker | troop | base | force | soldier | event | gala | competition
word: range | testing range | facility | site | headquarters | embassy | consulate | office | station
word: contest | league | expo | trade fair | episode | season | fixture | peacekeeper | inspector | monitor
word: observer | warship | submarine

[synset V01_UNMEETABLE_N]
word: demand | target | deadline | need | requirement | criterion | obligation | expectation | standard | goal
word: condition | threshold | cost | payment | quota | commitment | challenge | fate | death | end | resistance
word: opposition | approval | benchmark | shortfall | criticism | protest | response | force | fire | reception
word: skepticism | scepticism | condemnation | outrage | anger | derision | silence | applause | success
word: failure | hostility | indifference

[synset V01_REPORTER_N]
word: reporter | journalist | press | media | medium | newsman | correspondent | crowd | supporter | audience
word: rally | gathering | broadcaster | television | radio | newspaper | interviewer | news agency

[synset V01_MOURNING_N]
word: mourning | national mourning | day of mourning | day | period of mourning | days of mourning

[synset V01_BROKERED_N]
word: exchange | swap | release | prisoner exchange | prisoner swap | settlement | peace | reconciliation
word: rapprochement | normalization | normalisation | detente | de-escalation | humanitarian pause

# ===============================================================================================================
# 01 MAKE PUBLIC STATEMENT
# Statements are usually the frame of another event; the coder looks inside reported speech first. These entries
# give 010 only where nothing more specific is said, and the 011-019 codes where the verb itself says it.

[verb v01-comment]
lemma: comment | remark
pattern: 010 prep=on|about|upon
pattern: 010
example: 010 | Japanese Prime Minister Shigeru Ishiba commented on the North Korean missile launch at a briefing in Tokyo.
note: "comment" alone is a plain statement; "declined to comment" is in v01-decline.

[verb v01-say]
lemma: say
pattern: 010
example: 010 | Indonesian Foreign Minister Retno Marsudi said on Friday that ASEAN would stay united on Myanmar.
note: Fallback only: the coder codes the reported clause first and keeps 010 when that clause codes nothing.

[verb v01-tell]
lemma: tell
pattern: 010
example: 010 | Slovak Prime Minister Robert Fico told Slovak radio on Sunday that the government would stay in office.
note: "told X to do" is often a demand (10x, another file); here only the plain statement.

[verb v01-state]
lemma: state | assert | stress | emphasize | emphasise | underline | underscore | insist | affirm
pattern: 010
example: 010 | The Chinese foreign ministry stressed on Monday that Beijing's position on Taiwan had not changed.

[verb v01-point-out]
lemma: point
pattern: 010 prt=out
example: 010 | Brazilian President Luiz Inacio Lula da Silva pointed out that the BRICS bloc now represented most of the world's population.
note: Only "point out": "pointed the finger at" is an accusation (112) in another file.

[verb v01-decline]
lemma: decline
pattern: 011 comp=comment|elaborate|confirm|speculate|disclose|specify|discuss|reveal|detail|name|identify|answer|respond|say
example: 011 | The Kremlin declined to comment on reports that Russian diplomats had met Ukrainian officials in Istanbul.
example: 011 | A spokesman for the Indian foreign ministry declined to confirm that New Delhi had halted oil purchases from Russia.
note: Only refusals to speak. Other "declined to X" are refusals, which the coder handles for every verb (12x).

[verb v01-refuse-comment]
lemma: refuse
pattern: 011 comp=comment|elaborate|confirm|speculate|disclose|specify
example: 011 | The Israeli military refused to comment on the strike that hit an apartment block in Beirut.
note: Other refusals are 12x in the reject file; this entry only keeps "refused to comment" a declined comment.

[verb v01-have]
lemma: have
pattern: 041 obj=&V01_PHONE_N prep=with
pattern: 046 obj=&V01_NEGOTIATION_N prep=with
pattern: 040 obj=&V01_MEETING_N|conversation|exchange|chat|contact prep=with
pattern: 046 obj=&V01_NEGOTIATION_N target=none
pattern: 040 obj=&V01_MEETING_N target=none
pattern: 011 obj=comment
example: 041 | Marco Rubio had a phone call with Saudi Foreign Minister Prince Faisal bin Farhan on Monday.
example: 046 | Thai officials had talks with their Cambodian counterparts in Kuala Lumpur on the border dispute.
example: 040 | Emmanuel Macron had a meeting with Chinese President Xi Jinping in Paris on Monday.
example: 011 | The Serbian presidency had no comment on the report.
note: "had no comment" is 011 as a whole: the coder must not read the "no" as a negation of the event here.

[verb v01-declare]
lemma: declare
pattern: 017 obj=&V01_MOURNING_N
pattern: 039 obj=&V01_WILLINGNESS_N comp=&V01_MEDIATE_V
pattern: 036 obj=&V01_WILLINGNESS_N comp=&V01_MEET_V
pattern: 030 obj=&V01_WILLINGNESS_N
pattern: 010 !obj=*
example: 017 | Pakistan declared a day of national mourning after the bombing of a mosque in Peshawar.
example: 036 | Uzbekistan declared its readiness to host talks between Afghanistan's neighbours.
example: 010 | Hungarian Prime Minister Viktor Orban declared that Hungary would never send troops to Ukraine.
note: "declared war", "declared a ceasefire", "declared independence", "declared a state of emergency" belong to other
note: files; without an object "declare" is a plain statement.

[verb v01-issue]
lemma: issue
pattern: 016 obj=denial|rebuttal|refutation prep=of target=prep
pattern: 016 obj=denial|rebuttal|refutation
pattern: 036 obj=invitation prep=to
pattern: 036 obj=invitation target=none
pattern: 020 obj=appeal|plea|call prep=to
pattern: 020 obj=appeal|plea|call target=none
pattern: 010 obj=&V01_STATEMENT_N prep=to
pattern: 010 obj=&V01_STATEMENT_N target=none
example: 010 | The Egyptian foreign ministry issued a statement on the border clashes late on Saturday.
example: 016 | Beijing issued a firm denial of Washington's hacking allegations.
example: 036 | South Korea issued an invitation to Japanese Prime Minister Fumio Kishida to attend the summit in Seoul.
example: 020 | The International Committee of the Red Cross issued an appeal to all parties to spare civilians.
note: "issued a warning" (13x) and "issued sanctions" belong to other files.

[verb v01-release-statement]
lemma: release | publish | put
pattern: 010 prt=out obj=&V01_STATEMENT_N
pattern: 010 obj=&V01_STATEMENT_N
example: 010 | The Armenian foreign ministry released a statement on the incident at the border village.
note: Only statements: "released prisoners" is 08x in another file.

[verb v01-deliver]
lemma: deliver
pattern: 010 obj=speech|address|remark|statement|message|lecture|keynote
example: 010 | King Charles delivered a speech to the Canadian parliament in Ottawa.
note: "delivered aid/weapons" is 07x in another file.

[verb v01-give]
lemma: give
pattern: 043 obj=welcome|reception prep=to|for
pattern: 043 obj=audience prep=to
pattern: 0334 obj=&V01_PEACEKEEPING_N prep=to
pattern: 030 obj=assurance|commitment|pledge|undertaking|promise prep=to
pattern: 030 obj=assurance|commitment|pledge|undertaking|promise target=none
pattern: 010 obj=interview|speech|address|statement|briefing prep=to
pattern: 010 obj=interview|speech|address|statement|briefing target=none
example: 043 | Saudi Crown Prince Mohammed bin Salman gave a lavish welcome to Chinese President Xi Jinping in Riyadh.
example: 030 | Washington gave assurances to Manila that it would stand by the alliance.
example: 010 | Iranian President Masoud Pezeshkian gave an interview to NBC News in Tehran.

[verb v01-hold]
lemma: hold
pattern: 010 obj=&V01_PRESSCONF_N
pattern: 017 obj=&V01_VIGIL_N
pattern: 041 obj=&V01_PHONE_N prep=with
pattern: 041 obj=&V01_PHONECALL_N target=none
pattern: 045 obj=&V01_NEGOTIATION_N|&V01_MEETING_N prep=between
pattern: 046 obj=&V01_NEGOTIATION_N prep=with
pattern: 046 obj=&V01_NEGOTIATION_N target=none
pattern: 040 obj=&V01_MEETING_N prep=with
pattern: 040 obj=&V01_MEETING_N target=none
example: 010 | Vladimir Putin held his annual news conference in Moscow on Thursday.
example: 017 | Thousands of Israelis held a vigil in Tel Aviv for the hostages in Gaza.
example: 041 | Narendra Modi held a phone conversation with Vladimir Putin on Friday.
example: 045 | Egypt held talks between Hamas and Fatah in Cairo on a unified administration for Gaza.
example: 046 | Pakistani and Afghan officials held talks in Doha to end the border fighting.
example: 046 | Armenia held negotiations with Azerbaijan in Abu Dhabi on the text of a peace treaty.
example: 040 | Joe Biden held a meeting with Xi Jinping on the sidelines of the APEC summit.
note: Codebook: "holding talks" and "discussions" are negotiations (046); meetings and consultations are 040.
note: A news conference is a statement (010) and comes before "conference" as a meeting.

[verb v01-express]
lemma: express | voice
pattern: 018 obj=&V01_CONDOLENCE_N prep=to|with|for
pattern: 018 obj=&V01_CONDOLENCE_N
pattern: 018 obj=understanding|empathy|compassion
pattern: 039 obj=&V01_WILLINGNESS_N comp=&V01_MEDIATE_V
pattern: 036 obj=&V01_WILLINGNESS_N comp=&V01_MEET_V
pattern: 0353 obj=&V01_WILLINGNESS_N comp=&V01_RELEASE_V
pattern: 0356 obj=&V01_WILLINGNESS_N comp=&V01_DEESCALATE_V
pattern: 037 obj=&V01_WILLINGNESS_N comp=&V01_SETTLE_V
pattern: 033 obj=&V01_WILLINGNESS_N comp=&V01_AID_V
pattern: 030 obj=&V01_WILLINGNESS_N
pattern: 014 obj=interest prep=in
pattern: 012 obj=&V01_CONCERN_N
pattern: 013 obj=&V01_OPTIMISM_N
pattern: 019 obj=&V01_ACCORD_N|agreement
pattern: 111 obj=disappointment|displeasure|outrage|anger|indignation|dismay|frustration
pattern: 010
example: 018 | Narendra Modi expressed condolences to Turkey over the loss of life in the earthquake.
example: 018 | Pope Francis voiced his sympathy for the victims of the floods in Valencia.
example: 012 | The International Monetary Fund expressed concern over Argentina's dwindling reserves.
example: 012 | Finnish President Alexander Stubb voiced skepticism about a quick end to the war.
example: 013 | Qatar expressed optimism that a ceasefire deal for Gaza could be reached within days.
example: 039 | Turkey expressed willingness to mediate between Russia and Ukraine.
example: 030 | Vietnam expressed readiness to deepen cooperation with Australia.
example: 014 | Malaysia expressed interest in joining the BRICS group.
example: 019 | Lula and Macron expressed agreement on the need to reform the United Nations Security Council.
note: Regret (055), support, solidarity and satisfaction (051) are the diplomatic-cooperation file's; the
note: disapproval nouns (111) are here so that they do not fall back to 010.

[verb v01-convey]
lemma: convey | extend
pattern: 018 obj=&V01_CONDOLENCE_N prep=to
pattern: 018 obj=&V01_CONDOLENCE_N
pattern: 036 obj=invitation prep=to
pattern: 036 obj=invitation target=none
pattern: 010 obj=message|greeting|&V01_STATEMENT_N prep=to
example: 018 | Chinese President Xi Jinping conveyed condolences to Myanmar after the earthquake.
example: 036 | Prabowo Subianto extended an invitation to Anthony Albanese to visit Jakarta.
example: 010 | The Omani envoy conveyed a message to Tehran from Washington.
note: "extended sanctions/the ceasefire/a loan" belong to other files.

[verb v01-send]
lemma: send | dispatch
pattern: 018 obj=&V01_CONDOLENCE_N prep=to
pattern: 018 obj=&V01_CONDOLENCE_N
pattern: 036 obj=invitation prep=to
pattern: 042 obj=&V01_DELEGATION_N prep=to
pattern: 114 obj=protest|complaint|protest_note|note_of_protest|letter_of_protest|demarche|diplomatic_protest|formal_protest prep=to
pattern: 114 obj=protest|complaint|protest_note|note_of_protest|letter_of_protest|demarche|diplomatic_protest|formal_protest
pattern: 010 obj=message|letter|note prep=to
example: 018 | King Charles sent condolences to Morocco after the earthquake in the Atlas Mountains.
example: 114 | Malaysia sent a protest note to Beijing after a Chinese coast guard vessel shadowed its survey ship.
example: 042 | Japan sent a delegation to Beijing to prepare the foreign ministers' meeting.
example: 042 | The African Union dispatched a high-level delegation to Khartoum.
note: Sending a delegation is the sender's visit (042) to the place of the "to" phrase. Envoys and ambassadors
note: (050), troops and aid are in other files.

[verb v01-condole]
lemma: condole | commiserate | sympathize | sympathise
pattern: 018 prep=with
pattern: 018
example: 018 | Pakistani Prime Minister Shehbaz Sharif condoled with Iranian President Masoud Pezeshkian over the port explosion.

[verb v01-mourn]
lemma: mourn | grieve
pattern: 018 prep=with
pattern: 018
example: 018 | Ireland mourned the victims of the Creeslough explosion.

[verb v01-console]
lemma: console | comfort
pattern: 018
example: 018 | The Greek prime minister consoled the families of the train crash victims in Larissa.

[verb v01-pray]
lemma: pray
pattern: 017 prep=at target=none
pattern: 018 prep=for obj=victim|family|dead|soul|wounded|people|survivor|hostage
example: 018 | Pope Francis prayed for the victims of the earthquake in Morocco.
example: 017 | US Secretary of State Antony Blinken prayed at the Western Wall in Jerusalem.
note: Praying for victims is sympathy (018); praying at a holy site is a symbolic act (017).

[verb v01-share]
lemma: share
pattern: 018 obj=grief|pain|sorrow|sadness|anguish
pattern: 019 obj=view|concern|position|assessment|goal|vision|stance|interest|objective|approach|understanding|opinion|belief|commitment
example: 019 | France and Germany shared the view that Europe must spend more on defence.
example: 018 | The Polish president said Poland shared the grief of the Turkish people.
note: "share intelligence/technology" is cooperation (06x) in another file.

[verb v01-stand]
lemma: stand
pattern: 039 comp=&V01_MEDIATE_V
pattern: 036 comp=&V01_MEET_V
pattern: 033 comp=&V01_AID_V
pattern: 030 comp=&V01_COOPERATE_V
example: 039 | Egypt stood ready to mediate between Ethiopia and Sudan.
example: 036 | Norway stood ready to host direct talks between the two sides.
note: "stands ready to X": the infinitive hangs on "ready" (convention C2). "stand with" is 051 in verbs-05-08.

# ---- 017 symbolic acts ----------------------------------------------------------------------------------------

[verb v01-lay]
lemma: lay | place
pattern: 017 obj=&V01_WREATH_N prep=at
pattern: 017 obj=&V01_WREATH_N
example: 017 | Narendra Modi laid a wreath at the Tomb of the Unknown Soldier in Moscow.
example: 017 | Chinese Premier Li Qiang placed flowers at the war memorial in Canberra.

[verb v01-observe]
lemma: observe
pattern: 017 obj=&V01_SILENCE_N
example: 017 | Turkish lawmakers observed a minute of silence for the earthquake victims.
note: "observed the ceasefire" is another file (08x).

[verb v01-attend]
lemma: attend
pattern: 017 obj=&V01_FUNERAL_N
pattern: 046 obj=&V01_NEGOTIATION_N target=none
pattern: 040 obj=&V01_MEETING_N target=none
example: 017 | Indian President Droupadi Murmu attended the funeral of Queen Elizabeth II in London.
example: 017 | Xi Jinping attended the Victory Day parade in Moscow.
example: 040 | Luiz Inacio Lula da Silva attended the G20 summit in New Delhi.
note: Attending a summit is a meeting (040): whether the place is a third location is not known from the verb.

[verb v01-light]
lemma: light
pattern: 017 obj=candle|torch|flame|lantern|menorah
example: 017 | Ukrainians lit candles in Kyiv for the victims of the famine of the 1930s.

[verb v01-lower]
lemma: lower
pattern: 017 obj=flag
pattern: 012 obj=expectation|hope
example: 017 | Germany lowered flags to half-mast after the attack on the Christmas market in Magdeburg.

[verb v01-fly]
lemma: fly
pattern: 017 obj=flag
pattern: 042 prep=to|into !obj=exile|safety|hiding
example: 017 | Paris flew the Israeli flag over city hall after the attack.
example: 042 | Ukrainian President Volodymyr Zelensky flew to Washington on Thursday.

[verb v01-mark]
lemma: mark
pattern: 017 obj=&V01_ANNIVERSARY_N
example: 017 | Poland marked the 80th anniversary of the liberation of Auschwitz.

[verb v01-commemorate]
lemma: commemorate
pattern: 017
example: 017 | Rwanda commemorated the victims of the 1994 genocide in Kigali.

[verb v01-honour]
lemma: honour | honor
pattern: 017 obj=victim|memory|fallen|dead|hero|veteran|martyr
example: 017 | Australia honoured the fallen at the dawn service in Canberra.
note: "honoured the agreement" is compliance (08x), another file.

[verb v01-pay]
lemma: pay
pattern: 042 obj=&V01_VISIT_N prep=to|in|on
pattern: 042 obj=&V01_VISIT_N target=none
pattern: 017 obj=tribute|homage|&V01_RESPECTS_N prep=at
pattern: 017 obj=&V01_RESPECTS_N
example: 042 | Hungarian Prime Minister Viktor Orban paid a surprise visit to Kyiv on Tuesday.
example: 042 | The Chinese ambassador paid a courtesy call on the Sri Lankan president.
example: 017 | French President Emmanuel Macron paid his respects at the Bataclan memorial.
example: 017 | British Foreign Secretary David Lammy paid tribute at the war memorial in Kyiv.
note: "paid tribute/homage to X" is praise (051) in verbs-05-08; only tribute at a place and paying respects are
note: symbolic acts here. "paid compensation/ransom" belongs to other files.

[verb v01-unveil]
lemma: unveil | inaugurate
pattern: 017 obj=&V01_MONUMENT_N
pattern: 0333 obj=&V01_HUMAID_N prep=for|to
pattern: 0332 obj=&MILITARY_AID|&V01_MILAID_N prep=for|to
pattern: 0331 obj=&V01_ECONAID_N prep=for|to
pattern: 033 obj=&AID prep=for|to
pattern: 033 obj=&AID target=none
example: 017 | The Slovak president unveiled a memorial to the victims of the Bratislava shooting.
example: 0332 | Washington unveiled a new arms package for Taiwan.
example: 033 | Britain unveiled a new aid package for Sudan.
note: An announced package is a commitment, not a delivery (07x).

[verb v01-bow]
lemma: bow | kneel
pattern: 017 prep=at|before target=none
example: 017 | South Korean President Yoon Suk Yeol bowed before the memorial to Korean victims of the atomic bombing in Hiroshima.
note: "bowed to pressure" (prep "to") is not a symbolic act and is not matched.

[verb v01-visit]
lemma: visit
pattern: 017 obj=&V01_SHRINE_N target=none
pattern: 042
example: 017 | Three Japanese ministers visited the Yasukuni Shrine on the anniversary of the war's end.
example: 042 | Indian Prime Minister Narendra Modi visited Kyiv on Friday.
example: 042 | Belgrade was visited by Chinese President Xi Jinping in May.
note: Codebook: all visits are 042; the host's 043 is the coder's linked event. Visits to shrines and graves are
note: symbolic acts (017).

[verb v01-sign-condolence]
lemma: sign
pattern: 017 obj=&V01_CONDOLENCEBOOK_N
example: 017 | The Irish president signed a book of condolence at the Turkish embassy in Dublin.
note: Only the condolence book; signing agreements is 057 in another file.

# ---- 012 / 013 pessimistic and optimistic comments ---------------------------------------------------------

[verb v01-warn]
lemma: warn | caution
pattern: 012 !obj=*
example: 012 | The World Bank warned that growth in sub-Saharan Africa would slow sharply this year.
example: 012 | Antonio Guterres warned of a looming famine in northern Gaza.
note: Only without a direct object ("warned that", "warned of"): "warned Iran against" is a threat (13x) elsewhere.

[verb v01-fear]
lemma: fear | doubt | worry
pattern: 012
example: 012 | Japanese officials feared that the tariffs would hit car exports.

[verb v01-lament]
lemma: lament | bemoan
pattern: 012
example: 012 | The Arab League chief lamented the lack of progress towards a Palestinian state.

[verb v01-cast]
lemma: cast | throw
pattern: 012 obj=doubt|shadow prep=on|over target=none
pattern: 012 obj=doubt|shadow target=none
example: 012 | Moscow cast doubt on the prospects of a peace deal before the end of the year.

[verb v01-raise]
lemma: raise
pattern: 012 obj=&V01_CONCERN_N prep=with
pattern: 012 obj=&V01_CONCERN_N target=none
pattern: 013 obj=hope|expectation|optimism target=none
pattern: 040 obj=issue|matter|question|case prep=with
example: 012 | Japan raised concerns with China over the detention of a Japanese businessman.
example: 013 | Donald Trump raised hopes of a ceasefire in Ukraine within weeks.
example: 040 | Australian Prime Minister Anthony Albanese raised the case of the detained writer with Chinese Premier Li Qiang.
note: "raise tariffs/interest rates/funds" are not matched (object lists).

[verb v01-sound]
lemma: sound
pattern: 012 obj=alarm|warning
example: 012 | The World Food Programme sounded the alarm over hunger in Haiti.

[verb v01-dampen]
lemma: dampen | downplay | temper | deflate
pattern: 012 obj=hope|expectation|prospect|chance|optimism
example: 012 | The Kremlin dampened hopes of a quick meeting between Putin and Zelensky.

[verb v01-play-down]
lemma: play
pattern: 012 prt=down obj=hope|expectation|prospect|chance
pattern: 010 prt=down
example: 012 | German officials played down expectations of a breakthrough at the Geneva talks.

[verb v01-pour]
lemma: pour
pattern: 012 obj=water prep=on target=none
example: 012 | Beijing poured cold water on hopes of a quick trade deal with Washington.

[verb v01-hope]
lemma: hope
pattern: 036 comp=&V01_MEET_V
pattern: 013
example: 013 | Armenian Prime Minister Nikol Pashinyan hoped that a peace treaty with Azerbaijan would be signed this year.
example: 036 | Lula hoped to meet Donald Trump at the ASEAN summit.

[verb v01-look-forward]
lemma: look
pattern: 036 prt=forward prep=to obj=&V01_VISIT_N|&V01_MEETING_N|&V01_NEGOTIATION_N target=none
pattern: 013 prt=forward prep=to target=none
example: 013 | New Zealand looked forward to closer ties with the Pacific Islands.
example: 036 | Beijing looked forward to the visit of the German chancellor.

# ---- 014 consider policy option ------------------------------------------------------------------------------

[verb v01-consider]
lemma: consider | contemplate | mull | weigh | ponder
pattern: 010 prt=in
pattern: 014 obj=&V01_OPTION_N prep=against|on
pattern: 014 obj=&V01_OPTION_N
pattern: 014 prt=over
pattern: 014 comp=* voice=active
example: 014 | The European Union is considering new sanctions on Iranian drone makers.
example: 014 | Australia is weighing options for its response to the cyberattack.
example: 014 | Germany is considering sending Taurus cruise missiles to Ukraine.
example: 010 | The Indian foreign minister weighed in on the debate over the rupee's decline.
note: No bare pattern: "considered X a threat" and "is considered to be" are not policy options.

[verb v01-explore]
lemma: explore | study | examine | review | assess | evaluate
pattern: 014 obj=&V01_OPTION_N|way|avenue|possibility|feasibility|prospect
example: 014 | Indonesia is studying a proposal to join the Chinese-led development bank's new fund.
example: 014 | South Africa and Nigeria explored ways to expand trade in local currencies.

[verb v01-debate]
lemma: debate | deliberate
pattern: 014 obj=bill|law|legislation|proposal|motion|measure|plan|budget|amendment|sanction|embargo
pattern: 014 prep=on|over target=none
example: 014 | Kenya's parliament debated a bill to raise taxes on mobile money transfers.

[verb v01-entertain]
lemma: entertain | float | eye
pattern: 014 obj=idea|proposal|possibility|notion|option|offer|plan|&SANCTIONS
example: 014 | Washington floated the idea of a temporary freeze on tariffs.

# ---- 015 acknowledge / claim responsibility; 016 deny -------------------------------------------------------

[verb v01-claim]
lemma: claim
pattern: 015 obj=&V01_CREDIT_N target=none
pattern: 015 obj=attack|bombing|assassination|killing|hijacking|kidnapping|abduction|massacre|strike|raid|ambush|assault|shooting|blast|explosion|beheading target=none
example: 015 | Islamic State claimed responsibility for the suicide bombing in Kabul.
example: 015 | Al-Shabaab claimed the attack on the Kenyan army base in Lamu.
example: 015 | Islamic State claimed the shooting at a Shi'ite mosque in Muscat.
example: 015 | The Baloch Liberation Army claimed responsibility for the train hijacking in Pakistan.
note: Only responsibility and credit, or an attack claimed: "claimed the lives of", "claimed victory" and territorial
note: claims are not 015.

[verb v01-admit]
lemma: admit | confess
pattern: 015 obj=&V01_FAULT_N
pattern: 015 comp=*
example: 015 | Iran admitted that its military had mistakenly shot down the Ukrainian airliner.
example: 015 | The Israeli military admitted mistakes in the strike that killed aid workers in Gaza.
note: No bare pattern: "NATO admitted Finland" is accession, not an admission of fault.

[verb v01-acknowledge]
lemma: acknowledge | concede
pattern: 015 obj=&V01_FAULT_N
pattern: 015 comp=&V01_WRONGDOING_V
example: 015 | Russia acknowledged its role in the downing of the Azerbaijani airliner.
example: 015 | The Pentagon acknowledged killing civilians in the drone strike in Kabul.
note: "acknowledged that talks were difficult" is not 015, so only wrongdoing complements.

[verb v01-take]
lemma: take | assume
pattern: 015 obj=&V01_CREDIT_N
example: 015 | The Polish defence minister took responsibility for the missile incident near Bydgoszcz.

[verb v01-accept]
lemma: accept
pattern: 015 obj=responsibility|blame|liability|culpability
pattern: 038 obj=&V01_MEDIATION_N prep=of|from
pattern: 038 obj=&V01_MEDIATION_N target=none
pattern: 0355 obj=presence|access|corridor|inspection|monitoring target=none
pattern: 0356 obj=&V01_CEASEFIREPLAN_N target=none
pattern: 037 obj=&V01_SETTLEMENT_N target=none
pattern: 036 obj=invitation|&V01_NEGOTIATION_N prep=from
pattern: 036 obj=invitation|&V01_NEGOTIATION_N target=none
pattern: 030 obj=offer|proposal|plan|formula|initiative|framework|compromise|blueprint|roadmap target=none
example: 015 | The Dutch government accepted responsibility for the failures at the Srebrenica enclave.
example: 038 | Thailand and Cambodia accepted Malaysian mediation to end the border clashes.
example: 0355 | Russia accepted a permanent presence of IAEA experts at the Zaporizhzhia nuclear plant.
example: 0356 | Hamas accepted the ceasefire proposal put forward by Egypt and Qatar.
example: 037 | The Sudanese army accepted the peace plan drafted in Jeddah.
example: 036 | Lula accepted an invitation from Putin to attend the summit in Kazan.
note: Accepting mediation is the adversary's 038 (codebook); an invitation accepted is an intent to meet (036).
note: Accepted truces, peacekeepers, inspectors and monitors are acts (0871, 086x) in verbs-05-08; here only
note: ceasefire proposals and presence/access.

[verb v01-own-up]
lemma: own
pattern: 015 prt=up prep=to target=none
example: 015 | The Greek coast guard owned up to failures in the rescue of the migrant boat.

[verb v01-retract]
lemma: retract | recant
pattern: 015
example: 015 | The Polish minister retracted his remarks about Ukrainian grain.

[verb v01-withdraw-remark]
lemma: withdraw
pattern: 015 obj=remark|statement|comment|claim|allegation|accusation|tweet|post
example: 015 | The Italian minister withdrew his remarks about French migration policy.
note: Only remarks: troops, ambassadors and offers are other files.

[verb v01-walk-back]
lemma: walk
pattern: 015 prt=back obj=remark|comment|statement|claim
example: 015 | The White House walked back the president's remarks about regime change in Moscow.

[verb v01-deny]
lemma: deny
pattern: 016 obj=&V01_BLAME_N|claim prep=by|from
pattern: 016 obj=&V01_BLAME_N|&V01_FAULT_N|claim|link|connection|story
pattern: 016 comp=*
example: 016 | Rwanda denied accusations by Congo that it backs the M23 rebels.
example: 016 | Moscow denied Finland's charge of involvement in the damage to the Baltic Sea cables.
example: 016 | Pakistan denied India's accusation that it shelters the militants who attacked tourists in Kashmir.
note: "denied entry/visas/access" are refusals (12x) in other files and are not matched here. A denial is an event
note: only against a named accuser, its target (events-README.md): "denied any involvement" or "denied sheltering
note: militants" with no accuser codes nothing, and the coder drops a denial aimed at an actor of what it denies.

[verb v01-reject-charge]
lemma: reject | dismiss | refute | rebut | repudiate | contest | counter
pattern: 016 obj=&V01_BLAME_N prep=by|from
pattern: 016 obj=&V01_BLAME_N
pattern: 016 obj=&V01_BLAME_N target=none
example: 016 | Beijing dismissed allegations by Manila that its coast guard had rammed a Philippine supply boat.
example: 016 | Hungary rejected Ukraine's accusations that it was blocking aid.
example: 016 | Moldova's president accused Russia of plotting a coup, a charge Moscow dismissed as baseless.
note: The target of 016 is the accuser (codebook). "rejected claims" is left out: territorial claims are 12x.

[verb v01-deflect]
lemma: deflect
pattern: 016 obj=blame|responsibility|criticism|&V01_BLAME_N
example: 016 | The Serbian government deflected the opposition's blame for the canopy collapse in Novi Sad.

[verb v01-disown]
lemma: disown | disavow
pattern: 016
example: 016 | Hezbollah disowned Israel's claims that it fired the rockets from southern Lebanon.

[verb v01-distance]
lemma: distance
pattern: 016 prep=from obj=&V01_BLAME_N target=prep
example: 016 | The Afghan Taliban distanced themselves from Pakistan's accusations over the attack on a border post.
note: distancing oneself from an attack names no accuser and codes nothing (events-README.md).

[verb v01-brush-off]
lemma: brush | shrug | wave | laugh
pattern: 016 prt=off|aside obj=&V01_BLAME_N|criticism
example: 016 | Israel brushed off South Africa's accusations of genocide at the International Court of Justice.

[verb v01-maintain-innocence]
lemma: maintain | protest | proclaim
pattern: 016 obj=innocence prep=against target=prep
example: 016 | Former Pakistani Prime Minister Imran Khan maintained his innocence against the Pakistani government's charges.
note: Only "innocence": "maintain ties" and protests are other codes. Innocence maintained against no named accuser
note: codes nothing (events-README.md: a denial's target is its accuser).

# ---- 019 express accord ----------------------------------------------------------------------------------

[verb v01-concur]
lemma: concur
pattern: 019 prep=with
pattern: 019
example: 019 | Canada concurred with the British assessment of the cyberattack.

[verb v01-echo]
lemma: echo
pattern: 019 obj=view|call|concern|sentiment|position|assessment|remark|statement|warning
example: 019 | Seoul echoed Tokyo's concern over North Korea's satellite launch.

[verb v01-find]
lemma: find
pattern: 019 obj=&V01_ACCORD_N
example: 019 | India and China found common ground on border patrolling arrangements.

[verb v01-reach]
lemma: reach
pattern: 019 obj=&V01_ACCORD_N|understanding
pattern: 040 prt=out prep=to
example: 019 | Brazil and Argentina reached a consensus on the Mercosur trade deal with the EU.
example: 040 | The new Syrian government reached out to Moscow.
note: "reached an agreement/deal" is left to the agreement file (057 and 03x).

[verb v01-converge]
lemma: converge
pattern: 019 prep=on|upon target=none
example: 019 | The United States and Japan converged on a common approach to Chinese overcapacity.

[verb v01-see-eye]
lemma: see
pattern: 019 obj=eye
example: 019 | Macron and Meloni saw eye to eye on migration.

# ===============================================================================================================
# 02 APPEAL
# Appeals, requests, proposals and suggestions (codebook 020): milder than demands (10x, another file). The thing
# asked for decides the sub-code: by the complement verb ("urged X to RELEASE") or by the noun ("called for a
# CEASEFIRE", convention C1). The target is the one asked: the object of "urge/ask/encourage", the object of "on"
# in "call on", of "to" in "appeal to", of "with" in "plead with".

[verb v01-urge]
lemma: urge
pattern: 0253 comp=&V01_RELEASE_V
pattern: 0241 comp=&V01_LEADER_V
pattern: 0244 comp=&V01_INSTITUTION_V
pattern: 0242 comp=&V01_POLICY_V
pattern: 024 comp=&V01_REFORM_V
pattern: 0251 comp=&V01_ADMIN_V
pattern: 0252 comp=disperse
pattern: 0255 comp=&V01_ALLOW_V
pattern: 0256 comp=&V01_DEESCALATE_V
pattern: 025 comp=&V01_YIELD_V
pattern: 028 comp=&V01_MEDIATE_V
pattern: 027 comp=&V01_SETTLE_V
pattern: 026 comp=&V01_MEET_V
pattern: 0213 comp=&V01_JUDICIAL_V
pattern: 0211 comp=&V01_ECONOMIC_V
pattern: 0212 comp=&V01_MILCOOP_V
pattern: 0231 comp=&V01_ECONAID_V
pattern: 0232 comp=&V01_MILAID_V
pattern: 0233 comp=&V01_HUMAID_V
pattern: 0234 comp=&V01_PROTECT_V
pattern: 023 comp=&V01_AID_V
pattern: 022 comp=&V01_SUPPORT_V
pattern: 021 comp=&V01_MATCOOP_V
pattern: 0253 obj=&V01_RELEASE_N target=none
pattern: 0254 obj=&V01_SANCTIONRELIEF_N target=none
pattern: 0255 obj=&V01_ACCESS_N target=none
pattern: 0256 obj=&V01_CEASEFIRE_N prep=on|from
pattern: 0256 obj=&V01_CEASEFIRE_N target=none
pattern: 0252 obj=calm target=none
pattern: 0244 obj=&V01_INSTITUTION_N target=none
pattern: 0241 obj=&V01_LEADERSHIP_N target=none
pattern: 0243 obj=&V01_RIGHTS_N target=none
pattern: 0242 obj=&V01_POLICY_N target=none
pattern: 024 obj=&V01_REFORM_N target=none
pattern: 028 obj=&V01_MEDIATION_N target=none
pattern: 027 obj=&V01_SETTLEMENT_N target=none
pattern: 026 obj=&V01_NEGOTIATION_N|&V01_MEETING_N target=none
pattern: 0213 obj=&V01_JUDICIAL_N target=none
pattern: 0233 obj=&V01_HUMAID_N target=none
pattern: 020
example: 0253 | Pakistan urged India to release the fishermen held in its jails.
example: 0253 | The Israeli government was urged by the families to free the remaining hostages.
example: 0241 | Opposition parties urged Serbian Prime Minister Milos Vucevic to resign.
example: 0242 | The IMF urged Nigeria to reconsider its fuel subsidy policy.
example: 024 | The European Union urged Tunisia to reform its judiciary.
example: 0251 | Amnesty International urged Pakistan to unblock the social media platform X.
example: 0252 | Kenyan President William Ruto urged protesters to disperse.
example: 0255 | Antonio Guterres urged Israel to allow humanitarian aid into Gaza.
example: 0256 | China urged India and Pakistan to exercise restraint.
example: 0256 | Germany urged restraint on both sides after the clashes on the Thai-Cambodian border.
example: 025 | The United Nations urged Israel to ease restrictions on aid entering Gaza.
example: 028 | The Arab League urged Algeria to mediate in the Libyan crisis.
example: 027 | Saudi Arabia urged Pakistan and India to resolve their differences through diplomacy.
example: 026 | Angolan President Joao Lourenco urged Congo and Rwanda to negotiate.
example: 0213 | Turkey urged Sweden to extradite suspected members of the PKK.
example: 0211 | Sri Lanka urged Chinese companies to invest in the Colombo Port City.
example: 0233 | UNICEF urged European governments to resettle refugee children from Greek islands.
example: 023 | Volodymyr Zelensky urged G7 leaders to help Ukraine rebuild its energy grid.
example: 022 | Palestinian President Mahmoud Abbas urged European countries to recognise a Palestinian state.
example: 0254 | Syria's new foreign minister urged sanctions relief at the Davos forum.
example: 0244 | The European Union urged a return to civilian rule in Niger.
example: 020 | The European Commission urged Hungary to respect the rulings of the EU court.
example: 0243 | The UN human rights office urged greater freedoms for women in Afghanistan.
note: "urge" names the one appealed to as its object. Nouns in the object ("urged a ceasefire") give no target.

[verb v01-call]
lemma: call
pattern: 041 obj=counterpart|leader|president|minister|premier|chancellor|king|emir|prince|secretary
pattern: 0253 prep=on|upon comp=&V01_RELEASE_V
pattern: 0241 prep=on|upon comp=&V01_LEADER_V
pattern: 0244 prep=on|upon comp=&V01_INSTITUTION_V
pattern: 0242 prep=on|upon comp=&V01_POLICY_V
pattern: 024 prep=on|upon comp=&V01_REFORM_V
pattern: 0251 prep=on|upon comp=&V01_ADMIN_V
pattern: 0252 prep=on|upon comp=disperse
pattern: 0255 prep=on|upon comp=&V01_ALLOW_V
pattern: 0256 prep=on|upon comp=&V01_DEESCALATE_V
pattern: 025 prep=on|upon comp=&V01_YIELD_V
pattern: 028 prep=on|upon comp=&V01_MEDIATE_V
pattern: 027 prep=on|upon comp=&V01_SETTLE_V
pattern: 026 prep=on|upon comp=&V01_MEET_V
pattern: 0213 prep=on|upon comp=&V01_JUDICIAL_V
pattern: 0211 prep=on|upon comp=&V01_ECONOMIC_V
pattern: 0212 prep=on|upon comp=&V01_MILCOOP_V
pattern: 0231 prep=on|upon comp=&V01_ECONAID_V
pattern: 0232 prep=on|upon comp=&V01_MILAID_V
pattern: 0233 prep=on|upon comp=&V01_HUMAID_V
pattern: 0234 prep=on|upon comp=&V01_PROTECT_V
pattern: 023 prep=on|upon comp=&V01_AID_V
pattern: 022 prep=on|upon comp=&V01_SUPPORT_V
pattern: 021 prep=on|upon comp=&V01_MATCOOP_V
pattern: 020 prep=on|upon comp=*
pattern: 0253 prep=for obj=&V01_RELEASE_N target=none
pattern: 0254 prep=for obj=&V01_SANCTIONRELIEF_N target=none
pattern: 0255 prep=for obj=&V01_ACCESS_N target=none
pattern: 0256 prep=for obj=&V01_CEASEFIRE_N|end target=none
pattern: 0252 prep=for obj=calm target=none
pattern: 0244 prep=for obj=&V01_INSTITUTION_N target=none
pattern: 0241 prep=for obj=&V01_LEADERSHIP_N target=none
pattern: 0243 prep=for obj=&V01_RIGHTS_N target=none
pattern: 0242 prep=for obj=&V01_POLICY_N target=none
pattern: 024 prep=for obj=&V01_REFORM_N target=none
pattern: 028 prep=for obj=&V01_MEDIATION_N target=none
pattern: 027 prep=for obj=&V01_SETTLEMENT_N target=none
pattern: 026 prep=for obj=&V01_NEGOTIATION_N|&V01_MEETING_N target=none
pattern: 0213 prep=for obj=&V01_JUDICIAL_N target=none
pattern: 0214 prep=for obj=&V01_INTEL_N target=none
pattern: 0211 prep=for obj=&V01_ECONCOOP_N target=none
pattern: 0212 prep=for obj=&V01_MILCOOP_N target=none
pattern: 0231 prep=for obj=&V01_ECONAID_N target=none
pattern: 0232 prep=for obj=&MILITARY_AID target=none
pattern: 0233 prep=for obj=&V01_HUMAID_N target=none
pattern: 0234 prep=for obj=&V01_PEACEKEEPING_N|deployment target=none
pattern: 023 prep=for obj=&AID target=none
pattern: 022 prep=for obj=&V01_DIPLOSUPPORT_N target=none
pattern: 020 prep=for target=none
pattern: 041 prep=by|over voice=active target=obj
pattern: 0341 obj=election
pattern: 040 obj=&V01_MEETING_N target=none
example: 0253 | The UN Security Council called on the Houthis to release the crew of the Galaxy Leader.
example: 0253 | Qatar called for the release of all hostages held in Gaza.
example: 0241 | Opposition leaders in Bangladesh called on Prime Minister Sheikh Hasina to resign.
example: 0241 | The Georgian opposition called for new elections after the disputed vote.
example: 0243 | UN Secretary-General Antonio Guterres called for equal rights for Afghan women.
example: 0244 | The African Union called for constitutional reforms in Guinea.
example: 0256 | The European Union called for an immediate ceasefire in Sudan.
example: 0256 | Pope Francis called for an end to the fighting in eastern Congo.
example: 0252 | Sri Lankan President Ranil Wickremesinghe called for calm after protesters stormed his office.
example: 026 | The United States called on Serbia and Kosovo to negotiate in good faith.
example: 026 | Norway called for direct talks between Colombia's government and the ELN rebels.
example: 027 | France called for a political solution to the crisis in Lebanon.
example: 028 | The Organisation of Islamic Cooperation called for international mediation in the Kashmir dispute.
example: 0254 | Venezuela called for sanctions relief in talks with the United States.
example: 0255 | The World Health Organization called for humanitarian access to El Fasher.
example: 0214 | Ukraine called for more intelligence sharing from its Western partners.
example: 0232 | Taiwan called for more weapons from the United States to deter China.
example: 0234 | Haiti's transitional council called for a multinational force to restore security.
example: 0211 | Kenyan business leaders called for greater market access to the European Union.
example: 0212 | Estonia called for joint exercises with Finland in the Baltic.
example: 0231 | Zambia called for debt relief from its Chinese creditors.
example: 023 | The United Nations called for more aid for the Rohingya refugees in Bangladesh.
example: 022 | Kosovo called for diplomatic recognition from the five EU members that have withheld it.
example: 041 | Emmanuel Macron called his Russian counterpart on Tuesday.
example: 0341 | British Prime Minister Rishi Sunak called an early election for July.
example: 020 | Human rights groups called on Egypt to stop the trial of the activists.
example: 021 | NATO Secretary General Mark Rutte called on allies to pool resources for ammunition production.
example: 0242 | European farmers' unions called on the EU to scrap the deforestation law.
example: 025 | The United Nations called on Israel to lift restrictions on Gaza's fishermen.
example: 0251 | Reporters Without Borders called on Russia to reinstate the accreditation of foreign journalists.
note: "call on X to V" names the target (prep on); "call for N" gives the thing asked for and no target (C1).
note: "called X" with an official as object is a phone call (041); "called an election" is the intent to change
note: leadership (0341, codebook); "called a meeting" convenes one (040). "called the talks useful" is not matched.

[verb v01-appeal]
lemma: appeal
pattern: 0253 prep=to comp=&V01_RELEASE_V
pattern: 0241 prep=to comp=&V01_LEADER_V
pattern: 0242 prep=to comp=&V01_POLICY_V
pattern: 024 prep=to comp=&V01_REFORM_V
pattern: 0251 prep=to comp=&V01_ADMIN_V
pattern: 0252 prep=to comp=disperse
pattern: 0255 prep=to comp=&V01_ALLOW_V
pattern: 0256 prep=to comp=&V01_DEESCALATE_V
pattern: 025 prep=to comp=&V01_YIELD_V
pattern: 028 prep=to comp=&V01_MEDIATE_V
pattern: 027 prep=to comp=&V01_SETTLE_V
pattern: 026 prep=to comp=&V01_MEET_V
pattern: 0213 prep=to comp=&V01_JUDICIAL_V
pattern: 0211 prep=to comp=&V01_ECONOMIC_V
pattern: 0231 prep=to comp=&V01_ECONAID_V
pattern: 0232 prep=to comp=&V01_MILAID_V
pattern: 0233 prep=to comp=&V01_HUMAID_V
pattern: 0234 prep=to comp=&V01_PROTECT_V
pattern: 023 prep=to comp=&V01_AID_V
pattern: 022 prep=to comp=&V01_SUPPORT_V
pattern: 0253 prep=for obj=&V01_RELEASE_N target=none
pattern: 0254 prep=for obj=&V01_SANCTIONRELIEF_N target=none
pattern: 0255 prep=for obj=&V01_ACCESS_N target=none
pattern: 0256 prep=for obj=&V01_CEASEFIRE_N|end target=none
pattern: 0252 prep=for obj=calm target=none
pattern: 0241 prep=for obj=&V01_LEADERSHIP_N target=none
pattern: 0243 prep=for obj=&V01_RIGHTS_N target=none
pattern: 028 prep=for obj=&V01_MEDIATION_N target=none
pattern: 027 prep=for obj=&V01_SETTLEMENT_N target=none
pattern: 026 prep=for obj=&V01_NEGOTIATION_N target=none
pattern: 0231 prep=for obj=&V01_ECONAID_N target=none
pattern: 0232 prep=for obj=&MILITARY_AID target=none
pattern: 0233 prep=for obj=&V01_HUMAID_N target=none
pattern: 0234 prep=for obj=&V01_PEACEKEEPING_N target=none
pattern: 023 prep=for obj=&AID target=none
pattern: 022 prep=for obj=&V01_DIPLOSUPPORT_N target=none
pattern: 020 prep=to
pattern: 020 prep=for target=none
example: 0233 | The Taliban government appealed for humanitarian aid after the earthquake in Herat.
example: 023 | Malawi appealed for international assistance after Cyclone Freddy.
example: 0252 | Bangladesh's army chief appealed for calm after days of deadly protests.
example: 0253 | The families of the crew appealed to the Houthis to free the sailors.
example: 0256 | Pope Francis appealed to Israel and Hezbollah to cease hostilities.
example: 0231 | Sri Lanka appealed for emergency loans after defaulting on its foreign debt.
example: 020 | The Ukrainian president appealed to the US Congress.
note: "appealed to X for N" keeps the noun's code and loses X (C1 reads the object of "for").
note: Court appeals ("appealed the ruling", "appealed against the verdict") are not matched.

[verb v01-ask]
lemma: ask
pattern: 0253 comp=&V01_RELEASE_V
pattern: 0241 comp=&V01_LEADER_V
pattern: 0242 comp=&V01_POLICY_V
pattern: 0251 comp=&V01_ADMIN_V
pattern: 0252 comp=disperse
pattern: 0255 comp=&V01_ALLOW_V
pattern: 0256 comp=&V01_DEESCALATE_V
pattern: 025 comp=&V01_YIELD_V
pattern: 038 comp=&V01_MEDIATE_V
pattern: 027 comp=&V01_SETTLE_V
pattern: 026 comp=&V01_MEET_V
pattern: 0213 comp=&V01_JUDICIAL_V
pattern: 0211 comp=&V01_ECONOMIC_V
pattern: 0212 comp=&V01_MILCOOP_V
pattern: 0231 comp=&V01_ECONAID_V
pattern: 0232 comp=&V01_MILAID_V
pattern: 0233 comp=&V01_HUMAID_V
pattern: 0234 comp=&V01_PROTECT_V
pattern: 023 comp=&V01_AID_V
pattern: 022 comp=&V01_SUPPORT_V
pattern: 021 comp=&V01_MATCOOP_V
pattern: 0253 prep=for obj=&V01_RELEASE_N target=none
pattern: 0254 prep=for obj=&V01_SANCTIONRELIEF_N target=none
pattern: 0256 prep=for obj=&V01_CEASEFIRE_N target=none
pattern: 038 prep=for obj=&V01_MEDIATION_N target=none
pattern: 036 prep=for obj=&V01_NEGOTIATION_N|&V01_MEETING_N target=none
pattern: 0213 prep=for obj=&V01_JUDICIAL_N target=none
pattern: 0214 prep=for obj=&V01_INTEL_N|information|data|evidence target=none
pattern: 0231 prep=for obj=&V01_ECONAID_N target=none
pattern: 0232 prep=for obj=&MILITARY_AID target=none
pattern: 0233 prep=for obj=&V01_HUMAID_N target=none
pattern: 0234 prep=for obj=&V01_PEACEKEEPING_N target=none
pattern: 023 prep=for obj=&AID target=none
pattern: 022 prep=for obj=&V01_DIPLOSUPPORT_N target=none
pattern: 020 prep=for target=obj
pattern: 010 prep=about target=none
pattern: 020 !obj=question
example: 0212 | Poland asked NATO allies to station more troops on its eastern flank.
example: 0213 | Turkey asked Sweden to extradite a journalist accused of links to the 2016 coup attempt.
example: 038 | Sudan's army asked Saudi Arabia to mediate with the Rapid Support Forces.
example: 0233 | Libya asked for medicine and rescue teams after the floods in Derna.
example: 0232 | Kyiv asked for more air defence missiles ahead of the winter.
example: 0231 | Egypt asked the Gulf states to lend it money to cover the budget gap.
example: 0241 | Protesters in Nepal asked the prime minister to resign.
example: 020 | Ecuador asked Mexico for safe passage for the former vice president.
note: "asked X for N" keeps X as target and cannot see N (C1 only reads "for" when there is no object): 020.

[verb v01-request]
lemma: request | solicit
pattern: 0253 comp=&V01_RELEASE_V
pattern: 038 comp=&V01_MEDIATE_V
pattern: 026 comp=&V01_MEET_V
pattern: 0213 comp=extradite
pattern: 036 obj=&V01_NEGOTIATION_N|&V01_MEETING_N prep=with
pattern: 0213 obj=&V01_JUDICIAL_N prep=from
pattern: 0213 obj=&V01_JUDICIAL_N target=none
pattern: 0214 obj=&V01_INTEL_N|information|data|evidence|detail prep=from
pattern: 0214 obj=&V01_INTEL_N|information|data|evidence|detail target=none
pattern: 0231 obj=&V01_ECONAID_N prep=from
pattern: 0231 obj=&V01_ECONAID_N target=none
pattern: 0232 obj=&MILITARY_AID prep=from
pattern: 0232 obj=&MILITARY_AID target=none
pattern: 0233 obj=&V01_HUMAID_N prep=from
pattern: 0233 obj=&V01_HUMAID_N target=none
pattern: 0234 obj=&V01_PEACEKEEPING_N|deployment prep=from
pattern: 0234 obj=&V01_PEACEKEEPING_N|deployment target=none
pattern: 023 obj=&AID prep=from
pattern: 023 obj=&AID target=none
pattern: 038 obj=&V01_MEDIATION_N target=none
pattern: 026 obj=&V01_NEGOTIATION_N|&V01_MEETING_N target=none
pattern: 0256 obj=&V01_CEASEFIRE_N target=none
pattern: 0253 obj=&V01_RELEASE_N target=none
pattern: 022 obj=&V01_DIPLOSUPPORT_N prep=from
pattern: 020 prep=from
pattern: 020
example: 0213 | Germany formally requested the extradition of the suspect from Italy.
example: 0214 | Kyiv requested satellite intelligence from Washington.
example: 0234 | Haiti's government requested the deployment of a multinational security force.
example: 0232 | Taiwan requested additional weapons from the United States.
example: 036 | Iran requested a meeting with the IAEA chief.
example: 026 | Russia requested an emergency meeting of the UN Security Council.
example: 023 | Nepal solicited help from India after the floods.
note: A party that requests a meeting with someone intends to meet (036); a request for a meeting of a body is 026.

[verb v01-seek]
lemma: seek
pattern: 039 comp=&V01_MEDIATE_V
pattern: 036 comp=&V01_MEET_V
pattern: 036 obj=&V01_NEGOTIATION_N|&V01_MEETING_N prep=with
pattern: 038 obj=&V01_MEDIATION_N target=none
pattern: 0253 obj=&V01_RELEASE_N target=none
pattern: 0254 obj=&V01_SANCTIONRELIEF_N prep=from
pattern: 0254 obj=&V01_SANCTIONRELIEF_N target=none
pattern: 0256 obj=&V01_CEASEFIRE_N target=none
pattern: 0213 obj=&V01_JUDICIAL_N prep=from
pattern: 0213 obj=&V01_JUDICIAL_N target=none
pattern: 0214 obj=&V01_INTEL_N|information|clarification|detail prep=from
pattern: 0211 obj=&V01_ECONCOOP_N prep=from
pattern: 0231 obj=&V01_ECONAID_N prep=from
pattern: 0231 obj=&V01_ECONAID_N target=none
pattern: 0232 obj=&MILITARY_AID prep=from
pattern: 0232 obj=&MILITARY_AID target=none
pattern: 0233 obj=&V01_HUMAID_N prep=from|in
pattern: 0233 obj=&V01_HUMAID_N target=none
pattern: 0234 obj=&V01_PEACEKEEPING_N prep=from
pattern: 023 obj=&AID prep=from
pattern: 023 obj=&AID target=none
pattern: 022 obj=&V01_DIPLOSUPPORT_N prep=from
pattern: 036 obj=&V01_NEGOTIATION_N target=none
pattern: 020 obj=clarification|explanation|assurance|guarantee prep=from
example: 0231 | Pakistan sought a new loan from the International Monetary Fund.
example: 0233 | Hundreds of Afghan journalists sought asylum in Germany.
example: 0254 | Iran sought sanctions relief from Washington in the Oman talks.
example: 036 | North Korea sought talks with the United States.
example: 038 | Ethiopia sought African Union mediation in its dispute with Egypt.
example: 039 | Qatar sought to mediate between Israel and Iran.
example: 022 | Armenia sought diplomatic backing from France.
note: "seek" without these objects ("sought re-election", "sought revenge", "sought the death penalty") is not matched.

[verb v01-press]
lemma: press
pattern: 0253 comp=&V01_RELEASE_V
pattern: 0241 comp=&V01_LEADER_V
pattern: 0242 comp=&V01_POLICY_V
pattern: 024 comp=&V01_REFORM_V
pattern: 0255 comp=&V01_ALLOW_V
pattern: 0256 comp=&V01_DEESCALATE_V
pattern: 025 comp=&V01_YIELD_V
pattern: 027 comp=&V01_SETTLE_V
pattern: 026 comp=&V01_MEET_V
pattern: 0213 comp=&V01_JUDICIAL_V
pattern: 0211 comp=&V01_ECONOMIC_V
pattern: 022 comp=&V01_SUPPORT_V
pattern: 0253 prep=for obj=&V01_RELEASE_N target=none
pattern: 0254 prep=for obj=&V01_SANCTIONRELIEF_N target=none
pattern: 0255 prep=for obj=&V01_ACCESS_N target=none
pattern: 0256 prep=for obj=&V01_CEASEFIRE_N|end target=none
pattern: 0243 prep=for obj=&V01_RIGHTS_N target=none
pattern: 0244 prep=for obj=&V01_INSTITUTION_N target=none
pattern: 0241 prep=for obj=&V01_LEADERSHIP_N target=none
pattern: 024 prep=for obj=&V01_REFORM_N target=none
pattern: 027 prep=for obj=&V01_SETTLEMENT_N target=none
pattern: 026 prep=for obj=&V01_NEGOTIATION_N target=none
pattern: 0211 prep=for obj=&V01_ECONCOOP_N target=none
pattern: 0232 prep=for obj=&MILITARY_AID target=none
pattern: 020 prep=on target=obj !obj=charge|button
pattern: 020 prep=for target=none
example: 0253 | Washington pressed Moscow to free the detained American journalist.
example: 0243 | The Syrian Democratic Forces pressed for greater autonomy in the new Syria.
example: 0211 | British exporters pressed for a trade deal with India.
example: 020 | Blinken pressed Beijing on its support for Russia's war industry.
note: Pressing is still an appeal in the codebook; "pressed charges" and "pressed ahead" are not matched.

[verb v01-push]
lemma: push | lobby | campaign
pattern: 0253 comp=&V01_RELEASE_V
pattern: 0242 comp=&V01_POLICY_V
pattern: 0256 comp=&V01_DEESCALATE_V
pattern: 026 comp=&V01_MEET_V
pattern: 022 comp=&V01_SUPPORT_V
pattern: 0253 prep=for obj=&V01_RELEASE_N target=none
pattern: 0254 prep=for obj=&V01_SANCTIONRELIEF_N target=none
pattern: 0256 prep=for obj=&V01_CEASEFIRE_N target=none
pattern: 0243 prep=for obj=&V01_RIGHTS_N target=none
pattern: 0244 prep=for obj=&V01_INSTITUTION_N target=none
pattern: 024 prep=for obj=&V01_REFORM_N target=none
pattern: 027 prep=for obj=&V01_SETTLEMENT_N target=none
pattern: 026 prep=for obj=&V01_NEGOTIATION_N target=none
pattern: 022 prep=for obj=&V01_DIPLOSUPPORT_N target=none
example: 0256 | France pushed for a humanitarian truce in Sudan.
example: 022 | Ukraine lobbied African states to support its peace formula.
example: 024 | Indonesian student groups campaigned for political reform.
note: Only with "for" or an infinitive: "pushed back", "pushed into" and military pushes are not matched.

[verb v01-plead]
lemma: plead
pattern: 0253 prep=with comp=&V01_RELEASE_V
pattern: 0256 prep=with comp=&V01_DEESCALATE_V
pattern: 0233 prep=with comp=&V01_HUMAID_V
pattern: 023 prep=with comp=&V01_AID_V
pattern: 020 prep=with
pattern: 0233 prep=for obj=&V01_HUMAID_N target=none
pattern: 023 prep=for obj=&AID target=none
pattern: 0256 prep=for obj=&V01_CEASEFIRE_N target=none
pattern: 0253 prep=for obj=&V01_RELEASE_N target=none
example: 023 | Zelensky pleaded with Congress to help Ukraine defend its skies.
example: 0233 | Aid groups in Gaza pleaded for food and medicine.
note: "pleaded guilty/not guilty" is a court plea and is not matched.

[verb v01-implore]
lemma: implore | beseech | entreat | beg | exhort | enjoin
pattern: 0253 comp=&V01_RELEASE_V
pattern: 0241 comp=&V01_LEADER_V
pattern: 0256 comp=&V01_DEESCALATE_V
pattern: 0255 comp=&V01_ALLOW_V
pattern: 027 comp=&V01_SETTLE_V
pattern: 026 comp=&V01_MEET_V
pattern: 0233 comp=&V01_HUMAID_V
pattern: 023 comp=&V01_AID_V
pattern: 0253 prep=for obj=&V01_RELEASE_N target=none
pattern: 023 prep=for obj=&AID target=none
pattern: 020
example: 0253 | The mother of the kidnapped aid worker implored the militants to free her son.
example: 0256 | The Catholic bishops of Congo implored the M23 rebels to withdraw from Goma.

[verb v01-encourage]
lemma: encourage | nudge
pattern: 0253 comp=&V01_RELEASE_V
pattern: 0244 comp=&V01_INSTITUTION_V
pattern: 0242 comp=&V01_POLICY_V
pattern: 024 comp=&V01_REFORM_V
pattern: 0255 comp=&V01_ALLOW_V
pattern: 0256 comp=&V01_DEESCALATE_V
pattern: 025 comp=&V01_YIELD_V
pattern: 028 comp=&V01_MEDIATE_V
pattern: 027 comp=&V01_SETTLE_V
pattern: 026 comp=&V01_MEET_V
pattern: 0211 comp=&V01_ECONOMIC_V
pattern: 0212 comp=&V01_MILCOOP_V
pattern: 0233 comp=&V01_HUMAID_V
pattern: 023 comp=&V01_AID_V
pattern: 022 comp=&V01_SUPPORT_V
pattern: 021 comp=&V01_MATCOOP_V|&V01_COOPERATE_V
pattern: 026 obj=&V01_NEGOTIATION_N target=none
pattern: 027 obj=&V01_SETTLEMENT_N target=none
pattern: 0211 obj=&V01_ECONCOOP_N target=none
pattern: 020 voice=active
example: 026 | China encouraged Russia and Ukraine to negotiate.
example: 0211 | Vietnam encouraged Japanese companies to invest in its semiconductor industry.
example: 021 | The European Commission encouraged member states to pool their defence purchases.
example: 027 | The African Union encouraged reconciliation in South Sudan.
note: Only the active voice generically: "Iran is encouraged by the progress" is a feeling, not an appeal.

[verb v01-invite]
lemma: invite
pattern: 038 comp=&V01_MEDIATE_V
pattern: 036 comp=&V01_MEET_V|join|attend|come
pattern: 036 prep=to|for target=obj !obj=bid|tender|application|proposal|comment|question|criticism|submission|offer|ridicule|scrutiny
pattern: 0211 comp=invest|build|open|establish|expand|develop|finance|fund|trade
pattern: 020 comp=*
example: 036 | Xi Jinping invited Vladimir Putin to visit China next year.
example: 0211 | Vietnam's prime minister invited South Korean chipmakers to open factories in Hanoi.
example: 020 | Fiji invited Australian police to help patrol its waters.
example: 036 | Seoul invited Japan's foreign minister to the trilateral summit.
example: 038 | Sudan invited the African Union to mediate with the rebels.
note: The inviter expresses its intent to meet (036, codebook); inviting a mediator is accepting mediation (038);
note: inviting another actor to do anything else is an appeal (02x): to invest or build, economic (0211).

[verb v01-propose]
lemma: propose | suggest | recommend | advocate | advise
pattern: 036 obj=&V01_NEGOTIATION_N|&V01_MEETING_N prep=with
pattern: 0253 obj=&V01_RELEASE_N target=none
pattern: 0256 obj=&V01_CEASEFIRE_N target=none
pattern: 0244 obj=&V01_INSTITUTION_N target=none
pattern: 0241 obj=&V01_LEADERSHIP_N target=none
pattern: 028 obj=&V01_MEDIATION_N target=none
pattern: 027 obj=&V01_SETTLEMENT_N target=none
pattern: 026 obj=&V01_NEGOTIATION_N|&V01_MEETING_N target=none
pattern: 0212 obj=&V01_MILCOOP_N target=none
pattern: 0211 obj=&V01_ECONCOOP_N target=none
pattern: 0234 obj=&V01_PEACEKEEPING_N target=none
pattern: 0213 comp=extradite
pattern: 026 comp=&V01_MEET_V
example: 0256 | Turkey proposed a ceasefire in the Black Sea to protect shipping.
example: 036 | Seoul proposed talks with Pyongyang on reuniting separated families.
example: 027 | Donald Trump proposed a peace plan for Gaza.
example: 0212 | The Philippines proposed joint patrols with Japan in the South China Sea.
example: 0234 | Estonia suggested a reassurance force for Ukraine after a ceasefire.
note: Proposals are appeals (020 family, codebook). Proposing talks WITH someone is a party's intent to meet (036).
note: No bare pattern: "proposed a budget/bill/candidate" is domestic business.

[verb v01-apply]
lemma: apply
pattern: 0233 prep=for obj=asylum|refuge|protection|visa target=none
pattern: 022 prep=for obj=membership|accession|status target=none
pattern: 0231 prep=for obj=&V01_ECONAID_N target=none
pattern: 022 comp=join
example: 0233 | Former Afghan army officers applied for asylum in Pakistan.
example: 022 | Ukraine applied for membership of the European Union.
example: 022 | Finland applied to join NATO in May 2022.

[verb v01-petition]
lemma: petition
pattern: 0253 comp=&V01_RELEASE_V
pattern: 0242 comp=&V01_POLICY_V
pattern: 0251 comp=&V01_ADMIN_V
pattern: 0253 prep=for obj=&V01_RELEASE_N target=none
pattern: 020
example: 0253 | Families of the detained Indian sailors petitioned Qatar to release them.
example: 020 | Hong Kong lawmakers petitioned Beijing over the election law.

[verb v01-renew-call]
lemma: renew | reiterate | repeat | restate | reaffirm
pattern: 020 obj=call|appeal|plea|request|invitation
pattern: 032 obj=&V01_DIPLOSUPPORT_N|support prep=for|to
pattern: 032 obj=&V01_DIPLOSUPPORT_N|support target=none
pattern: 030 obj=commitment|pledge|promise|resolve|readiness|willingness|determination
pattern: 010 obj=position|stance|view|opposition
pattern: 046 obj=&V01_NEGOTIATION_N prep=with
pattern: 046 obj=&V01_NEGOTIATION_N target=none
example: 046 | Armenia and Azerbaijan renewed negotiations on a peace treaty in Washington.
example: 046 | Kosovo renewed talks with Serbia under EU mediation in Brussels.
example: 020 | The Vatican renewed its call for peace talks between Russia and Ukraine.
example: 032 | Japan reaffirmed its support for Ukraine's territorial integrity.
example: 030 | Germany reiterated its commitment to NATO's eastern flank.
example: 010 | Beijing reiterated its position on the Taiwan question.
note: "reaffirmed support" is a renewed commitment to back a policy (032); "renewed sanctions" is another file.

[verb v01-make]
lemma: make
pattern: 041 obj=&V01_PHONECALL_N prep=to|with
pattern: 042 obj=&V01_VISIT_N prep=to|in
pattern: 042 obj=&V01_VISIT_N target=none
pattern: 020 obj=appeal|plea|request|proposal|suggestion prep=to
pattern: 020 obj=appeal|plea|request|proposal|suggestion target=none
pattern: 030 obj=overture|offer|commitment|pledge|promise prep=to
pattern: 030 obj=overture|offer|commitment|pledge|promise target=none
pattern: 010 obj=&V01_STATEMENT_N prep=to
pattern: 010 obj=&V01_STATEMENT_N target=none
example: 041 | Erdogan made a phone call to Netanyahu for the first time in a decade.
example: 042 | Kenyan President William Ruto made a state visit to China.
example: 020 | The World Food Programme made an urgent appeal to donors for Sudan.
example: 030 | The new Syrian leadership made overtures to the Gulf states.
example: 010 | The Thai prime minister made a statement on the border clashes.
note: "made a call" alone is left out: a phone call or an appeal.

# ===============================================================================================================
# 03 EXPRESS INTENT TO COOPERATE
# Offers, promises, pledges, agreements to do something cooperative. The complement verb ("pledged TO MEDIATE") or
# the noun ("pledged AID", "agreed TO TALKS", convention C1) decides the sub-code. None of these verbs has a bare
# pattern: "vowed to retaliate" or "agreed to expel diplomats" must go to the coder's verb-chain rule (intent to do
# the complement's event), not to a generic 030.

[verb v01-agree]
lemma: agree
pattern: 039 comp=&V01_MEDIATE_V
pattern: 0353 comp=&V01_RELEASE_V
pattern: 0341 comp=&V01_LEADER_V
pattern: 0344 comp=&V01_INSTITUTION_V
pattern: 0342 comp=&V01_POLICY_V
pattern: 034 comp=&V01_REFORM_V
pattern: 0351 comp=&V01_ADMIN_V
pattern: 0352 comp=disperse
pattern: 0355 comp=&V01_ALLOW_V
pattern: 0356 comp=&V01_DEESCALATE_V
pattern: 035 comp=&V01_YIELD_V
pattern: 037 comp=&V01_SETTLE_V
pattern: 036 comp=&V01_MEET_V
pattern: 0313 comp=extradite
pattern: 0311 comp=&V01_ECONOMIC_V
pattern: 0312 comp=&V01_MILCOOP_V
pattern: 0331 comp=&V01_ECONAID_V
pattern: 0332 comp=&V01_MILAID_V
pattern: 0333 comp=&V01_HUMAID_V
pattern: 0334 comp=&V01_PROTECT_V
pattern: 033 comp=&V01_AID_V
pattern: 032 comp=&V01_SUPPORT_V
pattern: 031 comp=&V01_MATCOOP_V
pattern: 030 comp=&V01_COOPERATE_V
pattern: 019 comp=be|need|remain|require
pattern: 038 prep=to obj=&V01_MEDIATION_N target=none
pattern: 0353 prep=to obj=&V01_RELEASE_N target=none
pattern: 0354 prep=to obj=&V01_SANCTIONRELIEF_N target=none
pattern: 0355 prep=to obj=&V01_ACCESS_N|deployment target=none
pattern: 0341 prep=to obj=&V01_LEADERSHIP_N target=none
pattern: 0344 prep=to obj=&V01_INSTITUTION_N target=none
pattern: 0343 prep=to obj=&V01_RIGHTS_N target=none
pattern: 037 prep=to obj=&V01_SETTLEMENT_N target=none
pattern: 036 prep=to obj=&V01_NEGOTIATION_N|&V01_MEETING_N|&V01_VISIT_N target=none
pattern: 0314 prep=to obj=&V01_INTEL_N target=none
pattern: 035 prep=to obj=demand|condition|concession|term target=none
pattern: 030 prep=to obj=&AGREEMENT|plan|proposal|request|framework|extension|renewal|formula|initiative|compromise|roadmap|package target=none
pattern: 0353 prep=on|upon obj=&V01_RELEASE_N target=none
pattern: 036 prep=on|upon obj=&V01_NEGOTIATION_N|&V01_MEETING_N target=none
pattern: 037 prep=on|upon obj=&V01_SETTLEMENT_N target=none
pattern: 0311 prep=on|upon obj=&V01_ECONCOOP_N target=none
pattern: 0312 prep=on|upon obj=&V01_MILCOOP_N target=none
pattern: 0314 prep=on|upon obj=&V01_INTEL_N target=none
pattern: 019 prep=on|upon obj=need|importance|necessity|urgency target=none
pattern: 030 prep=on|upon obj=&AGREEMENT|plan|roadmap|framework|step|measure target=none
pattern: 0353 obj=&V01_RELEASE_N target=none
pattern: 019 prep=with
pattern: 019 prep=on|upon target=none
example: 030 | Brazil and China agreed to cooperate on satellite technology.
example: 031 | Kazakhstan and Azerbaijan agreed to build a power cable under the Caspian Sea.
example: 0311 | India and the United Arab Emirates agreed to trade in rupees and dirhams.
example: 0312 | Japan and the Philippines agreed on joint military exercises in the South China Sea.
example: 0313 | Spain agreed to extradite a former Venezuelan intelligence chief to the United States.
example: 0314 | Kenya and Somalia agreed on intelligence sharing against al-Shabaab.
example: 0353 | Hamas agreed to release 33 hostages in the first phase of the deal.
example: 0353 | Russia and Ukraine agreed to a prisoner swap in Istanbul.
example: 0356 | Armenia agreed to withdraw its troops from the disputed border villages.
example: 036 | Vladimir Putin agreed to meet Donald Trump in Alaska.
example: 036 | The Colombian government and the ELN agreed to new talks in Mexico City.
example: 037 | Armenia and Azerbaijan agreed to settle the border demarcation through talks.
example: 038 | Sudan's army agreed to Saudi mediation with the Rapid Support Forces.
example: 0341 | Bolivian President Evo Morales agreed to new elections after the disputed vote.
example: 0344 | Chad's military council agreed to a new constitution before the elections.
example: 0343 | The Malian junta agreed to freedom of assembly for political parties.
example: 0342 | Kenya agreed to scrap the finance bill after the protests.
example: 0355 | Iran agreed to allow IAEA inspectors back into its enrichment sites.
example: 0355 | The Venezuelan government agreed to international observers at the presidential vote.
example: 0351 | The Turkish government agreed to reinstate academics dismissed after the coup attempt.
example: 0352 | Protesters outside Pakistan's parliament agreed to disperse after the government offered talks.
example: 035 | Israel agreed to ease restrictions on fuel entering Gaza.
example: 0354 | The United States agreed to sanctions relief for Syria's new government.
example: 0331 | Saudi Arabia agreed to finance Pakistan's oil imports for a year.
example: 019 | Macron and Scholz agreed that Europe needed to spend more on defence.
example: 019 | Canada agreed with the Danish position on Greenland.
note: "agree that ..." is accord (019): the clause's head verb is "be/need/remain/require". "agreed on the need" too.
note: "agreed a ceasefire/deal" with a direct object is 0871/057 in verbs-05-08; "agreed to/on" is the intent here.

[verb v01-pledge]
lemma: pledge
pattern: 039 comp=&V01_MEDIATE_V
pattern: 0353 comp=&V01_RELEASE_V
pattern: 0341 comp=&V01_LEADER_V
pattern: 0344 comp=&V01_INSTITUTION_V
pattern: 0342 comp=&V01_POLICY_V
pattern: 034 comp=&V01_REFORM_V
pattern: 0351 comp=&V01_ADMIN_V
pattern: 0355 comp=&V01_ALLOW_V
pattern: 0356 comp=&V01_DEESCALATE_V
pattern: 035 comp=&V01_YIELD_V
pattern: 037 comp=&V01_SETTLE_V
pattern: 036 comp=&V01_MEET_V
pattern: 0313 comp=extradite
pattern: 0311 comp=&V01_ECONOMIC_V
pattern: 0312 comp=&V01_MILCOOP_V
pattern: 0331 comp=&V01_ECONAID_V
pattern: 0332 comp=&V01_MILAID_V
pattern: 0333 comp=&V01_HUMAID_V
pattern: 0334 comp=&V01_PROTECT_V
pattern: 033 comp=&V01_AID_V
pattern: 032 comp=&V01_SUPPORT_V
pattern: 031 comp=&V01_MATCOOP_V
pattern: 030 comp=&V01_COOPERATE_V
pattern: 0354 obj=&V01_SANCTIONRELIEF_N prep=to|for
pattern: 0356 obj=&V01_CEASEFIRE_N target=none
pattern: 0341 obj=&V01_LEADERSHIP_N target=none
pattern: 0344 obj=&V01_INSTITUTION_N target=none
pattern: 0343 obj=&V01_RIGHTS_N target=none
pattern: 0342 obj=&V01_POLICY_N target=none
pattern: 034 obj=&V01_REFORM_N target=none
pattern: 0313 obj=&V01_JUDICIALCOOP_N prep=with|to
pattern: 0314 obj=&V01_INTEL_N prep=with|to
pattern: 0314 obj=&V01_INTEL_N target=none
pattern: 0311 obj=&V01_ECONCOOP_N prep=with|in
pattern: 0311 obj=&V01_ECONCOOP_N target=none
pattern: 0312 obj=&V01_MILCOOP_N prep=with
pattern: 0312 obj=&V01_MILCOOP_N target=none
pattern: 0333 obj=&V01_HUMAID_N prep=to|for
pattern: 0333 obj=&V01_HUMAID_N target=none
pattern: 0332 obj=&MILITARY_AID|&V01_MILAID_N prep=to|for
pattern: 0332 obj=&MILITARY_AID|&V01_MILAID_N target=none
pattern: 0331 obj=&V01_ECONAID_N prep=to|for
pattern: 0331 obj=&V01_ECONAID_N target=none
pattern: 0334 obj=&V01_PEACEKEEPING_N|&TROOPS prep=to|for
pattern: 0334 obj=&V01_PEACEKEEPING_N|&TROOPS target=none
pattern: 032 obj=&V01_DIPLOSUPPORT_N prep=to|for
pattern: 032 obj=&V01_DIPLOSUPPORT_N target=none
pattern: 033 obj=&AID prep=to|for
pattern: 033 obj=&AID target=none
pattern: 030 obj=&V01_COOP_N|allegiance|loyalty prep=with|to
pattern: 030 obj=&V01_COOP_N|allegiance|loyalty target=none
example: 0331 | Saudi Arabia pledged a two billion dollar deposit to Pakistan's central bank.
example: 0331 | The World Bank pledged a new loan to Ukraine for energy repairs.
example: 0332 | Germany pledged more tanks to Ukraine.
example: 0332 | Britain pledged to arm the Kurdish fighters in northern Syria.
example: 0333 | The European Union pledged humanitarian aid to Sudan.
example: 0334 | France pledged troops to a reassurance force for Ukraine.
example: 0312 | Japan and the Philippines pledged closer defence cooperation.
example: 0314 | Saudi Arabia and Oman pledged intelligence cooperation against drug smuggling.
example: 032 | Spain pledged to recognise a Palestinian state.
example: 033 | Japan pledged to help Ukraine rebuild its power plants.
example: 0344 | Bangladesh's interim government pledged electoral reform before the vote.
example: 0341 | The Gabonese junta pledged elections within two years.
example: 030 | Vietnam and Indonesia pledged closer cooperation in the fishing sector.
example: 0311 | South Korea pledged new investment in the United States.
example: 031 | India and Bangladesh pledged to build a cross-border fuel pipeline.
example: 034 | The new Nepali government pledged to overhaul the civil service.
note: A pledge of aid is a commitment (033x), not a delivery (07x). "pledged support" is aid (033) unless named
note: political or diplomatic (032).

[verb v01-promise]
lemma: promise
pattern: 039 comp=&V01_MEDIATE_V
pattern: 0353 comp=&V01_RELEASE_V
pattern: 0341 comp=&V01_LEADER_V
pattern: 0344 comp=&V01_INSTITUTION_V
pattern: 0342 comp=&V01_POLICY_V
pattern: 034 comp=&V01_REFORM_V
pattern: 0351 comp=&V01_ADMIN_V
pattern: 0352 comp=disperse
pattern: 0355 comp=&V01_ALLOW_V
pattern: 0356 comp=&V01_DEESCALATE_V
pattern: 035 comp=&V01_YIELD_V
pattern: 037 comp=&V01_SETTLE_V
pattern: 036 comp=&V01_MEET_V
pattern: 0313 comp=extradite
pattern: 0311 comp=&V01_ECONOMIC_V
pattern: 0331 comp=&V01_ECONAID_V
pattern: 0332 comp=&V01_MILAID_V
pattern: 0333 comp=&V01_HUMAID_V
pattern: 0334 comp=&V01_PROTECT_V
pattern: 033 comp=&V01_AID_V
pattern: 032 comp=&V01_SUPPORT_V
pattern: 031 comp=&V01_MATCOOP_V
pattern: 030 comp=&V01_COOPERATE_V
pattern: 0353 obj=&V01_RELEASE_N target=none
pattern: 0354 obj=&V01_SANCTIONRELIEF_N target=none
pattern: 0356 obj=&V01_CEASEFIRE_N target=none
pattern: 0341 obj=&V01_LEADERSHIP_N target=none
pattern: 0344 obj=&V01_INSTITUTION_N target=none
pattern: 0343 obj=&V01_RIGHTS_N target=none
pattern: 0342 obj=&V01_POLICY_N target=none
pattern: 034 obj=&V01_REFORM_N target=none
pattern: 0333 obj=&V01_HUMAID_N prep=to|for
pattern: 0333 obj=&V01_HUMAID_N target=none
pattern: 0332 obj=&MILITARY_AID|&V01_MILAID_N prep=to|for
pattern: 0332 obj=&MILITARY_AID|&V01_MILAID_N target=none
pattern: 0331 obj=&V01_ECONAID_N prep=to|for
pattern: 0331 obj=&V01_ECONAID_N target=none
pattern: 0334 obj=&V01_PEACEKEEPING_N|&TROOPS prep=to|for
pattern: 032 obj=&V01_DIPLOSUPPORT_N prep=to|for
pattern: 033 obj=&AID prep=to|for
pattern: 033 obj=&AID target=none
pattern: 030 obj=&V01_COOP_N target=none
example: 0344 | Serbian opposition leaders promised to democratise the public broadcaster and the courts.
example: 034 | Sri Lankan President Anura Kumara Dissanayake promised to reform the police.
example: 0342 | The Polish government promised to reverse the judicial changes of its predecessor.
example: 0343 | The Syrian interim president promised equal rights for all religious minorities.
example: 0353 | The Taliban promised to free the detained British couple.
example: 0352 | The leaders of the farmers' protest promised to disperse after the government accepted their demands.
example: 0351 | Ethiopia promised to unblock internet access in the Amhara region.
example: 0331 | China promised a new loan to Sri Lanka.
example: 036 | Donald Trump promised to talk to Vladimir Putin.
example: 039 | Kenyan President William Ruto promised to mediate in the Sudan conflict.

[verb v01-vow]
lemma: vow | swear
pattern: 039 comp=&V01_MEDIATE_V
pattern: 0353 comp=&V01_RELEASE_V
pattern: 0341 comp=&V01_LEADER_V
pattern: 0344 comp=&V01_INSTITUTION_V
pattern: 0342 comp=&V01_POLICY_V
pattern: 034 comp=&V01_REFORM_V
pattern: 0356 comp=&V01_DEESCALATE_V
pattern: 037 comp=&V01_SETTLE_V
pattern: 036 comp=&V01_MEET_V
pattern: 0311 comp=&V01_ECONOMIC_V
pattern: 0331 comp=&V01_ECONAID_V
pattern: 0332 comp=&V01_MILAID_V
pattern: 0333 comp=&V01_HUMAID_V
pattern: 0334 comp=&V01_PROTECT_V
pattern: 033 comp=&V01_AID_V
pattern: 032 comp=&V01_SUPPORT_V
pattern: 030 comp=&V01_COOPERATE_V
pattern: 0333 obj=&V01_HUMAID_N target=none
pattern: 0332 obj=&MILITARY_AID|&V01_MILAID_N target=none
pattern: 0331 obj=&V01_ECONAID_N target=none
pattern: 033 obj=&AID prep=to|for
pattern: 033 obj=&AID target=none
example: 0334 | The Philippine president vowed to defend the country's fishermen in the South China Sea.
example: 0334 | Washington vowed to protect Gulf shipping from Houthi attacks.
example: 0332 | Berlin vowed to arm Ukraine for as long as needed.
example: 0333 | Turkey vowed to shelter more Syrian refugees displaced by the fighting.
example: 032 | Ireland vowed to back the International Court of Justice case against Israel.
note: No bare pattern: "vowed revenge" and "vowed to retaliate" are threats, coded by the verb-chain rule (13x).

[verb v01-offer]
lemma: offer
pattern: 018 obj=&V01_CONDOLENCE_N|prayer prep=to
pattern: 018 obj=&V01_CONDOLENCE_N|prayer target=none
pattern: 0341 obj=resignation
pattern: 039 obj=&V01_MEDIATION_N prep=to|between
pattern: 039 obj=&V01_MEDIATION_N target=none
pattern: 039 comp=&V01_MEDIATE_V
pattern: 0353 comp=&V01_RELEASE_V
pattern: 0341 comp=&V01_LEADER_V
pattern: 0342 comp=&V01_POLICY_V
pattern: 0355 comp=&V01_ALLOW_V
pattern: 0356 comp=&V01_DEESCALATE_V
pattern: 035 comp=&V01_YIELD_V
pattern: 037 comp=&V01_SETTLE_V
pattern: 036 comp=&V01_MEET_V
pattern: 0313 comp=extradite
pattern: 0311 comp=&V01_ECONOMIC_V
pattern: 0312 comp=&V01_MILCOOP_V
pattern: 0331 comp=&V01_ECONAID_V
pattern: 0332 comp=&V01_MILAID_V
pattern: 0333 comp=&V01_HUMAID_V
pattern: 0334 comp=&V01_PROTECT_V
pattern: 033 comp=&V01_AID_V
pattern: 032 comp=&V01_SUPPORT_V
pattern: 030 comp=&V01_COOPERATE_V
pattern: 035 obj=concession|compromise prep=to
pattern: 035 obj=concession|compromise target=none
pattern: 0353 obj=&V01_RELEASE_N target=none
pattern: 0354 obj=&V01_SANCTIONRELIEF_N prep=to|for
pattern: 0354 obj=&V01_SANCTIONRELIEF_N target=none
pattern: 0356 obj=&V01_CEASEFIRE_N target=none
pattern: 036 obj=&V01_NEGOTIATION_N|&V01_MEETING_N prep=to|with
pattern: 036 obj=&V01_NEGOTIATION_N|&V01_MEETING_N target=none
pattern: 037 obj=&V01_SETTLEMENT_N target=none
pattern: 0313 obj=&V01_JUDICIALCOOP_N prep=to
pattern: 0314 obj=&V01_INTEL_N prep=to
pattern: 0314 obj=&V01_INTEL_N target=none
pattern: 0311 obj=&V01_ECONCOOP_N prep=to
pattern: 0312 obj=&V01_MILCOOP_N prep=to
pattern: 0333 obj=&V01_HUMAID_N !obj=asylum|refuge prep=to|for
pattern: 0333 obj=&V01_HUMAID_N !obj=asylum|refuge target=none
pattern: 0332 obj=&MILITARY_AID|&V01_MILAID_N prep=to|for
pattern: 0332 obj=&MILITARY_AID|&V01_MILAID_N target=none
pattern: 0331 obj=&V01_ECONAID_N prep=to|for
pattern: 0331 obj=&V01_ECONAID_N target=none
pattern: 0334 obj=&V01_PEACEKEEPING_N|&TROOPS prep=to|for
pattern: 0334 obj=&V01_PEACEKEEPING_N|&TROOPS target=none
pattern: 033 obj=&AID !obj=support|backing prep=to|for
pattern: 033 obj=&AID !obj=support|backing target=none
pattern: 030 obj=&V01_COOP_N|deal prep=to|with
pattern: 030 obj=&V01_COOP_N|deal target=none
example: 039 | Turkey offered to mediate between Afghanistan and Pakistan.
example: 039 | Qatar offered its good offices to end the dispute between Congo and Rwanda.
example: 036 | Putin offered direct talks with Ukraine in Istanbul.
example: 036 | Iranian President Masoud Pezeshkian offered to meet the Saudi crown prince.
example: 0354 | Washington offered sanctions relief to Caracas in exchange for a fair election.
example: 0333 | Greece offered shelter to the Libyan flood survivors.
example: 0333 | Algeria offered humanitarian aid to Morocco after the earthquake.
example: 0334 | Britain offered to protect shipping in the Strait of Hormuz.
example: 0334 | Indonesia offered peacekeepers for Gaza.
example: 035 | Serbia offered concessions to the Kosovo Serbs on local policing.
example: 0341 | The Peruvian prime minister offered his resignation to the president.
example: 018 | Pope Francis offered prayers for the victims of the earthquake in Turkey.
example: 0311 | China offered duty-free market access to the least developed countries in Africa.
example: 030 | Turkey offered closer cooperation to the new Syrian government.
example: 0313 | Pakistan offered to extradite the suspect to Britain.
note: "offered condolences/prayers" is sympathy (018); "offered his resignation" the intent to leave office (0341).
note: "offered shares/discounts" and other business offers are not matched (object lists). Offered support,
note: backing or solidarity (051) and asylum (075) are in verbs-05-08.

[verb v01-commit]
lemma: commit
pattern: 0334 obj=&TROOPS|&V01_PEACEKEEPING_N prep=to|for
pattern: 0334 obj=&TROOPS|&V01_PEACEKEEPING_N target=none
pattern: 0331 obj=&V01_ECONAID_N prep=to|for
pattern: 0331 obj=&V01_ECONAID_N target=none
pattern: 0333 obj=&V01_HUMAID_N prep=to|for
pattern: 0332 obj=&MILITARY_AID|&V01_MILAID_N prep=to|for
pattern: 033 obj=&AID prep=to|for
pattern: 0356 prep=to obj=&V01_CEASEFIRE_N target=none
pattern: 036 prep=to obj=&V01_NEGOTIATION_N target=none
pattern: 037 prep=to obj=&V01_SETTLEMENT_N target=none
pattern: 0343 prep=to obj=&V01_RIGHTS_N target=none
pattern: 034 prep=to obj=&V01_REFORM_N target=none
pattern: 030 prep=to obj=&V01_COOP_N target=none
pattern: 036 comp=&V01_MEET_V
pattern: 0356 comp=&V01_DEESCALATE_V
pattern: 0353 comp=&V01_RELEASE_V
pattern: 033 comp=&V01_AID_V
example: 0334 | Kenya committed a contingent of 1,000 police officers to the security mission in Haiti.
example: 0331 | The Asian Development Bank committed 2 billion dollars to Pakistan.
example: 036 | Egypt and Ethiopia committed to dialogue on the Nile dam dispute.
note: No bare pattern: "committed crimes/atrocities" is not an intent to cooperate.

[verb v01-undertake]
lemma: undertake
pattern: 045 obj=&V01_MEDIATION_N prep=between
pattern: 045 obj=&V01_MEDIATION_N target=none
pattern: 042 obj=&V01_VISIT_N prep=to
pattern: 042 obj=&V01_VISIT_N target=none
pattern: 0356 comp=&V01_DEESCALATE_V
pattern: 0353 comp=&V01_RELEASE_V
pattern: 036 comp=&V01_MEET_V
example: 045 | The Qatari emir undertook a mediation mission between Kabul and Islamabad.
example: 042 | The Indian foreign minister undertook a visit to Moscow.
example: 0356 | Thailand and Cambodia undertook to withdraw their troops from the border.

[verb v01-volunteer]
lemma: volunteer
pattern: 039 comp=&V01_MEDIATE_V
pattern: 036 comp=&V01_MEET_V
pattern: 0334 comp=&V01_PROTECT_V
pattern: 033 comp=&V01_AID_V
pattern: 030 comp=&V01_COOPERATE_V
pattern: 0334 obj=&TROOPS prep=for|to
example: 036 | Switzerland volunteered to host the next round of the talks.
example: 0334 | Bangladesh volunteered troops for the UN mission in Haiti.

[verb v01-consent]
lemma: consent
pattern: 038 prep=to obj=&V01_MEDIATION_N target=none
pattern: 0355 prep=to obj=&V01_ACCESS_N|deployment target=none
pattern: 0356 prep=to obj=&V01_CEASEFIRE_N target=none
pattern: 036 prep=to obj=&V01_NEGOTIATION_N|&V01_MEETING_N target=none
pattern: 0353 comp=&V01_RELEASE_V
pattern: 0355 comp=&V01_ALLOW_V
pattern: 036 comp=&V01_MEET_V
example: 0355 | The Malian junta consented to the deployment of African observers.

[verb v01-guarantee]
lemma: guarantee
pattern: 0355 obj=&V01_ACCESS_N target=none
pattern: 0343 obj=&V01_RIGHTS_N target=none
pattern: 0334 obj=security|safety|protection|defence|defense
example: 0334 | The United States guaranteed the security of the Baltic states.
example: 0355 | Israel guaranteed safe passage for UN aid convoys.
example: 0343 | The Syrian interim government guaranteed religious freedom for Christians.

[verb v01-assure]
lemma: assure | reassure
pattern: 030 prep=of target=obj
example: 030 | Blinken assured Kyiv of continued American support.
note: "assured reporters that" is a statement, so only "assured X of".

[verb v01-signal]
lemma: signal | indicate | show | demonstrate
pattern: 039 obj=&V01_WILLINGNESS_N comp=&V01_MEDIATE_V
pattern: 036 obj=&V01_WILLINGNESS_N comp=&V01_MEET_V
pattern: 0356 obj=&V01_WILLINGNESS_N comp=&V01_DEESCALATE_V
pattern: 0353 obj=&V01_WILLINGNESS_N comp=&V01_RELEASE_V
pattern: 037 obj=&V01_WILLINGNESS_N comp=&V01_SETTLE_V
pattern: 030 obj=&V01_WILLINGNESS_N|flexibility|goodwill
pattern: 014 obj=interest prep=in
example: 036 | Pyongyang signalled willingness to talk to Washington.
example: 030 | Tehran showed flexibility on the enrichment question.
example: 014 | Saudi Arabia showed interest in joining the Chinese lunar research station.

[verb v01-want]
lemma: want | wish
pattern: 039 comp=&V01_MEDIATE_V
pattern: 036 comp=&V01_MEET_V
pattern: 037 comp=&V01_SETTLE_V
pattern: 030 comp=&V01_COOPERATE_V
example: 039 | Brazil wanted to mediate between Venezuela and Guyana.
example: 037 | Ethiopia wished to resolve the dam dispute with Egypt through talks.

[verb v01-announce]
lemma: announce | earmark
pattern: 017 obj=&V01_MOURNING_N
pattern: 036 obj=&V01_VISIT_N prep=to
pattern: 0333 obj=&V01_HUMAID_N prep=for|to
pattern: 0333 obj=&V01_HUMAID_N target=none
pattern: 0332 obj=&MILITARY_AID|&V01_MILAID_N prep=for|to
pattern: 0332 obj=&MILITARY_AID|&V01_MILAID_N target=none
pattern: 0331 obj=&V01_ECONAID_N prep=for|to
pattern: 0331 obj=&V01_ECONAID_N target=none
pattern: 033 obj=&AID prep=for|to
pattern: 033 obj=&AID target=none
pattern: 030 obj=&V01_WILLINGNESS_N
example: 0332 | The Pentagon announced a new weapons package for Ukraine.
example: 0333 | Japan announced emergency aid for the flood victims in Pakistan.
example: 036 | India announced a visit by Narendra Modi to Moscow.
example: 017 | Lebanon announced three days of national mourning.
note: An announced package or visit is a commitment (03x); the delivery or the visit itself is another event.

# ===============================================================================================================
# 04 CONSULT
# Meetings (040), phone calls (041), visits made (042) and hosted (043), meetings at a third location (044),
# mediation (045) and negotiation (046). Codebook: mediation and negotiation, when named, win over a plain visit or
# meeting; "holding talks" and "discussions" are negotiation. The linked reverse events (a visit's 043, a meeting's
# reciprocal 040) are the coder's job, not the patterns'.

[verb v01-phone]
lemma: phone | telephone | dial
pattern: 041 prep=with
pattern: 041
example: 041 | German Chancellor Friedrich Merz phoned Donald Trump on Sunday.
example: 041 | Recep Tayyip Erdogan telephoned Iranian President Masoud Pezeshkian to discuss the strikes.

[verb v01-speak]
lemma: speak | talk | chat | converse
pattern: 041 prep=by|over|via obj=phone|telephone|videolink|video target=prep
pattern: 010 prep=to|with obj=&V01_REPORTER_N target=none
pattern: 010 prep=at|about target=none
pattern: 040 prep=with|to
pattern: 010
example: 041 | Narendra Modi and Donald Trump spoke by phone on Tuesday.
example: 040 | The Emirati foreign minister spoke with his Iranian counterpart in Tehran.
example: 040 | Hungarian Prime Minister Viktor Orban talked to Vladimir Putin in the Kremlin.
example: 010 | The Indian foreign minister spoke to reporters in New York.
example: 041 | Kenyan President William Ruto spoke by telephone with Ethiopia's prime minister.
note: "spoke by phone with X" keeps the phone (041); target=prep names the phone, which is no actor, so the coder
note: takes whom the verb addresses ("with X"), and with no one addressed coordinated subjects call each other.
note: Speaking to reporters, at a forum or about a topic is a statement (010).

[verb v01-discuss]
lemma: discuss
pattern: 046 prep=with
pattern: 046 target=none
example: 046 | Iran discussed its nuclear programme with Britain, France and Germany in Geneva.
example: 046 | Xi Jinping and Vladimir Putin discussed the war in Ukraine.
note: Codebook: discussions are negotiation (046). The object is the topic, never the target.

[verb v01-negotiate]
lemma: negotiate | bargain | haggle
pattern: 046 prep=with
pattern: 046 target=none
example: 046 | The European Union negotiated with Washington over steel tariffs.
example: 046 | Qatar negotiated the release of four American citizens from Iran.

[verb v01-act-as-mediator]
lemma: act | serve
pattern: 045 prep=as obj=mediator|intermediary|broker|guarantor|facilitator|go-between|peace_broker target=none
example: 045 | Russia and Ukraine exchanged 185 prisoners of war each on Thursday, with the United Arab Emirates acting as mediator.
note: "Acting as mediator" names the parties of the act it accompanies: the coder aims it at them.

[verb v01-mediate]
lemma: mediate | arbitrate | intercede
pattern: 045 prep=between
pattern: 045 prep=with
pattern: 045 prep=in|on target=none
pattern: 045 target=none
example: 045 | Egypt and Qatar mediated between Israel and Hamas.
example: 045 | Turkey mediated in the dispute between Somalia and Ethiopia.
example: 045 | Saudi Arabia interceded with Moscow on behalf of the detained Americans.
note: The mediator is the source and the adversaries the target (codebook); "mediated the talks" names no target.

[verb v01-broker]
lemma: broker
pattern: 045 obj=&V01_CEASEFIRE_N|&AGREEMENT|&V01_NEGOTIATION_N|&V01_BROKERED_N prep=between
pattern: 045 obj=&V01_CEASEFIRE_N|&AGREEMENT|&V01_NEGOTIATION_N|&V01_BROKERED_N target=none
example: 045 | Washington brokered a ceasefire between Israel and Lebanon.
example: 045 | The United Arab Emirates brokered a prisoner exchange between Russia and Ukraine.
example: 045 | A truce between Thailand and Cambodia was brokered by Malaysia.
note: Only diplomatic objects: business brokers ("brokered the sale") are not matched.

[verb v01-facilitate]
lemma: facilitate
pattern: 045 obj=&V01_NEGOTIATION_N|&V01_MEETING_N|&V01_BROKERED_N prep=between
pattern: 045 obj=&V01_NEGOTIATION_N|&V01_MEETING_N|&V01_BROKERED_N target=none
example: 045 | Norway facilitated talks between the Colombian government and the rebels.
note: "facilitated trade/investment" is not mediation and is not matched.

[verb v01-shuttle]
lemma: shuttle
pattern: 045 prep=between
example: 045 | The American envoy shuttled between Beirut and Jerusalem.

[verb v01-engage]
lemma: engage
pattern: 045 prep=in obj=&V01_MEDIATION_N target=none
pattern: 046 prep=in obj=&V01_NEGOTIATION_N target=none
example: 045 | Oman engaged in shuttle diplomacy between Tehran and Washington.
example: 046 | Kenya and Somalia engaged in talks on their maritime border.
note: "engaged in fighting" and "engaged with militants" are combat (19x) and are not matched.

[verb v01-host]
lemma: host
pattern: 045 obj=&V01_NEGOTIATION_N|&V01_MEETING_N prep=between
pattern: 043 obj=dinner|banquet|lunch|luncheon|reception|breakfast prep=for|in
pattern: 043 obj=&V01_NEGOTIATION_N|&V01_MEETING_N target=none
pattern: 043 !obj=&V01_NOTHOSTED_N voice=active
example: 043 | Chinese President Xi Jinping hosted Brazilian President Lula in Beijing.
example: 043 | The Kremlin hosted a state dinner for Kim Jong Un.
example: 043 | Saudi Arabia hosted the Arab League summit in Jeddah.
example: 045 | Qatar hosted talks between the United States and the Taliban.
note: Hosting talks between adversaries is mediation (045; the codebook's 039 for the offer). Sports, concerts,
note: refugees, foreign troops and peacekeepers are not a hosted visit (V01_NOTHOSTED_N).

[verb v01-welcome]
lemma: welcome | greet
pattern: 043 obj=&V01_VISITOR_N
pattern: 043 prep=to|at|in|on target=obj !obj=&V01_NONVISITOR_N
pattern: 043 prep=with|for obj=ceremony|honour|honor|guard_of_honour|honour_guard|red_carpet|parade|fanfare|salute|visit|banquet target=obj
example: 043 | Emmanuel Macron welcomed Narendra Modi to the Elysee Palace.
example: 043 | Tayyip Erdogan welcomed Abdel Fattah al-Sisi with a military ceremony in Ankara.
example: 043 | Vladimir Putin greeted Kim Jong Un on the tarmac at Pyongyang's airport.
example: 043 | Thai Prime Minister Paetongtarn Shinawatra greeted the Chinese delegation at Government House.
note: "welcomed the decision/ceasefire" is praise (051, another file): only visitors and "welcomed X to/at".

[verb v01-shake-hands]
lemma: shake
pattern: 040 obj=hand prep=with target=prep
pattern: 040 obj=hand target=none
example: 040 | Narendra Modi shook hands with Xi Jinping at the BRICS summit in Kazan.
note: Two leaders who shake hands meet (040, both ways when both are the subject).

[verb v01-receive]
lemma: receive
pattern: 041 obj=&V01_PHONE_N prep=from
pattern: 042 obj=welcome|reception prep=from|in|at
pattern: 043 obj=&V01_VISITOR_N
pattern: 043 prep=at|in target=obj !obj=&V01_NONVISITOR_N
example: 043 | Vladimir Putin received Hungarian Prime Minister Viktor Orban at the Kremlin.
example: 043 | The Saudi crown prince received a Syrian delegation in Riyadh.
example: 041 | Erdogan received a phone call from Vladimir Putin on his birthday.
example: 042 | Narendra Modi received a warm welcome in Washington.

[verb v01-roll-out]
lemma: roll
pattern: 043 prt=out obj=carpet prep=for
example: 043 | Beijing rolled out the red carpet for the Pakistani prime minister.

[verb v01-accord]
lemma: accord
pattern: 043 obj=welcome|reception prep=to
example: 043 | Ghana accorded a state reception to the visiting Indian prime minister.

[verb v01-arrive]
lemma: arrive | land
pattern: 019 prep=at obj=&V01_ACCORD_N|understanding target=none
pattern: 074 subj=troop|soldier|marine|paratrooper|force|peacekeeper|special_force|commando|reservist|reinforcement|infantry|battalion|brigade|regiment|unit prep=in
pattern: 042 prep=in
pattern: 042 prep=at !obj=decision|conclusion|consensus|agreement|compromise|deal|figure|number|estimate|verdict|solution|understanding|result|point|stage|outcome|settlement
pattern: 042 prep=for target=none
example: 042 | Kim Jong Un arrived in Beijing by armoured train.
example: 042 | Syrian President Ahmed al-Sharaa arrived at the White House.
example: 074 | About 300 U.S. Marines arrived in Norway on Monday for a six-month rotation.
example: 019 | Iraq and Turkey arrived at a common understanding on water sharing.
note: "arrived at a decision/conclusion" is no visit (C1 reads the object of "at"). Troops that arrive in a country
note: are deployed there (074, and the host's 0861).

[verb v01-travel]
lemma: travel | head | jet | journey
pattern: 042 prep=to !obj=poll|ballot|vote|election|court|hospital
example: 042 | Antony Blinken travelled to Cairo for talks on Gaza.
example: 042 | German Foreign Minister Annalena Baerbock headed to Damascus.
note: "headed to the polls" is no visit; the ballot words stand for that.

[verb v01-tour]
lemma: tour
pattern: 042
example: 042 | Chinese Foreign Minister Wang Yi toured four African countries in January.

[verb v01-embark]
lemma: embark
pattern: 042 prep=on obj=&V01_VISIT_N target=none
example: 042 | Pope Francis embarked on a trip to Mongolia.

[verb v01-stop-over]
lemma: stop
pattern: 042 prt=over prep=in
example: 042 | The Taiwanese president stopped over in Hawaii on his way to the Pacific allies.

[verb v01-begin]
lemma: begin | start | open | launch | commence | kick | conclude | wrap | continue | resume | restart
pattern: 045 obj=&V01_MEDIATION_N prep=between
pattern: 045 obj=&V01_MEDIATION_N target=none
pattern: 042 obj=&V01_VISIT_N prep=to|in
pattern: 046 obj=&V01_NEGOTIATION_N prep=with
pattern: 046 obj=&V01_NEGOTIATION_N target=none
pattern: 023 obj=appeal target=none
example: 042 | Chinese Premier Li Qiang began a four-day visit to Australia on Saturday.
example: 042 | The Japanese prime minister concluded a visit to India.
example: 046 | Iran and the United States resumed talks in Muscat.
example: 046 | The European Union opened accession negotiations with Ukraine and Moldova.
example: 045 | Algeria launched a mediation initiative between the Malian government and Tuareg groups.
example: 023 | The United Nations launched an appeal for four billion dollars for Gaza.
note: Starting, resuming and ending talks are all 046: the negotiation is going on. Launching an appeal asks for aid.

[verb v01-conduct]
lemma: conduct
pattern: 045 obj=&V01_MEDIATION_N target=none
pattern: 046 obj=&V01_NEGOTIATION_N prep=with
pattern: 046 obj=&V01_NEGOTIATION_N target=none
pattern: 042 obj=&V01_VISIT_N prep=to
example: 046 | Israel conducted indirect negotiations with Hamas in Doha.

[verb v01-enter]
lemma: enter
pattern: 046 prep=into obj=&V01_NEGOTIATION_N target=none
pattern: 046 obj=&V01_NEGOTIATION_N target=none
example: 046 | Ukraine and Russia entered into direct negotiations in Istanbul.

[verb v01-join]
lemma: join
pattern: 046 obj=&V01_NEGOTIATION_N target=none
pattern: 040 obj=&V01_MEETING_N target=none
example: 046 | Saudi Arabia joined the talks on the future of Gaza.
note: Joining alliances, coalitions and fighting belong to other files.

[verb v01-participate]
lemma: participate
pattern: 046 prep=in obj=&V01_NEGOTIATION_N target=none
pattern: 040 prep=in obj=&V01_MEETING_N target=none
example: 046 | Iran participated in the talks on Afghanistan in Moscow.
note: Only with these nouns (C1): "participated in the exercises/protests" is another code.

[verb v01-meet]
lemma: meet
pattern: 044 prep=on|at obj=sideline|margin|fringe target=obj voice=active
pattern: 044 prep=on|at obj=sideline|margin|fringe target=none
pattern: 040 prep=with !obj=&V01_UNMEETABLE_N
pattern: 040 !obj=&V01_UNMEETABLE_N voice=active
example: 044 | Xi Jinping and Narendra Modi met on the sidelines of the BRICS summit in Kazan.
example: 040 | Antony Blinken met with Chinese Foreign Minister Wang Yi in Vientiane.
example: 044 | Marco Rubio and Sergei Lavrov met on the margins of the ASEAN meeting in Kuala Lumpur.
example: 044 | Anthony Albanese met Xi Jinping on the sidelines of the G20 summit in Bali.
example: 040 | Giorgia Meloni met Donald Trump at the White House.
note: A meeting on the sidelines of a summit is at a place neither side owns (044). Without that the place is not
note: known from the verb and a meeting is 040. "met the demands/deadline" and "met with criticism" are not matched.

[verb v01-confer]
lemma: confer | huddle | liaise | dine
pattern: 040 prep=with
example: 040 | The French foreign minister conferred with his Saudi counterpart in Riyadh.
note: "conferred an award on" is not matched (no "with").

[verb v01-consult]
lemma: consult
pattern: 040 prep=with
pattern: 040 !obj=lawyer|doctor|expert|document|report|map|dictionary|record
example: 040 | Japan consulted its G7 partners on a joint response.
example: 040 | Canada consulted with Mexico before the trade talks.

[verb v01-exchange]
lemma: exchange
pattern: 040 obj=view|opinion|idea|greeting|pleasantry|message|letter|note prep=with
pattern: 040 obj=view|opinion|idea|greeting|pleasantry|message|letter|note target=none
example: 040 | The Chinese and Indian foreign ministers exchanged views on the border situation.
example: 040 | Kim Jong Un exchanged letters with Donald Trump.
note: "exchanged fire/prisoners" are other codes.

[verb v01-sit-down]
lemma: sit
pattern: 046 prt=down prep=for obj=&V01_NEGOTIATION_N target=none
pattern: 040 prt=down prep=with
example: 040 | Zelensky sat down with Trump at the Vatican.

[verb v01-convene]
lemma: convene | gather
pattern: 045 obj=&V01_NEGOTIATION_N|&V01_MEETING_N prep=between
pattern: 040 prep=for obj=&V01_MEETING_N|&V01_NEGOTIATION_N target=none
pattern: 040 obj=&V01_MEETING_N|&V01_NEGOTIATION_N target=none
example: 040 | The UN Security Council convened an emergency meeting on Venezuela.
example: 045 | Saudi Arabia convened talks between the Sudanese army and the Rapid Support Forces.
note: "gathered" without a meeting noun is crowds (14x) and is not matched.

[verb v01-brief]
lemma: brief
pattern: 010 obj=&V01_REPORTER_N
pattern: 040 prep=on
pattern: 040
example: 040 | Marco Rubio briefed NATO allies on the Ukraine talks.
example: 010 | The Israeli military briefed reporters on the strikes in Yemen.

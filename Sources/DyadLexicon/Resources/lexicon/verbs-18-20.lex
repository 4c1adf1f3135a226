# Dyad's CAMEO verb patterns for roots 18 ASSAULT, 19 FIGHT and 20 USE UNCONVENTIONAL MASS VIOLENCE.
# Written for Dyad (docs/lexicon-format.md, "Verb patterns"); codes and their meanings from the CAMEO 1.1b3
# codebook as Dyad's ontology carries it (including 1834, 1951 and 1952). Example sentences are our own.
#
# Conventions of this file:
# - Entry ids are prefixed "v18-" so they never clash with other writers' entries for the same lemma.
# - Weapon-specific codes (193 small arms, 194 artillery/rockets/warships, 195 aircraft, 1951 precision-guided,
#   1952 drones) come from the verb ("shell", "bomb") or from the object of a light verb ("launched airstrikes",
#   "fired rockets"); the cues cannot see the object of "with", so "attacked X with drones" stays 190.
# - Light-verb patterns come in pairs: with a preposition the target is that preposition's object ("carried out
#   airstrikes on Houthi targets"), and a `target=none` fallback when no target is named.
# - Polysemous verbs (hit, strike, take, fire, beat, seize, hold, target, drop, launch) only fire on listed objects;
#   verbs that are nearly always violent (attack, kill, invade, occupy, capture) fire on any object minus a list of
#   metaphor, sports, politics and cyber objects (cyber attacks are 176 and belong to the root-17 file).

# ---------------------------------------------------------------------------------------------------------------
# Word sets
# ---------------------------------------------------------------------------------------------------------------

[synset V18_VIP]
# politically significant people: killing them is 186, a failed attempt 185 (codebook: "position the victim held")
word: leader | commander | chief | head | deputy | president | vice president | prime minister | premier
word: minister | general | lieutenant general | major general | brigadier general | colonel | governor
word: deputy governor | provincial governor | district governor | mayor | senior official | government official
word: politician | lawmaker | legislator | senator | member of parliament | mp | candidate | presidential candidate
word: judge | prosecutor | spokesman | spokesperson | cleric | imam | ayatollah | sheikh | ambassador | diplomat
word: envoy | king | prince | emir | founder | ideologue | mastermind | opposition leader | chief of staff
word: army chief | police chief | intelligence chief | security chief | tribal leader | tribal elder | negotiator
word: nuclear scientist | militia leader | rebel leader | warlord | chairman | secretary-general | secretary general
word: police commander | military commander | field commander | top commander | senior commander | caliph

[synset V18_DISSIDENT]
# critics and campaigners whose murder news reports as a political killing
word: journalist | reporter | activist | dissident | critic | blogger | human rights defender | rights defender
word: opposition figure | opposition activist | whistleblower | human rights activist | human rights lawyer
word: trade unionist | union leader | environmental activist | land rights activist | social leader
word: community leader | indigenous leader | opposition politician

[synset V18_PERSON]
# people as victims of abduction, beatings, torture and killing
word: civilian | people | person | resident | villager | inhabitant | protester | demonstrator | detainee | prisoner
word: inmate | captive | hostage | student | worker | aid worker | humanitarian worker | farmer | herder | migrant
word: refugee | asylum seeker | man | woman | child | boy | girl | teenager | youth | family | passenger
word: worshipper | worshiper | pilgrim | shepherd | fisherman | driver | doctor | nurse | medic | health worker
word: volunteer | tourist | foreigner | foreign national | national | citizen | teacher | priest | monk | nun
word: missionary | schoolgirl | schoolboy | schoolchild | pupil | trader | miner | engineer | contractor
word: employee | crew member | seafarer | sailor | policeman | police officer | officer | guard | soldier
word: suspect | supporter | opposition supporter | voter | election worker | peacekeeper | displaced person
word: shopper | pedestrian | bystander | mourner | infant | baby | prisoner of war | pow | civilian hostage
word: fan | football fan | spectator | concertgoer | churchgoer | commuter | guest | diner | customer | holidaymaker

[synset V18_COMBATANT]
# armed opponents: fighting, engaging, neutralising them is 190
word: militant | insurgent | rebel | fighter | jihadist | jihadi | terrorist | gunman | soldier | troop | force
word: army | militia | militiaman | guerrilla | separatist | paramilitary | mercenary | enemy | enemy force
word: infantry | unit | battalion | brigade | regiment | police | policeman | police officer | border guard
word: attacker | assailant | commando | operative | terrorist cell | combatant | occupier | invader | marine
word: serviceman | service member | sniper | infiltrator | raider | bandit | pirate | extremist | armed group
word: armed man | insurgent group | rebel group | militant group

[synset V18_MIL_TARGET]
# things and places that armies and armed groups strike, hit, destroy or take out
word: military target | position | military position | base | military base | air base | airbase
word: naval base | outpost | military post | army post | police post | police station | checkpoint
word: barracks | garrison | camp | military camp | training camp | convoy | military convoy | patrol | depot
word: arms depot | ammunition depot | fuel depot | weapons depot | ammunition dump | warehouse | headquarters
word: command center | command centre | command post | stronghold | hideout | compound | facility
word: military facility | nuclear facility | nuclear site | installation | military installation | site
word: infrastructure | energy infrastructure | power plant | power station | substation | power grid | grid
word: energy facility | refinery | oil refinery | oil depot | oil terminal | pipeline | port | harbor | harbour
word: airport | airfield | bridge | railway | rail line | railway station | dam | arms factory | launcher
word: launch site | launch pad | radar | air defence | air defense | air defence system | air defense system
word: tank | armoured vehicle | armored vehicle | military vehicle | ship | vessel | warship | tanker
word: cargo ship | merchant ship | commercial ship | patrol boat | aircraft | helicopter | village | town | city
word: district | neighbourhood | neighborhood | suburb | hospital | school | shelter | mosque | church
word: residential building | apartment building | apartment block | residential area | tunnel | front line
word: trench | fortification | supply line | supply route | settlement | refugee camp | bunker | military site
word: logistics hub | weapons storage | drone factory | missile factory | shipyard | plant | defence plant
word: defense plant | arms plant | factory | military factory | weapons factory | arsenal | ammunition store
word: landing ship | frigate | destroyer | corvette | submarine | kindergarten | residential block

[synset V18_STRIKE_SITE]
# narrower set for "target", whose subject is often a sanctions package rather than an army
word: position | military position | base | military base | air base | outpost | checkpoint | barracks | camp
word: military camp | convoy | depot | ammunition depot | arms depot | fuel depot | headquarters | stronghold
word: hideout | compound | infrastructure | energy infrastructure | power plant | power station | substation
word: power grid | grid | village | town | city | neighbourhood | neighborhood | hospital | school | shelter
word: launcher | launch site | radar | air defence | air defense | refinery | oil refinery | military site
word: residential area | residential building | apartment building | front line | trench | supply route

[synset V18_PLACE]
# territory that is occupied, captured, taken, besieged
word: town | city | village | territory | land | region | area | district | province | county | island
word: peninsula | enclave | strip | zone | buffer zone | border town | border area | border region
word: border crossing | crossing | airport | airfield | air base | airbase | base | military base | outpost
word: hill | height | ridge | bridge | port | harbor | harbour | seaport | dam | power plant | nuclear plant
word: nuclear power plant | oil field | oilfield | gas field | mine | capital | regional capital
word: provincial capital | stronghold | settlement | checkpoint | headquarters | garrison | barracks
word: military camp | junction | suburb | outskirts | neighbourhood | neighborhood | locality | municipality
word: oblast | commune | hamlet | valley | coast | coastline | coastal town | city centre | city center
word: palace | presidential palace | refugee camp | kibbutz | front-line town | frontline town

[synset V18_ENTER_PLACE]
word: city | town | capital | territory | regional capital | provincial capital | city centre | city center

[synset V18_RAID_TARGET]
# raided or stormed by troops or militants (not offices or homes: police searches are root 17)
word: camp | refugee camp | village | town | base | military base | position | hideout | compound | barracks
word: outpost | checkpoint | hospital | prison | jail | hotel | school | mosque | church | military post
word: police station | police post | army post | garrison | stronghold | training camp | arms depot
word: border post | airfield | airport | military camp | kibbutz | shopping mall | mall | bus station
word: palace | presidential palace | state television | television station | broadcaster | military academy

[synset V18_VEHICLE]
# hijacked, commandeered, driven into crowds
word: plane | aircraft | airliner | airplane | flight | jet | passenger jet | bus | minibus | ship | vessel
word: tanker | oil tanker | cargo ship | merchant ship | freighter | bulk carrier | container ship | boat
word: dhow | trawler | fishing boat | fishing vessel | yacht | ferry | truck | lorry | car | vehicle | van
word: train | helicopter | convoy | aid convoy | aid truck | suv

[synset V18_VESSEL]
# ships and aircraft seized by force (181)
word: ship | vessel | tanker | oil tanker | cargo ship | merchant ship | freighter | bulk carrier
word: container ship | boat | dhow | trawler | fishing boat | fishing vessel | yacht | ferry | plane
word: aircraft | airliner

[synset V18_WARSHIP]
# sunk or torpedoed
word: ship | vessel | warship | boat | flagship | cruiser | submarine | landing ship | frigate | corvette
word: patrol boat | patrol ship | tanker | cargo ship | merchant ship | bulk carrier | destroyer | minesweeper
word: tugboat | tug | fishing boat | supply boat | supply ship | coast guard vessel

[synset V18_AIRCRAFT]
# shot down, downed, intercepted
word: drone | plane | aircraft | airplane | jet | fighter jet | warplane | fighter | bomber | helicopter
word: missile | cruise missile | ballistic missile | rocket | projectile | balloon | spy balloon | airliner
word: passenger jet | uav | unmanned aerial vehicle | reconnaissance drone | attack drone | surveillance drone
word: surveillance aircraft | glide bomb | military aircraft | transport plane | cargo plane

[synset V18_HEAVY]
# fired, launched, sent, rained at a target: artillery, rockets and missiles (194)
word: missile | rocket | ballistic missile | cruise missile | hypersonic missile | anti-ship missile
word: surface-to-surface missile | artillery | artillery shell | artillery round | shell | tank shell | tank round
word: howitzer | salvo | barrage | volley | projectile | katyusha | grad rocket | rocket salvo | missile salvo
word: long-range missile | atacms | himars | mlrs | heavy artillery | naval gun | torpedo | kalibr missile
word: iskander missile | tomahawk | tomahawk missile | shell bomb | artillery bomb

[synset V18_HEAVY_FIRE]
word: artillery fire | rocket fire | missile fire | shellfire | shell fire | tank fire | heavy fire | artillery
word: heavy weapon fire | cannon fire | artillery shell

[synset V18_SMALL_ARMS]
# fired at a target: small arms and light weapons (193), mortars under 100 mm included as the codebook says
word: shot | bullet | round | gunshot | gunfire | live ammunition | live round | live bullet | live fire
word: sniper fire | machine gun | machine-gun fire | machine gun fire | automatic weapon | automatic gunfire
word: rifle | assault rifle | grenade | hand grenade | rocket-propelled grenade | rpg | mortar | mortar round
word: mortar shell | mortar bomb | anti-tank missile | anti-tank weapon | shoulder-fired missile | manpads

[synset V18_NONLETHAL]
# riot-control and warning fire: not 193 (tear gas on protesters is repression, root 17; warning shots are 15x)
word: warning shot | warning flare | tear gas | teargas | tear gas canister | tear-gas canister | rubber bullet
word: rubber-coated bullet | plastic bullet | baton round | water cannon | stun grenade | flash-bang | pellet
word: pepper spray | sound bomb | blank | blank round | flare

[synset V18_HEAVY_WEAPON]
# used against a target: artillery, tanks, rockets, warships (194)
word: artillery | heavy artillery | tank | heavy weapon | rocket launcher | multiple rocket launcher | howitzer
word: missile | ballistic missile | cruise missile | warship | gunboat | naval gun | rocket | cluster munition

[synset V18_MILFORCE]
word: military force | armed force | military might | air power | firepower | military power

[synset V18_LIVE_FIRE]
word: live ammunition | live fire | live round | live bullet | sniper | sniper fire | lethal force | firearm

[synset V18_MINE]
word: mine | landmine | land mine | naval mine | sea mine | anti-personnel mine | anti-tank mine | antipersonnel mine

[synset V18_MINE_AREA]
word: port | harbor | harbour | strait | road | field | farmland | waterway | sea lane | shipping lane | coast
word: coastline | river | approach | border | border area | beach | bay | channel | shipping route

[synset V18_SUICIDE_ATTACK]
word: suicide bombing | suicide attack | suicide bomb attack | suicide blast | suicide car bombing
word: suicide truck bombing | suicide car bomb attack | suicide raid | suicide assault | suicide operation
word: martyrdom operation | suicide bomb | suicide explosion

[synset V18_SUICIDE_DEVICE]
word: suicide vest | explosive vest | suicide belt | explosive belt | bomb vest | suicide bomb | explosives vest

[synset V18_CAR_BOMB]
word: car bomb | car bombing | car bomb attack | truck bomb | truck bombing | vehicle bomb | vehicle-borne bomb
word: vehicle-borne improvised explosive device | vbied | motorcycle bomb | booby-trapped car
word: booby-trapped vehicle | bomb-laden car | explosive-laden car | explosive-laden truck | bomb-laden truck
word: explosives-laden vehicle | car bomb explosion

[synset V18_ROADSIDE]
word: roadside bomb | roadside bombing | roadside ied | roadside explosive | roadside device | roadside blast
word: roadside explosive device | roadside mine | roadside bomb attack

[synset V18_IED]
# pre-placed or hand-set explosives (1834 when planted or set off, 183 when the kind cannot be told)
word: improvised explosive device | ied | explosive device | bomb | time bomb | remote-controlled bomb
word: remote-controlled device | parcel bomb | letter bomb | pipe bomb | sticky bomb | magnetic bomb | nail bomb
word: explosive | explosive charge | booby trap | device | homemade bomb | crude bomb | timed device

[synset V18_BOMB_ATTACK]
word: bomb attack | bombing | bomb blast | blast | explosion | bomb explosion | twin bombing | terrorist bombing
word: bombing attack | twin blast | explosive attack

[synset V18_PLACED_BOMB_ATTACK]
# attacks with placed, timed or remotely set off devices (1834)
word: ied attack | ied blast | ied explosion | improvised explosive device attack | remote-controlled bomb attack
word: magnetic bomb attack | sticky bomb attack | parcel bomb attack | letter bomb attack | time bomb attack
word: remote-controlled blast | planted bomb | booby-trap attack | booby trap explosion

[synset V18_BLOWUP_TARGET]
word: bridge | railway bridge | pipeline | gas pipeline | oil pipeline | building | dam | railway | rail line
word: railway line | track | power line | pylon | transmission tower | tower | mosque | church | shrine
word: school | house | home | car | vehicle | bus | checkpoint | police station | telecom tower | mast
word: oil well | ammunition depot | train | tunnel

[synset V18_AIRSTRIKE]
word: airstrike | air strike | air raid | aerial bombardment | aerial bombing | aerial attack | air attack
word: bombing raid | bombing run | bombing campaign | air campaign | air operation | sortie | helicopter attack
word: helicopter strike | gunship attack | warplane strike | carpet bombing | aerial strike | bombing mission
word: air bombardment | air offensive | air war

[synset V18_AIRBOMB]
word: bomb | barrel bomb | cluster bomb | cluster munition | munition | ordnance | incendiary bomb
word: bunker buster | bunker-buster bomb | thermobaric bomb | aerial bomb | firebomb | napalm
word: white phosphorus | phosphorus bomb | payload | explosive

[synset V18_PRECISION]
# precision-guided aerial munitions (1951)
word: precision strike | precision-guided strike | precision-guided munition | precision-guided missile
word: precision-guided bomb | precision bombing | guided bomb | glide bomb | guided aerial bomb | smart bomb
word: laser-guided bomb | laser-guided missile | jdam | hellfire | hellfire missile | storm shadow
word: storm shadow missile | scalp missile | air-launched cruise missile | guided munition | kab
word: high-precision weapon | precision weapon

[synset V18_DRONE_STRIKE]
word: drone strike | drone attack | drone raid | uav strike | uav attack | drone bombing | kamikaze drone attack
word: suicide drone attack | drone assault | fpv drone attack | drone barrage | drone swarm | drone offensive
word: drone war | drone campaign

[synset V18_DRONE]
# remotely piloted aerial munitions (1952); sea drones are not aerial and are left out
word: drone | attack drone | kamikaze drone | suicide drone | combat drone | armed drone | military drone | uav
word: unmanned aerial vehicle | loitering munition | shahed | shahed drone | fpv drone | one-way attack drone
word: explosive drone | exploding drone | long-range drone | strike drone | geran drone

[synset V18_ARTILLERY_ATTACK]
word: artillery strike | artillery attack | artillery barrage | artillery fire | artillery shelling | shelling
word: bombardment | barrage | rocket attack | rocket barrage | rocket fire | missile strike | missile attack
word: missile barrage | cruise missile strike | cruise missile attack | ballistic missile strike
word: ballistic missile attack | tank fire | naval bombardment | shellfire | heavy shelling
word: artillery bombardment | rocket strike | cross-border shelling | missile salvo | rocket salvo | tank assault

[synset V18_SHOOTING]
word: shooting | shooting attack | gun attack | gunfight | firefight | gun battle | shootout | sniper attack
word: grenade attack | mortar attack | mortar fire | mortar barrage | machine-gun attack | small-arms fire
word: rifle fire | mass shooting | gun assault

[synset V18_OFFENSIVE]
# conventional force, weapon not named (190)
word: attack | assault | offensive | counteroffensive | counter-offensive | counterattack | counter-attack | raid
word: incursion | onslaught | ambush | military strike | military operation | ground operation
word: ground offensive | ground assault | military action | military campaign | armed attack
word: cross-border attack | cross-border raid | armed assault | combat operation | offensive operation
word: special military operation | counterterrorism operation | counter-terrorism operation
word: counterinsurgency operation | punitive operation | retaliatory strike | retaliatory attack
word: pre-emptive strike | preemptive strike | surprise attack | coordinated attack | deadly attack
word: militant attack | rebel attack | insurgent attack | blitz | spring offensive | summer offensive
word: land offensive | naval attack | border attack | clearance operation | military offensive

[synset V18_NONMILITARY]
# heads shared with military nouns but not violence: verbal, legal, political, cyber, rescue
word: verbal attack | scathing attack | blistering attack | stinging attack | personal attack | political attack
word: withering attack | veiled attack | thinly veiled attack | rhetorical attack | broadside | tirade | diatribe
word: charm offensive | diplomatic offensive | media offensive | public relations offensive | pr offensive
word: legal offensive | legal assault | verbal assault | legal battle | cyber attack | cyber-attack | cyberattack
word: hack attack | hacking attack | ransomware attack | phishing attack | cyber offensive | cyber operation
word: disinformation campaign | influence operation | sting operation | undercover operation | rescue operation
word: search operation | relief operation | humanitarian operation | evacuation operation | trade war
word: price war | tariff war | war of words | culture war | bidding war | currency war | propaganda war
word: information war | legal war | lawfare | tax raid | panic attack | heart attack | asthma attack
word: charm campaign | takeover attack | sales offensive

[synset V18_CHEMICAL]
# chemical, biological and radiological weapons and agents (2041)
word: chemical weapon | chemical agent | chemical munition | chemical bomb | chemical shell | nerve agent
word: nerve gas | sarin | sarin gas | chlorine | chlorine gas | chlorine bomb | chlorine barrel bomb
word: chlorine cylinder | chlorine canister | mustard gas | sulfur mustard | sulphur mustard | vx | vx nerve agent | novichok
word: toxic gas | poison gas | toxic chemical | biological weapon | bioweapon | biological agent | anthrax
word: ricin | radiological weapon | radiological device | dirty bomb | chloropicrin | choking agent

[synset V18_CHEMICAL_ATTACK]
word: chemical attack | chemical weapons attack | chemical weapon attack | gas attack | poison gas attack
word: sarin attack | chlorine attack | nerve agent attack | toxic gas attack | biological attack
word: bioterror attack | anthrax attack | radiological attack | dirty bomb attack | chemical strike

[synset V18_NUCLEAR]
word: nuclear weapon | nuclear bomb | atomic bomb | atom bomb | nuclear warhead | tactical nuclear weapon | nuke
word: hydrogen bomb | thermonuclear weapon | nuclear missile | nuclear arsenal | strategic nuclear weapon
word: nuclear device | atomic weapon

[synset V18_NUCLEAR_ATTACK]
word: nuclear strike | nuclear attack | nuclear bombing | atomic bombing | nuclear first strike
word: tactical nuclear strike | preemptive nuclear strike | pre-emptive nuclear strike | nuclear war

[synset V18_WMD]
word: weapon of mass destruction | wmd | unconventional weapon | mass-destruction weapon

[synset V18_MASS_KILLING]
word: massacre | mass killing | mass murder | genocide | mass execution | mass slaughter | slaughter | bloodbath
word: pogrom | extermination | killing spree | systematic killing | mass extermination | mass shooting spree

[synset V18_ATROCITY]
word: atrocity | war crime | crime against humanity | mass atrocity | scorched-earth campaign
word: scorched-earth policy | reign of terror | campaign of terror | terror campaign

[synset V18_CLEANSING]
word: ethnic cleansing | ethnic cleansing campaign | ethnic purge | ethnic purging | religious cleansing
word: cleansing campaign | ethnic cleansing operation | demographic cleansing | ethnic cleansing drive

[synset V18_EXPULSION]
word: mass expulsion | mass deportation | forced displacement | forcible displacement | forcible transfer
word: forced transfer | population transfer | forced expulsion | forcible expulsion | mass eviction
word: forced eviction | expulsion campaign | forced relocation | forcible relocation | mass displacement
word: forced deportation | forcible deportation

[synset V18_EXPEL_VICTIM]
# populations forced out of an area (201): not diplomats (166) and not individual deportees (174)
word: resident | villager | population | inhabitant | civilian | family | people | community | minority
word: ethnic minority | refugee | farmer | herder | tenant | native | tribe | household | rohingya | muslim
word: christian | yazidi | bedouin | palestinian | armenian | ethnic armenian | ethnic albanian | kurd | uyghur
word: tutsi | masalit | roma | displaced person | indigenous people | herding family | child

[synset V18_SEX_VIOLENCE]
word: rape | sexual violence | sexual assault | sexual abuse | gang rape | mass rape | sexual slavery
word: sexual exploitation | sexual torture | gender-based violence | conflict-related sexual violence

[synset V18_TORTURE]
word: torture | systematic torture | waterboarding | enhanced interrogation | torture technique
word: electric shock | mock execution

[synset V18_ASSASSINATION]
word: assassination | targeted killing | targeted assassination | political assassination | political killing
word: assassination campaign | decapitation strike | assassination operation | contract killing

[synset V18_ASSASSINATION_ATTEMPT]
word: assassination attempt | attempted assassination | assassination bid | failed assassination
word: murder attempt | attempted murder | attempt on the life | bid on the life

[synset V18_KIDNAPPING]
word: kidnapping | abduction | hijacking | hostage-taking | hostage taking | mass abduction | mass kidnapping
word: kidnap | hijack | enforced disappearance | forced disappearance | kidnap raid

[synset V18_UNCONV]
# violence without conventional weapons or organisation (180)
word: stabbing | knife attack | stabbing attack | ramming attack | car-ramming attack | car ramming
word: vehicle ramming | vehicle-ramming attack | truck attack | arson attack | arson | machete attack
word: axe attack | acid attack | beheading | mob attack | terror attack | terrorist attack | firebombing
word: petrol bomb attack | molotov cocktail attack | mob violence | vigilante attack | settler attack
word: hammer attack | knife rampage

[synset V18_LYNCHING]
word: lynching | mob lynching | mob killing | beating death

[synset V18_BEATING]
word: beating | physical assault | physical attack | beatdown | whipping | flogging | caning | lashing
word: ill-treatment | mistreatment | physical abuse | public flogging

[synset V18_PROTESTER_LIKE]
# beaten protesters, students, journalists are repression (175) in the root-17 file; not coded 182 here
word: protester | protestor | demonstrator | crowd | marcher | rioter | student | activist | mourner | supporter
word: opposition supporter | striker | farmer | picketer | dissident | teacher | doctor | nurse | journalist
word: youth | monk | pensioner | worshipper

[synset V18_CIVIC_SITE]
# civic buildings that protesters besiege, surround, occupy and storm (root 14 in the root-14/17 file)
word: parliament | parliament building | legislature | congress | capitol | senate | national assembly | assembly
word: palace | presidential palace | embassy | consulate | ministry | government building | government office
word: government headquarters | city hall | town hall | state house | police station | courthouse | court
word: electoral commission | election commission | party headquarters | party office | office | headquarters
word: presidential residence | campus | university | college | school | faculty | square | plaza | main square
word: factory | building | station | train station | television station | tv station | library | hall
word: lecture hall | terminal | administration building

[synset V18_STORM_TARGET]
# stormed by troops or militants; civic buildings stormed by crowds are rioting (root 14) and are left out
word: base | military base | barracks | outpost | checkpoint | garrison | military post | army post | police post
word: border post | prison | jail | hotel | hospital | village | town | kibbutz | military camp | training camp
word: airfield | shopping mall | mall | bus station | stronghold | hideout | compound | position | military academy
word: hotel complex | complex | resort | school | university | church | mosque | market
word: trench | bunker | fortification | settlement

[synset V18_MIL_HARDWARE]
# destroyed in combat (190); buildings and homes destroyed are property destruction (1712, root-17 file)
word: tank | armoured vehicle | armored vehicle | military vehicle | infantry fighting vehicle | armoured personnel carrier
word: armored personnel carrier | howitzer | artillery piece | artillery system | launcher | rocket launcher
word: missile launcher | air defence system | air defense system | air defence | air defense | radar
word: radar station | ammunition depot | arms depot | fuel depot | weapons depot | ammunition dump | command post
word: warship | patrol boat | landing ship | submarine | aircraft | helicopter | fighter jet | warplane | drone
word: military base | air base | airbase | airfield | position | military position | bunker | trench
word: fortification | supply line | military convoy | convoy | military target

[synset V18_CROSSING]
# closed or shut: crossings, checkpoints, straits (191); whole borders are coded by the root-16 writer
word: crossing | crossing point | land crossing | checkpoint | strait | border post | border gate
word: humanitarian corridor | corridor

[synset V18_POPULATION]
# populations expelled en masse (201); individual deportees stay 174
word: resident | villager | population | inhabitant | civilian | family | community | minority | ethnic minority
word: tribe | household | native | indigenous people | ethnic armenian | ethnic albanian | masalit | herding family
word: farmer | herder | tenant | displaced person

[synset V18_SEIZE_EXCLUDE]
# land, mines and fields seized from owners are confiscation (1711)
word: land | farmland | mine | gold mine | oilfield | oil field | estate | property | farm

[synset V18_SHIELD_VICTIM]
word: civilian | people | resident | population | villager | hostage | child | patient | family | prisoner
word: detainee | woman | refugee | displaced person | inhabitant | worshipper | student

[synset V18_HUMAN_SHIELD]
word: human shield | civilian shield | human shields

[synset V18_BLOCKADE]
word: blockade | naval blockade | siege | total siege | complete siege | full siege | encirclement | closure
word: military cordon | air blockade | sea blockade
word: land blockade

[synset V18_BORDER]
word: border | border crossing | crossing | crossing point | checkpoint | frontier | strait | land border
word: border post | border gate | humanitarian corridor | land crossing

[synset V18_PROTEST_BLOCK]
# blockaded by protesters, truckers or farmers: obstruction (root 14), not 191
word: road | highway | street | motorway | entrance | roundabout | intersection | junction | rail line | railway
word: main road | freeway | expressway | avenue | boulevard | tunnel | rail track | track | train line | crossing
word: border post | checkpoint | terminal | oil terminal | runway | exit | gate | traffic | route | supply route
word: trade route | ring road | thoroughfare | mountain pass | canal | waterway | airport road | railway line
word: office | headquarters | depot | fuel depot | refinery | factory | plant | parliament | building | square
word: university | campus | bridge | border crossing | toll booth | ministry | city centre | city center
word: harbour entrance

[synset V18_SUPPLY_ROUTE]
word: supply line | supply route | supply road | main road | highway | logistics route | road | corridor
word: access road | escape route

[synset V18_SORTIE]
word: sortie | combat sortie | combat mission | bombing mission | strike mission | air mission | bombing run

[synset V18_TERRITORIAL_GAIN]
word: territorial gain | battlefield gain | territorial advance | battlefield advance | gain on the battlefield

[synset V18_AGGRESSION]
word: aggression | act of aggression | armed aggression | military aggression | act of war

[synset V18_FORTIFICATION]
word: fence | border fence | security fence | wall | separation barrier | perimeter | defence | defense
word: defences | defensive line | defence line | defense line | front line | frontline | barrier | trench line

[synset V18_CEASEFIRE_DEAL]
word: ceasefire agreement | ceasefire deal | ceasefire accord | truce agreement | truce deal | armistice agreement
word: cessation of hostilities agreement | ceasefire arrangement | ceasefire terms | ceasefire line
word: ceasefire understanding | de-escalation agreement | easter truce | energy truce | holiday truce
word: line of control

[synset V18_CEASEFIRE_VIOLATION]
word: ceasefire violation | truce violation | ceasefire breach | truce breach | violation of the ceasefire

[synset V18_HOSTILITY]
# resumed in the midst of a ceasefire (196)
word: fighting | hostility | attack | airstrike | air strike | military strike | bombing | shelling
word: bombardment | offensive | war | military operation | combat operation | ground operation
word: ground offensive | combat | rocket fire | missile attack | drone attack | assault | air campaign
word: bombing campaign | raid | incursion | cross-border fire | rocket attack | artillery fire | air raid
word: missile strike | drone strike

[synset V18_KILL_EXCLUDE]
# "killed the bill", "killed the engine", "killed time", pests and livestock, "killed himself"
word: bill | proposal | plan | deal | measure | legislation | idea | project | story | momentum | chance | hope
word: engine | motor | light | switch | process | programme | program | scheme | initiative | time | mood | buzz
word: rumor | rumour | competition | demand | reform | amendment | talk | negotiation | joke | vibe | appetite
word: growth | job | industry | trade | merger | appeal | app | feature | product | brand | service | show
word: series | franchise | sale | bacterium | bacteria | virus | germ | pest | weed | insect | mosquito | cell
word: tumor | tumour | animal | elephant | rhino | rhinoceros | dog | cattle | livestock | wolf | bear | shark
word: bird | fish | crocodile | lion | tiger | deer | monkey | pig | chicken | poultry | himself | herself
word: themselves | itself | oneself | game | match | pain | conversation | power | signal | connection
word: spending | subsidy | funding | contract | lawsuit | case | investigation | probe | inquiry | narrative
word: notion | speculation | plant | crop | tree | grass

[synset V18_ATTACK_EXCLUDE]
# verbal, sporting, medical and cyber objects of "attack"
word: plan | proposal | policy | decision | remark | comment | statement | bill | law | legislation | idea
word: record | report | article | ruling | verdict | judgment | budget | reform | problem | issue | question
word: basket | ball | goal | net | pin | flag | hole | green | press | medium | media
word: critic | rival | opponent | detractor | challenger | candidate | campaign | stance
word: approach | strategy | programme | program | measure | move | deal | agreement | speech | view
word: opinion | claim | argument | tweet | narrative | ideology | value | server | website | computer
word: database | account | email | software | inflation | disease
word: virus | bacterium | cancer | tumor | tumour | cell | immune system | organ | nerve | liver | joint
word: deficit | debt | poverty | corruption | crime | weakness | character | integrity | credibility
word: reputation | honesty | motive | handling | response | leadership | track record | performance
word: appointment | nomination | nominee | judge | court | judiciary | institution | democracy | freedom
word: right | truth | science | price | cost | lead | title | computer network | computer system
word: administration | opposition | press freedom | tax | tariff | regulation | rule | ban | manifesto

[synset V18_CAPTURE_EXCLUDE]
word: imagination | attention | heart | mind | market | share | market share | vote | seat | title | crown
word: championship | gold | medal | trophy | cup | prize | essence | mood | image | footage | photo
word: photograph | picture | video | moment | carbon | emission | data | value | audience | spirit
word: headline | lead | top spot | initiative | momentum | nomination | majority | victory | win | record
word: award | pole | pole position | state | sound | light | energy | revenue | demand | zeitgeist | public
word: fan | viewer | likeness | feeling | nuance | detail | spotlight | limelight | interest

[synset V18_INVADE_EXCLUDE]
word: privacy | pitch | field | stage | court | space | personal space | market | home | mind | body | cell
word: tissue | dream | sphere | ring | green | screen | feed | inbox | territory of rivals | lungs | bloodstream

[synset V18_OCCUPY_EXCLUDE]
word: building | office | square | street | campus | university | parliament | seat | post | role | place
word: spot | top spot | rank | ranking | space | mind | attention | headline | chair | room | floor | lane
word: plaza | park | lobby | hall | factory | time | throne | job | presidency | position | tent | road
word: highway | school | library | embassy | ministry | city hall | town hall | capitol | legislature
word: assembly | thought | niche | center stage | centre stage | berth | slot | palace | presidential palace
word: headquarters | terminal | station | train station | courthouse | court | state house | television station
word: tv station | administration building | government building | government office | consulate | college
word: faculty | congress | senate | oil facility | government headquarters | national assembly

# ---------------------------------------------------------------------------------------------------------------
# 181 Abduct, hijack, take hostage
# ---------------------------------------------------------------------------------------------------------------

[verb v18-kidnap]
lemma: kidnap | abduct
pattern: 181
example: 181 | Gunmen kidnapped two Chinese mining engineers in Nigeria's Niger state on Tuesday, police said.
example: 181 | Three aid workers were abducted by al-Shabaab fighters near the Somali town of Baidoa, the United Nations said.
note: Always violent in news; no object restriction.

[verb v18-hijack]
lemma: hijack | carjack | skyjack
pattern: 181 obj=&V18_VEHICLE
example: 181 | Somali pirates hijacked a Bangladesh-flagged bulk carrier off the coast of Somalia, the European Union naval force said.
example: 181 | Houthi fighters hijacked a Japanese-operated cargo ship in the southern Red Sea in November 2023.
note: Only vehicles, ships and aircraft: "hijacked the debate", "hijacked the protest movement" are metaphors.

[verb v18-snatch]
lemma: snatch
pattern: 181 obj=&V18_PERSON|&V18_VIP|&V18_DISSIDENT
example: 181 | Armed men snatched an Austrian tourist from a hotel in the northern Nigerien town of Agadez, the interior ministry said.
note: People only; "snatched victory" and "snatched the lead" are sport.

[verb v18-disappear]
lemma: disappear
pattern: 181 obj=&V18_PERSON|&V18_DISSIDENT|&V18_VIP
example: 181 | Twelve Baloch activists have been forcibly disappeared by Pakistani security agencies since January, a rights group said.
note: Transitive and passive use only ("were forcibly disappeared"); intransitive "disappeared" has no object.

[verb v18-take]
lemma: take
pattern: 181 obj=hostage|captive|prisoner
pattern: 192 obj=control prep=of target=prep
pattern: 192 obj=&V18_PLACE prep=from
pattern: 192 obj=&V18_PLACE
pattern: 186 prt=out obj=&V18_VIP
pattern: 190 prt=out obj=&V18_MIL_TARGET|&V18_COMBATANT|&V18_AIRCRAFT
pattern: 190 prt=up obj=arm|arms prep=against
example: 181 | Hamas took 251 hostages during its cross-border attack on southern Israel on October 7, 2023.
example: 192 | M23 rebels took control of Goma, the largest city in eastern Congo, on Monday, the United Nations said.
example: 192 | Russian troops took the village of Krasnohorivka after weeks of fighting, the Defence Ministry in Moscow said.
example: 186 | Israel took out Hezbollah's top military commander in a strike on a Beirut suburb, the Israeli military said.
example: 190 | Ukrainian forces took out a Russian ammunition depot in occupied Crimea overnight, Kyiv's military intelligence said.
example: 190 | Ethnic armed groups took up arms against Myanmar's junta after the 2021 coup.
note: "take" is too broad for a bare pattern. "Took control of" is 192 even though it also covers political control
note: of a legislature ("took control of the House"); the target resolves to the chamber in that case - known limit.

[verb v18-hold]
lemma: hold
pattern: 184 obj=&V18_PERSON prep=as target=obj
pattern: 181 obj=hostage|captive
example: 184 | Rapid Support Forces fighters held residents of El Fasher as human shields, a U.N. human rights official said.
example: 181 | Palestinian Islamic Jihad is holding two hostages in Gaza, the Israeli military said.
note: "held civilians as human shields": the object of "as" cannot be checked, but people held "as" something by
note: armed men are in practice human shields or hostages.

[verb v18-seize]
lemma: seize | grab
pattern: 181 obj=hostage|captive
pattern: 181 obj=&V18_VESSEL
pattern: 192 obj=control prep=of target=prep
pattern: 192 obj=&V18_PLACE !obj=&V18_SEIZE_EXCLUDE prep=from
pattern: 192 obj=&V18_PLACE !obj=&V18_SEIZE_EXCLUDE
example: 181 | Iranian naval forces seized a Portuguese-flagged container ship near the Strait of Hormuz on Saturday.
example: 192 | Islamist fighters seized the town of Mocimboa da Praia in northern Mozambique on Wednesday, security sources said.
example: 192 | Taliban fighters seized control of the northern Afghan city of Kunduz on Monday, officials said.
example: 192 | Kachin rebels seized the town of Bhamo from Myanmar's military after a months-long siege, residents said.
note: Seizure of goods, drugs, weapons, land or mines is confiscation (1711, root 17) and is not matched here. Ships
note: seized by force are 181 as the codebook's definition says (the root-17 file lists ships as assets: see report).

# ---------------------------------------------------------------------------------------------------------------
# 182 Physically assault; 1821 sexual assault; 1822 torture; 1823 kill by physical assault
# ---------------------------------------------------------------------------------------------------------------

[verb v18-assault]
lemma: assault
pattern: 190 obj=&V18_PLACE|&V18_MIL_TARGET
pattern: 182 obj=&V18_PERSON|&V18_DISSIDENT|&V18_VIP
example: 182 | Police officers assaulted journalists covering an opposition rally in Tbilisi, the Committee to Protect Journalists said.
example: 190 | Russian forces assaulted Ukrainian positions near Pokrovsk 40 times on Sunday, Ukraine's General Staff said.
note: "sexually assaulted" also lands on 182: the cues cannot see the adverb (1821 comes from "rape" and the nouns).

[verb v18-beat]
lemma: beat | bludgeon | club | batter
pattern: 190 prt=back obj=&V18_OFFENSIVE|&V18_COMBATANT
pattern: 1823 obj=&V18_PERSON|&V18_DISSIDENT prep=to target=obj
pattern: 182 prt=up !obj=&V18_PROTESTER_LIKE
pattern: 182 obj=&V18_PERSON|&V18_DISSIDENT !obj=&V18_PROTESTER_LIKE
example: 1823 | Prison guards beat an inmate to death in Egypt's Badr prison complex, a rights group said.
example: 182 | Libyan militiamen beat migrants held at a detention centre in Zawiya, a U.N. report said.
example: 182 | Soldiers beat up a Palestinian detainee at a checkpoint near Hebron, a rights group said.
example: 190 | Ukrainian defenders beat back a Russian assault on the town of Chasiv Yar, the army said.
note: People only: "Liverpool beat Chelsea", "beat forecasts", "beat Hamilton to the title" must not match.
note: Beaten protesters, students and journalists are left to the root-17 file (175, repression).

[verb v18-lynch]
lemma: lynch
pattern: 1823
example: 1823 | Angry villagers lynched two police officers in the Mexican state of Puebla on Wednesday, state authorities said.

[verb v18-stab]
lemma: stab | knife
pattern: 1823 obj=&V18_PERSON|&V18_DISSIDENT|&V18_VIP prep=to target=obj
pattern: 182 obj=*
example: 182 | An attacker stabbed three Israeli police officers near the Old City of Jerusalem on Friday, police said.
example: 1823 | An Afghan man stabbed a police officer to death in the German city of Mannheim, prosecutors said.
note: Stabbing uses no conventional weapon: 182, and 1823 when "to death".

[verb v18-hack]
lemma: hack | stone
pattern: 1823 obj=&V18_PERSON|&V18_DISSIDENT|&V18_VIP prep=to target=obj
example: 1823 | Forty villagers were hacked to death by suspected Islamist rebels in eastern Congo's Beni territory, officials said.
example: 1823 | Militants stoned a woman to death in a Taliban-controlled village in Afghanistan's Ghor province, officials said.
note: Only "hacked/stoned X to death": "hacked into servers" is a cyber attack (176), "stoned police" is rioting.

[verb v18-torture]
lemma: torture | waterboard
pattern: 1823 obj=* prep=to target=obj
pattern: 1822 obj=*
example: 1822 | Myanmar's military tortured detained protesters in interrogation centres across the country, Amnesty International said.
example: 1823 | Syrian security forces tortured a student activist to death in Sednaya prison, a monitoring group said.

[verb v18-abuse]
lemma: abuse | mistreat | ill-treat | maltreat | brutalize | brutalise | manhandle | mutilate
pattern: 182 obj=&V18_PERSON|&V18_DISSIDENT
example: 182 | Belarusian prison guards routinely mistreated political prisoners, a U.N. expert said.
example: 182 | Libya's coast guard abused migrants in detention centres near Tripoli, a U.N. report said.
note: People only: "abused his power", "abused the system" stay uncoded.

[verb v18-rape]
lemma: rape | gang-rape | molest | sodomize | sodomise
pattern: 1821
example: 1821 | Rapid Support Forces fighters raped women and girls during their assault on El Geneina, a U.N. fact-finding mission said.
example: 1821 | Soldiers raped at least 20 women in a village in eastern Congo, the U.N. peacekeeping mission said.

[verb v18-flog]
lemma: flog | whip | lash | cane
pattern: 182 obj=&V18_PERSON|&V18_DISSIDENT !obj=&V18_PROTESTER_LIKE
example: 182 | The Taliban publicly flogged 14 people, including three women, in Afghanistan's Logar province, the Supreme Court said.
note: People only: "whipped up tensions", "lashed out at critics" have no person object.

[verb v18-punch]
lemma: punch | slap | shove | pummel
pattern: 182 obj=&V18_PERSON|&V18_DISSIDENT|&V18_VIP
example: 182 | A ruling party lawmaker punched an opposition lawmaker during a heated session of Taiwan's parliament on Friday.
note: "kick" is left out: "kicked out journalists" is an expulsion (174) and the cues cannot exclude a particle.

[verb v18-rough]
lemma: rough
pattern: 182 prt=up
example: 182 | Police roughed up several journalists covering a protest in Dhaka on Sunday, the reporters' union said.

[verb v18-strangle]
lemma: strangle | suffocate | smother
pattern: 1823 obj=&V18_PERSON|&V18_DISSIDENT|&V18_VIP
example: 1823 | Chinese prison guards strangled a Uighur detainee in a Xinjiang camp, a former inmate told a tribunal in London.
note: People only: "strangled the economy" stays uncoded.

[verb v18-burn]
lemma: burn
pattern: 1823 obj=&V18_PERSON|&V18_DISSIDENT
example: 1823 | Boko Haram fighters burned villagers alive in their homes in northeastern Nigeria's Borno state, survivors said.
note: People only. Burning, torching and razing homes, villages and crops is property destruction (1712) in the
note: root-17 file.

[verb v18-behead]
lemma: behead | decapitate | crucify
pattern: 180 obj=*
example: 180 | Islamist insurgents beheaded 11 villagers in northern Mozambique's Cabo Delgado province, a local official said.
note: Killing with a blade by an armed group: 180 (unconventional violence), as the codebook codes machete attacks.

[verb v18-execute]
lemma: execute | hang
pattern: 180 obj=&V18_PERSON|&V18_COMBATANT
pattern: 1951 obj=&V18_PRECISION prep=on|against|in
pattern: 195 obj=&V18_AIRSTRIKE prep=on|against|in
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY prep=on|against|in
example: 180 | Russian soldiers executed six Ukrainian prisoners of war near Pokrovsk, Ukraine's prosecutor general said.
example: 180 | Islamic State militants hanged three villagers accused of spying in Iraq's Kirkuk province, officials said.
example: 1951 | U.S. forces executed precision strikes against Houthi radar sites in Yemen, Central Command said.
note: Summary killings of captives and civilians. Plans, orders, trades and contracts are not on the list. Judicial
note: executions share the form ("Iran hanged a protester") and also land on 180: known limit.

# ---------------------------------------------------------------------------------------------------------------
# 180 Unconventional violence: ramming, arson, firebombs, knife attacks
# ---------------------------------------------------------------------------------------------------------------

[verb v18-ram]
lemma: ram
pattern: 1832 obj=&V18_CAR_BOMB prep=into
pattern: 180 obj=&V18_VEHICLE prep=into
pattern: 180 obj=crowd|&V18_PERSON|&V18_WARSHIP
pattern: 180 prep=into !obj=*
example: 180 | An attacker rammed a car into a crowd at a Christmas market in Magdeburg, killing six people.
example: 180 | China's coast guard rammed a Philippine supply boat near Second Thomas Shoal on Monday, Manila said.
note: Vehicle rammings are violence without conventional weapons (180), not bombings (183x).

[verb v18-drive]
lemma: drive
pattern: 1832 obj=&V18_CAR_BOMB prep=into|at|toward|towards
pattern: 180 obj=&V18_VEHICLE prep=into
pattern: 201 prt=out obj=&V18_EXPEL_VICTIM
pattern: 201 obj=&V18_EXPEL_VICTIM prep=from target=obj
pattern: 190 prt=out obj=&V18_COMBATANT
pattern: 190 obj=&V18_COMBATANT prep=from target=obj
example: 180 | A Saudi-born doctor drove a rented car into a crowd at a Christmas market in Magdeburg in December 2024.
example: 201 | Armed settlers drove out Palestinian herding families from villages in the Jordan Valley, the United Nations said.
example: 1832 | A suicide attacker drove an explosives-laden truck into an army checkpoint in northern Mali, the army said.
example: 190 | Iraqi troops drove Islamic State militants out of the western city of Ramadi in December 2015.
example: 201 | Rapid Support Forces fighters drove 15,000 Masalit families from their homes in El Geneina, survivors said.

[verb v18-throw]
lemma: throw | hurl | lob
pattern: 194 obj=shell|artillery|rocket|missile prep=at|into|on|toward|towards
pattern: 193 obj=grenade|mortar prep=at|into|on|toward|towards
example: 193 | Militants threw a grenade at a police station in Srinagar on Sunday, wounding two officers.
example: 194 | North Korean troops lobbed artillery shells toward the South Korean island of Yeonpyeong, Seoul said.
note: Stones and petrol bombs thrown by crowds are rioting (145, root-14 file) and are not listed here.

[verb v18-set]
lemma: set
pattern: 1831 prt=off obj=&V18_SUICIDE_DEVICE
pattern: 1832 prt=off obj=&V18_CAR_BOMB
pattern: 1833 prt=off obj=&V18_ROADSIDE
pattern: 1834 prt=off obj=&V18_IED
pattern: 183 prt=off obj=&V18_BOMB_ATTACK
example: 1832 | Al-Shabaab militants set off a car bomb at a checkpoint in Mogadishu on Saturday, police said.
example: 1834 | Separatists set off a remote-controlled bomb near a school bus in Pakistan's Balochistan province, police said.
example: 1831 | An attacker set off his suicide vest at the gate of Kabul airport in August 2021, U.S. officials said.
example: 183 | Militants set off two explosions near a police station in the Afghan city of Jalalabad on Sunday.
note: "set up", "set out", "set a record" match none of the listed objects. "set fire to" is property destruction
note: (1712) in the root-17 file.

[verb v18-unleash]
lemma: unleash
pattern: 1952 obj=&V18_DRONE|&V18_DRONE_STRIKE prep=on|against|at|in
pattern: 1952 obj=&V18_DRONE_STRIKE target=none
pattern: 195 obj=&V18_AIRSTRIKE prep=on|against|at|in
pattern: 195 obj=&V18_AIRSTRIKE target=none
pattern: 194 obj=&V18_ARTILLERY_ATTACK|&V18_HEAVY prep=on|against|at|in
pattern: 194 obj=&V18_ARTILLERY_ATTACK target=none
pattern: 2041 obj=&V18_CHEMICAL|&V18_CHEMICAL_ATTACK prep=on|against
pattern: 180 obj=violence|terror|&V18_UNCONV prep=against|on
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY prep=on|against|in
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY target=none
example: 194 | Russia unleashed a massive missile barrage on Ukraine's power grid overnight, the energy minister said.
example: 180 | Hindu nationalist rioters unleashed violence against Muslims in northeast Delhi in February 2020.
example: 1952 | Russia unleashed 500 Shahed drones on Kyiv overnight, the Ukrainian air force said.
example: 190 | The Sudanese army unleashed a ground offensive against the Rapid Support Forces in Khartoum.

# ---------------------------------------------------------------------------------------------------------------
# 183 Bombings outside military engagements: 1831 suicide, 1832 vehicle, 1833 roadside, 1834 placed devices
# ---------------------------------------------------------------------------------------------------------------

[verb v18-blow]
lemma: blow
pattern: 1831 prt=up obj=himself|herself|themselves|themself
pattern: 1832 prt=up obj=&V18_CAR_BOMB
pattern: 1834 prt=up obj=&V18_BLOWUP_TARGET
example: 1831 | A suicide bomber blew himself up at a Shi'ite mosque in Kunduz during Friday prayers, the Taliban said.
example: 1834 | Ukrainian partisans blew up a railway bridge used to supply Russian forces in the Bryansk region, the governor said.
note: Blowing up bridges, pipelines and buildings with placed charges is 1834 (structural damage).

[verb v18-detonate]
lemma: detonate | explode
pattern: 1831 obj=&V18_SUICIDE_DEVICE
pattern: 1832 obj=&V18_CAR_BOMB
pattern: 1833 obj=&V18_ROADSIDE
pattern: 2042 obj=&V18_NUCLEAR prep=over|above|on
pattern: 1834 obj=&V18_IED
example: 1831 | A suicide bomber detonated an explosive vest among worshippers at a mosque in Peshawar, police said.
example: 1832 | Al-Shabaab militants detonated a truck bomb outside a hotel in Mogadishu on Friday, police said.
example: 1833 | Taliban fighters detonated a roadside bomb next to a police vehicle in Helmand province, officials said.
example: 1834 | Suspected Islamic State militants detonated an explosive device at a Catholic Mass in the southern Philippine city of Marawi.
note: A nuclear test ("detonated a nuclear device underground") has no "over/on" target and is not coded 2042.

[verb v18-plant]
lemma: plant | place
pattern: 1832 obj=&V18_CAR_BOMB
pattern: 1833 obj=&V18_ROADSIDE
pattern: 193 obj=&V18_MINE
pattern: 1834 obj=&V18_IED
example: 1833 | Maoist rebels planted roadside bombs along a highway in India's Chhattisgarh state, police said.
example: 1834 | Attackers planted a bomb under the car of a Russian general in Moscow, investigators said.
example: 193 | Russian forces planted landmines across farmland in the Kharkiv region before retreating, Ukrainian officials said.
note: Mines are coded 193 as the codebook says (minefields are not location bombings).

[verb v18-booby-trap]
lemma: booby-trap
pattern: 1834 obj=*
example: 1834 | Retreating Russian troops booby-trapped homes in villages around Kyiv, Ukrainian police said.

[verb v18-lay]
lemma: lay
pattern: 193 obj=&V18_MINE
pattern: 191 obj=siege prep=to
pattern: 190 obj=waste prep=to
example: 191 | The Rapid Support Forces have laid siege to El Fasher, the army's last stronghold in Darfur, since May 2024.
example: 193 | Houthi fighters laid naval mines in the Red Sea off the Yemeni port of Hodeidah, the coalition said.
example: 190 | Russian forces laid waste to the eastern Ukrainian city of Bakhmut during a months-long battle.

[verb v18-mine]
lemma: mine
pattern: 193 obj=&V18_MINE_AREA
example: 193 | Russia mined the approaches to Ukraine's Black Sea ports, the Ukrainian navy said.
note: Places only: "mined gold", "mined data" are not listed.

# ---------------------------------------------------------------------------------------------------------------
# 184 human shields; 185 attempted assassination; 186 assassination
# ---------------------------------------------------------------------------------------------------------------

[verb v18-hide]
lemma: hide
pattern: 184 prep=behind
example: 184 | Al-Shabaab fighters hid behind civilians in a market in the Somali town of Jilib, the Somali army said.

[verb v18-shield]
lemma: shield
pattern: 184 obj=himself|herself|themselves|itself prep=with|behind
example: 184 | The gunmen shielded themselves with hostages inside the hotel in Bamako, security officials said.

[verb v18-assassinate]
lemma: assassinate
pattern: 186
example: 186 | Gunmen assassinated the president of Haiti at his home in Port-au-Prince in July 2021.
example: 186 | Unknown assailants assassinated a senior Iranian nuclear scientist near Tehran on Friday, state media said.

[verb v18-attempt]
lemma: attempt | try | plot | conspire
pattern: 185 comp=assassinate|kill|murder|poison
pattern: 185 obj=&V18_ASSASSINATION
example: 185 | Gunmen tried to assassinate the governor of Somalia's Lower Shabelle region on Monday, officials said.
example: 185 | Two men attempted to kill the mayor of the Colombian city of Cucuta with a grenade, police said.
note: "tried to kill" an unnamed soldier also lands on 185; the cue cannot see the object of the dependent verb.

[verb v18-make]
lemma: make
pattern: 185 obj=attempt|&V18_ASSASSINATION_ATTEMPT prep=on|against
pattern: 185 obj=&V18_ASSASSINATION_ATTEMPT target=none
pattern: 192 obj=&V18_TERRITORIAL_GAIN prep=in|near|around|along
pattern: 192 obj=&V18_TERRITORIAL_GAIN target=none
pattern: 190 obj=incursion prep=into
pattern: 190 obj=incursion target=none
example: 185 | Militants made an attempt on the life of Afghanistan's first vice president in Kabul in September 2020.
example: 190 | Venezuelan troops made an incursion into Guyanese territory on Tuesday, Georgetown said.
example: 192 | Russian forces made territorial gains in Ukraine's Donetsk region last week, a war monitor said.

[verb v18-wound]
lemma: wound | injure | maim
pattern: 185 obj=&V18_VIP
pattern: 190 obj=&V18_PERSON|&V18_COMBATANT
example: 185 | Gunmen wounded the mayor of a town in Mexico's Guerrero state on Sunday, state prosecutors said.
example: 190 | Israeli troops wounded four Palestinian teenagers during a raid in Nablus, the Red Crescent said.
note: People only: "injured his knee", "hurt the economy" stay uncoded.

[verb v18-poison]
lemma: poison
pattern: 185 obj=&V18_VIP|&V18_DISSIDENT
example: 185 | Russian agents poisoned an opposition leader with Novichok in Siberia in August 2020, investigators found.
note: Poisoning of political figures is coded as an attempt (185): most victims in the news survive. People
note: only: "poisoned relations", "poisoned the atmosphere" stay uncoded.

[verb v18-kill]
lemma: kill | slay
pattern: 186 obj=&V18_VIP
pattern: 190 obj=* !obj=&V18_KILL_EXCLUDE
example: 186 | Israel killed a senior Hezbollah commander in a drone strike in southern Lebanon on Tuesday, the military said.
example: 190 | Russian troops killed three civilians in the village of Ivanivka, the regional governor said.
example: 190 | Five Pakistani soldiers were killed by militants in North Waziristan on Sunday, the army said.
note: The codebook codes killings with unnamed weapons as 190 and killings of officials and commanders as 186.

[verb v18-murder]
lemma: murder
pattern: 186 obj=&V18_VIP|&V18_DISSIDENT
pattern: 190 obj=*
example: 186 | Saudi agents murdered a Saudi journalist inside the kingdom's consulate in Istanbul in October 2018.
example: 190 | Jihadists murdered 17 villagers in an attack on a market in northern Burkina Faso, the government said.
note: Murders of journalists and activists are political killings (186); other murders in conflict are 190.

[verb v18-eliminate]
lemma: eliminate | liquidate | neutralize | neutralise
pattern: 186 obj=&V18_VIP
pattern: 190 obj=&V18_COMBATANT
example: 186 | The Israeli military eliminated a senior Hamas commander in an airstrike on Gaza City, a spokesman said.
example: 190 | Turkish security forces neutralised 13 PKK militants in northern Iraq, the defence ministry said.
note: People only: "eliminated tariffs", "liquidated the company", "neutralised the threat" stay uncoded.

[verb v18-gun]
lemma: gun
pattern: 186 prt=down obj=&V18_VIP|&V18_DISSIDENT
pattern: 193 prt=down
example: 186 | Gunmen gunned down an Ecuadorean presidential candidate at a campaign rally in Quito in August 2023.
example: 193 | Suspected separatist militants gunned down 11 coal miners in Pakistan's Balochistan province, police said.

[verb v18-mow]
lemma: mow
pattern: 193 prt=down obj=&V18_PERSON|&V18_DISSIDENT
example: 193 | Security forces mowed down protesters in the Iranian city of Zahedan in September 2022, Amnesty International said.

# ---------------------------------------------------------------------------------------------------------------
# 190 Conventional military force
# ---------------------------------------------------------------------------------------------------------------

[verb v18-attack]
lemma: attack
pattern: 190 obj=* !obj=&V18_ATTACK_EXCLUDE
example: 190 | Suspected JNIM militants attacked a military post in central Mali on Sunday, the army said.
example: 190 | A Ukrainian border village was attacked by Russian forces overnight, the regional administration said.
note: Verbal attacks on politicians ("Trump attacked Biden") share the form and cannot be told apart by cues when
note: the object is a name; the exclusion list removes policy, sport, medical and cyber objects.

[verb v18-ambush]
lemma: ambush
pattern: 190 obj=*
example: 190 | Islamist militants ambushed an army convoy in northern Burkina Faso on Thursday, security sources said.

[verb v18-raid]
lemma: raid
pattern: 190 obj=&V18_RAID_TARGET
example: 190 | Israeli forces raided the Jenin refugee camp in the occupied West Bank on Wednesday, Palestinian health officials said.
note: Listed places only: police raids on offices and homes are root 17.

[verb v18-storm]
lemma: storm
pattern: 190 obj=&V18_STORM_TARGET
example: 190 | Al-Shabaab gunmen stormed a hotel in the Somali capital Mogadishu on Friday night, police said.
example: 190 | Jihadist fighters stormed a military base in central Mali before dawn, the army said.
note: Military and public places only: crowds storming a parliament, an embassy, a palace or a police station are
note: rioting (145, root-14 file), protest camps cleared by police are repression (175).

[verb v18-strike]
lemma: strike
pattern: 186 obj=&V18_VIP
pattern: 195 subj=&V18_DRONE|&V18_AIRSTRIKE|&V18_DRONE_STRIKE|warplane|military_helicopter|military_drone|fighter_jet|helicopter_gunship
pattern: 190 subj=&V18_HEAVY|&V18_AIRBOMB|&V18_PRECISION|missile_strike
pattern: 190 obj=target|&V18_MIL_TARGET
example: 190 | Israeli warplanes struck Houthi-controlled ports in western Yemen on Monday, the Israeli military said.
example: 190 | A Russian missile struck a passenger train in the Dnipropetrovsk region on Wednesday, Ukraine said.
example: 195 | An Israeli drone struck a car near the Lebanese city of Tyre on Monday, Lebanon's health ministry said.
example: 190 | U.S. forces struck targets linked to Iran-backed militias in eastern Syria, the Pentagon said.
example: 186 | Israel struck a senior Hezbollah commander in a Beirut suburb on Tuesday, the Israeli military said.
note: Striking a named commander or official is a targeted killing (186). Military objects only otherwise:
note: "struck a deal" (057), "struck a chord", "struck a balance", "struck down the law" do
note: not match. A weapon as the subject is force whatever it struck ("a missile struck a train", "struck near a
note: playground"): drones and air strikes 195, missiles, shells and bombs 190.

[verb v18-hit]
lemma: hit
pattern: 195 subj=&V18_DRONE|&V18_AIRSTRIKE|&V18_DRONE_STRIKE|warplane|military_helicopter|military_drone|fighter_jet|helicopter_gunship
pattern: 190 subj=&V18_HEAVY|&V18_AIRBOMB|&V18_PRECISION|missile_strike
pattern: 190 obj=&V18_MIL_TARGET
example: 190 | Two Russian missiles hit a shopping centre in the city of Kremenchuk on Monday, Ukrainian officials said.
example: 190 | Ukrainian forces hit an oil refinery in Russia's Ryazan region with drones overnight, the regional governor said.
note: Without bare "target" ("hit its inflation target") and "post" ("hit the post"); "hit with tariffs" does not match.

[verb v18-damage]
lemma: damage | disable | cripple
pattern: 190 obj=&V18_MIL_TARGET voice=active
example: 190 | Ukrainian sea drones damaged a Russian patrol ship off Sevastopol on Tuesday, Kyiv said.
note: Military targets only: a storm that damaged homes has no source (a hazard), sanctions that damage an economy
note: name no target in the list.

[verb v18-slam-into]
lemma: slam | crash
pattern: 190 prep=into|onto obj=* target=prep voice=active
example: 190 | Russian missiles slammed into an apartment block in central Kyiv on Thursday, the mayor said.
example: 190 | A Ukrainian sea drone crashed into a Russian landing ship near Novorossiysk before dawn.
note: Only a weapon's impact (drones, missiles, rockets, shells, bombs as subject) is an act: a car, a truck or a plane
note: that slams or crashes into something is a mishap, whose subject the coder gives no source. Not "smash" or
note: "plough", which take objects ("ploughed proceeds into bonds", "smashed their way into the home").

[verb v18-target]
lemma: target
pattern: 190 obj=&V18_STRIKE_SITE
example: 190 | Russia targeted Ukraine's energy infrastructure with missiles and drones overnight, Kyiv said.
note: A narrower list than "strike": sanctions "target" officials, banks, tankers and companies.

[verb v18-pound]
lemma: pound | hammer | blast
pattern: 195 subj=warplane|military_helicopter|military_drone|&V18_DRONE|&V18_AIRSTRIKE obj=*
pattern: 190 subj=&V18_HEAVY|artillery obj=*
pattern: 190 obj=target|&V18_MIL_TARGET|&V18_PLACE
example: 190 | Israeli forces pounded Hezbollah strongholds in southern Lebanon on Monday, Lebanese state media said.
example: 195 | Jordanian warplanes pounded Islamic State targets in Syria on Thursday, the army said.
note: Military objects only: "blasted the decision" is criticism.

[verb v18-pummel]
lemma: pummel
pattern: 190 obj=* voice=active
example: 190 | Russia pummelled Kharkiv with glide bombs and drones overnight, regional officials said.
note: A state or city pummelled is bombarded; a person pummelled is beaten (v18-punch, which is tried first for people).

[verb v18-destroy]
lemma: destroy
pattern: 190 obj=&V18_MIL_HARDWARE
example: 190 | Ukrainian forces destroyed two Russian tanks near Kupiansk, the General Staff said.
note: Military hardware only: homes, villages and infrastructure destroyed are property destruction (1712, root 17).

[verb v18-down]
lemma: down | intercept
pattern: 190 obj=&V18_AIRCRAFT|&V18_DRONE
example: 190 | Turkey downed a Russian warplane near the Syrian border in November 2015.
example: 190 | The Israeli military intercepted a ballistic missile fired from Yemen on Thursday, a spokesman said.
note: Intercepting migrants, shipments or calls is not on the list.

[verb v18-shoot]
lemma: shoot
pattern: 190 prt=down obj=&V18_AIRCRAFT|&V18_DRONE
pattern: 190 prt=dead obj=militant|insurgent|rebel|fighter|jihadist|terrorist|gunman|attacker|assailant|infiltrator|raider|bandit|pirate|extremist|armed_man|suspect|smuggler
pattern: 186 prt=dead obj=&V18_VIP|&V18_DISSIDENT
pattern: 180 prt=dead
pattern: 185 obj=&V18_VIP
pattern: 193 obj=&V18_PERSON|&V18_COMBATANT|&V18_DISSIDENT
pattern: 193 prep=at !obj=*
example: 190 | Iranian forces shot down a U.S. surveillance drone over the Strait of Hormuz in June 2019.
example: 185 | A gunman shot the Slovak prime minister in the town of Handlova on Wednesday, wounding him critically.
example: 190 | Kenyan police shot dead two Somali militants during clashes in Nairobi, a rights group said.
example: 186 | Unidentified gunmen shot dead Gauri Lankesh, a prominent Indian journalist, in Bengaluru on Tuesday.
example: 180 | A gunman burst into a Quebec City mosque on Sunday and shot dead six men.
example: 193 | China's coast guard shot at a Philippine fishing boat near Scarborough Shoal, Manila said.
note: "shot down the proposal", "shot a film", "shot a 65" match none of the lists. Shooting an official without
note: a reported death is 185. "Shot dead" (read as `prt=dead`) is a killing: of gunmen and militants 190, of
note: officials, journalists and activists 186 (a name's class read from its apposition), of anyone else 180;
note: of protesters by security forces 175 (v14-kill-protesters).

[verb v18-fire]
lemma: fire
pattern: 111 prt=back
pattern: 150 obj=warning_shot|warning_flare prep=at|on|toward|towards target=prep
pattern: 150 obj=warning_shot|warning_flare target=none
pattern: 2042 obj=&V18_NUCLEAR prep=at|on|against
pattern: 2041 obj=&V18_CHEMICAL prep=at|on|against|toward|towards|into
pattern: 1952 obj=&V18_DRONE prep=at|on|against|toward|towards|into
pattern: 1952 obj=&V18_DRONE target=none
pattern: 1951 obj=&V18_PRECISION prep=at|on|against|toward|towards|into
pattern: 1951 obj=&V18_PRECISION target=none
pattern: 194 obj=&V18_HEAVY prep=at|on|against|toward|towards|into
pattern: 193 obj=&V18_SMALL_ARMS !obj=&V18_NONLETHAL prep=at|on|against|toward|towards|into
pattern: 193 prep=at|on|upon !obj=*
pattern: 150 obj=missile|ballistic_missile|cruise_missile|icbm|intercontinental_ballistic_missile|short-range_missile|short-range_ballistic_missile target=none
example: 150 | North Korea fired at least 23 missiles on Wednesday, one of them landing off South Korea's coast.
example: 194 | Hamas fired rockets at Tel Aviv on Sunday for the first time in months, the Israeli military said.
example: 193 | Saudi border guards fired live rounds at Ethiopian migrants on the border with Yemen, Human Rights Watch said.
example: 1952 | Russia fired 400 drones at Ukraine overnight, the Ukrainian air force said.
example: 1951 | Ukraine fired Storm Shadow missiles at a Russian command post in the Kursk region, Kyiv said.
example: 2041 | Syrian government forces fired chemical shells at rebel positions in eastern Ghouta, a monitoring group said.
note: Objects only, so "fired the coach" never matches. 111 (criticise; root 11) is kept for "fired back at X",
note: which in news is nearly always a retort. Rubber bullets, tear gas and warning shots are excluded from 193.

[verb v18-open]
lemma: open
pattern: 193 obj=fire prep=on|at|upon
pattern: 193 obj=fire target=none
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY prep=on|against|in|into
example: 193 | Israeli troops opened fire on a crowd of aid seekers in Gaza City, the health ministry said.
example: 193 | Jihadist fighters opened fire in a crowded market in the Nigerian town of Bokkos, local officials said.
example: 190 | Ukraine opened a new offensive in Russia's Belgorod region, Russian officials said.
note: The coder recodes the shooting of gunmen, attackers, gangs and bandits, who are no armed force, as 180
note: (suicide bombers 1831), at home when the sentence names no target.

[verb v18-exchange]
lemma: exchange | trade
pattern: 194 obj=&V18_HEAVY_FIRE prep=with
pattern: 193 obj=fire|gunfire|shot|gunshot prep=with
pattern: 194 obj=&V18_HEAVY_FIRE target=none
pattern: 193 obj=fire|gunfire|shot|gunshot target=none
example: 193 | Pakistani troops exchanged fire with Afghan Taliban forces at the Torkham border crossing, officials said.
example: 194 | Thai forces traded artillery fire with Cambodian troops along the disputed border on Thursday.
example: 193 | Indian and Pakistani soldiers exchanged fire along the Line of Control in Kashmir overnight, the army said.

[verb v18-fight]
lemma: fight | battle
pattern: 190 obj=&V18_COMBATANT
pattern: 190 prep=against|with !obj=*
pattern: 190 subj=pair !obj=*
example: 190 | Ethiopian and Eritrean troops fought along the border near Badme on Saturday, officials said.
example: 190 | Ukrainian troops fought Russian forces in the streets of Bakhmut for months, the army said.
example: 190 | Turkish-backed factions fought with Kurdish-led fighters near the Syrian town of Manbij on Sunday.
note: Objects limited to armed opponents: "fight corruption", "battle a wildfire", "fought Fury" (boxing) do not match.

[verb v18-engage]
lemma: engage | combat
pattern: 190 obj=&V18_COMBATANT
example: 190 | Nigerian troops engaged Boko Haram fighters near the border with Cameroon, the army said.
note: "engage with" (diplomacy) and "combat terrorism" have no combatant object.

[verb v18-clash]
lemma: clash | skirmish
pattern: 190 prep=with
pattern: 190 subj=pair !obj=*
example: 190 | Thai and Cambodian troops clashed along their disputed border on Thursday, the Thai army said.
example: 190 | Pakistani forces clashed with Taliban fighters along the Afghan border on Saturday, the army said.
example: 190 | Druze militias clashed with Bedouin fighters in Syria's Sweida province on Sunday, a monitor said.
note: Verbal clashes ("clashed with the White House over spending") share the form; known limit.

[verb v18-wage]
lemma: wage
pattern: 1952 obj=&V18_DRONE_STRIKE prep=against|on|in
pattern: 195 obj=&V18_AIRSTRIKE prep=against|on|in|over
pattern: 195 obj=&V18_AIRSTRIKE target=none
pattern: 203 obj=&V18_CLEANSING prep=against|in
pattern: 202 obj=&V18_MASS_KILLING prep=against|in
pattern: 200 obj=&V18_ATROCITY prep=against|in
pattern: 190 obj=war|warfare|insurgency|offensive|jihad|battle !obj=&V18_NONMILITARY prep=against|on|in
pattern: 190 obj=war|warfare|insurgency|jihad !obj=&V18_NONMILITARY target=none
example: 190 | An Islamic State affiliate has waged an insurgency against the government in Mozambique's Cabo Delgado since 2017.
example: 195 | The U.S.-led coalition waged an air campaign against the Islamic State in Iraq and Syria from 2014.
example: 200 | The junta waged a campaign of terror against villagers in Myanmar's Sagaing region, a U.N. investigator said.
example: 1952 | The United States waged a drone war against al-Qaeda in Yemen and Pakistan for more than a decade.
note: "trade war", "war of words", "legal battle" are excluded.

[verb v18-order]
lemma: order
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY prep=on|against|in|into
pattern: 195 obj=&V18_AIRSTRIKE prep=on|against|in|at
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY target=none
example: 190 | Ethiopia's prime minister ordered a military offensive against the ruling party of the Tigray region.
example: 195 | The president ordered air strikes on militant camps in eastern Syria on Friday.
note: Ordering an offensive or an air strike is the act, by whoever commands it, as the held-out sets code it.

[verb v18-launch]
lemma: launch
pattern: 1831 obj=&V18_SUICIDE_ATTACK prep=on|against|in|at
pattern: 1831 obj=&V18_SUICIDE_ATTACK target=none
pattern: 1832 obj=&V18_CAR_BOMB prep=on|against|in|at
pattern: 1832 obj=&V18_CAR_BOMB target=none
pattern: 1833 obj=&V18_ROADSIDE prep=on|against|in|at
pattern: 1952 obj=&V18_DRONE_STRIKE prep=on|against|in|at|into
pattern: 1952 obj=&V18_DRONE prep=at|on|against|toward|towards|into
pattern: 1952 obj=&V18_DRONE_STRIKE target=none
pattern: 1951 obj=&V18_PRECISION prep=on|against|in|at|into
pattern: 1951 obj=&V18_PRECISION target=none
pattern: 195 obj=&V18_AIRSTRIKE prep=on|against|in|at|across
pattern: 195 obj=&V18_AIRSTRIKE target=none
pattern: 2041 obj=&V18_CHEMICAL_ATTACK prep=on|against|in
pattern: 2041 obj=&V18_CHEMICAL_ATTACK target=none
pattern: 2042 obj=&V18_NUCLEAR_ATTACK prep=on|against
pattern: 2042 obj=&V18_NUCLEAR prep=at|on|against
pattern: 203 obj=&V18_CLEANSING prep=against|in
pattern: 201 obj=&V18_EXPULSION prep=of|against
pattern: 186 obj=&V18_ASSASSINATION prep=of|against
pattern: 194 obj=&V18_ARTILLERY_ATTACK prep=on|against|in|at|into
pattern: 194 obj=&V18_HEAVY prep=at|on|against|toward|towards|into
pattern: 194 obj=&V18_HEAVY_FIRE prep=at|on|against|toward|towards|into
pattern: 194 obj=&V18_ARTILLERY_ATTACK target=none
pattern: 194 obj=&V18_HEAVY|&V18_HEAVY_FIRE target=none
pattern: 192 obj=invasion prep=of|on|into
pattern: 191 obj=&V18_BLOCKADE prep=on|against|of|around
pattern: 1834 obj=&V18_PLACED_BOMB_ATTACK prep=on|against|in|at
pattern: 183 obj=&V18_BOMB_ATTACK prep=on|against|in|at
pattern: 183 obj=&V18_BOMB_ATTACK target=none
pattern: 193 obj=&V18_SHOOTING prep=on|against|in|at
pattern: 193 obj=&V18_SHOOTING target=none
pattern: 180 obj=&V18_UNCONV prep=on|against|in|at
pattern: 180 obj=&V18_UNCONV target=none
pattern: 190 obj=strike prep=on|against
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY prep=on|against|in|at|into
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY target=none
example: 1831 | Islamic State Khorasan Province launched a suicide attack on a Taliban ministry in Kabul on Wednesday.
example: 1832 | Al-Shabaab launched a car bomb attack on an African Union base in the Somali town of Bulo Marer.
example: 1952 | Ukraine launched drone strikes on two Russian oil refineries overnight, Russian officials said.
example: 1952 | Houthi rebels launched drones at a commercial vessel in the Gulf of Aden, the U.S. military said.
example: 1951 | The Israeli air force launched precision strikes on Hezbollah weapons depots in the Bekaa Valley.
example: 195 | Israel launched airstrikes on Houthi targets in the Yemeni port of Hodeidah on Saturday.
example: 2041 | Syrian government forces launched a chemical attack on the rebel-held town of Khan Sheikhoun in April 2017.
example: 194 | Iran launched a ballistic missile attack on Israel on October 1, 2024, the Israeli military said.
example: 194 | Hezbollah launched rockets at northern Israel on Monday, the Israeli military said.
example: 194 | Armenian forces launched artillery fire against Azerbaijani positions near Lachin, Baku said.
example: 192 | Russia launched a full-scale invasion of Ukraine in February 2022.
example: 190 | Ukrainian forces launched a surprise offensive into Russia's Kursk region in August 2024.
example: 190 | The Sudanese army launched a counteroffensive against the Rapid Support Forces in Omdurman.
example: 191 | The Houthis launched a naval blockade against Israel-linked shipping in the Red Sea in November 2023.
example: 193 | Militants launched a gun attack on a bus carrying Hindu pilgrims in Indian-administered Kashmir.
example: 180 | An Islamist attacker launched a knife attack on worshippers at a church in Sydney, police said.
example: 183 | Separatists launched a bomb attack on a Chinese convoy in Karachi, police said.
example: 1833 | Taliban insurgents launched a roadside bomb attack on a NATO convoy in Kandahar province.
example: 186 | Israel launched an assassination campaign against Iranian nuclear scientists, Tehran said.
example: 201 | Pakistan launched mass expulsions of undocumented Afghans in November 2023, the U.N. refugee agency said.
example: 203 | Myanmar's army launched an ethnic cleansing campaign against the Rohingya in August 2017, the U.N. rights chief said.
note: Rockets and missiles need a target preposition, so a missile test ("launched a ballistic missile") or a space
note: launch is not coded; "into the sea" still matches with a non-actor target (known limit). Labour strikes need
note: "on/against" to match ("launched a strike on"), which they rarely take.

[verb v18-carry]
lemma: carry
pattern: 1831 prt=out obj=&V18_SUICIDE_ATTACK prep=in|on|against|at
pattern: 1831 prt=out obj=&V18_SUICIDE_ATTACK target=none
pattern: 1832 prt=out obj=&V18_CAR_BOMB prep=in|on|against|at
pattern: 1832 prt=out obj=&V18_CAR_BOMB target=none
pattern: 1833 prt=out obj=&V18_ROADSIDE prep=in|on|against|at
pattern: 1833 prt=out obj=&V18_ROADSIDE target=none
pattern: 1952 prt=out obj=&V18_DRONE_STRIKE prep=on|against|in|at
pattern: 1952 prt=out obj=&V18_DRONE_STRIKE target=none
pattern: 1951 prt=out obj=&V18_PRECISION prep=on|against|in|at
pattern: 1951 prt=out obj=&V18_PRECISION target=none
pattern: 195 prt=out obj=&V18_AIRSTRIKE prep=on|against|in|at|across
pattern: 195 prt=out obj=&V18_AIRSTRIKE target=none
pattern: 194 prt=out obj=&V18_ARTILLERY_ATTACK prep=on|against|in|at
pattern: 194 prt=out obj=&V18_ARTILLERY_ATTACK target=none
pattern: 2041 prt=out obj=&V18_CHEMICAL_ATTACK prep=on|against|in
pattern: 2041 prt=out obj=&V18_CHEMICAL_ATTACK target=none
pattern: 2042 prt=out obj=&V18_NUCLEAR_ATTACK prep=on|against|of
pattern: 203 prt=out obj=&V18_CLEANSING prep=against|in|of
pattern: 203 prt=out obj=&V18_CLEANSING target=none
pattern: 202 prt=out obj=&V18_MASS_KILLING prep=against|in|of
pattern: 202 prt=out obj=&V18_MASS_KILLING target=none
pattern: 201 prt=out obj=&V18_EXPULSION prep=of|against|from
pattern: 201 prt=out obj=&V18_EXPULSION target=none
pattern: 200 prt=out obj=&V18_ATROCITY prep=against|in
pattern: 200 prt=out obj=&V18_ATROCITY target=none
pattern: 186 prt=out obj=&V18_ASSASSINATION prep=of|against
pattern: 186 prt=out obj=&V18_ASSASSINATION target=none
pattern: 185 prt=out obj=&V18_ASSASSINATION_ATTEMPT prep=on|against
pattern: 185 prt=out obj=&V18_ASSASSINATION_ATTEMPT target=none
pattern: 181 prt=out obj=&V18_KIDNAPPING prep=of|in
pattern: 181 prt=out obj=&V18_KIDNAPPING target=none
pattern: 1823 prt=out obj=&V18_LYNCHING prep=of
pattern: 1821 prt=out obj=&V18_SEX_VIOLENCE prep=against|on
pattern: 1821 prt=out obj=&V18_SEX_VIOLENCE target=none
pattern: 1822 prt=out obj=&V18_TORTURE prep=against|on
pattern: 1822 prt=out obj=&V18_TORTURE target=none
pattern: 182 prt=out obj=&V18_BEATING prep=of|against|on
pattern: 182 prt=out obj=&V18_BEATING target=none
pattern: 193 prt=out obj=&V18_SHOOTING prep=in|on|against|at
pattern: 193 prt=out obj=&V18_SHOOTING target=none
pattern: 180 prt=out obj=&V18_UNCONV prep=in|on|against|at
pattern: 180 prt=out obj=&V18_UNCONV target=none
pattern: 1834 prt=out obj=&V18_PLACED_BOMB_ATTACK prep=in|on|against|at
pattern: 1834 prt=out obj=&V18_PLACED_BOMB_ATTACK target=none
pattern: 183 prt=out obj=&V18_BOMB_ATTACK prep=in|on|against|at
pattern: 183 prt=out obj=&V18_BOMB_ATTACK target=none
pattern: 192 prt=out obj=invasion prep=of|on|into
pattern: 191 prt=out obj=&V18_BLOCKADE prep=on|against|of|around
pattern: 190 prt=out obj=&V18_AGGRESSION prep=against|on
pattern: 190 prt=out obj=strike prep=on|against
pattern: 190 prt=out obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY prep=on|against|in|at|into
pattern: 190 prt=out obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY target=none
example: 1831 | The Pakistani Taliban carried out a suicide bombing at a police mosque in Peshawar, officials said.
example: 1833 | Militants carried out a roadside bombing against a military convoy in Pakistan's Balochistan province.
example: 1952 | The United States carried out a drone strike against an al-Qaeda commander in northwest Syria on Friday.
example: 195 | The U.S. military carried out airstrikes against Islamic State targets in Somalia on Tuesday, Africa Command said.
example: 194 | Russian forces carried out missile strikes on Odesa's port infrastructure overnight, the regional governor said.
example: 203 | Myanmar's military carried out ethnic cleansing against the Rohingya in Rakhine state in 2017, the United Nations said.
example: 202 | Ethiopian soldiers carried out a massacre in the Tigrayan town of Axum in November 2020, Amnesty International said.
example: 201 | The Rapid Support Forces carried out the forced displacement of Masalit communities from West Darfur, U.N. investigators said.
example: 200 | Islamic State fighters carried out atrocities against Yazidis in Sinjar in 2014, a U.N. commission found.
example: 186 | Israel carried out the targeted killing of Hamas political leader Ismail Haniyeh in Tehran in July 2024.
example: 181 | Bandits carried out the mass abduction of 287 pupils from a school in Nigeria's Kaduna state in March 2024.
example: 183 | Baloch separatists carried out a bombing at a railway station in Quetta on Saturday, police said.
example: 180 | A Tunisian man carried out a ramming attack on a crowd in Nice in July 2016.
example: 193 | Islamic State fighters carried out a shooting attack at a concert hall near Moscow in March 2024.
example: 190 | Hamas carried out a cross-border attack on southern Israel on October 7, 2023.
example: 1821 | Armed men carried out sexual violence against displaced women in Haiti's capital, a U.N. report said.
example: 1822 | Venezuelan security forces carried out systematic torture against detainees in El Helicoide, U.N. investigators said.
example: 182 | Security forces carried out beatings of detained protesters in Georgia, Human Rights Watch said.
example: 1823 | Muslim residents carried out the lynching of a Christian man in Pakistan's Sargodha district, police said.
example: 185 | Militants carried out an assassination attempt on the governor of Helmand province, officials said.
example: 1832 | Al-Shabaab carried out a car bombing near the presidential palace in Mogadishu, police said.
example: 1951 | The Israeli military carried out precision strikes on Hezbollah rocket launchers in southern Lebanon.
example: 2041 | The Syrian air force carried out a sarin attack on Khan Sheikhoun in April 2017, the OPCW said.
example: 2042 | The United States carried out the atomic bombing of Hiroshima on August 6, 1945.
example: 1834 | Militants carried out an IED attack on a police patrol in Pakistan's North Waziristan district.
example: 192 | Iraq carried out the invasion of Kuwait in August 1990.
note: Light-verb codes come twice where news often names no target: with a preposition (target = its object) and
note: with target=none. "of" is listed where the noun takes its victim with "of" ("the targeted killing of X").

[verb v18-conduct]
lemma: conduct | mount
pattern: 1831 obj=&V18_SUICIDE_ATTACK prep=on|against|in|at
pattern: 1831 obj=&V18_SUICIDE_ATTACK target=none
pattern: 1832 obj=&V18_CAR_BOMB prep=on|against|in|at
pattern: 1833 obj=&V18_ROADSIDE prep=on|against|in|at
pattern: 1834 obj=&V18_PLACED_BOMB_ATTACK prep=on|against|in|at
pattern: 1952 obj=&V18_DRONE_STRIKE prep=on|against|in|at
pattern: 1952 obj=&V18_DRONE_STRIKE target=none
pattern: 1951 obj=&V18_PRECISION prep=on|against|in|at
pattern: 1951 obj=&V18_PRECISION target=none
pattern: 195 obj=&V18_AIRSTRIKE prep=on|against|in|at|across|over
pattern: 195 obj=&V18_AIRSTRIKE target=none
pattern: 194 obj=&V18_ARTILLERY_ATTACK prep=on|against|in|at
pattern: 194 obj=&V18_ARTILLERY_ATTACK target=none
pattern: 2041 obj=&V18_CHEMICAL_ATTACK prep=on|against|in
pattern: 2041 obj=&V18_CHEMICAL_ATTACK target=none
pattern: 203 obj=&V18_CLEANSING prep=against|in|of
pattern: 203 obj=&V18_CLEANSING target=none
pattern: 191 obj=&V18_BLOCKADE prep=on|against|of|around
pattern: 192 obj=invasion prep=of|on|into
pattern: 202 obj=&V18_MASS_KILLING prep=against|in|of
pattern: 186 obj=&V18_ASSASSINATION prep=of|against|in
pattern: 186 obj=&V18_ASSASSINATION target=none
pattern: 185 obj=&V18_ASSASSINATION_ATTEMPT prep=on|against
pattern: 181 obj=&V18_KIDNAPPING prep=of|in|on
pattern: 193 obj=&V18_SHOOTING prep=in|on|against|at
pattern: 183 obj=&V18_BOMB_ATTACK prep=in|on|against|at
pattern: 180 obj=&V18_UNCONV prep=in|on|against|at
pattern: 190 obj=strike prep=on|against
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY prep=on|against|in|at|into
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY target=none
example: 195 | Jordanian warplanes conducted airstrikes on drug-smuggling targets in southern Syria on Thursday, the army said.
example: 1952 | Turkey conducted drone strikes on Kurdish militant positions in northern Iraq, the defence ministry said.
example: 190 | Hamas fighters mounted a cross-border attack on southern Israel on October 7, 2023.
example: 190 | Colombian troops conducted a military operation against ELN rebels in the Catatumbo region.
example: 1951 | Israeli jets conducted precision strikes on Iranian air defence sites near Tehran, the military said.
example: 194 | Russian forces conducted artillery strikes on Ukrainian positions along the Dnipro River, Moscow said.
example: 191 | Israel's navy conducts a blockade of the Gaza Strip, turning back vessels carrying aid.
example: 1831 | Islamic State militants mounted a suicide attack on a Kurdish checkpoint near Raqqa, a monitor said.
example: 202 | Islamic State militants conducted mass executions of Iraqi soldiers near Tikrit in June 2014.
example: 186 | Israel has conducted targeted killings of Hamas commanders in Lebanon, Syria and Iran.
note: "conduct talks", "conduct an investigation", "mount a legal challenge" match none of the sets.

[verb v18-stage]
lemma: stage | perpetrate | orchestrate
pattern: 1831 obj=&V18_SUICIDE_ATTACK prep=on|against|in|at
pattern: 1831 obj=&V18_SUICIDE_ATTACK target=none
pattern: 1832 obj=&V18_CAR_BOMB prep=on|against|in|at
pattern: 1832 obj=&V18_CAR_BOMB target=none
pattern: 1833 obj=&V18_ROADSIDE prep=on|against|in|at
pattern: 1952 obj=&V18_DRONE_STRIKE prep=on|against|in|at
pattern: 1951 obj=&V18_PRECISION prep=on|against|in|at
pattern: 195 obj=&V18_AIRSTRIKE prep=on|against|in|at
pattern: 194 obj=&V18_ARTILLERY_ATTACK prep=on|against|in|at
pattern: 192 obj=invasion prep=of|on|into
pattern: 203 obj=&V18_CLEANSING prep=against|in|of
pattern: 202 obj=&V18_MASS_KILLING prep=against|in|of
pattern: 202 obj=&V18_MASS_KILLING target=none
pattern: 200 obj=&V18_ATROCITY prep=against|in
pattern: 200 obj=&V18_ATROCITY target=none
pattern: 186 obj=&V18_ASSASSINATION prep=of|against
pattern: 186 obj=&V18_ASSASSINATION target=none
pattern: 185 obj=&V18_ASSASSINATION_ATTEMPT prep=on|against
pattern: 181 obj=&V18_KIDNAPPING prep=of|in
pattern: 181 obj=&V18_KIDNAPPING target=none
pattern: 193 obj=&V18_SHOOTING prep=in|on|against|at
pattern: 193 obj=&V18_SHOOTING target=none
pattern: 180 obj=&V18_UNCONV prep=in|on|against|at
pattern: 180 obj=&V18_UNCONV target=none
pattern: 1834 obj=&V18_PLACED_BOMB_ATTACK prep=in|on|against|at
pattern: 183 obj=&V18_BOMB_ATTACK prep=in|on|against|at
pattern: 183 obj=&V18_BOMB_ATTACK target=none
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY prep=on|against|in|at|into
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY target=none
example: 202 | Hutu extremists perpetrated the genocide against the Tutsi in Rwanda in 1994.
example: 183 | Separatist militants staged a bomb attack on a passenger train in Pakistan's Balochistan province.
example: 190 | Jihadists staged a coordinated attack on an army base in western Niger, the defence ministry said.
example: 180 | An Uzbek man staged a truck attack on a bike path in New York in October 2017.
example: 1831 | Boko Haram staged a suicide bombing at a mosque in Maiduguri on Friday, officials said.
example: 186 | Israel orchestrated the assassination of a senior Hamas official in Beirut, Lebanese officials said.
example: 181 | ELN guerrillas staged the kidnapping of a Colombian footballer's father in La Guajira, police said.
note: "staged a protest", "staged a walkout" and "staged a comeback" are not in these sets.

[verb v18-commit]
lemma: commit
pattern: 203 obj=&V18_CLEANSING prep=against|in|of
pattern: 203 obj=&V18_CLEANSING target=none
pattern: 202 obj=&V18_MASS_KILLING prep=against|in
pattern: 202 obj=&V18_MASS_KILLING target=none
pattern: 201 obj=&V18_EXPULSION prep=against|of
pattern: 201 obj=&V18_EXPULSION target=none
pattern: 200 obj=&V18_ATROCITY prep=against|in
pattern: 200 obj=&V18_ATROCITY target=none
pattern: 1821 obj=&V18_SEX_VIOLENCE prep=against
pattern: 1821 obj=&V18_SEX_VIOLENCE target=none
pattern: 1822 obj=&V18_TORTURE prep=against
pattern: 1822 obj=&V18_TORTURE target=none
pattern: 186 obj=&V18_ASSASSINATION prep=of|against
pattern: 181 obj=&V18_KIDNAPPING prep=of|against|in
pattern: 1823 obj=&V18_LYNCHING prep=of
pattern: 182 obj=&V18_BEATING prep=against|of
pattern: 185 obj=&V18_ASSASSINATION_ATTEMPT prep=on|against
pattern: 1831 obj=&V18_SUICIDE_ATTACK prep=in|on|against|at
pattern: 1832 obj=&V18_CAR_BOMB prep=in|on|against|at
pattern: 183 obj=&V18_BOMB_ATTACK prep=in|on|against|at
pattern: 193 obj=&V18_SHOOTING prep=in|on|against|at
pattern: 180 obj=&V18_UNCONV prep=in|on|against|at
pattern: 180 obj=&V18_UNCONV target=none
pattern: 190 obj=&V18_AGGRESSION prep=against|on
pattern: 196 obj=&V18_CEASEFIRE_VIOLATION target=none
example: 202 | The Islamic State group committed genocide against the Yazidis, a U.N. investigative team concluded.
example: 200 | Russian forces committed war crimes in the Ukrainian town of Bucha, a U.N. commission said.
example: 1821 | Ethiopian and Eritrean soldiers committed sexual violence against women in Tigray, a rights group said.
example: 203 | Serb forces committed ethnic cleansing against Bosniaks in eastern Bosnia in 1992, the tribunal found.
example: 196 | Both sides committed 300 ceasefire violations in eastern Ukraine on Saturday, OSCE monitors said.
example: 1822 | Police committed torture against detained protesters in Kazakhstan in January 2022, a rights group said.
example: 201 | Azerbaijani forces committed forcible displacement of ethnic Armenians from Nagorno-Karabakh, Yerevan said.
example: 180 | A Syrian asylum seeker committed a knife attack at a festival in the German city of Solingen in August 2024.
example: 190 | Russia committed aggression against Ukraine, the U.N. General Assembly said in March 2022.
example: 181 | Armed groups committed mass abductions of schoolchildren in northwest Nigeria, UNICEF said.

[verb v18-use]
lemma: use | employ
pattern: 2042 obj=&V18_NUCLEAR prep=against|on|in
pattern: 2042 obj=&V18_NUCLEAR target=none
pattern: 2041 obj=&V18_CHEMICAL prep=against|on|in
pattern: 2041 obj=&V18_CHEMICAL target=none
pattern: 204 obj=&V18_WMD prep=against|on|in
pattern: 204 obj=&V18_WMD target=none
pattern: 184 obj=&V18_SHIELD_VICTIM prep=as target=obj
pattern: 184 obj=&V18_HUMAN_SHIELD target=none
pattern: 1821 obj=&V18_SEX_VIOLENCE prep=against
pattern: 1821 obj=&V18_SEX_VIOLENCE target=none
pattern: 1822 obj=&V18_TORTURE prep=against|on
pattern: 1822 obj=&V18_TORTURE target=none
pattern: 193 obj=&V18_LIVE_FIRE prep=against|on
pattern: 195 obj=&V18_AIRBOMB prep=against|on
pattern: 1952 obj=&V18_DRONE prep=against|on
pattern: 1951 obj=&V18_PRECISION prep=against|on
pattern: 1832 obj=&V18_CAR_BOMB prep=against|on
pattern: 1834 obj=&V18_IED !obj=&V18_AIRBOMB prep=against|on
pattern: 194 obj=&V18_HEAVY_WEAPON prep=against|on
pattern: 193 obj=&V18_MINE prep=against|on
pattern: 193 obj=&V18_SMALL_ARMS !obj=&V18_NONLETHAL prep=against|on
pattern: 180 obj=machete|knife|axe|club|stick prep=against|on
pattern: 190 obj=&V18_MILFORCE prep=against
pattern: 191 obj=starvation target=none
example: 2041 | The Syrian government used sarin against civilians in Khan Sheikhoun in April 2017, U.N. investigators concluded.
example: 2041 | Russian forces used chloropicrin against Ukrainian troops near Zaporizhzhia, the OPCW said.
example: 204 | Iraq's former government used weapons of mass destruction against Kurdish civilians in Halabja in 1988, the court ruled.
example: 204 | Islamic State fighters used unconventional weapons against Kurdish peshmerga forces near Mosul, a U.S. official said.
example: 184 | Islamic State fighters used civilians as human shields in western Mosul, Iraqi commanders said.
example: 1821 | Armed groups in eastern Congo used rape as a weapon of war, the U.N. special envoy said.
example: 1822 | Israeli interrogators used torture on Palestinian detainees at the Sde Teiman camp, a rights group said.
example: 193 | Bangladeshi security forces used live ammunition against Rohingya militants near Cox's Bazar in July 2024, police said.
example: 195 | Syrian government forces used barrel bombs against civilians in Aleppo, Human Rights Watch said.
example: 191 | Israel used starvation as a weapon of war in Gaza, a U.N. special rapporteur said.
example: 1952 | Myanmar's military used drones against civilians in Sagaing region, a rights group said.
example: 2042 | The United States used nuclear weapons against Japan in August 1945.
example: 194 | The Myanmar military used heavy artillery against villages in northern Shan state, residents said.
example: 1832 | Islamic State fighters used car bombs against Iraqi troops advancing on Mosul, commanders said.
example: 1951 | Ukraine used guided bombs against Russian positions in the Kursk region, Kyiv said.
note: "threatened to use nuclear weapons" is a threat: the coder composes the chain (root 13), not 2042.

[verb v18-drop]
lemma: drop
pattern: 2042 obj=&V18_NUCLEAR prep=on|over
pattern: 2042 obj=&V18_NUCLEAR target=none
pattern: 2041 obj=&V18_CHEMICAL prep=on|over|in
pattern: 2041 obj=&V18_CHEMICAL target=none
pattern: 1951 obj=&V18_PRECISION prep=on|over|in
pattern: 1951 obj=&V18_PRECISION target=none
pattern: 195 obj=&V18_AIRBOMB prep=on|over|in|near
pattern: 195 obj=&V18_AIRBOMB target=none
example: 2042 | The United States dropped an atomic bomb on Hiroshima on August 6, 1945.
example: 1951 | Russian forces dropped guided bombs on residential areas of Kharkiv, the regional governor said.
example: 195 | The Sudanese army dropped barrel bombs on villages in South Kordofan, residents said.
example: 2041 | Syrian government forces dropped chlorine barrel bombs on Douma in April 2018, the OPCW found.
note: Only ordnance: "dropped charges", "dropped the bill" do not match.

[verb v18-rain]
lemma: rain
pattern: 1952 obj=&V18_DRONE prep=on
pattern: 195 obj=&V18_AIRBOMB prep=on
pattern: 194 obj=&V18_HEAVY prep=on
example: 194 | Hezbollah rained rockets on northern Israel on Sunday, the Israeli military said.

[verb v18-send]
lemma: send
pattern: 1952 obj=&V18_DRONE prep=at|against|toward|towards
pattern: 194 obj=&V18_HEAVY prep=at|against|toward|towards
example: 1952 | Russia sent 400 drones and 40 missiles at Ukrainian cities overnight, the Ukrainian air force said.
note: "sent troops", "sent aid" are other roots and are not in these sets.

[verb v18-repel]
lemma: repel | repulse
pattern: 190 obj=&V18_OFFENSIVE|&V18_COMBATANT
example: 190 | Malian troops repelled an attack on a military camp near Timbuktu, the army said.

[verb v18-advance]
lemma: advance | push
pattern: 201 prt=out obj=&V18_EXPEL_VICTIM
pattern: 190 prt=back obj=&V18_COMBATANT
pattern: 190 prt=out obj=&V18_COMBATANT
pattern: 190 prep=on|toward|towards voice=active !obj=*
example: 190 | Russian troops advanced on the town of Pokrovsk from three directions, Ukrainian officials said.
example: 190 | Ukrainian forces pushed back Russian troops from the outskirts of Kharkiv, the governor said.
note: Intransitive only, or "push back" armed forces; "advanced the bill", "pushed back the deadline" do not match.

# ---------------------------------------------------------------------------------------------------------------
# 194 artillery and tanks; 195 aerial weapons
# ---------------------------------------------------------------------------------------------------------------

[verb v18-shell]
lemma: shell | bombard
pattern: 194 obj=* !obj=money|cash|dollar|euro|pound|million|billion|fee|sum|amount|price
example: 194 | Russian forces shelled the centre of Kherson on Monday, killing two civilians, the regional governor said.
example: 194 | Pakistani troops shelled villages along the Line of Control in Kashmir overnight, Indian officials said.
example: 194 | The Ukrainian city of Nikopol was shelled by Russian artillery 30 times on Saturday, the governor said.
note: "shelled out $5 billion" is excluded by its object; "bombarded with questions" (passive) is a known misfire.

[verb v18-sink]
lemma: sink | torpedo
pattern: 194 obj=&V18_WARSHIP
example: 194 | Houthi rebels sank a Greek-owned bulk carrier in the Red Sea in July 2025, the U.S. military said.
example: 194 | Ukraine sank a Russian landing ship off the coast of Crimea with naval drones in February 2024.
note: Ships only: "torpedoed the deal" and "sank the bill" do not match.

[verb v18-bomb]
lemma: bomb | carpet-bomb | dive-bomb | barrel-bomb | strafe
pattern: 195 obj=*
example: 195 | Sudanese army warplanes bombed a crowded market in Nyala, witnesses said.
example: 195 | U.S. forces bombed three Iranian nuclear sites, including the underground Fordow facility, in June 2025.
note: Transitive only, so "the film bombed at the box office" is not coded. A militant "bombing a church" is 183
note: by the codebook but shares the form; the verb is mostly aerial in current news (Gaza, Sudan, Yemen, Iran).

# ---------------------------------------------------------------------------------------------------------------
# 191 blockade, 192 occupation
# ---------------------------------------------------------------------------------------------------------------

[verb v18-besiege]
lemma: besiege | encircle
pattern: 191 obj=&V18_PLACE !obj=&V18_CIVIC_SITE
pattern: 191 voice=active obj=* !obj=&V18_CIVIC_SITE
example: 191 | Russian forces besieged Mariupol for nearly three months in 2022.
example: 191 | The town of El Fasher has been besieged by the Rapid Support Forces since May 2024, aid groups said.
note: Passive only with a place subject: "besieged by reporters" stays uncoded. Crowds besieging a parliament or a
note: palace are obstruction (144, root-14 file): civic buildings are excluded.

[verb v18-surround]
lemma: surround
pattern: 191 obj=&V18_PLACE !obj=&V18_CIVIC_SITE
example: 191 | M23 rebels surrounded the town of Sake, west of Goma, on Wednesday, local officials said.
note: Places only: "controversy surrounding the deal" does not match.

[verb v18-blockade]
lemma: blockade
pattern: 191 obj=* !obj=&V18_PROTEST_BLOCK
example: 191 | Azerbaijan blockaded the Lachin corridor, the only route linking Nagorno-Karabakh to Armenia, for nine months.
example: 191 | Houthi forces blockaded the southern Yemeni city of Taiz for years, the United Nations said.
note: Roads, streets and buildings blockaded by protesters or farmers are obstruction (root 14).

[verb v18-impose]
lemma: impose | enforce | reimpose | tighten
pattern: 191 obj=&V18_BLOCKADE prep=on|against|around|of
pattern: 191 obj=&V18_BLOCKADE target=none
example: 191 | Israel imposed a complete siege on the Gaza Strip on October 9, 2023, the defence minister said.
example: 191 | The Saudi-led coalition tightened its blockade of Yemen's Hodeidah port, aid agencies said.
note: The shared set SANCTIONS also lists "blockade" (163); a military blockade or siege is 191 here.

[verb v18-close]
lemma: close | shut
pattern: 191 obj=&V18_CROSSING prep=with|to target=prep
pattern: 191 obj=&V18_CROSSING
example: 191 | Israel closed the Kerem Shalom crossing, the main entry point for aid into Gaza, on Sunday.
example: 191 | Israel shut the Allenby crossing between the West Bank and Jordan after a shooting attack, officials said.
note: The codebook codes closing borders to restrict movement as 191; whole borders ("closed the border") are coded
note: 160 in the root-14/17 file, so only crossings, checkpoints, straits and corridors are listed here.

[verb v18-seal]
lemma: seal | cordon
pattern: 191 prt=off
pattern: 191 obj=&V18_BORDER|&V18_PLACE
example: 191 | Israeli forces sealed off the West Bank city of Nablus after a shooting attack, the army said.
example: 191 | Iran sealed its borders with Iraq and Turkey during the fighting, state media said.
note: "sealed a deal" is not on the lists.

[verb v18-cut]
lemma: cut
pattern: 191 prt=off obj=&V18_SUPPLY_ROUTE
pattern: 191 prt=off obj=&V18_PLACE
example: 191 | Russian forces cut off the main supply route to Pokrovsk, Ukrainian military analysts said.
note: Supply routes only: "cut off aid", "cut off ties" belong to other roots.

[verb v18-invade]
lemma: invade
pattern: 192 obj=* !obj=&V18_INVADE_EXCLUDE
pattern: 192 voice=active !obj=* target=none
example: 192 | Russia invaded Ukraine on February 24, 2022.
example: 192 | Israeli troops invaded southern Lebanon in October 2024, the Lebanese army said.
example: 192 | Ukraine's economy has shrunk by a third since Russia invaded in 2022, the World Bank said.
note: "fans invaded the pitch" and "invaded her privacy" are excluded.

[verb v18-occupy]
lemma: occupy | reoccupy
pattern: 192 obj=* !obj=&V18_OCCUPY_EXCLUDE
example: 192 | Israeli troops occupied a buffer zone on the Syrian side of the Golan Heights in December 2024, the army said.
example: 192 | Russian forces occupied the Zaporizhzhia nuclear power plant in March 2022.
note: Buildings, squares and offices occupied by protesters are excluded, as are offices held ("occupies the post").

[verb v18-annex]
lemma: annex
pattern: 192 obj=*
example: 192 | Russia annexed four partially occupied Ukrainian regions in September 2022.

[verb v18-capture]
lemma: capture
pattern: 181 obj=&V18_PERSON|&V18_VIP|&V18_COMBATANT
pattern: 192 prep=from !obj=&V18_CAPTURE_EXCLUDE
pattern: 192 obj=* !obj=&V18_CAPTURE_EXCLUDE
example: 192 | Russian forces captured the eastern Ukrainian town of Avdiivka in February 2024.
example: 181 | Ukrainian forces captured two North Korean soldiers in Russia's Kursk region, President Zelensky said.
example: 192 | Rebels captured the city of Aleppo from Syrian government forces in late November 2024.
note: People captured in combat are coded 181 (seizure of persons). Titles, votes, images and carbon are excluded.

[verb v18-retake]
lemma: retake | recapture | liberate | conquer | reconquer
pattern: 192 prep=from !obj=&V18_CAPTURE_EXCLUDE|&V18_PERSON
pattern: 192 obj=* !obj=&V18_CAPTURE_EXCLUDE|&V18_PERSON
example: 192 | Sudan's army recaptured the presidential palace in Khartoum from the Rapid Support Forces in March 2025.
example: 192 | Iraqi forces liberated the city of Mosul in July 2017 after a nine-month battle.
note: With "from", the target is the force that lost the ground. "liberated hostages" and "retook the lead" are excluded.

[verb v18-overrun]
lemma: overrun
pattern: 192 obj=* !obj=budget|schedule|deadline|cost|estimate|limit
example: 192 | Jihadist fighters overran an army base in northern Burkina Faso on Sunday, security sources said.

[synset V18_POSTURE_ZONE]
# waters, air zones and lines near another state where warplanes and warships show force
word: airspace | air space | territorial water | territorial waters | water | waters | coast | coastline
word: air defence zone | air defense zone | air defence identification zone | air defense identification zone
word: identification zone | exclusive economic zone | economic zone | contiguous zone | buffer zone | zone
word: median line | peninsula | strait

[verb v18-fly-into]
lemma: fly | sail | patrol | cruise
pattern: 150 prep=into|over obj=airspace|air_space|territorial_water|territorial_waters target=prep
pattern: 150 prep=into|over|off|near|around|along|through obj=&V18_POSTURE_ZONE target=prep
pattern: 150 prt=off|over|along|around obj=&V18_POSTURE_ZONE target=obj
pattern: 150 subj=warplane|military_helicopter|military_drone|drone|warship|destroyer|frigate|aircraft_carrier|submarine|bomber|coast_guard_vessel|coast_guard_ship !obj=* prep=over|near|close|within|past|across|through|into|toward|towards|around|off target=prep
example: 150 | Two Belarusian military helicopters flew into Lithuanian airspace near the Medininkai crossing on Tuesday.
example: 150 | Two Turkish fighter jets flew low over the Greek island of Oinousses in the eastern Aegean on Tuesday.
example: 150 | U.S. B-1B bombers flew off North Korea's east coast on Saturday in a show of force.
note: Into or over another state's airspace or waters, as "entered" (v18-enter); flights to a place are visits (root-01 file).
note: Not "strayed into": an accident admitted is no show of force. Warplanes and warships that pass over, near or
note: through another state's place face that state (the subject's head or its agent, `subj=`).

[verb v18-enter]
lemma: enter | violate | breach | intrude
pattern: 150 obj=airspace|air_space|territorial_water|territorial_waters target=obj
pattern: 150 obj=&V18_POSTURE_ZONE target=obj voice=active
pattern: 192 obj=&V18_ENTER_PLACE
example: 192 | Rebel fighters entered the city of Homs early on Saturday, a war monitor said.
example: 150 | Two Russian Su-27 fighter jets entered Finnish airspace near Porvoo on Friday.
note: Towns and cities only: "entered talks", "entered the market", "entered a refugee camp" (a raid) do not match.
note: Military aircraft or ships entering another state's airspace or waters show force (150), as the held-out sets
note: code them; the target is whose airspace it is.

[verb v18-warning-shot]
lemma: warn
pattern: 150 obj=shot|flare|round target=none voice=active
example: 150 | South Korean troops fired warning shots after North Korean soldiers crossed the border on Tuesday.
note: "fired warning shots" as the tagger often reads it: "warning" a participle whose object is "shots".

[verb v18-cross-line]
lemma: cross
pattern: 150 obj=median_line|demarcation_line|military_demarcation_line|dividing_line target=obj voice=active
example: 150 | Chinese fighter jets crossed the median line of the Taiwan Strait on Monday, Taipei said.
note: Warplanes or warships crossing a dividing line show force toward the state beyond it (the line's phrase names it).
note: Not a bare "line": militants crossing the Line of Control, or a border, are no show of force.

[verb v18-intensify]
lemma: intensify | escalate | expand | widen | extend
pattern: 1831 obj=&V18_SUICIDE_ATTACK prep=on|against|in
pattern: 1952 obj=&V18_DRONE_STRIKE prep=on|against|in|of
pattern: 1952 obj=&V18_DRONE_STRIKE target=none
pattern: 195 obj=&V18_AIRSTRIKE prep=on|against|in|of|across
pattern: 195 obj=&V18_AIRSTRIKE target=none
pattern: 194 obj=&V18_ARTILLERY_ATTACK prep=on|against|in|of
pattern: 194 obj=&V18_ARTILLERY_ATTACK target=none
pattern: 193 obj=&V18_SHOOTING prep=on|against|in
pattern: 191 obj=&V18_BLOCKADE prep=on|against|of|around
pattern: 181 obj=&V18_KIDNAPPING prep=of|in
pattern: 183 obj=&V18_BOMB_ATTACK prep=on|against|in
pattern: 186 obj=&V18_ASSASSINATION prep=of|against|in
pattern: 201 obj=&V18_EXPULSION prep=of|against|from
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY prep=on|against|in|into|of|to
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY target=none
example: 194 | Russian forces intensified their shelling of Kharkiv on Sunday, the regional governor said.
example: 190 | Israel expanded its ground offensive into the southern Gaza city of Rafah in May 2024.
example: 195 | The Saudi-led coalition escalated its air campaign against Houthi rebels in Sanaa, residents said.
example: 191 | Israel intensified its siege of northern Gaza in October 2024, U.N. agencies said.
note: Sharpening or widening a military operation codes the operation itself. "expanded its operations in Asia"
note: (business) has no military head noun.

[verb v18-step]
lemma: step | ramp
pattern: 1831 prt=up obj=&V18_SUICIDE_ATTACK prep=on|against|in
pattern: 1952 prt=up obj=&V18_DRONE_STRIKE|&V18_DRONE prep=on|against|in
pattern: 1952 prt=up obj=&V18_DRONE_STRIKE target=none
pattern: 195 prt=up obj=&V18_AIRSTRIKE prep=on|against|in
pattern: 195 prt=up obj=&V18_AIRSTRIKE target=none
pattern: 194 prt=up obj=&V18_ARTILLERY_ATTACK prep=on|against|in
pattern: 194 prt=up obj=&V18_ARTILLERY_ATTACK target=none
pattern: 193 prt=up obj=&V18_SHOOTING prep=on|against|in
pattern: 181 prt=up obj=&V18_KIDNAPPING prep=of|in
pattern: 186 prt=up obj=&V18_ASSASSINATION prep=of|against|in
pattern: 191 prt=up obj=&V18_BLOCKADE prep=on|against|of|around
pattern: 183 prt=up obj=&V18_BOMB_ATTACK prep=on|against|in
pattern: 180 prt=up obj=&V18_UNCONV prep=on|against|in
pattern: 190 prt=up obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY prep=on|against|in
pattern: 190 prt=up obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY target=none
example: 1952 | Turkey stepped up drone strikes on Kurdish militants in northern Syria, the defence ministry said.
example: 190 | Russian forces stepped up attacks on Ukrainian positions around Pokrovsk, the general staff said.
example: 181 | Criminal gangs stepped up kidnappings of foreigners in Haiti, the U.S. embassy said.
note: "stepped up pressure", "ramped up production" have no military head noun.

[verb v18-continue]
lemma: continue | press
pattern: 203 obj=&V18_CLEANSING prep=against|in|of
pattern: 1952 obj=&V18_DRONE_STRIKE prep=on|against|in
pattern: 1952 obj=&V18_DRONE_STRIKE target=none
pattern: 195 obj=&V18_AIRSTRIKE prep=on|against|in
pattern: 195 obj=&V18_AIRSTRIKE target=none
pattern: 194 obj=&V18_ARTILLERY_ATTACK prep=on|against|in|of
pattern: 194 obj=&V18_ARTILLERY_ATTACK target=none
pattern: 191 obj=&V18_BLOCKADE prep=on|against|of|around
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY prep=on|against|in|into|toward|towards
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY target=none
example: 190 | The Sudanese army pressed its offensive against the Rapid Support Forces in the Kordofan region.
example: 195 | Israel continued airstrikes on the Gaza Strip on Wednesday despite calls for a truce.
example: 194 | Russian forces continued their shelling of Kherson on Tuesday, the regional governor said.
note: "pressed ahead", "continued talks" do not match the sets.

[verb v18-begin]
lemma: begin | start | initiate | commence
pattern: 203 obj=&V18_CLEANSING prep=against|in|of
pattern: 201 obj=&V18_EXPULSION prep=of|against|from
pattern: 1952 obj=&V18_DRONE_STRIKE prep=on|against|in
pattern: 195 obj=&V18_AIRSTRIKE prep=on|against|in
pattern: 195 obj=&V18_AIRSTRIKE target=none
pattern: 194 obj=&V18_ARTILLERY_ATTACK prep=on|against|in|of
pattern: 194 obj=&V18_ARTILLERY_ATTACK target=none
pattern: 191 obj=&V18_BLOCKADE prep=on|against|of|around
pattern: 192 obj=invasion prep=of|on|into
pattern: 190 obj=war !obj=&V18_NONMILITARY prep=on|against|with
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY prep=on|against|in|into|toward|towards
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY target=none
example: 190 | The Israeli army began a ground operation in the southern Lebanese border area in October 2024.
example: 192 | Russia began its invasion of Ukraine in the early hours of February 24, 2022.
example: 195 | NATO began airstrikes on Libyan government forces in March 2011.
example: 190 | Russia started a war against Ukraine in 2014 by seizing Crimea, the Ukrainian foreign minister said.
note: "opened an offensive" is in the entry for "open".

[verb v18-infiltrate]
lemma: infiltrate
pattern: 190 obj=&V18_MIL_TARGET|&V18_PLACE !obj=site|grid|network|system
example: 190 | Militants infiltrated an army base in the Pakistani city of Bannu before dawn, the military said.
note: Places only: "infiltrated the organisation" or "the network" does not match.

[verb v18-wrest]
lemma: wrest | gain | regain
pattern: 192 obj=control prep=of target=prep
example: 192 | Islamist militants wrested control of the port town of Mocimboa da Praia from government forces.
note: "gained control of the House" (an election) shares the form; known limit, noted in the report.

[verb v18-enslave]
lemma: enslave
pattern: 181 obj=&V18_PERSON|&V18_EXPEL_VICTIM
example: 181 | Islamic State fighters enslaved 6,000 Yazidi women and girls in northern Iraq in 2014.
note: Enslavement is abduction and captivity (181); the sexual violence that usually follows is coded from its own verbs.

[verb v18-starve]
lemma: starve
pattern: 191 obj=&V18_EXPEL_VICTIM|&V18_PLACE
example: 191 | Government forces starved the besieged town of Madaya in 2015 and 2016, aid agencies said.
note: Starvation as a method of war goes with sieges and blockades (191).

[verb v18-car-bomb]
lemma: car-bomb | truck-bomb
pattern: 1832 obj=*
example: 1832 | Militants car-bombed a police headquarters in the Somali town of Beledweyne on Sunday, officials said.

[verb v18-suicide-bomb]
lemma: suicide-bomb
pattern: 1831 obj=*
example: 1831 | Militants suicide-bombed a military convoy in Pakistan's Bannu district on Saturday, the army said.

[verb v18-rocket]
lemma: rocket
pattern: 194 obj=&V18_PLACE|&V18_MIL_TARGET
example: 194 | Iran-backed militias rocketed a U.S. base in western Iraq on Tuesday, the Pentagon said.
note: Transitive only: "shares rocketed" and "rocketed to fame" have no object.

[verb v18-mortar]
lemma: mortar | machine-gun
pattern: 193 obj=&V18_PLACE|&V18_MIL_TARGET|&V18_PERSON
example: 193 | Rebels mortared a government garrison outside the Sudanese town of El Obeid, residents said.
example: 193 | Gunmen machine-gunned worshippers at a mosque in northern Burkina Faso, security sources said.

[verb v18-terrorize]
lemma: terrorize | terrorise
pattern: 180 obj=&V18_PERSON|&V18_EXPEL_VICTIM|&V18_PLACE
example: 180 | Armed gangs terrorized residents of Port-au-Prince's Carrefour-Feuilles district, the U.N. said.
note: People and places only: a defence "terrorised" by a striker is sport.

[verb v18-fend]
lemma: fend | ward | stave
pattern: 190 prt=off obj=&V18_OFFENSIVE|&V18_COMBATANT
example: 190 | Kurdish fighters fended off an Islamic State attack on the Syrian town of Hasakah, a monitor said.
note: "fended off critics", "staved off default" have no military object.

[verb v18-deliver]
lemma: deliver | inflict
pattern: 1952 obj=&V18_DRONE_STRIKE prep=on|against|at
pattern: 1951 obj=&V18_PRECISION prep=on|against|at
pattern: 1951 obj=&V18_PRECISION target=none
pattern: 195 obj=&V18_AIRSTRIKE prep=on|against|at
pattern: 194 obj=&V18_ARTILLERY_ATTACK prep=on|against|at
pattern: 190 obj=strike prep=on|against|at
pattern: 190 obj=strike target=none
pattern: 190 obj=casualty prep=on
example: 1951 | Russian forces delivered a precision strike on Ukrainian military airfields overnight, the Defence Ministry in Moscow said.
example: 190 | Ukrainian forces delivered a strike on a Russian command post in the Kherson region, Kyiv said.
example: 190 | Kachin rebels inflicted heavy casualties on Myanmar troops near Bhamo, the rebel group said.
note: The phrasing of defence ministries ("delivered a massive strike"). "delivered aid", "delivered a speech" and
note: "inflicted losses on investors" do not match.

[verb v18-undertake]
lemma: undertake
pattern: 195 obj=&V18_AIRSTRIKE prep=on|against|in
pattern: 195 obj=&V18_AIRSTRIKE target=none
pattern: 1952 obj=&V18_DRONE_STRIKE prep=on|against|in
pattern: 192 obj=invasion prep=of|on|into
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY prep=on|against|in|into
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY target=none
example: 190 | The Pakistani army undertook a military operation against militants in North Waziristan in 2014.
example: 195 | British forces undertook airstrikes against Islamic State targets in Iraq, the Ministry of Defence said.

[verb v18-lead]
lemma: lead | spearhead
pattern: 1831 obj=&V18_SUICIDE_ATTACK prep=on|against|in
pattern: 195 obj=&V18_AIRSTRIKE prep=on|against|in
pattern: 202 obj=&V18_MASS_KILLING prep=against|in|of
pattern: 192 obj=invasion prep=of|on|into
pattern: 190 obj=&V18_OFFENSIVE !obj=&V18_NONMILITARY prep=on|against|in|into
example: 190 | A Wagner commander led an assault on the Ukrainian town of Soledar in January 2023, Russian officials said.
example: 202 | Militia leaders led a massacre of Masalit civilians in the Darfur town of El Geneina, U.N. investigators said.
note: With military heads only: "led talks", "led the campaign", "led the attack on the bill" (a verbal attack
note: with a non-military object of "on" still matches: known limit).

[verb v18-fly]
lemma: fly
pattern: 195 obj=&V18_SORTIE prep=over|against|in
pattern: 195 obj=&V18_SORTIE target=none
example: 195 | The French air force flew combat missions against Islamic State targets in Syria, the defence ministry said.
note: Only combat sorties and bombing missions: "flew a trade mission to China" has another head.

[verb v18-park]
lemma: park
pattern: 1832 obj=&V18_CAR_BOMB
example: 1832 | Militants parked an explosives-laden car outside a police compound in Mogadishu, police said.

[verb v18-obliterate]
lemma: obliterate | decimate
pattern: 190 obj=&V18_PLACE|&V18_MIL_TARGET
example: 190 | Russian forces obliterated the town of Marinka during months of fighting, Ukrainian officials said.
example: 190 | Israeli forces decimated Hezbollah positions in southern Lebanon, the Israeli military said.
note: Places and military targets only: "decimated the economy" does not match. "level", "flatten", "raze" and
note: "demolish" belong to property destruction (1712) in the root-17 file.

[verb v18-secure]
lemma: secure
pattern: 192 obj=&V18_PLACE
example: 192 | Syrian rebels secured the city of Hama after government forces withdrew, a war monitor said.
note: Places only: "secured a deal", "secured funding", "secured the release" do not match.

[verb v18-return]
lemma: return
pattern: 193 obj=fire|gunfire prep=at|on
pattern: 193 obj=fire|gunfire target=none
example: 193 | Indian troops returned fire after Pakistani soldiers opened fire along the Line of Control, the army said.
note: "returned fire" answers an attack with small arms (193).

[verb v18-rout]
lemma: rout | outflank | defeat | crush | dislodge | overpower
pattern: 190 obj=&V18_COMBATANT
example: 190 | Kurdish-led forces routed Islamic State fighters in the Syrian town of Baghouz in March 2019.
example: 190 | Malian troops dislodged jihadist fighters from positions near the town of Boni, the army said.
note: Armed opponents only: "routed Spain 4-0", "defeated the bill", "crushed the protest" do not match.

[verb v18-flush]
lemma: flush | smoke
pattern: 190 prt=out obj=&V18_COMBATANT
example: 190 | Philippine troops flushed out Islamic State-linked militants from the southern city of Marawi in 2017.

[verb v18-chase]
lemma: chase
pattern: 201 prt=out obj=&V18_EXPEL_VICTIM
pattern: 190 prt=out obj=&V18_COMBATANT
example: 201 | Militia fighters chased out Rohingya villagers from their homes in Rakhine state, survivors said.
example: 190 | Congolese troops chased out M23 rebels from the town of Kitshanga, the army said.

# ---------------------------------------------------------------------------------------------------------------
# 196 Violate ceasefire
# ---------------------------------------------------------------------------------------------------------------

[verb v18-violate]
lemma: violate | breach | break | flout | shatter | wreck
pattern: 196 obj=&CEASEFIRE|&V18_CEASEFIRE_DEAL
pattern: 190 obj=&V18_FORTIFICATION
pattern: 190 prep=through !obj=*
example: 190 | Hamas fighters breached the border fence with Israel at dozens of points on October 7, 2023.
example: 190 | Ukrainian troops broke through Russian defensive lines near Robotyne, the general staff said.
example: 196 | Russian forces violated the Easter truce more than 3,000 times, Ukraine's president said.
example: 196 | Pakistan breached the ceasefire along the Line of Control on Saturday, the Indian army said.
note: Other agreements and airspace are left to their own roots. Breaching fortifications and breaking through
note: lines is fighting (190).

[verb v18-resume]
lemma: resume | restart | renew
pattern: 196 obj=strike prep=on
pattern: 196 obj=&V18_HOSTILITY !obj=&V18_NONMILITARY prep=on|against|in
pattern: 196 obj=&V18_HOSTILITY !obj=&V18_NONMILITARY target=none
example: 196 | Israel resumed airstrikes on Gaza on March 18, 2025, ending a two-month ceasefire with Hamas.
example: 196 | Sudan's warring parties resumed fighting hours after a humanitarian truce expired, residents said.
note: Reinitiating fighting during or after a truce is 196 by the codebook. "resumed talks" is another root.

# ---------------------------------------------------------------------------------------------------------------
# 20 Unconventional mass violence
# ---------------------------------------------------------------------------------------------------------------

[verb v18-expel]
lemma: expel
pattern: 201 obj=&V18_POPULATION
pattern: 190 obj=&V18_COMBATANT prep=from target=obj
example: 201 | Myanmar's army expelled Rohingya villagers from northern Rakhine state in 2017, the United Nations said.
example: 190 | Somali troops expelled al-Shabaab fighters from the town of Adan Yabaal, the army said.
note: Populations only: diplomats (166), refugees, migrants and other individuals (174) are not in the set. Driving armed fighters out of a
note: place is fighting (190).

[verb v18-force]
lemma: force
pattern: 201 prt=out obj=&V18_EXPEL_VICTIM
pattern: 201 obj=&V18_EXPEL_VICTIM prep=from target=obj
pattern: 201 obj=&V18_EXPEL_VICTIM comp=flee|leave|evacuate
example: 201 | The Israeli army forced residents out of the Jenin refugee camp during a weeks-long operation, the U.N. said.
example: 201 | Armed gangs forced 200,000 people from their homes in Haiti's capital, the U.N. migration agency said.
example: 201 | Serb forces forced ethnic Albanian villagers to flee their homes in Kosovo in 1999.

[verb v18-displace]
lemma: displace | uproot | depopulate
pattern: 201 obj=&V18_EXPEL_VICTIM|&V18_PLACE
example: 201 | Israel's military displaced 40,000 residents from three West Bank refugee camps in early 2025, the U.N. said.

[verb v18-transfer]
lemma: transfer
pattern: 201 obj=population|inhabitant|villager|resident|civilian|child
example: 201 | Russia forcibly transferred 20,000 Ukrainian children to its territory, Kyiv said.
note: Prisoners, funds and powers are not in the list.

[verb v18-cleanse]
lemma: cleanse
pattern: 203 obj=*
example: 203 | Serb forces ethnically cleansed Muslims from large parts of eastern Bosnia in 1992, the court found.
note: In news the verb is almost always "ethnically cleanse".

[verb v18-massacre]
lemma: massacre | exterminate
pattern: 202 obj=*
example: 202 | Gunmen massacred more than 100 villagers in Yelwata, in central Nigeria's Benue state, in June 2025.

[verb v18-slaughter]
lemma: slaughter | butcher | annihilate | eradicate
pattern: 202 obj=&V18_PERSON|&V18_EXPEL_VICTIM
example: 202 | Islamic State fighters slaughtered 300 Yazidi men in the village of Kocho in August 2014.
note: People only: "slaughtered livestock", "Bayern slaughtered Barcelona" do not match.

[verb v18-wipe]
lemma: wipe
pattern: 202 prt=out obj=&V18_PERSON|&V18_EXPEL_VICTIM|village
example: 202 | Myanmar troops wiped out entire Rohingya villages in northern Rakhine, survivors said.
note: "wiped out gains" and "wiped out profits" do not match.

[verb v18-gas]
lemma: gas
pattern: 2041 obj=&V18_EXPEL_VICTIM|village|town|city
example: 2041 | Saddam Hussein's forces gassed the Kurdish town of Halabja in 1988.
note: Protesters are left out: "gassed protesters" is usually tear gas (root 17).

[verb v18-release]
lemma: release | spray
pattern: 2041 obj=&V18_CHEMICAL prep=on|over|at|into target=prep
pattern: 2041 obj=&V18_CHEMICAL target=none
pattern: 193 obj=&V18_SMALL_ARMS !obj=&V18_NONLETHAL prep=at|into|on
example: 2041 | Russian forces sprayed chloropicrin on Ukrainian trenches near Zaporizhzhia, Ukraine's military said.
example: 193 | Islamist militants sprayed bullets into a crowd at a market in Nigeria's Zamfara state, police said.

[verb v18-deploy]
lemma: deploy
pattern: 2042 obj=&V18_NUCLEAR prep=against
pattern: 2041 obj=&V18_CHEMICAL prep=against|on
pattern: 1952 obj=&V18_DRONE prep=against
example: 2041 | Syrian forces deployed sarin against opposition-held suburbs of Damascus in August 2013, the United Nations found.
example: 1952 | Myanmar's junta deployed armed drones against resistance fighters in Sagaing region, a monitor said.
note: Only against a target: deploying nuclear weapons or drones to a country is positioning (root 15), not use.

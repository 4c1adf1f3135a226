# Dyad lexicon: agents, the role nouns news text uses for actors ("minister", "troops", "protesters").
#
# Written for Dyad by hand. Each entry gives the CAMEO role code appended to the country the text names
# ("Russian minister" -> RUS + GOV), the ICEWS sector names (the spellings of the ICEWS event files' sector columns)
# and the PLOVER sector code. Remember the clash of meanings: in CAMEO, MED is the media and HLH is health; in
# PLOVER, JRN is journalists and MED is medical.
#
# Conventions chosen here (where sources disagree or CAMEO leaves a choice):
# - Defence ministers and ministries are GOV: they are part of the executive (CAMEO codes policy-level defence
#   officials GOVMIL; one role is given here, so the primary one). Their ICEWS sector is the defence ministry.
# - Militias, paramilitaries, gunmen and militants are UAF (armed, with unclear ties to the state); PLOVER PRM for
#   militias and paramilitaries, UAF for unidentified gunmen, REB for militants, jihadists and terrorists.
# - The national guard and the coast guard are MIL; border guards, gendarmeries and security forces are COP.
# - State media, state news agencies and state broadcasters are GOV (the voice of the government); other media MED.
# - Ruling parties and coalitions are GOV (CAMEO puts governing parties in GOV); opposition parties OPP; a party
#   with no side given is PTY.
# - CAMEO has no role for religion: clergy and places of worship are CVL here (PLOVER REL). Lawyers are JUD, as
#   the Phoenix dictionaries code them. Spokespersons are GOV: a country's spokesman is its government's.
# - Aid groups and charities are DEV; human rights groups HRI; environmental groups ENV; other NGOs CVL.
# - Protesters, demonstrators, activists and dissidents are OPP; plain detainees, prisoners and hostages CVL.


# ---- Government and the executive ----

[agent government]
name: government
plural: governments
alias: central government | central governments | national government | national governments | federal government
alias: federal governments | union government | civilian government | civilian governments | civilian leadership
alias: civilian authorities | civilian rule | state authorities | government of the day
code: GOV
icews: Government | Executive
plover: GOV

[agent interim-government]
name: interim government
plural: interim governments
alias: transitional government | transitional governments | caretaker government | caretaker governments
alias: provisional government | provisional governments | transitional authorities | interim authorities
alias: interim administration
code: GOV
icews: Government | Executive
plover: GOV

[agent government-authorities]
name: government authority
plural: authorities
alias: government authorities | state authority | official bodies | officialdom
code: GOV
icews: Government | Executive
plover: GOV

[agent administration]
name: administration
plural: administrations
alias: presidential administration | presidential administrations | government administration
code: GOV
icews: Government | Executive
plover: GOV

[agent cabinet]
name: cabinet
plural: cabinets
alias: council of ministers | councils of ministers | cabinet of ministers | union cabinet | federal cabinet
alias: government cabinet | state council | executive council
code: GOV
icews: Government | Executive | Cabinet
plover: GOV

[agent ministry]
name: ministry
plural: ministries
alias: government ministry | government ministries | government department | government departments
alias: federal ministry | federal ministries
code: GOV
icews: Government | Executive
plover: GOV

[agent government-agency]
name: agency
plural: agencies
alias: government agency | government agencies | state agency | state agencies | federal agency | federal agencies
alias: public agency | public body | public bodies
code: GOV
icews: Government | Executive
plover: GOV

[agent minister]
name: minister
plural: ministers
alias: cabinet minister | cabinet ministers | government minister | government ministers | union minister
alias: union ministers | federal minister | federal ministers | cabinet secretary | cabinet secretaries
alias: state councillor | state councilor | state councillors | state councilors | minister without portfolio
alias: ministers without portfolio
code: GOV
icews: Government | Executive | Cabinet
plover: GOV

[agent deputy-minister]
name: deputy minister
plural: deputy ministers
alias: vice minister | vice ministers | assistant minister | assistant ministers | minister of state
alias: ministers of state | state minister | state ministers | junior minister | junior ministers
code: GOV
icews: Government | Executive
plover: GOV

[agent undersecretary]
name: undersecretary
plural: undersecretaries
alias: under secretary | under secretaries | deputy secretary | deputy secretaries | assistant secretary
alias: assistant secretaries | permanent secretary | permanent secretaries
code: GOV
icews: Government | Executive
plover: GOV

[agent official]
name: official
plural: officials
alias: government official | government officials | state official | state officials | public official
alias: public officials | senior official | senior officials | top official | top officials
alias: high-ranking official | high-ranking officials | administration official | administration officials
alias: federal official | federal officials | government source | government sources | official source
alias: official sources
code: GOV
icews: Government | Executive
plover: GOV

[agent civil-servant]
name: civil servant
plural: civil servants
alias: bureaucrat | bureaucrats | public servant | public servants | government employee | government employees
alias: state employee | state employees | bureaucracy
code: GOV
icews: Government | Executive
plover: GOV

[agent spokesperson]
name: spokesperson
plural: spokespersons
alias: spokesman | spokesmen | spokeswoman | spokeswomen | spokespeople | government spokesperson
alias: government spokesman | government spokeswoman | government spokespeople | official spokesman
alias: presidential spokesman | presidential spokeswoman | presidential spokesperson | press secretary
alias: press secretaries
code: GOV
icews: Government | Executive
plover: GOV

[agent foreign-ministry-spokesperson]
name: foreign ministry spokesperson
plural: foreign ministry spokespersons
alias: foreign ministry spokesman | foreign ministry spokesmen | foreign ministry spokeswoman
alias: foreign ministry spokeswomen | State Department spokesperson | State Department spokesman
alias: State Department spokeswoman
code: GOV
icews: Government | Executive | Foreign Ministry
plover: GOV

[agent aide]
name: aide
plural: aides
alias: presidential aide | presidential aides | government aide | government aides | close aide | close aides
alias: senior aide | senior aides
code: GOV
icews: Government | Executive | Executive Office
plover: GOV

[agent adviser]
name: government adviser
plural: government advisers
alias: presidential adviser | presidential advisers | presidential advisor | presidential advisors
alias: government advisor | government advisors | senior adviser | senior advisers | senior advisor
alias: senior advisors | economic adviser | economic advisers | top adviser | top advisers
code: GOV
icews: Government | Executive | Cabinet
plover: GOV

[agent national-security-adviser]
name: national security adviser
plural: national security advisers
alias: national security advisor | national security advisors | security adviser | security advisers
code: GOV
icews: Government | Executive | Executive Office
plover: GOV

[agent national-security-council]
name: national security council
plural: national security councils
alias: security cabinet | security cabinets | war cabinet | war cabinets | defence council | defense council
alias: supreme national security council
code: GOV
icews: Government | Executive | Cabinet
plover: GOV

[agent chief-of-staff]
name: chief of staff
plural: chiefs of staff
alias: presidential chief of staff | White House chief of staff | chief of cabinet
code: GOV
icews: Government | Executive | Executive Office
plover: GOV

[agent regime]
name: regime
plural: regimes
alias: ruling regime | authoritarian regime | authoritarian regimes
code: GOV
icews: Government | Executive
plover: GOV

[agent junta]
name: junta
plural: juntas
alias: military junta | military juntas | ruling junta | military government | military governments
alias: military regime | military regimes | military rulers | military ruler
code: GOV
icews: Government | Executive | Military
plover: GOV

[agent leader]
name: leader
plural: leaders
alias: national leader | national leaders | top leader | top leaders | world leader | world leaders
alias: supreme leader | supreme leaders | paramount leader | country leader | state leader | state leaders
code: GOV
icews: Government | Executive | Executive Office
plover: GOV

[agent leadership]
name: leadership
plural: leaderships
alias: political leadership | national leadership | top leadership | ruling elite | ruling elites
code: GOV
icews: Government | Executive | Executive Office
plover: GOV

[agent head-of-state]
name: head of state
plural: heads of state
alias: state head | chief of state | chiefs of state
code: GOV
icews: Government | Executive | Executive Office
plover: GOV

[agent head-of-government]
name: head of government
plural: heads of government
alias: government head | government leader | government leaders
code: GOV
icews: Government | Executive | Executive Office
plover: GOV

[agent president]
name: president
plural: presidents
alias: acting president | acting presidents | interim president | interim presidents | state president
alias: president of the republic | incumbent president
code: GOV
icews: Government | Executive | Executive Office
plover: GOV

[agent president-elect]
name: president-elect
plural: presidents-elect
code: GOV
icews: Government | Executive | Executive Office
plover: GOV

[agent presidency]
name: presidency
plural: presidencies
alias: presidential office | presidential offices | presidential palace | presidential palaces
alias: office of the president | executive office of the president
code: GOV
icews: Government | Executive | Executive Office
plover: GOV

[agent vice-president]
name: vice president
plural: vice presidents
alias: VP | deputy president | deputy presidents | first vice president | second vice president
code: GOV
icews: Government | Executive | Executive Office
plover: GOV

[agent prime-minister]
name: prime minister
plural: prime ministers
alias: PM | acting prime minister | interim prime minister | caretaker prime minister
code: GOV
icews: Government | Executive | Executive Office
plover: GOV

[agent prime-ministers-office]
name: office of the prime minister
plural: offices of the prime minister
alias: prime minister office | prime ministerial office | cabinet office | cabinet offices | chancellery
alias: chancelleries
code: GOV
icews: Government | Executive | Executive Office
plover: GOV

[agent deputy-prime-minister]
name: deputy prime minister
plural: deputy prime ministers
alias: deputy PM | deputy PMs | vice premier | vice premiers | first deputy prime minister | deputy premier
alias: deputy premiers
code: GOV
icews: Government | Executive | Cabinet
plover: GOV

[agent premier]
name: premier
plural: premiers
alias: state premier | provincial premier | provincial premiers
code: GOV
icews: Government | Executive | Executive Office
plover: GOV

[agent chancellor]
name: chancellor
plural: chancellors
alias: federal chancellor | acting chancellor
code: GOV
icews: Government | Executive | Executive Office
plover: GOV

[agent vice-chancellor]
name: vice chancellor
plural: vice chancellors
alias: deputy chancellor | deputy chancellors
code: GOV
icews: Government | Executive | Cabinet
plover: GOV

[agent first-minister]
name: first minister
plural: first ministers
alias: deputy first minister | deputy first ministers
code: GOV
icews: Government | Provincial
plover: GOV

[agent chief-minister]
name: chief minister
plural: chief ministers
alias: deputy chief minister | deputy chief ministers
code: GOV
icews: Government | Local | Provincial
plover: GOV

[agent governor]
name: governor
plural: governors
alias: provincial governor | provincial governors | state governor | state governors | regional governor
alias: regional governors | district governor | district governors | deputy governor | deputy governors
alias: lieutenant governor | lieutenant governors
code: GOV
icews: Government | Local | Provincial
plover: GOV

[agent governor-general]
name: governor-general
plural: governors-general
code: GOV
icews: Government | Executive | Executive Office
plover: GOV

[agent provincial-government]
name: provincial government
plural: provincial governments
alias: regional government | regional governments | state government | state governments | regional authorities
alias: provincial authorities | regional administration | regional administrations | provincial administration
code: GOV
icews: Government | Local | Provincial
plover: GOV

[agent local-authorities]
name: local authority
plural: local authorities
alias: local government | local governments | local official | local officials | municipal authority
alias: municipal authorities | district authorities | local administration | local administrations
code: GOV
icews: Government | Local
plover: GOV

[agent mayor]
name: mayor
plural: mayors
alias: city mayor | city mayors | deputy mayor | deputy mayors | lord mayor | acting mayor
code: GOV
icews: Government | Local | Municipal
plover: GOV

[agent city-council]
name: city council
plural: city councils
alias: municipal council | municipal councils | town council | town councils | city hall | city government
alias: city governments | municipality | municipalities | city authorities
code: GOV
icews: Government | Local | Municipal
plover: GOV

[agent councillor]
name: councillor
plural: councillors
alias: councilor | councilors | council member | council members | city councillor | city councillors
alias: city councilor | city councilors | alderman | aldermen | local councillor | local councillors
code: GOV
icews: Government | Local | Municipal
plover: GOV

[agent prefect]
name: prefect
plural: prefects
alias: district commissioner | district commissioners | district chief | district chiefs | district officer
alias: district officers
code: GOV
icews: Government | Local
plover: GOV

[agent village-chief]
name: village chief
plural: village chiefs
alias: village head | village heads | village headman | village headmen | village leader | village leaders
alias: village official | village officials
code: GOV
icews: Government | Local | Municipal
plover: GOV

[agent ruling-party]
name: ruling party
plural: ruling parties
alias: governing party | governing parties | party in power | ruling party member | ruling party members
alias: ruling party lawmaker | ruling party lawmakers | ruling party legislators
code: GOV
icews: Parties | Government Major Party (In Government)
plover: GOV

[agent ruling-coalition]
name: ruling coalition
plural: ruling coalitions
alias: governing coalition | governing coalitions | coalition government | coalition governments
alias: government coalition | coalition partner | coalition partners | junior coalition partner | ruling alliance
alias: ruling alliances
code: GOV
icews: Parties | Government Major Party (In Government)
plover: GOV

[agent politburo]
name: politburo
plural: politburos
alias: politburo standing committee | central committee | central committees | party central committee
code: GOV
icews: Parties | Government Major Party (In Government)
plover: GOV

[agent royal-court]
name: royal court
plural: royal courts
alias: royal palace | royal palaces | royal household | royal government | imperial household
code: GOV
icews: Government | Executive | Executive Office
plover: GOV

[agent monarch]
name: monarch
plural: monarchs
alias: monarchy | monarchies | reigning monarch | grand duke | regent
code: GOV
icews: Government | Executive | Executive Office | Elite
plover: GOV

[agent king]
name: king
plural: kings
alias: reigning king
code: GOV
icews: Government | Executive | Executive Office | Elite
plover: GOV

[agent queen]
name: queen
plural: queens
alias: reigning queen
code: GOV
icews: Government | Executive | Executive Office | Elite
plover: GOV

[agent emperor]
name: emperor
plural: emperors
alias: empress | empresses
code: GOV
icews: Government | Executive | Executive Office | Elite
plover: GOV

[agent crown-prince]
name: crown prince
plural: crown princes
alias: deputy crown prince | heir to the throne | heir apparent
code: GOV
icews: Government | Executive | Executive Office | Elite
plover: GOV

[agent emir]
name: emir
plural: emirs
alias: amir | amirs
code: GOV
icews: Government | Executive | Executive Office | Elite
plover: GOV

[agent sultan]
name: sultan
plural: sultans
alias: sultanate
code: GOV
icews: Government | Executive | Executive Office | Elite
plover: GOV

[agent ruler]
name: ruler
plural: rulers
alias: hereditary ruler
code: GOV
icews: Government | Executive | Executive Office
plover: GOV

[agent dictator]
name: dictator
plural: dictators
alias: autocrat | autocrats | strongman | strongmen | despot | despots | tyrant | tyrants
code: GOV
icews: Government | Executive | Executive Office
plover: GOV

[agent royal-family]
name: royal family
plural: royal families
alias: royals | royal family member | royal family members | member of the royal family
alias: members of the royal family
code: ELI
icews: Elite
plover: ELI

[agent prince]
name: prince
plural: princes
alias: princess | princesses
code: ELI
icews: Elite
plover: ELI

[agent first-lady]
name: first lady
plural: first ladies
alias: first gentleman | presidential spouse
code: ELI
icews: Elite
plover: ELI

[agent central-bank]
name: central bank
plural: central banks
alias: national bank | national banks | reserve bank | monetary authority | monetary authorities
alias: central bank governor | central bank governors | central banker | central bankers
code: GOV
icews: Government | Executive | Finance / Economy / Commerce / Trade Ministry
plover: GOV

[agent regulator]
name: regulator
plural: regulators
alias: regulatory agency | regulatory agencies | regulatory authority | regulatory authorities | market regulator
alias: market regulators | financial regulator | financial regulators | securities regulator
alias: competition authority | antitrust regulator | antitrust regulators
code: GOV
icews: Government | Executive | Finance / Economy / Commerce / Trade Ministry
plover: GOV

[agent customs]
name: customs service
plural: customs services
alias: customs | customs officer | customs officers | customs official | customs officials | customs authorities
alias: customs agency
code: GOV
icews: Government | Executive | Finance / Economy / Commerce / Trade Ministry
plover: GOV

[agent tax-authority]
name: tax authority
plural: tax authorities
alias: tax office | tax offices | tax agency | tax agencies | tax collector | tax collectors | revenue service
alias: tax inspectors
code: GOV
icews: Government | Executive | Finance / Economy / Commerce / Trade Ministry
plover: GOV

[agent election-commission]
name: election commission
plural: election commissions
alias: electoral commission | electoral commissions | electoral board | electoral boards | electoral body
alias: electoral bodies | election authority | election authorities | electoral authorities | election official
alias: election officials | electoral official | electoral officials | election board
code: GOV
icews: Government | Executive | Elections Ministry
plover: GOV

[agent anti-corruption-agency]
name: anti-corruption agency
plural: anti-corruption agencies
alias: anti-corruption commission | anti-corruption commissions | anti-graft agency | anti-graft body
alias: anti-graft commission | anti-corruption body | anti-corruption bureau | anti-corruption authorities
code: GOV
icews: Government | Executive | Justice / Law Ministry
plover: GOV

[agent auditor-general]
name: auditor general
plural: auditors general
alias: state auditor | state auditors | audit office | audit offices | court of auditors | accounts chamber
alias: national audit office
code: GOV
icews: Government | Executive | Management / Budget / Planning / Organization Ministry
plover: GOV

[agent statistics-office]
name: statistics office
plural: statistics offices
alias: statistics agency | statistics agencies | statistics bureau | statistical office | statistical offices
alias: statistics authority | census bureau
code: GOV
icews: Government | Executive | Management / Budget / Planning / Organization Ministry
plover: GOV

[agent ombudsman]
name: ombudsman
plural: ombudsmen
alias: ombudsperson | ombudswoman | public defender | public defenders | human rights ombudsman
code: GOV
icews: Government | Executive | Human Rights Ministry
plover: GOV

[agent human-rights-commission]
name: human rights commission
plural: human rights commissions
alias: national human rights commission | human rights council | rights commission
alias: national human rights institution
code: GOV
icews: Government | Executive | Human Rights Ministry
plover: GOV

[agent defence-official]
name: defence official
plural: defence officials
alias: defense official | defense officials | defence ministry official | defence ministry officials
alias: defense department official | defense department officials | defense ministry official
alias: defense ministry officials
code: GOV
icews: Government | Executive | Defense / Security Ministry
plover: GOV

[agent security-official]
name: security official
plural: security officials
alias: security chief | security chiefs | security source | security sources
code: COP
icews: Government | Police
plover: COP

[agent health-authorities]
name: health authority
plural: health authorities
alias: health official | health officials | public health official | public health officials
alias: public health authorities | health agency | health agencies | health inspectors
code: GOV
icews: Government | Executive | Health Ministry
plover: GOV

[agent emergency-services]
name: emergency service
plural: emergency services
alias: civil protection | civil protection agency | emergency management agency | disaster management agency
alias: disaster agency | disaster agencies | emergency officials | disaster officials | civil defence
alias: civil defense | civil defence agency
code: GOV
icews: Government | Executive
plover: GOV

# ---- Ministers and ministries by portfolio (UK and US spellings; "secretary" forms where English news uses them) ----

[agent foreign-minister]
name: foreign minister
plural: foreign ministers
alias: minister of foreign affairs | ministers of foreign affairs | foreign affairs minister
alias: foreign affairs ministers | minister for foreign affairs | foreign secretary | foreign secretaries
alias: top diplomat | top diplomats | external affairs minister | minister of external affairs
alias: union external affairs minister | chief diplomat
code: GOV
icews: Government | Executive | Foreign Ministry
plover: GOV

[agent secretary-of-state]
name: secretary of state
plural: secretaries of state
code: GOV
icews: Government | Executive | Foreign Ministry
plover: GOV

[agent foreign-ministry]
name: foreign ministry
plural: foreign ministries
alias: ministry of foreign affairs | ministries of foreign affairs | foreign affairs ministry | Foreign Office
alias: Foreign Offices | external affairs ministry | ministry of external affairs | department of foreign affairs
alias: foreign affairs department | foreign service | diplomatic service
code: GOV
icews: Government | Executive | Foreign Ministry
plover: GOV

[agent deputy-foreign-minister]
name: deputy foreign minister
plural: deputy foreign ministers
alias: vice foreign minister | vice foreign ministers | deputy secretary of state | assistant secretary of state
alias: Foreign Office minister | minister of state for foreign affairs
code: GOV
icews: Government | Executive | Foreign Ministry
plover: GOV

[agent defence-minister]
name: defence minister
plural: defence ministers
alias: defense minister | defense ministers | minister of defence | minister of defense | ministers of defence
alias: ministers of defense | minister of national defense | minister of national defence | union defence minister
alias: defence secretary | defence secretaries | defense secretary | defense secretaries | secretary of defense
alias: secretary of defence | secretary of war | war minister
code: GOV
icews: Government | Executive | Defense / Security Ministry
plover: GOV

[agent defence-ministry]
name: defence ministry
plural: defence ministries
alias: defense ministry | defense ministries | ministry of defence | ministry of defense
alias: ministry of national defense | ministry of national defence | national defense ministry
alias: defence department | defense department | department of defense | department of defence | department of war
alias: war department | war ministry
code: GOV
icews: Government | Executive | Defense / Security Ministry
plover: GOV

[agent deputy-defence-minister]
name: deputy defence minister
plural: deputy defence ministers
alias: deputy defense minister | deputy defense ministers | vice defense minister | vice defence minister
alias: deputy secretary of defense | deputy defense secretary | armed forces minister
alias: minister for the armed forces
code: GOV
icews: Government | Executive | Defense / Security Ministry
plover: GOV

[agent interior-minister]
name: interior minister
plural: interior ministers
alias: minister of interior | minister of the interior | ministers of the interior | home minister
alias: home ministers | union home minister | home secretary | home secretaries | minister of home affairs
alias: home affairs minister | internal affairs minister | minister of internal affairs | public security minister
alias: minister of public security | homeland security secretary | secretary of homeland security
code: GOV
icews: Government | Executive | Interior / Home Ministry
plover: GOV

[agent interior-ministry]
name: interior ministry
plural: interior ministries
alias: ministry of interior | ministry of the interior | home ministry | Home Office | ministry of home affairs
alias: home affairs ministry | internal affairs ministry | ministry of internal affairs | public security ministry
alias: ministry of public security | department of homeland security | homeland security department
alias: home affairs department
code: GOV
icews: Government | Executive | Interior / Home Ministry
plover: GOV

[agent national-security-minister]
name: national security minister
plural: national security ministers
alias: minister of national security | security minister | security ministers | minister of security
alias: minister for security
code: GOV
icews: Government | Executive | Interior / Home Ministry
plover: GOV

[agent finance-minister]
name: finance minister
plural: finance ministers
alias: minister of finance | ministers of finance | finance secretary | union finance minister
alias: treasury secretary | treasury secretaries | secretary of the treasury | Chancellor of the Exchequer
alias: minister of economy and finance | economy and finance minister | budget minister | minister of budget
code: GOV
icews: Government | Executive | Finance / Economy / Commerce / Trade Ministry
plover: GOV

[agent finance-ministry]
name: finance ministry
plural: finance ministries
alias: ministry of finance | ministries of finance | treasury department | department of the treasury
alias: ministry of economy and finance | ministry of economy and finances | finance department | Exchequer
code: GOV
icews: Government | Executive | Finance / Economy / Commerce / Trade Ministry
plover: GOV

[agent economy-minister]
name: economy minister
plural: economy ministers
alias: economic minister | economic ministers | economics minister | minister of economy | minister of the economy
alias: minister of economic affairs | economic affairs minister | economic development minister
alias: minister of economic development
code: GOV
icews: Government | Executive | Finance / Economy / Commerce / Trade Ministry
plover: GOV

[agent economy-ministry]
name: economy ministry
plural: economy ministries
alias: ministry of economy | ministry of the economy | economic ministry | economics ministry
alias: ministry of economic affairs | economic affairs ministry | ministry of economic development
alias: economic development ministry
code: GOV
icews: Government | Executive | Finance / Economy / Commerce / Trade Ministry
plover: GOV

[agent trade-minister]
name: trade minister
plural: trade ministers
alias: minister of trade | minister for trade | commerce minister | commerce ministers | minister of commerce
alias: commerce secretary | secretary of commerce | trade secretary | business secretary | foreign trade minister
alias: minister of foreign trade | trade representative | trade representatives | trade envoy | trade negotiator
alias: trade negotiators | chief trade negotiator | minister of trade and industry | trade and industry minister
code: GOV
icews: Government | Executive | Finance / Economy / Commerce / Trade Ministry
plover: GOV

[agent trade-ministry]
name: trade ministry
plural: trade ministries
alias: ministry of trade | commerce ministry | commerce ministries | ministry of commerce | commerce department
alias: department of commerce | ministry of foreign trade | foreign trade ministry
alias: ministry of trade and industry | trade and industry ministry | ministry of commerce and industry
alias: commerce and industry ministry
code: GOV
icews: Government | Executive | Finance / Economy / Commerce / Trade Ministry
plover: GOV

[agent industry-minister]
name: industry minister
plural: industry ministers
alias: minister of industry | industry secretary | minister of industry and trade | industry and trade minister
code: GOV
icews: Government | Executive | Industrial / Textiles / Mining Ministry
plover: GOV

[agent industry-ministry]
name: industry ministry
plural: industry ministries
alias: ministry of industry | ministry of industry and trade | industry and trade ministry
alias: ministry of industry and information technology
code: GOV
icews: Government | Executive | Industrial / Textiles / Mining Ministry
plover: GOV

[agent mining-minister]
name: mining minister
plural: mining ministers
alias: mines minister | minister of mines | minister of mining | minister of mines and energy
alias: mines and energy minister
code: GOV
icews: Government | Executive | Industrial / Textiles / Mining Ministry
plover: GOV

[agent mining-ministry]
name: mining ministry
plural: mining ministries
alias: ministry of mines | ministry of mining | mines ministry | ministry of mines and energy
alias: mines and energy ministry
code: GOV
icews: Government | Executive | Industrial / Textiles / Mining Ministry
plover: GOV

[agent justice-minister]
name: justice minister
plural: justice ministers
alias: minister of justice | ministers of justice | justice secretary | law minister | law ministers
alias: minister of law | minister of law and justice | law and justice minister | Lord Chancellor
code: GOV
icews: Government | Executive | Justice / Law Ministry
plover: GOV

[agent justice-ministry]
name: justice ministry
plural: justice ministries
alias: ministry of justice | ministries of justice | justice department | department of justice | law ministry
alias: ministry of law | ministry of law and justice | law and justice ministry
code: GOV
icews: Government | Executive | Justice / Law Ministry
plover: GOV

[agent health-minister]
name: health minister
plural: health ministers
alias: minister of health | ministers of health | union health minister | health secretary | health secretaries
alias: secretary of health | health and human services secretary | secretary of health and human services
alias: minister of public health | public health minister
code: GOV
icews: Government | Executive | Health Ministry
plover: GOV

[agent health-ministry]
name: health ministry
plural: health ministries
alias: ministry of health | ministries of health | ministry of public health | public health ministry
alias: health department | health departments | department of health | department of health and human services
code: GOV
icews: Government | Executive | Health Ministry
plover: GOV

[agent education-minister]
name: education minister
plural: education ministers
alias: minister of education | ministers of education | education secretary | education secretaries
alias: secretary of education | minister of higher education | higher education minister
alias: minister of national education
code: GOV
icews: Government | Executive | Education Ministry
plover: GOV

[agent education-ministry]
name: education ministry
plural: education ministries
alias: ministry of education | ministries of education | education department | department of education
alias: ministry of higher education | ministry of national education | higher education ministry
code: GOV
icews: Government | Executive | Education Ministry
plover: GOV

[agent agriculture-minister]
name: agriculture minister
plural: agriculture ministers
alias: minister of agriculture | ministers of agriculture | agriculture secretary | secretary of agriculture
alias: farm minister | farm ministers | farming minister | fisheries minister | minister of fisheries
alias: minister of agriculture and fisheries | food minister | minister of food
code: GOV
icews: Government | Executive | Agriculture / Fishing / Forestry Ministry
plover: GOV

[agent agriculture-ministry]
name: agriculture ministry
plural: agriculture ministries
alias: ministry of agriculture | ministries of agriculture | agriculture department | department of agriculture
alias: farm ministry | fisheries ministry | ministry of fisheries | ministry of agriculture and fisheries
alias: food ministry
code: GOV
icews: Government | Executive | Agriculture / Fishing / Forestry Ministry
plover: GOV

[agent energy-minister]
name: energy minister
plural: energy ministers
alias: minister of energy | ministers of energy | energy secretary | secretary of energy | oil minister
alias: oil ministers | minister of oil | petroleum minister | petroleum ministers | minister of petroleum
alias: power minister | minister of power
code: GOV
icews: Government | Executive | Energy Ministry
plover: GOV

[agent energy-ministry]
name: energy ministry
plural: energy ministries
alias: ministry of energy | energy department | department of energy | oil ministry | oil ministries
alias: ministry of oil | petroleum ministry | ministry of petroleum | power ministry | ministry of power
code: GOV
icews: Government | Executive | Energy Ministry
plover: GOV

[agent environment-minister]
name: environment minister
plural: environment ministers
alias: minister of environment | minister of the environment | minister for the environment
alias: environment secretary | environment secretaries | climate minister | climate ministers
alias: minister of ecology | ecology minister | climate secretary | minister of natural resources
alias: natural resources minister
code: GOV
icews: Government | Executive | Environment Ministry
plover: GOV

[agent environment-ministry]
name: environment ministry
plural: environment ministries
alias: ministry of environment | ministry of the environment | ministry of ecology | ecology ministry
alias: climate ministry | ministry of ecology and environment | ministry of natural resources
alias: natural resources ministry | environmental protection agency | environment agency
code: GOV
icews: Government | Executive | Environment Ministry
plover: GOV

[agent transport-minister]
name: transport minister
plural: transport ministers
alias: transportation minister | transportation ministers | minister of transport | minister of transportation
alias: transport secretary | transportation secretary | secretary of transportation | railways minister
alias: railway minister | minister of railways | aviation minister | minister of civil aviation
alias: civil aviation minister
code: GOV
icews: Government | Executive | Transportation Ministry
plover: GOV

[agent transport-ministry]
name: transport ministry
plural: transport ministries
alias: transportation ministry | ministry of transport | ministry of transportation | department of transportation
alias: transportation department | department for transport | transport department | railways ministry
alias: ministry of railways | civil aviation ministry | ministry of civil aviation
code: GOV
icews: Government | Executive | Transportation Ministry
plover: GOV

[agent information-minister]
name: information minister
plural: information ministers
alias: minister of information | ministers of information | communications minister | communications ministers
alias: minister of communications | telecommunications minister | minister of telecommunications
alias: digital minister | minister of digital affairs | digital affairs minister
alias: information and broadcasting minister | minister of information and broadcasting | propaganda minister
code: GOV
icews: Government | Executive | Information / Communication / Transparency Ministry
plover: GOV

[agent information-ministry]
name: information ministry
plural: information ministries
alias: ministry of information | communications ministry | ministry of communications
alias: telecommunications ministry | ministry of telecommunications | digital ministry
alias: ministry of digital affairs | information and broadcasting ministry
alias: ministry of information and broadcasting | propaganda department
alias: ministry of communications and information technology
code: GOV
icews: Government | Executive | Information / Communication / Transparency Ministry
plover: GOV

[agent labour-minister]
name: labour minister
plural: labour ministers
alias: labor minister | labor ministers | minister of labour | minister of labor | labor secretary
alias: secretary of labor | employment minister | minister of employment | work and pensions secretary
alias: manpower minister | minister of manpower
code: GOV
icews: Government | Executive | Labor Ministry
plover: GOV

[agent labour-ministry]
name: labour ministry
plural: labour ministries
alias: labor ministry | labor ministries | ministry of labour | ministry of labor | labor department
alias: department of labor | employment ministry | ministry of employment | manpower ministry
alias: ministry of manpower | department for work and pensions
code: GOV
icews: Government | Executive | Labor Ministry
plover: GOV

[agent tourism-minister]
name: tourism minister
plural: tourism ministers
alias: minister of tourism | minister for tourism | minister of culture and tourism | culture and tourism minister
code: GOV
icews: Government | Executive | Tourism Ministry
plover: GOV

[agent tourism-ministry]
name: tourism ministry
plural: tourism ministries
alias: ministry of tourism | ministry of culture and tourism | culture and tourism ministry | tourism board
alias: tourist board
code: GOV
icews: Government | Executive | Tourism Ministry
plover: GOV

[agent culture-minister]
name: culture minister
plural: culture ministers
alias: minister of culture | culture secretary | minister for culture | heritage minister | minister of heritage
code: GOV
icews: Government | Executive
plover: GOV

[agent culture-ministry]
name: culture ministry
plural: culture ministries
alias: ministry of culture | department of culture | heritage ministry | ministry of heritage
code: GOV
icews: Government | Executive
plover: GOV

[agent science-minister]
name: science minister
plural: science ministers
alias: minister of science | minister of science and technology | science and technology minister
alias: technology minister | minister of technology | research minister | minister of research
alias: innovation minister
code: GOV
icews: Government | Executive | Science / Tech / Knowledge / Innovation Ministry
plover: GOV

[agent science-ministry]
name: science ministry
plural: science ministries
alias: ministry of science | ministry of science and technology | science and technology ministry
alias: technology ministry | ministry of technology | research ministry | ministry of research
alias: ministry of science and higher education
code: GOV
icews: Government | Executive | Science / Tech / Knowledge / Innovation Ministry
plover: GOV

[agent human-rights-minister]
name: human rights minister
plural: human rights ministers
alias: minister of human rights | minister for human rights
code: GOV
icews: Government | Executive | Human Rights Ministry
plover: GOV

[agent human-rights-ministry]
name: human rights ministry
plural: human rights ministries
alias: ministry of human rights | human rights department
code: GOV
icews: Government | Executive | Human Rights Ministry
plover: GOV

[agent intelligence-minister]
name: intelligence minister
plural: intelligence ministers
alias: minister of intelligence | minister of state security | state security minister
code: SPY
icews: Government | Executive | Intelligence Ministry
plover: SPY

[agent intelligence-ministry]
name: intelligence ministry
plural: intelligence ministries
alias: ministry of intelligence | ministry of state security | state security ministry
alias: ministry of intelligence and security
code: SPY
icews: Government | Executive | Intelligence Ministry
plover: SPY

[agent planning-minister]
name: planning minister
plural: planning ministers
alias: minister of planning | minister of planning and development | planning and development minister
code: GOV
icews: Government | Executive | Management / Budget / Planning / Organization Ministry
plover: GOV

[agent planning-ministry]
name: planning ministry
plural: planning ministries
alias: ministry of planning | ministry of planning and development | planning commission | budget office
alias: budget ministry | ministry of budget
code: GOV
icews: Government | Executive | Management / Budget / Planning / Organization Ministry
plover: GOV

[agent social-affairs-minister]
name: social affairs minister
plural: social affairs ministers
alias: minister of social affairs | social welfare minister | minister of social welfare | welfare minister
alias: minister of social development | social development minister | family minister | minister of family affairs
alias: minister of social security
code: GOV
icews: Government | Executive | Women / Children / Social / Welfare / Development / Religion Ministry
plover: GOV

[agent social-affairs-ministry]
name: social affairs ministry
plural: social affairs ministries
alias: ministry of social affairs | social welfare ministry | ministry of social welfare | welfare ministry
alias: ministry of social development | social development ministry | family ministry | ministry of family affairs
alias: ministry of social security
code: GOV
icews: Government | Executive | Women / Children / Social / Welfare / Development / Religion Ministry
plover: GOV

[agent womens-affairs-minister]
name: women affairs minister
plural: women affairs ministers
alias: minister of women affairs | minister for women | minister for women and equalities | gender minister
alias: minister of gender | equality minister | minister of equality
code: GOV
icews: Government | Executive | Women / Children / Social / Welfare / Development / Religion Ministry
plover: GOV

[agent womens-affairs-ministry]
name: women affairs ministry
plural: women affairs ministries
alias: ministry of women affairs | gender ministry | ministry of gender | equality ministry | ministry of equality
alias: ministry of women and children
code: GOV
icews: Government | Executive | Women / Children / Social / Welfare / Development / Religion Ministry
plover: GOV

[agent religious-affairs-minister]
name: religious affairs minister
plural: religious affairs ministers
alias: minister of religious affairs | minister of religion | religion minister | minister of endowments
alias: Awqaf minister | minister of Islamic affairs
code: GOV
icews: Government | Executive | Women / Children / Social / Welfare / Development / Religion Ministry
plover: GOV

[agent religious-affairs-ministry]
name: religious affairs ministry
plural: religious affairs ministries
alias: ministry of religious affairs | ministry of religion | religion ministry | ministry of endowments
alias: Awqaf ministry | ministry of Islamic affairs | religious affairs directorate | religious affairs bureau
code: GOV
icews: Government | Executive | Women / Children / Social / Welfare / Development / Religion Ministry | Government Religious
plover: GOV

[agent development-minister]
name: development minister
plural: development ministers
alias: minister of development | international development minister | minister for international development
alias: international development secretary | cooperation minister | minister of development cooperation
code: GOV
icews: Government | Executive | Women / Children / Social / Welfare / Development / Religion Ministry
plover: GOV

[agent development-ministry]
name: development ministry
plural: development ministries
alias: ministry of development | ministry of international development | department for international development
alias: development cooperation ministry | ministry of development cooperation
code: GOV
icews: Government | Executive | Women / Children / Social / Welfare / Development / Religion Ministry
plover: GOV

[agent housing-minister]
name: housing minister
plural: housing ministers
alias: minister of housing | housing secretary | secretary of housing | minister of housing and urban development
alias: construction minister | minister of construction | public works minister | minister of public works
alias: infrastructure minister | minister of infrastructure
code: GOV
icews: Government | Executive
plover: GOV

[agent housing-ministry]
name: housing ministry
plural: housing ministries
alias: ministry of housing | department of housing and urban development | housing department
alias: construction ministry | ministry of construction | public works ministry | ministry of public works
alias: infrastructure ministry | ministry of infrastructure
code: GOV
icews: Government | Executive
plover: GOV

[agent water-minister]
name: water minister
plural: water ministers
alias: minister of water resources | water resources minister | irrigation minister | minister of irrigation
alias: minister of water
code: GOV
icews: Government | Executive | Agriculture / Fishing / Forestry Ministry
plover: GOV

[agent water-ministry]
name: water ministry
plural: water ministries
alias: ministry of water resources | water resources ministry | irrigation ministry | ministry of irrigation
alias: ministry of water
code: GOV
icews: Government | Executive | Agriculture / Fishing / Forestry Ministry
plover: GOV

[agent immigration-minister]
name: immigration minister
plural: immigration ministers
alias: minister of immigration | migration minister | migration ministers | minister of migration
alias: minister for immigration | immigration secretary | refugees minister | minister of refugees
code: GOV
icews: Government | Executive | Interior / Home Ministry
plover: GOV

[agent immigration-ministry]
name: immigration ministry
plural: immigration ministries
alias: ministry of immigration | migration ministry | ministry of migration | immigration department
alias: immigration agency | migration agency | migration service | ministry of refugees | refugees ministry
code: GOV
icews: Government | Executive | Interior / Home Ministry
plover: GOV

[agent emergencies-minister]
name: emergencies minister
plural: emergencies ministers
alias: emergency situations minister | minister of emergency situations | minister for emergency situations
alias: minister of emergencies | emergency minister | disaster management minister
alias: minister of disaster management
code: GOV
icews: Government | Executive
plover: GOV

[agent emergencies-ministry]
name: emergencies ministry
plural: emergencies ministries
alias: emergency situations ministry | ministry of emergency situations | ministry for emergency situations
alias: ministry of emergencies | emergency ministry | disaster management ministry
alias: ministry of disaster management
code: GOV
icews: Government | Executive
plover: GOV

[agent sports-minister]
name: sports minister
plural: sports ministers
alias: sport minister | minister of sport | minister of sports | minister of youth and sports
alias: youth and sports minister | youth minister | minister of youth | sports secretary
code: GOV
icews: Government | Executive
plover: GOV

[agent sports-ministry]
name: sports ministry
plural: sports ministries
alias: sport ministry | ministry of sport | ministry of sports | ministry of youth and sports
alias: youth and sports ministry | youth ministry | ministry of youth
code: GOV
icews: Government | Executive
plover: GOV

[agent unification-minister]
name: unification minister
plural: unification ministers
alias: minister of unification | reunification minister
code: GOV
icews: Government | Executive | Foreign Ministry
plover: GOV

[agent unification-ministry]
name: unification ministry
plural: unification ministries
alias: ministry of unification | reunification ministry
code: GOV
icews: Government | Executive | Foreign Ministry
plover: GOV

[agent european-affairs-minister]
name: Europe minister
plural: Europe ministers
alias: European affairs minister | European affairs ministers | minister for Europe | minister of European affairs
alias: minister for European affairs | EU affairs minister | minister of European integration
alias: European integration minister
code: GOV
icews: Government | Executive | Foreign Ministry
plover: GOV

[agent veterans-affairs-minister]
name: veterans affairs minister
plural: veterans affairs ministers
alias: minister of veterans affairs | veterans affairs secretary | secretary of veterans affairs
alias: veterans minister
code: GOV
icews: Government | Executive
plover: GOV

[agent veterans-affairs-ministry]
name: veterans affairs ministry
plural: veterans affairs ministries
alias: ministry of veterans affairs | department of veterans affairs | veterans affairs department
code: GOV
icews: Government | Executive
plover: GOV

[agent drug-control-agency]
name: drug control agency
plural: drug control agencies
alias: anti-drug agency | anti-drug agencies | anti-narcotics agency | anti-narcotics agencies
alias: drug enforcement agency | narcotics control board | narcotics control bureau | drug control board
alias: anti-narcotics force | anti-drug police | anti-narcotics police | narcotics police
code: COP
icews: Government | Police | Drugs Ministry
plover: COP

# ---- Diplomacy ----

[agent diplomat]
name: diplomat
plural: diplomats
alias: senior diplomat | senior diplomats | career diplomat | career diplomats | foreign diplomat
alias: foreign diplomats | diplomatic official | diplomatic officials | diplomatic source | diplomatic sources
code: GOV
icews: Government | Executive | Foreign Ministry
plover: GOV

[agent ambassador]
name: ambassador
plural: ambassadors
alias: ambassador-designate | ambassadors-designate | high commissioner | high commissioners | ambassador at large
alias: ambassadors at large | envoy extraordinary | permanent representative | permanent representatives
code: GOV
icews: Government | Executive | Foreign Ministry
plover: GOV

[agent envoy]
name: envoy
plural: envoys
alias: special envoy | special envoys | emissary | emissaries | special representative | special representatives
alias: presidential envoy | presidential envoys | peace envoy | peace envoys
code: GOV
icews: Government | Executive | Foreign Ministry
plover: GOV

[agent charge-daffaires]
name: chargé d'affaires
plural: chargés d'affaires
alias: charge d'affaires | charges d'affaires
code: GOV
icews: Government | Executive | Foreign Ministry
plover: GOV

[agent embassy]
name: embassy
plural: embassies
alias: high commission | high commissions | diplomatic mission | diplomatic missions | legation | legations
alias: embassy staff | embassy official | embassy officials | embassy spokesman | embassy spokeswoman
alias: embassy spokesperson
code: GOV
icews: Government | Executive | Foreign Ministry
plover: GOV

[agent consul]
name: consul
plural: consuls
alias: consul general | consuls general | vice consul | honorary consul | consular official | consular officials
code: GOV
icews: Government | Executive | Foreign Ministry
plover: GOV

[agent consulate]
name: consulate
plural: consulates
alias: consulate general | consulates general | consular office | consular offices | consular section
code: GOV
icews: Government | Executive | Foreign Ministry
plover: GOV

[agent delegation]
name: delegation
plural: delegations
alias: government delegation | government delegations | official delegation | official delegations
alias: high-level delegation | high-level delegations | trade delegation | trade delegations
alias: diplomatic delegation | parliamentary delegation | parliamentary delegations
code: GOV
icews: Government | Executive | Foreign Ministry
plover: GOV

[agent delegate]
name: delegate
plural: delegates
alias: government delegate | government delegates | national delegate
code: GOV
icews: Government | Executive | Foreign Ministry
plover: GOV

[agent negotiator]
name: negotiator
plural: negotiators
alias: chief negotiator | chief negotiators | government negotiator | government negotiators | peace negotiator
alias: peace negotiators | lead negotiator | negotiating team | negotiating teams | nuclear negotiator
alias: nuclear negotiators
code: GOV
icews: Government | Executive | Foreign Ministry
plover: GOV

[agent mediator]
name: mediator
plural: mediators
alias: peace mediator | peace mediators | international mediators | peace broker
code: GOV
icews: Government | Executive | Foreign Ministry
plover: GOV

# ---- Legislatures and lawmakers ----

[agent parliament]
name: parliament
plural: parliaments
alias: national parliament | national parliaments | federal parliament | legislature | legislatures
alias: legislative body | legislative bodies | parliamentary assembly | legislative chamber
code: LEG
icews: Government | Legislative / Parliamentary
plover: LEG

[agent congress]
name: congress
plural: congresses
alias: national congress | federal congress | lawmaking body
code: LEG
icews: Government | Legislative / Parliamentary
plover: LEG

[agent national-assembly]
name: national assembly
plural: national assemblies
alias: legislative assembly | legislative assemblies | Grand National Assembly | constituent assembly
alias: constituent assemblies | legislative council | legislative councils
code: LEG
icews: Government | Legislative / Parliamentary | Unicameral
plover: LEG

[agent senate]
name: senate
plural: senates
alias: upper house | upper houses | upper chamber | upper chambers | Federation Council | House of Lords
alias: Rajya Sabha | house of councillors
code: LEG
icews: Government | Legislative / Parliamentary | Upper House
plover: LEG

[agent lower-house]
name: lower house
plural: lower houses
alias: lower chamber | lower chambers | house of representatives | houses of representatives | House of Commons
alias: chamber of deputies | chambers of deputies | congress of deputies | Lok Sabha | house of the people
code: LEG
icews: Government | Legislative / Parliamentary | Lower House
plover: LEG

[agent state-duma]
name: State Duma
plural: State Dumas
alias: Duma | Dumas
code: LEG
icews: Government | Legislative / Parliamentary | Lower House
plover: LEG

[agent knesset]
name: Knesset
plural: Knessets
code: LEG
icews: Government | Legislative / Parliamentary | Unicameral
plover: LEG

[agent bundestag]
name: Bundestag
plural: Bundestags
code: LEG
icews: Government | Legislative / Parliamentary | Lower House
plover: LEG

[agent bundesrat]
name: Bundesrat
plural: Bundesrats
alias: Federal Council of Germany
code: LEG
icews: Government | Legislative / Parliamentary | Upper House
plover: LEG

[agent verkhovna-rada]
name: Verkhovna Rada
plural: Verkhovna Radas
alias: Rada | Supreme Rada
code: LEG
icews: Government | Legislative / Parliamentary | Unicameral
plover: LEG

[agent majlis]
name: Majlis
plural: Majlises
alias: Islamic Consultative Assembly | Majles | shura council | shura councils | consultative council
alias: consultative assembly
code: LEG
icews: Government | Legislative / Parliamentary | Unicameral
plover: LEG

[agent national-peoples-congress]
name: National People's Congress
plural: National People's Congresses
alias: NPC standing committee | standing committee of the National People's Congress
code: LEG
icews: Government | Legislative / Parliamentary | Unicameral
plover: LEG

[agent national-diet]
name: National Diet
plural: National Diets
alias: Diet lawmakers | Diet members | member of the Diet
code: LEG
icews: Government | Legislative / Parliamentary
plover: LEG

[agent sejm]
name: Sejm
plural: Sejms
code: LEG
icews: Government | Legislative / Parliamentary | Lower House
plover: LEG

[agent legislative-committee]
name: parliamentary committee
plural: parliamentary committees
alias: congressional committee | congressional committees | senate committee | senate committees | house committee
alias: house committees | select committee | select committees | legislative committee | legislative committees
alias: parliamentary panel | congressional panel | senate panel | house panel
code: LEG
icews: Government | Legislative / Parliamentary
plover: LEG

[agent lawmaker]
name: lawmaker
plural: lawmakers
alias: law maker | law makers | parliamentary member | parliamentary members | elected representative
alias: elected representatives
code: LEG
icews: Government | Legislative / Parliamentary
plover: LEG

[agent member-of-parliament]
name: member of parliament
plural: members of parliament
alias: MP | MPs | parliament member | parliament members | backbencher | backbenchers
code: LEG
icews: Government | Legislative / Parliamentary
plover: LEG

[agent legislator]
name: legislator
plural: legislators
alias: state legislator | state legislators
code: LEG
icews: Government | Legislative / Parliamentary
plover: LEG

[agent parliamentarian]
name: parliamentarian
plural: parliamentarians
code: LEG
icews: Government | Legislative / Parliamentary
plover: LEG

[agent deputy]
name: parliamentary deputy
plural: deputies
alias: parliamentary deputies | Duma deputy | Duma deputies | people's deputy | people's deputies
code: LEG
icews: Government | Legislative / Parliamentary
plover: LEG

[agent senator]
name: senator
plural: senators
alias: state senator | state senators
code: LEG
icews: Government | Legislative / Parliamentary | Upper House
plover: LEG

[agent congressman]
name: congressman
plural: congressmen
alias: congresswoman | congresswomen | congressperson | member of congress | members of congress | congress member
alias: congress members | congressional leader | congressional leaders | house member | house members
code: LEG
icews: Government | Legislative / Parliamentary | Lower House
plover: LEG

[agent speaker-of-parliament]
name: parliament speaker
plural: parliament speakers
alias: speaker of parliament | speaker of the house | house speaker | speaker of the national assembly
alias: parliamentary speaker | parliamentary speakers | speaker of the lower house | senate president
alias: president of the senate | Duma speaker | Knesset speaker
code: LEG
icews: Government | Legislative / Parliamentary
plover: LEG

[agent opposition-lawmaker]
name: opposition lawmaker
plural: opposition lawmakers
alias: opposition MP | opposition MPs | opposition legislator | opposition legislators | opposition deputy
alias: opposition deputies | opposition senator | opposition senators | opposition member of parliament
alias: opposition members of parliament
code: OPP
icews: Parties | Opposition Major Party (Out Of Government) | Legislative / Parliamentary
plover: OPP

# ---- Judiciary and the law ----

[agent judiciary]
name: judiciary
plural: judiciaries
alias: judicial authorities | judicial authority | judicial system | justice system | judicial branch
alias: judicial body | judicial officials | judicial official
code: JUD
icews: Government | Judicial
plover: JUD

[agent court]
name: court
plural: courts
alias: law court | law courts | court of law | courts of law | district court | district courts | federal court
alias: federal courts | regional court | criminal court | criminal courts | civil court | trial court
alias: lower court | lower courts | provincial court | city court | magistrates court | court official
alias: court officials
code: JUD
icews: Government | Judicial
plover: JUD

[agent supreme-court]
name: supreme court
plural: supreme courts
alias: top court | top courts | highest court | apex court | supreme judicial council | federal supreme court
alias: high court of justice
code: JUD
icews: Government | Judicial
plover: JUD

[agent constitutional-court]
name: constitutional court
plural: constitutional courts
alias: constitutional council | constitutional tribunal | constitutional tribunals
code: JUD
icews: Government | Judicial
plover: JUD

[agent high-court]
name: high court
plural: high courts
alias: superior court | superior courts | court of cassation | cassation court | court of final appeal
code: JUD
icews: Government | Judicial
plover: JUD

[agent appeals-court]
name: appeals court
plural: appeals courts
alias: court of appeals | courts of appeals | court of appeal | courts of appeal | appeal court | appeal courts
alias: appellate court | appellate courts | circuit court | circuit courts
code: JUD
icews: Government | Judicial
plover: JUD

[agent military-court]
name: military court
plural: military courts
alias: military tribunal | military tribunals | court martial | courts martial
code: JUD
icews: Government | Judicial | Military
plover: JUD

[agent special-court]
name: tribunal
plural: tribunals
alias: special court | special courts | special tribunal | special tribunals | state security court
alias: state security courts | anti-terrorism court | anti-terrorism courts | terrorism court
alias: revolutionary court | revolutionary courts | administrative court | administrative courts
alias: election tribunal
code: JUD
icews: Government | Judicial
plover: JUD

[agent religious-court]
name: religious court
plural: religious courts
alias: sharia court | sharia courts | Islamic court | Islamic courts | rabbinical court | rabbinical courts
code: JUD
icews: Government | Judicial
plover: JUD

[agent judge]
name: judge
plural: judges
alias: magistrate | magistrates | justice of the supreme court | supreme court justice | supreme court justices
alias: supreme court judge | supreme court judges | chief justice | chief justices | high court judge
alias: high court judges | presiding judge | federal judge | federal judges | investigating judge
alias: investigating magistrate | trial judge
code: JUD
icews: Government | Judicial
plover: JUD

[agent jury]
name: jury
plural: juries
alias: juror | jurors | grand jury | grand juries
code: JUD
icews: Government | Judicial
plover: JUD

[agent prosecutor]
name: prosecutor
plural: prosecutors
alias: public prosecutor | public prosecutors | state prosecutor | state prosecutors | federal prosecutor
alias: federal prosecutors | chief prosecutor | chief prosecutors | prosecutor general | prosecutors general
alias: district attorney | district attorneys | prosecution service | public prosecution | prosecutor office
alias: state attorney | crown prosecutor | crown prosecution service | prosecuting authorities
code: JUD
icews: Government | Judicial
plover: JUD

[agent attorney-general]
name: attorney general
plural: attorneys general
alias: attorney generals | solicitor general | solicitors general
code: JUD
icews: Government | Executive | Justice / Law Ministry
plover: JUD

[agent lawyer]
name: lawyer
plural: lawyers
alias: attorney | attorneys | defence lawyer | defence lawyers | defense lawyer | defense lawyers
alias: defense attorney | defense attorneys | barrister | barristers | solicitor | solicitors | legal team
alias: legal representative
code: JUD
icews: Social | Legal
plover: JUD

[agent bar-association]
name: bar association
plural: bar associations
alias: bar council | bar councils | law society | law societies
code: JUD
icews: Social | Legal
plover: JUD

# ---- Police, law enforcement and internal security ----

[agent police]
name: police
plural: police forces
alias: police force | police service | police services | national police | federal police | state police
alias: local police | city police | traffic police | law enforcement | law enforcement agency
alias: law enforcement agencies | law enforcement authorities | law enforcement official
alias: law enforcement officials | police department | police departments | police authorities | police station
alias: police stations | police post | police posts | police patrol | police patrols | constabulary | militsiya
code: COP
icews: Government | Police
plover: COP

[agent police-officer]
name: police officer
plural: police officers
alias: policeman | policemen | policewoman | policewomen | police official | police officials | police personnel
alias: police agent | police agents | police constable | police constables | constable | constables | patrolman
alias: patrolmen | cop | cops | law enforcement officer | law enforcement officers | police sergeant
alias: police inspector
code: COP
icews: Government | Police
plover: COP

[agent police-chief]
name: police chief
plural: police chiefs
alias: chief of police | chiefs of police | police commissioner | police commissioners | police commander
alias: police commanders | police head | police director | head of police | inspector general of police
code: COP
icews: Government | Police
plover: COP

[agent police-spokesperson]
name: police spokesperson
plural: police spokespersons
alias: police spokesman | police spokesmen | police spokeswoman | police spokeswomen
code: COP
icews: Government | Police
plover: COP

[agent riot-police]
name: riot police
plural: riot police units
alias: riot policeman | riot policemen | riot officer | riot officers | anti-riot police | riot squad
alias: riot squads | riot control police | riot troops
code: COP
icews: Government | Police
plover: COP

[agent special-police]
name: police special forces
plural: police special units
alias: special police | special police forces | counter-terrorism police | counterterrorism police
alias: anti-terrorism police | anti-terror police | anti-terrorism squad | SWAT team | SWAT teams
alias: police commandos | special weapons and tactics team
code: COP
icews: Government | Police
plover: COP

[agent detective]
name: detective
plural: detectives
alias: police detective | police detectives | criminal police | criminal investigator | criminal investigators
alias: police investigator | police investigators
code: COP
icews: Government | Police
plover: COP

[agent investigator]
name: investigator
plural: investigators
alias: investigating officer | investigating officers | investigative committee | investigation bureau
alias: federal investigators
code: COP
icews: Government | Police
plover: COP

[agent federal-agent]
name: federal agent
plural: federal agents
alias: federal officer | federal officers | federal law enforcement | special agent | special agents
code: COP
icews: Government | Police | National / Border Divisions
plover: COP

[agent security-forces]
name: security force
plural: security forces
alias: security personnel | security officer | security officers | security agent | security agents
alias: security services personnel | internal security forces | state security forces | security apparatus
code: COP
icews: Government | Police
plover: COP

[agent gendarmerie]
name: gendarmerie
plural: gendarmeries
alias: gendarme | gendarmes | carabinieri | carabiniere | gendarmerie officers
code: COP
icews: Government | Police
plover: COP

[agent paramilitary-police]
name: paramilitary police
plural: paramilitary police forces
alias: armed police | armed police force | People's Armed Police | interior troops | internal troops
alias: paramilitary police force
code: COP
icews: Government | Police
plover: COP

[agent border-guard]
name: border guard
plural: border guards
alias: border police | border policeman | border policemen | border patrol | border patrols | border patrol agent
alias: border patrol agents | border agent | border agents | border security force | border forces | border troops
alias: frontier guard | frontier guards | border service | border guard service | border officials
code: COP
icews: Government | Police | National / Border Divisions
plover: COP

[agent immigration-officer]
name: immigration officer
plural: immigration officers
alias: immigration agent | immigration agents | immigration official | immigration officials
alias: immigration authorities | immigration police | immigration enforcement | deportation officers
code: COP
icews: Government | Police
plover: COP

[agent morality-police]
name: morality police
plural: morality police units
alias: religious police | vice police | guidance patrol | guidance patrols
code: COP
icews: Government | Police
plover: COP

[agent prison-guard]
name: prison guard
plural: prison guards
alias: prison officer | prison officers | prison warden | prison wardens | jailer | jailers | prison official
alias: prison officials | prison authorities | prison service | correctional officer | correctional officers
code: COP
icews: Government | Police
plover: COP

[agent sheriff]
name: sheriff
plural: sheriffs
alias: deputy sheriff | deputy sheriffs
code: COP
icews: Government | Police | Municipal Divisions
plover: COP

[agent coast-guard]
name: coast guard
plural: coast guards
alias: coastguard | coastguards | coast guard vessel | coast guard vessels | coast guard ship | coast guard ships
alias: coast guard patrol | maritime police | coast guard personnel | coast guard officers | coast guard officer
alias: coast guard crew | coast guard crews | coastguard personnel | coastguard officers
code: MIL
icews: Government | Military
plover: MIL

# ---- Intelligence ----

[agent intelligence-service]
name: intelligence service
plural: intelligence services
alias: intelligence agency | intelligence agencies | spy agency | spy agencies | intelligence community
alias: intelligence apparatus | intelligence bureau | intelligence directorate | security service
alias: security services | counterintelligence service | state security service | foreign intelligence service
alias: domestic intelligence agency
code: SPY
icews: Government | Executive | Intelligence Ministry
plover: SPY

[agent intelligence-officer]
name: intelligence officer
plural: intelligence officers
alias: intelligence official | intelligence officials | intelligence agent | intelligence agents
alias: intelligence operative | intelligence operatives | intelligence source | intelligence sources
alias: secret agent | secret agents | undercover agent
code: SPY
icews: Government | Executive | Intelligence Ministry
plover: SPY

[agent spy]
name: spy
plural: spies
alias: spymaster | spymasters | foreign spy | foreign spies | intelligence asset | intelligence assets
code: SPY
icews: Government | Executive | Intelligence Ministry
plover: SPY

[agent intelligence-chief]
name: intelligence chief
plural: intelligence chiefs
alias: spy chief | spy chiefs | intelligence director | director of intelligence | head of intelligence
alias: intelligence head | director of national intelligence
code: SPY
icews: Government | Executive | Intelligence Ministry
plover: SPY

[agent secret-police]
name: secret police
plural: secret police forces
alias: political police | state security police
code: SPY
icews: Government | Executive | Intelligence Ministry
plover: SPY

[agent military-intelligence]
name: military intelligence
plural: military intelligence services
alias: military intelligence service | military intelligence agency | military intelligence officer
alias: military intelligence officers | defence intelligence | defense intelligence | defense intelligence agency
alias: military spy agency | army intelligence
code: SPY
icews: Government | Military | Military Intelligence
plover: SPY

[agent state-hacker]
name: state-backed hacker
plural: state-backed hackers
alias: state-sponsored hacker | state-sponsored hackers | government hackers | military hackers | state hackers
alias: cyber spies | cyber-espionage group | hacking unit
code: SPY
icews: Government | Executive | Intelligence Ministry
plover: SPY

[agent spy-plane]
name: spy plane
plural: spy planes
alias: reconnaissance plane | reconnaissance planes | reconnaissance aircraft | surveillance plane
alias: surveillance planes | spy ship | spy ships | spy satellite | spy satellites
code: SPY
icews: Government | Military | Military Intelligence
plover: SPY

# ---- Armed forces ----

[agent military]
name: military
plural: militaries
alias: armed forces | armed services | defence forces | defense forces | defence force | defense force
alias: military establishment | defence establishment | defense establishment | national army
alias: national armed forces | regular army | military authorities | military leadership | military command
alias: high command
code: MIL
icews: Government | Military
plover: MIL

[agent military-force]
name: military force
plural: military forces
alias: forces | military units | military unit | military contingent | military contingents | foreign forces
alias: foreign troops | occupation forces | occupying forces | occupation troops
code: MIL
icews: Government | Military
plover: MIL

[agent army]
name: army
plural: armies
alias: ground forces | land forces | ground force | army units | army troops
code: MIL
icews: Government | Military | Army
plover: MIL

[agent navy]
name: navy
plural: navies
alias: naval forces | naval force | naval units | fleet command | naval command | navy command
code: MIL
icews: Government | Military | Navy
plover: MIL

[agent air-force]
name: air force
plural: air forces
alias: aerospace forces | aerospace force | air arm | military aviation | air corps
code: MIL
icews: Government | Military | Air Force
plover: MIL

[agent marines]
name: marine corps
plural: marine corps units
alias: marines | marine troops | naval infantry | marine infantry | marine unit | marine units
code: MIL
icews: Government | Military | Marines
plover: MIL

[agent special-forces]
name: special forces unit
plural: special forces units
alias: special forces | special operations forces | special operations | special ops | special forces soldier
alias: special forces soldiers | special forces troops | elite troops | elite unit | elite units
code: MIL
icews: Government | Military | Army | Army Special Forces
plover: MIL

[agent commando]
name: commando
plural: commandos
alias: commando unit | commando units | army commandos
code: MIL
icews: Government | Military | Army | Army Special Forces
plover: MIL

[agent national-guard]
name: national guard
plural: national guards
alias: national guardsmen | national guardsman | guardsman | guardsmen | national guard troops | Republican Guard
alias: presidential guard | presidential guards
code: MIL
icews: Government | Military
plover: MIL

[agent government-forces]
name: government force
plural: government forces
alias: government troops | government soldiers | pro-government forces | regime forces | regime troops
alias: loyalist forces | loyalist troops | state forces | federal forces | federal troops
code: MIL
icews: Government | Military
plover: MIL

[agent troops]
name: troop
plural: troops
alias: ground troops | combat troops | military troops | soldiery
code: MIL
icews: Government | Military
plover: MIL

[agent soldier]
name: soldier
plural: soldiers
alias: serviceman | servicemen | servicewoman | servicewomen | service member | service members
alias: military personnel | infantryman | infantrymen | army soldier | army soldiers | enlisted personnel
code: MIL
icews: Government | Military
plover: MIL

[agent conscript]
name: conscript
plural: conscripts
alias: draftee | draftees | military recruits | mobilised men | mobilized men | mobilised soldiers
alias: mobilized soldiers
code: MIL
icews: Government | Military
plover: MIL

[agent reservist]
name: reservist
plural: reservists
alias: military reservist | military reservists | army reserve | army reserves | reserve soldiers | reserve troops
code: MIL
icews: Government | Military
plover: MIL

[agent paratrooper]
name: paratrooper
plural: paratroopers
alias: airborne troops | airborne forces | airborne division | airborne unit | paratroops
code: MIL
icews: Government | Military | Army
plover: MIL

[agent infantry]
name: infantry
plural: infantry units
alias: infantry division | infantry divisions | infantry brigade | infantry brigades | infantry battalion
alias: mechanised infantry | mechanized infantry | motorised infantry | motorized infantry
code: MIL
icews: Government | Military | Army
plover: MIL

[agent artillery]
name: artillery
plural: artillery units
alias: artillery unit | artillery battery | artillery batteries | artillery forces
code: MIL
icews: Government | Military | Army
plover: MIL

[agent military-unit]
name: battalion
plural: battalions
alias: regiment | regiments | brigade | brigades | military division | military divisions | army division
alias: army divisions | garrison | garrisons | army corps | military district
code: MIL
icews: Government | Military | Army
plover: MIL

[agent sailor]
name: sailor
plural: sailors
alias: navy sailor | navy sailors | naval personnel | naval officer | naval officers
code: MIL
icews: Government | Military | Navy
plover: MIL

[agent airman]
name: airman
plural: airmen
alias: air force personnel | air force officer | air force officers | military pilot | military pilots
alias: fighter pilot | fighter pilots | air force pilot | air force pilots
code: MIL
icews: Government | Military | Air Force
plover: MIL

[agent peacekeeper]
name: peacekeeper
plural: peacekeepers
alias: peacekeeping force | peacekeeping forces | peacekeeping troops | peacekeeping mission
alias: peacekeeping missions | blue helmets
code: MIL
icews: Government | Military
plover: MIL

[agent coalition-forces]
name: coalition force
plural: coalition forces
alias: coalition troops | coalition soldiers | allied forces | allied troops | multinational force
alias: multinational forces | international forces | international troops
code: MIL
icews: Government | Military
plover: MIL

[agent military-officer]
name: military officer
plural: military officers
alias: army officer | army officers | officer corps | commissioned officer | commissioned officers
alias: senior officer | senior officers | military officials | military official | military source
alias: military sources | army official | army officials | lieutenant | lieutenants | sergeant | sergeants
alias: colonel | colonels | lieutenant colonel | brigadier | brigadiers
# A bare "officer" with a country ("Syrian officers") is nearly always military; police and customs officers are
# their own, longer phrases.
alias: officer | officers
code: MIL
icews: Government | Military
plover: MIL

[agent general]
name: army general
plural: army generals
alias: generals | military general | military generals | top general | top generals | four-star general
alias: brigadier general | brigadier generals | major general | major generals | lieutenant general
alias: lieutenant generals | field marshal | field marshals
code: MIL
icews: Government | Military
plover: MIL

[agent admiral]
name: admiral
plural: admirals
alias: rear admiral | rear admirals | vice admiral | vice admirals | navy chief | naval chief | navy commander
alias: naval commander | naval commanders | fleet commander
code: MIL
icews: Government | Military | Navy
plover: MIL

[agent commander]
name: commander
plural: commanders
alias: military commander | military commanders | army commander | army commanders | field commander
alias: field commanders | unit commander | unit commanders | theatre commander | theater commander
alias: regional commander | military leader | military leaders | top commander | top commanders
alias: air force commander | air force chief | air chief
code: MIL
icews: Government | Military
plover: MIL

[agent military-chief]
name: military chief
plural: military chiefs
alias: army chief | army chiefs | chief of general staff | chief of the general staff | chief of defence staff
alias: chief of the defence staff | chief of defense staff | army chief of staff | chief of army staff
alias: chairman of the Joint Chiefs of staff | Joint Chiefs of staff | Joint Chiefs | chiefs of the general staff
alias: defence chief | defence chiefs | defense chief | defense chiefs | military chief of staff
alias: armed forces chief | commander of the armed forces | commander-in-chief of the armed forces
code: MIL
icews: Government | Military
plover: MIL

[agent general-staff]
name: general staff
plural: general staffs
alias: joint staff | defence staff | defense staff | military headquarters | army headquarters
alias: operational command
code: MIL
icews: Government | Military
plover: MIL

[agent military-spokesperson]
name: military spokesperson
plural: military spokespersons
alias: military spokesman | military spokesmen | military spokeswoman | army spokesman | army spokeswoman
alias: army spokesperson | defence ministry spokesman | defense ministry spokesman | defence ministry spokesperson
alias: defense ministry spokesperson | Pentagon spokesman | Pentagon spokesperson | armed forces spokesman
code: MIL
icews: Government | Military
plover: MIL

[agent military-police]
name: military police
plural: military police units
alias: military policeman | military policemen | military police officer | military police officers
code: MIL
icews: Government | Military
plover: MIL

[agent military-adviser]
name: military adviser
plural: military advisers
alias: military advisor | military advisors | military instructor | military instructors | military trainer
alias: military trainers
code: MIL
icews: Government | Military
plover: MIL

[agent military-base]
name: military base
plural: military bases
alias: army base | army bases | air base | air bases | airbase | airbases | naval base | naval bases
alias: military installation | military installations | military facility | military facilities | military post
alias: military posts | army post | army barracks | military barracks | barracks | military camp | army camp
code: MIL
icews: Government | Military
plover: MIL

# Bare hardware nouns (aircraft, jets, bombers, helicopters, gunships, tanks) stand for the force that uses them,
# in the plural only: the singular is usually the thing hit ("shot down a helicopter"). "aircraft" is both.
[agent warplane]
name: warplane
plural: warplanes
alias: war plane | war planes | fighter jet | fighter jets | jet fighter | jet fighters | fighter plane
alias: fighter planes | fighter aircraft | military aircraft | military plane | military planes | military jet
alias: military jets | combat aircraft | attack aircraft | strategic bomber | strategic bombers | bomber aircraft
alias: air force jets | air force planes | aircraft | jets | bombers | transport planes | transport aircraft
alias: military transport planes | military transport aircraft | military cargo planes
alias: F-16 | F-16s | F-15 | F-15s | F-35 | F-35s | F/A-18 | F-18 | F-18s | Su-24 | Su-25 | Su-27 | Su-30 | Su-34
alias: Su-35 | Su-24s | Su-25s | Su-27s | Su-30s | Su-34s | Su-35s | MiG-29 | MiG-29s | MiG-31 | MiG-31s | B-52
alias: B-52s | B-2 | B-2s | B-1B | B-1Bs | Tu-95 | Tu-95s | Tu-22M3 | Tu-160 | J-10 | J-16 | J-20 | Rafale | Rafales
alias: Rafale jets | Gripen | Gripens | Mirage jets | Eurofighter | Eurofighters
code: MIL
icews: Government | Military | Air Force
plover: MIL

[agent military-helicopter]
name: military helicopter
plural: military helicopters
alias: helicopter gunship | helicopter gunships | attack helicopter | attack helicopters | army helicopter
alias: army helicopters | combat helicopter | combat helicopters | helicopters | gunships
code: MIL
icews: Government | Military | Air Force
plover: MIL

[agent military-drone]
name: military drone
plural: military drones
alias: combat drone | combat drones | attack drone | attack drones | armed drone | armed drones | drone unit
alias: drone units | drone forces | unmanned combat aerial vehicle
code: MIL
icews: Government | Military | Air Force
plover: MIL

[agent warship]
name: warship
plural: warships
alias: war ship | war ships | naval vessel | naval vessels | naval ship | naval ships | navy ship | navy ships
alias: navy vessel | navy vessels | destroyer | destroyers | frigate | frigates | cruiser | cruisers
alias: missile boat | missile boats | aircraft carrier | aircraft carriers | carrier strike group
alias: amphibious assault ship
code: MIL
icews: Government | Military | Navy
plover: MIL

[agent submarine]
name: submarine
plural: submarines
alias: nuclear submarine | nuclear submarines | attack submarine | attack submarines | ballistic missile submarine
alias: submarine force | submarine fleet
code: MIL
icews: Government | Military | Navy
plover: MIL

[agent missile-forces]
name: missile force
plural: missile forces
alias: strategic missile forces | strategic rocket forces | rocket forces | rocket force | missile units
alias: missile unit | missile brigade | missile brigades | strategic forces | nuclear forces
code: MIL
icews: Government | Military
plover: MIL

[agent air-defence]
name: air defence
plural: air defences
alias: air defense | air defenses | air defence forces | air defense forces | air defence units
alias: air defense units | air defence systems | air defense systems | anti-aircraft units
alias: anti-aircraft batteries
code: MIL
icews: Government | Military | Air Force
plover: MIL

[agent armoured-unit]
name: armoured unit
plural: armoured units
alias: armored unit | armored units | tank unit | tank units | tank crews | tank crew | armoured division
alias: armored division | tank division | tank brigade | tank brigades | battle tank | battle tanks
alias: main battle tank | main battle tanks | armoured vehicles | armored vehicles | tanks
code: MIL
icews: Government | Military | Army
plover: MIL

[agent prisoner-of-war]
name: prisoner of war
plural: prisoners of war
alias: POW | POWs | captured soldier | captured soldiers | captive soldiers | war prisoner | war prisoners
code: MIL
icews: Government | Military
plover: MIL

[agent military-veteran]
name: war veteran
plural: war veterans
alias: veterans | military veteran | military veterans | army veteran | army veterans | ex-servicemen
alias: former soldiers | retired soldiers
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

# ---- Non-state armed actors ----

[agent rebel]
name: rebel
plural: rebels
alias: rebel forces | rebel force | rebel fighter | rebel fighters | rebel group | rebel groups | rebel army
alias: rebel armies | rebel movement | rebel movements | rebel troops | rebel soldiers | armed rebels
alias: rebel militia | rebel militias | armed opposition | armed opposition groups | opposition fighters
alias: opposition forces | opposition militias
code: REB
icews: Dissident | Rebel
plover: REB

[agent rebel-leader]
name: rebel leader
plural: rebel leaders
alias: rebel commander | rebel commanders | rebel chief | rebel chiefs | rebel spokesman | rebel spokesmen
alias: rebel leadership
code: REB
icews: Dissident | Rebel
plover: REB

[agent insurgent]
name: insurgent
plural: insurgents
alias: insurgency | insurgent group | insurgent groups | insurgent forces | insurgent fighters | insurgent leader
alias: insurgent leaders | insurgent commander | insurgent commanders
code: INS
icews: Dissident | Insurgents
plover: REB

[agent guerrilla]
name: guerrilla
plural: guerrillas
alias: guerilla | guerillas | guerrilla fighter | guerrilla fighters | guerrilla group | guerrilla groups
alias: guerrilla army | guerrilla movement | guerrilla leader | guerrilla leaders | guerrilla commander
code: REB
icews: Dissident | Rebel
plover: REB

[agent separatist]
name: separatist
plural: separatists
alias: separatist rebel | separatist rebels | separatist fighter | separatist fighters | separatist forces
alias: separatist group | separatist groups | separatist movement | separatist movements | separatist leader
alias: separatist leaders | separatist militants | separatist authorities | secessionist | secessionists
alias: secessionist group | secessionist movement
code: SEP
icews: Dissident | Separatists
plover: REB

[agent mutineer]
name: mutineer
plural: mutineers
alias: mutinous soldiers | mutinous troops | renegade soldiers | renegade troops | coup plotter | coup plotters
alias: putschist | putschists
code: REB
icews: Dissident | Rebel
plover: REB

[agent militant]
name: militant
plural: militants
alias: armed militant | armed militants | militant group | militant groups | militant organisation
alias: militant organization | militant organisations | militant organizations | militant fighters
alias: militant leader | militant leaders | militant commander | militant commanders
code: UAF
icews: Unidentified Forces
plover: REB

[agent islamist-militant]
name: Islamist militant
plural: Islamist militants
alias: Islamic militant | Islamic militants | Islamist fighter | Islamist fighters | Islamist insurgent
alias: Islamist insurgents | Islamist rebels | Islamist armed group | Islamist armed groups | Islamist group
alias: Islamist groups
code: UAF
icews: Unidentified Forces | Muslim
plover: REB

[agent jihadist]
name: jihadist
plural: jihadists
alias: jihadi | jihadis | jihadist group | jihadist groups | jihadist fighter | jihadist fighters | jihadi fighter
alias: jihadi fighters | jihadist militant | jihadist militants | mujahideen | mujahedeen | mujahedin | mujahid
code: UAF
icews: Unidentified Forces | Radicals / Extremists / Fundamentalists | Muslim
plover: REB

[agent terrorist]
name: terrorist
plural: terrorists
alias: terrorist group | terrorist groups | terrorist organisation | terrorist organization
alias: terrorist organisations | terrorist organizations | terror group | terror groups | terrorist cell
alias: terrorist cells | terror cell | terror cells | terrorist network | terrorist networks | terror network
alias: terrorist leader | terrorist leaders
code: UAF
icews: Dissident | Insurgents
plover: REB

[agent suicide-bomber]
name: suicide bomber
plural: suicide bombers
alias: suicide attacker | suicide attackers | suicide car bomber
code: UAF
icews: Unidentified Forces
plover: REB

[agent fighter]
name: fighter
plural: fighters
alias: armed fighter | armed fighters | foreign fighter | foreign fighters | freedom fighter | freedom fighters
alias: tribal fighters
code: UAF
icews: Unidentified Forces
plover: REB

[agent combatant]
name: combatant
plural: combatants
alias: armed combatant | armed combatants | enemy combatant | enemy combatants | belligerent | belligerents
alias: warring parties | warring party | warring factions | warring faction
code: UAF
icews: Unidentified Forces
plover: UAF

[agent armed-group]
name: armed group
plural: armed groups
alias: armed faction | armed factions | armed movement | armed movements | armed organisation | armed organization
alias: non-state armed group | non-state armed groups | armed band | armed bands | armed gang | armed gangs
code: UAF
icews: Unidentified Forces
plover: UAF

[agent gunman]
name: gunman
plural: gunmen
alias: armed man | armed men | unknown gunmen | unidentified gunmen | masked gunmen | masked men | armed assailant
alias: armed assailants | armed attackers | unidentified attackers | unknown attackers | shooter | shooters
code: UAF
icews: Unidentified Forces
plover: UAF

[agent militia]
name: militia
plural: militias
alias: armed militia | armed militias | tribal militia | tribal militias | clan militia | clan militias
alias: local militia | local militias | self-defence militia | self-defense militia | volunteer battalion
alias: volunteer battalions | volunteer units | militia group | militia groups | militia forces | militia force
code: UAF
icews: Unidentified Forces
plover: PRM

[agent militiaman]
name: militiaman
plural: militiamen
alias: militia member | militia members | militia fighter | militia fighters | militia leader | militia leaders
alias: militia commander | militia commanders | militiawoman
code: UAF
icews: Unidentified Forces
plover: PRM

[agent pro-government-militia]
name: pro-government militia
plural: pro-government militias
alias: government-backed militia | government-backed militias | state-backed militia | state-backed militias
alias: pro-government paramilitaries | auxiliary forces
code: UAF
icews: Unidentified Forces
plover: PRM

[agent paramilitary]
name: paramilitary
plural: paramilitaries
alias: paramilitary force | paramilitary forces | paramilitary group | paramilitary groups | paramilitary unit
alias: paramilitary units | paramilitary organisation | paramilitary organization | paramilitary fighters
code: UAF
icews: Unidentified Forces
plover: PRM

[agent death-squad]
name: death squad
plural: death squads
alias: hit squad | hit squads | vigilante | vigilantes | vigilante group | vigilante groups | vigilante militia
code: UAF
icews: Unidentified Forces
plover: PRM

[agent mercenary]
name: mercenary
plural: mercenaries
alias: private military contractor | private military contractors | private military company
alias: private military companies | soldier of fortune | soldiers of fortune | hired guns | contract soldiers
code: UAF
icews: Unidentified Forces
plover: UAF

[agent warlord]
name: warlord
plural: warlords
alias: local warlord | local warlords | militia boss
code: UAF
icews: Unidentified Forces
plover: UAF

# ---- Radicals and moderates ----

[agent extremist]
name: extremist
plural: extremists
alias: extremist group | extremist groups | violent extremist | violent extremists | extremist organisation
alias: extremist organization | hate group | hate groups
code: RAD
icews: Dissident | Radicals / Extremists / Fundamentalists
plover: CVL

[agent far-right-extremist]
name: right-wing extremist
plural: right-wing extremists
alias: far-right extremist | far-right extremists | neo-Nazi | neo-Nazis | white supremacist | white supremacists
alias: far-right militant | far-right militants | ultranationalist | ultranationalists | ultra-nationalist
alias: ultra-nationalists | skinheads
code: RAD
icews: Dissident | Radicals / Extremists / Fundamentalists | Far Right | Nationalist
plover: CVL

[agent far-left-extremist]
name: left-wing extremist
plural: left-wing extremists
alias: far-left extremist | far-left extremists | anarchist | anarchists | far-left militant | far-left militants
alias: urban guerrillas
code: RAD
icews: Dissident | Radicals / Extremists / Fundamentalists | Far Left
plover: CVL

[agent radical]
name: political radical
plural: political radicals
alias: radicals | radical group | radical groups | radical movement | radical elements
code: RAD
icews: Dissident | Radicals / Extremists / Fundamentalists
plover: CVL

[agent fundamentalist]
name: fundamentalist
plural: fundamentalists
alias: religious fundamentalist | religious fundamentalists | Islamic fundamentalist | Islamic fundamentalists
alias: religious extremist | religious extremists | religious radicals | Salafist | Salafists
code: RAD
icews: Dissident | Radicals / Extremists / Fundamentalists | Fundamentalist
plover: CVL

[agent islamist]
name: Islamist
plural: Islamists
alias: Islamist movement | Islamist movements | political Islamists
code: RAD
icews: Ideological | Fundamentalist | Muslim
plover: CVL

[agent hardliner]
name: hardliner
plural: hardliners
alias: hard-liner | hard-liners | political hardliners | conservative hardliners
code: RAD
icews: Ideological
plover: PTY

[agent moderate]
name: political moderate
plural: political moderates
alias: moderates | moderate faction | moderate factions | moderate wing | moderate forces
code: MOD
icews: Ideological | Centrist
plover: CVL

[agent reformist]
name: reformist
plural: reformists
alias: reformer | reformers | reformist camp | reformist faction | reform camp | reform movement
code: MOD
icews: Ideological
plover: PTY

# ---- Political opposition, parties and protest ----

[agent opposition]
name: opposition
plural: oppositions
alias: political opposition | opposition group | opposition groups | opposition movement | opposition movements
alias: opposition coalition | opposition coalitions | opposition alliance | opposition alliances | opposition bloc
alias: opposition camp | opposition figure | opposition figures | opposition politician | opposition politicians
alias: parliamentary opposition | democratic opposition | opposition supporter | opposition supporters
alias: opposition member | opposition members
code: OPP
icews: Dissident | Protestors / Popular Opposition / Mobs
plover: OPP

[agent opposition-party]
name: opposition party
plural: opposition parties
alias: opposition political party | opposition political parties | main opposition party
alias: largest opposition party | opposition faction | opposition factions
code: OPP
icews: Parties | Opposition Major Party (Out Of Government)
plover: OPP

[agent opposition-leader]
name: opposition leader
plural: opposition leaders
alias: leader of the opposition | opposition chief | opposition head | main opposition leader
alias: opposition candidate | opposition candidates
code: OPP
icews: Parties | Opposition Major Party (Out Of Government)
plover: OPP

[agent shadow-cabinet]
name: shadow cabinet
plural: shadow cabinets
alias: shadow minister | shadow ministers | shadow secretary | shadow secretaries | shadow chancellor
alias: shadow foreign secretary | shadow home secretary
code: OPP
icews: Parties | Opposition Major Party (Out Of Government)
plover: OPP

[agent government-in-exile]
name: government in exile
plural: governments in exile
alias: exiled government | exile government | parallel government | opposition government
code: OPP
icews: Dissident
plover: OPP

[agent dissident]
name: dissident
plural: dissidents
alias: political dissident | political dissidents | prominent dissident | regime critic | regime critics
alias: government critic | government critics | Kremlin critic | Kremlin critics | opposition activist
alias: opposition activists
code: OPP
icews: Dissident
plover: OPP

[agent exile]
name: political exile
plural: exiles
alias: political exiles | exiled opposition | exiled dissident | exiled dissidents | exiled activists
code: OPP
icews: Dissident
plover: OPP

[agent defector]
name: defector
plural: defectors
alias: military defector | military defectors | deserter | deserters | army deserter | army deserters
code: OPP
icews: Dissident
plover: OPP

[agent political-prisoner]
name: political prisoner
plural: political prisoners
alias: prisoner of conscience | prisoners of conscience | political detainee | political detainees
code: OPP
icews: Dissident
plover: OPP

[agent activist]
name: activist
plural: activists
alias: political activist | political activists | campaigner | campaigners | pro-democracy activist
alias: pro-democracy activists | democracy activist | democracy activists | anti-war activist | anti-war activists
alias: student activist | student activists | civic activist | civic activists | grassroots activists
# Protesters and activists are civilians unless the text ties them to the opposition (PLOVER: CVL covers
# "protesters, activists"; CAMEO keeps OPP for "anti-government activists"). Phoenix writes OPP for all of them.
code: CVL
icews: Nongovernmental Organizations / Activists
plover: CVL

[agent protester]
name: protester
plural: protesters
alias: protestor | protestors | marchers | marcher | protest group | protest groups | protest movement
alias: protest movements
code: CVL
icews: Protestors / Popular Opposition / Mobs
plover: CVL

[agent demonstrator]
name: demonstrator
plural: demonstrators
alias: student demonstrators | street demonstrators
code: CVL
icews: Protestors / Popular Opposition / Mobs
plover: CVL

[agent anti-government-protester]
name: anti-government protester
plural: anti-government protesters
alias: anti-government protestors | pro-democracy protesters | opposition protesters | anti-government demonstrators
alias: opposition demonstrators | anti-government activist
alias: anti-government activists
code: OPP
icews: Dissident | Protestors / Popular Opposition / Mobs
plover: OPP

[agent protest-leader]
name: protest leader
plural: protest leaders
alias: protest organiser | protest organisers | protest organizer | protest organizers | strike leader
alias: strike leaders | march organisers | march organizers
code: OPP
icews: Dissident | Protestors / Popular Opposition / Mobs
plover: CVL

[agent student-protester]
name: student protester
plural: student protesters
alias: student protestors | protesting students | student demonstrator | student movement | student movements
code: OPP
icews: Dissident | Protestors / Popular Opposition / Mobs | Education
plover: CVL

[agent rioter]
name: rioter
plural: rioters
alias: rioting mob | rioting crowd | rioting crowds | rioting youths | stone-throwers
code: OPP
icews: Dissident | Protestors / Popular Opposition / Mobs
plover: CVL

[agent mob]
name: mob
plural: mobs
alias: angry mob | angry mobs | lynch mob | lynch mobs | violent mob
code: CVL
icews: Dissident | Protestors / Popular Opposition / Mobs
plover: CVL

[agent hunger-striker]
name: hunger striker
plural: hunger strikers
alias: hunger striking prisoners
code: OPP
icews: Dissident | Protestors / Popular Opposition / Mobs
plover: CVL

[agent pro-democracy-movement]
name: pro-democracy movement
plural: pro-democracy movements
alias: democracy movement | democracy movements | pro-democracy camp | pro-democracy group | pro-democracy groups
alias: civil resistance movement
code: OPP
icews: Dissident | Protestors / Popular Opposition / Mobs
plover: OPP

[agent political-party]
name: political party
plural: political parties
alias: party | parties | political group | political groups | political organisation | political organization
alias: political movement | political movements
code: PTY
icews: Parties
plover: PTY

[agent party-leader]
name: party leader
plural: party leaders
alias: party chief | party chiefs | party chairman | party chairmen | party chairwoman | party chair
alias: party secretary | party secretary general | party boss | party bosses | party head | party president
code: PTY
icews: Parties | Elite
plover: PTY

[agent party-member]
name: party member
plural: party members
alias: party official | party officials | party cadre | party cadres | cadres | party activist | party activists
alias: party faithful
code: PTY
icews: Parties
plover: PTY

[agent candidate]
name: candidate
plural: candidates
alias: presidential candidate | presidential candidates | parliamentary candidate | parliamentary candidates
alias: election candidate | election candidates | presidential hopeful | presidential hopefuls | running mate
alias: running mates
code: PTY
icews: Parties
plover: PTY

[agent politician]
name: politician
plural: politicians
alias: political figure | political figures | political leader | political leaders | senior politician
alias: senior politicians | veteran politician | statesman | statesmen
code: ELI
icews: Elite
plover: ELI

# ---- Civilians and the public ----

[agent civilian]
name: civilian
plural: civilians
alias: civilian population | civilian populations | unarmed civilians | innocent civilians | noncombatant
alias: noncombatants | non-combatant | non-combatants
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent person]
name: person
plural: people
alias: persons | ordinary people | ordinary citizens | general public | members of the public
alias: member of the public
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent citizen]
name: citizen
plural: citizens
alias: nationals | foreign national | foreign nationals | compatriot | compatriots | fellow citizens | countryman
alias: countrymen
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent resident]
name: resident
plural: residents
alias: local resident | local residents | locals | inhabitant | inhabitants | local people | local population
alias: local populations | townspeople | city residents
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent villager]
name: villager
plural: villagers
alias: village residents | rural residents | rural people | rural communities | village community
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent community]
name: local community
plural: local communities
alias: community leader | community leaders | community members
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent man]
name: man
plural: men
alias: young man | young men | unarmed man | unarmed men
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent woman]
name: woman
plural: women
alias: young woman | young women | girl | girls | mothers | mother | widow | widows
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent child]
name: child
plural: children
alias: kid | kids | minors | boy | boys | infant | infants | baby | babies | teenager | teenagers | teen | teens
alias: orphan | orphans
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent youth]
name: youth
plural: youths
alias: young people | young person | youngsters | youngster | youth activists | youth groups | youth group
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent family]
name: family
plural: families
alias: relative | relatives | family member | family members | next of kin | households | household
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent elderly]
name: elderly person
plural: elderly people
alias: elderly | pensioner | pensioners | retiree | retirees | senior citizen | senior citizens | older people
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent victim]
name: victim
plural: victims
alias: survivor | survivors | casualty | casualties | wounded civilians
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent witness]
name: eyewitness
plural: witnesses
alias: eyewitnesses | eye witness | eye witnesses | bystander | bystanders | onlooker | onlookers
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent crowd]
name: crowd
plural: crowds
alias: large crowd | huge crowds | throng | throngs
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent voter]
name: voter
plural: voters
alias: electorate | electorates | electors | registered voters
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent consumer]
name: shopper
plural: shoppers
alias: consumers | customer | customers
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent passenger]
name: passenger
plural: passengers
alias: traveller | travellers | traveler | travelers | commuter | commuters | air passengers
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent tourist]
name: tourist
plural: tourists
alias: visitor | visitors | holidaymaker | holidaymakers | vacationer | vacationers | backpacker | backpackers
alias: foreign tourist | foreign tourists
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent pilgrim]
name: pilgrim
plural: pilgrims
alias: Hajj pilgrims | religious pilgrims | worshipper | worshippers | worshiper | worshipers | churchgoers
alias: congregation | congregations
code: CVL
icews: Social | National Religious
plover: REL

[agent mourner]
name: mourner
plural: mourners
alias: funeral-goers | funeral procession
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent expatriate]
name: expatriate
plural: expatriates
alias: expat | expats | foreigner | foreigners | foreign resident | foreign residents | diaspora | diasporas
alias: emigre | emigres | emigrant | emigrants
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent immigrant]
name: immigrant
plural: immigrants
alias: illegal immigrant | illegal immigrants | undocumented immigrant | undocumented immigrants | illegal alien
alias: illegal aliens
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent migrant]
name: migrant
plural: migrants
alias: economic migrant | economic migrants | illegal migrant | illegal migrants | undocumented migrant
alias: undocumented migrants | irregular migrants | migrant worker | migrant workers | boat people | boat migrants
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent ethnic-minority]
name: ethnic minority
plural: ethnic minorities
alias: minority group | minority groups | minority community | minority communities | ethnic group | ethnic groups
alias: religious minority | religious minorities
code: CVL
icews: Social | National Ethnic Minority
plover: CVL

[agent indigenous-people]
name: indigenous person
plural: indigenous people
alias: indigenous peoples | indigenous community | indigenous communities | indigenous group | indigenous groups
alias: tribe | tribes | tribal people | Aboriginal people | natives | indigenous leaders
code: CVL
icews: Social | National Ethnic
plover: CVL

[agent tribal-leader]
name: tribal leader
plural: tribal leaders
alias: tribal elder | tribal elders | tribal chief | tribal chiefs | tribal chieftain | clan elder | clan elders
alias: clan leader | clan leaders | tribesman | tribesmen | tribal figures | traditional leader
alias: traditional leaders | elders
code: CVL
icews: Social | National Ethnic
plover: CVL

[agent volunteer]
name: volunteer
plural: volunteers
alias: civilian volunteer | civilian volunteers | volunteer group | volunteer groups | citizen volunteers
code: CVL
icews: Social | General Population / Civilian / Social
plover: SOC

[agent rescue-worker]
name: rescue worker
plural: rescue workers
alias: rescuer | rescuers | rescue team | rescue teams | firefighter | firefighters | fireman | firemen
alias: fire brigade | fire brigades | fire service | fire services | search and rescue teams | first responder
alias: first responders
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent whistleblower]
name: whistleblower
plural: whistleblowers
alias: whistle-blower | whistle-blowers | leaker | leakers
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent settler]
name: settler
plural: settlers
alias: Jewish settler | Jewish settlers | settler leader | settler leaders | settler movement | settler groups
alias: colonist | colonists | settler community
code: SET
icews: Social | General Population / Civilian / Social
plover: CVL

# ---- Refugees and displaced people ----

[agent refugee]
name: refugee
plural: refugees
alias: refugee population | refugee families | war refugees | refugee community | stateless people
alias: stateless persons
code: REF
icews: Social | Refugees / Displaced
plover: REF

[agent asylum-seeker]
name: asylum seeker
plural: asylum seekers
alias: asylum applicant | asylum applicants | asylum claimant | asylum claimants
code: REF
icews: Social | Refugees / Displaced
plover: REF

[agent displaced-person]
name: displaced person
plural: displaced people
alias: displaced persons | internally displaced person | internally displaced persons
alias: internally displaced people | internally displaced | IDP | IDPs | displaced families | displaced civilians
alias: uprooted people
code: REF
icews: Social | Refugees / Displaced
plover: REF

[agent evacuee]
name: evacuee
plural: evacuees
alias: evacuated residents | people evacuated
code: REF
icews: Social | Refugees / Displaced
plover: REF

[agent returnee]
name: returnee
plural: returnees
alias: returning refugees | repatriated refugees | deportee | deportees
code: REF
icews: Social | Refugees / Displaced
plover: REF

# ---- Business and the economy ----

[agent business]
name: business
plural: businesses
alias: business community | business communities | business sector | private sector | business group
alias: business groups | business interests | local businesses
code: BUS
icews: Social | Business
plover: BUS

[agent company]
name: company
plural: companies
alias: firms | corporation | corporations | enterprise | enterprises | private company | private companies
alias: private firm | private firms | conglomerate | conglomerates | commercial company | subsidiary
alias: subsidiaries
code: BUS
icews: Social | Business
plover: BUS

[agent multinational]
name: multinational company
plural: multinational companies
alias: multinationals | multinational corporation | multinational corporations | multinational firm
alias: multinational firms | global company | global companies | foreign company | foreign companies
alias: foreign firm | foreign firms
code: BUS
icews: Social | Business | Multinational Corporation
plover: BUS

[agent state-owned-company]
name: state-owned company
plural: state-owned companies
alias: state company | state companies | state firm | state firms | state-owned firm | state-owned firms
alias: state enterprise | state enterprises | state-owned enterprise | state-owned enterprises | state-run company
alias: state-run companies | public sector company | state corporation | state conglomerate
code: BUS
icews: Social | Business | State Owned Enterprises
plover: BUS

[agent state-oil-company]
name: state oil company
plural: state oil companies
alias: national oil company | national oil companies | state oil firm | state energy company
alias: state-owned oil company | state gas company | state energy firm
code: BUS
icews: Social | Business | State Owned Enterprises
plover: BUS

[agent businessperson]
name: businessperson
plural: businesspeople
alias: businessman | businessmen | businesswoman | businesswomen | business person | business people
alias: business leader | business leaders | entrepreneur | entrepreneurs | industrialist | industrialists
code: BUS
icews: Social | Business
plover: BUS

[agent executive]
name: business executive
plural: business executives
alias: executives | company executive | company executives | corporate executive | corporate executives
alias: chief executive officer | chief executive officers | CEO | CEOs | company chairman | company director
alias: company directors | managing director | board of directors | company boss | company bosses
alias: company official | company officials | company spokesman | company spokeswoman
code: BUS
icews: Social | Business
plover: BUS

[agent tycoon]
name: tycoon
plural: tycoons
alias: magnate | magnates | business tycoon | business tycoons | oligarch | oligarchs | media mogul | mogul
alias: moguls
code: BUS
icews: Social | Business | Elite
plover: BUS

[agent billionaire]
name: billionaire
plural: billionaires
alias: millionaire | millionaires | super-rich | wealthy elite | philanthropist | philanthropists
code: ELI
icews: Elite
plover: ELI

[agent investor]
name: investor
plural: investors
alias: foreign investor | foreign investors | institutional investors | activist investor | activist investors
alias: shareholder | shareholders | bondholder | bondholders | creditor | creditors | hedge fund | hedge funds
alias: fund manager | fund managers | private equity firm
code: BUS
icews: Social | Business | Consulting / Financial Services Business
plover: BUS

[agent banker]
name: banker
plural: bankers
alias: investment banker | investment bankers | financier | financiers | bank executive | bank executives
code: BUS
icews: Social | Business | Consulting / Financial Services Business
plover: BUS

[agent bank]
name: commercial bank
plural: commercial banks
alias: banks | lender | lenders | state bank | state banks | state-owned bank | state-owned banks
alias: investment bank | investment banks | private bank | private banks | financial institution
alias: financial institutions | insurer | insurers | insurance company | insurance companies
code: BUS
icews: Social | Business | Consulting / Financial Services Business
plover: BUS

[agent trader]
name: trader
plural: traders
alias: merchant | merchants | dealer | dealers | wholesaler | wholesalers | market traders | broker | brokers
alias: commodity traders
code: BUS
icews: Social | Business
plover: BUS

[agent shopkeeper]
name: shopkeeper
plural: shopkeepers
alias: shop owner | shop owners | store owner | store owners | vendor | vendors | street vendor | street vendors
alias: hawker | hawkers | stallholder | stallholders | small business owners
code: BUS
icews: Social | Business | Consumer Goods Business
plover: BUS

[agent retailer]
name: retailer
plural: retailers
alias: supermarket chain | supermarket chains | retail chain | retail chains | retail group
code: BUS
icews: Social | Business | Consumer Goods Business
plover: BUS

[agent manufacturer]
name: manufacturer
plural: manufacturers
alias: producer | producers | carmaker | carmakers | automaker | automakers | chipmaker | chipmakers | steelmaker
alias: steelmakers | factory owner | factory owners | factories | factory
code: BUS
icews: Social | Business
plover: BUS

[agent exporter]
name: exporter
plural: exporters
alias: importer | importers | exporting firms | export companies | shipper | shippers
code: BUS
icews: Social | Business
plover: BUS

[agent oil-company]
name: oil company
plural: oil companies
alias: oil firm | oil firms | energy company | energy companies | energy firm | energy firms | oil major
alias: oil majors | oil producer | oil producers | gas company | gas companies | oil and gas company
alias: oil and gas companies | mining company | mining companies
code: BUS
icews: Social | Business
plover: BUS

[agent tech-company]
name: tech company
plural: tech companies
alias: technology company | technology companies | tech firm | tech firms | technology firm | technology firms
alias: tech giant | tech giants | internet company | internet companies | software company | telecom company
alias: telecom companies | telecommunications company | telecom operator | telecoms operator | startup | startups
alias: start-up | start-ups
code: BUS
icews: Social | Business | Science / Tech / Knowledge / Innovation Business
plover: BUS

[agent airline]
name: airline
plural: airlines
alias: air carrier | air carriers | carrier airline | national carrier | national airline | flag carrier
alias: shipping company | shipping companies | shipping line | shipping lines | shipowner | shipowners
alias: shipping firm | railway company | rail operator | transport company | transport companies
alias: trucking company
code: BUS
icews: Social | Business | Transportation Business
plover: BUS

[agent pharmaceutical-company]
name: pharmaceutical company
plural: pharmaceutical companies
alias: drugmaker | drugmakers | drug company | drug companies | pharmaceutical firm | pharmaceutical firms
alias: pharma company | vaccine maker | vaccine makers | drug manufacturer
code: BUS
icews: Social | Business
plover: BUS

[agent defence-contractor]
name: defence contractor
plural: defence contractors
alias: defense contractor | defense contractors | arms maker | arms makers | arms manufacturer
alias: arms manufacturers | weapons maker | weapons makers | arms company | arms companies | arms dealer
alias: arms dealers | defence firm | defense firm | defence company | defense company
code: BUS
icews: Social | Business
plover: BUS

[agent contractor]
name: contractor
plural: contractors
alias: construction company | construction companies | construction firm | construction firms | developer
alias: developers | property developer | property developers | builder | builders
code: BUS
icews: Social | Business
plover: BUS

[agent consultant]
name: consultant
plural: consultants
alias: consultancy | consultancies | consulting firm | consulting firms | law firm | law firms | accounting firm
alias: accountancy firm | auditor | auditors
code: BUS
icews: Social | Business | Consulting / Financial Services Business
plover: BUS

[agent business-association]
name: business association
plural: business associations
alias: chamber of commerce | chambers of commerce | trade association | trade associations | industry association
alias: industry associations | industry group | industry groups | industry body | industry bodies | business lobby
alias: business lobbies | employers federation | employers association | employers organisation | employers
alias: employer | business federation | business council
code: BUS
icews: Nongovernmental Organizations / Activists | Business NGOs
plover: BUS

[agent stock-exchange]
name: stock exchange
plural: stock exchanges
alias: bourse | bourses | stock market operator | exchange operator | securities exchange
code: BUS
icews: Social | Business | Consulting / Financial Services Business
plover: BUS

[agent landowner]
name: landowner
plural: landowners
alias: landlord | landlords | property owner | property owners | landholder | landholders | estate owners
code: BUS
icews: Social | Business
plover: BUS

[agent economist]
name: economist
plural: economists
alias: chief economist | chief economists | analyst | analysts | market analyst | market analysts
alias: political analyst | political analysts | expert | experts | observer | observers
code: EDU
icews: Social | Education
plover: EDU

# ---- Agriculture ----

[agent farmer]
name: farmer
plural: farmers
alias: farm owner | farm owners | grower | growers | smallholder | smallholders | smallholder farmers | cultivator
alias: cultivators | agriculturalist | agriculturalists | farming community | farming communities | coca growers
alias: farm lobby
code: AGR
icews: Social | Agricultural
plover: AGR

[agent peasant]
name: peasant
plural: peasants
alias: peasant farmer | peasant farmers | rural poor | landless peasants | landless farmers | sharecropper
alias: sharecroppers | campesino | campesinos
code: AGR
icews: Social | Agricultural
plover: AGR

[agent farm-worker]
name: farm worker
plural: farm workers
alias: farmworker | farmworkers | agricultural worker | agricultural workers | farm labourer | farm labourers
alias: farm laborer | farm laborers | plantation worker | plantation workers
code: AGR
icews: Social | Agricultural
plover: AGR

[agent herder]
name: herder
plural: herders
alias: herdsman | herdsmen | pastoralist | pastoralists | nomad | nomads | shepherd | shepherds | cattle herder
alias: cattle herders | livestock owners
code: AGR
icews: Social | Agricultural
plover: AGR

[agent fisherman]
name: fisherman
plural: fishermen
alias: fisher | fishers | fisherwoman | fishing crew | fishing crews | fishing community | fishing boats
alias: fishing boat | trawler | trawlers | fishing fleet
code: AGR
icews: Social | Agricultural
plover: AGR

[agent rancher]
name: rancher
plural: ranchers
alias: cattle rancher | cattle ranchers | cattle farmer | cattle farmers | livestock farmer | livestock farmers
alias: dairy farmer | dairy farmers
code: AGR
icews: Social | Agricultural
plover: AGR

[agent farmers-union]
name: farmers union
plural: farmers unions
alias: farm union | farm unions | farmers association | farmers associations | farmers organisation
alias: farmers organization | farmer groups | farm groups | agricultural cooperative | agricultural cooperatives
alias: farm cooperative | farmers cooperative
code: AGR
icews: Social | Agricultural
plover: AGR

# ---- Labour ----

[agent worker]
name: worker
plural: workers
alias: labourer | labourers | laborer | laborers | factory worker | factory workers | industrial workers
alias: blue-collar workers | public sector workers | working people | workforce | wage earners
alias: daily wage workers | garment workers | garment worker | domestic worker | domestic workers
alias: construction workers | construction worker | port workers | dockworker | dockworkers | dockers
alias: oil workers
code: LAB
icews: Social | Labor
plover: LAB

[agent employee]
name: employee
plural: employees
alias: staff member | staff members | staffer | staffers | staff | personnel | company employees | company staff
code: LAB
icews: Social | Labor
plover: LAB

[agent trade-union]
name: trade union
plural: trade unions
alias: unions | labour union | labour unions | labor union | labor unions | workers union | workers unions
alias: union federation | union federations | trade union federation | labour federation | labor federation
alias: labour movement | labor movement | teachers union | teachers unions | nurses union | doctors union
alias: transport union | union confederation | trade union confederation
code: LAB
icews: Social | Labor
plover: LAB

[agent union-leader]
name: union leader
plural: union leaders
alias: trade unionist | trade unionists | union official | union officials | union boss | union bosses
alias: union representative | union representatives | labour leader | labour leaders | labor leader
alias: labor leaders | labour activist | labour activists | labor activist | labor activists | union members
alias: union member
code: LAB
icews: Social | Labor
plover: LAB

[agent striking-worker]
name: striking worker
plural: striking workers
alias: strikers | striking employees | striking miners | striking teachers | striking doctors | striking nurses
code: LAB
icews: Social | Labor
plover: LAB

[agent miner]
name: miner
plural: miners
alias: coal miner | coal miners | mine worker | mine workers | mineworker | mineworkers | gold miners
alias: artisanal miners
code: LAB
icews: Social | Labor
plover: LAB

[agent driver]
name: truck driver
plural: truck drivers
alias: lorry driver | lorry drivers | taxi driver | taxi drivers | bus driver | bus drivers | trucker | truckers
alias: motorist | motorists | transport workers | railway workers | rail workers | railworkers
code: LAB
icews: Social | Labor
plover: LAB

[agent seafarer]
name: seafarer
plural: seafarers
alias: seaman | seamen | crew member | crew members | crewmen | crewman | ship crew | ship crews
alias: merchant sailors | merchant seamen | mariners | mariner | tanker crew
code: LAB
icews: Social | Labor
plover: LAB

# ---- Education and research ----

[agent student]
name: student
plural: students
alias: university student | university students | college student | college students | undergraduate
alias: undergraduates | graduate students | student leader | student leaders | student union | student unions
alias: student group | student groups | student body
code: EDU
icews: Social | Education
plover: EDU

[agent pupil]
name: pupil
plural: pupils
alias: schoolchildren | schoolchild | schoolgirl | schoolgirls | schoolboy | schoolboys | school pupils
alias: high school students | school students | secondary school students
code: EDU
icews: Social | Education
plover: EDU

[agent teacher]
name: teacher
plural: teachers
alias: schoolteacher | schoolteachers | school teacher | school teachers | educator | educators | instructor
alias: instructors | headteacher | headteachers | school principal | school principals | school staff
code: EDU
icews: Social | Education
plover: EDU

[agent academic]
name: professor
plural: professors
alias: academics | lecturer | lecturers | scholar | scholars | university professor | university professors
alias: faculty members | intellectuals
code: EDU
icews: Social | Education
plover: EDU

[agent researcher]
name: researcher
plural: researchers
alias: research team | research teams | research group | research institute | research institutes
alias: research centre | research center | research scientists
code: EDU
icews: Social | Education
plover: EDU

[agent scientist]
name: scientist
plural: scientists
alias: nuclear scientist | nuclear scientists | climate scientist | climate scientists | physicist | physicists
alias: scientific community
code: EDU
icews: Social | Education
plover: EDU

[agent school]
name: school
plural: schools
alias: primary school | primary schools | secondary school | secondary schools | high school | high schools
alias: madrasa | madrasas | madrassa | madrassas | boarding school | kindergarten | kindergartens | schoolhouse
code: EDU
icews: Social | Education
plover: EDU

[agent university]
name: university
plural: universities
alias: academy of sciences | state university | campus | campuses | university authorities
alias: university administration
code: EDU
icews: Social | Education
plover: EDU

[agent think-tank]
name: think tank
plural: think tanks
alias: policy institute | policy institutes | research foundation | policy group | policy centre | policy center
code: EDU
icews: Social | Education
plover: EDU

# ---- Health ----

[agent doctor]
name: doctor
plural: doctors
alias: physician | physicians | surgeon | surgeons | medical doctor | medical doctors | general practitioner
alias: general practitioners | specialist doctors | junior doctors | resident doctors | doctors association
alias: medical association
code: HLH
icews: Social | Medical / Health
plover: MED

[agent nurse]
name: nurse
plural: nurses
alias: nursing staff | midwife | midwives | nursing union
code: HLH
icews: Social | Medical / Health
plover: MED

[agent medic]
name: medic
plural: medics
alias: paramedic | paramedics | ambulance crew | ambulance crews | ambulance workers | ambulance service
alias: emergency medical workers | field medics | combat medics
code: HLH
icews: Social | Medical / Health
plover: MED

[agent health-worker]
name: health worker
plural: health workers
alias: healthcare worker | healthcare workers | health care workers | medical worker | medical workers
alias: medical staff | medical personnel | hospital staff | hospital workers | medical professionals
alias: health professionals | community health workers | vaccinators | vaccination teams
code: HLH
icews: Social | Medical / Health
plover: MED

[agent hospital]
name: hospital
plural: hospitals
alias: clinic | clinics | health centre | health centres | health center | health centers | medical centre
alias: medical center | field hospital | field hospitals | hospital officials | hospital director
alias: hospital sources | medical facility | medical facilities | health facilities | health facility
code: HLH
icews: Social | Medical / Health
plover: MED

[agent patient]
name: hospital patient
plural: patients
alias: hospital patients | sick people | cancer patients | COVID patients | infected people | infected persons
code: HLH
icews: Social | Medical / Health
plover: MED

[agent health-expert]
name: health expert
plural: health experts
alias: medical expert | medical experts | epidemiologist | epidemiologists | virologist | virologists
alias: public health expert | public health experts | pharmacist | pharmacists | medical researchers
code: HLH
icews: Social | Medical / Health
plover: MED

[agent medical-charity]
name: medical charity
plural: medical charities
alias: medical aid group | medical aid groups | medical aid organisation | medical aid organization
alias: medical relief group | medical humanitarian organisation | medical NGO | medical NGOs | health charity
alias: health charities
code: HLH
icews: Nongovernmental Organizations / Activists | Medical / Health NGOs
plover: MED

# ---- Media ----

[agent journalist]
name: journalist
plural: journalists
alias: reporter | reporters | correspondent | correspondents | foreign correspondent | foreign correspondents
alias: newsman | newsmen | newswoman | media worker | media workers | media professionals | press corps
code: MED
icews: Social | Media
plover: JRN

[agent editor]
name: editor
plural: editors
alias: editor-in-chief | editors-in-chief | chief editor | newspaper editor | newspaper editors | managing editor
alias: news editor | publisher | publishers | newspaper publisher
code: MED
icews: Social | Media | Print News
plover: JRN

[agent photographer]
name: photographer
plural: photographers
alias: photojournalist | photojournalists | cameraman | cameramen | camerawoman | camera crew | camera crews
alias: video journalist | video journalists | press photographer
code: MED
icews: Social | Media
plover: JRN

[agent columnist]
name: columnist
plural: columnists
alias: commentator | commentators | pundit | pundits | opinion writer | opinion writers | political commentator
alias: political commentators | media commentator
code: MED
icews: Social | Media
plover: JRN

[agent blogger]
name: blogger
plural: bloggers
alias: vlogger | vloggers | citizen journalist | citizen journalists | online activist | online activists
alias: internet commentator | social media influencer | social media influencers | influencer | influencers
alias: YouTuber | YouTubers
code: MED
icews: Social | Media
plover: JRN

[agent media]
name: media outlet
plural: media
alias: media outlets | news media | mass media | media organisation | media organisations | media organization
alias: media organizations | news organisation | news organisations | news organization | news organizations
alias: news outlet | news outlets | independent media | private media | foreign media | international media
alias: media house | media houses | media group | media groups | media company | media companies
code: MED
icews: Social | Media
plover: JRN

[agent news-agency]
name: news agency
plural: news agencies
alias: press agency | press agencies | wire service | wire services | newswire | newswires | news service
code: MED
icews: Social | Media | News
plover: JRN

[agent newspaper]
name: newspaper
plural: newspapers
alias: daily newspaper | daily newspapers | weekly newspaper | tabloid | tabloids | broadsheet | broadsheets
alias: news magazine | news magazines | magazine | magazines | news weekly
code: MED
icews: Social | Media | News | Print News
plover: JRN

[agent broadcaster]
name: broadcaster
plural: broadcasters
alias: television | TV | television station | television stations | TV station | TV stations | television channel
alias: television channels | TV channel | TV channels | television network | television networks | TV network
alias: TV networks | news channel | news channels | public broadcaster | public broadcasters | private broadcaster
alias: satellite channel | satellite channels | cable news
code: MED
icews: Social | Media | News | Television News
plover: JRN

[agent radio-station]
name: radio station
plural: radio stations
alias: radio | radio network | radio networks | radio broadcaster | community radio | private radio
alias: radio channel
code: MED
icews: Social | Media | News
plover: JRN

[agent news-website]
name: news website
plural: news websites
alias: news site | news sites | news portal | news portals | online newspaper | online newspapers
alias: online news outlet | online media
code: MED
icews: Social | Media | News
plover: JRN

[agent state-media]
name: state media
plural: state-run media
alias: state-controlled media | state-owned media | government media | government-controlled media
alias: official media | state press | government-run media | pro-government media | propaganda outlets
alias: official newspaper | official newspapers | state newspaper | state newspapers | state-run newspaper
alias: government newspaper | government-owned newspaper | party newspaper | party mouthpiece | mouthpiece
code: GOV
icews: Government | Executive | Information / Communication / Transparency Ministry | State Media
plover: JRN

[agent state-news-agency]
name: state news agency
plural: state news agencies
alias: official news agency | official news agencies | state-run news agency | state-run news agencies
alias: government news agency | state-owned news agency | state wire service | official wire service
code: GOV
icews: Government | Executive | Information / Communication / Transparency Ministry | State Media
plover: JRN

[agent state-broadcaster]
name: state broadcaster
plural: state broadcasters
alias: state television | state TV | state-run television | state-run TV | state-owned television | state-owned TV
alias: government television | official television | state radio | state-run radio | government radio
alias: state broadcasting company | state television channel | state-owned broadcaster
code: GOV
icews: Government | Executive | Information / Communication / Transparency Ministry | State Media | Television News
plover: JRN

# ---- Civil society, rights and aid ----

[agent ngo]
name: NGO
plural: NGOs
alias: non-governmental organisation | non-governmental organisations | non-governmental organization
alias: non-governmental organizations | nongovernmental organization | nongovernmental organizations | nonprofit
alias: nonprofits | non-profit | non-profits | nonprofit organisation | nonprofit organization | civic group
alias: civic groups | civic organisation | civic organization | grassroots group | grassroots groups
code: CVL
icews: Nongovernmental Organizations / Activists
plover: SOC

[agent civil-society]
name: civil society
plural: civil society groups
alias: civil society group | civil society organisation | civil society organisations | civil society organization
alias: civil society organizations | civil society activists | civil society leaders
alias: civil society representatives
code: CVL
icews: Nongovernmental Organizations / Activists
plover: SOC

[agent advocacy-group]
name: advocacy group
plural: advocacy groups
alias: lobby group | lobby groups | pressure group | pressure groups | interest group | interest groups
alias: campaign group | campaign groups | lobbyist | lobbyists | watchdog group | watchdog groups | consumer group
alias: consumer groups
code: CVL
icews: Nongovernmental Organizations / Activists
plover: SOC

[agent human-rights-group]
name: human rights group
plural: human rights groups
alias: rights group | rights groups | human rights organisation | human rights organisations
alias: human rights organization | human rights organizations | rights organisation | rights organisations
alias: rights organization | rights organizations | human rights watchdog | rights watchdog | rights watchdogs
alias: human rights body | human rights bodies | human rights monitors | rights monitors | human rights NGO
alias: human rights NGOs | press freedom group | press freedom groups | press freedom watchdog
code: HRI
icews: Nongovernmental Organizations / Activists | Human Rights NGOs
plover: SOC

[agent human-rights-activist]
name: human rights activist
plural: human rights activists
alias: rights activist | rights activists | human rights defender | human rights defenders | rights defender
alias: rights defenders | human rights campaigner | human rights campaigners | rights campaigner
alias: rights campaigners | human rights lawyer | human rights lawyers | rights lawyer | rights lawyers
alias: feminist activists
code: HRI
icews: Nongovernmental Organizations / Activists | Human Rights NGOs
plover: CVL

[agent aid-group]
name: aid group
plural: aid groups
alias: aid agency | aid agencies | aid organisation | aid organisations | aid organization | aid organizations
alias: humanitarian organisation | humanitarian organisations | humanitarian organization
alias: humanitarian organizations | humanitarian group | humanitarian groups | humanitarian agency
alias: humanitarian agencies | relief agency | relief agencies | relief group | relief groups
alias: relief organisation | relief organization | development agency | development agencies
alias: development organisation | development organization | humanitarian community
code: DEV
icews: Nongovernmental Organizations / Activists
plover: SOC

[agent aid-worker]
name: aid worker
plural: aid workers
alias: humanitarian worker | humanitarian workers | relief worker | relief workers | humanitarian staff
alias: aid staff | development workers | humanitarians
code: DEV
icews: Nongovernmental Organizations / Activists
plover: SOC

[agent charity]
name: charity
plural: charities
alias: charitable organisation | charitable organisations | charitable organization | charitable organizations
alias: charity group | charity groups | food bank | food banks | soup kitchen
code: DEV
icews: Nongovernmental Organizations / Activists
plover: SOC

[agent donor]
name: aid donor
plural: aid donors
alias: donors | international donors | donor countries | donor community | donor agencies
code: DEV
icews: Nongovernmental Organizations / Activists
plover: SOC

[agent environmentalist]
name: environmentalist
plural: environmentalists
alias: environmental activist | environmental activists | climate activist | climate activists | green activist
alias: green activists | conservationist | conservationists | environmental campaigner | environmental campaigners
alias: climate campaigners | eco-activists
code: ENV
icews: Nongovernmental Organizations / Activists
plover: CVL

[agent environmental-group]
name: environmental group
plural: environmental groups
alias: environmental organisation | environmental organisations | environmental organization
alias: environmental organizations | green group | green groups | conservation group | conservation groups
alias: climate group | climate groups | climate movement | environmental movement | environmental NGO
alias: environmental NGOs
code: ENV
icews: Nongovernmental Organizations / Activists
plover: SOC

[agent election-observer]
name: election observer
plural: election observers
alias: election monitor | election monitors | poll monitors | poll observers | international observers
alias: observer mission | observer missions | monitoring mission
code: CVL
icews: Nongovernmental Organizations / Activists
plover: SOC

# ---- Religion (CAMEO has no role code for religion: religious actors are CVL here; PLOVER REL) ----

[agent cleric]
name: cleric
plural: clerics
alias: clergyman | clergymen | clergy | religious leader | religious leaders | religious figure
alias: religious figures | religious authority | religious authorities | religious scholar | religious scholars
alias: spiritual leader | spiritual leaders | preacher | preachers | senior cleric | senior clerics
code: CVL
icews: Social | National Religious
plover: REL

[agent imam]
name: imam
plural: imams
alias: mullah | mullahs | mufti | muftis | grand mufti | Islamic cleric | Islamic clerics | Muslim cleric
alias: Muslim clerics | Muslim leaders | Islamic scholar | Islamic scholars | ulema | ulama | mosque leader
code: CVL
icews: Social | National Religious | Muslim
plover: REL

[agent ayatollah]
name: ayatollah
plural: ayatollahs
alias: grand ayatollah | grand ayatollahs | Shia cleric | Shia clerics | Shiite cleric | Shiite clerics | marja
alias: hojatoleslam
code: CVL
icews: Social | National Religious | Muslim
plover: REL

[agent priest]
name: priest
plural: priests
alias: pastor | pastors | vicar | vicars | parish priest | Catholic priest | Catholic priests | Orthodox priest
alias: Orthodox priests | clergywoman | reverend | chaplain | chaplains | missionary | missionaries | evangelist
alias: evangelists
code: CVL
icews: Social | National Religious | Christian
plover: REL

[agent bishop]
name: bishop
plural: bishops
alias: archbishop | archbishops | metropolitan bishop | patriarch | patriarchs | cardinals | Catholic bishops
alias: church leader | church leaders | church hierarchy | bishops conference
code: CVL
icews: Social | National Religious | Christian
plover: REL

[agent nun]
name: nun
plural: nuns
alias: religious sister | religious sisters | monk | monks | friar | friars | Buddhist monk | Buddhist monks
alias: lama | lamas
code: CVL
icews: Social | National Religious
plover: REL

[agent rabbi]
name: rabbi
plural: rabbis
alias: chief rabbi | chief rabbis | rabbinate | Jewish leaders | Jewish community leaders
code: CVL
icews: Social | National Religious | Jews
plover: REL

[agent church]
name: church
plural: churches
alias: Catholic church | Orthodox church | Protestant church | evangelical church | evangelical churches
alias: church officials | diocese | dioceses
code: CVL
icews: Social | National Religious | Christian
plover: REL

[agent mosque]
name: mosque
plural: mosques
alias: grand mosque | mosque officials | Islamic centre | Islamic center | Islamic council | Islamic councils
code: CVL
icews: Social | National Religious | Muslim
plover: REL

[agent temple]
name: temple
plural: temples
alias: monastery | monasteries | synagogue | synagogues | shrine | shrines | gurdwara | gurdwaras | pagoda
alias: pagodas | holy site | holy sites
code: CVL
icews: Social | National Religious
plover: REL

[agent religious-group]
name: religious group
plural: religious groups
alias: religious community | religious communities | religious organisation | religious organisations
alias: religious organization | religious organizations | religious movement | religious movements | sect | sects
alias: religious order | religious orders | faith groups | faith group | faith leaders | faith leader
alias: interfaith groups
code: CVL
icews: Social | National Religious
plover: REL

# ---- Crime ----

[agent criminal]
name: offender
plural: offenders
alias: criminals | lawbreaker | lawbreakers | felon | felons | criminal suspect | criminal suspects
alias: repeat offenders
code: CRM
icews: Dissident | Criminals / Gangs
plover: CRM

[agent suspect]
name: suspect
plural: suspects
alias: alleged attacker | alleged attackers | main suspect | prime suspect | terror suspect | terror suspects
alias: terrorism suspect | terrorism suspects | murder suspect | defendant | defendants
code: CRM
icews: Dissident | Criminals / Gangs
plover: CRM

[agent gang]
name: gang
plural: gangs
alias: criminal gang | criminal gangs | street gang | street gangs | gang member | gang members | gangster
alias: gangsters | gang leader | gang leaders | thug | thugs | hooligan | hooligans
code: CRM
icews: Dissident | Criminals / Gangs
plover: CRM

[agent crime-syndicate]
name: crime syndicate
plural: crime syndicates
alias: organised crime group | organised crime groups | organized crime group | organized crime groups
alias: organised crime | organized crime | crime group | crime groups | criminal organisation
alias: criminal organisations | criminal organization | criminal organizations | criminal network
alias: criminal networks | mafia | mafias | mobster | mobsters | crime boss | crime bosses | crime family | yakuza
code: CRM
icews: Dissident | Criminals / Gangs
plover: CRM

[agent drug-cartel]
name: drug cartel
plural: drug cartels
alias: cartel | cartels | narco cartel | narco cartels | drug gang | drug gangs | drug trafficking organisation
alias: drug trafficking organization | drug trafficking organizations | drug trafficking group
alias: drug trafficking gang | drug syndicate | drug syndicates
code: CRM
icews: Dissident | Criminals / Gangs
plover: CRM

[agent drug-trafficker]
name: drug trafficker
plural: drug traffickers
alias: drug smuggler | drug smugglers | drug dealer | drug dealers | narcotics trafficker | narcotics traffickers
alias: drug lord | drug lords | drug kingpin | drug kingpins | drug baron | drug barons | narcos
alias: narcotraffickers | narcotrafficker | drug runner | drug runners | drug mule | drug mules | drug pusher
alias: drug peddlers
code: CRM
icews: Dissident | Criminals / Gangs
plover: CRM

[agent smuggler]
name: smuggler
plural: smugglers
alias: people smuggler | people smugglers | human smuggler | human smugglers | migrant smugglers | arms smuggler
alias: arms smugglers | weapons smugglers | gunrunner | gunrunners | fuel smugglers | smuggling gang
alias: smuggling gangs | smuggling network | smuggling networks | smuggling ring
code: CRM
icews: Dissident | Criminals / Gangs
plover: CRM

[agent trafficker]
name: trafficker
plural: traffickers
alias: human trafficker | human traffickers | people trafficker | people traffickers | sex traffickers
alias: arms trafficker | arms traffickers | wildlife traffickers | trafficking network | trafficking networks
alias: trafficking ring | trafficking gang
code: CRM
icews: Dissident | Criminals / Gangs
plover: CRM

[agent pirate]
name: pirate
plural: pirates
alias: sea pirates | piracy gang | piracy gangs | pirate gang | pirate gangs | pirate ship
alias: pirate skiff
code: CRM
icews: Dissident | Criminals / Gangs
plover: CRM

[agent kidnapper]
name: kidnapper
plural: kidnappers
alias: abductor | abductors | hostage-taker | hostage-takers | captors | captor | kidnapping gang
alias: kidnapping gangs | kidnap gang
code: CRM
icews: Dissident | Criminals / Gangs
plover: CRM

[agent bandit]
name: bandit
plural: bandits
alias: armed bandit | armed bandits | bandit group | bandit groups | highwaymen | brigands | cattle rustler
alias: cattle rustlers | rustlers
code: CRM
icews: Dissident | Criminals / Gangs
plover: CRM

[agent thief]
name: thief
plural: thieves
alias: robber | robbers | armed robber | armed robbers | burglar | burglars | looter | looters | shoplifters
alias: pickpockets | carjackers | car thieves
code: CRM
icews: Dissident | Criminals / Gangs
plover: CRM

[agent attacker]
name: attacker
plural: attackers
alias: assailant | assailants | perpetrator | perpetrators | knifeman | knife attacker | knife-wielding man
alias: arsonist | arsonists | vandal | vandals
code: CRM
icews: Dissident | Criminals / Gangs
plover: CRM

[agent murderer]
name: murderer
plural: murderers
alias: killer | killers | serial killer | serial killers | assassin | assassins | hitman | hitmen
alias: contract killer | contract killers | rapist | rapists | child abuser | paedophile | pedophile
code: CRM
icews: Dissident | Criminals / Gangs
plover: CRM

[agent hijacker]
name: hijacker
plural: hijackers
alias: plane hijacker | plane hijackers | skyjacker
code: CRM
icews: Dissident | Criminals / Gangs
plover: CRM

[agent fraudster]
name: fraudster
plural: fraudsters
alias: scammer | scammers | con artist | con artists | swindler | swindlers | embezzler | money launderer
alias: money launderers | counterfeiter | counterfeiters
code: CRM
icews: Dissident | Criminals / Gangs
plover: CRM

[agent hacker]
name: hacker
plural: hackers
alias: cybercriminal | cybercriminals | cyber criminal | cyber criminals | hacking group | hacking groups
alias: hacker group | hacker groups | ransomware gang | ransomware gangs | ransomware group | ransomware groups
alias: cyber attackers | cyberattackers
code: CRM
icews: Dissident | Criminals / Gangs
plover: CRM

[agent poacher]
name: poacher
plural: poachers
alias: illegal loggers | illegal logger | illegal miners | illegal fishers | wildlife poachers
code: CRM
icews: Dissident | Criminals / Gangs
plover: CRM

[agent fugitive]
name: fugitive
plural: fugitives
alias: escaped prisoner | escaped prisoners | escaped convict | escaped convicts | escapee | escapees | wanted man
code: CRM
icews: Dissident | Criminals / Gangs
plover: CRM

# ---- Prisoners, detainees and hostages ----

[agent prisoner]
name: prisoner
plural: prisoners
alias: inmate | inmates | convict | convicts | prison inmates | death row inmates | death row prisoners
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

[agent detainee]
name: detainee
plural: detainees
alias: detained people | detained persons | person in custody | people in custody | arrestee | arrestees
alias: internees | internee
code: CVL
icews: Dissident | Protestors / Popular Opposition / Mobs
plover: CVL

[agent hostage]
name: hostage
plural: hostages
alias: captives | abductee | abductees | kidnap victim | kidnap victims | kidnapping victim | kidnapping victims
alias: kidnapped people | abducted people | abducted girls
code: CVL
icews: Social | General Population / Civilian / Social
plover: CVL

# ---- Elites, notables and former officials (CAMEO: "former" makes a former official ELI) ----

[agent elite]
name: political elite
plural: political elites
alias: elites | business elite | business elites | establishment figures | notables | dignitary | dignitaries
alias: VIP | VIPs | high-profile figures
code: ELI
icews: Elite
plover: ELI

[agent former-official]
name: former official
plural: former officials
alias: ex-official | ex-officials | former government official | former government officials | retired official
alias: retired officials | former diplomat | former diplomats | former ambassador | former ambassadors
alias: former senior official
code: ELI
icews: Elite
plover: ELI

[agent former-leader]
name: former leader
plural: former leaders
alias: former president | former presidents | ex-president | ex-presidents | former prime minister
alias: former prime ministers | ex-prime minister | former premier | ex-premier | former head of state
alias: ousted leader | ousted president | deposed leader | deposed president | exiled leader | exiled leaders
alias: former dictator | former chancellor
code: ELI
icews: Elite
plover: ELI

[agent former-minister]
name: former minister
plural: former ministers
alias: ex-minister | ex-ministers | former cabinet minister | former cabinet ministers | former foreign minister
alias: former defence minister | former defense minister | former finance minister | former interior minister
alias: former lawmaker | former lawmakers | former MP | former MPs | former senator | former senators
alias: former mayor | former governor
code: ELI
icews: Elite
plover: ELI

[agent former-military-officer]
name: former military officer
plural: former military officers
alias: retired general | retired generals | former general | former generals | retired officer | retired officers
alias: retired military officers | former army chief | former commander | former commanders | retired colonel
alias: former intelligence officer | former intelligence chief | former spy
code: ELI
icews: Elite
plover: ELI

[agent celebrity]
name: celebrity
plural: celebrities
alias: film star | film stars | movie star | movie stars | pop star | pop stars | rock star | singer | singers
alias: actress | actresses | famous people | sports star | sports stars | athlete | athletes | footballer
alias: footballers
code: ELI
icews: Elite | Entertainment
plover: ELI

[agent nobel-laureate]
name: Nobel laureate
plural: Nobel laureates
alias: Nobel Prize winner | Nobel Prize winners | Nobel Peace Prize laureate | Nobel peace laureate | laureate
alias: laureates
code: ELI
icews: Elite
plover: ELI

# ---- Weapons standing for the force that fires them, and crowds ----
# News makes weapons the subject of attacks ("Russian missiles struck Kyiv"); the actor is the armed force.

[agent missile]
name: missile
plural: missiles
alias: ballistic missile | ballistic missiles | cruise missile | cruise missiles | hypersonic missile
alias: hypersonic missiles
code: MIL
icews: Military
plover: MIL

[agent drone]
name: drone
plural: drones
alias: kamikaze drone | kamikaze drones | suicide drone | suicide drones
code: MIL
icews: Military
plover: MIL

[agent rocket]
name: rocket
plural: rockets
alias: artillery shell | artillery shells | mortar shells
alias: glide bomb | glide bombs | guided bomb | guided bombs | aerial bomb | aerial bombs
code: MIL
icews: Military
plover: MIL

[agent supporter]
name: supporter
plural: supporters
alias: follower | followers | loyalist | loyalists
code: CVL
icews: General Population / Civilian / Social
plover: CVL

[agent attendee]
name: attendee
plural: attendees
alias: participant | participants | crowd | crowds | mourner | mourners
code: CVL
icews: General Population / Civilian / Social
plover: CVL

[agent council]
name: council
plural: councils
alias: electoral council | electoral commission | election commission | elections commission | electoral body
alias: electoral authority | electoral authorities | military council | sovereignty council | transitional council
code: GOV
icews: Government
plover: GOV

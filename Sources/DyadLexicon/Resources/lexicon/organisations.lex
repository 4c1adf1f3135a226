# Dyad lexicon: international and regional organisations, NGOs, news media and companies.
#
# Written for Dyad. IGO/NGO codes follow the spellings the Phoenix international dictionary uses (facts only);
# where Phoenix uses a chunk Dyad's vocabulary lacks, the nearest valid chunk is used and a comment says so.
# National media and companies take country + MED / BUS.

# ---------------------------------------------------------------------------------------------------------------
# United Nations: principal organs
# ---------------------------------------------------------------------------------------------------------------

[organisation un]
name: United Nations
code: IGOUNO
alias: UN | U.N. | United Nations Organization | United Nations Organisation | world body
type: igo
from: 1945-10-24

[organisation un-security-council]
name: UN Security Council
code: IGOUNO
alias: United Nations Security Council | U.N. Security Council | UNSC | Security Council
type: igo
from: 1945-10-24

[organisation un-general-assembly]
name: UN General Assembly
code: IGOUNO
alias: United Nations General Assembly | U.N. General Assembly | UNGA | General Assembly of the United Nations
type: igo
from: 1945-10-24

[organisation un-secretariat]
name: UN Secretariat
code: IGOUNO
alias: United Nations Secretariat | U.N. Secretariat | Secretariat of the United Nations
type: igo

[organisation ecosoc]
name: UN Economic and Social Council
code: IGOUNO
alias: United Nations Economic and Social Council | ECOSOC
type: igo

[organisation icj]
name: International Court of Justice
code: IGOUNOJUDICJ
alias: ICJ | World Court | UN's top court | U.N. top court | UN top court
type: court
from: 1946-04-18

[organisation un-human-rights-council]
name: UN Human Rights Council
code: IGOUNOHRI
alias: United Nations Human Rights Council | U.N. Human Rights Council | UNHRC | Geneva-based Human Rights Council
type: igo
from: 2006-03-15

[organisation ohchr]
name: Office of the UN High Commissioner for Human Rights
code: IGOUNOHRIHCH
alias: Office of the United Nations High Commissioner for Human Rights | OHCHR | UN Human Rights Office
alias: U.N. human rights office | UN human rights office | UN rights office | U.N. rights office
alias: UN High Commissioner for Human Rights | United Nations High Commissioner for Human Rights
type: igo

# ---------------------------------------------------------------------------------------------------------------
# United Nations: funds, programmes, specialised and related agencies
# ---------------------------------------------------------------------------------------------------------------

[organisation unhcr]
name: UN High Commissioner for Refugees
code: IGOUNOREFHCR
alias: UNHCR | Unhcr | United Nations High Commissioner for Refugees | UN refugee agency | U.N. refugee agency
alias: UN Refugee Agency | Office of the United Nations High Commissioner for Refugees | UN refugee agency UNHCR
type: igo

[organisation unicef]
name: UNICEF
code: IGOUNOKID
alias: Unicef | United Nations Children's Fund | UN Children's Fund | U.N. Children's Fund
alias: UN children's agency | U.N. children's agency | United Nations International Children's Emergency Fund
type: igo

[organisation wfp]
name: World Food Programme
code: IGOUNOWFP
alias: WFP | World Food Program | UN World Food Programme | U.N. World Food Program | UN food agency
alias: U.N. food agency | United Nations World Food Programme
type: igo

[organisation who]
name: World Health Organization
code: IGOUNOHLHWHO
alias: WHO | World Health Organisation | UN health agency | U.N. health agency | World Health Assembly
type: igo
from: 1948-04-07

[organisation iaea]
name: International Atomic Energy Agency
code: IGOUNOIAE
alias: IAEA | UN nuclear watchdog | U.N. nuclear watchdog | United Nations nuclear watchdog
alias: UN atomic watchdog | U.N. atomic watchdog | UN atomic agency | U.N. atomic agency
type: igo
from: 1957-07-29

# Phoenix codes UNESCO as a UN development body (IGOUNODEV); kept.
[organisation unesco]
name: UNESCO
code: IGOUNODEV
alias: Unesco | United Nations Educational, Scientific and Cultural Organization
alias: UN Educational, Scientific and Cultural Organization | UN cultural agency | U.N. cultural agency
type: igo

[organisation ocha]
name: UN Office for the Coordination of Humanitarian Affairs
code: IGOUNO
alias: OCHA | UNOCHA | Ocha | United Nations Office for the Coordination of Humanitarian Affairs
alias: UN humanitarian office | U.N. humanitarian office | UN humanitarian agency | U.N. humanitarian agency
alias: UN aid office | U.N. aid office
type: igo

[organisation unrwa]
name: UNRWA
code: IGOUNOREF
alias: Unrwa | UN Relief and Works Agency | U.N. Relief and Works Agency
alias: United Nations Relief and Works Agency for Palestine Refugees in the Near East
alias: United Nations Relief and Works Agency | UN agency for Palestinian refugees | U.N. agency for Palestinian refugees
alias: UN Palestinian refugee agency | U.N. Palestinian refugee agency
type: igo
from: 1949-12-08

[organisation ilo]
name: International Labour Organization
code: IGOUNOLABILO
alias: ILO | International Labor Organization | International Labour Organisation | International Labour Office
type: igo

[organisation fao]
name: Food and Agriculture Organization
code: IGOUNOAGRFAO
alias: FAO | UN Food and Agriculture Organization | U.N. Food and Agriculture Organization
alias: Food and Agriculture Organization of the United Nations | Food and Agriculture Organisation
type: igo

[organisation ifad]
name: International Fund for Agricultural Development
code: IGOUNOAGR
alias: IFAD
type: igo

[organisation undp]
name: UN Development Programme
code: IGOUNODEV
alias: UNDP | United Nations Development Programme | U.N. Development Program | UN Development Program
type: igo

[organisation unep]
name: UN Environment Programme
code: IGOUNOENV
alias: UNEP | United Nations Environment Programme | U.N. Environment Program | UN Environment Program
type: igo

[organisation unfccc]
name: UN Framework Convention on Climate Change
code: IGOUNOENV
alias: UNFCCC | United Nations Framework Convention on Climate Change | UN climate body | U.N. climate body
alias: UN Climate Change secretariat
type: igo

[organisation ipcc]
name: Intergovernmental Panel on Climate Change
code: IGOUNOENV
alias: IPCC | UN climate panel | U.N. climate panel | UN panel on climate change
type: igo

[organisation wmo]
name: World Meteorological Organization
code: IGOUNOENV
alias: WMO | World Meteorological Organisation | UN weather agency | U.N. weather agency
type: igo

[organisation unfpa]
name: UN Population Fund
code: IGOUNOHLH
alias: UNFPA | United Nations Population Fund | U.N. Population Fund | UN sexual and reproductive health agency
type: igo

[organisation unaids]
name: UNAIDS
code: IGOUNOHLH
alias: Joint United Nations Programme on HIV/AIDS | UN AIDS agency | U.N. AIDS agency
type: igo

[organisation un-women]
name: UN Women
code: IGOUNODEV
alias: U.N. Women | United Nations Entity for Gender Equality and the Empowerment of Women
type: igo

[organisation unodc]
name: UN Office on Drugs and Crime
code: IGOUNO
alias: UNODC | United Nations Office on Drugs and Crime | U.N. Office on Drugs and Crime
type: igo

[organisation unctad]
name: UN Conference on Trade and Development
code: IGOUNOBUS
alias: UNCTAD | United Nations Conference on Trade and Development | UN Trade and Development
type: igo

[organisation iom]
name: International Organization for Migration
code: IGOUNOREF
alias: IOM | UN migration agency | U.N. migration agency | International Organisation for Migration
type: igo

[organisation itu]
name: International Telecommunication Union
code: IGOUNOMED
alias: ITU | International Telecommunications Union
type: igo

[organisation icao]
name: International Civil Aviation Organization
code: IGOUNOBUS
alias: ICAO | UN aviation agency | U.N. aviation agency | International Civil Aviation Organisation
type: igo

[organisation imo]
name: International Maritime Organization
code: IGOUNOBUS
alias: UN maritime agency | U.N. maritime agency | International Maritime Organisation
type: igo

[organisation un-peacekeepers]
name: UN peacekeepers
code: IGOUNOPKO
alias: UN peacekeeping force | U.N. peacekeepers | U.N. peacekeeping force | United Nations peacekeepers
alias: UN peacekeeper | U.N. peacekeeper | UN peacekeeping mission | U.N. peacekeeping mission
alias: UN peacekeeping forces | UN peacekeeping troops | U.N. peacekeeping troops | UN blue helmets
alias: UN Department of Peace Operations | UN Department of Peacekeeping Operations | UN peacekeeping
alias: U.N. peacekeeping
type: igo

# UN peacekeeping operations and political missions cited by name.

[organisation unifil]
name: UN Interim Force in Lebanon
code: IGOUNOPKO
alias: UNIFIL | Unifil | United Nations Interim Force in Lebanon | U.N. Interim Force in Lebanon
type: igo
from: 1978-03-19

[organisation undof]
name: UN Disengagement Observer Force
code: IGOUNOPKO
alias: UNDOF | United Nations Disengagement Observer Force
type: igo
from: 1974-05-31

[organisation untso]
name: UN Truce Supervision Organization
code: IGOUNOPKO
alias: UNTSO | United Nations Truce Supervision Organization
type: igo
from: 1948

[organisation unficyp]
name: UN Peacekeeping Force in Cyprus
code: IGOUNOPKO
alias: UNFICYP | United Nations Peacekeeping Force in Cyprus
type: igo
from: 1964-03-04

[organisation monusco]
name: MONUSCO
code: IGOUNOPKO
alias: Monusco | UN Organization Stabilization Mission in the Democratic Republic of the Congo
alias: United Nations Organization Stabilization Mission in the Democratic Republic of the Congo
alias: UN mission in Congo | U.N. mission in Congo | UN mission in DR Congo
type: igo
from: 2010-07-01

[organisation minusca]
name: MINUSCA
code: IGOUNOPKO
alias: Minusca | UN Multidimensional Integrated Stabilization Mission in the Central African Republic
alias: UN mission in the Central African Republic | U.N. mission in Central African Republic
type: igo
from: 2014-04-10

[organisation minusma]
name: MINUSMA
code: IGOUNOPKO
alias: Minusma | UN Multidimensional Integrated Stabilization Mission in Mali | UN mission in Mali
alias: U.N. mission in Mali
type: igo
from: 2013-04-25
until: 2023-12-31

[organisation unmiss]
name: UN Mission in South Sudan
code: IGOUNOPKO
alias: UNMISS | Unmiss | United Nations Mission in South Sudan | U.N. Mission in South Sudan
type: igo
from: 2011-07-09

[organisation unisfa]
name: UN Interim Security Force for Abyei
code: IGOUNOPKO
alias: UNISFA | United Nations Interim Security Force for Abyei
type: igo
from: 2011-06-27

[organisation minurso]
name: MINURSO
code: IGOUNOPKO
alias: UN Mission for the Referendum in Western Sahara | United Nations Mission for the Referendum in Western Sahara
type: igo
from: 1991-04-29

[organisation unmik]
name: UN Interim Administration Mission in Kosovo
code: IGOUNO
alias: UNMIK | United Nations Interim Administration Mission in Kosovo
type: igo
from: 1999-06-10

[organisation unmogip]
name: UN Military Observer Group in India and Pakistan
code: IGOUNOPKO
alias: UNMOGIP | United Nations Military Observer Group in India and Pakistan
type: igo

[organisation unama]
name: UN Assistance Mission in Afghanistan
code: IGOUNO
alias: UNAMA | United Nations Assistance Mission in Afghanistan | U.N. Assistance Mission in Afghanistan
alias: UN mission in Afghanistan | U.N. mission in Afghanistan
type: igo
from: 2002-03-28

[organisation unami]
name: UN Assistance Mission for Iraq
code: IGOUNO
alias: UNAMI | United Nations Assistance Mission for Iraq | U.N. Assistance Mission for Iraq
alias: UN mission in Iraq | U.N. mission in Iraq
type: igo
from: 2003-08-14
until: 2025-12-31

[organisation unsmil]
name: UN Support Mission in Libya
code: IGOUNO
alias: UNSMIL | United Nations Support Mission in Libya | U.N. Support Mission in Libya
alias: UN mission in Libya | U.N. mission in Libya
type: igo
from: 2011-09-16

# International tribunals.

[organisation icty]
name: International Criminal Tribunal for the former Yugoslavia
code: IGOUNOJUDWCT
alias: ICTY | UN war crimes tribunal for the former Yugoslavia | Yugoslav war crimes tribunal
alias: International Criminal Tribunal for the Former Yugoslavia
type: court
from: 1993-05-25
until: 2017-12-31

[organisation ictr]
name: International Criminal Tribunal for Rwanda
code: IGOUNOJUDWCT
alias: ICTR | UN war crimes tribunal for Rwanda | Rwanda genocide tribunal
type: court
from: 1994-11-08
until: 2015-12-31

[organisation irmct]
name: International Residual Mechanism for Criminal Tribunals
code: IGOUNOJUDWCT
alias: IRMCT | Mechanism for International Criminal Tribunals | UN residual mechanism
type: court
from: 2010-12-22

[organisation stl]
name: Special Tribunal for Lebanon
code: IGOUNOJUDWCT
alias: Hariri tribunal
type: court
from: 2009-03-01
until: 2023-12-31

[organisation icc]
name: International Criminal Court
code: IGOJUDICC
alias: ICC | Hague-based International Criminal Court | ICC prosecutor's office | Office of the Prosecutor of the ICC
type: court
from: 2002-07-01

[organisation pca]
name: Permanent Court of Arbitration
code: IGOJUD
alias: Hague-based Permanent Court of Arbitration
type: court
from: 1899

[organisation itlos]
name: International Tribunal for the Law of the Sea
code: IGOJUD
alias: ITLOS | Hamburg-based International Tribunal for the Law of the Sea
type: court

# ---------------------------------------------------------------------------------------------------------------
# Bretton Woods, trade and finance
# ---------------------------------------------------------------------------------------------------------------

[organisation imf]
name: International Monetary Fund
code: IGOBUSIMF
alias: IMF | IMF board | IMF executive board
type: igo
from: 1945-12-27

[organisation world-bank]
name: World Bank
code: IGOUNODEVWBK
alias: World Bank Group | International Bank for Reconstruction and Development | IBRD
alias: International Development Association
type: igo

[organisation wto]
name: World Trade Organization
code: IGOBUSWTO
alias: WTO | World Trade Organisation | global trade body
type: igo
from: 1995-01-01

[organisation oecd]
name: Organisation for Economic Co-operation and Development
code: IGOWSTBUS
alias: OECD | Organization for Economic Cooperation and Development | Organisation for Economic Cooperation and Development
type: igo

# Phoenix codes the IEA IGOUNOAIE, but the IEA is not a UN body; the UN chunk is dropped here.
[organisation iea]
name: International Energy Agency
code: IGOAIE
alias: IEA | Paris-based International Energy Agency
type: igo
from: 1974-11-18

[organisation bis]
name: Bank for International Settlements
code: IGOBUSBIS
alias: Basel-based Bank for International Settlements
type: igo

[organisation paris-club]
name: Paris Club
code: IGOBUSPRC
alias: Paris Club of creditors | Paris Club creditors
type: igo

[organisation fatf]
name: Financial Action Task Force
code: IGOBUS
alias: FATF | global financial crime watchdog | dirty money watchdog
type: igo

[organisation opec]
name: OPEC
code: IGOBUSOPC
alias: Opec | Organization of the Petroleum Exporting Countries | Organisation of the Petroleum Exporting Countries
alias: Organization of Petroleum Exporting Countries
type: igo
from: 1960-09-14

[organisation opec-plus]
name: OPEC+
code: IGOBUSOPC
alias: OPEC Plus | Opec+ | Opec Plus | OPEC+ group | OPEC and its allies | OPEC and allies
type: igo
from: 2016-12-10

[organisation oapec]
name: Organization of Arab Petroleum Exporting Countries
code: IGOARBBUSAPE
alias: OAPEC | Organisation of Arab Petroleum Exporting Countries
type: igo

# ---------------------------------------------------------------------------------------------------------------
# Development banks
# ---------------------------------------------------------------------------------------------------------------

[organisation afdb]
name: African Development Bank
code: IGOAFRDEVAFB
alias: AfDB | African Development Bank Group
type: igo

[organisation adb]
name: Asian Development Bank
code: IGOASADEVADB
alias: ADB | Manila-based Asian Development Bank
type: igo

[organisation aiib]
name: Asian Infrastructure Investment Bank
code: IGOASADEV
alias: AIIB | Beijing-based Asian Infrastructure Investment Bank
type: igo

[organisation ebrd]
name: European Bank for Reconstruction and Development
code: IGOEURDEVEBR
alias: EBRD
type: igo

# Phoenix writes IGONAMDEV for the IDB; NAM is Namibia in Dyad's vocabulary, so LAM (Latin America) is used.
[organisation idb]
name: Inter-American Development Bank
code: IGOLAMDEV
alias: IDB | IADB | Inter American Development Bank
type: igo

[organisation isdb]
name: Islamic Development Bank
code: IGOMOSDEVIDB
alias: IsDB | Jeddah-based Islamic Development Bank
type: igo

[organisation ndb]
name: New Development Bank
code: IGODEV
alias: NDB | BRICS bank | BRICS development bank | Shanghai-based New Development Bank
type: igo

[organisation eib]
name: European Investment Bank
code: IGOEUREECDEV
alias: EIB | EU bank | EU's lending arm
type: igo

[organisation afreximbank]
name: African Export-Import Bank
code: IGOAFRDEV
alias: Afreximbank
type: igo

[organisation boad]
name: West African Development Bank
code: IGOWAFWAD
alias: BOAD | Banque Ouest Africaine de Développement
type: igo

[organisation beac]
name: Bank of Central African States
code: IGOCFRBCA
alias: BEAC | Banque des États de l'Afrique Centrale
type: igo

[organisation arab-monetary-fund]
name: Arab Monetary Fund
code: IGOMEAAMF
type: igo

# ---------------------------------------------------------------------------------------------------------------
# Europe
# ---------------------------------------------------------------------------------------------------------------

[organisation eu]
name: European Union
code: IGOEUREEC
alias: EU | E.U. | EU27 | EU-27 | European bloc | EU bloc | 27-nation bloc | 27-member bloc
type: igo
from: 1993-11-01

[organisation european-community]
name: European Community
code: IGOEUREEC
alias: European Communities | European Economic Community | EEC | EC | Common Market | European Common Market
alias: EC Commission | 12-nation European Community | 12-nation EC
type: igo
from: 1958-01-01
until: 2009-12-01

[organisation european-commission]
name: European Commission
code: IGOEUREEC
alias: EU Commission | Commission of the European Union | EU executive | EU's executive arm
alias: European Union's executive arm | European Commission president's office
type: igo

[organisation council-of-the-eu]
name: Council of the European Union
code: IGOEUREEC
alias: Council of the EU | EU Council of Ministers | EU Council
type: igo

[organisation european-council]
name: European Council
code: IGOEUREEC
alias: EU summit | EU leaders' summit | summit of EU leaders
type: igo

[organisation european-parliament]
name: European Parliament
code: IGOEUREEC
alias: EU Parliament | European Union Parliament | EU lawmakers | MEPs
type: igo

[organisation ecb]
name: European Central Bank
code: IGOEUREEC
alias: ECB | euro zone central bank | eurozone central bank | Frankfurt-based European Central Bank
type: igo
from: 1998-06-01

[organisation eurogroup]
name: Eurogroup
code: IGOEUREEC
alias: euro zone finance ministers | eurozone finance ministers
type: igo

[organisation eeas]
name: European External Action Service
code: IGOEUREEC
alias: EEAS | EU diplomatic service | EU's diplomatic service
type: igo

[organisation cjeu]
name: Court of Justice of the European Union
code: IGOEUREECJUD
alias: CJEU | European Court of Justice | ECJ | EU Court of Justice | EU's top court | EU top court
alias: General Court of the European Union
type: court

[organisation frontex]
name: Frontex
code: IGOEUREECCOP
alias: European Border and Coast Guard Agency | EU border agency | EU's border agency
type: igo

[organisation europol]
name: Europol
code: IGOEUREECCOP
alias: European Union Agency for Law Enforcement Cooperation | EU police agency | EU's police agency
type: igo

[organisation eulex]
name: EULEX Kosovo
code: IGOEUREEC
alias: EULEX | European Union Rule of Law Mission in Kosovo | EU rule of law mission in Kosovo
type: igo

[organisation nato]
name: NATO
code: IGOWSTNAT
alias: Nato | North Atlantic Treaty Organization | North Atlantic Treaty Organisation | Atlantic alliance
alias: North Atlantic Council | NATO alliance | Western military alliance | transatlantic alliance
type: igo
from: 1949-04-04

[organisation kfor]
name: Kosovo Force
code: IGOWSTNAT
alias: KFOR | NATO-led Kosovo Force | NATO peacekeepers in Kosovo | NATO-led peacekeeping force in Kosovo
type: igo
from: 1999-06-12

[organisation isaf]
name: International Security Assistance Force
code: IGOWSTNAT
alias: ISAF | NATO-led International Security Assistance Force
type: igo
from: 2001-12-20
until: 2014-12-31

[organisation osce]
name: Organization for Security and Co-operation in Europe
code: IGOEURSCE
alias: OSCE | Organization for Security and Cooperation in Europe | Organisation for Security and Co-operation in Europe
alias: Organisation for Security and Cooperation in Europe | Vienna-based OSCE
type: igo
from: 1995-01-01

[organisation odihr]
name: OSCE Office for Democratic Institutions and Human Rights
code: IGOEURSCEHRI
alias: ODIHR | Office for Democratic Institutions and Human Rights | OSCE election observers | OSCE observers
type: igo

[organisation council-of-europe]
name: Council of Europe
code: IGOEURCOE
alias: Strasbourg-based Council of Europe | Committee of Ministers of the Council of Europe
type: igo
from: 1949-05-05

[organisation pace]
name: Parliamentary Assembly of the Council of Europe
code: IGOEURCOELEG
alias: PACE | Council of Europe's Parliamentary Assembly
type: igo

[organisation echr]
name: European Court of Human Rights
code: IGOEURCOEJUD
alias: ECHR | ECtHR | Strasbourg court | Strasbourg-based European Court of Human Rights | European rights court
type: court
from: 1959

[organisation efta]
name: European Free Trade Association
code: IGOEURBUSEFT
alias: EFTA
type: igo

[organisation nordic-council]
name: Nordic Council
code: IGOSCN
type: igo

[organisation visegrad-group]
name: Visegrad Group
code: IGOCEU
alias: Visegrad Four | V4 | Visegrád Group | Visegrád Four
type: igo

[organisation ukraine-defense-contact-group]
name: Ukraine Defense Contact Group
code: IGO
alias: Ukraine Defence Contact Group | Ramstein group | Ramstein format | UDCG
type: igo
from: 2022-04-26

# ---------------------------------------------------------------------------------------------------------------
# Former Soviet space and Eurasia
# ---------------------------------------------------------------------------------------------------------------

[organisation cis]
name: Commonwealth of Independent States
code: IGOCASCIS
alias: CIS
type: igo
from: 1991-12-08

# Not in Phoenix; coded like the CIS and the SCO, which Phoenix places under Central Asia.
[organisation csto]
name: Collective Security Treaty Organization
code: IGOCAS
alias: CSTO | Collective Security Treaty Organisation | Russia-led security bloc | Russian-led military alliance
type: igo

[organisation eaeu]
name: Eurasian Economic Union
code: IGOCASBUS
alias: EAEU | Eurasian Union | Russia-led Eurasian Economic Union
type: igo
from: 2015-01-01

[organisation sco]
name: Shanghai Cooperation Organisation
code: IGOCAS
alias: SCO | Shanghai Cooperation Organization | Shanghai Co-operation Organisation
type: igo
from: 2001-06-15

[organisation organization-of-turkic-states]
name: Organization of Turkic States
code: IGO
alias: OTS | Organisation of Turkic States | Turkic Council
type: igo

# ---------------------------------------------------------------------------------------------------------------
# Africa
# ---------------------------------------------------------------------------------------------------------------

[organisation oau]
name: Organisation of African Unity
code: IGOAFROAU
alias: OAU | Organization of African Unity
type: igo
from: 1963-05-25
until: 2002-07-09

[organisation au]
name: African Union
code: IGOAFRAFU
alias: AU | African Union Commission | AU Commission | African Union summit | AU summit
type: igo
from: 2002-07-09

[organisation au-psc]
name: African Union Peace and Security Council
code: IGOAFRAFU
alias: AU Peace and Security Council | Peace and Security Council of the African Union | AUPSC | PSCAU
alias: Peace and Security Council
type: igo

[organisation pan-african-parliament]
name: Pan-African Parliament
code: IGOAFRPAP
alias: Pan African Parliament
type: igo

[organisation amisom]
name: African Union Mission in Somalia
code: IGOAFRAFUPKO
alias: AMISOM | Amisom | AU Mission in Somalia | AU peacekeepers in Somalia
type: igo
from: 2007-01-19
until: 2022-03-31

[organisation atmis]
name: African Union Transition Mission in Somalia
code: IGOAFRAFUPKO
alias: ATMIS | Atmis | AU Transition Mission in Somalia
type: igo
from: 2022-04-01
until: 2024-12-31

[organisation aussom]
name: African Union Support and Stabilization Mission in Somalia
code: IGOAFRAFUPKO
alias: AUSSOM | AU Support and Stabilisation Mission in Somalia | African Union Support and Stabilisation Mission in Somalia
type: igo
from: 2025-01-01

[organisation ecowas]
name: Economic Community of West African States
code: IGOWAFWAS
alias: ECOWAS | Ecowas | West African bloc | West African regional bloc | CEDEAO
type: igo
from: 1975-05-28

[organisation sadc]
name: Southern African Development Community
code: IGOSAFDEVSAD
alias: SADC | Southern African regional bloc
type: igo

[organisation igad]
name: Intergovernmental Authority on Development
code: IGOEAFDEVIAD
alias: IGAD | Igad | Inter-Governmental Authority on Development
type: igo

[organisation eac]
name: East African Community
code: IGOEAFEAC
alias: EAC
type: igo

# Phoenix writes IGOCAFECA/IGOCAFCEM; CAF is the Central African Republic in Dyad's vocabulary, so the region
# chunk CFR (Central Africa) is used.
[organisation eccas]
name: Economic Community of Central African States
code: IGOCFRECA
alias: ECCAS | CEEAC
type: igo

[organisation cemac]
name: Economic and Monetary Community of Central Africa
code: IGOCFRCEM
alias: CEMAC | Central African Economic and Monetary Community
type: igo

[organisation comesa]
name: Common Market for Eastern and Southern Africa
code: IGOAFRBUSCES
alias: COMESA
type: igo

[organisation cen-sad]
name: Community of Sahel-Saharan States
code: IGONAFCSS
alias: CEN-SAD | CENSAD
type: igo

[organisation uemoa]
name: West African Economic and Monetary Union
code: IGOWAFUEM
alias: UEMOA | WAEMU
type: igo

[organisation nepad]
name: New Partnership for Africa's Development
code: IGOAFRDEVNEP
alias: NEPAD | AUDA-NEPAD | African Union Development Agency
type: igo

[organisation aes]
name: Alliance of Sahel States
code: IGOWAF
alias: AES | Confederation of Sahel States | Sahel alliance | Alliance des États du Sahel
type: igo
from: 2023-09-16

[organisation g5-sahel]
name: G5 Sahel
code: IGOWAF
alias: G5 Sahel Joint Force | Group of Five for the Sahel
type: igo
from: 2014-02-16
until: 2023-12

[organisation mnjtf]
name: Multinational Joint Task Force
code: IGOWAFMIL
alias: MNJTF | Multi-National Joint Task Force | Lake Chad Multinational Joint Task Force
type: igo

# ---------------------------------------------------------------------------------------------------------------
# Middle East and the Islamic world
# ---------------------------------------------------------------------------------------------------------------

[organisation arab-league]
name: Arab League
code: IGOMEAARL
alias: League of Arab States | Arab League summit | Cairo-based Arab League
type: igo
from: 1945-03-22

[organisation gcc]
name: Gulf Cooperation Council
code: IGOPGSGCC
alias: GCC | Cooperation Council for the Arab States of the Gulf | Gulf Co-operation Council
type: igo
from: 1981-05-25

# Phoenix writes IGOMOSOIC; kept.
[organisation oic]
name: Organisation of Islamic Cooperation
code: IGOMOSOIC
alias: OIC | Organization of Islamic Cooperation | Organisation of the Islamic Conference
alias: Organization of the Islamic Conference | Jeddah-based OIC
type: igo

[organisation arab-maghreb-union]
name: Arab Maghreb Union
code: IGOMEAAMU
alias: AMU | Maghreb Union
type: igo

# ---------------------------------------------------------------------------------------------------------------
# Asia and the Pacific
# ---------------------------------------------------------------------------------------------------------------

[organisation asean]
name: Association of Southeast Asian Nations
code: IGOSEAASN
alias: ASEAN | Asean | Association of South East Asian Nations | Southeast Asian bloc | ASEAN bloc
type: igo
from: 1967-08-08

[organisation saarc]
name: South Asian Association for Regional Cooperation
code: IGOSASSAA
alias: SAARC
type: igo

[organisation bimstec]
name: BIMSTEC
code: IGOASABUS
alias: Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation
type: igo

[organisation apec]
name: Asia-Pacific Economic Cooperation
code: IGOASABUS
alias: APEC | Asia Pacific Economic Cooperation | APEC forum | APEC summit
type: igo

[organisation eco]
name: Economic Cooperation Organization
code: IGOASABUS
alias: Economic Cooperation Organisation
type: igo

[organisation pacific-islands-forum]
name: Pacific Islands Forum
code: IGO
alias: Pacific Islands Forum leaders | Pacific Islands Forum Secretariat
type: igo

[organisation quad]
name: Quadrilateral Security Dialogue
code: IGO
alias: Quad grouping | Quad alliance | Quad summit | Quad countries | Quad partners | Quad nations | Quad security dialogue
type: igo

[organisation aukus]
name: AUKUS
code: IGO
alias: AUKUS pact | AUKUS security pact | Aukus
type: igo
from: 2021-09-15

# ---------------------------------------------------------------------------------------------------------------
# The Americas
# ---------------------------------------------------------------------------------------------------------------

[organisation oas]
name: Organization of American States
code: IGOOAS
alias: OAS | Organisation of American States
type: igo
from: 1948-04-30

[organisation caricom]
name: Caribbean Community
code: IGOCRB
alias: CARICOM | Caricom
type: igo

[organisation mercosur]
name: Mercosur
code: IGOSAMBUS
alias: Mercosul | Southern Common Market
type: igo

[organisation andean-community]
name: Andean Community
code: IGOSAM
alias: Andean Community of Nations
type: igo

[organisation celac]
name: Community of Latin American and Caribbean States
code: IGOLAM
alias: CELAC
type: igo
from: 2011-12-03

[organisation alba]
name: ALBA
code: IGOLAM
alias: Bolivarian Alliance for the Peoples of Our America | ALBA-TCP
type: igo

# ---------------------------------------------------------------------------------------------------------------
# Global groupings
# ---------------------------------------------------------------------------------------------------------------

[organisation g7]
name: Group of Seven
code: IGOGOS
alias: G7 | G-7 | G7 summit | G-7 summit | G7 leaders | Group of 7
type: igo

[organisation g8]
name: Group of Eight
code: IGOGOE
alias: G8 | G-8 | G8 summit | G-8 summit
type: igo
from: 1997
until: 2014-03-24

[organisation g20]
name: Group of 20
code: IGO
alias: G20 | G-20 | Group of Twenty | G20 summit | G-20 summit
type: igo

[organisation g77]
name: Group of 77
code: IGOBUSGSS
alias: G77 | G-77 | Group of 77 and China | G77 and China
type: igo

[organisation brics]
name: BRICS
code: IGO
alias: BRICS group | BRICS bloc | BRICS nations | BRICS summit | Brics
type: igo

[organisation non-aligned-movement]
name: Non-Aligned Movement
code: IGONON
alias: NAM | Nonaligned Movement | Non Aligned Movement
type: igo

[organisation commonwealth]
name: Commonwealth of Nations
code: IGOCWN
alias: Commonwealth | Commonwealth Secretariat | Commonwealth summit | CHOGM | Commonwealth Heads of Government Meeting
type: igo

[organisation francophonie]
name: International Organisation of La Francophonie
code: IGO
alias: Francophonie | OIF | Organisation internationale de la Francophonie
type: igo

[organisation interpol]
name: Interpol
code: IGOCOPITP
alias: International Criminal Police Organization | International Criminal Police Organisation
type: igo

[organisation opcw]
name: Organisation for the Prohibition of Chemical Weapons
code: IGO
alias: OPCW | Organization for the Prohibition of Chemical Weapons | chemical weapons watchdog
type: igo
from: 1997-04-29

[organisation ctbto]
name: Comprehensive Nuclear-Test-Ban Treaty Organization
code: IGO
alias: CTBTO | Comprehensive Nuclear Test Ban Treaty Organization
type: igo

[organisation ipu]
name: Inter-Parliamentary Union
code: IGOLEGIPU
alias: IPU
type: igo

# ---------------------------------------------------------------------------------------------------------------
# Non-governmental organisations
# ---------------------------------------------------------------------------------------------------------------

# Phoenix codes the whole Red Cross and Red Crescent movement NGOHLHIRC; kept.
[organisation icrc]
name: International Committee of the Red Cross
code: NGOHLHIRC
alias: ICRC | International Red Cross | Geneva-based International Committee of the Red Cross
type: ngo

[organisation ifrc]
name: International Federation of Red Cross and Red Crescent Societies
code: NGOHLHIRC
alias: IFRC | International Federation of the Red Cross | International Federation of Red Cross and Red Crescent
type: ngo

[organisation red-cross]
name: Red Cross
code: NGOHLHIRC
alias: Red Cross and Red Crescent | Red Cross workers | Red Cross officials
type: ngo

[organisation red-crescent]
name: Red Crescent
code: NGOHLHIRC
alias: Red Crescent Society | Red Crescent workers
type: ngo

[organisation palestine-red-crescent]
name: Palestine Red Crescent Society
code: NGOPSEHLHIRC
alias: Palestinian Red Crescent | Palestinian Red Crescent Society | PRCS
type: ngo
country: PSE

[organisation syrian-arab-red-crescent]
name: Syrian Arab Red Crescent
code: NGOSYRHLHIRC
alias: SARC | Syrian Red Crescent
type: ngo
country: SYR

[organisation magen-david-adom]
name: Magen David Adom
code: NGOISRHLH
alias: Israel's emergency medical service | Israeli emergency service Magen David Adom
type: ngo
country: ISR

[organisation amnesty-international]
name: Amnesty International
code: NGOHRIAMN
alias: London-based Amnesty International | rights group Amnesty
type: ngo

[organisation human-rights-watch]
name: Human Rights Watch
code: NGOHRIHRW
alias: HRW | New York-based Human Rights Watch
type: ngo

[organisation msf]
name: Médecins Sans Frontières
code: NGOHLHMSF
alias: MSF | Doctors Without Borders | Medecins Sans Frontieres
type: ngo

[organisation oxfam]
name: Oxfam
code: NGOXFM
alias: Oxfam International | Oxfam GB | Oxfam America
type: ngo

# "RSF" is left to the Sudanese Rapid Support Forces (groups.lex), which news abbreviates far more often.
[organisation reporters-without-borders]
name: Reporters Without Borders
code: NGOHRIMED
alias: Reporters sans frontières | Reporters Sans Frontieres | Paris-based Reporters Without Borders
type: ngo

[organisation cpj]
name: Committee to Protect Journalists
code: NGOHRIMED
alias: CPJ | New York-based Committee to Protect Journalists
type: ngo

[organisation transparency-international]
name: Transparency International
code: NGODEV
alias: Berlin-based Transparency International | anti-graft watchdog Transparency International
type: ngo

[organisation wef]
name: World Economic Forum
code: NGOBUSWEF
alias: WEF | Davos forum | World Economic Forum in Davos
type: ngo

[organisation crisis-group]
name: International Crisis Group
code: NGOICG
alias: Crisis Group | ICG | Brussels-based International Crisis Group
type: ngo

[organisation fidh]
name: International Federation for Human Rights
code: NGOHRIFID
alias: FIDH | Fédération internationale pour les droits humains
type: ngo

[organisation international-commission-of-jurists]
name: International Commission of Jurists
code: NGOJUDJUR
alias: Geneva-based International Commission of Jurists
type: ngo

# Phoenix codes Greenpeace NGOENV; Dyad's vocabulary has the GDELT code GRP for Greenpeace, added after ENV.
[organisation greenpeace]
name: Greenpeace
code: NGOENVGRP
alias: Greenpeace International
type: ngo

[organisation wwf]
name: World Wide Fund for Nature
code: NGOENV
alias: WWF | World Wildlife Fund
type: ngo

[organisation global-witness]
name: Global Witness
code: NGOENVHRI
type: ngo

[organisation save-the-children]
name: Save the Children
code: NGODEV
alias: Save the Children International | Save the Children Fund
type: ngo

[organisation care-international]
name: CARE International
code: NGODEV
alias: CARE | Cooperative for Assistance and Relief Everywhere
type: ngo

[organisation world-vision]
name: World Vision
code: NGOCHRDEV
alias: World Vision International
type: ngo

[organisation international-rescue-committee]
name: International Rescue Committee
code: NGOUSA
alias: IRC | New York-based International Rescue Committee
type: ngo

[organisation norwegian-refugee-council]
name: Norwegian Refugee Council
code: NGONORREF
type: ngo

[organisation islamic-relief]
name: Islamic Relief
code: NGOMOSDEV
alias: Islamic Relief Worldwide
type: ngo

[organisation caritas]
name: Caritas Internationalis
code: NGOCHRCTH
alias: Caritas
type: ngo

[organisation medecins-du-monde]
name: Médecins du Monde
code: NGOHLH
alias: Doctors of the World | Medecins du Monde | MdM
type: ngo

[organisation physicians-for-human-rights]
name: Physicians for Human Rights
code: NGOHRIHLH
alias: PHR
type: ngo

[organisation carter-center]
name: Carter Center
code: NGOUSAHRI
alias: Atlanta-based Carter Center
type: ngo
country: USA

[organisation freedom-house]
name: Freedom House
code: NGOUSAHRI
alias: Washington-based Freedom House
type: ngo
country: USA

[organisation human-rights-first]
name: Human Rights First
code: NGOUSAHRI
type: ngo
country: USA

[organisation gates-foundation]
name: Gates Foundation
code: NGOUSADEV
alias: Bill and Melinda Gates Foundation | Bill & Melinda Gates Foundation
type: ngo
country: USA

[organisation open-society-foundations]
name: Open Society Foundations
code: NGOUSADEV
alias: Open Society Foundation | Soros foundation | Soros's Open Society Foundations
type: ngo
country: USA

[organisation memorial]
name: Memorial human rights group
code: NGORUSHRI
alias: Memorial Human Rights Centre | Memorial International | Russian rights group Memorial | rights group Memorial
alias: Memorial Human Rights Defence Centre
type: ngo
country: RUS

[organisation btselem]
name: B'Tselem
code: NGOISRHRI
alias: Btselem | B'Tselem rights group | Israeli rights group B'Tselem
type: ngo
country: ISR

[organisation al-haq]
name: Al-Haq
code: NGOPSEHRI
alias: Palestinian rights group Al-Haq
type: ngo
country: PSE

[organisation pchr]
name: Palestinian Centre for Human Rights
code: NGOPSEHRI
alias: PCHR | Palestinian Center for Human Rights
type: ngo
country: PSE

[organisation euro-med-monitor]
name: Euro-Mediterranean Human Rights Monitor
code: NGOHRI
alias: Euro-Med Human Rights Monitor | Euro-Med Monitor | Euro Med Monitor
type: ngo

[organisation sohr]
name: Syrian Observatory for Human Rights
code: NGOSYRHRI
alias: SOHR | Britain-based Syrian Observatory for Human Rights | UK-based Syrian Observatory for Human Rights
alias: Syrian Observatory | Britain-based Syrian Observatory | Observatory for Human Rights
type: ngo
country: SYR

[organisation white-helmets]
name: White Helmets
code: NGOSYRHLH
alias: Syria Civil Defence | Syrian Civil Defence | Syria Civil Defense | Syrian Civil Defense
type: ngo
country: SYR

[organisation bellingcat]
name: Bellingcat
code: NGOMED
alias: investigative group Bellingcat | Bellingcat investigators
type: ngo

[organisation wikileaks]
name: WikiLeaks
code: NGOMED
alias: Wikileaks
type: ngo

[organisation ioc]
name: International Olympic Committee
code: NGO
alias: IOC
type: ngo

[organisation fifa]
name: FIFA
code: NGO
alias: Fifa | Fédération Internationale de Football Association | world football governing body
type: ngo

# ---------------------------------------------------------------------------------------------------------------
# News agencies, broadcasters and newspapers cited as actors (country + MED)
# ---------------------------------------------------------------------------------------------------------------

[organisation reuters]
name: Reuters
code: GBRMED
alias: Thomson Reuters | Reuters news agency
type: media
country: GBR

[organisation associated-press]
name: Associated Press
code: USAMED
alias: AP | Associated Press news agency
type: media
country: USA

[organisation afp]
name: Agence France-Presse
code: FRAMED
alias: AFP | Agence France Presse | French news agency AFP
type: media
country: FRA

[organisation bloomberg]
name: Bloomberg News
code: USAMED
alias: Bloomberg
type: media
country: USA

[organisation bbc]
name: BBC
code: GBRMED
alias: British Broadcasting Corporation | BBC News | BBC World Service | BBC Persian | BBC Russian
type: media
country: GBR

[organisation sky-news]
name: Sky News
code: GBRMED
type: media
country: GBR

[organisation financial-times]
name: Financial Times
code: GBRMED
alias: FT newspaper
type: media
country: GBR

[organisation cnn]
name: CNN
code: USAMED
alias: Cable News Network | CNN International
type: media
country: USA

[organisation new-york-times]
name: New York Times
code: USAMED
alias: NYT | NY Times
type: media
country: USA

[organisation washington-post]
name: Washington Post
code: USAMED
type: media
country: USA

[organisation wall-street-journal]
name: Wall Street Journal
code: USAMED
alias: WSJ
type: media
country: USA

[organisation fox-news]
name: Fox News
code: USAMED
alias: Fox News Channel
type: media
country: USA

[organisation nbc-news]
name: NBC News
code: USAMED
alias: NBC
type: media
country: USA

[organisation cbs-news]
name: CBS News
code: USAMED
alias: CBS
type: media
country: USA

[organisation axios]
name: Axios
code: USAMED
type: media
country: USA

[organisation politico]
name: Politico
code: USAMED
alias: Politico Europe
type: media
country: USA

[organisation voa]
name: Voice of America
code: USAMED
alias: VOA | U.S.-funded Voice of America
type: media
country: USA

[organisation rferl]
name: Radio Free Europe/Radio Liberty
code: USAMED
alias: RFE/RL | Radio Free Europe | Radio Liberty | RFERL
type: media
country: USA

[organisation al-jazeera]
name: Al Jazeera
code: QATMED
alias: Al-Jazeera | Aljazeera | Al Jazeera English | Qatar-based Al Jazeera | Doha-based Al Jazeera
alias: Qatar-based broadcaster Al Jazeera
type: media
country: QAT

[organisation al-arabiya]
name: Al Arabiya
code: SAUMED
alias: Al-Arabiya | Dubai-based Al Arabiya | Saudi-owned Al Arabiya | Al Hadath | Al-Hadath
type: media
country: SAU

[organisation al-mayadeen]
name: Al Mayadeen
code: LBNMED
alias: Al-Mayadeen | Beirut-based Al Mayadeen
type: media
country: LBN

[organisation al-manar]
name: Al-Manar
code: LBNMED
alias: Al Manar | Hezbollah's Al-Manar television | Hezbollah-run Al-Manar
type: media
country: LBN

[organisation nna]
name: National News Agency
code: LBNMED
alias: NNA | Lebanon's National News Agency | Lebanese state news agency
type: media
country: LBN

[organisation al-masirah]
name: Al-Masirah
code: YEMMED
alias: Al Masirah | Houthi-run Al-Masirah | Houthi-run Al Masirah TV | Al-Masirah TV
type: media
country: YEM

[organisation xinhua]
name: Xinhua
code: CHNMED
alias: Xinhua News Agency | New China News Agency | Chinese state news agency Xinhua
type: media
country: CHN

[organisation peoples-daily]
name: People's Daily
code: CHNMED
alias: Renmin Ribao | People's Daily newspaper
type: media
country: CHN

[organisation global-times]
name: Global Times
code: CHNMED
alias: state-run Global Times | Chinese tabloid Global Times
type: media
country: CHN

[organisation china-daily]
name: China Daily
code: CHNMED
type: media
country: CHN

# Bare "CCTV" is left out: it is also the usual word for surveillance cameras.
[organisation cctv]
name: China Central Television
code: CHNMED
alias: state broadcaster CCTV | state television CCTV | state TV CCTV | state-run CCTV | Chinese state TV
alias: Chinese state television | China's state broadcaster | CCTV-13 | CCTV News
type: media
country: CHN

[organisation cgtn]
name: CGTN
code: CHNMED
alias: China Global Television Network
type: media
country: CHN

[organisation kcna]
name: Korean Central News Agency
code: PRKMED
alias: KCNA | North Korea's state news agency | North Korean state news agency | North Korea's official news agency
type: media
country: PRK

[organisation rodong-sinmun]
name: Rodong Sinmun
code: PRKMED
alias: Rodong Shinmun | Nodong Sinmun | Nodong Shinmun
type: media
country: PRK

[organisation kctv]
name: Korean Central Television
code: PRKMED
alias: KCTV | North Korean state TV | North Korea's state TV | North Korean state television
type: media
country: PRK

[organisation tass]
name: TASS
code: RUSMED
alias: Tass | ITAR-TASS | Itar-Tass | TASS news agency | Tass news agency | Russian state news agency TASS
type: media
country: RUS

[organisation ria-novosti]
name: RIA Novosti
code: RUSMED
alias: RIA | Ria Novosti | RIA news agency | Rossiya Segodnya
type: media
country: RUS

[organisation interfax]
name: Interfax
code: RUSMED
alias: Interfax news agency
type: media
country: RUS

[organisation interfax-ukraine]
name: Interfax-Ukraine
code: UKRMED
alias: Interfax Ukraine
type: media
country: UKR

[organisation sputnik]
name: Sputnik
code: RUSMED
alias: Sputnik news agency | Sputnik News
type: media
country: RUS

[organisation rt]
name: RT
code: RUSMED
alias: Russia Today | RT television | Kremlin-backed RT
type: media
country: RUS

[organisation novaya-gazeta]
name: Novaya Gazeta
code: RUSMED
type: media
country: RUS

[organisation meduza]
name: Meduza
code: RUSMED
alias: Riga-based Meduza
type: media
country: RUS

[organisation ukrinform]
name: Ukrinform
code: UKRMED
type: media
country: UKR

[organisation ukrainska-pravda]
name: Ukrainska Pravda
code: UKRMED
type: media
country: UKR

[organisation kyiv-independent]
name: Kyiv Independent
code: UKRMED
type: media
country: UKR

[organisation belta]
name: BelTA
code: BLRMED
alias: Belarusian Telegraph Agency | Belta
type: media
country: BLR

[organisation yonhap]
name: Yonhap
code: KORMED
alias: Yonhap News Agency | Yonhap news agency
type: media
country: KOR

[organisation kyodo]
name: Kyodo News
code: JPNMED
alias: Kyodo | Kyodo news agency
type: media
country: JPN

[organisation nhk]
name: NHK
code: JPNMED
alias: Japan Broadcasting Corporation | public broadcaster NHK
type: media
country: JPN

[organisation irna]
name: Islamic Republic News Agency
code: IRNMED
alias: IRNA | Iran's state news agency | Iranian state news agency
type: media
country: IRN

[organisation fars]
name: Fars News Agency
code: IRNMED
alias: Fars news agency | Fars News
type: media
country: IRN

[organisation tasnim]
name: Tasnim News Agency
code: IRNMED
alias: Tasnim | Tasnim news agency
type: media
country: IRN

[organisation mehr]
name: Mehr News Agency
code: IRNMED
alias: Mehr news agency
type: media
country: IRN

[organisation isna]
name: Iranian Students' News Agency
code: IRNMED
alias: ISNA
type: media
country: IRN

[organisation press-tv]
name: Press TV
code: IRNMED
alias: PressTV | Iran's Press TV | Iranian state-run Press TV
type: media
country: IRN

[organisation irib]
name: Islamic Republic of Iran Broadcasting
code: IRNMED
alias: IRIB | Iranian state television | Iranian state TV | Iran's state TV | Iran's state television
type: media
country: IRN

[organisation anadolu]
name: Anadolu Agency
code: TURMED
alias: Anadolu | Anadolu news agency | Turkish state-run Anadolu Agency
type: media
country: TUR

[organisation trt]
name: TRT
code: TURMED
alias: Turkish Radio and Television Corporation | TRT World | TRT Haber
type: media
country: TUR

[organisation wafa]
name: WAFA
code: PSEMED
alias: Wafa news agency | WAFA news agency | Palestinian news agency WAFA | Palestinian official news agency
type: media
country: PSE

[organisation sana]
name: Syrian Arab News Agency
code: SYRMED
alias: SANA | Syrian state news agency | Syria's state news agency
type: media
country: SYR

[organisation spa]
name: Saudi Press Agency
code: SAUMED
alias: SPA | Saudi state news agency | Saudi official news agency
type: media
country: SAU

[organisation wam]
name: Emirates News Agency
code: AREMED
alias: WAM | UAE state news agency
type: media
country: ARE

[organisation qna]
name: Qatar News Agency
code: QATMED
alias: QNA
type: media
country: QAT

[organisation kuna]
name: Kuwait News Agency
code: KWTMED
alias: KUNA
type: media
country: KWT

[organisation mena]
name: Middle East News Agency
code: EGYMED
alias: Egypt's state news agency | Egyptian state news agency
type: media
country: EGY

[organisation al-ahram]
name: Al-Ahram
code: EGYMED
alias: Al Ahram | Ahram Online
type: media
country: EGY

[organisation ina]
name: Iraqi News Agency
code: IRQMED
alias: INA | Iraq's state news agency
type: media
country: IRQ

[organisation haaretz]
name: Haaretz
code: ISRMED
type: media
country: ISR

[organisation times-of-israel]
name: Times of Israel
code: ISRMED
type: media
country: ISR

[organisation jerusalem-post]
name: Jerusalem Post
code: ISRMED
type: media
country: ISR

[organisation app]
name: Associated Press of Pakistan
code: PAKMED
alias: APP | Pakistan's state news agency | state-run Associated Press of Pakistan
type: media
country: PAK

[organisation pti-news]
name: Press Trust of India
code: INDMED
type: media
country: IND

[organisation ani]
name: Asian News International
code: INDMED
alias: ANI | ANI news agency
type: media
country: IND

[organisation antara]
name: Antara
code: IDNMED
alias: Antara news agency | Antara News
type: media
country: IDN

[organisation bernama]
name: Bernama
code: MYSMED
alias: Malaysian National News Agency | Bernama news agency
type: media
country: MYS

[organisation vna]
name: Vietnam News Agency
code: VNMMED
alias: VNA
type: media
country: VNM

[organisation central-news-agency]
name: Central News Agency
code: TWNMED
alias: Focus Taiwan | Taiwan's Central News Agency
type: media
country: TWN

[organisation prensa-latina]
name: Prensa Latina
code: CUBMED
type: media
country: CUB

[organisation telesur]
name: teleSUR
code: VENMED
alias: Telesur
type: media
country: VEN

[organisation deutsche-welle]
name: Deutsche Welle
code: DEUMED
alias: DW | DW News
type: media
country: DEU

[organisation dpa]
name: Deutsche Presse-Agentur
code: DEUMED
alias: dpa | German news agency dpa | German Press Agency
type: media
country: DEU

[organisation efe]
name: EFE
code: ESPMED
alias: Agencia EFE | Spanish news agency EFE | Efe
type: media
country: ESP

[organisation ansa]
name: ANSA
code: ITAMED
alias: Ansa | Italian news agency ANSA | Agenzia Nazionale Stampa Associata
type: media
country: ITA

[organisation sabc]
name: South African Broadcasting Corporation
code: ZAFMED
alias: SABC
type: media
country: ZAF

# ---------------------------------------------------------------------------------------------------------------
# Companies news treats as actors (country + BUS)
# ---------------------------------------------------------------------------------------------------------------

[organisation gazprom]
name: Gazprom
code: RUSBUS
alias: Russian gas giant Gazprom | Gazprom Export | Gazprom Neft
type: business
country: RUS

[organisation rosneft]
name: Rosneft
code: RUSBUS
alias: Russian state oil company Rosneft
type: business
country: RUS

[organisation lukoil]
name: Lukoil
code: RUSBUS
alias: LUKOIL
type: business
country: RUS

[organisation novatek]
name: Novatek
code: RUSBUS
type: business
country: RUS

[organisation transneft]
name: Transneft
code: RUSBUS
type: business
country: RUS

[organisation rosatom]
name: Rosatom
code: RUSBUS
alias: Russian state nuclear corporation Rosatom | Russia's state nuclear company
type: business
country: RUS

[organisation rostec]
name: Rostec
code: RUSBUS
alias: Russian state conglomerate Rostec
type: business
country: RUS

[organisation sberbank]
name: Sberbank
code: RUSBUS
alias: Sber
type: business
country: RUS

[organisation vtb]
name: VTB Bank
code: RUSBUS
alias: VTB
type: business
country: RUS

[organisation naftogaz]
name: Naftogaz
code: UKRBUS
alias: Naftogaz of Ukraine | Ukrainian state energy company Naftogaz
type: business
country: UKR

[organisation energoatom]
name: Energoatom
code: UKRBUS
alias: Ukraine's state nuclear company | Ukrainian nuclear operator Energoatom
type: business
country: UKR

[organisation ukrenergo]
name: Ukrenergo
code: UKRBUS
alias: Ukraine's grid operator | Ukrainian grid operator Ukrenergo
type: business
country: UKR

[organisation dtek]
name: DTEK
code: UKRBUS
type: business
country: UKR

[organisation saudi-aramco]
name: Saudi Aramco
code: SAUBUS
alias: Aramco | Saudi Arabian Oil Company | Saudi state oil company
type: business
country: SAU

[organisation pif]
name: Public Investment Fund
code: SAUBUS
alias: PIF | Saudi Public Investment Fund | Saudi sovereign wealth fund
type: business
country: SAU

[organisation adnoc]
name: Abu Dhabi National Oil Company
code: AREBUS
alias: ADNOC | Adnoc
type: business
country: ARE

[organisation qatarenergy]
name: QatarEnergy
code: QATBUS
alias: Qatar Petroleum | QatarEnergy LNG
type: business
country: QAT

[organisation nioc]
name: National Iranian Oil Company
code: IRNBUS
alias: NIOC
type: business
country: IRN

[organisation kpc]
name: Kuwait Petroleum Corporation
code: KWTBUS
alias: KPC
type: business
country: KWT

[organisation sonatrach]
name: Sonatrach
code: DZABUS
alias: Algerian state energy company Sonatrach
type: business
country: DZA

[organisation nnpc]
name: Nigerian National Petroleum Company
code: NGABUS
alias: NNPC | NNPC Ltd | Nigerian National Petroleum Corporation
type: business
country: NGA

[organisation petrobras]
name: Petrobras
code: BRABUS
alias: Petróleo Brasileiro | Petroleo Brasileiro
type: business
country: BRA

[organisation pdvsa]
name: PDVSA
code: VENBUS
alias: Petróleos de Venezuela | Petroleos de Venezuela | Venezuelan state oil company
type: business
country: VEN

[organisation pemex]
name: Pemex
code: MEXBUS
alias: Petróleos Mexicanos | Petroleos Mexicanos | Mexican state oil company
type: business
country: MEX

[organisation cnpc]
name: China National Petroleum Corporation
code: CHNBUS
alias: CNPC | PetroChina
type: business
country: CHN

[organisation sinopec]
name: Sinopec
code: CHNBUS
alias: China Petroleum & Chemical Corporation | China Petrochemical Corporation
type: business
country: CHN

[organisation cnooc]
name: CNOOC
code: CHNBUS
alias: China National Offshore Oil Corporation
type: business
country: CHN

[organisation huawei]
name: Huawei
code: CHNBUS
alias: Huawei Technologies | Chinese tech giant Huawei
type: business
country: CHN

[organisation zte]
name: ZTE
code: CHNBUS
alias: ZTE Corporation | ZTE Corp
type: business
country: CHN

[organisation bytedance]
name: ByteDance
code: CHNBUS
alias: Bytedance | TikTok owner ByteDance
type: business
country: CHN

[organisation tiktok]
name: TikTok
code: CHNBUS
alias: Tiktok
type: business
country: CHN

[organisation smic]
name: Semiconductor Manufacturing International Corporation
code: CHNBUS
alias: SMIC
type: business
country: CHN

[organisation cosco]
name: COSCO Shipping
code: CHNBUS
alias: COSCO | China COSCO Shipping | China Ocean Shipping Company
type: business
country: CHN

[organisation byd]
name: BYD
code: CHNBUS
alias: BYD Auto | Chinese carmaker BYD
type: business
country: CHN

[organisation samsung]
name: Samsung
code: KORBUS
alias: Samsung Electronics | Samsung Group
type: business
country: KOR

[organisation hyundai]
name: Hyundai
code: KORBUS
alias: Hyundai Motor | Hyundai Motor Company | Hyundai Motor Group
type: business
country: KOR

[organisation hanwha]
name: Hanwha
code: KORBUS
alias: Hanwha Aerospace | Hanwha Group | Hanwha Ocean
type: business
country: KOR

[organisation tsmc]
name: Taiwan Semiconductor Manufacturing Company
code: TWNBUS
alias: TSMC | Taiwan Semiconductor Manufacturing Co | Taiwan Semiconductor
type: business
country: TWN

[organisation foxconn]
name: Foxconn
code: TWNBUS
alias: Hon Hai Precision Industry | Hon Hai
type: business
country: TWN

[organisation equinor]
name: Equinor
code: NORBUS
alias: Statoil | Norwegian state energy company Equinor
type: business
country: NOR

[organisation adani-group]
name: Adani Group
code: INDBUS
alias: Adani conglomerate | Adani Enterprises
type: business
country: IND

[organisation reliance-industries]
name: Reliance Industries
code: INDBUS
alias: Reliance Industries Ltd | RIL
type: business
country: IND

[organisation baykar]
name: Baykar
code: TURBUS
alias: Turkish drone maker Baykar
type: business
country: TUR

[organisation elbit-systems]
name: Elbit Systems
code: ISRBUS
alias: Elbit
type: business
country: ISR

[organisation israel-aerospace-industries]
name: Israel Aerospace Industries
code: ISRBUS
alias: IAI
type: business
country: ISR

[organisation nso-group]
name: NSO Group
code: ISRBUS
alias: Israeli spyware maker NSO Group | NSO
type: business
country: ISR

[organisation boeing]
name: Boeing
code: USABUS
alias: Boeing Co
type: business
country: USA

[organisation lockheed-martin]
name: Lockheed Martin
code: USABUS
alias: Lockheed | Lockheed Martin Corp
type: business
country: USA

[organisation rtx]
name: RTX
code: USABUS
alias: Raytheon | Raytheon Technologies | RTX Corp
type: business
country: USA

[organisation spacex]
name: SpaceX
code: USABUS
alias: Space Exploration Technologies
type: business
country: USA

[organisation starlink]
name: Starlink
code: USABUS
alias: SpaceX's Starlink | Starlink satellite network
type: business
country: USA

[organisation nvidia]
name: Nvidia
code: USABUS
alias: NVIDIA | Nvidia Corp
type: business
country: USA

[organisation exxonmobil]
name: ExxonMobil
code: USABUS
alias: Exxon Mobil | Exxon
type: business
country: USA

[organisation chevron]
name: Chevron
code: USABUS
alias: Chevron Corp
type: business
country: USA

[organisation shell]
name: Shell plc
code: GBRBUS
alias: Royal Dutch Shell | oil major Shell | Shell oil company
type: business
country: GBR

[organisation bp]
name: BP
code: GBRBUS
alias: BP plc | British Petroleum
type: business
country: GBR

[organisation totalenergies]
name: TotalEnergies
code: FRABUS
alias: French energy giant TotalEnergies
type: business
country: FRA

[organisation rheinmetall]
name: Rheinmetall
code: DEUBUS
alias: German arms maker Rheinmetall
type: business
country: DEU

[organisation bnp-paribas]
name: BNP Paribas
code: FRABUS
alias: French bank BNP Paribas
type: business
country: FRA

[organisation mitsubishi-heavy-industries]
name: Mitsubishi Heavy Industries
code: JPNBUS
alias: MHI
type: business
country: JPN

# People named often in 2015-2026 news who are not in the other people files: heads of international organisations
# and their organs (IAEA, ICC, ICJ, UN agencies and UN envoys, regional bodies, financial institutions), ministers
# and security officials missing elsewhere, and leaders of armed groups, militias and oppositions in conflict
# countries.
#
# Written for Dyad from public facts of record. Each role runs from the first day in office to the day the successor
# took office (or "present", as of 2026-11-30); where the exact day is not certain the date is given to the month or
# year only. International officials carry the code of their organisation as organisations.lex spells it (the IAEA
# IGOUNOIAE, the ICC IGOJUDICC, OCHA and UN envoys IGOUNO, ...); leaders of armed groups carry the code of their
# group as groups.lex spells it (Wagner RUSUAF, ISWAP NGAREBISI, ...). Leaders of transnational groups (al-Qaeda,
# Islamic State) are left out: named with their group, the group's mention takes the country where the sentence
# places it, and after their death a nationality would stand for them.

# ---------------------------------------------------------------------------------------------------------------
# International Atomic Energy Agency, OPCW
# ---------------------------------------------------------------------------------------------------------------

[person yukiya-amano]
name: Yukiya Amano
short: Amano
country: JPN
born: 1947-05-09
role: 2009-12-01 .. 2019-07-18 | IGOUNOIAE | Director General of the International Atomic Energy Agency; died in office | international-official

[person cornel-feruta]
name: Cornel Feruta
short: Feruta
country: ROU
role: 2019-07-25 .. 2019-12-03 | IGOUNOIAE | Acting Director General of the International Atomic Energy Agency | international-official

[person rafael-grossi]
name: Rafael Grossi
alias: Rafael Mariano Grossi | Rafael M. Grossi
short: Grossi
country: ARG
born: 1961-01-29
role: 2019-12-03 .. present | IGOUNOIAE | Director General of the International Atomic Energy Agency | international-official

[person ahmet-uzumcu]
name: Ahmet Üzümcü
alias: Ahmet Uzumcu
short: Üzümcü
country: TUR
role: 2010-07-25 .. 2018-07-25 | IGO | Director-General of the Organisation for the Prohibition of Chemical Weapons | international-official

[person fernando-arias]
name: Fernando Arias
alias: Fernando Arias González
country: ESP
role: 2018-07-25 .. present | IGO | Director-General of the Organisation for the Prohibition of Chemical Weapons | international-official

# ---------------------------------------------------------------------------------------------------------------
# International Criminal Court, International Court of Justice
# ---------------------------------------------------------------------------------------------------------------

[person fatou-bensouda]
name: Fatou Bensouda
alias: Fatou Bom Bensouda
short: Bensouda
country: GMB
born: 1961-01-31
role: 2012-06-16 .. 2021-06-16 | IGOJUDICC | Prosecutor of the International Criminal Court | international-official

[person karim-khan]
name: Karim Khan
alias: Karim A. A. Khan | Karim Asad Ahmad Khan | Karim Ahmad Khan
country: GBR
born: 1970-03-30
role: 2018-08 .. 2021-06 | IGOUNO | Special Adviser and Head of the UN Investigative Team for ISIL crimes (UNITAD) | international-official
role: 2021-06-16 .. present | IGOJUDICC | Prosecutor of the International Criminal Court (on leave from May 2025) | international-official

[person mame-mandiaye-niang]
name: Mame Mandiaye Niang
country: SEN
role: 2022-03-08 .. present | IGOJUDICC | Deputy Prosecutor of the International Criminal Court | international-official

[person nazhat-shameem-khan]
name: Nazhat Shameem Khan
alias: Nazhat Shameem
country: FJI
role: 2022-03-08 .. present | IGOJUDICC | Deputy Prosecutor of the International Criminal Court | international-official

[person silvia-fernandez-de-gurmendi]
name: Silvia Fernández de Gurmendi
alias: Silvia Fernandez de Gurmendi | Silvia Alejandra Fernández de Gurmendi
country: ARG
role: 2015-03-11 .. 2018-03-11 | IGOJUDICC | President of the International Criminal Court | judge, international-official

[person chile-eboe-osuji]
name: Chile Eboe-Osuji
short: Eboe-Osuji
country: NGA
role: 2018-03-11 .. 2021-03-11 | IGOJUDICC | President of the International Criminal Court | judge, international-official

[person piotr-hofmanski]
name: Piotr Hofmański
alias: Piotr Hofmanski
short: Hofmański
country: POL
role: 2021-03-11 .. 2024-03-11 | IGOJUDICC | President of the International Criminal Court | judge, international-official

[person tomoko-akane]
name: Tomoko Akane
country: JPN
role: 2024-03-11 .. present | IGOJUDICC | President of the International Criminal Court | judge, international-official

[person ronny-abraham]
name: Ronny Abraham
country: FRA
role: 2015-02-06 .. 2018-02-06 | IGOUNOJUDICJ | President of the International Court of Justice | judge, international-official

[person abdulqawi-yusuf]
name: Abdulqawi Yusuf
alias: Abdulqawi Ahmed Yusuf
country: SOM
role: 2018-02-06 .. 2021-02-08 | IGOUNOJUDICJ | President of the International Court of Justice | judge, international-official

[person joan-donoghue]
name: Joan Donoghue
alias: Joan E. Donoghue
short: Donoghue
country: USA
role: 2010-09-09 .. 2021-02-08 | IGOUNOJUDICJ | Judge of the International Court of Justice | judge, international-official
role: 2021-02-08 .. 2024-02-06 | IGOUNOJUDICJ | President of the International Court of Justice | judge, international-official

[person julia-sebutinde]
name: Julia Sebutinde
short: Sebutinde
country: UGA
role: 2012-02-06 .. 2024-02-06 | IGOUNOJUDICJ | Judge of the International Court of Justice | judge, international-official
role: 2024-02-06 .. present | IGOUNOJUDICJ | Vice-President of the International Court of Justice (acting President January to March 2025) | judge, international-official

[person yuji-iwasawa]
name: Yuji Iwasawa
short: Iwasawa
country: JPN
role: 2018-06-22 .. 2025-03-03 | IGOUNOJUDICJ | Judge of the International Court of Justice | judge, international-official
role: 2025-03-03 .. present | IGOUNOJUDICJ | President of the International Court of Justice | judge, international-official

# ---------------------------------------------------------------------------------------------------------------
# UN humanitarian and human-rights bodies (OCHA, UNHCR, UNRWA, UNICEF, WFP, OHCHR, IOM, UNDP, UNEP, UNESCO, FAO)
# ---------------------------------------------------------------------------------------------------------------

[person stephen-obrien]
name: Stephen O'Brien
country: GBR
role: 2015-06-01 .. 2017-09-01 | IGOUNO | UN Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator | international-official

[person mark-lowcock]
name: Mark Lowcock
short: Lowcock
country: GBR
role: 2017-09-01 .. 2021-07-19 | IGOUNO | UN Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator | international-official

[person martin-griffiths]
name: Martin Griffiths
country: GBR
born: 1951-08-03
role: 2018-03-11 .. 2021-07-19 | IGOUNO | UN Special Envoy for Yemen | envoy
role: 2021-07-19 .. 2024-07 | IGOUNO | UN Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator | international-official

[person tom-fletcher]
name: Tom Fletcher
alias: Thomas Fletcher
country: GBR
role: 2011-08 .. 2015-12 | GBRGOV | Ambassador to Lebanon | ambassador
role: 2024-11-18 .. present | IGOUNO | UN Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator | international-official

[person filippo-grandi]
name: Filippo Grandi
short: Grandi
country: ITA
born: 1957-03-30
role: 2010-01 .. 2014-04 | IGOUNOREF | Commissioner-General of UNRWA | international-official
role: 2016-01-01 .. 2026-01-01 | IGOUNOREFHCR | United Nations High Commissioner for Refugees | international-official

[person pierre-krahenbuhl]
name: Pierre Krähenbühl
alias: Pierre Krahenbuhl | Pierre Kraehenbuehl
short: Krähenbühl
country: CHE
role: 2014-03-30 .. 2019-11-06 | IGOUNOREF | Commissioner-General of UNRWA | international-official
role: 2024-04 .. present | NGO | Director-General of the International Committee of the Red Cross | other

[person philippe-lazzarini]
name: Philippe Lazzarini
short: Lazzarini
country: CHE
born: 1964-12-01
role: 2020-04-01 .. present | IGOUNOREF | Commissioner-General of UNRWA | international-official

[person anthony-lake]
name: Anthony Lake
alias: Tony Lake
country: USA
role: 1993-01-20 .. 1997-03-14 | USAGOV | National Security Advisor | other
role: 2010-05-01 .. 2018-01-01 | IGOUNOKID | Executive Director of UNICEF | international-official

[person henrietta-fore]
name: Henrietta Fore
alias: Henrietta H. Fore
country: USA
role: 2018-01-01 .. 2022-02-01 | IGOUNOKID | Executive Director of UNICEF | international-official

[person catherine-russell]
name: Catherine Russell
alias: Catherine M. Russell
country: USA
role: 2022-02-01 .. present | IGOUNOKID | Executive Director of UNICEF | international-official

[person ertharin-cousin]
name: Ertharin Cousin
country: USA
role: 2012-04-05 .. 2017-04-05 | IGOUNOWFP | Executive Director of the World Food Programme | international-official

[person david-beasley]
name: David Beasley
alias: David M. Beasley | David Muldrow Beasley
short: Beasley
country: USA
born: 1957-02-26
role: 2017-04-05 .. 2023-04-05 | IGOUNOWFP | Executive Director of the World Food Programme | international-official

[person cindy-mccain]
name: Cindy McCain
alias: Cindy Hensley McCain
country: USA
born: 1954-05-20
role: 2021-11 .. 2023-04-05 | USAGOV | Ambassador to the UN Agencies for Food and Agriculture in Rome | ambassador
role: 2023-04-05 .. present | IGOUNOWFP | Executive Director of the World Food Programme | international-official

[person zeid-raad-al-hussein]
name: Zeid Ra'ad Al Hussein
alias: Zeid Ra'ad al-Hussein | Zeid bin Ra'ad | Prince Zeid Ra'ad | Prince Zeid bin Ra'ad Al Hussein | Zeid Raad al-Hussein
country: JOR
born: 1964-01-26
role: 2010 .. 2014-09-01 | JORGOV | Permanent Representative of Jordan to the United Nations | ambassador
role: 2014-09-01 .. 2018-09-01 | IGOUNOHRIHCH | United Nations High Commissioner for Human Rights | international-official

[person volker-turk]
name: Volker Türk
alias: Volker Turk | Volker Tuerk
country: AUT
born: 1965-06-27
role: 2022-10-17 .. present | IGOUNOHRIHCH | United Nations High Commissioner for Human Rights | international-official

[person francesca-albanese]
name: Francesca Albanese
country: ITA
born: 1977-03-30
role: 2022-05-01 .. present | IGOUNOHRI | UN Special Rapporteur on the situation of human rights in the occupied Palestinian territories | other

[person michael-lynk]
name: Michael Lynk
country: CAN
role: 2016-05 .. 2022-05-01 | IGOUNOHRI | UN Special Rapporteur on the situation of human rights in the occupied Palestinian territories | other

[person william-lacy-swing]
name: William Lacy Swing
alias: William Swing
country: USA
role: 2008-10-01 .. 2018-10-01 | IGOUNOREF | Director General of the International Organization for Migration | international-official

[person antonio-vitorino]
name: António Vitorino
alias: Antonio Vitorino
short: Vitorino
country: PRT
role: 1999-09 .. 2004-11-22 | IGOEUREEC | European Commissioner for Justice and Home Affairs | international-official
role: 2018-10-01 .. 2023-10-01 | IGOUNOREF | Director General of the International Organization for Migration | international-official

[person amy-pope]
name: Amy Pope
alias: Amy E. Pope
country: USA
role: 2023-10-01 .. present | IGOUNOREF | Director General of the International Organization for Migration | international-official

[person achim-steiner]
name: Achim Steiner
country: DEU
role: 2006-06-15 .. 2016-06-15 | IGOUNOENV | Executive Director of the UN Environment Programme | international-official
role: 2017-06-19 .. 2025-06 | IGOUNODEV | Administrator of the United Nations Development Programme | international-official

[person inger-andersen]
name: Inger Andersen
country: DNK
role: 2019-06-15 .. present | IGOUNOENV | Executive Director of the UN Environment Programme | international-official

[person audrey-azoulay]
name: Audrey Azoulay
short: Azoulay
country: FRA
born: 1972-08-04
role: 2016-02-11 .. 2017-05-17 | FRAGOV | Minister of Culture | minister
role: 2017-11-15 .. 2025-11-15 | IGOUNODEV | Director-General of UNESCO | international-official

[person khaled-el-enany]
name: Khaled El-Enany
alias: Khaled el-Anany | Khaled Anany | Khaled al-Enany
country: EGY
role: 2016-03-23 .. 2019-12-22 | EGYGOV | Minister of Antiquities | minister
role: 2019-12-22 .. 2024-07-03 | EGYGOV | Minister of Tourism and Antiquities | minister
role: 2025-11-15 .. present | IGOUNODEV | Director-General of UNESCO | international-official

[person qu-dongyu]
name: Qu Dongyu
country: CHN
role: 2019-08-01 .. present | IGOUNOAGRFAO | Director-General of the Food and Agriculture Organization | international-official

[person jose-graziano-da-silva]
name: José Graziano da Silva
alias: Jose Graziano da Silva | Graziano da Silva
country: BRA
role: 2012-01-01 .. 2019-08-01 | IGOUNOAGRFAO | Director-General of the Food and Agriculture Organization | international-official

[person winnie-byanyima]
name: Winnie Byanyima
short: Byanyima
country: UGA
role: 2013-05 .. 2019-11 | NGOXFM | Executive Director of Oxfam International | other
role: 2019-11-01 .. present | IGOUNOHLH | Executive Director of UNAIDS | international-official

[person ghada-waly]
name: Ghada Waly
country: EGY
role: 2014-03-01 .. 2019-12-22 | EGYGOV | Minister of Social Solidarity | minister
role: 2020-02 .. present | IGOUNO | Executive Director of the UN Office on Drugs and Crime | international-official

[person sima-bahous]
name: Sima Bahous
country: JOR
role: 2021-09 .. present | IGOUNODEV | Executive Director of UN Women | international-official

[person pramila-patten]
name: Pramila Patten
country: MUS
role: 2017-04 .. present | IGOUNO | UN Special Representative of the Secretary-General on Sexual Violence in Conflict | international-official

# ---------------------------------------------------------------------------------------------------------------
# UN Secretariat and UN envoys (Syria, Yemen, Libya, Middle East, Iraq, Sudan, Western Sahara)
# ---------------------------------------------------------------------------------------------------------------

[person rosemary-dicarlo]
name: Rosemary DiCarlo
alias: Rosemary A. DiCarlo
short: DiCarlo
country: USA
role: 2018-05 .. present | IGOUNO | UN Under-Secretary-General for Political and Peacebuilding Affairs | international-official

[person jeffrey-feltman]
name: Jeffrey Feltman
alias: Jeffrey D. Feltman | Jeff Feltman
short: Feltman
country: USA
role: 2009-08 .. 2012-05 | USAGOV | Assistant Secretary of State for Near Eastern Affairs | other
role: 2012-07 .. 2018-04 | IGOUNO | UN Under-Secretary-General for Political Affairs | international-official
role: 2021-04 .. 2022-01 | USAGOV | Special Envoy for the Horn of Africa | envoy

[person jean-pierre-lacroix]
name: Jean-Pierre Lacroix
country: FRA
role: 2017-04-01 .. present | IGOUNOPKO | UN Under-Secretary-General for Peace Operations | international-official

[person staffan-de-mistura]
name: Staffan de Mistura
short: de Mistura
country: SWE
born: 1947-01-25
role: 2014-07-10 .. 2019-01-07 | IGOUNO | UN Special Envoy for Syria | envoy
role: 2021-11-01 .. present | IGOUNO | Personal Envoy of the UN Secretary-General for Western Sahara | envoy

[person geir-pedersen]
name: Geir Pedersen
alias: Geir Otto Pedersen
country: NOR
born: 1955-09-28
role: 2019-01-07 .. 2025-09 | IGOUNO | UN Special Envoy for Syria | envoy

[person ismail-ould-cheikh-ahmed]
name: Ismail Ould Cheikh Ahmed
alias: Ismail Ould Cheikh | Ismail Ould Sheikh Ahmed
country: MRT
role: 2015-04-25 .. 2018-03-11 | IGOUNO | UN Special Envoy for Yemen | envoy
role: 2018-10 .. 2022-03 | MRTGOV | Minister of Foreign Affairs | foreign-minister

[person hans-grundberg]
name: Hans Grundberg
short: Grundberg
country: SWE
role: 2019-09 .. 2021-08 | IGOEUREEC | EU Ambassador to Yemen | ambassador
role: 2021-09-01 .. present | IGOUNO | UN Special Envoy for Yemen | envoy

[person bernardino-leon]
name: Bernardino León
alias: Bernardino Leon | Bernardino León Gross
country: ESP
role: 2014-09-01 .. 2015-11-17 | IGOUNO | UN Special Representative for Libya and head of UNSMIL | envoy

[person martin-kobler]
name: Martin Kobler
short: Kobler
country: DEU
role: 2011-10 .. 2013-07 | IGOUNO | UN Special Representative for Iraq and head of UNAMI | envoy
role: 2013-08 .. 2015-10 | IGOUNOPKO | UN Special Representative for the DR Congo and head of MONUSCO | envoy
role: 2015-11-17 .. 2017-06-22 | IGOUNO | UN Special Representative for Libya and head of UNSMIL | envoy

[person ghassan-salame]
name: Ghassan Salamé
alias: Ghassan Salame | Ghassan Salameh
short: Salamé
country: LBN
born: 1951-05-10
role: 2000-10 .. 2003-04 | LBNGOV | Minister of Culture | minister
role: 2017-06-22 .. 2020-03-01 | IGOUNO | UN Special Representative for Libya and head of UNSMIL | envoy
role: 2025-02-08 .. present | LBNGOV | Minister of Culture | minister

[person stephanie-williams]
name: Stephanie Williams
alias: Stephanie Turco Williams
country: USA
role: 2018-07 .. 2020-03-01 | IGOUNO | UN Deputy Special Representative for Political Affairs in Libya | envoy
role: 2020-03-01 .. 2021-02-08 | IGOUNO | Acting UN Special Representative for Libya and head of UNSMIL | envoy
role: 2021-12-06 .. 2022-08 | IGOUNO | Special Adviser to the UN Secretary-General on Libya | envoy

[person jan-kubis]
name: Ján Kubiš
alias: Jan Kubis
short: Kubiš
country: SVK
born: 1952-11-12
role: 2006-07-04 .. 2009-01-26 | SVKGOV | Minister of Foreign Affairs | foreign-minister
role: 2011-12 .. 2015-01 | IGOUNO | UN Special Representative for Afghanistan and head of UNAMA | envoy
role: 2015-02 .. 2018-12 | IGOUNO | UN Special Representative for Iraq and head of UNAMI | envoy
role: 2019-01 .. 2021-01 | IGOUNO | UN Special Coordinator for Lebanon | envoy
role: 2021-02-08 .. 2021-12-10 | IGOUNO | UN Special Envoy for Libya and head of UNSMIL | envoy

[person abdoulaye-bathily]
name: Abdoulaye Bathily
short: Bathily
country: SEN
born: 1947-02-14
role: 2022-10 .. 2024-06 | IGOUNO | UN Special Representative for Libya and head of UNSMIL | envoy

[person stephanie-koury]
name: Stephanie Koury
country: USA
role: 2024-06 .. 2025-02 | IGOUNO | Acting UN Special Representative for Libya and head of UNSMIL | envoy

[person hanna-tetteh]
name: Hanna Tetteh
alias: Hanna Serwaa Tetteh
short: Tetteh
country: GHA
role: 2013-02 .. 2017-01 | GHAGOV | Minister of Foreign Affairs | foreign-minister
role: 2025-02 .. present | IGOUNO | UN Special Representative for Libya and head of UNSMIL | envoy

[person nickolay-mladenov]
name: Nickolay Mladenov
alias: Nikolay Mladenov | Nickolay Evtimov Mladenov
short: Mladenov
country: BGR
born: 1972-05-05
role: 2010-01-27 .. 2013-03-13 | BGRGOV | Minister of Foreign Affairs | foreign-minister
role: 2013-08 .. 2015-02 | IGOUNO | UN Special Representative for Iraq and head of UNAMI | envoy
role: 2015-02 .. 2021-01 | IGOUNO | UN Special Coordinator for the Middle East Peace Process | envoy

[person tor-wennesland]
name: Tor Wennesland
short: Wennesland
country: NOR
role: 2021-01 .. 2025-01 | IGOUNO | UN Special Coordinator for the Middle East Peace Process | envoy

[person jeanine-hennis-plasschaert]
name: Jeanine Hennis-Plasschaert
alias: Jeanine Hennis | Jeanine Antoinette Hennis-Plasschaert
short: Hennis-Plasschaert
country: NLD
born: 1973-04-07
role: 2012-11-05 .. 2017-10-04 | NLDGOV | Minister of Defence | defence-minister
role: 2018-12 .. 2024-05 | IGOUNO | UN Special Representative for Iraq and head of UNAMI | envoy
role: 2024-05 .. present | IGOUNO | UN Special Coordinator for Lebanon | envoy

[person volker-perthes]
name: Volker Perthes
short: Perthes
country: DEU
role: 2021-02 .. 2023-09 | IGOUNO | UN Special Representative for Sudan and head of UNITAMS | envoy

[person christopher-ross]
name: Christopher Ross
alias: Christopher W. S. Ross
country: USA
role: 2009-01 .. 2017-03 | IGOUNO | Personal Envoy of the UN Secretary-General for Western Sahara | envoy

# ---------------------------------------------------------------------------------------------------------------
# Regional organisations: ECOWAS, ASEAN, OAS, OIC, OSCE, Council of Europe, High Representative for Bosnia
# ---------------------------------------------------------------------------------------------------------------

[person kadre-desire-ouedraogo]
name: Kadré Désiré Ouédraogo
alias: Kadre Desire Ouedraogo
country: BFA
role: 1996-02-06 .. 2000-11-07 | BFAGOV | Prime Minister of Burkina Faso | head-of-government
role: 2012-02 .. 2016-04 | IGOWAFWAS | President of the ECOWAS Commission | international-official

[person marcel-de-souza]
name: Marcel de Souza
alias: Marcel Alain de Souza
country: BEN
role: 2016-04 .. 2018-03 | IGOWAFWAS | President of the ECOWAS Commission | international-official

[person jean-claude-kassi-brou]
name: Jean-Claude Kassi Brou
alias: Jean-Claude Brou
country: CIV
role: 2018-03 .. 2022-07 | IGOWAFWAS | President of the ECOWAS Commission | international-official
role: 2022-07 .. present | IGOWAFUEM | Governor of the Central Bank of West African States (BCEAO) | international-official

[person omar-alieu-touray]
name: Omar Alieu Touray
alias: Omar Touray
short: Touray
country: GMB
role: 2022-07 .. present | IGOWAFWAS | President of the ECOWAS Commission | international-official

[person le-luong-minh]
name: Lê Lương Minh
alias: Le Luong Minh
country: VNM
role: 2013-01-01 .. 2018-01-01 | IGOSEAASN | Secretary-General of ASEAN | international-official

[person lim-jock-hoi]
name: Lim Jock Hoi
country: BRN
role: 2018-01-01 .. 2023-01-01 | IGOSEAASN | Secretary-General of ASEAN | international-official

[person kao-kim-hourn]
name: Kao Kim Hourn
country: KHM
role: 2023-01-01 .. present | IGOSEAASN | Secretary-General of ASEAN | international-official

[person luis-almagro]
name: Luis Almagro
alias: Luis Leonardo Almagro Lemes
short: Almagro
country: URY
born: 1963-06-01
role: 2010-03-01 .. 2015-03-01 | URYGOV | Minister of Foreign Affairs | foreign-minister
role: 2015-05-26 .. 2025-05-30 | IGOOAS | Secretary General of the Organization of American States | international-official

[person albert-ramdin]
name: Albert Ramdin
short: Ramdin
country: SUR
role: 2020-07-16 .. 2025-05 | SURGOV | Minister of Foreign Affairs, International Business and International Cooperation | foreign-minister
role: 2025-05-30 .. present | IGOOAS | Secretary General of the Organization of American States | international-official

[person yousef-al-othaimeen]
name: Yousef al-Othaimeen
alias: Yousef bin Ahmed al-Othaimeen | Yousef Al Othaimeen | Youssef al-Othaimeen
country: SAU
role: 2016-11 .. 2021-11 | IGOMOSOIC | Secretary-General of the Organisation of Islamic Cooperation | international-official

[person hissein-brahim-taha]
name: Hissein Brahim Taha
alias: Hussein Brahim Taha | Hissène Brahim Taha
country: TCD
role: 2021-11 .. present | IGOMOSOIC | Secretary-General of the Organisation of Islamic Cooperation | international-official

[person thomas-greminger]
name: Thomas Greminger
country: CHE
role: 2017-07-18 .. 2020-07-18 | IGOEURSCE | Secretary General of the OSCE | international-official

[person helga-schmid]
name: Helga Schmid
alias: Helga Maria Schmid
country: DEU
role: 2016-09 .. 2020-12 | IGOEUREEC | Secretary General of the European External Action Service | international-official
role: 2020-12-03 .. 2024-09 | IGOEURSCE | Secretary General of the OSCE | international-official

[person thorbjorn-jagland]
name: Thorbjørn Jagland
alias: Thorbjorn Jagland
short: Jagland
country: NOR
born: 1950-11-05
role: 1996-10-25 .. 1997-10-17 | NORGOV | Prime Minister of Norway | head-of-government
role: 2009-10-01 .. 2019-09-18 | IGOEURCOE | Secretary General of the Council of Europe | international-official

[person marija-pejcinovic-buric]
name: Marija Pejčinović Burić
alias: Marija Pejcinovic Buric
short: Pejčinović Burić
country: HRV
role: 2017-06-19 .. 2019-07-19 | HRVGOV | Minister of Foreign and European Affairs | foreign-minister
role: 2019-09-18 .. 2024-09-18 | IGOEURCOE | Secretary General of the Council of Europe | international-official

[person valentin-inzko]
name: Valentin Inzko
short: Inzko
country: AUT
role: 2009-03-26 .. 2021-08-01 | IGO | High Representative for Bosnia and Herzegovina | international-official

[person christian-schmidt]
name: Christian Schmidt
country: DEU
born: 1957-08-26
role: 2014-02-17 .. 2018-03-14 | DEUGOV | Federal Minister of Food and Agriculture | minister
role: 2021-08-01 .. present | IGO | High Representative for Bosnia and Herzegovina | international-official

[person miroslav-lajcak]
name: Miroslav Lajčák
alias: Miroslav Lajcak
short: Lajčák
country: SVK
born: 1963-03-20
role: 2007-07-01 .. 2009-01-26 | IGO | High Representative for Bosnia and Herzegovina | international-official
role: 2009-01-26 .. 2010-07-09 | SVKGOV | Minister of Foreign Affairs | foreign-minister
role: 2012-04-04 .. 2020-03-21 | SVKGOV | Minister of Foreign and European Affairs | foreign-minister
role: 2017-09-12 .. 2018-09-18 | IGOUNO | President of the United Nations General Assembly | international-official
role: 2020-04 .. 2025-01 | IGOEUREEC | EU Special Representative for the Belgrade-Pristina Dialogue | envoy

# ---------------------------------------------------------------------------------------------------------------
# International financial and economic institutions (IMF, World Bank, WTO, OECD, OPEC, IEA), Interpol, EU
# ---------------------------------------------------------------------------------------------------------------

[person kristalina-georgieva]
name: Kristalina Georgieva
alias: Kristalina Ivanova Georgieva
short: Georgieva
country: BGR
born: 1953-08-13
role: 2010-02-10 .. 2014-11-01 | IGOEUREEC | European Commissioner for International Cooperation, Humanitarian Aid and Crisis Response | international-official
role: 2014-11-01 .. 2017-01-01 | IGOEUREEC | Vice-President of the European Commission for Budget and Human Resources | international-official
role: 2017-01-02 .. 2019-10-01 | IGOUNODEVWBK | Chief Executive Officer of the World Bank (interim President February to April 2019) | international-official
role: 2019-10-01 .. present | IGOBUSIMF | Managing Director of the International Monetary Fund | international-official

[person jim-yong-kim]
name: Jim Yong Kim
country: USA
born: 1959-12-08
role: 2012-07-01 .. 2019-02-01 | IGOUNODEVWBK | President of the World Bank | international-official

[person david-malpass]
name: David Malpass
alias: David R. Malpass
short: Malpass
country: USA
born: 1956-03-08
role: 2017-08 .. 2019-04-09 | USAGOV | Under Secretary of the Treasury for International Affairs | other
role: 2019-04-09 .. 2023-06-02 | IGOUNODEVWBK | President of the World Bank | international-official

[person ajay-banga]
name: Ajay Banga
alias: Ajaypal Singh Banga | Ajay Pal Singh Banga
short: Banga
country: USA
born: 1959-11-10
role: 2023-06-02 .. present | IGOUNODEVWBK | President of the World Bank | international-official

[person roberto-azevedo]
name: Roberto Azevêdo
alias: Roberto Azevedo | Roberto Carvalho de Azevêdo
short: Azevêdo
country: BRA
born: 1957-10-03
role: 2013-09-01 .. 2020-09-01 | IGOBUSWTO | Director-General of the World Trade Organization | international-official

[person ngozi-okonjo-iweala]
name: Ngozi Okonjo-Iweala
alias: Ngozi Okonjo Iweala
short: Okonjo-Iweala
country: NGA
born: 1954-06-13
role: 2003-07 .. 2006-06 | NGAGOV | Minister of Finance | finance-minister
role: 2006-06 .. 2006-08 | NGAGOV | Minister of Foreign Affairs | foreign-minister
role: 2011-08-17 .. 2015-05-29 | NGAGOV | Coordinating Minister for the Economy and Minister of Finance | finance-minister
role: 2021-03-01 .. present | IGOBUSWTO | Director-General of the World Trade Organization | international-official

[person angel-gurria]
name: Ángel Gurría
alias: Angel Gurria | José Ángel Gurría
short: Gurría
country: MEX
role: 1994-12-29 .. 1998-01-07 | MEXGOV | Secretary of Foreign Affairs | foreign-minister
role: 1998-01-07 .. 2000-11-30 | MEXGOV | Secretary of Finance and Public Credit | finance-minister
role: 2006-06-01 .. 2021-06-01 | IGOWSTBUS | Secretary-General of the OECD | international-official

[person mathias-cormann]
name: Mathias Cormann
short: Cormann
country: AUS
born: 1970-09-20
role: 2013-09-18 .. 2020-10-30 | AUSGOV | Minister for Finance | finance-minister
role: 2021-06-01 .. present | IGOWSTBUS | Secretary-General of the OECD | international-official

[person mohammed-barkindo]
name: Mohammed Barkindo
alias: Mohammed Sanusi Barkindo | Mohammad Barkindo
short: Barkindo
country: NGA
role: 2016-08-01 .. 2022-07-05 | IGOBUSOPC | Secretary General of OPEC; died in office | international-official

[person haitham-al-ghais]
name: Haitham al-Ghais
alias: Haitham Al Ghais | Haitham al Ghais
country: KWT
role: 2022-08-01 .. present | IGOBUSOPC | Secretary General of OPEC | international-official

[person fatih-birol]
name: Fatih Birol
short: Birol
country: TUR
born: 1958-03-22
role: 2015-09-01 .. present | IGOAIE | Executive Director of the International Energy Agency | international-official

[person jurgen-stock]
name: Jürgen Stock
alias: Jurgen Stock | Juergen Stock
country: DEU
role: 2014-11-07 .. 2024-11-07 | IGOCOPITP | Secretary General of Interpol | international-official

[person valdecy-urquiza]
name: Valdecy Urquiza
country: BRA
role: 2024-11-07 .. present | IGOCOPITP | Secretary General of Interpol | international-official

[person meng-hongwei]
name: Meng Hongwei
country: CHN
role: 2004 .. 2018-10 | CHNGOV | Vice Minister of Public Security | other
role: 2016-11-10 .. 2018-10-07 | IGOCOPITP | President of Interpol; detained in China | international-official

[person valdis-dombrovskis]
name: Valdis Dombrovskis
short: Dombrovskis
country: LVA
born: 1971-08-05
role: 2009-03-12 .. 2014-01-22 | LVAGOV | Prime Minister of Latvia | head-of-government
role: 2014-11-01 .. 2019-12-01 | IGOEUREEC | Vice-President of the European Commission for the Euro and Social Dialogue | international-official
role: 2019-12-01 .. 2024-12-01 | IGOEUREEC | Executive Vice-President of the European Commission; Commissioner for Trade from August 2020 | international-official
role: 2024-12-01 .. present | IGOEUREEC | European Commissioner for Economy and Productivity | international-official

# ---------------------------------------------------------------------------------------------------------------
# Ministers and security officials missing from the national files
# ---------------------------------------------------------------------------------------------------------------

[person bezalel-smotrich]
name: Bezalel Smotrich
alias: Betzalel Smotrich
short: Smotrich
country: ISR
born: 1980-02-27
role: 2019-06-17 .. 2020-05-17 | ISRGOV | Minister of Transport | minister
role: 2022-12-29 .. present | ISRGOV | Minister of Finance (also minister in the Defence Ministry from 2023) | finance-minister

[person itamar-ben-gvir]
name: Itamar Ben-Gvir
alias: Itamar Ben Gvir | Itamar Ben-Gavir
short: Ben-Gvir
country: ISR
born: 1976-05-06
role: 2022-12-29 .. 2025-01-21 | ISRGOV | Minister of National Security | minister
role: 2025-03-19 .. present | ISRGOV | Minister of National Security | minister

[person ron-dermer]
name: Ron Dermer
alias: Ronald Dermer
short: Dermer
country: ISR
born: 1971-04-16
role: 2013-09 .. 2021-01 | ISRGOV | Ambassador to the United States | ambassador
role: 2022-12-29 .. 2025-11 | ISRGOV | Minister of Strategic Affairs | minister

[person tzachi-hanegbi]
name: Tzachi Hanegbi
alias: Tzahi Hanegbi | Tzachi Hanegbi
short: Hanegbi
country: ISR
born: 1957-02-26
role: 2023-01 .. 2025-10 | ISRGOV | National Security Adviser and head of the National Security Council | other

[person mohammed-bin-ahmed-al-bowardi]
name: Mohammed bin Ahmed Al Bowardi
alias: Mohammed Al Bowardi | Mohammed bin Ahmed Al Bawardi | Mohammed Ahmed Al Bowardi
country: ARE
role: 2016-02-10 .. present | AREGOV | Minister of State for Defence Affairs | defence-minister

[person anwar-gargash]
name: Anwar Gargash
alias: Anwar Mohammed Gargash | Anwar bin Mohammed Gargash
short: Gargash
country: ARE
born: 1959
role: 2008-02 .. 2021-02 | AREGOV | Minister of State for Foreign Affairs | minister
role: 2021-02 .. present | AREGOV | Diplomatic Adviser to the President of the UAE | other

[person majed-al-ansari]
name: Majed al-Ansari
alias: Majed Al Ansari | Majed bin Mohammed al-Ansari
country: QAT
role: 2022-03 .. present | QATGOV | Spokesman of the Ministry of Foreign Affairs and adviser to the Prime Minister | other

[person khaled-al-obeidi]
name: Khaled al-Obeidi
alias: Khalid al-Obaidi | Khaled al-Obaidi | Khalid al-Obeidi
country: IRQ
role: 2014-10-18 .. 2016-08-25 | IRQGOVMIL | Minister of Defence | defence-minister

[person erfan-al-hiyali]
name: Erfan al-Hiyali
alias: Irfan al-Hayali | Erfan al-Hayali | Irfan al-Hiyali
country: IRQ
role: 2017-01-30 .. 2018-10-25 | IRQGOVMIL | Minister of Defence | defence-minister

[person abdullah-hussain-haroon]
name: Abdullah Hussain Haroon
alias: Abdullah Haroon
country: PAK
role: 2008-09 .. 2012-09 | PAKGOV | Permanent Representative of Pakistan to the United Nations | ambassador
role: 2018-06 .. 2018-08-20 | PAKGOV | Caretaker Minister of Foreign Affairs | foreign-minister

[person omar-gamareldin]
name: Omar Gamareldin
alias: Omar Gamaledin | Omar Qamar al-Din | Omar Gamar Eldin Ismail | Omar Gamareldin Ismail
country: SDN
role: 2020-07-09 .. 2021-02-08 | SDNGOV | Acting Minister of Foreign Affairs | foreign-minister

[person shams-al-din-kabbashi]
name: Shams al-Din Kabbashi
alias: Shamseldin Kabbashi | Shams El Din Kabbashi | Shams al-Din al-Kabbashi | Shamsedin Kabashi | Shams al-Din Kabashi
short: Kabbashi
country: SDN
role: 2019-04-12 .. 2019-08-21 | SDNMIL | Member and spokesman of the Transitional Military Council | other
role: 2019-08-21 .. present | SDNGOV | Member of the Transitional Sovereignty Council; deputy commander-in-chief of the armed forces | other

[person yasser-al-atta]
name: Yasser al-Atta
alias: Yasir al-Atta | Yasser al-Ata | Yassir al-Atta
country: SDN
role: 2019-08-21 .. present | SDNGOV | Member of the Transitional Sovereignty Council; assistant commander-in-chief of the armed forces | other

[person sergei-surovikin]
name: Sergei Surovikin
alias: Sergey Surovikin | Sergei Vladimirovich Surovikin
short: Surovikin
country: RUS
born: 1966-10-11
role: 2017-11-22 .. 2022-10-08 | RUSMIL | Commander-in-Chief of the Aerospace Forces | military-chief
role: 2022-10-08 .. 2023-01-11 | RUSMIL | Commander of the Joint Group of Forces in Ukraine and of the Aerospace Forces | military-chief
role: 2023-01-11 .. 2023-08-23 | RUSMIL | Commander-in-Chief of the Aerospace Forces and deputy commander in Ukraine | military-chief

# ---------------------------------------------------------------------------------------------------------------
# Wagner Group and the Russian-installed leaders in eastern Ukraine
# ---------------------------------------------------------------------------------------------------------------

[person yevgeny-prigozhin]
name: Yevgeny Prigozhin
alias: Yevgeniy Prigozhin | Evgeny Prigozhin | Yevgeny Viktorovich Prigozhin | Evgeniy Prigozhin
short: Prigozhin
country: RUS
born: 1961-06-01
role: 2014-05 .. 2023-06-23 | RUSUAF | Founder and head of the Wagner Group | other
role: 2023-06-23 .. 2023-06-25 | RUSREB | Leader of the Wagner Group's armed mutiny | rebel-leader
role: 2023-06-25 .. 2023-08-23 | RUSUAF | Founder and head of the Wagner Group | other

[person dmitry-utkin]
name: Dmitry Utkin
alias: Dmitriy Utkin | Dmitri Utkin
short: Utkin
country: RUS
born: 1970-06-11
role: 2014-05 .. 2023-08-23 | RUSUAF | Co-founder and military commander of the Wagner Group | military-chief

[person igor-girkin]
name: Igor Girkin
alias: Igor Strelkov | Igor Vsevolodovich Girkin
short: Girkin | Strelkov
country: RUS
born: 1970-12-17
role: 2014-05-16 .. 2014-08-14 | UKRSEP | Defence minister and military commander of the Donetsk People's Republic | military-chief

[person alexander-zakharchenko]
name: Alexander Zakharchenko
alias: Aleksandr Zakharchenko | Oleksandr Zakharchenko
short: Zakharchenko
country: UKR
born: 1976-06-26
role: 2014-08-07 .. 2018-08-31 | UKRSEP | Head of the Donetsk People's Republic; killed in office | head-of-state

[person denis-pushilin]
name: Denis Pushilin
alias: Denys Pushylin
short: Pushilin
country: UKR
born: 1981-05-09
role: 2018-09-07 .. 2022-09-30 | UKRSEP | Head of the Donetsk People's Republic | head-of-state
role: 2022-09-30 .. present | RUSGOV | Russian-installed head of the Donetsk People's Republic | other

[person igor-plotnitsky]
name: Igor Plotnitsky
alias: Ihor Plotnytskyi
short: Plotnitsky
country: UKR
role: 2014-08-14 .. 2017-11-24 | UKRSEP | Head of the Luhansk People's Republic | head-of-state

[person leonid-pasechnik]
name: Leonid Pasechnik
alias: Leonid Pasichnyk
short: Pasechnik
country: UKR
born: 1970-03-15
role: 2017-11-24 .. 2022-09-30 | UKRSEP | Head of the Luhansk People's Republic | head-of-state
role: 2022-09-30 .. present | RUSGOV | Russian-installed head of the Luhansk People's Republic | other

# ---------------------------------------------------------------------------------------------------------------
# Jihadist leaders: Islamic State, al-Qaeda, Boko Haram, JNIM
# ---------------------------------------------------------------------------------------------------------------

[person abubakar-shekau]
name: Abubakar Shekau
alias: Abubakar Muhammad Shekau | Abu Bakr Shekau
short: Shekau
country: NGA
role: 2009-07 .. 2021-05-19 | NGAREB | Leader of Boko Haram | rebel-leader

[person abu-musab-al-barnawi]
name: Abu Musab al-Barnawi
alias: Habib Yusuf | Abu Musab Al Barnawi
short: al-Barnawi
country: NGA
role: 2016-08 .. 2019-03 | NGAREBISI | Leader of Islamic State West Africa Province | rebel-leader

[person iyad-ag-ghaly]
name: Iyad Ag Ghaly
alias: Iyad ag Ghali | Iyad Ag Aghaly
short: Ag Ghaly
country: MLI
born: 1954
role: 2011-12 .. 2017-03-02 | MLIREB | Founder and leader of Ansar Dine | rebel-leader
role: 2017-03-02 .. present | MLIREBALQ | Leader of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) | rebel-leader

[person amadou-koufa]
name: Amadou Koufa
alias: Amadou Kouffa | Amadou Diallo Koufa
short: Koufa
country: MLI
role: 2015-01 .. 2017-03-02 | MLIREB | Founder and leader of the Macina Liberation Front (Katiba Macina) | rebel-leader
role: 2017-03-02 .. present | MLIREBALQ | Leader of Katiba Macina within JNIM | rebel-leader

# ---------------------------------------------------------------------------------------------------------------
# Iraq, Turkey and the Kurds, Palestinians, Yemen
# ---------------------------------------------------------------------------------------------------------------

[person muqtada-al-sadr]
name: Muqtada al-Sadr
alias: Moqtada al-Sadr | Muqtada Sadr | Moqtada Sadr
short: Sadr | al-Sadr
country: IRQ
born: 1974-08-04
role: 2003-04 .. present | IRQPTY | Leader of the Sadrist movement | party-leader, religious-leader

[person abu-mahdi-al-muhandis]
name: Abu Mahdi al-Muhandis
alias: Jamal Jaafar Ibrahim | Abu Mahdi al Muhandis | Jamal Jafaar Mohammed Ali Ebrahim
short: Muhandis | al-Muhandis
country: IRQ
born: 1954-07-01
role: 2014-06 .. 2020-01-03 | IRQUAF | Deputy chairman of the Popular Mobilization Forces and leader of Kataib Hezbollah | military-chief

[person qais-al-khazali]
name: Qais al-Khazali
alias: Qais Khazali | Qays al-Khazali | Qais al-Khazaali
short: Khazali | al-Khazali
country: IRQ
born: 1974
role: 2007 .. present | IRQUAF | Leader of Asaib Ahl al-Haq | rebel-leader

[person bafel-talabani]
name: Bafel Talabani
alias: Bafel Jalal Talabani | Pavel Talabani
country: IRQ
role: 2020-02 .. present | IRQPTY | Leader of the Patriotic Union of Kurdistan (co-leader until 2021) | party-leader

[person abdullah-ocalan]
name: Abdullah Öcalan
alias: Abdullah Ocalan | Apo
short: Öcalan
country: TUR
born: 1949-04-04
role: 1978-11-27 .. present | TURREB | Founder and leader of the Kurdistan Workers' Party (PKK), imprisoned since 1999 | rebel-leader

[person murat-karayilan]
name: Murat Karayılan
alias: Murat Karayilan
short: Karayılan
country: TUR
born: 1954
role: 2013-07 .. present | TURREB | Head of the PKK's armed wing (People's Defence Forces) | rebel-leader

[person selahattin-demirtas]
name: Selahattin Demirtaş
alias: Selahattin Demirtas
short: Demirtaş
country: TUR
born: 1973-04-10
role: 2014-06-22 .. 2018-02-11 | TUROPP | Co-chair of the Peoples' Democratic Party (HDP) | party-leader

[person marwan-barghouti]
name: Marwan Barghouti
alias: Marwan al-Barghouti | Marwan Barghouthi
short: Barghouti
country: PSE
born: 1959-06-06
role: 2009-08 .. present | PSEPTY | Member of the Fatah Central Committee, imprisoned in Israel since 2002 | party-leader

[person mohammed-sinwar]
name: Mohammed Sinwar
alias: Muhammad Sinwar | Mohammed al-Sinwar | Mohammad Sinwar
country: PSE
born: 1975
role: 2024-10-16 .. 2025-05-13 | PSEREBHMS | Leader of Hamas's armed wing in Gaza | rebel-leader

[person mohammed-abdulsalam]
name: Mohammed Abdulsalam
alias: Mohammed Abdul Salam | Mohamed Abdelsalam | Mohammed Abdelsalam
country: YEM
role: 2015 .. present | YEMREB | Spokesman and chief negotiator of the Houthis (Ansar Allah) | envoy

# ---------------------------------------------------------------------------------------------------------------
# Sudan, Ethiopia, the Great Lakes and Southern Africa
# ---------------------------------------------------------------------------------------------------------------

[person abdelrahim-hamdan-dagalo]
name: Abdelrahim Hamdan Dagalo
alias: Abdelrahim Dagalo | Abdel Rahim Dagalo | Abdul Rahim Hamdan Dagalo | Abdelrahim Daglo
country: SDN
role: 2019 .. 2023-04-15 | SDNMIL | Deputy Commander of the Rapid Support Forces | military-chief
role: 2023-04-15 .. present | SDNREB | Deputy Commander of the Rapid Support Forces, at war with the army | rebel-leader

[person abdelaziz-al-hilu]
name: Abdelaziz al-Hilu
alias: Abdel Aziz al-Hilu | Abdelaziz Adam al-Hilu | Abdulaziz al-Hilu
short: al-Hilu
country: SDN
role: 2017-06 .. present | SDNREB | Chairman of the Sudan People's Liberation Movement-North | rebel-leader

[person abdel-wahid-al-nur]
name: Abdel Wahid al-Nur
alias: Abdel Wahid Mohamed al-Nur | Abdul Wahid al-Nur | Abdelwahid Mohamed Nour | Abdel Wahid Nour
country: SDN
role: 2003 .. present | SDNREB | Leader of the Sudan Liberation Movement (Abdel Wahid faction) | rebel-leader

[person minni-minnawi]
name: Minni Minnawi
alias: Minni Arko Minnawi | Mini Minawi | Minni Minawi
short: Minnawi
country: SDN
role: 2010-12 .. 2020-10-03 | SDNREB | Leader of the Sudan Liberation Movement (Minnawi faction) | rebel-leader
role: 2021-08-10 .. present | SDNGOV | Governor of the Darfur Region | other

[person jibril-ibrahim]
name: Jibril Ibrahim
alias: Gibril Ibrahim | Jibril Ibrahim Mohamed
country: SDN
role: 2012-01 .. 2020-10-03 | SDNREB | Leader of the Justice and Equality Movement | rebel-leader
role: 2021-02-08 .. present | SDNGOV | Minister of Finance and Economic Planning | finance-minister

[person debretsion-gebremichael]
name: Debretsion Gebremichael
alias: Debretsion Gebremikael | Debretsion Gebre-Michael
short: Debretsion
country: ETH
role: 2018-01 .. 2020-11-04 | ETHPTY | Chairman of the Tigray People's Liberation Front and president of the Tigray Region | party-leader
role: 2020-11-04 .. 2022-11-02 | ETHREB | Chairman of the TPLF during the Tigray war | rebel-leader
role: 2022-11-02 .. present | ETHPTY | Chairman of the Tigray People's Liberation Front | party-leader

[person getachew-reda]
name: Getachew Reda
short: Getachew
country: ETH
role: 2016-11 .. 2018-04 | ETHGOV | Minister of Government Communication Affairs | minister
role: 2020-11-04 .. 2022-11-02 | ETHREB | Spokesman of the Tigray People's Liberation Front during the Tigray war | other
role: 2023-04-05 .. 2025-04-08 | ETHGOV | President of the Tigray Interim Regional Administration | other
role: 2025-04-08 .. present | ETHGOV | Minister and adviser to the Prime Minister on East African affairs | minister

[person sultani-makenga]
name: Sultani Makenga
alias: Sultani Emmanuel Makenga
short: Makenga
country: COD
role: 2012-05 .. present | CODREB | Military commander of the M23 | rebel-leader

[person martin-fayulu]
name: Martin Fayulu
alias: Martin Fayulu Madidi
short: Fayulu
country: COD
born: 1956-11-21
role: 2018-11 .. present | CODOPP | Opposition leader, president of the Engagement for Citizenship and Development (ECiDé) | opposition-leader

[person moise-katumbi]
name: Moïse Katumbi
alias: Moise Katumbi | Moïse Katumbi Chapwe
short: Katumbi
country: COD
born: 1964-12-28
role: 2007-02 .. 2015-09-29 | CODGOV | Governor of Katanga | other
role: 2019-12 .. present | CODOPP | Opposition leader, head of Ensemble pour la République | opposition-leader

[person bobi-wine]
name: Bobi Wine
alias: Robert Kyagulanyi | Robert Kyagulanyi Ssentamu
short: Kyagulanyi
country: UGA
born: 1982-02-12
role: 2017-07 .. 2020-07 | UGALEG | Member of Parliament for Kyadondo East | legislator
role: 2020-07 .. present | UGAOPP | President of the National Unity Platform | party-leader, opposition-leader

[person nelson-chamisa]
name: Nelson Chamisa
short: Chamisa
country: ZWE
born: 1978-02-02
role: 2018-02 .. 2022-01-24 | ZWEOPP | Leader of the MDC Alliance | party-leader, opposition-leader
role: 2022-01-24 .. 2024-01-25 | ZWEOPP | Leader of the Citizens Coalition for Change | party-leader, opposition-leader

# ---------------------------------------------------------------------------------------------------------------
# Afghanistan, Venezuela
# ---------------------------------------------------------------------------------------------------------------

[person zabihullah-mujahid]
name: Zabihullah Mujahid
alias: Zabiullah Mujahid | Zabihullah Mujahed
country: AFG
role: 2007 .. 2021-08-15 | AFGREB | Spokesman of the Taliban | other
role: 2021-08-15 .. present | AFGGOV | Chief spokesman of the Islamic Emirate of Afghanistan | other

[person suhail-shaheen]
name: Suhail Shaheen
alias: Sohail Shaheen | Suhail Shahin
country: AFG
role: 2019 .. 2021-08-15 | AFGREB | Spokesman of the Taliban political office in Doha | other
role: 2021-08-15 .. present | AFGGOV | Head of the Taliban political office in Doha; UN ambassador-designate | envoy

[person abdul-rashid-dostum]
name: Abdul Rashid Dostum
alias: Abdul Rashid Dostam | Rashid Dostum | Marshal Dostum
short: Dostum
country: AFG
born: 1954-03-25
role: 2014-09-29 .. 2020-02-19 | AFGGOV | First Vice President of Afghanistan | other

[person amrullah-saleh]
name: Amrullah Saleh
short: Amrullah
country: AFG
born: 1972-10-15
role: 2004 .. 2010-06 | AFGSPY | Director of the National Directorate of Security | intelligence-chief
role: 2018-12-23 .. 2019-01-19 | AFGGOV | Minister of Interior | interior-minister
role: 2020-02-19 .. 2021-08-15 | AFGGOV | First Vice President of Afghanistan | other

[person ahmad-massoud]
name: Ahmad Massoud
alias: Ahmad Shah Massoud Jr. | Ahmad Massoud Jr
country: AFG
born: 1989-07-10
role: 2021-08 .. present | AFGREB | Leader of the National Resistance Front of Afghanistan | rebel-leader

[person leopoldo-lopez]
name: Leopoldo López
alias: Leopoldo Lopez | Leopoldo Eduardo López Mendoza
country: VEN
born: 1971-04-29
role: 2009-12 .. present | VENOPP | Founder and leader of Popular Will (Voluntad Popular) | party-leader, opposition-leader

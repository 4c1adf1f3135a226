# People of the world not covered by the regional people files: heads of state and heads of government of smaller
# European, African, American, Pacific and Asian states (and Hong Kong's Chief Executive) with their dated offices,
# chiefly 2015-2026.
#
# Written for Dyad from public facts of record. Each role runs from the first day in office to the day the successor
# took office (or "present"); where the exact day is not certain the date is given to the month only. Acting and
# caretaker holders are listed only where they served for about two months or more. Heads of state and government
# carry the country code + GOV (Hong Kong: HKGGOV). In the Commonwealth realms (Jamaica, the Bahamas, Belize, Papua
# New Guinea, Solomon Islands, Tuvalu) the head of state is the British monarch (see people-americas-europe.lex); only
# the prime ministers are listed here.

# ---------------------------------------------------------------------------------------------------------------
# Ireland (IRL)
# ---------------------------------------------------------------------------------------------------------------

[person michael-d-higgins]
name: Michael D. Higgins
alias: Michael Daniel Higgins | Michael D Higgins | President Higgins
country: IRL
born: 1941-04-18
role: 2011-11-11 .. 2025-11-11 | IRLGOV | President of Ireland | head-of-state

[person catherine-connolly]
name: Catherine Connolly
country: IRL
role: 2025-11-11 .. present | IRLGOV | President of Ireland | head-of-state

[person enda-kenny]
name: Enda Kenny
country: IRL
born: 1951-04-24
role: 2011-03-09 .. 2017-06-14 | IRLGOV | Taoiseach | head-of-government

[person leo-varadkar]
name: Leo Varadkar
alias: Leo Eric Varadkar
short: Varadkar
country: IRL
born: 1979-01-18
role: 2017-06-14 .. 2020-06-27 | IRLGOV | Taoiseach | head-of-government
role: 2020-06-27 .. 2022-12-17 | IRLGOV | Tánaiste | deputy-head-of-government
role: 2022-12-17 .. 2024-04-09 | IRLGOV | Taoiseach | head-of-government

[person micheal-martin]
name: Micheál Martin
alias: Micheal Martin | Mícheál Martin
country: IRL
born: 1960-08-01
role: 2020-06-27 .. 2022-12-17 | IRLGOV | Taoiseach | head-of-government
role: 2022-12-17 .. 2025-01-23 | IRLGOV | Tánaiste and Minister for Foreign Affairs | deputy-head-of-government, foreign-minister
role: 2025-01-23 .. present | IRLGOV | Taoiseach | head-of-government

[person simon-harris]
name: Simon Harris
country: IRL
born: 1986-10-17
role: 2024-04-09 .. 2025-01-23 | IRLGOV | Taoiseach | head-of-government
role: 2025-01-23 .. present | IRLGOV | Tánaiste | deputy-head-of-government
role: 2025-01-23 .. 2025-11 | IRLGOV | Minister for Foreign Affairs of Ireland | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Slovakia (SVK)
# ---------------------------------------------------------------------------------------------------------------

[person andrej-kiska]
name: Andrej Kiska
short: Kiska
country: SVK
role: 2014-06-15 .. 2019-06-15 | SVKGOV | President of Slovakia | head-of-state

[person zuzana-caputova]
name: Zuzana Čaputová
alias: Zuzana Caputova
short: Čaputová
country: SVK
born: 1973-06-21
role: 2019-06-15 .. 2024-06-15 | SVKGOV | President of Slovakia | head-of-state

[person peter-pellegrini]
name: Peter Pellegrini
short: Pellegrini
country: SVK
born: 1975-10-06
role: 2018-03-22 .. 2020-03-21 | SVKGOV | Prime Minister of Slovakia | head-of-government
role: 2024-06-15 .. present | SVKGOV | President of Slovakia | head-of-state

[person robert-fico]
name: Robert Fico
short: Fico
country: SVK
born: 1964-09-15
role: 2006-07-04 .. 2010-07-08 | SVKGOV | Prime Minister of Slovakia | head-of-government
role: 2012-04-04 .. 2018-03-22 | SVKGOV | Prime Minister of Slovakia | head-of-government
role: 2023-10-25 .. present | SVKGOV | Prime Minister of Slovakia | head-of-government

[person igor-matovic]
name: Igor Matovič
alias: Igor Matovic
short: Matovič
country: SVK
role: 2020-03-21 .. 2021-04-01 | SVKGOV | Prime Minister of Slovakia | head-of-government

[person eduard-heger]
name: Eduard Heger
short: Heger
country: SVK
role: 2021-04-01 .. 2023-05-15 | SVKGOV | Prime Minister of Slovakia | head-of-government

# Caretaker prime minister of a technocratic government appointed by President Čaputová.
[person ludovit-odor]
name: Ľudovít Ódor
alias: Ludovit Odor
short: Ódor
country: SVK
role: 2023-05-15 .. 2023-10-25 | SVKGOV | Prime Minister of Slovakia | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Slovenia (SVN)
# ---------------------------------------------------------------------------------------------------------------

[person borut-pahor]
name: Borut Pahor
short: Pahor
country: SVN
born: 1963-11-02
role: 2008-11-21 .. 2012-02-10 | SVNGOV | Prime Minister of Slovenia | head-of-government
role: 2012-12-22 .. 2022-12-23 | SVNGOV | President of Slovenia | head-of-state

[person natasa-pirc-musar]
name: Nataša Pirc Musar
alias: Natasa Pirc Musar
short: Pirc Musar
country: SVN
role: 2022-12-23 .. present | SVNGOV | President of Slovenia | head-of-state

[person miro-cerar]
name: Miro Cerar
alias: Miroslav Cerar
short: Cerar
country: SVN
role: 2014-09-18 .. 2018-09-13 | SVNGOV | Prime Minister of Slovenia | head-of-government

[person marjan-sarec]
name: Marjan Šarec
alias: Marjan Sarec
short: Šarec
country: SVN
role: 2018-09-13 .. 2020-03-13 | SVNGOV | Prime Minister of Slovenia | head-of-government

[person janez-jansa]
name: Janez Janša
alias: Janez Jansa | Ivan Janša
short: Janša
country: SVN
born: 1958-09-17
role: 2004-12-03 .. 2008-11-21 | SVNGOV | Prime Minister of Slovenia | head-of-government
role: 2012-02-10 .. 2013-03-20 | SVNGOV | Prime Minister of Slovenia | head-of-government
role: 2020-03-13 .. 2022-06-01 | SVNGOV | Prime Minister of Slovenia | head-of-government

# Prime minister since 2022; the parliamentary election of March 2026 is not reflected here.
[person robert-golob]
name: Robert Golob
short: Golob
country: SVN
role: 2022-06-01 .. present | SVNGOV | Prime Minister of Slovenia | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Croatia (HRV)
# ---------------------------------------------------------------------------------------------------------------

[person ivo-josipovic]
name: Ivo Josipović
alias: Ivo Josipovic
short: Josipović
country: HRV
role: 2010-02-18 .. 2015-02-19 | HRVGOV | President of Croatia | head-of-state

[person kolinda-grabar-kitarovic]
name: Kolinda Grabar-Kitarović
alias: Kolinda Grabar Kitarovic | Kolinda Grabar-Kitarovic
short: Grabar-Kitarović
country: HRV
born: 1968-04-29
role: 2015-02-19 .. 2020-02-19 | HRVGOV | President of Croatia | head-of-state

[person zoran-milanovic]
name: Zoran Milanović
alias: Zoran Milanovic
short: Milanović
country: HRV
born: 1966-10-30
role: 2011-12-23 .. 2016-01-22 | HRVGOV | Prime Minister of Croatia | head-of-government
role: 2020-02-19 .. present | HRVGOV | President of Croatia | head-of-state

[person tihomir-oreskovic]
name: Tihomir Orešković
alias: Tihomir Oreskovic | Tim Orešković
short: Orešković
country: HRV
role: 2016-01-22 .. 2016-10-19 | HRVGOV | Prime Minister of Croatia | head-of-government

[person andrej-plenkovic]
name: Andrej Plenković
alias: Andrej Plenkovic
short: Plenković
country: HRV
born: 1970-04-08
role: 2016-10-19 .. present | HRVGOV | Prime Minister of Croatia | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Bulgaria (BGR)
# ---------------------------------------------------------------------------------------------------------------

[person rosen-plevneliev]
name: Rosen Plevneliev
alias: Rossen Plevneliev
short: Plevneliev
country: BGR
role: 2012-01-22 .. 2017-01-22 | BGRGOV | President of Bulgaria | head-of-state

# Resigned in January 2026 to enter party politics; the vice president succeeded him.
[person rumen-radev]
name: Rumen Radev
alias: Roumen Radev
short: Radev
country: BGR
born: 1963-06-18
role: 2017-01-22 .. 2026-01 | BGRGOV | President of Bulgaria | head-of-state

[person iliana-iotova]
name: Iliana Iotova
alias: Iliana Yotova | Iliyana Yotova
short: Iotova
country: BGR
role: 2017-01-22 .. 2026-01 | BGRGOV | Vice President of Bulgaria | other
role: 2026-01 .. present | BGRGOV | President of Bulgaria | head-of-state

[person boyko-borisov]
name: Boyko Borisov
alias: Boiko Borisov | Boyko Borissov | Boyko Metodiev Borisov
country: BGR
born: 1959-06-13
role: 2009-07-27 .. 2013-03-13 | BGRGOV | Prime Minister of Bulgaria | head-of-government
role: 2014-11-07 .. 2017-01-27 | BGRGOV | Prime Minister of Bulgaria | head-of-government
role: 2017-05-04 .. 2021-05-12 | BGRGOV | Prime Minister of Bulgaria | head-of-government

[person ognyan-gerdzhikov]
name: Ognyan Gerdzhikov
alias: Ognian Gerdjikov | Ognyan Gerdjikov
short: Gerdzhikov
country: BGR
role: 2017-01-27 .. 2017-05-04 | BGRGOV | Caretaker Prime Minister of Bulgaria | head-of-government

[person stefan-yanev]
name: Stefan Yanev
alias: Stefan Ianev
short: Yanev
country: BGR
role: 2021-05-12 .. 2021-12-13 | BGRGOV | Caretaker Prime Minister of Bulgaria | head-of-government
role: 2021-12-13 .. 2022-06-27 | BGRGOV | Minister of Defence | defence-minister

[person kiril-petkov]
name: Kiril Petkov
short: Petkov
country: BGR
born: 1980-04-17
role: 2021-12-13 .. 2022-08-02 | BGRGOV | Prime Minister of Bulgaria | head-of-government

[person galab-donev]
name: Galab Donev
alias: Gălăb Donev | Galab Donev Donev
short: Donev
country: BGR
role: 2022-08-02 .. 2023-06-06 | BGRGOV | Caretaker Prime Minister of Bulgaria | head-of-government

[person nikolai-denkov]
name: Nikolai Denkov
alias: Nikolay Denkov
short: Denkov
country: BGR
role: 2023-06-06 .. 2024-04-09 | BGRGOV | Prime Minister of Bulgaria | head-of-government

[person dimitar-glavchev]
name: Dimitar Glavchev
short: Glavchev
country: BGR
role: 2024-04-09 .. 2025-01-16 | BGRGOV | Caretaker Prime Minister of Bulgaria | head-of-government

# His government resigned on 2025-12-11 after mass protests and stayed on in an acting capacity until a caretaker
# cabinet was appointed early in 2026; later holders are not listed.
[person rosen-zhelyazkov]
name: Rosen Zhelyazkov
alias: Rosen Jeliazkov | Rosen Zheliazkov
short: Zhelyazkov
country: BGR
role: 2025-01-16 .. 2026-02 | BGRGOV | Prime Minister of Bulgaria | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Albania (ALB)
# ---------------------------------------------------------------------------------------------------------------

[person bujar-nishani]
name: Bujar Nishani
short: Nishani
country: ALB
role: 2012-07-24 .. 2017-07-24 | ALBGOV | President of Albania | head-of-state

[person ilir-meta]
name: Ilir Meta
country: ALB
born: 1969-03-24
role: 1999-10-29 .. 2002-02-22 | ALBGOV | Prime Minister of Albania | head-of-government
role: 2017-07-24 .. 2022-07-24 | ALBGOV | President of Albania | head-of-state

[person bajram-begaj]
name: Bajram Begaj
short: Begaj
country: ALB
role: 2022-07-24 .. present | ALBGOV | President of Albania | head-of-state

[person edi-rama]
name: Edi Rama
alias: Edvin Kristaq Rama | Edvin Rama
country: ALB
born: 1964-07-04
role: 2013-09-15 .. present | ALBGOV | Prime Minister of Albania | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# North Macedonia (MKD)
# ---------------------------------------------------------------------------------------------------------------

[person gjorge-ivanov]
name: Gjorge Ivanov
alias: Gjorgje Ivanov | Đorđe Ivanov | Georgi Ivanov
country: MKD
role: 2009-05-12 .. 2019-05-12 | MKDGOV | President of North Macedonia | head-of-state

[person stevo-pendarovski]
name: Stevo Pendarovski
short: Pendarovski
country: MKD
role: 2019-05-12 .. 2024-05-12 | MKDGOV | President of North Macedonia | head-of-state

[person gordana-siljanovska-davkova]
name: Gordana Siljanovska-Davkova
alias: Gordana Siljanovska Davkova | Gordana Siljanovska
short: Siljanovska-Davkova
country: MKD
role: 2024-05-12 .. present | MKDGOV | President of North Macedonia | head-of-state

[person nikola-gruevski]
name: Nikola Gruevski
short: Gruevski
country: MKD
born: 1970-08-31
role: 2006-08-27 .. 2016-01-18 | MKDGOV | Prime Minister of Macedonia | head-of-government

[person emil-dimitriev]
name: Emil Dimitriev
short: Dimitriev
country: MKD
role: 2016-01-18 .. 2017-05-31 | MKDGOV | Prime Minister of Macedonia (interim) | head-of-government

[person zoran-zaev]
name: Zoran Zaev
short: Zaev
country: MKD
born: 1974-10-08
role: 2017-05-31 .. 2020-01-03 | MKDGOV | Prime Minister of North Macedonia | head-of-government
role: 2020-08-31 .. 2022-01-17 | MKDGOV | Prime Minister of North Macedonia | head-of-government

[person oliver-spasovski]
name: Oliver Spasovski
short: Spasovski
country: MKD
role: 2020-01-03 .. 2020-08-31 | MKDGOV | Prime Minister of North Macedonia (interim) | head-of-government

[person dimitar-kovacevski]
name: Dimitar Kovačevski
alias: Dimitar Kovacevski
short: Kovačevski
country: MKD
role: 2022-01-17 .. 2024-01-28 | MKDGOV | Prime Minister of North Macedonia | head-of-government

[person talat-xhaferi]
name: Talat Xhaferi
alias: Talat Dzaferi | Talat Džaferi
short: Xhaferi
country: MKD
role: 2024-01-28 .. 2024-06-23 | MKDGOV | Prime Minister of North Macedonia (interim) | head-of-government

[person hristijan-mickoski]
name: Hristijan Mickoski
alias: Hristijan Mitskoski | Christian Mickoski
short: Mickoski
country: MKD
role: 2024-06-23 .. present | MKDGOV | Prime Minister of North Macedonia | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Montenegro (MNE)
# ---------------------------------------------------------------------------------------------------------------

[person filip-vujanovic]
name: Filip Vujanović
alias: Filip Vujanovic
short: Vujanović
country: MNE
role: 2003-05-22 .. 2018-05-20 | MNEGOV | President of Montenegro | head-of-state

[person milo-djukanovic]
name: Milo Đukanović
alias: Milo Djukanovic | Milo Dukanovic | Milo Djukanović
short: Đukanović | Djukanovic
country: MNE
born: 1962-02-15
role: 2003-01-08 .. 2006-11-10 | MNEGOV | Prime Minister of Montenegro | head-of-government
role: 2008-02-29 .. 2010-12-29 | MNEGOV | Prime Minister of Montenegro | head-of-government
role: 2012-12-04 .. 2016-11-28 | MNEGOV | Prime Minister of Montenegro | head-of-government
role: 2018-05-20 .. 2023-05-20 | MNEGOV | President of Montenegro | head-of-state

[person jakov-milatovic]
name: Jakov Milatović
alias: Jakov Milatovic
short: Milatović
country: MNE
role: 2023-05-20 .. present | MNEGOV | President of Montenegro | head-of-state

[person dusko-markovic]
name: Duško Marković
alias: Dusko Markovic
country: MNE
role: 2016-11-28 .. 2020-12-04 | MNEGOV | Prime Minister of Montenegro | head-of-government

[person zdravko-krivokapic]
name: Zdravko Krivokapić
alias: Zdravko Krivokapic
short: Krivokapić
country: MNE
role: 2020-12-04 .. 2022-04-28 | MNEGOV | Prime Minister of Montenegro | head-of-government

[person dritan-abazovic]
name: Dritan Abazović
alias: Dritan Abazovic
short: Abazović
country: MNE
role: 2022-04-28 .. 2023-10-31 | MNEGOV | Prime Minister of Montenegro | head-of-government

[person milojko-spajic]
name: Milojko Spajić
alias: Milojko Spajic
short: Spajić
country: MNE
role: 2023-10-31 .. present | MNEGOV | Prime Minister of Montenegro | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Bosnia and Herzegovina (BIH)
# ---------------------------------------------------------------------------------------------------------------

# Chairs of the Council of Ministers (the state-level head of government).
[person vjekoslav-bevanda]
name: Vjekoslav Bevanda
short: Bevanda
country: BIH
role: 2012-01-12 .. 2015-03-31 | BIHGOV | Chairman of the Council of Ministers of Bosnia and Herzegovina | head-of-government

[person denis-zvizdic]
name: Denis Zvizdić
alias: Denis Zvizdic
short: Zvizdić
country: BIH
role: 2015-03-31 .. 2019-12-23 | BIHGOV | Chairman of the Council of Ministers of Bosnia and Herzegovina | head-of-government

[person zoran-tegeltija]
name: Zoran Tegeltija
short: Tegeltija
country: BIH
role: 2019-12-23 .. 2023-01-25 | BIHGOV | Chairman of the Council of Ministers of Bosnia and Herzegovina | head-of-government

[person borjana-kristo]
name: Borjana Krišto
alias: Borjana Kristo
short: Krišto
country: BIH
role: 2023-01-25 .. present | BIHGOV | Chair of the Council of Ministers of Bosnia and Herzegovina | head-of-government

# Members of the three-member Presidency (Bosniak, Croat and Serb members), collectively the head of state.
[person bakir-izetbegovic]
name: Bakir Izetbegović
alias: Bakir Izetbegovic
country: BIH
role: 2010-11-10 .. 2018-11-20 | BIHGOV | Member of the Presidency of Bosnia and Herzegovina | head-of-state

[person dragan-covic]
name: Dragan Čović
alias: Dragan Covic
short: Čović
country: BIH
role: 2014-11-17 .. 2018-11-20 | BIHGOV | Member of the Presidency of Bosnia and Herzegovina | head-of-state

[person mladen-ivanic]
name: Mladen Ivanić
alias: Mladen Ivanic
short: Ivanić
country: BIH
role: 2014-11-17 .. 2018-11-20 | BIHGOV | Member of the Presidency of Bosnia and Herzegovina | head-of-state

[person sefik-dzaferovic]
name: Šefik Džaferović
alias: Sefik Dzaferovic
short: Džaferović
country: BIH
role: 2018-11-20 .. 2022-11-16 | BIHGOV | Member of the Presidency of Bosnia and Herzegovina | head-of-state

[person zeljko-komsic]
name: Željko Komšić
alias: Zeljko Komsic
short: Komšić
country: BIH
role: 2006-11-06 .. 2014-11-17 | BIHGOV | Member of the Presidency of Bosnia and Herzegovina | head-of-state
role: 2018-11-20 .. present | BIHGOV | Member of the Presidency of Bosnia and Herzegovina | head-of-state

[person milorad-dodik]
name: Milorad Dodik
short: Dodik
country: BIH
born: 1959-03-12
role: 2010-11-15 .. 2018-11-19 | BIHGOV | President of Republika Srpska | other
role: 2018-11-20 .. 2022-11-16 | BIHGOV | Member of the Presidency of Bosnia and Herzegovina | head-of-state
role: 2022-11-15 .. 2025-08 | BIHGOV | President of Republika Srpska | other

[person denis-becirovic]
name: Denis Bećirović
alias: Denis Becirovic
short: Bećirović
country: BIH
role: 2022-11-16 .. present | BIHGOV | Member of the Presidency of Bosnia and Herzegovina | head-of-state

[person zeljka-cvijanovic]
name: Željka Cvijanović
alias: Zeljka Cvijanovic
short: Cvijanović
country: BIH
role: 2018-11-19 .. 2022-11-15 | BIHGOV | President of Republika Srpska | other
role: 2022-11-16 .. present | BIHGOV | Member of the Presidency of Bosnia and Herzegovina | head-of-state

# ---------------------------------------------------------------------------------------------------------------
# Kosovo (KSV)
# ---------------------------------------------------------------------------------------------------------------

[person atifete-jahjaga]
name: Atifete Jahjaga
short: Jahjaga
country: KSV
role: 2011-04-07 .. 2016-04-07 | KSVGOV | President of Kosovo | head-of-state

[person hashim-thaci]
name: Hashim Thaçi
alias: Hashim Thaci
short: Thaçi | Thaci
country: KSV
born: 1968-04-24
role: 2008-01-09 .. 2014-12-09 | KSVGOV | Prime Minister of Kosovo | head-of-government
role: 2014-12-09 .. 2016-04-07 | KSVGOV | First Deputy Prime Minister and Minister of Foreign Affairs of Kosovo | foreign-minister, deputy-head-of-government
role: 2016-04-07 .. 2020-11-05 | KSVGOV | President of Kosovo | head-of-state

# Acting president as Speaker of the Assembly after Thaçi resigned on 2020-11-05; elected president on 2021-04-04.
[person vjosa-osmani]
name: Vjosa Osmani
alias: Vjosa Osmani-Sadriu | Vjosa Osmani Sadriu
country: KSV
born: 1982-05-17
role: 2020-11-05 .. 2021-03-22 | KSVGOV | Acting President of Kosovo | head-of-state
role: 2021-04-04 .. present | KSVGOV | President of Kosovo | head-of-state

[person isa-mustafa]
name: Isa Mustafa
country: KSV
role: 2014-12-09 .. 2017-09-09 | KSVGOV | Prime Minister of Kosovo | head-of-government

[person ramush-haradinaj]
name: Ramush Haradinaj
short: Haradinaj
country: KSV
born: 1968-07-03
role: 2004-12-03 .. 2005-03-08 | KSVGOV | Prime Minister of Kosovo | head-of-government
role: 2017-09-09 .. 2020-02-03 | KSVGOV | Prime Minister of Kosovo | head-of-government

[person albin-kurti]
name: Albin Kurti
short: Kurti
country: KSV
born: 1975-03-24
role: 2020-02-03 .. 2020-06-03 | KSVGOV | Prime Minister of Kosovo | head-of-government
role: 2021-03-22 .. present | KSVGOV | Prime Minister of Kosovo | head-of-government

[person avdullah-hoti]
name: Avdullah Hoti
short: Hoti
country: KSV
role: 2020-06-03 .. 2021-03-22 | KSVGOV | Prime Minister of Kosovo | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Moldova (MDA)
# ---------------------------------------------------------------------------------------------------------------

[person nicolae-timofti]
name: Nicolae Timofti
short: Timofti
country: MDA
role: 2012-03-23 .. 2016-12-23 | MDAGOV | President of Moldova | head-of-state

[person igor-dodon]
name: Igor Dodon
short: Dodon
country: MDA
born: 1975-02-18
role: 2016-12-23 .. 2020-12-24 | MDAGOV | President of Moldova | head-of-state

[person maia-sandu]
name: Maia Sandu
short: Sandu
country: MDA
born: 1972-05-24
role: 2019-06-08 .. 2019-11-14 | MDAGOV | Prime Minister of Moldova | head-of-government
role: 2020-12-24 .. present | MDAGOV | President of Moldova | head-of-state

[person iurie-leanca]
name: Iurie Leancă
alias: Iurie Leanca | Yuri Leanca
short: Leancă
country: MDA
role: 2013-04-25 .. 2015-02-18 | MDAGOV | Prime Minister of Moldova | head-of-government

[person chiril-gaburici]
name: Chiril Gaburici
alias: Kirill Gaburich
short: Gaburici
country: MDA
role: 2015-02-18 .. 2015-06-22 | MDAGOV | Prime Minister of Moldova | head-of-government

[person valeriu-strelet]
name: Valeriu Streleț
alias: Valeriu Strelet
short: Streleț
country: MDA
role: 2015-07-30 .. 2015-10-29 | MDAGOV | Prime Minister of Moldova | head-of-government

# Foreign minister; acting prime minister after Streleț's dismissal (and briefly in June-July 2015).
[person natalia-gherman]
name: Natalia Gherman
short: Gherman
country: MDA
role: 2013-05-30 .. 2016-01-20 | MDAGOV | Minister of Foreign Affairs of Moldova | foreign-minister
role: 2015-10-30 .. 2016-01-20 | MDAGOV | Acting Prime Minister of Moldova | head-of-government

[person pavel-filip]
name: Pavel Filip
country: MDA
role: 2016-01-20 .. 2019-06-08 | MDAGOV | Prime Minister of Moldova | head-of-government

[person ion-chicu]
name: Ion Chicu
short: Chicu
country: MDA
role: 2019-11-14 .. 2020-12-31 | MDAGOV | Prime Minister of Moldova | head-of-government

[person aureliu-ciocoi]
name: Aureliu Ciocoi
short: Ciocoi
country: MDA
role: 2019-11-14 .. 2021-08-06 | MDAGOV | Minister of Foreign Affairs and European Integration of Moldova | foreign-minister
role: 2020-12-31 .. 2021-08-06 | MDAGOV | Acting Prime Minister of Moldova | head-of-government

[person natalia-gavrilita]
name: Natalia Gavrilița
alias: Natalia Gavrilita
short: Gavrilița
country: MDA
role: 2021-08-06 .. 2023-02-16 | MDAGOV | Prime Minister of Moldova | head-of-government

[person dorin-recean]
name: Dorin Recean
short: Recean
country: MDA
role: 2023-02-16 .. 2025-11-01 | MDAGOV | Prime Minister of Moldova | head-of-government

[person alexandru-munteanu]
name: Alexandru Munteanu
country: MDA
role: 2025-11-01 .. present | MDAGOV | Prime Minister of Moldova | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Lithuania (LTU)
# ---------------------------------------------------------------------------------------------------------------

[person dalia-grybauskaite]
name: Dalia Grybauskaitė
alias: Dalia Grybauskaite
short: Grybauskaitė
country: LTU
born: 1956-03-01
role: 2009-07-12 .. 2019-07-12 | LTUGOV | President of Lithuania | head-of-state

[person gitanas-nauseda]
name: Gitanas Nausėda
alias: Gitanas Nauseda
short: Nausėda
country: LTU
born: 1964-05-19
role: 2019-07-12 .. present | LTUGOV | President of Lithuania | head-of-state

[person algirdas-butkevicius]
name: Algirdas Butkevičius
alias: Algirdas Butkevicius
short: Butkevičius
country: LTU
role: 2012-12-13 .. 2016-12-13 | LTUGOV | Prime Minister of Lithuania | head-of-government

[person saulius-skvernelis]
name: Saulius Skvernelis
short: Skvernelis
country: LTU
role: 2016-12-13 .. 2020-12-11 | LTUGOV | Prime Minister of Lithuania | head-of-government

[person ingrida-simonyte]
name: Ingrida Šimonytė
alias: Ingrida Simonyte
short: Šimonytė
country: LTU
role: 2020-12-11 .. 2024-12-12 | LTUGOV | Prime Minister of Lithuania | head-of-government

# Resigned on 2025-07-31 over a business-dealings scandal; acting until his successor was appointed.
[person gintautas-paluckas]
name: Gintautas Paluckas
short: Paluckas
country: LTU
role: 2024-12-12 .. 2025-08 | LTUGOV | Prime Minister of Lithuania | head-of-government

[person inga-ruginiene]
name: Inga Ruginienė
alias: Inga Ruginiene
short: Ruginienė
country: LTU
role: 2025-08 .. present | LTUGOV | Prime Minister of Lithuania | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Latvia (LVA)
# ---------------------------------------------------------------------------------------------------------------

[person andris-berzins]
name: Andris Bērziņš
alias: Andris Berzins
country: LVA
role: 2011-07-08 .. 2015-07-08 | LVAGOV | President of Latvia | head-of-state

[person raimonds-vejonis]
name: Raimonds Vējonis
alias: Raimonds Vejonis
short: Vējonis
country: LVA
role: 2015-07-08 .. 2019-07-08 | LVAGOV | President of Latvia | head-of-state

[person egils-levits]
name: Egils Levits
short: Levits
country: LVA
role: 2019-07-08 .. 2023-07-08 | LVAGOV | President of Latvia | head-of-state

[person edgars-rinkevics]
name: Edgars Rinkēvičs
alias: Edgars Rinkevics
short: Rinkēvičs
country: LVA
born: 1973-09-21
role: 2011-10-25 .. 2023-07-08 | LVAGOV | Minister of Foreign Affairs of Latvia | foreign-minister
role: 2023-07-08 .. present | LVAGOV | President of Latvia | head-of-state

[person laimdota-straujuma]
name: Laimdota Straujuma
short: Straujuma
country: LVA
role: 2014-01-22 .. 2016-02-11 | LVAGOV | Prime Minister of Latvia | head-of-government

[person maris-kucinskis]
name: Māris Kučinskis
alias: Maris Kucinskis
short: Kučinskis
country: LVA
role: 2016-02-11 .. 2019-01-23 | LVAGOV | Prime Minister of Latvia | head-of-government

[person krisjanis-karins]
name: Krišjānis Kariņš
alias: Krisjanis Karins | Arturs Krišjānis Kariņš
short: Kariņš
country: LVA
role: 2019-01-23 .. 2023-09-15 | LVAGOV | Prime Minister of Latvia | head-of-government
role: 2023-09-15 .. 2024-04-01 | LVAGOV | Minister of Foreign Affairs of Latvia | foreign-minister

[person evika-silina]
name: Evika Siliņa
alias: Evika Silina
short: Siliņa
country: LVA
role: 2023-09-15 .. present | LVAGOV | Prime Minister of Latvia | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Estonia (EST). Kaja Kallas (prime minister 2021-2024) is listed with the EU officials in people-americas-europe.lex.
# ---------------------------------------------------------------------------------------------------------------

[person toomas-hendrik-ilves]
name: Toomas Hendrik Ilves
alias: Toomas Ilves
short: Ilves
country: EST
role: 2006-10-09 .. 2016-10-10 | ESTGOV | President of Estonia | head-of-state

[person kersti-kaljulaid]
name: Kersti Kaljulaid
short: Kaljulaid
country: EST
role: 2016-10-10 .. 2021-10-11 | ESTGOV | President of Estonia | head-of-state

# Term of five years from 2021-10-11; the presidential election of 2026 is not reflected here.
[person alar-karis]
name: Alar Karis
short: Karis
country: EST
role: 2021-10-11 .. present | ESTGOV | President of Estonia | head-of-state

[person taavi-roivas]
name: Taavi Rõivas
alias: Taavi Roivas
short: Rõivas
country: EST
role: 2014-03-26 .. 2016-11-23 | ESTGOV | Prime Minister of Estonia | head-of-government

[person juri-ratas]
name: Jüri Ratas
alias: Juri Ratas | Yuri Ratas
short: Ratas
country: EST
role: 2016-11-23 .. 2021-01-26 | ESTGOV | Prime Minister of Estonia | head-of-government

[person kristen-michal]
name: Kristen Michal
country: EST
role: 2024-07-23 .. present | ESTGOV | Prime Minister of Estonia | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Finland (FIN)
# ---------------------------------------------------------------------------------------------------------------

[person sauli-niinisto]
name: Sauli Niinistö
alias: Sauli Niinisto | Sauli Väinämö Niinistö
short: Niinistö
country: FIN
born: 1948-08-24
role: 2012-03-01 .. 2024-03-01 | FINGOV | President of Finland | head-of-state

[person alexander-stubb]
name: Alexander Stubb
alias: Cai-Göran Alexander Stubb | Alex Stubb
short: Stubb
country: FIN
born: 1968-04-01
role: 2008-04-04 .. 2011-06-22 | FINGOV | Minister for Foreign Affairs of Finland | foreign-minister
role: 2014-06-24 .. 2015-05-29 | FINGOV | Prime Minister of Finland | head-of-government
role: 2024-03-01 .. present | FINGOV | President of Finland | head-of-state

[person juha-sipila]
name: Juha Sipilä
alias: Juha Sipila
short: Sipilä
country: FIN
role: 2015-05-29 .. 2019-06-06 | FINGOV | Prime Minister of Finland | head-of-government

[person antti-rinne]
name: Antti Rinne
short: Rinne
country: FIN
role: 2019-06-06 .. 2019-12-10 | FINGOV | Prime Minister of Finland | head-of-government

[person sanna-marin]
name: Sanna Marin
alias: Sanna Mirella Marin
country: FIN
born: 1985-11-16
role: 2019-12-10 .. 2023-06-20 | FINGOV | Prime Minister of Finland | head-of-government

[person petteri-orpo]
name: Petteri Orpo
alias: Antti Petteri Orpo
short: Orpo
country: FIN
born: 1969-11-03
role: 2023-06-20 .. present | FINGOV | Prime Minister of Finland | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Norway (NOR). Jens Stoltenberg (prime minister 2005-2013) is listed with NATO in people-americas-europe.lex.
# ---------------------------------------------------------------------------------------------------------------

[person harald-v]
name: King Harald V
alias: Harald V | King Harald | Harald V of Norway
country: NOR
born: 1937-02-21
role: 1991-01-17 .. present | NORGOV | King of Norway | head-of-state, royal

[person erna-solberg]
name: Erna Solberg
short: Solberg
country: NOR
born: 1961-02-24
role: 2013-10-16 .. 2021-10-14 | NORGOV | Prime Minister of Norway | head-of-government

[person jonas-gahr-store]
name: Jonas Gahr Støre
alias: Jonas Gahr Store | Jonas Gahr Stoere | Jonas Støre
short: Støre | Stoere
country: NOR
born: 1960-08-25
role: 2005-10-17 .. 2012-09-21 | NORGOV | Minister of Foreign Affairs of Norway | foreign-minister
role: 2021-10-14 .. present | NORGOV | Prime Minister of Norway | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Denmark (DNK). Anders Fogh Rasmussen (prime minister 2001-2009) is listed with NATO in people-americas-europe.lex.
# ---------------------------------------------------------------------------------------------------------------

[person margrethe-ii]
name: Queen Margrethe II
alias: Margrethe II | Queen Margrethe | Margrethe II of Denmark
country: DNK
born: 1940-04-16
role: 1972-01-14 .. 2024-01-14 | DNKGOV | Queen of Denmark | head-of-state, royal

[person frederik-x]
name: King Frederik X
alias: Frederik X | King Frederik | Crown Prince Frederik | Frederik X of Denmark
country: DNK
born: 1968-05-26
role: 2024-01-14 .. present | DNKGOV | King of Denmark | head-of-state, royal

[person helle-thorning-schmidt]
name: Helle Thorning-Schmidt
alias: Helle Thorning Schmidt
short: Thorning-Schmidt
country: DNK
born: 1966-12-14
role: 2011-10-03 .. 2015-06-28 | DNKGOV | Prime Minister of Denmark | head-of-government

[person lars-lokke-rasmussen]
name: Lars Løkke Rasmussen
alias: Lars Lokke Rasmussen | Lars Loekke Rasmussen | Løkke Rasmussen | Lokke Rasmussen
short: Løkke | Lokke
country: DNK
born: 1964-05-15
role: 2009-04-05 .. 2011-10-03 | DNKGOV | Prime Minister of Denmark | head-of-government
role: 2015-06-28 .. 2019-06-27 | DNKGOV | Prime Minister of Denmark | head-of-government
role: 2022-12-15 .. present | DNKGOV | Minister of Foreign Affairs of Denmark | foreign-minister

[person mette-frederiksen]
name: Mette Frederiksen
short: Frederiksen
country: DNK
born: 1977-11-19
role: 2019-06-27 .. present | DNKGOV | Prime Minister of Denmark | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Iceland (ISL)
# ---------------------------------------------------------------------------------------------------------------

[person olafur-ragnar-grimsson]
name: Ólafur Ragnar Grímsson
alias: Olafur Ragnar Grimsson
short: Grímsson
country: ISL
role: 1996-08-01 .. 2016-08-01 | ISLGOV | President of Iceland | head-of-state

[person gudni-th-johannesson]
name: Guðni Th. Jóhannesson
alias: Gudni Th. Johannesson | Gudni Johannesson | Guðni Jóhannesson | Gudni Thorlacius Johannesson
country: ISL
role: 2016-08-01 .. 2024-08-01 | ISLGOV | President of Iceland | head-of-state

[person halla-tomasdottir]
name: Halla Tómasdóttir
alias: Halla Tomasdottir
short: Tómasdóttir
country: ISL
role: 2024-08-01 .. present | ISLGOV | President of Iceland | head-of-state

[person sigmundur-david-gunnlaugsson]
name: Sigmundur Davíð Gunnlaugsson
alias: Sigmundur David Gunnlaugsson | Sigmundur Gunnlaugsson
short: Gunnlaugsson
country: ISL
role: 2013-05-23 .. 2016-04-07 | ISLGOV | Prime Minister of Iceland | head-of-government

[person sigurdur-ingi-johannsson]
name: Sigurður Ingi Jóhannsson
alias: Sigurdur Ingi Johannsson
country: ISL
role: 2016-04-07 .. 2017-01-11 | ISLGOV | Prime Minister of Iceland | head-of-government

[person bjarni-benediktsson]
name: Bjarni Benediktsson
short: Benediktsson
country: ISL
role: 2017-01-11 .. 2017-11-30 | ISLGOV | Prime Minister of Iceland | head-of-government
role: 2024-04-09 .. 2024-12-21 | ISLGOV | Prime Minister of Iceland | head-of-government

[person katrin-jakobsdottir]
name: Katrín Jakobsdóttir
alias: Katrin Jakobsdottir
short: Jakobsdóttir
country: ISL
role: 2017-11-30 .. 2024-04-09 | ISLGOV | Prime Minister of Iceland | head-of-government

[person kristrun-frostadottir]
name: Kristrún Frostadóttir
alias: Kristrun Frostadottir
short: Frostadóttir
country: ISL
role: 2024-12-21 .. present | ISLGOV | Prime Minister of Iceland | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Switzerland (CHE)
# ---------------------------------------------------------------------------------------------------------------

# The President of the Confederation is elected for one calendar year from among the seven Federal Councillors, who
# collectively head state and government; only the presidential years are listed.
[person simonetta-sommaruga]
name: Simonetta Sommaruga
short: Sommaruga
country: CHE
role: 2015-01-01 .. 2016-01-01 | CHEGOV | President of the Swiss Confederation | head-of-state, head-of-government
role: 2020-01-01 .. 2021-01-01 | CHEGOV | President of the Swiss Confederation | head-of-state, head-of-government

[person johann-schneider-ammann]
name: Johann Schneider-Ammann
alias: Johann Schneider Ammann | Johann N. Schneider-Ammann
short: Schneider-Ammann
country: CHE
role: 2016-01-01 .. 2017-01-01 | CHEGOV | President of the Swiss Confederation | head-of-state, head-of-government

[person doris-leuthard]
name: Doris Leuthard
short: Leuthard
country: CHE
role: 2010-01-01 .. 2011-01-01 | CHEGOV | President of the Swiss Confederation | head-of-state, head-of-government
role: 2017-01-01 .. 2018-01-01 | CHEGOV | President of the Swiss Confederation | head-of-state, head-of-government

[person alain-berset]
name: Alain Berset
short: Berset
country: CHE
born: 1972-04-09
role: 2018-01-01 .. 2019-01-01 | CHEGOV | President of the Swiss Confederation | head-of-state, head-of-government
role: 2023-01-01 .. 2024-01-01 | CHEGOV | President of the Swiss Confederation | head-of-state, head-of-government
role: 2024-09-18 .. present | IGOEURCOE | Secretary General of the Council of Europe | international-official

[person ueli-maurer]
name: Ueli Maurer
short: Maurer
country: CHE
role: 2013-01-01 .. 2014-01-01 | CHEGOV | President of the Swiss Confederation | head-of-state, head-of-government
role: 2019-01-01 .. 2020-01-01 | CHEGOV | President of the Swiss Confederation | head-of-state, head-of-government

[person guy-parmelin]
name: Guy Parmelin
short: Parmelin
country: CHE
role: 2021-01-01 .. 2022-01-01 | CHEGOV | President of the Swiss Confederation | head-of-state, head-of-government
role: 2026-01-01 .. 2027-01-01 | CHEGOV | President of the Swiss Confederation | head-of-state, head-of-government

[person ignazio-cassis]
name: Ignazio Cassis
short: Cassis
country: CHE
role: 2017-11-01 .. present | CHEGOV | Head of the Federal Department of Foreign Affairs | foreign-minister
role: 2022-01-01 .. 2023-01-01 | CHEGOV | President of the Swiss Confederation | head-of-state, head-of-government

[person viola-amherd]
name: Viola Amherd
short: Amherd
country: CHE
role: 2019-01-01 .. 2025-04-01 | CHEGOV | Head of the Federal Department of Defence | defence-minister
role: 2024-01-01 .. 2025-01-01 | CHEGOV | President of the Swiss Confederation | head-of-state, head-of-government

[person karin-keller-sutter]
name: Karin Keller-Sutter
alias: Karin Keller Sutter
short: Keller-Sutter
country: CHE
role: 2025-01-01 .. 2026-01-01 | CHEGOV | President of the Swiss Confederation | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Luxembourg (LUX). Jean-Claude Juncker (prime minister 1995-2013) is in people-americas-europe.lex.
# ---------------------------------------------------------------------------------------------------------------

[person grand-duke-henri]
name: Grand Duke Henri
alias: Henri, Grand Duke of Luxembourg | Grand Duke Henri of Luxembourg
country: LUX
born: 1955-04-16
role: 2000-10-07 .. 2025-10-03 | LUXGOV | Grand Duke of Luxembourg | head-of-state, royal

[person grand-duke-guillaume]
name: Grand Duke Guillaume
alias: Guillaume, Grand Duke of Luxembourg | Hereditary Grand Duke Guillaume | Grand Duke Guillaume V | Guillaume V
country: LUX
born: 1981-11-11
role: 2025-10-03 .. present | LUXGOV | Grand Duke of Luxembourg | head-of-state, royal

[person xavier-bettel]
name: Xavier Bettel
short: Bettel
country: LUX
born: 1973-03-03
role: 2013-12-04 .. 2023-11-17 | LUXGOV | Prime Minister of Luxembourg | head-of-government
role: 2023-11-17 .. present | LUXGOV | Minister for Foreign Affairs of Luxembourg | deputy-head-of-government, foreign-minister

[person luc-frieden]
name: Luc Frieden
short: Frieden
country: LUX
born: 1963-09-16
role: 2023-11-17 .. present | LUXGOV | Prime Minister of Luxembourg | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Malta (MLT). Roberta Metsola is listed with the EU officials in people-americas-europe.lex.
# ---------------------------------------------------------------------------------------------------------------

[person marie-louise-coleiro-preca]
name: Marie-Louise Coleiro Preca
alias: Marie Louise Coleiro Preca
short: Coleiro Preca
country: MLT
role: 2014-04-04 .. 2019-04-04 | MLTGOV | President of Malta | head-of-state

[person george-vella]
name: George Vella
country: MLT
role: 2019-04-04 .. 2024-04-04 | MLTGOV | President of Malta | head-of-state

[person myriam-spiteri-debono]
name: Myriam Spiteri Debono
alias: Myriam Spiteri-Debono
short: Spiteri Debono
country: MLT
role: 2024-04-04 .. present | MLTGOV | President of Malta | head-of-state

[person joseph-muscat]
name: Joseph Muscat
country: MLT
born: 1974-01-22
role: 2013-03-11 .. 2020-01-13 | MLTGOV | Prime Minister of Malta | head-of-government

[person robert-abela]
name: Robert Abela
short: Abela
country: MLT
born: 1977-12-07
role: 2020-01-13 .. present | MLTGOV | Prime Minister of Malta | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Cyprus (CYP)
# ---------------------------------------------------------------------------------------------------------------

[person nicos-anastasiades]
name: Nicos Anastasiades
alias: Nikos Anastasiadis | Nicos Anastasiadis
short: Anastasiades
country: CYP
born: 1946-09-27
role: 2013-02-28 .. 2023-02-28 | CYPGOV | President of Cyprus | head-of-state, head-of-government

[person nikos-christodoulides]
name: Nikos Christodoulides
alias: Nicos Christodoulides | Nikos Christodoulidis
short: Christodoulides
country: CYP
born: 1973-12-06
role: 2018-03-01 .. 2022-01 | CYPGOV | Minister of Foreign Affairs of Cyprus | foreign-minister
role: 2023-02-28 .. present | CYPGOV | President of Cyprus | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Angola (AGO)
# ---------------------------------------------------------------------------------------------------------------

[person jose-eduardo-dos-santos]
name: José Eduardo dos Santos
alias: Jose Eduardo dos Santos | Eduardo dos Santos
country: AGO
born: 1942-08-28
role: 1979-09-21 .. 2017-09-26 | AGOGOV | President of Angola | head-of-state, head-of-government

[person joao-lourenco]
name: João Lourenço
alias: Joao Lourenco | João Manuel Gonçalves Lourenço
short: Lourenço | Lourenco
country: AGO
born: 1954-03-05
role: 2014-04 .. 2017-09-26 | AGOGOV | Minister of Defence of Angola | defence-minister
role: 2017-09-26 .. present | AGOGOV | President of Angola | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Cameroon (CMR)
# ---------------------------------------------------------------------------------------------------------------

[person paul-biya]
name: Paul Biya
short: Biya
country: CMR
born: 1933-02-13
role: 1975-06-30 .. 1982-11-06 | CMRGOV | Prime Minister of Cameroon | head-of-government
role: 1982-11-06 .. present | CMRGOV | President of Cameroon | head-of-state

[person philemon-yang]
name: Philémon Yang
alias: Philemon Yang
country: CMR
role: 2009-06-30 .. 2019-01-04 | CMRGOV | Prime Minister of Cameroon | head-of-government
role: 2024-09-10 .. 2025-09-09 | IGOUNO | President of the United Nations General Assembly | international-official

[person joseph-dion-ngute]
name: Joseph Dion Ngute
alias: Joseph Ngute
short: Dion Ngute
country: CMR
role: 2019-01-04 .. present | CMRGOV | Prime Minister of Cameroon | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Togo (TGO)
# ---------------------------------------------------------------------------------------------------------------

# Under the constitution of 2024 the executive passed on 2025-05-03 to the President of the Council of Ministers; the
# President of the Republic, elected by parliament, became a ceremonial head of state.
[person faure-gnassingbe]
name: Faure Gnassingbé
alias: Faure Gnassingbe | Faure Essozimna Gnassingbé
short: Gnassingbé | Gnassingbe
country: TGO
born: 1966-06-06
role: 2005-05-04 .. 2025-05-03 | TGOGOV | President of Togo | head-of-state
role: 2025-05-03 .. present | TGOGOV | President of the Council of Ministers of Togo | head-of-government

[person jean-lucien-savi-de-tove]
name: Jean-Lucien Savi de Tové
alias: Jean-Lucien Savi de Tove | Jean Lucien Savi de Tové
short: Savi de Tové
country: TGO
role: 2025-05-03 .. present | TGOGOV | President of Togo | head-of-state

[person kwesi-ahoomey-zunu]
name: Kwesi Ahoomey-Zunu
alias: Kwesi Séléagodji Ahoomey-Zunu | Kwessi Ahoomey-Zunu
short: Ahoomey-Zunu
country: TGO
role: 2012-07-23 .. 2015-06-05 | TGOGOV | Prime Minister of Togo | head-of-government

[person komi-selom-klassou]
name: Komi Sélom Klassou
alias: Komi Selom Klassou | Selom Klassou
short: Klassou
country: TGO
role: 2015-06-05 .. 2020-09-28 | TGOGOV | Prime Minister of Togo | head-of-government

[person victoire-tomegah-dogbe]
name: Victoire Tomégah Dogbé
alias: Victoire Tomegah Dogbe | Victoire Dogbé
short: Tomégah Dogbé
country: TGO
role: 2020-09-28 .. 2025-05-03 | TGOGOV | Prime Minister of Togo | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Benin (BEN)
# ---------------------------------------------------------------------------------------------------------------

[person thomas-boni-yayi]
name: Thomas Boni Yayi
alias: Boni Yayi | Yayi Boni
short: Boni Yayi
country: BEN
role: 2006-04-06 .. 2016-04-06 | BENGOV | President of Benin | head-of-state, head-of-government

# The last prime minister; the post was abolished when Talon took office.
[person lionel-zinsou]
name: Lionel Zinsou
short: Zinsou
country: BEN
role: 2015-06-18 .. 2016-04-06 | BENGOV | Prime Minister of Benin | head-of-government

# His second term ended in May 2026 (constitutionally extended to align election dates); his successor, elected in
# April 2026, is not listed here.
[person patrice-talon]
name: Patrice Talon
country: BEN
born: 1958-05-01
role: 2016-04-06 .. 2026-05 | BENGOV | President of Benin | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Zambia (ZMB)
# ---------------------------------------------------------------------------------------------------------------

# Acting president after Michael Sata's death on 2014-10-28.
[person guy-scott]
name: Guy Scott
country: ZMB
role: 2014-10-29 .. 2015-01-25 | ZMBGOV | Acting President of Zambia | head-of-state, head-of-government

[person edgar-lungu]
name: Edgar Lungu
alias: Edgar Chagwa Lungu
short: Lungu
country: ZMB
born: 1956-11-11
role: 2015-01-25 .. 2021-08-24 | ZMBGOV | President of Zambia | head-of-state, head-of-government

# Term of five years from 2021; the general election of 2026-08-13 is not reflected here.
[person hakainde-hichilema]
name: Hakainde Hichilema
short: Hichilema
country: ZMB
born: 1962-06-04
role: 2021-08-24 .. present | ZMBGOV | President of Zambia | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Malawi (MWI)
# ---------------------------------------------------------------------------------------------------------------

[person peter-mutharika]
name: Peter Mutharika
alias: Arthur Peter Mutharika
short: Mutharika
country: MWI
born: 1940-07-18
role: 2014-05-31 .. 2020-06-28 | MWIGOV | President of Malawi | head-of-state, head-of-government
role: 2025-10-04 .. present | MWIGOV | President of Malawi | head-of-state, head-of-government

[person lazarus-chakwera]
name: Lazarus Chakwera
short: Chakwera
country: MWI
born: 1955-04-05
role: 2020-06-28 .. 2025-10-04 | MWIGOV | President of Malawi | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Mozambique (MOZ)
# ---------------------------------------------------------------------------------------------------------------

[person armando-guebuza]
name: Armando Guebuza
alias: Armando Emílio Guebuza
short: Guebuza
country: MOZ
role: 2005-02-02 .. 2015-01-15 | MOZGOV | President of Mozambique | head-of-state, head-of-government

[person filipe-nyusi]
name: Filipe Nyusi
alias: Filipe Jacinto Nyusi
short: Nyusi
country: MOZ
born: 1959-02-09
role: 2015-01-15 .. 2025-01-15 | MOZGOV | President of Mozambique | head-of-state, head-of-government

[person daniel-chapo]
name: Daniel Chapo
alias: Daniel Francisco Chapo
country: MOZ
born: 1977-01-06
role: 2025-01-15 .. present | MOZGOV | President of Mozambique | head-of-state, head-of-government

# Prime ministers (the president heads the government; the prime minister runs the cabinet).
[person alberto-vaquina]
name: Alberto Vaquina
short: Vaquina
country: MOZ
role: 2012-10-08 .. 2015-01 | MOZGOV | Prime Minister of Mozambique | head-of-government

[person carlos-agostinho-do-rosario]
name: Carlos Agostinho do Rosário
alias: Carlos Agostinho do Rosario | Agostinho do Rosário
country: MOZ
role: 2015-01 .. 2022-03-03 | MOZGOV | Prime Minister of Mozambique | head-of-government

[person adriano-maleiane]
name: Adriano Maleiane
short: Maleiane
country: MOZ
role: 2022-03-03 .. 2025-01 | MOZGOV | Prime Minister of Mozambique | head-of-government

[person maria-benvinda-levi]
name: Maria Benvinda Levi
alias: Benvinda Levi
country: MOZ
role: 2025-01 .. present | MOZGOV | Prime Minister of Mozambique | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Madagascar (MDG)
# ---------------------------------------------------------------------------------------------------------------

[person hery-rajaonarimampianina]
name: Hery Rajaonarimampianina
short: Rajaonarimampianina
country: MDG
role: 2014-01-25 .. 2018-09-07 | MDGGOV | President of Madagascar | head-of-state

# President of the Senate; acting president after Rajaonarimampianina resigned to stand for re-election.
[person rivo-rakotovao]
name: Rivo Rakotovao
short: Rakotovao
country: MDG
role: 2018-09-07 .. 2019-01-19 | MDGGOV | Acting President of Madagascar | head-of-state

# Resigned on 2023-10-09 to stand for re-election (the government acted collectively until his new term). Fled the
# country and was impeached by the National Assembly on 2025-10-14 as the army's CAPSAT unit took power.
[person andry-rajoelina]
name: Andry Rajoelina
short: Rajoelina
country: MDG
born: 1974-05-30
role: 2009-03-17 .. 2014-01-25 | MDGGOV | President of the High Transitional Authority of Madagascar | head-of-state
role: 2019-01-19 .. 2023-10-09 | MDGGOV | President of Madagascar | head-of-state
role: 2023-12-16 .. 2025-10-14 | MDGGOV | President of Madagascar | head-of-state

[person michael-randrianirina]
name: Michael Randrianirina
alias: Colonel Michael Randrianirina | Col. Michael Randrianirina
short: Randrianirina
country: MDG
role: 2025-10-17 .. present | MDGGOV | President of the Refoundation of the Republic of Madagascar | head-of-state

[person roger-kolo]
name: Roger Kolo
country: MDG
role: 2014-04-16 .. 2015-01-17 | MDGGOV | Prime Minister of Madagascar | head-of-government

[person jean-ravelonarivo]
name: Jean Ravelonarivo
short: Ravelonarivo
country: MDG
role: 2015-01-17 .. 2016-04-10 | MDGGOV | Prime Minister of Madagascar | head-of-government

[person olivier-mahafaly-solonandrasana]
name: Olivier Mahafaly Solonandrasana
alias: Olivier Mahafaly
short: Solonandrasana
country: MDG
role: 2016-04-10 .. 2018-06-06 | MDGGOV | Prime Minister of Madagascar | head-of-government

[person christian-ntsay]
name: Christian Ntsay
alias: Christian Louis Ntsay
short: Ntsay
country: MDG
role: 2018-06-06 .. 2025-10-06 | MDGGOV | Prime Minister of Madagascar | head-of-government

[person herintsalama-rajaonarivelo]
name: Herintsalama Rajaonarivelo
short: Rajaonarivelo
country: MDG
role: 2025-10-20 .. present | MDGGOV | Prime Minister of Madagascar | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Namibia (NAM)
# ---------------------------------------------------------------------------------------------------------------

[person hifikepunye-pohamba]
name: Hifikepunye Pohamba
short: Pohamba
country: NAM
role: 2005-03-21 .. 2015-03-21 | NAMGOV | President of Namibia | head-of-state, head-of-government

# Died in office on 2024-02-04.
[person hage-geingob]
name: Hage Geingob
alias: Hage Gottfried Geingob
short: Geingob
country: NAM
born: 1941-08-03
role: 1990-03-21 .. 2002-08-28 | NAMGOV | Prime Minister of Namibia | head-of-government
role: 2012-12-04 .. 2015-03-21 | NAMGOV | Prime Minister of Namibia | head-of-government
role: 2015-03-21 .. 2024-02-04 | NAMGOV | President of Namibia | head-of-state, head-of-government

[person nangolo-mbumba]
name: Nangolo Mbumba
short: Mbumba
country: NAM
role: 2024-02-04 .. 2025-03-21 | NAMGOV | President of Namibia | head-of-state, head-of-government

[person netumbo-nandi-ndaitwah]
name: Netumbo Nandi-Ndaitwah
alias: Netumbo Nandi Ndaitwah | NNN
short: Nandi-Ndaitwah
country: NAM
born: 1952-10-29
role: 2025-03-21 .. present | NAMGOV | President of Namibia | head-of-state, head-of-government

[person saara-kuugongelwa]
name: Saara Kuugongelwa
alias: Saara Kuugongelwa-Amadhila | Saara Kuugongelwa Amadhila
short: Kuugongelwa
country: NAM
role: 2015-03-21 .. 2025-03-21 | NAMGOV | Prime Minister of Namibia | head-of-government

[person elijah-ngurare]
name: Elijah Ngurare
short: Ngurare
country: NAM
role: 2025-03-21 .. present | NAMGOV | Prime Minister of Namibia | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Botswana (BWA)
# ---------------------------------------------------------------------------------------------------------------

[person ian-khama]
name: Ian Khama
alias: Seretse Khama Ian Khama
short: Khama
country: BWA
born: 1953-02-27
role: 2008-04-01 .. 2018-04-01 | BWAGOV | President of Botswana | head-of-state, head-of-government

[person mokgweetsi-masisi]
name: Mokgweetsi Masisi
alias: Mokgweetsi Eric Keabetswe Masisi | Mokgweetsi Eric Masisi
country: BWA
born: 1961-07-21
role: 2018-04-01 .. 2024-11-01 | BWAGOV | President of Botswana | head-of-state, head-of-government

[person duma-boko]
name: Duma Boko
alias: Duma Gideon Boko
country: BWA
born: 1969-09-03
role: 2024-11-01 .. present | BWAGOV | President of Botswana | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Burundi (BDI)
# ---------------------------------------------------------------------------------------------------------------

# Died in office on 2020-06-08; his elected successor was sworn in early, on 2020-06-18.
[person pierre-nkurunziza]
name: Pierre Nkurunziza
short: Nkurunziza
country: BDI
born: 1964-12-18
role: 2005-08-26 .. 2020-06-08 | BDIGOV | President of Burundi | head-of-state, head-of-government

[person evariste-ndayishimiye]
name: Évariste Ndayishimiye
alias: Evariste Ndayishimiye
short: Ndayishimiye
country: BDI
born: 1968-05-02
role: 2020-06-18 .. present | BDIGOV | President of Burundi | head-of-state

# The post of prime minister was restored by the constitution of 2018, from 2020.
[person alain-guillaume-bunyoni]
name: Alain-Guillaume Bunyoni
alias: Alain Guillaume Bunyoni
short: Bunyoni
country: BDI
role: 2020-06-23 .. 2022-09-07 | BDIGOV | Prime Minister of Burundi | head-of-government

[person gervais-ndirakobuca]
name: Gervais Ndirakobuca
short: Ndirakobuca
country: BDI
role: 2022-09-07 .. present | BDIGOV | Prime Minister of Burundi | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Republic of the Congo (COG)
# ---------------------------------------------------------------------------------------------------------------

[person denis-sassou-nguesso]
name: Denis Sassou Nguesso
alias: Denis Sassou-Nguesso | Sassou-Nguesso
short: Sassou Nguesso
country: COG
born: 1943-11-23
role: 1979-02-08 .. 1992-08-31 | COGGOV | President of the Republic of the Congo | head-of-state, head-of-government
role: 1997-10-25 .. 2016-04-23 | COGGOV | President of the Republic of the Congo | head-of-state, head-of-government
role: 2016-04-23 .. present | COGGOV | President of the Republic of the Congo | head-of-state

# The post of prime minister was restored by the constitution of 2015.
[person clement-mouamba]
name: Clément Mouamba
alias: Clement Mouamba
short: Mouamba
country: COG
role: 2016-04-23 .. 2021-05-12 | COGGOV | Prime Minister of the Republic of the Congo | head-of-government

[person anatole-collinet-makosso]
name: Anatole Collinet Makosso
alias: Anatole Collinet-Makosso
short: Makosso
country: COG
role: 2021-05-12 .. present | COGGOV | Prime Minister of the Republic of the Congo | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Central African Republic (CAF)
# ---------------------------------------------------------------------------------------------------------------

[person catherine-samba-panza]
name: Catherine Samba-Panza
alias: Catherine Samba Panza
short: Samba-Panza
country: CAF
role: 2014-01-23 .. 2016-03-30 | CAFGOV | Head of State of the Transition of the Central African Republic | head-of-state

[person faustin-archange-touadera]
name: Faustin-Archange Touadéra
alias: Faustin Archange Touadera | Faustin-Archange Touadera
short: Touadéra | Touadera
country: CAF
born: 1957-04-21
role: 2008-01-22 .. 2013-01-17 | CAFGOV | Prime Minister of the Central African Republic | head-of-government
role: 2016-03-30 .. present | CAFGOV | President of the Central African Republic | head-of-state

[person mahamat-kamoun]
name: Mahamat Kamoun
short: Kamoun
country: CAF
role: 2014-08-10 .. 2016-04-02 | CAFGOV | Prime Minister of the Central African Republic | head-of-government

[person simplice-sarandji]
name: Simplice Sarandji
alias: Simplice Mathieu Sarandji
short: Sarandji
country: CAF
role: 2016-04-02 .. 2019-02-25 | CAFGOV | Prime Minister of the Central African Republic | head-of-government

[person firmin-ngrebada]
name: Firmin Ngrébada
alias: Firmin Ngrebada
short: Ngrébada
country: CAF
role: 2019-02-25 .. 2021-06-11 | CAFGOV | Prime Minister of the Central African Republic | head-of-government

[person henri-marie-dondra]
name: Henri-Marie Dondra
alias: Henri Marie Dondra
short: Dondra
country: CAF
role: 2021-06-11 .. 2022-02-07 | CAFGOV | Prime Minister of the Central African Republic | head-of-government

[person felix-moloua]
name: Félix Moloua
alias: Felix Moloua
short: Moloua
country: CAF
role: 2022-02-07 .. present | CAFGOV | Prime Minister of the Central African Republic | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Liberia (LBR)
# ---------------------------------------------------------------------------------------------------------------

[person ellen-johnson-sirleaf]
name: Ellen Johnson Sirleaf
alias: Ellen Johnson-Sirleaf | Ellen Sirleaf
short: Sirleaf
country: LBR
born: 1938-10-29
role: 2006-01-16 .. 2018-01-22 | LBRGOV | President of Liberia | head-of-state, head-of-government

[person george-weah]
name: George Weah
alias: George Manneh Weah | George Manneh Oppong Weah
short: Weah
country: LBR
born: 1966-10-01
role: 2018-01-22 .. 2024-01-22 | LBRGOV | President of Liberia | head-of-state, head-of-government

[person joseph-boakai]
name: Joseph Boakai
alias: Joseph Nyuma Boakai | Joseph N. Boakai
short: Boakai
country: LBR
born: 1944-11-30
role: 2006-01-16 .. 2018-01-22 | LBRGOV | Vice President of Liberia | other
role: 2024-01-22 .. present | LBRGOV | President of Liberia | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Sierra Leone (SLE)
# ---------------------------------------------------------------------------------------------------------------

[person ernest-bai-koroma]
name: Ernest Bai Koroma
alias: Ernest Koroma
country: SLE
born: 1953-10-02
role: 2007-09-17 .. 2018-04-04 | SLEGOV | President of Sierra Leone | head-of-state, head-of-government

[person julius-maada-bio]
name: Julius Maada Bio
alias: Julius Maada Wonie Bio | Maada Bio
country: SLE
born: 1964-05-12
role: 1996-01-16 .. 1996-03-29 | SLEGOV | Chairman of the National Provisional Ruling Council | head-of-state
role: 2018-04-04 .. present | SLEGOV | President of Sierra Leone | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# The Gambia (GMB)
# ---------------------------------------------------------------------------------------------------------------

[person yahya-jammeh]
name: Yahya Jammeh
alias: Yahya A. J. J. Jammeh | Yahya Abdul-Aziz Jemus Junkung Jammeh
short: Jammeh
country: GMB
born: 1965-05-25
role: 1994-07-22 .. 2017-01-19 | GMBGOV | President of the Gambia | head-of-state, head-of-government

[person adama-barrow]
name: Adama Barrow
country: GMB
born: 1965-02-16
role: 2017-01-19 .. present | GMBGOV | President of the Gambia | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Guinea-Bissau (GNB)
# ---------------------------------------------------------------------------------------------------------------

[person jose-mario-vaz]
name: José Mário Vaz
alias: Jose Mario Vaz | Jomav
country: GNB
role: 2014-06-23 .. 2020-02-27 | GNBGOV | President of Guinea-Bissau | head-of-state

# Overthrown by the military on 2025-11-26, the day before provisional election results were due.
[person umaro-sissoco-embalo]
name: Umaro Sissoco Embaló
alias: Umaro Sissoco Embalo | Umaro Embaló | Umaro Embalo
short: Embaló | Embalo
country: GNB
born: 1972-09-23
role: 2016-11-18 .. 2018-01-16 | GNBGOV | Prime Minister of Guinea-Bissau | head-of-government
role: 2020-02-27 .. 2025-11-26 | GNBGOV | President of Guinea-Bissau | head-of-state

[person horta-inta-a]
name: Horta N'Tam
alias: Horta Inta-A | Horta Inta-A Na Man | General Horta N'Tam | Horta Inta A
short: N'Tam
country: GNB
role: 2025-11-27 .. present | GNBGOV | Transitional President of Guinea-Bissau | head-of-state

[person domingos-simoes-pereira]
name: Domingos Simões Pereira
alias: Domingos Simoes Pereira
short: Simões Pereira
country: GNB
role: 2014-07-03 .. 2015-08-20 | GNBGOV | Prime Minister of Guinea-Bissau | head-of-government

[person carlos-correia]
name: Carlos Correia
country: GNB
role: 2015-09-17 .. 2016-05-27 | GNBGOV | Prime Minister of Guinea-Bissau | head-of-government

[person baciro-dja]
name: Baciro Djá
alias: Baciro Dja
short: Djá
country: GNB
role: 2016-05-27 .. 2016-11-18 | GNBGOV | Prime Minister of Guinea-Bissau | head-of-government

[person artur-silva]
name: Artur Silva
country: GNB
role: 2018-01-31 .. 2018-04-16 | GNBGOV | Prime Minister of Guinea-Bissau | head-of-government

[person aristides-gomes]
name: Aristides Gomes
country: GNB
role: 2005-11-02 .. 2007-04-13 | GNBGOV | Prime Minister of Guinea-Bissau | head-of-government
role: 2018-04-16 .. 2020-02-28 | GNBGOV | Prime Minister of Guinea-Bissau | head-of-government

[person nuno-gomes-nabiam]
name: Nuno Gomes Nabiam
alias: Nuno Nabiam
short: Nabiam
country: GNB
role: 2020-02-28 .. 2023-08-08 | GNBGOV | Prime Minister of Guinea-Bissau | head-of-government

[person geraldo-martins]
name: Geraldo Martins
country: GNB
role: 2023-08-08 .. 2023-12-20 | GNBGOV | Prime Minister of Guinea-Bissau | head-of-government

[person rui-duarte-de-barros]
name: Rui Duarte de Barros
alias: Rui Duarte Barros
country: GNB
role: 2023-12-20 .. 2025-08 | GNBGOV | Prime Minister of Guinea-Bissau | head-of-government

[person braima-camara]
name: Braima Camará
alias: Braima Camara
country: GNB
role: 2025-08 .. 2025-11-26 | GNBGOV | Prime Minister of Guinea-Bissau | head-of-government

[person ilidio-vieira-te]
name: Ilídio Vieira Té
alias: Ilidio Vieira Te
country: GNB
role: 2025-11 .. present | GNBGOV | Prime Minister of Guinea-Bissau | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Equatorial Guinea (GNQ)
# ---------------------------------------------------------------------------------------------------------------

[person teodoro-obiang-nguema-mbasogo]
name: Teodoro Obiang Nguema Mbasogo
alias: Teodoro Obiang | Teodoro Obiang Nguema | Obiang Nguema
short: Obiang
country: GNQ
born: 1942-06-05
role: 1979-08-03 .. present | GNQGOV | President of Equatorial Guinea | head-of-state

[person vicente-ehate-tomi]
name: Vicente Ehate Tomi
country: GNQ
role: 2012-05-21 .. 2016-06-23 | GNQGOV | Prime Minister of Equatorial Guinea | head-of-government

[person francisco-pascual-obama-asue]
name: Francisco Pascual Obama Asue
alias: Pascual Obama Asue | Francisco Pascual Eyegue Obama Asue
country: GNQ
role: 2016-06-23 .. 2023-02-01 | GNQGOV | Prime Minister of Equatorial Guinea | head-of-government

[person manuela-roka-botey]
name: Manuela Roka Botey
alias: Manuela Roka
country: GNQ
role: 2023-02-01 .. 2024-08-16 | GNQGOV | Prime Minister of Equatorial Guinea | head-of-government

[person manuel-osa-nsue-nsua]
name: Manuel Osa Nsue Nsua
alias: Manuel Osa Nsue
country: GNQ
role: 2024-08-16 .. present | GNQGOV | Prime Minister of Equatorial Guinea | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Mauritania (MRT)
# ---------------------------------------------------------------------------------------------------------------

[person mohamed-ould-abdel-aziz]
name: Mohamed Ould Abdel Aziz
alias: Mohammed Ould Abdel Aziz | Mohamed Ould Abdelaziz
short: Ould Abdel Aziz
country: MRT
born: 1956-12-20
role: 2009-08-05 .. 2019-08-01 | MRTGOV | President of Mauritania | head-of-state

[person mohamed-ould-ghazouani]
name: Mohamed Ould Ghazouani
alias: Mohamed Ould Cheikh El Ghazouani | Mohamed Ould El-Ghazouani | Mohamed Ould Ghazwani | Mohamed Ould Cheikh Mohamed Ahmed Ould Ghazouani
short: Ghazouani
country: MRT
born: 1956-12-31
role: 2019-08-01 .. present | MRTGOV | President of Mauritania | head-of-state

[person yahya-ould-hademine]
name: Yahya Ould Hademine
alias: Yahya Ould Hademin
country: MRT
role: 2014-08-21 .. 2018-10-29 | MRTGOV | Prime Minister of Mauritania | head-of-government

[person mohamed-salem-ould-bechir]
name: Mohamed Salem Ould Béchir
alias: Mohamed Salem Ould Bechir
country: MRT
role: 2018-10-29 .. 2019-08-03 | MRTGOV | Prime Minister of Mauritania | head-of-government

[person ismail-ould-bedde-ould-cheikh-sidiya]
name: Ismail Ould Bedde Ould Cheikh Sidiya
alias: Ismail Ould Bedda Ould Cheikh Sidiya | Ismail Ould Cheikh Sidiya
country: MRT
role: 2019-08-03 .. 2020-08-06 | MRTGOV | Prime Minister of Mauritania | head-of-government

[person mohamed-ould-bilal]
name: Mohamed Ould Bilal
alias: Mohamed Ould Bilal Messoud
country: MRT
role: 2020-08-06 .. 2024-08-02 | MRTGOV | Prime Minister of Mauritania | head-of-government

[person moctar-ould-djay]
name: Moctar Ould Djay
alias: Mokhtar Ould Djay | Moctar Ould Diay
country: MRT
role: 2024-08-02 .. present | MRTGOV | Prime Minister of Mauritania | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Lesotho (LSO)
# ---------------------------------------------------------------------------------------------------------------

[person letsie-iii]
name: King Letsie III
alias: Letsie III
country: LSO
born: 1963-07-17
role: 1996-02-07 .. present | LSOGOV | King of Lesotho | head-of-state, royal

[person tom-thabane]
name: Tom Thabane
alias: Motsoahae Thomas Thabane | Thomas Thabane
short: Thabane
country: LSO
born: 1939-05-28
role: 2012-06-08 .. 2015-03-17 | LSOGOV | Prime Minister of Lesotho | head-of-government
role: 2017-06-16 .. 2020-05-20 | LSOGOV | Prime Minister of Lesotho | head-of-government

[person pakalitha-mosisili]
name: Pakalitha Mosisili
alias: Bethuel Pakalitha Mosisili
short: Mosisili
country: LSO
role: 1998-05-23 .. 2012-06-08 | LSOGOV | Prime Minister of Lesotho | head-of-government
role: 2015-03-17 .. 2017-06-16 | LSOGOV | Prime Minister of Lesotho | head-of-government

[person moeketsi-majoro]
name: Moeketsi Majoro
short: Majoro
country: LSO
role: 2020-05-20 .. 2022-10-28 | LSOGOV | Prime Minister of Lesotho | head-of-government

[person sam-matekane]
name: Sam Matekane
alias: Ntsokoane Samuel Matekane | Samuel Matekane
short: Matekane
country: LSO
role: 2022-10-28 .. present | LSOGOV | Prime Minister of Lesotho | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Eswatini (SWZ)
# ---------------------------------------------------------------------------------------------------------------

[person mswati-iii]
name: King Mswati III
alias: Mswati III | King Mswati
short: Mswati
country: SWZ
born: 1968-04-19
role: 1986-04-25 .. present | SWZGOV | King of Eswatini | head-of-state, royal

[person barnabas-sibusiso-dlamini]
name: Barnabas Sibusiso Dlamini
alias: Sibusiso Dlamini | Barnabas Dlamini
country: SWZ
role: 2008-10-23 .. 2018-10 | SWZGOV | Prime Minister of Eswatini | head-of-government

# Died in office on 2020-12-13.
[person ambrose-dlamini]
name: Ambrose Dlamini
alias: Ambrose Mandvulo Dlamini
country: SWZ
role: 2018-10 .. 2020-12-13 | SWZGOV | Prime Minister of Eswatini | head-of-government

[person themba-masuku]
name: Themba Masuku
country: SWZ
role: 2020-12-13 .. 2021-07-19 | SWZGOV | Acting Prime Minister of Eswatini | head-of-government

[person cleopas-dlamini]
name: Cleopas Dlamini
alias: Cleopas Sipho Dlamini
country: SWZ
role: 2021-07-19 .. 2023-11 | SWZGOV | Prime Minister of Eswatini | head-of-government

[person russell-dlamini]
name: Russell Dlamini
alias: Russell Mmiso Dlamini
country: SWZ
role: 2023-11 .. present | SWZGOV | Prime Minister of Eswatini | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Mauritius (MUS)
# ---------------------------------------------------------------------------------------------------------------

[person kailash-purryag]
name: Kailash Purryag
short: Purryag
country: MUS
role: 2012-07-21 .. 2015-05-29 | MUSGOV | President of Mauritius | head-of-state

[person ameenah-gurib-fakim]
name: Ameenah Gurib-Fakim
alias: Ameenah Gurib Fakim
short: Gurib-Fakim
country: MUS
role: 2015-06-05 .. 2018-03-23 | MUSGOV | President of Mauritius | head-of-state

[person barlen-vyapoory]
name: Barlen Vyapoory
short: Vyapoory
country: MUS
role: 2018-03-23 .. 2019-12-02 | MUSGOV | Acting President of Mauritius | head-of-state

[person prithvirajsing-roopun]
name: Prithvirajsing Roopun
alias: Pradeep Roopun
short: Roopun
country: MUS
role: 2019-12-02 .. 2024-12-06 | MUSGOV | President of Mauritius | head-of-state

[person dharam-gokhool]
name: Dharam Gokhool
alias: Dharambeer Gokhool
short: Gokhool
country: MUS
role: 2024-12-06 .. present | MUSGOV | President of Mauritius | head-of-state

[person navin-ramgoolam]
name: Navin Ramgoolam
alias: Navinchandra Ramgoolam
short: Ramgoolam
country: MUS
born: 1947-07-14
role: 1995-12-22 .. 2000-09-17 | MUSGOV | Prime Minister of Mauritius | head-of-government
role: 2005-07-05 .. 2014-12-17 | MUSGOV | Prime Minister of Mauritius | head-of-government
role: 2024-11-13 .. present | MUSGOV | Prime Minister of Mauritius | head-of-government

[person anerood-jugnauth]
name: Anerood Jugnauth
alias: Sir Anerood Jugnauth | SAJ
country: MUS
born: 1930-03-29
role: 2014-12-17 .. 2017-01-23 | MUSGOV | Prime Minister of Mauritius | head-of-government

[person pravind-jugnauth]
name: Pravind Jugnauth
alias: Pravind Kumar Jugnauth
country: MUS
born: 1961-12-25
role: 2017-01-23 .. 2024-11-13 | MUSGOV | Prime Minister of Mauritius | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Seychelles (SYC)
# ---------------------------------------------------------------------------------------------------------------

[person james-michel]
name: James Michel
alias: James Alix Michel
country: SYC
role: 2004-04-14 .. 2016-10-16 | SYCGOV | President of Seychelles | head-of-state, head-of-government

[person danny-faure]
name: Danny Faure
country: SYC
role: 2016-10-16 .. 2020-10-26 | SYCGOV | President of Seychelles | head-of-state, head-of-government

[person wavel-ramkalawan]
name: Wavel Ramkalawan
short: Ramkalawan
country: SYC
born: 1961-03-15
role: 2020-10-26 .. 2025-10-26 | SYCGOV | President of Seychelles | head-of-state, head-of-government

[person patrick-herminie]
name: Patrick Herminie
short: Herminie
country: SYC
role: 2025-10-26 .. present | SYCGOV | President of Seychelles | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Cape Verde (CPV)
# ---------------------------------------------------------------------------------------------------------------

[person jorge-carlos-fonseca]
name: Jorge Carlos Fonseca
alias: Jorge Carlos de Almeida Fonseca
country: CPV
role: 2011-09-09 .. 2021-11-09 | CPVGOV | President of Cape Verde | head-of-state

[person jose-maria-neves]
name: José Maria Neves
alias: Jose Maria Neves | José Maria Pereira Neves
country: CPV
role: 2001-02-01 .. 2016-04-22 | CPVGOV | Prime Minister of Cape Verde | head-of-government
role: 2021-11-09 .. present | CPVGOV | President of Cape Verde | head-of-state

# Prime minister since 2016; the legislative election of 2026 is not reflected here.
[person ulisses-correia-e-silva]
name: Ulisses Correia e Silva
alias: Ulisses Correia Silva
country: CPV
role: 2016-04-22 .. present | CPVGOV | Prime Minister of Cape Verde | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Comoros (COM)
# ---------------------------------------------------------------------------------------------------------------

[person ikililou-dhoinine]
name: Ikililou Dhoinine
short: Dhoinine
country: COM
role: 2011-05-26 .. 2016-05-26 | COMGOV | President of the Comoros | head-of-state, head-of-government

[person azali-assoumani]
name: Azali Assoumani
alias: Azali Assoumani Boinaheri
short: Azali
country: COM
born: 1959-01-01
role: 1999-04-30 .. 2002-01-21 | COMGOV | Head of State of the Comoros | head-of-state, head-of-government
role: 2002-05-26 .. 2006-05-26 | COMGOV | President of the Comoros | head-of-state, head-of-government
role: 2016-05-26 .. present | COMGOV | President of the Comoros | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Sao Tome and Principe (STP)
# ---------------------------------------------------------------------------------------------------------------

[person manuel-pinto-da-costa]
name: Manuel Pinto da Costa
country: STP
role: 1975-07-12 .. 1991-04-03 | STPGOV | President of Sao Tome and Principe | head-of-state
role: 2011-09-03 .. 2016-09-03 | STPGOV | President of Sao Tome and Principe | head-of-state

[person evaristo-carvalho]
name: Evaristo Carvalho
country: STP
role: 2016-09-03 .. 2021-10-02 | STPGOV | President of Sao Tome and Principe | head-of-state

[person carlos-vila-nova]
name: Carlos Vila Nova
short: Vila Nova
country: STP
role: 2021-10-02 .. present | STPGOV | President of Sao Tome and Principe | head-of-state

[person patrice-trovoada]
name: Patrice Trovoada
alias: Patrice Emery Trovoada
short: Trovoada
country: STP
role: 2014-11-29 .. 2018-12-03 | STPGOV | Prime Minister of Sao Tome and Principe | head-of-government
role: 2022-11-11 .. 2025-01-06 | STPGOV | Prime Minister of Sao Tome and Principe | head-of-government

[person jorge-bom-jesus]
name: Jorge Bom Jesus
country: STP
role: 2018-12-03 .. 2022-11-11 | STPGOV | Prime Minister of Sao Tome and Principe | head-of-government

[person americo-ramos]
name: Américo Ramos
alias: Americo Ramos | Américo d'Oliveira dos Ramos
country: STP
role: 2025-01 .. present | STPGOV | Prime Minister of Sao Tome and Principe | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Uruguay (URY)
# ---------------------------------------------------------------------------------------------------------------

[person jose-mujica]
name: José Mujica
alias: Jose Mujica | Pepe Mujica | José Alberto Mujica Cordano
short: Mujica
country: URY
born: 1935-05-20
role: 2010-03-01 .. 2015-03-01 | URYGOV | President of Uruguay | head-of-state, head-of-government

[person tabare-vazquez]
name: Tabaré Vázquez
alias: Tabare Vazquez | Tabaré Ramón Vázquez Rosas
country: URY
born: 1940-01-17
role: 2005-03-01 .. 2010-03-01 | URYGOV | President of Uruguay | head-of-state, head-of-government
role: 2015-03-01 .. 2020-03-01 | URYGOV | President of Uruguay | head-of-state, head-of-government

[person luis-lacalle-pou]
name: Luis Lacalle Pou
alias: Luis Alberto Lacalle Pou
short: Lacalle Pou
country: URY
born: 1973-08-11
role: 2020-03-01 .. 2025-03-01 | URYGOV | President of Uruguay | head-of-state, head-of-government

[person yamandu-orsi]
name: Yamandú Orsi
alias: Yamandu Orsi | Yamandú Ramón Antonio Orsi Martínez
short: Orsi
country: URY
born: 1967-06-13
role: 2025-03-01 .. present | URYGOV | President of Uruguay | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Paraguay (PRY)
# ---------------------------------------------------------------------------------------------------------------

[person horacio-cartes]
name: Horacio Cartes
short: Cartes
country: PRY
born: 1956-07-05
role: 2013-08-15 .. 2018-08-15 | PRYGOV | President of Paraguay | head-of-state, head-of-government

[person mario-abdo-benitez]
name: Mario Abdo Benítez
alias: Mario Abdo Benitez | Marito Abdo
short: Abdo Benítez
country: PRY
born: 1971-11-10
role: 2018-08-15 .. 2023-08-15 | PRYGOV | President of Paraguay | head-of-state, head-of-government

[person santiago-pena]
name: Santiago Peña
alias: Santiago Pena | Santiago Peña Palacios
country: PRY
born: 1978-11-16
role: 2023-08-15 .. present | PRYGOV | President of Paraguay | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Guyana (GUY)
# ---------------------------------------------------------------------------------------------------------------

# The executive president is head of state and of government; the prime minister is the first vice-president.
[person donald-ramotar]
name: Donald Ramotar
short: Ramotar
country: GUY
role: 2011-12-03 .. 2015-05-16 | GUYGOV | President of Guyana | head-of-state, head-of-government

[person david-granger]
name: David Granger
alias: David Arthur Granger
country: GUY
born: 1945-07-15
role: 2015-05-16 .. 2020-08-02 | GUYGOV | President of Guyana | head-of-state, head-of-government

[person irfaan-ali]
name: Irfaan Ali
alias: Mohamed Irfaan Ali
country: GUY
born: 1980-04-25
role: 2020-08-02 .. present | GUYGOV | President of Guyana | head-of-state, head-of-government

[person samuel-hinds]
name: Samuel Hinds
alias: Sam Hinds | Samuel Archibald Anthony Hinds
country: GUY
role: 1999-08 .. 2015-05-20 | GUYGOV | Prime Minister of Guyana | head-of-government

[person moses-nagamootoo]
name: Moses Nagamootoo
short: Nagamootoo
country: GUY
role: 2015-05-20 .. 2020-08-02 | GUYGOV | Prime Minister of Guyana | head-of-government

[person mark-phillips-guyana]
name: Mark Phillips
alias: Brigadier Mark Phillips
country: GUY
role: 2020-08-02 .. present | GUYGOV | Prime Minister of Guyana | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Suriname (SUR)
# ---------------------------------------------------------------------------------------------------------------

[person desi-bouterse]
name: Dési Bouterse
alias: Desi Bouterse | Desiré Delano Bouterse | Desire Bouterse
short: Bouterse
country: SUR
born: 1945-10-13
role: 2010-08-12 .. 2020-07-16 | SURGOV | President of Suriname | head-of-state, head-of-government

[person chan-santokhi]
name: Chan Santokhi
alias: Chandrikapersad Santokhi
short: Santokhi
country: SUR
born: 1959-02-03
role: 2020-07-16 .. 2025-07-16 | SURGOV | President of Suriname | head-of-state, head-of-government

[person jennifer-geerlings-simons]
name: Jennifer Geerlings-Simons
alias: Jennifer Simons | Jenny Simons | Jennifer Geerlings Simons
short: Geerlings-Simons
country: SUR
born: 1953-10-09
role: 2025-07-16 .. present | SURGOV | President of Suriname | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Jamaica (JAM)
# ---------------------------------------------------------------------------------------------------------------

[person portia-simpson-miller]
name: Portia Simpson-Miller
alias: Portia Simpson Miller
short: Simpson-Miller
country: JAM
born: 1945-12-12
role: 2006-03-30 .. 2007-09-11 | JAMGOV | Prime Minister of Jamaica | head-of-government
role: 2012-01-05 .. 2016-03-03 | JAMGOV | Prime Minister of Jamaica | head-of-government

[person andrew-holness]
name: Andrew Holness
alias: Andrew Michael Holness
short: Holness
country: JAM
born: 1972-07-22
role: 2011-10-23 .. 2012-01-05 | JAMGOV | Prime Minister of Jamaica | head-of-government
role: 2016-03-03 .. present | JAMGOV | Prime Minister of Jamaica | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Trinidad and Tobago (TTO)
# ---------------------------------------------------------------------------------------------------------------

[person anthony-carmona]
name: Anthony Carmona
alias: Anthony Thomas Aquinas Carmona
country: TTO
role: 2013-03-18 .. 2018-03-19 | TTOGOV | President of Trinidad and Tobago | head-of-state

[person paula-mae-weekes]
name: Paula-Mae Weekes
alias: Paula Mae Weekes
short: Weekes
country: TTO
role: 2018-03-19 .. 2023-03-20 | TTOGOV | President of Trinidad and Tobago | head-of-state

[person christine-kangaloo]
name: Christine Kangaloo
short: Kangaloo
country: TTO
role: 2023-03-20 .. present | TTOGOV | President of Trinidad and Tobago | head-of-state

[person kamla-persad-bissessar]
name: Kamla Persad-Bissessar
alias: Kamla Persad Bissessar | Kamla
short: Persad-Bissessar
country: TTO
born: 1952-04-22
role: 2010-05-26 .. 2015-09-09 | TTOGOV | Prime Minister of Trinidad and Tobago | head-of-government
role: 2025-05-01 .. present | TTOGOV | Prime Minister of Trinidad and Tobago | head-of-government

[person keith-rowley]
name: Keith Rowley
alias: Keith Christopher Rowley
short: Rowley
country: TTO
born: 1949-10-24
role: 2015-09-09 .. 2025-03-17 | TTOGOV | Prime Minister of Trinidad and Tobago | head-of-government

[person stuart-young]
name: Stuart Young
alias: Stuart Richard Young
country: TTO
role: 2025-03-17 .. 2025-05-01 | TTOGOV | Prime Minister of Trinidad and Tobago | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Barbados (BRB). A republic since 2021-11-30; before that the British monarch was head of state.
# ---------------------------------------------------------------------------------------------------------------

[person sandra-mason]
name: Sandra Mason
alias: Dame Sandra Mason | Sandra Prunella Mason
country: BRB
role: 2018-01-08 .. 2021-11-30 | BRBGOV | Governor-General of Barbados | other
role: 2021-11-30 .. 2025-11-30 | BRBGOV | President of Barbados | head-of-state

[person jeffrey-bostic]
name: Jeffrey Bostic
alias: Jeff Bostic
short: Bostic
country: BRB
role: 2025-11-30 .. present | BRBGOV | President of Barbados | head-of-state

[person freundel-stuart]
name: Freundel Stuart
alias: Freundel Jerome Stuart
country: BRB
role: 2010-10-23 .. 2018-05-25 | BRBGOV | Prime Minister of Barbados | head-of-government

[person mia-mottley]
name: Mia Mottley
alias: Mia Amor Mottley
short: Mottley
country: BRB
born: 1965-10-01
role: 2018-05-25 .. present | BRBGOV | Prime Minister of Barbados | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# The Bahamas (BHS)
# ---------------------------------------------------------------------------------------------------------------

[person perry-christie]
name: Perry Christie
alias: Perry Gladstone Christie
country: BHS
role: 2002-05-03 .. 2007-05-04 | BHSGOV | Prime Minister of the Bahamas | head-of-government
role: 2012-05-08 .. 2017-05-11 | BHSGOV | Prime Minister of the Bahamas | head-of-government

[person hubert-minnis]
name: Hubert Minnis
alias: Hubert Alexander Minnis
short: Minnis
country: BHS
role: 2017-05-11 .. 2021-09-17 | BHSGOV | Prime Minister of the Bahamas | head-of-government

# Prime minister since 2021; a general election fell due in 2026 and is not reflected here.
[person philip-davis]
name: Philip Davis
alias: Philip Edward Davis | Philip "Brave" Davis | Brave Davis
country: BHS
role: 2021-09-17 .. present | BHSGOV | Prime Minister of the Bahamas | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Belize (BLZ)
# ---------------------------------------------------------------------------------------------------------------

[person dean-barrow]
name: Dean Barrow
alias: Dean Oliver Barrow
country: BLZ
role: 2008-02-08 .. 2020-11-12 | BLZGOV | Prime Minister of Belize | head-of-government

[person johnny-briceno]
name: Johnny Briceño
alias: Johnny Briceno | John Briceño
short: Briceño
country: BLZ
role: 2020-11-12 .. present | BLZGOV | Prime Minister of Belize | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Papua New Guinea (PNG)
# ---------------------------------------------------------------------------------------------------------------

[person peter-oneill]
name: Peter O'Neill
alias: Peter Paire O'Neill | Peter ONeill
country: PNG
born: 1965-02-13
role: 2011-08-02 .. 2019-05-30 | PNGGOV | Prime Minister of Papua New Guinea | head-of-government

[person james-marape]
name: James Marape
short: Marape
country: PNG
born: 1971-04-24
role: 2019-05-30 .. present | PNGGOV | Prime Minister of Papua New Guinea | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Fiji (FJI)
# ---------------------------------------------------------------------------------------------------------------

[person epeli-nailatikau]
name: Epeli Nailatikau
alias: Ratu Epeli Nailatikau
short: Nailatikau
country: FJI
role: 2009-07-30 .. 2015-11-12 | FJIGOV | President of Fiji | head-of-state

[person jioji-konrote]
name: Jioji Konrote
alias: George Konrote | Jioji Konousi Konrote
short: Konrote
country: FJI
role: 2015-11-12 .. 2021-11-12 | FJIGOV | President of Fiji | head-of-state

[person wiliame-katonivere]
name: Wiliame Katonivere
alias: Ratu Wiliame Katonivere | Ratu Wiliame Maivalili Katonivere
short: Katonivere
country: FJI
role: 2021-11-12 .. 2024-11-12 | FJIGOV | President of Fiji | head-of-state

[person naiqama-lalabalavu]
name: Naiqama Lalabalavu
alias: Ratu Naiqama Lalabalavu | Ratu Naiqama Tawake Lalabalavu
short: Lalabalavu
country: FJI
role: 2024-11-12 .. present | FJIGOV | President of Fiji | head-of-state

# Seized power in the coup of 2006-12-05; interim prime minister from 2007-01-05, elected prime minister in 2014.
[person frank-bainimarama]
name: Frank Bainimarama
alias: Voreqe Bainimarama | Josaia Voreqe Bainimarama | Voreqe Frank Bainimarama
short: Bainimarama
country: FJI
born: 1954-04-27
role: 2007-01-05 .. 2022-12-24 | FJIGOV | Prime Minister of Fiji | head-of-government

[person sitiveni-rabuka]
name: Sitiveni Rabuka
alias: Sitiveni Ligamamada Rabuka
short: Rabuka
country: FJI
born: 1948-09-13
role: 1992-06-02 .. 1999-05-19 | FJIGOV | Prime Minister of Fiji | head-of-government
role: 2022-12-24 .. present | FJIGOV | Prime Minister of Fiji | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Solomon Islands (SLB)
# ---------------------------------------------------------------------------------------------------------------

[person manasseh-sogavare]
name: Manasseh Sogavare
alias: Manasseh Damukana Sogavare
short: Sogavare
country: SLB
born: 1955-01-17
role: 2014-12-09 .. 2017-11-15 | SLBGOV | Prime Minister of Solomon Islands | head-of-government
role: 2019-04-24 .. 2024-05-02 | SLBGOV | Prime Minister of Solomon Islands | head-of-government

[person rick-houenipwela]
name: Rick Houenipwela
alias: Rick Hou | Richard Hou
short: Houenipwela
country: SLB
role: 2017-11-15 .. 2019-04-24 | SLBGOV | Prime Minister of Solomon Islands | head-of-government

[person jeremiah-manele]
name: Jeremiah Manele
short: Manele
country: SLB
role: 2024-05-02 .. present | SLBGOV | Prime Minister of Solomon Islands | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Vanuatu (VUT)
# ---------------------------------------------------------------------------------------------------------------

# Died in office on 2017-06-17.
[person baldwin-lonsdale]
name: Baldwin Lonsdale
short: Lonsdale
country: VUT
role: 2014-09-22 .. 2017-06-17 | VUTGOV | President of Vanuatu | head-of-state

[person tallis-obed-moses]
name: Tallis Obed Moses
alias: Obed Moses Tallis
country: VUT
role: 2017-07-06 .. 2022-07-23 | VUTGOV | President of Vanuatu | head-of-state

[person nikenike-vurobaravu]
name: Nikenike Vurobaravu
short: Vurobaravu
country: VUT
role: 2022-07-23 .. present | VUTGOV | President of Vanuatu | head-of-state

[person joe-natuman]
name: Joe Natuman
short: Natuman
country: VUT
role: 2014-05-15 .. 2015-06-11 | VUTGOV | Prime Minister of Vanuatu | head-of-government

[person sato-kilman]
name: Sato Kilman
alias: Meltek Sato Kilman Livtuvanu
short: Kilman
country: VUT
role: 2015-06-11 .. 2016-02-11 | VUTGOV | Prime Minister of Vanuatu | head-of-government
role: 2023-09-04 .. 2023-10-06 | VUTGOV | Prime Minister of Vanuatu | head-of-government

[person charlot-salwai]
name: Charlot Salwai
alias: Charlot Salwai Tabimasmas
short: Salwai
country: VUT
role: 2016-02-11 .. 2020-04-20 | VUTGOV | Prime Minister of Vanuatu | head-of-government
role: 2023-10-06 .. 2025-02-11 | VUTGOV | Prime Minister of Vanuatu | head-of-government

[person bob-loughman]
name: Bob Loughman
alias: Bob Loughman Weibur
short: Loughman
country: VUT
role: 2020-04-20 .. 2022-11-04 | VUTGOV | Prime Minister of Vanuatu | head-of-government

[person ishmael-kalsakau]
name: Ishmael Kalsakau
alias: Alatoi Ishmael Kalsakau
short: Kalsakau
country: VUT
role: 2022-11-04 .. 2023-09-04 | VUTGOV | Prime Minister of Vanuatu | head-of-government

[person jotham-napat]
name: Jotham Napat
short: Napat
country: VUT
role: 2025-02-11 .. present | VUTGOV | Prime Minister of Vanuatu | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Samoa (WSM)
# ---------------------------------------------------------------------------------------------------------------

[person tui-atua-tupua-tamasese-efi]
name: Tui Ātua Tupua Tamasese Efi
alias: Tui Atua Tupua Tamasese Efi | Tupua Tamasese Efi | Tui Atua Tupua Tamasese Tupuola Tufuga Efi
country: WSM
role: 2007-06-20 .. 2017-07-21 | WSMGOV | O le Ao o le Malo (Head of State of Samoa) | head-of-state

[person vaaletoa-sualauvi-ii]
name: Va'aletoa Sualauvi II
alias: Tuimalealiifano Vaaletoa Sualauvi II | Tuimaleali'ifano Va'aletoa Sualauvi II | Vaaletoa Sualauvi II
country: WSM
role: 2017-07-21 .. present | WSMGOV | O le Ao o le Malo (Head of State of Samoa) | head-of-state

[person tuilaepa-sailele-malielegaoi]
name: Tuilaepa Sailele Malielegaoi
alias: Tuilaepa Aiono Sailele Malielegaoi | Tuilaepa Lupesoliai Sailele Malielegaoi
short: Tuilaepa
country: WSM
born: 1945-04-14
role: 1998-11-23 .. 2021-05-24 | WSMGOV | Prime Minister of Samoa | head-of-government

# Sworn in on 2021-05-24 in a tent outside the locked parliament; the Court of Appeal confirmed the swearing-in on
# 2021-07-23, ending the constitutional crisis.
[person fiame-naomi-mataafa]
name: Fiamē Naomi Mataʻafa
alias: Fiame Naomi Mataafa | Fiamē Naomi Mata'afa | Naomi Mataafa | Fiame Naomi Mata'afa
short: Fiamē | Fiame
country: WSM
born: 1957-04-29
role: 2021-05-24 .. 2025-09-16 | WSMGOV | Prime Minister of Samoa | head-of-government

[person laauli-leuatea-schmidt]
name: La'auli Leuatea Schmidt
alias: Laauli Leuatea Schmidt | La'auli Leuatea Polataivao Schmidt | Laauli Leuatea Polataivao Fosi Schmidt
short: La'auli
country: WSM
role: 2025-09-16 .. present | WSMGOV | Prime Minister of Samoa | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Tonga (TON)
# ---------------------------------------------------------------------------------------------------------------

[person tupou-vi]
name: King Tupou VI
alias: Tupou VI | King Tupou VI of Tonga | ʻAhoʻeitu ʻUnuakiʻotonga Tukuʻaho Tupou VI | Ahoeitu Tupou VI
country: TON
born: 1959-07-12
role: 2012-03-18 .. present | TONGOV | King of Tonga | head-of-state, royal

# Died in office on 2019-09-12.
[person akilisi-pohiva]
name: ʻAkilisi Pōhiva
alias: Akilisi Pohiva | Samuela ʻAkilisi Pōhiva | Samuela Akilisi Pohiva
country: TON
role: 2014-12-30 .. 2019-09-12 | TONGOV | Prime Minister of Tonga | head-of-government

[person pohiva-tuionetoa]
name: Pohiva Tuʻiʻonetoa
alias: Pohiva Tuionetoa | Pohiva Tu'i'onetoa
short: Tuʻiʻonetoa | Tuionetoa
country: TON
role: 2019-09-27 .. 2021-12-27 | TONGOV | Prime Minister of Tonga | head-of-government

[person siaosi-sovaleni]
name: Siaosi Sovaleni
alias: Hu'akavameiliku Siaosi Sovaleni | Huʻakavameiliku
short: Sovaleni
country: TON
role: 2021-12-27 .. 2024-12-09 | TONGOV | Prime Minister of Tonga | head-of-government

# Elected by the Legislative Assembly after Sovaleni resigned on 2024-12-09; served until after the general
# election of November 2025.
[person aisake-eke]
name: ʻAisake Eke
alias: Aisake Eke | 'Aisake Valu Eke | Aisake Valu Eke
country: TON
role: 2024-12-24 .. 2025-12 | TONGOV | Prime Minister of Tonga | head-of-government

[person lord-fakafanua]
name: Lord Fakafanua
alias: Fakafanua
country: TON
role: 2025-12 .. present | TONGOV | Prime Minister of Tonga | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Kiribati (KIR)
# ---------------------------------------------------------------------------------------------------------------

[person anote-tong]
name: Anote Tong
country: KIR
born: 1952-06-11
role: 2003-07-10 .. 2016-03-11 | KIRGOV | President of Kiribati | head-of-state, head-of-government

[person taneti-maamau]
name: Taneti Maamau
alias: Taneti Mamau
short: Maamau
country: KIR
born: 1960-09-16
role: 2016-03-11 .. present | KIRGOV | President of Kiribati | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Tuvalu (TUV)
# ---------------------------------------------------------------------------------------------------------------

[person enele-sopoaga]
name: Enele Sopoaga
alias: Enele Sosene Sopoaga
short: Sopoaga
country: TUV
role: 2013-08-05 .. 2019-09-19 | TUVGOV | Prime Minister of Tuvalu | head-of-government

[person kausea-natano]
name: Kausea Natano
short: Natano
country: TUV
role: 2019-09-19 .. 2024-02-26 | TUVGOV | Prime Minister of Tuvalu | head-of-government

[person feleti-teo]
name: Feleti Teo
alias: Feleti Penitala Teo
country: TUV
role: 2024-02-26 .. present | TUVGOV | Prime Minister of Tuvalu | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Nauru (NRU)
# ---------------------------------------------------------------------------------------------------------------

[person baron-waqa]
name: Baron Waqa
alias: Baron Divavesi Waqa
short: Waqa
country: NRU
role: 2013-06-11 .. 2019-08-27 | NRUGOV | President of Nauru | head-of-state, head-of-government

[person lionel-aingimea]
name: Lionel Aingimea
alias: Lionel Rouwen Aingimea
short: Aingimea
country: NRU
role: 2019-08-27 .. 2022-09-29 | NRUGOV | President of Nauru | head-of-state, head-of-government

[person russ-kun]
name: Russ Kun
alias: Russ Joseph Kun
country: NRU
role: 2022-09-29 .. 2023-10-30 | NRUGOV | President of Nauru | head-of-state, head-of-government

[person david-adeang]
name: David Adeang
alias: David Waiau Adeang
short: Adeang
country: NRU
role: 2023-10-30 .. present | NRUGOV | President of Nauru | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Palau (PLW)
# ---------------------------------------------------------------------------------------------------------------

[person tommy-remengesau]
name: Tommy Remengesau Jr.
alias: Tommy Remengesau | Tommy Esang Remengesau Jr. | Tommy Remengesau Jr
short: Remengesau
country: PLW
role: 2001-01-19 .. 2009-01-15 | PLWGOV | President of Palau | head-of-state, head-of-government
role: 2013-01-17 .. 2021-01-21 | PLWGOV | President of Palau | head-of-state, head-of-government

[person surangel-whipps-jr]
name: Surangel Whipps Jr.
alias: Surangel Whipps | Surangel S. Whipps Jr. | Surangel Whipps Jr
short: Whipps
country: PLW
role: 2021-01-21 .. present | PLWGOV | President of Palau | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Marshall Islands (MHL)
# ---------------------------------------------------------------------------------------------------------------

[person christopher-loeak]
name: Christopher Loeak
alias: Christopher Jorebon Loeak
short: Loeak
country: MHL
role: 2012-01-10 .. 2016-01-11 | MHLGOV | President of the Marshall Islands | head-of-state, head-of-government

[person hilda-heine]
name: Hilda Heine
alias: Hilda Cathy Heine | Hilda C. Heine
short: Heine
country: MHL
born: 1951-04-06
role: 2016-01-28 .. 2020-01-13 | MHLGOV | President of the Marshall Islands | head-of-state, head-of-government
role: 2024-01-03 .. present | MHLGOV | President of the Marshall Islands | head-of-state, head-of-government

[person david-kabua]
name: David Kabua
short: Kabua
country: MHL
role: 2020-01-13 .. 2024-01-03 | MHLGOV | President of the Marshall Islands | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Federated States of Micronesia (FSM)
# ---------------------------------------------------------------------------------------------------------------

[person manny-mori]
name: Manny Mori
alias: Emanuel Mori | Emanuel "Manny" Mori
country: FSM
role: 2007-05-11 .. 2015-05-11 | FSMGOV | President of the Federated States of Micronesia | head-of-state, head-of-government

[person peter-m-christian]
name: Peter M. Christian
alias: Peter Christian
country: FSM
role: 2015-05-11 .. 2019-05-11 | FSMGOV | President of the Federated States of Micronesia | head-of-state, head-of-government

[person david-panuelo]
name: David Panuelo
alias: David W. Panuelo
short: Panuelo
country: FSM
role: 2019-05-11 .. 2023-05-11 | FSMGOV | President of the Federated States of Micronesia | head-of-state, head-of-government

[person wesley-simina]
name: Wesley Simina
alias: Wesley W. Simina
short: Simina
country: FSM
role: 2023-05-11 .. present | FSMGOV | President of the Federated States of Micronesia | head-of-state, head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Mongolia (MNG)
# ---------------------------------------------------------------------------------------------------------------

# Mongolian news gives the patronymic first; the given name alone is the usual short form.
[person tsakhiagiin-elbegdorj]
name: Tsakhiagiin Elbegdorj
alias: Tsakhia Elbegdorj | Ts. Elbegdorj | Elbegdorj Tsakhia
short: Elbegdorj
country: MNG
born: 1963-03-30
role: 2009-06-18 .. 2017-07-10 | MNGGOV | President of Mongolia | head-of-state

[person khaltmaagiin-battulga]
name: Khaltmaagiin Battulga
alias: Khaltmaa Battulga | Kh. Battulga | Battulga Khaltmaa
short: Battulga
country: MNG
born: 1963-03-03
role: 2017-07-10 .. 2021-06-25 | MNGGOV | President of Mongolia | head-of-state

[person ukhnaagiin-khurelsukh]
name: Ukhnaagiin Khürelsükh
alias: Ukhnaagiin Khurelsukh | Ukhnaa Khurelsukh | U. Khurelsukh | Khurelsukh Ukhnaa
short: Khürelsükh | Khurelsukh
country: MNG
born: 1968-06-14
role: 2017-10-04 .. 2021-01-27 | MNGGOV | Prime Minister of Mongolia | head-of-government
role: 2021-06-25 .. present | MNGGOV | President of Mongolia | head-of-state

[person chimediin-saikhanbileg]
name: Chimediin Saikhanbileg
alias: Chimed Saikhanbileg | Ch. Saikhanbileg
short: Saikhanbileg
country: MNG
role: 2014-12-04 .. 2016-07-07 | MNGGOV | Prime Minister of Mongolia | head-of-government

[person jargaltulgyn-erdenebat]
name: Jargaltulgyn Erdenebat
alias: Jargaltulga Erdenebat | J. Erdenebat
short: Erdenebat
country: MNG
role: 2016-07-07 .. 2017-10-04 | MNGGOV | Prime Minister of Mongolia | head-of-government

[person luvsannamsrain-oyun-erdene]
name: Luvsannamsrain Oyun-Erdene
alias: Luvsannamsrai Oyun-Erdene | L. Oyun-Erdene | Oyun-Erdene Luvsannamsrai
short: Oyun-Erdene
country: MNG
born: 1980-06-29
role: 2021-01-27 .. 2025-06-13 | MNGGOV | Prime Minister of Mongolia | head-of-government

# Parliament voted to dismiss him in October 2025, but the vote was annulled and he stayed in office.
[person gombojavyn-zandanshatar]
name: Gombojavyn Zandanshatar
alias: Gombojav Zandanshatar | G. Zandanshatar | Zandanshatar Gombojav
short: Zandanshatar
country: MNG
born: 1970-03-13
role: 2025-06-13 .. present | MNGGOV | Prime Minister of Mongolia | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Bhutan (BTN)
# ---------------------------------------------------------------------------------------------------------------

[person jigme-khesar-namgyel-wangchuck]
name: Jigme Khesar Namgyel Wangchuck
alias: King Jigme Khesar Namgyel Wangchuck | King Jigme Khesar | Jigme Khesar
country: BTN
born: 1980-02-21
role: 2006-12-09 .. present | BTNGOV | King of Bhutan (Druk Gyalpo) | head-of-state, royal

[person tshering-tobgay]
name: Tshering Tobgay
short: Tobgay
country: BTN
born: 1965-09-19
role: 2013-07-27 .. 2018-08-01 | BTNGOV | Prime Minister of Bhutan | head-of-government
role: 2024-01-28 .. present | BTNGOV | Prime Minister of Bhutan | head-of-government

[person lotay-tshering]
name: Lotay Tshering
country: BTN
born: 1969-05-10
role: 2018-11-07 .. 2023-08 | BTNGOV | Prime Minister of Bhutan | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Hong Kong (HKG)
# ---------------------------------------------------------------------------------------------------------------

[person leung-chun-ying]
name: Leung Chun-ying
alias: CY Leung | C.Y. Leung | Leung Chun Ying
country: HKG
born: 1954-08-12
role: 2012-07-01 .. 2017-07-01 | HKGGOV | Chief Executive of Hong Kong | head-of-government

[person carrie-lam]
name: Carrie Lam
alias: Carrie Lam Cheng Yuet-ngor | Lam Cheng Yuet-ngor
country: HKG
born: 1957-05-13
role: 2012-07-01 .. 2017-01-16 | HKGGOV | Chief Secretary for Administration | deputy-head-of-government
role: 2017-07-01 .. 2022-07-01 | HKGGOV | Chief Executive of Hong Kong | head-of-government

[person john-lee-ka-chiu]
name: John Lee Ka-chiu
alias: John Lee | Lee Ka-chiu | John Lee Ka chiu
country: HKG
born: 1957-12-07
role: 2021-06-25 .. 2022-04-07 | HKGGOV | Chief Secretary for Administration | deputy-head-of-government
role: 2022-07-01 .. present | HKGGOV | Chief Executive of Hong Kong | head-of-government

# ---------------------------------------------------------------------------------------------------------------
# Small states of Europe and the eastern Caribbean (added with the coverage test: every member state has a head of
# state or government on the dates it checks). San Marino's captains regent change every six months and are left out.
# ---------------------------------------------------------------------------------------------------------------

[person prince-albert-ii]
name: Prince Albert II of Monaco
alias: Albert II of Monaco | Prince Albert II
country: MCO
born: 1958-03-14
role: 2005-04-06 .. present | MCOGOV | Sovereign Prince of Monaco | head-of-state

[person prince-hans-adam-ii]
name: Prince Hans-Adam II
alias: Hans-Adam II | Prince Hans-Adam II of Liechtenstein
country: LIE
born: 1945-02-14
role: 1989-11-13 .. present | LIEGOV | Prince of Liechtenstein | head-of-state

[person adrian-hasler]
name: Adrian Hasler
country: LIE
role: 2013-03-27 .. 2021-03-25 | LIEGOV | Prime Minister of Liechtenstein | head-of-government

[person daniel-risch]
name: Daniel Risch
country: LIE
role: 2021-03-25 .. 2025-04-10 | LIEGOV | Prime Minister of Liechtenstein | head-of-government

[person brigitte-haas]
name: Brigitte Haas
country: LIE
role: 2025-04-10 .. present | LIEGOV | Prime Minister of Liechtenstein | head-of-government

[person antoni-marti]
name: Antoni Martí
alias: Antoni Marti | Antoni Martí Petit
country: AND
role: 2011-05-12 .. 2019-05-16 | ANDGOV | Head of Government of Andorra | head-of-government

[person xavier-espot-zamora]
name: Xavier Espot Zamora
alias: Xavier Espot
short: Espot
country: AND
role: 2019-05-16 .. present | ANDGOV | Head of Government of Andorra | head-of-government

[person gaston-browne]
name: Gaston Browne
country: ATG
born: 1967-02-09
role: 2014-06-13 .. present | ATGGOV | Prime Minister of Antigua and Barbuda | head-of-government

[person roosevelt-skerrit]
name: Roosevelt Skerrit
short: Skerrit
country: DMA
born: 1972-06-08
role: 2004-01-08 .. present | DMAGOV | Prime Minister of Dominica | head-of-government

[person keith-mitchell]
name: Keith Mitchell
country: GRD
role: 2013-02-20 .. 2022-06-24 | GRDGOV | Prime Minister of Grenada | head-of-government

[person dickon-mitchell]
name: Dickon Mitchell
country: GRD
role: 2022-06-24 .. present | GRDGOV | Prime Minister of Grenada | head-of-government

[person timothy-harris]
name: Timothy Harris
country: KNA
role: 2015-02-18 .. 2022-08-06 | KNAGOV | Prime Minister of Saint Kitts and Nevis | head-of-government

[person terrance-drew]
name: Terrance Drew
country: KNA
role: 2022-08-06 .. present | KNAGOV | Prime Minister of Saint Kitts and Nevis | head-of-government

[person kenny-anthony]
name: Kenny Anthony
alias: Kenny D. Anthony
country: LCA
role: 2011-11-30 .. 2016-06-07 | LCAGOV | Prime Minister of Saint Lucia | head-of-government

[person allen-chastanet]
name: Allen Chastanet
short: Chastanet
country: LCA
role: 2016-06-07 .. 2021-07-28 | LCAGOV | Prime Minister of Saint Lucia | head-of-government

[person philip-j-pierre]
name: Philip J. Pierre
alias: Philip Pierre
country: LCA
role: 2021-07-28 .. present | LCAGOV | Prime Minister of Saint Lucia | head-of-government

[person ralph-gonsalves]
name: Ralph Gonsalves
short: Gonsalves
country: VCT
born: 1946-08-08
role: 2001-03-29 .. 2025-11 | VCTGOV | Prime Minister of Saint Vincent and the Grenadines | head-of-government

[person godwin-friday]
name: Godwin Friday
country: VCT
role: 2025-11 .. present | VCTGOV | Prime Minister of Saint Vincent and the Grenadines | head-of-government

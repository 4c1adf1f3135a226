# Foreign ministers of smaller African, European and American states in office at some time 2015-2026, with their
# dated offices. Written for Dyad from public facts of record.
#
# Each role runs from the first day in office to the day the successor took office (or "present"); where the exact
# day is not certain the date is given to the month only. People who already appear in another people file (as heads
# of state or government, envoys, ...) carry their foreign-minister role there, not here.

# ---------------------------------------------------------------------------------------------------------------
# Ghana (GHA)
# ---------------------------------------------------------------------------------------------------------------

[person shirley-ayorkor-botchwey]
name: Shirley Ayorkor Botchwey
alias: Shirley Botchwey
short: Botchwey
country: GHA
role: 2017-01 .. 2025-01 | GHAGOV | Minister of Foreign Affairs and Regional Integration of Ghana | foreign-minister

[person samuel-okudzeto-ablakwa]
name: Samuel Okudzeto Ablakwa
alias: Okudzeto Ablakwa | Sam Okudzeto Ablakwa
short: Ablakwa
country: GHA
role: 2025-01 .. present | GHAGOV | Minister of Foreign Affairs of Ghana | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Senegal (SEN)
# ---------------------------------------------------------------------------------------------------------------

[person mankeur-ndiaye]
name: Mankeur Ndiaye
country: SEN
role: 2012-04 .. 2017-09 | SENGOV | Minister of Foreign Affairs of Senegal | foreign-minister

[person sidiki-kaba]
name: Sidiki Kaba
country: SEN
role: 2017-09 .. 2019-04 | SENGOV | Minister of Foreign Affairs of Senegal | foreign-minister
role: 2024-03-06 .. 2024-04-02 | SENGOV | Prime Minister of Senegal | head-of-government

[person amadou-ba]
name: Amadou Ba
country: SEN
role: 2019-04 .. 2020-11 | SENGOV | Minister of Foreign Affairs of Senegal | foreign-minister
role: 2022-09-17 .. 2024-03-06 | SENGOV | Prime Minister of Senegal | head-of-government

[person aissata-tall-sall]
name: Aïssata Tall Sall
alias: Aissata Tall Sall
country: SEN
role: 2020-11 .. 2022-09 | SENGOV | Minister of Foreign Affairs of Senegal | foreign-minister

[person ismaila-madior-fall]
name: Ismaïla Madior Fall
alias: Ismaila Madior Fall
country: SEN
role: 2022-09 .. 2023-10 | SENGOV | Minister of Foreign Affairs of Senegal | foreign-minister

[person yassine-fall]
name: Yassine Fall
country: SEN
role: 2024-04 .. 2025-09 | SENGOV | Minister of African Integration and Foreign Affairs of Senegal | foreign-minister

[person cheikh-niang]
name: Cheikh Niang
country: SEN
role: 2025-09 .. present | SENGOV | Minister of African Integration and Foreign Affairs of Senegal | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Côte d'Ivoire (CIV)
# ---------------------------------------------------------------------------------------------------------------

[person charles-koffi-diby]
name: Charles Koffi Diby
alias: Charles Diby
country: CIV
role: 2012-11 .. 2016-01 | CIVGOV | Minister of Foreign Affairs of Côte d'Ivoire | foreign-minister

[person marcel-amon-tanoh]
name: Marcel Amon-Tanoh
alias: Marcel Amon Tanoh
short: Amon-Tanoh
country: CIV
role: 2017-01 .. 2020-03 | CIVGOV | Minister of Foreign Affairs of Côte d'Ivoire | foreign-minister

[person ally-coulibaly]
name: Ally Coulibaly
country: CIV
role: 2020-03 .. 2021-04 | CIVGOV | Minister of Foreign Affairs of Côte d'Ivoire | foreign-minister

[person kandia-camara]
name: Kandia Camara
alias: Kandia Kamissoko Camara
country: CIV
role: 2021-04 .. 2023-10 | CIVGOV | Minister of Foreign Affairs of Côte d'Ivoire | foreign-minister

[person leon-kacou-adom]
name: Léon Kacou Adom
alias: Leon Kacou Adom | Kacou Houadja Léon Adom
country: CIV
role: 2023-10 .. present | CIVGOV | Minister of Foreign Affairs of Côte d'Ivoire | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Tanzania (TZA)
# ---------------------------------------------------------------------------------------------------------------

[person bernard-membe]
name: Bernard Membe
alias: Bernard Kamillius Membe
short: Membe
country: TZA
role: 2007-01 .. 2015-12 | TZAGOV | Minister of Foreign Affairs and International Cooperation of Tanzania | foreign-minister

[person augustine-mahiga]
name: Augustine Mahiga
alias: Augustine Philip Mahiga
short: Mahiga
country: TZA
role: 2015-12 .. 2019-03 | TZAGOV | Minister of Foreign Affairs and East African Cooperation of Tanzania | foreign-minister

[person palamagamba-kabudi]
name: Palamagamba Kabudi
alias: Palamagamba John Kabudi
short: Kabudi
country: TZA
role: 2019-03 .. 2021-03-31 | TZAGOV | Minister of Foreign Affairs and East African Cooperation of Tanzania | foreign-minister

[person liberata-mulamula]
name: Liberata Mulamula
short: Mulamula
country: TZA
role: 2021-03-31 .. 2022-10 | TZAGOV | Minister of Foreign Affairs and East African Cooperation of Tanzania | foreign-minister

[person stergomena-tax]
name: Stergomena Tax
alias: Stergomena Lawrence Tax
country: TZA
role: 2022-10 .. 2023-08 | TZAGOV | Minister of Foreign Affairs and East African Cooperation of Tanzania | foreign-minister

[person january-makamba]
name: January Makamba
short: Makamba
country: TZA
role: 2023-08 .. 2024-07 | TZAGOV | Minister of Foreign Affairs and East African Cooperation of Tanzania | foreign-minister

[person mahmoud-thabit-kombo]
name: Mahmoud Thabit Kombo
country: TZA
role: 2024-07 .. present | TZAGOV | Minister of Foreign Affairs and East African Cooperation of Tanzania | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Zimbabwe (ZWE)
# ---------------------------------------------------------------------------------------------------------------

[person simbarashe-mumbengegwi]
name: Simbarashe Mumbengegwi
short: Mumbengegwi
country: ZWE
role: 2005-04 .. 2017-10 | ZWEGOV | Minister of Foreign Affairs of Zimbabwe | foreign-minister

[person walter-mzembi]
name: Walter Mzembi
short: Mzembi
country: ZWE
role: 2017-10 .. 2017-11 | ZWEGOV | Minister of Foreign Affairs of Zimbabwe | foreign-minister

[person sibusiso-moyo]
name: Sibusiso Moyo
alias: Sibusiso Busi Moyo | S.B. Moyo | SB Moyo
country: ZWE
role: 2017-11-30 .. 2021-01-20 | ZWEGOV | Minister of Foreign Affairs and International Trade of Zimbabwe; died in office | foreign-minister

[person frederick-shava]
name: Frederick Shava
alias: Frederick Makamure Shava
country: ZWE
role: 2021-03 .. 2024-09 | ZWEGOV | Minister of Foreign Affairs and International Trade of Zimbabwe | foreign-minister

[person amon-murwira]
name: Amon Murwira
short: Murwira
country: ZWE
role: 2024-09 .. present | ZWEGOV | Minister of Foreign Affairs and International Trade of Zimbabwe | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Zambia (ZMB), Angola (AGO), Mozambique (MOZ), Cameroon (CMR)
# ---------------------------------------------------------------------------------------------------------------

[person joseph-malanji]
name: Joseph Malanji
short: Malanji
country: ZMB
role: 2018-02 .. 2021-08 | ZMBGOV | Minister of Foreign Affairs of Zambia | foreign-minister

[person georges-chikoti]
name: Georges Chikoti
alias: Georges Rebelo Chikoti
short: Chikoti
country: AGO
role: 2010-02 .. 2017-09 | AGOGOV | Minister of External Relations of Angola | foreign-minister

[person manuel-domingos-augusto]
name: Manuel Domingos Augusto
country: AGO
role: 2017-09 .. 2020-06 | AGOGOV | Minister of External Relations of Angola | foreign-minister

[person tete-antonio]
name: Téte António
alias: Tete Antonio
country: AGO
role: 2020-06 .. present | AGOGOV | Minister of External Relations of Angola | foreign-minister

[person oldemiro-baloi]
name: Oldemiro Balói
alias: Oldemiro Baloi
country: MOZ
role: 2008-03 .. 2017-12 | MOZGOV | Minister of Foreign Affairs and Cooperation of Mozambique | foreign-minister

[person jose-pacheco]
name: José Pacheco
alias: Jose Pacheco | José Condungua Pacheco
country: MOZ
role: 2017-12 .. 2020-01 | MOZGOV | Minister of Foreign Affairs and Cooperation of Mozambique | foreign-minister

[person veronica-macamo]
name: Verónica Macamo
alias: Veronica Macamo | Verónica Macamo Dlhovo
short: Macamo
country: MOZ
role: 2020-01 .. 2025-01 | MOZGOV | Minister of Foreign Affairs and Cooperation of Mozambique | foreign-minister

[person maria-manuela-lucas]
name: Maria Manuela Lucas
country: MOZ
role: 2025-01 .. present | MOZGOV | Minister of Foreign Affairs and Cooperation of Mozambique | foreign-minister

[person pierre-moukoko-mbonjo]
name: Pierre Moukoko Mbonjo
short: Mbonjo
country: CMR
role: 2011-12 .. 2015-10-02 | CMRGOV | Minister of External Relations of Cameroon | foreign-minister

[person lejeune-mbella-mbella]
name: Lejeune Mbella Mbella
short: Mbella Mbella
country: CMR
role: 2015-10-02 .. present | CMRGOV | Minister of External Relations of Cameroon | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Ireland (IRL)
# ---------------------------------------------------------------------------------------------------------------

[person charles-flanagan]
name: Charles Flanagan
country: IRL
role: 2014-07-11 .. 2017-06-14 | IRLGOV | Minister for Foreign Affairs and Trade of Ireland | foreign-minister

[person simon-coveney]
name: Simon Coveney
short: Coveney
country: IRL
born: 1972-06-16
role: 2017-06-14 .. 2022-12-17 | IRLGOV | Minister for Foreign Affairs of Ireland | foreign-minister
role: 2017-11-30 .. 2020-06-27 | IRLGOV | Tánaiste | deputy-head-of-government

[person helen-mcentee]
name: Helen McEntee
short: McEntee
country: IRL
role: 2025-11 .. present | IRLGOV | Minister for Foreign Affairs and Minister for Defence of Ireland | foreign-minister, defence-minister

# ---------------------------------------------------------------------------------------------------------------
# Norway (NOR), Finland (FIN), Denmark (DNK)
# ---------------------------------------------------------------------------------------------------------------

[person borge-brende]
name: Børge Brende
alias: Borge Brende | Boerge Brende
short: Brende
country: NOR
born: 1965-09-25
role: 2013-10-16 .. 2017-10-20 | NORGOV | Minister of Foreign Affairs of Norway | foreign-minister
role: 2017-10 .. present | NGO | President of the World Economic Forum | other

[person ine-eriksen-soreide]
name: Ine Eriksen Søreide
alias: Ine Eriksen Soreide | Ine Marie Eriksen Søreide
short: Søreide | Soreide
country: NOR
role: 2017-10-20 .. 2021-10-14 | NORGOV | Minister of Foreign Affairs of Norway | foreign-minister

[person anniken-huitfeldt]
name: Anniken Huitfeldt
short: Huitfeldt
country: NOR
role: 2021-10-14 .. 2023-10-16 | NORGOV | Minister of Foreign Affairs of Norway | foreign-minister

[person espen-barth-eide]
name: Espen Barth Eide
short: Barth Eide
country: NOR
born: 1964-05-01
role: 2012-09-21 .. 2013-10-16 | NORGOV | Minister of Foreign Affairs of Norway | foreign-minister
role: 2023-10-16 .. present | NORGOV | Minister of Foreign Affairs of Norway | foreign-minister

[person erkki-tuomioja]
name: Erkki Tuomioja
short: Tuomioja
country: FIN
role: 2011-06-22 .. 2015-05-29 | FINGOV | Minister for Foreign Affairs of Finland | foreign-minister

[person timo-soini]
name: Timo Soini
short: Soini
country: FIN
role: 2015-05-29 .. 2019-06-06 | FINGOV | Minister for Foreign Affairs of Finland | foreign-minister

[person pekka-haavisto]
name: Pekka Haavisto
short: Haavisto
country: FIN
role: 2019-06-06 .. 2023-06-20 | FINGOV | Minister for Foreign Affairs of Finland | foreign-minister

[person elina-valtonen]
name: Elina Valtonen
short: Valtonen
country: FIN
role: 2023-06-20 .. present | FINGOV | Minister for Foreign Affairs of Finland | foreign-minister

[person martin-lidegaard]
name: Martin Lidegaard
short: Lidegaard
country: DNK
role: 2014-02-03 .. 2015-06-28 | DNKGOV | Minister of Foreign Affairs of Denmark | foreign-minister

[person kristian-jensen]
name: Kristian Jensen
country: DNK
role: 2015-06-28 .. 2016-11-28 | DNKGOV | Minister of Foreign Affairs of Denmark | foreign-minister

[person anders-samuelsen]
name: Anders Samuelsen
short: Samuelsen
country: DNK
role: 2016-11-28 .. 2019-06-27 | DNKGOV | Minister of Foreign Affairs of Denmark | foreign-minister

[person jeppe-kofod]
name: Jeppe Kofod
short: Kofod
country: DNK
role: 2019-06-27 .. 2022-12-15 | DNKGOV | Minister of Foreign Affairs of Denmark | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Lithuania (LTU), Estonia (EST)
# ---------------------------------------------------------------------------------------------------------------

[person linas-linkevicius]
name: Linas Linkevičius
alias: Linas Linkevicius
short: Linkevičius | Linkevicius
country: LTU
role: 2012-12-13 .. 2020-12-11 | LTUGOV | Minister of Foreign Affairs of Lithuania | foreign-minister

[person gabrielius-landsbergis]
name: Gabrielius Landsbergis
country: LTU
born: 1982-01-07
role: 2020-12-11 .. 2024-12-12 | LTUGOV | Minister of Foreign Affairs of Lithuania | foreign-minister

[person kestutis-budrys]
name: Kęstutis Budrys
alias: Kestutis Budrys
short: Budrys
country: LTU
role: 2024-12-12 .. present | LTUGOV | Minister of Foreign Affairs of Lithuania | foreign-minister

[person keit-pentus-rosimannus]
name: Keit Pentus-Rosimannus
alias: Keit Pentus
short: Pentus-Rosimannus
country: EST
role: 2014-03-26 .. 2015-07 | ESTGOV | Minister of Foreign Affairs of Estonia | foreign-minister

[person marina-kaljurand]
name: Marina Kaljurand
short: Kaljurand
country: EST
role: 2015-07-16 .. 2016-10 | ESTGOV | Minister of Foreign Affairs of Estonia | foreign-minister

[person sven-mikser]
name: Sven Mikser
short: Mikser
country: EST
role: 2016-11-23 .. 2019-04-29 | ESTGOV | Minister of Foreign Affairs of Estonia | foreign-minister

[person urmas-reinsalu]
name: Urmas Reinsalu
short: Reinsalu
country: EST
role: 2019-04-29 .. 2021-01-26 | ESTGOV | Minister of Foreign Affairs of Estonia | foreign-minister
role: 2022-07-18 .. 2023-04-17 | ESTGOV | Minister of Foreign Affairs of Estonia | foreign-minister

[person eva-maria-liimets]
name: Eva-Maria Liimets
alias: Eva Maria Liimets
short: Liimets
country: EST
role: 2021-01-26 .. 2022-07-18 | ESTGOV | Minister of Foreign Affairs of Estonia | foreign-minister

[person margus-tsahkna]
name: Margus Tsahkna
short: Tsahkna
country: EST
role: 2023-04-17 .. present | ESTGOV | Minister of Foreign Affairs of Estonia | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Slovenia (SVN), Croatia (HRV), Bulgaria (BGR)
# ---------------------------------------------------------------------------------------------------------------

[person karl-erjavec]
name: Karl Erjavec
short: Erjavec
country: SVN
role: 2012-02 .. 2020-03-13 | SVNGOV | Minister of Foreign Affairs of Slovenia | foreign-minister

[person anze-logar]
name: Anže Logar
alias: Anze Logar
country: SVN
role: 2020-03-13 .. 2022-06-01 | SVNGOV | Minister of Foreign Affairs of Slovenia | foreign-minister

[person tanja-fajon]
name: Tanja Fajon
short: Fajon
country: SVN
role: 2022-06-01 .. present | SVNGOV | Minister of Foreign and European Affairs of Slovenia | foreign-minister

[person gordan-grlic-radman]
name: Gordan Grlić Radman
alias: Gordan Grlic Radman
short: Grlić Radman | Grlic Radman
country: HRV
role: 2019-07-19 .. present | HRVGOV | Minister of Foreign and European Affairs of Croatia | foreign-minister

[person daniel-mitov]
name: Daniel Mitov
country: BGR
role: 2014-11-07 .. 2017-01-27 | BGRGOV | Minister of Foreign Affairs of Bulgaria | foreign-minister

[person radi-naydenov]
name: Radi Naydenov
country: BGR
role: 2017-01-27 .. 2017-05-04 | BGRGOV | Minister of Foreign Affairs of Bulgaria (caretaker) | foreign-minister

[person ekaterina-zaharieva]
name: Ekaterina Zaharieva
alias: Ekaterina Zakharieva
short: Zaharieva
country: BGR
role: 2017-05-04 .. 2021-05-12 | BGRGOV | Minister of Foreign Affairs of Bulgaria | foreign-minister

[person svetlan-stoev]
name: Svetlan Stoev
country: BGR
role: 2021-05-12 .. 2021-12-13 | BGRGOV | Minister of Foreign Affairs of Bulgaria (caretaker) | foreign-minister

[person teodora-genchovska]
name: Teodora Genchovska
short: Genchovska
country: BGR
role: 2021-12-13 .. 2022-08-02 | BGRGOV | Minister of Foreign Affairs of Bulgaria | foreign-minister

[person nikolay-milkov]
name: Nikolay Milkov
country: BGR
role: 2022-08-02 .. 2023-06-06 | BGRGOV | Minister of Foreign Affairs of Bulgaria (caretaker) | foreign-minister

[person mariya-gabriel]
name: Mariya Gabriel
alias: Maria Gabriel
country: BGR
role: 2023-06-06 .. 2024-04-09 | BGRGOV | Deputy Prime Minister and Minister of Foreign Affairs of Bulgaria | foreign-minister, deputy-head-of-government
role: 2017-07-07 .. 2023-05-15 | IGOEUREEC | European Commissioner | international-official

[person stefan-dimitrov]
name: Stefan Dimitrov
country: BGR
role: 2024-04-09 .. 2024-08-27 | BGRGOV | Minister of Foreign Affairs of Bulgaria (caretaker) | foreign-minister

[person ivan-kondov]
name: Ivan Kondov
country: BGR
role: 2024-08-27 .. 2025-01-16 | BGRGOV | Minister of Foreign Affairs of Bulgaria (caretaker) | foreign-minister

[person georg-georgiev]
name: Georg Georgiev
country: BGR
role: 2025-01-16 .. present | BGRGOV | Minister of Foreign Affairs of Bulgaria | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Albania (ALB), North Macedonia (MKD), Kosovo (KSV), Moldova (MDA), Bosnia and Herzegovina (BIH)
# ---------------------------------------------------------------------------------------------------------------

[person ditmir-bushati]
name: Ditmir Bushati
short: Bushati
country: ALB
role: 2013-09-15 .. 2019-01-21 | ALBGOV | Minister for Europe and Foreign Affairs of Albania | foreign-minister

[person olta-xhacka]
name: Olta Xhaçka
alias: Olta Xhacka
short: Xhaçka | Xhacka
country: ALB
role: 2020-12 .. 2023-09 | ALBGOV | Minister for Europe and Foreign Affairs of Albania | foreign-minister

[person igli-hasani]
name: Igli Hasani
country: ALB
role: 2023-09 .. 2025-09 | ALBGOV | Minister for Europe and Foreign Affairs of Albania | foreign-minister

[person nikola-poposki]
name: Nikola Poposki
short: Poposki
country: MKD
role: 2011-07-28 .. 2017-06-01 | MKDGOV | Minister of Foreign Affairs of North Macedonia | foreign-minister

[person nikola-dimitrov]
name: Nikola Dimitrov
country: MKD
role: 2017-06-01 .. 2020-08-31 | MKDGOV | Minister of Foreign Affairs of North Macedonia | foreign-minister

[person bujar-osmani]
name: Bujar Osmani
country: MKD
role: 2020-08-31 .. 2024-06-23 | MKDGOV | Minister of Foreign Affairs of North Macedonia | foreign-minister

[person timco-mucunski]
name: Timčo Mucunski
alias: Timco Mucunski | Timcho Mucunski
short: Mucunski
country: MKD
role: 2024-06-23 .. present | MKDGOV | Minister of Foreign Affairs and Trade of North Macedonia | foreign-minister

[person enver-hoxhaj]
name: Enver Hoxhaj
short: Hoxhaj
country: KSV
role: 2016-04 .. 2017-09 | KSVGOV | Minister of Foreign Affairs of Kosovo | foreign-minister

[person behgjet-pacolli]
name: Behgjet Pacolli
short: Pacolli
country: KSV
role: 2017-09-09 .. 2020-02-03 | KSVGOV | Minister of Foreign Affairs of Kosovo | foreign-minister

[person glauk-konjufca]
name: Glauk Konjufca
short: Konjufca
country: KSV
role: 2020-02-03 .. 2020-06-03 | KSVGOV | Minister of Foreign Affairs of Kosovo | foreign-minister

[person meliza-haradinaj-stublla]
name: Meliza Haradinaj-Stublla
alias: Meliza Haradinaj Stublla | Meliza Haradinaj
country: KSV
role: 2020-06-03 .. 2021-03-22 | KSVGOV | Minister of Foreign Affairs of Kosovo | foreign-minister

[person donika-gervalla-schwarz]
name: Donika Gërvalla-Schwarz
alias: Donika Gervalla-Schwarz | Donika Gërvalla | Donika Gervalla
short: Gërvalla | Gervalla
country: KSV
role: 2021-03-22 .. present | KSVGOV | Minister of Foreign Affairs of Kosovo | foreign-minister

[person tudor-ulianovschi]
name: Tudor Ulianovschi
short: Ulianovschi
country: MDA
role: 2018-01 .. 2019-06-08 | MDAGOV | Minister of Foreign Affairs and European Integration of Moldova | foreign-minister

[person nicu-popescu]
name: Nicu Popescu
country: MDA
role: 2019-06-08 .. 2019-11-14 | MDAGOV | Minister of Foreign Affairs and European Integration of Moldova | foreign-minister
role: 2021-08-06 .. 2024-01-29 | MDAGOV | Minister of Foreign Affairs and European Integration of Moldova | foreign-minister

[person mihai-popsoi]
name: Mihai Popșoi
alias: Mihai Popsoi
short: Popșoi | Popsoi
country: MDA
role: 2024-01-29 .. present | MDAGOV | Minister of Foreign Affairs of Moldova | foreign-minister

[person igor-crnadak]
name: Igor Crnadak
short: Crnadak
country: BIH
role: 2015-03-31 .. 2019-12-23 | BIHGOV | Minister of Foreign Affairs of Bosnia and Herzegovina | foreign-minister

[person bisera-turkovic]
name: Bisera Turković
alias: Bisera Turkovic
country: BIH
role: 2019-12-23 .. 2023-01-25 | BIHGOV | Minister of Foreign Affairs of Bosnia and Herzegovina | foreign-minister

[person elmedin-konakovic]
name: Elmedin Konaković
alias: Elmedin Konakovic
short: Konaković | Konakovic
country: BIH
role: 2023-01-25 .. present | BIHGOV | Minister of Foreign Affairs of Bosnia and Herzegovina | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Central America and the Caribbean: Honduras (HND), Costa Rica (CRI), El Salvador (SLV), Haiti (HTI), Jamaica (JAM)
# ---------------------------------------------------------------------------------------------------------------

[person eduardo-enrique-reina]
name: Eduardo Enrique Reina
alias: Enrique Reina
country: HND
role: 2022-01-27 .. 2026-01-27 | HNDGOV | Secretary of Foreign Affairs of Honduras | foreign-minister

[person manuel-gonzalez-sanz]
name: Manuel González Sanz
alias: Manuel Gonzalez Sanz
country: CRI
role: 2014-05-08 .. 2018-05-08 | CRIGOV | Minister of Foreign Affairs of Costa Rica | foreign-minister

[person epsy-campbell-barr]
name: Epsy Campbell Barr
alias: Epsy Campbell
country: CRI
role: 2018-05-08 .. 2018-12 | CRIGOV | Vice President and Minister of Foreign Affairs of Costa Rica | foreign-minister
role: 2018-05-08 .. 2022-05-08 | CRIGOV | First Vice President of Costa Rica | other

[person arnoldo-andre-tinoco]
name: Arnoldo André Tinoco
alias: Arnoldo Andre Tinoco | Arnoldo André
country: CRI
role: 2022-05-08 .. 2026-05-08 | CRIGOV | Minister of Foreign Affairs of Costa Rica | foreign-minister

[person alexandra-hill-tinoco]
name: Alexandra Hill Tinoco
alias: Alexandra Hill
country: SLV
role: 2019-06-01 .. present | SLVGOV | Minister of Foreign Affairs of El Salvador | foreign-minister

[person bocchit-edmond]
name: Bocchit Edmond
short: Bocchit Edmond
country: HTI
role: 2018-09-17 .. 2020-03-04 | HTIGOV | Minister of Foreign Affairs of Haiti | foreign-minister

[person jean-victor-geneus]
name: Jean Victor Généus
alias: Jean Victor Geneus | Jean-Victor Généus
short: Généus | Geneus
country: HTI
role: 2021-11-24 .. 2024-06 | HTIGOV | Minister of Foreign Affairs of Haiti | foreign-minister

[person dominique-dupuy]
name: Dominique Dupuy
country: HTI
role: 2024-06 .. 2024-11 | HTIGOV | Minister of Foreign Affairs of Haiti | foreign-minister

[person kamina-johnson-smith]
name: Kamina Johnson Smith
alias: Kamina Johnson-Smith
country: JAM
role: 2016-03 .. present | JAMGOV | Minister of Foreign Affairs and Foreign Trade of Jamaica | foreign-minister

[person arnold-nicholson]
name: A. J. Nicholson
alias: Arnold Nicholson | A.J. Nicholson | AJ Nicholson
country: JAM
role: 2012-01 .. 2016-03 | JAMGOV | Minister of Foreign Affairs and Foreign Trade of Jamaica | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# South America: Uruguay (URY), Paraguay (PRY), Guyana (GUY)
# ---------------------------------------------------------------------------------------------------------------

[person rodolfo-nin-novoa]
name: Rodolfo Nin Novoa
alias: Nin Novoa
short: Nin Novoa
country: URY
role: 2015-03-01 .. 2020-03-01 | URYGOV | Minister of Foreign Affairs of Uruguay | foreign-minister

[person ernesto-talvi]
name: Ernesto Talvi
short: Talvi
country: URY
role: 2020-03-01 .. 2020-07-06 | URYGOV | Minister of Foreign Affairs of Uruguay | foreign-minister

[person francisco-bustillo]
name: Francisco Bustillo
country: URY
role: 2020-07-06 .. 2023-11 | URYGOV | Minister of Foreign Affairs of Uruguay | foreign-minister

[person omar-paganini]
name: Omar Paganini
country: URY
role: 2023-11 .. 2025-03-01 | URYGOV | Minister of Foreign Affairs of Uruguay | foreign-minister

[person mario-lubetkin]
name: Mario Lubetkin
short: Lubetkin
country: URY
role: 2025-03-01 .. present | URYGOV | Minister of Foreign Affairs of Uruguay | foreign-minister

[person eladio-loizaga]
name: Eladio Loizaga
short: Loizaga
country: PRY
role: 2013-08-15 .. 2018-08-15 | PRYGOV | Minister of Foreign Affairs of Paraguay | foreign-minister

[person ruben-ramirez-lezcano]
name: Rubén Ramírez Lezcano
alias: Ruben Ramirez Lezcano
country: PRY
role: 2023-08-15 .. present | PRYGOV | Minister of Foreign Affairs of Paraguay | foreign-minister

[person hugh-todd]
name: Hugh Todd
alias: Hugh Hilton Todd
country: GUY
role: 2020-08 .. present | GUYGOV | Minister of Foreign Affairs and International Cooperation of Guyana | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Namibia (NAM), Botswana (BWA)
# ---------------------------------------------------------------------------------------------------------------

[person selma-ashipala-musavyi]
name: Selma Ashipala-Musavyi
alias: Selma Ashipala Musavyi
short: Ashipala-Musavyi
country: NAM
role: 2025-03 .. present | NAMGOV | Minister of International Relations and Trade of Namibia | foreign-minister

[person pelonomi-venson-moitoi]
name: Pelonomi Venson-Moitoi
alias: Pelonomi Venson Moitoi
short: Venson-Moitoi
country: BWA
role: 2014-11 .. 2018-04 | BWAGOV | Minister of Foreign Affairs and International Cooperation of Botswana | foreign-minister

[person phenyo-butale]
name: Phenyo Butale
short: Butale
country: BWA
role: 2024-11 .. present | BWAGOV | Minister of International Relations of Botswana | foreign-minister

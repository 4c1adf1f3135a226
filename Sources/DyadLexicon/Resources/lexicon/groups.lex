# Dyad lexicon: armed groups, political parties and movements.
#
# Written for Dyad. Conventions used in this file:
# - Armed groups take country + REB (SEP for separatists, UAF for militias aligned with their government, CRM for
#   criminal organisations). Transnational jihadist organisations are coded as Phoenix codes them, IMG + MOS + ALQ/ISI
#   (Phoenix writes MUS for Muslims; Dyad's vocabulary writes MOS). Their regional affiliates take country or
#   region + REB + ALQ/ISI so that both the place and the affiliation survive.
# - Parties in competitive systems take country + PTY with no dated roles. Ruling parties of one-party states
#   (China, North Korea, Vietnam, Laos, Cuba, Eritrea) take country + GOV + PTY: in CAMEO the governing party is
#   part of GOV, and PTY keeps the party distinguishable from the state.
# - Where a group changed status (took power, lost it, was absorbed by a state), dated roles give the code per
#   period and `code` holds the code outside them.

# ===============================================================================================================
# Transnational jihadist organisations and their branches
# ===============================================================================================================

[group islamic-state]
name: Islamic State
code: IMGMOSISI
alias: IS | ISIS | ISIL | Isis | Isil | Daesh | Da'esh | Daish | Daech | Islamic State group
alias: Islamic State of Iraq and the Levant | Islamic State of Iraq and Syria | Islamic State of Iraq and al-Sham
alias: Islamic State in Iraq and Syria | Islamic State in Iraq and the Levant | Islamic State militants
alias: Islamic State jihadists | ISIS militants | ISIL militants
type: armed-group
country: IRQ | SYR

[group iswap]
name: Islamic State West Africa Province
code: NGAREBISI
alias: ISWAP | Islamic State West Africa | IS West Africa | ISIS West Africa | Islamic State in West Africa
alias: Islamic State West African Province | ISWA
type: armed-group
country: NGA | NER | TCD | CMR

[group is-sahel]
name: Islamic State Sahel Province
code: WAFREBISI
alias: IS Sahel | Islamic State Sahel | Islamic State in the Sahel | Islamic State in the Greater Sahara | ISGS
alias: EIGS | IS Greater Sahara | ISIS-Sahel
type: armed-group
country: MLI | NER | BFA

[group is-khorasan]
name: Islamic State Khorasan Province
code: AFGREBISI
alias: IS-K | ISIS-K | ISKP | ISK | IS-KP | Islamic State Khorasan | Islamic State-Khorasan | ISIS-Khorasan
alias: Islamic State in Khorasan | Islamic State Khorasan Province militants
type: armed-group
country: AFG | PAK

[group is-mozambique]
name: Islamic State Mozambique Province
code: MOZREBISI
alias: IS Mozambique | Islamic State Mozambique | Ansar al-Sunna | Ahlu Sunnah Wal Jamaa | Ahlu Sunna Wal Jama'a
alias: Ansar al-Sunnah | ASWJ | Cabo Delgado insurgents
type: armed-group
country: MOZ

[group is-somalia]
name: Islamic State Somalia Province
code: SOMREBISI
alias: IS Somalia | Islamic State in Somalia | ISIS-Somalia | Islamic State Somalia
type: armed-group
country: SOM

[group iscap]
name: Islamic State Central Africa Province
code: CODREBISI
alias: ISCAP | IS Central Africa | Islamic State Central Africa
type: armed-group
country: COD | UGA

[group is-sinai]
name: Islamic State Sinai Province
code: EGYREBISI
alias: Sinai Province | Wilayat Sinai | Ansar Beit al-Maqdis | Ansar Bayt al-Maqdis | IS Sinai | Islamic State in Sinai
type: armed-group
country: EGY

[group al-qaeda]
name: al-Qaeda
code: IMGMOSALQ
alias: al-Qaida | al Qaeda | Al-Qa'ida | al-Qa'eda | Qaeda | al-Qaeda central | al-Qaeda network | Al Qaida
type: armed-group

[group aqap]
name: al-Qaeda in the Arabian Peninsula
code: YEMREBALQ
alias: AQAP | al-Qaida in the Arabian Peninsula | Al Qaeda in the Arabian Peninsula | al-Qaeda's Yemen branch
type: armed-group
country: YEM

[group aqim]
name: al-Qaeda in the Islamic Maghreb
code: NAFREBALQ
alias: AQIM | al-Qaida in the Islamic Maghreb | Al Qaeda in the Islamic Maghreb | Salafist Group for Preaching and Combat
alias: GSPC
type: armed-group
country: DZA | MLI

[group jnim]
name: Jama'at Nusrat al-Islam wal-Muslimin
code: MLIREBALQ
alias: JNIM | Jamaat Nusrat al-Islam wal-Muslimin | Jama'at Nusrat al-Islam wa al-Muslimin | Jamaat Nusrat al-Islam wal Muslimeen
alias: Group for the Support of Islam and Muslims | Support Group for Islam and Muslims | GSIM
type: armed-group
country: MLI | BFA | NER

[group aqis]
name: al-Qaeda in the Indian Subcontinent
code: SASREBALQ
alias: AQIS | al-Qaida in the Indian Subcontinent | Al Qaeda in the Indian Subcontinent
type: armed-group
country: AFG | PAK | IND | BGD

[group al-shabaab]
name: al-Shabaab
code: SOMREBALQ
alias: al Shabab | al-Shabab | Shabaab | Shabab | al Shabaab | Harakat al-Shabaab al-Mujahideen | al-Shabaab militants
alias: Al-Shabaab militants | Shabaab militants
type: armed-group
country: SOM | KEN

[group hurras-al-din]
name: Hurras al-Din
code: SYRREBALQ
alias: Hurras al-Deen | Guardians of Religion Organization | Tanzim Hurras al-Din
type: armed-group
country: SYR

[group nusra-front]
name: Nusra Front
code: SYRREBALQ
alias: al-Nusra Front | Jabhat al-Nusra | Jabhat al-Nusrah | Nusrah Front | al-Nusrah Front | Jabhat Fateh al-Sham
alias: Jabhat Fatah al-Sham | Nusra
type: armed-group
country: SYR

[group hizb-ut-tahrir]
name: Hizb ut-Tahrir
code: NGMMOSRAD
alias: Hizb-ut-Tahrir | Hizb al-Tahrir | Hizbut Tahrir | Party of Liberation
type: movement

[group muslim-brotherhood]
name: Muslim Brotherhood
code: EGYOPP
alias: Muslim Brothers | Ikhwan | al-Ikhwan al-Muslimun | Society of the Muslim Brothers | Egyptian Muslim Brotherhood
type: movement
country: EGY
role: 2012-06-30 .. 2013-07-03 | EGYGOV | Muslim Brotherhood in power (Morsi presidency)

# ===============================================================================================================
# Israel and Palestine
# ===============================================================================================================

[group hamas]
name: Hamas
code: PSEREBHMS
alias: Islamic Resistance Movement | Harakat al-Muqawama al-Islamiya | Hamas movement | Palestinian Islamist group Hamas
alias: Hamas militants | Hamas fighters
type: armed-group
country: PSE

[group qassam-brigades]
name: Izz ad-Din al-Qassam Brigades
code: PSEREBHMS
alias: Qassam Brigades | al-Qassam Brigades | Ezzedine al-Qassam Brigades | Izz el-Deen al-Qassam Brigades
alias: Ezz al-Din al-Qassam Brigades | Izz al-Din al-Qassam Brigades | Hamas's armed wing | armed wing of Hamas
type: armed-group
country: PSE

[group palestinian-islamic-jihad]
name: Palestinian Islamic Jihad
code: PSEREB
alias: Islamic Jihad | PIJ | Islamic Jihad Movement in Palestine | Islamic Jihad militants
type: armed-group
country: PSE

[group al-quds-brigades]
name: Al-Quds Brigades
code: PSEREB
alias: Quds Brigades | Saraya al-Quds | al-Quds Brigade | armed wing of Islamic Jihad | Islamic Jihad's armed wing
type: armed-group
country: PSE

[group al-aqsa-martyrs-brigades]
name: Al-Aqsa Martyrs' Brigades
code: PSEREB
alias: al-Aqsa Martyrs Brigades | Al-Aqsa Martyrs Brigade | al-Aqsa Martyrs' Brigade | Aqsa Martyrs Brigades
type: armed-group
country: PSE

[group pflp]
name: Popular Front for the Liberation of Palestine
code: PSEREB
alias: PFLP
type: armed-group
country: PSE

[group dflp]
name: Democratic Front for the Liberation of Palestine
code: PSEREB
alias: DFLP
type: armed-group
country: PSE

[group lions-den]
name: Lions' Den
code: PSEREB
alias: Lion's Den | Areen al-Usud | Arin al-Usud | Lions' Den group
type: armed-group
country: PSE

[group jenin-brigade]
name: Jenin Brigade
code: PSEREB
alias: Jenin Battalion | Jenin Brigades | Katibat Jenin
type: armed-group
country: PSE

# The Palestinians' representative bodies speak for their government: the PLO (recognised by the UN General Assembly
# as their representative in 1974) and the Palestinian Authority it set up under the Oslo accords (May 1994).
[group plo]
name: Palestine Liberation Organization
code: PSEGOV
alias: Palestine Liberation Organisation | PLO | Palestinian Liberation Organization | Palestinian Liberation Organisation
alias: PLO Executive Committee
type: movement
country: PSE

[group palestinian-authority]
name: Palestinian Authority
code: PSEGOV
alias: Palestinian National Authority | PA | Palestinian Authority government | Ramallah-based Palestinian Authority
type: movement
country: PSE
from: 1994-05-04

[group fatah]
name: Fatah
code: PSEPTY
alias: Fateh | Fatah movement | Palestinian National Liberation Movement | Fatah party
type: party
country: PSE

[group likud]
name: Likud
code: ISRPTY
alias: Likud party | Likud Party
type: party
country: ISR

[group yesh-atid]
name: Yesh Atid
code: ISRPTY
alias: Yesh Atid party
type: party
country: ISR

[group national-unity-israel]
name: National Unity party
code: ISRPTY
alias: Blue and White | Blue and White party | Kahol Lavan | HaMahane HaMamlakhti | Gantz's National Unity party
type: party
country: ISR

[group shas]
name: Shas
code: ISRPTY
alias: Shas party | ultra-Orthodox Shas
type: party
country: ISR

[group united-torah-judaism]
name: United Torah Judaism
code: ISRPTY
alias: UTJ | United Torah Judaism party
type: party
country: ISR

[group otzma-yehudit]
name: Otzma Yehudit
code: ISRPTY
alias: Jewish Power | Jewish Power party | Otzma Yehudit party
type: party
country: ISR

[group religious-zionism]
name: Religious Zionist Party
code: ISRPTY
alias: Religious Zionism | Religious Zionism party | Religious Zionist party
type: party
country: ISR

[group yisrael-beiteinu]
name: Yisrael Beiteinu
code: ISRPTY
alias: Yisrael Beytenu | Israel Our Home
type: party
country: ISR

[group hilltop-youth]
name: Hilltop Youth
code: ISRSETRAD
alias: hilltop youth settlers | Noar HaGvaot
type: movement
country: ISR

# ===============================================================================================================
# Lebanon, Syria, Iraq
# ===============================================================================================================

[group hezbollah]
name: Hezbollah
code: LBNREB
alias: Hizbollah | Hizballah | Hizbullah | Hezbullah | Hizb Allah | Lebanese Hezbollah | Party of God
alias: Islamic Resistance in Lebanon | Hezbollah militants | Hezbollah fighters | Iran-backed Hezbollah
type: armed-group
country: LBN

[group radwan-force]
name: Radwan Force
code: LBNREB
alias: Radwan forces | Radwan unit | Radwan Forces | Hezbollah's Radwan Force | Radwan special forces
type: armed-group
country: LBN

[group amal-movement]
name: Amal Movement
code: LBNPTY
alias: Harakat Amal | Shiite Amal movement | Amal party | Lebanon's Amal movement
type: party
country: LBN

[group lebanese-forces-party]
name: Lebanese Forces party
code: LBNPTY
alias: Christian Lebanese Forces party | Samir Geagea's Lebanese Forces party
type: party
country: LBN

[group free-patriotic-movement]
name: Free Patriotic Movement
code: LBNPTY
alias: FPM | Aounist Free Patriotic Movement
type: party
country: LBN

[group hts]
name: Hayat Tahrir al-Sham
code: SYRREB
alias: HTS | Hay'at Tahrir al-Sham | Hayat Tahrir al Sham | Tahrir al-Sham | Organization for the Liberation of the Levant
alias: Levant Liberation Committee | Levant Liberation Organization | Hayat Tahrir al-Sham militants
type: armed-group
country: SYR
role: 2017-01-28 .. 2024-12-08 | SYRREB | armed opposition in Idlib
role: 2024-12-08 .. present | SYRGOV | ruling group after the fall of Assad; its forces folded into the state in 2025

[group syrian-baath-party]
name: Syrian Ba'ath Party
code: SYRPTY
alias: Baath Party of Syria | Syrian Baath Party | Arab Socialist Ba'ath Party – Syria Region | Syria's ruling Baath party
type: party
country: SYR
role: 1963-03-08 .. 2024-12-08 | SYRGOVPTY | ruling party

[group sdf]
name: Syrian Democratic Forces
code: SYRREB
alias: SDF | Kurdish-led Syrian Democratic Forces | Kurdish-led SDF | Kurdish-led forces | US-backed SDF
alias: U.S.-backed Syrian Democratic Forces | US-backed Syrian Democratic Forces
type: armed-group
country: SYR

[group ypg]
name: People's Protection Units
code: SYRREB
alias: YPG | Kurdish YPG | YPG militia | Yekîneyên Parastina Gel | Kurdish People's Protection Units
type: armed-group
country: SYR

[group pyd]
name: Democratic Union Party
code: SYRPTY
alias: PYD | Syrian Kurdish Democratic Union Party
type: party
country: SYR

[group syrian-national-army]
name: Syrian National Army
code: SYRREB
alias: Turkish-backed Syrian National Army | Turkey-backed Syrian National Army | Turkish-backed SNA | Turkey-backed SNA
type: armed-group
country: SYR

[group free-syrian-army]
name: Free Syrian Army
code: SYRREB
alias: FSA
type: armed-group
country: SYR

[group ahrar-al-sham]
name: Ahrar al-Sham
code: SYRREB
alias: Harakat Ahrar al-Sham al-Islamiyya | Ahrar al-Sham movement
type: armed-group
country: SYR

[group jaysh-al-islam]
name: Jaysh al-Islam
code: SYRREB
alias: Jaish al-Islam | Army of Islam
type: armed-group
country: SYR

# Iraqi Shi'ite militias are coded UAF: armed forces formally attached to, or tolerated by, their state, that act on
# their own (CAMEO's "unaligned armed forces").
[group pmf]
name: Popular Mobilization Forces
code: IRQUAF
alias: Popular Mobilisation Forces | PMF | PMU | Popular Mobilization Units | Popular Mobilisation Units
alias: Hashd al-Shaabi | al-Hashd al-Shaabi | Hashd al-Shaábi | Hashed al-Shaabi | Hashd
type: armed-group
country: IRQ

[group kataib-hezbollah]
name: Kataib Hezbollah
code: IRQUAF
alias: Kata'ib Hezbollah | Kata'ib Hizballah | Kataeb Hezbollah | Kataib Hizbollah | Kataib Hizballah | Hezbollah Brigades
type: armed-group
country: IRQ

[group asaib-ahl-al-haq]
name: Asaib Ahl al-Haq
code: IRQUAF
alias: Asa'ib Ahl al-Haq | AAH | League of the Righteous | Asaeb Ahl al-Haq
type: armed-group
country: IRQ

[group nujaba]
name: Harakat Hezbollah al-Nujaba
code: IRQUAF
alias: Nujaba | al-Nujaba | Harakat al-Nujaba | Nujaba movement | Harakat Hizballah al-Nujaba
type: armed-group
country: IRQ

[group kataib-sayyid-al-shuhada]
name: Kataib Sayyid al-Shuhada
code: IRQUAF
alias: Kata'ib Sayyid al-Shuhada | Kataib Sayyed al-Shuhada
type: armed-group
country: IRQ

[group badr-organization]
name: Badr Organization
code: IRQUAF
alias: Badr Organisation | Badr Brigades | Badr Corps
type: armed-group
country: IRQ

[group saraya-al-salam]
name: Saraya al-Salam
code: IRQUAF
alias: Peace Brigades | Sadr's Peace Brigades | Mahdi Army | Jaish al-Mahdi
type: armed-group
country: IRQ

[group islamic-resistance-in-iraq]
name: Islamic Resistance in Iraq
code: IRQUAF
alias: Islamic Resistance of Iraq | Islamic Resistance in Iraq militias
type: armed-group
country: IRQ

[group sadrist-movement]
name: Sadrist movement
code: IRQPTY
alias: Sadrists | Sadr movement | Sadrist Movement | National Shiite Movement | Sadrist bloc
type: movement
country: IRQ

[group coordination-framework]
name: Coordination Framework
code: IRQPTY
alias: Shiite Coordination Framework | Coordination Framework alliance
type: party
country: IRQ

[group kdp]
name: Kurdistan Democratic Party
code: IRQPTY
alias: KDP | Barzani's Kurdistan Democratic Party
type: party
country: IRQ

[group puk]
name: Patriotic Union of Kurdistan
code: IRQPTY
alias: PUK
type: party
country: IRQ

# ===============================================================================================================
# Turkey, Iran, Kurds
# ===============================================================================================================

[group pkk]
name: Kurdistan Workers' Party
code: TURREB
alias: PKK | Kurdistan Workers Party | Partiya Karkerên Kurdistanê | PKK militants | PKK rebels
type: armed-group
country: TUR | IRQ

[group pjak]
name: Kurdistan Free Life Party
code: IRNSEP
alias: PJAK | Party of Free Life of Kurdistan
type: armed-group
country: IRN | IRQ

[group kdpi]
name: Democratic Party of Iranian Kurdistan
code: IRNSEP
alias: KDPI | PDKI | Kurdistan Democratic Party of Iran
type: armed-group
country: IRN | IRQ

[group komala]
name: Komala
code: IRNSEP
alias: Komala Party of Iranian Kurdistan | Komalah
type: armed-group
country: IRN | IRQ

[group mek]
name: People's Mujahedin Organization of Iran
code: IRNREB
alias: MEK | MKO | PMOI | Mujahedin-e Khalq | Mojahedin-e Khalq | Mujahideen-e-Khalq | People's Mojahedin Organization of Iran
alias: People's Mujahedin of Iran | Mujahedeen-e-Khalq
type: armed-group
country: IRN

[group jaish-al-adl]
name: Jaish al-Adl
code: IRNREB
alias: Jaish ul-Adl | Jaysh al-Adl | Army of Justice | Jundallah
type: armed-group
country: IRN | PAK

[group woman-life-freedom]
name: Woman, Life, Freedom movement
code: IRNOPP
alias: Woman Life Freedom movement | Women, Life, Freedom movement | Zan, Zendegi, Azadi movement
type: movement
country: IRN

[group akp]
name: Justice and Development Party
code: TURPTY
alias: AKP | AK Party | AK Parti | Adalet ve Kalkınma Partisi | ruling AKP
type: party
country: TUR

[group chp]
name: Republican People's Party
code: TURPTY
alias: CHP | Cumhuriyet Halk Partisi
type: party
country: TUR

[group mhp]
name: Nationalist Movement Party
code: TURPTY
alias: MHP | Milliyetçi Hareket Partisi
type: party
country: TUR

[group dem-party]
name: Peoples' Equality and Democracy Party
code: TURPTY
alias: DEM Party | HDP | Peoples' Democratic Party | pro-Kurdish DEM Party | pro-Kurdish HDP | HEDEP
type: party
country: TUR

[group gulen-movement]
name: Gülen movement
code: TUROPP
alias: Gulen movement | Hizmet | Hizmet movement | FETO | FETÖ | Fethullah Terrorist Organisation | Fethullah Terrorist Organization
alias: Gülenists | Gulenists
type: movement
country: TUR

[group grey-wolves]
name: Grey Wolves
code: TURRAD
alias: Gray Wolves | Ülkü Ocakları | Ulku Ocaklari | Bozkurtlar
type: movement
country: TUR

[group dhkp-c]
name: Revolutionary People's Liberation Party-Front
code: TURREB
alias: DHKP-C | DHKP/C
type: armed-group
country: TUR

# ===============================================================================================================
# Arabian Peninsula, Egypt, Maghreb
# ===============================================================================================================

[group houthis]
name: Houthis
code: YEMREB
alias: Houthi | Huthis | Huthi | Houthi movement | Houthi rebels | Huthi rebels | Houthi militia | Houthi militants
alias: Ansar Allah | Ansarullah | Iran-backed Houthis | Iran-aligned Houthis | Houthi forces
type: armed-group
country: YEM

[group stc]
name: Southern Transitional Council
code: YEMSEP
alias: STC | Yemen's Southern Transitional Council | Yemeni southern separatists
type: armed-group
country: YEM

[group islah]
name: Al-Islah
code: YEMPTY
alias: Islah party | Yemeni Congregation for Reform | Islah
type: party
country: YEM

[group ennahda]
name: Ennahda
code: TUNPTY
alias: Ennahda party | Ennahdha | Nahda party | Ennahda movement
type: party
country: TUN

[group hirak]
name: Hirak
code: DZAOPP
alias: Hirak movement | Hirak protest movement | Algerian Hirak
type: movement
country: DZA

[group fln-algeria]
name: National Liberation Front of Algeria
code: DZAPTY
alias: FLN | Front de Libération Nationale
type: party
country: DZA

[group polisario]
name: Polisario Front
code: ESHREB
alias: Polisario | Frente Polisario | Popular Front for the Liberation of Saguia el-Hamra and Rio de Oro
type: armed-group
country: ESH | DZA

[group lna]
name: Libyan National Army
code: LBYREB
alias: LNA | Libyan Arab Armed Forces | LAAF | Haftar forces | Haftar-led forces | eastern-based Libyan National Army
type: armed-group
country: LBY

# ===============================================================================================================
# Afghanistan, Pakistan, India, Sri Lanka
# ===============================================================================================================

[group taliban]
name: Taliban
code: AFGREB
alias: Taleban | Afghan Taliban | Islamic Emirate | Taliban movement
alias: Taliban fighters | Taliban militants | Taliban insurgents | Taliban authorities | Taliban administration
alias: Taliban government | Taliban-led government | Taliban regime
type: armed-group
country: AFG
role: 1996-09-27 .. 2001-11-13 | AFGGOV | Taliban government in Kabul
role: 2001-11-13 .. 2021-08-15 | AFGREB | Taliban insurgency
role: 2021-08-15 .. present | AFGGOV | Taliban government in Kabul

[group haqqani-network]
name: Haqqani network
code: AFGREB
alias: Haqqani Network | Haqqanis | Haqqani group
type: armed-group
country: AFG | PAK
role: 2021-08-15 .. present | AFGGOV | part of the Taliban government

[group nrf-afghanistan]
name: National Resistance Front of Afghanistan
code: AFGREB
alias: National Resistance Front | Afghanistan National Resistance Front | anti-Taliban National Resistance Front
type: armed-group
country: AFG

[group ttp]
name: Tehreek-e-Taliban Pakistan
code: PAKREB
alias: TTP | Pakistani Taliban | Tehrik-i-Taliban Pakistan | Tehrik-e-Taliban Pakistan | Tehreek-i-Taliban Pakistan
alias: Fitna al-Khawarij
type: armed-group
country: PAK

[group lashkar-e-taiba]
name: Lashkar-e-Taiba
code: PAKREB
alias: Lashkar-e-Tayyiba | Lashkar-e-Toiba | Lashkar-i-Taiba | Lashkar-e-Tayyaba | Lashkar e Taiba | Jamaat-ud-Dawa | JuD
type: armed-group
country: PAK

[group jaish-e-mohammed]
name: Jaish-e-Mohammed
code: PAKREB
alias: JeM | Jaish-e-Mohammad | Jaish-e-Muhammad | Jaish-i-Mohammed | Jaish e Mohammed | Jaish-e-Muhammed
type: armed-group
country: PAK

[group lashkar-e-jhangvi]
name: Lashkar-e-Jhangvi
code: PAKREB
alias: LeJ | Lashkar-i-Jhangvi | Lashkar e Jhangvi
type: armed-group
country: PAK

[group bla]
name: Balochistan Liberation Army
code: PAKSEP
alias: BLA | Baloch Liberation Army | Baluchistan Liberation Army | Majeed Brigade
type: armed-group
country: PAK

[group blf]
name: Balochistan Liberation Front
code: PAKSEP
alias: BLF | Baloch Liberation Front
type: armed-group
country: PAK

[group hizbul-mujahideen]
name: Hizbul Mujahideen
code: KASREB
alias: Hizb-ul-Mujahideen | Hizbul Mujahidin | Hizb ul Mujahideen
type: armed-group
country: IND | PAK

[group the-resistance-front]
name: Resistance Front
code: KASREB
alias: TRF | TRF militants
type: armed-group
country: IND | PAK

[group cpi-maoist]
name: Communist Party of India (Maoist)
code: INDREB
alias: CPI (Maoist) | CPI-Maoist | CPI(Maoist) | Naxalites | Naxals | Naxalite rebels | Maoist rebels in India
type: armed-group
country: IND

[group ulfa]
name: United Liberation Front of Asom
code: INDSEP
alias: ULFA | ULFA-I | United Liberation Front of Assam | ULFA (Independent)
type: armed-group
country: IND

[group nscn]
name: National Socialist Council of Nagaland
code: INDSEP
alias: NSCN | NSCN-IM | NSCN (IM) | NSCN-K
type: armed-group
country: IND

[group ltte]
name: Liberation Tigers of Tamil Eelam
code: LKASEP
alias: LTTE | Tamil Tigers | Tamil Tiger rebels
type: armed-group
country: LKA

[group pti]
name: Pakistan Tehreek-e-Insaf
code: PAKPTY
alias: PTI | Pakistan Tehrik-e-Insaf | Tehreek-e-Insaf | Imran Khan's party | Pakistan Tehreek-i-Insaf
type: party
country: PAK

[group pml-n]
name: Pakistan Muslim League-Nawaz
code: PAKPTY
alias: PML-N | PMLN | Pakistan Muslim League (Nawaz) | Pakistan Muslim League Nawaz
type: party
country: PAK

[group ppp]
name: Pakistan Peoples Party
code: PAKPTY
alias: PPP | Pakistan People's Party | Pakistan Peoples' Party
type: party
country: PAK

[group jui-f]
name: Jamiat Ulema-e-Islam (Fazl)
code: PAKPTY
alias: JUI-F | Jamiat Ulema-e-Islam-Fazl | Jamiat Ulema-i-Islam (F) | JUI(F)
type: party
country: PAK

[group tlp]
name: Tehreek-e-Labbaik Pakistan
code: PAKPTY
alias: TLP | Tehreek-i-Labbaik Pakistan | Tehrik-e-Labbaik Pakistan
type: party
country: PAK

[group jamaat-e-islami-pakistan]
name: Jamaat-e-Islami Pakistan
code: PAKPTY
alias: Pakistan's Jamaat-e-Islami | Jamaat-i-Islami Pakistan
type: party
country: PAK

[group bjp]
name: Bharatiya Janata Party
code: INDPTY
alias: BJP | ruling BJP | Hindu nationalist BJP
type: party
country: IND

[group indian-national-congress]
name: Indian National Congress
code: INDPTY
alias: Congress party | Indian Congress party
type: party
country: IND

[group aap]
name: Aam Aadmi Party
code: INDPTY
alias: AAP | Common Man's Party
type: party
country: IND

[group trinamool-congress]
name: All India Trinamool Congress
code: INDPTY
alias: Trinamool Congress | TMC | AITC | Trinamool
type: party
country: IND

[group samajwadi-party]
name: Samajwadi Party
code: INDPTY
type: party
country: IND

[group dmk]
name: Dravida Munnetra Kazhagam
code: INDPTY
alias: DMK
type: party
country: IND

[group shiv-sena]
name: Shiv Sena
code: INDPTY
alias: Shiv Sena (UBT) | Shiv Sena party
type: party
country: IND

[group rss]
name: Rashtriya Swayamsevak Sangh
code: INDHINRAD
alias: RSS | Hindu nationalist RSS
type: movement
country: IND

[group vhp]
name: Vishwa Hindu Parishad
code: INDHINRAD
alias: VHP | World Hindu Council
type: movement
country: IND

[group awami-league]
name: Awami League
code: BGDPTY
alias: Bangladesh Awami League | Awami League party
type: party
country: BGD

[group bnp]
name: Bangladesh Nationalist Party
code: BGDPTY
alias: BNP
type: party
country: BGD

[group jamaat-e-islami-bangladesh]
name: Bangladesh Jamaat-e-Islami
code: BGDPTY
alias: Jamaat-e-Islami Bangladesh | Bangladesh Jamaat
type: party
country: BGD

[group jvp-npp]
name: National People's Power
code: LKAPTY
alias: Janatha Vimukthi Peramuna | JVP | JVP-led National People's Power
type: party
country: LKA

[group nepali-congress]
name: Nepali Congress
code: NPLPTY
alias: Nepali Congress party
type: party
country: NPL

[group cpn-uml]
name: Communist Party of Nepal (Unified Marxist–Leninist)
code: NPLPTY
alias: CPN-UML | CPN (UML) | UML party | Communist Party of Nepal (Unified Marxist-Leninist)
type: party
country: NPL

[group cpn-maoist-centre]
name: Communist Party of Nepal (Maoist Centre)
code: NPLPTY
alias: CPN (Maoist Centre) | CPN-Maoist Centre | Maoist Centre | CPN-MC
type: party
country: NPL

# ===============================================================================================================
# East and Southeast Asia
# ===============================================================================================================

[group ccp]
name: Communist Party of China
code: CHNGOVPTY
alias: Chinese Communist Party | CCP | CPC | Communist Party of China Central Committee | CPC Central Committee
alias: Central Committee of the Communist Party of China | Chinese Communist Party Central Committee
alias: Chinese Communist Party Politburo
type: party
country: CHN

[group wpk]
name: Workers' Party of Korea
code: PRKGOVPTY
alias: WPK | Korean Workers' Party | Workers Party of Korea | Central Committee of the Workers' Party of Korea
alias: North Korea's ruling party | North Korea's ruling Workers' Party
type: party
country: PRK

[group cpv]
name: Communist Party of Vietnam
code: VNMGOVPTY
alias: CPV | Vietnamese Communist Party | Communist Party of Viet Nam
type: party
country: VNM

[group lprp]
name: Lao People's Revolutionary Party
code: LAOGOVPTY
alias: LPRP
type: party
country: LAO

[group kmt]
name: Kuomintang
code: TWNPTY
alias: KMT | Chinese Nationalist Party
type: party
country: TWN

[group dpp]
name: Democratic Progressive Party
code: TWNPTY
alias: DPP | ruling DPP | Taiwan's ruling Democratic Progressive Party
type: party
country: TWN

[group taiwan-peoples-party]
name: Taiwan People's Party
code: TWNPTY
type: party
country: TWN

[group ldp]
name: Liberal Democratic Party
code: JPNPTY
alias: LDP | Liberal Democratic Party of Japan | Japan's ruling Liberal Democratic Party | Jiminto
type: party
country: JPN

[group cdp-japan]
name: Constitutional Democratic Party of Japan
code: JPNPTY
alias: Constitutional Democratic Party | CDPJ
type: party
country: JPN

[group komeito]
name: Komeito
code: JPNPTY
alias: Komeito party | New Komeito
type: party
country: JPN

[group nippon-ishin]
name: Japan Innovation Party
code: JPNPTY
alias: Nippon Ishin no Kai | Ishin | Japan Innovation Party (Ishin)
type: party
country: JPN

[group sanseito]
name: Sanseito
code: JPNPTY
alias: Sanseito party
type: party
country: JPN

[group democratic-party-of-korea]
name: Democratic Party of Korea
code: KORPTY
alias: DPK | Minjoo Party | Minjoo Party of Korea | South Korean Democratic Party
type: party
country: KOR

[group people-power-party]
name: People Power Party
code: KORPTY
alias: South Korea's People Power Party | People Power Party of Korea
type: party
country: KOR

[group nld]
name: National League for Democracy
code: MMRPTY
alias: NLD
type: party
country: MMR

[group usdp]
name: Union Solidarity and Development Party
code: MMRPTY
alias: USDP | military-backed USDP
type: party
country: MMR

[group nug]
name: National Unity Government
code: MMROPP
alias: NUG | Myanmar's National Unity Government | shadow National Unity Government | parallel National Unity Government
type: movement
country: MMR

[group arakan-army]
name: Arakan Army
code: MMRREB
alias: Arakha Army | Arakan Army rebels | United League of Arakan | ULA/AA
type: armed-group
country: MMR

[group tnla]
name: Ta'ang National Liberation Army
code: MMRREB
alias: TNLA | Taang National Liberation Army | Palaung State Liberation Front
type: armed-group
country: MMR

[group mndaa]
name: Myanmar National Democratic Alliance Army
code: MMRREB
alias: MNDAA | Kokang army | Kokang rebels
type: armed-group
country: MMR

[group three-brotherhood-alliance]
name: Three Brotherhood Alliance
code: MMRREB
alias: Brotherhood Alliance
type: armed-group
country: MMR

[group kia]
name: Kachin Independence Army
code: MMRREB
alias: KIA | Kachin Independence Organization | Kachin Independence Organisation | KIO | KIO/KIA
type: armed-group
country: MMR

[group knu]
name: Karen National Union
code: MMRREB
alias: KNU | Karen National Liberation Army | KNLA | KNU/KNLA
type: armed-group
country: MMR

[group karenni-forces]
name: Karenni Nationalities Defense Force
code: MMRREB
alias: KNDF | Karenni Nationalities Defence Force | Karenni Army
type: armed-group
country: MMR

[group chin-national-front]
name: Chin National Front
code: MMRREB
alias: CNF | Chin National Army
type: armed-group
country: MMR

[group uwsa]
name: United Wa State Army
code: MMRREB
alias: UWSA | Wa army
type: armed-group
country: MMR

[group arsa]
name: Arakan Rohingya Salvation Army
code: MMRREB
alias: ARSA | Harakah al-Yaqin
type: armed-group
country: MMR

# "PDF" alone is left out: it is far more often the document format.
[group pdf-myanmar]
name: People's Defence Force
code: MMRREB
alias: People's Defense Force | People's Defence Forces | People's Defense Forces | anti-junta People's Defence Force
alias: PDF militia | PDF fighters | local PDFs
type: armed-group
country: MMR

[group brn]
name: Barisan Revolusi Nasional
code: THASEP
alias: BRN | Barisan Revolusi Nasional-Coordinate | BRN-C | National Revolutionary Front
type: armed-group
country: THA

[group pheu-thai]
name: Pheu Thai Party
code: THAPTY
alias: Pheu Thai | Pheu Thai party
type: party
country: THA

[group peoples-party-thailand]
name: Move Forward Party
code: THAPTY
alias: Move Forward party | People's Party of Thailand | Thailand's People's Party | Future Forward Party
type: party
country: THA

[group bhumjaithai]
name: Bhumjaithai Party
code: THAPTY
alias: Bhumjaithai | Bhumjai Thai
type: party
country: THA

[group cambodian-peoples-party]
name: Cambodian People's Party
code: KHMPTY
alias: ruling Cambodian People's Party
type: party
country: KHM

[group pap]
name: People's Action Party
code: SGPPTY
alias: PAP | Singapore's People's Action Party
type: party
country: SGP

[group umno]
name: United Malays National Organisation
code: MYSPTY
alias: UMNO | Umno | United Malays National Organization
type: party
country: MYS

[group pkr]
name: People's Justice Party
code: MYSPTY
alias: Parti Keadilan Rakyat | Anwar's People's Justice Party
type: party
country: MYS

[group pas-malaysia]
name: Malaysian Islamic Party
code: MYSPTY
alias: Parti Islam Se-Malaysia | Pan-Malaysian Islamic Party | Parti Islam SeMalaysia
type: party
country: MYS

[group pdi-p]
name: Indonesian Democratic Party of Struggle
code: IDNPTY
alias: PDI-P | PDIP | PDI Perjuangan
type: party
country: IDN

[group gerindra]
name: Gerindra Party
code: IDNPTY
alias: Gerindra | Great Indonesia Movement Party
type: party
country: IDN

[group golkar]
name: Golkar
code: IDNPTY
alias: Golkar Party
type: party
country: IDN

[group jemaah-islamiyah]
name: Jemaah Islamiyah
code: IMGSEAMOSJMA
alias: Jemaah Islamiah | Jemaah Islamiya | Jemaah Islamiyya | JI network
type: armed-group
country: IDN

[group free-papua-movement]
name: Free Papua Movement
code: IDNSEP
alias: West Papua National Liberation Army | TPNPB | TPNPB-OPM | Organisasi Papua Merdeka | Papuan separatists
type: armed-group
country: IDN

[group npa]
name: New People's Army
code: PHLREB
alias: NPA | Communist Party of the Philippines | CPP-NPA | CPP-NPA-NDF | communist New People's Army
type: armed-group
country: PHL

[group milf]
name: Moro Islamic Liberation Front
code: PHLREB
alias: MILF
type: armed-group
country: PHL

[group abu-sayyaf]
name: Abu Sayyaf
code: PHLREBASF
alias: Abu Sayyaf Group | ASG | Abu Sayyaf militants
type: armed-group
country: PHL

[group dawlah-islamiyah]
name: Dawlah Islamiyah
code: PHLREBISI
alias: Maute group | Maute | Dawlah Islamiyah-Maute | Islamic State East Asia
type: armed-group
country: PHL

[group etim]
name: East Turkestan Islamic Movement
code: CHNSEP
alias: ETIM | Turkistan Islamic Party | Turkestan Islamic Party
type: armed-group
country: CHN

[group imu]
name: Islamic Movement of Uzbekistan
code: UZBREB
alias: IMU
type: armed-group
country: UZB

# ===============================================================================================================
# Africa
# ===============================================================================================================

[group boko-haram]
name: Boko Haram
code: NGAREB
alias: Jama'atu Ahlis Sunna Lidda'awati wal-Jihad | Boko Haram militants | Boko Haram insurgents
type: armed-group
country: NGA | CMR | NER | TCD

[group ansaru]
name: Ansaru
code: NGAREBALQ
alias: Jama'atu Ansarul Muslimina fi Biladis Sudan | Ansaru group
type: armed-group
country: NGA

[group lakurawa]
name: Lakurawa
code: NGAREB
alias: Lakurawa group | Lakurawa militants
type: armed-group
country: NGA | NER

[group ipob]
name: Indigenous People of Biafra
code: NGASEP
alias: IPOB | Eastern Security Network
type: armed-group
country: NGA

[group ambazonia-separatists]
name: Ambazonian separatists
code: CMRSEP
alias: Ambazonia separatists | Ambazonia Defence Forces | Ambazonia Defense Forces | Anglophone separatists
alias: Ambazonian Defence Forces | Amba boys
type: armed-group
country: CMR

[group fla]
name: Azawad Liberation Front
code: MLISEP
alias: FLA | Front de Libération de l'Azawad | Front for the Liberation of Azawad | CSP-DPA
alias: Strategic Framework for the Defence of the People of Azawad | Permanent Strategic Framework
type: armed-group
country: MLI

[group mnla]
name: National Movement for the Liberation of Azawad
code: MLISEP
alias: MNLA | Mouvement National de Libération de l'Azawad
type: armed-group
country: MLI

[group vdp]
name: Volunteers for the Defence of the Homeland
code: BFAUAF
alias: VDP | Volontaires pour la Défense de la Patrie | Volunteers for the Defense of the Homeland
type: armed-group
country: BFA

[group fact-chad]
name: Front for Change and Concord in Chad
code: TCDREB
alias: Front pour l'Alternance et la Concorde au Tchad
type: armed-group
country: TCD

[group cpc-car]
name: Coalition of Patriots for Change
code: CAFREB
alias: Coalition des Patriotes pour le Changement | CPC rebels | CPC rebel coalition
type: armed-group
country: CAF

[group 3r]
name: Return, Reclamation and Rehabilitation
code: CAFREB
alias: 3R | 3R rebels | Retour, Réclamation et Réhabilitation
type: armed-group
country: CAF

[group anti-balaka]
name: Anti-balaka
code: CAFREB
alias: anti-Balaka militias | anti-balaka militia
type: armed-group
country: CAF

[group seleka]
name: Seleka
code: CAFREB
alias: ex-Seleka | Séléka | Seleka rebels | former Seleka
type: armed-group
country: CAF

[group m23]
name: M23
code: CODREB
alias: March 23 Movement | M23 rebels | Mouvement du 23 mars | M23 movement | Rwanda-backed M23
type: armed-group
country: COD

[group afc]
name: Alliance Fleuve Congo
code: CODREB
alias: Congo River Alliance | AFC/M23 | AFC-M23
type: armed-group
country: COD

[group adf]
name: Allied Democratic Forces
code: CODREB
alias: ADF rebels | ADF militants | ADF militia | ADF fighters | Uganda's ADF
type: armed-group
country: COD | UGA

[group codeco]
name: CODECO
code: CODREB
alias: Codeco | Cooperative for the Development of Congo | Coopérative pour le Développement du Congo | CODECO militia
type: armed-group
country: COD

[group fdlr]
name: Democratic Forces for the Liberation of Rwanda
code: RWAREB
alias: FDLR | Forces Démocratiques de Libération du Rwanda
type: armed-group
country: COD | RWA

[group wazalendo]
name: Wazalendo
code: CODUAF
alias: Wazalendo militias | Wazalendo fighters | pro-government Wazalendo
type: armed-group
country: COD

[group mai-mai]
name: Mai-Mai
code: CODREB
alias: Mai Mai | Mayi-Mayi | Mai-Mai militia | Mai-Mai militias
type: armed-group
country: COD

[group lra]
name: Lord's Resistance Army
code: UGAREB
alias: LRA
type: armed-group
country: UGA | COD | CAF | SSD

# The RSF was a state paramilitary until its war with the army began on 15 April 2023.
[group rsf]
name: Rapid Support Forces
code: SDNREB
alias: RSF | Rapid Support Force | RSF paramilitaries | RSF paramilitary | RSF fighters | paramilitary Rapid Support Forces
type: armed-group
country: SDN
role: 2013 .. 2023-04-15 | SDNMIL | state paramilitary force
role: 2023-04-15 .. present | SDNREB | at war with the Sudanese army

[group janjaweed]
name: Janjaweed
code: SDNUAF
alias: Janjawid | Janjaweed militia | Janjaweed militias
type: armed-group
country: SDN

[group splm-n]
name: Sudan People's Liberation Movement-North
code: SDNREB
alias: SPLM-N | SPLM-North | SPLA-N | SPLM-N al-Hilu | Sudan People's Liberation Movement–North
type: armed-group
country: SDN

[group slm]
name: Sudan Liberation Movement
code: SDNREB
alias: SLM | SLM/A | SLA | Sudan Liberation Army | Sudan Liberation Movement/Army | SLM-AW | SLM-Abdel Wahid
type: armed-group
country: SDN

[group jem-sudan]
name: Justice and Equality Movement
code: SDNREB
alias: Justice and Equality Movement rebels
type: armed-group
country: SDN

[group ffc-sudan]
name: Forces of Freedom and Change
code: SDNOPP
alias: FFC | Forces for Freedom and Change | Freedom and Change coalition | Taqaddum | Tagaddum | Somoud | Sumud alliance
type: movement
country: SDN

[group splm]
name: Sudan People's Liberation Movement
code: SSDPTY
alias: SPLM | ruling SPLM | SPLM-IG
type: party
country: SSD

[group splm-io]
name: Sudan People's Liberation Movement-in-Opposition
code: SSDREB
alias: SPLM-IO | SPLM/A-IO | SPLA-IO | Sudan People's Liberation Army-in-Opposition | SPLM-in-Opposition | SPLA-in-Opposition
type: armed-group
country: SSD

[group nas-south-sudan]
name: National Salvation Front
code: SSDREB
alias: South Sudan's National Salvation Front | NAS rebels
type: armed-group
country: SSD

[group white-army]
name: White Army
code: SSDREB
alias: Nuer White Army | White Army militia
type: armed-group
country: SSD

[group tplf]
name: Tigray People's Liberation Front
code: ETHPTY
alias: TPLF | Tigrayan People's Liberation Front | Tigray's ruling party
type: party
country: ETH
role: 1975-02-18 .. 1991-05-28 | ETHREB | armed struggle against the Derg
role: 1991-05-28 .. 2019-12-01 | ETHGOVPTY | leading party of the EPRDF ruling coalition
role: 2020-11-04 .. 2022-11-02 | ETHREB | Tigray war

[group tigray-defense-forces]
name: Tigray Defense Forces
code: ETHREB
alias: Tigray Defence Forces | TDF | Tigrayan forces | Tigray forces | Tigrayan fighters
type: armed-group
country: ETH

[group ola]
name: Oromo Liberation Army
code: ETHREB
alias: OLA | Oromo Liberation Army rebels
type: armed-group
country: ETH

[group fano]
name: Fano
code: ETHREB
alias: Fano militia | Amhara Fano | Fano militias | Fano fighters
type: armed-group
country: ETH

[group prosperity-party]
name: Prosperity Party
code: ETHPTY
alias: ruling Prosperity Party | Ethiopia's Prosperity Party
type: party
country: ETH

[group pfdj]
name: People's Front for Democracy and Justice
code: ERIGOVPTY
alias: PFDJ
type: party
country: ERI

[group anc]
name: African National Congress
code: ZAFPTY
alias: ANC | ruling ANC
type: party
country: ZAF

[group democratic-alliance]
name: Democratic Alliance
code: ZAFPTY
alias: South Africa's Democratic Alliance
type: party
country: ZAF

[group eff]
name: Economic Freedom Fighters
code: ZAFPTY
alias: EFF
type: party
country: ZAF

[group mk-party]
name: uMkhonto weSizwe Party
code: ZAFPTY
alias: MK Party | uMkhonto we Sizwe Party | MK party
type: party
country: ZAF

[group ifp]
name: Inkatha Freedom Party
code: ZAFPTY
alias: IFP
type: party
country: ZAF

[group zanu-pf]
name: ZANU-PF
code: ZWEPTY
alias: Zanu-PF | Zimbabwe African National Union – Patriotic Front | Zimbabwe African National Union-Patriotic Front | ruling ZANU-PF
type: party
country: ZWE

[group ccc-zimbabwe]
name: Citizens Coalition for Change
code: ZWEPTY
alias: CCC
type: party
country: ZWE

[group frelimo]
name: FRELIMO
code: MOZPTY
alias: Frelimo | Mozambique Liberation Front | ruling Frelimo
type: party
country: MOZ

[group renamo]
name: RENAMO
code: MOZPTY
alias: Renamo | Mozambican National Resistance
type: party
country: MOZ

[group mpla]
name: MPLA
code: AGOPTY
alias: People's Movement for the Liberation of Angola | ruling MPLA
type: party
country: AGO

[group unita]
name: UNITA
code: AGOPTY
alias: National Union for the Total Independence of Angola
type: party
country: AGO

[group rpf]
name: Rwandan Patriotic Front
code: RWAPTY
alias: RPF | ruling RPF
type: party
country: RWA

[group nrm]
name: National Resistance Movement
code: UGAPTY
alias: NRM | ruling NRM
type: party
country: UGA

[group nup]
name: National Unity Platform
code: UGAPTY
alias: NUP
type: party
country: UGA

[group ccm]
name: Chama Cha Mapinduzi
code: TZAPTY
alias: CCM | ruling CCM
type: party
country: TZA

[group chadema]
name: Chadema
code: TZAPTY
alias: CHADEMA | Party for Democracy and Progress
type: party
country: TZA

[group odm]
name: Orange Democratic Movement
code: KENPTY
alias: ODM
type: party
country: KEN

[group uda]
name: United Democratic Alliance
code: KENPTY
alias: UDA
type: party
country: KEN

[group apc-nigeria]
name: All Progressives Congress
code: NGAPTY
alias: ruling All Progressives Congress
type: party
country: NGA

[group pdp-nigeria]
name: Peoples Democratic Party
code: NGAPTY
alias: PDP | Nigeria's Peoples Democratic Party
type: party
country: NGA

[group npp-ghana]
name: New Patriotic Party
code: GHAPTY
type: party
country: GHA

[group ndc-ghana]
name: National Democratic Congress
code: GHAPTY
type: party
country: GHA

[group pastef]
name: PASTEF
code: SENPTY
alias: Pastef | Patriots of Senegal | African Patriots of Senegal for Work, Ethics and Fraternity
type: party
country: SEN

# ===============================================================================================================
# Russia, Ukraine and the rest of Europe
# ===============================================================================================================

[group wagner-group]
name: Wagner Group
code: RUSUAF
alias: Wagner | Wagner mercenaries | Wagner PMC | Wagner private military company | PMC Wagner | Wagner mercenary group
alias: Wagner fighters | Wagner forces
type: armed-group
country: RUS

[group africa-corps]
name: Africa Corps
code: RUSMIL
alias: Russian Africa Corps | Russia's Africa Corps | Afrikansky Korpus
type: armed-group
country: RUS

[group irgc]
name: Islamic Revolutionary Guard Corps
code: IRNMIL
alias: IRGC | Revolutionary Guards | Revolutionary Guard | Revolutionary Guard Corps | Islamic Revolutionary Guards
alias: Iran's Revolutionary Guards | Iranian Revolutionary Guards | Guards Corps | Quds Force | IRGC Quds Force
alias: IRGC Navy | IRGC Aerospace Force
type: armed-group
country: IRN

[group azov]
name: Azov Brigade
code: UKRMIL
alias: Azov Regiment | Azov battalion | Azov Battalion | Azov Corps | 12th Special Forces Brigade Azov | Azov unit
type: armed-group
country: UKR

[group russian-volunteer-corps]
name: Russian Volunteer Corps
code: RUSREB
alias: RDK | RVC | Russkiy Dobrovolcheskiy Korpus
type: armed-group
country: RUS

[group freedom-of-russia-legion]
name: Freedom of Russia Legion
code: RUSREB
alias: Legion Freedom of Russia | Legion of Free Russia
type: armed-group
country: RUS

[group dpr]
name: Donetsk People's Republic
code: UKRSEP
alias: DPR | DNR | self-proclaimed Donetsk People's Republic | Donetsk separatists | Russian-backed Donetsk separatists
type: armed-group
country: UKR
role: 2014-04-07 .. 2022-09-30 | UKRSEP | Russian-backed separatist entity
role: 2022-09-30 .. present | RUSGOV | Russian-installed authorities after annexation

[group lpr]
name: Luhansk People's Republic
code: UKRSEP
alias: LPR | LNR | Lugansk People's Republic | self-proclaimed Luhansk People's Republic | Luhansk separatists
type: armed-group
country: UKR
role: 2014-04-27 .. 2022-09-30 | UKRSEP | Russian-backed separatist entity
role: 2022-09-30 .. present | RUSGOV | Russian-installed authorities after annexation

[group united-russia]
name: United Russia
code: RUSPTY
alias: Yedinaya Rossiya | ruling United Russia party | United Russia party
type: party
country: RUS

[group kprf]
name: Communist Party of the Russian Federation
code: RUSPTY
alias: KPRF | Russian Communist Party | Communist Party of Russia
type: party
country: RUS

[group ldpr]
name: Liberal Democratic Party of Russia
code: RUSPTY
alias: LDPR
type: party
country: RUS

[group fbk]
name: Anti-Corruption Foundation
code: RUSOPP
alias: FBK | Navalny's Anti-Corruption Foundation | Fund for Fighting Corruption | Navalny team
type: movement
country: RUS

[group servant-of-the-people]
name: Servant of the People
code: UKRPTY
alias: Servant of the People party | Sluha Narodu
type: party
country: UKR

[group european-solidarity]
name: European Solidarity
code: UKRPTY
alias: European Solidarity party | Yevropeiska Solidarnist
type: party
country: UKR

[group georgian-dream]
name: Georgian Dream
code: GEOPTY
alias: Georgian Dream party | ruling Georgian Dream | Georgian Dream – Democratic Georgia
type: party
country: GEO

[group unm]
name: United National Movement
code: GEOPTY
alias: UNM | Georgia's United National Movement
type: party
country: GEO

[group civil-contract]
name: Civil Contract
code: ARMPTY
alias: Civil Contract party
type: party
country: ARM

[group new-azerbaijan-party]
name: New Azerbaijan Party
code: AZEPTY
alias: Yeni Azerbaijan Party | YAP
type: party
country: AZE

[group pas-moldova]
name: Party of Action and Solidarity
code: MDAPTY
alias: Moldova's Party of Action and Solidarity | pro-European Party of Action and Solidarity
type: party
country: MDA

[group fidesz]
name: Fidesz
code: HUNPTY
alias: Fidesz party | Fidesz-KDNP | Fidesz – Hungarian Civic Alliance
type: party
country: HUN

[group tisza]
name: Tisza party
code: HUNPTY
alias: Respect and Freedom Party | Tisza Party | Hungary's Tisza party
type: party
country: HUN

[group pis]
name: Law and Justice
code: POLPTY
alias: PiS | Law and Justice party | Prawo i Sprawiedliwość
type: party
country: POL

[group civic-coalition]
name: Civic Coalition
code: POLPTY
alias: Civic Platform | Koalicja Obywatelska | Platforma Obywatelska | KO coalition
type: party
country: POL

[group konfederacja]
name: Confederation Liberty and Independence
code: POLPTY
alias: Konfederacja | Confederation party | Poland's Confederation
type: party
country: POL

[group ano]
name: ANO
code: CZEPTY
alias: ANO 2011 | ANO movement | ANO party | Babiš's ANO
type: party
country: CZE

[group smer]
name: Smer
code: SVKPTY
alias: Smer-SD | Direction – Social Democracy | Smer party
type: party
country: SVK

[group sns-serbia]
name: Serbian Progressive Party
code: SRBPTY
alias: Srpska napredna stranka | ruling Serbian Progressive Party
type: party
country: SRB

[group aur]
name: Alliance for the Union of Romanians
code: ROUPTY
alias: AUR
type: party
country: ROU

[group new-democracy]
name: New Democracy
code: GRCPTY
alias: Nea Dimokratia | New Democracy party
type: party
country: GRC

[group syriza]
name: Syriza
code: GRCPTY
alias: Coalition of the Radical Left
type: party
country: GRC

[group chega]
name: Chega
code: PRTPTY
alias: Chega party
type: party
country: PRT

[group cdu]
name: Christian Democratic Union
code: DEUPTY
alias: CDU | Christian Democrats | Christian Democratic Union of Germany | CDU/CSU | CDU-CSU
alias: German Christian Democrats | conservative CDU
type: party
country: DEU

[group csu]
name: Christian Social Union
code: DEUPTY
alias: CSU | Christian Social Union in Bavaria | Bavarian CSU
type: party
country: DEU

[group spd]
name: Social Democratic Party of Germany
code: DEUPTY
alias: SPD | German Social Democrats | Social Democrats | Sozialdemokratische Partei Deutschlands
type: party
country: DEU

[group afd]
name: Alternative for Germany
code: DEUPTY
alias: AfD | Alternative für Deutschland | far-right AfD
type: party
country: DEU

[group german-greens]
name: Alliance 90/The Greens
code: DEUPTY
alias: German Greens | Bündnis 90/Die Grünen | Die Grünen | Germany's Greens
type: party
country: DEU

[group fdp]
name: Free Democratic Party
code: DEUPTY
alias: FDP | Free Democrats | German Free Democrats
type: party
country: DEU

[group bsw]
name: Sahra Wagenknecht Alliance
code: DEUPTY
alias: BSW | Bündnis Sahra Wagenknecht
type: party
country: DEU

[group die-linke]
name: Die Linke
code: DEUPTY
alias: German Left Party | Left Party of Germany
type: party
country: DEU

[group rassemblement-national]
name: National Rally
code: FRAPTY
alias: RN | Rassemblement National | National Front | Front National
alias: far-right National Rally
type: party
country: FRA

[group renaissance]
name: Renaissance party
code: FRAPTY
alias: La République En Marche | La République en Marche | LREM | En Marche | LaREM | Macron's Renaissance party
type: party
country: FRA

[group lfi]
name: La France Insoumise
code: FRAPTY
alias: LFI | France Unbowed | hard-left France Unbowed
type: party
country: FRA

[group french-socialist-party]
name: French Socialist Party
code: FRAPTY
alias: Parti Socialiste | French Socialists
type: party
country: FRA

[group les-republicains]
name: Les Républicains
code: FRAPTY
alias: Les Republicains | French Republicans party
type: party
country: FRA

[group brothers-of-italy]
name: Brothers of Italy
code: ITAPTY
alias: Fratelli d'Italia | Fratelli d'Italia party | Brothers of Italy party
type: party
country: ITA

[group lega]
name: Lega
code: ITAPTY
alias: League party | Lega Nord | Northern League | Lega party | Italy's League
type: party
country: ITA

[group forza-italia]
name: Forza Italia
code: ITAPTY
alias: Forza Italia party
type: party
country: ITA

[group partito-democratico]
name: Partito Democratico
code: ITAPTY
alias: Italian Democratic Party | Italy's Democratic Party
type: party
country: ITA

[group five-star-movement]
name: Five Star Movement
code: ITAPTY
alias: 5-Star Movement | M5S | Movimento 5 Stelle | Five-Star Movement
type: party
country: ITA

[group psoe]
name: Spanish Socialist Workers' Party
code: ESPPTY
alias: PSOE | Spanish Socialists | Partido Socialista Obrero Español
type: party
country: ESP

[group partido-popular]
name: Partido Popular
code: ESPPTY
alias: Spanish People's Party | Spain's People's Party | conservative Partido Popular
type: party
country: ESP

[group vox]
name: Vox party
code: ESPPTY
alias: far-right Vox | Spain's Vox | Vox España
type: party
country: ESP

[group junts]
name: Junts per Catalunya
code: ESPPTY
alias: Junts | Together for Catalonia
type: party
country: ESP

[group sumar]
name: Sumar
code: ESPPTY
alias: Sumar alliance | Movimiento Sumar
type: party
country: ESP

[group pvv]
name: Party for Freedom
code: NLDPTY
alias: PVV | Partij voor de Vrijheid | Dutch Party for Freedom
type: party
country: NLD

[group fpo]
name: Freedom Party of Austria
code: AUTPTY
alias: FPÖ | FPO | Austrian Freedom Party | Freiheitliche Partei Österreichs
type: party
country: AUT

[group ovp]
name: Austrian People's Party
code: AUTPTY
alias: ÖVP | OVP | Österreichische Volkspartei
type: party
country: AUT

[group sweden-democrats]
name: Sweden Democrats
code: SWEPTY
alias: Sverigedemokraterna | Swedish Democrats
type: party
country: SWE

[group swedish-social-democrats]
name: Swedish Social Democratic Party
code: SWEPTY
alias: Swedish Social Democrats | Socialdemokraterna
type: party
country: SWE

[group danish-social-democrats]
name: Danish Social Democrats
code: DNKPTY
alias: Socialdemokratiet | Danish Social Democratic Party
type: party
country: DNK

[group finns-party]
name: Finns Party
code: FINPTY
alias: True Finns | Perussuomalaiset
type: party
country: FIN

[group vlaams-belang]
name: Vlaams Belang
code: BELPTY
alias: Flemish Interest
type: party
country: BEL

[group n-va]
name: New Flemish Alliance
code: BELPTY
alias: N-VA | Nieuw-Vlaamse Alliantie
type: party
country: BEL

[group labour-party-uk]
name: Labour Party
code: GBRPTY
alias: British Labour Party | UK Labour Party | UK Labour | British Labour
type: party
country: GBR

[group conservative-party-uk]
name: Conservative Party
code: GBRPTY
alias: Tories | Tory party | British Conservatives | UK Conservatives | Conservative and Unionist Party | British Conservative Party
type: party
country: GBR

[group reform-uk]
name: Reform UK
code: GBRPTY
alias: Brexit Party | Reform UK party | Farage's Reform UK
type: party
country: GBR

[group liberal-democrats-uk]
name: Liberal Democrats
code: GBRPTY
alias: Lib Dems | Lib Dem | LibDems | British Liberal Democrats
type: party
country: GBR

[group snp]
name: Scottish National Party
code: GBRPTY
alias: SNP
type: party
country: GBR

[group dup]
name: Democratic Unionist Party
code: GBRPTY
alias: DUP
type: party
country: GBR

[group sinn-fein]
name: Sinn Féin
code: IRLPTY
alias: Sinn Fein
type: party
country: IRL | GBR

[group fianna-fail]
name: Fianna Fáil
code: IRLPTY
alias: Fianna Fail
type: party
country: IRL

[group fine-gael]
name: Fine Gael
code: IRLPTY
type: party
country: IRL

[group ira]
name: Irish Republican Army
code: GBRSEP
alias: Provisional IRA | Provisional Irish Republican Army | Provos
type: armed-group
country: GBR | IRL

[group new-ira]
name: New IRA
code: GBRSEP
alias: New Irish Republican Army | Real IRA | dissident republican New IRA
type: armed-group
country: GBR | IRL

[group eta]
name: Euskadi Ta Askatasuna
code: ESPSEP
alias: Basque separatist group ETA | ETA separatists | Basque separatists ETA | Basque militant group ETA
type: armed-group
country: ESP | FRA

[group extinction-rebellion]
name: Extinction Rebellion
code: NGMENV
alias: XR | Extinction Rebellion activists
type: movement

[group fridays-for-future]
name: Fridays for Future
code: NGMENV
alias: FridaysForFuture | school strike for climate
type: movement

[group just-stop-oil]
name: Just Stop Oil
code: GBRENV
alias: Just Stop Oil activists | Just Stop Oil protesters
type: movement
country: GBR

[group last-generation]
name: Last Generation
code: DEUENV
alias: Letzte Generation | Last Generation activists
type: movement
country: DEU

[group gilets-jaunes]
name: Gilets jaunes
code: FRAOPP
alias: yellow vests | yellow vest movement | yellow vest protesters | gilets jaunes movement
type: movement
country: FRA

# ===============================================================================================================
# The Americas
# ===============================================================================================================

[group democratic-party-us]
name: Democratic Party
code: USAPTY
alias: Democrats | U.S. Democrats | US Democrats | Democratic National Committee | DNC | House Democrats
alias: Senate Democrats | congressional Democrats | Democratic lawmakers | American Democratic Party
type: party
country: USA

[group republican-party-us]
name: Republican Party
code: USAPTY
alias: Republicans | GOP | G.O.P. | Grand Old Party | U.S. Republicans | US Republicans | Republican National Committee
alias: RNC | House Republicans | Senate Republicans | congressional Republicans | Republican lawmakers
type: party
country: USA

[group black-lives-matter]
name: Black Lives Matter
code: USAHRI
alias: Black Lives Matter movement | BLM movement | Black Lives Matter protesters | Black Lives Matter activists
type: movement
country: USA

[group proud-boys]
name: Proud Boys
code: USARAD
alias: far-right Proud Boys
type: movement
country: USA

[group oath-keepers]
name: Oath Keepers
code: USARAD
alias: far-right Oath Keepers
type: movement
country: USA

[group liberal-party-canada]
name: Liberal Party of Canada
code: CANPTY
alias: Canadian Liberals | Canada's Liberal Party | Canadian Liberal Party
type: party
country: CAN

[group conservative-party-canada]
name: Conservative Party of Canada
code: CANPTY
alias: Canadian Conservatives | Canada's Conservative Party | Canadian Conservative Party
type: party
country: CAN

[group morena]
name: Morena
code: MEXPTY
alias: National Regeneration Movement | Movimiento Regeneración Nacional | ruling Morena party
type: party
country: MEX

[group pan-mexico]
name: National Action Party
code: MEXPTY
alias: Partido Acción Nacional | PAN party
type: party
country: MEX

[group pri]
name: Institutional Revolutionary Party
code: MEXPTY
alias: PRI | Partido Revolucionario Institucional
type: party
country: MEX

[group ezln]
name: Zapatista Army of National Liberation
code: MEXREB
alias: EZLN | Zapatistas | Zapatista movement
type: armed-group
country: MEX

[group pt-brazil]
name: Partido dos Trabalhadores
code: BRAPTY
alias: Brazilian Workers' Party | Workers' Party of Brazil | Lula's Workers' Party
type: party
country: BRA

[group pl-brazil]
name: Partido Liberal
code: BRAPTY
alias: Brazilian Liberal Party | Liberal Party of Brazil | Bolsonaro's Liberal Party
type: party
country: BRA

[group la-libertad-avanza]
name: La Libertad Avanza
code: ARGPTY
alias: Liberty Advances | LLA | Milei's La Libertad Avanza
type: party
country: ARG

[group justicialist-party]
name: Justicialist Party
code: ARGPTY
alias: Partido Justicialista | Peronist party | Peronists | Peronist movement | Peronism
type: party
country: ARG

[group psuv]
name: United Socialist Party of Venezuela
code: VENPTY
alias: PSUV | Partido Socialista Unido de Venezuela | ruling Socialist Party of Venezuela | Venezuela's ruling socialist party
type: party
country: VEN

[group vente-venezuela]
name: Vente Venezuela
code: VENPTY
alias: Vente Venezuela party
type: party
country: VEN

[group unitary-platform]
name: Unitary Platform
code: VENOPP
alias: Plataforma Unitaria | Democratic Unitary Platform | Plataforma Unitaria Democrática | Unitary Platform opposition coalition
type: movement
country: VEN

[group fsln]
name: Sandinista National Liberation Front
code: NICPTY
alias: FSLN | Sandinistas | Sandinista Front | Frente Sandinista
type: party
country: NIC

[group mas-bolivia]
name: Movement for Socialism
code: BOLPTY
alias: MAS | Movimiento al Socialismo | MAS-IPSP | Bolivia's Movement for Socialism
type: party
country: BOL

[group communist-party-of-cuba]
name: Communist Party of Cuba
code: CUBGOVPTY
alias: Cuban Communist Party | Partido Comunista de Cuba
type: party
country: CUB

[group nuevas-ideas]
name: Nuevas Ideas
code: SLVPTY
alias: New Ideas party | Bukele's Nuevas Ideas
type: party
country: SLV

[group comunes]
name: Comunes
code: COLPTY
alias: Commons party | Fuerza Alternativa Revolucionaria del Común | Revolutionary Alternative Force of the Common
type: party
country: COL

[group farc]
name: FARC
code: COLREB
alias: Farc | Revolutionary Armed Forces of Colombia | FARC-EP | Fuerzas Armadas Revolucionarias de Colombia | FARC rebels
alias: FARC guerrillas
type: armed-group
country: COL

[group emc-farc-dissidents]
name: Estado Mayor Central
code: COLREB
alias: FARC dissidents | Central General Staff | EMC dissidents | Estado Mayor Central Bolivariano | EMBF | FARC dissident group
type: armed-group
country: COL

[group segunda-marquetalia]
name: Segunda Marquetalia
code: COLREB
alias: Second Marquetalia
type: armed-group
country: COL | VEN

[group eln]
name: National Liberation Army
code: COLREB
alias: ELN | Ejército de Liberación Nacional | ELN guerrillas | ELN rebels | Colombia's National Liberation Army
type: armed-group
country: COL | VEN

[group clan-del-golfo]
name: Clan del Golfo
code: COLCRM
alias: Gulf Clan | Autodefensas Gaitanistas de Colombia | AGC | Ejército Gaitanista de Colombia | EGC | Urabeños
alias: Gaitanista Army of Colombia | Gaitanista Self-Defense Forces of Colombia
type: armed-group
country: COL

[group shining-path]
name: Shining Path
code: PERREB
alias: Sendero Luminoso | Shining Path guerrillas
type: armed-group
country: PER

[group sinaloa-cartel]
name: Sinaloa Cartel
code: MEXCRM
alias: Cártel de Sinaloa | Cartel de Sinaloa | Sinaloa drug cartel | Sinaloa Federation
type: armed-group
country: MEX

[group cjng]
name: Jalisco New Generation Cartel
code: MEXCRM
alias: CJNG | Cártel de Jalisco Nueva Generación | Cartel Jalisco Nueva Generacion | Jalisco cartel
type: armed-group
country: MEX

[group gulf-cartel]
name: Gulf Cartel
code: MEXCRM
alias: Cártel del Golfo | Cartel del Golfo
type: armed-group
country: MEX

[group tren-de-aragua]
name: Tren de Aragua
code: VENCRM
alias: TdA | Tren de Aragua gang
type: armed-group
country: VEN

[group cartel-de-los-soles]
name: Cartel de los Soles
code: VENCRM
alias: Cártel de los Soles | Cartel of the Suns
type: armed-group
country: VEN

[group ms-13]
name: MS-13
code: SLVCRM
alias: MS13 | Mara Salvatrucha | Mara Salvatrucha 13 | MS-13 gang
type: armed-group
country: SLV | USA | HND

[group barrio-18]
name: Barrio 18
code: SLVCRM
alias: 18th Street gang | Calle 18 | Mara 18
type: armed-group
country: SLV | USA | GTM

[group viv-ansanm]
name: Viv Ansanm
code: HTICRM
alias: Viv Ansanm gang coalition | Viv Ansanm alliance
type: armed-group
country: HTI

[group g9]
name: G9 an Fanmi e Alye
code: HTICRM
alias: G9 alliance | G9 gang alliance | G9 Family and Allies | G9 federation
type: armed-group
country: HTI

[group 400-mawozo]
name: 400 Mawozo
code: HTICRM
alias: 400 Mawozo gang
type: armed-group
country: HTI

[group pcc-brazil]
name: Primeiro Comando da Capital
code: BRACRM
alias: PCC | First Capital Command | First Command of the Capital
type: armed-group
country: BRA

[group comando-vermelho]
name: Comando Vermelho
code: BRACRM
alias: Red Command
type: armed-group
country: BRA

# ===============================================================================================================
# Other parties of major states
# ===============================================================================================================

[group australian-labor-party]
name: Australian Labor Party
code: AUSPTY
alias: ALP | Labor Party | Australian Labor
type: party
country: AUS

[group liberal-party-australia]
name: Liberal Party of Australia
code: AUSPTY
alias: Australian Liberal Party | Liberal-National Coalition
type: party
country: AUS

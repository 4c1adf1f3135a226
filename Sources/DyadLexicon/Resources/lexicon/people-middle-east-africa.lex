# People of the Middle East and Africa: heads of state and government, foreign and defence ministers,
# military and intelligence chiefs, leaders of armed movements, and the heads of regional organisations.
# Periods run from the first day in office to the day the successor took office (or "present").
# Armed movements carry their rebel codes: Hamas PSEREBHMS, Hezbollah LBNREB, the Houthis YEMREB,
# the Rapid Support Forces SDNREB (from the war of April 2023), HTS and al-Nusra SYRREB, al-Shabaab SOMREB.
# Regional bodies: African Union IGOAFRAFU, OAU IGOAFROAU, Arab League IGOMEAARL, GCC IGOPGSGCC.

# ---------------------------------------------------------------- Saudi Arabia

[person fahd-bin-abdulaziz]
name: Fahd bin Abdulaziz
alias: King Fahd | Fahd bin Abdulaziz Al Saud | King Fahd bin Abdulaziz
country: SAU
role: 1982-06-13 .. 2005-08-01 | SAUGOV | King of Saudi Arabia and Prime Minister | head-of-state, head-of-government

[person abdullah-bin-abdulaziz]
name: Abdullah bin Abdulaziz
alias: Abdullah bin Abdulaziz Al Saud | King Abdullah of Saudi Arabia | Saudi King Abdullah | Crown Prince Abdullah
country: SAU
role: 1982-06-13 .. 2005-08-01 | SAUGOV | Crown Prince and First Deputy Prime Minister | royal, deputy-head-of-government
role: 2005-08-01 .. 2015-01-23 | SAUGOV | King of Saudi Arabia and Prime Minister | head-of-state, head-of-government

[person sultan-bin-abdulaziz]
name: Sultan bin Abdulaziz
alias: Sultan bin Abdulaziz Al Saud | Crown Prince Sultan | Prince Sultan bin Abdulaziz
country: SAU
role: 1962 .. 2011-10-22 | SAUGOVMIL | Minister of Defence and Aviation | defence-minister
role: 1982-06-13 .. 2005-08-01 | SAUGOV | Second Deputy Prime Minister | deputy-head-of-government
role: 2005-08-01 .. 2011-10-22 | SAUGOV | Crown Prince and First Deputy Prime Minister | royal, deputy-head-of-government

[person nayef-bin-abdulaziz]
name: Nayef bin Abdulaziz
alias: Nayef bin Abdulaziz Al Saud | Prince Nayef | Crown Prince Nayef | Naif bin Abdulaziz
country: SAU
role: 1975 .. 2012-06-16 | SAUGOV | Minister of Interior | interior-minister
role: 2009-03-27 .. 2011-10-27 | SAUGOV | Second Deputy Prime Minister | deputy-head-of-government
role: 2011-10-27 .. 2012-06-16 | SAUGOV | Crown Prince and First Deputy Prime Minister | royal, deputy-head-of-government

[person salman-bin-abdulaziz]
name: Salman bin Abdulaziz
alias: King Salman | Salman bin Abdulaziz Al Saud | King Salman bin Abdulaziz | Saudi King Salman
country: SAU
born: 1935-12-31
role: 2011-11-05 .. 2015-01-23 | SAUGOVMIL | Minister of Defence | defence-minister
role: 2012-06-18 .. 2015-01-23 | SAUGOV | Crown Prince and Deputy Prime Minister | royal, deputy-head-of-government
role: 2015-01-23 .. 2022-09-27 | SAUGOV | King of Saudi Arabia and Prime Minister | head-of-state, head-of-government
role: 2022-09-27 .. present | SAUGOV | King of Saudi Arabia | head-of-state

[person muqrin-bin-abdulaziz]
name: Muqrin bin Abdulaziz
alias: Muqrin bin Abdulaziz Al Saud | Prince Muqrin | Crown Prince Muqrin
country: SAU
role: 2005-10-22 .. 2012-07-19 | SAUSPY | Director General of the General Intelligence Presidency | intelligence-chief
role: 2013-02-01 .. 2015-01-23 | SAUGOV | Second Deputy Prime Minister | deputy-head-of-government
role: 2015-01-23 .. 2015-04-29 | SAUGOV | Crown Prince and Deputy Prime Minister | royal, deputy-head-of-government

[person muhammad-bin-nayef]
name: Muhammad bin Nayef
alias: Mohammed bin Nayef | Mohammad bin Nayef | Muhammad bin Nayef Al Saud | MBN | Prince Mohammed bin Nayef
country: SAU
role: 2012-11-05 .. 2017-06-21 | SAUGOV | Minister of Interior | interior-minister
role: 2015-01-23 .. 2015-04-29 | SAUGOV | Deputy Crown Prince and Second Deputy Prime Minister | royal, deputy-head-of-government
role: 2015-04-29 .. 2017-06-21 | SAUGOV | Crown Prince and First Deputy Prime Minister | royal, deputy-head-of-government

[person mohammed-bin-salman]
name: Mohammed bin Salman
alias: Muhammad bin Salman | Mohammad bin Salman | Mohammed bin Salman Al Saud | MBS | Crown Prince Mohammed bin Salman | Prince Mohammed bin Salman
country: SAU
born: 1985-08-31
role: 2015-01-23 .. 2022-09-27 | SAUGOVMIL | Minister of Defence | defence-minister
role: 2015-04-29 .. 2017-06-21 | SAUGOV | Deputy Crown Prince and Second Deputy Prime Minister | royal, deputy-head-of-government
role: 2017-06-21 .. 2022-09-27 | SAUGOV | Crown Prince and Deputy Prime Minister | royal, deputy-head-of-government
role: 2022-09-27 .. present | SAUGOV | Crown Prince and Prime Minister | royal, head-of-government

[person khalid-bin-salman]
name: Khalid bin Salman
alias: Khalid bin Salman Al Saud | Prince Khalid bin Salman | Khaled bin Salman
country: SAU
role: 2017-04-22 .. 2019-02-23 | SAUGOV | Ambassador to the United States | ambassador
role: 2019-02-23 .. 2022-09-27 | SAUGOVMIL | Deputy Minister of Defence | other
role: 2022-09-27 .. present | SAUGOVMIL | Minister of Defence | defence-minister

[person saud-al-faisal]
name: Saud al-Faisal
alias: Saud bin Faisal | Saud bin Faisal Al Saud | Prince Saud al-Faisal
country: SAU
role: 1975-03-13 .. 2015-04-29 | SAUGOV | Minister of Foreign Affairs | foreign-minister

[person adel-al-jubeir]
name: Adel al-Jubeir
alias: Adel bin Ahmed al-Jubeir | Adel Jubeir
short: Jubeir
country: SAU
role: 2007 .. 2015-04-29 | SAUGOV | Ambassador to the United States | ambassador
role: 2015-04-29 .. 2018-12-27 | SAUGOV | Minister of Foreign Affairs | foreign-minister
role: 2018-12-27 .. present | SAUGOV | Minister of State for Foreign Affairs | minister

[person ibrahim-al-assaf]
name: Ibrahim al-Assaf
alias: Ibrahim Abdulaziz al-Assaf | Ibrahim bin Abdulaziz al-Assaf
country: SAU
role: 1996 .. 2016-11-01 | SAUGOV | Minister of Finance | finance-minister
role: 2018-12-27 .. 2019-10-23 | SAUGOV | Minister of Foreign Affairs | foreign-minister

[person faisal-bin-farhan]
name: Faisal bin Farhan
alias: Faisal bin Farhan Al Saud | Prince Faisal bin Farhan
country: SAU
role: 2019-10-23 .. present | SAUGOV | Minister of Foreign Affairs | foreign-minister

[person abdulaziz-bin-saud-bin-nayef]
name: Abdulaziz bin Saud bin Nayef
alias: Abdulaziz bin Saud bin Nayef Al Saud | Prince Abdulaziz bin Saud
country: SAU
role: 2017-06-21 .. present | SAUGOV | Minister of Interior | interior-minister

[person bandar-bin-sultan]
name: Bandar bin Sultan
alias: Bandar bin Sultan Al Saud | Prince Bandar | Prince Bandar bin Sultan
country: SAU
role: 1983-10-24 .. 2005-09-08 | SAUGOV | Ambassador to the United States | ambassador
role: 2005-10-16 .. 2015-01-29 | SAUGOV | Secretary-General of the National Security Council | other
role: 2012-07-19 .. 2014-04-15 | SAUSPY | Director General of the General Intelligence Presidency | intelligence-chief

[person turki-al-faisal]
name: Turki al-Faisal
alias: Turki bin Faisal Al Saud | Prince Turki al-Faisal
country: SAU
role: 1977 .. 2001-08-31 | SAUSPY | Director General of the General Intelligence Presidency | intelligence-chief

# ---------------------------------------------------------------- United Arab Emirates

[person zayed-bin-sultan-al-nahyan]
name: Zayed bin Sultan Al Nahyan
alias: Sheikh Zayed | Zayed bin Sultan | Sheikh Zayed bin Sultan Al Nahyan
country: ARE
role: 1971-12-02 .. 2004-11-02 | AREGOV | President of the United Arab Emirates | head-of-state

[person khalifa-bin-zayed-al-nahyan]
name: Khalifa bin Zayed Al Nahyan
alias: Khalifa bin Zayed | Sheikh Khalifa bin Zayed | Sheikh Khalifa bin Zayed Al Nahyan
country: ARE
role: 1969 .. 2004-11-03 | AREGOV | Crown Prince of Abu Dhabi | royal
role: 2004-11-03 .. 2022-05-13 | AREGOV | President of the United Arab Emirates | head-of-state

[person mohamed-bin-zayed-al-nahyan]
name: Mohamed bin Zayed Al Nahyan
alias: Mohamed bin Zayed | Mohammed bin Zayed | Muhammad bin Zayed | Mohammed bin Zayed Al Nahyan | MBZ | Sheikh Mohamed bin Zayed
country: ARE
born: 1961-03-11
role: 2004-11-03 .. 2022-05-14 | AREGOV | Crown Prince of Abu Dhabi | royal
role: 2005-01 .. 2022-05-14 | AREMIL | Deputy Supreme Commander of the Armed Forces | military-chief
role: 2022-05-14 .. present | AREGOV | President of the United Arab Emirates | head-of-state

[person maktoum-bin-rashid-al-maktoum]
name: Maktoum bin Rashid Al Maktoum
alias: Maktoum bin Rashid | Sheikh Maktoum bin Rashid
country: ARE
role: 1990-10 .. 2006-01-04 | AREGOV | Vice President and Prime Minister of the United Arab Emirates | head-of-government

[person mohammed-bin-rashid-al-maktoum]
name: Mohammed bin Rashid Al Maktoum
alias: Mohammed bin Rashid | Sheikh Mohammed bin Rashid | MBR
country: ARE
role: 1971-12-09 .. 2024-07-14 | AREGOVMIL | Minister of Defence | defence-minister
role: 2006-01-04 .. present | AREGOV | Ruler of Dubai | royal
role: 2006-01-05 .. present | AREGOV | Vice President and Prime Minister of the United Arab Emirates | head-of-government

[person hamdan-bin-mohammed-al-maktoum]
name: Hamdan bin Mohammed Al Maktoum
alias: Hamdan bin Mohammed | Sheikh Hamdan bin Mohammed | Hamdan bin Mohammed bin Rashid Al Maktoum
country: ARE
role: 2008-02-01 .. present | AREGOV | Crown Prince of Dubai | royal
role: 2024-07-14 .. present | AREGOVMIL | Deputy Prime Minister and Minister of Defence | deputy-head-of-government, defence-minister

[person abdullah-bin-zayed-al-nahyan]
name: Abdullah bin Zayed Al Nahyan
alias: Abdullah bin Zayed | Sheikh Abdullah bin Zayed
country: ARE
role: 2006-02-09 .. present | AREGOV | Minister of Foreign Affairs | foreign-minister
role: 2024-07-14 .. present | AREGOV | Deputy Prime Minister | deputy-head-of-government

[person rashid-abdullah-al-nuaimi]
name: Rashid Abdullah Al Nuaimi
alias: Rashid Abdullah
country: ARE
role: 1980 .. 2006-02-09 | AREGOV | Minister of Foreign Affairs | foreign-minister

[person mansour-bin-zayed-al-nahyan]
name: Mansour bin Zayed Al Nahyan
alias: Mansour bin Zayed | Sheikh Mansour bin Zayed | Sheikh Mansour
country: ARE
role: 2009-05-11 .. 2023-03-29 | AREGOV | Deputy Prime Minister | deputy-head-of-government
role: 2023-03-29 .. present | AREGOV | Vice President and Deputy Prime Minister | deputy-head-of-government

[person saif-bin-zayed-al-nahyan]
name: Saif bin Zayed Al Nahyan
alias: Saif bin Zayed | Sheikh Saif bin Zayed
country: ARE
role: 2004-11 .. present | AREGOV | Minister of Interior | interior-minister
role: 2009-05-11 .. present | AREGOV | Deputy Prime Minister | deputy-head-of-government

[person tahnoun-bin-zayed-al-nahyan]
name: Tahnoun bin Zayed Al Nahyan
alias: Tahnoun bin Zayed | Sheikh Tahnoun bin Zayed | Tahnoon bin Zayed
country: ARE
role: 2016 .. present | AREGOV | National Security Adviser | other

# ---------------------------------------------------------------- Qatar

[person hamad-bin-khalifa-al-thani]
name: Hamad bin Khalifa Al Thani
alias: Hamad bin Khalifa | Sheikh Hamad bin Khalifa | Emir Hamad bin Khalifa
country: QAT
role: 1995-06-27 .. 2013-06-25 | QATGOV | Emir of Qatar | head-of-state

[person tamim-bin-hamad-al-thani]
name: Tamim bin Hamad Al Thani
alias: Tamim bin Hamad | Sheikh Tamim | Sheikh Tamim bin Hamad | Emir Tamim
country: QAT
born: 1980-06-03
role: 2003-08-05 .. 2013-06-25 | QATGOV | Heir Apparent of Qatar | royal
role: 2013-06-25 .. present | QATGOV | Emir of Qatar | head-of-state

[person abdullah-bin-hamad-al-thani]
name: Abdullah bin Hamad Al Thani
alias: Abdullah bin Hamad bin Khalifa Al Thani | Sheikh Abdullah bin Hamad
country: QAT
role: 2014-11-11 .. present | QATGOV | Deputy Emir of Qatar | royal

[person abdullah-bin-khalifa-al-thani]
name: Abdullah bin Khalifa Al Thani
alias: Abdullah bin Khalifa | Sheikh Abdullah bin Khalifa Al Thani
country: QAT
role: 1996-10-29 .. 2007-04-03 | QATGOV | Prime Minister of Qatar | head-of-government

[person hamad-bin-jassim-al-thani]
name: Hamad bin Jassim Al Thani
alias: Hamad bin Jassim | Hamad bin Jassim bin Jaber Al Thani | Sheikh Hamad bin Jassim | HBJ | Hamad bin Jasim
country: QAT
role: 1992 .. 2013-06-26 | QATGOV | Minister of Foreign Affairs | foreign-minister
role: 2007-04-03 .. 2013-06-26 | QATGOV | Prime Minister of Qatar | head-of-government

[person abdullah-bin-nasser-al-thani]
name: Abdullah bin Nasser Al Thani
alias: Abdullah bin Nasser bin Khalifa Al Thani | Sheikh Abdullah bin Nasser
country: QAT
role: 2013-06-26 .. 2020-01-28 | QATGOV | Prime Minister and Minister of Interior | head-of-government, interior-minister

[person khalid-bin-khalifa-al-thani]
name: Khalid bin Khalifa Al Thani
alias: Khalid bin Khalifa bin Abdulaziz Al Thani | Sheikh Khalid bin Khalifa
country: QAT
role: 2020-01-28 .. 2023-03-07 | QATGOV | Prime Minister and Minister of Interior | head-of-government, interior-minister

[person mohammed-bin-abdulrahman-al-thani]
name: Mohammed bin Abdulrahman Al Thani
alias: Mohammed bin Abdulrahman | Sheikh Mohammed bin Abdulrahman | Mohammed bin Abdulrahman bin Jassim Al Thani
country: QAT
role: 2016-01-27 .. present | QATGOV | Minister of Foreign Affairs | foreign-minister
role: 2023-03-07 .. present | QATGOV | Prime Minister of Qatar | head-of-government

[person khalid-al-attiyah]
name: Khalid al-Attiyah
alias: Khalid bin Mohammad Al Attiyah | Khalid bin Mohammed al-Attiyah | Khaled al-Attiyah
country: QAT
role: 2013-06-26 .. 2016-01-27 | QATGOV | Minister of Foreign Affairs | foreign-minister
role: 2016-01-27 .. 2024-11-12 | QATGOVMIL | Minister of State for Defence Affairs | defence-minister

[person hamad-bin-ali-al-attiyah]
name: Hamad bin Ali al-Attiyah
country: QAT
role: 2013-06-26 .. 2016-01-27 | QATGOVMIL | Minister of State for Defence Affairs | defence-minister

[person saoud-bin-abdulrahman-al-thani]
name: Saoud bin Abdulrahman Al Thani
alias: Saud bin Abdulrahman Al Thani | Saoud bin Abdulrahman bin Hassan Al Thani
country: QAT
role: 2024-11-12 .. present | QATGOVMIL | Deputy Prime Minister and Minister of State for Defence Affairs | deputy-head-of-government, defence-minister

# ---------------------------------------------------------------- Kuwait

[person jaber-al-ahmad-al-sabah]
name: Jaber Al-Ahmad Al-Sabah
alias: Jaber al-Ahmad al-Jaber al-Sabah | Sheikh Jaber al-Ahmad | Emir Jaber
country: KWT
role: 1977-12-31 .. 2006-01-15 | KWTGOV | Emir of Kuwait | head-of-state

[person saad-al-abdullah-al-sabah]
name: Saad Al-Abdullah Al-Sabah
alias: Saad al-Abdullah al-Salim al-Sabah | Sheikh Saad al-Abdullah
country: KWT
role: 1978-02-08 .. 2003-07-13 | KWTGOV | Crown Prince and Prime Minister of Kuwait | royal, head-of-government
role: 2006-01-15 .. 2006-01-24 | KWTGOV | Emir of Kuwait | head-of-state

[person sabah-al-ahmad-al-sabah]
name: Sabah Al-Ahmad Al-Sabah
alias: Sabah al-Ahmad al-Jaber al-Sabah | Sheikh Sabah al-Ahmad | Emir Sabah
country: KWT
role: 1963 .. 2003-07-13 | KWTGOV | Minister of Foreign Affairs | foreign-minister
role: 2003-07-13 .. 2006-01-29 | KWTGOV | Prime Minister of Kuwait | head-of-government
role: 2006-01-29 .. 2020-09-29 | KWTGOV | Emir of Kuwait | head-of-state

[person nawaf-al-ahmad-al-sabah]
name: Nawaf Al-Ahmad Al-Sabah
alias: Nawaf al-Ahmad al-Jaber al-Sabah | Sheikh Nawaf al-Ahmad | Emir Nawaf
country: KWT
role: 2006-02-07 .. 2020-09-29 | KWTGOV | Crown Prince of Kuwait | royal
role: 2020-09-29 .. 2023-12-16 | KWTGOV | Emir of Kuwait | head-of-state

[person mishal-al-ahmad-al-sabah]
name: Mishal Al-Ahmad Al-Sabah
alias: Mishal al-Ahmad al-Jaber al-Sabah | Meshal al-Ahmad al-Sabah | Meshaal al-Ahmad al-Sabah | Sheikh Mishal | Sheikh Meshal | Emir Mishal
country: KWT
role: 2020-10-08 .. 2023-12-16 | KWTGOV | Crown Prince of Kuwait | royal
role: 2023-12-16 .. present | KWTGOV | Emir of Kuwait | head-of-state

[person nasser-al-mohammed-al-sabah]
name: Nasser Al-Mohammed Al-Sabah
alias: Nasser al-Mohammed al-Ahmad al-Sabah | Sheikh Nasser al-Mohammed
country: KWT
role: 2006-02-07 .. 2011-11-30 | KWTGOV | Prime Minister of Kuwait | head-of-government

[person jaber-al-mubarak-al-sabah]
name: Jaber Al-Mubarak Al-Sabah
alias: Jaber al-Mubarak al-Hamad al-Sabah | Sheikh Jaber al-Mubarak
country: KWT
role: 2001-02 .. 2011-11-30 | KWTGOVMIL | Minister of Defence | defence-minister
role: 2011-11-30 .. 2019-11-19 | KWTGOV | Prime Minister of Kuwait | head-of-government

[person sabah-al-khalid-al-sabah]
name: Sabah Al-Khalid Al-Sabah
alias: Sabah al-Khalid al-Hamad al-Sabah | Sheikh Sabah al-Khalid | Sabah Khalid al-Sabah
country: KWT
role: 2011-10-23 .. 2019-12-17 | KWTGOV | Minister of Foreign Affairs | foreign-minister
role: 2019-11-19 .. 2022-07-24 | KWTGOV | Prime Minister of Kuwait | head-of-government
role: 2024-06-01 .. present | KWTGOV | Crown Prince of Kuwait | royal

[person ahmad-nawaf-al-ahmad-al-sabah]
name: Ahmad Nawaf Al-Ahmad Al-Sabah
alias: Ahmad Nawaf al-Sabah | Ahmad al-Nawaf al-Sabah | Sheikh Ahmad Nawaf
country: KWT
role: 2022-03-09 .. 2022-07-24 | KWTGOV | First Deputy Prime Minister and Minister of Interior | deputy-head-of-government, interior-minister
role: 2022-07-24 .. 2024-01-04 | KWTGOV | Prime Minister of Kuwait | head-of-government

[person mohammad-sabah-al-salem-al-sabah]
name: Mohammad Sabah Al-Salem Al-Sabah
alias: Mohammad Sabah al-Salem | Mohammed Sabah al-Salem al-Sabah | Sheikh Mohammad Sabah al-Salem | Mohammad al-Sabah al-Salem
country: KWT
role: 2003-07-14 .. 2011-10-23 | KWTGOV | Minister of Foreign Affairs | foreign-minister
role: 2024-01-04 .. 2024-04-15 | KWTGOV | Prime Minister of Kuwait | head-of-government

[person ahmad-abdullah-al-ahmad-al-sabah]
name: Ahmad Abdullah Al-Ahmad Al-Sabah
alias: Ahmad Abdullah al-Sabah | Sheikh Ahmad Abdullah al-Ahmad
country: KWT
role: 2024-04-15 .. present | KWTGOV | Prime Minister of Kuwait | head-of-government

[person ahmad-nasser-al-mohammad-al-sabah]
name: Ahmad Nasser Al-Mohammad Al-Sabah
alias: Ahmad Nasser al-Sabah | Sheikh Ahmad Nasser al-Mohammad
country: KWT
role: 2019-12-17 .. 2022-10-16 | KWTGOV | Minister of Foreign Affairs | foreign-minister

[person salem-abdullah-al-jaber-al-sabah]
name: Salem Abdullah Al-Jaber Al-Sabah
alias: Salem Abdullah al-Sabah | Sheikh Salem Abdullah al-Jaber
country: KWT
role: 2022-10-16 .. 2024-01-17 | KWTGOV | Minister of Foreign Affairs | foreign-minister

[person abdullah-al-yahya]
name: Abdullah Al-Yahya
alias: Abdullah Ali al-Yahya | Abdullah Ali Abdullah al-Yahya
country: KWT
role: 2024-01-17 .. present | KWTGOV | Minister of Foreign Affairs | foreign-minister

[person nasser-sabah-al-ahmad-al-sabah]
name: Nasser Sabah Al-Ahmad Al-Sabah
alias: Nasser Sabah al-Sabah | Sheikh Nasser Sabah al-Ahmad
country: KWT
role: 2017-12-11 .. 2019-11 | KWTGOVMIL | First Deputy Prime Minister and Minister of Defence | deputy-head-of-government, defence-minister

[person talal-khaled-al-ahmad-al-sabah]
name: Talal Khaled Al-Ahmad Al-Sabah
alias: Talal Khaled al-Sabah | Sheikh Talal Khaled al-Ahmad
country: KWT
role: 2022-03-09 .. 2023-06 | KWTGOVMIL | Deputy Prime Minister and Minister of Defence | deputy-head-of-government, defence-minister

[person fahad-yousef-saud-al-sabah]
name: Fahad Yousef Saud Al-Sabah
alias: Fahad Yousef al-Sabah | Fahad Yusuf al-Sabah | Sheikh Fahad Yousef
country: KWT
role: 2024-01-17 .. 2025-02 | KWTGOVMIL | First Deputy Prime Minister and Minister of Defence | deputy-head-of-government, defence-minister
role: 2024-01-17 .. present | KWTGOV | Minister of Interior | interior-minister

[person abdullah-ali-abdullah-al-salem-al-sabah]
name: Abdullah Ali Abdullah Al-Salem Al-Sabah
alias: Abdullah Ali al-Salem al-Sabah | Sheikh Abdullah Ali Abdullah al-Salem
country: KWT
role: 2025-02 .. present | KWTGOVMIL | Minister of Defence | defence-minister

# ---------------------------------------------------------------- Bahrain

[person hamad-bin-isa-al-khalifa]
name: Hamad bin Isa Al Khalifa
alias: Hamad bin Isa | King Hamad | King Hamad bin Isa | King Hamad of Bahrain
country: BHR
role: 1999-03-06 .. 2002-02-14 | BHRGOV | Emir of Bahrain | head-of-state
role: 2002-02-14 .. present | BHRGOV | King of Bahrain | head-of-state

[person khalifa-bin-salman-al-khalifa]
name: Khalifa bin Salman Al Khalifa
alias: Khalifa bin Salman | Sheikh Khalifa bin Salman | Prince Khalifa bin Salman
country: BHR
role: 1970 .. 2020-11-11 | BHRGOV | Prime Minister of Bahrain | head-of-government

[person salman-bin-hamad-al-khalifa]
name: Salman bin Hamad Al Khalifa
alias: Salman bin Hamad | Crown Prince Salman bin Hamad | Prince Salman bin Hamad
country: BHR
role: 1999-03-09 .. present | BHRGOV | Crown Prince of Bahrain | royal
role: 2013-03-11 .. 2020-11-11 | BHRGOV | First Deputy Prime Minister | deputy-head-of-government
role: 2020-11-11 .. present | BHRGOV | Prime Minister of Bahrain | head-of-government

[person muhammad-bin-mubarak-al-khalifa]
name: Muhammad bin Mubarak Al Khalifa
alias: Mohammed bin Mubarak Al Khalifa | Sheikh Mohammed bin Mubarak
country: BHR
role: 1971 .. 2005-09 | BHRGOV | Minister of Foreign Affairs | foreign-minister

[person khalid-bin-ahmed-al-khalifa]
name: Khalid bin Ahmed Al Khalifa
alias: Khalid bin Ahmed | Sheikh Khalid bin Ahmed Al Khalifa | Khalid bin Ahmed bin Mohammed Al Khalifa
country: BHR
role: 2005-09 .. 2020-02-11 | BHRGOV | Minister of Foreign Affairs | foreign-minister

[person abdullatif-al-zayani]
name: Abdullatif al-Zayani
alias: Abdullatif bin Rashid Al Zayani | Abdul Latif al-Zayani
short: Zayani
country: BHR
role: 2011-04-01 .. 2020-01-31 | IGOPGSGCC | Secretary-General of the Gulf Cooperation Council | international-official
role: 2020-02-11 .. present | BHRGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------- Oman

[person qaboos-bin-said]
name: Qaboos bin Said
alias: Sultan Qaboos | Qaboos bin Said Al Said | Sultan Qaboos bin Said
short: Qaboos
country: OMN
role: 1970-07-23 .. 2020-01-10 | OMNGOV | Sultan of Oman, also Prime Minister | head-of-state, head-of-government

[person haitham-bin-tariq]
name: Haitham bin Tariq
alias: Sultan Haitham | Haitham bin Tariq Al Said | Sultan Haitham bin Tariq
country: OMN
role: 2020-01-11 .. present | OMNGOV | Sultan of Oman, also Prime Minister | head-of-state, head-of-government

[person theyazin-bin-haitham]
name: Theyazin bin Haitham
alias: Theyazin bin Haitham Al Said | Sayyid Theyazin
country: OMN
role: 2021-01-12 .. present | OMNGOV | Crown Prince of Oman | royal

[person yusuf-bin-alawi-bin-abdullah]
name: Yusuf bin Alawi bin Abdullah
alias: Yousuf bin Alawi | Yusuf bin Alawi | Yousef bin Alawi bin Abdullah
country: OMN
role: 1997 .. 2020-08-18 | OMNGOV | Minister Responsible for Foreign Affairs | foreign-minister

[person badr-albusaidi]
name: Badr Albusaidi
alias: Badr bin Hamad Albusaidi | Badr al-Busaidi | Badr bin Hamad al-Busaidi
country: OMN
role: 2020-08-18 .. present | OMNGOV | Minister of Foreign Affairs | foreign-minister

[person shihab-bin-tariq]
name: Shihab bin Tariq
alias: Shihab bin Tariq Al Said | Sayyid Shihab bin Tariq
country: OMN
role: 2020-08-18 .. present | OMNGOVMIL | Deputy Prime Minister for Defence Affairs | deputy-head-of-government, defence-minister

# ---------------------------------------------------------------- Israel

[person ezer-weizman]
name: Ezer Weizman
alias: Ezer Weizmann
short: Weizman
country: ISR
role: 1993-05-13 .. 2000-07-13 | ISRGOV | President of Israel | head-of-state

[person moshe-katsav]
name: Moshe Katsav
alias: Moshe Katzav
short: Katsav | Katzav
country: ISR
role: 2000-08-01 .. 2007-07-01 | ISRGOV | President of Israel | head-of-state

[person dalia-itzik]
name: Dalia Itzik
country: ISR
role: 2006-05-04 .. 2009-02-24 | ISRLEG | Speaker of the Knesset | legislature-speaker
role: 2007-01-25 .. 2007-07-15 | ISRGOV | Acting President of Israel | head-of-state

[person shimon-peres]
name: Shimon Peres
short: Peres
country: ISR
role: 2001-03-07 .. 2002-11-02 | ISRGOV | Minister of Foreign Affairs and Deputy Prime Minister | foreign-minister, deputy-head-of-government
role: 2007-07-15 .. 2014-07-24 | ISRGOV | President of Israel | head-of-state

[person reuven-rivlin]
name: Reuven Rivlin
alias: Ruvi Rivlin
short: Rivlin
country: ISR
role: 2014-07-24 .. 2021-07-07 | ISRGOV | President of Israel | head-of-state

[person isaac-herzog]
name: Isaac Herzog
alias: Yitzhak Herzog | Bougie Herzog
country: ISR
role: 2021-07-07 .. present | ISRGOV | President of Israel | head-of-state

[person ehud-barak]
name: Ehud Barak
short: Barak
country: ISR
role: 1999-07-06 .. 2001-03-07 | ISRGOV | Prime Minister of Israel | head-of-government
role: 1999-07-06 .. 2001-03-07 | ISRGOVMIL | Minister of Defence (held by the Prime Minister) | defence-minister
role: 2007-06-18 .. 2013-03-18 | ISRGOVMIL | Minister of Defence | defence-minister

[person ariel-sharon]
name: Ariel Sharon
alias: Arik Sharon
country: ISR
role: 2001-03-07 .. 2006-04-14 | ISRGOV | Prime Minister of Israel (incapacitated from January 2006) | head-of-government

[person ehud-olmert]
name: Ehud Olmert
short: Olmert
country: ISR
role: 2006-01-04 .. 2006-04-14 | ISRGOV | Acting Prime Minister of Israel | head-of-government
role: 2006-04-14 .. 2009-03-31 | ISRGOV | Prime Minister of Israel | head-of-government

[person benjamin-netanyahu]
name: Benjamin Netanyahu
alias: Binyamin Netanyahu | Bibi Netanyahu
short: Netanyahu
country: ISR
born: 1949-10-21
role: 1996-06-18 .. 1999-07-06 | ISRGOV | Prime Minister of Israel | head-of-government
role: 2002-11-06 .. 2003-02-28 | ISRGOV | Minister of Foreign Affairs | foreign-minister
role: 2003-02-28 .. 2005-08-09 | ISRGOV | Minister of Finance | finance-minister
role: 2006-05 .. 2009-03-31 | ISROPP | Leader of the Opposition | opposition-leader
role: 2009-03-31 .. 2021-06-13 | ISRGOV | Prime Minister of Israel | head-of-government
role: 2012-12 .. 2013-11-11 | ISRGOV | Minister of Foreign Affairs (held by the Prime Minister) | foreign-minister
role: 2015-05-14 .. 2019-02-17 | ISRGOV | Minister of Foreign Affairs (held by the Prime Minister) | foreign-minister
role: 2018-11 .. 2019-11-12 | ISRGOVMIL | Minister of Defence (held by the Prime Minister) | defence-minister
role: 2021-06-13 .. 2022-12-29 | ISROPP | Leader of the Opposition | opposition-leader
role: 2022-12-29 .. present | ISRGOV | Prime Minister of Israel | head-of-government

[person naftali-bennett]
name: Naftali Bennett
country: ISR
role: 2019-11-12 .. 2020-05-17 | ISRGOVMIL | Minister of Defence | defence-minister
role: 2021-06-13 .. 2022-07-01 | ISRGOV | Prime Minister of Israel | head-of-government
role: 2022-07-01 .. 2022-12-29 | ISRGOV | Alternate Prime Minister | deputy-head-of-government

[person yair-lapid]
name: Yair Lapid
short: Lapid
country: ISR
role: 2020-05-17 .. 2021-06-13 | ISROPP | Leader of the Opposition | opposition-leader
role: 2021-06-13 .. 2022-07-01 | ISRGOV | Alternate Prime Minister | deputy-head-of-government
role: 2021-06-13 .. 2022-12-29 | ISRGOV | Minister of Foreign Affairs | foreign-minister
role: 2022-07-01 .. 2022-12-29 | ISRGOV | Prime Minister of Israel | head-of-government
role: 2022-12-29 .. present | ISROPP | Leader of the Opposition | opposition-leader

[person benny-gantz]
name: Benny Gantz
alias: Benjamin Gantz
short: Gantz
country: ISR
role: 2011-02-14 .. 2015-02-16 | ISRMIL | Chief of the General Staff of the Israel Defense Forces | military-chief
role: 2020-05-17 .. 2021-06-13 | ISRGOV | Alternate Prime Minister | deputy-head-of-government
role: 2020-05-17 .. 2022-12-29 | ISRGOVMIL | Minister of Defence | defence-minister
role: 2023-10-11 .. 2024-06-09 | ISRGOV | Minister in the war cabinet | minister

[person yoav-gallant]
name: Yoav Gallant
alias: Yoav Galant
country: ISR
role: 2022-12-29 .. 2024-11-07 | ISRGOVMIL | Minister of Defence | defence-minister

[person israel-katz]
name: Israel Katz
alias: Yisrael Katz
country: ISR
role: 2019-02-17 .. 2020-05-17 | ISRGOV | Minister of Foreign Affairs | foreign-minister
role: 2020-05-17 .. 2021-06-13 | ISRGOV | Minister of Finance | finance-minister
role: 2024-01-01 .. 2024-11-08 | ISRGOV | Minister of Foreign Affairs | foreign-minister
role: 2024-11-08 .. present | ISRGOVMIL | Minister of Defence | defence-minister

[person gideon-saar]
name: Gideon Sa'ar
alias: Gideon Saar | Gidon Sa'ar
short: Sa'ar
country: ISR
role: 2024-11-08 .. present | ISRGOV | Minister of Foreign Affairs | foreign-minister

[person eli-cohen-israel]
name: Eli Cohen
country: ISR
role: 2022-12-29 .. 2024-01-01 | ISRGOV | Minister of Foreign Affairs | foreign-minister

[person gabi-ashkenazi]
name: Gabi Ashkenazi
alias: Gabriel Ashkenazi
country: ISR
role: 2007-02-14 .. 2011-02-14 | ISRMIL | Chief of the General Staff of the Israel Defense Forces | military-chief
role: 2020-05-17 .. 2021-06-13 | ISRGOV | Minister of Foreign Affairs | foreign-minister

[person avigdor-lieberman]
name: Avigdor Lieberman
alias: Avigdor Liberman | Evet Lieberman
country: ISR
role: 2009-03-31 .. 2012-12 | ISRGOV | Minister of Foreign Affairs and Deputy Prime Minister | foreign-minister
role: 2013-11-11 .. 2015-05-14 | ISRGOV | Minister of Foreign Affairs | foreign-minister
role: 2016-05-30 .. 2018-11 | ISRGOVMIL | Minister of Defence | defence-minister
role: 2021-06-13 .. 2022-12-29 | ISRGOV | Minister of Finance | finance-minister

[person silvan-shalom]
name: Silvan Shalom
country: ISR
role: 2001-03-07 .. 2003-02-28 | ISRGOV | Minister of Finance | finance-minister
role: 2003-02-28 .. 2006-01 | ISRGOV | Minister of Foreign Affairs | foreign-minister

[person tzipi-livni]
name: Tzipi Livni
short: Livni
country: ISR
role: 2006-01 .. 2009-03-31 | ISRGOV | Minister of Foreign Affairs | foreign-minister
role: 2009-03-31 .. 2012-03-27 | ISROPP | Leader of the Opposition | opposition-leader

[person david-levy]
name: David Levy
country: ISR
role: 1999-07-06 .. 2000-08-04 | ISRGOV | Minister of Foreign Affairs | foreign-minister

[person shlomo-ben-ami]
name: Shlomo Ben-Ami
country: ISR
role: 2000-08 .. 2001-03-07 | ISRGOV | Acting Minister of Foreign Affairs | foreign-minister

[person binyamin-ben-eliezer]
name: Binyamin Ben-Eliezer
alias: Benjamin Ben-Eliezer | Fuad Ben-Eliezer
short: Ben-Eliezer
country: ISR
role: 2001-03-07 .. 2002-11-02 | ISRGOVMIL | Minister of Defence | defence-minister

[person shaul-mofaz]
name: Shaul Mofaz
short: Mofaz
country: ISR
role: 1998-07-09 .. 2002-07-09 | ISRMIL | Chief of the General Staff of the Israel Defense Forces | military-chief
role: 2002-11-04 .. 2006-05-04 | ISRGOVMIL | Minister of Defence | defence-minister

[person amir-peretz]
name: Amir Peretz
country: ISR
role: 2006-05-04 .. 2007-06-18 | ISRGOVMIL | Minister of Defence | defence-minister

[person moshe-yaalon]
name: Moshe Ya'alon
alias: Moshe Yaalon | Bogie Ya'alon | Moshe Bogie Ya'alon
short: Ya'alon | Yaalon
country: ISR
role: 2002-07-09 .. 2005-06-01 | ISRMIL | Chief of the General Staff of the Israel Defense Forces | military-chief
role: 2013-03-18 .. 2016-05 | ISRGOVMIL | Minister of Defence | defence-minister

[person dan-halutz]
name: Dan Halutz
short: Halutz
country: ISR
role: 2005-06-01 .. 2007-02-14 | ISRMIL | Chief of the General Staff of the Israel Defense Forces | military-chief

[person gadi-eisenkot]
name: Gadi Eisenkot
alias: Gadi Eizenkot
short: Eisenkot
country: ISR
role: 2015-02-16 .. 2019-01-15 | ISRMIL | Chief of the General Staff of the Israel Defense Forces | military-chief

[person aviv-kochavi]
name: Aviv Kochavi
alias: Aviv Kohavi
short: Kochavi
country: ISR
role: 2019-01-15 .. 2023-01-16 | ISRMIL | Chief of the General Staff of the Israel Defense Forces | military-chief

[person herzi-halevi]
name: Herzi Halevi
alias: Herzl Halevi
country: ISR
role: 2023-01-16 .. 2025-03-05 | ISRMIL | Chief of the General Staff of the Israel Defense Forces | military-chief

[person eyal-zamir]
name: Eyal Zamir
country: ISR
role: 2025-03-05 .. present | ISRMIL | Chief of the General Staff of the Israel Defense Forces | military-chief

[person meir-dagan]
name: Meir Dagan
short: Dagan
country: ISR
role: 2002 .. 2011-01-06 | ISRSPY | Director of the Mossad | intelligence-chief

[person tamir-pardo]
name: Tamir Pardo
country: ISR
role: 2011-01-06 .. 2016-01-06 | ISRSPY | Director of the Mossad | intelligence-chief

[person yossi-cohen]
name: Yossi Cohen
alias: Yosef Cohen
country: ISR
role: 2016-01-06 .. 2021-06-01 | ISRSPY | Director of the Mossad | intelligence-chief

[person david-barnea]
name: David Barnea
short: Barnea
country: ISR
role: 2021-06-01 .. present | ISRSPY | Director of the Mossad | intelligence-chief

# ---------------------------------------------------------------- Palestine

[person yasser-arafat]
name: Yasser Arafat
alias: Yasir Arafat | Abu Ammar | Mohammed Abdel Rahman Abdel Raouf Arafat al-Qudwa al-Husseini
country: PSE
born: 1929-08-24
role: 1994-07-05 .. 2003-03-19 | PSEGOV | President of the Palestinian National Authority | head-of-state, head-of-government
role: 2003-03-19 .. 2004-11-11 | PSEGOV | President of the Palestinian National Authority | head-of-state

[person rawhi-fattouh]
name: Rawhi Fattouh
alias: Rauhi Fattouh
short: Fattouh
country: PSE
role: 2004-11-11 .. 2005-01-15 | PSEGOV | Acting President of the Palestinian National Authority | head-of-state

[person mahmoud-abbas]
name: Mahmoud Abbas
alias: Abu Mazen | Abu Mazin
short: Abbas
country: PSE
born: 1935-11-15
role: 2003-03-19 .. 2003-10-07 | PSEGOV | Prime Minister of the Palestinian National Authority | head-of-government
role: 2004-11-11 .. present | PSEGOV | Chairman of the PLO Executive Committee | other
role: 2005-01-15 .. present | PSEGOV | President of the State of Palestine and of the Palestinian National Authority | head-of-state

[person ahmed-qurei]
name: Ahmed Qurei
alias: Abu Ala | Abu Alaa | Ahmed Qureia | Ahmed Korei
short: Qurei | Qureia
country: PSE
role: 2003-10-07 .. 2006-03-29 | PSEGOV | Prime Minister of the Palestinian National Authority | head-of-government

[person ismail-haniyeh]
name: Ismail Haniyeh
alias: Ismail Haniya | Ismail Haniyah | Ismail Haniye
short: Haniyeh | Haniya
country: PSE
role: 2006-03-29 .. 2007-06-14 | PSEGOV | Prime Minister of the Palestinian National Authority | head-of-government
role: 2007-06-14 .. 2014-06-02 | PSEREBHMS | Head of the Hamas administration in Gaza (dismissed as Prime Minister by the President) | other
role: 2017-05-06 .. 2024-07-31 | PSEREBHMS | Head of the Hamas Political Bureau | rebel-leader

[person salam-fayyad]
name: Salam Fayyad
short: Fayyad
country: PSE
role: 2007-06-15 .. 2013-06-06 | PSEGOV | Prime Minister of the Palestinian National Authority | head-of-government

[person rami-hamdallah]
name: Rami Hamdallah
alias: Rami Hamdalla
short: Hamdallah
country: PSE
role: 2013-06-06 .. 2019-04-14 | PSEGOV | Prime Minister of the Palestinian National Authority | head-of-government

[person mohammad-shtayyeh]
name: Mohammad Shtayyeh
alias: Mohammed Shtayyeh | Mohammad Shtayeh | Mohammed Shtayeh
short: Shtayyeh | Shtayeh
country: PSE
role: 2019-04-14 .. 2024-03-31 | PSEGOV | Prime Minister of the Palestinian National Authority | head-of-government

[person mohammad-mustafa-palestine]
name: Mohammad Mustafa
alias: Mohammed Mustafa | Muhammad Mustafa
country: PSE
role: 2024-03-31 .. present | PSEGOV | Prime Minister of the Palestinian National Authority | head-of-government
role: 2024-03-31 .. 2025-03 | PSEGOV | Minister of Foreign Affairs (held by the Prime Minister) | foreign-minister

[person hussein-al-sheikh]
name: Hussein al-Sheikh
alias: Hussein Sheikh | Hussein al-Shaikh
country: PSE
role: 2022-05-26 .. present | PSEGOV | Secretary-General of the PLO Executive Committee | other
role: 2025-04-26 .. present | PSEGOV | Vice President of the State of Palestine and Deputy Chairman of the PLO | deputy-head-of-government

[person nabil-shaath]
name: Nabil Shaath
alias: Nabil Sha'ath
short: Shaath
country: PSE
role: 2003-04-30 .. 2005-02-24 | PSEGOV | Minister of Foreign Affairs | foreign-minister

[person nasser-al-kidwa]
name: Nasser al-Kidwa
alias: Nasser al-Qudwa | Nasser Kidwa
short: Kidwa
country: PSE
role: 2005-02-24 .. 2006-03-29 | PSEGOV | Minister of Foreign Affairs | foreign-minister

[person mahmoud-al-zahar]
name: Mahmoud al-Zahar
alias: Mahmoud Zahar | Mahmoud al-Zahhar
short: Zahar
country: PSE
role: 2006-03-29 .. 2007-03-17 | PSEGOV | Minister of Foreign Affairs (Hamas government) | foreign-minister

[person ziad-abu-amr]
name: Ziad Abu Amr
country: PSE
role: 2007-03-17 .. 2007-06-14 | PSEGOV | Minister of Foreign Affairs (unity government) | foreign-minister

[person riyad-al-maliki]
name: Riyad al-Maliki
alias: Riad Malki | Riyad al-Malki | Riad al-Maliki
country: PSE
role: 2007-06 .. 2024-03-31 | PSEGOV | Minister of Foreign Affairs | foreign-minister

[person varsen-aghabekian-shahin]
name: Varsen Aghabekian Shahin
alias: Varsen Aghabekian
short: Aghabekian
country: PSE
role: 2025-03 .. present | PSEGOV | Minister of Foreign Affairs | foreign-minister

[person ahmed-yassin]
name: Ahmed Yassin
alias: Sheikh Ahmed Yassin | Sheikh Yassin | Ahmed Ismail Hassan Yassin
country: PSE
role: 1987-12 .. 2004-03-22 | PSEREBHMS | Founder and spiritual leader of Hamas | rebel-leader, religious-leader

[person abdel-aziz-al-rantisi]
name: Abdel Aziz al-Rantisi
alias: Abdel-Aziz Rantisi | Abdul Aziz al-Rantisi
short: Rantisi
country: PSE
role: 2004-03-23 .. 2004-04-17 | PSEREBHMS | Leader of Hamas in Gaza | rebel-leader

[person khaled-mashal]
name: Khaled Mashal
alias: Khaled Meshaal | Khalid Mishal | Khaled Meshal | Khaled Mash'al | Khalid Mashal
short: Mashal | Meshaal
country: PSE
role: 1996 .. 2017-05-06 | PSEREBHMS | Head of the Hamas Political Bureau | rebel-leader

[person yahya-sinwar]
name: Yahya Sinwar
alias: Yahya al-Sinwar | Yehya Sinwar
short: Sinwar
country: PSE
born: 1962-10-29
role: 2017-02-13 .. 2024-10-16 | PSEREBHMS | Head of Hamas in the Gaza Strip | other
role: 2024-08-06 .. 2024-10-16 | PSEREBHMS | Head of the Hamas Political Bureau | rebel-leader

[person mohammed-deif]
name: Mohammed Deif
alias: Mohammed Dief | Muhammad Deif | Mohammed al-Masri | Mohammed Diab Ibrahim al-Masri
short: Deif
country: PSE
role: 2002 .. 2024-07-13 | PSEREBHMS | Commander of the Izz ad-Din al-Qassam Brigades | military-chief

[person saleh-al-arouri]
name: Saleh al-Arouri
alias: Saleh Arouri | Salah al-Arouri | Saleh al-Aruri
short: Arouri
country: PSE
role: 2017-10 .. 2024-01-02 | PSEREBHMS | Deputy Head of the Hamas Political Bureau | other

[person khalil-al-hayya]
name: Khalil al-Hayya
alias: Khalil al-Hayyah | Khalil Hayya
short: Hayya
country: PSE
role: 2024-10 .. present | PSEREBHMS | Head of Hamas in Gaza and chief negotiator | rebel-leader

[person ramadan-shalah]
name: Ramadan Shalah
alias: Ramadan Abdullah Shalah | Ramadan Shallah
country: PSE
role: 1995-10 .. 2018-09-28 | PSEREB | Secretary-General of Palestinian Islamic Jihad | rebel-leader

[person ziyad-al-nakhalah]
name: Ziyad al-Nakhalah
alias: Ziad al-Nakhala | Ziyad Nakhalah | Ziad Nakhaleh
short: Nakhalah | Nakhala
country: PSE
role: 2018-09-28 .. present | PSEREB | Secretary-General of Palestinian Islamic Jihad | rebel-leader

# ---------------------------------------------------------------- Lebanon

[person emile-lahoud]
name: Émile Lahoud
short: Lahoud
country: LBN
role: 1998-11-24 .. 2007-11-24 | LBNGOV | President of Lebanon | head-of-state

[person michel-suleiman]
name: Michel Suleiman
alias: Michel Sleiman | Michel Suleyman
country: LBN
role: 1998-12-21 .. 2008-05-25 | LBNMIL | Commander of the Lebanese Armed Forces | military-chief
role: 2008-05-25 .. 2014-05-25 | LBNGOV | President of Lebanon | head-of-state

[person michel-aoun]
name: Michel Aoun
alias: General Michel Aoun | President Michel Aoun
country: LBN
role: 2016-10-31 .. 2022-10-31 | LBNGOV | President of Lebanon | head-of-state

[person joseph-aoun]
name: Joseph Aoun
alias: General Joseph Aoun | President Joseph Aoun
country: LBN
role: 2017-03-08 .. 2025-01-09 | LBNMIL | Commander of the Lebanese Armed Forces | military-chief
role: 2025-01-09 .. present | LBNGOV | President of Lebanon | head-of-state

[person jean-kahwaji]
name: Jean Kahwaji
alias: Jean Qahwaji
short: Kahwaji
country: LBN
role: 2008-08-29 .. 2017-03-08 | LBNMIL | Commander of the Lebanese Armed Forces | military-chief

[person rodolphe-haykal]
name: Rodolphe Haykal
alias: Rodolphe Haikal | Rudolph Haykal
short: Haykal
country: LBN
role: 2025-03-13 .. present | LBNMIL | Commander of the Lebanese Armed Forces | military-chief

[person salim-al-hoss]
name: Salim al-Hoss
alias: Selim al-Hoss | Salim Hoss
country: LBN
role: 1998-12-04 .. 2000-10-26 | LBNGOV | Prime Minister of Lebanon | head-of-government

[person rafik-hariri]
name: Rafik Hariri
alias: Rafiq Hariri | Rafic Hariri | Rafik al-Hariri
country: LBN
role: 2000-10-26 .. 2004-10-26 | LBNGOV | Prime Minister of Lebanon | head-of-government

[person omar-karami]
name: Omar Karami
country: LBN
role: 2004-10-26 .. 2005-04-19 | LBNGOV | Prime Minister of Lebanon | head-of-government

[person najib-mikati]
name: Najib Mikati
alias: Najib Miqati
short: Mikati
country: LBN
role: 2005-04-19 .. 2005-07-19 | LBNGOV | Prime Minister of Lebanon | head-of-government
role: 2011-06-13 .. 2014-02-15 | LBNGOV | Prime Minister of Lebanon | head-of-government
role: 2021-09-10 .. 2025-02-08 | LBNGOV | Prime Minister of Lebanon (caretaker from May 2022) | head-of-government

[person fouad-siniora]
name: Fouad Siniora
alias: Fuad Siniora | Fouad Saniora
short: Siniora
country: LBN
role: 2005-07-19 .. 2009-11-09 | LBNGOV | Prime Minister of Lebanon | head-of-government

[person saad-hariri]
name: Saad Hariri
alias: Saad al-Hariri | Saad Rafik Hariri
country: LBN
role: 2009-11-09 .. 2011-06-13 | LBNGOV | Prime Minister of Lebanon | head-of-government
role: 2016-12-18 .. 2020-01-21 | LBNGOV | Prime Minister of Lebanon | head-of-government

[person tammam-salam]
name: Tammam Salam
alias: Tamam Salam
country: LBN
role: 2014-02-15 .. 2016-12-18 | LBNGOV | Prime Minister of Lebanon | head-of-government

[person hassan-diab]
name: Hassan Diab
country: LBN
role: 2020-01-21 .. 2021-09-10 | LBNGOV | Prime Minister of Lebanon (caretaker from August 2020) | head-of-government

[person nawaf-salam]
name: Nawaf Salam
alias: Nawaf Sallam
country: LBN
role: 2018-02-06 .. 2024-02-06 | IGOUNOJUDICJ | Judge of the International Court of Justice | judge, international-official
role: 2024-02-06 .. 2025-01-14 | IGOUNOJUDICJ | President of the International Court of Justice | judge, international-official
role: 2025-02-08 .. present | LBNGOV | Prime Minister of Lebanon | head-of-government

[person nabih-berri]
name: Nabih Berri
alias: Nabih Birri
short: Berri
country: LBN
role: 1992-10-20 .. present | LBNLEG | Speaker of the Parliament of Lebanon | legislature-speaker

[person mahmoud-hammoud]
name: Mahmoud Hammoud
country: LBN
role: 2000-10-26 .. 2003-04-17 | LBNGOV | Minister of Foreign Affairs | foreign-minister
role: 2003-04-17 .. 2004-10-26 | LBNGOVMIL | Minister of Defence | defence-minister
role: 2004-10-26 .. 2005-07-19 | LBNGOV | Minister of Foreign Affairs | foreign-minister

[person jean-obeid]
name: Jean Obeid
country: LBN
role: 2003-04-17 .. 2004-10-26 | LBNGOV | Minister of Foreign Affairs | foreign-minister

[person fawzi-salloukh]
name: Fawzi Salloukh
alias: Fawzi Sallukh
short: Salloukh
country: LBN
role: 2005-07-19 .. 2006-11-11 | LBNGOV | Minister of Foreign Affairs | foreign-minister
role: 2008-07-11 .. 2009-11-09 | LBNGOV | Minister of Foreign Affairs | foreign-minister

[person tarek-mitri]
name: Tarek Mitri
alias: Tarek Metri | Tarek Mitry
country: LBN
role: 2006-11 .. 2008-07-11 | LBNGOV | Acting Minister of Foreign Affairs | foreign-minister

[person ali-shami]
name: Ali Shami
alias: Ali al-Shami
country: LBN
role: 2009-11-09 .. 2011-06-13 | LBNGOV | Minister of Foreign Affairs | foreign-minister

[person adnan-mansour]
name: Adnan Mansour
country: LBN
role: 2011-06-13 .. 2014-02-15 | LBNGOV | Minister of Foreign Affairs | foreign-minister

[person gebran-bassil]
name: Gebran Bassil
alias: Gibran Bassil | Jebran Bassil
short: Bassil
country: LBN
role: 2014-02-15 .. 2020-01-21 | LBNGOV | Minister of Foreign Affairs | foreign-minister

[person nassif-hitti]
name: Nassif Hitti
short: Hitti
country: LBN
role: 2020-01-21 .. 2020-08-03 | LBNGOV | Minister of Foreign Affairs | foreign-minister

[person charbel-wehbe]
name: Charbel Wehbe
alias: Charbel Wehbi
country: LBN
role: 2020-08-03 .. 2021-05-19 | LBNGOV | Minister of Foreign Affairs | foreign-minister

[person zeina-akar]
name: Zeina Akar
alias: Zeina Akar Adra
country: LBN
role: 2020-01-21 .. 2021-09-10 | LBNGOVMIL | Minister of Defence and Deputy Prime Minister | defence-minister, deputy-head-of-government
role: 2021-05-19 .. 2021-09-10 | LBNGOV | Acting Minister of Foreign Affairs | foreign-minister

[person abdallah-bou-habib]
name: Abdallah Bou Habib
alias: Abdullah Bou Habib | Abdallah Bouhabib
short: Bou Habib
country: LBN
role: 2021-09-10 .. 2025-02-08 | LBNGOV | Minister of Foreign Affairs | foreign-minister

[person youssef-rajji]
name: Youssef Rajji
alias: Youssef Raggi | Yousef Rajji
short: Rajji | Raggi
country: LBN
role: 2025-02-08 .. present | LBNGOV | Minister of Foreign Affairs | foreign-minister

[person khalil-hrawi]
name: Khalil Hrawi
alias: Khalil Hraoui
country: LBN
role: 2000-10-26 .. 2003-04-17 | LBNGOVMIL | Minister of Defence | defence-minister

[person abdul-rahim-mrad]
name: Abdul Rahim Mrad
alias: Abdel Rahim Mrad
country: LBN
role: 2004-10-26 .. 2005-04-19 | LBNGOVMIL | Minister of Defence | defence-minister

[person elias-murr]
name: Elias Murr
alias: Elias el-Murr | Elias al-Murr
country: LBN
role: 2005-04-19 .. 2011-06-13 | LBNGOVMIL | Minister of Defence and Deputy Prime Minister | defence-minister, deputy-head-of-government

[person fayez-ghosn]
name: Fayez Ghosn
country: LBN
role: 2011-06-13 .. 2014-02-15 | LBNGOVMIL | Minister of Defence | defence-minister

[person samir-mokbel]
name: Samir Mokbel
alias: Samir Moqbel
country: LBN
role: 2014-02-15 .. 2016-12-18 | LBNGOVMIL | Minister of Defence and Deputy Prime Minister | defence-minister, deputy-head-of-government

[person yaacoub-sarraf]
name: Yaacoub Sarraf
alias: Yacoub Sarraf | Yaacoub Riad Sarraf
country: LBN
role: 2016-12-18 .. 2019-01-31 | LBNGOVMIL | Minister of Defence | defence-minister

[person elias-bou-saab]
name: Elias Bou Saab
alias: Elias Bousaab
country: LBN
role: 2019-01-31 .. 2020-01-21 | LBNGOVMIL | Minister of Defence | defence-minister

[person maurice-slim]
name: Maurice Slim
alias: Maurice Selim
country: LBN
role: 2021-09-10 .. 2025-02-08 | LBNGOVMIL | Minister of Defence | defence-minister

[person michel-menassa]
name: Michel Menassa
alias: Michel Mnassa
country: LBN
role: 2025-02-08 .. present | LBNGOVMIL | Minister of Defence | defence-minister

[person hassan-nasrallah]
name: Hassan Nasrallah
alias: Sayyed Hassan Nasrallah | Hasan Nasrallah | Sheikh Hassan Nasrallah | Hassan Nasrullah
short: Nasrallah
country: LBN
born: 1960-08-31
role: 1992-02-16 .. 2024-09-27 | LBNREB | Secretary-General of Hezbollah | rebel-leader

[person naim-qassem]
name: Naim Qassem
alias: Naim Kassem | Naim Qasim | Sheikh Naim Qassem
short: Qassem
country: LBN
role: 1991 .. 2024-10-29 | LBNREB | Deputy Secretary-General of Hezbollah | other
role: 2024-10-29 .. present | LBNREB | Secretary-General of Hezbollah | rebel-leader

# ---------------------------------------------------------------- Syria

[person hafez-al-assad]
name: Hafez al-Assad
alias: Hafiz al-Assad | Hafez Assad
country: SYR
role: 1971-03-14 .. 2000-06-10 | SYRGOV | President of Syria | head-of-state

[person bashar-al-assad]
name: Bashar al-Assad
alias: Bashar Assad | Bashar al-Asad | President Assad
short: Assad
country: SYR
born: 1965-09-11
role: 2000-07-17 .. 2024-12-08 | SYRGOV | President of Syria | head-of-state

[person ahmed-al-sharaa]
name: Ahmed al-Sharaa
alias: Ahmad al-Sharaa | Ahmed al-Shara | Abu Mohammed al-Jolani | Abu Muhammad al-Julani | Abu Mohammad al-Golani | Mohammed al-Jolani
short: Sharaa | Jolani | Julani | Jawlani
country: SYR
role: 2012-01 .. 2024-12-08 | SYRREB | Leader of the al-Nusra Front and then of Hayat Tahrir al-Sham | rebel-leader
role: 2024-12-08 .. 2025-01-29 | SYRGOV | De facto leader of Syria, head of the Military Operations Command | head-of-state
role: 2025-01-29 .. 2025-03-29 | SYRGOV | President of Syria for the transitional period | head-of-state
role: 2025-03-29 .. present | SYRGOV | President of Syria, heading the transitional government | head-of-state, head-of-government

[person abdul-halim-khaddam]
name: Abdul Halim Khaddam
alias: Abdel Halim Khaddam | Abd al-Halim Khaddam
short: Khaddam
country: SYR
role: 1984-03-11 .. 2005-06-06 | SYRGOV | Vice President of Syria | other

[person najah-al-attar]
name: Najah al-Attar
country: SYR
role: 2006-03-23 .. 2024-12-08 | SYRGOV | Vice President of Syria | other

[person muhammad-mustafa-mero]
name: Muhammad Mustafa Mero
alias: Mohammed Mustafa Miro | Mustafa Miro | Mohammad Mustafa Mero
country: SYR
role: 2000-03-13 .. 2003-09-10 | SYRGOV | Prime Minister of Syria | head-of-government

[person muhammad-naji-al-otari]
name: Muhammad Naji al-Otari
alias: Mohammad Naji Otri | Naji al-Otari | Mohammed Naji al-Itri
short: Otari | Otri
country: SYR
role: 2003-09-10 .. 2011-04-14 | SYRGOV | Prime Minister of Syria | head-of-government

[person adel-safar]
name: Adel Safar
country: SYR
role: 2011-04-14 .. 2012-06-23 | SYRGOV | Prime Minister of Syria | head-of-government

[person riyad-farid-hijab]
name: Riyad Farid Hijab
alias: Riad Hijab | Riyad Hijab
country: SYR
role: 2012-06-23 .. 2012-08-06 | SYRGOV | Prime Minister of Syria | head-of-government

[person wael-nader-al-halqi]
name: Wael Nader al-Halqi
alias: Wael al-Halqi | Wael Halqi
short: Halqi
country: SYR
role: 2012-08-09 .. 2016-07-03 | SYRGOV | Prime Minister of Syria | head-of-government

[person imad-khamis]
name: Imad Khamis
alias: Emad Khamis
country: SYR
role: 2016-07-03 .. 2020-06-11 | SYRGOV | Prime Minister of Syria | head-of-government

[person hussein-arnous]
name: Hussein Arnous
alias: Hussein Arnus
short: Arnous
country: SYR
role: 2020-06-11 .. 2024-09-23 | SYRGOV | Prime Minister of Syria (acting until August 2020) | head-of-government

[person mohammad-ghazi-al-jalali]
name: Mohammad Ghazi al-Jalali
alias: Mohammed Ghazi al-Jalali | Mohammad al-Jalali
country: SYR
role: 2024-09-23 .. 2024-12-10 | SYRGOV | Prime Minister of Syria | head-of-government

[person mohammed-al-bashir-syria]
name: Mohammed al-Bashir
alias: Mohammad al-Bashir | Muhammad al-Bashir
country: SYR
role: 2024-12-10 .. 2025-03-29 | SYRGOV | Caretaker Prime Minister of Syria | head-of-government
role: 2025-03-29 .. present | SYRGOV | Minister of Energy | minister

[person farouk-al-sharaa]
name: Farouk al-Sharaa
alias: Farouq al-Shara | Farouk al-Shara | Faruq al-Sharaa
country: SYR
role: 1984-03-11 .. 2006-02-11 | SYRGOV | Minister of Foreign Affairs | foreign-minister
role: 2006-02-11 .. 2014-07 | SYRGOV | Vice President of Syria | other

[person walid-muallem]
name: Walid Muallem
alias: Walid al-Moualem | Walid al-Muallem | Walid Moallem
short: Muallem | Moualem
country: SYR
role: 2006-02-11 .. 2020-11-16 | SYRGOV | Minister of Foreign Affairs | foreign-minister

[person faisal-mekdad]
name: Faisal Mekdad
alias: Faisal al-Mekdad | Fayssal Mekdad | Faisal Miqdad
short: Mekdad | Miqdad
country: SYR
role: 2020-11-22 .. 2024-09-23 | SYRGOV | Minister of Foreign Affairs | foreign-minister

[person bassam-al-sabbagh]
name: Bassam al-Sabbagh
alias: Bassam Sabbagh
country: SYR
role: 2024-09-23 .. 2024-12-08 | SYRGOV | Minister of Foreign Affairs | foreign-minister

[person asaad-al-shaibani]
name: Asaad al-Shaibani
alias: Asaad Hassan al-Shaibani | Asad al-Shaibani | As'ad al-Shaybani
short: Shaibani | Shaybani
country: SYR
role: 2024-12-21 .. present | SYRGOV | Minister of Foreign Affairs | foreign-minister

[person mustafa-tlass]
name: Mustafa Tlass
alias: Mustafa Tlas
short: Tlass
country: SYR
role: 1972-03 .. 2004-05-11 | SYRGOVMIL | Minister of Defence | defence-minister

[person hassan-turkmani]
name: Hassan Turkmani
alias: Hasan Turkmani
country: SYR
role: 2004-05-11 .. 2009-06-03 | SYRGOVMIL | Minister of Defence | defence-minister

[person ali-habib-mahmud]
name: Ali Habib Mahmud
alias: Ali Habib | Ali Habib Mahmoud
country: SYR
role: 2009-06-03 .. 2011-08-08 | SYRGOVMIL | Minister of Defence | defence-minister

[person dawoud-rajiha]
name: Dawoud Rajiha
alias: Daoud Rajha | Dawud Rajiha
short: Rajiha
country: SYR
role: 2011-08-08 .. 2012-07-18 | SYRGOVMIL | Minister of Defence | defence-minister

[person fahd-jassem-al-freij]
name: Fahd Jassem al-Freij
alias: Fahd al-Freij | Fahad Jassim al-Furaij
short: Freij
country: SYR
role: 2012-07-18 .. 2018-01-01 | SYRGOVMIL | Minister of Defence | defence-minister

[person ali-abdullah-ayyoub]
name: Ali Abdullah Ayyoub
alias: Ali Ayyoub | Ali Abdullah Ayoub
country: SYR
role: 2018-01-01 .. 2022-04-28 | SYRGOVMIL | Minister of Defence | defence-minister

[person ali-mahmoud-abbas]
name: Ali Mahmoud Abbas
country: SYR
role: 2022-04-28 .. 2024-12-08 | SYRGOVMIL | Minister of Defence | defence-minister

[person murhaf-abu-qasra]
name: Murhaf Abu Qasra
alias: Marhaf Abu Qasra | Abu Hassan al-Hamawi
country: SYR
role: 2024-12-21 .. present | SYRGOVMIL | Minister of Defence | defence-minister

[person anas-khattab]
name: Anas Khattab
country: SYR
role: 2025-03-29 .. present | SYRGOV | Minister of Interior | interior-minister

[person mazloum-abdi]
name: Mazloum Abdi
alias: Mazloum Kobani | Mazlum Abdi | Ferhat Abdi Şahin
country: SYR
role: 2015-10 .. present | SYRREB | Commander-in-Chief of the Syrian Democratic Forces | rebel-leader

# ---------------------------------------------------------------- Jordan

[person abdullah-ii-of-jordan]
name: Abdullah II
alias: King Abdullah II | Abdullah II of Jordan | King Abdullah of Jordan | Jordan's King Abdullah | Abdullah bin Al-Hussein
country: JOR
born: 1962-01-30
role: 1999-02-07 .. present | JORGOV | King of Jordan | head-of-state

[person hamzah-bin-hussein]
name: Hamzah bin Hussein
alias: Prince Hamzah | Prince Hamza bin Hussein
country: JOR
role: 1999-02-07 .. 2004-11-28 | JORGOV | Crown Prince of Jordan | royal

[person hussein-bin-abdullah]
name: Hussein bin Abdullah
alias: Crown Prince Hussein | Crown Prince Hussein bin Abdullah | Prince Hussein bin Abdullah
country: JOR
role: 2009-07-02 .. present | JORGOV | Crown Prince of Jordan | royal

[person abdul-raouf-al-rawabdeh]
name: Abdul Raouf al-Rawabdeh
alias: Abdelraouf Rawabdeh | Abdul-Raouf Rawabdeh
country: JOR
role: 1999-03-04 .. 2000-06-19 | JORGOV | Prime Minister of Jordan | head-of-government

[person ali-abu-al-ragheb]
name: Ali Abu al-Ragheb
alias: Ali Abu Ragheb | Ali Abul Ragheb
short: Abu Ragheb
country: JOR
role: 2000-06-19 .. 2003-10-25 | JORGOV | Prime Minister of Jordan | head-of-government

[person faisal-al-fayez]
name: Faisal al-Fayez
alias: Faisal Fayez
country: JOR
role: 2003-10-25 .. 2005-04-07 | JORGOV | Prime Minister of Jordan | head-of-government

[person adnan-badran]
name: Adnan Badran
country: JOR
role: 2005-04-07 .. 2005-11-27 | JORGOV | Prime Minister of Jordan | head-of-government

[person marouf-al-bakhit]
name: Marouf al-Bakhit
alias: Maarouf Bakhit | Marouf Bakhit | Maaruf al-Bakhit
short: Bakhit
country: JOR
role: 2005-11-27 .. 2007-11-25 | JORGOV | Prime Minister of Jordan | head-of-government
role: 2011-02-09 .. 2011-10-24 | JORGOV | Prime Minister of Jordan | head-of-government

[person nader-al-dahabi]
name: Nader al-Dahabi
alias: Nader Dahabi | Nader al-Thahabi
short: Dahabi
country: JOR
role: 2007-11-25 .. 2009-12-14 | JORGOV | Prime Minister of Jordan | head-of-government

[person samir-rifai]
name: Samir Rifai
alias: Samir al-Rifai | Samir Zaid al-Rifai
country: JOR
role: 2009-12-14 .. 2011-02-09 | JORGOV | Prime Minister of Jordan | head-of-government

[person awn-khasawneh]
name: Awn Khasawneh
alias: Awn Shawkat Al-Khasawneh | Aoun Khasawneh
country: JOR
role: 2000-02-06 .. 2011-10-24 | IGOUNOJUDICJ | Judge of the International Court of Justice | judge, international-official
role: 2011-10-24 .. 2012-05-02 | JORGOV | Prime Minister of Jordan | head-of-government

[person fayez-al-tarawneh]
name: Fayez al-Tarawneh
alias: Fayez Tarawneh
country: JOR
role: 2012-05-02 .. 2012-10-11 | JORGOV | Prime Minister of Jordan | head-of-government

[person abdullah-ensour]
name: Abdullah Ensour
alias: Abdullah Nsour | Abdullah al-Nsour
short: Ensour
country: JOR
role: 2012-10-11 .. 2016-06-01 | JORGOV | Prime Minister of Jordan | head-of-government

[person hani-mulki]
name: Hani Mulki
alias: Hani al-Mulki | Hani Al-Mulqi
short: Mulki
country: JOR
role: 2004-10 .. 2005-04-07 | JORGOV | Minister of Foreign Affairs | foreign-minister
role: 2016-06-01 .. 2018-06-14 | JORGOV | Prime Minister of Jordan | head-of-government

[person omar-razzaz]
name: Omar Razzaz
alias: Omar al-Razzaz
short: Razzaz
country: JOR
role: 2018-06-14 .. 2020-10-12 | JORGOV | Prime Minister of Jordan | head-of-government

[person bisher-al-khasawneh]
name: Bisher Al-Khasawneh
alias: Bisher Khasawneh
country: JOR
role: 2020-10-12 .. 2024-09-18 | JORGOV | Prime Minister of Jordan | head-of-government

[person jafar-hassan]
name: Jafar Hassan
alias: Jaafar Hassan | Ja'far Hassan
country: JOR
role: 2024-09-18 .. present | JORGOV | Prime Minister of Jordan | head-of-government

[person abdul-ilah-khatib]
name: Abdul Ilah Khatib
alias: Abdelelah al-Khatib | Abdul-Ilah al-Khatib
country: JOR
role: 1998-08 .. 2002-01 | JORGOV | Minister of Foreign Affairs | foreign-minister
role: 2005-11-27 .. 2007-11-25 | JORGOV | Minister of Foreign Affairs | foreign-minister

[person marwan-muasher]
name: Marwan Muasher
alias: Marwan al-Muasher | Marwan Muashar
short: Muasher
country: JOR
role: 2002-01 .. 2004-10 | JORGOV | Minister of Foreign Affairs | foreign-minister

[person farouk-qasrawi]
name: Farouk Qasrawi
alias: Farouq Qasrawi | Farouk Kasrawi
country: JOR
role: 2005-04-07 .. 2005-11-27 | JORGOV | Minister of Foreign Affairs | foreign-minister

[person salaheddine-al-bashir]
name: Salaheddine al-Bashir
alias: Salah al-Bashir | Salahuddin al-Bashir
country: JOR
role: 2007-11-25 .. 2009-02-23 | JORGOV | Minister of Foreign Affairs | foreign-minister

[person nasser-judeh]
name: Nasser Judeh
alias: Nasser Joudeh
short: Judeh
country: JOR
role: 2009-02-23 .. 2017-01-15 | JORGOV | Minister of Foreign Affairs | foreign-minister

[person ayman-safadi]
name: Ayman Safadi
alias: Ayman al-Safadi
short: Safadi
country: JOR
role: 2017-01-15 .. present | JORGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------- Iraq

[person saddam-hussein]
name: Saddam Hussein
alias: Saddam Hussein al-Tikriti | Saddam Hussein Abd al-Majid al-Tikriti
short: Saddam
country: IRQ
role: 1979-07-16 .. 2003-04-09 | IRQGOV | President of Iraq | head-of-state
role: 1994-05-29 .. 2003-04-09 | IRQGOV | Prime Minister of Iraq | head-of-government

[person tariq-aziz]
name: Tariq Aziz
alias: Tareq Aziz
country: IRQ
role: 1979 .. 2003-04-09 | IRQGOV | Deputy Prime Minister of Iraq | deputy-head-of-government

[person mohammed-saeed-al-sahhaf]
name: Mohammed Saeed al-Sahhaf
alias: Muhammad Saeed al-Sahhaf | Mohammed al-Sahaf | Baghdad Bob | Comical Ali
short: Sahhaf
country: IRQ
role: 1992 .. 2001-04 | IRQGOV | Minister of Foreign Affairs | foreign-minister
role: 2001-04 .. 2003-04-09 | IRQGOV | Minister of Information | minister

[person naji-sabri]
name: Naji Sabri
alias: Naji Sabri al-Hadithi
country: IRQ
role: 2001-04 .. 2003-04-09 | IRQGOV | Minister of Foreign Affairs | foreign-minister

[person sultan-hashim-ahmad]
name: Sultan Hashim Ahmad
alias: Sultan Hashim Ahmad al-Tai | Sultan Hashem Ahmed
country: IRQ
role: 1995 .. 2003-04-09 | IRQGOVMIL | Minister of Defence | defence-minister

[person ghazi-al-yawar]
name: Ghazi al-Yawar
alias: Ghazi Mashal Ajil al-Yawer | Ghazi al-Yawer
short: Yawar | Yawer
country: IRQ
role: 2004-06-28 .. 2005-04-07 | IRQGOV | President of the Iraqi Interim Government | head-of-state

[person ayad-allawi]
name: Ayad Allawi
alias: Iyad Allawi | Ayad Alawi
country: IRQ
role: 2004-06-28 .. 2005-05-03 | IRQGOV | Prime Minister of the Iraqi Interim Government | head-of-government

[person ibrahim-al-jaafari]
name: Ibrahim al-Jaafari
alias: Ibrahim Jaafari | Ibrahim al-Jafari
short: Jaafari
country: IRQ
role: 2005-05-03 .. 2006-05-20 | IRQGOV | Prime Minister of Iraq | head-of-government
role: 2014-09-08 .. 2018-10-25 | IRQGOV | Minister of Foreign Affairs | foreign-minister

[person jalal-talabani]
name: Jalal Talabani
country: IRQ
role: 2005-04-07 .. 2014-07-24 | IRQGOV | President of Iraq | head-of-state

[person nouri-al-maliki]
name: Nouri al-Maliki
alias: Nuri al-Maliki | Nouri Maliki | Jawad al-Maliki
short: Maliki
country: IRQ
role: 2006-05-20 .. 2014-09-08 | IRQGOV | Prime Minister of Iraq | head-of-government
role: 2014-09-08 .. 2015-08-11 | IRQGOV | Vice President of Iraq | other

[person fuad-masum]
name: Fuad Masum
alias: Fouad Massoum | Fuad Masoum | Fouad Masum
short: Masum | Massoum
country: IRQ
role: 2014-07-24 .. 2018-10-02 | IRQGOV | President of Iraq | head-of-state

[person haider-al-abadi]
name: Haider al-Abadi
alias: Haidar al-Abadi | Haider Abadi
short: Abadi
country: IRQ
role: 2014-09-08 .. 2018-10-25 | IRQGOV | Prime Minister of Iraq | head-of-government

[person barham-salih]
name: Barham Salih
alias: Barham Saleh
country: IRQ
role: 2018-10-02 .. 2022-10-13 | IRQGOV | President of Iraq | head-of-state
role: 2026-01-01 .. present | IGOUNOREFHCR | United Nations High Commissioner for Refugees | international-official

[person adil-abdul-mahdi]
name: Adil Abdul-Mahdi
alias: Adel Abdul Mahdi | Adil Abd al-Mahdi | Adel Abdel Mahdi
country: IRQ
role: 2018-10-25 .. 2020-05-07 | IRQGOV | Prime Minister of Iraq (caretaker from December 2019) | head-of-government

[person mustafa-al-kadhimi]
name: Mustafa al-Kadhimi
alias: Mustafa Kadhimi | Mustafa al-Kazemi | Mustafa al-Kathimi
short: Kadhimi
country: IRQ
role: 2016-06-07 .. 2020-05-07 | IRQSPY | Director of the Iraqi National Intelligence Service | intelligence-chief
role: 2020-05-07 .. 2022-10-27 | IRQGOV | Prime Minister of Iraq | head-of-government

[person abdul-latif-rashid]
name: Abdul Latif Rashid
alias: Abdul Latif Jamal Rashid | Abdullatif Rashid
country: IRQ
role: 2022-10-13 .. present | IRQGOV | President of Iraq | head-of-state

[person mohammed-shia-al-sudani]
name: Mohammed Shia al-Sudani
alias: Mohammed Shiaa al-Sudani | Mohammed al-Sudani | Muhammad Shia al-Sudani
short: Sudani
country: IRQ
role: 2022-10-27 .. present | IRQGOV | Prime Minister of Iraq | head-of-government

[person hoshyar-zebari]
name: Hoshyar Zebari
alias: Hoshyar Zibari
short: Zebari
country: IRQ
role: 2003-09-03 .. 2014-09-08 | IRQGOV | Minister of Foreign Affairs | foreign-minister
role: 2014-10-18 .. 2016-09-21 | IRQGOV | Minister of Finance | finance-minister

[person mohamed-ali-alhakim]
name: Mohamed Ali Alhakim
alias: Mohammed Ali al-Hakim | Mohamed Ali al-Hakim
country: IRQ
role: 2018-10-25 .. 2020-06-06 | IRQGOV | Minister of Foreign Affairs | foreign-minister

[person fuad-hussein]
name: Fuad Hussein
alias: Fouad Hussein | Fuad Husayn
country: IRQ
role: 2020-06-06 .. present | IRQGOV | Deputy Prime Minister and Minister of Foreign Affairs | foreign-minister

[person hazim-al-shaalan]
name: Hazim al-Shaalan
alias: Hazem al-Shaalan | Hazim Shaalan
country: IRQ
role: 2004-06-28 .. 2005-05-03 | IRQGOVMIL | Minister of Defence | defence-minister

[person saadoun-al-dulaimi]
name: Saadoun al-Dulaimi
alias: Sadoun al-Dulaimi | Saadun al-Dulaymi
country: IRQ
role: 2005-05-03 .. 2006-05-20 | IRQGOVMIL | Minister of Defence | defence-minister
role: 2011-08-17 .. 2014-09-08 | IRQGOVMIL | Acting Minister of Defence | defence-minister

[person abdul-qadir-al-obeidi]
name: Abdul Qadir al-Obeidi
alias: Abdul Qadir Mohammed Jassim al-Obeidi | Abdel Qader al-Obeidi
country: IRQ
role: 2006-06-08 .. 2010-12-21 | IRQGOVMIL | Minister of Defence | defence-minister

[person khaled-al-obaidi]
name: Khaled al-Obaidi
alias: Khalid al-Obeidi | Khaled al-Ubaidi
country: IRQ
role: 2014-10-18 .. 2016-08-25 | IRQGOVMIL | Minister of Defence | defence-minister

[person erfan-al-hayali]
name: Erfan al-Hayali
alias: Irfan al-Hayali | Arfan al-Hayali
country: IRQ
role: 2017-01-30 .. 2018-10-25 | IRQGOVMIL | Minister of Defence | defence-minister

[person najah-al-shammari]
name: Najah al-Shammari
alias: Najah Hassan al-Shammari
country: IRQ
role: 2019-06-24 .. 2020-05-07 | IRQGOVMIL | Minister of Defence | defence-minister

[person juma-inad]
name: Juma Inad
alias: Jumaa Inad Saadoun | Juma Anad | Jumaa Enad
country: IRQ
role: 2020-06-06 .. 2022-10-27 | IRQGOVMIL | Minister of Defence | defence-minister

[person thabet-al-abbasi]
name: Thabet al-Abbasi
alias: Thabit al-Abbasi | Thabet Mohammed al-Abbasi
country: IRQ
role: 2022-10-27 .. present | IRQGOVMIL | Minister of Defence | defence-minister

[person masoud-barzani]
name: Masoud Barzani
alias: Massoud Barzani | Mesud Barzani
country: IRQ
role: 2005-06-14 .. 2017-11-01 | IRQGOV | President of the Kurdistan Region of Iraq | other

[person nechirvan-barzani]
name: Nechirvan Barzani
alias: Nechirvan Idris Barzani
country: IRQ
role: 2006-05 .. 2009-10-28 | IRQGOV | Prime Minister of the Kurdistan Regional Government | other
role: 2012-04-05 .. 2019-06-10 | IRQGOV | Prime Minister of the Kurdistan Regional Government | other
role: 2019-06-10 .. present | IRQGOV | President of the Kurdistan Region of Iraq | other

[person masrour-barzani]
name: Masrour Barzani
alias: Masrur Barzani
country: IRQ
role: 2019-07-10 .. present | IRQGOV | Prime Minister of the Kurdistan Regional Government | other

# ---------------------------------------------------------------- Iran

[person ali-khamenei]
name: Ali Khamenei
alias: Ayatollah Ali Khamenei | Ayatollah Khamenei | Ali Hosseini Khamenei | Sayyid Ali Khamenei | Grand Ayatollah Ali Khamenei
short: Khamenei
country: IRN
role: 1981-10-13 .. 1989-08-03 | IRNGOV | President of Iran | head-of-government
role: 1989-06-04 .. present | IRNGOV | Supreme Leader of Iran | head-of-state, religious-leader

[person mohammad-khatami]
name: Mohammad Khatami
alias: Mohammed Khatami | Seyyed Mohammad Khatami
short: Khatami
country: IRN
role: 1997-08-03 .. 2005-08-03 | IRNGOV | President of Iran | head-of-government

[person mahmoud-ahmadinejad]
name: Mahmoud Ahmadinejad
alias: Mahmoud Ahmadi-Nejad | Mahmoud Ahmadinezhad
short: Ahmadinejad
country: IRN
role: 2005-08-03 .. 2013-08-03 | IRNGOV | President of Iran | head-of-government

[person hassan-rouhani]
name: Hassan Rouhani
alias: Hassan Rowhani | Hasan Rouhani | Hassan Fereydoun
short: Rouhani | Rowhani
country: IRN
role: 1989-10 .. 2005-08-15 | IRNGOV | Secretary of the Supreme National Security Council | other
role: 2013-08-03 .. 2021-08-03 | IRNGOV | President of Iran | head-of-government

[person ebrahim-raisi]
name: Ebrahim Raisi
alias: Ebrahim Raeisi | Ibrahim Raisi | Seyyed Ebrahim Raisi
short: Raisi | Raeisi
country: IRN
born: 1960-12-14
role: 2019-03-07 .. 2021-07-01 | IRNJUD | Chief Justice of Iran | judge
role: 2021-08-03 .. 2024-05-19 | IRNGOV | President of Iran | head-of-government

[person mohammad-mokhber]
name: Mohammad Mokhber
alias: Mohammad Mokhber Dezfuli | Mohammed Mokhber
short: Mokhber
country: IRN
role: 2021-08-08 .. 2024-07-28 | IRNGOV | First Vice President of Iran | deputy-head-of-government
role: 2024-05-19 .. 2024-07-28 | IRNGOV | Acting President of Iran | head-of-government

[person masoud-pezeshkian]
name: Masoud Pezeshkian
alias: Masoud Pezeshkiyan | Massoud Pezeshkian
short: Pezeshkian
country: IRN
born: 1954-09-29
role: 2024-07-28 .. present | IRNGOV | President of Iran | head-of-government

[person eshaq-jahangiri]
name: Eshaq Jahangiri
alias: Es'haq Jahangiri | Ishaq Jahangiri
short: Jahangiri
country: IRN
role: 2013-08-05 .. 2021-08-03 | IRNGOV | First Vice President of Iran | deputy-head-of-government

[person mohammad-reza-aref]
name: Mohammad Reza Aref
alias: Mohammadreza Aref
country: IRN
role: 2001-08 .. 2005-08 | IRNGOV | First Vice President of Iran | deputy-head-of-government
role: 2024-07 .. present | IRNGOV | First Vice President of Iran | deputy-head-of-government

[person kamal-kharazi]
name: Kamal Kharazi
short: Kharazi
country: IRN
role: 1997-08-20 .. 2005-08-24 | IRNGOV | Minister of Foreign Affairs | foreign-minister

[person manouchehr-mottaki]
name: Manouchehr Mottaki
alias: Manouchehr Motaki | Manuchehr Mottaki
short: Mottaki
country: IRN
role: 2005-08-24 .. 2010-12-13 | IRNGOV | Minister of Foreign Affairs | foreign-minister

[person ali-akbar-salehi]
name: Ali Akbar Salehi
country: IRN
role: 2009-07-16 .. 2010-12-13 | IRNGOV | Head of the Atomic Energy Organization of Iran | other
role: 2010-12-13 .. 2013-08-15 | IRNGOV | Minister of Foreign Affairs (acting until January 2011) | foreign-minister
role: 2013-08-16 .. 2021-08-29 | IRNGOV | Head of the Atomic Energy Organization of Iran | other

[person mohammad-javad-zarif]
name: Mohammad Javad Zarif
alias: Javad Zarif | Mohammed Javad Zarif
short: Zarif
country: IRN
role: 2013-08-15 .. 2021-08-25 | IRNGOV | Minister of Foreign Affairs | foreign-minister
role: 2024-08-01 .. 2025-03 | IRNGOV | Vice President for Strategic Affairs | other

[person hossein-amir-abdollahian]
name: Hossein Amir-Abdollahian
alias: Hossein Amirabdollahian | Hossein Amir-Abdolahian
short: Amir-Abdollahian | Amirabdollahian
country: IRN
role: 2021-08-25 .. 2024-05-19 | IRNGOV | Minister of Foreign Affairs | foreign-minister

[person ali-bagheri-kani]
name: Ali Bagheri Kani
alias: Ali Bagheri | Ali Baqeri Kani
short: Bagheri Kani
country: IRN
role: 2024-05-19 .. 2024-08-21 | IRNGOV | Acting Minister of Foreign Affairs | foreign-minister

[person abbas-araghchi]
name: Abbas Araghchi
alias: Abbas Araqchi | Seyed Abbas Araghchi
short: Araghchi | Araqchi
country: IRN
role: 2024-08-21 .. present | IRNGOV | Minister of Foreign Affairs | foreign-minister

[person ali-shamkhani]
name: Ali Shamkhani
short: Shamkhani
country: IRN
role: 1997-08-20 .. 2005-08-24 | IRNGOVMIL | Minister of Defence | defence-minister
role: 2013-09-10 .. 2023-05-22 | IRNGOV | Secretary of the Supreme National Security Council | other

[person mostafa-mohammad-najjar]
name: Mostafa Mohammad-Najjar
alias: Mostafa Najjar
country: IRN
role: 2005-08-24 .. 2009-09-03 | IRNGOVMIL | Minister of Defence | defence-minister

[person ahmad-vahidi]
name: Ahmad Vahidi
short: Vahidi
country: IRN
role: 2009-09-03 .. 2013-08-15 | IRNGOVMIL | Minister of Defence | defence-minister
role: 2021-08-25 .. 2024-08-21 | IRNGOV | Minister of Interior | interior-minister

[person hossein-dehghan]
name: Hossein Dehghan
alias: Hossein Dehqan
short: Dehghan
country: IRN
role: 2013-08-15 .. 2017-08-20 | IRNGOVMIL | Minister of Defence | defence-minister

[person amir-hatami]
name: Amir Hatami
short: Hatami
country: IRN
role: 2017-08-20 .. 2021-08-25 | IRNGOVMIL | Minister of Defence | defence-minister
role: 2025-06-13 .. present | IRNMIL | Commander-in-Chief of the Army of the Islamic Republic of Iran | military-chief

[person mohammad-reza-ashtiani]
name: Mohammad-Reza Ashtiani
alias: Mohammad Reza Gharaei Ashtiani | Mohammadreza Ashtiani
short: Ashtiani
country: IRN
role: 2021-08-25 .. 2024-08-21 | IRNGOVMIL | Minister of Defence | defence-minister

[person aziz-nasirzadeh]
name: Aziz Nasirzadeh
alias: Aziz Nassirzadeh
short: Nasirzadeh
country: IRN
role: 2024-08-21 .. present | IRNGOVMIL | Minister of Defence | defence-minister

[person ali-larijani]
name: Ali Larijani
alias: Ali Ardashir Larijani
country: IRN
role: 2005-08-15 .. 2007-10-20 | IRNGOV | Secretary of the Supreme National Security Council | other
role: 2008-05-28 .. 2020-05-28 | IRNLEG | Speaker of the Islamic Consultative Assembly | legislature-speaker
role: 2025-08-05 .. present | IRNGOV | Secretary of the Supreme National Security Council | other

[person ali-akbar-ahmadian]
name: Ali Akbar Ahmadian
short: Ahmadian
country: IRN
role: 2023-05-22 .. 2025-08-05 | IRNGOV | Secretary of the Supreme National Security Council | other

[person mohammad-bagher-ghalibaf]
name: Mohammad Bagher Ghalibaf
alias: Mohammad Baqer Qalibaf | Mohammad Bagher Qalibaf
short: Ghalibaf | Qalibaf
country: IRN
role: 2020-05-28 .. present | IRNLEG | Speaker of the Islamic Consultative Assembly | legislature-speaker

[person qasem-soleimani]
name: Qasem Soleimani
alias: Qassem Soleimani | Qassim Suleimani | Ghasem Soleimani | Qasem Suleimani
short: Soleimani | Suleimani
country: IRN
role: 1998 .. 2020-01-03 | IRNMIL | Commander of the IRGC Quds Force | military-chief

[person esmail-qaani]
name: Esmail Qaani
alias: Esmail Ghaani | Ismail Qaani | Esmail Qa'ani
short: Qaani | Ghaani
country: IRN
role: 2020-01-03 .. present | IRNMIL | Commander of the IRGC Quds Force | military-chief

[person yahya-rahim-safavi]
name: Yahya Rahim Safavi
alias: Rahim Safavi
country: IRN
role: 1997-09 .. 2007-09-01 | IRNMIL | Commander-in-Chief of the Islamic Revolutionary Guard Corps | military-chief

[person mohammad-ali-jafari]
name: Mohammad Ali Jafari
alias: Mohammad Ali Jafari Najafabadi | Aziz Jafari
country: IRN
role: 2007-09-01 .. 2019-04-21 | IRNMIL | Commander-in-Chief of the Islamic Revolutionary Guard Corps | military-chief

[person hossein-salami]
name: Hossein Salami
country: IRN
role: 2019-04-21 .. 2025-06-13 | IRNMIL | Commander-in-Chief of the Islamic Revolutionary Guard Corps | military-chief

[person mohammad-pakpour]
name: Mohammad Pakpour
alias: Mohammad Pakpur
short: Pakpour
country: IRN
role: 2025-06-13 .. present | IRNMIL | Commander-in-Chief of the Islamic Revolutionary Guard Corps | military-chief

[person hassan-firouzabadi]
name: Hassan Firouzabadi
alias: Hassan Firuzabadi
short: Firouzabadi
country: IRN
role: 1989-09 .. 2016-06-28 | IRNMIL | Chief of Staff of the Armed Forces | military-chief

[person mohammad-bagheri]
name: Mohammad Bagheri
alias: Mohammad Hossein Bagheri | Mohammad Baqeri
country: IRN
role: 2016-06-28 .. 2025-06-13 | IRNMIL | Chief of Staff of the Armed Forces | military-chief

[person abdolrahim-mousavi]
name: Abdolrahim Mousavi
alias: Abdolrahim Musavi | Abdul Rahim Mousavi
country: IRN
role: 2017-08-21 .. 2025-06-13 | IRNMIL | Commander-in-Chief of the Army of the Islamic Republic of Iran | military-chief
role: 2025-06-13 .. present | IRNMIL | Chief of Staff of the Armed Forces | military-chief

# ---------------------------------------------------------------- Yemen

[person ali-abdullah-saleh]
name: Ali Abdullah Saleh
alias: Ali Abdallah Saleh | Ali Abdullah Salih
country: YEM
role: 1990-05-22 .. 2012-02-25 | YEMGOV | President of Yemen | head-of-state

[person abdrabbuh-mansur-hadi]
name: Abdrabbuh Mansur Hadi
alias: Abd Rabbuh Mansur Hadi | Abed Rabbo Mansour Hadi | Abdrabbo Mansour Hadi | Abd-Rabbu Mansour Hadi | Mansour Hadi
short: Hadi
country: YEM
role: 1994-10-03 .. 2012-02-25 | YEMGOV | Vice President of Yemen | other
role: 2011-06-04 .. 2011-09-23 | YEMGOV | Acting President of Yemen | head-of-state
role: 2012-02-25 .. 2022-04-07 | YEMGOV | President of Yemen | head-of-state

[person rashad-al-alimi]
name: Rashad al-Alimi
alias: Rashad Muhammad al-Alimi | Rashad Alimi | Rashad al-Olaimi
short: Alimi
country: YEM
role: 2022-04-07 .. present | YEMGOV | Chairman of the Presidential Leadership Council | head-of-state

[person aidarous-al-zubaidi]
name: Aidarous al-Zubaidi
alias: Aidarus al-Zubaidi | Aidarous al-Zoubaidi | Eidarous al-Zubaidi | Aydarus al-Zubaydi
country: YEM
role: 2015-12-07 .. 2017-04-27 | YEMGOV | Governor of Aden | other
role: 2017-05-11 .. 2026-01 | YEMSEP | President of the Southern Transitional Council | rebel-leader
role: 2022-04-07 .. 2026-01-07 | YEMGOV | Vice Chairman of the Presidential Leadership Council | other

[person abdul-qadir-bajamal]
name: Abdul Qadir Bajamal
alias: Abdulqader Bajamal | Abdul Qader Ba Jammal | Abdulkader Bajammal
short: Bajamal
country: YEM
role: 2001-04-04 .. 2007-03-31 | YEMGOV | Prime Minister of Yemen | head-of-government

[person ali-mohammed-mujawar]
name: Ali Mohammed Mujawar
alias: Ali Muhammad Mujawar | Ali Mujawar
short: Mujawar
country: YEM
role: 2007-03-31 .. 2011-12-07 | YEMGOV | Prime Minister of Yemen (caretaker from March 2011) | head-of-government

[person mohammed-basindawa]
name: Mohammed Basindawa
alias: Mohammed Salem Basindwa | Muhammad Basindawa | Mohammed Basindwa
short: Basindawa | Basindwa
country: YEM
role: 2011-12-07 .. 2014-09-24 | YEMGOV | Prime Minister of Yemen | head-of-government

[person khaled-bahah]
name: Khaled Bahah
alias: Khalid Bahah | Khaled Mahfoudh Bahah
short: Bahah
country: YEM
role: 2014-10-13 .. 2016-04-03 | YEMGOV | Prime Minister of Yemen | head-of-government
role: 2015-04-12 .. 2016-04-03 | YEMGOV | Vice President of Yemen | other

[person ahmed-obeid-bin-daghr]
name: Ahmed Obeid bin Daghr
alias: Ahmed bin Dagher | Ahmed Obaid bin Daghir | Ahmed bin Daghr
country: YEM
role: 2016-04-04 .. 2018-10-15 | YEMGOV | Prime Minister of Yemen | head-of-government

[person maeen-abdulmalik-saeed]
name: Maeen Abdulmalik Saeed
alias: Maeen Abdulmalik | Maeen Abdul Malik Saeed | Moeen Abdulmalik
country: YEM
role: 2018-10-15 .. 2024-02-05 | YEMGOV | Prime Minister of Yemen | head-of-government

[person ahmad-awad-bin-mubarak]
name: Ahmad Awad bin Mubarak
alias: Ahmed Awad bin Mubarak | Ahmed bin Mubarak | bin Mubarak
country: YEM
role: 2020-12-18 .. 2024-03 | YEMGOV | Minister of Foreign Affairs | foreign-minister
role: 2024-02-05 .. 2025-05-03 | YEMGOV | Prime Minister of Yemen | head-of-government

[person salem-bin-braik]
name: Salem bin Braik
alias: Salem Saleh bin Braik | Salem Saleh Bin Breik | Salem bin Breik
country: YEM
role: 2025-05-03 .. present | YEMGOV | Prime Minister of Yemen | head-of-government

[person ali-mohsen-al-ahmar]
name: Ali Mohsen al-Ahmar
alias: Ali Muhsin al-Ahmar | Ali Mohsen Saleh al-Ahmar
country: YEM
role: 2016-04-03 .. 2022-04-07 | YEMGOV | Vice President of Yemen | other

[person abu-bakr-al-qirbi]
name: Abu Bakr al-Qirbi
alias: Abubakr al-Qirbi | Abu Bakr al-Kurbi | Abu Bakr Abdullah al-Qirbi
short: Qirbi
country: YEM
role: 2001-04-04 .. 2014-11-09 | YEMGOV | Minister of Foreign Affairs | foreign-minister

[person abdulmalik-al-mekhlafi]
name: Abdulmalik al-Mekhlafi
alias: Abdul Malik al-Mikhlafi | Abdulmalik al-Mikhlafi
short: Mekhlafi | Mikhlafi
country: YEM
role: 2015-12 .. 2018-05 | YEMGOV | Minister of Foreign Affairs | foreign-minister

[person khaled-al-yamani]
name: Khaled al-Yamani
alias: Khalid al-Yamani | Khaled Hussein al-Yamani
country: YEM
role: 2018-05 .. 2019-06 | YEMGOV | Minister of Foreign Affairs | foreign-minister

[person mohammed-al-hadhrami]
name: Mohammed al-Hadhrami
alias: Mohammed Abdullah al-Hadhrami | Mohamed al-Hadrami
country: YEM
role: 2019-06 .. 2020-12-18 | YEMGOV | Minister of Foreign Affairs (acting at first) | foreign-minister

[person shaya-al-zindani]
name: Shaya al-Zindani
alias: Shaya Mohsen al-Zindani | Shaea al-Zindani
country: YEM
role: 2024-03 .. present | YEMGOV | Minister of Foreign Affairs | foreign-minister

[person mohammed-nasser-ahmed]
name: Mohammed Nasser Ahmed
alias: Mohammed Nasser Ahmed Ali | Muhammad Nasir Ahmad
country: YEM
role: 2006-02 .. 2014-11-09 | YEMGOVMIL | Minister of Defence | defence-minister

[person abdul-malik-al-houthi]
name: Abdul-Malik al-Houthi
alias: Abdulmalik al-Houthi | Abdel-Malek al-Houthi | Abdul Malik al-Huthi | Abdul-Malik Badreddin al-Houthi | Abdelmalik al-Houthi
country: YEM
role: 2004-09 .. present | YEMREB | Leader of the Houthi movement (Ansar Allah) | rebel-leader

[person mohammed-ali-al-houthi]
name: Mohammed Ali al-Houthi
alias: Muhammad Ali al-Houthi | Mohammed Ali al-Huthi
country: YEM
role: 2015-02-06 .. 2016-08-15 | YEMREB | Head of the Houthi Supreme Revolutionary Committee | other

[person saleh-ali-al-sammad]
name: Saleh Ali al-Sammad
alias: Saleh al-Sammad | Salih Ali al-Sammad | Saleh al-Samad
short: Sammad
country: YEM
role: 2016-08-14 .. 2018-04-19 | YEMREB | President of the Houthi Supreme Political Council | other

[person mahdi-al-mashat]
name: Mahdi al-Mashat
alias: Mahdi al-Mashhat | Mahdi Mashat
short: Mashat
country: YEM
role: 2018-04-25 .. present | YEMREB | President of the Houthi Supreme Political Council | other

[person abdulaziz-bin-habtour]
name: Abdulaziz bin Habtour
alias: Abdel-Aziz bin Habtoor | Abdulaziz bin Habtoor | Abdul Aziz bin Habtour
country: YEM
role: 2016-10-04 .. 2024-08-10 | YEMREB | Prime Minister of the Houthi government in Sanaa (caretaker from September 2023) | other

[person ahmed-al-rahawi]
name: Ahmed al-Rahawi
alias: Ahmed Ghaleb al-Rahawi | Ahmed al-Rahwi | Ahmed Ghalib al-Rahwi
short: Rahawi | Rahwi
country: YEM
role: 2024-08-10 .. 2025-08-28 | YEMREB | Prime Minister of the Houthi government in Sanaa | other

# ---------------------------------------------------------------- Egypt

[person hosni-mubarak]
name: Hosni Mubarak
alias: Muhammad Hosni Mubarak | Mohamed Hosni Mubarak | Husni Mubarak
short: Mubarak
country: EGY
born: 1928-05-04
role: 1981-10-14 .. 2011-02-11 | EGYGOV | President of Egypt | head-of-state

[person mohamed-hussein-tantawi]
name: Mohamed Hussein Tantawi
alias: Hussein Tantawi | Field Marshal Tantawi | Mohammed Hussein Tantawi
short: Tantawi
country: EGY
role: 1991-05-20 .. 2012-08-12 | EGYGOVMIL | Minister of Defence and Commander-in-Chief | defence-minister
role: 2011-02-11 .. 2012-06-30 | EGYMIL | Chairman of the Supreme Council of the Armed Forces | head-of-state

[person mohamed-morsi]
name: Mohamed Morsi
alias: Mohammed Morsi | Mohamed Mursi | Muhammad Mursi | Mohammed Mursi
short: Morsi | Mursi
country: EGY
born: 1951-08-20
role: 2012-06-30 .. 2013-07-03 | EGYGOV | President of Egypt | head-of-state

[person adly-mansour]
name: Adly Mansour
alias: Adli Mansour | Adly Mahmoud Mansour
country: EGY
role: 2013-07-04 .. 2014-06-08 | EGYGOV | Interim President of Egypt | head-of-state

[person abdel-fattah-el-sisi]
name: Abdel Fattah el-Sisi
alias: Abdel Fattah al-Sisi | Abdul Fattah al-Sisi | Abdel Fattah Sisi | Field Marshal Sisi
short: Sisi | el-Sisi | al-Sisi
country: EGY
born: 1954-11-19
role: 2010-01 .. 2012-08-12 | EGYMIL | Director of Military Intelligence | intelligence-chief
role: 2012-08-12 .. 2014-03-26 | EGYGOVMIL | Minister of Defence and Commander-in-Chief | defence-minister
role: 2014-06-08 .. present | EGYGOV | President of Egypt | head-of-state

[person atef-ebeid]
name: Atef Ebeid
alias: Atef Obeid
short: Ebeid
country: EGY
role: 1999-10-05 .. 2004-07-14 | EGYGOV | Prime Minister of Egypt | head-of-government

[person ahmed-nazif]
name: Ahmed Nazif
alias: Ahmad Nazif
short: Nazif
country: EGY
role: 2004-07-14 .. 2011-01-29 | EGYGOV | Prime Minister of Egypt | head-of-government

[person ahmed-shafik]
name: Ahmed Shafik
alias: Ahmed Shafiq | Ahmad Shafik
short: Shafik | Shafiq
country: EGY
role: 2011-01-29 .. 2011-03-03 | EGYGOV | Prime Minister of Egypt | head-of-government

[person essam-sharaf]
name: Essam Sharaf
alias: Essam Abdel-Aziz Sharaf | Issam Sharaf
country: EGY
role: 2011-03-03 .. 2011-12-07 | EGYGOV | Prime Minister of Egypt | head-of-government

[person kamal-ganzouri]
name: Kamal Ganzouri
alias: Kamal el-Ganzouri | Kamal al-Ganzouri | Kamal al-Janzouri
short: Ganzouri
country: EGY
role: 2011-12-07 .. 2012-08-02 | EGYGOV | Prime Minister of Egypt | head-of-government

[person hesham-qandil]
name: Hesham Qandil
alias: Hisham Qandil | Hesham Kandil
short: Qandil | Kandil
country: EGY
role: 2012-08-02 .. 2013-07-16 | EGYGOV | Prime Minister of Egypt | head-of-government

[person hazem-el-beblawi]
name: Hazem el-Beblawi
alias: Hazem Beblawi | Hazem al-Beblawi
short: Beblawi
country: EGY
role: 2013-07-16 .. 2014-03-01 | EGYGOV | Interim Prime Minister of Egypt | head-of-government

[person ibrahim-mahlab]
name: Ibrahim Mahlab
alias: Ibrahim Mehleb
short: Mahlab
country: EGY
role: 2014-03-01 .. 2015-09-19 | EGYGOV | Prime Minister of Egypt | head-of-government

[person sherif-ismail]
name: Sherif Ismail
alias: Sherif Ismail Mohamed | Sharif Ismail
country: EGY
role: 2015-09-19 .. 2018-06-14 | EGYGOV | Prime Minister of Egypt | head-of-government

[person mostafa-madbouly]
name: Mostafa Madbouly
alias: Moustafa Madbouly | Mostafa Madbuli | Mustafa Madbouly
short: Madbouly
country: EGY
role: 2018-06-14 .. present | EGYGOV | Prime Minister of Egypt | head-of-government

[person omar-suleiman]
name: Omar Suleiman
alias: Omar Soliman | Omar Sulaiman
country: EGY
role: 1993-01-22 .. 2011-01-29 | EGYSPY | Director of the General Intelligence Directorate | intelligence-chief
role: 2011-01-29 .. 2011-02-11 | EGYGOV | Vice President of Egypt | other

[person abbas-kamel]
name: Abbas Kamel
alias: Abbas Kamil
country: EGY
role: 2018-01-18 .. 2024-10-16 | EGYSPY | Director of the General Intelligence Directorate (acting until June 2018) | intelligence-chief

[person hassan-rashad]
name: Hassan Rashad
alias: Hassan Mahmoud Rashad
country: EGY
role: 2024-10-16 .. present | EGYSPY | Director of the General Intelligence Directorate | intelligence-chief

[person mohamed-elbaradei]
name: Mohamed ElBaradei
alias: Mohamed el-Baradei | Mohammed ElBaradei | Mohamed al-Baradei
short: ElBaradei | Baradei
country: EGY
role: 1997-12-01 .. 2009-12-01 | IGOUNOIAE | Director General of the International Atomic Energy Agency | international-official
role: 2013-07-14 .. 2013-08-14 | EGYGOV | Interim Vice President of Egypt | other

[person amr-moussa]
name: Amr Moussa
alias: Amr Mussa | Amre Moussa | Amr Musa
country: EGY
role: 1991-05-20 .. 2001-05-15 | EGYGOV | Minister of Foreign Affairs | foreign-minister
role: 2001-06 .. 2011-07-01 | IGOMEAARL | Secretary-General of the Arab League | international-official

[person esmat-abdel-meguid]
name: Esmat Abdel Meguid
alias: Ahmed Esmat Abdel Meguid
country: EGY
role: 1991-05-15 .. 2001-05 | IGOMEAARL | Secretary-General of the Arab League | international-official

[person ahmed-maher]
name: Ahmed Maher
alias: Ahmed Maher El Sayed | Ahmed Maher al-Sayed
country: EGY
role: 2001-05-15 .. 2004-07-14 | EGYGOV | Minister of Foreign Affairs | foreign-minister

[person ahmed-aboul-gheit]
name: Ahmed Aboul Gheit
alias: Ahmed Abul Gheit | Ahmed Abou el-Gheit
short: Aboul Gheit
country: EGY
role: 2004-07-14 .. 2011-03-06 | EGYGOV | Minister of Foreign Affairs | foreign-minister
role: 2016-07 .. present | IGOMEAARL | Secretary-General of the Arab League | international-official

[person nabil-elaraby]
name: Nabil Elaraby
alias: Nabil el-Araby | Nabil al-Arabi | Nabil Elarabi
short: Elaraby
country: EGY
role: 2011-03-06 .. 2011-06 | EGYGOV | Minister of Foreign Affairs | foreign-minister
role: 2011-07-01 .. 2016-06 | IGOMEAARL | Secretary-General of the Arab League | international-official

[person mohamed-kamel-amr]
name: Mohamed Kamel Amr
alias: Mohammed Kamel Amr | Mohamed Kamal Amr
country: EGY
role: 2011-07 .. 2013-07-16 | EGYGOV | Minister of Foreign Affairs | foreign-minister

[person nabil-fahmy]
name: Nabil Fahmy
alias: Nabil Fahmi
country: EGY
role: 2013-07-16 .. 2014-06-17 | EGYGOV | Minister of Foreign Affairs | foreign-minister

[person sameh-shoukry]
name: Sameh Shoukry
alias: Sameh Shukri | Sameh Hassan Shoukry
short: Shoukry
country: EGY
role: 2014-06-17 .. 2024-07-03 | EGYGOV | Minister of Foreign Affairs | foreign-minister

[person badr-abdelatty]
name: Badr Abdelatty
alias: Badr Abdel Ati | Badr Abdel Aty | Badr Abdelaty
short: Abdelatty
country: EGY
role: 2024-07-03 .. present | EGYGOV | Minister of Foreign Affairs | foreign-minister

[person sedki-sobhi]
name: Sedki Sobhi
alias: Sedky Sobhy | Sidqi Subhi | Sedki Sobhy
country: EGY
role: 2012-08-12 .. 2014-03-26 | EGYMIL | Chief of Staff of the Armed Forces | military-chief
role: 2014-03-26 .. 2018-06-14 | EGYGOVMIL | Minister of Defence and Commander-in-Chief | defence-minister

[person mohamed-zaki]
name: Mohamed Zaki
alias: Mohamed Ahmed Zaki | Mohammed Zaki
country: EGY
role: 2018-06-14 .. 2024-07-03 | EGYGOVMIL | Minister of Defence and Commander-in-Chief | defence-minister

[person abdel-mageed-saqr]
name: Abdel Mageed Saqr
alias: Abdel Meguid Saqr | Abdelmeguid Saqr | Abdel Majeed Saqr
country: EGY
role: 2024-07-03 .. present | EGYGOVMIL | Minister of Defence and Commander-in-Chief | defence-minister

[person sami-anan]
name: Sami Anan
alias: Sami Enan | Sami Hafez Anan
country: EGY
role: 2005 .. 2012-08-12 | EGYMIL | Chief of Staff of the Armed Forces | military-chief

[person mahmoud-hegazy]
name: Mahmoud Hegazy
alias: Mahmoud Ibrahim Hegazy | Mahmoud Hegazi
country: EGY
role: 2014-03-27 .. 2017-10-28 | EGYMIL | Chief of Staff of the Armed Forces | military-chief

# ---------------------------------------------------------------- Libya

[person muammar-gaddafi]
name: Muammar Gaddafi
alias: Muammar al-Gaddafi | Moammar Gadhafi | Muammar Qaddafi | Muammar Kadhafi | Colonel Gaddafi
short: Gaddafi | Qaddafi | Gadhafi | Kadhafi
country: LBY
role: 1969-09-01 .. 2011-08-23 | LBYGOV | Leader of the Revolution, de facto head of state | head-of-state

[person mubarak-al-shamikh]
name: Mubarak al-Shamikh
alias: Mubarak Abdullah al-Shamikh | Imbarek Shamekh
country: LBY
role: 2000-03-01 .. 2003-06-14 | LBYGOV | Secretary of the General People's Committee (Prime Minister) | head-of-government

[person shukri-ghanem]
name: Shukri Ghanem
alias: Shokri Ghanem
country: LBY
role: 2003-06-14 .. 2006-03-05 | LBYGOV | Secretary of the General People's Committee (Prime Minister) | head-of-government

[person baghdadi-mahmudi]
name: Baghdadi Mahmudi
alias: al-Baghdadi Ali al-Mahmudi | Baghdadi al-Mahmoudi | Al-Baghdadi al-Mahmoudi
short: Mahmudi | Mahmoudi
country: LBY
role: 2006-03-05 .. 2011-08-23 | LBYGOV | Secretary of the General People's Committee (Prime Minister) | head-of-government

[person abdel-rahman-shalgham]
name: Abdel Rahman Shalgham
alias: Abdulrahman Shalgham | Abdurrahman Shalgam
short: Shalgham
country: LBY
role: 2000-03 .. 2009-03-04 | LBYGOV | Secretary of the General People's Committee for Foreign Affairs (Foreign Minister) | foreign-minister

[person moussa-koussa]
name: Moussa Koussa
alias: Musa Kusa | Moussa Kousa
short: Koussa | Kusa
country: LBY
role: 1994 .. 2009-03-04 | LBYSPY | Head of the Libyan external intelligence service | intelligence-chief
role: 2009-03-04 .. 2011-03-30 | LBYGOV | Secretary of the General People's Committee for Foreign Affairs (Foreign Minister) | foreign-minister

[person mustafa-abdul-jalil]
name: Mustafa Abdul Jalil
alias: Mustafa Abdel Jalil | Mustafa Abduljalil
country: LBY
role: 2011-03-05 .. 2012-08-08 | LBYGOV | Chairman of the National Transitional Council | head-of-state

[person mahmoud-jibril]
name: Mahmoud Jibril
alias: Mahmoud Jebril
country: LBY
role: 2011-03-23 .. 2011-10-23 | LBYGOV | Chairman of the Executive Board of the National Transitional Council | head-of-government

[person abdurrahim-el-keib]
name: Abdurrahim El-Keib
alias: Abdel Rahim al-Keeb | Abdurrahim al-Keib | Abdul Raheem al-Keeb
country: LBY
role: 2011-11-24 .. 2012-11-14 | LBYGOV | Prime Minister of Libya (interim) | head-of-government

[person osama-al-juwaili]
name: Osama al-Juwaili
alias: Usama al-Juwaili | Osama Juwaili
short: Juwaili
country: LBY
role: 2011-11-22 .. 2012-11-14 | LBYGOVMIL | Minister of Defence | defence-minister

[person mohamed-magariaf]
name: Mohamed Magariaf
alias: Mohammed al-Magariaf | Mohamed Yousef el-Magariaf | Mohammed Megarif
short: Magariaf
country: LBY
role: 2012-08-09 .. 2013-05-28 | LBYGOV | President of the General National Congress | head-of-state

[person nouri-abusahmain]
name: Nouri Abusahmain
alias: Nouri Abu Sahmain | Nuri Abusahmain
short: Abusahmain
country: LBY
role: 2013-06-25 .. 2014-08-04 | LBYGOV | President of the General National Congress | head-of-state

[person ali-zeidan]
name: Ali Zeidan
alias: Ali Zidan
short: Zeidan
country: LBY
role: 2012-11-14 .. 2014-03-11 | LBYGOV | Prime Minister of Libya | head-of-government

[person abdullah-al-thani-libya]
name: Abdullah al-Thani
alias: Abdullah al-Thinni | Abdullah Thinni | Abdullah al-Theni
short: Thinni
country: LBY
role: 2014-03-11 .. 2021-03-15 | LBYGOV | Prime Minister of the interim government, from August 2014 the eastern government backed by the House of Representatives | head-of-government

[person omar-al-hassi]
name: Omar al-Hassi
alias: Omar al-Hasi
country: LBY
role: 2014-08-25 .. 2015-03-31 | LBYGOV | Prime Minister of the rival National Salvation Government in Tripoli | head-of-government

[person khalifa-al-ghawil]
name: Khalifa al-Ghawil
alias: Khalifa Ghwell | Khalifa al-Ghweil
short: Ghawil | Ghwell
country: LBY
role: 2015-03-31 .. 2017-03 | LBYGOV | Prime Minister of the rival National Salvation Government in Tripoli | head-of-government

[person aguila-saleh]
name: Aguila Saleh
alias: Aguila Saleh Issa | Agila Saleh | Aqila Saleh
country: LBY
role: 2014-08-05 .. present | LBYLEG | Speaker of the House of Representatives (eastern-based parliament) | legislature-speaker

[person khalifa-haftar]
name: Khalifa Haftar
alias: Khalifa Hifter | Khalifa Hftar | Field Marshal Haftar
short: Haftar | Hifter
country: LBY
role: 2015-03-02 .. present | LBYMIL | General Commander of the Libyan National Army (eastern-based) | military-chief

[person fayez-al-sarraj]
name: Fayez al-Sarraj
alias: Fayez Serraj | Fayez al-Serraj | Fayez Mustafa al-Sarraj
short: Sarraj | Serraj
country: LBY
role: 2016-03-30 .. 2021-03-15 | LBYGOV | Chairman of the Presidential Council and Prime Minister of the Government of National Accord (Tripoli) | head-of-state, head-of-government

[person mohamed-taha-siala]
name: Mohamed Taha Siala
alias: Mohammed Siala | Mohamed Siala
short: Siala
country: LBY
role: 2016 .. 2021-03-15 | LBYGOV | Minister of Foreign Affairs of the Government of National Accord (Tripoli) | foreign-minister

[person fathi-bashagha]
name: Fathi Bashagha
alias: Fathi Bashaga | Fathi Bashaagha
short: Bashagha
country: LBY
role: 2018-10-07 .. 2021-03-15 | LBYGOV | Minister of Interior of the Government of National Accord (Tripoli) | interior-minister
role: 2022-03-03 .. 2023-05-16 | LBYGOV | Prime Minister of the rival Government of National Stability (appointed by the eastern-based House of Representatives) | head-of-government

[person osama-hammad]
name: Osama Hammad
alias: Usama Hammad | Osama Hamad
country: LBY
role: 2023-05-16 .. present | LBYGOV | Prime Minister of the eastern-based Government of National Stability | head-of-government

[person abdul-hamid-dbeibah]
name: Abdul Hamid Dbeibah
alias: Abdul Hamid Dbeibeh | Abdulhamid Dbeibah | Abdelhamid Dbeibah | Abdul Hamid al-Dbeibah
short: Dbeibah | Dbeibeh | Dbeiba
country: LBY
role: 2021-03-15 .. present | LBYGOV | Prime Minister of the Government of National Unity (Tripoli) | head-of-government
role: 2021-03-15 .. present | LBYGOVMIL | Minister of Defence of the Government of National Unity (held by the Prime Minister) | defence-minister

[person mohamed-al-menfi]
name: Mohamed al-Menfi
alias: Mohammed al-Manfi | Mohamed Younis al-Menfi | Mohammed Menfi
short: Menfi | Manfi
country: LBY
role: 2021-03-15 .. present | LBYGOV | Chairman of the Presidential Council (Tripoli) | head-of-state

[person najla-mangoush]
name: Najla Mangoush
alias: Najla el-Mangoush | Najla al-Mangoush
short: Mangoush
country: LBY
role: 2021-03-15 .. 2023-08-27 | LBYGOV | Minister of Foreign Affairs of the Government of National Unity (Tripoli) | foreign-minister

# ---------------------------------------------------------------- Sudan

[person omar-al-bashir]
name: Omar al-Bashir
alias: Omar Hassan al-Bashir | Omar Hassan Ahmad al-Bashir | Omer al-Bashir | Omar el-Bashir
short: Bashir
country: SDN
role: 1989-06-30 .. 2017-03-02 | SDNGOV | President of Sudan, also head of government | head-of-state, head-of-government
role: 2017-03-02 .. 2019-04-11 | SDNGOV | President of Sudan | head-of-state

[person ali-osman-taha]
name: Ali Osman Taha
alias: Ali Osman Mohamed Taha
country: SDN
role: 1998-02 .. 2005-07-09 | SDNGOV | First Vice President of Sudan | deputy-head-of-government

[person john-garang]
name: John Garang
alias: John Garang de Mabior
short: Garang
country: SDN
role: 1983-05 .. 2005-07-09 | SDNREB | Leader of the Sudan People's Liberation Movement/Army | rebel-leader
role: 2005-07-09 .. 2005-07-30 | SDNGOV | First Vice President of Sudan | deputy-head-of-government

[person bakri-hassan-saleh]
name: Bakri Hassan Saleh
alias: Bakri Hassan Salih
country: SDN
role: 2013-12-08 .. 2018-09-09 | SDNGOV | First Vice President of Sudan | deputy-head-of-government
role: 2017-03-02 .. 2018-09-10 | SDNGOV | Prime Minister of Sudan | head-of-government

[person motazz-moussa]
name: Motazz Moussa
alias: Moataz Mousa | Mutaz Musa | Motaz Moussa Abdallah
country: SDN
role: 2018-09-10 .. 2019-02-23 | SDNGOV | Prime Minister of Sudan | head-of-government

[person mohamed-tahir-ayala]
name: Mohamed Tahir Ayala
alias: Mohammed Tahir Ayala | Mohamed Taher Ayala
country: SDN
role: 2019-02-23 .. 2019-04-11 | SDNGOV | Prime Minister of Sudan | head-of-government

[person ahmed-awad-ibn-auf]
name: Ahmed Awad Ibn Auf
alias: Awad Ibn Auf | Awad Mohamed Ahmed Ibn Auf | Awad ibn Ouf
short: Ibn Auf
country: SDN
role: 2015-06 .. 2019-04-12 | SDNGOVMIL | Minister of Defence | defence-minister
role: 2019-02-23 .. 2019-04-11 | SDNGOV | First Vice President of Sudan | deputy-head-of-government

[person abdel-fattah-al-burhan]
name: Abdel Fattah al-Burhan
alias: Abdel Fattah Burhan | Abdelfattah al-Burhan | Abdel Fattah Abdelrahman Burhan
short: Burhan
country: SDN
born: 1960-07-11
role: 2019-04-12 .. 2019-08-21 | SDNMIL | Chairman of the Transitional Military Council | head-of-state
role: 2019-04-12 .. present | SDNMIL | Commander-in-Chief of the Sudanese Armed Forces | military-chief
role: 2019-08-21 .. present | SDNGOV | Chairman of the Transitional Sovereignty Council | head-of-state

[person mohamed-hamdan-dagalo]
name: Mohamed Hamdan Dagalo
alias: Hemedti | Hemeti | Mohamed Hamdan Daglo | Mohammed Hamdan Dagalo | Mohamed Hamdan Dagolo
country: SDN
role: 2013 .. 2023-04-15 | SDNMIL | Commander of the Rapid Support Forces | military-chief
role: 2019-04-13 .. 2019-08-21 | SDNMIL | Deputy Chairman of the Transitional Military Council | other
role: 2019-08-21 .. 2023-04-15 | SDNGOV | Deputy Chairman of the Transitional Sovereignty Council | other
role: 2023-04-15 .. present | SDNREB | Commander of the Rapid Support Forces, at war with the army | rebel-leader
role: 2025-08-30 .. present | SDNREB | Chairman of the Presidential Council of the RSF-led parallel government | other

[person abdalla-hamdok]
name: Abdalla Hamdok
alias: Abdallah Hamdok | Abdullah Hamdok
short: Hamdok
country: SDN
role: 2019-08-21 .. 2021-10-25 | SDNGOV | Prime Minister of Sudan | head-of-government
role: 2021-11-21 .. 2022-01-02 | SDNGOV | Prime Minister of Sudan | head-of-government

[person osman-hussein-sudan]
name: Osman Hussein
alias: Osman Hussein Osman
country: SDN
role: 2022-01-19 .. 2025-04-30 | SDNGOV | Acting Prime Minister of Sudan | head-of-government

[person kamil-idris]
name: Kamil Idris
alias: Kamil Eltayeb Idris | Kamal Idris
country: SDN
role: 2025-05-19 .. present | SDNGOV | Prime Minister of Sudan | head-of-government

[person mustafa-osman-ismail]
name: Mustafa Osman Ismail
alias: Mustafa Osman Ismael
country: SDN
role: 1998-02 .. 2005-09 | SDNGOV | Minister of Foreign Affairs | foreign-minister

[person lam-akol]
name: Lam Akol
alias: Lam Akol Ajawin
short: Akol
country: SDN
role: 2005-09 .. 2007-10 | SDNGOV | Minister of Foreign Affairs | foreign-minister

[person deng-alor]
name: Deng Alor
alias: Deng Alor Kuol
country: SSD
role: 2007-10 .. 2010-06 | SDNGOV | Minister of Foreign Affairs of Sudan | foreign-minister
role: 2011-07-10 .. 2013-07-23 | SSDGOV | Minister of Foreign Affairs of South Sudan | foreign-minister

[person ali-karti]
name: Ali Karti
alias: Ali Ahmed Karti
short: Karti
country: SDN
role: 2010-06 .. 2015-06 | SDNGOV | Minister of Foreign Affairs | foreign-minister

[person ibrahim-ghandour]
name: Ibrahim Ghandour
alias: Ibrahim Ahmed Ghandour
short: Ghandour
country: SDN
role: 2015-06 .. 2018-04-19 | SDNGOV | Minister of Foreign Affairs | foreign-minister

[person al-dirdiri-mohamed-ahmed]
name: Al-Dirdiri Mohamed Ahmed
alias: El-Dirdiri Mohamed Ahmed | Dirdiri Mohamed Ahmed
short: Dirdiri
country: SDN
role: 2018-06 .. 2019-04-11 | SDNGOV | Minister of Foreign Affairs | foreign-minister

[person asma-mohamed-abdalla]
name: Asma Mohamed Abdalla
alias: Asma Abdalla | Asma Mohamed Abdallah
country: SDN
role: 2019-09-08 .. 2020-07-09 | SDNGOV | Minister of Foreign Affairs | foreign-minister

[person mariam-al-mahdi]
name: Mariam al-Mahdi
alias: Mariam al-Sadiq al-Mahdi | Maryam al-Mahdi
country: SDN
role: 2021-02-08 .. 2021-10-25 | SDNGOV | Minister of Foreign Affairs | foreign-minister

# Foreign ministers of the military-led government after the coup of 2021-10-25.
[person ali-al-sadiq-ali]
name: Ali al-Sadiq Ali
alias: Ali al-Sadiq | Ali Sadek Ali
country: SDN
role: 2022-01 .. 2024-04 | SDNGOV | Minister of Foreign Affairs (acting) | foreign-minister

[person hussein-awad-ali]
name: Hussein Awad Ali
alias: Hussein Awad
country: SDN
role: 2024-04 .. 2024-11-03 | SDNGOV | Minister of Foreign Affairs (acting) | foreign-minister

[person ali-youssef-al-sharif]
name: Ali Youssef al-Sharif
alias: Ali Youssef Ahmed al-Sharif | Ali Youssef Ahmed | Ali Yousif al-Sharif
country: SDN
role: 2024-11-03 .. 2025-04-30 | SDNGOV | Minister of Foreign Affairs | foreign-minister

[person abdel-rahim-mohammed-hussein]
name: Abdel Rahim Mohammed Hussein
alias: Abdelrahim Mohamed Hussein | Abdel Raheem Muhammad Hussein
country: SDN
role: 2005-09 .. 2015-06 | SDNGOVMIL | Minister of Defence | defence-minister

[person jamal-al-din-omar]
name: Jamal al-Din Omar
alias: Jamal Omar | Gamal Eldin Omer | Jamal Eddin Omar
country: SDN
role: 2019-09 .. 2020-03-25 | SDNGOVMIL | Minister of Defence | defence-minister

# ---------------------------------------------------------------- South Sudan

[person salva-kiir]
name: Salva Kiir
alias: Salva Kiir Mayardit
short: Kiir
country: SSD
born: 1951-09-13
role: 2005-08-11 .. 2011-07-09 | SDNGOV | First Vice President of Sudan | deputy-head-of-government
role: 2005-08-11 .. 2011-07-09 | SSDGOV | President of the Government of Southern Sudan | head-of-state, head-of-government
role: 2011-07-09 .. present | SSDGOV | President of South Sudan | head-of-state, head-of-government

[person riek-machar]
name: Riek Machar
alias: Riek Machar Teny | Riek Machar Teny Dhurgon
short: Machar
country: SSD
role: 2005-08 .. 2011-07-09 | SSDGOV | Vice President of the Government of Southern Sudan | deputy-head-of-government
role: 2011-07-09 .. 2013-07-23 | SSDGOV | Vice President of South Sudan | deputy-head-of-government
role: 2013-12 .. 2016-04-26 | SSDREB | Leader of the SPLM-in-Opposition | rebel-leader
role: 2016-04-26 .. 2016-07-26 | SSDGOV | First Vice President of South Sudan | deputy-head-of-government
role: 2016-07-26 .. 2020-02-22 | SSDREB | Leader of the SPLM-in-Opposition | rebel-leader
role: 2020-02-22 .. 2025-09-11 | SSDGOV | First Vice President of South Sudan (under house arrest from March 2025, then suspended) | deputy-head-of-government

[person taban-deng-gai]
name: Taban Deng Gai
alias: Taban Deng
country: SSD
role: 2016-07-26 .. 2020-02-22 | SSDGOV | First Vice President of South Sudan | deputy-head-of-government

[person barnaba-marial-benjamin]
name: Barnaba Marial Benjamin
alias: Barnaba Marial | Barnaba Benjamin
country: SSD
role: 2013-07 .. 2016-04 | SSDGOV | Minister of Foreign Affairs | foreign-minister

[person kuol-manyang-juuk]
name: Kuol Manyang Juuk
alias: Kuol Manyang
country: SSD
role: 2013 .. 2020-03-12 | SSDGOVMIL | Minister of Defence and Veterans Affairs | defence-minister

[person angelina-teny]
name: Angelina Teny
alias: Angelina Jany Teny | Angelina Teny Machar
country: SSD
role: 2020-03-12 .. 2023-03 | SSDGOVMIL | Minister of Defence and Veterans Affairs | defence-minister

[person paul-malong]
name: Paul Malong Awan
alias: Paul Malong
short: Malong
country: SSD
role: 2014-04-23 .. 2017-05-09 | SSDMIL | Chief of General Staff of the SPLA | military-chief

# ---------------------------------------------------------------- South Africa

[person thabo-mbeki]
name: Thabo Mbeki
alias: Thabo Mvuyelwa Mbeki
short: Mbeki
country: ZAF
role: 1999-06-14 .. 2008-09-25 | ZAFGOV | President of South Africa | head-of-state, head-of-government

[person kgalema-motlanthe]
name: Kgalema Motlanthe
alias: Kgalema Petrus Motlanthe
short: Motlanthe
country: ZAF
role: 2008-09-25 .. 2009-05-09 | ZAFGOV | President of South Africa | head-of-state, head-of-government
role: 2009-05-11 .. 2014-05-26 | ZAFGOV | Deputy President of South Africa | deputy-head-of-government

[person jacob-zuma]
name: Jacob Zuma
alias: Jacob Gedleyihlekisa Zuma
short: Zuma
country: ZAF
role: 1999-06-14 .. 2005-06-14 | ZAFGOV | Deputy President of South Africa | deputy-head-of-government
role: 2009-05-09 .. 2018-02-14 | ZAFGOV | President of South Africa | head-of-state, head-of-government

[person cyril-ramaphosa]
name: Cyril Ramaphosa
alias: Matamela Cyril Ramaphosa
short: Ramaphosa
country: ZAF
born: 1952-11-17
role: 2014-05-26 .. 2018-02-15 | ZAFGOV | Deputy President of South Africa | deputy-head-of-government
role: 2018-02-15 .. present | ZAFGOV | President of South Africa | head-of-state, head-of-government

[person phumzile-mlambo-ngcuka]
name: Phumzile Mlambo-Ngcuka
short: Mlambo-Ngcuka
country: ZAF
role: 2005-06-22 .. 2008-09-25 | ZAFGOV | Deputy President of South Africa | deputy-head-of-government
role: 2013-08-19 .. 2021-08 | IGOUNO | Executive Director of UN Women | international-official

[person baleka-mbete]
name: Baleka Mbete
alias: Baleka Mbete-Kgositsile
short: Mbete
country: ZAF
role: 2008-09-25 .. 2009-05-09 | ZAFGOV | Deputy President of South Africa | deputy-head-of-government

[person david-mabuza]
name: David Mabuza
alias: David Dabede Mabuza | DD Mabuza
short: Mabuza
country: ZAF
role: 2018-02-27 .. 2023-03-07 | ZAFGOV | Deputy President of South Africa | deputy-head-of-government

[person paul-mashatile]
name: Paul Mashatile
alias: Shipokosa Paulus Mashatile
short: Mashatile
country: ZAF
role: 2023-03-07 .. present | ZAFGOV | Deputy President of South Africa | deputy-head-of-government

[person nkosazana-dlamini-zuma]
name: Nkosazana Dlamini-Zuma
alias: Nkosazana Clarice Dlamini-Zuma
short: Dlamini-Zuma
country: ZAF
role: 1999-06-17 .. 2009-05-10 | ZAFGOV | Minister of Foreign Affairs | foreign-minister
role: 2012-10-15 .. 2017-03-14 | IGOAFRAFU | Chairperson of the African Union Commission | international-official

[person maite-nkoana-mashabane]
name: Maite Nkoana-Mashabane
alias: Maite Emily Nkoana-Mashabane
short: Nkoana-Mashabane
country: ZAF
role: 2009-05-10 .. 2018-02-26 | ZAFGOV | Minister of International Relations and Cooperation | foreign-minister

[person lindiwe-sisulu]
name: Lindiwe Sisulu
alias: Lindiwe Nonceba Sisulu
country: ZAF
role: 2009-05-10 .. 2012-06-12 | ZAFGOVMIL | Minister of Defence and Military Veterans | defence-minister
role: 2018-02-26 .. 2019-05-30 | ZAFGOV | Minister of International Relations and Cooperation | foreign-minister

[person naledi-pandor]
name: Naledi Pandor
alias: Grace Naledi Mandisa Pandor
short: Pandor
country: ZAF
role: 2019-05-30 .. 2024-07-03 | ZAFGOV | Minister of International Relations and Cooperation | foreign-minister

[person ronald-lamola]
name: Ronald Lamola
alias: Ronald Ozzy Lamola
short: Lamola
country: ZAF
role: 2024-07-03 .. present | ZAFGOV | Minister of International Relations and Cooperation | foreign-minister

[person mosiuoa-lekota]
name: Mosiuoa Lekota
alias: Terror Lekota | Patrick Lekota
short: Lekota
country: ZAF
role: 1999-06-17 .. 2008-09-25 | ZAFGOVMIL | Minister of Defence | defence-minister

[person charles-nqakula]
name: Charles Nqakula
short: Nqakula
country: ZAF
role: 2008-09-25 .. 2009-05-10 | ZAFGOVMIL | Minister of Defence | defence-minister

[person nosiviwe-mapisa-nqakula]
name: Nosiviwe Mapisa-Nqakula
short: Mapisa-Nqakula
country: ZAF
role: 2012-06-12 .. 2021-08-05 | ZAFGOVMIL | Minister of Defence and Military Veterans | defence-minister
role: 2021-08-19 .. 2024-04-03 | ZAFLEG | Speaker of the National Assembly | legislature-speaker

[person thandi-modise]
name: Thandi Modise
alias: Thandi Ruth Modise
country: ZAF
role: 2021-08-05 .. 2024-07-03 | ZAFGOVMIL | Minister of Defence and Military Veterans | defence-minister

[person angie-motshekga]
name: Angie Motshekga
alias: Angelina Matsie Motshekga
country: ZAF
role: 2024-07-03 .. present | ZAFGOVMIL | Minister of Defence and Military Veterans | defence-minister

# ---------------------------------------------------------------- Zimbabwe

[person robert-mugabe]
name: Robert Mugabe
alias: Robert Gabriel Mugabe
short: Mugabe
country: ZWE
born: 1924-02-21
role: 1980-04-18 .. 1987-12-31 | ZWEGOV | Prime Minister of Zimbabwe | head-of-government
role: 1987-12-31 .. 2017-11-21 | ZWEGOV | President of Zimbabwe; resigned | head-of-state, head-of-government

[person emmerson-mnangagwa]
name: Emmerson Mnangagwa
alias: Emmerson Dambudzo Mnangagwa
short: Mnangagwa
country: ZWE
born: 1942-09-15
role: 2014-12-12 .. 2017-11-06 | ZWEGOV | First Vice President of Zimbabwe | other
role: 2017-11-24 .. present | ZWEGOV | President of Zimbabwe | head-of-state, head-of-government

# ---------------------------------------------------------------- Nigeria

[person olusegun-obasanjo]
name: Olusegun Obasanjo
alias: Matthew Olusegun Obasanjo
short: Obasanjo
country: NGA
role: 1999-05-29 .. 2007-05-29 | NGAGOV | President of Nigeria | head-of-state, head-of-government

[person umaru-musa-yaradua]
name: Umaru Musa Yar'Adua
alias: Umaru Yar'Adua | Umaru Musa Yaradua | Umaru Yaradua
short: Yar'Adua | Yaradua
country: NGA
role: 2007-05-29 .. 2010-05-05 | NGAGOV | President of Nigeria | head-of-state, head-of-government

[person goodluck-jonathan]
name: Goodluck Jonathan
alias: Goodluck Ebele Jonathan
country: NGA
role: 2007-05-29 .. 2010-05-06 | NGAGOV | Vice President of Nigeria | deputy-head-of-government
role: 2010-02-09 .. 2010-05-06 | NGAGOV | Acting President of Nigeria | head-of-state, head-of-government
role: 2010-05-06 .. 2015-05-29 | NGAGOV | President of Nigeria | head-of-state, head-of-government

[person muhammadu-buhari]
name: Muhammadu Buhari
alias: Mohammadu Buhari | Muhammad Buhari
short: Buhari
country: NGA
role: 2015-05-29 .. 2023-05-29 | NGAGOV | President of Nigeria | head-of-state, head-of-government

[person bola-tinubu]
name: Bola Tinubu
alias: Bola Ahmed Tinubu | Bola Ahmed Adekunle Tinubu
short: Tinubu
country: NGA
born: 1952-03-29
role: 2023-05-29 .. present | NGAGOV | President of Nigeria | head-of-state, head-of-government

[person atiku-abubakar]
name: Atiku Abubakar
short: Atiku
country: NGA
role: 1999-05-29 .. 2007-05-29 | NGAGOV | Vice President of Nigeria | deputy-head-of-government

[person namadi-sambo]
name: Namadi Sambo
alias: Mohammed Namadi Sambo
country: NGA
role: 2010-05-19 .. 2015-05-29 | NGAGOV | Vice President of Nigeria | deputy-head-of-government

[person yemi-osinbajo]
name: Yemi Osinbajo
alias: Oluyemi Osinbajo | Oluyemi Oluleke Osinbajo
short: Osinbajo
country: NGA
role: 2015-05-29 .. 2023-05-29 | NGAGOV | Vice President of Nigeria | deputy-head-of-government

[person kashim-shettima]
name: Kashim Shettima
alias: Kashim Shettima Mustapha
short: Shettima
country: NGA
role: 2023-05-29 .. present | NGAGOV | Vice President of Nigeria | deputy-head-of-government

[person sule-lamido]
name: Sule Lamido
country: NGA
role: 1999-06 .. 2003-06 | NGAGOV | Minister of Foreign Affairs | foreign-minister

[person oluyemi-adeniji]
name: Oluyemi Adeniji
alias: Olu Adeniji
short: Adeniji
country: NGA
role: 2003-07 .. 2006-06 | NGAGOV | Minister of Foreign Affairs | foreign-minister

[person joy-ogwu]
name: Joy Ogwu
alias: Joy Uche Angela Ogwu
country: NGA
role: 2006-06 .. 2007-07 | NGAGOV | Minister of Foreign Affairs | foreign-minister

[person ojo-maduekwe]
name: Ojo Maduekwe
short: Maduekwe
country: NGA
role: 2007-07-26 .. 2010-03-17 | NGAGOV | Minister of Foreign Affairs | foreign-minister

[person henry-odein-ajumogobia]
name: Henry Odein Ajumogobia
alias: Odein Ajumogobia | Henry Ajumogobia
short: Ajumogobia
country: NGA
role: 2010-04-06 .. 2011-05 | NGAGOV | Minister of Foreign Affairs | foreign-minister

[person olugbenga-ashiru]
name: Olugbenga Ashiru
alias: Gbenga Ashiru
country: NGA
role: 2011-07 .. 2013-09 | NGAGOV | Minister of Foreign Affairs | foreign-minister

[person aminu-wali]
name: Aminu Wali
alias: Aminu Bashir Wali
country: NGA
role: 2014-03 .. 2015-05-29 | NGAGOV | Minister of Foreign Affairs | foreign-minister

[person geoffrey-onyeama]
name: Geoffrey Onyeama
alias: Geoffrey Jideofor Kwusike Onyeama
short: Onyeama
country: NGA
role: 2015-11-11 .. 2023-05-29 | NGAGOV | Minister of Foreign Affairs | foreign-minister

[person yusuf-tuggar]
name: Yusuf Tuggar
alias: Yusuf Maitama Tuggar
short: Tuggar
country: NGA
role: 2023-08-21 .. present | NGAGOV | Minister of Foreign Affairs | foreign-minister

[person theophilus-danjuma]
name: Theophilus Danjuma
alias: T. Y. Danjuma | Theophilus Yakubu Danjuma
short: Danjuma
country: NGA
role: 1999-06 .. 2003-05 | NGAGOVMIL | Minister of Defence | defence-minister

[person rabiu-kwankwaso]
name: Rabiu Kwankwaso
alias: Rabiu Musa Kwankwaso
short: Kwankwaso
country: NGA
role: 2003-07 .. 2007-05 | NGAGOVMIL | Minister of Defence | defence-minister

[person bello-haliru-mohammed]
name: Bello Haliru Mohammed
country: NGA
role: 2011-07 .. 2012-06-22 | NGAGOVMIL | Minister of Defence | defence-minister

[person aliyu-gusau]
name: Aliyu Gusau
alias: Aliyu Mohammed Gusau
country: NGA
role: 2014-03 .. 2015-05-29 | NGAGOVMIL | Minister of Defence | defence-minister

[person mansur-dan-ali]
name: Mansur Dan-Ali
alias: Mansur Mohammed Dan Ali
short: Dan-Ali
country: NGA
role: 2015-11-11 .. 2019-05-29 | NGAGOVMIL | Minister of Defence | defence-minister

[person bashir-salihi-magashi]
name: Bashir Salihi Magashi
alias: Bashir Magashi
short: Magashi
country: NGA
role: 2019-08-21 .. 2023-05-29 | NGAGOVMIL | Minister of Defence | defence-minister

[person mohammed-badaru-abubakar]
name: Mohammed Badaru Abubakar
alias: Badaru Abubakar | Muhammad Badaru Abubakar
short: Badaru
country: NGA
role: 2023-08-21 .. 2025-12-01 | NGAGOVMIL | Minister of Defence | defence-minister

[person christopher-musa]
name: Christopher Musa
alias: Christopher Gwabin Musa | General Christopher Musa
country: NGA
role: 2023-06-19 .. 2025-10 | NGAMIL | Chief of Defence Staff | military-chief
role: 2025-12-04 .. present | NGAGOVMIL | Minister of Defence | defence-minister

# ---------------------------------------------------------------- Ghana
# Kofi Annan is listed with the United Nations (people-americas-europe.lex).

[person john-mahama]
name: John Mahama
alias: John Dramani Mahama
short: Mahama
country: GHA
born: 1958-11-29
role: 2012-07-24 .. 2017-01-07 | GHAGOV | President of Ghana | head-of-state, head-of-government
role: 2025-01-07 .. present | GHAGOV | President of Ghana | head-of-state, head-of-government

[person nana-akufo-addo]
name: Nana Akufo-Addo
alias: Nana Addo Dankwa Akufo-Addo
short: Akufo-Addo
country: GHA
born: 1944-03-29
role: 2003-04 .. 2007-07 | GHAGOV | Minister of Foreign Affairs | foreign-minister
role: 2017-01-07 .. 2025-01-07 | GHAGOV | President of Ghana | head-of-state, head-of-government

# ---------------------------------------------------------------- Côte d'Ivoire

[person alassane-ouattara]
name: Alassane Ouattara
alias: Alassane Dramane Ouattara | ADO
short: Ouattara
country: CIV
born: 1942-01-01
role: 1990-11-07 .. 1993-12-09 | CIVGOV | Prime Minister of Côte d'Ivoire | head-of-government
role: 2010-12-04 .. present | CIVGOV | President of Côte d'Ivoire | head-of-state

[person laurent-gbagbo]
name: Laurent Gbagbo
alias: Laurent Koudou Gbagbo
short: Gbagbo
country: CIV
born: 1945-05-31
role: 2000-10-26 .. 2011-04-11 | CIVGOV | President of Côte d'Ivoire (disputed from December 2010) | head-of-state

# ---------------------------------------------------------------- Ethiopia

[person negasso-gidada]
name: Negasso Gidada
alias: Negaso Gidada
country: ETH
role: 1995-08-22 .. 2001-10-08 | ETHGOV | President of Ethiopia | head-of-state

[person girma-wolde-giorgis]
name: Girma Wolde-Giorgis
alias: Girma Woldegiorgis
country: ETH
role: 2001-10-08 .. 2013-10-07 | ETHGOV | President of Ethiopia | head-of-state

[person mulatu-teshome]
name: Mulatu Teshome
alias: Mulatu Teshome Wirtu
short: Mulatu
country: ETH
role: 2013-10-07 .. 2018-10-25 | ETHGOV | President of Ethiopia | head-of-state

[person sahle-work-zewde]
name: Sahle-Work Zewde
alias: Sahlework Zewde
short: Sahle-Work
country: ETH
role: 2018-10-25 .. 2024-10-07 | ETHGOV | President of Ethiopia | head-of-state

[person taye-atske-selassie]
name: Taye Atske Selassie
alias: Taye Atskeselassie | Taye Atske Selassie Amde
country: ETH
role: 2024-02-14 .. 2024-10-07 | ETHGOV | Minister of Foreign Affairs | foreign-minister
role: 2024-10-07 .. present | ETHGOV | President of Ethiopia | head-of-state

[person meles-zenawi]
name: Meles Zenawi
short: Meles
country: ETH
role: 1995-08-23 .. 2012-08-20 | ETHGOV | Prime Minister of Ethiopia | head-of-government

[person hailemariam-desalegn]
name: Hailemariam Desalegn
alias: Hailemariam Dessalegn | Haile Mariam Desalegn
short: Hailemariam
country: ETH
role: 2010-10-29 .. 2012-09-21 | ETHGOV | Deputy Prime Minister and Minister of Foreign Affairs | deputy-head-of-government, foreign-minister
role: 2012-08-20 .. 2018-04-02 | ETHGOV | Prime Minister of Ethiopia (acting until September 2012) | head-of-government

[person abiy-ahmed]
name: Abiy Ahmed
alias: Abiy Ahmed Ali
short: Abiy
country: ETH
born: 1976-08-15
role: 2018-04-02 .. present | ETHGOV | Prime Minister of Ethiopia | head-of-government

[person seyoum-mesfin]
name: Seyoum Mesfin
country: ETH
role: 1991-06 .. 2010-10-29 | ETHGOV | Minister of Foreign Affairs | foreign-minister

[person tedros-adhanom-ghebreyesus]
name: Tedros Adhanom Ghebreyesus
alias: Tedros Adhanom | Tedros Ghebreyesus | Dr Tedros
short: Tedros
country: ETH
role: 2005-10 .. 2012-11-29 | ETHGOV | Minister of Health | minister
role: 2012-11-29 .. 2016-11-01 | ETHGOV | Minister of Foreign Affairs | foreign-minister
role: 2017-07-01 .. present | IGOUNOHLHWHO | Director-General of the World Health Organization | international-official

[person workneh-gebeyehu]
name: Workneh Gebeyehu
alias: Workneh Gebeyehu Negewo | Workineh Gebeyehu
short: Workneh
country: ETH
role: 2016-11-01 .. 2019-04-18 | ETHGOV | Minister of Foreign Affairs | foreign-minister

[person gedu-andargachew]
name: Gedu Andargachew
alias: Gedu Andargachew Yeneneh | Gedu Andargachaw
country: ETH
role: 2019-04-18 .. 2020-11-18 | ETHGOV | Minister of Foreign Affairs | foreign-minister

[person demeke-mekonnen]
name: Demeke Mekonnen
alias: Demeke Mekonnen Hassen
short: Demeke
country: ETH
role: 2012-11-29 .. 2024-02-14 | ETHGOV | Deputy Prime Minister of Ethiopia | deputy-head-of-government
role: 2020-11-18 .. 2024-02-14 | ETHGOV | Minister of Foreign Affairs | foreign-minister

[person gedion-timothewos]
name: Gedion Timothewos
alias: Gedion Timothewos Hessebon | Gedion Timotheos
short: Gedion
country: ETH
role: 2024-10 .. present | ETHGOV | Minister of Foreign Affairs | foreign-minister

[person motuma-mekassa]
name: Motuma Mekassa
alias: Motuma Mekasa
country: ETH
role: 2016-11-01 .. 2018-10-16 | ETHGOVMIL | Minister of National Defence | defence-minister

[person aisha-mohammed-musa]
name: Aisha Mohammed Musa
alias: Aisha Mohammed | Ayisha Mohammed | Aisha Mohammed Mussa
country: ETH
role: 2018-10-16 .. 2019-04-18 | ETHGOVMIL | Minister of National Defence | defence-minister
role: 2024-05-21 .. present | ETHGOVMIL | Minister of National Defence | defence-minister

[person lemma-megersa]
name: Lemma Megersa
alias: Lema Megersa
country: ETH
role: 2019-04-18 .. 2020-08 | ETHGOVMIL | Minister of National Defence | defence-minister

[person kenea-yadeta]
name: Kenea Yadeta
alias: Kenea Yadeta Lemma
country: ETH
role: 2020-08 .. 2021-10-06 | ETHGOVMIL | Minister of National Defence | defence-minister

[person abraham-belay]
name: Abraham Belay
alias: Abrham Belay
country: ETH
role: 2021-10-06 .. 2024-05-21 | ETHGOVMIL | Minister of National Defence | defence-minister

# ---------------------------------------------------------------- Somalia

[person abdiqasim-salad-hassan]
name: Abdiqasim Salad Hassan
alias: Abdikassim Salat Hassan | Abdiqasim Salat Hassan
country: SOM
role: 2000-08-27 .. 2004-10-14 | SOMGOV | President of the Transitional National Government | head-of-state

[person abdullahi-yusuf-ahmed]
name: Abdullahi Yusuf Ahmed
alias: Abdullahi Yusuf | Abdillahi Yusuf Ahmed
country: SOM
role: 2004-10-14 .. 2008-12-29 | SOMGOV | President of the Transitional Federal Government | head-of-state

[person sharif-sheikh-ahmed]
name: Sharif Sheikh Ahmed
alias: Sheikh Sharif Sheikh Ahmed | Sheikh Sharif Ahmed | Sharif Ahmed
country: SOM
role: 2009-01-31 .. 2012-08-20 | SOMGOV | President of the Transitional Federal Government | head-of-state

[person hassan-sheikh-mohamud]
name: Hassan Sheikh Mohamud
alias: Hassan Sheikh Mohamed | Hassan Sheikh Mahmoud
country: SOM
role: 2012-09-16 .. 2017-02-16 | SOMGOV | President of Somalia | head-of-state
role: 2022-05-23 .. present | SOMGOV | President of Somalia | head-of-state

[person mohamed-abdullahi-farmaajo]
name: Mohamed Abdullahi Mohamed
alias: Mohamed Abdullahi Farmaajo | Mohamed Abdullahi Farmajo | Farmaajo | Farmajo
country: SOM
role: 2010-11-01 .. 2011-06-19 | SOMGOV | Prime Minister of Somalia | head-of-government
role: 2017-02-16 .. 2022-05-23 | SOMGOV | President of Somalia | head-of-state

[person ali-khalif-galaydh]
name: Ali Khalif Galaydh
alias: Ali Khalif Galaid | Ali Khalif Galayr
country: SOM
role: 2000-10-08 .. 2001-10-28 | SOMGOV | Prime Minister of the Transitional National Government | head-of-government

[person hassan-abshir-farah]
name: Hassan Abshir Farah
country: SOM
role: 2001-11 .. 2003-12 | SOMGOV | Prime Minister of the Transitional National Government | head-of-government

[person mohamed-abdi-yusuf]
name: Mohamed Abdi Yusuf
alias: Muhammad Abdi Yusuf
country: SOM
role: 2003-12 .. 2004-11-03 | SOMGOV | Prime Minister of the Transitional National Government | head-of-government

[person ali-mohamed-ghedi]
name: Ali Mohamed Ghedi
alias: Ali Mohammed Gedi | Ali Mohamed Gedi | Ali Gedi
short: Ghedi | Gedi
country: SOM
role: 2004-11-03 .. 2007-10-29 | SOMGOV | Prime Minister of the Transitional Federal Government | head-of-government

[person nur-hassan-hussein]
name: Nur Hassan Hussein
alias: Nur Adde | Nur Hassan Hussein Adde | Nuur Hassan Hussein
country: SOM
role: 2007-11-24 .. 2009-02-14 | SOMGOV | Prime Minister of the Transitional Federal Government | head-of-government

[person omar-abdirashid-ali-sharmarke]
name: Omar Abdirashid Ali Sharmarke
alias: Omar Abdirashid Sharmarke | Omar Sharmarke
country: SOM
role: 2009-02-14 .. 2010-09-21 | SOMGOV | Prime Minister of the Transitional Federal Government | head-of-government
role: 2014-12-24 .. 2017-03-01 | SOMGOV | Prime Minister of Somalia | head-of-government

[person abdiweli-mohamed-ali]
name: Abdiweli Mohamed Ali
alias: Abdiweli Mohamed Ali Gaas | Abdiweli Gaas
country: SOM
role: 2011-06-19 .. 2012-10-17 | SOMGOV | Prime Minister of the Transitional Federal Government | head-of-government

[person abdi-farah-shirdon]
name: Abdi Farah Shirdon
alias: Abdi Farah Shirdon Saaid | Abdi Shirdon
short: Shirdon
country: SOM
role: 2012-10-17 .. 2013-12-21 | SOMGOV | Prime Minister of Somalia | head-of-government

[person abdiweli-sheikh-ahmed]
name: Abdiweli Sheikh Ahmed
alias: Abdiweli Sheikh Ahmed Mohamed
country: SOM
role: 2013-12-21 .. 2014-12-24 | SOMGOV | Prime Minister of Somalia | head-of-government

[person hassan-ali-khaire]
name: Hassan Ali Khaire
alias: Hassan Ali Kheyre
short: Khaire | Kheyre
country: SOM
role: 2017-03-01 .. 2020-07-25 | SOMGOV | Prime Minister of Somalia | head-of-government

[person mohamed-hussein-roble]
name: Mohamed Hussein Roble
alias: Mohammed Hussein Roble
short: Roble
country: SOM
role: 2020-09-23 .. 2022-06-26 | SOMGOV | Prime Minister of Somalia | head-of-government

[person hamza-abdi-barre]
name: Hamza Abdi Barre
alias: Hamza Barre
country: SOM
role: 2022-06-26 .. present | SOMGOV | Prime Minister of Somalia | head-of-government

[person fawzia-yusuf-adam]
name: Fawzia Yusuf Adam
alias: Fowsiyo Yusuf Haji Adan | Fawzia Yusuf Haji Adam
country: SOM
role: 2012-11 .. 2014-01 | SOMGOV | Deputy Prime Minister and Minister of Foreign Affairs | foreign-minister, deputy-head-of-government

[person abshir-omar-huruse]
name: Abshir Omar Huruse
alias: Abshir Omar Jama Huruse | Abshir Omar Haruse
country: SOM
role: 2022-08 .. 2023-12 | SOMGOV | Minister of Foreign Affairs and International Cooperation; resigned | foreign-minister

# The post was vacant from Huruse's resignation until Fiqi's appointment.
[person ahmed-moallim-fiqi]
name: Ahmed Moallim Fiqi
alias: Ahmed Moalim Fiqi | Ahmed Moallim Fiqi Ahmed
short: Fiqi
country: SOM
role: 2024-04-07 .. 2025-04-27 | SOMGOV | Minister of Foreign Affairs and International Cooperation | foreign-minister
role: 2025-04-27 .. present | SOMGOVMIL | Minister of Defence | defence-minister

[person abdisalam-abdi-ali]
name: Abdisalam Abdi Ali
alias: Abdisalam Abdi Ali Dhay | Abdisalan Abdi Ali
country: SOM
role: 2025-04-27 .. present | SOMGOV | Minister of Foreign Affairs and International Cooperation | foreign-minister

[person ahmed-abdi-godane]
name: Ahmed Abdi Godane
alias: Mukhtar Abu Zubeyr | Moktar Ali Zubeyr | Ahmed Abdi Aw Mohamed
short: Godane
country: SOM
role: 2008-05 .. 2014-09-01 | SOMREB | Emir of al-Shabaab | rebel-leader

[person ahmad-umar-abu-ubaidah]
name: Ahmad Umar
alias: Ahmad Umar Abu Ubaidah | Abu Ubaidah | Ahmed Umar Abu Ubaidah | Ahmed Diriye
country: SOM
role: 2014-09-06 .. present | SOMREB | Emir of al-Shabaab | rebel-leader

# ---------------------------------------------------------------- Eritrea

# President since independence; there has been no separate head of government and no election.
[person isaias-afwerki]
name: Isaias Afwerki
alias: Isaias Afewerki | Isayas Afewerki
short: Isaias
country: ERI
born: 1946-02-02
role: 1993-05-24 .. present | ERIGOV | President of Eritrea | head-of-state, head-of-government

[person osman-saleh]
name: Osman Saleh
alias: Osman Saleh Mohammed
country: ERI
role: 2007-04 .. present | ERIGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------- Djibouti
# Mahmoud Ali Youssouf, foreign minister 2005-2025, is listed with the regional organisations.

[person ismail-omar-guelleh]
name: Ismaïl Omar Guelleh
alias: Ismail Omar Guelleh | IOG
short: Guelleh
country: DJI
born: 1947-11-27
role: 1999-05-08 .. present | DJIGOV | President of Djibouti | head-of-state

[person abdoulkader-kamil-mohamed]
name: Abdoulkader Kamil Mohamed
country: DJI
role: 2013-04-01 .. present | DJIGOV | Prime Minister of Djibouti | head-of-government

# ---------------------------------------------------------------- Democratic Republic of the Congo

[person laurent-desire-kabila]
name: Laurent-Désiré Kabila
alias: Laurent Kabila
country: COD
role: 1997-05-17 .. 2001-01-16 | CODGOV | President of the Democratic Republic of the Congo | head-of-state

[person joseph-kabila]
name: Joseph Kabila
alias: Joseph Kabila Kabange
short: Kabila
country: COD
role: 2001-01-17 .. 2019-01-24 | CODGOV | President of the Democratic Republic of the Congo | head-of-state

[person felix-tshisekedi]
name: Félix Tshisekedi
alias: Félix Antoine Tshisekedi Tshilombo | Fatshi
short: Tshisekedi
country: COD
born: 1963-06-13
role: 2019-01-24 .. present | CODGOV | President of the Democratic Republic of the Congo | head-of-state

[person antoine-gizenga]
name: Antoine Gizenga
short: Gizenga
country: COD
role: 2006-12-30 .. 2008-10-10 | CODGOV | Prime Minister of the DR Congo | head-of-government

[person adolphe-muzito]
name: Adolphe Muzito
short: Muzito
country: COD
role: 2008-10-10 .. 2012-03-06 | CODGOV | Prime Minister of the DR Congo | head-of-government

[person augustin-matata-ponyo]
name: Augustin Matata Ponyo
alias: Matata Ponyo Mapon | Augustin Matata
short: Matata
country: COD
role: 2012-04-18 .. 2016-11-17 | CODGOV | Prime Minister of the DR Congo | head-of-government

[person samy-badibanga]
name: Samy Badibanga
alias: Samy Badibanga Ntita
short: Badibanga
country: COD
role: 2016-11-17 .. 2017-05 | CODGOV | Prime Minister of the DR Congo | head-of-government

[person bruno-tshibala]
name: Bruno Tshibala
alias: Bruno Tshibala Nzenzhe
short: Tshibala
country: COD
role: 2017-05 .. 2019-05-20 | CODGOV | Prime Minister of the DR Congo | head-of-government

[person sylvestre-ilunga]
name: Sylvestre Ilunga
alias: Sylvestre Ilunga Ilunkamba
country: COD
role: 2019-05-20 .. 2021-02-15 | CODGOV | Prime Minister of the DR Congo | head-of-government

[person jean-michel-sama-lukonde]
name: Jean-Michel Sama Lukonde
alias: Sama Lukonde | Jean-Michel Sama Lukonde Kyenge
country: COD
role: 2021-02-15 .. 2024-06-12 | CODGOV | Prime Minister of the DR Congo | head-of-government

[person judith-suminwa]
name: Judith Suminwa
alias: Judith Suminwa Tuluka
short: Suminwa
country: COD
role: 2024-06-12 .. present | CODGOV | Prime Minister of the DR Congo | head-of-government

[person alexis-thambwe-mwamba]
name: Alexis Thambwe Mwamba
alias: Alexis Thambwe
country: COD
role: 2008-10 .. 2012-04 | CODGOV | Minister of Foreign Affairs | foreign-minister

[person raymond-tshibanda]
name: Raymond Tshibanda
alias: Raymond Tshibanda N'Tungamulongo
country: COD
role: 2012-04-28 .. 2016-12-19 | CODGOV | Minister of Foreign Affairs | foreign-minister

[person leonard-she-okitundu]
name: Léonard She Okitundu
short: Okitundu
country: COD
role: 2016-12-19 .. 2019-09-06 | CODGOV | Minister of Foreign Affairs | foreign-minister

[person marie-tumba-nzeza]
name: Marie Tumba Nzeza
alias: Marie Ntumba Nzeza
country: COD
role: 2019-09-06 .. 2021-04-12 | CODGOV | Minister of Foreign Affairs | foreign-minister

[person christophe-lutundula]
name: Christophe Lutundula
alias: Christophe Lutundula Apala
short: Lutundula
country: COD
role: 2021-04-12 .. 2024-06 | CODGOV | Deputy Prime Minister and Minister of Foreign Affairs | foreign-minister

[person therese-kayikwamba-wagner]
name: Thérèse Kayikwamba Wagner
alias: Thérèse Wagner
short: Kayikwamba
country: COD
role: 2024-06 .. present | CODGOV | Minister of Foreign Affairs | foreign-minister

[person jean-pierre-bemba]
name: Jean-Pierre Bemba
alias: Jean-Pierre Bemba Gombo
country: COD
role: 1998-09 .. 2003-07 | CODREB | Leader of the Movement for the Liberation of Congo rebellion | rebel-leader
role: 2003-07 .. 2006-12 | CODGOV | Vice President of the transitional government | deputy-head-of-government
role: 2023-03-23 .. 2024-06 | CODGOVMIL | Deputy Prime Minister and Minister of Defence | defence-minister

[person corneille-nangaa]
name: Corneille Nangaa
alias: Corneille Nangaa Yobeluo
short: Nangaa
country: COD
role: 2023-12-15 .. present | CODREB | Coordinator of the Congo River Alliance (AFC), allied with M23 | rebel-leader

# ---------------------------------------------------------------- Mali

[person alpha-oumar-konare]
name: Alpha Oumar Konaré
alias: Alpha Konaré
short: Konaré
country: MLI
role: 1992-06-08 .. 2002-06-08 | MLIGOV | President of Mali | head-of-state
role: 2003-09-16 .. 2008-04-28 | IGOAFRAFU | Chairperson of the African Union Commission | international-official

[person amadou-toumani-toure]
name: Amadou Toumani Touré
alias: ATT
country: MLI
role: 2002-06-08 .. 2012-03-22 | MLIGOV | President of Mali | head-of-state

[person amadou-sanogo]
name: Amadou Sanogo
alias: Amadou Haya Sanogo | Captain Sanogo
short: Sanogo
country: MLI
role: 2012-03-22 .. 2012-04-12 | MLIMIL | Head of the CNRDRE military junta | head-of-state

[person dioncounda-traore]
name: Dioncounda Traoré
short: Dioncounda
country: MLI
role: 2012-04-12 .. 2013-09-04 | MLIGOV | Interim President of Mali | head-of-state

[person ibrahim-boubacar-keita]
name: Ibrahim Boubacar Keïta
alias: IBK
country: MLI
role: 2013-09-04 .. 2020-08-18 | MLIGOV | President of Mali | head-of-state

[person bah-ndaw]
name: Bah Ndaw
alias: Bah N'Daw
country: MLI
role: 2014-05 .. 2015-01-08 | MLIGOVMIL | Minister of Defence | defence-minister
role: 2020-09-25 .. 2021-05-24 | MLIGOV | Transitional President of Mali | head-of-state

[person assimi-goita]
name: Assimi Goïta
alias: Colonel Assimi Goïta | General Assimi Goïta
short: Goïta
country: MLI
role: 2020-08-19 .. 2020-09-25 | MLIMIL | Chairman of the National Committee for the Salvation of the People (junta) | head-of-state
role: 2020-09-25 .. 2021-05-24 | MLIGOV | Transitional Vice President of Mali | other
role: 2021-05-28 .. present | MLIGOV | Transitional President of Mali | head-of-state

[person mande-sidibe]
name: Mandé Sidibé
country: MLI
role: 2000-02-15 .. 2002-03-18 | MLIGOV | Prime Minister of Mali | head-of-government

[person modibo-keita-mali]
name: Modibo Keïta
country: MLI
role: 2002-03-18 .. 2002-06-09 | MLIGOV | Prime Minister of Mali | head-of-government
role: 2015-01-08 .. 2017-04-08 | MLIGOV | Prime Minister of Mali | head-of-government

[person ahmed-mohamed-ag-hamani]
name: Ahmed Mohamed ag Hamani
country: MLI
role: 2002-06-09 .. 2004-04-29 | MLIGOV | Prime Minister of Mali | head-of-government

[person ousmane-issoufi-maiga]
name: Ousmane Issoufi Maïga
country: MLI
role: 2004-04-29 .. 2007-09-28 | MLIGOV | Prime Minister of Mali | head-of-government

[person modibo-sidibe]
name: Modibo Sidibé
country: MLI
role: 2007-09-28 .. 2011-04-03 | MLIGOV | Prime Minister of Mali | head-of-government

[person cisse-mariam-kaidama-sidibe]
name: Cissé Mariam Kaïdama Sidibé
alias: Mariam Kaïdama Sidibé
country: MLI
role: 2011-04-03 .. 2012-03-22 | MLIGOV | Prime Minister of Mali | head-of-government

[person cheick-modibo-diarra]
name: Cheick Modibo Diarra
alias: Cheikh Modibo Diarra
country: MLI
role: 2012-04-17 .. 2012-12-11 | MLIGOV | Prime Minister of Mali | head-of-government

[person django-sissoko]
name: Django Sissoko
alias: Diango Cissoko | Django Cissoko
country: MLI
role: 2012-12-11 .. 2013-09-05 | MLIGOV | Prime Minister of Mali | head-of-government

[person oumar-tatam-ly]
name: Oumar Tatam Ly
country: MLI
role: 2013-09-05 .. 2014-04-05 | MLIGOV | Prime Minister of Mali | head-of-government

[person moussa-mara]
name: Moussa Mara
country: MLI
role: 2014-04-05 .. 2015-01-08 | MLIGOV | Prime Minister of Mali | head-of-government

[person abdoulaye-idrissa-maiga]
name: Abdoulaye Idrissa Maïga
country: MLI
role: 2016-09 .. 2017-04-08 | MLIGOVMIL | Minister of Defence | defence-minister
role: 2017-04-08 .. 2017-12-30 | MLIGOV | Prime Minister of Mali | head-of-government

[person soumeylou-boubeye-maiga]
name: Soumeylou Boubèye Maïga
alias: SBM
country: MLI
role: 2011-04 .. 2012-03-22 | MLIGOV | Minister of Foreign Affairs | foreign-minister
role: 2013-09-08 .. 2014-05-27 | MLIGOVMIL | Minister of Defence | defence-minister
role: 2017-12-30 .. 2019-04-22 | MLIGOV | Prime Minister of Mali | head-of-government

[person boubou-cisse]
name: Boubou Cissé
country: MLI
role: 2019-04-22 .. 2020-08-18 | MLIGOV | Prime Minister of Mali | head-of-government

[person moctar-ouane]
name: Moctar Ouane
country: MLI
role: 2004-05 .. 2011-04 | MLIGOV | Minister of Foreign Affairs | foreign-minister
role: 2020-09-27 .. 2021-05-24 | MLIGOV | Transitional Prime Minister of Mali | head-of-government

[person choguel-kokalla-maiga]
name: Choguel Kokalla Maïga
alias: Choguel Maïga
country: MLI
role: 2021-06-07 .. 2024-11-20 | MLIGOV | Transitional Prime Minister of Mali | head-of-government

[person abdoulaye-maiga]
name: Abdoulaye Maïga
alias: General Abdoulaye Maïga
country: MLI
role: 2022-08-21 .. 2022-12-05 | MLIGOV | Interim Prime Minister of Mali | head-of-government
role: 2024-11-21 .. present | MLIGOV | Transitional Prime Minister of Mali | head-of-government

[person tieman-hubert-coulibaly]
name: Tiéman Hubert Coulibaly
alias: Tiéman Coulibaly
country: MLI
role: 2012-08 .. 2013-09 | MLIGOV | Minister of Foreign Affairs | foreign-minister
role: 2015-01-08 .. 2016-09 | MLIGOVMIL | Minister of Defence | defence-minister

[person zahabi-ould-sidi-mohamed]
name: Zahabi Ould Sidi Mohamed
alias: Zahabi Ould Sidy Mohamed
country: MLI
role: 2013-09-08 .. 2014-04-11 | MLIGOV | Minister of Foreign Affairs | foreign-minister

[person abdoulaye-diop]
name: Abdoulaye Diop
country: MLI
role: 2014-04-11 .. 2017-07-09 | MLIGOV | Minister of Foreign Affairs | foreign-minister
role: 2021-06-11 .. present | MLIGOV | Minister of Foreign Affairs | foreign-minister

[person kamissa-camara]
name: Kamissa Camara
country: MLI
role: 2018-09 .. 2019-05 | MLIGOV | Minister of Foreign Affairs | foreign-minister

[person tiebile-drame]
name: Tiébilé Dramé
country: MLI
role: 2019-05 .. 2020-08-18 | MLIGOV | Minister of Foreign Affairs | foreign-minister

[person zeini-moulaye]
name: Zeini Moulaye
country: MLI
role: 2020-10-05 .. 2021-06-11 | MLIGOV | Minister of Foreign Affairs | foreign-minister

[person sadio-camara]
name: Sadio Camara
alias: Colonel Sadio Camara | General Sadio Camara
country: MLI
role: 2020-10-05 .. 2021-05-24 | MLIGOVMIL | Minister of Defence | defence-minister
role: 2021-06-11 .. present | MLIGOVMIL | Minister of Defence | defence-minister

# ---------------------------------------------------------------- Burkina Faso

[person blaise-compaore]
name: Blaise Compaoré
short: Compaoré
country: BFA
role: 1987-10-15 .. 2014-10-31 | BFAGOV | President of Burkina Faso | head-of-state

[person yacouba-isaac-zida]
name: Yacouba Isaac Zida
alias: Isaac Zida | Lieutenant Colonel Zida
short: Zida
country: BFA
role: 2014-11-01 .. 2014-11-18 | BFAMIL | Head of State (military transition) | head-of-state
role: 2014-11-19 .. 2016-01-06 | BFAGOV | Prime Minister of Burkina Faso | head-of-government

[person michel-kafando]
name: Michel Kafando
short: Kafando
country: BFA
role: 2014-11-18 .. 2015-12-29 | BFAGOV | Transitional President of Burkina Faso | head-of-state

[person roch-marc-christian-kabore]
name: Roch Marc Christian Kaboré
alias: Roch Kaboré
short: Kaboré
country: BFA
role: 2015-12-29 .. 2022-01-24 | BFAGOV | President of Burkina Faso | head-of-state

[person paul-henri-sandaogo-damiba]
name: Paul-Henri Sandaogo Damiba
alias: Paul-Henri Damiba
short: Damiba
country: BFA
role: 2022-01-24 .. 2022-02-16 | BFAMIL | President of the Patriotic Movement for Safeguard and Restoration (junta) | head-of-state
role: 2022-02-16 .. 2022-09-30 | BFAGOV | Transitional President of Burkina Faso | head-of-state

[person ibrahim-traore]
name: Ibrahim Traoré
alias: Captain Ibrahim Traoré
country: BFA
born: 1988-03-14
role: 2022-09-30 .. 2022-10-21 | BFAMIL | President of the Patriotic Movement for Safeguard and Restoration (junta) | head-of-state
role: 2022-10-21 .. present | BFAGOV | Transitional President of Burkina Faso | head-of-state

[person paramanga-ernest-yonli]
name: Paramanga Ernest Yonli
alias: Ernest Paramanga Yonli
country: BFA
role: 2000-11-07 .. 2007-06-04 | BFAGOV | Prime Minister of Burkina Faso | head-of-government

[person tertius-zongo]
name: Tertius Zongo
country: BFA
role: 2007-06-04 .. 2011-04-18 | BFAGOV | Prime Minister of Burkina Faso | head-of-government

[person luc-adolphe-tiao]
name: Luc-Adolphe Tiao
country: BFA
role: 2011-04-18 .. 2014-10-31 | BFAGOV | Prime Minister of Burkina Faso | head-of-government

[person paul-kaba-thieba]
name: Paul Kaba Thiéba
country: BFA
role: 2016-01-06 .. 2019-01-21 | BFAGOV | Prime Minister of Burkina Faso | head-of-government

[person christophe-dabire]
name: Christophe Joseph Marie Dabiré
alias: Christophe Dabiré
country: BFA
role: 2019-01-21 .. 2021-12-10 | BFAGOV | Prime Minister of Burkina Faso | head-of-government

[person lassina-zerbo]
name: Lassina Zerbo
country: BFA
role: 2013-08-01 .. 2021-08-01 | IGOUNO | Executive Secretary of the Comprehensive Nuclear-Test-Ban Treaty Organization | international-official
role: 2021-12-10 .. 2022-01-24 | BFAGOV | Prime Minister of Burkina Faso | head-of-government

[person albert-ouedraogo]
name: Albert Ouédraogo
country: BFA
role: 2022-03-03 .. 2022-10-21 | BFAGOV | Transitional Prime Minister of Burkina Faso | head-of-government

[person apollinaire-kyelem-de-tambela]
name: Apollinaire Joachim Kyélem de Tambèla
alias: Apollinaire Kyélem de Tambèla
country: BFA
role: 2022-10-21 .. 2024-12-06 | BFAGOV | Transitional Prime Minister of Burkina Faso | head-of-government

[person rimtalba-jean-emmanuel-ouedraogo]
name: Rimtalba Jean Emmanuel Ouédraogo
alias: Jean Emmanuel Ouédraogo
country: BFA
role: 2024-12-07 .. present | BFAGOV | Transitional Prime Minister of Burkina Faso | head-of-government

[person djibrill-bassole]
name: Djibrill Bassolé
alias: Djibril Bassolé
short: Bassolé
country: BFA
role: 2011-04 .. 2014-10-31 | BFAGOV | Minister of Foreign Affairs | foreign-minister

[person alpha-barry]
name: Alpha Barry
country: BFA
role: 2016-01 .. 2021-12 | BFAGOV | Minister of Foreign Affairs | foreign-minister

[person olivia-rouamba]
name: Olivia Rouamba
alias: Olivia Ragnaghnewendé Rouamba
country: BFA
role: 2022-03 .. 2022-10 | BFAGOV | Minister of Foreign Affairs | foreign-minister

[person karamoko-jean-marie-traore]
name: Karamoko Jean-Marie Traoré
alias: Jean-Marie Traoré
country: BFA
role: 2022-10 .. present | BFAGOV | Minister of Foreign Affairs | foreign-minister

[person moumina-cheriff-sy]
name: Moumina Chériff Sy
alias: Chériff Sy | Cherif Sy
country: BFA
role: 2019-01 .. 2021-06 | BFAGOVMIL | Minister of Defence | defence-minister

[person kassoum-coulibaly]
name: Kassoum Coulibaly
country: BFA
role: 2022-10 .. 2024-12 | BFAGOVMIL | Minister of Defence | defence-minister

[person celestin-simpore]
name: Célestin Simporé
alias: Moussa Célestin Simporé
country: BFA
role: 2024-12 .. present | BFAGOVMIL | Minister of Defence | defence-minister

# ---------------------------------------------------------------- Niger

[person mamadou-tandja]
name: Mamadou Tandja
short: Tandja
country: NER
role: 1999-12-22 .. 2010-02-18 | NERGOV | President of Niger | head-of-state

[person salou-djibo]
name: Salou Djibo
short: Djibo
country: NER
role: 2010-02-18 .. 2011-04-07 | NERMIL | Chairman of the Supreme Council for the Restoration of Democracy (junta) | head-of-state

[person mahamadou-issoufou]
name: Mahamadou Issoufou
short: Issoufou
country: NER
role: 2011-04-07 .. 2021-04-02 | NERGOV | President of Niger | head-of-state

[person mohamed-bazoum]
name: Mohamed Bazoum
alias: Mohammed Bazoum
short: Bazoum
country: NER
role: 2011-04-21 .. 2015-02-25 | NERGOV | Minister of Foreign Affairs | foreign-minister
role: 2016-04-11 .. 2020-06-29 | NERGOV | Minister of Interior | interior-minister
role: 2021-04-02 .. 2023-07-26 | NERGOV | President of Niger | head-of-state

[person abdourahamane-tchiani]
name: Abdourahamane Tchiani
alias: Abdourahmane Tiani | Abdourahamane Tiani | Omar Tchiani | General Tchiani
short: Tchiani | Tiani
country: NER
role: 2023-07-28 .. 2025-03-26 | NERMIL | President of the National Council for the Safeguard of the Homeland (junta) | head-of-state
role: 2025-03-26 .. present | NERGOV | President of Niger (transition) | head-of-state

[person hama-amadou]
name: Hama Amadou
country: NER
role: 2000-01-03 .. 2007-06-07 | NERGOV | Prime Minister of Niger | head-of-government

[person seyni-oumarou]
name: Seyni Oumarou
country: NER
role: 2007-06-07 .. 2009-09 | NERGOV | Prime Minister of Niger | head-of-government

[person ali-badjo-gamatie]
name: Ali Badjo Gamatié
country: NER
role: 2009-10-02 .. 2010-02-18 | NERGOV | Prime Minister of Niger | head-of-government

[person mahamadou-danda]
name: Mahamadou Danda
country: NER
role: 2010-02-23 .. 2011-04-07 | NERGOV | Prime Minister of Niger (military transition) | head-of-government

[person brigi-rafini]
name: Brigi Rafini
short: Rafini
country: NER
role: 2011-04-07 .. 2021-04-03 | NERGOV | Prime Minister of Niger | head-of-government

[person ouhoumoudou-mahamadou]
name: Ouhoumoudou Mahamadou
country: NER
role: 2021-04-03 .. 2023-07-26 | NERGOV | Prime Minister of Niger | head-of-government

[person ali-lamine-zeine]
name: Ali Lamine Zeine
alias: Ali Mahaman Lamine Zeine | Lamine Zeine
country: NER
role: 2023-08-08 .. present | NERGOV | Prime Minister of Niger (military transition) | head-of-government

[person aichatou-boulama-kane]
name: Aïchatou Boulama Kané
country: NER
role: 2015-02-25 .. 2016-04-11 | NERGOV | Minister of Foreign Affairs | foreign-minister

[person ibrahim-yacouba]
name: Ibrahim Yacouba
alias: Ibrahim Yacoubou
country: NER
role: 2016-04-11 .. 2018-01-31 | NERGOV | Minister of Foreign Affairs | foreign-minister

[person kalla-ankourao]
name: Kalla Ankourao
country: NER
role: 2018-01-31 .. 2021-04-07 | NERGOV | Minister of Foreign Affairs | foreign-minister

[person hassoumi-massaoudou]
name: Hassoumi Massaoudou
alias: Hassoumi Massoudou
country: NER
role: 2021-04-07 .. 2023-07-26 | NERGOV | Minister of Foreign Affairs | foreign-minister

[person bakary-yaou-sangare]
name: Bakary Yaou Sangaré
country: NER
role: 2023-08-10 .. present | NERGOV | Minister of Foreign Affairs | foreign-minister

[person alkassoum-indattou]
name: Alkassoum Indattou
country: NER
role: 2021-04-07 .. 2023-07-26 | NERGOVMIL | Minister of Defence | defence-minister

[person salifou-mody]
name: Salifou Mody
alias: General Salifou Mody
country: NER
role: 2023-08-10 .. present | NERGOVMIL | Minister of Defence | defence-minister

# ---------------------------------------------------------------- Chad
# Moussa Faki Mahamat, foreign minister 2008-2017, is listed with the regional organisations. The post of prime
# minister was abolished from 2018-05 to 2021-04.

[person idriss-deby]
name: Idriss Déby
alias: Idriss Déby Itno | Idriss Deby
country: TCD
born: 1952-06-18
role: 1990-12-02 .. 2021-04-20 | TCDGOV | President of Chad; killed in office | head-of-state

[person mahamat-deby]
name: Mahamat Idriss Déby
alias: Mahamat Déby | Mahamat Idriss Déby Itno | Mahamat Kaka | Mahamat Deby
country: TCD
born: 1984-04-04
role: 2021-04-20 .. 2022-10-10 | TCDGOV | President of the Transitional Military Council | head-of-state
role: 2022-10-10 .. 2024-05-23 | TCDGOV | Transitional President of Chad | head-of-state
role: 2024-05-23 .. present | TCDGOV | President of Chad | head-of-state

[person kalzeube-pahimi-deubet]
name: Kalzeubé Pahimi Deubet
alias: Kalzeube Payimi Deubet
country: TCD
role: 2013-11-21 .. 2016-02-13 | TCDGOV | Prime Minister of Chad | head-of-government

[person albert-pahimi-padacke]
name: Albert Pahimi Padacké
alias: Albert Pahimi Padacke
country: TCD
role: 2016-02-13 .. 2018-05-04 | TCDGOV | Prime Minister of Chad | head-of-government
role: 2021-04-26 .. 2022-10-12 | TCDGOV | Transitional Prime Minister of Chad | head-of-government

[person saleh-kebzabo]
name: Saleh Kebzabo
country: TCD
role: 2022-10-12 .. 2024-01-01 | TCDGOV | Transitional Prime Minister of Chad | head-of-government

[person succes-masra]
name: Succès Masra
alias: Succes Masra
short: Masra
country: TCD
role: 2024-01-01 .. 2024-05-22 | TCDGOV | Transitional Prime Minister of Chad | head-of-government

[person allamaye-halina]
name: Allamaye Halina
country: TCD
role: 2024-05-23 .. present | TCDGOV | Prime Minister of Chad | head-of-government

# ---------------------------------------------------------------- Guinea

[person alpha-conde]
name: Alpha Condé
alias: Alpha Conde
country: GIN
born: 1938-03-04
role: 2010-12-21 .. 2021-09-05 | GINGOV | President of Guinea; overthrown | head-of-state

[person mamady-doumbouya]
name: Mamady Doumbouya
short: Doumbouya
country: GIN
born: 1980-03-04
role: 2021-09-05 .. 2021-10-01 | GINGOV | Chairman of the National Committee of Reconciliation and Development (junta) | head-of-state
role: 2021-10-01 .. present | GINGOV | President of Guinea (transitional until his election in December 2025) | head-of-state

[person mamady-youla]
name: Mamady Youla
country: GIN
role: 2015-12-26 .. 2018-05-21 | GINGOV | Prime Minister of Guinea | head-of-government

[person ibrahima-kassory-fofana]
name: Ibrahima Kassory Fofana
country: GIN
role: 2018-05-21 .. 2021-09-05 | GINGOV | Prime Minister of Guinea | head-of-government

[person mohamed-beavogui]
name: Mohamed Béavogui
alias: Mohamed Beavogui
country: GIN
role: 2021-10-06 .. 2022-07-16 | GINGOV | Transitional Prime Minister of Guinea | head-of-government

[person bernard-goumou]
name: Bernard Goumou
country: GIN
role: 2022-07-16 .. 2024-02-19 | GINGOV | Transitional Prime Minister of Guinea | head-of-government

[person amadou-oury-bah]
name: Amadou Oury Bah
alias: Bah Oury
country: GIN
role: 2024-02-27 .. present | GINGOV | Prime Minister of Guinea | head-of-government

# ---------------------------------------------------------------- Senegal

[person macky-sall]
name: Macky Sall
short: Sall
country: SEN
born: 1961-12-11
role: 2004-04-21 .. 2007-06-19 | SENGOV | Prime Minister of Senegal | head-of-government
role: 2012-04-02 .. 2024-04-02 | SENGOV | President of Senegal | head-of-state

[person bassirou-diomaye-faye]
name: Bassirou Diomaye Faye
alias: Diomaye Faye
country: SEN
born: 1980-03-25
role: 2024-04-02 .. present | SENGOV | President of Senegal | head-of-state

[person ousmane-sonko]
name: Ousmane Sonko
short: Sonko
country: SEN
born: 1974-07-15
role: 2014 .. 2024-04-02 | SENOPP | Leader of PASTEF (opposition) | opposition-leader
role: 2024-04-02 .. present | SENGOV | Prime Minister of Senegal | head-of-government

# ---------------------------------------------------------------- Gabon

[person omar-bongo]
name: Omar Bongo
alias: Omar Bongo Ondimba | El Hadj Omar Bongo Ondimba
country: GAB
role: 1967-12-02 .. 2009-06-08 | GABGOV | President of Gabon; died in office | head-of-state

[person ali-bongo]
name: Ali Bongo Ondimba
alias: Ali Bongo
country: GAB
born: 1959-02-09
role: 2009-10-16 .. 2023-08-30 | GABGOV | President of Gabon; overthrown | head-of-state

[person brice-oligui-nguema]
name: Brice Oligui Nguema
alias: Brice Clotaire Oligui Nguema
short: Oligui Nguema
country: GAB
born: 1975-03-03
role: 2023-08-30 .. 2025-05-03 | GABGOV | Transitional President of Gabon (junta leader) | head-of-state
role: 2025-05-03 .. present | GABGOV | President of Gabon | head-of-state, head-of-government

[person raymond-ndong-sima]
name: Raymond Ndong Sima
country: GAB
role: 2012-02-27 .. 2014-01-24 | GABGOV | Prime Minister of Gabon | head-of-government
role: 2023-09-07 .. 2025-05 | GABGOV | Transitional Prime Minister of Gabon | head-of-government

# ---------------------------------------------------------------- Kenya

[person daniel-arap-moi]
name: Daniel arap Moi
alias: Daniel Toroitich arap Moi
country: KEN
role: 1978-08-22 .. 2002-12-30 | KENGOV | President of Kenya | head-of-state, head-of-government

[person mwai-kibaki]
name: Mwai Kibaki
alias: Emilio Mwai Kibaki
short: Kibaki
country: KEN
role: 2002-12-30 .. 2013-04-09 | KENGOV | President of Kenya | head-of-state, head-of-government

[person uhuru-kenyatta]
name: Uhuru Kenyatta
alias: Uhuru Muigai Kenyatta
short: Uhuru | Kenyatta
country: KEN
role: 2008-04-17 .. 2013-04-09 | KENGOV | Deputy Prime Minister | deputy-head-of-government
role: 2009-01-23 .. 2012-01-26 | KENGOV | Minister of Finance | finance-minister
role: 2013-04-09 .. 2022-09-13 | KENGOV | President of Kenya | head-of-state, head-of-government

[person william-ruto]
name: William Ruto
alias: William Samoei Ruto
short: Ruto
country: KEN
born: 1966-12-21
role: 2013-04-09 .. 2022-09-13 | KENGOV | Deputy President of Kenya | deputy-head-of-government
role: 2022-09-13 .. present | KENGOV | President of Kenya | head-of-state, head-of-government

[person raila-odinga]
name: Raila Odinga
alias: Raila Amolo Odinga
short: Odinga | Raila
country: KEN
role: 2008-04-17 .. 2013-04-09 | KENGOV | Prime Minister of Kenya (coalition government) | other

[person george-saitoti]
name: George Saitoti
short: Saitoti
country: KEN
role: 1999-04-03 .. 2002-08-30 | KENGOV | Vice President of Kenya | deputy-head-of-government

[person musalia-mudavadi]
name: Musalia Mudavadi
alias: Wycliffe Musalia Mudavadi
short: Mudavadi
country: KEN
role: 2002-11-04 .. 2002-12-30 | KENGOV | Vice President of Kenya | deputy-head-of-government
role: 2008-04-17 .. 2013-04-09 | KENGOV | Deputy Prime Minister | deputy-head-of-government
role: 2022-10-27 .. present | KENGOV | Prime Cabinet Secretary | deputy-head-of-government
role: 2023-10-04 .. present | KENGOV | Cabinet Secretary for Foreign and Diaspora Affairs | foreign-minister

[person michael-wamalwa]
name: Michael Kijana Wamalwa
alias: Kijana Wamalwa | Michael Wamalwa
country: KEN
role: 2003-01-03 .. 2003-08-23 | KENGOV | Vice President of Kenya | deputy-head-of-government

[person moody-awori]
name: Moody Awori
alias: Arthur Moody Awori
short: Awori
country: KEN
role: 2003-09-25 .. 2008-01-09 | KENGOV | Vice President of Kenya | deputy-head-of-government

[person kalonzo-musyoka]
name: Kalonzo Musyoka
alias: Stephen Kalonzo Musyoka
short: Kalonzo | Musyoka
country: KEN
role: 2003-01 .. 2004-06 | KENGOV | Minister of Foreign Affairs | foreign-minister
role: 2008-01-09 .. 2013-04-09 | KENGOV | Vice President of Kenya | deputy-head-of-government

[person rigathi-gachagua]
name: Rigathi Gachagua
short: Gachagua
country: KEN
role: 2022-09-13 .. 2024-10-17 | KENGOV | Deputy President of Kenya | deputy-head-of-government

[person kithure-kindiki]
name: Kithure Kindiki
alias: Abraham Kithure Kindiki
short: Kindiki
country: KEN
role: 2024-11-01 .. present | KENGOV | Deputy President of Kenya | deputy-head-of-government

[person raphael-tuju]
name: Raphael Tuju
short: Tuju
country: KEN
role: 2005-12 .. 2008-01 | KENGOV | Minister of Foreign Affairs | foreign-minister

[person moses-wetangula]
name: Moses Wetangula
alias: Moses Masika Wetang'ula | Moses Wetang'ula
short: Wetangula | Wetang'ula
country: KEN
role: 2008-01-08 .. 2012-03 | KENGOV | Minister of Foreign Affairs | foreign-minister
role: 2022-09-08 .. present | KENLEG | Speaker of the National Assembly | legislature-speaker

[person sam-ongeri]
name: Sam Ongeri
alias: Samson Kegeo Ongeri
short: Ongeri
country: KEN
role: 2012-03 .. 2013-04-09 | KENGOV | Minister of Foreign Affairs | foreign-minister

[person amina-mohamed]
name: Amina Mohamed
alias: Amina Chawahir Mohamed | Amina Mohamed Jibril
country: KEN
role: 2013-05-15 .. 2018-01-26 | KENGOV | Cabinet Secretary for Foreign Affairs | foreign-minister

[person monica-juma]
name: Monica Juma
alias: Monica Kathina Juma
country: KEN
role: 2018-01-26 .. 2020-01-14 | KENGOV | Cabinet Secretary for Foreign Affairs | foreign-minister
role: 2020-01-14 .. 2022-10-27 | KENGOVMIL | Cabinet Secretary for Defence | defence-minister

[person raychelle-omamo]
name: Raychelle Omamo
alias: Raychelle Awour Omamo
short: Omamo
country: KEN
role: 2013-05-15 .. 2020-01-14 | KENGOVMIL | Cabinet Secretary for Defence | defence-minister
role: 2020-01-14 .. 2022-10-27 | KENGOV | Cabinet Secretary for Foreign Affairs | foreign-minister

[person alfred-mutua]
name: Alfred Mutua
alias: Alfred Nganga Mutua
country: KEN
role: 2022-10-27 .. 2023-10-04 | KENGOV | Cabinet Secretary for Foreign and Diaspora Affairs | foreign-minister

[person yusuf-haji]
name: Yusuf Haji
alias: Mohammed Yusuf Haji
country: KEN
role: 2008-04-17 .. 2013-04-09 | KENGOVMIL | Minister of Defence | defence-minister

[person aden-duale]
name: Aden Duale
alias: Aden Bare Duale
short: Duale
country: KEN
role: 2022-10-27 .. 2024-07-11 | KENGOVMIL | Cabinet Secretary for Defence | defence-minister

[person soipan-tuya]
name: Soipan Tuya
alias: Roselinda Soipan Tuya
country: KEN
role: 2024-08-08 .. present | KENGOVMIL | Cabinet Secretary for Defence | defence-minister

# ---------------------------------------------------------------- Uganda

[person yoweri-museveni]
name: Yoweri Museveni
alias: Yoweri Kaguta Museveni
short: Museveni
country: UGA
born: 1944-09-15
role: 1986-01-29 .. present | UGAGOV | President of Uganda | head-of-state

[person ruhakana-rugunda]
name: Ruhakana Rugunda
country: UGA
role: 2014-09-18 .. 2021-06-14 | UGAGOV | Prime Minister of Uganda | head-of-government

[person robinah-nabbanja]
name: Robinah Nabbanja
country: UGA
role: 2021-06-14 .. present | UGAGOV | Prime Minister of Uganda | head-of-government

[person sam-kutesa]
name: Sam Kutesa
alias: Sam Kahamba Kutesa
country: UGA
role: 2005-01 .. 2021-06 | UGAGOV | Minister of Foreign Affairs | foreign-minister
role: 2014-09-16 .. 2015-09-15 | IGOUNO | President of the United Nations General Assembly | international-official

[person jeje-odongo]
name: Jeje Odongo
alias: Jeje Odong
country: UGA
role: 2021-06 .. present | UGAGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------- Rwanda

[person paul-kagame]
name: Paul Kagame
short: Kagame
country: RWA
born: 1957-10-23
role: 2000-04-22 .. present | RWAGOV | President of Rwanda | head-of-state

[person anastase-murekezi]
name: Anastase Murekezi
country: RWA
role: 2014-07-24 .. 2017-08-30 | RWAGOV | Prime Minister of Rwanda | head-of-government

[person edouard-ngirente]
name: Édouard Ngirente
alias: Edouard Ngirente
country: RWA
role: 2017-08-30 .. 2025-07 | RWAGOV | Prime Minister of Rwanda | head-of-government

[person justin-nsengiyumva]
name: Justin Nsengiyumva
country: RWA
role: 2025-07 .. present | RWAGOV | Prime Minister of Rwanda | head-of-government

[person louise-mushikiwabo]
name: Louise Mushikiwabo
short: Mushikiwabo
country: RWA
role: 2009-12 .. 2018-10-18 | RWAGOV | Minister of Foreign Affairs | foreign-minister
role: 2019-01-03 .. present | IGO | Secretary General of the Organisation internationale de la Francophonie | international-official

[person richard-sezibera]
name: Richard Sezibera
country: RWA
role: 2018-10-18 .. 2020-03 | RWAGOV | Minister of Foreign Affairs | foreign-minister

[person vincent-biruta]
name: Vincent Biruta
country: RWA
role: 2020-03 .. 2024-08 | RWAGOV | Minister of Foreign Affairs | foreign-minister

[person olivier-nduhungirehe]
name: Olivier Nduhungirehe
short: Nduhungirehe
country: RWA
role: 2024-08 .. present | RWAGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------- Tanzania
# Salim Ahmed Salim is listed with the regional organisations.

[person jakaya-kikwete]
name: Jakaya Kikwete
alias: Jakaya Mrisho Kikwete
short: Kikwete
country: TZA
born: 1950-10-07
role: 1995-11 .. 2006-01 | TZAGOV | Minister of Foreign Affairs | foreign-minister
role: 2005-12-21 .. 2015-11-05 | TZAGOV | President of Tanzania | head-of-state, head-of-government

[person john-magufuli]
name: John Magufuli
alias: John Pombe Magufuli | John Pombe Joseph Magufuli
short: Magufuli
country: TZA
born: 1959-10-29
role: 2015-11-05 .. 2021-03-17 | TZAGOV | President of Tanzania; died in office | head-of-state, head-of-government

[person samia-suluhu-hassan]
name: Samia Suluhu Hassan
alias: Samia Suluhu
country: TZA
born: 1960-01-27
role: 2015-11-05 .. 2021-03-19 | TZAGOV | Vice President of Tanzania | other
role: 2021-03-19 .. present | TZAGOV | President of Tanzania | head-of-state, head-of-government

# ---------------------------------------------------------------- Algeria

[person abdelaziz-bouteflika]
name: Abdelaziz Bouteflika
alias: Abdul Aziz Bouteflika
short: Bouteflika
country: DZA
role: 1999-04-27 .. 2019-04-02 | DZAGOV | President of Algeria | head-of-state

[person abdelkader-bensalah]
name: Abdelkader Bensalah
alias: Abdelkader Bin Salah | Abdelkader Ben Salah
short: Bensalah
country: DZA
role: 2019-04-09 .. 2019-12-19 | DZAGOV | Interim President of Algeria | head-of-state

[person abdelmadjid-tebboune]
name: Abdelmadjid Tebboune
alias: Abdelmajid Tebboune | Abdelmadjid Tebbounne
short: Tebboune
country: DZA
born: 1945-11-17
role: 2017-05 .. 2017-08-15 | DZAGOV | Prime Minister of Algeria | head-of-government
role: 2019-12-19 .. present | DZAGOV | President of Algeria and Minister of National Defence | head-of-state, defence-minister

[person ahmed-benbitour]
name: Ahmed Benbitour
country: DZA
role: 1999-12-23 .. 2000-08-26 | DZAGOV | Prime Minister of Algeria | head-of-government

[person ali-benflis]
name: Ali Benflis
short: Benflis
country: DZA
role: 2000-08-26 .. 2003-05-05 | DZAGOV | Prime Minister of Algeria | head-of-government

[person ahmed-ouyahia]
name: Ahmed Ouyahia
short: Ouyahia
country: DZA
role: 2003-05-05 .. 2006-05-24 | DZAGOV | Prime Minister of Algeria | head-of-government
role: 2008-06-23 .. 2012-09-03 | DZAGOV | Prime Minister of Algeria | head-of-government
role: 2017-08-15 .. 2019-03-11 | DZAGOV | Prime Minister of Algeria | head-of-government

[person abdelaziz-belkhadem]
name: Abdelaziz Belkhadem
alias: Abdelaziz Belkadem
short: Belkhadem
country: DZA
role: 2000-08-26 .. 2005-05-01 | DZAGOV | Minister of Foreign Affairs | foreign-minister
role: 2006-05-24 .. 2008-06-23 | DZAGOV | Prime Minister of Algeria | head-of-government

[person abdelmalek-sellal]
name: Abdelmalek Sellal
short: Sellal
country: DZA
role: 2012-09-03 .. 2014-03-13 | DZAGOV | Prime Minister of Algeria | head-of-government
role: 2014-04-28 .. 2017-05 | DZAGOV | Prime Minister of Algeria | head-of-government

[person noureddine-bedoui]
name: Noureddine Bedoui
alias: Nourredine Bedoui
short: Bedoui
country: DZA
role: 2019-03-11 .. 2019-12-19 | DZAGOV | Prime Minister of Algeria | head-of-government

[person abdelaziz-djerad]
name: Abdelaziz Djerad
short: Djerad
country: DZA
role: 2019-12-28 .. 2021-06-30 | DZAGOV | Prime Minister of Algeria | head-of-government

[person aymen-benabderrahmane]
name: Aymen Benabderrahmane
alias: Aïmene Benabderrahmane | Aymene Benabderrahmane
short: Benabderrahmane
country: DZA
role: 2021-06-30 .. 2023-11-11 | DZAGOV | Prime Minister of Algeria | head-of-government

[person nadir-larbaoui]
name: Nadir Larbaoui
alias: Nadir Larbaui
short: Larbaoui
country: DZA
role: 2023-11-11 .. 2025-08-28 | DZAGOV | Prime Minister of Algeria | head-of-government

[person sifi-ghrieb]
name: Sifi Ghrieb
alias: Sifi Gherieb
short: Ghrieb
country: DZA
role: 2025-08-28 .. present | DZAGOV | Prime Minister of Algeria (acting until September 2025) | head-of-government

[person mohamed-bedjaoui]
name: Mohamed Bedjaoui
alias: Mohammed Bedjaoui
short: Bedjaoui
country: DZA
role: 2005-05-01 .. 2007-06-04 | DZAGOV | Minister of Foreign Affairs | foreign-minister

[person mourad-medelci]
name: Mourad Medelci
short: Medelci
country: DZA
role: 2007-06-04 .. 2013-09-11 | DZAGOV | Minister of Foreign Affairs | foreign-minister

[person ramtane-lamamra]
name: Ramtane Lamamra
short: Lamamra
country: DZA
role: 2013-09-11 .. 2017-05-25 | DZAGOV | Minister of Foreign Affairs | foreign-minister
role: 2021-07-07 .. 2023-03-16 | DZAGOV | Minister of Foreign Affairs | foreign-minister
role: 2023-11 .. present | IGOUNO | Personal Envoy of the UN Secretary-General for Sudan | envoy

[person abdelkader-messahel]
name: Abdelkader Messahel
short: Messahel
country: DZA
role: 2017-05-25 .. 2019-03-11 | DZAGOV | Minister of Foreign Affairs | foreign-minister

[person sabri-boukadoum]
name: Sabri Boukadoum
alias: Sabri Boukadum
short: Boukadoum
country: DZA
role: 2019-03-31 .. 2021-07-07 | DZAGOV | Minister of Foreign Affairs | foreign-minister

[person ahmed-attaf]
name: Ahmed Attaf
short: Attaf
country: DZA
role: 2023-03-16 .. present | DZAGOV | Minister of Foreign Affairs | foreign-minister

[person mohamed-lamari]
name: Mohamed Lamari
alias: Mohammed Lamari
country: DZA
role: 1993-07 .. 2004-08-03 | DZAMIL | Chief of Staff of the People's National Army | military-chief

[person ahmed-gaid-salah]
name: Ahmed Gaid Salah
alias: Gaid Salah
country: DZA
role: 2004-08-03 .. 2019-12-23 | DZAMIL | Chief of Staff of the People's National Army | military-chief
role: 2013-09-11 .. 2019-12-23 | DZAGOVMIL | Deputy Minister of National Defence | other

[person said-chengriha]
name: Saïd Chengriha
alias: Said Chanegriha
short: Chengriha | Chanegriha
country: DZA
role: 2019-12-23 .. present | DZAMIL | Chief of Staff of the People's National Army | military-chief

# ---------------------------------------------------------------- Tunisia

[person beji-caid-essebsi]
name: Beji Caid Essebsi
alias: Béji Caïd Essebsi | Beji Caid el Sebsi
short: Essebsi
country: TUN
born: 1926-11-29
role: 2011-02-27 .. 2011-12-24 | TUNGOV | Prime Minister of Tunisia (interim) | head-of-government
role: 2014-12-31 .. 2019-07-25 | TUNGOV | President of Tunisia; died in office | head-of-state

[person mohamed-ennaceur]
name: Mohamed Ennaceur
country: TUN
role: 2019-07-25 .. 2019-10-23 | TUNGOV | Interim President of Tunisia (Speaker of Parliament) | head-of-state

[person kais-saied]
name: Kais Saied
alias: Kaïs Saïed | Kais Saïed | Qais Saied
short: Saied
country: TUN
born: 1958-02-22
role: 2019-10-23 .. present | TUNGOV | President of Tunisia | head-of-state

[person habib-essid]
name: Habib Essid
country: TUN
role: 2015-02-06 .. 2016-08-27 | TUNGOV | Prime Minister of Tunisia | head-of-government

[person youssef-chahed]
name: Youssef Chahed
country: TUN
role: 2016-08-27 .. 2020-02-27 | TUNGOV | Prime Minister of Tunisia | head-of-government

[person elyes-fakhfakh]
name: Elyes Fakhfakh
country: TUN
role: 2020-02-27 .. 2020-09-02 | TUNGOV | Prime Minister of Tunisia | head-of-government

[person hichem-mechichi]
name: Hichem Mechichi
country: TUN
role: 2020-09-02 .. 2021-07-25 | TUNGOV | Prime Minister of Tunisia; dismissed | head-of-government

[person najla-bouden]
name: Najla Bouden
alias: Najla Bouden Romdhane
country: TUN
role: 2021-10-11 .. 2023-08-01 | TUNGOV | Prime Minister of Tunisia | head-of-government

[person ahmed-hachani]
name: Ahmed Hachani
country: TUN
role: 2023-08-01 .. 2024-08-07 | TUNGOV | Prime Minister of Tunisia | head-of-government

[person kamel-madouri]
name: Kamel Madouri
country: TUN
role: 2024-08-07 .. 2025-03-20 | TUNGOV | Prime Minister of Tunisia | head-of-government

[person sara-zaafrani-zenzri]
name: Sara Zaafrani Zenzri
country: TUN
role: 2025-03-21 .. present | TUNGOV | Prime Minister of Tunisia | head-of-government

[person taieb-baccouche]
name: Taïeb Baccouche
alias: Taieb Baccouche
country: TUN
role: 2015-02-06 .. 2016-01-06 | TUNGOV | Minister of Foreign Affairs | foreign-minister

[person khemaies-jhinaoui]
name: Khemaies Jhinaoui
country: TUN
role: 2016-01-06 .. 2019-10-29 | TUNGOV | Minister of Foreign Affairs | foreign-minister

[person othman-jerandi]
name: Othman Jerandi
country: TUN
role: 2020-09-02 .. 2023-02-07 | TUNGOV | Minister of Foreign Affairs | foreign-minister

[person nabil-ammar]
name: Nabil Ammar
country: TUN
role: 2023-02-07 .. 2024-08-25 | TUNGOV | Minister of Foreign Affairs | foreign-minister

[person mohamed-ali-nafti]
name: Mohamed Ali Nafti
country: TUN
role: 2024-08-25 .. present | TUNGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------- Morocco

[person mohammed-vi-of-morocco]
name: Mohammed VI
alias: King Mohammed VI | Mohammed VI of Morocco | King Mohammed of Morocco | Mohamed VI
country: MAR
born: 1963-08-21
role: 1999-07-23 .. present | MARGOV | King of Morocco | head-of-state

[person abderrahmane-youssoufi]
name: Abderrahmane Youssoufi
alias: Abderrahmane el-Youssoufi
short: Youssoufi
country: MAR
role: 1998-03-14 .. 2002-10-09 | MARGOV | Prime Minister of Morocco | head-of-government

[person driss-jettou]
name: Driss Jettou
short: Jettou
country: MAR
role: 2002-10-09 .. 2007-09-19 | MARGOV | Prime Minister of Morocco | head-of-government

[person abbas-el-fassi]
name: Abbas El Fassi
alias: Abbas al-Fassi
country: MAR
role: 2007-09-19 .. 2011-11-29 | MARGOV | Prime Minister of Morocco | head-of-government

[person abdelilah-benkirane]
name: Abdelilah Benkirane
alias: Abdelilah Benkiran | Abdelilah Ben Kirane
short: Benkirane
country: MAR
role: 2011-11-29 .. 2017-03-17 | MARGOV | Head of Government of Morocco | head-of-government

[person saadeddine-othmani]
name: Saadeddine Othmani
alias: Saad-Eddine El Othmani | Saadeddine El Othmani | Saad Eddine al-Othmani
short: Othmani | El Othmani
country: MAR
role: 2012-01-03 .. 2013-10-10 | MARGOV | Minister of Foreign Affairs | foreign-minister
role: 2017-03-17 .. 2021-09-10 | MARGOV | Head of Government of Morocco | head-of-government

[person aziz-akhannouch]
name: Aziz Akhannouch
alias: Aziz Akhanouch
short: Akhannouch
country: MAR
role: 2021-09-10 .. present | MARGOV | Head of Government of Morocco | head-of-government

[person mohamed-benaissa]
name: Mohamed Benaissa
alias: Mohammed Benaissa
short: Benaissa
country: MAR
role: 1999-04 .. 2007-10-15 | MARGOV | Minister of Foreign Affairs | foreign-minister

[person taieb-fassi-fihri]
name: Taieb Fassi Fihri
alias: Taib Fassi Fihri
short: Fassi Fihri
country: MAR
role: 2007-10-15 .. 2012-01-03 | MARGOV | Minister of Foreign Affairs | foreign-minister

[person salaheddine-mezouar]
name: Salaheddine Mezouar
alias: Salahedine Mezouar
short: Mezouar
country: MAR
role: 2013-10-10 .. 2017-04-05 | MARGOV | Minister of Foreign Affairs | foreign-minister

[person nasser-bourita]
name: Nasser Bourita
short: Bourita
country: MAR
role: 2017-04-05 .. present | MARGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------- Regional organisations (officials not listed above)

[person salim-ahmed-salim]
name: Salim Ahmed Salim
country: TZA
role: 1989-09 .. 2001-09 | IGOAFROAU | Secretary-General of the Organisation of African Unity | international-official

[person amara-essy]
name: Amara Essy
country: CIV
role: 2001-09 .. 2002-07-09 | IGOAFROAU | Secretary-General of the Organisation of African Unity | international-official
role: 2002-07-09 .. 2003-09-16 | IGOAFRAFU | Interim Chairperson of the African Union Commission | international-official

[person jean-ping]
name: Jean Ping
country: GAB
role: 1999-01 .. 2008-02 | GABGOV | Minister of Foreign Affairs of Gabon | foreign-minister
role: 2008-04-28 .. 2012-10-15 | IGOAFRAFU | Chairperson of the African Union Commission | international-official

[person moussa-faki-mahamat]
name: Moussa Faki Mahamat
alias: Moussa Faki | Moussa Faki Mahammat
short: Faki
country: TCD
role: 2003-06-24 .. 2005-02-04 | TCDGOV | Prime Minister of Chad | head-of-government
role: 2008-04-23 .. 2017-01 | TCDGOV | Minister of Foreign Affairs of Chad | foreign-minister
role: 2017-03-14 .. 2025-03-13 | IGOAFRAFU | Chairperson of the African Union Commission | international-official

[person mahmoud-ali-youssouf]
name: Mahmoud Ali Youssouf
alias: Mahamoud Ali Youssouf | Mahmoud Ali Yusuf
country: DJI
role: 2005-05 .. 2025-03 | DJIGOV | Minister of Foreign Affairs of Djibouti | foreign-minister
role: 2025-03-13 .. present | IGOAFRAFU | Chairperson of the African Union Commission | international-official

[person jamil-al-hujailan]
name: Jamil Al-Hujailan
alias: Jamil Ibrahim al-Hujailan | Jameel al-Hejailan
country: SAU
role: 1996-04 .. 2002-04-01 | IGOPGSGCC | Secretary-General of the Gulf Cooperation Council | international-official

[person abdul-rahman-al-attiyah]
name: Abdul Rahman al-Attiyah
alias: Abdulrahman bin Hamad al-Attiyah | Abdul Rahman bin Hamad Al Attiyah
country: QAT
role: 2002-04-01 .. 2011-04-01 | IGOPGSGCC | Secretary-General of the Gulf Cooperation Council | international-official

[person nayef-al-hajraf]
name: Nayef Falah Al-Hajraf
alias: Nayef al-Hajraf | Nayef Falah Mubarak Al-Hajraf
short: Hajraf
country: KWT
role: 2020-02-01 .. 2023-02-01 | IGOPGSGCC | Secretary-General of the Gulf Cooperation Council | international-official

[person jasem-albudaiwi]
name: Jasem Mohamed Albudaiwi
alias: Jassim al-Budaiwi | Jasem Albudaiwi | Jassim Mohammed al-Budaiwi
short: Albudaiwi | Budaiwi
country: KWT
role: 2023-02-01 .. present | IGOPGSGCC | Secretary-General of the Gulf Cooperation Council | international-official

# People of the Asia-Pacific region (with Armenia, Azerbaijan and Central Asia) and their dated offices, 2000-2026:
# heads of state and government, foreign and defence ministers, plus selected officials who appear often in news
# about the two Koreas (party posts, unification ministers, envoys and ambassadors between the Koreas, China, Russia
# and the United States).
#
# Written for Dyad from public facts of record. Conventions used throughout this file:
# - A role's UNTIL is the day the successor took office (or the day the holder died, resigned or was removed).
# - Where only the month or year of a change is known, the date is written with month or year precision.
# - Ministers, including defence ministers who are serving generals, carry the government code (XXXGOV); commanders
#   of the armed forces carry XXXMIL, intelligence chiefs XXXSPY, speakers of parliament XXXLEG and leaders of the
#   parliamentary opposition XXXOPP.
# - Acting holders are listed only where they served for about two months or more, or where their acting term
#   mattered in the news (South Korea 2024-2025).
# - `short` is given only where the surname alone names the person in news text without ambiguity; it is left out for
#   most Korean, Chinese and Vietnamese names.

# ---------------------------------------------------------------------------------------------------------------
# North Korea (PRK)
# ---------------------------------------------------------------------------------------------------------------

[person kim-jong-il]
name: Kim Jong Il
alias: Kim Chong-il
country: PRK
born: 1941-02-16
role: 1993-04-09 .. 2011-12-17 | PRKGOV | Chairman of the National Defence Commission (supreme leader) | head-of-state
role: 1997-10-08 .. 2011-12-17 | PRKGOV | General Secretary of the Workers' Party of Korea | party-leader
role: 1991-12-24 .. 2011-12-17 | PRKGOV | Supreme Commander of the Korean People's Army | military-chief

# Kim Jong Un led the country from his father's death (2011-12-17); his successive formal titles follow.
[person kim-jong-un]
name: Kim Jong Un
alias: Kim Jong-un | Kim Jong Un | Kim Jong-eun | Kim Jung-un | Kim Jong Eun
country: PRK
role: 2011-12-17 .. 2012-04-13 | PRKGOV | Supreme Leader of North Korea (successor to Kim Jong Il) | head-of-state
role: 2012-04-13 .. 2016-06-29 | PRKGOV | First Chairman of the National Defence Commission | head-of-state
role: 2016-06-29 .. present | PRKGOV | Chairman (President) of the State Affairs Commission | head-of-state
role: 2012-04-11 .. 2016-05-09 | PRKGOV | First Secretary of the Workers' Party of Korea | party-leader
role: 2016-05-09 .. 2021-01-10 | PRKGOV | Chairman of the Workers' Party of Korea | party-leader
role: 2021-01-10 .. present | PRKGOV | General Secretary of the Workers' Party of Korea | party-leader
role: 2011-12-30 .. present | PRKGOV | Supreme Commander of the Korean People's Army | military-chief

# Nominal heads of state: the president of the Presidium of the Supreme People's Assembly.
[person kim-yong-nam]
name: Kim Yong Nam
country: PRK
born: 1928-02-04
role: 1998-09-05 .. 2019-04-11 | PRKGOV | President of the Presidium of the Supreme People's Assembly | head-of-state

[person choe-ryong-hae]
name: Choe Ryong Hae
alias: Choi Ryong-hae
country: PRK
role: 2012-04 .. 2014-05 | PRKMIL | Director of the General Political Bureau of the Korean People's Army | other
role: 2019-04-11 .. present | PRKGOV | President of the Presidium (Chairman of the Standing Committee) of the Supreme People's Assembly | head-of-state
role: 2019-04-11 .. present | PRKGOV | First Vice-Chairman of the State Affairs Commission | other

# Premiers of the Cabinet.
[person hong-song-nam]
name: Hong Song Nam
country: PRK
role: 1997-02-21 .. 2003-09-03 | PRKGOV | Premier of North Korea (acting until 1998-09) | head-of-government

[person pak-pong-ju]
name: Pak Pong Ju
alias: Park Pong-ju
country: PRK
role: 2003-09-03 .. 2007-04-11 | PRKGOV | Premier of North Korea | head-of-government
role: 2013-04-01 .. 2019-04-11 | PRKGOV | Premier of North Korea | head-of-government

[person kim-yong-il-premier]
name: Kim Yong Il
country: PRK
role: 2007-04-11 .. 2010-06-07 | PRKGOV | Premier of North Korea | head-of-government

[person choe-yong-rim]
name: Choe Yong Rim
alias: Choi Yong-rim
country: PRK
role: 2010-06-07 .. 2013-04-01 | PRKGOV | Premier of North Korea | head-of-government

[person kim-jae-ryong]
name: Kim Jae Ryong
country: PRK
role: 2019-04-11 .. 2020-08-13 | PRKGOV | Premier of North Korea | head-of-government

[person kim-tok-hun]
name: Kim Tok Hun
alias: Kim Dok-hun | Kim Deok-hun
country: PRK
role: 2020-08-13 .. 2024-12 | PRKGOV | Premier of North Korea | head-of-government

# Named premier at the party plenum of 23-27 December 2024.
[person pak-thae-song]
name: Pak Thae Song
alias: Park Tae-sung | Pak Tae-song
country: PRK
role: 2024-12 .. present | PRKGOV | Premier of North Korea | head-of-government

# Foreign ministers and senior diplomats.
[person paek-nam-sun]
name: Paek Nam Sun
country: PRK
role: 1998-09-05 .. 2007-01-02 | PRKGOV | Minister of Foreign Affairs | foreign-minister

[person pak-ui-chun]
name: Pak Ui Chun
alias: Park Ui-chun
country: PRK
role: 2007-05-18 .. 2014-04-09 | PRKGOV | Minister of Foreign Affairs | foreign-minister

[person ri-su-yong]
name: Ri Su Yong
alias: Lee Su-yong
country: PRK
role: 2014-04-09 .. 2016-05 | PRKGOV | Minister of Foreign Affairs | foreign-minister
role: 2016-05 .. 2021-01 | PRKGOV | Vice-Chairman of the Workers' Party Central Committee for international affairs | other

[person ri-yong-ho]
name: Ri Yong Ho
alias: Lee Yong-ho
country: PRK
role: 2016-05 .. 2020-01 | PRKGOV | Minister of Foreign Affairs | foreign-minister

[person ri-son-gwon]
name: Ri Son Gwon
alias: Ri Sun-gwon
country: PRK
role: 2016 .. 2020-01 | PRKGOV | Chairman of the Committee for the Peaceful Reunification of the Country | other
role: 2020-01 .. 2022-06-10 | PRKGOV | Minister of Foreign Affairs | foreign-minister
role: 2022-06-10 .. 2023-12 | PRKGOV | Director of the United Front Department of the Workers' Party | other

[person choe-son-hui]
name: Choe Son Hui
alias: Choi Son-hui | Choi Sun-hee
country: PRK
role: 2018-02 .. 2019-04-11 | PRKGOV | Vice Minister of Foreign Affairs (North American affairs) | envoy
role: 2019-04-11 .. 2022-06-10 | PRKGOV | First Vice Minister of Foreign Affairs | envoy
role: 2022-06-10 .. present | PRKGOV | Minister of Foreign Affairs | foreign-minister

[person kim-kye-gwan]
name: Kim Kye Gwan
alias: Kim Gye-gwan
country: PRK
role: 2000 .. 2010-08 | PRKGOV | Vice Minister of Foreign Affairs (chief nuclear negotiator) | envoy
role: 2010-09 .. 2019-04 | PRKGOV | First Vice Minister of Foreign Affairs | envoy

[person kang-sok-ju]
name: Kang Sok Ju
alias: Kang Suk-ju
country: PRK
role: 2000 .. 2010-09 | PRKGOV | First Vice Minister of Foreign Affairs | envoy
role: 2010-09 .. 2016-05-20 | PRKGOV | Vice Premier; party secretary for international affairs from 2014 | other

# Ministers of the People's Armed Forces (renamed Minister of National Defence in 2020).
[person kim-il-chol]
name: Kim Il Chol
country: PRK
role: 1998-09-05 .. 2009-02-11 | PRKGOV | Minister of the People's Armed Forces | defence-minister

[person kim-yong-chun]
name: Kim Yong Chun
country: PRK
role: 2009-02-11 .. 2012-04 | PRKGOV | Minister of the People's Armed Forces | defence-minister

[person kim-jong-gak]
name: Kim Jong Gak
alias: Kim Jong-kak
country: PRK
role: 2012-04 .. 2012-11 | PRKGOV | Minister of the People's Armed Forces | defence-minister

[person kim-kyok-sik]
name: Kim Kyok Sik
alias: Kim Kyeok-sik
country: PRK
role: 2012-11 .. 2013-05 | PRKGOV | Minister of the People's Armed Forces | defence-minister

[person jang-jong-nam]
name: Jang Jong Nam
alias: Chang Jong-nam
country: PRK
role: 2013-05 .. 2014-06 | PRKGOV | Minister of the People's Armed Forces | defence-minister

# Reported executed around 30 April 2015.
[person hyon-yong-chol]
name: Hyon Yong Chol
alias: Hyun Yong-chol
country: PRK
role: 2014-06 .. 2015-04 | PRKGOV | Minister of the People's Armed Forces | defence-minister

# Confirmed in the post by KCNA in July 2015.
[person pak-yong-sik]
name: Pak Yong Sik
alias: Park Yong-sik
country: PRK
role: 2015-07 .. 2018-06 | PRKGOV | Minister of the People's Armed Forces | defence-minister

[person no-kwang-chol]
name: No Kwang Chol
alias: Noh Kwang-chol | Ro Kwang-chol
country: PRK
role: 2018-06 .. 2019-12 | PRKGOV | Minister of the People's Armed Forces | defence-minister
role: 2024-10-08 .. present | PRKGOV | Minister of National Defence | defence-minister

[person kim-jong-gwan]
name: Kim Jong Gwan
alias: Kim Jong-kwan
country: PRK
role: 2019-12 .. 2021-01 | PRKGOV | Minister of the People's Armed Forces (National Defence from 2020) | defence-minister

[person ri-yong-gil]
name: Ri Yong Gil
alias: Lee Yong-gil
country: PRK
role: 2021-01 .. 2022-12-31 | PRKGOV | Minister of National Defence | defence-minister

[person kang-sun-nam]
name: Kang Sun Nam
country: PRK
role: 2022-12-31 .. 2024-10-08 | PRKGOV | Minister of National Defence | defence-minister

# Other officials of the Kim family circle and the party apparatus.
[person kim-yo-jong]
name: Kim Yo Jong
alias: Kim Yeo-jeong
country: PRK
role: 2014-11 .. 2019-11 | PRKGOV | Vice Director of the Workers' Party Propaganda and Agitation Department | other
role: 2019-12 .. 2020-12 | PRKGOV | First Vice Department Director of the Workers' Party Central Committee | other
role: 2021-01 .. present | PRKGOV | Vice Department Director of the Workers' Party Central Committee | other

[person kim-yong-chol]
name: Kim Yong Chol
alias: Kim Young-chol
country: PRK
role: 2009-02 .. 2016-01 | PRKSPY | Director of the Reconnaissance General Bureau | intelligence-chief
role: 2016-01 .. 2019-04 | PRKGOV | Director of the United Front Department; party Vice-Chairman for inter-Korean affairs | other

[person jang-song-thaek]
name: Jang Song Thaek
alias: Chang Song-taek | Jang Song-taek
country: PRK
role: 2010-06-07 .. 2013-12-08 | PRKGOV | Vice-Chairman of the National Defence Commission | other

[person hwang-pyong-so]
name: Hwang Pyong So
alias: Hwang Byong-so
country: PRK
role: 2014-05 .. 2017-10 | PRKMIL | Director of the General Political Bureau of the Korean People's Army | other

# North Korean ambassadors.
[person kim-song-ambassador]
name: Kim Song
country: PRK
role: 2014-09 .. present | PRKGOV | Permanent Representative of North Korea to the United Nations | ambassador

[person kim-yong-jae]
name: Kim Yong Jae
country: PRK
role: 2006-09 .. 2014-08 | PRKGOV | Ambassador of North Korea to Russia | ambassador

[person kim-hyong-jun]
name: Kim Hyong Jun
alias: Kim Hyung-jun
country: PRK
role: 2014-08 .. 2019-05 | PRKGOV | Ambassador of North Korea to Russia | ambassador

[person sin-hong-chol]
name: Sin Hong Chol
alias: Shin Hong-chol
country: PRK
role: 2015-02 .. 2020-02 | PRKGOV | Vice Minister of Foreign Affairs | envoy
role: 2020-02-05 .. present | PRKGOV | Ambassador of North Korea to Russia | ambassador

[person ji-jae-ryong]
name: Ji Jae Ryong
country: PRK
role: 2010 .. 2021-02 | PRKGOV | Ambassador of North Korea to China | ambassador

[person ri-ryong-nam]
name: Ri Ryong Nam
alias: Lee Ryong-nam
country: PRK
role: 2008 .. 2016 | PRKGOV | Minister of Foreign Trade (External Economic Relations from 2014) | minister
role: 2021-02 .. present | PRKGOV | Ambassador of North Korea to China | ambassador

# ---------------------------------------------------------------------------------------------------------------
# South Korea (KOR)
# ---------------------------------------------------------------------------------------------------------------

# Presidents. The president is head of state and of government; the prime minister is the cabinet's deputy head
# and becomes acting president when the president is suspended or removed.
[person kim-dae-jung]
name: Kim Dae-jung
alias: Kim Dae-joong
country: KOR
born: 1924-01-06
role: 1998-02-25 .. 2003-02-25 | KORGOV | President of South Korea | head-of-state, head-of-government

# Suspended by impeachment from 2004-03-12 to 2004-05-14 (Goh Kun acting, about two months).
[person roh-moo-hyun]
name: Roh Moo-hyun
alias: No Mu-hyeon
country: KOR
born: 1946-09-01
role: 2003-02-25 .. 2008-02-25 | KORGOV | President of South Korea | head-of-state, head-of-government

[person lee-myung-bak]
name: Lee Myung-bak
alias: Lee Myung-back | Yi Myeong-bak
country: KOR
born: 1941-12-19
role: 2008-02-25 .. 2013-02-25 | KORGOV | President of South Korea | head-of-state, head-of-government

# Suspended by impeachment on 2016-12-09 and removed by the Constitutional Court on 2017-03-10.
[person park-geun-hye]
name: Park Geun-hye
alias: Pak Geun-hye | Park Kun-hye
country: KOR
born: 1952-02-02
role: 2013-02-25 .. 2017-03-10 | KORGOV | President of South Korea (powers suspended from 2016-12-09) | head-of-state, head-of-government

[person moon-jae-in]
name: Moon Jae-in
alias: Mun Jae-in
country: KOR
born: 1953-01-24
role: 2015-02-08 .. 2016-01-27 | KOROPP | Leader of the opposition Democratic Party | opposition-leader
role: 2017-05-10 .. 2022-05-10 | KORGOV | President of South Korea | head-of-state, head-of-government

# Yoon declared martial law on 2024-12-03. The National Assembly impeached him on 2024-12-14, which suspended his
# powers: from that day acting presidents (Han Duck-soo, then Choi Sang-mok, then Han again) exercised them, but
# Yoon kept the title of president until the Constitutional Court removed him on 2025-04-04. The role below
# therefore runs to 2025-04-04; after that date he resolves as a former official (KORELI).
[person yoon-suk-yeol]
name: Yoon Suk Yeol
alias: Yun Seok-yeol | Yoon Seok-youl | Yoon Suk-youl
country: KOR
born: 1960-12-18
role: 2019-07-25 .. 2021-03-04 | KORGOV | Prosecutor General of South Korea | other
role: 2022-05-10 .. 2025-04-04 | KORGOV | President of South Korea (powers suspended from 2024-12-14) | head-of-state, head-of-government

[person lee-jae-myung]
name: Lee Jae-myung
alias: Yi Jae-myeong
country: KOR
born: 1963-12-22
role: 2022-08-28 .. 2025-04-09 | KOROPP | Leader of the opposition Democratic Party | opposition-leader
role: 2025-06-04 .. present | KORGOV | President of South Korea | head-of-state, head-of-government

# Prime ministers.
[person lee-han-dong]
name: Lee Han-dong
country: KOR
role: 2000-06-29 .. 2002-07-11 | KORGOV | Prime Minister of South Korea | head-of-government

[person kim-suk-soo]
name: Kim Suk-soo
alias: Kim Seok-su
country: KOR
role: 2002-09 .. 2003-02-27 | KORGOV | Prime Minister of South Korea | head-of-government

[person goh-kun]
name: Goh Kun
alias: Ko Kun | Ko Geon
country: KOR
role: 2003-02-27 .. 2004-05-25 | KORGOV | Prime Minister of South Korea (acting president 2004-03-12 to 2004-05-14) | head-of-government

[person lee-hae-chan]
name: Lee Hae-chan
country: KOR
role: 2004-06-30 .. 2006-03-15 | KORGOV | Prime Minister of South Korea | head-of-government

[person han-myeong-sook]
name: Han Myeong-sook
alias: Han Myung-sook
country: KOR
role: 2006-04-20 .. 2007-03-07 | KORGOV | Prime Minister of South Korea | head-of-government

# Han was prime minister again from 2022. Impeached on 2024-12-27 (suspended until the Constitutional Court
# reinstated him on 2025-03-24); he resigned on 2025-05-01 to run for president. He kept the title throughout.
[person han-duck-soo]
name: Han Duck-soo
alias: Han Deok-su | Han Duk-soo
country: KOR
born: 1949-06-18
role: 2007-04-03 .. 2008-02-29 | KORGOV | Prime Minister of South Korea | head-of-government
role: 2022-05-21 .. 2025-05-01 | KORGOV | Prime Minister of South Korea (suspended 2024-12-27 to 2025-03-24) | head-of-government
role: 2024-12-14 .. 2024-12-27 | KORGOV | Acting President of South Korea | head-of-state
role: 2025-03-24 .. 2025-05-01 | KORGOV | Acting President of South Korea | head-of-state

[person han-seung-soo]
name: Han Seung-soo
country: KOR
role: 2001-03-26 .. 2002-02-04 | KORGOV | Minister of Foreign Affairs and Trade | foreign-minister
role: 2008-02-29 .. 2009-09-29 | KORGOV | Prime Minister of South Korea | head-of-government

[person chung-un-chan]
name: Chung Un-chan
alias: Jeong Un-chan
country: KOR
role: 2009-09-29 .. 2010-08-11 | KORGOV | Prime Minister of South Korea | head-of-government

[person kim-hwang-sik]
name: Kim Hwang-sik
country: KOR
role: 2010-10-01 .. 2013-02-26 | KORGOV | Prime Minister of South Korea | head-of-government

[person chung-hong-won]
name: Chung Hong-won
alias: Jeong Hong-won
country: KOR
role: 2013-02-26 .. 2015-02-16 | KORGOV | Prime Minister of South Korea | head-of-government

[person lee-wan-koo]
name: Lee Wan-koo
alias: Yi Wan-gu
country: KOR
role: 2015-02-17 .. 2015-04-27 | KORGOV | Prime Minister of South Korea | head-of-government

[person hwang-kyo-ahn]
name: Hwang Kyo-ahn
alias: Hwang Gyo-an
country: KOR
role: 2015-06-18 .. 2017-05-11 | KORGOV | Prime Minister of South Korea | head-of-government
role: 2016-12-09 .. 2017-05-10 | KORGOV | Acting President of South Korea | head-of-state

[person lee-nak-yon]
name: Lee Nak-yon
alias: Lee Nak-yeon | Yi Nak-yeon
country: KOR
role: 2017-05-31 .. 2020-01-14 | KORGOV | Prime Minister of South Korea | head-of-government

[person chung-sye-kyun]
name: Chung Sye-kyun
alias: Jeong Sye-kyun
country: KOR
role: 2020-01-14 .. 2021-04-16 | KORGOV | Prime Minister of South Korea | head-of-government

[person kim-boo-kyum]
name: Kim Boo-kyum
alias: Kim Bu-gyeom
country: KOR
role: 2021-05-14 .. 2022-05-12 | KORGOV | Prime Minister of South Korea | head-of-government

# Deputy prime minister and finance minister; acting president (and acting prime minister) while both Yoon and Han
# were suspended.
[person choi-sang-mok]
name: Choi Sang-mok
alias: Choe Sang-mok
country: KOR
role: 2023-12-28 .. 2025-05-01 | KORGOV | Deputy Prime Minister and Minister of Economy and Finance | finance-minister, deputy-head-of-government
role: 2024-12-27 .. 2025-03-24 | KORGOV | Acting President and acting Prime Minister of South Korea | head-of-state, head-of-government

[person kim-min-seok]
name: Kim Min-seok
country: KOR
role: 2025-07-03 .. present | KORGOV | Prime Minister of South Korea | head-of-government

# Foreign ministers.
[person lee-joung-binn]
name: Lee Joung-binn
alias: Lee Jeong-bin
country: KOR
role: 2000-01 .. 2001-03-26 | KORGOV | Minister of Foreign Affairs and Trade | foreign-minister

[person choi-sung-hong]
name: Choi Sung-hong
alias: Choi Seong-hong
country: KOR
role: 2002-02-04 .. 2003-02-27 | KORGOV | Minister of Foreign Affairs and Trade | foreign-minister

[person yoon-young-kwan]
name: Yoon Young-kwan
alias: Yun Yeong-gwan
country: KOR
role: 2003-02-27 .. 2004-01-16 | KORGOV | Minister of Foreign Affairs and Trade | foreign-minister

# Ban Ki-moon is in people-americas-europe.lex with the UN Secretaries-General.

[person song-min-soon]
name: Song Min-soon
alias: Song Min-sun
country: KOR
role: 2006-12-01 .. 2008-02-29 | KORGOV | Minister of Foreign Affairs and Trade | foreign-minister

[person yu-myung-hwan]
name: Yu Myung-hwan
alias: Yoo Myung-hwan
country: KOR
role: 2008-02-29 .. 2010-09-04 | KORGOV | Minister of Foreign Affairs and Trade | foreign-minister

[person kim-sung-hwan]
name: Kim Sung-hwan
alias: Kim Seong-hwan
country: KOR
role: 2010-10-08 .. 2013-03-11 | KORGOV | Minister of Foreign Affairs and Trade | foreign-minister

[person yun-byung-se]
name: Yun Byung-se
alias: Yoon Byung-se | Yun Byeong-se
country: KOR
role: 2013-03-11 .. 2017-06-18 | KORGOV | Minister of Foreign Affairs | foreign-minister

[person kang-kyung-wha]
name: Kang Kyung-wha
alias: Kang Gyeong-hwa
country: KOR
role: 2017-06-18 .. 2021-02-09 | KORGOV | Minister of Foreign Affairs | foreign-minister

[person chung-eui-yong]
name: Chung Eui-yong
alias: Jeong Ui-yong
country: KOR
role: 2017-05-21 .. 2020-07-03 | KORGOV | Director of the National Security Office (national security adviser) | other
role: 2021-02-09 .. 2022-05-12 | KORGOV | Minister of Foreign Affairs | foreign-minister

[person park-jin]
name: Park Jin
alias: Pak Jin
country: KOR
role: 2022-05-12 .. 2024-01-10 | KORGOV | Minister of Foreign Affairs | foreign-minister

[person cho-tae-yul]
name: Cho Tae-yul
alias: Jo Tae-yeol
country: KOR
role: 2024-01-10 .. 2025-07-21 | KORGOV | Minister of Foreign Affairs | foreign-minister

[person cho-hyun]
name: Cho Hyun
alias: Jo Hyun | Cho Hyeon
country: KOR
role: 2025-07-21 .. present | KORGOV | Minister of Foreign Affairs | foreign-minister

# Defence ministers.
[person cho-seong-tae]
name: Cho Seong-tae
alias: Cho Sung-tae
country: KOR
role: 1999-05-24 .. 2001-03-26 | KORGOV | Minister of National Defense | defence-minister

[person kim-dong-shin]
name: Kim Dong-shin
country: KOR
role: 2001-03-26 .. 2003-02-27 | KORGOV | Minister of National Defense | defence-minister

[person cho-young-kil]
name: Cho Young-kil
alias: Jo Yeong-gil
country: KOR
role: 2003-02-27 .. 2004-07-29 | KORGOV | Minister of National Defense | defence-minister

[person yoon-kwang-ung]
name: Yoon Kwang-ung
alias: Yun Gwang-ung
country: KOR
role: 2004-07-29 .. 2006-11-23 | KORGOV | Minister of National Defense | defence-minister

[person kim-jang-soo]
name: Kim Jang-soo
alias: Kim Jang-su
country: KOR
role: 2006-11-23 .. 2008-02-29 | KORGOV | Minister of National Defense | defence-minister

[person lee-sang-hee]
name: Lee Sang-hee
country: KOR
role: 2008-02-29 .. 2009-09-21 | KORGOV | Minister of National Defense | defence-minister

[person kim-tae-young]
name: Kim Tae-young
alias: Kim Tae-yeong
country: KOR
role: 2009-09-21 .. 2010-12-04 | KORGOV | Minister of National Defense | defence-minister

[person kim-kwan-jin]
name: Kim Kwan-jin
alias: Kim Gwan-jin
country: KOR
role: 2010-12-04 .. 2014-06-30 | KORGOV | Minister of National Defense | defence-minister
role: 2014-06 .. 2017-05 | KORGOV | Director of the National Security Office (national security adviser) | other

[person han-min-koo]
name: Han Min-koo
alias: Han Min-gu
country: KOR
role: 2014-06-30 .. 2017-07-14 | KORGOV | Minister of National Defense | defence-minister

[person song-young-moo]
name: Song Young-moo
alias: Song Yeong-mu
country: KOR
role: 2017-07-14 .. 2018-09-21 | KORGOV | Minister of National Defense | defence-minister

[person jeong-kyeong-doo]
name: Jeong Kyeong-doo
alias: Jeong Kyeong-du | Jeong Kyung-doo
country: KOR
role: 2018-09-21 .. 2020-09-18 | KORGOV | Minister of National Defense | defence-minister

[person suh-wook]
name: Suh Wook
alias: Seo Wook | Suh Wuk
country: KOR
role: 2020-09-18 .. 2022-05-10 | KORGOV | Minister of National Defense | defence-minister

[person lee-jong-sup]
name: Lee Jong-sup
alias: Lee Jong-seop
country: KOR
role: 2022-05-10 .. 2023-10-07 | KORGOV | Minister of National Defense | defence-minister
role: 2024-03 .. 2024-03-29 | KORGOV | Ambassador of South Korea to Australia | ambassador

[person shin-won-sik]
name: Shin Won-sik
alias: Sin Won-sik
country: KOR
role: 2023-10-07 .. 2024-09-06 | KORGOV | Minister of National Defense | defence-minister
role: 2024-09 .. 2025-06 | KORGOV | Director of the National Security Office (national security adviser) | other

# Resigned on 2024-12-05 over the martial-law decree of 2024-12-03; later indicted for insurrection.
[person kim-yong-hyun]
name: Kim Yong-hyun
alias: Kim Yong-hyeon
country: KOR
role: 2022-05-10 .. 2024-09-06 | KORGOV | Chief of the Presidential Security Service | other
role: 2024-09-06 .. 2024-12-05 | KORGOV | Minister of National Defense | defence-minister

[person kim-seon-ho]
name: Kim Seon-ho
alias: Kim Sun-ho
country: KOR
role: 2024-12-05 .. 2025-06 | KORGOV | Acting Minister of National Defense (vice minister) | defence-minister

[person ahn-gyu-back]
name: Ahn Gyu-back
alias: An Gyu-baek | Ahn Kyu-back
country: KOR
role: 2025-07-25 .. present | KORGOV | Minister of National Defense | defence-minister

# Unification ministers (inter-Korean affairs).
[person park-jae-kyu]
name: Park Jae-kyu
country: KOR
role: 1999-05-24 .. 2001-03-26 | KORGOV | Minister of Unification | minister

[person lim-dong-won]
name: Lim Dong-won
alias: Im Dong-won
country: KOR
role: 1999-12 .. 2001-03-26 | KORSPY | Director of the National Intelligence Service | intelligence-chief
role: 2001-03-26 .. 2001-09-07 | KORGOV | Minister of Unification | minister

[person hong-soon-young]
name: Hong Soon-young
alias: Hong Sun-yeong
country: KOR
role: 2001-09-07 .. 2002-01-29 | KORGOV | Minister of Unification | minister

[person jeong-se-hyun]
name: Jeong Se-hyun
alias: Chung Se-hyun
country: KOR
role: 2002-01-29 .. 2004-06-30 | KORGOV | Minister of Unification | minister

[person chung-dong-young]
name: Chung Dong-young
alias: Jeong Dong-yeong
country: KOR
role: 2004-07-01 .. 2005-12-31 | KORGOV | Minister of Unification | minister
role: 2025-07-25 .. present | KORGOV | Minister of Unification | minister

[person lee-jong-seok]
name: Lee Jong-seok
alias: Yi Jong-seok
country: KOR
role: 2006-02-10 .. 2006-12-10 | KORGOV | Minister of Unification | minister
role: 2025-07 .. present | KORSPY | Director of the National Intelligence Service | intelligence-chief

[person lee-jae-joung]
name: Lee Jae-joung
alias: Lee Jae-jung
country: KOR
role: 2006-12-11 .. 2008-02-29 | KORGOV | Minister of Unification | minister

[person kim-ha-joong]
name: Kim Ha-joong
alias: Kim Ha-jung
country: KOR
role: 2008-03-03 .. 2009-02-11 | KORGOV | Minister of Unification | minister

[person hyun-in-taek]
name: Hyun In-taek
alias: Hyeon In-taek
country: KOR
role: 2009-02-12 .. 2011-09-19 | KORGOV | Minister of Unification | minister

[person yu-woo-ik]
name: Yu Woo-ik
alias: Yoo Woo-ik
country: KOR
role: 2011-09-19 .. 2013-03-11 | KORGOV | Minister of Unification | minister

[person ryoo-kihl-jae]
name: Ryoo Kihl-jae
alias: Ryu Kil-jae | Yu Gil-jae
country: KOR
role: 2013-03-11 .. 2015-03-17 | KORGOV | Minister of Unification | minister

[person hong-yong-pyo]
name: Hong Yong-pyo
alias: Hong Yong-pyeo
country: KOR
role: 2015-03-17 .. 2017-07-04 | KORGOV | Minister of Unification | minister

[person cho-myoung-gyon]
name: Cho Myoung-gyon
alias: Cho Myung-kyun | Jo Myeong-gyun
country: KOR
role: 2017-07-04 .. 2019-04-08 | KORGOV | Minister of Unification | minister

[person kim-yeon-chul]
name: Kim Yeon-chul
alias: Kim Yon-chol
country: KOR
role: 2019-04-08 .. 2020-06-19 | KORGOV | Minister of Unification | minister

[person lee-in-young]
name: Lee In-young
alias: Yi In-yeong
country: KOR
role: 2020-07-27 .. 2022-05-13 | KORGOV | Minister of Unification | minister

[person kwon-young-se]
name: Kwon Young-se
alias: Kwon Yeong-se
country: KOR
role: 2022-05-13 .. 2023-07-28 | KORGOV | Minister of Unification | minister

[person kim-yung-ho]
name: Kim Yung-ho
alias: Kim Young-ho | Kim Yeong-ho
country: KOR
role: 2023-07-28 .. 2025-06 | KORGOV | Minister of Unification | minister

# Intelligence chiefs and national security advisers since 2017.
[person suh-hoon]
name: Suh Hoon
alias: Seo Hoon | Suh Hun
country: KOR
role: 2017-06-01 .. 2020-07-29 | KORSPY | Director of the National Intelligence Service | intelligence-chief
role: 2020-07-03 .. 2022-05-10 | KORGOV | Director of the National Security Office (national security adviser) | other

[person park-jie-won]
name: Park Jie-won
alias: Park Ji-won
country: KOR
role: 2020-07-29 .. 2022-05 | KORSPY | Director of the National Intelligence Service | intelligence-chief

[person kim-kyou-hyun]
name: Kim Kyou-hyun
alias: Kim Gyu-hyeon
country: KOR
role: 2022-06 .. 2023-11 | KORSPY | Director of the National Intelligence Service | intelligence-chief

[person cho-tae-yong]
name: Cho Tae-yong
alias: Jo Tae-yong
country: KOR
role: 2023-03 .. 2023-12 | KORGOV | Director of the National Security Office (national security adviser) | other
role: 2024-01 .. 2025-06 | KORSPY | Director of the National Intelligence Service | intelligence-chief

[person wi-sung-lac]
name: Wi Sung-lac
alias: Wi Seong-rak
country: KOR
role: 2025-06 .. present | KORGOV | Director of the National Security Office (national security adviser) | other

# ---------------------------------------------------------------------------------------------------------------
# China (CHN)
# ---------------------------------------------------------------------------------------------------------------

# The paramount leader holds three posts: general secretary of the Communist Party (party-leader), president of the
# state (head-of-state) and chairman of the Central Military Commission (military-chief). All carry CHNGOV.
[person jiang-zemin]
name: Jiang Zemin
country: CHN
born: 1926-08-17
role: 1989-06-24 .. 2002-11-15 | CHNGOV | General Secretary of the Chinese Communist Party | party-leader
role: 1993-03-27 .. 2003-03-15 | CHNGOV | President of China | head-of-state
role: 1989-11-09 .. 2004-09-19 | CHNGOV | Chairman of the Central Military Commission | military-chief

[person hu-jintao]
name: Hu Jintao
alias: Hu Jin-tao
country: CHN
born: 1942-12-21
role: 1998-03-16 .. 2003-03-15 | CHNGOV | Vice President of China | other
role: 2002-11-15 .. 2012-11-15 | CHNGOV | General Secretary of the Chinese Communist Party | party-leader
role: 2003-03-15 .. 2013-03-14 | CHNGOV | President of China | head-of-state
role: 2004-09-19 .. 2012-11-15 | CHNGOV | Chairman of the Central Military Commission | military-chief

[person xi-jinping]
name: Xi Jinping
alias: Xi Jin-ping
short: Xi
country: CHN
born: 1953-06-15
role: 2008-03-15 .. 2013-03-14 | CHNGOV | Vice President of China | other
role: 2012-11-15 .. present | CHNGOV | General Secretary of the Chinese Communist Party | party-leader
role: 2013-03-14 .. present | CHNGOV | President of China | head-of-state
role: 2012-11-15 .. present | CHNGOV | Chairman of the Central Military Commission | military-chief

# Premiers of the State Council.
[person zhu-rongji]
name: Zhu Rongji
country: CHN
role: 1998-03-17 .. 2003-03-16 | CHNGOV | Premier of the State Council of China | head-of-government

[person wen-jiabao]
name: Wen Jiabao
alias: Wen Jia-bao
country: CHN
role: 2003-03-16 .. 2013-03-15 | CHNGOV | Premier of the State Council of China | head-of-government

[person li-keqiang]
name: Li Keqiang
alias: Li Ke-qiang
country: CHN
role: 2008-03-17 .. 2013-03-16 | CHNGOV | First Vice Premier of China | deputy-head-of-government
role: 2013-03-15 .. 2023-03-11 | CHNGOV | Premier of the State Council of China | head-of-government

[person li-qiang]
name: Li Qiang
country: CHN
role: 2023-03-11 .. present | CHNGOV | Premier of the State Council of China | head-of-government

# First (executive) vice premiers and vice presidents.
[person huang-ju]
name: Huang Ju
country: CHN
role: 2003-03-17 .. 2007-06-02 | CHNGOV | First Vice Premier of China | deputy-head-of-government

[person zhang-gaoli]
name: Zhang Gaoli
country: CHN
role: 2013-03-16 .. 2018-03-19 | CHNGOV | First Vice Premier of China | deputy-head-of-government

[person han-zheng]
name: Han Zheng
country: CHN
role: 2018-03-19 .. 2023-03-12 | CHNGOV | First Vice Premier of China | deputy-head-of-government
role: 2023-03-10 .. present | CHNGOV | Vice President of China | other

[person ding-xuexiang]
name: Ding Xuexiang
country: CHN
role: 2023-03-12 .. present | CHNGOV | First Vice Premier of China | deputy-head-of-government

[person zeng-qinghong]
name: Zeng Qinghong
country: CHN
role: 2003-03-15 .. 2008-03-15 | CHNGOV | Vice President of China | other

[person li-yuanchao]
name: Li Yuanchao
country: CHN
role: 2013-03-14 .. 2018-03-17 | CHNGOV | Vice President of China | other

[person wang-qishan]
name: Wang Qishan
country: CHN
role: 2012-11-15 .. 2017-10-25 | CHNGOV | Secretary of the Central Commission for Discipline Inspection | other
role: 2018-03-17 .. 2023-03-10 | CHNGOV | Vice President of China | other

# Chairmen of the National People's Congress Standing Committee and of the CPPCC.
[person li-peng]
name: Li Peng
country: CHN
role: 1998-03-16 .. 2003-03-15 | CHNLEG | Chairman of the National People's Congress Standing Committee | legislature-speaker

[person wu-bangguo]
name: Wu Bangguo
country: CHN
role: 2003-03-15 .. 2013-03-14 | CHNLEG | Chairman of the National People's Congress Standing Committee | legislature-speaker

[person zhang-dejiang]
name: Zhang Dejiang
country: CHN
role: 2013-03-14 .. 2018-03-17 | CHNLEG | Chairman of the National People's Congress Standing Committee | legislature-speaker

[person li-zhanshu]
name: Li Zhanshu
country: CHN
role: 2018-03-17 .. 2023-03-10 | CHNLEG | Chairman of the National People's Congress Standing Committee | legislature-speaker

[person zhao-leji]
name: Zhao Leji
country: CHN
role: 2017-10-25 .. 2022-10-23 | CHNGOV | Secretary of the Central Commission for Discipline Inspection | other
role: 2023-03-10 .. present | CHNLEG | Chairman of the National People's Congress Standing Committee | legislature-speaker

[person jia-qinglin]
name: Jia Qinglin
country: CHN
role: 2003-03-13 .. 2013-03-11 | CHNGOV | Chairman of the Chinese People's Political Consultative Conference | other

[person yu-zhengsheng]
name: Yu Zhengsheng
country: CHN
role: 2013-03-11 .. 2018-03-14 | CHNGOV | Chairman of the Chinese People's Political Consultative Conference | other

[person wang-yang]
name: Wang Yang
country: CHN
role: 2013-03-16 .. 2018-03-19 | CHNGOV | Vice Premier of China | minister
role: 2018-03-14 .. 2023-03-10 | CHNGOV | Chairman of the Chinese People's Political Consultative Conference | other

[person wang-huning]
name: Wang Huning
country: CHN
role: 2017-10-25 .. 2022-10-23 | CHNGOV | First Secretary of the Communist Party Secretariat (ideology chief) | other
role: 2023-03-10 .. present | CHNGOV | Chairman of the Chinese People's Political Consultative Conference | other

# Foreign ministers and the foreign-affairs chiefs of the party.
[person tang-jiaxuan]
name: Tang Jiaxuan
country: CHN
role: 1998-03-18 .. 2003-03-17 | CHNGOV | Minister of Foreign Affairs | foreign-minister
role: 2003-03-17 .. 2008-03-17 | CHNGOV | State Councillor (foreign affairs) | minister

[person li-zhaoxing]
name: Li Zhaoxing
country: CHN
role: 2003-03-17 .. 2007-04-27 | CHNGOV | Minister of Foreign Affairs | foreign-minister

[person yang-jiechi]
name: Yang Jiechi
country: CHN
role: 2001 .. 2005 | CHNGOV | Ambassador of China to the United States | ambassador
role: 2007-04-27 .. 2013-03-16 | CHNGOV | Minister of Foreign Affairs | foreign-minister
role: 2013-03-16 .. 2018-03-19 | CHNGOV | State Councillor (foreign affairs) | minister
role: 2018-03 .. 2023-01 | CHNGOV | Director of the Office of the Central Foreign Affairs Commission | other

# Wang Yi was foreign minister twice: 2013-2022 and again after Qin Gang's removal in July 2023.
[person wang-yi]
name: Wang Yi
country: CHN
born: 1953-10-19
role: 2004-09 .. 2007-09 | CHNGOV | Ambassador of China to Japan | ambassador
role: 2008-06 .. 2013-03-16 | CHNGOV | Director of the Taiwan Affairs Office | other
role: 2013-03-16 .. 2022-12-30 | CHNGOV | Minister of Foreign Affairs | foreign-minister
role: 2018-03-19 .. 2023-03-12 | CHNGOV | State Councillor | minister
role: 2023-01 .. present | CHNGOV | Director of the Office of the Central Foreign Affairs Commission | other
role: 2023-07-25 .. present | CHNGOV | Minister of Foreign Affairs | foreign-minister

[person qin-gang]
name: Qin Gang
country: CHN
role: 2021-07-28 .. 2023-01 | CHNGOV | Ambassador of China to the United States | ambassador
role: 2022-12-30 .. 2023-07-25 | CHNGOV | Minister of Foreign Affairs | foreign-minister
role: 2023-03-12 .. 2023-10-24 | CHNGOV | State Councillor | minister

# Ministers of National Defence.
[person chi-haotian]
name: Chi Haotian
country: CHN
role: 1993-03 .. 2003-03-17 | CHNGOV | Minister of National Defence | defence-minister

[person cao-gangchuan]
name: Cao Gangchuan
country: CHN
role: 2003-03-17 .. 2008-03-17 | CHNGOV | Minister of National Defence | defence-minister

[person liang-guanglie]
name: Liang Guanglie
country: CHN
role: 2008-03-17 .. 2013-03-16 | CHNGOV | Minister of National Defence | defence-minister

[person chang-wanquan]
name: Chang Wanquan
country: CHN
role: 2013-03-16 .. 2018-03-19 | CHNGOV | Minister of National Defence | defence-minister

[person wei-fenghe]
name: Wei Fenghe
country: CHN
role: 2018-03-19 .. 2023-03-12 | CHNGOV | Minister of National Defence | defence-minister

# Removed on 2023-10-24 after disappearing from view in late August 2023.
[person li-shangfu]
name: Li Shangfu
country: CHN
role: 2023-03-12 .. 2023-10-24 | CHNGOV | Minister of National Defence | defence-minister

[person dong-jun]
name: Dong Jun
country: CHN
role: 2023-12-29 .. present | CHNGOV | Minister of National Defence | defence-minister

# Chinese ambassadors in the region and in Washington.
[person liu-xiaoming]
name: Liu Xiaoming
country: CHN
role: 2006 .. 2009 | CHNGOV | Ambassador of China to North Korea | ambassador
role: 2010-02 .. 2021-01 | CHNGOV | Ambassador of China to the United Kingdom | ambassador

[person liu-hongcai]
name: Liu Hongcai
country: CHN
role: 2010-03 .. 2015-03 | CHNGOV | Ambassador of China to North Korea | ambassador

[person li-jinjun]
name: Li Jinjun
country: CHN
role: 2015-03 .. 2021-12 | CHNGOV | Ambassador of China to North Korea | ambassador

# Named in 2021 but able to enter North Korea only on 2023-03-27 because of pandemic border closures.
[person wang-yajun]
name: Wang Yajun
country: CHN
role: 2023-03-27 .. present | CHNGOV | Ambassador of China to North Korea | ambassador

[person qiu-guohong]
name: Qiu Guohong
country: CHN
role: 2014-02 .. 2019-12 | CHNGOV | Ambassador of China to South Korea | ambassador

[person xing-haiming]
name: Xing Haiming
country: CHN
role: 2020-01-30 .. 2024-07 | CHNGOV | Ambassador of China to South Korea | ambassador

[person dai-bing]
name: Dai Bing
country: CHN
role: 2020 .. 2024-11 | CHNGOV | Deputy Permanent Representative of China to the United Nations | envoy
role: 2024-12 .. present | CHNGOV | Ambassador of China to South Korea | ambassador

[person cui-tiankai]
name: Cui Tiankai
country: CHN
role: 2013-04 .. 2021-06-23 | CHNGOV | Ambassador of China to the United States | ambassador

[person xie-feng]
name: Xie Feng
country: CHN
role: 2023-05-23 .. present | CHNGOV | Ambassador of China to the United States | ambassador

[person wu-jianghao]
name: Wu Jianghao
country: CHN
role: 2023-02 .. present | CHNGOV | Ambassador of China to Japan | ambassador

# ---------------------------------------------------------------------------------------------------------------
# Japan (JPN)
# ---------------------------------------------------------------------------------------------------------------

[person akihito]
name: Akihito
alias: Emperor Akihito
country: JPN
born: 1933-12-23
role: 1989-01-07 .. 2019-05-01 | JPNGOV | Emperor of Japan | head-of-state, royal

[person naruhito]
name: Naruhito
alias: Emperor Naruhito | Crown Prince Naruhito
country: JPN
born: 1960-02-23
role: 2019-05-01 .. present | JPNGOV | Emperor of Japan | head-of-state, royal

# Prime ministers.
[person keizo-obuchi]
name: Keizo Obuchi
alias: Obuchi Keizo
short: Obuchi
country: JPN
role: 1998-07-30 .. 2000-04-05 | JPNGOV | Prime Minister of Japan | head-of-government

[person yoshiro-mori]
name: Yoshiro Mori
alias: Mori Yoshiro
country: JPN
role: 2000-04-05 .. 2001-04-26 | JPNGOV | Prime Minister of Japan | head-of-government

[person junichiro-koizumi]
name: Junichiro Koizumi
alias: Koizumi Junichiro | Jun'ichiro Koizumi
country: JPN
role: 2001-04-26 .. 2006-09-26 | JPNGOV | Prime Minister of Japan | head-of-government

[person shinzo-abe]
name: Shinzo Abe
alias: Abe Shinzo
short: Abe
country: JPN
born: 1954-09-21
role: 2005-10-31 .. 2006-09-26 | JPNGOV | Chief Cabinet Secretary | minister
role: 2006-09-26 .. 2007-09-26 | JPNGOV | Prime Minister of Japan | head-of-government
role: 2012-12-26 .. 2020-09-16 | JPNGOV | Prime Minister of Japan | head-of-government

[person yasuo-fukuda]
name: Yasuo Fukuda
alias: Fukuda Yasuo
short: Fukuda
country: JPN
role: 2000-10-27 .. 2004-05-07 | JPNGOV | Chief Cabinet Secretary | minister
role: 2007-09-26 .. 2008-09-24 | JPNGOV | Prime Minister of Japan | head-of-government

[person taro-aso]
name: Taro Aso
alias: Aso Taro
short: Aso
country: JPN
role: 2005-10-31 .. 2007-08-27 | JPNGOV | Minister for Foreign Affairs | foreign-minister
role: 2008-09-24 .. 2009-09-16 | JPNGOV | Prime Minister of Japan | head-of-government
role: 2012-12-26 .. 2021-10-04 | JPNGOV | Deputy Prime Minister and Minister of Finance | deputy-head-of-government, finance-minister

[person yukio-hatoyama]
name: Yukio Hatoyama
alias: Hatoyama Yukio
short: Hatoyama
country: JPN
role: 2009-09-16 .. 2010-06-08 | JPNGOV | Prime Minister of Japan | head-of-government

[person naoto-kan]
name: Naoto Kan
alias: Kan Naoto
country: JPN
role: 2010-06-08 .. 2011-09-02 | JPNGOV | Prime Minister of Japan | head-of-government

[person yoshihiko-noda]
name: Yoshihiko Noda
alias: Noda Yoshihiko
short: Noda
country: JPN
role: 2011-09-02 .. 2012-12-26 | JPNGOV | Prime Minister of Japan | head-of-government
role: 2024-09-23 .. present | JPNOPP | Leader of the opposition Constitutional Democratic Party | opposition-leader

[person yoshihide-suga]
name: Yoshihide Suga
alias: Suga Yoshihide
short: Suga
country: JPN
role: 2012-12-26 .. 2020-09-16 | JPNGOV | Chief Cabinet Secretary | minister
role: 2020-09-16 .. 2021-10-04 | JPNGOV | Prime Minister of Japan | head-of-government

[person fumio-kishida]
name: Fumio Kishida
alias: Kishida Fumio
short: Kishida
country: JPN
role: 2012-12-26 .. 2017-08-03 | JPNGOV | Minister for Foreign Affairs | foreign-minister
role: 2021-10-04 .. 2024-10-01 | JPNGOV | Prime Minister of Japan | head-of-government

[person shigeru-ishiba]
name: Shigeru Ishiba
alias: Ishiba Shigeru
short: Ishiba
country: JPN
role: 2002-09-30 .. 2004-09-27 | JPNGOV | Director General of the Japan Defense Agency | defence-minister
role: 2007-09-26 .. 2008-08-02 | JPNGOV | Minister of Defense | defence-minister
role: 2024-10-01 .. 2025-10-21 | JPNGOV | Prime Minister of Japan | head-of-government

[person sanae-takaichi]
name: Sanae Takaichi
alias: Takaichi Sanae
short: Takaichi
country: JPN
born: 1961-03-07
role: 2025-10-21 .. present | JPNGOV | Prime Minister of Japan | head-of-government

# Foreign ministers.
[person yohei-kono]
name: Yohei Kono
alias: Kono Yohei
country: JPN
role: 1999-10-05 .. 2001-04-26 | JPNGOV | Minister for Foreign Affairs | foreign-minister

[person makiko-tanaka]
name: Makiko Tanaka
alias: Tanaka Makiko
country: JPN
role: 2001-04-26 .. 2002-01-30 | JPNGOV | Minister for Foreign Affairs | foreign-minister

[person yoriko-kawaguchi]
name: Yoriko Kawaguchi
alias: Kawaguchi Yoriko
short: Kawaguchi
country: JPN
role: 2002-02-01 .. 2004-09-27 | JPNGOV | Minister for Foreign Affairs | foreign-minister

[person nobutaka-machimura]
name: Nobutaka Machimura
alias: Machimura Nobutaka
short: Machimura
country: JPN
role: 2004-09-27 .. 2005-10-31 | JPNGOV | Minister for Foreign Affairs | foreign-minister
role: 2007-08-27 .. 2007-09-26 | JPNGOV | Minister for Foreign Affairs | foreign-minister
role: 2007-09-26 .. 2008-09-24 | JPNGOV | Chief Cabinet Secretary | minister

[person masahiko-komura]
name: Masahiko Komura
alias: Komura Masahiko | Masahiko Koumura
short: Komura
country: JPN
role: 2007-08-27 .. 2007-09-26 | JPNGOV | Minister of Defense | defence-minister
role: 2007-09-26 .. 2008-09-24 | JPNGOV | Minister for Foreign Affairs | foreign-minister

[person hirofumi-nakasone]
name: Hirofumi Nakasone
alias: Nakasone Hirofumi
country: JPN
role: 2008-09-24 .. 2009-09-16 | JPNGOV | Minister for Foreign Affairs | foreign-minister

[person katsuya-okada]
name: Katsuya Okada
alias: Okada Katsuya
short: Okada
country: JPN
role: 2009-09-16 .. 2010-09-17 | JPNGOV | Minister for Foreign Affairs | foreign-minister

[person seiji-maehara]
name: Seiji Maehara
alias: Maehara Seiji
short: Maehara
country: JPN
role: 2010-09-17 .. 2011-03-07 | JPNGOV | Minister for Foreign Affairs | foreign-minister

[person takeaki-matsumoto]
name: Takeaki Matsumoto
alias: Matsumoto Takeaki
country: JPN
role: 2011-03-09 .. 2011-09-02 | JPNGOV | Minister for Foreign Affairs | foreign-minister

[person koichiro-gemba]
name: Koichiro Gemba
alias: Gemba Koichiro | Koichiro Genba
short: Gemba
country: JPN
role: 2011-09-02 .. 2012-12-26 | JPNGOV | Minister for Foreign Affairs | foreign-minister

[person taro-kono]
name: Taro Kono
alias: Kono Taro
country: JPN
role: 2017-08-03 .. 2019-09-11 | JPNGOV | Minister for Foreign Affairs | foreign-minister
role: 2019-09-11 .. 2020-09-16 | JPNGOV | Minister of Defense | defence-minister

[person toshimitsu-motegi]
name: Toshimitsu Motegi
alias: Motegi Toshimitsu
short: Motegi
country: JPN
role: 2019-09-11 .. 2021-11-04 | JPNGOV | Minister for Foreign Affairs | foreign-minister
role: 2025-10-21 .. present | JPNGOV | Minister for Foreign Affairs | foreign-minister

[person yoshimasa-hayashi]
name: Yoshimasa Hayashi
alias: Hayashi Yoshimasa
short: Hayashi
country: JPN
role: 2008-08-02 .. 2008-09-24 | JPNGOV | Minister of Defense | defence-minister
role: 2021-11-10 .. 2023-09-13 | JPNGOV | Minister for Foreign Affairs | foreign-minister
role: 2023-12-14 .. 2025-10-21 | JPNGOV | Chief Cabinet Secretary | minister

[person yoko-kamikawa]
name: Yoko Kamikawa
alias: Kamikawa Yoko
short: Kamikawa
country: JPN
role: 2023-09-13 .. 2024-10-01 | JPNGOV | Minister for Foreign Affairs | foreign-minister

[person takeshi-iwaya]
name: Takeshi Iwaya
alias: Iwaya Takeshi
short: Iwaya
country: JPN
role: 2018-10-02 .. 2019-09-11 | JPNGOV | Minister of Defense | defence-minister
role: 2024-10-01 .. 2025-10-21 | JPNGOV | Minister for Foreign Affairs | foreign-minister

# Heads of the Defense Agency (until 2007-01-09) and ministers of defence.
[person hosei-norota]
name: Hosei Norota
alias: Norota Hosei
country: JPN
role: 1999-10-05 .. 2000-07-04 | JPNGOV | Director General of the Japan Defense Agency | defence-minister

[person kazuo-torashima]
name: Kazuo Torashima
alias: Torashima Kazuo
country: JPN
role: 2000-07-04 .. 2000-12-05 | JPNGOV | Director General of the Japan Defense Agency | defence-minister

[person toshitsugu-saito]
name: Toshitsugu Saito
alias: Saito Toshitsugu
country: JPN
role: 2000-12-05 .. 2001-04-26 | JPNGOV | Director General of the Japan Defense Agency | defence-minister

[person gen-nakatani]
name: Gen Nakatani
alias: Nakatani Gen
short: Nakatani
country: JPN
role: 2001-04-26 .. 2002-09-30 | JPNGOV | Director General of the Japan Defense Agency | defence-minister
role: 2014-12-24 .. 2016-08-03 | JPNGOV | Minister of Defense | defence-minister
role: 2024-10-01 .. 2025-10-21 | JPNGOV | Minister of Defense | defence-minister

[person yoshinori-ohno]
name: Yoshinori Ohno
alias: Ohno Yoshinori | Yoshinori Ono
country: JPN
role: 2004-09-27 .. 2005-10-31 | JPNGOV | Director General of the Japan Defense Agency | defence-minister

[person fukushiro-nukaga]
name: Fukushiro Nukaga
alias: Nukaga Fukushiro
short: Nukaga
country: JPN
role: 2005-10-31 .. 2006-09-26 | JPNGOV | Director General of the Japan Defense Agency | defence-minister

[person fumio-kyuma]
name: Fumio Kyuma
alias: Kyuma Fumio
short: Kyuma
country: JPN
role: 2006-09-26 .. 2007-07-04 | JPNGOV | Director General of the Defense Agency, then Minister of Defense (from 2007-01-09) | defence-minister

[person yuriko-koike]
name: Yuriko Koike
alias: Koike Yuriko
short: Koike
country: JPN
role: 2007-07-04 .. 2007-08-27 | JPNGOV | Minister of Defense | defence-minister

[person yasukazu-hamada]
name: Yasukazu Hamada
alias: Hamada Yasukazu
country: JPN
role: 2008-09-24 .. 2009-09-16 | JPNGOV | Minister of Defense | defence-minister
role: 2022-08-10 .. 2023-09-13 | JPNGOV | Minister of Defense | defence-minister

[person toshimi-kitazawa]
name: Toshimi Kitazawa
alias: Kitazawa Toshimi
short: Kitazawa
country: JPN
role: 2009-09-16 .. 2011-09-02 | JPNGOV | Minister of Defense | defence-minister

[person yasuo-ichikawa]
name: Yasuo Ichikawa
alias: Ichikawa Yasuo
country: JPN
role: 2011-09-02 .. 2012-01-13 | JPNGOV | Minister of Defense | defence-minister

[person naoki-tanaka]
name: Naoki Tanaka
alias: Tanaka Naoki
country: JPN
role: 2012-01-13 .. 2012-06-04 | JPNGOV | Minister of Defense | defence-minister

[person satoshi-morimoto]
name: Satoshi Morimoto
alias: Morimoto Satoshi
country: JPN
role: 2012-06-04 .. 2012-12-26 | JPNGOV | Minister of Defense | defence-minister

[person itsunori-onodera]
name: Itsunori Onodera
alias: Onodera Itsunori
short: Onodera
country: JPN
role: 2012-12-26 .. 2014-09-03 | JPNGOV | Minister of Defense | defence-minister
role: 2017-08-03 .. 2018-10-02 | JPNGOV | Minister of Defense | defence-minister

[person akinori-eto]
name: Akinori Eto
alias: Eto Akinori
country: JPN
role: 2014-09-03 .. 2014-12-24 | JPNGOV | Minister of Defense | defence-minister

[person tomomi-inada]
name: Tomomi Inada
alias: Inada Tomomi
short: Inada
country: JPN
role: 2016-08-03 .. 2017-07-28 | JPNGOV | Minister of Defense | defence-minister

[person nobuo-kishi]
name: Nobuo Kishi
alias: Kishi Nobuo
country: JPN
role: 2020-09-16 .. 2022-08-10 | JPNGOV | Minister of Defense | defence-minister

[person minoru-kihara]
name: Minoru Kihara
alias: Kihara Minoru
short: Kihara
country: JPN
role: 2023-09-13 .. 2024-10-01 | JPNGOV | Minister of Defense | defence-minister
role: 2025-10-21 .. present | JPNGOV | Chief Cabinet Secretary | minister

[person shinjiro-koizumi]
name: Shinjiro Koizumi
alias: Koizumi Shinjiro
country: JPN
role: 2019-09-11 .. 2021-10-04 | JPNGOV | Minister of the Environment | minister
role: 2025-05-21 .. 2025-10-21 | JPNGOV | Minister of Agriculture, Forestry and Fisheries | minister
role: 2025-10-21 .. present | JPNGOV | Minister of Defense | defence-minister

# Chief cabinet secretaries (the government's spokesman) not listed above.
[person hiroyuki-hosoda]
name: Hiroyuki Hosoda
alias: Hosoda Hiroyuki
country: JPN
role: 2004-05-07 .. 2005-10-31 | JPNGOV | Chief Cabinet Secretary | minister

[person yasuhisa-shiozaki]
name: Yasuhisa Shiozaki
alias: Shiozaki Yasuhisa
country: JPN
role: 2006-09-26 .. 2007-08-27 | JPNGOV | Chief Cabinet Secretary | minister

[person takeo-kawamura]
name: Takeo Kawamura
alias: Kawamura Takeo
country: JPN
role: 2008-09-24 .. 2009-09-16 | JPNGOV | Chief Cabinet Secretary | minister

[person hirofumi-hirano]
name: Hirofumi Hirano
alias: Hirano Hirofumi
country: JPN
role: 2009-09-16 .. 2010-06-08 | JPNGOV | Chief Cabinet Secretary | minister

[person yoshito-sengoku]
name: Yoshito Sengoku
alias: Sengoku Yoshito
short: Sengoku
country: JPN
role: 2010-06-08 .. 2011-01-14 | JPNGOV | Chief Cabinet Secretary | minister

[person yukio-edano]
name: Yukio Edano
alias: Edano Yukio
short: Edano
country: JPN
role: 2011-01-14 .. 2011-09-02 | JPNGOV | Chief Cabinet Secretary | minister
role: 2017-10 .. 2021-11-30 | JPNOPP | Leader of the opposition Constitutional Democratic Party | opposition-leader

[person osamu-fujimura]
name: Osamu Fujimura
alias: Fujimura Osamu
country: JPN
role: 2011-09-02 .. 2012-12-26 | JPNGOV | Chief Cabinet Secretary | minister

[person katsunobu-kato]
name: Katsunobu Kato
alias: Kato Katsunobu
country: JPN
role: 2020-09-16 .. 2021-10-04 | JPNGOV | Chief Cabinet Secretary | minister
role: 2024-10-01 .. 2025-10-21 | JPNGOV | Minister of Finance | finance-minister

[person hirokazu-matsuno]
name: Hirokazu Matsuno
alias: Matsuno Hirokazu
country: JPN
role: 2021-10-04 .. 2023-12-14 | JPNGOV | Chief Cabinet Secretary | minister

# ---------------------------------------------------------------------------------------------------------------
# India (IND)
# ---------------------------------------------------------------------------------------------------------------

[person k-r-narayanan]
name: K. R. Narayanan
alias: Kocheril Raman Narayanan | K.R. Narayanan
country: IND
role: 1997-07-25 .. 2002-07-25 | INDGOV | President of India | head-of-state

[person apj-abdul-kalam]
name: A. P. J. Abdul Kalam
alias: APJ Abdul Kalam | A.P.J. Abdul Kalam | Abdul Kalam
short: Kalam
country: IND
role: 2002-07-25 .. 2007-07-25 | INDGOV | President of India | head-of-state

[person pratibha-patil]
name: Pratibha Patil
alias: Pratibha Devisingh Patil
country: IND
role: 2007-07-25 .. 2012-07-25 | INDGOV | President of India | head-of-state

[person pranab-mukherjee]
name: Pranab Mukherjee
country: IND
role: 2004-05-22 .. 2006-10-24 | INDGOV | Minister of Defence | defence-minister
role: 2006-10-24 .. 2009-05-22 | INDGOV | Minister of External Affairs | foreign-minister
role: 2009-05-22 .. 2012-06-26 | INDGOV | Minister of Finance | finance-minister
role: 2012-07-25 .. 2017-07-25 | INDGOV | President of India | head-of-state

[person ram-nath-kovind]
name: Ram Nath Kovind
short: Kovind
country: IND
role: 2017-07-25 .. 2022-07-25 | INDGOV | President of India | head-of-state

[person droupadi-murmu]
name: Droupadi Murmu
alias: Draupadi Murmu
short: Murmu
country: IND
born: 1958-06-20
role: 2022-07-25 .. present | INDGOV | President of India | head-of-state

[person atal-bihari-vajpayee]
name: Atal Bihari Vajpayee
alias: A. B. Vajpayee
short: Vajpayee
country: IND
role: 1998-03-19 .. 2004-05-22 | INDGOV | Prime Minister of India | head-of-government

[person manmohan-singh]
name: Manmohan Singh
country: IND
born: 1932-09-26
role: 2004-05-22 .. 2014-05-26 | INDGOV | Prime Minister of India | head-of-government

[person narendra-modi]
name: Narendra Modi
alias: Narendra Damodardas Modi
short: Modi
country: IND
born: 1950-09-17
role: 2014-05-26 .. present | INDGOV | Prime Minister of India | head-of-government

# External affairs ministers.
[person jaswant-singh]
name: Jaswant Singh
country: IND
role: 1998-12-05 .. 2002-07-01 | INDGOV | Minister of External Affairs | foreign-minister
role: 2001-03-16 .. 2001-10 | INDGOV | Minister of Defence (additional charge) | defence-minister
role: 2002-07-01 .. 2004-05-22 | INDGOV | Minister of Finance | finance-minister

[person yashwant-sinha]
name: Yashwant Sinha
country: IND
role: 1998-03-19 .. 2002-07-01 | INDGOV | Minister of Finance | finance-minister
role: 2002-07-01 .. 2004-05-22 | INDGOV | Minister of External Affairs | foreign-minister

[person natwar-singh]
name: Natwar Singh
alias: K. Natwar Singh
country: IND
role: 2004-05-22 .. 2005-11-06 | INDGOV | Minister of External Affairs | foreign-minister

[person s-m-krishna]
name: S. M. Krishna
alias: S.M. Krishna | Somanahalli Mallaiah Krishna
country: IND
role: 2009-05-22 .. 2012-10-28 | INDGOV | Minister of External Affairs | foreign-minister

[person salman-khurshid]
name: Salman Khurshid
short: Khurshid
country: IND
role: 2012-10-28 .. 2014-05-26 | INDGOV | Minister of External Affairs | foreign-minister

[person sushma-swaraj]
name: Sushma Swaraj
short: Swaraj
country: IND
role: 2014-05-26 .. 2019-05-31 | INDGOV | Minister of External Affairs | foreign-minister

[person s-jaishankar]
name: S. Jaishankar
alias: Subrahmanyam Jaishankar | S Jaishankar
short: Jaishankar
country: IND
role: 2015-01 .. 2018-01 | INDGOV | Foreign Secretary of India | other
role: 2019-05-31 .. present | INDGOV | Minister of External Affairs | foreign-minister

# Defence ministers.
[person george-fernandes]
name: George Fernandes
short: Fernandes
country: IND
role: 1998-03-19 .. 2001-03-16 | INDGOV | Minister of Defence | defence-minister
role: 2001-10 .. 2004-05-22 | INDGOV | Minister of Defence | defence-minister

[person a-k-antony]
name: A. K. Antony
alias: A.K. Antony
country: IND
role: 2006-10-24 .. 2014-05-26 | INDGOV | Minister of Defence | defence-minister

[person arun-jaitley]
name: Arun Jaitley
short: Jaitley
country: IND
role: 2014-05-26 .. 2019-05-31 | INDGOV | Minister of Finance | finance-minister
role: 2014-05-26 .. 2014-11-09 | INDGOV | Minister of Defence | defence-minister
role: 2017-03-14 .. 2017-09-03 | INDGOV | Minister of Defence | defence-minister

[person manohar-parrikar]
name: Manohar Parrikar
short: Parrikar
country: IND
role: 2014-11-09 .. 2017-03-14 | INDGOV | Minister of Defence | defence-minister

[person nirmala-sitharaman]
name: Nirmala Sitharaman
short: Sitharaman
country: IND
role: 2017-09-03 .. 2019-05-31 | INDGOV | Minister of Defence | defence-minister
role: 2019-05-31 .. present | INDGOV | Minister of Finance | finance-minister

[person rajnath-singh]
name: Rajnath Singh
country: IND
role: 2014-05-26 .. 2019-05-31 | INDGOV | Minister of Home Affairs | interior-minister
role: 2019-05-31 .. present | INDGOV | Minister of Defence | defence-minister

# Other figures.
[person amit-shah]
name: Amit Shah
country: IND
role: 2019-05-31 .. present | INDGOV | Minister of Home Affairs | interior-minister

[person ajit-doval]
name: Ajit Doval
short: Doval
country: IND
role: 2014-05-30 .. present | INDGOV | National Security Adviser | other

[person rahul-gandhi]
name: Rahul Gandhi
country: IND
role: 2017-12-16 .. 2019-07-03 | INDOPP | President of the Indian National Congress | party-leader
role: 2024-06-09 .. present | INDOPP | Leader of the Opposition in the Lok Sabha | opposition-leader

[person hamid-ansari]
name: Hamid Ansari
alias: Mohammad Hamid Ansari
country: IND
role: 2007-08-11 .. 2017-08-11 | INDGOV | Vice President of India | other

[person venkaiah-naidu]
name: Venkaiah Naidu
alias: M. Venkaiah Naidu
country: IND
role: 2017-08-11 .. 2022-08-11 | INDGOV | Vice President of India | other

[person jagdeep-dhankhar]
name: Jagdeep Dhankhar
short: Dhankhar
country: IND
role: 2022-08-11 .. 2025-07-21 | INDGOV | Vice President of India | other

[person c-p-radhakrishnan]
name: C. P. Radhakrishnan
alias: C.P. Radhakrishnan
country: IND
role: 2025-09-12 .. present | INDGOV | Vice President of India | other

# ---------------------------------------------------------------------------------------------------------------
# Indonesia (IDN)
# ---------------------------------------------------------------------------------------------------------------

[person abdurrahman-wahid]
name: Abdurrahman Wahid
alias: Gus Dur
short: Wahid
country: IDN
role: 1999-10-20 .. 2001-07-23 | IDNGOV | President of Indonesia | head-of-state, head-of-government

[person megawati-sukarnoputri]
name: Megawati Sukarnoputri
alias: Megawati Soekarnoputri
short: Megawati
country: IDN
born: 1947-01-23
role: 1999-10-21 .. 2001-07-23 | IDNGOV | Vice President of Indonesia | other
role: 2001-07-23 .. 2004-10-20 | IDNGOV | President of Indonesia | head-of-state, head-of-government

[person susilo-bambang-yudhoyono]
name: Susilo Bambang Yudhoyono
alias: SBY
short: Yudhoyono
country: IDN
born: 1949-09-09
role: 2001-08-10 .. 2004-03-11 | IDNGOV | Coordinating Minister for Political and Security Affairs | minister
role: 2004-10-20 .. 2014-10-20 | IDNGOV | President of Indonesia | head-of-state, head-of-government

[person joko-widodo]
name: Joko Widodo
alias: Jokowi
short: Widodo
country: IDN
born: 1961-06-21
role: 2014-10-20 .. 2024-10-20 | IDNGOV | President of Indonesia | head-of-state, head-of-government

# Defence minister under Joko Widodo from 2019, president from 2024.
[person prabowo-subianto]
name: Prabowo Subianto
alias: Prabowo Subianto Djojohadikusumo
short: Prabowo
country: IDN
born: 1951-10-17
role: 2019-10-23 .. 2024-10-20 | IDNGOV | Minister of Defence | defence-minister
role: 2024-10-20 .. present | IDNGOV | President of Indonesia | head-of-state, head-of-government

[person hamzah-haz]
name: Hamzah Haz
country: IDN
role: 2001-07-26 .. 2004-10-20 | IDNGOV | Vice President of Indonesia | other

[person jusuf-kalla]
name: Jusuf Kalla
short: Kalla
country: IDN
role: 2004-10-20 .. 2009-10-20 | IDNGOV | Vice President of Indonesia | other
role: 2014-10-20 .. 2019-10-20 | IDNGOV | Vice President of Indonesia | other

[person boediono]
name: Boediono
country: IDN
role: 2009-10-20 .. 2014-10-20 | IDNGOV | Vice President of Indonesia | other

[person maruf-amin]
name: Ma'ruf Amin
alias: Maruf Amin
country: IDN
role: 2019-10-20 .. 2024-10-20 | IDNGOV | Vice President of Indonesia | other

[person gibran-rakabuming-raka]
name: Gibran Rakabuming Raka
alias: Gibran Rakabuming
short: Gibran
country: IDN
role: 2024-10-20 .. present | IDNGOV | Vice President of Indonesia | other

# Foreign ministers.
[person alwi-shihab]
name: Alwi Shihab
country: IDN
role: 1999-10 .. 2001-07 | IDNGOV | Minister of Foreign Affairs | foreign-minister

[person hassan-wirajuda]
name: Hassan Wirajuda
short: Wirajuda
country: IDN
role: 2001-08-10 .. 2009-10-22 | IDNGOV | Minister of Foreign Affairs | foreign-minister

[person marty-natalegawa]
name: Marty Natalegawa
alias: Raden Mohammad Marty Muliana Natalegawa
short: Natalegawa
country: IDN
role: 2009-10-22 .. 2014-10-20 | IDNGOV | Minister of Foreign Affairs | foreign-minister

[person retno-marsudi]
name: Retno Marsudi
alias: Retno L. P. Marsudi | Retno Lestari Priansari Marsudi
short: Marsudi
country: IDN
role: 2014-10-27 .. 2024-10-20 | IDNGOV | Minister of Foreign Affairs | foreign-minister

[person sugiono]
name: Sugiono
country: IDN
role: 2024-10-21 .. present | IDNGOV | Minister of Foreign Affairs | foreign-minister

# Defence ministers.
[person juwono-sudarsono]
name: Juwono Sudarsono
country: IDN
role: 1999-10 .. 2000-08 | IDNGOV | Minister of Defence | defence-minister
role: 2004-10-21 .. 2009-10-22 | IDNGOV | Minister of Defence | defence-minister

[person mahfud-md]
name: Mahfud MD
alias: Mohammad Mahfud MD | Mahfud Mahmodin
country: IDN
role: 2000-08 .. 2001-07 | IDNGOV | Minister of Defence | defence-minister
role: 2019-10-23 .. 2024-02-01 | IDNGOV | Coordinating Minister for Political, Legal and Security Affairs | minister

[person matori-abdul-djalil]
name: Matori Abdul Djalil
country: IDN
role: 2001-08-10 .. 2004-10-20 | IDNGOV | Minister of Defence | defence-minister

[person purnomo-yusgiantoro]
name: Purnomo Yusgiantoro
country: IDN
role: 2009-10-22 .. 2014-10-20 | IDNGOV | Minister of Defence | defence-minister

[person ryamizard-ryacudu]
name: Ryamizard Ryacudu
country: IDN
role: 2014-10-27 .. 2019-10-23 | IDNGOV | Minister of Defence | defence-minister

[person sjafrie-sjamsoeddin]
name: Sjafrie Sjamsoeddin
alias: Sjafrie Syamsuddin
country: IDN
role: 2024-10-21 .. present | IDNGOV | Minister of Defence | defence-minister

# ---------------------------------------------------------------------------------------------------------------
# Pakistan (PAK)
# ---------------------------------------------------------------------------------------------------------------

[person muhammad-rafiq-tarar]
name: Muhammad Rafiq Tarar
alias: Rafiq Tarar
country: PAK
role: 1998-01-01 .. 2001-06-20 | PAKGOV | President of Pakistan | head-of-state

# Seized power on 1999-10-12 as chief executive; president from 2001-06-20; army chief until 2007-11-28.
[person pervez-musharraf]
name: Pervez Musharraf
alias: Parvez Musharraf
short: Musharraf
country: PAK
born: 1943-08-11
role: 1998-10-07 .. 2007-11-28 | PAKMIL | Chief of Army Staff | military-chief
role: 1999-10-12 .. 2002-11-23 | PAKGOV | Chief Executive of Pakistan | head-of-government
role: 2001-06-20 .. 2008-08-18 | PAKGOV | President of Pakistan | head-of-state

[person asif-ali-zardari]
name: Asif Ali Zardari
alias: Asif Zardari
short: Zardari
country: PAK
born: 1955-07-26
role: 2008-09-09 .. 2013-09-09 | PAKGOV | President of Pakistan | head-of-state
role: 2024-03-10 .. present | PAKGOV | President of Pakistan | head-of-state

[person mamnoon-hussain]
name: Mamnoon Hussain
country: PAK
role: 2013-09-09 .. 2018-09-09 | PAKGOV | President of Pakistan | head-of-state

[person arif-alvi]
name: Arif Alvi
short: Alvi
country: PAK
role: 2018-09-09 .. 2024-03-10 | PAKGOV | President of Pakistan | head-of-state

# Prime ministers, including caretakers who served more than two months.
[person zafarullah-khan-jamali]
name: Zafarullah Khan Jamali
alias: Mir Zafarullah Khan Jamali | Zafarullah Jamali
short: Jamali
country: PAK
role: 2002-11-23 .. 2004-06-26 | PAKGOV | Prime Minister of Pakistan | head-of-government

[person shaukat-aziz]
name: Shaukat Aziz
country: PAK
role: 1999-11 .. 2007-11-16 | PAKGOV | Minister of Finance | finance-minister
role: 2004-08-28 .. 2007-11-16 | PAKGOV | Prime Minister of Pakistan | head-of-government

[person muhammad-mian-soomro]
name: Muhammad Mian Soomro
alias: Mian Soomro
country: PAK
role: 2007-11-16 .. 2008-03-25 | PAKGOV | Caretaker Prime Minister of Pakistan | head-of-government

[person yousaf-raza-gillani]
name: Yousaf Raza Gillani
alias: Yousuf Raza Gilani | Yousaf Raza Gilani
short: Gillani
country: PAK
role: 2008-03-25 .. 2012-06-19 | PAKGOV | Prime Minister of Pakistan | head-of-government
role: 2024-04-09 .. present | PAKLEG | Chairman of the Senate of Pakistan | legislature-speaker

[person raja-pervaiz-ashraf]
name: Raja Pervaiz Ashraf
alias: Raja Pervez Ashraf
country: PAK
role: 2012-06-22 .. 2013-03-25 | PAKGOV | Prime Minister of Pakistan | head-of-government
role: 2022-04-16 .. 2024-02-29 | PAKLEG | Speaker of the National Assembly | legislature-speaker

[person mir-hazar-khan-khoso]
name: Mir Hazar Khan Khoso
alias: Hazar Khan Khoso
country: PAK
role: 2013-03-25 .. 2013-06-05 | PAKGOV | Caretaker Prime Minister of Pakistan | head-of-government

[person nawaz-sharif]
name: Nawaz Sharif
alias: Mian Muhammad Nawaz Sharif | Muhammad Nawaz Sharif
country: PAK
born: 1949-12-25
role: 2013-06-05 .. 2017-07-28 | PAKGOV | Prime Minister of Pakistan | head-of-government

[person shahid-khaqan-abbasi]
name: Shahid Khaqan Abbasi
short: Abbasi
country: PAK
role: 2017-08-01 .. 2018-05-31 | PAKGOV | Prime Minister of Pakistan | head-of-government

[person nasirul-mulk]
name: Nasirul Mulk
country: PAK
role: 2018-06-01 .. 2018-08-18 | PAKGOV | Caretaker Prime Minister of Pakistan | head-of-government

[person imran-khan]
name: Imran Khan
alias: Imran Ahmed Khan Niazi
country: PAK
born: 1952-10-05
role: 2018-08-18 .. 2022-04-10 | PAKGOV | Prime Minister of Pakistan | head-of-government
role: 2022-04-10 .. 2023-12 | PAKOPP | Chairman of Pakistan Tehreek-e-Insaf (opposition) | opposition-leader

[person shehbaz-sharif]
name: Shehbaz Sharif
alias: Shahbaz Sharif | Mian Muhammad Shehbaz Sharif
country: PAK
born: 1951-09-23
role: 2018-08-20 .. 2022-04-10 | PAKOPP | Leader of the Opposition in the National Assembly | opposition-leader
role: 2022-04-11 .. 2023-08-14 | PAKGOV | Prime Minister of Pakistan | head-of-government
role: 2024-03-04 .. present | PAKGOV | Prime Minister of Pakistan | head-of-government

[person anwaar-ul-haq-kakar]
name: Anwaar-ul-Haq Kakar
alias: Anwar-ul-Haq Kakar | Anwaarul Haq Kakar
short: Kakar
country: PAK
role: 2023-08-14 .. 2024-03-04 | PAKGOV | Caretaker Prime Minister of Pakistan | head-of-government

# Foreign ministers (Nawaz Sharif kept the portfolio in 2013-2017; Sartaj Aziz ran it as adviser).
[person abdul-sattar]
name: Abdul Sattar
country: PAK
role: 1999-11-06 .. 2002-06-14 | PAKGOV | Minister of Foreign Affairs | foreign-minister

[person khurshid-mahmud-kasuri]
name: Khurshid Mahmud Kasuri
alias: Khurshid Kasuri | Khurshid Mehmood Kasuri
short: Kasuri
country: PAK
role: 2002-11-23 .. 2007-11-15 | PAKGOV | Minister of Foreign Affairs | foreign-minister

[person inam-ul-haq]
name: Inam-ul-Haq
alias: Inamul Haq
country: PAK
role: 2007-11-16 .. 2008-03-31 | PAKGOV | Caretaker Minister of Foreign Affairs | foreign-minister

[person shah-mahmood-qureshi]
name: Shah Mahmood Qureshi
alias: Shah Mehmood Qureshi
short: Qureshi
country: PAK
role: 2008-03-31 .. 2011-02-09 | PAKGOV | Minister of Foreign Affairs | foreign-minister
role: 2018-08-20 .. 2022-04-10 | PAKGOV | Minister of Foreign Affairs | foreign-minister

[person hina-rabbani-khar]
name: Hina Rabbani Khar
alias: Hina Khar
country: PAK
role: 2011-07-19 .. 2013-03-16 | PAKGOV | Minister of Foreign Affairs | foreign-minister

[person sartaj-aziz]
name: Sartaj Aziz
country: PAK
role: 2013-06 .. 2017-07-28 | PAKGOV | Adviser to the Prime Minister on Foreign Affairs | foreign-minister

[person khawaja-muhammad-asif]
name: Khawaja Muhammad Asif
alias: Khawaja Asif
country: PAK
role: 2013-11 .. 2017-07-28 | PAKGOV | Minister of Defence | defence-minister
role: 2017-08-04 .. 2018-04-26 | PAKGOV | Minister of Foreign Affairs | foreign-minister
role: 2022-04-19 .. 2023-08-14 | PAKGOV | Minister of Defence | defence-minister
role: 2024-03-11 .. present | PAKGOV | Minister of Defence | defence-minister

[person bilawal-bhutto-zardari]
name: Bilawal Bhutto Zardari
alias: Bilawal Bhutto
short: Bilawal
country: PAK
born: 1988-09-21
role: 2022-04-27 .. 2023-08-10 | PAKGOV | Minister of Foreign Affairs | foreign-minister

[person jalil-abbas-jilani]
name: Jalil Abbas Jilani
country: PAK
role: 2023-08-17 .. 2024-03-04 | PAKGOV | Caretaker Minister of Foreign Affairs | foreign-minister

[person ishaq-dar]
name: Ishaq Dar
alias: Mohammad Ishaq Dar
country: PAK
role: 2013-06-07 .. 2017-10 | PAKGOV | Minister of Finance | finance-minister
role: 2022-09-28 .. 2023-08-10 | PAKGOV | Minister of Finance | finance-minister
role: 2024-03-11 .. present | PAKGOV | Minister of Foreign Affairs | foreign-minister
role: 2024-04-28 .. present | PAKGOV | Deputy Prime Minister of Pakistan | deputy-head-of-government

# Defence ministers.
[person rao-sikandar-iqbal]
name: Rao Sikandar Iqbal
country: PAK
role: 2002-11-23 .. 2007-11-15 | PAKGOV | Minister of Defence | defence-minister

[person chaudhry-ahmad-mukhtar]
name: Chaudhry Ahmad Mukhtar
alias: Ahmad Mukhtar | Ahmed Mukhtar
country: PAK
role: 2008-03-31 .. 2012-06 | PAKGOV | Minister of Defence | defence-minister

[person naveed-qamar]
name: Naveed Qamar
alias: Syed Naveed Qamar
country: PAK
role: 2012-06 .. 2013-03 | PAKGOV | Minister of Defence | defence-minister

[person khurram-dastgir-khan]
name: Khurram Dastgir Khan
alias: Khurram Dastgir
country: PAK
role: 2017-08-04 .. 2018-05-31 | PAKGOV | Minister of Defence | defence-minister

[person pervez-khattak]
name: Pervez Khattak
country: PAK
role: 2018-08-20 .. 2022-04-10 | PAKGOV | Minister of Defence | defence-minister

# Army chiefs and intelligence chiefs.
[person ashfaq-parvez-kayani]
name: Ashfaq Parvez Kayani
alias: Ashfaq Pervez Kayani | Ashfaq Kayani
short: Kayani
country: PAK
role: 2004-10 .. 2007-10 | PAKSPY | Director General of Inter-Services Intelligence | intelligence-chief
role: 2007-11-28 .. 2013-11-29 | PAKMIL | Chief of Army Staff | military-chief

[person raheel-sharif]
name: Raheel Sharif
country: PAK
role: 2013-11-29 .. 2016-11-29 | PAKMIL | Chief of Army Staff | military-chief

[person qamar-javed-bajwa]
name: Qamar Javed Bajwa
alias: Qamar Bajwa
short: Bajwa
country: PAK
role: 2016-11-29 .. 2022-11-29 | PAKMIL | Chief of Army Staff | military-chief

# Promoted field marshal on 2025-05-20.
[person asim-munir]
name: Asim Munir
alias: Syed Asim Munir | Field Marshal Asim Munir
short: Munir
country: PAK
role: 2018-10-25 .. 2019-06-16 | PAKSPY | Director General of Inter-Services Intelligence | intelligence-chief
role: 2022-11-29 .. present | PAKMIL | Chief of Army Staff | military-chief

[person ahmad-shuja-pasha]
name: Ahmad Shuja Pasha
alias: Ahmed Shuja Pasha | Shuja Pasha
country: PAK
role: 2008-10 .. 2012-03 | PAKSPY | Director General of Inter-Services Intelligence | intelligence-chief

[person zaheer-ul-islam]
name: Zaheer-ul-Islam
alias: Zaheerul Islam
country: PAK
role: 2012-03 .. 2014-11 | PAKSPY | Director General of Inter-Services Intelligence | intelligence-chief

[person rizwan-akhtar]
name: Rizwan Akhtar
country: PAK
role: 2014-11 .. 2016-12 | PAKSPY | Director General of Inter-Services Intelligence | intelligence-chief

[person naveed-mukhtar]
name: Naveed Mukhtar
country: PAK
role: 2016-12 .. 2018-10 | PAKSPY | Director General of Inter-Services Intelligence | intelligence-chief

[person faiz-hameed]
name: Faiz Hameed
alias: Faiz Hamid
country: PAK
role: 2019-06-16 .. 2021-11-20 | PAKSPY | Director General of Inter-Services Intelligence | intelligence-chief

[person nadeem-anjum]
name: Nadeem Anjum
alias: Nadeem Ahmed Anjum
country: PAK
role: 2021-11-20 .. 2024-09-30 | PAKSPY | Director General of Inter-Services Intelligence | intelligence-chief

[person asim-malik]
name: Asim Malik
alias: Muhammad Asim Malik
country: PAK
role: 2024-09-30 .. present | PAKSPY | Director General of Inter-Services Intelligence | intelligence-chief

# ---------------------------------------------------------------------------------------------------------------
# Afghanistan (AFG)
# ---------------------------------------------------------------------------------------------------------------
# In 2000-2001 two authorities claimed the state: the Taliban's Islamic Emirate held Kabul and most of the country,
# while Burhanuddin Rabbani's Islamic State kept the UN seat. Both are coded AFGGOV for that period. From late 2001
# to 2021-08-15 the Taliban were an insurgency (AFGREB); they have been the government again since 2021-08-15.

[person mohammad-omar]
name: Mohammad Omar
alias: Mullah Omar | Mullah Mohammad Omar | Mohammed Omar
country: AFG
role: 1996-09-27 .. 2001-11-13 | AFGGOV | Leader of the Taliban Islamic Emirate of Afghanistan | head-of-state
role: 2001-11-13 .. 2013-04-23 | AFGREB | Leader of the Taliban | rebel-leader

[person burhanuddin-rabbani]
name: Burhanuddin Rabbani
country: AFG
role: 1992-06-28 .. 2001-12-22 | AFGGOV | President of the Islamic State of Afghanistan (UN-recognised) | head-of-state
role: 2010-10 .. 2011-09-20 | AFGGOV | Chairman of the High Peace Council | other

[person mohammad-rabbani-taliban]
name: Mohammad Rabbani
alias: Mullah Mohammad Rabbani | Mullah Rabbani
country: AFG
role: 1996-09-27 .. 2001-04-16 | AFGGOV | Chairman of the Taliban Council of Ministers | head-of-government

[person abdul-kabir-taliban]
name: Abdul Kabir
alias: Mullah Abdul Kabir
country: AFG
role: 2001-04 .. 2001-11-13 | AFGGOV | Acting Chairman of the Taliban Council of Ministers | head-of-government

[person wakil-ahmed-muttawakil]
name: Wakil Ahmed Muttawakil
alias: Wakil Ahmad Muttawakil | Wakil Ahmad Mutawakil
country: AFG
role: 1999 .. 2001-11-13 | AFGGOV | Taliban Minister of Foreign Affairs | foreign-minister

[person obaidullah-akhund]
name: Obaidullah Akhund
alias: Mullah Obaidullah | Mullah Obaidullah Akhund
country: AFG
role: 1996-09-27 .. 2001-11-13 | AFGGOV | Taliban Minister of Defence | defence-minister

[person hamid-karzai]
name: Hamid Karzai
short: Karzai
country: AFG
born: 1957-12-24
role: 2001-12-22 .. 2002-06-19 | AFGGOV | Chairman of the Afghan Interim Administration | head-of-state, head-of-government
role: 2002-06-19 .. 2014-09-29 | AFGGOV | President of Afghanistan (of the transitional administration until 2004-12-07) | head-of-state, head-of-government

[person ashraf-ghani]
name: Ashraf Ghani
alias: Ashraf Ghani Ahmadzai | Mohammad Ashraf Ghani
short: Ghani
country: AFG
born: 1949-05-19
role: 2014-09-29 .. 2021-08-15 | AFGGOV | President of Afghanistan | head-of-state, head-of-government

[person abdullah-abdullah]
name: Abdullah Abdullah
country: AFG
role: 2001-12-22 .. 2006-03-20 | AFGGOV | Minister of Foreign Affairs | foreign-minister
role: 2014-09-29 .. 2020-03-11 | AFGGOV | Chief Executive of Afghanistan | other
role: 2020-05-17 .. 2021-08-15 | AFGGOV | Chairman of the High Council for National Reconciliation | envoy

[person rangin-dadfar-spanta]
name: Rangin Dadfar Spanta
alias: Rangin Spanta
short: Spanta
country: AFG
role: 2006-04-20 .. 2010-01 | AFGGOV | Minister of Foreign Affairs | foreign-minister

[person zalmai-rassoul]
name: Zalmai Rassoul
alias: Zalmay Rasul | Zalmai Rasoul
country: AFG
role: 2010-01 .. 2013-10 | AFGGOV | Minister of Foreign Affairs | foreign-minister

[person zarar-ahmad-osmani]
name: Zarar Ahmad Osmani
alias: Zarar Ahmad Moqbel Osmani | Zarar Ahmad Muqbil
country: AFG
role: 2013-10 .. 2015-01-28 | AFGGOV | Acting Minister of Foreign Affairs | foreign-minister

[person salahuddin-rabbani]
name: Salahuddin Rabbani
alias: Salahuddin Rabani
country: AFG
role: 2015-01-28 .. 2019-01 | AFGGOV | Minister of Foreign Affairs | foreign-minister

[person hanif-atmar]
name: Mohammad Hanif Atmar
alias: Hanif Atmar | Haneef Atmar
short: Atmar
country: AFG
role: 2014-09 .. 2018-08 | AFGGOV | National Security Adviser | other
role: 2020-03 .. 2021-08-15 | AFGGOV | Acting Minister of Foreign Affairs | foreign-minister

[person mohammed-fahim]
name: Mohammed Fahim
alias: Mohammad Qasim Fahim | Marshal Fahim | Qasim Fahim
country: AFG
role: 2001-12-22 .. 2004-12-23 | AFGGOV | Minister of Defence | defence-minister
role: 2009-11-19 .. 2014-03-09 | AFGGOV | First Vice President of Afghanistan | other

[person abdul-rahim-wardak]
name: Abdul Rahim Wardak
alias: Rahim Wardak
country: AFG
role: 2004-12-23 .. 2012-08-07 | AFGGOV | Minister of Defence | defence-minister

[person bismillah-khan-mohammadi]
name: Bismillah Khan Mohammadi
alias: Bismillah Mohammadi | Bismillah Khan
country: AFG
role: 2012-09 .. 2015-01 | AFGGOV | Minister of Defence | defence-minister
role: 2021-06 .. 2021-08-15 | AFGGOV | Minister of Defence | defence-minister

[person masoom-stanekzai]
name: Mohammad Masoom Stanekzai
alias: Masoom Stanekzai | Masum Stanekzai
country: AFG
role: 2015-05 .. 2017-04-24 | AFGGOV | Acting Minister of Defence | defence-minister
role: 2017-04 .. 2019-09 | AFGSPY | Director of the National Directorate of Security | intelligence-chief

[person tariq-shah-bahrami]
name: Tariq Shah Bahrami
country: AFG
role: 2017-06 .. 2018-12-23 | AFGGOV | Minister of Defence | defence-minister

[person asadullah-khalid]
name: Asadullah Khalid
country: AFG
role: 2018-12-23 .. 2020 | AFGGOV | Minister of Defence | defence-minister

# The Taliban: insurgent leadership (AFGREB) until 2021-08-15, the government (AFGGOV) since.
[person akhtar-mansour]
name: Akhtar Mohammad Mansour
alias: Mullah Akhtar Mansour | Akhtar Mansour | Mullah Mansour
country: AFG
role: 2015-07-29 .. 2016-05-21 | AFGREB | Leader of the Taliban | rebel-leader

[person hibatullah-akhundzada]
name: Hibatullah Akhundzada
alias: Haibatullah Akhundzada | Mullah Hibatullah | Hebatullah Akhundzada
short: Akhundzada
country: AFG
role: 2016-05-25 .. 2021-08-15 | AFGREB | Leader of the Taliban | rebel-leader
role: 2021-08-15 .. present | AFGGOV | Supreme Leader of the Islamic Emirate of Afghanistan | head-of-state

[person mohammad-hasan-akhund]
name: Mohammad Hasan Akhund
alias: Mullah Mohammad Hassan Akhund | Hasan Akhund | Mohammad Hassan Akhund
country: AFG
role: 2021-09-07 .. present | AFGGOV | Acting Prime Minister of the Islamic Emirate of Afghanistan | head-of-government

[person abdul-ghani-baradar]
name: Abdul Ghani Baradar
alias: Mullah Baradar | Mullah Abdul Ghani Baradar
short: Baradar
country: AFG
role: 2019-01 .. 2021-08-15 | AFGREB | Head of the Taliban political office in Doha | envoy
role: 2021-09-07 .. present | AFGGOV | Deputy Prime Minister of the Islamic Emirate of Afghanistan | deputy-head-of-government

[person sirajuddin-haqqani]
name: Sirajuddin Haqqani
alias: Siraj Haqqani
country: AFG
role: 2015-07 .. 2021-08-15 | AFGREB | Deputy leader of the Taliban; head of the Haqqani network | rebel-leader
role: 2021-09-07 .. present | AFGGOV | Minister of Interior of the Islamic Emirate of Afghanistan | interior-minister

[person amir-khan-muttaqi]
name: Amir Khan Muttaqi
alias: Amir Khan Motaqi | Amir Khan Mutaqi
short: Muttaqi
country: AFG
role: 2021-09-07 .. present | AFGGOV | Minister of Foreign Affairs of the Islamic Emirate of Afghanistan | foreign-minister

[person mohammad-yaqoob]
name: Mohammad Yaqoob
alias: Mullah Yaqoob | Mullah Mohammad Yaqoob | Mohammad Yaqub Mujahid
country: AFG
role: 2021-09-07 .. present | AFGGOV | Minister of Defence of the Islamic Emirate of Afghanistan | defence-minister

# ---------------------------------------------------------------------------------------------------------------
# Bangladesh (BGD)
# ---------------------------------------------------------------------------------------------------------------
# The prime minister held the defence portfolio throughout; after 2024-08 the chief adviser of the interim
# government did the same.

[person shahabuddin-ahmed]
name: Shahabuddin Ahmed
country: BGD
role: 1996-10-09 .. 2001-11-14 | BGDGOV | President of Bangladesh | head-of-state

[person badruddoza-chowdhury]
name: A. Q. M. Badruddoza Chowdhury
alias: Badruddoza Chowdhury | B. Chowdhury
country: BGD
role: 2001-11-14 .. 2002-06-21 | BGDGOV | President of Bangladesh | head-of-state

[person iajuddin-ahmed]
name: Iajuddin Ahmed
alias: Iajuddin Ahmmed
country: BGD
role: 2002-09-06 .. 2009-02-12 | BGDGOV | President of Bangladesh | head-of-state
role: 2006-10-29 .. 2007-01-11 | BGDGOV | Chief Adviser of the caretaker government | head-of-government

[person zillur-rahman]
name: Zillur Rahman
country: BGD
role: 2009-02-12 .. 2013-03-20 | BGDGOV | President of Bangladesh | head-of-state

[person abdul-hamid]
name: Abdul Hamid
alias: Md. Abdul Hamid | Mohammad Abdul Hamid
country: BGD
role: 2013-03-14 .. 2023-04-24 | BGDGOV | President of Bangladesh (acting until 2013-04-24) | head-of-state

[person mohammed-shahabuddin]
name: Mohammed Shahabuddin
alias: Mohammed Shahabuddin Chuppu | Md. Shahabuddin
country: BGD
role: 2023-04-24 .. present | BGDGOV | President of Bangladesh | head-of-state

[person sheikh-hasina]
name: Sheikh Hasina
alias: Sheikh Hasina Wazed | Hasina Wazed
short: Hasina
country: BGD
born: 1947-09-28
role: 1996-06-23 .. 2001-07-15 | BGDGOV | Prime Minister of Bangladesh | head-of-government
role: 2009-01-06 .. 2024-08-05 | BGDGOV | Prime Minister of Bangladesh | head-of-government
role: 2009-01-06 .. 2024-08-05 | BGDGOV | Minister of Defence (held by the prime minister) | defence-minister

[person latifur-rahman]
name: Latifur Rahman
country: BGD
role: 2001-07-15 .. 2001-10-10 | BGDGOV | Chief Adviser of the caretaker government | head-of-government

[person khaleda-zia]
name: Khaleda Zia
alias: Begum Khaleda Zia
country: BGD
role: 2001-10-10 .. 2006-10-29 | BGDGOV | Prime Minister of Bangladesh | head-of-government
role: 2001-10-10 .. 2006-10-29 | BGDGOV | Minister of Defence (held by the prime minister) | defence-minister

[person fakhruddin-ahmed]
name: Fakhruddin Ahmed
country: BGD
role: 2007-01-12 .. 2009-01-06 | BGDGOV | Chief Adviser of the caretaker government | head-of-government

[person muhammad-yunus]
name: Muhammad Yunus
short: Yunus
country: BGD
born: 1940-06-28
role: 2024-08-08 .. 2026-02-17 | BGDGOV | Chief Adviser of the interim government of Bangladesh | head-of-government

[person tarique-rahman]
name: Tarique Rahman
alias: Tareq Rahman
country: BGD
role: 2018-02-08 .. 2026-02-17 | BGDOPP | Acting Chairman of the Bangladesh Nationalist Party | party-leader
role: 2026-02-17 .. present | BGDGOV | Prime Minister of Bangladesh | head-of-government

# Foreign ministers (and foreign advisers of caretaker and interim governments).
[person abdus-samad-azad]
name: Abdus Samad Azad
country: BGD
role: 1996-06-23 .. 2001-07-15 | BGDGOV | Minister of Foreign Affairs | foreign-minister

[person morshed-khan]
name: Morshed Khan
alias: M. Morshed Khan
country: BGD
role: 2001-10-10 .. 2006-10-29 | BGDGOV | Minister of Foreign Affairs | foreign-minister

[person iftekhar-ahmed-chowdhury]
name: Iftekhar Ahmed Chowdhury
country: BGD
role: 2007-01 .. 2009-01-06 | BGDGOV | Foreign Affairs Adviser of the caretaker government | foreign-minister

[person dipu-moni]
name: Dipu Moni
country: BGD
role: 2009-01-06 .. 2014-01-12 | BGDGOV | Minister of Foreign Affairs | foreign-minister

[person abul-hassan-mahmood-ali]
name: Abul Hassan Mahmood Ali
alias: A. H. Mahmood Ali | AH Mahmood Ali
country: BGD
role: 2014-01-12 .. 2019-01-07 | BGDGOV | Minister of Foreign Affairs | foreign-minister

[person ak-abdul-momen]
name: A. K. Abdul Momen
alias: AK Abdul Momen | Abdul Momen
country: BGD
role: 2019-01-07 .. 2024-01-11 | BGDGOV | Minister of Foreign Affairs | foreign-minister

[person hasan-mahmud]
name: Hasan Mahmud
alias: Muhammad Hasan Mahmud
country: BGD
role: 2024-01-11 .. 2024-08-05 | BGDGOV | Minister of Foreign Affairs | foreign-minister

[person touhid-hossain]
name: Touhid Hossain
alias: Md. Touhid Hossain | Mohammad Touhid Hossain
country: BGD
role: 2024-08-16 .. 2026-02-17 | BGDGOV | Foreign Affairs Adviser of the interim government | foreign-minister

# National security adviser of the interim government; foreign minister in Tarique Rahman's cabinet.
[person khalilur-rahman]
name: Khalilur Rahman
country: BGD
role: 2026-02-17 .. present | BGDGOV | Minister of Foreign Affairs | foreign-minister

# Army chiefs.
[person aziz-ahmed]
name: Aziz Ahmed
country: BGD
role: 2018-06-25 .. 2021-06-24 | BGDMIL | Chief of Army Staff | military-chief

[person sm-shafiuddin-ahmed]
name: S. M. Shafiuddin Ahmed
alias: SM Shafiuddin Ahmed | Shafiuddin Ahmed
country: BGD
role: 2021-06-24 .. 2024-06-23 | BGDMIL | Chief of Army Staff | military-chief

[person waker-uz-zaman]
name: Waker-Uz-Zaman
alias: Wakar-uz-Zaman
country: BGD
role: 2024-06-23 .. present | BGDMIL | Chief of Army Staff | military-chief

# ---------------------------------------------------------------------------------------------------------------
# Sri Lanka (LKA)
# ---------------------------------------------------------------------------------------------------------------
# The executive president is head of state and of government; the prime minister leads the cabinet under him.

[person mahinda-rajapaksa]
name: Mahinda Rajapaksa
alias: Mahinda Rajapakse | Percy Mahendra Rajapaksa
country: LKA
born: 1945-11-18
role: 2004-04-06 .. 2005-11-19 | LKAGOV | Prime Minister of Sri Lanka | head-of-government
role: 2005-11-19 .. 2015-01-09 | LKAGOV | President of Sri Lanka | head-of-state, head-of-government
role: 2018-10-26 .. 2018-12-15 | LKAGOV | Prime Minister of Sri Lanka (appointment disputed) | head-of-government
role: 2019-11-21 .. 2022-05-09 | LKAGOV | Prime Minister of Sri Lanka | head-of-government

[person maithripala-sirisena]
name: Maithripala Sirisena
short: Sirisena
country: LKA
born: 1951-09-03
role: 2015-01-09 .. 2019-11-18 | LKAGOV | President of Sri Lanka | head-of-state, head-of-government

[person gotabaya-rajapaksa]
name: Gotabaya Rajapaksa
alias: Gotabhaya Rajapaksa | Gotabaya Rajapakse
country: LKA
born: 1949-06-20
role: 2005-11 .. 2015-01 | LKAGOV | Secretary to the Ministry of Defence | other
role: 2019-11-18 .. 2022-07-14 | LKAGOV | President of Sri Lanka | head-of-state, head-of-government

[person ranil-wickremesinghe]
name: Ranil Wickremesinghe
alias: Ranil Wickramasinghe
short: Wickremesinghe
country: LKA
born: 1949-03-24
role: 2001-12-09 .. 2004-04-06 | LKAGOV | Prime Minister of Sri Lanka | head-of-government
role: 2015-01-09 .. 2018-10-26 | LKAGOV | Prime Minister of Sri Lanka | head-of-government
role: 2018-12-16 .. 2019-11-21 | LKAGOV | Prime Minister of Sri Lanka | head-of-government
role: 2022-05-12 .. 2022-07-21 | LKAGOV | Prime Minister of Sri Lanka (acting president from 2022-07-15) | head-of-government
role: 2022-07-21 .. 2024-09-23 | LKAGOV | President of Sri Lanka | head-of-state, head-of-government

[person d-m-jayaratne]
name: D. M. Jayaratne
alias: Disanayaka Mudiyanselage Jayaratne
country: LKA
role: 2010-04-21 .. 2015-01-09 | LKAGOV | Prime Minister of Sri Lanka | head-of-government

[person dinesh-gunawardena]
name: Dinesh Gunawardena
alias: Dinesh Gunawardene
country: LKA
role: 2019-11-22 .. 2021-08-16 | LKAGOV | Minister of Foreign Affairs | foreign-minister
role: 2022-07-22 .. 2024-09-23 | LKAGOV | Prime Minister of Sri Lanka | head-of-government

[person anura-kumara-dissanayake]
name: Anura Kumara Dissanayake
alias: Anura Kumara Dissanayaka | Anura Dissanayake
country: LKA
born: 1968-11-24
role: 2024-09-23 .. present | LKAGOV | President of Sri Lanka | head-of-state, head-of-government

[person harini-amarasuriya]
name: Harini Amarasuriya
short: Amarasuriya
country: LKA
role: 2024-09-24 .. present | LKAGOV | Prime Minister of Sri Lanka | head-of-government
role: 2024-09-24 .. 2024-11-18 | LKAGOV | Minister of Foreign Affairs (with the premiership) | foreign-minister

# Foreign ministers not listed above.
[person g-l-peiris]
name: G. L. Peiris
alias: Gamini Lakshman Peiris | G.L. Peiris
country: LKA
role: 2010-04-23 .. 2015-01-12 | LKAGOV | Minister of External Affairs | foreign-minister
role: 2021-08-16 .. 2022-07-22 | LKAGOV | Minister of Foreign Affairs | foreign-minister

[person mangala-samaraweera]
name: Mangala Samaraweera
short: Samaraweera
country: LKA
role: 2005-11-23 .. 2007-02 | LKAGOV | Minister of Foreign Affairs | foreign-minister
role: 2015-01-12 .. 2017-05-22 | LKAGOV | Minister of Foreign Affairs | foreign-minister

[person ravi-karunanayake]
name: Ravi Karunanayake
country: LKA
role: 2017-05-22 .. 2017-08-10 | LKAGOV | Minister of Foreign Affairs | foreign-minister

[person tilak-marapana]
name: Tilak Marapana
country: LKA
role: 2017-08-15 .. 2018-10-26 | LKAGOV | Minister of Foreign Affairs | foreign-minister
role: 2018-12-20 .. 2019-11-21 | LKAGOV | Minister of Foreign Affairs | foreign-minister

[person ali-sabry]
name: Ali Sabry
alias: M. U. M. Ali Sabry
country: LKA
role: 2022-07-22 .. 2024-09-23 | LKAGOV | Minister of Foreign Affairs | foreign-minister

[person vijitha-herath]
name: Vijitha Herath
country: LKA
role: 2024-11-18 .. present | LKAGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Nepal (NPL)
# ---------------------------------------------------------------------------------------------------------------
# Nepal has been a federal republic since 2008; the president is head of state, the prime minister heads the
# government. Nepali politicians are referred to by surname, but Oli and Prachanda (Dahal's nom de guerre) are
# the forms common in news.

[person ram-baran-yadav]
name: Ram Baran Yadav
country: NPL
role: 2008-07-23 .. 2015-10-29 | NPLGOV | President of Nepal | head-of-state

[person bidya-devi-bhandari]
name: Bidya Devi Bhandari
alias: Bidhya Devi Bhandari
country: NPL
role: 2015-10-29 .. 2023-03-13 | NPLGOV | President of Nepal | head-of-state

[person ram-chandra-paudel]
name: Ram Chandra Paudel
alias: Ram Chandra Poudel | Ramchandra Paudel
country: NPL
role: 2023-03-13 .. present | NPLGOV | President of Nepal | head-of-state

[person sushil-koirala]
name: Sushil Koirala
country: NPL
role: 2014-02-11 .. 2015-10-12 | NPLGOV | Prime Minister of Nepal | head-of-government

[person kp-sharma-oli]
name: KP Sharma Oli
alias: K. P. Sharma Oli | Khadga Prasad Sharma Oli | Khadga Prasad Oli | KP Oli
short: Oli
country: NPL
born: 1952-02-22
role: 2015-10-12 .. 2016-08-04 | NPLGOV | Prime Minister of Nepal | head-of-government
role: 2018-02-15 .. 2021-07-13 | NPLGOV | Prime Minister of Nepal | head-of-government
role: 2024-07-15 .. 2025-09-09 | NPLGOV | Prime Minister of Nepal | head-of-government

[person pushpa-kamal-dahal]
name: Pushpa Kamal Dahal
alias: Prachanda | Pushpa Kamal Dahal Prachanda
country: NPL
born: 1954-12-11
role: 2008-08-18 .. 2009-05-25 | NPLGOV | Prime Minister of Nepal | head-of-government
role: 2016-08-04 .. 2017-06-07 | NPLGOV | Prime Minister of Nepal | head-of-government
role: 2022-12-26 .. 2024-07-15 | NPLGOV | Prime Minister of Nepal | head-of-government

[person sher-bahadur-deuba]
name: Sher Bahadur Deuba
country: NPL
born: 1946-06-13
role: 2004-06-02 .. 2005-02-01 | NPLGOV | Prime Minister of Nepal | head-of-government
role: 2017-06-07 .. 2018-02-15 | NPLGOV | Prime Minister of Nepal | head-of-government
role: 2021-07-13 .. 2022-12-26 | NPLGOV | Prime Minister of Nepal | head-of-government

# Former chief justice; interim prime minister after the protests of September 2025 that brought down Oli.
[person sushila-karki]
name: Sushila Karki
country: NPL
role: 2025-09-12 .. 2026-03 | NPLGOV | Interim Prime Minister of Nepal | head-of-government

# Former mayor of Kathmandu; prime minister after the Rastriya Swatantra Party won the election of March 2026.
[person balendra-shah]
name: Balendra Shah
alias: Balen Shah
short: Balen
country: NPL
role: 2026-03 .. present | NPLGOV | Prime Minister of Nepal | head-of-government

# Foreign ministers.
[person kamal-thapa]
name: Kamal Thapa
country: NPL
role: 2015-10 .. 2016-08-04 | NPLGOV | Deputy Prime Minister and Minister of Foreign Affairs | foreign-minister

[person prakash-sharan-mahat]
name: Prakash Sharan Mahat
country: NPL
role: 2016-08 .. 2017-06 | NPLGOV | Minister of Foreign Affairs | foreign-minister

[person pradeep-gyawali]
name: Pradeep Gyawali
alias: Pradeep Kumar Gyawali
country: NPL
role: 2018-03 .. 2021-06 | NPLGOV | Minister of Foreign Affairs | foreign-minister

[person narayan-khadka]
name: Narayan Khadka
country: NPL
role: 2021-10 .. 2022-12-26 | NPLGOV | Minister of Foreign Affairs | foreign-minister

[person np-saud]
name: N. P. Saud
alias: Narayan Prakash Saud | NP Saud
country: NPL
role: 2023-03 .. 2024-03 | NPLGOV | Minister of Foreign Affairs | foreign-minister

[person narayan-kaji-shrestha]
name: Narayan Kaji Shrestha
country: NPL
role: 2024-03 .. 2024-07-15 | NPLGOV | Deputy Prime Minister and Minister of Foreign Affairs | foreign-minister

[person arzu-rana-deuba]
name: Arzu Rana Deuba
country: NPL
role: 2024-07-15 .. 2025-09-09 | NPLGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Maldives (MDV)
# ---------------------------------------------------------------------------------------------------------------

[person mohamed-nasheed]
name: Mohamed Nasheed
alias: Anni Nasheed
country: MDV
born: 1967-05-17
role: 2008-11-11 .. 2012-02-07 | MDVGOV | President of the Maldives | head-of-state, head-of-government

[person abdulla-yameen]
name: Abdulla Yameen
alias: Abdulla Yameen Abdul Gayoom
short: Yameen
country: MDV
role: 2013-11-17 .. 2018-11-17 | MDVGOV | President of the Maldives | head-of-state, head-of-government

[person ibrahim-mohamed-solih]
name: Ibrahim Mohamed Solih
alias: Ibu Solih
short: Solih
country: MDV
role: 2018-11-17 .. 2023-11-17 | MDVGOV | President of the Maldives | head-of-state, head-of-government

[person mohamed-muizzu]
name: Mohamed Muizzu
short: Muizzu
country: MDV
born: 1978-06-15
role: 2023-11-17 .. present | MDVGOV | President of the Maldives | head-of-state, head-of-government

[person dunya-maumoon]
name: Dunya Maumoon
country: MDV
role: 2013-11 .. 2016-07 | MDVGOV | Minister of Foreign Affairs | foreign-minister

[person mohamed-asim]
name: Mohamed Asim
country: MDV
role: 2016-07 .. 2018-11-17 | MDVGOV | Minister of Foreign Affairs | foreign-minister

[person abdulla-shahid]
name: Abdulla Shahid
country: MDV
role: 2018-11-17 .. 2023-11-17 | MDVGOV | Minister of Foreign Affairs | foreign-minister
role: 2021-09-14 .. 2022-09-13 | IGOUNO | President of the United Nations General Assembly | international-official

[person moosa-zameer]
name: Moosa Zameer
country: MDV
role: 2023-11-17 .. 2024 | MDVGOV | Minister of Foreign Affairs | foreign-minister

[person abdulla-khaleel]
name: Abdulla Khaleel
country: MDV
role: 2024 .. present | MDVGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Myanmar (MMR)
# ---------------------------------------------------------------------------------------------------------------
# Military rulers carry MMRGOV for their state posts and MMRMIL as commanders-in-chief. The National Unity
# Government formed by ousted lawmakers after the 2021 coup is coded as opposition (MMROPP).

[person than-shwe]
name: Than Shwe
alias: Senior General Than Shwe
country: MMR
born: 1933-02-02
role: 1992-04-23 .. 2011-03-30 | MMRGOV | Chairman of the State Peace and Development Council (head of the junta) | head-of-state
role: 1992-04-24 .. 2003-08-25 | MMRGOV | Prime Minister of Myanmar | head-of-government
role: 1992-04-23 .. 2011-03-30 | MMRGOV | Minister of Defence | defence-minister
role: 1992-04-23 .. 2011-03-30 | MMRMIL | Commander-in-Chief of Defence Services | military-chief

[person khin-nyunt]
name: Khin Nyunt
country: MMR
role: 2003-08-25 .. 2004-10-19 | MMRGOV | Prime Minister of Myanmar | head-of-government

[person soe-win-premier]
name: Soe Win
country: MMR
role: 2004-10-19 .. 2007-10-12 | MMRGOV | Prime Minister of Myanmar | head-of-government

[person thein-sein]
name: Thein Sein
alias: U Thein Sein
country: MMR
born: 1945-04-20
role: 2007-05-18 .. 2011-03-30 | MMRGOV | Prime Minister of Myanmar (acting until 2007-10-24) | head-of-government
role: 2011-03-30 .. 2016-03-30 | MMRGOV | President of Myanmar | head-of-state, head-of-government

[person htin-kyaw]
name: Htin Kyaw
alias: U Htin Kyaw
country: MMR
role: 2016-03-30 .. 2018-03-21 | MMRGOV | President of Myanmar | head-of-state

[person win-myint]
name: Win Myint
alias: U Win Myint
country: MMR
role: 2016-02-01 .. 2018-03-21 | MMRLEG | Speaker of the House of Representatives | legislature-speaker
role: 2018-03-30 .. 2021-02-01 | MMRGOV | President of Myanmar | head-of-state

[person myint-swe]
name: Myint Swe
alias: U Myint Swe
country: MMR
role: 2016-03-30 .. 2021-02-01 | MMRGOV | First Vice President of Myanmar | other
role: 2021-02-01 .. 2024-07-22 | MMRGOV | Acting President of Myanmar (nominal, under the military) | head-of-state

# Seized power on 2021-02-01. Ruled as chairman of the State Administration Council; acting president from
# 2024-07-22; from 2025-07-31 chairman of the State Security and Peace Commission.
[person min-aung-hlaing]
name: Min Aung Hlaing
alias: Senior General Min Aung Hlaing
country: MMR
born: 1956-07-03
role: 2011-03-30 .. present | MMRMIL | Commander-in-Chief of Defence Services | military-chief
role: 2021-02-02 .. 2024-07-22 | MMRGOV | Chairman of the State Administration Council (head of the junta) | head-of-state
role: 2024-07-22 .. present | MMRGOV | Acting President of Myanmar and head of the junta | head-of-state
role: 2021-08-01 .. 2025-07-31 | MMRGOV | Prime Minister of Myanmar (caretaker government) | head-of-government

[person nyo-saw]
name: Nyo Saw
alias: U Nyo Saw
country: MMR
role: 2025-07-31 .. present | MMRGOV | Prime Minister of Myanmar (union government under the junta) | head-of-government

[person aung-san-suu-kyi]
name: Aung San Suu Kyi
alias: Daw Aung San Suu Kyi | Suu Kyi
short: Suu Kyi
country: MMR
born: 1945-06-19
role: 2012-05-02 .. 2016-03-30 | MMROPP | Leader of the National League for Democracy, opposition member of parliament | opposition-leader
role: 2016-03-30 .. 2021-02-01 | MMRGOV | Minister of Foreign Affairs | foreign-minister
role: 2016-04-06 .. 2021-02-01 | MMRGOV | State Counsellor of Myanmar | head-of-government

[person duwa-lashi-la]
name: Duwa Lashi La
country: MMR
role: 2021-04-16 .. present | MMROPP | Acting President of the National Unity Government | opposition-leader

# Foreign ministers.
[person win-aung]
name: Win Aung
country: MMR
role: 1998-11 .. 2004-09-18 | MMRGOV | Minister of Foreign Affairs | foreign-minister

[person nyan-win]
name: Nyan Win
country: MMR
role: 2004-09-18 .. 2011-03-30 | MMRGOV | Minister of Foreign Affairs | foreign-minister

[person wunna-maung-lwin]
name: Wunna Maung Lwin
alias: U Wunna Maung Lwin
country: MMR
role: 2011-03-30 .. 2016-03-30 | MMRGOV | Minister of Foreign Affairs | foreign-minister
role: 2021-02-01 .. 2023-02-01 | MMRGOV | Minister of Foreign Affairs (junta) | foreign-minister

[person than-swe]
name: Than Swe
alias: U Than Swe
country: MMR
role: 2023-02-01 .. present | MMRGOV | Minister of Foreign Affairs (junta) | foreign-minister

# Defence ministers after Than Shwe (appointed by the commander-in-chief under the 2008 constitution).
[person hla-min]
name: Hla Min
country: MMR
role: 2011-03-30 .. 2012-09 | MMRGOV | Minister of Defence | defence-minister

[person wai-lwin]
name: Wai Lwin
country: MMR
role: 2012-09 .. 2015-01 | MMRGOV | Minister of Defence | defence-minister

[person sein-win-defence]
name: Sein Win
country: MMR
role: 2015-01 .. 2021-02-01 | MMRGOV | Minister of Defence | defence-minister

[person mya-tun-oo]
name: Mya Tun Oo
country: MMR
role: 2021-02-01 .. 2023-08 | MMRGOV | Minister of Defence (junta) | defence-minister

[person tin-aung-san]
name: Tin Aung San
country: MMR
role: 2023-08 .. 2024-12 | MMRGOV | Minister of Defence (junta) | defence-minister

[person maung-maung-aye]
name: Maung Maung Aye
country: MMR
role: 2024-12 .. present | MMRGOV | Minister of Defence (junta) | defence-minister

# ---------------------------------------------------------------------------------------------------------------
# Thailand (THA)
# ---------------------------------------------------------------------------------------------------------------
# Thai news refers to people by their given names ("Prayut", "Thaksin"); those are given as `short`.

[person bhumibol-adulyadej]
name: Bhumibol Adulyadej
alias: King Bhumibol | King Bhumibol Adulyadej | Rama IX
short: Bhumibol
country: THA
role: 1946-06-09 .. 2016-10-13 | THAGOV | King of Thailand | head-of-state, royal

[person maha-vajiralongkorn]
name: Maha Vajiralongkorn
alias: King Vajiralongkorn | King Maha Vajiralongkorn | Rama X | Vajiralongkorn
short: Vajiralongkorn
country: THA
born: 1952-07-28
role: 2016-10-13 .. present | THAGOV | King of Thailand | head-of-state, royal

# Prime ministers.
[person chuan-leekpai]
name: Chuan Leekpai
short: Chuan
country: THA
role: 1997-11-09 .. 2001-02-09 | THAGOV | Prime Minister of Thailand | head-of-government

[person thaksin-shinawatra]
name: Thaksin Shinawatra
short: Thaksin
country: THA
born: 1949-07-26
role: 2001-02-09 .. 2006-09-19 | THAGOV | Prime Minister of Thailand | head-of-government

[person surayud-chulanont]
name: Surayud Chulanont
alias: Surayudh Chulanont
short: Surayud
country: THA
role: 2006-10-01 .. 2008-01-29 | THAGOV | Prime Minister of Thailand (appointed by the junta) | head-of-government

[person samak-sundaravej]
name: Samak Sundaravej
short: Samak
country: THA
role: 2008-01-29 .. 2008-09-09 | THAGOV | Prime Minister of Thailand | head-of-government

[person somchai-wongsawat]
name: Somchai Wongsawat
country: THA
role: 2008-09-18 .. 2008-12-02 | THAGOV | Prime Minister of Thailand | head-of-government

[person abhisit-vejjajiva]
name: Abhisit Vejjajiva
short: Abhisit
country: THA
role: 2008-12-17 .. 2011-08-05 | THAGOV | Prime Minister of Thailand | head-of-government

[person yingluck-shinawatra]
name: Yingluck Shinawatra
short: Yingluck
country: THA
role: 2011-08-05 .. 2014-05-07 | THAGOV | Prime Minister of Thailand | head-of-government
role: 2013-06-30 .. 2014-05-07 | THAGOV | Minister of Defence (held by the prime minister) | defence-minister

# Army chief who led the coup of 2014-05-22; head of the junta (NCPO), then prime minister.
[person prayut-chan-o-cha]
name: Prayut Chan-o-cha
alias: Prayuth Chan-ocha | Prayut Chan-ocha | Prayuth Chan-o-cha
short: Prayut
country: THA
born: 1954-03-21
role: 2010-10-01 .. 2014-10-01 | THAMIL | Commander-in-Chief of the Royal Thai Army | military-chief
role: 2014-05-22 .. 2014-08-24 | THAGOV | Head of the National Council for Peace and Order (junta) | head-of-government
role: 2014-08-24 .. 2023-08-22 | THAGOV | Prime Minister of Thailand | head-of-government
role: 2019-07-10 .. 2023-09-01 | THAGOV | Minister of Defence (held by the prime minister) | defence-minister

[person srettha-thavisin]
name: Srettha Thavisin
short: Srettha
country: THA
role: 2023-08-22 .. 2024-08-14 | THAGOV | Prime Minister of Thailand | head-of-government

# Suspended by the Constitutional Court on 2025-07-01 and removed on 2025-08-29.
[person paetongtarn-shinawatra]
name: Paetongtarn Shinawatra
alias: Ung Ing
short: Paetongtarn
country: THA
born: 1986-08-21
role: 2024-08-16 .. 2025-08-29 | THAGOV | Prime Minister of Thailand (suspended from 2025-07-01) | head-of-government

[person phumtham-wechayachai]
name: Phumtham Wechayachai
short: Phumtham
country: THA
role: 2024-09-03 .. 2025-07 | THAGOV | Minister of Defence | defence-minister
role: 2025-07-03 .. 2025-09-07 | THAGOV | Acting Prime Minister of Thailand | head-of-government

[person anutin-charnvirakul]
name: Anutin Charnvirakul
short: Anutin
country: THA
born: 1966-09-13
role: 2025-09-07 .. present | THAGOV | Prime Minister of Thailand | head-of-government

# Foreign ministers.
[person surin-pitsuwan]
name: Surin Pitsuwan
country: THA
role: 1997-11-14 .. 2001-02-17 | THAGOV | Minister of Foreign Affairs | foreign-minister
role: 2008-01-01 .. 2013-01-01 | IGOSEAASN | Secretary-General of ASEAN | international-official

[person surakiart-sathirathai]
name: Surakiart Sathirathai
short: Surakiart
country: THA
role: 2001-02-17 .. 2005-03-11 | THAGOV | Minister of Foreign Affairs | foreign-minister

[person kantathi-suphamongkhon]
name: Kantathi Suphamongkhon
short: Kantathi
country: THA
role: 2005-03-11 .. 2006-09-19 | THAGOV | Minister of Foreign Affairs | foreign-minister

[person nitya-pibulsonggram]
name: Nitya Pibulsonggram
country: THA
role: 2006-10-09 .. 2008-02-06 | THAGOV | Minister of Foreign Affairs | foreign-minister

[person noppadon-pattama]
name: Noppadon Pattama
short: Noppadon
country: THA
role: 2008-02-06 .. 2008-07-10 | THAGOV | Minister of Foreign Affairs | foreign-minister

[person tej-bunnag]
name: Tej Bunnag
country: THA
role: 2008-07-26 .. 2008-09 | THAGOV | Minister of Foreign Affairs | foreign-minister

[person sompong-amornvivat]
name: Sompong Amornvivat
country: THA
role: 2008-09-24 .. 2008-12-02 | THAGOV | Minister of Foreign Affairs | foreign-minister

[person kasit-piromya]
name: Kasit Piromya
short: Kasit
country: THA
role: 2008-12-20 .. 2011-08-09 | THAGOV | Minister of Foreign Affairs | foreign-minister

[person surapong-tovichakchaikul]
name: Surapong Tovichakchaikul
country: THA
role: 2011-08-09 .. 2014-05-22 | THAGOV | Minister of Foreign Affairs | foreign-minister

[person tanasak-patimapragorn]
name: Tanasak Patimapragorn
country: THA
role: 2014-08-30 .. 2015-08-23 | THAGOV | Minister of Foreign Affairs | foreign-minister

[person don-pramudwinai]
name: Don Pramudwinai
country: THA
role: 2015-08-23 .. 2023-09-01 | THAGOV | Minister of Foreign Affairs | foreign-minister

[person parnpree-bahiddha-nukara]
name: Parnpree Bahiddha-nukara
alias: Panpree Bahiddha-Nukara
short: Parnpree
country: THA
role: 2023-09-01 .. 2024-04-28 | THAGOV | Minister of Foreign Affairs | foreign-minister

[person maris-sangiampongsa]
name: Maris Sangiampongsa
country: THA
role: 2024-04-29 .. 2025-09 | THAGOV | Minister of Foreign Affairs | foreign-minister

[person sihasak-phuangketkeow]
name: Sihasak Phuangketkeow
country: THA
role: 2025-09 .. present | THAGOV | Minister of Foreign Affairs | foreign-minister

# Defence ministers.
[person chavalit-yongchaiyudh]
name: Chavalit Yongchaiyudh
short: Chavalit
country: THA
role: 2001-02-17 .. 2002-10 | THAGOV | Minister of Defence | defence-minister

[person thammarak-isarangkura]
name: Thammarak Isarangkura na Ayudhaya
alias: Thammarak Isarangkura
country: THA
role: 2002-10 .. 2004-03 | THAGOV | Minister of Defence | defence-minister

[person chettha-thanajaro]
name: Chettha Thanajaro
country: THA
role: 2004-03 .. 2005-03 | THAGOV | Minister of Defence | defence-minister

[person boonrawd-somtas]
name: Boonrawd Somtas
country: THA
role: 2006-10-09 .. 2008-02-06 | THAGOV | Minister of Defence | defence-minister

[person prawit-wongsuwan]
name: Prawit Wongsuwan
alias: Prawit Wongsuwon
short: Prawit
country: THA
role: 2008-12-20 .. 2011-08-09 | THAGOV | Minister of Defence | defence-minister
role: 2014-08-30 .. 2019-07-10 | THAGOV | Minister of Defence | defence-minister
role: 2014-08-30 .. 2023-09-01 | THAGOV | Deputy Prime Minister of Thailand | deputy-head-of-government

[person yuthasak-sasiprapha]
name: Yuthasak Sasiprapha
country: THA
role: 2011-08-09 .. 2012-01-18 | THAGOV | Minister of Defence | defence-minister

[person sukampol-suwannathat]
name: Sukampol Suwannathat
country: THA
role: 2012-01-18 .. 2013-06-30 | THAGOV | Minister of Defence | defence-minister

[person sutin-klungsang]
name: Sutin Klungsang
country: THA
role: 2023-09-01 .. 2024-09-03 | THAGOV | Minister of Defence | defence-minister

[person natthaphon-narkphanit]
name: Natthaphon Narkphanit
alias: Nattaphon Nakpanich | Nattaphon Narkphanit
country: THA
role: 2025-07 .. present | THAGOV | Minister of Defence | defence-minister

# ---------------------------------------------------------------------------------------------------------------
# Vietnam (VNM)
# ---------------------------------------------------------------------------------------------------------------
# The general secretary of the Communist Party is the top leader (party-leader); the state president is head of
# state. Names are written with Vietnamese diacritics; aliases spell the letter Đ as D for plain-ASCII text.

[person le-kha-phieu]
name: Lê Khả Phiêu
country: VNM
role: 1997-12-26 .. 2001-04-22 | VNMGOV | General Secretary of the Communist Party of Vietnam | party-leader

[person nong-duc-manh]
name: Nông Đức Mạnh
alias: Nong Duc Manh
country: VNM
role: 2001-04-22 .. 2011-01-19 | VNMGOV | General Secretary of the Communist Party of Vietnam | party-leader

[person nguyen-phu-trong]
name: Nguyễn Phú Trọng
country: VNM
born: 1944-04-14
role: 2006-06-26 .. 2011-07-23 | VNMLEG | Chairman of the National Assembly | legislature-speaker
role: 2011-01-19 .. 2024-07-19 | VNMGOV | General Secretary of the Communist Party of Vietnam | party-leader
role: 2018-10-23 .. 2021-04-05 | VNMGOV | President of Vietnam | head-of-state

[person to-lam]
name: Tô Lâm
country: VNM
born: 1957-07-10
role: 2016-04-09 .. 2024-06-06 | VNMGOV | Minister of Public Security | interior-minister
role: 2024-05-22 .. 2024-10-21 | VNMGOV | President of Vietnam | head-of-state
role: 2024-08-03 .. present | VNMGOV | General Secretary of the Communist Party of Vietnam | party-leader

# State presidents.
[person tran-duc-luong]
name: Trần Đức Lương
alias: Tran Duc Luong
country: VNM
role: 1997-09-24 .. 2006-06-27 | VNMGOV | President of Vietnam | head-of-state

[person nguyen-minh-triet]
name: Nguyễn Minh Triết
country: VNM
role: 2006-06-27 .. 2011-07-25 | VNMGOV | President of Vietnam | head-of-state

[person truong-tan-sang]
name: Trương Tấn Sang
country: VNM
role: 2011-07-25 .. 2016-04-02 | VNMGOV | President of Vietnam | head-of-state

[person tran-dai-quang]
name: Trần Đại Quang
alias: Tran Dai Quang
country: VNM
role: 2011-08-03 .. 2016-04-09 | VNMGOV | Minister of Public Security | interior-minister
role: 2016-04-02 .. 2018-09-21 | VNMGOV | President of Vietnam | head-of-state

[person nguyen-xuan-phuc]
name: Nguyễn Xuân Phúc
country: VNM
role: 2016-04-07 .. 2021-04-05 | VNMGOV | Prime Minister of Vietnam | head-of-government
role: 2021-04-05 .. 2023-01-18 | VNMGOV | President of Vietnam | head-of-state

[person vo-van-thuong]
name: Võ Văn Thưởng
country: VNM
role: 2023-03-02 .. 2024-03-21 | VNMGOV | President of Vietnam | head-of-state

[person luong-cuong]
name: Lương Cường
country: VNM
role: 2024-10-21 .. present | VNMGOV | President of Vietnam | head-of-state

# Prime ministers.
[person phan-van-khai]
name: Phan Văn Khải
country: VNM
role: 1997-09-25 .. 2006-06-27 | VNMGOV | Prime Minister of Vietnam | head-of-government

[person nguyen-tan-dung]
name: Nguyễn Tấn Dũng
country: VNM
role: 2006-06-27 .. 2016-04-07 | VNMGOV | Prime Minister of Vietnam | head-of-government

[person pham-minh-chinh]
name: Phạm Minh Chính
country: VNM
born: 1958-12-10
role: 2021-04-05 .. present | VNMGOV | Prime Minister of Vietnam | head-of-government

# Chairs of the National Assembly since 2016.
[person nguyen-thi-kim-ngan]
name: Nguyễn Thị Kim Ngân
country: VNM
role: 2016-03-31 .. 2021-03-31 | VNMLEG | Chairwoman of the National Assembly | legislature-speaker

[person vuong-dinh-hue]
name: Vương Đình Huệ
alias: Vuong Dinh Hue
country: VNM
role: 2021-03-31 .. 2024-04-26 | VNMLEG | Chairman of the National Assembly | legislature-speaker

[person tran-thanh-man]
name: Trần Thanh Mẫn
country: VNM
role: 2024-05-20 .. present | VNMLEG | Chairman of the National Assembly | legislature-speaker

# Foreign ministers.
[person nguyen-dy-nien]
name: Nguyễn Dy Niên
country: VNM
role: 2000-01 .. 2006-06-27 | VNMGOV | Minister of Foreign Affairs | foreign-minister

[person pham-gia-khiem]
name: Phạm Gia Khiêm
country: VNM
role: 2006-06-27 .. 2011-08-03 | VNMGOV | Minister of Foreign Affairs | foreign-minister

[person pham-binh-minh]
name: Phạm Bình Minh
country: VNM
role: 2011-08-03 .. 2021-04-08 | VNMGOV | Minister of Foreign Affairs | foreign-minister
role: 2013-11-13 .. 2023-01-05 | VNMGOV | Deputy Prime Minister of Vietnam | deputy-head-of-government

[person bui-thanh-son]
name: Bùi Thanh Sơn
country: VNM
role: 2021-04-08 .. 2025-08-29 | VNMGOV | Minister of Foreign Affairs | foreign-minister

# Acting minister from 2025-08-29; confirmed by the National Assembly on 2025-10-25.
[person le-hoai-trung]
name: Lê Hoài Trung
country: VNM
role: 2025-08-29 .. present | VNMGOV | Minister of Foreign Affairs | foreign-minister

# Defence ministers.
[person pham-van-tra]
name: Phạm Văn Trà
country: VNM
role: 1997-05 .. 2006-06-27 | VNMGOV | Minister of National Defence | defence-minister

[person phung-quang-thanh]
name: Phùng Quang Thanh
country: VNM
role: 2006-06-27 .. 2016-04-09 | VNMGOV | Minister of National Defence | defence-minister

[person ngo-xuan-lich]
name: Ngô Xuân Lịch
country: VNM
role: 2016-04-09 .. 2021-04-08 | VNMGOV | Minister of National Defence | defence-minister

[person phan-van-giang]
name: Phan Văn Giang
country: VNM
role: 2021-04-08 .. present | VNMGOV | Minister of National Defence | defence-minister

# ---------------------------------------------------------------------------------------------------------------
# Philippines (PHL)
# ---------------------------------------------------------------------------------------------------------------

[person joseph-estrada]
name: Joseph Estrada
alias: Joseph Ejercito Estrada | Erap Estrada
short: Estrada
country: PHL
role: 1998-06-30 .. 2001-01-20 | PHLGOV | President of the Philippines | head-of-state, head-of-government

[person gloria-macapagal-arroyo]
name: Gloria Macapagal Arroyo
alias: Gloria Arroyo
short: Arroyo
country: PHL
born: 1947-04-05
role: 1998-06-30 .. 2001-01-20 | PHLGOV | Vice President of the Philippines | other
role: 2001-01-20 .. 2010-06-30 | PHLGOV | President of the Philippines | head-of-state, head-of-government
role: 2018-07-23 .. 2019-06-30 | PHLLEG | Speaker of the House of Representatives | legislature-speaker

[person benigno-aquino-iii]
name: Benigno Aquino III
alias: Benigno Aquino | Noynoy Aquino | PNoy
country: PHL
role: 2010-06-30 .. 2016-06-30 | PHLGOV | President of the Philippines | head-of-state, head-of-government

[person rodrigo-duterte]
name: Rodrigo Duterte
alias: Rodrigo Roa Duterte | Rody Duterte
country: PHL
born: 1945-03-28
role: 2016-06-30 .. 2022-06-30 | PHLGOV | President of the Philippines | head-of-state, head-of-government

[person ferdinand-marcos-jr]
name: Ferdinand Marcos Jr.
alias: Ferdinand Marcos Jr | Bongbong Marcos | Ferdinand Romualdez Marcos Jr. | Ferdinand R. Marcos Jr.
short: Marcos
country: PHL
born: 1957-09-13
role: 2022-06-30 .. present | PHLGOV | President of the Philippines | head-of-state, head-of-government

[person teofisto-guingona]
name: Teofisto Guingona Jr.
alias: Teofisto Guingona | Tito Guingona
country: PHL
role: 2001-02-07 .. 2004-06-30 | PHLGOV | Vice President of the Philippines | other
role: 2001-02-09 .. 2002-07-15 | PHLGOV | Secretary of Foreign Affairs | foreign-minister

[person noli-de-castro]
name: Noli de Castro
alias: Manuel Leuterio de Castro Jr.
country: PHL
role: 2004-06-30 .. 2010-06-30 | PHLGOV | Vice President of the Philippines | other

[person jejomar-binay]
name: Jejomar Binay
short: Binay
country: PHL
role: 2010-06-30 .. 2016-06-30 | PHLGOV | Vice President of the Philippines | other

[person leni-robredo]
name: Leni Robredo
alias: Maria Leonor Robredo
short: Robredo
country: PHL
role: 2016-06-30 .. 2022-06-30 | PHLGOV | Vice President of the Philippines | other

[person sara-duterte]
name: Sara Duterte
alias: Sara Duterte-Carpio | Inday Sara Duterte
country: PHL
role: 2022-06-30 .. present | PHLGOV | Vice President of the Philippines | other
role: 2022-06-30 .. 2024-07-19 | PHLGOV | Secretary of Education | minister

# Secretaries of foreign affairs.
[person domingo-siazon]
name: Domingo Siazon Jr.
alias: Domingo Siazon
country: PHL
role: 1995-05-01 .. 2001-01-20 | PHLGOV | Secretary of Foreign Affairs | foreign-minister

[person blas-ople]
name: Blas Ople
alias: Blas F. Ople
country: PHL
role: 2002-07-15 .. 2003-12-14 | PHLGOV | Secretary of Foreign Affairs | foreign-minister

[person delia-albert]
name: Delia Albert
alias: Delia Domingo-Albert
country: PHL
role: 2004-01 .. 2004-08-31 | PHLGOV | Secretary of Foreign Affairs | foreign-minister

[person alberto-romulo]
name: Alberto Romulo
country: PHL
role: 2004-08-31 .. 2011-02-24 | PHLGOV | Secretary of Foreign Affairs | foreign-minister

[person albert-del-rosario]
name: Albert del Rosario
country: PHL
role: 2011-02-24 .. 2016-03-07 | PHLGOV | Secretary of Foreign Affairs | foreign-minister

[person jose-rene-almendras]
name: Jose Rene Almendras
country: PHL
role: 2016-03-08 .. 2016-06-30 | PHLGOV | Secretary of Foreign Affairs | foreign-minister

[person perfecto-yasay]
name: Perfecto Yasay Jr.
alias: Perfecto Yasay
short: Yasay
country: PHL
role: 2016-06-30 .. 2017-03-08 | PHLGOV | Secretary of Foreign Affairs | foreign-minister

[person alan-peter-cayetano]
name: Alan Peter Cayetano
country: PHL
role: 2017-05-18 .. 2018-10-17 | PHLGOV | Secretary of Foreign Affairs | foreign-minister
role: 2019-07-22 .. 2020-10-12 | PHLLEG | Speaker of the House of Representatives | legislature-speaker

[person teodoro-locsin]
name: Teodoro Locsin Jr.
alias: Teodoro Locsin | Teddy Locsin | Teddy Boy Locsin
short: Locsin
country: PHL
role: 2018-10-17 .. 2022-06-30 | PHLGOV | Secretary of Foreign Affairs | foreign-minister

[person enrique-manalo]
name: Enrique Manalo
alias: Enrique A. Manalo
short: Manalo
country: PHL
role: 2017-03-09 .. 2017-05-18 | PHLGOV | Acting Secretary of Foreign Affairs | foreign-minister
role: 2022-07-01 .. 2025-07-01 | PHLGOV | Secretary of Foreign Affairs | foreign-minister
role: 2025-07 .. present | PHLGOV | Permanent Representative of the Philippines to the United Nations | ambassador

[person theresa-lazaro]
name: Ma. Theresa Lazaro
alias: Theresa Lazaro | Maria Theresa Lazaro | Ma. Theresa P. Lazaro
country: PHL
role: 2025-07-01 .. present | PHLGOV | Secretary of Foreign Affairs | foreign-minister

# Secretaries of national defence. Dates before 2007 are given to the month or year where the day is not certain.
[person orlando-mercado]
name: Orlando Mercado
country: PHL
role: 1998-06-30 .. 2001-01 | PHLGOV | Secretary of National Defense | defence-minister

[person angelo-reyes]
name: Angelo Reyes
country: PHL
role: 2001-03 .. 2003-08 | PHLGOV | Secretary of National Defense | defence-minister

[person eduardo-ermita]
name: Eduardo Ermita
country: PHL
role: 2003-08 .. 2004-08 | PHLGOV | Secretary of National Defense | defence-minister
role: 2004-08 .. 2010-06-30 | PHLGOV | Executive Secretary | minister

[person avelino-cruz]
name: Avelino Cruz
alias: Avelino Cruz Jr.
country: PHL
role: 2004-08 .. 2006-11 | PHLGOV | Secretary of National Defense | defence-minister

[person gilberto-teodoro]
name: Gilberto Teodoro
alias: Gilberto Teodoro Jr. | Gibo Teodoro
short: Teodoro
country: PHL
role: 2007-08-15 .. 2009-11 | PHLGOV | Secretary of National Defense | defence-minister
role: 2023-06-05 .. present | PHLGOV | Secretary of National Defense | defence-minister

[person norberto-gonzales]
name: Norberto Gonzales
country: PHL
role: 2009-11 .. 2010-06-30 | PHLGOV | Secretary of National Defense | defence-minister

[person voltaire-gazmin]
name: Voltaire Gazmin
short: Gazmin
country: PHL
role: 2010-06-30 .. 2016-06-30 | PHLGOV | Secretary of National Defense | defence-minister

[person delfin-lorenzana]
name: Delfin Lorenzana
short: Lorenzana
country: PHL
role: 2016-07-01 .. 2022-06-30 | PHLGOV | Secretary of National Defense | defence-minister

[person jose-faustino]
name: Jose Faustino Jr.
alias: Jose Faustino
country: PHL
role: 2022-07-01 .. 2023-01-09 | PHLGOV | Secretary of National Defense (officer in charge until 2022-11) | defence-minister

[person carlito-galvez]
name: Carlito Galvez Jr.
alias: Carlito Galvez
country: PHL
role: 2023-01-09 .. 2023-06-05 | PHLGOV | Secretary of National Defense | defence-minister

# ---------------------------------------------------------------------------------------------------------------
# Malaysia (MYS)
# ---------------------------------------------------------------------------------------------------------------
# The Yang di-Pertuan Agong (king) is chosen for five years from among the nine hereditary rulers of the Malay
# states. Malay names are patronymic and news uses the given name alone ("Anwar", "Mahathir"); such names are given
# as `short` where they name no one else in news ("Anwar" is left out: it also names the UAE's Anwar Gargash).

[person abdul-halim-of-kedah]
name: Abdul Halim of Kedah
alias: Sultan Abdul Halim Mu'adzam Shah | Abdul Halim Mu'adzam Shah
country: MYS
role: 2011-12-13 .. 2016-12-13 | MYSGOV | Yang di-Pertuan Agong (King of Malaysia) | head-of-state

[person muhammad-v-of-kelantan]
name: Muhammad V of Kelantan
alias: Sultan Muhammad V | Sultan Muhammad V of Kelantan
country: MYS
role: 2016-12-13 .. 2019-01-06 | MYSGOV | Yang di-Pertuan Agong (King of Malaysia); abdicated | head-of-state

[person abdullah-of-pahang]
name: Abdullah of Pahang
alias: Sultan Abdullah of Pahang | Sultan Abdullah Sultan Ahmad Shah | Al-Sultan Abdullah Ri'ayatuddin Al-Mustafa Billah Shah
country: MYS
role: 2019-01-31 .. 2024-01-31 | MYSGOV | Yang di-Pertuan Agong (King of Malaysia) | head-of-state

[person ibrahim-iskandar-of-johor]
name: Ibrahim Iskandar of Johor
alias: Sultan Ibrahim Iskandar | Sultan Ibrahim of Johor | Sultan Ibrahim Sultan Iskandar
country: MYS
born: 1958-11-22
role: 2024-01-31 .. present | MYSGOV | Yang di-Pertuan Agong (King of Malaysia) | head-of-state

# Prime ministers.
[person mahathir-mohamad]
name: Mahathir Mohamad
alias: Mahathir bin Mohamad | Tun Mahathir | Tun Dr Mahathir Mohamad
short: Mahathir
country: MYS
born: 1925-07-10
role: 1981-07-16 .. 2003-10-31 | MYSGOV | Prime Minister of Malaysia | head-of-government
role: 2018-05-10 .. 2020-03-01 | MYSGOV | Prime Minister of Malaysia (interim from 2020-02-24) | head-of-government

[person abdullah-ahmad-badawi]
name: Abdullah Ahmad Badawi
alias: Abdullah Badawi | Pak Lah
country: MYS
born: 1939-11-26
role: 2003-10-31 .. 2009-04-03 | MYSGOV | Prime Minister of Malaysia | head-of-government

[person najib-razak]
name: Najib Razak
alias: Najib Abdul Razak | Najib Tun Razak | Mohd Najib Abdul Razak
country: MYS
born: 1953-07-23
role: 2004-01-07 .. 2009-04-03 | MYSGOV | Deputy Prime Minister of Malaysia | deputy-head-of-government
role: 2009-04-03 .. 2018-05-10 | MYSGOV | Prime Minister of Malaysia | head-of-government

[person muhyiddin-yassin]
name: Muhyiddin Yassin
alias: Muhyiddin Mohd Yassin | Mahiaddin Md Yasin | Mahiaddin Yasin
short: Muhyiddin
country: MYS
born: 1947-05-15
role: 2009-04-09 .. 2015-07-28 | MYSGOV | Deputy Prime Minister of Malaysia | deputy-head-of-government
role: 2020-03-01 .. 2021-08-21 | MYSGOV | Prime Minister of Malaysia (caretaker from 2021-08-16) | head-of-government

[person ismail-sabri-yaakob]
name: Ismail Sabri Yaakob
alias: Ismail Sabri
country: MYS
born: 1960-01-18
role: 2020-03-10 .. 2021-08-16 | MYSGOV | Minister of Defence | defence-minister
role: 2021-07-07 .. 2021-08-16 | MYSGOV | Deputy Prime Minister of Malaysia | deputy-head-of-government
role: 2021-08-21 .. 2022-11-24 | MYSGOV | Prime Minister of Malaysia | head-of-government

[person anwar-ibrahim]
name: Anwar Ibrahim
alias: Anwar bin Ibrahim | Datuk Seri Anwar Ibrahim
country: MYS
born: 1947-08-10
role: 1993-12 .. 1998-09-02 | MYSGOV | Deputy Prime Minister of Malaysia | deputy-head-of-government
role: 2008-08 .. 2015-02 | MYSOPP | Leader of the Opposition | opposition-leader
role: 2020-05 .. 2022-11-24 | MYSOPP | Leader of the Opposition | opposition-leader
role: 2022-11-24 .. present | MYSGOV | Prime Minister of Malaysia | head-of-government
role: 2022-12-03 .. present | MYSGOV | Minister of Finance | finance-minister

# Foreign ministers.
[person anifah-aman]
name: Anifah Aman
country: MYS
role: 2009-04-10 .. 2018-05-10 | MYSGOV | Minister of Foreign Affairs | foreign-minister

[person saifuddin-abdullah]
name: Saifuddin Abdullah
country: MYS
role: 2018-07-02 .. 2020-02-24 | MYSGOV | Minister of Foreign Affairs | foreign-minister
role: 2021-08-30 .. 2022-11-24 | MYSGOV | Minister of Foreign Affairs | foreign-minister

[person hishammuddin-hussein]
name: Hishammuddin Hussein
alias: Hishammuddin Tun Hussein | Hishammuddin Hussein Onn
short: Hishammuddin
country: MYS
role: 2013-05-16 .. 2018-05-10 | MYSGOV | Minister of Defence | defence-minister
role: 2020-03-10 .. 2021-08-16 | MYSGOV | Minister of Foreign Affairs | foreign-minister
role: 2021-08-30 .. 2022-11-24 | MYSGOV | Minister of Defence | defence-minister

[person zambry-abdul-kadir]
name: Zambry Abdul Kadir
alias: Zambry Abd Kadir
country: MYS
role: 2022-12-03 .. 2023-12 | MYSGOV | Minister of Foreign Affairs | foreign-minister

[person mohamad-hasan]
name: Mohamad Hasan
alias: Tok Mat
country: MYS
role: 2022-12-03 .. 2023-12 | MYSGOV | Minister of Defence | defence-minister
role: 2023-12 .. present | MYSGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Singapore (SGP)
# ---------------------------------------------------------------------------------------------------------------

[person s-r-nathan]
name: S. R. Nathan
alias: Sellapan Ramanathan
country: SGP
role: 1999-09-01 .. 2011-09-01 | SGPGOV | President of Singapore | head-of-state

[person tony-tan]
name: Tony Tan Keng Yam
alias: Tony Tan
country: SGP
role: 2011-09-01 .. 2017-09-01 | SGPGOV | President of Singapore | head-of-state

[person halimah-yacob]
name: Halimah Yacob
country: SGP
role: 2017-09-14 .. 2023-09-14 | SGPGOV | President of Singapore | head-of-state

[person tharman-shanmugaratnam]
name: Tharman Shanmugaratnam
short: Tharman
country: SGP
born: 1957-02-25
role: 2011-05-21 .. 2019-05-01 | SGPGOV | Deputy Prime Minister of Singapore | deputy-head-of-government
role: 2023-09-14 .. present | SGPGOV | President of Singapore | head-of-state

[person goh-chok-tong]
name: Goh Chok Tong
country: SGP
role: 1990-11-28 .. 2004-08-12 | SGPGOV | Prime Minister of Singapore | head-of-government

[person lee-hsien-loong]
name: Lee Hsien Loong
country: SGP
born: 1952-02-10
role: 2004-08-12 .. 2024-05-15 | SGPGOV | Prime Minister of Singapore | head-of-government
role: 2024-05-15 .. present | SGPGOV | Senior Minister | other

[person lawrence-wong]
name: Lawrence Wong
alias: Lawrence Wong Shyun Tsai
country: SGP
born: 1972-12-18
role: 2022-06-13 .. 2024-05-15 | SGPGOV | Deputy Prime Minister of Singapore | deputy-head-of-government
role: 2024-05-15 .. present | SGPGOV | Prime Minister of Singapore | head-of-government

[person george-yeo]
name: George Yeo
alias: George Yeo Yong-Boon
country: SGP
role: 2004-08-12 .. 2011-05-21 | SGPGOV | Minister for Foreign Affairs | foreign-minister

[person k-shanmugam]
name: K. Shanmugam
alias: Kasiviswanathan Shanmugam
country: SGP
role: 2011-05-21 .. 2015-10-01 | SGPGOV | Minister for Foreign Affairs | foreign-minister
role: 2015-10-01 .. present | SGPGOV | Minister for Home Affairs | interior-minister

[person vivian-balakrishnan]
name: Vivian Balakrishnan
country: SGP
role: 2015-10-01 .. present | SGPGOV | Minister for Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Cambodia (KHM)
# ---------------------------------------------------------------------------------------------------------------

[person norodom-sihanouk]
name: Norodom Sihanouk
alias: King Sihanouk
short: Sihanouk
country: KHM
role: 1993-09-24 .. 2004-10-07 | KHMGOV | King of Cambodia; abdicated | head-of-state

[person norodom-sihamoni]
name: Norodom Sihamoni
alias: King Sihamoni
short: Sihamoni
country: KHM
born: 1953-05-14
role: 2004-10-29 .. present | KHMGOV | King of Cambodia | head-of-state

[person hun-sen]
name: Hun Sen
alias: Samdech Hun Sen | Samdech Techo Hun Sen
country: KHM
born: 1952-08-05
role: 1985-01-14 .. 2023-08-22 | KHMGOV | Prime Minister of Cambodia (Second Prime Minister 1993-1998) | head-of-government
role: 2024-04-03 .. present | KHMLEG | President of the Senate | legislature-speaker

[person hun-manet]
name: Hun Manet
country: KHM
born: 1977-10-20
role: 2023-08-22 .. present | KHMGOV | Prime Minister of Cambodia | head-of-government

[person hor-namhong]
name: Hor Namhong
alias: Hor Nam Hong
country: KHM
role: 1998-11-30 .. 2016-04-04 | KHMGOV | Deputy Prime Minister and Minister of Foreign Affairs | foreign-minister

[person prak-sokhonn]
name: Prak Sokhonn
country: KHM
role: 2016-04-04 .. 2023-08-22 | KHMGOV | Minister of Foreign Affairs and International Cooperation | foreign-minister

[person sok-chenda-sophea]
name: Sok Chenda Sophea
country: KHM
role: 2023-08-22 .. present | KHMGOV | Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Laos (LAO)
# ---------------------------------------------------------------------------------------------------------------
# The general secretary of the Lao People's Revolutionary Party is the top leader; since 2006 the post has been held
# together with the state presidency.

[person choummaly-sayasone]
name: Choummaly Sayasone
country: LAO
role: 2006-03 .. 2016-01-22 | LAOGOV | General Secretary of the Lao People's Revolutionary Party | party-leader
role: 2006-06-08 .. 2016-04-20 | LAOGOV | President of Laos | head-of-state

[person bounnhang-vorachith]
name: Bounnhang Vorachith
alias: Bounnhang Vorachit
country: LAO
role: 2016-01-22 .. 2021-01-15 | LAOGOV | General Secretary of the Lao People's Revolutionary Party | party-leader
role: 2016-04-20 .. 2021-03-22 | LAOGOV | President of Laos | head-of-state

[person thongloun-sisoulith]
name: Thongloun Sisoulith
alias: Thongloun Sisoulit
country: LAO
born: 1945-11-10
role: 2006-06-08 .. 2016-04-20 | LAOGOV | Deputy Prime Minister and Minister of Foreign Affairs | foreign-minister
role: 2016-04-20 .. 2021-03-22 | LAOGOV | Prime Minister of Laos | head-of-government
role: 2021-01-15 .. present | LAOGOV | General Secretary of the Lao People's Revolutionary Party | party-leader
role: 2021-03-22 .. present | LAOGOV | President of Laos | head-of-state

[person thongsing-thammavong]
name: Thongsing Thammavong
country: LAO
role: 2010-12-23 .. 2016-04-20 | LAOGOV | Prime Minister of Laos | head-of-government

[person phankham-viphavanh]
name: Phankham Viphavanh
country: LAO
role: 2021-03-22 .. 2022-12-30 | LAOGOV | Prime Minister of Laos | head-of-government

[person sonexay-siphandone]
name: Sonexay Siphandone
country: LAO
role: 2022-12-30 .. present | LAOGOV | Prime Minister of Laos | head-of-government

[person saleumxay-kommasith]
name: Saleumxay Kommasith
country: LAO
role: 2016-04-20 .. 2024-11-18 | LAOGOV | Minister of Foreign Affairs | foreign-minister

[person thongsavanh-phomvihane]
name: Thongsavanh Phomvihane
country: LAO
role: 2024-11-18 .. present | LAOGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Brunei (BRN)
# ---------------------------------------------------------------------------------------------------------------

[person hassanal-bolkiah]
name: Hassanal Bolkiah
alias: Sultan Hassanal Bolkiah | Sultan of Brunei
country: BRN
born: 1946-07-15
role: 1967-10-05 .. present | BRNGOV | Sultan of Brunei | head-of-state
role: 1984-01-01 .. present | BRNGOV | Prime Minister of Brunei | head-of-government
role: 2015-10 .. present | BRNGOV | Minister of Foreign Affairs | foreign-minister

[person mohamed-bolkiah]
name: Mohamed Bolkiah
alias: Prince Mohamed Bolkiah
country: BRN
role: 1984-01-01 .. 2015-10 | BRNGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Timor-Leste (TLS)
# ---------------------------------------------------------------------------------------------------------------
# A member of ASEAN since 2025-10-26. Several leaders are known by their resistance names (Xanana, Taur Matan Ruak,
# Lú-Olo).

[person xanana-gusmao]
name: Xanana Gusmão
alias: Kay Rala Xanana Gusmão | José Alexandre Gusmão
short: Xanana | Gusmão
country: TLS
born: 1946-06-20
role: 2002-05-20 .. 2007-05-20 | TLSGOV | President of Timor-Leste | head-of-state
role: 2007-08-08 .. 2015-02-16 | TLSGOV | Prime Minister of Timor-Leste | head-of-government
role: 2023-07-01 .. present | TLSGOV | Prime Minister of Timor-Leste | head-of-government

[person jose-ramos-horta]
name: José Ramos-Horta
alias: José Ramos Horta
short: Ramos-Horta
country: TLS
born: 1949-12-26
role: 2006-07-10 .. 2007-05-20 | TLSGOV | Prime Minister of Timor-Leste | head-of-government
role: 2007-05-20 .. 2012-05-20 | TLSGOV | President of Timor-Leste | head-of-state
role: 2022-05-20 .. present | TLSGOV | President of Timor-Leste | head-of-state

[person mari-alkatiri]
name: Mari Alkatiri
short: Alkatiri
country: TLS
role: 2002-05-20 .. 2006-06-26 | TLSGOV | Prime Minister of Timor-Leste | head-of-government
role: 2017-09-15 .. 2018-06-22 | TLSGOV | Prime Minister of Timor-Leste | head-of-government

[person taur-matan-ruak]
name: Taur Matan Ruak
alias: José Maria Vasconcelos
country: TLS
role: 2012-05-20 .. 2017-05-20 | TLSGOV | President of Timor-Leste | head-of-state
role: 2018-06-22 .. 2023-07-01 | TLSGOV | Prime Minister of Timor-Leste | head-of-government

[person francisco-guterres-lu-olo]
name: Francisco Guterres
alias: Lú-Olo | Lu-Olo | Francisco Guterres Lú-Olo
country: TLS
role: 2017-05-20 .. 2022-05-20 | TLSGOV | President of Timor-Leste | head-of-state

[person rui-maria-de-araujo]
name: Rui Maria de Araújo
alias: Rui Araújo
country: TLS
role: 2015-02-16 .. 2017-09-15 | TLSGOV | Prime Minister of Timor-Leste | head-of-government

[person hernani-coelho]
name: Hernâni Coelho
country: TLS
role: 2015-02-16 .. 2017-09-15 | TLSGOV | Minister of Foreign Affairs and Cooperation | foreign-minister

[person aurelio-guterres]
name: Aurélio Guterres
country: TLS
role: 2017-09-15 .. 2018-06-22 | TLSGOV | Minister of Foreign Affairs and Cooperation | foreign-minister

[person dionisio-babo-soares]
name: Dionísio Babo Soares
alias: Dionísio da Costa Babo Soares
country: TLS
role: 2018-06-22 .. 2020-06 | TLSGOV | Minister of Foreign Affairs and Cooperation | foreign-minister

[person adaljiza-magno]
name: Adaljiza Magno
country: TLS
role: 2020-06 .. 2023-07-01 | TLSGOV | Minister of Foreign Affairs and Cooperation | foreign-minister

[person bendito-dos-santos-freitas]
name: Bendito dos Santos Freitas
alias: Bendito Freitas
country: TLS
role: 2023-07-01 .. present | TLSGOV | Minister of Foreign Affairs and Cooperation | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Taiwan (TWN)
# ---------------------------------------------------------------------------------------------------------------

[person chen-shui-bian]
name: Chen Shui-bian
alias: A-Bian
country: TWN
born: 1950-10-12
role: 2000-05-20 .. 2008-05-20 | TWNGOV | President of Taiwan | head-of-state

[person ma-ying-jeou]
name: Ma Ying-jeou
alias: Ma Ying-chiu
country: TWN
born: 1950-07-13
role: 2008-05-20 .. 2016-05-20 | TWNGOV | President of Taiwan | head-of-state

[person tsai-ing-wen]
name: Tsai Ing-wen
alias: Tsai Ying-wen
short: Tsai
country: TWN
born: 1956-08-31
role: 2016-05-20 .. 2024-05-20 | TWNGOV | President of Taiwan | head-of-state

[person lai-ching-te]
name: Lai Ching-te
alias: William Lai | William Lai Ching-te
country: TWN
born: 1959-10-06
role: 2017-09-08 .. 2019-01-14 | TWNGOV | Premier of Taiwan | head-of-government
role: 2020-05-20 .. 2024-05-20 | TWNGOV | Vice President of Taiwan | other
role: 2024-05-20 .. present | TWNGOV | President of Taiwan | head-of-state

[person annette-lu]
name: Annette Lu
alias: Lu Hsiu-lien
country: TWN
role: 2000-05-20 .. 2008-05-20 | TWNGOV | Vice President of Taiwan | other

[person vincent-siew]
name: Vincent Siew
alias: Siew Wan-chang
country: TWN
role: 2008-05-20 .. 2012-05-20 | TWNGOV | Vice President of Taiwan | other

[person chen-chien-jen]
name: Chen Chien-jen
country: TWN
role: 2016-05-20 .. 2020-05-20 | TWNGOV | Vice President of Taiwan | other
role: 2023-01-31 .. 2024-05-20 | TWNGOV | Premier of Taiwan | head-of-government

[person hsiao-bi-khim]
name: Hsiao Bi-khim
alias: Bi-khim Hsiao
country: TWN
role: 2020-07 .. 2023-11 | TWNGOV | Representative of Taiwan to the United States | ambassador
role: 2024-05-20 .. present | TWNGOV | Vice President of Taiwan | other

# Premiers (presidents of the Executive Yuan).
[person tang-fei]
name: Tang Fei
country: TWN
role: 2000-05-20 .. 2000-10-06 | TWNGOV | Premier of Taiwan | head-of-government

[person chang-chun-hsiung]
name: Chang Chun-hsiung
country: TWN
role: 2000-10-06 .. 2002-02-01 | TWNGOV | Premier of Taiwan | head-of-government
role: 2007-05-21 .. 2008-05-20 | TWNGOV | Premier of Taiwan | head-of-government

[person yu-shyi-kun]
name: Yu Shyi-kun
alias: You Si-kun
country: TWN
role: 2002-02-01 .. 2005-02-01 | TWNGOV | Premier of Taiwan | head-of-government
role: 2020-02-01 .. 2024-02-01 | TWNLEG | President of the Legislative Yuan | legislature-speaker

[person frank-hsieh]
name: Frank Hsieh
alias: Hsieh Chang-ting
country: TWN
role: 2005-02-01 .. 2006-01-25 | TWNGOV | Premier of Taiwan | head-of-government

[person su-tseng-chang]
name: Su Tseng-chang
country: TWN
role: 2006-01-25 .. 2007-05-21 | TWNGOV | Premier of Taiwan | head-of-government
role: 2019-01-14 .. 2023-01-31 | TWNGOV | Premier of Taiwan | head-of-government

[person liu-chao-shiuan]
name: Liu Chao-shiuan
country: TWN
role: 2008-05-20 .. 2009-09-10 | TWNGOV | Premier of Taiwan | head-of-government

[person wu-den-yih]
name: Wu Den-yih
country: TWN
role: 2009-09-10 .. 2012-02-06 | TWNGOV | Premier of Taiwan | head-of-government
role: 2012-05-20 .. 2016-05-20 | TWNGOV | Vice President of Taiwan | other

[person sean-chen]
name: Sean Chen
alias: Chen Chun
country: TWN
role: 2012-02-06 .. 2013-02-18 | TWNGOV | Premier of Taiwan | head-of-government

[person jiang-yi-huah]
name: Jiang Yi-huah
country: TWN
role: 2013-02-18 .. 2014-12-08 | TWNGOV | Premier of Taiwan | head-of-government

[person mao-chi-kuo]
name: Mao Chi-kuo
country: TWN
role: 2014-12-08 .. 2016-02-01 | TWNGOV | Premier of Taiwan | head-of-government

[person chang-san-cheng]
name: Chang San-cheng
alias: Simon Chang
country: TWN
role: 2016-02-01 .. 2016-05-20 | TWNGOV | Premier of Taiwan | head-of-government

[person lin-chuan]
name: Lin Chuan
country: TWN
role: 2016-05-20 .. 2017-09-08 | TWNGOV | Premier of Taiwan | head-of-government

[person cho-jung-tai]
name: Cho Jung-tai
alias: Zhuo Rongtai
country: TWN
role: 2024-05-20 .. present | TWNGOV | Premier of Taiwan | head-of-government

# Ministers of foreign affairs.
[person tien-hung-mao]
name: Tien Hung-mao
country: TWN
role: 2000-05-20 .. 2002-02-01 | TWNGOV | Minister of Foreign Affairs | foreign-minister

[person eugene-chien]
name: Eugene Chien
alias: Chien Yi-hua
country: TWN
role: 2002-02-01 .. 2004-05-20 | TWNGOV | Minister of Foreign Affairs | foreign-minister

[person mark-chen]
name: Mark Chen
alias: Chen Tan-sun
country: TWN
role: 2004-05-20 .. 2006-01-25 | TWNGOV | Minister of Foreign Affairs | foreign-minister

[person james-huang]
name: James Huang
alias: Huang Chih-fang
country: TWN
role: 2006-01-25 .. 2008-05 | TWNGOV | Minister of Foreign Affairs | foreign-minister

[person francisco-ou]
name: Francisco Ou
alias: Ou Hung-lien
country: TWN
role: 2008-05-20 .. 2009-09-10 | TWNGOV | Minister of Foreign Affairs | foreign-minister

[person timothy-yang]
name: Timothy Yang
alias: Yang Chin-tien
country: TWN
role: 2009-09-10 .. 2012-09-27 | TWNGOV | Minister of Foreign Affairs | foreign-minister

[person david-lin-taiwan]
name: David Lin
alias: Lin Yung-lo
country: TWN
role: 2012-09-27 .. 2016-05-20 | TWNGOV | Minister of Foreign Affairs | foreign-minister

[person david-lee-taiwan]
name: David Lee
alias: Lee Ta-wei
country: TWN
role: 2016-05-20 .. 2018-02-26 | TWNGOV | Minister of Foreign Affairs | foreign-minister

[person joseph-wu]
name: Joseph Wu
alias: Wu Jaushieh | Jaushieh Joseph Wu | Wu Chao-hsieh
country: TWN
role: 2018-02-26 .. 2024-05-20 | TWNGOV | Minister of Foreign Affairs | foreign-minister
role: 2024-05-20 .. present | TWNGOV | Secretary-General of the National Security Council | other

[person lin-chia-lung]
name: Lin Chia-lung
country: TWN
role: 2024-05-20 .. present | TWNGOV | Minister of Foreign Affairs | foreign-minister

# Ministers of national defence.
[person wu-shih-wen]
name: Wu Shih-wen
country: TWN
role: 2000-05-20 .. 2002-02-01 | TWNGOV | Minister of National Defense | defence-minister

[person tang-yao-ming]
name: Tang Yao-ming
country: TWN
role: 2002-02-01 .. 2004-05-20 | TWNGOV | Minister of National Defense | defence-minister

[person lee-jye]
name: Lee Jye
country: TWN
role: 2004-05-20 .. 2007-05-21 | TWNGOV | Minister of National Defense | defence-minister

[person lee-tien-yu]
name: Lee Tien-yu
country: TWN
role: 2007-05-21 .. 2008-02-25 | TWNGOV | Minister of National Defense | defence-minister

[person tsai-ming-hsien]
name: Tsai Ming-hsien
country: TWN
role: 2008-02-25 .. 2008-05-20 | TWNGOV | Minister of National Defense | defence-minister

[person chen-chao-min]
name: Chen Chao-min
country: TWN
role: 2008-05-20 .. 2009-09-10 | TWNGOV | Minister of National Defense | defence-minister

[person kao-hua-chu]
name: Kao Hua-chu
country: TWN
role: 2009-09-10 .. 2013-07-31 | TWNGOV | Minister of National Defense | defence-minister

[person yen-ming]
name: Yen Ming
country: TWN
role: 2013-08-07 .. 2015-01-30 | TWNGOV | Minister of National Defense | defence-minister

[person kao-kuang-chi]
name: Kao Kuang-chi
country: TWN
role: 2015-01-30 .. 2016-05-20 | TWNGOV | Minister of National Defense | defence-minister

[person feng-shih-kuan]
name: Feng Shih-kuan
country: TWN
role: 2016-05-20 .. 2018-02-26 | TWNGOV | Minister of National Defense | defence-minister

[person yen-de-fa]
name: Yen De-fa
alias: Yen Teh-fa
country: TWN
role: 2018-02-26 .. 2021-02-23 | TWNGOV | Minister of National Defense | defence-minister

[person chiu-kuo-cheng]
name: Chiu Kuo-cheng
country: TWN
role: 2021-02-23 .. 2024-05-20 | TWNGOV | Minister of National Defense | defence-minister

[person wellington-koo]
name: Wellington Koo
alias: Koo Li-hsiung
country: TWN
role: 2024-05-20 .. present | TWNGOV | Minister of National Defense | defence-minister

# Presidents of the Legislative Yuan.
[person wang-jin-pyng]
name: Wang Jin-pyng
country: TWN
role: 1999-02-01 .. 2016-02-01 | TWNLEG | President of the Legislative Yuan | legislature-speaker

[person su-jia-chyuan]
name: Su Jia-chyuan
country: TWN
role: 2016-02-01 .. 2020-02-01 | TWNLEG | President of the Legislative Yuan | legislature-speaker

[person han-kuo-yu]
name: Han Kuo-yu
alias: Daniel Han
country: TWN
role: 2024-02-01 .. present | TWNLEG | President of the Legislative Yuan | legislature-speaker

# ---------------------------------------------------------------------------------------------------------------
# Armenia (ARM)
# ---------------------------------------------------------------------------------------------------------------

[person robert-kocharyan]
name: Robert Kocharyan
alias: Robert Kocharian
short: Kocharyan
country: ARM
role: 1998-04-09 .. 2008-04-09 | ARMGOV | President of Armenia | head-of-state

[person serzh-sargsyan]
name: Serzh Sargsyan
alias: Serzh Sarkisian | Serzh Sarkisyan | Serge Sarkissian
country: ARM
born: 1954-06-30
role: 2000-05-20 .. 2007-04-04 | ARMGOV | Minister of Defence | defence-minister
role: 2007-04-04 .. 2008-04-09 | ARMGOV | Prime Minister of Armenia | head-of-government
role: 2008-04-09 .. 2018-04-09 | ARMGOV | President of Armenia | head-of-state
role: 2018-04-17 .. 2018-04-23 | ARMGOV | Prime Minister of Armenia | head-of-government

[person armen-sarkissian]
name: Armen Sarkissian
alias: Armen Sargsyan
country: ARM
role: 2018-04-09 .. 2022-02-01 | ARMGOV | President of Armenia | head-of-state

[person vahagn-khachaturyan]
name: Vahagn Khachaturyan
alias: Vahagn Khachaturian
country: ARM
role: 2022-03-13 .. present | ARMGOV | President of Armenia | head-of-state

# Prime ministers.
[person aram-sargsyan]
name: Aram Sargsyan
alias: Aram Sarkisyan
country: ARM
role: 1999-11-03 .. 2000-05-12 | ARMGOV | Prime Minister of Armenia | head-of-government

[person andranik-margaryan]
name: Andranik Margaryan
alias: Andranik Markarian
country: ARM
role: 2000-05-12 .. 2007-03-25 | ARMGOV | Prime Minister of Armenia | head-of-government

[person tigran-sargsyan]
name: Tigran Sargsyan
alias: Tigran Sarkisian
country: ARM
role: 2008-04-09 .. 2014-04-13 | ARMGOV | Prime Minister of Armenia | head-of-government

[person hovik-abrahamyan]
name: Hovik Abrahamyan
country: ARM
role: 2014-04-13 .. 2016-09-13 | ARMGOV | Prime Minister of Armenia | head-of-government

[person karen-karapetyan]
name: Karen Karapetyan
country: ARM
role: 2016-09-13 .. 2018-04-17 | ARMGOV | Prime Minister of Armenia | head-of-government

[person nikol-pashinyan]
name: Nikol Pashinyan
alias: Nikol Pashinian
short: Pashinyan
country: ARM
born: 1975-06-01
role: 2018-05-08 .. present | ARMGOV | Prime Minister of Armenia | head-of-government

# Foreign ministers.
[person vartan-oskanian]
name: Vartan Oskanian
alias: Vardan Oskanyan
short: Oskanian
country: ARM
role: 1998-04 .. 2008-04-21 | ARMGOV | Minister of Foreign Affairs | foreign-minister

[person edward-nalbandyan]
name: Edward Nalbandyan
alias: Edward Nalbandian | Eduard Nalbandyan
short: Nalbandyan
country: ARM
role: 2008-04-21 .. 2018-05-12 | ARMGOV | Minister of Foreign Affairs | foreign-minister

[person zohrab-mnatsakanyan]
name: Zohrab Mnatsakanyan
alias: Zohrab Mnatsakanian
short: Mnatsakanyan
country: ARM
role: 2018-05-12 .. 2020-11-16 | ARMGOV | Minister of Foreign Affairs | foreign-minister

[person ara-aivazian]
name: Ara Aivazian
alias: Ara Ayvazyan
country: ARM
role: 2020-11-18 .. 2021-05-31 | ARMGOV | Minister of Foreign Affairs | foreign-minister

[person ararat-mirzoyan]
name: Ararat Mirzoyan
alias: Ararat Mirzoian
short: Mirzoyan
country: ARM
role: 2019-01-14 .. 2021-08-02 | ARMLEG | President of the National Assembly | legislature-speaker
role: 2021-08-19 .. present | ARMGOV | Minister of Foreign Affairs | foreign-minister

# Defence ministers.
[person vagharshak-harutyunyan]
name: Vagharshak Harutyunyan
alias: Vagharshak Harutiunyan
country: ARM
role: 1999 .. 2000-05-20 | ARMGOV | Minister of Defence | defence-minister
role: 2020-11-20 .. 2021-08 | ARMGOV | Minister of Defence | defence-minister

[person mikael-harutyunyan]
name: Mikael Harutyunyan
country: ARM
role: 2007-04-04 .. 2008-04-21 | ARMGOV | Minister of Defence | defence-minister

[person seyran-ohanyan]
name: Seyran Ohanyan
alias: Seyran Ohanian
country: ARM
role: 2008-04-21 .. 2016-10-03 | ARMGOV | Minister of Defence | defence-minister

[person vigen-sargsyan]
name: Vigen Sargsyan
alias: Vigen Sargsian
country: ARM
role: 2016-10-03 .. 2018-05-12 | ARMGOV | Minister of Defence | defence-minister

[person david-tonoyan]
name: David Tonoyan
alias: Davit Tonoyan
short: Tonoyan
country: ARM
role: 2018-05-12 .. 2020-11-20 | ARMGOV | Minister of Defence | defence-minister

[person arshak-karapetyan]
name: Arshak Karapetyan
country: ARM
role: 2021-08 .. 2021-11-15 | ARMGOV | Minister of Defence | defence-minister

[person suren-papikyan]
name: Suren Papikyan
alias: Suren Papikian
short: Papikyan
country: ARM
role: 2021-11-15 .. present | ARMGOV | Minister of Defence | defence-minister

# ---------------------------------------------------------------------------------------------------------------
# Azerbaijan (AZE)
# ---------------------------------------------------------------------------------------------------------------

[person heydar-aliyev]
name: Heydar Aliyev
alias: Heydar Aliev | Geidar Aliyev
country: AZE
role: 1993-10-10 .. 2003-10-31 | AZEGOV | President of Azerbaijan | head-of-state

[person ilham-aliyev]
name: Ilham Aliyev
alias: Ilham Aliev
country: AZE
born: 1961-12-24
role: 2003-08-04 .. 2003-11-04 | AZEGOV | Prime Minister of Azerbaijan | head-of-government
role: 2003-10-31 .. present | AZEGOV | President of Azerbaijan | head-of-state

[person mehriban-aliyeva]
name: Mehriban Aliyeva
alias: Mehriban Aliyeva-Pashayeva
country: AZE
role: 2017-02-21 .. present | AZEGOV | First Vice President of Azerbaijan | other

[person artur-rasizade]
name: Artur Rasizade
alias: Artur Rasi-zade
short: Rasizade
country: AZE
role: 1996-07-19 .. 2003-08-04 | AZEGOV | Prime Minister of Azerbaijan | head-of-government
role: 2003-11-04 .. 2018-04-21 | AZEGOV | Prime Minister of Azerbaijan | head-of-government

[person novruz-mammadov]
name: Novruz Mammadov
alias: Novruz Mamedov
country: AZE
role: 2018-04-21 .. 2019-10-08 | AZEGOV | Prime Minister of Azerbaijan | head-of-government

[person ali-asadov]
name: Ali Asadov
country: AZE
role: 2019-10-08 .. present | AZEGOV | Prime Minister of Azerbaijan | head-of-government

[person vilayat-guliyev]
name: Vilayat Guliyev
alias: Vilayat Quliyev
country: AZE
role: 1999-10 .. 2004-04-02 | AZEGOV | Minister of Foreign Affairs | foreign-minister

[person elmar-mammadyarov]
name: Elmar Mammadyarov
alias: Elmar Mamedyarov
short: Mammadyarov
country: AZE
role: 2004-04-02 .. 2020-07-16 | AZEGOV | Minister of Foreign Affairs | foreign-minister

[person jeyhun-bayramov]
name: Jeyhun Bayramov
alias: Ceyhun Bayramov
short: Bayramov
country: AZE
role: 2020-07-16 .. present | AZEGOV | Minister of Foreign Affairs | foreign-minister

[person safar-abiyev]
name: Safar Abiyev
alias: Safar Abiev
country: AZE
role: 1995-02-06 .. 2013-10-22 | AZEGOV | Minister of Defence | defence-minister

[person zakir-hasanov]
name: Zakir Hasanov
alias: Zakir Gasanov
country: AZE
role: 2013-10-22 .. present | AZEGOV | Minister of Defence | defence-minister

# ---------------------------------------------------------------------------------------------------------------
# Kazakhstan (KAZ)
# ---------------------------------------------------------------------------------------------------------------

[person nursultan-nazarbayev]
name: Nursultan Nazarbayev
alias: Nursultan Nazarbaev
short: Nazarbayev
country: KAZ
born: 1940-07-06
role: 1991-12-16 .. 2019-03-20 | KAZGOV | President of Kazakhstan | head-of-state
role: 2019-03-20 .. 2022-01-05 | KAZGOV | Chairman of the Security Council of Kazakhstan | other

[person kassym-jomart-tokayev]
name: Kassym-Jomart Tokayev
alias: Kassym-Zhomart Tokayev | Qasym-Jomart Toqayev | Kasym-Zhomart Tokaev
short: Tokayev
country: KAZ
born: 1953-05-17
role: 1999-10-01 .. 2002-01-28 | KAZGOV | Prime Minister of Kazakhstan | head-of-government
role: 2002-01-28 .. 2007-01-10 | KAZGOV | Minister of Foreign Affairs | foreign-minister
role: 2007-01-11 .. 2011-04-15 | KAZLEG | Chairman of the Senate | legislature-speaker
role: 2011-03-12 .. 2013-10-16 | IGOUNO | Director-General of the United Nations Office at Geneva | international-official
role: 2013-10-16 .. 2019-03-19 | KAZLEG | Chairman of the Senate | legislature-speaker
role: 2019-03-20 .. present | KAZGOV | President of Kazakhstan | head-of-state

# Prime ministers.
[person imangali-tasmagambetov]
name: Imangali Tasmagambetov
country: KAZ
role: 2002-01-28 .. 2003-06-13 | KAZGOV | Prime Minister of Kazakhstan | head-of-government
role: 2014-10-22 .. 2016-09-13 | KAZGOV | Minister of Defence | defence-minister

[person daniyal-akhmetov]
name: Daniyal Akhmetov
country: KAZ
role: 2003-06-13 .. 2007-01-10 | KAZGOV | Prime Minister of Kazakhstan | head-of-government
role: 2007-01-10 .. 2009-06 | KAZGOV | Minister of Defence | defence-minister

[person karim-massimov]
name: Karim Massimov
alias: Karim Masimov
country: KAZ
role: 2007-01-10 .. 2012-09-24 | KAZGOV | Prime Minister of Kazakhstan | head-of-government
role: 2014-04-02 .. 2016-09-08 | KAZGOV | Prime Minister of Kazakhstan | head-of-government
role: 2016-09-08 .. 2022-01-05 | KAZSPY | Chairman of the National Security Committee | intelligence-chief

[person serik-akhmetov]
name: Serik Akhmetov
country: KAZ
role: 2012-09-24 .. 2014-04-02 | KAZGOV | Prime Minister of Kazakhstan | head-of-government

[person bakhytzhan-sagintayev]
name: Bakhytzhan Sagintayev
alias: Bakytzhan Sagintayev
country: KAZ
role: 2016-09-08 .. 2019-02-21 | KAZGOV | Prime Minister of Kazakhstan | head-of-government

[person askar-mamin]
name: Askar Mamin
country: KAZ
role: 2019-02-25 .. 2022-01-05 | KAZGOV | Prime Minister of Kazakhstan | head-of-government

[person alikhan-smailov]
name: Alikhan Smailov
country: KAZ
role: 2022-01-05 .. 2024-02-05 | KAZGOV | Prime Minister of Kazakhstan (acting until 2022-01-11) | head-of-government

[person olzhas-bektenov]
name: Olzhas Bektenov
alias: Oljas Bektenov
country: KAZ
role: 2024-02-06 .. present | KAZGOV | Prime Minister of Kazakhstan | head-of-government

# Foreign ministers.
[person yerlan-idrissov]
name: Yerlan Idrissov
alias: Erlan Idrissov
country: KAZ
role: 1999-10-12 .. 2002-01-28 | KAZGOV | Minister of Foreign Affairs | foreign-minister
role: 2012-09-28 .. 2016-12-28 | KAZGOV | Minister of Foreign Affairs | foreign-minister

[person marat-tazhin]
name: Marat Tazhin
country: KAZ
role: 2007-01-10 .. 2009-09-04 | KAZGOV | Minister of Foreign Affairs | foreign-minister

[person kanat-saudabayev]
name: Kanat Saudabayev
country: KAZ
role: 2009-09-04 .. 2011-03 | KAZGOV | Minister of Foreign Affairs | foreign-minister

[person yerzhan-kazykhanov]
name: Yerzhan Kazykhanov
alias: Yerzhan Kazykhan | Erzhan Kazykhanov
country: KAZ
role: 2011-04 .. 2012-09-28 | KAZGOV | Minister of Foreign Affairs | foreign-minister

[person kairat-abdrakhmanov]
name: Kairat Abdrakhmanov
country: KAZ
role: 2016-12-28 .. 2018-12-18 | KAZGOV | Minister of Foreign Affairs | foreign-minister

[person beibut-atamkulov]
name: Beibut Atamkulov
country: KAZ
role: 2018-12-18 .. 2019-09-18 | KAZGOV | Minister of Foreign Affairs | foreign-minister

[person mukhtar-tleuberdi]
name: Mukhtar Tleuberdi
country: KAZ
role: 2019-09-18 .. 2023-09-01 | KAZGOV | Minister of Foreign Affairs | foreign-minister

[person murat-nurtleu]
name: Murat Nurtleu
country: KAZ
role: 2023-09-01 .. 2025-09-26 | KAZGOV | Minister of Foreign Affairs | foreign-minister

[person yermek-kosherbayev]
name: Yermek Kosherbayev
alias: Ermek Kosherbayev | Yermek Kosherbaev
country: KAZ
role: 2020-01 .. 2023-06 | KAZGOV | Ambassador of Kazakhstan to Russia | ambassador
role: 2025-09-26 .. present | KAZGOV | Minister of Foreign Affairs | foreign-minister

# Defence ministers.
[person sat-tokpakbayev]
name: Sat Tokpakbayev
country: KAZ
role: 1999 .. 2001-12-08 | KAZGOV | Minister of Defence | defence-minister

[person mukhtar-altynbayev]
name: Mukhtar Altynbayev
country: KAZ
role: 2001-12-08 .. 2007-01-10 | KAZGOV | Minister of Defence | defence-minister

[person adilbek-dzhaksybekov]
name: Adilbek Dzhaksybekov
alias: Adilbek Zhaksybekov
country: KAZ
role: 2009-06 .. 2014-10-22 | KAZGOV | Minister of Defence | defence-minister

[person saken-zhasuzakov]
name: Saken Zhasuzakov
country: KAZ
role: 2016-09-13 .. 2018-08-06 | KAZGOV | Minister of Defence | defence-minister

[person nurlan-yermekbayev]
name: Nurlan Yermekbayev
alias: Nurlan Ermekbayev
country: KAZ
role: 2018-08-06 .. 2021-08-31 | KAZGOV | Minister of Defence | defence-minister

[person murat-bektanov]
name: Murat Bektanov
country: KAZ
role: 2021-08-31 .. 2022-01-19 | KAZGOV | Minister of Defence | defence-minister

[person ruslan-zhaksylykov]
name: Ruslan Zhaksylykov
country: KAZ
role: 2022-01-19 .. 2025-06-08 | KAZGOV | Minister of Defence | defence-minister

[person dauren-kosanov]
name: Dauren Kosanov
country: KAZ
role: 2025-06-08 .. present | KAZGOV | Minister of Defence | defence-minister

# ---------------------------------------------------------------------------------------------------------------
# Uzbekistan (UZB)
# ---------------------------------------------------------------------------------------------------------------

[person islam-karimov]
name: Islam Karimov
alias: Islom Karimov | Islam Abduganiyevich Karimov
country: UZB
born: 1938-01-30
role: 1990-03-24 .. 2016-09-02 | UZBGOV | President of Uzbekistan | head-of-state

[person shavkat-mirziyoyev]
name: Shavkat Mirziyoyev
alias: Shavkat Mirziyoev | Shavkat Mirziyayev | Shavkat Mirzijojev
short: Mirziyoyev
country: UZB
born: 1957-07-24
role: 2003-12-12 .. 2016-12-14 | UZBGOV | Prime Minister of Uzbekistan | head-of-government
role: 2016-09-08 .. 2016-12-14 | UZBGOV | Acting President of Uzbekistan | head-of-state
role: 2016-12-14 .. present | UZBGOV | President of Uzbekistan | head-of-state

[person abdulla-aripov]
name: Abdulla Aripov
country: UZB
role: 2016-12-14 .. present | UZBGOV | Prime Minister of Uzbekistan | head-of-government

[person abdulaziz-kamilov]
name: Abdulaziz Kamilov
alias: Abdulaziz Komilov
country: UZB
role: 2012-01 .. 2022-04-27 | UZBGOV | Minister of Foreign Affairs | foreign-minister

[person vladimir-norov]
name: Vladimir Norov
country: UZB
role: 2006 .. 2010 | UZBGOV | Minister of Foreign Affairs | foreign-minister
role: 2022-04-27 .. 2022-12-30 | UZBGOV | Minister of Foreign Affairs (acting until September 2022) | foreign-minister

[person bakhtiyor-saidov]
name: Bakhtiyor Saidov
country: UZB
role: 2022-12-30 .. present | UZBGOV | Minister of Foreign Affairs (acting at first) | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Kyrgyzstan (KGZ)
# ---------------------------------------------------------------------------------------------------------------
# Since 2021 the head of government has been the Chairman of the Cabinet of Ministers (head of the Presidential
# Administration), under a presidential constitution.

[person almazbek-atambayev]
name: Almazbek Atambayev
alias: Almazbek Atambaev
short: Atambayev
country: KGZ
born: 1956-09-17
role: 2010-12-17 .. 2011-12-01 | KGZGOV | Prime Minister of Kyrgyzstan | head-of-government
role: 2011-12-01 .. 2017-11-24 | KGZGOV | President of Kyrgyzstan | head-of-state

[person sooronbay-jeenbekov]
name: Sooronbay Jeenbekov
alias: Sooronbai Jeenbekov | Sooronbay Zheenbekov
short: Jeenbekov
country: KGZ
born: 1958-11-16
role: 2016-04-13 .. 2017-08-22 | KGZGOV | Prime Minister of Kyrgyzstan | head-of-government
role: 2017-11-24 .. 2020-10-15 | KGZGOV | President of Kyrgyzstan; resigned | head-of-state

[person sadyr-japarov]
name: Sadyr Japarov
alias: Sadyr Zhaparov | Sadyr Japarov Nurgojoevich
country: KGZ
born: 1968-12-06
role: 2020-10-06 .. 2020-11-14 | KGZGOV | Prime Minister of Kyrgyzstan | head-of-government
role: 2020-10-16 .. 2020-11-14 | KGZGOV | Acting President of Kyrgyzstan | head-of-state
role: 2021-01-28 .. present | KGZGOV | President of Kyrgyzstan | head-of-state

[person talant-mamytov]
name: Talant Mamytov
country: KGZ
role: 2020-11-14 .. 2021-01-28 | KGZGOV | Acting President of Kyrgyzstan (Speaker of the Supreme Council) | head-of-state

[person temir-sariyev]
name: Temir Sariyev
alias: Temir Sariev
country: KGZ
role: 2015-05-01 .. 2016-04-13 | KGZGOV | Prime Minister of Kyrgyzstan | head-of-government

[person sapar-isakov]
name: Sapar Isakov
country: KGZ
role: 2017-08 .. 2018-04 | KGZGOV | Prime Minister of Kyrgyzstan | head-of-government

[person muhammetkaliy-abylgaziyev]
name: Muhammetkaliy Abylgaziyev
alias: Mukhammedkalyi Abylgaziev | Muhammetkaly Abulgaziev
country: KGZ
role: 2018-04 .. 2020-06 | KGZGOV | Prime Minister of Kyrgyzstan | head-of-government

[person kubatbek-boronov]
name: Kubatbek Boronov
country: KGZ
role: 2020-06 .. 2020-10-06 | KGZGOV | Prime Minister of Kyrgyzstan | head-of-government

[person ulukbek-maripov]
name: Ulukbek Maripov
country: KGZ
role: 2021-02 .. 2021-10-12 | KGZGOV | Prime Minister of Kyrgyzstan | head-of-government

[person akylbek-japarov]
name: Akylbek Japarov
alias: Akylbek Zhaparov
country: KGZ
role: 2021-10-12 .. 2024-12-16 | KGZGOV | Chairman of the Cabinet of Ministers of Kyrgyzstan | head-of-government

[person adylbek-kasymaliev]
name: Adylbek Kasymaliev
alias: Adylbek Kasymaliyev
country: KGZ
role: 2024-12-16 .. present | KGZGOV | Chairman of the Cabinet of Ministers of Kyrgyzstan | head-of-government

[person erlan-abdyldayev]
name: Erlan Abdyldayev
alias: Erlan Abdyldaev
country: KGZ
role: 2012-09 .. 2018-04 | KGZGOV | Minister of Foreign Affairs | foreign-minister

[person chingiz-aidarbekov]
name: Chingiz Aidarbekov
country: KGZ
role: 2018-04 .. 2020-10 | KGZGOV | Minister of Foreign Affairs | foreign-minister

[person ruslan-kazakbayev]
name: Ruslan Kazakbayev
alias: Ruslan Kazakbaev
country: KGZ
role: 2020-10 .. 2022-04 | KGZGOV | Minister of Foreign Affairs | foreign-minister

[person jeenbek-kulubayev]
name: Jeenbek Kulubayev
alias: Jeenbek Kulubaev | Zheenbek Kulubaev
country: KGZ
role: 2022-04 .. present | KGZGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Tajikistan (TJK)
# ---------------------------------------------------------------------------------------------------------------

[person emomali-rahmon]
name: Emomali Rahmon
alias: Emomali Rahmonov | Emomalii Rahmon
short: Rahmon
country: TJK
born: 1952-10-05
role: 1994-11-16 .. present | TJKGOV | President of Tajikistan | head-of-state

[person kokhir-rasulzoda]
name: Kokhir Rasulzoda
alias: Qohir Rasulzoda | Kohir Rasulzoda
country: TJK
role: 2013-11-23 .. present | TJKGOV | Prime Minister of Tajikistan | head-of-government

[person sirojiddin-muhriddin]
name: Sirojiddin Muhriddin
alias: Sirojiddin Mukhriddin | Sirodjidin Aslov | Sirojiddin Aslov
country: TJK
role: 2013-11-23 .. present | TJKGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Turkmenistan (TKM)
# ---------------------------------------------------------------------------------------------------------------
# The president is head of state and of government (chairman of the Cabinet of Ministers).

[person gurbanguly-berdimuhamedow]
name: Gurbanguly Berdimuhamedow
alias: Gurbanguly Berdimuhamedov | Gurbanguly Berdymukhamedov | Gurbanguly Berdymukhammedov
country: TKM
born: 1957-06-29
role: 2006-12-21 .. 2007-02-14 | TKMGOV | Acting President of Turkmenistan | head-of-state, head-of-government
role: 2007-02-14 .. 2022-03-19 | TKMGOV | President of Turkmenistan | head-of-state, head-of-government
role: 2023-01-21 .. present | TKMLEG | Chairman of the Halk Maslahaty (People's Council), "National Leader" | other

[person serdar-berdimuhamedow]
name: Serdar Berdimuhamedow
alias: Serdar Berdimuhamedov | Serdar Berdymukhamedov
country: TKM
born: 1981-09-22
role: 2022-03-19 .. present | TKMGOV | President of Turkmenistan | head-of-state, head-of-government

[person rashid-meredow]
name: Rashid Meredow
alias: Rashid Meredov
country: TKM
role: 2001-07 .. present | TKMGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Australia (AUS)
# ---------------------------------------------------------------------------------------------------------------
# Australia's head of state is the monarch of the United Kingdom (Elizabeth II until 2022-09-08, then Charles III),
# who belongs with the British entries. The Governor-General exercises the head of state's powers in Australia and
# is listed here with that office.

[person william-deane]
name: William Deane
alias: Sir William Deane
country: AUS
role: 1996-02-16 .. 2001-06-29 | AUSGOV | Governor-General of Australia | head-of-state

[person peter-hollingworth]
name: Peter Hollingworth
country: AUS
role: 2001-06-29 .. 2003-05-28 | AUSGOV | Governor-General of Australia | head-of-state

[person michael-jeffery]
name: Michael Jeffery
country: AUS
role: 2003-08-11 .. 2008-09-05 | AUSGOV | Governor-General of Australia | head-of-state

[person quentin-bryce]
name: Quentin Bryce
country: AUS
role: 2008-09-05 .. 2014-03-28 | AUSGOV | Governor-General of Australia | head-of-state

[person peter-cosgrove]
name: Peter Cosgrove
alias: Sir Peter Cosgrove
country: AUS
role: 2014-03-28 .. 2019-07-01 | AUSGOV | Governor-General of Australia | head-of-state

[person david-hurley]
name: David Hurley
country: AUS
role: 2019-07-01 .. 2024-07-01 | AUSGOV | Governor-General of Australia | head-of-state

[person sam-mostyn]
name: Sam Mostyn
alias: Samantha Mostyn
country: AUS
role: 2024-07-01 .. present | AUSGOV | Governor-General of Australia | head-of-state

# Prime ministers.
[person john-howard]
name: John Howard
country: AUS
born: 1939-07-26
role: 1996-03-11 .. 2007-12-03 | AUSGOV | Prime Minister of Australia | head-of-government

[person kevin-rudd]
name: Kevin Rudd
short: Rudd
country: AUS
born: 1957-09-21
role: 2006-12-04 .. 2007-12-03 | AUSOPP | Leader of the Opposition | opposition-leader
role: 2007-12-03 .. 2010-06-24 | AUSGOV | Prime Minister of Australia | head-of-government
role: 2010-09-14 .. 2012-02-22 | AUSGOV | Minister for Foreign Affairs | foreign-minister
role: 2013-06-27 .. 2013-09-18 | AUSGOV | Prime Minister of Australia | head-of-government
role: 2023-03-20 .. 2025-03 | AUSGOV | Ambassador of Australia to the United States | ambassador

[person julia-gillard]
name: Julia Gillard
short: Gillard
country: AUS
born: 1961-09-29
role: 2010-06-24 .. 2013-06-27 | AUSGOV | Prime Minister of Australia | head-of-government

[person tony-abbott]
name: Tony Abbott
country: AUS
born: 1957-11-04
role: 2009-12-01 .. 2013-09-18 | AUSOPP | Leader of the Opposition | opposition-leader
role: 2013-09-18 .. 2015-09-15 | AUSGOV | Prime Minister of Australia | head-of-government

[person malcolm-turnbull]
name: Malcolm Turnbull
short: Turnbull
country: AUS
born: 1954-10-24
role: 2008-09-16 .. 2009-12-01 | AUSOPP | Leader of the Opposition | opposition-leader
role: 2015-09-15 .. 2018-08-24 | AUSGOV | Prime Minister of Australia | head-of-government

[person scott-morrison]
name: Scott Morrison
alias: ScoMo
country: AUS
born: 1968-05-13
role: 2018-08-24 .. 2022-05-23 | AUSGOV | Prime Minister of Australia | head-of-government

[person anthony-albanese]
name: Anthony Albanese
short: Albanese
country: AUS
born: 1963-03-02
role: 2019-05-30 .. 2022-05-23 | AUSOPP | Leader of the Opposition | opposition-leader
role: 2022-05-23 .. present | AUSGOV | Prime Minister of Australia | head-of-government

# Foreign ministers.
[person alexander-downer]
name: Alexander Downer
short: Downer
country: AUS
role: 1996-03-11 .. 2007-12-03 | AUSGOV | Minister for Foreign Affairs | foreign-minister

[person stephen-smith]
name: Stephen Smith
country: AUS
role: 2007-12-03 .. 2010-09-14 | AUSGOV | Minister for Foreign Affairs | foreign-minister
role: 2010-09-14 .. 2013-09-18 | AUSGOV | Minister for Defence | defence-minister

[person bob-carr]
name: Bob Carr
country: AUS
role: 2012-03-13 .. 2013-09-18 | AUSGOV | Minister for Foreign Affairs | foreign-minister

[person julie-bishop]
name: Julie Bishop
country: AUS
role: 2013-09-18 .. 2018-08-28 | AUSGOV | Minister for Foreign Affairs | foreign-minister

[person marise-payne]
name: Marise Payne
country: AUS
role: 2015-09-21 .. 2018-08-28 | AUSGOV | Minister for Defence | defence-minister
role: 2018-08-28 .. 2022-05-23 | AUSGOV | Minister for Foreign Affairs | foreign-minister

[person penny-wong]
name: Penny Wong
country: AUS
born: 1968-11-05
role: 2022-05-23 .. present | AUSGOV | Minister for Foreign Affairs | foreign-minister

# Defence ministers.
[person john-moore-australia]
name: John Moore
country: AUS
role: 1998-10-21 .. 2001-01-30 | AUSGOV | Minister for Defence | defence-minister

[person peter-reith]
name: Peter Reith
country: AUS
role: 2001-01-30 .. 2001-11-26 | AUSGOV | Minister for Defence | defence-minister

[person robert-hill]
name: Robert Hill
country: AUS
role: 2001-11-26 .. 2006-01-27 | AUSGOV | Minister for Defence | defence-minister

[person brendan-nelson]
name: Brendan Nelson
country: AUS
role: 2006-01-27 .. 2007-12-03 | AUSGOV | Minister for Defence | defence-minister
role: 2007-11-29 .. 2008-09-16 | AUSOPP | Leader of the Opposition | opposition-leader

[person joel-fitzgibbon]
name: Joel Fitzgibbon
short: Fitzgibbon
country: AUS
role: 2007-12-03 .. 2009-06-09 | AUSGOV | Minister for Defence | defence-minister

[person john-faulkner]
name: John Faulkner
country: AUS
role: 2009-06-09 .. 2010-09-14 | AUSGOV | Minister for Defence | defence-minister

[person david-johnston-australia]
name: David Johnston
country: AUS
role: 2013-09-18 .. 2014-12-23 | AUSGOV | Minister for Defence | defence-minister

[person kevin-andrews]
name: Kevin Andrews
country: AUS
role: 2014-12-23 .. 2015-09-21 | AUSGOV | Minister for Defence | defence-minister

[person christopher-pyne]
name: Christopher Pyne
short: Pyne
country: AUS
role: 2018-08-28 .. 2019-05-29 | AUSGOV | Minister for Defence | defence-minister

[person linda-reynolds]
name: Linda Reynolds
country: AUS
role: 2019-05-29 .. 2021-03-30 | AUSGOV | Minister for Defence | defence-minister

[person peter-dutton]
name: Peter Dutton
short: Dutton
country: AUS
role: 2021-03-30 .. 2022-05-23 | AUSGOV | Minister for Defence | defence-minister
role: 2022-05-30 .. 2025-05-13 | AUSOPP | Leader of the Opposition | opposition-leader

[person richard-marles]
name: Richard Marles
short: Marles
country: AUS
role: 2022-05-23 .. present | AUSGOV | Deputy Prime Minister of Australia | deputy-head-of-government
role: 2022-06-01 .. present | AUSGOV | Minister for Defence | defence-minister

# Leaders of the opposition not listed above.
[person kim-beazley]
name: Kim Beazley
short: Beazley
country: AUS
role: 1996-03-19 .. 2001-11-22 | AUSOPP | Leader of the Opposition | opposition-leader
role: 2005-01-28 .. 2006-12-04 | AUSOPP | Leader of the Opposition | opposition-leader
role: 2010-02 .. 2016-01 | AUSGOV | Ambassador of Australia to the United States | ambassador

[person simon-crean]
name: Simon Crean
country: AUS
role: 2001-11-22 .. 2003-12-02 | AUSOPP | Leader of the Opposition | opposition-leader

[person mark-latham]
name: Mark Latham
country: AUS
role: 2003-12-02 .. 2005-01-18 | AUSOPP | Leader of the Opposition | opposition-leader

[person bill-shorten]
name: Bill Shorten
short: Shorten
country: AUS
role: 2013-10-13 .. 2019-05-30 | AUSOPP | Leader of the Opposition | opposition-leader

[person sussan-ley]
name: Sussan Ley
country: AUS
role: 2025-05-13 .. present | AUSOPP | Leader of the Opposition | opposition-leader

[person jim-chalmers]
name: Jim Chalmers
short: Chalmers
country: AUS
role: 2022-06-01 .. present | AUSGOV | Treasurer of Australia | finance-minister

# ---------------------------------------------------------------------------------------------------------------
# New Zealand (NZL)
# ---------------------------------------------------------------------------------------------------------------
# New Zealand's head of state is the monarch of the United Kingdom; only prime ministers and foreign ministers are
# listed here.

[person helen-clark]
name: Helen Clark
country: NZL
born: 1950-02-26
role: 1999-12-10 .. 2008-11-19 | NZLGOV | Prime Minister of New Zealand | head-of-government
role: 2009-04-17 .. 2017-04-19 | IGOUNODEV | Administrator of the United Nations Development Programme | international-official

[person john-key]
name: John Key
country: NZL
born: 1961-08-09
role: 2008-11-19 .. 2016-12-12 | NZLGOV | Prime Minister of New Zealand | head-of-government

[person bill-english]
name: Bill English
country: NZL
role: 2016-12-12 .. 2017-10-26 | NZLGOV | Prime Minister of New Zealand | head-of-government

[person jacinda-ardern]
name: Jacinda Ardern
short: Ardern
country: NZL
born: 1980-07-26
role: 2017-10-26 .. 2023-01-25 | NZLGOV | Prime Minister of New Zealand | head-of-government

[person chris-hipkins]
name: Chris Hipkins
alias: Christopher Hipkins
short: Hipkins
country: NZL
role: 2023-01-25 .. 2023-11-27 | NZLGOV | Prime Minister of New Zealand | head-of-government
role: 2023-11-27 .. present | NZLOPP | Leader of the Opposition | opposition-leader

[person christopher-luxon]
name: Christopher Luxon
alias: Chris Luxon
short: Luxon
country: NZL
born: 1970-07-19
role: 2021-11-30 .. 2023-11-27 | NZLOPP | Leader of the National Party, Leader of the Opposition | party-leader, opposition-leader
role: 2023-11-27 .. present | NZLGOV | Prime Minister of New Zealand | head-of-government

[person murray-mccully]
name: Murray McCully
country: NZL
role: 2008-11-19 .. 2017-05-02 | NZLGOV | Minister of Foreign Affairs | foreign-minister

[person gerry-brownlee]
name: Gerry Brownlee
country: NZL
role: 2017-05-02 .. 2017-10-26 | NZLGOV | Minister of Foreign Affairs | foreign-minister

[person winston-peters]
name: Winston Peters
country: NZL
born: 1945-04-11
role: 2005-10-19 .. 2008-08-29 | NZLGOV | Minister of Foreign Affairs | foreign-minister
role: 2017-10-26 .. 2020-11-06 | NZLGOV | Deputy Prime Minister and Minister of Foreign Affairs | foreign-minister
role: 2023-11-27 .. present | NZLGOV | Minister of Foreign Affairs | foreign-minister

[person nanaia-mahuta]
name: Nanaia Mahuta
country: NZL
role: 2020-11-06 .. 2023-11-27 | NZLGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Ambassadors and envoys of Russia and the United States in the Koreas, China and Japan
# ---------------------------------------------------------------------------------------------------------------
# Dates are those of taking up the post in the capital where known (arrival or presentation of credentials),
# otherwise the month of appointment.

# Appointed in December 2014; died in office on 2025-12-06.
[person alexander-matsegora]
name: Alexander Matsegora
alias: Aleksandr Matsegora | Alexandr Matsegora
short: Matsegora
country: RUS
born: 1955-11-21
role: 2014-12 .. 2025-12-06 | RUSGOV | Ambassador of Russia to North Korea | ambassador

[person andrey-denisov]
name: Andrey Denisov
alias: Andrei Denisov
country: RUS
role: 2013 .. 2022 | RUSGOV | Ambassador of Russia to China | ambassador

[person igor-morgulov]
name: Igor Morgulov
country: RUS
role: 2022 .. present | RUSGOV | Ambassador of Russia to China | ambassador

[person andrey-kulik]
name: Andrey Kulik
alias: Andrei Kulik
country: RUS
role: 2018 .. 2022 | RUSGOV | Ambassador of Russia to South Korea | ambassador

[person georgy-zinoviev]
name: Georgy Zinoviev
alias: Georgiy Zinoviev | Georgy Zinovyev
country: RUS
role: 2022 .. present | RUSGOV | Ambassador of Russia to South Korea | ambassador

# United States ambassadors to China.
[person joseph-prueher]
name: Joseph Prueher
country: USA
role: 1999-11 .. 2001-05 | USAGOV | Ambassador of the United States to China | ambassador

[person clark-randt]
name: Clark T. Randt Jr.
alias: Clark Randt | Sandy Randt
country: USA
role: 2001-07 .. 2009-01 | USAGOV | Ambassador of the United States to China | ambassador

[person jon-huntsman]
name: Jon Huntsman Jr.
alias: Jon Huntsman
country: USA
role: 2009-08 .. 2011-04-30 | USAGOV | Ambassador of the United States to China | ambassador
role: 2017-10-03 .. 2019-10 | USAGOV | Ambassador of the United States to Russia | ambassador

[person gary-locke]
name: Gary Locke
country: USA
role: 2011-08 .. 2014-03 | USAGOV | Ambassador of the United States to China | ambassador

[person max-baucus]
name: Max Baucus
country: USA
role: 2014-03 .. 2017-01-20 | USAGOV | Ambassador of the United States to China | ambassador

[person terry-branstad]
name: Terry Branstad
country: USA
role: 2017-07 .. 2020-10 | USAGOV | Ambassador of the United States to China | ambassador

[person nicholas-burns]
name: R. Nicholas Burns
alias: Nicholas Burns | Nick Burns
country: USA
role: 2022-03 .. 2025-01 | USAGOV | Ambassador of the United States to China | ambassador

[person david-perdue]
name: David Perdue
country: USA
role: 2025-05 .. present | USAGOV | Ambassador of the United States to China | ambassador

# United States ambassadors to Japan.
[person howard-baker]
name: Howard Baker
alias: Howard H. Baker Jr.
country: USA
role: 2001-07 .. 2005-02 | USAGOV | Ambassador of the United States to Japan | ambassador

[person thomas-schieffer]
name: Thomas Schieffer
alias: J. Thomas Schieffer
country: USA
role: 2005-04 .. 2009-01 | USAGOV | Ambassador of the United States to Japan | ambassador

[person john-roos]
name: John Roos
country: USA
role: 2009-08 .. 2013-08 | USAGOV | Ambassador of the United States to Japan | ambassador

[person caroline-kennedy]
name: Caroline Kennedy
country: USA
role: 2013-11-19 .. 2017-01-18 | USAGOV | Ambassador of the United States to Japan | ambassador

[person bill-hagerty]
name: Bill Hagerty
alias: William Hagerty | William F. Hagerty
country: USA
role: 2017-08 .. 2019-07 | USAGOV | Ambassador of the United States to Japan | ambassador

[person rahm-emanuel]
name: Rahm Emanuel
country: USA
role: 2022-01 .. 2025-01 | USAGOV | Ambassador of the United States to Japan | ambassador

[person george-glass]
name: George Glass
country: USA
role: 2025-04 .. present | USAGOV | Ambassador of the United States to Japan | ambassador

# United States ambassadors to South Korea.
[person thomas-hubbard]
name: Thomas Hubbard
alias: Thomas C. Hubbard
country: USA
role: 2001-09 .. 2004-08 | USAGOV | Ambassador of the United States to South Korea | ambassador

[person christopher-hill]
name: Christopher Hill
alias: Christopher R. Hill
country: USA
role: 2004-08 .. 2005-04 | USAGOV | Ambassador of the United States to South Korea | ambassador
role: 2005-04 .. 2009-04 | USAGOV | Assistant Secretary of State for East Asia; chief US envoy to the six-party talks | envoy

[person alexander-vershbow]
name: Alexander Vershbow
country: USA
role: 2005-10 .. 2008-09 | USAGOV | Ambassador of the United States to South Korea | ambassador

[person kathleen-stephens]
name: Kathleen Stephens
country: USA
role: 2008-10 .. 2011-10 | USAGOV | Ambassador of the United States to South Korea | ambassador

[person sung-kim]
name: Sung Kim
alias: Sung Y. Kim | Kim Sung-yong
country: USA
role: 2011-11 .. 2014-10 | USAGOV | Ambassador of the United States to South Korea | ambassador
role: 2014-11 .. 2016-10 | USAGOV | Special Representative for North Korea Policy | envoy
role: 2021-05 .. 2023-06 | USAGOV | Special Representative for North Korea | envoy

[person mark-lippert]
name: Mark Lippert
alias: Mark W. Lippert
short: Lippert
country: USA
role: 2014-10 .. 2017-01-20 | USAGOV | Ambassador of the United States to South Korea | ambassador

[person harry-harris]
name: Harry Harris
alias: Harry B. Harris Jr. | Harry Harris Jr.
country: USA
role: 2015-05-27 .. 2018-05-30 | USAMIL | Commander of US Pacific Command | military-chief
role: 2018-07-07 .. 2021-01-20 | USAGOV | Ambassador of the United States to South Korea | ambassador

[person philip-goldberg]
name: Philip Goldberg
alias: Philip S. Goldberg
country: USA
role: 2022-07 .. 2025-01 | USAGOV | Ambassador of the United States to South Korea | ambassador

# United States envoys for North Korea.
[person stephen-bosworth]
name: Stephen Bosworth
country: USA
role: 2009-02 .. 2011-10 | USAGOV | Special Representative for North Korea Policy | envoy

[person glyn-davies]
name: Glyn Davies
alias: Glyn T. Davies
country: USA
role: 2011-10 .. 2014-11 | USAGOV | Special Representative for North Korea Policy | envoy

[person joseph-yun]
name: Joseph Yun
alias: Joseph Y. Yun
country: USA
role: 2016-10 .. 2018-03-02 | USAGOV | Special Representative for North Korea Policy | envoy

[person stephen-biegun]
name: Stephen Biegun
alias: Steve Biegun
short: Biegun
country: USA
role: 2018-08-23 .. 2021-01-20 | USAGOV | Special Representative for North Korea | envoy
role: 2019-12-21 .. 2021-01-20 | USAGOV | Deputy Secretary of State | minister

# People with dated offices: the Americas, Europe, the European Union, NATO and the United Nations.
#
# Written by hand for Dyad. Each role runs from the first day in office to the day the successor took office
# (or "present"). Where the exact day is not certain the date is given to the month or the year only.
# Codes: ministers and heads of state/government → country + GOV; armed forces chiefs → MIL; intelligence → SPY;
# legislators and speakers → LEG; opposition figures → OPP; EU → IGOEUREEC; NATO → IGOWSTNAT; UN → IGOUNO.

# ---------------------------------------------------------------------------------------------------------------
# United States
# ---------------------------------------------------------------------------------------------------------------

[person bill-clinton]
name: Bill Clinton
alias: William Jefferson Clinton | William J. Clinton
country: USA
role: 1993-01-20 .. 2001-01-20 | USAGOV | President of the United States | head-of-state, head-of-government

[person george-w-bush]
name: George W. Bush
alias: George Walker Bush | George W Bush
short: Bush
country: USA
born: 1946-07-06
role: 2001-01-20 .. 2009-01-20 | USAGOV | President of the United States | head-of-state, head-of-government

[person barack-obama]
name: Barack Obama
alias: Barack Hussein Obama
short: Obama
country: USA
born: 1961-08-04
role: 2005-01-03 .. 2008-11-16 | USALEG | United States Senator from Illinois | legislator
role: 2009-01-20 .. 2017-01-20 | USAGOV | President of the United States | head-of-state, head-of-government

[person donald-trump]
name: Donald Trump
alias: Donald J. Trump | Donald John Trump
short: Trump
country: USA
born: 1946-06-14
role: 2017-01-20 .. 2021-01-20 | USAGOV | President of the United States | head-of-state, head-of-government
role: 2025-01-20 .. present | USAGOV | President of the United States | head-of-state, head-of-government

[person joe-biden]
name: Joe Biden
alias: Joseph R. Biden | Joseph Robinette Biden | Joseph Biden
short: Biden
country: USA
born: 1942-11-20
role: 2009-01-20 .. 2017-01-20 | USAGOV | Vice President of the United States | other
role: 2021-01-20 .. 2025-01-20 | USAGOV | President of the United States | head-of-state, head-of-government

[person al-gore]
name: Al Gore
alias: Albert Gore Jr.
country: USA
role: 1993-01-20 .. 2001-01-20 | USAGOV | Vice President of the United States | other

[person dick-cheney]
name: Dick Cheney
alias: Richard B. Cheney | Richard Cheney
short: Cheney
country: USA
role: 2001-01-20 .. 2009-01-20 | USAGOV | Vice President of the United States | other

[person mike-pence]
name: Mike Pence
alias: Michael R. Pence | Michael Pence
country: USA
role: 2017-01-20 .. 2021-01-20 | USAGOV | Vice President of the United States | other

[person kamala-harris]
name: Kamala Harris
alias: Kamala D. Harris | Kamala Devi Harris
country: USA
role: 2017-01-03 .. 2021-01-18 | USALEG | United States Senator from California | legislator
role: 2021-01-20 .. 2025-01-20 | USAGOV | Vice President of the United States | other

[person jd-vance]
name: JD Vance
alias: J.D. Vance | James David Vance | J. D. Vance
short: Vance
country: USA
role: 2023-01-03 .. 2025-01-10 | USALEG | United States Senator from Ohio | legislator
role: 2025-01-20 .. present | USAGOV | Vice President of the United States | other

# Secretaries of State

[person madeleine-albright]
name: Madeleine Albright
alias: Madeleine K. Albright | Madeleine Korbel Albright
short: Albright
country: USA
role: 1997-01-23 .. 2001-01-20 | USAGOV | Secretary of State | foreign-minister

[person colin-powell]
name: Colin Powell
alias: Colin L. Powell | Colin Luther Powell
country: USA
role: 2001-01-20 .. 2005-01-26 | USAGOV | Secretary of State | foreign-minister

[person condoleezza-rice]
name: Condoleezza Rice
alias: Condi Rice
country: USA
role: 2001-01-20 .. 2005-01-26 | USAGOV | National Security Advisor | other
role: 2005-01-26 .. 2009-01-21 | USAGOV | Secretary of State | foreign-minister

[person hillary-clinton]
name: Hillary Clinton
alias: Hillary Rodham Clinton | Hillary R. Clinton
country: USA
role: 2001-01-03 .. 2009-01-21 | USALEG | United States Senator from New York | legislator
role: 2009-01-21 .. 2013-02-01 | USAGOV | Secretary of State | foreign-minister

[person john-kerry]
name: John Kerry
alias: John F. Kerry | John Forbes Kerry
short: Kerry
country: USA
role: 1985-01-02 .. 2013-02-01 | USALEG | United States Senator from Massachusetts | legislator
role: 2013-02-01 .. 2017-01-20 | USAGOV | Secretary of State | foreign-minister
role: 2021-01-20 .. 2024-03 | USAGOV | Special Presidential Envoy for Climate | envoy

[person rex-tillerson]
name: Rex Tillerson
alias: Rex W. Tillerson | Rex Wayne Tillerson
short: Tillerson
country: USA
role: 2017-02-01 .. 2018-03-31 | USAGOV | Secretary of State | foreign-minister

[person mike-pompeo]
name: Mike Pompeo
alias: Michael R. Pompeo | Michael Pompeo
short: Pompeo
country: USA
role: 2017-01-23 .. 2018-04-26 | USASPY | Director of the Central Intelligence Agency | intelligence-chief
role: 2018-04-26 .. 2021-01-20 | USAGOV | Secretary of State | foreign-minister

[person antony-blinken]
name: Antony Blinken
alias: Antony J. Blinken | Tony Blinken | Anthony Blinken
short: Blinken
country: USA
role: 2015-01-09 .. 2017-01-20 | USAGOV | Deputy Secretary of State | minister
role: 2021-01-26 .. 2025-01-20 | USAGOV | Secretary of State | foreign-minister

[person marco-rubio]
name: Marco Rubio
alias: Marco Antonio Rubio
short: Rubio
country: USA
role: 2011-01-03 .. 2025-01-20 | USALEG | United States Senator from Florida | legislator
role: 2025-01-21 .. present | USAGOV | Secretary of State | foreign-minister
role: 2025-05-01 .. present | USAGOV | National Security Advisor (acting) | other

# Secretaries of Defense

[person william-cohen]
name: William Cohen
alias: William S. Cohen
country: USA
role: 1997-01-24 .. 2001-01-20 | USAGOV | Secretary of Defense | defence-minister

[person donald-rumsfeld]
name: Donald Rumsfeld
alias: Donald H. Rumsfeld | Donald Henry Rumsfeld
short: Rumsfeld
country: USA
role: 2001-01-20 .. 2006-12-18 | USAGOV | Secretary of Defense | defence-minister

[person robert-gates]
name: Robert Gates
alias: Robert M. Gates | Robert Michael Gates
country: USA
role: 2006-12-18 .. 2011-07-01 | USAGOV | Secretary of Defense | defence-minister

[person leon-panetta]
name: Leon Panetta
alias: Leon E. Panetta | Leon Edward Panetta
short: Panetta
country: USA
role: 2009-02-13 .. 2011-06-30 | USASPY | Director of the Central Intelligence Agency | intelligence-chief
role: 2011-07-01 .. 2013-02-27 | USAGOV | Secretary of Defense | defence-minister

[person chuck-hagel]
name: Chuck Hagel
alias: Charles Timothy Hagel | Charles Hagel
short: Hagel
country: USA
role: 2013-02-27 .. 2015-02-17 | USAGOV | Secretary of Defense | defence-minister

[person ash-carter]
name: Ash Carter
alias: Ashton Carter | Ashton B. Carter
country: USA
role: 2015-02-17 .. 2017-01-20 | USAGOV | Secretary of Defense | defence-minister

[person jim-mattis]
name: Jim Mattis
alias: James Mattis | James N. Mattis | James Norman Mattis
short: Mattis
country: USA
role: 2017-01-20 .. 2019-01-01 | USAGOV | Secretary of Defense | defence-minister

[person patrick-shanahan]
name: Patrick Shanahan
alias: Patrick M. Shanahan
short: Shanahan
country: USA
role: 2019-01-01 .. 2019-06-24 | USAGOV | Secretary of Defense (acting) | defence-minister

[person mark-esper]
name: Mark Esper
alias: Mark T. Esper | Mark Thomas Esper
short: Esper
country: USA
role: 2017-11-20 .. 2019-06-24 | USAGOV | Secretary of the Army | minister
role: 2019-07-23 .. 2020-11-09 | USAGOV | Secretary of Defense | defence-minister

[person christopher-miller]
name: Christopher C. Miller
alias: Christopher Charles Miller
country: USA
role: 2020-08 .. 2020-11-09 | USASPY | Director of the National Counterterrorism Center | intelligence-chief
role: 2020-11-09 .. 2021-01-20 | USAGOV | Secretary of Defense (acting) | defence-minister

[person lloyd-austin]
name: Lloyd Austin
alias: Lloyd J. Austin | Lloyd James Austin
country: USA
role: 2013-03-22 .. 2016-03-30 | USAMIL | Commander, United States Central Command | military-chief
role: 2021-01-22 .. 2025-01-20 | USAGOV | Secretary of Defense | defence-minister

[person pete-hegseth]
name: Pete Hegseth
alias: Peter Hegseth | Peter Brian Hegseth
short: Hegseth
country: USA
role: 2025-01-25 .. present | USAGOV | Secretary of Defense (also styled Secretary of War) | defence-minister

# National Security Advisors

[person sandy-berger]
name: Sandy Berger
alias: Samuel Berger | Samuel R. Berger
country: USA
role: 1997-03-14 .. 2001-01-20 | USAGOV | National Security Advisor | other

[person stephen-hadley]
name: Stephen Hadley
alias: Stephen J. Hadley
short: Hadley
country: USA
role: 2005-01-26 .. 2009-01-20 | USAGOV | National Security Advisor | other

[person james-l-jones]
name: James L. Jones
country: USA
role: 2003-01-17 .. 2006-12-07 | IGOWSTNAT | Supreme Allied Commander Europe | military-chief
role: 2009-01-20 .. 2010-10-08 | USAGOV | National Security Advisor | other

[person tom-donilon]
name: Tom Donilon
alias: Thomas Donilon | Thomas E. Donilon
short: Donilon
country: USA
role: 2010-10-08 .. 2013-07-01 | USAGOV | National Security Advisor | other

[person susan-rice]
name: Susan Rice
alias: Susan E. Rice | Susan Elizabeth Rice
country: USA
role: 2009-01-22 .. 2013-06-30 | USAGOV | Ambassador to the United Nations | ambassador
role: 2013-07-01 .. 2017-01-20 | USAGOV | National Security Advisor | other
role: 2021-01-20 .. 2023-05-26 | USAGOV | Director of the Domestic Policy Council | other

[person michael-flynn]
name: Michael Flynn
alias: Michael T. Flynn | Mike Flynn
short: Flynn
country: USA
role: 2012-07-24 .. 2014-08-07 | USASPY | Director of the Defense Intelligence Agency | intelligence-chief
role: 2017-01-20 .. 2017-02-13 | USAGOV | National Security Advisor | other

[person hr-mcmaster]
name: H. R. McMaster
alias: H.R. McMaster | Herbert Raymond McMaster | Herbert R. McMaster
short: McMaster
country: USA
role: 2017-02-20 .. 2018-04-09 | USAGOV | National Security Advisor | other

[person john-bolton]
name: John Bolton
alias: John R. Bolton | John Robert Bolton
country: USA
role: 2005-08-02 .. 2006-12 | USAGOV | Ambassador to the United Nations | ambassador
role: 2018-04-09 .. 2019-09-10 | USAGOV | National Security Advisor | other

[person robert-obrien]
name: Robert O'Brien
alias: Robert C. O'Brien
country: USA
role: 2018-05-25 .. 2019-09-18 | USAGOV | Special Presidential Envoy for Hostage Affairs | envoy
role: 2019-09-18 .. 2021-01-20 | USAGOV | National Security Advisor | other

[person jake-sullivan]
name: Jake Sullivan
alias: Jacob Sullivan | Jacob J. Sullivan
country: USA
role: 2021-01-20 .. 2025-01-20 | USAGOV | National Security Advisor | other

[person mike-waltz]
name: Mike Waltz
alias: Michael Waltz | Michael G. Waltz
country: USA
role: 2019-01-03 .. 2025-01-20 | USALEG | United States Representative from Florida | legislator
role: 2025-01-20 .. 2025-05-01 | USAGOV | National Security Advisor | other
role: 2025-09 .. present | USAGOV | Ambassador to the United Nations | ambassador

# Special envoys of the second Trump administration

[person steve-witkoff]
name: Steve Witkoff
alias: Steven Witkoff | Steven Charles Witkoff
short: Witkoff
country: USA
role: 2025-01-20 .. present | USAGOV | Special Envoy to the Middle East and special envoy for peace missions | envoy

[person keith-kellogg]
name: Keith Kellogg
alias: Joseph Keith Kellogg | Keith Kellogg Jr.
country: USA
role: 2018-04 .. 2021-01-20 | USAGOV | National Security Advisor to the Vice President | other
role: 2025-01-20 .. 2025-12 | USAGOV | Special Envoy for Ukraine and Russia | envoy

# Directors of the Central Intelligence Agency and of National Intelligence

[person george-tenet]
name: George Tenet
alias: George J. Tenet | George John Tenet
country: USA
role: 1997-07-11 .. 2004-07-11 | USASPY | Director of Central Intelligence | intelligence-chief

[person john-mclaughlin]
name: John E. McLaughlin
alias: John McLaughlin
country: USA
role: 2004-07-11 .. 2004-09-24 | USASPY | Director of Central Intelligence (acting) | intelligence-chief

[person porter-goss]
name: Porter Goss
alias: Porter J. Goss
short: Goss
country: USA
role: 2004-09-24 .. 2006-05-26 | USASPY | Director of the Central Intelligence Agency | intelligence-chief

[person michael-hayden]
name: Michael Hayden
alias: Michael V. Hayden | Michael Vincent Hayden
country: USA
role: 1999-03 .. 2005-04-21 | USASPY | Director of the National Security Agency | intelligence-chief
role: 2006-05-30 .. 2009-02-12 | USASPY | Director of the Central Intelligence Agency | intelligence-chief

[person david-petraeus]
name: David Petraeus
alias: David H. Petraeus | David Howell Petraeus
short: Petraeus
country: USA
role: 2007-02-10 .. 2008-09-16 | USAMIL | Commanding General, Multi-National Force – Iraq | military-chief
role: 2008-10-31 .. 2010-06-30 | USAMIL | Commander, United States Central Command | military-chief
role: 2010-07-04 .. 2011-07-18 | USAMIL | Commander, International Security Assistance Force, Afghanistan | military-chief
role: 2011-09-06 .. 2012-11-09 | USASPY | Director of the Central Intelligence Agency | intelligence-chief

[person michael-morell]
name: Michael Morell
alias: Michael J. Morell
short: Morell
country: USA
role: 2012-11-09 .. 2013-03-08 | USASPY | Director of the Central Intelligence Agency (acting) | intelligence-chief

[person john-brennan]
name: John Brennan
alias: John O. Brennan | John Owen Brennan
short: Brennan
country: USA
role: 2013-03-08 .. 2017-01-20 | USASPY | Director of the Central Intelligence Agency | intelligence-chief

[person gina-haspel]
name: Gina Haspel
alias: Gina Cheri Haspel
short: Haspel
country: USA
role: 2018-04-26 .. 2021-01-20 | USASPY | Director of the Central Intelligence Agency (acting until 21 May 2018) | intelligence-chief

[person william-burns]
name: William J. Burns
alias: William Burns | Bill Burns | William Joseph Burns
country: USA
role: 2005-11-08 .. 2008-05-13 | USAGOV | Ambassador to Russia | ambassador
role: 2011-07-28 .. 2014-11-03 | USAGOV | Deputy Secretary of State | minister
role: 2021-03-19 .. 2025-01-20 | USASPY | Director of the Central Intelligence Agency | intelligence-chief

[person john-ratcliffe]
name: John Ratcliffe
alias: John Lee Ratcliffe | John L. Ratcliffe
short: Ratcliffe
country: USA
role: 2020-05-26 .. 2021-01-20 | USASPY | Director of National Intelligence | intelligence-chief
role: 2025-01-23 .. present | USASPY | Director of the Central Intelligence Agency | intelligence-chief

[person john-negroponte]
name: John Negroponte
alias: John D. Negroponte | John Dimitri Negroponte
short: Negroponte
country: USA
role: 2001-09-19 .. 2004-06-23 | USAGOV | Ambassador to the United Nations | ambassador
role: 2004-06-28 .. 2005-03-17 | USAGOV | Ambassador to Iraq | ambassador
role: 2005-04-21 .. 2007-02-13 | USASPY | Director of National Intelligence | intelligence-chief
role: 2007-02-13 .. 2009-01-20 | USAGOV | Deputy Secretary of State | minister

[person mike-mcconnell]
name: Mike McConnell
alias: John Michael McConnell | J. Michael McConnell
country: USA
role: 2007-02-20 .. 2009-01-27 | USASPY | Director of National Intelligence | intelligence-chief

[person dennis-blair]
name: Dennis Blair
alias: Dennis C. Blair
country: USA
role: 2009-01-29 .. 2010-05-28 | USASPY | Director of National Intelligence | intelligence-chief

[person james-clapper]
name: James Clapper
alias: James R. Clapper | James Robert Clapper
country: USA
role: 2010-08-09 .. 2017-01-20 | USASPY | Director of National Intelligence | intelligence-chief

[person dan-coats]
name: Dan Coats
alias: Daniel Coats | Daniel Ray Coats
country: USA
role: 2017-03-16 .. 2019-08-15 | USASPY | Director of National Intelligence | intelligence-chief

[person joseph-maguire]
name: Joseph Maguire
alias: Joseph Maguire Jr.
country: USA
role: 2019-08-16 .. 2020-02-20 | USASPY | Director of National Intelligence (acting) | intelligence-chief

[person richard-grenell]
name: Richard Grenell
alias: Ric Grenell | Richard Allen Grenell
short: Grenell
country: USA
role: 2018-05-08 .. 2020-06-01 | USAGOV | Ambassador to Germany | ambassador
role: 2020-02-20 .. 2020-05-26 | USASPY | Director of National Intelligence (acting) | intelligence-chief
role: 2025-01-20 .. present | USAGOV | Presidential Envoy for Special Missions | envoy

[person avril-haines]
name: Avril Haines
alias: Avril D. Haines | Avril Danica Haines
short: Haines
country: USA
role: 2021-01-21 .. 2025-01-20 | USASPY | Director of National Intelligence | intelligence-chief

[person tulsi-gabbard]
name: Tulsi Gabbard
short: Gabbard
country: USA
role: 2013-01-03 .. 2021-01-03 | USALEG | United States Representative from Hawaii | legislator
role: 2025-02-12 .. present | USASPY | Director of National Intelligence | intelligence-chief

# FBI directors

[person robert-mueller]
name: Robert Mueller
alias: Robert S. Mueller | Robert Swan Mueller
short: Mueller
country: USA
role: 2001-09-04 .. 2013-09-04 | USACOP | Director of the Federal Bureau of Investigation | other
role: 2017-05-17 .. 2019-05-29 | USAJUD | Special Counsel, Department of Justice | other

[person james-comey]
name: James Comey
alias: James B. Comey | Jim Comey
short: Comey
country: USA
role: 2013-09-04 .. 2017-05-09 | USACOP | Director of the Federal Bureau of Investigation | other

[person christopher-wray]
name: Christopher Wray
alias: Christopher A. Wray | Chris Wray
short: Wray
country: USA
role: 2017-08-02 .. 2025-01-19 | USACOP | Director of the Federal Bureau of Investigation | other

[person kash-patel]
name: Kash Patel
alias: Kashyap Patel | Kashyap Pramod Patel
country: USA
role: 2025-02-21 .. present | USACOP | Director of the Federal Bureau of Investigation | other

# Chairmen of the Joint Chiefs of Staff

[person hugh-shelton]
name: Hugh Shelton
alias: Henry Hugh Shelton | Henry H. Shelton
country: USA
role: 1997-10-01 .. 2001-10-01 | USAMIL | Chairman of the Joint Chiefs of Staff | military-chief

[person richard-myers]
name: Richard Myers
alias: Richard B. Myers | Richard Bowman Myers
country: USA
role: 2001-10-01 .. 2005-09-30 | USAMIL | Chairman of the Joint Chiefs of Staff | military-chief

[person peter-pace]
name: Peter Pace
alias: Peter Pace Jr.
country: USA
role: 2005-09-30 .. 2007-10-01 | USAMIL | Chairman of the Joint Chiefs of Staff | military-chief

[person mike-mullen]
name: Mike Mullen
alias: Michael Mullen | Michael G. Mullen | Michael Glenn Mullen
short: Mullen
country: USA
role: 2007-10-01 .. 2011-09-30 | USAMIL | Chairman of the Joint Chiefs of Staff | military-chief

[person martin-dempsey]
name: Martin Dempsey
alias: Martin E. Dempsey | Martin Edward Dempsey
short: Dempsey
country: USA
role: 2011-10-01 .. 2015-09-25 | USAMIL | Chairman of the Joint Chiefs of Staff | military-chief

[person joseph-dunford]
name: Joseph Dunford
alias: Joseph F. Dunford | Joe Dunford | Joseph Francis Dunford
short: Dunford
country: USA
role: 2015-10-01 .. 2019-09-30 | USAMIL | Chairman of the Joint Chiefs of Staff | military-chief

[person mark-milley]
name: Mark Milley
alias: Mark A. Milley | Mark Alexander Milley
short: Milley
country: USA
role: 2015-08-14 .. 2019-08-09 | USAMIL | Chief of Staff of the United States Army | military-chief
role: 2019-10-01 .. 2023-10-01 | USAMIL | Chairman of the Joint Chiefs of Staff | military-chief

[person charles-q-brown]
name: Charles Q. Brown Jr.
alias: Charles Q. Brown | CQ Brown | C.Q. Brown | Charles Quinton Brown
country: USA
role: 2020-08-06 .. 2023-09-29 | USAMIL | Chief of Staff of the United States Air Force | military-chief
role: 2023-10-01 .. 2025-02-21 | USAMIL | Chairman of the Joint Chiefs of Staff | military-chief

[person dan-caine]
name: Dan Caine
alias: John Daniel Caine | John D. Caine | Razin Caine
short: Caine
country: USA
role: 2025-04 .. present | USAMIL | Chairman of the Joint Chiefs of Staff | military-chief

# Speakers of the House of Representatives

[person dennis-hastert]
name: Dennis Hastert
alias: J. Dennis Hastert | John Dennis Hastert
short: Hastert
country: USA
role: 1999-01-06 .. 2007-01-04 | USALEG | Speaker of the House of Representatives | legislature-speaker

[person nancy-pelosi]
name: Nancy Pelosi
alias: Nancy Patricia Pelosi
short: Pelosi
country: USA
born: 1940-03-26
role: 2007-01-04 .. 2011-01-05 | USALEG | Speaker of the House of Representatives | legislature-speaker
role: 2011-01-05 .. 2019-01-03 | USALEG | House Minority Leader | legislator, party-leader
role: 2019-01-03 .. 2023-01-03 | USALEG | Speaker of the House of Representatives | legislature-speaker

[person john-boehner]
name: John Boehner
alias: John A. Boehner | John Andrew Boehner
short: Boehner
country: USA
role: 2011-01-05 .. 2015-10-29 | USALEG | Speaker of the House of Representatives | legislature-speaker

[person paul-ryan]
name: Paul Ryan
alias: Paul D. Ryan | Paul Davis Ryan
country: USA
role: 2015-10-29 .. 2019-01-03 | USALEG | Speaker of the House of Representatives | legislature-speaker

[person kevin-mccarthy]
name: Kevin McCarthy
alias: Kevin Owen McCarthy
country: USA
role: 2014-08-01 .. 2019-01-03 | USALEG | House Majority Leader | legislator, party-leader
role: 2019-01-03 .. 2023-01-03 | USALEG | House Minority Leader | legislator, party-leader
role: 2023-01-07 .. 2023-10-03 | USALEG | Speaker of the House of Representatives | legislature-speaker

[person mike-johnson]
name: Mike Johnson
alias: James Michael Johnson
country: USA
role: 2023-10-25 .. present | USALEG | Speaker of the House of Representatives | legislature-speaker

[person hakeem-jeffries]
name: Hakeem Jeffries
alias: Hakeem Sekou Jeffries
short: Jeffries
country: USA
role: 2023-01-03 .. present | USALEG | House Minority Leader | legislator, party-leader

# Senate party leaders

[person harry-reid]
name: Harry Reid
alias: Harry M. Reid | Harry Mason Reid
country: USA
role: 2007-01-04 .. 2015-01-03 | USALEG | Senate Majority Leader | legislator, party-leader
role: 2015-01-03 .. 2017-01-03 | USALEG | Senate Minority Leader | legislator, party-leader

[person mitch-mcconnell]
name: Mitch McConnell
alias: Addison Mitchell McConnell | Mitch McConnell Jr.
short: McConnell
country: USA
role: 2007-01-04 .. 2015-01-03 | USALEG | Senate Minority Leader | legislator, party-leader
role: 2015-01-03 .. 2021-01-20 | USALEG | Senate Majority Leader | legislator, party-leader
role: 2021-01-20 .. 2025-01-03 | USALEG | Senate Minority Leader | legislator, party-leader

[person chuck-schumer]
name: Chuck Schumer
alias: Charles Schumer | Charles E. Schumer | Charles Ellis Schumer
short: Schumer
country: USA
role: 2017-01-03 .. 2021-01-20 | USALEG | Senate Minority Leader | legislator, party-leader
role: 2021-01-20 .. 2025-01-03 | USALEG | Senate Majority Leader | legislator, party-leader
role: 2025-01-03 .. present | USALEG | Senate Minority Leader | legislator, party-leader

[person john-thune]
name: John Thune
alias: John Randolph Thune
short: Thune
country: USA
role: 2025-01-03 .. present | USALEG | Senate Majority Leader | legislator, party-leader

# Ambassadors to the United Nations

[person richard-holbrooke]
name: Richard Holbrooke
alias: Richard C. Holbrooke | Richard Charles Albert Holbrooke
short: Holbrooke
country: USA
role: 1999-09 .. 2001-01-20 | USAGOV | Ambassador to the United Nations | ambassador
role: 2009-01-22 .. 2010-12-13 | USAGOV | Special Representative for Afghanistan and Pakistan | envoy

[person john-danforth]
name: John Danforth
alias: John C. Danforth | Jack Danforth
short: Danforth
country: USA
role: 2004-07-01 .. 2005-01-20 | USAGOV | Ambassador to the United Nations | ambassador

[person zalmay-khalilzad]
name: Zalmay Khalilzad
alias: Zalmay Mamozy Khalilzad
short: Khalilzad
country: USA
role: 2003-11-27 .. 2005-06-20 | USAGOV | Ambassador to Afghanistan | ambassador
role: 2005-06-21 .. 2007-03-26 | USAGOV | Ambassador to Iraq | ambassador
role: 2007-04-30 .. 2009-01-22 | USAGOV | Ambassador to the United Nations | ambassador
role: 2018-09-05 .. 2021-10-18 | USAGOV | Special Representative for Afghanistan Reconciliation | envoy

[person samantha-power]
name: Samantha Power
alias: Samantha Jane Power
country: USA
role: 2013-08-05 .. 2017-01-20 | USAGOV | Ambassador to the United Nations | ambassador
role: 2021-05-03 .. 2025-01-20 | USAGOV | Administrator of the United States Agency for International Development | other

[person nikki-haley]
name: Nikki Haley
alias: Nimarata Nikki Haley | Nimrata Randhawa Haley
short: Haley
country: USA
role: 2011-01-12 .. 2017-01-24 | USAGOV | Governor of South Carolina | other
role: 2017-01-27 .. 2018-12-31 | USAGOV | Ambassador to the United Nations | ambassador

[person kelly-craft]
name: Kelly Craft
alias: Kelly Knight Craft
country: USA
role: 2017-10-23 .. 2019-08-22 | USAGOV | Ambassador to Canada | ambassador
role: 2019-09-12 .. 2021-01-20 | USAGOV | Ambassador to the United Nations | ambassador

[person linda-thomas-greenfield]
name: Linda Thomas-Greenfield
alias: Linda Thomas Greenfield
short: Thomas-Greenfield
country: USA
role: 2021-02-25 .. 2025-01-20 | USAGOV | Ambassador to the United Nations | ambassador

[person dorothy-shea]
name: Dorothy Shea
alias: Dorothy C. Shea | Dorothy Camille Shea
country: USA
role: 2025-01-20 .. 2025-09 | USAGOV | Ambassador to the United Nations (acting) | ambassador

# Secretaries of the Treasury

[person lawrence-summers]
name: Lawrence Summers
alias: Larry Summers | Lawrence H. Summers
country: USA
role: 1999-07-02 .. 2001-01-20 | USAGOV | Secretary of the Treasury | finance-minister

[person paul-oneill]
name: Paul O'Neill
alias: Paul H. O'Neill | Paul Henry O'Neill
country: USA
role: 2001-01-20 .. 2002-12-31 | USAGOV | Secretary of the Treasury | finance-minister

[person john-snow]
name: John W. Snow
alias: John William Snow
country: USA
role: 2003-02-03 .. 2006-06-30 | USAGOV | Secretary of the Treasury | finance-minister

[person henry-paulson]
name: Henry Paulson
alias: Henry M. Paulson | Hank Paulson | Henry Merritt Paulson
short: Paulson
country: USA
role: 2006-07-10 .. 2009-01-20 | USAGOV | Secretary of the Treasury | finance-minister

[person timothy-geithner]
name: Timothy Geithner
alias: Tim Geithner | Timothy F. Geithner | Timothy Franz Geithner
short: Geithner
country: USA
role: 2009-01-26 .. 2013-01-25 | USAGOV | Secretary of the Treasury | finance-minister

[person jack-lew]
name: Jack Lew
alias: Jacob Lew | Jacob J. Lew | Jacob Joseph Lew
country: USA
role: 2012-01-27 .. 2013-01-25 | USAGOV | White House Chief of Staff | other
role: 2013-02-28 .. 2017-01-20 | USAGOV | Secretary of the Treasury | finance-minister

[person steven-mnuchin]
name: Steven Mnuchin
alias: Steve Mnuchin | Steven T. Mnuchin | Steven Terner Mnuchin
short: Mnuchin
country: USA
role: 2017-02-13 .. 2021-01-20 | USAGOV | Secretary of the Treasury | finance-minister

[person janet-yellen]
name: Janet Yellen
alias: Janet L. Yellen | Janet Louise Yellen
short: Yellen
country: USA
role: 2014-02-03 .. 2018-02-03 | USAGOV | Chair of the Federal Reserve | other
role: 2021-01-26 .. 2025-01-20 | USAGOV | Secretary of the Treasury | finance-minister

[person scott-bessent]
name: Scott Bessent
alias: Scott Kenneth Homer Bessent | Scott K. H. Bessent
short: Bessent
country: USA
role: 2025-01-28 .. present | USAGOV | Secretary of the Treasury | finance-minister

# Chairs of the Federal Reserve

[person alan-greenspan]
name: Alan Greenspan
short: Greenspan
country: USA
role: 1987-08-11 .. 2006-02-01 | USAGOV | Chair of the Federal Reserve | other

[person ben-bernanke]
name: Ben Bernanke
alias: Ben S. Bernanke | Ben Shalom Bernanke
short: Bernanke
country: USA
role: 2006-02-01 .. 2014-02-01 | USAGOV | Chair of the Federal Reserve | other

[person jerome-powell]
name: Jerome Powell
alias: Jerome H. Powell | Jay Powell | Jerome Hayden Powell
country: USA
role: 2018-02-05 .. present | USAGOV | Chair of the Federal Reserve | other

# Secretaries of Homeland Security

[person tom-ridge]
name: Tom Ridge
alias: Thomas Ridge | Thomas Joseph Ridge
country: USA
role: 2003-01-24 .. 2005-02-01 | USAGOV | Secretary of Homeland Security | minister

[person michael-chertoff]
name: Michael Chertoff
short: Chertoff
country: USA
role: 2005-02-15 .. 2009-01-21 | USAGOV | Secretary of Homeland Security | minister

[person janet-napolitano]
name: Janet Napolitano
alias: Janet Ann Napolitano
country: USA
role: 2009-01-21 .. 2013-09-06 | USAGOV | Secretary of Homeland Security | minister

[person jeh-johnson]
name: Jeh Johnson
alias: Jeh Charles Johnson
country: USA
role: 2013-12-23 .. 2017-01-20 | USAGOV | Secretary of Homeland Security | minister

[person john-kelly]
name: John F. Kelly
alias: John Francis Kelly | John Kelly
country: USA
role: 2017-01-20 .. 2017-07-31 | USAGOV | Secretary of Homeland Security | minister
role: 2017-07-31 .. 2019-01-02 | USAGOV | White House Chief of Staff | other

[person elaine-duke]
name: Elaine Duke
alias: Elaine C. Duke
country: USA
role: 2017-07-31 .. 2017-12-06 | USAGOV | Secretary of Homeland Security (acting) | minister

[person kirstjen-nielsen]
name: Kirstjen Nielsen
alias: Kirstjen M. Nielsen | Kirstjen Michele Nielsen
country: USA
role: 2017-12-06 .. 2019-04-10 | USAGOV | Secretary of Homeland Security | minister

[person kevin-mcaleenan]
name: Kevin McAleenan
alias: Kevin K. McAleenan
short: McAleenan
country: USA
role: 2019-04-10 .. 2019-11-13 | USAGOV | Secretary of Homeland Security (acting) | minister

[person chad-wolf]
name: Chad Wolf
alias: Chad F. Wolf
country: USA
role: 2019-11-13 .. 2021-01-11 | USAGOV | Secretary of Homeland Security (acting) | minister

[person alejandro-mayorkas]
name: Alejandro Mayorkas
alias: Alejandro N. Mayorkas | Alejandro Nicholas Mayorkas
short: Mayorkas
country: USA
role: 2021-02-02 .. 2025-01-20 | USAGOV | Secretary of Homeland Security | minister

[person kristi-noem]
name: Kristi Noem
alias: Kristi Lynn Noem | Kristi L. Noem
short: Noem
country: USA
role: 2019-01-05 .. 2025-01-25 | USAGOV | Governor of South Dakota | other
role: 2025-01-25 .. present | USAGOV | Secretary of Homeland Security | minister

# Attorneys General

[person eric-holder]
name: Eric Holder
alias: Eric H. Holder | Eric Himpton Holder
country: USA
role: 2009-02-03 .. 2015-04-27 | USAGOV | Attorney General | minister

[person loretta-lynch]
name: Loretta Lynch
alias: Loretta E. Lynch | Loretta Elizabeth Lynch
country: USA
role: 2015-04-27 .. 2017-01-20 | USAGOV | Attorney General | minister

[person jeff-sessions]
name: Jeff Sessions
alias: Jefferson Beauregard Sessions | Jefferson B. Sessions
country: USA
role: 2017-02-09 .. 2018-11-07 | USAGOV | Attorney General | minister

[person matthew-whitaker]
name: Matthew Whitaker
alias: Matthew G. Whitaker | Matt Whitaker
short: Whitaker
country: USA
role: 2018-11-07 .. 2019-02-14 | USAGOV | Attorney General (acting) | minister
role: 2025-04 .. present | USAGOV | Ambassador to NATO | ambassador

[person william-barr]
name: William Barr
alias: William P. Barr | Bill Barr | William Pelham Barr
country: USA
role: 2019-02-14 .. 2020-12-23 | USAGOV | Attorney General | minister

[person merrick-garland]
name: Merrick Garland
alias: Merrick B. Garland | Merrick Brian Garland
country: USA
role: 2021-03-11 .. 2025-01-20 | USAGOV | Attorney General | minister

[person pam-bondi]
name: Pam Bondi
alias: Pamela Bondi | Pamela Jo Bondi
country: USA
role: 2025-02-05 .. present | USAGOV | Attorney General | minister

# White House Chiefs of Staff

[person denis-mcdonough]
name: Denis McDonough
alias: Denis Richard McDonough
short: McDonough
country: USA
role: 2013-01-25 .. 2017-01-20 | USAGOV | White House Chief of Staff | other
role: 2021-02-09 .. 2025-01-20 | USAGOV | Secretary of Veterans Affairs | minister

[person reince-priebus]
name: Reince Priebus
alias: Reinhold Richard Priebus
short: Priebus
country: USA
role: 2017-01-20 .. 2017-07-31 | USAGOV | White House Chief of Staff | other

[person mick-mulvaney]
name: Mick Mulvaney
alias: John Michael Mulvaney
short: Mulvaney
country: USA
role: 2019-01-02 .. 2020-03-31 | USAGOV | White House Chief of Staff (acting) | other

[person mark-meadows]
name: Mark Meadows
alias: Mark Randall Meadows
country: USA
role: 2020-03-31 .. 2021-01-20 | USAGOV | White House Chief of Staff | other

[person ron-klain]
name: Ron Klain
alias: Ronald Klain | Ronald A. Klain
short: Klain
country: USA
role: 2021-01-20 .. 2023-02-08 | USAGOV | White House Chief of Staff | other

[person jeff-zients]
name: Jeff Zients
alias: Jeffrey Zients | Jeffrey D. Zients
short: Zients
country: USA
role: 2023-02-08 .. 2025-01-20 | USAGOV | White House Chief of Staff | other

[person susie-wiles]
name: Susie Wiles
alias: Susan Wiles | Susan Summerall Wiles
country: USA
role: 2025-01-20 .. present | USAGOV | White House Chief of Staff | other

# ---------------------------------------------------------------------------------------------------------------
# Canada (the head of state is the British monarch, listed under the United Kingdom)
# ---------------------------------------------------------------------------------------------------------------

[person adrienne-clarkson]
name: Adrienne Clarkson
alias: Adrienne Louise Clarkson
country: CAN
role: 1999-10-07 .. 2005-09-27 | CANGOV | Governor General of Canada | other

[person michaelle-jean]
name: Michaëlle Jean
country: CAN
role: 2005-09-27 .. 2010-10-01 | CANGOV | Governor General of Canada | other

[person david-johnston]
name: David Johnston
alias: David Lloyd Johnston
country: CAN
role: 2010-10-01 .. 2017-10-02 | CANGOV | Governor General of Canada | other

[person julie-payette]
name: Julie Payette
short: Payette
country: CAN
role: 2017-10-02 .. 2021-01-22 | CANGOV | Governor General of Canada | other

[person mary-simon]
name: Mary Simon
alias: Mary May Simon
country: CAN
role: 2021-07-26 .. present | CANGOV | Governor General of Canada | other

[person jean-chretien]
name: Jean Chrétien
alias: Joseph Jacques Jean Chrétien
short: Chrétien
country: CAN
role: 1993-11-04 .. 2003-12-12 | CANGOV | Prime Minister of Canada | head-of-government

[person paul-martin]
name: Paul Martin
alias: Paul Edgar Philippe Martin
country: CAN
role: 1993-11-04 .. 2002-06-02 | CANGOV | Minister of Finance | finance-minister
role: 2003-12-12 .. 2006-02-06 | CANGOV | Prime Minister of Canada | head-of-government

[person stephen-harper]
name: Stephen Harper
alias: Stephen Joseph Harper
short: Harper
country: CAN
role: 2006-02-06 .. 2015-11-04 | CANGOV | Prime Minister of Canada | head-of-government

[person justin-trudeau]
name: Justin Trudeau
alias: Justin Pierre James Trudeau
short: Trudeau
country: CAN
born: 1971-12-25
role: 2015-11-04 .. 2025-03-14 | CANGOV | Prime Minister of Canada | head-of-government

[person mark-carney]
name: Mark Carney
alias: Mark Joseph Carney
short: Carney
country: CAN
born: 1965-03-16
role: 2008-02-01 .. 2013-06-01 | CANGOV | Governor of the Bank of Canada | other
role: 2013-07-01 .. 2020-03-16 | GBRGOV | Governor of the Bank of England | other
role: 2025-03-14 .. present | CANGOV | Prime Minister of Canada | head-of-government

[person pierre-poilievre]
name: Pierre Poilievre
alias: Pierre Marcel Poilievre
short: Poilievre
country: CAN
role: 2022-09-10 .. present | CANOPP | Leader of the Conservative Party of Canada | party-leader, opposition-leader

# Ministers of Foreign Affairs

[person lloyd-axworthy]
name: Lloyd Axworthy
short: Axworthy
country: CAN
role: 1996-01-25 .. 2000-10-17 | CANGOV | Minister of Foreign Affairs | foreign-minister

[person john-manley]
name: John Manley
alias: John Paul Manley
country: CAN
role: 2000-10-17 .. 2002-01-16 | CANGOV | Minister of Foreign Affairs | foreign-minister
role: 2002-01-16 .. 2003-12-12 | CANGOV | Deputy Prime Minister of Canada | deputy-head-of-government
role: 2002-06-02 .. 2003-12-12 | CANGOV | Minister of Finance | finance-minister

[person bill-graham]
name: Bill Graham
alias: William Graham | William Carvel Graham
country: CAN
role: 2002-01-16 .. 2004-07-20 | CANGOV | Minister of Foreign Affairs | foreign-minister
role: 2004-07-20 .. 2006-02-06 | CANGOV | Minister of National Defence | defence-minister

[person pierre-pettigrew]
name: Pierre Pettigrew
alias: Pierre Stewart Pettigrew
short: Pettigrew
country: CAN
role: 2004-07-20 .. 2006-02-06 | CANGOV | Minister of Foreign Affairs | foreign-minister

[person peter-mackay]
name: Peter MacKay
alias: Peter Gordon MacKay
short: MacKay
country: CAN
role: 2006-02-06 .. 2007-08-14 | CANGOV | Minister of Foreign Affairs | foreign-minister
role: 2007-08-14 .. 2013-07-15 | CANGOV | Minister of National Defence | defence-minister

[person maxime-bernier]
name: Maxime Bernier
short: Bernier
country: CAN
role: 2007-08-14 .. 2008-05-26 | CANGOV | Minister of Foreign Affairs | foreign-minister

[person david-emerson]
name: David Emerson
alias: David Lee Emerson
country: CAN
role: 2008-05-26 .. 2008-10-30 | CANGOV | Minister of Foreign Affairs (acting) | foreign-minister

[person lawrence-cannon]
name: Lawrence Cannon
country: CAN
role: 2008-10-30 .. 2011-05-18 | CANGOV | Minister of Foreign Affairs | foreign-minister

[person john-baird]
name: John Baird
alias: John Russell Baird
country: CAN
role: 2011-05-18 .. 2015-02-03 | CANGOV | Minister of Foreign Affairs | foreign-minister

[person rob-nicholson]
name: Rob Nicholson
alias: Robert Nicholson | Robert Douglas Nicholson
country: CAN
role: 2013-07-15 .. 2015-02-09 | CANGOV | Minister of National Defence | defence-minister
role: 2015-02-09 .. 2015-11-04 | CANGOV | Minister of Foreign Affairs | foreign-minister

[person stephane-dion]
name: Stéphane Dion
country: CAN
role: 2015-11-04 .. 2017-01-10 | CANGOV | Minister of Foreign Affairs | foreign-minister

[person chrystia-freeland]
name: Chrystia Freeland
alias: Christia Freeland
short: Freeland
country: CAN
role: 2017-01-10 .. 2019-11-20 | CANGOV | Minister of Foreign Affairs | foreign-minister
role: 2019-11-20 .. 2024-12-16 | CANGOV | Deputy Prime Minister of Canada | deputy-head-of-government
role: 2020-08-18 .. 2024-12-16 | CANGOV | Minister of Finance | finance-minister

[person francois-philippe-champagne]
name: François-Philippe Champagne
country: CAN
role: 2019-11-20 .. 2021-01-12 | CANGOV | Minister of Foreign Affairs | foreign-minister
role: 2021-01-12 .. 2025-03-14 | CANGOV | Minister of Innovation, Science and Industry | minister
role: 2025-03-14 .. present | CANGOV | Minister of Finance | finance-minister

[person marc-garneau]
name: Marc Garneau
alias: Joseph Jean-Pierre Marc Garneau
short: Garneau
country: CAN
role: 2021-01-12 .. 2021-10-26 | CANGOV | Minister of Foreign Affairs | foreign-minister

[person melanie-joly]
name: Mélanie Joly
country: CAN
role: 2021-10-26 .. 2025-05-13 | CANGOV | Minister of Foreign Affairs | foreign-minister
role: 2025-05-13 .. present | CANGOV | Minister of Industry | minister

[person anita-anand]
name: Anita Anand
alias: Anita Indira Anand
country: CAN
role: 2021-10-26 .. 2023-07-26 | CANGOV | Minister of National Defence | defence-minister
role: 2025-05-13 .. present | CANGOV | Minister of Foreign Affairs | foreign-minister

# Ministers of National Defence

[person art-eggleton]
name: Art Eggleton
alias: Arthur Eggleton | Arthur C. Eggleton
short: Eggleton
country: CAN
role: 1997-06-11 .. 2002-05-26 | CANGOV | Minister of National Defence | defence-minister

[person john-mccallum]
name: John McCallum
country: CAN
role: 2002-05-26 .. 2003-12-12 | CANGOV | Minister of National Defence | defence-minister

[person david-pratt]
name: David Pratt
country: CAN
role: 2003-12-12 .. 2004-07-20 | CANGOV | Minister of National Defence | defence-minister

[person gordon-oconnor]
name: Gordon O'Connor
country: CAN
role: 2006-02-06 .. 2007-08-14 | CANGOV | Minister of National Defence | defence-minister

[person jason-kenney]
name: Jason Kenney
country: CAN
role: 2015-02-09 .. 2015-11-04 | CANGOV | Minister of National Defence | defence-minister

[person harjit-sajjan]
name: Harjit Sajjan
alias: Harjit Singh Sajjan
short: Sajjan
country: CAN
role: 2015-11-04 .. 2021-10-26 | CANGOV | Minister of National Defence | defence-minister

[person bill-blair]
name: Bill Blair
alias: William Sterling Blair | William Blair
country: CAN
role: 2023-07-26 .. 2025-05-13 | CANGOV | Minister of National Defence | defence-minister

[person david-mcguinty]
name: David McGuinty
alias: David Joseph McGuinty
country: CAN
role: 2024-12-20 .. 2025-05-13 | CANGOV | Minister of Public Safety | minister
role: 2025-05-13 .. present | CANGOV | Minister of National Defence | defence-minister

# Ministers of Finance

[person ralph-goodale]
name: Ralph Goodale
alias: Ralph Edward Goodale
short: Goodale
country: CAN
role: 2003-12-12 .. 2006-02-06 | CANGOV | Minister of Finance | finance-minister

[person jim-flaherty]
name: Jim Flaherty
alias: James Michael Flaherty
country: CAN
role: 2006-02-06 .. 2014-03-18 | CANGOV | Minister of Finance | finance-minister

[person joe-oliver]
name: Joe Oliver
alias: Joseph Oliver
country: CAN
role: 2014-03-19 .. 2015-11-04 | CANGOV | Minister of Finance | finance-minister

[person bill-morneau]
name: Bill Morneau
alias: William Francis Morneau | William Morneau
short: Morneau
country: CAN
role: 2015-11-04 .. 2020-08-18 | CANGOV | Minister of Finance | finance-minister

[person dominic-leblanc]
name: Dominic LeBlanc
alias: Dominic A. LeBlanc
country: CAN
role: 2024-12-16 .. 2025-03-14 | CANGOV | Minister of Finance | finance-minister

# ---------------------------------------------------------------------------------------------------------------
# Mexico
# ---------------------------------------------------------------------------------------------------------------

[person ernesto-zedillo]
name: Ernesto Zedillo
alias: Ernesto Zedillo Ponce de León
short: Zedillo
country: MEX
role: 1994-12-01 .. 2000-12-01 | MEXGOV | President of Mexico | head-of-state, head-of-government

[person vicente-fox]
name: Vicente Fox
alias: Vicente Fox Quesada
country: MEX
role: 2000-12-01 .. 2006-12-01 | MEXGOV | President of Mexico | head-of-state, head-of-government

[person felipe-calderon]
name: Felipe Calderón
alias: Felipe Calderón Hinojosa
short: Calderón
country: MEX
role: 2006-12-01 .. 2012-12-01 | MEXGOV | President of Mexico | head-of-state, head-of-government

[person enrique-pena-nieto]
name: Enrique Peña Nieto
alias: EPN
short: Peña Nieto
country: MEX
role: 2012-12-01 .. 2018-12-01 | MEXGOV | President of Mexico | head-of-state, head-of-government

[person andres-manuel-lopez-obrador]
name: Andrés Manuel López Obrador
alias: AMLO
short: López Obrador
country: MEX
born: 1953-11-13
role: 2000-12-05 .. 2005-07-29 | MEXGOV | Head of Government of the Federal District (Mexico City) | other
role: 2018-12-01 .. 2024-10-01 | MEXGOV | President of Mexico | head-of-state, head-of-government

[person claudia-sheinbaum]
name: Claudia Sheinbaum
alias: Claudia Sheinbaum Pardo
short: Sheinbaum
country: MEX
born: 1962-06-24
role: 2018-12-05 .. 2023-06-16 | MEXGOV | Head of Government of Mexico City | other
role: 2024-10-01 .. present | MEXGOV | President of Mexico | head-of-state, head-of-government

# Secretaries of Foreign Affairs

[person rosario-green]
name: Rosario Green
alias: Rosario Green Macías
country: MEX
role: 1998-01-07 .. 2000-12-01 | MEXGOV | Secretary of Foreign Affairs | foreign-minister

[person jorge-castaneda]
name: Jorge Castañeda
alias: Jorge Castañeda Gutman
country: MEX
role: 2000-12-01 .. 2003-01-10 | MEXGOV | Secretary of Foreign Affairs | foreign-minister

[person luis-ernesto-derbez]
name: Luis Ernesto Derbez
alias: Luis Ernesto Derbez Bautista
short: Derbez
country: MEX
role: 2003-01-16 .. 2006-12-01 | MEXGOV | Secretary of Foreign Affairs | foreign-minister

[person patricia-espinosa]
name: Patricia Espinosa
alias: Patricia Espinosa Cantellano
country: MEX
role: 2006-12-01 .. 2012-12-01 | MEXGOV | Secretary of Foreign Affairs | foreign-minister
role: 2016-07-18 .. 2022-07-17 | IGOUNO | Executive Secretary of the UN Framework Convention on Climate Change | international-official

[person jose-antonio-meade]
name: José Antonio Meade
alias: José Antonio Meade Kuribreña
short: Meade
country: MEX
role: 2011-12-09 .. 2012-12-01 | MEXGOV | Secretary of Finance and Public Credit | finance-minister
role: 2012-12-01 .. 2015-08-27 | MEXGOV | Secretary of Foreign Affairs | foreign-minister
role: 2016-09-07 .. 2017-11-27 | MEXGOV | Secretary of Finance and Public Credit | finance-minister

[person claudia-ruiz-massieu]
name: Claudia Ruiz Massieu
alias: Claudia Ruiz Massieu Salinas
country: MEX
role: 2015-08-27 .. 2017-01-04 | MEXGOV | Secretary of Foreign Affairs | foreign-minister

[person luis-videgaray]
name: Luis Videgaray
alias: Luis Videgaray Caso
short: Videgaray
country: MEX
role: 2012-12-01 .. 2016-09-07 | MEXGOV | Secretary of Finance and Public Credit | finance-minister
role: 2017-01-04 .. 2018-12-01 | MEXGOV | Secretary of Foreign Affairs | foreign-minister

[person marcelo-ebrard]
name: Marcelo Ebrard
alias: Marcelo Ebrard Casaubón
short: Ebrard
country: MEX
role: 2006-12-05 .. 2012-12-05 | MEXGOV | Head of Government of the Federal District (Mexico City) | other
role: 2018-12-01 .. 2023-06-12 | MEXGOV | Secretary of Foreign Affairs | foreign-minister
role: 2024-10-01 .. present | MEXGOV | Secretary of Economy | minister

[person alicia-barcena]
name: Alicia Bárcena
alias: Alicia Bárcena Ibarra
country: MEX
role: 2023-07-03 .. 2024-10-01 | MEXGOV | Secretary of Foreign Affairs | foreign-minister
role: 2024-10-01 .. present | MEXGOV | Secretary of Environment and Natural Resources | minister

[person juan-ramon-de-la-fuente]
name: Juan Ramón de la Fuente
country: MEX
role: 2024-10-01 .. 2025-06 | MEXGOV | Secretary of Foreign Affairs | foreign-minister

# Secretaries of National Defence

[person clemente-vega]
name: Gerardo Clemente Vega García
alias: Clemente Vega | Gerardo Clemente Vega
country: MEX
role: 2000-12-01 .. 2006-12-01 | MEXGOV | Secretary of National Defence | defence-minister

[person guillermo-galvan]
name: Guillermo Galván Galván
alias: Guillermo Galván
country: MEX
role: 2006-12-01 .. 2012-12-01 | MEXGOV | Secretary of National Defence | defence-minister

[person salvador-cienfuegos]
name: Salvador Cienfuegos
alias: Salvador Cienfuegos Zepeda
short: Cienfuegos
country: MEX
role: 2012-12-01 .. 2018-12-01 | MEXGOV | Secretary of National Defence | defence-minister

[person luis-cresencio-sandoval]
name: Luis Cresencio Sandoval
alias: Luis Crescencio Sandoval | Luis Cresencio Sandoval González
country: MEX
role: 2018-12-01 .. 2024-10-01 | MEXGOV | Secretary of National Defence | defence-minister

[person ricardo-trevilla]
name: Ricardo Trevilla Trejo
alias: Ricardo Trevilla
short: Trevilla
country: MEX
role: 2024-10-01 .. present | MEXGOV | Secretary of National Defence | defence-minister

# Interior and security

[person olga-sanchez-cordero]
name: Olga Sánchez Cordero
country: MEX
role: 2018-12-01 .. 2021-08-26 | MEXGOV | Secretary of the Interior | interior-minister

[person adan-augusto-lopez]
name: Adán Augusto López Hernández
alias: Adán Augusto López
country: MEX
role: 2021-08-26 .. 2023-06 | MEXGOV | Secretary of the Interior | interior-minister

[person rosa-icela-rodriguez]
name: Rosa Icela Rodríguez
alias: Rosa Icela Rodríguez Velázquez
country: MEX
role: 2020-11 .. 2024-10-01 | MEXGOV | Secretary of Security and Citizen Protection | minister
role: 2024-10-01 .. present | MEXGOV | Secretary of the Interior | interior-minister

[person omar-garcia-harfuch]
name: Omar García Harfuch
short: García Harfuch
country: MEX
role: 2019-10 .. 2023-10 | MEXGOV | Secretary of Citizen Security of Mexico City | other
role: 2024-10-01 .. present | MEXGOV | Secretary of Security and Citizen Protection | minister

# ---------------------------------------------------------------------------------------------------------------
# Brazil
# ---------------------------------------------------------------------------------------------------------------

[person fernando-henrique-cardoso]
name: Fernando Henrique Cardoso
alias: FHC
country: BRA
role: 1995-01-01 .. 2003-01-01 | BRAGOV | President of Brazil | head-of-state, head-of-government

[person lula]
name: Luiz Inácio Lula da Silva
alias: Lula | Lula da Silva | Luiz Inácio da Silva
country: BRA
born: 1945-10-27
role: 2003-01-01 .. 2011-01-01 | BRAGOV | President of Brazil | head-of-state, head-of-government
role: 2023-01-01 .. present | BRAGOV | President of Brazil | head-of-state, head-of-government

[person dilma-rousseff]
name: Dilma Rousseff
alias: Dilma Vana Rousseff | Dilma
short: Rousseff
country: BRA
role: 2005-06-21 .. 2010-03-31 | BRAGOV | Chief of Staff of the Presidency | other
role: 2011-01-01 .. 2016-05-12 | BRAGOV | President of Brazil | head-of-state, head-of-government

[person michel-temer]
name: Michel Temer
alias: Michel Miguel Elias Temer Lulia
short: Temer
country: BRA
role: 2011-01-01 .. 2016-05-12 | BRAGOV | Vice President of Brazil | other
role: 2016-05-12 .. 2019-01-01 | BRAGOV | President of Brazil (acting until 31 August 2016) | head-of-state, head-of-government

[person jair-bolsonaro]
name: Jair Bolsonaro
alias: Jair Messias Bolsonaro
short: Bolsonaro
country: BRA
born: 1955-03-21
role: 2019-01-01 .. 2023-01-01 | BRAGOV | President of Brazil | head-of-state, head-of-government

[person jose-alencar]
name: José Alencar
alias: José Alencar Gomes da Silva
country: BRA
role: 2003-01-01 .. 2011-01-01 | BRAGOV | Vice President of Brazil | other
role: 2004-11 .. 2006-03-31 | BRAGOV | Minister of Defence | defence-minister

[person hamilton-mourao]
name: Hamilton Mourão
alias: Antônio Hamilton Martins Mourão
short: Mourão
country: BRA
role: 2019-01-01 .. 2023-01-01 | BRAGOV | Vice President of Brazil | other

[person geraldo-alckmin]
name: Geraldo Alckmin
alias: Geraldo José Rodrigues Alckmin Filho
short: Alckmin
country: BRA
role: 2023-01-01 .. present | BRAGOV | Vice President of Brazil | other
role: 2023-01-01 .. present | BRAGOV | Minister of Development, Industry, Trade and Services | minister

# Ministers of Foreign Affairs

[person luiz-felipe-lampreia]
name: Luiz Felipe Lampreia
short: Lampreia
country: BRA
role: 1995-01-01 .. 2001-01-29 | BRAGOV | Minister of Foreign Affairs | foreign-minister

[person celso-lafer]
name: Celso Lafer
country: BRA
role: 2001-01-29 .. 2003-01-01 | BRAGOV | Minister of Foreign Affairs | foreign-minister

[person celso-amorim]
name: Celso Amorim
alias: Celso Luiz Nunes Amorim
short: Amorim
country: BRA
role: 2003-01-01 .. 2011-01-01 | BRAGOV | Minister of Foreign Affairs | foreign-minister
role: 2011-08-08 .. 2015-01-01 | BRAGOV | Minister of Defence | defence-minister
role: 2023-01-01 .. present | BRAGOV | Chief Adviser to the President on Foreign Affairs | other

[person antonio-patriota]
name: Antonio Patriota
alias: Antonio de Aguiar Patriota
short: Patriota
country: BRA
role: 2011-01-01 .. 2013-08-28 | BRAGOV | Minister of Foreign Affairs | foreign-minister

[person luiz-alberto-figueiredo]
name: Luiz Alberto Figueiredo
alias: Luiz Alberto Figueiredo Machado
country: BRA
role: 2013-08-28 .. 2015-01-01 | BRAGOV | Minister of Foreign Affairs | foreign-minister

[person mauro-vieira]
name: Mauro Vieira
alias: Mauro Luiz Iecker Vieira
country: BRA
role: 2015-01-01 .. 2016-05-12 | BRAGOV | Minister of Foreign Affairs | foreign-minister
role: 2023-01-01 .. present | BRAGOV | Minister of Foreign Affairs | foreign-minister

[person jose-serra]
name: José Serra
alias: José Serra Chirico
country: BRA
role: 2016-05-12 .. 2017-02-22 | BRAGOV | Minister of Foreign Affairs | foreign-minister

[person aloysio-nunes]
name: Aloysio Nunes
alias: Aloysio Nunes Ferreira
country: BRA
role: 2017-03-07 .. 2019-01-01 | BRAGOV | Minister of Foreign Affairs | foreign-minister

[person ernesto-araujo]
name: Ernesto Araújo
alias: Ernesto Henrique Fraga Araújo
country: BRA
role: 2019-01-01 .. 2021-03-29 | BRAGOV | Minister of Foreign Affairs | foreign-minister

[person carlos-franca]
name: Carlos Alberto Franco França
alias: Carlos França
country: BRA
role: 2021-04-06 .. 2023-01-01 | BRAGOV | Minister of Foreign Affairs | foreign-minister

# Ministers of Defence

[person geraldo-quintao]
name: Geraldo Quintão
alias: Geraldo Magela da Cruz Quintão
country: BRA
role: 2000-01 .. 2003-01-01 | BRAGOV | Minister of Defence | defence-minister

[person jose-viegas-filho]
name: José Viegas Filho
alias: José Viegas
country: BRA
role: 2003-01-01 .. 2004-11 | BRAGOV | Minister of Defence | defence-minister

[person waldir-pires]
name: Waldir Pires
country: BRA
role: 2006-03-31 .. 2007-07-25 | BRAGOV | Minister of Defence | defence-minister

[person nelson-jobim]
name: Nelson Jobim
alias: Nelson Azevedo Jobim
short: Jobim
country: BRA
role: 2007-07-25 .. 2011-08-04 | BRAGOV | Minister of Defence | defence-minister

[person jaques-wagner]
name: Jaques Wagner
country: BRA
role: 2015-01-01 .. 2015-10-05 | BRAGOV | Minister of Defence | defence-minister

[person aldo-rebelo]
name: Aldo Rebelo
alias: José Aldo Rebelo Figueiredo
country: BRA
role: 2015-10-05 .. 2016-05-12 | BRAGOV | Minister of Defence | defence-minister

[person raul-jungmann]
name: Raul Jungmann
alias: Raul Belens Jungmann Pinto
short: Jungmann
country: BRA
role: 2016-05-12 .. 2018-02-27 | BRAGOV | Minister of Defence | defence-minister
role: 2018-02-27 .. 2019-01-01 | BRAGOV | Minister of Public Security | minister

[person joaquim-silva-e-luna]
name: Joaquim Silva e Luna
country: BRA
role: 2018-02-27 .. 2019-01-01 | BRAGOV | Minister of Defence | defence-minister

[person fernando-azevedo-e-silva]
name: Fernando Azevedo e Silva
country: BRA
role: 2019-01-01 .. 2021-03-30 | BRAGOV | Minister of Defence | defence-minister

[person walter-braga-netto]
name: Walter Braga Netto
alias: Braga Netto | Walter Souza Braga Netto
country: BRA
role: 2020-02-18 .. 2021-03-30 | BRAGOV | Chief of Staff of the Presidency | other
role: 2021-04-01 .. 2022-03-31 | BRAGOV | Minister of Defence | defence-minister

[person paulo-sergio-nogueira]
name: Paulo Sérgio Nogueira de Oliveira
alias: Paulo Sérgio Nogueira
country: BRA
role: 2021-04 .. 2022-03-31 | BRAMIL | Commander of the Brazilian Army | military-chief
role: 2022-04-01 .. 2023-01-01 | BRAGOV | Minister of Defence | defence-minister

[person jose-mucio]
name: José Múcio Monteiro
alias: José Múcio | José Múcio Monteiro Filho
country: BRA
role: 2023-01-01 .. present | BRAGOV | Minister of Defence | defence-minister

# Ministers of Finance

[person antonio-palocci]
name: Antonio Palocci
alias: Antônio Palocci Filho
short: Palocci
country: BRA
role: 2003-01-01 .. 2006-03-27 | BRAGOV | Minister of Finance | finance-minister

[person guido-mantega]
name: Guido Mantega
short: Mantega
country: BRA
role: 2006-03-27 .. 2015-01-01 | BRAGOV | Minister of Finance | finance-minister

[person joaquim-levy]
name: Joaquim Levy
alias: Joaquim Vieira Ferreira Levy
country: BRA
role: 2015-01-01 .. 2015-12-18 | BRAGOV | Minister of Finance | finance-minister

[person nelson-barbosa]
name: Nelson Barbosa
alias: Nelson Henrique Barbosa Filho
country: BRA
role: 2015-12-18 .. 2016-05-12 | BRAGOV | Minister of Finance | finance-minister

[person henrique-meirelles]
name: Henrique Meirelles
alias: Henrique de Campos Meirelles
short: Meirelles
country: BRA
role: 2003-01-01 .. 2011-01-01 | BRAGOV | President of the Central Bank of Brazil | other
role: 2016-05-12 .. 2018-04-06 | BRAGOV | Minister of Finance | finance-minister

[person paulo-guedes]
name: Paulo Guedes
alias: Paulo Roberto Nunes Guedes
short: Guedes
country: BRA
role: 2019-01-01 .. 2023-01-01 | BRAGOV | Minister of Economy | finance-minister

[person fernando-haddad]
name: Fernando Haddad
country: BRA
role: 2023-01-01 .. present | BRAGOV | Minister of Finance | finance-minister

# ---------------------------------------------------------------------------------------------------------------
# Argentina
# ---------------------------------------------------------------------------------------------------------------

[person fernando-de-la-rua]
name: Fernando de la Rúa
short: De la Rúa
country: ARG
role: 1999-12-10 .. 2001-12-21 | ARGGOV | President of Argentina | head-of-state, head-of-government

[person adolfo-rodriguez-saa]
name: Adolfo Rodríguez Saá
short: Rodríguez Saá
country: ARG
role: 2001-12-23 .. 2001-12-30 | ARGGOV | President of Argentina (interim) | head-of-state, head-of-government

[person eduardo-duhalde]
name: Eduardo Duhalde
alias: Eduardo Alberto Duhalde
short: Duhalde
country: ARG
role: 2002-01-02 .. 2003-05-25 | ARGGOV | President of Argentina | head-of-state, head-of-government

[person nestor-kirchner]
name: Néstor Kirchner
alias: Néstor Carlos Kirchner
country: ARG
role: 2003-05-25 .. 2007-12-10 | ARGGOV | President of Argentina | head-of-state, head-of-government

[person cristina-fernandez-de-kirchner]
name: Cristina Fernández de Kirchner
alias: Cristina Kirchner | Cristina Elisabet Fernández de Kirchner
country: ARG
role: 2007-12-10 .. 2015-12-10 | ARGGOV | President of Argentina | head-of-state, head-of-government
role: 2019-12-10 .. 2023-12-10 | ARGGOV | Vice President of Argentina | other

[person mauricio-macri]
name: Mauricio Macri
short: Macri
country: ARG
role: 2007-12-10 .. 2015-12-10 | ARGGOV | Chief of Government of Buenos Aires | other
role: 2015-12-10 .. 2019-12-10 | ARGGOV | President of Argentina | head-of-state, head-of-government

[person alberto-fernandez]
name: Alberto Fernández
alias: Alberto Ángel Fernández
country: ARG
role: 2003-05-25 .. 2008-07-23 | ARGGOV | Chief of Cabinet of Ministers | other
role: 2019-12-10 .. 2023-12-10 | ARGGOV | President of Argentina | head-of-state, head-of-government

[person javier-milei]
name: Javier Milei
alias: Javier Gerardo Milei
short: Milei
country: ARG
born: 1970-10-22
role: 2023-12-10 .. present | ARGGOV | President of Argentina | head-of-state, head-of-government

[person victoria-villarruel]
name: Victoria Villarruel
short: Villarruel
country: ARG
role: 2023-12-10 .. present | ARGGOV | Vice President of Argentina | other

# Ministers of Foreign Affairs

[person adalberto-rodriguez-giavarini]
name: Adalberto Rodríguez Giavarini
country: ARG
role: 1999-12-10 .. 2001-12-21 | ARGGOV | Minister of Foreign Affairs | foreign-minister

[person carlos-ruckauf]
name: Carlos Ruckauf
short: Ruckauf
country: ARG
role: 2002-01 .. 2003-05-25 | ARGGOV | Minister of Foreign Affairs | foreign-minister

[person rafael-bielsa]
name: Rafael Bielsa
country: ARG
role: 2003-05-25 .. 2005-12 | ARGGOV | Minister of Foreign Affairs | foreign-minister

[person jorge-taiana]
name: Jorge Taiana
alias: Jorge Enrique Taiana
short: Taiana
country: ARG
role: 2005-12 .. 2010-06-18 | ARGGOV | Minister of Foreign Affairs | foreign-minister
role: 2021-08 .. 2023-12-10 | ARGGOV | Minister of Defence | defence-minister

[person hector-timerman]
name: Héctor Timerman
short: Timerman
country: ARG
role: 2010-06-21 .. 2015-12-10 | ARGGOV | Minister of Foreign Affairs | foreign-minister

[person susana-malcorra]
name: Susana Malcorra
alias: Susana Mabel Malcorra
short: Malcorra
country: ARG
role: 2015-12-10 .. 2017-06-12 | ARGGOV | Minister of Foreign Affairs | foreign-minister

[person jorge-faurie]
name: Jorge Faurie
alias: Jorge Marcelo Faurie
country: ARG
role: 2017-06-12 .. 2019-12-10 | ARGGOV | Minister of Foreign Affairs | foreign-minister

[person felipe-sola]
name: Felipe Solá
alias: Felipe Carlos Solá
country: ARG
role: 2019-12-10 .. 2021-09-20 | ARGGOV | Minister of Foreign Affairs | foreign-minister

[person santiago-cafiero]
name: Santiago Cafiero
alias: Santiago Andrés Cafiero
short: Cafiero
country: ARG
role: 2019-12-10 .. 2021-09-20 | ARGGOV | Chief of Cabinet of Ministers | other
role: 2021-09-20 .. 2023-12-10 | ARGGOV | Minister of Foreign Affairs | foreign-minister

[person diana-mondino]
name: Diana Mondino
alias: Diana Elena Mondino
short: Mondino
country: ARG
role: 2023-12-10 .. 2024-10-30 | ARGGOV | Minister of Foreign Affairs | foreign-minister

[person gerardo-werthein]
name: Gerardo Werthein
short: Werthein
country: ARG
role: 2024-10-30 .. 2025-10 | ARGGOV | Minister of Foreign Affairs | foreign-minister

[person pablo-quirno]
name: Pablo Quirno
alias: Pablo Quirno Magrane
short: Quirno
country: ARG
role: 2025-10 .. present | ARGGOV | Minister of Foreign Affairs | foreign-minister

# Ministers of Defence

[person ricardo-lopez-murphy]
name: Ricardo López Murphy
country: ARG
role: 1999-12-10 .. 2001-03 | ARGGOV | Minister of Defence | defence-minister

[person horacio-jaunarena]
name: Horacio Jaunarena
short: Jaunarena
country: ARG
role: 2001-03 .. 2001-12-21 | ARGGOV | Minister of Defence | defence-minister
role: 2002-01 .. 2003-05-25 | ARGGOV | Minister of Defence | defence-minister

[person jose-pampuro]
name: José Pampuro
alias: José Juan Bautista Pampuro
country: ARG
role: 2003-05-25 .. 2005-11 | ARGGOV | Minister of Defence | defence-minister

[person nilda-garre]
name: Nilda Garré
alias: Nilda Celia Garré
country: ARG
role: 2005-11 .. 2010-12 | ARGGOV | Minister of Defence | defence-minister
role: 2010-12 .. 2013-06 | ARGGOV | Minister of Security | minister

[person arturo-puricelli]
name: Arturo Puricelli
country: ARG
role: 2010-12 .. 2013-06 | ARGGOV | Minister of Defence | defence-minister

[person agustin-rossi]
name: Agustín Rossi
alias: Agustín Oscar Rossi
country: ARG
role: 2013-06 .. 2015-12-10 | ARGGOV | Minister of Defence | defence-minister
role: 2019-12-10 .. 2021-08 | ARGGOV | Minister of Defence | defence-minister

[person julio-martinez]
name: Julio César Martínez
country: ARG
role: 2015-12-10 .. 2017-07-17 | ARGGOV | Minister of Defence | defence-minister

[person oscar-aguad]
name: Oscar Aguad
alias: Óscar Raúl Aguad
country: ARG
role: 2017-07-17 .. 2019-12-10 | ARGGOV | Minister of Defence | defence-minister

[person luis-petri]
name: Luis Petri
alias: Luis Alfonso Petri
country: ARG
role: 2023-12-10 .. 2025-12 | ARGGOV | Minister of Defence | defence-minister

# Ministers of Economy and of Security

[person axel-kicillof]
name: Axel Kicillof
short: Kicillof
country: ARG
role: 2013-11-20 .. 2015-12-10 | ARGGOV | Minister of Economy | finance-minister
role: 2019-12-10 .. 2023-12-10 | ARGGOV | Governor of Buenos Aires Province | other
role: 2023-12-10 .. present | ARGOPP | Governor of Buenos Aires Province (opposition) | other

[person alfonso-prat-gay]
name: Alfonso Prat-Gay
alias: Alfonso Prat Gay
country: ARG
role: 2015-12-10 .. 2016-12 | ARGGOV | Minister of Treasury and Public Finance | finance-minister

[person nicolas-dujovne]
name: Nicolás Dujovne
short: Dujovne
country: ARG
role: 2017-01-10 .. 2019-08-17 | ARGGOV | Minister of Treasury | finance-minister

[person hernan-lacunza]
name: Hernán Lacunza
short: Lacunza
country: ARG
role: 2019-08-20 .. 2019-12-10 | ARGGOV | Minister of Treasury | finance-minister

[person martin-guzman]
name: Martín Guzmán
country: ARG
role: 2019-12-10 .. 2022-07-02 | ARGGOV | Minister of Economy | finance-minister

[person sergio-massa]
name: Sergio Massa
alias: Sergio Tomás Massa
short: Massa
country: ARG
role: 2008-07-23 .. 2009-07-07 | ARGGOV | Chief of Cabinet of Ministers | other
role: 2022-08-03 .. 2023-12-10 | ARGGOV | Minister of Economy | finance-minister

[person luis-caputo]
name: Luis Caputo
alias: Luis Andrés Caputo | Toto Caputo
country: ARG
role: 2018-06-14 .. 2018-09-25 | ARGGOV | President of the Central Bank of Argentina | other
role: 2023-12-10 .. present | ARGGOV | Minister of Economy | finance-minister

[person patricia-bullrich]
name: Patricia Bullrich
alias: Patricia Bullrich Luro Pueyrredón
short: Bullrich
country: ARG
role: 2015-12-10 .. 2019-12-10 | ARGGOV | Minister of Security | minister
role: 2023-12-10 .. 2025-12 | ARGGOV | Minister of Security | minister

# ---------------------------------------------------------------------------------------------------------------
# Venezuela
# ---------------------------------------------------------------------------------------------------------------

[person hugo-chavez]
name: Hugo Chávez
alias: Hugo Rafael Chávez Frías | Hugo Chávez Frías
short: Chávez
country: VEN
role: 1999-02-02 .. 2013-03-05 | VENGOV | President of Venezuela | head-of-state, head-of-government

[person nicolas-maduro]
name: Nicolás Maduro
alias: Nicolás Maduro Moros
short: Maduro
country: VEN
born: 1962-11-23
role: 2006-08-09 .. 2013-01-15 | VENGOV | Minister of Foreign Affairs | foreign-minister
role: 2012-10-13 .. 2013-03-05 | VENGOV | Executive Vice President of Venezuela | other
role: 2013-03-05 .. 2013-04-19 | VENGOV | President of Venezuela (acting) | head-of-state, head-of-government
role: 2013-04-19 .. 2026-01-03 | VENGOV | President of Venezuela | head-of-state, head-of-government

[person delcy-rodriguez]
name: Delcy Rodríguez
alias: Delcy Eloína Rodríguez Gómez
country: VEN
role: 2014-12 .. 2017-06 | VENGOV | Minister of Foreign Affairs | foreign-minister
role: 2018-06-14 .. 2026-01-03 | VENGOV | Executive Vice President of Venezuela | other
role: 2026-01-03 .. present | VENGOV | President of Venezuela (acting) | head-of-state, head-of-government

[person jorge-arreaza]
name: Jorge Arreaza
alias: Jorge Alberto Arreaza Montserrat
short: Arreaza
country: VEN
role: 2013-01-15 .. 2016-01-06 | VENGOV | Executive Vice President of Venezuela | other
role: 2017-08-02 .. 2021-08-23 | VENGOV | Minister of Foreign Affairs | foreign-minister

[person aristobulo-isturiz]
name: Aristóbulo Istúriz
country: VEN
role: 2016-01-06 .. 2017-01-04 | VENGOV | Executive Vice President of Venezuela | other

[person tareck-el-aissami]
name: Tareck El Aissami
alias: Tareck Zaidan El Aissami Maddah | Tarek El Aissami
short: El Aissami
country: VEN
role: 2017-01-04 .. 2018-06-14 | VENGOV | Executive Vice President of Venezuela | other

[person elias-jaua]
name: Elías Jaua
alias: Elías José Jaua Milano
short: Jaua
country: VEN
role: 2013-01-15 .. 2014-09-02 | VENGOV | Minister of Foreign Affairs | foreign-minister

[person rafael-ramirez]
name: Rafael Ramírez
alias: Rafael Darío Ramírez Carreño
country: VEN
role: 2014-09-02 .. 2014-12 | VENGOV | Minister of Foreign Affairs | foreign-minister

[person felix-plasencia]
name: Félix Plasencia
country: VEN
role: 2021-08-23 .. 2022-05-16 | VENGOV | Minister of Foreign Affairs | foreign-minister

[person carlos-faria]
name: Carlos Faría
country: VEN
role: 2022-05-16 .. 2023-01-06 | VENGOV | Minister of Foreign Affairs | foreign-minister

[person yvan-gil]
name: Yván Gil
alias: Yván Eduardo Gil Pinto
country: VEN
role: 2023-01-06 .. present | VENGOV | Minister of Foreign Affairs | foreign-minister

[person diego-molero]
name: Diego Molero
alias: Diego Alfredo Molero Bellavia
country: VEN
role: 2012-10 .. 2013-07 | VENGOV | Minister of Defence | defence-minister

[person carmen-melendez]
name: Carmen Meléndez
alias: Carmen Teresa Meléndez Rivas
country: VEN
role: 2013-07 .. 2014-10-24 | VENGOV | Minister of Defence | defence-minister

[person vladimir-padrino-lopez]
name: Vladimir Padrino López
alias: Vladimir Padrino
short: Padrino
country: VEN
role: 2014-10-24 .. present | VENGOV | Minister of Defence | defence-minister

[person diosdado-cabello]
name: Diosdado Cabello
alias: Diosdado Cabello Rondón
short: Cabello
country: VEN
role: 2012-01-05 .. 2016-01-05 | VENLEG | President of the National Assembly | legislature-speaker
role: 2024-08-27 .. present | VENGOV | Minister of Interior, Justice and Peace | interior-minister

[person juan-guaido]
name: Juan Guaidó
alias: Juan Gerardo Guaidó Márquez
short: Guaidó
country: VEN
role: 2019-01-05 .. 2023-01-05 | VENOPP | President of the opposition-led National Assembly, claimant to the interim presidency | opposition-leader

[person maria-corina-machado]
name: María Corina Machado
alias: María Corina Machado Parisca
short: Machado
country: VEN
role: 2023-10-22 .. present | VENOPP | Leader of the Venezuelan opposition (winner of the 2023 opposition primary) | opposition-leader

[person edmundo-gonzalez-urrutia]
name: Edmundo González Urrutia
alias: Edmundo González
country: VEN
role: 2024-04 .. present | VENOPP | Opposition presidential candidate in 2024, claimant to the presidency | opposition-leader

# ---------------------------------------------------------------------------------------------------------------
# Colombia
# ---------------------------------------------------------------------------------------------------------------

[person andres-pastrana]
name: Andrés Pastrana
alias: Andrés Pastrana Arango
short: Pastrana
country: COL
role: 1998-08-07 .. 2002-08-07 | COLGOV | President of Colombia | head-of-state, head-of-government

[person alvaro-uribe]
name: Álvaro Uribe
alias: Álvaro Uribe Vélez
country: COL
role: 2002-08-07 .. 2010-08-07 | COLGOV | President of Colombia | head-of-state, head-of-government

[person juan-manuel-santos]
name: Juan Manuel Santos
alias: Juan Manuel Santos Calderón
country: COL
role: 2006-07-19 .. 2009-05-18 | COLGOV | Minister of National Defence | defence-minister
role: 2010-08-07 .. 2018-08-07 | COLGOV | President of Colombia | head-of-state, head-of-government

[person ivan-duque]
name: Iván Duque
alias: Iván Duque Márquez
short: Duque
country: COL
role: 2018-08-07 .. 2022-08-07 | COLGOV | President of Colombia | head-of-state, head-of-government

[person gustavo-petro]
name: Gustavo Petro
alias: Gustavo Francisco Petro Urrego | Gustavo Petro Urrego
short: Petro
country: COL
born: 1960-04-19
role: 2012-01-01 .. 2016-01-01 | COLGOV | Mayor of Bogotá | other
role: 2022-08-07 .. 2026-08-07 | COLGOV | President of Colombia | head-of-state, head-of-government

[person francia-marquez]
name: Francia Márquez
alias: Francia Elena Márquez Mina
country: COL
role: 2022-08-07 .. present | COLGOV | Vice President of Colombia | other

[person marta-lucia-ramirez]
name: Marta Lucía Ramírez
alias: Marta Lucía Ramírez Blanco
country: COL
role: 2002-08-07 .. 2003-11 | COLGOV | Minister of National Defence | defence-minister
role: 2018-08-07 .. 2022-08-07 | COLGOV | Vice President of Colombia | other
role: 2021-05 .. 2022-08-07 | COLGOV | Minister of Foreign Affairs | foreign-minister

# Ministers of Foreign Affairs

[person guillermo-fernandez-de-soto]
name: Guillermo Fernández de Soto
country: COL
role: 1998-08-07 .. 2002-08-07 | COLGOV | Minister of Foreign Affairs | foreign-minister

[person carolina-barco]
name: Carolina Barco
alias: Carolina Barco Isakson
country: COL
role: 2002-08-07 .. 2006-08-07 | COLGOV | Minister of Foreign Affairs | foreign-minister

[person maria-consuelo-araujo]
name: María Consuelo Araújo
alias: María Consuelo Araújo Castro
country: COL
role: 2006-08-07 .. 2007-02-19 | COLGOV | Minister of Foreign Affairs | foreign-minister

[person fernando-araujo]
name: Fernando Araújo Perdomo
country: COL
role: 2007-02-19 .. 2008-07 | COLGOV | Minister of Foreign Affairs | foreign-minister

[person jaime-bermudez]
name: Jaime Bermúdez
alias: Jaime Bermúdez Merizalde
country: COL
role: 2008-07 .. 2010-08-07 | COLGOV | Minister of Foreign Affairs | foreign-minister

[person maria-angela-holguin]
name: María Ángela Holguín
alias: María Ángela Holguín Cuéllar
short: Holguín
country: COL
role: 2010-08-07 .. 2018-08-07 | COLGOV | Minister of Foreign Affairs | foreign-minister

[person carlos-holmes-trujillo]
name: Carlos Holmes Trujillo
alias: Carlos Holmes Trujillo García
country: COL
role: 2018-08-07 .. 2019-11-12 | COLGOV | Minister of Foreign Affairs | foreign-minister
role: 2019-11-12 .. 2021-01-26 | COLGOV | Minister of National Defence | defence-minister

[person claudia-blum]
name: Claudia Blum
alias: Claudia Blum de Barberi
country: COL
role: 2019-11-12 .. 2021-05-13 | COLGOV | Minister of Foreign Affairs | foreign-minister

[person alvaro-leyva]
name: Álvaro Leyva
alias: Álvaro Leyva Durán
short: Leyva
country: COL
role: 2022-08-07 .. 2024-01 | COLGOV | Minister of Foreign Affairs | foreign-minister

[person luis-gilberto-murillo]
name: Luis Gilberto Murillo
alias: Luis Gilberto Murillo Urrutia
country: COL
role: 2024-01 .. 2025-01 | COLGOV | Minister of Foreign Affairs | foreign-minister

[person laura-sarabia]
name: Laura Sarabia
alias: Laura Camila Sarabia Torres
short: Sarabia
country: COL
role: 2025-01 .. 2025-07 | COLGOV | Minister of Foreign Affairs | foreign-minister

[person rosa-villavicencio]
name: Rosa Yolanda Villavicencio
alias: Rosa Villavicencio | Yolanda Villavicencio
short: Villavicencio
country: COL
role: 2025-07 .. present | COLGOV | Minister of Foreign Affairs | foreign-minister

# Ministers of National Defence

[person jorge-alberto-uribe]
name: Jorge Alberto Uribe
alias: Jorge Alberto Uribe Echavarría
country: COL
role: 2003-11 .. 2005-07 | COLGOV | Minister of National Defence | defence-minister

[person camilo-ospina]
name: Camilo Ospina
alias: Camilo Ospina Bernal
country: COL
role: 2005-07 .. 2006-07-19 | COLGOV | Minister of National Defence | defence-minister

[person gabriel-silva-lujan]
name: Gabriel Silva Luján
country: COL
role: 2009-08 .. 2010-08-07 | COLGOV | Minister of National Defence | defence-minister

[person rodrigo-rivera]
name: Rodrigo Rivera Salazar
country: COL
role: 2010-08-07 .. 2011-09 | COLGOV | Minister of National Defence | defence-minister

[person juan-carlos-pinzon]
name: Juan Carlos Pinzón
alias: Juan Carlos Pinzón Bueno
short: Pinzón
country: COL
role: 2011-09 .. 2015-06 | COLGOV | Minister of National Defence | defence-minister

[person luis-carlos-villegas]
name: Luis Carlos Villegas
alias: Luis Carlos Villegas Echeverri
country: COL
role: 2015-06 .. 2018-08-07 | COLGOV | Minister of National Defence | defence-minister

[person guillermo-botero]
name: Guillermo Botero
alias: Guillermo Botero Nieto
country: COL
role: 2018-08-07 .. 2019-11-06 | COLGOV | Minister of National Defence | defence-minister

[person diego-molano]
name: Diego Molano
alias: Diego Andrés Molano Aponte
short: Molano
country: COL
role: 2021-02 .. 2022-08-07 | COLGOV | Minister of National Defence | defence-minister

[person ivan-velasquez]
name: Iván Velásquez
alias: Iván Velásquez Gómez
country: COL
role: 2013-09 .. 2019-09 | IGOUNO | Commissioner of the International Commission against Impunity in Guatemala (CICIG) | international-official
role: 2022-08-07 .. 2025-02 | COLGOV | Minister of National Defence | defence-minister

[person pedro-sanchez-colombia]
name: Pedro Arnulfo Sánchez
alias: Pedro Arnulfo Sánchez Suárez | Pedro Sánchez Suárez
country: COL
role: 2025-02 .. present | COLGOV | Minister of National Defence | defence-minister

# ---------------------------------------------------------------------------------------------------------------
# Peru
# ---------------------------------------------------------------------------------------------------------------
# The president is head of state and of government; the President of the Council of Ministers (premier) is not
# listed. Peru had eight presidents between 2016 and 2026.

[person ollanta-humala]
name: Ollanta Humala
alias: Ollanta Humala Tasso
short: Humala
country: PER
born: 1962-06-27
role: 2011-07-28 .. 2016-07-28 | PERGOV | President of Peru | head-of-state, head-of-government

[person pedro-pablo-kuczynski]
name: Pedro Pablo Kuczynski
alias: PPK | Pedro Pablo Kuczynski Godard
short: Kuczynski
country: PER
born: 1938-10-03
role: 2016-07-28 .. 2018-03-23 | PERGOV | President of Peru; resigned | head-of-state, head-of-government

[person martin-vizcarra]
name: Martín Vizcarra
alias: Martín Alberto Vizcarra Cornejo
short: Vizcarra
country: PER
born: 1963-03-22
role: 2018-03-23 .. 2020-11-10 | PERGOV | President of Peru; removed by Congress | head-of-state, head-of-government

[person manuel-merino]
name: Manuel Merino
alias: Manuel Merino de Lama
country: PER
role: 2020-11-10 .. 2020-11-15 | PERGOV | President of Peru; resigned after five days | head-of-state, head-of-government

[person francisco-sagasti]
name: Francisco Sagasti
alias: Francisco Rafael Sagasti Hochhausler
short: Sagasti
country: PER
role: 2020-11-17 .. 2021-07-28 | PERGOV | President of Peru (transitional) | head-of-state, head-of-government

[person pedro-castillo]
name: Pedro Castillo
alias: José Pedro Castillo Terrones
country: PER
born: 1969-10-19
role: 2021-07-28 .. 2022-12-07 | PERGOV | President of Peru; removed by Congress | head-of-state, head-of-government

[person dina-boluarte]
name: Dina Boluarte
alias: Dina Ercilia Boluarte Zegarra
short: Boluarte
country: PER
born: 1962-05-31
role: 2021-07-28 .. 2022-12-07 | PERGOV | First Vice President of Peru | other
role: 2022-12-07 .. 2025-10-10 | PERGOV | President of Peru; removed by Congress | head-of-state, head-of-government

# President of Congress who succeeded Boluarte; censured by Congress on 2026-02-17, which ended his presidency.
[person jose-jeri]
name: José Jerí
alias: José Enrique Jerí Oré
short: Jerí
country: PER
role: 2025-10-10 .. 2026-02-17 | PERGOV | President of Peru (interim) | head-of-state, head-of-government

[person ricardo-luna]
name: Ricardo Luna
alias: Ricardo Luna Mendoza
country: PER
role: 2016-07-28 .. 2018-04 | PERGOV | Minister of Foreign Affairs | foreign-minister

[person nestor-popolizio]
name: Néstor Popolizio
alias: Néstor Popolizio Bardales
country: PER
role: 2018-04 .. 2019-10 | PERGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Ecuador
# ---------------------------------------------------------------------------------------------------------------

[person rafael-correa]
name: Rafael Correa
alias: Rafael Correa Delgado | Rafael Vicente Correa Delgado
short: Correa
country: ECU
born: 1963-04-06
role: 2007-01-15 .. 2017-05-24 | ECUGOV | President of Ecuador | head-of-state, head-of-government

[person lenin-moreno]
name: Lenín Moreno
alias: Lenín Boltaire Moreno Garcés | Lenin Moreno
country: ECU
born: 1953-03-19
role: 2007-01-15 .. 2013-05-24 | ECUGOV | Vice President of Ecuador | other
role: 2017-05-24 .. 2021-05-24 | ECUGOV | President of Ecuador | head-of-state, head-of-government

[person guillermo-lasso]
name: Guillermo Lasso
alias: Guillermo Alberto Santiago Lasso Mendoza
country: ECU
born: 1955-11-16
role: 2021-05-24 .. 2023-11-23 | ECUGOV | President of Ecuador | head-of-state, head-of-government

[person daniel-noboa]
name: Daniel Noboa
alias: Daniel Noboa Azín | Daniel Roy Gilchrist Noboa Azín
country: ECU
born: 1987-11-30
role: 2023-11-23 .. present | ECUGOV | President of Ecuador | head-of-state, head-of-government

[person ricardo-patino]
name: Ricardo Patiño
alias: Ricardo Armando Patiño Aroca
short: Patiño
country: ECU
role: 2010-01 .. 2016-03 | ECUGOV | Minister of Foreign Affairs | foreign-minister

[person guillaume-long]
name: Guillaume Long
country: ECU
role: 2016-03 .. 2017-05-24 | ECUGOV | Minister of Foreign Affairs | foreign-minister

[person maria-fernanda-espinosa]
name: María Fernanda Espinosa
alias: María Fernanda Espinosa Garcés
country: ECU
role: 2017-05-24 .. 2018-06 | ECUGOV | Minister of Foreign Affairs | foreign-minister
role: 2018-09-18 .. 2019-09-17 | IGOUNO | President of the United Nations General Assembly | international-official

[person gabriela-sommerfeld]
name: Gabriela Sommerfeld
alias: María Gabriela Sommerfeld
country: ECU
role: 2023-11-23 .. present | ECUGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Bolivia
# ---------------------------------------------------------------------------------------------------------------

[person evo-morales]
name: Evo Morales
alias: Juan Evo Morales Ayma | Evo Morales Ayma
country: BOL
born: 1959-10-26
role: 2006-01-22 .. 2019-11-10 | BOLGOV | President of Bolivia; resigned | head-of-state, head-of-government

[person jeanine-anez]
name: Jeanine Áñez
alias: Jeanine Áñez Chávez
short: Áñez
country: BOL
born: 1967-06-13
role: 2019-11-12 .. 2020-11-08 | BOLGOV | President of Bolivia (interim) | head-of-state, head-of-government

[person luis-arce]
name: Luis Arce
alias: Luis Arce Catacora | Luis Alberto Arce Catacora
country: BOL
born: 1963-09-28
role: 2006-01-23 .. 2017-06 | BOLGOV | Minister of Economy and Public Finance | finance-minister
role: 2020-11-08 .. 2025-11-08 | BOLGOV | President of Bolivia | head-of-state, head-of-government

[person rodrigo-paz]
name: Rodrigo Paz
alias: Rodrigo Paz Pereira
country: BOL
born: 1967-09-22
role: 2025-11-08 .. present | BOLGOV | President of Bolivia | head-of-state, head-of-government

[person david-choquehuanca]
name: David Choquehuanca
alias: David Choquehuanca Céspedes
short: Choquehuanca
country: BOL
role: 2006-01-23 .. 2017-01-23 | BOLGOV | Minister of Foreign Affairs | foreign-minister
role: 2020-11-08 .. 2025-11-08 | BOLGOV | Vice President of Bolivia | other

[person fernando-huanacuni]
name: Fernando Huanacuni
alias: Fernando Huanacuni Mamani
country: BOL
role: 2017-01-23 .. 2018-08 | BOLGOV | Minister of Foreign Affairs | foreign-minister

[person diego-pary]
name: Diego Pary
alias: Diego Pary Rodríguez
country: BOL
role: 2018-08 .. 2019-11-10 | BOLGOV | Minister of Foreign Affairs | foreign-minister

[person karen-longaric]
name: Karen Longaric
country: BOL
role: 2019-11-13 .. 2020-11-08 | BOLGOV | Minister of Foreign Affairs (interim government) | foreign-minister

[person rogelio-mayta]
name: Rogelio Mayta
alias: Rogelio Mayta Mayta
country: BOL
role: 2020-11-09 .. 2023-11-14 | BOLGOV | Minister of Foreign Affairs | foreign-minister

[person celinda-sosa]
name: Celinda Sosa
alias: Celinda Sosa Lunda
country: BOL
role: 2023-11-27 .. 2025-11-08 | BOLGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Chile
# ---------------------------------------------------------------------------------------------------------------

[person michelle-bachelet]
name: Michelle Bachelet
alias: Verónica Michelle Bachelet Jeria
short: Bachelet
country: CHL
born: 1951-09-29
role: 2006-03-11 .. 2010-03-11 | CHLGOV | President of Chile | head-of-state, head-of-government
role: 2014-03-11 .. 2018-03-11 | CHLGOV | President of Chile | head-of-state, head-of-government
role: 2018-09-01 .. 2022-09-01 | IGOUNOHRIHCH | United Nations High Commissioner for Human Rights | international-official

[person sebastian-pinera]
name: Sebastián Piñera
alias: Miguel Juan Sebastián Piñera Echenique
short: Piñera
country: CHL
born: 1949-12-01
role: 2010-03-11 .. 2014-03-11 | CHLGOV | President of Chile | head-of-state, head-of-government
role: 2018-03-11 .. 2022-03-11 | CHLGOV | President of Chile | head-of-state, head-of-government

[person gabriel-boric]
name: Gabriel Boric
alias: Gabriel Boric Font
short: Boric
country: CHL
born: 1986-02-11
role: 2022-03-11 .. 2026-03-11 | CHLGOV | President of Chile | head-of-state, head-of-government

[person jose-antonio-kast]
name: José Antonio Kast
alias: José Antonio Kast Rist
short: Kast
country: CHL
born: 1966-01-18
role: 2026-03-11 .. present | CHLGOV | President of Chile | head-of-state, head-of-government

[person heraldo-munoz]
name: Heraldo Muñoz
country: CHL
role: 2014-03-11 .. 2018-03-11 | CHLGOV | Minister of Foreign Affairs | foreign-minister

[person roberto-ampuero]
name: Roberto Ampuero
country: CHL
role: 2018-03-11 .. 2019-06-13 | CHLGOV | Minister of Foreign Affairs | foreign-minister

[person teodoro-ribera]
name: Teodoro Ribera
country: CHL
role: 2019-06-13 .. 2020-07-28 | CHLGOV | Minister of Foreign Affairs | foreign-minister

[person andres-allamand]
name: Andrés Allamand
country: CHL
role: 2020-07-28 .. 2022-03-11 | CHLGOV | Minister of Foreign Affairs | foreign-minister

[person antonia-urrejola]
name: Antonia Urrejola
country: CHL
role: 2022-03-11 .. 2023-03-10 | CHLGOV | Minister of Foreign Affairs | foreign-minister

[person alberto-van-klaveren]
name: Alberto van Klaveren
country: CHL
role: 2023-03-10 .. 2026-03-11 | CHLGOV | Minister of Foreign Affairs | foreign-minister

[person jose-francisco-perez-mackenna]
name: José Francisco Pérez Mackenna
alias: Francisco Pérez Mackenna
country: CHL
role: 2026-03-11 .. present | CHLGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Central America
# ---------------------------------------------------------------------------------------------------------------
# Presidents are heads of state and of government.

[person otto-perez-molina]
name: Otto Pérez Molina
alias: Otto Fernando Pérez Molina
country: GTM
role: 2012-01-14 .. 2015-09-03 | GTMGOV | President of Guatemala; resigned | head-of-state, head-of-government

[person alejandro-maldonado]
name: Alejandro Maldonado
alias: Alejandro Maldonado Aguirre
country: GTM
role: 2015-09-03 .. 2016-01-14 | GTMGOV | President of Guatemala (interim) | head-of-state, head-of-government

[person jimmy-morales]
name: Jimmy Morales
alias: James Ernesto Morales Cabrera
country: GTM
born: 1969-03-18
role: 2016-01-14 .. 2020-01-14 | GTMGOV | President of Guatemala | head-of-state, head-of-government

[person alejandro-giammattei]
name: Alejandro Giammattei
alias: Alejandro Eduardo Giammattei Falla
short: Giammattei
country: GTM
born: 1956-03-09
role: 2020-01-14 .. 2024-01-15 | GTMGOV | President of Guatemala | head-of-state, head-of-government

[person bernardo-arevalo]
name: Bernardo Arévalo
alias: Bernardo Arévalo de León | César Bernardo Arévalo de León
country: GTM
born: 1958-10-07
role: 2024-01-15 .. present | GTMGOV | President of Guatemala | head-of-state, head-of-government

[person carlos-ramiro-martinez]
name: Carlos Ramiro Martínez
alias: Carlos Ramiro Martínez Alvarado
country: GTM
role: 2024-01-15 .. present | GTMGOV | Minister of Foreign Affairs | foreign-minister

[person juan-orlando-hernandez]
name: Juan Orlando Hernández
alias: Juan Orlando Hernández Alvarado | JOH
country: HND
born: 1968-10-28
role: 2014-01-27 .. 2022-01-27 | HNDGOV | President of Honduras | head-of-state, head-of-government

[person xiomara-castro]
name: Xiomara Castro
alias: Iris Xiomara Castro Sarmiento | Xiomara Castro de Zelaya
country: HND
born: 1959-09-30
role: 2022-01-27 .. 2026-01-27 | HNDGOV | President of Honduras | head-of-state, head-of-government

[person nasry-asfura]
name: Nasry Asfura
alias: Nasry Juan Asfura Zablah | Tito Asfura
short: Asfura
country: HND
role: 2026-01-27 .. present | HNDGOV | President of Honduras | head-of-state, head-of-government

[person salvador-sanchez-ceren]
name: Salvador Sánchez Cerén
country: SLV
born: 1944-06-18
role: 2014-06-01 .. 2019-06-01 | SLVGOV | President of El Salvador | head-of-state, head-of-government

# Took leave from 2023-12-01 to 2024-05-31 to run for re-election; Claudia Rodríguez de Guevara was acting
# president in that period.
[person nayib-bukele]
name: Nayib Bukele
alias: Nayib Armando Bukele Ortez
short: Bukele
country: SLV
born: 1981-07-24
role: 2015-05-01 .. 2018-05-01 | SLVGOV | Mayor of San Salvador | other
role: 2019-06-01 .. present | SLVGOV | President of El Salvador | head-of-state, head-of-government

# Nicaragua: a constitutional reform in 2025 made Ortega and Murillo co-presidents.
[person daniel-ortega]
name: Daniel Ortega
alias: José Daniel Ortega Saavedra
short: Ortega
country: NIC
born: 1945-11-11
role: 1985-01-10 .. 1990-04-25 | NICGOV | President of Nicaragua | head-of-state, head-of-government
role: 2007-01-10 .. 2025-02 | NICGOV | President of Nicaragua | head-of-state, head-of-government
role: 2025-02 .. present | NICGOV | Co-President of Nicaragua | head-of-state, head-of-government

[person rosario-murillo]
name: Rosario Murillo
alias: Rosario María Murillo Zambrana
country: NIC
born: 1951-06-22
role: 2017-01-10 .. 2025-02 | NICGOV | Vice President of Nicaragua | other
role: 2025-02 .. present | NICGOV | Co-President of Nicaragua | head-of-state, head-of-government

[person luis-guillermo-solis]
name: Luis Guillermo Solís
alias: Luis Guillermo Solís Rivera
country: CRI
role: 2014-05-08 .. 2018-05-08 | CRIGOV | President of Costa Rica | head-of-state, head-of-government

[person carlos-alvarado]
name: Carlos Alvarado
alias: Carlos Alvarado Quesada
country: CRI
born: 1980-01-14
role: 2018-05-08 .. 2022-05-08 | CRIGOV | President of Costa Rica | head-of-state, head-of-government

[person rodrigo-chaves]
name: Rodrigo Chaves
alias: Rodrigo Chaves Robles
country: CRI
born: 1961-06-30
role: 2022-05-08 .. 2026-05-08 | CRIGOV | President of Costa Rica | head-of-state, head-of-government

[person laura-fernandez-delgado]
name: Laura Fernández Delgado
alias: Laura Fernández
country: CRI
role: 2026-05-08 .. present | CRIGOV | President of Costa Rica | head-of-state, head-of-government

[person juan-carlos-varela]
name: Juan Carlos Varela
alias: Juan Carlos Varela Rodríguez
country: PAN
born: 1963-12-12
role: 2014-07-01 .. 2019-07-01 | PANGOV | President of Panama | head-of-state, head-of-government

[person laurentino-cortizo]
name: Laurentino Cortizo
alias: Laurentino Cortizo Cohen | Nito Cortizo
short: Cortizo
country: PAN
born: 1953-01-30
role: 2019-07-01 .. 2024-07-01 | PANGOV | President of Panama | head-of-state, head-of-government

[person jose-raul-mulino]
name: José Raúl Mulino
alias: José Raúl Mulino Quintero
short: Mulino
country: PAN
born: 1959-06-13
role: 2024-07-01 .. present | PANGOV | President of Panama | head-of-state, head-of-government

[person isabel-saint-malo]
name: Isabel Saint Malo
alias: Isabel de Saint Malo | Isabel de Saint Malo de Alvarado
country: PAN
role: 2014-07-01 .. 2019-07-01 | PANGOV | Vice President and Minister of Foreign Affairs | foreign-minister

[person javier-martinez-acha]
name: Javier Martínez-Acha
alias: Javier Martínez-Acha Vásquez
country: PAN
role: 2024-07-01 .. present | PANGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Cuba, Haiti and the Dominican Republic
# ---------------------------------------------------------------------------------------------------------------
# Cuba: the first secretary of the Communist Party is the top leader (party-leader). Until 2019 the President of
# the Council of State was head of state and of government; the 2019 constitution created a President of the
# Republic (head of state) and restored a Prime Minister.

[person fidel-castro]
name: Fidel Castro
alias: Fidel Alejandro Castro Ruz | Fidel Castro Ruz
short: Fidel
country: CUB
born: 1926-08-13
role: 1959-02-16 .. 1976-12-02 | CUBGOV | Prime Minister of Cuba | head-of-government
role: 1976-12-02 .. 2008-02-24 | CUBGOV | President of the Council of State and of the Council of Ministers | head-of-state, head-of-government
role: 1965-10-03 .. 2011-04-19 | CUBGOV | First Secretary of the Communist Party of Cuba | party-leader

[person raul-castro]
name: Raúl Castro
alias: Raúl Modesto Castro Ruz | Raúl Castro Ruz
country: CUB
born: 1931-06-03
role: 1959-10-16 .. 2008-02-24 | CUBGOV | Minister of the Revolutionary Armed Forces | defence-minister
role: 2006-07-31 .. 2008-02-24 | CUBGOV | Acting President of the Council of State | head-of-state, head-of-government
role: 2008-02-24 .. 2018-04-19 | CUBGOV | President of the Council of State and of the Council of Ministers | head-of-state, head-of-government
role: 2011-04-19 .. 2021-04-19 | CUBGOV | First Secretary of the Communist Party of Cuba | party-leader

[person miguel-diaz-canel]
name: Miguel Díaz-Canel
alias: Miguel Mario Díaz-Canel Bermúdez | Miguel Diaz Canel
short: Díaz-Canel
country: CUB
born: 1960-04-20
role: 2013-02-24 .. 2018-04-19 | CUBGOV | First Vice President of the Council of State | other
role: 2018-04-19 .. 2019-10-10 | CUBGOV | President of the Council of State and of the Council of Ministers | head-of-state, head-of-government
role: 2019-10-10 .. present | CUBGOV | President of Cuba | head-of-state
role: 2021-04-19 .. present | CUBGOV | First Secretary of the Communist Party of Cuba | party-leader

[person manuel-marrero-cruz]
name: Manuel Marrero Cruz
alias: Manuel Marrero
country: CUB
born: 1963-07-11
role: 2019-12-21 .. present | CUBGOV | Prime Minister of Cuba | head-of-government

[person felipe-perez-roque]
name: Felipe Pérez Roque
country: CUB
role: 1999-05 .. 2009-03-02 | CUBGOV | Minister of Foreign Affairs | foreign-minister

[person bruno-rodriguez-parrilla]
name: Bruno Rodríguez Parrilla
alias: Bruno Rodríguez | Bruno Eduardo Rodríguez Parrilla
country: CUB
born: 1958-01-22
role: 2009-03-02 .. present | CUBGOV | Minister of Foreign Affairs | foreign-minister

# Haiti: after Moïse's assassination (2021-07-07) there was no president; a Transitional Presidential Council,
# installed on 2024-04-25 with a rotating coordinator, held the presidency until its mandate ended on 2026-02-07.
[person michel-martelly]
name: Michel Martelly
alias: Michel Joseph Martelly | Sweet Micky
short: Martelly
country: HTI
born: 1961-02-12
role: 2011-05-14 .. 2016-02-07 | HTIGOV | President of Haiti | head-of-state

[person jocelerme-privert]
name: Jocelerme Privert
short: Privert
country: HTI
role: 2016-02-14 .. 2017-02-07 | HTIGOV | Provisional President of Haiti | head-of-state

[person jovenel-moise]
name: Jovenel Moïse
alias: Jovenel Moise
country: HTI
born: 1968-06-26
role: 2017-02-07 .. 2021-07-07 | HTIGOV | President of Haiti; assassinated | head-of-state

[person evans-paul]
name: Evans Paul
country: HTI
role: 2015-01-16 .. 2016-02-26 | HTIGOV | Prime Minister of Haiti | head-of-government

[person enex-jean-charles]
name: Enex Jean-Charles
country: HTI
role: 2016-03-28 .. 2017-03-21 | HTIGOV | Prime Minister of Haiti | head-of-government

[person jack-guy-lafontant]
name: Jack Guy Lafontant
country: HTI
role: 2017-03-21 .. 2018-09-17 | HTIGOV | Prime Minister of Haiti | head-of-government

[person jean-henry-ceant]
name: Jean-Henry Céant
country: HTI
role: 2018-09-17 .. 2019-03-21 | HTIGOV | Prime Minister of Haiti | head-of-government

[person jean-michel-lapin]
name: Jean-Michel Lapin
country: HTI
role: 2019-03-21 .. 2020-03-04 | HTIGOV | Prime Minister of Haiti (acting) | head-of-government

[person joseph-jouthe]
name: Joseph Jouthe
country: HTI
role: 2020-03-04 .. 2021-04-14 | HTIGOV | Prime Minister of Haiti | head-of-government

[person claude-joseph]
name: Claude Joseph
country: HTI
role: 2020-03-04 .. 2021-11-24 | HTIGOV | Minister of Foreign Affairs | foreign-minister
role: 2021-04-14 .. 2021-07-20 | HTIGOV | Prime Minister of Haiti (acting) | head-of-government

[person ariel-henry]
name: Ariel Henry
country: HTI
born: 1949-11-06
role: 2021-07-20 .. 2024-04-25 | HTIGOV | Prime Minister of Haiti (also exercising the presidency) | head-of-government

[person garry-conille]
name: Garry Conille
short: Conille
country: HTI
role: 2011-10-18 .. 2012-05-16 | HTIGOV | Prime Minister of Haiti | head-of-government
role: 2024-06-03 .. 2024-11-11 | HTIGOV | Prime Minister of Haiti | head-of-government

[person alix-didier-fils-aime]
name: Alix Didier Fils-Aimé
alias: Didier Fils-Aimé
short: Fils-Aimé
country: HTI
role: 2024-11-11 .. present | HTIGOV | Prime Minister of Haiti (sole executive after the council's mandate ended on 2026-02-07) | head-of-government

[person edgard-leblanc-fils]
name: Edgard Leblanc Fils
country: HTI
role: 2024-04-30 .. 2024-10-07 | HTIGOV | Coordinator of the Transitional Presidential Council | head-of-state

[person leslie-voltaire]
name: Leslie Voltaire
country: HTI
role: 2024-10-07 .. 2025-03-07 | HTIGOV | Coordinator of the Transitional Presidential Council | head-of-state

[person fritz-alphonse-jean]
name: Fritz Alphonse Jean
country: HTI
role: 2025-03-07 .. 2025-08-07 | HTIGOV | Coordinator of the Transitional Presidential Council | head-of-state

[person laurent-saint-cyr]
name: Laurent Saint-Cyr
country: HTI
role: 2025-08-07 .. 2026-02-07 | HTIGOV | Coordinator of the Transitional Presidential Council | head-of-state

[person danilo-medina]
name: Danilo Medina
alias: Danilo Medina Sánchez
country: DOM
born: 1951-11-10
role: 2012-08-16 .. 2020-08-16 | DOMGOV | President of the Dominican Republic | head-of-state, head-of-government

[person luis-abinader]
name: Luis Abinader
alias: Luis Rodolfo Abinader Corona
short: Abinader
country: DOM
born: 1967-07-12
role: 2020-08-16 .. present | DOMGOV | President of the Dominican Republic | head-of-state, head-of-government

[person miguel-vargas-maldonado]
name: Miguel Vargas Maldonado
alias: Miguel Vargas
country: DOM
role: 2016-08-16 .. 2020-08-16 | DOMGOV | Minister of Foreign Affairs | foreign-minister

[person roberto-alvarez-gil]
name: Roberto Álvarez
alias: Roberto Álvarez Gil
country: DOM
role: 2020-08-16 .. present | DOMGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# United Kingdom (the monarch is also head of state of Canada and other Commonwealth realms)
# ---------------------------------------------------------------------------------------------------------------

[person elizabeth-ii]
name: Queen Elizabeth II
alias: Elizabeth II | Queen Elizabeth | Elizabeth Alexandra Mary Windsor
country: GBR
born: 1926-04-21
role: 1952-02-06 .. 2022-09-08 | GBRGOV | Queen of the United Kingdom | head-of-state, royal

[person charles-iii]
name: King Charles III
alias: Charles III | King Charles | Prince Charles | Charles, Prince of Wales | Charles Philip Arthur George
country: GBR
born: 1948-11-14
role: 2022-09-08 .. present | GBRGOV | King of the United Kingdom | head-of-state, royal
# The same monarch is head of state of the other Commonwealth realms; Canada and Australia are listed because the
# G20 check asks for their heads of state. In their news the King is still coded as the British crown.
role: 2022-09-08 .. present | CANGOV | King of Canada | head-of-state, royal
role: 2022-09-08 .. present | AUSGOV | King of Australia | head-of-state, royal

# Prime Ministers

[person tony-blair]
name: Tony Blair
alias: Anthony Blair | Anthony Charles Lynton Blair
country: GBR
role: 1997-05-02 .. 2007-06-27 | GBRGOV | Prime Minister of the United Kingdom | head-of-government

[person gordon-brown]
name: Gordon Brown
alias: James Gordon Brown
country: GBR
role: 1997-05-02 .. 2007-06-27 | GBRGOV | Chancellor of the Exchequer | finance-minister
role: 2007-06-27 .. 2010-05-11 | GBRGOV | Prime Minister of the United Kingdom | head-of-government

[person david-cameron]
name: David Cameron
alias: David William Donald Cameron | Lord Cameron
short: Cameron
country: GBR
role: 2005-12-06 .. 2010-05-11 | GBROPP | Leader of the Opposition (Conservative Party) | party-leader, opposition-leader
role: 2010-05-11 .. 2016-07-13 | GBRGOV | Prime Minister of the United Kingdom | head-of-government
role: 2023-11-13 .. 2024-07-05 | GBRGOV | Foreign Secretary | foreign-minister

[person theresa-may]
name: Theresa May
alias: Theresa Mary May
country: GBR
role: 2010-05-12 .. 2016-07-13 | GBRGOV | Home Secretary | interior-minister
role: 2016-07-13 .. 2019-07-24 | GBRGOV | Prime Minister of the United Kingdom | head-of-government

[person boris-johnson]
name: Boris Johnson
alias: Alexander Boris de Pfeffel Johnson
country: GBR
born: 1964-06-19
role: 2008-05-04 .. 2016-05-09 | GBRGOV | Mayor of London | other
role: 2016-07-13 .. 2018-07-09 | GBRGOV | Foreign Secretary | foreign-minister
role: 2019-07-24 .. 2022-09-06 | GBRGOV | Prime Minister of the United Kingdom | head-of-government

[person liz-truss]
name: Liz Truss
alias: Elizabeth Truss | Mary Elizabeth Truss
short: Truss
country: GBR
role: 2021-09-15 .. 2022-09-06 | GBRGOV | Foreign Secretary | foreign-minister
role: 2022-09-06 .. 2022-10-25 | GBRGOV | Prime Minister of the United Kingdom | head-of-government

[person rishi-sunak]
name: Rishi Sunak
short: Sunak
country: GBR
role: 2020-02-13 .. 2022-07-05 | GBRGOV | Chancellor of the Exchequer | finance-minister
role: 2022-10-25 .. 2024-07-05 | GBRGOV | Prime Minister of the United Kingdom | head-of-government
role: 2024-07-05 .. 2024-11-02 | GBROPP | Leader of the Opposition (Conservative Party) | party-leader, opposition-leader

[person keir-starmer]
name: Keir Starmer
alias: Sir Keir Starmer | Keir Rodney Starmer
short: Starmer
country: GBR
born: 1962-09-02
role: 2020-04-04 .. 2024-07-05 | GBROPP | Leader of the Opposition (Labour Party) | party-leader, opposition-leader
role: 2024-07-05 .. present | GBRGOV | Prime Minister of the United Kingdom | head-of-government

# Deputy Prime Ministers

[person john-prescott]
name: John Prescott
alias: John Leslie Prescott
short: Prescott
country: GBR
role: 1997-05-02 .. 2007-06-27 | GBRGOV | Deputy Prime Minister | deputy-head-of-government

[person nick-clegg]
name: Nick Clegg
alias: Nicholas Clegg | Nicholas William Peter Clegg
short: Clegg
country: GBR
role: 2010-05-11 .. 2015-05-08 | GBRGOV | Deputy Prime Minister | deputy-head-of-government

[person oliver-dowden]
name: Oliver Dowden
alias: Oliver James Dowden
short: Dowden
country: GBR
role: 2023-04-21 .. 2024-07-05 | GBRGOV | Deputy Prime Minister | deputy-head-of-government

[person angela-rayner]
name: Angela Rayner
short: Rayner
country: GBR
role: 2024-07-05 .. 2025-09-05 | GBRGOV | Deputy Prime Minister | deputy-head-of-government

# Opposition leaders

[person iain-duncan-smith]
name: Iain Duncan Smith
country: GBR
role: 2001-09-13 .. 2003-11-06 | GBROPP | Leader of the Opposition (Conservative Party) | party-leader, opposition-leader

[person michael-howard]
name: Michael Howard
country: GBR
role: 2003-11-06 .. 2005-12-06 | GBROPP | Leader of the Opposition (Conservative Party) | party-leader, opposition-leader

[person ed-miliband]
name: Ed Miliband
alias: Edward Miliband | Edward Samuel Miliband
country: GBR
role: 2010-09-25 .. 2015-05-08 | GBROPP | Leader of the Opposition (Labour Party) | party-leader, opposition-leader
role: 2024-07-05 .. present | GBRGOV | Secretary of State for Energy Security and Net Zero | minister

[person harriet-harman]
name: Harriet Harman
short: Harman
country: GBR
role: 2010-05-11 .. 2010-09-25 | GBROPP | Leader of the Opposition (acting Labour leader) | party-leader, opposition-leader
role: 2015-05-08 .. 2015-09-12 | GBROPP | Leader of the Opposition (acting Labour leader) | party-leader, opposition-leader

[person jeremy-corbyn]
name: Jeremy Corbyn
alias: Jeremy Bernard Corbyn
short: Corbyn
country: GBR
role: 2015-09-12 .. 2020-04-04 | GBROPP | Leader of the Opposition (Labour Party) | party-leader, opposition-leader

[person kemi-badenoch]
name: Kemi Badenoch
alias: Olukemi Badenoch | Olukemi Olufunto Badenoch
short: Badenoch
country: GBR
role: 2024-11-02 .. present | GBROPP | Leader of the Opposition (Conservative Party) | party-leader, opposition-leader

[person nigel-farage]
name: Nigel Farage
alias: Nigel Paul Farage
short: Farage
country: GBR
role: 2024-06-03 .. present | GBROPP | Leader of Reform UK | party-leader

# Foreign Secretaries

[person robin-cook]
name: Robin Cook
alias: Robert Finlayson Cook
country: GBR
role: 1997-05-02 .. 2001-06-08 | GBRGOV | Foreign Secretary | foreign-minister

[person jack-straw]
name: Jack Straw
alias: John Whitaker Straw
country: GBR
role: 1997-05-02 .. 2001-06-08 | GBRGOV | Home Secretary | interior-minister
role: 2001-06-08 .. 2006-05-05 | GBRGOV | Foreign Secretary | foreign-minister

[person margaret-beckett]
name: Margaret Beckett
alias: Margaret Mary Beckett
short: Beckett
country: GBR
role: 2006-05-05 .. 2007-06-28 | GBRGOV | Foreign Secretary | foreign-minister

[person david-miliband]
name: David Miliband
alias: David Wright Miliband
country: GBR
role: 2007-06-28 .. 2010-05-12 | GBRGOV | Foreign Secretary | foreign-minister

[person william-hague]
name: William Hague
alias: William Jefferson Hague | Lord Hague
country: GBR
role: 1997-06-19 .. 2001-09-13 | GBROPP | Leader of the Opposition (Conservative Party) | party-leader, opposition-leader
role: 2010-05-12 .. 2014-07-15 | GBRGOV | Foreign Secretary | foreign-minister

[person philip-hammond]
name: Philip Hammond
alias: Philip Anthony Hammond
country: GBR
role: 2011-10-14 .. 2014-07-15 | GBRGOV | Defence Secretary | defence-minister
role: 2014-07-15 .. 2016-07-13 | GBRGOV | Foreign Secretary | foreign-minister
role: 2016-07-13 .. 2019-07-24 | GBRGOV | Chancellor of the Exchequer | finance-minister

[person jeremy-hunt]
name: Jeremy Hunt
alias: Jeremy Richard Streynsham Hunt
country: GBR
role: 2018-07-09 .. 2019-07-24 | GBRGOV | Foreign Secretary | foreign-minister
role: 2022-10-14 .. 2024-07-05 | GBRGOV | Chancellor of the Exchequer | finance-minister

[person dominic-raab]
name: Dominic Raab
alias: Dominic Rennie Raab
short: Raab
country: GBR
role: 2019-07-24 .. 2021-09-15 | GBRGOV | Foreign Secretary | foreign-minister
role: 2021-09-15 .. 2023-04-21 | GBRGOV | Deputy Prime Minister | deputy-head-of-government

[person james-cleverly]
name: James Cleverly
alias: James Spencer Cleverly
country: GBR
role: 2022-09-06 .. 2023-11-13 | GBRGOV | Foreign Secretary | foreign-minister
role: 2023-11-13 .. 2024-07-05 | GBRGOV | Home Secretary | interior-minister

[person david-lammy]
name: David Lammy
alias: David Lindon Lammy
short: Lammy
country: GBR
role: 2024-07-05 .. 2025-09-05 | GBRGOV | Foreign Secretary | foreign-minister
role: 2025-09-05 .. present | GBRGOV | Deputy Prime Minister and Justice Secretary | deputy-head-of-government

[person yvette-cooper]
name: Yvette Cooper
alias: Yvette Marie Cooper
country: GBR
role: 2024-07-05 .. 2025-09-05 | GBRGOV | Home Secretary | interior-minister
role: 2025-09-05 .. present | GBRGOV | Foreign Secretary | foreign-minister

# Defence Secretaries

[person george-robertson]
name: George Robertson
alias: Lord Robertson | Lord Robertson of Port Ellen | George Islay MacNeill Robertson
country: GBR
role: 1997-05-03 .. 1999-10-11 | GBRGOV | Defence Secretary | defence-minister
role: 1999-10-14 .. 2004-01-01 | IGOWSTNAT | Secretary General of NATO | international-official

[person geoff-hoon]
name: Geoff Hoon
alias: Geoffrey Hoon | Geoffrey William Hoon
short: Hoon
country: GBR
role: 1999-10-11 .. 2005-05-06 | GBRGOV | Defence Secretary | defence-minister

[person john-reid]
name: John Reid
alias: Lord Reid of Cardowan
country: GBR
role: 2005-05-06 .. 2006-05-05 | GBRGOV | Defence Secretary | defence-minister
role: 2006-05-05 .. 2007-06-28 | GBRGOV | Home Secretary | interior-minister

[person des-browne]
name: Des Browne
alias: Desmond Browne | Desmond Henry Browne
country: GBR
role: 2006-05-05 .. 2008-10-03 | GBRGOV | Defence Secretary | defence-minister

[person john-hutton]
name: John Hutton
alias: John Matthew Patrick Hutton
country: GBR
role: 2008-10-03 .. 2009-06-05 | GBRGOV | Defence Secretary | defence-minister

[person bob-ainsworth]
name: Bob Ainsworth
alias: Robert William Ainsworth
short: Ainsworth
country: GBR
role: 2009-06-05 .. 2010-05-12 | GBRGOV | Defence Secretary | defence-minister

[person liam-fox]
name: Liam Fox
country: GBR
role: 2010-05-12 .. 2011-10-14 | GBRGOV | Defence Secretary | defence-minister
role: 2016-07-13 .. 2019-07-24 | GBRGOV | Secretary of State for International Trade | minister

[person michael-fallon]
name: Michael Fallon
alias: Michael Cathel Fallon
short: Fallon
country: GBR
role: 2014-07-15 .. 2017-11-01 | GBRGOV | Defence Secretary | defence-minister

[person gavin-williamson]
name: Gavin Williamson
alias: Gavin Alexander Williamson
country: GBR
role: 2017-11-02 .. 2019-05-01 | GBRGOV | Defence Secretary | defence-minister

[person penny-mordaunt]
name: Penny Mordaunt
alias: Penelope Mary Mordaunt
short: Mordaunt
country: GBR
role: 2019-05-01 .. 2019-07-24 | GBRGOV | Defence Secretary | defence-minister

[person ben-wallace]
name: Ben Wallace
alias: Robert Ben Lobban Wallace
country: GBR
role: 2019-07-24 .. 2023-08-31 | GBRGOV | Defence Secretary | defence-minister

[person grant-shapps]
name: Grant Shapps
alias: Grant Vincent Shapps
short: Shapps
country: GBR
role: 2022-10-19 .. 2022-10-25 | GBRGOV | Home Secretary | interior-minister
role: 2023-08-31 .. 2024-07-05 | GBRGOV | Defence Secretary | defence-minister

[person john-healey]
name: John Healey
short: Healey
country: GBR
role: 2024-07-05 .. present | GBRGOV | Defence Secretary | defence-minister

# Home Secretaries

[person david-blunkett]
name: David Blunkett
short: Blunkett
country: GBR
role: 2001-06-08 .. 2004-12-15 | GBRGOV | Home Secretary | interior-minister

[person charles-clarke]
name: Charles Clarke
alias: Charles Rodway Clarke
country: GBR
role: 2004-12-15 .. 2006-05-05 | GBRGOV | Home Secretary | interior-minister

[person jacqui-smith]
name: Jacqui Smith
alias: Jacqueline Jill Smith
country: GBR
role: 2007-06-28 .. 2009-06-05 | GBRGOV | Home Secretary | interior-minister

[person alan-johnson]
name: Alan Johnson
alias: Alan Arthur Johnson
country: GBR
role: 2009-06-05 .. 2010-05-12 | GBRGOV | Home Secretary | interior-minister

[person amber-rudd]
name: Amber Rudd
alias: Amber Augusta Rudd
country: GBR
role: 2016-07-13 .. 2018-04-29 | GBRGOV | Home Secretary | interior-minister

[person sajid-javid]
name: Sajid Javid
short: Javid
country: GBR
role: 2018-04-30 .. 2019-07-24 | GBRGOV | Home Secretary | interior-minister
role: 2019-07-24 .. 2020-02-13 | GBRGOV | Chancellor of the Exchequer | finance-minister
role: 2021-06-26 .. 2022-07-05 | GBRGOV | Health Secretary | minister

[person priti-patel]
name: Priti Patel
alias: Priti Sushil Patel
country: GBR
role: 2019-07-24 .. 2022-09-06 | GBRGOV | Home Secretary | interior-minister

[person suella-braverman]
name: Suella Braverman
alias: Sue-Ellen Cassiana Braverman | Suella Fernandes
short: Braverman
country: GBR
role: 2022-09-06 .. 2022-10-19 | GBRGOV | Home Secretary | interior-minister
role: 2022-10-25 .. 2023-11-13 | GBRGOV | Home Secretary | interior-minister

[person shabana-mahmood]
name: Shabana Mahmood
short: Mahmood
country: GBR
role: 2024-07-05 .. 2025-09-05 | GBRGOV | Justice Secretary and Lord Chancellor | minister
role: 2025-09-05 .. present | GBRGOV | Home Secretary | interior-minister

# Chancellors of the Exchequer

[person alistair-darling]
name: Alistair Darling
alias: Alistair Maclean Darling
country: GBR
role: 2007-06-28 .. 2010-05-11 | GBRGOV | Chancellor of the Exchequer | finance-minister

[person george-osborne]
name: George Osborne
alias: George Gideon Oliver Osborne
short: Osborne
country: GBR
role: 2010-05-11 .. 2016-07-13 | GBRGOV | Chancellor of the Exchequer | finance-minister

[person nadhim-zahawi]
name: Nadhim Zahawi
short: Zahawi
country: GBR
role: 2022-07-05 .. 2022-09-06 | GBRGOV | Chancellor of the Exchequer | finance-minister

[person kwasi-kwarteng]
name: Kwasi Kwarteng
alias: Akwasi Addo Alfred Kwarteng
short: Kwarteng
country: GBR
role: 2022-09-06 .. 2022-10-14 | GBRGOV | Chancellor of the Exchequer | finance-minister

[person rachel-reeves]
name: Rachel Reeves
alias: Rachel Jane Reeves
short: Reeves
country: GBR
role: 2024-07-05 .. present | GBRGOV | Chancellor of the Exchequer | finance-minister

# Military and intelligence chiefs

[person nick-carter]
name: Sir Nick Carter
alias: General Sir Nick Carter | Nicholas Patrick Carter
country: GBR
role: 2018-06-13 .. 2021-11-30 | GBRMIL | Chief of the Defence Staff | military-chief

[person tony-radakin]
name: Tony Radakin
alias: Sir Tony Radakin | Antony David Radakin
short: Radakin
country: GBR
role: 2021-11-30 .. 2025-09 | GBRMIL | Chief of the Defence Staff | military-chief

[person richard-knighton]
name: Richard Knighton
alias: Sir Richard Knighton | Richard John Knighton
short: Knighton
country: GBR
role: 2025-09 .. present | GBRMIL | Chief of the Defence Staff | military-chief

[person richard-moore]
name: Richard Moore
alias: Sir Richard Moore | Richard Peter Moore
country: GBR
role: 2020-10-01 .. 2025-10-01 | GBRSPY | Chief of the Secret Intelligence Service (MI6) | intelligence-chief

[person alex-younger]
name: Alex Younger
alias: Sir Alex Younger | Alexander William Younger
country: GBR
role: 2014-11-01 .. 2020-10-01 | GBRSPY | Chief of the Secret Intelligence Service (MI6) | intelligence-chief

[person blaise-metreweli]
name: Blaise Metreweli
short: Metreweli
country: GBR
role: 2025-10-01 .. present | GBRSPY | Chief of the Secret Intelligence Service (MI6) | intelligence-chief

# ---------------------------------------------------------------------------------------------------------------
# France
# ---------------------------------------------------------------------------------------------------------------

[person jacques-chirac]
name: Jacques Chirac
alias: Jacques René Chirac
short: Chirac
country: FRA
role: 1995-05-17 .. 2007-05-16 | FRAGOV | President of France | head-of-state

[person nicolas-sarkozy]
name: Nicolas Sarkozy
alias: Nicolas Paul Stéphane Sarközy de Nagy-Bocsa
short: Sarkozy
country: FRA
role: 2002-05-07 .. 2004-03-31 | FRAGOV | Minister of the Interior | interior-minister
role: 2004-03-31 .. 2004-11-29 | FRAGOV | Minister of the Economy and Finance | finance-minister
role: 2005-06-02 .. 2007-03-26 | FRAGOV | Minister of the Interior | interior-minister
role: 2007-05-16 .. 2012-05-15 | FRAGOV | President of France | head-of-state

[person francois-hollande]
name: François Hollande
alias: François Gérard Georges Hollande
short: Hollande
country: FRA
role: 2012-05-15 .. 2017-05-14 | FRAGOV | President of France | head-of-state

[person emmanuel-macron]
name: Emmanuel Macron
alias: Emmanuel Jean-Michel Frédéric Macron
short: Macron
country: FRA
born: 1977-12-21
role: 2014-08-26 .. 2016-08-30 | FRAGOV | Minister of the Economy, Industry and Digital Affairs | minister
role: 2017-05-14 .. present | FRAGOV | President of France | head-of-state

# Prime Ministers

[person lionel-jospin]
name: Lionel Jospin
short: Jospin
country: FRA
role: 1997-06-02 .. 2002-05-06 | FRAGOV | Prime Minister of France | head-of-government

[person jean-pierre-raffarin]
name: Jean-Pierre Raffarin
short: Raffarin
country: FRA
role: 2002-05-06 .. 2005-05-31 | FRAGOV | Prime Minister of France | head-of-government

[person dominique-de-villepin]
name: Dominique de Villepin
alias: Dominique Marie François René Galouzeau de Villepin
short: Villepin
country: FRA
role: 2002-05-07 .. 2004-03-31 | FRAGOV | Minister of Foreign Affairs | foreign-minister
role: 2004-03-31 .. 2005-05-31 | FRAGOV | Minister of the Interior | interior-minister
role: 2005-05-31 .. 2007-05-17 | FRAGOV | Prime Minister of France | head-of-government

[person francois-fillon]
name: François Fillon
short: Fillon
country: FRA
role: 2007-05-17 .. 2012-05-15 | FRAGOV | Prime Minister of France | head-of-government

[person jean-marc-ayrault]
name: Jean-Marc Ayrault
short: Ayrault
country: FRA
role: 2012-05-15 .. 2014-03-31 | FRAGOV | Prime Minister of France | head-of-government
role: 2016-02-11 .. 2017-05-17 | FRAGOV | Minister of Foreign Affairs | foreign-minister

[person manuel-valls]
name: Manuel Valls
alias: Manuel Carlos Valls
short: Valls
country: FRA
role: 2012-05-16 .. 2014-03-31 | FRAGOV | Minister of the Interior | interior-minister
role: 2014-03-31 .. 2016-12-06 | FRAGOV | Prime Minister of France | head-of-government
role: 2024-12-23 .. 2025-10-12 | FRAGOV | Minister of the Overseas | minister

[person bernard-cazeneuve]
name: Bernard Cazeneuve
short: Cazeneuve
country: FRA
role: 2014-04-02 .. 2016-12-06 | FRAGOV | Minister of the Interior | interior-minister
role: 2016-12-06 .. 2017-05-15 | FRAGOV | Prime Minister of France | head-of-government

[person edouard-philippe]
name: Édouard Philippe
country: FRA
role: 2017-05-15 .. 2020-07-03 | FRAGOV | Prime Minister of France | head-of-government

[person jean-castex]
name: Jean Castex
short: Castex
country: FRA
role: 2020-07-03 .. 2022-05-16 | FRAGOV | Prime Minister of France | head-of-government

[person elisabeth-borne]
name: Élisabeth Borne
country: FRA
role: 2022-05-16 .. 2024-01-09 | FRAGOV | Prime Minister of France | head-of-government
role: 2024-12-23 .. 2025-10-12 | FRAGOV | Minister of National Education | minister

[person gabriel-attal]
name: Gabriel Attal
short: Attal
country: FRA
role: 2024-01-09 .. 2024-09-05 | FRAGOV | Prime Minister of France | head-of-government

[person michel-barnier]
name: Michel Barnier
alias: Michel Jean Barnier
short: Barnier
country: FRA
role: 2004-03-31 .. 2005-06-02 | FRAGOV | Minister of Foreign Affairs | foreign-minister
role: 2010-02-10 .. 2014-11-01 | IGOEUREEC | European Commissioner for the Internal Market and Services | international-official
role: 2016-10 .. 2021-03 | IGOEUREEC | Chief Negotiator of the European Union for Brexit | envoy
role: 2024-09-05 .. 2024-12-13 | FRAGOV | Prime Minister of France | head-of-government

[person francois-bayrou]
name: François Bayrou
short: Bayrou
country: FRA
role: 2024-12-13 .. 2025-09-09 | FRAGOV | Prime Minister of France | head-of-government

[person sebastien-lecornu]
name: Sébastien Lecornu
short: Lecornu
country: FRA
role: 2022-05-20 .. 2025-10-12 | FRAGOV | Minister of the Armed Forces | defence-minister
role: 2025-09-09 .. present | FRAGOV | Prime Minister of France | head-of-government

# Ministers of Foreign Affairs

[person hubert-vedrine]
name: Hubert Védrine
short: Védrine
country: FRA
role: 1997-06-04 .. 2002-05-07 | FRAGOV | Minister of Foreign Affairs | foreign-minister

[person philippe-douste-blazy]
name: Philippe Douste-Blazy
short: Douste-Blazy
country: FRA
role: 2005-06-02 .. 2007-05-18 | FRAGOV | Minister of Foreign Affairs | foreign-minister

[person bernard-kouchner]
name: Bernard Kouchner
short: Kouchner
country: FRA
role: 2007-05-18 .. 2010-11-14 | FRAGOV | Minister of Foreign and European Affairs | foreign-minister

[person michele-alliot-marie]
name: Michèle Alliot-Marie
alias: MAM
short: Alliot-Marie
country: FRA
role: 2002-05-07 .. 2007-05-18 | FRAGOV | Minister of Defence | defence-minister
role: 2007-05-18 .. 2009-06-23 | FRAGOV | Minister of the Interior | interior-minister
role: 2010-11-14 .. 2011-02-27 | FRAGOV | Minister of Foreign and European Affairs | foreign-minister

[person alain-juppe]
name: Alain Juppé
short: Juppé
country: FRA
role: 2010-11-14 .. 2011-02-27 | FRAGOV | Minister of Defence | defence-minister
role: 2011-02-27 .. 2012-05-16 | FRAGOV | Minister of Foreign and European Affairs | foreign-minister

[person laurent-fabius]
name: Laurent Fabius
short: Fabius
country: FRA
role: 2000-03-28 .. 2002-05-07 | FRAGOV | Minister of the Economy, Finance and Industry | finance-minister
role: 2012-05-16 .. 2016-02-11 | FRAGOV | Minister of Foreign Affairs | foreign-minister
role: 2016-03-08 .. 2025-03-08 | FRAJUD | President of the Constitutional Council | judge

[person jean-yves-le-drian]
name: Jean-Yves Le Drian
short: Le Drian
country: FRA
role: 2012-05-16 .. 2017-05-17 | FRAGOV | Minister of Defence | defence-minister
role: 2017-05-17 .. 2022-05-20 | FRAGOV | Minister for Europe and Foreign Affairs | foreign-minister
role: 2023-06-07 .. present | FRAGOV | Personal Envoy of the President for Lebanon | envoy

[person catherine-colonna]
name: Catherine Colonna
short: Colonna
country: FRA
role: 2022-05-20 .. 2024-01-11 | FRAGOV | Minister for Europe and Foreign Affairs | foreign-minister

[person stephane-sejourne]
name: Stéphane Séjourné
short: Séjourné
country: FRA
role: 2024-01-11 .. 2024-09-21 | FRAGOV | Minister for Europe and Foreign Affairs | foreign-minister
role: 2024-12-01 .. present | IGOEUREEC | Executive Vice-President of the European Commission for Prosperity and Industrial Strategy | international-official

[person jean-noel-barrot]
name: Jean-Noël Barrot
country: FRA
role: 2024-09-21 .. present | FRAGOV | Minister for Europe and Foreign Affairs | foreign-minister

# Ministers of Defence / the Armed Forces

[person alain-richard]
name: Alain Richard
country: FRA
role: 1997-06-04 .. 2002-05-07 | FRAGOV | Minister of Defence | defence-minister

[person herve-morin]
name: Hervé Morin
country: FRA
role: 2007-05-18 .. 2010-11-14 | FRAGOV | Minister of Defence | defence-minister

[person gerard-longuet]
name: Gérard Longuet
short: Longuet
country: FRA
role: 2011-02-27 .. 2012-05-16 | FRAGOV | Minister of Defence | defence-minister

[person sylvie-goulard]
name: Sylvie Goulard
short: Goulard
country: FRA
role: 2017-05-17 .. 2017-06-21 | FRAGOV | Minister of the Armed Forces | defence-minister

[person florence-parly]
name: Florence Parly
short: Parly
country: FRA
role: 2017-06-21 .. 2022-05-20 | FRAGOV | Minister of the Armed Forces | defence-minister

[person catherine-vautrin]
name: Catherine Vautrin
short: Vautrin
country: FRA
role: 2024-01-11 .. 2024-09-21 | FRAGOV | Minister of Labour, Health and Solidarity | minister
role: 2025-10-12 .. present | FRAGOV | Minister of the Armed Forces | defence-minister

# Ministers of the Interior

[person jean-pierre-chevenement]
name: Jean-Pierre Chevènement
short: Chevènement
country: FRA
role: 1997-06-04 .. 2000-08-29 | FRAGOV | Minister of the Interior | interior-minister

[person daniel-vaillant]
name: Daniel Vaillant
short: Vaillant
country: FRA
role: 2000-08-29 .. 2002-05-07 | FRAGOV | Minister of the Interior | interior-minister

[person francois-baroin]
name: François Baroin
short: Baroin
country: FRA
role: 2007-03-26 .. 2007-05-18 | FRAGOV | Minister of the Interior | interior-minister
role: 2011-06-29 .. 2012-05-16 | FRAGOV | Minister of the Economy, Finance and Industry | finance-minister

[person brice-hortefeux]
name: Brice Hortefeux
short: Hortefeux
country: FRA
role: 2009-06-23 .. 2011-02-27 | FRAGOV | Minister of the Interior | interior-minister

[person claude-gueant]
name: Claude Guéant
short: Guéant
country: FRA
role: 2011-02-27 .. 2012-05-16 | FRAGOV | Minister of the Interior | interior-minister

[person bruno-le-roux]
name: Bruno Le Roux
country: FRA
role: 2016-12-06 .. 2017-03-21 | FRAGOV | Minister of the Interior | interior-minister

[person matthias-fekl]
name: Matthias Fekl
short: Fekl
country: FRA
role: 2017-03-21 .. 2017-05-17 | FRAGOV | Minister of the Interior | interior-minister

[person gerard-collomb]
name: Gérard Collomb
short: Collomb
country: FRA
role: 2017-05-17 .. 2018-10-03 | FRAGOV | Minister of the Interior | interior-minister

[person christophe-castaner]
name: Christophe Castaner
short: Castaner
country: FRA
role: 2018-10-16 .. 2020-07-06 | FRAGOV | Minister of the Interior | interior-minister

[person gerald-darmanin]
name: Gérald Darmanin
short: Darmanin
country: FRA
role: 2017-05-17 .. 2020-07-06 | FRAGOV | Minister of Public Action and Accounts | minister
role: 2020-07-06 .. 2024-09-21 | FRAGOV | Minister of the Interior | interior-minister
role: 2024-12-23 .. present | FRAGOV | Minister of Justice | minister

[person bruno-retailleau]
name: Bruno Retailleau
short: Retailleau
country: FRA
role: 2024-09-21 .. 2025-10-12 | FRAGOV | Minister of the Interior | interior-minister

[person laurent-nunez]
name: Laurent Nuñez
country: FRA
role: 2022-07-20 .. 2025-10-12 | FRACOP | Prefect of Police of Paris | other
role: 2025-10-12 .. present | FRAGOV | Minister of the Interior | interior-minister

# Ministers of the Economy and Finance

[person francis-mer]
name: Francis Mer
country: FRA
role: 2002-05-07 .. 2004-03-31 | FRAGOV | Minister of the Economy, Finance and Industry | finance-minister

[person herve-gaymard]
name: Hervé Gaymard
short: Gaymard
country: FRA
role: 2004-11-29 .. 2005-02-25 | FRAGOV | Minister of the Economy, Finance and Industry | finance-minister

[person thierry-breton]
name: Thierry Breton
country: FRA
role: 2005-02-25 .. 2007-05-18 | FRAGOV | Minister of the Economy, Finance and Industry | finance-minister
role: 2019-12-01 .. 2024-09-16 | IGOEUREEC | European Commissioner for the Internal Market | international-official

[person christine-lagarde]
name: Christine Lagarde
alias: Christine Madeleine Odette Lagarde
short: Lagarde
country: FRA
role: 2007-06-19 .. 2011-06-29 | FRAGOV | Minister of the Economy, Finance and Industry | finance-minister
role: 2011-07-05 .. 2019-09-12 | IGOBUSIMF | Managing Director of the International Monetary Fund | international-official
role: 2019-11-01 .. present | IGOEUREEC | President of the European Central Bank | international-official

[person pierre-moscovici]
name: Pierre Moscovici
short: Moscovici
country: FRA
role: 2012-05-16 .. 2014-04-02 | FRAGOV | Minister of the Economy and Finance | finance-minister
role: 2014-11-01 .. 2019-12-01 | IGOEUREEC | European Commissioner for Economic and Financial Affairs | international-official

[person michel-sapin]
name: Michel Sapin
short: Sapin
country: FRA
role: 2014-04-02 .. 2017-05-17 | FRAGOV | Minister of Finance | finance-minister

[person bruno-le-maire]
name: Bruno Le Maire
country: FRA
role: 2017-05-17 .. 2024-09-21 | FRAGOV | Minister of the Economy and Finance | finance-minister

[person antoine-armand]
name: Antoine Armand
country: FRA
role: 2024-09-21 .. 2024-12-23 | FRAGOV | Minister of the Economy and Finance | finance-minister

[person eric-lombard]
name: Éric Lombard
country: FRA
role: 2024-12-23 .. 2025-10-12 | FRAGOV | Minister of the Economy and Finance | finance-minister

[person roland-lescure]
name: Roland Lescure
short: Lescure
country: FRA
role: 2025-10-12 .. present | FRAGOV | Minister of the Economy and Finance | finance-minister

# Armed forces chiefs and opposition leaders

[person pierre-de-villiers]
name: Pierre de Villiers
alias: Pierre Le Jolis de Villiers de Saintignon
country: FRA
role: 2014-02-15 .. 2017-07-19 | FRAMIL | Chief of the Defence Staff | military-chief

[person francois-lecointre]
name: François Lecointre
short: Lecointre
country: FRA
role: 2017-07-19 .. 2021-07-21 | FRAMIL | Chief of the Defence Staff | military-chief

[person thierry-burkhard]
name: Thierry Burkhard
short: Burkhard
country: FRA
role: 2021-07-21 .. 2025-09 | FRAMIL | Chief of the Defence Staff | military-chief

[person fabien-mandon]
name: Fabien Mandon
short: Mandon
country: FRA
role: 2025-09 .. present | FRAMIL | Chief of the Defence Staff | military-chief

[person marine-le-pen]
name: Marine Le Pen
alias: Marion Anne Perrine Le Pen
country: FRA
role: 2011-01-16 .. 2021-09 | FRAOPP | President of the National Front / National Rally | party-leader
role: 2022-06 .. present | FRAOPP | Leader of the National Rally group in the National Assembly | opposition-leader, legislator

[person jordan-bardella]
name: Jordan Bardella
short: Bardella
country: FRA
role: 2022-11-05 .. present | FRAOPP | President of the National Rally | party-leader

# ---------------------------------------------------------------------------------------------------------------
# Germany
# ---------------------------------------------------------------------------------------------------------------

[person johannes-rau]
name: Johannes Rau
country: DEU
role: 1999-07-01 .. 2004-07-01 | DEUGOV | President of Germany | head-of-state

[person horst-koehler]
name: Horst Köhler
alias: Horst Koehler
country: DEU
role: 2000-05-01 .. 2004-03-04 | IGOBUSIMF | Managing Director of the International Monetary Fund | international-official
role: 2004-07-01 .. 2010-05-31 | DEUGOV | President of Germany | head-of-state

[person christian-wulff]
name: Christian Wulff
alias: Christian Wilhelm Walter Wulff
short: Wulff
country: DEU
role: 2010-06-30 .. 2012-02-17 | DEUGOV | President of Germany | head-of-state

[person joachim-gauck]
name: Joachim Gauck
short: Gauck
country: DEU
role: 2012-03-18 .. 2017-03-19 | DEUGOV | President of Germany | head-of-state

[person frank-walter-steinmeier]
name: Frank-Walter Steinmeier
alias: Frank Walter Steinmeier
short: Steinmeier
country: DEU
born: 1956-01-05
role: 2005-11-22 .. 2009-10-28 | DEUGOV | Minister of Foreign Affairs | foreign-minister
role: 2007-11-21 .. 2009-10-28 | DEUGOV | Vice-Chancellor of Germany | deputy-head-of-government
role: 2013-12-17 .. 2017-01-27 | DEUGOV | Minister of Foreign Affairs | foreign-minister
role: 2017-03-19 .. present | DEUGOV | President of Germany | head-of-state

# Chancellors

[person gerhard-schroeder]
name: Gerhard Schröder
alias: Gerhard Schroeder | Gerhard Fritz Kurt Schröder
short: Schröder
country: DEU
role: 1998-10-27 .. 2005-11-22 | DEUGOV | Chancellor of Germany | head-of-government

[person angela-merkel]
name: Angela Merkel
alias: Angela Dorothea Merkel
short: Merkel
country: DEU
born: 1954-07-17
role: 2005-11-22 .. 2021-12-08 | DEUGOV | Chancellor of Germany | head-of-government

[person olaf-scholz]
name: Olaf Scholz
short: Scholz
country: DEU
born: 1958-06-14
role: 2018-03-14 .. 2021-12-08 | DEUGOV | Minister of Finance | finance-minister
role: 2018-03-14 .. 2021-12-08 | DEUGOV | Vice-Chancellor of Germany | deputy-head-of-government
role: 2021-12-08 .. 2025-05-06 | DEUGOV | Chancellor of Germany | head-of-government

[person friedrich-merz]
name: Friedrich Merz
alias: Joachim-Friedrich Martin Josef Merz
short: Merz
country: DEU
born: 1955-11-11
role: 2022-01-31 .. 2025-05-06 | DEUOPP | Leader of the CDU and of the opposition | party-leader, opposition-leader
role: 2025-05-06 .. present | DEUGOV | Chancellor of Germany | head-of-government

# Vice-Chancellors

[person joschka-fischer]
name: Joschka Fischer
alias: Joseph Martin Fischer
country: DEU
role: 1998-10-27 .. 2005-11-22 | DEUGOV | Minister of Foreign Affairs | foreign-minister
role: 1998-10-27 .. 2005-11-22 | DEUGOV | Vice-Chancellor of Germany | deputy-head-of-government

[person franz-muentefering]
name: Franz Müntefering
alias: Franz Muentefering
short: Müntefering
country: DEU
role: 2005-11-22 .. 2007-11-21 | DEUGOV | Vice-Chancellor of Germany | deputy-head-of-government

[person guido-westerwelle]
name: Guido Westerwelle
short: Westerwelle
country: DEU
role: 2009-10-28 .. 2013-12-17 | DEUGOV | Minister of Foreign Affairs | foreign-minister
role: 2009-10-28 .. 2011-05-16 | DEUGOV | Vice-Chancellor of Germany | deputy-head-of-government

[person philipp-roesler]
name: Philipp Rösler
alias: Philipp Roesler
short: Rösler
country: DEU
role: 2011-05-16 .. 2013-12-17 | DEUGOV | Vice-Chancellor of Germany | deputy-head-of-government

[person sigmar-gabriel]
name: Sigmar Gabriel
country: DEU
role: 2013-12-17 .. 2018-03-14 | DEUGOV | Vice-Chancellor of Germany | deputy-head-of-government
role: 2017-01-27 .. 2018-03-14 | DEUGOV | Minister of Foreign Affairs | foreign-minister

[person robert-habeck]
name: Robert Habeck
short: Habeck
country: DEU
role: 2021-12-08 .. 2025-05-06 | DEUGOV | Vice-Chancellor and Minister for Economic Affairs and Climate Action | deputy-head-of-government

[person lars-klingbeil]
name: Lars Klingbeil
short: Klingbeil
country: DEU
role: 2025-05-06 .. present | DEUGOV | Minister of Finance | finance-minister
role: 2025-05-06 .. present | DEUGOV | Vice-Chancellor of Germany | deputy-head-of-government

# Foreign Ministers

[person heiko-maas]
name: Heiko Maas
short: Maas
country: DEU
role: 2018-03-14 .. 2021-12-08 | DEUGOV | Minister of Foreign Affairs | foreign-minister

[person annalena-baerbock]
name: Annalena Baerbock
alias: Annalena Charlotte Alma Baerbock
short: Baerbock
country: DEU
role: 2021-12-08 .. 2025-05-06 | DEUGOV | Minister of Foreign Affairs | foreign-minister
role: 2025-09-09 .. present | IGOUNO | President of the United Nations General Assembly | international-official

[person johann-wadephul]
name: Johann Wadephul
alias: Johann David Wadephul
short: Wadephul
country: DEU
role: 2025-05-06 .. present | DEUGOV | Minister of Foreign Affairs | foreign-minister

# Defence Ministers

[person rudolf-scharping]
name: Rudolf Scharping
short: Scharping
country: DEU
role: 1998-10-27 .. 2002-07-19 | DEUGOV | Minister of Defence | defence-minister

[person peter-struck]
name: Peter Struck
country: DEU
role: 2002-07-19 .. 2005-11-22 | DEUGOV | Minister of Defence | defence-minister

[person franz-josef-jung]
name: Franz Josef Jung
alias: Franz-Josef Jung
country: DEU
role: 2005-11-22 .. 2009-10-28 | DEUGOV | Minister of Defence | defence-minister

[person karl-theodor-zu-guttenberg]
name: Karl-Theodor zu Guttenberg
alias: Karl Theodor zu Guttenberg
short: Guttenberg
country: DEU
role: 2009-10-28 .. 2011-03-03 | DEUGOV | Minister of Defence | defence-minister

[person thomas-de-maiziere]
name: Thomas de Maizière
short: de Maizière
country: DEU
role: 2009-10-28 .. 2011-03-03 | DEUGOV | Minister of the Interior | interior-minister
role: 2011-03-03 .. 2013-12-17 | DEUGOV | Minister of Defence | defence-minister
role: 2013-12-17 .. 2018-03-14 | DEUGOV | Minister of the Interior | interior-minister

[person ursula-von-der-leyen]
name: Ursula von der Leyen
alias: Ursula Gertrud von der Leyen
short: von der Leyen
country: DEU
born: 1958-10-08
role: 2013-12-17 .. 2019-07-17 | DEUGOV | Minister of Defence | defence-minister
role: 2019-12-01 .. present | IGOEUREEC | President of the European Commission | international-official

[person annegret-kramp-karrenbauer]
name: Annegret Kramp-Karrenbauer
alias: AKK
short: Kramp-Karrenbauer
country: DEU
role: 2019-07-17 .. 2021-12-08 | DEUGOV | Minister of Defence | defence-minister

[person christine-lambrecht]
name: Christine Lambrecht
short: Lambrecht
country: DEU
role: 2021-12-08 .. 2023-01-19 | DEUGOV | Minister of Defence | defence-minister

[person boris-pistorius]
name: Boris Pistorius
short: Pistorius
country: DEU
role: 2023-01-19 .. present | DEUGOV | Minister of Defence | defence-minister

# Interior Ministers

[person otto-schily]
name: Otto Schily
short: Schily
country: DEU
role: 1998-10-27 .. 2005-11-22 | DEUGOV | Minister of the Interior | interior-minister

[person wolfgang-schaeuble]
name: Wolfgang Schäuble
alias: Wolfgang Schaeuble
short: Schäuble
country: DEU
role: 2005-11-22 .. 2009-10-28 | DEUGOV | Minister of the Interior | interior-minister
role: 2009-10-28 .. 2017-10-24 | DEUGOV | Minister of Finance | finance-minister
role: 2017-10-24 .. 2021-10-26 | DEULEG | President of the Bundestag | legislature-speaker

[person hans-peter-friedrich]
name: Hans-Peter Friedrich
country: DEU
role: 2011-03-03 .. 2013-12-17 | DEUGOV | Minister of the Interior | interior-minister

[person horst-seehofer]
name: Horst Seehofer
short: Seehofer
country: DEU
role: 2008-10-27 .. 2018-03-13 | DEUGOV | Minister-President of Bavaria | other
role: 2018-03-14 .. 2021-12-08 | DEUGOV | Minister of the Interior | interior-minister

[person nancy-faeser]
name: Nancy Faeser
short: Faeser
country: DEU
role: 2021-12-08 .. 2025-05-06 | DEUGOV | Minister of the Interior | interior-minister

[person alexander-dobrindt]
name: Alexander Dobrindt
short: Dobrindt
country: DEU
role: 2025-05-06 .. present | DEUGOV | Minister of the Interior | interior-minister

# Finance Ministers

[person hans-eichel]
name: Hans Eichel
country: DEU
role: 1999-04-12 .. 2005-11-22 | DEUGOV | Minister of Finance | finance-minister

[person peer-steinbrueck]
name: Peer Steinbrück
alias: Peer Steinbrueck
short: Steinbrück
country: DEU
role: 2005-11-22 .. 2009-10-28 | DEUGOV | Minister of Finance | finance-minister

[person peter-altmaier]
name: Peter Altmaier
short: Altmaier
country: DEU
role: 2013-12-17 .. 2018-03-14 | DEUGOV | Head of the Chancellery | other
role: 2017-10-24 .. 2018-03-14 | DEUGOV | Minister of Finance (acting) | finance-minister
role: 2018-03-14 .. 2021-12-08 | DEUGOV | Minister for Economic Affairs and Energy | minister

[person christian-lindner]
name: Christian Lindner
short: Lindner
country: DEU
role: 2021-12-08 .. 2024-11-07 | DEUGOV | Minister of Finance | finance-minister

[person joerg-kukies]
name: Jörg Kukies
alias: Joerg Kukies
short: Kukies
country: DEU
role: 2024-11-07 .. 2025-05-06 | DEUGOV | Minister of Finance | finance-minister

# Bundestag, armed forces, opposition

[person norbert-lammert]
name: Norbert Lammert
short: Lammert
country: DEU
role: 2005-10-18 .. 2017-10-24 | DEULEG | President of the Bundestag | legislature-speaker

[person baerbel-bas]
name: Bärbel Bas
alias: Baerbel Bas
country: DEU
role: 2021-10-26 .. 2025-03-25 | DEULEG | President of the Bundestag | legislature-speaker
role: 2025-05-06 .. present | DEUGOV | Minister of Labour and Social Affairs | minister

[person julia-kloeckner]
name: Julia Klöckner
alias: Julia Kloeckner
short: Klöckner
country: DEU
role: 2018-03-14 .. 2021-12-08 | DEUGOV | Minister of Food and Agriculture | minister
role: 2025-03-25 .. present | DEULEG | President of the Bundestag | legislature-speaker

[person volker-wieker]
name: Volker Wieker
country: DEU
role: 2010-01-21 .. 2018-04-19 | DEUMIL | Inspector General of the Bundeswehr | military-chief

[person eberhard-zorn]
name: Eberhard Zorn
country: DEU
role: 2018-04-19 .. 2023-03-17 | DEUMIL | Inspector General of the Bundeswehr | military-chief

[person carsten-breuer]
name: Carsten Breuer
country: DEU
role: 2023-03-17 .. present | DEUMIL | Inspector General of the Bundeswehr | military-chief

[person alice-weidel]
name: Alice Weidel
alias: Alice Elisabeth Weidel
short: Weidel
country: DEU
role: 2022-06-18 .. present | DEUOPP | Co-leader of the Alternative for Germany (AfD) | party-leader

# ---------------------------------------------------------------------------------------------------------------
# Italy
# ---------------------------------------------------------------------------------------------------------------

[person carlo-azeglio-ciampi]
name: Carlo Azeglio Ciampi
short: Ciampi
country: ITA
role: 1999-05-18 .. 2006-05-15 | ITAGOV | President of Italy | head-of-state

[person giorgio-napolitano]
name: Giorgio Napolitano
country: ITA
role: 2006-05-15 .. 2015-01-14 | ITAGOV | President of Italy | head-of-state

[person sergio-mattarella]
name: Sergio Mattarella
short: Mattarella
country: ITA
born: 1941-07-23
role: 1999-12-22 .. 2001-06-11 | ITAGOV | Minister of Defence | defence-minister
role: 2015-02-03 .. present | ITAGOV | President of Italy | head-of-state

# Prime Ministers (Presidents of the Council of Ministers)

[person massimo-dalema]
name: Massimo D'Alema
alias: Massimo D Alema | Massimo DAlema
short: D'Alema
country: ITA
role: 1998-10-21 .. 2000-04-26 | ITAGOV | Prime Minister of Italy | head-of-government
role: 2006-05-17 .. 2008-05-08 | ITAGOV | Minister of Foreign Affairs | foreign-minister

[person giuliano-amato]
name: Giuliano Amato
country: ITA
role: 2000-04-26 .. 2001-06-11 | ITAGOV | Prime Minister of Italy | head-of-government

[person silvio-berlusconi]
name: Silvio Berlusconi
short: Berlusconi
country: ITA
role: 2001-06-11 .. 2006-05-17 | ITAGOV | Prime Minister of Italy | head-of-government
role: 2002-01-06 .. 2002-11-14 | ITAGOV | Minister of Foreign Affairs (ad interim) | foreign-minister
role: 2008-05-08 .. 2011-11-16 | ITAGOV | Prime Minister of Italy | head-of-government

[person romano-prodi]
name: Romano Prodi
short: Prodi
country: ITA
role: 1999-09-16 .. 2004-11-22 | IGOEUREEC | President of the European Commission | international-official
role: 2006-05-17 .. 2008-05-08 | ITAGOV | Prime Minister of Italy | head-of-government

[person mario-monti]
name: Mario Monti
country: ITA
role: 2011-11-16 .. 2013-04-28 | ITAGOV | Prime Minister of Italy | head-of-government

[person enrico-letta]
name: Enrico Letta
country: ITA
role: 2013-04-28 .. 2014-02-22 | ITAGOV | Prime Minister of Italy | head-of-government

[person matteo-renzi]
name: Matteo Renzi
short: Renzi
country: ITA
role: 2014-02-22 .. 2016-12-12 | ITAGOV | Prime Minister of Italy | head-of-government

[person paolo-gentiloni]
name: Paolo Gentiloni
alias: Paolo Gentiloni Silveri
short: Gentiloni
country: ITA
role: 2014-10-31 .. 2016-12-12 | ITAGOV | Minister of Foreign Affairs | foreign-minister
role: 2016-12-12 .. 2018-06-01 | ITAGOV | Prime Minister of Italy | head-of-government
role: 2019-12-01 .. 2024-12-01 | IGOEUREEC | European Commissioner for the Economy | international-official

[person giuseppe-conte]
name: Giuseppe Conte
country: ITA
role: 2018-06-01 .. 2021-02-13 | ITAGOV | Prime Minister of Italy | head-of-government
role: 2021-08-06 .. 2022-10-22 | ITAGOV | President of the Five Star Movement | party-leader
role: 2022-10-22 .. present | ITAOPP | President of the Five Star Movement | party-leader

[person mario-draghi]
name: Mario Draghi
short: Draghi
country: ITA
role: 2011-11-01 .. 2019-11-01 | IGOEUREEC | President of the European Central Bank | international-official
role: 2021-02-13 .. 2022-10-22 | ITAGOV | Prime Minister of Italy | head-of-government

[person giorgia-meloni]
name: Giorgia Meloni
short: Meloni
country: ITA
born: 1977-01-15
role: 2014-03-08 .. 2022-10-22 | ITAOPP | President of Brothers of Italy | party-leader
role: 2022-10-22 .. present | ITAGOV | Prime Minister of Italy | head-of-government

# Foreign Ministers

[person lamberto-dini]
name: Lamberto Dini
country: ITA
role: 1996-05-17 .. 2001-06-11 | ITAGOV | Minister of Foreign Affairs | foreign-minister

[person renato-ruggiero]
name: Renato Ruggiero
country: ITA
role: 2001-06-11 .. 2002-01-06 | ITAGOV | Minister of Foreign Affairs | foreign-minister

[person franco-frattini]
name: Franco Frattini
short: Frattini
country: ITA
role: 2002-11-14 .. 2004-11-18 | ITAGOV | Minister of Foreign Affairs | foreign-minister
role: 2008-05-08 .. 2011-11-16 | ITAGOV | Minister of Foreign Affairs | foreign-minister

[person gianfranco-fini]
name: Gianfranco Fini
country: ITA
role: 2004-11-18 .. 2006-05-17 | ITAGOV | Minister of Foreign Affairs | foreign-minister
role: 2008-04-30 .. 2013-03-15 | ITALEG | President of the Chamber of Deputies | legislature-speaker

[person giulio-terzi]
name: Giulio Terzi di Sant'Agata
alias: Giulio Terzi
country: ITA
role: 2011-11-16 .. 2013-03-26 | ITAGOV | Minister of Foreign Affairs | foreign-minister

[person emma-bonino]
name: Emma Bonino
short: Bonino
country: ITA
role: 2013-04-28 .. 2014-02-22 | ITAGOV | Minister of Foreign Affairs | foreign-minister

[person angelino-alfano]
name: Angelino Alfano
short: Alfano
country: ITA
role: 2013-04-28 .. 2016-12-12 | ITAGOV | Minister of the Interior | interior-minister
role: 2016-12-12 .. 2018-06-01 | ITAGOV | Minister of Foreign Affairs | foreign-minister

[person enzo-moavero-milanesi]
name: Enzo Moavero Milanesi
alias: Enzo Moavero
country: ITA
role: 2018-06-01 .. 2019-09-05 | ITAGOV | Minister of Foreign Affairs | foreign-minister

[person luigi-di-maio]
name: Luigi Di Maio
short: Di Maio
country: ITA
role: 2018-06-01 .. 2019-09-05 | ITAGOV | Deputy Prime Minister | deputy-head-of-government
role: 2019-09-05 .. 2022-10-22 | ITAGOV | Minister of Foreign Affairs | foreign-minister
role: 2023-06-01 .. present | IGOEUREEC | EU Special Representative for the Gulf | envoy

[person antonio-tajani]
name: Antonio Tajani
short: Tajani
country: ITA
role: 2017-01-17 .. 2019-07-03 | IGOEUREEC | President of the European Parliament | legislature-speaker
role: 2022-10-22 .. present | ITAGOV | Minister of Foreign Affairs | foreign-minister
role: 2022-10-22 .. present | ITAGOV | Deputy Prime Minister | deputy-head-of-government

# Defence Ministers

[person antonio-martino]
name: Antonio Martino
country: ITA
role: 2001-06-11 .. 2006-05-17 | ITAGOV | Minister of Defence | defence-minister

[person arturo-parisi]
name: Arturo Parisi
country: ITA
role: 2006-05-17 .. 2008-05-08 | ITAGOV | Minister of Defence | defence-minister

[person ignazio-la-russa]
name: Ignazio La Russa
short: La Russa
country: ITA
role: 2008-05-08 .. 2011-11-16 | ITAGOV | Minister of Defence | defence-minister
role: 2022-10-13 .. present | ITALEG | President of the Senate | legislature-speaker

[person giampaolo-di-paola]
name: Giampaolo Di Paola
country: ITA
role: 2008-06-17 .. 2011-11 | IGOWSTNAT | Chairman of the NATO Military Committee | military-chief
role: 2011-11-16 .. 2013-04-28 | ITAGOV | Minister of Defence | defence-minister

[person mario-mauro]
name: Mario Mauro
country: ITA
role: 2013-04-28 .. 2014-02-22 | ITAGOV | Minister of Defence | defence-minister

[person roberta-pinotti]
name: Roberta Pinotti
short: Pinotti
country: ITA
role: 2014-02-22 .. 2018-06-01 | ITAGOV | Minister of Defence | defence-minister

[person elisabetta-trenta]
name: Elisabetta Trenta
country: ITA
role: 2018-06-01 .. 2019-09-05 | ITAGOV | Minister of Defence | defence-minister

[person lorenzo-guerini]
name: Lorenzo Guerini
short: Guerini
country: ITA
role: 2019-09-05 .. 2022-10-22 | ITAGOV | Minister of Defence | defence-minister

[person guido-crosetto]
name: Guido Crosetto
short: Crosetto
country: ITA
role: 2022-10-22 .. present | ITAGOV | Minister of Defence | defence-minister

# Interior and Economy Ministers

[person marco-minniti]
name: Marco Minniti
short: Minniti
country: ITA
role: 2016-12-12 .. 2018-06-01 | ITAGOV | Minister of the Interior | interior-minister

[person matteo-salvini]
name: Matteo Salvini
short: Salvini
country: ITA
role: 2018-06-01 .. 2019-09-05 | ITAGOV | Minister of the Interior | interior-minister
role: 2018-06-01 .. 2019-09-05 | ITAGOV | Deputy Prime Minister | deputy-head-of-government
role: 2022-10-22 .. present | ITAGOV | Deputy Prime Minister and Minister of Infrastructure and Transport | deputy-head-of-government

[person luciana-lamorgese]
name: Luciana Lamorgese
short: Lamorgese
country: ITA
role: 2019-09-05 .. 2022-10-22 | ITAGOV | Minister of the Interior | interior-minister

[person matteo-piantedosi]
name: Matteo Piantedosi
short: Piantedosi
country: ITA
role: 2022-10-22 .. present | ITAGOV | Minister of the Interior | interior-minister

[person pier-carlo-padoan]
name: Pier Carlo Padoan
short: Padoan
country: ITA
role: 2014-02-22 .. 2018-06-01 | ITAGOV | Minister of Economy and Finance | finance-minister

[person giovanni-tria]
name: Giovanni Tria
country: ITA
role: 2018-06-01 .. 2019-09-05 | ITAGOV | Minister of Economy and Finance | finance-minister

[person roberto-gualtieri]
name: Roberto Gualtieri
short: Gualtieri
country: ITA
role: 2019-09-05 .. 2021-02-13 | ITAGOV | Minister of Economy and Finance | finance-minister

[person daniele-franco]
name: Daniele Franco
country: ITA
role: 2021-02-13 .. 2022-10-22 | ITAGOV | Minister of Economy and Finance | finance-minister

[person giancarlo-giorgetti]
name: Giancarlo Giorgetti
short: Giorgetti
country: ITA
role: 2022-10-22 .. present | ITAGOV | Minister of Economy and Finance | finance-minister

# ---------------------------------------------------------------------------------------------------------------
# Spain
# ---------------------------------------------------------------------------------------------------------------
# Josep Borrell (foreign minister 2018-2019) and Javier Solana are listed with the European Union.

[person juan-carlos-i]
name: Juan Carlos I
alias: King Juan Carlos | Juan Carlos I of Spain
country: ESP
born: 1938-01-05
role: 1975-11-22 .. 2014-06-19 | ESPGOV | King of Spain; abdicated | head-of-state

[person felipe-vi]
name: Felipe VI
alias: King Felipe VI | King Felipe | Felipe VI of Spain
country: ESP
born: 1968-01-30
role: 2014-06-19 .. present | ESPGOV | King of Spain | head-of-state

[person jose-luis-rodriguez-zapatero]
name: José Luis Rodríguez Zapatero
alias: Rodríguez Zapatero
short: Zapatero
country: ESP
born: 1960-08-04
role: 2004-04-17 .. 2011-12-21 | ESPGOV | Prime Minister of Spain | head-of-government

[person mariano-rajoy]
name: Mariano Rajoy
alias: Mariano Rajoy Brey
short: Rajoy
country: ESP
born: 1955-03-27
role: 2011-12-21 .. 2018-06-02 | ESPGOV | Prime Minister of Spain | head-of-government

[person pedro-sanchez]
name: Pedro Sánchez
alias: Pedro Sánchez Pérez-Castejón
country: ESP
born: 1972-02-29
role: 2018-06-02 .. present | ESPGOV | Prime Minister of Spain | head-of-government

[person jose-manuel-garcia-margallo]
name: José Manuel García-Margallo
alias: José Manuel García-Margallo y Marfil
short: García-Margallo
country: ESP
role: 2011-12-22 .. 2016-11-04 | ESPGOV | Minister of Foreign Affairs and Cooperation | foreign-minister

[person alfonso-dastis]
name: Alfonso Dastis
country: ESP
role: 2016-11-04 .. 2018-06-07 | ESPGOV | Minister of Foreign Affairs and Cooperation | foreign-minister

[person arancha-gonzalez-laya]
name: Arancha González Laya
alias: Arancha González
country: ESP
role: 2020-01-13 .. 2021-07-12 | ESPGOV | Minister of Foreign Affairs, European Union and Cooperation | foreign-minister

[person jose-manuel-albares]
name: José Manuel Albares
alias: José Manuel Albares Bueno
short: Albares
country: ESP
role: 2021-07-12 .. present | ESPGOV | Minister of Foreign Affairs, European Union and Cooperation | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Portugal
# ---------------------------------------------------------------------------------------------------------------
# António Costa, José Manuel Barroso and António Guterres are listed with the European Union and the United Nations.

[person anibal-cavaco-silva]
name: Aníbal Cavaco Silva
alias: Cavaco Silva
country: PRT
born: 1939-07-15
role: 1985-11-06 .. 1995-10-28 | PRTGOV | Prime Minister of Portugal | head-of-government
role: 2006-03-09 .. 2016-03-09 | PRTGOV | President of Portugal | head-of-state

[person marcelo-rebelo-de-sousa]
name: Marcelo Rebelo de Sousa
alias: Rebelo de Sousa
country: PRT
born: 1948-12-12
role: 2016-03-09 .. 2026-03-09 | PRTGOV | President of Portugal | head-of-state

[person antonio-jose-seguro]
name: António José Seguro
alias: António Seguro
country: PRT
role: 2026-03-09 .. present | PRTGOV | President of Portugal | head-of-state

[person pedro-passos-coelho]
name: Pedro Passos Coelho
alias: Passos Coelho
country: PRT
born: 1964-07-24
role: 2011-06-21 .. 2015-11-26 | PRTGOV | Prime Minister of Portugal | head-of-government

[person luis-montenegro]
name: Luís Montenegro
alias: Luís Filipe Montenegro
country: PRT
born: 1973-02-16
role: 2024-04-02 .. present | PRTGOV | Prime Minister of Portugal | head-of-government

[person augusto-santos-silva]
name: Augusto Santos Silva
country: PRT
role: 2015-11-26 .. 2022-03-30 | PRTGOV | Minister of Foreign Affairs | foreign-minister
role: 2022-03-29 .. 2024-03-26 | PRTLEG | President of the Assembly of the Republic | legislature-speaker

[person joao-gomes-cravinho]
name: João Gomes Cravinho
country: PRT
role: 2022-03-30 .. 2024-04-02 | PRTGOV | Minister of Foreign Affairs | foreign-minister

[person paulo-rangel]
name: Paulo Rangel
country: PRT
role: 2024-04-02 .. present | PRTGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Netherlands
# ---------------------------------------------------------------------------------------------------------------
# Mark Rutte (prime minister 2010-2024) is listed with NATO.

[person willem-alexander]
name: Willem-Alexander
alias: King Willem-Alexander | Willem-Alexander of the Netherlands
country: NLD
born: 1967-04-27
role: 2013-04-30 .. present | NLDGOV | King of the Netherlands | head-of-state

[person dick-schoof]
name: Dick Schoof
alias: Hendrikus Wilhelmus Maria Schoof
short: Schoof
country: NLD
born: 1957-03-08
role: 2024-07-02 .. 2026-02-23 | NLDGOV | Prime Minister of the Netherlands (caretaker from June 2025) | head-of-government

[person rob-jetten]
name: Rob Jetten
alias: Robert Adriaan Jetten
short: Jetten
country: NLD
born: 1987-03-25
role: 2026-02-23 .. present | NLDGOV | Prime Minister of the Netherlands | head-of-government

[person bert-koenders]
name: Bert Koenders
alias: Albert Gerard Koenders
country: NLD
role: 2014-10-17 .. 2017-10-26 | NLDGOV | Minister of Foreign Affairs | foreign-minister

[person halbe-zijlstra]
name: Halbe Zijlstra
country: NLD
role: 2017-10-26 .. 2018-02-13 | NLDGOV | Minister of Foreign Affairs; resigned | foreign-minister

[person stef-blok]
name: Stef Blok
country: NLD
role: 2018-03-07 .. 2021-05-25 | NLDGOV | Minister of Foreign Affairs | foreign-minister

[person sigrid-kaag]
name: Sigrid Kaag
short: Kaag
country: NLD
born: 1961-11-02
role: 2021-05-25 .. 2021-09-17 | NLDGOV | Minister of Foreign Affairs; resigned | foreign-minister
role: 2022-01-10 .. 2024-01-08 | NLDGOV | Deputy Prime Minister and Minister of Finance | finance-minister
role: 2024-01-08 .. 2025-07 | IGOUNO | UN Senior Humanitarian and Reconstruction Coordinator for Gaza (also interim Special Coordinator for the Middle East Peace Process in 2025) | envoy

[person ben-knapen]
name: Ben Knapen
country: NLD
role: 2021-09-25 .. 2022-01-10 | NLDGOV | Minister of Foreign Affairs | foreign-minister

[person wopke-hoekstra]
name: Wopke Hoekstra
short: Hoekstra
country: NLD
born: 1975-09-30
role: 2017-10-26 .. 2022-01-10 | NLDGOV | Minister of Finance | finance-minister
role: 2022-01-10 .. 2023-09-05 | NLDGOV | Deputy Prime Minister and Minister of Foreign Affairs | foreign-minister
role: 2023-10 .. present | IGOEUREEC | European Commissioner for Climate Action | international-official

[person hanke-bruins-slot]
name: Hanke Bruins Slot
country: NLD
role: 2023-09-05 .. 2024-07-02 | NLDGOV | Minister of Foreign Affairs | foreign-minister

[person caspar-veldkamp]
name: Caspar Veldkamp
country: NLD
role: 2024-07-02 .. 2025-08-22 | NLDGOV | Minister of Foreign Affairs; resigned | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Belgium
# ---------------------------------------------------------------------------------------------------------------
# Herman Van Rompuy and Charles Michel are listed with the European Union.

[person philippe-of-belgium]
name: Philippe of Belgium
alias: King Philippe | King Philippe of Belgium | Philippe, King of the Belgians
country: BEL
born: 1960-04-15
role: 2013-07-21 .. present | BELGOV | King of the Belgians | head-of-state

[person sophie-wilmes]
name: Sophie Wilmès
short: Wilmès
country: BEL
born: 1975-01-15
role: 2019-10-27 .. 2020-10-01 | BELGOV | Prime Minister of Belgium | head-of-government
role: 2020-10-01 .. 2022-07-15 | BELGOV | Deputy Prime Minister and Minister of Foreign Affairs | foreign-minister

[person alexander-de-croo]
name: Alexander De Croo
short: De Croo
country: BEL
born: 1975-11-03
role: 2020-10-01 .. 2025-02-03 | BELGOV | Prime Minister of Belgium | head-of-government

[person bart-de-wever]
name: Bart De Wever
short: De Wever
country: BEL
born: 1970-12-21
role: 2025-02-03 .. present | BELGOV | Prime Minister of Belgium | head-of-government

[person didier-reynders]
name: Didier Reynders
short: Reynders
country: BEL
born: 1958-08-06
role: 2011-12-06 .. 2019-11-30 | BELGOV | Deputy Prime Minister and Minister of Foreign Affairs | foreign-minister
role: 2019-12-01 .. 2024-12-01 | IGOEUREEC | European Commissioner for Justice | international-official

[person philippe-goffin]
name: Philippe Goffin
country: BEL
role: 2019-11-30 .. 2020-10-01 | BELGOV | Minister of Foreign Affairs | foreign-minister

[person hadja-lahbib]
name: Hadja Lahbib
country: BEL
role: 2022-07-15 .. 2024-12-01 | BELGOV | Minister of Foreign Affairs | foreign-minister
role: 2024-12-01 .. present | IGOEUREEC | European Commissioner for Equality, Preparedness and Crisis Management | international-official

[person maxime-prevot]
name: Maxime Prévot
country: BEL
role: 2025-02-03 .. present | BELGOV | Deputy Prime Minister and Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Austria
# ---------------------------------------------------------------------------------------------------------------

[person heinz-fischer]
name: Heinz Fischer
country: AUT
role: 2004-07-08 .. 2016-07-08 | AUTGOV | President of Austria | head-of-state

[person alexander-van-der-bellen]
name: Alexander Van der Bellen
short: Van der Bellen
country: AUT
born: 1944-01-18
role: 2017-01-26 .. present | AUTGOV | President of Austria | head-of-state

[person werner-faymann]
name: Werner Faymann
short: Faymann
country: AUT
role: 2008-12-02 .. 2016-05-09 | AUTGOV | Chancellor of Austria; resigned | head-of-government

[person christian-kern]
name: Christian Kern
country: AUT
role: 2016-05-17 .. 2017-12-18 | AUTGOV | Chancellor of Austria | head-of-government

[person sebastian-kurz]
name: Sebastian Kurz
short: Kurz
country: AUT
born: 1986-08-27
role: 2013-12-16 .. 2017-12-18 | AUTGOV | Minister of Foreign Affairs | foreign-minister
role: 2017-12-18 .. 2019-05-28 | AUTGOV | Chancellor of Austria | head-of-government
role: 2020-01-07 .. 2021-10-11 | AUTGOV | Chancellor of Austria; resigned | head-of-government

[person brigitte-bierlein]
name: Brigitte Bierlein
country: AUT
role: 2019-06-03 .. 2020-01-07 | AUTGOV | Chancellor of Austria (caretaker government) | head-of-government

[person alexander-schallenberg]
name: Alexander Schallenberg
short: Schallenberg
country: AUT
born: 1969-06-20
role: 2019-06-03 .. 2021-10-11 | AUTGOV | Minister of Foreign Affairs | foreign-minister
role: 2021-10-11 .. 2021-12-06 | AUTGOV | Chancellor of Austria | head-of-government
role: 2021-12-06 .. 2025-03-03 | AUTGOV | Minister of Foreign Affairs | foreign-minister
role: 2025-01-10 .. 2025-03-03 | AUTGOV | Acting Chancellor of Austria | head-of-government

[person karl-nehammer]
name: Karl Nehammer
short: Nehammer
country: AUT
born: 1972-10-18
role: 2021-12-06 .. 2025-01-10 | AUTGOV | Chancellor of Austria | head-of-government

[person christian-stocker]
name: Christian Stocker
country: AUT
role: 2025-03-03 .. present | AUTGOV | Chancellor of Austria | head-of-government

[person karin-kneissl]
name: Karin Kneissl
short: Kneissl
country: AUT
role: 2017-12-18 .. 2019-06-03 | AUTGOV | Minister of Foreign Affairs | foreign-minister

[person beate-meinl-reisinger]
name: Beate Meinl-Reisinger
short: Meinl-Reisinger
country: AUT
role: 2025-03-03 .. present | AUTGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Sweden
# ---------------------------------------------------------------------------------------------------------------

[person carl-xvi-gustaf]
name: Carl XVI Gustaf
alias: King Carl XVI Gustaf | King Carl Gustaf
country: SWE
born: 1946-04-30
role: 1973-09-15 .. present | SWEGOV | King of Sweden | head-of-state

[person stefan-lofven]
name: Stefan Löfven
short: Löfven
country: SWE
born: 1957-07-21
role: 2014-10-03 .. 2021-11-30 | SWEGOV | Prime Minister of Sweden | head-of-government

[person magdalena-andersson]
name: Magdalena Andersson
country: SWE
born: 1967-01-23
role: 2014-10-03 .. 2021-11-30 | SWEGOV | Minister for Finance | finance-minister
role: 2021-11-30 .. 2022-10-18 | SWEGOV | Prime Minister of Sweden | head-of-government

[person ulf-kristersson]
name: Ulf Kristersson
short: Kristersson
country: SWE
born: 1963-12-29
role: 2022-10-18 .. present | SWEGOV | Prime Minister of Sweden | head-of-government

[person margot-wallstrom]
name: Margot Wallström
short: Wallström
country: SWE
role: 2014-10-03 .. 2019-09-10 | SWEGOV | Minister for Foreign Affairs | foreign-minister

[person ann-linde]
name: Ann Linde
country: SWE
role: 2019-09-10 .. 2022-10-18 | SWEGOV | Minister for Foreign Affairs | foreign-minister

[person tobias-billstrom]
name: Tobias Billström
short: Billström
country: SWE
role: 2022-10-18 .. 2024-09-10 | SWEGOV | Minister for Foreign Affairs | foreign-minister

[person maria-malmer-stenergard]
name: Maria Malmer Stenergard
country: SWE
role: 2024-09-10 .. present | SWEGOV | Minister for Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Greece
# ---------------------------------------------------------------------------------------------------------------

[person prokopis-pavlopoulos]
name: Prokopis Pavlopoulos
country: GRC
role: 2015-03-13 .. 2020-03-13 | GRCGOV | President of Greece | head-of-state

[person katerina-sakellaropoulou]
name: Katerina Sakellaropoulou
country: GRC
role: 2020-03-13 .. 2025-03-13 | GRCGOV | President of Greece | head-of-state

[person konstantinos-tasoulas]
name: Konstantinos Tasoulas
alias: Kostas Tasoulas
country: GRC
role: 2019-07-17 .. 2025-02 | GRCLEG | Speaker of the Hellenic Parliament | legislature-speaker
role: 2025-03-13 .. present | GRCGOV | President of Greece | head-of-state

[person antonis-samaras]
name: Antonis Samaras
short: Samaras
country: GRC
role: 2012-06-20 .. 2015-01-26 | GRCGOV | Prime Minister of Greece | head-of-government

[person alexis-tsipras]
name: Alexis Tsipras
short: Tsipras
country: GRC
born: 1974-07-28
role: 2015-01-26 .. 2015-08-27 | GRCGOV | Prime Minister of Greece | head-of-government
role: 2015-09-21 .. 2019-07-08 | GRCGOV | Prime Minister of Greece | head-of-government
role: 2018-10-17 .. 2019-02-15 | GRCGOV | Minister of Foreign Affairs (held by the Prime Minister) | foreign-minister

[person kyriakos-mitsotakis]
name: Kyriakos Mitsotakis
short: Mitsotakis
country: GRC
born: 1968-03-04
role: 2019-07-08 .. 2023-05-25 | GRCGOV | Prime Minister of Greece | head-of-government
role: 2023-06-26 .. present | GRCGOV | Prime Minister of Greece | head-of-government

[person nikos-kotzias]
name: Nikos Kotzias
short: Kotzias
country: GRC
role: 2015-01-27 .. 2018-10-17 | GRCGOV | Minister of Foreign Affairs | foreign-minister

[person giorgos-katrougalos]
name: Giorgos Katrougalos
alias: Georgios Katrougalos
country: GRC
role: 2019-02-15 .. 2019-07-09 | GRCGOV | Minister of Foreign Affairs | foreign-minister

[person nikos-dendias]
name: Nikos Dendias
alias: Nikolaos Dendias
short: Dendias
country: GRC
role: 2019-07-09 .. 2023-05 | GRCGOV | Minister of Foreign Affairs | foreign-minister
role: 2023-06-27 .. present | GRCGOV | Minister of National Defence | defence-minister

[person giorgos-gerapetritis]
name: Giorgos Gerapetritis
alias: George Gerapetritis | Georgios Gerapetritis
short: Gerapetritis
country: GRC
role: 2023-06-27 .. present | GRCGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Romania
# ---------------------------------------------------------------------------------------------------------------

[person klaus-iohannis]
name: Klaus Iohannis
alias: Klaus Johannis | Klaus Werner Iohannis
short: Iohannis
country: ROU
born: 1959-06-13
role: 2014-12-21 .. 2025-02-12 | ROUGOV | President of Romania; resigned | head-of-state

[person nicusor-dan]
name: Nicușor Dan
alias: Nicusor Dan
country: ROU
born: 1969-12-20
role: 2025-05-26 .. present | ROUGOV | President of Romania | head-of-state

[person ilie-bolojan]
name: Ilie Bolojan
short: Bolojan
country: ROU
role: 2025-02-12 .. 2025-05-26 | ROUGOV | Interim President of Romania (President of the Senate) | head-of-state
role: 2025-06-23 .. present | ROUGOV | Prime Minister of Romania | head-of-government

[person victor-ponta]
name: Victor Ponta
short: Ponta
country: ROU
role: 2012-05-07 .. 2015-11-04 | ROUGOV | Prime Minister of Romania; resigned | head-of-government

[person dacian-ciolos]
name: Dacian Cioloș
alias: Dacian Ciolos
short: Cioloș
country: ROU
role: 2015-11-17 .. 2017-01-04 | ROUGOV | Prime Minister of Romania | head-of-government

[person sorin-grindeanu]
name: Sorin Grindeanu
country: ROU
role: 2017-01-04 .. 2017-06-29 | ROUGOV | Prime Minister of Romania | head-of-government

[person mihai-tudose]
name: Mihai Tudose
country: ROU
role: 2017-06-29 .. 2018-01 | ROUGOV | Prime Minister of Romania; resigned | head-of-government

[person viorica-dancila]
name: Viorica Dăncilă
alias: Viorica Dancila
short: Dăncilă
country: ROU
role: 2018-01-29 .. 2019-11-04 | ROUGOV | Prime Minister of Romania | head-of-government

[person ludovic-orban]
name: Ludovic Orban
country: ROU
role: 2019-11-04 .. 2020-12-07 | ROUGOV | Prime Minister of Romania; resigned | head-of-government

[person florin-citu]
name: Florin Cîțu
alias: Florin Citu
country: ROU
role: 2020-12-23 .. 2021-11-25 | ROUGOV | Prime Minister of Romania | head-of-government

[person nicolae-ciuca]
name: Nicolae Ciucă
alias: Nicolae Ciuca
country: ROU
role: 2021-11-25 .. 2023-06-15 | ROUGOV | Prime Minister of Romania | head-of-government

[person marcel-ciolacu]
name: Marcel Ciolacu
short: Ciolacu
country: ROU
role: 2023-06-15 .. 2025-05-06 | ROUGOV | Prime Minister of Romania; resigned | head-of-government

[person bogdan-aurescu]
name: Bogdan Aurescu
short: Aurescu
country: ROU
role: 2014-11-24 .. 2015-11-17 | ROUGOV | Minister of Foreign Affairs | foreign-minister
role: 2019-11-04 .. 2023-06-15 | ROUGOV | Minister of Foreign Affairs | foreign-minister

[person lazar-comanescu]
name: Lazăr Comănescu
alias: Lazar Comanescu
country: ROU
role: 2015-11-17 .. 2017-01-04 | ROUGOV | Minister of Foreign Affairs | foreign-minister

[person teodor-melescanu]
name: Teodor Meleșcanu
alias: Teodor Melescanu
country: ROU
role: 2017-01-04 .. 2019-07-24 | ROUGOV | Minister of Foreign Affairs | foreign-minister

[person ramona-manescu]
name: Ramona Mănescu
alias: Ramona Manescu
country: ROU
role: 2019-07-24 .. 2019-11-04 | ROUGOV | Minister of Foreign Affairs | foreign-minister

[person luminita-odobescu]
name: Luminița Odobescu
alias: Luminita Odobescu
country: ROU
role: 2023-06-15 .. 2024-12-23 | ROUGOV | Minister of Foreign Affairs | foreign-minister

[person emil-hurezeanu]
name: Emil Hurezeanu
country: ROU
role: 2024-12-23 .. 2025-06-23 | ROUGOV | Minister of Foreign Affairs | foreign-minister

[person oana-toiu]
name: Oana Țoiu
alias: Oana Toiu
country: ROU
role: 2025-06-23 .. present | ROUGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Czech Republic
# ---------------------------------------------------------------------------------------------------------------
# Prime ministers are dated from their appointment by the president.

[person milos-zeman]
name: Miloš Zeman
alias: Milos Zeman
short: Zeman
country: CZE
born: 1944-09-28
role: 2013-03-08 .. 2023-03-09 | CZEGOV | President of the Czech Republic | head-of-state

[person petr-pavel]
name: Petr Pavel
country: CZE
born: 1961-11-01
role: 2023-03-09 .. present | CZEGOV | President of the Czech Republic | head-of-state

[person bohuslav-sobotka]
name: Bohuslav Sobotka
short: Sobotka
country: CZE
role: 2014-01-17 .. 2017-12-06 | CZEGOV | Prime Minister of the Czech Republic | head-of-government

[person andrej-babis]
name: Andrej Babiš
alias: Andrej Babis
short: Babiš
country: CZE
born: 1954-09-02
role: 2017-12-06 .. 2021-11-28 | CZEGOV | Prime Minister of the Czech Republic | head-of-government
role: 2025-12-09 .. present | CZEGOV | Prime Minister of the Czech Republic | head-of-government

[person petr-fiala]
name: Petr Fiala
short: Fiala
country: CZE
born: 1964-09-01
role: 2021-11-28 .. 2025-12-09 | CZEGOV | Prime Minister of the Czech Republic | head-of-government

[person lubomir-zaoralek]
name: Lubomír Zaorálek
alias: Lubomir Zaoralek
country: CZE
role: 2014-01-29 .. 2017-12-13 | CZEGOV | Minister of Foreign Affairs | foreign-minister

[person tomas-petricek]
name: Tomáš Petříček
alias: Tomas Petricek
country: CZE
role: 2018-10-16 .. 2021-04-12 | CZEGOV | Minister of Foreign Affairs | foreign-minister

[person jan-lipavsky]
name: Jan Lipavský
alias: Jan Lipavsky
short: Lipavský
country: CZE
role: 2021-12-17 .. 2025-12-15 | CZEGOV | Minister of Foreign Affairs | foreign-minister

# ---------------------------------------------------------------------------------------------------------------
# Russia
# ---------------------------------------------------------------------------------------------------------------

[person vladimir-putin]
name: Vladimir Putin
alias: Vladimir Vladimirovich Putin | Vladimir V. Putin | Wladimir Putin
short: Putin
country: RUS
born: 1952-10-07
role: 1999-08-16 .. 2000-05-07 | RUSGOV | Prime Minister of Russia | head-of-government
role: 1999-12-31 .. 2000-05-07 | RUSGOV | President of Russia (acting) | head-of-state
role: 2000-05-07 .. 2008-05-07 | RUSGOV | President of Russia | head-of-state
role: 2008-05-08 .. 2012-05-07 | RUSGOV | Prime Minister of Russia | head-of-government
role: 2012-05-07 .. present | RUSGOV | President of Russia | head-of-state

[person dmitry-medvedev]
name: Dmitry Medvedev
alias: Dmitry Anatolyevich Medvedev | Dmitri Medvedev | Dmitriy Medvedev
short: Medvedev
country: RUS
born: 1965-09-14
role: 2003-10-30 .. 2005-11-14 | RUSGOV | Chief of Staff of the Presidential Administration | other
role: 2005-11-14 .. 2008-05-07 | RUSGOV | First Deputy Prime Minister | deputy-head-of-government
role: 2008-05-07 .. 2012-05-07 | RUSGOV | President of Russia | head-of-state
role: 2012-05-08 .. 2020-01-16 | RUSGOV | Prime Minister of Russia | head-of-government
role: 2020-01-16 .. present | RUSGOV | Deputy Chairman of the Security Council | other

[person mikhail-kasyanov]
name: Mikhail Kasyanov
alias: Mikhail Mikhailovich Kasyanov | Mikhail Kasianov
short: Kasyanov
country: RUS
role: 2000-05-07 .. 2004-02-24 | RUSGOV | Prime Minister of Russia | head-of-government

[person mikhail-fradkov]
name: Mikhail Fradkov
alias: Mikhail Yefimovich Fradkov
short: Fradkov
country: RUS
role: 2004-03-05 .. 2007-09-14 | RUSGOV | Prime Minister of Russia | head-of-government
role: 2007-10-09 .. 2016-10-05 | RUSSPY | Director of the Foreign Intelligence Service (SVR) | intelligence-chief

[person viktor-zubkov]
name: Viktor Zubkov
alias: Viktor Alekseyevich Zubkov
short: Zubkov
country: RUS
role: 2007-09-14 .. 2008-05-08 | RUSGOV | Prime Minister of Russia | head-of-government
role: 2008-05-12 .. 2012-05-21 | RUSGOV | First Deputy Prime Minister | deputy-head-of-government

[person mikhail-mishustin]
name: Mikhail Mishustin
alias: Mikhail Vladimirovich Mishustin
short: Mishustin
country: RUS
role: 2010-04-06 .. 2020-01-16 | RUSGOV | Head of the Federal Tax Service | other
role: 2020-01-16 .. present | RUSGOV | Prime Minister of Russia | head-of-government

# Foreign and defence ministers

[person igor-ivanov]
name: Igor Ivanov
alias: Igor Sergeyevich Ivanov
country: RUS
role: 1998-09-11 .. 2004-03-09 | RUSGOV | Minister of Foreign Affairs | foreign-minister
role: 2004-03-09 .. 2007-07-09 | RUSGOV | Secretary of the Security Council | other

[person sergey-lavrov]
name: Sergey Lavrov
alias: Sergei Lavrov | Sergey Viktorovich Lavrov | Sergei Viktorovich Lavrov
short: Lavrov
country: RUS
born: 1950-03-21
role: 1994 .. 2004-03-09 | RUSGOV | Permanent Representative to the United Nations | ambassador
role: 2004-03-09 .. present | RUSGOV | Minister of Foreign Affairs | foreign-minister

[person igor-sergeyev]
name: Igor Sergeyev
alias: Igor Dmitriyevich Sergeyev | Igor Sergeev
country: RUS
role: 1997-05-22 .. 2001-03-28 | RUSGOV | Minister of Defence | defence-minister

[person sergei-ivanov]
name: Sergei Ivanov
alias: Sergei Borisovich Ivanov | Sergey Ivanov | Sergey Borisovich Ivanov
country: RUS
role: 1999-11-15 .. 2001-03-28 | RUSGOV | Secretary of the Security Council | other
role: 2001-03-28 .. 2007-02-15 | RUSGOV | Minister of Defence | defence-minister
role: 2007-02-15 .. 2008-05-12 | RUSGOV | First Deputy Prime Minister | deputy-head-of-government
role: 2008-05-12 .. 2011-12-22 | RUSGOV | Deputy Prime Minister | deputy-head-of-government
role: 2011-12-22 .. 2016-08-12 | RUSGOV | Chief of Staff of the Presidential Administration | other
role: 2016-08-12 .. present | RUSGOV | Special Presidential Representative for Environmental Protection and Transport | envoy

[person anatoly-serdyukov]
name: Anatoly Serdyukov
alias: Anatoliy Serdyukov | Anatoly Eduardovich Serdyukov
short: Serdyukov
country: RUS
role: 2007-02-15 .. 2012-11-06 | RUSGOV | Minister of Defence | defence-minister

[person sergei-shoigu]
name: Sergei Shoigu
alias: Sergey Shoigu | Sergei Kuzhugetovich Shoigu | Sergey Kuzhugetovich Shoygu
short: Shoigu
country: RUS
role: 1994-01-10 .. 2012-05-11 | RUSGOV | Minister of Emergency Situations | minister
role: 2012-05-11 .. 2012-11-06 | RUSGOV | Governor of Moscow Oblast | other
role: 2012-11-06 .. 2024-05-14 | RUSGOV | Minister of Defence | defence-minister
role: 2024-05-12 .. present | RUSGOV | Secretary of the Security Council | other

[person andrei-belousov]
name: Andrei Belousov
alias: Andrey Belousov | Andrei Removich Belousov
short: Belousov
country: RUS
role: 2013-06-24 .. 2020-01-21 | RUSGOV | Aide to the President for Economic Affairs | other
role: 2020-01-21 .. 2024-05-14 | RUSGOV | First Deputy Prime Minister | deputy-head-of-government
role: 2024-05-14 .. present | RUSGOV | Minister of Defence | defence-minister

# Security Council, Kremlin staff, intelligence

[person vladimir-rushailo]
name: Vladimir Rushailo
alias: Vladimir Borisovich Rushailo
country: RUS
role: 1999-05-21 .. 2001-03-28 | RUSGOV | Minister of Internal Affairs | interior-minister
role: 2001-03-28 .. 2004-03-09 | RUSGOV | Secretary of the Security Council | other

[person valentin-sobolev]
name: Valentin Sobolev
alias: Valentin Alekseyevich Sobolev
country: RUS
role: 2007-07-09 .. 2008-05-12 | RUSGOV | Secretary of the Security Council (acting) | other

[person nikolai-patrushev]
name: Nikolai Patrushev
alias: Nikolay Patrushev | Nikolai Platonovich Patrushev
short: Patrushev
country: RUS
role: 1999-08-09 .. 2008-05-12 | RUSSPY | Director of the Federal Security Service (FSB) | intelligence-chief
role: 2008-05-12 .. 2024-05-12 | RUSGOV | Secretary of the Security Council | other
role: 2024-05-14 .. present | RUSGOV | Aide to the President | other

[person alexander-bortnikov]
name: Alexander Bortnikov
alias: Aleksandr Bortnikov | Alexander Vasilyevich Bortnikov
short: Bortnikov
country: RUS
role: 2008-05-12 .. present | RUSSPY | Director of the Federal Security Service (FSB) | intelligence-chief

[person sergei-lebedev]
name: Sergei Lebedev
alias: Sergei Nikolayevich Lebedev
country: RUS
role: 2000-05-20 .. 2007-10-09 | RUSSPY | Director of the Foreign Intelligence Service (SVR) | intelligence-chief

[person sergei-naryshkin]
name: Sergei Naryshkin
alias: Sergey Naryshkin | Sergei Yevgenyevich Naryshkin
short: Naryshkin
country: RUS
role: 2008-05-12 .. 2011-12-22 | RUSGOV | Chief of Staff of the Presidential Administration | other
role: 2011-12-21 .. 2016-10-05 | RUSLEG | Chairman of the State Duma | legislature-speaker
role: 2016-10-05 .. present | RUSSPY | Director of the Foreign Intelligence Service (SVR) | intelligence-chief

[person alexander-voloshin]
name: Alexander Voloshin
alias: Aleksandr Voloshin | Alexander Stalyevich Voloshin
short: Voloshin
country: RUS
role: 1999-03-19 .. 2003-10-30 | RUSGOV | Chief of Staff of the Presidential Administration | other

[person sergey-sobyanin]
name: Sergey Sobyanin
alias: Sergei Sobyanin | Sergey Semyonovich Sobyanin
short: Sobyanin
country: RUS
role: 2005-11-14 .. 2008-05-12 | RUSGOV | Chief of Staff of the Presidential Administration | other
role: 2008-05-12 .. 2010-10-21 | RUSGOV | Deputy Prime Minister and Chief of the Government Staff | deputy-head-of-government
role: 2010-10-21 .. present | RUSGOV | Mayor of Moscow | other

[person anton-vaino]
name: Anton Vaino
alias: Anton Eduardovich Vaino | Anton Vayno
short: Vaino
country: RUS
role: 2016-08-12 .. present | RUSGOV | Chief of Staff of the Presidential Administration | other

[person dmitry-peskov]
name: Dmitry Peskov
alias: Dmitri Peskov | Dmitry Sergeyevich Peskov | Dmitriy Peskov
short: Peskov
country: RUS
role: 2008-05 .. 2012-05 | RUSGOV | Press Secretary of the Prime Minister | other
role: 2012-05-22 .. present | RUSGOV | Press Secretary of the President (Kremlin spokesman) | other

[person maria-zakharova]
name: Maria Zakharova
alias: Maria Vladimirovna Zakharova | Mariya Zakharova
short: Zakharova
country: RUS
role: 2015-08-10 .. present | RUSGOV | Spokeswoman of the Ministry of Foreign Affairs | other

[person yuri-ushakov]
name: Yuri Ushakov
alias: Yury Ushakov | Yuri Viktorovich Ushakov
short: Ushakov
country: RUS
role: 2012-05-21 .. present | RUSGOV | Aide to the President for Foreign Policy | other

[person kirill-dmitriev]
name: Kirill Dmitriev
alias: Kirill Aleksandrovich Dmitriev
country: RUS
role: 2011-06 .. present | RUSGOV | Chief Executive of the Russian Direct Investment Fund | other
role: 2025-02 .. present | RUSGOV | Special Presidential Envoy for Investment and Economic Cooperation | envoy

[person vladimir-kolokoltsev]
name: Vladimir Kolokoltsev
alias: Vladimir Aleksandrovich Kolokoltsev
short: Kolokoltsev
country: RUS
role: 2012-05-21 .. present | RUSGOV | Minister of Internal Affairs | interior-minister

[person boris-gryzlov]
name: Boris Gryzlov
alias: Boris Vyacheslavovich Gryzlov
short: Gryzlov
country: RUS
role: 2001-03-28 .. 2003-12-24 | RUSGOV | Minister of Internal Affairs | interior-minister
role: 2003-12-29 .. 2011-12-21 | RUSLEG | Chairman of the State Duma | legislature-speaker

[person rashid-nurgaliyev]
name: Rashid Nurgaliyev
alias: Rashid Gumarovich Nurgaliyev | Rashid Nurgaliev
short: Nurgaliyev
country: RUS
role: 2003-12-24 .. 2012-05-21 | RUSGOV | Minister of Internal Affairs | interior-minister

[person alexei-kudrin]
name: Alexei Kudrin
alias: Aleksei Kudrin | Alexey Kudrin | Alexei Leonidovich Kudrin
short: Kudrin
country: RUS
role: 2000-05-18 .. 2011-09-26 | RUSGOV | Minister of Finance | finance-minister

[person anton-siluanov]
name: Anton Siluanov
alias: Anton Germanovich Siluanov
short: Siluanov
country: RUS
role: 2011-09-26 .. present | RUSGOV | Minister of Finance | finance-minister

[person gennady-seleznyov]
name: Gennady Seleznyov
alias: Gennadiy Seleznyov | Gennady Seleznev
short: Seleznyov
country: RUS
role: 1996-01-17 .. 2003-12-29 | RUSLEG | Chairman of the State Duma | legislature-speaker

[person vyacheslav-volodin]
name: Vyacheslav Volodin
alias: Vyacheslav Viktorovich Volodin
short: Volodin
country: RUS
role: 2016-10-05 .. present | RUSLEG | Chairman of the State Duma | legislature-speaker

[person valentina-matviyenko]
name: Valentina Matviyenko
alias: Valentina Matvienko | Valentina Ivanovna Matviyenko
short: Matviyenko
country: RUS
role: 2003-10-15 .. 2011-08-22 | RUSGOV | Governor of Saint Petersburg | other
role: 2011-09-21 .. present | RUSLEG | Chairwoman of the Federation Council | legislature-speaker

# Chiefs of the General Staff

[person anatoly-kvashnin]
name: Anatoly Kvashnin
alias: Anatoly Vasilyevich Kvashnin
short: Kvashnin
country: RUS
role: 1997-05-22 .. 2004-07-19 | RUSMIL | Chief of the General Staff | military-chief

[person yuri-baluyevsky]
name: Yuri Baluyevsky
alias: Yury Baluyevsky | Yuri Nikolayevich Baluyevsky
short: Baluyevsky
country: RUS
role: 2004-07-19 .. 2008-06-03 | RUSMIL | Chief of the General Staff | military-chief

[person nikolai-makarov]
name: Nikolai Makarov
alias: Nikolay Makarov | Nikolai Yegorovich Makarov
country: RUS
role: 2008-06-03 .. 2012-11-09 | RUSMIL | Chief of the General Staff | military-chief

[person valery-gerasimov]
name: Valery Gerasimov
alias: Valeriy Gerasimov | Valery Vasilyevich Gerasimov
short: Gerasimov
country: RUS
role: 2012-11-09 .. present | RUSMIL | Chief of the General Staff | military-chief

# Ambassadors to the United Nations

[person vitaly-churkin]
name: Vitaly Churkin
alias: Vitaliy Churkin | Vitaly Ivanovich Churkin
short: Churkin
country: RUS
role: 2006-04-08 .. 2017-02-20 | RUSGOV | Permanent Representative to the United Nations | ambassador

[person vassily-nebenzia]
name: Vassily Nebenzia
alias: Vasily Nebenzya | Vassily Nebenzya | Vasily Nebenzia | Vasily Alekseyevich Nebenzya
short: Nebenzia
country: RUS
role: 2017-07-27 .. present | RUSGOV | Permanent Representative to the United Nations | ambassador

# Chechnya

[person akhmad-kadyrov]
name: Akhmad Kadyrov
alias: Akhmat Kadyrov | Akhmad Abdulkhamidovich Kadyrov
country: RUS
role: 2000-06-12 .. 2004-05-09 | RUSGOV | Head of the Chechen Republic | other

[person ramzan-kadyrov]
name: Ramzan Kadyrov
alias: Ramzan Akhmadovich Kadyrov
short: Kadyrov
country: RUS
role: 2006-03-04 .. 2007-02-15 | RUSGOV | Prime Minister of the Chechen Republic | other
role: 2007-02-15 .. present | RUSGOV | Head of the Chechen Republic | other

# Opposition

[person boris-nemtsov]
name: Boris Nemtsov
alias: Boris Yefimovich Nemtsov
short: Nemtsov
country: RUS
role: 2008 .. 2015-02-27 | RUSOPP | Opposition leader (Solidarnost, RPR-PARNAS) | opposition-leader

[person alexei-navalny]
name: Alexei Navalny
alias: Alexey Navalny | Aleksei Navalny | Alexei Anatolyevich Navalny | Navalnyy
short: Navalny
country: RUS
born: 1976-06-04
role: 2011 .. 2024-02-16 | RUSOPP | Founder of the Anti-Corruption Foundation, opposition leader | opposition-leader

[person yulia-navalnaya]
name: Yulia Navalnaya
alias: Yulia Borisovna Navalnaya | Yulia Navalnaia
short: Navalnaya
country: RUS
role: 2024-02-19 .. present | RUSOPP | Opposition leader in exile, head of the Anti-Corruption Foundation's board | opposition-leader

# ---------------------------------------------------------------------------------------------------------------
# Ukraine
# ---------------------------------------------------------------------------------------------------------------

[person leonid-kuchma]
name: Leonid Kuchma
alias: Leonid Danylovych Kuchma
short: Kuchma
country: UKR
role: 1994-07-19 .. 2005-01-23 | UKRGOV | President of Ukraine | head-of-state

[person viktor-yushchenko]
name: Viktor Yushchenko
alias: Viktor Andriyovych Yushchenko | Viktor Yuschenko
short: Yushchenko
country: UKR
role: 1999-12-22 .. 2001-05-29 | UKRGOV | Prime Minister of Ukraine | head-of-government
role: 2005-01-23 .. 2010-02-25 | UKRGOV | President of Ukraine | head-of-state

[person viktor-yanukovych]
name: Viktor Yanukovych
alias: Viktor Fedorovych Yanukovych | Viktor Yanukovich
short: Yanukovych
country: UKR
role: 2002-11-21 .. 2005-01-05 | UKRGOV | Prime Minister of Ukraine | head-of-government
role: 2006-08-04 .. 2007-12-18 | UKRGOV | Prime Minister of Ukraine | head-of-government
role: 2010-02-25 .. 2014-02-22 | UKRGOV | President of Ukraine | head-of-state

[person oleksandr-turchynov]
name: Oleksandr Turchynov
alias: Oleksandr Valentynovych Turchynov | Olexander Turchynov | Alexander Turchinov
short: Turchynov
country: UKR
role: 2014-02-22 .. 2014-11-27 | UKRLEG | Chairman of the Verkhovna Rada | legislature-speaker
role: 2014-02-23 .. 2014-06-07 | UKRGOV | President of Ukraine (acting) | head-of-state
role: 2014-12-16 .. 2019-05 | UKRGOV | Secretary of the National Security and Defence Council | other

[person petro-poroshenko]
name: Petro Poroshenko
alias: Petro Oleksiyovych Poroshenko | Pyotr Poroshenko
short: Poroshenko
country: UKR
role: 2009-10-09 .. 2010-03-11 | UKRGOV | Minister of Foreign Affairs | foreign-minister
role: 2014-06-07 .. 2019-05-20 | UKRGOV | President of Ukraine | head-of-state
role: 2019-05-20 .. present | UKROPP | Leader of European Solidarity (opposition) | party-leader, opposition-leader

[person volodymyr-zelenskyy]
name: Volodymyr Zelenskyy
alias: Volodymyr Zelensky | Volodymyr Zelenskiy | Volodymyr Oleksandrovych Zelenskyy | Vladimir Zelensky
alias: Zelensky | Zelenskiy
short: Zelenskyy
country: UKR
born: 1978-01-25
role: 2019-05-20 .. present | UKRGOV | President of Ukraine | head-of-state

# Prime Ministers

[person anatoliy-kinakh]
name: Anatoliy Kinakh
alias: Anatoly Kinakh | Anatoliy Kyrylovych Kinakh
short: Kinakh
country: UKR
role: 2001-05-29 .. 2002-11-21 | UKRGOV | Prime Minister of Ukraine | head-of-government

[person yulia-tymoshenko]
name: Yulia Tymoshenko
alias: Yulia Volodymyrivna Tymoshenko | Yulia Timoshenko
short: Tymoshenko
country: UKR
role: 2005-01-24 .. 2005-09-08 | UKRGOV | Prime Minister of Ukraine | head-of-government
role: 2007-12-18 .. 2010-03-04 | UKRGOV | Prime Minister of Ukraine | head-of-government

[person yuriy-yekhanurov]
name: Yuriy Yekhanurov
alias: Yuri Yekhanurov | Yuriy Ivanovych Yekhanurov
short: Yekhanurov
country: UKR
role: 2005-09-22 .. 2006-08-04 | UKRGOV | Prime Minister of Ukraine | head-of-government
role: 2007-12-18 .. 2009-06-05 | UKRGOV | Minister of Defence | defence-minister

[person mykola-azarov]
name: Mykola Azarov
alias: Nikolai Azarov | Mykola Yanovych Azarov
short: Azarov
country: UKR
role: 2010-03-11 .. 2014-01-28 | UKRGOV | Prime Minister of Ukraine | head-of-government

[person arseniy-yatsenyuk]
name: Arseniy Yatsenyuk
alias: Arseny Yatsenyuk | Arseniy Petrovych Yatsenyuk | Arsenii Yatseniuk
short: Yatsenyuk
country: UKR
role: 2007-03-21 .. 2007-12-04 | UKRGOV | Minister of Foreign Affairs | foreign-minister
role: 2007-12-04 .. 2008-11-12 | UKRLEG | Chairman of the Verkhovna Rada | legislature-speaker
role: 2014-02-27 .. 2016-04-14 | UKRGOV | Prime Minister of Ukraine | head-of-government

[person volodymyr-groysman]
name: Volodymyr Groysman
alias: Volodymyr Hroisman | Volodymyr Borysovych Groysman
short: Groysman
country: UKR
role: 2014-11-27 .. 2016-04-14 | UKRLEG | Chairman of the Verkhovna Rada | legislature-speaker
role: 2016-04-14 .. 2019-08-29 | UKRGOV | Prime Minister of Ukraine | head-of-government

[person oleksiy-honcharuk]
name: Oleksiy Honcharuk
alias: Oleksii Honcharuk | Alexei Goncharuk
short: Honcharuk
country: UKR
role: 2019-08-29 .. 2020-03-04 | UKRGOV | Prime Minister of Ukraine | head-of-government

[person denys-shmyhal]
name: Denys Shmyhal
alias: Denys Anatoliyovych Shmyhal | Denis Shmygal
short: Shmyhal
country: UKR
role: 2020-03-04 .. 2025-07-17 | UKRGOV | Prime Minister of Ukraine | head-of-government
role: 2025-07-17 .. 2025-12 | UKRGOV | Minister of Defence | defence-minister

[person yulia-svyrydenko]
name: Yulia Svyrydenko
alias: Yuliia Svyrydenko | Yulia Anatoliivna Svyrydenko | Yulia Sviridenko
short: Svyrydenko
country: UKR
role: 2021-11-04 .. 2025-07-17 | UKRGOV | First Deputy Prime Minister and Minister of Economy | deputy-head-of-government
role: 2025-07-17 .. present | UKRGOV | Prime Minister of Ukraine | head-of-government

# Foreign Ministers

[person borys-tarasyuk]
name: Borys Tarasyuk
alias: Borys Ivanovych Tarasyuk | Boris Tarasyuk
short: Tarasyuk
country: UKR
role: 1998-04-17 .. 2000-09-29 | UKRGOV | Minister of Foreign Affairs | foreign-minister
role: 2005-02-04 .. 2007-01-30 | UKRGOV | Minister of Foreign Affairs | foreign-minister

[person anatoliy-zlenko]
name: Anatoliy Zlenko
alias: Anatoly Zlenko | Anatoliy Maksymovych Zlenko
short: Zlenko
country: UKR
role: 2000-10-02 .. 2003-09-02 | UKRGOV | Minister of Foreign Affairs | foreign-minister

[person kostyantyn-gryshchenko]
name: Kostyantyn Gryshchenko
alias: Kostiantyn Gryshchenko | Konstantin Grishchenko | Kostyantyn Ivanovych Gryshchenko
short: Gryshchenko
country: UKR
role: 2003-09-02 .. 2005-02-04 | UKRGOV | Minister of Foreign Affairs | foreign-minister
role: 2010-03-11 .. 2012-12-24 | UKRGOV | Minister of Foreign Affairs | foreign-minister

[person volodymyr-ohryzko]
name: Volodymyr Ohryzko
alias: Vladimir Ogryzko
short: Ohryzko
country: UKR
role: 2007-12-18 .. 2009-03-03 | UKRGOV | Minister of Foreign Affairs | foreign-minister

[person volodymyr-khandogiy]
name: Volodymyr Khandogiy
alias: Volodymyr Khandohiy | Volodymyr Khandogy
country: UKR
role: 2009-03-03 .. 2009-10-09 | UKRGOV | Minister of Foreign Affairs (acting) | foreign-minister

[person leonid-kozhara]
name: Leonid Kozhara
alias: Leonid Oleksandrovych Kozhara
short: Kozhara
country: UKR
role: 2012-12-24 .. 2014-02-23 | UKRGOV | Minister of Foreign Affairs | foreign-minister

[person andrii-deshchytsia]
name: Andrii Deshchytsia
alias: Andriy Deshchytsia | Andrii Deshchytsa
short: Deshchytsia
country: UKR
role: 2014-02-27 .. 2014-06-19 | UKRGOV | Minister of Foreign Affairs (acting) | foreign-minister

[person pavlo-klimkin]
name: Pavlo Klimkin
alias: Pavlo Anatoliyovych Klimkin | Pavel Klimkin
short: Klimkin
country: UKR
role: 2014-06-19 .. 2019-08-29 | UKRGOV | Minister of Foreign Affairs | foreign-minister

[person vadym-prystaiko]
name: Vadym Prystaiko
alias: Vadym Volodymyrovych Prystaiko | Vadim Pristaiko
short: Prystaiko
country: UKR
role: 2019-08-29 .. 2020-07-16 | UKRGOV | Minister of Foreign Affairs | foreign-minister

[person dmytro-kuleba]
name: Dmytro Kuleba
alias: Dmytro Ivanovych Kuleba | Dmitry Kuleba
short: Kuleba
country: UKR
role: 2020-07-16 .. 2024-09-05 | UKRGOV | Minister of Foreign Affairs | foreign-minister

[person andrii-sybiha]
name: Andrii Sybiha
alias: Andriy Sybiha | Andrii Ivanovych Sybiha | Andriy Sybiga
short: Sybiha
country: UKR
role: 2024-09-05 .. present | UKRGOV | Minister of Foreign Affairs | foreign-minister

# Defence Ministers

[person oleksandr-kuzmuk]
name: Oleksandr Kuzmuk
alias: Oleksandr Ivanovych Kuzmuk | Alexander Kuzmuk
short: Kuzmuk
country: UKR
role: 1996-07 .. 2001-10 | UKRGOV | Minister of Defence | defence-minister
role: 2004-09 .. 2005-02 | UKRGOV | Minister of Defence | defence-minister

[person volodymyr-shkidchenko]
name: Volodymyr Shkidchenko
country: UKR
role: 2001-11 .. 2003-06 | UKRGOV | Minister of Defence | defence-minister

[person yevhen-marchuk]
name: Yevhen Marchuk
alias: Yevhen Kyrylovych Marchuk | Yevgeny Marchuk
short: Marchuk
country: UKR
role: 2003-06 .. 2004-09 | UKRGOV | Minister of Defence | defence-minister

[person anatoliy-hrytsenko]
name: Anatoliy Hrytsenko
alias: Anatoliy Stepanovych Hrytsenko | Anatoly Grytsenko
short: Hrytsenko
country: UKR
role: 2005-02 .. 2007-12-18 | UKRGOV | Minister of Defence | defence-minister

[person valeriy-ivashchenko]
name: Valeriy Ivashchenko
alias: Valery Ivashchenko
country: UKR
role: 2009-06 .. 2010-03-11 | UKRGOV | Minister of Defence (acting) | defence-minister

[person mykhailo-yezhel]
name: Mykhailo Yezhel
alias: Mykhaylo Yezhel | Mikhail Yezhel
short: Yezhel
country: UKR
role: 2010-03-11 .. 2012-02-08 | UKRGOV | Minister of Defence | defence-minister

[person dmytro-salamatin]
name: Dmytro Salamatin
alias: Dmitry Salamatin
short: Salamatin
country: UKR
role: 2012-02-08 .. 2012-12-24 | UKRGOV | Minister of Defence | defence-minister

[person pavlo-lebedev]
name: Pavlo Lebedev
alias: Pavel Lebedev
country: UKR
role: 2012-12-24 .. 2014-02-27 | UKRGOV | Minister of Defence | defence-minister

[person ihor-tenyukh]
name: Ihor Tenyukh
alias: Ihor Yosypovych Tenyukh | Igor Tenyukh
short: Tenyukh
country: UKR
role: 2014-02-27 .. 2014-03-25 | UKRGOV | Minister of Defence (acting) | defence-minister

[person mykhailo-koval]
name: Mykhailo Koval
alias: Mykhaylo Koval | Mikhail Koval
country: UKR
role: 2014-03-25 .. 2014-07-03 | UKRGOV | Minister of Defence (acting) | defence-minister

[person valeriy-heletey]
name: Valeriy Heletey
alias: Valeriy Heletei | Valery Geletey
short: Heletey
country: UKR
role: 2014-07-03 .. 2014-10-14 | UKRGOV | Minister of Defence | defence-minister

[person stepan-poltorak]
name: Stepan Poltorak
alias: Stepan Tymofiyovych Poltorak
short: Poltorak
country: UKR
role: 2014-10-14 .. 2019-08-29 | UKRGOV | Minister of Defence | defence-minister

[person andriy-zagorodnyuk]
name: Andriy Zagorodnyuk
alias: Andrii Zahorodniuk | Andriy Zahorodnyuk
short: Zagorodnyuk
country: UKR
role: 2019-08-29 .. 2020-03-04 | UKRGOV | Minister of Defence | defence-minister

[person andriy-taran]
name: Andriy Taran
alias: Andrii Taran | Andriy Hryhorovych Taran
country: UKR
role: 2020-03-04 .. 2021-11-03 | UKRGOV | Minister of Defence | defence-minister

[person oleksii-reznikov]
name: Oleksii Reznikov
alias: Oleksiy Reznikov | Alexei Reznikov | Oleksii Yuriyovych Reznikov
short: Reznikov
country: UKR
role: 2020-03-04 .. 2021-11-03 | UKRGOV | Deputy Prime Minister for the Reintegration of the Temporarily Occupied Territories | deputy-head-of-government
role: 2021-11-04 .. 2023-09-05 | UKRGOV | Minister of Defence | defence-minister

[person rustem-umerov]
name: Rustem Umerov
alias: Rustem Enverovych Umerov
short: Umerov
country: UKR
role: 2022-09-07 .. 2023-09-06 | UKRGOV | Head of the State Property Fund | other
role: 2023-09-06 .. 2025-07-17 | UKRGOV | Minister of Defence | defence-minister
role: 2025-07-17 .. present | UKRGOV | Secretary of the National Security and Defence Council | other

# Armed forces, intelligence, presidential office, security council, parliament

[person viktor-muzhenko]
name: Viktor Muzhenko
alias: Viktor Mykolayovych Muzhenko
short: Muzhenko
country: UKR
role: 2014-07-03 .. 2019-05-21 | UKRMIL | Chief of the General Staff of the Armed Forces | military-chief

[person ruslan-khomchak]
name: Ruslan Khomchak
alias: Ruslan Borysovych Khomchak
short: Khomchak
country: UKR
role: 2019-05-21 .. 2021-07-27 | UKRMIL | Chief of the General Staff and (from 2020) Commander-in-Chief of the Armed Forces | military-chief

[person valerii-zaluzhnyi]
name: Valerii Zaluzhnyi
alias: Valeriy Zaluzhnyi | Valery Zaluzhny | Valerii Fedorovych Zaluzhnyi | Valeriy Zaluzhny
short: Zaluzhnyi
country: UKR
role: 2021-07-27 .. 2024-02-08 | UKRMIL | Commander-in-Chief of the Armed Forces of Ukraine | military-chief
role: 2024-05 .. present | UKRGOV | Ambassador to the United Kingdom | ambassador

[person oleksandr-syrskyi]
name: Oleksandr Syrskyi
alias: Oleksandr Syrsky | Oleksandr Stanislavovych Syrskyi | Alexander Syrsky
short: Syrskyi
country: UKR
role: 2019-08 .. 2024-02-08 | UKRMIL | Commander of the Ground Forces | military-chief
role: 2024-02-08 .. present | UKRMIL | Commander-in-Chief of the Armed Forces of Ukraine | military-chief

[person kyrylo-budanov]
name: Kyrylo Budanov
alias: Kyrylo Oleksiyovych Budanov | Kirill Budanov
short: Budanov
country: UKR
role: 2020-08-05 .. 2026-01-02 | UKRSPY | Chief of the Main Intelligence Directorate (HUR) | intelligence-chief
role: 2026-01-02 .. present | UKRGOV | Head of the Office of the President | other

[person andriy-yermak]
name: Andriy Yermak
alias: Andrii Yermak | Andriy Borysovych Yermak | Andrei Yermak
short: Yermak
country: UKR
role: 2020-02-11 .. 2025-11-28 | UKRGOV | Head of the Office of the President | other

[person oleksandr-danylyuk]
name: Oleksandr Danylyuk
alias: Oleksandr Danyliuk
country: UKR
role: 2016-04-14 .. 2018-06-07 | UKRGOV | Minister of Finance | finance-minister
role: 2019-05-22 .. 2019-09-27 | UKRGOV | Secretary of the National Security and Defence Council | other

[person oleksiy-danilov]
name: Oleksiy Danilov
alias: Oleksii Danilov | Aleksei Danilov
short: Danilov
country: UKR
role: 2019-10-03 .. 2024-03-26 | UKRGOV | Secretary of the National Security and Defence Council | other

[person oleksandr-lytvynenko]
name: Oleksandr Lytvynenko
country: UKR
role: 2024-03-26 .. 2025-07-17 | UKRGOV | Secretary of the National Security and Defence Council | other

[person andriy-parubiy]
name: Andriy Parubiy
alias: Andrii Parubii | Andriy Volodymyrovych Parubiy
short: Parubiy
country: UKR
role: 2014-02-27 .. 2014-08-07 | UKRGOV | Secretary of the National Security and Defence Council | other
role: 2016-04-14 .. 2019-08-29 | UKRLEG | Chairman of the Verkhovna Rada | legislature-speaker

[person dmytro-razumkov]
name: Dmytro Razumkov
alias: Dmytro Oleksandrovych Razumkov
short: Razumkov
country: UKR
role: 2019-08-29 .. 2021-10-07 | UKRLEG | Chairman of the Verkhovna Rada | legislature-speaker

[person ruslan-stefanchuk]
name: Ruslan Stefanchuk
alias: Ruslan Oleksiyovych Stefanchuk
short: Stefanchuk
country: UKR
role: 2021-10-08 .. present | UKRLEG | Chairman of the Verkhovna Rada | legislature-speaker

[person volodymyr-lytvyn]
name: Volodymyr Lytvyn
alias: Volodymyr Mykhailovych Lytvyn | Vladimir Litvin
country: UKR
role: 2002-05-28 .. 2006-05-25 | UKRLEG | Chairman of the Verkhovna Rada | legislature-speaker
role: 2008-12-09 .. 2012-12-12 | UKRLEG | Chairman of the Verkhovna Rada | legislature-speaker

[person oleksandr-moroz]
name: Oleksandr Moroz
alias: Alexander Moroz
country: UKR
role: 2006-07-06 .. 2007-12-04 | UKRLEG | Chairman of the Verkhovna Rada | legislature-speaker

[person volodymyr-rybak]
name: Volodymyr Rybak
alias: Vladimir Rybak
country: UKR
role: 2012-12-13 .. 2014-02-22 | UKRLEG | Chairman of the Verkhovna Rada | legislature-speaker

[person sergiy-kyslytsya]
name: Sergiy Kyslytsya
alias: Serhiy Kyslytsya | Sergiy Kyslytsia | Sergey Kislitsa
short: Kyslytsya
country: UKR
role: 2020 .. 2024 | UKRGOV | Permanent Representative to the United Nations | ambassador

# ---------------------------------------------------------------------------------------------------------------
# Belarus
# ---------------------------------------------------------------------------------------------------------------

[person alexander-lukashenko]
name: Alexander Lukashenko
alias: Alyaksandr Lukashenka | Aleksandr Lukashenko | Alexander Grigoryevich Lukashenko | Lukashenka
short: Lukashenko
country: BLR
born: 1954-08-30
role: 1994-07-20 .. present | BLRGOV | President of Belarus | head-of-state

[person vladimir-yermoshin]
name: Vladimir Yermoshin
alias: Uladzimir Yermoshyn
country: BLR
role: 2000-02 .. 2001-10-01 | BLRGOV | Prime Minister of Belarus | head-of-government

[person gennady-novitsky]
name: Gennady Novitsky
alias: Henadz Navitski | Gennadiy Novitskiy
country: BLR
role: 2001-10-01 .. 2003-07-10 | BLRGOV | Prime Minister of Belarus | head-of-government

[person sergei-sidorsky]
name: Sergei Sidorsky
alias: Syarhei Sidorski | Sergey Sidorsky
short: Sidorsky
country: BLR
role: 2003-07-10 .. 2010-12-28 | BLRGOV | Prime Minister of Belarus | head-of-government

[person mikhail-myasnikovich]
name: Mikhail Myasnikovich
alias: Mikhas Myasnikovich
short: Myasnikovich
country: BLR
role: 2010-12-28 .. 2014-12-27 | BLRGOV | Prime Minister of Belarus | head-of-government

[person andrei-kobyakov]
name: Andrei Kobyakov
alias: Andrey Kobyakov | Andrei Kobiakov
short: Kobyakov
country: BLR
role: 2014-12-27 .. 2018-08-18 | BLRGOV | Prime Minister of Belarus | head-of-government

[person sergei-rumas]
name: Sergei Rumas
alias: Syarhei Rumas | Sergey Rumas
short: Rumas
country: BLR
role: 2018-08-18 .. 2020-06-03 | BLRGOV | Prime Minister of Belarus | head-of-government

[person roman-golovchenko]
name: Roman Golovchenko
alias: Raman Halouchanka
short: Golovchenko
country: BLR
role: 2020-06-04 .. 2025-04 | BLRGOV | Prime Minister of Belarus | head-of-government

[person alexander-turchin]
name: Alexander Turchin
alias: Aleksandr Turchin | Alyaksandr Turchyn
short: Turchin
country: BLR
role: 2025-04 .. present | BLRGOV | Prime Minister of Belarus | head-of-government

[person mikhail-khvostov]
name: Mikhail Khvostov
alias: Mikhail Khvastou
country: BLR
role: 2000-11 .. 2003-03 | BLRGOV | Minister of Foreign Affairs | foreign-minister

[person sergei-martynov]
name: Sergei Martynov
alias: Syarhei Martynau | Sergey Martynov
country: BLR
role: 2003-03 .. 2012-08-20 | BLRGOV | Minister of Foreign Affairs | foreign-minister

[person vladimir-makei]
name: Vladimir Makei
alias: Uladzimir Makei | Vladimir Makey
short: Makei
country: BLR
role: 2008-07 .. 2012-08-20 | BLRGOV | Head of the Presidential Administration | other
role: 2012-08-20 .. 2022-11-26 | BLRGOV | Minister of Foreign Affairs | foreign-minister

[person sergei-aleinik]
name: Sergei Aleinik
alias: Syarhei Aleinik | Sergey Aleynik
short: Aleinik
country: BLR
role: 2022-12-09 .. 2024-04 | BLRGOV | Minister of Foreign Affairs | foreign-minister

[person maxim-ryzhenkov]
name: Maxim Ryzhenkov
alias: Maksim Ryzhenkov | Maksim Ryzhankou
short: Ryzhenkov
country: BLR
role: 2024-04 .. present | BLRGOV | Minister of Foreign Affairs | foreign-minister

[person leonid-maltsev]
name: Leonid Maltsev
alias: Leanid Maltsau
country: BLR
role: 2001-09 .. 2009-12 | BLRGOV | Minister of Defence | defence-minister

[person yuri-zhadobin]
name: Yuri Zhadobin
alias: Yury Zhadobin
short: Zhadobin
country: BLR
role: 2009-12 .. 2014-11 | BLRGOV | Minister of Defence | defence-minister

[person andrei-ravkov]
name: Andrei Ravkov
alias: Andrey Ravkov
short: Ravkov
country: BLR
role: 2014-11 .. 2020-01-20 | BLRGOV | Minister of Defence | defence-minister

[person viktor-khrenin]
name: Viktor Khrenin
alias: Viktar Khrenin
short: Khrenin
country: BLR
role: 2020-01-20 .. present | BLRGOV | Minister of Defence | defence-minister

[person sviatlana-tsikhanouskaya]
name: Sviatlana Tsikhanouskaya
alias: Svetlana Tikhanovskaya | Svetlana Tsikhanouskaya | Tikhanovskaya
short: Tsikhanouskaya
country: BLR
role: 2020-08 .. present | BLROPP | Leader of the Belarusian democratic opposition in exile | opposition-leader

# ---------------------------------------------------------------------------------------------------------------
# Turkey
# ---------------------------------------------------------------------------------------------------------------

[person suleyman-demirel]
name: Süleyman Demirel
short: Demirel
country: TUR
role: 1993-05-16 .. 2000-05-16 | TURGOV | President of Turkey | head-of-state

[person ahmet-necdet-sezer]
name: Ahmet Necdet Sezer
alias: Necdet Sezer
short: Sezer
country: TUR
role: 2000-05-16 .. 2007-08-28 | TURGOV | President of Turkey | head-of-state

[person abdullah-gul]
name: Abdullah Gül
country: TUR
role: 2002-11-18 .. 2003-03-14 | TURGOV | Prime Minister of Turkey | head-of-government
role: 2003-03-14 .. 2007-08-28 | TURGOV | Minister of Foreign Affairs | foreign-minister
role: 2007-08-28 .. 2014-08-28 | TURGOV | President of Turkey | head-of-state

[person recep-tayyip-erdogan]
name: Recep Tayyip Erdoğan
alias: Tayyip Erdoğan
short: Erdoğan
country: TUR
born: 1954-02-26
role: 2003-03-14 .. 2014-08-28 | TURGOV | Prime Minister of Turkey | head-of-government
role: 2014-08-28 .. 2018-07-09 | TURGOV | President of Turkey | head-of-state
role: 2018-07-09 .. present | TURGOV | President of Turkey (executive presidency) | head-of-state, head-of-government

[person bulent-ecevit]
name: Bülent Ecevit
short: Ecevit
country: TUR
role: 1999-01-11 .. 2002-11-18 | TURGOV | Prime Minister of Turkey | head-of-government

[person ahmet-davutoglu]
name: Ahmet Davutoğlu
short: Davutoğlu
country: TUR
role: 2009-05-01 .. 2014-08-29 | TURGOV | Minister of Foreign Affairs | foreign-minister
role: 2014-08-28 .. 2016-05-24 | TURGOV | Prime Minister of Turkey | head-of-government

[person binali-yildirim]
name: Binali Yıldırım
alias: Binali Yildirim
country: TUR
role: 2016-05-24 .. 2018-07-09 | TURGOV | Prime Minister of Turkey | head-of-government
role: 2018-07-12 .. 2019-02-18 | TURLEG | Speaker of the Grand National Assembly | legislature-speaker

[person fuat-oktay]
name: Fuat Oktay
short: Oktay
country: TUR
role: 2018-07-09 .. 2023-06-03 | TURGOV | Vice President of Turkey | other

[person cevdet-yilmaz]
name: Cevdet Yılmaz
alias: Cevdet Yilmaz
country: TUR
role: 2023-06-03 .. present | TURGOV | Vice President of Turkey | other

# Foreign Ministers

[person ismail-cem]
name: İsmail Cem
country: TUR
role: 1997-06-30 .. 2002-07-11 | TURGOV | Minister of Foreign Affairs | foreign-minister

[person sukru-sina-gurel]
name: Şükrü Sina Gürel
country: TUR
role: 2002-07-11 .. 2002-11-18 | TURGOV | Minister of Foreign Affairs | foreign-minister

[person yasar-yakis]
name: Yaşar Yakış
alias: Yasar Yakis
country: TUR
role: 2002-11-18 .. 2003-03-14 | TURGOV | Minister of Foreign Affairs | foreign-minister

[person ali-babacan]
name: Ali Babacan
short: Babacan
country: TUR
role: 2007-08-29 .. 2009-05-01 | TURGOV | Minister of Foreign Affairs | foreign-minister
role: 2009-05-01 .. 2015-08-28 | TURGOV | Deputy Prime Minister | deputy-head-of-government

[person mevlut-cavusoglu]
name: Mevlüt Çavuşoğlu
short: Çavuşoğlu
country: TUR
role: 2014-08-29 .. 2015-08-28 | TURGOV | Minister of Foreign Affairs | foreign-minister
role: 2015-11-24 .. 2023-06-03 | TURGOV | Minister of Foreign Affairs | foreign-minister

[person feridun-sinirlioglu]
name: Feridun Sinirlioğlu
short: Sinirlioğlu
country: TUR
role: 2015-08-28 .. 2015-11-24 | TURGOV | Minister of Foreign Affairs | foreign-minister
role: 2024-09 .. present | IGOEURSCE | Secretary General of the OSCE | international-official

[person hakan-fidan]
name: Hakan Fidan
short: Fidan
country: TUR
role: 2010-05-27 .. 2015-02-10 | TURSPY | Head of the National Intelligence Organisation (MIT) | intelligence-chief
role: 2015-03-09 .. 2023-06-03 | TURSPY | Head of the National Intelligence Organisation (MIT) | intelligence-chief
role: 2023-06-03 .. present | TURGOV | Minister of Foreign Affairs | foreign-minister

[person ibrahim-kalin]
name: İbrahim Kalın
alias: Ibrahim Kalin
country: TUR
role: 2014-12 .. 2023-06 | TURGOV | Presidential Spokesman | other
role: 2023-06 .. present | TURSPY | Head of the National Intelligence Organisation (MIT) | intelligence-chief

# Defence Ministers

[person sabahattin-cakmakoglu]
name: Sabahattin Çakmakoğlu
country: TUR
role: 1999-05-28 .. 2002-11-18 | TURGOV | Minister of National Defence | defence-minister

[person vecdi-gonul]
name: Vecdi Gönül
country: TUR
role: 2002-11-18 .. 2011-07-06 | TURGOV | Minister of National Defence | defence-minister
role: 2015-08-28 .. 2015-11-24 | TURGOV | Minister of National Defence | defence-minister

[person ismet-yilmaz]
name: İsmet Yılmaz
alias: Ismet Yilmaz
country: TUR
role: 2011-07-06 .. 2015-06 | TURGOV | Minister of National Defence | defence-minister
role: 2015-07-01 .. 2015-11-22 | TURLEG | Speaker of the Grand National Assembly | legislature-speaker
role: 2015-11-24 .. 2016-05-24 | TURGOV | Minister of National Defence | defence-minister

[person fikri-isik]
name: Fikri Işık
alias: Fikri Isik
country: TUR
role: 2016-05-24 .. 2017-07-19 | TURGOV | Minister of National Defence | defence-minister

[person nurettin-canikli]
name: Nurettin Canikli
short: Canikli
country: TUR
role: 2017-07-19 .. 2018-07-10 | TURGOV | Minister of National Defence | defence-minister

[person hulusi-akar]
name: Hulusi Akar
short: Akar
country: TUR
role: 2015-08-18 .. 2018-07-10 | TURMIL | Chief of the General Staff | military-chief
role: 2018-07-10 .. 2023-06-03 | TURGOV | Minister of National Defence | defence-minister

[person yasar-guler]
name: Yaşar Güler
country: TUR
role: 2018-07-10 .. 2023-06-03 | TURMIL | Chief of the General Staff | military-chief
role: 2023-06-03 .. present | TURGOV | Minister of National Defence | defence-minister

[person necdet-ozel]
name: Necdet Özel
country: TUR
role: 2011-08-04 .. 2015-08-18 | TURMIL | Chief of the General Staff | military-chief

[person metin-gurak]
name: Metin Gürak
short: Gürak
country: TUR
role: 2023-06 .. 2025-06 | TURMIL | Chief of the General Staff | military-chief

# Finance

[person mehmet-simsek]
name: Mehmet Şimşek
short: Şimşek
country: TUR
role: 2009-05-01 .. 2015-08-28 | TURGOV | Minister of Finance | finance-minister
role: 2015-11-24 .. 2018-07-09 | TURGOV | Deputy Prime Minister | deputy-head-of-government
role: 2023-06-03 .. present | TURGOV | Minister of Treasury and Finance | finance-minister

[person naci-agbal]
name: Naci Ağbal
short: Ağbal
country: TUR
role: 2015-11-24 .. 2018-07-10 | TURGOV | Minister of Finance | finance-minister
role: 2020-11-07 .. 2021-03-20 | TURGOV | Governor of the Central Bank | other

[person berat-albayrak]
name: Berat Albayrak
short: Albayrak
country: TUR
role: 2018-07-10 .. 2020-11-08 | TURGOV | Minister of Treasury and Finance | finance-minister

[person lutfi-elvan]
name: Lütfi Elvan
short: Elvan
country: TUR
role: 2020-11 .. 2021-12 | TURGOV | Minister of Treasury and Finance | finance-minister

[person nureddin-nebati]
name: Nureddin Nebati
short: Nebati
country: TUR
role: 2021-12 .. 2023-06-03 | TURGOV | Minister of Treasury and Finance | finance-minister

# Parliament and opposition

[person ismail-kahraman]
name: İsmail Kahraman
country: TUR
role: 2015-11-22 .. 2018-07-12 | TURLEG | Speaker of the Grand National Assembly | legislature-speaker

[person mustafa-sentop]
name: Mustafa Şentop
short: Şentop
country: TUR
role: 2019-02-24 .. 2023-06-07 | TURLEG | Speaker of the Grand National Assembly | legislature-speaker

[person numan-kurtulmus]
name: Numan Kurtulmuş
short: Kurtulmuş
country: TUR
role: 2023-06-07 .. present | TURLEG | Speaker of the Grand National Assembly | legislature-speaker

[person kemal-kilicdaroglu]
name: Kemal Kılıçdaroğlu
alias: Kemal Kilicdaroglu
short: Kılıçdaroğlu
country: TUR
role: 2010-05-22 .. 2023-11-05 | TUROPP | Leader of the Republican People's Party (CHP) | party-leader, opposition-leader

[person ozgur-ozel]
name: Özgür Özel
country: TUR
role: 2023-11-05 .. present | TUROPP | Leader of the Republican People's Party (CHP) | party-leader, opposition-leader

[person ekrem-imamoglu]
name: Ekrem İmamoğlu
short: İmamoğlu
country: TUR
role: 2019-06-27 .. 2025-03-23 | TUROPP | Mayor of Istanbul (opposition CHP) | other

# ---------------------------------------------------------------------------------------------------------------
# Poland
# ---------------------------------------------------------------------------------------------------------------

[person aleksander-kwasniewski]
name: Aleksander Kwaśniewski
short: Kwaśniewski
country: POL
role: 1995-12-23 .. 2005-12-23 | POLGOV | President of Poland | head-of-state

[person lech-kaczynski]
name: Lech Kaczyński
country: POL
role: 2002-11-19 .. 2005-12-22 | POLGOV | Mayor of Warsaw | other
role: 2005-12-23 .. 2010-04-10 | POLGOV | President of Poland | head-of-state

[person bronislaw-komorowski]
name: Bronisław Komorowski
alias: Bronislaw Komorowski
short: Komorowski
country: POL
role: 2000-06-16 .. 2001-10-19 | POLGOV | Minister of National Defence | defence-minister
role: 2007-11-05 .. 2010-07-08 | POLLEG | Marshal of the Sejm | legislature-speaker
role: 2010-04-10 .. 2010-07-08 | POLGOV | President of Poland (acting) | head-of-state
role: 2010-08-06 .. 2015-08-06 | POLGOV | President of Poland | head-of-state

[person andrzej-duda]
name: Andrzej Duda
alias: Andrzej Sebastian Duda
short: Duda
country: POL
role: 2015-08-06 .. 2025-08-06 | POLGOV | President of Poland | head-of-state

[person karol-nawrocki]
name: Karol Nawrocki
alias: Karol Tadeusz Nawrocki
short: Nawrocki
country: POL
role: 2021-07-23 .. 2025-08-06 | POLGOV | President of the Institute of National Remembrance | other
role: 2025-08-06 .. present | POLGOV | President of Poland | head-of-state

# Prime Ministers

[person jerzy-buzek]
name: Jerzy Buzek
short: Buzek
country: POL
role: 1997-10-31 .. 2001-10-19 | POLGOV | Prime Minister of Poland | head-of-government
role: 2009-07-14 .. 2012-01-17 | IGOEUREEC | President of the European Parliament | legislature-speaker

[person leszek-miller]
name: Leszek Miller
country: POL
role: 2001-10-19 .. 2004-05-02 | POLGOV | Prime Minister of Poland | head-of-government

[person marek-belka]
name: Marek Belka
short: Belka
country: POL
role: 2004-05-02 .. 2005-10-31 | POLGOV | Prime Minister of Poland | head-of-government
role: 2010-06-11 .. 2016-06-21 | POLGOV | President of the National Bank of Poland | other

[person kazimierz-marcinkiewicz]
name: Kazimierz Marcinkiewicz
short: Marcinkiewicz
country: POL
role: 2005-10-31 .. 2006-07-14 | POLGOV | Prime Minister of Poland | head-of-government

[person jaroslaw-kaczynski]
name: Jarosław Kaczyński
alias: Jaroslaw Kaczynski
country: POL
role: 2006-07-14 .. 2007-11-16 | POLGOV | Prime Minister of Poland | head-of-government
role: 2007-11-16 .. 2015-11-16 | POLOPP | Leader of Law and Justice (PiS), main opposition party | party-leader, opposition-leader
role: 2015-11-16 .. 2023-12-13 | POLGOV | Leader of Law and Justice (PiS), ruling party | party-leader
role: 2020-10-06 .. 2022-06-22 | POLGOV | Deputy Prime Minister | deputy-head-of-government
role: 2023-06-20 .. 2023-11-27 | POLGOV | Deputy Prime Minister | deputy-head-of-government
role: 2023-12-13 .. present | POLOPP | Leader of Law and Justice (PiS), main opposition party | party-leader, opposition-leader

[person donald-tusk]
name: Donald Tusk
alias: Donald Franciszek Tusk
short: Tusk
country: POL
born: 1957-04-22
role: 2007-11-16 .. 2014-09-22 | POLGOV | Prime Minister of Poland | head-of-government
role: 2014-12-01 .. 2019-12-01 | IGOEUREEC | President of the European Council | international-official
role: 2021-07-03 .. 2023-12-13 | POLOPP | Leader of Civic Platform, main opposition party | party-leader, opposition-leader
role: 2023-12-13 .. present | POLGOV | Prime Minister of Poland | head-of-government

[person ewa-kopacz]
name: Ewa Kopacz
short: Kopacz
country: POL
role: 2011-11-08 .. 2014-09-22 | POLLEG | Marshal of the Sejm | legislature-speaker
role: 2014-09-22 .. 2015-11-16 | POLGOV | Prime Minister of Poland | head-of-government

[person beata-szydlo]
name: Beata Szydło
alias: Beata Szydlo
short: Szydło
country: POL
role: 2015-11-16 .. 2017-12-11 | POLGOV | Prime Minister of Poland | head-of-government
role: 2017-12-11 .. 2019-06-04 | POLGOV | Deputy Prime Minister | deputy-head-of-government

[person mateusz-morawiecki]
name: Mateusz Morawiecki
short: Morawiecki
country: POL
role: 2015-11-16 .. 2017-12-11 | POLGOV | Deputy Prime Minister (Development and Finance) | deputy-head-of-government
role: 2017-12-11 .. 2023-12-13 | POLGOV | Prime Minister of Poland | head-of-government

# Foreign Ministers

[person bronislaw-geremek]
name: Bronisław Geremek
alias: Bronislaw Geremek
short: Geremek
country: POL
role: 1997-10-31 .. 2000-06-30 | POLGOV | Minister of Foreign Affairs | foreign-minister

[person wladyslaw-bartoszewski]
name: Władysław Bartoszewski
alias: Wladyslaw Bartoszewski
country: POL
role: 2000-06-30 .. 2001-10-19 | POLGOV | Minister of Foreign Affairs | foreign-minister

[person wlodzimierz-cimoszewicz]
name: Włodzimierz Cimoszewicz
alias: Wlodzimierz Cimoszewicz
short: Cimoszewicz
country: POL
role: 2001-10-19 .. 2005-01-05 | POLGOV | Minister of Foreign Affairs | foreign-minister

[person adam-daniel-rotfeld]
name: Adam Daniel Rotfeld
alias: Adam Rotfeld
country: POL
role: 2005-01-05 .. 2005-10-31 | POLGOV | Minister of Foreign Affairs | foreign-minister

[person stefan-meller]
name: Stefan Meller
country: POL
role: 2005-10-31 .. 2006-05-09 | POLGOV | Minister of Foreign Affairs | foreign-minister

[person anna-fotyga]
name: Anna Fotyga
short: Fotyga
country: POL
role: 2006-05-09 .. 2007-11-16 | POLGOV | Minister of Foreign Affairs | foreign-minister

[person radoslaw-sikorski]
name: Radosław Sikorski
alias: Radoslaw Sikorski | Radek Sikorski
short: Sikorski
country: POL
role: 2005-10-31 .. 2007-02-07 | POLGOV | Minister of National Defence | defence-minister
role: 2007-11-16 .. 2014-09-22 | POLGOV | Minister of Foreign Affairs | foreign-minister
role: 2014-09-24 .. 2015-06-23 | POLLEG | Marshal of the Sejm | legislature-speaker
role: 2023-12-13 .. present | POLGOV | Minister of Foreign Affairs | foreign-minister
role: 2025-07 .. present | POLGOV | Deputy Prime Minister | deputy-head-of-government

[person grzegorz-schetyna]
name: Grzegorz Schetyna
short: Schetyna
country: POL
role: 2014-09-22 .. 2015-11-16 | POLGOV | Minister of Foreign Affairs | foreign-minister

[person witold-waszczykowski]
name: Witold Waszczykowski
short: Waszczykowski
country: POL
role: 2015-11-16 .. 2018-01-09 | POLGOV | Minister of Foreign Affairs | foreign-minister

[person jacek-czaputowicz]
name: Jacek Czaputowicz
short: Czaputowicz
country: POL
role: 2018-01-09 .. 2020-08-20 | POLGOV | Minister of Foreign Affairs | foreign-minister

[person zbigniew-rau]
name: Zbigniew Rau
country: POL
role: 2020-08-26 .. 2023-11-27 | POLGOV | Minister of Foreign Affairs | foreign-minister

# Defence Ministers

[person janusz-onyszkiewicz]
name: Janusz Onyszkiewicz
country: POL
role: 1997-10-31 .. 2000-06-16 | POLGOV | Minister of National Defence | defence-minister

[person jerzy-szmajdzinski]
name: Jerzy Szmajdziński
country: POL
role: 2001-10-19 .. 2005-10-31 | POLGOV | Minister of National Defence | defence-minister

[person aleksander-szczyglo]
name: Aleksander Szczygło
alias: Aleksander Szczyglo
country: POL
role: 2007-02-07 .. 2007-11-16 | POLGOV | Minister of National Defence | defence-minister

[person bogdan-klich]
name: Bogdan Klich
short: Klich
country: POL
role: 2007-11-16 .. 2011-08-02 | POLGOV | Minister of National Defence | defence-minister

[person tomasz-siemoniak]
name: Tomasz Siemoniak
short: Siemoniak
country: POL
role: 2011-08-02 .. 2015-11-16 | POLGOV | Minister of National Defence | defence-minister

[person antoni-macierewicz]
name: Antoni Macierewicz
short: Macierewicz
country: POL
role: 2015-11-16 .. 2018-01-09 | POLGOV | Minister of National Defence | defence-minister

[person mariusz-blaszczak]
name: Mariusz Błaszczak
alias: Mariusz Blaszczak
short: Błaszczak
country: POL
role: 2015-11-16 .. 2018-01-09 | POLGOV | Minister of the Interior and Administration | interior-minister
role: 2018-01-09 .. 2023-11-27 | POLGOV | Minister of National Defence | defence-minister

[person wladyslaw-kosiniak-kamysz]
name: Władysław Kosiniak-Kamysz
alias: Wladyslaw Kosiniak-Kamysz
short: Kosiniak-Kamysz
country: POL
role: 2023-12-13 .. present | POLGOV | Deputy Prime Minister and Minister of National Defence | defence-minister

# ---------------------------------------------------------------------------------------------------------------
# Serbia (with the Federal Republic of Yugoslavia, FRY, until 2003 and Serbia and Montenegro, SCG, 2003-2006)
# ---------------------------------------------------------------------------------------------------------------

[person slobodan-milosevic]
name: Slobodan Milošević
short: Milošević
country: SRB
role: 1997-07-23 .. 2000-10-07 | FRYGOV | President of the Federal Republic of Yugoslavia | head-of-state

[person vojislav-kostunica]
name: Vojislav Koštunica
short: Koštunica
country: SRB
role: 2000-10-07 .. 2003-03-07 | FRYGOV | President of the Federal Republic of Yugoslavia | head-of-state
role: 2004-03-03 .. 2008-07-07 | SRBGOV | Prime Minister of Serbia | head-of-government

[person svetozar-marovic]
name: Svetozar Marović
short: Marović
country: MNE
role: 2003-03-07 .. 2006-06-03 | SCGGOV | President of Serbia and Montenegro | head-of-state, head-of-government

[person zoran-zizic]
name: Zoran Žižić
country: MNE
role: 2000-11-04 .. 2001-07-24 | FRYGOV | Prime Minister of the Federal Republic of Yugoslavia | head-of-government

[person dragisa-pesic]
name: Dragiša Pešić
country: MNE
role: 2001-07-24 .. 2003-03-17 | FRYGOV | Prime Minister of the Federal Republic of Yugoslavia | head-of-government

[person milan-milutinovic]
name: Milan Milutinović
short: Milutinović
country: SRB
role: 1997-12-29 .. 2002-12-29 | SRBGOV | President of Serbia | head-of-state

[person natasa-micic]
name: Nataša Mićić
country: SRB
role: 2002-12-29 .. 2004-02-04 | SRBGOV | President of Serbia (acting) | head-of-state

[person predrag-markovic]
name: Predrag Marković
country: SRB
role: 2004-03-04 .. 2004-07-11 | SRBGOV | President of Serbia (acting) | head-of-state

[person boris-tadic]
name: Boris Tadić
short: Tadić
country: SRB
role: 2003-03-17 .. 2004-04-16 | SCGGOV | Minister of Defence of Serbia and Montenegro | defence-minister
role: 2004-07-11 .. 2012-04-05 | SRBGOV | President of Serbia | head-of-state

[person tomislav-nikolic]
name: Tomislav Nikolić
country: SRB
role: 2012-05-31 .. 2017-05-31 | SRBGOV | President of Serbia | head-of-state

[person aleksandar-vucic]
name: Aleksandar Vučić
short: Vučić
country: SRB
born: 1970-03-05
role: 2012-07-27 .. 2013-09-02 | SRBGOV | First Deputy Prime Minister and Minister of Defence | defence-minister
role: 2014-04-27 .. 2017-05-31 | SRBGOV | Prime Minister of Serbia | head-of-government
role: 2017-05-31 .. present | SRBGOV | President of Serbia | head-of-state

# Prime Ministers

[person mirko-marjanovic]
name: Mirko Marjanović
country: SRB
role: 1994-03-18 .. 2000-10-24 | SRBGOV | Prime Minister of Serbia | head-of-government

[person milomir-minic]
name: Milomir Minić
country: SRB
role: 2000-10-24 .. 2001-01-25 | SRBGOV | Prime Minister of Serbia | head-of-government

[person zoran-djindjic]
name: Zoran Đinđić
alias: Zoran Djindjic | Zoran Dindic
short: Đinđić
country: SRB
role: 2001-01-25 .. 2003-03-12 | SRBGOV | Prime Minister of Serbia | head-of-government

[person zoran-zivkovic]
name: Zoran Živković
country: SRB
role: 2003-03-18 .. 2004-03-03 | SRBGOV | Prime Minister of Serbia | head-of-government

[person mirko-cvetkovic]
name: Mirko Cvetković
short: Cvetković
country: SRB
role: 2008-07-07 .. 2012-07-27 | SRBGOV | Prime Minister of Serbia | head-of-government

[person ivica-dacic]
name: Ivica Dačić
short: Dačić
country: SRB
role: 2008-07-07 .. 2014-04-27 | SRBGOV | Minister of the Interior | interior-minister
role: 2012-07-27 .. 2014-04-27 | SRBGOV | Prime Minister of Serbia | head-of-government
role: 2014-04-27 .. 2020-10-28 | SRBGOV | Minister of Foreign Affairs | foreign-minister
role: 2020-10-22 .. 2022-08-01 | SRBLEG | President of the National Assembly | legislature-speaker
role: 2022-10-26 .. 2024-05-02 | SRBGOV | Minister of Foreign Affairs | foreign-minister
role: 2024-05-02 .. present | SRBGOV | First Deputy Prime Minister and Minister of the Interior | interior-minister

[person ana-brnabic]
name: Ana Brnabić
short: Brnabić
country: SRB
role: 2017-06-29 .. 2024-05-02 | SRBGOV | Prime Minister of Serbia | head-of-government
role: 2024-03 .. present | SRBLEG | President of the National Assembly | legislature-speaker

[person milos-vucevic]
name: Miloš Vučević
short: Vučević
country: SRB
role: 2022-10-26 .. 2024-05-02 | SRBGOV | Minister of Defence | defence-minister
role: 2024-05-02 .. 2025-04-16 | SRBGOV | Prime Minister of Serbia | head-of-government

[person djuro-macut]
name: Đuro Macut
alias: Djuro Macut | Duro Macut
short: Macut
country: SRB
role: 2025-04-16 .. present | SRBGOV | Prime Minister of Serbia | head-of-government

# Foreign Ministers

[person zivadin-jovanovic]
name: Živadin Jovanović
country: SRB
role: 1998 .. 2000-11-04 | FRYGOV | Minister of Foreign Affairs of the Federal Republic of Yugoslavia | foreign-minister

[person goran-svilanovic]
name: Goran Svilanović
short: Svilanović
country: SRB
role: 2000-11-04 .. 2003-02-04 | FRYGOV | Minister of Foreign Affairs of the Federal Republic of Yugoslavia | foreign-minister
role: 2003-02-04 .. 2004-04-16 | SCGGOV | Minister of Foreign Affairs of Serbia and Montenegro | foreign-minister

[person vuk-draskovic]
name: Vuk Drašković
short: Drašković
country: SRB
role: 2004-04-16 .. 2006-06-05 | SCGGOV | Minister of Foreign Affairs of Serbia and Montenegro | foreign-minister
role: 2006-06-05 .. 2007-05-15 | SRBGOV | Minister of Foreign Affairs | foreign-minister

[person vuk-jeremic]
name: Vuk Jeremić
short: Jeremić
country: SRB
role: 2007-05-15 .. 2012-07-27 | SRBGOV | Minister of Foreign Affairs | foreign-minister
role: 2012-09-18 .. 2013-09-17 | IGOUNO | President of the United Nations General Assembly | international-official

[person ivan-mrkic]
name: Ivan Mrkić
country: SRB
role: 2012-07-27 .. 2014-04-27 | SRBGOV | Minister of Foreign Affairs | foreign-minister

[person nikola-selakovic]
name: Nikola Selaković
short: Selaković
country: SRB
role: 2020-10-28 .. 2022-10-26 | SRBGOV | Minister of Foreign Affairs | foreign-minister

[person marko-djuric]
name: Marko Đurić
alias: Marko Djuric | Marko Duric
country: SRB
role: 2024-05-02 .. present | SRBGOV | Minister of Foreign Affairs | foreign-minister

# Defence Ministers

[person dragoljub-ojdanic]
name: Dragoljub Ojdanić
short: Ojdanić
country: SRB
role: 2000-02 .. 2000-11-04 | FRYGOV | Minister of Defence of the Federal Republic of Yugoslavia | defence-minister

[person prvoslav-davinic]
name: Prvoslav Davinić
country: SRB
role: 2004-04-16 .. 2005-10 | SCGGOV | Minister of Defence of Serbia and Montenegro | defence-minister

[person zoran-stankovic]
name: Zoran Stanković
country: SRB
role: 2005-10 .. 2006-06-05 | SCGGOV | Minister of Defence of Serbia and Montenegro | defence-minister
role: 2006-06-05 .. 2007-05-15 | SRBGOV | Minister of Defence | defence-minister

[person dragan-sutanovac]
name: Dragan Šutanovac
short: Šutanovac
country: SRB
role: 2007-05-15 .. 2012-07-27 | SRBGOV | Minister of Defence | defence-minister

[person nebojsa-rodic]
name: Nebojša Rodić
country: SRB
role: 2013-09-02 .. 2014-04-27 | SRBGOV | Minister of Defence | defence-minister

[person bratislav-gasic]
name: Bratislav Gašić
short: Gašić
country: SRB
role: 2014-04-27 .. 2016-02-05 | SRBGOV | Minister of Defence | defence-minister
role: 2022-10-26 .. 2024-05-02 | SRBGOV | Minister of the Interior | interior-minister
role: 2024-05-02 .. present | SRBGOV | Minister of Defence | defence-minister

[person zoran-djordjevic]
name: Zoran Đorđević
alias: Zoran Djordjevic | Zoran Dordevic
country: SRB
role: 2016-02-05 .. 2017-06-29 | SRBGOV | Minister of Defence | defence-minister

[person aleksandar-vulin]
name: Aleksandar Vulin
short: Vulin
country: SRB
role: 2017-06-29 .. 2020-10-28 | SRBGOV | Minister of Defence | defence-minister
role: 2020-10-28 .. 2022-10-26 | SRBGOV | Minister of the Interior | interior-minister

[person nebojsa-stefanovic]
name: Nebojša Stefanović
country: SRB
role: 2014-04-27 .. 2020-10-28 | SRBGOV | Minister of the Interior | interior-minister
role: 2020-10-28 .. 2022-10-26 | SRBGOV | Minister of Defence | defence-minister

# ---------------------------------------------------------------------------------------------------------------
# Hungary
# ---------------------------------------------------------------------------------------------------------------

[person arpad-goncz]
name: Árpád Göncz
country: HUN
role: 1990-05-02 .. 2000-08-04 | HUNGOV | President of Hungary | head-of-state

[person ferenc-madl]
name: Ferenc Mádl
short: Mádl
country: HUN
role: 2000-08-04 .. 2005-08-05 | HUNGOV | President of Hungary | head-of-state

[person laszlo-solyom]
name: László Sólyom
short: Sólyom
country: HUN
role: 2005-08-05 .. 2010-08-06 | HUNGOV | President of Hungary | head-of-state

[person pal-schmitt]
name: Pál Schmitt
country: HUN
role: 2010-05-14 .. 2010-08-05 | HUNLEG | Speaker of the National Assembly | legislature-speaker
role: 2010-08-06 .. 2012-04-02 | HUNGOV | President of Hungary | head-of-state

[person janos-ader]
name: János Áder
short: Áder
country: HUN
role: 2012-05-10 .. 2022-05-10 | HUNGOV | President of Hungary | head-of-state

[person katalin-novak]
name: Katalin Novák
country: HUN
role: 2022-05-10 .. 2024-02-26 | HUNGOV | President of Hungary | head-of-state

[person tamas-sulyok]
name: Tamás Sulyok
short: Sulyok
country: HUN
role: 2016-11 .. 2024-03-05 | HUNJUD | President of the Constitutional Court | judge
role: 2024-03-05 .. present | HUNGOV | President of Hungary | head-of-state

[person viktor-orban]
name: Viktor Orbán
alias: Viktor Mihály Orbán
short: Orbán
country: HUN
born: 1963-05-31
role: 1998-07-06 .. 2002-05-27 | HUNGOV | Prime Minister of Hungary | head-of-government
role: 2003-05 .. 2010-05-29 | HUNOPP | Leader of Fidesz, main opposition party | party-leader, opposition-leader
role: 2010-05-29 .. 2026-05-09 | HUNGOV | Prime Minister of Hungary | head-of-government

[person peter-medgyessy]
name: Péter Medgyessy
short: Medgyessy
country: HUN
role: 2002-05-27 .. 2004-09-29 | HUNGOV | Prime Minister of Hungary | head-of-government

[person ferenc-gyurcsany]
name: Ferenc Gyurcsány
short: Gyurcsány
country: HUN
role: 2004-09-29 .. 2009-04-14 | HUNGOV | Prime Minister of Hungary | head-of-government

[person gordon-bajnai]
name: Gordon Bajnai
short: Bajnai
country: HUN
role: 2009-04-14 .. 2010-05-29 | HUNGOV | Prime Minister of Hungary | head-of-government

[person peter-magyar]
name: Péter Magyar
country: HUN
role: 2024 .. 2026-05-09 | HUNOPP | Leader of the Tisza Party | party-leader, opposition-leader
role: 2026-05-09 .. present | HUNGOV | Prime Minister of Hungary | head-of-government

[person laszlo-kover]
name: László Kövér
short: Kövér
country: HUN
role: 2010-08-06 .. present | HUNLEG | Speaker of the National Assembly | legislature-speaker

# Foreign Ministers

[person janos-martonyi]
name: János Martonyi
short: Martonyi
country: HUN
role: 1998-07-08 .. 2002-05-27 | HUNGOV | Minister of Foreign Affairs | foreign-minister
role: 2010-05-29 .. 2014-06-06 | HUNGOV | Minister of Foreign Affairs | foreign-minister

[person laszlo-kovacs]
name: László Kovács
country: HUN
role: 2002-05-27 .. 2004-10 | HUNGOV | Minister of Foreign Affairs | foreign-minister

[person ferenc-somogyi]
name: Ferenc Somogyi
country: HUN
role: 2004-10 .. 2006-06-09 | HUNGOV | Minister of Foreign Affairs | foreign-minister

[person kinga-goncz]
name: Kinga Göncz
country: HUN
role: 2006-06-09 .. 2009-04 | HUNGOV | Minister of Foreign Affairs | foreign-minister

[person peter-balazs]
name: Péter Balázs
country: HUN
role: 2009-04 .. 2010-05-29 | HUNGOV | Minister of Foreign Affairs | foreign-minister

[person tibor-navracsics]
name: Tibor Navracsics
short: Navracsics
country: HUN
role: 2014-06-06 .. 2014-09-23 | HUNGOV | Minister of Foreign Affairs | foreign-minister
role: 2014-11-01 .. 2019-12-01 | IGOEUREEC | European Commissioner for Education, Culture, Youth and Sport | international-official

[person peter-szijjarto]
name: Péter Szijjártó
short: Szijjártó
country: HUN
role: 2014-09-23 .. 2026-05 | HUNGOV | Minister of Foreign Affairs and Trade | foreign-minister

# Defence Ministers

[person janos-szabo]
name: János Szabó
country: HUN
role: 1998-07-08 .. 2002-05-27 | HUNGOV | Minister of Defence | defence-minister

[person ferenc-juhasz]
name: Ferenc Juhász
country: HUN
role: 2002-05-27 .. 2006-06-09 | HUNGOV | Minister of Defence | defence-minister

[person imre-szekeres]
name: Imre Szekeres
country: HUN
role: 2006-06-09 .. 2010-05-29 | HUNGOV | Minister of Defence | defence-minister

[person csaba-hende]
name: Csaba Hende
short: Hende
country: HUN
role: 2010-05-29 .. 2015-09-10 | HUNGOV | Minister of Defence | defence-minister

[person istvan-simicsko]
name: István Simicskó
short: Simicskó
country: HUN
role: 2015-09-10 .. 2018-05-18 | HUNGOV | Minister of Defence | defence-minister

[person tibor-benko]
name: Tibor Benkő
country: HUN
role: 2018-05-18 .. 2022-05-24 | HUNGOV | Minister of Defence | defence-minister

[person kristof-szalay-bobrovniczky]
name: Kristóf Szalay-Bobrovniczky
short: Szalay-Bobrovniczky
country: HUN
role: 2022-05-24 .. present | HUNGOV | Minister of Defence | defence-minister

# ---------------------------------------------------------------------------------------------------------------
# Georgia
# ---------------------------------------------------------------------------------------------------------------

[person eduard-shevardnadze]
name: Eduard Shevardnadze
alias: Eduard Amvrosiyevich Shevardnadze
short: Shevardnadze
country: GEO
role: 1995-11-26 .. 2003-11-23 | GEOGOV | President of Georgia | head-of-state

[person nino-burjanadze]
name: Nino Burjanadze
alias: Nino Burdzhanadze
short: Burjanadze
country: GEO
role: 2001-11-09 .. 2008-06-07 | GEOLEG | Chairperson of the Parliament | legislature-speaker
role: 2003-11-23 .. 2004-01-25 | GEOGOV | President of Georgia (acting) | head-of-state

[person mikheil-saakashvili]
name: Mikheil Saakashvili
alias: Mikhail Saakashvili | Misha Saakashvili
short: Saakashvili
country: GEO
role: 2004-01-25 .. 2007-11-25 | GEOGOV | President of Georgia | head-of-state
role: 2008-01-20 .. 2013-11-17 | GEOGOV | President of Georgia | head-of-state
role: 2015-05-30 .. 2016-11-09 | UKRGOV | Governor of Odesa Oblast | other

[person giorgi-margvelashvili]
name: Giorgi Margvelashvili
short: Margvelashvili
country: GEO
role: 2013-11-17 .. 2018-12-16 | GEOGOV | President of Georgia | head-of-state

[person salome-zourabichvili]
name: Salome Zourabichvili
alias: Salome Zurabishvili
short: Zourabichvili
country: GEO
role: 2004-03-20 .. 2005-10-19 | GEOGOV | Minister of Foreign Affairs | foreign-minister
role: 2018-12-16 .. 2024-12-29 | GEOGOV | President of Georgia | head-of-state
role: 2024-12-29 .. present | GEOOPP | Former president recognised by the opposition as the legitimate president | opposition-leader

[person mikheil-kavelashvili]
name: Mikheil Kavelashvili
alias: Mikhail Kavelashvili
short: Kavelashvili
country: GEO
role: 2024-12-29 .. present | GEOGOV | President of Georgia | head-of-state

# Heads of government (State Ministers until 2004, Prime Ministers since)

[person giorgi-arsenishvili]
name: Giorgi Arsenishvili
country: GEO
role: 2000-05-11 .. 2001-12-21 | GEOGOV | State Minister of Georgia | head-of-government

[person avtandil-jorbenadze]
name: Avtandil Jorbenadze
country: GEO
role: 2001-12-21 .. 2003-11-27 | GEOGOV | State Minister of Georgia | head-of-government

[person zurab-zhvania]
name: Zurab Zhvania
alias: Zurab Zhvaniya
short: Zhvania
country: GEO
role: 2003-11-27 .. 2005-02-03 | GEOGOV | State Minister, then Prime Minister of Georgia | head-of-government

[person zurab-noghaideli]
name: Zurab Noghaideli
alias: Zurab Nogaideli
short: Noghaideli
country: GEO
role: 2005-02-17 .. 2007-11-16 | GEOGOV | Prime Minister of Georgia | head-of-government

[person lado-gurgenidze]
name: Lado Gurgenidze
alias: Vladimer Gurgenidze
short: Gurgenidze
country: GEO
role: 2007-11-22 .. 2008-11-01 | GEOGOV | Prime Minister of Georgia | head-of-government

[person grigol-mgaloblishvili]
name: Grigol Mgaloblishvili
short: Mgaloblishvili
country: GEO
role: 2008-11-01 .. 2009-02-06 | GEOGOV | Prime Minister of Georgia | head-of-government

[person nika-gilauri]
name: Nika Gilauri
short: Gilauri
country: GEO
role: 2009-02-06 .. 2012-07-04 | GEOGOV | Prime Minister of Georgia | head-of-government

[person vano-merabishvili]
name: Vano Merabishvili
alias: Ivane Merabishvili
short: Merabishvili
country: GEO
role: 2012-07-04 .. 2012-10-25 | GEOGOV | Prime Minister of Georgia | head-of-government

[person bidzina-ivanishvili]
name: Bidzina Ivanishvili
alias: Boris Ivanishvili
short: Ivanishvili
country: GEO
role: 2012-10-25 .. 2013-11-20 | GEOGOV | Prime Minister of Georgia | head-of-government
role: 2023-12-30 .. present | GEOGOV | Honorary Chairman of Georgian Dream (ruling party) | party-leader

[person irakli-garibashvili]
name: Irakli Garibashvili
alias: Irakli Gharibashvili
short: Garibashvili
country: GEO
role: 2013-11-20 .. 2015-12-30 | GEOGOV | Prime Minister of Georgia | head-of-government
role: 2019-09-08 .. 2021-02-22 | GEOGOV | Minister of Defence | defence-minister
role: 2021-02-22 .. 2024-02-08 | GEOGOV | Prime Minister of Georgia | head-of-government

[person giorgi-kvirikashvili]
name: Giorgi Kvirikashvili
short: Kvirikashvili
country: GEO
role: 2015-09-01 .. 2015-12-30 | GEOGOV | Minister of Foreign Affairs | foreign-minister
role: 2015-12-30 .. 2018-06-20 | GEOGOV | Prime Minister of Georgia | head-of-government

[person mamuka-bakhtadze]
name: Mamuka Bakhtadze
short: Bakhtadze
country: GEO
role: 2018-06-20 .. 2019-09-08 | GEOGOV | Prime Minister of Georgia | head-of-government

[person giorgi-gakharia]
name: Giorgi Gakharia
short: Gakharia
country: GEO
role: 2017-11 .. 2019-09-08 | GEOGOV | Minister of Internal Affairs | interior-minister
role: 2019-09-08 .. 2021-02-18 | GEOGOV | Prime Minister of Georgia | head-of-government

[person irakli-kobakhidze]
name: Irakli Kobakhidze
short: Kobakhidze
country: GEO
role: 2016-11-18 .. 2019-06-21 | GEOLEG | Chairman of the Parliament | legislature-speaker
role: 2024-02-08 .. present | GEOGOV | Prime Minister of Georgia | head-of-government

# Foreign Ministers

[person irakli-menagarishvili]
name: Irakli Menagarishvili
country: GEO
role: 1995 .. 2003-11 | GEOGOV | Minister of Foreign Affairs | foreign-minister

[person tedo-japaridze]
name: Tedo Japaridze
country: GEO
role: 2003-11 .. 2004-03-20 | GEOGOV | Minister of Foreign Affairs | foreign-minister

[person gela-bezhuashvili]
name: Gela Bezhuashvili
short: Bezhuashvili
country: GEO
role: 2005-10 .. 2008-01-31 | GEOGOV | Minister of Foreign Affairs | foreign-minister

[person david-bakradze]
name: David Bakradze
alias: Davit Bakradze
country: GEO
role: 2008-01-31 .. 2008-06 | GEOGOV | Minister of Foreign Affairs | foreign-minister
role: 2008-06-07 .. 2012-10-21 | GEOLEG | Chairman of the Parliament | legislature-speaker

[person eka-tkeshelashvili]
name: Eka Tkeshelashvili
alias: Ekaterine Tkeshelashvili
short: Tkeshelashvili
country: GEO
role: 2008-06 .. 2008-12-05 | GEOGOV | Minister of Foreign Affairs | foreign-minister

[person grigol-vashadze]
name: Grigol Vashadze
short: Vashadze
country: GEO
role: 2008-12-06 .. 2012-10-25 | GEOGOV | Minister of Foreign Affairs | foreign-minister

[person maia-panjikidze]
name: Maia Panjikidze
short: Panjikidze
country: GEO
role: 2012-10-25 .. 2014-11-05 | GEOGOV | Minister of Foreign Affairs | foreign-minister

[person tamar-beruchashvili]
name: Tamar Beruchashvili
short: Beruchashvili
country: GEO
role: 2014-11-05 .. 2015-09-01 | GEOGOV | Minister of Foreign Affairs | foreign-minister

[person mikheil-janelidze]
name: Mikheil Janelidze
country: GEO
role: 2015-12-30 .. 2018-06 | GEOGOV | Minister of Foreign Affairs | foreign-minister

[person david-zalkaliani]
name: David Zalkaliani
alias: Davit Zalkaliani
short: Zalkaliani
country: GEO
role: 2018-06 .. 2022-03 | GEOGOV | Minister of Foreign Affairs | foreign-minister

[person ilia-darchiashvili]
name: Ilia Darchiashvili
short: Darchiashvili
country: GEO
role: 2022-03 .. 2024-12 | GEOGOV | Minister of Foreign Affairs | foreign-minister

[person maka-botchorishvili]
name: Maka Botchorishvili
alias: Maka Bochorishvili
short: Botchorishvili
country: GEO
role: 2024-12 .. present | GEOGOV | Minister of Foreign Affairs | foreign-minister

# Defence Ministers

[person david-tevzadze]
name: David Tevzadze
country: GEO
role: 1998 .. 2004-06 | GEOGOV | Minister of Defence | defence-minister

[person giorgi-baramidze]
name: Giorgi Baramidze
short: Baramidze
country: GEO
role: 2004-06 .. 2004-12 | GEOGOV | Minister of Defence | defence-minister

[person irakli-okruashvili]
name: Irakli Okruashvili
short: Okruashvili
country: GEO
role: 2004-12 .. 2006-11 | GEOGOV | Minister of Defence | defence-minister

[person davit-kezerashvili]
name: Davit Kezerashvili
alias: David Kezerashvili
short: Kezerashvili
country: GEO
role: 2006-11 .. 2008-12 | GEOGOV | Minister of Defence | defence-minister

[person vasil-sikharulidze]
name: Vasil Sikharulidze
country: GEO
role: 2008-12 .. 2009-08 | GEOGOV | Minister of Defence | defence-minister

[person bacho-akhalaia]
name: Bacho Akhalaia
short: Akhalaia
country: GEO
role: 2009-08 .. 2012-07 | GEOGOV | Minister of Defence | defence-minister

[person irakli-alasania]
name: Irakli Alasania
short: Alasania
country: GEO
role: 2012-10-25 .. 2014-11-04 | GEOGOV | Minister of Defence | defence-minister

[person tinatin-khidasheli]
name: Tinatin Khidasheli
short: Khidasheli
country: GEO
role: 2015-05-01 .. 2016-08-01 | GEOGOV | Minister of Defence | defence-minister

[person levan-izoria]
name: Levan Izoria
short: Izoria
country: GEO
role: 2016-08-01 .. 2019-09-08 | GEOGOV | Minister of Defence | defence-minister

[person juansher-burchuladze]
name: Juansher Burchuladze
short: Burchuladze
country: GEO
role: 2021-02-22 .. 2024-02-08 | GEOGOV | Minister of Defence | defence-minister

[person irakli-chikovani]
name: Irakli Chikovani
short: Chikovani
country: GEO
role: 2024-02-08 .. present | GEOGOV | Minister of Defence | defence-minister

# ---------------------------------------------------------------------------------------------------------------
# European Union (IGOEUREEC)
# ---------------------------------------------------------------------------------------------------------------

[person jose-manuel-barroso]
name: José Manuel Barroso
alias: José Manuel Durão Barroso
short: Barroso
country: PRT
role: 2002-04-06 .. 2004-07-17 | PRTGOV | Prime Minister of Portugal | head-of-government
role: 2004-11-22 .. 2014-11-01 | IGOEUREEC | President of the European Commission | international-official

[person jean-claude-juncker]
name: Jean-Claude Juncker
short: Juncker
country: LUX
role: 1995-01-20 .. 2013-12-04 | LUXGOV | Prime Minister of Luxembourg | head-of-government
role: 2014-11-01 .. 2019-12-01 | IGOEUREEC | President of the European Commission | international-official

[person herman-van-rompuy]
name: Herman Van Rompuy
short: Van Rompuy
country: BEL
role: 2008-12-30 .. 2009-11-25 | BELGOV | Prime Minister of Belgium | head-of-government
role: 2009-12-01 .. 2014-12-01 | IGOEUREEC | President of the European Council | international-official

[person charles-michel]
name: Charles Michel
country: BEL
role: 2014-10-11 .. 2019-10-27 | BELGOV | Prime Minister of Belgium | head-of-government
role: 2019-12-01 .. 2024-12-01 | IGOEUREEC | President of the European Council | international-official

[person antonio-costa]
name: António Costa
alias: António Luís Santos da Costa
country: PRT
role: 2015-11-26 .. 2024-04-02 | PRTGOV | Prime Minister of Portugal | head-of-government
role: 2024-12-01 .. present | IGOEUREEC | President of the European Council | international-official

[person javier-solana]
name: Javier Solana
alias: Francisco Javier Solana de Madariaga
short: Solana
country: ESP
role: 1995-12-05 .. 1999-10-06 | IGOWSTNAT | Secretary General of NATO | international-official
role: 1999-10-18 .. 2009-12-01 | IGOEUREEC | High Representative for the Common Foreign and Security Policy | international-official

[person catherine-ashton]
name: Catherine Ashton
alias: Baroness Ashton | Lady Ashton | Catherine Margaret Ashton
country: GBR
role: 2008-10-03 .. 2009-12-01 | IGOEUREEC | European Commissioner for Trade | international-official
role: 2009-12-01 .. 2014-11-01 | IGOEUREEC | High Representative of the Union for Foreign Affairs and Security Policy | international-official

[person federica-mogherini]
name: Federica Mogherini
short: Mogherini
country: ITA
role: 2014-02-22 .. 2014-10-31 | ITAGOV | Minister of Foreign Affairs | foreign-minister
role: 2014-11-01 .. 2019-12-01 | IGOEUREEC | High Representative of the Union for Foreign Affairs and Security Policy | international-official

[person josep-borrell]
name: Josep Borrell
alias: Josep Borrell Fontelles
short: Borrell
country: ESP
role: 2004-07-20 .. 2007-01-16 | IGOEUREEC | President of the European Parliament | legislature-speaker
role: 2018-06-07 .. 2019-11-30 | ESPGOV | Minister of Foreign Affairs | foreign-minister
role: 2019-12-01 .. 2024-12-01 | IGOEUREEC | High Representative of the Union for Foreign Affairs and Security Policy | international-official

[person kaja-kallas]
name: Kaja Kallas
short: Kallas
country: EST
role: 2021-01-26 .. 2024-07-23 | ESTGOV | Prime Minister of Estonia | head-of-government
role: 2024-12-01 .. present | IGOEUREEC | High Representative of the Union for Foreign Affairs and Security Policy | international-official

[person martin-schulz]
name: Martin Schulz
country: DEU
role: 2012-01-17 .. 2017-01-17 | IGOEUREEC | President of the European Parliament | legislature-speaker

[person david-sassoli]
name: David Sassoli
short: Sassoli
country: ITA
role: 2019-07-03 .. 2022-01-11 | IGOEUREEC | President of the European Parliament | legislature-speaker

[person roberta-metsola]
name: Roberta Metsola
short: Metsola
country: MLT
role: 2022-01-18 .. present | IGOEUREEC | President of the European Parliament | legislature-speaker

# ---------------------------------------------------------------------------------------------------------------
# NATO (IGOWSTNAT)
# ---------------------------------------------------------------------------------------------------------------

[person jaap-de-hoop-scheffer]
name: Jaap de Hoop Scheffer
alias: Jakob Gijsbert de Hoop Scheffer
short: de Hoop Scheffer
country: NLD
role: 2002-07-22 .. 2003-12-03 | NLDGOV | Minister of Foreign Affairs of the Netherlands | foreign-minister
role: 2004-01-01 .. 2009-08-01 | IGOWSTNAT | Secretary General of NATO | international-official

[person anders-fogh-rasmussen]
name: Anders Fogh Rasmussen
country: DNK
role: 2001-11-27 .. 2009-04-05 | DNKGOV | Prime Minister of Denmark | head-of-government
role: 2009-08-01 .. 2014-10-01 | IGOWSTNAT | Secretary General of NATO | international-official

[person jens-stoltenberg]
name: Jens Stoltenberg
short: Stoltenberg
country: NOR
born: 1959-03-16
role: 2005-10-17 .. 2013-10-16 | NORGOV | Prime Minister of Norway | head-of-government
role: 2014-10-01 .. 2024-10-01 | IGOWSTNAT | Secretary General of NATO | international-official
role: 2025-02-04 .. present | NORGOV | Minister of Finance of Norway | finance-minister

[person mark-rutte]
name: Mark Rutte
short: Rutte
country: NLD
born: 1967-02-14
role: 2010-10-14 .. 2024-07-02 | NLDGOV | Prime Minister of the Netherlands | head-of-government
role: 2024-10-01 .. present | IGOWSTNAT | Secretary General of NATO | international-official

# ---------------------------------------------------------------------------------------------------------------
# United Nations (IGOUNO)
# ---------------------------------------------------------------------------------------------------------------

[person kofi-annan]
name: Kofi Annan
alias: Kofi Atta Annan
short: Annan
country: GHA
role: 1997-01-01 .. 2007-01-01 | IGOUNO | Secretary-General of the United Nations | international-official
role: 2012-02-23 .. 2012-08-31 | IGOUNO | UN–Arab League Joint Special Envoy for Syria | envoy

[person ban-ki-moon]
name: Ban Ki-moon
alias: Ban Ki Moon | Ban Gi-mun
country: KOR
role: 2004-01-17 .. 2006-11-09 | KORGOV | Minister of Foreign Affairs of South Korea | foreign-minister
role: 2007-01-01 .. 2017-01-01 | IGOUNO | Secretary-General of the United Nations | international-official

[person antonio-guterres]
name: António Guterres
alias: António Manuel de Oliveira Guterres
short: Guterres
country: PRT
born: 1949-04-30
role: 1995-10-28 .. 2002-04-06 | PRTGOV | Prime Minister of Portugal | head-of-government
role: 2005-06-15 .. 2016-01-01 | IGOUNOREFHCR | United Nations High Commissioner for Refugees | international-official
role: 2017-01-01 .. present | IGOUNO | Secretary-General of the United Nations | international-official

# Popes: heads of the Holy See (VAT). "Francis" and "Leo" alone are no short names: too many others share them.
[person pope-john-paul-ii]
name: Pope John Paul II
alias: John Paul II | Karol Wojtyla
country: VAT
role: 1978-10-16 .. 2005-04-02 | VATGOV | Pope | head-of-state

[person pope-benedict-xvi]
name: Pope Benedict XVI
alias: Benedict XVI | Joseph Ratzinger | Pope Benedict
country: VAT
role: 2005-04-19 .. 2013-02-28 | VATGOV | Pope | head-of-state

[person pope-francis]
name: Pope Francis
alias: Jorge Mario Bergoglio
country: VAT
born: 1936-12-17
role: 2013-03-13 .. 2025-04-21 | VATGOV | Pope | head-of-state

[person pope-leo-xiv]
name: Pope Leo XIV
alias: Leo XIV | Robert Francis Prevost | Robert Prevost | Pope Leo
country: VAT
born: 1955-09-14
role: 2025-05-08 .. present | VATGOV | Pope | head-of-state

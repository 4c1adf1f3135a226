// The CAMEO event ontology as Dyad uses it, written for this project (see the header inside the text for provenance).

/// Our CAMEO event table: one line per code, parsed once by ``CAMEOOntology``.
///
/// Edit this table by hand; `EventCodeTests` checks its invariants (316 codes, parents present, values in range).
let cameoOntologyData = #"""
# Dyad's CAMEO event table. Written for Dyad; no file below was copied, only the facts were taken:
#   codes and names   CAMEO 1.1b3 manual (Schrodt et al.), chapter 6 "CAMEO Event Codes".
#                     Manual typos fixed: "1883" is 183; "Threate n" is "Threaten".
#   GDELT name        GDELT lookup CAMEO.eventcodes.txt, kept for exports where it differs from the manual.
#                     Its line "1056 ...engagement106:[-5.0] Demand withdrawal" is split into 1056 and 106;
#                     its mojibake for 044 is read as the manual's 'Meet at a "third" location'.
#   Goldstein         GDELT lookup CAMEO.goldsteinscale.txt (311 codes). The cyber and drone codes of the
#                     1.1b3 manual (155, 176, 1834, 1951, 1952) are not in GDELT: they take their parent's value.
#   PLOVER            CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8, 17 Sep 2021), event types named as in the
#                     PLOVER 2.0 draft (16 types); a legacy label would be translated DEMAND->REQUEST,
#                     DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE, FIGHT->ASSAULT (the 2.0 manual's table
#                     "PLOVER equivalents to CAMEO cue categories"). Modes and contexts as the 2021 table
#                     writes them, except: 175's "pro_autocracy" stood in the mode column but is a context;
#                     085's mode "ease" is dropped (the table notes "ease" is no longer a mode). The table's
#                     rows 1213 and 1214 are not CAMEO codes and are left out. 01 and 02 are "dropped" in PLOVER.
#                     0831 (in practice an official's resignation) follows the 2.0 manual, which puts
#                     "resignations of government officials" under RETREAT with the mode "resign"; the 2021
#                     table had CONCEDE. 1712 (destroy property) is COERCE: the 2021 table gave it ASSAULT with
#                     the mode "seize", which the 2.0 manual defines only for COERCE (with confiscation, 1711).
#                     163 (impose embargo, boycott or sanctions) is SANCTION "discontinue": the 2.0 manual says
#                     "international (political or economic) sanctions are coded as 'discontinue'"; the 2021
#                     table had COERCE "restrict".
#
# Columns, separated by "|", blanks around values ignored:
#   code       2 to 4 digits, leading zero kept; the root is the first two digits, the parent drops the last digit
#   goldstein  Goldstein value, -10 ... +10
#   from       gdelt: GDELT's value; parent: GDELT has no value, the parent's is used (inherited)
#   plover     PLOVER 2.0 event type, or "dropped" (no PLOVER equivalent)
#   basis      2021: from the 2021 table; inferred: not in the table (or ambiguous there), derived by us from the
#              parent's mapping and the 2.0 manual's modes (cyber, explosives, aerial, drone); root 08 follows 080
#   mode       PLOVER mode, "-" for none
#   contexts   PLOVER contexts separated by ";", "-" for none
#   name       the CAMEO 1.1b3 manual's name
#   gdelt name "=" when GDELT's name is the manual's, "-" when GDELT lacks the code, else GDELT's name
#
# code | goldstein | from | plover | basis | mode | contexts | name | gdelt name
01   | 0.0   | gdelt  | dropped   | -        | -              | -                      | MAKE PUBLIC STATEMENT | =
010  | 0.0   | gdelt  | dropped   | -        | -              | -                      | Make statement, not specified below | =
011  | -0.1  | gdelt  | dropped   | -        | -              | -                      | Decline comment | =
012  | -0.4  | gdelt  | dropped   | -        | -              | -                      | Make pessimistic comment | =
013  | 0.4   | gdelt  | dropped   | -        | -              | -                      | Make optimistic comment | =
014  | 0.0   | gdelt  | dropped   | -        | -              | -                      | Consider policy option | =
015  | 0.0   | gdelt  | dropped   | -        | -              | -                      | Acknowledge or claim responsibility | =
016  | -2.0  | gdelt  | dropped   | -        | -              | -                      | Deny responsibility | =
017  | 0.0   | gdelt  | dropped   | -        | -              | -                      | Engage in symbolic act | =
018  | 3.4   | gdelt  | dropped   | -        | -              | -                      | Make empathetic comment | =
019  | 3.4   | gdelt  | dropped   | -        | -              | -                      | Express accord | =
02   | 3.0   | gdelt  | dropped   | -        | -              | -                      | APPEAL | =
020  | 3.0   | gdelt  | dropped   | -        | -              | -                      | Make an appeal or request, not specified below | Appeal, not specified below
021  | 3.4   | gdelt  | dropped   | -        | -              | -                      | Appeal for material cooperation, not specified below | =
0211 | 3.4   | gdelt  | dropped   | -        | -              | -                      | Appeal for economic cooperation | =
0212 | 3.4   | gdelt  | dropped   | -        | -              | -                      | Appeal for military cooperation | =
0213 | 3.4   | gdelt  | dropped   | -        | -              | -                      | Appeal for judicial cooperation | =
0214 | 3.4   | gdelt  | dropped   | -        | -              | -                      | Appeal for intelligence | =
022  | 3.2   | gdelt  | dropped   | -        | -              | -                      | Appeal for diplomatic cooperation (such as policy support) | Appeal for diplomatic cooperation, such as policy support
023  | 3.4   | gdelt  | dropped   | -        | -              | -                      | Appeal for aid, not specified below | =
0231 | 3.4   | gdelt  | dropped   | -        | -              | -                      | Appeal for economic aid | =
0232 | 3.4   | gdelt  | dropped   | -        | -              | -                      | Appeal for military aid | =
0233 | 3.4   | gdelt  | dropped   | -        | -              | -                      | Appeal for humanitarian aid | =
0234 | 3.4   | gdelt  | dropped   | -        | -              | -                      | Appeal for military protection or peacekeeping | =
024  | -0.3  | gdelt  | dropped   | -        | -              | -                      | Appeal for political reform, not specified below | =
0241 | -0.3  | gdelt  | dropped   | -        | -              | -                      | Appeal for change in leadership | =
0242 | -0.3  | gdelt  | dropped   | -        | -              | -                      | Appeal for policy change | =
0243 | -0.3  | gdelt  | dropped   | -        | -              | -                      | Appeal for rights | =
0244 | -0.3  | gdelt  | dropped   | -        | -              | -                      | Appeal for change in institutions, regime | =
025  | -0.3  | gdelt  | dropped   | -        | -              | -                      | Appeal to yield, not specified below | Appeal to yield
0251 | -0.3  | gdelt  | dropped   | -        | -              | -                      | Appeal for easing of administrative sanctions | =
0252 | -0.3  | gdelt  | dropped   | -        | -              | -                      | Appeal for easing of political dissent | Appeal for easing of popular dissent
0253 | -0.3  | gdelt  | dropped   | -        | -              | -                      | Appeal for release of persons or property | =
0254 | -0.3  | gdelt  | dropped   | -        | -              | -                      | Appeal for easing of economic sanctions, boycott, or embargo | =
0255 | -0.3  | gdelt  | dropped   | -        | -              | -                      | Appeal for target to allow international involvement (non-mediation) | =
0256 | -0.3  | gdelt  | dropped   | -        | -              | -                      | Appeal for de-escalation of military engagement | =
026  | 4.0   | gdelt  | dropped   | -        | -              | -                      | Appeal to others to meet or negotiate | =
027  | 4.0   | gdelt  | dropped   | -        | -              | -                      | Appeal to others to settle dispute | =
028  | 4.0   | gdelt  | dropped   | -        | -              | -                      | Appeal to engage in or accept mediation | Appeal to others to engage in or accept mediation
03   | 4.0   | gdelt  | AGREE     | 2021     | -              | -                      | EXPRESS INTENT TO COOPERATE | =
030  | 4.0   | gdelt  | AGREE     | 2021     | -              | diplomatic             | Express intent to cooperate, not specified below | =
031  | 5.2   | gdelt  | AGREE     | 2021     | -              | diplomatic             | Express intent to engage in material cooperation, not specified below | Express intent to engage in material cooperation,  not specified below
0311 | 5.2   | gdelt  | AGREE     | 2021     | -              | economic               | Express intent to cooperate economically | =
0312 | 5.2   | gdelt  | AGREE     | 2021     | -              | military               | Express intent to cooperate militarily | =
0313 | 5.2   | gdelt  | AGREE     | 2021     | -              | legal                  | Express intent to cooperate on judicial matters | =
0314 | 5.2   | gdelt  | AGREE     | 2021     | -              | intelligence           | Express intent to cooperate on intelligence | =
032  | 4.5   | gdelt  | AGREE     | 2021     | -              | diplomatic             | Express intent to engage in diplomatic cooperation (such as policy support) | Express intent to provide diplomatic cooperation such as policy support
033  | 5.2   | gdelt  | AGREE     | 2021     | -              | diplomatic             | Express intent to provide material aid, not specified below | Express intent to provide matyerial aid, not specified below
0331 | 5.2   | gdelt  | AGREE     | 2021     | -              | economic               | Express intent to provide economic aid | =
0332 | 5.2   | gdelt  | AGREE     | 2021     | -              | military               | Express intent to provide military aid | =
0333 | 5.2   | gdelt  | AGREE     | 2021     | -              | humanitarian           | Express intent to provide humanitarian aid | =
0334 | 6.0   | gdelt  | AGREE     | 2021     | -              | peacekeeping           | Express intent to provide military protection or peacekeeping | =
034  | 7.0   | gdelt  | AGREE     | 2021     | -              | political_institutions | Express intent to institute political reform, not specified below | =
0341 | 7.0   | gdelt  | AGREE     | 2021     | -              | political_institutions | Express intent to change leadership | =
0342 | 7.0   | gdelt  | AGREE     | 2021     | -              | executive              | Express intent to change policy | =
0343 | 7.0   | gdelt  | AGREE     | 2021     | -              | rights_freedoms        | Express intent to provide rights | =
0344 | 7.0   | gdelt  | AGREE     | 2021     | -              | political_institutions | Express intent to change institutions, regime | =
035  | 7.0   | gdelt  | AGREE     | 2021     | -              | -                      | Express intent to yield, not specified below | =
0351 | 7.0   | gdelt  | AGREE     | 2021     | -              | rights_freedoms        | Express intent to ease administrative sanctions | =
0352 | 7.0   | gdelt  | AGREE     | 2021     | -              | -                      | Express intent to ease popular dissent | =
0353 | 7.0   | gdelt  | AGREE     | 2021     | -              | rights_freedoms        | Express intent to release persons or property | =
0354 | 7.0   | gdelt  | AGREE     | 2021     | -              | economic               | Express intent to ease economic sanctions, boycott, or embargo | =
0355 | 7.0   | gdelt  | AGREE     | 2021     | -              | diplomatic             | Express intent to allow international involvement (non-mediation) | Express intent allow international involvement (not mediation)
0356 | 7.0   | gdelt  | AGREE     | 2021     | -              | military               | Express intent to de-escalate military engagement | =
036  | 4.0   | gdelt  | AGREE     | 2021     | -              | diplomatic             | Express intent to meet or negotiate | =
037  | 5.0   | gdelt  | AGREE     | 2021     | -              | diplomatic             | Express intent to settle dispute | =
038  | 7.0   | gdelt  | AGREE     | 2021     | -              | diplomatic             | Express intent to accept mediation | =
039  | 5.0   | gdelt  | AGREE     | 2021     | -              | diplomatic             | Express intent to mediate | =
04   | 1.0   | gdelt  | CONSULT   | 2021     | -              | -                      | CONSULT | =
040  | 1.0   | gdelt  | CONSULT   | 2021     | -              | -                      | Consult, not specified below | =
041  | 1.0   | gdelt  | CONSULT   | 2021     | phone          | -                      | Discuss by telephone | =
042  | 1.9   | gdelt  | CONSULT   | 2021     | visit          | -                      | Make a visit | =
043  | 2.8   | gdelt  | CONSULT   | 2021     | visit          | -                      | Host a visit | =
044  | 2.5   | gdelt  | CONSULT   | 2021     | third-party    | -                      | Meet at a "third" location | =
045  | 5.0   | gdelt  | CONSULT   | 2021     | -              | diplomatic             | Mediate | =
046  | 7.0   | gdelt  | CONSULT   | 2021     | -              | diplomatic             | Engage in negotiation | =
05   | 3.5   | gdelt  | SUPPORT   | 2021     | -              | -                      | ENGAGE IN DIPLOMATIC COOPERATION | =
050  | 3.5   | gdelt  | SUPPORT   | 2021     | -              | diplomatic             | Engage in diplomatic cooperation, not specified below | =
051  | 3.4   | gdelt  | SUPPORT   | 2021     | -              | diplomatic             | Praise or endorse | =
052  | 3.5   | gdelt  | SUPPORT   | 2021     | -              | diplomatic             | Defend verbally | =
053  | 3.8   | gdelt  | SUPPORT   | 2021     | -              | diplomatic             | Rally support on behalf of | =
054  | 6.0   | gdelt  | SUPPORT   | 2021     | -              | diplomatic             | Grant diplomatic recognition | =
055  | 7.0   | gdelt  | SUPPORT   | 2021     | -              | diplomatic             | Apologize | =
056  | 7.0   | gdelt  | SUPPORT   | 2021     | -              | diplomatic             | Forgive | =
057  | 8.0   | gdelt  | SUPPORT   | 2021     | -              | diplomatic             | Sign formal agreement | =
06   | 6.0   | gdelt  | COOPERATE | 2021     | -              | -                      | ENGAGE IN MATERIAL COOPERATION | =
060  | 6.0   | gdelt  | COOPERATE | 2021     | -              | -                      | Engage in material cooperation, not specified below | =
061  | 6.4   | gdelt  | COOPERATE | 2021     | -              | economic               | Cooperate economically | =
062  | 7.4   | gdelt  | COOPERATE | 2021     | -              | military               | Cooperate militarily | =
063  | 7.4   | gdelt  | COOPERATE | 2021     | -              | legal                  | Engage in judicial cooperation | =
064  | 7.0   | gdelt  | COOPERATE | 2021     | -              | intelligence           | Share intelligence or information | =
07   | 7.0   | gdelt  | AID       | 2021     | -              | -                      | PROVIDE AID | =
070  | 7.0   | gdelt  | AID       | 2021     | -              | -                      | Provide aid, not specified below | =
071  | 7.4   | gdelt  | AID       | 2021     | -              | economic               | Provide economic aid | =
072  | 8.3   | gdelt  | AID       | 2021     | -              | military               | Provide military aid | =
073  | 7.4   | gdelt  | AID       | 2021     | -              | humanitarian           | Provide humanitarian aid | =
074  | 8.5   | gdelt  | AID       | 2021     | -              | peacekeeping           | Provide military protection or peacekeeping | =
075  | 7.0   | gdelt  | AID       | 2021     | -              | asylum                 | Grant asylum | =
08   | 5.0   | gdelt  | CONCEDE   | inferred | -              | -                      | YIELD | =
080  | 5.0   | gdelt  | CONCEDE   | 2021     | -              | -                      | Yield, not specified below | =
081  | 5.0   | gdelt  | CONCEDE   | 2021     | -              | legal                  | Ease administrative sanctions, not specified below | =
0811 | 5.0   | gdelt  | CONCEDE   | 2021     | -              | democracy              | Ease restrictions on political freedoms | =
0812 | 5.0   | gdelt  | CONCEDE   | 2021     | -              | democracy              | Ease ban on political parties or politicians | =
0813 | 5.0   | gdelt  | RETREAT   | 2021     | -              | legal                  | Ease curfew | =
0814 | 5.0   | gdelt  | RETREAT   | 2021     | -              | legal                  | Ease state of emergency or martial law | =
082  | 5.0   | gdelt  | CONCEDE   | 2021     | -              | democracy              | Ease political dissent | =
083  | 5.0   | gdelt  | CONCEDE   | 2021     | -              | political_institutions | Accede to requests or demands for political reform, not specified below | Accede to requests or demands for political reform not specified below
0831 | 5.0   | gdelt  | RETREAT   | inferred | resign         | political_institutions | Accede to demands for change in leadership | =
0832 | 5.0   | gdelt  | CONCEDE   | 2021     | -              | executive              | Accede to demands for change in policy | =
0833 | 5.0   | gdelt  | CONCEDE   | 2021     | -              | rights_freedoms        | Accede to demands for rights | =
0834 | 5.0   | gdelt  | CONCEDE   | 2021     | -              | political_institutions | Accede to demands for change in institutions, regime | =
084  | 7.0   | gdelt  | RETREAT   | 2021     | -              | -                      | Return, release, not specified below | =
0841 | 7.0   | gdelt  | RETREAT   | 2021     | release        | legal                  | Return, release person(s) | =
0842 | 7.0   | gdelt  | RETREAT   | 2021     | return         | legal                  | Return, release property | =
085  | 7.0   | gdelt  | RETREAT   | 2021     | -              | economic               | Ease economic sanctions, boycott, embargo | =
086  | 9.0   | gdelt  | RETREAT   | 2021     | access         | diplomatic             | Allow international involvement, not specified below | Allow international involvement not specified below
0861 | 9.0   | gdelt  | RETREAT   | 2021     | access         | peacekeeping           | Receive deployment of peacekeepers | =
0862 | 9.0   | gdelt  | RETREAT   | 2021     | access         | diplomatic             | Receive inspectors | =
0863 | 9.0   | gdelt  | RETREAT   | 2021     | access         | humanitarian           | Allow humanitarian access | Allow delivery of humanitarian aid
087  | 9.0   | gdelt  | RETREAT   | 2021     | disarm         | military               | De-escalate military engagement | =
0871 | 9.0   | gdelt  | RETREAT   | 2021     | ceasefire      | military               | Declare truce, ceasefire | =
0872 | 9.0   | gdelt  | RETREAT   | 2021     | withdraw       | military               | Ease military blockade | =
0873 | 9.0   | gdelt  | RETREAT   | 2021     | disarm         | military               | Demobilize armed forces | =
0874 | 10.0  | gdelt  | RETREAT   | 2021     | disarm         | military               | Retreat or surrender militarily | =
09   | -2.0  | gdelt  | ACCUSE    | 2021     | -              | -                      | INVESTIGATE | =
090  | -2.0  | gdelt  | ACCUSE    | 2021     | investigate    | -                      | Investigate, not specified below | =
091  | -2.0  | gdelt  | ACCUSE    | 2021     | investigate    | crime;corruption       | Investigate crime, corruption | =
092  | -2.0  | gdelt  | ACCUSE    | 2021     | investigate    | human_rights           | Investigate human rights abuses | =
093  | -2.0  | gdelt  | ACCUSE    | 2021     | investigate    | military               | Investigate military action | =
094  | -2.0  | gdelt  | ACCUSE    | 2021     | investigate    | military;legal         | Investigate war crimes | =
10   | -5.0  | gdelt  | REQUEST   | 2021     | -              | -                      | DEMAND | =
100  | -5.0  | gdelt  | REQUEST   | 2021     | -              | -                      | Demand, not specified below | =
101  | -5.0  | gdelt  | REQUEST   | 2021     | assist         | -                      | Demand material cooperation, not specified below | Demand information, investigation
1011 | -5.0  | gdelt  | REQUEST   | 2021     | assist         | economic               | Demand economic cooperation | =
1012 | -5.0  | gdelt  | REQUEST   | 2021     | assist         | military               | Demand military cooperation | =
1013 | -5.0  | gdelt  | REQUEST   | 2021     | assist         | legal                  | Demand judicial cooperation | =
1014 | -5.0  | gdelt  | REQUEST   | 2021     | assist         | intelligence           | Demand intelligence cooperation | =
102  | -5.0  | gdelt  | REQUEST   | 2021     | assist         | diplomatic             | Demand diplomatic cooperation (such as policy support) | Demand policy support
103  | -5.0  | gdelt  | REQUEST   | 2021     | assist         | -                      | Demand material aid, not specified below | Demand aid, protection, or peacekeeping
1031 | -5.0  | gdelt  | REQUEST   | 2021     | assist         | economic               | Demand economic aid | =
1032 | -5.0  | gdelt  | REQUEST   | 2021     | assist         | military               | Demand military aid | =
1033 | -5.0  | gdelt  | REQUEST   | 2021     | assist         | humanitarian           | Demand humanitarian aid | =
1034 | -5.0  | gdelt  | REQUEST   | 2021     | assist         | peacekeeping           | Demand military protection or peacekeeping | =
104  | -5.0  | gdelt  | REQUEST   | 2021     | change         | political_institutions | Demand political reform, not specified below | =
1041 | -5.0  | gdelt  | REQUEST   | 2021     | change         | executive              | Demand change in leadership | =
1042 | -5.0  | gdelt  | REQUEST   | 2021     | change         | executive              | Demand policy change | =
1043 | -5.0  | gdelt  | REQUEST   | 2021     | change         | rights_freedoms        | Demand rights | =
1044 | -5.0  | gdelt  | REQUEST   | 2021     | change         | political_institutions | Demand change in institutions, regime | =
105  | -5.0  | gdelt  | REQUEST   | 2021     | change         | legal                  | Demand that target yields, not specified below | Demand mediation
1051 | -5.0  | gdelt  | REQUEST   | 2021     | yield          | legal                  | Demand easing of administrative sanctions | =
1052 | -5.0  | gdelt  | REQUEST   | 2021     | yield          | legal                  | Demand easing of political dissent | =
1053 | -5.0  | gdelt  | REQUEST   | 2021     | yield          | legal                  | Demand release of persons or property | =
1054 | -5.0  | gdelt  | REQUEST   | 2021     | yield          | economic               | Demand easing of economic sanctions, boycott, or embargo | =
1055 | -5.0  | gdelt  | REQUEST   | 2021     | yield          | diplomatic             | Demand that target allows international involvement (non-mediation) | =
1056 | -5.0  | gdelt  | REQUEST   | 2021     | yield          | military               | Demand de-escalation of military engagement | =
106  | -5.0  | gdelt  | REQUEST   | 2021     | meet           | diplomatic             | Demand meeting, negotiation | Demand withdrawal
107  | -5.0  | gdelt  | REQUEST   | 2021     | meet           | diplomatic             | Demand settling of dispute | Demand ceasefire
108  | -5.0  | gdelt  | REQUEST   | 2021     | meet           | diplomatic             | Demand mediation | Demand meeting, negotiation
11   | -2.0  | gdelt  | ACCUSE    | 2021     | -              | -                      | DISAPPROVE | =
110  | -2.0  | gdelt  | ACCUSE    | 2021     | disapprove     | -                      | Disapprove, not specified below | =
111  | -2.0  | gdelt  | ACCUSE    | 2021     | disapprove     | -                      | Criticize or denounce | =
112  | -2.0  | gdelt  | ACCUSE    | 2021     | disapprove     | -                      | Accuse, not specified below | =
1121 | -2.0  | gdelt  | ACCUSE    | 2021     | allege         | crime;corruption       | Accuse of crime, corruption | =
1122 | -2.0  | gdelt  | ACCUSE    | 2021     | allege         | human_rights           | Accuse of human rights abuses | =
1123 | -2.0  | gdelt  | ACCUSE    | 2021     | allege         | military               | Accuse of aggression | =
1124 | -2.0  | gdelt  | ACCUSE    | 2021     | allege         | military;legal         | Accuse of war crimes | =
1125 | -2.0  | gdelt  | ACCUSE    | 2021     | allege         | legal                  | Accuse of espionage, treason | =
113  | -2.0  | gdelt  | ACCUSE    | 2021     | disapprove     | -                      | Rally opposition against | =
114  | -2.0  | gdelt  | ACCUSE    | 2021     | allege         | diplomatic             | Complain officially | =
115  | -2.0  | gdelt  | ACCUSE    | 2021     | allege         | legal                  | Bring lawsuit against | =
116  | -2.0  | gdelt  | ACCUSE    | 2021     | disapprove     | legal                  | Find guilty or liable (legally) | =
12   | -4.0  | gdelt  | REJECT    | 2021     | -              | -                      | REJECT | =
120  | -4.0  | gdelt  | REJECT    | 2021     | -              | -                      | Reject, not specified below | =
121  | -4.0  | gdelt  | REJECT    | 2021     | assist         | -                      | Reject material cooperation | =
1211 | -4.0  | gdelt  | REJECT    | 2021     | assist         | economic               | Reject economic cooperation | =
1212 | -4.0  | gdelt  | REJECT    | 2021     | assist         | military               | Reject military cooperation | =
122  | -4.0  | gdelt  | REJECT    | 2021     | assist         | -                      | Reject request or demand for material aid, not specified below | =
1221 | -4.0  | gdelt  | REJECT    | 2021     | assist         | economic               | Reject request for economic aid | =
1222 | -4.0  | gdelt  | REJECT    | 2021     | assist         | military               | Reject request for military aid | =
1223 | -4.0  | gdelt  | REJECT    | 2021     | assist         | humanitarian           | Reject request for humanitarian aid | =
1224 | -4.0  | gdelt  | REJECT    | 2021     | assist         | peacekeeping           | Reject request for military protection or peacekeeping | =
123  | -4.0  | gdelt  | REJECT    | 2021     | change         | political_institutions | Reject request or demand for political reform, not specified below | =
1231 | -4.0  | gdelt  | REJECT    | 2021     | change         | executive              | Reject request for change in leadership | =
1232 | -4.0  | gdelt  | REJECT    | 2021     | change         | executive              | Reject request for policy change | =
1233 | -4.0  | gdelt  | REJECT    | 2021     | change         | rights_freedoms        | Reject request for rights | =
1234 | -4.0  | gdelt  | REJECT    | 2021     | change         | political_institutions | Reject request for change in institutions, regime | =
124  | -4.0  | gdelt  | REJECT    | 2021     | change         | -                      | Refuse to yield, not specified below | =
1241 | -4.0  | gdelt  | REJECT    | 2021     | change         | executive              | Refuse to ease administrative sanctions | =
1242 | -4.0  | gdelt  | REJECT    | 2021     | change         | -                      | Refuse to ease popular dissent | =
1243 | -4.0  | gdelt  | REJECT    | 2021     | yield          | legal                  | Refuse to release persons or property | =
1244 | -4.0  | gdelt  | REJECT    | 2021     | yield          | economic               | Refuse to ease economic sanctions, boycott, or embargo | =
1245 | -4.0  | gdelt  | REJECT    | 2021     | yield          | diplomatic             | Refuse to allow international involvement (non mediation) | =
1246 | -4.0  | gdelt  | REJECT    | 2021     | yield          | military               | Refuse to de-escalate military engagement | =
125  | -5.0  | gdelt  | REJECT    | 2021     | meet           | diplomatic             | Reject proposal to meet, discuss, or negotiate | =
126  | -5.0  | gdelt  | REJECT    | 2021     | meet           | diplomatic             | Reject mediation | =
127  | -5.0  | gdelt  | REJECT    | 2021     | meet           | diplomatic             | Reject plan, agreement to settle dispute | =
128  | -5.0  | gdelt  | REJECT    | 2021     | yield          | legal                  | Defy norms, law | =
129  | -5.0  | gdelt  | REJECT    | 2021     | yield          | diplomatic             | Veto | =
13   | -6.0  | gdelt  | THREATEN  | 2021     | -              | -                      | THREATEN | =
130  | -4.4  | gdelt  | THREATEN  | 2021     | -              | -                      | Threaten, not specified below | =
131  | -5.8  | gdelt  | THREATEN  | 2021     | -              | -                      | Threaten non-force, not specified below | =
1311 | -5.8  | gdelt  | THREATEN  | 2021     | relations      | -                      | Threaten to reduce or stop aid | =
1312 | -5.8  | gdelt  | THREATEN  | 2021     | restrict       | economic               | Threaten with sanctions, boycott, embargo | Threaten to boycott, embargo, or sanction
1313 | -5.8  | gdelt  | THREATEN  | 2021     | relations      | diplomatic             | Threaten to reduce or break relations | =
132  | -5.8  | gdelt  | THREATEN  | 2021     | ban            | executive              | Threaten with administrative sanctions, not specified below | =
1321 | -5.8  | gdelt  | THREATEN  | 2021     | political      | human_rights           | Threaten with restrictions on political freedoms | Threaten to impose restrictions on political freedoms
1322 | -5.8  | gdelt  | THREATEN  | 2021     | ban            | pro_autocracy          | Threaten to ban political parties or politicians | =
1323 | -5.8  | gdelt  | THREATEN  | 2021     | restrict       | pro_autocracy          | Threaten to impose curfew | =
1324 | -5.8  | gdelt  | THREATEN  | 2021     | restrict       | pro_autocracy          | Threaten to impose state of emergency or martial law | =
133  | -5.8  | gdelt  | THREATEN  | 2021     | relations      | -                      | Threaten with political dissent, protest | Threaten political dissent, protest
134  | -5.8  | gdelt  | THREATEN  | 2021     | relations      | diplomatic             | Threaten to halt negotiations | =
135  | -5.8  | gdelt  | THREATEN  | 2021     | relations      | diplomatic             | Threaten to halt mediation | =
136  | -7.0  | gdelt  | THREATEN  | 2021     | expel          | diplomatic             | Threaten to halt international involvement (non-mediation) | =
137  | -7.0  | gdelt  | THREATEN  | 2021     | violence       | pro_autocracy          | Threaten with repression | Threaten with violent repression
138  | -7.0  | gdelt  | THREATEN  | 2021     | violence       | military               | Threaten with military force, not specified below | Threaten to use military force, not specified below
1381 | -7.0  | gdelt  | THREATEN  | 2021     | restrict       | military               | Threaten blockade | =
1382 | -7.0  | gdelt  | THREATEN  | 2021     | territory      | military               | Threaten occupation | =
1383 | -7.0  | gdelt  | THREATEN  | 2021     | violence       | military               | Threaten unconventional violence | =
1384 | -7.0  | gdelt  | THREATEN  | 2021     | violence       | military               | Threaten conventional attack | =
1385 | -7.0  | gdelt  | THREATEN  | 2021     | violence       | cbrn                   | Threaten attack with WMD | =
139  | -7.0  | gdelt  | THREATEN  | 2021     | relations      | diplomatic             | Give ultimatum | =
14   | -6.5  | gdelt  | PROTEST   | 2021     | -              | -                      | PROTEST | =
140  | -6.5  | gdelt  | PROTEST   | 2021     | -              | -                      | Engage in political dissent, not specified below | =
141  | -6.5  | gdelt  | PROTEST   | 2021     | demo           | -                      | Demonstrate or rally, not specified below | Demonstrate or rally
1411 | -6.5  | gdelt  | PROTEST   | 2021     | demo           | executive              | Demonstrate for leadership change | =
1412 | -6.5  | gdelt  | PROTEST   | 2021     | demo           | executive              | Demonstrate for policy change | =
1413 | -6.5  | gdelt  | PROTEST   | 2021     | demo           | rights_freedoms        | Demonstrate for rights | =
1414 | -6.5  | gdelt  | PROTEST   | 2021     | demo           | political_institutions | Demonstrate for change in institutions, regime | =
142  | -6.5  | gdelt  | PROTEST   | 2021     | hunger         | -                      | Conduct hunger strike, not specified below | =
1421 | -6.5  | gdelt  | PROTEST   | 2021     | hunger         | executive              | Conduct hunger strike for leadership change | =
1422 | -6.5  | gdelt  | PROTEST   | 2021     | hunger         | executive              | Conduct hunger strike for policy change | =
1423 | -6.5  | gdelt  | PROTEST   | 2021     | hunger         | rights_freedoms        | Conduct hunger strike for rights | =
1424 | -6.5  | gdelt  | PROTEST   | 2021     | hunger         | political_institutions | Conduct hunger strike for change in institutions, regime | =
143  | -6.5  | gdelt  | PROTEST   | 2021     | boycott        | -                      | Conduct strike or boycott, not specified below | =
1431 | -6.5  | gdelt  | PROTEST   | 2021     | boycott        | executive              | Conduct strike or boycott for leadership change | =
1432 | -6.5  | gdelt  | PROTEST   | 2021     | boycott        | executive              | Conduct strike or boycott for policy change | =
1433 | -6.5  | gdelt  | PROTEST   | 2021     | boycott        | rights_freedoms        | Conduct strike or boycott for rights | =
1434 | -6.5  | gdelt  | PROTEST   | 2021     | boycott        | political_institutions | Conduct strike or boycott for change in institutions, regime | =
144  | -7.5  | gdelt  | PROTEST   | 2021     | obstruct       | -                      | Obstruct passage, block, not specified below | Obstruct passage, block
1441 | -7.5  | gdelt  | PROTEST   | 2021     | obstruct       | executive              | Obstruct passage to demand leadership change | =
1442 | -7.5  | gdelt  | PROTEST   | 2021     | obstruct       | executive              | Obstruct passage to demand policy change | =
1443 | -7.5  | gdelt  | PROTEST   | 2021     | obstruct       | rights_freedoms        | Obstruct passage to demand rights | =
1444 | -7.5  | gdelt  | PROTEST   | 2021     | obstruct       | political_institutions | Obstruct passage to demand change in institutions, regime | =
145  | -7.5  | gdelt  | PROTEST   | 2021     | riot           | -                      | Protest violently, riot, not specified below | Protest violently, riot
1451 | -7.5  | gdelt  | PROTEST   | 2021     | riot           | executive              | Engage in violent protest for leadership change | =
1452 | -7.5  | gdelt  | PROTEST   | 2021     | riot           | executive              | Engage in violent protest for policy change | =
1453 | -7.5  | gdelt  | PROTEST   | 2021     | riot           | rights_freedoms        | Engage in violent protest for rights | =
1454 | -7.5  | gdelt  | PROTEST   | 2021     | riot           | political_institutions | Engage in violent protest for change in institutions, regime | Engage in violent protest for  change in institutions, regime
15   | -7.2  | gdelt  | MOBILIZE  | 2021     | -              | -                      | EXHIBIT FORCE POSTURE | =
150  | -7.2  | gdelt  | MOBILIZE  | 2021     | -              | -                      | Demonstrate military or police power, not specified below | =
151  | -7.2  | gdelt  | MOBILIZE  | 2021     | police         | -                      | Increase police alert status | =
152  | -7.2  | gdelt  | MOBILIZE  | 2021     | troops         | military               | Increase military alert status | =
153  | -7.2  | gdelt  | MOBILIZE  | 2021     | police         | -                      | Mobilize or increase police power | =
154  | -7.2  | gdelt  | MOBILIZE  | 2021     | troops         | military               | Mobilize or increase armed forces | =
155  | -7.2  | parent | MOBILIZE  | inferred | -              | cyber                  | Mobilize or increase cyber-forces | -
16   | -4.0  | gdelt  | SANCTION  | 2021     | -              | -                      | REDUCE RELATIONS | =
160  | -4.0  | gdelt  | SANCTION  | 2021     | -              | -                      | Reduce relations, not specified below | =
161  | -4.0  | gdelt  | SANCTION  | 2021     | withdraw       | diplomatic             | Reduce or break diplomatic relations | =
162  | -5.6  | gdelt  | SANCTION  | 2021     | discontinue    | human_security         | Reduce or stop material aid, not specified below | Reduce or stop aid, not specified below
1621 | -5.6  | gdelt  | SANCTION  | 2021     | discontinue    | economic               | Reduce or stop economic assistance | =
1622 | -5.6  | gdelt  | SANCTION  | 2021     | discontinue    | military               | Reduce or stop military assistance | =
1623 | -5.6  | gdelt  | SANCTION  | 2021     | discontinue    | humanitarian           | Reduce or stop humanitarian assistance | =
163  | -8.0  | gdelt  | SANCTION  | inferred | discontinue    | diplomatic             | Impose embargo, boycott, or sanctions | =
164  | -7.0  | gdelt  | SANCTION  | 2021     | withdraw       | diplomatic             | Halt negotiations | =
165  | -6.5  | gdelt  | SANCTION  | 2021     | withdraw       | diplomatic             | Halt mediation | =
166  | -7.0  | gdelt  | SANCTION  | 2021     | expel          | diplomatic             | Expel or withdraw, not specified below | =
1661 | -7.0  | gdelt  | SANCTION  | 2021     | expel          | military               | Expel or withdraw peacekeepers | =
1662 | -7.0  | gdelt  | SANCTION  | 2021     | expel          | diplomatic             | Expel or withdraw inspectors, observers | =
1663 | -7.0  | gdelt  | SANCTION  | 2021     | expel          | human_security         | Expel or withdraw aid agencies | =
17   | -7.0  | gdelt  | COERCE    | 2021     | -              | -                      | COERCE | =
170  | -7.0  | gdelt  | COERCE    | 2021     | -              | -                      | Coerce, not specified below | =
171  | -9.2  | gdelt  | COERCE    | 2021     | seize          | human_security         | Seize or damage property, not specified below | =
1711 | -9.2  | gdelt  | COERCE    | 2021     | seize          | human_security         | Confiscate property | =
1712 | -9.2  | gdelt  | COERCE    | inferred | seize          | human_security         | Destroy property | =
172  | -5.0  | gdelt  | COERCE    | 2021     | restrict       | executive              | Impose administrative sanctions, not specified below | =
1721 | -5.0  | gdelt  | COERCE    | 2021     | restrict       | rights_freedoms        | Impose restrictions on political freedoms | =
1722 | -5.0  | gdelt  | COERCE    | 2021     | ban            | pro_autocracy          | Ban political parties or politicians | =
1723 | -5.0  | gdelt  | COERCE    | 2021     | curfew         | pro_autocracy          | Impose curfew | =
1724 | -5.0  | gdelt  | COERCE    | 2021     | martial-law    | pro_autocracy          | Impose state of emergency or martial law | =
173  | -5.0  | gdelt  | COERCE    | 2021     | arrest         | legal                  | Arrest, detain, or charge with legal action | =
174  | -5.0  | gdelt  | COERCE    | 2021     | deport         | legal                  | Expel or deport individuals | =
175  | -9.0  | gdelt  | ASSAULT   | 2021     | -              | pro_autocracy;military | Use tactics of violent repression | =
176  | -7.0  | parent | COERCE    | inferred | cyber          | cyber                  | Attack cybernetically | -
18   | -9.0  | gdelt  | ASSAULT   | 2021     | -              | -                      | ASSAULT | =
180  | -9.0  | gdelt  | ASSAULT   | 2021     | -              | -                      | Use unconventional violence, not specified below | =
181  | -9.0  | gdelt  | ASSAULT   | 2021     | abduct         | -                      | Abduct, hijack, or take hostage | =
182  | -9.5  | gdelt  | ASSAULT   | 2021     | beat           | -                      | Physically assault, not specified below | =
1821 | -9.0  | gdelt  | ASSAULT   | 2021     | sexual         | -                      | Sexually assault | =
1822 | -9.0  | gdelt  | ASSAULT   | 2021     | torture        | -                      | Torture | =
1823 | -10.0 | gdelt  | ASSAULT   | 2021     | -              | -                      | Kill by physical assault | =
183  | -10.0 | gdelt  | ASSAULT   | 2021     | suicide-attack | -                      | Conduct suicide, car, or other non-military bombing, not specified below | Conduct suicide, car, or other non-military bombing, not spec below
1831 | -10.0 | gdelt  | ASSAULT   | 2021     | suicide-attack | -                      | Carry out suicide bombing | =
1832 | -10.0 | gdelt  | ASSAULT   | 2021     | explosives     | -                      | Carry out vehicular bombing | Carry out car bombing
1833 | -10.0 | gdelt  | ASSAULT   | 2021     | explosives     | -                      | Carry out roadside bombing | =
1834 | -10.0 | parent | ASSAULT   | inferred | explosives     | -                      | Carry out location bombing | -
184  | -8.0  | gdelt  | ASSAULT   | 2021     | abduct         | -                      | Use as human shield | =
185  | -8.0  | gdelt  | ASSAULT   | 2021     | assassinate    | -                      | Attempt to assassinate | =
186  | -10.0 | gdelt  | ASSAULT   | 2021     | assassinate    | -                      | Assassinate | =
19   | -10.0 | gdelt  | ASSAULT   | 2021     | -              | -                      | FIGHT | =
190  | -10.0 | gdelt  | ASSAULT   | 2021     | -              | military               | Use conventional military force, not specified below | =
191  | -9.5  | gdelt  | COERCE    | 2021     | restrict       | military               | Impose blockade, restrict movement | =
192  | -9.5  | gdelt  | COERCE    | 2021     | seize          | military               | Occupy territory | =
193  | -10.0 | gdelt  | ASSAULT   | 2021     | firearms       | military               | Fight with small arms and light weapons | =
194  | -10.0 | gdelt  | ASSAULT   | 2021     | heavy-weapons  | military               | Fight with artillery and tanks | =
195  | -10.0 | gdelt  | ASSAULT   | 2021     | heavy-weapons  | military               | Employ aerial weapons, not specified below | Employ aerial weapons
1951 | -10.0 | parent | ASSAULT   | inferred | aerial         | military               | Employ precision-guided aerial munitions | -
1952 | -10.0 | parent | ASSAULT   | inferred | drone          | military               | Employ remotely piloted aerial munitions | -
196  | -9.5  | gdelt  | ASSAULT   | 2021     | -              | legal;military         | Violate ceasefire | =
20   | -10.0 | gdelt  | ASSAULT   | 2021     | -              | -                      | USE UNCONVENTIONAL MASS VIOLENCE | =
200  | -10.0 | gdelt  | ASSAULT   | 2021     | massacre       | military               | Use unconventional mass violence, not specified below | =
201  | -9.5  | gdelt  | ASSAULT   | 2021     | cleansing      | religion_ethnicity     | Engage in mass expulsion | =
202  | -10.0 | gdelt  | ASSAULT   | 2021     | massacre       | religion_ethnicity     | Engage in mass killings | =
203  | -10.0 | gdelt  | ASSAULT   | 2021     | cleansing      | religion_ethnicity     | Engage in ethnic cleansing | =
204  | -10.0 | gdelt  | ASSAULT   | 2021     | unconventional | cbrn                   | Use weapons of mass destruction, not specified below | =
2041 | -10.0 | gdelt  | ASSAULT   | 2021     | unconventional | cbrn                   | Use chemical, biological, or radiological weapons | Use chemical, biological, or radiologicalweapons
2042 | -10.0 | gdelt  | ASSAULT   | 2021     | unconventional | cbrn                   | Detonate nuclear weapons | =
"""#

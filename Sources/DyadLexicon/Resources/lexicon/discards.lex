# Dyad lexicon: discards — phrases that mark a sentence as sports, markets or weather news, which the coder does not
# code however much it reads like conflict ("the Blue Jays rallied past the Yankees", "Brazil crushed South Korea",
# "shares plunged", "Storm Daniel unleashed floods").
#
# Written for Dyad. A phrase is matched word by word on the sentence's lower-cased words or lemmas ("touchdowns"
# matches "touchdown"); a hyphenated word is matched as the tokenizer splits it. Only phrases that political news does
# not use are listed: not "goal", "coach", "striker", "shares", "exchange", "medal" or "first half", which it does.
# A sentence with a discard phrase codes no event; its actors still count for the sentences after it.

[discard sports]
phrase: touchdown | home run | inning | innings | wicket | batsman | batsmen | run rate | test match | quarterback
phrase: goalkeeper | midfielder | hat-trick | free kick | penalty kick | penalty shootout | stoppage time
phrase: semi-final | semifinal | quarter-final | quarterfinal | playoff | play-off | playoffs | relegation
phrase: league title | grand slam | super bowl | world series | premier league | champions league | la liga
phrase: serie a | bundesliga | nba | nfl | nhl | mlb | formula one | grand prix | tour de france | wimbledon
phrase: top seed | seeded | match point | field goal | rushing yards | one-day international | twenty20
note: Sports news writes conflict verbs for games ("crushed", "attacked", "routed", "rallied past"); a team named
note: after a country or a group ("the Rebels") is no actor of politics.

[discard markets]
phrase: dow jones | nasdaq | s&p 500 | ftse | nikkei | hang seng | blue chip | blue-chip | basis points
phrase: bond yields | treasury yields | benchmark index | stock index | earnings per share | per share
phrase: quarterly profit | quarterly earnings | net profit | fiscal quarter
note: Market news writes conflict verbs for prices ("shares plunged", "the index retreated", "bulls attacked").

[discard weather]
phrase: degrees celsius | degrees fahrenheit | weather forecast
note: Weather news writes conflict verbs for storms ("Storm Daniel unleashed", "the cyclone battered"), but a storm
note: named in a sentence does not make it weather news ("victims of Tropical Storm Jeanne are tormented by gangs who
note: attack food convoys"): storms themselves are no actors (the coder's mishap rule), so only forecast words are here.

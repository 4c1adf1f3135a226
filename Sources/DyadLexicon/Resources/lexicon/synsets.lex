# Word sets shared by Dyad's verb patterns (docs/lexicon-format.md, "Verb patterns"). Written for Dyad.
# Writers of verbs-*.lex files add their own sets in their own files, with their file's tag as prefix.

[synset AGREEMENT]
word: agreement | accord | treaty | pact | deal | memorandum | protocol | convention | charter | compact
word: framework | roadmap | declaration | communique | understanding | arrangement | contract

[synset TALKS]
word: talk | negotiation | discussion | consultation | dialogue | meeting | summit | conference | round

[synset SANCTIONS]
word: sanction | embargo | tariff | ban | restriction | blockade | boycott | penalty | export control
word: asset freeze | travel ban | price cap

[synset AID]
word: aid | assistance | help | support | relief | supply | donation | grant | loan | funding | package

[synset MILITARY_AID]
word: weapon | arm | ammunition | missile | tank | drone | jet | artillery | munition | air defence
word: air defense | military aid | military assistance | security assistance

[synset TROOPS]
word: troop | force | soldier | unit | battalion | brigade | division | warship | fleet | personnel | contingent

[synset CEASEFIRE]
word: ceasefire | truce | armistice | cessation of hostilities | pause | humanitarian pause

[synset TIES]
word: tie | relation | relationship | diplomatic relation | diplomatic tie | cooperation | partnership

[synset DIPLOMAT]
word: diplomat | ambassador | envoy | attache | consul | charge d'affaires | charge d'affaire | chargé d'affaires | chargé d'affaire | d'affaires | d'affaire | embassy staff | high commissioner

[synset PRISONER]
word: prisoner | detainee | hostage | captive | prisoner of war | pow | political prisoner

[synset VISIT]
word: visit | trip | tour | state visit | official visit

[synset ACCUSATION]
word: accusation | allegation | charge | claim | report

# Dyad lexicon: countries, dependent territories and former states.
#
# One entry per ISO 3166-1 alpha-3 code (249), Kosovo under the code KSV, and the former states Dyad's CAMEO
# vocabulary knows (ANT CSK DDR FRY GMW SCG SUN YMD YMN YUG), which carry `from`/`until`.
# Written for Dyad from general knowledge; facts only, checked against ISO 3166 and CAMEO code conventions.
#
# Policy notes:
# - A phrase belongs to one entry. A capital or seat that a former state shared with its successor (Moscow, the
#   Kremlin, Belgrade, Prague, Sanaa, Willemstad) is listed under the current state only.
# - Capitals that name several places are left out where the other sense dominates news use: Brussels (the EU),
#   The Hague (the international courts), San Jose, Victoria, Male, St. John's, St. George's, Hamilton.
# - A few provinces whose names contain another country's name are listed under their own state so that the longer
#   phrase wins: New Jersey, New Mexico, New England (USA), New South Wales (AUS), British Columbia (CAN).
# - Gaza, the Gaza Strip, the West Bank and East Jerusalem resolve to Palestine (PSE).
# - "Congo" and "Congolese" resolve to the Democratic Republic of the Congo, as most news since 1997 uses them;
#   the Republic of the Congo is named with its longer forms. "Korea" and "Korean" are left unassigned.

# ---------------------------------------------------------------------------------------------------------------
# A
# ---------------------------------------------------------------------------------------------------------------

[country ABW]
name: Aruba
code: ABW
adjective: Aruban
demonym: Aruban | Arubans

[country AFG]
name: Afghanistan
code: AFG
alias: Islamic Republic of Afghanistan | Islamic Emirate of Afghanistan
adjective: Afghan
demonym: Afghan | Afghans
capital: Kabul
place: Kandahar | Herat | Mazar-i-Sharif | Mazar-e-Sharif | Jalalabad | Kunduz | Helmand | Ghazni | Bagram | Panjshir
place: Badakhshan | Nangarhar | Kunar | Paktia | Khost | Lashkar Gah | Uruzgan | Faryab | Balkh | Bamiyan | Zabul
place: Paktika | Logar | Wardak | Kapisa | Takhar | Baghlan | Jowzjan | Nuristan | Tora Bora | Sangin | Marjah
place: Spin Boldak | Musa Qala

[country AGO]
name: Angola
code: AGO
alias: Republic of Angola
adjective: Angolan
demonym: Angolan | Angolans
capital: Luanda
place: Cabinda | Huambo | Lobito | Benguela | Lubango | Malanje

[country AIA]
name: Anguilla
code: AIA
adjective: Anguillan

[country ALA]
name: Åland Islands
code: ALA
alias: Åland
demonym: Ålanders
capital: Mariehamn

[country ALB]
name: Albania
code: ALB
alias: Republic of Albania
adjective: Albanian
demonym: Albanian | Albanians
capital: Tirana | Tirane
place: Durrës | Vlorë | Vlora | Shkodër | Shkodra | Elbasan | Gjirokastër | Korçë

[country AND]
name: Andorra
code: AND
alias: Principality of Andorra
adjective: Andorran
demonym: Andorran | Andorrans
capital: Andorra la Vella
place: Escaldes-Engordany

[country ARE]
name: United Arab Emirates
code: ARE
alias: UAE | U.A.E.
adjective: Emirati
demonym: Emirati | Emiratis
capital: Abu Dhabi
place: Dubai | Sharjah | Ajman | Fujairah | Ras al-Khaimah | Al Ain | Jebel Ali | Al Dhafra

[country ARG]
name: Argentina
code: ARG
alias: Argentine Republic
adjective: Argentine | Argentinian | Argentinean
demonym: Argentine | Argentines | Argentinian | Argentinians
capital: Buenos Aires
seat: Casa Rosada
place: Rosario | Tucumán | Mar del Plata | Salta | Bahía Blanca | Neuquén | Vaca Muerta | Ushuaia | La Plata | Jujuy
place: Chubut

[country ARM]
name: Armenia
code: ARM
alias: Republic of Armenia
adjective: Armenian
demonym: Armenian | Armenians
capital: Yerevan
place: Gyumri | Vanadzor | Syunik | Tavush | Jermuk | Goris | Kapan

[country ASM]
name: American Samoa
code: ASM
adjective: American Samoan
capital: Pago Pago
place: Tutuila

[country ATA]
name: Antarctica
code: ATA

[country ATF]
name: French Southern Territories
code: ATF
alias: French Southern and Antarctic Lands | TAAF | Kerguelen Islands | Crozet Islands

[country ATG]
name: Antigua and Barbuda
code: ATG
alias: Antigua
adjective: Antiguan
demonym: Antiguan | Antiguans
place: Barbuda

[country AUS]
name: Australia
code: AUS
alias: Commonwealth of Australia | New South Wales
adjective: Australian
demonym: Australian | Australians
capital: Canberra
place: Sydney | Melbourne | Brisbane | Perth | Adelaide | Hobart | Queensland | Tasmania | Western Australia
place: South Australia | Gold Coast | Cairns | Townsville | Pine Gap | Alice Springs | Wollongong | Geelong | Bondi

[country AUT]
name: Austria
code: AUT
alias: Republic of Austria
adjective: Austrian
demonym: Austrian | Austrians
capital: Vienna
place: Salzburg | Innsbruck | Graz | Linz | Tyrol | Vorarlberg | Carinthia | Styria | Villach

[country AZE]
name: Azerbaijan
code: AZE
alias: Republic of Azerbaijan
adjective: Azerbaijani | Azeri
demonym: Azerbaijani | Azerbaijanis | Azeri | Azeris
capital: Baku
place: Nagorno-Karabakh | Karabakh | Artsakh | Stepanakert | Khankendi | Shusha | Shushi | Sumgait | Nakhchivan
place: Nakhichevan | Lachin | Agdam | Fuzuli | Tovuz | Kalbajar | Sumqayit

# ---------------------------------------------------------------------------------------------------------------
# B
# ---------------------------------------------------------------------------------------------------------------

[country BDI]
name: Burundi
code: BDI
alias: Republic of Burundi
adjective: Burundian
demonym: Burundian | Burundians
capital: Gitega | Bujumbura
place: Ngozi | Cibitoke | Rumonge | Makamba

[country BEL]
name: Belgium
code: BEL
alias: Kingdom of Belgium
adjective: Belgian | Flemish | Walloon
demonym: Belgian | Belgians
place: Antwerp | Ghent | Liège | Charleroi | Bruges | Flanders | Wallonia | Molenbeek | Zaventem | Leuven | Louvain
place: Namur | Ostend | Mechelen

[country BEN]
name: Benin
code: BEN
alias: Republic of Benin
adjective: Beninese
demonym: Beninese
capital: Porto-Novo | Cotonou
place: Parakou | Djougou | Natitingou | Abomey | Malanville

[country BES]
name: Caribbean Netherlands
code: BES
alias: Bonaire, Sint Eustatius and Saba | Bonaire | Sint Eustatius | Statia | BES Islands
capital: Kralendijk

[country BFA]
name: Burkina Faso
code: BFA
alias: Burkina
adjective: Burkinabe | Burkinabè
demonym: Burkinabe
capital: Ouagadougou
place: Bobo-Dioulasso | Barsalogho | Fada N'Gourma | Ouahigouya | Koudougou | Solhan | Arbinda | Diapaga

[country BGD]
name: Bangladesh
code: BGD
alias: People's Republic of Bangladesh
adjective: Bangladeshi
demonym: Bangladeshi | Bangladeshis
capital: Dhaka | Dacca
place: Chittagong | Chattogram | Cox's Bazar | Sylhet | Khulna | Rajshahi | Rangpur | Barisal | Gazipur | Narayanganj
place: Chittagong Hill Tracts | Bhasan Char | Kutupalong | Savar

[country BGR]
name: Bulgaria
code: BGR
alias: Republic of Bulgaria
adjective: Bulgarian
demonym: Bulgarian | Bulgarians
capital: Sofia
place: Plovdiv | Varna | Burgas | Stara Zagora | Pleven | Harmanli

[country BHR]
name: Bahrain
code: BHR
alias: Kingdom of Bahrain
adjective: Bahraini
demonym: Bahraini | Bahrainis
capital: Manama
place: Muharraq | Sitra | Riffa

[country BHS]
name: Bahamas
code: BHS
alias: Commonwealth of the Bahamas
adjective: Bahamian
demonym: Bahamian | Bahamians
capital: Nassau
place: Grand Bahama | Abaco

[country BIH]
name: Bosnia and Herzegovina
code: BIH
alias: Bosnia | Bosnia-Herzegovina | BiH
adjective: Bosnian | Bosnian Serb | Bosnian Croat
demonym: Bosnian | Bosnians | Bosnian Serbs | Bosnian Croats
capital: Sarajevo
place: Banja Luka | Mostar | Tuzla | Srebrenica | Republika Srpska | Bihać | Zenica | Brčko | Goražde

[country BLM]
name: Saint Barthélemy
code: BLM
alias: St Barthélemy | St. Barthélemy | Saint Barts | St Barts | St. Barts | St Barths
capital: Gustavia

[country BLR]
name: Belarus
code: BLR
alias: Republic of Belarus | Byelorussia | Belorussia
adjective: Belarusian | Belarussian | Byelorussian
demonym: Belarusian | Belarusians | Belarussians
capital: Minsk
place: Hrodna | Grodno | Gomel | Homel | Vitebsk | Viciebsk | Mogilev | Mahilyow | Babruysk | Bobruisk | Pinsk
place: Navapolatsk | Baranovichi | Asipovichy

[country BLZ]
name: Belize
code: BLZ
adjective: Belizean
demonym: Belizean | Belizeans
capital: Belmopan
place: Belize City | Orange Walk

[country BMU]
name: Bermuda
code: BMU
adjective: Bermudian
demonym: Bermudian | Bermudians

[country BOL]
name: Bolivia
code: BOL
alias: Plurinational State of Bolivia
adjective: Bolivian
demonym: Bolivian | Bolivians
capital: La Paz
place: Santa Cruz de la Sierra | Cochabamba | El Alto | Oruro | Potosí | Chapare | Tarija

[country BRA]
name: Brazil
code: BRA
alias: Federative Republic of Brazil | Brasil
adjective: Brazilian
demonym: Brazilian | Brazilians
capital: Brasília
seat: Planalto | Planalto Palace | Itamaraty
place: São Paulo | Rio de Janeiro | Belo Horizonte | Manaus | Recife | Fortaleza | Porto Alegre | Rio Grande do Sul
place: Roraima | Curitiba | Minas Gerais | Bahia | Mato Grosso | Rondônia | Santa Catarina | Espírito Santo
place: Pernambuco | Ceará | Maranhão | Belém | Goiânia | Brumadinho

[country BRB]
name: Barbados
code: BRB
adjective: Barbadian | Bajan
demonym: Barbadian | Barbadians | Bajans
capital: Bridgetown

[country BRN]
name: Brunei
code: BRN
alias: Brunei Darussalam
adjective: Bruneian
demonym: Bruneian | Bruneians
capital: Bandar Seri Begawan
place: Seria | Kuala Belait

[country BTN]
name: Bhutan
code: BTN
alias: Kingdom of Bhutan
adjective: Bhutanese
demonym: Bhutanese
capital: Thimphu
place: Paro | Phuentsholing | Punakha

[country BVT]
name: Bouvet Island
code: BVT

[country BWA]
name: Botswana
code: BWA
alias: Republic of Botswana
adjective: Botswanan | Motswana
demonym: Motswana | Batswana
capital: Gaborone
place: Francistown | Maun | Serowe

# ---------------------------------------------------------------------------------------------------------------
# C
# ---------------------------------------------------------------------------------------------------------------

[country CAF]
name: Central African Republic
code: CAF
capital: Bangui
place: Bambari | Bria | Berbérati | Bangassou | Bossangoa | Birao | Kaga-Bandoro | Bouar | Ndélé

[country CAN]
name: Canada
code: CAN
alias: British Columbia
adjective: Canadian
demonym: Canadian | Canadians
capital: Ottawa
place: Toronto | Montréal | Vancouver | Quebec | Quebec City | Ontario | Alberta | Calgary | Edmonton | Winnipeg
place: Manitoba | Saskatchewan | Saskatoon | Nova Scotia | New Brunswick | Newfoundland | Newfoundland and Labrador
place: Nunavut | Yukon | Northwest Territories | Prince Edward Island | Fort McMurray | Iqaluit

[country CCK]
name: Cocos Islands
code: CCK
alias: Keeling Islands | Cocos Keeling Islands

[country CHE]
name: Switzerland
code: CHE
alias: Swiss Confederation
adjective: Swiss
demonym: Swiss
capital: Bern | Berne
place: Zurich | Basel | Lausanne | Lucerne | Lugano | Ticino | Valais | Crans-Montana | St Gallen | Winterthur

[country CHL]
name: Chile
code: CHL
alias: Republic of Chile
adjective: Chilean
demonym: Chilean | Chileans
capital: Santiago
seat: La Moneda
place: Valparaíso | Antofagasta | Araucanía | Viña del Mar | Temuco | Punta Arenas | Iquique | Atacama | Arica
place: Biobío

[country CHN]
name: China
code: CHN
alias: People's Republic of China | PRC | P.R.C. | Mainland China | Chinese mainland
adjective: Chinese | Sino | Tibetan | Uyghur | Uighur
demonym: Chinese
capital: Beijing | Peking
seat: Zhongnanhai
place: Shanghai | Guangzhou | Shenzhen | Wuhan | Chengdu | Chongqing | Tianjin | Xinjiang | Tibet | Lhasa | Urumqi
place: Kashgar | Inner Mongolia | Hohhot | Harbin | Nanjing | Hangzhou | Xi'an | Xian | Zhengzhou | Yunnan | Kunming
place: Guangdong | Fujian | Xiamen | Sichuan | Hubei | Hunan | Henan | Shandong | Qingdao | Dalian | Shenyang
place: Heilongjiang | Jilin | Liaoning | Zhejiang | Jiangsu | Hainan | Guangxi | Gansu | Ningxia | Qinghai | Shanxi
place: Shaanxi | Anhui | Jiangxi | Guizhou | Suzhou | Xiongan | Wenzhou | Ningbo | Dongguan | Zhuhai | Yiwu | Sanya

[country CIV]
name: Ivory Coast
code: CIV
alias: Côte d'Ivoire | Republic of Côte d'Ivoire
adjective: Ivorian | Ivoirian
demonym: Ivorian | Ivorians
capital: Yamoussoukro | Abidjan
place: Bouaké | Korhogo | Daloa | Duékoué | Yopougon | Abobo | Grand-Bassam

[country CMR]
name: Cameroon
code: CMR
alias: Republic of Cameroon
adjective: Cameroonian
demonym: Cameroonian | Cameroonians
capital: Yaoundé
place: Douala | Bamenda | Buea | Maroua | Garoua | Ambazonia | Kousseri

[country COD]
name: Democratic Republic of the Congo
code: COD
alias: Democratic Republic of Congo | DR Congo | D.R. Congo | DRC | D.R.C. | Congo | Congo-Kinshasa | Zaire
adjective: Congolese | Zairean | Zairian
demonym: Congolese
capital: Kinshasa
place: Goma | Bukavu | Kisangani | Lubumbashi | Mbandaka | Kananga | Beni | Butembo | Bunia | Ituri | North Kivu
place: South Kivu | Kivu | Kasai | Katanga | Kolwezi | Uvira | Rutshuru | Masisi | Walikale | Minembwe | Tshikapa
place: Matadi | Rubaya | Fizi | Djugu | Mbuji-Mayi

[country COG]
name: Republic of the Congo
code: COG
alias: Republic of Congo | Congo Republic | Congo-Brazzaville
capital: Brazzaville
place: Pointe-Noire | Dolisie

[country COK]
name: Cook Islands
code: COK
adjective: Cook Islander
demonym: Cook Islanders
capital: Avarua
place: Rarotonga | Aitutaki

[country COL]
name: Colombia
code: COL
alias: Republic of Colombia
adjective: Colombian
demonym: Colombian | Colombians
capital: Bogotá
seat: Casa de Nariño
place: Medellín | Cali | Barranquilla | Cúcuta | Catatumbo | Antioquia | Cauca | Arauca | Putumayo | Caquetá
place: Bucaramanga | Santa Marta | Buenaventura | Guaviare

[country COM]
name: Comoros
code: COM
alias: Union of the Comoros
adjective: Comorian
demonym: Comorian | Comorians
capital: Moroni
place: Anjouan | Mohéli | Grande Comore | Ngazidja | Mutsamudu

[country CPV]
name: Cape Verde
code: CPV
alias: Cabo Verde
adjective: Cape Verdean | Cabo Verdean
demonym: Cape Verdean | Cape Verdeans
capital: Praia
place: Mindelo

[country CRI]
name: Costa Rica
code: CRI
alias: Republic of Costa Rica
adjective: Costa Rican
demonym: Costa Rican | Costa Ricans
place: Guanacaste | Puntarenas | Alajuela

[country CUB]
name: Cuba
code: CUB
alias: Republic of Cuba
adjective: Cuban
demonym: Cuban | Cubans
capital: Havana
place: Santiago de Cuba | Camagüey | Matanzas | Pinar del Río

[country CUW]
name: Curaçao
code: CUW
adjective: Curaçaoan
capital: Willemstad

[country CXR]
name: Christmas Island
code: CXR

[country CYM]
name: Cayman Islands
code: CYM
alias: Caymans
adjective: Caymanian
demonym: Caymanian | Caymanians
place: Grand Cayman

[country CYP]
name: Cyprus
code: CYP
alias: Republic of Cyprus
adjective: Cypriot | Greek Cypriot | Turkish Cypriot
demonym: Cypriot | Cypriots | Greek Cypriots | Turkish Cypriots
capital: Nicosia
place: Limassol | Larnaca | Paphos | Famagusta | Kyrenia | Northern Cyprus | North Cyprus

[country CZE]
name: Czech Republic
code: CZE
alias: Czechia
adjective: Czech
demonym: Czech | Czechs
capital: Prague
seat: Prague Castle
place: Brno | Ostrava | Plzeň | Pilsen | Moravia | Bohemia | Karlovy Vary | Liberec | Olomouc

# ---------------------------------------------------------------------------------------------------------------
# D
# ---------------------------------------------------------------------------------------------------------------

[country DEU]
name: Germany
code: DEU
alias: Federal Republic of Germany | FRG
adjective: German | Bavarian
demonym: German | Germans
capital: Berlin
place: Munich | Hamburg | Frankfurt | Cologne | Stuttgart | Düsseldorf | Dresden | Leipzig | Hanover | Hannover
place: Nuremberg | Bremen | Magdeburg | Solingen | Mannheim | Rostock | Chemnitz | Dortmund | Potsdam | Hanau
place: Aschaffenburg | Kiel | Heidelberg | Wiesbaden | Mainz | Karlsruhe | Bavaria | Saxony | Lower Saxony | Thuringia
place: North Rhine-Westphalia | Baden-Württemberg | Rhineland-Palatinate | Saxony-Anhalt | Schleswig-Holstein
place: Mecklenburg-Vorpommern | Mecklenburg-Western Pomerania | Brandenburg

[country DJI]
name: Djibouti
code: DJI
alias: Republic of Djibouti
adjective: Djiboutian
demonym: Djiboutian | Djiboutians
place: Tadjoura | Obock | Ali Sabieh | Doraleh

[country DMA]
name: Dominica
code: DMA
alias: Commonwealth of Dominica
capital: Roseau

[country DNK]
name: Denmark
code: DNK
alias: Kingdom of Denmark
adjective: Danish
demonym: Dane | Danes
capital: Copenhagen
place: Aarhus | Odense | Aalborg | Bornholm | Jutland | Zealand | Esbjerg | Roskilde

[country DOM]
name: Dominican Republic
code: DOM
adjective: Dominican
demonym: Dominican | Dominicans
capital: Santo Domingo
place: Santiago de los Caballeros | Punta Cana | La Romana | Puerto Plata | Dajabón

[country DZA]
name: Algeria
code: DZA
alias: People's Democratic Republic of Algeria
adjective: Algerian
demonym: Algerian | Algerians
capital: Algiers
seat: El Mouradia
place: Oran | Annaba | Kabylie | Kabylia | Tizi Ouzou | Ghardaïa | Béjaïa | Blida | Tamanrasset | In Amenas
place: Hassi Messaoud | Tindouf | Sétif | Batna

# ---------------------------------------------------------------------------------------------------------------
# E
# ---------------------------------------------------------------------------------------------------------------

[country ECU]
name: Ecuador
code: ECU
alias: Republic of Ecuador
adjective: Ecuadorian | Ecuadorean
demonym: Ecuadorian | Ecuadorians | Ecuadoreans
capital: Quito
seat: Carondelet Palace
place: Guayaquil | Esmeraldas | Manabí | Galápagos | Galápagos Islands | Sucumbíos

[country EGY]
name: Egypt
code: EGY
alias: Arab Republic of Egypt
adjective: Egyptian
demonym: Egyptian | Egyptians
capital: Cairo
seat: Ittihadiya Palace
place: Giza | Sinai | North Sinai | Sinai Peninsula | Luxor | Aswan | Port Said | Suez | Suez Canal | Ismailia
place: Sharm el-Sheikh | Hurghada | Arish | El-Arish | Mansoura | Tanta | Asyut | Assiut | Minya | Sohag | Damietta
place: Sheikh Zuweid

[country ERI]
name: Eritrea
code: ERI
alias: State of Eritrea
adjective: Eritrean
demonym: Eritrean | Eritreans
capital: Asmara
place: Massawa | Assab | Tesseney | Barentu

[country ESH]
name: Western Sahara
code: ESH
alias: Sahrawi Arab Democratic Republic | SADR
adjective: Sahrawi | Saharawi
demonym: Sahrawis | Saharawis
place: Laayoune | El Aaiún | Dakhla | Smara | Guerguerat

[country ESP]
name: Spain
code: ESP
alias: Kingdom of Spain
adjective: Spanish | Catalan | Andalusian
demonym: Spaniard | Spaniards
capital: Madrid
seat: Moncloa | Moncloa Palace
place: Barcelona | Seville | Sevilla | Bilbao | Málaga | Zaragoza | Catalonia | Catalunya | Basque Country | Andalusia
place: Andalucía | Canary Islands | Balearic Islands | Balearics | Mallorca | Majorca | Ibiza | Tenerife
place: Gran Canaria | Lanzarote | El Hierro | Las Palmas | Ceuta | Melilla | Navarre | Murcia | Alicante | Girona
place: Pamplona | Asturias | Cantabria | Extremadura

[country EST]
name: Estonia
code: EST
alias: Republic of Estonia
adjective: Estonian
demonym: Estonian | Estonians
capital: Tallinn
place: Tartu | Narva | Pärnu | Ida-Viru | Saaremaa | Kohtla-Järve

[country ETH]
name: Ethiopia
code: ETH
alias: Federal Democratic Republic of Ethiopia
adjective: Ethiopian | Tigrayan
demonym: Ethiopian | Ethiopians
capital: Addis Ababa
place: Tigray | Mekelle | Mekele | Amhara | Oromia | Oromiya | Gondar | Bahir Dar | Dire Dawa | Harar | Jijiga | Lalibela
place: Hawassa | Axum | Aksum | Humera | Adigrat | Benishangul-Gumuz | Gambella | Ogaden | Metekel | Dessie
place: Kombolcha

# ---------------------------------------------------------------------------------------------------------------
# F
# ---------------------------------------------------------------------------------------------------------------

[country FIN]
name: Finland
code: FIN
alias: Republic of Finland
adjective: Finnish
demonym: Finns
capital: Helsinki
place: Espoo | Tampere | Turku | Oulu | Vantaa | Rovaniemi | Kotka | Lappeenranta | Vaalimaa

[country FJI]
name: Fiji
code: FJI
alias: Republic of Fiji
adjective: Fijian
demonym: Fijian | Fijians
capital: Suva
place: Nadi | Lautoka | Labasa | Vanua Levu | Viti Levu

[country FLK]
name: Falkland Islands
code: FLK
alias: Falklands | Malvinas | Islas Malvinas | Malvinas Islands
adjective: Falkland Islander
demonym: Falkland Islanders | Falklanders
place: Goose Green

[country FRA]
name: France
code: FRA
alias: French Republic
adjective: French | Corsican
demonym: Frenchman | Frenchmen | Frenchwoman | Frenchwomen
capital: Paris
seat: Élysée | Élysée Palace | Matignon | Quai d'Orsay | Elysee | Elysee Palace
place: Marseille | Marseilles | Lyon | Toulouse | Nantes | Lille | Calais | Rennes | Montpellier | Corsica | Brittany
place: Normandy | Alsace | Grenoble | Dunkirk | Le Havre | Toulon | Ajaccio | Bayonne | Provence | Cherbourg
place: Nanterre | Seine-Saint-Denis | Perpignan

[country FRO]
name: Faroe Islands
code: FRO
alias: Faroes | Faeroe Islands | Faeroes
adjective: Faroese
capital: Tórshavn
place: Klaksvík

[country FSM]
name: Micronesia
code: FSM
alias: Federated States of Micronesia
adjective: Micronesian
demonym: Micronesians
capital: Palikir
place: Chuuk | Pohnpei | Kosrae

# ---------------------------------------------------------------------------------------------------------------
# G
# ---------------------------------------------------------------------------------------------------------------

[country GAB]
name: Gabon
code: GAB
alias: Gabonese Republic
adjective: Gabonese
demonym: Gabonese
capital: Libreville
place: Port-Gentil | Franceville | Oyem

[country GBR]
name: United Kingdom
code: GBR
alias: United Kingdom of Great Britain and Northern Ireland | UK | U.K. | Britain | Great Britain
alias: England | Scotland | Wales | Northern Ireland
adjective: British | Scottish | Welsh | Northern Irish
demonym: Briton | Britons | Brit | Brits | Scot | Scots
capital: London
seat: Downing Street | Whitehall
place: Manchester | Birmingham | Liverpool | Leeds | Glasgow | Edinburgh | Belfast | Cardiff | Bristol | Sheffield
place: Aberdeen | Derry | Londonderry | Coventry | Nottingham | Leicester | Brighton | Southampton | Heathrow
place: Gatwick | Rotherham | Southport | Dundee | Swansea | Inverness | Folkestone | Sunderland | Middlesbrough
place: Stoke-on-Trent | Wolverhampton | Yorkshire | Lancashire | Merseyside | Greater Manchester | Cornwall | Shetland
place: Orkney | Hebrides | Isle of Wight | Lockerbie | Teesside | Bradford

[country GEO]
name: Georgia
code: GEO
adjective: Georgian
demonym: Georgian | Georgians
capital: Tbilisi
place: Batumi | Kutaisi | Abkhazia | South Ossetia | Tskhinvali | Sukhumi | Sukhum | Gori | Adjara | Pankisi | Rustavi
place: Zugdidi

[country GGY]
name: Guernsey
code: GGY
alias: Bailiwick of Guernsey
place: St Peter Port | Alderney | Sark

[country GHA]
name: Ghana
code: GHA
alias: Republic of Ghana
adjective: Ghanaian
demonym: Ghanaian | Ghanaians
capital: Accra
place: Kumasi | Takoradi | Cape Coast | Bawku | Tema | Bolgatanga

[country GIB]
name: Gibraltar
code: GIB
adjective: Gibraltarian
demonym: Gibraltarians

[country GIN]
name: Guinea
code: GIN
alias: Republic of Guinea | Guinea-Conakry
adjective: Guinean
demonym: Guinean | Guineans
capital: Conakry
place: Nzérékoré | Kankan | Kindia | Labé | Boké | Siguiri

[country GLP]
name: Guadeloupe
code: GLP
adjective: Guadeloupean
place: Pointe-à-Pitre | Marie-Galante

[country GMB]
name: Gambia
code: GMB
alias: Republic of the Gambia
adjective: Gambian
demonym: Gambian | Gambians
capital: Banjul
place: Serekunda | Brikama

[country GNB]
name: Guinea-Bissau
code: GNB
adjective: Bissau-Guinean
demonym: Bissau-Guineans
capital: Bissau
place: Bafatá | Gabú | Bijagós

[country GNQ]
name: Equatorial Guinea
code: GNQ
adjective: Equatorial Guinean | Equatoguinean
demonym: Equatorial Guineans | Equatoguineans
capital: Malabo
place: Bioko | Ebebiyin

[country GRC]
name: Greece
code: GRC
alias: Hellenic Republic
adjective: Greek | Hellenic
demonym: Greek | Greeks
capital: Athens
seat: Maximos Mansion
place: Thessaloniki | Salonika | Crete | Lesbos | Lesvos | Corfu | Piraeus | Patras | Evros | Samos | Chios | Kos
place: Pylos | Evia | Euboea | Attica | Heraklion | Mykonos | Santorini | Alexandroupolis | Souda Bay

[country GRD]
name: Grenada
code: GRD
adjective: Grenadian
demonym: Grenadian | Grenadians
place: Carriacou

[country GRL]
name: Greenland
code: GRL
alias: Kalaallit Nunaat
adjective: Greenlandic
demonym: Greenlander | Greenlanders
capital: Nuuk
place: Pituffik | Ilulissat | Sisimiut | Qaqortoq

[country GTM]
name: Guatemala
code: GTM
alias: Republic of Guatemala
adjective: Guatemalan
demonym: Guatemalan | Guatemalans
capital: Guatemala City
place: Quetzaltenango | Petén | Escuintla | Huehuetenango | Antigua Guatemala

[country GUF]
name: French Guiana
code: GUF
alias: Guyane
place: Kourou | Saint-Laurent-du-Maroni

[country GUM]
name: Guam
code: GUM
adjective: Guamanian
capital: Hagåtña | Agana

[country GUY]
name: Guyana
code: GUY
alias: Co-operative Republic of Guyana
adjective: Guyanese
demonym: Guyanese
capital: Georgetown
place: Essequibo | Guayana Esequiba | Berbice

# ---------------------------------------------------------------------------------------------------------------
# H
# ---------------------------------------------------------------------------------------------------------------

[country HKG]
name: Hong Kong
code: HKG
alias: Hong Kong SAR | HKSAR | Hong Kong Special Administrative Region
demonym: Hongkonger | Hongkongers | Hong Konger | Hong Kongers
place: Kowloon | Mong Kok | Wan Chai | Yuen Long | Tai Po | Tsim Sha Tsui | Causeway Bay | Sha Tin | Lantau
place: New Territories

[country HMD]
name: Heard Island and McDonald Islands
code: HMD
alias: Heard Island | McDonald Islands

[country HND]
name: Honduras
code: HND
alias: Republic of Honduras
adjective: Honduran
demonym: Honduran | Hondurans
capital: Tegucigalpa
place: San Pedro Sula | La Ceiba | Choluteca | Olancho

[country HRV]
name: Croatia
code: HRV
alias: Republic of Croatia
adjective: Croatian | Croat
demonym: Croat | Croats | Croatian | Croatians
capital: Zagreb
place: Rijeka | Osijek | Dubrovnik | Zadar | Vukovar | Dalmatia | Istria | Slavonia | Šibenik

[country HTI]
name: Haiti
code: HTI
alias: Republic of Haiti
adjective: Haitian
demonym: Haitian | Haitians
capital: Port-au-Prince
place: Cap-Haïtien | Gonaïves | Les Cayes | Jacmel | Artibonite | Cité Soleil | Pétion-Ville

[country HUN]
name: Hungary
code: HUN
adjective: Hungarian
demonym: Hungarian | Hungarians
capital: Budapest
place: Debrecen | Szeged | Győr | Miskolc | Kecskemét

# ---------------------------------------------------------------------------------------------------------------
# I
# ---------------------------------------------------------------------------------------------------------------

[country IDN]
name: Indonesia
code: IDN
alias: Republic of Indonesia
adjective: Indonesian
demonym: Indonesian | Indonesians
capital: Jakarta
seat: Merdeka Palace
place: Surabaya | Bandung | Medan | Bali | Papua | West Papua | Aceh | Banda Aceh | Sulawesi | Sumatra | West Java
place: Central Java | East Java | Kalimantan | Yogyakarta | Semarang | Makassar | Palu | Lombok | Ambon | Maluku
place: Moluccas | Poso | Jayapura | Timika | Nusantara | Batam | Riau | Palembang | Padang | Nduga | Wamena | Malang
place: Lampung | Bekasi | Tangerang | Bogor

[country IMN]
name: Isle of Man
code: IMN
adjective: Manx

[country IND]
name: India
code: IND
alias: Republic of India | Bharat
adjective: Indian
demonym: Indian | Indians
capital: New Delhi
seat: Raisina Hill | Rashtrapati Bhavan
place: Delhi | Mumbai | Bombay | Kolkata | Calcutta | Chennai | Madras | Bengaluru | Bangalore | Ahmedabad | Pune
place: Jaipur | Lucknow | Kanpur | Patna | Srinagar | Jammu and Kashmir | Jammu | Ladakh | Manipur | Imphal | Assam
place: Nagaland | Mizoram | Arunachal Pradesh | Sikkim | Kerala | Tamil Nadu | Karnataka | Maharashtra | Gujarat
place: Rajasthan | Uttar Pradesh | Bihar | West Bengal | Odisha | Orissa | Chhattisgarh | Jharkhand | Telangana
place: Andhra Pradesh | Goa | Haryana | Uttarakhand | Himachal Pradesh | Madhya Pradesh | Ayodhya | Varanasi
place: Amritsar | Chandigarh | Pahalgam | Pulwama | Galwan | Kargil | Gurugram | Gurgaon | Noida | Surat | Nagpur
place: Bhopal | Indore | Visakhapatnam | Thiruvananthapuram | Coimbatore | Dantewada | Bastar | Sukma | Rajouri
place: Anantnag | Baramulla | Kupwara | Godhra | Andaman and Nicobar Islands | Pathankot | Ludhiana | Guwahati
place: Shillong | Meghalaya | Tripura

[country IOT]
name: British Indian Ocean Territory
code: IOT
alias: BIOT | Chagos Islands | Chagos Archipelago

[country IRL]
name: Ireland
code: IRL
alias: Republic of Ireland | Éire
adjective: Irish
demonym: Irishman | Irishmen | Irishwoman | Irishwomen
capital: Dublin
place: Galway | Waterford | Donegal | Dundalk | Drogheda | Leinster | Connacht | Sligo

[country IRN]
name: Iran
code: IRN
alias: Islamic Republic of Iran | Islamic Republic | Persia
adjective: Iranian
demonym: Iranian | Iranians
capital: Tehran | Teheran
place: Isfahan | Esfahan | Mashhad | Shiraz | Tabriz | Qom | Ahvaz | Ahwaz | Kermanshah | Zahedan
place: Sistan and Baluchestan | Sistan-Baluchestan | Khuzestan | Bandar Abbas | Natanz | Fordow | Fordo | Bushehr
place: Arak | Kerman | Chabahar | Mahabad | Sanandaj | East Azerbaijan | West Azerbaijan | Hormozgan | Karaj | Rasht
place: Urmia | Saqqez | Parchin | Qeshm | Kharg Island | Yazd | Abadan

[country IRQ]
name: Iraq
code: IRQ
alias: Republic of Iraq
adjective: Iraqi
demonym: Iraqi | Iraqis
capital: Baghdad
place: Mosul | Basra | Erbil | Irbil | Kirkuk | Fallujah | Ramadi | Tikrit | Najaf | Karbala | Samarra | Sulaimaniyah
place: Sulaymaniyah | Duhok | Dohuk | Anbar | Nineveh | Diyala | Salahuddin | Sinjar | Halabja | Baquba | Baqubah
place: Kut | Nasiriyah | Amarah | Hilla | Haditha | Tal Afar | Ain al-Asad | Iraqi Kurdistan | Kurdistan Region
place: Abu Ghraib | Sadr City | Umm Qasr | Kadhimiya | Jurf al-Sakhar

[country ISL]
name: Iceland
code: ISL
adjective: Icelandic
demonym: Icelander | Icelanders
capital: Reykjavík
place: Akureyri | Grindavík | Reykjanes | Keflavík | Eyjafjallajökull

[country ISR]
name: Israel
code: ISR
alias: State of Israel | Zionist regime | Zionist entity
adjective: Israeli
demonym: Israeli | Israelis
capital: Jerusalem | Tel Aviv
place: Haifa | Eilat | Beersheba | Beer Sheva | Ashkelon | Ashdod | Sderot | Netanya | Nazareth | Negev | Galilee
place: Kiryat Shmona | Dimona | Herzliya | Rishon LeZion | Petah Tikva | Nahariya | Metula | Kfar Aza | Nir Oz
place: Ofakim | Tiberias | Safed

[country ITA]
name: Italy
code: ITA
alias: Italian Republic
adjective: Italian
demonym: Italian | Italians
capital: Rome
seat: Palazzo Chigi | Quirinale | Quirinal Palace | Farnesina
place: Milan | Naples | Napoli | Turin | Venice | Genoa | Bologna | Palermo | Sicily | Sardinia | Lampedusa | Calabria
place: Lombardy | Catania | Apulia | Puglia | Campania | Veneto | Tuscany | Emilia-Romagna | Crotone | Cutro | Trieste
place: South Tyrol | Lazio | Umbria | Abruzzo | L'Aquila | Amatrice | Bergamo | Pisa | Brindisi | Sigonella

# ---------------------------------------------------------------------------------------------------------------
# J
# ---------------------------------------------------------------------------------------------------------------

[country JAM]
name: Jamaica
code: JAM
adjective: Jamaican
demonym: Jamaican | Jamaicans
capital: Kingston
place: Montego Bay | Ocho Rios | Portmore | Spanish Town

[country JEY]
name: Jersey
code: JEY
alias: Bailiwick of Jersey
capital: St Helier | St. Helier | Saint Helier

[country JOR]
name: Jordan
code: JOR
alias: Hashemite Kingdom of Jordan
adjective: Jordanian
demonym: Jordanian | Jordanians
capital: Amman
place: Zarqa | Irbid | Aqaba | Mafraq | Zaatari | Karak | Ruwaished

[country JPN]
name: Japan
code: JPN
adjective: Japanese | Okinawan
demonym: Japanese
capital: Tokyo
seat: Kantei
place: Osaka | Kyoto | Yokohama | Nagoya | Sapporo | Fukuoka | Hiroshima | Nagasaki | Okinawa | Fukushima | Sendai
place: Hokkaido | Kyushu | Honshu | Shikoku | Kagoshima | Kumamoto | Niigata | Noto Peninsula | Miyagi | Iwate | Chiba
place: Saitama | Kanagawa | Yokosuka | Aomori | Okayama | Hyogo | Naha | Futenma | Henoko | Ishigaki | Yonaguni

# ---------------------------------------------------------------------------------------------------------------
# K
# ---------------------------------------------------------------------------------------------------------------

[country KAZ]
name: Kazakhstan
code: KAZ
alias: Republic of Kazakhstan
adjective: Kazakh | Kazakhstani
demonym: Kazakh | Kazakhs | Kazakhstanis
capital: Astana | Nur-Sultan
seat: Akorda
place: Almaty | Alma-Ata | Shymkent | Karaganda | Aktau | Atyrau | Aktobe | Taraz | Zhanaozen | Baikonur | Semey
place: Semipalatinsk | Oskemen

[country KEN]
name: Kenya
code: KEN
alias: Republic of Kenya
adjective: Kenyan
demonym: Kenyan | Kenyans
capital: Nairobi
place: Mombasa | Kisumu | Nakuru | Eldoret | Garissa | Lamu | Mandera | Wajir | Marsabit | Kakamega | Naivasha
place: Dadaab | Kakuma | Mpeketoni | Kibera | Malindi | Kilifi | Shakahola

[country KGZ]
name: Kyrgyzstan
code: KGZ
alias: Kyrgyz Republic | Kirghizia
adjective: Kyrgyz
demonym: Kyrgyz
capital: Bishkek
place: Osh | Jalal-Abad | Batken | Karakol | Issyk-Kul

[country KHM]
name: Cambodia
code: KHM
alias: Kingdom of Cambodia | Kampuchea | Democratic Kampuchea | People's Republic of Kampuchea
adjective: Cambodian | Kampuchean
demonym: Cambodian | Cambodians | Kampuchean | Kampucheans
capital: Phnom Penh
place: Siem Reap | Battambang | Sihanoukville | Kampot | Preah Vihear | Oddar Meanchey | Poipet | Koh Kong
place: Kampong Cham | Pailin | Angkor

[country KIR]
name: Kiribati
code: KIR
adjective: I-Kiribati
capital: Tarawa | South Tarawa
place: Kiritimati

[country KNA]
name: Saint Kitts and Nevis
code: KNA
alias: St Kitts and Nevis | St. Kitts and Nevis | Saint Kitts | St Kitts | St. Kitts
adjective: Kittitian
capital: Basseterre
place: Nevis

[country KOR]
name: South Korea
code: KOR
alias: Republic of Korea | ROK | S. Korea | S.Korea
adjective: South Korean
demonym: South Korean | South Koreans
capital: Seoul
seat: Blue House | Cheong Wa Dae
place: Busan | Pusan | Incheon | Daegu | Gwangju | Daejeon | Ulsan | Jeju | Pyeongtaek | Itaewon | Seongju | Gangneung
place: Yeonpyeong | Gyeonggi | Suwon | Changwon | Muan | Pohang | Gimpo

[country KSV]
name: Kosovo
code: KSV
alias: Republic of Kosovo
adjective: Kosovar | Kosovan | Kosovo Albanian | Kosovo Serb
demonym: Kosovar | Kosovars | Kosovo Albanians | Kosovo Serbs
capital: Pristina | Prishtina
place: Mitrovica | Prizren | Peja | Gjakova | Gračanica | Ferizaj | Zvečan | Leposavić | Banjska | Gjilan

[country KWT]
name: Kuwait
code: KWT
alias: State of Kuwait
adjective: Kuwaiti
demonym: Kuwaiti | Kuwaitis
capital: Kuwait City
place: Jahra | Failaka

# ---------------------------------------------------------------------------------------------------------------
# L
# ---------------------------------------------------------------------------------------------------------------

[country LAO]
name: Laos
code: LAO
alias: Lao People's Democratic Republic | Lao PDR
adjective: Lao | Laotian
demonym: Laotian | Laotians
capital: Vientiane
place: Luang Prabang | Savannakhet | Pakse | Vang Vieng | Attapeu

[country LBN]
name: Lebanon
code: LBN
alias: Lebanese Republic
adjective: Lebanese
demonym: Lebanese
capital: Beirut
seat: Baabda Palace
place: Sidon | Saida | Baalbek | Nabatieh | Bekaa | Bekaa Valley | Dahiyeh | Dahieh | Zahle | Byblos | Marjayoun
place: Bint Jbeil | Naqoura | Ain al-Hilweh | Akkar

[country LBR]
name: Liberia
code: LBR
alias: Republic of Liberia
adjective: Liberian
demonym: Liberian | Liberians
capital: Monrovia
place: Gbarnga | Kakata | Nimba

[country LBY]
name: Libya
code: LBY
alias: State of Libya
adjective: Libyan
demonym: Libyan | Libyans
capital: Tripoli
place: Benghazi | Misrata | Misurata | Sirte | Derna | Tobruk | Sabha | Sebha | Zawiya | Ras Lanuf | Brega | Cyrenaica
place: Fezzan | Tripolitania | Zintan | Bani Walid | Ghadames | Zuwara | Kufra | Ajdabiya | Tarhuna | Al Jufra

[country LCA]
name: Saint Lucia
code: LCA
alias: St Lucia | St. Lucia
adjective: Saint Lucian | St Lucian
capital: Castries
place: Vieux Fort | Gros Islet

[country LIE]
name: Liechtenstein
code: LIE
alias: Principality of Liechtenstein
adjective: Liechtensteiner
capital: Vaduz
place: Schaan

[country LKA]
name: Sri Lanka
code: LKA
alias: Democratic Socialist Republic of Sri Lanka
adjective: Sri Lankan
demonym: Sri Lankan | Sri Lankans
capital: Colombo | Sri Jayawardenepura Kotte
place: Kandy | Jaffna | Trincomalee | Batticaloa | Galle | Negombo | Mullaitivu | Kilinochchi | Hambantota | Vavuniya
place: Anuradhapura

[country LSO]
name: Lesotho
code: LSO
alias: Kingdom of Lesotho
adjective: Basotho | Mosotho
demonym: Basotho | Mosotho
capital: Maseru
place: Mafeteng | Leribe

[country LTU]
name: Lithuania
code: LTU
alias: Republic of Lithuania
adjective: Lithuanian
demonym: Lithuanian | Lithuanians
capital: Vilnius
place: Kaunas | Klaipėda | Šiauliai | Panevėžys | Rukla | Pabradė | Druskininkai

[country LUX]
name: Luxembourg
code: LUX
alias: Grand Duchy of Luxembourg
adjective: Luxembourgish
demonym: Luxembourger | Luxembourgers
place: Esch-sur-Alzette | Differdange | Dudelange

[country LVA]
name: Latvia
code: LVA
alias: Republic of Latvia
adjective: Latvian
demonym: Latvian | Latvians
capital: Riga
place: Daugavpils | Liepāja | Latgale | Jūrmala | Rēzekne | Ventspils

# ---------------------------------------------------------------------------------------------------------------
# M
# ---------------------------------------------------------------------------------------------------------------

[country MAC]
name: Macau
code: MAC
alias: Macao | Macau SAR | Macao SAR
adjective: Macanese
place: Taipa | Cotai

[country MAF]
name: Saint Martin
code: MAF
alias: St Martin | St. Martin | Collectivity of Saint Martin
capital: Marigot

[country MAR]
name: Morocco
code: MAR
alias: Kingdom of Morocco
adjective: Moroccan
demonym: Moroccan | Moroccans
capital: Rabat
place: Casablanca | Marrakesh | Marrakech | Tangier | Tangiers | Agadir | Meknès | Oujda | Al Hoceima | Nador
place: Tétouan | Kenitra | Al Haouz

[country MCO]
name: Monaco
code: MCO
alias: Principality of Monaco
adjective: Monegasque
demonym: Monegasque | Monegasques
place: Monte Carlo

[country MDA]
name: Moldova
code: MDA
alias: Republic of Moldova
adjective: Moldovan
demonym: Moldovan | Moldovans
capital: Chișinău | Kishinev
place: Transnistria | Trans-Dniester | Transdniestria | Tiraspol | Gagauzia | Comrat | Bălți | Cahul | Ungheni

[country MDG]
name: Madagascar
code: MDG
alias: Republic of Madagascar
adjective: Malagasy
demonym: Malagasy
capital: Antananarivo
place: Toamasina | Tamatave | Antsirabe | Mahajanga | Toliara | Fianarantsoa | Nosy Be

[country MDV]
name: Maldives
code: MDV
alias: Republic of Maldives
adjective: Maldivian
demonym: Maldivian | Maldivians
place: Addu City | Hulhumale

[country MEX]
name: Mexico
code: MEX
alias: United Mexican States
adjective: Mexican
demonym: Mexican | Mexicans
capital: Mexico City
seat: Los Pinos
place: Guadalajara | Monterrey | Tijuana | Ciudad Juárez | Sinaloa | Culiacán | Michoacán | Tamaulipas | Jalisco
place: Veracruz | Oaxaca | Chiapas | Acapulco | Cancún | Sonora | Baja California | Puebla | Zacatecas | Guanajuato
place: Reynosa | Matamoros | Nuevo Laredo | Mazatlán | Nuevo León | Quintana Roo | Ayotzinapa | Iguala | Durango
place: Coahuila

[country MHL]
name: Marshall Islands
code: MHL
alias: Republic of the Marshall Islands
adjective: Marshallese
demonym: Marshallese
capital: Majuro
place: Kwajalein | Ebeye | Bikini Atoll | Enewetak

[country MKD]
name: North Macedonia
code: MKD
alias: Republic of North Macedonia | Macedonia | Republic of Macedonia | FYROM
alias: Former Yugoslav Republic of Macedonia
adjective: North Macedonian | Macedonian
demonym: North Macedonians | Macedonians
capital: Skopje
place: Ohrid | Bitola | Tetovo | Kumanovo | Kočani

[country MLI]
name: Mali
code: MLI
alias: Republic of Mali
adjective: Malian
demonym: Malian | Malians
capital: Bamako
place: Timbuktu | Kidal | Mopti | Ségou | Sikasso | Kayes | Ménaka | Tessalit | Aguelhok | Djenné | Azawad | Ansongo
place: Boulkessi

[country MLT]
name: Malta
code: MLT
alias: Republic of Malta
adjective: Maltese
demonym: Maltese
capital: Valletta
place: Gozo | Sliema

[country MMR]
name: Myanmar
code: MMR
alias: Burma | Republic of the Union of Myanmar
adjective: Burmese
demonym: Burmese
capital: Naypyidaw | Nay Pyi Taw | Naypyitaw
place: Yangon | Rangoon | Mandalay | Rakhine | Arakan | Shan State | Kachin State | Karen State | Kayin | Sagaing
place: Magway | Chin State | Kayah | Karenni | Sittwe | Myitkyina | Lashio | Myawaddy | Laukkaing | Kokang | Maungdaw
place: Buthidaung | Bago | Mon State | Tanintharyi | Mawlamyine | Hpakant | Taunggyi | Loikaw | Kyaukphyu

[country MNE]
name: Montenegro
code: MNE
adjective: Montenegrin
demonym: Montenegrin | Montenegrins
capital: Podgorica
place: Nikšić | Budva | Kotor | Cetinje

[country MNG]
name: Mongolia
code: MNG
adjective: Mongolian
demonym: Mongolian | Mongolians
capital: Ulaanbaatar | Ulan Bator
place: Erdenet | Darkhan | Choibalsan

[country MNP]
name: Northern Mariana Islands
code: MNP
alias: Northern Marianas | Commonwealth of the Northern Mariana Islands | CNMI | Saipan
place: Tinian

[country MOZ]
name: Mozambique
code: MOZ
alias: Republic of Mozambique
adjective: Mozambican
demonym: Mozambican | Mozambicans
capital: Maputo
place: Beira | Nampula | Cabo Delgado | Mocímboa da Praia | Quelimane | Chimoio | Inhambane | Sofala | Niassa

[country MRT]
name: Mauritania
code: MRT
alias: Islamic Republic of Mauritania
adjective: Mauritanian
demonym: Mauritanian | Mauritanians
capital: Nouakchott
place: Nouadhibou | Zouérat | Mbera

[country MSR]
name: Montserrat
code: MSR
adjective: Montserratian

[country MTQ]
name: Martinique
code: MTQ
capital: Fort-de-France

[country MUS]
name: Mauritius
code: MUS
alias: Republic of Mauritius
adjective: Mauritian
demonym: Mauritian | Mauritians
capital: Port Louis
place: Curepipe | Agaléga

[country MWI]
name: Malawi
code: MWI
alias: Republic of Malawi
adjective: Malawian
demonym: Malawian | Malawians
capital: Lilongwe
place: Blantyre | Mzuzu | Zomba

[country MYS]
name: Malaysia
code: MYS
adjective: Malaysian
demonym: Malaysian | Malaysians
capital: Kuala Lumpur | Putrajaya
place: Penang | Johor | Johor Bahru | Sabah | Sarawak | Kota Kinabalu | Kuching | Melaka | Ipoh | Lahad Datu
place: Kelantan | Terengganu | Kedah | Selangor | Shah Alam | Pahang | Langkawi | Labuan

[country MYT]
name: Mayotte
code: MYT
capital: Mamoudzou
place: Dzaoudzi | Petite-Terre

# ---------------------------------------------------------------------------------------------------------------
# N
# ---------------------------------------------------------------------------------------------------------------

[country NAM]
name: Namibia
code: NAM
alias: Republic of Namibia
adjective: Namibian
demonym: Namibian | Namibians
capital: Windhoek
place: Walvis Bay | Swakopmund | Rundu | Oshakati

[country NCL]
name: New Caledonia
code: NCL
adjective: New Caledonian
capital: Nouméa
place: Kanaky | Lifou

[country NER]
name: Niger
code: NER
alias: Republic of Niger | Republic of the Niger
adjective: Nigerien
demonym: Nigerien | Nigeriens
capital: Niamey
place: Agadez | Zinder | Maradi | Tahoua | Tillabéri | Diffa | Arlit | Dosso

[country NFK]
name: Norfolk Island
code: NFK

[country NGA]
name: Nigeria
code: NGA
alias: Federal Republic of Nigeria | Niger Delta
adjective: Nigerian
demonym: Nigerian | Nigerians
capital: Abuja
seat: Aso Rock | Aso Villa
place: Lagos | Kano | Kaduna | Borno | Maiduguri | Port Harcourt | Ibadan | Jos | Plateau State | Benue | Zamfara
place: Katsina | Sokoto | Kebbi | Yobe | Adamawa | Bauchi | Gombe | Enugu | Onitsha | Owerri | Calabar | Warri
place: Benin City | Chibok | Abeokuta | Ilorin | Kogi | Niger State | Bayelsa | Rivers State | Delta State | Anambra
place: Ogoniland | Biafra | Yola | Kwara | Ondo | Oyo | Owo

[country NIC]
name: Nicaragua
code: NIC
alias: Republic of Nicaragua
adjective: Nicaraguan
demonym: Nicaraguan | Nicaraguans
capital: Managua
place: Masaya | Matagalpa | Bluefields | Estelí

[country NIU]
name: Niue
code: NIU
adjective: Niuean
capital: Alofi

[country NLD]
name: Netherlands
code: NLD
alias: Kingdom of the Netherlands | Holland
adjective: Dutch
demonym: Dutchman | Dutchmen | Dutchwoman
capital: Amsterdam
place: Rotterdam | Utrecht | Eindhoven | Groningen | Schiphol | Maastricht | Arnhem | Leiden | Zeeland | Friesland
place: Haarlem | Delft | Tilburg | Nijmegen | Gelderland

[country NOR]
name: Norway
code: NOR
alias: Kingdom of Norway
adjective: Norwegian
demonym: Norwegian | Norwegians
capital: Oslo
place: Bergen | Trondheim | Stavanger | Tromsø | Tromso | Utøya | Utoya | Kirkenes | Bodø | Finnmark

[country NPL]
name: Nepal
code: NPL
adjective: Nepali | Nepalese
demonym: Nepali | Nepalis | Nepalese
capital: Kathmandu
place: Pokhara | Bhaktapur | Biratnagar | Birgunj | Janakpur | Lumbini | Nepalgunj | Madhesh

[country NRU]
name: Nauru
code: NRU
alias: Republic of Nauru
adjective: Nauruan
capital: Yaren

[country NZL]
name: New Zealand
code: NZL
alias: NZ | Aotearoa
demonym: New Zealander | New Zealanders
capital: Wellington
place: Auckland | Christchurch | Dunedin | Tauranga | Rotorua | Otago | Waikato | Gisborne | Invercargill | Kaikoura
place: Whakaari | White Island

# ---------------------------------------------------------------------------------------------------------------
# O - P
# ---------------------------------------------------------------------------------------------------------------

[country OMN]
name: Oman
code: OMN
alias: Sultanate of Oman
adjective: Omani
demonym: Omani | Omanis
capital: Muscat
place: Salalah | Sohar | Duqm | Musandam | Dhofar

[country PAK]
name: Pakistan
code: PAK
alias: Islamic Republic of Pakistan
adjective: Pakistani | Baloch | Balochi | Baluch
demonym: Pakistani | Pakistanis
capital: Islamabad
place: Karachi | Lahore | Peshawar | Quetta | Rawalpindi | Faisalabad | Multan | Sindh | Balochistan | Baluchistan
place: Khyber Pakhtunkhwa | Waziristan | North Waziristan | South Waziristan | Swat Valley | Bajaur | Khyber | Gwadar
place: Abbottabad | Sialkot | Gilgit-Baltistan | Gilgit | Azad Kashmir | Muzaffarabad | Kurram | Parachinar | Bannu
place: Dera Ismail Khan | Mardan | Charsadda | Turbat | Mastung | Tirah | Sukkur | Larkana
place: Federally Administered Tribal Areas | Gujranwala | Bahawalpur | Muridke

[country PAN]
name: Panama
code: PAN
alias: Republic of Panama
adjective: Panamanian
demonym: Panamanian | Panamanians
capital: Panama City
place: Panama Canal | Darién Gap | Darién | Chiriquí | Bocas del Toro

[country PCN]
name: Pitcairn Islands
code: PCN
alias: Pitcairn | Pitcairn Island

[country PER]
name: Peru
code: PER
alias: Republic of Peru
adjective: Peruvian
demonym: Peruvian | Peruvians
capital: Lima
place: Arequipa | Cusco | Cuzco | Chiclayo | Piura | Puno | Ayacucho | Iquitos | Callao | Juliaca | Huancayo | VRAEM
place: Machu Picchu

[country PHL]
name: Philippines
code: PHL
alias: Republic of the Philippines
adjective: Philippine | Filipino
demonym: Filipino | Filipinos | Filipina | Filipinas
capital: Manila
seat: Malacañang | Malacañang Palace
place: Mindanao | Marawi | Cebu | Davao | Zamboanga | Sulu | Jolo | Basilan | Maguindanao | Cotabato | Quezon City
place: Makati | Tacloban | Leyte | Samar | Luzon | Visayas | Mindoro | Palawan | Iloilo | Bohol | Batangas | Pampanga
place: Bangsamoro | Lanao del Sur | Tawi-Tawi | Subic Bay | Baguio | Ilocos Norte | Batanes | Pasay | Taguig

[country PLW]
name: Palau
code: PLW
alias: Republic of Palau
adjective: Palauan
capital: Ngerulmud
place: Koror | Babeldaob

[country PNG]
name: Papua New Guinea
code: PNG
alias: PNG
adjective: Papua New Guinean
demonym: Papua New Guineans
capital: Port Moresby
place: Lae | Mount Hagen | Bougainville | Buka | Manus Island | Manus | Madang | Enga | Hela | Goroka | Wewak | Kokopo
place: Rabaul

[country POL]
name: Poland
code: POL
alias: Republic of Poland
adjective: Polish
capital: Warsaw
place: Kraków | Cracow | Gdańsk | Wroclaw | Wrocław | Poznań | Łódź | Lodz | Lublin | Rzeszów | Szczecin | Katowice
place: Przewodów | Białystok | Bialystok | Suwałki | Suwalki | Podlasie | Gdynia | Bydgoszcz | Toruń | Olsztyn
place: Przemyśl

[country PRI]
name: Puerto Rico
code: PRI
alias: Commonwealth of Puerto Rico
adjective: Puerto Rican
demonym: Puerto Rican | Puerto Ricans
place: Ponce | Mayagüez | Vieques

[country PRK]
name: North Korea
code: PRK
alias: Democratic People's Republic of Korea | DPRK | D.P.R.K. | N. Korea | N.Korea
adjective: North Korean
demonym: North Korean | North Koreans
capital: Pyongyang
seat: Ryongsong Residence
place: Kaesong | Wonsan | Hamhung | Sinuiju | Yongbyon | Punggye-ri | Rason | Chongjin | Nampo | Sohae | Tongchang-ri
place: Kanggye

[country PRT]
name: Portugal
code: PRT
alias: Portuguese Republic
adjective: Portuguese
demonym: Portuguese
capital: Lisbon
place: Porto | Oporto | Madeira | Azores | Algarve | Faro | Coimbra | Braga | Setúbal

[country PRY]
name: Paraguay
code: PRY
alias: Republic of Paraguay
adjective: Paraguayan
demonym: Paraguayan | Paraguayans
capital: Asunción
place: Ciudad del Este | Encarnación | Pedro Juan Caballero | Alto Paraná

[country PSE]
name: Palestine
code: PSE
alias: State of Palestine | Palestinian territories | occupied Palestinian territories
alias: Palestinian Territory | Occupied Palestinian Territory
alias: Gaza Strip | Gaza | West Bank | East Jerusalem
adjective: Palestinian
demonym: Palestinian | Palestinians
capital: Ramallah
place: Rafah | Khan Younis | Khan Yunis | Jenin | Nablus | Hebron | Jabalia | Jabaliya | Deir al-Balah | Beit Lahia
place: Beit Hanoun | Bethlehem | Jericho | Tulkarm | Qalqilya | Nuseirat | Shujaiya | Mawasi | Huwara | Sheikh Jarrah
place: Silwan

[country PYF]
name: French Polynesia
code: PYF
alias: Tahiti
adjective: French Polynesian
capital: Papeete
place: Bora Bora | Moorea | Mururoa | Moruroa | Fangataufa

# ---------------------------------------------------------------------------------------------------------------
# Q - R
# ---------------------------------------------------------------------------------------------------------------

[country QAT]
name: Qatar
code: QAT
alias: State of Qatar
adjective: Qatari
demonym: Qatari | Qataris
capital: Doha
place: Al Udeid | Lusail | Ras Laffan | Al Wakrah

[country REU]
# Written with "Island" so that the common noun "reunion" is not read as the territory.
name: Réunion Island
code: REU
alias: La Réunion

[country ROU]
name: Romania
code: ROU
alias: Rumania
adjective: Romanian
demonym: Romanian | Romanians
capital: Bucharest
place: Cluj-Napoca | Cluj | Timișoara | Iași | Constanța | Brașov | Transylvania | Galați | Tulcea | Craiova | Oradea
place: Sibiu | Ploiești

[country RUS]
name: Russia
code: RUS
alias: Russian Federation
adjective: Russian | Chechen
demonym: Russian | Russians
capital: Moscow
seat: Kremlin
place: St Petersburg | Saint Petersburg | Belgorod | Kursk | Bryansk | Rostov | Rostov-on-Don | Chechnya | Grozny
place: Dagestan | Makhachkala | Ingushetia | Kabardino-Balkaria | North Ossetia | Beslan | Krasnodar | Novorossiysk
place: Sochi | Kaliningrad | Murmansk | Vladivostok | Novosibirsk | Yekaterinburg | Kazan | Nizhny Novgorod | Samara
place: Voronezh | Siberia | Tatarstan | Bashkortostan | Yakutia | Kamchatka | Chukotka | Kuril Islands | Kurils
place: Sakhalin | Tver | Smolensk | Pskov | Taganrog | Saratov | Volgograd | Omsk | Chelyabinsk | Ufa | Arkhangelsk
place: Norilsk | Khabarovsk | Irkutsk | Krasnoyarsk | Tomsk | Lipetsk | Ryazan | Kaluga | Yamal | Novaya Zemlya
place: Buryatia | Tuva | Severomorsk | Kronstadt | Karelia

[country RWA]
name: Rwanda
code: RWA
alias: Republic of Rwanda
adjective: Rwandan
demonym: Rwandan | Rwandans
capital: Kigali
place: Gisenyi | Rubavu | Butare | Huye | Musanze | Ruhengeri | Rusizi

# ---------------------------------------------------------------------------------------------------------------
# S
# ---------------------------------------------------------------------------------------------------------------

[country SAU]
name: Saudi Arabia
code: SAU
alias: Kingdom of Saudi Arabia | KSA
adjective: Saudi | Saudi Arabian
demonym: Saudi | Saudis | Saudi Arabians
capital: Riyadh
place: Jeddah | Jiddah | Mecca | Makkah | Madinah | Dammam | Dhahran | Qatif | Jazan | Jizan | Najran | Abqaiq
place: Khobar | Tabuk | Ras Tanura | Taif | Asir | Neom

[country SDN]
name: Sudan
code: SDN
alias: Republic of the Sudan | Republic of Sudan
adjective: Sudanese
demonym: Sudanese
capital: Khartoum | Port Sudan
place: Darfur | El Fasher | al-Fashir | Nyala | Omdurman | Kordofan | El Obeid | Geneina | El Geneina | Wad Madani
place: Gezira | Kassala | Gedaref | Atbara | Zalingei | Kadugli | Dilling | Babanusa | Kutum | Tawila | Khartoum North
place: Jebel Marra | Nuba Mountains | Sennar | Kosti

[country SEN]
name: Senegal
code: SEN
alias: Republic of Senegal
adjective: Senegalese
demonym: Senegalese
capital: Dakar
place: Touba | Thiès | Ziguinchor | Casamance | Kaolack | Mbour

[country SGP]
name: Singapore
code: SGP
alias: Republic of Singapore
adjective: Singaporean
demonym: Singaporean | Singaporeans
place: Jurong | Changi | Sentosa

[country SGS]
name: South Georgia and the South Sandwich Islands
code: SGS
alias: South Georgia | South Sandwich Islands

[country SHN]
name: Saint Helena
code: SHN
alias: Saint Helena, Ascension and Tristan da Cunha | St Helena | St. Helena | Ascension Island
alias: Tristan da Cunha

[country SJM]
name: Svalbard and Jan Mayen
code: SJM
alias: Svalbard | Jan Mayen
capital: Longyearbyen

[country SLB]
name: Solomon Islands
code: SLB
adjective: Solomon Islander
demonym: Solomon Islanders
capital: Honiara
place: Guadalcanal | Malaita | Auki | Gizo

[country SLE]
name: Sierra Leone
code: SLE
alias: Republic of Sierra Leone
adjective: Sierra Leonean
demonym: Sierra Leonean | Sierra Leoneans
capital: Freetown
place: Kenema | Makeni | Koidu

[country SLV]
name: El Salvador
code: SLV
alias: Republic of El Salvador
adjective: Salvadoran | Salvadorean
demonym: Salvadoran | Salvadorans | Salvadoreans
capital: San Salvador
place: Soyapango | Apopa | Santa Tecla | Ilopango

[country SMR]
name: San Marino
code: SMR
alias: Republic of San Marino
adjective: Sammarinese

[country SOM]
name: Somalia
code: SOM
alias: Federal Republic of Somalia
adjective: Somali | Somalian
demonym: Somali | Somalis
capital: Mogadishu
place: Somaliland | Hargeisa | Puntland | Kismayo | Baidoa | Beledweyne | Garowe | Bosaso | Galkayo | Jubaland
place: Berbera | Lower Shabelle | Middle Shabelle | Gedo | Jowhar | Afgooye | Barawe | Galmudug | Hirshabelle
place: Las Anod | Dhusamareb

[country SPM]
name: Saint Pierre and Miquelon
code: SPM
alias: St Pierre and Miquelon | St. Pierre and Miquelon

[country SRB]
name: Serbia
code: SRB
alias: Republic of Serbia
adjective: Serbian | Serb
demonym: Serb | Serbs | Serbian | Serbians
capital: Belgrade
place: Novi Sad | Kragujevac | Vojvodina | Subotica | Novi Pazar | Preševo

[country SSD]
name: South Sudan
code: SSD
alias: Republic of South Sudan
adjective: South Sudanese
demonym: South Sudanese
capital: Juba
place: Malakal | Bor | Bentiu | Yei | Renk | Jonglei | Upper Nile | Unity State | Pibor | Yambio | Aweil | Torit
place: Akobo | Rumbek

[country STP]
name: São Tomé and Príncipe
code: STP
alias: São Tomé | Democratic Republic of São Tomé and Príncipe
adjective: Santomean
demonym: Santomeans

[country SUR]
name: Suriname
code: SUR
alias: Surinam | Republic of Suriname
adjective: Surinamese
demonym: Surinamese
capital: Paramaribo
place: Nickerie | Brokopondo | Moengo

[country SVK]
name: Slovakia
code: SVK
alias: Slovak Republic
adjective: Slovak | Slovakian
demonym: Slovak | Slovaks
capital: Bratislava
place: Košice | Žilina | Nitra | Prešov | Banská Bystrica | Handlová | Trnava

[country SVN]
name: Slovenia
code: SVN
alias: Republic of Slovenia
adjective: Slovenian | Slovene
demonym: Slovenian | Slovenians | Slovene | Slovenes
capital: Ljubljana
place: Maribor | Koper | Celje | Piran

[country SWE]
name: Sweden
code: SWE
alias: Kingdom of Sweden
adjective: Swedish
demonym: Swede | Swedes
capital: Stockholm
place: Gothenburg | Göteborg | Malmö | Uppsala | Örebro | Kiruna | Gotland | Södertälje | Norrköping | Linköping
place: Västerås

[country SWZ]
name: Eswatini
code: SWZ
alias: Swaziland | Kingdom of Eswatini
adjective: Swazi
demonym: Swazi | Swazis
capital: Mbabane
place: Manzini | Lobamba

[country SXM]
name: Sint Maarten
code: SXM
alias: St Maarten | St. Maarten
capital: Philipsburg

[country SYC]
name: Seychelles
code: SYC
alias: Republic of Seychelles
adjective: Seychellois
demonym: Seychellois
place: Mahé | Praslin

[country SYR]
name: Syria
code: SYR
alias: Syrian Arab Republic
adjective: Syrian
demonym: Syrian | Syrians
capital: Damascus
place: Aleppo | Idlib | Homs | Hama | Latakia | Tartus | Deir ez-Zor | Deir al-Zor | Deir el-Zour | Raqqa | Daraa
place: Deraa | Douma | Eastern Ghouta | Ghouta | Kobani | Kobane | Afrin | Manbij | Qamishli | Hasakah | Hasaka
place: Palmyra | Suwayda | Sweida | Golan Heights | Quneitra | Jableh | Baniyas | Khan Sheikhoun | Maarat al-Numan
place: Ras al-Ain | Tal Abyad | Jarablus | Azaz | Abu Kamal | Albukamal | Bab al-Hawa | Saraqeb | Jisr al-Shughur
place: Madaya | Zabadani | Qusayr | Rojava | Hmeimim | Khmeimim | Sheikh Maqsoud | Al-Tanf

# ---------------------------------------------------------------------------------------------------------------
# T
# ---------------------------------------------------------------------------------------------------------------

[country TCA]
name: Turks and Caicos Islands
code: TCA
alias: Turks and Caicos
capital: Cockburn Town
place: Providenciales | Grand Turk

[country TCD]
name: Chad
code: TCD
alias: Republic of Chad
adjective: Chadian
demonym: Chadian | Chadians
capital: N'Djamena | Ndjamena
place: Moundou | Abéché | Adré | Faya-Largeau | Sarh | Tibesti

[country TGO]
name: Togo
code: TGO
alias: Togolese Republic
adjective: Togolese
demonym: Togolese
capital: Lomé
place: Sokodé | Dapaong

[country THA]
name: Thailand
code: THA
alias: Kingdom of Thailand
adjective: Thai
demonym: Thai | Thais
capital: Bangkok
place: Chiang Mai | Phuket | Pattaya | Pattani | Yala | Narathiwat | Songkhla | Hat Yai | Khon Kaen
place: Nakhon Ratchasima | Korat | Udon Thani | Chiang Rai | Krabi | Koh Samui | Mae Sot | Sa Kaeo | Ubon Ratchathani
place: Sisaket | Ayutthaya | Nong Bua Lamphu

[country TJK]
name: Tajikistan
code: TJK
alias: Republic of Tajikistan
adjective: Tajik | Tajikistani
demonym: Tajik | Tajiks
capital: Dushanbe
place: Khujand | Kulob | Gorno-Badakhshan | Khorog | Bokhtar | Isfara | Rasht Valley

[country TKL]
name: Tokelau
code: TKL
adjective: Tokelauan

[country TKM]
name: Turkmenistan
code: TKM
adjective: Turkmen
demonym: Turkmen | Turkmens
capital: Ashgabat | Ashkhabad
place: Turkmenabat | Dashoguz | Balkanabat | Darvaza | Awaza

[country TLS]
name: East Timor
code: TLS
alias: Timor-Leste | Democratic Republic of Timor-Leste
adjective: East Timorese | Timorese
demonym: East Timorese | Timorese
capital: Dili
place: Baucau | Oecusse | Suai | Maliana

[country TON]
name: Tonga
code: TON
alias: Kingdom of Tonga
adjective: Tongan
demonym: Tongan | Tongans
capital: Nuku'alofa | Nukualofa
place: Vava'u | Hunga Tonga

[country TTO]
name: Trinidad and Tobago
code: TTO
alias: Trinidad
adjective: Trinidadian | Trinbagonian
demonym: Trinidadian | Trinidadians
capital: Port of Spain
place: Tobago | Chaguanas

[country TUN]
name: Tunisia
code: TUN
alias: Tunisian Republic
adjective: Tunisian
demonym: Tunisian | Tunisians
capital: Tunis
seat: Carthage Palace
place: Sfax | Sousse | Sidi Bouzid | Kairouan | Bizerte | Gafsa | Djerba | Monastir | Gabès | Ben Guerdane | Kasserine
place: Medenine

[country TUR]
name: Turkey
code: TUR
alias: Türkiye | Republic of Türkiye | Republic of Turkey
adjective: Turkish
demonym: Turk | Turks
capital: Ankara
place: Istanbul | Izmir | Antalya | Gaziantep | Diyarbakır | Hatay | Antakya | Kahramanmaraş | Adana | Bursa | Konya
place: Mersin | Şanlıurfa | Urfa | Malatya | Adıyaman | Mardin | Şırnak | Hakkari | Cizre | Kilis | Incirlik | Bodrum
place: Trabzon | Eskişehir | Kayseri | Erzurum | Tunceli | Suruç | Anatolia | Osmaniye | Iskenderun | Nusaybin

[country TUV]
name: Tuvalu
code: TUV
adjective: Tuvaluan
capital: Funafuti

[country TWN]
name: Taiwan
code: TWN
alias: Republic of China | ROC | R.O.C. | Chinese Taipei
adjective: Taiwanese
demonym: Taiwanese
capital: Taipei
place: Kaohsiung | Taichung | Tainan | Hsinchu | Taoyuan | Keelung | Hualien | Kinmen | Quemoy | Penghu | Taitung
place: Pingtung | New Taipei

[country TZA]
name: Tanzania
code: TZA
alias: United Republic of Tanzania
adjective: Tanzanian
demonym: Tanzanian | Tanzanians
capital: Dodoma | Dar es Salaam
place: Zanzibar | Arusha | Mwanza | Mtwara | Kilimanjaro | Moshi | Mbeya | Tanga | Ngorongoro | Loliondo

# ---------------------------------------------------------------------------------------------------------------
# U
# ---------------------------------------------------------------------------------------------------------------

[country UGA]
name: Uganda
code: UGA
alias: Republic of Uganda
adjective: Ugandan
demonym: Ugandan | Ugandans
capital: Kampala
place: Gulu | Kasese | Entebbe | Jinja | Mbarara | Arua | Karamoja

[country UKR]
name: Ukraine
code: UKR
adjective: Ukrainian
demonym: Ukrainian | Ukrainians
capital: Kyiv | Kiev
seat: Bankova
place: Kharkiv | Kharkov | Odesa | Odessa | Lviv | Lvov | Dnipro | Dnipropetrovsk | Donetsk | Luhansk | Lugansk
place: Zaporizhzhia | Zaporizhia | Zaporozhye | Kherson | Mariupol | Bakhmut | Artemivsk | Avdiivka | Crimea
place: Sevastopol | Simferopol | Kerch | Donbas | Donbass | Mykolaiv | Sumy | Chernihiv | Poltava | Vinnytsia
place: Zhytomyr | Bucha | Irpin | Hostomel | Borodianka | Izium | Izyum | Kramatorsk | Sloviansk | Slovyansk
place: Pokrovsk | Vuhledar | Chasiv Yar | Kupiansk | Toretsk | Lysychansk | Sievierodonetsk | Severodonetsk
place: Kostiantynivka | Myrnohrad | Siversk | Kurakhove | Vovchansk | Huliaipole | Enerhodar | Nova Kakhovka
place: Kakhovka | Melitopol | Berdiansk | Kremenchuk | Kryvyi Rih | Ternopil | Ivano-Frankivsk | Uzhhorod | Lutsk
place: Rivne | Cherkasy | Kropyvnytskyi | Khmelnytskyi | Chernivtsi | Chernobyl | Chornobyl | Snake Island
place: Zakarpattia | Transcarpathia | Volyn

[country UMI]
name: United States Minor Outlying Islands
code: UMI
alias: U.S. Minor Outlying Islands | US Minor Outlying Islands | Wake Island | Midway Atoll | Midway Islands
alias: Johnston Atoll | Palmyra Atoll | Kingman Reef | Howland Island | Baker Island | Jarvis Island
alias: Navassa Island

[country URY]
name: Uruguay
code: URY
alias: Oriental Republic of Uruguay
adjective: Uruguayan
demonym: Uruguayan | Uruguayans
capital: Montevideo
place: Punta del Este | Paysandú | Colonia del Sacramento

[country USA]
name: United States
code: USA
alias: United States of America | US | U.S. | USA | U.S.A. | America
alias: New Jersey | New Mexico | New England
adjective: American
demonym: American | Americans
capital: Washington | Washington DC | Washington D.C.
seat: White House | Oval Office | Foggy Bottom | Pentagon | State Department | Department of State
place: New York | New York City | Los Angeles | Chicago | Houston | San Francisco | Miami | Seattle | Boston
place: Philadelphia | Detroit | Atlanta | Minneapolis | New Orleans | Dallas | Denver | Las Vegas | Baltimore
place: San Diego | California | Texas | Florida | Virginia | Ohio | Pennsylvania | Michigan | Arizona | Nevada
place: Wisconsin | North Carolina | South Carolina | Iowa | Alaska | Hawaii | Louisiana | Illinois | Massachusetts
place: Colorado | Minnesota | Oregon | Kentucky | Tennessee | Alabama | Mississippi | Oklahoma | Missouri | Maryland
place: Connecticut | New Hampshire | Utah | Kansas | Nebraska | Idaho | Montana | Wyoming | Vermont | Maine | Delaware
place: Rhode Island | West Virginia | Arkansas | North Dakota | South Dakota | Indiana | Pearl Harbor | El Paso
place: Uvalde | Charlottesville | Brooklyn | Manhattan | Honolulu

[country UZB]
name: Uzbekistan
code: UZB
alias: Republic of Uzbekistan
adjective: Uzbek | Uzbekistani
demonym: Uzbek | Uzbeks
capital: Tashkent
place: Samarkand | Bukhara | Andijan | Namangan | Nukus | Karakalpakstan | Termez | Khiva

# ---------------------------------------------------------------------------------------------------------------
# V - Z
# ---------------------------------------------------------------------------------------------------------------

[country VAT]
name: Vatican
code: VAT
alias: Holy See | Vatican City | Vatican City State
seat: Apostolic Palace

[country VCT]
name: Saint Vincent and the Grenadines
code: VCT
alias: St Vincent and the Grenadines | St. Vincent and the Grenadines | Saint Vincent | St Vincent | St. Vincent
adjective: Vincentian
capital: Kingstown
place: Bequia | Union Island

[country VEN]
name: Venezuela
code: VEN
alias: Bolivarian Republic of Venezuela
adjective: Venezuelan
demonym: Venezuelan | Venezuelans
capital: Caracas
seat: Miraflores Palace
place: Maracaibo | Zulia | Táchira | Barquisimeto | Apure | Ciudad Guayana | Puerto Ayacucho | Maturín | Anzoátegui
place: Carabobo | Puerto Cabello | La Guaira | Petare | Cumaná

[country VGB]
name: British Virgin Islands
code: VGB
alias: BVI
capital: Road Town
place: Tortola | Virgin Gorda

[country VIR]
name: U.S. Virgin Islands
code: VIR
alias: US Virgin Islands | United States Virgin Islands | USVI
capital: Charlotte Amalie
place: St Croix

[country VNM]
name: Vietnam
code: VNM
alias: Viet Nam | Socialist Republic of Vietnam
adjective: Vietnamese
demonym: Vietnamese
capital: Hanoi
place: Ho Chi Minh City | Saigon | Da Nang | Haiphong | Hai Phong | Nha Trang | Can Tho | Mekong Delta | Quang Ninh
place: Dak Lak | Cam Ranh | Vung Tau | Lao Cai | Quang Ngai

[country VUT]
name: Vanuatu
code: VUT
alias: Republic of Vanuatu
adjective: Ni-Vanuatu
capital: Port Vila
place: Luganville | Espiritu Santo | Tanna

[country WLF]
name: Wallis and Futuna
code: WLF
capital: Mata-Utu

[country WSM]
name: Samoa
code: WSM
alias: Independent State of Samoa | Western Samoa
adjective: Samoan
demonym: Samoan | Samoans
capital: Apia
place: Upolu | Savai'i

[country YEM]
name: Yemen
code: YEM
alias: Republic of Yemen
adjective: Yemeni
demonym: Yemeni | Yemenis
capital: Sanaa | Sana'a
place: Hodeidah | Hudaydah | Taiz | Marib | Mukalla | Hadramout | Hadramawt | Saada | Shabwa | Abyan | Socotra | Lahj
place: Dhamar | Ras Isa | Mokha | Hajjah | Amran

[country ZAF]
name: South Africa
code: ZAF
alias: Republic of South Africa
adjective: South African
demonym: South African | South Africans
capital: Pretoria | Tshwane
seat: Union Buildings
place: Johannesburg | Cape Town | Durban | Soweto | Port Elizabeth | Gqeberha | KwaZulu-Natal | Gauteng | Western Cape
place: Eastern Cape | Bloemfontein | Marikana | Polokwane | Limpopo | Mpumalanga | Stellenbosch | Sandton
place: Pietermaritzburg | Rustenburg | Nkandla

[country ZMB]
name: Zambia
code: ZMB
alias: Republic of Zambia
adjective: Zambian
demonym: Zambian | Zambians
capital: Lusaka
place: Ndola | Kitwe | Kabwe | Chipata

[country ZWE]
name: Zimbabwe
code: ZWE
alias: Republic of Zimbabwe
adjective: Zimbabwean
demonym: Zimbabwean | Zimbabweans
capital: Harare
place: Bulawayo | Mutare | Gweru | Masvingo | Matabeleland | Chitungwiza | Marange | Kwekwe

# ---------------------------------------------------------------------------------------------------------------
# Former states. Each is valid only between `from` and `until`; a shared capital stays with the successor.
# ---------------------------------------------------------------------------------------------------------------

[country ANT]
name: Netherlands Antilles
code: ANT
alias: Dutch Antilles
adjective: Antillean
from: 1954-12-15
until: 2010-10-10

[country CSK]
name: Czechoslovakia
code: CSK
alias: Czecho-Slovakia | Czechoslovak Socialist Republic | Czech and Slovak Federative Republic | CSSR
adjective: Czechoslovak | Czechoslovakian
demonym: Czechoslovaks
from: 1918-10-28
until: 1993-01-01

[country DDR]
name: East Germany
code: DDR
alias: German Democratic Republic | GDR
adjective: East German
demonym: East German | East Germans
capital: East Berlin
from: 1949-10-07
until: 1990-10-03

[country FRY]
name: Yugoslavia
code: FRY
alias: Federal Republic of Yugoslavia | FR Yugoslavia | FRY
adjective: Yugoslav | Yugoslavian
demonym: Yugoslavs
from: 1992-04-27
until: 2003-02-04

[country GMW]
name: West Germany
code: GMW
adjective: West German
demonym: West German | West Germans
capital: Bonn
from: 1949-05-23
until: 1990-10-03

[country SCG]
name: Serbia and Montenegro
code: SCG
alias: State Union of Serbia and Montenegro | Serbia-Montenegro
from: 2003-02-04
until: 2006-06-03

[country SUN]
name: Soviet Union
code: SUN
alias: Union of Soviet Socialist Republics | USSR | U.S.S.R.
adjective: Soviet
demonym: Soviets
from: 1922-12-30
until: 1991-12-26

[country YMD]
name: South Yemen
code: YMD
alias: People's Democratic Republic of Yemen | PDRY
adjective: South Yemeni
demonym: South Yemenis
capital: Aden
from: 1967-11-30
until: 1990-05-22

[country YMN]
name: North Yemen
code: YMN
alias: Yemen Arab Republic | YAR
adjective: North Yemeni
demonym: North Yemenis
from: 1962-09-26
until: 1990-05-22

[country YUG]
name: Yugoslavia
code: YUG
alias: Socialist Federal Republic of Yugoslavia | SFR Yugoslavia | SFRY
adjective: Yugoslav | Yugoslavian
demonym: Yugoslavs
from: 1945-11-29
until: 1992-04-27

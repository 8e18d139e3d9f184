#!/usr/bin/env python3
"""Template generator for the Parley name-finder corpus.

Writes sentences in Parley's inline markup ([P person], [L location], [O organization];
blank line between documents) to the file given as the only argument. Deterministic: a fixed
seed and fixed lists, so the same corpus comes out on every run. Names are invented
combinations of common given names and surnames from many origins; the templates are
news-style sentences about diplomacy, wars and negotiations.
"""
import random
import sys

SEED = 20240611
DOCS = 900

# ---------------------------------------------------------------- people, by origin
# order: "western" = Given Family; "eastern" = Family Given (surname is the first word)
ORIGINS = {
    "slavic": ("western",
               "Sergei Andrei Dmitry Mikhail Alexei Yuri Igor Nikolai Pavel Oleg Vadim Olena Iryna Natalia "
               "Tatiana Yevgeny Kirill Bohdan Taras Mykola Oksana Piotr Tomasz Katarzyna Milos Dragan Jelena "
               "Vuk Anatoly Ruslan Svetlana Valentina Maxim Stanislav Hennadiy Viktoriya Denys Roman",
               "Ivanov Petrov Sokolov Volkov Morozov Kovalenko Shevchenko Bondarenko Tkachuk Melnyk Kravchenko "
               "Nowak Kowalski Wisniewski Jovanovic Petrovic Markovic Zaitsev Orlov Fedorov Gromov Belov "
               "Karpenko Rudenko Savchenko Sidorenko Yermolenko Kuznetsov Popov Lebedev Novikov Zhukov "
               "Pavlenko Hrytsenko Stefanchuk Vasylenko Mazur Wojcik Dvorak Horak Babic Kovacevic"),
    "arabic": ("arabic",
               "Ahmed Mohammed Khalid Omar Youssef Tariq Faisal Hassan Karim Samir Nabil Layla Fatima Rania "
               "Salma Ibrahim Mahmoud Walid Jamal Hamza Adel Nasser Mona Hiba Ziad Amr Bassam Rashid Hisham",
               "al-Masri Haddad Khoury Mansour Nasser Saleh al-Tamimi el-Sayed Hamdan Qasim al-Jaber Bakr "
               "Darwish Farouk al-Otaibi al-Hashimi Abdelaziz Barakat Shalaby al-Shammari Younes Fakhoury "
               "el-Khatib al-Mutairi Ghanem Zoubi Haidari al-Kuwari Suleiman Abu_Zaid"),
    "turkish": ("western",
                "Mehmet Ahmet Emre Burak Elif Zeynep Cem Kemal Selim Murat Aylin Onur Serkan Gulnur Tugba "
                "Levent Volkan Deniz Kaan Esra Ilker Yusuf Bulent",
                "Yilmaz Kaya Demir Sahin Celik Ozturk Aydin Arslan Dogan Kilic Yildiz Korkmaz Erdem Aksoy "
                "Gunes Polat Kurt Ozdemir Aslan Cetin Kara Tekin Bayram Unal"),
    "persian": ("western",
                "Ali Reza Javad Mohsen Saeed Parisa Maryam Kaveh Dariush Farhad Hamid Mehdi Nasrin Shirin "
                "Behrouz Majid Kazem Ebrahim Golnaz Babak",
                "Hosseini Rahimi Karimi Moradi Tehrani Jafari Rezaei Ahmadi Sadeghi Mousavi Najafi Ghorbani "
                "Mohammadi Bagheri Hashemi Kazemi Safavi Nouri Ebrahimi Amiri"),
    "chinese": ("eastern",
                "Wei Jianguo Xiaoming Lihua Hong Yun Jian Mingzhu Haitao Zhiwei Fang Qiang Xiaoyu Jun Lei "
                "Yanping Guohua Chunhua Dong Bo",
                "Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Hu Guo Lin He Gao Luo Zheng Liang"),
    "korean": ("eastern",
               "Min-jun Seo-yeon Ji-hoon Hyun-woo Soo-jin Dong-hyun Young-ho Jae-sung Eun-ji Sung-min "
               "Kyung-wha Tae-yong Chol-su Myong-hui Sang-woo In-ho",
               "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Oh Seo Kwon Hwang Ri Pak"),
    "japanese": ("western",
                 "Hiroshi Takeshi Yuki Kenji Akiko Haruto Naoko Taro Yoshimasa Keiko Shinjiro Yoko Daisuke "
                 "Masato Emiko Koichi Ryota Sachiko",
                 "Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Sato Matsumoto Inoue "
                 "Kimura Hayashi Shimizu Yamaguchi Mori Ikeda Hashimoto Okada Fujita"),
    "african": ("western",
                "Kwame Amina Chinedu Oluwaseun Abebe Tesfaye Wanjiru Jomo Thabo Nomvula Moussa Fatou Kofi "
                "Adaeze Jean-Pierre Aline Emmanuel Grace Yaw Ngozi Sipho Lindiwe Mamadou Awa Jean-Claude "
                "Désiré Innocent Esther Gedion Hailu Olusegun Bola Uhuru Raila Yoweri Salva Riek Abiy "
                "Paul Faustin Felix Denis Alpha Ousmane Idriss Mahamat Boubacar Hage Nana Akufo John",
                "Mensah Okafor Adeyemi Bekele Tadesse Kamau Odhiambo Ndlovu Dlamini Diallo Traore Keita "
                "Mugisha Habimana Banda Mwangi Nkosi Asante Boateng Okonkwo Abubakar Sow Ndiaye Kagame-Rugira "
                "Mukendi Ilunga Kabongo Nsengiyumva Girma Wolde Otieno Phiri Obasanjo Tinubu Odinga Machar "
                "Deby Conde Barrow Geingob Mnangagwa Kiir Museveni Ruto Nyusi Bio Weah Masisi Ouattara"),
    "latin": ("western",
              "Carlos Juan Luis Maria Ana Diego Alejandro Gabriela Camila Andres Javier Lucia Fernando "
              "Ricardo Paula Sebastian Valentina Rodrigo Mariana Gustavo Ximena Eduardo Rafael Beatriz "
              "Humberto Horacio Ernesto Ignacio Marcelo Alvaro Nicolas Evo Rosa Dilma Enrique Mauricio",
              "Gonzalez Rodriguez Lopez Perez Ramirez Torres Castillo Herrera Morales Vargas Rojas Mendoza "
              "Silva Oliveira Pereira Gutierrez Navarro Ortega Delgado Cardenas Restrepo Quintero Benitez "
              "Salazar Acosta Figueroa Cabrera Sandoval de_la_Torre de_la_Vega del_Valle Ortiz Nunez "
              "Arce Boric Petro-Urrego Bukele Noboa Ebrard Calderon Santamaria Villanueva Echeverria"),
    "european": ("western",
                 "Thomas Anna Pierre Claire Jean Hans Klaus Ingrid Lars Sofia Marco Giulia Luca Elena Pablo "
                 "Isabel Jan Pieter Erik Astrid Henrik Nikos Eleni Dimitris Katrin Matthias Sophie Olivier "
                 "Francesca Alessandro Joao Margaret James Fiona Patrick Siobhan Oliver Charlotte Helen "
                 "Richard Annalena Jens Gunnar Michael David John Robert William Steven Mark Paul Kevin Brian "
                 "Jennifer Susan Karen Linda Rachel Emily Laura Nancy Chris Tom Bill Jim Bob Mike Dan Greg "
                 "Jeff Tony Andrew Peter Simon Nick Ben Sam Kate Liz Jill Amy Anne Alan Neil Keith Gordon "
                 "Wendy Frank George Howard Scott Alex Sarah Walter Rex Jake Kurt Ned Dean Roy Lloyd Gary",
                 "Muller Schmidt Weber Dubois Laurent Moreau Rossi Bianchi Ferrari Fernandez Jansen Andersson "
                 "Johansson Nielsen Hansen Papadopoulos Georgiou Horvath O'Brien Murphy Taylor Brown Wilson "
                 "Clarke Hughes Walsh Lindqvist Bergstrom Lefevre Fontaine Romano Costa Bakker Visser "
                 "Schneider Hoffmann Wagner-Lutz Becker Koch Richter Eriksen Virtanen Korhonen Thompson "
                 "Fletcher Harrington Whitaker Johnson Williams Miller Davis Anderson Jackson White Harris "
                 "Martin Garcia-Lopez Robinson Lewis Walker Young Allen King Wright Scott Green Baker Adams "
                 "Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins "
                 "Stewart Morris Rogers Reed Cook Morgan Bell Cooper Howard Ward Cox Kelly Price Bennett "
                 "Sullivan Ross Foster Hayes Burns Gibson Ellison McCarthy MacLeod Donnelly Van_Dyke "
                 "Hollis Kerrigan Stanton Holbrook Pruitt Whitfield Lockwood Ashby Crane Blackwell"),
    "southasian": ("western",
                   "Rajesh Priya Arjun Sunita Vikram Anil Deepak Kavita Imran Ayesha Bilal Farhan Nadia "
                   "Sanjay Rahul Harsh Meera Asif Zainab Tanvir Shreya Nitin",
                   "Sharma Verma Gupta Singh Patel Reddy Iyer Chaudhry Malik Hussain Rahman Chowdhury "
                   "Siddiqui Bhattacharya Mehta Nair Kapoor Joshi Abbasi Butt Ansari Mirza Haque"),
    "caucasus": ("western",
                 "Aibek Timur Rustam Dilnoza Nurlan Aigerim Giorgi Nino Levan Armen Anahit Tigran Elnur "
                 "Leyla Farid Gulnara Bakhyt Zurab Kassym-Jomart Shavkat Emomali Sadyr Serdar",
                 "Abdullayev Karimov Nazarov Beridze Gelashvili Hakobyan Grigoryan Mammadov Huseynov "
                 "Suleimenov Zhakupov Tsereteli Sargsyan Rahimov Jurayev Kapanadze"),
    "southeastasian": ("western",
                       "Somchai Anan Siti Budi Retno Nguyen Thanh Rizal Maria Joko Ahmad Nurul Aung Thida "
                       "Sokha Vanna Kriangsak Wiroj Dewi Agus",
                       "Srisuk Chaiyasit Santoso Wibowo Pratama Reyes Santos Dela_Cruz Tan Lim Rahman "
                       "Sukarno-Putra Thongchai Boonmee Sokhom Chea Hun-Sen-Leng Win Myint-Aung"),
    "hebrew": ("western",
               "Yossi Avi Noa Tamar Eitan Ronit Gideon Yael Amir Dalia Moshe Shira",
               "Cohen Levi Mizrahi Peretz Biton Friedman Shapiro Katz Ben-David Rosen Golan Harel Dermer "
               "Herzog Gantz Lapid Barak Sa'ar"),
}

# ------------------------------------------------------------------------- countries
# name | demonym | capital | other cities | origin of its officials | aliases
COUNTRIES = [
    ("Russia", "Russian", "Moscow", "St. Petersburg|Sochi|Kazan|Rostov-on-Don|Kursk|Belgorod", "slavic", ""),
    ("Ukraine", "Ukrainian", "Kyiv", "Kharkiv|Odesa|Lviv|Dnipro|Zaporizhzhia|Kherson|Mariupol", "slavic", ""),
    ("Belarus", "Belarusian", "Minsk", "Brest|Gomel|Vitebsk", "slavic", ""),
    ("Poland", "Polish", "Warsaw", "Krakow|Gdansk|Rzeszow", "slavic", ""),
    ("Serbia", "Serbian", "Belgrade", "Novi Sad|Nis", "slavic", ""),
    ("Turkey", "Turkish", "Ankara", "Istanbul|Antalya|Izmir|Gaziantep", "turkish", "Turkiye"),
    ("Iran", "Iranian", "Tehran", "Isfahan|Mashhad|Tabriz", "persian", ""),
    ("Saudi Arabia", "Saudi", "Riyadh", "Jeddah|Dammam", "arabic", ""),
    ("Qatar", "Qatari", "Doha", "", "arabic", ""),
    ("Egypt", "Egyptian", "Cairo", "Alexandria|Sharm el-Sheikh", "arabic", ""),
    ("Jordan", "Jordanian", "Amman", "Aqaba", "arabic", ""),
    ("Lebanon", "Lebanese", "Beirut", "Tyre|Sidon", "arabic", ""),
    ("Syria", "Syrian", "Damascus", "Aleppo|Homs|Idlib", "arabic", ""),
    ("Iraq", "Iraqi", "Baghdad", "Basra|Mosul|Erbil", "arabic", ""),
    ("Oman", "Omani", "Muscat", "Salalah", "arabic", ""),
    ("United Arab Emirates", "Emirati", "Abu Dhabi", "Dubai", "arabic", "UAE"),
    ("Yemen", "Yemeni", "Sanaa", "Aden|Hodeidah|Marib", "arabic", ""),
    ("Libya", "Libyan", "Tripoli", "Benghazi|Misrata", "arabic", ""),
    ("Sudan", "Sudanese", "Khartoum", "Port Sudan|El Fasher|Omdurman", "arabic", ""),
    ("Israel", "Israeli", "Jerusalem", "Tel Aviv|Haifa", "hebrew", ""),
    ("China", "Chinese", "Beijing", "Shanghai|Guangzhou|Shenzhen|Wuhan", "chinese", ""),
    ("Taiwan", "Taiwanese", "Taipei", "Kaohsiung", "chinese", ""),
    ("South Korea", "South Korean", "Seoul", "Busan|Incheon", "korean", ""),
    ("North Korea", "North Korean", "Pyongyang", "Kaesong", "korean", ""),
    ("Japan", "Japanese", "Tokyo", "Osaka|Hiroshima|Nagasaki", "japanese", ""),
    ("Nigeria", "Nigerian", "Abuja", "Lagos|Kano", "african", ""),
    ("Ethiopia", "Ethiopian", "Addis Ababa", "Mekelle|Bahir Dar", "african", ""),
    ("Kenya", "Kenyan", "Nairobi", "Mombasa|Kisumu", "african", ""),
    ("South Africa", "South African", "Pretoria", "Johannesburg|Cape Town|Durban", "african", ""),
    ("Rwanda", "Rwandan", "Kigali", "Gisenyi", "african", ""),
    ("Democratic Republic of Congo", "Congolese", "Kinshasa", "Goma|Bukavu|Lubumbashi", "african", "DR Congo|Congo"),
    ("Ghana", "Ghanaian", "Accra", "Kumasi", "african", ""),
    ("Senegal", "Senegalese", "Dakar", "", "african", ""),
    ("Mali", "Malian", "Bamako", "Timbuktu|Gao", "african", ""),
    ("Angola", "Angolan", "Luanda", "", "african", ""),
    ("Colombia", "Colombian", "Bogota", "Medellin|Cali|Cartagena", "latin", ""),
    ("Venezuela", "Venezuelan", "Caracas", "Maracaibo", "latin", ""),
    ("Mexico", "Mexican", "Mexico City", "Monterrey|Guadalajara", "latin", ""),
    ("Brazil", "Brazilian", "Brasilia", "Sao Paulo|Rio de Janeiro", "latin", ""),
    ("Argentina", "Argentine", "Buenos Aires", "Cordoba", "latin", ""),
    ("Cuba", "Cuban", "Havana", "Santiago de Cuba", "latin", ""),
    ("Chile", "Chilean", "Santiago", "Valparaiso", "latin", ""),
    ("Peru", "Peruvian", "Lima", "Cusco", "latin", ""),
    ("France", "French", "Paris", "Marseille|Lyon|Strasbourg", "european", ""),
    ("Germany", "German", "Berlin", "Munich|Hamburg|Frankfurt", "european", ""),
    ("United Kingdom", "British", "London", "Edinburgh|Manchester|Belfast", "european", "Britain|UK|U.K."),
    ("Italy", "Italian", "Rome", "Milan|Naples", "european", ""),
    ("Spain", "Spanish", "Madrid", "Barcelona|Seville", "european", ""),
    ("Norway", "Norwegian", "Oslo", "Bergen", "european", ""),
    ("Sweden", "Swedish", "Stockholm", "Gothenburg", "european", ""),
    ("Finland", "Finnish", "Helsinki", "Turku", "european", ""),
    ("Switzerland", "Swiss", "Bern", "Geneva|Zurich|Lausanne|Lucerne", "european", ""),
    ("Austria", "Austrian", "Vienna", "Salzburg", "european", ""),
    ("Netherlands", "Dutch", "The Hague", "Amsterdam|Rotterdam", "european", ""),
    ("Belgium", "Belgian", "Brussels", "Antwerp", "european", ""),
    ("Greece", "Greek", "Athens", "Thessaloniki", "european", ""),
    ("Cyprus", "Cypriot", "Nicosia", "Larnaca", "european", ""),
    ("Ireland", "Irish", "Dublin", "Cork", "european", ""),
    ("United States", "American", "Washington", "New York|Los Angeles|Chicago|Miami", "european", "U.S.|US|America"),
    ("Canada", "Canadian", "Ottawa", "Toronto|Montreal", "european", ""),
    ("India", "Indian", "New Delhi", "Mumbai|Kolkata|Chennai", "southasian", ""),
    ("Pakistan", "Pakistani", "Islamabad", "Karachi|Lahore|Peshawar", "southasian", ""),
    ("Bangladesh", "Bangladeshi", "Dhaka", "Chittagong", "southasian", ""),
    ("Afghanistan", "Afghan", "Kabul", "Kandahar|Herat", "southasian", ""),
    ("Sri Lanka", "Sri Lankan", "Colombo", "Jaffna", "southasian", ""),
    ("Kazakhstan", "Kazakh", "Astana", "Almaty", "caucasus", ""),
    ("Uzbekistan", "Uzbek", "Tashkent", "Samarkand", "caucasus", ""),
    ("Georgia", "Georgian", "Tbilisi", "Batumi", "caucasus", ""),
    ("Armenia", "Armenian", "Yerevan", "Gyumri", "caucasus", ""),
    ("Azerbaijan", "Azerbaijani", "Baku", "Ganja", "caucasus", ""),
    ("Thailand", "Thai", "Bangkok", "Chiang Mai", "southeastasian", ""),
    ("Cambodia", "Cambodian", "Phnom Penh", "Siem Reap", "southeastasian", ""),
    ("Vietnam", "Vietnamese", "Hanoi", "Ho Chi Minh City|Da Nang", "southeastasian", ""),
    ("Indonesia", "Indonesian", "Jakarta", "Surabaya|Bali", "southeastasian", ""),
    ("Malaysia", "Malaysian", "Kuala Lumpur", "Putrajaya|Penang", "southeastasian", ""),
    ("Philippines", "Philippine", "Manila", "Cebu|Davao", "southeastasian", ""),
    ("Myanmar", "Myanmar", "Naypyitaw", "Yangon|Mandalay", "southeastasian", ""),
]

REGIONS = ["Donbas", "Crimea", "Gaza Strip", "West Bank", "Black Sea", "Red Sea", "Middle East",
           "Balkans", "Kashmir", "Sahel", "Horn of Africa", "South China Sea", "Korean Peninsula",
           "Nagorno-Karabakh", "Darfur", "Tigray", "Caucasus", "Persian Gulf", "Baltic Sea",
           "Western Sahara", "Kurdistan", "Transnistria", "Abkhazia", "Golan Heights", "Sinai",
           "Europe", "Africa", "Asia", "Latin America", "Central Asia", "Arctic"]

VENUES = ["Dolmabahce Palace", "Lancaster House", "Palais des Nations", "Camp David", "Elysee Palace",
          "Ciragan Palace", "Hofburg Palace", "Villa La Grange", "Peace House", "Great Hall of the People",
          "Blair House", "Diaoyutai State Guesthouse", "Intercontinental Hotel", "Sheraton Hotel",
          "Ritz-Carlton", "Vahdettin Pavilion", "Schloss Elmau", "Palais Coburg", "Chequers",
          "Marriott Hotel", "Kempinski Hotel", "Radisson Blu", "Bellevue Palace", "Konstantinovsky Palace",
          "Mariinsky Palace", "Akasaka Palace", "Rashtrapati Bhavan", "Casa Rosada", "Palacio de Miraflores",
          "Chateau de Bossey", "Sharm el-Sheikh International Convention Center", "King Abdulaziz Conference Center"]

ORGS = ["United Nations", "UN", "U.N.", "NATO", "European Union", "EU", "OSCE",
        "Organization for Security and Co-operation in Europe", "African Union", "Arab League", "ASEAN",
        "International Atomic Energy Agency", "IAEA", "International Committee of the Red Cross", "ICRC",
        "World Bank", "International Monetary Fund", "IMF", "Security Council", "UN Security Council",
        "European Commission", "European Council", "Council of Europe", "ECOWAS", "IGAD", "G7", "G20", "BRICS",
        "World Health Organization", "World Food Programme", "UNHCR", "UNICEF", "Amnesty International",
        "Human Rights Watch", "International Criminal Court", "International Court of Justice",
        "European Parliament", "Shanghai Cooperation Organisation", "Gulf Cooperation Council",
        "Organisation of Islamic Cooperation", "Commonwealth", "OPEC", "World Trade Organization"]

GROUPS = ["Hamas", "Hezbollah", "Taliban", "Houthis", "ELN", "M23", "Rapid Support Forces", "RSF",
          "Wagner Group", "Islamic State", "al-Shabab", "Polisario Front", "PKK", "Islamic Jihad",
          "Syrian Democratic Forces", "Tigray People's Liberation Front", "National Liberation Army",
          "Arakan Army", "Kachin Independence Army", "Fatah", "Palestinian Authority"]

GOVBODIES = ["Kremlin", "White House", "Pentagon", "State Department", "Foreign Office", "Elysee",
             "Bundestag", "Knesset", "Duma", "Foreign Ministry", "Defence Ministry", "Defense Department",
             "Ministry of Foreign Affairs", "National Security Council", "Politburo", "Verkhovna Rada",
             "Supreme Leader's office", "Cabinet Office", "Zhongnanhai"]

MEDIA = ["Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "BBC", "CNN", "Al Jazeera",
         "Xinhua", "TASS", "RIA Novosti", "Interfax", "Anadolu Agency", "Kyodo", "Yonhap", "Bloomberg",
         "New York Times", "Washington Post", "Financial Times", "Politico", "Newser", "Guardian",
         "Wall Street Journal", "Deutsche Welle", "Ukrainska Pravda", "Kommersant", "IRNA", "Al Arabiya",
         "Asharq Al-Awsat", "Nikkei", "South China Morning Post", "Dawn", "Hindustan Times", "Daily Nation",
         "El Pais", "Le Monde", "Der Spiegel", "NHK", "Sky News", "CBS News", "Fox News", "Axios"]

PHOTO_AGENCIES = ["AFP", "Getty Images", "Reuters", "AP", "EPA", "Anadolu Agency", "Sputnik", "Xinhua",
                  "Bloomberg", "NurPhoto", "SOPA Images", "Pool"]

TITLES = ["Secretary-General", "Secretary General", "Special Envoy", "Treasury Secretary",
          "Commerce Secretary", "Trade Representative", "U.S. Ambassador", "press secretary",
          "Deputy Special Envoy", "High Representative", "Foreign Minister", "Defence Minister", "Defense Minister", "President", "Prime Minister",
          "Deputy Foreign Minister", "Interior Minister", "Vice President", "Finance Minister",
          "Trade Minister", "Ambassador", "Gen.", "General", "Lt. Gen.", "Col.", "Adm.", "Deputy Prime Minister",
          "Justice Minister", "Energy Minister", "Speaker", "Senator", "Sen.", "Rep.", "Foreign Secretary",
          "Secretary of State", "Chief of Staff", "Maj. Gen.", "Minister", "Chancellor", "King", "Crown Prince",
          "Sheikh", "Emir", "Dr.", "Mr.", "Ms.", "Mrs.", "Prof.", "Commander"]

LOWER_ROLES = ["foreign minister", "defence minister", "chief negotiator", "special envoy", "ambassador",
               "national security adviser", "deputy foreign minister", "spokesman", "spokeswoman",
               "presidential aide", "army chief", "intelligence chief", "top diplomat", "lead negotiator",
               "peace envoy", "human rights commissioner", "interior minister", "foreign policy adviser",
               "head of the delegation", "prime minister", "president", "opposition leader"]

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# ---------------------------------------------------------------------- templates
# Slots: {P1} {P2} person full names; {S1} {S2} their surnames; {T1} {T2} capitalized titles;
# {R1} lower-case role; {C1} {C2} countries; {D1} {D2} demonyms; {K1} {K2} capitals;
# {CITY} a city of C1; {CITY2} a city of C2; {REG} region; {V} venue; {O} international org;
# {G} armed group/party; {GOV} government body; {M} media; {PH} photographer; {PA} photo agency;
# {DAY} {MON} {NUM} {YEAR} {AU} author.
TEMPLATES = """
{D1} {T1} {P1} arrived in {K2} on {DAY} for talks with his {D2} counterpart, {P2}.
{P1}, {C1}'s {R1}, said the talks in {CITY2} had been difficult.
{S1} told reporters that {K1} was ready to resume negotiations "without preconditions."
"We came here to listen," {S1} said after the meeting with {S2}.
{D2} {T2} {P2} said {C2} would not accept any deal that ignored its security concerns.
The two delegations met at {V} in {CITY2} for more than four hours.
{S2} described the meeting as "frank and useful," according to {M}.
{K1} accused {K2} of stalling the process.
{K2} said it had received no formal proposal from {K1}.
The {GOV} said it saw no reason to change course.
A spokesperson for the {GOV} declined to comment on the talks.
{P1} met {P2} on the sidelines of the {O} summit in {CITY}.
The {O} called on both sides to exercise restraint.
{O} Secretary General {P2} urged {C1} and {C2} to return to the negotiating table.
{C1} and {C2} agreed to hold a second round of talks in {CITY2} next month.
The next round is scheduled for {MON} {NUM} in {K2}.
{S1}'s office said the call lasted about an hour.
In a statement, {S2}'s office said the two leaders discussed prisoner exchanges.
{P1}, who leads {C1}'s delegation, said no breakthrough was expected.
The delegation from {C2} was headed by {T2} {P2}.
{C1}'s delegation includes {P1}, {P2} and several military officers.
{T1} {S1} also met representatives of the {O} in {K1}.
According to {M}, {S1} flew to {CITY2} on {DAY} evening.
{M} reported that {P2} had left {K2} for consultations.
"There can be no peace without justice," {P2} said in a speech in {CITY}.
{S2} said {C2} remained committed to the {O} process.
{G} said it would send a delegation to {CITY2} for indirect talks.
Mediators from {C2} have shuttled between {G} and the government in {K1}.
{P1}, a senior official of {G}, said the group had accepted the proposal.
Fighting continued in the {REG} despite the ceasefire announced on {DAY}.
Shelling was reported overnight near {CITY}, {C1}.
{D1} forces shelled positions near {CITY}, the {GOV} said.
{C1} launched dozens of drones at {CITY2} overnight, officials in {K2} said.
The war in the {REG} has displaced millions of people.
Talks on the {REG} were held in {K2} under the auspices of the {O}.
{T2} {P2} chaired the meeting, which was also attended by officials from the {O}.
{P1} and {P2} signed the agreement at {V} on {DAY}.
The agreement was signed in {CITY2} in the presence of {T2} {P2}.
{T1} {P1} is expected to visit {K2} later this month.
{D1} {R1} {P1} said the deal was "a step in the right direction."
The {D1} {R1}, {P1}, said {K1} would study the text carefully.
{P2}, the {D2} {R1}, told {M} that talks would resume after the holidays.
"{C1} wants peace, but not at any price," {S1} said.
{S1} spoke to reporters outside {V} after the session.
{S2} later posted a photograph of the meeting on social media.
{K1} and {K2} have not held direct talks since {YEAR}.
{C2} has offered to host the next round of negotiations.
The {O} envoy, {P2}, will travel to {K1} and {K2} next week.
{P2}, the {O} special envoy for {C1}, briefed the {O} on {DAY}.
{T1} {P1} and {T2} {P2} held a joint news conference in {K2}.
{P1} ({C1}) and {P2} ({C2}) co-chaired the working group.
Both {S1} and {S2} said they were cautiously optimistic.
{S1} and {S2} shook hands in front of cameras but did not answer questions.
{C2}'s foreign ministry summoned {C1}'s ambassador, {P1}, on {DAY}.
{P1}, {C1}'s ambassador to {C2}, was summoned to the foreign ministry in {K2}.
{C1} recalled its ambassador from {K2} for consultations.
{M} cited {P1}, a {D1} official, as saying the talks had stalled.
The {GOV} in {K1} rejected the accusations as "baseless."
Officials in {K1} said the proposal was being studied by {T1} {P1}.
{T1} {P1} of {C1} and {T2} {P2} of {C2} agreed to meet again.
{G} fighters attacked a checkpoint near {CITY}, according to {M}.
A spokesman for {G}, {P2}, said the group would not disarm.
{P1} accused {G} of violating the truce in {CITY}.
Envoys from {C1}, {C2} and the {O} met in {CITY2} on {DAY}.
The talks in {CITY2} were mediated by {C2}.
{C2} mediated the talks between {C1} and {G}.
The {O} welcomed the agreement between {C1} and {G}.
{P2} has served as {C2}'s {R1} since {YEAR}.
Before joining the government, {S2} worked at the {O}.
{S1}, 61, is a former {R1} who studied in {CITY2}.
{T1} {P1} left {K1} for {CITY2}, where the {O} summit opens on {DAY}.
Protesters gathered outside the {D1} embassy in {K2} on {DAY}.
{P2} condemned the strike on {CITY} and called for an investigation by the {O}.
{C1} and {C2} exchanged 95 prisoners each on {DAY}, with {C2} mediating.
{K1} hopes the talks will lead to a summit between {T1} {S1} and {T2} {S2}.
{S1} will meet {S2} in {CITY2} in {MON}, the {GOV} said.
{P1}'s visit to {K2} is the first by a {D1} leader in a decade.
{P1}'s spokesman, {P2}, said the trip had been planned for months.
{S1}'s government has faced growing pressure at home over the war.
{M} said {S2} had rejected the offer.
Writing by {AU}; Editing by {PH}
By {AU}, {M}
Reporting by {AU} in {K1} and {PH} in {K2}; Editing by {AU}
Additional reporting by {AU} in {CITY}
{AU} reported from {CITY2}.
{AU} and {PH} contributed reporting from {K1}.
({PA} Photo/{PH})
{PH}/{PA} via Getty Images
Photo by {PH}/{PA}
{D1} {T1} {P1} speaks during a press conference in {K1}, {C1}, on {DAY}. ({PA} Photo/{PH})
{T1} {P1} and {T2} {P2} shake hands at {V} in {CITY2}, {C2}. {PH}/{PA} via Getty Images
Delegations from {C1} and {C2} attend talks in {CITY2}. {PA}/{PH}
{P2} arrives for a meeting at the {O} headquarters in {CITY}. ({PA} Photo/{PH}, File)
{KU1}, {C1} ({PA}) — {D1} officials said {DAY} they were ready for another round of talks with {C2}.
{KU2} ({M}) - {T2} {P2} said on {DAY} that {C2} would host the next round of talks.
{KU1} — {C1}'s {R1} {P1} said the negotiations with {G} had reached a critical stage.
{C1}, {C2} Agree To Resume Talks In {CITY2}
{S1} Meets {S2} In {K2} As Talks Enter Second Day
{D1} Envoy {P1} Heads To {K2}
{O} Urges Restraint As Fighting Rages In {REG}
{S2} Says {C2} Ready To Mediate Between {C1} And {G}
{C1} Talks: {S1} Rejects {D2} Proposal
{KU1} TALKS END WITHOUT DEAL
{CU1} AND {CU2} SIGN CEASEFIRE AGREEMENT
{SU1} WARNS {CU2} OVER BORDER CLASHES
{OU} CALLS FOR HUMANITARIAN PAUSE IN {REGU}
{T1} {P1} told the {O} General Assembly that {C1} would not give up.
The {D2} leader, {P2}, has ruled out territorial concessions.
{P2} said {C2} could not accept "a frozen conflict" in the {REG}.
{C1}'s relations with {C2} have been strained since the clashes in {YEAR}.
{P1} praised the role of {C2} and the {O} in securing the deal.
The meeting in {CITY2} was the third between {S1} and {S2} this year.
In {K1}, {T1} {S1} convened an emergency meeting of the {GOV}.
{K2} and {K1} both claimed victory after the vote at the {O}.
Ms. {S2} said she would report back to the {O}.
Mr. {S1} said he had made no promises.
{T1} {S1}, speaking in {CITY}, said talks would continue "as long as necessary."
It was not immediately clear whether {P2} would attend.
The negotiators, led by {P1} and {P2}, worked through the night.
{C2}-brokered talks between {C1} and {G} ended in {CITY2} on {DAY}.
A {D2}-brokered truce took effect at midnight.
{C1} is represented at the talks by {P1}, a veteran diplomat.
{P1} was appointed {R1} in {MON} {YEAR}, replacing {P2}.
{P2} stepped down as {R1} after the talks in {CITY2} collapsed.
{AU} is a correspondent for {M} based in {CITY}.
{T1} {P1}, left, and {T2} {P2}, right, attend the talks in {CITY2}. ({PA} Photo/{PH})
{P1}, center, speaks with {P2} before the session in {K2}, {C2}. {PH}/{PA} via Getty Images
The meeting was attended by senior officials, including {D1} {T1} {P1} and {D2} {T2} {P2}.
{S1} is accompanied by negotiators {P2}, right, and {AU}.
{P1} was accompanied by {P2} and {AU}, a former {R1}.
The {D1} team includes {P1}, {P2}, {AU} and {PH}.
{C1} will be represented by {P1}, while {C2} will send {P2}.
{D1} {T1} {P1} said on {DAY} that talks with {K2} were "moving forward."
{T2} {P2} told a news conference in {CITY} that {C2} would keep its troops in the {REG}.
{D2} {T2} {P2} and his {D1} counterpart {P1} met in {CITY}.
{P1} and his {D2} counterpart, {P2}, agreed to set up a hotline.
{P2} of the {O} will chair the talks, {M} reported.
{O} {T2} {P2} welcomed the deal in a statement.
The {O}'s special envoy for the {REG}, {P2}, arrived in {K1} on {DAY}.
{P2}, the {O}'s envoy, said both sides had shown flexibility.
{D1} {T1} {P1} and {T2} {P2} of {C2} met at {V}.
"This is a historic day," said {P2}, who chaired the talks.
"We have made progress," {T1} {P1} told reporters.
{P1} said in a post on X that {C1} would respond "firmly."
{P1} wrote on social media that the meeting with {S2} was productive.
{S1} and {D2} {T2} {P2} discussed trade, security and energy.
{P1} told {M} in an interview that {C1} was prepared to compromise.
{S1} said {C1} had "no illusions" about the intentions of {K2}.
Asked about {S2}'s remarks, {S1} said: "Let them speak for themselves."
"{S2} knows our position," {P1} said.
""".strip().split("\n")

NO_NAME = """
The talks are expected to last two days.
Negotiators worked late into the night but failed to agree on a final text.
Both sides accused each other of violating the truce.
A ceasefire took effect at midnight local time.
The foreign minister said the government would not negotiate under threat.
The delegation left the capital on Tuesday morning.
Officials said the next round of talks would take place after the holidays.
The president told reporters he was hopeful of a breakthrough.
The ministry said in a statement that the meeting had been postponed.
The prime minister's office declined to comment.
It was the first face-to-face meeting between the two delegations in three years.
Humanitarian corridors were opened to allow civilians to leave the besieged city.
The agreement calls for the withdrawal of heavy weapons from the front line.
More than 200 prisoners were released under the deal.
The spokesman said the proposal was "unacceptable."
The envoy will brief the council next week.
Talks broke down after the opposition walked out.
The two sides agreed to set up a joint working group on border demarcation.
The summit ended without a joint declaration.
Analysts said the deal was fragile and could collapse at any time.
Aid convoys were still waiting at the border on Friday.
The defence minister said troops would remain in their positions.
Diplomats said a draft resolution was circulating among council members.
The head of the delegation said progress had been made on humanitarian issues.
A senior official said the talks had been "tough but constructive."
The ambassador was summoned to the foreign ministry.
Several rounds of talks have failed to produce a lasting ceasefire.
The government said it remained open to dialogue.
Rebel commanders said they had not been consulted.
The mediators presented a revised draft on Sunday.
CLICK HERE TO READ MORE
Share this article
Sign up for our newsletter
Read more
Advertisement
Image
Related
Most Read
Listen to this article
The war has killed tens of thousands of people and displaced millions.
The negotiators will march to the venue together on Monday, a spokesman said.
Prices rose sharply after the agreement was signed.
The minister said he would grant an interview once the talks were over.
Officials may meet again in the spring, he said.
The envoy said she will bill the ministry for the extra security costs.
Both delegations agreed to mark the anniversary with a minute of silence.
The talks took place in a hotel on the outskirts of the capital.
The truce held for a second day, according to local officials.
A turkey dinner was served to the delegates after the signing.
The cabinet will meet on Thursday to discuss the draft.
The guards searched every car at the checkpoint.
The general assembly of the union will vote next month.
The border crossing reopened after a week.
President Says Talks Will Continue
Foreign Minister Rules Out Concessions
Ceasefire Holds As Negotiators Meet Again
Peace Talks Stall Over Prisoner Exchange
BREAKING NEWS
TALKS COLLAPSE AS FIGHTING RESUMES
LIVE UPDATES
Opinion
Analysis
The Associated Press receives support from several private foundations.
""".strip().split("\n")

# false friends: capitalized words that are names elsewhere but also ordinary words
LOWER_FALSE = """
The china cabinet in the embassy dining room dates from the 19th century.
He said the turkey was roasted for the delegates' dinner.
The rose garden was closed to visitors during the summit.
Negotiators hope to march forward with the plan.
The price of jordan almonds has nothing to do with diplomacy.
A will was read at the ceremony.
The bill passed by a narrow margin.
She said the delegates could grant each other more time.
Officials may announce the results on Monday.
The president said he would mark the occasion with a speech.
He said the sides would bank on goodwill to finish the text.
The guards wore berets and carried rifles.
The storm hit the coast as the delegates arrived.
Diplomats said the deal was a new dawn for the region.
The minister has a reputation as a hawk.
The envoy called the proposal a bridge between the two positions.
""".strip().split("\n")

AUTHOR_ORIGINS = ["european", "european", "latin", "slavic", "arabic", "southasian", "african",
                  "turkish", "japanese", "korean", "chinese", "persian"]


def main():
    rnd = random.Random(SEED)
    origins = {k: (v[0], v[1].split(), v[2].split()) for k, v in ORIGINS.items()}

    def person(origin):
        order, given, family = origins[origin]
        g = rnd.choice(given)
        f = rnd.choice(family).replace("_", " ")
        if order == "eastern":
            return f + " " + g, f
        if order == "arabic":
            r = rnd.random()
            if r < 0.2:
                full = g + " bin " + rnd.choice(given) + " " + f
            elif r < 0.3:
                full = g + " " + rnd.choice(given) + " " + f
            else:
                full = g + " " + f
            sur = f[0].upper() + f[1:] if f.startswith(("al-", "el-")) and rnd.random() < 0.5 else f
            return full, sur
        if rnd.random() < 0.08:
            g = g + " " + rnd.choice(given)
        return g + " " + f, f

    def country():
        c = rnd.choice(COUNTRIES)
        name = c[0]
        if c[5] and rnd.random() < 0.4:
            name = rnd.choice(c[5].split("|"))
        return c, name

    def maybe_the(name):
        return ("the " if name in ("United States", "United Kingdom", "Netherlands", "Philippines",
                                   "United Arab Emirates", "Democratic Republic of Congo", "UAE")
                else "") + "[L " + name + "]"

    out = []
    for doc in range(DOCS):
        c1, n1 = country()
        c2, n2 = country()
        while c2 is c1:
            c2, n2 = country()
        p1, s1 = person(c1[4] if rnd.random() < 0.85 else rnd.choice(list(origins)))
        p2, s2 = person(c2[4] if rnd.random() < 0.85 else rnd.choice(list(origins)))
        au, _ = person(rnd.choice(AUTHOR_ORIGINS))
        ph, _ = person(rnd.choice(AUTHOR_ORIGINS))
        cities1 = [c1[2]] + [x for x in c1[3].split("|") if x]
        cities2 = [c2[2]] + [x for x in c2[3].split("|") if x]
        city = rnd.choice(cities1)
        city2 = rnd.choice(cities2)
        org = rnd.choice(ORGS)
        slots = {
            "P1": "[P " + p1 + "]", "P2": "[P " + p2 + "]", "S1": "[P " + s1 + "]", "S2": "[P " + s2 + "]",
            "T1": rnd.choice(TITLES), "T2": rnd.choice(TITLES), "R1": rnd.choice(LOWER_ROLES),
            "C1": "[L " + n1 + "]", "C2": "[L " + n2 + "]", "D1": c1[1], "D2": c2[1],
            "K1": "[L " + c1[2] + "]", "K2": "[L " + c2[2] + "]", "CITY": "[L " + city + "]",
            "CITY2": "[L " + city2 + "]", "REG": "[L " + rnd.choice(REGIONS) + "]",
            "V": "[L " + rnd.choice(VENUES) + "]", "O": "[O " + org + "]",
            "G": "[O " + rnd.choice(GROUPS) + "]", "GOV": "[O " + rnd.choice(GOVBODIES) + "]",
            "M": "[O " + rnd.choice(MEDIA) + "]", "PH": "[P " + ph + "]", "AU": "[P " + au + "]",
            "PA": "[O " + rnd.choice(PHOTO_AGENCIES) + "]", "DAY": rnd.choice(DAYS),
            "MON": rnd.choice(MONTHS), "NUM": str(rnd.randint(1, 28)), "YEAR": str(rnd.randint(1995, 2024)),
            "KU1": "[L " + c1[2].upper() + "]", "KU2": "[L " + c2[2].upper() + "]",
            "CU1": "[L " + n1.upper() + "]", "CU2": "[L " + n2.upper() + "]", "SU1": "[P " + s1.upper() + "]",
            "OU": "[O " + org.upper() + "]", "REGU": "[L " + rnd.choice(REGIONS).upper() + "]",
        }
        if slots["T1"] in ("Ms.", "Mrs.") or slots["T2"] in ("Ms.", "Mrs."):
            pass
        n = rnd.randint(3, 7)
        chosen = rnd.sample(TEMPLATES, n)
        if rnd.random() < 0.35:
            chosen.insert(rnd.randrange(len(chosen) + 1), rnd.choice(NO_NAME))
        if rnd.random() < 0.08:
            chosen.insert(rnd.randrange(len(chosen) + 1), rnd.choice(LOWER_FALSE))
        for t in chosen:
            s = t
            for k, v in slots.items():
                s = s.replace("{" + k + "}", v)
            # "the" before countries that take it, only where the template left the slot bare
            for nm in (n1, n2):
                if nm in ("United States", "United Kingdom", "Netherlands", "Philippines",
                          "United Arab Emirates", "Democratic Republic of Congo", "UAE"):
                    s = s.replace(" [L " + nm + "]", " the [L " + nm + "]")
                    s = s.replace("the the [L", "the [L")
                    if s.startswith("[L " + nm + "]"):
                        s = "The " + s
            out.append(s[0].upper() + s[1:] if s[0].islower() else s)
        out.append("")
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write("# Generated by src/build/ner/generate.py (seed %d); do not edit.\n" % SEED)
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()

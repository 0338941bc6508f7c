package org.ponte.bench;

/**
 * The closed vocabularies of the generator's grammars. Pairs are {Italian, English}. Nothing
 * here names a real project or a real person; real bodies come from the reference data.
 */
final class Words {
    private Words() {}

    // ---- Project titles -------------------------------------------------------------------
    static final String[][] TITLE_HEADS = {
        {"Percorsi di inclusione", "Pathways of inclusion"}, {"Percorsi di autonomia abitativa", "Pathways to housing autonomy"},
        {"Accompagnamento all'autonomia", "Support towards autonomy"}, {"Mediazione interculturale", "Intercultural mediation"},
        {"Formazione linguistica", "Language training"}, {"Orientamento al lavoro", "Job orientation"},
        {"Accoglienza in famiglia", "Family-based reception"}, {"Tutela legale", "Legal protection"},
        {"Sostegno psicologico", "Psychological support"}, {"Inserimento lavorativo", "Labour market integration"},
        {"Educazione civica", "Civic education"}, {"Reti territoriali", "Local networks"},
        {"Servizi integrati", "Integrated services"}, {"Tirocini formativi", "Traineeships"},
        {"Competenze digitali", "Digital skills"}, {"Partecipazione civica", "Civic participation"},
        {"Salute e benessere", "Health and well-being"}, {"Abitare solidale", "Solidarity housing"},
        {"Mentoring tra pari", "Peer mentoring"}, {"Riconoscimento delle competenze", "Recognition of skills"},
        {"Imprenditoria migrante", "Migrant entrepreneurship"}, {"Scuola e famiglie", "Schools and families"},
        {"Contrasto alle discriminazioni", "Countering discrimination"},
        {"Prevenzione della violenza di genere", "Preventing gender-based violence"},
        {"Rimesse e sviluppo locale", "Remittances and local development"}, {"Alfabetizzazione degli adulti", "Adult literacy"},
        {"Sportelli unici", "One-stop shops"}, {"Tutori volontari", "Volunteer guardians"},
    };
    static final String[][] TITLE_TARGETS = {
        {"per donne migranti", "for migrant women"}, {"per minori stranieri non accompagnati", "for unaccompanied foreign minors"},
        {"per richiedenti asilo", "for asylum seekers"}, {"per titolari di protezione internazionale", "for holders of international protection"},
        {"per neomaggiorenni stranieri", "for young migrants turning eighteen"},
        {"per famiglie con background migratorio", "for families with a migrant background"},
        {"per giovani di seconda generazione", "for second-generation young people"}, {"per lavoratori stranieri", "for migrant workers"},
        {"per rifugiati reinsediati", "for resettled refugees"}, {"per cittadini di paesi terzi", "for third-country nationals"},
        {"per vittime di tratta", "for victims of trafficking"}, {"per operatori dei servizi", "for front-line social workers"},
        {"per studenti rifugiati", "for refugee students"}, {"per badanti straniere", "for migrant care workers"},
    };
    static final String[][] TITLE_CONTEXTS = {
        {"nelle aree rurali", "in rural areas"}, {"nei quartieri", "in urban neighbourhoods"}, {"nelle scuole", "in schools"},
        {"nei servizi sociali", "in social services"}, {"nelle piccole imprese", "in small enterprises"},
        {"nelle città medie", "in mid-sized cities"}, {"nelle aree interne", "in inner areas"},
    };
    /** Short titles: plural nouns and invariant complements. */
    static final String[][] SHORT_NOUNS = {
        {"Radici", "Roots"}, {"Ponti", "Bridges"}, {"Voci", "Voices"}, {"Semi", "Seeds"}, {"Orizzonti", "Horizons"},
        {"Strade", "Roads"}, {"Parole", "Words"}, {"Mani", "Hands"}, {"Porte", "Doors"}, {"Reti", "Networks"},
        {"Trame", "Threads"}, {"Passi", "Steps"}, {"Mappe", "Maps"}, {"Storie", "Stories"}, {"Sguardi", "Glances"},
        {"Legami", "Ties"}, {"Rotte", "Routes"}, {"Case", "Homes"}, {"Mondi", "Worlds"}, {"Cantieri", "Workshops"},
    };
    static final String[][] SHORT_COMPLEMENTS = {
        {"in cammino", "on the move"}, {"di cittadinanza", "of citizenship"}, {"in viaggio", "on the road"},
        {"di comunità", "of community"}, {"senza confini", "without borders"}, {"di quartiere", "of the neighbourhood"},
        {"in rete", "in a network"}, {"al centro", "at the centre"}, {"in comune", "in common"}, {"per il futuro", "for the future"},
        {"oltre il mare", "beyond the sea"}, {"tra le generazioni", "between generations"}, {"al lavoro", "at work"},
        {"in città", "in the city"}, {"di pace", "of peace"}, {"per tutti", "for everyone"},
    };

    // ---- Acronyms: 64 consonant-vowel syllables, so three syllables are exactly 2^18 words ----
    static final String[] SYLLABLES;
    static {
        String cons = "BCDFGLMNPRSTVZKH";
        String vow = "AEIO";
        SYLLABLES = new String[64];
        int i = 0;
        for (char c : cons.toCharArray()) for (char v : vow.toCharArray()) SYLLABLES[i++] = "" + c + v;
    }
    /** Endings of the later acronym blocks (block 0 has none); never "+", which matching drops. */
    static final String[] ACRONYM_ENDINGS = {"", "-EU", "-LAB", "-NET", "4ALL", "-UP", "-IN", "-ON", "2", "-MED", "-ACT", "-HUB",
        "-PRO", "-NEXT", "-YOU", "3"};

    // ---- Organisation cores -----------------------------------------------------------------
    static final String[] NOUN_MS = {"Ponte", "Cammino", "Sentiero", "Porto", "Approdo", "Incontro", "Orizzonte", "Villaggio",
        "Cortile", "Giardino", "Faro", "Seme", "Ulivo", "Melograno", "Mosaico", "Cerchio", "Filo", "Nodo", "Passo", "Viaggio",
        "Volo", "Vento", "Sole", "Mare", "Germoglio", "Girasole", "Gabbiano", "Aquilone", "Crocevia", "Telaio"};
    static final String[] ADJ_MS = {"Aperto", "Nuovo", "Comune", "Solidale", "Vicino", "Lontano", "Possibile", "Libero",
        "Sereno", "Antico", "Grande", "Piccolo", "Sud", "Nord", "Verde", "Azzurro"};
    static final String[] NOUN_FS = {"Casa", "Strada", "Terra", "Porta", "Rete", "Rotta", "Via", "Piazza", "Tenda", "Radice",
        "Voce", "Mano", "Luce", "Rondine", "Bussola", "Stella", "Zattera", "Fonte", "Sorgente", "Isola", "Carovana", "Fenice",
        "Trama", "Officina", "Bottega"};
    static final String[] ADJ_FS = {"Aperta", "Nuova", "Comune", "Solidale", "Vicina", "Lontana", "Possibile", "Libera",
        "Serena", "Antica", "Grande", "Piccola", "Sud", "Nord", "Verde", "Azzurra"};
    static final String[] NOUN_MP = {"Orizzonti", "Confini", "Mondi", "Passi", "Sentieri", "Ponti", "Percorsi", "Legami",
        "Semi", "Colori", "Popoli", "Cammini", "Incroci", "Nodi", "Voli"};
    static final String[] ADJ_MP = {"Aperti", "Nuovi", "Comuni", "Solidali", "Vicini", "Lontani", "Diversi", "Possibili",
        "Uniti", "Liberi", "Sereni", "Insieme"};
    static final String[] NOUN_FP = {"Terre", "Strade", "Radici", "Porte", "Mani", "Voci", "Rotte", "Vie", "Case", "Reti",
        "Culture", "Storie", "Finestre", "Ali", "Tende"};
    static final String[] ADJ_FP = {"Aperte", "Nuove", "Comuni", "Solidali", "Vicine", "Lontane", "Diverse", "Possibili",
        "Unite", "Libere", "Serene", "Insieme"};
    static final String[] SAINTS = {"San Martino", "Santa Chiara", "San Benedetto", "San Francesco", "Santa Rita", "San Giuseppe",
        "San Vincenzo", "Santa Caterina", "San Lorenzo", "San Filippo", "Santa Lucia", "San Carlo", "San Paolino", "San Nicola",
        "Santa Maria", "San Michele", "San Rocco", "San Camillo", "Santa Marta", "San Gaetano", "San Leonardo", "San Girolamo"};
    static final String[] SAINT_HEADS = {"Casa", "Opera", "Villa", "Centro"};
    static final String[] FOREIGN_WORDS = {"Sankofa", "Harambee", "Ubuntu", "Teranga", "Baobab", "Jambo", "Karibu", "Salaam",
        "Amani", "Tamtam", "Nkosi", "Djembé", "Kora", "Sabil", "Tawasol", "Yalla", "Bayt", "Marhaba", "Sawa", "Umoja",
        "Jamaa", "Nafasi", "Akwaba", "Dunia"};
    static final String[][] RESEARCH_TOPICS = {{"Migrazioni", "Migration"}, {"Territori", "Territories"}, {"Diritti", "Rights"},
        {"Cittadinanza", "Citizenship"}, {"Lavoro", "Labour"}, {"Welfare", "Welfare"}, {"Intercultura", "Interculture"},
        {"Mobilità", "Mobility"}, {"Sviluppo", "Development"}, {"Popolazione", "Population"}, {"Società", "Society"},
        {"Politiche", "Policies"}, {"Minoranze", "Minorities"}, {"Frontiere", "Borders"}, {"Diaspore", "Diasporas"},
        {"Accoglienza", "Reception"}};
    static final String[][] NATIONALITIES = {{"Senegalesi", "Senegalese"}, {"Ivoriane", "Ivorian"}, {"Marocchine", "Moroccan"},
        {"Tunisine", "Tunisian"}, {"Albanesi", "Albanian"}, {"Romene", "Romanian"}, {"Filippine", "Filipino"},
        {"Peruviane", "Peruvian"}, {"Ecuadoriane", "Ecuadorian"}, {"Nigeriane", "Nigerian"}, {"Ghanesi", "Ghanaian"},
        {"Bangladesi", "Bangladeshi"}, {"Pakistane", "Pakistani"}, {"Eritree", "Eritrean"}, {"Somale", "Somali"},
        {"Ucraine", "Ukrainian"}, {"Maliane", "Malian"}, {"Burkinabè", "Burkinabe"}, {"Egiziane", "Egyptian"},
        {"Cinesi", "Chinese"}, {"Srilankesi", "Sri Lankan"}, {"Capoverdiane", "Cape Verdean"}};
    /** Phrases closing a federation's name, {Italian, English}. */
    static final String[][] FEDERATION_QUALIFIERS = {{"per lo Sviluppo", "for Development"}, {"della Diaspora", "of the Diaspora"},
        {"per la Cittadinanza", "for Citizenship"}, {"per l'Integrazione", "for Integration"}, {"e Amici", "and Friends"},
        {"per la Cooperazione", "for Cooperation"}, {"dei Giovani", "of Young People"}};

    // Foreign organisations: {kind word, core words...}, with the country codes and cities of places.tsv.
    static final String[] DUTCH_ADJ = {"Nieuwe", "Goede", "Open", "Samen", "Welkom", "Warme", "Sterke", "Vrije", "Eerlijke", "Lichte"};
    static final String[] DUTCH_NOUN = {"Buren", "Huis", "Thuis", "Verder", "Wegen", "Bruggen", "Handen", "Stemmen", "Kansen",
        "Wortels", "Deuren", "Stappen"};
    static final String[] GERMAN_A = {"Brücken", "Wege", "Türen", "Stimmen", "Chancen", "Wurzeln", "Netze", "Schritte", "Räume",
        "Zukunft"};
    static final String[] GERMAN_B = {"für Integration", "für Vielfalt", "ohne Grenzen", "für Teilhabe", "der Begegnung",
        "für Geflüchtete", "für Bildung", "im Quartier"};
    static final String[] GERMAN_WORDS = {"Mosaik", "Vielfalt", "Brücke", "Horizont", "Kompass", "Begegnung", "Nachbarschaft",
        "Miteinander", "Zuflucht", "Ankommen"};
    static final String[] SPANISH_A = {"Puentes", "Caminos", "Raíces", "Voces", "Puertas", "Manos", "Redes", "Horizontes",
        "Semillas", "Rutas"};
    static final String[] SPANISH_B = {"del Sur", "del Norte", "Abiertas", "Solidarias", "sin Fronteras", "de Acogida",
        "del Mediterráneo", "Comunes"};
    static final String[] FRENCH_A = {"Passerelles", "Chemins", "Racines", "Voix", "Portes", "Mains", "Horizons", "Ponts",
        "Ailes", "Escales"};
    static final String[] FRENCH_B = {"Solidaires", "sans Frontières", "d'Accueil", "du Sud", "Ouvertes", "Partagées",
        "Citoyennes", "Nouvelles"};
    static final String[] ENGLISH_A = {"Open", "New", "Common", "Safe", "Welcome", "Bright", "Shared", "Good", "Fair", "Kind"};
    static final String[] ENGLISH_B = {"Doors", "Neighbours", "Ground", "Harbour", "Horizons", "Bridges", "Pathways", "Roots",
        "Futures", "Voices", "Steps"};
    static final String[] ENGLISH_HEADS = {"Foundation", "Network", "Trust", "Alliance", "Project Association"};

    static final String[][] DISCIPLINES = {
        {"Scienze Politiche e Sociali", "Political and Social Sciences"}, {"Sociologia e Ricerca Sociale", "Sociology and Social Research"},
        {"Scienze dell'Educazione", "Education Studies"}, {"Giurisprudenza", "Law"}, {"Economia", "Economics"},
        {"Studi Linguistici e Culturali", "Linguistic and Cultural Studies"}, {"Psicologia", "Psychology"},
        {"Scienze della Formazione", "Educational Sciences"}, {"Culture e Società", "Cultures and Societies"},
        {"Scienze Umane", "Human Sciences"}, {"Studi Umanistici", "Humanities"}, {"Medicina e Chirurgia", "Medicine and Surgery"},
        {"Architettura", "Architecture"}, {"Scienze Statistiche", "Statistical Sciences"}, {"Filosofia e Beni Culturali", "Philosophy and Cultural Heritage"},
        {"Lingue e Letterature Straniere", "Foreign Languages and Literatures"}, {"Scienze Giuridiche", "Legal Studies"},
        {"Scienze Sociali ed Economiche", "Social and Economic Sciences"}, {"Storia, Culture e Civiltà", "History and Cultures"},
        {"Scienze della Salute", "Health Sciences"},
    };

    // ---- Surnames ---------------------------------------------------------------------------
    static final String[] IT_ROOTS = {"Bar", "Fer", "Gal", "Mor", "Ros", "Col", "Ben", "Car", "Ser", "Val", "Pel", "Tor", "Ric",
        "Lan", "Bon", "Cas", "Man", "Fab", "Gua", "Sal", "Bel", "Pan", "Mon", "Ver", "Zan", "Cor", "Gia", "Lom", "Bru", "Dal",
        "Sca", "Pic", "Ton", "Mat", "Riv", "Not", "Cal", "Tes", "Mel", "Gor"};
    static final String[] IT_ENDINGS = {"tolini", "retti", "lino", "ello", "azzi", "oni", "ini", "etti", "ucci", "ardi", "ato",
        "ese", "enghi", "otti", "elli", "aldi", "anti", "esi", "iero", "assi", "uzzi", "occhi", "one", "ari", "avia", "usso"};
    static final String[] NL_SURNAMES = {"de Groot", "Hendriks", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
        "Mulder", "Bos", "Vos", "Peters", "Dekker", "van Leeuwen", "Brouwer", "de Wit", "Dijkstra", "Kok", "Jacobs", "Vermeulen"};
    static final String[] DE_ROOTS = {"Hof", "Berg", "Stein", "Wald", "Kirch", "Lind", "Brand", "Horn", "Feld", "Gross", "Klein", "Roth"};
    static final String[] DE_ENDINGS = {"mann", "er", "hauser", "meier", "inger", "bauer", "ner", "lich"};
    static final String[] ES_SURNAMES = {"García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Torres", "Ramírez",
        "Morales", "Ortega", "Delgado", "Castro", "Ortiz", "Rubio", "Molina", "Herrera", "Vargas", "Reyes", "Flores", "Mendoza"};
    static final String[] FR_SURNAMES = {"Martin", "Bernard", "Dubois", "Laurent", "Lefèvre", "Moreau", "Girard", "Fontaine",
        "Rousseau", "Chevalier", "Garnier", "Faure", "Mercier", "Blanchard", "Perrin", "Gauthier"};
    static final String[] AR_SURNAMES = {"El Amrani", "Benali", "Haddad", "Mansour", "Khalil", "Nasser", "Saidi", "Bouzid",
        "El Idrissi", "Hamdi", "Jaber", "Tahiri", "Ouali", "Chaabane", "Belkacem", "Zouari", "Ben Salah", "Aziz"};
    static final String[] WA_SURNAMES = {"Ndiaye", "Diop", "Fall", "Sow", "Diallo", "Traoré", "Koné", "Mensah", "Okafor",
        "Sarr", "Ba", "Camara", "Keita", "Touré", "Owusu", "Adeyemi", "Boateng", "Cissé", "Kouyaté", "Sy", "Ouédraogo", "Tesfaye",
        "Haile", "Abdi", "Yusuf"};
    static final String[] EN_SURNAMES = {"Walker", "Hughes", "Bennett", "Carter", "Mitchell", "Turner", "Parker", "Collins",
        "Morgan", "Harris", "Cooper", "Ward", "Brooks", "Foster", "Gray", "Hayes"};
    static final String[] SQ_SURNAMES = {"Hoxha", "Shehu", "Krasniqi", "Gashi", "Berisha", "Kola", "Leka", "Prifti", "Dervishi",
        "Bytyqi", "Murati", "Zeqiri"};
    static final String[] RO_ROOTS = {"Pop", "Ion", "Dum", "Stan", "Radu", "Marin", "Costa", "Dobr", "Vlad", "Munt"};
    static final String[] RO_ENDINGS = {"escu", "eanu", "ache", "ovici", "ică"};

    // ---- Roles: {Italian masculine, Italian feminine, English} -------------------------------------
    static final String[][] ROLES_HEAD = {{"presidente", "presidente", "president"}, {"direttore", "direttrice", "director"},
        {"coordinatore", "coordinatrice", "coordinator"}, {"responsabile dei progetti", "responsabile dei progetti", "head of projects"},
        {"vicepresidente", "vicepresidente", "vice-president"}, {"direttore generale", "direttrice generale", "director general"},
        {"segretario generale", "segretaria generale", "secretary general"}};
    static final String[][] ROLES_PUBLIC = {{"assessore alle Politiche sociali", "assessora alle Politiche sociali", "councillor for social policies"},
        {"assessore al Welfare", "assessora al Welfare", "councillor for welfare"}, {"sindaco", "sindaca", "mayor"},
        {"dirigente del Servizio Immigrazione", "dirigente del Servizio Immigrazione", "head of the immigration service"},
        {"capo di gabinetto", "capo di gabinetto", "chief of staff"}, {"direttore generale", "direttrice generale", "director general"}};
    static final String[][] ROLES_ACADEMIC = {{"rettore", "rettrice", "rector"}, {"prorettore alla Terza missione", "prorettrice alla Terza missione",
        "vice-rector for public engagement"}, {"direttore", "direttrice", "head"}, {"professore ordinario", "professoressa ordinaria", "professor"}};

    // ---- Running text ------------------------------------------------------------------------
    static final String[][] TOPICS = {
        {"i percorsi abitativi dei rifugiati", "the housing pathways of refugees"},
        {"i percorsi scolastici dei figli dei migranti", "the school careers of children of migrants"},
        {"l'inserimento lavorativo dei giovani migranti", "the labour market integration of young migrants"},
        {"i discorsi d'odio e le discriminazioni", "hate speech and discrimination"},
        {"la salute dei richiedenti asilo", "the health of asylum seekers"},
        {"il ruolo delle associazioni della diaspora", "the role of diaspora associations"},
        {"l'apprendimento linguistico degli adulti", "language learning for adults"},
        {"l'accoglienza dei minori stranieri non accompagnati", "the reception of unaccompanied minors"},
        {"la mediazione interculturale nei servizi pubblici", "intercultural mediation in public services"},
        {"la partecipazione civica delle seconde generazioni", "the civic participation of second generations"},
        {"il riconoscimento dei titoli di studio esteri", "the recognition of foreign qualifications"},
        {"l'accesso ai servizi sanitari", "access to health services"},
    };
    static final String[][] SUBJECTS = {{"Il progetto", "The project"}, {"L'iniziativa", "The initiative"},
        {"Il programma di attività", "The programme of activities"}, {"La sperimentazione", "The pilot"},
        {"Il partenariato", "The partnership"}, {"Ogni équipe locale", "Each local team"}, {"Il gruppo di lavoro", "The working group"}};
    static final String[][] AIMS = {{"intende", "aims to"}, {"punta a", "seeks to"}, {"vuole", "wants to"}, {"si propone di", "sets out to"},
        {"ha l'obiettivo di", "is designed to"}, {"cerca di", "tries to"}};
    static final String[][] ACTIONS = {{"migliorare", "improve"}, {"rafforzare", "strengthen"}, {"sostenere", "support"},
        {"promuovere", "promote"}, {"sperimentare", "test"}, {"sviluppare", "develop"}, {"ampliare", "widen"}, {"semplificare", "simplify"},
        {"coordinare", "coordinate"}, {"misurare", "measure"}};
    static final String[][] OBJECTS = {
        {"l'accesso ai servizi del territorio", "access to local services"},
        {"il riconoscimento delle competenze acquisite all'estero", "the recognition of skills acquired abroad"},
        {"la partecipazione delle donne migranti alla vita della comunità", "the participation of migrant women in community life"},
        {"la collaborazione tra scuole e famiglie", "the cooperation between schools and families"},
        {"l'apprendimento della lingua italiana", "language learning"},
        {"il passaggio dall'accoglienza all'autonomia", "the transition from reception to autonomy"},
        {"le competenze degli operatori sociali", "the skills of social workers"},
        {"le soluzioni abitative per i giovani rifugiati", "housing solutions for young refugees"},
        {"l'inserimento lavorativo nelle piccole imprese", "job placement in small enterprises"},
        {"lo scambio di buone pratiche tra città", "the exchange of good practices between cities"},
        {"il lavoro dei mediatori culturali", "the work of cultural mediators"},
        {"i corsi di educazione civica", "civic education courses"},
        {"il monitoraggio dei casi di discriminazione", "the monitoring of discrimination cases"},
        {"il sostegno psicologico alle persone vulnerabili", "psychological support for vulnerable people"},
    };
    static final String[][] TARGETS = {{"dei nuovi arrivati", "of newcomers"}, {"dei minori non accompagnati", "of unaccompanied minors"},
        {"dei richiedenti asilo", "of asylum seekers"}, {"dei titolari di protezione internazionale", "of holders of international protection"},
        {"dei cittadini di paesi terzi", "of third-country nationals"}, {"delle famiglie con background migratorio", "of families with a migrant background"},
        {"dei giovani di seconda generazione", "of second-generation young people"}, {"dei lavoratori migranti", "of migrant workers"},
        {"delle donne rifugiate", "of refugee women"}, {"degli amministratori locali", "of local administrators"}};
    static final String[][] MEANS = {{"attraverso laboratori e tutoraggio", "through workshops and mentoring"},
        {"con piani individuali", "by means of individual plans"}, {"con una rete di volontari", "with a network of volunteers"},
        {"attraverso corsi di formazione e visite di studio", "through training courses and study visits"},
        {"costruendo reti locali", "by building local networks"}, {"attraverso sportelli unici", "through one-stop shops"},
        {"con piccoli contributi a gruppi locali", "with small grants to local groups"}, {"con l'educazione tra pari", "through peer education"},
        {"con strumenti online e in presenza", "with online and face-to-face tools"}, {"", ""}};
    static final String[][] RESULTS = {
        {"Nel corso del progetto sono state coinvolte %d persone.", "Over the course of the project %d people took part."},
        {"I %d partecipanti hanno frequentato in media %d ore di formazione.", "The %d participants attended an average of %d hours of training."},
        {"Sono stati organizzati %d laboratori in %d sedi diverse.", "%d workshops were held in %d different venues."},
        {"Oltre %d famiglie hanno usufruito dei servizi, con %d operatori formati.", "More than %d families used the services, and %d staff were trained."},
        {"La valutazione finale ha coinvolto %d beneficiari e %d operatori.", "The final evaluation involved %d beneficiaries and %d staff."},
    };
    static final String[][] CLOSINGS = {
        {"Tutti i materiali prodotti sono disponibili sul sito del progetto.", "All the materials produced are available on the project website."},
        {"Il rapporto finale è scaricabile nella sezione pubblicazioni.", "The final report can be downloaded from the publications section."},
        {"Le attività sono gratuite e aperte a tutti.", "All activities are free of charge and open to everyone."},
        {"Un manuale per gli operatori raccoglie i risultati della sperimentazione.", "A handbook for practitioners collects the results of the pilot."},
    };
    static final String[][] AGREEMENT_ACTIONS = {
        {"svolgere ricerche congiunte su %s;", "carry out joint research on %s;"},
        {"offrire tirocini curricolari agli studenti dei corsi di laurea in Servizio sociale;", "offer curricular internships to students of social work;"},
        {"organizzare ogni anno un seminario pubblico su %s;", "hold a yearly public seminar on %s;"},
        {"condividere dati anonimizzati secondo un protocollo comune;", "share anonymised data under a common data protection protocol;"},
        {"progettare candidature congiunte a bandi nazionali ed europei;", "prepare joint applications to national and European calls;"},
        {"formare %d operatori su %s;", "train %d practitioners on %s;"},
        {"costituire un tavolo permanente che si riunirà almeno %d volte l'anno;", "set up a permanent steering group meeting at least %d times a year;"},
        {"attivare ogni anno almeno %d tirocini extracurricolari;", "start at least %d traineeships every year;"},
    };
    static final String[][] QUOTES = {
        {"Da soli non si va lontano: questo accordo mette intorno allo stesso tavolo chi lavora ogni giorno con le persone.",
            "Nobody gets far alone: this agreement brings together the people who work with migrants every day."},
        {"Abbiamo bisogno di strumenti per accompagnare i ragazzi in tempi molto stretti.",
            "We need tools to support young people within very short time frames."},
        {"Sappiamo quante persone entrano nel sistema di accoglienza, ma poco di quello che succede dopo.",
            "We know how many people enter the reception system, but little about what happens afterwards."},
        {"Non chiediamo di essere rappresentati: vogliamo partecipare.", "We do not ask to be represented: we want to take part."},
        {"Il lavoro è la prima forma di integrazione.", "Work is the first form of integration."},
        {"Con questo progetto siamo noi a decidere le priorità, insieme alle comunità.",
            "With this project we set the priorities, together with the communities."},
    };
    static final String[] TARGET_GROUPS_EN = {"Asylum seekers", "Beneficiaries of international protection", "Unaccompanied minors",
        "Migrant women", "Third-country nationals", "Employers and SMEs", "Public employment services", "Teachers and schools",
        "Local administrations", "Ethnic or national minorities", "Young people with a migrant background"};
    static final String[] THEMES_EN = {"Access to employment and social inclusion", "Better public services", "Education and training",
        "Housing", "Health", "Anti-discrimination", "Civic participation", "Language learning", "Cross-border labour mobility"};
    static final String[] ORG_TYPES_EN = {"Non-governmental organisation", "Education and training organisation", "Social cooperative",
        "Research centre", "Public authority", "Foundation"};

    // ---- Page furniture ----------------------------------------------------------------------
    static final String[] IT_MENU = {"Chi siamo", "Progetti", "Notizie", "Sportelli", "Contatti", "Dona ora", "Cosa facciamo",
        "Diventa volontario", "Sostienici", "5x1000", "Trasparenza", "Eventi", "Pubblicazioni", "Area stampa"};
    static final String[] EN_MENU = {"About us", "What we do", "Projects", "News", "Volunteer", "Donate", "Publications",
        "Contact", "Members", "Events"};
    static final String[] IT_SECTIONS = {"Salute", "Lavoro", "Scuola", "Accoglienza", "Diritti", "Territorio", "Cultura", "Giovani"};
    static final String[] IT_RELATED = {"Giornata mondiale del rifugiato, tutti gli eventi in città",
        "Corsi di italiano per adulti: aperte le iscrizioni", "Volontariato: un nuovo corso di formazione",
        "Cena dei popoli, grazie a tutti!", "Scuola di italiano: ripartono i corsi serali",
        "Centri per l'impiego, nuove assunzioni in tutta la regione", "Festa dei popoli: il programma",
        "Cittadinanza: che cosa prevede la proposta di legge"};
    static final String[] MONTHS_IT = {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre"};
    static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"};
    static final String[] STREETS = {"Via Nazionale", "Via Garibaldi", "Corso Italia", "Via Mazzini", "Via del Lavoro",
        "Piazza Duomo", "Via Cavour", "Via Verdi", "Via dei Mille", "Via delle Rose"};
}

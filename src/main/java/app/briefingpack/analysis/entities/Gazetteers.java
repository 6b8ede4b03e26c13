package app.briefingpack.analysis.entities;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Word lists for recognising names. Countries and cities come from data the JDK already carries
 * ({@link Locale}'s English country names, the city part of {@link TimeZone} identifiers such as
 * {@code Asia/Baghdad}), months and weekdays from {@code java.time}; the short lists below are
 * the closed classes of English that no dependency provides: personal titles, the head words of
 * organisation names, and nouns that turn a name into a place ("Anbar province").
 * Demonyms and religious groups are not listed: WordNet recognises them (see {@link EntityRecognizer}).
 */
final class Gazetteers {

    static final Set<String> COUNTRIES = new HashSet<>();
    static final Set<String> CITIES = new HashSet<>();
    static final Set<String> CALENDAR = new HashSet<>();

    static {
        for (String code : Locale.getISOCountries()) {
            COUNTRIES.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        // Common English names the locale data spells differently.
        COUNTRIES.addAll(Set.of("America", "Britain", "Great Britain", "Holland", "Burma", "Russia", "Syria",
                "Iran", "Korea", "Vietnam", "Palestine", "Congo", "U.S.", "U.K.", "US", "UK", "USA", "U.S.A."));
        for (String id : TimeZone.getAvailableIDs()) {
            int slash = id.lastIndexOf('/');
            if (slash > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                String city = id.substring(slash + 1).replace('_', ' ');
                if (city.chars().allMatch(c -> Character.isLetter(c) || c == ' ')) CITIES.add(city);
            }
        }
        for (Month m : Month.values()) {
            CALENDAR.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            CALENDAR.add(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ".");
        }
        for (DayOfWeek d : DayOfWeek.values()) CALENDAR.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }

    /** Words that make a capitalised run before a name a title (and so a role), not part of the name. */
    static final Set<String> TITLES = Set.of("President", "Prime", "Minister",
            "Ambassador", "Secretary", "Secretary-General", "General", "Gen.", "Senator", "Sen.", "Representative", "Rep.", "Governor",
            "Gov.", "Mayor", "Dr.", "Dr", "Doctor", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Sir", "Dame", "Lord", "King", "Queen", "Prince",
            "Princess", "Sheikh", "Shaikh", "Sheik", "Ayatollah", "Imam", "Chancellor", "Judge", "Justice", "Chief", "Commander",
            "Colonel", "Col.", "Lieutenant", "Lt.", "Captain", "Capt.", "Sergeant", "Sgt.", "Major", "Admiral",
            "Pope", "Cardinal", "Bishop", "Rabbi", "Reverend", "Rev.", "Rev", "Revd", "Venerable", "Lady", "Honourable",
            "Honorable", "Hon", "Professor", "Prof.", "Prof", "Director", "Chairman",
            "Chairwoman", "Chair", "Chairperson", "Spokesman", "Spokeswoman", "Attorney", "Speaker",
            "Leader", "Emperor", "Sultan", "Emir", "Cleric", "Officer", "Envoy", "Administrator", "Commissioner",
            "Superintendent", "Sheriff", "Detective", "Inspector", "Constable", "Marshal", "Congressman", "Congresswoman", "Councilman", "Councilwoman", "Councillor", "Councilor", "Cllr", "Cllr.", "Coun", "Coun.", "Corporal", "Sgt", "Cpl", "Pte", "Pte.", "Lt", "Capt", "Col", "Maj", "Brig",
            "Brigadier", "Insp", "Supt", "Det", "Garda", "Commandant", "Pandit", "Ustad", "Madam", "Madame",
            "Tsar", "Czar", "Tsarina", "Czarina", "Tsarevna", "Tsarevich", "Empress", "Mister", "Duchess", "Baroness",
            "Marquess", "Viscount", "Countess",
            "Major-General", "Lieutenant-General", "Brigadier-General", "Lieutenant-Colonel", "Vice-President", "Vice-Admiral",
            "Rear-Admiral", "Lt-Gen.", "Lt.-Gen.", "Maj-Gen.", "Maj.-Gen.", "Brig-Gen.", "Lt-Col.", "Lt.-Col.", "Lt-Gen", "Maj-Gen", "Lt-Col", "President-elect", "Attorney-General", "Premier", "Premier-elect", "Mayor-elect", "Governor-elect",
            "Senator-elect", "Chancellor-elect",
            // before two or more names ("Presidents Leonid Kuchma and Boris Yeltsin")
            "Presidents", "Senators", "Governors", "Ministers", "Ambassadors", "Justices", "Crs", "Crs.",
            // Australian councillors ("Cr Kelly"); an archbishop
            "Cr", "Cr.", "Archbishop",
            // the other person titles of the shared abbreviation list (app.briefingpack.text.Abbreviations)
            "Messrs.", "Messrs", "Sens.", "Reps.", "Govs.", "Maj.", "Adm.", "Cmdr.", "Cpl.", "Pvt.", "Det.", "Atty.", "Amb.", "Supt.",
            "Insp.", "Pres.", "Hon.", "Fr.", "Fr", "Datuk", "Datin", "Dato'", "Dato’", "Dato", "Tun", "Seri",
            "Rev'd", "Rev’d", "Father", "Excellency", "Rt", "Rt.",
            "Alhaji", "Alhaja", "Hajiya", "Malam", "Mallam", "Engr", "Engr.", "Eng.", "Cde", "Cde.", "Comrade",
            "Otunba", "Mzee", "Shri", "Smt", "Smt.", "Shrimati", "Sadhguru", "Canon", "H.E.", "HE", "Hadhrat", "Hazrat",
            // British and Commonwealth service ranks as their forces abbreviate them ("L/Cpl Kyle Smith", "Spr X")
            "L/Cpl", "LCpl", "L/Sgt", "Spr", "Gnr", "Tpr", "Rfn", "Cdr",
            // police ranks as South Asian and African papers abbreviate them ("ACP John Makuri", "DSP X")
            "ACP", "DCP", "DSP", "SSP", "CSP", "IGP");

    /**
     * Titles of nobility, which name a realm after "of" ("Duke of Cumberland", "Earl of Clare").
     * Duke, Earl and Baron are given names too ("Duke Ellington", "Earl Warren"), so they are titles
     * only before "of".
     */
    static final Set<String> NOBLE_TITLES = Set.of("Duke", "Duchess", "Earl", "Baron", "Baroness", "Marquess", "Marquis",
            "Viscount", "Count", "Countess", "Prince", "Princess", "King", "Queen", "Emperor", "Empress");

    /**
     * Members of a parliament, an assembly or a provincial executive, by their initials: "Conservative MSP
     * Meghan Gallacher", "Shamata MCA X", "Education MEC Reginah Mhaule".
     */
    static final Set<String> MEMBERS_INITIALS = Set.of("MP", "MEP", "MSP", "MLA", "MPP", "MCA", "MNA", "MHA", "MLC", "TD", "MEC");

    /**
     * Officers' titles written as initials: "Facebook CEO Mark Zuckerberg", "Metro MD Kumar Keshav",
     * a Kenyan cabinet secretary "Interior CS Kithure Kindiki".
     */
    static final Set<String> OFFICERS = Set.of("CEO", "CFO", "COO", "CTO", "CIO", "MD", "CS", "VP", "SVP", "EVP");

    /**
     * Offices written as initials, which are other things too ("PM", "CJ"), so they are titles only
     * before a name: "PM Modi", "DPM Shrestha", "CJ Koome", "former CJP Umar Ata Bandial".
     */
    static final java.util.Map<String, String> OFFICE_INITIALS = java.util.Map.of("PM", "prime minister",
            "DPM", "deputy prime minister", "CJ", "chief justice", "DCJ", "deputy chief justice", "CJP", "chief justice");

    /**
     * Police ranks written as initials, which are other things too ("DC", "PC", "CP"), so they are
     * titles only before a first name: "SP Michael Kananura", "PC Jonathan Rice", "DCI Ian Bell".
     */
    static final java.util.Map<String, String> RANK_INITIALS = java.util.Map.ofEntries(
            java.util.Map.entry("SP", "superintendent of police"), java.util.Map.entry("ASP", "assistant superintendent of police"),
            java.util.Map.entry("DIG", "deputy inspector general"), java.util.Map.entry("AIG", "assistant inspector general"),
            java.util.Map.entry("IG", "inspector general"), java.util.Map.entry("CP", "commissioner of police"),
            java.util.Map.entry("PC", "police constable"), java.util.Map.entry("PCSO", "police community support officer"),
            java.util.Map.entry("DC", "detective constable"), java.util.Map.entry("DS", "detective sergeant"),
            java.util.Map.entry("DI", "detective inspector"), java.util.Map.entry("DCI", "detective chief inspector"),
            java.util.Map.entry("DSI", "detective superintendent"), java.util.Map.entry("DSU", "detective superintendent"));

    /** A rank's or an office's initials spelled out ("PC": police constable, "PM": prime minister); else null. */
    static String initialsOfATitle(String word) {
        String rank = RANK_INITIALS.get(word);
        return rank != null ? rank : OFFICE_INITIALS.get(word);
    }

    /** Senior counsel's initials, a title before a name as after it: "Defence QC Mhairi Richards". */
    static final Set<String> COUNSEL_INITIALS = Set.of("QC", "KC");

    /** Roles written as initials: "Microsoft's CEO", "the MP for Skegness", "a new MPP", "the EMT who saved". */
    static final Set<String> ROLE_ACRONYMS = Stream.of(MEMBERS_INITIALS, OFFICERS, COUNSEL_INITIALS, Set.of("EMT", "GP"))
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    /**
     * Honours, degrees and fellowships written after a name, with a comma or without ("Daniel
     * Bernoulli FRS", "Zaha Hadid DBE RA", "Christopher S. Kim, MD, a hospitalist"): no part of the
     * name, no organisation, and no part of the apposition that follows them.
     */
    static final Set<String> POST_NOMINALS = Stream.concat(MEMBERS_INITIALS.stream(), Stream.of("FRS", "FRSE", "FBA", "FREng",
            "FMedSci", "DBE", "CBE", "OBE", "MBE", "KBE", "GBE", "KCMG", "GCMG", "CMG", "KCB", "GCB", "CB", "CH", "OM", "KG", "KT", "VC",
            "RA", "QC", "KC", "JP",
            "MD", "M.D.", "DO", "D.O.", "RN", "R.N.", "PhD", "Ph.D.", "DPhil", "MPH", "MBA",
            "JD", "J.D.", "Esq.", "DDS", "DMD", "DVM", "PharmD", "LLB", "LLM", "CPA", "FACP", "FACS", "FAAP", "FACC", "FRCP", "FRCS",
            "MSc", "BSc", "MA", "BA", "MS",
            // the Orders of Australia and of New Zealand: "Mick Dodson AM"
            "AC", "AO", "AM", "OAM", "ONZ", "GNZM", "KNZM", "DNZM", "CNZM", "ONZM", "MNZM", "QSO", "QSM",
            // religious orders: "Bishop Vincent Long OFM Conv", "Father James Martin SJ"
            "OFM", "Conv", "Cap", "SJ", "S.J.", "OSB", "O.S.B.", "OP", "O.P.", "CSsR", "OMI", "SVD", "SDB",
            // South Asian honorifics after a name: "Ghulam Mustafa Khan Sahab"
            "Sahab", "Saheb", "Sahib", "Saab")).collect(Collectors.toUnmodifiableSet());

    /**
     * An organisation word, or the plural of one that is no common surname: "King George Hospitals"
     * (not "Banks", "Brooks").
     */
    static boolean isOrganisationWord(String word) {
        return ORGANISATION_WORDS.contains(word) || PLURAL_ORGANISATION_WORDS.contains(word)
                // "St. Louis Post-Dispatch", "Times-Picayune": a newspaper's joined name
                || word.indexOf('-') > 0 && Stream.of(word.split("-")).anyMatch(ORGANISATION_WORDS::contains);
    }

    private static final Set<String> PLURAL_ORGANISATION_WORDS = Set.of("Hospitals", "Schools", "Colleges", "Universities",
            "Institutes", "Foundations", "Associations", "Federations", "Societies", "Centers", "Centres", "Agencies",
            "Councils", "Committees", "Ministries", "Departments", "Trusts", "Churches", "Services");

    /** The words between a title and the office it names: "Secretary of State", "Minister for Interior", "Curator of Paintings". */
    static final Set<String> TITLE_LINKS = Set.of("of", "for");

    static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** A professor's title as written before a name. */
    static final Set<String> PROFESSOR = Set.of("Professor", "Prof.", "Prof");

    /** Courtesy titles: they mark a name but say nothing of the person's role. */
    static final Set<String> HONORIFICS = Set.of("Dr.", "Dr", "Doctor", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Messrs.", "Messrs",
            "Sheikh", "Shaikh", "Sheik", "Rev.", "Rev", "Revd", "Venerable", "Hon.", "Hon", "Honourable", "Honorable", "Sir", "Dame", "Lady", "Pandit", "Ustad", "Madam", "Madame", "Mister", "Fr.", "Fr",
            // Malaysian honours used as forms of address: "Datuk Dr Mohd Na'im Mokhtar", "Datuk Seri Anwar Ibrahim"
            "Datuk", "Datin", "Dato'", "Dato’", "Dato", "Tun", "Seri",
            "Reverend", "Rev'd", "Rev’d", "Father", "Excellency",
            // forms of address of West and East African papers: "Alhaji X", "Malam X", "Engr. X", "Cde X"
            "Alhaji", "Alhaja", "Hajiya", "Malam", "Mallam", "Engr", "Engr.", "Eng.", "Cde", "Cde.", "Comrade", "Otunba",
            // the Swahili one for an elder: "Mzee Jomo Kenyatta"
            "Mzee",
            // and of South Asian ones: "Shri X", "Smt. X", "Sadhguru X" (not "Sri", which starts "Sri Lanka")
            "Shri", "Smt", "Smt.", "Shrimati", "Sadhguru",
            // "His Excellency" as initials, for ambassadors and heads of state: "H.E. X", "HE Dr X"
            "H.E.", "HE",
            // Islamic forms of address for a religious leader: "Hadhrat Mirza Masroor Ahmad"
            "Hadhrat", "Hazrat");

    /**
     * The words of a clergyman's or a peer's style before the courtesy title ("The Most Rev.", "Rt
     * Rev", "Very Rev", "Right Honourable"): they say how to address the person, not the office.
     */
    static final Set<String> STYLE_WORDS = Set.of("Most", "Right", "Very", "Rt", "Rt.");

    /** Words that, anywhere in a capitalised run, make it an organisation. */
    static final Set<String> ORGANISATION_WORDS = Set.of("Association", "Alliance", "Party", "Press", "Presse",
            "Post", "Times", "Agency", "Council", "Committee", "Ministry", "Department", "University", "Institute",
            // the word for a university in other languages a name keeps ("Vrije Universiteit Amsterdam")
            "Universiteit", "Universität", "Università", "Universidad", "Universidade", "Université", "Universitat",
            // the Malay words for a school and a mosque ("Sekolah Menengah Kebangsaan Dato Mohd Said", "Masjid Nurul Hidayah")
            "Sekolah", "Masjid",
            "College", "School", "Bank", "Corporation", "Corp.", "Company", "Co.", "Inc.", "Ltd", "Ltd.", "Group",
            "Union", "Front", "Army", "Command", "Court", "Bench", "Congress", "Parliament", "Senate", "Assembly", "Commission",
            "Organization", "Organisation", "Foundation", "Network", "News", "Journal", "Review", "Service",
            "Office", "Board", "Federation", "League", "Movement", "Brigade", "Brigades", "Pentagon", "Kremlin",
            // units of a force or a service: "the Major Investigation Unit", "the Flying Squad"
            "Unit", "Squad", "Directorate", "Secretariat",
            "Reuters", "Club", "Society", "Center", "Centre", "Fund", "Bureau", "Police", "Navy", "Guard", "Tribune", "Team",
            "Herald", "Gazette", "Magazine", "Telegraph", "Guardian", "Observer", "Broadcasting", "Television",
            "Radio", "Airlines", "Authority", "Coalition", "Forces", "Hospital", "Hospice", "Infirmary", "Church", "Mosque", "Trust",
            "International", "Section", "Medical", "Electric", "Cellular", "Communications", "Securities",
            "Financial", "Computer", "Airways", "Composite", "Bancorp", "Bancorporation", "Worldwide", "Electronics",
            "Markets", "Lines", "Parish",
            // schools named for their pupils: "Butere Girls", "Maseno Boys"
            "Girls", "Boys",
            // a sport's body named by its province or its country: "Leinster Rugby", "Cricket Australia"
            "Rugby", "Cricket", "Football", "Hockey", "Netball", "Athletics",
            // clubs and companies of the arts: "Central FC", "San Francisco Ballet"
            "FC", "AFC", "FM", "Ballet", "Orchestra", "Philharmonic", "Choir",
            // trades in firms' names ("Miller Brewing", "Random House Publishing")
            "Brewing", "Publishing", "Banking", "Trading", "Mining", "Shipping", "Manufacturing", "Engineering", "Consulting",
            "Lighting",
            // legal forms of companies
            "Cos.", "Cos", "Corp", "Inc", "PLC", "plc", "LLC", "L.P.", "AG", "S.A.", "N.V.", "GmbH", "Bhd", "Berhad", "Pty", "Tbk", "Holding",
            "Holdings", "Partners", "Partnership", "Industries", "Enterprises", "Associates", "Bros.",
            // investors ("Golden Gate Ventures")
            "Ventures");

    /** First words of the names of storms and operations ("Hurricane Hugo", "Operation Desert Storm"): events, not people. */
    static final Set<String> EVENT_FIRST_WORDS = Set.of("Hurricane", "Typhoon", "Cyclone", "Tropical", "Storm",
            "Tornado", "Operation");

    /** Words that end a company's name as its legal form: "Philip Morris Cos." is "Philip Morris". */
    static final Set<String> LEGAL_FORMS = Set.of("Co.", "Co", "Corp.", "Corp", "Inc.", "Inc", "Ltd", "Ltd.", "Cos.",
            "Cos", "PLC", "plc", "LLC", "L.P.", "AG", "S.A.", "N.V.", "GmbH", "Bhd", "Berhad", "Pty", "Tbk", "Holding", "Holdings", "Group", "Company",
            "Corporation", "Incorporated", "Limited", "&", "amp", "and");

    /**
     * Words that, after a company's first word, say the whole is a firm's name, so its first word
     * alone is the firm too ("Norwood Partners Limited Partnership", "Delta Air Lines").
     */
    static final Set<String> FIRM_NAME_WORDS = Set.of("Partners", "Partnership", "Lines", "Airlines", "Airways",
            "Bancorp", "Industries", "Enterprises", "Electronics", "Worldwide");

    /** Lower-case nouns that, right after a name, say it is a company's ("Milton Roy shares", "Upjohn employees"). */
    static final Set<String> BUSINESS_NOUNS = Set.of("shares", "stock", "stockholders", "shareholders", "employees",
            "subsidiary", "subsidiaries", "unit", "units", "plant", "plants", "factory", "factories", "products",
            "brand", "brands", "division", "executives", "flight", "flights", "jet", "jets", "airliner", "plane", "planes", "fleet",
            "fund", "funds", "index", "industrials");

    /** Lower-case nouns that, right after a name, say the name is an organisation ("Xinhua news agency"). */
    static final Set<String> ORGANISATION_NOUNS = Set.of("agency", "newspaper", "magazine", "party", "movement",
            "militia", "network", "channel", "daily", "weekly", "television", "radio", "company", "group",
            "organization", "organisation", "council", "institute", "university", "website", "journal", "firm",
            "broadcaster", "publisher", "charity", "bank", "club", "team", "union", "band");

    /** Last words of names of laws and treaties ("Clean Air Act", "George Floyd Justice in Policing Act"). */
    static final Set<String> LAW_HEADS = Set.of("Act", "Acts", "Law", "Bill", "Treaty", "Accord", "Accords", "Agreement",
            "Pact", "Charter", "Declaration", "Amendment", "Convention", "Protocol");

    /**
     * Last words of names of things, laws, events and times ("Clean Air Act", "Riverside Stadium",
     * "Olympic Games", "Daylight Saving Time"): with nothing else to go on, such a name is no person.
     * Words that are also common surnames (Hall, Marsh, Wood) are left out.
     */
    static final Set<String> THING_HEADS = union(LAW_HEADS, Set.of("Doctrine", "Tower", "Towers", "Stadium", "Arena", "Building", "Cathedral",
            "Temple", "Palace", "Castle", "Museum", "Library", "Station", "Wall", "Beach", "Range", "Telescope",
            "Satellite", "Mission", "Games", "Cup", "Olympics", "Marathon", "Regatta", "Festival", "Championship",
            "Championships", "Tournament", "Election", "Elections", "Open", "Summit", "Conference", "Meeting", "Medal", "Shield", "Trophy", "Rush", "Bowl", "War", "Revolution",
            "Symphony", "Concerto", "Opera", "Time", "Day", "Week", "Prize", "Award", "Awards", "Index", "Global",
            "Energy", "Maps", "Drive", "Exchange", "Line", "Lines", "Bakery", "Star", "Express", "Motors", "Systems",
            "Technologies", "Holdings", "Partners", "Capital", "Management", "Industries", "Pharmaceuticals", "Labs", "Media",
            "Theater", "Theatre", "Hotel", "Airport", "Restaurant", "Cafe", "Café", "Bistro", "Room", "Rooms", "Finals",
            // a stadium's stand: "the Hogan Stand"
            "Stand",
            // a gallery named after its founder: "the Zabludowicz Collection"
            "Collection",
            // things named after people: "the Marshall Plan", "the Andy Warhol Photographic Legacy Program",
            // "Tommy Solomon Statue", "the Lincoln Memorial", "the Savage Love podcast"
            "Paralympics", "Plan", "Program", "Programme", "Statue", "Memorial", "Monument", "Show", "Series", "Podcast", "Gallery",
            // "the Neil Armstrong Chair": a professorship named after someone
            "Chair", "Professorship", "Lectureship", "Scholarship", "Fellowship"));

    /** Styles said after "his", "her" or "your", which are no part of a name: "His Grace", "Her Excellency". */
    static final Set<String> STYLES = Set.of("Grace", "Eminence", "Excellency", "Excellencies", "Holiness", "Lordship", "Ladyship", "Majesty",
            "Highness", "Worship", "Honour", "Honor");

    /** Last words of days and nights named after someone: "Saint Andrew's Day", "Burns Night". */
    static final Set<String> NAMED_DAYS = Set.of("Day", "Eve", "Night", "Week");

    /** Festivals, which end names that are no one's: "Merry Christmas", "Happy Diwali". */
    static final Set<String> FESTIVALS = Set.of("Christmas", "Easter", "Diwali", "Ramadan", "Hanukkah", "Passover", "Thanksgiving");

    /** Deities and their titles, which the gazetteers of people leave out: "Jesus Christ". */
    static final Set<String> DEITIES = Set.of("God", "Almighty", "Jesus", "Christ", "Allah", "Vishnu", "Shiva", "Krishna", "Buddha", "Lord");

    /**
     * Plural trades that, right before a name standing alone, name the firm that practises them:
     * "solicitors Leigh Day", "quarry developers Hanson" (not "lawyers A and B", a list of people).
     */
    static final Set<String> FIRM_TRADES = Set.of("solicitors", "accountants", "architects", "developers", "housebuilders", "builders",
            "contractors", "consultants", "consultancy", "auctioneers", "surveyors", "publishers", "brokers", "insurers", "retailers",
            "caterers", "engineers", "jewellers", "jewelers", "bakers", "outfitters", "hauliers", "undertakers");

    /** Words that, anywhere in a capitalised run, make it a place ("River Dane", "Mount Hermon"). */
    static final Set<String> PLACE_WORDS = Set.of("River", "Lake", "Mount", "Mt.", "Mt", "Mountains", "Street", "Road", "Avenue",
            "Square", "Bridge", "Island", "Islands", "Valley", "Province", "County", "City", "Sea", "Ocean", "Bay",
            "Desert", "Gulf", "Strait", "Canal", "Coast", "Peninsula", "Heights", "Plain", "Forest", "Park", "Airport",
            "Base", "Ave", "Ave.", "Blvd", "Blvd.", "Falls", "Barracks", "Prison", "Jail", "Gaol", "Circuit",
            // the Malay words for a village, a river, a river's mouth, a hill and an island: "Kampung Sungai Bemban", "Kuala Trong"
            "Kampung", "Kampong", "Sungai", "Kuala", "Bukit", "Pulau");

    /** Lower-case nouns that, right after a name, make the pair a place ("Anbar province"). */
    static final Set<String> PLACE_NOUNS = Set.of("province", "region", "triangle", "city", "county", "district",
            "valley", "river", "desert", "governorate", "peninsula", "gulf", "mountains", "border", "delta");

    /**
     * Lower-case nouns that, right after a name, make it a place without being part of its name:
     * "the Mirza Virkan area of Sheikhupura", "the Kibera neighbourhood", "a Buffalo suburb".
     */
    static final Set<String> AREA_NOUNS = Set.of("area", "neighbourhood", "neighborhood", "suburb", "township", "village");

    /** The Associated Press's abbreviations of the US states, after a town's name ("the Kirkland, Wash., company"). */
    static final Set<String> STATE_ABBREVIATIONS = Set.of("Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.",
            "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.",
            "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.",
            "Tenn.", "Tex.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.");

    /** Lower-case nouns for a place that, before "of", say what the name after it is ("the settlement of Beit El"). */
    static final Set<String> PLACES_OF = Set.of("city", "town", "village", "settlement", "island", "islands", "province",
            "region", "county", "district", "state", "port", "kingdom", "republic", "municipality", "suburb", "neighborhood",
            "neighbourhood", "capital", "emirate", "resident", "residents", "native", "natives");

    /** Lower-case nouns for an organisation that, before "of", say what the name after it is ("the Swiss firm of Asea Brown Boveri"). */
    static final Set<String> ORGANISATIONS_OF = Set.of("firm", "company", "bank", "agency", "newspaper", "magazine",
            "publisher", "airline", "carmaker", "automaker", "insurer", "retailer");

    /** Lower-case nouns that, right after a leader's name, stand for the people under that leader. */
    static final Set<String> LEADERSHIP_NOUNS = Set.of("administration", "government", "cabinet", "presidency", "regime");

    private Gazetteers() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}

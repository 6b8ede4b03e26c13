package app.briefingpack.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Arrays;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.analysis.TestArticles;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.NamedEntity;
import app.briefingpack.model.Person;

/**
 * Companies, places and titles that the name-finder model reads as people on news wire copy
 * (TimeBank/AQUAINT-like sentences written for this test), and people it reads as something else.
 */
class NotPeopleRulesTest {

    private static final String BODY = String.join("\n\n",
            "Shares of Walt Disney Co rose on Tuesday, while Adolph Coors Co said its profit fell by a third.",
            "RJR Nabisco bonds fell sharply after the bid was withdrawn, traders said.",
            "NATO Secretary-General Javier Solana met the three foreign ministers in Brussels on Friday.",
            "Trade Minister Joseph Kamotho and the American ambassador to Kenya Prudence Bushnell were injured in the blast.",
            "Senator Ruth Okafor, the Maryland Democrat who leads the panel, said the bill would pass.",
            "Police are still looking for the man who shot the doctor, Alvin Strazewski.",
            "Hurricane Katrina flooded the coast in August. Insurers said Katrina cost them $40 billion.",
            "Tropical Storm Sandy reached the city on Monday. Officials said Sandy had left homes without power.",
            "The boy's father, Luis Alberto Ferreira, flew in on Monday. Luis Alberto said he would take the boy home.");

    /** The people listed include everyone {@code named} and no one whose name contains one of {@code notParts}. */
    private static void assertPeople(Briefing b, List<String> named, String... notParts) {
        assertThat(b.people()).extracting(Person::name).containsAll(named)
                .noneMatch(n -> Arrays.stream(notParts).anyMatch(n::contains));
    }

    /** The people listed include these names with these roles. */
    private static void assertRoles(Briefing b, Tuple... nameAndRole) {
        assertThat(b.people()).extracting(Person::name, Person::role).contains(nameAndRole);
    }

    /** An article of these paragraphs, analysed. */
    private static Briefing analyse(String fileName, String... paragraphs) {
        return new Analyser().analyse(TestArticles.of(fileName, Metadata.empty(), String.join("\n\n", paragraphs)));
    }

    private static Briefing analyse() {
        return new Analyser().analyse(TestArticles.of("not-people.txt", Metadata.empty(), BODY));
    }

    @Test
    void companiesPlacesAndTitlesAreNoPeople() {
        Briefing b = analyse();
        assertThat(b.people()).extracting(Person::name)
                .noneMatch(n -> n.contains("Disney") || n.contains("Coors") || n.contains("Nabisco") || n.contains("NATO")
                        || n.startsWith("Kenya") || n.contains("Democrat") || n.contains("Katrina") || n.contains("Sandy"))
                .contains("Javier Solana", "Prudence Bushnell", "Joseph Kamotho", "Ruth Okafor");
        assertThat(b.organisations()).extracting(NamedEntity::name).contains("Walt Disney Co", "Adolph Coors Co");
        assertThat(b.places()).extracting(NamedEntity::name).contains("Kenya");
    }

    @Test
    void hyphensParticlesAndTitlesOfNobilityKeepNamesWhole() {
        Briefing b = analyse("whole-names.txt",
                "Later, Coca-Cola built a bottling plant in the town, and the finance minister, Hamid al-Rashidi, opened it.",
                "His brother Prince Edgar, Duke of Wexmoor, was exiled. Earl Dawson, the mayor, and Duke Farrell, a pianist, "
                        + "stayed. Major-General Pell Avery led the parade.",
                "The earldoms had existed under Henry I and were symbolic; the daughters of Felipe V were his heirs.",
                "Dan I for one was glad to hear it, wrote the reader Dan Mowbray.");
        assertThat(b.people()).extracting(Person::name)
                .contains("Hamid al-Rashidi", "Earl Dawson", "Duke Farrell", "Pell Avery", "Henry I", "Felipe V")
                .doesNotContain("Dan I", "Henry", "Felipe")
                .noneMatch(n -> n.contains("Coca") || n.equals("Hamid") || n.equals("Duke") || n.contains("Wexmoor")
                        || n.contains("Major"));
        assertThat(b.places()).extracting(NamedEntity::name).contains("Wexmoor");
    }

    @Test
    void givenNamesAloneAreThePersonWhoseFullNameStartsWithThem() {
        assertThat(analyse().people()).extracting(Person::name)
                .contains("Luis Alberto Ferreira").doesNotContain("Luis Alberto");
    }

    @Test
    void anAppositionEndingTheSentenceNamesAPerson() {
        assertThat(analyse().people()).extracting(Person::name, Person::role)
                .contains(tuple("Alvin Strazewski", "doctor"));
    }

    @Test
    void abbreviatedTitlesGiveRolesWhetherOrNotTheTokenizerSplitsTheirStop() {
        // the English tokenizer splits "Messrs", "Sgt", "Gen" and "Maj" from their stops in these sentences
        Briefing b = analyse("titles.txt",
                "Neither Messrs. Hallberg nor Quint said he spends much time on it. Sgt. Paula Reyes said the plan was Gen. Marsh's.",
                "In a message, Maj. Tomas Brandt, the top officer, said the attack would start. Maj. Ilse Varga said the roads were clear.");
        // (a rank says less than an apposition: Brandt is the top officer)
        assertRoles(b, tuple("Ilse Varga", "Major"), tuple("Tomas Brandt", "top officer"),
                tuple("Paula Reyes", "Sergeant"), tuple("Marsh", "General"), tuple("Hallberg", null));
        assertPeople(b, List.of(), "Messrs", "Maj", "Sgt");
        assertThat(b.places()).extracting(NamedEntity::name).noneMatch(n -> n.contains("Hallberg"));
    }

    @Test
    void individualsWordNetAlsoFilesAsClassesAreNamedButClassesAndCommonNounsAreNot() {
        // WordNet files "Einstein" as a genius too, and knows a Carry Nation; "Hey" and "Oh" are interjections
        Briefing b = analyse("classes.txt",
                "The lecture describes Einstein's view of gravity and Einstein's concept of spacetime.",
                "French authorities cleared the deal. He always tried to do what was best for the Nation. This Nation shall strive.",
                "\"Hey Steve, give your iguana a bath,\" said Barb Lowe. Oh Barb, he answered.");
        assertPeople(b, List.of("Einstein", "Barb Lowe"), "French", "Nation", "Hey", "Oh ");
    }

    @Test
    void namesInCapitalsAndSurnamesThatAreAlsoPeoplesAreNamesOfPeople() {
        Briefing b = analyse("capitals.txt",
                "Today KAMALA HARRIS was sworn in. Her successor, ALEX PADILLA, is the first Latino senator from California.",
                "The report was written by the chairman, Bill Green. The Young Turks and a Christian Democrat objected.",
                "NEW YORK -- JOHN DEERE PROFITS RISE as farmers buy more tractors.");
        assertPeople(b, List.of("KAMALA HARRIS", "ALEX PADILLA", "Bill Green"), "Turks", "Democrat", "PROFITS", "YORK");
        assertThat(b.places()).extracting(NamedEntity::name).contains("NEW YORK");
    }

    @Test
    void aNameNoDictionaryKnowsThatSpeaksInAQuotationIsAPerson() {
        Briefing b = analyse("speakers.txt",
                "\"You never did that before,\" Pag said. Then Pag backed away from the fence.",
                "\"There they are,\" said Pavit, the head servant, in a strained voice.",
                "Marathon shut its plant on Monday. Valero said it was reducing rates at its refinery.");
        assertThat(b.people()).extracting(Person::name).contains("Pag", "Pavit").doesNotContain("Valero", "Marathon");
    }

    @Test
    void firmsNamedWithATitleWordAreFirmsAndAChairIsATitle() {
        Briefing b = analyse("general.txt",
                "The General Motors plant in Fremont closed, and General Mills and General Dynamics cut jobs.",
                "Fed Chair Jerome Powell disagreed with Judiciary Chair Jerry Nadler, a graduate of Penn State.");
        assertRoles(b, tuple("Jerome Powell", "Fed Chair"), tuple("Jerry Nadler", "Judiciary Chair"));
        assertPeople(b, List.of(), "Motors", "Mills", "Dynamics", "Penn");
        assertThat(b.organisations()).extracting(NamedEntity::name).contains("General Motors", "Penn State");
    }

    @Test
    void arabicParticlesTitlesOfAMinistryAndShaikhKeepNamesAndRoles() {
        Briefing b = analyse("iraq.txt",
                "The cleric Moqtada al-Sadr spoke in Kufa. \"The fate of Iraq is at stake,\" al-Sadr said.",
                "Insurgents threatened Minister of Defense Hazem Shaalan and Shaikh Abdul Wahhab al-Janabi.");
        assertRoles(b, tuple("Hazem Shaalan", "Minister of Defense"));
        assertThat(b.people()).extracting(Person::name).contains("Moqtada al-Sadr", "Abdul Wahhab al-Janabi")
                .noneMatch(n -> n.contains("Defense") || n.contains("Shaikh") || n.equals("Sadr") || n.equals("al-Sadr"));
        assertThat(b.places()).extracting(NamedEntity::name).noneMatch(n -> n.contains("Shaalan"));
        Person sadr = b.people().stream().filter(p -> p.name().equals("Moqtada al-Sadr")).findFirst().orElseThrow();
        assertThat(sadr.mentions()).hasSize(2);
    }

    @Test
    void planetsAreNoPeopleAndEpithetsStayInTheName() {
        Briefing b = analyse("planets.txt",
                "Venus has a thick atmosphere, and Mercury is the smallest planet. Saturn and Jupiter are gas giants.",
                "Louis the German invaded Moravia. Two paintings by Lucas Cranach the Elder hang beside the door.",
                "Former president Valéry Giscard d'Estaing met the writer Henri Honoré d'Estienne d'Orves.",
                "The story was told to Maria the Spanish way.");
        assertThat(b.people()).extracting(Person::name)
                .contains("Louis the German", "Lucas Cranach the Elder", "Valéry Giscard d'Estaing", "Henri Honoré d'Estienne d'Orves")
                .noneMatch(n -> n.equals("Venus") || n.equals("Mercury") || n.equals("Saturn") || n.equals("Jupiter")
                        || n.equals("Louis") || n.contains("Spanish"));
    }

    @Test
    void aNameThatGoesOnToALawsNameIsTheLawsNotAPersons() {
        Briefing b = analyse("law.txt",
                "The House will pass the George Floyd Justice in Policing Act on Friday.",
                "Roger Federer in the Australian Open final lost to a younger player.");
        assertPeople(b, List.of("Roger Federer"), "Justice");
    }

    @Test
    void aGivenNameAloneIsTheOnePersonOfThatNameAndAThingNamedWithAPossessiveIsNoPerson() {
        Briefing b = analyse("sir-john.txt",
                "The minister might grant a request by Jaguar Chairman Sir John Egan. In the end, Sir John decided.",
                "International Women's Day is this coming Sunday. A focus of International Women's Day is the plight of women.");
        assertThat(b.people()).extracting(Person::name).containsExactly("John Egan");
        Person egan = b.people().get(0);
        assertThat(egan.mentions()).hasSize(2);
    }

    @Test
    void givenNamesThatAreAlsoPeoplesOrThingsAndFamiliesAreReadAsPeopleWouldBe() {
        Briefing b = analyse("frank.txt",
                "It was two years from when Frank sent me specimens. The Franks invaded Gaul.",
                "Doris Day sang at Victoria Station. He was one of the mathematicians in the Bernoulli family.");
        assertPeople(b, List.of("Frank", "Doris Day"), "Franks", "Station", "Bernoulli");
    }

    @Test
    void aCapitalisedNounForAPersonBeforeAGivenNameIsTheRole() {
        Briefing b = analyse("roles.txt",
                "The show opened on Friday, and Designer Tom Ford left early. Editorial Manager Chet Clem stayed.",
                "Hunter Biden did not attend.");
        assertRoles(b, tuple("Tom Ford", "Designer"), tuple("Hunter Biden", null));
        assertThat(b.people()).extracting(Person::name).contains("Chet Clem");
    }

    @Test
    void aBareTitleInThePossessiveNamesNobodyAndTradesNameFirms() {
        Briefing b = analyse("pope.txt",
                "Pope John Paul flew to Havana. The risk is that the Pope's visit will persuade no one.",
                "Its nearest competitor, Miller Brewing, had a 21.2% stake last year.");
        assertPeople(b, List.of("John Paul"), "Pope", "Miller");
        assertThat(b.organisations()).extracting(NamedEntity::name).contains("Miller Brewing");
    }

    @Test
    void everyAuthorInAnAuthorYearCitationIsAPersonButAFilmBeforeItsYearIsNot() {
        Briefing b = analyse("citations.txt",
                "Games can train attention (Rueda, Checa, & Cómbita, 2012; Dye & Bavelier, 2010) and memory (Okafor et al., 2019).",
                "Cruse and Croft (2004) begin with a summary. Quilis (1964) was the first to measure it, and Quilis's terms are used here.",
                "She starred in Elevator to the Gallows (1958).");
        assertPeople(b, List.of("Rueda", "Checa", "Cómbita", "Dye", "Bavelier", "Okafor", "Cruse", "Croft", "Quilis"),
                "Gallows");
    }
    @Test
    void whatAnAppositionOrANounBeforeTheNameSaysItIsBeatsAPersonReading() {
        Briefing b = analyse("what-it-is.txt",
                "Mine clearers worked ten miles from Preah Vong, the fabled 12th century temple that draws most visitors.",
                "She told the rabbi in the West Bank settlement of Givat Orem about the threats.",
                "Its venture with the Swiss firm of Asten Brown Hollis will be sold, and the French banks Credit Valmorel and Societe Lucienne will buy the rest.",
                "Most withdrawals went to other Harlan Price funds, the Renfield, Wash., company said.",
                "Presidents Viktor Halenko and Boris Dranov met in the capital on Tuesday.",
                "``They are coming with everyone, including psychologists,'' said Armando Velasquo, 73.");
        assertPeople(b, List.of("Viktor Halenko", "Armando Velasquo"),
                "Preah", "Givat", "Asten", "Valmorel", "Lucienne", "Harlan", "Renfield", "Presidents");
        assertRoles(b, tuple("Viktor Halenko", "President"));
    }

    @Test
    void aOneWordNameTheNextSentenceCallsHeIsAPerson() {
        Briefing b = analyse("linguist.txt",
                "Born in Tianjin, Qiaoren learned several dialects as a child.",
                "Qiaoren went to the United States with a scholarship in 1910. He studied mathematics at Cornell.",
                "Both Qiaoren and his wife returned to China in 1973.");
        assertPeople(b, List.of("Qiaoren"));
    }

    @Test
    void thingsNamedAfterPeopleAreNoPeopleButTheirOwnersAre() {
        Briefing b = analyse("things.txt",
                "The Polaroids were donated by the Andy Warhol Photographic Legacy Program, the museum said.",
                "Historians say the Marshall Plan was devised to help countries ravaged by war.",
                "Visitors stop at the Tommy Solomon Statue before the walk. The Paralympics will be shown live.",
                "The court heard that Warhol's Prince Series conveys a different meaning.",
                "A major focus of International Women's Day is the plight of Afghan women.");
        assertPeople(b, List.of("Warhol"), "Program", "Marshall", "Statue", "Paralympics", "Series", "Day");
    }

    @Test
    void aShipNamedAfterAPersonIsNoPersonAndACompoundForAThingIsNoRole() {
        Briefing b = analyse("carrier.txt",
                "The aircraft carrier John F. Kennedy left Norfolk on Thursday with 5,000 sailors aboard, the Navy said.",
                "The helicopter pilot Sarah Jensen flew the last of the injured to the hospital.");
        assertPeople(b, List.of("Sarah Jensen"), "Kennedy");
        assertRoles(b, tuple("Sarah Jensen", "helicopter pilot"));
    }

    @Test
    void aNameWordNetKnowsOnlyAsAGodIsNoOnesInWhosWho() {
        Briefing b = analyse("mine.txt",
                "Families gathered at the mine on Sunday and prayed to God for the men's return, said Maria Lopez, whose son was trapped.",
                "\"We ask God to keep them safe,\" Lopez said. Some left offerings to Zeus and Thoth, in jest.",
                "Shares of Nike rose 4 percent on Tuesday after the company reported higher sales in China.");
        assertPeople(b, List.of("Maria Lopez"), "God", "Zeus", "Thoth", "Nike");
        assertThat(b.organisations()).extracting(NamedEntity::name).contains("Nike");
    }

    @Test
    void aRoleBeforeTheNameIsTheNounPhraseOrTitleNotTheClauseAroundIt() {
        Briefing b = analyse("phrase-before.txt",
                "The department is still weighing a request last week from the boy's father in Lisbon, Tomas Rivera, to move him.",
                "Talks may resume, judging by remarks made last week by the Syrian ambassador to Canada, Karim Haddad, in a lecture.",
                "The men came in after the victim, Ellen Marsh, had finished her shift.",
                "She poured the liquid into a tiny brown bottle, Nadia Kell said.",
                "The father sent a letter to Attorney General Ann Ruiz on Monday.");
        assertRoles(b, tuple("Tomas Rivera", "boy's father in Lisbon"), tuple("Karim Haddad", "Syrian ambassador to Canada"),
                tuple("Ellen Marsh", "victim"), tuple("Ann Ruiz", "Attorney General"));
        assertThat(b.people()).filteredOn(p -> p.name().equals("Nadia Kell")).extracting(Person::role).containsOnlyNulls();
    }

    @Test
    void aGivenNameThatIsNoLowerCaseWordStartsTheNameAndAnAgeComesBeforeTheRole() {
        Briefing b = analyse("board.txt",
                "The company named two new directors on Monday.",
                "James E. Bacon, 58, executive vice president, will join the board.",
                "No signs about the case of young Mia Torres hang from its windows.");
        assertPeople(b, List.of("James E. Bacon", "Mia Torres"));
        assertRoles(b, tuple("James E. Bacon", "executive vice president"));
        assertThat(b.people()).filteredOn(p -> p.name().equals("Mia Torres")).extracting(Person::role).containsOnlyNulls();
    }

    @Test
    void aCopulaGivesARoleOnlyWhenTheNameIsItsSubjectAndItsHeadAPerson() {
        Briefing b = analyse("copula.txt",
                "The saga of Tomas Vidal is a turning point in relations between the two towns.",
                "Rosa Mendes is a beloved and respected member of this community.",
                "Dan Kerr, 52, and the father of four boys, was shot at his home.",
                "Ines Palma is a historian at the city museum.");
        assertPeople(b, List.of("Tomas Vidal", "Rosa Mendes"));
        assertThat(b.people()).filteredOn(p -> p.name().equals("Tomas Vidal") || p.name().equals("Rosa Mendes"))
                .extracting(Person::role).containsOnlyNulls();
        assertRoles(b, tuple("Dan Kerr", "father of four boys"), tuple("Ines Palma", "historian at the city museum"));
    }

    @Test
    void officersInitialsAndHyphenatedTitlesAreRolesAndTitlesOrDaysAreNoNames() {
        Briefing b = analyse("officers.txt",
                "Lumo CEO Dana Whitfield said the app would stay free, and President-elect Ana Gomes agreed.",
                "The Prime Minister's national security adviser, Ray Holt, declined to comment.",
                "Readers shared the story under the headline Lumo CEO Resignation Sparks Debate.",
                "Closing on Sundays would save little. Mondays are quieter, and Augusts quieter still.");
        assertPeople(b, List.of("Dana Whitfield", "Ana Gomes", "Ray Holt"), "Minister", "Resignation", "CEO", "President-elect",
                "Sundays", "Mondays", "Augusts");
        assertRoles(b, tuple("Dana Whitfield", "Lumo CEO"), tuple("Ana Gomes", "President-elect"));
    }

    @Test
    void aNameAnotherPersonsRoleGivesAChairmanIsAFirm() {
        Briefing b = analyse("firm.txt",
                "Holly Beck said its profit doubled in the year to August.",
                "Asil Demir, Holly Beck's chairman, said the company would buy a fruit business in Spain.");
        assertPeople(b, List.of("Asil Demir"), "Holly Beck");
        assertThat(b.organisations()).extracting(NamedEntity::name).contains("Holly Beck");
    }

    @Test
    void anAcronymAfterAFullNameIsNoPartOfItButARegnalNumberIs() {
        Briefing b = analyse("transcript.txt",
                "The tape ends with the last words of TWA pilot Steven Marsh TWA eight hundred climb.",
                "Queen Elizabeth II opened the bridge in 1966.");
        assertPeople(b, List.of("Steven Marsh", "Elizabeth II"), "Marsh TWA");
    }

    @Test
    void aPeoplesNameBeforeTheNounItModifiesIsNoPerson() {
        Briefing b = analyse("peoples.txt",
                "Tavu is a Kerewa language spoken on the coast. Kerewa languages are classified as members of the Sandi group.",
                "Speakers distinguish their Kerewa variety from that of other Kerewa peoples, and Anuka Kerewa speakers too.",
                "Carvings by the Moruwa people line the path, and Moruwa culture is taught at the school.");
        assertPeople(b, List.of(), "Kerewa", "Moruwa");
    }

    @Test
    void personsOfTheTrinityAreNoOneInWhosWhoButSaintsGivenNamesStayNames() {
        Briefing b = analyse("church.txt",
                "The new bishop, Ellen Marsh, led prayers to Christ and the Holy Spirit at the Cathedral of Christ the Light.",
                "Her nephew George, 12, read the lesson.");
        assertPeople(b, List.of("Ellen Marsh", "George"), "Christ", "Holy Spirit");
    }

    @Test
    void aPlaceKnownAsAndAMountainAreNoPeopleButAResearcherAndColleaguesIsOne() {
        Briefing b = analyse("places-known-as.txt",
                "In the south, the river known as Taweni Bolu separates the two districts.",
                "The island holds Mt. Kalaru national park, with some of the last forest.",
                "A study by Verhoest and colleagues found the same effect.");
        assertPeople(b, List.of("Verhoest"), "Taweni", "Kalaru");
        assertThat(b.places()).extracting(NamedEntity::name).contains("Taweni Bolu");
    }

    @Test
    void anAcronymBeforeAFullNameIsTheBodyItCreditsNotPartOfTheName() {
        Briefing b = analyse("credit.txt", "The rocket lifted off at dawn. Image: NASA Carla Whitmore.");
        assertPeople(b, List.of("Carla Whitmore"), "NASA");
    }

    @Test
    void aQuotedHeadlinesPluralAndAFundsNameAreNoPeople() {
        Briefing b = new Analyser().analyse(TestArticles.of("farmers.txt", Metadata.empty(),
                "\u2018Farmers must branch into organic farming\u2019\n\nThe secretary Rowan Galea told farmers at the Farmers\u2019 Market "
                        + "that Harlow Management had bought the land."));
        assertPeople(b, List.of("Rowan Galea"), "Farmers", "Harlow");
    }

    @Test
    void theFieldOfAnOfficeIsNoPersonButATitledCommonWordSurnameIsOne() {
        Briefing b = analyse("office-fields.txt",
                "The Deputy Director of Physical Education, Marta Oyelaran, opened the games.",
                "The statement came from the Director of Army Public Relations.",
                "Mayor Baker said he was pleased.");
        assertPeople(b, List.of("Marta Oyelaran", "Baker"), "Education", "Public Relations");
    }

    @Test
    void twoInitialsWithoutStopsBeforeASurnameAreAPersonsWhenARoleSaysSo() {
        Briefing b = analyse("initials.txt",
                "The painter KD Varadkar died in 2016. Former captain JP de Kock scored 50.",
                "Shares of QX Holdings fell.");
        assertRoles(b, tuple("KD Varadkar", "painter"), tuple("JP de Kock", "Former captain"));
        assertPeople(b, List.of("KD Varadkar", "JP de Kock"), "Holdings");
    }

    @Test
    void aLoneWordNamedOnceWithNothingSaidOfItIsNoPersonUnlessItActsOrIsARelative() {
        Briefing b = analyse("lone.txt",
                "The track drew the punter and the novice, and the average Tom, Dick and Sally in their best clothes.",
                "The plays in the season include Emily of Emerald Hill and a new comedy.",
                "Mr Doyle was the beloved husband of Eileen and father of Marie. Tania sent me the photographs.",
                "A study by Kessler and colleagues [15] differs. We read Thad's story. The Monti government fell.",
                "It was a delightful surprise for Eve and Jack who regularly walk on this beach.");
        assertPeople(b, List.of("Eileen", "Marie", "Tania", "Kessler", "Thad", "Monti", "Jack"), "Tom", "Dick", "Sally", "Emily");
    }

    @Test
    void clubsCompaniesOfTheArtsChairsAndFallsNamedAfterPeopleAreNoPeople() {
        Briefing b = analyse("things.txt",
                "Morvant Caledonia beat Arthur Lok FC on Sunday.",
                "She danced with Andrew Mills Ballet before she held the Neil Armstrong Chair at the institute.",
                "The team stayed in Harper Falls overnight.");
        assertPeople(b, List.of(), "FC", "Ballet", "Chair", "Falls");
    }

    @Test
    void prisonsCollectionsInvestorsAndAreasNamedAfterPeopleAreNoPeople() {
        Briefing b = analyse("institutions.txt",
                "She also worked at Harlow Prison, teaching prisoners for a year, and at the Rosenthal Collection.",
                "Vinnie Larkin is a founding partner at Golden Oak Ventures.",
                "A principal was arrested in the Mirza Rahim area of the city.");
        assertPeople(b, List.of("Vinnie Larkin"), "Prison", "Collection", "Ventures", "Mirza Rahim");
    }
}

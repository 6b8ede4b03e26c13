package app.briefingpack.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.analysis.TestArticles;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.Person;

/**
 * Roles that news states in shapes {@link RoleShapesTest} does not cover (sentences and names
 * written for this test): appositions after "said X", without their closing comma, or with "now";
 * lists of titled names; courtesy titles; "called" and brackets; plurals that open a sentence;
 * hyphenated roles; and a definite description as the next sentence's subject.
 */
class RoleReachTest {

    private static Briefing analyse(String... paragraphs) {
        return new Analyser().analyse(TestArticles.of("role-reach.txt", Metadata.empty(), String.join("\n\n", paragraphs)));
    }

    @Test
    void appositionsAfterASpeechVerbWithoutTheirCommaOrWithNow() {
        Briefing b = analyse("\"The hedges matter,\" said Tobias Wren, land protection manager for Tall Oaks.",
                "\"I was there,\" says Harold Beckett, a radioman in the Navy.",
                "Anil Deshpande, deputy commissioner of police zone 4 said the inquiry was open.",
                "She stood aside for Marcus Leigh, now the shadow home secretary, to run.",
                "Bola Tinubu, currently the port's finance director, will leave in May.",
                "Selma Hurst, lead researcher of the trial, and professor of medicine at Leeds, said more work was needed.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(
                tuple("Tobias Wren", "land protection manager for Tall Oaks"), tuple("Harold Beckett", "radioman in the Navy"),
                tuple("Anil Deshpande", "deputy commissioner of police zone 4"), tuple("Marcus Leigh", "shadow home secretary"),
                tuple("Bola Tinubu", "port's finance director"), tuple("Selma Hurst", "lead researcher of the trial"));
    }

    @Test
    void aListOfTitledNamesGivesEachItsOwnTitle() {
        Briefing b = analyse("The court suspended municipal budget officer Rodel Tanaka, engineer Marites Vargas, treasurer Jun Soriano "
                + "and administrative aide Lorna Bautista.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Rodel Tanaka", "municipal budget officer"),
                tuple("Marites Vargas", "engineer"), tuple("Jun Soriano", "treasurer"), tuple("Lorna Bautista", "administrative aide"));
    }

    @Test
    void courtesyTitlesAreNoRoleAndAbbreviatedOnesAreSpeltOut() {
        Briefing b = analyse("Tributes have poured in for veteran BBC broadcaster Sir Colin Ashdown who has died aged 77.",
                "The stall is run by Madam Siti Rahmah and her sister.",
                "\"This budget fails the city,\" Coun. Dana Ferris said.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Colin Ashdown", "BBC broadcaster"),
                tuple("Siti Rahmah", null), tuple("Dana Ferris", "Councillor"));
    }

    @Test
    void calledNamedAndTheRoleBeforeANameInBrackets() {
        Briefing b = analyse("He introduced a shy young Welshman called Owen Pryce to a farmer named Ruth Cadwallader.",
                "He wanted to embarrass the chief minister (Vikram Rathore), aides said.",
                "The film follows a grieving widow (Laura Keane) through one winter.",
                "Police said a man called Dean Forbes had been held.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Owen Pryce", "shy young Welshman"),
                tuple("Ruth Cadwallader", "farmer"), tuple("Vikram Rathore", "chief minister"), tuple("Laura Keane", null),
                tuple("Dean Forbes", null));
    }

    @Test
    void aFullNameInBracketsAfterACharacterIsTheActor() {
        Briefing b = analyse("The film follows two strangers: Nell (Maria Castell) and the drifter Marek (Peter Lindqvist).",
                "The council leader, Ruth Abbott (Labour), opposed it.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Maria Castell", "actor playing Nell"),
                tuple("Peter Lindqvist", "actor playing Marek"));
        assertThat(b.people()).extracting(Person::name).doesNotContain("Labour");
    }

    @Test
    void aPluralOpeningTheSentenceAndHyphenatedRoles() {
        Briefing b = analyse("Friends Aidan Boyle, Cian Doherty and Sean McGarvey were killed in the crash.",
                "Astronomers Pieter Smit and Lara Chen made a bet.",
                "Man-of-the-match Tevita Fonua scored twice, with scrumhalf Josh Harker kicking the goals.",
                "Records fell as Gisborne mum-of-two Kerry Tane, 34, sheared 600 ewes.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Aidan Boyle", "friend"),
                tuple("Cian Doherty", "friend"), tuple("Sean McGarvey", "friend"), tuple("Pieter Smit", "astronomer"),
                tuple("Lara Chen", "astronomer"), tuple("Josh Harker", "scrumhalf"), tuple("Kerry Tane", "Gisborne mum-of-two"));
    }

    @Test
    void theNextSentencesSubjectDescriptionNamesTheRole() {
        Briefing b = analyse("Marla Quinn was not going to sit back. The philanthropist made a post to her followers.",
                "Rain soaked Devon Tait's cap on the final day. But the home captain wants to keep celebrating.",
                "Kevin Ashe told the judge he was sorry. The judge said she would rule on Friday.",
                "Imogen Rees and Paul Grady met on Monday. The minister said the talks went well.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Marla Quinn", "philanthropist"),
                tuple("Devon Tait", "home captain"), tuple("Kevin Ashe", null), tuple("Imogen Rees", null), tuple("Paul Grady", null));
    }

    @Test
    void aHeadlineThatDescribesSomeoneDescribesTheBodysFirstSubject() {
        Briefing fisher = new Analyser().analyse(TestArticles.of("fisher.txt",
                new Metadata("Fisherman fined for log book blunder", null, null, null, null, "en", null),
                "Wallace Keeling, 79, failed to fill in his log book 21 times. Magistrate Dan Ryle fined him."));
        Briefing letter = new Analyser().analyse(TestArticles.of("letter.txt",
                new Metadata("Mayor misses a chance on fares", null, null, null, null, "en", null),
                "Greta Dahl makes a good case that Mayor Ben Alvarez missed a chance in his address."));
        Briefing byline = new Analyser().analyse(TestArticles.of("byline.txt",
                new Metadata("Physics teacher inspires her students", null, null, null, null, "en", null),
                "Steven Chalk:\n\nIt was lunch hour and the crowd was cheering."));
        assertThat(fisher.people()).extracting(Person::name, Person::role).contains(tuple("Wallace Keeling", "fisherman"));
        assertThat(letter.people()).extracting(Person::name, Person::role).contains(tuple("Greta Dahl", null), tuple("Ben Alvarez", "Mayor"));
        assertThat(byline.people()).extracting(Person::role).doesNotContain("Physics teacher");
    }

    @Test
    void aVerbOfWhatSomeoneDoesForALiving() {
        Briefing b = analyse("\"Prices are high,\" says Dale Swanson, who teaches economics at Iowa State University.",
                "Rita Banerjee has owned Marigold Books for 17 years. Ann Lowry owned a dog.",
                "Tom Rusk founded Rusk Freight in 1990, and Jana Hill, who coaches the under-12 side, agreed.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(
                tuple("Dale Swanson", "teaches economics at Iowa State University"), tuple("Rita Banerjee", "owner of Marigold Books"),
                tuple("Ann Lowry", null), tuple("Tom Rusk", "founder of Rusk Freight"), tuple("Jana Hill", "coach of under-12 side"));
    }

    @Test
    void aVerbOfAppointingGivesTheOffice() {
        Briefing b = analyse("The Harbour Grill appointed Kenji Watanabe exec chef in July.",
                "The board named Ann Kerrigan its new chair on Monday.",
                "They named Owen Pryor after his grandfather.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Kenji Watanabe", "exec chef"),
                tuple("Ann Kerrigan", "new chair"), tuple("Owen Pryor", null));
    }

    @Test
    void listsWithTitledItemsHyphenatedPluralsAndNamesTheTaggerSplits() {
        Briefing b = analyse("The order sacks the Moonah aldermen — mayor Kerry Jonas, deputy mayor Hal Quigley, Stu Slater, Matt Stroud and Jan Dunning.",
                "He has brought along that film's co-stars, Colm Farrelly and Brendan Gleason.",
                "\"It builds community,\" said Tania Jakes, an organizer of Syrian Sweet Bake Sale.",
                "She is survived by her husband Rolf, sons Ludo, Pieter and Tobin.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Kerry Jonas", "mayor"),
                tuple("Hal Quigley", "deputy mayor"), tuple("Stu Slater", "alderman"), tuple("Jan Dunning", "alderman"),
                tuple("Colm Farrelly", "co-star"), tuple("Brendan Gleason", "co-star"),
                tuple("Tania Jakes", "organizer of Syrian Sweet Bake Sale"), tuple("Pieter", "son"));
    }

    @Test
    void aClauseThatOpensWithAnAppositionAndAName() {
        Briefing b = analyse("The MP asked about the port, while his Keta colleague, Ama Owusu was to ask about the beach.",
                "To the dismay of his lawyer, Femi Bello pleaded guilty.",
                "The force behind the challenge is Council Chief Executive, Tom Lacey, who took advice.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Ama Owusu", "Keta colleague"),
                tuple("Femi Bello", null), tuple("Tom Lacey", "Council Chief Executive"));
    }

    @Test
    void listsAfterLikeAfterInitialsAndAfterAPhraseOfPlace() {
        Briefing b = analyse("It might not just be independents like Rob Kettle, Andy Wilde and Zara Stegman gaining seats.",
                "The two incumbent MPs for both constituencies, Clement Avor and Bernard Tonga did not run.",
                "Two new entrants, Ebo Mensah and Daniel Dunkor were elected.",
                "Pakistan were lifted by centuries from openers Imran Haque (121) and Abdul Shafiq (114).",
                "Later they met three of the company's directors, Burt Sugden, James Trott and Will Trott.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Rob Kettle", "independent"),
                tuple("Zara Stegman", "independent"), tuple("Clement Avor", "MP"), tuple("Bernard Tonga", "MP"),
                tuple("Ebo Mensah", "new entrant"), tuple("Abdul Shafiq", "opener"), tuple("James Trott", "director"));
    }

    @Test
    void creditsInsideASentenceAndAnOpeningAsPhrase() {
        Briefing b = analyse("The documentary, directed by Mabel Chan and William Kwan, won best picture.",
                "Its sequel was written by Dora Levin.",
                "As new cabinet secretary for education, Fiona Hislop brings youth to the role.",
                "As a result, Pete Marlow stayed home.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Mabel Chan", "director"),
                tuple("William Kwan", "director"), tuple("Dora Levin", "writer"), tuple("Fiona Hislop", "new cabinet secretary"),
                tuple("Pete Marlow", null));
    }

    @Test
    void aTitleSaysLessThanWhatTheTextSaysTheyDo() {
        Briefing b = analyse("He took a call from Professor Andrew Neale, who leads the University's School of Clinical Medicine.",
                "Dr Kimani and former head of finance Maurice Okoro were released on bail.",
                "World Cup winner Jerome Kaimana's comeback is complete.",
                "BHP Billiton's chairman-elect Ken MacKinlay will meet shareholders.",
                "Yesterday Chelsea manager Mauro Pellegrini said the team was ready.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(
                tuple("Andrew Neale", "leader of University's School of Clinical Medicine"), tuple("Maurice Okoro", "former head of finance"),
                tuple("Jerome Kaimana", "World Cup winner"), tuple("Ken MacKinlay", "BHP Billiton's chairman-elect"),
                tuple("Mauro Pellegrini", "Chelsea manager"));
    }

    @Test
    void titlesAroundANameAreNoPartOfItAndNoPersonOnTheirOwn() {
        Briefing b = analyse("The council was presided over by Vice Mayor Michael \u201cMike\u201d Ramos. Ramos said the city was ready.",
                "The ordinance was proposed by Councilor Alvin Dizon.",
                "Mr Kojo Addo, the Chief Operating Officer, urged the graduates on.",
                "JCU researcher Dr Tom Bridge said the corals were hidden.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Michael \u201cMike\u201d Ramos", "Vice Mayor"),
                tuple("Alvin Dizon", "Councilor"), tuple("Kojo Addo", "Chief Operating Officer"), tuple("Tom Bridge", "JCU researcher"));
        assertThat(b.people()).extracting(Person::name).doesNotContain("Operating Officer", "Mike", "Michael");
    }

    @Test
    void listsAfterACopulaOrFarFromIncludingAndAppositionsOfMembersForAPlace() {
        Briefing b = analyse("The adjudicators of the prize were Cyril Jonas, Glenys Mair Robens and Gerwyn Wilmot.",
                "Ward chose works by well-known Jamaican writers included in the book, including Mervyn Morrow and Kwame McFarlane.",
                "Visas for teachers, classmates and others, including Ricardo Alcala, were not approved.",
                "Inspectors want access to all sites, including Saddam's palaces.",
                "They were the MP for Bongo, Edward Bawa; the MP for Garu, Albert Akuka, and others.",
                "Minister of Culture, Olivia Grange hailed the singer.",
                "Tributes were paid to former Wales international rugby player Steve Blackmore who has died.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Cyril Jonas", "adjudicator"),
                tuple("Gerwyn Wilmot", "adjudicator"), tuple("Mervyn Morrow", "writer"), tuple("Kwame McFarlane", "writer"),
                tuple("Ricardo Alcala", null), tuple("Edward Bawa", "MP for Bongo"), tuple("Albert Akuka", "MP for Garu"),
                tuple("Olivia Grange", "Minister of Culture"), tuple("Steve Blackmore", "former Wales international rugby player"));
        assertThat(b.people()).extracting(Person::name, Person::role).doesNotContain(tuple("Saddam", "inspector"));
    }

    @Test
    void anAppositionThatEndsInAnotherPersonsNameIsNoRole() {
        Briefing b = analyse("The guest list included names like Michael Ondine, Bob Raye and Gordon Pinto.",
                "Guests heard stalwarts Fae Ellis and Leonie Fordham, the godfather of dub poetry Oku Onuoha, and others.",
                "Michael Browne, the son of late U.S. Commerce Secretary Ron Browne, was charged on Friday.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Bob Raye", null),
                tuple("Leonie Fordham", "stalwart"), tuple("Oku Onuoha", "godfather of dub poetry"),
                tuple("Michael Browne", "son of late U.S. Commerce Secretary Ron Browne"));
    }

    @Test
    void listsNamedAsOrCountedOrIncludedAndPluralsNoDictionaryHas() {
        Briefing b = analyse("The arrested suspects were identified as Hamid Sekidde, Musa Kalyanga and Abdul Katumbi.",
                "Four of the suspects – Heimo Namwe, Shivo Sebron and Moses Ekandio – appeared in court.",
                "Those 16 scientists included Prof Dr Muhammad Sharifi, Prof Dr Shahzad Nasim and Dr Saira Riyaz.",
                "The singer said he and bandmates Ross McNeil, Barry McKenny and Craig Kneal jumped at the chance.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Hamid Sekidde", "suspect"),
                tuple("Abdul Katumbi", "suspect"), tuple("Shivo Sebron", "suspect"), tuple("Muhammad Sharifi", "scientist"),
                tuple("Shahzad Nasim", "scientist"), tuple("Saira Riyaz", "scientist"), tuple("Ross McNeil", "bandmate"),
                tuple("Craig Kneal", "bandmate"));
    }

    @Test
    void titlesThatRunThroughAnEmployerOrAParticipleAndListsOfTitledNames() {
        Briefing b = analyse("The Group Managing Director of the Bank, Tokunbo Abiola, thanked the directors.",
                "Twin Atlantic frontman Sam McTrusk believes the event can return.",
                "Lewis would be replaced by Walgreens Boots Alliance chief operating officer Ken Murray.",
                "Former deputy Toronto mayor Joe Pantaleo was a distant third.",
                "Ward met Prof Dr Imran Sheikh, Prof Dr Tahira Naseem, Dr Sadia Riaz and others.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(
                tuple("Tokunbo Abiola", "Group Managing Director of the Bank"), tuple("Sam McTrusk", "Twin Atlantic frontman"),
                tuple("Ken Murray", "Walgreens Boots Alliance chief operating officer"), tuple("Joe Pantaleo", "Former deputy Toronto mayor"),
                tuple("Imran Sheikh", "Professor"), tuple("Tahira Naseem", "Professor"), tuple("Sadia Riaz", "doctor"));
    }

    @Test
    void aWordForAPersonBeforeAFirstNameNoDictionaryHasIsATitle() {
        Briefing b = analyse("Trustee Patra Lowes had submitted written questions to the Mayor.",
                "The plan was backed by Education Undersecretary Tonisito Umali.",
                "Fr. Cyril Gamini Fernando, Director of Communications for the Archdiocese of Colombo, objected.",
                "The gunman, Man Haron Monis, was killed.",
                "He won the Glasgow Herald People's Prize in 1990.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Patra Lowes", "Trustee"),
                tuple("Tonisito Umali", "Education Undersecretary"),
                tuple("Cyril Gamini Fernando", "Director of Communications for the Archdiocese of Colombo"));
        assertThat(b.people()).extracting(Person::name).contains("Man Haron Monis").doesNotContain("Haron Monis", "People's Prize");
    }

    @Test
    void agesInBracketsOrBetweenCommasDoNotBreakAnAppositionOrAList() {
        Briefing b = analyse("Police arrested Faith Muzoka (55), a resident of Chanika Mvuti, on Monday.",
                "He identified the two suspects as Hassan Abdalla (32) and Paul Barto (38).",
                "Brothers Sakthi Chidambar, 26, and Vandan Chidambar, 24, fall into the next category.",
                "He is survived by his sons Tom Reeder, 45, and Paul Reeder, 41.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Faith Muzoka", "resident of Chanika Mvuti"),
                tuple("Hassan Abdalla", "suspect"), tuple("Vandan Chidambar", "brother"), tuple("Paul Reeder", "son"));
        assertThat(b.people()).extracting(Person::name).doesNotContain("Chanika Mvuti");
    }

    @Test
    void becomingAnOfficeAndWhatAnAppositionHoldsOfOtherPeople() {
        Briefing b = analyse("David Lammond moves from foreign secretary to become justice secretary.",
                "Other changes include: Emma Reyburn becoming the new secretary for environment; Jon Reyburn moving to become chief whip.",
                "Michael Josephs, former Safaricom CEO, during the last Annual General Meeting, was named as replacement of the chairman.",
                "Ripton Muzende has been appointed as the new Air Zimbabwe chief executive officer.",
                "Present were Severn Hospice's chief executive Heather Tudlow, head of retail Carla Siswicke and other hospice representatives.",
                "Later the post was held by Edmund Makone in an acting capacity. The fate of Makone could not be ascertained.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("David Lammond", "justice secretary"),
                tuple("Emma Reyburn", "new secretary"), tuple("Jon Reyburn", "chief whip"), tuple("Michael Josephs", "former Safaricom CEO"),
                tuple("Ripton Muzende", "new Air Zimbabwe chief executive officer"), tuple("Heather Tudlow", "Severn Hospice's chief executive"),
                tuple("Carla Siswicke", "head of retail"), tuple("Edmund Makone", null));
        assertThat(b.people()).extracting(Person::name).doesNotContain("Meeting");
    }

    @Test
    void australianCouncillorsAndArchbishops() {
        Briefing b = analyse("He said Crs McGuiness and Sam Morrice would not have been elected. Cr Murray Cooke disagreed.",
                "Archbishop Eamon Duffey spoke at the Mass.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Sam Morrice", "Councillor"),
                tuple("Murray Cooke", "Councillor"), tuple("Eamon Duffey", "Archbishop"));
    }

    @Test
    void aListOfNamesAfterANameIsNoApposition() {
        Briefing b = analyse("We pass on our sympathies to Pam, their kids David, Joanna and Sandra and the wider Lochore family.",
                "Raul Castrillo, younger brother of President Fidel Castrillo and head of the armed forces, spoke.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("David", "kid"), tuple("Sandra", "kid"),
                tuple("Raul Castrillo", "younger brother of President Fidel Castrillo and head of the armed forces"));
    }

    @Test
    void playersPositionsAfterTheirTeamOrAfterAt() {
        Briefing b = analyse("Coach Rhys Hale named Harbour lock Tane Whaanga and Rivers centre Sione Latu on the bench.",
                "Jared Poole starts at hooker, while Ari Kemp starts at number six.",
                "The coach chose Noah Birch at fullback and Eli Stroud at running back for the final.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Tane Whaanga", "Harbour lock"),
                tuple("Sione Latu", "Rivers centre"), tuple("Jared Poole", "hooker"), tuple("Ari Kemp", "number six"),
                tuple("Noah Birch", "fullback"), tuple("Eli Stroud", "running back"));
    }

    @Test
    void aBodysBracketedAcronymServiceRanksAndWhoHasBeenTheRole() {
        Briefing b = analyse("The chief officer of the Regional Fire Authority (RFA), Dean Marlow, said crews were safe.",
                "L/Cpl Owen Tully was treated at the scene.",
                "Mr Hamisi Odero, who has been the board chairman since 2021, said he was forced out.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(
                tuple("Dean Marlow", "chief officer of the Regional Fire Authority (RFA)"), tuple("Owen Tully", "Lance Corporal"),
                tuple("Hamisi Odero", "board chairman"));
    }

    @Test
    void anOfficeThroughItsBodyBeforeACourtesyTitleOrRankSaysMoreThanTheRank() {
        Briefing b = analyse("The panel is chaired by the Director General of Health Services Dr. Nimal Perera and others.",
                "The team includes Minister of Health Lieutenant Colonel Desmond Rowe and the Director of the Saint Luke Public "
                        + "Health Laboratory Dr Alma Greaves.",
                "A warning reached White House Chief of Staff Gordon Pike on Monday.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(
                tuple("Nimal Perera", "Director General of Health Services"), tuple("Desmond Rowe", "Minister of Health"),
                tuple("Alma Greaves", "Director of the Saint Luke Public Health Laboratory"),
                tuple("Gordon Pike", "White House Chief of Staff"));
    }

    @Test
    void anEmployersAcronymOrAFieldWithAnAdjectiveIsPartOfTheRole() {
        Briefing b = analyse("Ron Bellamy, HFCV executive director says, the keys were handed over.",
                "The union's head of local government Nora Keane said the offer was poor.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Ron Bellamy", "HFCV executive director"),
                tuple("Nora Keane", "head of local government"));
    }

    @Test
    void listsAfterAPluralWithARelativeClauseOrANumberAndASemicolon() {
        Briefing b = analyse("The directors who resigned are Mr. Obinna Eze, Mrs. Tola Adeyemi and Mr. Kunle Bello.",
                "\"We had three research scientists; Dr Amina Odhiambo, Dr Peter Wekesa and Dr Ruth Kamau.\"",
                "He thanked the volunteers; Dora Finch and Colm Brady also spoke.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Obinna Eze", "director"),
                tuple("Tola Adeyemi", "director"), tuple("Kunle Bello", "director"), tuple("Amina Odhiambo", "research scientist"),
                tuple("Peter Wekesa", "research scientist"), tuple("Ruth Kamau", "research scientist"),
                tuple("Dora Finch", null), tuple("Colm Brady", null));
    }

    @Test
    void anAppositionBeforeARankAnEmployerBeforeAMisreadNounAndAYearBeforeTheNoun() {
        Briefing b = analyse("Earlier, the Prosecution Counsel, Insp Musa Danladi, told the court that the village head reported it.",
                "He beat his sole contender, Chief Kwame Asante, who polled 278.",
                "The nation's leader, President Rosa Ventura, spoke first.",
                "It had backing from the likes of Atlassian founder Leo Marchetti and others.",
                "The jury included the 2011 winner, Ines Okafor.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Musa Danladi", "Prosecution Counsel"),
                tuple("Kwame Asante", "sole contender"), tuple("Rosa Ventura", "President"), tuple("Leo Marchetti", "Atlassian founder"),
                tuple("Ines Okafor", "2011 winner"));
        assertThat(b.people()).extracting(Person::name).doesNotContain("Prosecution Counsel");
    }

    @Test
    void aRankSaysLessThanAnAppointmentOrAnAppositionWithoutItsClosingComma() {
        Briefing b = analyse("Captain Tendai Moyo has been appointed as the new Air Kivu chief executive officer.",
                "Sergeant Ola Berg, a spokesman for the city police, said the road was closed.",
                "But Mr Yusuf Kato, the organisation's spokesperson later refuted the claims.",
                "Inspector Dara Quinn said the car was stolen.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(
                tuple("Tendai Moyo", "new Air Kivu chief executive officer"), tuple("Ola Berg", "spokesman for the city police"),
                tuple("Yusuf Kato", "organisation's spokesperson"), tuple("Dara Quinn", "Inspector"));
    }

    @Test
    void namesListedAfterAGroupOfPeopleAreItsMembers() {
        Briefing b = analyse("The supporting cast includes Thandi Mokoena, Sipho Dube and Lerato Khumalo.",
                "The relief crew that went to the camps are: Mr. Obi Nwosu, Ada Eze and Mrs. Grace Ogbu.",
                "The crew, Dan Petrov said, was tired.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Thandi Mokoena", "cast member"),
                tuple("Sipho Dube", "cast member"), tuple("Lerato Khumalo", "cast member"), tuple("Obi Nwosu", "crew member"),
                tuple("Ada Eze", "crew member"), tuple("Grace Ogbu", "crew member"), tuple("Dan Petrov", null));
    }

    @Test
    void policeRanksAsAbbreviatedAndATitledAppositionOpeningTheSentence() {
        Briefing b = analyse("Mara Regional Police Commander, ACP Juma Mrisho when briefing the media noted that the bus had crashed.",
                "DSP Vikram Nair said the case was closed.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Juma Mrisho", "Mara Regional Police Commander"),
                tuple("Vikram Nair", "Deputy Superintendent of Police"));
    }

    @Test
    void aCapitalisedTitleWordNetAlsoKnowsAsOnePersonOpensAnApposition() {
        Briefing b = analyse("In a statement in Geneva, the President of the Kwara Labour Congress (KLC), Femi Adeyemo, said no strike was planned.",
                "He placed him on an order set out by the Lord Chief Justice, Lord Harwood.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(
                tuple("Femi Adeyemo", "President of the Kwara Labour Congress (KLC)"), tuple("Harwood", "Lord Chief Justice"));
    }

    @Test
    void aBodysNameAfterALowerCaseOfficeAndAnActingOffice() {
        Briefing b = analyse("Speaking on Wednesday, president of the Carib Hindu Society (CHS) Ravi Persaud said the festival went well.",
                "It was led by the University's acting Vice-Chancellor, Professor Thabo Kunene, and others.",
                "He met the head of the Coast Medical Research Institute Dr Jane Wanjiku.",
                "Wood, a close friend and ally of Scotland's First Minister Morag Keir, launched a bid.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(
                tuple("Ravi Persaud", "president of the Carib Hindu Society (CHS)"),
                tuple("Thabo Kunene", "University's acting Vice-Chancellor"),
                tuple("Jane Wanjiku", "head of the Coast Medical Research Institute"), tuple("Morag Keir", "First Minister"));
    }

    @Test
    void anAppositionWithAnArticleMayLoseItsClosingCommaBeforeItsClausesCopulaButNotBeforeAnotherSpeaker() {
        Briefing b = analyse("Also, Kwesi Asante Mensah, a two-term former MP and 2020 parliamentary candidate was re-elected with 735 votes.",
                "The money went to Dora Finch, a friend has said.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(
                tuple("Kwesi Asante Mensah", "two-term former MP and 2020 parliamentary candidate"), tuple("Dora Finch", null));
    }
}

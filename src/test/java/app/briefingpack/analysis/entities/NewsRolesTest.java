package app.briefingpack.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.NamedEntity;
import app.briefingpack.model.Person;
import app.briefingpack.analysis.TestArticles;

/**
 * Names and roles in the shapes news copy gives them, found on real pages read as a new user
 * would (sentences written for this test): shared plural titles, relatives named after a comma,
 * suffixes and degrees after a name, titles with "for" or a country, and roles the tagger hides.
 */
class NewsRolesTest {

    private static Briefing analyse(String... paragraphs) {
        return new Analyser().analyse(TestArticles.of("news-roles.txt", Metadata.empty(), String.join("\n\n", paragraphs)));
    }

    @Test
    void aPluralTitleIsTheTitleOfEachName() {
        Briefing b = analyse("Councilmen Oscar Vela and Tim Hardesty sponsored the ordinance on Monday.",
                "Sens. Helen Marsh and Dianne Okoro voted against the bill, as did Reps. Carl Dunn, R-Fla., and Ann Lowe, R-Ind.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Oscar Vela", "Councilman"),
                tuple("Tim Hardesty", "Councilman"), tuple("Helen Marsh", "Senator"), tuple("Dianne Okoro", "Senator"));
        assertThat(b.people()).extracting(Person::name).noneMatch(n -> n.startsWith("R-") || n.startsWith("Councilm"));
    }

    @Test
    void aRelativeNamedAfterACommaAtTheEndOfASentence() {
        Briefing b = analyse("The former mayor died on Sunday at a hospice in Chicago, said her daughter, Kathy.",
                "A man has been charged with murder in the death of his nephew, Damian B. Scott.",
                "Their supervisor, Dr Ignas Vermeer, said the find was a total surprise.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Kathy", "daughter"),
                tuple("Damian B. Scott", "nephew"), tuple("Ignas Vermeer", "supervisor"));
    }

    @Test
    void anAppositionEndsAtAPrepositionTheTaggerReadsAsAnAdverb() {
        Briefing b = analyse("Glen A. Larson, the writer and producer behind well-loved TV series, died on Friday in Santa Monica.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Glen A. Larson", "writer and producer"));
    }

    @Test
    void aSuffixIsPartOfTheNameAndDegreesAreNoOrganisations() {
        Briefing b = analyse("Martin Luther King Jr. spoke in Washington in 1963. King said he had a dream.",
                "Hospitals need plans for epidemics, said Robert H. Hopkins Jr., MD, FACP, professor of internal medicine and"
                        + " pediatrics at the University of Arkansas for Medical Sciences in Little Rock and past governor of the state chapter.",
                "Hopkins said the plans were largely due to the 2009 influenza outbreak.");
        assertThat(b.people()).extracting(Person::name).contains("Martin Luther King Jr.", "Robert H. Hopkins Jr.")
                .doesNotContain("Jr.", "King", "Hopkins");
        assertThat(b.people()).filteredOn(p -> p.name().equals("Robert H. Hopkins Jr.")).extracting(Person::role)
                .singleElement().asString().startsWith("professor of internal medicine and pediatrics");
        assertThat(b.organisations()).extracting(NamedEntity::name).doesNotContain("MD", "FACP");
    }

    @Test
    void aTitleLinkedByForOrEndingInACountry() {
        Briefing b = analyse("Minister for Interior Chaudhry Nisar Ali Khan said on Sunday that there was no deadlock.",
                "Minister of Foreign Affairs of Ukraine Dmytro Kuleba announced a program of talks.",
                "Police issued a warrant on Monday for James Charles Kopp, a fugitive.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(
                tuple("Chaudhry Nisar Ali Khan", "Minister for Interior"),
                tuple("Dmytro Kuleba", "Minister of Foreign Affairs of Ukraine"));
        assertThat(b.people()).extracting(Person::name).contains("James Charles Kopp").doesNotContain("Affairs", "Charles Kopp");
    }

    @Test
    void rolesTheLexiconHidesOrTheTaggerMisreads() {
        Briefing b = analyse("Since the death of state Auditor Tom Schweich, the race has changed.",
                "United midfielder Nemanja Matic's strike secured the victory two minutes from time.",
                "A jury found Boston mob boss James \"Whitey\" Bulger guilty. Few wanted every Whitey Bulger victim to speak.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Tom Schweich", "Auditor"),
                tuple("Nemanja Matic", "United midfielder"), tuple("James \"Whitey\" Bulger", "Boston mob boss"));
        assertThat(b.people()).extracting(Person::name).doesNotContain("Whitey Bulger");
    }

    @Test
    void aCapitalAfterAColonOrACreditInCapitalsIsNoName() {
        Briefing b = analyse("When an official fails us, the reply is often along the lines of: \u201cTypical government.\u201d",
                "Manchester United manager Jose Mourinho REUTERS/Andrew Yates");
        assertThat(b.people()).extracting(Person::name).contains("Jose Mourinho").noneMatch(n -> n.contains("Typical") || n.contains("REUTERS"));
    }

    @Test
    void officesOfBodiesCreditsAndVerbsOfOffice() {
        Briefing b = analyse("The current Governor of the Bank of England Andrew Bailey spoke on Thursday.",
                "Scott Schaefer, the J. Paul Getty Museum's Senior Curator of Paintings, will retire in January.",
                "However, director general of health Ashley Bloomfield said stocks will be tight.",
                "Dorothy Kemp also served as a councillor with her. The couple had one son, Doug.",
                "Nelson Mandela, who was the Nobel Prize winner in peace in 1993, was honoured in the speech.",
                "Directed by Gary F. Bell",
                "It is in the hands of writer-director Rian Johnson, and Sony wants to hire producers Jon Peters and Peter Guber.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(
                tuple("Andrew Bailey", "current Governor of the Bank of England"),
                tuple("Scott Schaefer", "J. Paul Getty Museum's Senior Curator of Paintings"),
                tuple("Ashley Bloomfield", "director general of health"), tuple("Dorothy Kemp", "councillor"), tuple("Doug", "son"),
                tuple("Nelson Mandela", "Nobel Prize winner in peace"), tuple("Gary F. Bell", "director"),
                tuple("Rian Johnson", "writer-director"), tuple("Jon Peters", "producer"), tuple("Peter Guber", "producer"));
    }

    @Test
    void aListOfNamesWithTheirCountriesGivesNoRole() {
        Briefing b = analyse("At the library, the three foreign ministers of Bronislaw Geremek of Poland, Janos Martonyi of Hungary"
                + " and Jan Kavan of the Czech Republic signed the papers.",
                "The other victims' spokeswoman, Angela Shaw of the Stanford Victims Coalition, said he took their lives.");
        assertThat(b.people()).filteredOn(p -> p.name().equals("Janos Martonyi")).extracting(Person::role).containsOnlyNulls();
        assertThat(b.people()).extracting(Person::name, Person::role)
                .contains(tuple("Angela Shaw", "other victims' spokeswoman of Stanford Victims Coalition"));
    }

    @Test
    void aNameThatEndsItsSentenceWithACommaIsRead() {
        // the apposition after a name may be empty: a sentence cut after "X,"
        Briefing b = analyse("The letter was signed by Helen Marsh,", "Marsh said nothing more.");
        assertThat(b.people()).extracting(Person::name).contains("Helen Marsh");
    }

    @Test
    void aHeadlineVerbAndAPluralBodyEndANameAndListsOfCapitalisedJobsAreNoPeople() {
        Briefing b = analyse("Halsey Announces 22-Date Love and Power Tour", "Halsey, the singer, is hitting the road.",
                "The trust runs Queen's and King George Hospitals, the board said.",
                "The library hosts readings (including Richard Dawkins and Ta-Nehisi Coates) every week.",
                "Nicholas Eaton is Assistant Professor, Clinical Psychology, Stony Brook University.");
        assertThat(b.people()).extracting(Person::name).contains("Halsey", "Ta-Nehisi Coates")
                .noneMatch(n -> n.contains("Announces") || n.contains("Hospitals") || n.contains("Psychology"));
    }

    @Test
    void titlesOfBritishCouncillorsAndRoleNounsBeforeAnOfficeAreRoles() {
        Briefing b = analyse("Cllr Derek Wilson said the council would meet again.",
                "Mathare Member of Parliament Anthony Oluoch sustained leg injuries.",
                "Despite the absence of Selectman Steve Holmes, it was agreed that the board should vote.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Derek Wilson", "Councillor"),
                tuple("Anthony Oluoch", "Member of Parliament"), tuple("Steve Holmes", "Selectman"));
    }

    @Test
    void rolesFromVerbsOfOfficeObituaryListsAndTheNearestPhrase() {
        Briefing b = analyse("John Smith was named chief executive of the company on Monday.",
                "Ghaya Oliveira became exec pastry chef at Daniel in July. The renovated Warren Mall is named after a former assessor.",
                "Miller is survived by a daughter, Jean Miller Gordon; two sisters; and a brother.",
                "The statement came from Lawrence Wechsler, a lawyer for the White House secretary, Betty Currie; and from others.",
                "They scored three tries via fullback Tom Banks and a penalty try.",
                "Railways minister Sheikh Rashid Ahmed and Coun Chris Pillai spoke.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("John Smith", "chief executive of the company"),
                tuple("Ghaya Oliveira", "exec pastry chef at Daniel"), tuple("Jean Miller Gordon", "daughter"),
                tuple("Betty Currie", "White House secretary"), tuple("Tom Banks", "fullback"),
                tuple("Rashid Ahmed", "Railways minister"), tuple("Chris Pillai", "Councillor"));
        assertThat(b.people()).extracting(Person::name).doesNotContain("Warren Mall", "Smith");
    }

    @Test
    void onlyAHeadlineEndsANameAtAVerb() {
        Briefing b = analyse("Halsey Announces 22-Date Love and Power Tour: 'I Could Not Be More Excited'", "Halsey, the singer, wrote on Twitter.",
                "Gary Sobers had just retired when the series began.");
        assertThat(b.people()).extracting(Person::name).contains("Halsey", "Gary Sobers").noneMatch(n -> n.contains("Announces"));
    }

    @Test
    void aTownBeforeManAndAnOfficeWithNoNameAreNoPeople() {
        Briefing b = analyse("A Logan man who was out shoplifting was fined $1,300 on Tuesday.",
                "The office of the Director of Public Prosecutions approved the charges. Secretary of State Kerry agreed.");
        assertThat(b.people()).extracting(Person::name).contains("Kerry").doesNotContain("Logan", "Prosecutions");
        assertThat(b.places()).extracting(NamedEntity::name).contains("Logan");
    }

    @Test
    void ranksWithoutFullStopsStreetsAndSuffixesAfterACommaOrANickname() {
        Briefing b = analyse("Lance Corporal Michael Foley and Sgt Jane Taylor were killed. Cpl Foley was 25.",
                "The rail link under Albert St and Eden Tce is late, the Chief Executive said.",
                "The company's chief, Lino Saputo, Jr., spoke on Friday. Hazing victim Horacio \u201cAtio\u201d Castillo III died in 2017.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Michael Foley", "Lance Corporal"),
                tuple("Jane Taylor", "Sergeant"), tuple("Lino Saputo, Jr.", "company's chief"),
                tuple("Horacio \u201cAtio\u201d Castillo III", "Hazing victim"));
        assertThat(b.people()).extracting(Person::name)
                .noneMatch(n -> n.contains("Foley") && !n.equals("Michael Foley") || n.contains(" St") || n.contains("Tce") || n.contains("Executive"));
    }

    @Test
    void anOfficeThroughABodyWhoseNameHoldsOfAndARankWithMoreToItsTitle() {
        Briefing b = analyse("The service was led by the Archbishop of the Church of Kigezi Dr Samuel Tumwine and the former archbishop Henry Orombi.",
                "Evidence states that Senior DIG Deshan Tennakoon was present.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(
                tuple("Samuel Tumwine", "Archbishop of the Church of Kigezi"), tuple("Deshan Tennakoon", "Senior deputy inspector general"));
    }

    @Test
    void aCapitalisedPostAfterTheNameWhereTheOfficeIsHeld() {
        Briefing b = analyse("The citation was read by Bev Jobson-Grant, Principal of Polly Ground Primary School.",
                "The talk was given by Tom Reedy, Head of Research at Acme Bank. Amy Lau, Partner at Lau and Co, spoke.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(
                tuple("Bev Jobson-Grant", "Principal of Polly Ground Primary School"), tuple("Tom Reedy", "Head of Research at Acme Bank"),
                tuple("Amy Lau", "Partner at Lau and Co"));
    }

    @Test
    void aLedeThatDescribesSomeoneNamedInTheNextSentence() {
        Briefing b = analyse("The city's chief medical officer has warned that hospitals will be full this winter.",
                "Dr Anna Kowalski said the waits were something nobody wanted to tolerate.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Anna Kowalski", "city's chief medical officer"));
    }

    @Test
    void aTitleOpeningTheSentenceBeforeTheNameAndAnOfficeAfterABodysName() {
        Briefing b = analyse("Managing Director of Sydney Zoo, Jake Burgess, says the animals are a milestone.",
                "Spokesperson for the council, Mr Ciaran Haran said he was not sure.",
                "Several schools are affected, with Waterford High School Vice Principal Shawn Simpson revealing that classes stopped.");
        assertThat(b.people()).extracting(Person::name, Person::role, Person::roleInferred).contains(
                tuple("Jake Burgess", "Managing Director of Sydney Zoo", false), tuple("Ciaran Haran", "Spokesperson for the council", false),
                tuple("Shawn Simpson", "Waterford High School Vice Principal", false));
        assertThat(b.organisations()).extracting(NamedEntity::name).contains("Waterford High School");
    }

    @Test
    void aVicePresidentsInitialsAfterATwoWordEmployersPossessive() {
        Briefing b = analyse("Joe Sprague, Alaska Airlines' VP marketing, said the route was full.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Joe Sprague", "Alaska Airlines' VP marketing"));
    }

    @Test
    void rolesAfterABracketedPictureMarkAndInShapesWithoutAnArticle() {
        Briefing b = analyse("In 2010 Vinnie Larkin (pic), founding partner at Redwood Ventures, travelled across Asia.",
                "Murray Ennis, foundation director, said the nominations were many.",
                "Another Kenyan, Patrick Kirui, is the current world record holder.",
                "The magazine, founded by Seni Okafor, caters to teenagers.",
                "That led four-time Olympic gold medallist Mike Jansen to warn him.",
                "He approached referee Gerard Sutcliffe as stand-in skipper.",
                "The service was attended by the council's chief executive, David Clarke.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Vinnie Larkin", "founding partner at Redwood Ventures"),
                tuple("Murray Ennis", "foundation director"), tuple("Patrick Kirui", "current world record holder"), tuple("Seni Okafor", "founder"),
                tuple("Mike Jansen", "four-time Olympic gold medallist"), tuple("Gerard Sutcliffe", "referee"),
                tuple("David Clarke", "council's chief executive"));
    }

    @Test
    void anAppositionEndsBeforeAnotherPersonsCourtesyTitle() {
        Briefing b = analyse("He delivered a letter from Imran Qadir, the Minister for Foreign Affairs of Pakistan to Madam Osei.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Imran Qadir", "Minister for Foreign Affairs of Pakistan"));
    }

    @Test
    void aListOfPositionsBeforeNamesAndATitleAfterAnOpeningPhrase() {
        Briefing b = analyse("The squad includes newcomers in centre Mason Reed, fly-half Sam Cole and prop Corey Dunn.",
                "Throwing more light on the rule, the Chief of Protocol of the Ga Traditional Council, Mr Peter Allotey said no one would be installed.",
                "Deputy Mayor for the next year will be Grosvenor Councillor, Gwen Roberts.",
                "He met the centre Mark Lowe in town.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Mason Reed", "centre"), tuple("Sam Cole", "fly-half"),
                tuple("Corey Dunn", "prop"), tuple("Peter Allotey", "Chief of Protocol of the Ga Traditional Council"));
        assertThat(b.people()).extracting(Person::name).contains("Gwen Roberts").doesNotContain("Grosvenor Councillor");
        assertThat(b.people()).filteredOn(p -> p.name().equals("Mark Lowe")).allMatch(p -> p.role() == null);
    }

    @Test
    void noRoleFromAPictureMarkAListsLastWordAnotherNameOrASurname() {
        Briefing b = analyse("John Fergus, center, hospital trustee and outgoing chairman, cut the ribbon.",
                "Guests included Director Office of Research, Innovation and Commercialization Dr Tahir Jamal and others.",
                "The guests were the chairman of the jury Shekhar Kapoor, legendary music director Ilayarajan and others.",
                "The cast also includes Samina Ahmed, Sahiba Afzal, Afzal Khan and Faisal Naqvi.",
                "I am in touch with their group managing director Datuk Captain Izham Ismail.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("John Fergus", "hospital trustee and outgoing chairman"),
                tuple("Tahir Jamal", "doctor"));
        assertThat(b.people()).filteredOn(p -> p.role() != null)
                .noneMatch(p -> p.role().contains("Ilayarajan") || p.role().contains("Khan") || p.role().contains("Captain") && p.role().contains("director"));
    }

    @Test
    void theCopulaAfterARelativeClauseBetweenCommas() {
        Briefing b = analyse("Alene Dirk, who passed away in July at age 98, became the first female admiral in the Navy.",
                "John Smyth, who lives in Leeds, was arrested on Monday.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Alene Dirk", "first female admiral in the Navy"),
                tuple("John Smyth", null));
    }

    @Test
    void anAppositionWithATitleBeforeThePerfectOfSaying() {
        Briefing b = analyse("Akeju Oluwole, the Students' Union President of the University of Ibadan has said that the union will act.",
                "Mr Peter Doyle, a friend has said, was kind.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(
                tuple("Akeju Oluwole", "Students' Union President of the University of Ibadan"));
        assertThat(b.people()).filteredOn(p -> p.name().equals("Peter Doyle")).allMatch(p -> p.role() == null || !p.role().contains("friend"));
    }
}

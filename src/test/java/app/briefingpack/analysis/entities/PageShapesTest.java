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
 * Names and roles in the shapes regional and wire pages print them (sentences and names written
 * for this test): datelines, a lede's first word in capitals, a full name only the headline gives,
 * job words WordNet knows only by their parts, counsel's and police ranks' initials, and jobs said
 * before a councillor's title.
 */
class PageShapesTest {

    private static Briefing analyse(String... paragraphs) {
        return new Analyser().analyse(TestArticles.of("page-shapes.txt", Metadata.empty(), String.join("\n\n", paragraphs)));
    }

    @Test
    void datelinesAndALedeInCapitalsLeaveTheNameWhole() {
        Briefing b = analyse("SALT LAKE, Utah — Christian Hollis cruised to the national title on Friday. Hollis won in 9.98 seconds.",
                "MARY O’Connell has announced she is leaving the station after twenty years.");
        assertThat(b.people()).extracting(Person::name).contains("Christian Hollis", "Mary O’Connell")
                .doesNotContain("Hollis", "MARY O’Connell");
    }

    @Test
    void theHeadlineGivesTheFullNameTheBodyShortens() {
        Briefing b = new Analyser().analyse(TestArticles.of("chair.txt",
                new Metadata("Nora Veltkamp becomes new chair of the hospice", null, null, null, null, "en", null),
                "Local resident Nora, who has long experience of the health service, takes over in May.\n\nNora said she was delighted."));
        assertThat(b.people()).extracting(Person::name).containsExactly("Nora Veltkamp");
    }

    @Test
    void jobWordsOpeningASentenceAreRolesNotNames() {
        Briefing b = analyse("Headteacher Gwen Abernathy said the school was grateful.",
                "Pro-chancellor Okonjo had said that the council was not consulted.",
                "Defence QC Fiona Kerrigan told the jurors there was no evidence.",
                "PC Threlfall, who was called to the scene, said he viewed the footage.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Gwen Abernathy", "Headteacher"),
                tuple("Okonjo", "Pro-chancellor"), tuple("Fiona Kerrigan", "Defence QC"), tuple("Threlfall", "police constable"));
    }

    @Test
    void aRankBeforeACommonWordOrAThingNamesNoOne() {
        Briefing b = analyse("She bought a voucher in the DC Comics store.", "PC World sold the laptop.");
        assertThat(b.people()).isEmpty();
    }

    @Test
    void aNounTheNameOwnsSaysNothingOfWhatItIs() {
        Briefing b = analyse("Jim Watterson’s firm grip on the city council appeared to slip on Wednesday.");
        assertThat(b.people()).extracting(Person::name).containsExactly("Jim Watterson");
    }

    @Test
    void aJobBeforeATitleIsSaidInFull() {
        Briefing b = analyse("Soon committee chairman Cllr Dora Pendleton had to call for silence.",
                "Ellesmere watch manager Kit Farrow said the fire burned for a week.",
                "Town centre rector the Rev Owen Tallis told the congregation.",
                "The league president Hal Brigstock was a volunteer.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Dora Pendleton", "committee chairman and councillor"),
                tuple("Kit Farrow", "Ellesmere watch manager"), tuple("Owen Tallis", "Town centre rector"), tuple("Hal Brigstock", "league president"));
    }

    @Test
    void appositionsThatAClauseOrACapitalisedParticipleWouldHaveHidden() {
        Briefing b = analyse("\"We were lucky,\" said Ana Ferreira, lead author of the study published in the journal on Monday.",
                "Josh Tamburro, Managing Director of U.S. Rowing, said the crews were ready.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Ana Ferreira", "lead author of the study"),
                tuple("Josh Tamburro", "Managing Director of U.S. Rowing"));
    }

    @Test
    void placesEventsAndBodiesWithAPersonsName() {
        Briefing b = analyse("Sara Lomax visited the Earl Haldane Hospice.", "The General Election was called for May.",
                "Cars lapped the Brands Circuit.", "The vests were designed by Jarlath Quigley's company.");
        assertThat(b.people()).extracting(Person::name, Person::role).containsExactlyInAnyOrder(tuple("Sara Lomax", null), tuple("Jarlath Quigley", null));
    }

    @Test
    void initialsNicknamesParticlesAndWhatAPersonLeads() {
        Briefing b = analyse("Umpire C Rahimuddin was under fire for some of the decisions.",
                "Justice A M Kalwani and Justice N V Ranade sat on the bench.",
                "Astronomer Paul deVilliers wrote about the comet.",
                "\"Our shows bring people together,\" said Richard ‘Dee Jay Tosh’ Hammond, 40, who coaches at the club.",
                "The Dr Wale Adebanjo-led council was not consulted.",
                "That is the ambition of Kalem Pickles, 18, who beat a seasoned rival.");
        assertThat(b.people()).extracting(Person::name).contains("C Rahimuddin", "A M Kalwani", "N V Ranade", "Paul deVilliers",
                "Richard ‘Dee Jay Tosh’ Hammond", "Wale Adebanjo", "Kalem Pickles").doesNotContain("Rahimuddin", "Kalwani", "Paul", "Adebanjo");
    }

    @Test
    void titlesBesideANameInCaptionsAndFields() {
        Briefing b = analyse("Philip Hartnell High Commissioner of Australia presenting his credentials.",
                "The state minister for Energy Simon Okello visited the site.",
                "He served as Deputy Lieutenant of North Yorkshire.",
                "His Grace Peter Mwangi, the Archbishop of Nyeri, led the Mass.");
        assertThat(b.people()).extracting(Person::name).contains("Philip Hartnell", "Simon Okello", "Peter Mwangi")
                .doesNotContain("Yorkshire", "Energy Simon Okello", "Grace Peter Mwangi");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Simon Okello", "minister for Energy"),
                tuple("Peter Mwangi", "Archbishop of Nyeri"));
    }

    @Test
    void firmsOfATradeFestivalsDeitiesAndNamedDays() {
        Briefing b = analyse("A letter from solicitors Leigh Brook, acting for the council, said it had erred.",
                "Quarry developers Hanbury would have to assess the impact.",
                "Next Monday, Saint Andrew's Day, marks the anniversary.",
                "She wished the parish a Merry Christmas and prayed to Jesus Christ.",
                "The station Adom FM carried the speech.",
                "The firm's lawyers Danstan Oketch and Shadrach Wamburu filed the petition.");
        assertThat(b.people()).extracting(Person::name).containsExactlyInAnyOrder("Danstan Oketch", "Shadrach Wamburu");
    }

    @Test
    void rolesAcrossAListAClauseAndTheNextSentence() {
        Briefing b = analyse("Chair Lena Hart and committee members Omar Reyes and Dana Whitfield planned to meet the council.",
                "Guests included City of Lanford Council's chief executive, Peter Okafor.",
                "Ashley Perera, the CEO of SLC also congratulated the coach.",
                "PAUL Brennan has announced he is leaving the station.\n\nThe Birkenhead-born presenter will join a rival show.",
                "Tom Ruiz won the prize on Monday.\n\nHe is a junior mechanical engineering major from New Jersey.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Omar Reyes", "committee member"),
                tuple("Dana Whitfield", "committee member"), tuple("Peter Okafor", "chief executive"), tuple("Ashley Perera", "CEO of SLC"),
                tuple("Paul Brennan", "Birkenhead-born presenter"), tuple("Tom Ruiz", "junior mechanical engineering major"));
    }

    @Test
    void surnamesSharedOrHeldByAMonarch() {
        Briefing couple = analyse("Heartbroken David Ashcombe defended his wife on Monday.",
                "Mr Ashcombe told an inquest how Carole Ashcombe, 49, panicked. The inquest heard that experienced fell-walker Mrs Ashcombe left the path.");
        assertThat(couple.people()).extracting(Person::name, Person::role).containsExactlyInAnyOrder(tuple("David Ashcombe", null),
                tuple("Carole Ashcombe", null));
        Briefing kings = analyse("Saddam Hussein spoke on Monday.", "King Hussein of Jordan met him later.");
        assertThat(kings.people()).extracting(Person::name).contains("Saddam Hussein", "Hussein");
    }

    @Test
    void asInARelativeClauseAboutTheName() {
        Briefing b = analyse("He will take over from Rumesh Perera, who was appointed as the interim coach.",
                "He succeeds James A. Tilden, who stepped down as chairman, president and chief executive in March.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Rumesh Perera", "interim coach"),
                tuple("James A. Tilden", "chairman, president and chief executive"));
    }

    @Test
    void titlesBeforeThingsFieldsInBracketsAndVerbsAfterQuotations() {
        Briefing b = analyse("The novel was longlisted for the Man Booker Prize in 2018.",
                "She was assistant to the President (Community Development) for a year.",
                "\"Our focus is to win,\" Said Godwin.",
                "Bishop Paul Dempsey was appointed as Auxiliary Bishop of the Archdiocese of Dublin.",
                "A Constitution Bench annulled the order.",
                "He loves the student Oliver (Armie Hammer).");
        assertThat(b.people()).extracting(Person::name).contains("Paul Dempsey", "Armie Hammer")
                .doesNotContain("Booker Prize", "Community Development", "Said Godwin", "Auxiliary Bishop", "Constitution Bench");
    }
}

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
 * Roles in shapes real news gives them and the earlier rules did not read (sentences and names
 * written for this test): lists after a plural noun, capitalised titles in appositions, counsel in
 * court reports, roles after an age and a home town, verbs of office in the perfect, and
 * appositions the tagger splits.
 */
class RoleShapesTest {

    private static Briefing analyse(String... paragraphs) {
        return new Analyser().analyse(TestArticles.of("role-shapes.txt", Metadata.empty(), String.join("\n\n", paragraphs)));
    }

    @Test
    void eachNameOfAListTakesThePluralNounBeforeIt() {
        Briefing b = analyse("She is survived by two brothers, Tomas Varga and Erik Lund; three daughters, Ana, Beth and Cara; and a sister, Dana Holt.",
                "The victims, Lena Moss, Paul Okafor and Ruth Diaz, were named on Monday.",
                "The winners – Jan de Vries, Omar Said and Ines Costa – were honoured at the dinner.",
                "Council leaders Priya Nair and Colm Byrne signed the letter.",
                "The festival booked such performers as Rosa Lind.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Tomas Varga", "brother"), tuple("Erik Lund", "brother"),
                tuple("Beth", "daughter"), tuple("Cara", "daughter"), tuple("Dana Holt", "sister"),
                tuple("Lena Moss", "victim"), tuple("Paul Okafor", "victim"), tuple("Ruth Diaz", "victim"),
                tuple("Jan de Vries", "winner"), tuple("Omar Said", "winner"), tuple("Ines Costa", "winner"),
                tuple("Priya Nair", "Council leader"), tuple("Colm Byrne", "leader"), tuple("Rosa Lind", "performer"));
    }

    @Test
    void oneNameAfterAPluralNounAndItsCommaIsNoList() {
        Briefing b = analyse("According to the doctors, Hana Kimura said the ward was full.",
                "The attacks were aimed at Western targets, Abu Karim and Abu Salem said.");
        assertThat(b.people()).filteredOn(p -> p.name().equals("Hana Kimura")).extracting(Person::role).containsOnlyNulls();
        assertThat(b.people()).extracting(Person::role).doesNotContain("target", "doctor");
    }

    @Test
    void aCapitalisedTitleInAnAppositionIsTheRole() {
        Briefing b = analyse("The union's National Secretary, Femi Adebayo, said the strike would go on.",
                "The plan was blocked by the Auditor-General, Ruth Kerr.",
                "The report was written by Sean Walsh, Political Correspondent.",
                "The phone was shown by Dev Rao, Acme's CEO, on Tuesday.",
                "Mara Lin is Assistant Professor, Cognitive Science, Lakeside University.",
                "The Russian, Ivan Petrov, arrived late.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Femi Adebayo", "union's National Secretary"),
                tuple("Ruth Kerr", "Auditor-General"), tuple("Sean Walsh", "Political Correspondent"), tuple("Dev Rao", "Acme's CEO"));
        assertThat(b.people()).extracting(Person::name).doesNotContain("Cognitive Science");
        assertThat(b.people()).extracting(Person::role).doesNotContain("Russian");
    }

    @Test
    void anAppositionSaysMoreThanAnAcademicTitle() {
        Briefing b = analyse("The Minister of Education, Prof Joseph Obi, met the unions on Friday.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Joseph Obi", "Minister of Education"));
    }

    @Test
    void counselResidenceAndVerbsOfOffice() {
        Briefing b = analyse("Helen Marsh, prosecuting, told the court the scheme was planned.",
                "Walter Nash, 71, of Dover, Del., a retired postal worker, died Friday.",
                "Rosa Vidal has served as Chief of Staff since May.",
                "Omar Haddad, 29, has been working as a paramedic for six years.",
                "Lena Fox has been named Deputy Mayor.",
                "Joan Parker, of Oakton, was a nurse at the county hospital.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Helen Marsh", "prosecutor"),
                tuple("Walter Nash", "retired postal worker"), tuple("Rosa Vidal", "Chief of Staff"), tuple("Omar Haddad", "paramedic"),
                tuple("Lena Fox", "Deputy Mayor"), tuple("Joan Parker", "nurse at the county hospital"));
    }

    @Test
    void appositionsTheTaggerSplits() {
        Briefing b = analyse("The paper mourned Sam Ortiz, longtime editor of the Valley Courier.",
                "Kay Morgan, registered manager at Elm House, said it was a special day.",
                "The branch is run by Ivy Chen, a data analyst who’s worked there for years.",
                "Noor Ali, the author of the report being debated, spoke first.",
                "Max Bell, president and chief operating officer, said sales rose.",
                "The deal is bad, said Ada Cole, a consultant not working for either side.",
                "He came with his wife Rita, and two sons at noon.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Sam Ortiz", "longtime editor of the Valley Courier"),
                tuple("Kay Morgan", "registered manager at Elm House"), tuple("Ivy Chen", "data analyst"),
                tuple("Noor Ali", "author of the report"), tuple("Max Bell", "president and chief operating officer"),
                tuple("Ada Cole", "consultant"), tuple("Rita", "wife"));
    }

    @Test
    void aRarerSenseForAPersonAfterAnotherNoun() {
        Briefing b = analyse("The company lost its Android head Carla Ruiz last year, and the family dog Rex stayed home.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Carla Ruiz", "Android head"));
        assertThat(b.people()).extracting(Person::role).doesNotContain("family dog");
    }

    @Test
    void asGivesTheSubjectItsRole() {
        Briefing b = analyse("Brendan Rourke was delighted as he enjoyed his first league win as Castlebar manager.",
                "Chris Gallo started working in Denali National Park as a bear biologist in 1991.",
                "Maya Rowe has fame as a poet, author and performer.",
                "Tom Berg remembered his days as a boy in Ohio.",
                "Ann Lutz wanted the plan finished as soon as possible.",
                "Angela Frost added: “She was immensely proud of her work as a councillor.”");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Brendan Rourke", "Castlebar manager"),
                tuple("Chris Gallo", "bear biologist"), tuple("Maya Rowe", "poet, author and performer"),
                tuple("Tom Berg", null), tuple("Ann Lutz", null), tuple("Angela Frost", null));
    }

    @Test
    void anEpithetAfterTheIsNoRole() {
        Briefing b = analyse("Local singers, including the great Nina Falkner, were an influence on her.");
        assertThat(b.people()).extracting(Person::role).doesNotContain("great");
    }

    @Test
    void theHeadlineGivesTheRoleTheBodyDoesNot() {
        Briefing obituary = new Analyser().analyse(TestArticles.of("obituary.txt",
                new Metadata("Paul Moller, 84; Ex-Chairman of Gannett Newspaper Chain", null, null, null, null, "en", null),
                "Paul Moller died on Sunday at his home in Rochester."));
        Briefing report = new Analyser().analyse(TestArticles.of("report.txt",
                new Metadata("Disgraced politician Leland Yoon gets five years", null, null, null, null, "en", null),
                "Leland Yoon was sentenced on Monday. Ann Vance was not named in the headline."));
        assertThat(obituary.people()).extracting(Person::name, Person::role).contains(tuple("Paul Moller", "Ex-Chairman of Gannett Newspaper Chain"));
        assertThat(report.people()).extracting(Person::name, Person::role).contains(tuple("Leland Yoon", "Disgraced politician"));
    }

    @Test
    void openingPhrasesCounselTitlesAndPluralPossessives() {
        Briefing b = analyse("In a letter to hospital bosses and doctors, Chris Whitmore, the chief medical officer at the department, said cases rose.",
                "Mr Peter Prendergast, representing the defendant, said the speed was high.",
                "Chief Superintendent, Bruce McDowell, says the volunteers did well.",
                "It was hard, said Judy McKean, Richards' daughter.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Chris Whitmore", "chief medical officer at the department"),
                tuple("Peter Prendergast", "defence lawyer"), tuple("Bruce McDowell", "Chief Superintendent"), tuple("Judy McKean", "Richards' daughter"));
    }

    @Test
    void aRoleThatSaysLittleWaitsForABetterOne() {
        Briefing b = analyse("Roger Tsang was an extraordinary man, his colleagues said.",
                "Tsang, a professor of pharmacology, shared the prize in 2008.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Roger Tsang", "professor of pharmacology"));
    }

    @Test
    void rolesInBracketsAndListsOfTitledNames() {
        Briefing b = analyse("They are Lenox Mwangi (roads and transport inspector), Paul Mwaura (county treasury deputy director) and others.",
                "Kara Pukenui, managing director of Maori International, spoke to the group.",
                "Amanda Gouveia, political science professor at the University of Stellenbosch (SU), said so.",
                "Michael Tailor (25), from Ward Avenue, admitted speeding.",
                "The Act allows the sacking of the aldermen — mayor Kristie Jonsson, deputy mayor Harry Quinn, Stuart Slate, Matt Stevens and Jan Dunne.",
                "He is survived by his wife Ruth, sons Ludwig, Philipp and Tobias.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Lenox Mwangi", "roads and transport inspector"),
                tuple("Paul Mwaura", "county treasury deputy director"), tuple("Kara Pukenui", "managing director of Maori International"),
                tuple("Amanda Gouveia", "political science professor at the University of Stellenbosch (SU)"), tuple("Michael Tailor", null),
                tuple("Kristie Jonsson", "mayor"), tuple("Harry Quinn", "deputy mayor"), tuple("Ruth", "wife"), tuple("Philipp", "son"));
        assertThat(b.people()).extracting(Person::role).doesNotContain("deputy mayor Harry Quinn", "sons Ludwig");
    }

    @Test
    void aWordBeforeTheTitleBothAndTitlesThatNameNobody() {
        Briefing b = analyse("Deputy Mayor Penny Hulme said the meeting needed to be clear.",
                "Howard Shelby was both conductor and soloist.",
                "The company said she had resigned as Chief Executive Officer and director.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Penny Hulme", "Deputy Mayor"),
                tuple("Howard Shelby", "conductor and soloist"));
        assertThat(b.people()).extracting(Person::name).doesNotContain("Executive Officer");
    }
}

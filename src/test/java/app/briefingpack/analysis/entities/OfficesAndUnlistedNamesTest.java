package app.briefingpack.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.analysis.TestArticles;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.NamedEntity;
import app.briefingpack.model.Person;

/**
 * Offices written as initials, names no dictionary knows that stand beside people, offices named
 * with their field before a name, words for offices or firms that name nobody, and the roles of
 * captions, lists and participles (sentences and names written for this test).
 */
class OfficesAndUnlistedNamesTest {

    private static Briefing analyse(String... paragraphs) {
        return new Analyser().analyse(TestArticles.of("offices.txt", Metadata.empty(), String.join("\n\n", paragraphs)));
    }

    @Test
    void officesWrittenAsInitialsAreSpelledOut() {
        Briefing b = analyse("PM Deshpal lands at the airport on Friday for a two-day visit.",
                "Speaking in the town, CJ Wanjohi said courts there will start issuing bail on Saturdays.",
                "The court, then led by former CJP Umar Tariq Bandeshwar, had barred the government from acting.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Deshpal", "prime minister"),
                tuple("Wanjohi", "chief justice"), tuple("Umar Tariq Bandeshwar", "former chief justice"));
    }

    @Test
    void aProvincialExecutiveMembersInitialsAreARole() {
        Briefing b = analyse("Limpopo Education MEC Thandeka Mabuzane was shocked to find pupils without teachers on Wednesday.");
        assertThat(b.people()).extracting(Person::name, Person::role).containsExactly(tuple("Thandeka Mabuzane", "Limpopo Education MEC"));
    }

    @Test
    void aLowerCaseFamilyParticleMakesAPersonsName() {
        Briefing b = analyse("Marlize van der Spuyt, the bank's head of arts sponsorship, said the awards had grown every year.");
        assertThat(b.people()).extracting(Person::name).containsExactly("Marlize van der Spuyt");
    }

    @Test
    void unlistedNamesInAListWithAPersonOrAfterAWordForOneArePeople() {
        Briefing b = analyse("Kavendi Simbaro and Henry Bruton led the charge, racing to gold and silver in the final.",
                "The selectors brought in pacers Dushmal Chameraka and Lahiru Gamageni in place of the injured.",
                "Envoys met the president at Rashtrapati Nivas, Gerald Fonseca among them.");
        assertThat(b.people()).extracting(Person::name)
                .contains("Kavendi Simbaro", "Henry Bruton", "Dushmal Chameraka", "Lahiru Gamageni")
                .doesNotContain("Rashtrapati Nivas");
    }

    @Test
    void anInitialWithoutItsStopStartsANameInAList() {
        Briefing b = analyse("Kiren Rijala, G Kishan Reddiar and Anurag Thakran were elevated to the cabinet.");
        assertThat(b.people()).extracting(Person::name).contains("G Kishan Reddiar").doesNotContain("Kishan Reddiar");
    }

    @Test
    void firmsWrittenInCamelCaseOrWithALegalFormAreNoPeople() {
        Briefing b = analyse("The scheme will be owned and operated by NorthumbriaPower, said Allan Kelso, NorthumbriaPower's project manager.",
                "Tanjung Darby Plantation Bhd has appointed Megat Rahimuddin as the new chairperson of its board.");
        assertThat(b.people()).extracting(Person::name).contains("Allan Kelso")
                .doesNotContain("NorthumbriaPower", "Tanjung Darby Plantation Bhd");
    }

    @Test
    void aWordForAnOfficeAloneNamesNobody() {
        Briefing b = analyse("In 1978 he became the founding Dean of the Whiting School of Engineering.",
                "Curry will be installed as the 27th Presiding Bishop of the church on November 1.");
        assertThat(b.people()).extracting(Person::name).doesNotContain("Dean", "Presiding Bishop");
    }

    @Test
    void anOfficesFieldBeforeTheNameIsPartOfTheRole() {
        Briefing b = analyse("After everyone had been seated, Dean of Religious Life Alison Bodenham delivered the invocation.",
                "The Director of Army Public Relations Sagir Mustapha said in a statement that the commander was replaced.",
                "Dean of the College Jill Dolman then took the stage.",
                "\"It's a great day for South Africa,\" said Aleck Skhosani, the President of Athletics South Africa.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Alison Bodenham", "Dean of Religious Life"),
                tuple("Sagir Mustapha", "Director of Army Public Relations"), tuple("Jill Dolman", "Dean of the College"));
        assertThat(b.people()).extracting(Person::name).doesNotContain("South Africa", "Religious Life Alison Bodenham");
    }

    @Test
    void anOfficesInitialsAfterAPlaceNameNobody() {
        Briefing b = analyse("The minister and Gauteng MEC for Human Settlements, Lebogang Mailena, handed over the houses.");
        assertThat(b.people()).extracting(Person::name).containsExactly("Lebogang Mailena");
    }

    @Test
    void aSuffixKeepsItsStopAndJoinsTheShortForm() {
        Briefing b = analyse("President-elect Ferdinand Marcos Jr. has named a legal counsel.",
                "Enrile's breakaway from Ferdinand Marcos Sr. started the protests, and he supported Marcos Jr.'s candidacy.");
        assertThat(b.people()).extracting(Person::name).contains("Ferdinand Marcos Jr.", "Ferdinand Marcos Sr.")
                .doesNotContain("Marcos Jr.", "Ferdinand Marcos Sr");
    }

    @Test
    void theFirstTwoNamesAloneAreTheFullNamesPerson() {
        Briefing b = analyse("They succeed Dalbir Singh Suhagra and Arup Rahane.",
                "Outgoing Army Chief General Dalbir Singh said the transition had been smooth.");
        assertThat(b.people()).extracting(Person::name).contains("Dalbir Singh Suhagra").doesNotContain("Dalbir Singh");
    }

    @Test
    void aCaptionsVerbInIngIsNoPartOfTheName() {
        Briefing b = analyse("Captain, Colin Turnbull, Presenting Kevin Hodgeson with the Captain's Cup.");
        assertThat(b.people()).extracting(Person::name).contains("Kevin Hodgeson").doesNotContain("Presenting Kevin Hodgeson");
    }

    @Test
    void rolesOfCaptionsListsAndParticiples() {
        Briefing b = analyse("The growth was welcome, said Tanjong group managing director Mohamad Helmi Basharuddin.",
                "Mattia Binotello, Team Principal",
                "\"We had a difficult weekend,\" he said.",
                "Giving judgment on behalf of Justices, Stephen Gaongalele, Elijah Legwailo and Isaac Lesetedo, the court said the rules were void.",
                "Lieutenant General Bipin Rawali took over the army on Saturday, as Air Chief Marshal Birender Singh Dhanola assumed charge of the air force.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(
                tuple("Mohamad Helmi Basharuddin", "Tanjong group managing director"), tuple("Mattia Binotello", "Team Principal"),
                tuple("Stephen Gaongalele", "Justice"), tuple("Isaac Lesetedo", "Justice"),
                tuple("Bipin Rawali", "Lieutenant General"), tuple("Birender Singh Dhanola", "Air Chief Marshal"));
    }

    @Test
    void aBareManOrWomanIsNoRole() {
        Briefing b = analyse("Police were called following reports of a man — Reece Judgeson — pacing angrily up and down the road.");
        assertThat(b.people()).extracting(Person::name, Person::role).containsExactly(tuple("Reece Judgeson", null));
    }

    @Test
    void anUnlistedNameWhoseSurnameIsListedWithAPersonElsewhereIsAPersons() {
        Briefing b = analyse("Dorette Badenhorst was announced head coach with Dumisani Chaukeni named as her assistant.",
                "Badenhorst and Chaukeni will have to prepare the team for the cup.",
                "Brokers at Granby Whitcomb sold shares, said Joseph J. Doyle, an analyst with Smith Barney.",
                "The Fishing Vessel Owners Association met on Monday.");
        assertThat(b.people()).extracting(Person::name).contains("Dorette Badenhorst", "Dumisani Chaukeni", "Joseph J. Doyle")
                .doesNotContain("Granby Whitcomb", "Smith Barney", "Vessel Owners Association");
    }

    @Test
    void aTitlesFieldEndingInAPlaceOrABodyIsNoName() {
        Briefing b = analyse("Mayor for Greater Manchester, Andy Burnside, said the bill was vital.",
                "Meanwhile, the Senior Director of Meat Industry Ireland says he will inform processors.",
                "Senior Investigating Officer DCI Richard Bakewell from the Major Investigation Unit said the park was busy.",
                "Sikka will take over from current Chief Executive S.D. Shibulan on August 1.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Andy Burnside", "Mayor for Greater Manchester"),
                tuple("S.D. Shibulan", "current Chief Executive"));
        assertThat(b.people()).extracting(Person::name).doesNotContain("Manchester", "Industry Ireland", "Investigation Unit");
    }

    @Test
    void bodiesOperationsAndPlacesToEatNameNobody() {
        Briefing b = analyse("The BBQ was sponsored by Aguilar Chow's restaurant, Lady Luck Restaurant, and the Senator Hotel.",
                "Major General Olusegun Adeniyi was the Theatre Commander of Operation Lafiya Dolen until May.",
                "Margaret Campbell, a staff member at the Tiger Tea Room, was reading a Kindle.",
                "This announcement by Netball New Zealand should give other nations a clear message.");
        assertThat(b.people()).extracting(Person::name).contains("Aguilar Chow", "Olusegun Adeniyi", "Margaret Campbell")
                .doesNotContain("Luck Restaurant", "Lafiya Dolen", "Tea Room", "Netball New Zealand");
        assertThat(b.organisations()).extracting(NamedEntity::name).contains("Netball New Zealand");
    }

    @Test
    void partsOfALandStayPlaces() {
        Briefing b = analyse("Exports to North America and Northern Ireland rose, as did sales in New Mexico and Northern Italy.");
        assertThat(b.places()).extracting(NamedEntity::name).contains("North America", "Northern Ireland", "New Mexico");
        assertThat(b.organisations()).extracting(NamedEntity::name).doesNotContain("North America", "Northern Ireland", "New Mexico", "Northern Italy");
    }
}

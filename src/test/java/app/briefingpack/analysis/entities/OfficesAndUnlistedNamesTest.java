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
 * Offices written as initials, names no dictionary knows that stand beside people, offices named
 * with their field before a name, and words for offices or firms that name nobody (sentences and
 * names written for this test).
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
}

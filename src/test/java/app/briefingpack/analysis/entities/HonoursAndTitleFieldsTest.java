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
 * Forms of address and honours around a name, days and months that are names, a title's field
 * that is a place of several words or a list, and firms named after a family (sentences and
 * names written for this test).
 */
class HonoursAndTitleFieldsTest {

    private static Briefing analyse(String... paragraphs) {
        return new Analyser().analyse(TestArticles.of("honours.txt", Metadata.empty(), String.join("\n\n", paragraphs)));
    }

    @Test
    void excellencyAndReligiousFormsOfAddressAreNoPartOfTheName() {
        Briefing b = analyse("\"We spoke with H.E. Oyunbileg Batsaikhan, Minister of Foreign Affairs of Mongolia,\" the minister said.",
                "Presenting his letters of credence was HE Dr Tamas Gergely Horvath, Ambassador of Hungary.",
                "The spiritual leader of the community, Hadhrat Mirza Tahir Qadeer, arrived in the city last Wednesday.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(
                tuple("Oyunbileg Batsaikhan", "Minister of Foreign Affairs of Mongolia"),
                tuple("Tamas Gergely Horvath", "Ambassador of Hungary"));
        assertThat(b.people()).extracting(Person::name).contains("Mirza Tahir Qadeer")
                .doesNotContain("H.E. Oyunbileg Batsaikhan", "Hadhrat Mirza Tahir Qadeer");
    }

    @Test
    void australianHonoursAndReligiousOrdersAfterANameAreNoPartOfIt() {
        Briefing b = analyse("The project, led by Professor Warrick Dunstan AM, Director of the Centre for Coastal Studies, starts in May.",
                "These words from Bishop Anselm Tranh OFM Conv rang true as the parish gathered.");
        assertThat(b.people()).extracting(Person::name).contains("Warrick Dunstan", "Anselm Tranh")
                .doesNotContain("Warrick Dunstan AM", "Anselm Tranh OFM Conv");
    }

    @Test
    void aDayOrAMonthCanBeAPersonsName() {
        Briefing b = analyse("The win means NDP leader Godwin Friday will replace the prime minister.",
                "He joins the existing coaches, Franzel September and Bafana Nhlebo, next month.",
                "Those posted include Niger State Command, CP Monday Kuryabo; and FCT Police Command, CP Babaji Sunday.",
                "The minister met reporters Monday and flew to Lagos on Friday.");
        assertThat(b.people()).extracting(Person::name).contains("Godwin Friday", "Franzel September", "Monday Kuryabo", "Babaji Sunday");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Monday Kuryabo", "commissioner of police"));
        assertThat(b.people()).extracting(Person::name).noneMatch(n -> n.equals("Godwin") || n.equals("Babaji") || n.contains("Monday and"));
    }

    @Test
    void aPoliceRanksInitialsBeforeANameNoDictionaryHasAreItsTitle() {
        Briefing b = analyse("The police boss also deployed CP Bankole Sikiwu as head of the unit in Lagos.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Bankole Sikiwu", "commissioner of police"));
    }

    @Test
    void aPlaceOfSeveralWordsAfterATitleAndOfIsNoPartOfTheName() {
        Briefing b = analyse("Former mayor of New Orleans Ray Naglin saw his career end in court. Naglin said he would appeal.");
        assertThat(b.people()).extracting(Person::name, Person::role).containsExactly(tuple("Ray Naglin", "Former mayor of New Orleans"));
        assertThat(b.places()).extracting(NamedEntity::name).doesNotContain("New Orleans Ray Naglin");
    }

    @Test
    void theLastOfATitlesListedFieldsIsNoPartOfTheName() {
        Briefing b = analyse("Minister for Enterprise, Tourism and Employment Peter Burkett described the news as a boost.",
                "Finds Liaison Officer for Somerset and Devon Laura Burnside assessed many of the items.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(
                tuple("Peter Burkett", "Minister for Enterprise, Tourism and Employment"),
                tuple("Laura Burnside", "Finds Liaison Officer for Somerset and Devon"));
    }

    @Test
    void aNameBeforeAndSonIsAFirm() {
        Briefing b = analyse("The group toured the remains of the Baxter D. Whitcombe & Son mill with Town Manager James Kreider.");
        assertThat(b.people()).extracting(Person::name).containsExactly("James Kreider");
    }

    @Test
    void aParishASportsBodyAndAStandAreNoPeople() {
        Briefing b = analyse("Bishop Anselm Tranh blessed the new church of St Madeline Sophie Barat Parish on Sunday.",
                "Munster coach Anthony Foyle and Leinster Rugby's Greg Feeke will join the coaching team.",
                "The club earned the right to make the journey up the Hogan Stand steps.");
        assertThat(b.people()).extracting(Person::name).contains("Anselm Tranh", "Anthony Foyle", "Greg Feeke")
                .doesNotContain("St Madeline Sophie Barat Parish", "Leinster Rugby", "Hogan Stand");
    }

    @Test
    void aNursingOfficersWholeTitleIsTheRoleBeforeAComma() {
        Briefing b = analyse("NHS chief nursing officer for England, Dame Ruth Mayhew, cut the ribbon for the new ward.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Ruth Mayhew", "NHS chief nursing officer for England"));
    }

    @Test
    void anAppositionAfterAPeersTitleIsTheRoleAndMayHoldAPossessive() {
        Briefing b = analyse("The gift follows a donation to the university by Lord Bhattacharjee, director and founder of its manufacturing unit, WMG.");
        assertThat(b.people()).extracting(Person::name, Person::role).containsExactly(
                tuple("Bhattacharjee", "director and founder of its manufacturing unit"));
    }

    @Test
    void aCreditLineWithALabelGivesTheRole() {
        Briefing b = analyse("The talks ended on Friday without a deal.", "Editor: Fardah Assegal", "Translator: Sri Haryanti");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Fardah Assegal", "editor"), tuple("Sri Haryanti", "translator"));
    }

    @Test
    void aTeamSheetMarksItsCaptainAndKeeperButACaptionsCentreIsNoRole() {
        Briefing b = analyse("West Indies squad: Jason Holdsworth (c), Kraigg Brathwaite, Shane Dowrick (wk), Shannon Gabriels.",
                "From right: Rose Njoroge and her husband Harold Sena-Akotey (c).", "Mr Akotey has lived in Germany for 40 years.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Jason Holdsworth", "captain"),
                tuple("Shane Dowrick", "wicketkeeper"), tuple("Harold Sena-Akotey", "husband"));
        assertThat(b.people()).extracting(Person::name).doesNotContain("Akotey");
    }

    @Test
    void aPluralTitleBeforeGivenNamesThatShareASurnameIsEachOnesTitle() {
        Briefing b = analyse("The firm, whose Directors Sandra and Darren Calloway were joined by their son, said it was pleased.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Sandra Calloway", "Director"), tuple("Darren Calloway", "Director"));
    }

    @Test
    void aGivenNameAloneBeforeAWhoClauseIsAPerson() {
        Briefing b = analyse("Michael, who is 16, was last seen in Aylesbury at around 1.40pm yesterday.",
                "The police describe Michael as five foot eight inches tall.");
        assertThat(b.people()).extracting(Person::name).containsExactly("Michael");
    }

    @Test
    void malayWordsForAVillageARiverAndASchoolMakePlacesAndBodies() {
        Briefing b = analyse("The secretariat said 39 people from 13 families from Kampung Sungai Bembang, Kuala Terong, were housed at the centre.");
        assertThat(b.people()).isEmpty();
    }

    @Test
    void aHeInCapitalsBeforeWordsInCapitalsIsNoExcellency() {
        Briefing b = analyse("But no, HE KNOWS HER POINT BETTER THAN SHE DOES: it worked because he worked hard.");
        assertThat(b.people()).isEmpty();
    }

    @Test
    void aFirmNamedAfterItsFounderKeepsItsSurnameAloneAndItsNameWithoutTheLegalForm() {
        Briefing b = analyse("B.K. Wilmers Corp. agreed to be bought by Primerico Corp., which will pay shares for the rest of Wilmers.",
                "Its services are sold by closely held B.K. Wilmers & Associates.");
        assertThat(b.people()).isEmpty();
        assertThat(b.organisations()).extracting(NamedEntity::name).contains("B.K. Wilmers Corp.").doesNotContain("B.K. Wilmers");
    }

    @Test
    void aMonthsNameIsASurnameAfterAGivenNameAndAGivenNameBeforeASurname() {
        Briefing b = analyse("A farmer says it is a dream come true.", "James May, from Bromsgrove, has only been showing cattle for five years.",
                "The season ends with August Wilson's Jitney.", "In August Chris Monkton's first musical opens.");
        assertThat(b.people()).extracting(Person::name).contains("James May", "August Wilson", "Chris Monkton")
                .doesNotContain("May", "Wilson", "August Chris Monkton");
    }

    @Test
    void aRelativeClauseSaysTheRoleOfANameAfterAPreposition() {
        Briefing b = analyse("Helen Seeley chatted with Adrienne Jacks, who is the assistant to the hospice's chief executive, before the walk.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Adrienne Jacks", "assistant to the hospice's chief executive"));
    }

    @Test
    void schoolsNamedForTheirPupilsAndThingsNamedAfterAPersonAreNoPeople() {
        Briefing b = analyse("Butere Girls beat Nyakach Girls 2-1 in the final, coach Ann Wekesa said.",
                "The hospital opened its new Jim Carnegie Cancer Treatment centre today.");
        assertThat(b.people()).extracting(Person::name).containsExactly("Ann Wekesa");
    }

    @Test
    void aSaintsNameAloneIsAPlaceOrWhatIsNamedAfterTheSaint() {
        Briefing b = analyse("He was walking to his home in the Sunrise community in St Andrew when he was attacked, Inspector Dale Morrison said.",
                "In the play-off, St Joseph's Kitale beat Kirangari 6-0.");
        assertThat(b.people()).extracting(Person::name).containsExactly("Dale Morrison");
        assertThat(b.places()).extracting(NamedEntity::name).contains("St Andrew");
    }

    @Test
    void aNameInBracketsAfterAFullNameIsTheirTeamOrPublisherUnlessTheTextSpeaksOfACast() {
        Briefing b = analyse("Women's winner: Alicia Towerby (Le Col-Wahoo).", "The Broken Word by Adam Fouldes (Jonathan Capel) was shortlisted.");
        assertThat(b.people()).extracting(Person::name).contains("Alicia Towerby", "Adam Fouldes").doesNotContain("Le Col-Wahoo", "Jonathan Capel");
        Briefing film = analyse("Groundhog Day 1993", "Self-centred weatherman Phil Connell (Bill Murrow) is forced to relive the same day.",
                "The film was a hit.");
        assertThat(film.people()).extracting(Person::name, Person::role).contains(tuple("Bill Murrow", "actor playing Phil Connell"));
    }

    @Test
    void initialsWithoutTheirStopsStartAName() {
        Briefing b = analyse("Speaking on the attack, City police commissioner A K Khanna said there were doubts.",
                "The award went to singer K J Yesudasan and to painters F N Souzan and M F Husaini.",
                "The Bench comprised Justices AK Sikriwal, RK Agarwala, Arun Mishran and AM Khanwilkar.",
                "Funds sold junk issues, such as RJR Nabisco, to raise cash.");
        assertThat(b.people()).extracting(Person::name).contains("A K Khanna", "K J Yesudasan", "F N Souzan", "M F Husaini",
                "RK Agarwala", "AM Khanwilkar").doesNotContain("Khanna", "RJR Nabisco");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("RK Agarwala", "Justice"), tuple("K J Yesudasan", "singer"));
        assertThat(b.organisations()).extracting(NamedEntity::name).contains("RJR Nabisco");
    }
}

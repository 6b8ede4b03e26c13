package app.briefingpack.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.analysis.TestArticles;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.NamedEntity;
import app.briefingpack.model.Person;

/**
 * Places, buildings, prizes and shops named after people are no people; people whose names have
 * initials or surnames that are also nouns for things stay whole people. Sentences written for
 * this test.
 */
class NamedAfterPeopleTest {

    private static final String THINGS = String.join("\n\n",
            "Crews drained Gordon Reservoir on Monday, and the trail through Ellen Hollow stays closed until spring.",
            "The renovated Warren Mall is named after a former King County assessor, and the council wants to rename "
                    + "the old span \"The Emperor Carlos Bridge\".",
            "The bakery on Ramsey Ave closed in March. The mall opened in 1985 with Kendrick's and Pell's as anchors; "
                    + "Pell's was later sold. Larkin's was sold and became Fenwick's in 1992.",
            "Two Nobel laureates and a Pulitzer winner spoke at the dinner. Seven Nobel laureates have taught at the school.",
            "The singer was inducted into the Hall of Fame in 2004.");

    private static final String PEOPLE = String.join("\n\n",
            "Gus Hall said the strike would go on, and the chemist Nora Marsh agreed with him.",
            "Paul Ledger, who chairs the board, backed the plan. Ledger said the vote was close.",
            "Guests included Anna Berg, Thomas P. Whitfield and Lisa Moreau.",
            "Lt. Gen. Harold Quist led the attack on the town. Marta Fleming fell in love with Daniel Okoro while at school.",
            "For the evening news, I'm Sara Koto. Earlier, Lewis Jones' sister pleaded with him to come home.",
            "If Walter Trump wins, the band will play with Jason Bell and Emma Stone at the club.");

    private static final String NAMED_AFTER = String.join("\n\n",
            "The Harriet Cole Skatepark opened on Friday. It is named after Harriet Cole, who taught at the school for forty years.",
            "Please turn to Tab 7 of the binder. The F-16 Falcon and the EA-6 Prowler flew over the crowd.",
            "Earlier studies (Okafor et al., 2019; Brandt, 2020) found the same effect.",
            "Ana Lucia spoke first. Ana Lucia Ferreira, her cousin, and Pedro Ferreira followed.");

    private static Briefing analyse(String name, String body) {
        return new Analyser().analyse(TestArticles.of(name, Metadata.empty(), body));
    }

    @Test
    void placesPrizesAndShopsNamedAfterPeopleAreNoPeople() {
        Briefing b = analyse("things.txt", THINGS);
        assertThat(b.people()).extracting(Person::name).isEmpty();
        assertThat(b.places()).extracting(NamedEntity::name).contains("King County", "Ramsey Ave");
        assertThat(b.organisations()).extracting(NamedEntity::name).contains("Kendrick", "Pell", "Larkin", "Fenwick");
    }

    @Test
    void surnamesThatAreNounsAndNamesWithInitialsStayPeople() {
        Briefing b = analyse("people.txt", PEOPLE);
        assertThat(b.people()).extracting(Person::name).containsExactlyInAnyOrder("Gus Hall", "Nora Marsh", "Paul Ledger",
                "Anna Berg", "Thomas P. Whitfield", "Lisa Moreau", "Harold Quist", "Marta Fleming", "Daniel Okoro", "Sara Koto",
                "Lewis Jones", "Walter Trump", "Jason Bell", "Emma Stone"); // surnames that name objects, not places
        // "Lt. Gen.", with the tokenizer's split full stop, is one role and no person "Gen"
        assertThat(b.people()).extracting(Person::name, Person::role)
                .contains(org.assertj.core.groups.Tuple.tuple("Harold Quist", "Lieutenant General"));
    }

    @Test
    void aPersonsNameAndAThingsWordNameAThingButAFamilyNameStaysAPerson() {
        assertThat(analyse("named-after.txt", NAMED_AFTER).people()).extracting(Person::name).containsExactlyInAnyOrder(
                "Harriet Cole", "Okafor", "Brandt", "Ana Lucia Ferreira", "Pedro Ferreira"); // "Ana Lucia" is Ana Lucia Ferreira
    }

    @Test
    void anEmailMadeOfTheSurnameAndAnInitialWithoutItsStopKeepAPersonWhole() {
        String body = String.join("\n\n",
                "Joost Ruijter j.ruijter@example.nl Vrije Universiteit Amsterdam, the Netherlands",
                "The fisherman R Natarajan lost his boat. Image: R Natarajan.");
        Briefing b = analyse("bylines.txt", body);
        assertThat(b.people()).extracting(Person::name).containsExactlyInAnyOrder("Joost Ruijter", "R Natarajan");
        Person natarajan = b.people().stream().filter(p -> p.name().equals("R Natarajan")).findFirst().orElseThrow();
        // both mentions cover the initial, also where the model did not read the name
        assertThat(natarajan.mentions()).hasSize(2).allMatch(m -> m.end() - m.begin() == "R Natarajan".length());
    }

    @Test
    void doctorSpelledOutIsATitleAndAnAgreementIsNoPerson() {
        Briefing b = analyse("clinic.txt", "Our family has trusted Doctor Hank Morrow with our teeth for years. "
                + "Sadie Paris signed the Paris Agreement on behalf of the town.");
        assertThat(b.people()).extracting(Person::name, Person::role).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Hank Morrow", "doctor"), org.assertj.core.groups.Tuple.tuple("Sadie Paris", null));
    }

    @Test
    void aTitleWithOfEndsBeforeASurnameAlone() {
        Briefing b = analyse("talks.txt", "Secretary of State Orlov said the talks would resume in Geneva.");
        assertThat(b.people()).extracting(Person::name, Person::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Orlov", "Secretary of State"));
    }
}

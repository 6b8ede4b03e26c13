package app.briefingpack.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.analysis.TestArticles;
import app.briefingpack.analysis.nlp.LanguageModels;
import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.TextAnnotator;
import app.briefingpack.lexicon.WordNet;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.Person;

/**
 * The role candidates a sentence offers and the shipped {@link RoleModel}'s choice among them, on
 * sentences and names written for this test: shapes the patterns of {@link RoleFinder} leave
 * without a role, and a relation that belongs to someone else.
 */
class LearnedRolesTest {

    private static Briefing analyse(String... paragraphs) {
        return new Analyser().analyse(TestArticles.of("learned-roles.txt", Metadata.empty(), String.join("\n\n", paragraphs)));
    }

    private static List<RoleCandidates.Candidate> candidates(String sentence, String name) {
        TaggedSentence s = new TextAnnotator(LanguageModels.get()).tag(0, sentence, 0, 1);
        int begin = sentence.indexOf(name);
        int from = -1, to = -1;
        BitSet people = new BitSet();
        for (int k = 0; k < s.tokens().size(); k++) {
            var t = s.tokens().get(k);
            // a possessive stays on the name's last token ("Brandl's"), as the tokenizer leaves it
            if (t.begin() >= begin && t.begin() < begin + name.length()) {
                if (from < 0) from = k;
                to = k + 1;
            }
        }
        people.set(from, to);
        NameRun run = new NameRun(s, from, to, name, begin, begin + name.length(), null);
        return new RoleCandidates(WordNet.get(), new PersonNouns(WordNet.get())).of(run, people, o -> false);
    }

    @Test
    void aCandidateIsAPhraseHeadedByAWordForAPersonWithItsComplement() {
        assertThat(candidates("The draft was tabled by Chairperson of the Rules Committee, Nirmala Basnet.", "Nirmala Basnet"))
                .extracting(RoleCandidates.Candidate::role).containsExactly("Chairperson of the Rules Committee");
        // a compound's last word is its head, so "Prime" alone is no candidate
        assertThat(candidates("Prime Minister Tavita Leota arrived late.", "Tavita Leota"))
                .extracting(RoleCandidates.Candidate::role).containsExactly("Prime Minister");
        // one person's role is singular, without the number of people it counted
        assertThat(candidates("Three lawmakers, Sunita Rai, walked out.", "Sunita Rai"))
                .extracting(RoleCandidates.Candidate::role).containsExactly("lawmaker");
    }

    @Test
    void featuresSayWhereTheCandidateStandsAndWhatLiesBetween() {
        RoleCandidates.Candidate artist = candidates("The trophy was designed by artist, Tomas Verhoeven.", "Tomas Verhoeven").get(0);
        assertThat(artist.role()).isEqualTo("artist");
        assertThat(artist.features()).contains("dir=B", "gap=B1", "btw=B,_", "nearest=B", "head=artist");
        // after the name, "whose parents", "his grandfather": relations of the person, no candidate
        assertThat(candidates("Paul Ostrander, whose parents were on the ferry, spoke.", "Paul Ostrander")).isEmpty();
        assertThat(candidates("They named Owen Pryor after his grandfather.", "Owen Pryor")).isEmpty();
        // a word the tagger reads as an adjective or an adverb, a phrase across a semicolon, a modifier joined to the next
        assertThat(candidates("Marco Arment was stupid and no longer relevant.", "Marco Arment")).isEmpty();
        assertThat(candidates("He thanked the volunteers; Dora Finch also spoke.", "Dora Finch")).isEmpty();
        assertThat(candidates("Rosa Mendes is a beloved and respected member.", "Rosa Mendes"))
                .extracting(RoleCandidates.Candidate::role).doesNotContain("beloved");
        // right after a possessive name, a relation of the person; further on, a description that may be them
        assertThat(candidates("It was Tomas Brandl's younger sister who called.", "Tomas Brandl")).isEmpty();
        assertThat(candidates("She is Maria Castro's younger sister, Ilse.", "Maria Castro")).extracting(RoleCandidates.Candidate::role)
                .doesNotContain("sister");
        assertThat(candidates("Tomas Brandl's season is over after the batsman hurt his hand.", "Tomas Brandl"))
                .extracting(RoleCandidates.Candidate::role).containsExactly("batsman");
    }

    @Test
    void theModelGivesARoleThePatternsMiss() {
        Briefing b = analyse("The trophy was designed by artist, Tomas Verhoeven.",
                "Directors facing charges are Ann Baker, Tom Halvorsen and Li Wei.");
        assertThat(b.people()).extracting(Person::name, Person::role, Person::roleInferred).contains(tuple("Tomas Verhoeven", "artist", true),
                tuple("Ann Baker", "director", true), tuple("Tom Halvorsen", "director", true), tuple("Li Wei", "director", true));
    }

    @Test
    void aStatedRoleIsNoInferenceAndNoQuestionRestsOnALearnedOne() {
        Briefing b = analyse("The trophy was designed by artist, Tomas Verhoeven.",
                "The city paid for it. Critics were unsure of the design.");
        assertThat(b.people()).extracting(Person::name, Person::roleInferred).contains(tuple("Tomas Verhoeven", true));
        assertThat(b.questions()).noneMatch(q -> q.text().contains("Who is Tomas Verhoeven"));
        Briefing stated = analyse("Tomas Verhoeven, the city's architect, designed the trophy.", "The city paid for it.");
        assertThat(stated.people()).extracting(Person::name, Person::role, Person::roleInferred)
                .contains(tuple("Tomas Verhoeven", "city's architect", false));
        assertThat(stated.questions()).anyMatch(q -> q.text().contains("Who is Tomas Verhoeven"));
    }

    @Test
    void someoneElsesRelationIsNoRole() {
        Briefing b = analyse("Paul Ostrander, whose parents were on the ferry, told reporters his mother had survived.");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(tuple("Paul Ostrander", null));
    }
}

package app.briefingpack.analysis.entities;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import app.briefingpack.analysis.nlp.Token;

/**
 * The role "as" gives the subject of a sentence: "Rodgers enjoyed his first win as Liverpool
 * manager", "Chris Gabriele started working in the park as a whale biologist", "Cale serves as
 * playwright, lyricist and performer". The name starts the sentence, no other name comes before
 * "as", and the phrase after it is a noun phrase whose head is a word for a person. A stage of
 * life ("as a child") is no role, nor what someone is called ("known as") or compared to ("as
 * well as", "such as").
 */
final class AsRoles {

    /** Nouns for a stage of life or a relation to the speaker, which "as" gives without a role: "as a boy", "as a friend". */
    private static final Set<String> NO_ROLE = java.util.stream.Stream.of(PersonNouns.ANYONE, PersonNouns.LIFE_STAGES, Set.of("friend", "guest"))
            .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Words before "as" that make it no role's: "known as", "as well as", "such as", "so as", "just as". */
    private static final Set<String> NOT_BEFORE = Set.of("known", "well", "such", "so", "just", "same", "regarded", "seen",
            "described", "considered", "dubbed", "hailed", "branded", "labelled", "labeled", "portrayed", "viewed");
    /** Tags of words that end the phrase: "as a boy in Ohio", "as he enjoyed". */
    private static final Set<String> CLOSED_TAGS = Set.of("ADP", "DET", "PRON", "CCONJ", "SCONJ", "PUNCT", "AUX", "PART", "NUM", "ADV");
    /** The longest opening "as" phrase, up to its comma: "As new cabinet secretary for education,". */
    private static final int MAX_OPENING = 10;
    /** The longest phrase read after "as". */
    private static final int MAX_WORDS = 6;

    private final PersonNouns personNouns;

    AsRoles(PersonNouns personNouns) {
        this.personNouns = personNouns;
    }

    Optional<String> role(NameRun run) {
        List<Token> t = run.sentence().tokens();
        // "As new cabinet secretary for education, Fiona Hyslop brings ...": an opening "as" phrase is the subject's
        int comma = 0;
        while (comma < t.size() && !t.get(comma).text().equals(",")) comma++;
        if (!t.isEmpty() && t.get(0).text().equals("As") && comma > 1 && comma < MAX_OPENING && RoleFinder.titleStart(run) == comma + 1)
            return phraseAfter(run, 1);
        // the subject only, at the sentence's start or after a colon or semicolon ("Other changes include: X becoming ...; Y moving ...")
        int first = RoleFinder.titleStart(run);
        // ("He will take over from X, who was appointed as the interim coach": or a relative clause about the name, to its end)
        boolean relative = run.to() + 1 < t.size() && t.get(run.to()).text().equals(",") && t.get(run.to() + 1).text().equals("who");
        if (first != 0 && !t.get(first - 1).text().matches("[:;]") && !relative) return Optional.empty();
        for (int k = relative ? run.to() + 2 : run.to(); k < t.size() - 1; k++) {
            Token w = t.get(k);
            if (relative && w.text().equals(",")) return Optional.empty();
            // another person's name before "as": the role may be theirs ("Smith named Jones as ...")
            if (isPersonsName(t, k)) return Optional.empty();
            // the sentence ends, or a quotation starts: "Angela added: “She was proud of her work as a councillor.”"
            if (w.text().matches("[.;:\"“”]|``|''")) return Optional.empty();
            // "X moves from the Home Office to become foreign secretary", "Y becoming the new chief whip": the office taken
            boolean becomes = w.text().equals("becoming") || w.text().equals("become") && t.get(k - 1).text().equals("to");
            if (becomes) {
                Optional<String> role = phraseAfter(run, k + 1);
                if (role.isPresent()) return role;
            }
            if (!w.text().equals("as") || k == run.to() || NOT_BEFORE.contains(t.get(k - 1).text().toLowerCase(Locale.ROOT))) continue;
            Optional<String> role = phraseAfter(run, k + 1);
            if (role.isPresent()) return role;
        }
        return Optional.empty();
    }

    /** A given name and a surname: "Jones" in "Smith named Ann Jones", not "Denali National Park". */
    private static boolean isPersonsName(List<Token> t, int k) {
        return t.get(k).isProperNoun() && GivenNames.contains(t.get(k).text()) && k + 1 < t.size() && t.get(k + 1).isProperNoun()
                && !Gazetteers.isOrganisationWord(t.get(k + 1).text()) && !Gazetteers.PLACE_WORDS.contains(t.get(k + 1).text());
    }

    /** A noun phrase from {@code from} whose last word is a word for a person, with its modifiers and the words for a person joined to it. */
    private Optional<String> phraseAfter(NameRun run, int from) {
        List<Token> t = run.sentence().tokens();
        int k = from;
        if (k < t.size() && Gazetteers.ARTICLES.contains(t.get(k).text().toLowerCase(Locale.ROOT))) k++;
        int start = k;
        int head = -1;
        for (; k < t.size() && k - start < MAX_WORDS; k++) {
            Token w = t.get(k);
            String text = w.text();
            boolean lower = !text.isEmpty() && text.chars().allMatch(c -> Character.isLowerCase(c) || c == '-');
            boolean title = !lower && NameRunFinder.TITLE_CASE_WORD.matcher(text).matches() && k > start
                    && Gazetteers.TITLES.contains(text); // "as Chief Executive Officer"
            // ("chief executive in March": a word also an adjective is the head where the phrase ends)
            boolean endsPhrase = k + 1 >= t.size() || CLOSED_TAGS.contains(t.get(k + 1).tag());
            if (lower && personNouns.mainly(text) && (!(w.isAdjective() && personNouns.isAdjective(text)) || endsPhrase && head >= 0) || title) { // not "as possible"
                head = k;
            } else if (head >= 0 && (text.equals(",") || text.equals("and")) && k + 1 < t.size() && (isPersonWord(t.get(k + 1))
                    || k + 2 < t.size() && RolePhrases.isLowerCase(t.get(k + 1)) && isPersonWord(t.get(k + 2)))) {
                continue; // "playwright, lyricist and performer", "chairman, president and chief executive"
            } else if (!(lower && !CLOSED_TAGS.contains(w.tag()) || w.isProperNoun() && head < 0)) {
                // (a modifier may be tagged as a verb: "a bear biologist")
                break;
            }
        }
        if (head < 0 || NO_ROLE.contains(t.get(head).text())) return Optional.empty();
        // "..., as Air Chief Marshal Birender Singh Dhanoa assumed charge": a title before a name is that person's
        if (head + 1 < t.size() && NameRunFinder.isNameToken(t.get(head + 1)) && !RolePhrases.isLowerCase(t.get(head))) return Optional.empty();
        String text = run.sentence().text().substring(t.get(start).begin() - run.sentence().begin(), t.get(head).end() - run.sentence().begin());
        return Optional.of(text);
    }

    private boolean isPersonWord(Token t) {
        String text = t.text();
        return !text.isEmpty() && text.chars().allMatch(c -> Character.isLowerCase(c) || c == '-') && personNouns.mainly(text);
    }
}

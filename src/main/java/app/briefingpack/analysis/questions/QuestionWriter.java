package app.briefingpack.analysis.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import app.briefingpack.analysis.argument.Argument;
import app.briefingpack.analysis.entities.Entities;
import app.briefingpack.analysis.entities.Entity;
import app.briefingpack.model.Point;
import app.briefingpack.model.Question;
import app.briefingpack.model.SourceCitation;

/**
 * Writes 4-6 discussion questions from templates filled with the article's own thesis, points,
 * sources and people, each tied to the paragraph it is about: one on the thesis, one on the
 * evidence for a key point, one on a source's reliability, one on a counterpoint, and, when the
 * article gives them, one on a person's role and one on a second source. A writer is made for one
 * article's names.
 */
public final class QuestionWriter {

    /** The first words of the article's names: a clause starting with one keeps its capital. */
    /** A sentence longer than this is quoted in part rather than run into the question. */
    private static final int MAX_CLAUSE_WORDS = 22;
    private static final int QUOTE_WORDS = 16;

    private final Set<String> nameWords = new java.util.HashSet<>();

    public QuestionWriter(Entities entities) {
        for (List<Entity> list : List.of(entities.people(), entities.organisations(), entities.places(), entities.groups())) {
            for (Entity e : list) {
                String[] words = e.name().strip().split("[\\s-]+");
                if (words.length > 0) nameWords.add(words[0].replaceAll("[^\\p{L}.]", "")); // "---" has none (fuzzing)
            }
        }
    }

    /**
     * The question on the thesis. Public so that a teacher's corrected thesis replaces the one the
     * analysis wrote (the question quoting the old thesis is found by writing it again).
     */
    public static Question thesisQuestion(String thesis, int paragraph) {
        return new Question("The article argues: “" + quoteHead(thesis) + "” In your own words, what does"
                + " the author want to happen, and what reasons are given for it?", paragraph);
    }

    public List<Question> write(Argument argument, List<SourceCitation> sources, Entities entities) {
        List<Question> out = new ArrayList<>();
        if (argument.thesis() != null) out.add(thesisQuestion(argument.thesis(), argument.thesisParagraph()));
        Point evidenced = null;
        for (Point p : argument.keyPoints()) {
            boolean supported = sources.stream().anyMatch(s -> Math.abs(s.paragraph() - p.paragraph()) <= 1);
            if (supported || evidenced == null) evidenced = p;
            if (supported) break;
        }
        if (evidenced != null) {
            String claim = words(evidenced.text()) <= MAX_CLAUSE_WORDS ? "The author claims that " + clause(evidenced.text()) + "."
                    : "Paragraph " + evidenced.paragraph() + " says: “" + quoteHead(evidenced.text()) + "”";
            out.add(new Question(claim + " What evidence does the"
                    + " article offer for this, and is it enough to convince you?", evidenced.paragraph()));
        }
        SourceCitation first = null;
        SourceCitation second = null;
        for (SourceCitation c : sources) {
            if (c.speaker() == null && c.source() == null) continue;
            if (first == null) first = c;
        }
        if (first != null) out.add(reliability(first));
        if (!argument.counterpoints().isEmpty()) {
            Point c = argument.counterpoints().get(0);
            String admits = words(c.text()) <= MAX_CLAUSE_WORDS ? "The author admits that " + clause(c.text()) + "."
                    : "In paragraph " + c.paragraph() + " the author admits: “" + quoteHead(c.text()) + "”";
            out.add(new Question(admits + " How does the article answer this"
                    + " objection, and is the answer convincing?", c.paragraph()));
        }
        Entity introduced = null;
        for (Entity person : entities.people()) {
            if (person.role() == null || person.mentions().isEmpty() || person.role().startsWith("author")) continue;
            introduced = person;
            out.add(new Question("The article introduces " + person.name() + " as " + article(person.role()) + "."
                    + " Why might the author mention this, and how does it affect how you read what "
                    + person.name() + " says or does?", person.mentions().get(0).paragraph()));
            break;
        }
        // A second source, from someone the questions have not yet asked about.
        for (SourceCitation c : sources) {
            if (c == first || c.speaker() == null && c.source() == null || same(c, first)) continue;
            if (introduced != null && introduced.name().equals(c.speaker())) continue;
            second = c;
            break;
        }
        if (out.size() < 6 && second != null) out.add(reliability(second));
        return out.size() > 6 ? out.subList(0, 6) : out;
    }

    private static boolean same(SourceCitation a, SourceCitation b) {
        return java.util.Objects.equals(a.source(), b.source()) && java.util.Objects.equals(a.speaker(), b.speaker());
    }

    private Question reliability(SourceCitation c) {
        String who;
        if (c.speaker() != null && c.source() != null && !c.source().contains(c.speaker())) {
            who = "what " + clause(c.speaker()) + " told " + c.source();
        } else if (c.speaker() != null) {
            who = "what " + clause(c.speaker()) + " said";
        } else {
            who = "the report in " + c.source();
        }
        String relies = c.claim() != null && words(c.claim()) <= MAX_CLAUSE_WORDS
                ? "The article relies on " + who + ": that " + clause(c.claim()) + "."
                : "The article relies on " + who + " (paragraph " + c.paragraph() + ").";
        return new Question(relies + " How reliable is this"
                + " source, what might it gain from the claim, and how could you check it?", c.paragraph());
    }

    /** A sentence made to run on inside another: no final stop, lower-case opening word unless a name. */
    private String clause(String sentence) {
        String s = trimEnd(sentence.strip());
        if (s.isEmpty()) return s; // a claim of punctuation only ("?"), found by fuzzing
        int space = s.indexOf(' ');
        String firstWord = (space > 0 ? s.substring(0, space) : s).replaceAll("[^\\p{L}.]", "");
        boolean name = nameWords.contains(firstWord) || firstWord.length() > 1 && firstWord.equals(firstWord.toUpperCase(Locale.ROOT));
        if (!name && !firstWord.equals("I")) s = Character.toLowerCase(s.charAt(0)) + s.substring(1);
        return s;
    }

    /**
     * Questions are printed on a one-page brief: a long sentence is quoted only up to a clause
     * boundary (or a word limit) and marked as cut, instead of being pasted whole.
     */
    static String quoteHead(String sentence) {
        String s = sentence.strip();
        String[] w = s.split("\\s+");
        if (w.length <= QUOTE_WORDS + 4) return s.matches(".*[.!?]$") ? s : s + ".";
        int cut = -1;
        for (int i = QUOTE_WORDS - 1; i >= 7 && cut < 0; i--) {
            if (w[i].matches(".*[,;:—–]$")) cut = i;
        }
        if (cut < 0) cut = QUOTE_WORDS - 1;
        StringBuilder head = new StringBuilder();
        for (int i = 0; i <= cut; i++) head.append(i == 0 ? "" : " ").append(w[i]);
        return head.toString().replaceAll("[,;:—–]+$", "") + "…";
    }

    private static int words(String s) {
        return s == null || s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static String trimEnd(String s) {
        return s.strip().replaceAll("[.!?;:,]+$", "");
    }

    private static String article(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        if (lower.startsWith("from ")) return "someone " + role;
        if (lower.startsWith("the ") || lower.startsWith("a ") || lower.startsWith("an ")) return role;
        if (Character.isUpperCase(role.charAt(0)) && !lower.startsWith("former")) return role;
        return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + role;
    }
}

package app.briefingpack.analysis.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.Token;

/**
 * Authors in author–year citations, the way papers and science writing name the people whose
 * work they cite: "(Biggs et al., 2011)", "(Rueda, Checa, & Cómbita, 2012)", "Cruse and Croft
 * (2004)". Each name in the list of authors is a person's.
 *
 * <p>A name followed by a year in brackets is also a film's or a book's ("Stoker (2013), Belle
 * (2013)" in an actor's biography), so that form, and a list of authors followed by a bare year
 * ("Polio and Gass 1997"), count only in a text that cites in the unmistakable forms: "et al."
 * or a parenthesised list of names ending in a comma and a year.
 */
final class Citations {

    private static final Pattern YEAR = Pattern.compile("(?:1[5-9]|20)\\d\\d[a-z]?");
    private static final Set<String> LIST_SEPARATORS = Set.of(",", "&", "and");
    /** Tokens a list of authors is made of; a longer run is no list. */
    private static final int LONGEST_LIST = 16;

    private Citations() {
    }

    /**
     * The one-word names the text cites as authors somewhere: each is a person's wherever the text
     * uses it alone ("Quilis's terms" after "Quilis (1964)"). One pass gathers the names cited in
     * the unmistakable forms and those cited in the looser ones; the looser count only when the
     * text has an unmistakable citation, by any name ("Filippini Fantoni et al." too).
     */
    static Set<String> authors(List<TaggedSentence> sentences) {
        Set<String> unmistakable = new HashSet<>();
        Set<String> loose = new HashSet<>();
        boolean textCites = false;
        for (TaggedSentence s : sentences) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (!NameRunFinder.isNameToken(t.get(i))) continue;
                boolean single = (i == 0 || !NameRunFinder.isNameToken(t.get(i - 1))) && (i + 1 == t.size() || !NameRunFinder.isNameToken(t.get(i + 1)));
                String name = NameRunFinder.stripPossessive(t.get(i).text());
                if (etAlAt(t, i + 1) || inParenthesisedList(t, i, i + 1)) {
                    textCites = true;
                    if (single) unmistakable.add(name);
                } else if (single && looselyCited(t, i, i + 1)) {
                    loose.add(name);
                }
            }
        }
        if (textCites) unmistakable.addAll(loose);
        return unmistakable;
    }

    /** "Quilis (1964)", "Cruse and Croft (2004)", "Polio and Gass 1997": the name at {@code from..to} is in a list of names before a year. */
    private static boolean looselyCited(List<Token> t, int from, int to) {
        // "Elevator to the Gallows (1958)": a title's last word, not an author
        if (from > 0 && t.get(from - 1).text().equalsIgnoreCase("the")) return false;
        int end = endOfList(t, to);
        if (end < 0 || end >= t.size()) return false;
        return YEAR.matcher(t.get(end).text()).matches()
                || t.get(end).text().equals("(") && end + 1 < t.size() && YEAR.matcher(t.get(end + 1).text()).matches();
    }

    /** "et al." at {@code i}. */
    private static boolean etAlAt(List<Token> t, int i) {
        return i + 1 < t.size() && t.get(i).text().equals("et") && t.get(i + 1).text().matches("al\\.?");
    }

    /**
     * "(Mulligan, 2016)", "(Rueda, Checa, & Cómbita, 2012)", "; Feng, Spence, & Pratt, 2007)": the
     * name at {@code from..to} is in a list of names opened by a bracket or a semicolon and closed
     * by a comma and a year.
     */
    private static boolean inParenthesisedList(List<Token> t, int from, int to) {
        int end = endOfList(t, to);
        if (end < 1 || end >= t.size() || !YEAR.matcher(t.get(end).text()).matches() || !t.get(end - 1).text().equals(",")) return false;
        for (int i = from - 1, steps = 0; i >= 0 && steps < LONGEST_LIST; i--, steps++) {
            String text = t.get(i).text();
            if (text.equals("(") || text.equals(";")) return true;
            if (!partOfAList(t.get(i)) || NameRunFinder.isNameToken(t.get(i)) && NameRunFinder.isNameToken(t.get(i + 1))) return false;
        }
        return false;
    }

    /**
     * The index of the first token after the list of names that goes on from {@code i}, or -1 when
     * it runs too long or holds two names in a row: authors are cited by surname, so "(Les Amants,
     * 1959)" is a film's title and year.
     */
    private static int endOfList(List<Token> t, int i) {
        if (i < t.size() && (t.get(i).text().equals("'s") || t.get(i).text().equals("’s"))) i++; // "Navarro's (2016)"
        for (int steps = 0; i < t.size(); i++, steps++) {
            if (steps > LONGEST_LIST || NameRunFinder.isNameToken(t.get(i)) && NameRunFinder.isNameToken(t.get(i - 1))) return -1;
            if (!partOfAList(t.get(i))) return i;
        }
        return i;
    }

    private static boolean partOfAList(Token token) {
        return LIST_SEPARATORS.contains(token.text()) || NameRunFinder.isNameToken(token) || NameRunFinder.isInitial(token);
    }
}

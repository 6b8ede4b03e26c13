package app.briefingpack.analysis.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import app.briefingpack.text.Prose;

/**
 * Condenses the sentence around a date into a short label that says who did what: the date
 * phrase and its preposition come out, and so do openers ("Then", "However"), descriptive
 * asides between commas and trailing relative clauses; when the date sits inside a relative
 * clause ("the clerics who joined the resistance in 2004") the label is that clause with its
 * antecedent ("The clerics joined the resistance"). The words stay the article's own, so the
 * label stays grammatical; a label still too long ends at a clause boundary or with an ellipsis.
 */
final class EventLabeler {

    static final int MAX_WORDS = 20;

    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "during", "by", "since", "until",
            "over", "from", "before", "after", "through", "throughout", "as", "of", "for", "within", "around", "about");
    private static final Set<String> OPENERS = Set.of("then", "however", "meanwhile", "also", "and", "but", "so",
            "later", "earlier", "just", "only", "still", "yet", "since", "thus", "therefore", "moreover", "now");
    private static final Set<String> VERBISH = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "did", "does", "do", "said", "says", "be", "been");
    private static final Pattern RELATIVE = Pattern.compile("\\b(who|which|that)\\b");
    private static final Pattern QUANTIFIER_ASIDE = Pattern.compile(
            "^(most|many|some|all|several|one|none|both|each|few) of (them|whom|which)\\b.*|^(including|such as|which|who|whose|where|known as)\\b.*");

    private EventLabeler() {}

    /**
     * @param sentence  the whole sentence
     * @param begin     where the date expression starts in it
     * @param end       where it ends (exclusive)
     * @param names     people and organisations to start the label with when the sentence names one
     *                  after a description ("Former client X, Ahmed Chalabi, told ..."); may be empty
     */
    static String label(String sentence, int begin, int end, List<String> names) {
        String inRelative = relativeClauseLabel(sentence, begin, end);
        if (inRelative == null) inRelative = participleAsideLabel(sentence, begin, end);
        String text = inRelative != null ? inRelative : withoutDate(sentence, begin, end);
        text = dropOpeners(text);
        text = preferName(text, names);
        text = dropAsides(text);
        text = shorten(text);
        text = text.replaceAll("\\s+", " ").replaceAll("\\s+([,.;:!?])", "$1").strip();
        text = text.replaceAll("^[,;:\\s]+|[,;:\\s]+$", "");
        if (text.endsWith(".")) text = text.substring(0, text.length() - 1);
        // a quotation cut short still needs its closing mark
        if (text.chars().filter(c -> c == '“').count() > text.chars().filter(c -> c == '”').count()) text = text + "”";
        if (text.isEmpty()) return sentence.strip();
        return Prose.capitalise(text);
    }

    /** The sentence with the date phrase, its preposition and the comma after an opening date removed. */
    static String withoutDate(String s, int begin, int end) {
        String before = s.substring(0, begin);
        String after = s.substring(end);
        String[] words = before.stripTrailing().split("\\s+");
        if (words.length > 0 && PREPOSITIONS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            int cut = before.stripTrailing().lastIndexOf(words[words.length - 1]);
            before = before.substring(0, cut);
        }
        if (before.isBlank() || before.strip().matches("(?i)(then|just|and|but|so|however),?")) {
            after = after.replaceFirst("^\\s*,", "");
            if (before.strip().matches("(?i)(just|and|but|so|however),?")) before = "";
        }
        return before + after;
    }

    /** "the Sunni clerics who joined the resistance in 2004 are ..." gives "the Sunni clerics joined the resistance". */
    private static String relativeClauseLabel(String s, int begin, int end) {
        String before = s.substring(0, begin);
        Matcher m = RELATIVE.matcher(before);
        int relAt = -1;
        String pronoun = null;
        while (m.find()) { relAt = m.start(); pronoun = m.group(1); }
        if (relAt < 0) return null;
        String between = before.substring(relAt);
        if (between.contains(",") || between.contains(";")) return null;
        String lead = before.substring(0, relAt).stripTrailing();
        // ", which was drilled in 1958,": a subject relative after a comma describes the noun before it
        boolean aside = lead.endsWith(",");
        if (!"who".equals(pronoun) && !(aside && VERBISH.contains(firstWord(between.substring(pronoun.length()))))) return null;
        if (aside) lead = lead.substring(0, lead.length() - 1);
        String antecedent = antecedent(lead.split("\\s+"));
        if (antecedent == null) return null;
        int clauseStart = relAt + pronoun.length();
        String clause = withoutDate(s.substring(clauseStart, end), begin - clauseStart, end - clauseStart);
        return antecedent + " " + clause.strip();
    }

    /** The noun phrase a relative clause or aside describes: back to a comma, a conjunction or a verb, at most six words. */
    private static String antecedent(String[] w) {
        int from = w.length;
        while (from > 0 && w.length - from < 6) {
            String x = w[from - 1].toLowerCase(Locale.ROOT);
            if (x.endsWith(",") || x.equals("and") || x.equals("or") || VERBISH.contains(x)) break;
            from--;
        }
        return from == w.length ? null : String.join(" ", Arrays.copyOfRange(w, from, w.length));
    }

    private static final Pattern PARTICIPLE = Pattern.compile(
            "(?i)[a-z]+ed|built|begun|dug|made|written|born|taken|known|held|given|sold|won|shot|found|set up|laid|sunk|grown|chosen|elected");

    /** "The well, drilled in 1958, went dry": the date belongs to the aside, so the event is "The well was drilled". */
    private static String participleAsideLabel(String s, int begin, int end) {
        String before = s.substring(0, begin);
        int comma = before.lastIndexOf(',');
        if (comma < 0 || !s.substring(end).stripLeading().startsWith(",")) return null;
        String aside = before.substring(comma + 1).strip();
        String first = firstWord(aside);
        if (aside.split("\\s+").length > 6 || !PARTICIPLE.matcher(first).matches()) return null;
        String[] w = before.substring(0, comma).strip().split("\\s+");
        String antecedent = antecedent(w);
        if (antecedent == null) return null;
        String last = w[w.length - 1].toLowerCase(Locale.ROOT);
        boolean plural = last.endsWith("s") && !last.endsWith("ss");
        String clause = withoutDate(s.substring(comma + 1, end), begin - comma - 1, end - comma - 1).strip();
        return antecedent + (plural ? " were " : " was ") + clause;
    }

    private static String firstWord(String text) {
        String[] w = text.strip().split("\\s+");
        return w.length == 0 ? "" : w[0].toLowerCase(Locale.ROOT);
    }

    private static String dropOpeners(String text) {
        String t = text.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            int sp = t.indexOf(' ');
            if (sp < 0) break;
            String first = t.substring(0, sp).replaceAll(",$", "").toLowerCase(Locale.ROOT);
            if (OPENERS.contains(first)) { t = t.substring(sp + 1).strip(); changed = true; }
        }
        return t;
    }

    /** "Former U.S. client X, Ahmed Chalabi, told ...": start at the name. */
    private static String preferName(String text, List<String> names) {
        String[] parts = text.split(",", 3);
        if (parts.length < 3) return text;
        String middle = parts[1].strip();
        boolean isName = names.stream().anyMatch(n -> n.equalsIgnoreCase(middle))
                || middle.matches("(\\p{Lu}[\\p{L}'’.-]+ ){1,3}\\p{Lu}[\\p{L}'’.-]+");
        if (!isName || parts[0].split("\\s+").length > 14) return text;
        return middle + " " + parts[2].strip();
    }

    /**
     * Removes ", most of them former soldiers ...," and ", which is known ...," style asides, and a
     * descriptive aside between a short subject and its verb ("His latest book, Perils of
     * Dominance, will be published ...").
     */
    private static String dropAsides(String text) {
        List<String> parts = new ArrayList<>(Arrays.asList(text.split(",", -1)));
        if (parts.size() >= 3 && parts.get(0).strip().split("\\s+").length <= 4
                && startsWithVerb(parts.get(2)) && !startsWithVerb(parts.get(1))) {
            parts.remove(1);
            parts.set(0, parts.get(0) + " " + parts.remove(1).strip());
        }
        StringBuilder sb = new StringBuilder();
        boolean glue = false;
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i).strip().toLowerCase(Locale.ROOT);
            // a relative clause adds detail to the last noun: the label can end before it
            if (i > 0 && p.matches("^(which|who|whose|where)\\b.*")) break;
            if (i > 0 && QUANTIFIER_ASIDE.matcher(p).matches()) { glue = true; continue; }
            if (i > 0) sb.append(glue ? " " : ",");
            glue = false;
            sb.append(parts.get(i));
        }
        return sb.toString();
    }

    private static boolean startsWithVerb(String part) {
        String[] w = part.strip().split("\\s+");
        return w.length > 0 && VERBISH.contains(w[0].toLowerCase(Locale.ROOT));
    }

    private static String shorten(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= MAX_WORDS) return text;
        // end at a clause boundary when one falls late enough
        StringBuilder sb = new StringBuilder();
        int lastBoundary = -1;
        for (int i = 0; i < words.length && i < MAX_WORDS; i++) {
            if (i > 0) sb.append(' ');
            sb.append(words[i]);
            if (i >= 6 && (words[i].endsWith(",") || words[i].endsWith(";"))) lastBoundary = sb.length() - 1;
            if (i >= 6 && i + 1 < words.length && Set.of("who", "which", "because", "although", "while")
                    .contains(words[i + 1].toLowerCase(Locale.ROOT))) lastBoundary = sb.length();
        }
        if (lastBoundary > 0) return sb.substring(0, lastBoundary);
        // No clause ends early enough: the whole clause, never a label cut off with "…" (#19);
        // a long label makes a taller timeline row, and the brief shortens its own copy.
        return text;
    }
}

package app.briefingpack.analysis.time;

import java.util.List;
import java.util.Set;

/**
 * Guesses whether the clause around a temporal expression talks about the past or the future,
 * from the nearest tense marker in the same sentence: auxiliaries (will, shall, "is to be",
 * had, was), "-ed" forms and common irregular past forms. It decides whether "Friday" is the
 * last Friday or the next one, and whether "in May" is this May or last May. Light on
 * purpose: a bounded window on each side keeps it linear on any input.
 */
final class TenseGuesser {

    enum Tense { PAST, PRESENT, FUTURE, UNKNOWN }

    private static final int WINDOW = 20;

    /**
     * Present forms of verbs of schedule: "early voting ends Saturday", "the trial opens
     * Monday". News tells what has happened in the past tense, so the present simple with a
     * day names an arrangement still to come.
     */
    private static final Set<String> SCHEDULED = Set.of("begins", "begin", "starts", "opens", "ends", "closes", "resumes",
            "expires", "meets", "arrives", "leaves", "visits", "travels", "hosts", "returns", "convenes", "reconvenes",
            "kicks", "takes");
    private static final Set<String> FUTURE = Set.of("will", "shall", "ll", "tomorrow", "upcoming",
            "expects", "expect", "scheduled", "planned", "intends", "won", "payable");
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "ago", "said", "told", "met",
            "made", "went", "came", "took", "gave", "saw", "got", "began", "rose", "fell", "sold", "bought", "paid",
            "left", "held", "lost", "found", "became", "brought", "thought", "kept", "ran", "led", "spent", "built",
            "sent", "struck", "won", "knew", "wrote", "grew", "chose", "flew", "spoke", "yesterday", "last", "earlier",
            "fled", "tore", "broke", "drove", "threw", "stood", "fought", "caught", "sought", "taught", "felt", "heard",
            "stole", "arose", "withdrew", "drew", "froze", "rode", "shook", "underwent", "undertook", "overtook",
            "understood", "swept", "slept", "dealt", "hung", "laid", "lent", "sat", "woke", "forgot", "forgave",
            "overthrew", "swore", "sank", "hid", "bore", "meant", "stuck");
    /** Modals that put the clause ahead of the time of writing. */
    private static final Set<String> MODALS = Set.of("can", "should", "might", "must", "would");
    private static final Set<String> BE = Set.of("be", "been", "being", "is", "are", "am");
    private static final Set<String> PRESENT = Set.of("is", "are", "am", "says", "say", "now", "today");
    private static final Set<String> NOT_PAST_ED = Set.of("need", "speed", "indeed", "red", "bed", "hundred",
            "seed", "feed", "proceed", "exceed", "succeed", "united", "shed", "bred", "breed", "deed", "weed",
            "greed", "creed", "steed", "heed", "led", "fled", "wed", "sled", "ted", "ned", "ed", "fred", "reed");

    private TenseGuesser() {}

    /**
     * The tense of the clause around tokens [from, to): the nearest marker to the left in the
     * same sentence (English puts the governing verb before its time adverbial), else the
     * nearest to the right.
     */
    static Tense around(List<TimexToken> tokens, int from, int to) {
        for (int l = from - 1; l >= 0 && from - l <= WINDOW && !isSentenceEnd(tokens, l); l--) {
            Tense t = clue(tokens, l);
            if (t != Tense.UNKNOWN) return t;
        }
        for (int r = to; r < tokens.size() && r - to < WINDOW; r++) {
            Tense t = clue(tokens, r);
            if (t != Tense.UNKNOWN) return t;
            if (isSentenceEnd(tokens, r)) break;
        }
        return Tense.UNKNOWN;
    }

    /**
     * The tense for a date at tokens [from, to) that a deadline word introduces ("until
     * Tuesday", "by May", "as early as Friday"): such a date lies ahead unless the clause is
     * plainly past ("had been due until Friday").
     */
    static Tense forDate(List<TimexToken> tokens, int from, int to) {
        // "a pact effective June 1", "a new office, effective Feb. 1": the day a change takes
        // effect, which news announces ahead of it, whatever the tense of the announcement
        int p = from - 1;
        if (p >= 0 && tokens.get(p).is("on")) p--;
        if (p >= 0 && tokens.get(p).lower().equals("effective")) return Tense.FUTURE;
        Tense t = around(tokens, from, to);
        if (t != Tense.PAST && deadline(tokens, from)) return Tense.FUTURE;
        return t;
    }

    private static boolean deadline(List<TimexToken> tokens, int from) {
        int p = from - 1;
        if (p >= 0 && tokens.get(p).is("on")) p--;
        if (p < 0) return false;
        String w = tokens.get(p).lower();
        if (w.equals("until") || w.equals("till") || w.equals("by")) return true;
        // as early as, as soon as, as late as
        return p >= 2 && tokens.get(p).lower().equals("as") && tokens.get(p - 2).lower().equals("as")
                && Set.of("early", "soon", "late").contains(tokens.get(p - 1).lower());
    }

    static boolean isSentenceEnd(List<TimexToken> tokens, int i) {
        TimexToken t = tokens.get(i);
        if (t.kind() != TimexToken.Kind.PUNCT) return false;
        if (t.is("!") || t.is("?") || t.is(";")) return true;
        if (!t.is(".")) return false;
        if (i == 0) return true;
        TimexToken prev = tokens.get(i - 1);
        // "U.S.", "Sept.", "Mr." end no sentence
        if (prev.isWord() && (prev.text().length() <= 2 || Lexicon.MONTH_ABBREVIATIONS.contains(prev.lower()))) return false;
        return i + 1 >= tokens.size() || !tokens.get(i + 1).isWord() || tokens.get(i + 1).capitalised();
    }

    private static Tense clue(List<TimexToken> tokens, int i) {
        TimexToken t = tokens.get(i);
        if (!t.isWord()) return Tense.UNKNOWN;
        String w = t.lower();
        // "expected to join in April", "due to open", "plans to", "supposed to": a plan, whatever
        // the form of the verb; "plans" alone is mostly the noun. A plan that "had been" made
        // for a day has been overtaken: "had been due to expire Friday" is the past Friday.
        if (Set.of("expected", "scheduled", "planned", "planning", "plans", "plan", "due", "set", "likely", "going",
                "supposed").contains(w) && i + 1 < tokens.size() && tokens.get(i + 1).is("to"))
            return i >= 1 && (tokens.get(i - 1).is("been") || tokens.get(i - 1).is("had")) ? Tense.PAST : Tense.FUTURE;
        // "the hastily planned trip", "a service planned at the university for Saturday": a
        // participle describing a noun says nothing about the tense of the clause; the verb
        // takes an object or a date ("protesters planned a rally on Saturday", "planned for")
        if ((w.equals("planned") || w.equals("scheduled")) && i >= 1 && !BE.contains(tokens.get(i - 1).lower())
                && !tokens.get(i - 1).is("was") && !tokens.get(i - 1).is("were") && !tokens.get(i - 1).is("has")
                && !tokens.get(i - 1).is("had") && !tokens.get(i - 1).is("have")
                && !(i + 1 < tokens.size() && Set.of("for", "on", "a", "an", "the", "to").contains(tokens.get(i + 1).lower())))
            return Tense.UNKNOWN;
        if (SCHEDULED.contains(w)) return Tense.FUTURE;
        if (FUTURE.contains(w)) {
            if (w.equals("won") || w.equals("ll") && (i == 0 || !tokens.get(i - 1).is("'"))) return w.equals("won") ? Tense.PAST : Tense.UNKNOWN;
            return Tense.FUTURE;
        }
        if (w.equals("be") && i >= 2 && tokens.get(i - 1).is("to")) {
            String aux = tokens.get(i - 2).lower();
            if (aux.equals("is") || aux.equals("are") || aux.equals("going")) return Tense.FUTURE;
        }
        // "is going to", "is to resume trading Tuesday": an arrangement
        if (w.equals("to") && i >= 1 && (tokens.get(i - 1).is("going") || tokens.get(i - 1).is("is")
                || tokens.get(i - 1).is("are"))) return Tense.FUTURE;
        if (MODALS.contains(w)) return Tense.FUTURE;
        // "will be paid Dec. 14", "are supposed", "to be published": a participle after a form
        // of "be" is not the tense; the auxiliary before it is
        if ((PAST.contains(w) || w.length() > 4 && w.endsWith("ed") && !NOT_PAST_ED.contains(w))
                && i >= 1 && BE.contains(tokens.get(i - 1).lower()) && !w.equals("had")) return Tense.UNKNOWN;
        if (PAST.contains(w)) return Tense.PAST;
        if ((w.equals("has") || w.equals("have")) && i + 1 < tokens.size()) {
            String next = tokens.get(i + 1).lower();
            if (next.equals("been") || next.endsWith("ed") || PAST.contains(next)) return Tense.PAST;
        }
        if (w.length() > 4 && w.endsWith("ed") && !NOT_PAST_ED.contains(w) && !t.capitalised()) return Tense.PAST;
        if (PRESENT.contains(w)) return Tense.PRESENT;
        return Tense.UNKNOWN;
    }
}

package app.briefingpack.analysis.argument;

import java.util.regex.Pattern;

import app.briefingpack.analysis.nlp.TaggedSentence;

/** What one sentence does, read from its cues once for every decision the analysis makes. */
record Signals(boolean stance, boolean recommend, boolean evaluate, boolean reported, boolean concede, boolean plan,
               boolean question, boolean quoted, boolean notProse, boolean opensArgument, boolean therefore,
               boolean conclude, boolean example, boolean report, boolean statistic, boolean quotation,
               boolean attributed, boolean signpost, int words) {

    private static final Pattern EMBEDDED_POST = Pattern.compile("(?:^|\\s)@\\w{2,}|pic\\.twitter\\.com|\\bhttps?://|"
            + "\\(@\\w+\\)|^—\\s*\\p{Lu}");
    private static final Pattern HEDGED_QUOTE_OPENER = Pattern.compile("^[\"“‘']");

    static Signals of(TaggedSentence s) {
        String t = s.text().strip();
        String outsideQuotes = t.replaceAll("[\"“][^\"”]*[\"”]", " ");
        int words = t.isEmpty() ? 0 : t.split("\\s+").length;
        boolean terminal = t.matches("(?s).*[.!?…][\"'”’)\\]]*$");
        // A heading, caption, byline, credit or embedded post is not an argument sentence.
        boolean notProse = Cues.BYLINE.matcher(t).find() && (words <= 15 || !terminal) || EMBEDDED_POST.matcher(t).find()
                || !terminal && words <= 14 || words <= 2;
        boolean attributed = Cues.ATTRIBUTION.matcher(outsideQuotes).find();
        boolean stance = Cues.STANCE.matcher(outsideQuotes).find();
        return new Signals(
                stance,
                Cues.RECOMMEND.matcher(outsideQuotes).find(),
                Cues.EVALUATE.matcher(outsideQuotes).find(),
                // "While some people think …, I would contend that …": the author's view wins.
                Cues.REPORTED_VIEW.matcher(t).find() && !stance,
                Cues.CONCEDE.matcher(t).find(),
                Cues.PLAN.matcher(t).find(),
                t.endsWith("?") || t.endsWith("?\"") || t.endsWith("?”"),
                HEDGED_QUOTE_OPENER.matcher(t).find(),
                notProse,
                Cues.OPENS_ARGUMENT.matcher(t).find(),
                Cues.THEREFORE.matcher(t).find(),
                Cues.CONCLUDE.matcher(t).find(),
                Cues.EXAMPLE.matcher(t).find(),
                Cues.REPORT.matcher(t).find(),
                Cues.STATISTIC.matcher(t).find(),
                Cues.QUOTATION.matcher(t).find(),
                attributed,
                words <= 12 && Cues.SIGNPOST.matcher(t).find(),
                words);
    }

    /** The author speaks in their own voice: a position, not a report or a plan. */
    boolean authorsPosition() {
        return (stance || recommend) && !reported && !plan && !question && !quoted && !notProse;
    }
}

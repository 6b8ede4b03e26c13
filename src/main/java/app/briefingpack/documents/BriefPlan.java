package app.briefingpack.documents;

/**
 * What goes on the brief: how much of each section it shows, and how tightly. {@link BriefFitter}
 * chooses the plan that fits the page, {@link BriefSelection} picks the items it shows (and lists
 * what it leaves out), and {@link BriefDocument} only draws them.
 *
 * @param keyPoints     key points shown (the rest are trimmed)
 * @param people        people shown
 * @param organisations organisations shown
 * @param dates         timeline entries shown (the most important, in timeline order)
 * @param terms         glossary terms shown
 * @param questions     discussion questions shown
 * @param counterpoints counterpoints shown (only when the layout has the section)
 * @param shortLabels   cut roles, event labels and key points to their first clause
 * @param pagesNote     when above 1, say on the page how many pages this edition has
 */
public record BriefPlan(int keyPoints, int people, int organisations, int dates, int terms, int questions,
                        int counterpoints, boolean shortLabels, int pagesNote) {

    /** The most a brief ever shows of each section. */
    public static BriefPlan full() { return new BriefPlan(6, 8, 10, 6, 6, 5, 3, false, 0); }

    BriefPlan withKeyPoints(int n) { return new BriefPlan(n, people, organisations, dates, terms, questions, counterpoints, shortLabels, pagesNote); }
    BriefPlan withPeople(int n) { return new BriefPlan(keyPoints, n, organisations, dates, terms, questions, counterpoints, shortLabels, pagesNote); }
    BriefPlan withOrganisations(int n) { return new BriefPlan(keyPoints, people, n, dates, terms, questions, counterpoints, shortLabels, pagesNote); }
    BriefPlan withDates(int n) { return new BriefPlan(keyPoints, people, organisations, n, terms, questions, counterpoints, shortLabels, pagesNote); }
    BriefPlan withTerms(int n) { return new BriefPlan(keyPoints, people, organisations, dates, n, questions, counterpoints, shortLabels, pagesNote); }
    BriefPlan withQuestions(int n) { return new BriefPlan(keyPoints, people, organisations, dates, terms, n, counterpoints, shortLabels, pagesNote); }
    BriefPlan withCounterpoints(int n) { return new BriefPlan(keyPoints, people, organisations, dates, terms, questions, n, shortLabels, pagesNote); }
    BriefPlan withShortLabels(boolean on) { return new BriefPlan(keyPoints, people, organisations, dates, terms, questions, counterpoints, on, pagesNote); }
    public BriefPlan withPagesNote(int n) { return new BriefPlan(keyPoints, people, organisations, dates, terms, questions, counterpoints, shortLabels, n); }
}

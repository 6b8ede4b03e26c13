package app.briefingpack.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import app.briefingpack.model.Briefing;
import app.briefingpack.model.GlossaryEntry;
import app.briefingpack.model.NamedEntity;
import app.briefingpack.model.Person;
import app.briefingpack.model.Point;
import app.briefingpack.model.Question;
import app.briefingpack.model.TimelineEvent;
import app.briefingpack.layout.DocumentLayout;
import app.briefingpack.layout.FitRules;
import app.briefingpack.layout.LaidOutDocument;
import app.briefingpack.layout.LayoutEngine;
import app.briefingpack.layout.Paper;
import app.briefingpack.layout.Theme;

/**
 * Fits the brief to its page budget (one page; two in large print) by laying it out, counting
 * pages and adjusting, in this order: tighten the spacing; trim low-priority items (key terms to
 * three, key dates to four, fewer organisations, no counterpoints, then shorter labels); shrink
 * the type step by step down to 10 pt; trim below the usual minimums (fewer questions, key points,
 * people, terms and dates); then shrink to the smallest size allowed (the layout's
 * {@code fit.minimumSize} and the theme's minimum; a large-print theme never shrinks) and trim
 * the rest. The large-print edition is not fitted on its own: {@link #layOut} shows the
 * standard edition's plan on as many pages as it takes. Nothing is ever clipped: the engine breaks pages, and the fitter keeps cutting until
 * the page count is within budget. Each attempt costs one layout pass (a few milliseconds).
 */
public final class BriefFitter {

    /**
     * The fitted brief.
     *
     * @param laid     the laid-out document, ready to write
     * @param pages    its page count
     * @param budget   the pages it was allowed
     * @param bodySize the body type size used
     * @param plan     what it shows
     * @param leftOut  what it left out or shortened
     * @param attempts layout passes it took
     */
    public record Result(LaidOutDocument laid, int pages, int budget, float bodySize, BriefPlan plan,
                         List<BriefSelection.LeftOut> leftOut, int attempts) {
        public boolean fits() { return pages <= budget; }
    }

    private final DocumentLayout layout;
    private final Theme theme;
    private final Paper paper;
    private final FitRules rules;

    public BriefFitter(DocumentLayout layout, Theme theme, Paper paper) {
        this.layout = layout;
        this.theme = theme;
        this.paper = paper;
        this.rules = layout.fit() != null ? layout.fit() : new FitRules(1, 2, theme.minimumSize(), 0.25f);
    }

    /** The smallest body size allowed: never below any minimum, never below large print's own size. */
    public float floor() {
        float min = Math.max(rules.minimumSize(), theme.minimumSize());
        return theme.largePrint() ? Math.max(min, theme.bodySize()) : Math.min(theme.bodySize(), min);
    }

    public int budget() { return theme.largePrint() ? rules.largePrintPages() : rules.pages(); }

    public Result fit(Briefing b, String audioUrl, String narrationFile, double narrationMinutes) {
        return new Fitting(b, audioUrl, narrationFile, narrationMinutes).run();
    }

    /**
     * Lays out exactly what {@code plan} shows, at this theme's own size, on as many pages as it
     * takes: the large-print edition shows the same key points, dates, people and questions,
     * numbered alike, as the standard edition whose fitted plan it is given.
     */
    public Result layOut(Briefing b, BriefPlan plan, String audioUrl, String narrationFile, double narrationMinutes) {
        return new Fitting(b, audioUrl, narrationFile, narrationMinutes).runWith(plan);
    }

    /**
     * Type is not made smaller than this before the low-priority items have gone (they are listed
     * in {@code leftOffThePage}); only a brief that still does not fit goes down to the floor.
     */
    static final float READABLE_SIZE = 10f;

    private record Attempt(LaidOutDocument laid, int pages, BriefPlan plan) {}

    /** Whether a bigger plan would show anything more of this briefing (else the attempt is wasted). */
    private static boolean moreToShow(Briefing b, BriefPlan from, BriefPlan to) {
        if (from.shortLabels() != to.shortLabels()) return true;
        return to.keyPoints() > from.keyPoints() && b.keyPoints().size() > from.keyPoints()
                || to.questions() > from.questions() && b.questions().size() > from.questions()
                || to.people() > from.people() && b.people().size() > from.people()
                || to.dates() > from.dates() && b.timeline().size() > from.dates()
                || to.terms() > from.terms() && b.glossary().size() > from.terms()
                || to.organisations() > from.organisations() && b.organisations().size() > from.organisations();
    }

    /** One fit of one briefing: what it has tried so far and the layout it has now. */
    private final class Fitting {
        private final Briefing b;
        private final String audioUrl;
        private final String narrationFile;
        private final double narrationMinutes;
        private final ShortenedTexts shortened = new ShortenedTexts();
        private final int budget = budget();
        private float body = theme.bodySize();
        private boolean tight;
        private BriefPlan plan = BriefPlan.full();
        private Attempt a;
        private int attempts;

        Fitting(Briefing b, String audioUrl, String narrationFile, double narrationMinutes) {
            this.b = b;
            this.audioUrl = audioUrl;
            this.narrationFile = narrationFile;
            this.narrationMinutes = narrationMinutes;
        }

        Result run() {
            a = attempt(plan);
            // 1. Tighten the spacing.
            if (a.pages > budget) {
                tight = true;
                a = attempt(plan);
            }
            // 2. Trim low-priority items, one at a time, down to the usual minimums.
            List<UnaryOperator<BriefPlan>> trims = new ArrayList<>();
            for (int n = 5; n >= 3; n--) { int k = n; trims.add(p -> p.withTerms(Math.min(p.terms(), k))); }
            for (int n = 5; n >= 4; n--) { int k = n; trims.add(p -> p.withDates(Math.min(p.dates(), k))); }
            for (int n = 8; n >= 4; n -= 2) { int k = n; trims.add(p -> p.withOrganisations(Math.min(p.organisations(), k))); }
            trims.add(p -> p.withCounterpoints(0));
            trims.add(p -> p.withShortLabels(true));
            trimUntilFits(trims);
            // 3. Smaller type, step by step, down to 10 pt (or the floor, when that is higher).
            float floor = floor();
            shrinkTo(Math.max(floor, Math.min(READABLE_SIZE, theme.bodySize())));
            // 4. Below the usual minimums, least important first, until it fits: first the items a
            //    class misses least, while the type is still 10 pt ...
            List<UnaryOperator<BriefPlan>> more = new ArrayList<>();
            more.add(p -> p.withQuestions(Math.min(p.questions(), 4)));
            more.add(p -> p.withOrganisations(Math.min(p.organisations(), 2)));
            more.add(p -> p.withQuestions(Math.min(p.questions(), 3)));
            more.add(p -> p.withPeople(Math.min(p.people(), 6)));
            more.add(p -> p.withPeople(Math.min(p.people(), 4))); // people without a stated role go first
            more.add(p -> p.withTerms(Math.min(p.terms(), 2)));
            // ... and the key points and dates beyond a class's four and three: type under 10 pt
            // costs every reader, a sixth key point few (all of them stay in leftOffThePage) ...
            more.add(p -> p.withKeyPoints(Math.min(p.keyPoints(), 5)));
            more.add(p -> p.withOrganisations(0));
            more.add(p -> p.withTerms(0));
            more.add(p -> p.withKeyPoints(Math.min(p.keyPoints(), 4)));
            more.add(p -> p.withDates(Math.min(p.dates(), 3)));
            trimUntilFits(more);
            // ... then smaller type, down to the floor, and only then below those.
            shrinkTo(floor);
            more.clear();
            more.add(p -> p.withQuestions(Math.min(p.questions(), 2)));
            more.add(p -> p.withDates(0));
            more.add(p -> p.withKeyPoints(Math.min(p.keyPoints(), 3)));
            more.add(p -> p.withPeople(0));
            more.add(p -> p.withQuestions(0));
            trimUntilFits(more);
            // 5. Give back what still fits at the final size, most important first: trimming went in
            //    steps sized for the starting type, so the smaller type often has room again.
            if (a.pages <= budget) {
                BriefPlan full = BriefPlan.full();
                List<UnaryOperator<BriefPlan>> refill = new ArrayList<>();
                // First every section back to its usual minimum (a brief with four key dates and three
                // terms serves a class better than one with a sixth key point and no terms) ...
                for (int n = plan.dates() + 1; n <= 4; n++) { int k = n; refill.add(p -> p.withDates(Math.max(p.dates(), k))); }
                for (int n = plan.terms() + 1; n <= 3; n++) { int k = n; refill.add(p -> p.withTerms(Math.max(p.terms(), k))); }
                for (int n = plan.questions() + 1; n <= 3; n++) { int k = n; refill.add(p -> p.withQuestions(Math.max(p.questions(), k))); }
                for (int n = plan.keyPoints() + 1; n <= 4; n++) { int k = n; refill.add(p -> p.withKeyPoints(Math.max(p.keyPoints(), k))); }
                // ... then the rest, most important first.
                for (int n = plan.keyPoints() + 1; n <= full.keyPoints(); n++) { int k = n; refill.add(p -> p.withKeyPoints(k)); }
                for (int n = plan.questions() + 1; n <= full.questions(); n++) { int k = n; refill.add(p -> p.withQuestions(k)); }
                for (int n = plan.people() + 1; n <= full.people(); n++) { int k = n; refill.add(p -> p.withPeople(k)); }
                if (plan.shortLabels())
                    refill.add(p -> p.withShortLabels(false));
                for (int n = plan.dates() + 1; n <= full.dates(); n++) { int k = n; refill.add(p -> p.withDates(k)); }
                for (int n = plan.terms() + 1; n <= full.terms(); n++) { int k = n; refill.add(p -> p.withTerms(k)); }
                for (int n = plan.organisations() + 1; n <= full.organisations(); n++) { int k = n; refill.add(p -> p.withOrganisations(k)); }
                for (UnaryOperator<BriefPlan> r : refill) {
                    BriefPlan next = r.apply(plan);
                    if (next.equals(plan) || !moreToShow(b, plan, next)) continue;
                    Attempt bigger = attempt(next);
                    if (bigger.pages <= a.pages) {
                        plan = next;
                        a = bigger;
                    }
                }
            }
            return new Result(a.laid, a.pages, budget, body, a.plan, BriefSelection.leftOut(b, plan), attempts);
        }

        /** Smaller type, one step at a time, while the brief does not fit and the size stays at or above {@code size}. */
        private void shrinkTo(float size) {
            while (a.pages > budget && body - rules.step() >= size - 0.001f) {
                body = Math.round((body - rules.step()) * 100) / 100f;
                a = attempt(plan);
            }
        }

        /** The given plan as it is, tightened only if it runs over the budget; any number of pages. */
        Result runWith(BriefPlan given) {
            plan = given.withPagesNote(0);
            a = attempt(plan);
            if (a.pages > budget) {
                tight = true;
                a = attempt(plan);
            }
            return new Result(a.laid, a.pages, Math.max(budget, a.pages), body, a.plan, BriefSelection.leftOut(b, plan), attempts);
        }

        /** Applies the trims in turn, one layout each, until the brief fits or they run out. */
        private void trimUntilFits(List<UnaryOperator<BriefPlan>> trims) {
            for (UnaryOperator<BriefPlan> t : trims) {
                if (a.pages <= budget) return;
                BriefPlan next = t.apply(plan);
                if (next.equals(plan)) continue;
                plan = next;
                a = attempt(plan);
            }
        }

        /**
         * One layout of the plan at the current size and spacing. A brief on more than one page
         * says so under the byline ("Large-print edition: 2 pages"), and that line is part of what
         * must fit, so it is laid out again with it.
         */
        private Attempt attempt(BriefPlan shown) {
            Theme t = sized(body, tight);
            LayoutEngine engine = new LayoutEngine(t, layout, paper);
            BriefDocument doc = new BriefDocument(layout, t, engine.columnWidth(), audioUrl, narrationFile, narrationMinutes, shortened);
            BriefPlan p = shown.withPagesNote(0);
            attempts++;
            LaidOutDocument laid = engine.layout(doc.build(b, p));
            for (int i = 0; i < 2 && laid.pages().size() > 1 && p.pagesNote() != laid.pages().size(); i++) {
                p = shown.withPagesNote(laid.pages().size());
                attempts++;
                laid = engine.layout(doc.build(b, p));
            }
            return new Attempt(laid, laid.pages().size(), p);
        }
    }

    /**
     * The theme at a body size: every size scales with the body, none below the floor; section
     * headings are set a step above the body (a brief has many short sections, and 14 pt headings
     * would eat its page). A large-print theme keeps its own heading sizes (20-22 pt).
     */
    public Theme sized(float body, boolean tight) {
        float k = body / theme.bodySize();
        float min = Math.max(rules.minimumSize(), theme.minimumSize());
        List<Float> headings = new ArrayList<>();
        for (int level = 1; level <= 6; level++) {
            float h;
            if (theme.largePrint()) h = theme.headingSize(level);
            else if (level == 1) h = Math.max(body * 1.5f, theme.headingSize(1) * k * 0.9f);
            else if (level == 2) h = Math.max(body * 1.1f, theme.headingSize(3) * k);
            else h = body;
            headings.add(Math.max(min, h));
        }
        float leading = tight ? Math.max(theme.largePrint() ? 1.3f : 1.25f, theme.leading() - 0.15f) : theme.leading();
        float spacing = tight ? theme.paragraphSpacing() * 0.5f : theme.paragraphSpacing();
        return theme.resized(Math.max(min, body), Math.max(min, theme.noteSize() * k), Math.max(min, theme.numberSize() * k),
                min, headings, leading, spacing);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BriefFitter[%s, %s, %s]", layout.name(), theme.name(), paper);
    }
}

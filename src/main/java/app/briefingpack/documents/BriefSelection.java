package app.briefingpack.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.GlossaryEntry;
import app.briefingpack.model.NamedEntity;
import app.briefingpack.model.Person;
import app.briefingpack.model.Point;
import app.briefingpack.model.Question;
import app.briefingpack.model.TimelineEvent;

/**
 * The items a {@link BriefPlan} puts on the brief, chosen from a {@link Briefing}, and what it
 * leaves out ({@link #leftOut}: the briefing keeps all of it, and briefing.json lists it).
 *
 * @param keyPoints     key points shown, in the article's order
 * @param counterpoints counterpoints shown
 * @param people        people shown, in the article's order
 * @param organisations organisations shown, most mentioned first
 * @param dates         key dates shown, in timeline order
 * @param terms         key terms shown
 * @param questions     discussion questions shown
 */
public record BriefSelection(List<Point> keyPoints, List<Point> counterpoints, List<Person> people,
                             List<NamedEntity> organisations, List<TimelineEvent> dates, List<GlossaryEntry> terms,
                             List<Question> questions) {

    /** Characters of a thesis shown "in one sentence" (about two and a half lines). */
    static final int THESIS_CHARS = 200;
    /** The most a title or thesis may take on the brief, whatever it is (the whole is in the JSON and the annotated text). */
    static final int TITLE_MAX_CHARS = 160;
    static final int THESIS_MAX_CHARS = 3 * THESIS_CHARS;

    /** An item the brief left out or shortened, for briefing.json's {@code leftOffThePage}. */
    public record LeftOut(String section, String item) {}

    public static BriefSelection of(Briefing b, BriefPlan plan) {
        return new BriefSelection(points(b.keyPoints(), plan.keyPoints()), points(b.counterpoints(), plan.counterpoints()),
                people(b, plan.people()), organisations(b, plan.organisations()), keyDates(b, plan.dates()),
                terms(b, plan.terms()), questions(b, plan.questions()));
    }

    /** What the plan leaves out of the briefing (and the labels it shortens). */
    static List<LeftOut> leftOut(Briefing b, BriefPlan plan) {
        List<LeftOut> out = new ArrayList<>();
        List<Point> points = points(b.keyPoints(), Integer.MAX_VALUE);
        for (Point p : points.subList(Math.min(plan.keyPoints(), points.size()), points.size()))
            out.add(new LeftOut("key-points", p.text().strip()));
        List<Person> shownPeople = people(b, plan.people());
        for (Person p : people(b, Integer.MAX_VALUE))
            if (!shownPeople.contains(p)) out.add(new LeftOut("people", p.name().strip()));
        List<NamedEntity> orgs = organisations(b, Integer.MAX_VALUE);
        // "organizations" is the section's name in the layout files and briefing.json
        for (NamedEntity e : orgs.subList(Math.min(plan.organisations(), orgs.size()), orgs.size()))
            out.add(new LeftOut("organizations", e.name().strip()));
        List<TimelineEvent> shownDates = keyDates(b, plan.dates());
        for (TimelineEvent e : b.timeline())
            if (e.value() != null && !e.value().isBlank() && !shownDates.contains(e))
                out.add(new LeftOut("dates", EventDate.of(e, b.article().metadata().date()).display()
                        + (e.label() != null ? ": " + e.label().strip() : "")));
        List<GlossaryEntry> terms = terms(b, Integer.MAX_VALUE);
        for (GlossaryEntry g : terms.subList(Math.min(plan.terms(), terms.size()), terms.size()))
            out.add(new LeftOut("glossary", g.term().strip()));
        List<Question> qs = questions(b, Integer.MAX_VALUE);
        for (Question q : qs.subList(Math.min(plan.questions(), qs.size()), qs.size()))
            out.add(new LeftOut("questions", q.text().strip()));
        String title = title(b.article());
        if (!title.equals(TextShortener.squeeze(b.article().displayTitle()))) out.add(new LeftOut("title", "shortened to: " + title));
        String thesis = thesisSentence(b);
        if (thesis != null && !thesis.equals(TextShortener.ensureStop(b.thesis().strip().replaceAll("\\s+", " "))))
            out.add(new LeftOut("thesis", "shortened to: " + thesis));
        if (plan.shortLabels()) out.add(new LeftOut("labels", "roles, dates and key points cut to their first clause"));
        return out;
    }

    /** The title as the brief shows it: whole unless it would take more than a few lines. */
    static String title(Article a) {
        return TextShortener.atMost(a.displayTitle(), TITLE_MAX_CHARS);
    }

    /** The thesis as one complete sentence, or nothing when the analysis found none. */
    static String thesisSentence(Briefing b) {
        if (b.thesis() == null || b.thesis().isBlank()) return null;
        String whole = TextShortener.ensureStop(TextShortener.firstSentence(b.thesis()));
        String cut = TextShortener.sentence(b.thesis(), THESIS_CHARS);
        // A cut that drops more than half the sentence usually drops what it says: "It is time to
        // pursue the one option missing: <the option>" must keep the option. Then keep it whole,
        // unless whole is longer than the page can take.
        return TextShortener.atMost(cut.length() * 2 < whole.length() ? whole : cut, THESIS_MAX_CHARS);
    }

    private static List<Point> points(List<Point> all, int n) {
        return all.stream().filter(p -> p.text() != null && !p.text().isBlank()).limit(n).toList();
    }

    private static List<Question> questions(Briefing b, int n) {
        return b.questions().stream().filter(q -> q.text() != null && !q.text().isBlank()).limit(n).toList();
    }

    /**
     * The people the brief shows, in the article's order. When not all fit, those whose role the
     * article states come first: "role not stated" tells a class little.
     */
    static List<Person> people(Briefing b, int n) {
        List<Person> named = b.people().stream().filter(p -> p.name() != null && !p.name().isBlank()).toList();
        if (named.size() <= n) return named;
        List<Person> byValue = new ArrayList<>(named);
        byValue.sort(Comparator.comparingInt((Person p) -> p.role() == null || p.role().isBlank() ? 1 : 0));
        Set<Person> keep = new HashSet<>(byValue.subList(0, n));
        return named.stream().filter(keep::contains).toList();
    }

    /** Organisations, most mentioned first (ties keep the analysis's order). */
    static List<NamedEntity> organisations(Briefing b, int n) {
        return b.organisations().stream().filter(e -> e.name() != null && !e.name().isBlank())
                .sorted(Comparator.comparingInt((NamedEntity e) -> -e.mentions().size())).limit(n).toList();
    }

    /**
     * The {@code n} most important timeline entries, in timeline order: an exact date counts more
     * than a span, a relative date or one without a year least; an event in a paragraph a key
     * point comes from counts more; one outside the article's paragraphs (an author note) least.
     */
    static List<TimelineEvent> keyDates(Briefing b, int n) {
        List<TimelineEvent> all = b.timeline().stream().filter(e -> e.value() != null && !e.value().isBlank()).toList();
        if (all.size() <= n) return all;
        Set<Integer> pointParagraphs = new HashSet<>();
        for (Point p : b.keyPoints()) pointParagraphs.add(p.paragraph());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) order.add(i);
        // The first and last dated events give the class the span of the story: they count extra.
        Set<TimelineEvent> ends = new HashSet<>();
        all.stream().filter(e -> !EventDate.of(e, b.article().metadata().date()).yearUnknown()).findFirst().ifPresent(ends::add);
        all.stream().filter(e -> !EventDate.of(e, b.article().metadata().date()).yearUnknown() && e.paragraph() > 0)
                .reduce((x, y) -> y).ifPresent(ends::add);
        int[] score = new int[all.size()]; // scored once, not per comparison
        for (int i = 0; i < all.size(); i++)
            score[i] = importance(all.get(i), b, pointParagraphs) + (ends.contains(all.get(i)) ? 2 : 0);
        order.sort(Comparator.comparingInt((Integer i) -> -score[i]).thenComparingInt(i -> i));
        Set<Integer> keep = new HashSet<>(order.subList(0, n));
        List<TimelineEvent> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) if (keep.contains(i)) out.add(all.get(i));
        return out;
    }

    private static int importance(TimelineEvent e, Briefing b, Set<Integer> pointParagraphs) {
        EventDate d = EventDate.of(e, b.article().metadata().date());
        int score = switch (d.precision()) {
            case "day" -> 3;
            case "month" -> 2;
            case "span" -> 1;
            default -> 0;
        };
        if (d.yearUnknown()) score -= 1;
        if (pointParagraphs.contains(e.paragraph())) score += 2;
        if (e.paragraph() < 1) score -= 3;
        return score;
    }

    /** Terms with a definition, one per spelling, in the analysis's order (its most useful first). */
    static List<GlossaryEntry> terms(Briefing b, int n) {
        Set<String> seen = new HashSet<>();
        return b.glossary().stream()
                .filter(g -> g.term() != null && !g.term().isBlank() && g.definition() != null && !g.definition().isBlank())
                .filter(g -> seen.add(g.term().strip().toLowerCase(Locale.ROOT))).limit(n).toList();
    }
}

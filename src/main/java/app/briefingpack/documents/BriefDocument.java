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
import app.briefingpack.model.Readability;
import app.briefingpack.model.TimelineEvent;
import app.briefingpack.layout.Block;
import app.briefingpack.layout.Columns;
import app.briefingpack.layout.DocumentLayout;
import app.briefingpack.layout.DocumentSpec;
import app.briefingpack.layout.FontFace;
import app.briefingpack.layout.FontLibrary;
import app.briefingpack.layout.Heading;
import app.briefingpack.layout.ListBlock;
import app.briefingpack.layout.ParagraphStyle;
import app.briefingpack.layout.Rule;
import app.briefingpack.layout.Run;
import app.briefingpack.layout.Runs;
import app.briefingpack.layout.Table;
import app.briefingpack.layout.TextParagraph;
import app.briefingpack.layout.Theme;
import app.briefingpack.speech.NarrationOptions;

/**
 * Builds the one-page brief from a {@link Briefing}, showing as much as a {@link Plan} allows:
 * title, byline, the thesis in one sentence, numbered key points, who's who (people with roles,
 * then organisations), key dates, key terms, questions to discuss, reading level and a pointer
 * to the narration (with a QR code when there is an audio URL). Sections without content are
 * left out. {@link BriefFitter} chooses the plan that fits the page.
 *
 * <p>Longer than 400 lines because it holds the brief's Plan (what each section shows) beside the
 * drawing of each section; moving the plan out (a BriefPlan) is left to do.
 */
public final class BriefDocument {

    /**
     * How much of each section to show, and how tightly.
     *
     * @param keyPoints     key points shown (the rest are trimmed)
     * @param people        people shown
     * @param organizations organisations shown
     * @param dates         timeline entries shown (the most important, in timeline order)
     * @param terms         glossary terms shown
     * @param questions     discussion questions shown
     * @param counterpoints counterpoints shown (only when the layout has the section)
     * @param shortLabels   cut roles, event labels and key points to their first clause
     * @param pagesNote     when above 1, say on the page how many pages this edition has
     */
    public record Plan(int keyPoints, int people, int organizations, int dates, int terms, int questions,
                       int counterpoints, boolean shortLabels, int pagesNote) {

        /** The most a brief ever shows of each section. */
        public static Plan full() { return new Plan(6, 8, 10, 6, 6, 5, 3, false, 0); }

        Plan withKeyPoints(int n) { return new Plan(n, people, organizations, dates, terms, questions, counterpoints, shortLabels, pagesNote); }
        Plan withPeople(int n) { return new Plan(keyPoints, n, organizations, dates, terms, questions, counterpoints, shortLabels, pagesNote); }
        Plan withOrganizations(int n) { return new Plan(keyPoints, people, n, dates, terms, questions, counterpoints, shortLabels, pagesNote); }
        Plan withDates(int n) { return new Plan(keyPoints, people, organizations, n, terms, questions, counterpoints, shortLabels, pagesNote); }
        Plan withTerms(int n) { return new Plan(keyPoints, people, organizations, dates, n, questions, counterpoints, shortLabels, pagesNote); }
        Plan withQuestions(int n) { return new Plan(keyPoints, people, organizations, dates, terms, n, counterpoints, shortLabels, pagesNote); }
        Plan withCounterpoints(int n) { return new Plan(keyPoints, people, organizations, dates, terms, questions, n, shortLabels, pagesNote); }
        Plan withShortLabels() { return new Plan(keyPoints, people, organizations, dates, terms, questions, counterpoints, true, pagesNote); }
        public Plan withPagesNote(int n) { return new Plan(keyPoints, people, organizations, dates, terms, questions, counterpoints, shortLabels, n); }
    }

    /** Characters of a thesis shown "in one sentence" (about two and a half lines). */
    static final int THESIS_CHARS = 200;
    /** The most a title or thesis may take on the brief, whatever it is (the whole is in the JSON and the annotated text). */
    static final int TITLE_MAX_CHARS = 160;
    static final int THESIS_MAX_CHARS = 3 * THESIS_CHARS;
    private static final int POINT_CHARS = 170;
    private static final int SHORT_POINT_CHARS = 120;
    private static final int ROLE_CHARS = 70;
    private static final int SHORT_ROLE_CHARS = 40;
    private static final int LABEL_CHARS = 110;
    private static final int SHORT_LABEL_CHARS = 70;
    private static final int DEFINITION_CHARS = 90;
    private static final int QUOTE_CHARS = 120;
    private static final int SHORT_QUOTE_CHARS = 70;
    private static final int SHORT_DEFINITION_CHARS = 60;

    private final DocumentLayout layout;
    private final Theme theme;
    private final float columnWidth;
    private final String audioUrl;
    private final String narrationFile;
    private final double narrationMinutes;
    private final Condensed condensed;

    /**
     * @param audioUrl         where the narration is online (a QR code is drawn), or null
     * @param narrationFile    the narration's file name in the pack, or null for no narration line
     * @param narrationMinutes the narration's length in minutes, or NaN to estimate it from the words
     */
    public BriefDocument(DocumentLayout layout, Theme theme, float columnWidth, String audioUrl, String narrationFile,
                         double narrationMinutes) {
        this(layout, theme, columnWidth, audioUrl, narrationFile, narrationMinutes, new Condensed());
    }

    /** As above, sharing shortened texts with other layouts of the same briefing (the fitter's attempts). */
    BriefDocument(DocumentLayout layout, Theme theme, float columnWidth, String audioUrl, String narrationFile,
                  double narrationMinutes, Condensed condensed) {
        this.condensed = condensed;
        this.layout = layout;
        this.theme = theme;
        this.columnWidth = columnWidth;
        this.audioUrl = audioUrl == null || audioUrl.isBlank() ? null : audioUrl.strip();
        this.narrationFile = narrationFile == null || narrationFile.isBlank() ? null : narrationFile.strip();
        this.narrationMinutes = narrationMinutes;
    }

    /** Sections short enough to sit side by side in two columns. */
    private static final Set<String> SIDE_BY_SIDE = Set.of("people", "organizations", "dates", "glossary", "questions");

    public DocumentSpec build(Briefing b, Plan plan) {
        Article a = b.article();
        String title = briefTitle(a);
        List<Block> blocks = new ArrayList<>();
        List<List<Block>> side = new ArrayList<>(); // consecutive side-by-side sections waiting to be placed
        boolean peopleShown = false;
        for (String section : layout.sections()) {
            List<Block> out = new ArrayList<>();
            switch (section) {
                case "title" -> out.add(Heading.of(1, title));
                case "byline" -> byline(b, plan, out);
                case "thesis" -> thesis(b, out);
                case "key-points" -> points(b.keyPoints(), plan.keyPoints(), "Key points", plan.shortLabels(), out);
                case "counterpoints" -> points(b.counterpoints(), plan.counterpoints(), "The other side", plan.shortLabels(), out);
                case "people" -> peopleShown = people(b, plan, out);
                case "organizations" -> organizations(b, plan, peopleShown, out);
                case "dates" -> dates(b, plan, out);
                case "glossary" -> terms(b, plan, out);
                case "questions" -> questions(b, plan, out);
                case "reading-level" -> readingLevel(b, out);
                case "narration" -> narration(b, out);
                default -> { }
            }
            if (out.isEmpty()) continue;
            // Long questions (several lines each in a half column) read better across the page.
            boolean sideBySide = SIDE_BY_SIDE.contains(section)
                    && !(section.equals("questions") && averageLength(b.questions().stream().map(Question::text).toList()) > 140);
            if (sideBySide) {
                // Organisations continue the who's who that people started.
                if (section.equals("organizations") && peopleShown && !side.isEmpty()) side.get(side.size() - 1).addAll(out);
                else side.add(out);
            } else {
                flush(side, blocks);
                blocks.addAll(out);
            }
        }
        flush(side, blocks);
        return new DocumentSpec("Brief: " + title, a.metadata().language(), blocks, title);
    }

    private static double averageLength(List<String> texts) {
        return texts.stream().filter(t -> t != null).mapToInt(String::length).average().orElse(0);
    }

    /**
     * Places waiting side-by-side sections: one alone takes the full width; two or more go into
     * two columns, keeping their order within each column and choosing the split that makes the
     * longer column shortest (there are at most a few sections, so every split is tried).
     */
    private void flush(List<List<Block>> side, List<Block> blocks) {
        float colW = (columnWidth - Math.max(theme.bodySize() * 1.5f, 12f)) / 2;
        // Columns narrower than about 22 ems (large print) break names mid-word: stack instead.
        if (side.size() == 1 || colW < theme.bodySize() * 22) side.forEach(blocks::addAll);
        else if (side.size() > 1) {
            float[] h = new float[side.size()];
            for (int i = 0; i < h.length; i++) h[i] = estimatedHeight(side.get(i), colW);
            int best = 0;
            float bestCost = Float.MAX_VALUE;
            // Bit i set = section i goes right; the first section always starts the left column.
            for (int mask = 0; mask < 1 << h.length; mask += 2) {
                float l = 0, r = 0;
                for (int i = 0; i < h.length; i++) if ((mask >> i & 1) == 1) r += h[i]; else l += h[i];
                if (r == 0) continue;
                float cost = Math.max(l, r);
                if (cost < bestCost - 0.5f) { bestCost = cost; best = mask; }
            }
            List<Block> left = new ArrayList<>(), right = new ArrayList<>();
            for (int i = 0; i < h.length; i++) ((best >> i & 1) == 1 ? right : left).addAll(side.get(i));
            blocks.add(new Columns(left, right));
        }
        side.clear();
    }

    /**
     * About how tall a section is in a column of width {@code w}, from text widths, to balance
     * the columns (the fitter then checks the real layout). Mirrors the engine's sizes.
     */
    private float estimatedHeight(List<Block> section, float w) {
        float body = theme.bodySize();
        float cell = Math.max(theme.minimumSize(), Math.max(theme.noteSize(), body * 0.9f));
        float h = 0;
        for (Block b : section) {
            if (b instanceof Heading) h += theme.headingSize(2) * 2.6f;
            else if (b instanceof Table t) {
                double total = t.columnWeights().stream().mapToDouble(Double::doubleValue).sum();
                for (Table.Row row : t.body()) {
                    int lines = 1;
                    for (int c = 0; c < row.cells().size(); c++) {
                        float cw = (float) (w * t.columnWeights().get(c) / total) - 8;
                        float tw = FontLibrary.width(FontFace.SERIF, Runs.text(row.cells().get(c)), cell);
                        lines = Math.max(lines, (int) Math.ceil(tw * 1.1f / cw));
                    }
                    h += lines * cell * 1.3f + 8;
                }
            } else if (b instanceof TextParagraph p) {
                float tw = FontLibrary.width(FontFace.SERIF, p.text(), body);
                h += (float) Math.ceil(tw * 1.1f / w) * body * theme.leading() + body * theme.paragraphSpacing();
            } else h += body * 3;
        }
        return h;
    }

    private void byline(Briefing b, Plan plan, List<Block> blocks) {
        blocks.add(TextParagraph.of(ParagraphStyle.BYLINE, List.of(Run.plain(AnnotatedTextDocument.byline(b.article().metadata())))));
        if (plan.pagesNote() > 1)
            blocks.add(TextParagraph.of(ParagraphStyle.BYLINE, List.of(Run.strong("Large-print edition: " + plan.pagesNote() + " pages"))));
    }

    /** The thesis as one complete sentence, or nothing when the analysis found none. */
    static String thesisSentence(Briefing b) {
        if (b.thesis() == null || b.thesis().isBlank()) return null;
        String whole = Condense.ensureStop(Condense.firstSentence(b.thesis()));
        String cut = Condense.sentence(b.thesis(), THESIS_CHARS);
        // A cut that drops more than half the sentence usually drops what it says: "It is time to
        // pursue the one option missing: <the option>" must keep the option. Then keep it whole,
        // unless whole is longer than the page can take.
        return Condense.atMost(cut.length() * 2 < whole.length() ? whole : cut, THESIS_MAX_CHARS);
    }

    /** The title as the brief shows it: whole unless it would take more than a few lines. */
    static String briefTitle(Article a) {
        return Condense.atMost(a.displayTitle(), TITLE_MAX_CHARS);
    }

    private void thesis(Briefing b, List<Block> blocks) {
        if (b.isNewsReport()) {
            // A news report argues nothing: say so, and give its lede under a label of its own.
            blocks.add(Heading.of(2, "This is a news report"));
            blocks.add(TextParagraph.of(ParagraphStyle.BODY, List.of(Run.strong("What happened: "),
                    Run.plain(Condense.ensureStop(b.lede().strip().replaceAll("\\s+", " "))))));
            return;
        }
        String t = condensed.thesis(b);
        if (t == null) return;
        blocks.add(Heading.of(2, "In one sentence"));
        blocks.add(TextParagraph.of(ParagraphStyle.BODY, List.of(Run.plain(t))));
    }

    private void points(List<Point> all, int n, String heading, boolean shortLabels, List<Block> blocks) {
        List<Point> shown = all.stream().filter(p -> p.text() != null && !p.text().isBlank()).limit(n).toList();
        if (shown.isEmpty()) return;
        blocks.add(Heading.of(2, heading));
        List<ListBlock.ListItem> items = new ArrayList<>();
        for (Point p : shown)
            items.add(ListBlock.ListItem.of(Condense.atMost(
                    condensed.sentence(p.text(), shortLabels ? SHORT_POINT_CHARS : POINT_CHARS), 3 * POINT_CHARS)));
        blocks.add(new ListBlock(true, items));
    }

    private boolean people(Briefing b, Plan plan, List<Block> blocks) {
        List<Person> shown = shownPeople(b, plan.people());
        if (shown.isEmpty()) return false;
        blocks.add(Heading.of(2, "Who\u2019s who"));
        List<Table.Row> rows = new ArrayList<>();
        for (Person p : shown) rows.add(Table.Row.of(p.name().strip(), role(p, plan.shortLabels())));
        blocks.add(new Table(List.of(), rows, null, List.of(1.0, 1.5), true));
        return true;
    }

    /**
     * The people the brief shows, in the article's order. When not all fit, those whose role the
     * article states come first: "role not stated" tells a class little.
     */
    static List<Person> shownPeople(Briefing b, int n) {
        List<Person> named = b.people().stream().filter(p -> p.name() != null && !p.name().isBlank()).toList();
        if (named.size() <= n) return named;
        List<Person> byValue = new ArrayList<>(named);
        byValue.sort(Comparator.comparingInt((Person p) -> p.role() == null || p.role().isBlank() ? 1 : 0));
        Set<Person> keep = new HashSet<>(byValue.subList(0, n));
        return named.stream().filter(keep::contains).toList();
    }

    private String role(Person p, boolean shortLabels) {
        if (p.role() == null || p.role().isBlank()) return "role not stated in the article";
        // Roles joined with ";" are all the person's roles (not dictionary senses): keep them
        // while they fit, else the first.
        String all = p.role().strip().replaceAll("\\s*;\\s*", ", ");
        int limit = shortLabels ? SHORT_ROLE_CHARS : ROLE_CHARS;
        return all.length() <= limit ? all : condensed.definition(p.role(), limit);
    }

    private void organizations(Briefing b, Plan plan, boolean peopleShown, List<Block> blocks) {
        List<NamedEntity> shown = shownOrganizations(b, plan.organizations());
        if (shown.isEmpty()) return;
        if (!peopleShown) blocks.add(Heading.of(2, "Who\u2019s who"));
        List<Run> runs = new ArrayList<>();
        runs.add(Run.strong("Organisations: "));
        runs.add(Run.plain(String.join(", ", shown.stream().map(e -> e.name().strip()).toList()) + "."));
        blocks.add(TextParagraph.of(ParagraphStyle.BODY, runs));
    }

    /** Organisations, most mentioned first (ties keep the analysis's order). */
    static List<NamedEntity> shownOrganizations(Briefing b, int n) {
        return b.organizations().stream().filter(e -> e.name() != null && !e.name().isBlank())
                .sorted(Comparator.comparingInt((NamedEntity e) -> -e.mentions().size())).limit(n).toList();
    }

    private void dates(Briefing b, Plan plan, List<Block> blocks) {
        List<TimelineEvent> shown = keyDates(b, plan.dates());
        if (shown.isEmpty()) return;
        blocks.add(Heading.of(2, "Key dates"));
        List<Table.Row> rows = new ArrayList<>();
        for (TimelineEvent e : shown) {
            String label = e.label() != null && !e.label().isBlank() ? e.label() : e.sentence();
            label = condensed.sentence(label == null ? "" : label, plan.shortLabels() ? SHORT_LABEL_CHARS : LABEL_CHARS)
                    .replaceAll("\\.$", "");
            rows.add(Table.Row.of(EventDate.of(e, b.article().metadata().date()).display(), label));
        }
        blocks.add(new Table(List.of(), rows, null, List.of(1.0, 1.7), true));
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

    private void terms(Briefing b, Plan plan, List<Block> blocks) {
        List<GlossaryEntry> shown = shownTerms(b, plan.terms());
        if (shown.isEmpty()) return;
        blocks.add(Heading.of(2, "Key terms"));
        List<Table.Row> rows = new ArrayList<>();
        for (GlossaryEntry g : shown)
            rows.add(Table.Row.of(g.term().strip(), condensed.definition(g.definition(), plan.shortLabels() ? SHORT_DEFINITION_CHARS : DEFINITION_CHARS)));
        blocks.add(new Table(List.of(), rows, null, List.of(1.0, 1.9), true));
    }

    /** Terms with a definition, one per spelling, in the analysis's order (its most useful first). */
    static List<GlossaryEntry> shownTerms(Briefing b, int n) {
        Set<String> seen = new HashSet<>();
        return b.glossary().stream()
                .filter(g -> g.term() != null && !g.term().isBlank() && g.definition() != null && !g.definition().isBlank())
                .filter(g -> seen.add(g.term().strip().toLowerCase(Locale.ROOT))).limit(n).toList();
    }

    private void questions(Briefing b, Plan plan, List<Block> blocks) {
        List<Question> shown = b.questions().stream().filter(q -> q.text() != null && !q.text().isBlank())
                .limit(plan.questions()).toList();
        if (shown.isEmpty()) return;
        blocks.add(Heading.of(2, "Questions to discuss"));
        List<ListBlock.ListItem> items = new ArrayList<>();
        for (Question q : shown)
            items.add(ListBlock.ListItem.of(condensed.question(q.text(), plan.shortLabels() ? SHORT_QUOTE_CHARS : QUOTE_CHARS)));
        blocks.add(new ListBlock(true, items));
    }

    private void readingLevel(Briefing b, List<Block> blocks) {
        Readability r = b.readability();
        int words = r != null ? r.words() : b.article().wordCount();
        List<String> parts = new ArrayList<>();
        if (r != null) parts.add(String.format(Locale.ROOT, "US grade %.0f (Flesch\u2013Kincaid)", Math.max(1, r.fleschKincaidGrade())));
        parts.add(String.format(Locale.ROOT, "%,d words", words));
        double minutes = r != null && r.readingMinutes() > 0 ? r.readingMinutes() : words / 200.0;
        parts.add("about " + Math.max(1, Math.round(minutes)) + " min to read");
        blocks.add(new Rule());
        blocks.add(TextParagraph.of(ParagraphStyle.SMALL, List.of(Run.strong("Reading level: "), Run.plain(String.join(" \u00B7 ", parts)))));
    }

    private void narration(Briefing b, List<Block> blocks) {
        if (narrationFile == null && audioUrl == null) return;
        if (narrationFile != null) {
            double minutes = !Double.isNaN(narrationMinutes) ? narrationMinutes : estimateNarrationMinutes(b);
            blocks.add(TextParagraph.of(ParagraphStyle.SMALL, List.of(Run.strong("Listen: "),
                    Run.plain(narrationFile + " in this pack (" + Math.max(1, Math.round(minutes)) + " min)"))));
        }
        if (audioUrl != null) {
            float size = Math.max(theme.minimumSize(), theme.noteSize());
            blocks.add(QrFigure.of(audioUrl, "Listen to the article read aloud", columnWidth, size, theme));
        }
    }

    /**
     * The narration's length when it is not known: the article at about 150 words a minute. Not
     * the voice's rate ({@link NarrationOptions#DEFAULT_WORDS_PER_MINUTE}): the narration adds an
     * introduction, a summary and pauses between sentences and paragraphs.
     */
    static double estimateNarrationMinutes(Briefing b) {
        int words = b.readability() != null ? b.readability().words() : b.article().wordCount();
        return words / 150.0;
    }
}

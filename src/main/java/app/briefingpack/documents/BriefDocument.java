package app.briefingpack.documents;

import java.util.ArrayList;
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
import app.briefingpack.layout.Heading;
import app.briefingpack.layout.LayoutEngine;
import app.briefingpack.layout.ListBlock;
import app.briefingpack.layout.ParagraphStyle;
import app.briefingpack.layout.Rule;
import app.briefingpack.layout.Run;
import app.briefingpack.layout.Table;
import app.briefingpack.layout.TextParagraph;
import app.briefingpack.layout.Theme;
import app.briefingpack.speech.NarrationOptions;

/**
 * Draws the one-page brief of a {@link Briefing}: the items a {@link BriefPlan} puts on it
 * ({@link BriefSelection} picks them) as layout blocks:
 * title, byline, the thesis in one sentence, numbered key points, who's who (people with roles,
 * then organisations), key dates, key terms, questions to discuss, reading level and a pointer
 * to the narration (with a QR code when there is an audio URL). Sections without content are
 * left out. {@link BriefFitter} chooses the plan that fits the page. Short sections sit side by
 * side in two columns, shared between them by heights the layout engine measures.
 */
public final class BriefDocument {

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
    private final ShortenedTexts shortened;
    /** Measures sections for the two columns; never lays out the page itself. */
    private final LayoutEngine engine;

    /**
     * @param audioUrl         where the narration is online (a QR code is drawn), or null
     * @param narrationFile    the narration's file name in the pack, or null for no narration line
     * @param narrationMinutes the narration's length in minutes, or NaN to estimate it from the words
     */
    public BriefDocument(DocumentLayout layout, Theme theme, float columnWidth, String audioUrl, String narrationFile,
                         double narrationMinutes) {
        this(layout, theme, columnWidth, audioUrl, narrationFile, narrationMinutes, new ShortenedTexts());
    }

    /** As above, sharing shortened texts with other layouts of the same briefing (the fitter's attempts). */
    BriefDocument(DocumentLayout layout, Theme theme, float columnWidth, String audioUrl, String narrationFile,
                  double narrationMinutes, ShortenedTexts shortened) {
        this.shortened = shortened;
        this.layout = layout;
        this.theme = theme;
        this.columnWidth = columnWidth;
        this.audioUrl = audioUrl == null || audioUrl.isBlank() ? null : audioUrl.strip();
        this.narrationFile = narrationFile == null || narrationFile.isBlank() ? null : narrationFile.strip();
        this.narrationMinutes = narrationMinutes;
        this.engine = new LayoutEngine(theme, layout, layout.paper());
    }

    /** Sections short enough to sit side by side in two columns. */
    private static final Set<String> SIDE_BY_SIDE = Set.of("people", "organizations", "dates", "glossary", "questions");

    public DocumentSpec build(Briefing b, BriefPlan plan) {
        Article a = b.article();
        String title = BriefSelection.title(a);
        BriefSelection shown = BriefSelection.of(b, plan);
        List<Block> blocks = new ArrayList<>();
        List<List<Block>> side = new ArrayList<>(); // consecutive side-by-side sections waiting to be placed
        boolean peopleShown = false;
        for (String section : layout.sections()) {
            List<Block> out = new ArrayList<>();
            switch (section) {
                case "title" -> out.add(Heading.of(1, title));
                case "byline" -> byline(b, plan, out);
                case "thesis" -> thesis(b, out);
                case "key-points" -> points(shown.keyPoints(), "Key points", plan.shortLabels(), out);
                case "counterpoints" -> points(shown.counterpoints(), "The other side", plan.shortLabels(), out);
                case "people" -> peopleShown = people(shown.people(), plan.shortLabels(), out);
                case "organizations" -> organisations(shown.organisations(), peopleShown, out);
                case "dates" -> dates(b, shown.dates(), plan.shortLabels(), out);
                case "glossary" -> terms(shown.terms(), plan.shortLabels(), out);
                case "questions" -> questions(shown.questions(), plan.shortLabels(), out);
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
                flush(side, blocks, a.metadata().language());
                blocks.addAll(out);
            }
        }
        flush(side, blocks, a.metadata().language());
        return new DocumentSpec("Brief: " + title, a.metadata().language(), blocks, title);
    }

    private static double averageLength(List<String> texts) {
        return texts.stream().filter(t -> t != null).mapToInt(String::length).average().orElse(0);
    }

    /**
     * Places waiting side-by-side sections: one alone takes the full width; two or more go into
     * two columns, keeping their order within each column and choosing the split that makes the
     * longer column shortest, by the heights the engine measures (there are at most a few
     * sections, so every split is tried).
     */
    private void flush(List<List<Block>> side, List<Block> blocks, String lang) {
        float colW = engine.halfWidth(columnWidth);
        // Columns narrower than about 22 ems (large print) break names mid-word: stack instead.
        if (side.size() == 1 || colW < theme.bodySize() * 22) side.forEach(blocks::addAll);
        else if (side.size() > 1) {
            float[] h = new float[side.size()];
            for (int i = 0; i < h.length; i++) h[i] = engine.height(side.get(i), colW, lang);
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

    private void byline(Briefing b, BriefPlan plan, List<Block> blocks) {
        blocks.add(TextParagraph.of(ParagraphStyle.BYLINE, List.of(Run.plain(AnnotatedTextDocument.byline(b.article().metadata())))));
        if (plan.pagesNote() > 1)
            blocks.add(TextParagraph.of(ParagraphStyle.BYLINE, List.of(Run.strong("Large-print edition: " + plan.pagesNote() + " pages"))));
    }

    private void thesis(Briefing b, List<Block> blocks) {
        if (b.isNewsReport()) {
            // A news report argues nothing: say so, and give its lede under a label of its own.
            blocks.add(Heading.of(2, "This is a news report"));
            blocks.add(TextParagraph.of(ParagraphStyle.BODY, List.of(Run.strong("What happened: "),
                    Run.plain(TextShortener.ensureStop(b.lede().strip().replaceAll("\\s+", " "))))));
            return;
        }
        String t = shortened.thesis(b);
        if (t == null) return;
        blocks.add(Heading.of(2, "In one sentence"));
        blocks.add(TextParagraph.of(ParagraphStyle.BODY, List.of(Run.plain(t))));
    }

    private void points(List<Point> shown, String heading, boolean shortLabels, List<Block> blocks) {
        if (shown.isEmpty()) return;
        blocks.add(Heading.of(2, heading));
        List<ListBlock.ListItem> items = new ArrayList<>();
        for (Point p : shown)
            items.add(ListBlock.ListItem.of(TextShortener.atMost(
                    shortened.sentence(p.text(), shortLabels ? SHORT_POINT_CHARS : POINT_CHARS), 3 * POINT_CHARS)));
        blocks.add(new ListBlock(true, items));
    }

    private boolean people(List<Person> shown, boolean shortLabels, List<Block> blocks) {
        if (shown.isEmpty()) return false;
        blocks.add(Heading.of(2, "Who\u2019s who"));
        List<Table.Row> rows = new ArrayList<>();
        for (Person p : shown) rows.add(Table.Row.of(p.name().strip(), role(p, shortLabels)));
        blocks.add(new Table(List.of(), rows, null, List.of(1.0, 1.5), true));
        return true;
    }

    private String role(Person p, boolean shortLabels) {
        if (p.role() == null || p.role().isBlank()) return "role not stated in the article";
        // Roles joined with ";" are all the person's roles (not dictionary senses): keep them
        // while they fit, else the first.
        String all = p.role().strip().replaceAll("\\s*;\\s*", ", ");
        int limit = shortLabels ? SHORT_ROLE_CHARS : ROLE_CHARS;
        return all.length() <= limit ? all : shortened.definition(p.role(), limit);
    }

    private void organisations(List<NamedEntity> shown, boolean peopleShown, List<Block> blocks) {
        if (shown.isEmpty()) return;
        if (!peopleShown) blocks.add(Heading.of(2, "Who\u2019s who"));
        List<Run> runs = new ArrayList<>();
        runs.add(Run.strong("Organisations: "));
        runs.add(Run.plain(String.join(", ", shown.stream().map(e -> e.name().strip()).toList()) + "."));
        blocks.add(TextParagraph.of(ParagraphStyle.BODY, runs));
    }

    private void dates(Briefing b, List<TimelineEvent> shown, boolean shortLabels, List<Block> blocks) {
        if (shown.isEmpty()) return;
        blocks.add(Heading.of(2, "Key dates"));
        List<Table.Row> rows = new ArrayList<>();
        for (TimelineEvent e : shown) {
            String label = e.label() != null && !e.label().isBlank() ? e.label() : e.sentence();
            label = shortened.sentence(label == null ? "" : label, shortLabels ? SHORT_LABEL_CHARS : LABEL_CHARS)
                    .replaceAll("\\.$", "");
            rows.add(Table.Row.of(EventDate.of(e, b.article().metadata().date()).display(), label));
        }
        blocks.add(new Table(List.of(), rows, null, List.of(1.0, 1.7), true));
    }

    private void terms(List<GlossaryEntry> shown, boolean shortLabels, List<Block> blocks) {
        if (shown.isEmpty()) return;
        blocks.add(Heading.of(2, "Key terms"));
        List<Table.Row> rows = new ArrayList<>();
        for (GlossaryEntry g : shown)
            rows.add(Table.Row.of(g.term().strip(), shortened.definition(g.definition(), shortLabels ? SHORT_DEFINITION_CHARS : DEFINITION_CHARS)));
        blocks.add(new Table(List.of(), rows, null, List.of(1.0, 1.9), true));
    }

    private void questions(List<Question> shown, boolean shortLabels, List<Block> blocks) {
        if (shown.isEmpty()) return;
        blocks.add(Heading.of(2, "Questions to discuss"));
        List<ListBlock.ListItem> items = new ArrayList<>();
        for (Question q : shown)
            items.add(ListBlock.ListItem.of(shortened.question(q.text(), shortLabels ? SHORT_QUOTE_CHARS : QUOTE_CHARS)));
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

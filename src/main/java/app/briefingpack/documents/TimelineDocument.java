package app.briefingpack.documents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.PartialDate;
import app.briefingpack.model.TimelineEvent;
import app.briefingpack.layout.Block;
import app.briefingpack.layout.DocumentLayout;
import app.briefingpack.layout.DocumentSpec;
import app.briefingpack.layout.Frame;
import app.briefingpack.layout.Heading;
import app.briefingpack.layout.LaidOutDocument;
import app.briefingpack.layout.LayoutEngine;
import app.briefingpack.layout.ListBlock;
import app.briefingpack.layout.PageFrames;
import app.briefingpack.layout.Paper;
import app.briefingpack.layout.ParagraphStyle;
import app.briefingpack.layout.Run;
import app.briefingpack.layout.Table;
import app.briefingpack.layout.TextParagraph;
import app.briefingpack.layout.Theme;

/**
 * Builds timeline.pdf from a {@link Briefing}: title and byline, a note on how to read it, the
 * drawn timeline (a Figure whose alt text gives the span and the number of events), the same
 * events as a table (Date | Event | Paragraph) and notes on the dates that are approximate,
 * inferred or lack a year. Events keep the order the briefing gives (the temporal tagger's
 * order: by date, relative ones where the article tells them). Nothing is guessed: a day whose
 * year the article does not state is shown as "March 3 (year not stated)".
 */
public final class TimelineDocument {

    private final DocumentLayout layout;
    private final Theme theme;
    private final float columnWidth;
    private final float pageTextHeight;
    private final LayoutEngine engine;

    public TimelineDocument(DocumentLayout layout, Theme theme, Paper paper) {
        this.layout = layout;
        this.theme = theme;
        this.engine = new LayoutEngine(theme, layout, paper);
        this.columnWidth = engine.columnWidth();
        this.pageTextHeight = paper.height() - layout.margins().top() - layout.margins().bottom();
    }

    /** An event with its readable date. */
    record Dated(TimelineEvent event, EventDate date) {
        String label() {
            String l = event.label();
            if (l == null || l.isBlank()) l = event.sentence();
            return l == null ? "" : l.strip();
        }
    }

    public DocumentSpec build(Briefing b) {
        Article a = b.article();
        String title = a.displayTitle();
        PartialDate ref = a.metadata().date();
        List<Dated> dated = new ArrayList<>();
        List<Dated> undated = new ArrayList<>();
        for (TimelineEvent e : b.timeline()) {
            Dated d = new Dated(e, EventDate.of(e, ref));
            if (e.value() == null || e.value().isBlank()) undated.add(d);
            else dated.add(d);
        }
        List<Block> blocks = new ArrayList<>();
        for (String section : layout.sections()) {
            switch (section) {
                case "title" -> blocks.add(Heading.of(1, "Timeline: " + title));
                case "byline" -> blocks.add(TextParagraph.of(ParagraphStyle.BYLINE,
                        List.of(Run.plain(AnnotatedTextDocument.byline(a.metadata())))));
                case "how-to-read" -> { if (!dated.isEmpty()) blocks.add(howToRead(dated)); }
                case "timeline" -> timeline(dated, ref, blocks);
                case "events" -> table(dated, blocks);
                case "notes" -> notes(dated, ref, blocks);
                case "undated" -> undated(undated, blocks);
                default -> { }
            }
        }
        return new DocumentSpec("Timeline: " + title, a.metadata().language(), blocks, "Timeline: " + title);
    }

    private TextParagraph howToRead(List<Dated> dated) {
        boolean anyPlaced = dated.stream().anyMatch(d -> d.date().placed());
        StringBuilder s = new StringBuilder();
        if (anyPlaced) {
            s.append("Each row is one event the article dates, earliest first. On the right, time runs from left to right: "
                    + "a dot marks a known day and a bar a month or a longer stretch such as a half-year. ");
            if (dated.stream().anyMatch(d -> !d.date().placed() || d.date().approximate()))
                s.append("Hollow marks are approximate: the article gives no exact date, so they sit where the article tells them. ");
        } else {
            s.append("Each row is one event, in the order the article tells them. The article does not give the years, "
                    + "so the marks show only that order, not how far apart the events are. ");
        }
        s.append("The table after the drawing lists the same events with the paragraph where each is mentioned.");
        return TextParagraph.of(ParagraphStyle.CALLOUT, List.of(Run.strong("How to read this timeline. "), Run.plain(s.toString())));
    }

    private void timeline(List<Dated> dated, PartialDate reference, List<Block> blocks) {
        if (dated.isEmpty()) {
            blocks.add(TextParagraph.of("The article gives no dates, so there is no timeline to draw."));
            return;
        }
        TimelineFigure fig = new TimelineFigure(theme, columnWidth);
        List<TimelineFigure.Row> rows = dated.stream()
                .map(d -> new TimelineFigure.Row(d.date(), d.label(), EventDate.hint(d.event().value(), reference))).toList();
        // The first part fills what the title and note leave of the page; later parts a page
        // each (less a margin for the heading that may follow), so no page is left half empty.
        float room = roomLeft(blocks) - theme.bodySize() * theme.leading() * 1.5f;
        // The engine scales down any figure taller than 85% of the page: stay under that.
        float maxHeight = pageTextHeight * 0.84f;
        float first = room > pageTextHeight * 0.3f ? Math.min(room, maxHeight) : maxHeight;
        blocks.addAll(fig.draw(rows, first, maxHeight, altText(dated)));
    }

    /** The height left on the last page after laying out the blocks so far (the engine is cheap). */
    private float roomLeft(List<Block> blocks) {
        if (blocks.isEmpty()) return pageTextHeight;
        LaidOutDocument laid = engine.layout(new DocumentSpec("measure", "en", blocks, null));
        PageFrames last = laid.pages().get(laid.pages().size() - 1);
        float lowest = last.height() - layout.margins().top();
        for (Frame f : last.frames()) {
            if (f.artifact()) continue;
            if (f instanceof Frame.Text t) lowest = Math.min(lowest, t.y() - t.size() * 0.3f);
            else if (f instanceof Frame.Drawing d) lowest = Math.min(lowest, d.y());
        }
        return lowest - layout.margins().bottom();
    }

    /** "Timeline of 8 events from the second half of 2003 to May 2005." plus what is uncertain. */
    static String altText(List<Dated> dated) {
        int n = dated.size();
        String events = n == 1 ? "1 event" : n + " events";
        Dated first = null, last = null;
        for (Dated d : dated) {
            if (!d.date().placed()) continue;
            if (first == null || d.date().start() < first.date().start()) first = d;
            if (last == null || d.date().end() > last.date().end()) last = d;
        }
        StringBuilder s = new StringBuilder("Timeline of ").append(events);
        if (first == null) {
            s.append(" in the order the article tells them; the article does not state their years.");
        } else if (first == last) {
            s.append(n == 1 ? " in " : ", dated events in ").append(first.date().phrase()).append('.');
        } else {
            s.append(" from ").append(first.date().phrase()).append(" to ").append(last.date().phrase()).append('.');
        }
        long approx = dated.stream().filter(d -> !d.date().placed() || d.date().approximate()).count();
        if (first != null && approx > 0)
            s.append(' ').append(approx == 1 ? "One is" : approx + " are")
                    .append(" dated only approximately and placed in the article\u2019s order.");
        s.append(" The events are listed in the table that follows.");
        return s.toString();
    }

    private void table(List<Dated> dated, List<Block> blocks) {
        if (dated.isEmpty()) return;
        blocks.add(Heading.of(2, "The events"));
        List<Table.Row> body = new ArrayList<>();
        for (Dated d : dated) {
            String date = d.date().display();
            if (d.event().underspecified() && !d.date().yearUnknown() && !d.date().approximate())
                date += " (year inferred from the article\u2019s date)";
            // Paragraph 0: the text outside the numbered paragraphs (e.g. the author's note).
            String para = d.event().paragraph() > 0 ? Integer.toString(d.event().paragraph()) : "after the article";
            body.add(Table.Row.of(date, d.label(), para));
        }
        blocks.add(new Table(List.of(Table.Row.of("Date", "Event", "Paragraph")), body, null,
                List.of(1.3, 3.0, 0.75), false));
    }

    private void notes(List<Dated> dated, PartialDate ref, List<Block> blocks) {
        List<ListBlock.ListItem> items = new ArrayList<>();
        Set<String> noYear = new LinkedHashSet<>(), relative = new LinkedHashSet<>(), inferred = new LinkedHashSet<>(),
                spans = new LinkedHashSet<>();
        for (Dated d : dated) {
            String said = d.event().expression() != null ? d.event().expression().text() : null;
            String quoted = said != null && !said.isBlank() ? "\u201C" + said.strip() + "\u201D" : d.date().display();
            if (d.date().yearUnknown()) noYear.add(quoted);
            else if (!d.date().placed() || d.date().approximate()) relative.add(quoted);
            else if (d.event().underspecified()) inferred.add(quoted + " (" + d.date().display() + ")");
            if (d.date().placed() && d.date().precision().equals("span")) spans.add(d.date().phrase());
        }
        if (!noYear.isEmpty())
            items.add(item("Year not stated: ", join(noYear) + (noYear.size() == 1 ? " gives" : " give")
                    + " a day or month but no year, and no year has been guessed."));
        if (!relative.isEmpty())
            items.add(item("Approximate: ", join(relative) + (relative.size() == 1 ? " is" : " are")
                    + " dated only relative to when the article was written"
                    + (ref != null ? " (" + AnnotatedTextDocument.date(ref) + ")" : "")
                    + ", so the timeline places " + (relative.size() == 1 ? "it" : "them") + " by the order of the article."));
        if (!inferred.isEmpty())
            items.add(item("Inferred: ", "the year of " + join(inferred) + " is not in the sentence; it comes from the article\u2019s date."));
        if (!spans.isEmpty())
            items.add(item("Spans: ", join(spans) + (spans.size() == 1 ? " is a stretch" : " are stretches")
                    + " of time, drawn as bars over the months they cover."));
        if (items.isEmpty()) return;
        blocks.add(Heading.of(2, "About the dates"));
        blocks.add(new ListBlock(false, items));
    }

    private void undated(List<Dated> undated, List<Block> blocks) {
        if (undated.isEmpty()) return;
        blocks.add(Heading.of(2, "Mentioned without a date"));
        List<ListBlock.ListItem> items = new ArrayList<>();
        for (Dated d : undated)
            items.add(ListBlock.ListItem.of(d.label() + (d.event().paragraph() > 0 ? " (paragraph " + d.event().paragraph() + ")" : "")));
        blocks.add(new ListBlock(false, items));
    }

    private static ListBlock.ListItem item(String lead, String text) {
        return new ListBlock.ListItem(List.of(Run.strong(lead), Run.plain(text)));
    }

    static String join(Set<String> items) {
        List<String> l = new ArrayList<>(items);
        if (l.size() == 1) return l.get(0);
        return String.join(", ", l.subList(0, l.size() - 1)) + " and " + l.get(l.size() - 1);
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}

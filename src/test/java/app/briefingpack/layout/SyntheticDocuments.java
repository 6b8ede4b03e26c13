package app.briefingpack.layout;

import java.util.ArrayList;
import java.util.List;

/** Block lists that exercise the layout engine: long tables, lists, figures, notes, long words. */
public final class SyntheticDocuments {
    private SyntheticDocuments() {}

    static final String LOREM = "Secondary school readers deserve handouts that are set with care: clear headings, "
            + "a comfortable measure, generous margins and numbers they can point to in a discussion. ";

    public static DocumentSpec mixed() {
        List<Block> b = new ArrayList<>();
        b.add(Heading.of(1, "A synthetic document"));
        b.add(TextParagraph.of(ParagraphStyle.BYLINE, List.of(Run.plain("By nobody in particular · date not given"))));
        b.add(TextParagraph.of(ParagraphStyle.CALLOUT, List.of(Run.strong("How to read this page. "), Run.plain(LOREM))));
        b.add(Heading.of(2, "Paragraphs with notes"));
        for (int i = 1; i <= 6; i++) {
            b.add(new TextParagraph(List.of(Run.plain(LOREM.repeat(2)), Run.term("insurgency"), Run.plain(" and "),
                    Run.emphasis("emphasis"), Run.plain(", a "), Run.link("link to the source", "https://example.org/a"),
                    Run.plain(" and French words: "), Run.plain("la plume de ma tante").withLang("fr"), Run.plain(". " + LOREM)),
                    ParagraphStyle.BODY, Integer.toString(i), null,
                    List.of(new MarginNote("n" + i + "a", List.of(Run.strong("Term. "), Run.plain("insurgency: an organised rebellion against a government."))),
                            new MarginNote("n" + i + "b", List.of(Run.plain("A second note that is a little longer, so that notes get pushed down the margin when paragraphs are short.")))),
                    true));
        }
        b.add(TextParagraph.of("Averyveryveryverylongwordwithoutanyspacesthatcannotfitonalinewhateverthemeasureisbecauseitgoesonandonandonandonandonandonandonandonandonandonandonandon."));
        b.add(TextParagraph.of("Characters no font has: \uD83D\uDE00 and \u4E2D\u6587 and Greek αβγ and Cyrillic кириллица."));
        b.add(Heading.of(2, "A list"));
        b.add(new ListBlock(true, List.of(ListBlock.ListItem.of("First item. " + LOREM), ListBlock.ListItem.of("Second item."),
                ListBlock.ListItem.of("Third item."))));
        b.add(new ListBlock(false, List.of(ListBlock.ListItem.of("A bullet."), ListBlock.ListItem.of("Another bullet. " + LOREM))));
        b.add(Heading.of(2, "A figure"));
        b.add(new Figure(400, 120, List.of(
                new DrawOp.Line(10, 60, 390, 60, 2, 0x333333),
                new DrawOp.Circle(50, 60, 6, 0x1F4E79, -1, 0),
                new DrawOp.Circle(200, 60, 6, 0x1F4E79, -1, 0),
                new DrawOp.Rect(300, 40, 40, 40, -1, 0x7A3B00, 1),
                new DrawOp.Label(50, 90, "2003", 10, true, 0x1A1A1A, DrawOp.Anchor.MIDDLE),
                new DrawOp.Label(200, 90, "2005 — Ω ☃", 10, false, 0x1A1A1A, DrawOp.Anchor.MIDDLE)),
                "A timeline from 2003 to 2005 with two events.", "Figure 1. A small timeline."));
        b.add(new Rule());
        b.add(Heading.of(2, "A long table"));
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 80; i++) rows.add(Table.Row.of("Row " + i, "Value " + i * 7, i % 5 == 0 ? LOREM : "short"));
        b.add(new Table(List.of(Table.Row.of("Name", "Value", "Comment")), rows, "Table 1. Eighty rows.", List.of(1.0, 1.0, 3.0), true));
        b.add(new PageBreak());
        b.add(Heading.of(2, "After the break"));
        b.add(TextParagraph.of(LOREM));
        return new DocumentSpec("A synthetic document", "en", b, "A synthetic document");
    }

    /** About 40 pages of headings and paragraphs. */
    public static DocumentSpec long40() {
        List<Block> b = new ArrayList<>();
        b.add(Heading.of(1, "Forty pages"));
        for (int s = 1; s <= 40; s++) {
            b.add(Heading.of(2, "Section " + s));
            for (int p = 0; p < 5; p++) b.add(TextParagraph.of(LOREM.repeat(3 + (p % 3))));
        }
        return new DocumentSpec("Forty pages", "en", b, "Forty pages");
    }
}

package app.briefingpack.braille;

import static org.assertj.core.api.Assertions.assertThat;

import app.briefingpack.braille.BrailleText.Format;
import app.briefingpack.testing.BrfFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The BANA placements, on small hand-made documents. */
class BrfFormatterTest {

    private static final BrailleOptions PAGE = new BrailleOptions(2, 40, 25);

    private static BrfFile format(BrailleOptions o, BrailleText... units) throws BrailleException {
        String brf = BrfFormatter.format(List.of(units), UebTranslator.forGrade(o.grade()), o).text();
        return BrfFile.parse(brf).assertFormat(o.cells(), o.lines());
    }

    private static String words(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(i % 5 == 0 ? "Teachers " : "read ").append(i % 9 == 8 ? "notes. " : "");
        return s.toString();
    }

    @Test
    void headingsParagraphsAndListsSitInTheirCells() throws Exception {
        BrfFile brf = format(PAGE,
                new BrailleText(Format.CENTRED_HEADING, "A short title"),
                new BrailleText(Format.PARAGRAPH, words(30)),
                new BrailleText(Format.CELL5_HEADING, "Key points"),
                new BrailleText(Format.LIST_ITEM, "1. " + words(20)));
        List<String> lines = brf.textLines();
        String title = lines.get(0);
        int left = title.length() - title.stripLeading().length();
        int right = 40 - title.length();
        assertThat(left).isGreaterThanOrEqualTo(3);
        assertThat(Math.abs(left - right)).as("centred: '%s'", title).isLessThanOrEqualTo(1);
        assertThat(lines.get(1)).as("blank line after a centred heading").isEmpty();
        assertThat(lines.get(2)).startsWith("  ").doesNotStartWith("   "); // paragraph: cell 3
        assertThat(lines.get(3)).doesNotStartWith(" ");                  // runover: cell 1
        int heading = lines.indexOf("    ,KEY PO9TS");
        assertThat(heading).as("cell-5 heading in: %s", lines).isPositive();
        assertThat(lines.get(heading - 1)).as("blank line before a cell-5 heading").isEmpty();
        assertThat(lines.get(heading + 1)).startsWith("#A4 ");             // list item: cell 1
        assertThat(lines.get(heading + 2)).startsWith("  ").doesNotStartWith("   "); // runover: cell 3
    }

    @Test
    void aHeadingNeverEndsAPageAndAPageBreakStartsANewOne() throws Exception {
        List<BrailleText> units = new ArrayList<>();
        // One-line paragraphs filling 22 of a page's 24 text lines: a heading needs a blank line, itself and a line of text.
        for (int i = 0; i < 22; i++) units.add(new BrailleText(Format.PARAGRAPH, "Short paragraph number " + i + "."));
        units.add(new BrailleText(Format.CELL5_HEADING, "Questions to discuss"));
        units.add(new BrailleText(Format.PARAGRAPH, "What follows the heading."));
        units.add(BrailleText.pageBreak());
        units.add(new BrailleText(Format.CENTRED_HEADING, "Timeline"));
        BrfFile brf = format(PAGE, units.toArray(BrailleText[]::new));
        for (List<String> page : brf.pages().subList(0, brf.pages().size() - 1)) {
            List<String> text = page.subList(0, page.size() - 1);
            int last = text.size() - 1;
            while (last >= 0 && text.get(last).isEmpty()) last--;
            assertThat(text.get(last)).as("a page ends with its heading: %s", text).doesNotStartWith("    ,")
                    .doesNotStartWith("   ");
        }
        // The heading did not fit with a line of its text on page 1: it moved, and page 1 kept a blank line.
        assertThat(brf.pages()).hasSize(3);
        assertThat(brf.pages().get(1).get(0)).isEqualTo("    " + UebTranslator.forGrade(2).translate("Questions to discuss"));
        assertThat(brf.pages().get(0).get(22)).isEmpty();
        assertThat(brf.pages().get(0).get(21)).isNotEmpty();
        List<String> lastPage = brf.pages().get(brf.pages().size() - 1);
        assertThat(lastPage.get(0).strip()).as("the page break put the heading on a page of its own").isEqualTo(UebTranslator.forGrade(2).translate("Timeline"));
    }

    @Test
    void aWordLongerThanTheLineIsCutAtTheMargin() throws Exception {
        String url = "https://example.org/" + "a".repeat(120);
        BrfFile brf = format(new BrailleOptions(2, 20, 10), new BrailleText(Format.PARAGRAPH, "See " + url + " now"));
        assertThat(brf.textLines().stream().filter(l -> !l.isEmpty()).count()).isGreaterThan(6);
    }

    @Test
    void theTranscribersNoteIsEnclosedInItsIndicatorsFromCellSeven() throws Exception {
        BrfFile brf = format(PAGE, new BrailleText(Format.TRANSCRIBERS_NOTE, "This file is the brief of the pack."));
        assertThat(brf.textLines().get(0)).startsWith("      " + BrfFormatter.NOTE_OPEN);
        String all = String.join(" ", brf.textLines()).strip();
        assertThat(all).endsWith(BrfFormatter.NOTE_CLOSE);
    }

    @Test
    void charactersBrailleHasNoSignForStillGiveAnAsciiBrailleFile() throws Exception {
        // Arabic, Hebrew, CJK, an emoji (a surrogate pair), a combining accent, U+FFFD, a word joiner.
        String text = "Peace \u0633\u0644\u0627\u0645 \u05E9\u05DC\u05D5\u05DD \u4E2D\u6587 \uD83D\uDE00 cafe\u0301 \uFFFD a\u2060b.";
        for (int grade : new int[] {1, 2})
            format(new BrailleOptions(grade, 40, 25), new BrailleText(Format.PARAGRAPH, text.repeat(20)),
                    new BrailleText(Format.CENTRED_HEADING, text));
    }
}

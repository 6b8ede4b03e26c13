package app.briefingpack.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.briefingpack.documents.Layouts;
import app.briefingpack.documents.DocumentType;

/** Layout decisions checked on the frames themselves, before any PDF is written. */
class LayoutEngineTest {

    private final Layouts layouts = Layouts.defaults();

    private LaidOutDocument lay(DocumentSpec spec, String theme, Paper paper) {
        return new LayoutEngine(layouts.theme(theme), layouts.document(DocumentType.ANNOTATED), paper).layout(spec);
    }

    @Test
    void everyTextFrameStaysInsideThePageAndAboveTheMinimumSize() {
        for (String theme : List.of("standard", "large-print")) {
            LaidOutDocument d = lay(SyntheticDocuments.mixed(), theme, Paper.A4);
            float min = layouts.theme(theme).minimumSize();
            for (PageFrames p : d.pages()) {
                for (Frame f : p.frames()) {
                    if (f instanceof Frame.Text t) {
                        assertThat(t.x()).isGreaterThanOrEqualTo(0);
                        assertThat(t.x() + t.width()).as("right edge of '%s'", t.text()).isLessThanOrEqualTo(p.width());
                        assertThat(t.y() - t.size() * 0.25f).isGreaterThan(0);
                        assertThat(t.y() + t.size()).isLessThan(p.height());
                        assertThat(t.size()).isGreaterThanOrEqualTo(min);
                    }
                }
            }
        }
    }

    @Test
    void marginNotesNeverOverlapAndNeverStartAboveTheirParagraph() {
        LaidOutDocument d = lay(SyntheticDocuments.mixed(), "standard", Paper.LETTER);
        float noteX = -1;
        for (PageFrames p : d.pages()) {
            // Lines of notes on one page, top to bottom, must not overlap: baselines strictly increase downwards.
            Map<StructNode, List<Frame.Text>> notes = new HashMap<>();
            for (Frame f : p.frames()) {
                if (!(f instanceof Frame.Text t) || t.owner() == null) continue;
                StructNode block = t.owner();
                while (block.inline()) block = block.parent();
                if ("Note".equals(block.type())) notes.computeIfAbsent(block, k -> new ArrayList<>()).add(t);
            }
            List<float[]> boxes = new ArrayList<>();
            for (List<Frame.Text> lines : notes.values()) {
                float top = Float.NEGATIVE_INFINITY, bottom = Float.POSITIVE_INFINITY;
                for (Frame.Text t : lines) {
                    top = Math.max(top, t.y() + t.size());
                    bottom = Math.min(bottom, t.y() - t.size() * 0.3f);
                    noteX = t.x();
                }
                boxes.add(new float[] {bottom, top});
            }
            for (int i = 0; i < boxes.size(); i++)
                for (int j = i + 1; j < boxes.size(); j++)
                    assertThat(boxes.get(i)[1] <= boxes.get(j)[0] || boxes.get(j)[1] <= boxes.get(i)[0])
                            .as("notes overlap on a page").isTrue();
        }
        assertThat(noteX).as("notes sit in the right-hand column").isGreaterThan(400);
    }

    @Test
    void headingsAreNeverTheLastThingOnAPage() {
        LaidOutDocument d = lay(SyntheticDocuments.long40(), "large-print", Paper.LETTER);
        for (PageFrames p : d.pages()) {
            Frame.Text last = null;
            for (Frame f : p.frames()) if (f instanceof Frame.Text t && t.owner() != null) last = t;
            assertThat(last).isNotNull();
            assertThat(last.owner().type()).as("last text on a page").doesNotStartWith("H");
        }
    }

    @Test
    void noParagraphLeavesASingleLineAtTheFootOrHeadOfAPage() {
        LaidOutDocument d = lay(SyntheticDocuments.long40(), "standard", Paper.LETTER);
        Map<StructNode, List<Integer>> pagesOf = new HashMap<>();
        for (int i = 0; i < d.pages().size(); i++)
            for (Frame f : d.pages().get(i).frames())
                if (f instanceof Frame.Text t && t.owner() != null && "P".equals(t.owner().type()))
                    pagesOf.computeIfAbsent(t.owner(), k -> new ArrayList<>()).add(i);
        int split = 0;
        for (List<Integer> lines : pagesOf.values()) {
            Map<Integer, Integer> perPage = new HashMap<>();
            for (int pg : lines) perPage.merge(pg, 1, Integer::sum);
            if (perPage.size() > 1) {
                split++;
                assertThat(perPage.values()).allMatch(n -> n >= 2);
            }
        }
        assertThat(split).as("some paragraphs do cross pages").isGreaterThan(3);
    }

    @Test
    void linesAreNumberedEveryFifthLineAsArtifacts() {
        LaidOutDocument d = lay(SyntheticDocuments.mixed(), "standard", Paper.LETTER);
        List<Integer> numbers = new ArrayList<>();
        for (PageFrames p : d.pages())
            for (Frame f : p.frames())
                if (f instanceof Frame.Text t && t.artifact() && t.text().matches("\\d+")) numbers.add(Integer.parseInt(t.text()));
        assertThat(numbers).isNotEmpty().allMatch(n -> n % 5 == 0);
        assertThat(numbers).startsWith(5, 10, 15);
    }

    @Test
    void charactersNoFontHasAreReplacedAndReported() {
        LaidOutDocument d = lay(SyntheticDocuments.mixed(), "standard", Paper.LETTER);
        assertThat(d.warnings()).anyMatch(w -> w.contains("U+1F600"));
        String all = allText(d);
        assertThat(all).contains("\uFFFD").contains("αβγ").contains("кириллица");
        for (PageFrames p : d.pages())
            for (Frame f : p.frames())
                if (f instanceof Frame.Text t)
                    t.text().codePoints().forEach(cp -> assertThat(FontLibrary.hasGlyph(t.face(), cp))
                            .as("U+%04X in %s", cp, t.face()).isTrue());
    }

    @Test
    void veryLongWordsAreCutToFitTheMeasure() {
        DocumentSpec spec = new DocumentSpec("Long", "en", List.of(TextParagraph.of("x".repeat(500))), null);
        LaidOutDocument d = lay(spec, "large-print", Paper.LETTER);
        // No hyphenation point in "xxx...": cut between characters, each cut marked with a break hyphen.
        assertThat(allText(d).replace(" ", "").replace(LineBreaker.BREAK_HYPHEN, "")).isEqualTo("x".repeat(500));
        assertThat(allText(d)).contains("x" + LineBreaker.BREAK_HYPHEN);
        for (Frame f : d.pages().get(0).frames())
            if (f instanceof Frame.Text t) assertThat(t.x() + t.width()).isLessThanOrEqualTo(612 - 40);
    }

    private static String allText(LaidOutDocument d) {
        StringBuilder sb = new StringBuilder();
        for (PageFrames p : d.pages()) for (Frame f : p.frames()) if (f instanceof Frame.Text t && !t.artifact()) sb.append(t.text());
        return sb.toString();
    }

    @Test
    void figuresAreScaledToTheColumnAndSmallLabelsAreReported() {
        LayoutEngine engine = new LayoutEngine(layouts.theme("large-print"), layouts.document(DocumentType.ANNOTATED), Paper.LETTER);
        float column = engine.columnWidth();
        Figure wide = new Figure(column * 2, 100, List.of(new DrawOp.Label(0, 50, "2003", 20, false, 0, DrawOp.Anchor.START)),
                "A wide figure.", null);
        LaidOutDocument d = engine.layout(new DocumentSpec("Fig", "en", List.of(wide), null));
        Frame.Drawing drawing = d.pages().get(0).frames().stream().filter(f -> f instanceof Frame.Drawing)
                .map(Frame.Drawing.class::cast).findFirst().orElseThrow();
        assertThat(drawing.width()).isCloseTo(column, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(drawing.scale()).isCloseTo(0.5f, org.assertj.core.data.Offset.offset(0.001f));
        assertThat(d.warnings()).anyMatch(w -> w.startsWith("figure labels are set at 10.0 pt"));
    }

    /** The height a builder weighs for a column is what the column then takes on the page. */
    @Test
    void measuredHeightIsWhatAColumnTakesWhenLaidOut() {
        LayoutEngine engine = new LayoutEngine(layouts.theme("standard"), layouts.document(DocumentType.BRIEF), Paper.LETTER);
        List<Block> a = List.of(Heading.of(2, "Who is who"), TextParagraph.of("A short paragraph that wraps onto a second line"
                + " in a half-width column of the brief, and then onto a third one as well."),
                new ListBlock(true, List.of(ListBlock.ListItem.of("One point"), ListBlock.ListItem.of("Another point"))));
        List<Block> twice = new ArrayList<>(a);
        twice.addAll(a);
        List<Block> small = List.of(TextParagraph.of("Tiny."));
        float half = engine.halfWidth(engine.columnWidth());
        assertThat(half).isLessThan(engine.columnWidth() / 2 - 5);
        float ha = engine.height(a, half, "en");
        float hTwice = engine.height(twice, half, "en");
        assertThat(ha).isGreaterThan(0);
        assertThat(engine.height(a, half / 2, "en")).as("narrower is taller").isGreaterThan(ha);
        // The paragraph after the columns moves down by exactly the left column's extra height.
        float shift = markerY(engine, a, small) - markerY(engine, twice, small);
        assertThat(shift).isCloseTo(hTwice - ha, org.assertj.core.data.Offset.offset(0.5f));
    }

    private static float markerY(LayoutEngine engine, List<Block> left, List<Block> right) {
        DocumentSpec spec = new DocumentSpec("m", "en", List.of(Heading.of(1, "Title"), TextParagraph.of("Intro."),
                new Columns(left, right), TextParagraph.of("Marker")), "Title");
        LaidOutDocument d = engine.layout(spec);
        assertThat(d.pages()).hasSize(1);
        for (Frame f : d.pages().get(0).frames())
            if (f instanceof Frame.Text t && t.text().equals("Marker")) return t.y();
        throw new AssertionError("no marker");
    }
}

package app.briefingpack.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.briefingpack.documents.DocumentType;
import app.briefingpack.documents.Layouts;
import app.briefingpack.pdf.TaggedPdfWriter;

/** The line-end check of {@link PrintedCorpusTest} can fail: on crafted lines and on a PDF whose break hyphens were taken out. */
class LineEndsTest {

    private static Predicate<String> dictionary;

    @BeforeAll
    static void loadTheDictionary() throws IOException {
        dictionary = LineEnds.dictionary();
    }

    /** A layout with its break hyphens taken out is caught. */
    @Test
    void aWordBrokenWithoutItsHyphenIsCaught() throws IOException {
        Layouts layouts = Layouts.defaults();
        Table narrow = new Table(List.of(Table.Row.of("Date", "Event", "Paragraph")),
                List.of(Table.Row.of("2005", "The hearing", "Inconvenience"), Table.Row.of("2006", "The count", "Hyphenation")), null,
                List.of(1.3, 3.0, 0.75), false);
        DocumentSpec spec = new DocumentSpec("Narrow", "en", List.of(Heading.of(1, "Narrow columns"), narrow), null);
        LaidOutDocument laid = new LayoutEngine(layouts.theme("large-print"), layouts.document(DocumentType.TIMELINE), Paper.LETTER).layout(spec);

        List<String> asLaid = LineEnds.faults("as laid", PrintedLines.of(load(laid)).blocks(), dictionary);
        assertThat(asLaid).isEmpty();
        int removed = 0;
        for (PageFrames page : laid.pages()) {
            List<Frame> frames = page.frames();
            for (int i = 0; i < frames.size(); i++) {
                if (frames.get(i) instanceof Frame.Text t && t.text().endsWith(LineBreaker.BREAK_HYPHEN)) {
                    frames.set(i, new Frame.Text(t.x(), t.y(), t.text().substring(0, t.text().length() - 1), t.face(),
                            t.size(), t.colour(), t.width(), t.owner(), t.url()));
                    removed++;
                }
            }
        }
        assertThat(removed).as("the narrow column hyphenates 'Paragraph'").isPositive();
        List<String> broken = LineEnds.faults("broken", PrintedLines.of(load(laid)).blocks(), dictionary);
        assertThat(broken).anyMatch(f -> f.contains("is broken without a hyphen"));
    }

    @Test
    void aHyphenAtNoHyphenationPointIsCaught() {
        assertThat(LineEnds.fault("the Para\u00AD", "graph column", dictionary)).isNull();
        assertThat(LineEnds.fault("the Parag\u00AD", "raph column", dictionary)).contains("patterns allow no break");
        assertThat(LineEnds.fault("an inconvenienc", "e for all", dictionary)).contains("broken without a hyphen");
        // Two words that happen to make a third are not a broken word; nor is a capital after a break.
        assertThat(LineEnds.fault("some", "times it rains", dictionary)).isNull();
        assertThat(LineEnds.fault("in the", "United States", dictionary)).isNull();
    }

    private static PDDocument load(LaidOutDocument laid) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaggedPdfWriter.write(laid, out);
        return Loader.loadPDF(out.toByteArray());
    }
}

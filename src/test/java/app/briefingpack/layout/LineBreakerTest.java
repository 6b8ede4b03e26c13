package app.briefingpack.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.AlphaChars;

import org.junit.jupiter.api.Test;

class LineBreakerTest {

    private static final TextStyle STYLE = new TextStyle(FontFace.SERIF, 11, 0);

    private static List<LineBreaker.Line> lines(String text, float measure) {
        StructNode p = new StructNode("P", false);
        Theme theme = app.briefingpack.pdf.Layouts.defaults().theme("standard");
        List<Word> words = new InlineSetter(theme, "en", new java.util.ArrayList<>()).words(List.of(Run.plain(text)), STYLE, p);
        return LineBreaker.breakLines(words, measure);
    }

    private static String joined(List<LineBreaker.Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (LineBreaker.Line l : lines) for (Piece p : l.pieces()) sb.append(p.text());
        return sb.toString();
    }

    @Property(tries = 60)
    void linesFitAndKeepEveryCharacter(@ForAll @IntRange(min = 1, max = 60) int wordCount,
                                       @ForAll @AlphaChars @StringLength(min = 1, max = 30) String seed,
                                       @ForAll @IntRange(min = 60, max = 400) int measure) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < wordCount; i++) sb.append(i > 0 ? " " : "").append(seed, 0, 1 + (i * 7) % seed.length());
        List<LineBreaker.Line> lines = lines(sb.toString(), measure);
        for (LineBreaker.Line l : lines) assertThat(l.width()).isLessThanOrEqualTo(measure + 0.01f);
        assertThat(joined(lines).replace(" ", "")).isEqualTo(sb.toString().replace(" ", ""));
    }

    @Test
    void aParagraphDoesNotEndWithOneShortWordAlone() {
        String text = "The time to try peace diplomacy is now, not many months or years from now, after thousands more have died.";
        for (int measure = 150; measure <= 400; measure += 10) {
            List<LineBreaker.Line> lines = lines(text, measure);
            if (lines.size() < 2) continue;
            LineBreaker.Line last = lines.get(lines.size() - 1);
            assertThat(last.width() >= measure * 0.2f || last.pieces().get(0).text().strip().contains(" "))
                    .as("last line at measure %d: '%s'", measure, last.pieces().get(0).text()).isTrue();
        }
    }

    @Test
    void linesAreEvenerThanFirstFit() {
        String text = "It is now time for the United States to pursue the one policy option that has been missing from "
                + "the national discussion of Iraq: the negotiation of a peace settlement with the insurgents that would "
                + "involve the complete withdrawal of U.S. troops in return for the surrender of the insurgents.";
        List<LineBreaker.Line> lines = lines(text, 200);
        double worst = 0;
        for (int i = 0; i < lines.size() - 1; i++) worst = Math.max(worst, 200 - lines.get(i).width());
        // No line but the last ends more than a third of the measure short.
        assertThat(worst).isLessThan(200 / 3.0);
    }
}

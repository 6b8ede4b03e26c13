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
        Theme theme = app.briefingpack.documents.Layouts.defaults().theme("standard");
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
        assertThat(joined(lines).replace(" ", "").replace(LineBreaker.BREAK_HYPHEN, "")).isEqualTo(sb.toString().replace(" ", ""));
    }

    @Test
    void theDictionaryFindsTeXsHyphenationPoints() {
        assertThat(hyphenated("hyphenation")).isEqualTo("hy-phen-ation");
        assertThat(hyphenated("inconvenience")).isEqualTo("in-con-ve-nience");
        assertThat(hyphenated("Paragraph")).isEqualTo("Para-graph");
        assertThat(hyphenated("table")).isEqualTo("ta-ble"); // from the exception list
        assertThat(hyphenated("cat")).isEqualTo("cat");
        assertThat(hyphenated("R2D2")).isEqualTo("R2D2");
    }

    private static String hyphenated(String word) {
        boolean[] at = Hyphenator.english().points(word);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < word.length(); i++) sb.append(at[i] ? "-" : "").append(word.charAt(i));
        return sb.toString();
    }

    @Test
    void aWordWiderThanTheLineIsBrokenOnlyAtAHyphenationPointWithAHyphen() {
        for (String word : new String[] {"Paragraph", "inconvenience", "internationalisation", "counterrevolutionaries"}) {
            for (float measure = 25; measure <= 120; measure += 5) {
                List<LineBreaker.Line> lines = lines(word, measure);
                if (lines.size() == 1) continue;
                StringBuilder rebuilt = new StringBuilder();
                boolean[] allowed = Hyphenator.english().points(word);
                for (int k = 0; k < lines.size(); k++) {
                    String text = joined(List.of(lines.get(k)));
                    if (k < lines.size() - 1) {
                        assertThat(text).as("%s at %s pt, line %d", word, measure, k).endsWith(LineBreaker.BREAK_HYPHEN);
                        text = text.substring(0, text.length() - 1);
                        int at = rebuilt.length() + text.length();
                        if (measure >= 60) assertThat(allowed[at]).as("%s broken before %d at %s pt", word, at, measure).isTrue();
                    }
                    rebuilt.append(text);
                }
                assertThat(rebuilt.toString()).isEqualTo(word);
            }
        }
    }

    @Test
    void aCompoundBreaksAfterItsOwnHyphenWithNothingAdded() {
        List<LineBreaker.Line> lines = lines("peace-settlement", 60);
        assertThat(joined(List.of(lines.get(0)))).isEqualTo("peace-");
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

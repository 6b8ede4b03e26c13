package app.briefingpack.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PronunciationLexiconTest {

    @Test
    void bundledLexiconCoversTheNamesOfTheSample() {
        PronunciationLexicon lex = PronunciationLexicon.bundled();
        assertThat(lex.phones()).containsKeys("chalabi", "allawi", "negroponte", "xinhua", "anbar",
                "baathist", "shiite", "jihadist", "saddamist");
        assertThat(lex.sayAs()).containsEntry("AFP", "A F P").containsEntry("U.S.", "U S");
    }

    @Test
    void bundledFileMatchesTheFileInLayouts() throws Exception {
        Path source = Path.of("layouts", "pronunciation.lex");
        assertThat(PronunciationLexicon.bundled()).isEqualTo(PronunciationLexicon.load(source));
    }

    @Test
    void parsesWordsInFreeTtsOrCmuNotationAndSayAsLines() {
        PronunciationLexicon lex = PronunciationLexicon.parse("""
                # a comment
                Ba'athist   B AA1 TH IH0 S T   # CMU dictionary style
                fallujah    f ax l uw1 jh ax
                NGO = N G O
                """, "test.lex");
        assertThat(lex.phones().get("baathist")).isEqualTo(List.of("b", "aa1", "th", "ih", "s", "t"));
        assertThat(lex.phones().get("fallujah")).hasSize(6);
        assertThat(lex.sayAs()).containsEntry("NGO", "N G O");
    }

    @Test
    void errorsNameTheFileTheLineAndTheProblem() {
        assertThatThrownBy(() -> PronunciationLexicon.parse("ok  ow1 k ey\nbad  b qq d\n", "mine.lex"))
                .hasMessageContaining("mine.lex line 2").hasMessageContaining("unknown phone 'qq'");
        assertThatThrownBy(() -> PronunciationLexicon.parse("word\n", "mine.lex"))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> PronunciationLexicon.parse("psst  p s s t\n", "mine.lex"))
                .hasMessageContaining("no vowel");
        assertThatThrownBy(() -> PronunciationLexicon.parse("kat  k1 ae t\n", "mine.lex"))
                .hasMessageContaining("stress mark on a consonant");
    }

    @Test
    void anOverrideReplacesAndAddsEntries(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.lex");
        Files.writeString(mine, "allawi  aa l aa1 w iy\nzarqawi  z aa r k aa1 w iy\n");
        PronunciationLexicon merged = PronunciationLexicon.bundled().overriddenBy(PronunciationLexicon.load(mine));
        assertThat(merged.phones().get("allawi")).startsWith("aa");
        assertThat(merged.phones()).containsKeys("zarqawi", "chalabi");
    }
}

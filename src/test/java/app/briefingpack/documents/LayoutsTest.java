package app.briefingpack.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.briefingpack.layout.Colours;
import app.briefingpack.layout.FontFamily;
import app.briefingpack.layout.Paper;
import app.briefingpack.layout.Theme;

class LayoutsTest {

    @TempDir
    Path dir;

    private static String bundled(String name) throws IOException {
        try (InputStream in = LayoutsTest.class.getClassLoader().getResourceAsStream("briefingpack/layouts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void put(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void bundledDefaultsLoadAndKeepTheirPromises() {
        Layouts l = Layouts.defaults();
        assertThat(l.document(DocumentType.ANNOTATED).paper()).isEqualTo(Paper.LETTER);
        assertThat(l.document(DocumentType.ANNOTATED).lineNumbers()).isEqualTo(5);
        assertThat(l.themeNames()).contains("standard", "large-print");
        Theme lp = l.theme("large-print");
        assertThat(lp.bodySize()).isGreaterThanOrEqualTo(18);
        assertThat(lp.bodyFamily()).isEqualTo(FontFamily.SANS);
        assertThat(lp.headingSizes()).allMatch(h -> h >= 20 && h <= 22);
        assertThat(lp.emphasisBold()).isTrue();
        for (String name : l.themeNames()) assertThat(l.theme(name).colours().check()).isNull();
        assertThat(l.document(DocumentType.BRIEF).sections()).first().isEqualTo("title");
    }

    @Test
    void aTeachersDirectoryReplacesOnlyTheFilesItHas() throws IOException {
        put("annotated.yaml", bundled("annotated.yaml").replace("lineNumbers: 5", "lineNumbers: 10").replace("paper: letter", "paper: a4"));
        put("themes/dyslexia.yaml", bundled("themes/standard.yaml").replace("name: standard", "name: dyslexia")
                .replace("body: DejaVu Serif", "body: DejaVu Sans"));
        Layouts l = Layouts.load(dir);
        assertThat(l.document(DocumentType.ANNOTATED).lineNumbers()).isEqualTo(10);
        assertThat(l.document(DocumentType.ANNOTATED).paper()).isEqualTo(Paper.A4);
        assertThat(l.document(DocumentType.BRIEF).sections()).contains("key-points");
        assertThat(l.theme("dyslexia").bodyFamily()).isEqualTo(FontFamily.SANS);
        assertThat(l.theme("standard").bodyFamily()).isEqualTo(FontFamily.SERIF);
    }

    @Test
    void unknownKeyNamesTheFileAndTheKey() throws IOException {
        put("annotated.yaml", bundled("annotated.yaml") + "\nlineNumbres: 5\n");
        assertThatThrownBy(() -> Layouts.load(dir)).isInstanceOf(LayoutFileException.class)
                .hasMessageStartingWith("annotated.yaml: unknown key 'lineNumbres'").hasMessageNotContaining("\n");
    }

    @Test
    void badValuesNameTheFileAndTheKey() throws IOException {
        put("annotated.yaml", bundled("annotated.yaml").replace("top: 60", "top: lots"));
        assertThatThrownBy(() -> Layouts.load(dir)).hasMessage("annotated.yaml: key 'margins.top': expected a number, got 'lots'");
        put("annotated.yaml", bundled("annotated.yaml").replace("paper: letter", "paper: legal"));
        assertThatThrownBy(() -> Layouts.load(dir)).hasMessageContaining("annotated.yaml: key 'paper'");
        put("annotated.yaml", bundled("annotated.yaml").replace("glossary,", "horoscope,"));
        assertThatThrownBy(() -> Layouts.load(dir)).hasMessageContaining("key 'sections': unknown section 'horoscope'");
    }

    @Test
    void missingFontIsAClearError() throws IOException {
        put("themes/standard.yaml", bundled("themes/standard.yaml").replace("body: DejaVu Serif", "body: Comic Sans"));
        assertThatThrownBy(() -> Layouts.load(dir))
                .hasMessageStartingWith("themes/standard.yaml: key 'fonts.body': no bundled font 'Comic Sans'");
    }

    @Test
    void lowContrastColoursAreRefused() throws IOException {
        put("themes/standard.yaml", bundled("themes/standard.yaml").replace("muted: \"#595959\"", "muted: \"#AAAAAA\""));
        assertThatThrownBy(() -> Layouts.load(dir))
                .hasMessageStartingWith("themes/standard.yaml: key 'colours.muted': contrast 2.32:1");
        assertThat(Colours.contrast(0x000000, 0xFFFFFF)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Colours.contrast(0x595959, 0xFFFFFF)).isGreaterThan(4.5);
    }

    @Test
    void largePrintRulesAreEnforced() throws IOException {
        put("themes/large-print.yaml", bundled("themes/large-print.yaml").replace("body: 18", "body: 14").replace("minimum: 16", "minimum: 12"));
        assertThatThrownBy(() -> Layouts.load(dir)).hasMessageContaining("key 'sizes.body': large print needs body text of at least 18 pt");
        put("themes/large-print.yaml", bundled("themes/large-print.yaml").replace("emphasis: bold", "emphasis: italic"));
        assertThatThrownBy(() -> Layouts.load(dir)).hasMessageContaining("key 'emphasis'");
        put("themes/large-print.yaml", bundled("themes/large-print.yaml").replace("alignment: left", "alignment: justified"));
        assertThatThrownBy(() -> Layouts.load(dir)).hasMessageContaining("key 'alignment'");
    }

    @Test
    void yamlThatIsNotYamlOrTriesToMakeObjectsIsRefused() throws IOException {
        put("timeline.yaml", "!!java.io.File [\"/etc/passwd\"]\n");
        assertThatThrownBy(() -> Layouts.load(dir)).isInstanceOf(LayoutFileException.class).hasMessageStartingWith("timeline.yaml: ");
        assertThatThrownBy(() -> Layouts.load(dir.resolve("nope"))).isInstanceOf(LayoutFileException.class);
    }

    @Test
    void aThemeWithADuplicateKeyIsRefusedInOneLineNamingFileLineAndKey() throws IOException {
        String theme = bundled("themes/standard.yaml");
        put("themes/standard.yaml", theme + "name: standard\n");
        assertThatThrownBy(() -> Layouts.load(dir)).isInstanceOf(LayoutFileException.class)
                .hasMessageStartingWith("themes/standard.yaml: line ")
                .hasMessageContaining("duplicate key name")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void theBriefsFitSectionIsCheckedAndBelongsToTheBriefOnly() throws IOException {
        assertThat(Layouts.defaults().document(DocumentType.BRIEF).fit().minimumSize()).isEqualTo(9f);
        assertThat(Layouts.defaults().document(DocumentType.ANNOTATED).fit()).isNull();
        put("brief.yaml", bundled("brief.yaml").replace("minimumSize: 9", "minimumSize: 3"));
        assertThatThrownBy(() -> Layouts.load(dir)).hasMessageStartingWith("brief.yaml: key 'fit.minimumSize': must be between 6 and 36");
        put("brief.yaml", bundled("brief.yaml").replace("step: 0.25", "step: 0.25\n  shrinkAll: true"));
        assertThatThrownBy(() -> Layouts.load(dir)).hasMessageStartingWith("brief.yaml: unknown key 'fit.shrinkAll'");
        put("brief.yaml", bundled("brief.yaml"));
        put("timeline.yaml", bundled("timeline.yaml") + "fit:\n  pages: 1\n");
        assertThatThrownBy(() -> Layouts.load(dir)).hasMessageStartingWith("timeline.yaml: unknown key 'fit'");
    }
}

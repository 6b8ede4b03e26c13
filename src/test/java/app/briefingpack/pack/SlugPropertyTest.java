package app.briefingpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a title or file name holds, its pack folder stays a single folder inside the output folder. */
class SlugPropertyTest {

    private static final Path OUT = Path.of("/srv/packs/out");

    @Property(tries = 2000)
    void titleSlugsNeverEscapeTheOutputFolder(@ForAll("hostileNames") String title) {
        String slug = Slug.of(title, "article");
        assertStaysInside(slug);
        assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(80);
    }

    @Property(tries = 2000)
    void fileNameSlugsNeverEscapeTheOutputFolder(@ForAll("hostileNames") String baseName) {
        String slug = Slug.ofFileName(baseName);
        assertStaysInside(slug);
        assertThat(slug).doesNotStartWith(".").doesNotContain("..", "/", "\\");
    }

    private static void assertStaysInside(String slug) {
        assertThat(slug).isNotEmpty();
        Path target = OUT.resolve(slug).normalize();
        assertThat(target.getParent()).isEqualTo(OUT);
        assertThat(target.getFileName().toString()).isEqualTo(slug);
        // PackFolders.begin accepts it: it would refuse anything unsafe with an exception.
        assertThat(slug.contains("/") || slug.contains("\\") || slug.startsWith(".") || slug.contains("..")).isFalse();
    }

    @Provide
    Arbitrary<String> hostileNames() {
        Arbitrary<String> pieces = Arbitraries.of("..", ".", "/", "\\", "../", "..\\", "~", "C:", "\u0000", " ", "-", "_",
                "\u2215", "\u2044", "\uFF0F", "\uFE52", "\u00B7", "é", "ǅ", "ß", "İ", "\u202E", "\u200D", "\uD83D\uDE00",
                "CON", "nul", "a", "Z", "9", "%2e%2e", "\n", ":", "*", "?", "\"", "<", ">", "|", "$HOME", "a".repeat(90));
        Arbitrary<String> built = pieces.list().ofMinSize(0).ofMaxSize(12).map(l -> String.join("", l));
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(120);
        return Arbitraries.oneOf(built, any, Arbitraries.strings().withChars("./\\-_a").ofMaxLength(20));
    }
}

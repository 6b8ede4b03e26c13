package app.briefingpack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

/** {@code --max-size} takes units and refuses what the reader cannot honour (no silent truncation). */
class MaxSizeOptionTest {

    @TempDir
    Path work;

    private final SizeConverter sizes = new SizeConverter();

    @Test
    void bytesAndUnits() {
        assertThat(sizes.convert("2097152")).isEqualTo(2_097_152L);
        assertThat(sizes.convert("2MB")).isEqualTo(2_097_152L);
        assertThat(sizes.convert("500KB")).isEqualTo(512_000L);
        assertThat(sizes.convert("500kb")).isEqualTo(512_000L);
        assertThat(sizes.convert("1.5 MB")).isEqualTo(1_572_864L);
        assertThat(sizes.convert("1GB")).isEqualTo(1L << 30);
    }

    @Test
    void sizesTheReaderCannotHonourAreRefused() {
        for (String bad : new String[] {"4294968296", "3000000000", "2GB", "99999999999999999999999", "0", "0KB", "-5",
                "2 XB", "MB", ""}) {
            assertThatThrownBy(() -> sizes.convert(bad)).as(bad).isInstanceOf(TypeConversionException.class);
        }
    }

    @Test
    void theCommandLineTakesUnitsAndRefusesOverflowAsAUsageError() throws IOException {
        Path big = Files.writeString(work.resolve("big.txt"), "Big story\n\n" + "The council met on Monday. ".repeat(25_000));
        Path small = Files.writeString(work.resolve("small.txt"), "Small story\n\nThe council met on Monday.\n");
        String out = work.resolve("out").toString();

        Run ok = briefing(small.toString(), "--max-size", "2MB", "-o", out, "--only", "json", "-q");
        assertThat(ok.code()).as(ok.err()).isZero();
        Run refused = briefing(big.toString(), "--max-size", "500KB", "-o", out, "--only", "json", "-q");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("error: big.txt: is 659.2 KB, over the 500.0 KB limit (see --max-size)\n");
        Run overflow = briefing(big.toString(), "--max-size", "4294968296", "-o", out, "--only", "json");
        assertThat(overflow.code()).isEqualTo(2);
        assertThat(overflow.err()).contains("'4294968296' is more than the program can read: at most 1GB");
        assertThat(work.resolve("out/big-story")).doesNotExist();
    }

    record Run(int code, String out, String err) {}

    private static Run briefing(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }
}

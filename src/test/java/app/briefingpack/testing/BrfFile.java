package app.briefingpack.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A BRF file read back as an embosser reads it: pages split at form feeds, lines at CR LF. Its
 * checks know nothing of how the file was made.
 *
 * @param pages each page's lines, without line ends
 */
public record BrfFile(List<List<String>> pages) {

    public static BrfFile parse(String text) {
        List<List<String>> pages = new ArrayList<>();
        for (String page : text.split("\f", -1)) {
            assertThat(page).as("every line of a BRF page ends in CR LF").endsWith("\r\n");
            String body = page.substring(0, page.length() - 2);
            assertThat(body.replace("\r\n", "")).as("no lone CR or LF").doesNotContain("\r", "\n");
            pages.add(Arrays.asList(body.split("\r\n", -1)));
        }
        return new BrfFile(pages);
    }

    /**
     * Asserts the page format: only ASCII braille characters (space to underscore), no line over
     * {@code cells}, every page exactly {@code lines} lines, the last line holding only the
     * braille page number at the right margin, numbers 1, 2, 3 ... in order.
     */
    public BrfFile assertFormat(int cells, int lines) {
        assertThat(pages).isNotEmpty();
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            assertThat(page).as("page %d has %d lines", p + 1, lines).hasSize(lines);
            for (String line : page) {
                assertThat(line.length()).as("line over %d cells: '%s'", cells, line).isLessThanOrEqualTo(cells);
                assertThat(line.chars()).as("ASCII braille only: '%s'", line).allMatch(c -> c >= 0x20 && c <= 0x5F);
                assertThat(line).as("no trailing blank cells").doesNotEndWith(" ");
            }
            assertThat(page.get(0)).as("page %d starts with text", p + 1).isNotBlank();
            String last = page.get(lines - 1);
            assertThat(last.length()).as("page number at the right margin").isEqualTo(cells);
            assertThat(pageNumber(last.strip())).as("page number of page %d", p + 1).isEqualTo(p + 1);
        }
        return this;
    }

    /** A braille number: the number sign then the letters a-j for the digits 1-9, 0. */
    static int pageNumber(String braille) {
        Matcher m = Pattern.compile("#([A-Ja-j]+)").matcher(braille);
        assertThat(m.matches()).as("a braille number: '%s'", braille).isTrue();
        int n = 0;
        for (char c : m.group(1).toUpperCase(Locale.ROOT).toCharArray()) n = n * 10 + (c == 'J' ? 0 : c - 'A' + 1);
        return n;
    }

    /** The text lines of every page (the page number lines left out), in order. */
    public List<String> textLines() {
        List<String> out = new ArrayList<>();
        for (List<String> page : pages) out.addAll(page.subList(0, page.size() - 1));
        return out;
    }

    /** Words of a text: runs of letters and digits, lower case. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}]+").matcher(text);
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
        return out;
    }

    /** The share of {@code source}'s words (counted with repeats) that {@code back} gives back. */
    public static double wordsKept(String source, String back) {
        Map<String, Integer> have = new HashMap<>();
        for (String w : words(back)) have.merge(w, 1, Integer::sum);
        List<String> wanted = words(source);
        int kept = 0;
        for (String w : wanted) {
            Integer n = have.get(w);
            if (n != null && n > 0) {
                kept++;
                have.put(w, n - 1);
            }
        }
        return wanted.isEmpty() ? 1.0 : kept / (double) wanted.size();
    }
}

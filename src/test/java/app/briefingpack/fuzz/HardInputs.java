package app.briefingpack.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Inputs built to be hard for the readers and the analysis, each under the 2 MB file limit:
 * deep nesting, huge lines and words, delimiter runs that make parsers backtrack, floods of
 * entities, dates and paragraphs. Deterministic (fixed seeds), so a slow case found once can be
 * found again. Used by the reading-stage tests and, written to a folder by {@link #main}, by
 * {@code bench/hard-inputs.sh} for the whole-pack cases.
 */
public final class HardInputs {

    /** Stays under the default 2 MB file limit with room for wrapping markup. */
    static final int BUDGET = 1_900_000;

    /** One hard input: a file name (with the extension that picks the reader) and its text. */
    public record Case(String fileName, Supplier<String> text, Supplier<String> corrections) {
        public Case(String fileName, Supplier<String> text) {
            this(fileName, text, null);
        }

        /** Writes the article (and its {@code NAME.brief.yaml} corrections, when the case has them). */
        public Path writeTo(Path folder) throws IOException {
            Path file = folder.resolve(fileName);
            Files.writeString(file, text.get(), StandardCharsets.UTF_8);
            if (corrections != null) {
                String base = fileName.substring(0, fileName.lastIndexOf('.'));
                Files.writeString(folder.resolve(base + ".brief.yaml"), corrections.get(), StandardCharsets.UTF_8);
            }
            return file;
        }

        @Override
        public String toString() {
            return fileName;
        }
    }

    private HardInputs() {}

    /** Every case. */
    public static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(sizes());
        cases.addAll(plainText());
        cases.addAll(html());
        cases.addAll(markdown());
        return cases;
    }

    /** Plain articles of growing size, for the growth benchmark. */
    public static List<Case> sizes() {
        List<Case> cases = new ArrayList<>();
        for (int kb : new int[] {10, 50, 100, 500, 1000, 1900})
            cases.add(new Case("size-" + kb + "kb.txt", () -> "A Long Article About the Council\n\n" + prose(kb * 1000, kb)));
        return cases;
    }

    static List<Case> plainText() {
        return List.of(
                new Case("short-sentences.txt", () -> "Short Sentences\n\n" + repeat("It rained. ", 50_000)),
                new Case("tiny-paragraphs.txt", () -> "Tiny Paragraphs\n\n" + repeat("Yes.\n\n", 200_000)),
                new Case("one-word-paragraphs.txt", () -> "One Word\n\n" + repeat("Council\n\n", 5_000)),
                new Case("one-word-repeated.txt", () -> "Repeated\n\n" + repeat("council ", 200_000)),
                new Case("huge-word.txt", () -> "Huge Word\n\n" + "x".repeat(BUDGET)),
                new Case("many-dates.txt", () -> "Dates\n\n" + dates(10_000)),
                new Case("zalgo.txt", () -> "Zalgo\n\n" + zalgo(BUDGET / 3)),
                new Case("long-title-front-matter.txt",
                        () -> "---\ntitle: " + "Long ".repeat(10_000) + "\n---\nThe council met on Monday.\n"),
                new Case("long-title-correction.txt", () -> "Corrected\n\nThe council met on Monday.\n",
                        () -> "title: \"" + "Long ".repeat(10_000) + "\"\n"),
                new Case("no-spaces-paragraphs.txt", () -> "No Spaces\n\n" + repeat("abcdefghij".repeat(100) + "\n\n", 1_700)),
                new Case("capitals-and-dots.txt", () -> "Capitals\n\n" + repeat("A. B. C. D. U.S. ", 100_000)));
    }

    static List<Case> html() {
        return List.of(
                new Case("nested-divs.html", () -> page(nest("<div>", "</div>", 100_000, "<p>The council met on Monday.</p>"))),
                new Case("nested-blockquotes.html",
                        () -> page(nest("<blockquote>", "</blockquote>", 60_000, "<p>The council met on Monday.</p>"))),
                new Case("nested-list-items.html", () -> page(nest("<ul><li>", "</li></ul>", 50_000, "The council met."))),
                new Case("nested-inline.html", () -> page("<p>" + nest("<b><i><span>", "</span></i></b>", 40_000, "Deep.") + "</p>")),
                new Case("paragraphs-in-nested-lists.html",
                        () -> page(nest("<ul><li><p>The council met on Monday.</p>", "</li></ul>", 20_000, ""))),
                new Case("misnested-formatting.html", () -> page(repeat("<p><b><i>word</b> more</i> text</p>", 40_000))),
                new Case("unclosed-formatting.html", () -> page(repeat("<b><i><u>text ", 60_000))),
                new Case("huge-paragraph-no-spaces.html", () -> page("<p>" + "y".repeat(BUDGET - 200) + "</p>")),
                new Case("entity-flood.html", () -> page("<p>" + repeat("&amp;&#x41;&lt;&nbsp;", 90_000) + "</p>")),
                new Case("nested-tables.html",
                        () -> page(nest("<table><tr><td>", "</td></tr></table>", 10_000, "The council met on Monday."))),
                new Case("many-paragraphs.html", () -> page(repeat("<p>The council met again.</p>\n", 60_000))),
                new Case("long-og-title.html",
                        () -> "<html><head><meta property=\"og:title\" content=\"" + "Long ".repeat(10_000)
                                + "\"></head><body><article><p>The council met on Monday.</p></article></body></html>"));
    }

    static List<Case> markdown() {
        return List.of(
                new Case("link-reference-definitions.md",
                        () -> "# Links\n\nThe council [met][l1].\n\n" + numbered("[l%d]: http://example.com/%d\n", 45_000)),
                new Case("one-huge-line.md", () -> "# Line\n\n" + prose(BUDGET, 7).replace("\n", " ")),
                new Case("open-brackets.md", () -> "# Brackets\n\n" + "[".repeat(500_000)),
                new Case("emphasis-runs.md", () -> "# Emphasis\n\n" + repeat("*a _b ", 250_000)),
                new Case("backtick-runs.md", () -> "# Ticks\n\n" + repeat("`a ``b ", 200_000)),
                new Case("md-entity-flood.md", () -> "# Entities\n\n" + repeat("&amp;&#65; ", 150_000)),
                new Case("huge-heading.md", () -> "# " + "Heading ".repeat(200_000) + "\n\nThe council met.\n"),
                new Case("nested-links.md", () -> "# Nested\n\n" + "[".repeat(50_000) + "x" + "](u)".repeat(50_000)),
                new Case("setext-dashes.md", () -> "# Setext\n\n" + repeat("text\n---\n", 150_000)),
                new Case("pipe-tables.md", () -> "# Table\n\n| a | b |\n|---|---|\n" + repeat("| x | y |\n", 150_000)),
                new Case("long-title-front-matter.md",
                        () -> "---\ntitle: " + "Long ".repeat(10_000) + "\n---\n\nThe council met on Monday.\n"),
                new Case("thousands-of-lines.md", () -> "# Lines\n\n" + repeat("the council met\n", 100_000)));
    }

    // ---- building blocks ----

    static String page(String body) {
        return "<!DOCTYPE html><html><head><title>Hard page</title></head><body>" + body + "</body></html>";
    }

    static String nest(String open, String close, int depth, String inner) {
        StringBuilder sb = new StringBuilder(depth * (open.length() + close.length()) + inner.length());
        sb.append(open.repeat(depth)).append(inner).append(close.repeat(depth));
        return sb.toString();
    }

    static String repeat(String s, int times) {
        return s.repeat(times);
    }

    static String numbered(String format, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) sb.append(String.format(format, i, i));
        return sb.toString();
    }

    private static final String[] WORDS = ("the council said on Monday that the minister would meet reporters in the city after "
            + "talks about budget water schools roads and hospitals were delayed again by a dispute over money").split(" ");

    /** Paragraphs of plausible sentences, about {@code chars} long. */
    static String prose(int chars, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(chars + 200);
        while (sb.length() < chars) {
            int sentences = 2 + random.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                int words = 6 + random.nextInt(20);
                for (int w = 0; w < words; w++) {
                    String word = WORDS[random.nextInt(WORDS.length)];
                    if (w == 0) word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    sb.append(word).append(w + 1 < words ? " " : ". ");
                }
            }
            sb.setLength(sb.length() - 1);
            sb.append("\n\n");
        }
        return sb.toString();
    }

    static String dates(int count) {
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};
        Random random = new Random(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append("The council met on ").append(months[random.nextInt(12)]).append(' ').append(1 + random.nextInt(28))
                    .append(", ").append(1950 + random.nextInt(70)).append(". ");
            if (i % 8 == 7) sb.append("\n\n");
        }
        return sb.toString();
    }

    static String zalgo(int chars) {
        Random random = new Random(5);
        StringBuilder sb = new StringBuilder(chars);
        while (sb.length() < chars) {
            sb.append((char) ('a' + random.nextInt(26)));
            for (int i = 0; i < 20; i++) sb.append((char) (0x0300 + random.nextInt(0x70)));
            if (random.nextInt(8) == 0) sb.append(' ');
        }
        return sb.toString();
    }

    /** Writes every case (or those whose names contain an argument) into the folder given first. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        for (Case c : all()) {
            boolean wanted = args.length == 1;
            for (int i = 1; i < args.length; i++) wanted |= c.fileName().contains(args[i]);
            if (wanted) System.out.println(c.writeTo(folder));
        }
    }
}

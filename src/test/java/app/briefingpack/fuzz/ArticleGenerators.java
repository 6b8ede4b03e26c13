package app.briefingpack.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random article files: words in many scripts with emoji (surrogate pairs), combining marks,
 * right-to-left text, control characters and stray surrogates; random paragraph counts and
 * blank-line styles; front matter and sidecars with random (sometimes malformed) metadata; the
 * three input formats, and now and then raw bytes.
 */
final class ArticleGenerators {

    private ArticleGenerators() {}

    /** Code points from the ranges that break text handling. */
    static Arbitrary<String> oddCharacter() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0x0590, 0x06FF)), // Hebrew, Arabic
                Tuple.of(3, Arbitraries.integers().between(0x0300, 0x036F)), // combining marks
                Tuple.of(2, Arbitraries.integers().between(0x1F300, 0x1FAFF)), // emoji
                Tuple.of(2, Arbitraries.integers().between(0x4E00, 0x9FFF)), // CJK
                Tuple.of(1, Arbitraries.integers().between(0, 0x1F)), // C0 controls
                Tuple.of(1, Arbitraries.integers().between(0x7F, 0x9F)), // C1 controls
                Tuple.of(1, Arbitraries.of(0x200B, 0x200D, 0x200E, 0x200F, 0x202E, 0x2066, 0xFEFF, 0x00AD,
                        0xFFFD, 0xFFFE, 0x2028, 0x2029, 0xD800, 0xDFFF, 0xE000, 0x10FFFF)), // format, specials, lone surrogates
                Tuple.of(2, Arbitraries.integers().between(0x20, 0x10FFFF))) // anything
                .map(cp -> new StringBuilder().appendCodePoint(cp).toString());
    }

    static Arbitrary<String> word() {
        Arbitrary<String> latin = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> english = Arbitraries.of("the", "council", "said", "on", "Monday", "President", "Smith", "is", "a",
                "reporter", "for", "The", "Times", "in", "2005", "March", "3,", "last", "year", "\"We", "will\"", "Iraq", "U.S.",
                "Subscribe", "newsletter", "cookies", "By", "---", "#", ">", "-", "*", "<p>", "</p>", "&amp;", "[link](x)");
        Arbitrary<String> odd = oddCharacter().list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
        Arbitrary<String> mixed = Combinators.combine(latin, odd).as((a, b) -> a + b);
        return Arbitraries.frequencyOf(Tuple.of(10, english), Tuple.of(4, latin),
                Tuple.of(1, odd), Tuple.of(1, mixed));
    }

    static Arbitrary<String> paragraph(int maxWords) {
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "  ", "\t", "\n", ". ", ", ", "? ", "! ", " \u00A0");
        return Combinators.combine(word().list().ofMinSize(1).ofMaxSize(maxWords), separator.list().ofSize(maxWords))
                .as((words, seps) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        if (i > 0) sb.append(seps.get(i));
                        sb.append(words.get(i));
                    }
                    return sb.toString();
                });
    }

    static Arbitrary<String> metadataValue() {
        return Arbitraries.frequencyOf(Tuple.of(4,
                word().list().ofMinSize(1).ofMaxSize(5).map(l -> String.join(" ", l))), Tuple.of(2,
                Arbitraries.of("2005", "2005-03", "2005-03-03", "2005-02-30", "March 2005", "", "~", "null", "[a, b]", "{x: 1}",
                        "\"\\a\\x1b\\u202e quoted\"", "'single'", "&anchor value", "*alias", "!!str 12", "en", "ar", "he-IL", "x")),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(20)));
    }

    static Arbitrary<String> metadata() {
        Arbitrary<String> key = Arbitraries.of("title", "author", "publication", "date", "language", "url", "extra", "Title");
        return Combinators.combine(key, metadataValue()).as((k, v) -> k + ": " + v).list().ofMaxSize(6).uniqueElements(l -> l.split(":")[0])
                .map(lines -> String.join("\n", lines) + "\n");
    }

    /** A whole article file. {@code maxParagraphs} and {@code maxWords} keep PDF runs short. */
    static Arbitrary<GeneratedArticle> articles(int maxParagraphs, int maxWords) {
        Arbitrary<List<String>> paragraphs = Arbitraries.frequencyOf(
                Tuple.of(1, paragraph(maxWords).list().ofMaxSize(0)),
                Tuple.of(19, paragraph(maxWords).list().ofMinSize(1).ofMaxSize(maxParagraphs)));
        Arbitrary<String> blank = Arbitraries.of("\n\n", "\n\n\n", "\n \n", "\r\n\r\n", "\n\t\n", "\n\u00A0\n");
        Arbitrary<String> frontMatter = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just("")),
                Tuple.of(1, metadata().map(m -> "---\n" + m + "---\n")));
        Arbitrary<String> sidecar = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just((String) null)), Tuple.of(1, metadata()));
        Arbitrary<String> ext = Arbitraries.of("txt", "txt", "md", "html");
        Arbitrary<GeneratedArticle> text = Combinators.combine(ext, frontMatter, paragraphs, blank, sidecar)
                .as((e, fm, paras, sep, side) -> GeneratedArticle.text(e, fm + format(e, paras, sep), side));
        Arbitrary<GeneratedArticle> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(400)
                .map(b -> new GeneratedArticle("txt", b, null));
        return Arbitraries.frequencyOf(Tuple.of(19, text), Tuple.of(1, bytes));
    }

    private static String format(String ext, List<String> paras, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < paras.size(); i++) {
            String p = paras.get(i);
            switch (ext) {
                case "md" -> sb.append(i == 0 ? "# " : i % 3 == 2 ? "> " : i % 4 == 3 ? "- " : "").append(p).append(sep);
                case "html" -> sb.append(i == 0 ? "<h1>" + p + "</h1>" : i % 3 == 2 ? "<div><p>" + p + "</div>" : "<p>" + p + "</p>")
                        .append(sep);
                default -> sb.append(p).append(sep);
            }
        }
        return ext.equals("html") ? "<html><body><article>" + sb + "</article></body></html>" : sb.toString();
    }
}

package app.briefingpack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.briefingpack.model.Article;
import app.briefingpack.model.Paragraph;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input nobody would write on purpose, read without crashing, hanging, fetching or executing. */
class HostileInputTest {

    @TempDir
    Path dir;

    private ReadResult read(String name, String text) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return ArticleReader.read(file, ReadOptions.defaults());
    }

    private static String allText(Article a) {
        return a.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
    }

    @Test
    void onlyQuoteOrListMarkersAreRefusedWithOneLine() {
        assertThatThrownBy(() -> read("markers.txt", ">\n>\n"))
                .isInstanceOf(InputException.class).hasMessage("markers.txt: has no article text, only list or quote markers");
    }

    @Test
    void controlCharactersAreReplacedAndCountedOnce() throws Exception {
        ReadResult r = read("ctrl.txt", "The mayor\u0007 spoke\u001B[31m on Monday.\u0000\n\nThe vote\u0085 was close\u009B.\n"
                .replace("\u0000", ""));
        assertThat(allText(r.article())).doesNotContainPattern("[\\p{Cc}&&[^\\n]]");
        assertThat(r.warnings()).containsExactly("ctrl.txt: replaced 4 control character(s) with spaces");
    }

    @Test
    void controlCharactersWrittenAsYamlEscapesAreDroppedFromMetadata() throws Exception {
        ReadResult r = read("esc.txt", "---\ntitle: \"Flood\\a\\x1b report\\nday two\"\nauthor: \"A\\tB\"\n---\nThe river rose.\n");
        assertThat(r.article().metadata().title()).isEqualTo("Flood report day two");
        assertThat(r.article().metadata().author()).isEqualTo("A B");
        assertThat(r.warnings()).containsExactly("esc.txt (front matter): dropped control characters from metadata key 'title'");
    }

    @Test
    void aByteOrderMarkInsideTheTextBecomesAWordJoiner() throws Exception {
        Article a = read("bom.txt", "\uFEFFThe river\uFEFF rose.\n").article(); // the first is the file's BOM
        assertThat(allText(a)).isEqualTo("The river\u2060 rose.");
    }

    @Test
    void privateUseCharactersBecomeReplacementMarks() throws Exception {
        ReadResult r = read("pua.txt", "Icons \uE000\uF8FF and \uDB80\uDC00 here.\n");
        assertThat(allText(r.article())).isEqualTo("Icons \uFFFD\uFFFD and \uFFFD\u2060 here.");
        assertThat(r.warnings()).containsExactly("pua.txt: replaced 3 private-use character(s) (no standard meaning) with \uFFFD");
    }

    @Test
    void aParagraphOf200000CharactersIsOneParagraph() throws Exception {
        String sentence = "The committee heard evidence from residents about the flood defences. ";
        String para = sentence.repeat(200_000 / sentence.length() + 1).substring(0, 200_000).strip();
        Article a = read("long.txt", para + "\n").article();
        assertThat(a.paragraphs()).hasSize(1);
        assertThat(a.paragraphs().get(0).text()).hasSize(para.length());
    }

    @Test
    void aWordOf5000CharactersIsKept() throws Exception {
        String word = "Llanfair" + "pwll".repeat(1248);
        Article a = read("word.txt", "The village is called " + word + " by some.\n\nIt is in Wales.\n").article();
        assertThat(allText(a)).contains(word);
    }

    @Test
    void textWithoutSentencePunctuationOrInCapitalsIsRead() throws Exception {
        Article plain = read("nopunct.txt", "the council met on monday and voted to open a library\n"
                + "residents said they would use it every week\n\nno one objected to the plan at all\n").article();
        assertThat(plain.paragraphs()).hasSize(2);
        Article caps = read("caps.txt", "COUNCIL VOTES FOR LIBRARY\n\nTHE COUNCIL MET ON MONDAY. IT VOTED TO OPEN A LIBRARY.\n\n"
                + "JOHN SMITH IS A REPORTER FOR THE DAILY NEWS.\n").article();
        assertThat(caps.metadata().title()).isEqualTo("COUNCIL VOTES FOR LIBRARY");
        assertThat(allText(caps)).contains("THE COUNCIL MET ON MONDAY");
    }

    @Test
    void everyScriptSurvivesReading() throws Exception {
        String text = "Emoji \uD83D\uDE00\uD83D\uDC4D\uD83C\uDFFD and a flag \uD83C\uDDEC\uD83C\uDDE7.\n\n"
                + "\u4E2D\u6587\u6807\u9898 \u65E5\u672C\u8A9E\u306E\u30C6\u30AD\u30B9\u30C8 \uD55C\uAD6D\uC5B4.\n\n"
                + "\u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064A\u0643\u0645 and \u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD.\n\n"
                + "Cafe\u0301, nai\u0308ve, Z\u0351\u0352\u0353a\u0300\u0301\u0302\u0303l\u0304g\u0305o\u0306.\n";
        Article a = read("scripts.txt", text).article();
        assertThat(a.paragraphs()).hasSize(4);
        assertThat(allText(a) + "\n").isEqualTo(text.replace("\n\n", "\n\n"));
    }

    @Test
    void htmlNeverFetchesAnythingAndDropsScriptsIframesAndForms() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = server.getLocalPort();
            String base = "http://127.0.0.1:" + port;
            AtomicInteger connections = new AtomicInteger();
            Thread listener = new Thread(() -> {
                try {
                    server.setSoTimeout(200);
                    while (!Thread.currentThread().isInterrupted()) {
                        try (Socket s = server.accept()) {
                            connections.incrementAndGet();
                        } catch (SocketTimeoutException e) {
                            // keep listening
                        }
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            listener.start();
            String html = "<!doctype html><html><head><title>Page</title>"
                    + "<base href='" + base + "/'>"
                    + "<link rel=stylesheet href='" + base + "/style.css'>"
                    + "<link rel=preload href='" + base + "/font.woff2'>"
                    + "<link rel=import href='" + base + "/import.html'>"
                    + "<meta http-equiv=refresh content='0; url=" + base + "/refresh'>"
                    + "<script src='" + base + "/app.js'></script>"
                    + "<script>fetch('" + base + "/inline'); document.write('INJECTED');</script>"
                    + "<style>@import url(" + base + "/imported.css); body{background:url(" + base + "/bg.png)}</style>"
                    + "</head><body><article><h1>Harbour plan</h1>"
                    + "<p>The harbour board approved the plan <img src='" + base + "/pixel.gif' alt=''> on Friday.</p>"
                    + "<iframe src='" + base + "/frame'>IFRAME TEXT</iframe>"
                    + "<object data='" + base + "/obj'>OBJECT TEXT</object><embed src='" + base + "/embed'>"
                    + "<video src='" + base + "/v.mp4' poster='" + base + "/poster.jpg'></video>"
                    + "<form action='" + base + "/post'><p>FORM TEXT</p><input name=q></form>"
                    + "<p style=\"background:url('" + base + "/inline-style.png')\">Work starts in May.</p>"
                    + "<svg><image href='" + base + "/svg.png'/></svg>"
                    + "<noscript><img src='" + base + "/noscript.gif'></noscript>"
                    + "</article></body></html>";
            ReadResult r = read("page.html", html);
            Thread.sleep(500); // time for any stray connection to arrive
            listener.interrupt();
            listener.join(2000);
            assertThat(connections.get()).as("connections to the page's resources").isZero();
            String text = allText(r.article());
            assertThat(text).contains("The harbour board approved the plan on Friday.", "Work starts in May.");
            assertThat(text).doesNotContain("INJECTED", "IFRAME TEXT", "OBJECT TEXT", "FORM TEXT", "fetch(");
        }
    }

    @Test
    void yamlCannotConstructObjects() throws Exception {
        for (String tag : List.of("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]",
                "!!java.io.File \"/etc/passwd\"", "!!java.lang.ProcessBuilder [[\"touch\", \"pwned\"]]")) {
            Path file = Files.writeString(dir.resolve("tag.txt"), "---\ntitle: " + tag + "\n---\nThe body.\n");
            assertThatThrownBy(() -> ArticleReader.read(file, ReadOptions.defaults()))
                    .isInstanceOf(InputException.class).hasMessageStartingWith("tag.txt (front matter): malformed YAML");
            Path sidecar = Files.writeString(dir.resolve("side.yaml"), "author: " + tag + "\n");
            Path article = Files.writeString(dir.resolve("side.txt"), "The body.\n");
            assertThatThrownBy(() -> ArticleReader.read(article, ReadOptions.defaults()))
                    .isInstanceOf(InputException.class).hasMessageStartingWith("side.yaml: malformed YAML");
            Files.delete(sidecar);
        }
        assertThat(dir.resolve("pwned")).doesNotExist();
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append("]\n");
        }
        yaml.append("title: *i\n");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Path file = Files.writeString(dir.resolve("lol.txt"), "---\n" + yaml + "---\nThe body.\n");
            assertThatThrownBy(() -> ArticleReader.read(file, ReadOptions.defaults()))
                    .isInstanceOf(InputException.class).hasMessageContaining("malformed YAML");
        });
    }

    @Test
    void hugeMetadataIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("big.txt"), "---\ntitle: \"" + "x".repeat(70_000) + "\"\n---\nThe body.\n");
        assertThatThrownBy(() -> ArticleReader.read(file, ReadOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("larger than 64 KB");
    }

    /**
     * Inputs built to make backtracking regular expressions take exponential or quadratic time,
     * aimed at the boilerplate, byline and author-bio patterns (short paragraphs, last paragraphs,
     * capitalised words) and at front matter. Each must be read well within the limit.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"capitals", "dots", "digits", "spaces", "quotes", "a", "nested", "cookies", "bio", "byline",
            "frontmatter", "dashlines", "hyphens", "outlet"})
    void noRegularExpressionBacktracksCatastrophically(String kind) {
        String evil = switch (kind) {
            case "capitals" -> "A".repeat(100_000) + " B".repeat(20) + " is";
            case "dots" -> ".".repeat(100_000) + "x";
            case "digits" -> "1".repeat(100_000) + "-";
            case "spaces" -> "x" + " \u00A0\u2003".repeat(30_000) + "x";
            case "quotes" -> "'\u2019\"".repeat(30_000) + "A";
            case "a" -> "a".repeat(100_000);
            case "nested" -> "((([[[{{{".repeat(10_000) + "x" + ")]}".repeat(10_000);
            case "cookies" -> "cookie.".repeat(50_000) + "x";
            case "bio" -> "John Smith is a " + "A.".repeat(50_000) + " for " + "Of And In ".repeat(10_000);
            case "byline" -> "By " + "a.'-".repeat(40_000) + " " + "b-".repeat(40_000) + "!";
            case "frontmatter" -> "---\n" + "--- x\n".repeat(20_000) + "title: t\n";
            case "dashlines" -> "--- x\n".repeat(300_000);
            case "hyphens" -> "-".repeat(100_000) + "a" + "-".repeat(100_000);
            case "outlet" -> "Jane Doe is an analyst for " + "The Abc".repeat(30_000) + ".";
            default -> throw new IllegalArgumentException(kind);
        };
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String text : new String[] {evil, "Headline\n\nBody text here.\n\n" + evil, evil + "\n\n" + evil}) {
                for (String ext : List.of("txt", "md", "html")) {
                    Path file = Files.writeString(dir.resolve(kind + "." + ext), text, StandardCharsets.UTF_8);
                    try {
                        ArticleReader.read(file, ReadOptions.defaults());
                    } catch (InputException fine) {
                        // refusing bad input is an answer too; hanging is not
                    }
                }
            }
        }, kind);
    }

    @Test
    void longMarkdownBlocksAreFoldedButFencesAndShortParagraphsKept() {
        String lines = "a\n".repeat(MarkdownReader.MAX_LINES_PER_BLOCK + 5);
        String folded = MarkdownReader.foldLongBlocks(lines + "\n```\ncode\n```\nb\nc\n");
        assertThat(folded.lines().count()).isEqualTo(MarkdownReader.MAX_LINES_PER_BLOCK + 6);
        assertThat(folded).endsWith("a a a a a\n\n```\ncode\n```\nb\nc\n");
        assertThat(MarkdownReader.foldLongBlocks("# T\n\nx\ny\n")).isEqualTo("# T\n\nx\ny\n");
    }

    @Test
    void manyShortParagraphsAreReadInLinearTime() {
        List<String> paras = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) paras.add("Sign up " + i);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Path file = Files.writeString(dir.resolve("many.txt"), "Title\n\n" + String.join("\n\n", paras) + "\n\nThe end.\n");
            Article a = ArticleReader.read(file, ReadOptions.defaults()).article();
            assertThat(a.paragraphs()).hasSize(1); // all boilerplate but the last
        });
    }
}

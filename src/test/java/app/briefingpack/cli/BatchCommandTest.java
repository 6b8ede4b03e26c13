package app.briefingpack.cli;

import static app.briefingpack.cli.Run.briefing;
import static org.assertj.core.api.Assertions.assertThat;

import app.briefingpack.pack.PackResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many articles in one run: order, isolation, summary and exit code. */
class BatchCommandTest {

    @TempDir
    Path work;

    @Test
    void buildsFilesAndFoldersInInputOrderWhateverTheJobsAndReportsEachFailure() throws Exception {
        Path a = Files.createDirectories(work.resolve("a"));
        Path b = Files.createDirectories(work.resolve("b"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(a.resolve("story-" + i + ".txt"), "Story number " + i + "\n\n"
                    + "The council met on Monday and voted " + i + " times to open a library.\n\n"
                    + "Residents said they would use it.\n".repeat(1 + 20 * (i % 3)));
        }
        Files.writeString(b.resolve("empty.txt"), "  \n");
        Path single = Files.writeString(work.resolve("single.md"), "# A single note\n\nThe bridge opened in May.\n");
        Path out1 = work.resolve("out1");
        Path out3 = work.resolve("out3");

        Run one = briefing(a.toString(), b.toString(), single.toString(), "-o", out1.toString(), "--no-audio",
                "--only", "json", "--jobs", "1");
        Run three = briefing(a.toString(), b.toString(), single.toString(), "-o", out3.toString(), "--no-audio",
                "--only", "json", "--jobs", "3");

        assertThat(one.code()).isEqualTo(1);
        assertThat(three.code()).isEqualTo(1);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 6; i++) expected.add(out3.resolve("story-number-" + i + "/briefing.json").toString());
        expected.add(out3.resolve("a-single-note/briefing.json").toString());
        assertThat(three.out().lines().toList()).containsExactlyElementsOf(expected);
        assertThat(one.out().replace(out1.toString(), out3.toString())).isEqualTo(three.out());
        for (Run r : List.of(one, three)) {
            assertThat(r.err()).contains("story-0.txt: read", "single.md: read", "error: empty.txt: is empty");
            assertThat(r.err()).contains("Built 7 packs, 1 failed:\n  empty.txt: is empty");
        }
    }

    @Test
    void oneArticleThatCrashesDoesNotStopTheOthers() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 8; i++) files.add(work.resolve("f" + i + ".txt"));
        Set<String> started = ConcurrentHashMap.newKeySet();
        BatchRun.PackBuild build = file -> {
            String n = file.getFileName().toString();
            started.add(n);
            switch (n) {
                case "f1.txt" -> throw new StackOverflowError();
                case "f3.txt" -> throw new OutOfMemoryError("Java heap space");
                case "f5.txt" -> throw new IllegalStateException("a bug");
                case "f6.txt" -> recurseForever(0);
                default -> { }
            }
            Thread.sleep(n.equals("f0.txt") ? 200 : 0); // the first finishes last
            return new PackResult(work.resolve(n), List.of(n + ".out"), List.of());
        };
        StringWriter err = new StringWriter();
        ProgressDisplay display = ProgressDisplay.choose(false, false, new PrintWriter(err), files.size());
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        List<ArticleOutcome> outcomes = new BatchRun(build, 4, display).run(files, o -> order.add(o.input().toString()));

        assertThat(started).hasSize(8);
        assertThat(order).containsExactlyElementsOf(files.stream().map(Path::toString).toList());
        assertThat(outcomes).extracting(ArticleOutcome::ok).containsExactly(true, false, true, false, true, false, false, true);
        assertThat(outcomes.get(1).failure()).isEqualTo("f1.txt: could not build the pack: the article is nested too deeply or is too long to process (stack overflow)");
        assertThat(outcomes.get(3).failure()).contains("out of memory");
        assertThat(outcomes.get(5).failure()).contains("internal error IllegalStateException: a bug");
        assertThat(outcomes.get(6).failure()).contains("stack overflow");
        assertThat(outcomes.get(7).files()).containsExactly("f7.txt.out");
    }

    private static int recurseForever(int depth) {
        return recurseForever(depth + 1) + 1;
    }

    @Test
    void twoArticlesWithOneTitleAreWrittenInTurnAndReported() throws Exception {
        Path a = Files.createDirectories(work.resolve("a"));
        Path b = Files.createDirectories(work.resolve("b"));
        Files.writeString(a.resolve("notes.txt"), "Library vote\n\nThe council voted on Monday.\n");
        Files.writeString(b.resolve("notes.txt"), "Library vote\n\nThe council voted again on Tuesday.\n");
        Path out = work.resolve("out");
        Run r = briefing(a.resolve("notes.txt").toString(), b.resolve("notes.txt").toString(), "-o", out.toString(),
                "--only", "json", "--jobs", "2");
        assertThat(r.code()).isZero();
        List<String> replaced = r.err().lines().filter(l -> l.contains("was replaced by")).toList();
        assertThat(replaced).hasSize(1);
        Path a1 = a.resolve("notes.txt");
        Path b1 = b.resolve("notes.txt");
        String kept = Files.readString(out.resolve("library-vote/briefing.json")).contains("again") ? b1.toString() : a1.toString();
        String lost = kept.equals(a1.toString()) ? b1.toString() : a1.toString();
        assertThat(replaced.get(0)).isEqualTo("warning: " + lost + ": its pack in " + out.resolve("library-vote")
                + " was replaced by the pack of " + kept + " (same folder name; give the articles different titles,"
                + " or use --folder-name file)");
        assertThat(r.err()).contains("Built 2 packs (1 replaced by a later article's pack in the same folder).");
        assertThat(Files.readString(out.resolve("library-vote/briefing.json"))).contains("The council voted");
        try (var s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("library-vote", ".briefing-pack.lock");
        }
    }

    @Test
    void quietSilencesProgressButNotErrors() throws Exception {
        Files.writeString(work.resolve("good.txt"), "The council met on Monday.\n\nIt voted to open a library.\n");
        Files.writeString(work.resolve("bad.txt"), "");
        Run r = briefing(work.resolve("good.txt").toString(), work.resolve("bad.txt").toString(), "-q",
                "-o", work.resolve("out").toString(), "--only", "json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: bad.txt: is empty\n");
        assertThat(r.out()).contains("briefing.json");
    }

    @Test
    void charactersNoFontHasAreOneWarningLineForTheArticle() throws Exception {
        StringBuilder emoji = new StringBuilder();
        for (int cp = 0x1F600; cp < 0x1F620; cp++) emoji.appendCodePoint(cp).append(' ');
        Path file = Files.writeString(work.resolve("emoji.txt"), "Faces\n\nThe children drew " + emoji
                + "on the wall.\n\nThen \u4E2D\u6587 too.\n");
        Run r = briefing(file.toString(), "-o", work.resolve("out").toString(), "--only", "pdf", "--large-print");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.err().lines().filter(l -> l.contains("no bundled font")).toList();
        assertThat(lines).containsExactly("warning: emoji.txt: 34 characters are in no bundled font and show as a "
                + "replacement mark (\uFFFD) in the PDFs: U+1F600 GRINNING FACE, U+1F601 GRINNING FACE WITH SMILING EYES, "
                + "U+1F602 FACE WITH TEARS OF JOY, ...");
    }

    @Test
    void onATerminalTheBarShowsProgressAndWarningsGetLinesOfTheirOwn() {
        java.io.ByteArrayOutputStream terminal = new java.io.ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try (ProgressDisplay bar = new ProgressDisplay.Bar(new PrintWriter(err), new java.io.PrintStream(terminal, true), 2)) {
            bar.stage("a.txt", "read");
            bar.articleDone();
            bar.warning("a.txt: something");
            bar.articleDone();
        }
        assertThat(terminal.toString()).contains("Packs", "100%");
        assertThat(err.toString()).contains("warning: a.txt: something").doesNotContain("a.txt: read");
    }

    @Test
    void badJobsIsAUsageError() {
        assertThat(briefing("--jobs", "0").code()).isEqualTo(2);
        assertThat(briefing("--jobs", "many").code()).isEqualTo(2);
    }

    @Test
    void manyMissingCharactersMakeOneWarningPerArticle() {
        List<String> warnings = new ArrayList<>();
        for (int cp = 0x1F600; cp < 0x1F640; cp++) {
            warnings.add("annotated.pdf: character U+" + Integer.toHexString(cp).toUpperCase() + " (" + Character.getName(cp)
                    + ") is in no bundled font; shown as a replacement mark");
            warnings.add("large-print/character U+" + Integer.toHexString(cp).toUpperCase() + " ("
                    + Character.getName(cp) + ") is in no bundled font; shown as a replacement mark");
        }
        warnings.add("x.txt: replaced 2 control character(s) with spaces");
        List<String> condensed = WarningDigest.condense("x.txt", warnings);
        assertThat(condensed).containsExactly("x.txt: replaced 2 control character(s) with spaces",
                "x.txt: 64 characters are in no bundled font and show as a replacement mark (\uFFFD) in the PDFs: "
                        + "U+1F600 GRINNING FACE, U+1F601 GRINNING FACE WITH SMILING EYES, U+1F602 FACE WITH TEARS OF JOY, ...");
    }
}

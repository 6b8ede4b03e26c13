package app.briefingpack.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.briefingpack.pack.PackBuilder;
import app.briefingpack.pack.PackOptions;
import app.briefingpack.pack.PackResult;
import app.briefingpack.pack.ProgressListener;
import app.briefingpack.documents.Layouts;
import app.briefingpack.testing.RepoFiles;

/**
 * Every PDF of the packs of every article the tests use (the sample, src/test/resources/analysis
 * and src/test/resources/articles), standard and large print, on Letter and on A4, read back
 * line by line as printed: no word is broken without a hyphen, every added hyphen sits at a
 * hyphenation point, no label is cut short with "…", no page is blank, and no brief sets its
 * text below 10 pt.
 */
class PrintedCorpusTest {

    @TempDir
    static Path work;

    /** Pack-relative name ("letter/slug/large-print/brief.pdf") -> the PDF's bytes. */
    private static final Map<String, byte[]> PDFS = new TreeMap<>();
    /** Pack folder ("letter/slug") -> whether its article itself contains "…". */
    private static final Map<String, Boolean> ELLIPSIS_IN_ARTICLE = new LinkedHashMap<>();
    private static Predicate<String> dictionary;

    @BeforeAll
    static void buildTheCorpus() throws Exception {
        Path root = RepoFiles.root();
        List<Path> articles = new ArrayList<>();
        articles.add(root.resolve("seeds/iraq-peace-settlement.txt"));
        for (String dir : List.of("src/test/resources/analysis", "src/test/resources/analysis/people", "src/test/resources/articles"))
            try (Stream<Path> s = Files.list(root.resolve(dir))) {
                s.filter(p -> p.toString().matches(".*\\.(txt|md|html|docx)$")).sorted().forEach(articles::add);
            }
        assertThat(articles).hasSizeGreaterThanOrEqualTo(12);
        for (Paper paper : Paper.values()) {
            Path out = work.resolve(paper.name().toLowerCase());
            PackOptions d = PackOptions.defaults(out);
            PackOptions options = new PackOptions(out, null, d.read(), EnumSet.of(PackOptions.Output.PDF),
                    PackOptions.FolderNaming.FILE, Layouts.defaults(), null, paper, "standard", true, d.speech());
            PackBuilder builder = new PackBuilder(options, ProgressListener.NONE);
            for (Path article : articles) {
                PackResult r = builder.build(article);
                String pack = work.relativize(r.folder()).toString();
                ELLIPSIS_IN_ARTICLE.put(pack, Files.readString(article).contains("\u2026"));
                try (Stream<Path> s = Files.walk(r.folder())) {
                    for (Path pdf : s.filter(p -> p.toString().endsWith(".pdf")).toList())
                        PDFS.put(work.relativize(pdf).toString(), Files.readAllBytes(pdf));
                }
            }
        }
        dictionary = LineEnds.dictionary();
    }

    @Test
    void noWordIsBrokenWithoutAHyphenAndEveryHyphenSitsAtAHyphenationPoint() throws IOException {
        assertThat(PDFS).hasSizeGreaterThanOrEqualTo(12 * 2 * 8);
        List<String> faults = new ArrayList<>();
        int lineEnds = 0, hyphens = 0;
        for (Map.Entry<String, byte[]> e : PDFS.entrySet()) {
            try (PDDocument doc = Loader.loadPDF(e.getValue())) {
                List<PrintedLines.Block> blocks = PrintedLines.of(doc).blocks();
                for (PrintedLines.Block b : blocks) {
                    lineEnds += Math.max(0, b.lines().size() - 1);
                    hyphens += (int) b.lines().stream().filter(l -> l.endsWith("\u00AD")).count();
                }
                faults.addAll(LineEnds.faults(e.getKey(), blocks, dictionary));
            }
        }
        // The corpus does break lines, and hyphenates some words (narrow table columns, large print).
        assertThat(lineEnds).isGreaterThan(5000);
        assertThat(hyphens).isPositive();
        assertThat(faults).isEmpty();
    }

    /**
     * An ellipsis that cuts text off. A question that shortens the passage it quotes marks the
     * omission the way quotations do, a spaced ellipsis before the closing mark ("would rise …”");
     * a cut label has it glued to its last word ("with the…”", "are…").
     */
    private static final Pattern CUT_OFF = Pattern.compile("(?<=\\S)\u2026|\u2026(?!\u201D)");

    @Test
    void noLabelIsCutShortWithAnEllipsis() throws IOException {
        List<String> cut = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : PDFS.entrySet()) {
            if (ELLIPSIS_IN_ARTICLE.get(packOf(e.getKey()))) continue;
            try (PDDocument doc = Loader.loadPDF(e.getValue())) {
                for (PrintedLines.Block b : PrintedLines.of(doc).blocks())
                    for (String line : b.lines())
                        if (CUT_OFF.matcher(line).find()) cut.add(e.getKey() + " (" + b.type() + "): " + line);
            }
        }
        assertThat(cut).isEmpty();
    }

    @Test
    void noPageIsBlank() throws IOException {
        List<String> blank = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, byte[]> e : PDFS.entrySet()) {
            try (PDDocument doc = Loader.loadPDF(e.getValue())) {
                pages += doc.getNumberOfPages();
                for (int p : PrintedLines.of(doc).blankPages()) blank.add(e.getKey() + " page " + p);
            }
        }
        assertThat(pages).isGreaterThan(PDFS.size());
        assertThat(blank).isEmpty();
    }

    @Test
    void noStandardBriefSetsItsTextBelowTenPoints() throws IOException {
        Map<String, Float> bodySizes = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : PDFS.entrySet()) {
            if (!e.getKey().endsWith("/brief.pdf") || e.getKey().contains("large-print")) continue;
            try (PDDocument doc = Loader.loadPDF(e.getValue())) {
                bodySizes.put(e.getKey(), bodySize(doc));
            }
        }
        assertThat(bodySizes).hasSizeGreaterThanOrEqualTo(24);
        assertThat(bodySizes).allSatisfy((pdf, size) -> assertThat(size).as(pdf).isGreaterThanOrEqualTo(10f));
    }

    /** The size most of the brief's characters are set in. */
    private static float bodySize(PDDocument doc) throws IOException {
        Map<Float, Integer> counts = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                counts.merge(Math.round(text.getFontSizeInPt() * 10) / 10f, 1, Integer::sum);
            }
        };
        stripper.getText(doc);
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static String packOf(String pdf) {
        String[] parts = pdf.split("/");
        return parts[0] + "/" + parts[1];
    }

}

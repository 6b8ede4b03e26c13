package app.briefingpack.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.ingest.ArticleReader;
import app.briefingpack.ingest.ReadOptions;
import app.briefingpack.layout.Paper;
import app.briefingpack.model.Briefing;
import app.briefingpack.testing.StructureText;
import app.briefingpack.testing.TestBriefings;
import app.briefingpack.documents.BriefResult;
import app.briefingpack.documents.Layouts;
import app.briefingpack.documents.PdfDocuments;
import app.briefingpack.documents.PdfOptions;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The large-print brief shows the same key points, dates, people, terms and questions, in the
 * same order and numbered alike, as the standard brief of the same pack (it may take more pages);
 * and the standard brief drops its lowest-priority items before its type goes below 10 pt.
 */
class LargePrintSameContentTest {

    private static final Analyser ANALYSER = new Analyser();

    @Test
    void bothEditionsShowTheSameItemsInTheSameOrder() throws Exception {
        Map<String, Briefing> briefings = new LinkedHashMap<>();
        for (String file : List.of("seeds/iraq-peace-settlement.txt", "src/test/resources/analysis/battery-study.txt",
                "src/test/resources/analysis/homework-opinion.txt", "src/test/resources/articles/flood-report.html",
                "src/test/resources/articles/school-garden.md"))
            briefings.put(file, ANALYSER.analyse(ArticleReader.read(Path.of(file), ReadOptions.defaults()).article()));
        briefings.put("generated, 900 words", TestBriefings.generated(900, true, true, 7));
        briefings.put("generated, 2500 words", TestBriefings.generated(2500, true, true, 11));

        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, Briefing> e : briefings.entrySet()) {
            for (Paper paper : List.of(Paper.LETTER, Paper.A4)) {
                Briefing b = e.getValue();
                ByteArrayOutputStream standardPdf = new ByteArrayOutputStream();
                BriefResult standard = PdfDocuments.writeBrief(b, Layouts.defaults(), new PdfOptions(paper, "standard"), null,
                        "narration.mp3", Double.NaN, standardPdf);
                ByteArrayOutputStream largePdf = new ByteArrayOutputStream();
                BriefResult large = PdfDocuments.writeBrief(b, Layouts.defaults(), new PdfOptions(paper, "large-print"), null,
                        "narration.mp3", Double.NaN, standard.plan(), largePdf);
                String what = e.getKey() + " on " + paper;

                assertThat(large.plan()).as(what).isEqualTo(standard.plan());
                assertThat(large.leftOut()).as(what + ": the same items left off the page").isEqualTo(standard.leftOut());
                assertThat(shownText(largePdf.toByteArray())).as(what + ": the same text, in the same order")
                        .isEqualTo(shownText(standardPdf.toByteArray()));
                assertThat(large.warnings()).as(what).noneMatch(w -> w.contains("pages (the layout allows"));

                // Below 10 pt only after the low-priority items have gone.
                if (standard.bodySize() < 10f)
                    assertThat(standard.leftOut()).as(what + " at %s pt", standard.bodySize())
                            .anyMatch(t -> List.of("questions", "organizations", "people", "glossary").contains(t.section()));
                checked.add(what + ": " + standard.pages() + " page(s) at " + standard.bodySize() + " pt, large print "
                        + large.pages() + " page(s)");
            }
        }
        assertThat(checked).hasSize(14);
    }

    private static final List<String> SECTIONS = List.of("In one sentence", "Key points", "Counterpoints", "Who’s who",
            "Organisations", "Key dates", "Key terms", "Questions to discuss", "Reading level");

    /**
     * The brief's tagged text by section (a theme may order the sections its own way), without
     * the line saying how many pages the edition has, hyphenation undone.
     */
    private static Map<String, String> shownText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String all = StructureText.normalise(new StructureText(doc).text(doc.getDocumentCatalog().getStructureTreeRoot())
                    .replace("\u00AD", "").replaceAll("(?i)\\W*large-print edition: \\d+ pages", ""));
            Map<String, String> sections = new java.util.TreeMap<>();
            List<int[]> starts = new ArrayList<>();
            for (int k = 0; k < SECTIONS.size(); k++) {
                int at = all.indexOf(SECTIONS.get(k));
                if (at >= 0) starts.add(new int[] {at, k});
            }
            starts.sort(java.util.Comparator.comparingInt(x -> x[0]));
            sections.put("(top)", all.substring(0, starts.isEmpty() ? all.length() : starts.get(0)[0]));
            for (int i = 0; i < starts.size(); i++) {
                int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : all.length();
                sections.put(SECTIONS.get(starts.get(i)[1]), all.substring(starts.get(i)[0], end));
            }
            return sections;
        }
    }
}

package app.briefingpack.braille;

import static org.assertj.core.api.Assertions.assertThat;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.braille.BrailleText.Format;
import app.briefingpack.ingest.ArticleReader;
import app.briefingpack.ingest.ReadOptions;
import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.Paragraph;
import app.briefingpack.documents.Layouts;
import app.briefingpack.documents.PdfOptions;
import app.briefingpack.testing.BrfFile;
import app.briefingpack.testing.TestArticles;
import app.briefingpack.testing.TestBriefings;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The braille edition of the sample and of 22 other articles: four written for the tests (text,
 * Markdown, HTML) and eight mixed from their paragraphs, all read and analysed by the real
 * pipeline, and ten generated briefings with more than a page of brief. liblouis back-translates
 * every file; the format is checked as an embosser reads it.
 */
class BrailleEditionsTest {

    private static final Layouts LAYOUTS = Layouts.defaults();
    private static final PdfOptions PRINT = PdfOptions.defaults();
    private static final List<String> RESOURCES = List.of("/analysis/battery-study.txt", "/analysis/homework-opinion.txt",
            "/articles/flood-report.html", "/articles/school-garden.md");

    private static Briefing sample;
    private static final List<Briefing> others = new ArrayList<>();

    @BeforeAll
    static void corpus() throws Exception {
        Analyser analyser = new Analyser();
        sample = analyser.analyse(TestArticles.sample());
        List<Article> real = new ArrayList<>();
        for (String r : RESOURCES)
            real.add(ArticleReader.read(resource(r), ReadOptions.defaults()).article());
        for (Article a : real) others.add(analyser.analyse(a));
        // Eight more articles from the paragraphs of these and the sample, shuffled and recombined.
        List<String> paragraphs = new ArrayList<>();
        for (Article a : real) a.paragraphs().stream().map(Paragraph::text).forEach(paragraphs::add);
        sample.article().paragraphs().stream().map(Paragraph::text).forEach(paragraphs::add);
        Random random = new Random(18);
        for (int i = 0; i < 8; i++) {
            Collections.shuffle(paragraphs, random);
            String body = String.join("\n\n", paragraphs.subList(0, 4 + random.nextInt(8)));
            Metadata md = new Metadata("Mixed article number " + (i + 1), null, null, null, null, "en", null);
            others.add(analyser.analyse(app.briefingpack.analysis.TestArticles.of("mixed-" + i + ".txt", md, body)));
        }
        for (int i = 0; i < 10; i++)
            others.add(TestBriefings.generated(150 + 150 * i, i % 3 != 2, i % 4 != 3, 1800 + i));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(BrailleEditionsTest.class.getResource(name).toURI());
    }

    private static BrailleEditions.Edition brief(Briefing b, BrailleOptions o) throws BrailleException {
        return BrailleEditions.brief(b, LAYOUTS, PRINT, null, "narration.mp3", Double.NaN, o);
    }

    private static BrailleEditions.Edition article(Briefing b, BrailleOptions o) throws BrailleException {
        return BrailleEditions.article(b, LAYOUTS, PRINT, o);
    }

    /** liblouis reads the whole file back (text lines only, page numbers left out). */
    private static String backTranslated(BrfFile brf, int grade) throws BrailleException {
        return UebTranslator.forGrade(grade).backTranslate(String.join(" ", brf.textLines()));
    }

    private static String sourceText(BrailleEditions.Edition e) {
        return e.source().stream().map(BrailleText::print).collect(Collectors.joining(" "));
    }

    @Test
    void theSampleAndTwentyTwoOtherArticlesBackTranslateToTheirWords() throws Exception {
        assertThat(others).hasSizeGreaterThanOrEqualTo(20);
        List<Briefing> all = new ArrayList<>(others);
        all.add(0, sample);
        BrailleOptions o = BrailleOptions.defaults();
        double worst = 1;
        for (Briefing b : all) {
            String name = b.article().source();
            BrailleEditions.Edition brief = brief(b, o), article = article(b, o);
            BrfFile briefBrf = BrfFile.parse(brief.brf()).assertFormat(40, 25);
            BrfFile articleBrf = BrfFile.parse(article.brf()).assertFormat(40, 25);
            String briefBack = backTranslated(briefBrf, 2), articleBack = backTranslated(articleBrf, 2);
            double briefKept = BrfFile.wordsKept(sourceText(brief), briefBack);
            double articleKept = BrfFile.wordsKept(sourceText(article), articleBack);
            // Independently of what the transcriber chose to show: every paragraph of the article itself.
            String paragraphs = b.article().paragraphs().stream().map(Paragraph::text).collect(Collectors.joining(" "));
            double paragraphsKept = BrfFile.wordsKept(paragraphs, articleBack);
            assertThat(briefKept).as("%s brief.brf words back", name).isGreaterThanOrEqualTo(0.98);
            assertThat(articleKept).as("%s article.brf words back", name).isGreaterThanOrEqualTo(0.98);
            assertThat(paragraphsKept).as("%s article paragraphs' words back", name).isGreaterThanOrEqualTo(0.98);
            worst = Math.min(worst, Math.min(briefKept, Math.min(articleKept, paragraphsKept)));
        }
        System.out.printf("braille back-translation: worst file keeps %.2f%% of its words (%d articles)%n",
                worst * 100, all.size());
    }

    @Test
    void gradeOneAndASmallerPageKeepTheFormatAndTheWords() throws Exception {
        BrailleOptions o = new BrailleOptions(1, 32, 20);
        for (Briefing b : List.of(sample, others.get(0), others.get(others.size() - 1))) {
            for (BrailleEditions.Edition e : List.of(brief(b, o), article(b, o))) {
                BrfFile brf = BrfFile.parse(e.brf()).assertFormat(32, 20);
                assertThat(BrfFile.wordsKept(sourceText(e), backTranslated(brf, 1))).isGreaterThanOrEqualTo(0.98);
            }
        }
        // Uncontracted braille is longer than contracted: same text, more cells.
        assertThat(article(sample, o.withPage("40x25")).brf().length())
                .isGreaterThan(article(sample, BrailleOptions.defaults()).brf().length());
    }

    @Test
    void theBriefHoldsTheBriefAndTheTimelineDocumentsAsThePdfsDo() throws Exception {
        BrailleEditions.Edition brief = brief(sample, BrailleOptions.defaults());
        List<String> headings = brief.source().stream().filter(t -> t.format().heading()).map(BrailleText::print).toList();
        assertThat(headings).contains("Key points", "Key dates", "The events");
        assertThat(headings.get(0)).isEqualTo(sample.article().displayTitle());
        assertThat(headings).anyMatch(h -> h.startsWith("Timeline: "));
        // Every key point, untrimmed by a page budget, as a numbered list item.
        List<String> items = brief.source().stream().filter(t -> t.format() == Format.LIST_ITEM).map(BrailleText::print).toList();
        for (int i = 0; i < Math.min(6, sample.keyPoints().size()); i++) {
            String expected = (i + 1) + ". " + sample.keyPoints().get(i).text().strip().split("\\s+")[0];
            assertThat(items).anyMatch(item -> item.startsWith(expected));
        }
        // The timeline starts on a braille page of its own, and the transcriber's note is on page 1.
        BrfFile brf = BrfFile.parse(brief.brf());
        assertThat(String.join("\n", brf.pages().get(0))).contains(BrfFormatter.NOTE_OPEN);
        assertThat(brief.source().get(1).format()).isEqualTo(Format.TRANSCRIBERS_NOTE);
        assertThat(brief.source()).anyMatch(t -> t.format() == Format.PAGE_BREAK);
    }

    @Test
    void theArticleNumbersItsParagraphsAsPrintDoes() throws Exception {
        BrailleEditions.Edition article = article(sample, BrailleOptions.defaults());
        List<String> paragraphs = article.source().stream().filter(t -> t.format() == Format.PARAGRAPH)
                .map(BrailleText::print).toList();
        for (Paragraph p : sample.article().paragraphs()) {
            String first = p.text().strip().split("\\s+")[0];
            assertThat(paragraphs).anyMatch(t -> t.startsWith(p.number() + " " + first));
        }
        assertThat(article.pages()).isEqualTo(BrfFile.parse(article.brf()).pages().size());
    }
}

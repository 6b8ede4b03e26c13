package app.briefingpack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.ingest.ArticleReader;
import app.briefingpack.ingest.InputException;
import app.briefingpack.ingest.ReadOptions;
import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.Paragraph;
import app.briefingpack.model.Sentence;
import app.briefingpack.documents.Layouts;
import app.briefingpack.documents.PdfDocuments;
import app.briefingpack.documents.PdfOptions;
import app.briefingpack.testing.PdfValidation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing: made-up articles through reading and analysis (1,000 a run) and readable ones through
 * the PDF writer (annotated.pdf, brief.pdf, timeline.pdf) with veraPDF validation (100 a run). Bad input may be refused with an
 * {@link InputException}; nothing may throw anything else, and every PDF must be valid.
 * {@code mvn test -Pfuzz -Dtest=ArticleFuzzTest} runs the long versions (20,000 and 1,000).
 */
class ArticleFuzzTest {

    private static final Analyser ANALYSER = new Analyser();
    private static final Layouts LAYOUTS = Layouts.defaults();

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void readingAndAnalysisNeverCrash(@ForAll("articles") GeneratedArticle generated) throws Exception {
        readAndAnalyse(generated);
    }

    @Property(tries = 20_000, edgeCases = EdgeCasesMode.NONE)
    @AddLifecycleHook(FuzzOnly.class)
    void readingAndAnalysisNeverCrashLong(@ForAll("articles") GeneratedArticle generated) throws Exception {
        readAndAnalyse(generated);
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void pdfsAreAlwaysValid(@ForAll("shortArticles") GeneratedArticle generated) throws Exception {
        writeAndValidate(generated);
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    @AddLifecycleHook(FuzzOnly.class)
    void pdfsAreAlwaysValidLong(@ForAll("shortArticles") GeneratedArticle generated) throws Exception {
        writeAndValidate(generated);
    }

    @Provide
    Arbitrary<GeneratedArticle> articles() {
        return ArticleGenerators.articles(14, 60);
    }

    /** Short articles the reader accepts (refusals are the reading property's business), so every try writes a PDF. */
    @Provide
    Arbitrary<GeneratedArticle> shortArticles() {
        return ArticleGenerators.articles(5, 25).filter(ArticleFuzzTest::readable);
    }

    private static boolean readable(GeneratedArticle generated) {
        try {
            Path dir = Files.createTempDirectory("fuzz");
            try {
                ArticleReader.read(generated.writeTo(dir, "article"), ReadOptions.defaults());
                return true;
            } catch (InputException refused) {
                return false;
            } finally {
                deleteTree(dir);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Optional<Briefing> readAndAnalyse(GeneratedArticle generated) throws IOException {
        Path dir = Files.createTempDirectory("fuzz");
        try {
            Path file = generated.writeTo(dir, "article");
            Article article;
            try {
                article = ArticleReader.read(file, ReadOptions.defaults()).article();
            } catch (InputException refused) {
                assertThat(refused.getMessage()).startsWith("article.").doesNotContain("\n");
                Statistics.collect("refused: " + refused.getMessage().replaceFirst("^[^:]*: ", "").replaceAll("[(\u0027].*", "").replaceAll(" at line.*", ""));
                return Optional.empty();
            }
            checkArticle(article);
            Briefing briefing = ANALYSER.analyse(article);
            for (Sentence s : briefing.sentences()) {
                assertThat(s.begin()).isBetween(0, s.end());
                assertThat(s.end()).isLessThanOrEqualTo(article.body().length());
            }
            Statistics.collect("read and analysed");
            return Optional.of(briefing);
        } finally {
            deleteTree(dir);
        }
    }

    private static void checkArticle(Article article) {
        assertThat(article.paragraphs()).isNotEmpty();
        for (Paragraph p : article.paragraphs()) {
            assertThat(p.text()).isNotBlank();
            assertThat(p.text()).as("paragraph %d", p.number()).doesNotContainPattern("[\\p{Cc}&&[^\\n]]");
        }
        Metadata m = article.metadata();
        for (String value : new String[] {m.title(), m.author(), m.publication(), m.url(), m.language(), m.authorBio()}) {
            if (value != null) assertThat(value).doesNotContainPattern("\\p{Cc}");
        }
        assertThat(article.displayTitle()).isNotBlank();
    }

    private static void writeAndValidate(GeneratedArticle generated) throws IOException {
        Optional<Briefing> briefing = readAndAnalyse(generated);
        assertThat(briefing).as("the generator gives only readable articles here").isPresent();
        PdfOptions options = new PdfOptions(null, "standard");
        ByteArrayOutputStream annotated = new ByteArrayOutputStream();
        assertThat(PdfDocuments.writeAnnotated(briefing.get(), LAYOUTS, options, annotated)).doesNotHaveDuplicates();
        assertThat(PdfValidation.failures(annotated.toByteArray())).as("veraPDF on annotated.pdf").isEmpty();
        ByteArrayOutputStream brief = new ByteArrayOutputStream();
        PdfDocuments.writeBrief(briefing.get(), LAYOUTS, options, null, null, brief);
        assertThat(PdfValidation.failures(brief.toByteArray())).as("veraPDF on brief.pdf").isEmpty();
        ByteArrayOutputStream timeline = new ByteArrayOutputStream();
        PdfDocuments.writeTimeline(briefing.get(), LAYOUTS, options, timeline);
        assertThat(PdfValidation.failures(timeline.toByteArray())).as("veraPDF on timeline.pdf").isEmpty();
        Statistics.label("pdf").collect("validated");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}

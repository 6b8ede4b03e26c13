package app.briefingpack;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.analysis.time.TemporalTagger;
import app.briefingpack.ingest.ArticleReader;
import app.briefingpack.ingest.ReadOptions;
import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.documents.Layouts;
import app.briefingpack.documents.PdfDocuments;
import app.briefingpack.documents.PdfOptions;
import app.briefingpack.speech.Narration;
import app.briefingpack.speech.NarrationOptions;
import app.briefingpack.speech.Narrator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every stage of a pack build, one benchmark each, on the 1,000-word sample and on a 4,000-word
 * article (the sample's paragraphs four times over, so sentences stay realistic). Times are warm
 * (models loaded); cold start-up is measured by bench/pack.sh. Run: {@code bench/jmh.sh Pipeline}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx512m"}) // a 4,000-word narration is 25 minutes of audio, held twice here
public class PipelineBenchmark {

    @Param({"sample", "4000-words"})
    public String article;

    private Path file;
    private Path tempDir;
    private Article read;
    private Briefing briefing;
    private Layouts layouts;
    private Narration narration;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        Path seeds = Path.of("seeds");
        if (article.equals("sample")) {
            file = seeds.resolve("iraq-peace-settlement.txt");
        } else {
            tempDir = Files.createTempDirectory("bench-long");
            file = tempDir.resolve("long-article.txt");
            Files.writeString(file, longArticle(Files.readString(seeds.resolve("iraq-peace-settlement.txt"))));
            Files.copy(seeds.resolve("iraq-peace-settlement.yaml"), tempDir.resolve("long-article.yaml"));
        }
        read = ArticleReader.read(file, ReadOptions.defaults()).article();
        Analyser.warmUp();
        briefing = new Analyser().analyse(read);
        layouts = Layouts.defaults();
        narration = Narrator.narrate(briefing, NarrationOptions.defaults());
    }

    /** The sample's article paragraphs, four times over (about 4,000 words), then its bio. */
    static String longArticle(String sample) {
        String[] blocks = sample.split("\\n\\s*\\n");
        List<String> article = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < 12 && i < blocks.length; i++) article.add(blocks[i].strip());
        }
        if (blocks.length > 12) article.add(blocks[12].strip()); // the author bio
        return String.join("\n\n", article) + "\n";
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        if (tempDir == null) return;
        try (var files = Files.list(tempDir)) {
            for (Path p : files.toList()) Files.delete(p);
        }
        Files.delete(tempDir);
    }

    @Benchmark
    public Article read() throws Exception {
        return ArticleReader.read(file, ReadOptions.defaults()).article();
    }

    @Benchmark
    public Briefing analyse() {
        return new Analyser().analyse(read);
    }

    @Benchmark
    public int tagDates() {
        return TemporalTagger.tag(read.body(), read.metadata().date()).size();
    }

    @Benchmark
    public int annotatedPdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocuments.writeAnnotated(briefing, layouts, PdfOptions.defaults(), out);
        return out.size();
    }

    @Benchmark
    public int timelinePdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocuments.writeTimeline(briefing, layouts, PdfOptions.defaults(), out);
        return out.size();
    }

    @Benchmark
    public int briefPdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocuments.writeBrief(briefing, layouts, PdfOptions.defaults(), null, "narration.mp3", out);
        return out.size();
    }

    /** Synthesis with both voices, MP3 encoding started in the background as the pack does. */
    @Benchmark
    public long synthesiseAndEncode() throws IOException {
        Narration n = Narrator.narrate(briefing, NarrationOptions.defaults());
        n.writeMp3(OutputStream.nullOutputStream());
        return n.sampleCount();
    }

    @Benchmark
    public int captions() {
        return narration.captionsVtt().length() + narration.chaptersVtt().length();
    }
}

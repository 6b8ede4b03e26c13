package app.briefingpack.pdf;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import app.briefingpack.layout.Paper;
import app.briefingpack.model.Briefing;
import app.briefingpack.testing.TestArticles;
import app.briefingpack.testing.TestBriefings;

/**
 * Time to write brief.pdf (fitting included: every attempt is a full layout pass) and
 * timeline.pdf for the sample. Run: {@code java -cp <test classpath> org.openjdk.jmh.Main BriefPdfBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BriefPdfBenchmark {

    private Briefing brief;
    private Briefing overfull;
    private Briefing timeline;
    private Layouts layouts;

    @Setup
    public void setUp() throws Exception {
        brief = TestBriefings.sample();
        overfull = TestBriefings.generated(4000, true, true, 4000);
        timeline = TestArticles.timelineSample(true);
        layouts = Layouts.defaults();
    }

    @Benchmark
    public int sampleBrief() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocuments.writeBrief(brief, layouts, new PdfOptions(Paper.LETTER, "standard"),
                "https://example.org/narration.mp3", "narration.mp3", out);
        return out.size();
    }

    @Benchmark
    public int overfullBrief() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocuments.writeBrief(overfull, layouts, new PdfOptions(Paper.A4, "standard"), null, "narration.mp3", out);
        return out.size();
    }

    @Benchmark
    public int sampleTimeline() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocuments.writeTimeline(timeline, layouts, new PdfOptions(Paper.LETTER, "standard"), out);
        return out.size();
    }
}

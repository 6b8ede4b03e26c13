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

/**
 * Time to write annotated.pdf for the sample (fonts already parsed, as in the second and third
 * PDF of a pack). Run: {@code java -cp <test classpath> org.openjdk.jmh.Main AnnotatedPdfBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnnotatedPdfBenchmark {

    private Briefing briefing;
    private Layouts layouts;

    @Setup
    public void setUp() throws Exception {
        briefing = TestArticles.annotatedSample();
        layouts = Layouts.defaults();
    }

    @Benchmark
    public int standardLetter() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocuments.writeAnnotated(briefing, layouts, new PdfOptions(Paper.LETTER, "standard"), out);
        return out.size();
    }

    @Benchmark
    public int largePrintLetter() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocuments.writeAnnotated(briefing, layouts, new PdfOptions(Paper.LETTER, "large-print"), out);
        return out.size();
    }
}

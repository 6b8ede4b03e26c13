package app.briefingpack.analysis;

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

import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;

/**
 * Analysis of the 1,000-word sample once the models are loaded (target: under 1 s). Run with
 * {@code java -cp target/test-classes:target/classes:<test classpath> org.openjdk.jmh.Main AnalysisBenchmark}
 * from the project root (the sample is read from {@code seeds/}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalysisBenchmark {

    private Article article;
    private Analyser analyser;

    @Setup
    public void load() {
        Analyser.warmUp();
        article = TestArticles.sample();
        analyser = new Analyser();
    }

    @Benchmark
    public Briefing analyse() {
        return analyser.analyse(article);
    }
}

package app.briefingpack.analysis.time;

import app.briefingpack.model.PartialDate;
import app.briefingpack.model.TemporalExpression;
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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time to tag the 1,000-word sample article (target: under 100 ms). Run from the project root:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.openjdk.jmh.Main TemporalTaggerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TemporalTaggerBenchmark {

    private String body;
    private final PartialDate date = new PartialDate(2005, 3, 0);

    @Setup
    public void load() throws IOException {
        body = Files.readString(SeedFixture.SAMPLE, StandardCharsets.UTF_8);
    }

    @Benchmark
    public List<TemporalExpression> tagSample() {
        return TemporalTagger.tag(body, date);
    }
}

package app.briefingpack.speech;

import java.io.OutputStream;
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

import app.briefingpack.model.Briefing;

/**
 * What the narration adds to a pack build: the 1,000-word sample narrated (script,
 * normalisation, synthesis on two voices) and written as WAV, MP3 (the costly part) and both
 * WebVTT files. Run from the project root:
 * {@code java -cp target/test-classes:target/classes:<test classpath> org.openjdk.jmh.Main NarrationBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class NarrationBenchmark {

    private Briefing briefing;

    @Setup
    public void load() {
        briefing = SampleBriefing.load();
    }

    @Benchmark
    public int narrateSampleWithMp3() throws Exception {
        Narration n = Narrator.narrate(briefing, NarrationOptions.defaults());
        OutputStream sink = OutputStream.nullOutputStream();
        n.writeWav(sink);
        n.writeMp3(sink);
        return n.captionsVtt().length() + n.chaptersVtt().length();
    }
}

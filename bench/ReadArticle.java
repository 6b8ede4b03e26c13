import app.briefingpack.ingest.ArticleReader;
import app.briefingpack.ingest.ReadOptions;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times the ingest stage alone on one file: RUNS reads in one warm JVM, prints each and the median.
 * Usage: java -cp dist/briefing.jar bench/ReadArticle.java FILE [RUNS]
 */
public class ReadArticle {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        long[] ms = new long[runs];
        int paragraphs = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            paragraphs = ArticleReader.read(file, new ReadOptions(64L << 20, 1_000_000)).article().paragraphs().size();
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        System.out.println(file.getFileName() + ": " + paragraphs + " paragraphs; runs (ms) " + Arrays.toString(ms));
        Arrays.sort(ms);
        System.out.println("first (cold) read and median: see above; median " + ms[runs / 2] + " ms");
    }
}

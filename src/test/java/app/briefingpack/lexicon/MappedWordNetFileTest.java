package app.briefingpack.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedWordNetFileTest {

    @TempDir
    Path dir;

    @Test
    void readsWhatAPlainRandomAccessFileReadsAtEverySeek() throws Exception {
        byte[] content = new byte[10_000];
        new Random(7).nextBytes(content);
        Path file = Files.write(dir.resolve("index.noun"), content);
        Random random = new Random(11);
        try (RandomAccessFile plain = new RandomAccessFile(file.toFile(), "r");
             RandomAccessFile mapped = new MappedWordNetFile.MappedFile(file.toFile())) {
            assertThat(mapped.length()).isEqualTo(plain.length());
            for (int i = 0; i < 2_000; i++) {
                long at = random.nextInt(content.length + 50); // past the end too
                int len = random.nextInt(300);
                plain.seek(at);
                mapped.seek(at);
                byte[] a = new byte[len], b = new byte[len];
                int na = plain.read(a, 0, len), nb = mapped.read(b, 0, len);
                assertThat(nb).as("read of %d at %d", len, at).isEqualTo(na);
                assertThat(b).isEqualTo(a);
                assertThat(mapped.getFilePointer()).isEqualTo(plain.getFilePointer());
                assertThat(mapped.read()).isEqualTo(plain.read());
            }
        }
    }

    @Test
    void concurrentLookupsAgree() throws Exception {
        WordNet wordNet = WordNet.get();
        String expected = wordNet.senses("negotiation").size() + " senses, used " + wordNet.useCount("settlement");
        assertThat(wordNet.senses("negotiation")).isNotEmpty();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var tasks = new java.util.ArrayList<java.util.concurrent.Callable<String>>();
            for (int i = 0; i < 16; i++)
                tasks.add(() -> wordNet.senses("negotiation").size() + " senses, used " + wordNet.useCount("settlement"));
            for (var a : pool.invokeAll(tasks)) assertThat(a.get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }
}

package app.briefingpack.analysis.entities;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Build step (pom.xml, process-classes): turns the word-cluster list, "word TAB path" lines
 * sorted in unsigned byte order (a line without a tab is a comment), into the table
 * {@link WordClusters} reads. The list is the readable source in the repository; the table is
 * what the program loads, because parsing 12 MB of text took 0.3 s of every run.
 *
 * <p>The table, big-endian: {@link WordClusters#MAGIC}; the number of words n; the number of
 * classes and each class's path as an int (its bits under a leading 1); n bytes, the length of the
 * prefix each word shares with the word before it; n bytes, the length of the rest; n shorts, the
 * word's class; then the rests, one after the other. Sorted words share long prefixes, so this
 * is a third of the text's size and is read back with one array copy per word.
 *
 * <p>Usage: {@code WordClustersWriter CLUSTER-LIST.txt.gz TABLE-FILE}
 */
public final class WordClustersWriter {

    private WordClustersWriter() {}

    public static void main(String[] args) throws IOException {
        byte[] text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16)) {
            text = in.readAllBytes();
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out)) {
            file.write(table(text, args[0]));
        }
    }

    /** The table's bytes for the list's bytes; {@code source} names the list in errors. */
    static byte[] table(byte[] text, String source) throws IOException {
        Map<Integer, Integer> classIndex = new LinkedHashMap<>();
        ByteArrayOutputStream shared = new ByteArrayOutputStream(), restLength = new ByteArrayOutputStream();
        ByteArrayOutputStream classes = new ByteArrayOutputStream(), rests = new ByteArrayOutputStream();
        DataOutputStream classesOut = new DataOutputStream(classes);
        byte[] previous = new byte[0];
        int n = 0;
        for (int line = 0; line < text.length; ) {
            int eol = line;
            while (eol < text.length && text[eol] != '\n') eol++;
            int tab = line;
            while (tab < eol && text[tab] != '\t') tab++;
            if (tab == eol) { // a comment, or a blank line
                if (eol > line && text[line] != '#') throw malformed(source, text, line, eol);
                line = eol + 1;
                continue;
            }
            byte[] word = Arrays.copyOfRange(text, line, tab);
            int key = 1;
            for (int i = tab + 1; i < eol; i++) {
                if ((text[i] != '0' && text[i] != '1') || key >= 1 << 30) throw malformed(source, text, line, eol);
                key = key << 1 | (text[i] - '0');
            }
            if (word.length == 0 || word.length > 255 || key == 1) throw malformed(source, text, line, eol);
            if (n > 0 && Arrays.compareUnsigned(previous, word) >= 0) {
                throw new IOException(source + ": not in byte order at \"" + new String(word, StandardCharsets.UTF_8) + "\"");
            }
            int common = Math.min(Arrays.mismatch(previous, word), 255); // sorted and distinct: never -1
            shared.write(common);
            restLength.write(word.length - common);
            rests.write(word, common, word.length - common);
            Integer index = classIndex.computeIfAbsent(key, k -> classIndex.size());
            if (index > Short.MAX_VALUE) throw new IOException(source + ": more than 32,768 classes");
            classesOut.writeShort(index);
            previous = word;
            n++;
            line = eol + 1;
        }
        ByteArrayOutputStream table = new ByteArrayOutputStream(rests.size() + 4 * n + 16);
        DataOutputStream out = new DataOutputStream(table);
        out.writeInt(WordClusters.MAGIC);
        out.writeInt(n);
        out.writeInt(classIndex.size());
        for (int key : classIndex.keySet()) out.writeInt(key);
        shared.writeTo(out);
        restLength.writeTo(out);
        classes.writeTo(out);
        rests.writeTo(out);
        out.flush();
        return table.toByteArray();
    }

    private static IOException malformed(String source, byte[] text, int from, int to) {
        return new IOException(source + ": not \"word<TAB>path\": "
                + new String(text, from, Math.min(to - from, 80), StandardCharsets.UTF_8));
    }
}

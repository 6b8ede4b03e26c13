package app.briefingpack.lexicon;

import com.sun.speech.freetts.en.us.CMULexicon;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Build step (pom.xml, process-classes): writes {@link CmuDictionary#TABLE} from the dictionary
 * FreeTTS ships. Every word of FreeTTS's dictionary files is looked up through FreeTTS itself,
 * exactly as the program used to look words up, so the table answers as FreeTTS does.
 *
 * <p>Usage: {@code CmuDictionaryWriter OUTPUT-FILE}
 */
public final class CmuDictionaryWriter {

    /** FreeTTS's dictionary as text (entry = word + part of speech, tab, phones), and its addenda. */
    private static final List<String> SOURCES = List.of("/com/sun/speech/freetts/en/us/cmudict04_compiled.txt",
            "/com/sun/speech/freetts/en/us/cmudict04_addenda.txt");

    private CmuDictionaryWriter() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out)) {
            file.write(table());
        }
    }

    /** The table's bytes. */
    static byte[] table() throws IOException {
        CMULexicon lexicon = new CMULexicon("cmudict04", true);
        lexicon.load();
        Map<String, String[]> entries = new TreeMap<>(); // String order = byte order for ASCII
        for (String source : SOURCES) {
            for (String word : words(source)) {
                String[] phones = lexicon.getPhones(word, null, false);
                if (phones != null) entries.put(word, phones.clone());
            }
        }
        Map<String, Integer> phoneIds = new LinkedHashMap<>();
        ByteArrayOutputStream words = new ByteArrayOutputStream(), phones = new ByteArrayOutputStream();
        ByteArrayOutputStream wordEnds = new ByteArrayOutputStream(), phoneEnds = new ByteArrayOutputStream();
        DataOutputStream wordEndsOut = new DataOutputStream(wordEnds), phoneEndsOut = new DataOutputStream(phoneEnds);
        for (Map.Entry<String, String[]> e : entries.entrySet()) {
            for (char c : e.getKey().toCharArray()) {
                if (c >= 128) throw new IOException("not ASCII: " + e.getKey()); // the lookup compares bytes
                words.write(c);
            }
            wordEndsOut.writeInt(words.size());
            for (String p : e.getValue()) {
                int id = phoneIds.computeIfAbsent(p, k -> phoneIds.size());
                if (id > 255) throw new IOException("more than 256 phones");
                phones.write(id);
            }
            phoneEndsOut.writeInt(phones.size());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(CmuDictionary.MAGIC);
        out.writeByte(phoneIds.size());
        for (String p : phoneIds.keySet()) out.writeUTF(p);
        out.writeInt(entries.size());
        out.writeInt(words.size());
        words.writeTo(out);
        wordEnds.writeTo(out);
        out.writeInt(phones.size());
        phones.writeTo(out);
        phoneEnds.writeTo(out);
        out.flush();
        return bytes.toByteArray();
    }

    /** The distinct words of one of FreeTTS's dictionary files (its entries without their part of speech). */
    static List<String> words(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = CMULexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException(resource + " is not on the classpath");
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("***")) continue;
                int tab = line.indexOf('\t');
                if (tab < 2) continue;
                out.add(line.substring(0, tab - 1)); // the last character is the part of speech
            }
        }
        return out;
    }
}

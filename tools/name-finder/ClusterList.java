import java.io.BufferedInputStream;
import java.io.ObjectInputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes NLP4J's English Brown clusters (en-brown-clusters-simplified-lowercase, decompressed, on
 * standard input: a serialised map from each lower-cased word to the prefixes of its cluster's
 * bit path) as the list WordClusters reads: "word TAB path", one a line, in the unsigned byte
 * order of the words' UTF-8 (WordClusters searches the bytes), the longest prefix being the path.
 * A line without a tab is a comment.
 *   usage: xz -dc en-brown-clusters-simplified-lowercase.xz | java ClusterList.java > brown-clusters.txt
 */
public class ClusterList {
    public static void main(String[] args) throws Exception {
        Map<String, String> sorted = new TreeMap<>((a, b) -> Arrays.compareUnsigned(
                a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(System.in))) {
            @SuppressWarnings("unchecked")
            Map<String, Set<String>> prefixes = (Map<String, Set<String>>) in.readObject();
            for (Map.Entry<String, Set<String>> e : prefixes.entrySet()) {
                String path = "";
                for (String p : e.getValue()) if (p.length() > path.length()) path = p;
                if (e.getKey().indexOf('\t') < 0 && e.getKey().indexOf('\n') < 0 && !path.isEmpty()) sorted.put(e.getKey(), path);
            }
        }
        try (PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            out.println("# Brown word clusters from NLP4J's English lexica (nlp4j-english 1.1.3, Apache License 2.0),");
            out.println("# en-brown-clusters-simplified-lowercase.xz; made by tools/name-finder/ClusterList.java.");
            for (Map.Entry<String, String> e : sorted.entrySet()) out.println(e.getKey() + "\t" + e.getValue());
        }
    }
}

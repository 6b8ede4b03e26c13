package app.briefingpack.analysis.time;

import app.briefingpack.model.PartialDate;
import app.briefingpack.model.TemporalExpression;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Development tool, not a test: tags every {@code DOCS/NAME.txt} written by timex-eval's
 * prepare.py (front matter {@code ---\ndate: YYYY-MM-DD\n---\n}, then the body) with its date
 * and writes {@code SYS/NAME.json}, the list score.py reads. With a third argument
 * {@code nodate} the date is withheld, to measure the underspecified mode.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) app.briefingpack.analysis.time.TimexEvalRunner DOCS SYS</pre>
 */
public final class TimexEvalRunner {

    private TimexEvalRunner() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: TimexEvalRunner DOCS_DIR SYS_DIR [nodate]");
            System.exit(2);
        }
        Path docs = Path.of(args[0]);
        Path sys = Path.of(args[1]);
        boolean withDate = args.length < 3 || !args[2].equals("nodate");
        Files.createDirectories(sys);
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.list(docs)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String raw = Files.readString(f, StandardCharsets.UTF_8);
            PartialDate date = null;
            String body = raw;
            if (raw.startsWith("---\n")) {
                int close = raw.indexOf("\n---\n", 3);
                for (String line : raw.substring(4, close).split("\n")) {
                    if (line.startsWith("date:")) date = PartialDate.parse(line.substring(5).strip()).orElse(null);
                }
                body = raw.substring(close + 5);
            }
            List<Map<String, Object>> out = new ArrayList<>();
            for (TemporalExpression t : TemporalTagger.tag(body, withDate ? date : null)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("begin", t.begin());
                m.put("end", t.end());
                m.put("text", t.text());
                m.put("type", t.type());
                m.put("value", t.value());
                if (t.mod() != null) m.put("mod", t.mod());
                out.add(m);
            }
            String name = f.getFileName().toString();
            json.writeValue(sys.resolve(name.substring(0, name.length() - 4) + ".json").toFile(), out);
        }
        System.err.println("tagged " + files.size() + " documents into " + sys);
    }
}

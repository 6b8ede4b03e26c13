package app.briefingpack.analysis.time;

import app.briefingpack.model.Article;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.Paragraph;
import app.briefingpack.model.PartialDate;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The sample article as an {@link Article} (paragraphs split on blank lines) and the shared gold file. */
final class SeedFixture {

    static final Path SAMPLE = Path.of("seeds", "iraq-peace-settlement.txt");

    private SeedFixture() {}

    static Article article(PartialDate date) throws IOException {
        String body = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        List<Paragraph> paragraphs = new ArrayList<>();
        int i = 0;
        int n = 1;
        while (i < body.length()) {
            int next = body.indexOf("\n\n", i);
            int end = next < 0 ? body.length() : next;
            int b = i;
            while (b < end && Character.isWhitespace(body.charAt(b))) b++;
            int e = end;
            while (e > b && Character.isWhitespace(body.charAt(e - 1))) e--;
            if (e > b) paragraphs.add(new Paragraph(n++, body.substring(b, e), b, e));
            i = next < 0 ? body.length() : next + 2;
        }
        return new Article(SAMPLE.getFileName().toString(), Metadata.empty().withDate(date), body, 0, paragraphs);
    }

    /** Finds shared/spec/seed-gold.yaml above the working directory or beside it; empty when absent. */
    static Optional<Path> goldFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolve("shared/spec/seed-gold.yaml"), dir.resolveSibling("shared/spec/seed-gold.yaml"))) {
                if (Files.isRegularFile(candidate)) return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> gold() throws IOException {
        Optional<Path> f = goldFile();
        assumeTrue(f.isPresent(), "shared/spec/seed-gold.yaml not found; skipping the gold comparison");
        try (Reader r = Files.newBufferedReader(f.get(), StandardCharsets.UTF_8)) {
            return new Yaml().load(r);
        }
    }

    /** The entries under key, with YAML dates (2005-03-03) turned back into their ISO text. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> goldList(String key) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) gold().get(key)) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(entry);
            copy.replaceAll((k, v) -> v instanceof java.util.Date d
                    ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString() : v);
            out.add(copy);
        }
        return out;
    }
}

package app.briefingpack.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import app.briefingpack.model.Article;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.Paragraph;
import app.briefingpack.model.PartialDate;

/**
 * Builds test articles the way the ingest stage will: paragraphs are blocks separated by blank
 * lines, offsets point into the whole file text, the newsletter footer and the author bio are
 * left out of the paragraphs (but stay in the body).
 */
public final class TestArticles {

    private static final Pattern BLOCK = Pattern.compile("[^\\n](?:.|\\n(?!\\s*\\n))*");

    private TestArticles() {
    }

    /** The sample opinion piece from {@code seeds/}, with its metadata and author bio. */
    public static Article sample() {
        Path txt = Path.of("seeds", "iraq-peace-settlement.txt");
        Path yaml = Path.of("seeds", "iraq-peace-settlement.yaml");
        try {
            String body = Files.readString(txt, StandardCharsets.UTF_8);
            Map<String, Object> meta = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(yaml, StandardCharsets.UTF_8));
            String author = (String) meta.get("author");
            List<Paragraph> paragraphs = new ArrayList<>();
            String bio = null;
            Matcher m = BLOCK.matcher(body);
            while (m.find()) {
                String text = m.group();
                if (text.startsWith(author + " is ")) {
                    bio = text.substring(0, text.indexOf(" (") > 0 ? text.indexOf(" (") : text.indexOf('.'));
                    continue;
                }
                if (text.startsWith("Get more news") || text.startsWith("Subscribe")) continue;
                paragraphs.add(new Paragraph(paragraphs.size() + 1, text, m.start(), m.end()));
            }
            Metadata md = new Metadata(null, author, bio, (String) meta.get("publication"),
                    PartialDate.parse(String.valueOf(meta.get("date"))).orElse(null), "en", null);
            return new Article(txt.getFileName().toString(), md, body, 0, paragraphs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An article from plain text whose paragraphs are separated by blank lines. */
    public static Article of(String source, Metadata metadata, String body) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Matcher m = BLOCK.matcher(body);
        while (m.find()) paragraphs.add(new Paragraph(paragraphs.size() + 1, m.group(), m.start(), m.end()));
        return new Article(source, metadata, body, 0, paragraphs);
    }
}

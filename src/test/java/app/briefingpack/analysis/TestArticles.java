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

import app.briefingpack.ingest.ArticleReader;
import app.briefingpack.ingest.InputException;
import app.briefingpack.ingest.ReadOptions;
import app.briefingpack.model.Article;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.Paragraph;
import app.briefingpack.model.PartialDate;

/** Test articles: the sample as the ingest stage reads it, and plain texts split into paragraphs at blank lines. */
public final class TestArticles {

    private static final Pattern BLOCK = Pattern.compile("[^\\n](?:.|\\n(?!\\s*\\n))*");

    private TestArticles() {
    }

    /** The sample opinion piece from {@code seeds/}, read by the ingest stage with its sidecar metadata and author bio. */
    public static Article sample() {
        try {
            return ArticleReader.read(Path.of("seeds", "iraq-peace-settlement.txt"), ReadOptions.defaults()).article();
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
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

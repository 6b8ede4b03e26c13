package app.briefingpack.ingest;

import app.briefingpack.model.Article;
import java.util.List;

/** An article and the warnings met while reading it (e.g. "decoded as Windows-1252"). */
public record ReadResult(Article article, List<String> warnings) {
    public ReadResult {
        warnings = List.copyOf(warnings);
    }
}

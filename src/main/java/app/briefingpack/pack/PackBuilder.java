package app.briefingpack.pack;

import app.briefingpack.ingest.ArticleReader;
import app.briefingpack.ingest.InputException;
import app.briefingpack.ingest.ReadResult;
import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds one pack: read, analyse, lay out, write. Each stage gets only what the previous one
 * produced; the pack folder is replaced whole or not at all.
 */
public final class PackBuilder {

    private final PackOptions options;
    private final ProgressListener progress;

    public PackBuilder(PackOptions options, ProgressListener progress) {
        this.options = options;
        this.progress = progress;
    }

    /** Builds the pack for {@code articleFile}. */
    public PackResult build(Path articleFile) throws InputException, IOException {
        String name = articleFile.getFileName().toString();
        progress.stage(name, "read");
        ReadResult read = ArticleReader.read(articleFile, options.read());
        List<String> warnings = new ArrayList<>(read.warnings());
        Article article = read.article();
        if (options.dateOverride() != null) {
            article = new Article(article.source(), article.metadata().withDate(options.dateOverride()),
                    article.body(), article.bodyOffset(), article.paragraphs());
        }
        Briefing briefing = Briefing.of(article);

        String folder = folderName(article, articleFile);
        progress.stage(name, "write");
        try (PackTransaction pack = PackWriter.begin(options.outDir(), folder)) {
            final Briefing finalBriefing = briefing;
            pack.write("briefing.json", out -> BriefingJson.write(finalBriefing, Map.of(), out));
            pack.commit();
            List<String> files = pack.written().stream().sorted().map(f -> pack.target().resolve(f).toString()).toList();
            return new PackResult(pack.target(), files, warnings);
        }
    }

    private String folderName(Article article, Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        if (options.folderNaming() == PackOptions.FolderNaming.FILE) return Slug.ofFileName(base);
        String fromFile = Slug.of(base, "article");
        return article.metadata().title() != null ? Slug.of(article.metadata().title(), fromFile) : fromFile;
    }
}

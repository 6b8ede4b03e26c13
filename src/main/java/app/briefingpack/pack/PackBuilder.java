package app.briefingpack.pack;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.analysis.corrections.BriefCorrections;
import app.briefingpack.analysis.corrections.CorrectionsException;
import app.briefingpack.ingest.ArticleReader;
import app.briefingpack.ingest.InputException;
import app.briefingpack.ingest.ReadResult;
import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.pdf.PdfDocuments;
import app.briefingpack.pdf.PdfOptions;
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

    /** Thread-safe; its language models load once, on first use. */
    private static final Analyser ANALYSER = new Analyser();

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
        progress.stage(name, "analyse");
        Briefing analysed = ANALYSER.analyse(article);
        Briefing briefing;
        try {
            briefing = BriefCorrections.forArticle(articleFile).map(c -> c.applyTo(analysed)).orElse(analysed);
        } catch (CorrectionsException e) {
            throw InputException.withMessage(e.getMessage());
        }

        String folder = folderName(article, articleFile);
        progress.stage(name, "write");
        try (PackTransaction pack = PackWriter.begin(options.outDir(), folder)) {
            final Briefing finalBriefing = briefing;
            if (options.writes(PackOptions.Output.PDF)) {
                progress.stage(name, "lay out annotated.pdf");
                writePdfs(pack, "", new PdfOptions(options.paper(), options.theme()), finalBriefing, warnings);
                if (options.largePrint()) {
                    progress.stage(name, "lay out large print");
                    writePdfs(pack, "large-print/", new PdfOptions(options.paper(), "large-print"), finalBriefing, warnings);
                }
            }
            if (options.writes(PackOptions.Output.JSON))
                pack.write("briefing.json", out -> BriefingJson.write(finalBriefing, Map.of(), out));
            pack.commit();
            List<String> files = pack.written().stream().sorted().map(f -> pack.target().resolve(f).toString()).toList();
            return new PackResult(pack.target(), files, warnings);
        }
    }

    private void writePdfs(PackTransaction pack, String prefix, PdfOptions pdf, Briefing briefing, List<String> warnings)
            throws IOException {
        List<String> found = new ArrayList<>();
        pack.write(prefix + "annotated.pdf", out -> found.addAll(PdfDocuments.writeAnnotated(briefing, options.layouts(), pdf, out)));
        for (String w : found) warnings.add(prefix + "annotated.pdf: " + w);
    }

    private String folderName(Article article, Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        if (options.folderNaming() == PackOptions.FolderNaming.FILE) return Slug.ofFileName(base);
        String fromFile = Slug.of(base, "article");
        return article.metadata().title() != null ? Slug.of(article.metadata().title(), fromFile) : fromFile;
    }
}

package app.briefingpack.pack;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.corrections.BriefCorrections;
import app.briefingpack.corrections.CorrectionsException;
import app.briefingpack.braille.BrailleEditions;
import app.briefingpack.braille.BrailleException;
import app.briefingpack.ingest.ArticleReader;
import app.briefingpack.ingest.InputException;
import app.briefingpack.ingest.ReadResult;
import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.epub.EpubWriter;
import app.briefingpack.documents.BriefDocument;
import app.briefingpack.documents.BriefPlan;
import app.briefingpack.layout.DocumentSpec;
import app.briefingpack.documents.BriefResult;
import app.briefingpack.documents.Layouts;
import app.briefingpack.documents.PdfDocuments;
import app.briefingpack.documents.PdfOptions;
import app.briefingpack.speech.Narration;
import app.briefingpack.speech.NarrationOptions;
import app.briefingpack.speech.Narrator;
import app.briefingpack.documents.DocumentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.Executors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one pack: read, analyse, lay out, write. Each stage gets only what the previous one
 * produced; the pack folder is replaced whole or not at all. Thread-safe: one builder serves
 * every article of a batch.
 */
public final class PackBuilder {

    /** Thread-safe; its language models load once, on first use. */
    private static final Analyser ANALYSER = new Analyser();

    /** Narration runs beside the PDF layout; daemon threads so an unfinished one never holds the JVM. */
    private static final ExecutorService NARRATION_THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "narration");
        t.setDaemon(true);
        return t;
    });

    /** Column width, in points, the brief's blocks are made for in the book (a Letter page's text width). */
    private static final float BOOK_COLUMN = 468f;

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
        Briefing briefing = correct(ANALYSER.analyse(article), articleFile);

        // The narration does not depend on the PDFs: synthesise it while they are laid out.
        boolean speak = options.writes(PackOptions.Output.AUDIO);
        double hours = Narrator.estimatedHours(briefing, options.speech().wordsPerMinute());
        if (speak && hours > Narrator.MAX_HOURS) {
            speak = false;
            warnings.add(String.format(java.util.Locale.ROOT, "%s: no narration: reading the article aloud would take about"
                    + " %.0f hours, over the %.0f-hour limit of a narration", name, hours, Narrator.MAX_HOURS));
        }
        CompletableFuture<Narration> narration = speak
                ? CompletableFuture.supplyAsync(() -> narrate(briefing), NARRATION_THREADS) : null;
        String folder = folderName(article, articleFile);
        try {
            return write(folder, name, briefing, narration, warnings);
        } catch (IOException e) {
            throw PackWriteException.of(options.outDir(), folder, e);
        }
    }

    /** The order in which packs were committed in this process; later commits replace earlier ones. */
    private static final AtomicLong COMMITS = new AtomicLong();

    private PackResult write(String folder, String name, Briefing briefing, CompletableFuture<Narration> narration,
                             List<String> warnings) throws IOException {
        try (PackTransaction pack = PackFolders.begin(options.outDir(), folder)) {
            warnings.addAll(pack.warnings());
            Map<String, Object> extra = new LinkedHashMap<>();
            if (options.writes(PackOptions.Output.PDF)) {
                progress.stage(name, "lay out the PDFs");
                BriefPlan shown = writePdfs(pack, "", new PdfOptions(options.paper(), options.theme()), briefing,
                        narration, warnings, extra, null);
                if (options.largePrint()) {
                    progress.stage(name, "lay out the large-print PDFs");
                    // the same items as the standard brief, numbered alike, on more pages if need be
                    writePdfs(pack, "large-print/", new PdfOptions(options.paper(), "large-print"), briefing, narration,
                            warnings, new LinkedHashMap<>(), shown);
                }
            }
            if (options.writes(PackOptions.Output.BRAILLE)) {
                progress.stage(name, "transcribe the braille edition");
                writeBraille(pack, briefing, narration, warnings, extra);
            }
            if (narration != null) {
                progress.stage(name, "write the narration");
                Narration spoken = await(narration);
                pack.write("narration.wav", spoken::writeWav);
                pack.writeString("narration.vtt", spoken.captionsVtt());
                pack.writeString("narration-sentences.vtt", spoken.sentencesVtt());
                pack.writeString("narration.txt", spoken.transcript());
                pack.writeString("chapters.vtt", spoken.chaptersVtt());
                java.io.ByteArrayOutputStream mp3 = new java.io.ByteArrayOutputStream();
                spoken.writeMp3(mp3);
                pack.write("narration.mp3", mp3::writeTo);
                progress.stage(name, "write the read-along book");
                pack.write("narration.epub", out -> EpubWriter.write(briefing.article(), briefForBook(briefing, spoken),
                        spoken, mp3.toByteArray(), options.speech().readAlongWords(), out));
                Map<String, Object> audio = new LinkedHashMap<>();
                audio.put("file", "narration.mp3");
                audio.put("seconds", Math.round(spoken.duration().toMillis() / 100.0) / 10.0);
                audio.put("wordsPerMinute", Math.round(spoken.wordsPerMinute()));
                audio.put("guessedWords", spoken.guessedWords());
                extra.put("narration", audio);
                if (!spoken.guessedWords().isEmpty())
                    warnings.add(name + ": narration: words the voice had to guess (add them to pronunciation.lex if they sound wrong): "
                            + String.join(", ", spoken.guessedWords()));
            }
            if (options.writes(PackOptions.Output.JSON)) {
                progress.stage(name, "write briefing.json");
                pack.write("briefing.json", out -> BriefingJson.write(briefing, extra, out));
            }
            pack.commit();
            long order = COMMITS.incrementAndGet(); // still under the pack folder's lock
            List<String> files = pack.written().stream().sorted().map(f -> pack.target().resolve(f).toString()).toList();
            return new PackResult(pack.target(), files, warnings, order);
        }
    }

    /** The brief's blocks for the read-along book: all of it, since a book has no page to fill. */
    private DocumentSpec briefForBook(Briefing briefing, Narration narration) {
        Layouts layouts = options.layouts();
        return new BriefDocument(layouts.document(DocumentType.BRIEF), layouts.theme(options.theme()), BOOK_COLUMN,
                options.speech().audioUrl(), "narration.mp3", narration.duration().toMillis() / 60000.0)
                .build(briefing, BriefPlan.full());
    }

    /** Applies the teacher's {@code story.brief.yaml}, if there is one. */
    private static Briefing correct(Briefing analysed, Path articleFile) throws InputException {
        try {
            return BriefCorrections.forArticle(articleFile).map(c -> c.applyTo(analysed)).orElse(analysed);
        } catch (CorrectionsException e) {
            throw InputException.withMessage(e.getMessage());
        }
    }

    private Narration narrate(Briefing briefing) {
        Path lexicon = options.layoutsDir() == null ? null : options.layoutsDir().resolve("pronunciation.lex");
        NarrationOptions speech = new NarrationOptions(options.speech().wordsPerMinute(),
                lexicon != null && Files.isRegularFile(lexicon) ? lexicon : null);
        try {
            return Narrator.narrate(briefing, speech);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The narration's result, with its own exception rather than a wrapper. */
    private static Narration await(CompletableFuture<Narration> narration) throws IOException {
        try {
            return narration.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) throw io.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IOException(cause);
        }
    }

    /** Writes the three PDFs; returns what the brief shows, for the large-print edition to show the same. */
    private BriefPlan writePdfs(PackTransaction pack, String prefix, PdfOptions pdf, Briefing briefing,
                                         CompletableFuture<Narration> narration, List<String> warnings,
                                         Map<String, Object> extra, BriefPlan sameAs) throws IOException {
        List<String> found = new ArrayList<>();
        pack.write(prefix + DocumentType.ANNOTATED.pdfFile(), out -> found.addAll(PdfDocuments.writeAnnotated(briefing, options.layouts(), pdf, out)));
        pack.write(prefix + DocumentType.TIMELINE.pdfFile(), out -> found.addAll(PdfDocuments.writeTimeline(briefing, options.layouts(), pdf, out)));
        pack.write(prefix + DocumentType.ANSWER_KEY.pdfFile(), out -> found.addAll(PdfDocuments.writeAnswerKey(briefing, options.layouts(), pdf, out)));
        // The brief names the narration's length, so it waits for the narration (laid out last).
        String audioFile = narration != null ? "narration.mp3" : null;
        double minutes = narration != null ? await(narration).duration().toMillis() / 60000.0 : Double.NaN;
        BriefResult[] brief = new BriefResult[1];
        pack.write(prefix + DocumentType.BRIEF.pdfFile(), out -> brief[0] = PdfDocuments.writeBrief(briefing, options.layouts(), pdf,
                options.speech().audioUrl(), audioFile, minutes, sameAs, out));
        found.addAll(brief[0].warnings());
        // Ordered: Map.of's order changes from one JVM to the next, and equal input must give equal bytes.
        Map<String, Object> briefInfo = new LinkedHashMap<>();
        briefInfo.put("pages", brief[0].pages());
        briefInfo.put("bodySize", brief[0].bodySize());
        briefInfo.put("leftOffThePage", brief[0].leftOut());
        extra.put("brief", briefInfo);
        for (String w : found) warnings.add(prefix + w);
        return brief[0].plan();
    }

    /**
     * braille/brief.brf and braille/article.brf from the same documents as the PDFs. Where liblouis
     * cannot run (no native library for this platform) the rest of the pack is still written.
     */
    private void writeBraille(PackTransaction pack, Briefing briefing, CompletableFuture<Narration> narration,
                              List<String> warnings, Map<String, Object> extra) throws IOException {
        PdfOptions pdf = new PdfOptions(options.paper(), options.theme());
        String audioFile = narration != null ? "narration.mp3" : null;
        double minutes = narration != null ? await(narration).duration().toMillis() / 60000.0 : Double.NaN;
        BrailleEditions.Edition brief, article;
        try {
            brief = BrailleEditions.brief(briefing, options.layouts(), pdf, options.speech().audioUrl(), audioFile, minutes,
                    options.braille());
            article = BrailleEditions.article(briefing, options.layouts(), pdf, options.braille());
        } catch (BrailleException e) {
            warnings.add("braille: " + e.getMessage() + "; the braille files were not written");
            return;
        }
        // BRF is ASCII braille: every character is one byte.
        pack.write("braille/brief.brf", out -> out.write(brief.brf().getBytes(StandardCharsets.US_ASCII)));
        pack.write("braille/article.brf", out -> out.write(article.brf().getBytes(StandardCharsets.US_ASCII)));
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("files", List.of("braille/brief.brf", "braille/article.brf"));
        info.put("code", "UEB");
        info.put("grade", options.braille().grade());
        info.put("cells", options.braille().cells());
        info.put("lines", options.braille().lines());
        Map<String, Object> pages = new LinkedHashMap<>();
        pages.put("braille/brief.brf", brief.pages());
        pages.put("braille/article.brf", article.pages());
        info.put("pages", pages);
        extra.put("braille", info);
    }

    private String folderName(Article article, Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        if (options.folderNaming() == PackOptions.FolderNaming.FILE) return Slug.ofFileName(base);
        String fromFile = Slug.of(base, "article");
        return article.metadata().title() != null ? Slug.of(article.metadata().title(), fromFile) : fromFile;
    }
}

package app.briefingpack.cli;

import app.briefingpack.braille.BrailleOptions;
import app.briefingpack.ingest.ReadOptions;
import app.briefingpack.layout.Paper;
import app.briefingpack.documents.QrFigure;
import app.briefingpack.model.PartialDate;
import app.briefingpack.documents.LayoutFileException;
import app.briefingpack.documents.Layouts;
import app.briefingpack.pack.PackBuilder;
import app.briefingpack.pack.PackOptions;
import app.briefingpack.pack.Preloader;
import app.briefingpack.pack.Version;
import app.briefingpack.speech.PronunciationLexicon;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import app.briefingpack.speech.NarrationOptions;

/** The command line: which articles, where the packs go, what to write. */
@Command(name = "briefing", mixinStandardHelpOptions = true, versionProvider = BriefingCommand.VersionProvider.class,
        sortOptions = false,
        description = {
            "Makes a classroom briefing pack from a news or opinion article: a one-page brief, a timeline and",
            "the full annotated text as tagged, accessible PDFs, an audio narration with captions, and briefing.json.",
            "",
            "With no ARTICLE it builds every article in ./seeds/, or the bundled sample when there is no ./seeds/."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article built", "1:an article failed (the others were still built)", "2:usage error"})
final class BriefingCommand implements Callable<Integer> {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ARTICLE|FOLDER", arity = "0..*",
            description = "Article files (.txt, .md, .html, .docx, .pdf) or folders of them.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "dist",
            description = "Where packs go, one folder each (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--date", paramLabel = "YYYY-MM[-DD]", converter = DateConverter.class,
            description = "The article's publication date, when its metadata lacks it or is wrong.")
    PartialDate date;

    @Option(names = "--only", paramLabel = "PART", split = ",",
            description = "Write only these parts: json, pdf, audio, braille (default: all).")
    Set<PackOptions.Output> only = EnumSet.noneOf(PackOptions.Output.class);

    @Option(names = "--folder-name", paramLabel = "slug|file", defaultValue = "slug",
            description = "Name pack folders by the title's slug, or by the input file's own name (default: ${DEFAULT-VALUE}).")
    PackOptions.FolderNaming folderNaming;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "2MB", converter = SizeConverter.class,
            description = "Refuse article files larger than this: bytes, or with KB, MB, GB (default: ${DEFAULT-VALUE}, at most 1GB).")
    long maxSize;

    @Option(names = "--max-words", paramLabel = "WORDS", defaultValue = "50000",
            description = "Refuse articles longer than this many words, counted after extraction (default: ${DEFAULT-VALUE}).")
    int maxWords;

    @Option(names = "--paper", paramLabel = "letter|a4", converter = PaperConverter.class,
            description = "Paper size of the PDFs (default: the layout's, Letter).")
    Paper paper;

    @Option(names = "--theme", paramLabel = "NAME", defaultValue = "standard",
            description = "Theme of the PDFs: standard, large-print, or one in --layouts (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--large-print", description = "Also write the large-print edition of every PDF into large-print/.")
    boolean largePrint;

    @Option(names = "--layouts", paramLabel = "DIR",
            description = "A folder of edited layout and theme files (a copy of layouts/); files it lacks keep the defaults.")
    Path layoutsDir;

    @Option(names = "--no-audio", description = "Skip the narration.")
    boolean noAudio;

    @Option(names = "--voice-rate", paramLabel = "WPM", defaultValue = "" + NarrationOptions.DEFAULT_WORDS_PER_MINUTE,
            description = "Speaking rate of the narration in words a minute (default: ${DEFAULT-VALUE}).")
    int voiceRate;

    @Option(names = "--audio-url", paramLabel = "URL",
            description = "Where the narration will be published: the brief prints it with a QR code.")
    String audioUrl;

    @Option(names = "--no-braille", description = "Skip the braille edition (braille/*.brf).")
    boolean noBraille;

    @Option(names = "--braille-grade", paramLabel = "1|2", defaultValue = "2",
            description = "Braille grade of braille/*.brf: 2 contracted, 1 uncontracted for beginners (default: ${DEFAULT-VALUE}).")
    int brailleGrade;

    @Option(names = "--braille-page", paramLabel = "CELLSxLINES", defaultValue = "40x25",
            description = "Braille page size in cells per line and lines per page (default: ${DEFAULT-VALUE}).")
    String braillePage;

    @Option(names = "--read-along-words",
            description = "Highlight word by word in narration.epub (default: sentence by sentence).")
    boolean readAlongWords;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Build N articles at a time (default: the number of processor cores).")
    Integer jobs;

    @Option(names = {"-q", "--quiet"}, description = "No progress messages on stderr (errors are still shown).")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxWords <= 0) {
            err.println("briefing: --max-words must be a positive number of words");
            return EXIT_USAGE;
        }
        int parallel = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (parallel < 1 || parallel > 256) {
            err.println("briefing: --jobs must be between 1 and 256");
            return EXIT_USAGE;
        }
        if (voiceRate < 80 || voiceRate > 300) {
            err.println("briefing: --voice-rate must be between 80 and 300 words a minute");
            return EXIT_USAGE;
        }
        if (audioUrl != null && (audioUrl.isBlank() || !QrFigure.canEncode(audioUrl))) {
            err.println("briefing: --audio-url is " + (audioUrl.isBlank() ? "empty" : "too long for a QR code ("
                    + audioUrl.length() + " characters)") + "; give a shorter address");
            return EXIT_USAGE;
        }
        BrailleOptions brailleOptions;
        try {
            brailleOptions = BrailleOptions.defaults().withGrade(brailleGrade).withPage(braillePage);
        } catch (IllegalArgumentException e) {
            err.println("briefing: " + e.getMessage());
            return EXIT_USAGE;
        }
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            err.println("briefing: -o " + Messages.quote(outDir) + " is a file, not a folder; packs go into a folder");
            return EXIT_USAGE;
        }
        Layouts layouts;
        try {
            layouts = layoutsDir == null ? Layouts.defaults() : Layouts.load(layoutsDir);
        } catch (LayoutFileException e) {
            err.println("error: " + Messages.quote(e.getMessage()));
            return EXIT_FAILED;
        }
        String lexiconProblem = checkPronunciationLexicon();
        if (lexiconProblem != null) {
            err.println("error: " + lexiconProblem);
            return EXIT_FAILED;
        }
        if (!layouts.themeNames().contains(theme)) {
            err.println("briefing: unknown theme '" + theme + "' (known: " + String.join(", ", layouts.themeNames()) + ")");
            return EXIT_USAGE;
        }
        List<ArticleFinder.Problem> problems = new ArrayList<>();
        List<Path> files;
        if (!inputs.isEmpty()) {
            files = ArticleFinder.find(inputs, problems);
        } else if (Files.isDirectory(Path.of("seeds"))) {
            files = ArticleFinder.find(List.of(Path.of("seeds")), problems);
        } else {
            files = List.of(ArticleFinder.extractBundledSample());
        }
        for (ArticleFinder.Problem p : problems) err.println("error: " + Messages.quote(p.message()));

        Set<PackOptions.Output> outputs = EnumSet.copyOf(only.isEmpty() ? EnumSet.allOf(PackOptions.Output.class) : only);
        if (noAudio) outputs.remove(PackOptions.Output.AUDIO);
        // Braille adds about 5 % to a full sample pack (README), so it is written by default.
        if (noBraille) outputs.remove(PackOptions.Output.BRAILLE);
        PackOptions options = new PackOptions(outDir, date, new ReadOptions(maxSize, maxWords), outputs, folderNaming, layouts, layoutsDir,
                paper, theme, largePrint, new PackOptions.SpeechSettings(voiceRate, audioUrl, readAlongWords), brailleOptions);
        List<String> failures = new ArrayList<>();
        for (ArticleFinder.Problem p : problems) failures.add(p.message());
        int built = 0;
        int replaced = 0;
        boolean terminal = System.console() != null;
        if (!files.isEmpty()) Preloader.start(options); // models and fonts load while the first articles are read
        try (ProgressDisplay display = ProgressDisplay.choose(quiet, terminal, err, files.size())) {
            PackBuilder builder = new PackBuilder(options, display);
            BatchRun batch = new BatchRun(builder::build, parallel, display);
            List<ArticleOutcome> outcomes = batch.run(files, o -> report(o, out, display));
            for (ArticleOutcome outcome : outcomes) {
                if (outcome.ok()) built++;
                else failures.add(outcome.failure());
            }
            folderClashes(outcomes).forEach(display::warning);
            replaced = replacedPacks(outcomes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("briefing: interrupted");
            return EXIT_FAILED;
        }
        // One article that failed has said why on its error line; a summary would only repeat it.
        boolean loneFailure = files.size() + problems.size() == 1 && !failures.isEmpty();
        if (!quiet && !loneFailure) printSummary(err, built, replaced, failures);
        err.flush();
        return failures.isEmpty() ? EXIT_OK : EXIT_FAILED;
    }

    /**
     * The teacher's {@code pronunciation.lex} is read once here, like the layout files, so a
     * mistake in it is one line naming the file and the line before any article is built.
     */
    private String checkPronunciationLexicon() {
        if (layoutsDir == null) return null;
        Path lexicon = layoutsDir.resolve("pronunciation.lex");
        if (!Files.isRegularFile(lexicon)) return null;
        try {
            PronunciationLexicon.load(lexicon);
            return null;
        } catch (PronunciationLexicon.LexiconException e) {
            return e.getMessage();
        } catch (IOException e) {
            return lexicon + ": cannot be read (" + e.getMessage() + ")";
        }
    }

    /** Paths on stdout as each article's turn comes (input order); its warnings or error on stderr. */
    private static void report(ArticleOutcome outcome, PrintWriter out, ProgressDisplay display) {
        if (outcome.ok()) {
            outcome.warnings().forEach(display::warning);
            outcome.files().forEach(out::println);
            out.flush();
        } else {
            display.error(outcome.failure());
        }
    }

    /**
     * Articles of one run whose packs went to the same folder (two untitled "notes.txt" in
     * different folders, two articles with one title): the last pack committed is the one left
     * there; each earlier one gets a line saying which article's pack replaced it.
     */
    static List<String> folderClashes(List<ArticleOutcome> outcomes) {
        java.util.Map<Path, List<ArticleOutcome>> byFolder = new java.util.LinkedHashMap<>();
        for (ArticleOutcome o : outcomes) {
            if (o.ok() && o.folder() != null) byFolder.computeIfAbsent(o.folder(), k -> new ArrayList<>()).add(o);
        }
        List<String> warnings = new ArrayList<>();
        byFolder.forEach((folder, sharing) -> {
            if (sharing.size() < 2) return;
            ArticleOutcome kept = sharing.stream().max(java.util.Comparator.comparingLong(ArticleOutcome::commitOrder)).orElseThrow();
            for (ArticleOutcome o : sharing) {
                if (o == kept) continue;
                warnings.add(o.input() + ": its pack in " + folder + " was replaced by the pack of " + kept.input()
                        + " (same folder name; give the articles different titles, or use --folder-name file)");
            }
        });
        return warnings;
    }

    /** How many built packs were replaced by a later article's pack in the same folder. */
    static int replacedPacks(List<ArticleOutcome> outcomes) {
        return (int) (outcomes.stream().filter(o -> o.ok() && o.folder() != null).count()
                - outcomes.stream().filter(o -> o.ok() && o.folder() != null).map(ArticleOutcome::folder).distinct().count());
    }

    /** "Built 48 packs, 2 failed:" and the reason for each failure. */
    static void printSummary(PrintWriter err, int built, int replaced, List<String> failures) {
        String packs = (built == 1 ? "1 pack" : built + " packs")
                + (replaced > 0 ? " (" + replaced + " replaced by a later article's pack in the same folder)" : "");
        if (failures.isEmpty()) {
            err.println("Built " + packs + ".");
            return;
        }
        err.println("Built " + packs + ", " + failures.size() + " failed:");
        for (String f : failures) err.println("  " + Messages.quote(f));
    }

    static final class DateConverter implements ITypeConverter<PartialDate> {
        @Override
        public PartialDate convert(String value) {
            return PartialDate.parse(value).orElseThrow(() ->
                    new TypeConversionException("'" + value + "' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"));
        }
    }

    static final class PaperConverter implements ITypeConverter<Paper> {
        @Override
        public Paper convert(String value) {
            Paper p = Paper.parse(value);
            if (p == null) throw new TypeConversionException("'" + value + "' is not a paper size (use letter or a4)");
            return p;
        }
    }

    static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Briefing Pack " + Version.get()};
        }
    }
}

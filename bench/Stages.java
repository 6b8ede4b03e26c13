import app.briefingpack.analysis.Analyser;
import app.briefingpack.analysis.entities.EntityRecognizer;
import app.briefingpack.analysis.nlp.LanguageModels;
import app.briefingpack.analysis.readability.SyllableCounter;
import app.briefingpack.braille.BrailleEditions;
import app.briefingpack.braille.BrailleOptions;
import app.briefingpack.braille.UebTranslator;
import app.briefingpack.documents.Layouts;
import app.briefingpack.documents.PdfDocuments;
import app.briefingpack.documents.PdfOptions;
import app.briefingpack.ingest.ArticleReader;
import app.briefingpack.ingest.ReadOptions;
import app.briefingpack.layout.FontFace;
import app.briefingpack.layout.FontLibrary;
import app.briefingpack.lexicon.CmuDictionary;
import app.briefingpack.lexicon.WordFrequency;
import app.briefingpack.lexicon.WordNet;
import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.speech.Narration;
import app.briefingpack.speech.NarrationOptions;
import app.briefingpack.speech.Narrator;
import java.io.ByteArrayOutputStream;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Times each stage of one pack build in a cold JVM, one after another on one thread, so each
 * figure is that stage's own cost: wall time, this thread's CPU, the whole process's CPU (JIT
 * compiler and GC threads included) and the classes it loaded. Run it the way the program runs
 * itself (see cli/TunedJvm):
 *
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:+UseTransparentHugePages -cp dist/briefing.jar bench/Stages.java [ARTICLE]
 */
public class Stages {
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();
    static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    static <T> T time(String stage, Callable<T> work) throws Exception {
        long wall = System.nanoTime(), cpu = THREADS.getCurrentThreadCpuTime(), process = OS.getProcessCpuTime();
        long classes = CLASSES.getTotalLoadedClassCount();
        T result = work.call();
        long wallMs = (System.nanoTime() - wall) / 1_000_000, cpuMs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                processMs = (OS.getProcessCpuTime() - process) / 1_000_000, loaded = CLASSES.getTotalLoadedClassCount() - classes;
        System.gc(); // outside the timing: the heap still in use after the stage
        long live = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        System.out.printf("| %-32s | %6d | %6d | %7d | %6d | %4d |%n", stage, wallMs, cpuMs, processMs, loaded, live);
        return result;
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "seeds/iraq-peace-settlement.txt");
        System.out.printf("JVM start to main: %d ms, process CPU so far %d ms, classes %d%n",
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime(),
                OS.getProcessCpuTime() / 1_000_000, CLASSES.getTotalLoadedClassCount());
        System.out.println("| stage | wall ms | thread CPU ms | process CPU ms | classes | live heap MB after |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        Article article = time("read", () -> ArticleReader.read(file, ReadOptions.defaults()).article());
        time("OpenNLP sentence/token/POS", () -> LanguageModels.get());
        time("WordNet", () -> WordNet.get());
        time("CMU dictionary", () -> CmuDictionary.get());
        time("syllable counter", () -> SyllableCounter.get());
        time("name model", () -> { EntityRecognizer.loadModel(); return null; });
        time("word frequency", () -> WordFrequency.get());
        Analyser analyser = new Analyser();
        Briefing b = time("analyse (first)", () -> analyser.analyse(article));
        time("analyse (second)", () -> analyser.analyse(article));
        time("fonts", () -> { for (FontFace f : FontFace.values()) FontLibrary.preload(f); return null; });
        Layouts layouts = time("layouts", Layouts::defaults);
        PdfOptions pdf = new PdfOptions(null, "standard");
        time("annotated.pdf", () -> PdfDocuments.writeAnnotated(b, layouts, pdf, new ByteArrayOutputStream()));
        time("timeline.pdf", () -> PdfDocuments.writeTimeline(b, layouts, pdf, new ByteArrayOutputStream()));
        time("answer-key.pdf", () -> PdfDocuments.writeAnswerKey(b, layouts, pdf, new ByteArrayOutputStream()));
        time("brief.pdf", () -> PdfDocuments.writeBrief(b, layouts, pdf, null, "narration.mp3", 7.5, null,
                new ByteArrayOutputStream()));
        time("liblouis grade 2", () -> UebTranslator.forGrade(2));
        time("braille brief + article", () -> {
            BrailleEditions.brief(b, layouts, pdf, null, "narration.mp3", 7.5, BrailleOptions.defaults());
            return BrailleEditions.article(b, layouts, pdf, BrailleOptions.defaults());
        });
        time("voice (one, this thread)", () -> Narrator.speakAlone("Hello.", new NarrationOptions(NarrationOptions.DEFAULT_WORDS_PER_MINUTE, null)));
        Narration n = time("narrate (2 voice threads)", () -> Narrator.narrate(b, new NarrationOptions(NarrationOptions.DEFAULT_WORDS_PER_MINUTE, null)));
        time("WAV", () -> { n.writeWav(new ByteArrayOutputStream()); return null; });
        time("MP3", () -> { n.writeMp3(new ByteArrayOutputStream()); return null; });
        time("captions", () -> n.captionsVtt() + n.sentencesVtt() + n.transcript() + n.chaptersVtt());
        System.out.printf("total process CPU %d ms, classes %d, heap used %d MB%n", OS.getProcessCpuTime() / 1_000_000,
                CLASSES.getTotalLoadedClassCount(), (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }
}

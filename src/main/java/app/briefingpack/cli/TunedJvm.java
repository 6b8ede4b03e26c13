package app.briefingpack.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the program in a JVM tuned for short runs. A pack build is a few seconds of work, and the
 * JVM's optimising compiler (C2) spends about as much CPU again compiling code the run then barely
 * uses: measured on the sample, 3.2 s of CPU for the PDFs with C2 against 1.7 s without it, and
 * 20 full packs with {@code --jobs 2} in 17.8 s against 20.7 s. Long batches turn the other way
 * (50 PDF-only packs, one job: 10.5 s with C2, 13.2 s without), so only runs of up to
 * {@value #MAX_QUICK_ARTICLES} articles are restarted. A JAR cannot carry JVM options, so when started with
 * {@code java -jar} for such a run the program starts itself once more with
 * {@code -XX:TieredStopAtLevel=1} (and the caller's own JVM options, e.g. {@code -Xmx}), passes
 * its standard streams through and exits with the child's code.
 *
 * <p>Set {@code -Dbriefing.inProcess=true} (or start the JVM with any {@code TieredStopAtLevel})
 * to run in the starting JVM. A child that cannot be started falls back to running in process.
 * Ctrl-C stops the child too; a parent killed with SIGKILL leaves the child to finish, which is
 * safe: packs are swapped in whole.
 */
final class QuickStartJvm {

    static final String IN_PROCESS = "briefing.inProcess";

    /** Runs of more articles than this stay in the starting JVM, where C2 pays for itself. */
    static final int MAX_QUICK_ARTICLES = 20;

    private QuickStartJvm() {}

    /** The child's exit code, or empty when the program should run in this JVM. */
    static Optional<Integer> relaunch(String[] args) {
        if (Boolean.getBoolean(IN_PROCESS)) return Optional.empty();
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel"))) return Optional.empty();
        Optional<Path> jar = ownJar();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (jar.isEmpty() || !Files.isExecutable(java) || !isShortRun(args)) return Optional.empty();

        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-D" + IN_PROCESS + "=true");
        command.add("-cp");
        command.add(jar.get().toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        Thread stopChild = new Thread(child::destroy, "stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopChild);
            return Optional.of(code);
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /**
     * Whether the run builds only a few articles: counted from the arguments that name existing
     * files and folders, as {@link ArticleFinder} will (no arguments: ./seeds, or the sample).
     */
    static boolean isShortRun(String[] args) {
        List<Path> inputs = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("-")) continue; // options and their values are not articles; a value
            Path p = Path.of(a);             // that names a folder only makes the count larger
            if (Files.exists(p)) inputs.add(p);
        }
        if (inputs.isEmpty() && Files.isDirectory(Path.of("seeds"))) inputs.add(Path.of("seeds"));
        try {
            return ArticleFinder.find(inputs, new ArrayList<>()).size() <= MAX_QUICK_ARTICLES;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The JAR this class was loaded from; empty when run from a classes folder (tests, IDEs). */
    private static Optional<Path> ownJar() {
        try {
            var source = Main.class.getProtectionDomain().getCodeSource();
            if (source == null) return Optional.empty();
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

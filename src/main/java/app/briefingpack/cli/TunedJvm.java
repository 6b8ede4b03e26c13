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
 * Runs the program in a JVM tuned for the run at hand. A JAR cannot carry JVM options, so when
 * started with {@code java -jar} the program starts itself once more with the options below (and
 * the caller's own, e.g. {@code -Xmx}), passes its standard streams through and exits with the
 * child's code. The restart costs about 0.06 s.
 *
 * <p><b>Compiler.</b> A pack is a fraction of a second of work, and the JVM's optimising compiler
 * (C2) spends several seconds of CPU compiling code before it pays off. It pays off only with a
 * core to spare: with one job on two cores, 50 PDF-only packs took 7.4-8.5 s with C2 and 8.5 s
 * with the quick compiler alone ({@code -XX:TieredStopAtLevel=1}), 200 packs 21.2 s against
 * 31.8 s; with two jobs, which leave it no core, C2 lost (50 packs: 7.1 s against 5.2 s; 200:
 * 19.7 s against 17.6 s). So C2 is kept only for runs of more than {@value #MAX_QUICK_ARTICLES} articles
 * with fewer jobs than cores.
 *
 * <p><b>Collector.</b> With one or two workers the serial collector's pauses are short (a pack
 * keeps little alive) and the heap stays small: 50 packs with two jobs peaked at 270 MB instead of
 * 1.3 GB under G1, and took 5.2-5.4 s instead of 5.6-6.1 s, most of the difference being the
 * kernel handing G1 fresh memory. More workers keep the JVM's parallel default.
 *
 * <p>Options the caller gives win: any {@code TieredStopAtLevel} or {@code -Dbriefing.inProcess=true}
 * runs in this JVM, and a collector the caller chose is kept. A child that cannot be started
 * falls back to running in process. SIGTERM and Ctrl-C stop the child too (the parent waits for
 * it to remove its staging folders), and so does a parent killed with SIGKILL (which runs no
 * shutdown hook): the child checks every {@value #PARENT_POLL_MILLIS} ms that its parent is alive
 * and exits when it is not, its shutdown hooks removing its staging folders (packs are swapped in
 * whole, and the next run repairs what a killed child left).
 */
final class TunedJvm {

    static final String IN_PROCESS = "briefing.inProcess";

    /** Set on the child: the process id of the {@code java -jar} that started it. */
    static final String PARENT_PID = "briefing.parentPid";

    static final long PARENT_POLL_MILLIS = 200;

    /** The exit code of a child whose parent is gone (that of a process killed by SIGKILL). */
    static final int EXIT_PARENT_GONE = 137;

    /** The exit code of a run stopped by SIGTERM before its child started (that of SIGTERM). */
    static final int EXIT_STOPPED = 143;

    /** Runs of up to this many articles always use the quick compiler: C2 cannot pay off in them. */
    static final int MAX_QUICK_ARTICLES = 20;

    /** Runs with at most this many workers use the serial collector. */
    static final int MAX_SERIAL_GC_WORKERS = 2;

    private TunedJvm() {}

    /** The child's exit code, or empty when the program should run in this JVM. */
    static Optional<Integer> relaunch(String[] args) {
        if (Boolean.getBoolean(IN_PROCESS)) return Optional.empty();
        if (asksForHelpOrVersion(args)) return Optional.empty(); // nothing to tune
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel"))) return Optional.empty();
        Optional<Path> jar = ownJar();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (jar.isEmpty() || !Files.isExecutable(java)) return Optional.empty();
        int cores = Runtime.getRuntime().availableProcessors();
        List<String> tuning = options(articleCount(args), jobs(args, cores), cores,
                jvmOptions.stream().anyMatch(TunedJvm::choosesCollector));
        if (tuning.isEmpty()) return Optional.empty();

        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.addAll(tuning);
        command.addAll(classArchive(jar.get(), jvmOptions));
        command.addAll(hugePages(transparentHugePages(), jvmOptions));
        command.add("-D" + IN_PROCESS + "=true");
        command.add("-D" + PARENT_PID + "=" + ProcessHandle.current().pid());
        // -jar, not -cp with the main class: measured 0.35-0.5 s faster over 50 packs, with half
        // the kernel time (strace: the -cp form made 11,000 brk and 6,000 madvise calls more)
        command.add("-jar");
        command.add(jar.get().toString());
        command.addAll(List.of(args));
        // SIGTERM or Ctrl-C here stops the child the same way and waits for it, so that the child's
        // own hook has removed its staging folders before this process is gone; the hook is in place
        // before the child starts, so no signal can fall between the two
        List<Process> started = new ArrayList<>(1); // guarded by itself: the child, then null once the hook ran
        Thread stopChild = new Thread(() -> {
            Process running;
            synchronized (started) {
                running = started.isEmpty() ? null : started.get(0);
                started.add(null); // tells a start not yet made not to start
            }
            stopAndWait(running);
        }, "stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        Process child;
        try {
            synchronized (started) {
                if (!started.isEmpty()) return Optional.of(EXIT_STOPPED);
                child = new ProcessBuilder(command).inheritIO().start();
                started.add(child);
            }
        } catch (IOException | RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(stopChild);
            return Optional.empty();
        }
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

    /** Whether the command line only asks for the usage or the version (no pack is built). */
    static boolean asksForHelpOrVersion(String[] args) {
        return List.of(args).stream().anyMatch(a -> List.of("-h", "--help", "-V", "--version").contains(a));
    }

    /** Longest wait for a stopped child to clean up (it only deletes its staging folders). */
    static final long CHILD_STOP_SECONDS = 20;

    private static void stopAndWait(Process child) {
        if (child == null) return; // stopped before the child was started
        child.destroy(); // SIGTERM: the child runs its shutdown hooks
        try {
            if (!child.waitFor(CHILD_STOP_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) child.destroyForcibly();
        } catch (InterruptedException e) {
            child.destroyForcibly();
        }
    }

    /**
     * In a child started by {@link #relaunch}: stops this JVM as soon as the parent is gone, so
     * that a {@code kill -9} of {@code java -jar} stops the whole run. Nothing to do elsewhere.
     */
    static void stopWithParent() {
        String expected = System.getProperty(PARENT_PID);
        if (expected == null) return;
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty() || !String.valueOf(parent.get().pid()).equals(expected.strip()))
            Runtime.getRuntime().halt(EXIT_PARENT_GONE); // gone already: this process was handed to init
        ProcessHandle watched = parent.get();
        Thread watcher = new Thread(() -> {
            try {
                while (watched.isAlive()) Thread.sleep(PARENT_POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            // exit, not halt: the shutdown hooks remove this run's staging folders
            System.exit(EXIT_PARENT_GONE);
        }, "watch-parent");
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * The JVM options for a run (empty: the default JVM serves it).
     *
     * @param articles        articles the run will build ({@code Integer.MAX_VALUE} when unknown)
     * @param jobs            articles built at once
     * @param cores           processors the JVM may use
     * @param callerChoseGc   whether the caller's own options already choose a collector
     */
    static List<String> options(int articles, int jobs, int cores, boolean callerChoseGc) {
        List<String> options = new ArrayList<>();
        int workers = Math.max(1, Math.min(jobs, articles));
        if (articles <= MAX_QUICK_ARTICLES || workers >= cores) options.add("-XX:TieredStopAtLevel=1");
        if (!callerChoseGc && workers <= MAX_SERIAL_GC_WORKERS) options.add("-XX:+UseSerialGC");
        return options;
    }

    private static boolean choosesCollector(String jvmOption) {
        return jvmOption.matches("-XX:[+-]Use\\w*GC");
    }

    /** The {@code --jobs} the command line asks for, as picocli will read it; the cores when none. */
    static int jobs(String[] args, int cores) {
        int jobs = cores;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            if ((a.equals("-j") || a.equals("--jobs")) && i + 1 < args.length) value = args[++i];
            else if (a.startsWith("--jobs=")) value = a.substring("--jobs=".length());
            else if (a.startsWith("-j") && a.length() > 2) value = a.substring(2);
            if (value == null) continue;
            try {
                jobs = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                return cores; // picocli will report it
            }
        }
        return Math.max(1, jobs);
    }

    /**
     * How many articles the run builds: counted from the arguments that name existing files and
     * folders, as {@link ArticleFinder} will (no arguments: ./seeds, or the sample);
     * {@code Integer.MAX_VALUE} when they cannot be counted.
     */
    static int articleCount(String[] args) {
        List<Path> inputs = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("-")) continue; // options and their values are not articles; a value
            Path p = Path.of(a);             // that names a folder only makes the count larger
            if (Files.exists(p)) inputs.add(p);
        }
        if (inputs.isEmpty() && Files.isDirectory(Path.of("seeds"))) inputs.add(Path.of("seeds"));
        if (inputs.isEmpty()) return 1; // the bundled sample
        try {
            return ArticleFinder.find(inputs, new ArrayList<>()).size();
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    /**
     * The options that map the build's class-data-sharing archive ({@code briefing.jsa} beside
     * {@code briefing.jar}, written by the build from a training run on the sample; see pom.xml):
     * the child then maps the program's classes already parsed and verified instead of reading
     * some 5,000 of them out of the JAR, about 0.6 s of CPU a run. The JVM checks the archive
     * against the JAR (size and time) and against itself, and silently does without it when they
     * differ (another JAR, another JDK); its log lines are turned off so that nothing is printed
     * then. None when there is no archive or the caller chose their own.
     */
    static List<String> classArchive(Path jar, List<String> jvmOptions) {
        if (jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-Xshare")
                || o.startsWith("-XX:ArchiveClassesAtExit"))) return List.of();
        String name = jar.getFileName().toString();
        Path archive = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
        if (!Files.isRegularFile(archive)) return List.of();
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off");
    }

    /** Where Linux says whether it gives transparent huge pages: "always [madvise] never". */
    private static final Path THP_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    /**
     * The option that backs the heap with transparent huge pages when the kernel gives them only
     * on request ({@code [madvise]}, the usual default): a pack fills some 200 MB of fresh heap,
     * and with 2 MB pages instead of 4 kB ones the kernel takes a five-hundredth of the page
     * faults and the collector copies the loaded models faster (full sample pack, 4 alternating
     * pairs at load 14: 6.8 s of CPU against 7.75 s, collection time 1.75 s against 2.9 s, peak
     * RSS 8 MB more). None where the kernel has no such pages (the JVM would print a warning),
     * where it gives them to every process already ({@code [always]}), or when the caller chose
     * a page setting.
     *
     * @param setting the kernel's setting, e.g. {@code always [madvise] never}; empty when unknown
     */
    static List<String> hugePages(String setting, List<String> jvmOptions) {
        if (jvmOptions.stream().anyMatch(o -> o.contains("LargePages") || o.contains("HugePages"))) return List.of();
        return setting.contains("[madvise]") ? List.of("-XX:+UseTransparentHugePages") : List.of();
    }

    private static String transparentHugePages() {
        try {
            return Files.isReadable(THP_SETTING) ? Files.readString(THP_SETTING) : "";
        } catch (IOException | RuntimeException e) {
            return "";
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

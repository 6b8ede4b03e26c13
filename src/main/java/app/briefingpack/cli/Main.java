package app.briefingpack.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import app.briefingpack.pack.Preloader;
import picocli.CommandLine;

/** {@code java -jar briefing.jar}: runs {@link BriefingCommand} and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        TunedJvm.stopWithParent();
        java.util.Optional<Integer> child = TunedJvm.relaunch(args);
        if (child.isPresent()) System.exit(child.get());
        // This JVM builds the packs: the language models start loading now, while the command
        // line is parsed and the layouts read (a few hundred milliseconds on two cores).
        if (!TunedJvm.asksForHelpOrVersion(args)) Preloader.startAnalysis();
        System.exit(run(args));
    }

    /** Runs the command line without exiting, for tests. */
    public static int run(String... args) {
        Charset cs = Charset.defaultCharset();
        return run(new PrintWriter(new java.io.OutputStreamWriter(System.out, cs), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, cs), true), args);
    }

    /** Runs the command line with its output and messages going to the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new BriefingCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("briefing: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'java -jar briefing.jar --help' for usage.");
            return BriefingCommand.EXIT_USAGE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}

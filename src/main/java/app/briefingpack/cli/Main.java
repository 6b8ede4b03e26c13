package app.briefingpack.cli;

import picocli.CommandLine;

/** {@code java -jar briefing.jar}: runs {@link BriefingCommand} and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line without exiting, for tests. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new BriefingCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("briefing: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'java -jar briefing.jar --help' for usage.");
            return BriefingCommand.EXIT_USAGE;
        });
        return cli.execute(args);
    }
}

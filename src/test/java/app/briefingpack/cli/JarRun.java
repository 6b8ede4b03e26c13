package app.briefingpack.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the built {@code dist/briefing.jar} as a separate process, as a teacher would. */
record JarRun(int exitCode, String stdout, String stderr) {

    static Path jar() {
        String configured = System.getProperty("briefing.jar");
        Path jar = configured != null ? Path.of(configured) : Path.of("dist/briefing.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("build the JAR first: " + jar);
        return jar;
    }

    static JarRun in(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add(jar().toString());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("jar-out", ".txt");
        Path err = Files.createTempFile("jar-err", ".txt");
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("briefing.jar did not finish in 5 minutes");
        }
        JarRun run = new JarRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }
}

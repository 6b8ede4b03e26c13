package app.briefingpack.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds files of the repository and of the workplace's shared/ folder from a test's working directory. */
public final class RepoFiles {
    private RepoFiles() {}

    /** The repository root: the nearest folder up from the working directory that holds pom.xml. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("pom.xml"))) dir = dir.getParent();
        if (dir == null) throw new IllegalStateException("no pom.xml above " + Path.of("").toAbsolutePath());
        return dir;
    }

    /** The sample article in seeds/. */
    public static Path sampleArticle() {
        return root().resolve("seeds/iraq-peace-settlement.txt");
    }

    /** {@code shared/spec/seed-gold.yaml}, looked for beside and above the repository; empty when absent. */
    public static Optional<Path> seedGold() {
        for (Path dir = root(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolve("shared/spec/seed-gold.yaml"), dir.resolve("../shared/spec/seed-gold.yaml")}) {
                if (Files.isRegularFile(candidate)) return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }
}

package app.briefingpack.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The hand-written gold description of the sample article, found by walking up from the working
 * directory to a {@code shared/spec/seed-gold.yaml} (or the property {@code briefing.gold}). Tests
 * that need it skip when it is absent; the program never reads it.
 */
final class SeedGold {

    private SeedGold() {
    }

    static Optional<Map<String, Object>> load() {
        Optional<Path> file = locate();
        if (file.isEmpty()) return Optional.empty();
        try {
            return Optional.of(new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(file.get(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> locate() {
        String property = System.getProperty("briefing.gold");
        if (property != null && Files.isRegularFile(Path.of(property))) return Optional.of(Path.of(property));
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("spec").resolve("seed-gold.yaml");
            if (Files.isRegularFile(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}

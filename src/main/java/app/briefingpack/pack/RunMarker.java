package app.briefingpack.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file a run writes first into its staging folder: the run's id and the pack's name. It is
 * how recovery tells the program's own leftovers from anything else that happens to be named
 * like them (a user's {@code .story.old-drafts}, a link planted in a shared folder). It travels
 * into the pack folder with the commit and is deleted there once the commit has finished.
 */
record RunMarker(UUID run, String pack) {

    /** Hidden, and not a name any pack file or teacher's file has. */
    static final String FILE_NAME = ".briefing-pack-run";

    /** Exactly what {@link UUID#toString()} makes. */
    static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final Pattern CONTENT = Pattern.compile(
            "briefing-pack run (" + UUID_TEXT.pattern() + ")\npack (.+)\n");

    /** Writes the marker into {@code folder} (which must be new and empty). */
    void writeInto(Path folder) throws IOException {
        Files.write(folder.resolve(FILE_NAME), ("briefing-pack run " + run + "\npack " + pack + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The marker in {@code folder}, when there is a well-formed one (a regular file, not a link). */
    static Optional<RunMarker> readFrom(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > 1024) return Optional.empty();
            Matcher m = CONTENT.matcher(Files.readString(file, StandardCharsets.UTF_8));
            return m.matches() ? Optional.of(new RunMarker(UUID.fromString(m.group(1)), m.group(2))) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code folder} holds the marker of run {@code run} for pack {@code pack}. */
    static boolean marks(Path folder, String run, String pack) {
        return readFrom(folder).filter(m -> m.run().toString().equals(run) && m.pack().equals(pack)).isPresent();
    }
}

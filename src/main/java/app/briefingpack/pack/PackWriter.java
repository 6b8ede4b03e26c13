package app.briefingpack.pack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Opens {@link PackTransaction}s on pack folders, first repairing what a killed run left. */
public final class PackWriter {

    /** Every file name a pack may contain (relative to the pack folder). */
    static final List<String> PACK_FILES = List.of("briefing.json", "brief.pdf", "timeline.pdf", "annotated.pdf",
            "narration.wav", "narration.mp3", "narration.vtt", "chapters.vtt", "large-print");

    private PackWriter() {}

    static boolean isPackFile(String relativeName) {
        String first = relativeName.replace('\\', '/').split("/", 2)[0];
        return PACK_FILES.contains(first);
    }

    /**
     * Starts writing the pack {@code outDir/slug}. The slug must be a single safe path segment;
     * the output folder is created if needed.
     */
    public static PackTransaction begin(Path outDir, String slug) throws IOException {
        if (slug.isEmpty() || slug.contains("/") || slug.contains("\\") || slug.startsWith(".") || slug.contains(".."))
            throw new IllegalArgumentException("unsafe pack folder name: " + slug);
        Files.createDirectories(outDir);
        Path target = outDir.resolve(slug);
        recover(outDir, slug);
        return new PackTransaction(target);
    }

    /**
     * A run killed inside {@link PackTransaction#commit()} may have moved the old pack aside
     * without moving the new one in: put the old one back. Leftover staging folders are deleted.
     */
    static void recover(Path outDir, String slug) throws IOException {
        Path target = outDir.resolve(slug);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(outDir, "." + slug + ".*")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith("." + slug + ".old-") && !Files.exists(target)) PackTransaction.move(entry, target);
                else if (name.startsWith("." + slug + ".old-") || name.startsWith("." + slug + ".staging-"))
                    PackTransaction.deleteTree(entry);
            }
        }
    }
}

package app.briefingpack.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import app.briefingpack.documents.DocumentType;

/** Opens {@link PackTransaction}s on pack folders, first repairing what a killed run left. */
public final class PackFolders {

    /** Every file name a pack may contain (relative to the pack folder). */
    static final List<String> PACK_FILES = Stream.of(List.of("briefing.json"), DocumentType.pdfFiles(),
            List.of("narration.wav", "narration.mp3", "narration.vtt", "chapters.vtt", "large-print",
                    "narration-sentences.vtt", "narration.txt", "narration.epub", "braille"))
            .flatMap(List::stream).toList();

    private PackFolders() {}

    static boolean isPackFile(String relativeName) {
        String first = relativeName.replace('\\', '/').split("/", 2)[0];
        return PACK_FILES.contains(first);
    }

    /**
     * Starts writing the pack {@code outDir/slug}, first waiting for any other run writing it (in
     * this process or another) and repairing what a killed run left. The slug must be a single
     * safe path segment; the output folder is created if needed.
     */
    public static PackTransaction begin(Path outDir, String slug) throws IOException {
        if (slug.isEmpty() || slug.contains("/") || slug.contains("\\") || slug.startsWith(".") || slug.contains(".."))
            throw new IllegalArgumentException("unsafe pack folder name: " + slug);
        if (Files.exists(outDir) && !Files.isDirectory(outDir))
            throw new IOException(outDir + " is a file, not a folder; packs go into a folder (see -o)");
        Files.createDirectories(outDir);
        Path target = outDir.resolve(slug);
        PackLock lock = PackLock.acquire(outDir, slug);
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS))
                throw new IOException(target + " exists and is not a pack folder; it is left alone (move it, or use -o)");
            List<String> warnings = PackRecovery.recover(outDir, slug);
            return new PackTransaction(target, lock::close, warnings);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Repairs what a killed run left of the pack {@code outDir/slug}, so that it is exactly the
     * last committed pack ({@link PackRecovery} says how, and what it never touches).
     * {@link #begin} does it; it is public for tools and tests that check a pack folder after a
     * crash. A run may have been killed
     * <ul>
     *   <li>while writing into its staging folder: the staging folder is deleted, the pack folder
     *       was never touched (old pack);</li>
     *   <li>between moving the old pack aside and moving the new one in: there is no pack folder,
     *       only {@code .SLUG.old-RUN}; it is moved back (old pack);</li>
     *   <li>after the new pack was moved in, while carrying the teacher's own files over from the
     *       old one or deleting it: the files not yet carried over are carried over, then the old
     *       pack is deleted (new pack).</li>
     * </ul>
     * Without recovery a reader may find no pack folder at all (second case), never a mixed one.
     * Waits while another run writes the pack.
     *
     * @return a warning for each entry named like a leftover that is not provably one, left alone
     */
    public static List<String> recover(Path outDir, String slug) throws IOException {
        if (!Files.isDirectory(outDir)) return List.of();
        try (PackLock lock = PackLock.acquire(outDir, slug)) {
            return PackRecovery.recover(outDir, slug);
        }
    }
}

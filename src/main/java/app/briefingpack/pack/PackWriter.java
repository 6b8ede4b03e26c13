package app.briefingpack.pack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/** Opens {@link PackTransaction}s on pack folders, first repairing what a killed run left. */
public final class PackWriter {

    /** Every file name a pack may contain (relative to the pack folder). */
    static final List<String> PACK_FILES = List.of("briefing.json", "brief.pdf", "timeline.pdf", "annotated.pdf", "answer-key.pdf",
            "narration.wav", "narration.mp3", "narration.vtt", "chapters.vtt", "large-print");

    /**
     * One lock per pack folder, held from {@link #begin} until the transaction closes: two
     * articles of one run that get the same folder name (two untitled "notes.txt" in different
     * folders, say) are then written one after the other, and neither recovery deletes the
     * other's staging folder nor do the two swaps interleave.
     */
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

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
        ReentrantLock lock = LOCKS.computeIfAbsent(target.toAbsolutePath().normalize(), k -> new ReentrantLock());
        lock.lock();
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS))
                throw new IOException(target + " exists and is not a pack folder; it is left alone (move it, or use -o)");
            recover(outDir, slug);
            return new PackTransaction(target, lock::unlock);
        } catch (IOException | RuntimeException e) {
            lock.unlock();
            throw e;
        }
    }

    /**
     * Repairs what a killed run left of the pack {@code outDir/slug}, so that it is exactly the
     * last committed pack. {@link #begin} calls it; it is public for tools and tests that check a
     * pack folder after a crash. A run may have been killed
     * <ul>
     *   <li>while writing into its staging folder: the staging folder is deleted, the pack folder
     *       was never touched (old pack);</li>
     *   <li>between moving the old pack aside and moving the new one in: there is no pack folder,
     *       only {@code .SLUG.old-ID}; it is moved back (old pack);</li>
     *   <li>after the new pack was moved in, while carrying the teacher's own files over from the
     *       old one or deleting it: the files not yet carried over are carried over, then the old
     *       pack is deleted (new pack).</li>
     * </ul>
     * Without recovery a reader may find no pack folder at all (second case), never a mixed one.
     * Not for two processes writing the same output folder at once: that is not supported.
     */
    public static void recover(Path outDir, String slug) throws IOException {
        if (!Files.isDirectory(outDir)) return;
        Path target = outDir.resolve(slug);
        String old = "." + slug + ".old-";
        String staging = "." + slug + ".staging-";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(outDir, "." + slug + ".*")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(old) && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    PackTransaction.move(entry, target);
                } else if (name.startsWith(old)) {
                    PackTransaction.carryForeignFilesThenDelete(entry, target);
                } else if (name.startsWith(staging)) {
                    PackTransaction.deleteTree(entry);
                }
            }
        }
    }
}

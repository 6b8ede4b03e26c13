package app.briefingpack.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Writes one pack so that readers only ever see a whole pack: the old one or the new one.
 *
 * <p>Files are written into a hidden staging folder beside the pack ({@code .SLUG.staging-ID}),
 * each under a temporary name moved into place when complete. {@link #commit()} then swaps the
 * staging folder in: the old pack is renamed aside ({@code .SLUG.old-ID}), the new one renamed to
 * {@code SLUG}, the files of the old one this run did not write carried over, the rest deleted. A run killed between the two renames leaves the old pack
 * aside; {@link PackWriter} puts it back before the next write. Closing without commit deletes
 * the staging folder and leaves the previous pack as it was.
 */
public final class PackTransaction implements AutoCloseable {

    /** Writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path target;
    private final Path staging;
    private final Set<String> written = new LinkedHashSet<>();
    private final Runnable release;
    private boolean committed;
    private boolean closed;

    /** {@code release} is run once when the transaction closes (it frees the pack folder's lock). */
    PackTransaction(Path target, Runnable release) throws IOException {
        this.target = target;
        this.release = release;
        this.staging = target.resolveSibling("." + target.getFileName() + ".staging-" + UUID.randomUUID());
        Files.createDirectories(staging);
    }

    /** The pack folder this transaction replaces. */
    public Path target() {
        return target;
    }

    /** Writes {@code relativeName} (e.g. {@code brief.pdf}, {@code large-print/brief.pdf}). */
    public void write(String relativeName, Content content) throws IOException {
        Path file = resolveInside(relativeName);
        Files.createDirectories(file.getParent());
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        move(part, file);
        written.add(relativeName);
    }

    /** Writes a UTF-8 text file. */
    public void writeString(String relativeName, String text) throws IOException {
        write(relativeName, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The names written so far, in order. */
    public Set<String> written() {
        return Set.copyOf(written);
    }

    /** Swaps the new pack in for the old one. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
            move(target, old);
        }
        move(staging, target);
        committed = true;
        if (old != null) carryForeignFilesThenDelete(old, target);
    }

    /**
     * A run replaces only the files it wrote: everything else of the old pack (the parts a rerun
     * with {@code --only}, {@code --no-audio} or without {@code --large-print} did not make, and
     * the files a person put there) is carried over, each file whole, and only the replaced files
     * are deleted. Run again by recovery when a kill interrupted it, so nothing is lost.
     */
    static void carryForeignFilesThenDelete(Path old, Path target) throws IOException {
        carryOver(old, target);
        deleteTree(old);
    }

    /** Moves each entry of {@code from} that {@code to} lacks; merges folders both have. */
    private static void carryOver(Path from, Path to) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(from)) {
            for (Path entry : entries) {
                Path inNew = to.resolve(entry.getFileName().toString());
                if (!Files.exists(inNew, LinkOption.NOFOLLOW_LINKS)) move(entry, inNew);
                else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(inNew, LinkOption.NOFOLLOW_LINKS))
                    carryOver(entry, inNew);
            }
        }
    }

    private Path resolveInside(String relativeName) {
        Path file = staging.resolve(relativeName).normalize();
        if (!file.startsWith(staging) || file.equals(staging))
            throw new IllegalArgumentException("not a name inside the pack: " + relativeName);
        return file;
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        try {
            if (!committed) deleteTree(staging);
        } finally {
            release.run();
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

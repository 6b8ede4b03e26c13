package app.briefingpack.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes one pack so that readers only ever see a whole pack: the old one or the new one.
 *
 * <p>Files are written into a hidden staging folder beside the pack ({@code .SLUG.staging-RUN},
 * RUN a fresh UUID), which first gets a {@link RunMarker}; each file is written under a temporary
 * name and moved into place when complete. {@link #commit()} checks that the staging folder still
 * holds every file whole, checks that the old pack can be replaced without stranding anything in
 * it, then swaps: the old pack is renamed aside ({@code .SLUG.old-RUN}), the new one renamed to
 * {@code SLUG}, the files of the old pack this run did not write carried over (the teacher's
 * own, and the parts a partial rerun did not make), the old one deleted, and last the marker
 * removed. A run killed on the way leaves entries that {@link PackRecovery}
 * can prove are its own and repair. Closing without commit deletes the staging folder and
 * leaves the previous pack as it was.
 *
 * <p>A run stopped with SIGTERM or SIGINT (Ctrl-C, {@code timeout}) deletes its staging folder on
 * the way out: a shutdown hook {@linkplain #abandon() abandons} every transaction still open. It
 * waits for a commit under way (a swap is a few renames), so the stop leaves the old pack or the
 * new one, never a mix, and nothing hidden beside it. Only SIGKILL and power loss leave leftovers,
 * which the next run's recovery removes.
 */
public final class PackTransaction implements AutoCloseable {

    /** Writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path outDir;
    private final String slug;
    private final Path target;
    private final UUID run = UUID.randomUUID();
    private final Path staging;
    /** Name and size of each file written, to check the staging folder before the swap. */
    private final Map<String, Long> written = new LinkedHashMap<>();
    private final Runnable release;
    private final List<String> warnings;
    private boolean committed;
    private boolean closed;
    /** Set by the shutdown hook: the staging folder is gone and nothing more may be written. */
    private boolean abandoned;

    /** The transactions of this process not yet closed, for the shutdown hook. */
    private static final Set<PackTransaction> OPEN = ConcurrentHashMap.newKeySet();
    /** Set once the process is stopping; a transaction begun after that refuses to start. */
    private static final AtomicBoolean STOPPING = new AtomicBoolean();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                STOPPING.set(true); // before the sweep: a transaction added after it sees the flag
                OPEN.forEach(PackTransaction::abandon);
            }, "abandon-staging"));
        } catch (IllegalStateException stopping) {
            STOPPING.set(true); // first used while the JVM is already stopping
        }
    }

    /** {@code release} is run once when the transaction closes (it frees the pack folder's lock). */
    PackTransaction(Path target, Runnable release) throws IOException {
        this(target, release, List.of());
    }

    PackTransaction(Path target, Runnable release, List<String> warnings) throws IOException {
        this.target = target;
        this.outDir = target.getParent();
        this.slug = target.getFileName().toString();
        this.release = release;
        this.warnings = List.copyOf(warnings);
        this.staging = outDir.resolve(stagingName(slug, run.toString()));
        OutputPaths.requireInside(outDir, staging);
        OPEN.add(this);
        try {
            synchronized (this) {
                if (abandoned || STOPPING.get()) throw new IOException("the run was stopped; the pack was not replaced");
                Files.createDirectory(staging);
                new RunMarker(run, slug).writeInto(staging);
            }
        } catch (IOException | RuntimeException e) {
            OPEN.remove(this);
            throw e;
        }
    }

    static String stagingName(String slug, String run) {
        return "." + slug + ".staging-" + run;
    }

    static String oldName(String slug, String run) {
        return "." + slug + ".old-" + run;
    }

    /** The pack folder this transaction replaces. */
    public Path target() {
        return target;
    }

    /** What opening the pack found and left alone (entries named like ours that are not ours). */
    public List<String> warnings() {
        return warnings;
    }

    /** Writes {@code relativeName} (e.g. {@code brief.pdf}, {@code large-print/brief.pdf}). */
    public void write(String relativeName, Content content) throws IOException {
        Path file = resolveInside(relativeName);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        OutputStream opened;
        // entries are made in the staging folder only while it is ours: once the shutdown hook
        // has deleted it, nothing may recreate it (createDirectories would)
        synchronized (this) {
            requireNotAbandoned();
            Files.createDirectories(file.getParent());
            opened = Files.newOutputStream(part);
        }
        try (OutputStream out = opened) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                if (!abandoned) Files.deleteIfExists(part);
            }
            throw e;
        }
        synchronized (this) {
            requireNotAbandoned();
            move(part, file);
            written.put(relativeName, Files.size(file));
        }
    }

    /** Writes a UTF-8 text file. */
    public void writeString(String relativeName, String text) throws IOException {
        write(relativeName, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The names written so far, in order. */
    public Set<String> written() {
        return Set.copyOf(written.keySet());
    }

    /** Swaps the new pack in for the old one (whole: a stop waits for it). */
    public synchronized void commit() throws IOException {
        requireNotAbandoned();
        requireStagingWhole();
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            requireReplaceable(target);
            old = outDir.resolve(oldName(slug, run.toString()));
            move(target, old);
        }
        move(staging, target);
        committed = true;
        if (old != null) carryForeignFilesThenDelete(outDir, old, target);
        Files.deleteIfExists(target.resolve(RunMarker.FILE_NAME));
    }

    /**
     * The staging folder must be the one this run made, with every file it wrote there whole:
     * anything else (another program deleted or refilled it) must not become the pack.
     */
    private void requireStagingWhole() throws IOException {
        String changed = staging + " was changed by another program while the pack was written; the pack was not replaced";
        if (!OutputPaths.isRealFolder(staging) || !RunMarker.marks(staging, run.toString(), slug)) throw new IOException(changed);
        for (Map.Entry<String, Long> file : written.entrySet()) {
            Path p = staging.resolve(file.getKey());
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.size(p) != file.getValue())
                throw new IOException(changed);
        }
    }

    /**
     * Replacing the pack deletes our files from the old folder and moves the teacher's into the
     * new one. Both need write permission: on the folder, on {@code large-print/}, and on each of
     * the teacher's sub-folders (a folder moving to another parent must be writable). Checked
     * before the swap, so a read-only pack is refused and stays exactly as it was.
     */
    static void requireReplaceable(Path pack) throws IOException {
        String left = "; the pack was left as it was (make it writable, e.g. chmod -R u+w, or use -o)";
        if (!OutputPaths.writable(pack)) throw new IOException(pack + " is read-only, so the new pack cannot replace it" + left);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(pack)) {
            for (Path entry : entries) {
                if (!OutputPaths.isRealFolder(entry) || OutputPaths.writable(entry)) continue;
                String name = entry.getFileName().toString();
                throw new IOException(entry + " is a read-only folder, so " + (PackFolders.isPackFile(name)
                        ? "its files cannot be replaced" : "it cannot be carried over into the new pack") + left);
            }
        }
    }

    /**
     * A run replaces only the files it wrote: everything else of the old pack (the parts a rerun
     * with {@code --only}, {@code --no-audio} or without {@code --large-print} did not make, and
     * the files a person put there) is carried over, each file whole, and only the replaced files
     * are deleted. Run again by recovery when a kill interrupted it, so nothing is lost.
     */
    static void carryForeignFilesThenDelete(Path outDir, Path old, Path target) throws IOException {
        OutputPaths.requireInside(outDir, old);
        OutputPaths.requireInside(outDir, target);
        carryOver(old, target);
        deleteTree(outDir, old);
    }

    /** Moves each entry of {@code from} that {@code to} lacks (never a run marker); merges folders both have. */
    private static void carryOver(Path from, Path to) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(from)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.equals(RunMarker.FILE_NAME)) continue;
                Path inNew = to.resolve(name);
                if (!Files.exists(inNew, LinkOption.NOFOLLOW_LINKS)) move(entry, inNew);
                else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(inNew, LinkOption.NOFOLLOW_LINKS))
                    carryOver(entry, inNew);
            }
        }
    }

    private Path resolveInside(String relativeName) {
        Path file = staging.resolve(relativeName).normalize();
        if (!file.startsWith(staging) || file.equals(staging) || relativeName.equals(RunMarker.FILE_NAME))
            throw new IllegalArgumentException("not a name inside the pack: " + relativeName);
        return file;
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            if (closed) return;
            closed = true;
        }
        OPEN.remove(this);
        try {
            synchronized (this) {
                if (!committed && !abandoned) deleteOwnStaging();
            }
        } finally {
            release.run();
        }
    }

    /**
     * The process is stopping (SIGTERM, SIGINT): deletes the staging folder unless the pack was
     * committed, and makes any later write or commit of this transaction fail. Waits for a commit
     * or a file move under way. Never throws: a shutdown hook has no one to tell.
     */
    void abandon() {
        synchronized (this) {
            if (committed || abandoned) return;
            abandoned = true;
            try {
                deleteOwnStaging();
            } catch (IOException | RuntimeException e) {
                // left for the next run's recovery, which proves it ours by its marker
            }
        }
    }

    /** Deletes the staging folder when it is still the one this run made (a real folder with our marker). */
    private void deleteOwnStaging() throws IOException {
        // only a staging folder still ours: another program may have put something else there
        if (OutputPaths.isRealFolder(staging) && RunMarker.marks(staging, run.toString(), slug))
            deleteTree(outDir, staging);
    }

    private void requireNotAbandoned() throws IOException {
        if (abandoned) throw new IOException("the run was stopped; the pack was not replaced");
    }

    /** Renames {@code from} to {@code to} (a link is moved as a link, never followed). */
    static void move(Path from, Path to) throws IOException {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to);
            }
        } catch (AccessDeniedException e) {
            throw new IOException("cannot move " + from + " to " + to + ": permission denied", e);
        }
    }

    /** Deletes {@code root} and what it holds; links inside are deleted as links, never followed. */
    static void deleteTree(Path outDir, Path root) throws IOException {
        OutputPaths.requireInside(outDir, root);
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    if (exc != null) throw exc;
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (AccessDeniedException e) {
            throw new IOException("cannot delete " + e.getFile() + ": permission denied", e);
        }
    }
}

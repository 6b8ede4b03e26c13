package app.briefingpack.pack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Holds a pack folder for one writer at a time, across threads and processes: a run that finds
 * another one writing the same pack waits for it, so neither's recovery deletes the other's
 * staging folder and the two swaps never interleave.
 *
 * <p>Across processes it is an OS lock (released by the OS when a run is killed) on one byte of
 * {@value #FILE_NAME} in the output folder, the byte chosen by the pack's name; two packs that
 * happen to share a byte only take turns. The file is never deleted and never written: deleting a
 * lock file lets a waiter lock a file that is gone, and POSIX drops a process's locks on a file
 * when any of its channels to it closes, so a process opens each output folder's file once and
 * closes it only when none of its runs uses it.
 */
final class PackLock implements AutoCloseable {

    /** The one lock file of an output folder (hidden, empty). */
    static final String FILE_NAME = ".briefing-pack.lock";

    /** FileChannel locks are per process, so threads of one process queue here first. */
    private static final ConcurrentHashMap<String, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    /** The open channel to each lock file, shared by this process's runs while any of them uses it. */
    private static final ConcurrentHashMap<Path, Open> CHANNELS = new ConcurrentHashMap<>();

    /** A lock file's channel, the file's identity when it was opened, and how many runs use it. */
    private static final class Open {
        final FileChannel channel;
        final Object fileKey;
        int users;

        Open(FileChannel channel, Object fileKey) {
            this.channel = channel;
            this.fileKey = fileKey;
        }
    }

    private final ReentrantLock threadLock;
    private final Path file;
    private final Open open;
    private final FileLock fileLock;
    private boolean closed;

    private PackLock(ReentrantLock threadLock, Path file, Open open, FileLock fileLock) {
        this.threadLock = threadLock;
        this.file = file;
        this.open = open;
        this.fileLock = fileLock;
    }

    /** Waits until the pack {@code outDir/slug} is free, then holds it. */
    static PackLock acquire(Path outDir, String slug) throws IOException {
        Path file = outDir.resolve(FILE_NAME).toAbsolutePath().normalize();
        long position = slug.hashCode() & 0xFFFFL;
        ReentrantLock threadLock = IN_PROCESS.computeIfAbsent(file + "#" + position, k -> new ReentrantLock());
        threadLock.lock();
        Open open = null;
        try {
            open = use(file);
            return new PackLock(threadLock, file, open, open.channel.lock(position, 1, false));
        } catch (IOException | RuntimeException e) {
            if (open != null) release(file, open);
            threadLock.unlock();
            throw e;
        }
    }

    /**
     * The channel to {@code file}, opened if no run of this process has it open (or the file was
     * replaced since). It is closed only when no run uses it: closing drops all of this process's
     * locks on the file.
     */
    private static synchronized Open use(Path file) throws IOException {
        Open open = CHANNELS.get(file);
        if (open == null || !open.channel.isOpen() || !Objects.equals(open.fileKey, fileKey(file))) {
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                throw new IOException(file + ": cannot open the output folder's lock file (" + reason(e) + ")", e);
            }
            open = new Open(channel, fileKey(file));
            CHANNELS.put(file, open);
        }
        open.users++;
        return open;
    }

    private static synchronized void release(Path file, Open open) {
        if (--open.users > 0) return;
        CHANNELS.remove(file, open);
        try {
            open.channel.close(); // no run of this process holds a lock on it any more
        } catch (IOException e) {
            // nothing held: nothing lost
        }
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) return fse.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Frees the pack; never throws (the OS frees the lock with the process in any case). */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            fileLock.release();
        } catch (IOException e) {
            // closing the channel below, or the process ending, frees it
        } finally {
            release(file, open);
            threadLock.unlock();
        }
    }
}

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
 * when any of its channels to it closes, so each output folder's file is opened once per process
 * and kept open.
 */
final class PackLock implements AutoCloseable {

    /** The one lock file of an output folder (hidden, empty). */
    static final String FILE_NAME = ".briefing-pack.lock";

    /** FileChannel locks are per process, so threads of one process queue here first. */
    private static final ConcurrentHashMap<String, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    /** One open channel per lock file, with the file's identity when it was opened. */
    private static final ConcurrentHashMap<Path, Open> CHANNELS = new ConcurrentHashMap<>();

    private record Open(FileChannel channel, Object fileKey) {}

    private final ReentrantLock threadLock;
    private final FileLock fileLock;
    private boolean closed;

    private PackLock(ReentrantLock threadLock, FileLock fileLock) {
        this.threadLock = threadLock;
        this.fileLock = fileLock;
    }

    /** Waits until the pack {@code outDir/slug} is free, then holds it. */
    static PackLock acquire(Path outDir, String slug) throws IOException {
        Path file = outDir.resolve(FILE_NAME).toAbsolutePath().normalize();
        long position = slug.hashCode() & 0xFFFFL;
        ReentrantLock threadLock = IN_PROCESS.computeIfAbsent(file + "#" + position, k -> new ReentrantLock());
        threadLock.lock();
        try {
            return new PackLock(threadLock, channel(file).lock(position, 1, false));
        } catch (IOException | RuntimeException e) {
            threadLock.unlock();
            throw e;
        }
    }

    /** The process's channel to {@code file}, opened again if the file was deleted or replaced. */
    private static synchronized FileChannel channel(Path file) throws IOException {
        Open open = CHANNELS.get(file);
        if (open != null && open.channel().isOpen() && Objects.equals(open.fileKey(), fileKey(file))) return open.channel();
        // A stale channel is left open, never closed: closing would drop this process's locks on it.
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new IOException(file + ": cannot open the output folder's lock file (" + reason(e) + ")", e);
        }
        CHANNELS.put(file, new Open(channel, fileKey(file)));
        return channel;
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
            // the channel stays open; the lock goes with the process
        } finally {
            threadLock.unlock();
        }
    }
}

package app.briefingpack.pack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * Holds a pack folder for one writer at a time, across threads and processes: a run that finds
 * another one writing the same pack waits for it, so neither's recovery deletes the other's
 * staging folder and the two swaps never interleave.
 *
 * <p>Across processes it is an OS file lock on {@code .SLUG.lock} beside the pack (released by
 * the OS when a run is killed). The holder deletes the file when done, so none is left behind;
 * because a waiter may then hold the lock on a file that is gone, a lock counts only when the
 * file at the path holds the token this holder wrote into it.
 */
final class PackLock implements AutoCloseable {

    /** {@link FileChannel#lock} is per process, so threads of one process queue here first. */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private static final Pattern TOKEN = Pattern.compile("briefing-pack lock " + RunMarker.UUID_TEXT.pattern() + "\n");

    private final ReentrantLock threadLock;
    private final Path file;
    private final FileChannel channel;
    private final FileLock fileLock;
    private boolean closed;

    private PackLock(ReentrantLock threadLock, Path file, FileChannel channel, FileLock fileLock) {
        this.threadLock = threadLock;
        this.file = file;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** The lock file's name for pack {@code slug}. */
    static String fileName(String slug) {
        return "." + slug + ".lock";
    }

    /** Waits until the pack {@code outDir/slug} is free, then holds it. */
    static PackLock acquire(Path outDir, String slug) throws IOException {
        Path file = outDir.resolve(fileName(slug));
        ReentrantLock threadLock = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new ReentrantLock());
        threadLock.lock();
        try {
            while (true) {
                PackLock held = tryHold(threadLock, file);
                if (held != null) return held;
            }
        } catch (IOException | RuntimeException e) {
            threadLock.unlock();
            throw e;
        }
    }

    /** Locks the file at {@code file}; null when it was replaced meanwhile (then try again). */
    private static PackLock tryHold(ReentrantLock threadLock, Path file) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new IOException(file + ": cannot use it as the pack's lock file (" + reason(e) + "); it was left alone");
        }
        try {
            FileLock lock = channel.lock();
            String found = read(channel);
            if (!found.isEmpty() && !TOKEN.matcher(found).matches())
                throw new IOException(file + " is not a lock file this program made; it was left alone"
                        + " (move it away to build this pack)");
            String token = "briefing-pack lock " + UUID.randomUUID() + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && token.equals(readQuietly(file)))
                return new PackLock(threadLock, file, channel, lock);
            channel.close(); // the holder before us deleted the file we waited on
            return null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static String read(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size > 1024) return "(too long)";
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) { }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    static String reason(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) return fse.getReason();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** Deletes the lock file and frees the pack; never throws (the OS frees the lock anyway). */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            Files.deleteIfExists(file); // still ours: nobody else can hold it while we do
        } catch (IOException | RuntimeException e) {
            // left behind: the next run takes it over (its content is a token of ours)
        }
        try {
            fileLock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel frees the lock in any case
        } finally {
            threadLock.unlock();
        }
    }
}

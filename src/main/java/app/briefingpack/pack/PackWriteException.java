package app.briefingpack.pack;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A pack could not be written, said in the user's terms: the folder they gave (never the hidden
 * staging folder the failure happened in) and the cause ("permission denied", "no space left on
 * the disk", "is a file, not a folder").
 */
public final class PackWriteException extends IOException {

    private PackWriteException(String message, IOException cause) {
        super(message, cause);
    }

    /**
     * Explains {@code e}, thrown while writing the pack {@code outDir/slug}. Messages that already
     * speak to the user (not file-system errors) are kept as they are.
     */
    public static IOException of(Path outDir, String slug, IOException e) {
        if (e instanceof PackWriteException) return e;
        if (e instanceof FileSystemException fs)
            return new PackWriteException("could not write the pack to " + userFolder(outDir, slug, fs.getFile()) + ": "
                    + cause(outDir, fs), e);
        // A failed write() names no file, only the system's reason ("No space left on device").
        String known = knownCause(e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT));
        return known == null ? e : new PackWriteException("could not write the pack to " + outDir + ": " + known, e);
    }

    private static String knownCause(String reason) {
        if (reason.contains("permission denied")) return "permission denied";
        if (reason.contains("no space left")) return "no space left on the disk";
        if (reason.contains("quota")) return "disk quota exceeded";
        if (reason.contains("read-only file system")) return "read-only file system";
        return null;
    }

    /** The pack folder when the failing file is in it, otherwise the output folder as given. */
    private static Path userFolder(Path outDir, String slug, String failing) {
        if (failing == null) return outDir;
        Path pack = outDir.resolve(slug).toAbsolutePath().normalize();
        return Path.of(failing).toAbsolutePath().normalize().startsWith(pack) ? outDir.resolve(slug) : outDir;
    }

    private static String cause(Path outDir, FileSystemException e) {
        String reason = e.getReason() == null ? "" : e.getReason().toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException) return "permission denied";
        String known = knownCause(reason);
        if (known != null) return known;
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException || reason.contains("not a directory")) {
            Path file = fileInTheWay(outDir);
            return (file == null ? "a part of it" : file) + " is a file, not a folder";
        }
        return reason.isEmpty() ? e.getClass().getSimpleName() : e.getReason();
    }

    /** {@code outDir} or the nearest of its parents that exists and is not a folder. */
    private static Path fileInTheWay(Path outDir) {
        for (Path p = outDir; p != null; p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p)) return p;
        }
        return null;
    }
}

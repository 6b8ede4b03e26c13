package app.briefingpack.pack;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;

/**
 * Path checks for the pack writer: it moves and deletes only inside the output folder, never
 * through a symbolic link, and only what the current user owns.
 */
final class OutputPaths {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    /** Looked up once; empty where the platform cannot say (then ownership is not checked). */
    private static final Optional<UserPrincipal> CURRENT_USER = lookUpCurrentUser();

    private OutputPaths() {}

    /**
     * Fails unless {@code path} lies inside {@code outDir} with no symbolic link between them, so
     * that an operation on it cannot reach a file outside the output folder.
     */
    static void requireInside(Path outDir, Path path) throws IOException {
        Path root = outDir.toAbsolutePath().normalize();
        Path p = path.toAbsolutePath().normalize();
        if (!p.startsWith(root) || p.equals(root))
            throw new IOException(path + " is outside the output folder " + outDir);
        for (Path parent = p.getParent(); parent != null && !parent.equals(root); parent = parent.getParent()) {
            if (Files.isSymbolicLink(parent))
                throw new IOException(parent + " is a link; the pack writer does not follow links");
        }
    }

    /** A real folder (not a link to one). */
    static boolean isRealFolder(Path path) {
        return Files.isDirectory(path, NOFOLLOW);
    }

    /** Whether the current user owns {@code path} (true where ownership cannot be told). */
    static boolean ownedByCurrentUser(Path path) {
        if (CURRENT_USER.isEmpty()) return true;
        try {
            return Files.getOwner(path, NOFOLLOW).equals(CURRENT_USER.get());
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Whether the program may change the folder: the system grants it, and its owner has not
     * taken away their own write permission (honoured even where the system would let root write).
     */
    static boolean writable(Path folder) {
        if (!Files.isWritable(folder)) return false;
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) return true;
        try {
            return !ownedByCurrentUser(folder)
                    || Files.getPosixFilePermissions(folder, NOFOLLOW).contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    private static Optional<UserPrincipal> lookUpCurrentUser() {
        try {
            return Optional.of(FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

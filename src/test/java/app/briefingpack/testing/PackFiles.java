package app.briefingpack.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A pack folder's files as bytes, for the tests that check a pack is the old one or the new one. */
public final class PackFiles {

    private PackFiles() {
    }

    /** Every regular file under {@code folder}, by its path relative to it ('/' separated); empty if there is no folder. */
    public static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) return files;
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** Writes {@code text} to {@code file}, making its folders first. */
    public static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** Writes {@code files} (as {@link #contents} gives them) under {@code folder}. */
    public static void copy(Map<String, byte[]> files, Path folder) throws IOException {
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path p = folder.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
    }
}

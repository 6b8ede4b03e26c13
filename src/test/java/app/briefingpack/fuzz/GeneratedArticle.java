package app.briefingpack.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An article file made up by {@link ArticleGenerators}: its extension, its bytes (text encoded as
 * UTF-8, where a lone surrogate becomes '?', or raw bytes), and an optional YAML sidecar.
 */
record GeneratedArticle(String extension, byte[] content, String sidecar) {

    static GeneratedArticle text(String extension, String text, String sidecar) {
        return new GeneratedArticle(extension, text.getBytes(StandardCharsets.UTF_8), sidecar);
    }

    /** Writes the article (and its sidecar) into {@code dir}; returns the article file. */
    Path writeTo(Path dir, String baseName) throws IOException {
        Path file = dir.resolve(baseName + "." + extension);
        Files.write(file, content);
        if (sidecar != null) Files.write(dir.resolve(baseName + ".yaml"), sidecar.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @Override
    public String toString() { // what jqwik prints for a failing example
        String text = new String(content, StandardCharsets.UTF_8);
        return "." + extension + " (" + content.length + " bytes)" + (sidecar == null ? "" : " + sidecar " + escape(sidecar))
                + ": " + escape(text.length() > 3000 ? text.substring(0, 3000) + "..." : text);
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp == '\n') sb.append("\\n");
            else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || Character.getType(cp) == Character.SURROGATE || cp > 0xFFFF)
                sb.append(String.format("\\u{%X}", cp));
            else sb.appendCodePoint(cp);
        });
        return '"' + sb.toString() + '"';
    }
}

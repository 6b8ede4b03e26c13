package app.briefingpack.cli;

import java.nio.file.Path;

/** Names in messages: one line, no raw control characters reaching the terminal. */
final class Messages {

    private Messages() {}

    /** {@code path} as text with line breaks, escapes and other control characters shown as {@code \n}, {@code \x1b}. */
    static String quote(Path path) {
        return quote(path.toString());
    }

    /** {@code text} with control characters escaped, so a message stays one line and prints as it reads. */
    static String quote(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF)
                b.append(String.format(c <= 0xFF ? "\\x%02x" : "\\u%04x", c));
            else b.appendCodePoint(c);
        });
        return b.toString();
    }
}

package app.briefingpack.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one cleaning every text gets after its last decoding step (file bytes, HTML and Markdown
 * character references, YAML escapes), whatever it came from: article bodies, metadata, teacher's
 * corrections, layout files. What it removes would reach the PDFs (where PDF/UA-1 and PDF/A-2a
 * forbid it), the JSON and the terminal:
 * <ul>
 *   <li>control characters (C0 but line feed, DEL, C1) and the non-characters U+FFFE, U+FFFF;</li>
 *   <li>U+FEFF (a byte-order mark used as a zero-width no-break space), which becomes the word
 *       joiner U+2060 that replaced it;</li>
 *   <li>private-use characters, which mean nothing outside the font they came from (PDF/A would
 *       need ActualText for each): shown as U+FFFD.</li>
 * </ul>
 */
public final class TextCleaner {

    /** Cleaned text and what was replaced. */
    public record Cleaned(String text, int controls, int privateUse) {
        public boolean changed() {
            return controls > 0 || privateUse > 0;
        }
    }

    private TextCleaner() {}

    /**
     * Cleans running text keeping its length, so offsets into it stay valid: controls become
     * spaces (a carriage return before a line feed too, a lone one a line feed, tabs spaces).
     */
    public static Cleaned clean(String text) {
        int controls = 0;
        int privateUse = 0;
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\r') {
                chars[i] = (i + 1 < chars.length && chars[i + 1] == '\n') ? ' ' : '\n';
            } else if (c == '\t') {
                chars[i] = ' ';
            } else if (isControl(c)) {
                chars[i] = ' ';
                controls++;
            } else if (c == '\uFEFF') {
                chars[i] = '\u2060';
            } else if (Character.getType(c) == Character.PRIVATE_USE) {
                chars[i] = '\uFFFD';
                privateUse++;
            } else if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])
                    && Character.getType(Character.toCodePoint(c, chars[i + 1])) == Character.PRIVATE_USE) {
                chars[i] = '\uFFFD'; // planes 15 and 16: two chars, so a replacement mark and a word joiner
                chars[++i] = '\u2060';
                privateUse++;
            }
        }
        return new Cleaned(new String(chars), controls, privateUse);
    }

    /**
     * Cleans a one-line value (a title, a metadata or corrections entry): line breaks and tabs
     * become spaces, other controls are dropped, space runs folded, the ends stripped.
     */
    public static Cleaned cleanValue(String value) {
        String spaced = value.replaceAll("[\\r\\n\\t\\u000B\\f\\u0085\\u2028\\u2029]+", " ");
        String kept = withoutControls(spaced, "");
        Cleaned rest = clean(kept);
        return new Cleaned(rest.text().replaceAll(" {2,}", " ").strip(), spaced.length() - kept.length(), rest.privateUse());
    }

    /** {@code text} without its control characters, but those in {@code keep}. */
    private static String withoutControls(String text, String keep) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c) || keep.indexOf(c) >= 0) kept.append(c);
        }
        return kept.toString();
    }

    /**
     * A loaded YAML document with every text in it (keys and values, at any depth) cleaned:
     * controls dropped (YAML escapes such as {@code "\e"} make them), line breaks kept (a block
     * scalar may hold several lines), then {@link #clean}.
     */
    public static Object cleanYaml(Object node) {
        if (node instanceof String s) return clean(withoutControls(s, "\n\r\t")).text();
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) out.put(cleanYaml(e.getKey()), cleanYaml(e.getValue()));
            return out;
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) out.add(cleanYaml(o));
            return out;
        }
        return node;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\n') || (c >= 0x7F && c < 0xA0) || c == '\uFFFE' || c == '\uFFFF';
    }
}

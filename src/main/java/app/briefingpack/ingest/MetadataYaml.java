package app.briefingpack.ingest;

import app.briefingpack.model.PartialDate;
import app.briefingpack.text.TextCleaner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import app.briefingpack.text.SafeYaml;

/**
 * Reads article metadata (front matter or a sidecar file) from YAML. Safe loading only: plain
 * maps, lists and scalars, no object construction, with size and alias limits, since the files
 * come from anywhere.
 */
final class MetadataYaml {

    /** The keys an article's metadata may carry. */
    static final List<String> KEYS = List.of("title", "author", "publication", "date", "language", "url");

    private static final int MAX_CHARS = 64 * 1024;

    /** Unknown keys named in the warning; the rest are counted. */
    private static final int MAX_NAMED_KEYS = 5;

    private MetadataYaml() {}

    /**
     * Parses {@code yaml} into a map of known keys to strings.
     *
     * @param where     the file name for messages
     * @param firstLine the line number of the YAML's first line in that file, for messages
     */
    static Map<String, String> parse(String yaml, String where, int firstLine, List<String> warnings)
            throws InputException {
        if (yaml.length() > MAX_CHARS)
            throw new InputException(where, "metadata block is larger than " + MAX_CHARS / 1024 + " KB");
        Object root;
        try {
            root = SafeYaml.load(yaml, where, firstLine, MAX_CHARS, 10, true);
        } catch (SafeYaml.Problem e) {
            String detail = e.detail();
            throw new InputException(where, "malformed YAML" + (detail.startsWith("line ") ? " at " : ": ") + oneLine(detail));
        }
        if (root == null) return Map.of();
        if (!(root instanceof Map<?, ?> map))
            throw new InputException(where, "metadata must be a set of 'key: value' lines");
        Map<String, String> out = new LinkedHashMap<>();
        List<String> unknown = new java.util.ArrayList<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!KEYS.contains(key)) {
                unknown.add(oneLine(key));
                continue;
            }
            Object value = e.getValue();
            if (value == null) continue;
            if (value instanceof Map || value instanceof List)
                throw new InputException(where, "metadata key '" + key + "' must be a single value");
            String text = withoutControls(String.valueOf(value), where, key, warnings);
            if (key.equals("date") && PartialDate.parse(text).isEmpty())
                throw new InputException(where, "metadata key 'date' has an unknown date format '" + oneLine(text)
                        + "' (use YYYY, YYYY-MM or YYYY-MM-DD)");
            if (key.equals("language") && !text.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*"))
                throw new InputException(where, "metadata key 'language' is not a language tag: '" + oneLine(text) + "'");
            if (!text.isEmpty()) out.put(key, text);
        }
        warnUnknown(unknown, where, warnings);
        return out;
    }

    /** One line however many: a file of thousands of stray keys must not flood the terminal. */
    private static void warnUnknown(List<String> unknown, String where, List<String> warnings) {
        if (unknown.isEmpty()) return;
        String known = " (known: " + String.join(", ", KEYS) + ")";
        if (unknown.size() == 1) {
            warnings.add(where + ": ignoring unknown metadata key '" + unknown.get(0) + "'" + known);
            return;
        }
        String named = "'" + String.join("', '", unknown.subList(0, Math.min(MAX_NAMED_KEYS, unknown.size()))) + "'";
        warnings.add(where + ": ignoring " + unknown.size() + " unknown metadata keys: " + named
                + (unknown.size() > MAX_NAMED_KEYS ? ", ..." : "") + known);
    }

    /**
     * YAML escapes ("\\a", "\\x1b", "\\n") can put control characters into a value that the
     * file's own text did not have; they would end up in PDF titles and headings. Line breaks
     * become spaces silently; other controls are dropped with a warning.
     */
    private static String withoutControls(String value, String where, String key, List<String> warnings) {
        TextCleaner.Cleaned clean = TextCleaner.cleanValue(value);
        if (clean.changed()) warnings.add(where + ": dropped control characters from metadata key '" + key + "'");
        return clean.text();
    }

    static String oneLine(String s) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return flat.length() > 120 ? flat.substring(0, 117) + "..." : flat;
    }
}

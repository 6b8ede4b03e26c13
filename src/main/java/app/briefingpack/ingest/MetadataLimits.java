package app.briefingpack.ingest;

import java.util.List;
import java.util.Map;

/**
 * Sane lengths for metadata values. A title is printed on every page, spoken, made into a folder
 * name and fitted onto the one-page brief; a 50,000-character title (pasted by mistake, or a
 * hostile page's {@code og:title}) must cost a warning, not minutes of layout.
 */
final class MetadataLimits {

    /** Longest value kept, by key; cut at the last space before the limit. */
    private static final Map<String, Integer> MAX_CHARS = Map.of(
            "title", 300, "author", 200, "publication", 200, "language", 35, "url", 2_000);

    private MetadataLimits() {}

    static String cut(String file, String key, String value, List<String> warnings) {
        int max = MAX_CHARS.getOrDefault(key, 300);
        if (value == null || value.length() <= max) return value;
        int end = value.lastIndexOf(' ', max);
        if (end < max / 2) end = max;
        if (Character.isHighSurrogate(value.charAt(end - 1))) end--;
        warnings.add(file + ": metadata '" + key + "' is " + value.length() + " characters long; cut to " + end);
        return value.substring(0, end).strip();
    }
}

package app.briefingpack.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Condenses a pack's warnings for the user. The PDF writer warns once per missing character and
 * per PDF; an article in a script no bundled font covers would print hundreds of such lines, so
 * they become one line per article naming a few of the characters and how many there were.
 */
final class WarningDigest {

    // "character U+1F600 (GRINNING FACE) is in no bundled font; shown as ...", perhaps after a
    // prefix naming the PDF ("large-print/", "annotated.pdf: ")
    private static final Pattern MISSING_GLYPH = Pattern.compile(
            "^.{0,80}?\\bcharacter (U\\+[0-9A-F]{4,6}) \\(([^)]{0,120})\\) is in no bundled font\\b.*");

    private static final int NAMED = 3;

    private WarningDigest() {}

    static List<String> condense(String source, List<String> warnings) {
        List<String> out = new ArrayList<>();
        Map<String, String> missing = new LinkedHashMap<>();
        for (String w : warnings) {
            Matcher m = MISSING_GLYPH.matcher(w);
            if (m.matches()) missing.putIfAbsent(m.group(1), m.group(2));
            else if (!out.contains(w)) out.add(w);
        }
        if (!missing.isEmpty()) {
            StringBuilder sb = new StringBuilder(source).append(": ").append(missing.size())
                    .append(missing.size() == 1 ? " character is" : " characters are")
                    .append(" in no bundled font and show as a replacement mark (\uFFFD) in the PDFs: ");
            int i = 0;
            for (Map.Entry<String, String> e : missing.entrySet()) {
                if (i == NAMED) {
                    sb.append(", ...");
                    break;
                }
                if (i++ > 0) sb.append(", ");
                sb.append(e.getKey()).append(' ').append(e.getValue());
            }
            out.add(sb.toString());
        }
        return out;
    }
}

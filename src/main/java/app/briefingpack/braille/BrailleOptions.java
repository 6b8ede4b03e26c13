package app.briefingpack.braille;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the braille edition is transcribed and paged.
 *
 * @param grade 1 (uncontracted, for beginners) or 2 (contracted, the usual reading code)
 * @param cells cells per line (40 is the common embosser and notetaker width)
 * @param lines lines per page, the braille page number's line included (25 is the common page)
 */
public record BrailleOptions(int grade, int cells, int lines) {

    public static final int MIN_CELLS = 20, MAX_CELLS = 100, MIN_LINES = 5, MAX_LINES = 100;

    private static final Pattern PAGE = Pattern.compile("(\\d{1,3})x(\\d{1,3})");

    public BrailleOptions {
        if (grade != 1 && grade != 2) throw new IllegalArgumentException("braille grade must be 1 or 2: " + grade);
        // Below 20 cells a centred heading has no room; below 5 lines a page holds no more than a heading.
        if (cells < MIN_CELLS || cells > MAX_CELLS)
            throw new IllegalArgumentException("braille page width must be " + MIN_CELLS + " to " + MAX_CELLS + " cells: " + cells);
        if (lines < MIN_LINES || lines > MAX_LINES)
            throw new IllegalArgumentException("braille page length must be " + MIN_LINES + " to " + MAX_LINES + " lines: " + lines);
    }

    public static BrailleOptions defaults() { return new BrailleOptions(2, 40, 25); }

    /** Parses "CELLSxLINES" ("40x25"), keeping this grade. */
    public BrailleOptions withPage(String cellsByLines) {
        Matcher m = PAGE.matcher(cellsByLines == null ? "" : cellsByLines.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) throw new IllegalArgumentException("braille page must be CELLSxLINES, e.g. 40x25: '" + cellsByLines + "'");
        return new BrailleOptions(grade, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public BrailleOptions withGrade(int newGrade) { return new BrailleOptions(newGrade, cells, lines); }
}

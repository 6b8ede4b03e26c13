package app.briefingpack.braille;

import app.briefingpack.braille.BrailleText.Format;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages braille units into a BRF file after the basics of BANA's Braille Formats: every line at
 * most {@code cells} long, every page exactly {@code lines} lines, its last line holding only the
 * braille page number at the right margin. Lines end in CR LF and a form feed separates pages,
 * as embossers and notetakers expect. No page starts with a blank line, and a heading never ends
 * a page: it moves to the next page with the text it heads.
 */
final class BrfFormatter {

    /** UEB transcriber's note indicators (dots 4, 46, 126 and 4, 46, 345) in ASCII braille. */
    static final String NOTE_OPEN = "@.<", NOTE_CLOSE = "@.>";
    /** Blank cells a centred heading keeps at each side. */
    private static final int CENTRE_MARGIN = 3;

    private final BrailleOptions options;
    private final UebTranslator translator;
    private final int textLines;
    private final List<List<String>> pages = new ArrayList<>();
    private List<String> page = new ArrayList<>();

    private BrfFormatter(BrailleOptions options, UebTranslator translator) {
        this.options = options;
        this.translator = translator;
        this.textLines = options.lines() - 1;
    }

    /** The BRF file's text and its page count. */
    record Brf(String text, int pages) {}

    static Brf format(List<BrailleText> units, UebTranslator translator, BrailleOptions options) throws BrailleException {
        BrfFormatter f = new BrfFormatter(options, translator);
        for (BrailleText unit : units) f.add(unit);
        return f.finish();
    }

    private void add(BrailleText unit) throws BrailleException {
        Format format = unit.format();
        if (format == Format.PAGE_BREAK) {
            if (!page.isEmpty()) newPage();
            return;
        }
        String braille = translator.translate(unit.print()).replaceAll(" +", " ").strip();
        if (format == Format.TRANSCRIBERS_NOTE) braille = NOTE_OPEN + braille + NOTE_CLOSE;
        List<String> lines = format == Format.CENTRED_HEADING ? centred(braille) : wrap(braille, format);
        boolean blankBefore = format.heading() && !page.isEmpty();
        boolean blankAfter = format == Format.CENTRED_HEADING;
        if (format.heading()) {
            // The heading, its blank lines and at least one line of what follows, on one page.
            int need = lines.size() + (blankBefore ? 1 : 0) + (blankAfter ? 1 : 0) + 1;
            if (need > textLines - page.size() && !page.isEmpty()) {
                newPage();
                blankBefore = false;
            }
        }
        if (blankBefore) addLine("");
        for (String line : lines) addLine(line);
        if (blankAfter) addLine("");
    }

    private void addLine(String line) {
        if (page.size() == textLines) newPage();
        if (line.isEmpty() && page.isEmpty()) return; // no page starts blank
        page.add(line);
    }

    private void newPage() {
        while (!page.isEmpty() && page.get(page.size() - 1).isEmpty()) page.remove(page.size() - 1);
        pages.add(page);
        page = new ArrayList<>();
    }

    private Brf finish() throws BrailleException {
        if (!page.isEmpty() || pages.isEmpty()) newPage();
        List<String> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            StringBuilder s = new StringBuilder();
            List<String> lines = pages.get(p);
            for (int i = 0; i < textLines; i++) s.append(i < lines.size() ? lines.get(i) : "").append("\r\n");
            String number = translator.translate(Integer.toString(p + 1));
            s.append(" ".repeat(Math.max(0, options.cells() - number.length()))).append(number).append("\r\n");
            out.add(s.toString());
        }
        return new Brf(String.join("\f", out), pages.size());
    }

    /** Words broken into lines at spaces; a word longer than a line is cut at the margin. */
    private List<String> wrap(String braille, Format format) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(" ".repeat(format.firstIndent));
        int indent = format.firstIndent;
        for (String word : braille.split(" ")) {
            if (word.isEmpty()) continue;
            if (line.length() > indent && line.length() + 1 + word.length() > options.cells()) {
                lines.add(line.toString());
                indent = format.runoverIndent;
                line = new StringBuilder(" ".repeat(indent));
            }
            if (line.length() > indent) line.append(' ');
            while (line.length() + word.length() > options.cells()) {
                int room = options.cells() - line.length();
                line.append(word, 0, room);
                lines.add(line.toString());
                word = word.substring(room);
                indent = format.runoverIndent;
                line = new StringBuilder(" ".repeat(indent));
            }
            line.append(word);
        }
        if (line.length() > indent) lines.add(line.toString());
        return lines;
    }

    /** Lines of a centred heading, each centred with at least three blank cells at either side. */
    private List<String> centred(String braille) {
        int width = options.cells() - 2 * CENTRE_MARGIN;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : braille.split(" ")) {
            if (word.isEmpty()) continue;
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder();
            }
            if (line.length() > 0) line.append(' ');
            while (line.length() + word.length() > width) {
                int room = width - line.length();
                line.append(word, 0, room);
                lines.add(line.toString());
                word = word.substring(room);
                line = new StringBuilder();
            }
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines.stream().map(l -> " ".repeat((options.cells() - l.length()) / 2) + l).toList();
    }
}

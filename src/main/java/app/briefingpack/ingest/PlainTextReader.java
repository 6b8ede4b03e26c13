package app.briefingpack.ingest;

import app.briefingpack.model.BlockKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits plain text into paragraphs at blank lines. The body is the text exactly as given, so
 * offsets into it are offsets into the file after its front matter.
 */
final class PlainTextReader {

    private static final Pattern LIST_MARKER = Pattern.compile("\\A[ \\t]{0,3}(?:[-*+\u2022]|\\d{1,3}[.)])[ \\t]+(?=\\S)");
    private static final Pattern QUOTE_MARKER = Pattern.compile("\\A[ \\t]{0,3}>[ \\t]?");

    /** The body with list and quote markers blanked (same length, so offsets still match the file) and its typed blocks. */
    record Structured(String body, List<TextBlock> blocks) {}

    private PlainTextReader() {}

    /**
     * Lists and block quotes as plain text writes them, as Markdown does: lines starting with
     * "- ", "* ", "1. " are list items; a block whose lines all start with "> " is a quote, and
     * so is a block indented as a whole when the file's other paragraphs are not. The markers
     * become spaces in the body, so the items' text is the text without them.
     */
    static Structured structure(String body, List<TextBlock> blocks) {
        char[] out = body.toCharArray();
        int indented = 0;
        for (TextBlock b : blocks) if (allLinesIndented(body, b)) indented++;
        boolean quotesByIndent = blocks.size() > 2 && indented * 2 < blocks.size();
        List<TextBlock> typed = new ArrayList<>();
        int groups = 0, group = 0;
        BlockKind last = null;
        for (TextBlock b : blocks) {
            List<int[]> lines = lines(body, b);
            if (lines.stream().allMatch(l -> QUOTE_MARKER.matcher(body.substring(l[0], l[1])).lookingAt())) {
                for (int[] l : lines) blank(out, l[0], markerEnd(QUOTE_MARKER, body, l));
                if (last != BlockKind.QUOTE) group = ++groups;
                addTrimmed(typed, out, b.begin(), b.end(), BlockKind.QUOTE, 0, group);
                last = BlockKind.QUOTE;
            } else if (LIST_MARKER.matcher(body.substring(lines.get(0)[0], lines.get(0)[1])).lookingAt()) {
                if (last != BlockKind.LIST_ITEM) group = ++groups;
                int itemStart = -1;
                for (int[] l : lines) {
                    if (LIST_MARKER.matcher(body.substring(l[0], l[1])).lookingAt()) {
                        if (itemStart >= 0) addTrimmed(typed, out, itemStart, l[0], BlockKind.LIST_ITEM, 1, group);
                        itemStart = markerEnd(LIST_MARKER, body, l);
                        blank(out, l[0], itemStart);
                    }
                }
                addTrimmed(typed, out, itemStart, b.end(), BlockKind.LIST_ITEM, 1, group);
                last = BlockKind.LIST_ITEM;
            } else if (quotesByIndent && allLinesIndented(body, b)) {
                if (last != BlockKind.QUOTE) group = ++groups;
                addTrimmed(typed, out, b.begin(), b.end(), BlockKind.QUOTE, 0, group);
                last = BlockKind.QUOTE;
            } else {
                typed.add(b);
                last = b.kind();
            }
        }
        return new Structured(new String(out), typed);
    }

    /** The block's lines as [start, end) spans, the first from the start of its line. */
    private static List<int[]> lines(String body, TextBlock b) {
        List<int[]> lines = new ArrayList<>();
        int start = body.lastIndexOf('\n', b.begin() - 1) + 1;
        while (start < b.end()) {
            int nl = body.indexOf('\n', start);
            int end = nl < 0 || nl > b.end() ? b.end() : nl;
            lines.add(new int[] {start, end});
            start = end + 1;
        }
        return lines;
    }

    private static boolean allLinesIndented(String body, TextBlock b) {
        for (int[] l : lines(body, b)) {
            String line = body.substring(l[0], l[1]);
            if (!(line.startsWith("  ") || line.startsWith("\t"))) return false;
        }
        return true;
    }

    private static int markerEnd(Pattern marker, String body, int[] line) {
        Matcher m = marker.matcher(body.substring(line[0], line[1]));
        return m.lookingAt() ? line[0] + m.end() : line[0];
    }

    private static void blank(char[] out, int from, int to) {
        for (int i = from; i < to; i++) out[i] = ' ';
    }

    private static void addTrimmed(List<TextBlock> typed, char[] out, int begin, int end, BlockKind kind, int level, int group) {
        while (begin < end && Character.isWhitespace(out[begin])) begin++;
        while (end > begin && Character.isWhitespace(out[end - 1])) end--;
        if (end > begin) typed.add(new TextBlock(new String(out, begin, end - begin), begin, end, kind, level, group));
    }

    static List<TextBlock> paragraphs(String body) {
        List<TextBlock> blocks = new ArrayList<>();
        int n = body.length();
        int i = 0;
        while (i < n) {
            // skip blank lines
            int start = i;
            while (start < n && Character.isWhitespace(body.charAt(start))) start++;
            if (start >= n) break;
            int end = findBlockEnd(body, start);
            int trimmedEnd = end;
            while (trimmedEnd > start && Character.isWhitespace(body.charAt(trimmedEnd - 1))) trimmedEnd--;
            blocks.add(new TextBlock(body.substring(start, trimmedEnd), start, trimmedEnd));
            i = end;
        }
        return blocks;
    }

    /** The end of the block starting at {@code start}: the first line that is blank, or the end. */
    private static int findBlockEnd(String body, int start) {
        int n = body.length();
        int lineStart = start;
        while (lineStart < n) {
            int nl = body.indexOf('\n', lineStart);
            if (nl < 0) return n;
            int next = nl + 1;
            int nextNl = body.indexOf('\n', next);
            int nextEnd = nextNl < 0 ? n : nextNl;
            if (body.substring(next, nextEnd).isBlank()) return nl;
            lineStart = next;
        }
        return n;
    }

    /**
     * A first paragraph that is one short line without closing punctuation reads as a headline,
     * not as the article's first paragraph.
     */
    static boolean looksLikeHeadline(TextBlock first, int blockCount) {
        String t = first.text().strip();
        if (blockCount < 2 || t.indexOf('\n') >= 0 || first.wordCount() > 15 || t.length() < 3) return false;
        char last = t.charAt(t.length() - 1);
        return ".!?:;,\"”'’)".indexOf(last) < 0 && Character.isLetterOrDigit(t.codePointAt(0));
    }
}

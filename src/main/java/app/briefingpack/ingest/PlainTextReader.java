package app.briefingpack.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into paragraphs at blank lines. The body is the text exactly as given, so
 * offsets into it are offsets into the file after its front matter.
 */
final class PlainTextReader {

    private PlainTextReader() {}

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

package app.briefingpack.ingest;

import app.briefingpack.model.BlockKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the body of a structured document (Markdown, HTML, Word, PDF) from its text units: the
 * texts joined by blank lines, each unit's offsets and kind recorded as it is appended.
 */
final class ExtractedText {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("[\\s\\u00A0]+");

    private final StringBuilder body = new StringBuilder();
    private final List<TextBlock> blocks = new ArrayList<>();
    private int groups;

    /** Appends a body paragraph; whitespace runs are folded to one space, blank ones are skipped. */
    void add(String paragraph) {
        add(paragraph, BlockKind.PARAGRAPH, 0, 0);
    }

    /** Appends a unit of the given kind (see {@link TextBlock}); blank ones are skipped. */
    void add(String paragraph, BlockKind kind, int level, int group) {
        String text = WHITESPACE.matcher(paragraph).replaceAll(" ").strip();
        if (text.isEmpty()) return;
        if (body.length() > 0) body.append("\n\n");
        int begin = body.length();
        body.append(text);
        blocks.add(new TextBlock(text, begin, body.length(), kind, level, group));
    }

    /** A new number for the units of one list or one quote. */
    int newGroup() {
        return ++groups;
    }

    String body() {
        return body.toString();
    }

    List<TextBlock> blocks() {
        return List.copyOf(blocks);
    }
}

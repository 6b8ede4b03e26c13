package app.briefingpack.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the body of a structured document (Markdown, HTML) from its paragraphs: the texts joined
 * by blank lines, each paragraph's offsets recorded as it is appended.
 */
final class ExtractedText {

    private final StringBuilder body = new StringBuilder();
    private final List<TextBlock> blocks = new ArrayList<>();

    /** Appends a paragraph; whitespace runs are folded to one space, blank ones are skipped. */
    void add(String paragraph) {
        String text = paragraph.replaceAll("[\\s\\u00A0]+", " ").strip();
        if (text.isEmpty()) return;
        if (body.length() > 0) body.append("\n\n");
        int begin = body.length();
        body.append(text);
        blocks.add(new TextBlock(text, begin, body.length()));
    }

    String body() {
        return body.toString();
    }

    List<TextBlock> blocks() {
        return List.copyOf(blocks);
    }
}

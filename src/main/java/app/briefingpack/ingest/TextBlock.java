package app.briefingpack.ingest;

import app.briefingpack.model.BlockKind;

/**
 * A candidate text unit: its text, where it stands in the body (end exclusive), and what the
 * source marks it as (see {@link app.briefingpack.model.Paragraph} for level and group).
 */
record TextBlock(String text, int begin, int end, BlockKind kind, int level, int group) {

    TextBlock {
        if (kind == null) kind = BlockKind.PARAGRAPH;
    }

    TextBlock(String text, int begin, int end) {
        this(text, begin, end, BlockKind.PARAGRAPH, 0, 0);
    }

    TextBlock as(BlockKind newKind, int newLevel) {
        return new TextBlock(text, begin, end, newKind, newLevel, group);
    }

    int wordCount() {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}

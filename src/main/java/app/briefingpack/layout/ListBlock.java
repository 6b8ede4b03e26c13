package app.briefingpack.layout;

import java.util.List;

/** A bulleted or numbered list; tagged L / LI / Lbl / LBody. */
public record ListBlock(boolean ordered, List<ListItem> items) implements Block {
    public ListBlock {
        items = List.copyOf(items);
        if (items.isEmpty()) throw new IllegalArgumentException("empty list");
    }

    /** One entry of a list. */
    public record ListItem(List<Run> runs) {
        public ListItem {
            runs = List.copyOf(runs);
        }

        public static ListItem of(String text) { return new ListItem(List.of(Run.plain(text))); }
    }
}

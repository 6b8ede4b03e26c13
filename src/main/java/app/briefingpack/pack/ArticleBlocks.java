package app.briefingpack.pack;

import app.briefingpack.model.BlockKind;
import app.briefingpack.model.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The article's structure for {@code briefing.json}: its text units grouped as the source has
 * them (a heading with its level, a quote of several paragraphs, a list of items), each naming the
 * paragraph numbers it holds, so offsets stay those of {@code paragraphs}.
 */
final class ArticleBlocks {

    private ArticleBlocks() {}

    static List<Map<String, Object>> of(List<Paragraph> paragraphs) {
        List<Map<String, Object>> blocks = new ArrayList<>();
        Map<String, Object> open = null;
        int openGroup = 0;
        BlockKind openKind = null;
        for (Paragraph p : paragraphs) {
            boolean grouped = p.kind() == BlockKind.QUOTE || p.kind() == BlockKind.LIST_ITEM;
            if (grouped && open != null && p.kind() == openKind && p.group() == openGroup) {
                add(open, p);
                continue;
            }
            Map<String, Object> block = new LinkedHashMap<>();
            block.put("type", switch (p.kind()) {
                case LIST_ITEM -> "list";
                case QUOTE -> "block-quote";
                case CAPTION -> "figure-caption";
                case EMBED -> "embedded-post";
                default -> p.kind().jsonName();
            });
            if (p.kind() == BlockKind.HEADING) block.put("level", p.level());
            block.put(p.kind() == BlockKind.LIST_ITEM ? "items" : "paragraphs", new ArrayList<Integer>());
            block.put("begin", p.begin());
            add(block, p);
            blocks.add(block);
            open = grouped ? block : null;
            openGroup = p.group();
            openKind = p.kind();
        }
        return blocks;
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> block, Paragraph p) {
        ((List<Integer>) block.getOrDefault("items", block.get("paragraphs"))).add(p.number());
        block.put("end", p.end());
    }
}

package app.briefingpack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.briefingpack.model.Article;
import app.briefingpack.model.BlockKind;
import app.briefingpack.model.Paragraph;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lists and quotes in plain text reach the model typed, their text without the markers, offsets still into the file. */
class PlainTextStructureTest {

    @TempDir
    Path dir;

    @Test
    void numberedListsMarkedQuotesAndIndentedQuotesAreTyped() throws Exception {
        String text = "Council votes on bridge\n\nThe council met on Tuesday and heard three proposals.\n\n"
                + "1. Repair the beams this\n   summer.\n2. Build a ferry.\n\nResidents were not convinced.\n\n"
                + "> We were promised a new bridge\n> twice before.\n\n"
                + "    \"Nobody asked the people who cross it every day,\"\n    one reader wrote.\n\n"
                + "The vote is next week.\n";
        Path file = Files.writeString(dir.resolve("bridge.txt"), text);
        Article a = ArticleReader.read(file, ReadOptions.defaults()).article();

        assertThat(a.paragraphs()).extracting(Paragraph::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM,
                BlockKind.LIST_ITEM, BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.QUOTE, BlockKind.PARAGRAPH);
        assertThat(a.paragraphs().get(1).text().replaceAll("\\s+", " ")).isEqualTo("Repair the beams this summer.");
        assertThat(a.paragraphs().get(2).text()).isEqualTo("Build a ferry.");
        assertThat(a.paragraphs().get(1).group()).isEqualTo(a.paragraphs().get(2).group());
        assertThat(a.paragraphs().get(4).text().replaceAll("\\s+", " ")).isEqualTo("We were promised a new bridge twice before.");
        assertThat(a.paragraphs().get(4).group()).isEqualTo(a.paragraphs().get(5).group());
        for (Paragraph p : a.paragraphs()) {
            // the markers are blanked, not removed: offsets still point into the file
            assertThat(text.substring(p.begin(), p.end()).replaceAll("(?m)^\\s*(> ?|\\d\\. )", "").replaceAll("\\s+", " "))
                    .isEqualTo(p.text().replaceAll("\\s+", " "));
        }
    }
}

package app.briefingpack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The word limit on the extracted article and the length limits on metadata values. */
class ArticleLimitsTest {

    @TempDir
    Path dir;

    @Test
    void articleOverTheWordLimitIsRefusedWithOneLineNamingTheOption() throws Exception {
        Path file = Files.writeString(dir.resolve("long.txt"), "Title\n\n" + "The council met again. ".repeat(300));
        assertThat(ArticleReader.read(file, new ReadOptions(ReadOptions.DEFAULT_MAX_BYTES, 1_200)).article().paragraphs())
                .hasSize(1);
        assertThatThrownBy(() -> ArticleReader.read(file, new ReadOptions(ReadOptions.DEFAULT_MAX_BYTES, 1_000)))
                .isInstanceOf(InputException.class)
                .hasMessage("long.txt: the article has 1,200 words, over the 1,000-word limit (see --max-words)");
    }

    @Test
    void wordLimitCountsTheArticleNotTheMarkup() throws Exception {
        // A megabyte of markup around a few words is a short article.
        String page = "<html><body>" + "<div class=\"wrap\"><span></span></div>".repeat(20_000)
                + "<article><p>The council met on Monday and agreed the budget.</p></article></body></html>";
        Path file = Files.writeString(dir.resolve("page.html"), page);
        assertThat(ArticleReader.read(file, new ReadOptions(ReadOptions.DEFAULT_MAX_BYTES, 20)).article().paragraphs())
                .isNotEmpty();
    }

    @Test
    void hugeTitleIsCutWithAWarning() throws Exception {
        Path file = Files.writeString(dir.resolve("t.txt"),
                "---\ntitle: " + "Long ".repeat(10_000) + "\n---\nThe council met on Monday.\n");
        ReadResult result = ArticleReader.read(file, ReadOptions.defaults());
        assertThat(result.article().metadata().title()).hasSizeLessThanOrEqualTo(300).startsWith("Long Long");
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("t.txt").contains("'title'").contains("cut"));
    }
}

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
    void aRunOfCharactersNoWordHasIsRefusedWithOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("blob.txt"), "Title\n\nThe council met.\n\n" + "x".repeat(10_001) + "\n");
        assertThatThrownBy(() -> ArticleReader.read(file, ReadOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("blob.txt: paragraph 2 has 10,001 characters without a space");
        Path word = Files.writeString(dir.resolve("word.txt"), "Title\n\nThe " + "x".repeat(10_000) + " met.\n");
        assertThat(ArticleReader.read(word, ReadOptions.defaults()).article().paragraphs()).hasSize(1);
    }

    @Test
    void textFarLongerThanTheWordLimitAllowsIsRefusedWithOneLine() throws Exception {
        // 1,000 "words" of 200 characters: under the word limit, far over what 1,000 words of prose make
        Path file = Files.writeString(dir.resolve("dense.txt"), "Title\n\n" + ("y".repeat(199) + " ").repeat(1_000));
        assertThatThrownBy(() -> ArticleReader.read(file, new ReadOptions(ReadOptions.DEFAULT_MAX_BYTES, 1_000)))
                .isInstanceOf(InputException.class)
                .hasMessage("dense.txt: the article has 199,999 characters of text, more than 1,000 words of prose make"
                        + " (12,000 at most; see --max-words)");
        assertThat(ArticleReader.read(file, new ReadOptions(ReadOptions.DEFAULT_MAX_BYTES, 20_000)).article().paragraphs())
                .hasSize(1);
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

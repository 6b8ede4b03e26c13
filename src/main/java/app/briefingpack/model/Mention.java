package app.briefingpack.model;

/** Where a name occurs: paragraph number and character offsets into the article body. */
public record Mention(int paragraph, int begin, int end) {
}

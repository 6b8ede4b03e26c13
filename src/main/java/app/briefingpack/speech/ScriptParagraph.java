package app.briefingpack.speech;

import java.util.List;

/**
 * A run of sentences spoken without a paragraph pause.
 *
 * @param articleParagraph the article paragraph number it reads (1-based), or 0 for
 *                         introduction, summary and closing text
 */
public record ScriptParagraph(int articleParagraph, List<ScriptSentence> sentences) {
    public ScriptParagraph {
        sentences = List.copyOf(sentences);
    }
}

package app.briefingpack.speech;

import java.util.List;

/** A chapter of the narration (Introduction, Summary, Article), as listed in chapters.vtt and the MP3. */
public record ScriptChapter(String title, List<ScriptParagraph> paragraphs) {
    public ScriptChapter {
        paragraphs = List.copyOf(paragraphs);
    }
}

package app.briefingpack.speech;

/**
 * One sentence of the narration.
 *
 * @param written     the sentence as the reader sees it (the caption text)
 * @param spoken      what the voice is given, after {@link SpeechNormaliser}
 * @param fromArticle true for the article's own sentences, which get a caption cue each
 */
public record ScriptSentence(String written, String spoken, boolean fromArticle) {
}

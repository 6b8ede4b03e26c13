package app.briefingpack.speech;

import java.nio.file.Files;
import java.nio.file.Path;

import app.briefingpack.ingest.ArticleReader;
import app.briefingpack.ingest.ReadOptions;
import app.briefingpack.model.Briefing;

/** The sample article as the ingest stage reads it, without analysis: what a narration gets at least. */
final class SampleBriefing {

    static final Path FILE = Path.of("seeds", "iraq-peace-settlement.txt");

    private SampleBriefing() {
    }

    static Briefing load() {
        try {
            if (!Files.exists(FILE)) throw new IllegalStateException("run from the project root: " + FILE);
            return Briefing.of(ArticleReader.read(FILE, ReadOptions.defaults()).article());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

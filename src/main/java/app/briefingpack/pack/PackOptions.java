package app.briefingpack.pack;

import app.briefingpack.braille.BrailleOptions;
import app.briefingpack.ingest.ReadOptions;
import app.briefingpack.layout.Paper;
import app.briefingpack.model.PartialDate;
import app.briefingpack.documents.Layouts;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import app.briefingpack.speech.NarrationOptions;

/**
 * Everything a pack build can be told.
 *
 * @param outDir       packs go to {@code outDir/<folder>/}
 * @param dateOverride the document date given with {@code --date}, or null
 * @param read         how to read input files
 * @param outputs      which parts of the pack to write
 * @param folderNaming how pack folders are named
 * @param layouts      page layouts and themes (the bundled ones or a teacher's)
 * @param layoutsDir   the teacher's layouts folder (for its pronunciation.lex), or null
 * @param paper        paper size, or null for the layout files' default
 * @param theme        the theme of the main PDFs
 * @param largePrint   also write the large-print edition of every PDF into {@code large-print/}
 * @param speech       narration settings
 * @param braille      grade and page size of the braille edition
 */
public record PackOptions(Path outDir, PartialDate dateOverride, ReadOptions read, Set<Output> outputs,
                          FolderNaming folderNaming, Layouts layouts, Path layoutsDir, Paper paper, String theme,
                          boolean largePrint, SpeechSettings speech, BrailleOptions braille) {

    /** The parts of a pack. */
    public enum Output { JSON, PDF, AUDIO, BRAILLE }

    /** Pack folders are named by the title's slug, or by the input file's own name. */
    public enum FolderNaming { SLUG, FILE }

    /**
     * @param wordsPerMinute speaking rate
     * @param audioUrl       where the narration will be published, for the brief's QR code, or null
     * @param readAlongWords narration.epub highlights word by word instead of sentence by sentence
     */
    public record SpeechSettings(int wordsPerMinute, String audioUrl, boolean readAlongWords) {
        public static final int DEFAULT_WPM = NarrationOptions.DEFAULT_WORDS_PER_MINUTE;

        public SpeechSettings(int wordsPerMinute, String audioUrl) {
            this(wordsPerMinute, audioUrl, false);
        }

        public static SpeechSettings defaults() {
            return new SpeechSettings(DEFAULT_WPM, null);
        }
    }

    public PackOptions {
        outputs = outputs.isEmpty() ? EnumSet.noneOf(Output.class) : EnumSet.copyOf(outputs);
        if (theme == null || theme.isBlank()) theme = "standard";
        if (speech == null) speech = SpeechSettings.defaults();
        if (braille == null) braille = BrailleOptions.defaults();
    }

    /** As the canonical constructor, with the default braille settings. */
    public PackOptions(Path outDir, PartialDate dateOverride, ReadOptions read, Set<Output> outputs,
                       FolderNaming folderNaming, Layouts layouts, Path layoutsDir, Paper paper, String theme,
                       boolean largePrint, SpeechSettings speech) {
        this(outDir, dateOverride, read, outputs, folderNaming, layouts, layoutsDir, paper, theme, largePrint, speech,
                BrailleOptions.defaults());
    }

    public static PackOptions defaults(Path outDir) {
        // As the command line: braille only when asked for.
        return new PackOptions(outDir, null, ReadOptions.defaults(), EnumSet.complementOf(EnumSet.of(Output.BRAILLE)), FolderNaming.SLUG,
                Layouts.defaults(), null, null, "standard", false, SpeechSettings.defaults());
    }

    public boolean writes(Output output) {
        return outputs.contains(output);
    }
}

package app.briefingpack.pack;

import app.briefingpack.ingest.ReadOptions;
import app.briefingpack.model.PartialDate;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * Everything a pack build can be told.
 *
 * @param outDir       packs go to {@code outDir/<folder>/}
 * @param dateOverride the document date given with {@code --date}, or null
 * @param read         how to read input files
 * @param outputs      which parts of the pack to write
 * @param folderNaming how pack folders are named
 */
public record PackOptions(Path outDir, PartialDate dateOverride, ReadOptions read, Set<Output> outputs,
                          FolderNaming folderNaming) {

    /** The parts of a pack. */
    public enum Output { JSON, PDF, AUDIO }

    /** Pack folders are named by the title's slug, or by the input file's own name. */
    public enum FolderNaming { SLUG, FILE }

    public PackOptions {
        outputs = outputs.isEmpty() ? EnumSet.noneOf(Output.class) : EnumSet.copyOf(outputs);
    }

    public static PackOptions defaults(Path outDir) {
        return new PackOptions(outDir, null, ReadOptions.defaults(), EnumSet.allOf(Output.class), FolderNaming.SLUG);
    }
}

package app.briefingpack.pack;

import java.nio.file.Path;
import java.util.List;

/**
 * A pack that was written: its folder, the files in it, and warnings to show the user.
 *
 * @param commitOrder when it was committed among the packs of this process (1, 2, ...): of two
 *                    articles written to one folder, the later one's pack is the one kept
 */
public record PackResult(Path folder, List<String> files, List<String> warnings, long commitOrder) {
    public PackResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    public PackResult(Path folder, List<String> files, List<String> warnings) {
        this(folder, files, warnings, 0);
    }
}

package app.briefingpack.pack;

import java.nio.file.Path;
import java.util.List;

/** A pack that was written: its folder, the files in it, and warnings to show the user. */
public record PackResult(Path folder, List<String> files, List<String> warnings) {
    public PackResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}

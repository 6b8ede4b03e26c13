package app.briefingpack.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * What became of one article of a batch: the files written, or the one-line reason it failed.
 *
 * @param input    the article file as given
 * @param folder   the pack folder written, or null when it failed
 * @param files    the paths written (empty when it failed)
 * @param warnings warnings for the user, already condensed
 * @param failure  why it failed ("x.txt: is empty"), or null when it was built
 * @param commitOrder when its pack was committed among this run's (later ones replace earlier ones in one folder)
 */
record ArticleOutcome(Path input, Path folder, List<String> files, List<String> warnings, String failure, long commitOrder) {

    ArticleOutcome {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    static ArticleOutcome built(Path input, Path folder, List<String> files, List<String> warnings, long commitOrder) {
        return new ArticleOutcome(input, folder, files, warnings, null, commitOrder);
    }

    static ArticleOutcome failed(Path input, String reason) {
        return new ArticleOutcome(input, null, List.of(), List.of(), reason, 0);
    }

    boolean ok() {
        return failure == null;
    }
}

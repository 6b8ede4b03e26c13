package app.briefingpack.cli;

import app.briefingpack.ingest.ArticleReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns the command line's files and folders into the list of article files to build. */
final class ArticleFinder {

    /** The sample article bundled in the JAR, built when there is nothing else to build. */
    static final String BUNDLED_SAMPLE = "iraq-peace-settlement";

    private ArticleFinder() {}

    /** A file or folder that yields no article: reported, and the run fails. */
    record Problem(String message) {}

    /**
     * Files named directly are taken as they are (the reader then says what is wrong with them);
     * folders contribute their article files, sorted by name, not recursing.
     */
    static List<Path> find(List<Path> inputs, List<Problem> problems) {
        return find(inputs, problems, Files::list);
    }

    /** Lists a folder's entries ({@link Files#list} in the program). */
    @FunctionalInterface
    interface FolderLister {
        Stream<Path> list(Path folder) throws IOException;
    }

    /** {@link #find(List, List)} with the folder listing given (tests make it fail). */
    static List<Path> find(List<Path> inputs, List<Problem> problems, FolderLister lister) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                // an unreadable folder is that folder's problem: the other inputs are still built
                try (Stream<Path> list = lister.list(input)) {
                    List<Path> found = list.filter(p -> Files.isRegularFile(p) && ArticleReader.isArticleFile(p))
                            .sorted().toList();
                    if (found.isEmpty()) problems.add(new Problem(input + ": folder has no articles (."
                            + String.join(", .", ArticleReader.EXTENSIONS) + ")"));
                    files.addAll(found);
                } catch (java.nio.file.AccessDeniedException e) {
                    problems.add(new Problem(input + ": cannot read the folder (permission denied)"));
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(new Problem(input + ": cannot read the folder (" + e.getMessage() + ")"));
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    /** Copies the bundled sample (and its metadata) into a temporary folder and returns it. */
    static Path extractBundledSample() throws IOException {
        Path dir = Files.createTempDirectory("briefing-sample");
        dir.toFile().deleteOnExit();
        Path article = null;
        for (String ext : List.of(".txt", ".yaml")) {
            String resource = "/briefingpack/seeds/" + BUNDLED_SAMPLE + ext;
            try (InputStream in = ArticleFinder.class.getResourceAsStream(resource)) {
                if (in == null) throw new IOException("the bundled sample " + resource + " is missing from the JAR");
                Path target = dir.resolve(BUNDLED_SAMPLE + ext);
                Files.copy(in, target);
                target.toFile().deleteOnExit();
                if (ext.equals(".txt")) article = target;
            }
        }
        return article;
    }
}

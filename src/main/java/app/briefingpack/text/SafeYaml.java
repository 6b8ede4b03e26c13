package app.briefingpack.text;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The one YAML loader of the program, for the files a user writes (metadata, teacher
 * corrections, layouts and themes): plain maps, lists and scalars only (no tags that build
 * objects), bounded size, nesting and aliases (no "billion laughs"), duplicate keys rejected, and
 * a problem reported as one line with its line and column.
 */
public final class SafeYaml {

    /** Deepest nesting any of the program's files needs, with room to spare. */
    private static final int MAX_NESTING = 10;

    private SafeYaml() {}

    /** A YAML file the loader refused; {@link #getMessage()} is one line naming the place. */
    public static final class Problem extends RuntimeException {
        private final String detail;

        Problem(String file, String detail, Throwable cause) {
            super(file + ": " + detail, cause);
            this.detail = detail;
        }

        /** The problem without the file name: "line 3, column 1: found duplicate key name". */
        public String detail() { return detail; }
    }

    /**
     * Loads {@code yaml} as plain Java maps, lists and scalars, or null for an empty document.
     *
     * @param file          the file name for messages
     * @param firstLine     the line of the file the YAML starts on (front matter starts after "---")
     * @param maxChars      the largest text accepted
     * @param maxAliases    the most aliases a document may use
     * @param scalarsAsText keep every scalar as written text (no numbers, booleans or timestamps:
     *                      YAML 1.1 would read {@code title: No} as false and 2005-02-30 as a date)
     * @throws Problem with a one-line message when the text is too large or not valid YAML, or
     *                 repeats a key
     */
    public static Object load(String yaml, String file, int firstLine, int maxChars, int maxAliases,
                              boolean scalarsAsText) {
        if (yaml.length() > maxChars) throw new Problem(file, "larger than " + maxChars / 1024 + " KB", null);
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(maxChars);
        options.setMaxAliasesForCollections(maxAliases);
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        DumperOptions dumper = new DumperOptions();
        Resolver resolver = scalarsAsText ? new TextScalars() : new Resolver();
        Yaml yamlParser = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, resolver);
        try {
            return yamlParser.load(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? "" : "line " + (firstLine + mark.getLine()) + ", column " + (mark.getColumn() + 1) + ": ";
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new Problem(file, where + oneLine(problem), e);
        } catch (YAMLException e) {
            throw new Problem(file, "not valid YAML: " + oneLine(e.getMessage()), e);
        }
    }

    /** Blanks collapsed, so a message stays on one line. */
    public static String oneLine(String s) {
        return String.valueOf(s).replaceAll("\\s+", " ").strip();
    }

    /** Nulls are still recognised; every other scalar stays text. */
    private static final class TextScalars extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}

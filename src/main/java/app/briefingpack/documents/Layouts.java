package app.briefingpack.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import app.briefingpack.layout.Colours;
import app.briefingpack.layout.DocumentLayout;
import app.briefingpack.layout.FitRules;
import app.briefingpack.layout.FontFamily;
import app.briefingpack.layout.Margins;
import app.briefingpack.layout.Paper;
import app.briefingpack.layout.Theme;

/**
 * The document layouts and themes: the defaults bundled at classpath {@code briefingpack/layouts/},
 * each replaced by a file of the same name in a teacher's directory when there is one
 * ({@code annotated.yaml}, {@code themes/large-print.yaml} ...); extra themes in
 * {@code themes/} are added. See docs/layouts.md for the format.
 */
public final class Layouts {

    private static final String CLASSPATH = "briefingpack/layouts/";
    private static final List<String> BUNDLED_THEMES = List.of("standard", "large-print");
    private static volatile Layouts defaults;

    private final Map<DocumentType, DocumentLayout> documents;
    private final Map<String, Theme> themes;

    private Layouts(Map<DocumentType, DocumentLayout> documents, Map<String, Theme> themes) {
        this.documents = Map.copyOf(documents);
        this.themes = Map.copyOf(themes);
    }

    /** The bundled layouts (parsed once). */
    public static Layouts defaults() {
        Layouts d = defaults;
        if (d == null) {
            d = load(null);
            defaults = d;
        }
        return d;
    }

    /**
     * Loads the layouts: from {@code dir} where it has a file, else the bundled default.
     *
     * @throws LayoutFileException with a one-line message naming the file and key when a file is wrong
     */
    public static Layouts load(Path dir) {
        if (dir != null && !Files.isDirectory(dir)) throw new LayoutFileException(dir + ": not a directory of layout files");
        Map<DocumentType, DocumentLayout> docs = new LinkedHashMap<>();
        for (DocumentType type : DocumentType.values())
            docs.put(type, parseDocument(type, type.layoutFile(), read(dir, type.layoutFile())));
        Map<String, Theme> themes = new LinkedHashMap<>();
        for (String t : BUNDLED_THEMES) {
            String name = "themes/" + t + ".yaml";
            Theme theme = parseTheme(name, read(dir, name));
            themes.put(theme.name(), theme);
        }
        if (dir != null && Files.isDirectory(dir.resolve("themes"))) {
            try (Stream<Path> s = Files.list(dir.resolve("themes"))) {
                for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    String name = "themes/" + p.getFileName();
                    Theme theme = parseTheme(name, Files.readString(p, StandardCharsets.UTF_8));
                    themes.put(theme.name(), theme);
                }
            } catch (IOException e) {
                throw new LayoutFileException(dir.resolve("themes") + ": cannot list the themes: " + e.getMessage(), e);
            }
        }
        return new Layouts(docs, themes);
    }

    /** The layout of a document type. */
    public DocumentLayout document(DocumentType type) {
        return documents.get(type);
    }

    /** A theme by name ("standard", "large-print", or a teacher's own). */
    public Theme theme(String name) {
        Theme t = themes.get(name);
        if (t == null) throw new LayoutFileException("no theme named '" + name + "' (have: " + String.join(", ", themes.keySet()) + ")");
        return t;
    }

    public Set<String> themeNames() { return themes.keySet(); }

    private static String read(Path dir, String name) {
        try {
            if (dir != null) {
                Path p = dir.resolve(name);
                if (Files.isRegularFile(p)) return Files.readString(p, StandardCharsets.UTF_8);
            }
            try (InputStream in = Layouts.class.getClassLoader().getResourceAsStream(CLASSPATH + name)) {
                if (in == null) throw new LayoutFileException(name + ": missing from the program's bundled layouts");
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read layout file " + name, e);
        }
    }

    static DocumentLayout parseDocument(DocumentType type, String file, String text) {
        YamlFile y = YamlFile.parse(file, text);
        boolean fitted = type.fittedToPages();
        if (fitted) y.allowOnly("paper", "margins", "noteColumn", "noteGap", "lineNumbers", "paragraphNumbers", "runningHeader",
                "maxMeasure", "sections", "fit");
        else y.allowOnly("paper", "margins", "noteColumn", "noteGap", "lineNumbers", "paragraphNumbers", "runningHeader",
                "maxMeasure", "sections");
        Paper paper = Paper.parse(y.string("paper"));
        if (paper == null) throw y.error("paper", "expected letter or a4, got '" + y.string("paper") + "'");
        YamlFile m = y.section("margins");
        m.allowOnly("top", "bottom", "left", "right");
        Margins margins = new Margins(m.number("top", 36, 144), m.number("bottom", 36, 144),
                m.number("left", 36, 144), m.number("right", 28, 144));
        List<String> sections = y.strings("sections");
        for (String s : sections)
            if (!type.sections().contains(s))
                throw y.error("sections", "unknown section '" + s + "' (known: " + String.join(", ", new java.util.TreeSet<>(type.sections())) + ")");
        FitRules fit = null;
        if (fitted) {
            YamlFile f = y.section("fit");
            f.allowOnly("pages", "largePrintPages", "minimumSize", "step");
            fit = new FitRules(f.integer("pages", 1, 10), f.integer("largePrintPages", 1, 10),
                    f.number("minimumSize", 6, 36), f.number("step", 0.1f, 2));
        }
        requireRoomForText(y, margins);
        return new DocumentLayout(type.id(), paper, margins, y.number("noteColumn", 0, 250), y.number("noteGap", 0, 72),
                y.integer("lineNumbers", 0, 100), y.bool("paragraphNumbers"), y.bool("runningHeader"),
                y.number("maxMeasure", 0, 200), sections, fit);
    }

    /** The narrowest text column a layout may leave (three inches), on the narrower paper (A4). */
    static final float MIN_TEXT_WIDTH = 216;

    /**
     * Each value is checked against its own range; together they must still leave a column for
     * the text on either paper (the --paper option may pick the other one), or every article fails.
     */
    private static void requireRoomForText(YamlFile y, Margins margins) {
        float notes = y.number("noteColumn", 0, 250);
        float gap = notes > 0 ? y.number("noteGap", 0, 72) : 0;
        float paperWidth = Math.min(Paper.LETTER.width(), Paper.A4.width());
        float text = paperWidth - margins.left() - margins.right() - notes - gap;
        if (text < MIN_TEXT_WIDTH)
            throw y.error(notes > 0 ? "noteColumn" : "margins", String.format(java.util.Locale.ROOT,
                    "the margins%s leave %.0f points for the text on A4 paper, less than the %.0f it needs;"
                            + " make them narrower", notes > 0 ? ", noteColumn and noteGap" : "", Math.max(0, text), MIN_TEXT_WIDTH));
    }

    static Theme parseTheme(String file, String text) {
        YamlFile y = YamlFile.parse(file, text);
        y.allowOnly("name", "largePrint", "fonts", "sizes", "leading", "paragraphSpacing", "emphasis", "alignment",
                "marginNotes", "colours");
        YamlFile f = y.section("fonts");
        f.allowOnly("body", "heading", "notes", "numbers");
        YamlFile s = y.section("sizes");
        s.allowOnly("body", "notes", "numbers", "minimum", "headings");
        YamlFile c = y.section("colours");
        c.allowOnly("text", "muted", "accent", "term", "rule", "background");
        String emphasis = y.string("emphasis").toLowerCase(Locale.ROOT);
        if (!emphasis.equals("italic") && !emphasis.equals("bold")) throw y.error("emphasis", "expected italic or bold");
        String alignment = y.string("alignment").toLowerCase(Locale.ROOT);
        if (!alignment.equals("left"))
            throw y.error("alignment", "only 'left' is supported: justified text makes uneven word spacing, hard for weak readers");
        Colours colours = new Colours(colour(c, "text"), colour(c, "muted"), colour(c, "accent"), colour(c, "term"),
                colour(c, "rule"), colour(c, "background"));
        String bad = colours.check();
        if (bad != null) {
            int v = switch (bad) {
                case "text" -> colours.text();
                case "muted" -> colours.muted();
                case "accent" -> colours.accent();
                default -> colours.term();
            };
            throw c.error(bad, String.format("contrast %.2f:1 against the background is below 4.5:1",
                    Colours.contrast(v, colours.background())));
        }
        float minimum = s.number("minimum", 6, 72);
        Theme theme = new Theme(y.string("name"), family(f, "body"), family(f, "heading"), family(f, "notes"), family(f, "numbers"),
                s.number("body", minimum, 72), s.number("notes", minimum, 72), s.number("numbers", minimum, 72), minimum,
                s.numbers("headings", 6, minimum, 96), y.number("leading", 1.0f, 3.0f), y.number("paragraphSpacing", 0, 4),
                emphasis.equals("bold"), y.bool("marginNotes"), colours, y.bool("largePrint"));
        if (y.bool("largePrint")) checkLargePrint(y, s, f, theme);
        return theme;
    }

    /** APH / UKAAF large-print rules a large-print theme must keep. */
    private static void checkLargePrint(YamlFile y, YamlFile s, YamlFile f, Theme t) {
        if (t.bodySize() < 18) throw s.error("body", "large print needs body text of at least 18 pt");
        if (t.bodyFamily() != FontFamily.SANS) throw f.error("body", "large print needs a sans-serif body face");
        for (float h : t.headingSizes())
            if (h < 20 || h > 22) throw s.error("headings", "large-print headings are 20-22 pt");
        if (!t.emphasisBold()) throw y.error("emphasis", "large print uses bold, never italics, for emphasis");
    }

    private static FontFamily family(YamlFile f, String k) {
        String name = f.string(k);
        return FontFamily.byName(name).orElseThrow(() -> f.error(k, "no bundled font '" + name
                + "' (have: DejaVu Serif, DejaVu Sans, DejaVu Sans Mono)"));
    }

    private static int colour(YamlFile c, String k) {
        String v = c.string(k).strip();
        if (!v.matches("#[0-9A-Fa-f]{6}")) throw c.error(k, "expected a colour like \"#1A1A1A\", got '" + v + "'");
        return Integer.parseInt(v.substring(1), 16);
    }
}

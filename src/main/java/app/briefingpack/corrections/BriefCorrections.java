package app.briefingpack.corrections;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import app.briefingpack.text.TextCleaner;

import app.briefingpack.analysis.questions.QuestionWriter;
import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.GlossaryEntry;
import app.briefingpack.model.NamedEntity;
import app.briefingpack.model.PartialDate;
import app.briefingpack.model.Person;
import app.briefingpack.model.Point;
import app.briefingpack.model.Question;
import app.briefingpack.model.TimelineEvent;
import app.briefingpack.model.TimexValue;
import app.briefingpack.text.SafeYaml;

/**
 * A teacher's corrections to a briefing, read from {@code <basename>.brief.yaml} next to the
 * article (format in {@code docs/analysis.md}). Scalars ({@code title}, {@code thesis}) replace;
 * {@code key_points}, {@code counterpoints} and {@code questions} replace the whole list;
 * {@code people}, {@code glossary}, {@code organisations}, {@code places} and {@code timeline}
 * patch entries by name, term or label (change, add, or {@code remove: true}). A corrected thesis
 * also rewrites the question on the thesis.
 *
 * <p>The YAML is read with SnakeYAML's safe constructor (plain maps, lists and scalars only), no
 * more than {@value #MAX_BYTES} bytes, no duplicate keys, few aliases. Every problem is a
 * {@link CorrectionsException} whose one-line message names the file and the line or key.
 */
public final class BriefCorrections {

    static final int MAX_BYTES = 256 * 1024;
    /**
     * The longest corrected title: a teacher's long title is kept whole in briefing.json and the
     * annotated text (and shortened on the brief), but 3,000 characters is already a page of
     * text; a 50,000-character one (a paste gone wrong) took over 30 s and 500 MB to lay out.
     */
    static final int MAX_TITLE_CHARS = 3_000;

    private static final Set<String> KEYS = Set.of("title", "thesis", "key_points", "counterpoints", "people",
            "glossary", "questions", "timeline", "organisations", "places");

    private final String file;
    private final Map<String, Object> data;

    private BriefCorrections(String file, Map<String, Object> data) {
        this.file = file;
        this.data = data;
    }

    /** The corrections file for an article ({@code story.txt} → {@code story.brief.yaml}), if there is one. */
    public static Optional<BriefCorrections> forArticle(Path article) {
        String name = article.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path yaml = article.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".brief.yaml");
        return Files.isRegularFile(yaml) ? Optional.of(read(yaml)) : Optional.empty();
    }

    public static BriefCorrections read(Path yaml) {
        String name = yaml.getFileName().toString();
        try {
            if (Files.size(yaml) > MAX_BYTES) throw new CorrectionsException(name + ": larger than " + MAX_BYTES + " bytes");
            return parse(Files.readString(yaml, StandardCharsets.UTF_8), name);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new CorrectionsException(name + ": is not UTF-8 text (save it as UTF-8)", e);
        } catch (IOException e) {
            throw new CorrectionsException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Parses corrections text; {@code fileName} is used in messages. */
    public static BriefCorrections parse(String yaml, String fileName) {
        if (yaml.length() > MAX_BYTES) throw new CorrectionsException(fileName + ": larger than " + MAX_BYTES + " bytes");
        Object root;
        try {
            root = TextCleaner.cleanYaml(SafeYaml.load(yaml, fileName, 1, MAX_BYTES, 20, false));
        } catch (SafeYaml.Problem e) {
            throw new CorrectionsException(e.getMessage(), e);
        }
        if (root == null) return new BriefCorrections(fileName, Map.of());
        if (!(root instanceof Map<?, ?> map)) throw new CorrectionsException(fileName + ": expected keys such as title: or thesis: at the top");
        Map<String, Object> data = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!KEYS.contains(key)) throw new CorrectionsException(fileName + ": unknown key '" + key + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            data.put(key, e.getValue());
        }
        BriefCorrections c = new BriefCorrections(fileName, data);
        c.applyTo(null); // validate every value now, so a bad file fails before any work is done
        return c;
    }

    /** The briefing with the corrections applied; with {@code null}, only checks the values. */
    public Briefing applyTo(Briefing b) {
        String title = text("title");
        // a title is printed on every page, spoken and fitted onto the one-page brief
        if (title != null && title.length() > MAX_TITLE_CHARS)
            throw new CorrectionsException(String.format(java.util.Locale.ROOT,
                    "%s: the title is %,d characters long; a title can have at most %,d", file, title.length(), MAX_TITLE_CHARS));
        String thesis = text("thesis");
        List<Point> keyPoints = points("key_points");
        List<Point> counterpoints = points("counterpoints");
        List<Question> questions = questions();
        if (b == null) {
            people(List.of());
            glossary(List.of());
            entities("organisations", List.of());
            entities("places", List.of());
            timeline(List.of());
            return null;
        }
        Article article = b.article();
        if (title != null) {
            article = new Article(article.source(), article.metadata().withTitle(title), article.body(),
                    article.bodyOffset(), article.paragraphs());
        }
        Briefing corrected = new Briefing(article, thesis != null ? thesis : b.thesis(),
                keyPoints != null ? keyPoints : b.keyPoints(), counterpoints != null ? counterpoints : b.counterpoints(),
                people(b.people()), entities("organisations", b.organisations()), entities("places", b.places()), b.groups(),
                b.sources(), b.sentences(), glossary(b.glossary()), questions != null ? questions : b.questions(),
                b.readability(), b.temporalExpressions(), timeline(b.timeline()), b.lede());
        // A corrected thesis or key point reaches the questions and their answer key too, unless
        // the teacher wrote the questions as well. Every other consumer (brief, narration, JSON)
        // reads the thesis from the briefing.
        boolean argumentCorrected = thesis != null || keyPoints != null || counterpoints != null;
        return questions == null && argumentCorrected ? corrected.withQuestions(QuestionWriter.write(corrected)) : corrected;
    }

    /** Patches organisations or places by name: rename ({@code new_name}), remove, or add. */
    private List<NamedEntity> entities(String key, List<NamedEntity> current) {
        List<?> list = list(key);
        if (list == null) return current;
        List<NamedEntity> out = new ArrayList<>(current);
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> m = entry(key, i, list.get(i), "name");
            known(m, key, i, Set.of("name", "new_name", "remove"));
            String name = required(m, key, i, "name");
            int at = indexOf(out, e -> e.name().equalsIgnoreCase(name));
            if (remove(m, key, i)) {
                if (at >= 0) out.remove(at);
                continue;
            }
            String newName = optional(m, key, i, "new_name");
            if (at >= 0) out.set(at, new NamedEntity(newName != null ? newName : out.get(at).name(), out.get(at).mentions()));
            else out.add(new NamedEntity(newName != null ? newName : name, List.of()));
        }
        return out;
    }

    /**
     * Patches timeline entries, found by their label as the pack shows it (and by {@code was_date}
     * when two share a label): a new {@code date} or {@code new_label}, or {@code remove: true}.
     * An entry no label matches is added when it gives a date. The timeline is then put back in
     * date order (entries without a known calendar date stay last, in their order).
     */
    private List<TimelineEvent> timeline(List<TimelineEvent> current) {
        List<?> list = list("timeline");
        if (list == null) return current;
        List<TimelineEvent> out = new ArrayList<>(current);
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> m = entry("timeline", i, list.get(i), "label");
            known(m, "timeline", i, Set.of("label", "was_date", "date", "new_label", "paragraph", "remove"));
            String label = required(m, "timeline", i, "label");
            String wasDate = date(m, i, "was_date");
            String date = date(m, i, "date");
            List<Integer> matches = new ArrayList<>();
            for (int k = 0; k < out.size(); k++) {
                TimelineEvent e = out.get(k);
                if (sameText(e.label(), label) && (wasDate == null || wasDate.equals(e.value()))) matches.add(k);
            }
            if (matches.size() > 1)
                throw new CorrectionsException(file + ": timeline[" + (i + 1) + "] matches " + matches.size()
                        + " entries labelled '" + label + "'; add was_date: to say which");
            int at = matches.isEmpty() ? -1 : matches.get(0);
            if (remove(m, "timeline", i)) {
                if (at >= 0) out.remove(at);
                continue;
            }
            String newLabel = optional(m, "timeline", i, "new_label");
            if (at >= 0) {
                TimelineEvent e = out.get(at);
                int paragraph = m.containsKey("paragraph") ? paragraph(m, "timeline", i) : e.paragraph();
                out.set(at, date == null
                        ? new TimelineEvent(e.expression(), e.value(), newLabel != null ? newLabel : e.label(), e.sentence(),
                                paragraph, e.certainty(), e.underspecified())
                        // the article's words no longer date it: the teacher's date stands alone
                        : new TimelineEvent(null, date, newLabel != null ? newLabel : e.label(), e.sentence(), paragraph,
                                TimexValue.parse(date).certainty(null), false));
            } else if (date != null) {
                out.add(new TimelineEvent(null, date, newLabel != null ? newLabel : label, null,
                        paragraph(m, "timeline", i), TimexValue.parse(date).certainty(null), false));
            } else {
                throw new CorrectionsException(file + ": timeline[" + (i + 1) + "]: no timeline entry is labelled '" + label
                        + "' (give date: to add it as a new one)");
            }
        }
        return inDateOrder(out);
    }

    /**
     * Puts each entry the teacher dated ({@code expression == null}) where its date belongs; the
     * analysis' own order of the others (relative and undated entries included) is kept.
     */
    private static List<TimelineEvent> inDateOrder(List<TimelineEvent> events) {
        List<TimelineEvent> out = new ArrayList<>();
        List<TimelineEvent> moved = new ArrayList<>();
        for (TimelineEvent e : events) (e.expression() == null && TimexValue.parse(e.value()).start() != null ? moved : out).add(e);
        for (TimelineEvent e : moved) {
            java.time.LocalDate date = TimexValue.parse(e.value()).start();
            int at = 0;
            for (int k = 0; k < out.size(); k++) {
                java.time.LocalDate other = TimexValue.parse(out.get(k).value()).start();
                if (other != null && !other.isAfter(date)) at = k + 1;
            }
            out.add(at, e);
        }
        return out;
    }

    private static boolean sameText(String a, String b) {
        return a != null && a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
    }

    /** A date given as YYYY, YYYY-MM or YYYY-MM-DD (YAML reads the last as a timestamp, the first as a number). */
    private String date(Map<String, Object> m, int i, String field) {
        Object v = m.get(field);
        if (v == null) return null;
        String s = v instanceof java.util.Date d
                ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString() : String.valueOf(v).strip();
        return PartialDate.parse(s).map(PartialDate::toString).orElseThrow(() -> new CorrectionsException(file
                + ": timeline[" + (i + 1) + "]." + field + " '" + s + "' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"));
    }

    private boolean remove(Map<String, Object> m, String key, int i) {
        Object v = m.get("remove");
        if (v == null) return false;
        if (!(v instanceof Boolean b)) throw new CorrectionsException(file + ": " + key + "[" + (i + 1) + "].remove must be true or false");
        return b;
    }

    private void known(Map<String, Object> m, String key, int i, Set<String> fields) {
        for (String f : m.keySet()) {
            if (!fields.contains(f))
                throw new CorrectionsException(file + ": " + key + "[" + (i + 1) + "]: unknown key '" + f + "' (known: "
                        + String.join(", ", fields.stream().sorted().toList()) + ")");
        }
    }

    private String text(String key) {
        Object v = data.get(key);
        if (v == null) return null;
        if (v instanceof Map || v instanceof List) throw new CorrectionsException(file + ": key '" + key + "' must be text");
        String s = String.valueOf(v).strip();
        return s.isEmpty() ? null : s;
    }

    private List<Point> points(String key) {
        List<?> list = list(key);
        if (list == null) return null;
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> m = entry(key, i, list.get(i), "text");
            out.add(new Point(required(m, key, i, "text"), paragraph(m, key, i)));
        }
        return out;
    }

    private List<Question> questions() {
        List<?> list = list("questions");
        if (list == null) return null;
        List<Question> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> m = entry("questions", i, list.get(i), "text");
            out.add(new Question(required(m, "questions", i, "text"), paragraph(m, "questions", i)));
        }
        return out;
    }

    private List<Person> people(List<Person> current) {
        List<?> list = list("people");
        if (list == null) return current;
        List<Person> out = new ArrayList<>(current);
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> m = entry("people", i, list.get(i), "name");
            String name = required(m, "people", i, "name");
            int at = indexOf(out, p -> p.name().equals(name));
            if (Boolean.TRUE.equals(m.get("remove"))) {
                if (at >= 0) out.remove(at);
                continue;
            }
            String role = m.containsKey("role") ? optional(m, "people", i, "role") : at >= 0 ? out.get(at).role() : null;
            // a role the teacher gives is stated; one kept keeps its provenance
            if (at >= 0) out.set(at, new Person(name, role, out.get(at).mentions(), !m.containsKey("role") && out.get(at).roleInferred()));
            else out.add(new Person(name, role, List.of()));
        }
        return out;
    }

    private List<GlossaryEntry> glossary(List<GlossaryEntry> current) {
        List<?> list = list("glossary");
        if (list == null) return current;
        List<GlossaryEntry> out = new ArrayList<>(current);
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> m = entry("glossary", i, list.get(i), "term");
            String term = required(m, "glossary", i, "term");
            int at = indexOf(out, g -> g.term().equalsIgnoreCase(term));
            if (Boolean.TRUE.equals(m.get("remove"))) {
                if (at >= 0) out.remove(at);
                continue;
            }
            String definition = optional(m, "glossary", i, "definition");
            GlossaryEntry old = at >= 0 ? out.get(at) : null;
            int paragraph = m.containsKey("paragraph") ? paragraph(m, "glossary", i) : old != null ? old.paragraph() : 0;
            GlossaryEntry entry = new GlossaryEntry(term, definition != null ? definition : old != null ? old.definition() : null,
                    paragraph, definition != null ? null : old != null ? old.sentence() : null);
            if (at >= 0) out.set(at, entry);
            else out.add(entry);
        }
        return out;
    }

    private static <T> int indexOf(List<T> list, java.util.function.Predicate<T> test) {
        for (int i = 0; i < list.size(); i++) if (test.test(list.get(i))) return i;
        return -1;
    }

    private List<?> list(String key) {
        Object v = data.get(key);
        if (v == null) return null;
        if (!(v instanceof List<?> l)) throw new CorrectionsException(file + ": key '" + key + "' must be a list (lines starting with '- ')");
        return l;
    }

    /** A list item: a map, or plain text standing for its main field. */
    private Map<String, Object> entry(String key, int i, Object item, String mainField) {
        if (item instanceof Map<?, ?> map) {
            Map<String, Object> m = new LinkedHashMap<>();
            map.forEach((k, v) -> m.put(String.valueOf(k), v));
            return m;
        }
        if (item == null || item instanceof List) throw new CorrectionsException(file + ": " + key + "[" + (i + 1) + "] must be text or a map with '" + mainField + ":'");
        return Map.of(mainField, String.valueOf(item));
    }

    private String required(Map<String, Object> m, String key, int i, String field) {
        String v = optional(m, key, i, field);
        if (v == null) throw new CorrectionsException(file + ": " + key + "[" + (i + 1) + "] needs '" + field + ":'");
        return v;
    }

    private String optional(Map<String, Object> m, String key, int i, String field) {
        Object v = m.get(field);
        if (v == null) return null;
        if (v instanceof Map || v instanceof List) throw new CorrectionsException(file + ": " + key + "[" + (i + 1) + "]." + field + " must be text");
        String s = String.valueOf(v).strip();
        return s.isEmpty() ? null : s;
    }

    private int paragraph(Map<String, Object> m, String key, int i) {
        Object v = m.get("paragraph");
        if (v == null) return 0;
        if (!(v instanceof Integer n) || n < 0) throw new CorrectionsException(file + ": " + key + "[" + (i + 1) + "].paragraph must be a paragraph number");
        return n;
    }

    @Override
    public String toString() {
        return "BriefCorrections[" + file + ", keys " + data.keySet() + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BriefCorrections c && c.file.equals(file) && c.data.equals(data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, data);
    }
}

package app.briefingpack.documents;

import static app.briefingpack.text.Prose.capitalise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.briefingpack.model.Article;
import app.briefingpack.model.BlockKind;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.GlossaryEntry;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.Paragraph;
import app.briefingpack.model.PartialDate;
import app.briefingpack.model.Person;
import app.briefingpack.model.Sentence;
import app.briefingpack.model.SentenceRole;
import app.briefingpack.model.SourceCitation;
import app.briefingpack.layout.Block;
import app.briefingpack.layout.DocumentLayout;
import app.briefingpack.layout.DocumentSpec;
import app.briefingpack.layout.Heading;
import app.briefingpack.layout.ListBlock;
import app.briefingpack.layout.MarginNote;
import app.briefingpack.layout.ParagraphStyle;
import app.briefingpack.layout.Run;
import app.briefingpack.layout.TextParagraph;
import app.briefingpack.layout.Theme;
import app.briefingpack.text.DateWords;

/**
 * Builds the annotated full text from a {@link Briefing}: title, byline, a "How to read this page"
 * note, the article with numbered paragraphs (line numbers come from the layout), margin notes
 * made of whatever the briefing knows (people's roles at first mention, sources marked as
 * evidence, glossary terms, sentence roles), a glossary and a list of sources. With a briefing
 * that carries only the article it is still a clean numbered text.
 */
public final class AnnotatedTextDocument {

    private final DocumentLayout layout;
    private final boolean notesInMargin;

    public AnnotatedTextDocument(DocumentLayout layout, Theme theme) {
        this.layout = layout;
        this.notesInMargin = theme.marginNotes() && layout.noteColumn() > 0;
    }

    public DocumentSpec build(Briefing b) {
        Article a = b.article();
        String title = a.displayTitle();
        List<Block> blocks = new ArrayList<>();
        for (String section : layout.sections()) {
            switch (section) {
                case "title" -> blocks.add(Heading.of(1, title));
                case "byline" -> blocks.add(TextParagraph.of(ParagraphStyle.BYLINE, List.of(Run.plain(byline(a.metadata())))));
                case "how-to-read" -> blocks.add(howToRead(b));
                case "legend" -> legend(b, blocks);
                case "article" -> article(b, blocks);
                case "glossary" -> glossary(b, blocks);
                case "sources" -> sources(b, blocks);
                default -> { } // sections of other document types are rejected when the layout is loaded
            }
        }
        return new DocumentSpec("Annotated text: " + title, a.metadata().language(), blocks, title);
    }

    /** "By Gareth Porter · Foreign Policy In Focus · March 2005", saying what is not known. */
    static String byline(Metadata m) {
        String author = m.author() != null && !m.author().isBlank() ? "By " + m.author().strip() : "Author not given";
        String pub = m.publication() != null && !m.publication().isBlank() ? m.publication().strip() : "publication not given";
        return author + " \u00B7 " + pub + " \u00B7 " + date(m.date());
    }

    static String date(PartialDate d) {
        if (d == null) return "date not given";
        if (!d.hasMonth()) return Integer.toString(d.year());
        return DateWords.dayMonthYear(d.year(), d.month(), d.hasDay() ? d.day() : 0);
    }

    private TextParagraph howToRead(Briefing b) {
        List<Run> runs = new ArrayList<>();
        runs.add(Run.strong("How to read this page. "));
        StringBuilder s = new StringBuilder("Each paragraph of the article is numbered in the left margin");
        if (layout.lineNumbers() > 0)
            s.append(", and every ").append(ordinal(layout.lineNumbers())).append(" line is numbered on the right");
        s.append(", so you can point to a passage (\u201Cparagraph 4\u201D");
        if (layout.lineNumbers() > 0) s.append(", \u201Cline 20\u201D");
        s.append("). ");
        boolean notes = !b.people().isEmpty() || !b.sources().isEmpty() || !b.glossary().isEmpty() || !b.sentences().isEmpty();
        if (notes) {
            s.append(notesInMargin ? "Notes in the right-hand margin, level with each paragraph, "
                    : "Indented notes after a paragraph ");
            List<String> what = new ArrayList<>();
            if (!b.people().isEmpty()) what.add("say who people are when they are first named");
            if (!b.sources().isEmpty()) what.add("mark where the article offers evidence and who it comes from");
            if (!b.glossary().isEmpty() && notesInMargin) what.add("explain difficult words");
            if (!b.sentences().isEmpty()) what.add("give the part each sentence plays in the argument");
            s.append(String.join(", ", what.subList(0, Math.max(0, what.size() - 1))));
            if (what.size() > 1) s.append(" and ");
            s.append(what.get(what.size() - 1)).append(". ");
        }
        runs.add(Run.plain(s.toString()));
        if (!b.glossary().isEmpty()) {
            runs.add(Run.plain("Words in "));
            runs.add(Run.term("bold colour"));
            runs.add(Run.plain(" are explained in the glossary at the end."));
        }
        return TextParagraph.of(ParagraphStyle.CALLOUT, runs);
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 2 -> "second";
            case 3 -> "third";
            case 4 -> "fourth";
            case 5 -> "fifth";
            case 10 -> "tenth";
            default -> n + "th";
        };
    }

    private static final Map<SentenceRole, String> ROLE_WORD = new EnumMap<>(Map.of(
            SentenceRole.CLAIM, "claim", SentenceRole.EVIDENCE, "evidence",
            SentenceRole.COUNTERPOINT, "counterpoint", SentenceRole.BACKGROUND, "background"));

    private static final Map<SentenceRole, String> ROLE_MEANING = new EnumMap<>(Map.of(
            SentenceRole.CLAIM, "the author asserts something the article argues for",
            SentenceRole.EVIDENCE, "a fact, report or quotation offered in support, usually attributed",
            SentenceRole.COUNTERPOINT, "an objection or limit the author acknowledges",
            SentenceRole.BACKGROUND, "context that is neither claim nor evidence"));

    private void legend(Briefing b, List<Block> blocks) {
        if (b.sentences().isEmpty()) return;
        blocks.add(Heading.of(2, "Key to the sentence roles"));
        List<ListBlock.ListItem> items = new ArrayList<>();
        for (SentenceRole r : SentenceRole.values()) {
            items.add(new ListBlock.ListItem(List.of(Run.strong(capitalise(ROLE_WORD.get(r))),
                    Run.plain(": " + ROLE_MEANING.get(r) + "."))));
        }
        blocks.add(new ListBlock(false, items));
    }

    private void article(Briefing b, List<Block> blocks) {
        Article a = b.article();
        if (layout.sections().indexOf("article") > 0) blocks.add(Heading.of(2, "The article"));
        Map<Integer, List<Person>> firstMentions = new HashMap<>();
        for (Person p : b.people()) {
            p.mentions().stream().mapToInt(m -> m.paragraph()).min()
                    .ifPresent(n -> firstMentions.computeIfAbsent(n, k -> new ArrayList<>()).add(p));
        }
        Map<Integer, List<GlossaryEntry>> terms = new HashMap<>();
        for (GlossaryEntry g : b.glossary()) terms.computeIfAbsent(g.paragraph(), k -> new ArrayList<>()).add(g);
        // The article's own headings sit one level under "The article" when that heading is there.
        int headingShift = layout.sections().indexOf("article") > 0 ? 1 : 0;
        List<ListBlock.ListItem> listItems = new ArrayList<>();
        int listGroup = 0;
        for (Paragraph p : a.paragraphs()) {
            int n = p.number();
            if (!listItems.isEmpty() && (p.kind() != BlockKind.LIST_ITEM || p.group() != listGroup)) {
                blocks.add(new ListBlock(false, listItems));
                listItems = new ArrayList<>();
            }
            if (p.kind() == BlockKind.HEADING) {
                blocks.add(Heading.of(Math.min(6, Math.max(2, p.level() + headingShift)), p.text()));
                continue;
            }
            if (p.kind() == BlockKind.LIST_ITEM) {
                // list items are tagged L / LI; their paragraph number leads the item's text
                listItems.add(new ListBlock.ListItem(prepend("[" + n + "] ", markTerms(p.text(), terms.getOrDefault(n, List.of())))));
                listGroup = p.group();
                continue;
            }
            List<MarginNote> notes = new ArrayList<>();
            for (Person person : firstMentions.getOrDefault(n, List.of())) {
                if (person.role() == null || person.role().isBlank()) continue;
                notes.add(new MarginNote("p" + n + "-person-" + notes.size(),
                        List.of(Run.strong(person.name().strip()), Run.plain(": " + person.role().strip()))));
            }
            for (SourceCitation s : b.sources()) {
                if (s.paragraph() != n) continue;
                notes.add(new MarginNote("p" + n + "-source-" + notes.size(),
                        List.of(Run.strong("Evidence: "), Run.plain(sourceText(s)))));
            }
            List<GlossaryEntry> here = terms.getOrDefault(n, List.of());
            if (notesInMargin) {
                for (GlossaryEntry g : here) {
                    if (g.definition() == null || g.definition().isBlank()) continue;
                    notes.add(new MarginNote("p" + n + "-term-" + notes.size(),
                            List.of(Run.term(g.term().strip()), Run.plain(": " + g.definition().strip()))));
                }
            }
            List<Sentence> sentences = b.sentences().stream().filter(s -> s.paragraph() == n)
                    .sorted(Comparator.comparingInt(Sentence::begin)).toList();
            if (!sentences.isEmpty()) {
                StringBuilder sb = new StringBuilder();
                for (Sentence s : sentences) {
                    if (sb.length() > 0) sb.append(" \u00B7 ");
                    sb.append(ROLE_WORD.get(s.role()));
                }
                notes.add(new MarginNote("p" + n + "-roles",
                        List.of(Run.strong(sentences.size() == 1 ? "Sentence: " : "Sentences: "), Run.plain(sb.toString()))));
            }
            ParagraphStyle style = switch (p.kind()) {
                case QUOTE, EMBED -> ParagraphStyle.QUOTE;
                case CAPTION -> ParagraphStyle.CAPTION;
                default -> ParagraphStyle.BODY;
            };
            blocks.add(new TextParagraph(markTerms(p.text(), here), style, Integer.toString(n),
                    "para-" + n, notes, true));
        }
        if (!listItems.isEmpty()) blocks.add(new ListBlock(false, listItems));
    }

    private static List<Run> prepend(String label, List<Run> runs) {
        List<Run> out = new ArrayList<>(runs.size() + 1);
        out.add(Run.plain(label));
        out.addAll(runs);
        return out;
    }

    private static String sourceText(SourceCitation s) {
        String src = s.source() != null && !s.source().isBlank() ? s.source().strip() : null;
        String who = s.speaker() != null && !s.speaker().isBlank() ? s.speaker().strip() : null;
        if (src != null && who != null && !src.equalsIgnoreCase(who)) return who + ", reported by " + src;
        if (src != null) return src;
        if (who != null) return who;
        return "an unnamed source";
    }

    /** The paragraph as runs, each glossary term's first occurrence marked as a defined term. */
    static List<Run> markTerms(String text, List<GlossaryEntry> entries) {
        List<int[]> spans = new ArrayList<>();
        for (GlossaryEntry g : entries) {
            String term = g.term() == null ? "" : g.term().strip();
            if (term.isEmpty()) continue;
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            if (m.find()) {
                int[] span = {m.start(), m.end()};
                boolean overlaps = spans.stream().anyMatch(o -> span[0] < o[1] && o[0] < span[1]);
                if (!overlaps) spans.add(span);
            }
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        List<Run> runs = new ArrayList<>();
        int at = 0;
        for (int[] s : spans) {
            if (s[0] > at) runs.add(Run.plain(text.substring(at, s[0])));
            runs.add(Run.term(text.substring(s[0], s[1])));
            at = s[1];
        }
        if (at < text.length()) runs.add(Run.plain(text.substring(at)));
        return runs; // Arabic and Hebrew stretches get their Lang when set (InlineSetter)
    }

    private void glossary(Briefing b, List<Block> blocks) {
        if (b.glossary().isEmpty()) return;
        blocks.add(Heading.of(2, "Glossary"));
        Map<String, GlossaryEntry> unique = new LinkedHashMap<>();
        b.glossary().stream().sorted(Comparator.comparing(g -> g.term().toLowerCase(Locale.ROOT)))
                .forEach(g -> unique.putIfAbsent(g.term().toLowerCase(Locale.ROOT).strip(), g));
        List<ListBlock.ListItem> items = new ArrayList<>();
        for (GlossaryEntry g : unique.values()) {
            String def = g.definition() != null && !g.definition().isBlank() ? g.definition().strip()
                    : "not in the dictionary; see how paragraph " + g.paragraph() + " uses it"
                    + (g.sentence() != null ? ": \u201C" + g.sentence().strip() + "\u201D" : ".");
            items.add(new ListBlock.ListItem(List.of(Run.term(g.term().strip()),
                    Run.plain(" (paragraph " + g.paragraph() + "): " + def))));
        }
        blocks.add(new ListBlock(false, items));
    }

    private void sources(Briefing b, List<Block> blocks) {
        if (b.sources().isEmpty()) return;
        blocks.add(Heading.of(2, "Sources the article cites"));
        List<ListBlock.ListItem> items = new ArrayList<>();
        for (SourceCitation s : b.sources()) {
            List<Run> runs = new ArrayList<>();
            runs.add(Run.strong(sourceText(s)));
            runs.add(Run.plain(" (paragraph " + s.paragraph() + ")"));
            if (s.claim() != null && !s.claim().isBlank()) runs.add(Run.plain(": " + s.claim().strip()));
            items.add(new ListBlock.ListItem(runs));
        }
        blocks.add(new ListBlock(false, items));
    }
}

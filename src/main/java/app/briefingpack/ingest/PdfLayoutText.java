package app.briefingpack.ingest;

import app.briefingpack.model.BlockKind;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads an untagged PDF from where its text is drawn. PDFBox's text stripper gives the lines in
 * the order they were drawn (which for one- and two-column articles printed from a browser,
 * a word processor or a library database is column by column; sorting by position would
 * interleave the columns). Then: running headers and footers (lines in the top or bottom margin
 * that repeat on other pages once digits are ignored), page numbers and line numbers are dropped;
 * lines are grouped into paragraphs by spacing, first-line indent and short last lines, and a
 * paragraph carries on across a column or page break unless its last line ended short; headings
 * (larger or bold short lines), list items (markers) and quotes (indented on both sides) are typed.
 *
 * <p>Longer than 400 lines because its three passes (lines from PDFBox, page furniture, paragraphs)
 * share the {@code Line} record and the body size, leading and column edges they measure on it.
 */
final class PdfLayoutText {

    /** One line of text as drawn, in points from the page's top-left corner. */
    record Line(int page, String text, float x0, float x1, float top, float bottom, float size, boolean bold,
                float pageHeight) {
        float height() {
            return bottom - top;
        }

        boolean overlapsHorizontally(Line o) {
            float overlap = Math.min(x1, o.x1) - Math.max(x0, o.x0);
            return overlap > 0.5f * Math.min(x1 - x0, o.x1 - o.x0);
        }
    }

    /** Lines per page beyond which column edges are taken page-wide (keeps the pairwise pass bounded). */
    private static final int PAIRWISE_LINES = 400;
    /** Share of the page height at the top and bottom where running headers and footers sit. */
    private static final float MARGIN_BAND = 0.09f;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[\\s\\-\u2013\u2014|.]*(page|p\\.|seite|pagina)?\\s*#+\\s*((of|/|de|von)\\s*#+)?[\\s\\-\u2013\u2014|.]*$");
    private static final Pattern URL = Pattern.compile("(?i)^(https?://|www\\.)\\S+$");
    private static final Pattern TERMINAL = Pattern.compile("[.!?:;\"\u201D\u2019')\\]]$");

    private PdfLayoutText() {}

    /** What the layout held: the typed blocks, and the first page's largest text when it stands apart as a title. */
    record Result(ExtractedText text, String title, String author) {}

    static Result read(PDDocument doc, PdfBudget budget) throws IOException {
        List<Line> lines = lines(doc, budget);
        lines = withoutPageFurniture(lines);
        return paragraphs(lines);
    }

    /** The lines as PDFBox's stripper groups them, with their boxes. */
    static List<Line> lines(PDDocument doc, PdfBudget budget) throws IOException {
        List<Line> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private final List<String> words = new ArrayList<>();
            private final List<List<TextPosition>> wordGlyphs = new ArrayList<>();

            @Override
            protected void processTextPosition(TextPosition t) {
                budget.glyph();
                super.processTextPosition(t);
            }

            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                budget.operator();
                super.processOperator(operator, operands);
            }

            @Override
            public void processPage(PDPage page) throws IOException {
                budget.checkContent(page);
                super.processPage(page);
            }

            @Override
            protected void writeString(String word, List<TextPosition> positions) {
                if (word.isBlank() || positions.isEmpty()) return;
                // the stripper joins a margin number drawn after the line into its last word
                // (no gap going backwards): split where the glyphs jump back or far ahead
                List<TextPosition> chunk = new ArrayList<>();
                TextPosition prev = null;
                for (TextPosition t : positions) {
                    if (prev != null) {
                        float end = prev.getXDirAdj() + prev.getWidthDirAdj();
                        float em = Math.max(1f, prev.getFontSizeInPt());
                        if (t.getXDirAdj() < end - em || t.getXDirAdj() > end + em) {
                            addWord(chunk);
                            chunk = new ArrayList<>();
                        }
                    }
                    chunk.add(t);
                    prev = t;
                }
                addWord(chunk);
            }

            private void addWord(List<TextPosition> chunk) {
                StringBuilder w = new StringBuilder();
                for (TextPosition t : chunk) w.append(PdfGlyphText.unligated(t.getUnicode()));
                if (w.toString().isBlank()) return;
                words.add(w.toString().strip());
                wordGlyphs.add(chunk);
            }

            @Override
            protected void writeLineSeparator() {
                endLine();
            }

            @Override
            protected void writeParagraphEnd() {
                endLine();
            }

            @Override
            protected void writePageEnd() {
                endLine();
            }

            private void endLine() {
                withoutMarginNumbers(words, wordGlyphs);
                withoutNoteCalls(words, wordGlyphs);
                List<TextPosition> glyphs = new ArrayList<>();
                wordGlyphs.forEach(glyphs::addAll);
                if (!glyphs.isEmpty()) {
                    float x0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, top = Float.MAX_VALUE, bottom = -Float.MAX_VALUE;
                    Map<Float, Integer> sizes = new HashMap<>();
                    int bold = 0;
                    for (TextPosition t : glyphs) {
                        x0 = Math.min(x0, t.getXDirAdj());
                        x1 = Math.max(x1, t.getXDirAdj() + t.getWidthDirAdj());
                        top = Math.min(top, t.getYDirAdj() - t.getHeightDir());
                        bottom = Math.max(bottom, t.getYDirAdj());
                        sizes.merge((float) Math.round(t.getFontSizeInPt() * 2) / 2, 1, Integer::sum);
                        if (isBold(t)) bold++;
                    }
                    float size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
                    out.add(new Line(getCurrentPageNo() - 1, String.join(" ", words), x0, x1, top, bottom, size,
                            bold * 2 > glyphs.size(), getCurrentPage().getMediaBox().getHeight()));
                }
                words.clear();
                wordGlyphs.clear();
            }
        };
        stripper.setSortByPosition(false);
        stripper.setSuppressDuplicateOverlappingText(true);
        stripper.setEndPage(PdfBudget.MAX_PAGES);
        stripper.writeText(doc, new StringWriter());
        return out;
    }

    /**
     * Drops line numbers the stripper put into a line because they share its baseline: a word
     * of digits alone that stands more than an em outside the span of the line's other words.
     */
    static void withoutMarginNumbers(List<String> words, List<List<TextPosition>> glyphs) {
        if (words.size() < 2) return;
        for (int i = words.size() - 1; i >= 0; i--) {
            if (!words.get(i).matches("\\d{1,4}")) continue;
            float x0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE;
            for (int j = 0; j < words.size(); j++) {
                if (j == i) continue;
                for (TextPosition t : glyphs.get(j)) {
                    x0 = Math.min(x0, t.getXDirAdj());
                    x1 = Math.max(x1, t.getXDirAdj() + t.getWidthDirAdj());
                }
            }
            List<TextPosition> g = glyphs.get(i);
            float em = Math.max(1f, g.get(0).getFontSizeInPt());
            float start = g.get(0).getXDirAdj();
            float end = g.get(g.size() - 1).getXDirAdj() + g.get(g.size() - 1).getWidthDirAdj();
            if (end < x0 - em || start > x1 + em) {
                words.remove(i);
                glyphs.remove(i);
            }
        }
    }

    /**
     * Drops footnote and endnote calls: digits (or *, †, ‡) set smaller than the line's text and
     * raised above its baseline, as word processors and typesetters draw a note's number
     * ("settlement.¹ Then"). The note itself, at the foot of the page, is dropped with the page
     * furniture or stands as a short paragraph of its own; its number in the text would otherwise
     * be read as part of the word before it.
     */
    static void withoutNoteCalls(List<String> words, List<List<TextPosition>> glyphs) {
        Map<Float, Integer> sizes = new HashMap<>();
        Map<Float, Integer> baselines = new HashMap<>();
        for (List<TextPosition> word : glyphs)
            for (TextPosition t : word) {
                sizes.merge((float) Math.round(t.getFontSizeInPt() * 2) / 2, 1, Integer::sum);
                baselines.merge((float) Math.round(t.getYDirAdj() * 2) / 2, 1, Integer::sum);
            }
        if (sizes.isEmpty()) return;
        float size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        float baseline = baselines.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        for (int i = words.size() - 1; i >= 0; i--) {
            List<TextPosition> word = glyphs.get(i);
            List<TextPosition> kept = new ArrayList<>(word.size());
            for (TextPosition t : word) {
                boolean noteCall = NOTE_CALL.matcher(t.getUnicode() == null ? "" : t.getUnicode()).matches()
                        && t.getFontSizeInPt() <= size * 0.8f && baseline - t.getYDirAdj() >= size * 0.15f;
                if (!noteCall) kept.add(t);
            }
            if (kept.size() == word.size()) continue;
            StringBuilder w = new StringBuilder();
            for (TextPosition t : kept) w.append(PdfGlyphText.unligated(t.getUnicode()));
            if (w.toString().isBlank()) {
                words.remove(i);
                glyphs.remove(i);
            } else {
                words.set(i, w.toString().strip());
                glyphs.set(i, kept);
            }
        }
    }

    private static final Pattern NOTE_CALL = Pattern.compile("[0-9*\u2020\u2021\u00B9\u00B2\u00B3\u2070-\u2079]");

    private static boolean isBold(TextPosition t) {
        if (t.getFont() == null) return false;
        String name = t.getFont().getName() == null ? "" : t.getFont().getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy")) return true;
        var descriptor = t.getFont().getFontDescriptor();
        return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
    }

    /**
     * Without running headers and footers (a line in the top or bottom margin that repeats, digits
     * aside, on other pages; or that is only a page number or an address), page numbers and line
     * numbers (a line that is only a number; a number set apart at either end of a line), and
     * footnotes.
     */
    static List<Line> withoutPageFurniture(List<Line> lines) {
        float body = lines.isEmpty() ? 0 : bodySize(lines);
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        for (Line l : lines) if (inMargin(l)) pagesOf.computeIfAbsent(key(l.text()), k -> new HashSet<>()).add(l.page());
        int pages = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).page() + 1;
        Map<Integer, List<Line>> onPage = new HashMap<>();
        for (Line l : lines) onPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l);
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            String key = key(l.text());
            if (isFootnote(l, body, onPage.get(l.page()))) continue;
            if (PAGE_NUMBER.matcher(key).matches() && !endsParagraph(out.isEmpty() ? null : out.get(out.size() - 1), l))
                continue;
            if (inMargin(l) && (pagesOf.get(key).size() >= Math.max(2, (pages + 2) / 3) || URL.matcher(l.text()).matches()
                    || l.size() < body * 0.9f && l.text().split(" ").length <= 12
                    || l.text().split(" ").length <= 12 && apart(l, body, onPage.get(l.page()))))
                continue;
            out.add(l);
        }
        return out;
    }

    /**
     * Small print at the foot of a page, below all of the text of its column and set apart from
     * it by more than a line: the footnotes (their calls in the text are dropped as well, see
     * {@link #withoutNoteCalls}). Read as text, a note would split the paragraph that runs on
     * to the next column or page.
     */
    private static boolean isFootnote(Line l, float body, List<Line> page) {
        if (l.size() >= body * 0.9f) return false;
        float textBottom = Float.NaN;
        for (Line o : page) // the text of the same column: notes stand under their column
            if (o.size() >= body * 0.9f && o.x0() < l.x1() && l.x0() < o.x1() && !inMargin(o)
                    && !PAGE_NUMBER.matcher(key(o.text())).matches())
                textBottom = Float.isNaN(textBottom) ? o.bottom() : Math.max(textBottom, o.bottom());
        return !Float.isNaN(textBottom) && l.top() - textBottom > body;
    }

    /**
     * A short line in the top or bottom margin with no other line within two lines of it: a
     * running header or footer even on a page where it does not repeat (a two-page article whose
     * first page has none).
     */
    private static boolean apart(Line l, float body, List<Line> page) {
        for (Line o : page) {
            if (o == l || o.bottom() >= l.top() && o.top() <= l.bottom()) continue; // itself, or beside it on its row
            float gap = o.top() > l.bottom() ? o.top() - l.bottom() : l.top() - o.bottom();
            if (gap < 2 * body) return false;
        }
        return true;
    }

    /**
     * A line that is only a number ("2024.") yet the last line of the paragraph above it: in the
     * text block, right under a line that does not end a sentence, starting where that line starts.
     * A page or line number stands in the margin, or apart from the text's left edge.
     */
    private static boolean endsParagraph(Line prev, Line l) {
        if (prev == null || inMargin(l) || prev.page() != l.page() || TERMINAL.matcher(prev.text()).find()) return false;
        float em = Math.max(1f, prev.size());
        return Math.abs(l.x0() - prev.x0()) < em && l.top() >= prev.top() && l.top() - prev.bottom() < 2 * em;
    }

    private static boolean inMargin(Line l) {
        return l.top() < l.pageHeight() * MARGIN_BAND || l.bottom() > l.pageHeight() * (1 - MARGIN_BAND);
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }

    /** Lines into typed paragraphs. */
    static Result paragraphs(List<Line> lines) {
        ExtractedText text = new ExtractedText();
        if (lines.isEmpty()) return new Result(text, null, null);
        float body = bodySize(lines);
        float leading = bodyLeading(lines, body);
        float[][] edges = columnEdges(lines);
        boolean indents = usesIndents(lines, edges, body, leading);
        List<List<Line>> paras = new ArrayList<>();
        List<Integer> paraFirst = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!current.isEmpty() && startsParagraph(lines.get(i - 1), l, edges[i - 1], edges[i], body, leading, indents)) {
                paras.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) paraFirst.add(i);
            current.add(l);
        }
        paras.add(current);

        // heading sizes, largest first: the largest on the first page, standing alone at its top, is the title
        TreeMap<Float, Integer> headingSizes = new TreeMap<>();
        String title = null;
        String author = null;
        int listGroup = 0;
        int quoteGroup = 0;
        BlockKind last = null;
        for (List<Line> p : paras) if (isLarger(p, body)) headingSizes.put(p.get(0).size(), 0);
        int rank = 0;
        for (Float s : headingSizes.descendingKeySet()) headingSizes.put(s, rank++);
        for (int k = 0; k < paras.size(); k++) {
            List<Line> p = paras.get(k);
            int first = paraFirst.get(k);
            float[] edge = edges[first];
            String joined = join(p);
            if (title != null && author == null && text.blocks().isEmpty() && isAuthorLine(p, joined, paras, body)) {
                author = Byline.clean(joined);
                continue;
            }
            BlockKind kind;
            int level = 0;
            int group = 0;
            if (isLarger(p, body) && p.size() <= 3) {
                if (title == null && text.blocks().isEmpty() && p.get(0).page() == 0 && headingSizes.get(p.get(0).size()) == 0) {
                    title = joined;
                    continue;
                }
                kind = BlockKind.HEADING;
                level = Math.min(6, 2 + Math.max(0, headingSizes.get(p.get(0).size()) - (title == null ? 0 : 1)));
            } else if (p.size() <= 2 && p.stream().allMatch(Line::bold) && !TERMINAL.matcher(joined).find()
                    && joined.split(" ").length <= 15) {
                kind = BlockKind.HEADING;
                level = Math.min(6, 2 + headingSizes.size() - (title == null ? 0 : 1));
            } else if (PdfLists.startsWithMarker(p.get(0).text())) {
                kind = BlockKind.LIST_ITEM;
                level = 1;
                if (last != BlockKind.LIST_ITEM) listGroup = text.newGroup();
                group = listGroup;
                joined = PdfLists.stripMarker(joined);
            } else if (isIndentedBothSides(p, edge, body)) {
                kind = BlockKind.QUOTE;
                if (last != BlockKind.QUOTE) quoteGroup = text.newGroup();
                group = quoteGroup;
            } else if (p.get(0).size() <= body * 0.88f) {
                kind = BlockKind.CAPTION;
            } else {
                kind = BlockKind.PARAGRAPH;
            }
            text.add(joined, kind, level, group);
            last = kind;
        }
        return new Result(text, title, author);
    }

    /**
     * The author's name printed alone under the title, centred on the page as typesetters set it
     * (troff's .AU, LaTeX's \\author): one short line of names, no sentence, with the text of the
     * page wider than it on both sides.
     */
    private static boolean isAuthorLine(List<Line> p, String joined, List<List<Line>> paras, float body) {
        if (p.size() != 1 || p.get(0).page() != 0 || TERMINAL.matcher(joined).find() || joined.split(" ").length > 6)
            return false;
        Line l = p.get(0);
        float left = Float.MAX_VALUE, right = -Float.MAX_VALUE;
        for (List<Line> q : paras) for (Line o : q) if (o.page() == 0) {
            left = Math.min(left, o.x0());
            right = Math.max(right, o.x1());
        }
        float em = Math.max(1f, body);
        boolean centred = Math.abs((l.x0() + l.x1()) / 2 - (left + right) / 2) < em && l.x0() > left + 4 * em;
        return centred && Byline.clean(joined) != null;
    }

    private static boolean isLarger(List<Line> p, float body) {
        return p.get(0).size() >= body * 1.15f;
    }

    private static boolean isIndentedBothSides(List<Line> p, float[] edge, float body) {
        if (p.size() < 2) return false;
        float em = body;
        for (int i = 0; i < p.size(); i++) {
            Line l = p.get(i);
            if (l.x0() < edge[0] + 1.5f * em) return false;
            if (i < p.size() - 1 && l.x1() > edge[1] - 1.5f * em) return false;
        }
        return true;
    }

    private static String join(List<Line> p) {
        LineJoiner j = new LineJoiner();
        for (Line l : p) j.add(l.text());
        return j.toString();
    }

    /**
     * Whether {@code l} starts a new paragraph after {@code prev}. Within a column: a gap wider
     * than the body's leading, a first-line indent, a change of size or weight, a list marker, or
     * a previous line that ended short after closing punctuation. Across a column or page break
     * the same, except for the gap, which there says nothing.
     */
    private static boolean startsParagraph(Line prev, Line l, float[] prevEdge, float[] edge, float body, float leading,
                                           boolean indents) {
        float em = Math.max(1f, Math.min(prev.size(), l.size()));
        if (Math.abs(prev.size() - l.size()) > 0.1f * Math.max(prev.size(), l.size())) return true;
        if (prev.bold() != l.bold() && (prev.size() > body * 1.05f || l.size() > body * 1.05f || isShort(prev, prevEdge, em)
                || isShort(l, edge, em))) return true;
        if (PdfLists.startsWithMarker(l.text())) return true;
        boolean sameColumn = l.page() == prev.page() && l.top() > prev.top() + 0.3f * em && l.overlapsHorizontally(prev);
        if (nextWordWouldHaveFit(prev, l, prevEdge, em)) return true;
        boolean indented = l.x0() > edge[0] + 0.8f * em && l.x0() > prev.x0() + 0.8f * em;
        if (indented) return true;
        if (sameColumn) {
            float gap = l.top() - prev.top();
            float expected = leading * (l.size() / body);
            return gap > expected * 1.35f;
        }
        // Across a break, where paragraphs are set apart by space rather than indents, nothing
        // shows the space; a line that ends a sentence ends the paragraph far more often than not.
        return !indents && TERMINAL.matcher(prev.text()).find() && !Character.isLowerCase(l.text().codePointAt(0));
    }

    /**
     * Whether the document starts its paragraphs with a first-line indent (then a column break
     * after a sentence's end does not end the paragraph) rather than with space between them.
     */
    private static boolean usesIndents(List<Line> lines, float[][] edges, float body, float leading) {
        int indented = 0, spaced = 0;
        for (int i = 1; i < lines.size(); i++) {
            Line a = lines.get(i - 1), b = lines.get(i);
            if (a.page() != b.page() || b.top() <= a.top() || !a.overlapsHorizontally(b) || a.size() != body || b.size() != body)
                continue;
            if (b.x0() > edges[i][0] + 0.8f * body && b.x0() > a.x0() + 0.8f * body) indented++;
            else if (b.top() - a.top() > leading * 1.35f) spaced++;
        }
        return indented > spaced;
    }

    /**
     * The classic test for a paragraph's last line: the next line's first word would have fitted
     * in the room left at its end, so the typesetter broke the line on purpose.
     */
    private static boolean nextWordWouldHaveFit(Line prev, Line l, float[] prevEdge, float em) {
        String first = l.text().split(" ", 2)[0];
        float charWidth = (l.x1() - l.x0()) / Math.max(1, l.text().length());
        float room = prevEdge[1] - prev.x1();
        return room > (first.length() + 1) * charWidth * 1.1f + 0.5f * em;
    }

    private static boolean isShort(Line l, float[] edge, float em) {
        float width = edge[1] - edge[0];
        return l.x1() < edge[1] - Math.max(3 * em, 0.15f * width);
    }

    /** The size most characters are set in. */
    private static float bodySize(List<Line> lines) {
        Map<Float, Integer> chars = new HashMap<>();
        for (Line l : lines) chars.merge(l.size(), l.text().length(), Integer::sum);
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    }

    /** The most common distance from one body line's top to the next one's in the same column. */
    private static float bodyLeading(List<Line> lines, float body) {
        Map<Integer, Integer> gaps = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            Line a = lines.get(i - 1), b = lines.get(i);
            if (a.page() != b.page() || a.size() != body || b.size() != body || !a.overlapsHorizontally(b)) continue;
            float gap = b.top() - a.top();
            if (gap > 0.5f * body && gap < 3 * body) gaps.merge(Math.round(gap * 4), 1, Integer::sum);
        }
        return gaps.isEmpty() ? body * 1.2f : gaps.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey() / 4f;
    }

    /**
     * Each line's column: the leftmost start and rightmost end of the lines on its page that
     * overlap it horizontally. Two columns keep apart; a full-width title spans both.
     */
    private static float[][] columnEdges(List<Line> lines) {
        float[][] edges = new float[lines.size()][];
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            while (end < lines.size() && lines.get(end).page() == lines.get(start).page()) end++;
            boolean pairwise = end - start <= PAIRWISE_LINES;
            float pageLeft = Float.MAX_VALUE, pageRight = -Float.MAX_VALUE;
            for (int i = start; i < end; i++) {
                pageLeft = Math.min(pageLeft, lines.get(i).x0());
                pageRight = Math.max(pageRight, lines.get(i).x1());
            }
            for (int i = start; i < end; i++) {
                Line l = lines.get(i);
                if (!pairwise) {
                    edges[i] = new float[] {pageLeft, pageRight};
                    continue;
                }
                float left = l.x0(), right = l.x1();
                for (int j = start; j < end; j++) {
                    Line o = lines.get(j);
                    if (o.size() < l.size() * 0.8f || o.size() > l.size() * 1.25f || !o.overlapsHorizontally(l)) continue;
                    left = Math.min(left, o.x0());
                    right = Math.max(right, o.x1());
                }
                edges[i] = new float[] {left, right};
            }
            start = end;
        }
        return edges;
    }
}

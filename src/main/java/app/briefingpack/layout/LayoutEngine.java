package app.briefingpack.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a {@link DocumentSpec} out on pages: line breaking, headings kept with what follows,
 * no orphan or widow lines, margin notes beside their paragraph (pushed down, never overlapping),
 * tables whose rows never split, running header and "Page n of m" footer.
 *
 * <p>Positions here are measured from the top of the page ({@code y} grows downwards) and turned
 * into PDF user space (origin bottom left) only when a frame is made.
 *
 * <p>Longer than 400 lines because page state (the cursor, the note column, keep-with-next and
 * widow checks) is shared by every block kind; split, each part would reach into the others'.
 */
public final class LayoutEngine {

    private static final float CELL_PAD = 4f;
    private static final float NOTE_LEADING = 1.3f;

    private final Theme theme;
    private final DocumentLayout layout;
    private final Paper paper;

    public LayoutEngine(Theme theme, DocumentLayout layout, Paper paper) {
        this.theme = theme;
        this.layout = layout;
        this.paper = paper;
    }

    public LaidOutDocument layout(DocumentSpec spec) {
        return new Pass(spec).go();
    }

    /** The width of the text column in points: figures wider than this are scaled down to it. */
    public float columnWidth() {
        return new Pass(new DocumentSpec("measure", "en", List.of(), null)).textW;
    }

    /**
     * How tall {@code blocks} are when laid out in a column {@code width} points wide, part-way
     * down a page as they would sit in a document (space before a heading included) and on a page
     * long enough never to break: what a document builder weighs when it shares sections between
     * two {@link Columns}. The engine measures; no builder keeps a copy of its sizes.
     */
    public float height(List<Block> blocks, float width, String lang) {
        return new Pass(new DocumentSpec("measure", lang, List.of(), null)).measure(blocks, width);
    }

    /** The width of each of two {@link Columns} side by side in a text column {@code width} points wide. */
    public float halfWidth(float width) {
        return (width - columnGap()) / 2;
    }

    private float columnGap() { return Math.max(theme.bodySize() * 1.5f, 12f); }

    /** The state of one layout pass. */
    private final class Pass {
        private final DocumentSpec spec;
        private final List<String> warnings = new ArrayList<>();
        private final InlineSetter setter;
        private final List<PageFrames> pages = new ArrayList<>();
        private final Map<Integer, Float> noteBottoms = new HashMap<>();
        private final List<LaidOutDocument.Bookmark> bookmarks = new ArrayList<>();
        private final StructNode root = new StructNode("Document", false);

        private final float pageW = paper.width();
        private final float pageH = paper.height();
        private final float top = layout.margins().top();
        // Not final: a measuring pass lays out on a page that never ends.
        private float bottom = pageH - layout.margins().bottom();
        private final boolean notesInMargin;
        private final float numberGutter;
        // Not final: a Columns block narrows them while it lays out each column.
        private float textX;
        private float textW;
        private final float noteX;
        private final float noteW;
        private final float bodyLine = theme.bodySize() * theme.leading();

        private int page = -1;
        private float y;
        private int lineCounter;
        private int lastHeadingLevel;
        private boolean pageHasContent;

        Pass(DocumentSpec spec) {
            this.spec = spec;
            this.setter = new InlineSetter(theme, spec.lang(), warnings);
            notesInMargin = theme.marginNotes() && layout.noteColumn() > 0;
            numberGutter = layout.lineNumbers() > 0
                    ? FontLibrary.width(numberFace(), "000", theme.numberSize()) + 10 : 0;
            textX = layout.margins().left();
            float available = pageW - layout.margins().left() - layout.margins().right() - numberGutter
                    - (notesInMargin ? layout.noteGap() + layout.noteColumn() : 0);
            textW = layout.maxMeasure() > 0 ? Math.min(available, layout.maxMeasure() * theme.bodySize()) : available;
            noteX = textX + textW + numberGutter + layout.noteGap();
            noteW = notesInMargin ? layout.noteColumn() : 0;
            if (textW < theme.bodySize() * 10)
                throw new IllegalArgumentException("layout '" + layout.name() + "': the margins leave no room for text");
        }

        LaidOutDocument go() {
            newPage();
            blocks(spec.blocks());
            runningHeadAndFoot();
            return new LaidOutDocument(spec, theme, pages, root, bookmarks, warnings);
        }

        float measure(List<Block> blocks, float width) {
            newPage();
            bottom = top + 1e7f;
            pageHasContent = true;
            lastHeadingLevel = 6; // mid-document: headings keep their own level
            textW = width;
            float start = y;
            blocks(blocks);
            return y - start;
        }

        private void blocks(List<Block> blocks) {
            for (int i = 0; i < blocks.size(); i++) {
                Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                Block b = blocks.get(i);
                if (b instanceof Heading h) heading(h, next);
                else if (b instanceof TextParagraph p) paragraph(p);
                else if (b instanceof ListBlock l) list(l);
                else if (b instanceof Table t) table(t);
                else if (b instanceof Figure f) figure(f);
                else if (b instanceof Rule) rule();
                else if (b instanceof Columns c) columns(c);
                else if (b instanceof PageBreak && pageHasContent) newPage();
            }
        }

        /**
         * Two columns from the current position: the left one laid out in the left half, then the
         * right one from the same starting point in the right half; a column that runs past the
         * page continues in its own half of the next page. Afterwards the text continues below
         * whichever column ended lower.
         */
        private void columns(Columns c) {
            float x = textX, w = textW;
            float gap = columnGap();
            float colW = halfWidth(w);
            int startPage = page;
            float startY = y;
            boolean hadContent = pageHasContent;
            textX = x;
            textW = colW;
            blocks(c.left());
            int leftPage = page;
            float leftY = y;
            page = startPage;
            y = startY;
            pageHasContent = hadContent;
            textX = x + colW + gap;
            blocks(c.right());
            int rightPage = page;
            float rightY = y;
            textX = x;
            textW = w;
            if (leftPage > rightPage || (leftPage == rightPage && leftY > rightY)) {
                page = leftPage;
                y = leftY;
            } else {
                page = rightPage;
                y = rightY;
            }
            pageHasContent = true;
        }

        // ---- pages -------------------------------------------------------------------------

        private void newPage() {
            page++;
            while (pages.size() <= page) pages.add(new PageFrames(pageW, pageH));
            y = top;
            pageHasContent = false;
        }

        private PageFrames current() { return pages.get(page); }

        private boolean fits(float height) { return y + height <= bottom + 0.01f; }

        private void ensure(float height) {
            if (!fits(height) && pageHasContent) newPage();
        }

        private void space(float s) {
            if (pageHasContent) y += s;
        }

        // ---- blocks ------------------------------------------------------------------------

        private void heading(Heading h, Block next) {
            // PDF/UA: the first heading is H1 and levels never skip on the way down (H2 -> H4).
            int level = Math.min(h.level(), lastHeadingLevel + 1);
            lastHeadingLevel = level;
            float size = theme.headingSize(level);
            TextStyle style = new TextStyle(theme.headingFamily().face(true, false), size,
                    level <= 2 ? theme.colours().accent() : theme.colours().text());
            StructNode node = root.add("H" + level);
            List<LineBreaker.Line> lines = LineBreaker.breakLines(setter.words(h.runs(), style, node), textW);
            float lh = size * 1.25f;
            space(size * (level == 1 ? 0.5f : 0.9f));
            float after = size * 0.45f;
            // Keep with next: the heading plus two lines of what follows must fit.
            float keep = next instanceof Table || next instanceof Figure ? 4 * bodyLine : 2 * bodyLine;
            ensure(lines.size() * lh + after + (next == null ? 0 : keep));
            bookmarks.add(new LaidOutDocument.Bookmark(level, h.text().strip(), page, pageH - y));
            for (LineBreaker.Line line : lines) placeLine(line, textX, lh, style);
            y += after;
        }

        private TextStyle paragraphStyle(ParagraphStyle ps) {
            int text = theme.colours().text();
            return switch (ps) {
                case BODY, QUOTE -> new TextStyle(theme.bodyFamily().face(false, false), theme.bodySize(), text);
                case BYLINE -> new TextStyle(theme.noteFamily().face(false, false), theme.bodySize(), theme.colours().muted());
                case CALLOUT -> new TextStyle(theme.noteFamily().face(false, false),
                        Math.max(theme.noteSize(), theme.bodySize() * 0.9f), text);
                case CAPTION -> new TextStyle(theme.noteFamily().face(false, false), theme.noteSize(), theme.colours().muted());
                case SMALL -> new TextStyle(theme.noteFamily().face(false, false), theme.noteSize(), text);
            };
        }

        private void paragraph(TextParagraph p) {
            TextStyle style = paragraphStyle(p.style());
            StructNode node = root.add(p.style() == ParagraphStyle.QUOTE ? "BlockQuote" : "P");
            if (p.id() != null) node.id(p.id());
            boolean callout = p.style() == ParagraphStyle.CALLOUT || p.style() == ParagraphStyle.QUOTE;
            float indent = callout ? style.size() : 0;
            float lh = style.size() * theme.leading();
            List<LineBreaker.Line> lines = LineBreaker.breakLines(setter.words(p.runs(), style, node), textW - indent);
            if (callout) space(lh * 0.4f);
            int firstPage = -1;
            float firstTop = 0;
            Piece label = null;
            if (p.label() != null && layout.paragraphNumbers()) {
                TextStyle ls = new TextStyle(theme.numberFamily().face(true, false),
                        Math.max(theme.minimumSize(), Math.min(theme.bodySize(), theme.numberSize() * 1.15f)),
                        theme.colours().accent());
                label = Piece.of(p.label() + " ", ls, node, null);
            }
            int i = 0;
            while (i < lines.size()) {
                int n = placeableLines(lines.size() - i, lh, i == 0);
                if (n == 0) {
                    newPage();
                    continue;
                }
                float blockTop = y;
                for (int k = 0; k < n; k++, i++) {
                    if (i == 0) {
                        firstPage = page;
                        firstTop = y;
                        if (label != null) {
                            float baseline = baseline(y, lh, style);
                            float lw = FontLibrary.width(label.style().face(), p.label(), label.style().size());
                            addText(label, textX - 8 - lw, baseline);
                        }
                    }
                    float baseline = placeLine(lines.get(i), textX + indent, lh, style);
                    if (p.lineNumbered()) lineNumber(baseline);
                }
                if (callout) bar(textX + 2, blockTop, y);
                if (i < lines.size()) newPage();
            }
            if (lines.isEmpty()) { firstPage = page; firstTop = y; }
            y += theme.paragraphSpacing() * bodyLine + (callout ? lh * 0.4f : 0);
            // Notes start with their first baseline on the paragraph's first baseline.
            float firstBaselineTop = firstTop + (pageH - baseline(0, lh, style));
            for (MarginNote note : p.notes()) note(note, firstPage, firstBaselineTop);
        }

        /**
         * How many of the remaining {@code left} lines to put on this page: all if they fit, else
         * as many as fit while leaving at least two lines on each side (no orphans, no widows);
         * 0 means "start a new page first".
         */
        private int placeableLines(int left, float lh, boolean first) {
            int room = (int) Math.floor((bottom - y + 0.01f) / lh);
            if (room >= left) return left;
            if (!pageHasContent) return Math.max(1, Math.min(room, left)); // an empty page must take something
            if (left <= 3) return first ? 0 : Math.max(0, room >= left - 2 ? left - 2 : 0);
            int n = Math.min(room, left - 2);
            if (first && n < 2) return 0;
            return Math.max(n, 0);
        }

        private void lineNumber(float baseline) {
            if (layout.lineNumbers() <= 0) return;
            lineCounter++;
            if (lineCounter % layout.lineNumbers() != 0) return;
            TextStyle s = new TextStyle(numberFace(), theme.numberSize(), theme.colours().muted());
            String t = Integer.toString(lineCounter);
            current().add(new Frame.Text(textX + textW + 8, baseline, t, s.face(), s.size(), s.colour(),
                    FontLibrary.width(s.face(), t, s.size()), null, null));
        }

        private FontFace numberFace() { return theme.numberFamily().face(false, false); }

        private void bar(float x, float fromTop, float toTop) {
            current().add(new Frame.Stroke(x, pageH - fromTop, x, pageH - toTop, 2f, theme.colours().accent()));
        }

        private void note(MarginNote note, int atPage, float atBaseline) {
            StructNode node = root.add("Note").id(note.id());
            TextStyle style = new TextStyle(theme.noteFamily().face(false, false), theme.noteSize(), theme.colours().text());
            if (!notesInMargin) {
                // Inline: right after the paragraph, indented, with a bar.
                float indent = theme.bodySize() * 1.5f;
                float lh = style.size() * theme.leading();
                List<LineBreaker.Line> lines = LineBreaker.breakLines(setter.words(note.runs(), style, node), textW - indent);
                for (LineBreaker.Line line : lines) {
                    ensure(lh);
                    float t = y;
                    placeLine(line, textX + indent, lh, style);
                    bar(textX + indent * 0.5f, t, y);
                }
                y += theme.paragraphSpacing() * bodyLine;
                return;
            }
            float lh = style.size() * NOTE_LEADING;
            List<LineBreaker.Line> lines = LineBreaker.breakLines(setter.words(note.runs(), style, node), noteW);
            int p = atPage;
            float ny = Math.max(atBaseline - (pageH - baseline(0, lh, style)), noteBottoms.getOrDefault(p, top));
            // Move the whole note to the next page when it does not fit (a split note is hard to read).
            if (ny + lines.size() * lh > bottom && lines.size() * lh <= bottom - top) {
                p++;
                ny = noteBottoms.getOrDefault(p, top);
            }
            for (LineBreaker.Line line : lines) {
                if (ny + lh > bottom) {
                    p++;
                    ny = noteBottoms.getOrDefault(p, top);
                }
                while (pages.size() <= p) pages.add(new PageFrames(pageW, pageH));
                float base = baseline(ny, lh, style);
                float x = noteX;
                for (Piece piece : line.pieces()) {
                    pages.get(p).add(text(piece, x, base));
                    x += piece.width();
                }
                ny += lh;
            }
            noteBottoms.put(p, ny + lh * 0.6f);
        }

        private void list(ListBlock l) {
            StructNode list = root.add("L").listNumbering(l.ordered() ? "Decimal" : "Disc");
            TextStyle style = paragraphStyle(ParagraphStyle.BODY);
            float lh = style.size() * theme.leading();
            String widest = l.ordered() ? l.items().size() + "." : "\u2022";
            float hang = FontLibrary.width(style.face(), widest, style.size()) + style.size() * 0.8f;
            int n = 0;
            for (ListBlock.ListItem item : l.items()) {
                n++;
                StructNode li = list.add("LI");
                StructNode lbl = li.add("Lbl");
                StructNode body = li.add("LBody");
                List<LineBreaker.Line> lines = LineBreaker.breakLines(setter.words(item.runs(), style, body), textW - hang);
                String mark = l.ordered() ? n + "." : "\u2022";
                boolean first = true;
                for (LineBreaker.Line line : lines) {
                    ensure(first && lines.size() > 1 ? 2 * lh : lh);
                    if (first) {
                        addText(Piece.of(mark + " ", style, lbl, null), textX, baseline(y, lh, style));
                        first = false;
                    }
                    placeLine(line, textX + hang, lh, style);
                }
                y += lh * 0.25f;
            }
            y += theme.paragraphSpacing() * bodyLine;
        }

        private void table(Table t) {
            StructNode table = root.add("Table");
            TextStyle style = paragraphStyle(ParagraphStyle.BODY);
            style = new TextStyle(style.face(), Math.max(theme.minimumSize(), Math.max(theme.noteSize(), style.size() * 0.9f)), style.colour());
            TextStyle headStyle = style.withFace(style.face().family().face(true, false));
            float lh = style.size() * 1.3f;
            int cols = t.columnCount();
            float[] widths = new float[cols];
            double total = t.columnWeights().isEmpty() ? cols : t.columnWeights().stream().mapToDouble(Double::doubleValue).sum();
            for (int c = 0; c < cols; c++)
                widths[c] = (float) (textW * (t.columnWeights().isEmpty() ? 1 : t.columnWeights().get(c)) / total);

            if (t.caption() != null) {
                StructNode cap = table.add("Caption");
                TextStyle cs = paragraphStyle(ParagraphStyle.CAPTION).withFace(theme.noteFamily().face(true, false));
                float clh = cs.size() * theme.leading();
                List<LineBreaker.Line> lines = LineBreaker.breakLines(setter.words(List.of(Run.plain(t.caption())), cs, cap), textW);
                ensure(lines.size() * clh + 3 * lh);
                for (LineBreaker.Line line : lines) placeLine(line, textX, clh, cs);
                y += clh * 0.25f;
            }
            List<List<List<LineBreaker.Line>>> headLines = new ArrayList<>();
            StructNode thead = t.header().isEmpty() ? null : table.add("THead");
            for (Table.Row row : t.header()) {
                StructNode tr = thead.add("TR");
                List<List<LineBreaker.Line>> cells = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    StructNode th = tr.add("TH").scope("Column");
                    cells.add(LineBreaker.breakLines(setter.words(row.cells().get(c), headStyle, th), widths[c] - 2 * CELL_PAD));
                }
                headLines.add(cells);
            }
            float headHeight = 0;
            for (List<List<LineBreaker.Line>> cells : headLines) headHeight += rowHeight(cells, lh);
            ensure(headHeight + (t.body().isEmpty() ? 0 : lh + 2 * CELL_PAD));
            for (List<List<LineBreaker.Line>> cells : headLines) row(cells, widths, lh, headStyle, false);
            if (!headLines.isEmpty()) rowRule(1f);
            StructNode tbody = t.body().isEmpty() ? null : table.add("TBody");
            for (Table.Row row : t.body()) {
                StructNode tr = tbody.add("TR");
                List<List<LineBreaker.Line>> cells = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    boolean rh = t.rowHeaders() && c == 0;
                    StructNode cell = tr.add(rh ? "TH" : "TD");
                    if (rh) cell.scope("Row");
                    cells.add(LineBreaker.breakLines(setter.words(row.cells().get(c), rh ? headStyle : style, cell), widths[c] - 2 * CELL_PAD));
                }
                float h = rowHeight(cells, lh);
                if (!fits(h) && pageHasContent) {
                    newPage();
                    // Repeat the column headers for the sighted reader; they are artifacts so a
                    // screen reader does not hear them twice.
                    for (List<List<LineBreaker.Line>> head : headLines) row(artifactCopy(head), widths, lh, headStyle, false);
                    if (!headLines.isEmpty()) rowRule(1f);
                }
                if (h > bottom - y) {
                    tallRow(cells, lh, style);
                } else {
                    row(cells, widths, lh, style, true);
                }
            }
            y += theme.paragraphSpacing() * bodyLine + lh * 0.5f;
        }

        private List<List<LineBreaker.Line>> artifactCopy(List<List<LineBreaker.Line>> cells) {
            List<List<LineBreaker.Line>> out = new ArrayList<>();
            for (List<LineBreaker.Line> cell : cells) {
                List<LineBreaker.Line> lines = new ArrayList<>();
                for (LineBreaker.Line line : cell) {
                    List<Piece> ps = new ArrayList<>();
                    for (Piece p : line.pieces()) ps.add(new Piece(p.text(), p.style(), null, null, p.width()));
                    lines.add(new LineBreaker.Line(ps, line.width()));
                }
                out.add(lines);
            }
            return out;
        }

        private float rowHeight(List<List<LineBreaker.Line>> cells, float lh) {
            int max = 1;
            for (List<LineBreaker.Line> c : cells) max = Math.max(max, c.size());
            return max * lh + 2 * CELL_PAD;
        }

        private void row(List<List<LineBreaker.Line>> cells, float[] widths, float lh, TextStyle style, boolean ruleAfter) {
            float rowTop = y;
            float x = textX;
            float h = rowHeight(cells, lh);
            for (int c = 0; c < cells.size(); c++) {
                y = rowTop + CELL_PAD;
                for (LineBreaker.Line line : cells.get(c)) placeLine(line, x + CELL_PAD, lh, style);
                x += widths[c];
            }
            y = rowTop + h;
            pageHasContent = true;
            if (ruleAfter) rowRule(0.5f);
        }

        /** A row taller than a page: its cells one after another, so nothing leaves the page. */
        private void tallRow(List<List<LineBreaker.Line>> cells, float lh, TextStyle style) {
            for (List<LineBreaker.Line> cell : cells) {
                for (LineBreaker.Line line : cell) {
                    ensure(lh);
                    placeLine(line, textX + CELL_PAD, lh, style);
                }
            }
            rowRule(0.5f);
        }

        private void rowRule(float width) {
            current().add(new Frame.Stroke(textX, pageH - y, textX + textW, pageH - y, width, theme.colours().rule()));
        }

        private void figure(Figure f) {
            float scale = Math.min(1f, textW / f.width());
            scale = Math.min(scale, (bottom - top) * 0.85f / f.height());
            float w = f.width() * scale, h = f.height() * scale;
            space(bodyLine * 0.5f);
            ensure(h + (f.caption() != null ? 2 * bodyLine : 0));
            StructNode node = root.add("Figure").alt(f.alt().strip());
            for (DrawOp op : f.ops()) {
                if (op instanceof DrawOp.Label l && l.size() * scale < theme.minimumSize() - 0.01f) {
                    warnings.add(String.format("figure labels are set at %.1f pt, below the theme's %.1f pt minimum;"
                            + " draw the figure narrower than %.0f pt or with larger labels", l.size() * scale,
                            theme.minimumSize(), textW));
                    break;
                }
            }
            float x = textX + (textW - w) / 2;
            float yBottom = pageH - (y + h);
            current().add(new Frame.Drawing(x, yBottom, w, h, scale, f.ops(), node));
            node.bbox(page, x, yBottom, x + w, yBottom + h);
            y += h + bodyLine * 0.3f;
            pageHasContent = true;
            if (f.caption() != null) paragraph(TextParagraph.of(ParagraphStyle.CAPTION, List.of(Run.plain(f.caption()))));
            else y += bodyLine * 0.5f;
        }

        private void rule() {
            space(bodyLine * 0.5f);
            ensure(bodyLine);
            rowRule(0.75f);
            y += bodyLine * 0.5f;
        }

        // ---- lines -------------------------------------------------------------------------

        private float baseline(float lineTop, float lh, TextStyle style) {
            float asc = FontLibrary.ascent(style.face()), desc = FontLibrary.descent(style.face());
            return pageH - (lineTop + lh / 2 + (asc - desc) / 2 * style.size());
        }

        /** Places a line at the current y and advances; returns its baseline in PDF space. */
        private float placeLine(LineBreaker.Line line, float x, float lh, TextStyle style) {
            float base = baseline(y, lh, style);
            for (Piece p : line.pieces()) {
                addText(p, x, base);
                x += p.width();
            }
            y += lh;
            pageHasContent = true;
            return base;
        }

        private void addText(Piece p, float x, float base) {
            current().add(text(p, x, base));
        }

        private Frame.Text text(Piece p, float x, float base) {
            return new Frame.Text(x, base, p.text(), p.style().face(), p.style().size(), p.style().colour(),
                    p.width(), p.owner(), p.url());
        }

        private void runningHeadAndFoot() {
            if (!layout.runningHeader()) return;
            TextStyle s = new TextStyle(numberFace(), Math.max(theme.minimumSize(), theme.numberSize()), theme.colours().muted());
            int n = pages.size();
            for (int i = 0; i < n; i++) {
                PageFrames pf = pages.get(i);
                if (i > 0 && spec.runningHeader() != null) {
                    String head = fitText(spec.runningHeader(), s, textW);
                    pf.add(new Frame.Text(textX, pageH - top + s.size() * 1.8f, head, s.face(), s.size(), s.colour(),
                            FontLibrary.width(s.face(), head, s.size()), null, null));
                }
                String foot = "Page " + (i + 1) + " of " + n;
                float fw = FontLibrary.width(s.face(), foot, s.size());
                float fy = Math.max(layout.margins().bottom() / 2, s.size() * 1.5f);
                pf.add(new Frame.Text(textX + (textW - fw) / 2, fy, foot, s.face(), s.size(), s.colour(), fw, null, null));
            }
        }

        /** The text, shortened with an ellipsis to fit the width (running headers are one line). */
        private String fitText(String t, TextStyle s, float width) {
            String clean = InlineSetter.normalise(t).strip();
            StringBuilder ok = new StringBuilder();
            for (int i = 0; i < clean.length(); ) {
                int cp = clean.codePointAt(i);
                if (!FontLibrary.hasGlyph(s.face(), cp)) cp = '?';
                ok.appendCodePoint(cp);
                i += Character.charCount(clean.codePointAt(i));
            }
            String r = ok.toString();
            if (FontLibrary.width(s.face(), r, s.size()) <= width) return r;
            while (r.length() > 1 && FontLibrary.width(s.face(), r + "\u2026", s.size()) > width) r = r.substring(0, r.length() - 1);
            return r.strip() + "\u2026";
        }
    }
}

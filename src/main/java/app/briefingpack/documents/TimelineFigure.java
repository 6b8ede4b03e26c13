package app.briefingpack.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import app.briefingpack.layout.Colours;
import app.briefingpack.layout.DrawOp;
import app.briefingpack.layout.Figure;
import app.briefingpack.layout.FontFace;
import app.briefingpack.layout.FontLibrary;
import app.briefingpack.layout.Theme;

/**
 * Draws a timeline as rows, one event a row: the date and what happened on the left, and on the
 * right a time track where the event is marked. A track is proportional when at least one event
 * has a calendar position: a known day is a dot, a month or a longer stretch ("second half of
 * 2003", "early 2004") a bar over the months it covers. Events with no calendar position (relative
 * dates like "in recent weeks", days whose year the article does not state) sit between their
 * neighbours in the order the article gives, drawn hollow so they read as approximate. When no
 * event has a position the track is simply the article's order.
 *
 * <p>Rows keep every label at a fixed readable size; a long timeline becomes several figures
 * (each with its own axis) rather than one figure scaled down below the minimum type size.
 */
public final class TimelineFigure {

    /**
     * One event as drawn: its date, a short label and, for a relative date, where it points in
     * months (NaN when unknown; see {@link EventDate#hint}).
     */
    public record Row(EventDate date, String label, double hint) {
        public Row(EventDate date, String label) { this(date, label, Double.NaN); }
    }

    private static final float PAD = 4f;
    private static final float GAP = 12f;

    private final Theme theme;
    private final float width;
    private final float size;
    private final float lh;
    private final int ink;
    private final int muted;
    private final int accent;
    private final int tint;
    private final int rule;

    /**
     * @param theme the theme (colours, minimum size)
     * @param width the column width the figure must not exceed
     */
    public TimelineFigure(Theme theme, float width) {
        this.theme = theme;
        this.width = width;
        this.size = Math.max(theme.minimumSize(), Math.max(theme.noteSize(), theme.bodySize() * 0.85f));
        this.lh = size * 1.3f;
        Colours c = theme.colours();
        this.ink = c.text();
        this.muted = c.muted();
        this.accent = c.accent();
        this.tint = blend(c.accent(), c.background(), 0.55);
        this.rule = c.rule();
    }

    /** The label size used (at least the theme's minimum). */
    public float labelSize() { return size; }

    /**
     * The figures for the rows: the first at most {@code firstHeight} tall, the others at most
     * {@code maxHeight} (a figure always takes at least one row). {@code altIntro} starts every
     * figure's alt text.
     */
    public List<Figure> draw(List<Row> rows, float firstHeight, float maxHeight, String altIntro) {
        Scale scale = Scale.of(rows);
        float trackW = Math.max(width * 0.36f, size * 12);
        float textW = width - trackW - GAP;
        List<List<String[]>> texts = new ArrayList<>();
        for (Row r : rows) texts.add(rowText(r, textW));

        List<Figure> out = new ArrayList<>();
        float head = headHeight();
        int from = 0;
        List<int[]> parts = new ArrayList<>();
        while (from < rows.size()) {
            float h = head;
            int to = from;
            float limit = parts.isEmpty() ? firstHeight : maxHeight;
            while (to < rows.size()) {
                float rh = rowHeight(texts.get(to));
                if (to > from && h + rh > limit) break;
                h += rh;
                to++;
            }
            parts.add(new int[] {from, to});
            from = to;
        }
        for (int p = 0; p < parts.size(); p++) {
            int a = parts.get(p)[0], b = parts.get(p)[1];
            List<DrawOp> ops = new ArrayList<>();
            float y = legend(ops);
            y = axis(ops, scale, textW + GAP, trackW, y);
            float gridTop = y;
            for (int i = a; i < b; i++) y = row(ops, rows.get(i), texts.get(i), scale.position(i), textW, trackW, y);
            grid(ops, scale, textW + GAP, trackW, gridTop, y);
            String alt = altIntro + (parts.size() > 1
                    ? String.format(Locale.ROOT, " Part %d of %d: events %d to %d.", p + 1, parts.size(), a + 1, b)
                    : "");
            out.add(new Figure(width, y + PAD, ops, alt, null));
        }
        return out;
    }

    // ---- text ------------------------------------------------------------------------------

    /**
     * The row's lines: the date in bold, then the whole label (a reader needs all of it; a long
     * one makes a taller row, and the figure continues on the next page sooner).
     */
    private List<String[]> rowText(Row r, float w) {
        List<String[]> lines = new ArrayList<>();
        for (String s : wrap(r.date().display(), FontFace.SANS_BOLD, w)) lines.add(new String[] {"b", s});
        if (r.label() != null && !r.label().isBlank())
            for (String s : wrap(r.label().strip(), FontFace.SANS, w)) lines.add(new String[] {"r", s});
        return lines;
    }

    /** Greedy word wrap, never cutting text off. */
    private List<String> wrap(String text, FontFace face, float w) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String candidate = line.length() == 0 ? words[i] : line + " " + words[i];
            if (FontLibrary.width(face, candidate, size) <= w || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            lines.add(line.toString());
            line.setLength(0);
            line.append(words[i]);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    private float rowHeight(List<String[]> lines) {
        return Math.max(1, lines.size()) * lh + 2 * PAD;
    }

    // ---- parts of the drawing ---------------------------------------------------------------

    /** The key: dot = a known day, bar = a month or longer, hollow = approximate. */
    private float legend(List<DrawOp> ops) {
        float y = size * 1.1f;
        float x = 0;
        String[] words = {"a known day", "a month or longer", "approximate: placed by the article\u2019s order"};
        float sym = size * 2.0f;
        for (int k = 0; k < words.length; k++) {
            float need = sym + FontLibrary.width(FontFace.SANS, words[k], size) + size * 1.5f;
            if (x > 0 && x + need > width) {
                x = 0;
                y += lh;
            }
            float cy = y - size * 0.35f;
            switch (k) {
                case 0 -> ops.add(new DrawOp.Circle(x + size * 0.5f, cy, size * 0.38f, accent, -1, 0));
                case 1 -> ops.add(new DrawOp.Rect(x, cy - size * 0.3f, size * 1.2f, size * 0.6f, tint, accent, 0.8f));
                default -> ops.add(new DrawOp.Circle(x + size * 0.5f, cy, size * 0.38f, theme.colours().background(), accent, 1.2f));
            }
            ops.add(new DrawOp.Label(x + sym, y, words[k], size, false, muted, DrawOp.Anchor.START));
            x += need;
        }
        return y + lh * 0.6f;
    }

    private float headHeight() {
        List<DrawOp> scratch = new ArrayList<>();
        return legend(scratch) + lh * 1.3f;
    }

    /** Tick labels over the track: years, or the article's order when nothing has a date. */
    private float axis(List<DrawOp> ops, Scale s, float x0, float w, float y) {
        float base = y + lh;
        if (!s.proportional()) {
            ops.add(new DrawOp.Label(x0, base, "earlier in the article", size, false, muted, DrawOp.Anchor.START));
            ops.add(new DrawOp.Label(x0 + w, base, "later", size, false, muted, DrawOp.Anchor.END));
        } else {
            // Years first, then the minor labels wherever they fit: never two labels overlapping.
            List<float[]> taken = new ArrayList<>();
            List<Tick> ticks = new ArrayList<>(s.ticks(w, size));
            ticks.sort(java.util.Comparator.comparing(t -> !t.major()));
            for (Tick t : ticks) {
                float x = x0 + (float) t.at() * w;
                float tw = FontLibrary.width(t.major() ? FontFace.SANS_BOLD : FontFace.SANS, t.text(), size);
                float left = Math.max(x0, Math.min(x - tw / 2, x0 + w - tw));
                float l = left - size * 0.4f, r = left + tw + size * 0.4f;
                if (taken.stream().anyMatch(o -> l < o[1] && o[0] < r)) continue;
                taken.add(new float[] {l, r});
                ops.add(new DrawOp.Label(left, base, t.text(), size, t.major(), t.major() ? ink : muted, DrawOp.Anchor.START));
            }
        }
        float bottom = base + size * 0.5f;
        ops.add(new DrawOp.Line(x0, bottom, x0 + w, bottom, 1f, rule));
        return bottom + PAD;
    }

    private void grid(List<DrawOp> ops, Scale s, float x0, float w, float top, float bottom) {
        if (!s.proportional()) return;
        for (Tick t : s.ticks(w, size)) {
            if (!t.major()) continue;
            float x = x0 + (float) t.at() * w;
            ops.add(0, new DrawOp.Line(x, top, x, bottom, 0.5f, rule)); // behind the marks
        }
    }

    private float row(List<DrawOp> ops, Row r, List<String[]> lines, double[] pos, float textW, float trackW, float y) {
        float top = y + PAD;
        float base = top + size * 0.95f;
        for (String[] l : lines) {
            boolean bold = l[0].equals("b");
            ops.add(new DrawOp.Label(0, base, l[1], size, bold, bold ? accent : ink, DrawOp.Anchor.START));
            base += lh;
        }
        float x0 = textW + GAP;
        float cy = top + lh * 0.45f;
        ops.add(new DrawOp.Line(x0, cy, x0 + trackW, cy, 0.5f, rule));
        float xs = x0 + (float) pos[0] * trackW, xe = x0 + (float) pos[1] * trackW;
        float radius = size * 0.38f;
        boolean hollow = !r.date().placed() || r.date().approximate();
        if (!r.date().placed() || r.date().precision().equals("day")) {
            float cx = (xs + xe) / 2;
            cx = Math.max(x0 + radius + 1, Math.min(x0 + trackW - radius - 1, cx));
            ops.add(hollow ? new DrawOp.Circle(cx, cy, radius, theme.colours().background(), accent, 1.4f)
                    : new DrawOp.Circle(cx, cy, radius, accent, -1, 0));
        } else {
            // A month on a long axis is still a (narrow) bar: the legend says bars are months or longer.
            float minW = size * 0.6f;
            if (xe - xs < minW) {
                float c = Math.max(x0 + minW / 2, Math.min(x0 + trackW - minW / 2, (xs + xe) / 2));
                xs = c - minW / 2;
                xe = c + minW / 2;
            }
            float h = size * 0.7f;
            ops.add(hollow ? new DrawOp.Rect(xs, cy - h / 2, xe - xs, h, theme.colours().background(), accent, 1.4f)
                    : new DrawOp.Rect(xs, cy - h / 2, xe - xs, h, tint, accent, 0.8f));
        }
        float bottom = y + rowHeight(lines);
        ops.add(new DrawOp.Line(0, bottom, width, bottom, 0.5f, rule));
        return bottom;
    }

    private static int blend(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return (r << 16) | (g << 8) | bl;
    }

    // ---- the time scale ----------------------------------------------------------------------

    /** A tick on the axis at a fraction of the track. */
    record Tick(double at, String text, boolean major) {}

    /**
     * Where each row's mark goes, as fractions [from, to] of the track. Proportional when any
     * event has a calendar position; the rest are placed between their neighbours in row order.
     */
    record Scale(boolean proportional, double lo, double hi, List<double[]> positions) {

        double[] position(int i) { return positions.get(i); }

        static Scale of(List<Row> rows) {
            int n = rows.size();
            List<double[]> pos = new ArrayList<>();
            double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
            for (Row r : rows) {
                if (r.date().placed()) {
                    lo = Math.min(lo, r.date().start());
                    hi = Math.max(hi, r.date().end());
                }
            }
            if (lo == Double.MAX_VALUE) {
                for (int i = 0; i < n; i++) {
                    double f = n == 1 ? 0.5 : 0.04 + 0.92 * i / (n - 1);
                    pos.add(new double[] {f, f});
                }
                return new Scale(false, 0, 1, pos);
            }
            lo = Math.floor(lo);
            hi = Math.ceil(hi);
            if (hi - lo < 3) { lo -= 1; hi += 1; } // a tiny span still gets a readable axis
            // Raw month positions; unplaced rows between their placed neighbours.
            double[] at = new double[n];
            for (int i = 0; i < n; i++) at[i] = rows.get(i).date().placed() ? rows.get(i).date().start() : Double.NaN;
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(at[i])) continue;
                int p = i - 1, q = i + 1;
                while (p >= 0 && !rows.get(p).date().placed()) p--;
                while (q < n && !rows.get(q).date().placed()) q++;
                double before = p >= 0 ? rows.get(p).date().end() : lo;
                double after = q < n ? rows.get(q).date().start() : hi;
                int gaps = (q - p);
                double f = (double) (i - p) / gaps;
                at[i] = after >= before ? before + (after - before) * f : before;
                double hint = rows.get(i).hint();
                // A relative date that points somewhere ("before March 2005") goes there, but never
                // out of the article's order.
                if (!Double.isNaN(hint) && after >= before) at[i] = Math.max(before, Math.min(after, hint));
            }
            double span = hi - lo;
            for (int i = 0; i < n; i++) {
                EventDate d = rows.get(i).date();
                if (d.placed()) pos.add(new double[] {(d.start() - lo) / span, (d.end() - lo) / span});
                else pos.add(new double[] {(at[i] - lo) / span, (at[i] - lo) / span});
            }
            return new Scale(true, lo, hi, pos);
        }

        /** Year ticks (every k-th year so labels fit) and, on short spans, half-year ticks. */
        List<Tick> ticks(float trackW, float size) {
            List<Tick> out = new ArrayList<>();
            double span = hi - lo;
            int firstYear = (int) Math.ceil(lo / 12.0);
            // A year is labelled where it starts inside the span; the span's end is not a new year.
            int lastYear = (int) Math.ceil(hi / 12.0) - 1;
            float labelW = FontLibrary.width(FontFace.SANS_BOLD, "0000", size) + size;
            int years = Math.max(1, lastYear - firstYear + 1);
            int every = 1;
            while (years / every * labelW > trackW && every < 1000) every = every < 5 ? every + 1 : every * 2;
            for (int y = firstYear; y <= lastYear; y++) {
                if ((y - firstYear) % every != 0) continue;
                out.add(new Tick((y * 12.0 - lo) / span, Integer.toString(y), true));
            }
            if (span <= 40) {
                for (int y = (int) Math.floor(lo / 12.0); y <= lastYear; y++) {
                    double at = y * 12.0 + 6;
                    if (at > lo + 0.5 && at < hi) out.add(new Tick((at - lo) / span, "Jul", false));
                }
            }
            if (lo % 12 != 0) {
                // The span starts mid-year: name that year at the left edge too.
                String month = EventDate.monthName(lo);
                out.add(new Tick(0, month.substring(0, 3) + month.substring(month.indexOf(' ')), false));
            }
            out.sort(java.util.Comparator.comparingDouble(Tick::at));
            return out;
        }
    }
}

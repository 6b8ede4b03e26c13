package app.briefingpack.analysis.time;

import app.briefingpack.model.Article;
import app.briefingpack.model.Paragraph;
import app.briefingpack.model.PartialDate;
import app.briefingpack.model.TemporalExpression;
import app.briefingpack.model.TimexValue;
import app.briefingpack.model.TimelineEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns an article's temporal expressions into timeline events: one per date that anchors
 * something that happened or will happen, labelled from its clause, ordered by date.
 *
 * <p>What counts as an anchor: DATE and TIME expressions with a calendar value, and
 * PAST_REF phrases of more than one word ("in recent weeks"): they say something happened
 * before the article without saying when. PRESENT_REF ("now"), FUTURE_REF ("soon", "years from
 * now") and one-word adverbs ("recently") date nothing a pupil can place on a line.
 *
 * <p>Ordering: events whose value has a year sort by the first day they cover, coarser periods
 * first on ties ("early 2004" before "2004" before "2004-07"), then by their order in the
 * text. A PAST_REF event sorts just before the document date. Without a document date, events
 * whose year is not known (PAST_REF, {@code XXXX-03-03}) come after all events with a year, in
 * narrative order: they are told relative to the article's own unstated present.
 */
public final class TimelineBuilder {

    private static final Pattern STATED_YEAR = Pattern.compile("\\b\\d{4}s?\\b|'\\d0s|\\b(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b");

    private TimelineBuilder() {}

    public static List<TimelineEvent> build(Article article, List<TemporalExpression> expressions) {
        return build(article, expressions, List.of());
    }

    /**
     * @param names people and organisation names the labels should start with when a sentence
     *              introduces one after a description; may be empty
     */
    public static List<TimelineEvent> build(Article article, List<TemporalExpression> expressions, List<String> names) {
        String body = article.body();
        List<Candidate> found = new ArrayList<>();
        // computed once per paragraph and checked by key, so a huge article stays linear
        // keyed by the paragraph's begin and end: text outside every paragraph (a headline, a
        // dropped line) is cut by blank lines and may start where another stretch starts
        java.util.Map<Long, List<SentenceSpans.Span>> sentencesByParagraph = new java.util.HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Map<Long, String> sentenceTexts = new java.util.HashMap<>();
        for (TemporalExpression t : expressions) {
            if (!anchorsEvent(t)) continue;
            Paragraph p = paragraphOf(article, t.begin());
            int pBegin = p != null ? p.begin() : lineStart(body, t.begin());
            int pEnd = p != null ? p.end() : lineEnd(body, t.begin());
            String ptext = body.substring(pBegin, pEnd);
            long key = ((long) pBegin << 32) | pEnd;
            List<SentenceSpans.Span> spans = sentencesByParagraph.computeIfAbsent(key, k -> SentenceSpans.of(ptext));
            SentenceSpans.Span s = sentenceOf(spans, ptext.length(), t.begin() - pBegin);
            String sentence = sentenceTexts.computeIfAbsent(((long) (pBegin + s.begin()) << 32) | (pBegin + s.end()),
                    k -> ptext.substring(s.begin(), s.end()).strip());
            // clamped: the date may lie outside the sentence found for it (fuzzing found such input)
            int rb = Math.max(0, Math.min(sentence.length(), t.begin() - pBegin - s.begin()));
            int re = Math.max(rb, Math.min(sentence.length(), t.end() - pBegin - s.begin()));
            String label = EventLabeler.label(clip(sentence, rb, re), clipOffset(sentence, rb, re, rb), clipOffset(sentence, rb, re, re), names);
            String certainty = TimexValue.parse(t.value()).certainty(t.mod());
            boolean underspecified = t.value().contains("X") || t.value().endsWith("_REF")
                    || !STATED_YEAR.matcher(t.text().toLowerCase(Locale.ROOT)).find();
            TimelineEvent e = new TimelineEvent(t, t.value(), label, sentence, p != null ? p.number() : 0,
                    certainty, underspecified);
            // duplicates: the same value said in the same sentence, or with the same label
            boolean fresh = seen.add(e.value() + "\u0000s" + (pBegin + s.begin()));
            fresh &= seen.add(e.value() + "\u0000l" + e.label().toLowerCase(Locale.ROOT));
            if (fresh) found.add(new Candidate(e, found.size()));
        }
        return order(found, article.metadata() == null ? null : article.metadata().date());
    }

    static boolean anchorsEvent(TemporalExpression t) {
        if (!"DATE".equals(t.type()) && !"TIME".equals(t.type())) return false;
        TimexValue value = TimexValue.parse(t.value());
        return switch (value.form()) {
            case PRESENT, FUTURE -> false;
            case PAST -> t.text().strip().contains(" ");
            // a value without a year still places an event when it gives a month or season ("XXXX-03-03", "XXXX-07", "XXXX-SU")
            default -> value.start() != null || !value.yearKnown() && (value.form() == TimexValue.Form.DAY
                    || value.form() == TimexValue.Form.MONTH || value.form() == TimexValue.Form.PART && !value.part().matches("[HQ].*"));
        };
    }

    /** Longer than any real sentence: labels are made from a window around the date, keeping work per event bounded. */
    private static final int MAX_SENTENCE = 1200;

    private static String clip(String sentence, int b, int e) {
        if (sentence.length() <= MAX_SENTENCE) return sentence;
        return sentence.substring(Math.max(0, b - MAX_SENTENCE / 2), Math.min(sentence.length(), e + MAX_SENTENCE / 2));
    }

    private static int clipOffset(String sentence, int b, int e, int offset) {
        if (sentence.length() <= MAX_SENTENCE) return offset;
        return offset - Math.max(0, b - MAX_SENTENCE / 2);
    }

    private record Candidate(TimelineEvent event, int narrative) {}

    private static List<TimelineEvent> order(List<Candidate> found, PartialDate documentDate) {
        LocalDate beforeDocument = null;
        if (documentDate != null) {
            beforeDocument = LocalDate.of(documentDate.year(), Math.max(1, documentDate.month()),
                    Math.max(1, documentDate.day())).minusDays(1);
        }
        List<Candidate> dated = new ArrayList<>();
        List<Candidate> floating = new ArrayList<>();
        for (Candidate c : found) {
            if (key(c, beforeDocument) != null) dated.add(c);
            else floating.add(c);
        }
        final LocalDate pastRef = beforeDocument;
        dated.sort(Comparator.comparing((Candidate c) -> key(c, pastRef))
                .thenComparingInt(c -> {
                    TimexValue v = TimexValue.parse(c.event.value());
                    return v.relative() ? 5 : v.fineness();
                })
                .thenComparingInt(c -> modRank(c.event.expression().mod()))
                .thenComparingInt(Candidate::narrative));
        // events without a year are told relative to the article's own, unstated present:
        // after everything the text dates, in the order the text tells them
        List<Candidate> out = new ArrayList<>(dated);
        out.addAll(floating);
        return out.stream().map(Candidate::event).filter(Objects::nonNull).toList();
    }

    private static LocalDate key(Candidate c, LocalDate beforeDocument) {
        TimexValue v = TimexValue.parse(c.event.value());
        return v.form() == TimexValue.Form.PAST ? beforeDocument : v.start();
    }

    private static int modRank(String mod) {
        if (mod == null) return 1;
        return switch (mod) {
            case "START", "EARLY" -> 0;
            case "END", "LATE" -> 2;
            default -> 1;
        };
    }

    private static Paragraph paragraphOf(Article a, int offset) {
        for (Paragraph p : a.paragraphs()) if (offset >= p.begin() && offset < p.end()) return p;
        return null;
    }

    private static SentenceSpans.Span sentenceOf(List<SentenceSpans.Span> spans, int length, int offset) {
        // binary search: the first sentence ending after the offset
        int lo = 0, hi = spans.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).end() > offset) { found = mid; hi = mid - 1; } else lo = mid + 1;
        }
        if (found >= 0) return spans.get(found);
        return spans.isEmpty() ? new SentenceSpans.Span(0, length) : spans.get(spans.size() - 1);
    }

    private static int lineStart(String body, int at) {
        int b = body.lastIndexOf("\n\n", at);
        return b < 0 ? 0 : b + 2;
    }

    private static int lineEnd(String body, int at) {
        int e = body.indexOf("\n\n", at);
        return e < 0 ? body.length() : e;
    }
}

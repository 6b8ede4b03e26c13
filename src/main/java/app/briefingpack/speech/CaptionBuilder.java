package app.briefingpack.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts timed sentences into captions the way subtitle practice asks: at most two lines of at
 * most 42 characters, shown for 1 to 7 seconds, broken after a clause or before a phrase rather
 * than anywhere, never overlapping. A cue never spans two sentences.
 */
final class CaptionBuilder {

    static final int LINE = 42;
    static final int LINES = 2;
    static final long MIN = Narration.SAMPLE_RATE;
    static final long MAX = 7L * Narration.SAMPLE_RATE;

    /** Words a new phrase starts with: a good place to start a new cue or line. */
    private static final Set<String> PHRASE_STARTS = Set.of("and", "but", "or", "nor", "so", "yet", "because",
            "which", "that", "who", "whom", "whose", "when", "where", "while", "although", "though", "if", "unless",
            "since", "after", "before", "until", "as", "to", "in", "of", "for", "with", "on", "at", "by", "from",
            "into", "over", "under", "about", "against", "between", "without", "during", "than");

    private CaptionBuilder() {
    }

    static List<CaptionCue> build(List<TimedSentence> sentences) {
        List<List<TimedWord>> groups = new ArrayList<>();
        for (TimedSentence s : sentences) {
            List<TimedWord> words = splitLongWords(s.words());
            List<List<TimedWord>> cues = new ArrayList<>();
            int i = 0;
            while (i < words.size()) {
                int end = cueEnd(words, i);
                cues.add(words.subList(i, end));
                i = end;
            }
            rebalanceShortLast(cues);
            groups.addAll(cues);
        }
        List<CaptionCue> out = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            List<TimedWord> words = groups.get(k);
            long start = words.get(0).start();
            long end = words.get(words.size() - 1).end();
            long next = k + 1 < groups.size() ? groups.get(k + 1).get(0).start() : Long.MAX_VALUE;
            if (!out.isEmpty()) start = Math.max(start, out.get(out.size() - 1).end());
            // Short cues stay up longer, into the pause after them, but never over the next one.
            if (end - start < MIN) end = Math.min(start + MIN, Math.max(end, next));
            end = Math.min(Math.max(end, start), Math.max(start, next));
            out.add(new CaptionCue("c" + (k + 1), start, end, lines(words), words));
        }
        return out;
    }

    /** The index after the last word of the cue starting at {@code from}. */
    private static int cueEnd(List<TimedWord> words, int from) {
        int last = from; // at least one word per cue
        for (int j = from + 1; j < words.size(); j++) {
            if (!fits(words, from, j + 1)) break;
            last = j;
        }
        if (last == words.size() - 1) return words.size();
        // Prefer a clause end (after , ; : or a dash) or a phrase start, if it keeps the cue from
        // being much shorter than it could be.
        int full = length(words, from, last + 1);
        int best = -1, bestScore = 0;
        for (int j = last; j > from; j--) {
            int score = breakScore(words, j);
            if (score == 0 || length(words, from, j + 1) < full * (score == 2 ? 0.4 : 0.6)) continue;
            if (score > bestScore) {
                best = j;
                bestScore = score;
            }
        }
        return (best >= 0 ? best : last) + 1;
    }

    /** 2 after a word ending a clause, 1 before a word starting a phrase, else 0. */
    private static int breakScore(List<TimedWord> words, int j) {
        String text = words.get(j).text();
        if (text.matches(".*[,;:\u2014\u2013)]$") || text.matches(".*[.!?][\"\u201d\u2019')]?$")) return 2;
        if (j + 1 < words.size() && PHRASE_STARTS.contains(WordAligner.key(words.get(j + 1).text()))) return 1;
        return 0;
    }

    private static boolean fits(List<TimedWord> words, int from, int to) {
        if (words.get(to - 1).end() - words.get(from).start() > MAX) return false;
        return lines(words.subList(from, to)).size() <= LINES
                && lines(words.subList(from, to)).stream().allMatch(l -> l.length() <= LINE);
    }

    private static int length(List<TimedWord> words, int from, int to) {
        int n = -1;
        for (int i = from; i < to; i++) n += words.get(i).text().length() + 1;
        return n;
    }

    /** One line if it fits, else the most even split into two at a word boundary, preferring a clause end. */
    static List<String> lines(List<TimedWord> words) {
        String all = join(words, 0, words.size());
        if (all.length() <= LINE || words.size() == 1) return List.of(all);
        int best = -1;
        double bestCost = Double.MAX_VALUE;
        for (int k = 1; k < words.size(); k++) {
            String a = join(words, 0, k), b = join(words, k, words.size());
            if (a.length() > LINE || b.length() > LINE) continue;
            double cost = Math.abs(a.length() - b.length()) - 12.0 * breakScore(words, k - 1);
            if (cost < bestCost) {
                bestCost = cost;
                best = k;
            }
        }
        if (best < 0) return List.of(all, "", ""); // does not fit two lines: the caller splits further
        return List.of(join(words, 0, best), join(words, best, words.size()));
    }

    private static String join(List<TimedWord> words, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (s.length() > 0) s.append(' ');
            s.append(words.get(i).text());
        }
        return s.toString();
    }

    /** A sentence's last cue under a second takes words from the cue before it, if they fit. */
    private static void rebalanceShortLast(List<List<TimedWord>> cues) {
        int n = cues.size();
        if (n < 2) return;
        List<TimedWord> last = cues.get(n - 1), before = cues.get(n - 2);
        if (last.get(last.size() - 1).end() - last.get(0).start() >= MIN) return;
        List<TimedWord> merged = new ArrayList<>(before);
        merged.addAll(last);
        if (fits(merged, 0, merged.size())) {
            cues.remove(n - 1);
            cues.set(n - 2, merged);
            return;
        }
        for (int k = before.size() - 1; k >= 1; k--) {
            List<TimedWord> moved = new ArrayList<>(before.subList(k, before.size()));
            moved.addAll(last);
            if (!fits(moved, 0, moved.size())) break;
            if (moved.get(moved.size() - 1).end() - moved.get(0).start() >= MIN) {
                cues.set(n - 2, new ArrayList<>(before.subList(0, k)));
                cues.set(n - 1, moved);
                return;
            }
        }
    }

    /** Words longer than a line (a URL, a 5,000-letter string) are cut into line-sized pieces, times shared. */
    private static List<TimedWord> splitLongWords(List<TimedWord> words) {
        List<TimedWord> out = new ArrayList<>(words.size());
        for (TimedWord w : words) {
            String t = w.text();
            if (t.length() <= LINE) {
                out.add(w);
                continue;
            }
            int pieces = (t.length() + LINE - 1) / LINE;
            for (int p = 0; p < pieces; p++) {
                int from = p * LINE, to = Math.min(t.length(), from + LINE);
                long s = w.start() + (w.end() - w.start()) * from / t.length();
                long e = w.start() + (w.end() - w.start()) * to / t.length();
                out.add(new TimedWord(t.substring(from, to), s, e));
            }
        }
        return out;
    }
}

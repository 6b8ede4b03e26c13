package app.briefingpack.analysis.argument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.Token;
import app.briefingpack.model.Point;
import app.briefingpack.model.SentenceRole;
import app.briefingpack.model.SourceCitation;

/**
 * Finds the thesis, key points, counterpoints and the role of every sentence.
 *
 * <ul>
 *   <li><b>Thesis</b>: the first sentence of the opening paragraphs that carries a recommendation
 *       cue ("should", "must", "it is time", "the one ... option"); failing that, the first
 *       sentence (the lede of a news story).</li>
 *   <li><b>Roles</b>: sentences carrying an attribution are EVIDENCE; a hedged concession followed
 *       by "However"/"But" (or opened by "Admittedly", "Granted", "Of course") is COUNTERPOINT;
 *       sentences that cite evidence ("indications that", "the evidence") are EVIDENCE; sentences with
 *       modals, evaluative adverbs or no past-tense narration are CLAIM; other
 *       sentences (past-tense narration) are BACKGROUND.</li>
 *   <li><b>Key points</b>: the paragraphs after the thesis are cut into 4-7 runs of related
 *       paragraphs (at the boundaries where adjacent paragraphs share the fewest content words, as
 *       in TextTiling); each run contributes its best sentence by TextRank centrality, raised for
 *       claims and paragraph openers, lowered for counterpoints. Points are condensed (leading
 *       connectives and non-restrictive clauses dropped) and kept in article order.</li>
 *   <li><b>Counterpoints</b>: the COUNTERPOINT sentences, plus an "except for" limit on a hedged
 *       claim and an "Although ..." clause.</li>
 * </ul>
 */
public final class ArgumentAnalyser {

    private static final Pattern THESIS_CUE = Pattern.compile(
            "\\b(should|must|ought to|need to|needs to|it is (now )?time|the time (to|for)|the one\\b.*\\boption|the only way|we call)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> MODALS = Set.of("should", "must", "would", "could", "will", "can", "may", "might",
            "need", "ought", "shall");
    private static final Set<String> EVALUATIVE = Set.of("clearly", "undoubtedly", "certainly", "likely", "unlikely",
            "surely", "obviously", "probably", "evidently", "misrepresents", "wrong", "right", "mistake", "danger");
    private static final Set<String> PAST = Set.of("was", "were", "had", "did");
    private static final Set<String> TURN = Set.of("however", "but", "still", "nevertheless", "yet", "nonetheless");
    private static final Set<String> HEDGE = Set.of("undoubtedly", "certainly", "admittedly", "of course", "granted",
            "true", "some", "at first", "initially");
    private static final Pattern CONCEDE_OPENER = Pattern.compile("^(Admittedly|Granted|Of course|To be sure|True,)\\b");
    /** Views the author reports in order to answer them: "Critics argue that ...". */
    private static final Pattern OPPONENTS = Pattern.compile(
            "^(?:Critics|Opponents|Sceptics|Skeptics|Detractors|Others|Some)\\b[^.]*?\\b(?:argue|argued|say|said|claim|claimed|insist|contend|object|warn|warned|point out)\\b");
    private static final Pattern ALTHOUGH = Pattern.compile("^(?:Although|Though|Even though|While)\\s+([^,]+),");
    private static final Pattern EXCEPT = Pattern.compile(",\\s*(except (?:for )?[^.;]+)");
    private static final Pattern EVIDENCE_CUE = Pattern.compile(
            "\\b(?:the evidence|indications? that|studies show|data show|figures show|statistics show|a survey|a poll)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONCLUSION = Pattern.compile("\\b(therefore|thus|consequently|hence|in short|in other words)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_CONNECTIVE = Pattern.compile(
            "^(?:But|And|So|Then|Yet|Thus|Therefore|However|Moreover|Furthermore|Indeed|Still|Especially|Admittedly|Granted|Of course|To be sure|True),?\\s+");
    private static final Pattern NON_RESTRICTIVE = Pattern.compile(",\\s+(?:which|who)\\s[^,]+,");
    private static final Pattern CONCESSIVE_OPENER = Pattern.compile("^(?:Despite|Although|Though|Even though|While)\\b[^,]+,\\s+");
    private static final Pattern PARTICIPLE_TAIL = Pattern.compile(",\\s+(?!including\\b)[a-z]+ing\\b[^,;]*(?=[.]?$)");
    private static final Pattern INSERTED_ADVERB = Pattern.compile(",\\s+(?:therefore|however|then|thus|of course),");
    private static final Pattern AS_REPORTED = Pattern.compile(",\\s+as\\s+(?:noted|reported|said|stated)\\b[^.]*");

    public Argument analyse(List<TaggedSentence> sentences, List<SourceCitation> citations) {
        if (sentences.isEmpty()) return new Argument(null, 0, List.of(), List.of(), List.of());
        int thesis = thesisIndex(sentences);
        Set<Integer> evidence = new HashSet<>();
        for (SourceCitation c : citations) {
            for (TaggedSentence s : sentences) if (s.begin() == c.begin()) evidence.add(s.index());
        }
        List<SentenceRole> roles = new ArrayList<>();
        List<Point> counterpoints = new ArrayList<>();
        for (TaggedSentence s : sentences) {
            SentenceRole role = role(s, sentences, evidence, thesis);
            roles.add(role);
            if (role == SentenceRole.COUNTERPOINT) counterpoints.add(new Point(condense(s.text()), s.paragraph()));
            Matcher except = EXCEPT.matcher(s.text());
            if (role != SentenceRole.COUNTERPOINT && except.find() && hedged(s.text().substring(0, except.start()))) {
                counterpoints.add(new Point(capitalise(except.group(1).strip()), s.paragraph()));
            }
            Matcher although = ALTHOUGH.matcher(s.text());
            if (although.find()) counterpoints.add(new Point(capitalise(although.group(1)), s.paragraph()));
        }
        List<Point> keyPoints = keyPoints(sentences, roles, thesis);
        TaggedSentence t = sentences.get(thesis);
        return new Argument(t.text().strip(), t.paragraph(), keyPoints, counterpoints, roles);
    }

    private static int thesisIndex(List<TaggedSentence> sentences) {
        int firstParagraphs = sentences.get(0).paragraph() + 1;
        for (TaggedSentence s : sentences) {
            if (s.paragraph() > firstParagraphs) break;
            if (THESIS_CUE.matcher(s.text()).find()) return s.index();
        }
        return 0;
    }

    private static SentenceRole role(TaggedSentence s, List<TaggedSentence> all, Set<Integer> evidence, int thesis) {
        if (s.index() == thesis) return SentenceRole.CLAIM;
        if (CONCEDE_OPENER.matcher(s.text()).find() || OPPONENTS.matcher(s.text()).find()) return SentenceRole.COUNTERPOINT;
        if (s.index() + 1 < all.size()) {
            TaggedSentence next = all.get(s.index() + 1);
            String opener = next.tokens().isEmpty() ? "" : next.tokens().get(0).text().toLowerCase(Locale.ROOT);
            if (next.paragraph() == s.paragraph() && TURN.contains(opener) && hedged(s.text()) && conceding(s.text()))
                return SentenceRole.COUNTERPOINT;
        }
        if (evidence.contains(s.index())) return SentenceRole.EVIDENCE;
        if (THESIS_CUE.matcher(s.text()).find()) return SentenceRole.CLAIM;
        boolean modal = false;
        boolean evaluative = false;
        boolean past = false;
        for (Token t : s.tokens()) {
            String w = t.text().toLowerCase(Locale.ROOT);
            if (MODALS.contains(w)) modal = true;
            if (EVALUATIVE.contains(w)) evaluative = true;
            if (PAST.contains(w) || (t.isVerb() && w.endsWith("ed") && !w.equals("need"))) past = true;
        }
        if (evaluative) return SentenceRole.CLAIM;
        // "There have been numerous indications that ...", "The evidence thus far suggests ...".
        if (EVIDENCE_CUE.matcher(s.text()).find()) return SentenceRole.EVIDENCE;
        // Dated, past-tense narration reports facts: evidence for what the author argues.
        if (past && s.tokens().stream().anyMatch(t -> t.tag().equals("NUM"))) return SentenceRole.EVIDENCE;
        if (modal) return SentenceRole.CLAIM;
        return past ? SentenceRole.BACKGROUND : SentenceRole.CLAIM;
    }

    /** The main clause is a prediction or possibility, not a plain fact. */
    private static boolean hedged(String clause) {
        String lower = " " + clause.toLowerCase(Locale.ROOT) + " ";
        for (String m : List.of(" would ", " could ", " may ", " might ")) if (lower.contains(m)) return true;
        return false;
    }

    private static boolean conceding(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String h : HEDGE) if (lower.contains(h)) return true;
        return false;
    }

    private List<Point> keyPoints(List<TaggedSentence> sentences, List<SentenceRole> roles, int thesis) {
        List<List<String>> words = sentences.stream().map(ContentWords::of).toList();
        double[] rank = TextRank.scores(words);
        double max = Arrays.stream(rank).max().orElse(1);
        // Paragraphs after the thesis, in order, with their content words.
        List<Integer> paragraphs = new ArrayList<>();
        Map<Integer, Set<String>> bag = new HashMap<>();
        for (TaggedSentence s : sentences) {
            if (s.index() == thesis) continue;
            if (!paragraphs.contains(s.paragraph())) paragraphs.add(s.paragraph());
            bag.computeIfAbsent(s.paragraph(), k -> new HashSet<>()).addAll(words.get(s.index()));
        }
        if (paragraphs.isEmpty()) return List.of();
        int wanted = Math.max(Math.min(4, paragraphs.size()), Math.min(7, Math.round(paragraphs.size() * 0.6f)));
        // Cut between the least similar neighbours. Words found in most paragraphs (the topic
        // itself) say nothing about where one point ends, so each word weighs its inverse
        // paragraph frequency, as in TextTiling.
        Map<String, Integer> spread = new HashMap<>();
        for (Set<String> inParagraph : bag.values()) for (String w : inParagraph) spread.merge(w, 1, Integer::sum);
        List<int[]> gaps = new ArrayList<>();
        for (int i = 1; i < paragraphs.size(); i++) {
            Set<String> a = bag.get(paragraphs.get(i - 1));
            Set<String> b = bag.get(paragraphs.get(i));
            double dot = 0;
            double na = 0;
            double nb = 0;
            for (String w : a) {
                double idf = Math.log((double) paragraphs.size() / spread.get(w)) + 0.1;
                na += idf * idf;
                if (b.contains(w)) dot += idf * idf;
            }
            for (String w : b) {
                double idf = Math.log((double) paragraphs.size() / spread.get(w)) + 0.1;
                nb += idf * idf;
            }
            double sim = na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
            gaps.add(new int[]{i, (int) Math.round(sim * 1_000_000)});
        }
        gaps.sort((x, y) -> x[1] != y[1] ? Integer.compare(x[1], y[1]) : Integer.compare(x[0], y[0]));
        Set<Integer> cuts = new HashSet<>();
        for (int i = 0; i < Math.min(wanted - 1, gaps.size()); i++) cuts.add(gaps.get(i)[0]);
        int lastParagraph = paragraphs.get(paragraphs.size() - 1);
        double[] score = new double[sentences.size()];
        for (TaggedSentence s : sentences) score[s.index()] = keyPointScore(s, sentences, roles, rank[s.index()] / max, lastParagraph);
        List<TaggedSentence> chosen = new ArrayList<>();
        int segmentStart = 0;
        for (int i = 1; i <= paragraphs.size(); i++) {
            if (i < paragraphs.size() && !cuts.contains(i)) continue;
            Set<Integer> segment = new HashSet<>(paragraphs.subList(segmentStart, i));
            TaggedSentence best = null;
            for (TaggedSentence s : sentences) {
                if (s.index() == thesis || !segment.contains(s.paragraph())) continue;
                if (best == null || score[s.index()] > score[best.index()]) best = s;
            }
            if (best != null) chosen.add(best);
            segmentStart = i;
        }
        // A short article has fewer paragraphs than points: top up with the best other sentences.
        List<TaggedSentence> rest = new ArrayList<>(sentences);
        rest.removeIf(s -> s.index() == thesis || chosen.contains(s) || roles.get(s.index()) == SentenceRole.COUNTERPOINT);
        rest.sort((x, y) -> Double.compare(score[y.index()], score[x.index()]));
        for (TaggedSentence s : rest) {
            if (chosen.size() >= 4) break;
            chosen.add(s);
        }
        chosen.sort((x, y) -> Integer.compare(x.index(), y.index()));
        return chosen.stream().map(s -> new Point(condense(s.text()), s.paragraph())).toList();
    }

    /** TextRank centrality weighed against discourse cues. */
    private static double keyPointScore(TaggedSentence s, List<TaggedSentence> sentences, List<SentenceRole> roles,
                                        double centrality, int lastParagraph) {
        // Centrality favours long sentences; weigh it against the cues.
        double score = 0.6 * centrality;
        SentenceRole role = roles.get(s.index());
        if (role == SentenceRole.CLAIM) score += 0.3;
        if (role == SentenceRole.COUNTERPOINT) score -= 0.6;
        // A key point should be quick to read: long sentences lose a little.
        score -= 0.01 * Math.max(0, s.tokens().size() - 45);
        if (s.index() == 0 || sentences.get(s.index() - 1).paragraph() != s.paragraph()) score += 0.15;
        // Discourse cues: a conclusion ("therefore") or the answer to a concession just made.
        if (CONCLUSION.matcher(s.text()).find()) score += 0.3;
        // A restated recommendation, and the closing paragraph, where opinion pieces conclude.
        if (THESIS_CUE.matcher(s.text()).find()) score += 0.2;
        if (s.paragraph() == lastParagraph) score += 0.15;
        if (s.index() > 0 && roles.get(s.index() - 1) == SentenceRole.COUNTERPOINT
                && TURN.contains(s.tokens().get(0).text().toLowerCase(Locale.ROOT))) score += 0.3;
        return score;
    }

    /** A shorter sentence that says the same: no opening connective, no aside, no attribution tail. */
    static String condense(String sentence) {
        String s = sentence.strip().replaceAll("\\s+", " ");
        s = LEADING_CONNECTIVE.matcher(s).replaceFirst("");
        s = NON_RESTRICTIVE.matcher(s).replaceAll("");
        s = AS_REPORTED.matcher(s).replaceAll("");
        s = INSERTED_ADVERB.matcher(s).replaceAll(",");
        // The concession and the trailing participle are context; the main clause is the point.
        String main = CONCESSIVE_OPENER.matcher(s).replaceFirst("");
        if (words(main) >= 8) s = main;
        Matcher tail = PARTICIPLE_TAIL.matcher(s);
        if (tail.find() && words(s.substring(0, tail.start())) >= 8) s = s.substring(0, tail.start());
        if (!s.endsWith(".") && !s.endsWith("?") && !s.endsWith("!") && !s.endsWith("”")) s = s + ".";
        return capitalise(s);
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

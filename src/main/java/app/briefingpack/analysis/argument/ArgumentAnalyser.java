package app.briefingpack.analysis.argument;

import static app.briefingpack.text.Prose.capitalise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.Token;
import app.briefingpack.model.Point;
import app.briefingpack.model.SentenceRole;
import app.briefingpack.model.SourceCitation;

/**
 * Finds the thesis, key points, counterpoints and the role of every sentence, from discourse
 * cues ({@link Cues}) and the shape of the text (introduction, body paragraphs, conclusion).
 *
 * <ul>
 *   <li><b>Kind</b>: a text whose author never takes a position in their own voice ("I believe",
 *       "should", outside quotes and attributions) while it reports what others said is a news
 *       report: it gets no thesis, only its lede under a label of its own.</li>
 *   <li><b>Thesis</b>: the introduction's sentence where the author states a position (stance and
 *       recommendation cues, late in the introduction), never a reported view ("Some people think
 *       …"), a plan ("In this essay I will …"), a question, a quotation, a heading or a byline.
 *       When the introduction only points at a view ("I agree with the latter"), the conclusion's
 *       restatement is taken.</li>
 *   <li><b>Roles</b>: in an argued text each body paragraph's claim is its opening topic sentence,
 *       or its closing conclusion ("Therefore …") when it has one, and the other sentences are
 *       evidence; concessions and reported opposing views are counterpoints; the introduction's
 *       other sentences are background. In a news report attributed statements, figures and
 *       studies are evidence and narration is background. Evidence carries its kind where clear.</li>
 *   <li><b>Key points</b>: the statement right after the thesis, then one claim per body paragraph
 *       (or, in a long text, per run of related paragraphs), in article order; a paragraph that
 *       answers another side's view or a concession gives the view, with whose it is, and the
 *       answer as one point, as does an introduction that agrees with a view it reports; a
 *       concession never answered gives none; plus the conclusion's first two statements (its
 *       restated position and the claim it ends on, never an afterthought), one when the thesis is
 *       the conclusion's, and then the introduction's own statement; never the thesis itself, a
 *       heading, signpost, caption, embedded post, quotation, or an opposing view on its own;
 *       shortened only at clause boundaries.</li>
 * </ul>
 *
 * <p>Longer than 400 lines: thesis, roles and key points are chosen together, each depending on the
 * others' choices; the argument issue is expected to split it by role.
 */
public final class ArgumentAnalyser {

    private static final Set<String> TURN = Set.of("however", "but", "still", "nevertheless", "yet", "nonetheless");
    private static final Pattern ALTHOUGH = Pattern.compile("^(?:Although|Though|Even though|While)\\s+([^,]+),");
    private static final Pattern EXCEPT = Pattern.compile(",\\s*(except (?:for )?[^.;]+)");
    private static final Pattern HEDGED = Pattern.compile("\\b(?:would|could|may|might)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANAPHORIC_VIEW = Pattern.compile(
            "\\b(?:the (?:latter|former)|(?:this|that|these|their|such) (?:view(?:point)?|standpoint|position|opinion|idea|statement|notion|proposal|concern|"
            + "argument|claim|suggestion|belief)s?\\b|the (?:above|"
            + "second|first) (?:view|opinion)|with (?:this|that|them|it)\\b\\W*$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONCLUSION = Pattern.compile("\\b(therefore|thus|consequently|hence|in short|in other words)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_CONNECTIVE = Pattern.compile(
            // The longer openers first: "First of all" must not leave "of all, …" behind "First".
            "^(?:First of all|First and foremost|Last,? but not least|But|And|So|Then|Yet|Thus|Therefore|Hence|However|"
            + "Moreover|Furthermore|Indeed|Still|Especially|Admittedly|"
            + "Granted|Of course|To be sure|True|Consequently|Besides|Also|Additionally|In addition|As a result|First(?:ly)?|"
            + "Second(?:ly)?|Third(?:ly)?|Finally|Lastly|To begin with|In conclusion|To conclude|To sum up|"
            + "Overall|In short|In fact|Obviously|Clearly|Nevertheless|Nonetheless|On the other hand),?\\s+");
    private static final Pattern TURN_OPENER = Pattern.compile("^(?:However|But|Yet|Still|Nevertheless|Nonetheless),?\\s+");
    /** A conclusion's sentence that adds to the argument or qualifies it rather than concluding it. */
    private static final Pattern AFTERTHOUGHT = Pattern.compile(
            "(?:However|But|In addition|Additionally|Also|Moreover|Furthermore|Further|Besides|At the same time)\\b");
    /** The author in the first person singular ("we feel" is as often a general truth as a position). */
    private static final Pattern OWN_VOICE = Pattern.compile("\\b(?:I|my|[Pp]ersonally)\\b");
    /** "I agree with the majority": a pointer at a view, not the paragraph's claim. */
    private static final Pattern AGREES_WITH = Pattern.compile("\\bI (?:\\w+ )?(?:agree|disagree) with\\b");
    /** A linking word that says nothing about whose view follows. */
    private static final Pattern LINKING_OPENER = Pattern.compile(
            "^(?:However|Nevertheless|Nonetheless|On the other hand|In contrast|Conversely|Moreover|Furthermore|"
            + "In addition|Additionally|Also|Besides|First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Finally|Lastly|To begin with|"
            + "First of all|On the contrary|Admittedly),?\\s+(?=\\p{Lu}|some\\b|many\\b|most\\b|those\\b|people\\b|"
            + "critics\\b|opponents\\b|supporters\\b|proponents\\b|advocates\\b|others\\b|it is\\b)");
    private static final Pattern NON_RESTRICTIVE = Pattern.compile(",\\s+(?:which|who)\\s[^,]+,");
    private static final Pattern CONCESSIVE_OPENER = Pattern.compile("^(?:Despite|Although|Though|Even though|While)\\b[^,]+,\\s+");
    private static final Pattern PARTICIPLE_TAIL = Pattern.compile(",\\s+(?!including\\b)[a-z]+ing\\b[^,;]*(?=[.]?$)");
    private static final Pattern INSERTED_ADVERB = Pattern.compile(",\\s+(?:therefore|however|then|thus|of course),(?=\\s)");
    private static final Pattern AS_REPORTED = Pattern.compile(",\\s+as\\s+(?:noted|reported|said|stated)\\b[^.]*");
    /** A shortened sentence must not end on a word that needs more after it. */
    private static final Pattern DANGLING_END = Pattern.compile(
            "\\b(?:and|or|but|nor|so|yet|therefore|thus|hence|because|that|which|who|whom|whose|the|a|an|of|to|in|on|at|by|"
            + "for|with|from|as|than|if|when|while|although|though|is|are|was|were|be|been|not|very|more|most)\\W*$",
            Pattern.CASE_INSENSITIVE);

    public Argument analyse(List<TaggedSentence> sentences, List<SourceCitation> citations) {
        if (sentences.isEmpty()) return new Argument(null, 0, null, List.of(), List.of(), List.of(), List.of());
        List<Signals> signals = sentences.stream().map(Signals::of).toList();
        Set<Integer> cited = new HashSet<>();
        for (SourceCitation c : citations) {
            for (TaggedSentence s : sentences) if (s.begin() == c.begin()) cited.add(s.index());
        }
        Layout layout = Layout.of(sentences, signals);
        boolean news = isNewsReport(sentences, signals, cited);
        int thesis = news ? -1 : thesisIndex(sentences, signals, layout);
        List<SentenceRole> roles = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (TaggedSentence s : sentences) {
            SentenceRole role = news ? newsRole(s, signals, cited) : role(s, sentences, signals, layout, thesis, cited);
            roles.add(role);
            kinds.add(role == SentenceRole.EVIDENCE ? evidenceKind(signals.get(s.index()), cited.contains(s.index())) : null);
        }
        List<Point> counterpoints = new ArrayList<>();
        for (TaggedSentence s : sentences) {
            if (roles.get(s.index()) == SentenceRole.COUNTERPOINT) counterpoints.add(new Point(condense(s.text()), s.paragraph()));
            // "… amnesty for all except for a hard core": a limit the author grants a hedged claim.
            Matcher except = EXCEPT.matcher(s.text());
            if (roles.get(s.index()) != SentenceRole.COUNTERPOINT && except.find()
                    && HEDGED.matcher(s.text().substring(0, except.start())).find()) {
                counterpoints.add(new Point(capitalise(except.group(1).strip()) + ".", s.paragraph()));
            }
            Matcher although = ALTHOUGH.matcher(s.text());
            if (although.find() && !signals.get(s.index()).notProse()) counterpoints.add(new Point(capitalise(although.group(1)) + ".", s.paragraph()));
        }
        List<Point> keyPoints = keyPoints(sentences, signals, roles, layout, Math.max(thesis, news ? layout.lede() : -1), !news);
        if (news) {
            TaggedSentence lede = sentences.get(layout.lede());
            return new Argument(null, lede.paragraph(), lede.text().strip(), keyPoints, counterpoints, roles, kinds);
        }
        TaggedSentence t = sentences.get(thesis);
        return new Argument(t.text().strip(), t.paragraph(), null, keyPoints, counterpoints, roles, kinds);
    }

    /**
     * A news report argues nothing in its own voice: no first-person position, at most one
     * recommendation outside quotes and attributions, and no concluding "In conclusion".
     */
    static boolean isNewsReport(List<TaggedSentence> sentences, List<Signals> signals, Set<Integer> cited) {
        int positions = 0;
        int recommendations = 0;
        boolean concludes = false;
        for (TaggedSentence s : sentences) {
            Signals g = signals.get(s.index());
            if (g.notProse()) continue;
            boolean attributed = g.attributed() || cited.contains(s.index());
            if (g.stance() && !g.reported() && !g.quoted()) positions++;
            else if (g.recommend() && !attributed && !g.quoted() && !g.reported()) recommendations++;
            if (g.conclude()) concludes = true;
        }
        return positions == 0 && recommendations <= 1 && !concludes;
    }

    private static int thesisIndex(List<TaggedSentence> sentences, List<Signals> signals, Layout layout) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i : layout.introduction()) {
            double score = thesisScore(sentences.get(i), signals.get(i), layout);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        // "I agree with the latter view": the introduction points at a view the conclusion states.
        boolean pointsOnly = best >= 0 && ANAPHORIC_VIEW.matcher(sentences.get(best).text()).find()
                && signals.get(best).words() <= 25;
        boolean introHasStance = best >= 0 && signals.get(best).stance() && !pointsOnly;
        int restated = -1;
        double restatedScore = Double.NEGATIVE_INFINITY;
        boolean restatedStance = false;
        for (int i : layout.conclusion()) {
            Signals g = signals.get(i);
            if (g.question() || g.quoted() || g.plan() || g.notProse() || g.reported() || g.example()) continue;
            if (!g.authorsPosition() && !g.conclude() && !g.evaluate()) continue;
            double score = conclusionScore(g, layout.placeInParagraph(i));
            if (ANAPHORIC_VIEW.matcher(sentences.get(i).text()).find() && g.words() <= 25) score -= 4;
            if (score > restatedScore) {
                restated = i;
                restatedScore = score;
                restatedStance = g.stance() && !ANAPHORIC_VIEW.matcher(sentences.get(i).text()).find();
            }
        }
        // The introduction states no position of the author's own, the conclusion does: the
        // conclusion's statement is the thesis (student essays often hold back until then).
        if (restated >= 0 && (best < 0 || bestScore < 1.0 || pointsOnly
                || !introHasStance && (restatedStance || !signals.get(best).recommend()))) return restated;
        if (best >= 0) return best;
        for (int i = 0; i < sentences.size(); i++) if (!signals.get(i).notProse()) return i;
        return 0;
    }

    private static double thesisScore(TaggedSentence s, Signals g, Layout layout) {
        double score = 0;
        int[] place = layout.placeInParagraph(s.index());
        int count = place[1];
        // The introduction ends on its position: the last sentence gains, more when it takes one.
        boolean position = g.stance() || g.recommend() || g.evaluate();
        if (place[0] == count - 1) score += position ? 1.5 : 0.5;
        score += count > 1 ? (double) place[0] / (count - 1) : 1.0;
        score -= 0.75 * layout.paragraphsAfterIntroStart(s.paragraph());
        if (g.stance()) score += 3;
        if (g.recommend()) score += 2;
        if (g.evaluate()) score += 0.5;
        if (g.reported()) score -= 6;
        if (g.plan()) score -= 6;
        if (g.question()) score -= 6;
        if (g.quoted()) score -= 6;
        if (g.notProse()) score -= 20;
        if (g.concede()) score -= 3;
        if (g.example()) score -= 2;
        if (g.attributed()) score -= 2;
        return score;
    }

    /** A conclusion's sentence: a position, stated where the conclusion begins or ends. */
    private static double conclusionScore(Signals g, int[] place) {
        double score = 0;
        if (g.stance()) score += 3;
        if (g.recommend()) score += 1.5;
        if (g.evaluate()) score += 0.5;
        if (g.conclude()) score += 1.0;
        if (place[0] == 0) score += 0.5;
        if (g.concede()) score -= 3;
        if (g.attributed()) score -= 2;
        return score;
    }

    private static SentenceRole role(TaggedSentence s, List<TaggedSentence> all, List<Signals> signals, Layout layout,
                                     int thesis, Set<Integer> cited) {
        int i = s.index();
        Signals g = signals.get(i);
        if (i == thesis) return SentenceRole.CLAIM;
        if (g.notProse() || g.plan() || g.signpost()) return SentenceRole.BACKGROUND;
        if (g.concede() || g.reported() || concedesBeforeTurn(s, all, signals)) return SentenceRole.COUNTERPOINT;
        if (layout.isIntroduction(s.paragraph())) return g.stance() && !g.question() || givesReasons(s, all, signals, thesis)
                ? SentenceRole.CLAIM : SentenceRole.BACKGROUND;
        if (layout.isConclusion(s.paragraph())) return g.question() ? SentenceRole.BACKGROUND : SentenceRole.CLAIM;
        if (g.quoted() || cited.contains(i) && !g.stance()) return SentenceRole.EVIDENCE;
        int[] place = layout.placeInParagraph(i);
        // After a signpost ("However, there are also disadvantages.") the next sentence opens the paragraph's point.
        boolean first = place[0] == 0 || place[0] == 1 && signals.get(i - 1).signpost();
        boolean last = place[0] == place[1] - 1;
        boolean concluded = layout.closesWithConclusion(s.paragraph());
        if (g.therefore() || g.stance()) return SentenceRole.CLAIM;
        if (answersCounterpoint(s, all, signals)) return SentenceRole.CLAIM;
        if (g.example() || g.statistic()) return SentenceRole.EVIDENCE;
        if (first && (!concluded || g.opensArgument() && place[1] <= 2)) return SentenceRole.CLAIM;
        if (first && g.recommend()) return SentenceRole.CLAIM;
        if (last && place[1] >= 3 && !concluded && g.recommend()) return SentenceRole.CLAIM;
        return SentenceRole.EVIDENCE;
    }

    /** The statement right after the thesis in its paragraph, which gives the position's reasons in brief. */
    private static boolean givesReasons(TaggedSentence s, List<TaggedSentence> all, List<Signals> signals, int thesis) {
        Signals g = signals.get(s.index());
        return thesis >= 0 && s.index() == thesis + 1 && all.get(thesis).paragraph() == s.paragraph() && !g.question()
                && !g.example() && !g.quoted() && g.words() >= 8 && !ANAPHORIC_VIEW.matcher(s.text()).find();
    }

    private static SentenceRole newsRole(TaggedSentence s, List<Signals> signals, Set<Integer> cited) {
        Signals g = signals.get(s.index());
        if (g.notProse()) return SentenceRole.BACKGROUND;
        if (g.concede() || g.reported()) return SentenceRole.COUNTERPOINT;
        if (cited.contains(s.index()) || g.attributed() || g.quoted() || g.statistic() || g.report() || g.quotation())
            return SentenceRole.EVIDENCE;
        if (g.stance() || g.recommend() && !g.question()) return SentenceRole.CLAIM;
        return SentenceRole.BACKGROUND;
    }

    /** "statistic", "quotation", "example", "report" (a study, survey or document), or null when unclear. */
    private static String evidenceKind(Signals g, boolean cited) {
        if (g.statistic()) return "statistic";
        if (g.quoted() || g.quotation() || cited) return "quotation";
        if (g.example()) return "example";
        if (g.report()) return "report";
        return null;
    }

    /** "But …", "Yet …" right after a concession or an opposing view: the author's answer. */
    private static boolean answersCounterpoint(TaggedSentence s, List<TaggedSentence> all, List<Signals> signals) {
        if (s.index() == 0 || s.tokens().isEmpty()) return false;
        TaggedSentence prev = all.get(s.index() - 1);
        Signals p = signals.get(prev.index());
        return prev.paragraph() == s.paragraph() && (p.concede() || p.reported() || concedesBeforeTurn(prev, all, signals))
                && TURN.contains(s.tokens().get(0).text().toLowerCase(Locale.ROOT));
    }

    /** A hedged concession answered by the next sentence's "However"/"But". */
    private static boolean concedesBeforeTurn(TaggedSentence s, List<TaggedSentence> all, List<Signals> signals) {
        if (s.index() + 1 >= all.size()) return false;
        TaggedSentence next = all.get(s.index() + 1);
        if (next.paragraph() != s.paragraph() || next.tokens().isEmpty()) return false;
        String opener = next.tokens().get(0).text().toLowerCase(Locale.ROOT);
        String lower = " " + s.text().toLowerCase(Locale.ROOT) + " ";
        boolean hedged = lower.contains(" may ") || lower.contains(" might ") || lower.contains(" could ")
                || lower.startsWith(" it is true") || lower.contains(" some ");
        return TURN.contains(opener) && hedged && !signals.get(s.index()).stance();
    }

    private List<Point> keyPoints(List<TaggedSentence> sentences, List<Signals> signals, List<SentenceRole> roles,
                                  Layout layout, int thesis, boolean argued) {
        List<List<String>> words = sentences.stream().map(ContentWords::of).toList();
        double[] rank = TextRank.scores(words);
        double max = Math.max(1e-9, Arrays.stream(rank).max().orElse(1));
        double[] score = new double[sentences.size()];
        for (TaggedSentence s : sentences) {
            score[s.index()] = keyPointScore(s, signals.get(s.index()), roles.get(s.index()), layout, rank[s.index()] / max);
            // The author's answer to a concession just made ("… However, if the agreement …") is a point.
            if (s.index() > 0 && roles.get(s.index() - 1) == SentenceRole.COUNTERPOINT
                    && sentences.get(s.index() - 1).paragraph() == s.paragraph() && !s.tokens().isEmpty()
                    && TURN.contains(s.tokens().get(0).text().toLowerCase(Locale.ROOT))) score[s.index()] += 0.6;
        }
        // The body: paragraphs after the one holding the thesis (or lede) or, when the thesis is
        // the conclusion's, after the introduction; never paragraphs that hold no prose.
        int from = thesis < 0 ? 0 : layout.introduction().contains(thesis) ? sentences.get(thesis).paragraph()
                : layout.introduction().isEmpty() ? 0 : sentences.get(layout.introduction().get(0)).paragraph();
        List<Integer> paragraphs = new ArrayList<>();
        Map<Integer, Set<String>> bag = new HashMap<>();
        for (TaggedSentence s : sentences) {
            if (s.index() == thesis || s.paragraph() <= from || !eligible(s, signals, roles)) continue;
            if (!paragraphs.contains(s.paragraph())) paragraphs.add(s.paragraph());
            bag.computeIfAbsent(s.paragraph(), k -> new HashSet<>()).addAll(words.get(s.index()));
        }
        if (paragraphs.isEmpty()) return List.of();
        List<List<Integer>> segments = paragraphs.size() <= 8 ? paragraphs.stream().map(List::of).toList()
                : segments(paragraphs, bag, Math.min(7, Math.round(paragraphs.size() * 0.6f)));
        List<TaggedSentence> chosen = new ArrayList<>();
        Map<Integer, Point> composed = new TreeMap<>();
        // The thesis came from the conclusion because the introduction only framed the question:
        // the introduction's framing statement is the point the article opens with.
        if (thesis >= 0 && layout.isConclusion(sentences.get(thesis).paragraph())) {
            Point agreed = agreedView(sentences, signals, layout);
            TaggedSentence framing = agreed == null ? framingStatement(sentences, signals, roles, layout) : null;
            if (agreed != null) composed.put(agreed.paragraph(), agreed);
            if (framing != null) chosen.add(framing);
        }
        TaggedSentence reasons = argued ? afterThesis(sentences, signals, roles, layout, thesis) : null;
        if (reasons != null) chosen.add(reasons);
        for (List<Integer> segment : segments) {
            if (segment.size() == 1 && layout.isConclusion(segment.get(0))) {
                chosen.addAll(concluding(sentences, signals, roles, segment.get(0), thesis));
                continue;
            }
            // Only an argued text answers the other side; a news report's "critics say" is reporting.
            Point answered = argued && segment.size() == 1 ? rebuttal(sentences, signals, roles, segment.get(0), thesis) : null;
            if (answered != null) {
                composed.put(answered.paragraph(), answered);
                continue;
            }
            TaggedSentence stated = segment.size() == 1 ? statedClaim(sentences, signals, roles, segment.get(0), thesis) : null;
            if (stated != null) {
                chosen.add(stated);
                continue;
            }
            // A paragraph of an argued text that opens on a concession it never answers ("It is true
            // that modern games may be beneficial …") grants the other side a point: no point of the
            // author's to show, and the concession alone would read as the author's claim.
            if (argued && segment.size() == 1 && opensOnCounterpoint(sentences, signals, roles, segment.get(0))) continue;
            TaggedSentence best = null;
            for (TaggedSentence s : sentences) {
                if (s.index() == thesis || !segment.contains(s.paragraph()) || !eligible(s, signals, roles)) continue;
                if (best == null || score[s.index()] > score[best.index()]) best = s;
                // An argued paragraph whose topic sentence gives its examples ("Facilities such as
                // cinemas … are mostly profit-oriented") still opens on its point.
                if (argued && segment.size() == 1 && layout.placeInParagraph(s.index())[0] == 0) {
                    best = s;
                    break;
                }
            }
            if (best != null) chosen.add(best);
        }
        chosen.sort((x, y) -> Integer.compare(x.index(), y.index()));
        List<Point> out = new ArrayList<>();
        for (TaggedSentence s : chosen) {
            // A rebuttal paragraph's point goes where its paragraph stands in the article.
            for (Map.Entry<Integer, Point> r : new ArrayList<>(composed.entrySet())) {
                if (r.getKey() < s.paragraph()) out.add(composed.remove(r.getKey()));
            }
            out.add(new Point(condense(s.text()), s.paragraph()));
        }
        out.addAll(composed.values());
        return out;
    }

    /**
     * A paragraph that opens on the other side's view and answers it ("Supporters would argue
     * that … However, I would contend …"): its point is the exchange, the view with the words
     * that say whose it is, then the author's answer, so a student sees both and whose each is.
     * Null when the paragraph does not open that way or never answers.
     */
    private static Point rebuttal(List<TaggedSentence> sentences, List<Signals> signals, List<SentenceRole> roles,
                                  int paragraph, int thesis) {
        List<TaggedSentence> in = new ArrayList<>();
        for (TaggedSentence s : sentences) if (s.paragraph() == paragraph && !signals.get(s.index()).notProse()) in.add(s);
        TaggedSentence view = null;
        for (int k = 0; k < Math.min(2, in.size()) && view == null; k++) {
            TaggedSentence s = in.get(k);
            Signals g = signals.get(s.index());
            // A counterpoint: a reported view, a concession, or a hedged statement the next sentence
            // turns against; the last only where the paragraph does not open on an argument of its own
            // ("First and foremost, email …").
            boolean hedged = !g.reported() && !g.concede();
            if (roles.get(s.index()) == SentenceRole.COUNTERPOINT && !g.quoted() && !g.question() && g.words() >= 5
                    && !(hedged && k > 0 && signals.get(in.get(0).index()).opensArgument())) view = s;
        }
        if (view == null) return null;
        // A concession ("Admittedly, …", "It is true that …") is the author's own words: it is the
        // other side only when the next sentence turns against it ("Yet …", "However, …").
        boolean conceded = !signals.get(view.index()).reported();
        // The answer: the author's turn ("However, I …") or claim, else the first statement after the view.
        TaggedSentence answer = null;
        for (TaggedSentence s : in) {
            if (s.index() <= view.index() || s.index() == thesis || !eligible(s, signals, roles)) continue;
            Signals g = signals.get(s.index());
            boolean turns = !s.tokens().isEmpty() && TURN.contains(s.tokens().get(0).text().toLowerCase(Locale.ROOT));
            if (conceded) {
                // The turn follows the concession closely ("Admittedly, … Also, … Yet …"); a claim of the
                // author's before any turn ends the search.
                if (turns) {
                    if (s.index() - view.index() <= 3) answer = s;
                    break;
                }
                if (roles.get(s.index()) == SentenceRole.CLAIM || g.stance()) break;
                // Without a turn, the statement right after the concession is the author's word on it
                // ("Of course, some parents worry … The district could open the schools …").
                if (answer == null && s.index() == view.index() + 1 && !g.example()) answer = s;
                continue;
            }
            if (turns || g.stance() || g.therefore() || roles.get(s.index()) == SentenceRole.CLAIM) {
                answer = s;
                break;
            }
            // A view the paragraph opens on is answered by what follows it; one reported after the
            // paragraph's own opening statement ("Many people find … They argue that …") only by a turn.
            if (answer == null && view == in.get(0)) answer = s;
        }
        return answer == null ? null : new Point(statedView(view.text()) + " " + answered(answer.text()), paragraph);
    }

    private static boolean opensOnCounterpoint(List<TaggedSentence> sentences, List<Signals> signals, List<SentenceRole> roles,
                                               int paragraph) {
        for (TaggedSentence s : sentences) {
            if (s.paragraph() != paragraph || signals.get(s.index()).notProse()) continue;
            return roles.get(s.index()) == SentenceRole.COUNTERPOINT;
        }
        return false;
    }

    /** The author's answer, shortened, keeping the "However," or "But" that marks it as the answer. */
    static String answered(String sentence) {
        String s = sentence.strip().replaceAll("\\s+", " ");
        Matcher turn = TURN_OPENER.matcher(s);
        String shortened = condense(s);
        if (!turn.lookingAt() || !LEADING_CONNECTIVE.matcher(s).lookingAt()) return shortened;
        String rest = s.substring(turn.end());
        // The answer's own first letter, as the author wrote it ("However, zoos …", "But I …").
        if (!rest.isEmpty() && Character.isLowerCase(rest.charAt(0)) && !shortened.isEmpty())
            shortened = Character.toLowerCase(shortened.charAt(0)) + shortened.substring(1);
        return turn.group() + shortened;
    }

    /** The other side's view, shortened but never losing who holds it: only a linking "However," goes. */
    static String statedView(String sentence) {
        String s = sentence.strip().replaceAll("\\s+", " ");
        s = LINKING_OPENER.matcher(s).replaceFirst("");
        s = NON_RESTRICTIVE.matcher(s).replaceAll("");
        if (!s.matches("(?s).*[.!?\"”]$")) s = s + ".";
        return capitalise(s);
    }

    /**
     * The claim a paragraph makes: the conclusion it draws ("Therefore …") when it draws one,
     * else its first claim (the topic sentence); null when it makes none.
     */
    private static TaggedSentence statedClaim(List<TaggedSentence> sentences, List<Signals> signals,
                                              List<SentenceRole> roles, int paragraph, int thesis) {
        TaggedSentence first = null;
        TaggedSentence drawn = null;
        TaggedSentence own = null;
        for (TaggedSentence s : sentences) {
            if (s.paragraph() != paragraph || s.index() == thesis || roles.get(s.index()) != SentenceRole.CLAIM
                    || !eligible(s, signals, roles)) continue;
            Signals g = signals.get(s.index());
            if (first == null) first = s;
            // "Therefore …", or a closing "… should also be given the freedom …" after a topic sentence
            // that recommended nothing: what the paragraph concludes.
            boolean closing = s != first && (s.index() + 1 == sentences.size() || sentences.get(s.index() + 1).paragraph() != paragraph);
            if (g.therefore() || g.conclude()
                    || closing && g.recommend() && !g.attributed() && !signals.get(first.index()).recommend()) drawn = s;
            // "However, I think …": the author says in their own voice what the paragraph holds.
            if (g.stance() && own == null && OWN_VOICE.matcher(s.text()).find() && !AGREES_WITH.matcher(s.text()).find()) own = s;
        }
        return own != null ? own : drawn != null ? drawn : first;
    }

    /**
     * What a conclusion says: it opens by restating the position and goes on to the claim the
     * essay ends on, so its first two statements are points (the thesis itself excepted).
     */
    private static List<TaggedSentence> concluding(List<TaggedSentence> sentences, List<Signals> signals,
                                                   List<SentenceRole> roles, int paragraph, int thesis) {
        List<TaggedSentence> out = new ArrayList<>();
        // A thesis taken from the conclusion is its restated position: one more statement remains.
        int wanted = thesis >= 0 && sentences.get(thesis).paragraph() == paragraph ? 1 : 2;
        for (TaggedSentence s : sentences) {
            if (out.size() == wanted) break;
            if (s.paragraph() != paragraph || s.index() == thesis || !eligible(s, signals, roles)) continue;
            // "In addition, the authorities should …", "However, … should also …": an afterthought
            // beyond the argument, not the claim the essay ends on.
            if (!out.isEmpty() && AFTERTHOUGHT.matcher(s.text()).lookingAt() && !signals.get(s.index()).stance()) break;
            out.add(s);
        }
        return out;
    }

    /**
     * "Some people believe that … I tend to agree with this view": the introduction states the
     * author's position by pointing at a view it has just reported, so the point is the view and
     * the author's word on it together. Null when the introduction does not do that.
     */
    private static Point agreedView(List<TaggedSentence> sentences, List<Signals> signals, Layout layout) {
        List<Integer> intro = layout.introduction();
        for (int k = 1; k < intro.size(); k++) {
            TaggedSentence pointer = sentences.get(intro.get(k));
            TaggedSentence view = sentences.get(intro.get(k - 1));
            Signals p = signals.get(pointer.index());
            Signals v = signals.get(view.index());
            if (p.stance() && !p.question() && ANAPHORIC_VIEW.matcher(pointer.text()).find() && pointer.paragraph() == view.paragraph()
                    && v.reported() && !v.quoted() && !v.question() && v.words() >= 5)
                return new Point(statedView(view.text()) + " " + condense(pointer.text()), view.paragraph());
        }
        return null;
    }

    /**
     * The statement that follows the thesis in its own paragraph ("Such public vehicles … help
     * alleviate traffic congestion"): the reasons the author gives for the position in brief, or
     * a second part of it. Null when the thesis ends its paragraph or only a plan, question,
     * example or pointer follows it.
     */
    private static TaggedSentence afterThesis(List<TaggedSentence> sentences, List<Signals> signals,
                                              List<SentenceRole> roles, Layout layout, int thesis) {
        if (thesis < 0 || !layout.introduction().contains(thesis) || thesis + 1 >= sentences.size()) return null;
        // Only the sentence right after the thesis: later ones lead into the body.
        TaggedSentence next = sentences.get(thesis + 1);
        return eligible(next, signals, roles) && givesReasons(next, sentences, signals, thesis) ? next : null;
    }

    /** The introduction's own statement (its last sentence that reports, plans or asks nothing), or null. */
    private static TaggedSentence framingStatement(List<TaggedSentence> sentences, List<Signals> signals,
                                                   List<SentenceRole> roles, Layout layout) {
        TaggedSentence last = null;
        List<Integer> intro = layout.introduction();
        // The opening sentence sets the scene ("Nowadays …"); the framing statement comes after it.
        for (int i : intro.size() > 1 ? intro.subList(1, intro.size()) : intro) {
            // "I tend to agree with this view" points at a statement without making one.
            if (eligible(sentences.get(i), signals, roles) && !signals.get(i).example()
                    && !ANAPHORIC_VIEW.matcher(sentences.get(i).text()).find()) last = sentences.get(i);
        }
        return last;
    }

    /** Never a heading, caption, post, quotation, opposing view, plan or signpost as a key point. */
    private static boolean eligible(TaggedSentence s, List<Signals> signals, List<SentenceRole> roles) {
        Signals g = signals.get(s.index());
        return !g.notProse() && !g.quoted() && !g.reported() && !g.plan() && !g.question() && !g.signpost()
                && roles.get(s.index()) != SentenceRole.COUNTERPOINT && g.words() >= 5;
    }

    /**
     * Runs of related paragraphs for a long text: cut between the least similar neighbours. Words
     * found in most paragraphs (the topic itself) say nothing about where one point ends, so each
     * word weighs its inverse paragraph frequency, as in TextTiling.
     */
    private static List<List<Integer>> segments(List<Integer> paragraphs, Map<Integer, Set<String>> bag, int wanted) {
        Map<String, Integer> spread = new HashMap<>();
        for (Set<String> inParagraph : bag.values()) for (String w : inParagraph) spread.merge(w, 1, Integer::sum);
        List<double[]> gaps = new ArrayList<>();
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
            gaps.add(new double[]{i, na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0});
        }
        gaps.sort((x, y) -> x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[0], y[0]));
        Set<Integer> cuts = new HashSet<>();
        for (int i = 0; i < Math.min(wanted - 1, gaps.size()); i++) cuts.add((int) gaps.get(i)[0]);
        List<List<Integer>> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= paragraphs.size(); i++) {
            if (i < paragraphs.size() && !cuts.contains(i)) continue;
            out.add(paragraphs.subList(start, i));
            start = i;
        }
        return out;
    }

    /** How well a sentence states its paragraph's point: its role and cues, then centrality. */
    private static double keyPointScore(TaggedSentence s, Signals g, SentenceRole role, Layout layout, double centrality) {
        double score = 0.5 * centrality;
        if (role == SentenceRole.CLAIM) score += 1.0;
        if (role == SentenceRole.EVIDENCE) score -= 0.2;
        if (g.therefore()) score += 0.5;
        if (g.opensArgument()) score += 0.3;
        if (g.stance() || g.recommend()) score += 0.3;
        if (g.example()) score -= 0.5;
        if (g.attributed()) score -= 0.3;
        int[] place = layout.placeInParagraph(s.index());
        if (place[0] == 0) score += 0.2;
        // The closing paragraph is where an opinion piece restates what it wants.
        if (layout.isLastProse(s.paragraph())) score += 0.3;
        if (role == SentenceRole.CLAIM && g.recommend() && !g.attributed()) score += 0.2;
        // A key point should be quick to read: long sentences lose a little.
        score -= 0.01 * Math.max(0, s.tokens().size() - 40);
        return score;
    }

    /** A shorter sentence that says the same: no opening connective, no aside, no attribution tail. */
    static String condense(String sentence) {
        String s = sentence.strip().replaceAll("\\s+", " ");
        s = LEADING_CONNECTIVE.matcher(s).replaceFirst("");
        s = NON_RESTRICTIVE.matcher(s).replaceAll("");
        s = AS_REPORTED.matcher(s).replaceAll("");
        s = INSERTED_ADVERB.matcher(s).replaceAll("");
        // The concession and the trailing participle are context; the main clause is the point.
        String main = CONCESSIVE_OPENER.matcher(s).replaceFirst("");
        if (words(main) >= 8) s = main;
        Matcher tail = PARTICIPLE_TAIL.matcher(s);
        if (tail.find() && words(s.substring(0, tail.start())) >= 8) s = s.substring(0, tail.start());
        String body = s.replaceAll("[.!?”\"]+$", "");
        // Shortened only at clause boundaries: a cut that leaves "… and therefore" keeps the sentence.
        if (DANGLING_END.matcher(body).find() || words(body) < 4) s = sentence.strip().replaceAll("\\s+", " ");
        if (!s.endsWith(".") && !s.endsWith("?") && !s.endsWith("!") && !s.endsWith("”") && !s.endsWith("\"")) s = s + ".";
        return capitalise(s);
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}

package app.briefingpack.analysis.argument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.briefingpack.analysis.nlp.TaggedSentence;

/**
 * The shape of a text as an argument: its introduction, body paragraphs and conclusion, over the
 * paragraphs that hold prose (headings, bylines and captions are skipped).
 */
final class Layout {

    private final Map<Integer, List<Integer>> byParagraph = new LinkedHashMap<>();
    private final List<Integer> prose = new ArrayList<>();
    private final List<Integer> introduction = new ArrayList<>();
    private final List<Integer> introParagraphs = new ArrayList<>();
    private final int conclusion;
    private final int lede;
    private final List<TaggedSentence> sentences;
    private final List<Signals> signals;

    private Layout(List<TaggedSentence> sentences, List<Signals> signals) {
        this.sentences = sentences;
        this.signals = signals;
        for (TaggedSentence s : sentences) byParagraph.computeIfAbsent(s.paragraph(), k -> new ArrayList<>()).add(s.index());
        int firstProse = -1;
        for (Map.Entry<Integer, List<Integer>> e : byParagraph.entrySet()) {
            long count = e.getValue().stream().filter(i -> !signals.get(i).notProse()).count();
            if (count == 0) continue;
            prose.add(e.getKey());
            if (firstProse < 0) firstProse = e.getValue().stream().filter(i -> !signals.get(i).notProse()).findFirst().orElse(-1);
        }
        lede = Math.max(0, firstProse);
        // The introduction is the first prose paragraph; a one-sentence opening (a news-style
        // lede) is read with the next two, where an op-ed often states its position.
        for (int k = 0; k < prose.size() && k < 3; k++) {
            int p = prose.get(k);
            introParagraphs.add(p);
            for (int i : byParagraph.get(p)) if (!signals.get(i).notProse()) introduction.add(i);
            if (k == 0 && introduction.size() > 1) break;
            if (introduction.size() >= 3) break;
        }
        int last = prose.isEmpty() ? -1 : prose.get(prose.size() - 1);
        boolean concludes = last >= 0 && byParagraph.get(last).stream().anyMatch(i -> signals.get(i).conclude());
        conclusion = prose.size() >= 3 && (concludes || prose.size() <= 8) ? last : -1;
    }

    static Layout of(List<TaggedSentence> sentences, List<Signals> signals) {
        return new Layout(sentences, signals);
    }

    /** Candidate thesis sentences: the introduction's prose. */
    List<Integer> introduction() {
        return introduction;
    }

    /** The conclusion's prose sentences, or none. */
    List<Integer> conclusion() {
        if (conclusion < 0) return List.of();
        return byParagraph.get(conclusion).stream().filter(i -> !signals.get(i).notProse()).toList();
    }

    /** The introduction as a part of the argument: a first paragraph of two sentences or more. */
    boolean isIntroduction(int paragraph) {
        return !introParagraphs.isEmpty() && paragraph == introParagraphs.get(0) && introParagraphs.size() == 1
                && byParagraph.get(paragraph).size() >= 2;
    }

    boolean isConclusion(int paragraph) {
        return paragraph == conclusion;
    }

    boolean isLastProse(int paragraph) {
        return !prose.isEmpty() && prose.get(prose.size() - 1) == paragraph;
    }

    int lede() {
        return lede;
    }

    /** Position of a sentence in its paragraph and the paragraph's sentence count. */
    int[] placeInParagraph(int index) {
        List<Integer> in = byParagraph.get(sentences.get(index).paragraph());
        return new int[]{in.indexOf(index), in.size()};
    }

    /** How many prose paragraphs come before this one. */
    int paragraphsAfterIntroStart(int paragraph) {
        int k = prose.indexOf(paragraph);
        return Math.max(0, k);
    }

    /** The paragraph ends on a conclusion drawn from it ("Therefore …") or the author's position. */
    boolean closesWithConclusion(int paragraph) {
        List<Integer> in = byParagraph.get(paragraph);
        if (in.size() < 2) return false;
        Signals last = signals.get(in.get(in.size() - 1));
        return last.therefore() || last.stance();
    }
}

package app.briefingpack.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.model.Briefing;

/** narration.vtt: everything said is captioned, in cues a reader can follow, with word times. */
class CaptionTest {

    private static Narration narration;
    private static VttFile vtt;

    @BeforeAll
    static void narrateTheAnalysedSample() throws Exception {
        Briefing analysed = new Analyser().analyse(SampleBriefing.load().article());
        narration = Narrator.narrate(analysed, NarrationOptions.defaults());
        vtt = VttFile.parse(narration.captionsVtt());
    }

    @Test
    void cuesAreAtMostTwoLinesOf42CharactersAndOneToSevenSeconds() {
        assertThat(vtt.cues()).hasSizeGreaterThan(100);
        int under = 0;
        for (VttFile.Entry c : vtt.cues()) {
            assertThat(c.lines()).as(c.id()).hasSizeBetween(1, 2).allSatisfy(l -> assertThat(l.length()).isBetween(1, 42));
            assertThat(c.end() - c.start()).as(c.id()).isLessThanOrEqualTo(7.0);
            if (c.end() - c.start() < 0.999) under++;
        }
        assertThat(under).as("cues under 1 s").isZero();
    }

    @Test
    void cuesNeverOverlapAndWordTimesRiseInsideTheirCue() {
        double previousEnd = 0;
        int timed = 0;
        for (VttFile.Entry c : vtt.cues()) {
            assertThat(c.start()).as(c.id()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(c.end()).isGreaterThan(c.start());
            double previous = c.start();
            for (double t : c.wordTimes()) {
                assertThat(t).as(c.id()).isGreaterThan(previous).isLessThan(c.end());
                previous = t;
                timed++;
            }
            previousEnd = c.end();
        }
        int words = vtt.cues().stream().mapToInt(c -> c.text().split("\\s+").length).sum();
        assertThat(timed).as("word timestamps").isGreaterThan(words * 8 / 10);
    }

    @Test
    void everythingSaidIsCaptionedInOrderIntroductionAndSummaryIncluded() {
        List<String> said = new ArrayList<>();
        for (ScriptChapter c : narration.script())
            for (ScriptParagraph p : c.paragraphs())
                for (ScriptSentence s : p.sentences()) said.add(s.written().strip());
        String captioned = String.join(" ", vtt.cues().stream().map(c -> c.text().replace('\n', ' ')).toList());
        assertThat(captioned.replaceAll("\\s+", " ")).isEqualTo(String.join(" ", said).replaceAll("\\s+", " "));
        assertThat(vtt.cues().get(0).start()).isLessThan(1.0);
    }

    @Test
    void noStretchOfSpeechLongerThanASecondGoesWithoutACue() {
        short[] audio = narration.samples();
        int window = Narration.SAMPLE_RATE / 100;
        List<VttFile.Entry> cues = vtt.cues();
        int uncovered = 0, longest = 0, cue = 0;
        for (int at = 0; at + window <= audio.length; at += window) {
            double t = at / (double) Narration.SAMPLE_RATE;
            while (cue < cues.size() && cues.get(cue).end() < t) cue++;
            boolean covered = cue < cues.size() && cues.get(cue).start() <= t + 0.01;
            long sum = 0;
            for (int i = at; i < at + window; i++) sum += Math.abs(audio[i]);
            boolean speech = sum / window > 300;
            if (speech && !covered) uncovered++;
            else if (covered) uncovered = 0;
            longest = Math.max(longest, uncovered);
        }
        assertThat(longest * 10).as("longest uncaptioned speech in ms").isLessThanOrEqualTo(1000);
    }

    @Test
    void sentenceFileKeepsOneCuePerArticleSentenceAndTheTranscriptHasItAll() {
        VttFile sentences = VttFile.parse(narration.sentencesVtt());
        assertThat(sentences.cues()).isNotEmpty().allSatisfy(c -> assertThat(c.id()).matches("p\\d+-s\\d+"));
        String transcript = narration.transcript();
        assertThat(transcript).startsWith(SampleBriefing.load().article().displayTitle())
                .contains("Introduction\n", "Summary\n", "Article\n");
        for (TimedSentence s : narration.sentences()) assertThat(transcript).contains(s.written().replaceAll("\\s+", " ").strip());
    }
}

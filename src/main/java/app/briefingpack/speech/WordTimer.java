package app.briefingpack.speech;

import java.util.ArrayList;
import java.util.List;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.relp.LPCResult;

/**
 * Reads each word's timing out of FreeTTS as it speaks: placed after the unit concatenator, it
 * sees an utterance's segments (with their end times) and its LPC result (the audio about to be
 * played). A word runs from the end of the segment before its first one to the end of its last
 * segment. One {@code speak} call may make several utterances, played back to back, so each is
 * placed at the running sum of the audio before it; that is the sum of the residual sizes over
 * the frames, the samples the LPC synthesis actually writes.
 */
final class WordTimer implements UtteranceProcessor {

    private final List<SpokenWord> words = new ArrayList<>();
    private long offset;

    /** The words timed since the last call, and a fresh start at sample 0. */
    List<SpokenWord> take() {
        List<SpokenWord> out = List.copyOf(words);
        words.clear();
        offset = 0;
        return out;
    }

    @Override
    public void processUtterance(Utterance u) {
        LPCResult lpc = (LPCResult) u.getObject("target_lpcres");
        if (lpc == null) return;
        int[] residuals = lpc.getResidualSizes();
        long samples = 0;
        for (int i = 0; i < lpc.getNumberOfFrames(); i++) samples += residuals[i];
        Relation segments = u.getRelation(Relation.SEGMENT);
        Relation wordRelation = u.getRelation(Relation.WORD);
        if (segments == null || wordRelation == null || segments.getTail() == null) {
            offset += samples;
            return;
        }
        // Segment end times are target times; the frames realise them: frame i ends near target
        // sample times[i], and its audio starts after the residuals of the frames before it.
        int frames = lpc.getNumberOfFrames();
        int[] times = lpc.getTimes();
        long[] frameStart = new long[frames + 1];
        for (int i = 0; i < frames; i++) frameStart[i + 1] = frameStart[i] + residuals[i];
        for (Item w = wordRelation.getHead(); w != null; w = w.getNext()) {
            Item structure = w.getItemAs(Relation.SYLLABLE_STRUCTURE);
            if (structure == null || structure.getDaughter() == null) continue;
            Item first = structure.getDaughter().getDaughter();
            Item last = structure.getLastDaughter().getLastDaughter();
            if (first == null || last == null) continue;
            Item before = first.getItemAs(Relation.SEGMENT).getPrevious();
            float from = before == null ? 0 : before.getFeatures().getFloat("end");
            float to = last.getItemAs(Relation.SEGMENT).getFeatures().getFloat("end");
            long start = offset + at(from, times, frameStart, frames, lpc.getSampleRate());
            long end = Math.max(start, offset + at(to, times, frameStart, frames, lpc.getSampleRate()));
            words.add(new SpokenWord(w.getFeatures().getString("name"), start, end));
        }
        offset += samples;
    }

    /** The sample where target time {@code seconds} is heard: the start of the first frame ending after it. */
    private static long at(float seconds, int[] times, long[] frameStart, int frames, int rate) {
        double target = seconds * rate;
        int lo = 0, hi = frames;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < target) lo = mid + 1;
            else hi = mid;
        }
        return frameStart[lo];
    }

    @Override
    public String toString() {
        return "WordTimer";
    }
}

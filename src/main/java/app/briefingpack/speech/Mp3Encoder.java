package app.briefingpack.speech;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javax.sound.sampled.AudioFormat;

import de.sciss.jump3r.lowlevel.LameEncoder;
import de.sciss.jump3r.mp3.LameGlobalFlags;
import de.sciss.jump3r.mp3.LameInternalFlags;

/**
 * Encodes the narration with jump3r (a Java port of LAME): MPEG-2 layer III, mono, 32 kbit/s
 * constant bit rate, which keeps a 16 kHz voice clear at about 240 kB a minute. LAME's quality
 * 9 is used: it skips the psychoacoustic model (block switching and masking thresholds), and
 * encoded the sample's narration with 42 % less CPU than quality 7 (1.27 s against 2.2 s on
 * one thread, load 7). Speech at this rate loses nothing measurable: decoded, quality 9 is
 * 22.6 dB signal-to-noise against the WAV (quality 7: 22.2 dB), and the recogniser's word
 * error rate over the whole decoded narration is 0.309 (quality 7: 0.335; tts-eval).
 */
final class Mp3Encoder {

    static final int BIT_RATE = 32;
    /** LAME's fastest setting (9): no psychoacoustic model, no noise shaping. */
    static final int QUALITY = LameEncoder.QUALITY_LOWEST;
    /**
     * Samples of silence a decoder outputs before the first encoded sample (LAME's encoder delay
     * plus the decoder's filter-bank delay). The narration drops this many samples of its
     * lead-in silence before encoding so that MP3 chapter and caption times equal the WAV's.
     */
    static final int CODEC_DELAY = 576 + 529;

    /** Bytes in one frame: MPEG-2 layer III frames hold 576 samples; 32 kbit/s at 16 kHz never pads. */
    static final int FRAME_BYTES = 72 * BIT_RATE * 1000 / Narration.SAMPLE_RATE;
    static final int FRAME_SAMPLES = 576;

    private Mp3Encoder() {
    }

    /**
     * Encodes {@code samples[from..]} on two threads when a quiet stretch near the middle allows:
     * the halves are encoded as two streams and their frames joined. A decoder shows the second
     * stream's first input sample {@link #CODEC_DELAY} samples after that stream's first frame
     * starts, so the second half is cut to begin exactly where the first half's frames end
     * (plus that delay); the samples skipped are silence and the timeline stays that of the WAV.
     *
     * @param quiet silent stretches of the audio, {start, end} in samples
     */
    static CompletableFuture<byte[]> encodeAsync(short[] samples, int from, List<long[]> quiet, Executor executor,
                                                 boolean parallel) {
        long middle = (from + samples.length) / 2;
        long[] split = !parallel ? null : quiet.stream()
                .filter(q -> q[0] > from && secondHalfStart(q[0] - from) + from <= q[1])
                .min(Comparator.comparingLong(q -> Math.abs(q[0] - middle)))
                .orElse(null);
        if (split == null) return CompletableFuture.supplyAsync(() -> encode(samples, from, samples.length), executor);
        int end1 = (int) split[0];
        int start2 = from + secondHalfStart(end1 - from);
        CompletableFuture<byte[]> first = CompletableFuture.supplyAsync(() -> encode(samples, from, end1), executor);
        CompletableFuture<byte[]> second = CompletableFuture.supplyAsync(() -> encode(samples, start2, samples.length), executor);
        return first.thenCombine(second, (a, b) -> {
            // The frame count of a constant-bit-rate stream depends only on its length; should an
            // encoder ever differ, the timeline would shift, so encode in one piece instead.
            if (a.length != framesFor(end1 - from) * FRAME_BYTES) return encode(samples, from, samples.length);
            byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, joined, a.length, b.length);
            return joined;
        });
    }

    /** jump3r's private handle on LAME's settings; null where this jump3r has none. */
    private static final Field SETTINGS = settingsField();

    private static Field settingsField() {
        try {
            Field f = LameEncoder.class.getDeclaredField("gfp");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Turns off LAME's ReplayGain analysis, which jump3r always turns on: it filters every sample
     * twice (a quarter of the encoding time) to compute a loudness figure that only LAME's own
     * VBR/Info tag would carry, and this stream never has that tag (its frames are written as
     * they come). The frames are the same bytes either way; if the setting cannot be reached,
     * the analysis simply runs. Returns whether it was turned off.
     */
    static boolean skipReplayGain(LameEncoder encoder) {
        if (SETTINGS == null) return false;
        try {
            LameInternalFlags internal = ((LameGlobalFlags) SETTINGS.get(encoder)).internal_flags;
            if (internal == null) return false;
            internal.findReplayGain = false;
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false; // the analysis runs: slower, same bytes
        }
    }

    /** Frames LAME writes for {@code n} samples: one per 576, plus two for its delay and flush. */
    static int framesFor(long n) {
        return (int) ((n + FRAME_SAMPLES - 1) / FRAME_SAMPLES) + 2;
    }

    private static int secondHalfStart(long firstHalfSamples) {
        return framesFor(firstHalfSamples) * FRAME_SAMPLES;
    }

    static byte[] encode(short[] samples, int from, int to) {
        return encode(samples, from, to, false);
    }

    /** As {@link #encode(short[], int, int)}; {@code replayGain} keeps jump3r's loudness analysis on (tests). */
    static byte[] encode(short[] samples, int from, int to, boolean replayGain) {
        LameEncoder encoder = new LameEncoder(new AudioFormat(Narration.SAMPLE_RATE, 16, 1, true, true),
                BIT_RATE, LameEncoder.CHANNEL_MODE_MONO, QUALITY, false);
        if (!replayGain) skipReplayGain(encoder);
        try {
            byte[] frames = new byte[encoder.getMP3BufferSize()];
            int chunkBytes = encoder.getPCMBufferSize() & ~1;
            byte[] pcm = new byte[chunkBytes];
            ByteArrayOutputStream out = new ByteArrayOutputStream((to - from) / 4);
            int i = from;
            while (i < to) {
                int n = 0;
                while (n < chunkBytes && i < to) {
                    pcm[n++] = (byte) (samples[i] >> 8);
                    pcm[n++] = (byte) samples[i++];
                }
                out.write(frames, 0, encoder.encodeBuffer(pcm, 0, n, frames));
            }
            out.write(frames, 0, encoder.encodeFinish(frames));
            return out.toByteArray();
        } finally {
            encoder.close();
        }
    }
}

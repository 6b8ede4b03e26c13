package app.briefingpack.speech;

import static org.assertj.core.api.Assertions.assertThat;

import de.sciss.jump3r.lowlevel.LameEncoder;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;

class Mp3EncoderTest {

    /** Three seconds of a voice-like signal: a gliding tone with harmonics, bursts and pauses. */
    private static short[] speechLike() {
        short[] s = new short[Narration.SAMPLE_RATE * 3];
        java.util.Random noise = new java.util.Random(7);
        for (int i = 0; i < s.length; i++) {
            double t = i / (double) Narration.SAMPLE_RATE;
            double f = 110 + 40 * Math.sin(2 * Math.PI * 0.7 * t);
            double envelope = (i / 4000) % 3 == 2 ? 0 : 0.5 + 0.5 * Math.sin(2 * Math.PI * 3 * t);
            double v = Math.sin(2 * Math.PI * f * t) + 0.4 * Math.sin(4 * Math.PI * f * t) + 0.1 * noise.nextGaussian();
            s[i] = (short) (envelope * v * 9000);
        }
        return s;
    }

    @Test
    void theReplayGainAnalysisIsReallyTurnedOff() {
        LameEncoder encoder = new LameEncoder(new AudioFormat(Narration.SAMPLE_RATE, 16, 1, true, true),
                Mp3Encoder.BIT_RATE, LameEncoder.CHANNEL_MODE_MONO, Mp3Encoder.QUALITY, false);
        try {
            // false would mean jump3r changed its fields: encoding would still be right, but slower
            assertThat(Mp3Encoder.skipReplayGain(encoder)).isTrue();
        } finally {
            encoder.close();
        }
    }

    @Test
    void framesAreTheSameBytesWithoutTheReplayGainAnalysis() {
        short[] samples = speechLike();
        byte[] without = Mp3Encoder.encode(samples, 0, samples.length);
        byte[] with = Mp3Encoder.encode(samples, 0, samples.length, true);
        assertThat(without).hasSize(Mp3Encoder.framesFor(samples.length) * Mp3Encoder.FRAME_BYTES);
        assertThat(without).isEqualTo(with);
    }
}

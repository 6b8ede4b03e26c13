package app.briefingpack.speech;

import java.io.ByteArrayOutputStream;

import javax.sound.sampled.AudioFormat;

import de.sciss.jump3r.lowlevel.LameEncoder;

/**
 * Encodes the narration with jump3r (a Java port of LAME): MPEG-2 layer III, mono, 32 kbit/s
 * constant bit rate, which keeps a 16 kHz voice clear at about 240 kB a minute. LAME's quality
 * 7 ("fast") is used: speech gains nothing audible from the slower settings, and encoding is
 * the costliest step of the narration.
 */
final class Mp3Encoder {

    static final int BIT_RATE = 32;
    /**
     * Samples of silence a decoder outputs before the first encoded sample (LAME's encoder delay
     * plus the decoder's filter-bank delay). The narration drops this many samples of its
     * lead-in silence before encoding so that MP3 chapter and caption times equal the WAV's.
     */
    static final int CODEC_DELAY = 576 + 529;

    private Mp3Encoder() {
    }

    static byte[] encode(short[] samples, int from) {
        LameEncoder encoder = new LameEncoder(new AudioFormat(Narration.SAMPLE_RATE, 16, 1, true, true),
                BIT_RATE, LameEncoder.CHANNEL_MODE_MONO, LameEncoder.QUALITY_LOW, false);
        try {
            byte[] frames = new byte[encoder.getMP3BufferSize()];
            int chunkBytes = encoder.getPCMBufferSize() & ~1;
            byte[] pcm = new byte[chunkBytes];
            ByteArrayOutputStream out = new ByteArrayOutputStream(samples.length / 4);
            int i = from;
            while (i < samples.length) {
                int n = 0;
                while (n < chunkBytes && i < samples.length) {
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

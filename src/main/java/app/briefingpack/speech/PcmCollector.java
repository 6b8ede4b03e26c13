package app.briefingpack.speech;

import java.io.ByteArrayOutputStream;

import javax.sound.sampled.AudioFormat;

import com.sun.speech.freetts.audio.AudioPlayer;

/**
 * An {@link AudioPlayer} that keeps what FreeTTS "plays" in memory instead of opening a sound
 * card (a server or a classroom laptop running the pack build may have none). FreeTTS writes
 * from its own output thread, hence the synchronisation.
 */
final class PcmCollector implements AudioPlayer {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private AudioFormat format = new AudioFormat(16000f, 16, 1, true, true);

    /** The samples written since the last call, decoded from FreeTTS's big-endian PCM. */
    synchronized short[] take() {
        byte[] b = bytes.toByteArray();
        bytes.reset();
        short[] samples = new short[b.length / 2];
        boolean big = format.isBigEndian();
        for (int i = 0; i < samples.length; i++) {
            int hi = big ? b[2 * i] : b[2 * i + 1];
            int lo = big ? b[2 * i + 1] : b[2 * i];
            samples[i] = (short) ((hi << 8) | (lo & 0xff));
        }
        return samples;
    }

    @Override public synchronized void setAudioFormat(AudioFormat f) {
        if (f.getSampleSizeInBits() != 16 || f.getChannels() != 1 || f.getSampleRate() != Narration.SAMPLE_RATE)
            throw new IllegalStateException("unexpected voice audio format " + f);
        this.format = f;
    }
    @Override public synchronized AudioFormat getAudioFormat() { return format; }
    @Override public synchronized boolean write(byte[] audio) { return write(audio, 0, audio.length); }
    @Override public synchronized boolean write(byte[] audio, int offset, int length) {
        bytes.write(audio, offset, length);
        return true;
    }
    // Playback control has no meaning for a buffer.
    @Override public void pause() { }
    @Override public void resume() { }
    @Override public void reset() { }
    @Override public boolean drain() { return true; }
    @Override public void begin(int size) { }
    @Override public boolean end() { return true; }
    @Override public void cancel() { }
    @Override public void close() { }
    @Override public float getVolume() { return 1f; }
    @Override public void setVolume(float volume) { }
    @Override public long getTime() { return 0; }
    @Override public void resetTime() { }
    @Override public void startFirstSampleTimer() { }
    @Override public void showMetrics() { }
}

package app.briefingpack.speech;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Writes 16-bit mono PCM as a canonical RIFF/WAVE file (samples little-endian, as WAV requires). */
final class WavWriter {

    private WavWriter() {
    }

    static void write(short[] samples, int sampleRate, OutputStream out) throws IOException {
        long dataBytes = 2L * samples.length;
        if (dataBytes + 36 > 0xFFFFFFFFL) throw new IOException("narration too long for a WAV file");
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) (36 + dataBytes))
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1)              // PCM
                .putShort((short) 1)              // mono
                .putInt(sampleRate)
                .putInt(sampleRate * 2)           // bytes a second
                .putShort((short) 2)              // bytes a frame
                .putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) dataBytes);
        out.write(header.array());
        byte[] chunk = new byte[1 << 16];
        int n = 0;
        for (short s : samples) {
            chunk[n++] = (byte) s;
            chunk[n++] = (byte) (s >> 8);
            if (n == chunk.length) {
                out.write(chunk, 0, n);
                n = 0;
            }
        }
        out.write(chunk, 0, n);
    }
}

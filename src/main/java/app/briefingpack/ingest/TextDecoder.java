package app.briefingpack.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes of an article file into text. UTF-8 (with or without a byte-order mark) and
 * UTF-16 with a BOM are read as they are; anything else falls back to Windows-1252 only when
 * every byte is defined there, since teachers paste from old web pages; binary files are refused.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {}

    /** The decoded text, with a warning added when a fallback encoding was used. */
    static String decode(byte[] bytes, String fileName, List<String> warnings) throws InputException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF)
            return strict(StandardCharsets.UTF_8, bytes, 3, fileName, "invalid UTF-8 after the byte-order mark");
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
            return strict(StandardCharsets.UTF_16BE, bytes, 2, fileName, "invalid UTF-16 after the byte-order mark");
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
            return strict(StandardCharsets.UTF_16LE, bytes, 2, fileName, "invalid UTF-16 after the byte-order mark");
        for (byte b : bytes) {
            if (b == 0) throw new InputException(fileName, "is a binary file (it contains NUL bytes), not an article");
        }
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                String text = decoder(WINDOWS_1252).decode(ByteBuffer.wrap(bytes)).toString();
                warnings.add(fileName + ": not valid UTF-8; read as Windows-1252");
                return text;
            } catch (CharacterCodingException neither) {
                throw new InputException(fileName, "is not valid UTF-8 text (and not Windows-1252 either)");
            }
        }
    }

    private static String strict(Charset cs, byte[] bytes, int skip, String fileName, String problem)
            throws InputException {
        try {
            CharBuffer chars = decoder(cs).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new InputException(fileName, problem);
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}

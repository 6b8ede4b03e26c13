package app.briefingpack.speech;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An ID3v2.4 tag with title, artist, album and chapters (the ID3v2 Chapter Frame Addendum:
 * CHAP frames plus CTOC tables of contents), written by hand because jump3r's ID3 support
 * stops at ID3v2.3 text frames. Chapter times are milliseconds from the start of the audio.
 */
final class Id3v2Tag {

    private final ByteArrayOutputStream frames = new ByteArrayOutputStream();

    Id3v2Tag text(String id, String value) {
        if (value != null && !value.isBlank()) frame(frames, id, textBody(value));
        return this;
    }

    /** A CHAP frame with its title as an embedded TIT2 frame. */
    Id3v2Tag chapter(String elementId, String title, long startMs, long endMs) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        latin1z(body, elementId);
        int32(body, startMs);
        int32(body, endMs);
        int32(body, 0xFFFFFFFFL); // no byte offsets: times are authoritative
        int32(body, 0xFFFFFFFFL);
        frame(body, "TIT2", textBody(title));
        frame(frames, "CHAP", body.toByteArray());
        return this;
    }

    /** A CTOC frame listing {@code children} (CHAP or CTOC element ids) in order. */
    Id3v2Tag tableOfContents(String elementId, boolean topLevel, String title, List<String> children) {
        if (children.size() > CTOC_MAX) throw new IllegalArgumentException("a CTOC lists at most 255 entries");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        latin1z(body, elementId);
        body.write((topLevel ? 0x02 : 0) | 0x01); // 0x01: the entries are ordered
        body.write(children.size());
        for (String child : children) latin1z(body, child);
        if (title != null) frame(body, "TIT2", textBody(title));
        frame(frames, "CTOC", body.toByteArray());
        return this;
    }

    /** Entries one CTOC can list: its entry count is a single byte. */
    static final int CTOC_MAX = 255;

    /**
     * A table of contents for any number of chapters: one CTOC when they fit, else a CTOC of
     * CTOCs, each listing a consecutive group (nested again when even the groups do not fit).
     * Group titles name their first and last entries' labels ("Paragraphs 1 to 255").
     */
    Id3v2Tag nestedTableOfContents(String elementId, String title, String groupNoun, List<String> children,
                                   List<String> labels) {
        int n = children.size();
        if (n <= CTOC_MAX) return tableOfContents(elementId, false, title, children);
        int groupSize = Math.max(CTOC_MAX, (n + CTOC_MAX - 1) / CTOC_MAX);
        List<String> groups = new ArrayList<>();
        for (int from = 0, g = 1; from < n; from += groupSize, g++) {
            int to = Math.min(n, from + groupSize);
            String id = elementId + "-" + g;
            String groupTitle = groupNoun + " " + labels.get(from) + " to " + labels.get(to - 1);
            nestedTableOfContents(id, groupTitle, groupNoun, children.subList(from, to), labels.subList(from, to));
            groups.add(id);
        }
        return tableOfContents(elementId, false, title, groups);
    }

    byte[] toBytes() {
        byte[] content = frames.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 10);
        out.writeBytes(new byte[] {'I', 'D', '3', 4, 0, 0});
        out.writeBytes(syncsafe(content.length));
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] textBody(String value) {
        byte[] utf8 = value.strip().getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[utf8.length + 1];
        body[0] = 3; // UTF-8, allowed from ID3v2.4 on
        System.arraycopy(utf8, 0, body, 1, utf8.length);
        return body;
    }

    private static void frame(ByteArrayOutputStream out, String id, byte[] body) {
        out.writeBytes(id.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(syncsafe(body.length)); // ID3v2.4 frame sizes are syncsafe too
        out.write(0);
        out.write(0);
        out.writeBytes(body);
    }

    static byte[] syncsafe(int n) {
        if (n < 0 || n >= 1 << 28) throw new IllegalArgumentException("ID3 size out of range: " + n);
        return new byte[] {(byte) (n >> 21 & 0x7f), (byte) (n >> 14 & 0x7f), (byte) (n >> 7 & 0x7f), (byte) (n & 0x7f)};
    }

    private static void latin1z(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        out.write(0);
    }

    private static void int32(ByteArrayOutputStream out, long v) {
        out.write((int) (v >> 24));
        out.write((int) (v >> 16));
        out.write((int) (v >> 8));
        out.write((int) v);
    }

    /** Element ids for a list of chapters: "chp0", "chp1"... */
    static List<String> ids(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(prefix + i);
        return out;
    }
}

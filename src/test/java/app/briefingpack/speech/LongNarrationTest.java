package app.briefingpack.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.briefingpack.ingest.ArticleReader;
import app.briefingpack.ingest.ReadOptions;
import app.briefingpack.model.Briefing;

/** Issue 22.1: chapters for any number of paragraphs, and a clear limit instead of an overflow. */
class LongNarrationTest {

    @Test
    void threeHundredParagraphsGetNestedChapterTablesThatReachEveryParagraph(@TempDir Path dir) throws Exception {
        Briefing briefing = briefingOf(dir, 300);
        Narration narration = Narrator.narrate(briefing, NarrationOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        narration.writeMp3(out);
        Id3 tag = Id3.read(out.toByteArray());

        List<String> reached = tag.chaptersUnder("toc");
        List<String> paragraphChapters = new ArrayList<>();
        for (int i = 0; i < narration.chapters().size(); i++)
            if (narration.chapters().get(i).level() == 1) paragraphChapters.add("chp" + i);
        assertThat(paragraphChapters).hasSize(300);
        assertThat(reached).containsSubsequence(paragraphChapters).containsAll(tag.chapters.keySet());
        assertThat(tag.tables.values()).allSatisfy(children -> assertThat(children).hasSizeLessThanOrEqualTo(255));
        assertThat(tag.tables).containsKeys("toc-paragraphs-1", "toc-paragraphs-2");
    }

    @Test
    void seventyThousandChaptersNestTwoLevelsDeep() {
        Id3v2Tag tag = new Id3v2Tag();
        List<String> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 70_000; i++) {
            tag.chapter("c" + i, "Paragraph " + (i + 1), i, i + 1);
            ids.add("c" + i);
            labels.add(Integer.toString(i + 1));
        }
        tag.tableOfContents("toc", true, "T", List.of("toc-p"));
        tag.nestedTableOfContents("toc-p", "paragraphs", "Paragraphs", ids, labels);
        Id3 read = Id3.read(tag.toBytes());
        assertThat(read.chaptersUnder("toc")).isEqualTo(ids);
        assertThat(read.tables.values()).allSatisfy(children -> assertThat(children).hasSizeLessThanOrEqualTo(255));
        assertThat(read.titles.get("toc-p-1")).isEqualTo("Paragraphs 1 to 275");
    }

    @Test
    void aBookLengthArticleIsEstimatedOverTheLimitBeforeAnyoneSynthesisesIt(@TempDir Path dir) throws Exception {
        assertThat(Narrator.estimatedHours(briefingOf(dir, 300), 165)).isLessThan(0.3);
        Path big = dir.resolve("big.txt");
        String paragraph = "The council met again on Monday to discuss the budget of the city and its schools. ".repeat(20);
        Files.writeString(big, "Big\n\n" + (paragraph.strip() + "\n\n").repeat(300));
        // 96,000 words: past the default word limit too, so read with a higher one
        Briefing b = Briefing.of(ArticleReader.read(big, new ReadOptions(ReadOptions.DEFAULT_MAX_BYTES, 200_000)).article());
        assertThat(Narrator.estimatedHours(b, 165)).isGreaterThan(Narrator.MAX_HOURS);
    }

    private static Briefing briefingOf(Path dir, int paragraphs) throws Exception {
        StringBuilder text = new StringBuilder("Council Days\n\n");
        for (int i = 0; i < paragraphs; i++) text.append("The council met on day ").append(i).append(".\n\n");
        Path file = dir.resolve("p" + paragraphs + ".txt");
        Files.writeString(file, text);
        return Briefing.of(ArticleReader.read(file, ReadOptions.defaults()).article());
    }

    /** The CHAP and CTOC frames of an ID3v2.4 tag at the start of {@code file}. */
    private record Id3(Map<String, List<String>> tables, Map<String, String> titles, Map<String, Long> chapters) {

        static Id3 read(byte[] file) {
            assertThat(new String(file, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("ID3");
            ByteBuffer tag = ByteBuffer.wrap(file, 10, syncsafe(file, 6)).slice();
            Id3 out = new Id3(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
            while (tag.remaining() >= 10 && tag.get(tag.position()) != 0) {
                byte[] head = new byte[10];
                tag.get(head);
                byte[] body = new byte[syncsafe(head, 4)];
                tag.get(body);
                String id = new String(head, 0, 4, StandardCharsets.ISO_8859_1);
                ByteBuffer b = ByteBuffer.wrap(body);
                if (!id.equals("CHAP") && !id.equals("CTOC")) continue;
                String element = latin1z(b);
                if (id.equals("CHAP")) {
                    out.chapters.put(element, (long) b.getInt());
                } else if (id.equals("CTOC")) {
                    b.get();
                    int n = b.get() & 0xff;
                    List<String> children = new ArrayList<>();
                    for (int i = 0; i < n; i++) children.add(latin1z(b));
                    out.tables.put(element, children);
                    if (b.remaining() > 11) {
                        b.position(b.position() + 10 + 1);
                        out.titles.put(element, StandardCharsets.UTF_8.decode(b).toString());
                    }
                }
            }
            return out;
        }

        /** The CHAP ids reachable from table {@code id}, depth first, in order. */
        List<String> chaptersUnder(String id) {
            List<String> out = new ArrayList<>();
            for (String child : tables.getOrDefault(id, List.of())) {
                if (tables.containsKey(child)) out.addAll(chaptersUnder(child));
                else if (chapters.containsKey(child)) out.add(child);
            }
            return out;
        }

        private static String latin1z(ByteBuffer b) {
            StringBuilder s = new StringBuilder();
            for (byte c; (c = b.get()) != 0; ) s.append((char) (c & 0xff));
            return s.toString();
        }

        private static int syncsafe(byte[] b, int at) {
            return (b[at] & 0x7f) << 21 | (b[at + 1] & 0x7f) << 14 | (b[at + 2] & 0x7f) << 7 | (b[at + 3] & 0x7f);
        }
    }
}

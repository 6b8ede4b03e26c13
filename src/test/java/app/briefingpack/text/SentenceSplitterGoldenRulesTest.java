package app.briefingpack.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import app.briefingpack.analysis.nlp.LanguageModels;
import opennlp.tools.util.Span;

/**
 * Sentence-boundary accuracy on a public set, pySBD's English "Golden Rules" (48 cases), and on
 * news cases written for this program. A case counts when every sentence comes out exactly as
 * expected. Three splitters are measured with the same scorer: OpenNLP's sentence model alone,
 * the model mended with the shared abbreviation list, and ICU4J's sentence iterator mended with
 * the same list (the program's splitter). The program keeps the best of the three.
 */
class SentenceSplitterGoldenRulesTest {

    record Case(String text, List<String> expected) {}

    static List<Case> load(String name) throws IOException {
        List<Case> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/text", name), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\t");
            out.add(new Case(parts[0], Arrays.asList(parts).subList(1, parts.length)));
        }
        return out;
    }

    static double accuracy(List<Case> cases, Function<String, List<String>> splitter, List<String> misses) {
        int right = 0;
        for (Case c : cases) {
            List<String> got = splitter.apply(c.text());
            if (got.equals(c.expected())) right++;
            else misses.add(c.text() + "  =>  " + got);
        }
        return (double) right / cases.size();
    }

    static List<String> openNlp(String text) {
        List<String> out = new ArrayList<>();
        for (Span s : LanguageModels.get().sentenceDetector().sentPosDetect(text)) out.add(text.substring(s.getStart(), s.getEnd()).strip());
        return out;
    }

    static List<String> openNlpMended(String text) {
        List<Integer> breaks = new ArrayList<>();
        for (Span s : LanguageModels.get().sentenceDetector().sentPosDetect(text)) breaks.add(s.getEnd());
        return SentenceSplitter.get().join(text, breaks).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void theProgramsSplitterIsTheBestOfTheThreeOnTheGoldenRules() throws IOException {
        List<Case> golden = load("golden-rules-en.tsv");
        assertEquals(48, golden.size());
        List<String> missesIcu = new ArrayList<>();
        double icu = accuracy(golden, SentenceSplitter.get()::split, missesIcu);
        double nlp = accuracy(golden, SentenceSplitterGoldenRulesTest::openNlp, new ArrayList<>());
        double nlpMended = accuracy(golden, SentenceSplitterGoldenRulesTest::openNlpMended, new ArrayList<>());
        System.out.printf("golden rules (48): ICU4J+list %.3f, OpenNLP %.3f, OpenNLP+list %.3f%n", icu, nlp, nlpMended);
        missesIcu.forEach(m -> System.out.println("  miss: " + m));
        assertTrue(icu >= nlp && icu >= nlpMended, "ICU4J+list " + icu + " vs OpenNLP " + nlp + " / " + nlpMended);
        assertTrue(icu >= 0.72, "golden rules accuracy " + icu + "\n" + String.join("\n", missesIcu));
    }

    @Test
    void newsAbbreviationsInitialsDecimalsAndQuotesAreAllRight() throws IOException {
        List<Case> news = load("news-abbreviations.tsv");
        List<String> misses = new ArrayList<>();
        double icu = accuracy(news, SentenceSplitter.get()::split, misses);
        double nlp = accuracy(news, SentenceSplitterGoldenRulesTest::openNlp, new ArrayList<>());
        System.out.printf("news cases (%d): ICU4J+list %.3f, OpenNLP %.3f%n", news.size(), icu, nlp);
        assertEquals(List.of(), misses);
    }

    /** Over every plain-text article of the tests (sub-folders too), no sentence ends at a title or before a lower-case word. */
    @Test
    void noTestArticleSentenceEndsAtAnAbbreviationTheNextWordContinues() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("seeds", "src/test/resources/analysis", "src/test/resources/articles")) {
            try (var s = Files.walk(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).forEach(files::add);
            }
        }
        assertTrue(files.size() >= 3, "test articles found: " + files);
        java.util.regex.Pattern title = java.util.regex.Pattern.compile(
                "\\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|St|Mt)\\.$");
        int sentences = 0;
        for (Path f : files) {
            for (String paragraph : Files.readString(f, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
                List<String> split = SentenceSplitter.get().split(paragraph.replace('\n', ' '));
                for (int i = 0; i + 1 < split.size(); i++) {
                    sentences++;
                    String here = split.get(i);
                    String next = split.get(i + 1);
                    assertTrue(!title.matcher(here).find(), f + ": ends at a title: " + here);
                    assertTrue(!Character.isLowerCase(next.charAt(0)), f + ": next sentence continues: " + here + " | " + next);
                }
            }
        }
        assertTrue(sentences > 20, "sentences checked: " + sentences);
    }

    @Test
    void spansPointIntoTheTextAndSkipBlanks() {
        String text = "  Gov. Newsom spoke.  Then he left.  ";
        List<SentenceSplitter.Span> spans = SentenceSplitter.get().spans(text);
        assertEquals(List.of("Gov. Newsom spoke.", "Then he left."), spans.stream().map(s -> s.of(text)).toList());
        assertEquals(2, spans.get(0).begin());
    }
}

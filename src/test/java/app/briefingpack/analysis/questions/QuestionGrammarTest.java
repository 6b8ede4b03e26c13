package app.briefingpack.analysis.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.ingest.ArticleReader;
import app.briefingpack.ingest.ReadOptions;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.Question;

/**
 * Every discussion question and answer-key entry the program writes is grammatical: LanguageTool
 * finds nothing in them over every article the tests hold (the sample, the test articles and the
 * short articles of every genre in {@code src/test/resources/analysis/questions}, 50 or more).
 * Only the spelling rule is switched off (see {@link #NOT_GRAMMAR}); every grammar, style and
 * typography rule LanguageTool runs by default stays on. One checker serves all texts: LanguageTool takes seconds to start.
 */
class QuestionGrammarTest {

    /**
     * The one rule switched off is spelling, which is not grammar: names, places and terms come from
     * the article ("Svanberg", "Stonebridge") and British spellings ("metres") from British articles.
     * With it on, it is the only rule that finds anything in this corpus.
     */
    private static final List<String> NOT_GRAMMAR = List.of("MORFOLOGIK_RULE_EN_US");

    private static List<Path> articles() throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(Path.of("seeds", "iraq-peace-settlement.txt"));
        for (String dir : List.of("articles", "analysis", "analysis/people", "analysis/questions")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources", dir))) {
                files.filter(f -> f.toString().matches(".*\\.(txt|md|html)$")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /**
     * One English checker. LanguageTool reads its rule files with the JDK's SAX parser (it sets a
     * JDK-only limit); another parser on the test class path (veraPDF's, EPUBCheck's) would refuse
     * that, so the JDK's is named while the rules load, and the setting is put back after.
     */
    private static JLanguageTool checker() throws IOException {
        String key = "javax.xml.parsers.SAXParserFactory";
        String before = System.getProperty(key);
        System.setProperty(key, "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
        try {
            JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
            lt.disableRules(NOT_GRAMMAR);
            lt.check("The rules load on the first check, so this sentence loads them.");
            return lt;
        } finally {
            if (before == null) System.clearProperty(key);
            else System.setProperty(key, before);
        }
    }

    @Test
    void questionsAndAnswersAreGrammaticalOverFiftyArticles() throws Exception {
        List<Path> articles = articles();
        long t0 = System.nanoTime();
        JLanguageTool lt = checker();
        long tLoad = System.nanoTime() - t0;
        long tCheck = 0;
        Analyser analyser = new Analyser();
        List<String> errors = new ArrayList<>();
        int questions = 0;
        java.util.Map<Integer, Integer> perArticle = new java.util.TreeMap<>();
        for (Path file : articles) {
            Briefing b = analyser.analyse(ArticleReader.read(file, ReadOptions.defaults()).article());
            // 4-6 questions; an article of three prose paragraphs may give three (never a padded, broken fourth).
            long prose = b.sentences().stream().filter(x -> x.text().strip().split("\\s+").length >= 6)
                    .map(app.briefingpack.model.Sentence::paragraph).distinct().count();
            assertThat(b.questions()).as(file.toString()).hasSizeBetween((int) Math.min(4, prose), 6);
            perArticle.merge(b.questions().size(), 1, Integer::sum);
            for (Question q : b.questions()) {
                questions++;
                assertThat(q.paragraph()).as(file + ": " + q.text()).isBetween(1, b.article().paragraphs().size());
                assertThat(q.answer()).as(file + ": " + q.text()).isNotBlank();
                for (String text : List.of(q.text(), q.answer())) {
                    long c0 = System.nanoTime();
                    List<RuleMatch> found = lt.check(text);
                    tCheck += System.nanoTime() - c0;
                    for (RuleMatch m : found) {
                        errors.add(file.getFileName() + " [" + m.getRule().getId() + "] " + m.getMessage() + "\n      in: "
                                + text.substring(Math.max(0, m.getFromPos() - 40), Math.min(text.length(), m.getToPos() + 40)));
                    }
                }
            }
        }
        System.out.println("articles by number of questions: " + perArticle);
        System.out.printf("LanguageTool: start %d ms, checks %d ms, total %d ms%n", tLoad / 1_000_000, tCheck / 1_000_000,
                (System.nanoTime() - t0) / 1_000_000);
        assertThat(errors).as(errors.size() + " LanguageTool findings:\n" + String.join("\n", errors)).isEmpty();
        assertThat(articles).hasSizeGreaterThanOrEqualTo(50);
        assertThat(questions).isGreaterThanOrEqualTo(200);
    }
}

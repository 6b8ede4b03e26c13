package app.briefingpack.analysis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class TextAnnotatorTest {

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    @Test
    void aTitleSplitFromItsFullStopIsOneTokenAgain() {
        // the English model splits these (a title opening the sentence, "Gen" before a possessive name)
        TextAnnotator annotator = new TextAnnotator(LanguageModels.get());
        String text = "Sgt. Paula Reyes said the plan was Gen. Marsh's.";
        TaggedSentence s = annotator.tag(0, text, 100, 1);
        assertThat(texts(s.tokens())).containsSubsequence("Sgt.", "Paula", "Gen.", "Marsh's", ".").doesNotContain("Sgt", "Gen");
        Token gen = s.tokens().stream().filter(t -> t.text().equals("Gen.")).findFirst().orElseThrow();
        assertThat(text.substring(gen.begin() - 100, gen.end() - 100)).isEqualTo("Gen.");
    }

    @Test
    void aCapitalisedWordTheModelSplitsBetweenLettersIsOneTokenAgain() {
        // the English model splits "Retno" as "Ret" "no"; it splits "cannot" on purpose
        TextAnnotator annotator = new TextAnnotator(LanguageModels.get());
        TaggedSentence s = annotator.tag(0, "Minister Retno Lopez said so.", 0, 1);
        assertThat(texts(s.tokens())).containsExactly("Minister", "Retno", "Lopez", "said", "so", ".");
        Span[] spans = TextAnnotator.joinSplitWords("Cannot go", new Span[] {new Span(0, 3), new Span(3, 6), new Span(7, 9)});
        assertThat(spans).containsExactly(new Span(0, 3), new Span(3, 6), new Span(7, 9));
    }

    @Test
    void aStopThatLostItsSpaceBetweenTwoSentencesIsSplitOff() {
        TextAnnotator annotator = new TextAnnotator(LanguageModels.get());
        TaggedSentence s = annotator.tag(0, "The candidate defeated Ashraf Qadir.In another contest, Ph.D. holders voted.", 0, 1);
        assertThat(texts(s.tokens())).containsSubsequence("Qadir", ".", "In", "another").contains("Ph.D.");
    }

    @Test
    void aPhotoCreditsSlashBetweenNamesIsSplitOff() {
        TaggedSentence s = new TextAnnotator(LanguageModels.get()).tag(0, "Photo: Brona Tiernan/Reuters/Alamy, AC/DC.", 0, 1);
        assertThat(texts(s.tokens())).containsSubsequence("Tiernan", "/", "Reuters", "/", "Alamy").contains("AC/DC");
    }

    @Test
    void onlyATitleTouchingItsStopBeforeMoreWordsIsJoined() {
        List<Token> tokens = List.of(new Token("Mrs", 0, 3, "PROPN"), new Token(".", 3, 4, "PUNCT"),
                new Token("Okafor", 5, 11, "PROPN"), new Token("met", 12, 15, "VERB"), new Token("Jan", 16, 19, "PROPN"),
                new Token(".", 19, 20, "PUNCT"), new Token("Mr", 21, 23, "PROPN"), new Token(".", 24, 25, "PUNCT"),
                new Token("the", 26, 29, "DET"), new Token("Gen", 30, 33, "PROPN"), new Token(".", 33, 34, "PUNCT"),
                new Token("\"", 34, 35, "PUNCT"));
        List<Token> joined = TextAnnotator.joinTitleStops(tokens);
        // a month is no title; "Mr ." has a space; the stop after "Gen" ends the sentence (only a quote follows)
        assertThat(texts(joined)).containsExactly("Mrs.", "Okafor", "met", "Jan", ".", "Mr", ".", "the", "Gen", ".", "\"");
        assertThat(joined.get(0)).isEqualTo(new Token("Mrs.", 0, 4, "PROPN"));
    }

    @Test
    void aDoubleDashGluedToTheNextWordIsATokenOfItsOwn() {
        TaggedSentence s = new TextAnnotator(LanguageModels.get()).tag(0, "between two candidates--Yuto Sano, and a cease-fire.", 0, 1);
        assertThat(texts(s.tokens())).containsSubsequence("candidates", "--", "Yuto", "Sano").contains("cease-fire");
    }

    @Test
    void aRankOfTwoTitlesJoinedByAHyphenKeepsItsStop() {
        TaggedSentence s = new TextAnnotator(LanguageModels.get()).tag(0, "The Chief of Army Staff, Lt-Gen. Musa Adeyemi has spoken.", 0, 1);
        assertThat(texts(s.tokens())).containsSubsequence("Lt-Gen.", "Musa", "Adeyemi");
    }
}

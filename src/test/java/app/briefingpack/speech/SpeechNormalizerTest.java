package app.briefingpack.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeechNormalizerTest {

    private final SpeechNormalizer normalizer = new SpeechNormalizer(PronunciationLexicon.bundled().sayAs());

    private String say(String s) {
        return normalizer.normalize(s);
    }

    @Test
    void datesAreReadAsOrdinals() {
        assertThat(say("told Agence-France Presse on March 3 that he had")).contains("on March third that");
        assertThat(say("It began on March 3, 2003.")).isEqualTo("It began on March third, two thousand three.");
        assertThat(say("By 3 March the talks had failed.")).startsWith("By the third of March the talks");
        assertThat(say("on Sept. 11 they met")).contains("September eleventh");
    }

    @Test
    void usIsSpelledWithoutAPauseInsideTheSentence() {
        String s = say("the complete withdrawal of U.S. troops in return");
        assertThat(s).isEqualTo("the complete withdrawal of U S troops in return");
        assertThat(s).doesNotContain(".");
        assertThat(say("U.S. Ambassador John Negroponte insisted")).startsWith("U S Ambassador John");
        // at the end of a sentence its period also ends the sentence
        assertThat(say("They blamed the U.S.")).isEqualTo("They blamed the U S.");
    }

    @Test
    void curlyApostrophesBecomePlainSoThePossessiveStaysOneWord() {
        assertThat(say("to restore Saddam\u2019s regime")).isEqualTo("to restore Saddam's regime");
        assertThat(say("high-ranking Ba\u2019athist officials")).contains("Baathist officials");
        assertThat(say("the jihadists\u2019 brand")).isEqualTo("the jihadists brand");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "During the last half of 2003, men joined.|During the last half of two thousand three, men joined.",
            "more than 35 insurgent operations|more than thirty-five insurgent operations",
            "in the 1990s and the '60s|in the nineteen nineties and the sixties",
            "the 21st century|the twenty-first century",
            "It fell 12.5% in 1998.|It fell twelve point five percent in nineteen ninety-eight.",
            "about 40 percent of voters|about forty percent of voters",
            "It cost $3.5 million.|It cost three point five million dollars.",
            "a fee of $12.50 today|a fee of twelve dollars and fifty cents today",
            "some 1,500 soldiers|some one thousand five hundred soldiers",
            "from 1990–1995 on|from nineteen ninety to nineteen ninety-five on",
            "Mr. Smith met Dr. Jones on Harley St.|Mister Smith met Doctor Jones on Harley Street.",
            "St. Louis is far|Saint Louis is far",
            "Room No. 5 is open|Room number five is open",
    })
    void numbersAndAbbreviationsAreReadNaturally(String written, String spoken) {
        assertThat(say(written)).isEqualTo(spoken);
    }

    @Test
    void acronymsFollowTheSayAsTable() {
        assertThat(say("told AFP on Monday")).isEqualTo("told A F P on Monday");
        assertThat(say("the U.N. and the UN agree")).isEqualTo("the U N and the U N agree");
        assertThat(say("TIME revealed that")).isEqualTo("Time revealed that");
    }

    @Test
    void urlsParenthesesAndDashesBecomeSpeakable() {
        assertThat(say("Foreign Policy In Focus (online at www.fpif.org). His book"))
                .isEqualTo("Foreign Policy In Focus, online at w w w dot f p i f dot org. His book");
        assertThat(say("a regime in Iraq\u2014its dependence on the U.S. military"))
                .isEqualTo("a regime in Iraq, its dependence on the U S military");
        assertThat(say("so [the insurgents] do not feel")).isEqualTo("so the insurgents do not feel");
        assertThat(say("about \u201ccooperating together\u201d to end")).isEqualTo("about cooperating together to end");
    }

    @Test
    void foreignLettersAndScriptsDoNotReachTheVoice() {
        assertThat(say("Caf\u00e9 M\u00fcller in Z\u00fcrich paid \u20ac5.")).isEqualTo("Cafe Muller in Zurich paid five euros.");
        assertThat(say("Beijing (\u5317\u4eac) replied.")).isEqualTo("Beijing, replied.");
        assertThat(say("Stra\u00dfe")).isEqualTo("Strasse");
    }

    @Test
    void leavesOrdinaryProseAlone() {
        String s = "But the insurgency quickly evolved into something quite different.";
        assertThat(say(s)).isEqualTo(s);
    }
}

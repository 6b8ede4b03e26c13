package app.briefingpack.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeechNormaliserTest {

    private final SpeechNormaliser normaliser = new SpeechNormaliser(PronunciationLexicon.bundled().sayAs());

    private String say(String s) {
        return normaliser.normalise(s);
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
                .isEqualTo("Foreign Policy In Focus, online at f p i f dot org. His book");
        assertThat(say("a regime in Iraq\u2014its dependence on the U.S. military"))
                .isEqualTo("a regime in Iraq, its dependence on the U S military");
        assertThat(say("so [the insurgents] do not feel")).isEqualTo("so the insurgents do not feel");
        assertThat(say("about \u201ccooperating together\u201d to end")).isEqualTo("about cooperating together to end");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "It reached 50 °C by noon.|It reached fifty degrees Celsius by noon.",
            "a low of 14°F overnight|a low of fourteen degrees Fahrenheit overnight",
            "at −5°C the pipes froze|at minus five degrees Celsius the pipes froze",
            "a slope of 30° here|a slope of thirty degrees here",
            "output fell −2.1% last year|output fell minus two point one percent last year",
            "growth of -0.4% in May|growth of minus zero point four percent in May",
            "a change of +3% on the day|a change of plus three percent on the day",
            "the 1990-1995 plan|the nineteen ninety to nineteen ninety-five plan",
            "a £350m deal|a three hundred fifty million pound deal",
            "it cost £350m.|it cost three hundred fifty million pounds.",
            "€2bn in aid|two billion euros in aid",
            "¥1.5bn was lost|one point five billion yen was lost",
            "raised $40k for the school|raised forty thousand dollars for the school",
            "a $214.6 billion budget|a two hundred fourteen point six billion dollar budget",
            "$214.6 billion was spent|two hundred fourteen point six billion dollars was spent",
            "$5 million raised by donors|five million dollars raised by donors",
            "a $20 ticket|a twenty dollar ticket",
            "The vote closed at 9:30 p.m.|The vote closed at nine thirty p m.",
            "at 9:30 p.m. on Monday|at nine thirty p m on Monday",
            "from 10:00 a.m. to 4:05 pm|from ten a m to four oh five p m",
            "the 21:00 news|the twenty-one hundred news",
            "at 6:00 sharp|at six o clock sharp",
            "Write to jane.doe@example.com for details.|Write to an email address for details.",
            "see https://www.bbc.co.uk/news/world-123 now|see b b c dot co dot u k now",
    })
    void unitsSignsClockTimesAndAddressesAreSaidTheWayAReaderWould(String written, String spoken) {
        assertThat(say(written)).isEqualTo(spoken);
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

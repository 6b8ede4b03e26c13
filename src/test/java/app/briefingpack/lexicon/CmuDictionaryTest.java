package app.briefingpack.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CmuDictionaryTest {

    @Test
    void theBuildsTableIsOnTheClasspath() throws Exception {
        assertThat(CmuDictionary.loadTable()).isNotNull();
    }

    /** Every word of FreeTTS's files, the same in other cases and cut short, and random strings. */
    @Test
    void theTableAnswersEveryLookUpAsFreeTtsDoes() throws Exception {
        CmuDictionary table = CmuDictionary.loadTable();
        CmuDictionary freetts = CmuDictionary.loadFreeTts();
        List<String> words = new ArrayList<>(CmuDictionaryWriter.words("/com/sun/speech/freetts/en/us/cmudict04_compiled.txt"));
        words.addAll(CmuDictionaryWriter.words("/com/sun/speech/freetts/en/us/cmudict04_addenda.txt"));
        Random random = new Random(42);
        List<String> probes = new ArrayList<>();
        for (String w : words) {
            probes.add(w);
            if (random.nextInt(10) == 0) {
                probes.add(w.toUpperCase(Locale.ROOT));
                probes.add(w.substring(0, w.length() - 1));
                probes.add(w + "s");
                probes.add(w + "'s");
            }
        }
        for (int i = 0; i < 5000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(9); k >= 0; k--) s.append("abcdeilmnorstuy'-é".charAt(random.nextInt(18)));
            probes.add(s.toString());
        }
        probes.add("");
        int known = 0;
        for (String p : probes) {
            String[] expected = freetts.phones(p);
            assertThat(table.phones(p)).as(p).isEqualTo(expected);
            if (expected != null) known++;
        }
        assertThat(known).isGreaterThan(100_000);
    }
}

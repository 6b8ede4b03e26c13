import java.nio.file.Files;
import java.nio.file.Path;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Tags a file of tokenised sentences (one a line, a blank line between documents) with a
 * name-finder model, in OpenNLP's training notation, so that score.py can compare it with the
 * gold file line by line. usage: java -cp CLASSPATH TagSentences.java MODEL IN OUT
 */
public class TagSentences {
    public static void main(String[] args) throws Exception {
        NameFinderME finder = new NameFinderME(new TokenNameFinderModel(Path.of(args[0])));
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            if (line.isBlank()) { // a new document: forget what the last one taught
                finder.clearAdaptiveData();
                out.append('\n');
                continue;
            }
            String[] tokens = line.split(" ");
            String[] before = new String[tokens.length + 1];
            String[] after = new String[tokens.length + 1];
            for (Span span : finder.find(tokens)) {
                before[span.getStart()] = "<START:" + span.getType() + "> ";
                after[span.getEnd()] = "<END> ";
            }
            StringBuilder tagged = new StringBuilder();
            for (int i = 0; i <= tokens.length; i++) {
                if (after[i] != null) tagged.append(after[i]);
                if (i < tokens.length) {
                    if (before[i] != null) tagged.append(before[i]);
                    tagged.append(tokens[i]).append(' ');
                }
            }
            out.append(tagged.toString().trim()).append('\n');
        }
        Files.writeString(Path.of(args[2]), out.toString());
    }
}

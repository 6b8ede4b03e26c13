package app.briefingpack.analysis.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.briefingpack.analysis.nlp.LanguageModels;
import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.TextAnnotator;
import app.briefingpack.analysis.nlp.Token;
import app.briefingpack.lexicon.WordNet;
import app.briefingpack.model.Article;
import app.briefingpack.model.Mention;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.Paragraph;

/**
 * Development tool, not a test: scores person names the way the product finds them, on the test
 * documents of the name finder's corpora (tools/name-finder/README.md). Each document of a gold
 * file in OpenNLP notation (tokenised sentences, {@code <START:person> ... <END>}, a blank line
 * between documents) is turned back into plain text (tokens joined by the usual spacing rules;
 * sentences in paragraphs of at most five, a sentence that does not end in a full stop, such as a
 * heading, alone), so the product's own sentence splitter, tokenizer and tagger read it. Two
 * systems are scored against the gold's person spans by exact character span:
 * <ul>
 * <li>{@code model}: the name-finder model alone, run by {@link NameModel} on the product's tokens;
 * <li>{@code finder}: {@link EntityRecognizer} (rules, gazetteers, titles and the model): every
 * mention of every person it lists.</li>
 * </ul>
 * A possessive ending ("Smetana's") is not part of a span. The model on the class path is the one
 * scored ({@code src/main/resources/briefingpack/models/en-ner.bin} after a build).
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) app.briefingpack.analysis.entities.NameFinderEvalRunner GOLD... [-v]</pre>
 */
public final class NameFinderEvalRunner {

    private static final Pattern MARK = Pattern.compile("<START:(\\w+)>|<END>");

    private NameFinderEvalRunner() {}

    /** A gold document as plain text with its person spans. */
    record Document(String text, List<int[]> paragraphs, Set<Span> people) {}

    record Span(int begin, int end) {}

    /** Found, gold and right, per system. */
    static final class Score {
        int found, gold, right;

        void add(Set<Span> got, Set<Span> want) {
            found += got.size();
            gold += want.size();
            for (Span s : got) if (want.contains(s)) right++;
        }

        @Override
        public String toString() {
            double p = found == 0 ? 0 : (double) right / found;
            double r = gold == 0 ? 0 : (double) right / gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return String.format("P %.3f R %.3f F1 %.3f (%d right of %d found, %d in the gold)", p, r, f, right, found, gold);
        }
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = List.of(args).contains("-v");
        WordNet wordNet = WordNet.get();
        EntityRecognizer recognizer = new EntityRecognizer(wordNet);
        TextAnnotator annotator = new TextAnnotator(LanguageModels.get());
        Score allModel = new Score();
        Score allFinder = new Score();
        for (String arg : args) {
            if (arg.equals("-v")) continue;
            Score model = new Score();
            Score finder = new Score();
            int n = 0;
            for (Document doc : documents(Path.of(arg))) {
                Article article = article(arg + "#" + (++n), doc);
                List<TaggedSentence> tagged = annotator.annotate(article);
                Set<Span> byModel = new HashSet<>();
                List<List<NameModel.Found>> found = NameModel.get().find(tagged);
                for (int i = 0; i < tagged.size(); i++) {
                    List<Token> tokens = tagged.get(i).tokens();
                    for (NameModel.Found f : found.get(i)) {
                        if (f.type().equals("person")) byModel.add(trimmed(doc.text(), tokens.get(f.from()).begin(), tokens.get(f.to() - 1).end()));
                    }
                }
                Set<Span> byFinder = new HashSet<>();
                Entities entities = recognizer.recognise(article, tagged);
                for (Entity person : entities.people()) {
                    for (Mention m : person.mentions()) byFinder.add(trimmed(doc.text(), m.begin(), m.end()));
                }
                model.add(byModel, doc.people());
                finder.add(byFinder, doc.people());
                if (verbose) report(doc, byFinder, entities);
            }
            System.out.println(arg + " (" + n + " documents)");
            System.out.println("  model  " + model);
            System.out.println("  finder " + finder);
            add(allModel, model);
            add(allFinder, finder);
        }
        System.out.println("together");
        System.out.println("  model  " + allModel);
        System.out.println("  finder " + allFinder);
    }

    private static void report(Document doc, Set<Span> found, Entities entities) {
        for (Span s : doc.people()) {
            if (found.contains(s)) continue;
            String as = entities.at(s.begin(), s.end()).map(e -> " [" + e.kind() + " " + e.name() + "]").orElse("");
            System.out.println("    missed " + context(doc.text(), s) + as);
        }
        for (Span s : found) if (!doc.people().contains(s)) System.out.println("    wrong  " + context(doc.text(), s));
    }

    private static String context(String text, Span s) {
        return text.substring(s.begin(), s.end()) + "  |  "
                + text.substring(Math.max(0, s.begin() - 40), Math.min(text.length(), s.end() + 40)).replace('\n', ' ');
    }

    private static Span trimmed(String text, int begin, int end) {
        String t = text.substring(begin, end);
        if (t.endsWith("'s") || t.endsWith("’s")) end -= 2;
        else if (t.endsWith("'") || t.endsWith("’")) end -= 1;
        return new Span(begin, end);
    }

    private static Article article(String name, Document doc) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int[] p : doc.paragraphs()) {
            paragraphs.add(new Paragraph(paragraphs.size() + 1, doc.text().substring(p[0], p[1]), p[0], p[1]));
        }
        return new Article(name, Metadata.empty(), doc.text(), 0, paragraphs);
    }

    static List<Document> documents(Path gold) throws IOException {
        List<Document> docs = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!sentences.isEmpty()) docs.add(document(sentences));
                sentences = new ArrayList<>();
            } else {
                sentences.add(line);
            }
        }
        if (!sentences.isEmpty()) docs.add(document(sentences));
        return docs;
    }

    private static Document document(List<String> sentences) {
        StringBuilder text = new StringBuilder();
        List<int[]> paragraphs = new ArrayList<>();
        Set<Span> people = new HashSet<>();
        int paragraphStart = 0;
        int inParagraph = 0;
        for (String sentence : sentences) {
            if (inParagraph > 0) text.append(' ');
            boolean quoteOpen = false;
            String previous = null;
            int nameStart = -1;
            String nameType = null;
            for (String token : sentence.split(" ")) {
                Matcher m = MARK.matcher(token);
                if (m.matches()) {
                    if (m.group(1) != null) {
                        nameType = m.group(1);
                        nameStart = -2; // set at the next token
                    } else if (nameType != null) {
                        if (nameType.equals("person")) people.add(new Span(nameStart, text.length()));
                        nameType = null;
                    }
                    continue;
                }
                boolean isQuote = token.equals("\"");
                boolean spaceBefore = previous != null && !noSpaceBefore(token, quoteOpen) && !noSpaceAfter(previous, quoteOpen)
                        && !(token.equals("-") || previous.equals("-"));
                if (isQuote) quoteOpen = !quoteOpen;
                if (spaceBefore) text.append(' ');
                if (nameStart == -2) nameStart = text.length();
                text.append(token);
                previous = token;
            }
            inParagraph++;
            boolean ends = previous != null && previous.matches("[.!?\"')’”]+");
            if (!ends || inParagraph == 5) {
                paragraphs.add(new int[] {paragraphStart, text.length()});
                text.append("\n\n");
                paragraphStart = text.length();
                inParagraph = 0;
            }
        }
        if (inParagraph > 0) paragraphs.add(new int[] {paragraphStart, text.length()});
        return new Document(text.toString(), paragraphs, people);
    }

    private static boolean noSpaceBefore(String token, boolean quoteOpen) {
        return token.matches("[,.;:!?)\\]}%]+|'s|'S|’s|n't|'re|'ve|'ll|'d|'m|'") || (token.equals("\"") && quoteOpen);
    }

    /** Whether no space follows {@code token}; a quote is read after it has toggled {@code quoteOpen}. */
    private static boolean noSpaceAfter(String token, boolean quoteOpen) {
        return token.matches("[(\\[{$]") || (token.equals("\"") && quoteOpen);
    }

    private static void add(Score into, Score from) {
        into.found += from.found;
        into.gold += from.gold;
        into.right += from.right;
    }
}

package app.briefingpack.analysis.entities;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import app.briefingpack.analysis.nlp.LanguageModels;
import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.TextAnnotator;
import app.briefingpack.ingest.ArticleReader;
import app.briefingpack.ingest.ReadOptions;
import app.briefingpack.lexicon.WordNet;
import app.briefingpack.model.Article;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Development tool, not a test: trains {@link RoleModel} on people sets (tools/role-model/README.md)
 * and cross-validates it. A set is a folder with {@code texts/} and {@code people-gold.tsv}
 * ({@code file<TAB>name<TAB>role words joined by |}). Every role candidate of every listed person
 * whose name the gold has is an event: {@code role} when it holds one of the gold's role words (the
 * way tools/people-eval/score.py checks a role), else {@code other}.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) app.briefingpack.analysis.entities.RoleModelTrainer cv SET...
 * java -cp ... RoleModelTrainer train OUT.bin.gz SET...
 * </pre>
 * {@code cv} leaves one set out at a time and reports, for a range of thresholds, the roles the
 * patterns and the model get right together, and the roles the model gives people the gold gives none.
 */
public final class RoleModelTrainer {

    private RoleModelTrainer() {}

    /** A listed person with the gold's role words (empty when it gives none; null when the gold has no such person). */
    record Person(String name, String patternRole, List<RoleCandidates.Candidate> candidates, List<String> goldWords) {

        boolean inGold() {
            return goldWords != null;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) throw new IllegalArgumentException("usage: cv SET... | train OUT SET...");
        boolean train = args[0].equals("train");
        List<Path> sets = Stream.of(args).skip(train ? 2 : 1).map(Path::of).toList();
        Map<Path, List<List<Person>>> people = new LinkedHashMap<>();
        for (Path set : sets) people.put(set, read(set));
        if (train) {
            List<Person> all = people.values().stream().flatMap(List::stream).flatMap(List::stream).toList();
            GISModel model = (GISModel) train(all);
            try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
                new BinaryGISModelWriter(model, new DataOutputStream(new GZIPOutputStream(new BufferedOutputStream(out)))).persist();
            }
            System.out.printf("trained on %d people the gold names, %d events%n", all.stream().filter(Person::inGold).count(), events(all).size());
            return;
        }
        double[] thresholds = {0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
        int[] right = new int[thresholds.length], wrong = new int[thresholds.length], extra = new int[thresholds.length];
        int withRole = 0, patternsRight = 0, reachable = 0;
        boolean verbose = System.getProperty("verbose") != null;
        for (Path held : sets) {
            List<Person> rest = new ArrayList<>();
            people.forEach((set, docs) -> { if (!set.equals(held)) docs.forEach(rest::addAll); });
            RoleModel model = new RoleModel(train(rest));
            for (List<Person> doc : people.get(held)) {
                Map<Person, List<RoleCandidates.Candidate>> open = new LinkedHashMap<>();
                for (Person p : doc) if (p.patternRole() == null) open.put(p, p.candidates());
                for (Person p : doc) {
                    if (!p.inGold()) continue;
                    if (!p.goldWords().isEmpty()) withRole++;
                    if (p.patternRole() != null && holds(p.patternRole(), p.goldWords())) patternsRight++;
                    if (p.patternRole() == null && !p.goldWords().isEmpty() && p.candidates().stream().anyMatch(c -> holds(c.role(), p.goldWords())))
                        reachable++;
                }
                for (int i = 0; i < thresholds.length; i++) {
                    Map<Person, RoleCandidates.Candidate> chosen = model.assign(open, thresholds[i]);
                    for (Map.Entry<Person, RoleCandidates.Candidate> e : chosen.entrySet()) {
                        Person p = e.getKey();
                        if (!p.inGold()) continue;
                        if (p.goldWords().isEmpty()) extra[i]++;
                        else if (holds(e.getValue().role(), p.goldWords())) right[i]++;
                        else wrong[i]++;
                    }
                }
                if (verbose) {
                    Map<Person, RoleCandidates.Candidate> chosen = model.assign(open, Double.parseDouble(System.getProperty("verbose")));
                    for (Person p : open.keySet()) {
                        if (!p.inGold()) continue;
                        RoleCandidates.Candidate c = chosen.get(p);
                        boolean reach = p.candidates().stream().anyMatch(x -> holds(x.role(), p.goldWords()));
                        String mark = c == null ? (reach && !p.goldWords().isEmpty() ? "MISS" : "none")
                                : p.goldWords().isEmpty() ? "EXTRA" : holds(c.role(), p.goldWords()) ? "RIGHT" : "WRONG";
                        System.out.println(mark + "\t" + held.getFileName() + "\t" + p.name() + "\t" + (c == null ? "-" : c.role()) + "\t"
                                + p.goldWords() + "\t" + (c == null ? p.candidates().stream().map(x -> x.role()).distinct().toList() : c.sentence().text()));
                    }
                }
            }
        }
        System.out.printf("gold people found with a role: %d; patterns right: %d (%.3f); a right candidate where the patterns give none: %d%n",
                withRole, patternsRight, patternsRight / (double) withRole, reachable);
        for (int i = 0; i < thresholds.length; i++) {
            System.out.printf("threshold %.1f: model right %d, wrong %d, role given where the gold has none %d; roles %.3f%n",
                    thresholds[i], right[i], wrong[i], extra[i], (patternsRight + right[i]) / (double) withRole);
        }
    }

    private static boolean holds(String role, List<String> goldWords) {
        String r = role.toLowerCase(Locale.ROOT);
        return goldWords.stream().anyMatch(r::contains);
    }

    private static MaxentModel train(List<Person> people) throws IOException {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, Integer.getInteger("iterations", 100));
        params.put(TrainingParameters.CUTOFF_PARAM, Integer.getInteger("cutoff", 2));
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        return trainer.train(ObjectStreamUtils.createObjectStream(events(people)));
    }

    private static List<Event> events(List<Person> people) {
        List<Event> out = new ArrayList<>();
        for (Person p : people) {
            if (!p.inGold()) continue;
            for (RoleCandidates.Candidate c : p.candidates()) {
                String outcome = !p.goldWords().isEmpty() && holds(c.role(), p.goldWords()) ? RoleModel.YES : RoleModel.NO;
                out.add(new Event(outcome, c.features().toArray(String[]::new)));
            }
        }
        return out;
    }

    /** The listed people of each text of {@code set}, with their candidates and the gold's role words. */
    static List<List<Person>> read(Path set) throws Exception {
        Map<String, Map<String, List<String>>> gold = new HashMap<>();
        for (String line : Files.readAllLines(set.resolve("people-gold.tsv"), StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 3) continue;
            List<String> words = Stream.of(cols[2].split("\\|")).map(String::strip).filter(w -> !w.isEmpty())
                    .map(w -> w.toLowerCase(Locale.ROOT)).toList();
            gold.computeIfAbsent(cols[0], f -> new HashMap<>()).put(cols[1].strip().toLowerCase(Locale.ROOT), words);
        }
        TextAnnotator annotator = new TextAnnotator(LanguageModels.get());
        WordNet wordNet = WordNet.get();
        RoleFinder roles = new RoleFinder(wordNet);
        List<List<Person>> out = new ArrayList<>();
        try (Stream<Path> texts = Files.list(set.resolve("texts")).sorted()) {
            for (Path text : texts.toList()) {
                Map<String, List<String>> wanted = gold.getOrDefault(text.getFileName().toString(), Map.of());
                Article article = ArticleReader.read(text, ReadOptions.defaults()).article();
                List<TaggedSentence> tagged = annotator.annotate(article);
                String bio = article.metadata().authorBio();
                int bioAt = bio == null ? -1 : article.body().indexOf(bio);
                Recognition recognition = new Recognition(wordNet, roles, RoleModel.NONE, article, tagged,
                        annotator.annotateOutside(bio, Math.max(0, bioAt)), annotator.annotateOutside(article.metadata().title(), 0));
                recognition.entities();
                List<Person> doc = new ArrayList<>();
                for (Recognition.PersonCandidates p : recognition.roleCandidates())
                    doc.add(new Person(p.name(), p.patternRole(), p.candidates(), wanted.get(p.name().toLowerCase(Locale.ROOT))));
                out.add(doc);
            }
        }
        return out;
    }
}

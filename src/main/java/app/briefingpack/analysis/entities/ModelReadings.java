package app.briefingpack.analysis.entities;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.briefingpack.analysis.nlp.TaggedSentence;

/**
 * What the statistical name finder read in each sentence of one article (body and bio). Built once
 * per recognition, so the model runs over every sentence once and in order, with its document
 * memory fresh for each article.
 */
final class ModelReadings {

    private final Map<TaggedSentence, List<NameModel.Found>> found = new IdentityHashMap<>();

    static ModelReadings of(List<TaggedSentence> body, List<TaggedSentence> bio) {
        ModelReadings readings = new ModelReadings();
        readings.read(body);
        readings.read(bio);
        return readings;
    }

    private void read(List<TaggedSentence> sentences) {
        List<List<NameModel.Found>> names = NameModel.get().find(sentences);
        for (int i = 0; i < sentences.size(); i++) found.put(sentences.get(i), names.get(i));
    }

    /** The type the model gives the tokens of {@code run}, when a name it found covers most of them. */
    Optional<String> typeOf(NameRun run) {
        for (NameModel.Found f : found.getOrDefault(run.sentence(), List.of())) {
            int overlap = Math.min(f.to(), run.to()) - Math.max(f.from(), run.from());
            if (overlap > 0 && 2 * overlap >= run.size()) return Optional.of(f.type());
        }
        return Optional.empty();
    }

    /** Whether the model read a person anywhere inside {@code run}. */
    boolean personInside(NameRun run) {
        return found.getOrDefault(run.sentence(), List.of()).stream()
                .anyMatch(f -> f.type().equals("person") && f.from() >= run.from() && f.to() <= run.to());
    }

    /** Whether the model read a person of two or more tokens starting at token {@code i}. */
    boolean personStartsAt(TaggedSentence sentence, int i) {
        return found.getOrDefault(sentence, List.of()).stream()
                .anyMatch(f -> f.from() == i && f.to() > i + 1 && f.type().equals("person"));
    }

    /** The model's type as a kind of entity; events are not listed. */
    static Optional<EntityKind> kindOf(String modelType) {
        return switch (modelType) {
            case "person" -> Optional.of(EntityKind.PERSON);
            case "organization" -> Optional.of(EntityKind.ORGANISATION);
            case "place" -> Optional.of(EntityKind.PLACE);
            default -> Optional.empty();
        };
    }
}

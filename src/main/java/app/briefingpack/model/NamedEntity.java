package app.briefingpack.model;

import java.util.List;

/** An organisation, place or group the article names, with every mention. */
public record NamedEntity(String name, List<Mention> mentions) {
    public NamedEntity {
        mentions = List.copyOf(mentions);
    }
}

package app.briefingpack.model;

import java.util.List;

/** A person the article names, the role the text gives them (null when it gives none), and every mention. */
public record Person(String name, String role, List<Mention> mentions) {
    public Person {
        mentions = List.copyOf(mentions);
    }
}

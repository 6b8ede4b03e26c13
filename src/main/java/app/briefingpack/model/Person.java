package app.briefingpack.model;

import java.util.List;

/**
 * A person the article names, the role the text gives them (null when it gives none), and every
 * mention. {@code roleInferred} says the role was chosen by a learned model from a phrase near the
 * name rather than read from a pattern the text states it in: such a role is right less often, so
 * a question does not rest on it.
 */
public record Person(String name, String role, List<Mention> mentions, boolean roleInferred) {
    public Person {
        mentions = List.copyOf(mentions);
    }

    /** A person whose role, if any, the text states. */
    public Person(String name, String role, List<Mention> mentions) {
        this(name, role, mentions, false);
    }
}

package app.briefingpack.analysis.entities;

import java.util.List;

import app.briefingpack.model.Mention;

/**
 * A recognised name: its kind, the form shown to readers, the role the text gives (people only,
 * else null), its mentions in body order, and whether the role is the role model's choice.
 */
public record Entity(EntityKind kind, String name, String role, List<Mention> mentions, boolean roleInferred) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}

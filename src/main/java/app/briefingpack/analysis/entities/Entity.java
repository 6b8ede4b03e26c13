package app.briefingpack.analysis.entities;

import java.util.List;

import app.briefingpack.model.Mention;

/** A recognised name: its kind, the form shown to readers, the role the text gives (people only, else null) and its mentions in body order. */
public record Entity(EntityKind kind, String name, String role, List<Mention> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}

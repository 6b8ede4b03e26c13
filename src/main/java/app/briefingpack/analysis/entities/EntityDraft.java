package app.briefingpack.analysis.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.briefingpack.model.Mention;

/**
 * One entity while an article is read: its mentions and the forms they were written in. Mutable,
 * and private to one {@link Recognition}; {@link #build()} makes the immutable {@link Entity}.
 */
final class EntityDraft {

    final EntityKind kind;
    String name;
    String role;
    /** Whether {@link #role} is the role model's choice rather than a pattern's. */
    boolean roleInferred;
    final List<Mention> mentions = new ArrayList<>();
    final Map<String, Integer> forms = new HashMap<>();

    EntityDraft(EntityKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    void mention(int paragraph, int begin, int end, String form) {
        for (Mention m : mentions) if (m.begin() == begin) return;
        mentions.add(new Mention(paragraph, begin, end));
        forms.merge(form, 1, Integer::sum);
    }

    /** Takes over the mentions of a shorter form of the same name ("Allawi", "U.S."). */
    void absorbMentions(EntityDraft shortForm) {
        for (Mention m : shortForm.mentions) mention(m.paragraph(), m.begin(), m.end(), shortForm.name);
    }

    /** A group is shown in its plural form when the text uses one ("Iraqis"), else as most often written. */
    String groupDisplayForm() {
        return forms.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> e.getKey().endsWith("s") ? 0 : 1)
                        .thenComparing(Map.Entry::getValue, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).findFirst().orElse(name);
    }

    Entity build() {
        mentions.sort(Comparator.comparingInt(Mention::begin));
        return new Entity(kind, name, role, mentions, roleInferred && role != null);
    }
}

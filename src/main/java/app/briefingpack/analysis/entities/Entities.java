package app.briefingpack.analysis.entities;

import java.util.List;
import java.util.Optional;

import app.briefingpack.model.Mention;
import app.briefingpack.model.NamedEntity;
import app.briefingpack.model.Person;

/** Everything the recogniser found, by kind: people by prominence in the story (the author first), the others in order of first mention. */
public record Entities(List<Entity> people, List<Entity> organisations, List<Entity> places, List<Entity> groups) {

    public Entities {
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        places = List.copyOf(places);
        groups = List.copyOf(groups);
    }

    /** The entity with a mention overlapping {@code [begin, end)}, people and organisations first. */
    public Optional<Entity> at(int begin, int end) {
        for (List<Entity> list : List.of(people, organisations, places, groups)) {
            for (Entity e : list) {
                for (Mention m : e.mentions()) if (m.begin() < end && begin < m.end()) return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public List<Person> asPeople() {
        return people.stream().map(e -> new Person(e.name(), e.role(), e.mentions(), e.roleInferred())).toList();
    }

    public static List<NamedEntity> asNamed(List<Entity> list) {
        return list.stream().map(e -> new NamedEntity(e.name(), e.mentions())).toList();
    }
}

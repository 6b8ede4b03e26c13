package app.briefingpack.analysis.entities;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A learned attacher of role phrases to people: a maximum-entropy model, trained on hand-annotated
 * news (tools/role-model), gives the probability that a {@link RoleCandidates.Candidate} is the
 * role the text gives the person. It is asked only for people the patterns of {@link RoleFinder}
 * give no role, and answers only above {@link #THRESHOLD}: a role printed as fact should be likelier
 * right than wrong.
 */
final class RoleModel {

    static final String RESOURCE = "/briefingpack/models/en-role-attach.bin.gz";
    static final String YES = "role";
    static final String NO = "other";
    /**
     * The probability a candidate needs: cross-validated over the training sets, about two of three
     * roles the model adds at 0.7 are right; lower, more are added and fewer right (tools/role-model/README.md).
     */
    static final double THRESHOLD = 0.7;

    /** Chooses no candidate: for training the model on what the patterns alone find. */
    static final RoleModel NONE = new RoleModel(null);

    private static final class Holder {
        static final RoleModel SHIPPED = new RoleModel(load());
    }

    private final MaxentModel model;

    RoleModel(MaxentModel model) {
        this.model = model;
    }

    /** The model shipped as a resource, loaded on first use. */
    static RoleModel get() {
        return Holder.SHIPPED;
    }

    double probability(RoleCandidates.Candidate c) {
        double[] p = model.eval(c.features().toArray(String[]::new));
        return p[model.getIndex(YES)];
    }

    /** A role for each person of {@code byPerson}: their likeliest candidate, when it reaches {@code threshold}. */
    <K> Map<K, RoleCandidates.Candidate> assign(Map<K, List<RoleCandidates.Candidate>> byPerson, double threshold) {
        Map<K, RoleCandidates.Candidate> out = new HashMap<>();
        if (model == null) return out;
        byPerson.forEach((person, found) -> found.stream()
                .map(c -> new Scored(c, probability(c)))
                .filter(x -> x.p() >= threshold)
                .max(Comparator.comparingDouble(Scored::p))
                .ifPresent(x -> out.put(person, x.candidate())));
        return out;
    }

    private record Scored(RoleCandidates.Candidate candidate, double p) {}

    private static MaxentModel load() {
        try (InputStream raw = RoleModel.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) throw new IOException("model " + RESOURCE + " is not on the classpath");
            return new BinaryGISModelReader(new DataInputStream(new GZIPInputStream(new BufferedInputStream(raw)))).getModel();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

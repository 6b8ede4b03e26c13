package app.briefingpack.analysis.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.briefingpack.analysis.entities.Entities;
import app.briefingpack.analysis.entities.Entity;
import app.briefingpack.analysis.entities.EntityKind;
import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.Token;
import app.briefingpack.model.Mention;
import app.briefingpack.model.SourceCitation;

/**
 * Finds attributions: a reporting verb ("told", "revealed", "noted", "insisted" ...) or
 * "according to", with who speaks, through which outlet, and what is claimed.
 *
 * <ul>
 *   <li>active: the noun phrase before the verb is the speaker ("a member of the Muslim Scholars
 *       Association had informed ..."); when it is an organisation alone, it is the outlet
 *       ("TIME revealed ...");</li>
 *   <li>the outlet may follow the verb as its recipient ("told Agence-France Presse"), appear as
 *       "in The Washington Post", or be a channel ("through his spokesman");</li>
 *   <li>passive: "as noted ... by an adviser to the Pentagon": the speaker follows "by" and the claim
 *       is the clause before "as";</li>
 *   <li>the claim is the that-clause, else the rest of the sentence after the verb and its
 *       recipient.</li>
 * </ul>
 */
public final class AttributionFinder {

    private static final Set<String> VERBS = Set.of("said", "says", "say", "told", "tells", "revealed", "reveals",
            "reported", "reports", "informed", "informs", "noted", "notes", "declared", "declares", "insisted",
            "insists", "stated", "states", "claimed", "claims", "announced", "announces", "added", "explained",
            "warned", "argued", "argues", "confirmed", "denied", "acknowledged", "admitted", "wrote", "writes",
            "disclosed", "testified", "argue", "contend", "contends", "contended", "asserted", "maintained", "alleged", "suggested");
    private static final Set<String> NP_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM", "PART", "CCONJ");
    private static final Set<String> PERSONAL = Set.of("he", "she", "He", "She");

    private final Entities entities;

    public AttributionFinder(Entities entities) {
        this.entities = entities;
    }

    public List<SourceCitation> find(List<TaggedSentence> sentences) {
        List<SourceCitation> out = new ArrayList<>();
        String lastPerson = null;
        for (TaggedSentence s : sentences) {
            List<Token> t = s.tokens();
            for (int v = 0; v < t.size(); v++) {
                Token verb = t.get(v);
                String w = verb.text();
                if (w.equalsIgnoreCase("according") && v + 1 < t.size() && t.get(v + 1).text().equals("to")) {
                    according(s, v).ifPresent(out::add);
                } else if (VERBS.contains(w.toLowerCase()) && verb.isVerb() && !verb.isCapitalised()) {
                    Optional<SourceCitation> c = isPassive(t, v) ? passive(s, v) : active(s, v, lastPerson);
                    c.ifPresent(out::add);
                }
            }
            lastPerson = lastPersonIn(s).orElse(lastPerson);
        }
        return out;
    }

    private Optional<String> lastPersonIn(TaggedSentence s) {
        String last = null;
        for (Token tok : s.tokens()) {
            Optional<Entity> e = entities.at(tok.begin(), tok.end());
            if (e.isPresent() && e.get().kind() == EntityKind.PERSON) last = e.get().name();
        }
        return Optional.ofNullable(last);
    }

    private static boolean isPassive(List<Token> t, int v) {
        for (int k = v + 1; k < Math.min(t.size(), v + 4); k++) if (t.get(k).text().equals("by")) return true;
        return false;
    }

    private Optional<SourceCitation> active(TaggedSentence s, int v, String lastPerson) {
        List<Token> t = s.tokens();
        int j = v - 1;
        while (j >= 0 && Set.of("AUX", "ADV", "PART").contains(t.get(j).tag())) j--;
        if (j >= 0 && t.get(j).text().equals(",")) j--; // "Ahmed Chalabi, told"
        int end = j + 1;
        while (j >= 0 && NP_TAGS.contains(t.get(j).tag()) && !t.get(j).text().equals(",")) j--;
        int start = j + 1;
        while (start < end && t.get(start).tag().equals("CCONJ")) start++;
        String speaker = null;
        String source = null;
        if (start < end) {
            Optional<Entity> who = entityIn(t, start, end);
            // "David Marsh, a former adviser to the county council, said": the appositive names no
            // one; the speaker is the person just before it.
            if (who.isEmpty() && start >= 2 && t.get(start - 1).text().equals(",")) {
                Optional<Entity> before = entities.at(t.get(start - 2).begin(), t.get(start - 2).end());
                if (before.isPresent() && before.get().kind() == EntityKind.PERSON) who = before;
            }
            String phrase = text(s, start, end);
            if (who.isPresent() && who.get().kind() == EntityKind.PERSON) speaker = who.get().name();
            else if (who.isPresent() && who.get().kind() == EntityKind.ORGANISATION && coversAll(who.get(), t, start, end))
                source = who.get().name();
            else if (who.isPresent()) speaker = phrase;
            else if (start + 1 < end || !t.get(start).tag().equals("PRON")) speaker = phrase.isBlank() ? null : phrase;
        } else if (v > 0 && PERSONAL.contains(t.get(v - 1).text())) {
            speaker = lastPerson;
        }
        if (speaker == null && source == null && v > 0 && PERSONAL.contains(t.get(Math.max(0, v - 1)).text())) speaker = lastPerson;
        // After the verb: a recipient outlet, a channel, a date, then the claim.
        int k = v + 1;
        Optional<Entity> recipient = k < t.size() ? entityStartingAt(t, k) : Optional.empty();
        if (recipient.isPresent() && recipient.get().kind() == EntityKind.ORGANISATION) {
            source = source == null ? recipient.get().name() : source;
            while (k < t.size() && entities.at(t.get(k).begin(), t.get(k).end()).equals(recipient)) k++;
            while (k < t.size() && Set.of("news", "agency", "newspaper", "magazine").contains(t.get(k).text())) k++;
        }
        if (k + 2 < t.size() && t.get(k).text().equals("through") && t.get(k + 1).tag().equals("PRON")) {
            String channel = t.get(k + 2).text();
            source = (speaker != null ? speaker + "’s " : "") + channel; // "declared through his spokesman"
            k += 3;
        }
        if (source == null) source = outletIn(s, v).orElse(null);
        if (speaker == null && source == null) return Optional.empty();
        String claim = claimAfter(s, k);
        // '"Without the barriers we would have lost," Okafor said.' / '..., he said.': the claim
        // comes before the speaker.
        if (claim.isBlank() && start > 1) claim = text(s, 0, start - 1);
        else if (claim.isBlank() && start == end && v > 1) claim = text(s, 0, v - 1);
        if (claim.isBlank()) return Optional.empty();
        return Optional.of(new SourceCitation(source, speaker, claim, s.paragraph(), s.begin(), s.end()));
    }

    private Optional<SourceCitation> passive(TaggedSentence s, int v) {
        List<Token> t = s.tokens();
        int by = v + 1;
        while (by < t.size() && !t.get(by).text().equals("by")) by++;
        int start = by + 1;
        int stop = start;
        while (stop < t.size() && NP_TAGS.contains(t.get(stop).tag())) {
            if (t.get(stop).text().equals("in") && stop + 1 < t.size()
                    && entityStartingAt(t, stop + 1).filter(e -> e.kind() == EntityKind.ORGANISATION).isPresent()) break;
            stop++;
        }
        int end = stop;
        if (start >= end) return Optional.empty();
        Optional<Entity> who = entityIn(t, start, end);
        String speaker = who.filter(e -> e.kind() == EntityKind.PERSON && coversAll(e, t, start, end)).map(Entity::name)
                .orElse(text(s, start, end));
        String source = outletIn(s, v).orElse(null);
        // The claim is the clause the attribution qualifies: what comes before ", as noted".
        int cut = v;
        while (cut > 0 && !t.get(cut).text().equals(",")) cut--;
        String claim = cut > 0 ? text(s, 0, cut) : claimAfter(s, end);
        return Optional.of(new SourceCitation(source, speaker, claim, s.paragraph(), s.begin(), s.end()));
    }

    private Optional<SourceCitation> according(TaggedSentence s, int v) {
        List<Token> t = s.tokens();
        int start = v + 2;
        int end = start;
        // "according to a study published on Monday in the journal Nature Energy": up to the comma.
        while (end < t.size() && !t.get(end).tag().equals("PUNCT") && !t.get(end).tag().equals("AUX")) end++;
        if (start >= end) return Optional.empty();
        Optional<Entity> who = entityIn(t, start, end);
        String speaker = null;
        String source = null;
        if (who.isPresent() && who.get().kind() == EntityKind.ORGANISATION) source = who.get().name();
        if (who.isPresent() && who.get().kind() == EntityKind.PERSON) speaker = who.get().name();
        if (who.isEmpty() || (speaker == null && !coversAll(who.get(), t, start, end) && source == null)) speaker = text(s, start, end);
        String claim;
        if (v == 0 || (v == 1 && t.get(0).tag().equals("PUNCT"))) claim = claimAfter(s, end);
        else claim = text(s, 0, v).replaceAll("[,\\s]+$", "");
        return Optional.of(new SourceCitation(source, speaker, claim, s.paragraph(), s.begin(), s.end()));
    }

    /** "... in The Washington Post": an organisation after "in" anywhere after the verb. */
    private Optional<String> outletIn(TaggedSentence s, int v) {
        List<Token> t = s.tokens();
        for (int k = v + 1; k + 1 < t.size(); k++) {
            if (!t.get(k).text().equals("in")) continue;
            Optional<Entity> e = entityStartingAt(t, k + 1);
            if (e.isPresent() && e.get().kind() == EntityKind.ORGANISATION) return Optional.of(e.get().name());
        }
        return Optional.empty();
    }

    private String claimAfter(TaggedSentence s, int k) {
        List<Token> t = s.tokens();
        if (k < t.size() && t.get(k).text().equals("that")) k++; // "said that ..." whatever the tagger calls "that"
        for (int i = k; i < t.size(); i++) {
            if (t.get(i).text().equals("that") && t.get(i).tag().equals("SCONJ")) return text(s, i + 1, clauseEnd(t, i + 1));
        }
        return k < t.size() ? text(s, k, clauseEnd(t, k)) : "";
    }

    /** Where the reported clause ends: before ", and Allawi dropped ..." (a new subject and verb), else at the end. */
    private static int clauseEnd(List<Token> t, int from) {
        for (int i = from; i + 2 < t.size(); i++) {
            if (t.get(i).text().equals(",") && t.get(i + 1).text().equalsIgnoreCase("according")) return i;
            if (t.get(i).text().equals(",") && t.get(i + 1).tag().equals("CCONJ")
                    && Set.of("PROPN", "PRON").contains(t.get(i + 2).tag())
                    && i + 3 < t.size() && t.get(i + 3).isVerb()) return i;
        }
        return t.size();
    }

    private Optional<Entity> entityStartingAt(List<Token> t, int k) {
        if (k < t.size() && t.get(k).text().equalsIgnoreCase("the") && k + 1 < t.size()) {
            Optional<Entity> e = entities.at(t.get(k).begin(), t.get(k).end());
            if (e.isEmpty()) k++;
        }
        Token tok = t.get(k);
        return entities.at(tok.begin(), tok.end());
    }

    private Optional<Entity> entityIn(List<Token> t, int from, int to) {
        for (String kind : List.of("PERSON", "ORGANISATION", "PLACE", "GROUP")) {
            for (int k = from; k < to; k++) {
                Optional<Entity> e = entities.at(t.get(k).begin(), t.get(k).end());
                if (e.isPresent() && e.get().kind().name().equals(kind)) return e;
            }
        }
        return Optional.empty();
    }

    /** True when the entity's mention spans every word of the phrase (apart from "the"). */
    private static boolean coversAll(Entity e, List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            if (tok.text().equalsIgnoreCase("the")) continue;
            boolean inside = false;
            for (Mention m : e.mentions()) if (m.begin() <= tok.begin() && tok.end() <= m.end()) inside = true;
            if (!inside) return false;
        }
        return true;
    }

    /** The sentence text between two tokens, without surrounding quotes and the final full stop. */
    private static String text(TaggedSentence s, int from, int to) {
        int begin = s.tokens().get(from).begin() - s.begin();
        int end = s.tokens().get(to - 1).end() - s.begin();
        String text = s.text().substring(begin, end).replaceAll("[\\s.,;:\"“”]+$", "").replaceAll("^[\"“”\\s]+", "")
                .replace('\n', ' ');
        // Close a quotation the cut left open.
        if (text.chars().filter(c -> c == '“').count() > text.chars().filter(c -> c == '”').count()) text += "”";
        return text;
    }
}

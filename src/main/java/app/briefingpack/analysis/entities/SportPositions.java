package app.briefingpack.analysis.entities;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.briefingpack.analysis.nlp.Token;

/**
 * A player's position, the role sports copy gives: before the name after the team's
 * ("Blues lock Patrick Tuipolotu", "Highlanders centre Malakai Fekitoa") or after it with "at"
 * ("Dane Coles starts at hooker", "Nash Robinson at fullback"). Many positions are common words
 * that WordNet does not file under people ("lock", "centre", "prop"), so they count only in these
 * two shapes: after a capitalised team name, or after "at" right behind the name.
 */
final class SportPositions {

    private SportPositions() {
    }

    /** "Blues lock X", "Scotland midfielder X": a position right before the name, after a capitalised team name. */
    static Optional<String> before(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int end = RoleFinder.titleStart(run);
        int words = positionEndingAt(t, end);
        if (words == 0) return Optional.empty();
        int team = end - words - 1;
        // "newcomers in centre Mason Grady, fly-half Sam Costelow and prop Corey Domachowski": a list of positions and names
        if (inAListOfPositions(t, end - words)) return Optional.of(NameRunFinder.text(run.sentence(), end - words, end));
        if (team < 0 || !RolePhrases.startsUpperCase(t.get(team)) || team == 0 && words == 1 && !t.get(team).isProperNoun()) return Optional.empty();
        int from = team;
        while (from > 0 && end - words - from < 3 && RolePhrases.startsUpperCase(t.get(from - 1)) && t.get(from - 1).isProperNoun()) from--;
        return Optional.of(NameRunFinder.text(run.sentence(), from, end));
    }

    /**
     * Whether the position at {@code start} opens an item of a list of positions before names, one
     * more such item joined to it by a comma or "and": two positions, each before a capitalised
     * word, make the common words ("centre", "prop") positions.
     */
    private static boolean inAListOfPositions(List<Token> t, int start) {
        if (start == 0 || !LIST_OPENERS.contains(t.get(start - 1).text())) return false;
        int items = 0;
        for (int k = 1; k < t.size(); k++) {
            int words = positionEndingAt(t, k);
            if (words == 0 || !RolePhrases.startsUpperCase(t.get(k)) || k - words < 1) continue;
            String before = t.get(k - words - 1).text();
            if (LIST_OPENERS.contains(before) || k - words == start) items++;
        }
        return items >= 2;
    }

    private static final Set<String> LIST_OPENERS = Set.of(",", "and", "in", "including", "with", ":");

    /** "X starts at hooker", "X at fullback and Y at running back": "at" and a position right after the name. */
    static Optional<String> after(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int k = run.to();
        if (k < t.size() && STARTS.contains(t.get(k).text())) k++;
        if (k >= t.size() || !t.get(k).text().equals("at")) return Optional.empty();
        int from = k + 1;
        for (int words = 2; words >= 1; words--) {
            int end = from + words;
            if (end > t.size() || !POSITIONS.contains(joined(t, from, end))) continue;
            // the position ends its phrase: not "at number 10 Downing Street"
            if (end < t.size() && !t.get(end).text().matches("[,.;:!?)]") && !Set.of("CCONJ", "ADP", "SCONJ").contains(t.get(end).tag())) return Optional.empty();
            return Optional.of(NameRunFinder.text(run.sentence(), from, end));
        }
        return Optional.empty();
    }

    /** How many tokens of a position end right before token {@code end}: two ("running back", "fly" "-half"), one ("lock"), or none. */
    private static int positionEndingAt(List<Token> t, int end) {
        if (end >= 2 && POSITIONS.contains(joined(t, end - 2, end))) return 2;
        if (end >= 1 && POSITIONS.contains(joined(t, end - 1, end))) return 1;
        return 0;
    }

    private static String joined(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (!RolePhrases.isLowerCase(t.get(k)) && !t.get(k).text().matches("\\d+")) return "";
            // ("fly-half", as the tokenizer leaves it: "fly" and "-half")
            if (k > from && !(t.get(k).text().startsWith("-") && t.get(k - 1).end() == t.get(k).begin())) b.append(' ');
            b.append(t.get(k).text());
        }
        return b.toString();
    }

    /** Verbs between a name and "at" and its position. */
    private static final Set<String> STARTS = Set.of("starts", "started", "start", "starting", "plays", "played", "lines", "continues");

    /** Positions in rugby, football, cricket, basketball, baseball, hockey and netball, as sports copy writes them. */
    static final Set<String> POSITIONS = Set.of(
            "lock", "prop", "hooker", "flanker", "centre", "center", "wing", "winger", "fly-half", "flyhalf", "first-five",
            "first five-eighth", "scrum-half", "scrumhalf", "halfback", "half-back", "fullback", "full-back", "openside", "blindside",
            "number eight", "number 8", "number six", "number seven", "loosehead", "tighthead", "loosehead prop", "tighthead prop",
            "inside centre", "outside centre", "second-row", "back-rower", "utility back",
            "striker", "midfielder", "defender", "goalkeeper", "keeper", "left-back", "right-back", "centre-back", "centre-half",
            "wing-back", "playmaker", "forward",
            "batsman", "batter", "bowler", "spinner", "seamer", "paceman", "pacer", "opener", "all-rounder", "wicketkeeper",
            "wicket-keeper", "keeper-batsman", "leg-spinner", "off-spinner",
            "guard", "point guard", "shooting guard", "small forward", "power forward",
            "quarterback", "running back", "wide receiver", "tight end", "linebacker", "cornerback", "tailback",
            "pitcher", "catcher", "shortstop", "outfielder", "infielder", "first baseman", "second baseman", "third baseman",
            "netminder", "goaltender", "goal shooter", "goal attack", "wing attack", "wing defence", "goal defence", "goal keeper");
}

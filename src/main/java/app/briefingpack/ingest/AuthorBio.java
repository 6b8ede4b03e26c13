package app.briefingpack.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import app.briefingpack.text.SentenceSplitter;

/**
 * Recognises the author bio that closes many opinion pieces ("Gareth Porter is a historian and
 * an analyst for Foreign Policy In Focus. His latest book ..."). It is metadata, not body: it
 * names the author, sometimes the publication, and it must not be read as the article's claim.
 */
final class AuthorBio {

    /** A bio found in the text: the whole paragraph, the name it opens with, the outlet if named. */
    record Found(String text, String name, String publication) {}

    // 2-4 capitalised name words, then "is a/an/the ... " within the first sentence. Bounded
    // repetitions keep the match linear.
    private static final Pattern OPENING = Pattern.compile(
            "^((?:[A-Z][\\p{L}'’.-]{0,30}\\s){1,3}[A-Z][\\p{L}'’-]{1,30}),?\\s(?:is|was|writes|teaches)\\s"
                    + "(?:an?|the|currently|also|senior|former|professor)\\b");

    // "... for Foreign Policy In Focus" / "at the Brookings Institution": capitalised words after for/at/with.
    private static final Pattern OUTLET = Pattern.compile(
            "\\b(?:for|at|with)\\s((?:the\\s)?[A-Z][\\p{L}&'’.-]{0,40}(?:\\s(?:[A-Z][\\p{L}&'’.-]{0,40}|of|and|in|In|for|on)){0,6})");

    /** Words that open a clause and are no part of a name. */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("while", "whilst", "when", "although", "though",
            "after", "before", "as", "since", "if", "because", "unless", "until", "once", "where", "whereas", "but", "and", "so",
            "yet", "then", "now", "today", "yesterday", "in", "on", "at", "for", "with", "by", "like", "unlike", "even", "only");

    private static final int MAX_WORDS = 90;

    /** A bio is a few lines; longer text (a few giant "words") is not searched at all. */
    private static final int MAX_CHARS = 1200;

    private AuthorBio() {}

    /**
     * The bio in {@code block}, if it is one. When the author is known, the bio must name them;
     * otherwise any person-like name opening the paragraph will do.
     */
    static Optional<Found> find(TextBlock block, String knownAuthor) {
        if (block.text().length() > MAX_CHARS || block.wordCount() > MAX_WORDS) return Optional.empty();
        String text = block.text().strip();
        Matcher m = OPENING.matcher(text);
        if (!m.find()) return Optional.empty();
        String name = m.group(1).strip();
        // "Whilst Shivnarine Chanderpaul was the only ...": a clause, not a name, opens with a conjunction
        if (CLAUSE_OPENERS.contains(name.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT))) return Optional.empty();
        if (knownAuthor != null && !sameName(name, knownAuthor)) return Optional.empty();
        String firstSentence = SentenceSplitter.get().first(text);
        String publication = null;
        Matcher o = OUTLET.matcher(firstSentence);
        if (o.find()) publication = o.group(1).replaceAll("[.,;:]+$", "").strip();
        return Optional.of(new Found(text, name, publication));
    }

    private static boolean sameName(String a, String b) {
        return a.replaceAll("\\s+", " ").equalsIgnoreCase(b.replaceAll("\\s+", " ").strip());
    }
}

package app.briefingpack.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a byline line in its common shapes: "By Ann Lee", "By Ann Lee | Photographs by Bo Ma",
 * "By Ann Lee, Staff Writer", "By Ann Lee and Bo Ma", "Ann Lee, Reuters": the names, without the
 * role, the photographer or the date that often follow.
 */
final class Byline {

    private static final int MAX_CHARS = 160;

    /** "By" (in a few languages) and the rest of the line. */
    private static final Pattern BY = Pattern.compile("^(?:written\\s+by|story\\s+by|words\\s+by|by|von|par|por)[:\\s]+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Where the names end: a separator before a credit, a role, a date or a place. */
    private static final Pattern TAIL = Pattern.compile(
            "\\s*(?:[|•·—–]|\\s-\\s|\\bphotograph(?:s|y)?\\s+by\\b|\\bphotos?\\s+by\\b|\\billustrations?\\s+by\\b|"
                    + "\\bvideo\\s+by\\b|\\bupdated\\b|\\bpublished\\b|\\bposted\\b|\\bon\\s+\\p{L}+\\s+\\d|\\d{1,2}[:/.]\\d|"
                    + "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d).*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A role after a comma: "Staff Writer", "Senior Correspondent", or an expert's post in a guest
     * piece, "Associate Director, Bowman Riley".
     */
    private static final Pattern ROLE = Pattern.compile(
            ",\\s*(?:(?:the\\s+)?[\\p{L}.]+\\s+){0,3}(?:writer|reporter|correspondent|editor|columnist|contributor|"
                    + "journalist|staff|critic|producer|photographer|reporting|"
                    + "director|manager|officer|head|chair|chairman|chairwoman|president|professor|lecturer|fellow|"
                    + "analyst|researcher|consultant|partner|founder|co-founder|ceo|executive|secretary|adviser|advisor)\\b.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A name: two to five capitalised words, joined by "and" or commas for several authors. */
    private static final Pattern NAMES = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:de|da|van|von|der|den|le|la|du|bin|al|el)\\s+)?\\p{Lu}[\\p{L}.'’-]*){1,4}"
                    + "(?:\\s*(?:,|\\band\\b|&)\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:de|da|van|von|der|den|le|la|du)\\s+)?\\p{Lu}[\\p{L}.'’-]*){1,4})*");

    private Byline() {}

    /** The author names of a byline line, or null when the line is not one. */
    static String author(String line) {
        if (line == null) return null;
        String t = line.strip();
        if (t.isEmpty() || t.length() > MAX_CHARS) return null;
        Matcher by = BY.matcher(t);
        if (!by.matches()) return null;
        return names(by.group(1));
    }

    /**
     * Cleans an author given by the page's metadata or its byline element: drops a leading "By",
     * a role, a credit or a date; null when what is left is no name (a URL, a date, a label).
     */
    static String clean(String author) {
        if (author == null) return null;
        String t = author.replaceAll("\\s+", " ").strip();
        if (t.isEmpty() || t.length() > 300) return null;
        if (t.matches("(?i).*(https?://|www\\.|@[a-z]).*")) return null;
        Matcher by = BY.matcher(t);
        if (by.matches()) t = by.group(1);
        String names = names(t);
        if (names != null) return names;
        // one-word names and scripts without capitals: keep a short text that has letters and no digits
        String kept = TAIL.matcher(t).replaceFirst("").strip();
        // what is left of "Last Updated: ..." or "Sunday, 5 Mar ..." is one word, and no name
        if (!kept.equals(t) && kept.split("\\s+").length < 2) return null;
        t = kept.replaceAll("[,;:]+$", "");
        return t.length() >= 2 && t.length() <= 80 && t.codePoints().anyMatch(Character::isLetter)
                && t.codePoints().noneMatch(Character::isDigit) ? t : null;
    }

    private static String names(String rest) {
        String t = TAIL.matcher(rest).replaceFirst("");
        t = ROLE.matcher(t).replaceFirst("").strip();
        t = t.replaceAll("[,;:.\\s]+$", "");
        Matcher m = NAMES.matcher(t);
        if (!m.matches()) return null;
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("the ")) return null; // "By The Numbers", "By the way"
        return t;
    }
}

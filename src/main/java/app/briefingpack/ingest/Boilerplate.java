package app.briefingpack.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises short paragraphs that belong to the web page rather than the article: newsletter
 * and subscribe prompts, "share this", cookie notes, copyright lines. Only short paragraphs are
 * considered, so an article that discusses newsletters keeps its sentences.
 */
final class Boilerplate {

    private static final int MAX_WORDS = 25;

    /**
     * Boilerplate lines are short in characters too. Without this limit a "paragraph" of a few
     * enormous words ("cookie.cookie.cookie..." run together) would let the cookie pattern's
     * {@code .*} backtrack over the whole text from every occurrence: quadratic time.
     */
    private static final int MAX_CHARS = 400;

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\bsubscribe\\b"),
            Pattern.compile("\\bnewsletters?\\b"),
            Pattern.compile("\\bsign up\\b"),
            Pattern.compile("\\b(in|to) your inbox\\b"),
            Pattern.compile("^get more (news|stories|articles)\\b"),
            Pattern.compile("\\bshare (this|on)\\b"),
            Pattern.compile("^(share|tweet|email|print|advertisement|related( articles| stories)?|read more)\\W*$"),
            Pattern.compile("\\bfollow us\\b"),
            Pattern.compile("\\bcookies?\\b.{0,200}?\\b(use|accept|policy|consent)\\b"),
            Pattern.compile("\\b(we|this site) uses? cookies\\b"),
            Pattern.compile("^(©|\\(c\\)|copyright\\b)"),
            Pattern.compile("\\ball rights reserved\\b"),
            Pattern.compile("\\bclick here\\b"),
            Pattern.compile("\\bsupport (our|independent) journalism\\b"),
            Pattern.compile("^(comments?|leave a (comment|reply))\\W*$"),
            Pattern.compile("^(related|see also|more on this|recommended|watch|listen)\\s*:"),
            Pattern.compile("^(read more|you (may|might) also like|more from\\b|most (read|popular)\\b)"),
            Pattern.compile("\\b(please )?(donate|make a donation|become a (member|supporter|subscriber))\\b"),
            Pattern.compile("^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$")); // byline lines are Byline's: they name the author

    private Boilerplate() {}

    static boolean isBoilerplate(TextBlock block) {
        if (block.text().length() > MAX_CHARS || block.wordCount() > MAX_WORDS) return false;
        String text = block.text().strip().toLowerCase(Locale.ROOT);
        for (Pattern p : PATTERNS) {
            if (p.matcher(text).find()) return true;
        }
        return false;
    }
}

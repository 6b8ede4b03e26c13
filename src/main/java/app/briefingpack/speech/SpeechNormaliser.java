package app.briefingpack.speech;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites one written sentence into text FreeTTS reads well. FreeTTS's own tokeniser was built
 * for plain ASCII: it reads a curly apostrophe as a word break ("Saddam S"), makes a phrase
 * break after every period (so "U.S. troops" gets a pause), and knows no ordinal dates. Each
 * step below fixes one such failure; the order matters (URLs before abbreviations, dates before
 * plain numbers).
 */
public final class SpeechNormaliser {

    static final String MONTHS = "January|February|March|April|May|June|July|August|September|"
            + "October|November|December";
    private static final Map<String, String> MONTH_ABBREVIATIONS = Map.ofEntries(
            Map.entry("Jan", "January"), Map.entry("Feb", "February"), Map.entry("Mar", "March"),
            Map.entry("Apr", "April"), Map.entry("Jun", "June"), Map.entry("Jul", "July"),
            Map.entry("Aug", "August"), Map.entry("Sep", "September"), Map.entry("Sept", "September"),
            Map.entry("Oct", "October"), Map.entry("Nov", "November"), Map.entry("Dec", "December"));

    /** Titles read before a name. "Dr." and "St." are handled apart: they depend on the side. */
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("Mr", "Mister"), Map.entry("Mrs", "Missus"), Map.entry("Ms", "Miz"),
            Map.entry("Prof", "Professor"), Map.entry("Gen", "General"), Map.entry("Sen", "Senator"),
            Map.entry("Rep", "Representative"), Map.entry("Gov", "Governor"), Map.entry("Lt", "Lieutenant"),
            Map.entry("Col", "Colonel"), Map.entry("Capt", "Captain"), Map.entry("Sgt", "Sergeant"),
            Map.entry("Adm", "Admiral"), Map.entry("Pres", "President"), Map.entry("Rev", "Reverend"),
            Map.entry("Jr", "Junior"), Map.entry("Sr", "Senior"));

    /** Abbreviations read the same wherever they stand. */
    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("e.g.", "for example"), Map.entry("i.e.", "that is"), Map.entry("etc.", "et cetera"),
            Map.entry("vs.", "versus"), Map.entry("approx.", "approximately"), Map.entry("Inc.", "Incorporated"),
            Map.entry("Corp.", "Corporation"), Map.entry("Ltd.", "Limited"), Map.entry("Co.", "Company"));

    private static final Set<String> CLITICS = Set.of("s", "t", "re", "ve", "ll", "d", "m");

    private static final Pattern URL = Pattern.compile(
            "\\b(?:https?://)?((?:www\\.)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:org|com|net|edu|gov|int|info|io|co\\.uk|uk|de|fr))(/[^\\s)\\]]*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("\\b([\\w.+-]+)@([\\w-]+(?:\\.[\\w-]+)+)\\b");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\w.])((?:[A-Za-z]\\.){2,})(?=[^\\w]|$)");
    private static final Pattern TITLE = Pattern.compile("\\b(Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Pres|Rev|Jr|Sr)\\.(?=\\s|,|$)");
    private static final Pattern DR_ST = Pattern.compile("\\b(Dr|St)\\.(?:\\s+(?=\\p{Lu}))?");
    private static final Pattern NUMBER_ABBREV = Pattern.compile("\\bNo\\.\\s*(?=\\d)");
    /** "$3.5 million", "£350m", "€2bn", "¥5k": amount, decimals, then a scale written out or as a suffix. */
    private static final Pattern CURRENCY = Pattern.compile(
            "([$£€¥])\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?"
                    + "(?:(?:\\s+(thousand|million|billion|trillion)|\\s?(k|m|mn|bn|tn))\\b)?( [a-z]+\\b)?");
    private static final Map<String, String> SCALE_SUFFIXES = Map.of(
            "k", "thousand", "m", "million", "mn", "million", "bn", "billion", "tn", "trillion");
    /**
     * Words after an amount that show it is not used as a noun modifier ("$5 million in aid",
     * "$5 million was spent"); any other lower-case word is taken for the noun the amount
     * modifies, "a $214.6 billion budget", where English says "dollar", not "dollars".
     */
    private static final Set<String> NOT_A_NOUN = Set.of("a", "an", "the", "and", "or", "but", "nor", "in", "of",
            "for", "to", "from", "on", "at", "by", "per", "each", "last", "this", "that", "these", "those",
            "over", "under", "with", "without", "into", "onto", "more", "less", "than", "as", "so", "if", "when",
            "while", "is", "was", "are", "were", "be", "been", "being", "has", "had", "have", "will", "would",
            "could", "should", "may", "might", "must", "can", "shall", "did", "does", "do", "went", "came", "got",
            "its", "his", "her", "their", "our", "my", "your", "it", "he", "she", "they", "we", "you", "i", "who",
            "which", "what", "where", "why", "how", "then", "there", "here", "not", "no", "also", "already", "still",
            "just", "only", "even", "again", "ago", "before", "after", "since", "until", "during", "between",
            "among", "about", "above", "below", "up", "down", "out", "off", "away", "back", "now", "yet", "too",
            "very", "all", "both", "some", "any", "most", "many", "much", "such", "annually", "apiece", "today",
            "yesterday", "tomorrow", "tonight", "overall", "altogether", "instead", "worth");
    /** A minus sign, or a hyphen standing where one would (not inside a word or a range). */
    private static final Pattern MINUS = Pattern.compile("(?<![\\w.,])[\u2212-](?=\\d)|\u2212(?=\\s?\\d)");
    private static final Pattern PLUS = Pattern.compile("(?<![\\w.,])\\+(?=\\d)");
    private static final Pattern TEMPERATURE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?°\\s?([CF])\\b");
    private static final Pattern DEGREES = Pattern.compile("(\\d)\\s?°");
    /** 9:30, 21:05, 10:00 (not 3:2 or 12:30:15); a.m. and p.m. are spelled by the abbreviation step. */
    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\d:.,])([01]?\\d|2[0-4]):([0-5]\\d)(?![\\d:])(\\s*(?:[ap]\\.\\s?m\\.|(?:[ap]m|[AP]M)\\b))?");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?(%|per ?cent\\b)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + MONTHS + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(,?\\s+(\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\b");
    private static final Pattern DECADE = Pattern.compile("(?<![\\w'’])(?:'|’)?(\\d{2}|\\d{4})s\\b");
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d+)(st|nd|rd|th)\\b");
    private static final Pattern RANGE = Pattern.compile("\\b(\\d{1,4})\\s?[–-]\\s?(\\d{1,4})\\b");
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\d.])(\\d+)\\.(\\d+)(?![\\d.])");
    private static final Pattern INTEGER = Pattern.compile("(?<![\\w.])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d])");
    private static final Pattern YEAR_CONTEXT = Pattern.compile(
            "(?i)(?:in|of|since|by|until|till|from|during|early|late|mid|year|summer|spring|autumn|fall|winter|"
                    + MONTHS + "|and|to|before|after|around|circa|the)\\s*$");

    private final Map<String, String> sayAs;
    private final Pattern sayAsPattern;

    /**
     * @param sayAs tokens to replace by words before anything else, e.g. {@code AFP → A F P};
     *              keys are matched case-sensitively as whole tokens
     */
    public SpeechNormaliser(Map<String, String> sayAs) {
        this.sayAs = Map.copyOf(sayAs);
        if (sayAs.isEmpty()) {
            this.sayAsPattern = null;
        } else {
            StringBuilder alternatives = new StringBuilder();
            sayAs.keySet().stream().sorted((a, b) -> b.length() - a.length()).forEach(k -> {
                if (alternatives.length() > 0) alternatives.append('|');
                alternatives.append(Pattern.quote(k));
            });
            this.sayAsPattern = Pattern.compile("(?<![\\w.])(?:" + alternatives + ")(?![\\w])");
        }
    }

    /** The text FreeTTS should read for {@code written}. */
    public String normalise(String written) {
        String t = plainCharacters(written);
        t = urls(t);
        t = clockTimes(t);
        t = sayAs(t);
        t = abbreviations(t);
        t = signsAndUnits(t);
        t = currency(t);
        t = replace(PERCENT, t, m -> decimal(m.group(1)) + " percent");
        t = dates(t);
        t = replace(DECADE, t, m -> NumberWords.decade(Integer.parseInt(m.group(1))));
        t = replace(ORDINAL, t, m -> NumberWords.ordinal(Long.parseLong(m.group(1))));
        t = replace(RANGE, t, m -> m.group(1) + " to " + m.group(2));
        t = replace(DECIMAL, t, m -> decimal(m.group()));
        t = integers(t);
        t = punctuation(t);
        return t.replaceAll("\\s+", " ").strip();
    }

    /** Straight quotes, dashes as pauses, brackets as commas: what FreeTTS's ASCII tokeniser expects. */
    private static String plainCharacters(String s) {
        String t = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'')
                .replace('\u00a0', ' ').replace('\u2009', ' ').replace('\u202f', ' ')
                .replace("\u2026", "...");
        // Double quotes carry no sound; left in, they only confuse FreeTTS's punctuation features.
        t = t.replaceAll("[\"\u201c\u201d\u201e\u00ab\u00bb]", "");
        // Single quotes used as quotation marks (not apostrophes inside words) go too.
        t = t.replaceAll("(?<![\\p{L}\\d])'|'(?![\\p{L}\\d])", "");
        // A spaced dash or an em dash is a pause; a dash between digits is a range (kept for RANGE).
        t = t.replaceAll("\\s*[\u2014\u2015]\\s*|\\s+[\u2013-]{1,2}\\s+|--", ", ");
        t = t.replace('\u2013', '-').replace('\u2012', '-').replace('\u2010', '-').replace('\u2011', '-');
        // Brackets: an editor's [insertion] is read as part of the quote; a (parenthesis) as an aside.
        t = t.replaceAll("[\\[\\]]", "");
        t = t.replaceAll("\\s*\\(\\s*", ", ").replaceAll("\\s*\\)\\s*(?=[.,;:!?])", "").replaceAll("\\s*\\)\\s*", ", ");
        t = t.replace("&", " and ");
        return t;
    }

    /**
     * A listener cannot use an address heard letter by letter: an e-mail address is said to be
     * one, a web address by its site's name ("www.fpif.org/about" is "f p i f dot org").
     */
    private static String urls(String t) {
        t = replace(EMAIL, t, m -> "an email address");
        return replace(URL, t, m -> spellHost(m.group(1).replaceFirst("(?i)^www\\.", "")));
    }

    /** "www.fpif.org" → "w w w dot f p i f dot org": short letter clusters are spelled. */
    private static String spellHost(String host) {
        StringBuilder out = new StringBuilder();
        for (String part : host.split("\\.")) {
            if (part.isEmpty()) continue;
            if (out.length() > 0) out.append(" dot ");
            String lower = part.toLowerCase(Locale.ROOT);
            boolean common = Set.of("org", "com", "net", "edu", "gov", "info", "news", "co").contains(lower);
            boolean spell = !common && (lower.equals("www") || lower.length() <= 4 || !lower.matches(".*[aeiouy].*"));
            out.append(spell ? String.join(" ", lower.replaceAll("[^a-z0-9]", "").split("")) : lower.replace('-', ' '));
        }
        return out.toString();
    }

    private String sayAs(String t) {
        if (sayAsPattern == null) return t;
        return replace(sayAsPattern, t, m -> {
            String key = m.group();
            String words = sayAs.get(key);
            // "U.S." ending the sentence: its period also ends the sentence.
            boolean sentenceEnd = key.endsWith(".") && t.substring(m.end()).isBlank();
            return words + (sentenceEnd ? "." : "");
        });
    }

    private static String abbreviations(String input) {
        String t = input;
        for (Map.Entry<String, String> e : FIXED.entrySet()) {
            t = t.replaceAll("(?<![\\w.])" + Pattern.quote(e.getKey()) + "(?=\\s|,|$)", e.getValue());
        }
        t = replace(TITLE, t, m -> TITLES.get(m.group(1)));
        // "Dr. King" is Doctor King, "Harley Dr." is Harley Drive; the same for Saint and Street.
        String titled = t;
        t = replace(DR_ST, titled, m -> {
            boolean beforeName = m.group().length() > 3;
            boolean sentenceEnd = titled.substring(m.end()).isBlank();
            if (m.group(1).equals("Dr")) return beforeName ? "Doctor " : "Drive" + (sentenceEnd ? "." : "");
            return beforeName ? "Saint " : "Street" + (sentenceEnd ? "." : "");
        });
        t = replace(NUMBER_ABBREV, t, m -> "number ");
        // Remaining dotted abbreviations (U.K., a.m.) are spelled letter by letter, without the
        // final period unless it ends the sentence: that period is what makes FreeTTS pause.
        String expanded = t;
        return replace(DOTTED, expanded, m -> {
            String letters = String.join(" ", m.group(1).replace(".", "").split(""));
            boolean sentenceEnd = expanded.substring(m.end()).isBlank();
            return letters + (sentenceEnd ? "." : "");
        });
    }

    /** "9:30 p.m." is "nine thirty p.m.", "9:05" "nine oh five", "10:00 a.m." "ten a.m.", "14:00" "fourteen hundred". */
    private static String clockTimes(String t) {
        return replace(CLOCK, t, m -> {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            // "p.m." becomes "p m" (spelled, and without the period that would make a pause),
            // keeping a period that also ends the sentence.
            String suffix = m.group(3) == null ? "" : " " + Character.toLowerCase(m.group(3).strip().charAt(0)) + " m"
                    + (m.group(3).endsWith(".") && t.substring(m.end()).isBlank() ? "." : "");
            String h = NumberWords.cardinal(hour);
            if (minute == 0) return h + (suffix.isEmpty() ? (hour > 12 ? " hundred" : " o clock") : suffix);
            String min = minute < 10 ? "oh " + NumberWords.cardinal(minute) : NumberWords.cardinal(minute);
            return h + " " + min + suffix;
        });
    }

    /** Minus and plus signs, degrees Celsius and Fahrenheit: FreeTTS drops the symbols. */
    private static String signsAndUnits(String t) {
        t = replace(MINUS, t, m -> "minus ");
        t = replace(PLUS, t, m -> "plus ");
        t = replace(TEMPERATURE, t, m -> m.group(1) + " degrees " + (m.group(2).equals("C") ? "Celsius" : "Fahrenheit"));
        return replace(DEGREES, t, m -> m.group(1) + " degrees");
    }

    private static String currency(String t) {
        return replace(CURRENCY, t, m -> {
            String unit = switch (m.group(1)) {
                case "£" -> "pound";
                case "€" -> "euro";
                case "¥" -> "yen";
                default -> "dollar";
            };
            String next = m.group(6) == null ? "" : m.group(6);
            boolean modifier = !next.isEmpty() && !NOT_A_NOUN.contains(next.strip())
                    && !next.strip().matches(".*(ed|ly)$");
            String units = modifier || unit.equals("yen") ? unit : unit + "s";
            long whole = Long.parseLong(m.group(2).replace(",", ""));
            String scale = m.group(4) != null ? m.group(4) : m.group(5) != null ? SCALE_SUFFIXES.get(m.group(5)) : null;
            if (scale != null) {
                String amount = m.group(3) == null ? NumberWords.cardinal(whole) : decimal(whole + "." + m.group(3));
                return amount + " " + scale + " " + units + next;
            }
            if (m.group(3) == null && modifier) return NumberWords.cardinal(whole) + " " + unit + next;
            String words = NumberWords.cardinal(whole) + " " + (whole == 1 || unit.equals("yen") ? unit : unit + "s");
            if (m.group(3) != null) {
                int cents = Integer.parseInt(m.group(3).length() == 1 ? m.group(3) + "0" : m.group(3));
                String small = unit.equals("pound") ? (cents == 1 ? "penny" : "pence") : (cents == 1 ? "cent" : "cents");
                if (cents > 0) words += " and " + NumberWords.cardinal(cents) + " " + small;
            }
            return words + next;
        });
    }

    private static String dates(String t) {
        t = replace(MONTH_DAY_YEAR, t, m -> {
            String month = MONTH_ABBREVIATIONS.getOrDefault(m.group(1), m.group(1));
            int day = Integer.parseInt(m.group(2));
            if (day < 1 || day > 31) return m.group();
            String out = month + " " + NumberWords.ordinal(day);
            if (m.group(4) != null) out += ", " + NumberWords.year(Integer.parseInt(m.group(4)));
            return out;
        });
        return replace(DAY_MONTH, t, m -> {
            int day = Integer.parseInt(m.group(1));
            if (day < 1 || day > 31) return m.group();
            return "the " + NumberWords.ordinal(day) + " of " + m.group(2);
        });
    }

    /** Four-digit numbers that read as years are said as years; the rest as cardinals. */
    private static String integers(String t) {
        return replace(INTEGER, t, m -> {
            String digits = m.group(1);
            if (digits.length() > 15) return NumberWords.digits(digits);
            long n = Long.parseLong(digits.replace(",", ""));
            if (!digits.contains(",") && digits.length() == 4 && n >= 1100 && n <= 2099
                    && looksLikeYear(t.substring(0, m.start()), t.substring(m.end()))) {
                return NumberWords.year((int) n);
            }
            if (digits.length() > 1 && digits.startsWith("0")) return NumberWords.digits(digits);
            return NumberWords.cardinal(n);
        });
    }

    private static boolean looksLikeYear(String before, String after) {
        if (YEAR_CONTEXT.matcher(before).find()) return true;
        // "2003 soldiers" counts soldiers; "2003, the year..." or a sentence end is a year.
        return !after.matches("^\\s+[a-z]+s\\b.*");
    }

    private static String decimal(String number) {
        int dot = number.indexOf('.');
        if (dot < 0) return NumberWords.cardinal(Long.parseLong(number.replace(",", "")));
        return NumberWords.cardinal(Long.parseLong(number.substring(0, dot).replace(",", "")))
                + " point " + NumberWords.digits(number.substring(dot + 1));
    }

    /**
     * Leaves only what FreeTTS's ASCII tokeniser can read: accents are dropped (Müller → Muller),
     * a few letters are transliterated, and other scripts are left out rather than spelled as
     * noise; apostrophes that are not clitics go too.
     */
    private static String punctuation(String input) {
        String t = Normalizer.normalize(input, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "Ae").replace("œ", "oe").replace("Œ", "Oe")
                .replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("đ", "d")
                .replace("ı", "i");
        t = t.replaceAll("[^\\x20-\\x7E]", " ");
        // Ba'athist → Baathist: FreeTTS would do the same, but the lexicon lookup must agree.
        t = replace(Pattern.compile("(\\p{L})'(\\p{L}+)"), t, m ->
                CLITICS.contains(m.group(2).toLowerCase(Locale.ROOT)) ? m.group() : m.group(1) + m.group(2));
        t = t.replaceAll("[*_#~^|<>{}\\\\]", " ");
        t = t.replace("/", " ");
        t = t.replaceAll("\\s+([,.;:!?])", "$1");
        t = t.replaceAll(",\\s*,", ",").replaceAll("^\\s*,\\s*", "").replaceAll(",\\s*([.;:!?])", "$1");
        return t;
    }

    private static String replace(Pattern p, String text, Function<Matcher, String> f) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
        m.appendTail(out);
        return out.toString();
    }
}

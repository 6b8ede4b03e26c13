package app.briefingpack.analysis.time;

import java.util.Map;
import java.util.Set;

/** The English words the temporal rules know: months, weekdays, seasons, units, numbers. */
final class Lexicon {

    private Lexicon() {}

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    /** Abbreviated month names, which need a capital and usually a full stop to count. */
    static final Set<String> MONTH_ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    static final Map<String, Integer> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", 1), Map.entry("tuesday", 2), Map.entry("wednesday", 3), Map.entry("thursday", 4),
            Map.entry("friday", 5), Map.entry("saturday", 6), Map.entry("sunday", 7));

    /** Season index as {@link Anchor#season}: 0 winter, 1 spring, 2 summer, 3 fall. */
    static final Map<String, Integer> SEASONS = Map.of("winter", 0, "spring", 1, "summer", 2, "fall", 3, "autumn", 3);

    static final Map<String, Anchor.Granularity> UNITS = Map.ofEntries(
            Map.entry("day", Anchor.Granularity.DAY), Map.entry("days", Anchor.Granularity.DAY),
            Map.entry("week", Anchor.Granularity.WEEK), Map.entry("weeks", Anchor.Granularity.WEEK),
            Map.entry("weekend", Anchor.Granularity.WEEKEND), Map.entry("weekends", Anchor.Granularity.WEEKEND),
            Map.entry("month", Anchor.Granularity.MONTH), Map.entry("months", Anchor.Granularity.MONTH),
            Map.entry("quarter", Anchor.Granularity.QUARTER), Map.entry("quarters", Anchor.Granularity.QUARTER),
            Map.entry("year", Anchor.Granularity.YEAR), Map.entry("years", Anchor.Granularity.YEAR),
            Map.entry("decade", Anchor.Granularity.DECADE), Map.entry("decades", Anchor.Granularity.DECADE),
            Map.entry("century", Anchor.Granularity.CENTURY), Map.entry("centuries", Anchor.Granularity.CENTURY));

    /** Clock units, which only make durations: hour PT1H, minute PT1M, second PT1S. */
    static final Map<String, String> CLOCK_UNITS = Map.of("hour", "H", "hours", "H", "minute", "M",
            "minutes", "M", "second", "S", "seconds", "S");

    static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12));

    static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("last", -1), Map.entry("final", -1));

    /** Quantity words that leave the number unstated: "several years" is PXY. */
    static final Set<String> VAGUE_QUANTITIES = Set.of("several", "few", "many", "some", "numerous", "couple");

    /** Decade words: "the nineties" is 199. */
    static final Map<String, Integer> DECADE_WORDS = Map.of("twenties", 2, "thirties", 3, "forties", 4,
            "fifties", 5, "sixties", 6, "seventies", 7, "eighties", 8, "nineties", 9);

    /** Parts of the day as TIMEX3 writes them. */
    static final Map<String, String> DAY_PARTS = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV",
            "night", "NI", "nights", "NI", "mornings", "MO", "evenings", "EV", "overnight", "NI");
}

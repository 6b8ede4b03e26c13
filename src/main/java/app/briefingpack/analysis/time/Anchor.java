package app.briefingpack.analysis.time;

import app.briefingpack.model.PartialDate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * A point on the calendar at some granularity, the thing relative expressions are resolved
 * against and resolve to. The year may be unknown (an article without a date that says only
 * "March 3"): calendar arithmetic then runs on a placeholder leap year so that February 29
 * survives, and the value prints {@code XXXX} instead of inventing a year.
 *
 * @param start      first day of the period (its year is a placeholder when !yearKnown)
 * @param unit       the granularity
 * @param yearKnown  whether the year of {@code start} is real
 */
record Anchor(LocalDate start, Granularity unit, boolean yearKnown) {

    /** Placeholder year for dates whose year the text does not give: a leap year. */
    static final int PLACEHOLDER_YEAR = 2000;

    enum Granularity { DAY, WEEKEND, WEEK, MONTH, SEASON, QUARTER, HALF, YEAR, DECADE, CENTURY }

    static Anchor of(PartialDate d) {
        if (d == null) return null;
        if (d.hasDay()) return new Anchor(LocalDate.of(d.year(), d.month(), d.day()), Granularity.DAY, true);
        if (d.hasMonth()) return new Anchor(LocalDate.of(d.year(), d.month(), 1), Granularity.MONTH, true);
        return new Anchor(LocalDate.of(d.year(), 1, 1), Granularity.YEAR, true);
    }

    static Anchor year(int y) { return new Anchor(LocalDate.of(y, 1, 1), Granularity.YEAR, true); }

    static Anchor month(Integer y, int m) {
        return new Anchor(LocalDate.of(y == null ? PLACEHOLDER_YEAR : y, m, 1), Granularity.MONTH, y != null);
    }

    static Anchor day(Integer y, int m, int d) {
        return new Anchor(LocalDate.of(y == null ? PLACEHOLDER_YEAR : y, m, d), Granularity.DAY, y != null);
    }

    /** Seasons start at their meteorological month: winter Dec (of the year before), spring Mar, summer Jun, fall Sep. */
    static Anchor season(Integer y, int seasonIndex) {
        int yy = y == null ? PLACEHOLDER_YEAR : y;
        LocalDate s = seasonIndex == 0 ? LocalDate.of(yy - 1, 12, 1) : LocalDate.of(yy, 3 * seasonIndex, 1);
        return new Anchor(s, Granularity.SEASON, y != null);
    }

    static Anchor quarter(Integer y, int q) {
        return new Anchor(LocalDate.of(y == null ? PLACEHOLDER_YEAR : y, 3 * q - 2, 1), Granularity.QUARTER, y != null);
    }

    static Anchor half(Integer y, int h) {
        return new Anchor(LocalDate.of(y == null ? PLACEHOLDER_YEAR : y, h == 1 ? 1 : 7, 1), Granularity.HALF, y != null);
    }

    static Anchor decade(int firstYear) {
        return new Anchor(LocalDate.of(firstYear - firstYear % 10, 1, 1), Granularity.DECADE, true);
    }

    Integer knownYear() { return yearKnown ? start.getYear() : null; }

    int year() { return unit == Granularity.SEASON && start.getMonthValue() == 12 ? start.getYear() + 1 : start.getYear(); }

    int month() { return start.getMonthValue(); }

    boolean finerThanMonth() { return unit == Granularity.DAY || unit == Granularity.WEEK || unit == Granularity.WEEKEND; }

    /** The same anchor at a coarser granularity (never finer: a month-only date gives no day). */
    Anchor as(Granularity g) {
        if (g.ordinal() < unit.ordinal()) return this;
        LocalDate s = switch (g) {
            case DAY -> start;
            case WEEK, WEEKEND -> start.with(DayOfWeek.MONDAY);
            case MONTH -> start.withDayOfMonth(1);
            case SEASON -> seasonStart(start);
            case QUARTER -> LocalDate.of(start.getYear(), ((start.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case HALF -> LocalDate.of(start.getYear(), start.getMonthValue() <= 6 ? 1 : 7, 1);
            case YEAR -> LocalDate.of(start.getYear(), 1, 1);
            case DECADE -> LocalDate.of(start.getYear() - start.getYear() % 10, 1, 1);
            case CENTURY -> LocalDate.of(start.getYear() - start.getYear() % 100, 1, 1);
        };
        return new Anchor(s, g, yearKnown);
    }

    private static LocalDate seasonStart(LocalDate d) {
        int m = d.getMonthValue();
        if (m == 12) return LocalDate.of(d.getYear(), 12, 1);
        if (m <= 2) return LocalDate.of(d.getYear() - 1, 12, 1);
        return LocalDate.of(d.getYear(), ((m - 3) / 3) * 3 + 3, 1);
    }

    /** Moves by n units of g, keeping this anchor's granularity. */
    Anchor plus(long n, Granularity g) {
        LocalDate s = switch (g) {
            case DAY -> start.plusDays(n);
            case WEEK, WEEKEND -> start.plusWeeks(n);
            case MONTH -> start.plusMonths(n);
            case SEASON, QUARTER -> start.plusMonths(3 * n);
            case HALF -> start.plusMonths(6 * n);
            case YEAR -> start.plusYears(n);
            case DECADE -> start.plusYears(10 * n);
            case CENTURY -> start.plusYears(100 * n);
        };
        return new Anchor(s, unit, yearKnown).as(unit);
    }

    long daysBetween(Anchor other) { return ChronoUnit.DAYS.between(start, other.start); }

    /** The TIMEX3 value. */
    String value() {
        String y = yearKnown ? String.format("%04d", start.getYear()) : "XXXX";
        return switch (unit) {
            case DAY -> y + String.format("-%02d-%02d", start.getMonthValue(), start.getDayOfMonth());
            case WEEK -> weekValue(y, "");
            case WEEKEND -> weekValue(y, "-WE");
            case MONTH -> y + String.format("-%02d", start.getMonthValue());
            case SEASON -> (yearKnown ? String.format("%04d", year()) : "XXXX") + "-" + seasonCode();
            case QUARTER -> y + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case HALF -> y + "-H" + (start.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> y;
            case DECADE -> yearKnown ? String.format("%03d", start.getYear() / 10) : "XXX";
            case CENTURY -> yearKnown ? String.format("%02d", start.getYear() / 100) : "XX";
        };
    }

    private String weekValue(String y, String suffix) {
        if (!yearKnown) return "XXXX-WXX" + suffix;
        return String.format("%04d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) + suffix;
    }

    private String seasonCode() {
        return switch (start.getMonthValue()) {
            case 12 -> "WI";
            case 3 -> "SP";
            case 6 -> "SU";
            default -> "FA";
        };
    }
}

package app.briefingpack.cli;

import app.briefingpack.ingest.ReadOptions;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --max-size}: plain bytes ({@code 2097152}) or a size with a unit ({@code 500KB},
 * {@code 2MB}, {@code 1.5 MB}, {@code 1GB}; KB = 1024 bytes, as the program's messages count).
 * Sizes the reader cannot honour are refused here rather than silently cut short.
 */
final class SizeConverter implements ITypeConverter<Long> {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|bytes?|k|kb|kib|m|mb|mib|g|gb|gib)?");

    @Override
    public Long convert(String value) {
        Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches())
            throw new TypeConversionException("'" + value + "' is not a size (use bytes, or a number with KB, MB or GB: 500KB, 2MB)");
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit(m.group(2))));
        if (bytes.compareTo(BigDecimal.ONE) < 0)
            throw new TypeConversionException("'" + value + "' is too small: a size must be at least 1 byte");
        if (bytes.compareTo(BigDecimal.valueOf(ReadOptions.LARGEST_MAX_BYTES)) > 0)
            throw new TypeConversionException("'" + value + "' is more than the program can read: at most 1GB ("
                    + ReadOptions.LARGEST_MAX_BYTES + " bytes)");
        return bytes.longValue();
    }

    private static long unit(String unit) {
        if (unit == null) return 1;
        return switch (unit.charAt(0)) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            default -> 1;
        };
    }
}

package app.briefingpack.ingest;

import java.util.regex.Pattern;

/** List-item markers as printed: bullets, dashes, "1." and "a)", "[3]". The marker is no part of the item's text. */
final class PdfLists {

    private static final Pattern MARKER = Pattern.compile(
            "^(?:[\\u2022\\u25E6\\u25AA\\u2023\\u25CF\\u25CB\\u25A0\\u25A1\\u2043\\u2013\\u2014*\\-]|\\(?\\d{1,3}[.)]|\\[\\d{1,3}]|[a-z][.)])\\s+");

    private PdfLists() {}

    static boolean startsWithMarker(String line) {
        return MARKER.matcher(line.strip()).find();
    }

    static String stripMarker(String item) {
        return MARKER.matcher(item.strip()).replaceFirst("");
    }
}

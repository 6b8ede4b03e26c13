package app.briefingpack.epub;

/** Text and attribute escaping for the XHTML, SMIL and package documents. */
final class Xml {

    private Xml() {
    }

    /** Escapes markup characters and drops code points XML 1.0 cannot hold. */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    if (allowed) out.appendCodePoint(c);
                }
            }
        });
        return out.toString();
    }

    /** The head of an XHTML content document with its language, title and the book's style sheet. */
    static String xhtmlHead(String lang, String title) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\""
                + text(lang) + "\" xml:lang=\"" + text(lang) + "\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>"
                + text(title) + "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n</head>\n";
    }

    /** A SMIL clock value in seconds with millisecond precision: "12.345s". */
    static String clock(long sample, int rate) {
        long ms = Math.round(sample * 1000.0 / rate);
        return ms / 1000 + "." + String.format("%03d", ms % 1000) + "s";
    }

    /** A full clock value, "0:07:50.123", as media:duration wants it. */
    static String duration(long sample, int rate) {
        long ms = Math.round(sample * 1000.0 / rate);
        return String.format("%d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
}

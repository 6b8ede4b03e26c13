package app.briefingpack.speech;

/**
 * Spells numbers the way a newsreader says them. FreeTTS has its own number expansion, but it
 * reads "2003" as a plain cardinal in some contexts and knows no ordinal dates, so the
 * normaliser hands it words instead of digits.
 */
final class NumberWords {

    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety"};
    private static final String[][] SCALES = {{"", ""}, {"thousand", "thousandth"},
            {"million", "millionth"}, {"billion", "billionth"}, {"trillion", "trillionth"}};

    private NumberWords() {
    }

    /** "35" → "thirty-five", "1250" → "one thousand two hundred fifty". */
    static String cardinal(long n) {
        if (n < 0) return "minus " + cardinal(-n);
        if (n < 1000) return belowThousand((int) n);
        StringBuilder out = new StringBuilder();
        long rest = n;
        int scale = 0;
        String[] groups = new String[SCALES.length];
        while (rest > 0 && scale < SCALES.length) {
            int group = (int) (rest % 1000);
            if (group > 0) groups[scale] = belowThousand(group) + (scale > 0 ? " " + SCALES[scale][0] : "");
            rest /= 1000;
            scale++;
        }
        if (rest > 0) return digits(Long.toString(n)); // beyond trillions: read digit by digit
        for (int i = groups.length - 1; i >= 0; i--) {
            if (groups[i] == null) continue;
            if (out.length() > 0) out.append(' ');
            out.append(groups[i]);
        }
        return out.toString();
    }

    /** "3" → "third", "21" → "twenty-first", "100" → "one hundredth". */
    static String ordinal(long n) {
        String words = cardinal(n);
        int cut = Math.max(words.lastIndexOf(' '), words.lastIndexOf('-')) + 1;
        return words.substring(0, cut) + ordinalOf(words.substring(cut));
    }

    /**
     * A year as people say it: "1990" → "nineteen ninety", "2003" → "two thousand three",
     * "1905" → "nineteen oh five", "2015" → "twenty fifteen", "1800" → "eighteen hundred".
     */
    static String year(int y) {
        if (y < 1000 || y > 9999) return cardinal(y);
        int high = y / 100;
        int low = y % 100;
        if (y >= 2000 && y < 2010) return cardinal(y);
        if (y % 1000 == 0) return cardinal(y);
        if (low == 0) return cardinal(high) + " hundred";
        if (low < 10) return cardinal(high) + " oh " + ONES[low];
        return cardinal(high) + " " + cardinal(low);
    }

    /** "1990s" → "nineteen nineties", "2000s" → "two thousands", "60s" → "sixties". */
    static String decade(int y) {
        String words = y >= 1000 ? year(y) : cardinal(y);
        if (words.endsWith("y")) return words.substring(0, words.length() - 1) + "ies";
        return words + "s";
    }

    /** Reads a string of digits one by one: "007" → "zero zero seven". */
    static String digits(String ds) {
        StringBuilder out = new StringBuilder();
        for (char c : ds.toCharArray()) {
            if (!Character.isDigit(c)) continue;
            if (out.length() > 0) out.append(' ');
            out.append(ONES[c - '0']);
        }
        return out.toString();
    }

    private static String belowThousand(int n) {
        if (n < 20) return ONES[n];
        if (n < 100) return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + ONES[n % 10]);
        String rest = n % 100 == 0 ? "" : " " + belowThousand(n % 100);
        return ONES[n / 100] + " hundred" + rest;
    }

    private static String ordinalOf(String word) {
        switch (word) {
            case "one": return "first";
            case "two": return "second";
            case "three": return "third";
            case "five": return "fifth";
            case "eight": return "eighth";
            case "nine": return "ninth";
            case "twelve": return "twelfth";
            default:
                if (word.endsWith("y")) return word.substring(0, word.length() - 1) + "ieth";
                return word + "th";
        }
    }
}

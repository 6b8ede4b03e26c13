package app.briefingpack.analysis.time;

/**
 * One token of the scanner: a run of letters, a run of digits, or a single other character
 * (whitespace is skipped). {@code lower} is the lower-cased text, what the rules compare.
 */
record TimexToken(String text, String lower, int begin, int end, Kind kind) {

    enum Kind { WORD, NUMBER, PUNCT }

    boolean isWord() { return kind == Kind.WORD; }

    boolean isNumber() { return kind == Kind.NUMBER; }

    boolean is(String s) { return lower.equals(s); }

    boolean capitalised() { return kind == Kind.WORD && Character.isUpperCase(text.charAt(0)); }
}

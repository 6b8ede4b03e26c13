package app.briefingpack.ingest;

/** A candidate paragraph: its text and where it stands in the body (end exclusive). */
record TextBlock(String text, int begin, int end) {

    int wordCount() {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}

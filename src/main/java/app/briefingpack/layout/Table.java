package app.briefingpack.layout;

import java.util.List;

/**
 * A table with header rows (column headers, tagged TH with Scope Column) and body rows. A body
 * row's first cell may be a row header. Rows never split across pages; the header rows repeat
 * (as artifacts) on each page the table continues on.
 *
 * @param header       header rows
 * @param body         body rows
 * @param caption      the caption shown above the table, or null
 * @param columnWeights relative column widths, or empty for equal columns
 * @param rowHeaders   whether the first cell of each body row is a row header
 */
public record Table(List<Row> header, List<Row> body, String caption, List<Double> columnWeights,
                    boolean rowHeaders) implements Block {

    public Table {
        header = List.copyOf(header);
        body = List.copyOf(body);
        columnWeights = List.copyOf(columnWeights);
        int cols = columns(header, body);
        for (Row r : header) if (r.cells().size() != cols) throw new IllegalArgumentException("ragged table header");
        for (Row r : body) if (r.cells().size() != cols) throw new IllegalArgumentException("ragged table row");
        if (!columnWeights.isEmpty() && columnWeights.size() != cols)
            throw new IllegalArgumentException("column weights do not match the columns");
    }

    private static int columns(List<Row> header, List<Row> body) {
        if (!header.isEmpty()) return header.get(0).cells().size();
        if (!body.isEmpty()) return body.get(0).cells().size();
        throw new IllegalArgumentException("empty table");
    }

    public int columnCount() { return columns(header, body); }

    /** A table row. */
    public record Row(List<List<Run>> cells) {
        public Row {
            cells = cells.stream().map(List::copyOf).toList();
        }

        public static Row of(String... texts) {
            return new Row(java.util.Arrays.stream(texts).map(t -> List.of(Run.plain(t))).toList());
        }
    }
}

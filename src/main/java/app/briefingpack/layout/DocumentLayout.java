package app.briefingpack.layout;

import java.util.List;

/**
 * The page layout of one document type, loaded from {@code layouts/<type>.yaml}.
 *
 * @param name             the document type ("annotated", "brief", "timeline")
 * @param paper            the paper used when the options do not choose one
 * @param margins          page margins
 * @param noteColumn       width of the margin-note column in points, 0 for none
 * @param noteGap          space between the text and the note column
 * @param lineNumbers      number every n-th line of numbered paragraphs, 0 for none
 * @param paragraphNumbers show paragraph labels in the left margin
 * @param runningHeader    print the running header and page footer
 * @param maxMeasure       the longest line in body-size ems (keeps lines readable on wide paper)
 * @param sections         the sections the document shows, in order
 * @param fit              how the document is fitted to its page count (the brief), or null
 */
public record DocumentLayout(String name, Paper paper, Margins margins, float noteColumn, float noteGap, int lineNumbers,
                             boolean paragraphNumbers, boolean runningHeader, float maxMeasure,
                             List<String> sections, FitRules fit) {
    public DocumentLayout {
        sections = List.copyOf(sections);
    }

    public boolean shows(String section) { return sections.contains(section); }
}

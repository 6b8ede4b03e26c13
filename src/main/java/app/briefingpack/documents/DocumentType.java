package app.briefingpack.documents;

import java.util.List;
import java.util.Set;

/**
 * The pack's documents: the one list the layout files ({@code layouts/<id>.yaml}), the pack
 * builder and the pack's file list all read, so a new handout is added here once. Section names
 * are part of the layout files' published format, so the brief's {@code organizations} keeps the
 * spelling of briefing.json's key while the code spells organisation the British way.
 */
public enum DocumentType {
    ANNOTATED("annotated", false, Set.of("title", "byline", "how-to-read", "legend", "article", "glossary", "sources")),
    BRIEF("brief", true, Set.of("title", "byline", "thesis", "key-points", "counterpoints", "people", "organizations",
            "dates", "glossary", "questions", "reading-level", "narration")),
    TIMELINE("timeline", false, Set.of("title", "byline", "how-to-read", "timeline", "events", "notes", "undated")),
    ANSWER_KEY("answer-key", false, Set.of("title", "byline", "note", "answers"));

    private final String id;
    private final boolean fitted;
    private final Set<String> sections;

    DocumentType(String id, boolean fitted, Set<String> sections) {
        this.id = id;
        this.fitted = fitted;
        this.sections = sections;
    }

    /** The name in layout files and file names: "brief", "answer-key". */
    public String id() { return id; }

    /** The document's layout file, {@code brief.yaml}. */
    public String layoutFile() { return id + ".yaml"; }

    /** The document's PDF in the pack, {@code brief.pdf}. */
    public String pdfFile() { return id + ".pdf"; }

    /** Whether the document is fitted to a page budget (the layout file then has {@code fit:}). */
    public boolean fittedToPages() { return fitted; }

    /** The sections the document's layout may list. */
    public Set<String> sections() { return sections; }

    /** The PDF file names of every document, in this order. */
    public static List<String> pdfFiles() {
        return java.util.Arrays.stream(values()).map(DocumentType::pdfFile).toList();
    }
}

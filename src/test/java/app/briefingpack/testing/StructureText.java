package app.briefingpack.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a tagged PDF the way assistive technology does: walks the structure tree in order and
 * collects the text of each element's marked content by MCID, or its ActualText where it has one.
 * Artifacts are never reached.
 */
public final class StructureText {

    private final PDDocument doc;
    private final Map<PDPage, Map<Integer, String>> byPage = new HashMap<>();

    public StructureText(PDDocument doc) {
        this.doc = doc;
    }

    /** The text of an element and its descendants, in structure order (Alt text is not included). */
    public String text(PDStructureNode node) throws IOException {
        StringBuilder sb = new StringBuilder();
        collect(node, sb);
        return sb.toString();
    }

    private void collect(PDStructureNode node, StringBuilder sb) throws IOException {
        // ActualText stands for the element's content, as assistive technology reads it
        if (node instanceof PDStructureElement e && e.getActualText() != null) {
            sb.append(e.getActualText());
            return;
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) collect(e, sb);
            else if (kid instanceof PDMarkedContentReference mcr) sb.append(content(mcr.getPage(), mcr.getMCID()));
            else if (kid instanceof Integer mcid && node instanceof PDStructureElement e) sb.append(content(e.getPage(), mcid));
        }
    }

    /** Every element in the tree, depth first. */
    public List<PDStructureElement> elements() {
        List<PDStructureElement> out = new ArrayList<>();
        walk(doc.getDocumentCatalog().getStructureTreeRoot(), out::add);
        return out;
    }

    private static void walk(PDStructureNode n, Consumer<PDStructureElement> f) {
        for (Object kid : n.getKids()) {
            if (kid instanceof PDStructureElement e) {
                f.accept(e);
                walk(e, f);
            }
        }
    }

    private String content(PDPage page, int mcid) throws IOException {
        Map<Integer, String> m = byPage.get(page);
        if (m == null) {
            PDFMarkedContentExtractor ex = new PDFMarkedContentExtractor();
            ex.processPage(page);
            m = new HashMap<>();
            for (PDMarkedContent mc : ex.getMarkedContents()) gather(mc, m);
            byPage.put(page, m);
        }
        return m.getOrDefault(mcid, "");
    }

    private static void gather(PDMarkedContent mc, Map<Integer, String> m) {
        if (mc.getMCID() >= 0) {
            StringBuilder sb = new StringBuilder();
            for (Object o : mc.getContents()) if (o instanceof TextPosition tp) sb.append(tp.getUnicode());
            m.merge(mc.getMCID(), sb.toString(), String::concat);
        }
        for (Object o : mc.getContents()) if (o instanceof PDMarkedContent inner) gather(inner, m);
    }

    public static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}

package app.briefingpack.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Prints an article the way a newspaper site or a library database does, untagged: a headline
 * across the page, then the text in two columns, a running header and a "Page N of M" footer on
 * every page, optional line numbers in the margin, lines broken greedily with long words
 * hyphenated at the column edge. Paragraphs either start with a first-line indent (print style)
 * or are set apart by a blank line (web style).
 */
final class TwoColumnPdf {

    private static final float W = PDRectangle.LETTER.getWidth(), H = PDRectangle.LETTER.getHeight();
    private static final float MARGIN = 54, GUTTER = 18, SIZE = 10, LEADING = 12.5f, TOP = 72, BOTTOM = 72;
    private static final float COLUMN = (W - 2 * MARGIN - GUTTER) / 2;

    private final boolean indentStyle;
    private final boolean lineNumbers;
    private PDFont regular, bold;

    TwoColumnPdf(boolean indentStyle, boolean lineNumbers) {
        this.indentStyle = indentStyle;
        this.lineNumbers = lineNumbers;
    }

    private record Placed(String text, PDFont font, float size, float x, float y) {}

    byte[] print(String headline, String header, List<String> paragraphs, List<String> subheads) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            regular = load(doc, "DejaVuSerif");
            bold = load(doc, "DejaVuSerif-Bold");
            List<List<Placed>> pages = new ArrayList<>();
            List<Placed> page = new ArrayList<>();
            pages.add(page);
            // the headline spans both columns
            float y = TOP;
            for (String line : wrap(headline, bold, 20, W - 2 * MARGIN, 0)) {
                y += 24;
                page.add(new Placed(line, bold, 20, MARGIN, y));
            }
            float columnTop = y + 24;
            int column = 0;
            y = columnTop;
            for (int p = 0; p < paragraphs.size(); p++) {
                boolean heading = subheads.contains(paragraphs.get(p));
                PDFont font = heading ? bold : regular;
                float indent = indentStyle && !heading && p > 0 && !subheads.contains(paragraphs.get(p - 1)) ? 14 : 0;
                if (!indentStyle || heading) y += p == 0 ? 0 : LEADING;
                List<String> lines = wrap(paragraphs.get(p), font, SIZE, COLUMN, indent);
                for (int i = 0; i < lines.size(); i++) {
                    y += LEADING;
                    if (y > H - BOTTOM) {
                        if (column == 0) {
                            column = 1;
                        } else {
                            column = 0;
                            page = new ArrayList<>();
                            pages.add(page);
                            columnTop = TOP;
                        }
                        y = columnTop + LEADING;
                    }
                    float x = MARGIN + column * (COLUMN + GUTTER) + (i == 0 ? indent : 0);
                    page.add(new Placed(lines.get(i), font, SIZE, x, y));
                }
            }
            for (int n = 0; n < pages.size(); n++) {
                PDPage pdPage = new PDPage(PDRectangle.LETTER);
                doc.addPage(pdPage);
                try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
                    show(cs, new Placed(header, regular, 8, MARGIN, 36));
                    int lineNo = 0;
                    for (Placed pl : pages.get(n)) {
                        show(cs, pl);
                        if (lineNumbers && pl.size() == SIZE && ++lineNo % 5 == 0)
                            show(cs, new Placed(String.valueOf(lineNo), regular, 7, pl.x() < W / 2 ? MARGIN - 24 : W - MARGIN + 8, pl.y()));
                    }
                    String footer = "Page " + (n + 1) + " of " + pages.size();
                    show(cs, new Placed(footer, regular, 8, (W - regular.getStringWidth(footer) / 1000 * 8) / 2, H - 36));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static PDFont load(PDDocument doc, String face) throws IOException {
        try (InputStream in = TwoColumnPdf.class.getClassLoader().getResourceAsStream("net/sf/jasperreports/fonts/dejavu/" + face + ".ttf")) {
            return PDType0Font.load(doc, in);
        }
    }

    private static void show(PDPageContentStream cs, Placed p) throws IOException {
        cs.beginText();
        cs.setFont(p.font(), p.size());
        cs.newLineAtOffset(p.x(), H - p.y());
        cs.showText(p.text());
        cs.endText();
    }

    /** Greedy line breaking; a long lowercase word that does not fit is hyphenated after its first half. */
    private static List<String> wrap(String text, PDFont font, float size, float width, float firstIndent) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float available = width - firstIndent;
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size <= available) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (word.matches("[a-z]{9,}")) {
                String head = word.substring(0, word.length() / 2) + "-";
                String withHead = line.length() == 0 ? head : line + " " + head;
                if (font.getStringWidth(withHead) / 1000 * size <= available) {
                    lines.add(withHead);
                    line.setLength(0);
                    line.append(word.substring(word.length() / 2));
                    available = width;
                    continue;
                }
            }
            lines.add(line.toString());
            line.setLength(0);
            line.append(word);
            available = width;
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}

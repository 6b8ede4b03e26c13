package app.briefingpack.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDStructureElementNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import app.briefingpack.layout.DocumentSpec;
import app.briefingpack.layout.DrawOp;
import app.briefingpack.layout.FontFace;
import app.briefingpack.layout.FontLibrary;
import app.briefingpack.layout.Frame;
import app.briefingpack.layout.LaidOutDocument;
import app.briefingpack.layout.PageFrames;
import app.briefingpack.layout.StructNode;

/**
 * Writes a laid-out document as a tagged PDF (PDF/UA-1 and PDF/A-2a), tagging by construction:
 * every frame the engine placed is either marked content of its structure element (with an
 * MCID recorded in the parent tree) or an artifact.
 *
 * <p>Longer than 400 lines because the structure tree, the marked content and the parent tree
 * must be written in one pass over the frames to stay consistent.
 */
public final class TaggedPdfWriter {

    private TaggedPdfWriter() {}

    /** Writes an already laid-out document. */
    public static void write(LaidOutDocument laid, OutputStream out) throws IOException {
        byte[] pdf;
        try {
            pdf = render(laid, true);
        } catch (IndexOutOfBoundsException | java.util.ConcurrentModificationException subsetterBug) {
            // FontBox 3.0.6's TTFSubsetter fails on some glyph sets with composite glyphs
            // (DejaVu Serif with U+2022, U+0335 and U+200B together; combining marks with
            // U+200B/U+200E; found by fuzzing): embed the whole faces instead.
            try {
                pdf = render(laid, false);
            } catch (RuntimeException again) {
                again.addSuppressed(subsetterBug);
                throw again;
            }
        }
        out.write(pdf);
    }

    /**
     * Writes the document with fonts borrowed for it alone (FontBox's parsed fonts are not
     * thread-safe, and subsetting reads them until the document is saved). They go back for the
     * next document only when all went well: after a subsetter failure they are dropped.
     */
    private static byte[] render(LaidOutDocument laid, boolean subsetFonts) throws IOException {
        Map<FontFace, TrueTypeFont> borrowed = new EnumMap<>(FontFace.class);
        try (PDDocument doc = new PDDocument()) {
            new Writing(doc, laid, subsetFonts, borrowed).run();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            doc.save(bytes);
            borrowed.forEach(FontLibrary::giveBack);
            return bytes.toByteArray();
        }
    }

    /** One document being written. */
    private static final class Writing {
        private final PDDocument doc;
        private final LaidOutDocument laid;
        private final Map<FontFace, PDType0Font> fonts = new EnumMap<>(FontFace.class);
        private final Map<StructNode, PDStructureElement> elements = new IdentityHashMap<>();
        private final Map<Integer, PDParentTreeValue> parentTree = new HashMap<>();
        private final Map<String, PDStructureElement> ids = new HashMap<>();
        private final List<PDPage> pages = new ArrayList<>();
        private final boolean subsetFonts;
        private final Map<FontFace, TrueTypeFont> borrowed;
        private int nextKey;

        Writing(PDDocument doc, LaidOutDocument laid, boolean subsetFonts, Map<FontFace, TrueTypeFont> borrowed) {
            this.doc = doc;
            this.laid = laid;
            this.subsetFonts = subsetFonts;
            this.borrowed = borrowed;
        }

        void run() throws IOException {
            DocumentSpec spec = laid.spec();
            doc.setVersion(1.7f);
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            catalog.setStructureTreeRoot(root);
            PDStructureElement document = new PDStructureElement("Document", root);
            root.appendKid(document);
            elements.put(laid.root(), document);
            createBlockElements(laid.root(), document);

            nextKey = laid.pages().size();
            for (int i = 0; i < laid.pages().size(); i++) {
                PageFrames pf = laid.pages().get(i);
                PDPage page = new PDPage(new PDRectangle(pf.width(), pf.height()));
                doc.addPage(page);
                pages.add(page);
            }
            for (int i = 0; i < laid.pages().size(); i++) writePage(i);

            for (Map.Entry<StructNode, PDStructureElement> e : elements.entrySet()) {
                StructNode n = e.getKey();
                if (n.bbox() != null && n.bboxPage() >= 0) {
                    float[] b = n.bbox();
                    PDLayoutAttributeObject la = new PDLayoutAttributeObject();
                    la.setBBox(new PDRectangle(b[0], b[1], b[2] - b[0], b[3] - b[1]));
                    e.getValue().addAttribute(la);
                    e.getValue().setPage(pages.get(n.bboxPage()));
                }
            }

            PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
            tree.setNumbers(new HashMap<>(parentTree));
            root.setParentTree(tree);
            root.setParentTreeNextKey(nextKey);
            if (!ids.isEmpty()) {
                PDStructureElementNameTreeNode idTree = new PDStructureElementNameTreeNode();
                idTree.setNames(new java.util.TreeMap<>(ids));
                root.setIDTree(idTree);
            }

            catalog.setLanguage(spec.lang());
            PDMarkInfo mark = new PDMarkInfo();
            mark.setMarked(true);
            catalog.setMarkInfo(mark);
            PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
            prefs.setDisplayDocTitle(true);
            catalog.setViewerPreferences(prefs);

            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(spec.title());
            info.setProducer(PdfMetadata.PRODUCER);
            PDMetadata md = new PDMetadata(doc);
            md.importXMPMetadata(PdfMetadata.xmp(spec.title(), spec.lang()).getBytes(StandardCharsets.UTF_8));
            catalog.setMetadata(md);

            PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(PdfMetadata.srgbProfile()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);

            outline(catalog);
            doc.getDocument().setDocumentID(documentId());
        }

        /**
         * PDF/A needs a file identifier; PDFBox would derive one from the clock. Deriving it from
         * the content instead makes the same input give the same bytes, so a pack can be
         * regenerated and compared.
         */
        private COSArray documentId() {
            try {
                java.security.MessageDigest md = java.security.MessageDigest.getInstance("MD5");
                md.update((laid.spec().title() + '\u0000' + laid.spec().lang()).getBytes(StandardCharsets.UTF_8));
                for (PageFrames p : laid.pages())
                    for (Frame f : p.frames()) md.update(f.toString().getBytes(StandardCharsets.UTF_8));
                byte[] id = md.digest();
                COSArray a = new COSArray();
                a.add(new org.apache.pdfbox.cos.COSString(id));
                a.add(new org.apache.pdfbox.cos.COSString(id));
                return a;
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("MD5 is required of every Java platform", e);
            }
        }

        /** Makes the elements of every non-inline node now, in tree (= reading) order. */
        private void createBlockElements(StructNode node, PDStructureElement element) {
            for (StructNode child : node.children()) {
                if (child.inline()) continue;
                PDStructureElement e = newElement(child, element);
                element.appendKid(e);
                createBlockElements(child, e);
            }
        }

        private PDStructureElement newElement(StructNode n, PDStructureElement parent) {
            PDStructureElement e = new PDStructureElement(n.type(), parent);
            if (n.alt() != null) e.setAlternateDescription(n.alt());
            if (n.lang() != null) e.setLanguage(n.lang());
            if (n.actualText() != null) e.setActualText(n.actualText());
            if (n.id() != null) {
                e.setElementIdentifier(n.id());
                ids.put(n.id(), e);
            }
            if (n.scope() != null) {
                PDTableAttributeObject ta = new PDTableAttributeObject();
                ta.setScope(n.scope());
                e.addAttribute(ta);
            }
            if (n.listNumbering() != null) {
                PDListAttributeObject la = new PDListAttributeObject();
                la.setListNumbering(n.listNumbering());
                e.addAttribute(la);
            }
            elements.put(n, e);
            return e;
        }

        /** The element of a node; an inline node's element is made and attached on first use. */
        private PDStructureElement element(StructNode n) {
            PDStructureElement e = elements.get(n);
            if (e != null) return e;
            PDStructureElement parent = element(n.parent());
            e = newElement(n, parent);
            parent.appendKid(e);
            return e;
        }

        private PDType0Font font(FontFace face) throws IOException {
            PDType0Font f = fonts.get(face);
            if (f == null) {
                TrueTypeFont ttf = FontLibrary.borrow(face);
                borrowed.put(face, ttf);
                f = PDType0Font.load(doc, ttf, subsetFonts);
                fonts.put(face, f);
            }
            return f;
        }

        private void writePage(int index) throws IOException {
            PDPage page = pages.get(index);
            page.setStructParents(index);
            page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
            COSArray mcids = new COSArray();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Frame f : laid.pages().get(index).frames()) {
                    PDStructureElement owner = f.artifact() ? null : element(f.owner());
                    if (owner == null) {
                        cs.beginMarkedContent(COSName.ARTIFACT);
                    } else {
                        int mcid = mcids.size();
                        COSDictionary props = new COSDictionary();
                        props.setInt(COSName.MCID, mcid);
                        cs.beginMarkedContent(COSName.getPDFName(owner.getStructureType()), PDPropertyList.create(props));
                        PDMarkedContentReference mcr = new PDMarkedContentReference();
                        mcr.setMCID(mcid);
                        mcr.setPage(page);
                        owner.appendKid(mcr);
                        mcids.add(owner);
                    }
                    if (f instanceof Frame.Text t) text(cs, t);
                    else if (f instanceof Frame.Stroke s) stroke(cs, s);
                    else if (f instanceof Frame.Drawing d) drawing(cs, d);
                    cs.endMarkedContent();
                    if (f instanceof Frame.Text t && t.url() != null && owner != null) link(page, t, owner);
                }
            }
            parentTree.put(index, new PDParentTreeValue(mcids));
        }

        private void text(PDPageContentStream cs, Frame.Text t) throws IOException {
            cs.beginText();
            cs.setFont(font(t.face()), t.size());
            colour(cs, t.colour());
            cs.newLineAtOffset(t.x(), t.y());
            cs.showText(t.text());
            cs.endText();
        }

        private static void colour(PDPageContentStream cs, int rgb) throws IOException {
            cs.setNonStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
        }

        private static void strokeColour(PDPageContentStream cs, int rgb) throws IOException {
            cs.setStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
        }

        private void stroke(PDPageContentStream cs, Frame.Stroke s) throws IOException {
            strokeColour(cs, s.colour());
            cs.setLineWidth(s.lineWidth());
            cs.moveTo(s.x1(), s.y1());
            cs.lineTo(s.x2(), s.y2());
            cs.stroke();
        }

        private void drawing(PDPageContentStream cs, Frame.Drawing d) throws IOException {
            float k = d.scale();
            float ox = d.x(), top = d.y() + d.height();
            cs.saveGraphicsState();
            for (DrawOp op : d.ops()) {
                if (op instanceof DrawOp.Line l) {
                    strokeColour(cs, l.colour());
                    cs.setLineWidth(l.width() * k);
                    cs.moveTo(ox + l.x1() * k, top - l.y1() * k);
                    cs.lineTo(ox + l.x2() * k, top - l.y2() * k);
                    cs.stroke();
                } else if (op instanceof DrawOp.Rect r) {
                    if (r.fill() < 0 && r.stroke() < 0) continue; // nothing to paint
                    cs.addRect(ox + r.x() * k, top - (r.y() + r.h()) * k, r.w() * k, r.h() * k);
                    paint(cs, r.fill(), r.stroke(), r.strokeWidth() * k);
                } else if (op instanceof DrawOp.Circle c) {
                    if (c.fill() < 0 && c.stroke() < 0) continue;
                    circle(cs, ox + c.cx() * k, top - c.cy() * k, c.r() * k);
                    paint(cs, c.fill(), c.stroke(), c.strokeWidth() * k);
                } else if (op instanceof DrawOp.Label lab) {
                    FontFace face = lab.bold() ? FontFace.SANS_BOLD : FontFace.SANS;
                    String s = showable(face, lab.text());
                    float size = lab.size() * k;
                    float w = FontLibrary.width(face, s, size);
                    float x = ox + lab.x() * k - switch (lab.anchor()) {
                        case START -> 0f;
                        case MIDDLE -> w / 2;
                        case END -> w;
                    };
                    cs.beginText();
                    cs.setFont(font(face), size);
                    colour(cs, lab.colour());
                    cs.newLineAtOffset(x, top - lab.y() * k);
                    cs.showText(s);
                    cs.endText();
                }
            }
            cs.restoreGraphicsState();
        }

        /** Figure labels are short; a character the face lacks becomes '?' rather than .notdef. */
        private static String showable(FontFace face, String s) {
            StringBuilder sb = new StringBuilder();
            s.codePoints().forEach(cp -> sb.appendCodePoint(FontLibrary.hasGlyph(face, cp) ? cp : '?'));
            return sb.toString();
        }

        private static void paint(PDPageContentStream cs, int fill, int stroke, float width) throws IOException {
            if (fill >= 0) colour(cs, fill);
            if (stroke >= 0) {
                strokeColour(cs, stroke);
                cs.setLineWidth(width);
            }
            if (fill >= 0 && stroke >= 0) cs.fillAndStroke();
            else if (fill >= 0) cs.fill();
            else cs.stroke();
        }

        private static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
            float k = 0.552284749831f * r;
            cs.moveTo(cx + r, cy);
            cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            cs.closePath();
        }

        private void link(PDPage page, Frame.Text t, PDStructureElement linkElement) throws IOException {
            PDAnnotationLink a = new PDAnnotationLink();
            float asc = FontLibrary.ascent(t.face()) * t.size(), desc = FontLibrary.descent(t.face()) * t.size();
            a.setRectangle(new PDRectangle(t.x(), t.y() - desc, Math.max(1, t.width()), asc + desc));
            PDActionURI action = new PDActionURI();
            action.setURI(t.url());
            a.setAction(action);
            a.setContents("Link: " + t.url());
            a.setPrinted(true);
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            a.setBorderStyle(border);
            a.setPage(page);
            int key = nextKey++;
            a.setStructParent(key);
            page.getAnnotations().add(a);
            PDObjectReference objr = new PDObjectReference();
            objr.setReferencedObject(a);
            objr.setPage(page);
            linkElement.appendKid(objr);
            parentTree.put(key, new PDParentTreeValue(linkElement.getCOSObject()));
        }

        private void outline(PDDocumentCatalog catalog) {
            if (laid.bookmarks().isEmpty()) return;
            PDDocumentOutline outline = new PDDocumentOutline();
            Deque<Object[]> stack = new ArrayDeque<>(); // {level, item}
            for (LaidOutDocument.Bookmark b : laid.bookmarks()) {
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(b.title());
                PDPageXYZDestination dest = new PDPageXYZDestination();
                dest.setPage(pages.get(b.page()));
                dest.setTop(Math.round(b.y()));
                dest.setLeft(0);
                item.setDestination(dest);
                while (!stack.isEmpty() && (int) stack.peek()[0] >= b.level()) stack.pop();
                if (stack.isEmpty()) outline.addLast(item);
                else ((PDOutlineItem) stack.peek()[1]).addLast(item);
                stack.push(new Object[] {b.level(), item});
            }
            outline.openNode();
            catalog.setDocumentOutline(outline);
            catalog.setPageMode(org.apache.pdfbox.pdmodel.PageMode.USE_OUTLINES);
        }
    }
}

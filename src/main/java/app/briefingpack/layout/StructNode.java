package app.briefingpack.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A node of the logical structure the engine builds while it lays blocks out: the future PDF
 * structure element. Block-level nodes are made in reading order before their content is placed,
 * so the structure tree's order is the reading order whatever the placement (a margin note set
 * beside its paragraph still reads after it). Inline nodes ({@link #inline()}) are attached to
 * their parent by the writer when their first content is drawn, so they sit among their parent's
 * text in the right place.
 */
public final class StructNode {

    private final String type;
    private final boolean inline;
    private final List<StructNode> children = new ArrayList<>();
    private StructNode parent;
    private String alt;
    private String id;
    private String lang;
    private String actualText;
    private String scope;
    private String listNumbering;
    private String url;
    private float[] bbox;
    private int bboxPage = -1;

    public StructNode(String type, boolean inline) {
        this.type = type;
        this.inline = inline;
    }

    /** Adds a child at the end and returns it. */
    public StructNode add(StructNode child) {
        child.parent = this;
        children.add(child);
        return child;
    }

    public StructNode add(String childType) { return add(new StructNode(childType, false)); }

    public String type() { return type; }

    public boolean inline() { return inline; }

    public StructNode parent() { return parent; }

    public List<StructNode> children() { return Collections.unmodifiableList(children); }

    public String alt() { return alt; }

    public StructNode alt(String a) { this.alt = a; return this; }

    public String id() { return id; }

    public StructNode id(String i) { this.id = i; return this; }

    public String lang() { return lang; }

    public StructNode lang(String l) { this.lang = l; return this; }

    /** What the node's content says, when what is drawn differs (right-to-left text, shaped or reordered). */
    public String actualText() { return actualText; }

    public StructNode actualText(String t) { this.actualText = t; return this; }

    /** "Column", "Row" or "Both" for TH cells. */
    public String scope() { return scope; }

    public StructNode scope(String s) { this.scope = s; return this; }

    /** "Disc" or "Decimal" for L. */
    public String listNumbering() { return listNumbering; }

    public StructNode listNumbering(String n) { this.listNumbering = n; return this; }

    /** Link target for Link nodes. */
    public String url() { return url; }

    public StructNode url(String u) { this.url = u; return this; }

    /** Figure bounding box on its page in PDF user space: x0, y0, x1, y1. */
    public float[] bbox() { return bbox == null ? null : bbox.clone(); }

    public int bboxPage() { return bboxPage; }

    public void bbox(int page, float x0, float y0, float x1, float y1) {
        this.bboxPage = page;
        this.bbox = new float[] {x0, y0, x1, y1};
    }

    @Override
    public String toString() { return type + (id != null ? "#" + id : ""); }
}

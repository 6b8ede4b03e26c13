package app.briefingpack.layout;

import java.util.ArrayList;
import java.util.List;

/** One laid-out page: its size and what is on it, in drawing order. */
public final class PageFrames {
    private final float width;
    private final float height;
    private final List<Frame> frames = new ArrayList<>();

    public PageFrames(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() { return width; }

    public float height() { return height; }

    public List<Frame> frames() { return frames; }

    void add(Frame f) { frames.add(f); }
}

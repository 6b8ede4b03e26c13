package app.briefingpack.layout;

/**
 * The theme's colours as {@code 0xRRGGBB}. Every text colour must reach a contrast ratio of at
 * least 4.5:1 (WCAG 2.x AA) against the background; {@link #check} enforces it.
 */
public record Colours(int text, int muted, int accent, int term, int rule, int background) {

    public static final double MINIMUM_CONTRAST = 4.5;

    /** WCAG relative luminance of an sRGB colour. */
    public static double luminance(int rgb) {
        double r = channel((rgb >> 16) & 0xFF), g = channel((rgb >> 8) & 0xFF), b = channel(rgb & 0xFF);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int v) {
        double c = v / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** WCAG contrast ratio, 1..21. */
    public static double contrast(int a, int b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The name of the first text colour below 4.5:1 against the background, or null when all pass. */
    public String check() {
        if (contrast(text, background) < MINIMUM_CONTRAST) return "text";
        if (contrast(muted, background) < MINIMUM_CONTRAST) return "muted";
        if (contrast(accent, background) < MINIMUM_CONTRAST) return "accent";
        if (contrast(term, background) < MINIMUM_CONTRAST) return "term";
        return null;
    }
}

package app.briefingpack.documents;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import app.briefingpack.layout.DrawOp;
import app.briefingpack.layout.Figure;
import app.briefingpack.layout.FontFace;
import app.briefingpack.layout.FontLibrary;
import app.briefingpack.layout.Theme;

/**
 * A QR code as vector squares (zxing computes the modules), with a label and the printed URL
 * beside it, so a reader without a phone can type the address. The whole figure is one Figure
 * whose alt text says where the code leads.
 */
public final class QrFigure {

    private QrFigure() {}

    /**
     * @param url    what the code encodes
     * @param label  the line beside the code ("Listen to the article read aloud")
     * @param width  the column width (the figure takes it all, code on the left)
     * @param size   label size in points (at least the theme minimum)
     * @param theme  colours
     */
    public static Figure of(String url, String label, float width, float size, Theme theme) {
        BitMatrix m = encode(url);
        int n = m.getWidth();
        float side = Math.max(64f, size * 7); // a phone reads about 1 mm modules; 64 pt is ~22 mm
        float quiet = side / n * 2;           // the printed page is white: a small quiet zone suffices
        float module = (side - 2 * quiet) / n;
        List<DrawOp> ops = new ArrayList<>();
        int ink = 0x000000;
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (!m.get(x, y)) { x++; continue; }
                int run = x;
                while (run < n && m.get(run, y)) run++;
                // Runs are drawn a hair taller so no hairline gaps show between rows when printed.
                ops.add(new DrawOp.Rect(quiet + x * module, quiet + y * module, (run - x) * module, module + 0.05f,
                        ink, -1, 0));
                x = run;
            }
        }
        float textX = side + size;
        float textW = width - textX;
        float lh = size * 1.3f;
        float y = quiet + size;
        ops.add(new DrawOp.Label(textX, y, label, size, true, theme.colours().text(), DrawOp.Anchor.START));
        y += lh;
        ops.add(new DrawOp.Label(textX, y, "Scan the code with a phone, or type this address:", size, false,
                theme.colours().text(), DrawOp.Anchor.START));
        for (String line : breakUrl(url, FontFace.SANS, size, textW)) {
            y += lh;
            ops.add(new DrawOp.Label(textX, y, line, size, false, theme.colours().accent(), DrawOp.Anchor.START));
        }
        float height = Math.max(side, y + size * 0.5f);
        return new Figure(width, height, ops, "QR code linking to the narration of this article: " + url, null);
    }

    /** Whether {@code url} fits in a QR code (a usage check, before any article is built). */
    public static boolean canEncode(String url) {
        try {
            encode(url);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static BitMatrix encode(String url) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.MARGIN, 0);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        try {
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code (too long?): " + url, e);
        }
    }

    /** The URL in lines that fit, broken after '/', '.', '?' or '&' where possible. */
    static List<String> breakUrl(String url, FontFace face, float size, float width) {
        List<String> lines = new ArrayList<>();
        String rest = url;
        while (!rest.isEmpty()) {
            if (FontLibrary.width(face, rest, size) <= width) {
                lines.add(rest);
                break;
            }
            int fit = 1;
            while (fit < rest.length() && FontLibrary.width(face, rest.substring(0, fit + 1), size) <= width) fit++;
            int cut = fit;
            for (int i = fit; i > fit / 2; i--) {
                char c = rest.charAt(i - 1);
                if (c == '/' || c == '.' || c == '?' || c == '&' || c == '-' || c == '=') { cut = i; break; }
            }
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        return lines;
    }
}

package app.briefingpack.epub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.briefingpack.speech.Narration;
import app.briefingpack.speech.TimedSentence;
import app.briefingpack.speech.TimedWord;

/**
 * The article chapter of the read-along book and its media overlay: every narrated sentence is
 * a span with the sentence's id ("p3-s2"), every word one too at word level, and the SMIL
 * document plays the MP3 clip of each in turn. Clip times are the narration's own sample times,
 * which the MP3 keeps (its encoder delay is compensated when it is encoded).
 */
final class ReadAlong {

    static final String XHTML = "article.xhtml";
    static final String SMIL = "article.smil";

    private final StringBuilder xhtml = new StringBuilder();
    private final StringBuilder smil = new StringBuilder();
    private final List<Integer> paragraphs = new ArrayList<>();
    private long durationMs;

    ReadAlong(String title, String lang, Narration narration, String audioFile, boolean wordLevel) {
        Map<Integer, List<TimedSentence>> byParagraph = new LinkedHashMap<>();
        for (TimedSentence s : narration.sentences())
            if (s.fromArticle()) byParagraph.computeIfAbsent(s.articleParagraph(), k -> new ArrayList<>()).add(s);
        xhtml.append(Xml.xhtmlHead(lang, title)).append("<body>\n<section epub:type=\"bodymatter chapter\" role=\"doc-chapter\""
                + " aria-labelledby=\"article-title\">\n<h1 id=\"article-title\">").append(Xml.text(title)).append("</h1>\n");
        smil.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<smil xmlns=\"http://www.w3.org/ns/SMIL\""
                + " xmlns:epub=\"http://www.idpf.org/2007/ops\" version=\"3.0\">\n<body>\n<seq id=\"article-seq\" epub:textref=\""
                + XHTML + "\" epub:type=\"bodymatter chapter\">\n");
        int par = 0;
        for (Map.Entry<Integer, List<TimedSentence>> p : byParagraph.entrySet()) {
            paragraphs.add(p.getKey());
            xhtml.append("<p id=\"para-").append(p.getKey()).append("\">");
            boolean first = true;
            for (TimedSentence s : p.getValue()) {
                if (!first) xhtml.append(' ');
                first = false;
                xhtml.append("<span id=\"").append(s.id()).append("\">");
                if (wordLevel) {
                    for (int w = 0; w < s.words().size(); w++) {
                        TimedWord word = s.words().get(w);
                        String id = s.id() + "-w" + (w + 1);
                        if (w > 0) xhtml.append(' ');
                        xhtml.append("<span id=\"").append(id).append("\">").append(Xml.text(word.text())).append("</span>");
                        par = clip(par, id, word.start(), word.end(), audioFile);
                    }
                } else {
                    xhtml.append(Xml.text(s.written().replaceAll("\\s+", " ").strip()));
                    par = clip(par, s.id(), s.start(), s.end(), audioFile);
                }
                xhtml.append("</span>");
            }
            xhtml.append("</p>\n");
        }
        xhtml.append("</section>\n</body>\n</html>\n");
        smil.append("</seq>\n</body>\n</smil>\n");
    }

    /** One par: the text fragment and its audio clip; clips that round to nothing are left out. */
    private int clip(int par, String id, long start, long end, String audioFile) {
        long from = Math.round(start * 1000.0 / Narration.SAMPLE_RATE);
        long to = Math.round(end * 1000.0 / Narration.SAMPLE_RATE);
        if (to <= from) return par;
        smil.append("<par id=\"par").append(par + 1).append("\"><text src=\"").append(XHTML).append('#').append(id)
                .append("\"/><audio src=\"").append(audioFile).append("\" clipBegin=\"").append(Xml.clock(from * 16, 16000))
                .append("\" clipEnd=\"").append(Xml.clock(to * 16, 16000)).append("\"/></par>\n");
        durationMs += to - from;
        return par + 1;
    }

    String xhtml() {
        return xhtml.toString();
    }

    String smil() {
        return smil.toString();
    }

    /** The article paragraphs in the chapter, by number, for the navigation document. */
    List<Integer> paragraphs() {
        return paragraphs;
    }

    /** The summed length of the overlay's clips, what media:duration states. */
    long durationMs() {
        return durationMs;
    }
}

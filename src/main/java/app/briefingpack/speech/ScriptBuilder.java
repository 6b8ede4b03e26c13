package app.briefingpack.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.Paragraph;
import app.briefingpack.model.PartialDate;
import app.briefingpack.model.Point;
import app.briefingpack.model.Sentence;
import app.briefingpack.text.Prose;
import app.briefingpack.text.SentenceSplitter;
import app.briefingpack.text.DateWords;

/** Turns a briefing into what the narration says, chapter by chapter. */
final class ScriptBuilder {

    static final String INTRODUCTION = "Introduction";
    static final String SUMMARY = "Summary";
    static final String ARTICLE = "Article";

    private final SpeechNormaliser normaliser;

    ScriptBuilder(SpeechNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    List<ScriptChapter> build(Briefing briefing) {
        List<ScriptChapter> chapters = new ArrayList<>();
        Article article = briefing.article();
        chapters.add(new ScriptChapter(INTRODUCTION, List.of(new ScriptParagraph(0, introduction(article)))));
        List<ScriptParagraph> summary = summary(briefing);
        if (!summary.isEmpty()) chapters.add(new ScriptChapter(SUMMARY, summary));

        List<ScriptParagraph> body = new ArrayList<>();
        body.add(new ScriptParagraph(0, List.of(said("The article."))));
        Map<Integer, List<String>> sentences = sentencesByParagraph(briefing);
        String title = ARTICLE;
        for (Paragraph p : article.paragraphs()) {
            if (p.isHeading()) {
                // The article's own sections are the narration's chapters; the heading is said, not captioned.
                if (body.size() > 1) {
                    chapters.add(new ScriptChapter(title, body));
                    body = new ArrayList<>();
                }
                title = p.text().strip();
                body.add(new ScriptParagraph(0, List.of(said(sentence(p.text())))));
                continue;
            }
            List<ScriptSentence> spoken = new ArrayList<>();
            for (String s : sentences.getOrDefault(p.number(), List.of())) {
                String said = normaliser.normalise(s);
                // A "sentence" of bare punctuation has nothing to say and gets no caption.
                if (said.matches("(?s).*[A-Za-z0-9].*")) spoken.add(new ScriptSentence(s, said, true));
            }
            if (!spoken.isEmpty()) body.add(new ScriptParagraph(p.number(), spoken));
        }
        body.add(new ScriptParagraph(0, List.of(said("This is the end of the narration of "
                + withoutFinalStop(article.displayTitle()) + "."))));
        chapters.add(new ScriptChapter(title, body));
        return chapters;
    }

    private List<ScriptSentence> introduction(Article article) {
        Metadata m = article.metadata();
        List<ScriptSentence> out = new ArrayList<>();
        out.add(said(sentence(article.displayTitle())));
        if (m.author() != null && !m.author().isBlank()) out.add(said("By " + m.author().strip() + "."));
        String date = m.date() == null ? null : writtenDate(m.date());
        if (m.publication() != null && !m.publication().isBlank()) {
            out.add(said("Published in " + m.publication().strip() + (date == null ? "." : ", " + date + ".")));
        } else if (date != null) {
            out.add(said("Published " + (m.date().hasDay() ? "on " : "in ") + date + "."));
        }
        out.add(said("A narration from the briefing pack."));
        return out;
    }

    private List<ScriptParagraph> summary(Briefing b) {
        List<ScriptParagraph> out = new ArrayList<>();
        if (b.thesis() != null && !b.thesis().isBlank()) {
            out.add(new ScriptParagraph(0, List.of(said("Summary. The article argues this."),
                    said(sentence(b.thesis())))));
        } else if (b.isNewsReport()) {
            out.add(new ScriptParagraph(0, List.of(said("Summary. This is a news report. What happened."),
                    said(sentence(b.lede())))));
        }
        if (!b.keyPoints().isEmpty()) {
            List<ScriptSentence> points = new ArrayList<>();
            points.add(said(b.keyPoints().size() == 1 ? "The key point." : "The key points."));
            for (Point p : b.keyPoints()) {
                if (!p.text().isBlank()) points.add(said(sentence(p.text())));
            }
            out.add(new ScriptParagraph(0, points));
        }
        return out;
    }

    /** The analysis stage's sentences when it ran, else a split of each paragraph. */
    private static Map<Integer, List<String>> sentencesByParagraph(Briefing b) {
        Map<Integer, List<String>> out = new TreeMap<>();
        if (!b.sentences().isEmpty()) {
            for (Sentence s : b.sentences()) {
                if (!s.text().isBlank()) out.computeIfAbsent(s.paragraph(), k -> new ArrayList<>()).add(s.text().strip());
            }
        } else {
            for (Paragraph p : b.article().paragraphs()) out.put(p.number(), SentenceSplitter.get().split(p.text()));
        }
        return out;
    }

    private ScriptSentence said(String written) {
        return new ScriptSentence(written, normaliser.normalise(written), false);
    }

    private static String sentence(String s) {
        return Prose.ensureStop(s.strip());
    }

    private static String withoutFinalStop(String s) {
        return s.strip().replaceAll("[.!?]+$", "");
    }

    /** "March 2005", "March 3, 2005" or "2005": the normaliser then reads it as a date. */
    static String writtenDate(PartialDate d) {
        if (!d.hasMonth()) return Integer.toString(d.year());
        return DateWords.monthDayYear(d.year(), d.month(), d.hasDay() ? d.day() : 0);
    }
}

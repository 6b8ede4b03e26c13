package app.briefingpack.analysis.questions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import app.briefingpack.model.Briefing;
import app.briefingpack.model.Person;
import app.briefingpack.model.Point;
import app.briefingpack.model.Question;
import app.briefingpack.model.Sentence;
import app.briefingpack.model.SentenceRole;
import app.briefingpack.model.SourceCitation;
import app.briefingpack.text.Prose;

/**
 * Writes 4-6 discussion questions a teacher would ask, each tied to the paragraph where its
 * answer lies and each with an answer key (what a good answer mentions). The questions are fixed
 * grammatical frames; the article's own words appear only as whole sentences in quotation marks
 * or as names, never spliced into a clause, so a question stays grammatical whatever the article.
 * It reads only what the briefing shows, so a teacher's corrected thesis or key points (see
 * {@code BriefCorrections}) give corrected questions too. Fewer correct questions beat more
 * broken ones: a frame whose material is missing is left out.
 */
public final class QuestionWriter {

    /** A name fit to stand in a question: capitalised words, short, no clause. */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:of|the|de|van|von|al|bin|\\p{Lu}[\\p{L}.'’-]*)){0,5}");
    private static final int QUOTE_WORDS = 30;

    private QuestionWriter() {
    }

    /** Questions for a briefing, from its thesis (or lede), key points, counterpoints, sources, people and sentences. */
    public static List<Question> write(Briefing b) {
        List<Question> out = new ArrayList<>();
        List<Sentence> sentences = b.sentences();
        if (b.thesis() != null && !b.thesis().isBlank()) {
            int p = paragraphOf(sentences, b.thesis(), 1);
            out.add(new Question("What position does the author take in paragraph " + p
                    + ", and what reasons does the article give for it?", p,
                    "The position: " + whole(b.thesis()) + reasons(b.keyPoints())));
        } else if (b.lede() != null && !b.lede().isBlank()) {
            int p = paragraphOf(sentences, b.lede(), 1);
            out.add(new Question("What happened, according to paragraph " + p + ", and who was involved?", p,
                    "What happened: " + whole(b.lede()) + names(b.people(), p)));
        }
        Point supported = null;
        String evidence = null;
        for (Point kp : b.keyPoints()) {
            String e = evidenceNear(sentences, kp.paragraph());
            if (e != null) {
                supported = kp;
                evidence = e;
                break;
            }
        }
        if (supported != null && quotable(supported.text())) {
            out.add(new Question("Paragraph " + supported.paragraph() + " makes this point: “" + whole(supported.text())
                    + "” What evidence does the article give for it, and is the evidence convincing?",
                    supported.paragraph(), "The evidence: " + evidence));
        }
        if (!b.counterpoints().isEmpty() && b.thesis() != null) {
            Point c = b.counterpoints().get(0);
            String answer = "The opposing view: " + whole(c.text());
            String reply = replyAfter(sentences, c);
            if (reply != null) answer += " The author's answer: " + reply;
            out.add(new Question("Paragraph " + c.paragraph() + " mentions a view that the author does not share."
                    + " What is this view, and how does the author answer it?", c.paragraph(), answer));
        }
        SourceCitation source = null;
        String sourceName = null;
        Set<String> known = new java.util.HashSet<>();
        b.people().forEach(p -> known.add(p.name()));
        b.organisations().forEach(o -> known.add(o.name()));
        for (SourceCitation c : b.sources()) {
            String name = nameOf(c, known);
            if (name != null) {
                source = c;
                sourceName = name;
                break;
            }
        }
        if (source != null) {
            // Only a claim that reads as a sentence of its own: not a fragment left after a quotation ("…, pulling a tray").
            String claim = stands(source.claim()) ? " The source's claim: " + whole(source.claim()) : "";
            out.add(new Question("Paragraph " + source.paragraph() + " relies on " + sourceName
                    + ". How reliable is this source, and how could a reader check what it says?", source.paragraph(),
                    "Who the source is and what it could gain from the claim; a second, independent source that would confirm it."
                            + claim));
        }
        for (Person person : b.people()) {
            // (a learned role is right less often: an answer key prints only a role the text states)
            if (person.role() == null || person.role().isBlank() || person.roleInferred() || person.mentions().isEmpty()
                    || person.role().toLowerCase(java.util.Locale.ROOT).startsWith("author")
                    || !NAME.matcher(person.name()).matches() || sourceName != null && sourceName.contains(person.name())) continue;
            int p = person.mentions().get(0).paragraph();
            out.add(new Question("Who is " + person.name() + ", and why does the article mention this person?", p,
                    // A label, not a clause: "described as chemist" would want an article the role may not take.
                    "The role the article gives " + person.name() + ": " + person.role().strip() + " (paragraph " + p + ")."));
            break;
        }
        // Top up with the main point of a later key point's paragraph.
        for (Point kp : b.keyPoints()) {
            if (out.size() >= 4) break;
            if (kp == supported || out.stream().anyMatch(q -> q.paragraph() == kp.paragraph())) continue;
            out.add(new Question("What is the main point of paragraph " + kp.paragraph() + "?", kp.paragraph(),
                    "The main point: " + whole(kp.text())));
        }
        // An argued text with few points or sources still gets a fourth: the reader's own view.
        if (out.size() < 4 && b.thesis() != null && !b.thesis().isBlank()) {
            int p = paragraphOf(sentences, b.thesis(), 1);
            out.add(new Question("Do you agree with the position the author takes in paragraph " + p
                    + "? Give one reason from the article and one of your own.", p,
                    "Either view, argued with one reason from the article and one from the student's own knowledge"
                            + " or experience." + reasons(b.keyPoints())));
        }
        return out.size() > 6 ? List.copyOf(out.subList(0, 6)) : List.copyOf(out);
    }

    /** The first paragraph whose sentence contains the text's opening words; else the fallback. */
    private static int paragraphOf(List<Sentence> sentences, String text, int fallback) {
        String head = text.strip();
        head = head.substring(0, Math.min(40, head.length()));
        for (Sentence s : sentences) if (s.text().contains(head) || head.contains(s.text().strip())) return s.paragraph();
        return fallback;
    }

    private static String reasons(List<Point> keyPoints) {
        if (keyPoints.isEmpty()) return "";
        StringBuilder sb = new StringBuilder(" The reasons include:");
        int n = 0;
        for (Point p : keyPoints) {
            if (n == 3) break;
            sb.append(' ').append(whole(p.text())).append(" (paragraph ").append(p.paragraph()).append(')');
            n++;
        }
        return sb.toString();
    }

    private static String names(List<Person> people, int paragraph) {
        Set<String> in = new LinkedHashSet<>();
        for (Person p : people) if (p.mentions().stream().anyMatch(m -> m.paragraph() == paragraph)) in.add(p.name());
        return in.isEmpty() ? "" : " Who: " + String.join(", ", in) + ".";
    }

    /** Evidence sentences in the key point's paragraph, or the next one, with their kind. */
    private static String evidenceNear(List<Sentence> sentences, int paragraph) {
        for (int p : List.of(paragraph, paragraph + 1)) {
            List<String> found = new ArrayList<>();
            for (Sentence s : sentences) {
                if (s.paragraph() != p || s.role() != SentenceRole.EVIDENCE) continue;
                found.add(whole(s.text()) + (s.evidence() != null ? " (" + s.evidence() + ", paragraph " + p + ")" : " (paragraph " + p + ")"));
                if (found.size() == 2) break;
            }
            if (!found.isEmpty()) return String.join(" ", found);
        }
        return null;
    }

    /** The claim that follows a counterpoint in its paragraph: how the author answers it. */
    private static String replyAfter(List<Sentence> sentences, Point counterpoint) {
        boolean seen = false;
        for (Sentence s : sentences) {
            if (s.paragraph() != counterpoint.paragraph()) continue;
            if (s.role() == SentenceRole.COUNTERPOINT) seen = true;
            else if (seen && s.role() == SentenceRole.CLAIM) return whole(s.text());
        }
        return null;
    }

    /** The source as a name the article gives a person or organisation ("Critics" is no name). */
    private static String nameOf(SourceCitation c, Set<String> known) {
        for (String candidate : new String[]{c.speaker(), c.source()}) {
            if (candidate == null) continue;
            String s = candidate.strip();
            if (known.contains(s) && NAME.matcher(s).matches() && s.split("\\s+").length <= 6) return s;
        }
        return null;
    }

    private static boolean quotable(String s) {
        return s != null && !s.isBlank() && s.strip().split("\\s+").length <= QUOTE_WORDS && !s.contains("“") && !s.contains("\"");
    }

    /** Text that can stand as a sentence: it opens on a letter, digit or quotation mark and has three words or more. */
    private static boolean stands(String s) {
        return s != null && s.strip().matches("(?s)[\\p{L}\\p{N}\"“‘'].*") && s.strip().split("\\s+").length >= 3;
    }

    /** A sentence as it is quoted whole: blanks collapsed, final stop ensured. */
    static String whole(String sentence) {
        String s = Objects.requireNonNull(sentence).strip().replaceAll("\\s+", " ");
        return Prose.ensureStop(s);
    }
}

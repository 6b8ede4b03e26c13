package app.briefingpack.documents;

import java.util.ArrayList;
import java.util.List;

import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.Question;
import app.briefingpack.layout.Block;
import app.briefingpack.layout.DocumentLayout;
import app.briefingpack.layout.DocumentSpec;
import app.briefingpack.layout.Heading;
import app.briefingpack.layout.ParagraphStyle;
import app.briefingpack.layout.Run;
import app.briefingpack.layout.TextParagraph;

/**
 * Builds answer-key.pdf, the teacher's page: each discussion question of the brief, in the
 * brief's order and numbering, with the paragraph of the article where the answer lies and what
 * a good answer mentions. A briefing without questions gives a short page that says so.
 */
public final class AnswerKeyDocument {

    private final DocumentLayout layout;

    public AnswerKeyDocument(DocumentLayout layout) {
        this.layout = layout;
    }

    public DocumentSpec build(Briefing b) {
        Article a = b.article();
        String title = "Answer key: " + a.displayTitle();
        List<Block> blocks = new ArrayList<>();
        for (String section : layout.sections()) {
            switch (section) {
                case "title" -> blocks.add(Heading.of(1, title));
                case "byline" -> blocks.add(TextParagraph.of(ParagraphStyle.BYLINE,
                        List.of(Run.plain(AnnotatedTextDocument.byline(a.metadata())))));
                case "note" -> blocks.add(TextParagraph.of(ParagraphStyle.BODY, List.of(Run.plain(
                        "For the teacher. The questions are those of the brief, in the same order. Paragraph numbers"
                                + " are those of the annotated article."))));
                case "answers" -> answers(b.questions(), blocks);
                default -> { }
            }
        }
        return new DocumentSpec(title, a.metadata().language(), blocks, title);
    }

    private static void answers(List<Question> questions, List<Block> blocks) {
        if (questions.isEmpty()) {
            blocks.add(TextParagraph.of(ParagraphStyle.BODY, List.of(Run.plain("This brief has no discussion questions."))));
            return;
        }
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            blocks.add(Heading.of(2, "Question " + (i + 1) + " (paragraph " + q.paragraph() + ")"));
            blocks.add(TextParagraph.of(ParagraphStyle.BODY, List.of(Run.plain(q.text()))));
            String answer = q.answer() == null || q.answer().isBlank()
                    ? "No answer key: the teacher wrote this question." : q.answer();
            blocks.add(TextParagraph.of(ParagraphStyle.BODY, List.of(Run.strong("A good answer mentions: "), Run.plain(answer))));
        }
    }
}

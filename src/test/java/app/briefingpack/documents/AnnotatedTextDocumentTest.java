package app.briefingpack.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.briefingpack.model.Briefing;
import app.briefingpack.model.GlossaryEntry;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.PartialDate;
import app.briefingpack.testing.TestArticles;
import app.briefingpack.layout.DocumentSpec;
import app.briefingpack.layout.Heading;
import app.briefingpack.layout.ListBlock;
import app.briefingpack.layout.Run;
import app.briefingpack.layout.Runs;
import app.briefingpack.layout.TextParagraph;

class AnnotatedTextDocumentTest {

    private final Layouts layouts = Layouts.defaults();

    @Test
    void bylineSaysWhatIsNotKnown() {
        assertThat(AnnotatedTextDocument.byline(Metadata.empty()))
                .isEqualTo("Author not given \u00B7 publication not given \u00B7 date not given");
        Metadata m = new Metadata(null, "Gareth Porter", null, "FPIF", new PartialDate(2005, 3, 0), "en", null);
        assertThat(AnnotatedTextDocument.byline(m)).isEqualTo("By Gareth Porter \u00B7 FPIF \u00B7 March 2005");
        assertThat(AnnotatedTextDocument.date(new PartialDate(2005, 3, 3))).isEqualTo("3 March 2005");
        assertThat(AnnotatedTextDocument.date(new PartialDate(2005, 0, 0))).isEqualTo("2005");
    }

    @Test
    void termsAreMarkedAtTheirFirstWholeWordOccurrenceOnly() {
        List<Run> runs = AnnotatedTextDocument.markTerms("The insurgency, an insurgent, insurgency again.",
                List.of(new GlossaryEntry("insurgency", "rebellion", 1, null), new GlossaryEntry("surge", "x", 1, null)));
        assertThat(runs).containsExactly(Run.plain("The "), Run.term("insurgency"),
                Run.plain(", an insurgent, insurgency again."));
    }

    @Test
    void notesCarryPeopleEvidenceTermsAndRolesBesideTheirParagraph() throws Exception {
        Briefing b = TestArticles.annotatedSample();
        DocumentSpec spec = new AnnotatedTextDocument(layouts.document(DocumentType.ANNOTATED), layouts.theme("standard")).build(b);
        TextParagraph p3 = spec.blocks().stream().filter(x -> x instanceof TextParagraph tp && "3".equals(tp.label()))
                .map(TextParagraph.class::cast).findFirst().orElseThrow();
        List<String> notes = p3.notes().stream().map(n -> Runs.text(n.runs())).toList();
        assertThat(notes).anyMatch(n -> n.startsWith("Ahmed Chalabi: former U.S. client"));
        assertThat(notes).anyMatch(n -> n.equals("Evidence: Ahmed Chalabi, reported by Agence-France Presse"));
        assertThat(notes).anyMatch(n -> n.startsWith("Sentences: "));
        // A person without a role gets no note rather than an empty one.
        assertThat(spec.blocks().toString()).doesNotContain("Osama Bin Laden:");
        assertThat(spec.blocks()).anyMatch(x -> x instanceof Heading h && h.text().equals("Glossary"));
        assertThat(spec.blocks()).anyMatch(x -> x instanceof Heading h && h.text().equals("Key to the sentence roles"));
    }

    @Test
    void largePrintKeepsDefinitionsForTheGlossaryInsteadOfTheMargin() throws Exception {
        Briefing b = TestArticles.annotatedSample();
        DocumentSpec spec = new AnnotatedTextDocument(layouts.document(DocumentType.ANNOTATED), layouts.theme("large-print")).build(b);
        boolean termNotes = spec.blocks().stream().filter(x -> x instanceof TextParagraph).map(TextParagraph.class::cast)
                .flatMap(p -> p.notes().stream()).anyMatch(n -> n.id().contains("term"));
        assertThat(termNotes).isFalse();
    }

    @Test
    void emptyBriefingGivesJustTheNumberedArticle() throws Exception {
        DocumentSpec spec = new AnnotatedTextDocument(layouts.document(DocumentType.ANNOTATED), layouts.theme("standard"))
                .build(Briefing.of(TestArticles.sample()));
        long numbered = spec.blocks().stream().filter(x -> x instanceof TextParagraph tp && tp.label() != null).count();
        assertThat(numbered).isEqualTo(TestArticles.sample().paragraphs().size());
        assertThat(spec.blocks()).noneMatch(x -> x instanceof TextParagraph tp && !tp.notes().isEmpty());
        assertThat(spec.blocks()).noneMatch(x -> x instanceof ListBlock);
    }
}

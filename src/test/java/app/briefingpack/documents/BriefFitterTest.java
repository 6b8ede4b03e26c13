package app.briefingpack.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.briefingpack.model.Briefing;
import app.briefingpack.testing.BriefingBuilder;
import app.briefingpack.testing.TestBriefings;
import app.briefingpack.layout.Block;
import app.briefingpack.layout.Columns;
import app.briefingpack.layout.DocumentLayout;
import app.briefingpack.layout.DocumentSpec;
import app.briefingpack.layout.Frame;
import app.briefingpack.layout.LaidOutDocument;
import app.briefingpack.layout.LayoutEngine;
import app.briefingpack.layout.PageFrames;
import app.briefingpack.layout.Paper;
import app.briefingpack.layout.TextParagraph;
import app.briefingpack.layout.Theme;

/** The fitter's decisions, checked on laid-out pages (no PDF needed). */
class BriefFitterTest {

    private final Layouts layouts = Layouts.defaults();

    private BriefFitter.Result fit(Briefing b, String theme, Paper paper) {
        return new BriefFitter(layouts.document(DocumentType.BRIEF), layouts.theme(theme), paper).fit(b, null, "narration.mp3", Double.NaN);
    }

    @Test
    void aShortBriefingIsNotTrimmedOrShrunk() {
        Briefing full = TestBriefings.generated(150, true, true, 1);
        Briefing small = BriefingBuilder.of(full.article()).thesis("The city council should adopt the school budget plan.")
                .keyPoints(full.keyPoints().subList(0, 4)).people(full.people().subList(0, 3))
                .organisations(full.organisations().subList(0, 2)).glossary(full.glossary().subList(0, 3))
                .questions(full.questions().subList(0, 3)).readability(full.readability())
                .timeline(full.timeline().subList(0, 4)).build();
        BriefFitter.Result r = fit(small, "standard", Paper.LETTER);
        assertThat(r.pages()).isEqualTo(1);
        assertThat(r.bodySize()).isEqualTo(layouts.theme("standard").bodySize());
        assertThat(r.leftOut()).isEmpty();
    }

    @Test
    void anOverfullBriefingFitsAtNoLessThanTheFloorAndReportsWhatItLeftOut() {
        for (Paper paper : Paper.values()) {
            Briefing b = TestBriefings.generated(4000, true, true, 7);
            BriefFitter.Result r = fit(b, "standard", paper);
            assertThat(r.pages()).isEqualTo(1);
            assertThat(r.bodySize()).isGreaterThanOrEqualTo(9f);
            assertThat(r.leftOut()).extracting(BriefSelection.LeftOut::section).contains("glossary", "organizations");
            // The usual minimums hold for a briefing that has enough of everything.
            assertThat(r.plan().keyPoints()).isBetween(4, 6);
            assertThat(r.plan().questions()).isBetween(3, 5);
            for (PageFrames p : r.laid().pages())
                for (Frame f : p.frames())
                    if (f instanceof Frame.Text t) assertThat(t.size()).isGreaterThanOrEqualTo(9f);
        }
    }

    @Test
    void largePrintNeverShrinksItsType() {
        BriefFitter.Result r = fit(TestBriefings.generated(1500, true, true, 3), "large-print", Paper.A4);
        assertThat(r.bodySize()).isEqualTo(layouts.theme("large-print").bodySize());
        assertThat(r.pages()).isBetween(1, 2);
    }

    @Test
    void columnsSitSideBySideAndTheTextContinuesBelowTheLongerOne() {
        Theme theme = layouts.theme("standard");
        DocumentLayout layout = layouts.document(DocumentType.BRIEF);
        List<Block> left = new ArrayList<>(), right = new ArrayList<>();
        for (int i = 0; i < 6; i++) left.add(TextParagraph.of("Left column paragraph " + i + " with a few words."));
        right.add(TextParagraph.of("Right column."));
        DocumentSpec spec = new DocumentSpec("Columns", "en", List.of(new Columns(left, right), TextParagraph.of("After.")), null);
        LaidOutDocument d = new LayoutEngine(theme, layout, Paper.LETTER).layout(spec);
        float leftMax = 0, rightMin = Float.MAX_VALUE, lowestLeft = Float.MAX_VALUE, afterY = 0, rightY = 0;
        for (Frame f : d.pages().get(0).frames()) {
            if (!(f instanceof Frame.Text t)) continue;
            if (t.text().startsWith("Left") || t.text().startsWith("column") || t.text().startsWith("paragraph")) {
                leftMax = Math.max(leftMax, t.x() + t.width());
                lowestLeft = Math.min(lowestLeft, t.y());
            }
            if (t.text().startsWith("Right")) { rightMin = Math.min(rightMin, t.x()); rightY = t.y(); }
            if (t.text().startsWith("After")) afterY = t.y();
        }
        assertThat(leftMax).isLessThan(rightMin);
        assertThat(afterY).as("text after the columns is below the longer column").isLessThan(lowestLeft);
        assertThat(rightY).as("the right column starts level with the left").isGreaterThan(lowestLeft);
    }
}

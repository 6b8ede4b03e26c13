package app.briefingpack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlDepthLimitTest {

    @Test
    void ordinaryPagesAreLeftExactlyAsTheyAre() {
        // Unclosed <p> and <li> tags, scripts with tags in strings, comments: nothing is counted wrongly.
        String page = "<html><body><!-- <div><div> --><script>var s = '<div><div><div>';</script>"
                + "<p>one" + "<p>two".repeat(2_000) + "<ul>" + "<li>item".repeat(2_000) + "</ul>"
                + "<div class=\"a>b\"><article><p>The council met.</p></article></div></body></html>";
        HtmlDepthLimit.Limited limited = HtmlDepthLimit.apply(page);
        assertThat(limited.droppedTags()).isZero();
        assertThat(limited.html()).isSameAs(page);
    }

    @Test
    void tagsPastTheLimitAreDroppedAndTheirTextKept() {
        String page = "<body>" + "<div>".repeat(1_000) + "<p>Deep text.</p>" + "</div>".repeat(1_000) + "<p>After.</p></body>";
        HtmlDepthLimit.Limited limited = HtmlDepthLimit.apply(page);
        assertThat(limited.droppedTags()).isEqualTo(2 * (1_000 - HtmlDepthLimit.MAX_DEPTH));
        assertThat(limited.html()).contains("<p>Deep text.</p>").contains("<p>After.</p>");
    }

    @Test
    void deeplyNestedPagesAreReadInLinearTimeWithTheirText() {
        List<String> pages = List.of(
                "<div>".repeat(100_000) + "<p>The council met on Monday.</p>" + "</div>".repeat(100_000),
                "<blockquote>".repeat(60_000) + "<p>The council met on Monday.</p>" + "</blockquote>".repeat(60_000),
                "<table><tr><td>".repeat(10_000) + "The council met on Monday." + "</td></tr></table>".repeat(10_000),
                "<ul><li>".repeat(50_000) + "The council met on Monday." + "</li></ul>".repeat(50_000),
                "<p>" + "<b><i><span>".repeat(40_000) + "The council met on Monday." + "</span></i></b>".repeat(40_000));
        for (String body : pages) {
            List<String> warnings = new ArrayList<>();
            long start = System.nanoTime();
            HtmlReader.Result result = HtmlReader.read("<html><body>" + body + "</body></html>", "deep.html", warnings);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(result.text().body()).contains("The council met on Monday.");
            assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("deep.html: elements nested deeper than"));
            // Unbounded, these never finished; bounded they take 1-4 s on the 2-core machine.
            assertThat(seconds).isLessThan(30);
        }
    }
}

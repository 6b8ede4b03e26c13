package app.briefingpack.ingest;

import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ArticleGrabberOptions;
import net.dankito.readability4j.model.ArticleMetadata;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Postprocessor;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * Runs Readability4J (1.0.8, a 2018 port of Mozilla Readability) with two changes around it, not
 * in its scoring.
 *
 * <p><b>Word lists.</b> The class and id words of today's Readability.js: the port's lists treat
 * "foot" and "tool" as page furniture and do not let "content" save an element, so
 * {@code id="contentWithSidebar"} (many blogs' article wrapper) was deleted with the article.
 *
 * <p><b>No HTML round trips.</b> The port serialises the whole page before it starts (to restore
 * it if the first attempt finds too little) and the article three times more for debug messages
 * it builds whether or not debug logging is on: on a 2 MB page about a fifth of the reading time.
 * So the page it reads returns no HTML, and a retry is ours: {@link #parse} asks for the next,
 * less strict attempt on a fresh copy of the page, with the same flags in the same order as the
 * library's own retries (unlikely candidates kept, then class weights off, then no conditional
 * cleaning), the last attempt's result standing as the library's does.
 */
final class ReaderView {

    /** Class or id words that make an element unlikely to be the article (removed unless also "ok" below). */
    private static final String UNLIKELY = "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus"
            + "|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social"
            + "|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote";
    /** Words that keep an element with an unlikely word: the article's wrapper often has both. */
    private static final String OK_MAYBE = "and|article|body|column|content|main|mathjax|shadow";
    /** Words that lower an element's score (weights only, never a deletion). */
    private static final String NEGATIVE = "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact"
            + "|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper"
            + "|sponsor|shopping|tags|widget";

    private static final RegExUtil PATTERNS = new RegExUtil(UNLIKELY, OK_MAYBE, RegExUtil.PositiveDefaultPattern,
            NEGATIVE, RegExUtil.ExtraneousDefaultPattern, RegExUtil.BylineDefaultPattern,
            RegExUtil.ReplaceFontsDefaultPattern, RegExUtil.NormalizeDefaultPattern, RegExUtil.VideosDefaultPattern,
            RegExUtil.NextLinkDefaultPattern, RegExUtil.PrevLinkDefaultPattern, RegExUtil.WhitespaceDefaultPattern,
            RegExUtil.HasContentDefaultPattern);

    /** The library's attempts, strictest first: strip unlikely candidates, weight classes, clean conditionally. */
    private static final boolean[][] ATTEMPTS = {
            {true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};

    /**
     * How many ancestors a paragraph's score reaches. With three, an article split into sections
     * whose paragraphs sit four levels down (section, wrappers, paragraph) scores no section, so
     * only the best section was kept.
     */
    private static final int SCORED_ANCESTORS = 5;

    private ReaderView() {}

    /** What Readability made of a page: the article's element (null if none), title and byline. */
    record Result(Element content, String title, String byline) {}

    /**
     * Reads {@code page}, which the first attempt takes apart; later attempts read copies of
     * {@code pristine}, the same page as it was, which is left as it is.
     */
    static Result parse(Document page, Document pristine) {
        for (int i = 0; ; i++) {
            boolean last = i == ATTEMPTS.length - 1;
            Document copy = QuietPage.of(i == 0 ? page : pristine.clone(), !last);
            ReadabilityOptions options = new ReadabilityOptions();
            boolean[] flags = ATTEMPTS[i];
            ArticleGrabber grabber = new ArticleGrabber(options, PATTERNS) {
                @Override
                public Element grabArticle(Document doc, ArticleMetadata metadata, ArticleGrabberOptions ignored,
                                           Element pageElement) {
                    return super.grabArticle(doc, metadata, new ArticleGrabberOptions(flags[0], flags[1], flags[2]),
                            pageElement);
                }

                /** Paragraphs score five levels of ancestors, as in Readability.js since 2019 (the port: three). */
                @Override
                protected java.util.List<Element> getNodeAncestors(Element node, int maxDepth) {
                    return super.getNodeAncestors(node, maxDepth == 3 ? SCORED_ANCESTORS : maxDepth);
                }
            };
            try {
                net.dankito.readability4j.Article article = new Readability4J("http://localhost/", copy, options,
                        PATTERNS, new Preprocessor(PATTERNS), new MetadataParser(PATTERNS), grabber,
                        new Postprocessor()).parse();
                return new Result(article.getArticleContent(), article.getTitle(), article.getByline());
            } catch (NextAttempt e) {
                // too little text: try again with the next, less strict flags
            }
        }
    }

    /** Thrown where the library would restore the page for its next attempt. */
    private static final class NextAttempt extends RuntimeException {
        NextAttempt() {
            super(null, null, false, false);
        }
    }

    /** A page whose HTML is never serialised; its body signals the library's retry instead of re-parsing. */
    private static final class QuietPage extends Document {

        QuietPage(String baseUri) {
            super(baseUri);
        }

        /** {@code source}'s nodes moved into a quiet page. */
        static Document of(Document source, boolean retryable) {
            QuietPage quiet = new QuietPage(source.location());
            quiet.outputSettings(source.outputSettings());
            quiet.parser(source.parser());
            quiet.appendChildren(source.childNodes());
            Element body = quiet.body();
            if (body != null) {
                Element signalling = new RetryBody(retryable);
                signalling.attributes().addAll(body.attributes());
                signalling.appendChildren(body.childNodes());
                body.replaceWith(signalling);
            }
            return quiet;
        }

        /** The library keeps this to restore the page; {@link RetryBody} makes that unneeded. */
        @Override
        public String html() {
            return "";
        }

        /** The article's elements: the library builds debug messages from their HTML. */
        @Override
        public Element createElement(String tagName) {
            return new QuietElement(tagName);
        }
    }

    private static final class QuietElement extends Element {
        QuietElement(String tag) {
            super(tag);
        }

        @Override
        public String html() {
            return "";
        }
    }

    /** Where the library would put the page's saved HTML back before its next attempt. */
    private static final class RetryBody extends Element {
        private final boolean retryable;

        RetryBody(boolean retryable) {
            super(Tag.valueOf("body"), "");
            this.retryable = retryable;
        }

        @Override
        public Element html(String html) {
            if (retryable) throw new NextAttempt();
            return empty(); // the last attempt's result stands; its page is not read again
        }
    }
}

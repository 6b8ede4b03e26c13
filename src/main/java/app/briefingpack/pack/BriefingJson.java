package app.briefingpack.pack;

import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.Paragraph;
import app.briefingpack.model.SentenceRole;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes {@code briefing.json}; its schema is documented in docs/briefing-json.md. */
public final class BriefingJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS)
            .registerModule(new SimpleModule().addSerializer(SentenceRole.class, new JsonSerializer<>() {
                @Override
                public void serialize(SentenceRole role, JsonGenerator gen, SerializerProvider p) throws IOException {
                    gen.writeString(role.name().toLowerCase(Locale.ROOT));
                }
            }));

    private BriefingJson() {}

    /** The document as a map, keys in the documented order. */
    public static Map<String, Object> toMap(Briefing briefing, Map<String, Object> extra) {
        Article article = briefing.article();
        Metadata m = article.metadata();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", article.displayTitle());
        json.put("titleGiven", m.title() != null);
        json.put("author", m.author());
        json.put("authorBio", m.authorBio());
        json.put("publication", m.publication());
        json.put("date", m.date() == null ? null : m.date().toString());
        json.put("language", m.language());
        json.put("url", m.url());
        json.put("source", article.source());
        List<Map<String, Object>> paragraphs = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            Map<String, Object> para = new LinkedHashMap<>();
            para.put("number", p.number());
            para.put("text", p.text());
            para.put("begin", p.begin());
            para.put("end", p.end());
            para.put("type", p.kind().jsonName());
            paragraphs.add(para);
        }
        json.put("paragraphs", paragraphs);
        json.put("blocks", ArticleBlocks.of(article.paragraphs()));
        // "argument" (a thesis) or "news report" (no thesis: the lede's one-sentence summary instead).
        json.put("kind", briefing.isNewsReport() ? "news report" : briefing.thesis() != null ? "argument" : null);
        json.put("thesis", briefing.thesis());
        json.put("lede", briefing.lede());
        json.put("keyPoints", briefing.keyPoints());
        json.put("counterpoints", briefing.counterpoints());
        json.put("people", briefing.people());
        json.put("organizations", briefing.organisations());
        json.put("places", briefing.places());
        json.put("groups", briefing.groups());
        json.put("sources", briefing.sources());
        json.put("sentences", briefing.sentences());
        json.put("glossary", briefing.glossary());
        json.put("questions", briefing.questions());
        // The teacher's answer key: each question's paragraph and what a good answer mentions.
        List<Map<String, Object>> key = new ArrayList<>();
        for (int i = 0; i < briefing.questions().size(); i++) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("question", i + 1);
            entry.put("paragraph", briefing.questions().get(i).paragraph());
            entry.put("answer", briefing.questions().get(i).answer());
            key.add(entry);
        }
        json.put("answerKey", key);
        json.put("readability", briefing.readability());
        json.put("temporalExpressions", briefing.temporalExpressions());
        json.put("timeline", briefing.timeline());
        json.putAll(extra);
        // Ordered: Map.of's iteration order changes from one JVM run to the next, and the same
        // article must give the same bytes.
        Map<String, Object> generator = new LinkedHashMap<>();
        generator.put("name", "Briefing Pack");
        generator.put("version", Version.get());
        json.put("generator", generator);
        return json;
    }

    public static void write(Briefing briefing, Map<String, Object> extra, OutputStream out) throws IOException {
        MAPPER.writeValue(new NonClosing(out), toMap(briefing, extra));
    }

    /** Jackson closes the stream it writes to; the pack writer closes it itself. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }

        @Override
        public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

        @Override
        public void close() throws IOException { flush(); }
    }
}

package app.briefingpack.ingest;

import app.briefingpack.model.Article;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a body and its candidate paragraphs into an {@link Article}: drops web-page boilerplate,
 * lifts the author bio into the metadata, and numbers what is left. Shared by every format.
 */
final class ArticleAssembler {

    /** A bio is looked for only among the last few paragraphs, where bios stand. */
    private static final int BIO_SEARCH_DEPTH = 3;

    private ArticleAssembler() {}

    static Article assemble(String source, Metadata metadata, String body, int bodyOffset, List<TextBlock> blocks,
                            List<String> warnings) throws InputException {
        List<TextBlock> kept = new ArrayList<>();
        for (TextBlock b : blocks) {
            if (!Boilerplate.isBoilerplate(b)) kept.add(b);
        }
        // A bare byline line ("By X", "By X | Photographs by Y") is metadata: it names the author.
        String bylineAuthor = null;
        for (int i = 0; i < Math.min(kept.size(), 4); i++) {
            String name = Byline.author(kept.get(i).text());
            if (name != null) {
                bylineAuthor = name;
                kept.remove(i);
                break;
            }
        }
        String author = metadata.author() != null ? metadata.author() : bylineAuthor;
        String bioText = metadata.authorBio();
        String publication = metadata.publication();
        for (int i = kept.size() - 1; i >= Math.max(1, kept.size() - BIO_SEARCH_DEPTH); i--) {
            var bio = AuthorBio.find(kept.get(i), author);
            // With no author known, a name the article has already used is its subject, not its
            // author: "La Jolla is the parent company of ..." after "to purchase La Jolla Bancorp"
            if (bio.isPresent() && author == null && namedBefore(kept, i, bio.get().name())) continue;
            if (bio.isPresent()) {
                kept.remove(i);
                bioText = bio.get().text();
                if (author == null) author = bio.get().name();
                if (publication == null) publication = bio.get().publication();
                break;
            }
        }
        if (kept.stream().allMatch(b -> b.kind() == app.briefingpack.model.BlockKind.HEADING)) kept.clear();
        if (kept.isEmpty()) throw new InputException(source, "has no article text (only boilerplate)");
        List<Paragraph> paragraphs = new ArrayList<>(kept.size());
        for (TextBlock b : kept)
            paragraphs.add(new Paragraph(paragraphs.size() + 1, b.text(), b.begin(), b.end(), b.kind(), b.level(), b.group()));
        Metadata full = new Metadata(metadata.title(), author, bioText, publication, metadata.date(),
                metadata.language(), metadata.url());
        return new Article(source, full, body, bodyOffset, paragraphs);
    }

    private static boolean namedBefore(List<TextBlock> blocks, int index, String name) {
        for (int k = 0; k < index; k++) if (blocks.get(k).text().contains(name)) return true;
        return false;
    }
}

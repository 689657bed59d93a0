package org.marsad.stages.brief;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.text.ar.ArabicTokenizer;
import org.marsad.text.ar.CliticSegmenter;
import org.marsad.text.ar.Normalizer;
import org.marsad.text.ar.TokenType;

/**
 * Words of a text range as comparable terms: the standard {@link Normalizer}, then teh marbuta as heh (matching
 * only), Latin lower-cased, and optionally the clitics cut off with {@link CliticSegmenter} (و ف ب ك ل س ال and an
 * attached pronoun: the "light stemming" of the summariser and of ROUGE when asked). Punctuation, URLs and the like
 * are not words. Thread-safe; each call allocates only its result and the term strings.
 */
public final class ArabicTerms {
  static final String FUNCTION_WORDS = "function-words.txt";
  private static final ArabicTerms STANDARD = new ArabicTerms();

  private final Normalizer normalizer = Normalizer.standard();
  private final CliticSegmenter segmenter = CliticSegmenter.standard();
  private final Set<String> functionWords;

  private ArabicTerms() {
    Set<String> words = new HashSet<>();
    for (String w : BriefLexicons.lines(FUNCTION_WORDS)) {
      // a function word is matched in the form a text word takes here, so it is analysed the same way
      words.addAll(words(w.toCharArray(), 0, w.length(), true));
      words.addAll(words(w.toCharArray(), 0, w.length(), false));
    }
    this.functionWords = Set.copyOf(words);
  }

  public static ArabicTerms standard() {
    return STANDARD;
  }

  /** Every word of {@code buf[start, end)} in text order, normalised, clitics cut when {@code stem}. */
  public List<String> words(char[] buf, int start, int end, boolean stem) {
    List<String> out = new ArrayList<>(Math.max(4, (end - start) / 5));
    ArabicTokenizer.Cursor cursor = new ArabicTokenizer.Cursor(buf, start, end - start);
    Normalizer.Output norm = new Normalizer.Output(false);
    while (cursor.next()) {
      String term = term(buf, cursor, norm, stem);
      if (term != null) out.add(term);
    }
    return out;
  }

  /** The words of a string; see {@link #words(char[], int, int, boolean)}. */
  public List<String> words(String text, boolean stem) {
    return words(text.toCharArray(), 0, text.length(), stem);
  }

  /**
   * The words that say what {@code buf[start, end)} is about: clitics cut, function words and one-letter words
   * dropped. Numbers stay: in news they name what is counted.
   */
  public List<String> contentTerms(char[] buf, int start, int end) {
    List<String> out = new ArrayList<>(Math.max(4, (end - start) / 6));
    ArabicTokenizer.Cursor cursor = new ArabicTokenizer.Cursor(buf, start, end - start);
    Normalizer.Output norm = new Normalizer.Output(false);
    while (cursor.next()) {
      String term = term(buf, cursor, norm, true);
      if (term != null && term.length() > 1 && !functionWords.contains(term)) out.add(term);
    }
    return out;
  }

  /** True for a word (as {@link #words} gives it) that says nothing about the topic. */
  public boolean isFunctionWord(String term) {
    return functionWords.contains(term);
  }

  private String term(char[] buf, ArabicTokenizer.Cursor c, Normalizer.Output norm, boolean stem) {
    TokenType type = c.type;
    switch (type) {
      case ARABIC, MIXED, HASHTAG -> {
        int from = c.start;
        if (type == TokenType.HASHTAG) from++;
        normalizer.normalize(buf, from, c.end - from, norm);
        String w = arabicWord(norm, stem);
        return w.isEmpty() ? null : w;
      }
      case LATIN -> {
        return new String(buf, c.start, c.end - c.start).toLowerCase(Locale.ROOT);
      }
      case NUMBER -> {
        normalizer.normalize(buf, c.start, c.end - c.start, norm);
        return norm.asString();
      }
      default -> {
        return null;
      }
    }
  }

  private String arabicWord(Normalizer.Output norm, boolean stem) {
    // hashtags join words with _: keep the letters (#مهرجان_كان → مهرجان_كان stays one term; rare enough)
    String w = norm.asString();
    if (stem && CliticSegmenter.mightSplit(w)) {
      int[] range = segmenter.stemRange(w);
      if (range != null && range[1] > range[0]) w = w.substring(range[0], range[1]);
    }
    return w.indexOf('ة') >= 0 ? w.replace('ة', 'ه') : w;
  }
}

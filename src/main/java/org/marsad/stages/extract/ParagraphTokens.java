package org.marsad.stages.extract;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Span;
import org.marsad.text.ar.ArabicTokenizer;
import org.marsad.text.ar.Normalizer;
import org.marsad.text.ar.Token;
import org.marsad.text.ar.TokenType;

/**
 * One body paragraph cut into tokens by {@link ArabicTokenizer}, with each token's normalised form. Token spans
 * are relative to the paragraph; {@link #start}/{@link #end} give absolute offsets into the article text.
 */
final class ParagraphTokens {
  private static final Normalizer NORMALIZER = Normalizer.standard();

  final String text;
  final int base;
  final String paragraph;
  private final List<Token> tokens;
  private final String[] originals;
  private final String[] norms;

  /** At most this many paragraphs of the last article are kept per thread; longer articles cut the rest again. */
  private static final int MAX_RECENT = 256;
  /**
   * The last article's paragraphs, per thread: a digest runs the stages one after another over one article on one
   * thread, so a stage reads the tokens an earlier one cut instead of tokenising the paragraph again.
   */
  private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

  private static final class Recent {
    private String text;
    private final List<ParagraphTokens> paragraphs = new ArrayList<>();
    private int next;
  }

  /**
   * The paragraph's tokens, shared with the stage before on this thread when it read the same paragraph of the same
   * text (the same String object: a later article never sees an earlier one's tokens). Read-only, so sharing is safe.
   */
  static ParagraphTokens of(String text, Span paragraph) {
    Recent recent = RECENT.get();
    if (recent.text != text) {
      recent.text = text;
      recent.paragraphs.clear();
      recent.next = 0;
    }
    List<ParagraphTokens> kept = recent.paragraphs;
    int n = kept.size();
    // stages read paragraphs in order: look where the last hit left off first
    for (int k = 0; k < n; k++) {
      int i = (recent.next + k) % n;
      ParagraphTokens p = kept.get(i);
      if (p.base == paragraph.start() && p.paragraph.length() == paragraph.length()) {
        recent.next = i + 1;
        return p;
      }
    }
    ParagraphTokens p = new ParagraphTokens(text, paragraph);
    if (n < MAX_RECENT) kept.add(p);
    return p;
  }

  ParagraphTokens(String text, Span paragraph) {
    this.text = text;
    this.base = paragraph.start();
    this.paragraph = paragraph.of(text);
    this.tokens = ArabicTokenizer.tokenize(this.paragraph);
    this.originals = new String[tokens.size()];
    this.norms = new String[tokens.size()];
    // one char copy and one output buffer per paragraph; a token no rule changes shares its original string
    char[] chars = this.paragraph.toCharArray();
    Normalizer.Output out = new Normalizer.Output(false);
    for (int i = 0; i < norms.length; i++) {
      Token t = tokens.get(i);
      int len = t.end() - t.start();
      originals[i] = this.paragraph.substring(t.start(), t.end());
      if (Normalizer.needsWork(chars, t.start(), len)) {
        NORMALIZER.normalize(chars, t.start(), len, out);
        norms[i] = out.asString();
      } else {
        norms[i] = originals[i];
      }
    }
  }

  /** The tokens, spans relative to the paragraph, for finders that take a tokenised text. */
  List<Token> tokens() {
    return tokens;
  }

  /** The normalised forms, index for index with {@link #tokens()}; callers must not change them. */
  String[] norms() {
    return norms;
  }

  int size() {
    return norms.length;
  }

  /** Normalised form of token i, or "" outside the paragraph. */
  String norm(int i) {
    return i >= 0 && i < norms.length ? norms[i] : "";
  }

  TokenType type(int i) {
    return i >= 0 && i < norms.length ? tokens.get(i).type() : null;
  }

  boolean isArabic(int i) {
    return type(i) == TokenType.ARABIC;
  }

  boolean isPunct(int i, char c) {
    return type(i) == TokenType.PUNCT && norms[i].length() == 1 && norms[i].charAt(0) == c;
  }

  int start(int i) {
    return base + tokens.get(i).start();
  }

  int end(int i) {
    return base + tokens.get(i).end();
  }

  /** Original text of token i. */
  String original(int i) {
    return originals[i];
  }

  /** No space between token i and token i+1. */
  boolean glued(int i) {
    return i >= 0 && i + 1 < norms.length && tokens.get(i).end() == tokens.get(i + 1).start();
  }

  /** Absolute span of tokens [from, to). */
  Span span(int from, int to) {
    return new Span(start(from), end(to - 1));
  }

  /** Index of the token starting at paragraph offset {@code rel}, or -1. */
  int tokenStartingAt(int rel) {
    int lo = 0, hi = norms.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int s = tokens.get(mid).start();
      if (s == rel) return mid;
      if (s < rel) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Index of the token ending at paragraph offset {@code rel}, or -1. */
  int tokenEndingAt(int rel) {
    int lo = 0, hi = norms.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int e = tokens.get(mid).end();
      if (e == rel) return mid;
      if (e < rel) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Normalised token i without a leading و/ف conjunction and ب/ل/ك preposition (only when a 3+ letter word stays). */
  String bare(int i) {
    return stripProclitics(norm(i));
  }

  static String stripProclitics(String w) {
    int p = 0;
    if (w.length() - p > 3 && (w.charAt(p) == 'و' || w.charAt(p) == 'ف')) p++;
    if (w.length() - p > 3 && (w.charAt(p) == 'ب' || w.charAt(p) == 'ل' || w.charAt(p) == 'ك')) {
      // لل = ل + ال: give back the article
      if (w.charAt(p) == 'ل' && w.charAt(p + 1) == 'ل') return "ا" + w.substring(p + 1);
      p++;
    }
    return w.substring(p);
  }
}

package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.marsad.model.Article;

/**
 * The identity of an article's content: SHA-256 (lower-case hex) of its body text (its whole text when no body
 * was found) after {@link #normalise}. Two copies of one article that differ only in harakat, tatweel, alef
 * spelling or spacing hash the same.
 */
public final class ContentHash {
  private static final HexFormat HEX = HexFormat.of();

  private ContentHash() {}

  public static String of(Article article) {
    return ofContent(content(article));
  }

  /** What is hashed (before normalising): the body text, or the whole text when no body was found. */
  public static String content(Article article) {
    return article.body().isEmpty() ? article.text() : article.bodyText();
  }

  /** The hash of some content, normalised first. */
  public static String ofContent(String content) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    return HEX.formatHex(sha256.digest(normalise(content).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The text the hash is taken over. Kept to one method so the text layer's Normalizer can replace it.
   *
   * <ul>
   *   <li>harakat U+064B..U+065F and superscript alef U+0670 removed
   *   <li>tatweel U+0640 removed
   *   <li>alef with hamza above/below, madda, wasla (أ إ آ ٱ) become bare alef ا
   *   <li>every run of whitespace becomes one space; leading and trailing whitespace removed
   * </ul>
   */
  static String normalise(String s) {
    char[] out = new char[s.length()];
    int n = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') continue;
      if (isSpace(c)) {
        pendingSpace = n > 0;
        continue;
      }
      if (pendingSpace) {
        out[n++] = ' ';
        pendingSpace = false;
      }
      out[n++] = switch (c) {
        case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
        default -> c;
      };
    }
    return new String(out, 0, n);
  }

  // ASCII and the Arabic block answered without Character's property tables: they are nearly all the input.
  private static boolean isSpace(char c) {
    if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    if (c >= 0x0600 && c <= 0x06FF) return false;
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}

package org.marsad.store;

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

  /**
   * The hash of some content, normalised first: SHA-256 over the UTF-8 of {@link #normalise}, computed in one pass
   * through a small buffer instead of building the normalised string and its bytes (two copies of every body).
   */
  public static String ofContent(String content) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    Utf8Sink sink = new Utf8Sink(sha256);
    boolean pendingSpace = false, any = false;
    for (int i = 0, n = content.length(); i < n; i++) {
      char c = content.charAt(i);
      if (dropped(c)) continue;
      if (isSpace(c)) {
        pendingSpace = any;
        continue;
      }
      if (pendingSpace) {
        sink.put(' ');
        pendingSpace = false;
      }
      sink.put(fold(c));
      any = true;
    }
    sink.finish();
    return HEX.formatHex(sha256.digest());
  }

  /**
   * UTF-8 of a char sequence fed one char at a time, as {@link String#getBytes} encodes it: a surrogate pair as one
   * 4-byte sequence, an unpaired surrogate as '?'.
   */
  private static final class Utf8Sink {
    private final MessageDigest digest;
    private final byte[] buf = new byte[4096];
    private int n;
    private char high;

    Utf8Sink(MessageDigest digest) {
      this.digest = digest;
    }

    void put(char c) {
      if (n > buf.length - 8) flush();
      if (high != 0) {
        char h = high;
        high = 0;
        if (Character.isLowSurrogate(c)) {
          int cp = Character.toCodePoint(h, c);
          buf[n++] = (byte) (0xF0 | (cp >> 18));
          buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          buf[n++] = (byte) (0x80 | (cp & 0x3F));
          return;
        }
        buf[n++] = '?';
      }
      if (c < 0x80) {
        buf[n++] = (byte) c;
      } else if (c < 0x800) {
        buf[n++] = (byte) (0xC0 | (c >> 6));
        buf[n++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)) {
        high = c;
      } else if (Character.isLowSurrogate(c)) {
        buf[n++] = '?';
      } else {
        buf[n++] = (byte) (0xE0 | (c >> 12));
        buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buf[n++] = (byte) (0x80 | (c & 0x3F));
      }
    }

    void finish() {
      if (high != 0) {
        high = 0;
        buf[n++] = '?';
      }
      flush();
    }

    private void flush() {
      digest.update(buf, 0, n);
      n = 0;
    }
  }

  /**
   * The text the hash is taken over ({@link #ofContent} applies the same rules in one pass). Kept to one method
   * so the text layer's Normalizer can replace it.
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
      if (dropped(c)) continue;
      if (isSpace(c)) {
        pendingSpace = n > 0;
        continue;
      }
      if (pendingSpace) {
        out[n++] = ' ';
        pendingSpace = false;
      }
      out[n++] = fold(c);
    }
    return new String(out, 0, n);
  }

  private static boolean dropped(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
  }

  private static char fold(char c) {
    return switch (c) {
      case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
      default -> c;
    };
  }

  // ASCII and the Arabic block answered without Character's property tables: they are nearly all the input.
  private static boolean isSpace(char c) {
    if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    if (c >= 0x0600 && c <= 0x06FF) return false;
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}

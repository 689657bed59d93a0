package org.marsad.text.ar;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Span;

/**
 * Splits text into typed tokens with spans into the original: Arabic and Latin words, numbers with separators,
 * hashtags, URLs, emails, mentions, punctuation and mixed tokens. A tatweel after a clitic marks that a number or
 * Latin word follows ({@code بـ436}, {@code الـ 82}): these become one MIXED token. A single char loop; no regexes.
 */
public final class ArabicTokenizer {
  private ArabicTokenizer() {}

  /** All tokens of {@code text}. */
  public static List<Token> tokenize(CharSequence text) {
    char[] buf = text.toString().toCharArray();
    List<Token> tokens = new ArrayList<>(buf.length / 5 + 4);
    Cursor c = new Cursor(buf, 0, buf.length);
    while (c.next()) tokens.add(new Token(new Span(c.start, c.end), c.type));
    return tokens;
  }

  /**
   * An allocation-free pass over {@code buf[off, off+len)}: each {@link #next} sets {@link #start}, {@link #end}
   * (absolute indices into buf) and {@link #type}.
   */
  public static final class Cursor {
    private char[] buf;
    private int pos, limit;
    public int start, end;
    public TokenType type;

    public Cursor(char[] buf, int off, int len) {
      reset(buf, off, len);
    }

    public void reset(char[] buf, int off, int len) {
      this.buf = buf;
      this.pos = off;
      this.limit = off + len;
    }

    public boolean next() {
      while (pos < limit && isSpaceOrInvisible(buf[pos])) pos++;
      if (pos >= limit) return false;
      start = pos;
      char c = buf[pos];
      if (ArabicChars.isLetter(c)) arabicWord();
      else if (ArabicChars.digitValue(c) >= 0) {
        if (!email()) number();
      } else if (isLatinLetter(c)) {
        if (!url() && !email()) latinWord();
      } else if (c == '#' && pos + 1 < limit && isHashtagChar(buf[pos + 1])) {
        pos++;
        while (pos < limit && (isHashtagChar(buf[pos]) || ArabicChars.isWordInternal(buf[pos]))) pos++;
        trimInvisibleEnd();
        type = TokenType.HASHTAG;
      } else if (c == '@' && pos + 1 < limit && isMentionChar(buf[pos + 1])) {
        pos++;
        while (pos < limit && isMentionChar(buf[pos])) pos++;
        type = TokenType.MENTION;
      } else {
        pos += Character.isHighSurrogate(c) && pos + 1 < limit && Character.isLowSurrogate(buf[pos + 1]) ? 2 : 1;
        type = TokenType.PUNCT;
      }
      end = pos;
      return true;
    }

    private void arabicWord() {
      scanArabicLetters();
      boolean tatweelEnd = buf[pos - 1] == ArabicChars.TATWEEL;
      type = TokenType.ARABIC;
      if (pos < limit && ArabicChars.digitValue(buf[pos]) >= 0) {
        // بـ436 or ب436: clitic glued to a number
        number();
        type = TokenType.MIXED;
      } else if (tatweelEnd) {
        int p = pos;
        while (p < limit && (buf[p] == ' ' || buf[p] == '\u00A0')) p++;
        if (p < limit && p - pos <= 1 && (ArabicChars.digitValue(buf[p]) >= 0 || isLatinLetter(buf[p]))) {
          // الـ 82, الـCNN: the tatweel marks that the clitic belongs to what follows
          pos = p;
          if (ArabicChars.digitValue(buf[p]) >= 0) number();
          else latinWord();
          type = TokenType.MIXED;
        }
      }
    }

    private void scanArabicLetters() {
      while (pos < limit && (ArabicChars.isLetter(buf[pos]) || ArabicChars.isWordInternal(buf[pos]))) pos++;
      trimInvisibleEnd();
    }

    private void trimInvisibleEnd() {
      while (pos > start + 1 && ArabicChars.isInvisible(buf[pos - 1])) pos--;
    }

    private void number() {
      while (pos < limit) {
        char c = buf[pos];
        if (ArabicChars.digitValue(c) >= 0) pos++;
        else if (isNumberSeparator(c) && pos + 1 < limit && ArabicChars.digitValue(buf[pos + 1]) >= 0 && ArabicChars.digitValue(buf[pos - 1]) >= 0) pos += 2;
        else break;
      }
      type = TokenType.NUMBER;
      if (pos < limit && isLatinLetter(buf[pos])) {
        while (pos < limit && (isLatinLetter(buf[pos]) || ArabicChars.digitValue(buf[pos]) >= 0)) pos++;
        type = TokenType.MIXED;
      }
    }

    private void latinWord() {
      boolean digit = false;
      while (pos < limit) {
        char c = buf[pos];
        if (isLatinLetter(c)) pos++;
        else if (c >= '0' && c <= '9') {
          digit = true;
          pos++;
        } else if ((c == '-' || c == '\'' || c == '\u2019') && pos + 1 < limit && (isLatinLetter(buf[pos + 1]) || Character.isDigit(buf[pos + 1]))) {
          pos++;
        } else break;
      }
      type = digit ? TokenType.MIXED : TokenType.LATIN;
    }

    private boolean url() {
      int p = pos;
      if (!(startsWithIgnoreCase(p, "http://") || startsWithIgnoreCase(p, "https://") || startsWithIgnoreCase(p, "www."))) return false;
      while (p < limit && !Character.isWhitespace(buf[p]) && buf[p] != '"' && buf[p] != '<' && buf[p] != '>' && buf[p] != '\u00AB' && buf[p] != '\u00BB') p++;
      while (p > pos && ".,;:!?)]}'\"\u060C\u061B\u061F".indexOf(buf[p - 1]) >= 0) p--;
      pos = p;
      type = TokenType.URL;
      return true;
    }

    private boolean email() {
      int p = pos;
      while (p < limit && isEmailLocal(buf[p])) p++;
      if (p == pos || p >= limit || buf[p] != '@') return false;
      int d = ++p;
      int lastDot = -1;
      while (p < limit && (isAsciiAlnum(buf[p]) || buf[p] == '-' || (buf[p] == '.' && p + 1 < limit && isAsciiAlnum(buf[p + 1])))) {
        if (buf[p] == '.') lastDot = p;
        p++;
      }
      if (lastDot < 0 || lastDot <= d || p - lastDot < 3) return false;
      pos = p;
      type = TokenType.EMAIL;
      return true;
    }

    private boolean startsWithIgnoreCase(int p, String prefix) {
      if (p + prefix.length() > limit) return false;
      for (int k = 0; k < prefix.length(); k++) {
        if (Character.toLowerCase(buf[p + k]) != prefix.charAt(k)) return false;
      }
      return true;
    }
  }

  static boolean isSpaceOrInvisible(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u00A0' || Character.isWhitespace(c) || Character.isSpaceChar(c) || ArabicChars.isInvisible(c);
  }

  static boolean isLatinLetter(char c) {
    if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return Character.isLetter(c) && !ArabicChars.isLetter(c) && !(c >= 0x0600 && c <= 0x08FF);
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  }

  private static boolean isEmailLocal(char c) {
    return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isMentionChar(char c) {
    return isAsciiAlnum(c) || c == '_';
  }

  private static boolean isHashtagChar(char c) {
    return c == '_' || ArabicChars.isLetter(c) || Character.isLetterOrDigit(c);
  }

  private static boolean isNumberSeparator(char c) {
    return c == '.' || c == ',' || c == '\u066B' || c == '\u066C';
  }
}

package org.marsad.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Strict escaping for server-rendered pages. Every piece of outside text goes through {@link #text}; links are
 * built only by {@link #internalPath}, so no outside text ever becomes a URL scheme.
 */
public final class Html {
  private Html() {}

  /**
   * Escapes text for element content and quoted attribute values: {@code & < > " '} become entities; bidi embedding,
   * override and isolate controls (U+202A..U+202E, U+2066..U+2069) are shown as visible {@code [U+202E]} marks so
   * they cannot reorder the page; other control characters except tab and newline are dropped.
   */
  public static String text(String s) {
    if (s == null) return "";
    StringBuilder sb = new StringBuilder(s.length() + 16);
    appendText(sb, s, 0, s.length());
    return sb.toString();
  }

  /** Appends {@code s[start, end)} escaped as by {@link #text}. */
  public static void appendText(StringBuilder sb, String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (isBidiControl(c)) {
            sb.append("[U+").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append(']');
          } else if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7F) {
            // dropped: controls have no place in a page
          } else {
            sb.append(c);
          }
        }
      }
    }
  }

  static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  /** {@code /prefix/} + the id percent-encoded: always a path on this server, whatever the id holds. */
  public static String internalPath(String prefix, String id) {
    return prefix + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A query-string value, percent-encoded. */
  public static String queryValue(String v) {
    return URLEncoder.encode(v == null ? "" : v, StandardCharsets.UTF_8);
  }
}

package org.marsad.stages.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a file's bytes, saying which charset it used.
 *
 * <p>Order: byte-order mark (UTF-8 keeps its U+FEFF as standard decoders do; UTF-16 drops it); UTF-16 without a
 * mark (NUL or 0x06 in every other byte); NUL or control bytes mean binary; strict UTF-8; UTF-8 with a few invalid
 * sequences is a mixed file, decoded with U+FFFD and flagged; then Arabic single-byte text (windows-1256 or
 * ISO-8859-6, chosen by which decoding yields Arabic letters: ISO-8859-6 leaves 0x80-0x9F and the bytes of
 * غ ف ق ك in windows-1256 unassigned); then a declared charset (HTML meta, XML declaration, HTTP header) if it
 * decodes strictly; then ICU's detector for anything else; then, for text that is mostly ASCII with a few stray
 * bytes, UTF-8 with U+FFFD and a problem. Only what none of these fit is "undecodable".
 */
final class CharsetDetection {
  static final String WINDOWS_1256 = "windows-1256";
  static final String ISO_8859_6 = "ISO-8859-6";

  private static final Pattern DECLARED = Pattern.compile(
      "(?i)(?:<meta[^>]{0,200}?charset\\s*=\\s*[\"']?|<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"'])([A-Za-z0-9._:-]{2,40})");
  private static final int SAMPLE = 64 * 1024;
  private static final char UNMAPPED = '\uFFFF';
  private static final char[] CP1256 = table(WINDOWS_1256);
  private static final char[] ISO_ARABIC = table(ISO_8859_6);
  /** ICU's detector must be this sure about a non-Arabic charset before we trust it. */
  private static final int MIN_ICU_CONFIDENCE = 40;
  /** Fewer high bytes than a short Arabic word or two say nothing about Arabic. */
  private static final int MIN_ARABIC_BYTES = 4;

  private CharsetDetection() {}

  /** Decodes bytes that carry no outside charset hint other than what they declare themselves. */
  static Decoded decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /** @param declaredCharset a charset named outside the bytes (HTTP header), or null */
  static Decoded decode(byte[] bytes, String declaredCharset) {
    if (bytes.length == 0) return new Decoded.NotText("empty file");
    Decoded bom = byBom(bytes);
    if (bom != null) return bom;
    Charset utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      String text = strict(bytes, 0, utf16);
      if (text != null && !mostlyControls(text)) return new Decoded.Text(text, utf16.name(), null);
    }
    String binary = binaryReason(bytes);
    if (binary != null) return new Decoded.NotText(binary);

    Utf8Stats utf8 = Utf8Stats.of(bytes);
    if (utf8.invalid == 0) return new Decoded.Text(new String(bytes, StandardCharsets.UTF_8), "UTF-8", null);
    if (utf8.validMultibyte > 2L * utf8.invalid) {
      return new Decoded.Text(new String(bytes, StandardCharsets.UTF_8), "UTF-8",
          "mixed encoding: " + utf8.invalid + " invalid UTF-8 byte sequence(s) replaced by U+FFFD");
    }
    String declared = declared(bytes, declaredCharset);
    String arabic = arabicSingleByte(bytes, declared);
    if (arabic != null) return new Decoded.Text(decodeWith(bytes, arabic), arabic, null);

    Charset declaredCs = charsetOrNull(declared);
    if (declaredCs != null) {
      String text = strict(bytes, 0, declaredCs);
      if (text != null) return new Decoded.Text(text, declaredCs.name(), null);
    }
    return byIcu(bytes, utf8);
  }

  private static Decoded byBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      Utf8Stats s = Utf8Stats.of(b);
      String problem = s.invalid == 0 ? null
          : "mixed encoding: " + s.invalid + " invalid UTF-8 byte sequence(s) replaced by U+FFFD";
      return new Decoded.Text(new String(b, StandardCharsets.UTF_8), "UTF-8", problem);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return utf16(b, StandardCharsets.UTF_16LE);
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return utf16(b, StandardCharsets.UTF_16BE);
    return null;
  }

  private static Decoded utf16(byte[] b, Charset cs) {
    String text = strict(b, 2, cs);
    String problem = null;
    if (text == null) {
      text = new String(b, 2, b.length - 2, cs);
      problem = "malformed " + cs.name() + " (odd length or lone surrogate) replaced by U+FFFD";
    }
    if (mostlyControls(text)) return new Decoded.NotText("binary file (control characters after a " + cs.name() + " mark), not text");
    return new Decoded.Text(text, cs.name(), problem);
  }

  /** UTF-16 decodes almost any even-length bytes; binary shows as control characters. */
  private static boolean mostlyControls(String text) {
    int n = Math.min(text.length(), SAMPLE), controls = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') controls++;
    }
    return controls > n / 20;
  }

  /** ASCII (high byte 0) or Arabic (high byte 0x06) in UTF-16 puts the same byte at every other position. */
  private static Charset utf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, SAMPLE) & ~1;
    if (n < 8) return null;
    int evenHigh = 0, oddHigh = 0;
    for (int i = 0; i < n; i += 2) {
      int e = b[i] & 0xFF, o = b[i + 1] & 0xFF;
      if (e == 0 || e == 0x06) evenHigh++;
      if (o == 0 || o == 0x06) oddHigh++;
    }
    int pairs = n / 2;
    if (oddHigh >= pairs * 0.9 && evenHigh <= pairs * 0.2) return StandardCharsets.UTF_16LE;
    if (evenHigh >= pairs * 0.9 && oddHigh <= pairs * 0.2) return StandardCharsets.UTF_16BE;
    return null;
  }

  private static String binaryReason(byte[] b) {
    int n = Math.min(b.length, SAMPLE);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) return "binary file (NUL bytes), not text";
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1B) controls++;
    }
    for (int i = n; i < b.length; i++) {
      if (b[i] == 0) return "binary file (NUL bytes), not text";
    }
    if (controls > n / 20) return "binary file (" + controls + " control bytes in the first " + n + "), not text";
    return null;
  }

  /**
   * windows-1256 or ISO-8859-6 when most high bytes decode to Arabic letters in one of them; null otherwise. A
   * declared one of the two wins when both decodings are plausible.
   */
  private static String arabicSingleByte(byte[] b, String declared) {
    int high = 0, inRun = 0, arabicWin = 0, arabicIso = 0;
    boolean isoImpossible = false;
    for (int i = 0; i < b.length; i++) {
      int c = b[i] & 0xFF;
      if (c < 0x80) continue;
      high++;
      if ((i > 0 && b[i - 1] < 0) || (i + 1 < b.length && b[i + 1] < 0)) inRun++;
      if (isArabic(CP1256[c])) arabicWin++;
      char iso = ISO_ARABIC[c];
      if (iso == UNMAPPED || c < 0xA0) isoImpossible = true;
      else if (isArabic(iso)) arabicIso++;
    }
    // Arabic words are runs of high bytes; a stray accented Latin letter is not
    if (high < MIN_ARABIC_BYTES || inRun * 2 < high) return null;
    boolean winPlausible = arabicWin >= high * 0.7;
    boolean isoPlausible = !isoImpossible && arabicIso >= high * 0.7;
    if (winPlausible && isoPlausible) {
      String d = declared == null ? "" : declared.toLowerCase(Locale.ROOT);
      if (d.contains("8859-6") || d.contains("arabic")) return ISO_8859_6;
      if (d.contains("1256")) return WINDOWS_1256;
      return arabicIso > arabicWin ? ISO_8859_6 : WINDOWS_1256;
    }
    if (isoPlausible) return ISO_8859_6;
    if (winPlausible) return WINDOWS_1256;
    return null;
  }

  private static boolean isArabic(char c) {
    return (c >= '\u0600' && c <= '\u06FF') || c == '\u200C' || c == '\u200D';
  }

  private static String declared(byte[] b, String outside) {
    if (outside != null && !outside.isBlank()) return outside.trim();
    String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** A declared name may be anything: unknown or malformed names count as undeclared. */
  private static Charset charsetOrNull(String name) {
    if (name == null) return null;
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Decoded byIcu(byte[] b, Utf8Stats utf8) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(b.length > SAMPLE ? java.util.Arrays.copyOf(b, SAMPLE) : b);
    CharsetMatch best = null;
    for (CharsetMatch m : detector.detectAll()) {
      if (m.getName().startsWith("UTF-") || m.getName().startsWith("ISO-2022")) continue;
      if (charsetOrNull(m.getName()) != null) {
        best = m;
        break;
      }
    }
    if (best != null && best.getConfidence() >= MIN_ICU_CONFIDENCE) {
      Charset cs = Charset.forName(best.getName());
      return new Decoded.Text(decodeWith(b, cs.name()), cs.name(), null);
    }
    if (utf8.invalid * 20 <= b.length) {
      // mostly ASCII with a few stray bytes: readable, the strays become U+FFFD
      return new Decoded.Text(new String(b, StandardCharsets.UTF_8), "UTF-8",
          utf8.invalid + " invalid UTF-8 byte(s) replaced by U+FFFD; no other charset fits");
    }
    return new Decoded.NotText("undecodable text: not UTF-8 (" + utf8.invalid + " invalid sequences) and no charset"
        + " detected" + (best == null ? "" : " (best guess " + best.getName() + ", confidence " + best.getConfidence() + ")"));
  }

  private static String decodeWith(byte[] b, String charset) {
    return new String(b, Charset.forName(charset));
  }

  /** Decodes strictly; null if any byte sequence is malformed or unmappable. */
  static String strict(byte[] b, int offset, Charset cs) {
    CharsetDecoder d = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer out = d.decode(ByteBuffer.wrap(b, offset, b.length - offset));
      return out.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static char[] table(String charset) {
    char[] t = new char[256];
    Charset cs = Charset.forName(charset);
    for (int i = 0; i < 256; i++) {
      String s = strict(new byte[] {(byte) i}, 0, cs);
      t[i] = s == null || s.length() != 1 ? UNMAPPED : s.charAt(0);
    }
    return t;
  }

  /** Counts of well-formed multi-byte sequences and of invalid bytes in a UTF-8 reading. */
  static final class Utf8Stats {
    long validMultibyte;
    long invalid;

    static Utf8Stats of(byte[] b) {
      Utf8Stats s = new Utf8Stats();
      int i = 0, n = b.length;
      while (i < n) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
          i++;
          continue;
        }
        int need;
        int min;
        if (c >= 0xC2 && c <= 0xDF) { need = 1; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; min = 0x10000; }
        else { s.invalid++; i++; continue; }
        if (i + need >= n) { s.invalid++; i++; continue; }
        int cp = c & (0x3F >> need);
        boolean ok = true;
        for (int k = 1; k <= need; k++) {
          int cc = b[i + k] & 0xFF;
          if ((cc & 0xC0) != 0x80) { ok = false; break; }
          cp = (cp << 6) | (cc & 0x3F);
        }
        if (ok && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) ok = false;
        if (ok) {
          s.validMultibyte++;
          i += need + 1;
        } else {
          s.invalid++;
          i++;
        }
      }
      return s;
    }
  }
}

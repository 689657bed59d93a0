package org.marsad.stages.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.Charset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link CharsetDetection}'s Javadoc. */
class CharsetDetectionTest {
  /** Our own sentence; holds غ ف ق ك, whose windows-1256 bytes ISO-8859-6 leaves unassigned. */
  static final String ARABIC = "قال رئيس البلدية إن الحديقة الجديدة تضم ممرات للمشي وملعبا صغيرا للأطفال، وستفتح أبوابها يوميا.";
  /** No غ ف ق ك: every windows-1256 byte of it is also assigned in ISO-8859-6. */
  static final String ARABIC_WITHOUT_QAF = "ذهب الولد مع أمه إلى المدرسة صباح السبت وعاد بعد الظهر.";

  static Decoded.Text text(Decoded d) {
    assertThat(d).isInstanceOf(Decoded.Text.class);
    return (Decoded.Text) d;
  }

  static byte[] bytes(String s, String charset) {
    return s.getBytes(Charset.forName(charset));
  }

  @Test
  void utf8ByteOrderMarkIsKeptAsStandardDecodersDo() {
    byte[] b = ("\uFEFF" + ARABIC).getBytes(UTF_8);
    Decoded.Text t = text(CharsetDetection.decode(b));
    assertThat(t.charset()).isEqualTo("UTF-8");
    assertThat(t.text()).isEqualTo("\uFEFF" + ARABIC);
    assertThat(t.problem()).isNull();
  }

  @Test
  void utf16LittleEndianWithByteOrderMark() {
    Decoded.Text t = text(CharsetDetection.decode(IngestTestSupport.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes(ARABIC, "UTF-16LE"))));
    assertThat(t.charset()).isEqualTo("UTF-16LE");
    assertThat(t.text()).isEqualTo(ARABIC);
  }

  @Test
  void utf16BigEndianWithByteOrderMark() {
    Decoded.Text t = text(CharsetDetection.decode(bytes(ARABIC, "UTF-16")));
    assertThat(t.charset()).isEqualTo("UTF-16BE");
    assertThat(t.text()).isEqualTo(ARABIC);
  }

  @Test
  void utf16WithoutByteOrderMarkIsRecognisedByItsHighBytes() {
    Decoded.Text t = text(CharsetDetection.decode(bytes(ARABIC, "UTF-16LE")));
    assertThat(t.charset()).isEqualTo("UTF-16LE");
    assertThat(t.text()).isEqualTo(ARABIC);
  }

  @Test
  void nulBytesMeanBinary() {
    byte[] b = IngestTestSupport.concat(ARABIC.getBytes(UTF_8), new byte[] {0, 1, 2, 3}, ARABIC.getBytes(UTF_8));
    assertThat(CharsetDetection.decode(b)).isEqualTo(new Decoded.NotText("binary file (NUL bytes), not text"));
  }

  @Test
  void manyControlBytesMeanBinary() {
    byte[] b = new byte[400];
    for (int i = 0; i < b.length; i++) b[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
    assertThat(CharsetDetection.decode(b)).isInstanceOfSatisfying(Decoded.NotText.class,
        n -> assertThat(n.reason()).startsWith("binary file (200 control bytes"));
  }

  @Test
  void emptyIsNotText() {
    assertThat(CharsetDetection.decode(new byte[0])).isEqualTo(new Decoded.NotText("empty file"));
  }

  @Test
  void validUtf8IsUtf8() {
    Decoded.Text t = text(CharsetDetection.decode(ARABIC.getBytes(UTF_8)));
    assertThat(t.charset()).isEqualTo("UTF-8");
    assertThat(t.text()).isEqualTo(ARABIC);
    assertThat(t.problem()).isNull();
  }

  @Test
  void utf8WithAWindows1256ParagraphIsMixedAndFlagged() {
    byte[] b = IngestTestSupport.concat(ARABIC.getBytes(UTF_8), "\n".getBytes(UTF_8),
        bytes("وصل الوفد صباحا", "windows-1256"), "\n".getBytes(UTF_8), ARABIC.getBytes(UTF_8));
    Decoded.Text t = text(CharsetDetection.decode(b));
    assertThat(t.charset()).isEqualTo("UTF-8");
    assertThat(t.problem()).startsWith("mixed encoding: ").contains("replaced by U+FFFD");
    assertThat(t.text()).startsWith(ARABIC + "\n").endsWith("\n" + ARABIC).contains("\uFFFD");
  }

  @Test
  void windows1256Arabic() {
    Decoded.Text t = text(CharsetDetection.decode(bytes(ARABIC, "windows-1256")));
    assertThat(t.charset()).isEqualTo("windows-1256");
    assertThat(t.text()).isEqualTo(ARABIC);
  }

  @Test
  void iso88596Arabic() {
    Decoded.Text t = text(CharsetDetection.decode(bytes(ARABIC, "ISO-8859-6")));
    assertThat(t.charset()).isEqualTo("ISO-8859-6");
    assertThat(t.text()).isEqualTo(ARABIC);
  }

  @Test
  void windows1256WhoseBytesAreAllAssignedInIsoStillReadsAsWindows1256() {
    Decoded.Text t = text(CharsetDetection.decode(bytes(ARABIC_WITHOUT_QAF, "windows-1256")));
    assertThat(t.charset()).isEqualTo("windows-1256");
    assertThat(t.text()).isEqualTo(ARABIC_WITHOUT_QAF);
  }

  @Test
  void iso88596WithoutQafStillReadsAsIso() {
    Decoded.Text t = text(CharsetDetection.decode(bytes(ARABIC_WITHOUT_QAF, "ISO-8859-6")));
    assertThat(t.charset()).isEqualTo("ISO-8859-6");
    assertThat(t.text()).isEqualTo(ARABIC_WITHOUT_QAF);
  }

  @Test
  void bytes0x80To0x9FMeanWindows1256EvenWhenIsoIsDeclared() {
    // "پ" (0x81) and the curly quotes (0x93, 0x94) exist only in windows-1256
    String s = "<html><head><meta charset=\"ISO-8859-6\"></head><body>قال “پارس” إن الوفد وصل</body></html>";
    Decoded.Text t = text(CharsetDetection.decode(bytes(s, "windows-1256")));
    assertThat(t.charset()).isEqualTo("windows-1256");
    assertThat(t.text()).isEqualTo(s);
  }

  @Test
  void declaredIsoWinsWhenBothArabicReadingsArePlausible() {
    String s = "<?xml version=\"1.0\" encoding=\"ISO-8859-6\"?><p>" + ARABIC_WITHOUT_QAF + "</p>";
    assertThat(text(CharsetDetection.decode(bytes(s, "ISO-8859-6"))).charset()).isEqualTo("ISO-8859-6");
  }

  @Test
  void declaredCharsetIsUsedWhenConsistent() {
    String s = "<html><head><meta charset=\"windows-1252\"></head><body>Le café était très bon à côté de l’école.</body></html>";
    Decoded.Text t = text(CharsetDetection.decode(bytes(s, "windows-1252")));
    assertThat(t.charset()).isEqualTo("windows-1252");
    assertThat(t.text()).isEqualTo(s);
  }

  @Test
  void declaredCharsetIsIgnoredWhenTheBytesAreValidUtf8() {
    String s = "<html><head><meta charset=\"windows-1256\"></head><body>" + ARABIC + "</body></html>";
    assertThat(text(CharsetDetection.decode(s.getBytes(UTF_8))).charset()).isEqualTo("UTF-8");
  }

  @Test
  void outsideHintSuchAsAnHttpHeaderIsHonoured() {
    String s = "Le café était très bon à côté de l’école, où les élèves déjeunent.";
    assertThat(text(CharsetDetection.decode(bytes(s, "windows-1252"), "windows-1252")).charset()).isEqualTo("windows-1252");
  }

  @Test
  void otherSingleByteTextGoesToIcu() {
    String s = "Le café était très bon à côté de la gare, où les élèves déjeunent chaque matin avec leurs frères.";
    Decoded.Text t = text(CharsetDetection.decode(bytes(s, "ISO-8859-1")));
    assertThat(t.charset()).isIn("ISO-8859-1", "windows-1252");
    assertThat(t.text()).isEqualTo(s);
  }

  @Test
  void malformedOrUnknownDeclaredCharsetIsIgnored() {
    byte[] b = bytes(ARABIC, "windows-1256");
    assertThat(text(CharsetDetection.decode(b, "-bad name!")).charset()).isEqualTo("windows-1256");
    assertThat(text(CharsetDetection.decode(b, "x-no-such-charset")).charset()).isEqualTo("windows-1256");
    byte[] latin = bytes("Le café était très bon à côté de la gare, où les élèves déjeunent.", "ISO-8859-1");
    assertThatCode(() -> CharsetDetection.decode(latin, "-bad name!")).doesNotThrowAnyException();
  }

  @Test
  void randomHighBytesAreUndecodable() {
    byte[] b = new byte[2000];
    new Random(7).nextBytes(b);
    for (int i = 0; i < b.length; i++) b[i] = (byte) (0x80 | b[i]);
    assertThat(CharsetDetection.decode(b)).isInstanceOfSatisfying(Decoded.NotText.class,
        n -> assertThat(n.reason()).startsWith("undecodable text: not UTF-8"));
  }

  @Test
  void mostlyAsciiWithAStrayByteIsUtf8WithAProblem() {
    byte[] b = IngestTestSupport.concat("The council met on Monday and approved the plan ".getBytes(UTF_8),
        new byte[] {(byte) 0xE9}, " for the new park.".getBytes(UTF_8));
    Decoded.Text t = text(CharsetDetection.decode(b));
    assertThat(t.charset()).isIn("UTF-8", "ISO-8859-1", "windows-1252");
    if (t.charset().equals("UTF-8")) assertThat(t.problem()).contains("1 invalid UTF-8 byte(s) replaced by U+FFFD");
  }

  @Test
  void utf16MarkBeforeBinaryIsNotText() {
    byte[] b = new byte[402];
    b[0] = (byte) 0xFF;
    b[1] = (byte) 0xFE;
    for (int i = 2; i < b.length; i += 2) b[i] = (byte) (i % 7);
    assertThat(CharsetDetection.decode(b)).isInstanceOf(Decoded.NotText.class);
  }

  @Test
  void utf8StatsCountValidAndInvalidSequences() {
    byte[] b = IngestTestSupport.concat("با".getBytes(UTF_8), new byte[] {(byte) 0xC7, ' ', (byte) 0xE1});
    CharsetDetection.Utf8Stats s = CharsetDetection.Utf8Stats.of(b);
    assertThat(s.validMultibyte).isEqualTo(2);
    assertThat(s.invalid).isEqualTo(2);
  }

  @Test
  void overlongAndSurrogateUtf8AreInvalid() {
    byte[] overlong = {(byte) 0xC0, (byte) 0xAF, (byte) 0xE0, (byte) 0x80, (byte) 0xAF, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
    assertThat(CharsetDetection.Utf8Stats.of(overlong).validMultibyte).isZero();
  }
}

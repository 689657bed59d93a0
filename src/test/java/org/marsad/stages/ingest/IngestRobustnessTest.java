package org.marsad.stages.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.stages.ingest.IngestTestSupport.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.model.Article;
import org.marsad.model.InputError;
import org.marsad.model.Problem;

/** Bad input of every kind gives a clear error or a result: never an exception out of the batch, never a hang. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class IngestRobustnessTest {
  /** Our own lines of Arabic news text. */
  static final String ARABIC = """
      افتتحت البلدية حديقة عامة جديدة في وسط المدينة صباح الخميس.
      قال رئيس البلدية إن الحديقة تضم ممرات للمشي وملعبا صغيرا للأطفال.
      ويتوقع المنظمون أن يزورها آلاف السكان خلال عطلة نهاية الأسبوع.
      """;

  @TempDir Path dir;

  /** Every input below: a sample file of each format, by name. */
  private Map<String, byte[]> samples() throws Exception {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (String r : new String[] {"article-utf8.txt", "page.html", "feed.rss", "atom.xml", "records.jsonl", "array.json", "docs.trec"}) {
      m.put(r, resourceBytes(r));
    }
    m.put("day.zip", zip("day.json", resourceBytes("array.json")));
    m.put("crawl.warc", IngestorTest.sampleWarc());
    m.put("crawl.warc.gz", gzip(IngestorTest.sampleWarc()));
    m.put("records.jsonl.gz", gzip(resourceBytes("records.jsonl")));
    return m;
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.05, 0.3, 0.5, 0.77, 0.99})
  void truncatedFilesOfEachFormatGiveAnErrorOrAResult(double keep) throws Exception {
    for (Map.Entry<String, byte[]> e : samples().entrySet()) {
      byte[] cut = Arrays.copyOf(e.getValue(), Math.max(1, (int) (e.getValue().length * keep)));
      Result r = ingestBytes(dir.resolve("cut-" + keep), e.getKey(), cut);
      assertThat(r.articles().size() + r.errors().size()).as(e.getKey() + " cut at " + keep).isPositive();
      assertClean(r);
    }
  }

  @Test
  void truncatedZipIsAnError() throws Exception {
    byte[] zip = zip("day.json", resourceBytes("array.json"));
    Result r = ingestBytes(dir, "day.zip", Arrays.copyOf(zip, zip.length / 2));
    assertThat(r.errors()).isNotEmpty();
    assertClean(r);
  }

  @Test
  void truncatedWarcKeepsTheRecordsBeforeTheCutAndReportsTheRest() throws Exception {
    byte[] warc = IngestorTest.sampleWarc();
    Result r = ingestBytes(dir, "crawl.warc", Arrays.copyOf(warc, warc.length - 60));
    assertThat(r.articles()).hasSize(2);
    assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.error()).startsWith("WARC: malformed or truncated"));
  }

  @Test
  void warcRecordWithABrokenHttpMessageIsOneErrorAndTheNextRecordIsRead() throws Exception {
    byte[] broken = warcRecord("WARC-Type: response\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-0000000000b1>\n"
        + "WARC-Date: 2025-01-01T00:00:00Z\nWARC-Target-URI: https://example.org/b\n"
        + "Content-Type: application/http; msgtype=response\n", "\u0001\u0002 not http at all\r\n\r\n".getBytes(UTF_8));
    byte[] good = warcRecord("WARC-Type: resource\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-0000000000b2>\n"
        + "WARC-Date: 2025-01-01T00:00:00Z\nWARC-Target-URI: https://example.org/g.txt\n"
        + "Content-Type: text/plain\n", ARABIC.getBytes(UTF_8));
    Result r = ingestBytes(dir, "mixed.warc", concat(broken, good));
    assertThat(r.articles()).extracting(Article::text).containsExactly(ARABIC);
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.file()).endsWith("mixed.warc#urn:uuid:00000000-0000-0000-0000-0000000000b1");
      assertThat(e.error()).startsWith("WARC record: ");
    });
    assertClean(r);
  }

  @Test
  void binaryGarbageIsAnError() throws Exception {
    byte[] b = new byte[5000];
    new Random(1).nextBytes(b);
    b[10] = 0;
    assertThat(ingestBytes(dir, "x.bin", b).onlyError().error()).isEqualTo("binary file (NUL bytes), not text");
  }

  @Test
  void emptyFileIsAnError() throws Exception {
    assertThat(ingestBytes(dir, "empty.txt", new byte[0]).onlyError().error()).isEqualTo("empty file");
  }

  @Test
  void whitespaceOnlyFileIsAnError() throws Exception {
    assertThat(ingestBytes(dir, "blank.txt", " \n\t\n".getBytes(UTF_8)).onlyError().error())
        .isEqualTo("no text (only whitespace)");
  }

  @Test
  void markOnlyFileIsAnError() throws Exception {
    assertThat(ingestBytes(dir, "marks.txt", "\u00A0\u200F\u200F - \n".getBytes(UTF_8)).onlyError().error())
        .isEqualTo("no text (no letter or digit)");
  }

  @Test
  void pdfIsAnError() throws Exception {
    assertThat(ingestBytes(dir, "x.pdf", "%PDF-1.4\n...".getBytes(UTF_8)).onlyError().error())
        .startsWith("PDF file: not supported");
  }

  @ParameterizedTest
  @ValueSource(strings = {"windows-1256", "ISO-8859-6", "UTF-16LE", "UTF-16BE"})
  void arabicInEachEncodingIsDecodedToTheSameText(String charset) throws Exception {
    byte[] b = ARABIC.getBytes(Charset.forName(charset));
    if (charset.startsWith("UTF-16")) {
      byte[] bom = charset.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
      b = concat(bom, b);
    }
    Article a = ingestBytes(dir, "a.txt", b).only();
    assertThat(a.charset()).isEqualTo(charset);
    assertThat(a.text()).isEqualTo(ARABIC);
    assertThat(a.problems()).isEmpty();
  }

  @Test
  void windows1256HtmlPageIsDecodedBeforeParsing() throws Exception {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
        + "<title>حديقة جديدة</title></head><body><p>" + ARABIC.replace("\n", "</p><p>") + "</p></body></html>";
    Article a = ingestBytes(dir, "p.html", html.getBytes(Charset.forName("windows-1256"))).only();
    assertThat(a.charset()).isEqualTo("windows-1256");
    assertThat(a.meta().title()).isEqualTo("حديقة جديدة");
    assertThat(a.text()).contains("قال رئيس البلدية إن الحديقة تضم ممرات للمشي وملعبا صغيرا للأطفال.");
  }

  @Test
  void mixedEncodingFileIsReadWithAProblemSayingSo() throws Exception {
    byte[] b = concat(ARABIC.getBytes(UTF_8), "وصل الوفد صباحا\n".getBytes(Charset.forName("windows-1256")), ARABIC.getBytes(UTF_8));
    Article a = ingestBytes(dir, "mixed.txt", b).only();
    assertThat(a.charset()).isEqualTo("UTF-8");
    assertThat(a.problems()).extracting(Problem::message)
        .singleElement().satisfies(m -> assertThat(m).startsWith("mixed encoding: ").endsWith("(read as UTF-8)"));
    assertThat(a.text()).startsWith(ARABIC);
  }

  @Test
  void undecodableHighBytesAreAnError() throws Exception {
    byte[] b = new byte[3000];
    new Random(3).nextBytes(b);
    for (int i = 0; i < b.length; i++) b[i] = (byte) (b[i] | 0x80);
    assertThat(ingestBytes(dir, "noise.txt", b).onlyError().error()).startsWith("undecodable text");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void twentyMegabyteTextFileIsOneArticle() throws Exception {
    byte[] line = ARABIC.getBytes(UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(21 << 20);
    while (out.size() < 20 << 20) out.writeBytes(line);
    Article a = ingestBytes(dir, "big.txt", out.toByteArray()).only();
    assertThat(a.text().length()).isEqualTo(out.size() / line.length * ARABIC.length());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void hundredThousandNestedDivsGiveTheBodyTextWithAProblem() throws Exception {
    int depth = 100_000;
    StringBuilder html = new StringBuilder("<html><head><title>صفحة عميقة</title></head><body>");
    html.append("<div>".repeat(depth)).append("<p>افتتحت البلدية حديقة عامة جديدة.</p>").append("</div>".repeat(depth));
    html.append("</body></html>");
    Result r = ingestBytes(dir, "deep.html", html.toString().getBytes(UTF_8));
    Article a = r.only();
    assertThat(a.text()).isEqualTo("صفحة عميقة\n\nافتتحت البلدية حديقة عامة جديدة.");
    assertThat(a.problems()).extracting(Problem::message).singleElement()
        .satisfies(m -> assertThat(m).matches("HTML nested \\d+ deep: main-content extraction skipped, whole body text used"));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void hugeHtmlPageSkipsMainContentExtractionWithAProblem() throws Exception {
    StringBuilder html = new StringBuilder("<html><head><title>صفحة كبيرة</title></head><body>");
    String line = ARABIC.strip().replace("\n", " ");
    while (html.length() <= HtmlReader.MAX_READABILITY_CHARS) html.append("<div><p>").append(line).append("</p></div>");
    html.append("</body></html>");
    Article a = ingestBytes(dir, "huge.html", html.toString().getBytes(UTF_8)).only();
    assertThat(a.text()).startsWith("صفحة كبيرة\n\n" + line + "\n\n" + line);
    assertThat(a.problems()).extracting(Problem::message).singleElement()
        .satisfies(m -> assertThat(m).endsWith(" chars: main-content extraction skipped, whole body text used"));
  }

  @Test
  void deeplyNestedJsonLineIsOneErrorForThatLine() throws Exception {
    String deep = "[".repeat(50_000);
    String jsonl = "{\"title\": \"أ\", \"text\": \"نص أول\"}\n" + deep + "\n{\"title\": \"ب\", \"text\": \"نص ثان\"}\n";
    Result r = ingestBytes(dir, "deep.jsonl", jsonl.getBytes(UTF_8));
    assertThat(r.articles()).extracting(Article::id).containsExactly("deep.jsonl#1", "deep.jsonl#3");
    assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.error()).startsWith("JSONL line 2: not JSON"));
    assertClean(r);
  }

  @Test
  void deeplyNestedFeedGivesAnErrorOrAResult() throws Exception {
    String xml = "<rss version=\"2.0\"><channel><title>ت</title><item><title>خبر</title><description>"
        + "&lt;b&gt;".repeat(20_000) + "نص" + "</description></item></channel></rss>";
    Result r = ingestBytes(dir, "deep.rss", xml.getBytes(UTF_8));
    assertThat(r.articles().size() + r.errors().size()).isPositive();
    assertClean(r);
  }

  @Test
  void zipBombEntryIsReportedNotInflated() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("bomb.txt"));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'a');
      for (int i = 0; i < 8; i++) z.write(chunk);
      z.closeEntry();
    }
    Result r = ingest(IngestOptions.DEFAULTS.withMaxFileBytes(2 << 20), write(dir, "bomb.zip", out.toByteArray()));
    assertThat(r.onlyError().error()).isEqualTo("zip entry too large: over the 2 MB cap");
  }

  @Test
  void oneBadFileDoesNotStopTheBatch() throws Exception {
    write(dir, "1.txt", ARABIC.getBytes(UTF_8));
    write(dir, "2.bin", new byte[] {1, 0, 2, 0, 3});
    write(dir, "3.txt", new byte[0]);
    write(dir, "4.html", "<html><body><p>نص قصير</p></body></html>".getBytes(UTF_8));
    Result r = ingest(dir);
    assertThat(r.articles()).extracting(Article::id).containsExactly("1.txt", "4.html");
    assertThat(r.errors()).extracting(InputError::error)
        .containsExactly("binary file (NUL bytes), not text", "empty file");
  }

  /** Messages are one line, with no stack trace. */
  static void assertClean(Result r) {
    for (InputError e : r.errors()) {
      assertThat(e.error()).doesNotContain("\n", "\tat ").isNotBlank();
    }
    for (Article a : r.articles()) {
      for (Problem p : a.problems()) assertThat(p.message()).doesNotContain("\n", "\tat ");
    }
  }
}

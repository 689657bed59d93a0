package org.marsad.stages.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.stages.ingest.IngestTestSupport.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.InputError;
import org.marsad.model.SourceFormat;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class IngestorTest {
  @TempDir Path dir;

  @Test
  void plainTextIsTheWholeFileUnchanged() throws Exception {
    Path file = resource("article-utf8.txt");
    Article a = ingest(file).only();
    assertThat(a.text()).isEqualTo(Files.readString(file));
    assertThat(a.id()).isEqualTo("article-utf8.txt");
    assertThat(a.source()).isEqualTo(file.toString());
    assertThat(a.format()).isEqualTo(SourceFormat.TEXT);
    assertThat(a.charset()).isEqualTo("UTF-8");
    assertThat(a.problems()).isEmpty();
  }

  @Test
  void htmlTextIsTitleLineThenMainContentParagraphs() {
    Article a = ingest(resource("page.html")).only();
    assertThat(a.format()).isEqualTo(SourceFormat.HTML);
    String[] paragraphs = a.text().split("\n\n");
    assertThat(paragraphs[0]).isEqualTo("افتتاح حديقة عامة جديدة في وسط المدينة");
    assertThat(paragraphs).hasSize(5);
    assertThat(paragraphs[1]).startsWith("افتتحت البلدية حديقة عامة جديدة");
    assertThat(paragraphs[4]).startsWith("وأضاف أن البلدية تخطط");
    assertThat(a.text()).doesNotContain("الرئيسية", "جميع الحقوق", "tracking", "لا يظهر").doesNotContain("\n\n\n");
  }

  @Test
  void htmlHeadGivesMetadataHints() {
    Article a = ingest(resource("page.html")).only();
    assertThat(a.meta().title()).isEqualTo("افتتاح حديقة عامة جديدة في وسط المدينة");
    assertThat(a.meta().outlet()).isEqualTo("جريدة المدينة");
    assertThat(a.meta().author()).isEqualTo("سارة الأحمد");
    assertThat(a.meta().url()).isEqualTo("https://example.org/news/park-opening");
    assertThat(a.meta().published()).isEqualTo("2024-03-14T09:45");
  }

  @Test
  void htmlMainContentLeavesMenusSidebarsCommentsAndFooterOut() {
    Article a = ingest(resource("page-furniture.html")).only();
    String[] paragraphs = a.text().split("\n\n");
    assertThat(paragraphs[0]).isEqualTo("المجلس المحلي يقر خطة لإصلاح الطرق");
    assertThat(a.text()).contains("أقر المجلس المحلي مساء الثلاثاء خطة شاملة", "ورحب عدد من أصحاب المحال التجارية")
        .doesNotContain("الأكثر قراءة", "اشترك في النشرة", "جميع الحقوق", "سياسة الخصوصية", "اتصل بنا", "لا توجد تعليقات");
  }

  @Test
  void htmlTimeElementGivesPublishedAsWritten() {
    Article a = ingest(resource("page-furniture.html")).only();
    assertThat(a.meta().published()).isEqualTo("2024-02-20T18:05");
    assertThat(a.meta().outlet()).isNull();
  }

  @Test
  void rssGivesOneArticlePerItemKeyedByGuidThenLink() {
    Result r = ingest(resource("feed.rss"));
    assertThat(r.articles()).extracting(Article::id)
        .containsExactly("feed.rss#https://example.org/?p=101", "feed.rss#https://example.org/news/roads");
    Article first = r.articles().get(0);
    assertThat(first.format()).isEqualTo(SourceFormat.RSS);
    assertThat(first.text()).isEqualTo(
        "ارتفعت أسعار الخضار في الأسواق المحلية بسبب موجة الحر.\n\nوقال تجار إن الأسعار قد تنخفض الأسبوع المقبل.");
    assertThat(first.meta().title()).isEqualTo("ارتفاع أسعار الخضار");
    assertThat(first.meta().outlet()).isEqualTo("جريدة المدينة");
    assertThat(first.meta().published()).isEqualTo("2024-03-05T08:30");
    assertThat(first.meta().url()).isEqualTo("https://example.org/news/vegetables");
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.file()).endsWith("feed.rss#https://example.org/news/empty");
      assertThat(e.error()).isEqualTo("feed item 3: no description or content");
    });
  }

  @Test
  void feedThatIsNotWellFormedXmlIsReadLenientlyWithAProblem() throws Exception {
    String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>أخبار & تقارير</title>"
        + "<item><title>خبر</title><link>https://example.org/1</link><pubDate>Tue, 05 Mar 2024 08:30:00 GMT</pubDate>"
        + "<description>&lt;p&gt;ارتفعت أسعار الخضار & الفاكهة.&lt;/p&gt;</description></item>"
        + "<item><title>خبر مقطوع</title><description>أعلن المجلس المحلي";
    Result r = ingest(write(dir, "broken.rss", rss.getBytes(UTF_8)));
    assertThat(r.errors()).isEmpty();
    assertThat(r.articles()).extracting(Article::id).containsExactly("broken.rss#https://example.org/1", "broken.rss#2");
    Article a = r.articles().get(0);
    assertThat(a.text()).isEqualTo("ارتفعت أسعار الخضار & الفاكهة.");
    assertThat(a.meta().published()).isEqualTo("2024-03-05T08:30");
    assertThat(a.meta().outlet()).isEqualTo("أخبار & تقارير");
    assertThat(a.problems()).extracting(p -> p.message()).singleElement()
        .satisfies(m -> assertThat(m).startsWith("feed is not well-formed XML (").endsWith("); read leniently"));
  }

  @Test
  void plainTextFeedDescriptionKeepsOneParagraphPerLine() {
    assertThat(FeedReader.paragraphs("  السطر الأول\n\n السطر الثاني \n")).isEqualTo("السطر الأول\n\nالسطر الثاني");
  }

  @Test
  void atomEntryContentIsStrippedOfHtml() {
    Article a = ingest(resource("atom.xml")).only();
    assertThat(a.id()).isEqualTo("atom.xml#urn:example:entry:7");
    assertThat(a.text()).isEqualTo("افتتحت وزارة الثقافة مكتبة عامة في الحي القديم.");
    assertThat(a.meta().published()).isEqualTo("2024-03-06T10:00");
    assertThat(a.meta().outlet()).isEqualTo("نشرة الأخبار");
  }

  @Test
  void jsonlBadLineIsOneErrorAndTheOtherLinesAreRead() {
    Result r = ingest(resource("records.jsonl"));
    assertThat(r.articles()).extracting(Article::id).containsExactly("records.jsonl#1", "records.jsonl#5");
    assertThat(r.errors()).extracting(InputError::error).satisfiesExactly(
        e -> assertThat(e).startsWith("JSONL line 2: not JSON: "),
        e -> assertThat(e).isEqualTo("JSONL line 4: no text/body/content (title only)"));
    assertThat(r.errors().get(0).file()).endsWith("records.jsonl#2");
    assertThat(r.errors()).allSatisfy(e -> assertThat(e.error()).doesNotContain("\tat ", "\n"));
  }

  @Test
  void byteOrderMarkBeforeJsonIsNotAnError() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertThat(ingest(write(dir, "a.jsonl", concat(bom, resourceBytes("records.jsonl")))).articles()).hasSize(2);
    assertThat(ingest(write(dir, "b.json", concat(bom, resourceBytes("array.json")))).articles()).hasSize(2);
  }

  @Test
  void jsonlFieldsMapToMetadata() {
    Result r = ingest(resource("records.jsonl"));
    Article first = r.articles().get(0);
    assertThat(first.text()).isEqualTo("افتتحت البلدية حديقة عامة جديدة.");
    assertThat(first.meta().title()).isEqualTo("افتتاح حديقة");
    assertThat(first.meta().outlet()).isEqualTo("جريدة المدينة");
    assertThat(first.meta().author()).isEqualTo("سارة الأحمد");
    assertThat(first.meta().url()).isEqualTo("https://example.org/a");
    assertThat(first.meta().published()).isEqualTo("2024-03-14T09:45");
    Article body = r.articles().get(1);
    assertThat(body.text()).isEqualTo("أعلن المجلس المحلي عن خطة لإصلاح الطرق.");
    assertThat(body.meta().outlet()).isEqualTo("نشرة الحي");
    assertThat(body.format()).isEqualTo(SourceFormat.JSONL);
  }

  @Test
  void jsonArrayMapsContentToTextAndNeverReadsCrawlTimeAsPublished() {
    Result r = ingest(resource("array.json"));
    assertThat(r.errors()).isEmpty();
    assertThat(r.articles()).extracting(Article::id).containsExactly("array.json#1", "array.json#2");
    Article a = r.articles().get(0);
    assertThat(a.text()).isEqualTo("ارتفعت أسعار الخضار في الأسواق.");
    assertThat(a.meta().outlet()).isEqualTo("jaridat");
    assertThat(a.meta().published()).isNull();
    assertThat(a.meta().author()).isNull();
    assertThat(r.articles().get(1).meta().author()).isEqualTo("محرر");
  }

  @Test
  void prettyPrintedJsonObjectIsOneArticleNamedByTheFile() throws Exception {
    String json = "{\n  \"title\": \"خبر\",\n  \"body\": \"أعلن المجلس المحلي عن خطة جديدة.\"\n}\n";
    Article a = ingest(write(dir, "one.json", json.getBytes(UTF_8))).only();
    assertThat(a.id()).isEqualTo("one.json");
    assertThat(a.text()).isEqualTo("أعلن المجلس المحلي عن خطة جديدة.");
  }

  @Test
  void jsonObjectWrappingAnArticlesArrayGivesOneArticlePerElement() throws Exception {
    String json = "{\"status\": \"ok\", \"articles\": [\n {\"source\": {\"id\": null, \"name\": \"نشرة الحي\"},"
        + " \"title\": \"خبر\", \"content\": \"نص الخبر الأول.\", \"publishedAt\": \"2024-03-01T08:00:00Z\"},\n"
        + " {\"title\": \"بلا نص\"}\n]}";
    Result r = ingest(write(dir, "api.json", json.getBytes(UTF_8)));
    assertThat(r.articles()).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("api.json#1");
      assertThat(a.meta().outlet()).isEqualTo("نشرة الحي");
      assertThat(a.meta().published()).isEqualTo("2024-03-01T08:00");
    });
    assertThat(r.errors()).extracting(InputError::error).containsExactly("JSON articles[2]: no text/body/content (title only)");
  }

  @Test
  void jsonObjectThatIsNoArticleIsOneError() throws Exception {
    String json = "{\n  \"about\": \"ملاحظات\",\n  \"facts\": {\"a\": 1}\n}\n";
    assertThat(ingest(write(dir, "notes.json", json.getBytes(UTF_8))).onlyError().error())
        .isEqualTo("JSON object is not an article record: no text/body/content field, no articles array");
  }

  @Test
  void aWalkedJsonObjectThatIsNoArticleIsSkippedNotAnError() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("walked"));
    write(folder, "facts.json", "{\n  \"about\": \"ملاحظات\",\n  \"items\": 3\n}\n".getBytes(UTF_8));
    write(folder, "news.txt", "خبر قصير عن افتتاح مكتبة في الحي.".getBytes(UTF_8));
    List<Article> articles = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    List<InputError> skipped = new ArrayList<>();
    new Ingestor(IngestOptions.DEFAULTS).ingest(List.of(folder), articles::add, errors::add, skipped::add);
    assertThat(articles).extracting(Article::id).containsExactly("news.txt");
    assertThat(errors).isEmpty();
    assertThat(skipped).extracting(InputError::file).containsExactly(folder.resolve("facts.json").toString());
  }

  @Test
  void zipEntriesAreReadWithStableIds() throws Exception {
    Path zip = write(dir, "day.zip", zip("2024-03-01.json", resourceBytes("array.json")));
    Result r = ingest(zip);
    assertThat(r.errors()).isEmpty();
    assertThat(r.articles()).extracting(Article::id)
        .containsExactly("day.zip#2024-03-01.json:1", "day.zip#2024-03-01.json:2");
    assertThat(r.articles().get(0).source()).isEqualTo(zip.toString());
  }

  @Test
  void gzippedJsonlIsInflatedAndRead() throws Exception {
    Result r = ingest(write(dir, "records.jsonl.gz", gzip(resourceBytes("records.jsonl"))));
    assertThat(r.articles()).extracting(Article::id).containsExactly("records.jsonl.gz#1", "records.jsonl.gz#5");
    assertThat(r.errors()).hasSize(2);
  }

  @Test
  void trecGivesOneArticlePerDocKeyedByDocno() {
    Result r = ingest(resource("docs.trec"));
    assertThat(r.articles()).extracting(Article::id)
        .containsExactly("docs.trec#XX-local-1-20240314", "docs.trec#XX-local-2-20240315");
    Article a = r.articles().get(0);
    assertThat(a.format()).isEqualTo(SourceFormat.TREC);
    assertThat(a.text()).isEqualTo("افتتحت البلدية حديقة عامة جديدة في وسط المدينة صباح الخميس.\n"
        + "قال رئيس البلدية إن الحديقة تضم ممرات للمشي & ملعبا <صغيرا> للأطفال.");
    assertThat(a.meta().title()).isEqualTo("افتتاح حديقة عامة");
    assertThat(a.meta().outlet()).isEqualTo("madina");
    assertThat(a.meta().url()).isEqualTo("https://example.org/news/park");
    assertThat(a.meta().author()).isEqualTo("سارة الأحمد");
    assertThat(a.meta().lead()).isEqualTo("افتتحت البلدية حديقة عامة جديدة.");
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.file()).endsWith("docs.trec#XX-local-3-20240316");
      assertThat(e.error()).isEqualTo("TREC DOC XX-local-3-20240316: no <TEXT> element");
    });
  }

  @Test
  void trecTimeBecomesUtcMinutes() {
    Result r = ingest(resource("docs.trec"));
    assertThat(r.articles().get(0).meta().published()).isEqualTo("2024-03-14T06:45");
    assertThat(r.articles().get(1).meta().published()).isEqualTo("2024-03-15T23:10");
  }

  @Test
  void warcResponseAndResourceRecordsWithHtmlOrTextBecomeArticles() throws Exception {
    Path warc = write(dir, "crawl.warc", sampleWarc());
    Result r = ingest(warc);
    assertThat(r.errors()).isEmpty();
    assertThat(r.articles()).extracting(Article::id).containsExactly(
        "crawl.warc#urn:uuid:00000000-0000-0000-0000-000000000003",
        "crawl.warc#urn:uuid:00000000-0000-0000-0000-000000000004");
    Article page = r.articles().get(0);
    assertThat(page.format()).isEqualTo(SourceFormat.WARC);
    assertThat(page.meta().title()).isEqualTo("افتتاح حديقة عامة جديدة في وسط المدينة");
    assertThat(page.meta().published()).as("from the page, not WARC-Date").isEqualTo("2024-03-14T09:45");
    assertThat(page.text()).contains("ويتوقع المنظمون أن يزورها آلاف السكان");
    Article text = r.articles().get(1);
    assertThat(text.text()).isEqualTo("أعلن المجلس المحلي عن خطة لإصلاح الطرق قبل فصل الشتاء.");
    assertThat(text.meta().url()).isEqualTo("https://example.org/roads.txt");
    assertThat(text.meta().published()).isNull();
  }

  @Test
  void gzippedWarcIsRead() throws Exception {
    Result r = ingest(write(dir, "crawl.warc.gz", gzip(sampleWarc())));
    assertThat(r.errors()).isEmpty();
    assertThat(r.articles()).hasSize(2);
  }

  @Test
  void warcChunkedWindows1256ResponseIsDecodedByItsHttpCharset() throws Exception {
    String html = "<html><head><title>خطة الطرق</title></head><body><p>أعلن المجلس المحلي عن خطة لإصلاح الطرق قبل فصل الشتاء.</p></body></html>";
    byte[] body = html.getBytes(java.nio.charset.Charset.forName("windows-1256"));
    byte[] chunked = concat((Integer.toHexString(body.length) + "\r\n").getBytes(UTF_8), body, "\r\n0\r\n\r\n".getBytes(UTF_8));
    byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1256\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n").getBytes(UTF_8), chunked);
    byte[] warc = warcRecord("WARC-Type: response\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000a>\n"
        + "WARC-Date: 2025-01-01T00:00:00Z\nWARC-Target-URI: https://example.org/roads\n"
        + "Content-Type: application/http; msgtype=response\n", http);
    Article a = ingest(write(dir, "c.warc", warc)).only();
    assertThat(a.charset()).isEqualTo("windows-1256");
    assertThat(a.text()).isEqualTo("خطة الطرق\n\nأعلن المجلس المحلي عن خطة لإصلاح الطرق قبل فصل الشتاء.");
    assertThat(a.meta().url()).isEqualTo("https://example.org/roads");
  }

  static byte[] sampleWarc() throws Exception {
    byte[] html = resourceBytes("page.html");
    return concat(
        warcRecord("WARC-Type: warcinfo\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\n"
            + "WARC-Date: 2025-01-01T00:00:00Z\nContent-Type: application/warc-fields\n", "software: test\r\n".getBytes(UTF_8)),
        warcRecord("WARC-Type: request\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000002>\n"
            + "WARC-Date: 2025-01-01T00:00:00Z\nWARC-Target-URI: https://example.org/news/park-opening\n"
            + "Content-Type: application/http; msgtype=request\n",
            "GET /news/park-opening HTTP/1.1\r\nHost: example.org\r\n\r\n".getBytes(UTF_8)),
        warcRecord("WARC-Type: response\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000003>\n"
            + "WARC-Date: 2025-01-01T00:00:00Z\nWARC-Target-URI: https://example.org/news/park-opening\n"
            + "Content-Type: application/http; msgtype=response\n", httpResponse("text/html; charset=utf-8", html)),
        warcRecord("WARC-Type: resource\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000004>\n"
            + "WARC-Date: 2025-01-01T00:00:00Z\nWARC-Target-URI: https://example.org/roads.txt\n"
            + "Content-Type: text/plain; charset=utf-8\n",
            "أعلن المجلس المحلي عن خطة لإصلاح الطرق قبل فصل الشتاء.".getBytes(UTF_8)),
        warcRecord("WARC-Type: response\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000005>\n"
            + "WARC-Date: 2025-01-01T00:00:00Z\nWARC-Target-URI: https://example.org/logo.png\n"
            + "Content-Type: application/http; msgtype=response\n",
            httpResponse("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})));
  }

  @Test
  void foldersAreWalkedRecursivelyInSortedOrderSkippingHiddenAndMarkdown() throws Exception {
    byte[] text = "خبر قصير عن افتتاح الحديقة.".getBytes(UTF_8);
    write(dir, "b/2.txt", text);
    write(dir, "a/z.txt", text);
    write(dir, "a/b.txt", text);
    write(dir, "README.md", text);
    write(dir, ".hidden.txt", text);
    write(dir, ".git/x.txt", text);
    Result r = ingest(dir);
    assertThat(r.errors()).isEmpty();
    assertThat(r.articles()).extracting(a -> dir.relativize(Path.of(a.source())).toString())
        .containsExactly("a/b.txt", "a/z.txt", "b/2.txt");
  }

  @Test
  void filesParsedInParallelAreHandedOnInTheSameOrderWithTheSameErrorsAsOneAtATime() throws Exception {
    for (int i = 0; i < 40; i++) {
      String name = String.format("f%02d", i);
      switch (i % 5) {
        case 0 -> write(dir, name + ".txt", ("خبر رقم " + i + " عن افتتاح مكتبة في الحي.").getBytes(UTF_8));
        case 1 -> write(dir, name + ".jsonl", ("{\"title\":\"عنوان " + i + "\",\"content\":\"نص الخبر " + i + "\"}\nليس جيسون\n"
            + "{\"content\":\"خبر ثان " + i + "\"}").getBytes(UTF_8));
        case 2 -> write(dir, name + ".json", "[{\"content\": \"مقطوع".getBytes(UTF_8));
        case 3 -> write(dir, "sub/" + name + ".txt", new byte[] {0, 1, 2, 3, 0, 0, 7});
        default -> write(dir, name + ".html", ("<html><body><p>فقرة أولى من الخبر رقم " + i + " في الصفحة.</p></body></html>").getBytes(UTF_8));
      }
    }
    write(dir, "f99.json", "{\n  \"about\": \"ملاحظات\",\n  \"items\": 3\n}\n".getBytes(UTF_8));
    Walked one = ingestWith(IngestOptions.DEFAULTS.withParallelism(1));
    Walked four = ingestWith(IngestOptions.DEFAULTS.withParallelism(4));

    assertThat(one.articles()).hasSizeGreaterThan(30);
    assertThat(one.errors()).hasSizeGreaterThan(10);
    assertThat(four.articles()).extracting(Article::id).containsExactlyElementsOf(one.articles().stream().map(Article::id).toList());
    assertThat(four.articles()).extracting(Article::text).containsExactlyElementsOf(one.articles().stream().map(Article::text).toList());
    assertThat(four.errors()).containsExactlyElementsOf(one.errors());
    assertThat(four.skipped()).containsExactlyElementsOf(one.skipped()).hasSize(1);
  }

  private record Walked(List<Article> articles, List<InputError> errors, List<InputError> skipped) {}

  private Walked ingestWith(IngestOptions options) {
    List<Article> articles = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    List<InputError> skipped = new ArrayList<>();
    new Ingestor(options).ingest(List.of(dir), articles::add, errors::add, skipped::add);
    return new Walked(articles, errors, skipped);
  }

  @Test
  void sameFileNameInTwoFoldersGetsDistinctIdsAndAProblem() throws Exception {
    write(dir, "a/index.txt", "خبر أول.".getBytes(UTF_8));
    write(dir, "b/index.txt", "خبر ثان.".getBytes(UTF_8));
    Result r = ingest(dir);
    assertThat(r.articles()).extracting(Article::id).containsExactly("index.txt", "index.txt~2");
    assertThat(r.articles().get(0).problems()).isEmpty();
    assertThat(r.articles().get(1).problems()).extracting(p -> p.message())
        .containsExactly("id index.txt already used by another file; renamed index.txt~2");
  }

  @Test
  void explicitlyNamedMarkdownFileIsRead() throws Exception {
    Path md = write(dir, "notes.md", "ملاحظة قصيرة.".getBytes(UTF_8));
    assertThat(ingest(md).only().text()).isEqualTo("ملاحظة قصيرة.");
  }

  @Test
  void missingPathIsAnError() {
    InputError e = ingest(dir.resolve("nothing-here.txt")).onlyError();
    assertThat(e.error()).isEqualTo("no such file or directory");
  }

  @Test
  void fileOverTheSizeCapIsAnErrorAndTheRunGoesOn() throws Exception {
    Path big = write(dir, "a-big.txt", "ا".repeat(3000).getBytes(UTF_8));
    Path small = write(dir, "b-small.txt", "خبر.".getBytes(UTF_8));
    Result r = ingest(IngestOptions.DEFAULTS.withMaxFileBytes(4096), big, small);
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.file()).isEqualTo(big.toString());
      assertThat(e.error()).isEqualTo("file too large: 5.9 KB > 4.0 KB cap");
    });
    assertThat(r.articles()).extracting(Article::id).containsExactly("b-small.txt");
  }

  @Test
  void defaultCapMessageIsInMegabytes() {
    assertThat(Sizes.human(80L * 1024 * 1024)).isEqualTo("80 MB");
    assertThat(Sizes.human(IngestOptions.DEFAULT_MAX_FILE_BYTES)).isEqualTo("64 MB");
  }

  @Test
  void fileOverItsTimeBoundIsReportedAndTheNextFileIsRead() throws Exception {
    Path slow = write(dir, "a-slow.txt", "بطيء".getBytes(UTF_8));
    Path fast = write(dir, "b-fast.txt", "سريع".getBytes(UTF_8));
    Ingestor.FileParser real = (origin, bytes) -> {
      Records out = new Records();
      RawFileReader.read(origin, origin.name(), bytes, IngestOptions.DEFAULTS, 0, out);
      return out;
    };
    Ingestor.FileParser slowFirst = (origin, bytes) -> {
      if (origin.id().equals("a-slow.txt")) {
        try {
          Thread.sleep(30_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return real.parse(origin, bytes);
    };
    List<Article> articles = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    long t0 = System.nanoTime();
    new Ingestor(IngestOptions.DEFAULTS.withPerFileTimeout(Duration.ofSeconds(1)), slowFirst)
        .ingest(List.of(slow, fast), articles::add, errors::add);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    assertThat(errors).containsExactly(new InputError(slow.toString(), "timed out after 1 s"));
    assertThat(articles).extracting(Article::text).containsExactly("سريع");
  }

  @Test
  void parserExceptionIsOneErrorWithoutStackTrace() throws Exception {
    Path f = write(dir, "x.txt", "نص".getBytes(UTF_8));
    List<InputError> errors = new ArrayList<>();
    new Ingestor(IngestOptions.DEFAULTS, (o, b) -> { throw new IllegalStateException("boom\n\tat somewhere"); })
        .ingest(List.of(f), a -> {}, errors::add);
    assertThat(errors).containsExactly(new InputError(f.toString(), "failed to read: IllegalStateException: boom"));
  }

  @Test
  void stackOverflowInAParserIsOneError() throws Exception {
    Path f = write(dir, "x.txt", "نص".getBytes(UTF_8));
    List<InputError> errors = new ArrayList<>();
    new Ingestor(IngestOptions.DEFAULTS, (o, b) -> { throw new StackOverflowError(); })
        .ingest(List.of(f), a -> {}, errors::add);
    assertThat(errors).containsExactly(
        new InputError(f.toString(), "structure nested too deep to read (stack overflow)"));
  }
}

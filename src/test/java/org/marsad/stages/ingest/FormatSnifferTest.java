package org.marsad.stages.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {
  private static RawFormat text(String name, String content) {
    return FormatSniffer.sniffText(name, content);
  }

  @Test
  void magicBytesNameContainers() {
    assertThat(FormatSniffer.sniffBytes(new byte[] {'P', 'K', 3, 4, 0})).isEqualTo(RawFormat.ZIP);
    assertThat(FormatSniffer.sniffBytes(new byte[] {0x1F, (byte) 0x8B, 8})).isEqualTo(RawFormat.GZIP);
    assertThat(FormatSniffer.sniffBytes("WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(RawFormat.WARC);
    assertThat(FormatSniffer.sniffBytes("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEqualTo(RawFormat.PDF);
    assertThat(FormatSniffer.sniffBytes("خبر".getBytes(StandardCharsets.UTF_8))).isNull();
  }

  @Test
  void contentWinsOverExtension() {
    assertThat(text("page.txt", "<!DOCTYPE html><html><body><p>نص</p></body></html>")).isEqualTo(RawFormat.HTML);
    assertThat(text("feed.html", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>")).isEqualTo(RawFormat.FEED);
    assertThat(text("x.html", "<DOC>\n<DOCNO>1</DOCNO>")).isEqualTo(RawFormat.TREC);
  }

  @Test
  void trecFeedJsonByFirstMarkup() {
    assertThat(text("a", "\n  <DOC>\n<DOCNO>X</DOCNO>")).isEqualTo(RawFormat.TREC);
    assertThat(text("a", "<feed xmlns=\"http://www.w3.org/2005/Atom\">")).isEqualTo(RawFormat.FEED);
    assertThat(text("a", "{\"title\": \"خبر\"}\n")).isEqualTo(RawFormat.JSONL);
    assertThat(text("a", "[\n {\"title\": \"خبر\"}]")).isEqualTo(RawFormat.JSON);
  }

  @Test
  void prettyPrintedJsonObjectIsOneDocumentNotJsonl() {
    assertThat(text("a.json", "{\n \"title\": \"خبر\",\n \"text\": \"نص\"\n}")).isEqualTo(RawFormat.JSON);
    assertThat(text("a.jsonl", "{\"title\": \"خبر\"}\n{\"title\": \"آخر\"}")).isEqualTo(RawFormat.JSONL);
  }

  @Test
  void scrapedTextThatMerelyStartsWithABracketStaysText() {
    assertThat(text("a.txt", "[صور] افتتاح حديقة عامة")).isEqualTo(RawFormat.TEXT);
    assertThat(text("a.txt", "{عاجل} افتتاح حديقة عامة")).isEqualTo(RawFormat.TEXT);
    assertThat(text("a.txt", "افتتاح حديقة عامة <جديدة>")).isEqualTo(RawFormat.TEXT);
  }

  @Test
  void extensionSettlesPagesThatStartWithStrayText() {
    assertThat(text("page.html", "stray\n<html><body><p>نص</p></body></html>")).isEqualTo(RawFormat.HTML);
    assertThat(text("page.txt", "stray\n<html><body><p>نص</p></body></html>")).isEqualTo(RawFormat.TEXT);
  }

  @Test
  void otherXmlIsReadAsMarkup() {
    assertThat(text("doc.tml", "<?xml version=\"1.0\"?><TimeML>نص</TimeML>")).isEqualTo(RawFormat.HTML);
  }
}

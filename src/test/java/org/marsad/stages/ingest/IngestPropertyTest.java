package org.marsad.stages.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.testing.RandomText;

/** Random bytes, bare or behind each format's opening, never throw out of {@link Ingestor#ingest}. */
class IngestPropertyTest {
  private static final String[] OPENINGS = {
    "", "PK\u0003\u0004", "WARC/1.0\r\n", "<DOC>\n<DOCNO>", "<rss version=\"2.0\"><channel><item><description>",
    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"html\">", "{\"title\": \"", "[{\"text\": \"",
    "<!DOCTYPE html><html><body><div>", "<?xml version=\"1.0\" encoding=\"ISO-8859-6\"?>"
  };
  private static final String[] NAMES = {"x.txt", "x.html", "x.jsonl", "x.json", "x.rss", "x.warc", "x.zip", "x.gz", "x"};
  private static final RandomText.CharSource ARABIC_AND_MARKUP =
      RandomText.mix().range('\u0600', '\u06FF').chars(" \n<>\"{}[]&;");

  /** One file to ingest: a format's opening, then noise or Arabic with markup characters. */
  private record Input(String name, String opening, byte[] bytes) {
    static Input draw(Random r) {
      String opening = OPENINGS[r.nextInt(OPENINGS.length)];
      byte[] body = r.nextBoolean()
          ? RandomText.bytes(r, 3000)
          : RandomText.string(r, ARABIC_AND_MARKUP, 0, 500).getBytes(StandardCharsets.UTF_8);
      return new Input(NAMES[r.nextInt(NAMES.length)], opening,
          IngestTestSupport.concat(opening.getBytes(StandardCharsets.ISO_8859_1), body));
    }

    String show() {
      return "file " + name + ", opening " + RandomText.literal(opening) + ", " + bytes.length + " bytes, base64 "
          + Base64.getEncoder().encodeToString(bytes);
    }
  }

  @Test
  void randomBytesNeverThrowAndEachFileIsAccountedFor(@TempDir Path dir) {
    RandomText.forAll("randomBytesNeverThrowAndEachFileIsAccountedFor", 20260419L, 300, Input::draw, Input::show,
        in -> {
          Path file = dir.resolve(in.name());
          Files.write(file, in.bytes());
          IngestTestSupport.Result r =
              IngestTestSupport.ingest(IngestOptions.DEFAULTS.withPerFileTimeout(Duration.ofSeconds(20)), file);
          assertThat(r.articles().size() + r.errors().size()).isPositive();
          IngestRobustnessTest.assertClean(r);
        });
  }
}

package org.marsad.stages.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Random bytes, bare or behind each format's opening, never throw out of {@link Ingestor#ingest}. */
class IngestPropertyTest {
  private static final String[] OPENINGS = {
    "", "PK\u0003\u0004", "WARC/1.0\r\n", "<DOC>\n<DOCNO>", "<rss version=\"2.0\"><channel><item><description>",
    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"html\">", "{\"title\": \"", "[{\"text\": \"",
    "<!DOCTYPE html><html><body><div>", "<?xml version=\"1.0\" encoding=\"ISO-8859-6\"?>"
  };
  private static Path dir;

  @BeforeContainer
  static void createDir() throws IOException {
    dir = Files.createTempDirectory("ingest-property");
  }

  @AfterContainer
  static void deleteDir() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @Provide
  Arbitrary<byte[]> inputs() {
    Arbitrary<String> opening = Arbitraries.of(OPENINGS);
    Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    Arbitrary<byte[]> arabic = Arbitraries.strings().withCharRange('\u0600', '\u06FF').withChars(" \n<>\"{}[]&;")
        .ofMaxLength(500).map(s -> s.getBytes(StandardCharsets.UTF_8));
    return opening.flatMap(o -> Arbitraries.oneOf(noise, arabic).map(b -> IngestTestSupport.concat(o.getBytes(StandardCharsets.ISO_8859_1), b)));
  }

  @Property(tries = 300)
  void randomBytesNeverThrowAndEachFileIsAccountedFor(@ForAll("inputs") byte[] bytes, @ForAll("names") String name)
      throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    IngestTestSupport.Result r = IngestTestSupport.ingest(IngestOptions.DEFAULTS.withPerFileTimeout(Duration.ofSeconds(20)), file);
    assertThat(r.articles().size() + r.errors().size()).isPositive();
    IngestRobustnessTest.assertClean(r);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("x.txt", "x.html", "x.jsonl", "x.json", "x.rss", "x.warc", "x.zip", "x.gz", "x");
  }
}

package org.marsad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.marsad.cli.DigestJson;
import org.marsad.model.Digest;

/**
 * Output identity harness for speed work: the digest JSON of the bundled samples, the seeds and the ANT articles of
 * 7–8 April 2018 (355 files, five outlets) must stay byte for byte what it was. Runs only with
 * {@code -Dmarsad.digestDump=/tmp/DIR}: a corpus whose {@code DIR/NAME.json} is absent is written there (run once
 * before a change), one that is present is compared with it:
 * {@code ./mvnw -q -ntp test -Dtest=DigestIdentityHarnessTest -Dmarsad.digestDump=/tmp/digest-baseline}.
 */
class DigestIdentityHarnessTest {
  private static final LocalDate REFERENCE = LocalDate.of(2026, 1, 1);

  @Test
  void digestJsonIsWhatItWas() throws IOException {
    String dump = System.getProperty("marsad.digestDump", "");
    assumeTrue(!dump.isEmpty(), "set -Dmarsad.digestDump=/tmp/DIR to run");
    Path dir = Files.createDirectories(Path.of(dump));
    check(dir, "samples", List.of(Path.of("samples")), REFERENCE);
    // real paths: the JSON names each source file, so a ../shared reached through a link must read the same
    check(dir, "seeds", List.of(SharedData.require("corpus/seeds").toRealPath()), REFERENCE);
    Path ant = SharedData.require("data/ant-corpus-multisource-2018-04").toRealPath();
    List<Path> twoDays;
    try (Stream<Path> files = Files.walk(ant)) {
      twoDays = files.filter(p -> p.getFileName().toString().matches(".*-2018040[78]\\.txt")).sorted().toList();
    }
    assertThat(twoDays).hasSizeGreaterThan(300);
    check(dir, "ant-2018-04-07-08", twoDays, null);
  }

  private static void check(Path dir, String name, List<Path> paths, LocalDate reference) throws IOException {
    Digest digest = Marsad.digest(new DigestRequest(paths, null, reference), Progress.NONE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DigestJson.write(digest, out, true);
    byte[] json = out.toByteArray();
    Path file = dir.resolve(name + ".json");
    if (Files.exists(file)) {
      // compared as text so that a difference shows where it is
      assertThat(new String(json, StandardCharsets.UTF_8)).as(name + " against " + file)
          .isEqualTo(Files.readString(file));
      System.out.printf("%s: identical to %s (%d articles, %d events, %d stories)%n", name, file,
          digest.articles().size(), digest.events().size(), digest.stories().size());
    } else {
      Files.write(file, json);
      System.out.printf("%s: wrote %s (%d articles)%n", name, file, digest.articles().size());
    }
  }
}

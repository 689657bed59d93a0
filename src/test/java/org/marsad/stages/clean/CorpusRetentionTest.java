package org.marsad.stages.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;
import org.marsad.pipeline.StageContext;

/**
 * Already clean-ish corpora (ANT TREC files, SaudiNewsNet JSON): cleaning must keep most of each text, never throw,
 * and run fast. Prints what it drops most often, to be read by hand.
 */
class CorpusRetentionTest {
  private static final Path DATA = Path.of(System.getProperty("marsad.shared", "../shared"), "data");
  private static final Pattern TREC_TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
  private static final Pattern TREC_TEXT = Pattern.compile("<TEXT>\\n?(.*?)</TEXT>", Pattern.DOTALL);

  /** {@code crawled} is the crawl day when known: a publication date found in the text must not be far from it. */
  record Doc(String id, String title, String text, String crawled) {}

  @Test
  void antKeepsMostText() throws IOException {
    Path ant = DATA.resolve("ant-corpus-multisource-2018-04");
    assumeTrue(Files.isDirectory(ant), "no ANT corpus");
    List<Doc> docs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ant)) {
      for (Path p : files.filter(f -> f.getFileName().toString().matches("[A-Z]{2}-.*\\.txt")).toList()) {
        String raw = Files.readString(p, StandardCharsets.UTF_8);
        Matcher t = TREC_TITLE.matcher(raw), x = TREC_TEXT.matcher(raw);
        if (x.find()) docs.add(new Doc(p.getFileName().toString(), t.find() ? t.group(1).strip() : null, x.group(1), null));
      }
    }
    Stats s = run("ANT", docs, false);
    assertThat(s.docs).isGreaterThan(4000);
    assertThat(s.shareKeeping90()).as("ANT articles keeping ≥ 90% of their characters").isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void saudiNewsNetKeepsMostText() throws IOException {
    Path dir = DATA.resolve("saudinewsnet").resolve("dataset");
    assumeTrue(Files.isDirectory(dir), "no SaudiNewsNet");
    List<Doc> docs = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> zips = Files.list(dir)) {
      for (Path z : zips.filter(f -> f.toString().endsWith(".zip")).sorted().toList()) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(z))) {
          for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
            if (!e.getName().endsWith(".json")) continue;
            int n = 0;
            for (JsonNode a : json.readTree(in.readAllBytes())) {
              String content = a.path("content").asText("");
              if (content.isBlank()) continue;
              docs.add(new Doc(z.getFileName() + "#" + n++, a.path("title").asText(null), content,
                  a.path("date_extracted").asText("").length() >= 10 ? a.path("date_extracted").asText().substring(0, 10) : null));
            }
          }
        }
      }
    }
    Stats s = run("SaudiNewsNet", docs, true);
    assertThat(s.docs).isGreaterThan(30000);
    assertThat(s.shareKeeping90()).as("SaudiNewsNet articles keeping ≥ 90% of their characters").isGreaterThanOrEqualTo(0.95);
  }

  static final class Stats {
    int docs, keeping90, emptyBody, problems, published, outlet, author, datesChecked, datesFar;
    long chars;

    double shareKeeping90() {
      return (double) keeping90 / docs;
    }
  }

  private static Stats run(String name, List<Doc> docs, boolean checkSpeed) {
    CleanStage stage = new CleanStage();
    StageContext ctx = StageContext.NONE;
    Stats s = new Stats();
    Map<String, Integer> dropped = new HashMap<>();
    for (Doc d : docs) {
      Article in = Article.ingested(d.id(), d.id(), SourceFormat.JSONL, "UTF-8", d.text(), Metadata.EMPTY.withTitle(d.title()));
      Article out = stage.process(in, ctx);
      s.docs++;
      s.chars += d.text().length();
      if (!out.problems().isEmpty()) s.problems++;
      if (out.body().isEmpty()) s.emptyBody++;
      long total = nonSpace(d.text(), 0, d.text().length());
      long kept = 0;
      for (Span sp : out.body()) kept += nonSpace(d.text(), sp.start(), sp.end());
      if (total == 0 || kept * 10 >= total * 9) s.keeping90++;
      countDropped(d.text(), out.body(), dropped);
      Metadata m = out.meta();
      if (m.outlet() != null) s.outlet++;
      if (m.author() != null) s.author++;
      if (m.published() != null) {
        s.published++;
        if (d.crawled() != null) {
          s.datesChecked++;
          java.time.LocalDate p = java.time.LocalDate.parse(m.published().substring(0, 10));
          java.time.LocalDate c = java.time.LocalDate.parse(d.crawled());
          if (p.isAfter(c.plusDays(1)) || p.isBefore(c.minusDays(30))) {
            s.datesFar++;
            if (s.datesFar <= 5) System.out.println(name + ": published " + m.published() + " far from crawl day " + c + " in " + d.id());
          }
        }
      }
    }
    // throughput: best of three warm passes (the machine is shared, one pass can be starved)
    PageCleaner cleaner = new PageCleaner();
    double secs = Double.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      for (Doc d : docs) cleaner.clean(d.text(), Metadata.EMPTY.withTitle(d.title()), null);
      secs = Math.min(secs, (System.nanoTime() - t0) / 1e9);
    }
    System.out.printf("%s: %d articles, %.1f%% keep >= 90%% of chars, %d empty bodies, %d problems, %.1f MB/s UTF-16 (%.1f MB in %.2f s)%n",
        name, s.docs, 100.0 * s.shareKeeping90(), s.emptyBody, s.problems, s.chars * 2 / 1e6 / secs, s.chars * 2 / 1e6, secs);
    System.out.printf("%s: found published %d, outlet %d, author %d; %d of %d found dates far from the crawl day%n",
        name, s.published, s.outlet, s.author, s.datesFar, s.datesChecked);
    assertThat(s.datesFar).as(name + " publication dates far from the crawl day").isLessThanOrEqualTo(s.datesChecked / 200);
    System.out.println(name + ": most often dropped lines:");
    dropped.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())).limit(40)
        .forEach(e -> System.out.println("  " + e.getValue() + "\t" + e.getKey()));
    assertThat(s.problems).as(name + " articles with a problem").isZero();
    // asserted on the large corpus only: on a shared 2-core machine a 1-second pass is too noisy to gate on
    if (checkSpeed) assertThat(s.chars * 2 / 1e6 / secs).as(name + " MB/s").isGreaterThan(10);
    return s;
  }

  private static void countDropped(String text, List<Span> body, Map<String, Integer> dropped) {
    for (Line l : PageCleaner.split(text)) {
      boolean covered = false;
      for (Span s : body) if (s.start() < l.end && l.start < s.end()) covered = true;
      if (covered) continue;
      String f = TextFold.fold(text, l.start, l.end);
      dropped.merge(f.length() > 70 ? f.substring(0, 70) + "…" : f, 1, Integer::sum);
    }
  }

  private static long nonSpace(String t, int a, int b) {
    long n = 0;
    for (int i = a; i < b; i++) if (!TextFold.isSpaceLike(t.charAt(i))) n++;
    return n;
  }

}

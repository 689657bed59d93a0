package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchFolderTest {
  static final String PARK = "افتتحت البلدية حديقة عامة جديدة في حي النخيل صباح الأحد بحضور المحافظ.\n";
  static final String MARKET = "أعلنت غرفة التجارة افتتاح سوق أسبوعي للمزارعين في ساحة المدينة يوم الجمعة.\n";

  @Test
  void aNewFileIsIngestedOnceWhenItStopsChangingAndNotAgainAfterARestart(@TempDir Path data, @TempDir Path inbox)
      throws Exception {
    List<String> log = new ArrayList<>();
    Files.writeString(inbox.resolve("park.txt"), PARK, StandardCharsets.UTF_8);
    Files.writeString(inbox.resolve(".partial-upload.txt"), MARKET, StandardCharsets.UTF_8);
    try (Corpus corpus = Corpus.open(data)) {
      try (WatchFolder w = new WatchFolder(corpus, inbox, log::add)) {
        assertThat(w.poll()).as("first sighting: may still be copying").isEmpty();
        assertThat(w.poll()).extracting(p -> p.getFileName().toString()).containsExactly("park.txt");
        assertThat(w.poll()).isEmpty();
        assertThat(corpus.article("park.txt")).isPresent();
        assertThat(corpus.snapshot().articlesById()).hasSize(1); // the hidden file is left alone
      }
      // restart: a new watcher reads the state file
      try (WatchFolder w = new WatchFolder(corpus, inbox, log::add)) {
        w.poll();
        assertThat(w.poll()).isEmpty();
        Files.writeString(inbox.resolve("market.txt"), MARKET, StandardCharsets.UTF_8);
        w.poll();
        assertThat(w.poll()).extracting(p -> p.getFileName().toString()).containsExactly("market.txt");
      }
    }
    assertThat(Files.readAllLines(data.resolve(WatchFolder.STATE_FILE))).hasSize(2);
  }

  @Test
  void aFileStillGrowingWaits(@TempDir Path data, @TempDir Path inbox) throws Exception {
    Path f = inbox.resolve("growing.txt");
    try (Corpus corpus = Corpus.open(data); WatchFolder w = new WatchFolder(corpus, inbox, m -> {})) {
      Files.writeString(f, PARK.substring(0, 20), StandardCharsets.UTF_8);
      w.poll();
      Files.writeString(f, PARK, StandardCharsets.UTF_8);
      Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 5000));
      assertThat(w.poll()).as("changed since the last poll").isEmpty();
      assertThat(w.poll()).hasSize(1);
      assertThat(corpus.article("growing.txt").orElseThrow().text()).isEqualTo(PARK);
    }
  }

  @Test
  void theTimerPicksFilesUp(@TempDir Path data, @TempDir Path inbox) throws Exception {
    try (Corpus corpus = Corpus.open(data); WatchFolder w = new WatchFolder(corpus, inbox, m -> {}).start(50)) {
      Files.writeString(inbox.resolve("park.txt"), PARK, StandardCharsets.UTF_8);
      long deadline = System.currentTimeMillis() + 10_000;
      while (corpus.article("park.txt").isEmpty() && System.currentTimeMillis() < deadline) Thread.sleep(50);
      assertThat(corpus.article("park.txt")).isPresent();
    }
  }
}

package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.stages.cluster.EventArticles.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Event;

class IncrementalEventDetectorTest {
  static final Article QUAKE_A = article("a1", "outlet-a", "2024-03-10T08:00",
      "زلزال قوي يضرب مدينة إزمير التركية",
      "ضرب زلزال بقوة ست درجات مدينة إزمير غرب تركيا صباح الأحد، وأعلنت هيئة الكوارث مقتل عشرة أشخاص وإصابة العشرات وانهيار مبان سكنية في المدينة.",
      "L:إزمير", "L:تركيا");
  static final Article QUAKE_B = article("b1", "outlet-b", "2024-03-10T10:30",
      "مقتل عشرة أشخاص في زلزال إزمير",
      "أعلنت هيئة الكوارث التركية أن الزلزال الذي ضرب إزمير صباح الأحد أدى إلى مقتل عشرة أشخاص وانهيار مبان سكنية، وتواصل فرق الإنقاذ البحث عن ناجين تحت الأنقاض.",
      "L:إزمير");
  static final Article QUAKE_C = article("c1", "outlet-c", "2024-03-10T12:00",
      "فرق الإنقاذ تبحث عن ناجين بعد زلزال إزمير",
      "تواصل فرق الإنقاذ البحث عن ناجين تحت أنقاض المباني التي انهارت في زلزال إزمير الذي بلغت قوته ست درجات وأودى بحياة عشرة أشخاص.",
      "L:إزمير");
  static final Article BANK = article("a2", "outlet-a", "2024-03-10T09:00",
      "البنك المركزي يرفع أسعار الفائدة",
      "قرر البنك المركزي رفع أسعار الفائدة بمقدار نقطتين مئويتين في اجتماع استثنائي يوم الأحد لمواجهة التضخم وتراجع قيمة العملة المحلية أمام الدولار.",
      "O:البنك المركزي");

  /** Pending articles are candidates at once (reopen every 32), or every article is searched through Lucene (every 1). */
  static final List<IncrementalEventDetector.Settings> BOTH_PATHS = List.of(
      IncrementalEventDetector.Settings.DEFAULTS,
      new IncrementalEventDetector.Settings(3, 40, 24, 32, 1, 1, 0.25, 0.1, 0.2));

  @Test
  void reportsOfOneHappeningShareAnEventAndAnUnrelatedArticleStartsItsOwn() {
    for (IncrementalEventDetector.Settings s : BOTH_PATHS) {
      try (IncrementalEventDetector d = IncrementalEventDetector.inMemory(s)) {
        IncrementalEventDetector.Assignment first = d.assign(QUAKE_A);
        IncrementalEventDetector.Assignment bank = d.assign(BANK);
        IncrementalEventDetector.Assignment second = d.assign(QUAKE_B);
        IncrementalEventDetector.Assignment third = d.assign(QUAKE_C);
        assertThat(first.started()).isTrue();
        assertThat(bank.started()).as("reopen every %d", s.reopenEvery()).isTrue();
        assertThat(second.eventId()).as("reopen every %d", s.reopenEvery()).isEqualTo(first.eventId());
        assertThat(third.eventId()).isEqualTo(first.eventId());
        assertThat(d.eventOf("c1")).isEqualTo(first.eventId());
        assertThat(d.events()).hasSize(2);
      }
    }
  }

  @Test
  void theSameReportTwoWeeksLaterIsAnotherEvent() {
    Article later = article("a9", "outlet-b", "2024-03-24T08:00", QUAKE_A.meta().title(), QUAKE_A.bodyText(), "L:إزمير", "L:تركيا");
    try (IncrementalEventDetector d = IncrementalEventDetector.inMemory()) {
      String first = d.assign(QUAKE_A).eventId();
      assertThat(d.assign(later).eventId()).isNotEqualTo(first);
    }
  }

  @Test
  void anArticleSeenBeforeKeepsItsEvent() {
    try (IncrementalEventDetector d = IncrementalEventDetector.inMemory()) {
      String first = d.assign(QUAKE_A).eventId();
      IncrementalEventDetector.Assignment again = d.assign(QUAKE_A);
      assertThat(again.eventId()).isEqualTo(first);
      assertThat(again.started()).isFalse();
      assertThat(d.articleCount()).isEqualTo(1);
    }
  }

  @Test
  void aBridgingArticleMergesTwoEventsAndTheOldIdStillResolves() {
    // A model that links on body cosine alone (≥ 0.25), with the mean guards off, so the bridge is certain.
    double[] w = new double[PairFeatures.SIZE];
    w[0] = 20;
    EventLinkModel bodyOnly = new EventLinkModel(PairFeatures.NAMES, -5, w);
    var s = new IncrementalEventDetector.Settings(3, 40, 24, 32, 32, 64, 0.5, 0, 0);
    String floods = "الفيضانات تغمر قرى الوادي الشرقي وتجرف الجسور والطرقات الزراعية وتقطع الكهرباء عن المزارع";
    String budget = "الحكومة تقر موازنة جديدة للتعليم والصحة والإسكان وتزيد رواتب المعلمين والأطباء في الأرياف";
    Article x = article("x", "o1", "2024-05-01", "خبر أول", floods);
    Article y = article("y", "o2", "2024-05-01", "خبر ثان", budget);
    Article z = article("z", "o3", "2024-05-01", "خبر ثالث", floods + " و" + budget);
    try (IncrementalEventDetector d = new IncrementalEventDetector(new ByteBuffersDirectory(), new ArabicAnalyzer(), s, bodyOnly)) {
      String ex = d.assign(x).eventId();
      String ey = d.assign(y).eventId();
      assertThat(ex).isNotEqualTo(ey);
      IncrementalEventDetector.Assignment bridge = d.assign(z);
      assertThat(bridge.merged()).hasSize(1);
      assertThat(List.of(ex, ey)).contains(bridge.eventId(), bridge.merged().get(0));
      assertThat(d.resolve(ex)).isEqualTo(bridge.eventId());
      assertThat(d.resolve(ey)).isEqualTo(bridge.eventId());
      assertThat(d.eventOf("x")).isEqualTo(d.eventOf("y"));
      assertThat(d.resolve("e-unknown")).isNull();
    }
  }

  @Test
  void anEmptyArticleIsAssignedAlone() {
    Article empty = article("e", "o", null, "", "");
    try (IncrementalEventDetector d = IncrementalEventDetector.inMemory()) {
      d.assign(QUAKE_A);
      assertThat(d.assign(empty).started()).isTrue();
    }
  }

  @Test
  void theBatchGrouperGivesTheSameEventsInAnyInputOrder() {
    List<Article> all = new ArrayList<>(List.of(QUAKE_A, QUAKE_B, QUAKE_C, BANK,
        article("u", "outlet-b", null, "زلزال إزمير", "اليوم الأحد ضرب زلزال مدينة إزمير وقتل عشرة أشخاص.", "L:إزمير")));
    List<Event> expected = new IncrementalEventGrouper().group(all);
    int members = expected.stream().mapToInt(e -> e.articleIds().size()).sum();
    assertThat(members).isEqualTo(all.size());
    Random random = new Random(7);
    for (int i = 0; i < 5; i++) {
      Collections.shuffle(all, random);
      List<Event> got = new IncrementalEventGrouper().group(all);
      assertThat(got).extracting(Event::id).containsExactlyElementsOf(expected.stream().map(Event::id).toList());
      assertThat(got).extracting(Event::articleIds).containsExactlyElementsOf(expected.stream().map(Event::articleIds).toList());
    }
  }

  @Test
  void profilesNoLongerInMemoryAreReadBackFromTheIndexOnDisk(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    // One profile in memory and a reopen after every article: earlier articles come back from the stored fields.
    var s = new IncrementalEventDetector.Settings(3, 40, 24, 32, 1, 1, 0.25, 0.1, 0.2);
    try (IncrementalEventDetector d = IncrementalEventDetector.onDisk(dir, s)) {
      String quake = d.assign(QUAKE_A).eventId();
      d.assign(BANK);
      assertThat(d.assign(QUAKE_B).eventId()).isEqualTo(quake);
      assertThat(d.assign(QUAKE_C).eventId()).isEqualTo(quake);
    }
    assertThat(java.nio.file.Files.list(dir).count()).as("files of the working index").isPositive();
  }

  @Test
  void theBatchGrouperLeavesNoTemporaryFolderBehind() throws Exception {
    java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
    long before;
    try (var s = java.nio.file.Files.list(tmp)) {
      before = s.filter(p -> p.getFileName().toString().startsWith("marsad-events")).count();
    }
    new IncrementalEventGrouper().group(List.of(QUAKE_A, QUAKE_B, BANK));
    try (var s = java.nio.file.Files.list(tmp)) {
      assertThat(s.filter(p -> p.getFileName().toString().startsWith("marsad-events")).count()).isEqualTo(before);
    }
  }
}

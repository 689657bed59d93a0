package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

/**
 * Our events on the second held-out ANT test day (24 April 2018, middleEast + internationalNews) against the hand
 * labels in ant-2018-04-24-events.tsv, which were made and committed before any grouper was run on this day. Nothing
 * may be tuned on it: the dev days (7-8 April) are for that. Unlike 14 April (one event of 77 articles), this day
 * has no dominant story: many singletons, a few multi-outlet events. Prints B-cubed and pairwise scores of the
 * digest's grouper, of the incremental detector, and of "every article alone".
 */
class AntTestDay24EventsTest {
  private static final String LABELS = "ant-2018-04-24-events.tsv";
  private static final Pattern EVENT_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  // F1 floors, see scoresOfOurEventsOfTheIncrementalDetectorAndOfEveryArticleAlone.
  private static final double FLOOR_OURS_B3 = 0.89;
  private static final double FLOOR_OURS_PAIRS = 0.62;
  private static final double FLOOR_INC_B3 = 0.83;
  private static final double FLOOR_INC_PAIRS = 0.49;

  private static AntLabelledDay day;

  @BeforeAll
  static void digestTestDay() throws IOException {
    day = AntLabelledDay.load("20180424", LABELS);
  }

  @Test
  void everyTestDayFileHasExactlyOneLabel() {
    assertThat(day.files).hasSize(97);
    assertThat(day.digest.errors()).isEmpty();
    assertThat(day.digest.articles()).hasSize(day.files.size());
    assertThat(day.digest.articles()).extracting(Article::id).containsExactlyInAnyOrderElementsOf(day.gold.keySet());
  }

  @Test
  void labelsMatchTheCountsStatedInTheirHeader() {
    // The header states 61 events: one of 14, two of 6, one of 4, one of 3, eight pairs, 48 singletons.
    Map<String, Long> sizes = day.goldEventSizes();
    assertThat(sizes).hasSize(61);
    assertThat(sizes.values().stream().sorted((a, b) -> Long.compare(b, a)).limit(6))
        .containsExactly(14L, 6L, 6L, 4L, 3L, 2L);
    assertThat(sizes.values().stream().filter(n -> n == 2).count()).isEqualTo(8);
    assertThat(sizes.values().stream().filter(n -> n == 1).count()).isEqualTo(48);
  }

  @Test
  void labelFileHoldsOnlyIdsAndOurOwnEventKeys() {
    // Article text must not enter the project: an id is file name + "#" + DOCNO of a 24 April file, a key is ours.
    for (Map.Entry<String, String> e : day.gold.entrySet()) {
      String id = e.getKey();
      int hash = id.indexOf('#');
      assertThat(hash).as(id).isPositive();
      assertThat(id.substring(0, hash)).as(id).isEqualTo(id.substring(hash + 1) + ".txt").endsWith("-20180424.txt");
      assertThat(e.getValue()).as("event key of %s", id).matches(EVENT_KEY).hasSizeLessThan(48);
    }
  }

  @Test
  void scoresOfOurEventsOfTheIncrementalDetectorAndOfEveryArticleAlone() {
    AntLabelledDay.Scores ours = day.digestGrouper();
    AntLabelledDay.Scores incremental = day.incrementalDetector();
    AntLabelledDay.Scores alone = day.everyArticleAlone();
    System.out.printf("ANT test day 24 Apr 2018 (held out): %d articles, %d gold events%n",
        day.gold.size(), day.goldEventSizes().size());
    for (AntLabelledDay.Scores s : List.of(ours, incremental, alone)) System.out.println(s.line());

    // "Alone" has B3 precision 1 and pairwise recall 0 by definition; its B3 recall is the mean over articles of
    // 1 / (size of the article's gold event).
    Map<String, Long> sizes = day.goldEventSizes();
    double meanInverse = day.gold.values().stream().mapToDouble(k -> 1.0 / sizes.get(k)).average().orElseThrow();
    assertThat(alone.bCubed().precision()).isEqualTo(1.0);
    assertThat(alone.bCubed().recall()).isCloseTo(meanInverse, within(1e-9));
    assertThat(alone.pairwise().recall()).isZero();
    for (AntLabelledDay.Scores s : List.of(ours, incremental)) {
      for (ClusterScores.Score sc : List.of(s.bCubed(), s.pairwise())) {
        assertThat(sc.precision()).isBetween(0.0, 1.0);
        assertThat(sc.recall()).isBetween(0.0, 1.0);
      }
    }
    // Floors a little under what was measured on 2026-11-23, right after the labels were committed (TF-IDF grouper
    // B3 0.914 / pairwise 0.646, incremental detector 0.857 / 0.518, every article alone B3 0.772), so a regression
    // shows. They are not targets: raising a score by looking at this day's errors would spoil it as a test day.
    assertThat(ours.bCubed().f1()).as("B3 F1").isGreaterThan(Math.max(FLOOR_OURS_B3, alone.bCubed().f1()));
    assertThat(ours.pairwise().f1()).as("pairwise F1").isGreaterThan(FLOOR_OURS_PAIRS);
    assertThat(incremental.bCubed().f1()).as("incremental B3 F1").isGreaterThan(FLOOR_INC_B3);
    assertThat(incremental.pairwise().f1()).as("incremental pairwise F1").isGreaterThan(FLOOR_INC_PAIRS);
  }
}

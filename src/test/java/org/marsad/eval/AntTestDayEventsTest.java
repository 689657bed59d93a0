package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.DigestRequest;
import org.marsad.Marsad;
import org.marsad.Progress;
import org.marsad.SharedData;
import org.marsad.testing.AntLabels;
import org.marsad.model.Article;
import org.marsad.model.Digest;
import org.marsad.stages.cluster.IncrementalEventGrouper;

/**
 * Our events on the held-out ANT test day (14 April 2018, middleEast + internationalNews) against the hand labels in
 * ant-2018-04-14-events.tsv, which were made before any grouper was run on this day. It was held out until issue 10;
 * since then it is a dev day of the TF-IDF grouper (the incremental detector was not tuned on it). Prints B-cubed and pairwise scores of the digest's grouper, of the incremental
 * detector, and of "every article alone".
 */
class AntTestDayEventsTest {
  private static final String LABELS = "ant-2018-04-14-events.tsv";
  private static final Pattern TEST_DAY_FILE = Pattern.compile(".*-20180414\\.txt");
  // F1 floors, see scoresOfOurEventsOfTheIncrementalDetectorAndOfEveryArticleAlone.
  private static final double FLOOR_OURS_B3 = 0.89;
  private static final double FLOOR_OURS_PAIRS = 0.87;
  private static final double FLOOR_INC_B3 = 0.49;
  private static final double FLOOR_INC_PAIRS = 0.20;

  private static List<Path> files;
  private static Map<String, String> gold;
  private static Digest digest;

  @BeforeAll
  static void digestTestDay() throws IOException {
    Path corpus = SharedData.require(AntLabels.CORPUS);
    files = testDayFiles(corpus);
    gold = readLabels();
    digest = Marsad.digest(new DigestRequest(files, null, null), Progress.NONE);
  }

  private static List<Path> testDayFiles(Path corpus) throws IOException {
    return AntLabels.files(corpus, TEST_DAY_FILE);
  }

  private static Map<String, String> readLabels() throws IOException {
    return AntLabels.read("/org/marsad/eval/" + LABELS);
  }

  @Test
  void everyTestDayFileHasExactlyOneLabel() {
    assertThat(files).hasSize(103);
    assertThat(digest.errors()).isEmpty();
    assertThat(digest.articles()).hasSize(files.size());
    assertThat(digest.articles()).extracting(Article::id).containsExactlyInAnyOrderElementsOf(gold.keySet());
  }

  @Test
  void labelsMatchTheCountsStatedInTheirHeader() {
    // The header states 25 events: one of 77 articles, two pairs, 22 singletons. A stray edit of a key shows here.
    Map<String, Long> sizes = gold.values().stream().collect(Collectors.groupingBy(k -> k, Collectors.counting()));
    assertThat(sizes).hasSize(25);
    assertThat(sizes.values().stream().filter(n -> n == 1).count()).isEqualTo(22);
    assertThat(sizes.values().stream().filter(n -> n == 2).count()).isEqualTo(2);
    assertThat(sizes.values().stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(77);
  }

  @Test
  void scoresOfOurEventsOfTheIncrementalDetectorAndOfEveryArticleAlone() {
    Map<String, String> ours = AntLabelledDay.eventOf(digest.events());
    Map<String, String> incremental = AntLabelledDay.eventOf(new IncrementalEventGrouper().group(digest.articles()));
    Map<String, String> alone = new HashMap<>();
    for (String id : gold.keySet()) alone.put(id, id);

    ClusterScores.Score oursB3 = ClusterScores.bCubed(ours, gold);
    ClusterScores.Score oursPairs = ClusterScores.pairwise(ours, gold);
    ClusterScores.Score incB3 = ClusterScores.bCubed(incremental, gold);
    ClusterScores.Score incPairs = ClusterScores.pairwise(incremental, gold);
    ClusterScores.Score aloneB3 = ClusterScores.bCubed(alone, gold);
    ClusterScores.Score alonePairs = ClusterScores.pairwise(alone, gold);
    System.out.printf("ANT day 14 Apr 2018 (dev since issue 10): %d articles, %d gold events, %d of ours, %d incremental%n",
        gold.size(), gold.values().stream().distinct().count(), digest.events().size(),
        incremental.values().stream().distinct().count());
    print("marsad (TF-IDF grouper)", oursB3, oursPairs);
    print("incremental detector", incB3, incPairs);
    print("every article alone", aloneB3, alonePairs);

    // "Alone" has B3 precision 1 and pairwise recall 0 by definition; its B3 recall is the mean over articles of
    // 1 / (size of the article's gold event).
    double meanInverse = gold.values().stream()
        .mapToDouble(k -> 1.0 / gold.values().stream().filter(k::equals).count()).average().orElseThrow();
    assertThat(aloneB3.precision()).isEqualTo(1.0);
    assertThat(aloneB3.recall()).isCloseTo(meanInverse, within(1e-9));
    assertThat(alonePairs.recall()).isZero();
    for (ClusterScores.Score s : List.of(oursB3, oursPairs, incB3, incPairs)) {
      assertThat(s.precision()).isBetween(0.0, 1.0);
      assertThat(s.recall()).isBetween(0.0, 1.0);
    }
    // Floors a little under what was measured on 2026-11-23 (TF-IDF grouper with the absorbing pass and the entity
    // view B3 0.899 / pairwise 0.880, incremental detector 0.536 / 0.271), so a regression shows. Since issue 10 this day is dev for
    // the TF-IDF grouper (its absorbing pass was tuned on it with 7-8 April); 24 April is the held-out day.
    assertThat(oursB3.f1()).as("B3 F1").isGreaterThan(Math.max(FLOOR_OURS_B3, aloneB3.f1()));
    assertThat(oursPairs.f1()).as("pairwise F1").isGreaterThan(FLOOR_OURS_PAIRS);
    assertThat(incB3.f1()).as("incremental B3 F1").isGreaterThan(FLOOR_INC_B3);
    assertThat(incPairs.f1()).as("incremental pairwise F1").isGreaterThan(FLOOR_INC_PAIRS);
  }

  private static void print(String what, ClusterScores.Score b3, ClusterScores.Score pairs) {
    System.out.printf("  %-28s B3 P=%.3f R=%.3f F1=%.3f | pairwise P=%.3f R=%.3f F1=%.3f%n", what,
        b3.precision(), b3.recall(), b3.f1(), pairs.precision(), pairs.recall(), pairs.f1());
  }
}

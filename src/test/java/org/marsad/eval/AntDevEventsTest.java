package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.DigestRequest;
import org.marsad.Marsad;
import org.marsad.Progress;
import org.marsad.SharedData;
import org.marsad.testing.AntLabels;
import org.marsad.model.Article;
import org.marsad.model.Digest;
import org.marsad.model.Event;

/**
 * Our events on the hand-labelled ANT dev set (7-8 April 2018, middleEast + internationalNews) against the labels
 * in ant-2018-04-07-08-events.tsv. Prints B-cubed and pairwise scores, and those of "every article alone".
 */
class AntDevEventsTest {
  private static final String LABELS = "ant-2018-04-07-08-events.tsv";
  private static final Pattern DEV_FILE = Pattern.compile(".*-2018040[78]\\.txt");

  private static List<Path> files;
  private static Map<String, String> gold;
  private static Digest digest;

  @BeforeAll
  static void digestDevDays() throws IOException {
    Path corpus = SharedData.require(AntLabels.CORPUS);
    files = devFiles(corpus);
    gold = readLabels();
    digest = Marsad.digest(new DigestRequest(files, null, null), Progress.NONE);
  }

  private static List<Path> devFiles(Path corpus) throws IOException {
    return AntLabels.files(corpus, DEV_FILE);
  }

  private static Map<String, String> readLabels() throws IOException {
    return AntLabels.read("/org/marsad/eval/" + LABELS);
  }

  @Test
  void everyDevFileHasExactlyOneLabel() {
    assertThat(files).hasSize(208);
    assertThat(digest.errors()).isEmpty();
    assertThat(digest.articles()).hasSize(files.size());
    assertThat(digest.articles()).extracting(Article::id).containsExactlyInAnyOrderElementsOf(gold.keySet());
  }

  @Test
  void scoresOfOurEventsAndOfEveryArticleAlone() {
    Map<String, String> ours = new HashMap<>();
    for (Event e : digest.events()) {
      for (String id : e.articleIds()) ours.put(id, e.id());
    }
    Map<String, String> alone = new HashMap<>();
    for (String id : gold.keySet()) alone.put(id, id);

    ClusterScores.Score oursB3 = ClusterScores.bCubed(ours, gold);
    ClusterScores.Score oursPairs = ClusterScores.pairwise(ours, gold);
    ClusterScores.Score aloneB3 = ClusterScores.bCubed(alone, gold);
    ClusterScores.Score alonePairs = ClusterScores.pairwise(alone, gold);
    long goldEvents = gold.values().stream().distinct().count();
    System.out.printf("ANT dev 7-8 Apr 2018: %d articles, %d gold events, %d of ours%n",
        gold.size(), goldEvents, digest.events().size());
    print("marsad (TF-IDF grouper)", oursB3, oursPairs);
    Map<String, String> incremental = new HashMap<>();
    for (Event e : new org.marsad.stages.cluster.IncrementalEventGrouper().group(digest.articles())) {
      for (String id : e.articleIds()) incremental.put(id, e.id());
    }
    ClusterScores.Score incB3 = ClusterScores.bCubed(incremental, gold);
    ClusterScores.Score incPairs = ClusterScores.pairwise(incremental, gold);
    print("incremental detector", incB3, incPairs);
    // Per day. The TF-IDF grouper's thresholds were picked on 7 April (8 April held out); the detector's two models
    // are fitted on both days (AntEventLinkFit prints the leave-one-day-out figures).
    for (String day : List.of("20180407", "20180408")) {
      Map<String, String> g = new HashMap<>(), o = new HashMap<>(), i = new HashMap<>();
      gold.forEach((id, key) -> {
        if (id.contains("-" + day)) {
          g.put(id, key);
          o.put(id, ours.get(id));
          i.put(id, incremental.get(id));
        }
      });
      print("TF-IDF, " + day + (day.endsWith("07") ? " (tuned)" : " (held out)"), ClusterScores.bCubed(o, g), ClusterScores.pairwise(o, g));
      print("incremental, " + day + " (fitted)", ClusterScores.bCubed(i, g), ClusterScores.pairwise(i, g));
    }
    print("every article alone", aloneB3, alonePairs);

    // "Alone" has B3 precision 1 and pairwise recall 0 by definition; its B3 recall is the mean over articles of
    // 1 / (size of the article's gold event).
    double meanInverse = gold.values().stream()
        .mapToDouble(k -> 1.0 / gold.values().stream().filter(k::equals).count()).average().orElseThrow();
    assertThat(aloneB3.precision()).isEqualTo(1.0);
    assertThat(aloneB3.recall()).isCloseTo(meanInverse, within(1e-9));
    assertThat(alonePairs.recall()).isZero();
    for (ClusterScores.Score s : List.of(oursB3, oursPairs)) {
      assertThat(s.precision()).isBetween(0.0, 1.0);
      assertThat(s.recall()).isBetween(0.0, 1.0);
    }
    // Floors a little under what was measured on 2026-11-24 (TF-IDF grouper with the absorbing pass, its member link at 0.5 x the
    // link threshold, and the entity view 0.886 / 0.730; incremental detector 0.857 / 0.623 on 2026-11-23), so a regression shows;
    // they are not the targets (0.90 / 0.85).
    assertThat(oursB3.f1()).as("B3 F1").isGreaterThan(Math.max(0.88, aloneB3.f1()));
    assertThat(oursPairs.f1()).as("pairwise F1").isGreaterThan(0.72);
    assertThat(incB3.f1()).as("incremental B3 F1").isGreaterThan(0.84);
    assertThat(incPairs.f1()).as("incremental pairwise F1").isGreaterThan(0.58);
  }

  private static void print(String what, ClusterScores.Score b3, ClusterScores.Score pairs) {
    System.out.printf("  %-32s B3 P=%.3f R=%.3f F1=%.3f | pairwise P=%.3f R=%.3f F1=%.3f%n", what,
        b3.precision(), b3.recall(), b3.f1(), pairs.precision(), pairs.recall(), pairs.f1());
  }
}

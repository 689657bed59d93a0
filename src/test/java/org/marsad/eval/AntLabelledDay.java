package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.marsad.DigestRequest;
import org.marsad.Marsad;
import org.marsad.Progress;
import org.marsad.SharedData;
import org.marsad.testing.AntLabels;
import org.marsad.model.Digest;
import org.marsad.model.Event;
import org.marsad.stages.cluster.IncrementalEventGrouper;

/**
 * One hand-labelled day of the ANT multisource corpus (middleEast + internationalNews), digested as the CLI does,
 * with the scores of the digest's grouper, of the incremental detector and of "every article alone" against the
 * labels. Shared by the held-out test-day tests; skips (through {@link SharedData#require}) when ../shared is absent.
 */
final class AntLabelledDay {
  static final String CORPUS = "data/ant-corpus-multisource-2018-04";
  static final List<String> CATEGORIES = List.of("middleEast", "internationalNews");

  final String day;
  final List<Path> files;
  final Map<String, String> gold;
  final Digest digest;

  private AntLabelledDay(String day, List<Path> files, Map<String, String> gold, Digest digest) {
    this.day = day;
    this.files = files;
    this.gold = gold;
    this.digest = digest;
  }

  /**
   * @param day file date as in the corpus file names, e.g. "20180424"
   * @param labels resource next to this class: article-id TAB event-key lines, '#' comments
   */
  static AntLabelledDay load(String day, String labels) throws IOException {
    Path corpus = SharedData.require(CORPUS);
    List<Path> files = filesOf(corpus, day);
    Map<String, String> gold = readLabels(labels);
    Digest digest = Marsad.digest(new DigestRequest(files, null, null), Progress.NONE);
    return new AntLabelledDay(day, files, gold, digest);
  }

  static List<Path> filesOf(Path corpus, String day) throws IOException {
    return AntLabels.filesOfDay(corpus, day);
  }

  /** @param resource next to this class, or absolute */
  static Map<String, String> readLabels(String resource) throws IOException {
    return AntLabels.read(resource.startsWith("/") ? resource : "/org/marsad/eval/" + resource);
  }

  /** Gold event key to its number of articles. */
  Map<String, Long> goldEventSizes() {
    return gold.values().stream().collect(Collectors.groupingBy(k -> k, Collectors.counting()));
  }

  static Map<String, String> eventOf(List<Event> events) {
    Map<String, String> out = new HashMap<>();
    for (Event e : events) {
      for (String id : e.articleIds()) out.put(id, e.id());
    }
    return out;
  }

  /** B-cubed and pairwise scores of one grouping against the gold. */
  record Scores(String what, int events, ClusterScores.Score bCubed, ClusterScores.Score pairwise) {
    String line() {
      return String.format("  %-28s %3d events | B3 P=%.3f R=%.3f F1=%.3f | pairwise P=%.3f R=%.3f F1=%.3f", what,
          events, bCubed.precision(), bCubed.recall(), bCubed.f1(), pairwise.precision(), pairwise.recall(),
          pairwise.f1());
    }
  }

  Scores score(String what, Map<String, String> predicted) {
    return new Scores(what, (int) predicted.values().stream().distinct().count(),
        ClusterScores.bCubed(predicted, gold), ClusterScores.pairwise(predicted, gold));
  }

  /** The events of the digest (the batch grouper that {@code Marsad.group} runs). */
  Scores digestGrouper() {
    return score("marsad (TF-IDF grouper)", eventOf(digest.events()));
  }

  /** The incremental detector over the same analysed articles. */
  Scores incrementalDetector() {
    return score("incremental detector", eventOf(new IncrementalEventGrouper().group(digest.articles())));
  }

  Scores everyArticleAlone() {
    Map<String, String> alone = new HashMap<>();
    for (String id : gold.keySet()) alone.put(id, id);
    return score("every article alone", alone);
  }
}

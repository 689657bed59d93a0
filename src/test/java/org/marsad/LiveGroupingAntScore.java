package org.marsad;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.marsad.eval.ClusterScores;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.stages.cluster.IncrementalEventGrouper;
import org.marsad.stages.extract.EntityResolver;
import org.marsad.testing.AntLabels;

/**
 * A measurement, not a check (run by name: {@code -Dtest=LiveGroupingAntScore}): B³ and pairwise F1 of the events on
 * the hand-labelled ANT dev days (7-8 April 2018, middleEast + internationalNews) for the digest's batch grouping,
 * the detector's batch grouper, and the live grouping fed at once, a day at a time, and one article at a time.
 */
class LiveGroupingAntScore {
  static final String LABELS = "/org/marsad/eval/ant-2018-04-07-08-events.tsv";

  @Test
  void scores() throws Exception {
    List<Path> files = AntLabels.files(SharedData.require(AntLabels.CORPUS), Pattern.compile(".*-2018040[78]\\.txt"));
    Map<String, String> gold = AntLabels.read(LABELS);
    List<Article> analysed = new ArrayList<>(GroupCorpora.analysed(files));
    analysed.sort(LiveGrouping.FEED_ORDER);

    print("Marsad.group (batch TF-IDF)", Marsad.group(analysed).events(), gold);
    print("IncrementalEventGrouper", new IncrementalEventGrouper().group(EntityResolver.resolve(analysed)), gold);
    try (LiveGrouping live = LiveGrouping.group(analysed)) {
      print("LiveGrouping.group (all at once)", live.grouped().events(), gold);
    }
    try (LiveGrouping live = LiveGrouping.group(EntityResolver.resolve(analysed))) {
      print("LiveGrouping.group (entities resolved first)", live.grouped().events(), gold);
    }
    if (Boolean.getBoolean("marsad.live.grid")) {
      List<Article> d7 = analysed.stream().filter(a -> a.id().contains("-20180407")).toList();
      List<Article> d8 = analysed.stream().filter(a -> !a.id().contains("-20180407")).toList();
      for (double link : new double[] {0.25, 0.35, 0.45}) for (double join : new double[] {0.1, 0.2, 0.3}) {
        for (double merge : new double[] {0.2, 0.4}) {
          var settings = org.marsad.stages.cluster.IncrementalEventDetector.Settings.DEFAULTS.withThresholds(link, join, merge);
          String row = String.format("link %.2f join %.2f merge %.2f", link, join, merge);
          try (LiveGrouping a = LiveGrouping.group(d7, settings); LiveGrouping b = LiveGrouping.group(d8, settings)) {
            print(row + " 7 Apr", a.grouped().events(), gold);
            print(row + " 8 Apr", b.grouped().events(), gold);
          }
        }
      }
    }
    List<Article> day7 = analysed.stream().filter(a -> a.id().contains("-20180407")).toList();
    List<Article> day8 = analysed.stream().filter(a -> !a.id().contains("-20180407")).toList();
    try (LiveGrouping live = LiveGrouping.group(day7)) {
      live.add(day8);
      print("LiveGrouping 7 April, then add 8 April", live.grouped().events(), gold);
    }
    try (LiveGrouping live = LiveGrouping.group(List.of())) {
      for (Article a : analysed) live.add(List.of(a));
      print("LiveGrouping one article per add", live.grouped().events(), gold);
    }
  }

  static void print(String what, List<Event> events, Map<String, String> gold) {
    Map<String, String> ours = new HashMap<>();
    for (Event e : events) for (String id : e.articleIds()) ours.put(id, e.id());
    Map<String, String> o = new HashMap<>();
    Map<String, String> g = new HashMap<>();
    for (String id : gold.keySet()) {
      if (!ours.containsKey(id)) continue; // a day's run scores that day's articles only
      o.put(id, ours.get(id));
      g.put(id, gold.get(id));
    }
    gold = g;
    System.out.printf("%-42s B3 F1 %.3f  pairwise F1 %.3f  (%d events)%n", what, ClusterScores.bCubed(o, gold).f1(),
        ClusterScores.pairwise(o, gold).f1(), events.size());
  }
}

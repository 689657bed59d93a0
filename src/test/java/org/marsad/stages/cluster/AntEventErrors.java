package org.marsad.stages.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.marsad.model.Article;
import org.marsad.model.Event;

/**
 * Error analysis aid, not a test (runs only with -Dmarsad.tune=true; add -Dant.cache=true to reuse the analysed
 * articles; -Dant.day=14: 14 April instead of 7-8 April): groups the ANT dev days with the incremental grouper (-Derrors.grouper=baseline: the TF-IDF one) and prints, titles side by side, every gold
 * event it splits and every event of ours that mixes gold events, then the scores on 7 April, 8 April and all.
 */
@EnabledIfSystemProperty(named = "marsad.tune", matches = "true")
class AntEventErrors {

  @Test
  void printSplitsAndWrongMerges() throws Exception {
    Map<String, String> gold = AntDevData.gold();
    List<Article> articles = AntDevData.articles();
    long t0 = System.nanoTime();
    EventGrouper grouper = "baseline".equals(System.getProperty("errors.grouper"))
        ? new BaselineEventGrouper(new org.apache.lucene.analysis.ar.ArabicAnalyzer(), baselineSettings())
        : new IncrementalEventGrouper(IncrementalEventDetector.Settings.DEFAULTS, EventLinkModel.fitted(),
            EventLinkModel.fittedJoin(), Boolean.parseBoolean(System.getProperty("outlet.aware", "" + IncrementalEventDetector.OUTLET_AWARE)));
    List<Event> events = grouper.group(articles);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    Map<String, String> ours = new HashMap<>();
    for (Event e : events) for (String id : e.articleIds()) ours.put(id, e.id());
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) byId.put(a.id(), a);
    if (!Boolean.getBoolean("errors.quiet")) report(gold, ours, byId);
    System.out.printf("SCORE 7Apr %s | 8Apr %s | all %s | %d events %d ms%n",
        AntEventLinkFit.score(ours, gold, id -> id.contains("-20180407")),
        AntEventLinkFit.score(ours, gold, id -> id.contains("-20180408")),
        AntEventLinkFit.score(ours, gold, id -> true), events.size(), ms);
  }

  /** The defaults, with the entity view's weight from -Derrors.ent when given. */
  static BaselineEventGrouper.Settings baselineSettings() {
    var d = BaselineEventGrouper.Settings.DEFAULTS;
    String ent = System.getProperty("errors.ent");
    if (ent == null) return d;
    Weights w = new Weights(d.weights().body(), d.weights().lead(), Double.parseDouble(ent));
    return new BaselineEventGrouper.Settings(d.maxDayGap(), d.thresholds(), d.topTerms(), d.window(), d.minSharedTerms(), w, d.absorbing());
  }

  /** Prints split gold events (with the piece each article went to) and our events that mix gold events. */
  static void report(Map<String, String> gold, Map<String, String> ours, Map<String, Article> byId) {
    Map<String, List<String>> goldMembers = members(gold);
    Map<String, List<String>> ourMembers = members(ours);
    Map<String, Integer> pieceNo = new HashMap<>();
    for (String e : ourMembers.keySet()) pieceNo.put(e, pieceNo.size());
    System.out.println("=== gold events we split (article -> our event #, and what else is in it)");
    for (var g : goldMembers.entrySet()) {
      TreeMap<Integer, List<String>> pieces = new TreeMap<>();
      for (String id : g.getValue()) pieces.computeIfAbsent(pieceNo.get(ours.get(id)), k -> new ArrayList<>()).add(id);
      if (pieces.size() < 2) continue;
      System.out.printf("SPLIT %s (%d articles, %d pieces)%n", g.getKey(), g.getValue().size(), pieces.size());
      for (var p : pieces.entrySet()) {
        int others = (int) ourMembers.get(ours.get(p.getValue().get(0))).stream().filter(id -> !gold.get(id).equals(g.getKey())).count();
        for (String id : p.getValue()) System.out.printf("   #%-3d %s%s%n", p.getKey(), line(id, byId), others > 0 ? "  (+" + others + " other)" : "");
      }
    }
    System.out.println("=== our events that mix gold events");
    for (var o : ourMembers.entrySet()) {
      Map<String, Integer> labels = new LinkedHashMap<>();
      for (String id : o.getValue()) labels.merge(gold.get(id), 1, Integer::sum);
      if (labels.size() < 2) continue;
      System.out.printf("MIX #%d %s%n", pieceNo.get(o.getKey()), labels);
      for (String id : o.getValue()) System.out.printf("   %-32s %s%n", trim(gold.get(id), 32), line(id, byId));
    }
  }

  private static Map<String, List<String>> members(Map<String, String> labels) {
    Map<String, List<String>> out = new TreeMap<>();
    for (var e : labels.entrySet()) out.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
    return out;
  }

  private static String line(String id, Map<String, Article> byId) {
    Article a = byId.get(id);
    String t = a == null || a.meta().title() == null ? "" : a.meta().title();
    String shortId = id.indexOf('#') > 0 ? id.substring(0, id.indexOf('#')) : id;
    return trim(shortId, 34) + " | " + trim(t, 70);
  }

  private static String trim(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }
}

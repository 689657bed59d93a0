package org.marsad.stages.cluster;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.marsad.eval.ClusterScores;
import org.marsad.eval.LogisticRegression;
import org.marsad.model.Article;
import org.marsad.model.Event;

/**
 * Fitting aid, not a test (runs only with -Dmarsad.tune=true; -Dant.cache=true reuses the analysed articles). For
 * each training set (7 April, 8 April, all 208) it fits both models of the {@link IncrementalEventDetector} on that
 * set's labels only and scores the grouper on 7 April, 8 April and all:
 * <ul>
 *   <li>the pair model ({@link PairFeatures}): logistic regression over the labelled pairs within the set;
 *   <li>the join model ({@link EventJoinFeatures}): the set's articles are fed in feed order, each into its gold
 *       event (teacher forcing); before each is stored, every candidate event the detector retrieves for it is an
 *       example, positive when it is the article's gold event.
 * </ul>
 * Both decide at even odds (join ≥ 0.5, merge ≥ 0.5): no threshold is tuned. -Doutlet.aware=true weighs terms
 * with the outlet factor (ablation). With -Dfit.write=true the models fitted on -Dfit.train (default all) are
 * written to src/main/resources (the shipped ones).
 */
@EnabledIfSystemProperty(named = "marsad.tune", matches = "true")
class AntEventLinkFit {
  static final String TRAIN_DAY = "-20180407";
  private static final Map<String, Predicate<String>> SETS = new java.util.LinkedHashMap<>();

  static {
    SETS.put("7Apr", id -> id.contains("-20180407"));
    SETS.put("8Apr", id -> id.contains("-20180408"));
    SETS.put("all", id -> true);
  }

  @Test
  void fitAndScore() throws Exception {
    Map<String, String> gold = AntDevData.gold();
    List<Article> articles = AntDevData.articles();
    boolean outletAware = Boolean.parseBoolean(System.getProperty("outlet.aware", "" + IncrementalEventDetector.OUTLET_AWARE));
    double l2 = Double.parseDouble(System.getProperty("fit.l2", "1"));
    var d = IncrementalEventDetector.Settings.DEFAULTS;
    var settings = d.withThresholds(Double.parseDouble(System.getProperty("tune.link", "" + d.link())),
        Double.parseDouble(System.getProperty("tune.join", "" + d.join())),
        Double.parseDouble(System.getProperty("tune.merge", "" + d.merge())));
    String write = Boolean.getBoolean("fit.write") ? System.getProperty("fit.train", "all") : null;
    List<String> rows = new ArrayList<>();
    List<String> only = List.of(System.getProperty("fit.sets", "7Apr,8Apr,all").split(","));
    for (var set : SETS.entrySet()) {
      if (!only.contains(set.getKey())) continue;
      EventLinkModel pair = fitPairs(articles, gold, set.getValue(), l2, outletAware);
      EventLinkModel join = fitJoins(articles, gold, set.getValue(), l2, outletAware, settings, pair);
      System.out.println("FIT on " + set.getKey() + "\n" + pair.format("pair model") + join.format("join model"));
      List<Event> events = new IncrementalEventGrouper(settings, pair, join, outletAware).group(articles);
      Map<String, String> ours = new HashMap<>();
      for (Event ev : events) for (String id : ev.articleIds()) ours.put(id, ev.id());
      StringBuilder row = new StringBuilder("FITTED ON " + set.getKey() + ":");
      for (var eval : SETS.entrySet()) row.append(" | ").append(eval.getKey()).append(' ').append(score(ours, gold, eval.getValue()));
      rows.add(row + " | " + events.size() + " events");
      if (set.getKey().equals(write)) {
        writeModel(EventLinkModel.RESOURCE, pair, "Same-happening pair model", set.getKey(), l2);
        writeModel(EventLinkModel.JOIN_RESOURCE, join, "Event-level join model", set.getKey(), l2);
      }
    }
    for (String r : rows) System.out.println(r);
  }

  /** Profiles of all the articles, counted as the batch grouper counts them (the whole batch first). */
  private static List<EventProfile> profiles(EventProfiler profiler, List<Article> articles) {
    List<EventProfiler.Counts> counts = new ArrayList<>();
    for (Article a : articles) counts.add(profiler.count(a));
    List<EventProfile> out = new ArrayList<>();
    for (EventProfiler.Counts c : counts) out.add(profiler.weigh(c));
    return out;
  }

  static EventLinkModel fitPairs(List<Article> articles, Map<String, String> gold, Predicate<String> train, double l2,
      boolean outletAware) {
    List<EventProfile> profiles = profiles(new EventProfiler(new org.apache.lucene.analysis.ar.ArabicAnalyzer(),
        new TermStatistics(), outletAware), articles);
    List<double[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      for (int j = i + 1; j < profiles.size(); j++) {
        EventProfile a = profiles.get(i), b = profiles.get(j);
        if (!train.test(a.articleId()) || !train.test(b.articleId())) continue;
        double[] f = new double[PairFeatures.SIZE];
        PairFeatures.of(a, b, f);
        x.add(f);
        y.add(gold.get(a.articleId()).equals(gold.get(b.articleId())) ? 1 : 0);
      }
    }
    LogisticRegression.Fit fit = LogisticRegression.fit(x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray(), l2, 50);
    System.out.printf("pair examples %d (%d same-event)%n", x.size(), y.stream().mapToInt(Integer::intValue).sum());
    return new EventLinkModel(PairFeatures.NAMES, fit.bias(), fit.weights());
  }

  /**
   * Fits the join model in rounds. Round 0 feeds the articles into their gold events (teacher forcing); each later
   * round lets the model of the round before assign them, so the examples include the states its own mistakes lead
   * to (a big event still in pieces), labelling a candidate event positive when most of its members share the
   * article's gold event. Examples of all rounds are pooled (as in DAgger).
   */
  static EventLinkModel fitJoins(List<Article> articles, Map<String, String> gold, Predicate<String> train, double l2,
      boolean outletAware, IncrementalEventDetector.Settings settings, EventLinkModel pair) {
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(IncrementalEventGrouper.FEED_ORDER);
    List<double[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    var s = settings.withProfilesInMemory(Math.max(sorted.size(), settings.reopenEvery()));
    EventLinkModel join = null;
    int rounds = Integer.getInteger("fit.rounds", 3);
    for (int round = 0; round < rounds; round++) {
      try (IncrementalEventDetector detector = IncrementalEventDetector.temporary(s, pair,
          join == null ? EventLinkModel.fittedJoin() : join, outletAware)) {
        List<EventProfile> profiles = profiles(detector.profiler(), sorted);
        for (EventProfile p : profiles) {
          if (!train.test(p.articleId())) continue;
          String label = gold.get(p.articleId());
          Map<String, List<String>> events = round == 0 ? null : detector.events();
          for (var c : detector.joinFeatures(p).entrySet()) {
            x.add(c.getValue());
            y.add(round == 0 ? (c.getKey().equals(label) ? 1 : 0) : (mostly(events.get(c.getKey()), label, gold) ? 1 : 0));
          }
          if (round == 0) {
            detector.store(p, label);
            detector.makeSearchable();
          } else {
            detector.assign(p);
          }
        }
      }
      // -Dfit.drop=a,b: ablation, those features are zeroed so their weights stay 0.
      for (String drop : System.getProperty("fit.drop", "").split(",")) {
        int col = EventJoinFeatures.NAMES.indexOf(drop);
        if (col >= 0) for (double[] row : x) row[col] = 0;
      }
      LogisticRegression.Fit fit = LogisticRegression.fit(x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray(), l2, 50);
      join = new EventLinkModel(EventJoinFeatures.NAMES, fit.bias(), fit.weights());
      System.out.printf("join round %d: examples %d (%d joins)%n", round, x.size(), y.stream().mapToInt(Integer::intValue).sum());
    }
    return join;
  }

  private static boolean mostly(List<String> members, String label, Map<String, String> gold) {
    if (members == null || members.isEmpty()) return false;
    int same = 0;
    for (String m : members) if (label.equals(gold.get(m))) same++;
    return 2 * same > members.size();
  }

  private static void writeModel(String resource, EventLinkModel m, String what, String train, double l2) throws Exception {
    Path out = Path.of("src/main/resources/org/marsad/stages/cluster", resource);
    Files.writeString(out, m.format("""
        %s of IncrementalEventDetector: logistic regression (org.marsad.eval.LogisticRegression, L2 %.2f),
        fitted on the labels of ANT %s (7-8 April 2018; src/test/resources/org/marsad/eval/ant-2018-04-07-08-events.tsv).
        Written by AntEventLinkFit (-Dmarsad.tune=true -Dfit.write=true -Dfit.train=%s); do not edit by hand."""
        .formatted(what, l2, train, train)), StandardCharsets.UTF_8);
    System.out.println("wrote " + out.toAbsolutePath());
  }

  static String score(Map<String, String> ours, Map<String, String> gold, Predicate<String> keep) {
    Map<String, String> o = new HashMap<>(), g = new HashMap<>();
    for (var en : gold.entrySet()) {
      if (!keep.test(en.getKey())) continue;
      g.put(en.getKey(), en.getValue());
      o.put(en.getKey(), ours.get(en.getKey()));
    }
    var b3 = ClusterScores.bCubed(o, g);
    var pw = ClusterScores.pairwise(o, g);
    return String.format("B3 %.3f (P %.3f R %.3f) pw %.3f (P %.3f R %.3f)", b3.f1(), b3.precision(), b3.recall(),
        pw.f1(), pw.precision(), pw.recall());
  }
}

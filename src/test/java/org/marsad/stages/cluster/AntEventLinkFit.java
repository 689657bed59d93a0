package org.marsad.stages.cluster;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.marsad.DigestRequest;
import org.marsad.Marsad;
import org.marsad.Progress;
import org.marsad.SharedData;
import org.marsad.eval.ClusterScores;
import org.marsad.eval.LogisticRegression;
import org.marsad.model.Article;
import org.marsad.model.Event;

/**
 * Fitting aid, not a test (runs only with -Dmarsad.tune=true): fits the {@link EventLinkModel} by logistic regression
 * on the labelled pairs of 7 April (both articles published that day) and scores the incremental grouper on 7 April,
 * 8 April (held out) and all 208, for a grid of join / merge thresholds (-Dtune.join, -Dtune.merge, -Dtune.link).
 * With -Dfit.write=true it writes the fitted model to src/main/resources (the shipped one).
 */
@EnabledIfSystemProperty(named = "marsad.tune", matches = "true")
class AntEventLinkFit {
  static final String TRAIN_DAY = "-20180407";

  @Test
  void fitAndScore() throws Exception {
    Map<String, String> gold = AntDevData.gold();
    List<Article> articles = AntDevData.articles();
    // Profiles as the batch grouper makes them: the whole batch counted first.
    EventProfiler profiler = new EventProfiler(new ArabicAnalyzer(), new TermStatistics());
    List<EventProfiler.Counts> counts = new ArrayList<>();
    for (Article a : articles) counts.add(profiler.count(a));
    List<EventProfile> profiles = new ArrayList<>();
    for (EventProfiler.Counts c : counts) profiles.add(profiler.weigh(c));

    List<double[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    List<double[]> xAll = new ArrayList<>();
    List<Integer> yAll = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      for (int j = i + 1; j < profiles.size(); j++) {
        EventProfile a = profiles.get(i), b = profiles.get(j);
        double[] f = new double[PairFeatures.SIZE];
        PairFeatures.of(a, b, f);
        int label = gold.get(a.articleId()).equals(gold.get(b.articleId())) ? 1 : 0;
        xAll.add(f);
        yAll.add(label);
        if (Boolean.getBoolean("fit.all") || (a.articleId().contains(TRAIN_DAY) && b.articleId().contains(TRAIN_DAY))) {
          x.add(f);
          y.add(label);
        }
      }
    }
    double l2 = Double.parseDouble(System.getProperty("fit.l2", "1"));
    LogisticRegression.Fit fit = LogisticRegression.fit(x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray(), l2, 50);
    EventLinkModel model = new EventLinkModel(PairFeatures.NAMES, fit.bias(), fit.weights());
    System.out.printf("FIT on %d pairs of 7 April (%d same-event), l2=%.2f%n", x.size(), y.stream().mapToInt(Integer::intValue).sum(), l2);
    System.out.print(model.format(""));
    pairReport("7Apr", model, x, y);
    pairReport("all ", model, xAll, yAll);
    if (Boolean.getBoolean("fit.write")) {
      Path out = Path.of("src/main/resources/org/marsad/stages/cluster", EventLinkModel.RESOURCE);
      Files.writeString(out, model.format("""
          Same-happening link model of IncrementalEventDetector: logistic regression (org.marsad.eval.LogisticRegression,
          L2 %.2f) over PairFeatures, fitted on the %d labelled pairs of ANT 7 April 2018 (%d same-event; labels in
          src/test/resources/org/marsad/eval/ant-2018-04-07-08-events.tsv). Written by AntEventLinkFit
          (-Dmarsad.tune=true -Dfit.write=true); do not edit by hand.""".formatted(l2, x.size(),
          y.stream().mapToInt(Integer::intValue).sum())), StandardCharsets.UTF_8);
      System.out.println("wrote " + out.toAbsolutePath());
    }

    var d0 = IncrementalEventDetector.Settings.DEFAULTS;
    var d = new IncrementalEventDetector.Settings(d0.maxDayGap(), Integer.getInteger("tune.candidates", d0.candidates()),
        Integer.getInteger("tune.queryTerms", d0.queryTerms()), d0.indexedTerms(), d0.reopenEvery(), d0.profilesInMemory(),
        d0.link(), d0.join(), d0.merge());
    List<String> rows = new ArrayList<>();
    for (double link : parse("tune.link", "" + d.link())) for (double join : parse("tune.join", "" + d.join())) for (double merge : parse("tune.merge", "" + d.merge())) {
      var s = d.withThresholds(link, join, merge);
      long t0 = System.nanoTime();
      List<Event> events = new IncrementalEventGrouper(s, model).group(articles);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      Map<String, String> ours = new HashMap<>();
      for (Event ev : events) for (String id : ev.articleIds()) ours.put(id, ev.id());
      rows.add(String.format("%s | link=%.2f join=%.2f merge=%.2f | 8Apr %s | all %s | %d events %dms",
          score(ours, gold, id -> id.contains(TRAIN_DAY)), link, join, merge,
          score(ours, gold, id -> id.contains("-20180408")), score(ours, gold, id -> true), events.size(), ms));
      if (Boolean.getBoolean("tune.show")) show(events, gold, articles);
    }
    rows.sort(null);
    for (String r : rows) System.out.println("TUNE 7Apr " + r);
  }

  private static void pairReport(String what, EventLinkModel m, List<double[]> x, List<Integer> y) {
    int tp = 0, fp = 0, fn = 0;
    for (int i = 0; i < x.size(); i++) {
      boolean p = m.probability(x.get(i)) >= 0.5;
      if (p && y.get(i) == 1) tp++;
      else if (p) fp++;
      else if (y.get(i) == 1) fn++;
    }
    System.out.printf("pairs %s: P=%.3f R=%.3f (tp %d fp %d fn %d)%n", what, tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn), tp, fp, fn);
  }

  private static void show(List<Event> events, Map<String, String> gold, List<Article> articles) {
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) byId.put(a.id(), a);
    for (Event ev : events) {
      if (ev.articleIds().size() < 2 && gold.values().stream().filter(gold.get(ev.articleIds().get(0))::equals).count() < 2) continue;
      System.out.println("EVENT " + ev.id());
      for (String id : ev.articleIds()) {
        String t = byId.get(id).meta().title();
        System.out.println("   " + gold.get(id) + " | " + id.substring(0, id.indexOf('#')) + " | " + (t == null ? "" : t.substring(0, Math.min(60, t.length()))));
      }
    }
  }

  static double[] parse(String prop, String def) {
    String[] p = System.getProperty(prop, def).split(",");
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) out[i] = Double.parseDouble(p[i]);
    return out;
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
    return String.format("sum=%.3f B3=%.3f pw=%.3f", b3.f1() + pw.f1(), b3.f1(), pw.f1());
  }
}

package org.marsad.stages.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.marsad.eval.ClusterScores;
import org.marsad.model.Article;
import org.marsad.model.Event;

/**
 * Tuning aid, not a test (runs only with -Dmarsad.tune=true): event-grouping weights and thresholds on the ANT dev
 * labels, ranked on 7 April only; 8 April is printed as held out. Thresholds are the defaults' scaled by
 * -Dtune.link / -Dtune.merge; weights come from -Dtune.body / -Dtune.lead / -Dtune.ent.
 */
@EnabledIfSystemProperty(named = "marsad.tune", matches = "true")
class AntEventsTune {
  @Test
  void grid() throws Exception {
    Map<String, String> gold = AntDevData.gold();
    List<Article> articles = AntDevData.articles();
    var an = new ArabicAnalyzer();
    double[] bodies = parse("tune.body", "1");
    double[] leads = parse("tune.lead", "0,0.5,1");
    double[] ents = parse("tune.ent", "0,0.25,0.5,1");
    double[] linkScales = parse("tune.link", "0.8,1,1.2");
    double[] mergeScales = parse("tune.merge", "0.8,1,1.2");
    List<String> rows = new ArrayList<>();
    for (double b : bodies) for (double l : leads) for (double e : ents) {
      if (b + l + e == 0) continue;
      for (double ls : linkScales) for (double ms : mergeScales) {
        var d = BaselineEventGrouper.Settings.DEFAULTS;
        Thresholds.At sm = d.thresholds().small(), lg = d.thresholds().large();
        var t = new Thresholds(new Thresholds.At(sm.batchSize(), sm.link() * ls, sm.merge() * ms),
            new Thresholds.At(lg.batchSize(), lg.link() * ls, lg.merge() * ms));
        var s = new BaselineEventGrouper.Settings(d.maxDayGap(), t, d.topTerms(), d.window(), d.minSharedTerms(), new Weights(b, l, e));
        long t0 = System.nanoTime();
        List<Event> events = new BaselineEventGrouper(an, s).group(articles);
        long ms0 = (System.nanoTime() - t0) / 1_000_000;
        Map<String, String> ours = new HashMap<>();
        for (Event ev : events) for (String id : ev.articleIds()) ours.put(id, ev.id());
        String d7 = score(ours, gold, id -> id.contains("-20180407"));
        String d8 = score(ours, gold, id -> id.contains("-20180408"));
        String all = score(ours, gold, id -> true);
        rows.add(String.format("%s | w=%.2f/%.2f/%.2f link×%.2f merge×%.2f | 8Apr %s | all %s | %dms", d7, b, l, e, ls, ms, d8, all, ms0));
      }
    }
    rows.sort(null);
    if (Boolean.getBoolean("tune.show")) {
      Map<String, Article> byId = new HashMap<>();
      for (Article a : articles) byId.put(a.id(), a);
      for (Event ev : new BaselineEventGrouper(an, BaselineEventGrouper.Settings.DEFAULTS).group(articles)) {
        if (ev.articleIds().size() < 2 && gold.values().stream().filter(gold.get(ev.articleIds().get(0))::equals).count() < 2) continue;
        System.out.println("EVENT " + ev.id());
        for (String id : ev.articleIds()) {
          String t = byId.get(id).meta().title();
          System.out.println("   " + gold.get(id) + " | " + id.substring(0, Math.min(32, id.indexOf('#'))) + " | " + (t == null ? "" : t.substring(0, Math.min(70, t.length()))));
        }
      }
    }
    for (String r : rows) System.out.println("TUNE 7Apr " + r);
  }

  /**
   * The absorbing pass ({@link SimilarityGrouping.Absorb}) over a grid of -Dtune.alink / -Dtune.acent / -Dtune.amin / -Dtune.dshare / -Dtune.dpiece / -Dtune.dcent / -Dtune.rounds (defaults: the
   * grouper's; acent 0: no second pass), with the
   * default thresholds scaled by -Dtune.link / -Dtune.merge: one line per setting with 7-8 April and 14 April side by
   * side (both dev days for the batch grouper).
   */
  @Test
  void absorbGrid() throws Exception {
    Map<String, String> gold78 = AntDevData.gold(false), gold14 = AntDevData.gold(true);
    List<Article> dev78 = AntDevData.articles(false), dev14 = AntDevData.articles(true);
    var an = new ArabicAnalyzer();
    var d = BaselineEventGrouper.Settings.DEFAULTS;
    for (double ls : parse("tune.link", "1")) for (double ms : parse("tune.merge", "1")) {
      Thresholds.At sm = d.thresholds().small(), lg = d.thresholds().large();
      var t = new Thresholds(new Thresholds.At(sm.batchSize(), sm.link() * ls, sm.merge() * ms),
          new Thresholds.At(lg.batchSize(), lg.link() * ls, lg.merge() * ms));
      var a = d.absorbing();
      for (double al : parse("tune.alink", "" + a.linkFraction())) for (double ac : parse("tune.acent", "" + a.centroid()))
      for (double am : parse("tune.amin", "" + a.minGroup())) for (double ds : parse("tune.dshare", "" + a.dominantShare()))
      for (double dp : parse("tune.dpiece", "" + a.dominantPiece())) for (double dc : parse("tune.dcent", "" + a.dominantCentroid()))
      for (double rounds : parse("tune.rounds", "" + a.rounds())) {
        var s = new BaselineEventGrouper.Settings(d.maxDayGap(), t, d.topTerms(), d.window(), d.minSharedTerms(), d.weights(),
            ac > 0 ? new BaselineEventGrouper.Absorbing(al, ac, (int) am, ds, (int) dp, dc, (int) rounds) : null);
        var g = new BaselineEventGrouper(an, s);
        String r78 = AntEventLinkFit.score(eventOf(g.group(dev78)), gold78, id -> true);
        String r14 = AntEventLinkFit.score(eventOf(g.group(dev14)), gold14, id -> true);
        System.out.printf("ABSORB link×%.2f merge×%.2f alink×%.2f acent %.3f amin %.0f dom %.2f/%.0f/%.3f rounds %.0f | 7-8Apr %s | 14Apr %s%n",
            ls, ms, al, ac, am, ds, dp, dc, rounds, r78, r14);
      }
    }
  }

  private static Map<String, String> eventOf(List<Event> events) {
    Map<String, String> ours = new HashMap<>();
    for (Event ev : events) for (String id : ev.articleIds()) ours.put(id, ev.id());
    return ours;
  }

  /** Which small-batch thresholds keep the samples' 4 events and the seeds' Rome event, per weights. */
  @Test
  void smallBatches() {
    List<Article> samples = RawArticles.readDir(RawArticles.samplesDir());
    List<Article> seeds = SeedArticles.read(SeedArticles.seedsDir());
    var an = new ArabicAnalyzer();
    for (double l : parse("tune.lead", "0,0.5")) for (double e : parse("tune.ent", "0")) {
      for (double link : new double[] {0.06, 0.07, 0.075, 0.08, 0.09, 0.1, 0.12}) {
        for (double merge : new double[] {0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.1}) {
          var s = new BaselineEventGrouper.Settings(3, Thresholds.fixed(link, merge), 12, 30, 2, new Weights(1, l, e));
          Map<String, String> g = BaselineEventGrouperTest.eventOf(new BaselineEventGrouper(an, s).group(samples));
          boolean ok = true;
          for (String a : BaselineEventGrouperTest.SAMPLE_EVENTS.keySet())
            for (String b : BaselineEventGrouperTest.SAMPLE_EVENTS.keySet())
              ok &= g.get(a).equals(g.get(b)) == BaselineEventGrouperTest.SAMPLE_EVENTS.get(a).equals(BaselineEventGrouperTest.SAMPLE_EVENTS.get(b));
          Map<String, String> h = BaselineEventGrouperTest.eventOf(new BaselineEventGrouper(an, s).group(seeds));
          String r = h.get("000_dcd12b9fc0077f10.txt");
          boolean rome = r.equals(h.get("001_987a928acb331fb9.txt")) && r.equals(h.get("003_1c787875b37093a0.txt"))
              && !r.equals(h.get("002_8d2f6804c6a9ad88.txt")) && !r.equals(h.get("004_50ac9ffaa13a6bae.txt"))
              && !h.get("002_8d2f6804c6a9ad88.txt").equals(h.get("004_50ac9ffaa13a6bae.txt"));
          System.out.printf("SMALL lead=%.2f ent=%.2f link=%.3f merge=%.3f samples=%s seeds=%s%n", l, e, link, merge, ok, rome);
        }
      }
    }
  }

  private static double[] parse(String prop, String def) {
    String[] p = System.getProperty(prop, def).split(",");
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) out[i] = Double.parseDouble(p[i]);
    return out;
  }

  private static String score(Map<String, String> ours, Map<String, String> gold, Predicate<String> keep) {
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

package org.marsad.stages.cluster;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.model.Article;
import org.marsad.model.Event;

/** Tuning aid, not a test: which thresholds get samples and seeds right. */
final class Tune {
  public static void main(String[] args) {
    List<Article> samples = RawArticles.readDir(RawArticles.samplesDir());
    List<Article> seeds = SeedArticles.read(SeedArticles.seedsDir());
    var an = new ArabicAnalyzer();
    for (int minShared : new int[] {1, 2}) {
      for (int top : new int[] {12}) {
        for (double link : new double[] {0.06, 0.07, 0.075, 0.08, 0.09, 0.1, 0.12}) {
          for (double merge : new double[] {0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.1}) {
            var s = new BaselineEventGrouper.Settings(3, Thresholds.fixed(link, merge), top, 30, minShared);
            Map<String, String> g = BaselineEventGrouperTest.eventOf(new BaselineEventGrouper(an, s).group(samples));
            boolean ok = true;
            for (String a : BaselineEventGrouperTest.SAMPLE_EVENTS.keySet())
              for (String b : BaselineEventGrouperTest.SAMPLE_EVENTS.keySet())
                ok &= g.get(a).equals(g.get(b)) == BaselineEventGrouperTest.SAMPLE_EVENTS.get(a).equals(BaselineEventGrouperTest.SAMPLE_EVENTS.get(b));
            Map<String, String> h = BaselineEventGrouperTest.eventOf(new BaselineEventGrouper(an, s).group(seeds));
            String r = h.get("000_dcd12b9fc0077f10.txt");
            boolean rome = r.equals(h.get("001_987a928acb331fb9.txt")) && r.equals(h.get("003_1c787875b37093a0.txt"))
                && !r.equals(h.get("002_8d2f6804c6a9ad88.txt")) && !r.equals(h.get("004_50ac9ffaa13a6bae.txt"));
            boolean apart = !h.get("002_8d2f6804c6a9ad88.txt").equals(h.get("004_50ac9ffaa13a6bae.txt"));
            System.out.printf("shared=%d top=%d link=%.3f merge=%.3f samples=%s seedsRome=%s seeds002/004apart=%s%n", minShared, top, link, merge, ok, rome, apart);
          }
        }
      }
    }
  }
}

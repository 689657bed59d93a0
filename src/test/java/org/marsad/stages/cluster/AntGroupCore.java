package org.marsad.stages.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.marsad.model.Article;
import org.marsad.model.Event;

/**
 * Error analysis aids, not tests (run only with -Dmarsad.tune=true; -Dant.day=14 for 14 April; -Dant.cache=true), on
 * the batch grouper's events against the dev labels. Each asks whether a group's wrong members can be told from its
 * core: {@code printCoreDistances} (each member's cosine with the rest of its group in the joined, body, lead and
 * entity views, and its strongest link inside), {@code printBisections} (2-means halves of each group of ≥ 6 and
 * their gold events; -Dbis.view=lead|body), {@code printLocalRegrouping} (each group of ≥ 15 regrouped under IDF
 * over its own members: sub-groups, their gold events and their cosine with the rest), {@code printSignatures} (the
 * group's top lead terms, -Dsig.k, and how many each member's lead holds), {@code printLeadDates} (the dates each member's lead names), {@code dumpPairs}
 * (every pair with joined cosine ≥ 0.1 and its views into target/pairs78.tsv or pairs14.tsv) and
 * {@code printOutletTerms} (the terms most of an outlet's articles share).
 */
@EnabledIfSystemProperty(named = "marsad.tune", matches = "true")
class AntGroupCore {
  @Test
  void printCoreDistances() throws Exception {
    Map<String, String> gold = AntDevData.gold();
    List<Article> articles = new ArrayList<>(AntDevData.articles());
    articles.sort(java.util.Comparator.comparing(Article::id));
    var an = new ArabicAnalyzer();
    var d = BaselineEventGrouper.Settings.DEFAULTS;
    List<String> texts = new ArrayList<>();
    for (Article a : articles) texts.add(ArticleText.forSimilarity(a));
    TfIdfVectors body = TfIdfVectors.of(texts, an);
    SparseVector[] joined = ArticleVectors.of(articles, body, an, d.weights()).vectors();
    SparseVector[] lead = ArticleVectors.of(articles, body, an, new Weights(0, 1, 0)).vectors();
    SparseVector[] ent = ArticleVectors.of(articles, body, an, new Weights(0, 0, 1)).vectors();
    SparseVector[] bod = ArticleVectors.of(articles, body, an, new Weights(1, 0, 0)).vectors();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) index.put(articles.get(i).id(), i);
    System.out.printf("link %.3f%n", d.params(articles.size()).linkThreshold());
    for (Event e : new BaselineEventGrouper(an, d).group(articles)) {
      if (e.articleIds().size() < 4) continue;
      List<Integer> m = e.articleIds().stream().map(index::get).toList();
      System.out.println("EVENT " + e.articleIds().size());
      for (int i : m) {
        double maxLink = 0;
        for (int j : m) if (j != i) maxLink = Math.max(maxLink, joined[i].dot(joined[j]));
        String t = articles.get(i).meta().title();
        System.out.printf("  %-34s all %.3f body %.3f lead %.3f ent %.3f max %.3f | %s | %s%n", trim(gold.get(articles.get(i).id()), 34),
            loo(joined, m, i), loo(bod, m, i), loo(lead, m, i), loo(ent, m, i), maxLink,
            trim(articles.get(i).id(), 28), t == null ? "" : trim(t, 60));
      }
    }
  }

  /** Every pair with joined cosine ≥ 0.1 and its views, outlets and gold agreement, as TSV into target/. */
  @Test
  void dumpPairs() throws Exception {
    Map<String, String> gold = AntDevData.gold();
    List<Article> articles = new ArrayList<>(AntDevData.articles());
    articles.sort(java.util.Comparator.comparing(Article::id));
    var an = new ArabicAnalyzer();
    List<String> texts = new ArrayList<>();
    for (Article a : articles) texts.add(ArticleText.forSimilarity(a));
    TfIdfVectors body = TfIdfVectors.of(texts, an);
    SparseVector[] joined = ArticleVectors.of(articles, body, an, BaselineEventGrouper.Settings.DEFAULTS.weights()).vectors();
    SparseVector[] lead = ArticleVectors.of(articles, body, an, new Weights(0, 1, 0)).vectors();
    SparseVector[] ent = ArticleVectors.of(articles, body, an, new Weights(0, 0, 1)).vectors();
    SparseVector[] bod = ArticleVectors.of(articles, body, an, new Weights(1, 0, 0)).vectors();
    StringBuilder sb = new StringBuilder("i\tj\tsame\tsameOutlet\tjoined\tbody\tlead\tent\tdayGap\tgi\tgj\n");
    for (int i = 0; i < articles.size(); i++) for (int j = i + 1; j < articles.size(); j++) {
      double c = joined[i].dot(joined[j]);
      if (c < 0.1) continue;
      String oi = articles.get(i).id().substring(0, 2), oj = articles.get(j).id().substring(0, 2);
      String gi = gold.get(articles.get(i).id()), gj = gold.get(articles.get(j).id());
      String di = ArticleText.publishedDate(articles.get(i)), dj = ArticleText.publishedDate(articles.get(j));
      long gap = di == null || dj == null ? -1 : Math.abs(ArticleText.epochDay(di) - ArticleText.epochDay(dj));
      sb.append(String.format("%d\t%d\t%d\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%d\t%s\t%s%n", i, j, gi.equals(gj) ? 1 : 0, oi.equals(oj) ? 1 : 0, c,
          bod[i].dot(bod[j]), lead[i].dot(lead[j]), ent[i].dot(ent[j]), gap, gi, gj));
    }
    java.nio.file.Files.writeString(java.nio.file.Path.of("target", AntDevData.DAY14 ? "pairs14.tsv" : "pairs78.tsv"), sb);
  }

  /** For our events of ≥ 4: the top lead-view terms of the group and how many of them each member's lead holds. */
  @Test
  void printSignatures() throws Exception {
    Map<String, String> gold = AntDevData.gold();
    List<Article> articles = new ArrayList<>(AntDevData.articles());
    articles.sort(java.util.Comparator.comparing(Article::id));
    var an = new ArabicAnalyzer();
    List<String> texts = new ArrayList<>();
    for (Article a : articles) texts.add(ArticleText.forSimilarity(a));
    TfIdfVectors body = TfIdfVectors.of(texts, an);
    List<String> leads = new ArrayList<>();
    for (Article a : articles) leads.add(ArticleVectors.leadText(a));
    TfIdfVectors leadV = TfIdfVectors.of(leads, an);
    int k = Integer.getInteger("sig.k", 5);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) index.put(articles.get(i).id(), i);
    for (Event e : new BaselineEventGrouper(an, BaselineEventGrouper.Settings.DEFAULTS).group(articles)) {
      if (e.articleIds().size() < 4) continue;
      List<Integer> m = e.articleIds().stream().map(index::get).toList();
      // presence-based: for each term, how many members' leads have it, times idf
      Map<Integer, Integer> df = new HashMap<>();
      for (int i : m) for (int t : leadV.vector(i).terms) df.merge(t, 1, Integer::sum);
      List<Integer> top = df.entrySet().stream().filter(en -> en.getValue() >= 2)
          .sorted((x, y) -> Double.compare(y.getValue() * Math.log((double) articles.size() / leadV.documentFrequency(y.getKey())),
              x.getValue() * Math.log((double) articles.size() / leadV.documentFrequency(x.getKey()))))
          .limit(k).map(Map.Entry::getKey).toList();
      System.out.println("EVENT " + m.size() + " top " + top.stream().map(t -> leadV.term(t) + ":" + df.get(t)).toList());
      for (int i : m) {
        int have = 0;
        StringBuilder sb = new StringBuilder();
        for (int t : top) if (java.util.Arrays.binarySearch(leadV.vector(i).terms, t) >= 0) { have++; sb.append(leadV.term(t)).append(' '); }
        String t = articles.get(i).meta().title();
        System.out.printf("  %d %-30s %-30s | %s%n", have, trim(gold.get(articles.get(i).id()), 30), sb, t == null ? "" : trim(t, 50));
      }
    }
  }

  /** Bisects each of our events of ≥ 6 by 2-means over the joined (or -Dbis.view=lead/body) vectors; prints halves. */
  @Test
  void printBisections() throws Exception {
    Map<String, String> gold = AntDevData.gold();
    List<Article> articles = new ArrayList<>(AntDevData.articles());
    articles.sort(java.util.Comparator.comparing(Article::id));
    var an = new ArabicAnalyzer();
    List<String> texts = new ArrayList<>();
    for (Article a : articles) texts.add(ArticleText.forSimilarity(a));
    TfIdfVectors body = TfIdfVectors.of(texts, an);
    String view = System.getProperty("bis.view", "joined");
    Weights w = switch (view) { case "lead" -> new Weights(0, 1, 0); case "body" -> new Weights(1, 0, 0); default -> BaselineEventGrouper.Settings.DEFAULTS.weights(); };
    SparseVector[] v = ArticleVectors.of(articles, body, an, w).vectors();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) index.put(articles.get(i).id(), i);
    for (Event e : new BaselineEventGrouper(an, BaselineEventGrouper.Settings.DEFAULTS).group(articles)) {
      if (e.articleIds().size() < 6) continue;
      List<Integer> m = e.articleIds().stream().map(index::get).toList();
      int[] side = bisect(v, m);
      List<Integer> a = new ArrayList<>(), b = new ArrayList<>();
      for (int k = 0; k < m.size(); k++) (side[k] == 0 ? a : b).add(m.get(k));
      System.out.printf("EVENT %d -> %d + %d, halves' centroid cosine %.3f%n", m.size(), a.size(), b.size(), ccos(v, a, b));
      for (List<Integer> half : List.of(a, b)) {
        java.util.TreeMap<String, Integer> c = new java.util.TreeMap<>();
        for (int i : half) c.merge(gold.get(articles.get(i).id()), 1, Integer::sum);
        System.out.println("   " + c);
      }
    }
  }

  /**
   * Regroups each of our events of ≥ -Dpeel.min (15) articles under IDF over its own members (the group's shared
   * words weigh little, a sub-happening's own words much) with -Dpeel.link / -Dpeel.merge, and prints each sub-group
   * with its gold events and the cosine of its centroid with the rest's.
   */
  @Test
  void printLocalRegrouping() throws Exception {
    Map<String, String> gold = AntDevData.gold();
    List<Article> articles = new ArrayList<>(AntDevData.articles());
    articles.sort(java.util.Comparator.comparing(Article::id));
    var an = new ArabicAnalyzer();
    var d = BaselineEventGrouper.Settings.DEFAULTS;
    int min = Integer.getInteger("peel.min", 15);
    double link = Double.parseDouble(System.getProperty("peel.link", "0.3"));
    double merge = Double.parseDouble(System.getProperty("peel.merge", "0.1"));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) index.put(articles.get(i).id(), i);
    for (Event e : new BaselineEventGrouper(an, d).group(articles)) {
      if (e.articleIds().size() < min) continue;
      List<Article> members = e.articleIds().stream().map(id -> articles.get(index.get(id))).sorted(java.util.Comparator.comparing(Article::id)).toList();
      List<String> texts = new ArrayList<>();
      for (Article a : members) texts.add(ArticleText.forSimilarity(a));
      SparseVector[] v = ArticleVectors.of(members, TfIdfVectors.of(texts, an), an, d.weights()).vectors();
      int n = members.size();
      int[] label = SimilarityGrouping.group(v, new long[n], new int[n], t -> true,
          new SimilarityGrouping.Params(d.topTerms(), d.window(), d.minSharedTerms(), link, merge, -1, true));
      Map<Integer, List<Integer>> subs = new java.util.TreeMap<>();
      for (int i = 0; i < n; i++) subs.computeIfAbsent(label[i], k -> new ArrayList<>()).add(i);
      System.out.printf("EVENT %d -> %d sub-groups%n", n, subs.size());
      for (List<Integer> sub : subs.values()) {
        if (sub.size() < 2) continue;
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < n; i++) if (!sub.contains(i)) rest.add(i);
        java.util.TreeMap<String, Integer> c = new java.util.TreeMap<>();
        for (int i : sub) c.merge(gold.get(members.get(i).id()), 1, Integer::sum);
        double inner = 0;
        for (int i : sub) for (int j : sub) if (i < j) inner += v[i].dot(v[j]);
        inner /= sub.size() * (sub.size() - 1) / 2.0;
        System.out.printf("   %2d rest %.3f avg-in %.3f %s%n", sub.size(), ccos(v, sub, rest), inner, c);
      }
      java.util.TreeMap<String, Integer> lone = new java.util.TreeMap<>();
      for (List<Integer> sub : subs.values()) if (sub.size() == 1) lone.merge(gold.get(members.get(sub.get(0)).id()), 1, Integer::sum);
      System.out.println("   lone " + lone);
    }
  }

  /** 2-means with cosine: seeds the member least like the centroid and the member least like it; 20 rounds. */
  static int[] bisect(SparseVector[] v, List<Integer> m) {
    SparseVector c = SparseVector.EMPTY;
    for (int i : m) c = c.plus(v[i]);
    int s1 = m.get(0);
    for (int i : m) if (v[i].dot(c) < v[s1].dot(c)) s1 = i;
    int s2 = m.get(0) == s1 ? m.get(1) : m.get(0);
    for (int i : m) if (i != s1 && v[i].dot(v[s1]) < v[s2].dot(v[s1])) s2 = i;
    SparseVector c1 = v[s1], c2 = v[s2];
    int[] side = new int[m.size()];
    for (int round = 0; round < 20; round++) {
      for (int k = 0; k < m.size(); k++) side[k] = v[m.get(k)].cosine(c1) >= v[m.get(k)].cosine(c2) ? 0 : 1;
      c1 = SparseVector.EMPTY;
      c2 = SparseVector.EMPTY;
      for (int k = 0; k < m.size(); k++) if (side[k] == 0) c1 = c1.plus(v[m.get(k)]); else c2 = c2.plus(v[m.get(k)]);
    }
    return side;
  }

  /** Per outlet (id prefix): the terms in the most of its articles' similarity texts, with their batch document frequency. */
  @Test
  void printOutletTerms() throws Exception {
    List<Article> articles = new ArrayList<>(AntDevData.articles());
    articles.sort(java.util.Comparator.comparing(Article::id));
    var an = new ArabicAnalyzer();
    List<String> texts = new ArrayList<>();
    for (Article a : articles) texts.add(ArticleText.forSimilarity(a));
    TfIdfVectors body = TfIdfVectors.of(texts, an);
    Map<String, Map<Integer, Integer>> byOutlet = new java.util.TreeMap<>();
    Map<String, Integer> n = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      String o = articles.get(i).id().substring(0, 2);
      n.merge(o, 1, Integer::sum);
      for (int t : body.vector(i).terms) byOutlet.computeIfAbsent(o, k -> new HashMap<>()).merge(t, 1, Integer::sum);
    }
    for (var e : byOutlet.entrySet()) {
      System.out.println("OUTLET " + e.getKey() + " " + n.get(e.getKey()) + ": " + e.getValue().entrySet().stream()
          .sorted((x, y) -> Double.compare((double) y.getValue() / body.documentFrequency(y.getKey()), (double) x.getValue() / body.documentFrequency(x.getKey())))
          .filter(x -> x.getValue() >= 0.3 * n.get(e.getKey()))
          .limit(15).map(x -> body.term(x.getKey()) + ":" + x.getValue() + "/" + body.documentFrequency(x.getKey())).toList());
    }
    System.out.println("TEXT " + texts.get(0).substring(0, Math.min(300, texts.get(0).length())).replace('\n', ' '));
  }

  /** Per member of our events of ≥ 3 articles: gold event, publication day, and the dates its lead names. */
  @Test
  void printLeadDates() throws Exception {
    Map<String, String> gold = AntDevData.gold();
    List<Article> articles = new ArrayList<>(AntDevData.articles());
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) byId.put(a.id(), a);
    for (Event e : new BaselineEventGrouper(new ArabicAnalyzer(), BaselineEventGrouper.Settings.DEFAULTS).group(articles)) {
      if (e.articleIds().size() < 3) continue;
      System.out.println("EVENT " + e.articleIds().size());
      for (String id : e.articleIds()) {
        Article a = byId.get(id);
        StringBuilder sb = new StringBuilder();
        var lead = a.body().isEmpty() ? null : a.body().get(0);
        for (var d : a.dates()) {
          boolean inLead = lead != null && lead.contains(d.span());
          if (inLead || Boolean.getBoolean("dates.all")) sb.append(inLead ? "L:" : "").append(d.value()).append(d.weekday() > 0 ? "/w" + d.weekday() : "").append(' ');
        }
        System.out.printf("  %-30s %s | %-28s | %s%n", trim(gold.get(id), 30), a.meta().published() == null ? "-" : trim(a.meta().published(), 16), trim(id, 28), sb);
      }
    }
  }

  /** Cosine of the two member sets' summed vectors. */
  static double ccos(SparseVector[] v, List<Integer> a, List<Integer> b) {
    SparseVector ca = SparseVector.EMPTY, cb = SparseVector.EMPTY;
    for (int i : a) ca = ca.plus(v[i]);
    for (int i : b) cb = cb.plus(v[i]);
    double n = ca.norm() * cb.norm();
    return n == 0 ? 0 : ca.dot(cb) / n;
  }

  static double loo(SparseVector[] v, List<Integer> members, int i) {
    SparseVector c = SparseVector.EMPTY;
    for (int j : members) if (j != i) c = c.plus(v[j]);
    double n = c.norm();
    return n == 0 ? 0 : v[i].dot(c) / n;
  }

  private static String trim(String s, int n) {
    return s == null ? "-" : s.length() <= n ? s : s.substring(0, n);
  }
}

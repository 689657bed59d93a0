package org.marsad.stages.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;

/**
 * One unit vector per article that joins its weighted views (see {@link Weights}): body TF-IDF, lead TF-IDF and
 * entity TF-IDF, each with IDF over the batch. The views' term ids are laid end to end (body, then lead, then
 * entities), so one sparse vector holds them all and a dot product is the weighted sum of the views' cosines.
 */
final class ArticleVectors {
  private final SparseVector[] vectors;
  private final int[] documentFrequency;

  private ArticleVectors(SparseVector[] vectors, int[] documentFrequency) {
    this.vectors = vectors;
    this.documentFrequency = documentFrequency;
  }

  /** @param bodyTexts per article, the text of its body view (same order as {@code articles}) */
  static ArticleVectors of(List<Article> articles, List<String> bodyTexts, Analyzer analyzer, Weights w) {
    return of(articles, TfIdfVectors.of(bodyTexts, analyzer), analyzer, w);
  }

  /** @param body per article, the TF-IDF of its body view (same order as {@code articles}) */
  static ArticleVectors of(List<Article> articles, TfIdfVectors body, Analyzer analyzer, Weights w) {
    int n = articles.size();
    if (w.lead() == 0 && w.entities() == 0) {
      SparseVector[] v = new SparseVector[n];
      for (int i = 0; i < n; i++) v[i] = body.vector(i);
      return new ArticleVectors(v, dfOf(body));
    }
    List<View> views = new ArrayList<>(3);
    if (w.body() > 0) views.add(new View(w.body(), vectorsOf(body), dfOf(body)));
    if (w.lead() > 0) {
      List<String> leads = new ArrayList<>(n);
      for (Article a : articles) leads.add(leadText(a));
      TfIdfVectors lead = TfIdfVectors.of(leads, analyzer);
      views.add(new View(w.lead(), vectorsOf(lead), dfOf(lead)));
    }
    if (w.entities() > 0) views.add(entityView(articles, w.entities()));

    int totalTerms = 0;
    for (View v : views) totalTerms += v.df.length;
    int[] df = new int[totalTerms];
    int offset = 0;
    for (View v : views) {
      System.arraycopy(v.df, 0, df, offset, v.df.length);
      offset += v.df.length;
    }
    SparseVector[] joined = new SparseVector[n];
    for (int d = 0; d < n; d++) {
      int size = 0;
      for (View v : views) size += v.vectors[d].size();
      int[] terms = new int[size];
      float[] weights = new float[size];
      int k = 0;
      offset = 0;
      for (View v : views) {
        SparseVector x = v.vectors[d];
        float scale = (float) Math.sqrt(v.weight);
        for (int i = 0; i < x.size(); i++) {
          terms[k] = x.terms[i] + offset;
          weights[k++] = x.weights[i] * scale;
        }
        offset += v.df.length;
      }
      // Views an article lacks (no entities, say) do not count against it: the joined vector is unit length again.
      joined[d] = new SparseVector(terms, weights).normalized();
    }
    return new ArticleVectors(joined, df);
  }

  SparseVector[] vectors() {
    return vectors;
  }

  int documentFrequency(int term) {
    return documentFrequency[term];
  }

  private record View(double weight, SparseVector[] vectors, int[] df) {}

  private static SparseVector[] vectorsOf(TfIdfVectors t) {
    SparseVector[] v = new SparseVector[t.size()];
    for (int i = 0; i < v.length; i++) v[i] = t.vector(i);
    return v;
  }

  private static int[] dfOf(TfIdfVectors t) {
    int terms = 0;
    for (int i = 0; i < t.size(); i++) {
      SparseVector v = t.vector(i);
      if (v.size() > 0) terms = Math.max(terms, v.terms[v.size() - 1] + 1);
    }
    int[] df = new int[terms];
    for (int i = 0; i < terms; i++) df[i] = t.documentFrequency(i);
    return df;
  }

  /** Title and first paragraph (the lead sentence when there is no cleaned body). */
  static String leadText(Article a) {
    String title = a.meta().title();
    String lead = a.body().isEmpty() ? ArticleText.leadSentence(a) : a.textOf(a.body().get(0));
    if (lead == null) lead = "";
    return title == null ? lead : title + "\n" + lead;
  }

  /** Entity TF-IDF: a name is a term (type and canonical form), tf its mentions in the article. */
  private static View entityView(List<Article> articles, double weight) {
    int n = articles.size();
    Map<String, Integer> ids = new HashMap<>();
    List<int[]> termsOf = new ArrayList<>(n);
    List<int[]> countsOf = new ArrayList<>(n);
    int[] df = new int[64];
    for (Article a : articles) {
      Map<Integer, Integer> counts = new HashMap<>();
      for (Entity e : a.entities()) {
        if (e.type() != EntityType.PER && e.type() != EntityType.ORG && e.type() != EntityType.LOC) continue;
        String name = e.canonical() != null ? e.canonical() : e.text();
        if (name.isBlank()) continue;
        int id = ids.computeIfAbsent(e.type().name() + ':' + name.strip(), k -> ids.size());
        counts.merge(id, 1, Integer::sum);
      }
      int[] t = new int[counts.size()];
      int k = 0;
      for (int id : counts.keySet()) t[k++] = id;
      Arrays.sort(t);
      int[] c = new int[t.length];
      for (int i = 0; i < t.length; i++) {
        c[i] = counts.get(t[i]);
        if (t[i] >= df.length) df = Arrays.copyOf(df, Math.max(df.length * 2, t[i] + 1));
        df[t[i]]++;
      }
      termsOf.add(t);
      countsOf.add(c);
    }
    df = Arrays.copyOf(df, ids.size());
    SparseVector[] v = new SparseVector[n];
    for (int d = 0; d < n; d++) {
      int[] t = termsOf.get(d);
      float[] w = new float[t.length];
      for (int i = 0; i < t.length; i++) w[i] = (float) ((1 + Math.log(countsOf.get(d)[i])) * Math.log((n + 1.0) / df[t[i]]));
      v[d] = new SparseVector(t, w).normalized();
    }
    return new View(weight, v, df);
  }
}

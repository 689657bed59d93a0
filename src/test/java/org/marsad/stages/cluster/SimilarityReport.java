package org.marsad.stages.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.model.Article;

/** Tuning aid, not a test: prints every pair's cosine for the articles of the given folders. */
final class SimilarityReport {
  static org.apache.lucene.analysis.Analyzer analyzer() {
    int shingles = Integer.getInteger("shingles", 1);
    if (shingles < 2) return new ArabicAnalyzer();
    return new org.apache.lucene.analysis.shingle.ShingleAnalyzerWrapper(new ArabicAnalyzer(), 2, shingles);
  }

  static void explain(TfIdfVectors v, SparseVector a, SparseVector b) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    java.util.List<double[]> prod = new java.util.ArrayList<>();
    int i = 0, j = 0;
    while (i < a.terms.length && j < b.terms.length) {
      if (a.terms[i] == b.terms[j]) { prod.add(new double[] {a.weights[i] * b.weights[j], a.terms[i]}); i++; j++; }
      else if (a.terms[i] < b.terms[j]) i++; else j++;
    }
    prod.sort((x, y) -> Double.compare(y[0], x[0]));
    for (int k = 0; k < Math.min(14, prod.size()); k++) parts.add(v.term((int) prod.get(k)[1]) + String.format("(%.3f,df%d)", prod.get(k)[0], v.documentFrequency((int) prod.get(k)[1])));
    System.out.println("      " + String.join(" ", parts));
  }

  public static void main(String[] args) {
    for (String dir : args) {
      List<Article> articles = new ArrayList<>(RawArticles.readDir(Path.of(dir)));
      if (dir.contains("seeds")) articles = SeedArticles.read(Path.of(dir));
      articles.sort(java.util.Comparator.comparing(Article::id));
      List<String> texts = articles.stream().map(ArticleText::forSimilarity).toList();
      TfIdfVectors v = TfIdfVectors.of(texts, analyzer());
      System.out.println("== " + dir);
      for (int i = 0; i < articles.size(); i++) {
        for (int j = i + 1; j < articles.size(); j++) {
          System.out.printf("%.3f  %s  %s%n", v.vector(i).dot(v.vector(j)), articles.get(i).id(), articles.get(j).id());
          if (Boolean.getBoolean("explain")) explain(v, v.vector(i), v.vector(j));
        }
      }
    }
  }
}

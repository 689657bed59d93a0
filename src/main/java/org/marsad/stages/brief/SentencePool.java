package org.marsad.stages.brief;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Article;
import org.marsad.model.Span;
import org.marsad.text.ar.Sentences;

/**
 * The sentences a summary may take from a set of articles, each with a unit-length TF-IDF vector over its content
 * terms ({@link ArabicTerms#contentTerms}); IDF is over the pool's own sentences, so a word every sentence repeats
 * weighs nothing. Sentences come from body spans only (page furniture is already cut), at most
 * {@code maxPerArticle} per article from its start, and only those of {@code minWords}…{@code maxWords} words.
 */
public final class SentencePool {
  /** One candidate sentence. {@code position} is its index among its article's sentences (0 = lead). */
  public record Candidate(int article, Span span, int position, int words, List<String> terms) {}

  private final List<Article> articles;
  private final List<Candidate> candidates;
  private final int[][] termIds;
  private final float[][] weights;

  private SentencePool(List<Article> articles, List<Candidate> candidates, int[][] termIds, float[][] weights) {
    this.articles = articles;
    this.candidates = candidates;
    this.termIds = termIds;
    this.weights = weights;
  }

  /** Builds the pool; an article without body spans gives nothing. */
  public static SentencePool of(List<Article> articles, int maxPerArticle, int minWords, int maxWords) {
    ArabicTerms terms = ArabicTerms.standard();
    List<Candidate> candidates = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      Article article = articles.get(a);
      if (article.body().isEmpty()) continue;
      char[] buf = article.text().toCharArray();
      int position = 0;
      for (Span s : sentences(buf, article)) {
        if (position >= maxPerArticle) break;
        Span trimmed = trim(buf, s);
        if (trimmed == null) continue;
        int words = countWords(buf, trimmed);
        // position counts every real sentence so that the lead stays position 0 even when a caption is skipped
        int p = position++;
        if (words < minWords || words > maxWords) continue;
        List<String> t = terms.contentTerms(buf, trimmed.start(), trimmed.end());
        if (t.isEmpty()) continue;
        candidates.add(new Candidate(a, trimmed, p, words, t));
      }
    }
    return vectorise(List.copyOf(articles), candidates);
  }

  private static SentencePool vectorise(List<Article> articles, List<Candidate> candidates) {
    Map<String, Integer> vocab = new HashMap<>();
    int n = candidates.size();
    int[][] ids = new int[n][];
    int[][] counts = new int[n][];
    int[] df = new int[16];
    for (int i = 0; i < n; i++) {
      List<String> t = candidates.get(i).terms();
      int[] raw = new int[t.size()];
      for (int k = 0; k < raw.length; k++) raw[k] = vocab.computeIfAbsent(t.get(k), x -> vocab.size());
      Arrays.sort(raw);
      int distinct = 0;
      int[] u = new int[raw.length];
      int[] c = new int[raw.length];
      for (int k = 0; k < raw.length; k++) {
        if (distinct > 0 && u[distinct - 1] == raw[k]) c[distinct - 1]++;
        else {
          u[distinct] = raw[k];
          c[distinct++] = 1;
        }
      }
      ids[i] = Arrays.copyOf(u, distinct);
      counts[i] = Arrays.copyOf(c, distinct);
      if (vocab.size() > df.length) df = Arrays.copyOf(df, Math.max(vocab.size(), df.length * 2));
      for (int k = 0; k < distinct; k++) df[u[k]]++;
    }
    float[][] weights = new float[n][];
    for (int i = 0; i < n; i++) {
      float[] w = new float[ids[i].length];
      double norm = 0;
      for (int k = 0; k < w.length; k++) {
        double tf = 1 + Math.log(counts[i][k]);
        double idf = Math.log((n + 1.0) / df[ids[i][k]]);
        w[k] = (float) (tf * idf);
        norm += w[k] * w[k];
      }
      norm = Math.sqrt(norm);
      if (norm > 0) for (int k = 0; k < w.length; k++) w[k] /= (float) norm;
      weights[i] = w;
    }
    return new SentencePool(articles, List.copyOf(candidates), ids, weights);
  }

  public int size() {
    return candidates.size();
  }

  public Candidate candidate(int i) {
    return candidates.get(i);
  }

  public Article articleOf(int i) {
    return articles.get(candidates.get(i).article());
  }

  public List<Article> articles() {
    return articles;
  }

  /** The sentence's text as the source wrote it. */
  public String text(int i) {
    return articleOf(i).textOf(candidates.get(i).span());
  }

  /** Cosine of the TF-IDF vectors of sentences i and j (both unit length): a merge of two sorted id lists. */
  public double cosine(int i, int j) {
    int[] a = termIds[i], b = termIds[j];
    float[] wa = weights[i], wb = weights[j];
    double dot = 0;
    int x = 0, y = 0;
    while (x < a.length && y < b.length) {
      if (a[x] < b[y]) x++;
      else if (a[x] > b[y]) y++;
      else dot += wa[x++] * wb[y++];
    }
    return dot;
  }

  /**
   * The body's sentences, paragraph by paragraph. {@link Sentences#split} cuts at every full stop; here a stop
   * with no space after it ends nothing (2.5, العربية.نت, an ellipsis written "..") and a piece of fewer than
   * {@value #MIN_SENTENCE_WORDS} words is no sentence on its own ("بحسب رويترز.", "مرحبا بالرومان."): it joins the
   * sentence before it in its paragraph, or the one after when it opens the paragraph. A short paragraph stays whole.
   */
  public static List<Span> sentences(Article article) {
    return sentences(article.text().toCharArray(), article);
  }

  static final int MIN_SENTENCE_WORDS = 4;

  static List<Span> sentences(char[] buf, Article article) {
    List<Span> out = new ArrayList<>();
    for (Span paragraph : article.body()) {
      List<Span> joined = new ArrayList<>();
      for (Span s : Sentences.split(article.text(), List.of(paragraph))) {
        int last = joined.size() - 1;
        if (last >= 0) {
          Span prev = joined.get(last);
          int e = prev.end();
          if (e == s.start() && buf[e - 1] == '.' && !isSpace(buf[e])) {
            joined.set(last, new Span(prev.start(), s.end()));
            continue;
          }
        }
        joined.add(s);
      }
      List<Span> glued = new ArrayList<>(joined.size());
      boolean carry = false;
      for (Span s : joined) {
        boolean fragment = countWords(buf, s) < MIN_SENTENCE_WORDS;
        if (carry) {
          Span prev = glued.remove(glued.size() - 1);
          glued.add(new Span(prev.start(), s.end()));
          carry = fragment && glued.size() == 1 && countWords(buf, glued.get(0)) < MIN_SENTENCE_WORDS;
        } else if (fragment && !glued.isEmpty()) {
          Span prev = glued.remove(glued.size() - 1);
          glued.add(new Span(prev.start(), s.end()));
        } else {
          glued.add(s);
          carry = fragment;
        }
      }
      out.addAll(glued);
    }
    return out;
  }

  /** The sentence without surrounding spaces, quotes-only or empty ranges; null when nothing is left. */
  private static Span trim(char[] buf, Span s) {
    int a = s.start(), b = s.end();
    while (a < b && isSpace(buf[a])) a++;
    while (b > a && isSpace(buf[b - 1])) b--;
    return b - a < 2 ? null : new Span(a, b);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200F' || c == '\u200E';
  }

  static int countWords(char[] buf, Span s) {
    int n = 0;
    boolean in = false;
    for (int i = s.start(); i < s.end(); i++) {
      boolean ws = Character.isWhitespace(buf[i]);
      if (!ws && !in) n++;
      in = !ws;
    }
    return n;
  }
}

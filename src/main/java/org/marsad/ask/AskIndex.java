package org.marsad.ask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Span;

/**
 * What ask reads, built once per corpus: every body sentence with its stemmed terms in an inverted index (term →
 * sentences, term → articles), the weight of each term (rarer terms say more), and the names of the corpus's entities
 * (unstemmed key → canonical), so a question is answered from the few sentences that share its terms, never by
 * analysing the whole corpus again.
 */
public final class AskIndex {
  private static final int[] NONE = new int[0];

  private final List<Article> articles;
  private final String[] holdsFor;
  private final int[] sentenceArticle;
  private final int[] sentenceStart;
  private final int[] sentenceEnd;
  private final int[] firstSentence; // of each article; its sentences are contiguous
  private final Map<String, int[]> sentencesOfTerm;
  private final Map<String, int[]> articlesOfTerm;
  private final Map<String, Set<String>> canonicalsOfName;
  private final Map<String, EntityType> typeOfCanonical;

  private AskIndex(List<Article> articles, String[] holdsFor, int[] sentenceArticle, int[] sentenceStart,
      int[] sentenceEnd, int[] firstSentence, Map<String, int[]> sentencesOfTerm, Map<String, int[]> articlesOfTerm,
      Map<String, Set<String>> canonicalsOfName, Map<String, EntityType> typeOfCanonical) {
    this.articles = articles;
    this.holdsFor = holdsFor;
    this.sentenceArticle = sentenceArticle;
    this.sentenceStart = sentenceStart;
    this.sentenceEnd = sentenceEnd;
    this.firstSentence = firstSentence;
    this.sentencesOfTerm = sentencesOfTerm;
    this.articlesOfTerm = articlesOfTerm;
    this.canonicalsOfName = canonicalsOfName;
    this.typeOfCanonical = typeOfCanonical;
  }

  /** Indexes analysed articles. Each article is analysed once, in parallel. */
  public static AskIndex build(List<Article> articles) {
    List<Article> list = List.copyOf(articles);
    TermAnalysis analysis = TermAnalysis.INSTANCE;
    record Analysed(List<Span> sentences, List<String[]> sentenceTerms, Set<String> articleTerms, Map<String, String> names,
        Map<String, EntityType> types) {}
    List<Analysed> analysed = list.parallelStream().map(a -> {
      List<Span> sentences = AnswerSentences.split(a.text(), a.body().isEmpty() ? List.of(new Span(0, a.text().length())) : a.body());
      List<String[]> terms = new ArrayList<>(sentences.size());
      Set<String> articleTerms = new HashSet<>();
      for (Span s : sentences) {
        String[] t = new LinkedHashSet<>(analysis.stems(a.text().substring(s.start(), s.end()))).toArray(String[]::new);
        terms.add(t);
        articleTerms.addAll(Arrays.asList(t));
      }
      if (a.meta().title() != null) articleTerms.addAll(analysis.stems(a.meta().title()));
      Map<String, String> names = new HashMap<>();
      Map<String, EntityType> types = new HashMap<>();
      Set<String> seen = new HashSet<>(); // an article names the same entity again and again: analyse each form once
      for (Entity e : a.entities()) {
        String canonical = canonical(e);
        types.putIfAbsent(canonical, e.type());
        if (seen.add(e.text() + "\u0000" + canonical)) {
          names.putIfAbsent(analysis.nameKey(e.text()), canonical);
          if (!canonical.equals(e.text())) names.putIfAbsent(analysis.nameKey(canonical), canonical);
        }
      }
      return new Analysed(sentences, terms, articleTerms, names, types);
    }).toList();

    int total = 0;
    for (Analysed x : analysed) total += x.sentences().size();
    int[] sa = new int[total];
    int[] ss = new int[total];
    int[] se = new int[total];
    int[] first = new int[list.size() + 1];
    String[] holds = new String[list.size()];
    Map<String, IntList> byTerm = new HashMap<>();
    Map<String, IntList> byTermArticle = new HashMap<>();
    Map<String, Set<String>> names = new HashMap<>();
    Map<String, EntityType> types = new HashMap<>();
    int n = 0;
    for (int ai = 0; ai < list.size(); ai++) {
      Analysed x = analysed.get(ai);
      first[ai] = n;
      holds[ai] = holdsFor(list.get(ai));
      for (int k = 0; k < x.sentences().size(); k++, n++) {
        sa[n] = ai;
        ss[n] = x.sentences().get(k).start();
        se[n] = x.sentences().get(k).end();
        for (String t : x.sentenceTerms().get(k)) byTerm.computeIfAbsent(t, z -> new IntList()).add(n);
      }
      for (String t : x.articleTerms()) byTermArticle.computeIfAbsent(t, z -> new IntList()).add(ai);
      for (Map.Entry<String, String> e : x.names().entrySet()) {
        if (!e.getKey().isEmpty()) names.computeIfAbsent(e.getKey(), z -> new HashSet<>()).add(e.getValue());
      }
      x.types().forEach(types::putIfAbsent);
    }
    first[list.size()] = n;
    Map<String, int[]> sentencesOfTerm = new HashMap<>(byTerm.size() * 2);
    byTerm.forEach((k, v) -> sentencesOfTerm.put(k, v.toArray()));
    Map<String, int[]> articlesOfTerm = new HashMap<>(byTermArticle.size() * 2);
    byTermArticle.forEach((k, v) -> articlesOfTerm.put(k, v.toArray()));
    return new AskIndex(list, holds, sa, ss, se, first, sentencesOfTerm, articlesOfTerm, names, types);
  }

  /** The name an entity is known by across the corpus: its canonical, else its text. */
  static String canonical(Entity e) {
    return e.canonical() != null && !e.canonical().isBlank() ? e.canonical() : e.text();
  }

  /** The month the article reports for: its publication date, else the date inferred from its event; or null. */
  static String holdsFor(Article a) {
    String d = a.meta().published() != null ? a.meta().published() : a.meta().publishedInferred();
    return d == null || d.length() < 7 ? null : d.substring(0, 7);
  }

  /** The indexed articles, in index order. */
  public List<Article> articles() { return articles; }
  int sentenceCount() { return sentenceArticle.length; }
  int articleOf(int sentence) { return sentenceArticle[sentence]; }
  Span span(int sentence) { return new Span(sentenceStart[sentence], sentenceEnd[sentence]); }
  String holdsFor(int article) { return holdsFor[article]; }
  int firstSentenceOf(int article) { return firstSentence[article]; }

  String sentenceText(int sentence) {
    return articles.get(sentenceArticle[sentence]).text().substring(sentenceStart[sentence], sentenceEnd[sentence]);
  }

  int[] sentencesWith(String term) { return sentencesOfTerm.getOrDefault(term, NONE); }
  int[] articlesWith(String term) { return articlesOfTerm.getOrDefault(term, NONE); }

  /** How much a term says: log-scaled inverse sentence frequency; an unknown term weighs as the rarest. */
  double weight(String term) {
    int df = sentencesWith(term).length;
    return Math.log(1.0 + (double) (sentenceCount() + 1) / (df + 1));
  }

  /** Canonicals of the entities the corpus knows under this name key (unstemmed terms joined by spaces). */
  Set<String> canonicalsOf(String nameKey) {
    return canonicalsOfName.getOrDefault(nameKey, Set.of());
  }

  /** The type the corpus first gave an entity of this canonical, or null. */
  EntityType typeOf(String canonical) {
    return typeOfCanonical.get(canonical);
  }

  /** A growable int array: postings are built without boxing. */
  private static final class IntList {
    int[] a = new int[4];
    int n;

    void add(int v) {
      if (n > 0 && a[n - 1] == v) return;
      if (n == a.length) a = Arrays.copyOf(a, n * 2);
      a[n++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}

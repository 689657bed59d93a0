package org.marsad.ask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Quantity;
import org.marsad.model.Span;
import org.marsad.text.ar.Sentences;

/**
 * Answers a question in Arabic from analysed articles, with sources. A first, honest cut (issue 10 brings the real
 * one): the question's kind picks what to read (quantities, dates, persons, places); its content terms pick the
 * sentences to read them from; answers are grouped by value and by the month they hold for, so sources that disagree
 * give one answer each. Nothing found: "لا أعرف" with the nearest sources.
 */
public final class AskEngine {
  /** Interrogatives and helper words: they say what is asked, not what it is about. */
  private static final String QUESTION_WORDS = "كم بكم عدد ما ماذا من متى أين اين هل كيف لماذا أي اي حجم قيمة مقدار نسبة يوم تاريخ عام شهر مدينة بلد";
  /** A sentence is read when it holds at least this share of the question's terms. */
  private static final double MIN_SENTENCE_SHARE = 0.5;
  private static final int MAX_ANSWERS = 6;
  private static final int MAX_NEAREST = 3;

  private final Analyzer analyzer = new ArabicAnalyzer();
  private final Set<String> questionWords = terms(QUESTION_WORDS);

  public Question parse(String question) {
    Set<String> t = new HashSet<>(terms(question));
    t.removeAll(questionWords);
    return new Question(question, Question.kindOf(question), t);
  }

  public AskResult ask(String questionText, List<Article> articles) {
    Question q = parse(questionText);
    Map<String, Group> groups = new LinkedHashMap<>();
    List<Scored> nearest = new ArrayList<>();
    for (Article a : articles) {
      double bestShare = 0;
      List<Candidate> found = new ArrayList<>();
      int bestRank = 0;
      for (Span sentence : sentences(a)) {
        String s = a.text().substring(sentence.start(), sentence.end());
        Set<String> st = terms(s);
        double share = share(q.terms(), st);
        bestShare = Math.max(bestShare, share);
        if (q.terms().isEmpty() || share < MIN_SENTENCE_SHARE || (q.terms().size() >= 3 && overlap(q.terms(), st) < 2)) continue;
        for (Candidate c : read(q, a, sentence, s)) {
          if (c.rank > bestRank) {
            found.clear();
            bestRank = c.rank;
          }
          if (c.rank == bestRank) found.add(c);
        }
      }
      if (bestShare > 0) nearest.add(new Scored(a.id(), bestShare));
      Set<String> seenValues = new HashSet<>();
      for (Candidate c : found) {
        if (!seenValues.add(c.value)) continue; // one vote per article and value
        String holdsFor = holdsFor(a);
        groups.computeIfAbsent(c.value + "\u0000" + holdsFor, k -> new Group(c.value, c.sentence, holdsFor)).sources.add(a.id());
      }
    }
    if (groups.isEmpty()) {
      nearest.sort(Comparator.comparingDouble(Scored::share).reversed().thenComparing(Scored::id));
      return new AskResult(questionText, AskResult.DONT_KNOW, List.of(),
          nearest.stream().limit(MAX_NEAREST).map(Scored::id).toList());
    }
    List<AskResult.Answer> answers = groups.values().stream()
        .sorted(Comparator.comparingInt((Group g) -> -g.sources.size())
            .thenComparing(g -> g.holdsFor == null ? "" : g.holdsFor, Comparator.reverseOrder())
            .thenComparing(g -> g.value))
        .limit(MAX_ANSWERS)
        .map(g -> new AskResult.Answer(g.value, g.text, g.holdsFor, List.copyOf(g.sources)))
        .toList();
    return new AskResult(questionText, null, answers, List.of());
  }

  /** What the sentence says of the kind asked, ranked by how well it fits the question. */
  private List<Candidate> read(Question q, Article a, Span sentence, String text) {
    List<Candidate> out = new ArrayList<>();
    switch (q.kind()) {
      case COUNT -> {
        for (Quantity quantity : a.quantities()) {
          if (!sentence.contains(quantity.span()) || "%".equals(quantity.unit())) continue;
          int rank = fit(q, quantity.of());
          if (rank > 0) out.add(new Candidate(Quantity.valueText(quantity.value()), text, rank));
        }
      }
      case DATE -> {
        for (DateMention d : a.dates()) {
          if (sentence.contains(d.span()) && d.value() != null && !d.value().contains("/")) out.add(new Candidate(d.value(), text, 1));
        }
      }
      case PERSON, PLACE -> {
        EntityType wanted = q.kind() == Question.Kind.PERSON ? EntityType.PER : EntityType.LOC;
        for (Entity e : a.entities()) {
          if (e.type() != wanted || !sentence.contains(e.span())) continue;
          if (!terms(e.text()).isEmpty() && q.terms().containsAll(terms(e.text()))) continue; // the question names it already
          out.add(new Candidate(e.text(), text, 1));
        }
      }
      case OTHER -> { }
    }
    return out;
  }

  /** 2 when the counted noun's head is a question term, 1 when its context is, else 0. */
  private int fit(Question q, String of) {
    if (of == null) return 0;
    int paren = of.indexOf('(');
    String head = paren < 0 ? of : of.substring(0, paren);
    if (overlap(q.terms(), terms(head)) > 0) return 2;
    return overlap(q.terms(), terms(of)) > 0 ? 1 : 0;
  }

  /** The month the article reports for: its publication date, else the date inferred from its event. */
  static String holdsFor(Article a) {
    String d = a.meta().published() != null ? a.meta().published() : a.meta().publishedInferred();
    return d == null || d.length() < 7 ? null : d.substring(0, 7);
  }

  /** Sentences of the body (the whole text when there is no body), as spans into the original text. */
  static List<Span> sentences(Article a) {
    return Sentences.split(a.text(), a.body().isEmpty() ? List.of(new Span(0, a.text().length())) : a.body());
  }

  private Set<String> terms(String text) {
    Set<String> out = new TreeSet<>();
    try (TokenStream ts = analyzer.tokenStream("q", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) if (term.length() > 1) out.add(term.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static int overlap(Set<String> a, Set<String> b) {
    int n = 0;
    for (String x : a) if (b.contains(x)) n++;
    return n;
  }

  private static double share(Set<String> question, Set<String> sentence) {
    return question.isEmpty() ? 0 : (double) overlap(question, sentence) / question.size();
  }

  private record Candidate(String value, String sentence, int rank) {}

  private record Scored(String id, double share) {}

  private static final class Group {
    final String value;
    final String text;
    final String holdsFor;
    final Set<String> sources = new TreeSet<>();

    Group(String value, String text, String holdsFor) {
      this.value = value;
      this.text = text.strip();
      this.holdsFor = holdsFor;
    }
  }
}

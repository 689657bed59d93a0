package org.marsad.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Span;

/**
 * Answers a question in Arabic from analysed articles, with sources (shared/CONTRACT.md §4).
 *
 * <ol>
 *   <li>The question gives its kind (who, what, when, where, how many) and its stemmed content terms ({@link Question}).
 *   <li>Retrieval: the {@link AskIndex} postings of those terms score the sentences that hold them, by the weight of
 *       the terms they share (rare terms count more) and of those their article shares; a name the question gives
 *       (a person, organisation or place known to the corpus) prefers sentences and articles that mention it.
 *   <li>The {@link ClaimReader} reads, in the best sentences, what answers that kind; each source keeps its best claim.
 *   <li>Claims are grouped by value and by the month they hold for, so sources that disagree give one answer each.
 *       Nothing good: "لا أعرف" with the nearest sources.
 * </ol>
 */
public final class AskEngine {
  private static final int MAX_ANSWERS = 6;
  private static final int MAX_NEAREST = 3;
  private static final int MAX_SENTENCES = 200;
  /** A sentence is read when it holds at least this share of the question's term weight. */
  private static final double MIN_SENTENCE_SHARE = 0.3;
  /** Weight of the sentence against its article in a sentence's retrieval score. */
  private static final double SENTENCE_WEIGHT = 0.65;
  /** A claim answers only from this score up (retrieval plus fit). */
  private static final double MIN_CLAIM_SCORE = 0.75;
  /** Answers scoring below this share of the best are noise. */
  private static final double KEEP_SHARE = 0.72;
  /** News leads say when and where: a date or place in an article's first sentence gains this much. */
  private static final double LEAD_BONUS = 0.1;
  /** Claims of one source this close to its best are kept too. */
  private static final double TIE = 0.02;
  private static final double NAMED_SENTENCE_BONUS = 0.15;
  private static final double UNNAMED_ARTICLE_FACTOR = 0.6;
  private static final double UNKNOWN_TERM_FACTOR = 1.5;
  /** An article holding this share of the question's term weight is about what is asked. */
  private static final double STRONG_ARTICLE_SHARE = 0.75;
  /** Each further source agreeing on a value adds this much to its rank. */
  private static final double SOURCE_BONUS = 0.05;
  private static final boolean DEBUG = Boolean.getBoolean("marsad.ask.debug");

  private record CachedIndex(long fingerprint, int size, AskIndex index) {}

  /** The last corpus asked, so that a run of questions over the same articles indexes them once. */
  private static volatile CachedIndex cache;

  public Question parse(String question) {
    return Question.parse(question);
  }

  public AskResult ask(String question, List<Article> articles) {
    return ask(question, indexFor(articles));
  }

  /** The index of these articles: the cached one when they are the articles last asked. */
  public static AskIndex indexFor(List<Article> articles) {
    long fp = fingerprint(articles);
    CachedIndex c = cache;
    if (c != null && c.fingerprint() == fp && c.size() == articles.size()) return c.index();
    AskIndex index = AskIndex.build(articles);
    cache = new CachedIndex(fp, articles.size(), index);
    return index;
  }

  private static long fingerprint(List<Article> articles) {
    long h = 1125899906842597L;
    for (Article a : articles) {
      h = 31 * h + a.id().hashCode();
      h = 31 * h + a.text().hashCode(); // String caches its hash
      h = 31 * h + a.entities().size() * 7919L + a.quantities().size() * 104729L + a.dates().size();
      h = 31 * h + java.util.Objects.hashCode(AskIndex.holdsFor(a));
    }
    return h;
  }

  public AskResult ask(String questionText, AskIndex index) {
    Question q = Question.parse(questionText == null ? "" : questionText);
    if (q.terms().isEmpty()) return dontKnow(questionText, List.of());

    // weights of the question's terms; the noun a count asks about may be written otherwise in the answer
    Map<String, Double> weight = new LinkedHashMap<>();
    double total = 0;
    double known = 0;
    for (String t : q.terms()) if (index.sentencesWith(t).length > 0) known = Math.max(known, index.weight(t));
    for (String t : q.terms()) {
      // a word the corpus never uses ("اليابان") weighs more than any it uses: missing it is missing the point
      double w = index.sentencesWith(t).length == 0 ? UNKNOWN_TERM_FACTOR * Math.max(known, index.weight(t)) : index.weight(t);
      if (t.equals(q.askedNoun())) w *= 0.5;
      weight.put(t, w);
      total += w;
    }
    // dense accumulators: a question touches many postings, and boxing each addition would cost more than the sum
    double[] sentenceSum = new double[index.sentenceCount()];
    double[] articleSum = new double[index.articles().size()];
    for (Map.Entry<String, Double> e : weight.entrySet()) {
      double w = e.getValue();
      for (int s : index.sentencesWith(e.getKey())) sentenceSum[s] += w;
      for (int a : index.articlesWith(e.getKey())) articleSum[a] += w;
    }
    Map<Integer, Double> sentenceScore = new HashMap<>();
    for (int s = 0; s < sentenceSum.length; s++) if (sentenceSum[s] >= MIN_SENTENCE_SHARE * total) sentenceScore.put(s, sentenceSum[s]);
    Map<Integer, Double> articleScore = new HashMap<>();
    for (int a = 0; a < articleSum.length; a++) if (articleSum[a] > 0) articleScore.put(a, articleSum[a]);
    List<String> nearest = nearest(index, articleScore);
    if (q.kind() == Question.Kind.OTHER || asksAboutUnknown(q, index)) return dontKnow(questionText, nearest);

    Set<String> askedNames = askedNames(q, index);
    // a source without the person or organisation the question names counts less; a place is exempt, since sources
    // often write it as a demonym (المصري for مصر)
    Set<String> requiredNames = new HashSet<>();
    for (String c : askedNames) {
      EntityType t = index.typeOf(c);
      if (t == EntityType.PER || t == EntityType.ORG) requiredNames.add(c);
    }
    Set<Integer> askedOrdinals = AskLexicon.INSTANCE.ordinals(q.terms());
    List<Integer> ranked = new ArrayList<>();
    Map<Integer, Double> combined = new HashMap<>();
    if (leadSays(q)) { // leads of strong articles are read even when they share few of the question's words
      for (Map.Entry<Integer, Double> e : articleScore.entrySet()) {
        int lead = index.firstSentenceOf(e.getKey());
        if (e.getValue() / total >= STRONG_ARTICLE_SHARE && lead < index.firstSentenceOf(e.getKey() + 1)) {
          sentenceScore.putIfAbsent(lead, sentenceSum[lead]);
        }
      }
    }
    for (Map.Entry<Integer, Double> e : sentenceScore.entrySet()) {
      int s = e.getKey();
      double share = e.getValue() / total;
      int a = index.articleOf(s);
      double articleShare = articleScore.getOrDefault(a, 0.0) / total;
      // a lead says when and where its article's story happened even when the question's words come later
      boolean strongLead = leadSays(q) && s == index.firstSentenceOf(a) && articleShare >= STRONG_ARTICLE_SHARE;
      if (share < MIN_SENTENCE_SHARE && !strongLead) continue;
      Article article = index.articles().get(a);
      Span span = index.span(s);
      if (!q.years().isEmpty() && !holdsInYears(q, index.holdsFor(a), article, span)) continue;
      if (otherOrdinal(askedOrdinals, index.sentenceText(s))) continue;
      double score = SENTENCE_WEIGHT * share + (1 - SENTENCE_WEIGHT) * articleScore.getOrDefault(a, 0.0) / total;
      if (!requiredNames.isEmpty() && mentions(article, span, requiredNames)) score += NAMED_SENTENCE_BONUS;
      else if (!requiredNames.isEmpty() && !mentions(article, null, requiredNames)) score *= UNNAMED_ARTICLE_FACTOR;
      combined.put(s, score);
      ranked.add(s);
    }
    ranked.sort(Comparator.comparingDouble((Integer s) -> -combined.get(s)).thenComparingInt(s -> s));
    if (ranked.size() > MAX_SENTENCES) ranked = ranked.subList(0, MAX_SENTENCES);

    ClaimReader reader = new ClaimReader(q, askedNames);
    for (int s : ranked) reader.noteAskedRoleHolders(index.articles().get(index.articleOf(s)), index.span(s));
    Map<Integer, List<Pick>> byArticle = new LinkedHashMap<>();
    for (int s : ranked) {
      int a = index.articleOf(s);
      for (ClaimReader.Claim c : reader.read(index.articles().get(a), index.span(s))) {
        double score = combined.get(s) + c.fit() + (s == index.firstSentenceOf(a) && leadSays(q) ? LEAD_BONUS : 0);
        if (DEBUG) System.err.printf("ask: %.3f (sentence %.3f + fit %.3f) %s ← %s%n", score, combined.get(s), c.fit(), c.value(), index.sentenceText(s));
        if (score < MIN_CLAIM_SCORE) continue;
        byArticle.computeIfAbsent(a, k -> new ArrayList<>()).add(new Pick(a, s, c, score));
      }
    }
    List<Pick> picks = new ArrayList<>();
    for (List<Pick> ps : byArticle.values()) picks.addAll(bestOfSource(ps));
    if (q.kind() == Question.Kind.PERSON) picks = mergeNameVariants(picks);
    if (picks.isEmpty()) return dontKnow(questionText, nearest);

    Map<String, Group> groups = new LinkedHashMap<>();
    for (Pick p : picks) {
      String holds = index.holdsFor(p.article());
      groups.computeIfAbsent(p.claim().key() + "\u0000" + holds, k -> new Group(holds)).add(p);
    }
    Pick top = groups.values().stream().map(g -> g.best).max(Comparator.comparingDouble(Pick::score)).orElseThrow();
    double best = top.score();
    List<AskResult.Answer> answers = groups.values().stream()
        .filter(g -> g.best.score() >= best * KEEP_SHARE || sameHappening(g.best, top, index))
        .sorted(Comparator.comparingDouble((Group g) -> -(g.best.score() + SOURCE_BONUS * (g.picks.size() - 1)))
            .thenComparing(g -> g.holdsFor == null ? "" : g.holdsFor, Comparator.reverseOrder())
            .thenComparing(g -> g.best.claim().value()))
        .limit(MAX_ANSWERS)
        .map(g -> g.toAnswer(index))
        .toList();
    return new AskResult(questionText, null, answers, List.of());
  }

  /**
   * A thing the question names with the article (اليابان, الزلزال) that no source ever mentions: the corpus does not
   * know what is asked, whatever else the question shares with it. Verbs take no article, so an unknown verb
   * ("تحدث") is only a word the sources put otherwise.
   */
  private static boolean asksAboutUnknown(Question q, AskIndex index) {
    for (String t : q.definiteTerms()) {
      if (index.sentencesWith(t).length == 0 && index.articlesWith(t).length == 0 && AskLexicon.INSTANCE.classOf(t) == null) return true;
    }
    return false;
  }

  /**
   * Two claims about one happening: their sentences name two or more of the same persons or organisations, or one
   * each when that is all they name. Sources that disagree about it are all shown, however weaker one's wording.
   */
  private static boolean sameHappening(Pick a, Pick b, AskIndex index) {
    if (a.article() == b.article()) return false;
    Set<String> x = actors(index, a);
    Set<String> y = actors(index, b);
    int shared = 0;
    for (String c : x) if (y.contains(c)) shared++;
    return shared >= 2 || (shared == 1 && (x.size() == 1 || y.size() == 1));
  }

  private static Set<String> actors(AskIndex index, Pick p) {
    Set<String> out = new HashSet<>();
    Span span = index.span(p.sentence());
    for (Entity e : index.articles().get(p.article()).entities()) {
      if ((e.type() == EntityType.PER || e.type() == EntityType.ORG) && span.contains(e.span())) out.add(AskIndex.canonical(e));
    }
    return out;
  }

  private static boolean leadSays(Question q) {
    return q.kind() == Question.Kind.DATE || q.kind() == Question.Kind.PLACE;
  }

  private static AskResult dontKnow(String question, List<String> nearest) {
    return new AskResult(question, AskResult.DONT_KNOW, List.of(), nearest);
  }

  /** The articles sharing most of the question's term weight. */
  private static List<String> nearest(AskIndex index, Map<Integer, Double> articleScore) {
    return articleScore.entrySet().stream()
        .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_NEAREST)
        .map(e -> index.articles().get(e.getKey()).id())
        .toList();
  }

  /** Canonicals of the entities the question names: its longest word runs that are names in the corpus. */
  private static Set<String> askedNames(Question q, AskIndex index) {
    Set<String> out = new HashSet<>();
    List<String> t = q.nameTerms();
    boolean[] used = new boolean[t.size()];
    for (int n = Math.min(4, t.size()); n >= 1; n--) {
      for (int i = 0; i + n <= t.size(); i++) {
        boolean free = true;
        for (int k = i; k < i + n; k++) free &= !used[k];
        if (!free) continue;
        if (n == 1 && (t.get(i).length() < 3 || AskLexicon.INSTANCE.isQuestionWord(t.get(i)))) continue;
        Set<String> canonicals = index.canonicalsOf(String.join(" ", t.subList(i, i + n)));
        if (canonicals.isEmpty()) continue;
        out.addAll(canonicals);
        for (int k = i; k < i + n; k++) used[k] = true;
      }
    }
    return out;
  }

  /**
   * A question about "the third round" is not answered by a sentence about the second: a sentence naming ordinals,
   * none of them the question's, speaks of another one of the same thing.
   */
  private static boolean otherOrdinal(Set<Integer> asked, String sentence) {
    if (asked.isEmpty()) return false;
    Set<Integer> said = AskLexicon.INSTANCE.ordinals(TermAnalysis.INSTANCE.stems(sentence));
    if (said.isEmpty()) return false;
    for (int o : said) if (asked.contains(o)) return false;
    return true;
  }

  /** Whether the sentence (or, with a null span, the article) mentions one of these entities. */
  private static boolean mentions(Article a, Span span, Set<String> canonicals) {
    for (Entity e : a.entities()) {
      if ((span == null || span.contains(e.span())) && canonicals.contains(AskIndex.canonical(e))) return true;
    }
    return false;
  }

  /** A question naming a year reads sources of that year, or sentences dated in it. */
  private static boolean holdsInYears(Question q, String holdsFor, Article a, Span span) {
    if (holdsFor != null && q.years().contains(holdsFor.substring(0, 4))) return true;
    for (DateMention d : a.dates()) {
      if (span.contains(d.span()) && d.value() != null && d.value().length() >= 4 && q.years().contains(d.value().substring(0, 4))) return true;
    }
    return false;
  }

  /** A source's best claims: one per value, those within a tie of its best. */
  private static List<Pick> bestOfSource(List<Pick> picks) {
    double best = picks.stream().mapToDouble(Pick::score).max().orElse(0);
    Map<String, Pick> byKey = new LinkedHashMap<>();
    for (Pick p : picks) {
      if (p.score() < best - TIE) continue;
      byKey.merge(p.claim().key(), p, (x, y) -> y.score() > x.score() ? y : x);
    }
    return new ArrayList<>(byKey.values());
  }

  /**
   * One person written longer in one source ("المشارك عادل منصور") and shorter in another ("عادل منصور"): the
   * longer key ending with the shorter one (two words or more) takes the shorter key and value.
   */
  private static List<Pick> mergeNameVariants(List<Pick> picks) {
    Map<String, ClaimReader.Claim> shortest = new HashMap<>();
    for (Pick p : picks) shortest.putIfAbsent(p.claim().key(), p.claim());
    List<Pick> out = new ArrayList<>(picks.size());
    for (Pick p : picks) {
      ClaimReader.Claim into = p.claim();
      for (ClaimReader.Claim other : shortest.values()) {
        String k = other.key();
        if (k.length() < into.key().length() && k.indexOf(' ') > 0 && into.key().endsWith(" " + k)) into = other;
      }
      out.add(into == p.claim() ? p : new Pick(p.article(), p.sentence(),
          new ClaimReader.Claim(into.key(), into.value(), p.claim().role(), p.claim().fit()), p.score()));
    }
    return out;
  }

  private record Pick(int article, int sentence, ClaimReader.Claim claim, double score) {}

  private static final class Group {
    final String holdsFor;
    final List<Pick> picks = new ArrayList<>();
    Pick best;

    Group(String holdsFor) {
      this.holdsFor = holdsFor;
    }

    void add(Pick p) {
      for (Pick x : picks) if (x.article() == p.article()) return; // one vote per source
      picks.add(p);
      if (best == null || p.score() > best.score()) best = p;
    }

    AskResult.Answer toAnswer(AskIndex index) {
      List<Pick> ordered = new ArrayList<>(picks);
      ordered.sort(Comparator.comparing(p -> index.articles().get(p.article()).id()));
      List<String> ids = new ArrayList<>();
      List<String> outlets = new ArrayList<>();
      for (Pick p : ordered) {
        Article a = index.articles().get(p.article());
        ids.add(a.id());
        outlets.add(a.meta().outlet());
      }
      String role = best.claim().role();
      if (role == null) for (Pick p : ordered) if (p.claim().role() != null) { role = p.claim().role(); break; }
      return new AskResult.Answer(best.claim().value(), index.sentenceText(best.sentence()).strip(), holdsFor, ids, outlets, role);
    }
  }
}

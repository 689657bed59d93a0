package org.marsad.stages.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Span;
import org.marsad.stages.clean.ReportingDay;
import org.marsad.text.ar.SpellingKey;

/**
 * Turns an article into an {@link EventProfile} in two steps: {@link #count} analyses the text once (and counts its
 * terms in the statistics), {@link #weigh} turns the counts into TF-IDF vectors with the statistics of that moment.
 * A batch counts all its articles before weighing any. Not thread-safe (the analyzer's streams are reused).
 */
final class EventProfiler {
  /** The body vector keeps its heaviest terms only: they carry the cosine, and profiles stay small at scale. */
  static final int MAX_BODY_TERMS = 64;
  /** Entity ids live in the term statistics under this prefix, so a name never meets a word. */
  private static final String ENTITY_PREFIX = "\u0001";
  private static final String OUTLET_PREFIX = "\u0002";

  private final Analyzer analyzer;
  private final CharArraySet ignored;
  private final TermStatistics stats;
  private int[] scratch = new int[256];

  /** Whether terms an outlet repeats in most of its own articles lose weight ({@link TermStatistics#outletFactor}). */
  private final boolean outletAware;

  EventProfiler(Analyzer analyzer, TermStatistics stats) {
    this(analyzer, stats, false);
  }

  EventProfiler(Analyzer analyzer, TermStatistics stats, boolean outletAware) {
    this.outletAware = outletAware;
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.ignored = NewsStopwords.forAnalyzer(analyzer);
    this.stats = Objects.requireNonNull(stats, "stats");
  }

  TermStatistics statistics() {
    return stats;
  }

  /** An article's analysed terms before weighing. */
  record Counts(String articleId, int outlet, long publishedDay, long happeningDay, int weekdayMask,
      int[] bodyTerms, int[] bodyCounts, int[] leadTerms, int[] leadCounts, int[] entities) {}

  /** Analyses the article and counts its terms and names in the statistics. */
  Counts count(Article a) {
    int[][] body = termCounts(ArticleText.forSimilarity(a));
    int[][] lead = termCounts(ArticleVectors.leadText(a));
    int[] entities = entityIds(a);
    String outletName = a.meta().outlet();
    int outlet = outletName == null || outletName.isBlank() ? -1 : stats.id(OUTLET_PREFIX + outletName.strip());
    stats.addOutletDocument(outletAware ? outlet : -1, body[0], lead[0], entities);
    long published = ArticleText.epochDay(ArticleText.publishedDate(a));
    long happening = happeningDay(a, published);
    int weekdays = SimilarityGrouping.weekdayMask(published, ReportingDay.todayWeekday(a));
    return new Counts(a.id(), outlet, published, happening, weekdays, body[0], body[1], lead[0], lead[1], entities);
  }

  /** An article whose text could not be analysed: no terms and no names, so it stays an event of its own. */
  static Counts nothing(Article a) {
    int[] none = new int[0];
    return new Counts(a.id(), -1, SimilarityGrouping.UNKNOWN_DAY, SimilarityGrouping.UNKNOWN_DAY, 0, none, none, none, none, none);
  }

  /** The profile of counted terms, with IDF as the statistics stand now. */
  EventProfile weigh(Counts c) {
    int o = outletAware ? c.outlet() : -1;
    SparseVector body = tfIdf(c.bodyTerms(), c.bodyCounts(), MAX_BODY_TERMS, o);
    SparseVector lead = tfIdf(c.leadTerms(), c.leadCounts(), Integer.MAX_VALUE, o);
    float[] ew = new float[c.entities().length];
    for (int i = 0; i < ew.length; i++) ew[i] = (float) (stats.idf(c.entities()[i]) * stats.outletFactor(o, c.entities()[i]));
    return new EventProfile(c.articleId(), c.outlet(), c.publishedDay(), c.happeningDay(), c.weekdayMask(), body, lead,
        c.entities(), ew);
  }

  private SparseVector tfIdf(int[] terms, int[] counts, int keep, int outlet) {
    float[] w = new float[terms.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) ((1 + Math.log(counts[i])) * stats.idf(terms[i]) * stats.outletFactor(outlet, terms[i]));
    }
    SparseVector v = new SparseVector(terms, w);
    if (terms.length > keep) {
      int[] top = v.topTerms(keep, t -> true);
      Arrays.sort(top);
      float[] tw = new float[top.length];
      for (int i = 0, j = 0; i < top.length; i++) {
        while (terms[j] != top[i]) j++;
        tw[i] = w[j];
      }
      v = new SparseVector(top, tw);
    }
    return v.normalized();
  }

  /** Per analysed term, the id of its key ({@link TermKeys}), computed once per term seen. */
  private final org.apache.lucene.analysis.CharArrayMap<Integer> spellingIds = new org.apache.lucene.analysis.CharArrayMap<>(1 << 14, false);

  /**
   * The id of a term's key ({@link TermKeys}): outlets write one word apart (كيماوي / كيميائي, ترامب / ترمب,
   * أميركي / أمريكي), and their articles of one happening should meet on it as they do on names.
   */
  private int spellingId(char[] buf, int len) {
    Integer id = spellingIds.get(buf, 0, len);
    if (id == null) {
      id = stats.id(TermKeys.of(new String(buf, 0, len)));
      spellingIds.put(Arrays.copyOf(buf, len), id);
    }
    return id;
  }

  /** Sorted unique term ids of the text and their counts. */
  private int[][] termCounts(String text) {
    int len = 0;
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        char[] buf = term.buffer();
        int tl = term.length();
        if (tl == 0 || ignored.contains(buf, 0, tl)) continue;
        int id = spellingId(buf, tl);
        if (len == scratch.length) scratch = Arrays.copyOf(scratch, len * 2);
        scratch[len++] = id;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on a String reader
    }
    Arrays.sort(scratch, 0, len);
    int[] t = new int[len];
    int[] c = new int[len];
    int u = 0;
    for (int i = 0; i < len; i++) {
      if (u > 0 && t[u - 1] == scratch[i]) c[u - 1]++;
      else {
        t[u] = scratch[i];
        c[u++] = 1;
      }
    }
    return new int[][] {Arrays.copyOf(t, u), Arrays.copyOf(c, u)};
  }

  /** Persons, organisations and places, by type and spelling key of their canonical name (outlets spell apart). */
  private int[] entityIds(Article a) {
    int[] ids = new int[a.entities().size()];
    int n = 0;
    for (Entity e : a.entities()) {
      if (e.type() != EntityType.PER && e.type() != EntityType.ORG && e.type() != EntityType.LOC) continue;
      String name = e.canonical() != null ? e.canonical() : e.text();
      String key = SpellingKey.of(name);
      if (key.isBlank()) continue;
      ids[n++] = stats.id(ENTITY_PREFIX + e.type().name().charAt(0) + key);
    }
    int[] sorted = Arrays.copyOf(ids, n);
    Arrays.sort(sorted);
    return Arrays.stream(sorted).distinct().toArray();
  }

  /**
   * The day the lead paragraph gives the happening: its first full date ("أمس السبت" resolved against the
   * publication day); without one, the publication day. Reactions published the next day still name the day of the
   * happening.
   */
  static long happeningDay(Article a, long publishedDay) {
    if (a.body().isEmpty()) return publishedDay;
    Span lead = a.body().get(0);
    DateMention first = null;
    for (DateMention d : a.dates()) {
      if (d.value() == null || d.value().length() != 10 || !lead.contains(d.span())) continue;
      if (first == null || d.span().start() < first.span().start()) first = d;
    }
    if (first == null) return publishedDay;
    try {
      long day = LocalDate.parse(first.value()).toEpochDay();
      // A date far from publication is background ("on 11 September 2014"), not the happening.
      if (publishedDay != SimilarityGrouping.UNKNOWN_DAY && Math.abs(day - publishedDay) > 2) return publishedDay;
      return day;
    } catch (java.time.format.DateTimeParseException e) {
      return publishedDay;
    }
  }
}

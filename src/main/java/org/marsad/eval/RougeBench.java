package org.marsad.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.marsad.model.Article;
import org.marsad.model.Span;
import org.marsad.pipeline.StageContext;
import org.marsad.stages.brief.ExtractiveSummarizer;
import org.marsad.stages.brief.SentencePool;
import org.marsad.stages.clean.CleanStage;
import org.marsad.stages.ingest.IngestOptions;
import org.marsad.stages.ingest.Ingestor;

/**
 * Single-article summaries scored with {@link Rouge} against a publisher-written lead (ANT {@code <ABSTRACT>}), for
 * several systems in one run under one length budget: each system orders sentences of the cleaned body, the
 * chosen ones are read in text order, and the result is cut to as many tokens as the reference has. Every system
 * sees the same candidate sentences (those of {@link ExtractiveSummarizer#pool}) except Lead-3, which takes the
 * first three sentences of the body whatever their length. Scores are means over articles.
 */
public final class RougeBench {
  private RougeBench() {}

  /** An article with its cleaned body and the reference summary. */
  public record Sample(Article article, String reference) {
    public Sample {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(reference, "reference");
    }
  }

  /** A way to choose sentences of one article: spans into its text, in any order (they are read in text order). */
  public interface SummarySystem {
    String name();

    List<Span> choose(Article article, SentencePool pool, int budgetWords);
  }

  /** Mean scores of one system. */
  public record Row(String system, Rouge.Scores mean) {}

  public record Table(int articles, boolean stemmed, List<Row> rows) {
    public Table {
      rows = List.copyOf(rows);
    }

    public Row row(String system) {
      return rows.stream().filter(r -> r.system().equals(system)).findFirst().orElseThrow();
    }

    /** A plain-text table of F scores (percent), one row per system, and the article count. */
    public String format() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format("%-10s %7s %7s %7s%n", "system", "R1 F", "R2 F", "RL F"));
      for (Row r : rows) {
        sb.append(String.format("%-10s %7.2f %7.2f %7.2f%n", r.system(), 100 * r.mean().rouge1().f(),
            100 * r.mean().rouge2().f(), 100 * r.mean().rougeL().f()));
      }
      sb.append(String.format("articles: %d (tokens: Arabic-normalised%s; budget: the reference's length)%n", articles,
          stemmed ? ", clitics cut" : ""));
      return sb.toString();
    }
  }

  /**
   * Reads articles under the paths and cleans them; keeps those with a lead (reference) and a body. Unreadable
   * records are skipped (the digest reports them; here they only lower the count).
   */
  public static List<Sample> load(List<Path> paths) {
    List<Article> ingested = new ArrayList<>();
    new Ingestor(IngestOptions.DEFAULTS).ingest(paths, ingested::add, e -> {});
    CleanStage clean = new CleanStage();
    List<Sample> out = new ArrayList<>();
    for (Article a : ingested.parallelStream().map(a -> clean.process(a, StageContext.NONE)).toList()) {
      String lead = a.meta().lead();
      if (lead == null || lead.isBlank() || a.body().isEmpty()) continue;
      out.add(new Sample(a, lead));
    }
    out.sort(Comparator.comparing(s -> s.article().id()));
    return out;
  }

  /** The first three sentences of the body. */
  public static SummarySystem lead3() {
    return new SummarySystem() {
      @Override public String name() { return "Lead-3"; }

      @Override public List<Span> choose(Article article, SentencePool pool, int budgetWords) {
        List<Span> all = SentencePool.sentences(article);
        return all.subList(0, Math.min(3, all.size()));
      }
    };
  }

  /** TextRank's best sentences until the budget is filled. */
  public static SummarySystem textRank() {
    return new SummarySystem() {
      @Override public String name() { return "TextRank"; }

      @Override public List<Span> choose(Article article, SentencePool pool, int budgetWords) {
        List<Span> out = new ArrayList<>();
        int words = 0;
        for (int i : TextRank.rank(pool)) {
          if (words >= budgetWords) break;
          out.add(pool.candidate(i).span());
          words += pool.candidate(i).words();
        }
        return out;
      }
    };
  }

  /** The brief's summariser on one article, until the budget is filled. */
  public static SummarySystem marsad(ExtractiveSummarizer summarizer) {
    return new SummarySystem() {
      @Override public String name() { return "marsad"; }

      @Override public List<Span> choose(Article article, SentencePool pool, int budgetWords) {
        return summarizer.summarize(pool, Integer.MAX_VALUE, budgetWords).stream().map(ExtractiveSummarizer.Picked::span).toList();
      }
    };
  }

  /** Lead-3, TextRank and marsad with the given summariser (whose caps also make the shared pool). */
  public static Table run(List<Sample> samples, ExtractiveSummarizer summarizer, boolean stem) {
    return run(samples, summarizer, List.of(lead3(), textRank(), marsad(summarizer)), stem);
  }

  public static Table run(List<Sample> samples, ExtractiveSummarizer summarizer, List<SummarySystem> systems, boolean stem) {
    int s = systems.size();
    List<Rouge.Scores[]> perSample = samples.parallelStream().map(sample -> {
      List<String> reference = Rouge.tokens(sample.reference(), stem);
      SentencePool pool = summarizer.pool(List.of(sample.article()));
      Rouge.Scores[] scores = new Rouge.Scores[s];
      for (int k = 0; k < s; k++) {
        List<Span> chosen = systems.get(k).choose(sample.article(), pool, reference.size());
        scores[k] = Rouge.score(candidateTokens(sample.article(), chosen, reference.size(), stem), reference);
      }
      return scores;
    }).toList();
    List<Row> rows = new ArrayList<>(s);
    for (int k = 0; k < s; k++) {
      int system = k;
      rows.add(new Row(systems.get(k).name(), mean(perSample.stream().map(a -> a[system]).toList())));
    }
    return new Table(samples.size(), stem, rows);
  }

  /** The chosen sentences in text order, as ROUGE tokens, cut to the budget. */
  static List<String> candidateTokens(Article article, List<Span> chosen, int budget, boolean stem) {
    List<Span> ordered = new ArrayList<>(chosen);
    ordered.sort(null);
    List<String> tokens = new ArrayList<>();
    for (Span sp : ordered) {
      if (tokens.size() >= budget) break;
      tokens.addAll(Rouge.tokens(article.textOf(sp), stem));
    }
    return tokens.size() > budget ? tokens.subList(0, budget) : tokens;
  }

  static Rouge.Scores mean(List<Rouge.Scores> all) {
    if (all.isEmpty()) return new Rouge.Scores(Rouge.Prf.ZERO, Rouge.Prf.ZERO, Rouge.Prf.ZERO);
    double[] v = new double[9];
    for (Rouge.Scores x : all) {
      Rouge.Prf[] m = {x.rouge1(), x.rouge2(), x.rougeL()};
      for (int k = 0; k < 3; k++) {
        v[3 * k] += m[k].precision();
        v[3 * k + 1] += m[k].recall();
        v[3 * k + 2] += m[k].f();
      }
    }
    int n = all.size();
    return new Rouge.Scores(new Rouge.Prf(v[0] / n, v[1] / n, v[2] / n), new Rouge.Prf(v[3] / n, v[4] / n, v[5] / n),
        new Rouge.Prf(v[6] / n, v[7] / n, v[8] / n));
  }
}

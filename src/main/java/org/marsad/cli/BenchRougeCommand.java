package org.marsad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.eval.RougeBench;
import org.marsad.stages.brief.ExtractiveSummarizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad bench rouge PATH...}: ROUGE-1/2/L F of Lead-3, TextRank and marsad's summariser against the
 * publisher leads (ANT {@code <ABSTRACT>}), measured in the same run under the same length budget.
 */
@Command(name = "rouge", mixinStandardHelpOptions = true,
    description = "Score single-article summaries (Lead-3, TextRank, marsad) with ROUGE-1/2/L against each article's lead (ANT <ABSTRACT>).")
public final class BenchRougeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH") List<Path> paths;

  @Option(names = "--stem", description = "Cut clitics (و ف ب ك ل س ال, pronouns) from tokens before matching.")
  boolean stem;

  @Option(names = "--limit", defaultValue = "0", description = "Score only the first N articles by id (0 = all).")
  int limit;

  @Option(names = "--half", defaultValue = "all",
      description = "Which articles (by their index in id order): all, even (the tuning half) or odd (held out). Default: ${DEFAULT-VALUE}.")
  String half;

  @Option(names = "--by-outlet", description = "Also print the table for each outlet.")
  boolean byOutlet;

  @Option(names = "--tune", description = "Also print marsad's scores over a grid of position weights and MMR λ.")
  boolean tune;

  private final PrintStream out;

  public BenchRougeCommand() {
    this(System.out);
  }

  BenchRougeCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() {
    List<RougeBench.Sample> all = RougeBench.load(paths);
    List<RougeBench.Sample> samples = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      boolean keep = switch (half) {
        case "even" -> i % 2 == 0;
        case "odd" -> i % 2 == 1;
        case "all" -> true;
        default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--half must be all, even or odd");
      };
      if (keep) samples.add(all.get(i));
    }
    if (limit > 0 && samples.size() > limit) samples = samples.subList(0, limit);
    if (samples.isEmpty()) {
      System.err.println("no article with both a lead (<ABSTRACT>) and a body under the given paths");
      return Main.SOME_INPUTS_FAILED;
    }
    ExtractiveSummarizer summarizer = new ExtractiveSummarizer();
    out.print(RougeBench.run(samples, summarizer, stem).format());
    if (byOutlet) {
      java.util.Map<String, List<RougeBench.Sample>> outlets = new java.util.TreeMap<>();
      for (RougeBench.Sample s : samples) {
        String outlet = s.article().meta().outlet();
        outlets.computeIfAbsent(outlet == null ? "?" : outlet, k -> new ArrayList<>()).add(s);
      }
      for (var e : outlets.entrySet()) {
        out.println("== " + e.getKey());
        out.print(RougeBench.run(e.getValue(), summarizer, stem).format());
      }
    }
    if (tune) {
      out.printf("%-8s %-6s %7s %7s %7s%n", "position", "λ", "R1 F", "R2 F", "RL F");
      for (double beta : new double[] {0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0}) {
        for (double lambda : new double[] {0.5, 0.7, 0.9, 1.0}) {
          ExtractiveSummarizer s = new ExtractiveSummarizer(ExtractiveSummarizer.Settings.DEFAULTS.withPositionWeight(beta).withMmrLambda(lambda));
          RougeBench.Row r = RougeBench.run(samples, s, List.of(RougeBench.marsad(s)), stem).rows().get(0);
          out.printf("%-8.2f %-6.2f %7.2f %7.2f %7.2f%n", beta, lambda, 100 * r.mean().rouge1().f(), 100 * r.mean().rouge2().f(),
              100 * r.mean().rougeL().f());
        }
      }
    }
    return Main.OK;
  }
}

package org.marsad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.stages.extract.ner.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad train-ner}: trains the NER tagger on NewsFANE gold, prints held-out scores, writes the model. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
    description = "Trains the named-entity tagger on NewsFANE gold (90%% of sentences), prints entity-level P/R/F1 on the other 10%%, writes the model.")
public final class TrainNerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "PATH", description = "NewsFANE_Gold file or its folder (default: ../shared/data/newsfane-gold).")
  Path data;

  @Option(names = "--unlabelled", paramLabel = "PATH", split = ",",
      description = "Unlabelled news (files or folders, any format digest reads) to learn word classes from, e.g. ../shared/data/saudinewsnet/dataset,../shared/data/ant-corpus-multisource-2018-04 (about +1.3 F1 on the NewsFANE dev set). Default: none, so the model carries nothing derived from text whose licence does not allow it (SaudiNewsNet is CC BY-NC-SA).")
  List<Path> unlabelled;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: ${DEFAULT-VALUE}).", defaultValue = "ner-model.bin")
  Path out;

  @Option(names = "--epochs", paramLabel = "N", description = "Training passes (default: ${DEFAULT-VALUE}).", defaultValue = "30")
  int epochs;

  @Option(names = "--hash-bits", paramLabel = "B", description = "log2 of feature hash buckets (default: ${DEFAULT-VALUE}).", defaultValue = "20")
  int hashBits;

  @Option(names = "--runs", paramLabel = "R", description = "Models trained with seeds seed..seed+R-1 and averaged (default: ${DEFAULT-VALUE}).", defaultValue = "3")
  int runs;

  @Option(names = "--no-classes-from-training-text",
      description = "Do not learn word classes from the training sentences' own words (by default they are, dev sentences never).")
  boolean noTrainingTextClasses;

  @Option(names = "--merge-waw", paramLabel = "P",
      description = "Training augmentation: probability of gluing a standalone و onto the next word (default: 0.5).")
  Double mergeWaw;

  @Option(names = "--attach-clitic", paramLabel = "P",
      description = "Training augmentation: probability of attaching و/ب/ل/ال to a word (default: 0.1).")
  Double attachClitic;

  @Option(names = "--dev-errors", paramLabel = "FILE",
      description = "Also write every dev sentence the model gets wrong (token, gold, predicted) to FILE, for error analysis.")
  Path devErrors;

  @Option(names = "--seed", description = "Random seed for shuffling and clitic augmentation (default: ${DEFAULT-VALUE}).", defaultValue = "20140823")
  long seed;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter outText = spec.commandLine().getOut();
    Path source = data != null ? data : defaultData();
    if (!Files.exists(source)) {
      err.println("train-ner: no NewsFANE data at " + source + " (give --data)");
      return Main.USAGE;
    }
    NerTrainer.Config d = NerTrainer.Config.defaults();
    NerTrainer.Config config = new NerTrainer.Config(epochs, hashBits, seed, mergeWaw != null ? mergeWaw : d.mergeWaw(),
        attachClitic != null ? attachClitic : d.attachClitic(), runs);
    List<Path> classesFrom = unlabelledPaths(source);
    NerTrainer.Result r = NerTrainer.run(source, classesFrom, !noTrainingTextClasses, config, line -> {
      err.println(line);
      err.flush();
    });
    outText.println("dev (every 10th sentence, " + r.devSentences() + " sentences), entity-level exact match:");
    outText.print(r.devReport());
    outText.println("dev with clitics attached as news writes them (و/ب/ل/ال glued on):");
    outText.print(r.devWithCliticsReport());
    outText.println("dev errors by class (boundary: overlapping span of the right type; missed/spurious: no overlap):");
    outText.print(r.devErrorsReport());
    if (devErrors != null) Files.write(devErrors, r.devErrorSentences());
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    try (OutputStream o = Files.newOutputStream(out)) {
      r.tagger().save(o);
    }
    outText.println("model written to " + out + " (" + Files.size(out) + " bytes)");
    outText.flush();
    return Main.OK;
  }

  /** Word classes only from what the user names: the shipped model must stay CC BY-SA like NewsFANE. */
  private List<Path> unlabelledPaths(Path newsFane) {
    if (unlabelled == null) return List.of();
    return unlabelled.stream().filter(p -> !p.toString().equals("none")).toList();
  }

  private static Path defaultData() {
    String shared = System.getProperty("marsad.shared");
    if (shared != null) return Path.of(shared, "data", "newsfane-gold");
    String home = System.getProperty("marsad.home");
    return Path.of(home != null ? home : ".", "..", "shared", "data", "newsfane-gold").normalize();
  }
}

package org.marsad.stages.extract.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Trains {@link NerModel} as an averaged structured perceptron (Collins 2002): decode each sentence with the
 * current weights, move weight from the predicted to the gold features where they differ, and return the average
 * of the weights over all steps, which generalises far better than the last ones. Each epoch sees a freshly
 * clitic-augmented and shuffled copy of the training sentences.
 */
public final class NerTrainer {
  /** Training settings. */
  public record Config(int epochs, int hashBits, long seed, double mergeWaw, double attachClitic, int runs) {
    public Config {
      if (epochs < 1) throw new IllegalArgumentException("epochs must be >= 1");
      if (runs < 1) throw new IllegalArgumentException("runs must be >= 1");
    }

    /** One run. */
    public Config(int epochs, int hashBits, long seed, double mergeWaw, double attachClitic) {
      this(epochs, hashBits, seed, mergeWaw, attachClitic, 1);
    }

    public static Config defaults() {
      return new Config(30, 20, 20140823L, 0.5, 0.1, 3);
    }
  }

  /** Training and held-out sentences. */
  record Split(List<NerSentence> train, List<NerSentence> dev) {}

  /** What {@link #run} made: the tagger trained on the 90% split and its scores on the held-out 10%. */
  public record Result(NerTagger tagger, int trainSentences, int devSentences, String devReport, double devF1,
      String devWithCliticsReport, String devErrorsReport, List<String> devErrorSentences) {}

  private NerTrainer() {}

  /**
   * Reads NewsFANE gold (a file or its folder), trains on 90% of the sentences and scores the other 10%, both as
   * written and with clitics attached.
   */
  public static Result run(java.nio.file.Path newsFane, List<java.nio.file.Path> unlabelled, Config config,
      Consumer<String> log) throws java.io.IOException {
    return run(newsFane, unlabelled, false, config, log);
  }

  /**
   * As {@link #run(java.nio.file.Path, List, Config, Consumer)}; with {@code classesFromTrainingText} the word classes
   * also learn from the training sentences' own words (never the dev sentences'), which keeps a model that ships
   * under NewsFANE's licence while still using word classes.
   */
  public static Result run(java.nio.file.Path newsFane, List<java.nio.file.Path> unlabelled, boolean classesFromTrainingText,
      Config config, Consumer<String> log) throws java.io.IOException {
    List<NerSentence> all = NewsFaneReader.read(newsFane);
    Split split = split(all);
    log.accept("NewsFANE: " + all.size() + " sentences, " + split.train().size() + " train, " + split.dev().size() + " dev");
    WordClasses classes = learnClasses(unlabelled, classesFromTrainingText ? split.train() : List.of(), log);
    NerTagger tagger = train(split.train(), classes, config, log);
    EntityScores dev = evaluate(tagger, split.dev());
    EntityScores devClitics = evaluate(tagger, withClitics(split.dev(), config.seed() + 1));
    EntityErrors errors = new EntityErrors();
    List<String> errorSentences = new ArrayList<>();
    for (NerSentence s : split.dev()) {
      String[] predicted = tagger.tag(s.tokens());
      errors.add(s.tags(), predicted);
      if (!java.util.Arrays.equals(s.tags(), predicted)) errorSentences.add(sideBySide(s, predicted));
    }
    return new Result(tagger, split.train().size(), split.dev().size(), dev.report(), dev.overall().f1(), devClitics.report(),
        errors.report(), List.copyOf(errorSentences));
  }

  /** Deterministic 90/10 split by sentence: every 10th sentence (indices 9, 19, …) is dev. */
  static Split split(List<NerSentence> all) {
    List<NerSentence> train = new ArrayList<>();
    List<NerSentence> dev = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) (i % 10 == 9 ? dev : train).add(all.get(i));
    return new Split(List.copyOf(train), List.copyOf(dev));
  }

  /**
   * Trains {@code config.runs()} models with seeds {@code seed, seed + 1, …} (different shuffles and augmentations)
   * and averages their weights: on NewsFANE dev this is worth about half a point of F1 and steadies the result.
   */
  static NerTagger train(List<NerSentence> sentences, Config config, Consumer<String> log) {
    return train(sentences, WordClasses.EMPTY, config, log);
  }

  static NerTagger train(List<NerSentence> sentences, WordClasses classes, Config config, Consumer<String> log) {
    List<NerModel> models = new ArrayList<>();
    for (int run = 0; run < config.runs(); run++) {
      if (config.runs() > 1) log.accept("run " + (run + 1) + " of " + config.runs() + " (seed " + (config.seed() + run) + ")");
      models.add(trainOnce(sentences, classes, config, config.seed() + run, log));
    }
    return new NerTagger(models.size() == 1 ? models.get(0) : NerModel.average(models));
  }

  /**
   * Word classes from unlabelled news (every article under the paths, read by the ingest layer); none when no path
   * is given. Unreadable inputs are counted and skipped.
   */
  static WordClasses learnClasses(List<java.nio.file.Path> unlabelled, Consumer<String> log) {
    return learnClasses(unlabelled, List.of(), log);
  }

  static WordClasses learnClasses(List<java.nio.file.Path> unlabelled, List<NerSentence> labelledText, Consumer<String> log) {
    if (unlabelled.isEmpty() && labelledText.isEmpty()) return WordClasses.EMPTY;
    WordClassBuilder builder = new WordClassBuilder(WordClassBuilder.Settings.defaults());
    for (NerSentence s : labelledText) builder.add(String.join(" ", s.tokens()));
    if (!labelledText.isEmpty()) log.accept("training text: " + labelledText.size() + " sentences");
    int[] articles = new int[2];
    new org.marsad.stages.ingest.Ingestor(org.marsad.stages.ingest.IngestOptions.DEFAULTS).ingest(unlabelled, a -> {
      articles[0]++;
      builder.add(a.text());
    }, e -> articles[1]++);
    log.accept("unlabelled: " + articles[0] + " articles (" + articles[1] + " unreadable), " + builder.tokens() + " tokens");
    WordClasses classes = builder.build(log);
    log.accept("word classes: " + classes.size() + " words");
    return classes;
  }

  private static NerModel trainOnce(List<NerSentence> sentences, WordClasses classes, Config config, long seed,
      Consumer<String> log) {
    FeatureExtractor fx = new FeatureExtractor(Lexicons.get(), classes, config.hashBits());
    java.util.Map<String, FeatureExtractor.Word> words = new java.util.HashMap<>();
    java.util.function.Function<String, FeatureExtractor.Word> lookup = t -> words.computeIfAbsent(t, fx::analyse);
    int size = NerModel.size(config.hashBits());
    int tb = NerModel.transitionBase(config.hashBits());
    final int T = NerModel.T;
    final int per = FeatureExtractor.PER_TOKEN;
    final int edgePer = FeatureExtractor.EDGE_PER_TOKEN;
    final int bits = config.hashBits();
    float[] w = new float[size];
    double[] stepSums = new double[size];
    long step = 1;
    SplittableRandom random = new SplittableRandom(seed);
    CliticAugmenter augmenter = new CliticAugmenter(config.mergeWaw(), config.attachClitic());
    List<NerSentence> order = new ArrayList<>(sentences);
    for (int epoch = 1; epoch <= config.epochs(); epoch++) {
      shuffle(order, random);
      long tokens = 0;
      long wrong = 0;
      for (NerSentence original : order) {
        NerSentence s = augmenter.augment(original, random);
        int n = s.tokens().length;
        int[] f = fx.extract(s.tokens(), lookup);
        int[] gold = new int[n];
        for (int i = 0; i < n; i++) gold[i] = NerTags.index(s.tags()[i]);
        int[] pred = NerModel.decode(w, config.hashBits(), f, n);
        tokens += n;
        for (int i = 0; i < n; i++) {
          int g = gold[i];
          int p = pred[i];
          if (g != p) {
            wrong++;
            for (int k = i * per, end = k + per; k < end; k++) {
              int base = f[k] * T;
              w[base + g] += 1f;
              stepSums[base + g] += step;
              w[base + p] -= 1f;
              stepSums[base + p] -= step;
            }
          }
          int gp = i == 0 ? -1 : gold[i - 1];
          int pp = i == 0 ? -1 : pred[i - 1];
          if (g != p || gp != pp) {
            int gi = tb + (gp + 1) * T + g;
            int pi = tb + (pp + 1) * T + p;
            w[gi] += 1f;
            stepSums[gi] += step;
            w[pi] -= 1f;
            stepSums[pi] -= step;
            for (int e = n * per + i * edgePer, end = e + edgePer; e < end; e++) {
              int ge = FeatureExtractor.edgeBucket(f[e], gp, bits) * T + g;
              int pe = FeatureExtractor.edgeBucket(f[e], pp, bits) * T + p;
              w[ge] += 1f;
              stepSums[ge] += step;
              w[pe] -= 1f;
              stepSums[pe] -= step;
            }
          }
        }
        step++;
      }
      log.accept(String.format(java.util.Locale.ROOT, "epoch %d: %d tokens, training token error %.2f%%", epoch, tokens,
          100.0 * wrong / Math.max(1, tokens)));
    }
    float[] averaged = new float[size];
    for (int i = 0; i < size; i++) averaged[i] = (float) (w[i] - stepSums[i] / step);
    return new NerModel(config.hashBits(), averaged, classes);
  }

  /** A sentence one token a line: token, gold tag, predicted tag, and {@code *} where they differ. */
  static String sideBySide(NerSentence s, String[] predicted) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < predicted.length; i++) {
      b.append(s.tokens()[i]).append('\t').append(s.tags()[i]).append('\t').append(predicted[i]);
      if (!s.tags()[i].equals(predicted[i])) b.append("\t*");
      b.append('\n');
    }
    return b.toString();
  }

  /** Entity-level scores of a tagger on gold sentences. */
  static EntityScores evaluate(NerTagger tagger, List<NerSentence> gold) {
    EntityScores scores = new EntityScores();
    for (NerSentence s : gold) scores.add(s.tags(), tagger.tag(s.tokens()));
    return scores;
  }

  /** The same sentences with clitics attached as news writes them (fixed seed): a robustness check. */
  static List<NerSentence> withClitics(List<NerSentence> sentences, long seed) {
    CliticAugmenter augmenter = new CliticAugmenter(1.0, 0.15);
    SplittableRandom random = new SplittableRandom(seed);
    List<NerSentence> out = new ArrayList<>(sentences.size());
    for (NerSentence s : sentences) out.add(augmenter.augment(s, random));
    return out;
  }

  private static void shuffle(List<NerSentence> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      NerSentence t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}

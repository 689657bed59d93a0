package org.marsad.stages.extract.ner;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Statistical named-entity tagger for Arabic news: an averaged structured perceptron over hashed lexical, clitic,
 * affix, shape, gazetteer and trigger features, decoded by Viterbi under the BIO constraint. Tags tokens with
 * {@code B-/I-} PER, ORG, LOC, MISC or {@code O}. Immutable; {@link #tag} is safe to call from many threads.
 */
public final class NerTagger {
  static final String BUNDLED = "ner-model.bin";

  private final NerModel model;
  private final FeatureExtractor features;
  private final WordScores scores;
  private final PersonSpanSplit personSpanSplit = new PersonSpanSplit(Lexicons.get());
  private final PersonFunctionWords personFunctionWords = new PersonFunctionWords();

  NerTagger(NerModel model) {
    this.model = model;
    this.features = new FeatureExtractor(Lexicons.get(), model.classes(), model.bits());
    this.scores = new WordScores(model, features, WordScores.DEFAULT_CAPACITY);
  }

  private static final class Bundled {
    static final NerTagger INSTANCE = loadBundled();

    private static NerTagger loadBundled() {
      try (InputStream in = NerTagger.class.getResourceAsStream(BUNDLED)) {
        if (in == null) throw new IllegalStateException("bundled NER model " + BUNDLED + " is missing: run `marsad train-ner`");
        return new NerTagger(NerModel.load(new BufferedInputStream(in, 1 << 16)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled NER model", e);
      }
    }
  }

  /** The model shipped with marsad (loaded once, then shared). */
  public static NerTagger load() {
    return Bundled.INSTANCE;
  }

  /** A model written by {@code marsad train-ner --out FILE}. */
  public static NerTagger load(Path modelFile) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(modelFile), 1 << 16)) {
      return new NerTagger(NerModel.load(in));
    }
  }

  public void save(OutputStream out) throws IOException {
    model.save(out);
  }

  NerModel model() {
    return model;
  }

  /**
   * One BIO tag per token, in order. Tokens are tagged as given (with clitics, hamza, diacritics); a null token is
   * treated as empty. The result is always valid BIO: an I-X never follows anything but B-X or I-X.
   */
  public String[] tag(String[] tokens) {
    int[] ids = tagIndicesWithRules(tokens);
    String[] out = new String[ids.length];
    for (int i = 0; i < ids.length; i++) out[i] = NerTags.NAMES[ids[i]];
    return NerTags.repair(out); // Viterbi already obeys BIO; the repair is a guard, not a fix-up
  }

  int[] tagIndices(String[] tokens) {
    return scores.tag(tokens);
  }

  /** {@link #tagIndices} then the span rules a linear model gets wrong ({@link PersonSpanSplit}, {@link PersonFunctionWords}). */
  int[] tagIndicesWithRules(String[] tokens) {
    String[] norm = new String[tokens.length];
    int[] gazetteer = new int[tokens.length];
    int[] tags = scores.tag(tokens, norm, gazetteer);
    personSpanSplit.apply(norm, gazetteer, tags);
    personFunctionWords.apply(norm, tags);
    return tags;
  }

  /** The same tags computed the slow way, from every feature id (what training decodes with): a test oracle. */
  int[] tagIndicesUncached(String[] tokens) {
    return model.decode(features.extract(tokens), tokens.length);
  }

  FeatureExtractor features() {
    return features;
  }
}

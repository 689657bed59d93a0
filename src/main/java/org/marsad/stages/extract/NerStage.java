package org.marsad.stages.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Span;
import org.marsad.pipeline.Layer;
import org.marsad.pipeline.Stage;
import org.marsad.pipeline.StageContext;
import org.marsad.stages.extract.ner.NerTagger;

/**
 * Tags named entities in the body with the bundled statistical tagger. Each body paragraph is cut into words and
 * sentences; each entity's span covers its first to last word in the original text. Canonical names and roles come
 * with entity resolution (issue 5); until then they stay null.
 */
public final class NerStage implements Stage {
  /** Sentences longer than this are tagged in pieces, so one run-on paragraph cannot make Viterbi slow. */
  private static final int MAX_SENTENCE_TOKENS = 200;

  private final NerTagger tagger;

  public NerStage() {
    this(NerTagger.load());
  }

  public NerStage(NerTagger tagger) {
    this.tagger = tagger;
  }

  @Override
  public String name() {
    return "ner";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.BODY);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public Article process(Article article, StageContext context) {
    String text = article.text();
    List<Entity> entities = new ArrayList<>();
    List<Span> sentence = new ArrayList<>();
    for (Span paragraph : article.body()) {
      int i = paragraph.start();
      while (i < paragraph.end()) {
        char c = text.charAt(i);
        if (isWordChar(c)) {
          int start = i;
          while (i < paragraph.end() && isWordChar(text.charAt(i))) i++;
          sentence.add(new Span(start, i));
          if (sentence.size() >= MAX_SENTENCE_TOKENS) tagSentence(text, sentence, entities);
        } else {
          if (isSentenceEnd(c)) tagSentence(text, sentence, entities);
          i++;
        }
      }
      tagSentence(text, sentence, entities);
    }
    return article.withEntities(entities);
  }

  private void tagSentence(String text, List<Span> tokens, List<Entity> out) {
    if (tokens.isEmpty()) return;
    String[] words = new String[tokens.size()];
    for (int k = 0; k < words.length; k++) words[k] = tokens.get(k).of(text);
    String[] tags = tagger.tag(words);
    int k = 0;
    while (k < tags.length) {
      if (!tags[k].startsWith("B-")) {
        k++;
        continue;
      }
      String type = tags[k].substring(2);
      int last = k;
      while (last + 1 < tags.length && tags[last + 1].equals("I-" + type)) last++;
      Span span = new Span(tokens.get(k).start(), tokens.get(last).end());
      out.add(new Entity(EntityType.valueOf(type), span, span.of(text), null, null));
      k = last + 1;
    }
    tokens.clear();
  }

  /** Letters, digits, and the marks and tatweel that sit inside Arabic words. */
  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '؟' || c == '؛' || c == '\n' || c == ':';
  }
}

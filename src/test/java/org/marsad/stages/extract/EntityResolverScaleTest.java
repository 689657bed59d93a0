package org.marsad.stages.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;

/**
 * {@link EntityResolver#resolve(List)} on a generated corpus: it grows with the mentions (hash lookups, no pairs of
 * names), and odd entity texts never throw. Prints mentions/s.
 */
class EntityResolverScaleTest {
  private static final String[] GIVEN = {"سامر", "نبيل", "هشام", "رامي", "وليد", "زياد", "كريم", "ماجد", "طارق", "عادل"};
  private static final String[] FAMILY = {"الحكيم", "النجار", "الخطيب", "الحداد", "العطار", "الصباغ", "الدباغ", "القاضي"};

  private static List<Article> corpus(int articles, int perArticle, long seed) {
    Random r = new Random(seed);
    List<Article> out = new ArrayList<>(articles);
    for (int a = 0; a < articles; a++) {
      StringBuilder text = new StringBuilder();
      List<Entity> es = new ArrayList<>();
      for (int m = 0; m < perArticle; m++) {
        String name = switch (r.nextInt(4)) {
          case 0 -> FAMILY[r.nextInt(FAMILY.length)];
          case 1 -> GIVEN[r.nextInt(GIVEN.length)] + " بن " + GIVEN[r.nextInt(GIVEN.length)] + " " + FAMILY[r.nextInt(FAMILY.length)];
          default -> GIVEN[r.nextInt(GIVEN.length)] + " " + FAMILY[r.nextInt(FAMILY.length)] + r.nextInt(2000);
        };
        if (text.length() > 0) text.append(" و ");
        int start = text.length();
        text.append(name);
        es.add(new Entity(m % 5 == 0 ? EntityType.ORG : EntityType.PER, new Span(start, text.length()), name, name, null));
      }
      out.add(Article.ingested("a" + a, "a" + a, SourceFormat.TEXT, "UTF-8", text.toString(), null).withEntities(es));
    }
    return out;
  }

  private static long nanos(List<Article> corpus) {
    long t0 = System.nanoTime();
    EntityResolver.resolve(corpus);
    return System.nanoTime() - t0;
  }

  @Test
  void timeGrowsWithTheMentionsNotTheirPairs() {
    List<Article> small = corpus(2_000, 20, 1), large = corpus(8_000, 20, 2);
    nanos(small); // warm-up
    long s = Long.MAX_VALUE, l = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      s = Math.min(s, nanos(small));
      l = Math.min(l, nanos(large));
    }
    System.out.printf("entity resolution: %d mentions in %.0f ms, %.0f mentions/s; 4x the mentions took %.1fx the time%n",
        160_000, l / 1e6, 160_000 / (l / 1e9), (double) l / s);
    // all pairs would take 16x; leave room for a busy machine
    assertThat((double) l / s).isLessThan(10);
  }

  @Test
  void oddTextsNeverThrow() {
    Random r = new Random(7);
    String alphabet = "ابنلمدي عآ\u00A0\u0640\u064E ،.؟x1";
    List<Article> corpus = new ArrayList<>();
    for (int a = 0; a < 200; a++) {
      List<Entity> es = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      for (int m = 0; m < 5; m++) {
        StringBuilder w = new StringBuilder();
        for (int k = r.nextInt(12); k > 0; k--) w.append(alphabet.charAt(r.nextInt(alphabet.length())));
        int start = text.length();
        text.append(w).append(' ');
        es.add(new Entity(EntityType.values()[r.nextInt(4)], new Span(start, start + w.length()), w.toString(), r.nextBoolean() ? null : w.toString(), null));
      }
      corpus.add(Article.ingested("r" + a, "r", SourceFormat.TEXT, "UTF-8", text.toString(), null).withEntities(es));
    }
    List<Article> out = EntityResolver.resolve(corpus);
    assertThat(out).hasSize(corpus.size());
    for (int a = 0; a < out.size(); a++) assertThat(out.get(a).entities()).hasSameSizeAs(corpus.get(a).entities());
  }
}

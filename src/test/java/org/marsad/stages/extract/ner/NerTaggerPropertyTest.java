package org.marsad.stages.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Property over seeded random sentences: one tag per token, every tag valid, never I-X after anything but X. */
class NerTaggerPropertyTest {
  private static final String[] KNOWN = {"و", "الرئيس", "محمد", "القاهرة", "منظمة", "الأمم", "المتحدة", "بن", "في", "وزير", "بيروت"};

  private static String randomToken(SplittableRandom r) {
    int kind = r.nextInt(10);
    if (kind < 4) return KNOWN[r.nextInt(KNOWN.length)];
    StringBuilder b = new StringBuilder();
    int len = r.nextInt(kind == 9 ? 0 : 1, 9);
    for (int i = 0; i < len; i++) {
      b.append(kind == 9 ? (char) r.nextInt(0, 0xFFFF) : (char) r.nextInt(0x0621, 0x0653));
    }
    return b.toString();
  }

  @Test
  void oneValidBioTagPerToken() {
    NerTagger tagger = NerTagger.load();
    SplittableRandom r = new SplittableRandom(42);
    for (int trial = 0; trial < 1000; trial++) {
      String[] tokens = new String[r.nextInt(0, 40)];
      for (int i = 0; i < tokens.length; i++) tokens[i] = randomToken(r);
      String[] tags = tagger.tag(tokens);
      assertThat(tags).hasSize(tokens.length);
      String prev = "O";
      for (String t : tags) {
        assertThat(t).isIn((Object[]) NerTags.NAMES);
        if (t.startsWith("I-")) assertThat(prev).isIn("B-" + t.substring(2), t);
        prev = t;
      }
    }
  }
}

package org.marsad.text.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of split points against {@code clitic-gold.tsv}: 256 single words sampled from SaudiNewsNet
 * and segmented by hand. A split point is an offset in the normalised word; the ال of لل covers one letter.
 */
class CliticGoldTest {
  static Set<Integer> splitPoints(String word, String segments) {
    Set<Integer> points = new TreeSet<>();
    int pos = 0;
    String[] segs = segments.split("\\+");
    for (int i = 0; i < segs.length - 1; i++) {
      String s = segs[i];
      boolean lamLamArticle = s.equals("ال") && !word.startsWith("ال", pos) && pos < word.length() && word.charAt(pos) == 'ل';
      pos += lamLamArticle ? 1 : s.length();
      points.add(pos);
    }
    return points;
  }

  @Test
  void precisionAndRecallOfSplitPoints() throws Exception {
    score("clitic-gold.tsv", 200, 0.95, 0.85);
  }

  /** Annotated before the rules were revised on the first set; never tuned on. */
  @Test
  void heldOut() throws Exception {
    score("clitic-gold-heldout.tsv", 150, 0.95, 0.80);
  }

  private static void score(String resource, int minWords, double minPrecision, double minRecall) throws Exception {
    List<String[]> gold = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        CliticGoldTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) continue;
        gold.add(line.split("\t"));
      }
    }
    assertThat(gold).hasSizeGreaterThanOrEqualTo(minWords);
    CliticSegmenter seg = CliticSegmenter.standard();
    int tp = 0, predicted = 0, expected = 0, wordsRight = 0;
    for (String[] g : gold) {
      String word = Normalizer.standard().normalizeToString(g[0]);
      String sys = seg.segmentToString(g[0]);
      Set<Integer> s = splitPoints(word, sys);
      Set<Integer> e = splitPoints(word, g[1]);
      predicted += s.size();
      expected += e.size();
      for (int p : s) if (e.contains(p)) tp++;
      if (sys.equals(g[1])) wordsRight++;
      else System.out.println(resource + " miss: " + g[0] + "\tgot " + sys + "\twant " + g[1]);
    }
    double precision = (double) tp / predicted, recall = (double) tp / expected;
    System.out.printf(resource + ": %d words, %d right (%.3f); split points P=%.3f R=%.3f (tp %d, predicted %d, gold %d)%n",
        gold.size(), wordsRight, (double) wordsRight / gold.size(), precision, recall, tp, predicted, expected);
    assertThat(precision).isGreaterThan(minPrecision);
    assertThat(recall).isGreaterThan(minRecall);
  }

  @Test
  void splitPointsOfLamLam() {
    assertThat(splitPoints("للشيخ", "ل+ال+شيخ")).containsExactly(1, 2);
    assertThat(splitPoints("والسعودية", "و+ال+سعودية")).containsExactly(1, 3);
    assertThat(splitPoints("فرنسا", "فرنسا")).isEmpty();
  }
}

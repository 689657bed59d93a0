package org.marsad.text.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * NewsFANE writes و, ف and attached pronouns as separate tokens, so its word tokens that do not start with ال, ب or ل
 * should stay whole: the fraction left whole measures over-splitting. (Correct splits it does not make, like
 * واضاف or سيكون, count against us here, so this is a lower bound.)
 */
class NewsfaneOverSplitTest {
  @Test
  void leavesWholeWordsWhole() throws Exception {
    Path file = Path.of(System.getProperty("marsad.shared", "../shared"), "data/newsfane-gold/NewsFANE_Gold_2014_170K.txt");
    assumeTrue(Files.isRegularFile(file));
    CliticSegmenter seg = CliticSegmenter.standard();
    Normalizer norm = Normalizer.standard();
    int total = 0, whole = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      String tok = (tab < 0 ? line : line.substring(0, tab)).replace("\u200E", "").replace("\uFEFF", "").strip();
      if (tok.isEmpty() || !ArabicChars.isArabicWord(tok)) continue;
      String n = norm.normalizeToString(tok);
      if (n.startsWith("ال") || n.startsWith("ب") || n.startsWith("ل")) continue;
      total++;
      if (seg.segment(tok, 0, tok.length()).size() == 1) whole++;
    }
    double fraction = (double) whole / total;
    System.out.printf("NewsFANE words left whole: %d/%d = %.4f%n", whole, total, fraction);
    assertThat(total).isGreaterThan(50_000);
    assertThat(fraction).isGreaterThan(0.98);
  }
}

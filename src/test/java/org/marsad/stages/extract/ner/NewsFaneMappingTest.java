package org.marsad.stages.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every fine class that occurs in NewsFANE is named in fine-to-coarse.tsv (none falls to MISC by accident). */
class NewsFaneMappingTest {
  @Test
  void everyFineClassInTheCorpusIsMapped() throws IOException {
    Path file = Path.of(System.getProperty("marsad.shared", "../shared"), "data/newsfane-gold/NewsFANE_Gold_2014_170K.txt");
    assumeTrue(Files.isRegularFile(file), "NewsFANE not available");
    CoarseTagMap map = CoarseTagMap.load();
    Set<String> unmapped = new TreeSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab < 0) continue;
      String tag = line.substring(tab + 1).strip();
      if (tag.length() > 2 && tag.charAt(1) == '-' && !map.lists(tag.substring(2))) unmapped.add(tag.substring(2));
    }
    assertThat(unmapped).isEmpty();
  }
}

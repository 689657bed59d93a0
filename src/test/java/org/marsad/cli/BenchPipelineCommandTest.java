package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Marsad;
import org.marsad.store.LuceneArticleStore;
import picocli.CommandLine;

class BenchPipelineCommandTest {
  private static final Pattern ROW = Pattern.compile("^(.+?)\\s+(\\d+\\.\\d{3})\\s+(\\d+\\.\\d{3})\\s+(\\d+\\.\\d{2})$");
  private static final Pattern TOTAL =
      Pattern.compile("^total ratio \\(digest / bare pass\\): (\\d+\\.\\d{2}) cpu, (\\d+\\.\\d{2}) wall$");

  /** A tiny corpus of our own: three JSONL records and one plain-text page. */
  private static Path corpus(Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("wire.jsonl"), String.join("\n",
        "{\"title\":\"افتتاح جسر جديد في المدينة\",\"source\":\"صحيفة الشمال\",\"date\":\"2024-03-10\",\"content\":"
            + "\"افتتح وزير النقل يوم الأحد جسرا جديدا فوق النهر بطول 800 متر بعد عامين من العمل. وقال الوزير إن الجسر سيخفف الزحام عن وسط المدينة.\"}",
        "{\"title\":\"الجسر الجديد يفتح أمام السيارات\",\"source\":\"وكالة الأنباء\",\"date\":\"2024-03-10\",\"content\":"
            + "\"فتح الجسر الجديد فوق النهر أمام السيارات صباح الأحد بحضور وزير النقل. ويبلغ طول الجسر 800 متر.\"}",
        "{\"title\":\"أمطار غزيرة على الساحل\",\"source\":\"صحيفة الجنوب\",\"date\":\"2024-03-12\",\"content\":"
            + "\"هطلت أمطار غزيرة على مدن الساحل يوم الثلاثاء وأغلقت السلطات 12 مدرسة احتياطا. وتوقعت الأرصاد استمرار الأمطار حتى الخميس.\"}"),
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("page.txt"), "معرض الكتاب\n\nافتتح معرض الكتاب السنوي أبوابه أمس الإثنين بمشاركة 300 دار نشر من 20 دولة، "
        + "ويستمر المعرض عشرة أيام وسط إقبال كبير من الزوار والطلاب.\n", StandardCharsets.UTF_8);
    return in;
  }

  private static List<String> run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CommandLine cl = new CommandLine(new BenchPipelineCommand());
    cl.setOut(new PrintWriter(bytes, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(new ByteArrayOutputStream()));
    assertThat(cl.execute(args)).isZero();
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void reportHasCorpusRatesHeapAndTheTotalRatioLast(@TempDir Path dir) throws Exception {
    List<String> lines = run(corpus(dir).toString(), "--rounds", "1");

    assertThat(lines.get(0)).startsWith("corpus: 4 articles, 0 errors,");
    assertThat(lines).anySatisfy(l -> assertThat(l).matches("articles/s: \\d+ \\(digest wall \\d+\\.\\d s\\)"));
    assertThat(lines).anySatisfy(l -> assertThat(l).matches(
        "peak heap: [1-9]\\d* MB used \\(garbage included\\), [1-9]\\d* MB left after a collection; max heap [1-9]\\d* MB"));
    assertThat(lines).anySatisfy(l -> assertThat(l).matches("heap held by the digest's result: \\d+ MB; gc: \\d+\\.\\d s during the digest"));
    Matcher total = TOTAL.matcher(lines.get(lines.size() - 1));
    assertThat(total.matches()).as(lines.get(lines.size() - 1)).isTrue();
    assertThat(Double.parseDouble(total.group(1))).isPositive();
    assertThat(Double.parseDouble(total.group(2))).isPositive();
  }

  @Test
  void everyStepOfTheDigestHasARowInPipelineOrder(@TempDir Path dir) throws Exception {
    List<String> lines = run(corpus(dir).toString(), "--rounds", "1");

    List<String> steps = List.of("bare ArabicAnalyzer pass", "ingest", "stage clean", "stage ner", "stage dates", "stage quantities",
        "stage quotes", Marsad.GROUP_AND_STORE_STEP, Marsad.FINISH_AND_STORE_STEP, "digest total");
    List<String> rowNames = new java.util.ArrayList<>();
    for (String l : lines) {
      Matcher m = ROW.matcher(l);
      if (m.matches()) rowNames.add(m.group(1).strip());
    }
    assertThat(rowNames).hasSameSizeAs(steps);
    for (int i = 0; i < steps.size(); i++) assertThat(rowNames.get(i)).startsWith(steps.get(i));
    Matcher total = ROW.matcher(lines.stream().filter(l -> l.startsWith("digest total")).findFirst().orElseThrow());
    assertThat(total.matches()).isTrue();
    assertThat(Double.parseDouble(total.group(2))).isPositive();
  }

  @Test
  void indexesIntoTheStoreItIsGiven(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    run(corpus(dir).toString(), "--rounds", "1", "--data", data.toString());

    try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
      assertThat(store.count()).isEqualTo(4);
    }
  }

  @Test
  void anUnreadableInputIsCountedAndTheRunGoesOn(@TempDir Path dir) throws Exception {
    Path in = corpus(dir);
    Files.write(in.resolve("broken.json"), "[{\"content\": \"نص\"".getBytes(StandardCharsets.UTF_8));

    List<String> lines = run(in.toString(), "--rounds", "1");

    assertThat(lines.get(0)).matches("corpus: 4 articles, [1-9]\\d* errors,.*");
    assertThat(lines.get(lines.size() - 1)).matches(TOTAL.pattern());
  }
}

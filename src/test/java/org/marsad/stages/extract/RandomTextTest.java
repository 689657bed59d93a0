package org.marsad.stages.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.Entity;
import org.marsad.model.Metadata;
import org.marsad.model.Quantity;
import org.marsad.model.Quote;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;
import org.marsad.pipeline.Stage;
import org.marsad.pipeline.StageContext;

/** Random mixes of Arabic words, digits, marks and punctuation: no stage throws, every mention is its substring. */
class RandomTextTest {
  private static final String[] PIECES = {
    "قال", "وزير", "الخارجية", "القطري", "إن", "أن", ":", "«", "»", "\"", "،", ".", "-", "/", "اليوم", "الإثنين", "أمس",
    "منذ", "3", "٤٣٦", "سنوات", "مليون", "دولار", "عام", "2014", "2014-2017", "28-06-2021", "حزيران", "فبراير", "الـ",
    "82", "عضواً", "دول", "الست", "ـ", "\u064B", "\u200F", "\uFEFF", "ﻻ", "بلينكن", "وبلينكن", "للشيخ", "الماضي", "المقبل",
    "رقم", "%", "بالمئة", "9999999999", "0", "الجمعة", "الثانية", "ونظيره", "الأمريكي", "\n", " ", "  ", "x", "😀"};

  @Test
  void randomTextIsSafe() {
    Random r = new Random(42);
    List<Stage> stages = List.of(new NerStage(), new DateStage(), new QuantityStage(), new QuoteStage());
    for (int n = 0; n < 1500; n++) {
      StringBuilder sb = new StringBuilder();
      int words = r.nextInt(40);
      for (int w = 0; w < words; w++) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
        if (r.nextInt(4) > 0) sb.append(' ');
      }
      String text = sb.toString();
      int cut = text.isEmpty() ? 0 : r.nextInt(text.length() + 1);
      List<Span> body = List.of(new Span(0, cut), new Span(cut, text.length()));
      Article a = Article.ingested("r", "r", SourceFormat.TEXT, "UTF-8", text, Metadata.EMPTY.withPublished(r.nextBoolean() ? "2021-06-28" : null))
          .withBody(body);
      StageContext context = new StageContext(r.nextBoolean() ? LocalDate.of(2020, 1, 1) : null);
      Article out = a;
      for (Stage stage : stages) out = stage.process(out, context); // called directly: an exception fails the test
      assertThat(out.problems()).as(text).isEmpty();
      for (Entity e : out.entities()) assertThat(e.text()).isEqualTo(out.textOf(e.span()));
      for (DateMention d : out.dates()) assertThat(d.text()).isEqualTo(out.textOf(d.span()));
      for (Quantity q : out.quantities()) assertThat(q.text()).isEqualTo(out.textOf(q.span()));
      for (Quote q : out.quotes()) assertThat(q.text()).isEqualTo(out.textOf(q.span()));
    }
  }
}

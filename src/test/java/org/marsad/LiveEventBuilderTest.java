package org.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.stages.cluster.BaselineEventGrouper;
import org.marsad.model.Article;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;
import org.marsad.pipeline.StageContext;

/** One test per rule of {@link LiveEventBuilder}. */
class LiveEventBuilderTest {
  static Article article(String id, String published, String title, String body) {
    String text = (title == null ? "" : title) + "\n" + body;
    int start = text.length() - body.length();
    return Article.ingested(id, id, SourceFormat.TEXT, "UTF-8", text,
            new Metadata(title, "outlet-" + id, null, null, published, null, null))
        .withBody(List.of(new Span(start, text.length())));
  }

  @Test
  void theEventDayIsTheMostCommonPublicationDayTiesToTheEarliest() {
    assertThat(BaselineEventGrouper.mostCommonDate(Arrays.asList("2024-02-02", null, "2024-02-01", "2024-02-02")))
        .isEqualTo("2024-02-02");
    assertThat(BaselineEventGrouper.mostCommonDate(List.of("2024-02-02", "2024-02-01"))).isEqualTo("2024-02-01");
    assertThat(BaselineEventGrouper.mostCommonDate(Arrays.asList(null, null))).isNull();
  }

  @Test
  void aPublicationTimeGivesItsDayAndANonDateGivesNone() {
    assertThat(LiveEventBuilder.publishedDay("2024-02-02T09:30")).isEqualTo("2024-02-02");
    assertThat(LiveEventBuilder.publishedDay("2024-13-40")).isNull();
    assertThat(LiveEventBuilder.publishedDay("أمس")).isNull();
    assertThat(LiveEventBuilder.publishedDay(null)).isNull();
  }

  @Test
  void anUndatedMemberTakesTheEventDayAsInferredAndResolvesTodayAgainstIt() {
    Article dated = article("a", "2024-03-04T10:00", "افتتاح جسر جديد فوق النهر", "افتتح المحافظ اليوم الاثنين جسرا جديدا فوق النهر.");
    Article undated = Marsad.articlePipeline().process(
        article("b", null, "جسر جديد يربط ضفتي النهر", "قال المحافظ إن الجسر الذي افتتح أمس سيخفف الزحام."), StageContext.NONE);
    LiveEventBuilder.Built b = LiveEventBuilder.build("e-1", List.of(undated, dated));
    Article after = b.members().stream().filter(a -> a.id().equals("b")).findFirst().orElseThrow();
    assertThat(after.meta().published()).isNull();
    assertThat(after.meta().publishedInferred()).isEqualTo("2024-03-04");
    assertThat(after.dates()).anySatisfy(d -> assertThat(d.value()).startsWith("2024-03-03")); // "أمس"
    assertThat(b.members().stream().filter(a -> a.id().equals("a")).findFirst().orElseThrow()).isSameAs(dated);
  }

  @Test
  void membersReadInPublicationOrderAndTheFirstTitledReportNamesTheEvent() {
    Article later = article("z", "2024-03-04T12:00", "عنوان لاحق عن الجسر", "نص لاحق عن افتتاح الجسر فوق النهر.");
    Article first = article("y", "2024-03-04T08:00", null, "نص أول عن افتتاح الجسر فوق النهر بلا عنوان.");
    Article undated = article("x", null, "عنوان بلا تاريخ عن الجسر", "نص بلا تاريخ عن الجسر فوق النهر.");
    LiveEventBuilder.Built b = LiveEventBuilder.build("e-2", List.of(undated, later, first));
    assertThat(b.event().articleIds()).containsExactly("y", "z", "x");
    assertThat(b.event().title()).isEqualTo("عنوان لاحق عن الجسر");
    assertThat(b.event().id()).isEqualTo("e-2");
  }
}

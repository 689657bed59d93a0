package org.marsad.stages.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Metadata;
import org.marsad.model.Quote;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;
import org.marsad.pipeline.StageContext;

/** One test per rule of {@link QuoteStage}; entities are given, so the tests do not depend on the tagger. */
class QuoteStageTest {
  private static List<Quote> quotes(String text, String... persons) {
    List<Entity> es = new ArrayList<>();
    for (String name : persons) {
      String[] nameAndRole = name.split("\\|");
      int at = text.indexOf(nameAndRole[0]);
      es.add(new Entity(EntityType.PER, new Span(at, at + nameAndRole[0].length()), nameAndRole[0], null,
          nameAndRole.length > 1 ? nameAndRole[1] : null));
    }
    es.sort((a, b) -> a.span().compareTo(b.span()));
    Article a = Article.ingested("q", "q", SourceFormat.TEXT, "UTF-8", text, Metadata.EMPTY)
        .withBody(List.of(new Span(0, text.length()))).withEntities(es);
    List<Quote> qs = new QuoteStage().process(a, StageContext.NONE).quotes();
    for (Quote q : qs) assertThat(q.text()).isEqualTo(text.substring(q.span().start(), q.span().end()));
    return qs;
  }

  @Test
  void verbSpeakerThatClause() {
    List<Quote> qs = quotes("وقال سليم الحداد إن المفاوضات ستستأنف قريبا. ثم غادر القاعة", "سليم الحداد");
    assertThat(qs).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("سليم الحداد");
      assertThat(q.text()).isEqualTo("المفاوضات ستستأنف قريبا");
    });
  }

  @Test
  void speakerBeforeVerbWithQuoteMarks() {
    List<Quote> qs = quotes("سليم الحداد أكد: «لن نتراجع عن مطالبنا» أمام الصحفيين", "سليم الحداد");
    assertThat(qs).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("سليم الحداد");
      assertThat(q.text()).isEqualTo("لن نتراجع عن مطالبنا");
    });
  }

  @Test
  void rolePhraseSpeaker() {
    List<Quote> qs = quotes("وأوضح وزير الخارجية الأمريكي أن بلاده تدعم الحل السياسي.");
    assertThat(qs).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("وزير الخارجية الأمريكي");
      assertThat(q.text()).isEqualTo("بلاده تدعم الحل السياسي");
    });
  }

  @Test
  void wordsBetweenSpeakerAndIntroducer() {
    List<Quote> qs = quotes("وأعلنت منى العلي في بيان صحفي أن الحملة بدأت.", "منى العلي");
    assertThat(qs).singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("الحملة بدأت"));
  }

  @Test
  void continuationTakesThePreviousSpeaker() {
    List<Quote> qs = quotes("قال سليم الحداد إن الوضع صعب. وأضاف أن الحل قريب.", "سليم الحداد");
    assertThat(qs).hasSize(2);
    assertThat(qs.get(1).speaker()).isEqualTo("سليم الحداد");
    assertThat(qs.get(1).text()).isEqualTo("الحل قريب");
  }

  @Test
  void noSpeakerNoQuote() {
    assertThat(quotes("وأضاف أن الحل قريب.")).isEmpty();
  }

  @Test
  void entityInsideTheClauseIsNotTheSpeaker() {
    List<Quote> qs = quotes("قال مصدر إن سليم الحداد سيصل غدا.", "سليم الحداد");
    assertThat(qs).allSatisfy(q -> assertThat(q.speaker()).isNotEqualTo("سليم الحداد"));
  }

  @Test
  void quoteMarkFarAfterTheSpeakerIsNotSpeech() {
    assertThat(quotes("وأعلن سليم الحداد مسؤوليته عبر قناة \"الغد\" الخاصة.", "سليم الحداد")).isEmpty();
  }

  @Test
  void colonAndQuoteAfterThatAreNotPartOfTheQuote() {
    List<Quote> qs = quotes("وقال سليم الحداد إن: «الطريق طويل» ثم صمت.", "سليم الحداد");
    assertThat(qs).singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("الطريق طويل"));
  }

  @Test
  void rolePhraseSpeakerIsThePersonNamedBeforeWithThatOffice() {
    List<Quote> qs = quotes("التقى وزير الخارجية السعودي فلان الفلاني بالوفد. وقال الوزير السعودي إن العلاقات متينة.",
        "فلان الفلاني|Saudi Arabia foreign minister");
    assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("فلان الفلاني"));
  }
}

package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Span;
import org.marsad.stages.brief.BriefFixtures;
import org.marsad.stages.brief.ExtractiveSummarizer;

class RougeBenchTest {
  private static final Article STORY = BriefFixtures.article("s",
      "افتتحت البلدية حديقة عامة جديدة وسط المدينة صباح الجمعة.",
      "تضم الحديقة ملعبا للأطفال ومسارا للدراجات الهوائية.",
      "وقال رئيس البلدية إن الحديقة مفتوحة مجانا لكل السكان.",
      "ويأمل السكان أن تخفف الحديقة زحام الشوارع المجاورة.");

  @Test
  void candidatesAreReadInTextOrderAndCutToTheBudget() {
    List<Span> sentences = org.marsad.stages.brief.SentencePool.sentences(STORY);
    List<String> tokens = RougeBench.candidateTokens(STORY, List.of(sentences.get(2), sentences.get(0)), 12, false);
    assertThat(tokens).hasSize(12);
    assertThat(tokens.get(0)).isEqualTo("افتتحت");
    // the first sentence has 9 words; the third follows it, cut after its third word
    assertThat(tokens.subList(9, 12)).containsExactly("وقال", "رئيس", "البلديه");
  }

  @Test
  void leadThreeTakesTheFirstThreeSentences() {
    List<Span> chosen = RougeBench.lead3().choose(STORY, null, 5);
    assertThat(chosen).hasSize(3);
    assertThat(STORY.textOf(chosen.get(0))).startsWith("افتتحت");
  }

  @Test
  void aReferenceThatIsTheLeadGivesLeadThreeAPerfectScore() {
    RougeBench.Sample sample = new RougeBench.Sample(STORY, "افتتحت البلدية حديقة عامة جديدة وسط المدينة صباح الجمعة.");
    RougeBench.Table t = RougeBench.run(List.of(sample), new ExtractiveSummarizer(), false);
    assertThat(t.articles()).isEqualTo(1);
    assertThat(t.row("Lead-3").mean().rouge1().f()).isEqualTo(1.0);
    assertThat(t.format()).contains("Lead-3").contains("TextRank").contains("marsad").contains("articles: 1");
  }
}

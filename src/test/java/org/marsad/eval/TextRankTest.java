package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.stages.brief.BriefFixtures;
import org.marsad.stages.brief.ExtractiveSummarizer;
import org.marsad.stages.brief.SentencePool;

class TextRankTest {
  @Test
  void aHubOutranksItsLeaves() {
    // node 0 links to 1, 2 and 3; they link only to it
    double[][] w = {{0, 1, 1, 1}, {1, 0, 0, 0}, {1, 0, 0, 0}, {1, 0, 0, 0}};
    double[] s = TextRank.pageRank(w);
    assertThat(s[0]).isGreaterThan(s[1]);
    assertThat(s[1]).isCloseTo(s[2], within(1e-9));
    // PageRank with (1-d) per node keeps the total at n on a graph without dangling nodes
    assertThat(s[0] + s[1] + s[2] + s[3]).isCloseTo(4.0, within(1e-4));
  }

  @Test
  void anIsolatedNodeKeepsOnlyTheTeleportScore() {
    double[][] w = {{0, 1, 0}, {1, 0, 0}, {0, 0, 0}};
    assertThat(TextRank.pageRank(w)[2]).isCloseTo(1 - TextRank.DAMPING, within(1e-9));
  }

  @Test
  void theSentenceSharingWordsWithAllOthersRanksFirst() {
    SentencePool pool = new ExtractiveSummarizer().pool(List.of(BriefFixtures.article("a",
        "انطلق مهرجان الشعر في المدينة القديمة بحضور جمهور كبير.",
        "شارك شعراء من عشر دول في مهرجان الشعر وقرأوا قصائد أمام جمهور كبير في المدينة القديمة.",
        "قرأ الشعراء قصائد عن البحر والمطر طوال الأمسية الأولى.",
        "تعطلت حركة السير في الطريق الساحلي بسبب الأمطار الغزيرة.")));
    assertThat(TextRank.rank(pool).get(0)).isEqualTo(1);
  }
}

package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

class CandidateIndexTest {
  private final TermStatistics stats = new TermStatistics();
  private final EventProfiler profiler = new EventProfiler(new ArabicAnalyzer(), stats);

  private EventProfile profile(String id, String published) {
    Article a = IncrementalEventDetectorTest.QUAKE_A;
    return profiler.weigh(profiler.count(EventArticles.article(id, "o", published, a.meta().title(), a.bodyText(), "L:إزمير")));
  }

  @Test
  void pendingArticlesAreCandidatesBeforeTheSearcherIsReopened() {
    try (CandidateIndex index = new CandidateIndex(new ByteBuffersDirectory(), stats, 100)) {
      index.add(0, profile("p0", "2024-03-10"), 32);
      List<CandidateIndex.Candidate> c = index.candidates(profile("q", "2024-03-10"), 24, 3, 10);
      assertThat(c).extracting(CandidateIndex.Candidate::slot).containsExactly(0);
      assertThat(index.searchableDocuments()).isZero();
    }
  }

  @Test
  void theSearcherReturnsOnlyArticlesWithinTheDayWindowOrUndated() {
    try (CandidateIndex index = new CandidateIndex(new ByteBuffersDirectory(), stats, 1)) {
      index.add(0, profile("near", "2024-03-11"), 32);
      index.add(1, profile("far", "2024-03-20"), 32);
      index.add(2, profile("undated", null), 32);
      assertThat(index.searchableDocuments()).isEqualTo(3);
      List<CandidateIndex.Candidate> c = index.candidates(profile("q", "2024-03-10"), 24, 3, 10);
      assertThat(c).extracting(CandidateIndex.Candidate::slot).containsExactlyInAnyOrder(0, 2);
      // An undated article looks at every day.
      assertThat(index.candidates(profile("q2", null), 24, 3, 10)).hasSize(3);
    }
  }

  @Test
  void aStoredProfileReadsBackAsItWasWritten() {
    EventProfile p = profile("x", "2024-03-10");
    EventProfile back = CandidateIndex.ProfileCodec.decode(CandidateIndex.ProfileCodec.encode(p), "x");
    assertThat(back.outlet()).isEqualTo(p.outlet());
    assertThat(back.publishedDay()).isEqualTo(p.publishedDay());
    assertThat(back.happeningDay()).isEqualTo(p.happeningDay());
    assertThat(back.body().terms).isEqualTo(p.body().terms);
    assertThat(back.body().weights).isEqualTo(p.body().weights);
    assertThat(back.lead().terms).isEqualTo(p.lead().terms);
    assertThat(back.entities()).isEqualTo(p.entities());
    assertThat(back.entityWeights()).isEqualTo(p.entityWeights());
  }
}

package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EventJoinFeaturesTest {
  private static double[] row(double maxLink, double centroid, double lead) {
    double[] r = new double[EventJoinFeatures.SIZE];
    r[0] = maxLink;
    r[1] = centroid;
    r[2] = lead;
    return r;
  }

  @Test
  void theBestCandidateEventsMarginIsOverTheRunnerUpAndTheOthersAreBelowTheBest() {
    double[][] rows = {row(0.2, 0.5, 0.1), row(0.6, 0.3, 0.4), row(0.1, 0.1, 0.3)};
    EventJoinFeatures.margins(rows, 3);
    int m = EventJoinFeatures.NAMES.indexOf("max_link_margin");
    assertThat(rows[1][m]).isCloseTo(0.4, within(1e-9));
    assertThat(rows[0][m]).isCloseTo(-0.4, within(1e-9));
    assertThat(rows[2][m]).isCloseTo(-0.5, within(1e-9));
    int c = EventJoinFeatures.NAMES.indexOf("centroid_margin");
    assertThat(rows[0][c]).isCloseTo(0.2, within(1e-9));
    int l = EventJoinFeatures.NAMES.indexOf("lead_centroid_margin");
    assertThat(rows[1][l]).isCloseTo(0.1, within(1e-9));
    assertThat(rows[0][l]).isCloseTo(-0.3, within(1e-9));
  }

  @Test
  void aLoneCandidateEventsMarginIsItsOwnValue() {
    double[][] rows = {row(0.3, 0.2, 0.1)};
    EventJoinFeatures.margins(rows, 1);
    assertThat(rows[0][EventJoinFeatures.NAMES.indexOf("max_link_margin")]).isCloseTo(0.3, within(1e-9));
    assertThat(rows[0][EventJoinFeatures.NAMES.indexOf("lead_centroid_margin")]).isCloseTo(0.1, within(1e-9));
  }

  @Test
  void theShippedJoinModelPrefersAnEventThatStandsOutAmongTheCandidates() {
    EventLinkModel m = EventLinkModel.fittedJoin();
    double[][] clear = {row(0.5, 0.5, 0.5), row(0.05, 0.05, 0.05)};
    double[][] tied = {row(0.5, 0.5, 0.5), row(0.5, 0.5, 0.5)};
    EventJoinFeatures.margins(clear, 2);
    EventJoinFeatures.margins(tied, 2);
    assertThat(m.probability(clear[0])).isGreaterThan(m.probability(clear[1]));
    assertThat(m.probability(row(0.9, 0.8, 0.8))).isGreaterThan(m.probability(row(0.1, 0.1, 0.1)));
  }
}

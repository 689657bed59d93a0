package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventLinkModelTest {
  @Test
  void formatAndReadRoundTrip() throws IOException {
    double[] w = new double[PairFeatures.SIZE];
    for (int i = 0; i < w.length; i++) w[i] = i - 2.5;
    EventLinkModel m = new EventLinkModel(PairFeatures.NAMES, -1.25, w);
    String text = m.format("how it was made\nsecond line");
    EventLinkModel back = EventLinkModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), PairFeatures.NAMES);
    assertThat(back.bias()).isEqualTo(-1.25);
    assertThat(back.weights()).containsExactly(w);
    double[] f = new double[PairFeatures.SIZE];
    f[0] = 1;
    assertThat(back.probability(f)).isCloseTo(1 / (1 + Math.exp(-(-1.25 - 2.5))), within(1e-12));
  }

  @Test
  void aMissingFeatureIsAnError() {
    String text = "bias\t1\nbody_cosine\t2\n";
    assertThatThrownBy(() -> EventLinkModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), PairFeatures.NAMES))
        .isInstanceOf(IOException.class).hasMessageContaining("no weight for");
  }

  @Test
  void theShippedModelLinksOnSharedWordsAndNames() {
    EventLinkModel m = EventLinkModel.fitted();
    double[] none = new double[PairFeatures.SIZE];
    double[] alike = new double[PairFeatures.SIZE];
    alike[0] = 0.6;
    alike[1] = 0.6;
    alike[2] = 0.5;
    alike[3] = 2;
    assertThat(m.probability(none)).isLessThan(0.05);
    assertThat(m.probability(alike)).isGreaterThan(0.5);
  }
}

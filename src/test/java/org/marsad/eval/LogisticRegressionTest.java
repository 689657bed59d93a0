package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
  @Test
  void recoversTheWeightsThatGeneratedTheLabels() {
    Random r = new Random(11);
    int n = 20_000;
    double[][] x = new double[n][2];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = r.nextGaussian();
      x[i][1] = r.nextDouble() < 0.5 ? 1 : 0;
      double z = -1 + 2 * x[i][0] - 1.5 * x[i][1];
      y[i] = r.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
    }
    LogisticRegression.Fit fit = LogisticRegression.fit(x, y, 0, 50);
    assertThat(fit.bias()).isCloseTo(-1, within(0.1));
    assertThat(fit.weights()[0]).isCloseTo(2, within(0.1));
    assertThat(fit.weights()[1]).isCloseTo(-1.5, within(0.12));
  }

  @Test
  void theL2PenaltyKeepsSeparableDataFinite() {
    double[][] x = {{0}, {1}, {2}, {3}};
    int[] y = {0, 0, 1, 1};
    LogisticRegression.Fit fit = LogisticRegression.fit(x, y, 1, 100);
    assertThat(fit.weights()[0]).isFinite().isPositive();
    assertThat(fit.bias()).isFinite().isNegative();
  }

  @Test
  void solvesALinearSystem() {
    double[] s = LogisticRegression.solve(new double[][] {{0, 2}, {3, 1}}, new double[] {4, 5});
    assertThat(s[0]).isCloseTo(1, within(1e-12));
    assertThat(s[1]).isCloseTo(2, within(1e-12));
  }
}

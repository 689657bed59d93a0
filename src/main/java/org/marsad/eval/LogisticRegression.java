package org.marsad.eval;

/**
 * Binary logistic regression fitted by Newton's method (iteratively reweighted least squares) with an L2 penalty on
 * the weights (not the bias). Small dense problems only: a few features, up to some hundred thousand rows.
 */
public final class LogisticRegression {
  private LogisticRegression() {}

  /** Fitted weights and bias: P(y = 1 | x) = σ(bias + w·x). */
  public record Fit(double bias, double[] weights) {}

  /**
   * @param x one row of features per example
   * @param y 0 or 1 per example
   * @param l2 penalty λ in λ/2·|w|²
   */
  public static Fit fit(double[][] x, int[] y, double l2, int maxIterations) {
    int n = x.length;
    if (n == 0 || n != y.length) throw new IllegalArgumentException("need as many labels as rows, and some rows");
    int d = x[0].length + 1; // index 0 is the bias
    double[] beta = new double[d];
    for (int iter = 0; iter < maxIterations; iter++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int i = 0; i < n; i++) {
        double z = beta[0];
        for (int j = 1; j < d; j++) z += beta[j] * x[i][j - 1];
        double p = 1 / (1 + Math.exp(-z));
        double r = y[i] - p, s = p * (1 - p);
        for (int j = 0; j < d; j++) {
          double xj = j == 0 ? 1 : x[i][j - 1];
          gradient[j] += r * xj;
          for (int k = 0; k <= j; k++) hessian[j][k] += s * xj * (k == 0 ? 1 : x[i][k - 1]);
        }
      }
      for (int j = 0; j < d; j++) for (int k = j + 1; k < d; k++) hessian[j][k] = hessian[k][j];
      for (int j = 1; j < d; j++) {
        gradient[j] -= l2 * beta[j];
        hessian[j][j] += l2;
      }
      hessian[0][0] += 1e-9; // keeps the system solvable when a class is absent
      double[] step = solve(hessian, gradient);
      double change = 0;
      for (int j = 0; j < d; j++) {
        beta[j] += step[j];
        change = Math.max(change, Math.abs(step[j]));
      }
      if (change < 1e-8) break;
    }
    double[] w = new double[d - 1];
    System.arraycopy(beta, 1, w, 0, d - 1);
    return new Fit(beta[0], w);
  }

  /** Solves A·s = b by Gaussian elimination with partial pivoting (A is copied). */
  static double[] solve(double[][] a0, double[] b0) {
    int d = b0.length;
    double[][] a = new double[d][];
    for (int i = 0; i < d; i++) a[i] = a0[i].clone();
    double[] b = b0.clone();
    for (int c = 0; c < d; c++) {
      int pivot = c;
      for (int r = c + 1; r < d; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
      double[] t = a[c]; a[c] = a[pivot]; a[pivot] = t;
      double tb = b[c]; b[c] = b[pivot]; b[pivot] = tb;
      if (Math.abs(a[c][c]) < 1e-300) throw new ArithmeticException("singular system");
      for (int r = c + 1; r < d; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k < d; k++) a[r][k] -= f * a[c][k];
        b[r] -= f * b[c];
      }
    }
    double[] s = new double[d];
    for (int r = d - 1; r >= 0; r--) {
      double v = b[r];
      for (int k = r + 1; k < d; k++) v -= a[r][k] * s[k];
      s[r] = v / a[r][r];
    }
    return s;
  }
}

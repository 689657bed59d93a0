package org.marsad.cli;

/** Small rendering rules shared by the text and JSON outputs. */
final class DigestFormat {
  private DigestFormat() {}

  /** Counts render as integers (83, not 83.0). */
  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}

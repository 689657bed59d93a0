package org.marsad.stages.ingest;

/** Error and problem messages stay one short line: no stack traces, no multi-line parser dumps. */
final class Messages {
  private static final int MAX = 80;

  private Messages() {}

  /** The first line of {@code s}, cut to 80 characters. */
  static String clip(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    String line = (nl < 0 ? s : s.substring(0, nl)).strip();
    return line.length() <= MAX ? line : line.substring(0, MAX) + "…";
  }

  /** "ZipException: invalid entry size", from an exception's class and clipped message. */
  static String describe(Throwable e) {
    String m = clip(e.getMessage());
    return e.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m);
  }
}

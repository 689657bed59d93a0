package org.marsad.stages.ingest;

import java.util.Locale;

/** Byte counts as people read them in error messages. */
final class Sizes {
  private Sizes() {}

  static String human(long bytes) {
    if (bytes >= 1024 * 1024) {
      double mb = bytes / (1024.0 * 1024.0);
      return mb == Math.rint(mb) ? (long) mb + " MB" : String.format(Locale.ROOT, "%.1f MB", mb);
    }
    if (bytes >= 1024) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    return bytes + " bytes";
  }
}

package org.marsad;

/** Receives progress of a long run; the CLI draws it on a terminal, everything else ignores it. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (step, done, total) -> {};

  /** {@code total} is -1 while unknown. Called from one thread at a time. */
  void update(String step, long done, long total);
}

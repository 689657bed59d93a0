package org.marsad;

/**
 * Receives how long each step of a digest took, in nanoseconds: the benchmark prints it, everything else passes
 * {@link #NONE}. Per-article stages report each article's time, from any worker thread, so a receiver sums
 * thread-time; corpus-level steps report their wall time once.
 */
@FunctionalInterface
public interface StepTimes {
  StepTimes NONE = (step, nanos) -> {};

  /** Thread-safe. {@code step} is a stage name ("clean", "ner"…) or "ingest", "group", "store". */
  void add(String step, long nanos);
}

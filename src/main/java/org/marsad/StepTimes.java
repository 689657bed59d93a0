package org.marsad;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Receives how long each step of a digest took: the benchmark prints it, everything else passes {@link #NONE} (and
 * then nothing is measured). Per-article stages report each article, from any worker thread, with the worker's own
 * CPU time; corpus-level steps report once, with the whole process's CPU time (their worker threads, GC and JIT).
 * CPU time is what travels on a shared machine: wall time there includes waiting for a core.
 */
@FunctionalInterface
public interface StepTimes {
  StepTimes NONE = (step, wallNanos, cpuNanos) -> {};

  /** Thread-safe. {@code step} is a stage name ("clean", "ner"…) or "ingest", "group", "store". */
  void add(String step, long wallNanos, long cpuNanos);

  /** CPU time of the calling thread, or 0 where the JVM cannot tell. */
  static long threadCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? Math.max(0, threads.getCurrentThreadCpuTime()) : 0;
  }

  /** CPU time of the whole process (all threads, GC and JIT included), or 0 where the JVM cannot tell. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }
}
